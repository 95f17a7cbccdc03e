//! The order engine shared by the embedded demo backend and the reference server: price
//! checks, orders placed exactly once, RFQs and their quotes.
//!
//! [`OrderBook`] is plain serialisable state; the demo backend keeps it in `localStorage`,
//! the server in SQLite. Every method takes `now` from the caller.
//!
//! Exactly once: an order request carries an idempotency key. The first successful request
//! with a key stores the SHA-256 of its canonical body (the `OrderRequest` re-serialised, so
//! whitespace and field order do not matter) with the confirmation. The same key with the
//! same body returns that confirmation again and creates nothing; the same key with another
//! body is [`OrderError::IdempotencyMismatch`]. A request that fails (validation, changed
//! price) stores nothing, so the buyer can correct it and send it again under the same key.
//!
//! Status: an order moves through its timeline as time passes since it was placed (see
//! [`Pace`]), computed when it is read, so the demo's timeline moves while the buyer watches;
//! `expected_on` dates show the real-world plan (lead time and transit).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::address;
use crate::cart;
use crate::landed;
use crate::money::Money;
use crate::pricing::{QuantityCheck, TierTable};
use crate::quotes;
use crate::seed::{Catalog, ProductRecord};
use crate::tax_id;
use crate::time::{Date, Timestamp};
use crate::trade::{
    EscrowStatus, FieldError, Order, OrderConfirmation, OrderLine, OrderRequest, OrderStatus,
    PaymentMethod, PriceCheck, PriceCheckRequest, PriceSource, PricedLine, Quote, Rfq, RfqRequest,
    ShippingMethod, StatusEvent, Tracking, UnavailableLine,
};
use crate::wire::{Incoterm, LocalizedText, SupplierSummary, Unit};

/// Version of the serialised [`OrderBook`] (the demo backend stores it with this number and
/// starts afresh from any other).
pub const ORDER_BOOK_VERSION: u32 = 1;
/// Most lines a cart, price check or order may have.
pub const MAX_LINES: usize = 200;
/// Most suppliers one RFQ may go to.
pub const MAX_RFQ_SUPPLIERS: usize = 10;

/// Why an order, RFQ or quote operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderError {
    /// The idempotency key is missing or not 8-128 characters of `A-Z a-z 0-9 - _ . :`.
    InvalidKey,
    /// The key was used before with a different request body.
    IdempotencyMismatch,
    /// Fields the buyer must correct.
    Validation(Vec<FieldError>),
    /// Prices or availability changed since the buyer's last check: `check` is the current
    /// state to show them. Nothing was ordered.
    PriceChanged { check: PriceCheck },
    /// No such order, RFQ or (yet visible) quote.
    NotFound,
    /// The quote is past its expiry date.
    QuoteExpired,
    /// Arithmetic or conversion failed (a missing exchange rate): a backend fault.
    Internal(String),
}

impl std::fmt::Display for OrderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OrderError::InvalidKey => write!(f, "invalid idempotency key"),
            OrderError::IdempotencyMismatch => {
                write!(f, "this idempotency key was used with a different request")
            }
            OrderError::Validation(fields) => {
                write!(f, "{} field(s) need correcting", fields.len())
            }
            OrderError::PriceChanged { .. } => write!(f, "prices changed since the last check"),
            OrderError::NotFound => write!(f, "not found"),
            OrderError::QuoteExpired => write!(f, "the quote has expired"),
            OrderError::Internal(d) => write!(f, "internal error: {d}"),
        }
    }
}

impl std::error::Error for OrderError {}

