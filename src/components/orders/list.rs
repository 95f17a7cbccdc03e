use leptos::prelude::*;
use tradefair_core::trade::Order;

use super::labels;
use crate::components::ui::Price;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// The buyer's orders, newest first, or an empty state that points to the catalog.
#[component]
pub fn OrderList(
    /// The orders.
    orders: Vec<Order>,
    /// Where "browse the catalog" goes.
    catalog_href: String,
) -> impl IntoView {
    if orders.is_empty() {
        return view! {
            <div class="empty-state orders-empty">
                <h2>{move || t!("orders-empty-title")}</h2>
                <p>{move || t!("orders-empty-body")}</p>
                <a class="button button--primary" href=catalog_href>{move || t!("orders-browse")}</a>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="orders-table">
                <caption class="visually-hidden">{move || t!("orders-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t!("order-csv-number")}</th>
                        <th scope="col">{move || t!("order-csv-placed")}</th>
                        <th scope="col">{move || t!("order-csv-supplier")}</th>
                        <th scope="col">{move || t!("order-csv-status")}</th>
                        <th scope="col">{move || t!("order-csv-total")}</th>
                    </tr>
                </thead>
                <tbody>
                    {orders.into_iter().map(|o| {
                        let placed = o.placed_at.clone();
                        let status = o.status;
                        view! {
                            <tr data-order=o.number.clone()>
                                <th scope="row"><a href=AppRoute::Order(o.number.clone()).path()><bdi>{o.number.clone()}</bdi></a></th>
                                <td data-label=move || t!("order-csv-placed")><time datetime=placed.clone()>{let p = placed.clone(); move || format::date(&p)}</time></td>
                                <td data-label=move || t!("order-csv-supplier")><bdi>{o.supplier.name.clone()}</bdi></td>
                                <td data-label=move || t!("order-csv-status")><span class="chip order-status" data-status=labels::status_code(status)>{move || labels::status(status)}</span></td>
                                <td data-label=move || t!("order-csv-total")><Price money=o.goods_total_display/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
