//! The console's studio: the camera and microphone, the screen share, and the WHIP
//! broadcast with its reconnection, as one reactive controller the views share.
//!
//! Going live: a fresh ingest grant, a WHIP session (`crate::media::whip`), then
//! `set_on_air(true)`. A connection that fails, or stays disconnected for
//! [`DISCONNECT_GRACE_MS`], is replaced with backoff ([`Backoff`]); the camera stays open
//! meanwhile. Stop, leaving the tab and `pagehide` end the WHIP session (`DELETE`) and tell
//! the backend the booth is off air. While live, the console confirms it every
//! [`ON_AIR_CONFIRM_SECS`]; a console that dies without stopping stops being live for
//! buyers once the backend hears nothing for `ON_AIR_TTL_SECS`.

use std::rc::Rc;

use futures::channel::mpsc;
use futures::future::{AbortHandle, Abortable, Either};
use futures::StreamExt;
use leptos::prelude::*;
use tradefair_core::exhibitor::IngestGrant;
use tradefair_core::expo::ON_AIR_CONFIRM_SECS;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::MediaStream;

use crate::api::{self, ApiError};
use crate::media::devices::{self, DeviceList};
use crate::media::stats;
use crate::media::studio::{bitrate_bps, OnAir, Resolution, Source};
use crate::media::whep::{Backoff, MediaError, PeerState};
use crate::media::whip::{WhipOptions, WhipPublisher};

/// First wait before a reconnection, doubled per attempt up to [`RETRY_CAP_MS`].
const RETRY_BASE_MS: u32 = 1_000;
const RETRY_CAP_MS: u32 = 15_000;
/// How long a new connection may take to come up.
const CONNECT_TIMEOUT_MS: u32 = 15_000;
/// How long "disconnected" may last before the connection is replaced.
pub const DISCONNECT_GRACE_MS: u32 = 4_000;
/// How often the viewer count is asked for while on air.
const VIEWERS_EVERY_S: u32 = 10;
/// How often the bitrate is sampled.
const BITRATE_EVERY_S: u32 = 2;

/// Why the camera, microphone or screen could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceProblem {
    /// The user or the browser refused access.
    Denied,
    /// No such device.
    Missing,
    /// The device is used by another application.
    Busy,
    /// The device cannot do the chosen resolution.
    Resolution,
    /// The browser cannot (an insecure page, an old browser).
    Unsupported,
    Other,
}

impl DeviceProblem {
    fn of(e: &MediaError) -> DeviceProblem {
        match e {
            MediaError::WebRtc(name) => match name.as_str() {
                "NotAllowedError" | "SecurityError" => DeviceProblem::Denied,
                "NotFoundError" => DeviceProblem::Missing,
                "NotReadableError" | "AbortError" => DeviceProblem::Busy,
                "OverconstrainedError" => DeviceProblem::Resolution,
                "NotSupportedError" | "TypeError" => DeviceProblem::Unsupported,
                _ => DeviceProblem::Other,
            },
            _ => DeviceProblem::Other,
        }
    }

    /// The Fluent message explaining it.
    pub fn message_key(&self) -> &'static str {
        match self {
            DeviceProblem::Denied => "live-device-denied",
            DeviceProblem::Missing => "live-device-missing",
            DeviceProblem::Busy => "live-device-busy",
            DeviceProblem::Resolution => "live-device-resolution",
            DeviceProblem::Unsupported => "live-device-unsupported",
            DeviceProblem::Other => "live-device-failed",
        }
    }
}

/// The camera preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Preview {
    /// Not asked for yet.
    #[default]
    Off,
    Opening,
    On,
    Failed(DeviceProblem),
}

/// Why going live failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveProblem {
    /// The backend has no media server for this booth.
    NoMediaServer,
    /// Nothing to send: the camera is off.
    NoCamera,
    /// The media server refused the token.
    Refused,
    /// The media server could not be reached.
    Unreachable,
    /// The media server answered with another error.
    MediaServer(u16),
    /// The browser could not set up WebRTC.
    Browser,
    /// The backend call failed.
    Api(ApiError),
}

impl LiveProblem {
    fn of(e: MediaError) -> LiveProblem {
        match e {
            MediaError::Unauthorized => LiveProblem::Refused,
            MediaError::Network => LiveProblem::Unreachable,
            MediaError::NoStream => LiveProblem::MediaServer(404),
            MediaError::Http(s) => LiveProblem::MediaServer(s),
            MediaError::WebRtc(_) => LiveProblem::Browser,
        }
    }
}

