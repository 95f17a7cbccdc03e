//! Tradefair's reference HTTP backend: the REST contract of `docs/openapi.yaml` served by
//! axum from a SQLite database.
//!
//! SQLite is the source of truth (see [`db`]); at start the records are loaded into the
//! in-memory `Catalog` of `tradefair-core`, and every answer is built by the same query engine
//! the app's embedded demo backend runs, so both backends return identical JSON.
//!
//! Buying (price checks, orders placed exactly once, RFQs and quotes) runs the core's
//! `OrderBook`, written through to the same SQLite file (see [`store`]).
//!
//! Tests start the server in-process: build an [`AppState`] with [`load_state`] (or
//! [`AppState::new`]), bind a `tokio::net::TcpListener` and call [`serve`]. A
//! [`Clock::manual`] lets tests move time (quote delays, order progress).

pub mod auth;
pub mod buying;
pub mod chat;
pub mod csp;
pub mod db;
pub mod error;
pub mod exhibitor;
pub mod expo;
pub mod routes;
pub mod store;

use std::future::Future;
use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::{get, post, put};
use axum::Router;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{Any, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tradefair_core::seed::Catalog;
use tradefair_core::time::Timestamp;

use crate::error::DbError;
use crate::store::OrderStore;

/// The policy every response carries, static files included (plus the hashes of the
/// served app's inline scripts, see [`csp`]).
pub const CONTENT_SECURITY_POLICY: &str = csp::BASE_POLICY;

/// Command-line configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub host: String,
    /// 0 binds an ephemeral port.
    pub port: u16,
    pub db: PathBuf,
    /// Serve the built SPA from this directory.
    pub static_dir: Option<PathBuf>,
    /// Drop and recreate the data.
    pub reseed: bool,
    /// Base URL of a WHEP media server: live booths then play `{media_base}/whep/booth-{id}`
    /// instead of the looping recording.
    pub media_base: Option<String>,
    /// The bearer token the WHIP endpoints of the media server require; handed to the
    /// booth's signed-in exhibitor in its ingest grant. Never logged.
    pub media_token: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: "127.0.0.1".to_string(),
            port: 8088,
            db: PathBuf::from("tradefair.sqlite"),
            static_dir: None,
            reseed: false,
            media_base: None,
            media_token: None,
        }
    }
}

/// Where handlers get the time from.
#[derive(Clone, Debug)]
pub enum Clock {
    /// The system clock.
    System,
    /// A clock tests set and advance (milliseconds since the Unix epoch).
    Manual(Arc<AtomicI64>),
}

impl Clock {
    /// A manual clock starting at `start`.
    pub fn manual(start: Timestamp) -> Clock {
        Clock::Manual(Arc::new(AtomicI64::new(start.unix_ms())))
    }

    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => {
                let ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis() as i64)
                    .unwrap_or(0);
                Timestamp(ms)
            }
            Clock::Manual(ms) => Timestamp(ms.load(Ordering::SeqCst)),
        }
    }

    /// Moves a manual clock forward (no-op on the system clock).
    pub fn advance(&self, secs: i64) {
        if let Clock::Manual(ms) = self {
            ms.fetch_add(secs * 1000, Ordering::SeqCst);
        }
    }
}

/// Shared state of the handlers: the read-only catalog, the order store and the clock.
#[derive(Clone)]
pub struct AppState {
    pub catalog: Arc<Catalog>,
    pub static_dir: Option<Arc<PathBuf>>,
    pub orders: Arc<OrderStore>,
    pub clock: Clock,
    /// The booths' live channels.
    pub chat: Arc<chat::ChatHub>,
    /// Expo meetings and shared business cards.
    pub expo: Arc<expo::ExpoStore>,
    /// WHEP media server for live booths (see [`Config::media_base`]).
    pub media_base: Option<String>,
    /// WHIP bearer token (see [`Config::media_token`]).
    pub media_token: Option<String>,
    /// Accounts and signed-in tokens.
    pub auth: Arc<auth::AuthStore>,
    /// Booth profiles, on-air flags, lead notes and engagement.
    pub exhibitor: Arc<exhibitor::ExhibitorStore>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The media token is a secret: never print it.
        f.debug_struct("AppState")
            .field("media_base", &self.media_base)
            .field(
                "media_token",
                &self.media_token.as_ref().map(|_| "<redacted>"),
            )
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State with an in-memory order store and the system clock.
    pub fn new(catalog: Catalog, static_dir: Option<PathBuf>) -> AppState {
        let catalog = Arc::new(catalog);
        AppState {
            chat: Arc::new(chat::ChatHub::in_memory(catalog.clone())),
            catalog,
            static_dir: static_dir.map(Arc::new),
            orders: Arc::new(OrderStore::in_memory()),
            clock: Clock::System,
            expo: Arc::new(expo::ExpoStore::in_memory()),
            media_base: None,
            media_token: None,
            auth: Arc::new(auth::AuthStore::in_memory()),
            exhibitor: Arc::new(exhibitor::ExhibitorStore::in_memory()),
        }
    }

