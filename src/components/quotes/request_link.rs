use leptos::prelude::*;

use crate::routes::{AppRoute, RfqPrefill};
use crate::t;

/// What a "request a quote" link asks about, which decides its wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteScope {
    /// One product (the product page's order box).
    Product,
    /// One supplier's group of cart lines.
    SupplierGroup,
    /// Every line of the cart.
    WholeCart,
}

/// A link to the new-RFQ form prefilled with products and quantities. For the cart: place
/// one per supplier group (`scope = SupplierGroup`, that group's lines) and one under the
/// cart summary (`scope = WholeCart`, every line).
#[component]
pub fn RequestQuoteLink(
    /// (product id, quantity) pairs the request starts with (reactive: follows the typed
    /// quantity).
    #[prop(into)]
    items: Signal<Vec<(u32, u32)>>,
    /// What the link covers.
    scope: QuoteScope,
) -> impl IntoView {
    let href = move || AppRoute::NewRfq(RfqPrefill { items: items.get() }).path();
    view! {
        <a class="button request-quote-link" href=href>
            {move || match scope {
                QuoteScope::Product => t!("rfq-link-product"),
                QuoteScope::SupplierGroup => t!("rfq-link-supplier"),
                QuoteScope::WholeCart => t!("rfq-link-cart"),
            }}
        </a>
    }
}
