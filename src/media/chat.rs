//! The connection to a booth's live channel.
//!
//! [`BoothLink::open`] keeps a [`ChatLog`] up to date for the component that opened it, until
//! that component is cleaned up:
//!
//! - HTTP backend: a WebSocket to `api::chat_socket_url`, resuming after the last id the log
//!   holds contiguously. When it closes (server restart, network change) or skips an id, it
//!   reconnects with exponential backoff and jitter (`chat::reconnect_delay_ms`) and resumes,
//!   so the buyer ends up with every event exactly once, in order.
//! - Demo backend: the in-browser scripted channel, polled every second (the demo backend
//!   plays the conversation as time passes and keeps it in `localStorage`).
//!
//! Posts and upvotes go through the backend's HTTP calls; their answer is merged at once
//! (the socket's copy is then a duplicate the log drops).

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::mpsc;
use futures::future::{AbortHandle, Abortable};
use futures::StreamExt;
use leptos::prelude::*;
use tradefair_core::chat::{reconnect_delay_ms, ChatEvent, ChatLog, ChatPost, PostKind};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::state::storage;

/// How often the demo channel is asked for new events.
const DEMO_POLL_MS: u32 = 1_000;
/// `localStorage` key of this browser's client id (its voter id).
const CLIENT_ID_KEY: &str = "tradefair.chat.client";

/// What the buyer sees of the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// The first connection is being made.
    Connecting,
    /// Events arrive as they happen.
    Live,
    /// The connection dropped; the next attempt is under way or scheduled.
    Reconnecting,
}

/// A booth's channel as the views use it. Cheap to copy.
#[derive(Clone, Copy)]
pub struct BoothLink {
    booth_id: u32,
    /// Every event received, each once.
    pub log: RwSignal<ChatLog>,
    pub state: RwSignal<LinkState>,
    /// How many messages from others arrived since the channel opened (the history a buyer
    /// finds on joining not counted): what polite announcements count.
    pub arrived: RwSignal<usize>,
}

