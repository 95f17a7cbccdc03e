//! The HTTP backend: the REST/JSON contract of `docs/openapi.yaml`.
//!
//! Every request has a time limit (an `AbortController` fired by a timer). GETs are retried
//! on transient failures with jittered exponential backoff, since repeating a read is safe.
//! POSTs are not retried, with one exception: placing an order carries an idempotency key,
//! so the backend answers a repeat with the first confirmation, and it is retried after a
//! network error, a timeout or a gateway error. A request whose future is dropped (the buyer
//! navigated away, a newer search replaced it) is aborted rather than left to finish unseen.

use serde::de::DeserializeOwned;
use serde::Serialize;
use tradefair_core::chat::{ChatEvent, ChatPost, UpvoteRequest};
use tradefair_core::exhibitor::{
    Account, AuthSession, BoothProfile, EngagementReport, ExhibitorPost, IngestGrant, Lead,
    LeadUpdate, OnAirRequest, QuoteOffer, SignInRequest,
};
use tradefair_core::expo::{
    Booth, BoothFilter, CardShareRequest, CardStatus, ExpoHall, Meeting, MeetingRequest,
    MeetingSlots, Schedule, SharedCard,
};
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::trade::{
    Order, OrderConfirmation, OrderRequest, PriceChangedBody, PriceCheck, PriceCheckRequest, Quote,
    Rfq, RfqRequest, ValidationErrorBody,
};
use tradefair_core::wire::{
    CatalogPage, CatalogQuery, Category, ErrorBody, Home, Product, Supplier,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::ApiError;

/// How long one attempt may take.
const TIMEOUT_MS: u32 = 10_000;
/// Attempts for a GET (1 + retries).
const GET_ATTEMPTS: u32 = 3;
/// No answer of the contract comes near this (a catalog page is ~60 KB); anything larger
/// is refused before it is read into memory (by `Content-Length`) or after (chunked).
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// Attempts for placing an order (safe to repeat: same idempotency key, same body).
const ORDER_ATTEMPTS: u32 = 3;

/// Talks to a backend at `base_url` (empty for the app's own origin).
#[derive(Clone, Debug)]
pub struct HttpBackend {
    base_url: String,
}

/// Aborts the request if the future holding it is dropped before it finished.
struct AbortOnDrop {
    controller: AbortController,
    done: bool,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if !self.done {
            self.controller.abort();
        }
    }
}

/// Whether a request carries the signed-in account's token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Auth {
    None,
    /// `Authorization: Bearer <token>` when a credential is set (account and exhibitor
    /// calls); without one the backend answers `401`.
    Bearer,
}

/// One request.
struct Send<'a> {
    method: &'a str,
    url: &'a str,
    body: Option<&'a str>,
    idempotency_key: Option<&'a str>,
    auth: Auth,
}

/// The `Authorization` header value for `token`.
fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// Decodes a 2xx answer: `204 No Content` (or an empty body) is JSON `null`, which is what
/// `()` expects and any other type refuses.
pub(crate) fn decode_success<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    let text = if status == 204 || body.trim().is_empty() {
        "null"
    } else {
        body
    };
    serde_json::from_str::<T>(text).map_err(|e| ApiError::Malformed(e.to_string()))
}

fn encode(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                js_sys::encode_uri_component(k),
                js_sys::encode_uri_component(v)
            )
        })
        .collect();
    parts.join("&")
}

