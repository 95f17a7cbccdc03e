use leptos::prelude::*;
use tradefair_core::wire::ProductSummary;

use super::labels;
use super::ProductImage;
use crate::components::ui::{Price, PriceKind};
use crate::i18n::{self, format};
use crate::routes::AppRoute;
use crate::t;

/// A product in a result list: picture, name, price at MOQ in the buyer's currency, MOQ,
/// lead time and the supplier. The whole card is one link to the product.
#[component]
pub fn ProductCard(
    /// The product row.
    product: ProductSummary,
) -> impl IntoView {
    let href = AppRoute::Product(product.id).path();
    let fallback = product.name.lang != i18n::locale_untracked().tag();
    let unit = product.unit;
    let moq = product.moq;
    let lead = product.lead_time_days;
    let shows_supplier_price = product.price_from.currency != product.price_from_display.currency;
    let supplier_price = product.price_from;
    let country = product.supplier_country.clone();
    view! {
        <article class="card product-card">
            <a class="product-card__link" href=href>
                <ProductImage category=product.category hue=product.image_hue alt=""/>
                <h3 class="product-card__name" lang=product.name.lang.clone() dir="auto">
                    {product.name.text.clone()}
                </h3>
            </a>
            {fallback
                .then(|| view! { <p class="fallback-note">{move || t!("fallback-english")}</p> })}
            <p class="product-card__price">
                <Price money=product.price_from_display kind=PriceKind::Large/>
                " "
                <span class="product-card__per">{move || labels::per_unit(unit)}</span>
            </p>
            {shows_supplier_price
                .then(|| {
                    view! {
                        <p class="product-card__supplier-price">
                            {move || t!("card-supplier-price", price = format::money(supplier_price))}
                        </p>
                    }
                })}
            <p class="product-card__moq">
                {move || t!("card-moq", quantity = labels::quantity(unit, moq))}
            </p>
            <p class="product-card__lead">{move || t!("card-lead-time", days = lead)}</p>
            <p class="product-card__supplier">
                <bdi class="product-card__supplier-name">{product.supplier_name.clone()}</bdi>
                " · "
                <span>{move || format::country(&country)}</span>
                {product
                    .supplier_verified
                    .then(|| view! { <span class="badge badge--verified">{move || t!("verified")}</span> })}
            </p>
            <ul class="chips" aria-label=move || t!("facet-certifications")>
                {product
                    .certifications
                    .iter()
                    .map(|c| view! { <li class="chip">{c.code()}</li> })
                    .collect_view()}
                {product
                    .overseas_stock
                    .then(|| view! { <li class="chip chip--accent">{move || t!("card-overseas")}</li> })}
            </ul>
        </article>
    }
}

/// A responsive grid of product cards.
#[component]
pub fn CardGrid(
    /// The products to show, in order.
    products: Vec<ProductSummary>,
) -> impl IntoView {
    view! {
        <ul class="card-grid" role="list">
            {products
                .into_iter()
                .map(|p| view! { <li><ProductCard product=p/></li> })
                .collect_view()}
        </ul>
    }
}
