use leptos::prelude::*;
use tradefair_core::wire::{CatalogQuery, Category};

use super::use_title;
use crate::api;
use crate::components::catalog::{labels, CardGrid, ProductImage};
use crate::components::expo::LiveNowList;
use crate::components::supplier::SupplierCard;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n::{self, format};
use crate::routes::AppRoute;
use crate::state::use_settings;
use crate::t;

/// `/`: what Tradefair offers, categories, featured suppliers and new products.
#[component]
pub fn HomePage() -> impl IntoView {
    let settings = use_settings();
    use_title(move || i18n::tr("home-title"));
    let home = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        let currency = settings.currency.get();
        async move { api::backend().home(locale, currency).await }
    });
    // The expo's live booths load on their own, so a slow expo never holds up the page.
    let expo = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        async move {
            api::backend()
                .expo_hall(&tradefair_core::expo::BoothFilter::default(), locale)
                .await
        }
    });
    let category_link = move |c: Category| {
        let mut q = CatalogQuery::new(
            i18n::locale_untracked().tag(),
            settings.currency.get_untracked(),
        );
        q.categories = vec![c];
        AppRoute::Catalog(q).path()
    };
    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(8)/> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(h) => {
                        let (products, suppliers, countries) = (h.product_count, h.supplier_count, h.country_count);
                        view! {
                            <section class="hero">
                                <h1 tabindex="-1">{move || t!("home-hero-title")}</h1>
                                <p class="hero__body">
                                    {move || t!("home-hero-body", suppliers = suppliers, countries = countries)}
                                </p>
                                <p><a class="button button--primary button--large" href="/catalog">{move || t!("home-browse-all", count = products)}</a></p>
                                <dl class="stats">
                                    <div><dt>{move || t!("home-stat-products")}</dt><dd>{move || format::number(i64::from(products))}</dd></div>
                                    <div><dt>{move || t!("home-stat-suppliers")}</dt><dd>{move || format::number(i64::from(suppliers))}</dd></div>
                                    <div><dt>{move || t!("home-stat-countries")}</dt><dd>{move || format::number(i64::from(countries))}</dd></div>
                                </dl>
                            </section>
                            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(3)/> }>
                                {move || Suspend::new(async move {
                                    match expo.await {
                                        Ok(hall) => view! { <LiveNowList booths=hall.booths/> }.into_any(),
                                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| expo.refetch()/> }.into_any(),
                                    }
                                })}
                            </Transition>
                            <section class="home-section">
                                <h2>{move || t!("home-categories")}</h2>
                                <ul class="category-grid" role="list">
                                    {Category::ALL
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, c)| {
                                            view! {
                                                <li>
                                                    <a class="category-tile" href=category_link(c)>
                                                        <ProductImage category=c hue={i as u16 * 30} alt=""/>
                                                        <span>{move || labels::category(c)}</span>
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section class="home-section">
                                <h2>{move || t!("home-featured-suppliers")}</h2>
                                <ul class="supplier-grid" role="list">
                                    {h.featured_suppliers
                                        .into_iter()
                                        .map(|s| view! { <li><SupplierCard supplier=s/></li> })
                                        .collect_view()}
                                </ul>
                            </section>
                            <section class="home-section">
                                <h2>{move || t!("home-new-products")}</h2>
                                <CardGrid products=h.featured_products/>
                            </section>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e on_retry=move |_| home.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}