/// Whether `key` is an acceptable idempotency key: 8-128 characters of ASCII letters,
/// digits, `-`, `_`, `.` and `:` (a UUID fits).
pub fn valid_idempotency_key(key: &str) -> bool {
    (8..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// SHA-256 (hex) of the canonical JSON of `request`.
pub fn request_hash(request: &OrderRequest) -> String {
    let bytes = serde_json::to_vec(request).expect("an order request always serialises");
    let digest = Sha256::digest(&bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// How fast a placed order moves through its statuses, in seconds after placement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pace {
    pub confirmed: i64,
    pub in_production: i64,
    pub shipped: i64,
    pub customs: i64,
    pub delivered: i64,
}

/// The demo pace: confirmed after a minute, in production after 5, shipped after 15, in
/// customs after 30, delivered after an hour.
pub const DEMO_PACE: Pace = Pace {
    confirmed: 60,
    in_production: 300,
    shipped: 900,
    customs: 1_800,
    delivered: 3_600,
};

impl Default for Pace {
    fn default() -> Pace {
        DEMO_PACE
    }
}

/// An order as stored: the order as placed plus what its timeline is computed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderRecord {
    pub order: Order,
    pub placed: Timestamp,
    /// Days until the goods are ready (lead time, or warehouse dispatch days).
    pub lead_time_days: u32,
    /// Transit days (min, max) for the method and lane.
    pub transit_days: (u32, u32),
    /// Whether the shipment crosses a customs border (not domestic, not within the EU).
    pub crosses_customs: bool,
}

/// A stored idempotency key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdempotencyRecord {
    /// [`request_hash`] of the first successful request.
    pub body_hash: String,
    pub confirmation: OrderConfirmation,
    pub at: Timestamp,
}

/// One asked supplier's answer, visible from `available_at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledReply {
    pub supplier_id: u32,
    pub available_at: Timestamp,
    /// `None`: the supplier has nothing comparable and declines.
    pub quote: Option<Quote>,
}

/// An RFQ as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RfqRecord {
    pub id: String,
    pub request: RfqRequest,
    pub product_name: LocalizedText,
    pub created: Timestamp,
    pub replies: Vec<ScheduledReply>,
}

impl RfqRecord {
    /// The RFQ as the buyer sees it at `now`: answered quotes, and who has not answered yet.
    pub fn view(&self, now: Timestamp) -> Rfq {
        let arrived = |r: &&ScheduledReply| r.available_at <= now;
        Rfq {
            id: self.id.clone(),
            request: self.request.clone(),
            product_name: self.product_name.clone(),
            created_at: self.created.to_iso(),
            quotes: self
                .replies
                .iter()
                .filter(arrived)
                .filter_map(|r| r.quote.clone())
                .collect(),
            pending_supplier_ids: self
                .replies
                .iter()
                .filter(|r| r.available_at > now)
                .map(|r| r.supplier_id)
                .collect(),
        }
    }
}

/// The result of [`OrderBook::place_detailed`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub confirmation: OrderConfirmation,
    /// The key had been used with this body before: nothing new was created.
    pub replayed: bool,
}

/// All orders, idempotency keys and RFQs of one backend.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderBook {
    pub orders: Vec<OrderRecord>,
    pub idempotency: BTreeMap<String, IdempotencyRecord>,
    pub rfqs: Vec<RfqRecord>,
    /// Last order number issued (`TF-<year>-<n>`), checkout and RFQ sequence.
    pub last_order: u64,
    pub last_checkout: u64,
    pub last_rfq: u64,
    #[serde(default)]
    pub pace: Pace,
}

impl OrderBook {
    pub fn new() -> OrderBook {
        OrderBook::default()
    }

    // -----------------------------------------------------------------------------------
    // Price checks
    // -----------------------------------------------------------------------------------

    /// A quote that was accepted and can be found by id.
    fn accepted_quote(&self, id: &str) -> Option<&Quote> {
        self.rfqs
            .iter()
            .flat_map(|r| r.replies.iter())
            .filter_map(|r| r.quote.as_ref())
            .find(|q| q.id == id && q.accepted)
    }

    /// Current prices of `req.lines` at `now`: the tier for the quantity, or an accepted
    /// quote's price for quantities from the quote's quantity up until it expires.
    pub fn price_check(
        &self,
        catalog: &Catalog,
        req: &PriceCheckRequest,
        now: Timestamp,
    ) -> PriceCheck {
        let today = now.date();
        let mut lines = Vec::new();
        let mut unavailable = Vec::new();
        for l in &req.lines {
            let Some((p, supplier)) = catalog
                .product(l.product_id)
                .and_then(|p| Some((p, catalog.supplier(p.supplier_id)?)))
            else {
                unavailable.push(UnavailableLine {
                    product_id: l.product_id,
                    reason: "not_found".into(),
                });
                continue;
            };
            let mut quote = None;
            if let Some(qid) = &l.quote_id {
                match self.accepted_quote(qid) {
                    Some(q) if q.product_id != p.id => {
                        unavailable.push(UnavailableLine {
                            product_id: l.product_id,
                            reason: "quote_unknown".into(),
                        });
                        continue;
                    }
                    Some(q) if quotes::is_expired(q, today) => {
                        unavailable.push(UnavailableLine {
                            product_id: l.product_id,
                            reason: "quote_expired".into(),
                        });
                        continue;
                    }
                    Some(q) => quote = Some(q),
                    None => {
                        unavailable.push(UnavailableLine {
                            product_id: l.product_id,
                            reason: "quote_unknown".into(),
                        });
                        continue;
                    }
                }
            }
            lines.push(priced_line(
                catalog,
                p,
                supplier.summary(),
                l.quantity,
                quote,
                req,
            ));
        }
        PriceCheck {
            lines,
            unavailable,
            checked_at: now.to_iso(),
        }
    }

