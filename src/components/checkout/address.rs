//! The shipping and billing address forms: the fields the country needs, in its format.

use leptos::prelude::*;
use tradefair_core::address::{self, PostalCode};
use tradefair_core::checkout::CheckoutDraft;
use tradefair_core::trade::{Address, FieldError};

use super::fields::{error_of, error_text, field_id, CountrySelect, TextField};
use crate::state::checkout::CheckoutStore;
use crate::t;

/// Which address of the draft a form edits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AddressKind {
    Shipping,
    Billing,
}

impl AddressKind {
    fn prefix(self) -> &'static str {
        match self {
            AddressKind::Shipping => "shipping_address",
            AddressKind::Billing => "billing_address",
        }
    }

    fn get(self, d: &CheckoutDraft) -> &Address {
        match self {
            AddressKind::Shipping => &d.shipping_address,
            AddressKind::Billing => &d.billing_address,
        }
    }

    fn get_mut(self, d: &mut CheckoutDraft) -> &mut Address {
        match self {
            AddressKind::Shipping => &mut d.shipping_address,
            AddressKind::Billing => &mut d.billing_address,
        }
    }
}

/// An address form following the country's rules (`tradefair_core::address::rules`):
/// region named and listed as the country does, postal code required, optional or absent,
/// with the national example as placeholder.
#[component]
pub fn AddressForm(
    /// The draft being edited.
    store: CheckoutStore,
    /// Which of its addresses.
    kind: AddressKind,
    /// Errors to show beside the fields.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let prefix = kind.prefix();
    let country = Signal::derive(move || store.with(|d| kind.get(d).country.clone()));
    let rules = Memo::new(move |_| address::rules(&country.get()));
    let path = move |field: &str| format!("{prefix}.{field}");
    let err = move |field: &'static str| {
        let p = path(field);
        Signal::derive(move || {
            errors
                .with(|es| error_of(es, &p))
                .map(|e| error_text(&e, ""))
        })
    };
    let edit = move |field: &'static str, f: fn(&mut Address, String)| {
        let p = path(field);
        Callback::new(move |v: String| {
            store.update(|d| f(kind.get_mut(d), v));
            let p = p.clone();
            errors.update(|es| es.retain(|e| e.field != p));
        })
    };
    let value =
        move |f: fn(&Address) -> String| Signal::derive(move || store.with(|d| f(kind.get(d))));
    let region_label = Signal::derive(move || {
        crate::i18n::tr(&format!("address-region-{}", rules.get().region.slug()))
    });
    let region_id = field_id(&path("region"));
    let region_error = err("region");
    view! {
        <fieldset class="checkout-step__fields">
            <legend class="visually-hidden">{move || match kind {
                AddressKind::Shipping => t!("checkout-step-shipping-address"),
                AddressKind::Billing => t!("checkout-step-billing-address"),
            }}</legend>
            <CountrySelect
                path=path("country")
                label=Signal::derive(move || t!("address-country"))
                value=country
                on_change=edit("country", |a, v| a.country = v)
                error=err("country")
            />
            <TextField
                path=path("recipient")
                label=Signal::derive(move || t!("address-recipient"))
                value=value(|a| a.recipient.clone())
                on_input=edit("recipient", |a, v| a.recipient = v)
                error=err("recipient")
                required=true
                autocomplete="name"
            />
            <TextField
                path=path("line1")
                label=Signal::derive(move || t!("address-line1"))
                value=value(|a| a.line1.clone())
                on_input=edit("line1", |a, v| a.line1 = v)
                error=err("line1")
                required=true
                autocomplete="address-line1"
            />
            <TextField
                path=path("line2")
                label=Signal::derive(move || t!("address-line2"))
                value=value(|a| a.line2.clone())
                on_input=edit("line2", |a, v| a.line2 = v)
                error=err("line2")
                autocomplete="address-line2"
            />
            <TextField
                path=path("city")
                label=Signal::derive(move || t!("address-city"))
                value=value(|a| a.city.clone())
                on_input=edit("city", |a, v| a.city = v)
                error=err("city")
                required=true
                autocomplete="address-level2"
            />
            // Only a change of the country's rules rebuilds these fields: building them must
            // not subscribe to anything else, or each keystroke would recreate the input and
            // drop focus.
            {move || {
                let r = rules.get();
                untrack(|| if r.region_choices.is_empty() {
                    view! {
                        <TextField
                            path=path("region")
                            label=region_label
                            value=value(|a| a.region.clone())
                            on_input=edit("region", |a, v| a.region = v)
                            error=region_error
                            required=r.region_required
                            autocomplete="address-level1"
                        />
                    }.into_any()
                } else {
                    let choices = r.region_choices;
                    let on_change = edit("region", |a, v| a.region = v);
                    let region_id = region_id.clone();
                    view! {
                        <div class="field" class:field--invalid=move || region_error.with(Option::is_some)>
                            <label for=region_id.clone()>{move || region_label.get()}<span class="field__required" aria-hidden="true">" *"</span></label>
                            <select
                                id=region_id.clone()
                                required=true
                                aria-invalid=move || region_error.with(Option::is_some).then_some("true")
                                on:change=move |ev| on_change.run(event_target_value(&ev))
                            >
                                <option value="" selected=move || value(|a| a.region.clone()).with(String::is_empty)>{move || t!("checkout-choose")}</option>
                                {choices.iter().map(|(code, name)| {
                                    let code = *code;
                                    view! {
                                        <option value=code selected=move || store.with(|d| {
                                            let r = &kind.get(d).region;
                                            r.eq_ignore_ascii_case(code) || r.eq_ignore_ascii_case(name)
                                        })>{*name}</option>
                                    }
                                }).collect_view()}
                            </select>
                            <p class="field-error" aria-live="polite">{move || region_error.get()}</p>
                        </div>
                    }.into_any()
                })
            }}
            {move || {
                let postal = rules.get().postal_code;
                untrack(move || (postal != PostalCode::NotUsed).then(|| {
                    let example = match postal {
                        PostalCode::Required { example } => example.to_string(),
                        _ => String::new(),
                    };
                    let hint_example = example.clone();
                    let hint = move || if hint_example.is_empty() { String::new() } else { t!("address-postal-hint", example = hint_example.clone()) };
                    view! {
                        <TextField
                            path=path("postal_code")
                            label=Signal::derive(move || t!("address-postal-code"))
                            value=value(|a| a.postal_code.clone())
                            on_input=edit("postal_code", |a, v| a.postal_code = v)
                            error=err("postal_code")
                            hint=Signal::derive(hint)
                            placeholder=Signal::derive(move || example.clone())
                            required=matches!(postal, PostalCode::Required { .. })
                            autocomplete="postal-code"
                        />
                    }
                }))
            }}
            <TextField
                path=path("phone")
                label=Signal::derive(move || t!("address-phone"))
                value=value(|a| a.phone.clone())
                on_input=edit("phone", |a, v| a.phone = v)
                error=err("phone")
                autocomplete="tel"
                input_type="tel"
            />
        </fieldset>
    }
}