/// What only this browser tab holds: streams, the session and its driver.
#[derive(Default)]
struct Media {
    camera: Option<MediaStream>,
    screen: Option<MediaStream>,
    publisher: Option<Rc<WhipPublisher>>,
    driver: Option<AbortHandle>,
    ticker: Option<AbortHandle>,
    screen_ended: Option<Closure<dyn FnMut(web_sys::Event)>>,
    /// Last `(bytesSent, time)` sample.
    sent: Option<(u64, f64)>,
}

/// The studio of booth `booth_id`'s console. Cheap to copy; lives as long as the
/// component that made it ([`Studio::new`]).
#[derive(Clone, Copy)]
pub struct Studio {
    pub booth_id: u32,
    /// Cameras and microphones the browser offers.
    pub devices: RwSignal<DeviceList>,
    /// Chosen camera's `deviceId` (empty: the browser's default).
    pub camera: RwSignal<String>,
    /// Chosen microphone's `deviceId` (empty: the browser's default).
    pub microphone: RwSignal<String>,
    pub resolution: RwSignal<Resolution>,
    pub preview: RwSignal<Preview>,
    /// Bumped whenever the outgoing streams change (the views re-read them).
    pub revision: RwSignal<u32>,
    /// What the outgoing video shows.
    pub source: RwSignal<Source>,
    pub screen_problem: RwSignal<Option<DeviceProblem>>,
    pub on_air: RwSignal<OnAir>,
    pub problem: RwSignal<Option<LiveProblem>>,
    /// When the broadcast started (ms since the epoch).
    pub started_at: RwSignal<Option<f64>>,
    /// The clock, ticking every second.
    pub now: RwSignal<f64>,
    /// Outgoing bits per second, while on air.
    pub bitrate: RwSignal<Option<u64>>,
    /// The grant last read (whether there is a media server; viewers).
    pub grant: RwSignal<Option<IngestGrant>>,
    media: StoredValue<Media, LocalStorage>,
}

