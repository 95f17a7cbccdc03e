use leptos::prelude::*;
use tradefair_core::expo::Session;
use tradefair_core::expo_ics::{calendar, CalendarEvent};

use super::clock;
use super::labels::session_title;
use super::saved::SavedSessions;
use super::SessionTime;
use crate::components::catalog::labels;
use crate::routes::AppRoute;
use crate::t;

/// The page of a booth as an absolute URL, for calendar entries.
fn booth_url(id: u32) -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(format!("{origin}{}", AppRoute::Booth(id).path()))
}

/// Downloads `s` as an `.ics` calendar file.
pub fn download_session(s: &Session) {
    let event = CalendarEvent {
        uid: format!("session-{}@tradefair", s.id),
        start: s.start,
        end: s.end,
        summary: t!(
            "expo-ics-session",
            exhibitor = s.exhibitor.clone(),
            title = session_title(s)
        ),
        description: t!("expo-ics-session-body", exhibitor = s.exhibitor.clone()),
        url: booth_url(s.booth_id),
    };
    let text = calendar(&[event], clock::now());
    clock::download(
        &format!("tradefair-session-{}.ics", s.id),
        "text/calendar",
        &text,
    );
}

/// Sessions with their times in two zones, each with "add to calendar" and "save".
#[component]
pub fn ScheduleList(
    /// The sessions to show, by start.
    #[prop(into)]
    sessions: Signal<Vec<Session>>,
    /// The buyer's saved sessions.
    saved: SavedSessions,
) -> impl IntoView {
    view! {
        <ol class="schedule" role="list">
            <For each=move || sessions.get() key=|s| s.id.clone() let:s>
                {
                    let now = clock::now();
                    let live = s.is_live(now);
                    let (for_ics, for_save, for_title, id) = (s.clone(), s.clone(), s.clone(), s.id.clone());
                    let hall = s.hall;
                    view! {
                        <li class="schedule__item" data-session=s.id.clone() data-booth=s.booth_id>
                            <SessionTime start=s.start end=s.end exhibitor_zone=s.time_zone.clone()/>
                            <div class="schedule__what">
                                <p class="schedule__title">
                                    {live.then(|| view! { <span class="badge badge--live">{move || t!("expo-live-now")}</span> " " })}
                                    {move || session_title(&for_title)}
                                </p>
                                <p class="schedule__exhibitor">
                                    <a href=AppRoute::Booth(s.booth_id).path()><bdi>{s.exhibitor.clone()}</bdi></a>
                                    " · "
                                    {move || labels::category(hall)}
                                </p>
                            </div>
                            <div class="schedule__actions">
                                <button type="button" class="button" on:click=move |_| download_session(&for_ics)>
                                    {move || t!("expo-add-to-calendar")}
                                </button>
                                <button type="button" class="button"
                                    aria-pressed=move || saved.contains(&id).to_string()
                                    on:click=move |_| saved.toggle(&for_save)>
                                    {
                                        let id = s.id.clone();
                                        move || if saved.contains(&id) { t!("expo-saved") } else { t!("expo-save") }
                                    }
                                </button>
                            </div>
                        </li>
                    }
                }
            </For>
        </ol>
    }
}
