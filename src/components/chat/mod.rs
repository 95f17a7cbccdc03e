//! The booth's live channel: chat, Q&A and products pinned during the stream.
//!
//! [`BoothChannel`] opens the booth's [`BoothLink`] and shows three tabs over its log. All
//! text from the backend (names, messages, product names) is rendered as text nodes.

mod composer;
// The exhibitor console shows the same messages (`MessageList`, `TranslatedText`).
pub(crate) mod messages;
mod pinned;
mod questions;

use leptos::prelude::*;
use tradefair_core::chat::PostKind;

use crate::media::chat::{BoothLink, LinkState};
use crate::state::storage;
use crate::t;

use composer::Composer;
use messages::MessageList;
use pinned::PinnedList;
use questions::QuestionList;

/// How long new messages are gathered before they are announced.
const ANNOUNCE_AFTER_MS: u64 = 1_500;

/// `localStorage` key of the buyer's display name in booth channels.
const NAME_KEY: &str = "tradefair.chat.name";

/// A tab of the channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Chat,
    Questions,
    Pinned,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Chat, Tab::Questions, Tab::Pinned];

    fn slug(self) -> &'static str {
        match self {
            Tab::Chat => "chat",
            Tab::Questions => "questions",
            Tab::Pinned => "pinned",
        }
    }
}

/// Chat, Q&A and pinned products of one booth. Interface fixed for the booth page; the
/// implementation drives `crate::media::chat`.
#[component]
pub fn BoothChannel(booth_id: u32) -> impl IntoView {
    let link = BoothLink::open(booth_id);
    let tab = RwSignal::new(Tab::Chat);
    let name = RwSignal::new(storage::get(NAME_KEY).unwrap_or_default());
    Effect::new(move |_| {
        name.with(|n| storage::set(NAME_KEY, n));
    });

    let counts = Memo::new(move |_| {
        link.log
            .with(|l| (l.messages().len(), l.questions().len(), l.pinned().len()))
    });
    let tab_label = move |t: Tab| {
        let (m, q, p) = counts.get();
        match t {
            Tab::Chat => t!("chat-tab-chat", count = m as u32),
            Tab::Questions => t!("chat-tab-questions", count = q as u32),
            Tab::Pinned => t!("chat-tab-pinned", count = p as u32),
        }
    };
    let tab_id = move |t: Tab| format!("booth-{booth_id}-tab-{}", t.slug());
    let panel_id = move |t: Tab| format!("booth-{booth_id}-panel-{}", t.slug());

    // Arrow keys move between tabs (the ARIA tabs pattern); Tab moves into the panel.
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let rtl = crate::i18n::locale_untracked().direction() == crate::i18n::Direction::Rtl;
        let pos = Tab::ALL
            .iter()
            .position(|t| *t == tab.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" if !rtl => (pos + 1) % 3,
            "ArrowLeft" if rtl => (pos + 1) % 3,
            "ArrowLeft" | "ArrowRight" => (pos + 2) % 3,
            "Home" => 0,
            "End" => 2,
            _ => return,
        };
        ev.prevent_default();
        let t = Tab::ALL[next];
        tab.set(t);
        if let Some(el) = document().get_element_by_id(&tab_id(t)) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    };

    let status = move || match link.state.get() {
        LinkState::Connecting => ("connecting", t!("chat-status-connecting")),
        LinkState::Live => ("live", t!("chat-status-live")),
        LinkState::Reconnecting => ("reconnecting", t!("chat-status-reconnecting")),
    };
    // New messages are announced politely, gathered over a moment: a replay after a
    // reconnect or a busy minute is one announcement, not one per message.
    let announced = RwSignal::new(0usize);
    let counted = StoredValue::new(0usize);
    let pending = StoredValue::new(false);
    Effect::new(move |_| {
        let total = link.arrived.get();
        if total > counted.get_value() && !pending.get_value() {
            pending.set_value(true);
            set_timeout(
                move || {
                    let Some(total) = link.arrived.try_get_untracked() else {
                        return; // the channel is gone
                    };
                    let before = counted.try_get_value().unwrap_or(total);
                    counted.try_set_value(total);
                    pending.try_set_value(false);
                    announced.try_set(total.saturating_sub(before));
                },
                std::time::Duration::from_millis(ANNOUNCE_AFTER_MS),
            );
        }
    });
    let announcement = move || match announced.get() {
        0 => String::new(),
        n => t!("chat-new-messages", count = n as u32),
    };

    view! {
        <section class="booth-channel" aria-labelledby=format!("booth-{booth_id}-channel-title")>
            <header class="booth-channel__header">
                <h2 id=format!("booth-{booth_id}-channel-title")>{move || t!("chat-title")}</h2>
                <p
                    class=move || format!("chat-status chat-status--{}", status().0)
                    data-testid="chat-status"
                    data-state=move || status().0
                >
                    <span class="chat-status__dot" aria-hidden="true"></span>
                    {move || status().1}
                </p>
            </header>
            <div class="chat-tabs" role="tablist" aria-label=move || t!("chat-tabs-label") on:keydown=on_tab_key>
                {Tab::ALL
                    .into_iter()
                    .map(|t| {
                        view! {
                            <button
                                type="button"
                                role="tab"
                                class="chat-tab"
                                id=tab_id(t)
                                aria-controls=panel_id(t)
                                aria-selected=move || (tab.get() == t).to_string()
                                tabindex=move || if tab.get() == t { "0" } else { "-1" }
                                on:click=move |_| tab.set(t)
                            >
                                {move || tab_label(t)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div
                class="chat-panel"
                role="tabpanel"
                id=panel_id(Tab::Chat)
                aria-labelledby=tab_id(Tab::Chat)
                hidden=move || tab.get() != Tab::Chat
            >
                <MessageList link=link/>
                <Composer link=link kind=PostKind::Message name=name/>
            </div>
            <div
                class="chat-panel"
                role="tabpanel"
                id=panel_id(Tab::Questions)
                aria-labelledby=tab_id(Tab::Questions)
                hidden=move || tab.get() != Tab::Questions
            >
                <Composer link=link kind=PostKind::Question name=name/>
                <QuestionList link=link/>
            </div>
            <div
                class="chat-panel"
                role="tabpanel"
                id=panel_id(Tab::Pinned)
                aria-labelledby=tab_id(Tab::Pinned)
                hidden=move || tab.get() != Tab::Pinned
            >
                <PinnedList link=link/>
            </div>
            // Announced politely, once per batch of messages from others.
            <p class="visually-hidden" data-testid="chat-announcer" role="status" aria-live="polite" aria-atomic="true">
                {announcement}
            </p>
        </section>
    }
}

/// The time of day of an RFC 3339 instant in the buyer's locale and time zone ("14:05").
fn clock_time(iso: &str) -> String {
    let Some(ts) = tradefair_core::time::Timestamp::parse_iso(iso) else {
        return String::new();
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    let locales = js_sys::Array::of1(&crate::i18n::locale().tag().into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ts.unix_ms() as f64));
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
