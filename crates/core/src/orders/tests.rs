use super::*;
use crate::money::Currency;
use crate::pricing::MinimumOrder;
use crate::trade::{Address, CartLineRef, CompanyDetails, SupplierShipping};
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| Catalog::generate(5, 900, 40))
}

fn t0() -> Timestamp {
    Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap()
}

const KEY: &str = "ck-0f3a2b1c-7d6e-4f50-9a8b-1c2d3e4f5a6b";

/// The smallest valid quantity of a product.
fn valid_qty(m: MinimumOrder) -> u32 {
    match m.check(m.moq) {
        QuantityCheck::Ok => m.moq,
        QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
    }
}

/// Two products of different Chinese suppliers that both offer FOB.
fn two_products() -> (&'static ProductRecord, &'static ProductRecord) {
    let c = catalog();
    let fob = |p: &&ProductRecord| {
        p.incoterms.contains(&Incoterm::Fob) && c.supplier(p.supplier_id).unwrap().country == "CN"
    };
    let a = c.products.iter().find(fob).unwrap();
    let b = c
        .products
        .iter()
        .filter(fob)
        .find(|p| p.supplier_id != a.supplier_id)
        .unwrap();
    (a, b)
}

fn company() -> CompanyDetails {
    CompanyDetails {
        legal_name: "Nordlicht Handels GmbH".into(),
        country: "DE".into(),
        tax_id: "DE 136 695 976".into(),
        po_number: "PO-2026-0042".into(),
        cost_centre: "4711".into(),
        contact_email: "einkauf@nordlicht.example".into(),
    }
}

fn hamburg() -> Address {
    Address {
        country: "DE".into(),
        recipient: "Nordlicht Handels GmbH, Wareneingang".into(),
        line1: "Am Sandtorkai 12".into(),
        line2: String::new(),
        city: "Hamburg".into(),
        region: String::new(),
        postal_code: "20457".into(),
        phone: "+49 40 1234567".into(),
    }
}

fn request(book: &OrderBook) -> OrderRequest {
    let (a, b) = two_products();
    let lines = vec![
        CartLineRef {
            product_id: a.id,
            quantity: valid_qty(a.minimum_order),
            quote_id: None,
        },
        CartLineRef {
            product_id: b.id,
            quantity: valid_qty(b.minimum_order),
            quote_id: None,
        },
    ];
    let mut req = OrderRequest {
        lines,
        locale: "de".into(),
        currency: Currency::Eur,
        company: company(),
        shipping_address: hamburg(),
        billing_address: None,
        shipping: vec![
            SupplierShipping {
                supplier_id: a.supplier_id,
                incoterm: Incoterm::Fob,
                method: ShippingMethod::Sea,
            },
            SupplierShipping {
                supplier_id: b.supplier_id,
                incoterm: Incoterm::Fob,
                method: ShippingMethod::Air,
            },
        ],
        payment: PaymentMethod::BankTransfer,
        escrow: true,
        expected_total: Money::new(0, Currency::Eur),
    };
    req.expected_total = expected_total(book, &req);
    req
}

fn expected_total(book: &OrderBook, req: &OrderRequest) -> Money {
    let check = book.price_check(
        catalog(),
        &PriceCheckRequest {
            lines: req.lines.clone(),
            locale: req.locale.clone(),
            currency: req.currency,
        },
        t0(),
    );
    cart::totals(&check.lines, &catalog().rates, req.currency)
        .unwrap()
        .total_display
}

