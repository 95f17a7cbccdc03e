//! Black-box tests: the real router on a real TCP port, spoken to over HTTP.

use std::net::SocketAddr;
use std::sync::OnceLock;

use reqwest::header::{
    ACCEPT_ENCODING, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, CACHE_CONTROL,
    CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ORIGIN, X_CONTENT_TYPE_OPTIONS,
};
use reqwest::StatusCode;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::query;
use tradefair_core::seed::Catalog;
use tradefair_core::wire::{
    CatalogPage, CatalogQuery, Category, ErrorBody, Home, Product, SortOrder, Supplier,
};
use tradefair_server::{db, load_state, AppState, Config, CONTENT_SECURITY_POLICY as CSP};

const JSON: &str = "application/json; charset=utf-8";

/// Starts the server on its own thread and runtime (so it outlives each test's runtime),
/// bound to an ephemeral port, and returns its address.
fn spawn(state: AppState) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            tradefair_server::serve(listener, state).await.unwrap();
        });
    });
    rx.recv().unwrap()
}

struct Fixture {
    base: String,
    /// The demo catalog built directly, without the database.
    demo: Catalog,
}

/// One server for the API tests, on a fresh temporary database seeded at start.
fn api() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            port: 0,
            db: dir.path().join("tradefair.sqlite"),
            ..Config::default()
        };
        let (state, opened) = load_state(&config).unwrap();
        assert_eq!(opened, db::Opened::Seeded);
        // The catalog is in memory now; the temporary database can go.
        drop(dir);
        let addr = spawn(state);
        Fixture {
            base: format!("http://{addr}"),
            demo: Catalog::demo(),
        }
    })
}

async fn get(url: &str) -> reqwest::Response {
    reqwest::get(url).await.unwrap()
}

fn assert_json(res: &reqwest::Response) {
    assert_eq!(res.headers()[CONTENT_TYPE], JSON, "{}", res.url());
}

async fn error_body(res: reqwest::Response, status: StatusCode, code: &str) -> ErrorBody {
    assert_eq!(res.status(), status, "{}", res.url());
    assert_json(&res);
    let body: ErrorBody = res.json().await.unwrap();
    assert_eq!(body.code, code);
    assert!(!body.message.is_empty());
    body
}

