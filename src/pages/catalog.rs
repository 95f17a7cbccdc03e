use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use tradefair_core::wire::{CatalogPage as Page, CatalogQuery, SortOrder};
use wasm_bindgen::JsCast;

use super::use_title;
use crate::api;
use crate::components::catalog::{labels, ActiveFilters, CardGrid, FacetPanel, Pager};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::routes::{self, use_navigator, AppRoute};
use crate::state::use_settings;
use crate::t;

/// The id of the focused element, so focus survives the re-render a filter change causes.
fn active_element_id() -> Option<String> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

fn refocus(id: String) {
    let f = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// `/catalog`: search, facets, sort and pages, all in the URL.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let settings = use_settings();
    let query_map = use_query_map();
    let nav = use_navigator();
    let query = Memo::new(move |_| {
        routes::catalog_query(
            &query_map.get(),
            i18n::locale().tag(),
            settings.currency.get(),
        )
    });
    use_title(move || {
        let q = query.get();
        if q.q.is_empty() {
            i18n::tr("catalog-title")
        } else {
            t!("catalog-results-for", query = q.q)
        }
    });
    let results = LocalResource::new(move || {
        let q = query.get();
        async move { api::backend().search(&q).await }
    });
    let refocus_id = StoredValue::new(None::<String>);
    let on_change = Callback::new(move |q: CatalogQuery| {
        refocus_id.set_value(active_element_id());
        nav.go(&AppRoute::Catalog(q));
    });
    let (pending, set_pending) = signal(false);
    let filters_open = RwSignal::new(false);

    let render = move |page: Page| {
        let q = query.get_untracked();
        let pages = page.total.div_ceil(page.per_page.max(1));
        let total = page.total;
        let out_of_range = page.items.is_empty() && total > 0;
        if let Some(id) = refocus_id.get_value() {
            refocus(id);
            refocus_id.set_value(None);
        }
        let page_href = {
            let q = q.clone();
            Callback::new(move |n: u32| {
                let mut p = q.clone();
                p.page = n;
                AppRoute::Catalog(p).path()
            })
        };
        let body = if out_of_range {
            let mut first = q.clone();
            first.page = 1;
            view! {
                <div class="empty-state">
                    <p>{move || t!("catalog-page-out-of-range")}</p>
                    <a class="button" href=AppRoute::Catalog(first).path()>{move || t!("catalog-first-page")}</a>
                </div>
            }
            .into_any()
        } else if page.items.is_empty() {
            let clear = AppRoute::Catalog(CatalogQuery::new(&q.locale, q.currency)).path();
            view! {
                <div class="empty-state">
                    <h2>{move || t!("catalog-empty-title")}</h2>
                    <p>{move || t!("catalog-empty-body")}</p>
                    <a class="button button--primary" href=clear>{move || t!("catalog-empty-clear")}</a>
                </div>
            }
            .into_any()
        } else {
            view! {
                <CardGrid products=page.items/>
                <Pager page=page.page pages=pages href=page_href/>
            }
            .into_any()
        };
        let search_text = q.q.clone();
        view! {
            <div class="catalog__layout">
                <aside
                    id="catalog-filters"
                    class="catalog__filters"
                    class:catalog__filters--open=move || filters_open.get()
                    aria-label=move || t!("catalog-filters")
                >
                    <h2 class="catalog__filters-title">{move || t!("catalog-filters")}</h2>
                    <FacetPanel facets=page.facets query=q.clone() on_change=on_change/>
                </aside>
                <section class="catalog__results" aria-busy=move || pending.get().to_string()>
                    <p class="catalog__count" role="status">
                        {move || t!("catalog-results", count = total)}
                        {(!search_text.is_empty()).then(|| {
                            let s = search_text.clone();
                            view! { " · " <span>{move || t!("catalog-results-for", query = s.clone())}</span> }
                        })}
                    </p>
                    <ActiveFilters query=q on_change=on_change/>
                    {body}
                </section>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="catalog">
            <div class="catalog__head">
                <h1 tabindex="-1">{move || t!("catalog-heading")}</h1>
                <div class="catalog__tools">
                    <button
                        type="button"
                        class="button catalog__filters-toggle"
                        aria-controls="catalog-filters"
                        aria-expanded=move || filters_open.get().to_string()
                        on:click=move |_| filters_open.update(|o| *o = !*o)
                    >
                        {move || t!("catalog-show-filters")}
                    </button>
                    <label class="sort">
                        <span>{move || t!("catalog-sort")}</span>
                        <select
                            id="catalog-sort"
                            name="sort"
                            on:change=move |ev| {
                                let mut q = query.get_untracked();
                                q.sort = SortOrder::from_slug(&event_target_value(&ev)).unwrap_or_default();
                                q.page = 1;
                                on_change.run(q);
                            }
                        >
                            {SortOrder::ALL
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <option value=s.slug() selected=move || query.get().sort == s>
                                            {move || labels::sort(s)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
            </div>
            <div class="progress" class:progress--active=move || pending.get() role="status">
                {move || pending.get().then(|| view! { <span class="visually-hidden">{t!("catalog-updating")}</span> })}
            </div>
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(12)/> } set_pending=set_pending>
                {move || Suspend::new(async move {
                    match results.await {
                        Ok(page) => render(page),
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| results.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