/// This browser's client id: random, made once and remembered.
pub fn client_id() -> String {
    if let Some(id) = storage::get(CLIENT_ID_KEY).filter(|id| id.len() >= 8) {
        return id;
    }
    let mut bytes = [0u8; 12];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let id: String = std::iter::once("c-".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    storage::set(CLIENT_ID_KEY, &id);
    id
}

impl BoothLink {
    /// Connects to booth `booth_id`'s channel for as long as the calling component lives.
    pub fn open(booth_id: u32) -> BoothLink {
        let link = BoothLink {
            booth_id,
            log: RwSignal::new(ChatLog::new()),
            state: RwSignal::new(LinkState::Connecting),
            arrived: RwSignal::new(0),
        };
        let (handle, registration) = AbortHandle::new_pair();
        leptos::task::spawn_local(async move {
            let _ = Abortable::new(link.drive(), registration).await;
        });
        // Dropping the driver closes its socket or stops its timer.
        on_cleanup(move || handle.abort());
        link
    }

    pub fn booth_id(&self) -> u32 {
        self.booth_id
    }

    /// Merges a batch; announces messages from others unless it is the joining history.
    fn receive(&self, batch: Vec<ChatEvent>, own: bool) {
        let joining = self.log.with_untracked(ChatLog::is_empty);
        let Some(merged) = self.log.try_update(|l| l.merge(batch)) else {
            return;
        };
        if !own && !joining && merged.new_messages > 0 {
            self.arrived.update(|n| *n += merged.new_messages);
        }
    }

    async fn drive(self) {
        if api::backend().is_demo() {
            self.drive_demo().await
        } else {
            self.drive_socket().await
        }
    }

    async fn drive_demo(self) {
        loop {
            let after = self.log.with_untracked(ChatLog::resume_after);
            match api::backend().chat_events(self.booth_id, after).await {
                Ok(events) => {
                    self.receive(events, false);
                    self.state.set(LinkState::Live);
                }
                Err(e) => {
                    leptos::logging::warn!("booth {} channel: {e}", self.booth_id);
                    self.state.set(LinkState::Reconnecting);
                }
            }
            gloo_timers::future::TimeoutFuture::new(DEMO_POLL_MS).await;
        }
    }

    async fn drive_socket(self) {
        let mut attempt = 0u32;
        loop {
            let after = self.log.with_untracked(ChatLog::resume_after);
            if let Some(url) = api::chat_socket_url(self.booth_id, after) {
                match Socket::open(&url) {
                    Ok(mut socket) => {
                        // The highest id this socket delivered: the next must follow it.
                        let mut last = after;
                        while let Some(frame) = socket.frames.next().await {
                            match frame {
                                Frame::Open => {
                                    attempt = 0;
                                    self.state.set(LinkState::Live);
                                }
                                Frame::Text(text) => match api::decode_chat_frame(&text) {
                                    Ok(e) if e.id > last + 1 => {
                                        leptos::logging::warn!(
                                            "booth {} channel skipped from {last} to {}; resuming",
                                            self.booth_id,
                                            e.id
                                        );
                                        break;
                                    }
                                    Ok(e) => {
                                        last = last.max(e.id);
                                        self.receive(vec![e], false);
                                    }
                                    Err(e) => leptos::logging::warn!(
                                        "booth {} channel sent an unreadable frame: {e}",
                                        self.booth_id
                                    ),
                                },
                                Frame::Closed => break,
                            }
                        }
                    }
                    Err(()) => {
                        leptos::logging::warn!(
                            "booth {} channel: cannot open a socket",
                            self.booth_id
                        )
                    }
                }
            }
            self.state.set(LinkState::Reconnecting);
            let wait = reconnect_delay_ms(attempt, js_sys::Math::random());
            attempt = attempt.saturating_add(1);
            gloo_timers::future::TimeoutFuture::new(wait).await;
        }
    }

    /// Posts a message or question in the buyer's locale; the event is in the log when this
    /// returns `Ok`.
    pub async fn post(&self, kind: PostKind, author: &str, text: &str) -> Result<(), ApiError> {
        let post = ChatPost {
            kind,
            author: author.to_string(),
            text: text.to_string(),
            locale: crate::i18n::locale_untracked().tag().to_string(),
            client_id: client_id(),
        };
        let event = api::backend().post_chat(self.booth_id, &post).await?;
        self.receive(vec![event], true);
        Ok(())
    }

    /// Merges an event this browser caused through another call (the exhibitor's reply,
    /// pin or answered mark): shown at once, the channel's copy is then a duplicate.
    pub fn accept(&self, event: ChatEvent) {
        self.receive(vec![event], true);
    }

    /// Upvotes a question for this browser.
    pub async fn upvote(&self, question_id: u64) -> Result<(), ApiError> {
        let event = api::backend()
            .upvote_question(self.booth_id, question_id, &client_id())
            .await?;
        self.receive(vec![event], true);
        Ok(())
    }
}

/// What a socket reports.
enum Frame {
    Open,
    Text(String),
    Closed,
}

/// A WebSocket whose events arrive as a stream; dropping it closes the socket.
struct Socket {
    ws: web_sys::WebSocket,
    frames: mpsc::UnboundedReceiver<Frame>,
    _handlers: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Socket {
    fn open(url: &str) -> Result<Socket, ()> {
        let ws = web_sys::WebSocket::new(url).map_err(|_| ())?;
        let (tx, frames) = mpsc::unbounded();
        let tx = Rc::new(RefCell::new(tx));
        let handler = |make: fn(web_sys::Event) -> Frame| {
            let tx = tx.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
                let _ = tx.borrow().unbounded_send(make(ev));
            })
        };
        let on_open = handler(|_| Frame::Open);
        let on_message = handler(|ev| {
            match ev
                .dyn_into::<web_sys::MessageEvent>()
                .ok()
                .and_then(|m| m.data().as_string())
            {
                Some(text) => Frame::Text(text),
                // The channel only sends text frames; anything else means a broken peer.
                None => Frame::Closed,
            }
        });
        // An error is followed by a close event; both end this connection.
        let on_close = handler(|_| Frame::Closed);
        ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(on_close.as_ref().unchecked_ref()));
        Ok(Socket {
            ws,
            frames,
            _handlers: vec![on_open, on_message, on_close],
        })
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        self.ws.set_onerror(None);
        let _ = self.ws.close();
    }
}