    // -----------------------------------------------------------------------------------
    // Orders
    // -----------------------------------------------------------------------------------

    /// Places an order exactly once per key (see the module docs).
    pub fn place(
        &mut self,
        catalog: &Catalog,
        key: &str,
        req: &OrderRequest,
        now: Timestamp,
    ) -> Result<OrderConfirmation, OrderError> {
        self.place_detailed(catalog, key, req, now)
            .map(|p| p.confirmation)
    }

    /// [`OrderBook::place`], also telling whether the answer is a replay.
    pub fn place_detailed(
        &mut self,
        catalog: &Catalog,
        key: &str,
        req: &OrderRequest,
        now: Timestamp,
    ) -> Result<Placement, OrderError> {
        if !valid_idempotency_key(key) {
            return Err(OrderError::InvalidKey);
        }
        let hash = request_hash(req);
        if let Some(rec) = self.idempotency.get(key) {
            return if rec.body_hash == hash {
                Ok(Placement {
                    confirmation: rec.confirmation.clone(),
                    replayed: true,
                })
            } else {
                Err(OrderError::IdempotencyMismatch)
            };
        }

        let check = self.price_check(
            catalog,
            &PriceCheckRequest {
                lines: req.lines.clone(),
                locale: req.locale.clone(),
                currency: req.currency,
            },
            now,
        );
        let fields = validate_order(req, &check);
        if !fields.is_empty() {
            return Err(OrderError::Validation(fields));
        }
        if !check.unavailable.is_empty() || check.lines.iter().any(|l| l.unit_price.is_none()) {
            return Err(OrderError::PriceChanged { check });
        }
        let totals = cart::totals(&check.lines, &catalog.rates, req.currency)
            .map_err(|e| OrderError::Internal(format!("conversion: {e:?}")))?;
        if totals.total_display != req.expected_total {
            return Err(OrderError::PriceChanged { check });
        }

        // Everything checks: create one order per supplier.
        self.last_checkout += 1;
        let checkout_id = format!("CO-{:06}", self.last_checkout);
        let year = now.date().year();
        let company = crate::trade::CompanyDetails {
            legal_name: req.company.legal_name.trim().to_string(),
            country: req.company.country.trim().to_ascii_uppercase(),
            tax_id: tax_id::normalize(&req.company.country, &req.company.tax_id)
                .unwrap_or_else(|_| req.company.tax_id.trim().to_string()),
            po_number: req.company.po_number.trim().to_string(),
            cost_centre: req.company.cost_centre.trim().to_string(),
            contact_email: req.company.contact_email.trim().to_string(),
        };
        let shipping_address = address::normalized(&req.shipping_address);
        let destination = shipping_address.country.clone();
        let mut records = Vec::new();
        for group in &totals.groups {
            let choice = req
                .shipping
                .iter()
                .find(|s| s.supplier_id == group.supplier.id)
                .expect("validated: every supplier has a shipping choice");
            let mut order_lines = Vec::new();
            for l in &group.lines {
                let unit_price = l.unit_price.expect("validated: every line is priced");
                order_lines.push(OrderLine {
                    product_id: l.product_id,
                    name: l.name.clone(),
                    quantity: l.quantity,
                    unit: l.unit,
                    unit_price,
                    line_total: cart::line_total(l).expect("validated: totals fit"),
                });
            }
            let (ships_from, origin, lead) = fulfilment(catalog, &group.lines, &destination);
            let transit =
                landed::transit_days(choice.method, &origin, &destination).unwrap_or((30, 45));
            let crosses_customs = origin != destination
                && !(tax_id::is_eu_member(&origin) && tax_id::is_eu_member(&destination));
            self.last_order += 1;
            let order = Order {
                number: format!("TF-{year}-{:06}", self.last_order),
                checkout_id: checkout_id.clone(),
                supplier: group.supplier.clone(),
                lines: order_lines,
                goods_total: group
                    .subtotal
                    .ok_or_else(|| OrderError::Internal("supplier subtotal".into()))?,
                goods_total_display: group.subtotal_display,
                incoterm: choice.incoterm,
                method: choice.method,
                ships_from,
                status: OrderStatus::Placed,
                timeline: Vec::new(),
                tracking: None,
                escrow: if req.escrow {
                    EscrowStatus::AwaitingPayment
                } else {
                    EscrowStatus::NotUsed
                },
                payment: req.payment.clone(),
                po_number: company.po_number.clone(),
                company: company.clone(),
                shipping_address: shipping_address.clone(),
                placed_at: now.to_iso(),
            };
            let mut record = OrderRecord {
                order,
                placed: now,
                lead_time_days: lead,
                transit_days: transit,
                crosses_customs,
            };
            record.order = self.view(&record, now);
            records.push(record);
        }
        let confirmation = OrderConfirmation {
            checkout_id,
            orders: records.iter().map(|r| r.order.clone()).collect(),
        };
        self.orders.extend(records);
        self.idempotency.insert(
            key.to_string(),
            IdempotencyRecord {
                body_hash: hash,
                confirmation: confirmation.clone(),
                at: now,
            },
        );
        Ok(Placement {
            confirmation,
            replayed: false,
        })
    }

