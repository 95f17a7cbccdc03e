use leptos::prelude::*;
use tradefair_core::wire::SupplierSummary;

use crate::components::catalog::labels;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// A supplier at a glance: name, place, verification, years, responsiveness.
#[component]
pub fn SupplierCard(
    /// The supplier.
    supplier: SupplierSummary,
) -> impl IntoView {
    let href = AppRoute::Supplier(supplier.id).path();
    let s = supplier.clone();
    let country = supplier.country.clone();
    let city = supplier.city.clone();
    let years = s.years_in_business;
    let rate = u32::from(s.response_rate_pct);
    let hours = s.response_time_h;
    let cat = s.main_category;
    view! {
        <article class="card supplier-card">
            <h3 class="supplier-card__name">
                <a href=href.clone()><bdi>{supplier.name.clone()}</bdi></a>
            </h3>
            <p class="supplier-card__place">
                {move || t!("supplier-location", city = city.clone(), country = format::country(&country))}
            </p>
            <p class="supplier-card__category">{move || labels::category(cat)}</p>
            {s.verified.then(|| view! { <p><span class="badge badge--verified">{move || t!("verified")}</span></p> })}
            <p class="supplier-card__years">{move || t!("supplier-years", years = years)}</p>
            <dl class="facts facts--compact">
                <div>
                    <dt>{move || t!("supplier-response-rate")}</dt>
                    <dd>{move || format::percent(rate)}</dd>
                </div>
                <div>
                    <dt>{move || t!("supplier-response-time")}</dt>
                    <dd>{move || t!("supplier-response-hours", hours = hours)}</dd>
                </div>
            </dl>
        </article>
    }
}
