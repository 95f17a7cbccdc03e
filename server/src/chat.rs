//! The booths' live channels: `GET /api/booths/{id}/chat` (a WebSocket that replays what a
//! client missed and then streams, or a JSON list without the upgrade),
//! `POST /api/booths/{id}/chat` and `POST /api/booths/{id}/questions/{qid}/upvote`.
//!
//! Every event is committed to SQLite before it is broadcast, under one lock, so ids count up
//! from 1 per booth without holes and reach every subscriber in id order. A socket subscribes
//! to the broadcast *before* reading the replay from the database and drops broadcast events
//! it already replayed, so nothing falls between replay and stream and nothing comes twice;
//! a subscriber that lags behind the broadcast buffer is caught up from the database.
//!
//! A booth's channel opens when it is first used: it gets the history of the scripted demo
//! conversation (`tradefair_core::chat::demo_script`, the only messages with translations),
//! and the rest of the script plays as time passes ([`ChatHub::tick`]).

use std::collections::HashMap;
use std::path::Path as FsPath;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rusqlite::{params, Connection, OptionalExtension};
use tokio::sync::broadcast;
use tradefair_core::chat::{
    demo_script, ChatEvent, ChatPost, EventBody, ScriptProgress, ScriptedEvent, UpvoteRequest,
    DEMO_CHAT_SEED,
};
use tradefair_core::seed::Catalog;
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{FieldError, ValidationErrorBody};

use crate::error::{json_response, ApiError, DbError, JsonUtf8};
use crate::AppState;

const SCHEMA: &str = r#"
-- Every event of every booth's channel; `body` is the JSON ChatEvent as sent.
CREATE TABLE IF NOT EXISTS chat_events (
    booth_id    INTEGER NOT NULL,
    id          INTEGER NOT NULL,          -- 1, 2, 3... per booth
    at_ms       INTEGER NOT NULL,
    kind        TEXT    NOT NULL,          -- message, question, upvote, answered, pin, unpin
    question_id INTEGER,                   -- upvote, answered
    client_id   TEXT,                      -- the poster or voter (NULL for the script)
    body        TEXT    NOT NULL,
    PRIMARY KEY (booth_id, id)
) STRICT;
-- One upvote per buyer and question.
CREATE UNIQUE INDEX IF NOT EXISTS chat_votes ON chat_events (booth_id, question_id, client_id)
    WHERE kind = 'upvote' AND client_id IS NOT NULL;

-- When a booth's channel opened and how far its demo script played.
CREATE TABLE IF NOT EXISTS chat_booths (
    booth_id  INTEGER PRIMARY KEY,
    opened_ms INTEGER NOT NULL,
    progress  TEXT    NOT NULL              -- JSON ScriptProgress
) STRICT;
"#;

const TABLES: [&str; 2] = ["chat_events", "chat_booths"];

/// Events buffered per subscriber before it counts as lagging (and is caught up from SQLite).
const BROADCAST_CAPACITY: usize = 1024;

/// Why a channel operation failed.
#[derive(Debug)]
pub enum ChatError {
    NoSuchBooth,
    NoSuchQuestion,
    AlreadyUpvoted,
    Invalid(Vec<FieldError>),
    Db(DbError),
}

impl From<rusqlite::Error> for ChatError {
    fn from(e: rusqlite::Error) -> Self {
        ChatError::Db(DbError::Sqlite(e))
    }
}

impl IntoResponse for ChatError {
    fn into_response(self) -> Response {
        match self {
            ChatError::NoSuchBooth => ApiError::not_found("no booth with this id").into_response(),
            ChatError::NoSuchQuestion => {
                ApiError::not_found("no question with this id in this booth").into_response()
            }
            ChatError::AlreadyUpvoted => ApiError::new(
                StatusCode::CONFLICT,
                "already_upvoted",
                "this client already upvoted this question",
            )
            .into_response(),
            ChatError::Invalid(fields) => json_response(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ValidationErrorBody {
                    code: "validation".into(),
                    message: format!("{} field(s) need correcting", fields.len()),
                    fields,
                },
            ),
            ChatError::Db(e) => {
                eprintln!("tradefair-server: chat store: {e}");
                ApiError::internal("the message could not be stored").into_response()
            }
        }
    }
}

