//! Requests for quotation: the new-RFQ form, the list of RFQs with the quotes received, and
//! the side-by-side comparison.

mod comparison;
mod form;
mod list;
mod request_link;

pub use comparison::QuoteComparisonTable;
pub use form::{today, RfqForm};
pub use list::{PollWhilePending, RfqList};
pub use request_link::{QuoteScope, RequestQuoteLink};

use crate::i18n::tr;

/// The message for a form field's error code, in the buyer's language.
pub fn field_error_text(field: &str, code: &str) -> String {
    match (field, code) {
        ("items", "required") => tr("rfq-error-items"),
        ("items", _) => tr("rfq-error-items-unavailable"),
        ("supplier_ids", _) => tr("rfq-error-suppliers"),
        ("quantity", "required") => tr("rfq-error-quantity-required"),
        ("quantity", _) => tr("rfq-error-quantity"),
        ("target_price", _) => tr("rfq-error-target-price"),
        ("destination_country", "required") => tr("rfq-error-destination"),
        ("destination_country", _) => tr("rfq-error-destination-invalid"),
        ("needed_by", "required") => tr("rfq-error-needed-by"),
        ("needed_by", "in_past") => tr("rfq-error-needed-by-past"),
        ("needed_by", _) => tr("rfq-error-needed-by-invalid"),
        ("attachment_names", _) => tr("rfq-error-attachments"),
        (_, "too_long") => tr("rfq-error-too-long"),
        (_, "required") => tr("rfq-error-required"),
        _ => tr("rfq-error-invalid"),
    }
}
