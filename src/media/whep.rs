//! Playing a live stream with WHEP, and the HTTP signalling that WHIP shares.
//!
//! WHEP (WebRTC-HTTP Egress Protocol, an IETF draft) and WHIP (RFC 9725) are one exchange:
//! POST an SDP offer as `application/sdp` to the endpoint, get the answer in a `201` whose
//! `Location` names the session resource, send late ICE candidates to that resource with
//! `PATCH` (`application/trickle-ice-sdpfrag`), and `DELETE` it to leave. Any WHEP server
//! works (MediaMTX, SRS, Cloudflare Stream, the test relay in `tests/relay/`).
//!
//! Why these requests are sent here and not in `src/api/`: they are media signalling with a
//! media server, not calls of the REST contract. Nothing here builds a URL: the endpoint
//! comes from the backend (a booth's `whep_url`, an exhibitor's ingest URL) and the session
//! URL from the media server's `Location` header, resolved against the endpoint as the
//! protocol says. Bodies are SDP text, never JSON. The requests are few and typed
//! ([`Reply`], [`MediaError`]) and carry the same time limit and abort-on-drop as the REST
//! client's.
//!
//! Offers are sent once ICE gathering completes, or after [`GATHER_WAIT_MS`] at most;
//! candidates found after that are trickled with `PATCH`. Dropping a session sends the
//! `DELETE` (with `keepalive`, so it survives a page unload), then closes the connection.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, MediaStream, RequestInit, Response, RtcIceGatheringState, RtcPeerConnection,
    RtcPeerConnectionIceEvent, RtcPeerConnectionState, RtcRtpTransceiverDirection,
    RtcRtpTransceiverInit, RtcSdpType, RtcSessionDescriptionInit, RtcTrackEvent,
};

/// How long one signalling request may take.
const TIMEOUT_MS: u32 = 10_000;
/// The longest wait for ICE gathering before the offer goes out (later candidates trickle).
pub const GATHER_WAIT_MS: u32 = 1_500;

/// Why a WHEP or WHIP session could not be set up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaError {
    /// The endpoint has nothing to play (404 or 409): the stream has not started, or ended.
    NoStream,
    /// The media server refused the credentials (401 or 403).
    Unauthorized,
    /// No answer: offline, refused, CORS, or over the time limit.
    Network,
    /// Any other status from the media server.
    Http(u16),
    /// The browser could not set up WebRTC (no support, an SDP it refused, no camera).
    WebRtc(String),
}

impl MediaError {
    fn webrtc(e: JsValue) -> MediaError {
        MediaError::WebRtc(
            e.as_string()
                .or_else(|| {
                    js_sys::Reflect::get(&e, &"message".into())
                        .ok()
                        .and_then(|m| m.as_string())
                })
                .unwrap_or_else(|| "WebRTC error".into()),
        )
    }

    /// The error a non-201 answer of the endpoint stands for.
    pub fn from_status(status: u16) -> MediaError {
        match status {
            404 | 409 => MediaError::NoStream,
            401 | 403 => MediaError::Unauthorized,
            s => MediaError::Http(s),
        }
    }
}

/// The state of a session's peer connection, as the UI needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeerState {
    Connecting,
    Connected,
    /// Media stopped arriving; may come back by itself within seconds.
    Disconnected,
    Failed,
    Closed,
}

impl PeerState {
    fn of(pc: &RtcPeerConnection) -> PeerState {
        match pc.connection_state() {
            RtcPeerConnectionState::Connected => PeerState::Connected,
            RtcPeerConnectionState::Disconnected => PeerState::Disconnected,
            RtcPeerConnectionState::Failed => PeerState::Failed,
            RtcPeerConnectionState::Closed => PeerState::Closed,
            _ => PeerState::Connecting,
        }
    }
}

/// When to try again after a failed or dropped connection: exponential backoff with
/// "equal jitter" (half of each wait fixed, half random), capped. The fixed half makes
/// waits grow even with bad luck; the random half keeps the viewers of a booth from all
/// retrying in the same second after an outage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backoff {
    base_ms: u32,
    cap_ms: u32,
    attempt: u32,
}

impl Backoff {
    /// Waits start near `base_ms` and double up to `cap_ms`.
    pub const fn new(base_ms: u32, cap_ms: u32) -> Backoff {
        Backoff {
            base_ms,
            cap_ms,
            attempt: 0,
        }
    }

