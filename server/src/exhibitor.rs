//! The exhibitor console's endpoints, `/api/exhibitor/booths/{id}/...`, and the buyer's
//! engagement reports, `POST /api/expo/booths/{id}/engagement`.
//!
//! Every exhibitor endpoint first authorises the bearer token for the booth
//! (`tradefair_core::exhibitor::authorize_booth`: `401 unauthenticated` without a valid
//! token, `403 forbidden` for a buyer or another booth's exhibitor) and only then reads the
//! body, so a refused write changes nothing and reveals nothing.
//!
//! Saved profiles and the on-air flag are kept in SQLite and mirrored in memory as the
//! core's `expo::Overrides`, which the public expo endpoints apply to what buyers see.
//! Chat actions (messages, pins, answered marks) go through the booth channel
//! ([`crate::chat::ChatHub`]), so buyers' sockets get them at once. Leads are derived on
//! each request by the core from the stored cards, meetings, RFQs, channel events and
//! engagement, with the exhibitor's statuses and notes.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rusqlite::{params, Connection};
use serde::de::DeserializeOwned;
use tradefair_core::chat::{self, AuthorRole, ChatMessage, EventBody};
use tradefair_core::exhibitor::{
    self, authorize_booth, AuthError, BoothProfile, EngagementRecord, EngagementReport,
    ExhibitorPost, IngestGrant, Lead, LeadInputs, LeadNote, LeadUpdate, OfferError, OnAirRequest,
    QuoteOffer,
};
use tradefair_core::expo::{self, OnAir, Overrides};
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{FieldError, ValidationErrorBody};

use crate::auth::{forbidden, unauthenticated, Bearer};
use crate::chat::ChatError;
use crate::error::{json_response, ApiError, DbError};
use crate::AppState;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS exhibitor_profiles (
    booth_id INTEGER PRIMARY KEY,
    record   TEXT    NOT NULL              -- JSON BoothProfile as saved
) STRICT;

CREATE TABLE IF NOT EXISTS exhibitor_on_air (
    booth_id INTEGER PRIMARY KEY,
    since_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS lead_notes (
    booth_id INTEGER NOT NULL,
    lead_id  TEXT    NOT NULL,
    record   TEXT    NOT NULL,             -- JSON LeadNote
    PRIMARY KEY (booth_id, lead_id)
) STRICT;

-- What a consenting buyer reported (watch time, brochure downloads).
CREATE TABLE IF NOT EXISTS engagement (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    booth_id INTEGER NOT NULL,
    at_ms    INTEGER NOT NULL,
    record   TEXT    NOT NULL              -- JSON EngagementRecord
) STRICT;
"#;

const TABLES: [&str; 4] = [
    "exhibitor_profiles",
    "exhibitor_on_air",
    "lead_notes",
    "engagement",
];

struct Inner {
    conn: Connection,
    overrides: Overrides,
}

/// Profiles, on-air flags, lead notes and engagement.
pub struct ExhibitorStore {
    inner: Mutex<Inner>,
}

fn decode<T: DeserializeOwned>(text: &str, table: &'static str) -> Result<T, DbError> {
    serde_json::from_str(text).map_err(|e| DbError::Decode {
        table,
        column: "record",
        detail: e.to_string(),
    })
}

fn encode<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data always serialises")
}

fn records<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    booth: u32,
    table: &'static str,
) -> Result<Vec<T>, DbError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params![booth], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(decode(&r?, table)?);
    }
    Ok(out)
}