    /// The order of `record` as it stands at `now`.
    pub fn view(&self, record: &OrderRecord, now: Timestamp) -> Order {
        order_at(record, &self.pace, now)
    }

    /// Every order as it stands at `now`, newest first.
    pub fn orders(&self, now: Timestamp) -> Vec<Order> {
        self.orders
            .iter()
            .rev()
            .map(|r| self.view(r, now))
            .collect()
    }

    /// The orders of a checkout (`CO-...`), or the one order with that number (`TF-...`).
    pub fn order(&self, id: &str, now: Timestamp) -> Option<OrderConfirmation> {
        let by_checkout: Vec<Order> = self
            .orders
            .iter()
            .filter(|r| r.order.checkout_id == id)
            .map(|r| self.view(r, now))
            .collect();
        if !by_checkout.is_empty() {
            return Some(OrderConfirmation {
                checkout_id: id.to_string(),
                orders: by_checkout,
            });
        }
        let r = self.orders.iter().find(|r| r.order.number == id)?;
        Some(OrderConfirmation {
            checkout_id: r.order.checkout_id.clone(),
            orders: vec![self.view(r, now)],
        })
    }

    // -----------------------------------------------------------------------------------
    // RFQs and quotes
    // -----------------------------------------------------------------------------------

    /// Sends an RFQ: each asked supplier answers after its delay (see `quotes`).
    pub fn create_rfq(
        &mut self,
        catalog: &Catalog,
        req: &RfqRequest,
        now: Timestamp,
    ) -> Result<Rfq, OrderError> {
        let fields = validate_rfq(catalog, req, now.date());
        if !fields.is_empty() {
            return Err(OrderError::Validation(fields));
        }
        let product = catalog
            .product(req.product_id)
            .expect("validated: the product exists");
        self.last_rfq += 1;
        let id = format!("RFQ-{:06}", self.last_rfq);
        let mut replies = Vec::new();
        let mut asked: Vec<u32> = Vec::new();
        for &sid in &req.supplier_ids {
            if asked.contains(&sid) {
                continue;
            }
            asked.push(sid);
            let supplier = catalog.supplier(sid).expect("validated: suppliers exist");
            let reply = match quotes::quoted_product(catalog, product, sid) {
                Some(p) => {
                    let g = quotes::generate(&id, req, supplier, p, &catalog.rates, now);
                    ScheduledReply {
                        supplier_id: sid,
                        available_at: now.plus_secs(i64::from(g.available_after_secs)),
                        quote: Some(g.quote),
                    }
                }
                None => ScheduledReply {
                    supplier_id: sid,
                    available_at: now.plus_secs(3 + i64::from(sid % 10)),
                    quote: None,
                },
            };
            replies.push(reply);
        }
        let record = RfqRecord {
            id,
            request: req.clone(),
            product_name: product.name.resolve(&req.locale),
            created: now,
            replies,
        };
        let view = record.view(now);
        self.rfqs.push(record);
        Ok(view)
    }

