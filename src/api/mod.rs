//! The typed client: the only code that knows the backend.
//!
//! The app calls [`Backend`]; which implementation answers is runtime configuration
//! (`config.json` next to `index.html`), not a rebuild. No other module builds backend URLs
//! or parses JSON.

pub mod assets;
pub mod cart_store;
pub mod demo;
pub mod demo_chat;
pub mod demo_exhibitor;
pub mod demo_expo;
mod error;
pub mod exhibitor;
pub mod http;
pub mod saved_sessions;

use std::cell::RefCell;

use serde::Deserialize;
use tradefair_core::chat::{ChatEvent, ChatPost, UpvoteRequest};
use tradefair_core::expo::{
    Booth, BoothFilter, CardShareRequest, CardStatus, ExpoHall, Meeting, MeetingRequest,
    MeetingSlots, Schedule, SharedCard,
};
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::trade::{
    Order, OrderConfirmation, OrderRequest, PriceCheck, PriceCheckRequest, Quote, Rfq, RfqRequest,
};
use tradefair_core::wire::{CatalogPage, CatalogQuery, Category, Home, Product, Supplier};

pub use error::ApiError;

/// Where the data comes from.
#[derive(Clone)]
pub enum Backend {
    /// Generated in the browser; the default, so the app runs from static files.
    Demo(demo::DemoBackend),
    /// A server speaking the REST contract.
    Http(http::HttpBackend),
}

/// `config.json`.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct Config {
    /// `demo` or `http`.
    pub backend: String,
    /// Base URL of the HTTP backend; empty means the app's own origin.
    #[serde(default)]
    pub base_url: String,
}

impl Config {
    /// Parses `config.json` text.
    pub fn parse(text: &str) -> Result<Config, ApiError> {
        serde_json::from_str(text).map_err(|e| ApiError::Config(e.to_string()))
    }

    pub fn into_backend(self) -> Result<Backend, ApiError> {
        match self.backend.as_str() {
            "demo" => Ok(Backend::Demo(demo::DemoBackend)),
            "http" => Ok(Backend::Http(http::HttpBackend::new(&self.base_url))),
            other => Err(ApiError::Config(format!("unknown backend {other:?}"))),
        }
    }
}

thread_local! {
    static BACKEND: RefCell<Backend> = const { RefCell::new(Backend::Demo(demo::DemoBackend)) };
}

/// Reads `config.json` and installs the backend it names. Without a config file the app
/// uses the demo backend (a static host with no config still works); a config that cannot
/// be read is an error, since silently showing demo data to a real deployment would mislead.
pub async fn configure() -> Result<(), ApiError> {
    let backend = match http::fetch_text("/config.json").await {
        Ok(text) => Config::parse(&text)?.into_backend()?,
        Err(ApiError::NotFound) => Backend::Demo(demo::DemoBackend),
        Err(e) => return Err(e),
    };
    BACKEND.with(|b| *b.borrow_mut() = backend);
    Ok(())
}

