use leptos::prelude::*;
use tradefair_core::expo::{BoothFilter, ExpoHall};

use crate::api;
use crate::components::expo::{BoothTile, HallFilters};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::t;

/// The hall: halls, filters and booth tiles (live first).
#[component]
pub fn HallView() -> impl IntoView {
    let filter = RwSignal::new(BoothFilter::default());
    let hall = LocalResource::new(move || {
        let f = filter.get();
        let locale = i18n::locale().tag();
        async move { api::backend().expo_hall(&f, locale).await }
    });
    // The facets stay while a new filter loads.
    let last: RwSignal<Option<ExpoHall>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(Ok(h)) = hall.get() {
            last.set(Some(h));
        }
    });
    let halls = Signal::derive(move || {
        last.with(|h| h.as_ref().map(|h| h.halls.clone()).unwrap_or_default())
    });
    let countries = Signal::derive(move || {
        last.with(|h| h.as_ref().map(|h| h.countries.clone()).unwrap_or_default())
    });
    let languages = Signal::derive(move || {
        last.with(|h| h.as_ref().map(|h| h.languages.clone()).unwrap_or_default())
    });
    view! {
        <HallFilters halls countries languages filter/>
        <section class="booths" aria-labelledby="expo-booths">
            <h2 id="expo-booths">{move || t!("expo-booths")}</h2>
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(6)/> }>
                {move || Suspend::new(async move {
                    match hall.await {
                        Ok(h) if h.booths.is_empty() => view! {
                            <div class="empty">
                                <p>{move || t!("expo-no-booths")}</p>
                                <button type="button" class="button" on:click=move |_| filter.set(BoothFilter::default())>
                                    {move || t!("expo-clear-filters")}
                                </button>
                            </div>
                        }
                            .into_any(),
                        Ok(h) => {
                            let n = h.booths.len();
                            view! {
                                <p class="booths__count" role="status">{move || t!("expo-booth-count", count = n)}</p>
                                <ul class="booth-grid" role="list">
                                    {h.booths
                                        .into_iter()
                                        .map(|b| view! { <li><BoothTile booth=b/></li> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| hall.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
