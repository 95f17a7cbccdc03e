//! The demo backend's booth channels: each booth plays the core's scripted conversation
//! (`tradefair_core::chat::demo_script`) from the moment a buyer first opens it, and buyers'
//! posts and upvotes join it. A channel is kept in `localStorage` under
//! `tradefair.demo.chat.<booth id>` as `{"v": 1, ...}` and read before every change, so a
//! reload (or another tab) continues the same conversation with the same ids.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use tradefair_core::chat::{
    demo_script, ChatEvent, ChatPost, EventBody, ScriptProgress, ScriptedEvent, UpvoteRequest,
    DEMO_CHAT_SEED,
};
use tradefair_core::time::Timestamp;

use super::demo::DemoBackend;
use super::ApiError;

/// Version of the stored channel format.
const VERSION: u32 = 1;

thread_local! {
    /// Channels as last written, for when storage is unavailable.
    static CHANNELS: RefCell<HashMap<u32, Channel>> = RefCell::new(HashMap::new());
    static SCRIPTS: RefCell<HashMap<u32, Rc<Vec<ScriptedEvent>>>> = RefCell::new(HashMap::new());
}

/// The `localStorage` key of booth `booth_id`'s channel.
pub fn channel_key(booth_id: u32) -> String {
    format!("tradefair.demo.chat.{booth_id}")
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Channel {
    v: u32,
    opened_ms: i64,
    progress: ScriptProgress,
    events: Vec<ChatEvent>,
    /// `(question id, client id)` of every buyer's upvote.
    votes: Vec<(u64, String)>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

fn load(booth_id: u32) -> Option<Channel> {
    let key = channel_key(booth_id);
    match storage().and_then(|s| s.get_item(&key).ok().flatten()) {
        Some(text) => match serde_json::from_str::<Channel>(&text) {
            Ok(c) if c.v == VERSION => Some(c),
            Ok(c) => {
                leptos::logging::warn!(
                    "demo chat: {key} has unknown version {}; starting anew",
                    c.v
                );
                None
            }
            Err(e) => {
                leptos::logging::warn!("demo chat: {key} is unreadable ({e}); starting anew");
                None
            }
        },
        None => CHANNELS.with(|c| c.borrow().get(&booth_id).cloned()),
    }
}

fn save(booth_id: u32, channel: &Channel) {
    CHANNELS.with(|c| c.borrow_mut().insert(booth_id, channel.clone()));
    let text = serde_json::to_string(channel).unwrap_or_default();
    let saved = storage().is_some_and(|s| s.set_item(&channel_key(booth_id), &text).is_ok());
    if !saved {
        leptos::logging::warn!("demo chat: booth {booth_id}'s channel could not be saved");
    }
}

impl Channel {
    fn next_id(&self) -> u64 {
        self.events.last().map_or(1, |e| e.id + 1)
    }

    fn upvotes_of(&self, question_id: u64) -> u32 {
        self.events
            .iter()
            .filter(
                |e| matches!(e.event, EventBody::Upvote { question_id: q, .. } if q == question_id),
            )
            .count() as u32
    }

    fn append(&mut self, booth_id: u32, body: EventBody, at: Timestamp) -> ChatEvent {
        let event = ChatEvent {
            id: self.next_id(),
            booth_id,
            at: at.to_iso(),
            event: body,
        };
        self.events.push(event.clone());
        event
    }

    /// Emits the script's steps due at `now`; whether anything changed.
    fn play(&mut self, booth_id: u32, script: &[ScriptedEvent], now: Timestamp) -> bool {
        let elapsed = now.0.saturating_sub(self.opened_ms).max(0) as u64;
        if self
            .progress
            .next_due(script)
            .is_none_or(|due| due > elapsed)
        {
            return false;
        }
        let mut progress = std::mem::take(&mut self.progress);
        progress.emit_due(script, elapsed, |body| {
            let body = match body {
                EventBody::Upvote { question_id, .. } => EventBody::Upvote {
                    question_id,
                    upvotes: self.upvotes_of(question_id) + 1,
                },
                other => other,
            };
            self.append(booth_id, body, now).id
        });
        self.progress = progress;
        true
    }
}

impl DemoBackend {
    fn script(&self, booth_id: u32) -> Rc<Vec<ScriptedEvent>> {
        SCRIPTS.with(|s| {
            s.borrow_mut()
                .entry(booth_id)
                .or_insert_with(|| Rc::new(demo_script(&self.catalog(), booth_id, DEMO_CHAT_SEED)))
                .clone()
        })
    }

    /// Booth `booth_id`'s channel, opened if new and played up to now (saved if changed).
    fn channel(&self, booth_id: u32) -> Result<Channel, ApiError> {
        if self.catalog().supplier(booth_id).is_none() {
            return Err(ApiError::NotFound);
        }
        let script = self.script(booth_id);
        let now = now();
        let (mut channel, mut changed) = match load(booth_id) {
            Some(c) => (c, false),
            None => (
                Channel {
                    v: VERSION,
                    opened_ms: now.0,
                    progress: ScriptProgress::default(),
                    events: Vec::new(),
                    votes: Vec::new(),
                },
                true,
            ),
        };
        changed |= channel.play(booth_id, &script, now);
        if changed {
            save(booth_id, &channel);
        }
        Ok(channel)
    }

    /// The events of booth `booth_id` after id `after` (the script moves on as time passes).
    pub async fn chat_events(&self, booth_id: u32, after: u64) -> Result<Vec<ChatEvent>, ApiError> {
        self.yield_now().await;
        let channel = self.channel(booth_id)?;
        Ok(channel
            .events
            .into_iter()
            .filter(|e| e.id > after)
            .collect())
    }

    /// Posts a buyer's message or question, validated like the reference server does.
    pub async fn post_chat(&self, booth_id: u32, post: &ChatPost) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let mut channel = self.channel(booth_id)?;
        let fields = post.validate();
        if !fields.is_empty() {
            return Err(ApiError::Validation(fields));
        }
        let event = channel.append(booth_id, post.clone().into_body(), now());
        save(booth_id, &channel);
        Ok(event)
    }

    /// Appends `body` (an exhibitor's message, pin or unpin) to booth `booth_id`'s channel,
    /// where buyers' pages pick it up like any other event.
    pub(super) fn append_chat(
        &self,
        booth_id: u32,
        body: EventBody,
    ) -> Result<ChatEvent, ApiError> {
        let mut channel = self.channel(booth_id)?;
        let event = channel.append(booth_id, body, now());
        save(booth_id, &channel);
        Ok(event)
    }

    /// Marks question `question_id` of booth `booth_id` answered; an unknown question is
    /// [`ApiError::NotFound`], like on the reference server.
    pub(super) fn answer_question(
        &self,
        booth_id: u32,
        question_id: u64,
    ) -> Result<ChatEvent, ApiError> {
        let mut channel = self.channel(booth_id)?;
        let is_question = channel
            .events
            .iter()
            .any(|e| e.id == question_id && matches!(e.event, EventBody::Question(_)));
        if !is_question {
            return Err(ApiError::NotFound);
        }
        let event = channel.append(booth_id, EventBody::Answered { question_id }, now());
        save(booth_id, &channel);
        Ok(event)
    }

    /// One upvote per client and question, like the reference server.
    pub async fn upvote_question(
        &self,
        booth_id: u32,
        question_id: u64,
        req: &UpvoteRequest,
    ) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let mut channel = self.channel(booth_id)?;
        let fields = req.validate();
        if !fields.is_empty() {
            return Err(ApiError::Validation(fields));
        }
        let is_question = channel
            .events
            .iter()
            .any(|e| e.id == question_id && matches!(e.event, EventBody::Question(_)));
        if !is_question {
            return Err(ApiError::NotFound);
        }
        if channel
            .votes
            .iter()
            .any(|(q, c)| *q == question_id && *c == req.client_id)
        {
            return Err(ApiError::Conflict("already_upvoted".into()));
        }
        let upvotes = channel.upvotes_of(question_id) + 1;
        channel.votes.push((question_id, req.client_id.clone()));
        let event = channel.append(
            booth_id,
            EventBody::Upvote {
                question_id,
                upvotes,
            },
            now(),
        );
        save(booth_id, &channel);
        Ok(event)
    }
}
