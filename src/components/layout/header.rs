use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};
use tradefair_core::exhibitor::Role;
use tradefair_core::money::Currency;
use tradefair_core::wire::CatalogQuery;

use crate::i18n::{self, format, Locale};
use crate::routes::{self, use_navigator, AppRoute, ExhibitorTab};
use crate::state::use_settings;
use crate::t;

fn language_name(l: Locale) -> String {
    match l {
        Locale::En => i18n::tr("lang-en"),
        Locale::ZhCn => i18n::tr("lang-zh-CN"),
        Locale::Es => i18n::tr("lang-es"),
        Locale::De => i18n::tr("lang-de"),
        Locale::Ar => i18n::tr("lang-ar"),
        Locale::Fr => i18n::tr("lang-fr"),
    }
}

/// Sign in (signed out); the console (exhibitors) and sign out (signed in).
#[component]
fn AccountLinks() -> impl IntoView {
    let auth = crate::state::auth::use_auth();
    let location = use_location();
    let busy = RwSignal::new(false);
    let role = Memo::new(move |_| auth.session.with(|s| s.as_ref().map(|s| s.account.role)));
    // Signing in from a page comes back to it (not to the sign-in page itself).
    let sign_in_href = move || {
        let here = location.pathname.get();
        let next = (here != "/sign-in" && here != "/").then_some(here);
        AppRoute::SignIn { next }.path()
    };
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            // The local session ends whatever the backend answers (offline, already revoked).
            let _ = crate::api::backend().sign_out().await;
            busy.set(false);
            auth.signed_out();
        });
    };
    let name = Memo::new(move |_| {
        auth.session
            .with(|s| s.as_ref().map(|s| s.account.name.clone()))
    });
    view! {
        <div class="account-links">
            {move || name.get().map(|n| view! { <span class="account-links__who">{move || t!("console-signed-in-as", name = n.clone())}</span> })}
            {move || match role.get() {
                None => view! { <a class="account-links__link" href=sign_in_href>{move || t!("nav-sign-in")}</a> }.into_any(),
                Some(r) => view! {
                    {(r == Role::Exhibitor).then(|| view! {
                        <a class="account-links__link" href=AppRoute::Exhibitor(ExhibitorTab::Live).path()>{move || t!("nav-exhibitor")}</a>
                    })}
                    <button type="button" class="button button--small" aria-busy=move || busy.get().then_some("true") on:click=sign_out>
                        {move || t!("nav-sign-out")}
                    </button>
                }
                .into_any(),
            }}
        </div>
    }
}

