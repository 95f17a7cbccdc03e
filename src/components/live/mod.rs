//! The booth's video: live over WHEP, a recording otherwise.
//!
//! While the backend announces a WHEP endpoint the player keeps trying to play it: after a
//! drop, or while the media server has no stream yet, it waits with exponential backoff
//! and jitter ([`crate::media::whep::Backoff`], 1 s doubling to 30 s) and says when the next
//! try is, with a button to try at once. Whenever it is not live it shows the recording (muted,
//! looping, captions per locale) if the booth has one. Leaving the page ends the WHEP
//! session (the `DELETE` goes out when the player is cleaned up).

mod state;

use futures::channel::mpsc;
use futures::future::{AbortHandle, Abortable, Either};
use futures::StreamExt;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::TextTrackMode;

use crate::i18n::{self, Locale};
use crate::media::whep::{Backoff, MediaError, PeerState, WhepOptions, WhepPlayer};
use crate::t;
pub use state::{default_caption, Phase};

/// First wait after a failure, doubled per attempt up to [`RETRY_CAP_MS`].
const RETRY_BASE_MS: u32 = 1_000;
/// The longest wait between two attempts.
const RETRY_CAP_MS: u32 = 30_000;
/// How long a connection may take to come up before it counts as failed.
const CONNECT_TIMEOUT_MS: u32 = 15_000;
/// How long a "disconnected" connection may take to recover by itself before it is
/// replaced (ICE often recovers from a short loss of packets).
const DISCONNECT_GRACE_MS: u32 = 3_000;

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
    /// Told whenever video starts or stops actually playing (live or the recording):
    /// buffering, pausing, ending and switching sources count as stopped.
    #[prop(optional)]
    on_playing: Option<Callback<bool>>,
) -> impl IntoView {
    let phase = RwSignal::new(Phase::Offline);
    // Whether each video element is playing, from its media events.
    let live_playing = RwSignal::new(false);
    let recording_playing = RwSignal::new(false);
    let now = RwSignal::new(js_sys::Date::now());
    let muted = RwSignal::new(true);
    // `None` until the buyer picks a caption track: then the buyer's locale decides.
    let caption_choice = RwSignal::new(None::<Option<String>>);
    let live_video = NodeRef::<leptos::html::Video>::new();
    let recording_video = NodeRef::<leptos::html::Video>::new();
    let ever_live = StoredValue::new(false);
    let driver = StoredValue::new(None::<AbortHandle>);
    let retry_now = StoredValue::new(None::<mpsc::UnboundedSender<()>>);

    let ui = Ui {
        phase,
        now,
        live_video,
        ever_live,
    };

    // One driver per announced endpoint; a new endpoint (or none) stops the old one, and
    // stopping drops its session, which sends the DELETE.
    Effect::new(move |_| {
        let url = whep_url.get();
        if let Some(old) = driver.try_update_value(Option::take).flatten() {
            old.abort();
        }
        match url {
            None => {
                ui.attach(None);
                phase.set(Phase::without_stream(ever_live.get_value()));
            }
            Some(url) => {
                let (tx, rx) = mpsc::unbounded();
                retry_now.set_value(Some(tx));
                let (handle, registration) = AbortHandle::new_pair();
                driver.set_value(Some(handle));
                leptos::task::spawn_local(async move {
                    let _ = Abortable::new(drive(url, ui, rx), registration).await;
                });
            }
        }
    });
    on_cleanup(move || {
        if let Some(old) = driver.try_update_value(Option::take).flatten() {
            old.abort();
        }
    });

    // The countdown to the next attempt.
    let ticker = set_interval_with_handle(
        move || {
            if phase.with_untracked(|p| p.retry_at().is_some()) {
                now.set(js_sys::Date::now());
            }
        },
        std::time::Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
    });

    let is_live = move || phase.get() == Phase::Live;
    let recording = move || recording_url.get().filter(|_| !is_live());

    let chosen_caption = Memo::new(move |_| match caption_choice.get() {
        Some(choice) => choice,
        None => {
            let locale = i18n::locale();
            captions.with(|list| {
                let tags: Vec<&str> = list.iter().map(|(tag, _)| tag.as_str()).collect();
                default_caption(&tags, locale.tag()).map(|i| list[i].0.clone())
            })
        }
    });
    // Text track modes are DOM state: keep them in step with the choice. Chromium may
    // switch on another track by itself right after the tracks are inserted (its automatic
    // track selection), so the choice is enforced again on every `change` of the list.
    let on_tracks_change = StoredValue::new_local(None::<Closure<dyn FnMut(web_sys::Event)>>);
    Effect::new(move |_| {
        let chosen = chosen_caption.get();
        captions.track();
        let Some(tracks) = recording_video.get().and_then(|v| v.text_tracks()) else {
            return;
        };
        apply_caption_modes(&tracks, chosen.as_deref());
        let list = tracks.clone();
        let enforce = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            let chosen = chosen_caption.try_get_untracked().flatten();
            apply_caption_modes(&list, chosen.as_deref());
        });
        tracks.set_onchange(Some(enforce.as_ref().unchecked_ref()));
        on_tracks_change.set_value(Some(enforce));
    });

    let status = move || match phase.get() {
        Phase::Offline => offline_text.get(),
        Phase::Connecting => t!("live-connecting"),
        Phase::Live => t!("live-playing"),
        Phase::Waiting { .. } => t!("live-waiting"),
        Phase::Reconnecting { .. } => t!("live-reconnecting"),
        Phase::Ended => t!("live-ended"),
    };
    let countdown = move || phase.get().retry_in_seconds(now.get());
    let try_now = move |_| {
        retry_now.with_value(|tx| {
            if let Some(tx) = tx {
                let _ = tx.unbounded_send(());
            }
        });
    };
    let has_video = move || is_live() || recording().is_some();

    let playing = Memo::new(move |_| {
        (is_live() && live_playing.get()) || (recording().is_some() && recording_playing.get())
    });
    // A recording that goes away (live took over) is no longer playing.
    Effect::new(move |_| {
        if recording().is_none() {
            recording_playing.set(false);
        }
    });
    if let Some(report) = on_playing {
        Effect::new(move |_| report.run(playing.get()));
    }

    view! {
        <section
            class="live-player"
            aria-label=move || t!("live-region")
            data-phase=move || phase.get().name()
        >
            <div class="live-stage">
                <video
                    class="live-video"
                    node_ref=live_video
                    autoplay=true
                    playsinline=true
                    prop:muted=move || muted.get()
                    hidden=move || !is_live()
                    aria-label=move || t!("live-video-label")
                    on:playing=move |_| live_playing.set(true)
                    on:pause=move |_| live_playing.set(false)
                    on:waiting=move |_| live_playing.set(false)
                    on:ended=move |_| live_playing.set(false)
                    on:emptied=move |_| live_playing.set(false)
                ></video>
                {move || {
                    recording()
                        .map(|src| {
                            view! {
                                <video
                                    class="live-recording"
                                    node_ref=recording_video
                                    src=src
                                    autoplay=true
                                    loop=true
                                    playsinline=true
                                    preload="auto"
                                    prop:muted=move || muted.get()
                                    aria-label=move || t!("live-recording-label")
                                    on:playing=move |_| recording_playing.set(true)
                                    on:pause=move |_| recording_playing.set(false)
                                    on:waiting=move |_| recording_playing.set(false)
                                    on:ended=move |_| recording_playing.set(false)
                                    on:emptied=move |_| recording_playing.set(false)
                                >
                                    {move || {
                                        captions
                                            .get()
                                            .into_iter()
                                            .map(|(tag, url)| {
                                                view! {
                                                    <track
                                                        kind="captions"
                                                        src=url
                                                        srclang=tag.clone()
                                                        label=move || language_name(&tag)
                                                    />
                                                }
                                            })
                                            .collect_view()
                                    }}
                                </video>
                            }
                        })
                }}
                <Show when=move || !has_video()>
                    <div class="live-placeholder" aria-hidden="true">
                        <Show when=move || phase.get().is_trying()>
                            <span class="live-spinner live-spinner--large"></span>
                        </Show>
                    </div>
                </Show>
                <div class="live-overlay">
                    <Show
                        when=is_live
                        fallback=move || {
                            view! {
                                <Show when=move || recording().is_some()>
                                    <span class="live-badge live-badge--recording">
                                        {move || t!("live-badge-recording")}
                                    </span>
                                </Show>
                            }
                        }
                    >
                        <span class="live-badge live-badge--live">{move || t!("live-badge-live")}</span>
                        {move || {
                            viewers
                                .get()
                                .map(|count| {
                                    view! {
                                        <span class="live-viewers">{move || t!("live-viewers", count = count)}</span>
                                    }
                                })
                        }}
                    </Show>
                    // Over a recording, a small spinner while an attempt runs.
                    <Show when=move || {
                        has_video() && phase.get().is_trying() && phase.get().retry_at().is_none()
                    }>
                        <span class="live-spinner" aria-hidden="true"></span>
                    </Show>
                </div>
            </div>
            <div class="live-bar">
                <div class="live-state">
                    <p class="live-status" role="status">{status}</p>
                    {move || {
                        countdown()
                            .map(|seconds| {
                                view! {
                                    <p class="live-retry">
                                        <span>{move || t!("live-retry-in", seconds = seconds)}</span>
                                        " "
                                        <button type="button" class="button live-retry-now" on:click=try_now>
                                            {move || t!("live-retry-now")}
                                        </button>
                                    </p>
                                }
                            })
                    }}
                </div>
                <div class="live-controls">
                    <Show when=has_video>
                        <button
                            type="button"
                            class="button live-sound"
                            on:click=move |_| muted.update(|m| *m = !*m)
                        >
                            {move || if muted.get() { t!("live-sound-on") } else { t!("live-sound-off") }}
                        </button>
                    </Show>
                    <Show when=move || recording().is_some() && !captions.with(Vec::is_empty)>
                        <label class="live-captions">
                            <span>{move || t!("live-captions")}</span>
                            <select on:change=move |ev| {
                                let v = event_target_value(&ev);
                                caption_choice.set(Some((!v.is_empty()).then_some(v)));
                            }>
                                <option value="" selected=move || chosen_caption.get().is_none()>
                                    {move || t!("live-captions-off")}
                                </option>
                                {move || {
                                    captions
                                        .get()
                                        .into_iter()
                                        .map(|(tag, _)| {
                                            let selected_tag = tag.clone();
                                            let name_tag = tag.clone();
                                            view! {
                                                <option
                                                    value=tag.clone()
                                                    lang=tag
                                                    selected=move || {
                                                        chosen_caption.get().as_deref() == Some(selected_tag.as_str())
                                                    }
                                                >
                                                    {move || language_name(&name_tag)}
                                                </option>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </select>
                        </label>
                    </Show>
                </div>
            </div>
        </section>
    }
}

/// Shows the track in `chosen` (a BCP 47 tag) and hides the others. Writes only modes that
/// differ, so enforcing it from the list's `change` event settles at once.
fn apply_caption_modes(tracks: &web_sys::TextTrackList, chosen: Option<&str>) {
    for i in 0..tracks.length() {
        if let Some(track) = tracks.get(i) {
            let mode = if chosen == Some(track.language().as_str()) {
                TextTrackMode::Showing
            } else {
                TextTrackMode::Disabled
            };
            if track.mode() != mode {
                track.set_mode(mode);
            }
        }
    }
}

/// A caption language's name in the buyer's language (the tag itself for a language the
/// app does not ship).
fn language_name(tag: &str) -> String {
    match Locale::from_tag(tag) {
        Some(Locale::En) => t!("lang-en"),
        Some(Locale::ZhCn) => t!("lang-zh-CN"),
        Some(Locale::Es) => t!("lang-es"),
        Some(Locale::De) => t!("lang-de"),
        Some(Locale::Ar) => t!("lang-ar"),
        Some(Locale::Fr) => t!("lang-fr"),
        None => tag.to_string(),
    }
}

/// What the driver updates. Signals are written with `try_*`: the player may be gone.
#[derive(Clone, Copy)]
struct Ui {
    phase: RwSignal<Phase>,
    now: RwSignal<f64>,
    live_video: NodeRef<leptos::html::Video>,
    ever_live: StoredValue<bool>,
}

impl Ui {
    fn set_phase(self, phase: Phase) {
        self.now.try_set(js_sys::Date::now());
        self.phase.try_set(phase);
    }

    /// Shows `stream` in the live `<video>` (or detaches it).
    fn attach(self, stream: Option<&web_sys::MediaStream>) {
        if let Some(video) = self.live_video.try_get_untracked().flatten() {
            video.set_src_object(stream);
        }
    }
}

/// Plays `url` until aborted: connect, watch, and after a drop or a failure wait (backoff,
/// or until the buyer asks to try now) and start again.
async fn drive(url: String, ui: Ui, mut retry_now: mpsc::UnboundedReceiver<()>) {
    let mut backoff = Backoff::new(RETRY_BASE_MS, RETRY_CAP_MS);
    let options = WhepOptions::default();
    loop {
        if let Some(p) = ui.phase.try_get_untracked() {
            ui.set_phase(p.attempting());
        }
        let no_stream = match WhepPlayer::connect(&url, &options).await {
            Ok(player) => {
                watch(&player, ui, &mut backoff).await;
                ui.attach(None);
                drop(player);
                false
            }
            Err(e) => e == MediaError::NoStream,
        };
        let delay = backoff.next_delay_ms(js_sys::Math::random());
        let was_live = ui.ever_live.try_get_value().unwrap_or(false);
        ui.set_phase(Phase::after_failure(
            no_stream,
            was_live,
            js_sys::Date::now() + f64::from(delay),
        ));
        // A click made while an attempt was running must not cut the next wait short.
        while retry_now.try_recv().is_ok() {}
        let sleep = gloo_timers::future::TimeoutFuture::new(delay);
        match futures::future::select(sleep, retry_now.next()).await {
            Either::Left(_) => {}
            Either::Right((Some(()), _)) => {}
            // The player is gone (its sender dropped): nothing to retry for.
            Either::Right((None, _)) => return,
        }
    }
}

/// Returns when a session ends: it never connected within [`CONNECT_TIMEOUT_MS`], it
/// failed or closed, or it stayed disconnected for [`DISCONNECT_GRACE_MS`].
async fn watch(player: &WhepPlayer, ui: Ui, backoff: &mut Backoff) {
    let (tx, mut states) = mpsc::unbounded();
    let initial = player.session().state();
    let _ = tx.unbounded_send(initial);
    player.session().on_state(move |s| {
        let _ = tx.unbounded_send(s);
    });
    ui.attach(Some(player.stream()));
    let mut wait = Some(CONNECT_TIMEOUT_MS);
    loop {
        let next = match wait {
            Some(ms) => {
                let timer = gloo_timers::future::TimeoutFuture::new(ms);
                match futures::future::select(states.next(), timer).await {
                    Either::Left((state, _)) => state,
                    Either::Right(_) => return,
                }
            }
            None => states.next().await,
        };
        match next {
            Some(PeerState::Connected) => {
                wait = None;
                backoff.reset();
                ui.ever_live.try_set_value(true);
                ui.set_phase(Phase::Live);
            }
            Some(PeerState::Disconnected) => wait = Some(DISCONNECT_GRACE_MS),
            Some(PeerState::Connecting) => {}
            Some(PeerState::Failed | PeerState::Closed) | None => return,
        }
    }
}
