//! The checkout form: its steps, the draft the app keeps in `localStorage`, which step a
//! field error belongs to, the shipping choice of each supplier, and the order request the
//! draft turns into.
//!
//! Field checks are not repeated here: a step's errors are [`orders::validate_order`]'s
//! errors of the fields on that step, so the form and the backend always agree.
//!
//! Storage: the draft is JSON (`{"v": 1, ...}`). [`parse_draft`] turns anything unreadable
//! or of another version into a fresh draft and says so, never a crash.

use serde::{Deserialize, Serialize};

use crate::landed;
use crate::money::{Currency, Money};
use crate::orders;
use crate::trade::{
    Address, CartLineRef, CompanyDetails, FieldError, OrderRequest, PaymentMethod, PriceCheck,
    PricedLine, ShippingMethod, SupplierShipping,
};
use crate::wire::Incoterm;

/// Version of the stored draft.
pub const DRAFT_VERSION: u32 = 1;

/// Net-terms periods a buyer may ask for, in days (the backend accepts these only).
pub const NET_TERMS_DAYS: [u32; 5] = [15, 30, 45, 60, 90];

/// Countries the checkout delivers to and registers companies in (ISO alpha-2): the EU, the
/// countries with their own address and tax-ID rules, and other large import markets.
pub const COUNTRIES: [&str; 44] = [
    "AE", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CN", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
    "FR", "GB", "GR", "HR", "HU", "IE", "IN", "IT", "JP", "KR", "LT", "LU", "LV", "MT", "MX", "NL",
    "NO", "PL", "PT", "RO", "SA", "SE", "SG", "SI", "SK", "TR", "US", "ZA",
];

/// A rate in basis points as an exact decimal percentage text: 370 → `3.7`, 1900 → `19`,
/// 5 → `0.05` (for the locale's number formatter).
pub fn percent_text(bp: u32) -> String {
    let (whole, frac) = (bp / 100, bp % 100);
    match frac {
        0 => whole.to_string(),
        f if f.is_multiple_of(10) => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// A step of the checkout, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    #[default]
    Company,
    ShippingAddress,
    BillingAddress,
    Delivery,
    Payment,
    Review,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Company,
        Step::ShippingAddress,
        Step::BillingAddress,
        Step::Delivery,
        Step::Payment,
        Step::Review,
    ];

    /// For message ids (`checkout-step-<slug>`) and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Company => "company",
            Step::ShippingAddress => "shipping-address",
            Step::BillingAddress => "billing-address",
            Step::Delivery => "delivery",
            Step::Payment => "payment",
            Step::Review => "review",
        }
    }

    /// Position, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// How the buyer chose to pay (the details live beside it in the draft).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentChoice {
    /// Telegraphic transfer to each supplier's bank.
    #[default]
    BankTransfer,
    LetterOfCredit,
    /// On the payment provider's hosted page; needs a provider reference.
    Card,
    /// Pay later; for approved buyers only.
    NetTerms,
}

impl PaymentChoice {
    pub const ALL: [PaymentChoice; 4] = [
        PaymentChoice::BankTransfer,
        PaymentChoice::LetterOfCredit,
        PaymentChoice::Card,
        PaymentChoice::NetTerms,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PaymentChoice::BankTransfer => "bank-transfer",
            PaymentChoice::LetterOfCredit => "letter-of-credit",
            PaymentChoice::Card => "card",
            PaymentChoice::NetTerms => "net-terms",
        }
    }
}

/// What the buyer may use: cards need a connected payment provider (whose hosted page
/// returns the reference), net terms an approved credit line. Neither is known to the app
/// today, so both are `false` unless the caller has them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaymentAvailability {
    pub card_provider: bool,
    pub approved_for_net_terms: bool,
}

impl PaymentAvailability {
    pub fn allows(self, choice: PaymentChoice) -> bool {
        match choice {
            PaymentChoice::BankTransfer | PaymentChoice::LetterOfCredit => true,
            PaymentChoice::Card => self.card_provider,
            PaymentChoice::NetTerms => self.approved_for_net_terms,
        }
    }
}