    /// Every RFQ as it stands at `now`, newest first.
    pub fn rfq_list(&self, now: Timestamp) -> Vec<Rfq> {
        self.rfqs.iter().rev().map(|r| r.view(now)).collect()
    }

    pub fn rfq(&self, id: &str, now: Timestamp) -> Option<Rfq> {
        self.rfqs.iter().find(|r| r.id == id).map(|r| r.view(now))
    }

    /// The stored RFQ holding quote `quote_id`.
    pub fn rfq_record_of_quote(&self, quote_id: &str) -> Option<&RfqRecord> {
        self.rfqs.iter().find(|r| {
            r.replies
                .iter()
                .any(|x| x.quote.as_ref().is_some_and(|q| q.id == quote_id))
        })
    }

    /// Accepts a quote that has arrived and not expired; accepting again is harmless. The
    /// quote's price then applies to cart lines carrying its id (see [`quotes::cart_line`]).
    pub fn accept_quote(&mut self, quote_id: &str, now: Timestamp) -> Result<Quote, OrderError> {
        let reply = self
            .rfqs
            .iter_mut()
            .flat_map(|r| r.replies.iter_mut())
            .find(|r| r.quote.as_ref().is_some_and(|q| q.id == quote_id))
            .filter(|r| r.available_at <= now)
            .ok_or(OrderError::NotFound)?;
        let quote = reply.quote.as_mut().ok_or(OrderError::NotFound)?;
        if quotes::is_expired(quote, now.date()) {
            return Err(OrderError::QuoteExpired);
        }
        quote.accepted = true;
        Ok(quote.clone())
    }
}

/// Net weight of one unit in grams: 1 kg for goods sold by the kilogram, else the `weight`
/// spec (`850 g`, `1.2 kg`), else derived from the carton, else 500 g.
pub fn unit_weight_g(p: &ProductRecord) -> u32 {
    if p.unit == Unit::Kilogram {
        return 1_000;
    }
    let from_spec = p
        .specs
        .iter()
        .find(|s| s.key == "weight")
        .and_then(|s| parse_weight_g(&s.value));
    if let Some(g) = from_spec {
        return g;
    }
    if let Some(pk) = &p.packaging {
        if pk.units_per_carton > 0 {
            // The generator packs gross = net × 1.05 + 250 g of carton.
            let net = u64::from(pk.carton_gross_g.saturating_sub(250)) * 20 / 21;
            return (net / u64::from(pk.units_per_carton)).max(1) as u32;
        }
    }
    500
}

/// `"850 g"` → 850, `"1.2 kg"` → 1200, `"12 kg"` → 12000.
fn parse_weight_g(text: &str) -> Option<u32> {
    let text = text.trim();
    let (num, factor) = if let Some(n) = text.strip_suffix("kg") {
        (n.trim(), 1000)
    } else if let Some(n) = text.strip_suffix('g') {
        (n.trim(), 1)
    } else {
        return None;
    };
    // Integer arithmetic on the decimal digits: no float rounding surprises.
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 3
    {
        return None;
    }
    let scale = 10u64.pow(frac.len() as u32);
    let value = int.parse::<u64>().ok()? * scale
        + if frac.is_empty() {
            0
        } else {
            frac.parse::<u64>().ok()?
        };
    let grams = value * factor / scale;
    u32::try_from(grams).ok().filter(|g| *g > 0)
}

/// A priced cart line for product `p`.
fn priced_line(
    catalog: &Catalog,
    p: &ProductRecord,
    supplier: SupplierSummary,
    quantity: u32,
    quote: Option<&Quote>,
    req: &PriceCheckRequest,
) -> PricedLine {
    let quote = quote.filter(|q| quantity >= q.quantity);
    let (unit_price, source, lead) = match quote {
        Some(q) => (
            Some(q.unit_price),
            Some(PriceSource::Quote {
                quote_id: q.id.clone(),
                expires_on: q.expires_on.clone(),
            }),
            q.lead_time_days,
        ),
        _ => match TierTable(&p.tiers).tier_for(quantity) {
            Some(t) => (
                Some(Money::new(t.unit_minor, p.currency)),
                Some(PriceSource::Tier { min_qty: t.min_qty }),
                p.lead_time_days,
            ),
            None => (None, None, p.lead_time_days),
        },
    };
    let mut incoterms = p.incoterms.clone();
    if let Some(q) = quote {
        if !incoterms.contains(&q.incoterm) {
            incoterms.push(q.incoterm);
            incoterms.sort();
        }
    }
    PricedLine {
        product_id: p.id,
        quantity,
        name: p.name.resolve(&req.locale),
        category: p.category,
        image_hue: p.image_hue,
        ships_from: supplier.country.clone(),
        supplier,
        unit: p.unit,
        currency: p.currency,
        tiers: p.tiers.clone(),
        minimum_order: p.minimum_order,
        incoterms,
        lead_time_days: lead,
        unit_price,
        price_source: source,
        unit_price_display: unit_price.and_then(|u| catalog.rates.convert(u, req.currency).ok()),
        unit_weight_g: unit_weight_g(p),
        packaging: p.packaging.clone(),
    }
}

