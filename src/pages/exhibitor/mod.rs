//! `/exhibitor` and its tabs: the exhibitor console.
//!
//! The shell guards the console: signed out, it sends the visitor to sign-in (returning
//! here); signed in as a buyer, it says the console is for exhibitors. Tabs call
//! [`on_console_error`] with every failed call, so a token the backend no longer accepts
//! ends the session and leads back to sign-in.

mod booth;
mod leads;
mod live;
mod rfqs;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use tradefair_core::exhibitor::Role;

use super::{focus_main_heading, use_title};
use crate::api::{self, ApiError};
use crate::i18n;
use crate::routes::{use_navigator, AppRoute, ExhibitorTab};
use crate::state::auth::{use_auth, Auth};
use crate::t;

/// What a console tab does with a failed backend call: a token the backend no longer
/// accepts (expired, revoked) ends the local session, and the console then sends the
/// exhibitor to sign-in, returning to the same tab. Other errors are the tab's to show.
pub fn on_console_error(auth: Auth, err: &ApiError) {
    if matches!(err, ApiError::Unauthenticated) {
        auth.signed_out();
    }
}

/// The name of a tab in the exhibitor's language.
fn tab_label(tab: ExhibitorTab) -> String {
    match tab {
        ExhibitorTab::Live => i18n::tr("console-tab-live"),
        ExhibitorTab::Booth => i18n::tr("console-tab-booth"),
        ExhibitorTab::Leads => i18n::tr("console-tab-leads"),
        ExhibitorTab::Rfqs => i18n::tr("console-tab-rfqs"),
    }
}

/// `/exhibitor/*`: the console of the signed-in exhibitor's booth, on `tab`.
#[component]
pub fn ExhibitorPage(
    /// Which tab shows.
    tab: ExhibitorTab,
) -> impl IntoView {
    use_title(move || format!("{} · {}", tab_label(tab), i18n::tr("exhibitor-title")));
    let auth = use_auth();
    let nav = use_navigator();
    let location = use_location();
    // Who may see what: only the role and booth matter, not the token.
    let who = Memo::new(move |_| {
        auth.session
            .with(|s| s.as_ref().map(|s| (s.account.role, s.account.booth_id)))
    });
    Effect::new(move |_| {
        if who.get().is_none() {
            let next = location.pathname.get_untracked();
            nav.replace(&AppRoute::SignIn { next: Some(next) });
        }
    });
    // The stored session may have ended on the backend (revoked, server restarted).
    Effect::new(move |_| {
        if who.get().is_some() {
            leptos::task::spawn_local(async move {
                if let Err(e) = api::backend().me().await {
                    on_console_error(auth, &e);
                }
            });
        }
    });
    Effect::new(move |_| {
        who.track();
        focus_main_heading();
    });

    view! {
        <section class="page exhibitor">
            {move || match who.get() {
                None => view! {
                    <h1 tabindex="-1">{move || t!("exhibitor-title")}</h1>
                    <p role="status">{move || t!("console-redirecting")}</p>
                }
                .into_any(),
                Some((Role::Exhibitor, Some(booth_id))) => {
                    view! { <Console booth_id=booth_id tab=tab/> }.into_any()
                }
                Some(_) => view! { <NotForThisAccount/> }.into_any(),
            }}
        </section>
    }
}

/// The refusal a buyer (or an exhibitor without a booth) sees instead of the console.
#[component]
fn NotForThisAccount() -> impl IntoView {
    let auth = use_auth();
    let nav = use_navigator();
    let busy = RwSignal::new(false);
    // `then_home`: go to the home page after signing out; otherwise the console's guard
    // sends the visitor to sign-in with another account, returning here.
    let sign_out = move |then_home: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let _ = api::backend().sign_out().await;
            busy.set(false);
            if then_home {
                nav.go(&AppRoute::Home);
            }
            auth.signed_out();
        });
    };
    let account = auth.account();
    let (name, email) = account.map(|a| (a.name, a.email)).unwrap_or_default();
    view! {
        <h1 tabindex="-1">{move || t!("exhibitor-title")}</h1>
        <section class="error-panel console-refused" role="alert">
            <h2>{move || t!("console-not-exhibitor-title")}</h2>
            <p>{move || t!("console-not-exhibitor", name = name.clone(), email = email.clone())}</p>
            <div class="console-refused__actions">
                <button type="button" class="button button--primary" aria-busy=move || busy.get().then_some("true") on:click=move |_| sign_out(false)>
                    {move || t!("console-switch-account")}
                </button>
                <button type="button" class="button" aria-busy=move || busy.get().then_some("true") on:click=move |_| sign_out(true)>
                    {move || t!("nav-sign-out")}
                </button>
            </div>
        </section>
    }
}

/// The console of `booth_id`: its header, the tab list and the tab.
#[component]
fn Console(
    /// The signed-in exhibitor's booth.
    booth_id: u32,
    /// The tab shown.
    tab: ExhibitorTab,
) -> impl IntoView {
    let booth = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        async move { api::backend().booth(booth_id, locale).await }
    });
    let booth_name = move || {
        booth
            .get()
            .and_then(|r| r.ok())
            .map(|b| b.summary.exhibitor)
    };
    let booth_failed = move || booth.get().is_some_and(|r| r.is_err());
    view! {
        <header class="console__head">
            <h1 tabindex="-1">{move || t!("exhibitor-title")}</h1>
            <p class="console__booth">
                {move || match booth_name() {
                    Some(name) => view! {
                        <span>{t!("console-booth")}" "</span>
                        <bdi class="console__booth-name">{name}</bdi>
                    }
                    .into_any(),
                    None if booth_failed() => view! {
                        <span>{t!("console-booth-number", id = booth_id)}</span>
                        " "
                        <button type="button" class="button button--small" on:click=move |_| booth.refetch()>
                            {t!("error-retry")}
                        </button>
                    }
                    .into_any(),
                    None => view! { <span class="skeleton skeleton--line skeleton--inline" aria-hidden="true"></span> }.into_any(),
                }}
                " "
                <a class="console__public-link" href=AppRoute::Booth(booth_id).path()>{move || t!("console-view-booth")}</a>
            </p>
        </header>
        <nav class="console__tabs" aria-label=move || t!("console-tabs")>
            <ul>
                {ExhibitorTab::ALL
                    .into_iter()
                    .map(|t| {
                        let current = t == tab;
                        view! {
                            <li>
                                <a
                                    href=AppRoute::Exhibitor(t).path()
                                    class="console__tab"
                                    class:console__tab--current=current
                                    aria-current=current.then_some("page")
                                >
                                    {move || tab_label(t)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <div class="console__tab-panel">{tab_content(tab, booth_id)}</div>
    }
}

/// The content of `tab`.
fn tab_content(tab: ExhibitorTab, booth_id: u32) -> AnyView {
    match tab {
        ExhibitorTab::Leads => view! { <leads::LeadsTab booth_id=booth_id/> }.into_any(),
        ExhibitorTab::Booth => view! { <booth::BoothTab booth_id=booth_id/> }.into_any(),
        ExhibitorTab::Rfqs => view! { <rfqs::RfqTab booth_id=booth_id/> }.into_any(),
        ExhibitorTab::Live => view! { <live::LiveTab booth_id=booth_id/> }.into_any(),
    }
}
