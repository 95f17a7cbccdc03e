use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tradefair_core::seed::SPEC_KEYS;
use tradefair_core::wire::{CatalogQuery, Product};

use super::{use_title, NotFoundPage};
use crate::api::{self, ApiError};
use crate::components::catalog::labels;
use crate::components::product::{Gallery, OrderBox, TierPriceTable};
use crate::components::supplier::SupplierCard;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n::{self, format, tr};
use crate::routes::AppRoute;
use crate::state::use_settings;
use crate::t;

/// Millimetres as "600 × 400 × 300 mm" with the locale's digits.
fn carton(mm: (u32, u32, u32)) -> String {
    format!(
        "{} × {} × {} mm",
        format::number(i64::from(mm.0)),
        format::number(i64::from(mm.1)),
        format::number(i64::from(mm.2))
    )
}

/// Grams as kilograms with one decimal, exactly (no float).
fn grams_as_kg(g: u32) -> String {
    let tenths = (g + 50) / 100;
    format::decimal1(&format!("{}.{}", tenths / 10, tenths % 10))
}

/// The label of a spec row. Spec keys are a closed list shared with the backends
/// (`SPEC_KEYS`), each with a `spec-<key>` message (checked by a native test); a key this
/// version does not know is shown as the backend sent it, as text.
fn spec_label(key: &str) -> String {
    if SPEC_KEYS.contains(&key) {
        tr(&format!("spec-{key}"))
    } else {
        key.to_string()
    }
}

/// A spec value as shown: locale-neutral codes and units as sent, a country of origin by name.
fn spec_value(key: &str, value: &str) -> String {
    if key == "origin" && value.len() == 2 {
        format::country(value)
    } else {
        value.to_string()
    }
}

