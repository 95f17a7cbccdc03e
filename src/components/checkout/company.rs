//! Step 1: the buying company.

use leptos::prelude::*;
use tradefair_core::tax_id;
use tradefair_core::trade::{CompanyDetails, FieldError};

use super::fields::{error_of, error_text, CountrySelect, TextField};
use crate::state::checkout::CheckoutStore;
use crate::t;

/// Legal name, country of registration, VAT / tax ID (checked by the country's format, with
/// an example), PO number, cost centre and the contact e-mail.
#[component]
pub fn CompanyStep(
    /// The draft being edited.
    store: CheckoutStore,
    /// Errors to show beside the fields (client checks or the backend's).
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let country = Signal::derive(move || store.with(|d| d.company.country.clone()));
    let err = move |path: &'static str| {
        Signal::derive(move || {
            errors
                .with(|es| error_of(es, path))
                .map(|e| error_text(&e, &country.get()))
        })
    };
    let edit = move |path: &'static str, f: fn(&mut CompanyDetails, String)| {
        Callback::new(move |v: String| {
            store.update(|d| f(&mut d.company, v));
            errors.update(|es| es.retain(|e| e.field != path));
        })
    };
    let value = move |f: fn(&CompanyDetails) -> String| {
        Signal::derive(move || store.with(|d| f(&d.company)))
    };
    let tax_hint = Signal::derive(move || {
        let c = country.get();
        let example = tax_id::example(&c);
        if c.is_empty() {
            t!("checkout-tax-id-hint-country")
        } else if example.is_empty() {
            t!("checkout-tax-id-hint-free")
        } else {
            t!("checkout-tax-id-hint", example = example)
        }
    });
    let tax_placeholder = Signal::derive(move || tax_id::example(&country.get()).to_string());
    view! {
        <fieldset class="checkout-step__fields">
            <legend class="visually-hidden">{move || t!("checkout-step-company")}</legend>
            <TextField
                path="company.legal_name"
                label=Signal::derive(move || t!("checkout-legal-name"))
                value=value(|c| c.legal_name.clone())
                on_input=edit("company.legal_name", |c, v| c.legal_name = v)
                error=err("company.legal_name")
                required=true
                autocomplete="organization"
            />
            <CountrySelect
                path="company.country"
                label=Signal::derive(move || t!("checkout-company-country"))
                value=country
                on_change=edit("company.country", |c, v| c.country = v)
                error=err("company.country")
            />
            <TextField
                path="company.tax_id"
                label=Signal::derive(move || t!("checkout-tax-id"))
                value=value(|c| c.tax_id.clone())
                on_input=edit("company.tax_id", |c, v| c.tax_id = v)
                error=err("company.tax_id")
                hint=tax_hint
                placeholder=tax_placeholder
                required=true
            />
            <TextField
                path="company.po_number"
                label=Signal::derive(move || t!("checkout-po-number"))
                value=value(|c| c.po_number.clone())
                on_input=edit("company.po_number", |c, v| c.po_number = v)
                error=err("company.po_number")
                required=true
            />
            <TextField
                path="company.cost_centre"
                label=Signal::derive(move || t!("checkout-cost-centre"))
                value=value(|c| c.cost_centre.clone())
                on_input=edit("company.cost_centre", |c, v| c.cost_centre = v)
                error=err("company.cost_centre")
            />
            <TextField
                path="company.contact_email"
                label=Signal::derive(move || t!("checkout-contact-email"))
                value=value(|c| c.contact_email.clone())
                on_input=edit("company.contact_email", |c, v| c.contact_email = v)
                error=err("company.contact_email")
                required=true
                autocomplete="email"
                input_type="email"
            />
        </fieldset>
    }
}
