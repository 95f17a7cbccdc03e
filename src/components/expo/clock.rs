//! Times of the expo in the buyer's zone and the exhibitor's, through the browser's `Intl`
//! (which knows every IANA zone and its daylight-saving rules), and calendar downloads.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::Intl::DateTimeFormat;
use tradefair_core::time::Timestamp;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n;

thread_local! {
    static FORMATS: RefCell<HashMap<String, DateTimeFormat>> = RefCell::new(HashMap::new());
}

/// What part of an instant to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// "Tue, Nov 24".
    Day,
    /// "12:30 PM GMT+8".
    Time,
    /// "Tue, Nov 24, 12:30 PM GMT+8".
    DayTime,
}

fn formatter(zone: Option<&str>, part: Part) -> DateTimeFormat {
    let locale = i18n::locale().tag();
    let key = format!("{locale}|{}|{part:?}", zone.unwrap_or(""));
    if let Some(f) = FORMATS.with(|m| m.borrow().get(&key).cloned()) {
        return f;
    }
    let o = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    if matches!(part, Part::Day | Part::DayTime) {
        set("weekday", "short");
        set("month", "short");
        set("day", "numeric");
    }
    if matches!(part, Part::Time | Part::DayTime) {
        set("hour", "numeric");
        set("minute", "2-digit");
        set("timeZoneName", "short");
    }
    if let Some(z) = zone {
        set("timeZone", z);
    }
    let f = DateTimeFormat::new(&js_sys::Array::of1(&JsValue::from_str(locale)), &o);
    FORMATS.with(|m| m.borrow_mut().insert(key, f.clone()));
    f
}

/// `t` in `zone` (the buyer's own zone when `None`).
pub fn format(t: Timestamp, zone: Option<&str>, part: Part) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(t.0 as f64));
    formatter(zone, part)
        .format()
        .call1(&JsValue::UNDEFINED, &d)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| t.to_iso())
}

/// The buyer's IANA time zone, as the browser reports it.
pub fn buyer_zone() -> String {
    let f = DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&f.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".to_string())
}

/// The buyer's UTC offset at `t`, minutes east (daylight-saving time included).
pub fn buyer_offset_min(t: Timestamp) -> i32 {
    let d = js_sys::Date::new(&JsValue::from_f64(t.0 as f64));
    -(d.get_timezone_offset() as i32)
}

/// The current instant.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(a) = doc
        .as_ref()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(file_name);
        if let Some(body) = doc.as_ref().and_then(|d| d.body()) {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // Revoke after the browser has started the download.
    let _ = gloo_timers::callback::Timeout::new(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