/// `/product/:id`.
#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.get().get("id").and_then(|s| s.parse::<u32>().ok()));
    let product = LocalResource::new(move || {
        let id = id.get();
        let locale = i18n::locale().tag();
        async move {
            match id {
                Some(id) => api::backend().product(id, locale).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    let title = RwSignal::new(String::new());
    use_title(move || title.get());

    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
            {move || Suspend::new(async move {
                match product.await {
                    Ok(p) => {
                        title.set(p.name.text.clone());
                        view! { <ProductView product=p/> }.into_any()
                    }
                    Err(ApiError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e on_retry=move |_| product.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The loaded product.
#[component]
fn ProductView(product: Product) -> impl IntoView {
    let settings = use_settings();
    let p = product;
    let fallback = p.name.lang != i18n::locale_untracked().tag();
    let desc_fallback = p.description.lang != i18n::locale_untracked().tag();
    let unit = p.unit;
    let moq = p.minimum_order.moq;
    let multiple = p.minimum_order.multiple;
    let lead = p.lead_time_days;
    let category = p.category;
    let mut cat_q = CatalogQuery::new(
        i18n::locale_untracked().tag(),
        settings.currency.get_untracked(),
    );
    cat_q.categories = vec![category];
    let category_href = AppRoute::Catalog(cat_q).path();
    let mut sup_q = CatalogQuery::new(
        i18n::locale_untracked().tag(),
        settings.currency.get_untracked(),
    );
    sup_q.supplier_id = Some(p.supplier.id);
    let supplier_products_href = AppRoute::Catalog(sup_q).path();
    let listed = p.listed_on.clone();
    let tiers = p.tiers.clone();
    let currency = p.currency;

    view! {
        <article class="product">
            <nav class="breadcrumb" aria-label=move || t!("product-breadcrumb")>
                <ol>
                    <li><a href="/catalog">{move || t!("nav-catalog")}</a></li>
                    <li><a href=category_href>{move || labels::category(category)}</a></li>
                </ol>
            </nav>
            <div class="product__top">
                <Gallery images=p.images.clone() category=category name=p.name.text.clone()/>
                <div class="product__summary">
                    <h1 tabindex="-1" lang=p.name.lang.clone() dir="auto">{p.name.text.clone()}</h1>
                    {fallback.then(|| view! { <p class="fallback-note">{move || t!("fallback-english")}</p> })}
                    <p class="product__supplier-line">
                        <a href=AppRoute::Supplier(p.supplier.id).path()><bdi>{p.supplier.name.clone()}</bdi></a>
                        {p.supplier.verified.then(|| view! { " " <span class="badge badge--verified">{move || t!("verified")}</span> })}
                    </p>
                    {move || {
                        let display = settings.currency.get();
                        let rates = settings.rates.get();
                        view! { <TierPriceTable tiers=tiers.clone() currency=currency display=display rates=rates unit=unit/> }
                    }}
                    <OrderBox
                        product_id=p.id
                        tiers=p.tiers.clone()
                        currency=currency
                        rule=p.minimum_order
                        unit=unit
                        display=settings.currency
                        rates=settings.rates
                    />
                    <dl class="facts">
                        <div>
                            <dt>{move || t!("product-moq")}</dt>
                            <dd>
                                {move || labels::quantity(unit, moq)}
                                {(multiple > 1).then(|| view! { <br/><span class="muted">{move || t!("product-multiple", quantity = labels::quantity(unit, multiple))}</span> })}
                            </dd>
                        </div>
                        <div>
                            <dt>{move || t!("product-lead-time")}</dt>
                            <dd>{move || t!("product-lead-time-days", days = lead)}</dd>
                        </div>
                        <div>
                            <dt>{move || t!("product-incoterms")}</dt>
                            <dd>
                                <ul class="chips" role="list">
                                    {p.incoterms.iter().map(|&i| view! { <li class="chip" title=move || labels::incoterm(i)>{i.code()}</li> }).collect_view()}
                                </ul>
                            </dd>
                        </div>
                        <div>
                            <dt>{move || t!("product-certifications")}</dt>
                            <dd>
                                {if p.certifications.is_empty() {
                                    view! { <span class="muted">{move || t!("product-no-certifications")}</span> }.into_any()
                                } else {
                                    view! {
                                        <ul class="chips" role="list">
                                            {p.certifications.iter().map(|c| view! { <li class="chip">{c.code()}</li> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </dd>
                        </div>
                    </dl>
                    <p class="muted">{move || t!("product-listed", date = format::date(&listed))}</p>
                </div>
            </div>

            <div class="product__details">
                <section class="panel">
                    <h2>{move || t!("product-description")}</h2>
                    {desc_fallback.then(|| view! { <p class="fallback-note">{move || t!("fallback-english")}</p> })}
                    <p lang=p.description.lang.clone() dir="auto" class="prose">{p.description.text.clone()}</p>
                </section>
                <section class="panel">
                    <h2>{move || t!("product-specs")}</h2>
                    <div class="table-scroll">
                        <table class="spec-table">
                            <tbody>
                                {p.specs
                                    .iter()
                                    .map(|s| {
                                        let key = s.key.clone();
                                        let value_key = s.key.clone();
                                        let value = s.value.clone();
                                        view! {
                                            <tr>
                                                <th scope="row">{move || spec_label(&key)}</th>
                                                <td><bdi>{move || spec_value(&value_key, &value)}</bdi></td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
                <section class="panel">
                    <h2>{move || t!("product-packaging")}</h2>
                    {match p.packaging.clone() {
                        Some(pk) => view! {
                            <dl class="facts">
                                <div><dt>{move || t!("packaging-per-carton")}</dt><dd>{move || labels::quantity(unit, pk.units_per_carton)}</dd></div>
                                <div><dt>{move || t!("packaging-carton-size")}</dt><dd><bdi>{move || carton(pk.carton_mm)}</bdi></dd></div>
                                <div><dt>{move || t!("packaging-gross-weight")}</dt><dd><bdi>{move || format!("{} kg", grams_as_kg(pk.carton_gross_g))}</bdi></dd></div>
                            </dl>
                        }.into_any(),
                        None => view! { <p class="muted">{move || t!("packaging-none")}</p> }.into_any(),
                    }}
                    <h3>{move || t!("product-carbon")}</h3>
                    {match p.carbon_g_per_unit {
                        Some(g) => view! { <p>{move || t!("product-carbon-value", kg = grams_as_kg_3(g))}</p> }.into_any(),
                        None => view! { <p class="muted">{move || t!("product-carbon-none")}</p> }.into_any(),
                    }}
                    <h3>{move || t!("product-overseas")}</h3>
                    {if p.overseas_stock.is_empty() {
                        view! { <p class="muted">{move || t!("product-overseas-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="overseas" role="list">
                                {p.overseas_stock.iter().map(|w| {
                                    let country = w.country.clone();
                                    let (qty, days) = (w.quantity, w.dispatch_days);
                                    view! {
                                        <li>
                                            <strong>{move || format::country(&country)}</strong>
                                            ": "
                                            {move || t!("product-overseas-row", quantity = labels::quantity(unit, qty), days = days)}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <section class="panel">
                    <h2>{move || t!("product-supplier")}</h2>
                    <SupplierCard supplier=p.supplier.clone()/>
                    <p><a href=supplier_products_href>{move || t!("product-more-from-supplier")}</a></p>
                </section>
            </div>
        </article>
    }
}

/// Grams as kilograms with up to three decimals ("0.42"), exactly.
fn grams_as_kg_3(g: u32) -> String {
    let whole = g / 1000;
    let frac = g % 1000;
    let text = if frac == 0 {
        whole.to_string()
    } else {
        let f = format!("{frac:03}");
        format!("{whole}.{}", f.trim_end_matches('0'))
    };
    format::decimal_exact(&text)
}