/// Where a supplier group ships from: an overseas warehouse in the destination country when
/// it holds every line's quantity (dispatch days instead of lead time), else the factory.
/// Returns (`ships_from`, origin country, days until ready).
fn fulfilment(catalog: &Catalog, lines: &[PricedLine], destination: &str) -> (String, String, u32) {
    let mut dispatch = 0;
    let from_warehouse = lines.iter().all(|l| {
        let quoted = matches!(l.price_source, Some(PriceSource::Quote { .. }));
        catalog.product(l.product_id).is_some_and(|p| {
            p.overseas_stock.iter().any(|s| {
                let ok = !quoted && s.country == destination && s.quantity >= l.quantity;
                if ok {
                    dispatch = dispatch.max(s.dispatch_days);
                }
                ok
            })
        })
    });
    if from_warehouse && !lines.is_empty() {
        return (
            format!("warehouse:{destination}"),
            destination.to_string(),
            dispatch,
        );
    }
    let origin = lines
        .first()
        .map(|l| l.ships_from.clone())
        .unwrap_or_default();
    let lead = lines.iter().map(|l| l.lead_time_days).max().unwrap_or(0);
    ("factory".to_string(), origin, lead)
}

/// `record`'s order at `now`: status, timeline, tracking and escrow follow the time since
/// placement.
fn order_at(record: &OrderRecord, pace: &Pace, now: Timestamp) -> Order {
    let mut order = record.order.clone();
    let elapsed = now.secs_since(record.placed);
    let placed_day = record.placed.date();
    let (lead, (tmin, tmax)) = (i64::from(record.lead_time_days), record.transit_days);
    // (status, seconds after placement in the demo, planned real-world date)
    let mut steps: Vec<(OrderStatus, i64, Date)> = vec![
        (OrderStatus::Placed, 0, placed_day),
        (
            OrderStatus::Confirmed,
            pace.confirmed,
            placed_day.plus_days(1),
        ),
        (
            OrderStatus::InProduction,
            pace.in_production,
            placed_day.plus_days(2.min(lead.max(1))),
        ),
        (
            OrderStatus::Shipped,
            pace.shipped,
            placed_day.plus_days(lead.max(1)),
        ),
    ];
    if record.crosses_customs {
        steps.push((
            OrderStatus::Customs,
            pace.customs,
            placed_day.plus_days(lead + i64::from(tmin.saturating_sub(2).max(1))),
        ));
    }
    steps.push((
        OrderStatus::Delivered,
        pace.delivered,
        placed_day.plus_days(lead + i64::from(tmax)),
    ));
    let mut status = OrderStatus::Placed;
    order.timeline = steps
        .iter()
        .map(|&(s, offset, planned)| {
            let reached = elapsed >= offset;
            if reached {
                status = s;
            }
            StatusEvent {
                status: s,
                at: reached.then(|| record.placed.plus_secs(offset).to_iso()),
                expected_on: (!reached).then(|| planned.to_iso()),
            }
        })
        .collect();
    order.status = status;
    let rank = |s: OrderStatus| OrderStatus::ALL.iter().position(|x| *x == s).unwrap_or(0);
    order.tracking = (rank(status) >= rank(OrderStatus::Shipped)).then(|| tracking(&order));
    let paid = match order.payment {
        PaymentMethod::Card { .. } => true,
        // Transfers, letters of credit and net terms: funds arrive by confirmation (demo).
        _ => rank(status) >= rank(OrderStatus::Confirmed),
    };
    // The stored order keeps `NotUsed` exactly when the buyer did not choose escrow.
    order.escrow = if record.order.escrow == EscrowStatus::NotUsed {
        EscrowStatus::NotUsed
    } else if status == OrderStatus::Delivered {
        EscrowStatus::Released
    } else if paid {
        EscrowStatus::Held
    } else {
        EscrowStatus::AwaitingPayment
    };
    order
}

