use leptos::prelude::*;

use super::use_title;
use crate::t;

/// `/checkout`.
#[component]
pub fn CheckoutPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("checkout-title"));
    view! { <h1 tabindex="-1">{move || t!("checkout-title")}</h1> }
}
