use leptos::prelude::*;

use super::use_title;
use crate::components::translate::Workbench;

/// `/translate`: the translator workbench.
#[component]
pub fn TranslatePage() -> impl IntoView {
    use_title(move || crate::i18n::tr("translate-title"));
    view! { <Workbench/> }
}
