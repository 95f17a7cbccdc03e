//! The RFQ inbox of the exhibitor console: each request as the buyer sent it, and the
//! exhibitor's answer (price tiers, Incoterm, lead time, expiry) or the form to give one.

mod answer;
mod request;

pub use answer::AnswerForm;
pub use request::InboxRequest;

use crate::i18n::tr;

/// The message for an answer-form field's error `code`, in the exhibitor's language. Each
/// arm names its message literally so the locale check sees it.
pub fn field_error_text(field: &str, code: &str) -> String {
    let leaf = field.rsplit('.').next().unwrap_or(field);
    match (leaf, code) {
        ("tiers", _) => tr("inbox-error-tiers"),
        (_, "required") => tr("inbox-error-required"),
        ("min_qty", "not_ascending") => tr("inbox-error-not-ascending"),
        ("min_qty", "above_quantity") => tr("inbox-error-above-quantity"),
        ("min_qty", _) => tr("inbox-error-quantity"),
        ("unit_minor", _) => tr("inbox-error-price"),
        ("lead_time_days", _) => tr("inbox-error-lead-time"),
        ("expires_on", "not_after_today") => tr("inbox-error-expires-past"),
        ("expires_on", _) => tr("inbox-error-date"),
        (_, "too_long") => tr("inbox-error-too-long"),
        _ => tr("inbox-error-invalid"),
    }
}

/// The element id of a field of the answer to RFQ `rfq_id` (`tiers.1.unit_minor` becomes
/// `inbox-<rfq>-tiers-1-unit-minor`).
pub fn field_id(rfq_id: &str, field: &str) -> String {
    let rfq: String = rfq_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("inbox-{rfq}-{}", field.replace(['.', '_'], "-"))
}

/// Moves focus to the element `id` (a field, or an error message that has no control).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