struct Booth {
    opened: Timestamp,
    next_id: u64,
    progress: ScriptProgress,
}

struct Inner {
    conn: Connection,
    booths: HashMap<u32, Booth>,
    scripts: HashMap<u32, Arc<Vec<ScriptedEvent>>>,
}

/// The channels of every booth.
pub struct ChatHub {
    inner: Mutex<Inner>,
    tx: broadcast::Sender<ChatEvent>,
    catalog: Arc<Catalog>,
}

fn kind_of(body: &EventBody) -> (&'static str, Option<u64>) {
    match body {
        EventBody::Message(_) => ("message", None),
        EventBody::Question(_) => ("question", None),
        EventBody::Upvote { question_id, .. } => ("upvote", Some(*question_id)),
        EventBody::Answered { question_id } => ("answered", Some(*question_id)),
        EventBody::Pin(_) => ("pin", None),
        EventBody::Unpin { .. } => ("unpin", None),
    }
}

fn decode(text: &str) -> Result<ChatEvent, DbError> {
    serde_json::from_str(text).map_err(|e| DbError::Decode {
        table: "chat_events",
        column: "body",
        detail: e.to_string(),
    })
}

impl ChatHub {
    /// Opens the chat tables in the database at `path` (creating them; clearing them when
    /// `reset` is set).
    pub fn open(path: &FsPath, reset: bool, catalog: Arc<Catalog>) -> Result<ChatHub, DbError> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Self::from_connection(conn, reset, catalog)
    }

    /// Channels kept in an in-memory database.
    pub fn in_memory(catalog: Arc<Catalog>) -> ChatHub {
        let conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        Self::from_connection(conn, false, catalog).expect("a fresh database takes the schema")
    }

    fn from_connection(
        mut conn: Connection,
        reset: bool,
        catalog: Arc<Catalog>,
    ) -> Result<ChatHub, DbError> {
        let tx = conn.transaction()?;
        if reset {
            for t in TABLES {
                tx.execute_batch(&format!("DROP TABLE IF EXISTS {t};"))?;
            }
        }
        tx.execute_batch(SCHEMA)?;
        tx.commit()?;
        let (sender, _) = broadcast::channel(BROADCAST_CAPACITY);
        Ok(ChatHub {
            inner: Mutex::new(Inner {
                conn,
                booths: HashMap::new(),
                scripts: HashMap::new(),
            }),
            tx: sender,
            catalog,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// New events of every booth, from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<ChatEvent> {
        self.tx.subscribe()
    }

    /// Makes sure booth `booth_id`'s channel is open and its script played up to `now`.
    fn ensure(&self, inner: &mut Inner, booth_id: u32, now: Timestamp) -> Result<(), ChatError> {
        if self.catalog.supplier(booth_id).is_none() {
            return Err(ChatError::NoSuchBooth);
        }
        if !inner.booths.contains_key(&booth_id) {
            let stored: Option<(i64, String)> = inner
                .conn
                .query_row(
                    "SELECT opened_ms, progress FROM chat_booths WHERE booth_id = ?1",
                    params![booth_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let last: Option<i64> = inner.conn.query_row(
                "SELECT MAX(id) FROM chat_events WHERE booth_id = ?1",
                params![booth_id],
                |r| r.get(0),
            )?;
            let booth = match stored {
                Some((opened_ms, progress)) => Booth {
                    opened: Timestamp(opened_ms),
                    next_id: last.unwrap_or(0) as u64 + 1,
                    progress: serde_json::from_str(&progress).map_err(|e| {
                        ChatError::Db(DbError::Decode {
                            table: "chat_booths",
                            column: "progress",
                            detail: e.to_string(),
                        })
                    })?,
                },
                None => {
                    inner.conn.execute(
                        "INSERT INTO chat_booths (booth_id, opened_ms, progress) VALUES (?1, ?2, ?3)",
                        params![booth_id, now.0, "{\"emitted\":[]}"],
                    )?;
                    Booth {
                        opened: now,
                        next_id: last.unwrap_or(0) as u64 + 1,
                        progress: ScriptProgress::default(),
                    }
                }
            };
            inner.booths.insert(booth_id, booth);
        }
        self.play_script(inner, booth_id, now)
    }

    /// Emits the scripted events of `booth_id` due at `now`.
    fn play_script(
        &self,
        inner: &mut Inner,
        booth_id: u32,
        now: Timestamp,
    ) -> Result<(), ChatError> {
        let script = inner
            .scripts
            .entry(booth_id)
            .or_insert_with(|| Arc::new(demo_script(&self.catalog, booth_id, DEMO_CHAT_SEED)))
            .clone();
        let Some(booth) = inner.booths.get(&booth_id) else {
            return Ok(());
        };
        let elapsed = now.0.saturating_sub(booth.opened.0).max(0) as u64;
        if booth
            .progress
            .next_due(&script)
            .is_none_or(|due| due > elapsed)
        {
            return Ok(());
        }
        let mut progress = booth.progress.clone();
        let mut failed = None;
        progress.emit_due(&script, elapsed, |body| {
            let body = match body {
                EventBody::Upvote { question_id, .. } => {
                    match upvotes_of(&inner.conn, booth_id, question_id) {
                        Ok(n) => EventBody::Upvote {
                            question_id,
                            upvotes: n + 1,
                        },
                        Err(e) => {
                            failed.get_or_insert(e);
                            return 0;
                        }
                    }
                }
                other => other,
            };
            match self.append(inner, booth_id, body, None, now) {
                Ok(e) => e.id,
                Err(e) => {
                    failed.get_or_insert(e);
                    0
                }
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        inner.conn.execute(
            "UPDATE chat_booths SET progress = ?2 WHERE booth_id = ?1",
            params![
                booth_id,
                serde_json::to_string(&progress).expect("plain data serialises")
            ],
        )?;
        if let Some(b) = inner.booths.get_mut(&booth_id) {
            b.progress = progress;
        }
        Ok(())
    }

    /// Stores an event with the booth's next id and broadcasts it (under the caller's lock,
    /// so broadcast order is id order).
    fn append(
        &self,
        inner: &mut Inner,
        booth_id: u32,
        body: EventBody,
        client_id: Option<&str>,
        now: Timestamp,
    ) -> Result<ChatEvent, ChatError> {
        let booth = inner
            .booths
            .get_mut(&booth_id)
            .ok_or(ChatError::NoSuchBooth)?;
        let event = ChatEvent {
            id: booth.next_id,
            booth_id,
            at: now.to_iso(),
            event: body,
        };
        let (kind, question_id) = kind_of(&event.event);
        let json = serde_json::to_string(&event).expect("plain data serialises");
        let inserted = inner.conn.execute(
            "INSERT INTO chat_events (booth_id, id, at_ms, kind, question_id, client_id, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                booth_id,
                event.id as i64,
                now.0,
                kind,
                question_id.map(|q| q as i64),
                client_id,
                json
            ],
        );
        match inserted {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::ConstraintViolation && kind == "upvote" =>
            {
                return Err(ChatError::AlreadyUpvoted)
            }
            Err(e) => return Err(e.into()),
        }
        booth.next_id += 1;
        // No subscriber is not an error: the event is stored for the next one.
        let _ = self.tx.send(event.clone());
        Ok(event)
    }

    /// Events of `booth_id` after id `after`, ascending.
    pub fn events_after(
        &self,
        booth_id: u32,
        after: u64,
        now: Timestamp,
    ) -> Result<Vec<ChatEvent>, ChatError> {
        let mut inner = self.lock();
        self.ensure(&mut inner, booth_id, now)?;
        let mut stmt = inner.conn.prepare_cached(
            "SELECT body FROM chat_events WHERE booth_id = ?1 AND id > ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![booth_id, after.min(i64::MAX as u64) as i64], |r| {
            r.get::<_, String>(0)
        })?;
        let mut out = Vec::new();
        for row in rows {
            out.push(decode(&row?).map_err(ChatError::Db)?);
        }
        Ok(out)
    }

    /// Posts a buyer's message or question.
    pub fn post(
        &self,
        booth_id: u32,
        post: &ChatPost,
        now: Timestamp,
    ) -> Result<ChatEvent, ChatError> {
        let mut inner = self.lock();
        self.ensure(&mut inner, booth_id, now)?;
        let fields = post.validate();
        if !fields.is_empty() {
            return Err(ChatError::Invalid(fields));
        }
        let client_id = post.client_id.clone();
        self.append(
            &mut inner,
            booth_id,
            post.clone().into_body(),
            Some(&client_id),
            now,
        )
    }

    /// One upvote of `client_id` for question `question_id`.
    pub fn upvote(
        &self,
        booth_id: u32,
        question_id: u64,
        req: &UpvoteRequest,
        now: Timestamp,
    ) -> Result<ChatEvent, ChatError> {
        let mut inner = self.lock();
        self.ensure(&mut inner, booth_id, now)?;
        let fields = req.validate();
        if !fields.is_empty() {
            return Err(ChatError::Invalid(fields));
        }
        let is_question: bool = inner.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM chat_events
             WHERE booth_id = ?1 AND id = ?2 AND kind = 'question')",
            params![booth_id, question_id.min(i64::MAX as u64) as i64],
            |r| r.get(0),
        )?;
        if !is_question {
            return Err(ChatError::NoSuchQuestion);
        }
        let upvotes = upvotes_of(&inner.conn, booth_id, question_id)? + 1;
        self.append(
            &mut inner,
            booth_id,
            EventBody::Upvote {
                question_id,
                upvotes,
            },
            Some(&req.client_id),
            now,
        )
    }

    /// Posts an event of the booth's exhibitor (a message, a pin or an unpin) to the channel:
    /// stored, then broadcast to every buyer's socket at once.
    pub fn exhibitor_event(
        &self,
        booth_id: u32,
        body: EventBody,
        now: Timestamp,
    ) -> Result<ChatEvent, ChatError> {
        let mut inner = self.lock();
        self.ensure(&mut inner, booth_id, now)?;
        self.append(&mut inner, booth_id, body, None, now)
    }

    /// The exhibitor marks question `question_id` of the booth answered.
    pub fn mark_answered(
        &self,
        booth_id: u32,
        question_id: u64,
        now: Timestamp,
    ) -> Result<ChatEvent, ChatError> {
        let mut inner = self.lock();
        self.ensure(&mut inner, booth_id, now)?;
        let is_question: bool = inner.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM chat_events
             WHERE booth_id = ?1 AND id = ?2 AND kind = 'question')",
            params![booth_id, question_id.min(i64::MAX as u64) as i64],
            |r| r.get(0),
        )?;
        if !is_question {
            return Err(ChatError::NoSuchQuestion);
        }
        self.append(
            &mut inner,
            booth_id,
            EventBody::Answered { question_id },
            None,
            now,
        )
    }

    /// Plays the scripts of the open booths up to `now` (called every second by the server).
    pub fn tick(&self, now: Timestamp) {
        let mut inner = self.lock();
        let open: Vec<u32> = inner.booths.keys().copied().collect();
        for booth_id in open {
            if let Err(e) = self.play_script(&mut inner, booth_id, now) {
                eprintln!("tradefair-server: chat script of booth {booth_id}: {e:?}");
            }
        }
    }
}

