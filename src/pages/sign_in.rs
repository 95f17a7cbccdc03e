//! `/sign-in`.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use tradefair_core::exhibitor::{Role, SignInRequest, DEMO_ACCOUNTS};

use super::{focus_main_heading, use_title};
use crate::api::{self, ApiError};
use crate::i18n::tr;
use crate::routes::{safe_next, AppRoute, ExhibitorTab};
use crate::state::auth::use_auth;
use crate::t;

const EMAIL_ID: &str = "sign-in-email";
const PASSWORD_ID: &str = "sign-in-password";
const FORM_ERROR_ID: &str = "sign-in-form-error";

/// The name of a role in the user's language.
pub fn role_label(role: Role) -> String {
    match role {
        Role::Buyer => tr("sign-in-role-buyer"),
        Role::Exhibitor => tr("sign-in-role-exhibitor"),
    }
}

/// Focuses the element `id` once the current render is on screen.
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// `/sign-in`: exhibitors (and buyers) sign in; afterwards the app returns to `next`.
#[component]
pub fn SignInPage() -> impl IntoView {
    use_title(move || crate::i18n::tr("sign-in-title"));
    Effect::new(move |_| focus_main_heading());
    let auth = use_auth();
    let signed_in = move || auth.session.with(Option::is_some);
    view! {
        <section class="page sign-in">
            <h1 tabindex="-1">{move || t!("sign-in-title")}</h1>
            <Show when=signed_in fallback=|| view! { <SignInForm/> }>
                <SignedInAs/>
            </Show>
        </section>
    }
}