/// The header: brand, search, language and currency switchers, cart, account.
#[component]
pub fn Header() -> impl IntoView {
    let settings = use_settings();
    let cart = crate::state::cart::use_cart();
    let network = crate::state::network::use_network();
    let nav = use_navigator();
    let location = use_location();
    let query_map = use_query_map();
    let on_catalog = move || location.pathname.get() == "/catalog";

    // The search box mirrors `q` on the catalog page; elsewhere it starts empty.
    let text = RwSignal::new(String::new());
    Effect::new(move |_| {
        let q = if on_catalog() {
            query_map.get().get("q").unwrap_or_default()
        } else {
            String::new()
        };
        text.set(q);
    });

    let current_query = move || {
        let map = query_map.get_untracked();
        routes::catalog_query(
            &map,
            i18n::locale_untracked().tag(),
            settings.currency.get_untracked(),
        )
    };

    // On the catalog, typing searches as you go (replacing the history entry, so Back
    // leaves the catalog rather than stepping through keystrokes).
    let typing_timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        if !on_catalog() {
            return;
        }
        let timer = gloo_timers::callback::Timeout::new(180, move || {
            let mut q = current_query();
            if q.q != value.trim() {
                q.q = value.trim().to_string();
                q.page = 1;
                nav.replace(&AppRoute::Catalog(q));
            }
        });
        typing_timer.set_value(Some(timer));
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        typing_timer.set_value(None);
        let mut q = if on_catalog() {
            current_query()
        } else {
            CatalogQuery::new(
                i18n::locale_untracked().tag(),
                settings.currency.get_untracked(),
            )
        };
        q.q = text.get_untracked().trim().to_string();
        q.page = 1;
        nav.go(&AppRoute::Catalog(q));
    };

    view! {
        <header class="site-header">
            <a
                class="skip-link"
                href="#main"
                on:click=move |ev| {
                    // The router would treat the fragment as a navigation; focus the content.
                    ev.prevent_default();
                    if let Some(main) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("main"))
                        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                    {
                        let _ = main.focus();
                    }
                }
            >
                {move || t!("skip-to-content")}
            </a>
            <AccountLinks/>
            <div class="site-header__bar">
                <a class="brand" href="/">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="14" fill="currentColor" opacity="0.15"></circle>
                        <path d="M6 16h20M16 4c5 5 5 19 0 24M16 4c-5 5-5 19 0 24" stroke="currentColor" stroke-width="2" fill="none"></path>
                    </svg>
                    <span class="brand__name">{move || t!("app-name")}</span>
                </a>
                <nav class="site-nav" aria-label=move || t!("nav-label")>
                    <a href="/catalog">{move || t!("nav-catalog")}</a>
                    <a href="/expo">{move || t!("nav-expo")}</a>
                    <a href="/quotes">{move || t!("nav-quotes")}</a>
                    <a href="/orders">{move || t!("nav-orders")}</a>
                    <crate::components::translate::TranslateLink/>
                </nav>
                <form class="search" role="search" on:submit=on_submit>
                    <label class="visually-hidden" for="site-search">{move || t!("header-search-label")}</label>
                    <input
                        id="site-search"
                        type="search"
                        name="q"
                        autocomplete="off"
                        enterkeyhint="search"
                        placeholder=move || t!("header-search-placeholder")
                        prop:value=move || text.get()
                        on:input=on_input
                    />
                    <button type="submit" class="button button--primary">{move || t!("header-search-submit")}</button>
                </form>
                <div class="switchers">
                    <label class="switcher">
                        <span class="visually-hidden">{move || t!("header-language")}</span>
                        <svg class="switcher__icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zm0 0c3 3 3 17 0 20m0-20c-3 3-3 17 0 20M2 12h20" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg>
                        <select
                            name="locale"
                            aria-label=move || t!("header-language")
                            on:change=move |ev| {
                                if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                                    settings.set_locale(l);
                                }
                            }
                        >
                            {Locale::ALL
                                .into_iter()
                                .map(|l| {
                                    view! {
                                        <option value=l.tag() lang=l.tag() selected=move || i18n::locale() == l>
                                            {move || language_name(l)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="switcher">
                        <span class="visually-hidden">{move || t!("header-currency")}</span>
                        <select
                            name="currency"
                            aria-label=move || t!("header-currency")
                            on:change=move |ev| {
                                if let Some(c) = Currency::from_code(&event_target_value(&ev)) {
                                    settings.set_currency(c);
                                }
                            }
                        >
                            {Currency::DISPLAY
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <option value=c.code() selected=move || settings.currency.get() == c title=move || format::currency_name(c)>
                                            {c.code()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <a class="cart-link" href="/cart" aria-label=move || t!("header-cart", count = cart.count())>
                        <svg class="cart-link__icon flip-rtl" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.7L21 8H6.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"></path>
                            <circle cx="9.5" cy="19" r="1.5" fill="currentColor"></circle>
                            <circle cx="17" cy="19" r="1.5" fill="currentColor"></circle>
                        </svg>
                        // The badge shows only with lines in the cart; its number is part of the
                        // link's name ("Cart, 3 lines"), as WCAG's label-in-name asks.
                        {move || {
                            (cart.count() > 0)
                                .then(|| view! { <span class="cart-link__count" aria-hidden="true">{format::number(cart.count() as i64)}</span> })
                        }}
                    </a>
                </div>
            </div>
            <div class="network-status" role="status" aria-live="polite">
                {move || {
                    (!network.online.get())
                        .then(|| view! { <p class="offline-note">{t!("offline-note")}</p> })
                }}
            </div>
            <div class="locale-status" role="status" aria-live="polite">
                {move || {
                    settings
                        .switching_locale
                        .get()
                        .map(|l| view! { <p class="progress-note">{t!("loading-locale", language = language_name(l))}</p> })
                }}
                {move || settings.locale_error.get().then(|| view! { <p class="field-error">{t!("error-locale")}</p> })}
            </div>
        </header>
    }
}