    /// The wait before the next attempt, with `random` in `[0, 1)` (e.g. `Math.random()`).
    pub fn next_delay_ms(&mut self, random: f64) -> u32 {
        let ceiling = (u64::from(self.base_ms) << self.attempt.min(20)).min(u64::from(self.cap_ms));
        self.attempt = self.attempt.saturating_add(1);
        let half = ceiling / 2;
        let spread = ((ceiling - half) as f64 * random.clamp(0.0, 1.0)) as u64;
        (half + spread).min(u64::from(self.cap_ms)) as u32
    }

    /// Attempts since the last [`Backoff::reset`].
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    /// Starts over (after a connection that worked).
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

/// A 201 answer (or an error status) of the media server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    /// `Location`, resolved against the request URL.
    pub location: Option<String>,
    pub etag: Option<String>,
    pub body: String,
}

/// One signalling request. `keepalive` lets a `DELETE` finish while the page unloads.
async fn send(
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: Option<&str>,
    token: Option<&str>,
    etag: Option<&str>,
    keepalive: bool,
) -> Result<Reply, MediaError> {
    let window = web_sys::window().ok_or(MediaError::Network)?;
    let controller = AbortController::new().map_err(|_| MediaError::Network)?;
    // Abort the request if the future holding it is dropped (the buyer left the booth).
    struct AbortOnDrop(AbortController, bool);
    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            if !self.1 {
                self.0.abort();
            }
        }
    }
    let mut guard = AbortOnDrop(controller.clone(), keepalive);
    let timer = {
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || controller.abort())
    };
    let init = RequestInit::new();
    init.set_method(method);
    init.set_signal(Some(&controller.signal()));
    let headers = web_sys::Headers::new().map_err(|_| MediaError::Network)?;
    if let Some(ct) = content_type {
        let _ = headers.set("Content-Type", ct);
    }
    if method == "POST" {
        let _ = headers.set("Accept", "application/sdp");
    }
    if let Some(token) = token {
        let _ = headers.set("Authorization", &format!("Bearer {token}"));
    }
    if let Some(etag) = etag {
        let _ = headers.set("If-Match", etag);
    }
    init.set_headers(&headers);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    if keepalive {
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    let result = async {
        let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| MediaError::Network)?;
        let resp: Response = resp.dyn_into().map_err(|_| MediaError::Network)?;
        let text = JsFuture::from(resp.text().map_err(|_| MediaError::Network)?)
            .await
            .map_err(|_| MediaError::Network)?
            .as_string()
            .unwrap_or_default();
        let header = |name: &str| resp.headers().get(name).ok().flatten();
        let location = header("Location")
            .and_then(|l| web_sys::Url::new_with_base(&l, url).ok().map(|u| u.href()));
        Ok(Reply {
            status: resp.status(),
            location,
            etag: header("ETag"),
            body: text,
        })
    }
    .await;
    drop(timer);
    guard.1 = true;
    result
}

/// The session resource on the media server.
#[derive(Clone, Debug)]
struct Resource {
    url: String,
    etag: Option<String>,
}

/// What the ICE handlers and [`PeerSession`] share.
#[derive(Default)]
struct Shared {
    token: Option<String>,
    resource: RefCell<Option<Resource>>,
    /// Set when the offer went out: candidates found later must be trickled.
    offer_sent: Cell<bool>,
    /// Trickled candidates waiting for the resource URL, as `(mid, "a=candidate:…")`.
    pending: RefCell<Vec<(String, String)>>,
    end_of_candidates: Cell<bool>,
    /// `a=ice-ufrag` and `a=ice-pwd` of the offer, repeated in every trickle fragment.
    ice_credentials: RefCell<Option<(String, String)>>,
    /// Cleared when the server answers a PATCH with 405 / 501 (no trickle support).
    trickle: Cell<bool>,
    closed: Cell<bool>,
}

