//! Providers and the router.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::api;
use crate::components::layout::{Footer, Header};
use crate::pages::{
    BoothPage, CartPage, CatalogPage, CheckoutPage, ExpoPage, HomePage, NotFoundPage, OrderPage,
    OrdersPage, ProductPage, QuotesPage, SupplierPage,
};
use crate::state::Settings;

/// The whole app. `boot` has already loaded the configuration and the buyer's language.
#[component]
pub fn App() -> impl IntoView {
    let settings = Settings::new(crate::i18n::locale_untracked());
    provide_context(settings);
    provide_context(crate::state::cart::Cart::load());
    provide_context(crate::state::network::Network::watch());

    // The notice shown after a panic, in the current language (see `crate::panic`).
    Effect::new(move |_| {
        crate::panic::remember_notice(
            crate::i18n::tr("error-panic"),
            crate::i18n::tr("error-panic-reload"),
        );
    });

    // Rates are shown in notes and the footer; prices themselves arrive converted.
    let rates = LocalResource::new(|| async { api::backend().rates().await });
    Effect::new(move |_| {
        if let Some(Ok(r)) = rates.get() {
            settings.rates.set(Some(r));
        }
    });

    view! {
        <Router>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/catalog") view=CatalogPage/>
                    <Route path=path!("/product/:id") view=ProductPage/>
                    <Route path=path!("/supplier/:id") view=SupplierPage/>
                    <Route path=path!("/cart") view=CartPage/>
                    <Route path=path!("/checkout") view=CheckoutPage/>
                    <Route path=path!("/quotes") view=QuotesPage/>
                    <Route path=path!("/orders") view=OrdersPage/>
                    <Route path=path!("/orders/:id") view=OrderPage/>
                    <Route path=path!("/expo") view=ExpoPage/>
                    <Route path=path!("/expo/booth/:id") view=BoothPage/>
                    <Route path=path!("/translate") view=crate::pages::TranslatePage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// Starts the app: reads `config.json`, loads the buyer's language, then mounts. Mounting
/// after the language is loaded avoids a flash of English for everyone else.
pub async fn boot() {
    if let Err(e) = api::configure().await {
        leptos::logging::error!("{e}");
    }
    let locale = crate::state::initial_locale();
    if locale != crate::i18n::Locale::SOURCE {
        if let Err(e) = crate::i18n::switch_to(locale).await {
            leptos::logging::warn!("{}: {e}; showing English", locale.tag());
            crate::i18n::activate(crate::i18n::Locale::SOURCE);
        }
    } else {
        crate::i18n::activate(locale);
    }
    if let Some(splash) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        splash.remove();
    }
    leptos::mount::mount_to_body(App);
}
