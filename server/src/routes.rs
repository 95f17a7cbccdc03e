//! Handlers: the `/api` endpoints of `docs/openapi.yaml`, `/config.json` and the static SPA.

use std::path::Path as FsPath;

use axum::body::Body;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};
use tradefair_core::money::Currency;
use tradefair_core::query;
use tradefair_core::wire::CatalogQuery;

use crate::error::{ApiError, JsonUtf8};
use crate::AppState;

/// Longest accepted locale tag (BCP 47 allows 35 characters in practice).
const MAX_LOCALE_LEN: usize = 35;

const HTML_UTF8: &str = "text/html; charset=utf-8";

type ApiResult = Result<Response, ApiError>;

/// `GET /api/health`
pub async fn health() -> Response {
    JsonUtf8(json!({ "status": "ok" })).into_response()
}

/// `GET /api/rates`
pub async fn rates(State(state): State<AppState>) -> Response {
    JsonUtf8(&state.catalog.rates).into_response()
}

/// `GET /api/home?locale=&currency=`
pub async fn home(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let params = Params::parse(raw.as_deref());
    let locale = params.locale()?;
    let currency = params.currency()?;
    Ok(JsonUtf8(query::home(&state.catalog, &locale, currency)).into_response())
}

/// `GET /api/products?...` in the `CatalogQuery::to_pairs(true)` encoding. Unknown keys and
/// malformed filter values are ignored (the same leniency the app's catalog URL has), so
/// a search never fails on a hand-edited link.
pub async fn products(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let params = Params::parse(raw.as_deref());
    // The locale is the one value that reaches the response unchecked, so validate it.
    params.locale()?;
    let q = CatalogQuery::from_pairs(params.pairs(), "en", Currency::Usd);
    Ok(JsonUtf8(query::search(&state.catalog, &q)).into_response())
}

/// `GET /api/products/{id}?locale=`
pub async fn product(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult {
    let id = parse_id(&id, "product")?;
    let locale = Params::parse(raw.as_deref()).locale()?;
    match query::product(&state.catalog, id, &locale) {
        Some(p) => Ok(JsonUtf8(p).into_response()),
        None => Err(ApiError::not_found(format!("no product with id {id}"))),
    }
}

/// `GET /api/suppliers/{id}?locale=`
pub async fn supplier(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> ApiResult {
    let id = parse_id(&id, "supplier")?;
    let locale = Params::parse(raw.as_deref()).locale()?;
    match query::supplier(&state.catalog, id, &locale) {
        Some(s) => Ok(JsonUtf8(s).into_response()),
        None => Err(ApiError::not_found(format!("no supplier with id {id}"))),
    }
}

/// Any `/api/...` path that is not an endpoint.
pub async fn api_not_found(req: Request) -> ApiError {
    ApiError::not_found(format!("no endpoint at {}", req.uri().path()))
}

/// A known path with a method it does not serve.
pub async fn method_not_allowed(req: Request) -> ApiError {
    ApiError::method_not_allowed(format!(
        "{} is not allowed on {}",
        req.method(),
        req.uri().path()
    ))
}

/// `GET /config.json` when serving the SPA: the app served from here talks to this origin.
pub async fn config_json() -> Response {
    let mut res = JsonUtf8(json!({ "backend": "http", "base_url": "" })).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// Everything outside `/api` and `/config.json`: the static SPA when `--static` is given,
/// with `index.html` for unknown extension-less paths so deep links (`/product/3`) load the
/// app. API-looking paths always get a JSON 404.
pub async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    if path == "/api" || path.starts_with("/api/") {
        return api_not_found(req).await.into_response();
    }
    let Some(dir) = state.static_dir.as_deref() else {
        return ApiError::not_found(format!("no resource at {path}")).into_response();
    };
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return method_not_allowed(req).await.into_response();
    }
    let method = req.method().clone();
    let headers = req.headers().clone();
    let served = serve_from(ServeDir::new(dir), req).await;
    if served.status() == StatusCode::NOT_FOUND && !has_extension(&path) {
        let mut index_req = Request::new(Body::empty());
        *index_req.method_mut() = method;
        *index_req.headers_mut() = headers;
        let mut res = serve_from(ServeFile::new(dir.join("index.html")), index_req).await;
        if res.status().is_success() {
            res.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(HTML_UTF8));
        }
        // The SPA shell must never be cached: it names the current hashed bundles.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        return res;
    }
    with_static_headers(&path, served)
}

