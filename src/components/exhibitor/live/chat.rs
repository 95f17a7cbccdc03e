//! The booth's chat as the exhibitor sees it, with a reply box (posted as the exhibitor).

use leptos::html;
use leptos::prelude::*;
use tradefair_core::chat::{text_problem_of, MAX_TEXT_CHARS};
use tradefair_core::exhibitor::ExhibitorPost;

use crate::api::{self, ApiError};
use crate::components::chat::messages::MessageList;
use crate::i18n;
use crate::media::chat::BoothLink;
use crate::t;

/// The chat with the exhibitor's reply box.
#[component]
pub fn ExhibitorChat(
    /// The booth's channel.
    link: BoothLink,
) -> impl IntoView {
    let booth_id = link.booth_id();
    let text = RwSignal::new(String::new());
    let text_error = RwSignal::new(None::<&'static str>);
    let send_error = RwSignal::new(None::<ApiError>);
    let sending = RwSignal::new(false);
    let input = NodeRef::<html::Textarea>::new();
    let len = move || text.with(|t| t.trim().chars().count());
    let focus = move || {
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        send_error.set(None);
        let body = text.get_untracked();
        text_error.set(text_problem_of(&body));
        if text_error.get_untracked().is_some() {
            focus();
            return;
        }
        sending.set(true);
        let post = ExhibitorPost {
            text: body.trim().to_string(),
            locale: i18n::locale_untracked().tag().to_string(),
        };
        leptos::task::spawn_local(async move {
            let result = api::backend().exhibitor_post(booth_id, &post).await;
            if sending.try_set(false).is_some() {
                return;
            }
            match result {
                Ok(event) => {
                    link.accept(event);
                    // Only clear what was sent: typing may have gone on meanwhile.
                    if text.get_untracked() == body {
                        text.set(String::new());
                    }
                    focus();
                }
                Err(ApiError::Validation(fields)) if fields.iter().any(|f| f.field == "text") => {
                    text_error.set(Some(if len() == 0 { "required" } else { "too_long" }));
                    focus();
                }
                Err(e) => send_error.set(Some(e)),
            }
        });
    };
    let error_text = move || {
        text_error.get().map(|code| match code {
            "required" => t!("chat-error-text-required"),
            "too_long" => t!(
                "chat-error-text-too-long",
                max = MAX_TEXT_CHARS as u32,
                count = len() as u32
            ),
            _ => t!("chat-error-invalid"),
        })
    };
    view! {
        <section class="live-chat panel" aria-labelledby="live-chat-title">
            <h2 id="live-chat-title">{move || t!("live-chat-title")}</h2>
            <MessageList link=link/>
            <form class="live-reply" on:submit=on_submit novalidate=true>
                <label for="live-reply-text">{move || t!("live-reply-label")}</label>
                <textarea
                    id="live-reply-text"
                    node_ref=input
                    rows="2"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        if text_error.get_untracked().is_some() {
                            text_error.set(None);
                        }
                    }
                    aria-invalid=move || text_error.get().is_some().to_string()
                    aria-describedby="live-reply-error"
                ></textarea>
                <p class="field-error" id="live-reply-error">{error_text}</p>
                {move || {
                    send_error
                        .get()
                        .map(|e| {
                            let reason = i18n::tr(e.message_key());
                            view! { <p class="field-error" role="alert">{move || t!("live-reply-error", reason = reason.clone())}</p> }
                        })
                }}
                <button type="submit" class="button button--primary" aria-disabled=move || sending.get().then_some("true")>
                    {move || t!("live-reply-send")}
                </button>
            </form>
        </section>
    }
}
