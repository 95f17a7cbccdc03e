//! The embedded demo backend: the whole catalog generated in the browser from a seed, so the
//! app works from a static file server with no backend at all. It answers with exactly the
//! wire types the HTTP backend would, through the same query engine the reference server
//! uses, so both paths show the same catalog.
//!
//! Buying runs the core's `OrderBook` (the same engine as the reference server), kept in
//! `localStorage` under [`ORDER_BOOK_KEY`] as `{"v": <version>, "book": {...}}`. Each call
//! reads the stored book first, so orders and quotes placed in another tab are seen; a
//! stored value that cannot be read is replaced by an empty book with a console warning.
//! When storage is unavailable (private mode, full quota) the book lives in memory for the
//! visit.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::orders::{OrderBook, OrderError, ORDER_BOOK_VERSION};
use tradefair_core::query;
use tradefair_core::seed::Catalog;
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{
    Order, OrderConfirmation, OrderRequest, PriceCheck, PriceCheckRequest, Quote, Rfq, RfqRequest,
};
use tradefair_core::wire::{CatalogPage, CatalogQuery, Home, Product, Supplier};

use super::ApiError;

/// `localStorage` key of the demo backend's order book.
pub const ORDER_BOOK_KEY: &str = "tradefair.demo.orderbook";

thread_local! {
    static CATALOG: OnceCell<Rc<Catalog>> = const { OnceCell::new() };
    /// The catalog being generated in slices (see [`DemoBackend::yield_now`]).
    static BUILDER: std::cell::RefCell<Option<tradefair_core::seed::CatalogBuilder>> =
        const { std::cell::RefCell::new(None) };
    /// The book as last read or written, for when storage is unavailable.
    static BOOK: RefCell<Option<OrderBook>> = const { RefCell::new(None) };
}

