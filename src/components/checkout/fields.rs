//! Form fields of the checkout: a labelled text input and a country picker, each with its
//! error message beside it, and the mapping from a backend field path to the element id.

use leptos::prelude::*;
use tradefair_core::checkout::COUNTRIES;
use tradefair_core::tax_id;
use tradefair_core::trade::FieldError;

use crate::i18n::{self, format};
use crate::t;

/// The id of the control that edits `path` (`company.tax_id` → `co-company-tax-id`).
pub fn field_id(path: &str) -> String {
    format!("co-{}", path.replace(['.', '_'], "-"))
}

/// The message of a field error in the buyer's language. Tax IDs name the expected format.
pub fn error_text(e: &FieldError, tax_country: &str) -> String {
    if e.field == "company.tax_id" && e.code == "invalid_format" {
        let example = tax_id::example(tax_country);
        if !example.is_empty() {
            return t!("checkout-error-tax-id", example = example);
        }
    }
    match e.code.as_str() {
        "required" => t!("checkout-error-required"),
        "invalid_format" => t!("checkout-error-invalid-format"),
        "too_long" => t!("checkout-error-too-long"),
        "not_offered" => t!("checkout-error-not-offered"),
        "below_moq" => t!("checkout-error-below-moq"),
        "not_multiple" => t!("checkout-error-not-multiple"),
        _ => t!("checkout-error-other"),
    }
}

/// The first error of `path`, if any.
pub fn error_of(errors: &[FieldError], path: &str) -> Option<FieldError> {
    errors.iter().find(|e| e.field == path).cloned()
}

/// Moves focus to the control of the first error once it is on screen.
pub fn focus_first_error(errors: &[FieldError]) {
    let Some(first) = errors.first() else {
        return;
    };
    let id = field_id(&first.field);
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// A labelled text input with an optional hint and its error message.
#[component]
pub fn TextField(
    /// Backend path of the field (`company.legal_name`); also gives the element id.
    #[prop(into)]
    path: String,
    /// Label text (reactive, translated).
    #[prop(into)]
    label: Signal<String>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called on every keystroke with the new value.
    #[prop(into)]
    on_input: Callback<String>,
    /// The field's error message, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A help text under the label (reactive; empty: none).
    #[prop(optional, into)]
    hint: Signal<String>,
    /// Placeholder (an example value).
    #[prop(optional, into)]
    placeholder: Signal<String>,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
    /// The `autocomplete` token.
    #[prop(optional, into)]
    autocomplete: String,
    /// The input type (`text` unless given).
    #[prop(optional, into)]
    input_type: Option<String>,
) -> impl IntoView {
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.with(String::is_empty) {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>
                {move || label.get()}
                {required.then(|| view! { <span class="field__required" aria-hidden="true">" *"</span> })}
            </label>
            {move || (!hint.with(String::is_empty)).then(|| view! {
                <p class="field__hint" id=hint_id.clone()>{hint.get()}</p>
            })}
            <input
                id=id.clone()
                name=path.clone()
                type=input_type.unwrap_or_else(|| "text".into())
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete.clone())
                placeholder=move || placeholder.get()
                required=required
                aria-required=required.then_some("true")
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A country picker listing the checkout's countries by their name in the buyer's language.
#[component]
pub fn CountrySelect(
    /// Backend path of the field; also gives the element id.
    #[prop(into)]
    path: String,
    /// Label text (reactive, translated).
    #[prop(into)]
    label: Signal<String>,
    /// Selected ISO alpha-2 code (empty: none yet).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen code.
    #[prop(into)]
    on_change: Callback<String>,
    /// The field's error message, if any.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let id = field_id(&path);
    let error_id = format!("{id}-error");
    let options = Memo::new(move |_| {
        i18n::locale();
        let mut named: Vec<(String, &'static str)> =
            COUNTRIES.iter().map(|c| (format::country(c), *c)).collect();
        named.sort();
        named
    });
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}<span class="field__required" aria-hidden="true">" *"</span></label>
            <select
                id=id.clone()
                name=path.clone()
                required=true
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                <option value="" selected=move || value.with(String::is_empty)>{move || t!("checkout-choose-country")}</option>
                {move || options.get().into_iter().map(|(name, code)| view! {
                    <option value=code selected=move || value.with(|v| v.eq_ignore_ascii_case(code))>{name}</option>
                }).collect_view()}
            </select>
            <p class="field-error" id=format!("{id}-error") aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
