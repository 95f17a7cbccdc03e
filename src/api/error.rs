//! The one error type every backend call returns, shown to buyers in their language.

use std::fmt;

use tradefair_core::trade::{FieldError, PriceCheck};

/// Why a backend call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an answer (offline, DNS, refused, CORS).
    Network,
    /// No answer within the time limit.
    Timeout,
    /// The resource does not exist (HTTP 404 or an unknown id on the demo backend).
    NotFound,
    /// Any other non-2xx status, with the server's own message when it sent one.
    Http {
        status: u16,
        message: Option<String>,
    },
    /// A 2xx answer whose body is not the JSON the contract describes (truncated, HTML,
    /// an unknown enum value...). The detail is for logs, not for buyers.
    Malformed(String),
    /// The answer is far larger than any answer of the contract (a runaway or hostile
    /// server); it was not read, so it cannot exhaust the buyer's memory.
    TooLarge,
    /// `config.json` is missing or names an unknown backend.
    Config(String),
    /// The backend refused fields of the request (HTTP 422): each names the field and a
    /// stable code (`required`, `invalid_format`, ...) the form shows next to it.
    Validation(Vec<FieldError>),
    /// The request conflicts with the backend's state (HTTP 409): the stable code, such as
    /// `idempotency_mismatch` (this checkout's key was used for a different order) or
    /// `quote_expired`.
    Conflict(String),
    /// Prices or availability changed since the buyer's last check (HTTP 409
    /// `price_changed`): nothing was ordered; the current prices to show.
    PriceChanged(Box<PriceCheck>),
    /// No credential, or one the backend no longer accepts (HTTP 401): sign in again.
    Unauthenticated,
    /// Signed in, but this account may not do this (HTTP 403).
    Forbidden,
}

impl ApiError {
    /// Whether trying the same GET again may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network | ApiError::Timeout => true,
            ApiError::Http { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }

    /// The Fluent message id that explains this error to a buyer.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Network => "error-network",
            ApiError::Timeout => "error-timeout",
            ApiError::NotFound => "error-not-found",
            ApiError::Http { .. } => "error-http",
            ApiError::Malformed(_) => "error-malformed",
            ApiError::TooLarge => "error-too-large",
            ApiError::Config(_) => "error-config",
            ApiError::Validation(_) => "error-validation",
            ApiError::Conflict(code) if code == "quote_expired" => "error-quote-expired",
            ApiError::Conflict(_) => "error-conflict",
            ApiError::PriceChanged(_) => "error-price-changed",
            ApiError::Unauthenticated => "error-unauthenticated",
            ApiError::Forbidden => "error-forbidden",
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network => write!(f, "network error"),
            ApiError::Timeout => write!(f, "timed out"),
            ApiError::NotFound => write!(f, "not found"),
            ApiError::Http { status, message } => {
                write!(f, "HTTP {status}")?;
                if let Some(m) = message {
                    write!(f, ": {m}")?;
                }
                Ok(())
            }
            ApiError::Malformed(d) => write!(f, "malformed response: {d}"),
            ApiError::TooLarge => write!(f, "response too large"),
            ApiError::Config(d) => write!(f, "configuration error: {d}"),
            ApiError::Validation(fields) => {
                write!(f, "{} field(s) need correcting", fields.len())?;
                for e in fields {
                    write!(f, "; {} {}", e.field, e.code)?;
                }
                Ok(())
            }
            ApiError::Conflict(code) => write!(f, "conflict: {code}"),
            ApiError::PriceChanged(_) => write!(f, "prices changed since the last check"),
            ApiError::Unauthenticated => write!(f, "not signed in"),
            ApiError::Forbidden => write!(f, "not allowed for this account"),
        }
    }
}

impl std::error::Error for ApiError {}
