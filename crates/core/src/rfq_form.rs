//! The buyer's request-for-quotation form: the draft as typed (kept in `localStorage` so an
//! unsent request survives a reload), its checks, and the requests it turns into.
//!
//! A draft may cover several products (a whole cart or one supplier's group). RFQs are per
//! product, so a draft becomes one [`RfqRequest`] per product, each sent to the product's
//! own supplier plus, for a single product, any other suppliers the buyer ticked.
//!
//! Field names of errors are the form's: `items.<i>.quantity`, `target_price`,
//! `destination_country`, `needed_by`, `message`, `attachment_names`, `items`; the backend's
//! own 422 fields are mapped onto them by [`form_field`]. Codes are the backend's
//! (`required`, `invalid_format`, `too_long`) plus `in_past` for a needed-by date before today.

use serde::{Deserialize, Serialize};

use crate::cart::MAX_LINE_QUANTITY;
use crate::money::{Currency, Money};
use crate::orders::MAX_RFQ_SUPPLIERS;
use crate::time::Date;
use crate::trade::{FieldError, RfqRequest};
use crate::wire::Incoterm;

/// Version of the stored draft; any other version is dropped (an old draft is not worth a
/// migration).
pub const DRAFT_VERSION: u32 = 1;
/// Longest message.
pub const MAX_MESSAGE: usize = 2_000;
/// Most attachment names, and the longest one.
pub const MAX_ATTACHMENTS: usize = 10;
pub const MAX_ATTACHMENT_NAME: usize = 200;

/// Countries a buyer can ship an RFQ's goods to (ISO alpha-2): the EU, the rest of Europe,
/// and the main importing markets of the catalog's buyers.
pub const DESTINATIONS: [&str; 45] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "CH", "NO", "TR", "AE",
    "SA", "EG", "NG", "ZA", "IN", "CN", "JP", "KR", "AU", "US", "CA", "MX", "BR",
];

/// One product of the draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftItem {
    pub product_id: u32,
    /// As typed.
    pub quantity: String,
}

/// The form as the buyer left it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RfqDraft {
    pub items: Vec<DraftItem>,
    /// Other suppliers to ask as well (single-product requests only).
    #[serde(default)]
    pub extra_supplier_ids: Vec<u32>,
    /// Target unit price as typed, in `target_currency` major units; empty for none.
    #[serde(default)]
    pub target_price: String,
    pub target_currency: Currency,
    #[serde(default)]
    pub destination_country: String,
    pub incoterm: Incoterm,
    /// `YYYY-MM-DD` as the date field gives it.
    #[serde(default)]
    pub needed_by: String,
    #[serde(default)]
    pub message: String,
    /// One file name per line.
    #[serde(default)]
    pub attachment_names: String,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    draft: RfqDraft,
}

impl RfqDraft {
    /// An empty draft in the buyer's currency.
    pub fn new(currency: Currency) -> RfqDraft {
        RfqDraft {
            items: Vec::new(),
            extra_supplier_ids: Vec::new(),
            target_price: String::new(),
            target_currency: currency,
            destination_country: String::new(),
            incoterm: Incoterm::Fob,
            needed_by: String::new(),
            message: String::new(),
            attachment_names: String::new(),
        }
    }

    /// The draft with `items` as its products: the rest (destination, Incoterm, dates, the
    /// message) is the buyer's and is kept; other suppliers chosen for other products are not.
    pub fn with_items(mut self, items: Vec<DraftItem>) -> RfqDraft {
        if self
            .items
            .iter()
            .map(|i| i.product_id)
            .ne(items.iter().map(|i| i.product_id))
        {
            self.extra_supplier_ids.clear();
            self.target_price.clear();
        }
        self.items = items;
        self
    }

    /// The text stored in `localStorage`.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(&Stored {
            version: DRAFT_VERSION,
            draft: self.clone(),
        })
        .unwrap_or_default()
    }

    /// A stored draft; `None` for nothing, another version or damaged text.
    pub fn from_storage(text: Option<&str>) -> Option<RfqDraft> {
        let stored: Stored = serde_json::from_str(text?).ok()?;
        (stored.version == DRAFT_VERSION).then_some(stored.draft)
    }

    /// The attachment names: one per non-blank line, trimmed.
    pub fn attachment_list(&self) -> Vec<String> {
        self.attachment_names
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// A product of the draft with what the backend said about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemSupplier {
    pub product_id: u32,
    pub supplier_id: u32,
}

