//! The booth's video: live over WHEP, a recording otherwise.

use leptos::prelude::*;

/// Plays a booth's stream. Interface fixed for the booth page; the implementation drives
/// `crate::media` (WHEP) and shows offline / connecting / live / reconnecting / ended.
#[component]
pub fn LivePlayer(
    /// The WHEP endpoint while the booth is live.
    #[prop(into)]
    whep_url: Signal<Option<String>>,
    /// A recording (MP4 or HLS) played when not live, or for a replay.
    #[prop(into)]
    recording_url: Signal<Option<String>>,
    /// Caption tracks as (BCP 47 locale tag, WebVTT URL).
    #[prop(into)]
    captions: Signal<Vec<(String, String)>>,
    /// Viewer count if the backend gives one.
    #[prop(into)]
    viewers: Signal<Option<u32>>,
    /// What to say when offline (already localised, e.g. the next session's time).
    #[prop(into)]
    offline_text: Signal<String>,
) -> impl IntoView {
    let _ = (whep_url, recording_url, captions, viewers);
    view! { <div class="live-player"><p>{move || offline_text.get()}</p></div> }
}
