use leptos::prelude::*;
use tradefair_core::expo::{reminders_due, Session};
use tradefair_core::time::Timestamp;

use super::clock;
use super::labels::session_title;
use crate::api::saved_sessions;
use crate::routes::AppRoute;
use crate::state::storage;
use crate::t;

/// How often reminders are checked.
const CHECK_MS: u32 = 5_000;

/// The sessions the buyer saved, kept in this browser.
#[derive(Clone, Copy)]
pub struct SavedSessions(pub RwSignal<Vec<Session>>);

impl SavedSessions {
    /// Reads the saved sessions from storage.
    pub fn load() -> SavedSessions {
        SavedSessions(RwSignal::new(saved_sessions::parse(
            storage::get(saved_sessions::KEY).as_deref(),
        )))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.with(|s| s.iter().any(|x| x.id == id))
    }

    /// Saves `s`, or forgets it when already saved.
    pub fn toggle(&self, s: &Session) {
        self.0.update(|list| {
            if let Some(i) = list.iter().position(|x| x.id == s.id) {
                list.remove(i);
            } else {
                list.push(s.clone());
            }
            // Keep only sessions that have not ended a day ago.
            let cutoff = clock::now().plus_secs(-86_400);
            list.retain(|x| x.end > cutoff);
        });
        storage::set(
            saved_sessions::KEY,
            &saved_sessions::serialize(&self.0.get_untracked()),
        );
    }
}

/// A polite live region that announces each saved session when it starts, while the page
/// is open, with a link to its booth.
#[component]
pub fn SessionReminders(
    /// The saved sessions.
    saved: SavedSessions,
) -> impl IntoView {
    let due: RwSignal<Vec<Session>> = RwSignal::new(Vec::new());
    let last = StoredValue::new(clock::now());
    let check = move || {
        let now = clock::now();
        let since: Timestamp = last.get_value();
        last.set_value(now);
        let fresh: Vec<Session> = saved
            .0
            .with_untracked(|s| reminders_due(s, since, now).into_iter().cloned().collect());
        if !fresh.is_empty() {
            due.update(|d| d.extend(fresh));
        }
    };
    let interval = gloo_timers::callback::Interval::new(CHECK_MS, check);
    let interval = StoredValue::new_local(Some(interval));
    on_cleanup(move || interval.update_value(|i| drop(i.take())));
    view! {
        <div class="expo-reminders" role="status" aria-live="polite">
            <For each=move || due.get() key=|s| s.id.clone() let:s>
                {
                    let id = s.id.clone();
                    let title = s.clone();
                    view! {
                        <div class="toast">
                            <p>
                                {move || t!(
                                    "expo-reminder",
                                    exhibitor = title.exhibitor.clone(),
                                    title = session_title(&title)
                                )}
                            </p>
                            <a class="button button--primary" href=AppRoute::Booth(s.booth_id).path()>
                                {move || t!("expo-reminder-join")}
                            </a>
                            <button type="button" class="button" on:click=move |_| {
                                let id = id.clone();
                                due.update(|d| d.retain(|x| x.id != id));
                            }>{move || t!("expo-reminder-dismiss")}</button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