fn fields(err: OrderError) -> Vec<(String, String)> {
    match err {
        OrderError::Validation(f) => f.into_iter().map(|e| (e.field, e.code)).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn an_order_becomes_one_order_per_supplier() {
    let mut book = OrderBook::new();
    let req = request(&book);
    let c = book.place(catalog(), KEY, &req, t0()).unwrap();
    assert_eq!(c.checkout_id, "CO-000001");
    assert_eq!(c.orders.len(), 2);
    assert_eq!(c.orders[0].number, "TF-2026-000001");
    assert_eq!(c.orders[1].number, "TF-2026-000002");
    let (a, b) = two_products();
    assert_eq!(c.orders[0].supplier.id, a.supplier_id);
    assert_eq!(c.orders[1].supplier.id, b.supplier_id);
    assert_eq!(c.orders[1].method, ShippingMethod::Air);
    let sum: i64 = c.orders.iter().map(|o| o.goods_total_display.minor).sum();
    assert_eq!(sum, req.expected_total.minor);
    let o = &c.orders[0];
    assert_eq!(o.status, OrderStatus::Placed);
    assert_eq!(o.placed_at, "2026-11-23T08:00:00Z");
    assert_eq!(o.timeline[0].at.as_deref(), Some("2026-11-23T08:00:00Z"));
    assert!(o.timeline[1..]
        .iter()
        .all(|e| e.at.is_none() && e.expected_on.is_some()));
    assert_eq!(o.company.tax_id, "DE136695976", "normalised");
    assert_eq!(o.po_number, "PO-2026-0042");
    assert_eq!(o.escrow, EscrowStatus::AwaitingPayment);
    assert_eq!(
        o.lines[0].line_total.minor,
        o.lines[0].unit_price.minor * i64::from(o.lines[0].quantity)
    );
    assert_eq!(book.orders(t0()).len(), 2);
    // Looked up by checkout id (both) or by number (one).
    assert_eq!(book.order("CO-000001", t0()).unwrap().orders.len(), 2);
    let one = book.order("TF-2026-000002", t0()).unwrap();
    assert_eq!(
        (one.checkout_id.as_str(), one.orders.len()),
        ("CO-000001", 1)
    );
    assert_eq!(book.order("TF-2026-999999", t0()), None);
}

#[test]
fn the_same_key_and_body_returns_the_same_confirmation() {
    let mut book = OrderBook::new();
    let req = request(&book);
    let first = book.place_detailed(catalog(), KEY, &req, t0()).unwrap();
    assert!(!first.replayed);
    // A double click, a retry after a timeout, a reload an hour later.
    for later in [0, 1, 3_600] {
        let again = book
            .place_detailed(catalog(), KEY, &req, t0().plus_secs(later))
            .unwrap();
        assert!(again.replayed);
        assert_eq!(again.confirmation, first.confirmation);
    }
    assert_eq!(book.orders.len(), 2, "no second order");
    assert_eq!(book.last_order, 2);
    // A new checkout (new key) is a new order.
    let other = book
        .place(catalog(), "ck-second-checkout-0001", &req, t0())
        .unwrap();
    assert_eq!(other.checkout_id, "CO-000002");
    assert_eq!(other.orders[0].number, "TF-2026-000003");
}

#[test]
fn the_same_key_with_another_body_is_refused() {
    let mut book = OrderBook::new();
    let req = request(&book);
    book.place(catalog(), KEY, &req, t0()).unwrap();
    let mut changed = req.clone();
    changed.company.po_number = "PO-2026-0043".into();
    assert_eq!(
        book.place(catalog(), KEY, &changed, t0()),
        Err(OrderError::IdempotencyMismatch)
    );
    assert_eq!(book.orders.len(), 2);
    assert_eq!(
        book.place(catalog(), "short", &req, t0()),
        Err(OrderError::InvalidKey)
    );
    assert_eq!(
        book.place(catalog(), "has space in it", &req, t0()),
        Err(OrderError::InvalidKey)
    );
    assert!(valid_idempotency_key(
        "5f0c6a1e-0b8e-4bb4-9d0c-1f6f2a7b8c9d"
    ));
    assert!(!valid_idempotency_key(&"a".repeat(129)));
    // The hash is of the canonical body: equal requests hash equal.
    assert_eq!(request_hash(&req), request_hash(&req.clone()));
    assert_ne!(request_hash(&req), request_hash(&changed));
}

#[test]
fn invalid_requests_list_their_fields_and_store_nothing() {
    let mut book = OrderBook::new();
    let good = request(&book);
    let mut bad = good.clone();
    bad.company.legal_name = "  ".into();
    bad.company.tax_id = "DE136695977".into();
    bad.company.po_number = String::new();
    bad.company.contact_email = "einkauf@".into();
    bad.shipping_address.postal_code = "2045".into();
    bad.billing_address = Some(Address::default());
    bad.shipping.remove(1);
    bad.shipping[0].incoterm = Incoterm::Ddp;
    bad.payment = PaymentMethod::NetTerms { days: 7 };
    let (a, b) = two_products();
    let below = a.minimum_order.moq.saturating_sub(1);
    if below > 0 {
        bad.lines[0].quantity = below;
        bad.expected_total = expected_total(&book, &bad);
    }
    let f = fields(book.place(catalog(), KEY, &bad, t0()).unwrap_err());
    let has = |field: &str, code: &str| f.iter().any(|(x, y)| x == field && y == code);
    assert!(has("company.legal_name", "required"), "{f:?}");
    assert!(has("company.tax_id", "invalid_format"));
    assert!(has("company.po_number", "required"));
    assert!(has("company.contact_email", "invalid_format"));
    assert!(has("shipping_address.postal_code", "invalid_format"));
    assert!(has("billing_address.country", "required"));
    assert!(has("billing_address.recipient", "required"));
    assert!(has(&format!("shipping.{}", b.supplier_id), "required"));
    assert!(has("payment.days", "invalid_format"));
    if !a.incoterms.contains(&Incoterm::Ddp) {
        assert!(has(
            &format!("shipping.{}.incoterm", a.supplier_id),
            "not_offered"
        ));
    }
    if below > 0 {
        assert!(has("lines.0.quantity", "below_moq"));
    }
    assert!(book.orders.is_empty() && book.idempotency.is_empty());
    // Corrected, the same key goes through: failures do not burn the key.
    assert!(book.place(catalog(), KEY, &good, t0()).is_ok());
}

#[test]
fn multiples_empty_carts_and_rail_lanes_are_checked() {
    let book = OrderBook::new();
    let c = catalog();
    let p = c
        .products
        .iter()
        .find(|p| p.minimum_order.multiple > 1 && p.incoterms.contains(&Incoterm::Fob))
        .unwrap();
    let mut req = request(&book);
    req.lines = vec![CartLineRef {
        product_id: p.id,
        quantity: valid_qty(p.minimum_order) + 1,
        quote_id: None,
    }];
    req.shipping = vec![SupplierShipping {
        supplier_id: p.supplier_id,
        incoterm: Incoterm::Fob,
        method: ShippingMethod::Rail,
    }];
    req.shipping_address.country = "US".into();
    req.shipping_address.region = "NY".into();
    req.shipping_address.postal_code = "10001".into();
    req.expected_total = expected_total(&book, &req);
    let f = fields(book.clone().place(c, KEY, &req, t0()).unwrap_err());
    assert!(
        f.contains(&("lines.0.quantity".into(), "not_multiple".into())),
        "{f:?}"
    );
    assert!(f.contains(&(
        format!("shipping.{}.method", p.supplier_id),
        "not_offered".into()
    )));
    req.lines.clear();
    let f = fields(book.clone().place(c, KEY, &req, t0()).unwrap_err());
    assert!(f.contains(&("lines".into(), "required".into())));
}

#[test]
fn a_changed_total_is_a_price_change_not_an_order() {
    let mut book = OrderBook::new();
    let mut req = request(&book);
    req.expected_total.minor -= 1;
    match book.place(catalog(), KEY, &req, t0()) {
        Err(OrderError::PriceChanged { check }) => {
            assert_eq!(check.lines.len(), 2);
            assert!(check.unavailable.is_empty());
            assert_eq!(check.checked_at, "2026-11-23T08:00:00Z");
        }
        other => panic!("expected a price change, got {other:?}"),
    }
    // A product that no longer exists is a change too.
    let mut gone = request(&book);
    gone.lines.push(CartLineRef {
        product_id: 999_999,
        quantity: 1,
        quote_id: None,
    });
    match book.place(catalog(), KEY, &gone, t0()) {
        Err(OrderError::PriceChanged { check }) => {
            assert_eq!(check.unavailable[0].reason, "not_found");
        }
        other => panic!("expected a price change, got {other:?}"),
    }
    assert!(book.orders.is_empty() && book.idempotency.is_empty());
}

#[test]
fn status_escrow_and_tracking_follow_the_clock() {
    let mut book = OrderBook::new();
    let mut req = request(&book);
    req.payment = PaymentMethod::Card {
        provider_ref: "pi_3Nq2demo".into(),
    };
    let c = book.place(catalog(), KEY, &req, t0()).unwrap();
    let number = c.orders[0].number.clone();
    let at = |secs: i64| book.order(&number, t0().plus_secs(secs)).unwrap().orders[0].clone();
    let o = at(0);
    assert_eq!(
        (o.status, o.escrow),
        (OrderStatus::Placed, EscrowStatus::Held),
        "card: paid at once"
    );
    assert_eq!(o.tracking, None);
    assert_eq!(at(59).status, OrderStatus::Placed);
    assert_eq!(at(60).status, OrderStatus::Confirmed);
    assert_eq!(at(300).status, OrderStatus::InProduction);
    let shipped = at(900);
    assert_eq!(shipped.status, OrderStatus::Shipped);
    let tracking = shipped.tracking.clone().unwrap();
    assert_eq!(tracking.carrier, "Maersk");
    assert!(tracking.number.starts_with("MAEU"));
    assert_eq!(
        at(1_800).status,
        OrderStatus::Customs,
        "China to Germany clears customs"
    );
    let delivered = at(3_600);
    assert_eq!(delivered.status, OrderStatus::Delivered);
    assert_eq!(delivered.escrow, EscrowStatus::Released);
    assert_eq!(delivered.tracking, shipped.tracking, "tracking is stable");
    assert!(delivered
        .timeline
        .iter()
        .all(|e| e.at.is_some() && e.expected_on.is_none()));
    assert_eq!(
        delivered.timeline[2].at.as_deref(),
        Some("2026-11-23T08:05:00Z")
    );
    // Bank transfer with escrow: awaiting payment until confirmed.
    let mut book = OrderBook::new();
    let req = request(&book);
    book.place(catalog(), KEY, &req, t0()).unwrap();
    let o = |secs| book.orders(t0().plus_secs(secs)).pop().unwrap();
    assert_eq!(o(0).escrow, EscrowStatus::AwaitingPayment);
    assert_eq!(o(60).escrow, EscrowStatus::Held);
}

#[test]
fn orders_without_a_customs_border_skip_the_customs_step() {
    let c = catalog();
    let mut book = OrderBook::new();
    // A German supplier's product delivered to Hamburg.
    let p = c
        .products
        .iter()
        .find(|p| c.supplier(p.supplier_id).unwrap().country == "DE" && p.overseas_stock.is_empty())
        .unwrap();
    let mut req = request(&book);
    req.lines = vec![CartLineRef {
        product_id: p.id,
        quantity: valid_qty(p.minimum_order),
        quote_id: None,
    }];
    req.shipping = vec![SupplierShipping {
        supplier_id: p.supplier_id,
        incoterm: p.incoterms[0],
        method: ShippingMethod::Express,
    }];
    req.escrow = false;
    req.expected_total = expected_total(&book, &req);
    let o = book.place(c, KEY, &req, t0()).unwrap().orders.remove(0);
    assert!(o.timeline.iter().all(|e| e.status != OrderStatus::Customs));
    assert_eq!(o.ships_from, "factory");
    assert_eq!(o.escrow, EscrowStatus::NotUsed);
    let later = book.orders(t0().plus_secs(1_800)).remove(0);
    assert_eq!(later.status, OrderStatus::Shipped);
    assert_eq!(later.escrow, EscrowStatus::NotUsed);
}

#[test]
fn goods_in_a_warehouse_in_the_destination_ship_from_there() {
    let c = catalog();
    let p = c
        .products
        .iter()
        .find(|p| {
            p.overseas_stock
                .iter()
                .any(|s| s.country == "DE" && s.quantity >= valid_qty(p.minimum_order))
        })
        .expect("the generated catalog has German warehouse stock");
    let mut book = OrderBook::new();
    let mut req = request(&book);
    req.lines = vec![CartLineRef {
        product_id: p.id,
        quantity: valid_qty(p.minimum_order),
        quote_id: None,
    }];
    req.shipping = vec![SupplierShipping {
        supplier_id: p.supplier_id,
        incoterm: p.incoterms[0],
        method: ShippingMethod::Express,
    }];
    req.expected_total = expected_total(&book, &req);
    let o = book.place(c, KEY, &req, t0()).unwrap().orders.remove(0);
    assert_eq!(o.ships_from, "warehouse:DE");
    assert!(o.timeline.iter().all(|e| e.status != OrderStatus::Customs));
}

fn rfq_request(p: &ProductRecord, suppliers: Vec<u32>) -> RfqRequest {
    RfqRequest {
        product_id: p.id,
        supplier_ids: suppliers,
        quantity: valid_qty(p.minimum_order) * 2,
        target_price: None,
        destination_country: "DE".into(),
        incoterm: Incoterm::Fob,
        needed_by: "2027-02-01".into(),
        message: "Bitte mit CE-Zertifikat.".into(),
        attachment_names: vec!["spec-sheet.pdf".into()],
        locale: "de".into(),
    }
}

#[test]
fn quotes_arrive_after_their_delay_and_accepting_one_prices_the_cart() {
    let c = catalog();
    let (a, _) = two_products();
    let other = c
        .suppliers
        .iter()
        .find(|s| {
            s.id != a.supplier_id && c.supplier_products(s.id).any(|x| x.category == a.category)
        })
        .unwrap();
    let mut book = OrderBook::new();
    let rfq = book
        .create_rfq(
            c,
            &rfq_request(a, vec![a.supplier_id, other.id, a.supplier_id]),
            t0(),
        )
        .unwrap();
    assert_eq!(rfq.id, "RFQ-000001");
    assert!(rfq.quotes.is_empty());
    assert_eq!(
        rfq.pending_supplier_ids,
        vec![a.supplier_id, other.id],
        "asked once each"
    );
    assert_eq!(rfq.product_name.lang, "de");
    // Nothing before 3 s; everything by 12 s.
    assert!(book
        .rfq(&rfq.id, t0().plus_secs(2))
        .unwrap()
        .quotes
        .is_empty());
    let done = book.rfq(&rfq.id, t0().plus_secs(12)).unwrap();
    assert_eq!(done.quotes.len(), 2);
    assert!(done.pending_supplier_ids.is_empty());
    assert_eq!(book.rfq_list(t0()).len(), 1);

    let quote = done
        .quotes
        .iter()
        .find(|q| q.supplier.id == a.supplier_id)
        .unwrap()
        .clone();
    // Not accepted yet: the quote id on a cart line is unknown.
    let line = quotes::cart_line(&quote);
    let check_req = PriceCheckRequest {
        lines: vec![line.clone()],
        locale: "de".into(),
        currency: Currency::Eur,
    };
    let check = book.price_check(c, &check_req, t0().plus_secs(20));
    assert_eq!(check.unavailable[0].reason, "quote_unknown");

    let accepted = book.accept_quote(&quote.id, t0().plus_secs(20)).unwrap();
    assert!(accepted.accepted);
    let check = book.price_check(c, &check_req, t0().plus_secs(20));
    let priced = &check.lines[0];
    assert_eq!(priced.unit_price, Some(quote.unit_price));
    assert_eq!(
        priced.price_source,
        Some(PriceSource::Quote {
            quote_id: quote.id.clone(),
            expires_on: quote.expires_on.clone()
        })
    );
    assert_eq!(priced.lead_time_days, quote.lead_time_days);
    // Below the quoted quantity the tiers apply again.
    let mut fewer = check_req.clone();
    fewer.lines[0].quantity = quote.quantity - 1;
    let tier = book.price_check(c, &fewer, t0().plus_secs(20));
    assert!(matches!(
        tier.lines[0].price_source,
        Some(PriceSource::Tier { .. })
    ));

    // An order at the quoted price goes through.
    let mut req = request(&book);
    req.lines = vec![line];
    req.shipping = vec![SupplierShipping {
        supplier_id: a.supplier_id,
        incoterm: quote.incoterm,
        method: ShippingMethod::Sea,
    }];
    req.expected_total = cart::totals(&check.lines, &c.rates, Currency::Eur)
        .unwrap()
        .total_display;
    let o = book.place(c, KEY, &req, t0().plus_secs(30)).unwrap();
    assert_eq!(o.orders[0].lines[0].unit_price, quote.unit_price);

    // After expiry the quote no longer prices anything and cannot be accepted.
    let expiry = Date::parse_iso(&quote.expires_on).unwrap();
    let after = expiry.plus_days(1).start();
    let check = book.price_check(c, &check_req, after);
    assert_eq!(check.unavailable[0].reason, "quote_expired");
    assert_eq!(
        book.accept_quote(&quote.id, after),
        Err(OrderError::QuoteExpired)
    );
}

#[test]
fn quotes_cannot_be_accepted_before_they_arrive() {
    let c = catalog();
    let (a, _) = two_products();
    let mut book = OrderBook::new();
    let rfq = book
        .create_rfq(c, &rfq_request(a, vec![a.supplier_id]), t0())
        .unwrap();
    let id = quotes::quote_id(&rfq.id, a.supplier_id);
    assert_eq!(
        book.accept_quote(&id, t0().plus_secs(2)),
        Err(OrderError::NotFound)
    );
    assert!(book.accept_quote(&id, t0().plus_secs(12)).is_ok());
    assert_eq!(
        book.accept_quote("RFQ-000009-S1", t0()),
        Err(OrderError::NotFound)
    );
    assert_eq!(
        book.rfq_record_of_quote(&id).map(|r| r.id.as_str()),
        Some("RFQ-000001")
    );
}

#[test]
fn rfq_requests_are_validated() {
    let c = catalog();
    let (a, _) = two_products();
    let mut book = OrderBook::new();
    let mut req = rfq_request(a, vec![]);
    req.quantity = 0;
    req.destination_country = "Germany".into();
    req.needed_by = "2026-11-22".into();
    req.target_price = Some(Money::new(-5, Currency::Usd));
    req.attachment_names = vec![String::new()];
    let f = fields(book.create_rfq(c, &req, t0()).unwrap_err());
    for (field, code) in [
        ("supplier_ids", "required"),
        ("quantity", "required"),
        ("destination_country", "invalid_format"),
        ("needed_by", "invalid_format"),
        ("target_price", "invalid_format"),
        ("attachment_names.0", "required"),
    ] {
        assert!(
            f.contains(&(field.to_string(), code.to_string())),
            "{field} {code}: {f:?}"
        );
    }
    req = rfq_request(a, vec![999_999]);
    let f = fields(book.create_rfq(c, &req, t0()).unwrap_err());
    assert_eq!(
        f,
        vec![("supplier_ids".to_string(), "invalid_format".to_string())]
    );
    assert!(book.rfqs.is_empty());
}

#[test]
fn the_book_round_trips_through_json() {
    let c = catalog();
    let mut book = OrderBook::new();
    let req = request(&book);
    book.place(c, KEY, &req, t0()).unwrap();
    let (a, _) = two_products();
    book.create_rfq(c, &rfq_request(a, vec![a.supplier_id]), t0())
        .unwrap();
    let text = serde_json::to_string(&book).unwrap();
    let back: OrderBook = serde_json::from_str(&text).unwrap();
    assert_eq!(back, book);
    // Replays work on the restored book (a reload, a server restart).
    let mut back = back;
    let again = back
        .place_detailed(c, KEY, &req, t0().plus_secs(5))
        .unwrap();
    assert!(again.replayed);
}

#[test]
fn unit_weights_come_from_specs_or_cartons() {
    assert_eq!(parse_weight_g("850 g"), Some(850));
    assert_eq!(parse_weight_g("1.2 kg"), Some(1_200));
    assert_eq!(parse_weight_g("12 kg"), Some(12_000));
    assert_eq!(parse_weight_g("2.5kg"), Some(2_500));
    assert_eq!(parse_weight_g("heavy"), None);
    assert_eq!(parse_weight_g("0 g"), None);
    for p in &catalog().products {
        let g = unit_weight_g(p);
        // Machines weigh up to a dozen tonnes.
        assert!(g > 0 && g <= 50_000_000, "product {} weighs {g} g", p.id);
    }
}
