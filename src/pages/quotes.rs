use leptos::prelude::*;

use super::use_title;
use crate::t;

/// `/quotes`.
#[component]
pub fn QuotesPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("quotes-title"));
    view! { <h1 tabindex="-1">{move || t!("quotes-title")}</h1> }
}