fn push(f: &mut Vec<FieldError>, field: impl Into<String>, code: &str) {
    f.push(FieldError {
        field: field.into(),
        code: code.to_string(),
    });
}

fn check_text(f: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    let v = value.trim();
    if v.chars().count() > max {
        push(f, field, "too_long");
    } else if v
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        push(f, field, "invalid_format");
    }
}

/// A quantity as typed: digits, with spaces, thin spaces or `,`/`.`/`'` grouping allowed.
pub fn parse_quantity(text: &str) -> Result<u32, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("required");
    }
    let digits: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.' | '\''))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err("invalid_format");
    }
    match digits.parse::<u32>() {
        Ok(0) => Err("required"),
        Ok(q) if q <= MAX_LINE_QUANTITY => Ok(q),
        _ => Err("invalid_format"),
    }
}

/// Every error of the draft, in the form's order (the first one takes focus).
pub fn validate(draft: &RfqDraft, today: Date) -> Vec<FieldError> {
    let mut f = Vec::new();
    if draft.items.is_empty() {
        push(&mut f, "items", "required");
    }
    for (i, item) in draft.items.iter().enumerate() {
        if let Err(code) = parse_quantity(&item.quantity) {
            push(&mut f, format!("items.{i}.quantity"), code);
        }
    }
    if draft.extra_supplier_ids.len() + 1 > MAX_RFQ_SUPPLIERS {
        push(&mut f, "supplier_ids", "too_long");
    }
    if !draft.target_price.trim().is_empty() {
        match Money::parse_major(&draft.target_price, draft.target_currency) {
            Some(m) if m.minor > 0 => {}
            _ => push(&mut f, "target_price", "invalid_format"),
        }
    }
    let dest = draft.destination_country.trim();
    if dest.is_empty() {
        push(&mut f, "destination_country", "required");
    } else if dest.len() != 2 || !dest.chars().all(|c| c.is_ascii_alphabetic()) {
        push(&mut f, "destination_country", "invalid_format");
    }
    let needed = draft.needed_by.trim();
    if needed.is_empty() {
        push(&mut f, "needed_by", "required");
    } else {
        match Date::parse_iso(needed) {
            Some(d) if d >= today => {}
            Some(_) => push(&mut f, "needed_by", "in_past"),
            None => push(&mut f, "needed_by", "invalid_format"),
        }
    }
    check_text(&mut f, "message", &draft.message, MAX_MESSAGE);
    let names = draft.attachment_list();
    if names.len() > MAX_ATTACHMENTS
        || names
            .iter()
            .any(|n| n.chars().count() > MAX_ATTACHMENT_NAME)
    {
        push(&mut f, "attachment_names", "too_long");
    } else if names.iter().any(|n| n.chars().any(char::is_control)) {
        push(&mut f, "attachment_names", "invalid_format");
    }
    f
}