thread_local! {
    static CREDENTIAL: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sets (or clears) the bearer token the client sends with account and exhibitor calls.
/// The token only ever travels in the `Authorization` header.
pub fn set_credential(token: Option<String>) {
    CREDENTIAL.with(|c| *c.borrow_mut() = token);
}

/// The current bearer token.
pub(crate) fn credential() -> Option<String> {
    CREDENTIAL.with(|c| c.borrow().clone())
}

/// The configured backend.
pub fn backend() -> Backend {
    BACKEND.with(|b| b.borrow().clone())
}

impl Backend {
    /// Whether this is the embedded demo backend.
    pub fn is_demo(&self) -> bool {
        matches!(self, Backend::Demo(_))
    }

    pub async fn rates(&self) -> Result<RateTable, ApiError> {
        match self {
            Backend::Demo(b) => b.rates().await,
            Backend::Http(b) => b.rates().await,
        }
    }

    pub async fn home(&self, locale: &str, currency: Currency) -> Result<Home, ApiError> {
        match self {
            Backend::Demo(b) => b.home(locale, currency).await,
            Backend::Http(b) => b.home(locale, currency).await,
        }
    }

    pub async fn search(&self, q: &CatalogQuery) -> Result<CatalogPage, ApiError> {
        match self {
            Backend::Demo(b) => b.search(q).await,
            Backend::Http(b) => b.search(q).await,
        }
    }

    pub async fn product(&self, id: u32, locale: &str) -> Result<Product, ApiError> {
        match self {
            Backend::Demo(b) => b.product(id, locale).await,
            Backend::Http(b) => b.product(id, locale).await,
        }
    }

    pub async fn supplier(&self, id: u32, locale: &str) -> Result<Supplier, ApiError> {
        match self {
            Backend::Demo(b) => b.supplier(id, locale).await,
            Backend::Http(b) => b.supplier(id, locale).await,
        }
    }

    /// Current prices of cart lines (tiers, accepted quotes, unavailable lines).
    pub async fn price_check(&self, req: &PriceCheckRequest) -> Result<PriceCheck, ApiError> {
        match self {
            Backend::Demo(b) => b.price_check(req).await,
            Backend::Http(b) => b.price_check(req).await,
        }
    }

    /// Places the order of checkout `key` (its idempotency key): placed once however often
    /// this is called with the same key and request. Refusals come back as
    /// [`ApiError::Validation`], [`ApiError::PriceChanged`] or [`ApiError::Conflict`].
    pub async fn place_order(
        &self,
        key: &str,
        req: &OrderRequest,
    ) -> Result<OrderConfirmation, ApiError> {
        match self {
            Backend::Demo(b) => b.place_order(key, req).await,
            Backend::Http(b) => b.place_order(key, req).await,
        }
    }

    /// Every order, newest first.
    pub async fn orders(&self) -> Result<Vec<Order>, ApiError> {
        match self {
            Backend::Demo(b) => b.orders().await,
            Backend::Http(b) => b.orders().await,
        }
    }

    /// A checkout's orders (`CO-...`) or one order by number (`TF-...`).
    pub async fn order(&self, id: &str) -> Result<OrderConfirmation, ApiError> {
        match self {
            Backend::Demo(b) => b.order(id).await,
            Backend::Http(b) => b.order(id).await,
        }
    }

    /// Sends a request for quotation.
    pub async fn create_rfq(&self, req: &RfqRequest) -> Result<Rfq, ApiError> {
        match self {
            Backend::Demo(b) => b.create_rfq(req).await,
            Backend::Http(b) => b.create_rfq(req).await,
        }
    }

    /// Every RFQ with the quotes received so far, newest first.
    pub async fn rfqs(&self) -> Result<Vec<Rfq>, ApiError> {
        match self {
            Backend::Demo(b) => b.rfqs().await,
            Backend::Http(b) => b.rfqs().await,
        }
    }

    pub async fn rfq(&self, id: &str) -> Result<Rfq, ApiError> {
        match self {
            Backend::Demo(b) => b.rfq(id).await,
            Backend::Http(b) => b.rfq(id).await,
        }
    }

    /// Accepts a received quote; its price then applies to the cart line
    /// `tradefair_core::quotes::cart_line(&quote)` until it expires.
    pub async fn accept_quote(&self, id: &str) -> Result<Quote, ApiError> {
        match self {
            Backend::Demo(b) => b.accept_quote(id).await,
            Backend::Http(b) => b.accept_quote(id).await,
        }
    }
}

/// The virtual expo.
impl Backend {
    /// The halls and the booths matching `filter`, live booths first.
    pub async fn expo_hall(
        &self,
        filter: &BoothFilter,
        locale: &str,
    ) -> Result<ExpoHall, ApiError> {
        match self {
            Backend::Demo(b) => b.expo_hall(filter, locale).await,
            Backend::Http(b) => b.expo_hall(filter, locale).await,
        }
    }

    /// One booth (its id is the exhibiting supplier's id).
    pub async fn booth(&self, id: u32, locale: &str) -> Result<Booth, ApiError> {
        match self {
            Backend::Demo(b) => b.booth(id, locale).await,
            Backend::Http(b) => b.booth(id, locale).await,
        }
    }

    /// Running and coming sessions, of one hall if given.
    pub async fn schedule(
        &self,
        hall: Option<Category>,
        locale: &str,
    ) -> Result<Schedule, ApiError> {
        match self {
            Backend::Demo(b) => b.schedule(hall, locale).await,
            Backend::Http(b) => b.schedule(hall, locale).await,
        }
    }

    /// The exhibitor's free meeting slots.
    pub async fn meeting_slots(&self, id: u32) -> Result<MeetingSlots, ApiError> {
        match self {
            Backend::Demo(b) => b.meeting_slots(id).await,
            Backend::Http(b) => b.meeting_slots(id).await,
        }
    }

    /// Books a meeting; a slot taken meanwhile is [`ApiError::Conflict`] `slot_unavailable`.
    pub async fn book_meeting(&self, id: u32, req: &MeetingRequest) -> Result<Meeting, ApiError> {
        match self {
            Backend::Demo(b) => b.book_meeting(id, req).await,
            Backend::Http(b) => b.book_meeting(id, req).await,
        }
    }

    /// The buyer's meetings, by start.
    pub async fn meetings(&self) -> Result<Vec<Meeting>, ApiError> {
        match self {
            Backend::Demo(b) => b.meetings().await,
            Backend::Http(b) => b.meetings().await,
        }
    }

    /// The business card shared with booth `id`, if any.
    pub async fn card_status(&self, id: u32) -> Result<CardStatus, ApiError> {
        match self {
            Backend::Demo(b) => b.card_status(id).await,
            Backend::Http(b) => b.card_status(id).await,
        }
    }

    /// Shares the buyer's chosen card fields with booth `id` (refused without consent).
    pub async fn share_card(
        &self,
        id: u32,
        req: &CardShareRequest,
    ) -> Result<SharedCard, ApiError> {
        match self {
            Backend::Demo(b) => b.share_card(id, req).await,
            Backend::Http(b) => b.share_card(id, req).await,
        }
    }

    /// Withdraws (deletes) the card shared with booth `id`.
    pub async fn withdraw_card(&self, id: u32) -> Result<CardStatus, ApiError> {
        match self {
            Backend::Demo(b) => b.withdraw_card(id).await,
            Backend::Http(b) => b.withdraw_card(id).await,
        }
    }
}

/// Booth channels: chat, questions and pinned products.
impl Backend {
    /// Booth `booth_id`'s events after id `after`. The demo backend plays its scripted
    /// conversation as time passes, so calling this again brings new events; the HTTP
    /// backend streams through [`chat_socket_url`] instead.
    pub async fn chat_events(&self, booth_id: u32, after: u64) -> Result<Vec<ChatEvent>, ApiError> {
        match self {
            Backend::Demo(b) => b.chat_events(booth_id, after).await,
            Backend::Http(b) => b.chat_events(booth_id, after).await,
        }
    }

    /// Posts a buyer's message or question; refused fields come back as
    /// [`ApiError::Validation`].
    pub async fn post_chat(&self, booth_id: u32, post: &ChatPost) -> Result<ChatEvent, ApiError> {
        match self {
            Backend::Demo(b) => b.post_chat(booth_id, post).await,
            Backend::Http(b) => b.post_chat(booth_id, post).await,
        }
    }

    /// Upvotes a question once; a repeat is [`ApiError::Conflict`] `already_upvoted`.
    pub async fn upvote_question(
        &self,
        booth_id: u32,
        question_id: u64,
        client_id: &str,
    ) -> Result<ChatEvent, ApiError> {
        let req = UpvoteRequest {
            client_id: client_id.to_string(),
        };
        match self {
            Backend::Demo(b) => b.upvote_question(booth_id, question_id, &req).await,
            Backend::Http(b) => b.upvote_question(booth_id, question_id, &req).await,
        }
    }
}

/// The WebSocket URL of booth `booth_id`'s live channel resuming after event `after`, when
/// the configured backend streams (the HTTP backend); `None` for the demo backend.
pub fn chat_socket_url(booth_id: u32, after: u64) -> Option<String> {
    match backend() {
        Backend::Demo(_) => None,
        Backend::Http(b) => b.chat_socket_url(booth_id, after),
    }
}

/// Decodes one frame of a booth channel's socket.
pub fn decode_chat_frame(text: &str) -> Result<ChatEvent, ApiError> {
    http::decode_chat_frame(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_names_the_backend() {
        let c = Config::parse(r#"{"backend":"http","base_url":"http://127.0.0.1:8088"}"#).unwrap();
        assert_eq!(c.base_url, "http://127.0.0.1:8088");
        assert!(matches!(c.into_backend(), Ok(Backend::Http(_))));
        assert!(matches!(
            Config::parse(r#"{"backend":"demo"}"#)
                .unwrap()
                .into_backend(),
            Ok(Backend::Demo(_))
        ));
        assert!(matches!(
            Config::parse(r#"{"backend":"ftp"}"#)
                .unwrap()
                .into_backend(),
            Err(ApiError::Config(_))
        ));
        assert!(matches!(Config::parse("<html>"), Err(ApiError::Config(_))));
    }

    #[test]
    fn only_outages_and_server_errors_are_retried() {
        assert!(ApiError::Network.is_transient());
        assert!(ApiError::Timeout.is_transient());
        assert!(ApiError::Http {
            status: 503,
            message: None
        }
        .is_transient());
        assert!(!ApiError::Http {
            status: 400,
            message: None
        }
        .is_transient());
        assert!(!ApiError::NotFound.is_transient());
        assert!(!ApiError::Malformed("x".into()).is_transient());
        assert!(!ApiError::Validation(vec![]).is_transient());
        assert!(!ApiError::Conflict("idempotency_mismatch".into()).is_transient());
    }

    #[test]
    fn buying_errors_have_their_own_messages() {
        assert_eq!(
            ApiError::Validation(vec![]).message_key(),
            "error-validation"
        );
        assert_eq!(
            ApiError::Conflict("idempotency_mismatch".into()).message_key(),
            "error-conflict"
        );
        assert_eq!(
            ApiError::Conflict("quote_expired".into()).message_key(),
            "error-quote-expired"
        );
        let check = PriceCheck {
            lines: vec![],
            unavailable: vec![],
            checked_at: "2026-11-23T08:00:00Z".into(),
        };
        assert_eq!(
            ApiError::PriceChanged(Box::new(check)).message_key(),
            "error-price-changed"
        );
    }
}
