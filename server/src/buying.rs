//! Handlers of buying: `/api/cart/price-check`, `/api/orders`, `/api/rfqs` and
//! `/api/quotes/{id}/accept`. The rules are the core's `OrderBook`; this module decodes
//! requests, asks the [`crate::store::OrderStore`] and maps outcomes to the statuses of
//! `docs/openapi.yaml`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tradefair_core::orders::{valid_idempotency_key, OrderError, MAX_LINES};
use tradefair_core::trade::{
    OrderRequest, PriceChangedBody, PriceCheckRequest, RfqRequest, ValidationErrorBody,
};

use crate::error::{json_response, ApiError, JsonUtf8};
use crate::store::StoreError;
use crate::AppState;

/// The request header carrying the client's idempotency key.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Response header set on a replayed order confirmation.
pub const IDEMPOTENT_REPLAYED: &str = "idempotent-replayed";

type ApiResult = Result<Response, ApiError>;

fn json_body<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not the expected JSON: {e}")))
}

fn check_locale(locale: &str) -> Result<(), ApiError> {
    let ok = !locale.is_empty()
        && locale.len() <= 35
        && locale
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!(
            "locale must be a BCP 47 tag, got {locale:?}"
        )))
    }
}

fn with_location<T: Serialize>(status: StatusCode, value: &T, location: &str) -> Response {
    let mut res = json_response(status, value);
    if let Ok(v) = HeaderValue::from_str(location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// Maps a refused operation to its response.
fn store_error(e: StoreError) -> Response {
    match e {
        StoreError::Order(e) => order_error(e),
        StoreError::Db(e) => {
            eprintln!("tradefair-server: order store: {e}");
            ApiError::internal("the order could not be stored; nothing was ordered").into_response()
        }
    }
}

fn order_error(e: OrderError) -> Response {
    match e {
        OrderError::InvalidKey => ApiError::new(
            StatusCode::BAD_REQUEST,
            "idempotency_key_invalid",
            "Idempotency-Key must be 8-128 characters of A-Z, a-z, 0-9, '-', '_', '.', ':'",
        )
        .into_response(),
        OrderError::IdempotencyMismatch => ApiError::new(
            StatusCode::CONFLICT,
            "idempotency_mismatch",
            "this Idempotency-Key was already used with a different request body",
        )
        .into_response(),
        OrderError::Validation(fields) => json_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ValidationErrorBody {
                code: "validation".into(),
                message: format!("{} field(s) need correcting", fields.len()),
                fields,
            },
        ),
        OrderError::PriceChanged { check } => json_response(
            StatusCode::CONFLICT,
            &PriceChangedBody {
                code: "price_changed".into(),
                message: "prices or availability changed since the last check; nothing was ordered"
                    .into(),
                check,
            },
        ),
        OrderError::NotFound => ApiError::not_found("no such order, RFQ or quote").into_response(),
        OrderError::QuoteExpired => ApiError::new(
            StatusCode::CONFLICT,
            "quote_expired",
            "the quote has expired",
        )
        .into_response(),
        OrderError::Internal(d) => {
            eprintln!("tradefair-server: order engine: {d}");
            ApiError::internal("the server failed while pricing this request").into_response()
        }
    }
}

/// Runs a store write off the async workers (SQLite commits wait for the disk).
async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> Result<R, StoreError> + Send + 'static,
) -> Result<R, Response> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(e)) => Err(store_error(e)),
        Err(e) => {
            eprintln!("tradefair-server: store task failed: {e}");
            Err(
                ApiError::internal("the server failed while answering this request")
                    .into_response(),
            )
        }
    }
}

/// `POST /api/cart/price-check`
pub async fn price_check(State(state): State<AppState>, body: Bytes) -> ApiResult {
    let req: PriceCheckRequest = json_body(&body)?;
    check_locale(&req.locale)?;
    if req.lines.len() > MAX_LINES {
        return Err(ApiError::bad_request(format!(
            "at most {MAX_LINES} lines per price check"
        )));
    }
    let now = state.clock.now();
    let check = state
        .orders
        .read(|b| b.price_check(&state.catalog, &req, now));
    Ok(JsonUtf8(check).into_response())
}

/// `POST /api/orders` with `Idempotency-Key`.
pub async fn place_order(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(key) = headers.get(IDEMPOTENCY_KEY) else {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            "idempotency_key_missing",
            "POST /api/orders needs an Idempotency-Key header (created when checkout starts)",
        )
        .into_response();
    };
    let key = match key.to_str() {
        Ok(k) if valid_idempotency_key(k) => k.to_string(),
        _ => return order_error(OrderError::InvalidKey),
    };
    let req: OrderRequest = match json_body(&body) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let now = state.clock.now();
    let st = state.clone();
    let placed = blocking(move || st.orders.place(&st.catalog, &key, &req, now)).await;
    match placed {
        Ok(p) => {
            let location = format!("/api/orders/{}", p.confirmation.checkout_id);
            let status = if p.replayed {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            let mut res = with_location(status, &p.confirmation, &location);
            if p.replayed {
                res.headers_mut()
                    .insert(IDEMPOTENT_REPLAYED, HeaderValue::from_static("true"));
            }
            res
        }
        Err(res) => res,
    }
}

/// `GET /api/orders`: every order, newest first.
pub async fn orders(State(state): State<AppState>) -> Response {
    let now = state.clock.now();
    JsonUtf8(state.orders.read(|b| b.orders(now))).into_response()
}

/// `GET /api/orders/{id}`: a checkout (`CO-...`) or one order (`TF-...`).
pub async fn order(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let now = state.clock.now();
    match state.orders.read(|b| b.order(&id, now)) {
        Some(c) => Ok(JsonUtf8(c).into_response()),
        None => Err(ApiError::not_found(format!("no checkout or order {id:?}"))),
    }
}

/// `POST /api/rfqs`
pub async fn create_rfq(State(state): State<AppState>, body: Bytes) -> Response {
    let req: RfqRequest = match json_body(&body) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let now = state.clock.now();
    let st = state.clone();
    match blocking(move || st.orders.create_rfq(&st.catalog, &req, now)).await {
        Ok(rfq) => {
            let location = format!("/api/rfqs/{}", rfq.id);
            with_location(StatusCode::CREATED, &rfq, &location)
        }
        Err(res) => res,
    }
}

/// `GET /api/rfqs`: every RFQ with the quotes received so far, newest first.
pub async fn rfqs(State(state): State<AppState>) -> Response {
    let now = state.clock.now();
    JsonUtf8(state.orders.read(|b| b.rfq_list(now))).into_response()
}

/// `GET /api/rfqs/{id}`
pub async fn rfq(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let now = state.clock.now();
    match state.orders.read(|b| b.rfq(&id, now)) {
        Some(r) => Ok(JsonUtf8(r).into_response()),
        None => Err(ApiError::not_found(format!("no RFQ {id:?}"))),
    }
}

/// `POST /api/quotes/{id}/accept`
pub async fn accept_quote(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let now = state.clock.now();
    let st = state.clone();
    match blocking(move || st.orders.accept_quote(&id, now)).await {
        Ok(q) => JsonUtf8(q).into_response(),
        Err(res) => res,
    }
}
