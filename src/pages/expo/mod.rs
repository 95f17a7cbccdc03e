//! `/expo` (the hall and the schedule) and `/expo/booth/:id`.

mod booth;
mod hall;
mod schedule;

pub use booth::BoothPage;

use leptos::prelude::*;

use super::{focus_main_heading, use_title};
use crate::components::expo::{SavedSessions, SessionReminders};
use crate::t;
use hall::HallView;
use schedule::ScheduleView;

/// Which part of the expo page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Hall,
    Schedule,
}

/// `/expo`: the hall and the schedule, as two tabs.
#[component]
pub fn ExpoPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("expo-title"));
    let tab = RwSignal::new(Tab::Hall);
    let saved = SavedSessions::load();
    Effect::new(move |_| focus_main_heading());
    let tab_button = move |t: Tab, id: &'static str, panel: &'static str, label: fn() -> String| {
        view! {
            <button type="button" role="tab" id=id aria-controls=panel class="tab"
                aria-selected=move || (tab.get() == t).to_string()
                tabindex=move || if tab.get() == t { "0" } else { "-1" }
                on:click=move |_| tab.set(t)
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if matches!(ev.key().as_str(), "ArrowRight" | "ArrowLeft") {
                        ev.prevent_default();
                        let next = if tab.get_untracked() == Tab::Hall { Tab::Schedule } else { Tab::Hall };
                        tab.set(next);
                        let target = if next == Tab::Hall { "expo-tab-hall" } else { "expo-tab-schedule" };
                        if let Some(el) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(target))
                        {
                            use wasm_bindgen::JsCast;
                            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                let _ = el.focus();
                            }
                        }
                    }
                }>
                {move || label()}
            </button>
        }
    };
    view! {
        <section class="expo">
            <h1 tabindex="-1">{move || t!("expo-title")}</h1>
            <p class="expo__intro">{move || t!("expo-intro")}</p>
            <div role="tablist" class="tabs" aria-label=move || t!("expo-title")>
                {tab_button(Tab::Hall, "expo-tab-hall", "expo-panel-hall", || t!("expo-tab-hall"))}
                {tab_button(Tab::Schedule, "expo-tab-schedule", "expo-panel-schedule", || t!("expo-tab-schedule"))}
            </div>
            <div role="tabpanel" id="expo-panel-hall" aria-labelledby="expo-tab-hall" hidden=move || tab.get() != Tab::Hall>
                <HallView/>
            </div>
            <div role="tabpanel" id="expo-panel-schedule" aria-labelledby="expo-tab-schedule" hidden=move || tab.get() != Tab::Schedule>
                {move || (tab.get() == Tab::Schedule).then(|| view! { <ScheduleView saved/> })}
            </div>
            <SessionReminders saved/>
        </section>
    }
}
