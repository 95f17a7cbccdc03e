use leptos::prelude::*;
use tradefair_core::money::{Currency, Money};
use tradefair_core::trade::{Quote, Rfq};

use super::{field_id, focus, AnswerForm};
use crate::components::catalog::labels;
use crate::components::ui::Price;
use crate::i18n::format;
use crate::t;

/// One request in the inbox: what the buyer asked for (product, quantity, target price,
/// destination, Incoterm, needed-by date, message, attachment names), and either the
/// exhibitor's answer or a button that opens the answer form.
#[component]
pub fn InboxRequest(
    /// The booth whose inbox this is.
    booth_id: u32,
    /// The request, as the backend sent it.
    rfq: Rfq,
    /// The supplier's currency, which answers are priced in.
    currency: Currency,
) -> impl IntoView {
    let own = rfq
        .quotes
        .iter()
        .find(|q| q.supplier.id == booth_id)
        .cloned();
    let answer = RwSignal::new(own);
    let open = RwSignal::new(false);
    let r = rfq.request.clone();
    let heading_id = field_id(&rfq.id, "heading");
    let labelled_by = heading_id.clone();
    let toggle_id = field_id(&rfq.id, "toggle");
    let quantity = r.quantity;
    let needed_by = r.needed_by.clone();
    let created = rfq.created_at.clone();
    let destination = r.destination_country.clone();
    let incoterm = r.incoterm;
    let target = r.target_price;
    let rfq_for_form = StoredValue::new(rfq.clone());
    let on_answered = Callback::new(move |q: Quote| {
        answer.set(Some(q));
        open.set(false);
    });

    view! {
        <article
            class="panel inbox-rfq"
            data-rfq-id=rfq.id.clone()
            data-status=move || if answer.with(Option::is_some) { "answered" } else { "open" }
            aria-labelledby=labelled_by
        >
            <header class="inbox-rfq__head">
                <h3 id=heading_id lang=rfq.product_name.lang.clone() dir="auto">{rfq.product_name.text.clone()}</h3>
                {move || if answer.with(Option::is_some) {
                    view! { <span class="badge badge--verified">{t!("inbox-answered")}</span> }.into_any()
                } else {
                    view! { <span class="badge badge--pending">{t!("inbox-awaiting")}</span> }.into_any()
                }}
            </header>
            <p class="muted">{move || t!("inbox-received", date = format::date(&created))}</p>
            <dl class="facts inbox-rfq__facts">
                <div>
                    <dt>{move || t!("inbox-quantity")}</dt>
                    <dd>{move || format::number(i64::from(quantity))}</dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-target-price")}</dt>
                    <dd>
                        {match target {
                            Some(m) => view! { <Price money=m/> }.into_any(),
                            None => view! { <span class="muted">{move || t!("inbox-no-target")}</span> }.into_any(),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-destination")}</dt>
                    <dd>{move || format::country(&destination)}</dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-incoterm")}</dt>
                    <dd><abbr title=move || labels::incoterm(incoterm)>{incoterm.code()}</abbr></dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-needed-by")}</dt>
                    <dd>{move || format::date(&needed_by)}</dd>
                </div>
            </dl>
            <h4>{move || t!("inbox-message")}</h4>
            {if r.message.trim().is_empty() {
                view! { <p class="muted">{move || t!("inbox-no-message")}</p> }.into_any()
            } else {
                view! { <p class="prose inbox-rfq__message" lang=r.locale.clone() dir="auto">{r.message.clone()}</p> }.into_any()
            }}
            <h4>{move || t!("inbox-attachments")}</h4>
            {if r.attachment_names.is_empty() {
                view! { <p class="muted">{move || t!("inbox-no-attachments")}</p> }.into_any()
            } else {
                view! {
                    <ul class="inbox-rfq__files">
                        {r.attachment_names.iter().map(|n| view! { <li><bdi>{n.clone()}</bdi></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || match answer.get() {
                Some(q) => view! { <OfferedQuote quote=q/> }.into_any(),
                None => {
                    let toggle_id = toggle_id.clone();
                    view! {
                        <button
                            type="button"
                            id=toggle_id.clone()
                            class="button"
                            aria-expanded=move || if open.get() { "true" } else { "false" }
                            on:click=move |_| {
                                let now_open = !open.get_untracked();
                                open.set(now_open);
                                if now_open {
                                    let first = rfq_for_form.with_value(|r| field_id(&r.id, "tiers.0.unit_minor"));
                                    request_animation_frame(move || focus(&first));
                                }
                            }
                        >
                            {move || if open.get() { t!("inbox-answer-close") } else { t!("inbox-answer-open") }}
                        </button>
                        <Show when=move || open.get()>
                            <AnswerForm
                                booth_id=booth_id
                                rfq=rfq_for_form.get_value()
                                currency=currency
                                on_answered=on_answered
                            />
                        </Show>
                    }.into_any()
                }
            }}
        </article>
    }
}

/// The exhibitor's answer as sent: price tiers, Incoterm, lead time, expiry and note.
#[component]
fn OfferedQuote(
    /// The quote the backend made of the answer.
    quote: Quote,
) -> impl IntoView {
    let currency = quote.unit_price.currency;
    let unit = quote.unit_price;
    let incoterm = quote.incoterm;
    let lead = quote.lead_time_days;
    let expires = quote.expires_on.clone();
    view! {
        <section class="inbox-quote" data-testid="inbox-quote">
            <h4>{move || t!("inbox-your-quote")}</h4>
            <p>{move || t!("inbox-quote-unit")}" "<Price money=unit/></p>
            {(!quote.tiers.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="inbox-tiers__table">
                        <thead>
                            <tr>
                                <th scope="col">{move || t!("inbox-tier-min-qty")}</th>
                                <th scope="col">{move || t!("inbox-tier-unit-price", code = currency.code())}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {quote.tiers.iter().map(|tier| {
                                let min = tier.min_qty;
                                let price = Money::new(tier.unit_minor, currency);
                                view! {
                                    <tr>
                                        <td>{move || format::number(i64::from(min))}</td>
                                        <td><Price money=price/></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            <dl class="facts">
                <div>
                    <dt>{move || t!("inbox-incoterm")}</dt>
                    <dd><abbr title=move || labels::incoterm(incoterm)>{incoterm.code()}</abbr></dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-lead-time")}</dt>
                    <dd>{move || t!("inbox-lead-time-days", days = lead)}</dd>
                </div>
                <div>
                    <dt>{move || t!("inbox-expires-on")}</dt>
                    <dd>{move || format::date(&expires)}</dd>
                </div>
            </dl>
            {(!quote.note.text.trim().is_empty()).then(|| view! {
                <p class="prose" lang=quote.note.lang.clone() dir="auto">{quote.note.text.clone()}</p>
            })}
        </section>
    }
}