/// The stored form of the order book.
#[derive(Serialize, Deserialize)]
struct StoredBook {
    v: u32,
    book: OrderBook,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads a stored book; `Err` says why it was unusable.
fn parse_book(text: &str) -> Result<OrderBook, String> {
    match serde_json::from_str::<StoredBook>(text) {
        Ok(s) if s.v == ORDER_BOOK_VERSION => Ok(s.book),
        Ok(s) => Err(format!("unknown version {}", s.v)),
        Err(e) => Err(e.to_string()),
    }
}

/// The current book: the stored one (another tab may have changed it), else the in-memory
/// one, else a new one.
pub(super) fn load_book() -> OrderBook {
    let stored = storage().and_then(|s| s.get_item(ORDER_BOOK_KEY).ok().flatten());
    let book = match stored {
        Some(text) => match parse_book(&text) {
            Ok(book) => Some(book),
            Err(why) => {
                leptos::logging::warn!(
                    "demo backend: the stored order book ({ORDER_BOOK_KEY}) is unreadable \
                     ({why}); starting with an empty one"
                );
                if let Some(s) = storage() {
                    let _ = s.remove_item(ORDER_BOOK_KEY);
                }
                Some(OrderBook::new())
            }
        },
        None => None,
    };
    match book {
        Some(b) => b,
        None => BOOK.with(|b| b.borrow().clone()).unwrap_or_default(),
    }
}

pub(super) fn save_book(book: &OrderBook) {
    BOOK.with(|b| *b.borrow_mut() = Some(book.clone()));
    let text = serde_json::to_string(&StoredBook {
        v: ORDER_BOOK_VERSION,
        book: book.clone(),
    })
    .unwrap_or_default();
    let saved = storage().is_some_and(|s| s.set_item(ORDER_BOOK_KEY, &text).is_ok());
    if !saved {
        leptos::logging::warn!("demo backend: the order book could not be saved to localStorage");
    }
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// The error the HTTP backend would return for the same refusal.
fn api_error(e: OrderError) -> ApiError {
    match e {
        OrderError::InvalidKey => ApiError::Http {
            status: 400,
            message: Some("invalid idempotency key".into()),
        },
        OrderError::IdempotencyMismatch => ApiError::Conflict("idempotency_mismatch".into()),
        OrderError::Validation(fields) => ApiError::Validation(fields),
        OrderError::PriceChanged { check } => ApiError::PriceChanged(Box::new(check)),
        OrderError::NotFound => ApiError::NotFound,
        OrderError::QuoteExpired => ApiError::Conflict("quote_expired".into()),
        OrderError::Internal(d) => ApiError::Http {
            status: 500,
            message: Some(d),
        },
    }
}

/// Products generated per slice: ~15 ms on a mid-range laptop, well under a 50 ms task.
const SLICE: usize = 250;

/// The demo backend. Cheap to clone; the catalog is generated once, on first use.
#[derive(Clone, Default)]
pub struct DemoBackend;

impl DemoBackend {
    pub(super) fn catalog(&self) -> Rc<Catalog> {
        CATALOG.with(|c| c.get_or_init(|| Rc::new(Catalog::demo())).clone())
    }

    /// Lets the browser paint (a skeleton, a spinner) before the synchronous work runs, and
    /// on first use generates the catalog in slices of [`SLICE`] products with a yield to
    /// the browser between slices, so the page keeps painting and answering input (one
    /// long task of ~1 s on a slow phone otherwise). Calls that arrive meanwhile wait for
    /// the same build.
    pub(super) async fn yield_now(&self) {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if CATALOG.with(|c| c.get().is_some()) {
            return;
        }
        let building = BUILDER.with(|b| b.borrow().is_some());
        if !building {
            BUILDER.with(|b| {
                *b.borrow_mut() = Some(tradefair_core::seed::CatalogBuilder::new(
                    tradefair_core::seed::DEMO_SEED,
                    tradefair_core::seed::DEMO_PRODUCTS,
                    tradefair_core::seed::DEMO_SUPPLIERS,
                ))
            });
        }
        loop {
            if CATALOG.with(|c| c.get().is_some()) {
                return;
            }
            let more = BUILDER.with(|b| b.borrow_mut().as_mut().map(|b| b.step(SLICE)));
            match more {
                Some(true) => {}
                Some(false) => {
                    if let Some(builder) = BUILDER.with(|b| b.borrow_mut().take()) {
                        let catalog = Rc::new(builder.finish());
                        CATALOG.with(|c| {
                            let _ = c.set(catalog);
                        });
                    }
                    return;
                }
                // Another call took the finished builder and is building the index.
                None => {}
            }
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    }

    pub async fn rates(&self) -> Result<RateTable, ApiError> {
        self.yield_now().await;
        Ok(self.catalog().rates.clone())
    }

    pub async fn home(&self, locale: &str, currency: Currency) -> Result<Home, ApiError> {
        self.yield_now().await;
        Ok(query::home(&self.catalog(), locale, currency))
    }

    pub async fn search(&self, q: &CatalogQuery) -> Result<CatalogPage, ApiError> {
        self.yield_now().await;
        Ok(query::search(&self.catalog(), q))
    }

    pub async fn product(&self, id: u32, locale: &str) -> Result<Product, ApiError> {
        self.yield_now().await;
        query::product(&self.catalog(), id, locale).ok_or(ApiError::NotFound)
    }

    pub async fn supplier(&self, id: u32, locale: &str) -> Result<Supplier, ApiError> {
        self.yield_now().await;
        query::supplier(&self.catalog(), id, locale).ok_or(ApiError::NotFound)
    }
}

impl DemoBackend {
    pub async fn price_check(&self, req: &PriceCheckRequest) -> Result<PriceCheck, ApiError> {
        self.yield_now().await;
        Ok(load_book().price_check(&self.catalog(), req, now()))
    }

    /// Places an order exactly once per key, like the reference server.
    pub async fn place_order(
        &self,
        key: &str,
        req: &OrderRequest,
    ) -> Result<OrderConfirmation, ApiError> {
        self.yield_now().await;
        // Read, change and write in one synchronous step: nothing else runs in between.
        let mut book = load_book();
        let placed = book
            .place_detailed(&self.catalog(), key, req, now())
            .map_err(api_error)?;
        if !placed.replayed {
            save_book(&book);
        }
        Ok(placed.confirmation)
    }

    pub async fn orders(&self) -> Result<Vec<Order>, ApiError> {
        self.yield_now().await;
        Ok(load_book().orders(now()))
    }

    pub async fn order(&self, id: &str) -> Result<OrderConfirmation, ApiError> {
        self.yield_now().await;
        load_book().order(id, now()).ok_or(ApiError::NotFound)
    }

    pub async fn create_rfq(&self, req: &RfqRequest) -> Result<Rfq, ApiError> {
        self.yield_now().await;
        let mut book = load_book();
        let rfq = book
            .create_rfq(&self.catalog(), req, now())
            .map_err(api_error)?;
        save_book(&book);
        Ok(rfq)
    }

    pub async fn rfqs(&self) -> Result<Vec<Rfq>, ApiError> {
        self.yield_now().await;
        Ok(load_book().rfq_list(now()))
    }

    pub async fn rfq(&self, id: &str) -> Result<Rfq, ApiError> {
        self.yield_now().await;
        load_book().rfq(id, now()).ok_or(ApiError::NotFound)
    }

    pub async fn accept_quote(&self, id: &str) -> Result<Quote, ApiError> {
        self.yield_now().await;
        let mut book = load_book();
        let quote = book.accept_quote(id, now()).map_err(api_error)?;
        save_book(&book);
        Ok(quote)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_books_are_versioned() {
        let text = serde_json::to_string(&StoredBook {
            v: ORDER_BOOK_VERSION,
            book: OrderBook::new(),
        })
        .unwrap();
        assert_eq!(parse_book(&text), Ok(OrderBook::new()));
        assert!(parse_book(r#"{"v":999,"book":{}}"#).is_err());
        assert!(parse_book("{broken").is_err());
        assert!(parse_book("null").is_err());
    }

    #[test]
    fn refusals_map_to_the_http_backends_errors() {
        assert_eq!(
            api_error(OrderError::IdempotencyMismatch),
            ApiError::Conflict("idempotency_mismatch".into())
        );
        assert_eq!(api_error(OrderError::NotFound), ApiError::NotFound);
        assert!(matches!(
            api_error(OrderError::Validation(vec![])),
            ApiError::Validation(_)
        ));
    }
}
