//! The HTTP backend: the REST/JSON contract of `docs/openapi.yaml`.
//!
//! Every request has a time limit (an `AbortController` fired by a timer). GETs are retried
//! on transient failures with jittered exponential backoff, since repeating a read is safe;
//! nothing else is retried here. A request whose future is dropped (the buyer navigated
//! away, a newer search replaced it) is aborted rather than left to finish unseen.

use serde::de::DeserializeOwned;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::wire::{CatalogPage, CatalogQuery, ErrorBody, Home, Product, Supplier};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::ApiError;

/// How long one attempt may take.
const TIMEOUT_MS: u32 = 10_000;
/// Attempts for a GET (1 + retries).
const GET_ATTEMPTS: u32 = 3;

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

    async fn get_once<T: DeserializeOwned>(&self, url: &str) -> Result<T, ApiError> {
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
        init.set_method("GET");
        init.set_signal(Some(&controller.signal()));
        let headers = web_sys::Headers::new().map_err(|_| ApiError::Network)?;
        let _ = headers.set("Accept", "application/json");
        init.set_headers(&headers);

        let result = async {
            let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
                .await
                .map_err(|_| ApiError::Network)?;
            let resp: Response = resp.dyn_into().map_err(|_| ApiError::Network)?;
            let text_promise = resp.text().map_err(|_| ApiError::Network)?;
            let body = JsFuture::from(text_promise)
                .await
                .map_err(|_| ApiError::Network)?
                .as_string()
                .unwrap_or_default();
            let status = resp.status();
            if (200..300).contains(&status) {
                serde_json::from_str::<T>(&body).map_err(|e| ApiError::Malformed(e.to_string()))
            } else if status == 404 {
                Err(ApiError::NotFound)
            } else {
                let message = serde_json::from_str::<ErrorBody>(&body)
                    .ok()
                    .map(|b| b.message);
                Err(ApiError::Http { status, message })
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
        let url = self.url(path, pairs);
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.get_once(&url).await {
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
