//! Orders as CSV (RFC 4180) for the buyer's spreadsheet or ERP import.
//!
//! One row per ordered line, with the order's facts repeated on each row so a filter or a
//! pivot table works without lookups. The text is UTF-8 with a byte-order mark (spreadsheet
//! programs otherwise read it in a legacy code page and garble non-Latin names), rows end in
//! CRLF, and a field is quoted when it holds a comma, a quote, a line break or surrounding
//! spaces (quotes doubled). Amounts are plain decimal strings with a `.` separator and the
//! currency in its own column, so any locale's spreadsheet can sum them.
//!
//! Text in an order comes from a backend and is untrusted: a field starting with `=`, `+`,
//! `-`, `@`, a tab or a carriage return would run as a formula when the file is opened, so
//! it is prefixed with `'` (OWASP's advice for CSV injection).

use crate::trade::{EscrowStatus, Order, OrderStatus};

/// The byte-order mark the file starts with.
pub const BOM: char = '\u{feff}';

/// Column headings, in the buyer's language (the caller translates them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvHeadings {
    pub order_number: String,
    pub checkout_id: String,
    pub placed_at: String,
    pub supplier: String,
    pub status: String,
    pub product_id: String,
    pub product: String,
    pub quantity: String,
    pub unit: String,
    pub unit_price: String,
    pub line_total: String,
    pub currency: String,
    pub incoterm: String,
    pub ships_from: String,
    pub po_number: String,
    pub escrow: String,
    pub tracking: String,
}

impl CsvHeadings {
    fn row(&self) -> [&str; 17] {
        [
            &self.order_number,
            &self.checkout_id,
            &self.placed_at,
            &self.supplier,
            &self.status,
            &self.product_id,
            &self.product,
            &self.quantity,
            &self.unit,
            &self.unit_price,
            &self.line_total,
            &self.currency,
            &self.incoterm,
            &self.ships_from,
            &self.po_number,
            &self.escrow,
            &self.tracking,
        ]
    }
}

/// Translations of the coded values (status, escrow) the caller wants in words.
pub struct CsvWords<'a> {
    pub status: &'a dyn Fn(OrderStatus) -> String,
    pub escrow: &'a dyn Fn(EscrowStatus) -> String,
}

/// One field, quoted and defused as needed.
pub fn field(value: &str) -> String {
    let defused = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    let needs_quotes = defused.contains([',', '"', '\n', '\r'])
        || defused.starts_with(' ')
        || defused.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// One CSV record (without its line ending).
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

/// The file for `orders`: a BOM, the headings, then one row per ordered line.
pub fn orders_csv(orders: &[Order], headings: &CsvHeadings, words: &CsvWords<'_>) -> String {
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&record(&headings.row()));
    out.push_str("\r\n");
    for order in orders {
        let tracking = order
            .tracking
            .as_ref()
            .map(|t| format!("{} {}", t.carrier, t.number))
            .unwrap_or_default();
        for line in &order.lines {
            let row = [
                order.number.clone(),
                order.checkout_id.clone(),
                order.placed_at.clone(),
                order.supplier.name.clone(),
                (words.status)(order.status),
                line.product_id.to_string(),
                line.name.text.clone(),
                line.quantity.to_string(),
                line.unit.slug().to_string(),
                line.unit_price.to_decimal_string(),
                line.line_total.to_decimal_string(),
                line.unit_price.currency.code().to_string(),
                order.incoterm.code().to_string(),
                order.ships_from.clone(),
                order.po_number.clone(),
                (words.escrow)(order.escrow),
                tracking.clone(),
            ];
            out.push_str(&record(&row));
            out.push_str("\r\n");
        }
    }
    out
}

