//! The typed client: the only code that knows the backend.
//!
//! The app calls [`Backend`]; which implementation answers is runtime configuration
//! (`config.json` next to `index.html`), not a rebuild. No other module builds backend URLs
//! or parses JSON.

pub mod assets;
pub mod demo;
mod error;
pub mod http;

use std::cell::RefCell;

use serde::Deserialize;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::wire::{CatalogPage, CatalogQuery, Home, Product, Supplier};

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
    }
}
