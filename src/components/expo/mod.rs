//! The virtual expo's views: hall tiles and filters, the schedule, and the booth's header,
//! brochures, meeting booking and business-card exchange. They take plain data; times go
//! through [`clock`] (the browser's `Intl`), rules through `tradefair_core::expo`.

mod booth_header;
mod booth_tile;
mod brochures;
mod card;
pub mod clock;
mod engagement;
mod hall_filters;
pub mod labels;
mod live_now;
mod meeting;
mod saved;
mod schedule_list;
mod session_time;

pub use booth_header::BoothHeader;
pub use booth_tile::BoothTile;
pub use brochures::Brochures;
pub use card::CardExchange;
pub use engagement::engagement_hooks;
pub use hall_filters::HallFilters;
pub use live_now::LiveNowList;
pub use meeting::MeetingBooking;
pub use saved::{SavedSessions, SessionReminders};
pub use schedule_list::{download_session, ScheduleList};
pub use session_time::SessionTime;

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    #[derive(Clone)]
    type LanguageNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
    fn new(locale: &str, options: &JsValue) -> Result<LanguageNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &LanguageNames, code: &str) -> Result<JsValue, JsValue>;
}

thread_local! {
    static NAMES: RefCell<HashMap<String, Option<LanguageNames>>> = RefCell::new(HashMap::new());
}

/// A language's name in the active locale ("Chinese", "Chinois"), from its BCP 47 tag.
pub fn language_name(tag: &str) -> String {
    let locale = crate::i18n::locale().tag();
    let names = NAMES.with(|m| {
        m.borrow_mut()
            .entry(locale.to_string())
            .or_insert_with(|| {
                let o = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&o, &"type".into(), &"language".into());
                LanguageNames::new(locale, &o).ok()
            })
            .clone()
    });
    names
        .and_then(|n| n.of(tag).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| tag.to_string())
}
