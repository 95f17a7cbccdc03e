//! The chat messages, and a text shown in the reader's language with its original one click
//! away.

use std::collections::BTreeMap;

use leptos::html;
use leptos::prelude::*;
use tradefair_core::chat::{shown_text, AuthorRole, LoggedMessage};

use super::clock_time;
use crate::i18n;
use crate::media::chat::{BoothLink, LinkState};
use crate::t;

/// A backend text in the reader's locale where a translation exists, with a toggle to the
/// original. Rendered as text only.
#[component]
pub fn TranslatedText(
    /// The text as written.
    text: String,
    /// Its language (BCP 47).
    locale: String,
    /// Translations by locale, if any.
    translations: Option<BTreeMap<String, String>>,
    /// CSS class of the paragraph.
    #[prop(into)]
    class: String,
) -> impl IntoView {
    let show_original = RwSignal::new(false);
    let text = StoredValue::new(text);
    let locale = StoredValue::new(locale);
    let translations = StoredValue::new(translations);
    // (text, its language, whether it is a translation) for the active locale.
    let shown = Memo::new(move |_| {
        let reader = i18n::locale().tag();
        text.with_value(|t| {
            locale.with_value(|l| {
                translations.with_value(|tr| {
                    let s = shown_text(t, l, tr.as_ref(), reader);
                    (s.text.to_string(), s.lang.to_string(), s.translated)
                })
            })
        })
    });
    let current = move || {
        let (t, lang, translated) = shown.get();
        if translated && show_original.get() {
            (text.get_value(), locale.get_value())
        } else {
            (t, lang)
        }
    };
    view! {
        <p class=class lang=move || current().1 dir="auto">{move || current().0}</p>
        {move || {
            shown
                .get()
                .2
                .then(|| {
                    view! {
                        <p class="chat-translation">
                            <span class="chat-translation__note">
                                {move || {
                                    if show_original.get() {
                                        t!("chat-original")
                                    } else {
                                        t!("chat-translated")
                                    }
                                }}
                            </span>
                            " "
                            <button
                                type="button"
                                class="link-button chat-translation__toggle"
                                aria-pressed=move || show_original.get().to_string()
                                on:click=move |_| show_original.update(|v| *v = !*v)
                            >
                                {move || {
                                    if show_original.get() {
                                        t!("chat-show-translation")
                                    } else {
                                        t!("chat-show-original")
                                    }
                                }}
                            </button>
                        </p>
                    }
                })
        }}
    }
}

/// What a list region shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Phase {
    /// The first connection is under way.
    Loading,
    Empty,
    List,
}

/// One chat message.
#[component]
fn MessageItem(
    /// The message with its id and time.
    message: LoggedMessage,
) -> impl IntoView {
    let LoggedMessage { id, at, message } = message;
    let exhibitor = message.role == AuthorRole::Exhibitor;
    let class = if exhibitor {
        "chat-msg chat-msg--exhibitor"
    } else {
        "chat-msg"
    };
    let at_attr = at.clone();
    let original_locale = message.locale.clone();
    view! {
        <li class=class data-event-id=id.to_string() data-original-locale=original_locale>
            <p class="chat-msg__meta">
                <bdi class="chat-msg__author">{message.author.clone()}</bdi>
                {exhibitor
                    .then(|| view! { <span class="badge chat-badge--exhibitor">{move || t!("chat-exhibitor")}</span> })}
                <time class="chat-msg__time" datetime=at_attr>{move || clock_time(&at)}</time>
            </p>
            <TranslatedText
                text=message.text
                locale=message.locale
                translations=message.translations
                class="chat-msg__text"
            />
        </li>
    }
}

/// The channel's messages, oldest first, kept scrolled to the newest unless the buyer
/// scrolled up to read.
#[component]
pub fn MessageList(
    /// The booth's channel.
    link: BoothLink,
) -> impl IntoView {
    let messages = Memo::new(move |_| link.log.with(|l| l.messages()));
    let scroller = NodeRef::<html::Div>::new();
    let stick = StoredValue::new(true);
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            let from_bottom = el.scroll_height() - el.scroll_top() - el.client_height();
            stick.set_value(from_bottom < 40);
        }
    };
    Effect::new(move |_| {
        messages.track();
        if let Some(el) = scroller.get() {
            if stick.get_value() {
                el.set_scroll_top(el.scroll_height());
            }
        }
    });
    // Which of loading, empty or the list shows; a new message does not rebuild the list.
    let phase = Memo::new(move |_| {
        if messages.with(Vec::is_empty) {
            if link.state.get() == LinkState::Connecting {
                Phase::Loading
            } else {
                Phase::Empty
            }
        } else {
            Phase::List
        }
    });
    view! {
        <div class="chat-scroll" node_ref=scroller on:scroll=on_scroll tabindex="0" aria-label=move || t!("chat-messages-label")>
            {move || match phase.get() {
                Phase::Loading => {
                    view! {
                        <div class="chat-skeleton" aria-busy="true" role="status">
                            <span class="visually-hidden">{move || t!("loading")}</span>
                            <div class="skeleton skeleton--line"></div>
                            <div class="skeleton skeleton--line skeleton--short"></div>
                            <div class="skeleton skeleton--line"></div>
                        </div>
                    }
                        .into_any()
                }
                Phase::Empty => {
                    view! { <p class="chat-empty">{move || t!("chat-empty-messages")}</p> }.into_any()
                }
                Phase::List => {
                    view! {
                        <ol class="chat-messages">
                            <For
                                each=move || messages.get()
                                key=|m| m.id
                                children=|m| view! { <MessageItem message=m/> }
                            />
                        </ol>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