impl ExhibitorStore {
    /// Opens the exhibitor tables of the database at `path`, clearing them when `reset`.
    pub fn open(path: &Path, reset: bool) -> Result<ExhibitorStore, DbError> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Self::from_connection(conn, reset)
    }

    /// A store in memory.
    pub fn in_memory() -> ExhibitorStore {
        let conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        Self::from_connection(conn, false).expect("a fresh in-memory database takes the schema")
    }

    fn from_connection(conn: Connection, reset: bool) -> Result<ExhibitorStore, DbError> {
        if reset {
            for t in TABLES {
                conn.execute_batch(&format!("DROP TABLE IF EXISTS {t};"))?;
            }
        }
        conn.execute_batch(SCHEMA)?;
        let mut overrides = Overrides::default();
        {
            let mut stmt = conn.prepare("SELECT booth_id, record FROM exhibitor_profiles")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, text) = row?;
                overrides
                    .profiles
                    .insert(id, decode(&text, "exhibitor_profiles")?);
            }
            let mut stmt = conn.prepare("SELECT booth_id, since_ms FROM exhibitor_on_air")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, i64>(1)?)))?;
            for row in rows {
                let (id, since) = row?;
                // Not yet confirmed by a console since the restart: it lapses unless the
                // console is still there to confirm it.
                overrides.on_air.insert(id, OnAir::start(Timestamp(since)));
            }
        }
        Ok(ExhibitorStore {
            inner: Mutex::new(Inner { conn, overrides }),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What exhibitors changed, for the public expo endpoints.
    pub fn overrides(&self) -> Overrides {
        self.lock().overrides.clone()
    }

    /// The saved profile of a booth, if any.
    pub fn profile(&self, booth: u32) -> Option<BoothProfile> {
        self.lock().overrides.profiles.get(&booth).cloned()
    }

    fn save_profile(&self, p: &BoothProfile) -> Result<(), DbError> {
        let mut inner = self.lock();
        inner.conn.execute(
            "INSERT INTO exhibitor_profiles (booth_id, record) VALUES (?1, ?2)
             ON CONFLICT (booth_id) DO UPDATE SET record = excluded.record",
            params![p.booth_id, encode(p)],
        )?;
        inner.overrides.profiles.insert(p.booth_id, p.clone());
        Ok(())
    }

    fn on_air(&self, booth: u32, now: Timestamp) -> bool {
        self.lock().overrides.is_on_air(booth, now)
    }

    /// On air: a new session is stored with its start; a confirmation of a running one is
    /// kept in memory only (after a restart, the console's next confirmation renews it).
    fn set_on_air(&self, booth: u32, on: bool, now: Timestamp) -> Result<(), DbError> {
        let mut inner = self.lock();
        if on {
            // Stored first, then remembered: a failed write leaves the memory as it was.
            let was = inner.overrides.on_air.get(&booth).copied();
            let air = OnAir::renew(was, now);
            if was.map(|a| a.since) != Some(air.since) {
                inner.conn.execute(
                    "INSERT INTO exhibitor_on_air (booth_id, since_ms) VALUES (?1, ?2)
                     ON CONFLICT (booth_id) DO UPDATE SET since_ms = excluded.since_ms",
                    params![booth, air.since.0],
                )?;
            }
            inner.overrides.on_air.insert(booth, air);
        } else {
            inner.conn.execute(
                "DELETE FROM exhibitor_on_air WHERE booth_id = ?1",
                params![booth],
            )?;
            inner.overrides.on_air.remove(&booth);
        }
        Ok(())
    }

    fn notes(&self, booth: u32) -> Result<Vec<LeadNote>, DbError> {
        records(
            &self.lock().conn,
            "SELECT record FROM lead_notes WHERE booth_id = ?1",
            booth,
            "lead_notes",
        )
    }

    fn save_note(&self, note: &LeadNote) -> Result<(), DbError> {
        self.lock().conn.execute(
            "INSERT INTO lead_notes (booth_id, lead_id, record) VALUES (?1, ?2, ?3)
             ON CONFLICT (booth_id, lead_id) DO UPDATE SET record = excluded.record",
            params![note.booth_id, note.lead_id, encode(note)],
        )?;
        Ok(())
    }

    fn engagement(&self, booth: u32) -> Result<Vec<EngagementRecord>, DbError> {
        records(
            &self.lock().conn,
            "SELECT record FROM engagement WHERE booth_id = ?1 ORDER BY id",
            booth,
            "engagement",
        )
    }

    fn add_engagement(&self, r: &EngagementRecord) -> Result<(), DbError> {
        self.lock().conn.execute(
            "INSERT INTO engagement (booth_id, at_ms, record) VALUES (?1, ?2, ?3)",
            params![r.booth_id, r.at.0, encode(r)],
        )?;
        Ok(())
    }
}

type ApiResult = Result<Response, Response>;

fn db_error(e: impl std::fmt::Display) -> Response {
    eprintln!("tradefair-server: exhibitor store: {e}");
    ApiError::internal("the exhibitor data could not be read or stored").into_response()
}

fn validation(fields: Vec<FieldError>) -> Response {
    json_response(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ValidationErrorBody {
            code: "validation".into(),
            message: format!("{} field(s) need correcting", fields.len()),
            fields,
        },
    )
}

fn json_body<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not the expected JSON: {e}")))
}

