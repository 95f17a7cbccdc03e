//! "Watching now": the viewer count from the media server and the buyers who shared their
//! card (consent) and watched, with a way to follow up in the Leads tab.

use leptos::prelude::*;
use tradefair_core::exhibitor::{Lead, LeadActivity};
use tradefair_core::time::Timestamp;

use crate::api;
use crate::components::ui::ErrorPanel;
use crate::routes::{AppRoute, ExhibitorTab};
use crate::t;

/// How often the watchers are read again.
const REFRESH_MS: u64 = 30_000;

/// A consenting buyer who watched the stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Watcher {
    pub lead_id: String,
    pub name: String,
    pub company: Option<String>,
    /// Minutes watched in all.
    pub minutes: u32,
    /// When they last watched.
    pub last: Timestamp,
}

/// The leads who consented and watched, the most recent watcher first. Engagement is only
/// reported with consent; the check here keeps a lead without it out even if a backend
/// sent one.
pub fn watchers(leads: &[Lead]) -> Vec<Watcher> {
    let mut out: Vec<Watcher> = leads
        .iter()
        .filter(|l| l.consent)
        .filter_map(|l| {
            let watched: Vec<(Timestamp, u32)> = l
                .activities
                .iter()
                .filter_map(|a| match a {
                    LeadActivity::Watched { at, minutes } => Some((*at, *minutes)),
                    _ => None,
                })
                .collect();
            let last = watched.iter().map(|(at, _)| *at).max()?;
            Some(Watcher {
                lead_id: l.id.clone(),
                name: l.name.clone(),
                company: l.company.clone(),
                minutes: watched.iter().map(|(_, m)| *m).sum(),
                last,
            })
        })
        .collect();
    out.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.lead_id.cmp(&b.lead_id)));
    out
}

/// The viewer count and the consenting watchers.
#[component]
pub fn WatchingNow(
    /// The booth.
    booth_id: u32,
    /// Viewers now, when the media server reports it.
    #[prop(into)]
    viewers: Signal<Option<u32>>,
) -> impl IntoView {
    let leads = LocalResource::new(move || async move { api::backend().leads(booth_id).await });
    let timer = set_interval_with_handle(
        move || leads.refetch(),
        std::time::Duration::from_millis(REFRESH_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = timer {
            t.clear();
        }
    });
    let follow_up = AppRoute::Exhibitor(ExhibitorTab::Leads).path();
    view! {
        <section class="live-watching panel" aria-labelledby="live-watching-title">
            <h2 id="live-watching-title">{move || t!("live-watching-title")}</h2>
            <p
                class=move || {
                    if viewers.get().is_some() {
                        "live-watching__count"
                    } else {
                        "live-watching__count live-watching__count--unknown"
                    }
                }
                data-testid="watching-count"
            >
                {move || match viewers.get() {
                    Some(n) => t!("live-watching-count", count = n),
                    None => t!("live-watching-unknown"),
                }}
            </p>
            <h3>{move || t!("live-watchers-title")}</h3>
            <p class="live-hint">{move || t!("live-watchers-hint")}</p>
            <Transition fallback=move || {
                view! {
                    <div class="live-skeleton" role="status" aria-busy="true">
                        <span class="visually-hidden">{move || t!("loading")}</span>
                        <div class="skeleton skeleton--line"></div>
                    </div>
                }
            }>
                {move || {
                    let follow_up = follow_up.clone();
                    Suspend::new(async move {
                        match leads.await {
                            Ok(list) => {
                                let list = watchers(&list);
                                if list.is_empty() {
                                    return view! { <p class="empty">{move || t!("live-watchers-empty")}</p> }.into_any();
                                }
                                view! {
                                    <ul class="live-watcher-list">
                                        {list
                                            .into_iter()
                                            .map(|w| {
                                                let name = if w.name.trim().is_empty() { None } else { Some(w.name.clone()) };
                                                let label_name = name.clone();
                                                view! {
                                                    <li class="live-watcher" data-lead-id=w.lead_id.clone()>
                                                        <p class="live-watcher__who">
                                                            <bdi class="live-watcher__name">
                                                                {move || name.clone().unwrap_or_else(|| t!("live-watcher-unnamed"))}
                                                            </bdi>
                                                            {w.company.clone().map(|c| view! { " · " <bdi>{c}</bdi> })}
                                                        </p>
                                                        <p class="live-watcher__what">
                                                            {move || t!("live-watched-minutes", minutes = w.minutes)}
                                                        </p>
                                                        <a
                                                            class="button button--small"
                                                            href=follow_up.clone()
                                                            aria-label=move || {
                                                                t!(
                                                                    "live-follow-up-named",
                                                                    name = label_name.clone().unwrap_or_else(|| t!("live-watcher-unnamed"))
                                                                )
                                                            }
                                                        >
                                                            {move || t!("live-follow-up")}
                                                        </a>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                            Err(e) => view! { <ErrorPanel error=e on_retry=move |_| leads.refetch()/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tradefair_core::exhibitor::LeadStatus;

    fn lead(id: &str, consent: bool, activities: Vec<LeadActivity>) -> Lead {
        Lead {
            id: id.into(),
            name: format!("Name {id}"),
            company: None,
            email: None,
            phone: None,
            country: None,
            consent,
            activities,
            status: LeadStatus::New,
            notes: String::new(),
            last_activity: Timestamp(0),
        }
    }

    #[test]
    fn only_consenting_watchers_are_listed_latest_first() {
        let watched = |ms: i64, minutes: u32| LeadActivity::Watched {
            at: Timestamp(ms),
            minutes,
        };
        let leads = vec![
            lead("a", true, vec![watched(1_000, 3), watched(5_000, 2)]),
            lead("b", false, vec![watched(9_000, 10)]),
            lead(
                "c",
                true,
                vec![LeadActivity::CardShared {
                    at: Timestamp(9_000),
                }],
            ),
            lead("d", true, vec![watched(7_000, 1)]),
        ];
        let list = watchers(&leads);
        let ids: Vec<&str> = list.iter().map(|w| w.lead_id.as_str()).collect();
        assert_eq!(ids, vec!["d", "a"]);
        assert_eq!(list[1].minutes, 5);
        assert_eq!(list[1].last, Timestamp(5_000));
    }
}
