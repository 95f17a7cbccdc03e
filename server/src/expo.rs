//! The virtual expo: `/api/expo/...`. Booths, sessions and slots come from the core's seed
//! (relative to the server's clock, like the demo backend); meetings and the business cards
//! buyers share are stored in SQLite, beside the catalog. A withdrawn card is deleted.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rusqlite::{params, Connection, OptionalExtension};
use tradefair_core::expo::{
    self, BoothFilter, CardShareRequest, CardStatus, ExpoError, Meeting, MeetingRequest,
    SharedCard, StreamConfig,
};
use tradefair_core::time::Timestamp;
use tradefair_core::trade::ValidationErrorBody;
use tradefair_core::wire::Category;

use crate::error::{json_response, ApiError, DbError};
use crate::AppState;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS expo_meetings (
    id        TEXT    PRIMARY KEY,       -- MTG-<booth>-<start minute>
    booth_id  INTEGER NOT NULL,
    start_ms  INTEGER NOT NULL,
    record    TEXT    NOT NULL,          -- JSON Meeting
    UNIQUE (booth_id, start_ms)
) STRICT;

CREATE TABLE IF NOT EXISTS expo_cards (
    booth_id  INTEGER PRIMARY KEY,       -- one card per booth (this server has one buyer)
    record    TEXT    NOT NULL           -- JSON SharedCard
) STRICT;
"#;

/// Meetings and shared cards.
pub struct ExpoStore {
    conn: Mutex<Connection>,
}

impl ExpoStore {
    /// Opens the expo tables of the database at `path`, clearing them when `reset` is set.
    pub fn open(path: &Path, reset: bool) -> Result<ExpoStore, DbError> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Self::from_connection(conn, reset)
    }

    /// A store in memory.
    pub fn in_memory() -> ExpoStore {
        let conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        Self::from_connection(conn, false).expect("a fresh in-memory database takes the schema")
    }

    fn from_connection(conn: Connection, reset: bool) -> Result<ExpoStore, DbError> {
        if reset {
            conn.execute_batch(
                "DROP TABLE IF EXISTS expo_meetings; DROP TABLE IF EXISTS expo_cards;",
            )?;
        }
        conn.execute_batch(SCHEMA)?;
        Ok(ExpoStore {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn booked(conn: &Connection, booth: u32) -> Result<Vec<Timestamp>, DbError> {
        let mut stmt = conn.prepare("SELECT start_ms FROM expo_meetings WHERE booth_id = ?1")?;
        let rows = stmt.query_map(params![booth], |r| r.get::<_, i64>(0))?;
        let mut out = Vec::new();
        for r in rows {
            out.push(Timestamp(r?));
        }
        Ok(out)
    }

    pub(crate) fn meetings(&self) -> Result<Vec<Meeting>, DbError> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare("SELECT record FROM expo_meetings ORDER BY start_ms, booth_id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for r in rows {
            out.push(decode(&r?, "expo_meetings")?);
        }
        Ok(out)
    }

    pub(crate) fn card(&self, booth: u32) -> Result<Option<SharedCard>, DbError> {
        let conn = self.lock();
        let text: Option<String> = conn
            .query_row(
                "SELECT record FROM expo_cards WHERE booth_id = ?1",
                params![booth],
                |r| r.get(0),
            )
            .optional()?;
        text.map(|t| decode(&t, "expo_cards")).transpose()
    }
}

fn decode<T: serde::de::DeserializeOwned>(text: &str, table: &'static str) -> Result<T, DbError> {
    serde_json::from_str(text).map_err(|e| DbError::Decode {
        table,
        column: "record",
        detail: e.to_string(),
    })
}

fn encode<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data always serialises")
}

type ApiResult = Result<Response, ApiError>;

fn db_error(e: impl std::fmt::Display) -> ApiError {
    eprintln!("tradefair-server: expo store: {e}");
    ApiError::internal("the expo data could not be read or stored")
}

fn expo_error(e: ExpoError) -> Response {
    match e {
        ExpoError::NotFound => ApiError::not_found("no such booth").into_response(),
        ExpoError::Validation(fields) => json_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ValidationErrorBody {
                code: "validation".into(),
                message: format!("{} field(s) need correcting", fields.len()),
                fields,
            },
        ),
        ExpoError::Conflict(code) => ApiError::new(
            StatusCode::CONFLICT,
            &code,
            "that meeting slot is not free (any more)",
        )
        .into_response(),
    }
}

fn query(raw: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn param<'a>(q: &'a [(String, String)], key: &str) -> Option<&'a str> {
    q.iter()
        .rev()
        .find(|(k, v)| k == key && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

fn locale(q: &[(String, String)]) -> Result<String, ApiError> {
    match param(q, "locale") {
        None => Ok("en".into()),
        Some(l) if l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
            Ok(l.to_string())
        }
        Some(l) => Err(ApiError::bad_request(format!(
            "locale must be a BCP 47 tag, got {l:?}"
        ))),
    }
}

fn category(q: &[(String, String)], key: &str) -> Result<Option<Category>, ApiError> {
    param(q, key)
        .map(|c| {
            Category::from_slug(c)
                .ok_or_else(|| ApiError::bad_request(format!("unknown {key} {c:?}")))
        })
        .transpose()
}

fn booth_id(raw: &str) -> Result<u32, ApiError> {
    raw.parse::<u32>().map_err(|_| {
        ApiError::bad_request(format!("booth id must be a positive integer, got {raw:?}"))
    })
}