/// "Signed in as ..." with the way to the console (exhibitors) and a sign-out button.
#[component]
fn SignedInAs() -> impl IntoView {
    let auth = use_auth();
    let busy = RwSignal::new(false);
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            // The local session ends whatever the backend answers (offline, already revoked).
            let _ = api::backend().sign_out().await;
            busy.set(false);
            auth.signed_out();
        });
    };
    view! {
        {move || {
            auth.account()
                .map(|a| {
                    let exhibitor = a.role == Role::Exhibitor;
                    let role = a.role;
                    view! {
                        <div class="sign-in__current">
                            <p>
                                {move || t!("sign-in-signed-in-as", name = a.name.clone(), email = a.email.clone())}
                                " "
                                <span class="badge badge--role">{move || role_label(role)}</span>
                            </p>
                            <div class="sign-in__actions">
                                {exhibitor.then(|| view! {
                                    <a class="button button--primary" href=AppRoute::Exhibitor(ExhibitorTab::Live).path()>
                                        {move || t!("nav-exhibitor")}
                                    </a>
                                })}
                                <button type="button" class="button" aria-busy=move || busy.get().then_some("true") on:click=sign_out>
                                    {move || if busy.get() { t!("sign-in-signing-out") } else { t!("nav-sign-out") }}
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
    }
}

/// The sign-in form, with the demo accounts on the demo backend.
#[component]
fn SignInForm() -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let email_error = RwSignal::new(None::<String>);
    let password_error = RwSignal::new(None::<String>);
    // The message key of a form-level error (wrong credentials, network...).
    let form_error = RwSignal::new(None::<&'static str>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        form_error.set(None);
        let e = email.get_untracked().trim().to_string();
        let p = password.get_untracked();
        email_error.set(
            e.is_empty()
                .then(|| "sign-in-error-email-required".to_string()),
        );
        password_error.set(
            p.is_empty()
                .then(|| "sign-in-error-password-required".to_string()),
        );
        if e.is_empty() {
            focus_later(EMAIL_ID);
            return;
        }
        if p.is_empty() {
            focus_later(PASSWORD_ID);
            return;
        }
        busy.set(true);
        let next = query.get_untracked().get("next").filter(|n| safe_next(n));
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let answer = api::backend()
                .sign_in(&SignInRequest {
                    email: e,
                    password: p,
                })
                .await;
            busy.set(false);
            match answer {
                Ok(session) => {
                    let role = session.account.role;
                    auth.signed_in(session);
                    let to = next.unwrap_or_else(|| match role {
                        Role::Exhibitor => AppRoute::Exhibitor(ExhibitorTab::Live).path(),
                        Role::Buyer => AppRoute::Home.path(),
                    });
                    navigate(&to, NavigateOptions::default());
                }
                Err(err) => {
                    form_error.set(Some(match err {
                        ApiError::Unauthenticated => "sign-in-error-invalid",
                        other => other.message_key(),
                    }));
                    focus_later(FORM_ERROR_ID);
                }
            }
        });
    };

    let fill = move |email_text: &'static str, password_text: &'static str| {
        email.set(email_text.to_string());
        password.set(password_text.to_string());
        email_error.set(None);
        password_error.set(None);
        form_error.set(None);
        focus_later("sign-in-submit");
    };

    view! {
        <form class="sign-in__form" novalidate on:submit=submit aria-describedby=move || form_error.with(Option::is_some).then_some(FORM_ERROR_ID)>
            <p class="sign-in__intro">{move || t!("sign-in-intro")}</p>
            <div class="form-error" id=FORM_ERROR_ID tabindex="-1" role="alert">
                {move || form_error.get().map(|key| view! { <p class="field-error">{move || tr(key)}</p> })}
            </div>
            <div class="field" class:field--invalid=move || email_error.with(Option::is_some)>
                <label for=EMAIL_ID>{move || t!("sign-in-email")}</label>
                <input
                    id=EMAIL_ID
                    name="email"
                    type="email"
                    autocomplete="username"
                    inputmode="email"
                    spellcheck="false"
                    autocapitalize="off"
                    required=true
                    aria-invalid=move || email_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || email_error.with(Option::is_some).then_some("sign-in-email-error")
                    prop:value=move || email.get()
                    on:input=move |ev| {
                        email.set(event_target_value(&ev));
                        email_error.set(None);
                    }
                />
                <p class="field-error" id="sign-in-email-error" aria-live="polite">
                    {move || email_error.get().map(|k| tr(&k))}
                </p>
            </div>
            <div class="field" class:field--invalid=move || password_error.with(Option::is_some)>
                <label for=PASSWORD_ID>{move || t!("sign-in-password")}</label>
                <div class="password-field">
                    <input
                        id=PASSWORD_ID
                        name="password"
                        type=move || if show_password.get() { "text" } else { "password" }
                        autocomplete="current-password"
                        spellcheck="false"
                        autocapitalize="off"
                        required=true
                        aria-invalid=move || password_error.with(Option::is_some).then_some("true")
                        aria-describedby=move || password_error.with(Option::is_some).then_some("sign-in-password-error")
                        prop:value=move || password.get()
                        on:input=move |ev| {
                            password.set(event_target_value(&ev));
                            password_error.set(None);
                        }
                    />
                    <button
                        type="button"
                        class="button password-field__toggle"
                        aria-controls=PASSWORD_ID
                        aria-pressed=move || if show_password.get() { "true" } else { "false" }
                        on:click=move |_| show_password.update(|s| *s = !*s)
                    >
                        {move || t!("sign-in-show-password")}
                    </button>
                </div>
                <p class="field-error" id="sign-in-password-error" aria-live="polite">
                    {move || password_error.get().map(|k| tr(&k))}
                </p>
            </div>
            <button
                id="sign-in-submit"
                type="submit"
                class="button button--primary button--large"
                aria-busy=move || busy.get().then_some("true")
            >
                {move || if busy.get() { t!("sign-in-busy") } else { t!("sign-in-submit") }}
            </button>
        </form>
        {api::backend().is_demo().then(|| view! { <DemoAccounts on_pick=Callback::new(move |(e, p)| fill(e, p))/> })}
    }
}

/// The demo backend's public accounts, each with a button that fills the form.
#[component]
fn DemoAccounts(
    /// Called with the chosen account's email and password.
    on_pick: Callback<(&'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <section class="demo-accounts" aria-labelledby="demo-accounts-title">
            <h2 id="demo-accounts-title">{move || t!("sign-in-demo-title")}</h2>
            <p>{move || t!("sign-in-demo-intro")}</p>
            <ul class="demo-accounts__list">
                {DEMO_ACCOUNTS
                    .iter()
                    .map(|a| {
                        let (email, password, role, booth) = (a.email, a.password, a.role, a.booth_id);
                        let role_id = format!("demo-account-{}", a.id);
                        view! {
                            <li class="demo-accounts__item">
                                <p class="demo-accounts__role" id=role_id.clone()>
                                    {move || match booth {
                                        Some(b) => t!("sign-in-demo-exhibitor", booth = b),
                                        None => role_label(role),
                                    }}
                                </p>
                                <dl>
                                    <dt>{move || t!("sign-in-email")}</dt>
                                    <dd><code>{email}</code></dd>
                                    <dt>{move || t!("sign-in-password")}</dt>
                                    <dd><code>{password}</code></dd>
                                </dl>
                                <button
                                    type="button"
                                    class="button button--small"
                                    aria-describedby=role_id
                                    on:click=move |_| on_pick.run((email, password))
                                >
                                    {move || t!("sign-in-demo-use")}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
