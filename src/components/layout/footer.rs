use leptos::prelude::*;

use crate::api;
use crate::i18n::format;
use crate::state::use_settings;
use crate::t;

/// Where the data comes from, and how prices are converted.
#[component]
pub fn Footer() -> impl IntoView {
    let settings = use_settings();
    let backend = api::backend();
    let source = match &backend {
        api::Backend::Demo(_) => None,
        api::Backend::Http(h) => Some(if h.base_url().is_empty() {
            web_sys::window()
                .and_then(|w| w.location().host().ok())
                .unwrap_or_default()
        } else {
            h.base_url().to_string()
        }),
    };
    view! {
        <footer class="site-footer">
            <p>
                {move || match &source {
                    None => t!("footer-demo"),
                    Some(s) => t!("footer-http", server = s.clone()),
                }}
            </p>
            {move || {
                settings
                    .rates
                    .get()
                    .map(|r| view! { <p>{t!("footer-rates", date = format::date(&r.as_of))}</p> })
            }}
            <p>{move || t!("footer-rounding")}</p>
        </footer>
    }
}
