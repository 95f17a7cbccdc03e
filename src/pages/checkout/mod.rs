//! `/checkout`: loads the cart's prices and rates, then the stepped form
//! ([`flow::CheckoutFlow`]). The draft lives in `localStorage`, so nothing typed is lost to a
//! reload or an outage.

mod flow;

use leptos::prelude::*;
use tradefair_core::trade::PriceCheckRequest;

use super::use_title;
use crate::api;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::routes::AppRoute;
use crate::state::cart::use_cart;
use crate::state::checkout::CheckoutStore;
use crate::state::use_settings;
use crate::t;

/// `/checkout`.
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let cart = use_cart();
    let settings = use_settings();
    let store = CheckoutStore::load();
    use_title(move || i18n::tr("checkout-title"));
    // Only the lines matter: storing the checkout key in the cart must not reload the page.
    let cart_lines = Memo::new(move |_| cart.lines());
    let data = LocalResource::new(move || {
        let lines = cart_lines.get();
        let locale = i18n::locale().tag().to_string();
        let currency = settings.currency.get();
        async move {
            if lines.is_empty() {
                return Ok(None);
            }
            let backend = api::backend();
            let check = backend
                .price_check(&PriceCheckRequest {
                    lines: lines.clone(),
                    locale,
                    currency,
                })
                .await?;
            let rates = backend.rates().await?;
            Ok(Some((lines, check, rates, currency)))
        }
    });
    view! {
        <section class="checkout">
            <h1 tabindex="-1">{move || t!("checkout-title")}</h1>
            {move || store.recovery.get().map(|_| view! {
                <div class="notice" role="status">
                    <p>{t!("checkout-draft-reset")}</p>
                    <button type="button" class="link-button" on:click=move |_| store.recovery.set(None)>{t!("cart-dismiss")}</button>
                </div>
            })}
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(None) => view! {
                            <div class="empty-state">
                                <h2>{move || t!("checkout-empty-title")}</h2>
                                <p>{move || t!("checkout-empty-body")}</p>
                                <a class="button button--primary" href=AppRoute::Catalog(Default::default()).path()>{move || t!("nav-catalog")}</a>
                            </div>
                        }.into_any(),
                        Ok(Some((lines, check, rates, currency))) => {
                            let blocked = !check.unavailable.is_empty()
                                || check.lines.iter().any(|l| l.unit_price.is_none());
                            if blocked {
                                view! {
                                    <div class="notice notice--warn" role="alert">
                                        <p>{move || t!("checkout-cart-needs-fixing")}</p>
                                        <a class="button" href=AppRoute::Cart.path()>{move || t!("checkout-back-to-cart")}</a>
                                    </div>
                                }.into_any()
                            } else {
                                view! { <flow::CheckoutFlow store=store lines=lines check=check rates=rates currency=currency/> }.into_any()
                            }
                        }
                        Err(e) => view! {
                            <ErrorPanel error=e on_retry=move |_| data.refetch()/>
                            <p class="note">{move || t!("checkout-kept-locally")}</p>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