impl HttpBackend {
    pub fn new(base_url: &str) -> HttpBackend {
        HttpBackend {
            base_url: base_url.trim_end_matches('/').to_string(),
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    fn url(&self, path: &str, pairs: &[(&str, String)]) -> String {
        let query = encode(pairs);
        if query.is_empty() {
            format!("{}/api{path}", self.base_url)
        } else {
            format!("{}/api{path}?{query}", self.base_url)
        }
    }

    async fn get_once<T: DeserializeOwned>(&self, url: &str, auth: Auth) -> Result<T, ApiError> {
        self.send(Send {
            method: "GET",
            url,
            body: None,
            idempotency_key: None,
            auth,
        })
        .await
    }

    /// One request: `method` on `url` with an optional JSON body and idempotency key, without
    /// a credential.
    async fn send_once<T: DeserializeOwned>(
        &self,
        method: &str,
        url: &str,
        body: Option<&str>,
        idempotency_key: Option<&str>,
    ) -> Result<T, ApiError> {
        self.send(Send {
            method,
            url,
            body,
            idempotency_key,
            auth: Auth::None,
        })
        .await
    }

    /// One request as described by `req`. The bearer token goes into the `Authorization`
    /// header and nowhere else: it is never part of a URL, an error or a log line.
    async fn send<T: DeserializeOwned>(&self, req: Send<'_>) -> Result<T, ApiError> {
        let Send {
            method,
            url,
            body,
            idempotency_key,
            auth,
        } = req;
        let window = web_sys::window().ok_or(ApiError::Network)?;
        let controller = AbortController::new().map_err(|_| ApiError::Network)?;
        let mut guard = AbortOnDrop {
            controller: controller.clone(),
            done: false,
        };
        let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
        let timer = {
            let timed_out = timed_out.clone();
            let controller = controller.clone();
            gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let init = RequestInit::new();
        init.set_method(method);
        init.set_signal(Some(&controller.signal()));
        let headers = web_sys::Headers::new().map_err(|_| ApiError::Network)?;
        let _ = headers.set("Accept", "application/json");
        if let Some(body) = body {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&wasm_bindgen::JsValue::from_str(body));
        }
        if let Some(key) = idempotency_key {
            let _ = headers.set("Idempotency-Key", key);
        }
        if auth == Auth::Bearer {
            if let Some(token) = super::credential() {
                let _ = headers.set("Authorization", &bearer(&token));
            }
        }
        init.set_headers(&headers);

        let result = async {
            let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
                .await
                .map_err(|_| ApiError::Network)?;
            let resp: Response = resp.dyn_into().map_err(|_| ApiError::Network)?;
            let declared = resp
                .headers()
                .get("content-length")
                .ok()
                .flatten()
                .and_then(|v| v.trim().parse::<usize>().ok());
            if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
                return Err(ApiError::TooLarge);
            }
            let text_promise = resp.text().map_err(|_| ApiError::Network)?;
            let body = JsFuture::from(text_promise)
                .await
                .map_err(|_| ApiError::Network)?
                .as_string()
                .unwrap_or_default();
            if body.len() > MAX_BODY_BYTES {
                return Err(ApiError::TooLarge);
            }
            let status = resp.status();
            if (200..300).contains(&status) {
                decode_success(status, &body)
            } else {
                Err(error_from(status, &body))
            }
        }
        .await;
        drop(timer);
        guard.done = true;
        match result {
            Err(ApiError::Network) if timed_out.get() => Err(ApiError::Timeout),
            other => other,
        }
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        pairs: &[(&str, String)],
    ) -> Result<T, ApiError> {
        self.get_with(path, pairs, Auth::None).await
    }

    /// GETs `path`, retrying transient failures; with the bearer token when `auth` says so.
    async fn get_with<T: DeserializeOwned>(
        &self,
        path: &str,
        pairs: &[(&str, String)],
        auth: Auth,
    ) -> Result<T, ApiError> {
        let url = self.url(path, pairs);
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.get_once(&url, auth).await {
                Err(e) if e.is_transient() && attempt < GET_ATTEMPTS => {
                    // Full jitter: spread retries of many buyers after an outage.
                    let cap = 400.0 * f64::from(1u32 << attempt);
                    let wait = (js_sys::Math::random() * cap) as u32 + 100;
                    gloo_timers::future::TimeoutFuture::new(wait).await;
                }
                other => return other,
            }
        }
    }

