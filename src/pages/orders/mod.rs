//! `/orders` (history) and `/orders/:id` (a checkout's confirmation with its per-supplier
//! orders, or one order).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tradefair_core::trade::OrderConfirmation;
use tradefair_core::wire::CatalogQuery;

use super::{focus_main_heading, use_title, NotFoundPage};
use crate::api::{self, ApiError};
use crate::components::orders::{OrderActions, OrderDetail, OrderList};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n::{self, tr};
use crate::routes::AppRoute;
use crate::state::use_settings;
use crate::t;

/// `/orders`.
#[component]
pub fn OrdersPage() -> impl IntoView {
    use_title(move || tr("orders-title"));
    let settings = use_settings();
    let orders = LocalResource::new(|| async { api::backend().orders().await });
    Effect::new(move |_| focus_main_heading());
    view! {
        <section class="orders">
            <h1 tabindex="-1">{move || t!("orders-title")}</h1>
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                {move || Suspend::new(async move {
                    match orders.await {
                        Ok(list) => {
                            let catalog = AppRoute::Catalog(CatalogQuery::new(i18n::locale_untracked().tag(), settings.currency.get_untracked())).path();
                            view! { <OrderList orders=list catalog_href=catalog/> }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| orders.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// `/orders/:id`.
#[component]
pub fn OrderPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let order = LocalResource::new(move || {
        let id = id.get();
        async move { api::backend().order(&id).await }
    });
    let is_checkout = move || id.with(|i| i.starts_with("CO-"));
    use_title(move || {
        if is_checkout() {
            tr("order-confirmation-title")
        } else {
            t!("order-title", number = id.get())
        }
    });
    Effect::new(move |_| focus_main_heading());
    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
            {move || Suspend::new(async move {
                match order.await {
                    Ok(c) => view! { <OrderView confirmation=c id=id.get_untracked()/> }.into_any(),
                    Err(ApiError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! {
                        <h1 tabindex="-1">{move || t!("orders-title")}</h1>
                        <ErrorPanel error=e on_retry=move |_| order.refetch()/>
                    }.into_any(),
                }
            })}
        </Transition>
    }
}

/// A checkout's confirmation (order numbers per supplier) or one order, with the actions.
#[component]
fn OrderView(confirmation: OrderConfirmation, id: String) -> impl IntoView {
    let checkout = id.starts_with("CO-");
    let orders = confirmation.orders.clone();
    let count = orders.len();
    let numbers: Vec<(String, String)> = orders
        .iter()
        .map(|o| (o.number.clone(), o.supplier.name.clone()))
        .collect();
    let title_id = id.clone();
    let checkout_id = confirmation.checkout_id.clone();
    view! {
        <section class="order-page">
            <p class="no-print"><a href=AppRoute::Orders.path()>{move || t!("order-back")}</a></p>
            <h1 tabindex="-1">
                {move || if checkout { tr("order-confirmation-title") } else { t!("order-title", number = title_id.clone()) }}
            </h1>
            {checkout.then(|| view! {
                <div class="panel order-confirmation" role="status">
                    <p>{move || t!("order-confirmation-body", count = count, checkout = checkout_id.clone())}</p>
                    <ul class="order-numbers">
                        {numbers.into_iter().map(|(number, supplier)| view! {
                            <li>
                                <a href=AppRoute::Order(number.clone()).path()><bdi>{number.clone()}</bdi></a>
                                " · "<bdi>{supplier}</bdi>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <OrderActions orders=orders.clone() id=id.clone()/>
            {orders.into_iter().map(|o| view! { <OrderDetail order=o/> }).collect_view()}
        </section>
    }
}
