//! Whether the browser is online, as a signal: the header says so when it is not, and data
//! that failed while offline is fetched again when the connection returns (resources that
//! read [`Network::online`] re-run on the change).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// App-wide connection state (a context).
#[derive(Clone, Copy)]
pub struct Network {
    /// `navigator.onLine`, kept current by the `online`/`offline` events.
    pub online: RwSignal<bool>,
}

impl Network {
    /// Reads the current state and follows the browser's events for the app's lifetime.
    pub fn watch() -> Network {
        let window = web_sys::window();
        let online = RwSignal::new(window.as_ref().is_none_or(|w| w.navigator().on_line()));
        if let Some(w) = window {
            for (event, value) in [("online", true), ("offline", false)] {
                let handler = Closure::<dyn Fn()>::new(move || online.set(value));
                let _ = w.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
                // The app lives as long as the page: the listener is never removed.
                handler.forget();
            }
        }
        Network { online }
    }
}

/// The app's [`Network`].
pub fn use_network() -> Network {
    expect_context::<Network>()
}
