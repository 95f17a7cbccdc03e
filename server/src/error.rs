//! Errors of the HTTP layer and how they turn into `ErrorBody` responses.
//!
//! Every non-2xx response of the contract carries a JSON `ErrorBody` with a stable `code`
//! (`bad_request`, `not_found`, `method_not_allowed`, `internal`), so clients never have to
//! parse HTML or empty bodies.

use std::any::Any;
use std::fmt;

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tradefair_core::wire::ErrorBody;

/// The content type of every JSON response.
pub const JSON_UTF8: &str = "application/json; charset=utf-8";

/// A JSON response body with `Content-Type: application/json; charset=utf-8` (axum's own
/// `Json` leaves the charset out).
pub struct JsonUtf8<T>(pub T);

impl<T: Serialize> IntoResponse for JsonUtf8<T> {
    fn into_response(self) -> Response {
        json_response(StatusCode::OK, &self.0)
    }
}

/// Serialises `value` as the body of a response with `status`.
pub fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => {
            let mut res = Response::new(Body::from(bytes));
            *res.status_mut() = status;
            res.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
            res
        }
        Err(e) => ApiError::internal(format!("could not encode the response: {e}")).into_response(),
    }
}

/// An error answered to an API client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: ErrorBody {
                code: code.to_string(),
                message: message.into(),
            },
        }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn method_not_allowed(message: impl Into<String>) -> ApiError {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            message,
        )
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status, self.body.code, self.body.message
        )
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        // Encoding an `ErrorBody` cannot fail, so this never recurses.
        let bytes = serde_json::to_vec(&self.body).unwrap_or_default();
        let mut res = Response::new(Body::from(bytes));
        *res.status_mut() = self.status;
        res.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
        res
    }
}

impl From<ApiError> for Response {
    fn from(e: ApiError) -> Response {
        e.into_response()
    }
}

/// Turns a panic in a handler into a 500 `ErrorBody` (used by `CatchPanicLayer`). The panic
/// message is logged, not sent: it may contain internals.
pub fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response {
    let detail = if let Some(s) = err.downcast_ref::<String>() {
        s.as_str()
    } else if let Some(s) = err.downcast_ref::<&str>() {
        s
    } else {
        "unknown panic"
    };
    eprintln!("tradefair-server: handler panicked: {detail}");
    ApiError::internal("the server failed while answering this request").into_response()
}

/// Errors of the SQLite store.
#[derive(Debug)]
pub enum DbError {
    Sqlite(rusqlite::Error),
    /// A stored value could not be decoded (bad enum value, broken JSON column).
    Decode {
        table: &'static str,
        column: &'static str,
        detail: String,
    },
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Sqlite(e) => write!(f, "sqlite: {e}"),
            DbError::Decode {
                table,
                column,
                detail,
            } => write!(f, "cannot decode {table}.{column}: {detail}"),
        }
    }
}

impl std::error::Error for DbError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DbError::Sqlite(e) => Some(e),
            DbError::Decode { .. } => None,
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        DbError::Sqlite(e)
    }
}
