use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tradefair_core::expo::Booth;

use crate::api::{self, ApiError};
use crate::components::chat::BoothChannel;
use crate::components::expo::clock::{self, Part};
use crate::components::expo::{
    engagement_hooks, BoothHeader, Brochures, CardExchange, MeetingBooking, SavedSessions,
    ScheduleList, SessionReminders,
};
use crate::components::live::LivePlayer;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::pages::{focus_main_heading, use_title, NotFoundPage};
use crate::t;

/// `/expo/booth/:id`.
#[component]
pub fn BoothPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.get().get("id").and_then(|s| s.parse::<u32>().ok()));
    let booth = LocalResource::new(move || {
        let id = id.get();
        let locale = i18n::locale().tag();
        async move {
            match id {
                Some(id) => api::backend().booth(id, locale).await,
                None => Err(ApiError::NotFound),
            }
        }
    });
    let title = RwSignal::new(String::new());
    use_title(move || {
        let t = title.get();
        if t.is_empty() {
            i18n::tr("expo-title")
        } else {
            t
        }
    });
    view! {
        <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
            {move || Suspend::new(async move {
                match booth.await {
                    Ok(b) => {
                        title.set(b.summary.exhibitor.clone());
                        view! { <BoothView booth=b/> }.into_any()
                    }
                    Err(ApiError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e on_retry=move |_| booth.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The loaded booth.
#[component]
fn BoothView(booth: Booth) -> impl IntoView {
    let id = booth.summary.id;
    let live = booth.live.clone();
    let whep = live.as_ref().and_then(|l| l.whep_url.clone());
    let recording = live.as_ref().and_then(|l| l.recording_url.clone());
    let viewers = live.as_ref().and_then(|l| l.viewers);
    let captions: Vec<(String, String)> = booth
        .captions
        .iter()
        .map(|c| (c.locale.clone(), c.url.clone()))
        .collect();
    let next = booth
        .sessions
        .iter()
        .find(|s| s.start > clock::now())
        .map(|s| s.start);
    // Live without a WHEP endpoint (the demo backend): the booth streams its recording.
    let live_from_recording = live.is_some() && whep.is_none();
    let offline_text = Signal::derive(move || match next {
        _ if live_from_recording => t!("expo-live-recorded"),
        Some(t) => t!(
            "expo-offline-next",
            time = clock::format(t, None, Part::DayTime)
        ),
        None => t!("expo-offline-none"),
    });
    let sessions = booth.sessions.clone();
    let exhibitor = booth.summary.exhibitor.clone();
    let saved = SavedSessions::load();
    // Watching and brochure downloads, reported only with a shared card.
    let (on_playing, on_brochure) = engagement_hooks(id, live.is_some());
    Effect::new(move |_| focus_main_heading());
    view! {
        <article class="booth">
            <BoothHeader booth=booth.clone()/>
            <div class="booth-stage">
                <div class="booth-stage__video">
                    <LivePlayer
                        whep_url=Signal::stored(whep)
                        recording_url=Signal::stored(recording)
                        captions=Signal::stored(captions)
                        viewers=Signal::stored(viewers)
                        offline_text=offline_text
                        on_playing=on_playing
                    />
                </div>
                <BoothChannel booth_id=id/>
            </div>
            <div class="booth-columns">
                <section class="booth-section" aria-labelledby="booth-sessions">
                    <h2 id="booth-sessions">{move || t!("expo-booth-sessions")}</h2>
                    {if sessions.is_empty() {
                        view! { <p class="empty">{move || t!("expo-no-sessions")}</p> }.into_any()
                    } else {
                        view! { <ScheduleList sessions=Signal::stored(sessions) saved/> }.into_any()
                    }}
                </section>
                <Brochures items=booth.brochures.clone() on_download=on_brochure/>
            </div>
            <MeetingBooking booth_id=id exhibitor=exhibitor.clone()/>
            <CardExchange booth_id=id exhibitor=exhibitor/>
            <SessionReminders saved/>
        </article>
    }
}
