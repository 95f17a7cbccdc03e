//! What changed when the re-check before placing found other prices: shown, and applied only
//! when the buyer accepts.

use leptos::prelude::*;
use tradefair_core::cart;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::trade::PriceCheck;

use crate::components::ui::{Price, PriceKind};
use crate::routes::AppRoute;
use crate::t;

/// The old and new goods totals, the lines whose unit price moved, lines no longer
/// available, and "accept the new prices" (only when every line can still be ordered).
#[component]
pub fn PriceChangeNotice(
    /// The prices the buyer reviewed.
    reviewed: PriceCheck,
    /// The prices now.
    fresh: PriceCheck,
    /// Rates for the totals.
    rates: RateTable,
    /// Display currency.
    currency: Currency,
    /// The buyer accepts the new prices.
    on_accept: Callback<()>,
) -> impl IntoView {
    let old_total = cart::totals(&reviewed.lines, &rates, currency)
        .ok()
        .map(|t| t.total_display);
    let new_total = cart::totals(&fresh.lines, &rates, currency)
        .ok()
        .map(|t| t.total_display);
    let orderable =
        fresh.unavailable.is_empty() && fresh.lines.iter().all(|l| l.unit_price.is_some());
    let moved: Vec<_> = fresh
        .lines
        .iter()
        .filter_map(|n| {
            let old = reviewed
                .lines
                .iter()
                .find(|o| o.product_id == n.product_id)?;
            (old.unit_price_display != n.unit_price_display)
                .then(|| (n.name.clone(), old.unit_price_display, n.unit_price_display))
        })
        .collect();
    let gone = fresh.unavailable.len();
    view! {
        <div class="notice notice--warn price-change" role="alert">
            <h3>{move || t!("checkout-price-changed-title")}</h3>
            <p>{move || t!("error-price-changed")}</p>
            <ul>
                {moved.into_iter().map(|(name, old, new)| view! {
                    <li>
                        <span lang=name.lang.clone() dir="auto">{name.text.clone()}</span>": "
                        {old.map(|m| view! { <del><Price money=m/></del> })}
                        " → "
                        {new.map(|m| view! { <ins><Price money=m/></ins> })}
                    </li>
                }).collect_view()}
            </ul>
            {(gone > 0).then(|| view! { <p>{move || t!("cart-unavailable", count = gone)}</p> })}
            {old_total.zip(new_total).map(|(o, n)| view! {
                <p class="price-change__totals">
                    {move || t!("checkout-old-total")}" " <del><Price money=o/></del>
                    " · "
                    {move || t!("checkout-new-total")}" " <Price money=n kind=PriceKind::Large/>
                </p>
            })}
            {if orderable {
                view! {
                    <button type="button" class="button button--primary" on:click=move |_| on_accept.run(())>
                        {move || t!("checkout-accept-prices")}
                    </button>
                }.into_any()
            } else {
                view! { <a class="button" href=AppRoute::Cart.path()>{move || t!("checkout-back-to-cart")}</a> }.into_any()
            }}
        </div>
    }
}
