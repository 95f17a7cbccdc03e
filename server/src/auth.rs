//! Accounts and sign-in: `POST /api/auth/sign-in`, `POST /api/auth/sign-out` and
//! `GET /api/auth/me`, and the [`Bearer`] extractor the exhibitor endpoints authorise with.
//!
//! The accounts are the core's `DEMO_ACCOUNTS`, stored with a random salt and an iterated,
//! salted SHA-256 of the password. A sign-in hands out a random 256-bit token (from the
//! operating system's generator); only its SHA-256 is stored, so a copy of the database
//! does not sign anyone in. Tokens travel in `Authorization: Bearer`, never in a URL, and
//! are never logged.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use tradefair_core::exhibitor::{Account, AuthSession, Role, SignInRequest, DEMO_ACCOUNTS};

use crate::error::{json_response, ApiError, DbError};
use crate::AppState;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS accounts (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,   -- lower case
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL,          -- buyer, exhibitor
    booth_id      INTEGER,
    salt          TEXT    NOT NULL,          -- hex, 16 random bytes
    password_hash TEXT    NOT NULL           -- hex SHA-256, iterated (see hash_password)
) STRICT;

-- Signed-in sessions: only the SHA-256 of the bearer token is kept.
CREATE TABLE IF NOT EXISTS auth_tokens (
    token_hash TEXT    PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_ms INTEGER NOT NULL
) STRICT;
"#;

const TABLES: [&str; 2] = ["auth_tokens", "accounts"];

/// Rounds of SHA-256 over a password (stretching against guessing from a stolen database).
const HASH_ROUNDS: u32 = 20_000;

/// Accounts and their signed-in tokens.
pub struct AuthStore {
    conn: Mutex<Connection>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `n` random bytes from the operating system.
fn random_bytes(n: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut buf)?;
    Ok(buf)
}

/// The stored hash of `password` with `salt` (hex): SHA-256 over salt and password, then
/// [`HASH_ROUNDS`] more rounds over the previous digest and the salt.
pub fn hash_password(salt: &str, password: &str) -> String {
    let mut digest = Sha256::new()
        .chain_update(salt.as_bytes())
        .chain_update(password.as_bytes())
        .finalize();
    for _ in 0..HASH_ROUNDS {
        digest = Sha256::new()
            .chain_update(digest)
            .chain_update(salt.as_bytes())
            .finalize();
    }
    hex(&digest)
}

/// The stored form of a bearer token.
fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares two strings in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn role_of(text: &str) -> Role {
    if text == "exhibitor" {
        Role::Exhibitor
    } else {
        Role::Buyer
    }
}

fn role_text(role: Role) -> &'static str {
    match role {
        Role::Exhibitor => "exhibitor",
        Role::Buyer => "buyer",
    }
}

fn account_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        email: r.get(1)?,
        name: r.get(2)?,
        role: role_of(&r.get::<_, String>(3)?),
        booth_id: r.get(4)?,
    })
}

/// Why a sign-in failed.
#[derive(Debug)]
pub enum SignInError {
    /// Unknown email or wrong password (the same answer for both).
    Invalid,
    Failed(String),
}

impl AuthStore {
    /// Opens the account tables of the database at `path` (seeding the demo accounts),
    /// clearing them when `reset` is set.
    pub fn open(path: &Path, reset: bool) -> Result<AuthStore, DbError> {
        let conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")?;
        Self::from_connection(conn, reset)
    }

    /// Accounts in memory.
    pub fn in_memory() -> AuthStore {
        let conn = Connection::open_in_memory().expect("SQLite opens an in-memory database");
        Self::from_connection(conn, false).expect("a fresh in-memory database takes the schema")
    }