#[tokio::test]
async fn health_is_ok_with_security_headers() {
    let res = get(&format!("{}/api/health", api().base)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_json(&res);
    assert_eq!(res.headers()[CONTENT_SECURITY_POLICY], CSP);
    assert_eq!(res.headers()[X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        res.headers()["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body, serde_json::json!({ "status": "ok" }));
}

#[tokio::test]
async fn rates_are_the_seeded_table() {
    let fx = api();
    let res = get(&format!("{}/api/rates", fx.base)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_json(&res);
    let rates: RateTable = res.json().await.unwrap();
    assert_eq!(rates, fx.demo.rates);
}

#[tokio::test]
async fn home_matches_the_query_engine() {
    let fx = api();
    let res = get(&format!("{}/api/home?locale=de&currency=EUR", fx.base)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let home: Home = res.json().await.unwrap();
    assert_eq!(home, query::home(&fx.demo, "de", Currency::Eur));

    let res = get(&format!("{}/api/home?currency=XYZ", fx.base)).await;
    error_body(res, StatusCode::BAD_REQUEST, "bad_request").await;
}

#[tokio::test]
async fn filtered_search_is_the_same_page_as_the_query_engine() {
    let fx = api();
    let client = reqwest::Client::new();
    let mut q = CatalogQuery::new("de", Currency::Eur);
    q.categories = vec![Category::Lighting, Category::Electronics];
    q.lead_time_max = Some(45);
    q.sort = SortOrder::PriceAsc;
    q.per_page = 10;
    let first = q.clone();
    let mut queries = vec![q.clone()];
    q.page = 2;
    queries.push(q.clone());
    q.q = "led".into();
    q.page = 1;
    queries.push(q);
    queries.push(CatalogQuery::new("en", Currency::Usd));
    for q in queries {
        let res = client
            .get(format!("{}/api/products", fx.base))
            .query(&q.to_pairs(true))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{}", res.url());
        assert_json(&res);
        let page: CatalogPage = res.json().await.unwrap();
        let expected = query::search(&fx.demo, &q);
        assert_eq!(page, expected, "{q:?}");
    }
    // The filters are not vacuous on the demo catalog: they match some products, not all.
    let all = query::search(&fx.demo, &CatalogQuery::new("en", Currency::Usd)).total;
    let filtered = query::search(&fx.demo, &first);
    assert!(
        filtered.total > 0 && filtered.total < all,
        "{} of {all}",
        filtered.total
    );
    assert_eq!(filtered.items.len(), 10);
}

#[tokio::test]
async fn search_ignores_garbage_filters_but_rejects_a_bad_locale() {
    let fx = api();
    let res = get(&format!(
        "{}/api/products?category=nonsense&page=-3&price_min=abc&sort=cheapest",
        fx.base
    ))
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let page: CatalogPage = res.json().await.unwrap();
    assert_eq!(
        page,
        query::search(&fx.demo, &CatalogQuery::new("en", Currency::Usd))
    );

    let res = get(&format!("{}/api/products?locale=%3Cscript%3E", fx.base)).await;
    error_body(res, StatusCode::BAD_REQUEST, "bad_request").await;
}

#[tokio::test]
async fn product_one_and_a_missing_product() {
    let fx = api();
    let res = get(&format!("{}/api/products/1?locale=fr", fx.base)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_json(&res);
    let product: Product = res.json().await.unwrap();
    assert_eq!(product.id, 1);
    assert_eq!(Some(product), query::product(&fx.demo, 1, "fr"));

    let res = get(&format!("{}/api/products/4000000000", fx.base)).await;
    error_body(res, StatusCode::NOT_FOUND, "not_found").await;
}

#[tokio::test]
async fn supplier_one_and_a_missing_supplier() {
    let fx = api();
    let res = get(&format!("{}/api/suppliers/1?locale=zh-CN", fx.base)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_json(&res);
    let supplier: Supplier = res.json().await.unwrap();
    assert_eq!(supplier.summary.id, 1);
    assert_eq!(Some(supplier), query::supplier(&fx.demo, 1, "zh-CN"));

    let res = get(&format!("{}/api/suppliers/999999", fx.base)).await;
    error_body(res, StatusCode::NOT_FOUND, "not_found").await;
}

#[tokio::test]
async fn bad_ids_are_400() {
    let fx = api();
    for path in [
        "/api/products/abc",
        "/api/products/-1",
        "/api/products/1.5",
        "/api/products/99999999999",
        "/api/suppliers/x",
    ] {
        let res = get(&format!("{}{path}", fx.base)).await;
        error_body(res, StatusCode::BAD_REQUEST, "bad_request").await;
    }
}

#[tokio::test]
async fn unknown_api_paths_and_methods_are_json_errors() {
    let fx = api();
    for path in ["/api/nope", "/api/products/1/reviews", "/api", "/elsewhere"] {
        let res = get(&format!("{}{path}", fx.base)).await;
        error_body(res, StatusCode::NOT_FOUND, "not_found").await;
    }
    let res = reqwest::Client::new()
        .post(format!("{}/api/products", fx.base))
        .send()
        .await
        .unwrap();
    error_body(res, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed").await;
    // No SPA configured: no config.json either.
    let res = get(&format!("{}/config.json", fx.base)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn cors_and_compression() {
    let fx = api();
    let client = reqwest::Client::new();
    let res = client
        .get(format!("{}/api/rates", fx.base))
        .header(ORIGIN, "http://localhost:3000")
        .header(ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let exposed = res.headers()[ACCESS_CONTROL_EXPOSE_HEADERS]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    for h in ["location", "etag", "link"] {
        assert!(exposed.contains(h), "{exposed}");
    }
    assert_eq!(res.headers()[CONTENT_ENCODING], "br");

    let res = client
        .get(format!("{}/api/products", fx.base))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[CONTENT_ENCODING], "gzip");
}

#[test]
fn a_second_start_loads_the_stored_data_without_reseeding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("again.sqlite");
    let (first, opened) = db::open(&path, false).unwrap();
    assert_eq!(opened, db::Opened::Seeded);
    let (second, opened) = db::open(&path, false).unwrap();
    assert_eq!(opened, db::Opened::Existing);
    assert_eq!(second.suppliers, first.suppliers);
    assert_eq!(second.products, first.products);
    assert_eq!(second.rates, first.rates);
    // The stored demo catalog is exactly the generated one.
    let demo = Catalog::demo();
    assert_eq!(first.suppliers, demo.suppliers);
    assert_eq!(first.products, demo.products);
    let (_, opened) = db::open(&path, true).unwrap();
    assert_eq!(opened, db::Opened::Seeded);
}

/// A server with `--static` pointing at a fake built app.
async fn static_server() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>Tradefair</title>",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("pkg")).unwrap();
    std::fs::write(
        dir.path().join("pkg/tradefair-0123456789abcdef_bg.wasm"),
        b"\0asm\x01\0\0\0",
    )
    .unwrap();
    std::fs::write(dir.path().join("robots.txt"), "User-agent: *\n").unwrap();
    let state = AppState::new(Catalog::generate(5, 40, 4), Some(dir.path().to_path_buf()));
    (format!("http://{}", spawn(state)), dir)
}

#[tokio::test]
async fn static_spa_with_deep_link_fallback_and_config() {
    let (base, _dir) = static_server().await;

    for path in ["/", "/product/3", "/catalog/lighting"] {
        let res = get(&format!("{base}{path}")).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers()[CONTENT_TYPE], "text/html; charset=utf-8");
        assert_eq!(res.headers()[CACHE_CONTROL], "no-cache", "{path}");
        assert_eq!(res.headers()[CONTENT_SECURITY_POLICY], CSP, "{path}");
        assert_eq!(res.headers()[X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("<title>Tradefair</title>"));
    }

    let res = get(&format!("{base}/config.json")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_json(&res);
    assert_eq!(res.headers()[CACHE_CONTROL], "no-cache");
    let config: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        config,
        serde_json::json!({ "backend": "http", "base_url": "" })
    );

    let res = get(&format!("{base}/pkg/tradefair-0123456789abcdef_bg.wasm")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[CONTENT_TYPE], "application/wasm");
    assert_eq!(
        res.headers()[CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(res.headers()[CONTENT_SECURITY_POLICY], CSP);

    let res = get(&format!("{base}/robots.txt")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[CACHE_CONTROL], "no-cache");

    // A missing asset is a 404, not the SPA shell; the API keeps answering JSON.
    let res = get(&format!("{base}/pkg/missing.js")).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = get(&format!("{base}/api/missing")).await;
    error_body(res, StatusCode::NOT_FOUND, "not_found").await;
    let res = get(&format!("{base}/api/health")).await;
    assert_eq!(res.status(), StatusCode::OK);
}