/// A carrier and a tracking number, fixed by the order number.
fn tracking(order: &Order) -> Tracking {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in order.number.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let (carrier, number) = match order.method {
        ShippingMethod::Sea => ("Maersk", format!("MAEU{:09}", h % 1_000_000_000)),
        ShippingMethod::Rail => (
            "China Railway Express",
            format!("CRE{:08}", h % 100_000_000),
        ),
        ShippingMethod::Air => {
            // Air waybill: airline prefix, seven digits and their mod-7 check digit.
            let serial = h % 10_000_000;
            ("Cathay Cargo", format!("160-{serial:07}{}", serial % 7))
        }
        ShippingMethod::Express => ("DHL Express", format!("{:010}", h % 10_000_000_000)),
    };
    Tracking {
        carrier: carrier.to_string(),
        number,
    }
}

fn push(fields: &mut Vec<FieldError>, field: impl Into<String>, code: &str) {
    fields.push(FieldError {
        field: field.into(),
        code: code.to_string(),
    });
}

/// Required, not too long, no control characters.
fn check_text(fields: &mut Vec<FieldError>, field: &str, value: &str, max: usize, required: bool) {
    let v = value.trim();
    if v.is_empty() {
        if required {
            push(fields, field, "required");
        }
    } else if v.chars().count() > max {
        push(fields, field, "too_long");
    } else if v.chars().any(char::is_control) {
        push(fields, field, "invalid_format");
    }
}

fn valid_locale(l: &str) -> bool {
    !l.is_empty() && l.len() <= 35 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn valid_email(e: &str) -> bool {
    let e = e.trim();
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.chars().any(|c| c.is_whitespace() || c.is_control())
                && !domain.contains('@')
        }
        None => false,
    }
}

/// Every field error of an order request, given the current prices of its lines.
pub fn validate_order(req: &OrderRequest, check: &PriceCheck) -> Vec<FieldError> {
    let mut f = Vec::new();
    let c = &req.company;
    check_text(&mut f, "company.legal_name", &c.legal_name, 200, true);
    let country = c.country.trim();
    if country.is_empty() {
        push(&mut f, "company.country", "required");
    } else if country.len() != 2 || !country.chars().all(|x| x.is_ascii_alphabetic()) {
        push(&mut f, "company.country", "invalid_format");
    }
    if c.tax_id.chars().count() > 64 {
        push(&mut f, "company.tax_id", "too_long");
    } else if let Err(e) = tax_id::normalize(country, &c.tax_id) {
        push(&mut f, "company.tax_id", e.code());
    }
    check_text(&mut f, "company.po_number", &c.po_number, 64, true);
    check_text(&mut f, "company.cost_centre", &c.cost_centre, 64, false);
    let before = f.len();
    check_text(&mut f, "company.contact_email", &c.contact_email, 254, true);
    if f.len() == before && !c.contact_email.trim().is_empty() && !valid_email(&c.contact_email) {
        push(&mut f, "company.contact_email", "invalid_format");
    }
    f.extend(address::validate_at(
        "shipping_address",
        &req.shipping_address,
    ));
    if let Some(b) = &req.billing_address {
        f.extend(address::validate_at("billing_address", b));
    }
    if !valid_locale(&req.locale) {
        push(&mut f, "locale", "invalid_format");
    }
    if req.expected_total.currency != req.currency {
        push(&mut f, "expected_total", "invalid_format");
    }
    match &req.payment {
        PaymentMethod::Card { provider_ref } => {
            check_text(&mut f, "payment.provider_ref", provider_ref, 200, true)
        }
        PaymentMethod::LetterOfCredit { issuing_bank } => {
            check_text(&mut f, "payment.issuing_bank", issuing_bank, 200, true)
        }
        PaymentMethod::NetTerms { days } => {
            if ![15, 30, 45, 60, 90].contains(days) {
                push(&mut f, "payment.days", "invalid_format");
            }
        }
        PaymentMethod::BankTransfer => {}
    }

    // Lines: MOQ and multiples, unless a quote sets the price.
    if req.lines.is_empty() {
        push(&mut f, "lines", "required");
    } else if req.lines.len() > MAX_LINES {
        push(&mut f, "lines", "too_long");
    }
    // `check.lines` are the request's lines in order, minus the unavailable ones.
    let mut priced_lines = check.lines.iter().peekable();
    for (i, line) in req.lines.iter().enumerate() {
        let Some(priced) = priced_lines
            .next_if(|p| p.product_id == line.product_id && p.quantity == line.quantity)
        else {
            continue; // unavailable: reported as a price change
        };
        if matches!(priced.price_source, Some(PriceSource::Quote { .. })) {
            continue;
        }
        match priced.minimum_order.check(line.quantity) {
            QuantityCheck::Ok => {}
            QuantityCheck::BelowMinimum { .. } => {
                push(&mut f, format!("lines.{i}.quantity"), "below_moq")
            }
            QuantityCheck::NotMultiple { .. } => {
                push(&mut f, format!("lines.{i}.quantity"), "not_multiple")
            }
        }
    }

    // One shipping choice per supplier, with an Incoterm every line offers and a method
    // that serves the lane.
    let destination = req.shipping_address.country.trim().to_ascii_uppercase();
    let mut suppliers: Vec<u32> = Vec::new();
    for l in &check.lines {
        if !suppliers.contains(&l.supplier.id) {
            suppliers.push(l.supplier.id);
        }
    }
    for sid in suppliers {
        let lines: Vec<&PricedLine> = check
            .lines
            .iter()
            .filter(|l| l.supplier.id == sid)
            .collect();
        let Some(choice) = req.shipping.iter().find(|s| s.supplier_id == sid) else {
            push(&mut f, format!("shipping.{sid}"), "required");
            continue;
        };
        let offered = |t: Incoterm| lines.iter().all(|l| l.incoterms.contains(&t));
        if !offered(choice.incoterm) {
            push(&mut f, format!("shipping.{sid}.incoterm"), "not_offered");
        }
        let origin = &lines[0].ships_from;
        if destination.len() == 2
            && !landed::available_methods(origin, &destination).contains(&choice.method)
        {
            push(&mut f, format!("shipping.{sid}.method"), "not_offered");
        }
    }
    f
}

