//! `/quotes`: the new-RFQ form (prefilled from a product or the cart through
//! [`AppRoute::NewRfq`]) and the buyer's RFQs with their quotes, polled while suppliers are
//! still answering.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use tradefair_core::quotes::{cart_line, is_expired};
use tradefair_core::trade::{Quote, Rfq};

use super::{focus_main_heading, use_title};
use crate::api::{self, ApiError};
use crate::components::quotes::{today, PollWhilePending, RfqForm, RfqList};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n::{self, format};
use crate::routes::{use_navigator, AppRoute, RfqPrefill};
use crate::state::cart::use_cart;
use crate::state::use_settings;
use crate::t;

/// What happened to the last "accept".
#[derive(Clone, Debug, PartialEq)]
enum Acceptance {
    /// Accepted and in the cart at the quoted price until `expires_on`.
    Added { quote: Box<Quote> },
    /// The quote expired (locally or at the backend): it cannot be accepted.
    Expired,
    /// The backend refused or could not be reached.
    Failed(ApiError),
}

/// `/quotes`.
#[component]
pub fn QuotesPage() -> impl IntoView {
    use_title(move || i18n::tr("quotes-title"));
    let query = use_query_map();
    let prefill = Memo::new(move |_| query.with(RfqPrefill::from_map));
    let settings = use_settings();
    let cart = use_cart();
    let navigator = use_navigator();

    let rfqs = LocalResource::new(|| async { api::backend().rfqs().await });
    let accepting = RwSignal::new(None::<String>);
    let acceptance = RwSignal::new(None::<Acceptance>);
    let sent = RwSignal::new(None::<usize>);

    Effect::new(move |_| focus_main_heading());

    let on_sent = Callback::new(move |created: Vec<Rfq>| {
        let suppliers: usize = created.iter().map(|r| r.request.supplier_ids.len()).sum();
        sent.set(Some(suppliers));
        rfqs.refetch();
        // The link's products are sent: a reload must not start the same request again.
        if prefill.get_untracked().is_some() {
            navigator.replace(&AppRoute::Quotes);
        }
    });

    let on_accept = Callback::new(move |quote: Quote| {
        if is_expired(&quote, today()) {
            acceptance.set(Some(Acceptance::Expired));
            return;
        }
        accepting.set(Some(quote.id.clone()));
        acceptance.set(None);
        leptos::task::spawn_local(async move {
            let result = api::backend().accept_quote(&quote.id).await;
            accepting.set(None);
            match result {
                Ok(q) => {
                    let line = cart_line(&q);
                    if let Some(id) = line.quote_id {
                        cart.add_quoted(line.product_id, line.quantity, id);
                    }
                    acceptance.set(Some(Acceptance::Added { quote: Box::new(q) }));
                    rfqs.refetch();
                }
                Err(ApiError::Conflict(code)) if code == "quote_expired" => {
                    acceptance.set(Some(Acceptance::Expired))
                }
                Err(e) => acceptance.set(Some(Acceptance::Failed(e))),
            }
        });
    });

    view! {
        <section class="quotes">
            <h1 tabindex="-1">{move || t!("quotes-title")}</h1>
            <p class="muted">{move || t!("quotes-intro")}</p>
            {move || {
                let p = prefill.get();
                view! { <RfqForm prefill=p on_sent=on_sent/> }
            }}
            <div aria-live="polite">
                {move || sent.get().map(|n| view! { <p class="notice" role="status">{t!("rfq-sent-notice", count = n)}</p> })}
            </div>
            <div class="acceptance" aria-live="assertive">
                {move || acceptance.get().map(|a| match a {
                    Acceptance::Added { quote } => {
                        let expires = quote.expires_on.clone();
                        view! {
                            <div class="notice notice--ok" role="status">
                                <p>{t!("quotes-added-to-cart", quantity = format::number(i64::from(quote.quantity)), price = format::money(quote.unit_price), date = format::date(&expires))}</p>
                                <a href=AppRoute::Cart.path()>{t!("quotes-view-cart")}</a>
                            </div>
                        }.into_any()
                    }
                    Acceptance::Expired => view! {
                        <div class="notice notice--warn" role="alert"><p>{t!("error-quote-expired")}</p></div>
                    }.into_any(),
                    Acceptance::Failed(e) => view! {
                        <ErrorPanel error=e on_retry=move |_| { acceptance.set(None); rfqs.refetch(); }/>
                    }.into_any(),
                })}
            </div>
            <section class="rfqs" aria-labelledby="rfqs-title">
                <h2 id="rfqs-title">{move || t!("quotes-list-title")}</h2>
                <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                    {move || Suspend::new(async move {
                        match rfqs.await {
                            Ok(list) => {
                                let waiting = list.iter().any(|r| !r.pending_supplier_ids.is_empty());
                                view! {
                                    {waiting.then(|| view! { <PollWhilePending on_tick=move |_| rfqs.refetch()/> })}
                                    <RfqList
                                        rfqs=list
                                        rates=settings.rates
                                        display=settings.currency
                                        accepting=accepting
                                        on_accept=on_accept
                                    />
                                }
                                .into_any()
                            }
                            Err(e) => view! { <ErrorPanel error=e on_retry=move |_| rfqs.refetch()/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </section>
    }
}