    /// POSTs `body` as JSON, once.
    async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
        self.send_once("POST", &self.url(path, &[]), Some(&json), None)
            .await
    }

    pub async fn rates(&self) -> Result<RateTable, ApiError> {
        self.get("/rates", &[]).await
    }

    pub async fn home(&self, locale: &str, currency: Currency) -> Result<Home, ApiError> {
        self.get(
            "/home",
            &[
                ("locale", locale.to_string()),
                ("currency", currency.code().to_string()),
            ],
        )
        .await
    }

    pub async fn search(&self, q: &CatalogQuery) -> Result<CatalogPage, ApiError> {
        self.get("/products", &q.to_pairs(true)).await
    }

    pub async fn product(&self, id: u32, locale: &str) -> Result<Product, ApiError> {
        self.get(
            &format!("/products/{id}"),
            &[("locale", locale.to_string())],
        )
        .await
    }

    pub async fn supplier(&self, id: u32, locale: &str) -> Result<Supplier, ApiError> {
        self.get(
            &format!("/suppliers/{id}"),
            &[("locale", locale.to_string())],
        )
        .await
    }
}

impl HttpBackend {
    /// `POST /api/cart/price-check`
    pub async fn price_check(&self, req: &PriceCheckRequest) -> Result<PriceCheck, ApiError> {
        self.post("/cart/price-check", req).await
    }

    /// `POST /api/orders` with `key`. Retried after a network error, a timeout or a gateway
    /// error: the backend answers a repeat of the same key and body with the first
    /// confirmation, so the order is placed once however the network behaves.
    pub async fn place_order(
        &self,
        key: &str,
        req: &OrderRequest,
    ) -> Result<OrderConfirmation, ApiError> {
        let json = serde_json::to_string(req).map_err(|e| ApiError::Malformed(e.to_string()))?;
        let url = self.url("/orders", &[]);
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.send_once("POST", &url, Some(&json), Some(key)).await {
                Err(e) if retry_order(&e) && attempt < ORDER_ATTEMPTS => {
                    let cap = 500.0 * f64::from(1u32 << attempt);
                    let wait = (js_sys::Math::random() * cap) as u32 + 250;
                    gloo_timers::future::TimeoutFuture::new(wait).await;
                }
                other => return other,
            }
        }
    }

    /// `GET /api/orders`
    pub async fn orders(&self) -> Result<Vec<Order>, ApiError> {
        self.get("/orders", &[]).await
    }

    /// `GET /api/orders/{id}`: a checkout id or an order number.
    pub async fn order(&self, id: &str) -> Result<OrderConfirmation, ApiError> {
        self.get(&format!("/orders/{}", path_segment(id)), &[])
            .await
    }

    /// `POST /api/rfqs`
    pub async fn create_rfq(&self, req: &RfqRequest) -> Result<Rfq, ApiError> {
        self.post("/rfqs", req).await
    }

    /// `GET /api/rfqs`
    pub async fn rfqs(&self) -> Result<Vec<Rfq>, ApiError> {
        self.get("/rfqs", &[]).await
    }

    /// `GET /api/rfqs/{id}`
    pub async fn rfq(&self, id: &str) -> Result<Rfq, ApiError> {
        self.get(&format!("/rfqs/{}", path_segment(id)), &[]).await
    }

    /// `POST /api/quotes/{id}/accept`
    pub async fn accept_quote(&self, id: &str) -> Result<Quote, ApiError> {
        self.send_once(
            "POST",
            &self.url(&format!("/quotes/{}/accept", path_segment(id)), &[]),
            None,
            None,
        )
        .await
    }
}

/// The virtual expo.
impl HttpBackend {
    /// `GET /api/expo/booths`
    pub async fn expo_hall(
        &self,
        filter: &BoothFilter,
        locale: &str,
    ) -> Result<ExpoHall, ApiError> {
        let mut pairs = vec![("locale", locale.to_string())];
        if let Some(c) = filter.category {
            pairs.push(("category", c.slug().to_string()));
        }
        if let Some(c) = &filter.country {
            pairs.push(("country", c.clone()));
        }
        if let Some(l) = &filter.language {
            pairs.push(("language", l.clone()));
        }
        self.get("/expo/booths", &pairs).await
    }

    /// `GET /api/expo/booths/{id}`
    pub async fn booth(&self, id: u32, locale: &str) -> Result<Booth, ApiError> {
        self.get(
            &format!("/expo/booths/{id}"),
            &[("locale", locale.to_string())],
        )
        .await
    }

