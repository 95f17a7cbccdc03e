use leptos::prelude::*;
use tradefair_core::trade::{Order, StatusEvent};

use super::labels;
use crate::components::ui::{Price, PriceKind};
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// The status timeline: each step with the date it was reached, or the date it is expected.
#[component]
pub fn StatusTimeline(
    /// The order's steps, in order.
    timeline: Vec<StatusEvent>,
    /// Where the order stands.
    current: tradefair_core::trade::OrderStatus,
) -> impl IntoView {
    view! {
        <ol class="timeline">
            {timeline.into_iter().map(|ev| {
                let reached = ev.at.is_some();
                let is_current = ev.status == current;
                let class = match (reached, is_current) {
                    (_, true) => "timeline__step timeline__step--current",
                    (true, false) => "timeline__step timeline__step--done",
                    (false, false) => "timeline__step",
                };
                let status = ev.status;
                view! {
                    <li class=class data-status=labels::status_code(status) aria-current=is_current.then_some("step")>
                        <span class="timeline__label">{move || labels::status(status)}</span>
                        {match (ev.at, ev.expected_on) {
                            (Some(at), _) => view! {
                                <time class="timeline__date" datetime=at.clone()>{let a = at.clone(); move || format::date(&a)}</time>
                            }.into_any(),
                            (None, Some(exp)) => view! {
                                <span class="timeline__date muted">{move || t!("order-expected-on", date = format::date(&exp))}</span>
                            }.into_any(),
                            (None, None) => view! { <span class="timeline__date muted">{move || t!("order-step-pending")}</span> }.into_any(),
                        }}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// One supplier's order: status timeline, shipment, payment and escrow, the lines and the
/// buyer's details.
#[component]
pub fn OrderDetail(
    /// The order.
    order: Order,
) -> impl IntoView {
    let o = order;
    let heading_id = format!("order-{}", o.number);
    let labelled_by = heading_id.clone();
    let placed = o.placed_at.clone();
    let status = o.status;
    let method = o.method;
    let incoterm = o.incoterm;
    let ships_from = o.ships_from.clone();
    let escrow = o.escrow;
    let payment = o.payment.clone();
    let address = o.shipping_address.clone();
    let company = o.company.clone();
    view! {
        <article class="panel order-detail" aria-labelledby=labelled_by data-order=o.number.clone()>
            <header class="order-detail__head">
                <h2 id=heading_id>{move || t!("order-number")}" "<bdi>{o.number.clone()}</bdi></h2>
                <p class="chip order-status" data-status=labels::status_code(status)>{move || labels::status(status)}</p>
            </header>
            <p class="muted">
                <a href=AppRoute::Supplier(o.supplier.id).path()><bdi>{o.supplier.name.clone()}</bdi></a>
                " · "
                {move || t!("order-placed-on", date = format::date(&placed))}
            </p>

            <h3>{move || t!("order-timeline")}</h3>
            <StatusTimeline timeline=o.timeline.clone() current=status/>

            <div class="order-detail__grid">
                <section>
                    <h3>{move || t!("order-shipment")}</h3>
                    <dl class="facts">
                        <div><dt>{move || t!("order-ships-from")}</dt><dd class="order-ships-from">{let s = ships_from.clone(); move || labels::ships_from(&s)}</dd></div>
                        <div><dt>{move || t!("order-method")}</dt><dd>{move || labels::method(method)}</dd></div>
                        <div><dt>{move || t!("order-incoterm")}</dt><dd>{incoterm.code()}</dd></div>
                        <div>
                            <dt>{move || t!("order-tracking")}</dt>
                            <dd class="order-tracking">
                                {match o.tracking.clone() {
                                    Some(tr) => view! { <bdi>{tr.carrier}</bdi>" "<code>{tr.number}</code> }.into_any(),
                                    None => view! { <span class="muted">{move || t!("order-tracking-none")}</span> }.into_any(),
                                }}
                            </dd>
                        </div>
                    </dl>
                </section>
                <section>
                    <h3>{move || t!("order-payment")}</h3>
                    <dl class="facts">
                        <div><dt>{move || t!("order-payment-method")}</dt><dd>{move || labels::payment(&payment)}</dd></div>
                        <div><dt>{move || t!("order-escrow")}</dt><dd class="order-escrow">{move || labels::escrow(escrow)}</dd></div>
                        <div><dt>{move || t!("order-po-number")}</dt><dd><bdi>{o.po_number.clone()}</bdi></dd></div>
                    </dl>
                </section>
                <section>
                    <h3>{move || t!("order-ship-to")}</h3>
                    <address class="order-address">
                        <bdi>{company.legal_name.clone()}</bdi><br/>
                        <bdi>{address.recipient.clone()}</bdi><br/>
                        <bdi>{address.line1.clone()}</bdi><br/>
                        {(!address.line2.is_empty()).then(|| view! { <bdi>{address.line2.clone()}</bdi><br/> })}
                        <bdi>{format!("{} {} {}", address.postal_code, address.city, address.region).trim().to_string()}</bdi><br/>
                        {let c = address.country.clone(); move || format::country(&c)}
                    </address>
                </section>
            </div>

            <h3>{move || t!("order-lines")}</h3>
            <div class="table-scroll">
                <table class="order-lines">
                    <thead>
                        <tr>
                            <th scope="col">{move || t!("order-csv-product")}</th>
                            <th scope="col">{move || t!("order-csv-quantity")}</th>
                            <th scope="col">{move || t!("order-csv-unit-price")}</th>
                            <th scope="col">{move || t!("order-csv-line-total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {o.lines.iter().map(|l| view! {
                            <tr>
                                <th scope="row"><a href=AppRoute::Product(l.product_id).path() lang=l.name.lang.clone() dir="auto">{l.name.text.clone()}</a></th>
                                <td data-label=move || t!("order-csv-quantity")>{let q = l.quantity; move || format::number(i64::from(q))}</td>
                                <td data-label=move || t!("order-csv-unit-price")><Price money=l.unit_price/></td>
                                <td data-label=move || t!("order-csv-line-total")><Price money=l.line_total/></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{move || t!("order-goods-total")}</th>
                            <td>
                                <Price money=o.goods_total kind=PriceKind::Large/>
                                {(o.goods_total.currency != o.goods_total_display.currency).then(|| view! {
                                    <br/><Price money=o.goods_total_display kind=PriceKind::Muted/>
                                })}
                            </td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </article>
    }
}
