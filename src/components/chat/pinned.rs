//! Products the exhibitor pinned: name, price in the buyer's currency, smallest order, and
//! "Add to cart" in one click.

use leptos::prelude::*;
use tradefair_core::chat::PinnedProduct;

use super::messages::Phase;
use crate::components::catalog::labels;
use crate::components::ui::{Price, PriceKind};
use crate::i18n;
use crate::media::chat::{BoothLink, LinkState};
use crate::routes::AppRoute;
use crate::state::cart::use_cart;
use crate::state::use_settings;
use crate::t;

/// One pinned product.
#[component]
fn PinnedItem(
    /// The pin.
    pin: PinnedProduct,
) -> impl IntoView {
    let settings = use_settings();
    let cart = use_cart();
    let added = RwSignal::new(false);
    let PinnedProduct {
        product_id,
        name,
        unit_price,
        min_quantity,
        unit,
        ..
    } = pin;
    let name = StoredValue::new(name);
    let shown_name = Memo::new(move |_| {
        let reader = i18n::locale().tag();
        name.with_value(|n| n.resolve(reader))
    });
    // In the display currency when the rates are known, else in the supplier's.
    let price = move || {
        let to = settings.currency.get();
        settings
            .rates
            .with(|r| r.as_ref().and_then(|r| r.convert(unit_price, to).ok()))
            .unwrap_or(unit_price)
    };
    let add = move |_| {
        cart.add(product_id, min_quantity);
        added.set(true);
    };
    view! {
        <li class="chat-pin" data-product-id=product_id.to_string()>
            <a class="chat-pin__name" href=AppRoute::Product(product_id).path()>
                <bdi lang=move || shown_name.get().lang dir="auto">{move || shown_name.get().text}</bdi>
            </a>
            <p class="chat-pin__price">
                {move || view! { <Price money=price() kind=PriceKind::Large/> }}
                " "
                <span class="chat-pin__per">{move || labels::per_unit(unit)}</span>
            </p>
            <p class="chat-pin__moq">
                {move || t!("chat-min-order", quantity = labels::quantity(unit, min_quantity))}
            </p>
            <button
                type="button"
                class="button button--primary chat-pin__add"
                aria-label=move || t!("chat-add-to-cart-named", name = shown_name.get().text)
                on:click=add
            >
                {move || t!("chat-add-to-cart")}
            </button>
            <p class="chat-pin__added" role="status">
                {move || {
                    added
                        .get()
                        .then(|| t!("chat-added", quantity = labels::quantity(unit, min_quantity)))
                }}
            </p>
        </li>
    }
}

/// The products pinned now, the latest first.
#[component]
pub fn PinnedList(
    /// The booth's channel.
    link: BoothLink,
) -> impl IntoView {
    let pins = Memo::new(move |_| link.log.with(|l| l.pinned()));
    let phase = Memo::new(move |_| {
        if pins.with(Vec::is_empty) {
            if link.state.get() == LinkState::Connecting {
                Phase::Loading
            } else {
                Phase::Empty
            }
        } else {
            Phase::List
        }
    });
    view! {
        {move || match phase.get() {
            Phase::Loading => {
                view! {
                    <div class="chat-skeleton" aria-busy="true" role="status">
                        <span class="visually-hidden">{move || t!("loading")}</span>
                        <div class="skeleton skeleton--line"></div>
                    </div>
                }
                    .into_any()
            }
            Phase::Empty => {
                view! { <p class="chat-empty">{move || t!("chat-empty-pinned")}</p> }.into_any()
            }
            Phase::List => {
                view! {
                    <ul class="chat-pins" aria-label=move || t!("chat-pinned-label")>
                        <For each=move || pins.get() key=|p| p.product_id children=|p| view! { <PinnedItem pin=p/> }/>
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}