impl Shared {
    /// Sends the pending candidates (and end-of-candidates) in one PATCH, if the resource
    /// is known.
    fn flush(self: &Rc<Self>) {
        if !self.trickle.get() {
            return;
        }
        let Some(resource) = self.resource.borrow().clone() else {
            return;
        };
        let candidates = std::mem::take(&mut *self.pending.borrow_mut());
        let end = self.end_of_candidates.get();
        if candidates.is_empty() && !end {
            return;
        }
        let Some(body) = sdp_fragment(self.ice_credentials.borrow().as_ref(), &candidates, end)
        else {
            return;
        };
        let shared = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if shared.closed.get() {
                return;
            }
            let reply = send(
                "PATCH",
                &resource.url,
                Some("application/trickle-ice-sdpfrag"),
                Some(&body),
                shared.token.as_deref(),
                resource.etag.as_deref(),
                false,
            )
            .await;
            if let Ok(Reply {
                status: 405 | 501, ..
            }) = reply
            {
                shared.trickle.set(false);
            }
        });
    }

    /// Ends the session on the server (once), then closes `pc`: the server hears the
    /// `DELETE` before the connection goes away, so it ends the session as asked rather
    /// than as a failure.
    fn delete_then_close(&self, pc: RtcPeerConnection) {
        let Some(resource) = self.resource.borrow_mut().take() else {
            pc.close();
            return;
        };
        let token = self.token.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = send(
                "DELETE",
                &resource.url,
                None,
                None,
                token.as_deref(),
                None,
                true,
            )
            .await;
            pc.close();
        });
    }

    /// Like [`Shared::delete_then_close`], but the `DELETE` is issued before this returns
    /// (for `pagehide`, when no later task may run): its first poll starts the `keepalive`
    /// fetch, which the browser completes after the page is gone; the answer is not awaited.
    fn delete_now_and_close(&self, pc: RtcPeerConnection) {
        if let Some(resource) = self.resource.borrow_mut().take() {
            let token = self.token.clone();
            let _ = futures::FutureExt::now_or_never(send(
                "DELETE",
                &resource.url,
                None,
                None,
                token.as_deref(),
                None,
                true,
            ));
        }
        pc.close();
    }
}