    /// `GET /api/expo/schedule`
    pub async fn schedule(
        &self,
        hall: Option<Category>,
        locale: &str,
    ) -> Result<Schedule, ApiError> {
        let mut pairs = vec![("locale", locale.to_string())];
        if let Some(h) = hall {
            pairs.push(("hall", h.slug().to_string()));
        }
        self.get("/expo/schedule", &pairs).await
    }

    /// `GET /api/expo/booths/{id}/slots`
    pub async fn meeting_slots(&self, id: u32) -> Result<MeetingSlots, ApiError> {
        self.get(&format!("/expo/booths/{id}/slots"), &[]).await
    }

    /// `POST /api/expo/booths/{id}/meetings`
    pub async fn book_meeting(&self, id: u32, req: &MeetingRequest) -> Result<Meeting, ApiError> {
        self.post(&format!("/expo/booths/{id}/meetings"), req).await
    }

    /// `GET /api/expo/meetings`
    pub async fn meetings(&self) -> Result<Vec<Meeting>, ApiError> {
        self.get("/expo/meetings", &[]).await
    }

    /// `GET /api/expo/booths/{id}/card`
    pub async fn card_status(&self, id: u32) -> Result<CardStatus, ApiError> {
        self.get(&format!("/expo/booths/{id}/card"), &[]).await
    }

    /// `PUT /api/expo/booths/{id}/card`
    pub async fn share_card(
        &self,
        id: u32,
        req: &CardShareRequest,
    ) -> Result<SharedCard, ApiError> {
        let json = serde_json::to_string(req).map_err(|e| ApiError::Malformed(e.to_string()))?;
        self.send_once(
            "PUT",
            &self.url(&format!("/expo/booths/{id}/card"), &[]),
            Some(&json),
            None,
        )
        .await
    }

    /// `DELETE /api/expo/booths/{id}/card`
    pub async fn withdraw_card(&self, id: u32) -> Result<CardStatus, ApiError> {
        self.send_once(
            "DELETE",
            &self.url(&format!("/expo/booths/{id}/card"), &[]),
            None,
            None,
        )
        .await
    }
}

/// Booth channels.
impl HttpBackend {
    /// The WebSocket URL of booth `booth_id`'s channel resuming after event `after`: the
    /// backend's origin with `ws`/`wss` for `http`/`https` (the page's own origin when the
    /// base URL is empty).
    pub fn chat_socket_url(&self, booth_id: u32, after: u64) -> Option<String> {
        let base = if self.base_url.is_empty() {
            web_sys::window()?.location().origin().ok()?
        } else {
            self.base_url.clone()
        };
        let base = if let Some(rest) = base.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = base.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            return None;
        };
        Some(format!("{base}/api/booths/{booth_id}/chat?after={after}"))
    }

    /// `GET /api/booths/{id}/chat?after=`: the events after `after` without a socket.
    pub async fn chat_events(&self, booth_id: u32, after: u64) -> Result<Vec<ChatEvent>, ApiError> {
        self.get(
            &format!("/booths/{booth_id}/chat"),
            &[("after", after.to_string())],
        )
        .await
    }

    /// `POST /api/booths/{id}/chat`
    pub async fn post_chat(&self, booth_id: u32, post: &ChatPost) -> Result<ChatEvent, ApiError> {
        self.post(&format!("/booths/{booth_id}/chat"), post).await
    }

    /// `POST /api/booths/{id}/questions/{qid}/upvote`
    pub async fn upvote_question(
        &self,
        booth_id: u32,
        question_id: u64,
        req: &UpvoteRequest,
    ) -> Result<ChatEvent, ApiError> {
        self.post(
            &format!("/booths/{booth_id}/questions/{question_id}/upvote"),
            req,
        )
        .await
    }
}