fn json_body<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not the expected JSON: {e}")))
}

fn stream(state: &AppState) -> StreamConfig {
    StreamConfig {
        media_base: state.media_base.as_deref().map(str::to_string),
    }
}

/// `GET /api/expo/booths?locale&category&country&language`
pub async fn booths(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = query(raw.as_deref());
    let filter = BoothFilter {
        category: category(&q, "category")?,
        country: param(&q, "country").map(str::to_string),
        language: param(&q, "language").map(str::to_string),
    };
    let hall = expo::hall_with(
        &state.catalog,
        &filter,
        state.clock.now(),
        &locale(&q)?,
        &state.exhibitor.overrides(),
    );
    Ok(json_response(StatusCode::OK, &hall))
}

/// `GET /api/expo/booths/{id}?locale`
pub async fn booth(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult {
    let q = query(raw.as_deref());
    let id = booth_id(&id)?;
    let b = expo::booth_with(
        &state.catalog,
        id,
        state.clock.now(),
        &locale(&q)?,
        &stream(&state),
        &state.exhibitor.overrides(),
    )
    .ok_or_else(|| ApiError::not_found(format!("no booth {id}")))?;
    Ok(json_response(StatusCode::OK, &b))
}

/// `GET /api/expo/schedule?locale&hall`
pub async fn schedule(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = query(raw.as_deref());
    let s = expo::schedule_with(
        &state.catalog,
        category(&q, "hall")?,
        state.clock.now(),
        &locale(&q)?,
        &state.exhibitor.overrides(),
    );
    Ok(json_response(StatusCode::OK, &s))
}

/// `GET /api/expo/booths/{id}/slots`
pub async fn slots(State(state): State<AppState>, UrlPath(id): UrlPath<String>) -> ApiResult {
    let id = booth_id(&id)?;
    let booked = ExpoStore::booked(&state.expo.lock(), id).map_err(db_error)?;
    let s = expo::meeting_slots_with(
        &state.catalog,
        id,
        state.clock.now(),
        &booked,
        &state.exhibitor.overrides(),
    )
    .ok_or_else(|| ApiError::not_found(format!("no booth {id}")))?;
    Ok(json_response(StatusCode::OK, &s))
}

/// `POST /api/expo/booths/{id}/meetings`: 201 with the meeting, 409 `slot_unavailable`, 422.
pub async fn book(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = booth_id(&id)?;
    let req: MeetingRequest = json_body(&body)?;
    let overrides = state.exhibitor.overrides();
    let conn = state.expo.lock();
    let booked = ExpoStore::booked(&conn, id).map_err(db_error)?;
    let meeting = match expo::book_meeting_with(
        &state.catalog,
        id,
        &req,
        &booked,
        state.clock.now(),
        &overrides,
    ) {
        Ok(m) => m,
        Err(e) => return Ok(expo_error(e)),
    };
    conn.execute(
        "INSERT INTO expo_meetings (id, booth_id, start_ms, record) VALUES (?1, ?2, ?3, ?4)",
        params![meeting.id, id, meeting.start.0, encode(&meeting)],
    )
    .map_err(db_error)?;
    Ok(json_response(StatusCode::CREATED, &meeting))
}

/// `GET /api/expo/meetings`
pub async fn meetings(State(state): State<AppState>) -> ApiResult {
    let m = state.expo.meetings().map_err(db_error)?;
    Ok(json_response(StatusCode::OK, &m))
}

fn known_booth(state: &AppState, id: u32) -> Result<(), ApiError> {
    if expo::booth_ids(&state.catalog).any(|b| b == id) {
        Ok(())
    } else {
        Err(ApiError::not_found(format!("no booth {id}")))
    }
}

/// `GET /api/expo/booths/{id}/card`
pub async fn card(State(state): State<AppState>, UrlPath(id): UrlPath<String>) -> ApiResult {
    let id = booth_id(&id)?;
    known_booth(&state, id)?;
    let shared = state.expo.card(id).map_err(db_error)?;
    Ok(json_response(StatusCode::OK, &CardStatus { shared }))
}

/// `PUT /api/expo/booths/{id}/card`: stored only with consent (422 otherwise).
pub async fn share_card(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = booth_id(&id)?;
    known_booth(&state, id)?;
    let req: CardShareRequest = json_body(&body)?;
    let card = match expo::validate_card(&req) {
        Ok(c) => c,
        Err(fields) => return Ok(expo_error(ExpoError::Validation(fields))),
    };
    let shared = SharedCard {
        booth_id: id,
        exhibitor: state
            .catalog
            .supplier(id)
            .map(|s| s.name.clone())
            .unwrap_or_default(),
        card,
        shared_at: state.clock.now(),
    };
    state
        .expo
        .lock()
        .execute(
            "INSERT INTO expo_cards (booth_id, record) VALUES (?1, ?2)
             ON CONFLICT (booth_id) DO UPDATE SET record = excluded.record",
            params![id, encode(&shared)],
        )
        .map_err(db_error)?;
    Ok(json_response(StatusCode::OK, &shared))
}

/// `DELETE /api/expo/booths/{id}/card`: withdraws (deletes) the card.
pub async fn withdraw_card(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let id = booth_id(&id)?;
    known_booth(&state, id)?;
    state
        .expo
        .lock()
        .execute("DELETE FROM expo_cards WHERE booth_id = ?1", params![id])
        .map_err(db_error)?;
    Ok(json_response(StatusCode::OK, &CardStatus { shared: None }))
}