/// A trickle-ICE SDP fragment (RFC 8840) for `candidates` grouped by media id.
fn sdp_fragment(
    credentials: Option<&(String, String)>,
    candidates: &[(String, String)],
    end_of_candidates: bool,
) -> Option<String> {
    let (ufrag, pwd) = credentials?;
    let mut out = format!("a=ice-ufrag:{ufrag}\r\na=ice-pwd:{pwd}\r\n");
    let mut mids: Vec<&str> = Vec::new();
    for (mid, _) in candidates {
        if !mids.contains(&mid.as_str()) {
            mids.push(mid);
        }
    }
    if mids.is_empty() {
        mids.push("0");
    }
    for mid in mids {
        out.push_str(&format!("m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:{mid}\r\n"));
        for (_, line) in candidates.iter().filter(|(m, _)| m == mid) {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    if end_of_candidates {
        out.push_str("a=end-of-candidates\r\n");
    }
    Some(out)
}

/// The first `a=ice-ufrag` and `a=ice-pwd` of an SDP.
fn ice_credentials(sdp: &str) -> Option<(String, String)> {
    let find = |prefix: &str| {
        sdp.lines()
            .find_map(|l| l.trim().strip_prefix(prefix).map(str::to_string))
    };
    Some((find("a=ice-ufrag:")?, find("a=ice-pwd:")?))
}

/// A JS event listener kept alive as long as the session.
type EventHandler = Closure<dyn FnMut(web_sys::Event)>;

/// One WHEP or WHIP session: a peer connection and its resource on the media server.
/// Dropping it closes the connection and sends the `DELETE`.
pub struct PeerSession {
    pc: RtcPeerConnection,
    shared: Rc<Shared>,
    _on_ice: Closure<dyn FnMut(RtcPeerConnectionIceEvent)>,
    on_state: RefCell<Option<EventHandler>>,
}

impl PeerSession {
    /// Sets up a peer connection (`prepare` adds its transceivers and handlers), sends the
    /// offer to `endpoint` and applies the answer.
    pub(crate) async fn open(
        endpoint: &str,
        token: Option<&str>,
        prepare: impl FnOnce(&RtcPeerConnection) -> Result<(), JsValue>,
    ) -> Result<PeerSession, MediaError> {
        let pc = RtcPeerConnection::new().map_err(MediaError::webrtc)?;
        let shared = Rc::new(Shared {
            token: token.map(str::to_string),
            trickle: Cell::new(true),
            ..Shared::default()
        });
        let on_ice = {
            let shared = shared.clone();
            Closure::<dyn FnMut(RtcPeerConnectionIceEvent)>::new(
                move |ev: RtcPeerConnectionIceEvent| {
                    if !shared.offer_sent.get() {
                        return; // still in time for the offer's SDP
                    }
                    match ev.candidate() {
                        Some(c) if !c.candidate().is_empty() => {
                            let mid = c.sdp_mid().unwrap_or_else(|| "0".into());
                            shared
                                .pending
                                .borrow_mut()
                                .push((mid, format!("a={}", c.candidate())));
                        }
                        _ => shared.end_of_candidates.set(true),
                    }
                    shared.flush();
                },
            )
        };
        pc.set_onicecandidate(Some(on_ice.as_ref().unchecked_ref()));
        // From here on, dropping the session (a failure below, or the caller's future being
        // dropped) closes the connection and deletes the resource.
        let session = PeerSession {
            pc,
            shared,
            _on_ice: on_ice,
            on_state: RefCell::new(None),
        };
        prepare(&session.pc).map_err(MediaError::webrtc)?;

        let offer = JsFuture::from(session.pc.create_offer())
            .await
            .map_err(MediaError::webrtc)?;
        let offer: RtcSessionDescriptionInit = offer.unchecked_into();
        JsFuture::from(session.pc.set_local_description(&offer))
            .await
            .map_err(MediaError::webrtc)?;
        session.wait_for_gathering().await;
        let sdp = session
            .pc
            .local_description()
            .map(|d| d.sdp())
            .ok_or_else(|| MediaError::WebRtc("no local description".into()))?;
        session.shared.offer_sent.set(true);
        *session.shared.ice_credentials.borrow_mut() = ice_credentials(&sdp);

        let reply = send(
            "POST",
            endpoint,
            Some("application/sdp"),
            Some(&sdp),
            token,
            None,
            false,
        )
        .await?;
        if reply.status != 201 {
            return Err(MediaError::from_status(reply.status));
        }
        // Without a Location the session cannot be ended; servers must send it.
        let url = reply.location.ok_or(MediaError::Http(reply.status))?;
        *session.shared.resource.borrow_mut() = Some(Resource {
            url,
            etag: reply.etag,
        });
        let answer = RtcSessionDescriptionInit::new(RtcSdpType::Answer);
        answer.set_sdp(&reply.body);
        JsFuture::from(session.pc.set_remote_description(&answer))
            .await
            .map_err(MediaError::webrtc)?;
        session.shared.flush();
        Ok(session)
    }

    async fn wait_for_gathering(&self) {
        let mut waited = 0;
        while self.pc.ice_gathering_state() != RtcIceGatheringState::Complete
            && waited < GATHER_WAIT_MS
        {
            gloo_timers::future::TimeoutFuture::new(25).await;
            waited += 25;
        }
    }

    /// The peer connection (for statistics such as bitrate).
    pub fn peer(&self) -> &RtcPeerConnection {
        &self.pc
    }

    /// The connection's state now.
    pub fn state(&self) -> PeerState {
        PeerState::of(&self.pc)
    }

    /// Calls `f` with every change of the connection's state (replacing an earlier `f`).
    pub fn on_state(&self, mut f: impl FnMut(PeerState) + 'static) {
        let pc = self.pc.clone();
        let closure = EventHandler::new(move |_: web_sys::Event| f(PeerState::of(&pc)));
        self.pc
            .set_onconnectionstatechange(Some(closure.as_ref().unchecked_ref()));
        *self.on_state.borrow_mut() = Some(closure);
    }

    /// Closes the connection and ends the session on the server. Also done on drop.
    pub fn close(&self) {
        if self.detach() {
            self.shared.delete_then_close(self.pc.clone());
        }
    }

    /// Like [`PeerSession::close`], with the `DELETE` sent before this returns: for
    /// `pagehide` and other moments after which no task may run.
    pub fn close_now(&self) {
        if self.detach() {
            self.shared.delete_now_and_close(self.pc.clone());
        }
    }

    /// Drops the handlers; `false` if the session was already closed.
    fn detach(&self) -> bool {
        if self.shared.closed.replace(true) {
            return false;
        }
        self.pc.set_onicecandidate(None);
        self.pc.set_onconnectionstatechange(None);
        self.pc.set_ontrack(None);
        true
    }
}

impl Drop for PeerSession {
    fn drop(&mut self) {
        self.close();
    }
}

/// Options of a WHEP player.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhepOptions {
    /// Bearer token for media servers that protect playback.
    pub token: Option<String>,
}

/// Plays a WHEP endpoint: receive-only video and audio.
pub struct WhepPlayer {
    session: PeerSession,
    stream: MediaStream,
    _on_track: Closure<dyn FnMut(RtcTrackEvent)>,
}

impl WhepPlayer {
    /// Connects to `endpoint`. [`MediaError::NoStream`] means nothing is being published.
    pub async fn connect(endpoint: &str, options: &WhepOptions) -> Result<WhepPlayer, MediaError> {
        let stream = MediaStream::new().map_err(MediaError::webrtc)?;
        let on_track = {
            // `Clone::clone`: `MediaStream` has a JS `clone()` method that copies the tracks.
            let stream = Clone::clone(&stream);
            Closure::<dyn FnMut(RtcTrackEvent)>::new(move |ev: RtcTrackEvent| {
                stream.add_track(&ev.track());
            })
        };
        let handler = on_track
            .as_ref()
            .unchecked_ref::<js_sys::Function>()
            .clone();
        let session = PeerSession::open(endpoint, options.token.as_deref(), move |pc| {
            let init = RtcRtpTransceiverInit::new();
            init.set_direction(RtcRtpTransceiverDirection::Recvonly);
            pc.add_transceiver_with_str_and_init("video", &init);
            pc.add_transceiver_with_str_and_init("audio", &init);
            pc.set_ontrack(Some(&handler));
            Ok(())
        })
        .await?;
        Ok(WhepPlayer {
            session,
            stream,
            _on_track: on_track,
        })
    }

    /// The received media, for a `<video>`'s `srcObject`.
    pub fn stream(&self) -> &MediaStream {
        &self.stream
    }

    /// The signalling session (state, statistics).
    pub fn session(&self) -> &PeerSession {
        &self.session
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_to_the_cap_and_never_repeats_in_lockstep() {
        let mut b = Backoff::new(1_000, 30_000);
        let lows: Vec<u32> = (0..8).map(|_| b.next_delay_ms(0.0)).collect();
        assert_eq!(
            lows,
            vec![500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]
        );
        let mut b = Backoff::new(1_000, 30_000);
        let highs: Vec<u32> = (0..8).map(|_| b.next_delay_ms(0.999_999)).collect();
        assert_eq!(highs[0], 999);
        assert_eq!(*highs.last().unwrap(), 29_999);
        assert!(highs.iter().all(|&d| d <= 30_000));
        assert!(highs.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(b.attempts(), 8);
        b.reset();
        assert_eq!(b.next_delay_ms(0.0), 500);
        // Out-of-range randomness is clamped; many attempts do not overflow.
        let mut b = Backoff::new(1_000, 30_000);
        for _ in 0..100 {
            assert!(b.next_delay_ms(7.0) <= 30_000);
        }
    }

    #[test]
    fn status_codes_map_to_what_the_player_does() {
        assert_eq!(MediaError::from_status(404), MediaError::NoStream);
        assert_eq!(MediaError::from_status(409), MediaError::NoStream);
        assert_eq!(MediaError::from_status(401), MediaError::Unauthorized);
        assert_eq!(MediaError::from_status(503), MediaError::Http(503));
    }

    #[test]
    fn trickle_fragments_follow_rfc_8840() {
        let creds = ("EsAw".to_string(), "P2uY".to_string());
        let cands = vec![
            (
                "0".to_string(),
                "a=candidate:1 1 udp 1 192.0.2.1 61764 typ host".to_string(),
            ),
            (
                "0".to_string(),
                "a=candidate:2 1 udp 1 192.0.2.1 61765 typ host".to_string(),
            ),
        ];
        let frag = sdp_fragment(Some(&creds), &cands, true).unwrap();
        assert_eq!(
            frag,
            "a=ice-ufrag:EsAw\r\na=ice-pwd:P2uY\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n\
             a=candidate:1 1 udp 1 192.0.2.1 61764 typ host\r\n\
             a=candidate:2 1 udp 1 192.0.2.1 61765 typ host\r\na=end-of-candidates\r\n"
        );
        assert_eq!(sdp_fragment(None, &cands, false), None);
        let sdp =
            "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=ice-ufrag:abcd\r\na=ice-pwd:secret\r\n";
        assert_eq!(
            ice_credentials(sdp),
            Some(("abcd".to_string(), "secret".to_string()))
        );
    }
}
