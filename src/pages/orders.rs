use leptos::prelude::*;

use super::use_title;
use crate::t;

/// `/orders`.
#[component]
pub fn OrdersPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("orders-title"));
    view! { <h1 tabindex="-1">{move || t!("orders-title")}</h1> }
}

/// `/orders/:id`.
#[component]
pub fn OrderPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("orders-title"));
    view! { <h1 tabindex="-1">{move || t!("orders-title")}</h1> }
}