/// An order request that was sent and whose outcome is unknown (the answer was lost): a
/// retry re-sends exactly this body under the same key, so the backend replays the order
/// instead of creating another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingOrder {
    pub key: String,
    pub request: OrderRequest,
}

/// Everything typed into the checkout so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckoutDraft {
    pub v: u32,
    /// The step the buyer is on.
    pub step: Step,
    /// The furthest step reached (steps up to it can be jumped to).
    pub reached: Step,
    pub company: CompanyDetails,
    /// Its country is also the destination of the cart's landed-cost estimates.
    pub shipping_address: Address,
    /// Bill to the shipping address (the default).
    pub billing_same: bool,
    pub billing_address: Address,
    /// Per supplier; may hold suppliers no longer in the cart (ignored).
    pub shipping: Vec<SupplierShipping>,
    pub payment: PaymentChoice,
    pub issuing_bank: String,
    pub card_ref: String,
    pub net_days: u32,
    /// Trade assurance: payment held in escrow until delivery is confirmed.
    pub escrow: bool,
    pub pending: Option<PendingOrder>,
}

impl Default for CheckoutDraft {
    fn default() -> Self {
        CheckoutDraft {
            v: DRAFT_VERSION,
            step: Step::Company,
            reached: Step::Company,
            company: CompanyDetails::default(),
            shipping_address: Address::default(),
            billing_same: true,
            billing_address: Address::default(),
            shipping: Vec::new(),
            payment: PaymentChoice::BankTransfer,
            issuing_bank: String::new(),
            card_ref: String::new(),
            net_days: 30,
            escrow: true,
            pending: None,
        }
    }
}

/// Why a stored draft was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftRecovery {
    /// Unreadable or from another version: the form starts empty.
    Reset,
}

/// Reads a stored draft (`None`: nothing stored).
pub fn parse_draft(text: Option<&str>) -> (CheckoutDraft, Option<DraftRecovery>) {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return (CheckoutDraft::default(), None);
    };
    match serde_json::from_str::<CheckoutDraft>(text) {
        Ok(d) if d.v == DRAFT_VERSION => {
            let mut d = d;
            if d.reached.index() < d.step.index() {
                d.reached = d.step;
            }
            (d, None)
        }
        _ => (CheckoutDraft::default(), Some(DraftRecovery::Reset)),
    }
}

/// The stored form of a draft.
pub fn serialize_draft(d: &CheckoutDraft) -> String {
    serde_json::to_string(d).expect("a draft always serialises")
}

/// The step that shows the field of a backend error path (`company.tax_id`,
/// `shipping.12.incoterm`, ...). Lines, totals and unknown paths belong to the review.
pub fn step_of_field(path: &str) -> Step {
    let head = path.split('.').next().unwrap_or("");
    match head {
        "company" => Step::Company,
        "shipping_address" => Step::ShippingAddress,
        "billing_address" => Step::BillingAddress,
        "shipping" => Step::Delivery,
        "payment" => Step::Payment,
        _ => Step::Review,
    }
}

/// Incoterms every line of a supplier group offers, in `Incoterm::ALL` order.
pub fn offered_incoterms(lines: &[PricedLine]) -> Vec<Incoterm> {
    Incoterm::ALL
        .into_iter()
        .filter(|t| !lines.is_empty() && lines.iter().all(|l| l.incoterms.contains(t)))
        .collect()
}

/// Country a supplier group ships from (its first line's).
pub fn origin_of(lines: &[PricedLine]) -> String {
    lines
        .first()
        .map(|l| l.ships_from.clone())
        .unwrap_or_default()
}

