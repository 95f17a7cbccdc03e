//! Step 5: how to pay, and trade assurance (escrow).

use leptos::prelude::*;
use tradefair_core::checkout::{PaymentAvailability, PaymentChoice, NET_TERMS_DAYS};
use tradefair_core::trade::FieldError;

use super::fields::{error_of, error_text, field_id, TextField};
use crate::i18n::{self, format};
use crate::state::checkout::CheckoutStore;
use crate::t;

/// Payment method radios (cards only through the provider's hosted page, so the app never
/// asks for a card number; net terms only for approved buyers), the letter-of-credit bank,
/// and the escrow option.
#[component]
pub fn PaymentStep(
    /// The draft being edited.
    store: CheckoutStore,
    /// Which methods this buyer may use.
    available: PaymentAvailability,
    /// Errors to show beside the fields.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let chosen = Signal::derive(move || store.with(|d| d.payment));
    let kind_error = Signal::derive(move || {
        errors
            .with(|es| error_of(es, "payment.kind"))
            .map(|e| error_text(&e, ""))
    });
    let bank_error = Signal::derive(move || {
        errors
            .with(|es| error_of(es, "payment.issuing_bank"))
            .map(|e| error_text(&e, ""))
    });
    let first_id = field_id("payment.kind");
    view! {
        <div class="checkout-step__fields">
            <fieldset class="choice-group" aria-describedby="co-payment-kind-error">
                <legend>{move || t!("checkout-payment-method")}</legend>
                {PaymentChoice::ALL.into_iter().enumerate().map(|(i, p)| {
                    let id = if i == 0 { first_id.clone() } else { format!("co-payment-{}", p.slug()) };
                    let enabled = available.allows(p);
                    let note_id = format!("{id}-note");
                    view! {
                        <div class="choice" class:choice--disabled=!enabled>
                            <input
                                type="radio"
                                name="payment"
                                id=id.clone()
                                value=p.slug()
                                disabled=!enabled
                                aria-describedby=note_id.clone()
                                prop:checked=move || chosen.get() == p
                                on:change=move |_| {
                                    store.update(|d| d.payment = p);
                                    errors.update(|es| es.retain(|e| !e.field.starts_with("payment.")));
                                }
                            />
                            <label for=id.clone()>{move || i18n::tr(&format!("checkout-pay-{}", p.slug()))}</label>
                            <p class="choice__note muted" id=note_id>{move || {
                                let key = if enabled { format!("checkout-pay-{}-note", p.slug()) } else { format!("checkout-pay-{}-unavailable", p.slug()) };
                                i18n::tr(&key)
                            }}</p>
                        </div>
                    }
                }).collect_view()}
                <p class="field-error" id="co-payment-kind-error" aria-live="polite">{move || kind_error.get()}</p>
            </fieldset>
            <Show when=move || chosen.get() == PaymentChoice::LetterOfCredit>
                <TextField
                    path="payment.issuing_bank"
                    label=Signal::derive(move || t!("checkout-issuing-bank"))
                    value=Signal::derive(move || store.with(|d| d.issuing_bank.clone()))
                    on_input=Callback::new(move |v: String| {
                        store.update(|d| d.issuing_bank = v);
                        errors.update(|es| es.retain(|e| e.field != "payment.issuing_bank"));
                    })
                    error=bank_error
                    required=true
                />
            </Show>
            <Show when=move || chosen.get() == PaymentChoice::NetTerms && available.allows(PaymentChoice::NetTerms)>
                <div class="field">
                    <label for="co-payment-days">{move || t!("checkout-net-days")}</label>
                    <select id="co-payment-days" on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<u32>() { store.update(|dr| dr.net_days = d) }
                    }>
                        {NET_TERMS_DAYS.into_iter().map(|n| view! {
                            <option value=n.to_string() selected=move || store.with(|d| d.net_days == n)>
                                {move || t!("checkout-days", days = format::number(i64::from(n)))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <div class="choice choice--escrow">
                <input
                    type="checkbox"
                    id="co-escrow"
                    aria-describedby="co-escrow-note"
                    prop:checked=move || store.with(|d| d.escrow)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update(|d| d.escrow = on);
                    }
                />
                <label for="co-escrow">{move || t!("checkout-escrow")}</label>
                <p class="choice__note muted" id="co-escrow-note">{move || t!("checkout-escrow-note")}</p>
            </div>
        </div>
    }
}