/// Accounts and the exhibitor console: every call but sign-in carries the bearer token.
impl HttpBackend {
    /// `method` on `path` with an optional JSON body, once, with the bearer token when
    /// `auth` says so.
    async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: Option<&B>,
        auth: Auth,
    ) -> Result<T, ApiError> {
        let json = match body {
            Some(b) => {
                Some(serde_json::to_string(b).map_err(|e| ApiError::Malformed(e.to_string()))?)
            }
            None => None,
        };
        self.send(Send {
            method,
            url: &self.url(path, &[]),
            body: json.as_deref(),
            idempotency_key: None,
            auth,
        })
        .await
    }

    /// `POST /api/auth/sign-in`
    pub async fn sign_in(&self, req: &SignInRequest) -> Result<AuthSession, ApiError> {
        self.call("POST", "/auth/sign-in", Some(req), Auth::None)
            .await
    }

    /// `POST /api/auth/sign-out`
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        self.call::<(), ()>("POST", "/auth/sign-out", None, Auth::Bearer)
            .await
    }

    /// `GET /api/auth/me`
    pub async fn me(&self) -> Result<Account, ApiError> {
        self.get_with("/auth/me", &[], Auth::Bearer).await
    }

    /// `GET /api/exhibitor/booths/{id}/profile`
    pub async fn booth_profile(&self, booth_id: u32) -> Result<BoothProfile, ApiError> {
        self.get_with(&booth_path(booth_id, "/profile"), &[], Auth::Bearer)
            .await
    }

    /// `PUT /api/exhibitor/booths/{id}/profile`
    pub async fn save_booth_profile(
        &self,
        booth_id: u32,
        profile: &BoothProfile,
    ) -> Result<BoothProfile, ApiError> {
        self.call(
            "PUT",
            &booth_path(booth_id, "/profile"),
            Some(profile),
            Auth::Bearer,
        )
        .await
    }

    /// `GET /api/exhibitor/booths/{id}/live`
    pub async fn ingest(&self, booth_id: u32) -> Result<IngestGrant, ApiError> {
        self.get_with(&booth_path(booth_id, "/live"), &[], Auth::Bearer)
            .await
    }

    /// `PUT /api/exhibitor/booths/{id}/live`
    pub async fn set_on_air(&self, booth_id: u32, on_air: bool) -> Result<IngestGrant, ApiError> {
        self.call(
            "PUT",
            &booth_path(booth_id, "/live"),
            Some(&OnAirRequest { on_air }),
            Auth::Bearer,
        )
        .await
    }

    /// `POST /api/exhibitor/booths/{id}/chat`
    pub async fn exhibitor_post(
        &self,
        booth_id: u32,
        post: &ExhibitorPost,
    ) -> Result<ChatEvent, ApiError> {
        self.call(
            "POST",
            &booth_path(booth_id, "/chat"),
            Some(post),
            Auth::Bearer,
        )
        .await
    }

    /// `PUT /api/exhibitor/booths/{id}/pins/{product_id}`
    pub async fn pin_product(&self, booth_id: u32, product_id: u32) -> Result<ChatEvent, ApiError> {
        self.call::<(), _>(
            "PUT",
            &booth_path(booth_id, &format!("/pins/{product_id}")),
            None,
            Auth::Bearer,
        )
        .await
    }

    /// `DELETE /api/exhibitor/booths/{id}/pins/{product_id}`
    pub async fn unpin_product(
        &self,
        booth_id: u32,
        product_id: u32,
    ) -> Result<ChatEvent, ApiError> {
        self.call::<(), _>(
            "DELETE",
            &booth_path(booth_id, &format!("/pins/{product_id}")),
            None,
            Auth::Bearer,
        )
        .await
    }

    /// `POST /api/exhibitor/booths/{id}/questions/{qid}/answered`
    pub async fn mark_answered(
        &self,
        booth_id: u32,
        question_id: u64,
    ) -> Result<ChatEvent, ApiError> {
        self.call::<(), _>(
            "POST",
            &booth_path(booth_id, &format!("/questions/{question_id}/answered")),
            None,
            Auth::Bearer,
        )
        .await
    }

    /// `GET /api/exhibitor/booths/{id}/leads`
    pub async fn leads(&self, booth_id: u32) -> Result<Vec<Lead>, ApiError> {
        self.get_with(&booth_path(booth_id, "/leads"), &[], Auth::Bearer)
            .await
    }

    /// `PATCH /api/exhibitor/booths/{id}/leads/{lead_id}`
    pub async fn update_lead(
        &self,
        booth_id: u32,
        lead_id: &str,
        update: &LeadUpdate,
    ) -> Result<Lead, ApiError> {
        self.call(
            "PATCH",
            &booth_path(booth_id, &format!("/leads/{}", path_segment(lead_id))),
            Some(update),
            Auth::Bearer,
        )
        .await
    }

    /// `GET /api/exhibitor/booths/{id}/rfqs`
    pub async fn rfq_inbox(&self, booth_id: u32) -> Result<Vec<Rfq>, ApiError> {
        self.get_with(&booth_path(booth_id, "/rfqs"), &[], Auth::Bearer)
            .await
    }

    /// `POST /api/exhibitor/booths/{id}/rfqs/{rfq_id}/quote`
    pub async fn answer_rfq(
        &self,
        booth_id: u32,
        rfq_id: &str,
        offer: &QuoteOffer,
    ) -> Result<Quote, ApiError> {
        self.call(
            "POST",
            &booth_path(booth_id, &format!("/rfqs/{}/quote", path_segment(rfq_id))),
            Some(offer),
            Auth::Bearer,
        )
        .await
    }

    /// `POST /api/expo/booths/{id}/engagement` (the buyer's; no credential)
    pub async fn report_engagement(
        &self,
        booth_id: u32,
        report: &EngagementReport,
    ) -> Result<(), ApiError> {
        self.call(
            "POST",
            &format!("/expo/booths/{booth_id}/engagement"),
            Some(report),
            Auth::None,
        )
        .await
    }
}

