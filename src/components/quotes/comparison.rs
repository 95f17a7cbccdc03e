use leptos::prelude::*;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::quotes::{compare, ComparedQuote};
use tradefair_core::trade::Quote;

use super::form::today;
use crate::components::catalog::labels;
use crate::components::ui::{Price, PriceKind};
use crate::i18n::format;
use crate::t;

/// An RFQ's quotes side by side in the buyer's display currency, with the Incoterm and lead
/// time of each and the best on each axis marked in words (not only by colour). Expired
/// quotes say so instead of offering "accept".
#[component]
pub fn QuoteComparisonTable(
    /// The quotes received for one RFQ.
    quotes: Vec<Quote>,
    /// Exchange rates (reactive; the table waits for them).
    #[prop(into)]
    rates: Signal<Option<RateTable>>,
    /// The buyer's display currency (reactive).
    #[prop(into)]
    display: Signal<Currency>,
    /// The quote being accepted right now, if any (reactive).
    #[prop(into)]
    accepting: Signal<Option<String>>,
    /// Runs when the buyer accepts a quote.
    #[prop(into)]
    on_accept: Callback<Quote>,
) -> impl IntoView {
    let quotes = StoredValue::new(quotes);
    view! {
        {move || {
            let Some(r) = rates.get() else {
                return view! { <p class="muted" role="status">{t!("loading")}</p> }.into_any();
            };
            let cmp = quotes.with_value(|q| compare(q, &r, display.get(), today()));
            match cmp {
                Err(_) => view! { <p class="field-error">{t!("quotes-no-rate")}</p> }.into_any(),
                Ok(cmp) => view! {
                    <div class="table-scroll">
                        <table class="quote-table">
                            <caption class="visually-hidden">{t!("quotes-compare-caption", currency = format::currency_name(cmp.display))}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("quotes-col-supplier")}</th>
                                    <th scope="col">{t!("quotes-col-unit-price")}</th>
                                    <th scope="col">{t!("quotes-col-total")}</th>
                                    <th scope="col">{t!("quotes-col-incoterm")}</th>
                                    <th scope="col">{t!("quotes-col-lead-time")}</th>
                                    <th scope="col">{t!("quotes-col-valid-until")}</th>
                                    <th scope="col"><span class="visually-hidden">{t!("quotes-col-action")}</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {cmp.rows.into_iter().map(|row| view! { <QuoteRow row=row accepting=accepting on_accept=on_accept/> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {cmp.mixed_incoterms.then(|| view! { <p class="note">{t!("quotes-mixed-incoterms")}</p> })}
                    <p class="note">{t!("quotes-normalised", currency = format::currency_name(cmp.display))}</p>
                }
                .into_any(),
            }
        }}
    }
}

/// One quote's row.
#[component]
fn QuoteRow(
    row: ComparedQuote,
    accepting: Signal<Option<String>>,
    on_accept: Callback<Quote>,
) -> impl IntoView {
    let q = row.quote.clone();
    let original =
        (q.unit_price.currency != row.unit_price_display.currency).then_some(q.unit_price);
    let badge = |on: bool, key: &'static str| {
        on.then(|| view! { <span class="best-badge">{move || crate::i18n::tr(key)}</span> })
    };
    let expires = q.expires_on.clone();
    let id = q.id.clone();
    let id_for_busy = id.clone();
    let busy = move || accepting.get().as_deref() == Some(id_for_busy.as_str());
    let quote_for_accept = q.clone();
    let row_class = if row.expired {
        "quote-row quote-row--expired"
    } else {
        "quote-row"
    };
    let note = q.note.clone();
    view! {
        <tr class=row_class data-quote-id=id.clone()>
            <th scope="row">
                <bdi>{q.supplier.name.clone()}</bdi>
                <p class="quote-note" lang=note.lang.clone() dir="auto">{note.text.clone()}</p>
            </th>
            <td class=if row.best_price { "quote-price is-best" } else { "quote-price" } data-label=move || t!("quotes-col-unit-price")>
                <Price money=row.unit_price_display/>
                {original.map(|m| view! { <br/><Price money=m kind=PriceKind::Muted/> })}
                {badge(row.best_price, "quotes-best-price")}
            </td>
            <td data-label=move || t!("quotes-col-total")><Price money=row.total_display/><br/><span class="muted">{labels_quantity(q.quantity)}</span></td>
            <td data-label=move || t!("quotes-col-incoterm")><abbr title=move || labels::incoterm(q.incoterm)>{q.incoterm.code()}</abbr></td>
            <td class=if row.best_lead_time { "quote-lead is-best" } else { "quote-lead" } data-label=move || t!("quotes-col-lead-time")>
                {move || t!("quotes-days", count = q.lead_time_days)}
                {badge(row.best_lead_time, "quotes-best-lead-time")}
            </td>
            <td class=if row.latest_expiry { "quote-expiry is-best" } else { "quote-expiry" } data-label=move || t!("quotes-col-valid-until")>
                <time datetime=expires.clone()>{let e = expires.clone(); move || format::date(&e)}</time>
                {badge(row.latest_expiry, "quotes-best-expiry")}
            </td>
            <td class="quote-action">
                {if row.expired {
                    let e = expires.clone();
                    view! { <p class="field-error quote-expired">{move || t!("quotes-expired", date = format::date(&e))}</p> }.into_any()
                } else if q.accepted {
                    view! {
                        <p class="chip chip--accent">{move || t!("quotes-accepted")}</p>
                        <a href="/cart">{move || t!("quotes-view-cart")}</a>
                    }
                    .into_any()
                } else {
                    let supplier = q.supplier.name.clone();
                    view! {
                        <button
                            type="button"
                            class="button button--primary button--small"
                            disabled=busy.clone()
                            aria-label=move || t!("quotes-accept-from", supplier = supplier.clone())
                            on:click=move |_| on_accept.run(quote_for_accept.clone())
                        >
                            {move || t!("quotes-accept")}
                        </button>
                    }
                    .into_any()
                }}
            </td>
        </tr>
    }
}

fn labels_quantity(qty: u32) -> String {
    t!("quotes-quantity", count = qty)
}
