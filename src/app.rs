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
    provide_context(crate::state::auth::Auth::load());

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
            <RouteFocus/>
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
                    <Route path=path!("/sign-in") view=crate::pages::SignInPage/>
                    <Route path=path!("/exhibitor") view=|| view! { <crate::pages::ExhibitorPage tab=crate::routes::ExhibitorTab::Live/> }/>
                    <Route path=path!("/exhibitor/booth") view=|| view! { <crate::pages::ExhibitorPage tab=crate::routes::ExhibitorTab::Booth/> }/>
                    <Route path=path!("/exhibitor/leads") view=|| view! { <crate::pages::ExhibitorPage tab=crate::routes::ExhibitorTab::Leads/> }/>
                    <Route path=path!("/exhibitor/rfqs") view=|| view! { <crate::pages::ExhibitorPage tab=crate::routes::ExhibitorTab::Rfqs/> }/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// After a route change, moves focus to the new page's main heading once it has rendered
/// (pages that load data show their heading after a skeleton). The control that caused the
/// navigation (a link, a submitted search box) gives its focus up; anything the user focuses
/// after the change keeps it. Without this, following a link leaves focus on `<body>` and a
/// keyboard user starts over at the top of the page.
#[component]
fn RouteFocus() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.as_ref().is_some_and(|p| *p != path) {
            let trigger = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            // After the router's own effects have swapped the page (a macrotask later), so
            // the first try does not focus the old page's heading just before it goes away.
            gloo_timers::callback::Timeout::new(0, move || focus_heading_when_ready(trigger, 40))
                .forget();
        }
        path
    });
}

/// Every 100 ms, `tries` times, focuses `main h1` while focus is on nothing, on the
/// navigation's `trigger` or on an element no longer in the page. It keeps watching after
/// focusing, because a page may swap its heading (skeleton, then content), which drops focus
/// back to `<body>`; it stops as soon as the user focuses anything else.
fn focus_heading_when_ready(trigger: Option<web_sys::Element>, tries: u32) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let active = doc.active_element();
    let on_heading = active
        .as_ref()
        .is_some_and(|e| e.tag_name() == "H1" && e.closest("main").ok().flatten().is_some());
    let idle = active.as_ref().is_none_or(|e| {
        e.tag_name() == "BODY"
            || e.id() == "main"
            || !e.is_connected()
            || trigger.as_ref().is_some_and(|t| t == e)
    });
    if !idle && !on_heading {
        return;
    }
    if idle {
        if let Some(h) = doc
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.focus();
        }
    }
    if tries > 0 {
        gloo_timers::callback::Timeout::new(100, move || {
            focus_heading_when_ready(trigger, tries - 1)
        })
        .forget();
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