/// `/exhibitor/booths/{id}{rest}`.
fn booth_path(booth_id: u32, rest: &str) -> String {
    format!("/exhibitor/booths/{booth_id}{rest}")
}

/// One text frame of a booth channel's socket: a JSON `ChatEvent`.
pub fn decode_chat_frame(text: &str) -> Result<ChatEvent, ApiError> {
    serde_json::from_str(text).map_err(|e| ApiError::Malformed(e.to_string()))
}

fn path_segment(id: &str) -> String {
    String::from(js_sys::encode_uri_component(id))
}

/// Whether a failed order placement may be sent again (with the same key).
fn retry_order(e: &ApiError) -> bool {
    match e {
        ApiError::Network | ApiError::Timeout => true,
        ApiError::Http { status, .. } => matches!(status, 502..=504),
        _ => false,
    }
}

/// The typed error of a non-2xx answer with `body`.
pub(crate) fn error_from(status: u16, body: &str) -> ApiError {
    match status {
        401 => ApiError::Unauthenticated,
        403 => ApiError::Forbidden,
        404 => ApiError::NotFound,
        422 => match serde_json::from_str::<ValidationErrorBody>(body) {
            Ok(b) => ApiError::Validation(b.fields),
            Err(_) => ApiError::Http {
                status,
                message: None,
            },
        },
        409 => {
            if let Ok(b) = serde_json::from_str::<PriceChangedBody>(body) {
                return ApiError::PriceChanged(Box::new(b.check));
            }
            match serde_json::from_str::<ErrorBody>(body) {
                Ok(b) => ApiError::Conflict(b.code),
                Err(_) => ApiError::Http {
                    status,
                    message: None,
                },
            }
        }
        _ => ApiError::Http {
            status,
            message: serde_json::from_str::<ErrorBody>(body)
                .ok()
                .map(|b| b.message),
        },
    }
}

