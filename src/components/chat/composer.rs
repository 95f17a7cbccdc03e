//! Writing a message or a question: name and text with their limits, validation next to
//! each field, and the unsent draft kept per booth across reloads.

use leptos::html;
use leptos::prelude::*;
use tradefair_core::chat::{
    author_problem, text_problem_of, PostKind, MAX_AUTHOR_CHARS, MAX_TEXT_CHARS,
};

use crate::api::ApiError;
use crate::i18n;
use crate::media::chat::BoothLink;
use crate::state::storage;
use crate::t;

/// `localStorage` key of the unsent draft of `kind` in booth `booth_id`.
fn draft_key(booth_id: u32, kind: PostKind) -> String {
    let kind = match kind {
        PostKind::Message => "message",
        PostKind::Question => "question",
    };
    format!("tradefair.chat.draft.{booth_id}.{kind}")
}

/// The message explaining a field's problem code.
fn problem_text(field: &str, code: &str, len: usize) -> String {
    match (field, code) {
        ("author", "required") => t!("chat-error-author-required"),
        ("author", "too_long") => t!("chat-error-author-too-long", max = MAX_AUTHOR_CHARS as u32),
        ("text", "required") => t!("chat-error-text-required"),
        ("text", "too_long") => t!(
            "chat-error-text-too-long",
            max = MAX_TEXT_CHARS as u32,
            count = len as u32
        ),
        _ => t!("chat-error-invalid"),
    }
}

/// A form that posts a message or a question to the booth's channel.
#[component]
pub fn Composer(
    /// The booth's channel.
    link: BoothLink,
    /// Whether this posts chat messages or questions.
    kind: PostKind,
    /// The buyer's display name, shared by both forms and remembered.
    name: RwSignal<String>,
) -> impl IntoView {
    let booth_id = link.booth_id();
    let key = draft_key(booth_id, kind);
    let text = RwSignal::new(storage::get(&key).unwrap_or_default());
    let key_for_save = key.clone();
    Effect::new(move |_| {
        text.with(|t| storage::set(&key_for_save, t));
    });
    // Codes of the fields' problems, shown after a send was tried.
    let author_error = RwSignal::new(None::<String>);
    let text_error = RwSignal::new(None::<String>);
    let send_error = RwSignal::new(None::<ApiError>);
    let sending = RwSignal::new(false);
    let name_input = NodeRef::<html::Input>::new();
    let text_input = NodeRef::<html::Textarea>::new();
    let form = NodeRef::<html::Form>::new();

    let slug = match kind {
        PostKind::Message => "message",
        PostKind::Question => "question",
    };
    let id = move |part: &str| format!("booth-{booth_id}-{slug}-{part}");
    let len = move || text.with(|t| t.trim().chars().count());
    let left = move || MAX_TEXT_CHARS as i64 - len() as i64;

    let focus_first_error = move || {
        if author_error.get_untracked().is_some() {
            if let Some(el) = name_input.get_untracked() {
                let _ = el.focus();
            }
        } else if let Some(el) = text_input.get_untracked() {
            let _ = el.focus();
        }
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        send_error.set(None);
        let author = name.get_untracked();
        let body = text.get_untracked();
        author_error.set(author_problem(&author).map(str::to_string));
        text_error.set(text_problem_of(&body).map(str::to_string));
        if author_error.get_untracked().is_some() || text_error.get_untracked().is_some() {
            focus_first_error();
            return;
        }
        sending.set(true);
        leptos::task::spawn_local(async move {
            let result = link.post(kind, &author, &body).await;
            if sending.try_set(false).is_some() {
                return; // the form is gone
            }
            match result {
                Ok(()) => {
                    // Only clear what was sent: the buyer may have typed on meanwhile.
                    if text.get_untracked() == body {
                        text.set(String::new());
                    }
                    if let Some(el) = text_input.get_untracked() {
                        let _ = el.focus();
                    }
                }
                Err(ApiError::Validation(fields)) => {
                    for f in &fields {
                        match f.field.as_str() {
                            "author" => author_error.set(Some(f.code.clone())),
                            "text" => text_error.set(Some(f.code.clone())),
                            _ => send_error.set(Some(ApiError::Validation(fields.clone()))),
                        }
                    }
                    focus_first_error();
                }
                Err(e) => send_error.set(Some(e)),
            }
        });
    };

    let (label_key, button_key, placeholder_key) = match kind {
        PostKind::Message => (
            "chat-message-label",
            "chat-send",
            "chat-message-placeholder",
        ),
        PostKind::Question => (
            "chat-question-label",
            "chat-ask",
            "chat-question-placeholder",
        ),
    };

    view! {
        <form class="chat-composer" node_ref=form on:submit=on_submit novalidate=true>
            <div class="chat-field chat-field--name">
                <label for=id("name")>{move || t!("chat-name-label")}</label>
                <input
                    id=id("name")
                    node_ref=name_input
                    type="text"
                    autocomplete="nickname"
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        author_error.set(None);
                    }
                    aria-invalid=move || author_error.get().is_some().then_some("true")
                    aria-describedby=id("name-error")
                />
                <p class="field-error" id=id("name-error")>
                    {move || author_error.get().map(|code| problem_text("author", &code, 0))}
                </p>
            </div>
            <div class="chat-field chat-field--text">
                <label for=id("text")>{move || i18n::tr(label_key)}</label>
                <textarea
                    id=id("text")
                    node_ref=text_input
                    rows="2"
                    placeholder=move || i18n::tr(placeholder_key)
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        text_error.set(None);
                    }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        // Enter sends, Shift+Enter starts a new line (the usual chat habit).
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            if let Some(form) = form.get_untracked() {
                                let _ = form.request_submit();
                            }
                        }
                    }
                    aria-invalid=move || text_error.get().is_some().then_some("true")
                    aria-describedby=format!("{} {}", id("text-error"), id("count"))
                ></textarea>
                <p class="field-error" id=id("text-error")>
                    {move || text_error.get().map(|code| problem_text("text", &code, len()))}
                </p>
                <p
                    class=move || if left() < 0 { "chat-count chat-count--over" } else { "chat-count" }
                    id=id("count")
                >
                    {move || t!("chat-chars-left", count = left())}
                </p>
            </div>
            {move || {
                send_error
                    .get()
                    .map(|e| {
                        let reason = i18n::tr(e.message_key());
                        view! {
                            <p class="chat-send-error" role="alert">
                                {move || t!("chat-error-send", reason = reason.clone())}
                            </p>
                        }
                    })
            }}
            <button type="submit" class="button button--primary chat-composer__send" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() { t!("chat-sending") } else { i18n::tr(button_key) }}
            </button>
        </form>
    }
}