    fn from_connection(mut conn: Connection, reset: bool) -> Result<AuthStore, DbError> {
        let tx = conn.transaction()?;
        if reset {
            for t in TABLES {
                tx.execute_batch(&format!("DROP TABLE IF EXISTS {t};"))?;
            }
        }
        tx.execute_batch(SCHEMA)?;
        for a in DEMO_ACCOUNTS {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ?1)",
                params![a.id],
                |r| r.get(0),
            )?;
            if exists {
                continue;
            }
            let salt = hex(&random_bytes(16).map_err(|e| DbError::Decode {
                table: "accounts",
                column: "salt",
                detail: format!("no random bytes: {e}"),
            })?);
            tx.execute(
                "INSERT INTO accounts (id, email, name, role, booth_id, salt, password_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    a.id,
                    tradefair_core::exhibitor::normalized_email(a.email),
                    a.name,
                    role_text(a.role),
                    a.booth_id,
                    salt,
                    hash_password(&salt, a.password)
                ],
            )?;
        }
        tx.commit()?;
        Ok(AuthStore {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Signs in: a new token for the account with this email (trimmed, any case) and
    /// password.
    pub fn sign_in(&self, req: &SignInRequest, now_ms: i64) -> Result<AuthSession, SignInError> {
        let email = tradefair_core::exhibitor::normalized_email(&req.email);
        let conn = self.lock();
        let found: Option<(Account, String, String)> = conn
            .query_row(
                "SELECT id, email, name, role, booth_id, salt, password_hash
                 FROM accounts WHERE email = ?1",
                params![email],
                |r| Ok((account_row(r)?, r.get(5)?, r.get(6)?)),
            )
            .optional()
            .map_err(|e| SignInError::Failed(e.to_string()))?;
        let Some((account, salt, stored)) = found else {
            // Spend the same time as a real check, so timing does not reveal accounts.
            let _ = hash_password("0000000000000000", &req.password);
            return Err(SignInError::Invalid);
        };
        if !same(&hash_password(&salt, &req.password), &stored) {
            return Err(SignInError::Invalid);
        }
        let bytes = random_bytes(32).map_err(|e| SignInError::Failed(e.to_string()))?;
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        conn.execute(
            "INSERT INTO auth_tokens (token_hash, account_id, created_ms) VALUES (?1, ?2, ?3)",
            params![token_hash(&token), account.id, now_ms],
        )
        .map_err(|e| SignInError::Failed(e.to_string()))?;
        Ok(AuthSession { token, account })
    }

    /// The account a token belongs to, if it is signed in.
    pub fn account(&self, token: &str) -> Result<Option<Account>, DbError> {
        let conn = self.lock();
        Ok(conn
            .query_row(
                "SELECT a.id, a.email, a.name, a.role, a.booth_id
                 FROM auth_tokens t JOIN accounts a ON a.id = t.account_id
                 WHERE t.token_hash = ?1",
                params![token_hash(token)],
                account_row,
            )
            .optional()?)
    }

    /// Signs a token out; `false` if it was not signed in.
    pub fn sign_out(&self, token: &str) -> Result<bool, DbError> {
        let conn = self.lock();
        Ok(conn.execute(
            "DELETE FROM auth_tokens WHERE token_hash = ?1",
            params![token_hash(token)],
        )? > 0)
    }
}

/// The caller's bearer token and the account it signs in, if any.
#[derive(Clone, Debug, Default)]
pub struct Bearer {
    pub token: Option<String>,
    pub account: Option<Account>,
}

impl Bearer {
    /// The signed-in account, or `401 unauthenticated`.
    pub fn require(&self) -> Result<&Account, ApiError> {
        self.account.as_ref().ok_or_else(unauthenticated)
    }
}

/// `401 unauthenticated`.
pub fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "sign in first: this needs a valid Authorization: Bearer token",
    )
}

/// `403 forbidden`.
pub fn forbidden() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "forbidden",
        "this account may not read or change this booth",
    )
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer_token(parts: &Parts) -> Option<String> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= 256)
        .then(|| token.to_string())
}