/// The shipping choice of a supplier group going to `destination`: the buyer's stored
/// choice where it is still possible, else FOB (or the first offered Incoterm) and sea
/// freight (or the first method serving the lane). `None` when the lines share no Incoterm
/// or no method serves the lane.
pub fn shipping_choice(
    stored: &[SupplierShipping],
    supplier_id: u32,
    lines: &[PricedLine],
    destination: &str,
) -> Option<SupplierShipping> {
    let offered = offered_incoterms(lines);
    let origin = origin_of(lines);
    let dest = destination.trim().to_ascii_uppercase();
    let methods = if dest.len() == 2 {
        landed::available_methods(&origin, &dest)
    } else {
        ShippingMethod::ALL.to_vec()
    };
    let mine = stored.iter().find(|s| s.supplier_id == supplier_id);
    let incoterm = mine
        .map(|s| s.incoterm)
        .filter(|t| offered.contains(t))
        .or_else(|| offered.iter().copied().find(|t| *t == Incoterm::Fob))
        .or_else(|| offered.first().copied())?;
    let method = mine
        .map(|s| s.method)
        .filter(|m| methods.contains(m))
        .or_else(|| methods.first().copied())?;
    Some(SupplierShipping {
        supplier_id,
        incoterm,
        method,
    })
}

/// Stores `choice` for its supplier, replacing the previous one.
pub fn set_shipping(stored: &mut Vec<SupplierShipping>, choice: SupplierShipping) {
    stored.retain(|s| s.supplier_id != choice.supplier_id);
    stored.push(choice);
}

/// The payment method of the draft, as the order sends it.
pub fn payment_method(d: &CheckoutDraft) -> PaymentMethod {
    match d.payment {
        PaymentChoice::BankTransfer => PaymentMethod::BankTransfer,
        PaymentChoice::LetterOfCredit => PaymentMethod::LetterOfCredit {
            issuing_bank: d.issuing_bank.trim().to_string(),
        },
        PaymentChoice::Card => PaymentMethod::Card {
            provider_ref: d.card_ref.trim().to_string(),
        },
        PaymentChoice::NetTerms => PaymentMethod::NetTerms { days: d.net_days },
    }
}

/// The order request of `draft` for the checked lines of `check`: one shipping choice per
/// supplier (see [`shipping_choice`]), the billing address only when it differs, and the
/// goods total the buyer was shown.
pub fn order_request(
    draft: &CheckoutDraft,
    lines: &[CartLineRef],
    check: &PriceCheck,
    locale: &str,
    currency: Currency,
    expected_total: Money,
) -> OrderRequest {
    let destination = draft.shipping_address.country.trim().to_ascii_uppercase();
    let mut suppliers: Vec<u32> = Vec::new();
    for l in &check.lines {
        if !suppliers.contains(&l.supplier.id) {
            suppliers.push(l.supplier.id);
        }
    }
    let shipping = suppliers
        .into_iter()
        .filter_map(|sid| {
            let group: Vec<PricedLine> = check
                .lines
                .iter()
                .filter(|l| l.supplier.id == sid)
                .cloned()
                .collect();
            shipping_choice(&draft.shipping, sid, &group, &destination)
        })
        .collect();
    OrderRequest {
        lines: lines.to_vec(),
        locale: locale.to_string(),
        currency,
        company: draft.company.clone(),
        shipping_address: draft.shipping_address.clone(),
        billing_address: (!draft.billing_same).then(|| draft.billing_address.clone()),
        shipping,
        payment: payment_method(draft),
        escrow: draft.escrow,
        expected_total,
    }
}

/// Whether the re-check before placing differs from the prices the buyer reviewed: a line's
/// price, quantity or price source changed, a line became unavailable, or a line is missing.
/// Such a change is shown and must be accepted; it is never applied silently.
pub fn prices_changed(reviewed: &PriceCheck, fresh: &PriceCheck) -> bool {
    let key = |c: &PriceCheck| -> Vec<_> {
        c.lines
            .iter()
            .map(|l| {
                (
                    l.product_id,
                    l.quantity,
                    l.unit_price,
                    l.unit_price_display,
                    l.price_source.clone(),
                )
            })
            .collect()
    };
    !fresh.unavailable.is_empty() || key(reviewed) != key(fresh)
}