impl Studio {
    /// A studio for `booth_id`, ended (session deleted, camera off) when the calling
    /// component is cleaned up or the page is hidden for good.
    pub fn new(booth_id: u32) -> Studio {
        let studio = Studio {
            booth_id,
            devices: RwSignal::new(DeviceList::default()),
            camera: RwSignal::new(String::new()),
            microphone: RwSignal::new(String::new()),
            resolution: RwSignal::new(Resolution::default()),
            preview: RwSignal::new(Preview::Off),
            revision: RwSignal::new(0),
            source: RwSignal::new(Source::Camera),
            screen_problem: RwSignal::new(None),
            on_air: RwSignal::new(OnAir::Off),
            problem: RwSignal::new(None),
            started_at: RwSignal::new(None),
            now: RwSignal::new(js_sys::Date::now()),
            bitrate: RwSignal::new(None),
            grant: RwSignal::new(None),
            media: StoredValue::new_local(Media::default()),
        };
        studio.refresh_devices();
        let (handle, registration) = AbortHandle::new_pair();
        studio.media.update_value(|m| m.ticker = Some(handle));
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(studio.tick(), registration).await;
        });
        // `pagehide` without a later `pageshow` (bfcache) still ends the session: a page
        // that comes back from the cache starts off air.
        let on_hide = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            studio.shut_down();
        });
        if let Some(w) = web_sys::window() {
            let _ =
                w.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
        }
        let on_hide = StoredValue::new_local(on_hide);
        // Cleanups run before the owner's stored values are dropped: both are still here.
        on_cleanup(move || {
            on_hide.with_value(|f| {
                if let Some(w) = web_sys::window() {
                    let _ = w.remove_event_listener_with_callback(
                        "pagehide",
                        f.as_ref().unchecked_ref(),
                    );
                }
            });
            studio.shut_down();
        });
        studio
    }

    /// Lists the devices again (labels appear once access was granted).
    pub fn refresh_devices(self) {
        leptos::task::spawn_local(async move {
            if let Ok(list) = devices::list().await {
                self.devices.try_set(list);
            }
        });
    }

    /// The camera stream, if open.
    pub fn camera_stream(self) -> Option<MediaStream> {
        self.media.try_with_value(|m| m.camera.clone()).flatten()
    }

    /// What the preview shows: the screen while it is on air, else the camera.
    pub fn shown_stream(self) -> Option<MediaStream> {
        self.media
            .try_with_value(|m| match self.source.get_untracked() {
                Source::Screen => m.screen.clone().or_else(|| m.camera.clone()),
                Source::Camera => m.camera.clone(),
            })
            .flatten()
    }

    /// Opens (or reopens, after a new choice) the camera and microphone. Asked for with a
    /// button first: that is when the browser asks the user.
    pub fn open_camera(self) {
        self.preview.set(Preview::Opening);
        let camera = self.camera.get_untracked();
        let microphone = self.microphone.get_untracked();
        let resolution = self.resolution.get_untracked();
        leptos::task::spawn_local(async move {
            let opened =
                devices::open_camera(Some(camera.as_str()), Some(microphone.as_str()), resolution)
                    .await;
            match opened {
                Ok(stream) => {
                    let old = self
                        .media
                        .try_update_value(|m| m.camera.replace(stream.clone()))
                        .flatten();
                    if let Some(old) = old {
                        devices::stop(&old);
                    }
                    // Remember what the browser picked, so the selects show it.
                    if let Some(id) = devices::video_track(&stream).and_then(|t| device_id(&t)) {
                        self.camera.try_set(id);
                    }
                    if let Some(id) = devices::audio_track(&stream).and_then(|t| device_id(&t)) {
                        self.microphone.try_set(id);
                    }
                    self.preview.try_set(Preview::On);
                    self.revision.try_update(|r| *r += 1);
                    self.refresh_devices();
                    self.send_current_tracks().await;
                }
                Err(e) => {
                    self.preview.try_set(Preview::Failed(DeviceProblem::of(&e)));
                }
            }
        });
    }

    /// While publishing, sends the current source's video and the microphone.
    async fn send_current_tracks(self) {
        let Some(publisher) = self.media.try_with_value(|m| m.publisher.clone()).flatten() else {
            return;
        };
        let (video, audio) = self.outgoing_tracks();
        for track in [video, audio].into_iter().flatten() {
            if let Err(e) = publisher.replace_track(&track).await {
                leptos::logging::warn!("could not switch the outgoing {}: {e:?}", track.kind());
            }
        }
    }

    /// The tracks that go on air: the screen's or camera's video, the microphone.
    fn outgoing_tracks(
        self,
    ) -> (
        Option<web_sys::MediaStreamTrack>,
        Option<web_sys::MediaStreamTrack>,
    ) {
        self.media
            .try_with_value(|m| {
                let video = match (self.source.get_untracked(), &m.screen) {
                    (Source::Screen, Some(s)) => devices::video_track(s),
                    _ => m.camera.as_ref().and_then(devices::video_track),
                };
                (video, m.camera.as_ref().and_then(devices::audio_track))
            })
            .unwrap_or((None, None))
    }

    /// Shares a screen, window or tab in place of the camera (also while live, without
    /// renegotiating: `RTCRtpSender.replaceTrack`).
    pub fn share_screen(self) {
        self.screen_problem.set(None);
        leptos::task::spawn_local(async move {
            match devices::open_screen().await {
                Ok(stream) => {
                    // The browser's own "Stop sharing" ends the track: back to the camera.
                    let ended = devices::video_track(&stream)
                        .map(|t| devices::on_ended(&t, move |_| self.back_to_camera()));
                    let old = self
                        .media
                        .try_update_value(|m| {
                            m.screen_ended = ended;
                            m.screen.replace(stream)
                        })
                        .flatten();
                    if let Some(old) = old {
                        devices::stop(&old);
                    }
                    self.source.try_set(Source::Screen);
                    self.revision.try_update(|r| *r += 1);
                    self.send_current_tracks().await;
                }
                Err(e) => {
                    self.screen_problem.try_set(Some(DeviceProblem::of(&e)));
                }
            }
        });
    }

    /// Puts the camera back on air and ends the screen share.
    pub fn back_to_camera(self) {
        if self.source.try_get_untracked() != Some(Source::Screen) {
            return;
        }
        self.source.try_set(Source::Camera);
        self.revision.try_update(|r| *r += 1);
        leptos::task::spawn_local(async move {
            self.send_current_tracks().await;
            let screen = self
                .media
                .try_update_value(|m| {
                    m.screen_ended = None;
                    m.screen.take()
                })
                .flatten();
            if let Some(s) = screen {
                devices::stop(&s);
            }
        });
    }

    /// Starts publishing.
    pub fn go_live(self) {
        if self.on_air.get_untracked().is_active() {
            return;
        }
        self.problem.set(None);
        self.on_air.set(OnAir::Starting);
        let (handle, registration) = AbortHandle::new_pair();
        self.media.update_value(|m| m.driver = Some(handle));
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(self.drive(), registration).await;
        });
    }

    /// Fails the start: back off air with `problem`.
    fn fail(self, problem: LiveProblem) {
        self.problem.try_set(Some(problem));
        self.on_air.try_set(OnAir::Off);
        self.started_at.try_set(None);
    }

    async fn drive(self) {
        let grant = match api::backend().ingest(self.booth_id).await {
            Ok(g) => g,
            Err(e) => return self.fail(LiveProblem::Api(e)),
        };
        let Some(url) = grant.whip_url.clone() else {
            self.grant.try_set(Some(grant));
            return self.fail(LiveProblem::NoMediaServer);
        };
        let options = WhipOptions {
            token: grant.whip_token.clone(),
        };
        self.grant.try_set(Some(grant));
        let mut backoff = Backoff::new(RETRY_BASE_MS, RETRY_CAP_MS);
        let mut announced = false;
        let mut attempt = 0u32;
        loop {
            let (video, audio) = self.outgoing_tracks();
            if video.is_none() && audio.is_none() {
                return self.fail(LiveProblem::NoCamera);
            }
            let Some(stream) = devices::combine(video.as_ref(), audio.as_ref()) else {
                return self.fail(LiveProblem::Browser);
            };
            match WhipPublisher::publish(&url, &stream, &options).await {
                Ok(publisher) => {
                    let publisher = Rc::new(publisher);
                    self.media.try_update_value(|m| {
                        m.publisher = Some(publisher.clone());
                        m.sent = None;
                    });
                    if !announced {
                        match api::backend().set_on_air(self.booth_id, true).await {
                            Ok(g) => {
                                self.grant.try_set(Some(g));
                            }
                            Err(e) => {
                                self.drop_publisher();
                                return self.fail(LiveProblem::Api(e));
                            }
                        }
                        announced = true;
                        self.started_at.try_set(Some(js_sys::Date::now()));
                    }
                    if self.watch(&publisher).await {
                        attempt = 0;
                        backoff.reset();
                    }
                    self.drop_publisher();
                    self.bitrate.try_set(None);
                }
                // The first attempt tells what is wrong; later ones keep trying.
                Err(e) if !announced => return self.fail(LiveProblem::of(e)),
                Err(e) => leptos::logging::warn!("reconnecting the broadcast: {e:?}"),
            }
            attempt += 1;
            self.on_air.try_set(OnAir::Reconnecting { attempt });
            let delay = backoff.next_delay_ms(js_sys::Math::random());
            gloo_timers::future::TimeoutFuture::new(delay).await;
        }
    }

    /// Follows a session until it is lost; `true` if it was connected at some point.
    async fn watch(self, publisher: &WhipPublisher) -> bool {
        let (tx, mut states) = mpsc::unbounded();
        let _ = tx.unbounded_send(publisher.session().state());
        publisher.session().on_state(move |s| {
            let _ = tx.unbounded_send(s);
        });
        let mut connected = false;
        let mut wait = Some(CONNECT_TIMEOUT_MS);
        loop {
            let next = match wait {
                Some(ms) => {
                    let timer = gloo_timers::future::TimeoutFuture::new(ms);
                    match futures::future::select(states.next(), timer).await {
                        Either::Left((s, _)) => s,
                        Either::Right(_) => return connected,
                    }
                }
                None => states.next().await,
            };
            match next {
                Some(PeerState::Connected) => {
                    connected = true;
                    wait = None;
                    self.on_air.try_set(OnAir::Live);
                }
                Some(PeerState::Disconnected) => wait = Some(DISCONNECT_GRACE_MS),
                Some(PeerState::Connecting) => {}
                Some(PeerState::Failed | PeerState::Closed) | None => return connected,
            }
        }
    }

    /// Ends the current WHIP session (the `DELETE` goes out).
    fn drop_publisher(self) {
        if let Some(p) = self
            .media
            .try_update_value(|m| m.publisher.take())
            .flatten()
        {
            p.stop();
        }
    }

    /// Stops publishing: `DELETE` of the WHIP session, then off air on the backend.
    pub fn stop(self) {
        if !self.on_air.get_untracked().is_active() {
            return;
        }
        self.on_air.set(OnAir::Stopping);
        if let Some(d) = self.media.try_update_value(|m| m.driver.take()).flatten() {
            d.abort();
        }
        self.drop_publisher();
        self.bitrate.set(None);
        leptos::task::spawn_local(async move {
            match api::backend().set_on_air(self.booth_id, false).await {
                Ok(g) => {
                    self.grant.try_set(Some(g));
                }
                Err(e) => {
                    self.problem.try_set(Some(LiveProblem::Api(e)));
                }
            }
            self.on_air.try_set(OnAir::Off);
            self.started_at.try_set(None);
        });
    }

    /// Leaving: the session ends with its `DELETE` already sent, off air is reported, the
    /// camera and screen are released.
    fn shut_down(self) {
        let taken = self.media.try_update_value(|m| {
            if let Some(d) = m.driver.take() {
                d.abort();
            }
            if let Some(t) = m.ticker.take() {
                t.abort();
            }
            m.screen_ended = None;
            (m.publisher.take(), m.camera.take(), m.screen.take())
        });
        let Some((publisher, camera, screen)) = taken else {
            return;
        };
        // A page restored from the back-forward cache starts over, off air.
        self.preview.try_set(Preview::Off);
        self.source.try_set(Source::Camera);
        self.on_air.try_set(OnAir::Off);
        self.started_at.try_set(None);
        self.bitrate.try_set(None);
        for s in [camera, screen].into_iter().flatten() {
            devices::stop(&s);
        }
        if let Some(p) = publisher {
            p.stop_now();
            let booth_id = self.booth_id;
            wasm_bindgen_futures::spawn_local(async move {
                let _ = api::backend().set_on_air(booth_id, false).await;
            });
        }
    }

    /// Every second: the clock; while on air, the bitrate and the viewer count.
    async fn tick(self) {
        let mut second = 0u32;
        loop {
            gloo_timers::future::TimeoutFuture::new(1_000).await;
            second = second.wrapping_add(1);
            let now = js_sys::Date::now();
            self.now.try_set(now);
            let Some(state) = self.on_air.try_get_untracked() else {
                return;
            };
            if !matches!(state, OnAir::Live) {
                continue;
            }
            if second.is_multiple_of(BITRATE_EVERY_S) {
                self.sample_bitrate().await;
            }
            if second.is_multiple_of(ON_AIR_CONFIRM_SECS) {
                // Still on air: without this, the backend takes the booth off air for buyers
                // (a console that crashed or lost its network must not stay "live").
                if let Ok(g) = api::backend().set_on_air(self.booth_id, true).await {
                    self.grant.try_set(Some(g));
                }
            } else if second.is_multiple_of(VIEWERS_EVERY_S) {
                if let Ok(g) = api::backend().ingest(self.booth_id).await {
                    self.grant.try_set(Some(g));
                }
            }
        }
    }

    async fn sample_bitrate(self) {
        let Some(publisher) = self.media.try_with_value(|m| m.publisher.clone()).flatten() else {
            return;
        };
        let Some(bytes) = stats::bytes_sent(publisher.session().peer()).await else {
            return;
        };
        let now = js_sys::Date::now();
        let previous = self
            .media
            .try_update_value(|m| m.sent.replace((bytes, now)))
            .flatten();
        if let Some((then_bytes, then_ms)) = previous {
            if let Some(bps) = bitrate_bps(then_bytes, then_ms, bytes, now) {
                self.bitrate.try_set(Some(bps));
            }
        }
    }
}

/// The `deviceId` a track was opened with.
fn device_id(track: &web_sys::MediaStreamTrack) -> Option<String> {
    let settings = js_sys::Reflect::apply(
        &js_sys::Reflect::get(track, &"getSettings".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?,
        track,
        &js_sys::Array::new(),
    )
    .ok()?;
    js_sys::Reflect::get(&settings, &"deviceId".into())
        .ok()?
        .as_string()
        .filter(|id| !id.is_empty())
}
