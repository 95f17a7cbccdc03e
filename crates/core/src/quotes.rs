//! Supplier quotes for requests for quotation (RFQs), and their side-by-side comparison.
//!
//! The demo backend and the reference server answer RFQs on the suppliers' behalf with
//! plausible quotes, generated deterministically from (RFQ id, supplier, product, quantity)
//! so a reload or a second backend shows the same offer:
//!
//! * unit price 3-12 % under the tier that applies to the quantity; with a target price,
//!   0-4 % above the target when that is lower; never below 80 % of the lowest tier;
//! * the requested Incoterm when the product offers it, else the closest one offered (ties go
//!   to the one that includes more for the buyer);
//! * the product's lead time ± 4 days; valid 14-30 days from `today`;
//! * a note in the request's locale;
//! * an answer delay of 3-12 s ([`GeneratedQuote::available_after_secs`]), so quotes come
//!   back while the buyer watches.

use serde::{Deserialize, Serialize};

use crate::fx::{FxError, RateTable};
use crate::money::{div_round_half_away, Currency, Money};
use crate::pricing::TierTable;
use crate::seed::{locale_index, Catalog, ProductRecord, SupplierRecord, LOCALES};
use crate::time::{Date, Timestamp};
use crate::trade::{CartLineRef, Quote, RfqRequest};
use crate::wire::{Incoterm, LocalizedText};

/// A quote and when it becomes visible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneratedQuote {
    pub quote: Quote,
    /// Seconds after the RFQ was sent that the supplier "answers" (3-12).
    pub available_after_secs: u32,
}

/// FNV-1a over the inputs, then SplitMix64 steps: stable across platforms and versions.
struct Draw(u64);

impl Draw {
    fn new(rfq_id: &str, supplier_id: u32, product_id: u32, quantity: u32) -> Draw {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        eat(rfq_id.as_bytes());
        eat(&supplier_id.to_le_bytes());
        eat(&product_id.to_le_bytes());
        eat(&quantity.to_le_bytes());
        Draw(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }
}

/// The product `supplier_id` quotes on for an RFQ about `product`: the product itself when it
/// is theirs, else their product in the same category whose first-tier price (in USD) is
/// closest. `None`: the supplier has nothing comparable and declines.
pub fn quoted_product<'a>(
    catalog: &'a Catalog,
    product: &'a ProductRecord,
    supplier_id: u32,
) -> Option<&'a ProductRecord> {
    if product.supplier_id == supplier_id {
        return Some(product);
    }
    let usd = |p: &ProductRecord| {
        catalog
            .rates
            .convert(p.price_from(), Currency::Usd)
            .map(|m| m.minor)
            .unwrap_or(i64::MAX / 4)
    };
    let target = usd(product);
    catalog
        .supplier_products(supplier_id)
        .filter(|p| p.category == product.category)
        .min_by_key(|p| ((usd(p) - target).abs(), p.id))
}

/// The offered Incoterm closest to `wanted` (ties: the more inclusive one).
pub fn closest_incoterm(offered: &[Incoterm], wanted: Incoterm) -> Incoterm {
    if offered.contains(&wanted) || offered.is_empty() {
        return wanted;
    }
    let rank = |t: Incoterm| Incoterm::ALL.iter().position(|x| *x == t).unwrap_or(0) as i32;
    *offered
        .iter()
        .min_by_key(|t| ((rank(**t) - rank(wanted)).abs(), -rank(**t)))
        .unwrap_or(&wanted)
}