fn private(mut res: Response) -> Response {
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

fn ok<T: serde::Serialize>(value: &T) -> Response {
    private(json_response(StatusCode::OK, value))
}

/// The booth of the path, if the bearer may act for it: 401 without a signed-in account,
/// 403 for anyone but this booth's exhibitor.
fn authorize(bearer: &Bearer, raw_id: &str) -> Result<u32, ApiError> {
    let account = bearer.require()?;
    let id = raw_id.parse::<u32>().map_err(|_| forbidden())?;
    match authorize_booth(Some(account), id) {
        Ok(()) => Ok(id),
        Err(AuthError::Unauthenticated) => Err(unauthenticated()),
        Err(AuthError::Forbidden) => Err(forbidden()),
    }
}

fn chat_error(e: ChatError) -> Response {
    e.into_response()
}

/// The ingest grant of a booth.
fn grant(state: &AppState, id: u32) -> IngestGrant {
    let whip_url = state
        .media_base
        .as_deref()
        .map(|b| format!("{}/whip/booth-{id}", b.trim_end_matches('/')));
    IngestGrant {
        whip_token: whip_url.as_ref().and(state.media_token.clone()),
        whip_url,
        on_air: state.exhibitor.on_air(id, state.clock.now()),
        viewers: None,
    }
}

/// `GET /api/exhibitor/booths/{id}/profile`: the saved profile, else the seeded one.
pub async fn profile(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let p = match state.exhibitor.profile(id) {
        Some(p) => p,
        None => exhibitor::default_profile(&state.catalog, id, state.clock.now())
            .ok_or_else(|| ApiError::not_found(format!("no booth {id}")).into_response())?,
    };
    Ok(ok(&p))
}

/// `PUT /api/exhibitor/booths/{id}/profile`: validates (422) and saves; answers the saved
/// profile.
pub async fn save_profile(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let mut p: BoothProfile = json_body(&body)?;
    if p.booth_id != id {
        return Err(ApiError::bad_request(format!(
            "the profile is of booth {}, not of booth {id}",
            p.booth_id
        ))
        .into_response());
    }
    p.booth_id = id;
    let now = state.clock.now();
    let fields = exhibitor::validate_profile(&state.catalog, &p, now.date());
    if !fields.is_empty() {
        return Err(validation(fields));
    }
    let saved = exhibitor::normalized_profile(&state.catalog, &p);
    let st = state.clone();
    let to_store = saved.clone();
    tokio::task::spawn_blocking(move || st.exhibitor.save_profile(&to_store))
        .await
        .map_err(db_error)?
        .map_err(db_error)?;
    Ok(ok(&saved))
}

/// `GET /api/exhibitor/booths/{id}/live`
pub async fn live(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    Ok(ok(&grant(&state, id)))
}

/// `PUT /api/exhibitor/booths/{id}/live`: the console went on or off air.
pub async fn set_live(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let req: OnAirRequest = json_body(&body)?;
    let now = state.clock.now();
    state
        .exhibitor
        .set_on_air(id, req.on_air, now)
        .map_err(db_error)?;
    Ok(ok(&grant(&state, id)))
}

/// `POST /api/exhibitor/booths/{id}/chat`: the exhibitor's message in the booth channel.
pub async fn post(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let req: ExhibitorPost = json_body(&body)?;
    let mut fields = Vec::new();
    if let Some(code) = chat::text_problem_of(&req.text) {
        fields.push(FieldError {
            field: "text".into(),
            code: code.into(),
        });
    }
    let locale_ok = !req.locale.is_empty()
        && req.locale.len() <= 35
        && req
            .locale
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !locale_ok {
        fields.push(FieldError {
            field: "locale".into(),
            code: "invalid_format".into(),
        });
    }
    if !fields.is_empty() {
        return Err(validation(fields));
    }
    let author = state
        .catalog
        .supplier(id)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let body = EventBody::Message(ChatMessage {
        author,
        role: AuthorRole::Exhibitor,
        text: req.text.trim().to_string(),
        locale: req.locale,
        translations: None,
    });
    let hub = state.chat.clone();
    let now = state.clock.now();
    let event = crate::chat::blocking(move || hub.exhibitor_event(id, body, now)).await?;
    Ok(private(json_response(StatusCode::CREATED, &event)))
}

fn product_id(raw: &str) -> Result<u32, ApiError> {
    raw.parse::<u32>().map_err(|_| {
        ApiError::bad_request(format!(
            "product id must be a positive integer, got {raw:?}"
        ))
    })
}

/// `PUT /api/exhibitor/booths/{id}/pins/{product_id}`: pins one of the exhibitor's products.
pub async fn pin(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath((id, pid)): UrlPath<(String, String)>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let pid = product_id(&pid)?;
    let pinned = state
        .catalog
        .product(pid)
        .filter(|p| p.supplier_id == id)
        .and_then(|_| chat::pin_of(&state.catalog, pid))
        .ok_or_else(|| {
            validation(vec![FieldError {
                field: "product_id".into(),
                code: "not_offered".into(),
            }])
        })?;
    let hub = state.chat.clone();
    let now = state.clock.now();
    let event =
        crate::chat::blocking(move || hub.exhibitor_event(id, EventBody::Pin(pinned), now)).await?;
    Ok(ok(&event))
}

/// `DELETE /api/exhibitor/booths/{id}/pins/{product_id}`
pub async fn unpin(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath((id, pid)): UrlPath<(String, String)>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let pid = product_id(&pid)?;
    let hub = state.chat.clone();
    let now = state.clock.now();
    let body = EventBody::Unpin { product_id: pid };
    let event = crate::chat::blocking(move || hub.exhibitor_event(id, body, now)).await?;
    Ok(ok(&event))
}

/// `POST /api/exhibitor/booths/{id}/questions/{qid}/answered`
pub async fn answered(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath((id, qid)): UrlPath<(String, String)>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let qid = qid
        .parse::<u64>()
        .map_err(|_| chat_error(ChatError::NoSuchQuestion))?;
    let hub = state.chat.clone();
    let now = state.clock.now();
    let event = crate::chat::blocking(move || hub.mark_answered(id, qid, now)).await?;
    Ok(ok(&event))
}

/// Every lead of booth `id` now.
async fn leads_of(state: &AppState, id: u32) -> Result<Vec<Lead>, Response> {
    let now = state.clock.now();
    let hub = state.chat.clone();
    let chat = crate::chat::blocking(move || hub.events_after(id, 0, now)).await?;
    let card = state.expo.card(id).map_err(db_error)?;
    let meetings = state.expo.meetings().map_err(db_error)?;
    let rfqs = state.orders.read(|b| b.rfq_list(now));
    let engagement = state.exhibitor.engagement(id).map_err(db_error)?;
    let notes = state.exhibitor.notes(id).map_err(db_error)?;
    Ok(exhibitor::derive_leads(&LeadInputs {
        booth_id: id,
        card: card.as_ref(),
        meetings: &meetings,
        rfqs: &rfqs,
        chat: &chat,
        engagement: &engagement,
        notes: &notes,
    }))
}

/// `GET /api/exhibitor/booths/{id}/leads`: most recent activity first.
pub async fn leads(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    Ok(ok(&leads_of(&state, id).await?))
}

/// `PATCH /api/exhibitor/booths/{id}/leads/{lead_id}`: status and notes.
pub async fn update_lead(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath((id, lead_id)): UrlPath<(String, String)>,
    body: Bytes,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let req: LeadUpdate = json_body(&body)?;
    let all = leads_of(&state, id).await?;
    if !all.iter().any(|l| l.id == lead_id) {
        return Err(
            ApiError::not_found(format!("no lead {lead_id:?} at this booth")).into_response(),
        );
    }
    let fields = exhibitor::validate_lead_update(&req);
    if !fields.is_empty() {
        return Err(validation(fields));
    }
    state
        .exhibitor
        .save_note(&LeadNote {
            booth_id: id,
            lead_id: lead_id.clone(),
            status: req.status,
            notes: req.notes.trim().to_string(),
        })
        .map_err(db_error)?;
    let lead = leads_of(&state, id)
        .await?
        .into_iter()
        .find(|l| l.id == lead_id)
        .ok_or_else(|| ApiError::not_found("the lead is gone").into_response())?;
    Ok(ok(&lead))
}

/// `GET /api/exhibitor/booths/{id}/rfqs`: the RFQs sent to this booth's supplier.
pub async fn rfqs(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let now = state.clock.now();
    Ok(ok(&state.orders.read(|b| exhibitor::rfq_inbox(b, id, now))))
}

/// `POST /api/exhibitor/booths/{id}/rfqs/{rfq_id}/quote`: the exhibitor's own quote.
pub async fn answer_rfq(
    State(state): State<AppState>,
    bearer: Bearer,
    UrlPath((id, rfq_id)): UrlPath<(String, String)>,
    body: Bytes,
) -> ApiResult {
    let id = authorize(&bearer, &id)?;
    let offer: QuoteOffer = json_body(&body)?;
    let now = state.clock.now();
    let st = state.clone();
    let answered = tokio::task::spawn_blocking(move || {
        st.orders.answer_rfq(&st.catalog, id, &rfq_id, &offer, now)
    })
    .await
    .map_err(db_error)?
    .map_err(db_error)?;
    match answered {
        Ok(quote) => Ok(private(json_response(StatusCode::CREATED, &quote))),
        Err(OfferError::NotFound) => {
            Err(ApiError::not_found("no such RFQ sent to this booth").into_response())
        }
        Err(OfferError::Validation(fields)) => Err(validation(fields)),
        Err(OfferError::AlreadyAnswered) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "already_answered",
            "this RFQ already has the exhibitor's quote (or the buyer accepted one)",
        )
        .into_response()),
    }
}

/// `POST /api/expo/booths/{id}/engagement`: a buyer's watch time or brochure download, only
/// with a card shared with the booth (`409 consent_required` otherwise).
pub async fn engagement(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> ApiResult {
    let id = id.parse::<u32>().map_err(|_| {
        ApiError::bad_request(format!("booth id must be a positive integer, got {id:?}"))
            .into_response()
    })?;
    if !expo::booth_ids(&state.catalog).any(|b| b == id) {
        return Err(ApiError::not_found(format!("no booth {id}")).into_response());
    }
    let req: EngagementReport = json_body(&body)?;
    if state.expo.card(id).map_err(db_error)?.is_none() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "consent_required",
            "share a business card with this booth before engagement is reported",
        )
        .into_response());
    }
    let fields = exhibitor::validate_engagement(&state.catalog, id, &req.engagement);
    if !fields.is_empty() {
        return Err(validation(fields));
    }
    state
        .exhibitor
        .add_engagement(&EngagementRecord {
            booth_id: id,
            at: state.clock.now(),
            engagement: req.engagement,
        })
        .map_err(db_error)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
