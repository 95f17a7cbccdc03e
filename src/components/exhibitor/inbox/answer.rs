use leptos::prelude::*;
use tradefair_core::exhibitor::validate_offer;
use tradefair_core::exhibitor_form::{OfferDraft, MAX_TIERS as TIER_LIMIT};
use tradefair_core::money::Currency;
use tradefair_core::trade::{FieldError, Quote, Rfq};
use tradefair_core::wire::Incoterm;

use super::{field_error_text, field_id, focus};
use crate::api::{self, ApiError};
use crate::components::catalog::labels;
use crate::components::quotes::today;
use crate::components::ui::ErrorPanel;
use crate::i18n::{self, format};
use crate::state::storage;
use crate::t;

fn draft_key(rfq_id: &str) -> String {
    format!("tradefair.offer-draft.{rfq_id}")
}

/// The exhibitor's answer to one RFQ: price tiers (minimum quantity and unit price typed as
/// a decimal in the supplier's currency), Incoterm, lead time, expiry and a note. Checked by
/// the core rules before sending; errors sit next to their field and the first takes focus.
/// The unsent answer is kept in `localStorage`.
#[component]
pub fn AnswerForm(
    /// The booth answering.
    booth_id: u32,
    /// The request being answered.
    rfq: Rfq,
    /// The supplier's currency, which the offer is priced in.
    currency: Currency,
    /// Runs with the quote the backend made of the answer.
    #[prop(into)]
    on_answered: Callback<Quote>,
) -> impl IntoView {
    let rfq_id = rfq.id.clone();
    let key = draft_key(&rfq_id);
    let stored =
        OfferDraft::from_storage(storage::get(&key).as_deref()).filter(|d| d.currency == currency);
    let draft = RwSignal::new(stored.unwrap_or_else(|| {
        OfferDraft::new(
            currency,
            rfq.request.quantity,
            rfq.request.incoterm,
            today(),
        )
    }));
    {
        let key = key.clone();
        Effect::new(move |_| {
            let text = draft.with(|d| d.to_storage());
            storage::set(&key, &text);
        });
    }
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let sending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let rfq = StoredValue::new(rfq);
    let id_of = {
        let rfq_id = rfq_id.clone();
        move |field: &str| field_id(&rfq_id, field)
    };
    let id_of = StoredValue::new(id_of);

    let show = move |found: Vec<FieldError>| {
        if let Some(first) = found.first() {
            let id = id_of.with_value(|f| f(&first.field));
            // A tier-list error has no single control: its message takes focus.
            let target = if first.field == "tiers" {
                format!("{id}-error")
            } else {
                id
            };
            errors.set(found);
            focus(&target);
        } else {
            errors.set(found);
        }
    };

    let submit = move || {
        failure.set(None);
        let locale = i18n::locale_untracked().tag();
        let offer = match draft.with_untracked(|d| d.to_offer(locale)) {
            Ok(o) => o,
            Err(found) => return show(found),
        };
        let found = rfq.with_value(|r| validate_offer(&offer, r, today()));
        if !found.is_empty() {
            return show(found);
        }
        errors.set(Vec::new());
        sending.set(true);
        let rfq_id = rfq.with_value(|r| r.id.clone());
        let key = key.clone();
        leptos::task::spawn_local(async move {
            match api::backend().answer_rfq(booth_id, &rfq_id, &offer).await {
                Ok(quote) => {
                    storage::remove(&key);
                    on_answered.run(quote);
                }
                Err(ApiError::Validation(fields)) => show(fields),
                Err(e) => failure.set(Some(e)),
            }
            sending.set(false);
        });
    };
    let submit = StoredValue::new(submit);

    let error_text = move |field: String| {
        move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| field_error_text(&x.field, &x.code))
            })
        }
    };
    let invalid = move |field: String| {
        move || {
            errors
                .with(|e| e.iter().any(|x| x.field == field))
                .then_some("true")
        }
    };
    let tier_count = Memo::new(move |_| draft.with(|d| d.tiers.len()));
    let min_expiry = today().plus_days(1).to_iso();
    let ids = move |f: &str| id_of.with_value(|g| g(f));
    let title_id = ids("title");
    let labelled_by = title_id.clone();

    view! {
        <form
            class="inbox-answer"
            novalidate=true
            aria-labelledby=labelled_by
            on:submit=move |ev| {
                ev.prevent_default();
                submit.with_value(|f| f());
            }
        >
            <h4 id=title_id>{move || t!("inbox-answer-title")}</h4>
            <p class="note">
                {move || t!("inbox-answer-currency", currency = format::currency_name(currency), code = currency.code())}
            </p>
            <fieldset class="inbox-tiers">
                <legend>{move || t!("inbox-tiers")}</legend>
                <p class="field-error" id=format!("{}-error", ids("tiers")) tabindex="-1">{error_text("tiers".into())}</p>
                <div class="table-scroll">
                    <table class="inbox-tiers__table">
                        <thead>
                            <tr>
                                <th scope="col">{move || t!("inbox-tier-min-qty")}</th>
                                <th scope="col">{move || t!("inbox-tier-unit-price", code = currency.code())}</th>
                                <th scope="col"><span class="visually-hidden">{move || t!("inbox-tier-actions")}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let n = tier_count.get();
                                (0..n).map(|i| {
                                    let qty_field = format!("tiers.{i}.min_qty");
                                    let price_field = format!("tiers.{i}.unit_minor");
                                    let qty_id = ids(&qty_field);
                                    let price_id = ids(&price_field);
                                    let row = i + 1;
                                    view! {
                                        <tr class="inbox-tier">
                                            <td>
                                                <input
                                                    id=qty_id.clone()
                                                    type="text"
                                                    inputmode="numeric"
                                                    autocomplete="off"
                                                    aria-label=move || t!("inbox-tier-min-qty-row", row = row)
                                                    prop:value=move || draft.with(|d| d.tiers.get(i).map(|t| t.min_qty.clone()).unwrap_or_default())
                                                    on:input=move |ev| {
                                                        let v = event_target_value(&ev);
                                                        draft.update(|d| if let Some(t) = d.tiers.get_mut(i) { t.min_qty = v });
                                                    }
                                                    aria-invalid=invalid(qty_field.clone())
                                                    aria-describedby=format!("{qty_id}-error")
                                                />
                                                <p class="field-error" id=format!("{qty_id}-error")>{error_text(qty_field.clone())}</p>
                                            </td>
                                            <td>
                                                <input
                                                    id=price_id.clone()
                                                    type="text"
                                                    inputmode="decimal"
                                                    autocomplete="off"
                                                    aria-label=move || t!("inbox-tier-unit-price-row", row = row, code = currency.code())
                                                    prop:value=move || draft.with(|d| d.tiers.get(i).map(|t| t.unit_price.clone()).unwrap_or_default())
                                                    on:input=move |ev| {
                                                        let v = event_target_value(&ev);
                                                        draft.update(|d| if let Some(t) = d.tiers.get_mut(i) { t.unit_price = v });
                                                    }
                                                    aria-invalid=invalid(price_field.clone())
                                                    aria-describedby=format!("{price_id}-error")
                                                />
                                                <p class="field-error" id=format!("{price_id}-error")>{error_text(price_field.clone())}</p>
                                            </td>
                                            <td>
                                                {(n > 1).then(|| view! {
                                                    <button
                                                        type="button"
                                                        class="link-button"
                                                        on:click=move |_| {
                                                            errors.set(Vec::new());
                                                            draft.update(|d| { if i < d.tiers.len() { d.tiers.remove(i); } });
                                                        }
                                                    >
                                                        {move || t!("inbox-tier-remove", row = row)}
                                                    </button>
                                                })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <button
                    type="button"
                    class="button"
                    disabled=move || { tier_count.get() >= TIER_LIMIT }
                    on:click=move |_| {
                        let mut added = false;
                        draft.update(|d| added = d.add_tier());
                        if added {
                            let n = draft.with_untracked(|d| d.tiers.len());
                            let id = ids(&format!("tiers.{}.min_qty", n - 1));
                            request_animation_frame(move || focus(&id));
                        }
                    }
                >
                    {move || t!("inbox-tier-add")}
                </button>
            </fieldset>

            <div class="form-grid">
                <div class="form-field">
                    <label for=ids("incoterm")>{move || t!("inbox-incoterm")}</label>
                    <select
                        id=ids("incoterm")
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(i) = Incoterm::ALL.iter().find(|i| i.code() == v) {
                                let i = *i;
                                draft.update(|d| d.incoterm = i);
                            }
                        }
                    >
                        {Incoterm::ALL.iter().map(|i| {
                            let i = *i;
                            view! { <option value=i.code() selected=move || draft.with(|d| d.incoterm == i)>{move || labels::incoterm(i)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-field">
                    <label for=ids("lead_time_days")>{move || t!("inbox-lead-time")}</label>
                    <input
                        id=ids("lead_time_days")
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || draft.with(|d| d.lead_time_days.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.lead_time_days = v); }
                        aria-invalid=invalid("lead_time_days".into())
                        aria-describedby=format!("{}-error", ids("lead_time_days"))
                    />
                    <p class="field-error" id=format!("{}-error", ids("lead_time_days"))>{error_text("lead_time_days".into())}</p>
                </div>
                <div class="form-field">
                    <label for=ids("expires_on")>{move || t!("inbox-expires-on")}</label>
                    <input
                        id=ids("expires_on")
                        type="date"
                        min=min_expiry
                        prop:value=move || draft.with(|d| d.expires_on.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.expires_on = v); }
                        aria-invalid=invalid("expires_on".into())
                        aria-describedby=format!("{}-error", ids("expires_on"))
                    />
                    <p class="field-error" id=format!("{}-error", ids("expires_on"))>{error_text("expires_on".into())}</p>
                </div>
            </div>
            <div class="form-field">
                <label for=ids("note")>{move || t!("inbox-note")}</label>
                <textarea
                    id=ids("note")
                    rows="3"
                    prop:value=move || draft.with(|d| d.note.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.note = v); }
                    aria-invalid=invalid("note".into())
                    aria-describedby=format!("{}-error", ids("note"))
                ></textarea>
                <p class="field-error" id=format!("{}-error", ids("note"))>{error_text("note".into())}</p>
            </div>
            {move || failure.get().map(|e| match e {
                ApiError::Conflict(code) if code == "already_answered" => view! { <p class="field-error" role="alert">{t!("inbox-already-answered")}</p> }.into_any(),
                e => view! { <ErrorPanel error=e on_retry=move |_| submit.with_value(|f| f())/> }.into_any(),
            })}
            <p class="note">{move || t!("inbox-draft-kept")}</p>
            <button type="submit" class="button button--primary" disabled=move || sending.get()>
                {move || if sending.get() { t!("inbox-sending") } else { t!("inbox-send") }}
            </button>
        </form>
    }
}
