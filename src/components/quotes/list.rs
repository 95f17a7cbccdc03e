use leptos::prelude::*;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::trade::{Quote, Rfq};

use super::QuoteComparisonTable;
use crate::components::ui::Price;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// How often the page asks for new quotes while some are outstanding.
const POLL_MS: u32 = 3_000;

/// Runs `on_tick` every few seconds while mounted and the tab is visible (a hidden tab does
/// not poll). Mount it only while answers are outstanding.
#[component]
pub fn PollWhilePending(
    /// Called on each tick.
    #[prop(into)]
    on_tick: Callback<()>,
) -> impl IntoView {
    let handle = set_interval_with_handle(
        move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if !hidden {
                on_tick.run(());
            }
        },
        std::time::Duration::from_millis(u64::from(POLL_MS)),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
}

/// The buyer's RFQs, newest first, each with its status and its quotes compared.
#[component]
pub fn RfqList(
    /// The RFQs.
    rfqs: Vec<Rfq>,
    /// Exchange rates (reactive).
    #[prop(into)]
    rates: Signal<Option<RateTable>>,
    /// Display currency (reactive).
    #[prop(into)]
    display: Signal<Currency>,
    /// The quote being accepted, if any (reactive).
    #[prop(into)]
    accepting: Signal<Option<String>>,
    /// Runs when the buyer accepts a quote.
    #[prop(into)]
    on_accept: Callback<Quote>,
) -> impl IntoView {
    if rfqs.is_empty() {
        return view! {
            <div class="empty-state">
                <h3>{move || t!("quotes-empty-title")}</h3>
                <p>{move || t!("quotes-empty-body")}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <ol class="rfq-list" role="list">
            {rfqs.into_iter().map(|rfq| view! {
                <li><RfqCard rfq=rfq rates=rates display=display accepting=accepting on_accept=on_accept/></li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// One RFQ: what was asked, who has answered, and the quotes.
#[component]
fn RfqCard(
    rfq: Rfq,
    rates: Signal<Option<RateTable>>,
    display: Signal<Currency>,
    accepting: Signal<Option<String>>,
    on_accept: Callback<Quote>,
) -> impl IntoView {
    let mut asked: Vec<u32> = Vec::new();
    for s in &rfq.request.supplier_ids {
        if !asked.contains(s) {
            asked.push(*s);
        }
    }
    let asked = asked.len() as u32;
    let pending = rfq.pending_supplier_ids.len() as u32;
    let answered = asked.saturating_sub(pending);
    let quoted = rfq.quotes.len();
    let heading_id = format!("rfq-{}", rfq.id);
    let labelled_by = heading_id.clone();
    let req = rfq.request.clone();
    let created = rfq.created_at.clone();
    let needed = req.needed_by.clone();
    let status = if pending > 0 {
        "waiting"
    } else if rfq.quotes.iter().any(|q| q.accepted) {
        "accepted"
    } else if quoted == 0 {
        "declined"
    } else {
        "quoted"
    };
    view! {
        <article class="panel rfq-card" aria-labelledby=labelled_by data-rfq-id=rfq.id.clone() data-status=status>
            <header class="rfq-card__head">
                <h3 id=heading_id>
                    <a href=AppRoute::Product(req.product_id).path() lang=rfq.product_name.lang.clone() dir="auto">{rfq.product_name.text.clone()}</a>
                </h3>
                <p class="chip rfq-status">{move || match status {
                    "waiting" => t!("rfq-status-waiting"),
                    "accepted" => t!("rfq-status-accepted"),
                    "declined" => t!("rfq-status-declined"),
                    _ => t!("rfq-status-quoted", count = quoted),
                }}</p>
            </header>
            <dl class="facts rfq-card__facts">
                <div><dt>{move || t!("rfq-quantity")}</dt><dd>{move || format::number(i64::from(req.quantity))}</dd></div>
                <div><dt>{move || t!("rfq-destination")}</dt><dd>{let c = req.destination_country.clone(); move || format::country(&c)}</dd></div>
                <div><dt>{move || t!("rfq-incoterm")}</dt><dd>{req.incoterm.code()}</dd></div>
                <div><dt>{move || t!("rfq-needed-by")}</dt><dd><time datetime=needed.clone()>{let n = needed.clone(); move || format::date(&n)}</time></dd></div>
                {req.target_price.map(|m| view! { <div><dt>{move || t!("rfq-target-price")}</dt><dd><Price money=m/></dd></div> })}
                <div><dt>{move || t!("rfq-sent")}</dt><dd><time datetime=created.clone()>{let c = created.clone(); move || format::date(&c)}</time>" · "<bdi class="muted">{rfq.id.clone()}</bdi></dd></div>
            </dl>
            {(!req.attachment_names.is_empty()).then(|| view! {
                <p class="muted">{move || t!("rfq-attachments-listed")}" "{req.attachment_names.join(", ")}</p>
            })}
            {(pending > 0).then(|| view! {
                <div class="rfq-waiting" role="status">
                    <progress max=asked value=answered aria-label=move || t!("rfq-waiting-label")></progress>
                    <span>{move || t!("rfq-waiting", answered = answered, asked = asked)}</span>
                </div>
            })}
            {(quoted > 0).then(|| view! {
                <QuoteComparisonTable quotes=rfq.quotes.clone() rates=rates display=display accepting=accepting on_accept=on_accept/>
            })}
            {(pending == 0 && quoted == 0).then(|| view! { <p class="muted">{move || t!("rfq-none-quoted")}</p> })}
            {(pending == 0 && (quoted as u32) < asked && quoted > 0).then(|| view! {
                <p class="note">{move || t!("rfq-some-declined", count = asked - quoted as u32)}</p>
            })}
        </article>
    }
}
