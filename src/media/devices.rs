//! Cameras, microphones and screen capture for the exhibitor console.
//!
//! Browsers list devices without labels until the page has been granted the camera or
//! microphone once; the console therefore asks with a button and lists them again.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MediaStream, MediaStreamTrack};

use super::js;
use super::studio::Resolution;
use super::whep::MediaError;

/// A camera or microphone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    /// `deviceId`, for constraints.
    pub id: String,
    /// What the browser calls it; empty before permission.
    pub label: String,
}

/// The devices the browser offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceList {
    pub cameras: Vec<Device>,
    pub microphones: Vec<Device>,
}

impl DeviceList {
    /// Whether the browser gave names (it does once the page may use the devices).
    pub fn has_labels(&self) -> bool {
        self.cameras
            .iter()
            .chain(&self.microphones)
            .any(|d| !d.label.is_empty())
    }
}

/// `enumerateDevices()`, split into cameras and microphones.
pub async fn list() -> Result<DeviceList, MediaError> {
    let devices = js::media_devices()?;
    let all = js::call_async(&devices, "enumerateDevices", &[])
        .await
        .map_err(js::media_error)?;
    let mut list = DeviceList::default();
    for info in js_sys::Array::from(&all).iter() {
        let kind = js::get(&info, "kind").as_string().unwrap_or_default();
        let device = Device {
            id: js::get(&info, "deviceId").as_string().unwrap_or_default(),
            label: js::get(&info, "label").as_string().unwrap_or_default(),
        };
        match kind.as_str() {
            "videoinput" => list.cameras.push(device),
            "audioinput" => list.microphones.push(device),
            _ => {}
        }
    }
    Ok(list)
}

/// Constraints for one device: the chosen one exactly if any, with extra `fields`.
fn device_constraints(device_id: Option<&str>, fields: &[(&str, JsValue)]) -> JsValue {
    let c = js::object(fields);
    if let Some(id) = device_id.filter(|id| !id.is_empty()) {
        js::set(
            &c,
            "deviceId",
            &js::object(&[("exact", JsValue::from_str(id))]),
        );
    }
    c
}

/// Opens the camera at `resolution` and the microphone (each the chosen device, or the
/// browser's default). Errors carry the browser's reason (`NotAllowedError`,
/// `NotFoundError`, `NotReadableError`, `OverconstrainedError`).
pub async fn open_camera(
    camera: Option<&str>,
    microphone: Option<&str>,
    resolution: Resolution,
) -> Result<MediaStream, MediaError> {
    js::media_devices()?;
    let (w, h) = resolution.size();
    let ideal = |n: u32| js::object(&[("ideal", JsValue::from(n))]);
    let video = device_constraints(
        camera,
        &[
            ("width", ideal(w)),
            ("height", ideal(h)),
            ("frameRate", ideal(30)),
        ],
    );
    let audio = device_constraints(
        microphone,
        &[
            ("echoCancellation", JsValue::TRUE),
            ("noiseSuppression", JsValue::TRUE),
        ],
    );
    super::whip::user_media(&video, &audio).await
}

/// Asks to capture a screen, window or tab (video only: the microphone stays on air).
pub async fn open_screen() -> Result<MediaStream, MediaError> {
    let devices = js::media_devices()?;
    let constraints = js::object(&[("video", JsValue::TRUE), ("audio", JsValue::FALSE)]);
    let stream = js::call_async(&devices, "getDisplayMedia", &[&constraints])
        .await
        .map_err(js::media_error)?;
    stream
        .dyn_into::<MediaStream>()
        .map_err(|_| MediaError::WebRtc("NotSupportedError".into()))
}

/// The first video track of `stream`.
pub fn video_track(stream: &MediaStream) -> Option<MediaStreamTrack> {
    stream
        .get_video_tracks()
        .iter()
        .next()
        .map(|t| t.unchecked_into())
}

/// The first audio track of `stream`.
pub fn audio_track(stream: &MediaStream) -> Option<MediaStreamTrack> {
    stream
        .get_audio_tracks()
        .iter()
        .next()
        .map(|t| t.unchecked_into())
}

/// A stream of `video` and `audio` (either may be missing), for publishing.
pub fn combine(
    video: Option<&MediaStreamTrack>,
    audio: Option<&MediaStreamTrack>,
) -> Option<MediaStream> {
    let stream = MediaStream::new().ok()?;
    for t in [video, audio].into_iter().flatten() {
        stream.add_track(t);
    }
    Some(stream)
}

/// Stops every track of `stream` (the camera light goes off).
pub fn stop(stream: &MediaStream) {
    for t in stream.get_tracks().iter() {
        t.unchecked_into::<MediaStreamTrack>().stop();
    }
}

/// The actual size the camera delivers, if known.
pub fn track_size(track: &MediaStreamTrack) -> Option<(u32, u32)> {
    let settings = js::call(track.as_ref(), "getSettings", &[]).ok()?;
    let w = js::get(&settings, "width").as_f64()?;
    let h = js::get(&settings, "height").as_f64()?;
    Some((w as u32, h as u32))
}

/// Calls `f` when `track` ends by itself (e.g. the browser's "Stop sharing" bar). The
/// returned closure must be kept alive as long as `f` should run.
pub fn on_ended(
    track: &MediaStreamTrack,
    f: impl FnMut(web_sys::Event) + 'static,
) -> wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)> {
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(f);
    track.set_onended(Some(closure.as_ref().unchecked_ref()));
    closure
}
