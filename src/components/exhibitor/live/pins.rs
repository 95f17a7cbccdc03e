//! The exhibitor's products with Pin / Unpin: a pinned product shows at once in every
//! buyer's "Pinned" tab of the booth channel.

use leptos::prelude::*;
use tradefair_core::url::MAX_PER_PAGE;
use tradefair_core::wire::{CatalogQuery, ProductSummary};

use crate::api::{self, ApiError};
use crate::components::ui::{ErrorPanel, Price};
use crate::i18n;
use crate::media::chat::BoothLink;
use crate::routes::AppRoute;
use crate::state::use_settings;
use crate::t;

/// One product with its pin button.
#[component]
fn PinRow(
    /// The product.
    product: ProductSummary,
    /// Whether it is pinned now.
    #[prop(into)]
    pinned: Signal<bool>,
    /// Whether a pin or unpin of it is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// Pins (`true`) or unpins it.
    #[prop(into)]
    on_toggle: Callback<(u32, bool)>,
) -> impl IntoView {
    let id = product.id;
    // Already resolved for the locale the list was loaded in (it reloads on a switch).
    let shown = Signal::stored(product.name);
    view! {
        <li class="live-pin" data-product-id=id.to_string() data-pinned=move || pinned.get().to_string()>
            <a class="live-pin__name" href=AppRoute::Product(id).path()>
                <bdi lang=move || shown.get().lang dir="auto">{move || shown.get().text}</bdi>
            </a>
            <span class="live-pin__price"><Price money=product.price_from_display/></span>
            <Show when=move || pinned.get()>
                <span class="badge live-pin__badge">{move || t!("live-pinned-badge")}</span>
            </Show>
            <button
                type="button"
                class=move || if pinned.get() { "button button--small" } else { "button button--small button--primary" }
                aria-pressed=move || pinned.get().to_string()
                aria-label=move || {
                    if pinned.get() {
                        t!("live-unpin-named", name = shown.get().text)
                    } else {
                        t!("live-pin-named", name = shown.get().text)
                    }
                }
                disabled=move || busy.get()
                on:click=move |_| on_toggle.run((id, !pinned.get_untracked()))
            >
                {move || if pinned.get() { t!("live-unpin") } else { t!("live-pin") }}
            </button>
        </li>
    }
}

/// The exhibitor's catalog with Pin / Unpin.
#[component]
pub fn ProductPins(
    /// The booth's channel (its log knows what is pinned).
    link: BoothLink,
) -> impl IntoView {
    let booth_id = link.booth_id();
    let settings = use_settings();
    let products = LocalResource::new(move || {
        let mut q = CatalogQuery::new(i18n::locale().tag(), settings.currency.get());
        q.supplier_id = Some(booth_id);
        q.per_page = MAX_PER_PAGE;
        async move { api::backend().search(&q).await.map(|p| p.items) }
    });
    let pinned = Memo::new(move |_| {
        link.log.with(|l| {
            l.pinned()
                .iter()
                .map(|p| p.product_id)
                .collect::<Vec<u32>>()
        })
    });
    let busy = RwSignal::new(None::<u32>);
    let error = RwSignal::new(None::<ApiError>);
    let toggle = Callback::new(move |(product_id, pin): (u32, bool)| {
        if busy.get_untracked().is_some() {
            return;
        }
        busy.set(Some(product_id));
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = if pin {
                api::backend().pin_product(booth_id, product_id).await
            } else {
                api::backend().unpin_product(booth_id, product_id).await
            };
            if busy.try_set(None).is_some() {
                return;
            }
            match result {
                Ok(event) => link.accept(event),
                Err(e) => {
                    error.set(Some(e));
                }
            }
        });
    });
    view! {
        <section class="live-pins panel" aria-labelledby="live-pins-title">
            <h2 id="live-pins-title">{move || t!("live-pins-title")}</h2>
            <p class="live-hint">{move || t!("live-pins-hint")}</p>
            {move || {
                error
                    .get()
                    .map(|e| {
                        let reason = i18n::tr(e.message_key());
                        view! { <p class="field-error" role="alert">{move || t!("live-pin-error", reason = reason.clone())}</p> }
                    })
            }}
            <Transition fallback=move || {
                view! {
                    <div class="live-skeleton" role="status" aria-busy="true">
                        <span class="visually-hidden">{move || t!("loading")}</span>
                        <div class="skeleton skeleton--line"></div>
                        <div class="skeleton skeleton--line"></div>
                        <div class="skeleton skeleton--line skeleton--short"></div>
                    </div>
                }
            }>
                {move || Suspend::new(async move {
                    match products.await {
                        Ok(items) if items.is_empty() => {
                            view! { <p class="empty">{move || t!("live-pins-empty")}</p> }.into_any()
                        }
                        Ok(items) => {
                            view! {
                                <ul class="live-pin-list">
                                    {items
                                        .into_iter()
                                        .map(|p| {
                                            let id = p.id;
                                            view! {
                                                <PinRow
                                                    product=p
                                                    pinned=Signal::derive(move || pinned.with(|ids| ids.contains(&id)))
                                                    busy=Signal::derive(move || busy.get() == Some(id))
                                                    on_toggle=toggle
                                                />
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| products.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
