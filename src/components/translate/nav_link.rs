use leptos::prelude::*;

use crate::i18n::workbench;
use crate::t;

/// The header's link to the workbench. It also keeps the translator's preview (drafts and
/// the pseudo-locale) applied on every page: the header is the one component every route
/// renders, so the preview survives reloads and language switches anywhere in the app.
#[component]
pub fn TranslateLink() -> impl IntoView {
    workbench::keep_preview_applied();
    view! {
        <a href="/translate">
            {move || t!("nav-translate")}
            {move || {
                workbench::pseudo_enabled()
                    .then(|| view! { <span class="nav-badge">{t!("translate-pseudo-badge")}</span> })
            }}
        </a>
    }
}