/// The requests a valid draft sends, one per product, or the draft's errors. `suppliers`
/// says whose each product is; a product it does not list is an `items` error (it could not
/// be loaded).
pub fn requests(
    draft: &RfqDraft,
    suppliers: &[ItemSupplier],
    locale: &str,
    today: Date,
) -> Result<Vec<RfqRequest>, Vec<FieldError>> {
    let mut errors = validate(draft, today);
    let owners: Vec<Option<u32>> = draft
        .items
        .iter()
        .map(|item| {
            suppliers
                .iter()
                .find(|s| s.product_id == item.product_id)
                .map(|s| s.supplier_id)
        })
        .collect();
    if owners.iter().any(Option::is_none) && !errors.iter().any(|e| e.field == "items") {
        push(&mut errors, "items", "invalid_format");
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let target = (!draft.target_price.trim().is_empty())
        .then(|| Money::parse_major(&draft.target_price, draft.target_currency))
        .flatten();
    let single = draft.items.len() == 1;
    Ok(draft
        .items
        .iter()
        .zip(owners)
        .map(|(item, owner)| {
            let owner = owner.expect("checked above");
            let mut supplier_ids = vec![owner];
            if single {
                for s in &draft.extra_supplier_ids {
                    if !supplier_ids.contains(s) {
                        supplier_ids.push(*s);
                    }
                }
            }
            RfqRequest {
                product_id: item.product_id,
                supplier_ids,
                quantity: parse_quantity(&item.quantity).expect("validated"),
                target_price: target,
                destination_country: draft.destination_country.trim().to_ascii_uppercase(),
                incoterm: draft.incoterm,
                needed_by: draft.needed_by.trim().to_string(),
                message: draft.message.trim().to_string(),
                attachment_names: draft.attachment_list(),
                locale: locale.to_string(),
            }
        })
        .collect())
}

/// The form field a backend's 422 field error for request number `index` belongs to.
pub fn form_field(index: usize, backend_field: &str) -> String {
    match backend_field {
        "quantity" => format!("items.{index}.quantity"),
        "product_id" => "items".to_string(),
        f if f.starts_with("attachment_names") => "attachment_names".to_string(),
        f => f.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse_iso("2026-11-23").unwrap()
    }

    fn draft() -> RfqDraft {
        RfqDraft {
            items: vec![DraftItem {
                product_id: 17,
                quantity: "1 000".into(),
            }],
            extra_supplier_ids: vec![5, 9, 5],
            target_price: "1,25".into(),
            target_currency: Currency::Eur,
            destination_country: "de".into(),
            incoterm: Incoterm::Cif,
            needed_by: "2027-01-31".into(),
            message: "  Please quote with logo print.\nThanks  ".into(),
            attachment_names: "spec.pdf\n\n  logo.ai \n".into(),
        }
    }

    fn owners() -> Vec<ItemSupplier> {
        vec![
            ItemSupplier {
                product_id: 17,
                supplier_id: 3,
            },
            ItemSupplier {
                product_id: 18,
                supplier_id: 4,
            },
        ]
    }

    fn fields(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect()
    }

    #[test]
    fn a_valid_draft_becomes_one_request_to_every_chosen_supplier() {
        let reqs = requests(&draft(), &owners(), "de", today()).unwrap();
        assert_eq!(reqs.len(), 1);
        let r = &reqs[0];
        assert_eq!(r.product_id, 17);
        assert_eq!(
            r.supplier_ids,
            vec![3, 5, 9],
            "own supplier first, no repeats"
        );
        assert_eq!(r.quantity, 1_000);
        assert_eq!(r.target_price, Some(Money::new(125, Currency::Eur)));
        assert_eq!(r.destination_country, "DE");
        assert_eq!(r.incoterm, Incoterm::Cif);
        assert_eq!(r.message, "Please quote with logo print.\nThanks");
        assert_eq!(r.attachment_names, vec!["spec.pdf", "logo.ai"]);
        assert_eq!(r.locale, "de");
    }

    #[test]
    fn a_cart_draft_sends_one_request_per_product_to_its_own_supplier() {
        let mut d = draft();
        d.items.push(DraftItem {
            product_id: 18,
            quantity: "250".into(),
        });
        d.target_price.clear();
        let reqs = requests(&d, &owners(), "en", today()).unwrap();
        assert_eq!(reqs.len(), 2);
        assert_eq!(reqs[0].supplier_ids, vec![3]);
        assert_eq!(reqs[1].supplier_ids, vec![4]);
        assert_eq!(reqs[1].quantity, 250);
        assert_eq!(reqs[0].target_price, None);
    }

    #[test]
    fn every_bad_field_is_named_in_form_order() {
        let d = RfqDraft {
            items: vec![
                DraftItem {
                    product_id: 17,
                    quantity: "".into(),
                },
                DraftItem {
                    product_id: 18,
                    quantity: "12x".into(),
                },
            ],
            target_price: "-3".into(),
            destination_country: "Germany".into(),
            needed_by: "2026-11-22".into(),
            message: "x".repeat(MAX_MESSAGE + 1),
            attachment_names: (0..11).map(|i| format!("f{i}.pdf\n")).collect(),
            ..RfqDraft::new(Currency::Usd)
        };
        assert_eq!(
            fields(&validate(&d, today())),
            [
                ("items.0.quantity", "required"),
                ("items.1.quantity", "invalid_format"),
                ("target_price", "invalid_format"),
                ("destination_country", "invalid_format"),
                ("needed_by", "in_past"),
                ("message", "too_long"),
                ("attachment_names", "too_long"),
            ]
        );
        let empty = RfqDraft::new(Currency::Usd);
        assert_eq!(
            fields(&validate(&empty, today())),
            [
                ("items", "required"),
                ("destination_country", "required"),
                ("needed_by", "required"),
            ]
        );
        let mut d = draft();
        d.needed_by = "31.01.2027".into();
        d.target_price = "1.255".into();
        assert_eq!(
            fields(&validate(&d, today())),
            [
                ("target_price", "invalid_format"),
                ("needed_by", "invalid_format")
            ],
            "more decimals than the currency has is an error, not rounded"
        );
        d = draft();
        d.needed_by = "2026-11-23".into();
        assert!(validate(&d, today()).is_empty(), "today is fine");
    }

    #[test]
    fn quantities_accept_grouping_but_not_garbage() {
        assert_eq!(parse_quantity("1,000"), Ok(1_000));
        assert_eq!(parse_quantity(" 12 500 "), Ok(12_500));
        assert_eq!(parse_quantity("1.000"), Ok(1_000));
        assert_eq!(parse_quantity("0"), Err("required"));
        assert_eq!(parse_quantity("-5"), Err("invalid_format"));
        assert_eq!(parse_quantity("٥٠٠"), Err("invalid_format"));
        assert_eq!(parse_quantity("99999999999"), Err("invalid_format"));
        assert_eq!(parse_quantity("10000001"), Err("invalid_format"));
    }

    #[test]
    fn a_product_that_could_not_be_loaded_blocks_sending() {
        let err = requests(&draft(), &[], "en", today()).unwrap_err();
        assert_eq!(fields(&err), [("items", "invalid_format")]);
    }

    #[test]
    fn drafts_survive_storage_and_bad_text_is_dropped() {
        let d = draft();
        assert_eq!(RfqDraft::from_storage(Some(&d.to_storage())), Some(d));
        assert_eq!(RfqDraft::from_storage(None), None);
        assert_eq!(RfqDraft::from_storage(Some("{not json")), None);
        assert_eq!(
            RfqDraft::from_storage(Some(r#"{"version":99,"draft":{}}"#)),
            None
        );
    }

    #[test]
    fn new_products_keep_the_buyers_details_but_not_per_product_choices() {
        let d = draft().with_items(vec![DraftItem {
            product_id: 40,
            quantity: "10".into(),
        }]);
        assert_eq!(d.destination_country, "de");
        assert_eq!(d.message, draft().message);
        assert!(d.extra_supplier_ids.is_empty());
        assert!(d.target_price.is_empty());
        let same = draft().with_items(vec![DraftItem {
            product_id: 17,
            quantity: "20".into(),
        }]);
        assert_eq!(same.extra_supplier_ids, vec![5, 9, 5]);
        assert_eq!(same.items[0].quantity, "20");
    }

    #[test]
    fn destinations_are_distinct_country_codes() {
        let mut seen = std::collections::BTreeSet::new();
        for c in DESTINATIONS {
            assert!(
                c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()),
                "{c}"
            );
            assert!(seen.insert(c), "{c} twice");
        }
        for eu in crate::tax_id::EU_MEMBERS {
            assert!(DESTINATIONS.contains(&eu), "{eu}");
        }
    }

    #[test]
    fn backend_fields_map_onto_the_form() {
        assert_eq!(form_field(2, "quantity"), "items.2.quantity");
        assert_eq!(form_field(0, "attachment_names.3"), "attachment_names");
        assert_eq!(form_field(0, "needed_by"), "needed_by");
        assert_eq!(form_field(0, "product_id"), "items");
    }
}
