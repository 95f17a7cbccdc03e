//! One file per route: read params, load data, compose components.

mod cart;
mod catalog;
mod checkout;
mod exhibitor;
mod expo;
mod home;
mod not_found;
mod orders;
mod product;
mod quotes;
mod sign_in;
mod supplier;
mod translate;

pub use cart::CartPage;
pub use catalog::CatalogPage;
pub use checkout::CheckoutPage;
pub use exhibitor::ExhibitorPage;
pub use expo::{BoothPage, ExpoPage};
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use orders::{OrderPage, OrdersPage};
pub use product::ProductPage;
pub use quotes::QuotesPage;
pub use sign_in::SignInPage;
pub use supplier::SupplierPage;
pub use translate::TranslatePage;

use leptos::prelude::*;

/// Keeps `document.title` in step with the page (and the locale).
pub fn use_title(title: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = format!("{} · {}", title(), crate::i18n::tr("app-name"));
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&text);
        }
    });
}

/// Moves focus to the page's heading after a route change, so keyboard and screen-reader
/// users start at the new content rather than at a link that no longer exists.
pub fn focus_main_heading() {
    if let Some(h) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
    {
        use wasm_bindgen::JsCast;
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}
