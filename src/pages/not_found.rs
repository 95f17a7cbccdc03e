use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::use_title;
use crate::t;

/// Any unknown path: says so, shows the path as text, and offers the way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname;
    use_title(move || crate::i18n::tr("not-found-title"));
    view! {
        <section class="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1 tabindex="-1">{move || t!("not-found-title")}</h1>
            <p>{move || t!("not-found-body", path = path.get())}</p>
            <p class="actions">
                <a class="button button--primary" href="/">{move || t!("not-found-home")}</a>
                <a class="button" href="/catalog">{move || t!("not-found-catalog")}</a>
            </p>
        </section>
    }
}
