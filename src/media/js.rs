//! Calls into browser APIs by name, for the few the crate's `web-sys` features leave out
//! (device enumeration, screen capture, Web Audio, `getStats`). Kept small and typed at the
//! edges: callers get Rust values or a [`MediaError`].

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::whep::MediaError;

/// `target[name]`, or `undefined`.
pub(crate) fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `target[name] = value` on a plain object.
pub(crate) fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// A plain object from `(name, value)` pairs.
pub(crate) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let obj: JsValue = js_sys::Object::new().into();
    for (name, value) in fields {
        set(&obj, name, value);
    }
    obj
}

/// `target.name(...args)`.
pub(crate) fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, name)
        .dyn_into()
        .map_err(|_| JsValue::from_str(&format!("{name} is not supported")))?;
    let list = Array::new();
    for a in args {
        list.push(a);
    }
    Reflect::apply(&f, target, &list)
}

/// `await target.name(...args)`.
pub(crate) async fn call_async(
    target: &JsValue,
    name: &str,
    args: &[&JsValue],
) -> Result<JsValue, JsValue> {
    let promise: Promise = call(target, name, args)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// The DOMException name of a failure (`NotAllowedError`, `NotFoundError`, ...).
pub(crate) fn error_name(e: &JsValue) -> String {
    get(e, "name")
        .as_string()
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "Error".into())
}

/// A browser failure as a [`MediaError::WebRtc`] carrying the exception's name.
pub(crate) fn media_error(e: JsValue) -> MediaError {
    MediaError::WebRtc(error_name(&e))
}

/// `navigator.mediaDevices`, untyped.
pub(crate) fn media_devices() -> Result<JsValue, MediaError> {
    let window = web_sys::window().ok_or_else(|| MediaError::WebRtc("NotSupportedError".into()))?;
    let devices = get(&window.navigator(), "mediaDevices");
    if devices.is_undefined() || devices.is_null() {
        // Insecure origins (plain http other than localhost) have no media devices.
        return Err(MediaError::WebRtc("NotSupportedError".into()));
    }
    Ok(devices)
}