/// The file name for a download of order or checkout `id`: safe on every file system.
pub fn file_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    format!("tradefair-{safe}.csv")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{Currency, Money};
    use crate::trade::{
        Address, CompanyDetails, OrderLine, PaymentMethod, ShippingMethod, StatusEvent, Tracking,
    };
    use crate::wire::{Category, Incoterm, LocalizedText, SupplierSummary, Unit};

    /// A minimal RFC 4180 reader, to check that what we write reads back unchanged.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix(BOM).expect("starts with a BOM");
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cur.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cur)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CRLF line endings");
                    row.push(std::mem::take(&mut cur));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cur.push(c),
            }
        }
        assert!(
            cur.is_empty() && row.is_empty(),
            "file ends with a line ending"
        );
        rows
    }

    fn headings() -> CsvHeadings {
        let h = |s: &str| s.to_string();
        CsvHeadings {
            order_number: h("Order"),
            checkout_id: h("Checkout"),
            placed_at: h("Placed"),
            supplier: h("Supplier"),
            status: h("Status"),
            product_id: h("Product ID"),
            product: h("Product"),
            quantity: h("Quantity"),
            unit: h("Unit"),
            unit_price: h("Unit price"),
            line_total: h("Line total"),
            currency: h("Currency"),
            incoterm: h("Incoterm"),
            ships_from: h("Ships from"),
            po_number: h("PO number"),
            escrow: h("Escrow"),
            tracking: h("Tracking"),
        }
    }

    fn order(name: &str, supplier: &str, po: &str) -> Order {
        let line = |id: u32, qty: u32, minor: i64| OrderLine {
            product_id: id,
            name: LocalizedText {
                text: name.into(),
                lang: "en".into(),
            },
            quantity: qty,
            unit: Unit::Piece,
            unit_price: Money::new(minor, Currency::Eur),
            line_total: Money::new(minor * i64::from(qty), Currency::Eur),
        };
        Order {
            number: "TF-2026-000042".into(),
            checkout_id: "CO-000007".into(),
            supplier: SupplierSummary {
                id: 3,
                name: supplier.into(),
                country: "CN".into(),
                city: "Ningbo".into(),
                verified: true,
                years_in_business: 9,
                response_rate_pct: 97,
                response_time_h: 4,
                main_category: Category::Lighting,
            },
            lines: vec![line(17, 500, 125), line(18, 2, 100_000)],
            goods_total: Money::new(262_500, Currency::Eur),
            goods_total_display: Money::new(262_500, Currency::Eur),
            incoterm: Incoterm::Fob,
            method: ShippingMethod::Sea,
            ships_from: "warehouse:DE".into(),
            status: OrderStatus::Shipped,
            timeline: vec![StatusEvent {
                status: OrderStatus::Placed,
                at: Some("2026-11-23T08:00:00Z".into()),
                expected_on: None,
            }],
            tracking: Some(Tracking {
                carrier: "Maersk".into(),
                number: "MAEU1234567".into(),
            }),
            escrow: EscrowStatus::Held,
            payment: PaymentMethod::BankTransfer,
            po_number: po.into(),
            company: CompanyDetails::default(),
            shipping_address: Address::default(),
            placed_at: "2026-11-23T08:00:00Z".into(),
        }
    }

    fn words() -> (
        impl Fn(OrderStatus) -> String,
        impl Fn(EscrowStatus) -> String,
    ) {
        (
            |s: OrderStatus| format!("{s:?}"),
            |e: EscrowStatus| format!("{e:?}"),
        )
    }

    #[test]
    fn plain_fields_pass_and_special_ones_are_quoted() {
        assert_eq!(field("LED panel"), "LED panel");
        assert_eq!(field("Panel, 60×60"), "\"Panel, 60×60\"");
        assert_eq!(field("the \"best\" lamp"), "\"the \"\"best\"\" lamp\"");
        assert_eq!(field("line one\nline two"), "\"line one\nline two\"");
        assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(field(" padded "), "\" padded \"");
        assert_eq!(field(""), "");
        assert_eq!(
            field("灯具，LED"),
            "灯具，LED",
            "a full-width comma is text"
        );
        assert_eq!(field("مصباح LED"), "مصباح LED");
    }

    #[test]
    fn formulas_from_a_backend_are_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("1.25"), "1.25");
    }

    #[test]
    fn an_order_reads_back_unchanged_with_commas_quotes_newlines_and_non_latin_text() {
        let nasty = "LED \"Pro\", 60×60\nwarm white";
        let o = order(nasty, "宁波照明有限公司", "PO-4711, \"urgent\"");
        let (status, escrow) = words();
        let text = orders_csv(
            &[o],
            &headings(),
            &CsvWords {
                status: &status,
                escrow: &escrow,
            },
        );
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        let rows = parse(&text);
        assert_eq!(rows.len(), 3, "headings + one row per line");
        assert_eq!(rows[0][0], "Order");
        assert_eq!(rows[0].len(), 17);
        for row in &rows[1..] {
            assert_eq!(row.len(), 17);
            assert_eq!(row[0], "TF-2026-000042");
            assert_eq!(row[1], "CO-000007");
            assert_eq!(row[3], "宁波照明有限公司");
            assert_eq!(row[4], "Shipped");
            assert_eq!(row[6], nasty);
            assert_eq!(row[11], "EUR");
            assert_eq!(row[12], "FOB");
            assert_eq!(row[13], "warehouse:DE");
            assert_eq!(row[14], "PO-4711, \"urgent\"");
            assert_eq!(row[15], "Held");
            assert_eq!(row[16], "Maersk MAEU1234567");
        }
        assert_eq!(rows[1][7], "500");
        assert_eq!(rows[1][9], "1.25");
        assert_eq!(rows[1][10], "625.00");
        assert_eq!(rows[2][9], "1000.00");
        assert_eq!(rows[2][10], "2000.00");
    }

    #[test]
    fn translated_headings_and_arabic_text_survive() {
        let mut h = headings();
        h.product = "المنتج".into();
        h.quantity = "Menge, Stück".into();
        let o = order("مصباح ليد", "شركة, النور", "");
        let (status, escrow) = words();
        let rows = parse(&orders_csv(
            &[o],
            &h,
            &CsvWords {
                status: &status,
                escrow: &escrow,
            },
        ));
        assert_eq!(rows[0][6], "المنتج");
        assert_eq!(rows[0][7], "Menge, Stück");
        assert_eq!(rows[1][6], "مصباح ليد");
        assert_eq!(rows[1][3], "شركة, النور");
        assert_eq!(rows[1][14], "");
    }

    #[test]
    fn no_orders_is_just_the_headings() {
        let (status, escrow) = words();
        let rows = parse(&orders_csv(
            &[],
            &headings(),
            &CsvWords {
                status: &status,
                escrow: &escrow,
            },
        ));
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("CO-000007"), "tradefair-CO-000007.csv");
        assert_eq!(file_name("../etc/passwd"), "tradefair-___etc_passwd.csv");
    }
}
