//! Publishing a camera and microphone with WHIP (RFC 9725), for the exhibitor console.
//!
//! The exchange is WHEP's (see [`super::whep`], which also explains why these requests are
//! sent from `src/media/` rather than `src/api/`): offer POSTed as `application/sdp` to the
//! ingest URL the backend gives for the booth, answer in a `201` with `Location`, late
//! candidates by `PATCH`, `DELETE` to stop. The bearer token goes on every request.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MediaStream, MediaStreamConstraints, MediaStreamTrack, RtcRtpSender,
    RtcRtpTransceiverDirection, RtcRtpTransceiverInit,
};

use super::whep::{MediaError, PeerSession};

/// Options of a WHIP publisher.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhipOptions {
    /// Bearer token the ingest endpoint requires (sent with POST, PATCH and DELETE).
    pub token: Option<String>,
}

/// Asks the browser for the camera and microphone. `video` and `audio` are
/// `MediaTrackConstraints` objects or booleans (`JsValue::TRUE` for "any").
pub async fn user_media(video: &JsValue, audio: &JsValue) -> Result<MediaStream, MediaError> {
    let devices = web_sys::window()
        .ok_or_else(|| MediaError::WebRtc("no window".into()))?
        .navigator()
        .media_devices()
        .map_err(|_| MediaError::WebRtc("no media devices".into()))?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(video);
    constraints.set_audio(audio);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| MediaError::WebRtc(format!("{e:?}")))?;
    let stream = JsFuture::from(promise).await.map_err(|e| {
        // NotAllowedError (denied), NotFoundError (no camera), NotReadableError (busy)...
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_else(|| "getUserMedia failed".into());
        MediaError::WebRtc(name)
    })?;
    Ok(stream.unchecked_into())
}

/// A live WHIP session sending the tracks of a `MediaStream`. Dropping it (or
/// [`WhipPublisher::stop`]) ends the session on the server; the camera stays with the
/// caller, who stops its tracks when done with the preview too.
pub struct WhipPublisher {
    session: PeerSession,
}

impl WhipPublisher {
    /// Publishes every track of `media` to the WHIP `endpoint`.
    pub async fn publish(
        endpoint: &str,
        media: &MediaStream,
        options: &WhipOptions,
    ) -> Result<WhipPublisher, MediaError> {
        // `Clone::clone`: `MediaStream::clone` is the JS method that copies the tracks.
        let media = Clone::clone(media);
        let session = PeerSession::open(endpoint, options.token.as_deref(), move |pc| {
            let streams = js_sys::Array::of1(&media);
            for track in media.get_tracks().iter() {
                let track: MediaStreamTrack = track.unchecked_into();
                let init = RtcRtpTransceiverInit::new();
                init.set_direction(RtcRtpTransceiverDirection::Sendonly);
                init.set_streams(&streams);
                pc.add_transceiver_with_media_stream_track_and_init(&track, &init);
            }
            Ok(())
        })
        .await?;
        Ok(WhipPublisher { session })
    }

    /// Sends `track` instead of the current track of its kind (e.g. a screen share in
    /// place of the camera) without renegotiating.
    pub async fn replace_track(&self, track: &MediaStreamTrack) -> Result<(), MediaError> {
        let kind = track.kind();
        for sender in self.session.peer().get_senders().iter() {
            let sender: RtcRtpSender = sender.unchecked_into();
            if sender.track().is_some_and(|t| t.kind() == kind) {
                JsFuture::from(sender.replace_track(Some(track)))
                    .await
                    .map_err(|e| MediaError::WebRtc(format!("{e:?}")))?;
                return Ok(());
            }
        }
        Err(MediaError::WebRtc(format!("no {kind} track is being sent")))
    }

    /// The signalling session (state, statistics such as outgoing bitrate).
    pub fn session(&self) -> &PeerSession {
        &self.session
    }

    /// Stops publishing and ends the session on the server.
    pub fn stop(&self) {
        self.session.close();
    }

    /// Stops publishing with the `DELETE` already sent when this returns (`keepalive`):
    /// for `pagehide`, when the page may be gone before another task runs.
    pub fn stop_now(&self) {
        self.session.close_now();
    }
}