async fn serve_from<S>(service: S, req: Request) -> Response
where
    S: tower::Service<Request, Error = std::convert::Infallible> + Send,
    S::Response: IntoResponse,
    S::Future: Send,
{
    match service.oneshot(req).await {
        Ok(res) => res.into_response(),
        Err(never) => match never {},
    }
}

/// Content type of `.wasm` and the caching policy of static files.
fn with_static_headers(path: &str, mut res: Response) -> Response {
    if !res.status().is_success() && res.status() != StatusCode::NOT_MODIFIED {
        return res;
    }
    let name = path.rsplit('/').next().unwrap_or("");
    let headers = res.headers_mut();
    let content_type = if name.ends_with(".wasm") {
        Some("application/wasm")
    } else if name.is_empty() || name.ends_with(".html") {
        Some(HTML_UTF8)
    } else if name.ends_with(".ftl") {
        // Fluent translation files.
        Some("text/plain; charset=utf-8")
    } else {
        None
    };
    if let Some(ct) = content_type {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    }
    let cache = if is_hashed(name) {
        "public, max-age=31536000, immutable"
    } else {
        // index.html, config.json and other unhashed files revalidate (Last-Modified).
        "no-cache"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

/// Whether a file name carries a content hash: a run of 16 or more hex digits.
pub fn is_hashed(name: &str) -> bool {
    let mut run = 0;
    for c in name.chars() {
        if c.is_ascii_hexdigit() {
            run += 1;
            if run >= 16 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn has_extension(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    FsPath::new(name).extension().is_some()
}

fn parse_id(raw: &str, what: &str) -> Result<u32, ApiError> {
    raw.parse::<u32>().map_err(|_| {
        ApiError::bad_request(format!("{what} id must be a positive integer, got {raw:?}"))
    })
}

/// The decoded query string.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(raw: Option<&str>) -> Params {
        Params(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .into_owned()
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// `locale`, default `en`. A BCP 47-like tag: letters, digits and `-`, at most 35.
    fn locale(&self) -> Result<String, ApiError> {
        match self.get("locale") {
            None | Some("") => Ok("en".to_string()),
            Some(l)
                if l.len() <= MAX_LOCALE_LEN
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
            {
                Ok(l.to_string())
            }
            Some(l) => Err(ApiError::bad_request(format!(
                "locale must be a BCP 47 tag, got {l:?}"
            ))),
        }
    }

    /// `currency`, default `USD`.
    fn currency(&self) -> Result<Currency, ApiError> {
        match self.get("currency") {
            None | Some("") => Ok(Currency::Usd),
            Some(c) => Currency::from_code(c).ok_or_else(|| {
                ApiError::bad_request(format!("currency must be an ISO 4217 code, got {c:?}"))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_hashed_names() {
        assert!(is_hashed("tradefair-7f3a9c1b2d4e5f60_bg.wasm"));
        assert!(is_hashed("style-0123456789abcdef.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("app-0123456789abcde.js"));
        assert!(!is_hashed("favicon.ico"));
    }

    #[test]
    fn validates_locale_and_currency() {
        let p = Params::parse(Some("locale=zh-CN&currency=eur"));
        assert_eq!(p.locale().unwrap(), "zh-CN");
        assert_eq!(p.currency().unwrap(), Currency::Eur);
        let p = Params::parse(None);
        assert_eq!(p.locale().unwrap(), "en");
        assert_eq!(p.currency().unwrap(), Currency::Usd);
        assert!(Params::parse(Some("locale=%3Cscript%3E")).locale().is_err());
        assert!(Params::parse(Some("currency=XYZ")).currency().is_err());
    }

    #[test]
    fn ids_must_be_unsigned_integers() {
        assert_eq!(parse_id("12", "product"), Ok(12));
        assert!(parse_id("abc", "product").is_err());
        assert!(parse_id("-1", "product").is_err());
        assert!(parse_id("99999999999", "product").is_err());
    }
}
