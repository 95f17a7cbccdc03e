use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tradefair_core::wire::{CatalogQuery, Supplier};

use super::{use_title, NotFoundPage};
use crate::api::{self, ApiError};
use crate::components::catalog::{labels, CardGrid};
use crate::components::ui::{ErrorPanel, Price, Skeleton, SkeletonKind};
use crate::i18n::{self, format, tr};
use crate::routes::AppRoute;
use crate::state::use_settings;
use crate::t;

fn scope_label(slug: &str) -> String {
    match slug {
        "business-licence" => tr("scope-business-licence"),
        "factory-audit" => tr("scope-factory-audit"),
        "export-licence" => tr("scope-export-licence"),
        "quality-system" => tr("scope-quality-system"),
        other => other.to_string(),
    }
}

/// `/supplier/:id`.
#[component]
pub fn SupplierPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.get().get("id").and_then(|s| s.parse::<u32>().ok()));
    let supplier = LocalResource::new(move || {
        let id = id.get();
        let locale = i18n::locale().tag();
        async move {
            match id {
                Some(id) => api::backend().supplier(id, locale).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    let title = RwSignal::new(String::new());
    use_title(move || title.get());
    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
            {move || Suspend::new(async move {
                match supplier.await {
                    Ok(s) => {
                        title.set(s.summary.name.clone());
                        view! { <SupplierView supplier=s/> }.into_any()
                    }
                    Err(ApiError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e on_retry=move |_| supplier.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The loaded supplier, with its first products.
#[component]
fn SupplierView(supplier: Supplier) -> impl IntoView {
    let settings = use_settings();
    let s = supplier;
    let id = s.summary.id;
    let products = LocalResource::new(move || {
        let mut q = CatalogQuery::new(i18n::locale().tag(), settings.currency.get());
        q.supplier_id = Some(id);
        q.sort = tradefair_core::wire::SortOrder::Newest;
        q.per_page = 8;
        async move { api::backend().search(&q).await }
    });
    let mut all_q = CatalogQuery::new(
        i18n::locale_untracked().tag(),
        settings.currency.get_untracked(),
    );
    all_q.supplier_id = Some(id);
    let all_href = AppRoute::Catalog(all_q).path();
    let country = s.summary.country.clone();
    let city = s.summary.city.clone();
    let about_fallback = s.about.lang != i18n::locale_untracked().tag();
    let years = s.summary.years_in_business;
    let rate = u32::from(s.summary.response_rate_pct);
    let hours = s.summary.response_time_h;
    let employees = s.employees;
    let tx = s.transactions.clone();
    let rating = tx.rating_x10;
    let reviews = tx.reviews;
    let cat = s.summary.main_category;
    let count = s.product_count;
    let currency = s.currency;

    view! {
        <article class="supplier">
            <header class="supplier__head">
                <h1 tabindex="-1" dir="auto">{s.summary.name.clone()}</h1>
                <p class="supplier__place">
                    {move || t!("supplier-location", city = city.clone(), country = format::country(&country))}
                    " · "
                    {move || labels::category(cat)}
                </p>
                <p class="supplier__years">{move || t!("supplier-years", years = years)}</p>
                {match s.verification.clone() {
                    Some(v) => {
                        let by = v.verified_by.clone();
                        let (on, until) = (v.verified_on.clone(), v.valid_until.clone());
                        view! {
                            <section class="verification" aria-labelledby="verification-title">
                                <h2 id="verification-title">
                                    <span class="badge badge--verified">{move || t!("verified")}</span>
                                    " "
                                    {move || t!("supplier-verified-by", company = by.clone())}
                                </h2>
                                <p>{move || t!("supplier-verified-dates", date = format::date(&on), until = format::date(&until))}</p>
                                <p class="muted">{move || t!("supplier-scope")}</p>
                                <ul class="chips" role="list">
                                    {v.scope.iter().map(|sc| { let sc = sc.clone(); view! { <li class="chip">{move || scope_label(&sc)}</li> } }).collect_view()}
                                </ul>
                            </section>
                        }.into_any()
                    }
                    None => view! { <p class="muted">{move || t!("supplier-not-verified")}</p> }.into_any(),
                }}
            </header>

            <div class="supplier__grid">
                <section class="panel">
                    <h2>{move || t!("supplier-facts")}</h2>
                    <dl class="facts">
                        <div><dt>{move || t!("supplier-response-rate")}</dt><dd>{move || format::percent(rate)}</dd></div>
                        <div><dt>{move || t!("supplier-response-time")}</dt><dd>{move || t!("supplier-response-hours", hours = hours)}</dd></div>
                        <div><dt>{move || t!("supplier-employees")}</dt><dd>{move || format::number(i64::from(employees))}</dd></div>
                        <div><dt>{move || t!("supplier-currency")}</dt><dd>{move || format::currency_name(currency)}</dd></div>
                    </dl>
                </section>
                <section class="panel">
                    <h2>{move || t!("supplier-transactions")}</h2>
                    <dl class="facts">
                        <div><dt>{move || t!("supplier-orders")}</dt><dd>{move || format::number(i64::from(tx.orders_12m))}</dd></div>
                        <div><dt>{move || t!("supplier-volume")}</dt><dd><Price money=tx.volume_12m/></dd></div>
                        <div><dt>{move || t!("supplier-on-time")}</dt><dd>{move || format::percent(u32::from(tx.on_time_pct))}</dd></div>
                        <div>
                            <dt>{move || t!("supplier-rating")}</dt>
                            <dd>{move || t!("supplier-rating-value", rating = format::decimal1(&format!("{}.{}", rating / 10, rating % 10)), reviews = reviews)}</dd>
                        </div>
                    </dl>
                </section>
                <section class="panel">
                    <h2>{move || t!("supplier-main-markets")}</h2>
                    <ul class="chips" role="list">
                        {s.main_markets.iter().map(|m| { let m = m.clone(); view! { <li class="chip">{move || format::country(&m)}</li> } }).collect_view()}
                    </ul>
                </section>
            </div>

            <section class="panel">
                <h2>{move || t!("supplier-about")}</h2>
                {about_fallback.then(|| view! { <p class="fallback-note">{move || t!("fallback-english")}</p> })}
                <p class="prose" lang=s.about.lang.clone() dir="auto">{s.about.text.clone()}</p>
            </section>

            <section class="supplier__products">
                <h2>{move || t!("supplier-products", count = count)}</h2>
                <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(4)/> }>
                    {move || Suspend::new(async move {
                        match products.await {
                            Ok(page) => view! { <CardGrid products=page.items/> }.into_any(),
                            Err(e) => view! { <ErrorPanel error=e on_retry=move |_| products.refetch()/> }.into_any(),
                        }
                    })}
                </Transition>
                <p><a class="button" href=all_href>{move || t!("supplier-all-products")}</a></p>
            </section>
        </article>
    }
}