    /// The same state with other account and exhibitor stores.
    pub fn with_exhibitors(
        mut self,
        auth: auth::AuthStore,
        exhibitors: exhibitor::ExhibitorStore,
    ) -> AppState {
        self.auth = Arc::new(auth);
        self.exhibitor = Arc::new(exhibitors);
        self
    }

    /// The same state with the media server's WHIP bearer token.
    pub fn with_media_token(mut self, token: Option<String>) -> AppState {
        self.media_token = token;
        self
    }

    /// The same state with another expo store.
    pub fn with_expo(mut self, store: expo::ExpoStore) -> AppState {
        self.expo = Arc::new(store);
        self
    }

    /// The same state with live booths served by the WHEP server at `base`.
    pub fn with_media_base(mut self, base: Option<String>) -> AppState {
        self.media_base = base;
        self
    }

    /// The same state with other booth channels.
    pub fn with_chat(mut self, chat: chat::ChatHub) -> AppState {
        self.chat = Arc::new(chat);
        self
    }

    /// The same state with another order store.
    pub fn with_orders(mut self, orders: OrderStore) -> AppState {
        self.orders = Arc::new(orders);
        self
    }

    /// The same state with another clock.
    pub fn with_clock(mut self, clock: Clock) -> AppState {
        self.clock = clock;
        self
    }
}

/// Opens the database of `config` (seeding it when needed) and builds the state from it,
/// with orders and RFQs stored in the same file.
pub fn load_state(config: &Config) -> Result<(AppState, db::Opened), DbError> {
    let (catalog, opened) = db::open(&config.db, config.reseed)?;
    let orders = OrderStore::open(&config.db, config.reseed)?;
    let state = AppState::new(catalog, config.static_dir.clone()).with_orders(orders);
    let chat = chat::ChatHub::open(&config.db, config.reseed, state.catalog.clone())?;
    let expo_store = expo::ExpoStore::open(&config.db, config.reseed)?;
    let auth_store = auth::AuthStore::open(&config.db, config.reseed)?;
    let exhibitor_store = exhibitor::ExhibitorStore::open(&config.db, config.reseed)?;
    Ok((
        state
            .with_chat(chat)
            .with_expo(expo_store)
            .with_exhibitors(auth_store, exhibitor_store)
            .with_media_base(config.media_base.clone())
            .with_media_token(config.media_token.clone()),
        opened,
    ))
}