/// Every field error of an RFQ.
pub fn validate_rfq(catalog: &Catalog, req: &RfqRequest, today: Date) -> Vec<FieldError> {
    let mut f = Vec::new();
    if catalog.product(req.product_id).is_none() {
        push(&mut f, "product_id", "invalid_format");
    }
    if req.supplier_ids.is_empty() {
        push(&mut f, "supplier_ids", "required");
    } else if req.supplier_ids.len() > MAX_RFQ_SUPPLIERS {
        push(&mut f, "supplier_ids", "too_long");
    } else if req
        .supplier_ids
        .iter()
        .any(|s| catalog.supplier(*s).is_none())
    {
        push(&mut f, "supplier_ids", "invalid_format");
    }
    if req.quantity == 0 {
        push(&mut f, "quantity", "required");
    } else if req.quantity > cart::MAX_LINE_QUANTITY {
        push(&mut f, "quantity", "invalid_format");
    }
    if let Some(t) = req.target_price {
        if t.minor <= 0 {
            push(&mut f, "target_price", "invalid_format");
        }
    }
    let dest = req.destination_country.trim();
    if dest.is_empty() {
        push(&mut f, "destination_country", "required");
    } else if dest.len() != 2 || !dest.chars().all(|c| c.is_ascii_alphabetic()) {
        push(&mut f, "destination_country", "invalid_format");
    }
    match Date::parse_iso(req.needed_by.trim()) {
        _ if req.needed_by.trim().is_empty() => push(&mut f, "needed_by", "required"),
        Some(d) if d >= today => {}
        _ => push(&mut f, "needed_by", "invalid_format"),
    }
    check_text(&mut f, "message", &req.message, 2_000, false);
    if req.attachment_names.len() > 10 {
        push(&mut f, "attachment_names", "too_long");
    }
    for (i, name) in req.attachment_names.iter().enumerate() {
        check_text(&mut f, &format!("attachment_names.{i}"), name, 200, true);
    }
    if !valid_locale(&req.locale) {
        push(&mut f, "locale", "invalid_format");
    }
    f
}

#[cfg(test)]
mod tests;