/// Fetches a static text file of the app itself (not the backend), such as a locale file.
pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| ApiError::Network)?;
    let resp: Response = resp.dyn_into().map_err(|_| ApiError::Network)?;
    if resp.status() == 404 {
        return Err(ApiError::NotFound);
    }
    if !resp.ok() {
        return Err(ApiError::Http {
            status: resp.status(),
            message: None,
        });
    }
    let promise = resp.text().map_err(|_| ApiError::Network)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| ApiError::Network)?
        .as_string()
        .ok_or_else(|| ApiError::Malformed("not text".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_become_typed_errors() {
        let v = r#"{"code":"validation","message":"1 field(s)","fields":[{"field":"company.tax_id","code":"invalid_format"}]}"#;
        match error_from(422, v) {
            ApiError::Validation(f) => assert_eq!(f[0].field, "company.tax_id"),
            other => panic!("{other:?}"),
        }
        let c = r#"{"code":"idempotency_mismatch","message":"used with a different body"}"#;
        assert_eq!(
            error_from(409, c),
            ApiError::Conflict("idempotency_mismatch".into())
        );
        let p = r#"{"code":"price_changed","message":"m","check":{"lines":[],"unavailable":[],"checked_at":"2026-11-23T08:00:00Z"}}"#;
        assert!(matches!(error_from(409, p), ApiError::PriceChanged(c) if c.lines.is_empty()));
        assert_eq!(error_from(404, ""), ApiError::NotFound);
        assert_eq!(
            error_from(400, r#"{"code":"bad_request","message":"no"}"#),
            ApiError::Http {
                status: 400,
                message: Some("no".into())
            }
        );
        assert_eq!(
            error_from(422, "<html>"),
            ApiError::Http {
                status: 422,
                message: None
            }
        );
        assert_eq!(
            error_from(409, "oops"),
            ApiError::Http {
                status: 409,
                message: None
            }
        );
    }

    #[test]
    fn refused_credentials_are_typed_whatever_the_body() {
        let u = r#"{"code":"unauthenticated","message":"sign in"}"#;
        assert_eq!(error_from(401, u), ApiError::Unauthenticated);
        assert_eq!(error_from(401, ""), ApiError::Unauthenticated);
        let f = r#"{"code":"forbidden","message":"not your booth"}"#;
        assert_eq!(error_from(403, f), ApiError::Forbidden);
        assert_eq!(error_from(403, "<html>"), ApiError::Forbidden);
        assert_eq!(
            error_from(
                409,
                r#"{"code":"consent_required","message":"share a card"}"#
            ),
            ApiError::Conflict("consent_required".into())
        );
        assert_eq!(
            error_from(409, r#"{"code":"already_answered","message":"m"}"#),
            ApiError::Conflict("already_answered".into())
        );
        let v =
            r#"{"code":"validation","message":"m","fields":[{"field":"notes","code":"too_long"}]}"#;
        assert!(matches!(error_from(422, v), ApiError::Validation(f) if f[0].code == "too_long"));
    }

    #[test]
    fn no_content_is_unit_and_nothing_else() {
        assert_eq!(decode_success::<()>(204, ""), Ok(()));
        assert_eq!(decode_success::<()>(200, "  "), Ok(()));
        assert!(matches!(
            decode_success::<Account>(204, ""),
            Err(ApiError::Malformed(_))
        ));
        let a = r#"{"id":1,"email":"a@b.example","name":"A","role":"exhibitor","booth_id":1}"#;
        let account: Account = decode_success(200, a).unwrap();
        assert_eq!(account.booth_id, Some(1));
        assert!(matches!(
            decode_success::<Account>(200, "<html>"),
            Err(ApiError::Malformed(_))
        ));
    }

    #[test]
    fn the_token_only_goes_into_the_header() {
        assert_eq!(bearer("abc.123"), "Bearer abc.123");
        assert_eq!(
            booth_path(7, "/leads"),
            "/exhibitor/booths/7/leads".to_string()
        );
        let e = ApiError::Unauthenticated.to_string();
        assert!(!e.contains("Bearer"));
    }

    #[test]
    fn only_outages_are_retried_for_orders() {
        assert!(retry_order(&ApiError::Network));
        assert!(retry_order(&ApiError::Timeout));
        assert!(retry_order(&ApiError::Http {
            status: 503,
            message: None
        }));
        assert!(!retry_order(&ApiError::Http {
            status: 500,
            message: None
        }));
        assert!(!retry_order(&ApiError::Conflict(
            "idempotency_mismatch".into()
        )));
        assert!(!retry_order(&ApiError::Validation(vec![])));
    }
}