impl FromRequestParts<AppState> for Bearer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Some(token) = bearer_token(parts) else {
            return Ok(Bearer::default());
        };
        let store = state.auth.clone();
        let lookup = token.clone();
        match tokio::task::spawn_blocking(move || store.account(&lookup)).await {
            Ok(Ok(account)) => Ok(Bearer {
                token: Some(token),
                account,
            }),
            Ok(Err(e)) => {
                eprintln!("tradefair-server: account store: {e}");
                Err(ApiError::internal("the account could not be read").into_response())
            }
            Err(e) => {
                eprintln!("tradefair-server: account task failed: {e}");
                Err(ApiError::internal("the account could not be read").into_response())
            }
        }
    }
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// `POST /api/auth/sign-in`: 200 `AuthSession`, 401 `invalid_credentials` for an unknown
/// email and a wrong password alike.
pub async fn sign_in(State(state): State<AppState>, body: Bytes) -> Response {
    let req: SignInRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return ApiError::bad_request(format!("the body is not the expected JSON: {e}"))
                .into_response()
        }
    };
    let store = state.auth.clone();
    let now = state.clock.now().unix_ms();
    match tokio::task::spawn_blocking(move || store.sign_in(&req, now)).await {
        Ok(Ok(session)) => no_store(json_response(StatusCode::OK, &session)),
        Ok(Err(SignInError::Invalid)) => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
            "the email or the password is not right",
        )
        .into_response(),
        Ok(Err(SignInError::Failed(e))) => {
            eprintln!("tradefair-server: sign-in failed: {e}");
            ApiError::internal("the sign-in could not be completed").into_response()
        }
        Err(e) => {
            eprintln!("tradefair-server: sign-in task failed: {e}");
            ApiError::internal("the sign-in could not be completed").into_response()
        }
    }
}

/// `POST /api/auth/sign-out`: 204, the token no longer works; 401 without a valid one.
pub async fn sign_out(State(state): State<AppState>, bearer: Bearer) -> Response {
    let (Some(token), Some(_)) = (bearer.token, bearer.account) else {
        return unauthenticated().into_response();
    };
    let store = state.auth.clone();
    match tokio::task::spawn_blocking(move || store.sign_out(&token)).await {
        Ok(Ok(_)) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(e)) => {
            eprintln!("tradefair-server: sign-out failed: {e}");
            ApiError::internal("the sign-out could not be completed").into_response()
        }
        Err(e) => {
            eprintln!("tradefair-server: sign-out task failed: {e}");
            ApiError::internal("the sign-out could not be completed").into_response()
        }
    }
}

/// `GET /api/auth/me`: the signed-in account, 401 otherwise.
pub async fn me(bearer: Bearer) -> Response {
    match bearer.require() {
        Ok(a) => no_store(json_response(StatusCode::OK, a)),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_salted_and_tokens_hashed() {
        let store = AuthStore::in_memory();
        let ok = SignInRequest {
            email: "  Booth1@Exhibitor.Tradefair.Example ".into(),
            password: "expo-booth-1".into(),
        };
        let s = store.sign_in(&ok, 0).unwrap();
        assert_eq!(s.account.booth_id, Some(1));
        assert!(s.token.len() >= 43);
        assert_eq!(store.account(&s.token).unwrap(), Some(s.account.clone()));
        let other = store.sign_in(&ok, 0).unwrap();
        assert_ne!(other.token, s.token);
        {
            let conn = store.lock();
            let (salt, hash): (String, String) = conn
                .query_row(
                    "SELECT salt, password_hash FROM accounts WHERE id = 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(hash, hash_password(&salt, "expo-booth-1"));
            assert_ne!(hash, hash_password("00", "expo-booth-1"));
            let stored: String = conn
                .query_row("SELECT token_hash FROM auth_tokens LIMIT 1", [], |r| {
                    r.get(0)
                })
                .unwrap();
            assert!(stored != s.token && stored != other.token);
        }
        assert!(matches!(
            store.sign_in(
                &SignInRequest {
                    password: "expo-booth-2".into(),
                    ..ok.clone()
                },
                0
            ),
            Err(SignInError::Invalid)
        ));
        assert!(store.sign_out(&s.token).unwrap());
        assert_eq!(store.account(&s.token).unwrap(), None);
        assert!(!store.sign_out(&s.token).unwrap());
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("ab", "abc"));
    }
}
