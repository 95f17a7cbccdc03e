//! Requests the buying tests send: a German buyer ordering from two Chinese suppliers.
#![allow(dead_code)] // each test binary uses its own part

use tradefair_core::cart;
use tradefair_core::money::{Currency, Money};
use tradefair_core::orders::OrderBook;
use tradefair_core::pricing::{MinimumOrder, QuantityCheck};
use tradefair_core::seed::{Catalog, ProductRecord};
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{
    Address, CartLineRef, CompanyDetails, OrderRequest, PaymentMethod, PriceCheckRequest,
    RfqRequest, ShippingMethod, SupplierShipping,
};
use tradefair_core::wire::Incoterm;

/// The tests' "now".
pub fn t0() -> Timestamp {
    Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap()
}

/// The smallest quantity that meets the MOQ and the multiple.
pub fn valid_qty(m: MinimumOrder) -> u32 {
    match m.check(m.moq) {
        QuantityCheck::Ok => m.moq,
        QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
    }
}

/// Two products of different Chinese suppliers that both offer FOB.
pub fn two_products(c: &Catalog) -> (&ProductRecord, &ProductRecord) {
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

pub fn hamburg() -> Address {
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

/// A valid order of both products at the smallest valid quantities, with the right total.
pub fn order_request(c: &Catalog) -> OrderRequest {
    let (a, b) = two_products(c);
    let mut req = OrderRequest {
        lines: vec![
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
        ],
        locale: "de".into(),
        currency: Currency::Eur,
        company: CompanyDetails {
            legal_name: "Nordlicht Handels GmbH".into(),
            country: "DE".into(),
            tax_id: "DE 136 695 976".into(),
            po_number: "PO-2026-0042".into(),
            cost_centre: String::new(),
            contact_email: "einkauf@nordlicht.example".into(),
        },
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
                method: ShippingMethod::Express,
            },
        ],
        payment: PaymentMethod::BankTransfer,
        escrow: true,
        expected_total: Money::new(0, Currency::Eur),
    };
    req.expected_total = expected_total(c, &OrderBook::new(), &req, t0());
    req
}

/// The total the buyer sees for `req`'s lines, computed like the cart does.
pub fn expected_total(c: &Catalog, book: &OrderBook, req: &OrderRequest, now: Timestamp) -> Money {
    let check = book.price_check(
        c,
        &PriceCheckRequest {
            lines: req.lines.clone(),
            locale: req.locale.clone(),
            currency: req.currency,
        },
        now,
    );
    cart::totals(&check.lines, &c.rates, req.currency)
        .unwrap()
        .total_display
}

pub fn rfq_request(p: &ProductRecord, suppliers: Vec<u32>) -> RfqRequest {
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
