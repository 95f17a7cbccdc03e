use leptos::prelude::*;
use tradefair_core::expo::{session_days, sessions_on, Session};
use tradefair_core::time::Date;
use tradefair_core::wire::Category;

use crate::api;
use crate::components::catalog::labels;
use crate::components::expo::clock::{self, Part};
use crate::components::expo::{SavedSessions, ScheduleList};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::t;

/// Every session in the buyer's time zone, filterable by day (the buyer's days) and hall.
#[component]
pub fn ScheduleView(
    /// The buyer's saved sessions.
    saved: SavedSessions,
) -> impl IntoView {
    let schedule = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        async move { api::backend().schedule(None, locale).await }
    });
    let day: RwSignal<Option<Date>> = RwSignal::new(None);
    let hall: RwSignal<Option<Category>> = RwSignal::new(None);
    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(4)/> }>
            {move || Suspend::new(async move {
                match schedule.await {
                    Ok(s) => {
                        let all = s.sessions;
                        let days: Vec<(Date, Session)> = session_days(&all, clock::buyer_offset_min)
                            .into_iter()
                            .filter_map(|d| {
                                sessions_on(&all, Some(d), None, clock::buyer_offset_min)
                                    .into_iter()
                                    .next()
                                    .map(|s| (d, s))
                            })
                            .collect();
                        let mut halls: Vec<Category> = all.iter().map(|s| s.hall).collect();
                        halls.sort();
                        halls.dedup();
                        let all = StoredValue::new(all);
                        let shown = Signal::derive(move || {
                            all.with_value(|a| sessions_on(a, day.get(), hall.get(), clock::buyer_offset_min))
                        });
                        let zone = clock::buyer_zone();
                        view! {
                            <p class="schedule__zone">{move || t!("expo-your-zone", zone = zone.clone())}</p>
                            <div class="expo-filters" role="group" aria-label=move || t!("expo-filters")>
                                <label>
                                    <span>{move || t!("expo-filter-day")}</span>
                                    <select id="expo-day"
                                        prop:value=move || day.get().map(|d| d.to_iso()).unwrap_or_default()
                                        on:change=move |ev| day.set(Date::parse_iso(&event_target_value(&ev)))>
                                        <option value="">{move || t!("expo-any-day")}</option>
                                        {days
                                            .into_iter()
                                            .map(|(d, first)| {
                                                view! { <option value=d.to_iso()>{move || clock::format(first.start, None, Part::Day)}</option> }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <label>
                                    <span>{move || t!("expo-filter-hall")}</span>
                                    <select id="expo-schedule-hall"
                                        prop:value=move || hall.get().map(|c| c.slug().to_string()).unwrap_or_default()
                                        on:change=move |ev| hall.set(Category::from_slug(&event_target_value(&ev)))>
                                        <option value="">{move || t!("expo-all-halls")}</option>
                                        {halls
                                            .into_iter()
                                            .map(|c| view! { <option value=c.slug()>{move || labels::category(c)}</option> })
                                            .collect_view()}
                                    </select>
                                </label>
                            </div>
                            <p class="schedule__count" role="status">{move || t!("expo-session-count", count = shown.with(|s| s.len()))}</p>
                            <Show
                                when=move || shown.with(|s| !s.is_empty())
                                fallback=move || view! { <p class="empty">{move || t!("expo-no-sessions")}</p> }
                            >
                                <ScheduleList sessions=shown saved/>
                            </Show>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e on_retry=move |_| schedule.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}