fn upvotes_of(conn: &Connection, booth_id: u32, question_id: u64) -> Result<u32, ChatError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM chat_events WHERE booth_id = ?1 AND kind = 'upvote' AND question_id = ?2",
        params![booth_id, question_id.min(i64::MAX as u64) as i64],
        |r| r.get(0),
    )?;
    Ok(n as u32)
}

/// Runs a hub call off the async workers (SQLite commits wait for the disk).
pub(crate) async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> Result<R, ChatError> + Send + 'static,
) -> Result<R, Response> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(e)) => Err(e.into_response()),
        Err(e) => {
            eprintln!("tradefair-server: chat task failed: {e}");
            Err(
                ApiError::internal("the server failed while answering this request")
                    .into_response(),
            )
        }
    }
}

fn booth_id(raw: &str) -> Result<u32, ApiError> {
    raw.parse::<u32>().map_err(|_| {
        ApiError::bad_request(format!("booth id must be a positive integer, got {raw:?}"))
    })
}

/// The `after` query parameter (0 when absent).
fn after_param(raw: Option<&str>) -> Result<u64, ApiError> {
    let mut after = 0;
    for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        if k == "after" {
            after = v.parse::<u64>().map_err(|_| {
                ApiError::bad_request(format!("after must be an event id (0 or more), got {v:?}"))
            })?;
        }
    }
    Ok(after)
}