/// The errors of `request` that the buyer corrects on `step` (the same checks the backend
/// runs), plus payment methods the buyer may not use.
pub fn step_errors(
    step: Step,
    request: &OrderRequest,
    check: &PriceCheck,
    payments: PaymentAvailability,
    choice: PaymentChoice,
) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = orders::validate_order(request, check)
        .into_iter()
        .filter(|e| step_of_field(&e.field) == step)
        .collect();
    if step == Step::Payment && !payments.allows(choice) {
        errors.insert(
            0,
            FieldError {
                field: "payment.kind".into(),
                code: "not_offered".into(),
            },
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orders::OrderBook;
    use crate::pricing::QuantityCheck;
    use crate::seed::Catalog;
    use crate::time::Timestamp;
    use crate::trade::PriceCheckRequest;
    use std::sync::OnceLock;

    fn catalog() -> &'static Catalog {
        static C: OnceLock<Catalog> = OnceLock::new();
        C.get_or_init(|| Catalog::generate(5, 900, 40))
    }

    /// A priced check of one valid line of each of the first two suppliers' FOB products.
    fn check() -> (Vec<CartLineRef>, PriceCheck) {
        let c = catalog();
        let mut lines = Vec::new();
        let mut seen = Vec::new();
        for p in &c.products {
            if seen.len() == 2 {
                break;
            }
            if seen.contains(&p.supplier_id) || !p.incoterms.contains(&Incoterm::Fob) {
                continue;
            }
            let m = p.minimum_order;
            let q = match m.check(m.moq) {
                QuantityCheck::Ok => m.moq,
                QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
            };
            seen.push(p.supplier_id);
            lines.push(CartLineRef {
                product_id: p.id,
                quantity: q,
                quote_id: None,
            });
        }
        let check = OrderBook::new().price_check(
            c,
            &PriceCheckRequest {
                lines: lines.clone(),
                locale: "en".into(),
                currency: Currency::Eur,
            },
            Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap(),
        );
        (lines, check)
    }

    fn filled() -> CheckoutDraft {
        CheckoutDraft {
            company: CompanyDetails {
                legal_name: "Nordlicht Handel GmbH".into(),
                country: "DE".into(),
                tax_id: "DE136695976".into(),
                po_number: "PO-2026-118".into(),
                cost_centre: String::new(),
                contact_email: "einkauf@nordlicht.example".into(),
            },
            shipping_address: Address {
                country: "DE".into(),
                recipient: "Wareneingang".into(),
                line1: "Am Sandtorkai 1".into(),
                city: "Hamburg".into(),
                postal_code: "20457".into(),
                ..Address::default()
            },
            ..CheckoutDraft::default()
        }
    }

    #[test]
    fn rates_read_as_exact_percentages() {
        assert_eq!(percent_text(370), "3.7");
        assert_eq!(percent_text(1_900), "19");
        assert_eq!(percent_text(5), "0.05");
        assert_eq!(percent_text(2_550), "25.5");
        assert_eq!(percent_text(0), "0");
        let mut sorted = COUNTRIES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, COUNTRIES.to_vec());
    }

    #[test]
    fn steps_go_forward_and_back_in_order() {
        assert_eq!(Step::Company.next(), Some(Step::ShippingAddress));
        assert_eq!(Step::Review.next(), None);
        assert_eq!(Step::Company.previous(), None);
        assert_eq!(Step::Review.previous(), Some(Step::Payment));
        assert_eq!(Step::Delivery.index(), 3);
        let slugs: Vec<&str> = Step::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(
            slugs,
            [
                "company",
                "shipping-address",
                "billing-address",
                "delivery",
                "payment",
                "review"
            ]
        );
    }

    #[test]
    fn backend_field_paths_land_on_their_step() {
        assert_eq!(step_of_field("company.tax_id"), Step::Company);
        assert_eq!(
            step_of_field("shipping_address.postal_code"),
            Step::ShippingAddress
        );
        assert_eq!(step_of_field("billing_address.city"), Step::BillingAddress);
        assert_eq!(step_of_field("shipping.7.method"), Step::Delivery);
        assert_eq!(step_of_field("payment.issuing_bank"), Step::Payment);
        assert_eq!(step_of_field("lines.0.quantity"), Step::Review);
        assert_eq!(step_of_field("expected_total"), Step::Review);
        assert_eq!(step_of_field(""), Step::Review);
    }

    #[test]
    fn a_draft_survives_storage_and_bad_storage_resets_it() {
        let mut d = filled();
        d.step = Step::Payment;
        d.reached = Step::Payment;
        d.escrow = false;
        let text = serialize_draft(&d);
        assert_eq!(parse_draft(Some(&text)), (d.clone(), None));
        assert_eq!(parse_draft(None), (CheckoutDraft::default(), None));
        assert_eq!(
            parse_draft(Some("{not json")),
            (CheckoutDraft::default(), Some(DraftRecovery::Reset))
        );
        let other_version = text.replacen("\"v\":1", "\"v\":9", 1);
        assert_eq!(
            parse_draft(Some(&other_version)).1,
            Some(DraftRecovery::Reset)
        );
        // Missing fields take their defaults; a step beyond `reached` raises `reached`.
        let (partial, none) = parse_draft(Some(r#"{"v":1,"step":"delivery"}"#));
        assert!(none.is_none());
        assert_eq!(partial.reached, Step::Delivery);
        assert!(partial.billing_same && partial.escrow);
    }

    #[test]
    fn shipping_choice_keeps_what_is_possible_and_defaults_the_rest() {
        let (_, check) = check();
        let sid = check.lines[0].supplier.id;
        let group: Vec<PricedLine> = check
            .lines
            .iter()
            .filter(|l| l.supplier.id == sid)
            .cloned()
            .collect();
        let offered = offered_incoterms(&group);
        assert!(offered.contains(&Incoterm::Fob));
        let default = shipping_choice(&[], sid, &group, "DE").unwrap();
        assert_eq!(default.incoterm, Incoterm::Fob);
        assert_eq!(default.method, ShippingMethod::Sea);
        let mut stored = Vec::new();
        set_shipping(
            &mut stored,
            SupplierShipping {
                supplier_id: sid,
                incoterm: offered[0],
                method: ShippingMethod::Air,
            },
        );
        let kept = shipping_choice(&stored, sid, &group, "DE").unwrap();
        assert_eq!(
            (kept.incoterm, kept.method),
            (offered[0], ShippingMethod::Air)
        );
        // Rail does not reach Brazil from Asia or Europe: the choice falls back to sea.
        set_shipping(
            &mut stored,
            SupplierShipping {
                supplier_id: sid,
                incoterm: offered[0],
                method: ShippingMethod::Rail,
            },
        );
        assert_eq!(stored.len(), 1);
        let origin = origin_of(&group);
        if !landed::available_methods(&origin, "BR").contains(&ShippingMethod::Rail) {
            let br = shipping_choice(&stored, sid, &group, "BR").unwrap();
            assert_eq!(br.method, landed::available_methods(&origin, "BR")[0]);
        }
        // An Incoterm the supplier does not offer is replaced.
        let missing = Incoterm::ALL.into_iter().find(|t| !offered.contains(t));
        if let Some(t) = missing {
            set_shipping(
                &mut stored,
                SupplierShipping {
                    supplier_id: sid,
                    incoterm: t,
                    method: ShippingMethod::Sea,
                },
            );
            assert_eq!(
                shipping_choice(&stored, sid, &group, "DE")
                    .unwrap()
                    .incoterm,
                Incoterm::Fob
            );
        }
        assert_eq!(shipping_choice(&[], sid, &[], "DE"), None);
    }

    #[test]
    fn the_request_carries_every_supplier_and_passes_the_backend_checks() {
        let (lines, check) = check();
        let draft = filled();
        let total = crate::cart::totals(&check.lines, &catalog().rates, Currency::Eur)
            .unwrap()
            .total_display;
        let req = order_request(&draft, &lines, &check, "de", Currency::Eur, total);
        assert_eq!(req.shipping.len(), 2);
        assert_eq!(req.billing_address, None);
        assert_eq!(req.payment, PaymentMethod::BankTransfer);
        assert!(req.escrow);
        assert_eq!(orders::validate_order(&req, &check), vec![]);
        // A separate billing address is sent only when asked for.
        let mut d = draft.clone();
        d.billing_same = false;
        d.billing_address = d.shipping_address.clone();
        let req = order_request(&d, &lines, &check, "de", Currency::Eur, total);
        assert_eq!(req.billing_address, Some(d.shipping_address.clone()));
        // The same draft gives the same body, so a retry under the same key is a replay.
        assert_eq!(
            orders::request_hash(&order_request(
                &d,
                &lines,
                &check,
                "de",
                Currency::Eur,
                total
            )),
            orders::request_hash(&req)
        );
    }

    #[test]
    fn a_changed_price_or_a_vanished_line_is_a_change() {
        let (_, reviewed) = check();
        assert!(!prices_changed(&reviewed, &reviewed.clone()));
        let mut dearer = reviewed.clone();
        let p = dearer.lines[0].unit_price.unwrap();
        dearer.lines[0].unit_price = Some(Money::new(p.minor + 1, p.currency));
        assert!(prices_changed(&reviewed, &dearer));
        let mut gone = reviewed.clone();
        let line = gone.lines.remove(1);
        gone.unavailable.push(crate::trade::UnavailableLine {
            product_id: line.product_id,
            reason: "not_found".into(),
        });
        assert!(prices_changed(&reviewed, &gone));
        // A new check time alone is no change.
        let mut later = reviewed.clone();
        later.checked_at = "2026-11-24T08:00:00Z".into();
        assert!(!prices_changed(&reviewed, &later));
    }

    #[test]
    fn step_errors_are_the_backend_errors_of_that_step() {
        let (lines, check) = check();
        let mut d = filled();
        d.company.tax_id = "DE123".into();
        d.shipping_address.postal_code = "ABC".into();
        d.payment = PaymentChoice::LetterOfCredit;
        let total = Money::new(0, Currency::Eur);
        let req = order_request(&d, &lines, &check, "en", Currency::Eur, total);
        let none = PaymentAvailability::default();
        let company = step_errors(Step::Company, &req, &check, none, d.payment);
        assert_eq!(
            company,
            vec![FieldError {
                field: "company.tax_id".into(),
                code: "invalid_format".into()
            }]
        );
        let addr = step_errors(Step::ShippingAddress, &req, &check, none, d.payment);
        assert_eq!(addr.len(), 1);
        assert_eq!(addr[0].field, "shipping_address.postal_code");
        let pay = step_errors(Step::Payment, &req, &check, none, d.payment);
        assert_eq!(pay[0].field, "payment.issuing_bank");
        assert_eq!(pay[0].code, "required");
        assert!(step_errors(Step::Delivery, &req, &check, none, d.payment).is_empty());
        // Net terms need an approved buyer; cards a connected payment provider.
        d.payment = PaymentChoice::NetTerms;
        let req = order_request(&d, &lines, &check, "en", Currency::Eur, total);
        let pay = step_errors(Step::Payment, &req, &check, none, d.payment);
        assert_eq!(pay[0].field, "payment.kind");
        assert_eq!(pay[0].code, "not_offered");
        let approved = PaymentAvailability {
            approved_for_net_terms: true,
            card_provider: false,
        };
        assert!(step_errors(Step::Payment, &req, &check, approved, d.payment).is_empty());
        assert!(!approved.allows(PaymentChoice::Card));
        assert!(none.allows(PaymentChoice::BankTransfer));
    }
}
