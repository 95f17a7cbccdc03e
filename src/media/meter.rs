//! The microphone level, read with Web Audio (`AnalyserNode`). The console samples it once
//! per animation frame (less often when the user prefers reduced motion).

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MediaStream;

use super::js;
use super::studio::level_of;
use super::whep::MediaError;

/// Samples per reading.
const FFT_SIZE: u32 = 1_024;

/// An analyser attached to a stream's audio. Dropping it closes the audio context (the
/// stream itself is left alone).
pub struct LevelMeter {
    context: JsValue,
    analyser: JsValue,
    buffer: Uint8Array,
}

impl LevelMeter {
    /// Listens to the audio of `stream`.
    pub fn new(stream: &MediaStream) -> Result<LevelMeter, MediaError> {
        let window: JsValue = web_sys::window()
            .ok_or_else(|| MediaError::WebRtc("NotSupportedError".into()))?
            .into();
        let class = js::get(&window, "AudioContext");
        let class: js_sys::Function = class
            .dyn_into()
            .map_err(|_| MediaError::WebRtc("NotSupportedError".into()))?;
        let context = Reflect::construct(&class, &js_sys::Array::new()).map_err(js::media_error)?;
        let source = js::call(&context, "createMediaStreamSource", &[stream.as_ref()])
            .map_err(js::media_error)?;
        let analyser = js::call(&context, "createAnalyser", &[]).map_err(js::media_error)?;
        js::set(&analyser, "fftSize", &JsValue::from(FFT_SIZE));
        js::call(&source, "connect", &[&analyser]).map_err(js::media_error)?;
        // A context made without a user gesture may start suspended.
        let _ = js::call(&context, "resume", &[]);
        Ok(LevelMeter {
            context,
            analyser,
            buffer: Uint8Array::new_with_length(FFT_SIZE),
        })
    }

    /// The level now, 0-100.
    pub fn level(&self) -> u8 {
        if js::call(&self.analyser, "getByteTimeDomainData", &[&self.buffer]).is_err() {
            return 0;
        }
        level_of(&self.buffer.to_vec())
    }
}

impl Drop for LevelMeter {
    fn drop(&mut self) {
        let _ = js::call(&self.context, "close", &[]);
    }
}

/// Whether the user asked for reduced motion (`prefers-reduced-motion: reduce`).
pub fn prefers_reduced_motion() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js::call(
        window.as_ref(),
        "matchMedia",
        &[&JsValue::from_str("(prefers-reduced-motion: reduce)")],
    )
    .map(|m| js::get(&m, "matches").is_truthy())
    .unwrap_or(false)
}