fn json_body<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not the expected JSON: {e}")))
}

/// `GET /api/booths/{id}/chat?after=`: with a WebSocket upgrade, replays the events after
/// `after` and then streams new ones, one JSON `ChatEvent` per text frame; without one, the
/// events after `after` as a JSON array.
pub async fn channel(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let booth = match booth_id(&id) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let after = match after_param(raw.as_deref()) {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    let hub = state.chat.clone();
    let now = state.clock.now();
    let Ok(upgrade) = upgrade else {
        return match blocking(move || hub.events_after(booth, after, now)).await {
            Ok(events) => JsonUtf8(events).into_response(),
            Err(res) => res,
        };
    };
    // Refuse an unknown booth before upgrading, with the usual JSON 404.
    if state.catalog.supplier(booth).is_none() {
        return ChatError::NoSuchBooth.into_response();
    }
    let clock = state.clock.clone();
    upgrade.on_upgrade(move |socket| stream(socket, hub, booth, after, clock))
}

async fn send(socket: &mut WebSocket, event: &ChatEvent) -> bool {
    let text = serde_json::to_string(event).expect("plain data serialises");
    socket.send(Message::Text(text.into())).await.is_ok()
}

/// Replays what the client missed, then streams; `last` is the highest id sent.
async fn stream(
    mut socket: WebSocket,
    hub: Arc<ChatHub>,
    booth: u32,
    after: u64,
    clock: crate::Clock,
) {
    // Subscribe first: an event committed while the replay is read arrives on `rx` too
    // and is dropped there by id.
    let mut rx = hub.subscribe();
    let mut last = after;
    let mut catch_up = true;
    loop {
        if catch_up {
            catch_up = false;
            let h = hub.clone();
            let now = clock.now();
            let Ok(events) = blocking(move || h.events_after(booth, last, now)).await else {
                let _ = socket.send(Message::Close(None)).await;
                return;
            };
            for e in events {
                if !send(&mut socket, &e).await {
                    return;
                }
                last = e.id;
            }
        }
        tokio::select! {
            received = rx.recv() => match received {
                Ok(e) if e.booth_id == booth && e.id > last => {
                    if e.id != last + 1 {
                        // Something went missing between replay and stream: read it back.
                        catch_up = true;
                        continue;
                    }
                    if !send(&mut socket, &e).await {
                        return;
                    }
                    last = e.id;
                }
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(_)) => catch_up = true,
                Err(broadcast::error::RecvError::Closed) => return,
            },
            incoming = socket.recv() => match incoming {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return,
                // The channel is read-only: posts go through HTTP, which validates them.
                Some(Ok(_)) => {}
            },
        }
    }
}

