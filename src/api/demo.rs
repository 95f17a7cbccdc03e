//! The embedded demo backend: the whole catalog generated in the browser from a seed, so the
//! app works from a static file server with no backend at all. It answers with exactly the
//! wire types the HTTP backend would, through the same query engine the reference server
//! uses, so both paths show the same catalog.

use std::cell::OnceCell;
use std::rc::Rc;

use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::query;
use tradefair_core::seed::Catalog;
use tradefair_core::wire::{CatalogPage, CatalogQuery, Home, Product, Supplier};

use super::ApiError;

thread_local! {
    static CATALOG: OnceCell<Rc<Catalog>> = const { OnceCell::new() };
}

/// The demo backend. Cheap to clone; the catalog is generated once, on first use.
#[derive(Clone, Default)]
pub struct DemoBackend;

impl DemoBackend {
    fn catalog(&self) -> Rc<Catalog> {
        CATALOG.with(|c| c.get_or_init(|| Rc::new(Catalog::demo())).clone())
    }

    /// Lets the browser paint (a skeleton, a spinner) before the synchronous work runs.
    async fn yield_now(&self) {
        gloo_timers::future::TimeoutFuture::new(0).await;
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