const NOTES: [(&str, [&str; 2]); 6] = [
    (
        "en",
        [
            "Thank you for your inquiry. We can supply {qty} units {incoterm} with production in {days} days. This offer is valid until {date}.",
            "Dear buyer, for {qty} units we offer {incoterm} at the price below; lead time {days} days. Samples are available on request.",
        ],
    ),
    (
        "zh-CN",
        [
            "感谢您的询价。我们可以按 {incoterm} 条款供应 {qty} 件，生产周期 {days} 天。本报价有效期至 {date}。",
            "您好！{qty} 件的 {incoterm} 报价如下，交期 {days} 天。可应要求提供样品。",
        ],
    ),
    (
        "es",
        [
            "Gracias por su solicitud. Podemos suministrar {qty} unidades {incoterm} con un plazo de producción de {days} días. Oferta válida hasta el {date}.",
            "Estimado comprador: para {qty} unidades ofrecemos {incoterm} al precio indicado; plazo de entrega de {days} días. Muestras disponibles bajo pedido.",
        ],
    ),
    (
        "de",
        [
            "Vielen Dank für Ihre Anfrage. Wir können {qty} Stück {incoterm} liefern, Produktionszeit {days} Tage. Das Angebot gilt bis {date}.",
            "Sehr geehrte Einkäuferin, sehr geehrter Einkäufer, für {qty} Stück bieten wir {incoterm} zum genannten Preis an; Lieferzeit {days} Tage. Muster auf Anfrage.",
        ],
    ),
    (
        "ar",
        [
            "شكرًا لاستفساركم. يمكننا توريد {qty} وحدة بشروط {incoterm} مع مدة إنتاج {days} يومًا. هذا العرض صالح حتى {date}.",
            "عزيزي المشتري، نعرض لكم {qty} وحدة بشروط {incoterm} بالسعر الموضح؛ مدة التسليم {days} يومًا. العينات متاحة عند الطلب.",
        ],
    ),
    (
        "fr",
        [
            "Merci pour votre demande. Nous pouvons livrer {qty} unités {incoterm} avec un délai de production de {days} jours. Offre valable jusqu’au {date}.",
            "Cher acheteur, pour {qty} unités nous proposons {incoterm} au prix indiqué ; délai de livraison de {days} jours. Échantillons sur demande.",
        ],
    ),
];

/// The supplier's note in `locale` (falling back to English).
fn note(
    locale: &str,
    pick: usize,
    qty: u32,
    incoterm: Incoterm,
    days: u32,
    until: Date,
) -> LocalizedText {
    let lang = locale_index(locale).map(|i| LOCALES[i]).unwrap_or("en");
    let templates = NOTES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| t)
        .unwrap_or(&NOTES[0].1);
    let text = templates[pick % templates.len()]
        .replace("{qty}", &qty.to_string())
        .replace("{incoterm}", incoterm.code())
        .replace("{days}", &days.to_string())
        .replace("{date}", &until.to_iso());
    LocalizedText {
        text,
        lang: lang.to_string(),
    }
}

/// A quote id: the RFQ id and the supplier (`RFQ-000001-S17`).
pub fn quote_id(rfq_id: &str, supplier_id: u32) -> String {
    format!("{rfq_id}-S{supplier_id}")
}

/// The quote `supplier` sends for `request` on `product` (see the module docs). `now` is when
/// the RFQ was sent; `received_at` is `now` plus the answer delay.
pub fn generate(
    rfq_id: &str,
    request: &RfqRequest,
    supplier: &SupplierRecord,
    product: &ProductRecord,
    rates: &RateTable,
    now: Timestamp,
) -> GeneratedQuote {
    let qty = request.quantity;
    let mut draw = Draw::new(rfq_id, supplier.id, product.id, qty);
    let tiers = TierTable(&product.tiers);
    let matching = tiers
        .unit_price(qty)
        .or_else(|| product.tiers.first().map(|t| t.unit_minor))
        .unwrap_or(1);
    let lowest = product
        .tiers
        .iter()
        .map(|t| t.unit_minor)
        .min()
        .unwrap_or(matching);
    let floor = ((lowest * 8 + 9) / 10).max(1);
    let discount_bp = i128::from(draw.range(300, 1_200));
    let mut price =
        div_round_half_away(i128::from(matching) * (10_000 - discount_bp), 10_000) as i64;
    if let Some(target) = request
        .target_price
        .and_then(|t| rates.convert(t, product.currency).ok())
    {
        let above_bp = i128::from(draw.range(0, 400));
        let near_target =
            div_round_half_away(i128::from(target.minor) * (10_000 + above_bp), 10_000) as i64;
        price = price.min(near_target);
    } else {
        draw.next();
    }
    let price = price.max(floor);

    let incoterm = closest_incoterm(&product.incoterms, request.incoterm);
    let lead = (i64::from(product.lead_time_days) + i64::from(draw.range(0, 8)) - 4).max(3) as u32;
    let valid_days = draw.range(14, 30);
    let delay = draw.range(3, 12);
    let pick = draw.range(0, 1) as usize;
    let today = now.date();
    let expires = today.plus_days(i64::from(valid_days));
    GeneratedQuote {
        quote: Quote {
            id: quote_id(rfq_id, supplier.id),
            rfq_id: rfq_id.to_string(),
            supplier: supplier.summary(),
            product_id: product.id,
            quantity: qty,
            unit_price: Money::new(price, product.currency),
            incoterm,
            lead_time_days: lead,
            expires_on: expires.to_iso(),
            note: note(&request.locale, pick, qty, incoterm, lead, expires),
            received_at: now.plus_secs(i64::from(delay)).to_iso(),
            accepted: false,
            tiers: Vec::new(),
        },
        available_after_secs: delay,
    }
}

