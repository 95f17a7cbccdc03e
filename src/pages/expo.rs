use leptos::prelude::*;

use super::use_title;
use crate::t;

/// `/expo`.
#[component]
pub fn ExpoPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("expo-title"));
    view! { <h1 tabindex="-1">{move || t!("expo-title")}</h1> }
}

/// `/expo/booth/:id`.
#[component]
pub fn BoothPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("expo-title"));
    view! { <h1 tabindex="-1">{move || t!("expo-title")}</h1> }
}