/// The whole application: `/api`, plus `/config.json` and the SPA when a static directory
/// is configured, wrapped in [`layers`].
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/health", get(routes::health))
        .route("/rates", get(routes::rates))
        .route("/home", get(routes::home))
        .route("/products", get(routes::products))
        .route("/products/{id}", get(routes::product))
        .route("/suppliers/{id}", get(routes::supplier))
        .route("/cart/price-check", post(buying::price_check))
        .route("/orders", post(buying::place_order).get(buying::orders))
        .route("/orders/{id}", get(buying::order))
        .route("/rfqs", post(buying::create_rfq).get(buying::rfqs))
        .route("/rfqs/{id}", get(buying::rfq))
        .route("/quotes/{id}/accept", post(buying::accept_quote))
        .route("/expo/booths", get(expo::booths))
        .route("/expo/booths/{id}", get(expo::booth))
        .route("/expo/booths/{id}/slots", get(expo::slots))
        .route("/expo/booths/{id}/meetings", post(expo::book))
        .route(
            "/expo/booths/{id}/card",
            get(expo::card)
                .put(expo::share_card)
                .delete(expo::withdraw_card),
        )
        .route("/expo/booths/{id}/engagement", post(exhibitor::engagement))
        .route("/expo/meetings", get(expo::meetings))
        .route("/expo/schedule", get(expo::schedule))
        .route("/booths/{id}/chat", get(chat::channel).post(chat::post))
        .route("/booths/{id}/questions/{qid}/upvote", post(chat::upvote))
        .route("/auth/sign-in", post(auth::sign_in))
        .route("/auth/sign-out", post(auth::sign_out))
        .route("/auth/me", get(auth::me))
        .route(
            "/exhibitor/booths/{id}/profile",
            get(exhibitor::profile).put(exhibitor::save_profile),
        )
        .route(
            "/exhibitor/booths/{id}/live",
            get(exhibitor::live).put(exhibitor::set_live),
        )
        .route("/exhibitor/booths/{id}/chat", post(exhibitor::post))
        .route(
            "/exhibitor/booths/{id}/pins/{product_id}",
            put(exhibitor::pin).delete(exhibitor::unpin),
        )
        .route(
            "/exhibitor/booths/{id}/questions/{qid}/answered",
            post(exhibitor::answered),
        )
        .route("/exhibitor/booths/{id}/leads", get(exhibitor::leads))
        .route(
            "/exhibitor/booths/{id}/leads/{lead_id}",
            axum::routing::patch(exhibitor::update_lead),
        )
        .route("/exhibitor/booths/{id}/rfqs", get(exhibitor::rfqs))
        .route(
            "/exhibitor/booths/{id}/rfqs/{rfq_id}/quote",
            post(exhibitor::answer_rfq),
        )
        .fallback(routes::api_not_found)
        .method_not_allowed_fallback(routes::method_not_allowed);
    let mut router = Router::new().nest("/api", api);
    if state.static_dir.is_some() {
        router = router.route("/config.json", get(routes::config_json));
    }
    let index = state
        .static_dir
        .as_ref()
        .and_then(|d| std::fs::read_to_string(d.join("index.html")).ok());
    let mut policy = csp::policy(index.as_deref());
    if let Some(media) = &state.media_base {
        policy = csp::allow_connect(&policy, media);
    }
    let router = router
        .fallback(routes::fallback)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .with_state(state);
    layers_with_policy(router, &policy)
}

/// Cross-cutting layers: panics become 500 `ErrorBody`, responses are compressed (brotli or
/// gzip, as the client accepts), CORS allows GET and POST (with `Content-Type` and
/// `Idempotency-Key`) from any origin, and every response carries the security headers.
pub fn layers(router: Router) -> Router {
    layers_with_policy(router, CONTENT_SECURITY_POLICY)
}

/// [`layers`] with a given Content-Security-Policy.
pub fn layers_with_policy(router: Router, policy: &str) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([
            Method::GET,
            Method::HEAD,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ])
        .allow_headers([
            header::CONTENT_TYPE,
            header::AUTHORIZATION,
            HeaderName::from_static(buying::IDEMPOTENCY_KEY),
        ])
        .expose_headers([
            header::LOCATION,
            header::ETAG,
            header::LINK,
            HeaderName::from_static(buying::IDEMPOTENT_REPLAYED),
        ]);
    router
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(CompressionLayer::new())
        .layer(cors)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(policy)
                .unwrap_or_else(|_| HeaderValue::from_static(CONTENT_SECURITY_POLICY)),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
}

/// Serves [`app`] on `listener` until the process ends.
pub async fn serve(listener: TcpListener, state: AppState) -> io::Result<()> {
    serve_until(listener, state, std::future::pending()).await
}

/// Serves [`app`] on `listener` until `shutdown` completes, then finishes open requests.
pub async fn serve_until(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    chat::spawn_ticker(&state.chat, state.clock.clone());
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_panicking_handler_answers_500_error_body() {
        async fn boom() -> &'static str {
            panic!("deliberate")
        }
        let router = layers(Router::new().route("/boom", get(boom)));
        let res = router
            .oneshot(Request::get("/boom").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            error::JSON_UTF8,
            "error bodies are JSON"
        );
        assert_eq!(res.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: tradefair_core::wire::ErrorBody = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(body.code, "internal");
    }
}