/// Whether a quote can no longer be used on `today` (it is valid through `expires_on`).
pub fn is_expired(quote: &Quote, today: Date) -> bool {
    match Date::parse_iso(&quote.expires_on) {
        Some(last) => today > last,
        None => true,
    }
}

/// The cart line an accepted quote turns into.
pub fn cart_line(quote: &Quote) -> CartLineRef {
    CartLineRef {
        product_id: quote.product_id,
        quantity: quote.quantity,
        quote_id: Some(quote.id.clone()),
    }
}

/// One quote in the comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparedQuote {
    pub quote: Quote,
    /// The unit price converted once into the display currency.
    pub unit_price_display: Money,
    /// Unit price × quantity in the supplier's currency, converted once.
    pub total_display: Money,
    pub expired: bool,
    /// Lowest normalised unit price (ties all marked; expired quotes never are).
    pub best_price: bool,
    /// Shortest lead time.
    pub best_lead_time: bool,
    /// Valid the longest.
    pub latest_expiry: bool,
}

/// Quotes side by side in one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteComparison {
    pub display: Currency,
    pub rows: Vec<ComparedQuote>,
    /// The quotes are on different Incoterms, so their prices include different services
    /// (the UI says so next to the price column).
    pub mixed_incoterms: bool,
}

/// Compares `quotes` in `display` currency, marking the best on each axis among the quotes
/// still valid on `today`.
pub fn compare(
    quotes: &[Quote],
    rates: &RateTable,
    display: Currency,
    today: Date,
) -> Result<QuoteComparison, FxError> {
    let mut rows = Vec::with_capacity(quotes.len());
    for q in quotes {
        let total = q.unit_price.times(q.quantity).ok_or(FxError::Overflow)?;
        rows.push(ComparedQuote {
            quote: q.clone(),
            unit_price_display: rates.convert(q.unit_price, display)?,
            total_display: rates.convert(total, display)?,
            expired: is_expired(q, today),
            best_price: false,
            best_lead_time: false,
            latest_expiry: false,
        });
    }
    let live = || rows.iter().filter(|r| !r.expired);
    let best_price = live().map(|r| r.unit_price_display.minor).min();
    let best_lead = live().map(|r| r.quote.lead_time_days).min();
    let latest = live().map(|r| r.quote.expires_on.clone()).max();
    for r in rows.iter_mut().filter(|r| !r.expired) {
        r.best_price = Some(r.unit_price_display.minor) == best_price;
        r.best_lead_time = Some(r.quote.lead_time_days) == best_lead;
        r.latest_expiry = Some(&r.quote.expires_on) == latest.as_ref();
    }
    let mixed_incoterms = quotes.windows(2).any(|w| w[0].incoterm != w[1].incoterm);
    Ok(QuoteComparison {
        display,
        rows,
        mixed_incoterms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::demo_rates;

    fn catalog() -> &'static Catalog {
        static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        C.get_or_init(|| Catalog::generate(11, 400, 12))
    }

    fn request(product: &ProductRecord, qty: u32) -> RfqRequest {
        RfqRequest {
            product_id: product.id,
            supplier_ids: vec![product.supplier_id],
            quantity: qty,
            target_price: None,
            destination_country: "DE".into(),
            incoterm: Incoterm::Fob,
            needed_by: "2027-01-31".into(),
            message: String::new(),
            attachment_names: vec![],
            locale: "de".into(),
        }
    }

    fn now() -> Timestamp {
        Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap()
    }

    #[test]
    fn quotes_are_deterministic_and_within_the_stated_ranges() {
        let c = catalog();
        let mut seen_delays = std::collections::BTreeSet::new();
        for p in c.products.iter().step_by(7) {
            let s = c.supplier(p.supplier_id).unwrap();
            let qty = p.moq() * 3;
            let req = request(p, qty);
            let a = generate("RFQ-000001", &req, s, p, &c.rates, now());
            let b = generate("RFQ-000001", &req, s, p, &c.rates, now());
            assert_eq!(a, b);
            let tier = TierTable(&p.tiers).unit_price(qty).unwrap();
            let q = &a.quote;
            // 3-12 % under the tier, rounded to the minor unit.
            assert!(
                q.unit_price.minor <= tier - tier * 3 / 100,
                "{} vs {tier}",
                q.unit_price.minor
            );
            assert!(q.unit_price.minor >= tier - tier * 12 / 100 - 1);
            assert_eq!(q.unit_price.currency, p.currency);
            assert!((3..=12).contains(&a.available_after_secs));
            seen_delays.insert(a.available_after_secs);
            let expires = Date::parse_iso(&q.expires_on).unwrap();
            assert!((14..=30).contains(&now().date().days_until(expires)));
            assert!(
                q.lead_time_days + 4 >= p.lead_time_days
                    && q.lead_time_days <= p.lead_time_days + 4
            );
            assert_eq!(q.note.lang, "de");
            assert!(q.note.text.contains(&qty.to_string()));
            assert_eq!(q.id, format!("RFQ-000001-S{}", s.id));
            assert_eq!(
                Timestamp::parse_iso(&q.received_at)
                    .unwrap()
                    .secs_since(now()),
                i64::from(a.available_after_secs)
            );
        }
        assert!(seen_delays.len() > 3, "delays vary: {seen_delays:?}");
        // Another RFQ id gives another (but equally valid) offer.
        let p = &c.products[0];
        let s = c.supplier(p.supplier_id).unwrap();
        let offers: std::collections::BTreeSet<i64> = (0..20)
            .map(|i| {
                generate(
                    &format!("RFQ-{i:06}"),
                    &request(p, p.moq()),
                    s,
                    p,
                    &c.rates,
                    now(),
                )
                .quote
                .unit_price
                .minor
            })
            .collect();
        assert!(offers.len() > 1);
    }

    #[test]
    fn target_price_pulls_the_offer_down_to_a_floor() {
        let c = catalog();
        let p = c.products.iter().find(|p| p.tiers.len() >= 2).unwrap();
        let s = c.supplier(p.supplier_id).unwrap();
        let lowest = p.tiers.iter().map(|t| t.unit_minor).min().unwrap();
        let mut req = request(p, p.moq());
        // An absurd target: the supplier never goes below 80 % of the lowest tier.
        req.target_price = Some(Money::new(1, p.currency));
        let q = generate("RFQ-000009", &req, s, p, &c.rates, now()).quote;
        assert_eq!(q.unit_price.minor, (lowest * 8 + 9) / 10);
        // A modest target: the offer lands at most 4 % above it.
        let first = p.tiers[0].unit_minor;
        let target = first * 85 / 100;
        req.target_price = Some(Money::new(target, p.currency));
        let q = generate("RFQ-000009", &req, s, p, &c.rates, now()).quote;
        assert!(q.unit_price.minor >= target.max((lowest * 8 + 9) / 10));
        assert!(q.unit_price.minor <= target + target * 4 / 100 + 1);
        // A target in another currency is converted first.
        let usd = c
            .rates
            .convert(Money::new(1, p.currency), Currency::Usd)
            .unwrap();
        req.target_price = Some(usd);
        let q = generate("RFQ-000009", &req, s, p, &c.rates, now()).quote;
        assert!(q.unit_price.minor >= (lowest * 8 + 9) / 10);
    }

    #[test]
    fn incoterm_is_the_requested_one_or_the_closest() {
        use Incoterm::*;
        assert_eq!(closest_incoterm(&[Exw, Fob, Cif], Cif), Cif);
        assert_eq!(closest_incoterm(&[Exw, Fob], Ddp), Fob);
        assert_eq!(
            closest_incoterm(&[Fob, Dap], Cif),
            Dap,
            "tie: more inclusive"
        );
        assert_eq!(closest_incoterm(&[Fob], Exw), Fob);
        assert_eq!(closest_incoterm(&[], Dap), Dap);
    }

    #[test]
    fn notes_follow_the_request_locale() {
        let until = Date::parse_iso("2026-12-14").unwrap();
        for (locale, lang) in [
            ("en", "en"),
            ("zh-CN", "zh-CN"),
            ("es-MX", "es"),
            ("ar", "ar"),
            ("fr", "fr"),
            ("ja", "en"),
        ] {
            let n = note(locale, 0, 500, Incoterm::Fob, 25, until);
            assert_eq!(n.lang, lang);
            assert!(
                n.text.contains("500") && n.text.contains("FOB") && n.text.contains("2026-12-14"),
                "{}",
                n.text
            );
            assert!(!n.text.contains('{'));
        }
    }

    #[test]
    fn other_suppliers_quote_their_closest_product_or_decline() {
        let c = catalog();
        let p = &c.products[3];
        assert_eq!(
            quoted_product(c, p, p.supplier_id).map(|x| x.id),
            Some(p.id)
        );
        let other = c
            .suppliers
            .iter()
            .find(|s| {
                s.id != p.supplier_id && c.supplier_products(s.id).any(|x| x.category == p.category)
            })
            .unwrap();
        let alt = quoted_product(c, p, other.id).unwrap();
        assert_eq!(alt.supplier_id, other.id);
        assert_eq!(alt.category, p.category);
        assert_eq!(quoted_product(c, p, 999_999), None);
    }

    #[test]
    fn comparison_normalises_and_marks_the_best() {
        let rates = demo_rates();
        let today = Date::parse_iso("2026-11-23").unwrap();
        let base = |id: &str, price: Money, lead: u32, expires: &str, term: Incoterm| Quote {
            id: id.into(),
            rfq_id: "RFQ-000001".into(),
            supplier: crate::seed::Catalog::generate(1, 10, 1).suppliers[0].summary(),
            product_id: 1,
            quantity: 1_000,
            unit_price: price,
            incoterm: term,
            lead_time_days: lead,
            expires_on: expires.into(),
            note: LocalizedText {
                text: String::new(),
                lang: "en".into(),
            },
            received_at: "2026-11-23T08:00:05Z".into(),
            accepted: false,
            tiers: Vec::new(),
        };
        let quotes = vec![
            // CNY 7.24 = USD 1.00
            base(
                "a",
                Money::new(724, Currency::Cny),
                30,
                "2026-12-10",
                Incoterm::Fob,
            ),
            // USD 0.99: cheapest
            base(
                "b",
                Money::new(99, Currency::Usd),
                35,
                "2026-12-20",
                Incoterm::Fob,
            ),
            // EUR 0.92 = USD 1.00, fastest
            base(
                "c",
                Money::new(92, Currency::Eur),
                20,
                "2026-12-01",
                Incoterm::Cif,
            ),
            // Expired: cheapest of all but never "best".
            base(
                "d",
                Money::new(50, Currency::Usd),
                10,
                "2026-11-22",
                Incoterm::Fob,
            ),
        ];
        let cmp = compare(&quotes, &rates, Currency::Usd, today).unwrap();
        let flags: Vec<(bool, bool, bool, bool)> = cmp
            .rows
            .iter()
            .map(|r| (r.best_price, r.best_lead_time, r.latest_expiry, r.expired))
            .collect();
        assert_eq!(
            flags,
            [
                (false, false, false, false),
                (true, false, true, false),
                (false, true, false, false),
                (false, false, false, true)
            ]
        );
        assert_eq!(
            cmp.rows[0].unit_price_display,
            Money::new(100, Currency::Usd)
        );
        assert_eq!(
            cmp.rows[0].total_display,
            Money::new(100_000, Currency::Usd)
        );
        assert!(cmp.mixed_incoterms);
        // Ties are all marked.
        let tied = compare(
            &[quotes[0].clone(), quotes[0].clone()],
            &rates,
            Currency::Eur,
            today,
        )
        .unwrap();
        assert!(tied
            .rows
            .iter()
            .all(|r| r.best_price && r.best_lead_time && r.latest_expiry));
        assert!(!tied.mixed_incoterms);
        assert!(is_expired(&quotes[3], today));
        assert!(!is_expired(
            &quotes[2],
            Date::parse_iso("2026-12-01").unwrap()
        ));
        assert_eq!(cart_line(&quotes[1]).quote_id.as_deref(), Some("b"));
    }
}