/// `POST /api/booths/{id}/chat`
pub async fn post(State(state): State<AppState>, Path(id): Path<String>, body: Bytes) -> Response {
    let booth = match booth_id(&id) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let req: ChatPost = match json_body(&body) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let hub = state.chat.clone();
    let now = state.clock.now();
    match blocking(move || hub.post(booth, &req, now)).await {
        Ok(event) => json_response(StatusCode::CREATED, &event),
        Err(res) => res,
    }
}

/// `POST /api/booths/{id}/questions/{qid}/upvote`
pub async fn upvote(
    State(state): State<AppState>,
    Path((id, qid)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let booth = match booth_id(&id) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let Ok(question) = qid.parse::<u64>() else {
        return ApiError::bad_request(format!(
            "question id must be a positive integer, got {qid:?}"
        ))
        .into_response();
    };
    let req: UpvoteRequest = match json_body(&body) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let hub = state.chat.clone();
    let now = state.clock.now();
    match blocking(move || hub.upvote(booth, question, &req, now)).await {
        Ok(event) => JsonUtf8(event).into_response(),
        Err(res) => res,
    }
}

/// Plays the booths' scripts every second while the server runs (stops when the hub goes).
pub fn spawn_ticker(hub: &Arc<ChatHub>, clock: crate::Clock) {
    let weak = Arc::downgrade(hub);
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
        loop {
            every.tick().await;
            let Some(hub) = weak.upgrade() else { return };
            let now = clock.now();
            let _ = tokio::task::spawn_blocking(move || hub.tick(now)).await;
        }
    });
}
