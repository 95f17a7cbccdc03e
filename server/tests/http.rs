//! Black-box tests: the real router on a real TCP port, spoken to over HTTP.

mod common;

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
use tradefair_core::trade::{
    Order, OrderConfirmation, PriceChangedBody, PriceCheck, PriceCheckRequest, PriceSource, Quote,
    Rfq, ShippingMethod, SupplierShipping, ValidationErrorBody,
};
use tradefair_core::wire::{
    CatalogPage, CatalogQuery, Category, ErrorBody, Home, Product, SortOrder, Supplier,
};
use tradefair_server::store::OrderStore;
use tradefair_server::{db, load_state, AppState, Clock, Config, CONTENT_SECURITY_POLICY as CSP};

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
    /// Holds the database (orders are written to it) for the life of the test binary.
    _dir: tempfile::TempDir,
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
        let addr = spawn(state);
        Fixture {
            base: format!("http://{addr}"),
            demo: Catalog::demo(),
            _dir: dir,
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

// ---------------------------------------------------------------------------------------
// Buying: price checks, exactly-once orders, RFQs
// ---------------------------------------------------------------------------------------

/// A server with its own small catalog, an order database in a temporary directory and a
/// clock the test moves.
struct Shop {
    base: String,
    catalog: Catalog,
    clock: Clock,
    db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn shop_catalog() -> Catalog {
    Catalog::generate(5, 900, 40)
}

fn shop() -> Shop {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("orders.sqlite");
    let clock = Clock::manual(common::t0());
    let catalog = shop_catalog();
    let state = AppState::new(catalog.clone(), None)
        .with_orders(OrderStore::open(&db, false).unwrap())
        .with_clock(clock.clone());
    Shop {
        base: format!("http://{}", spawn(state)),
        catalog,
        clock,
        db,
        _dir: dir,
    }
}

impl Shop {
    async fn post<T: serde::Serialize>(
        &self,
        path: &str,
        key: Option<&str>,
        body: &T,
    ) -> reqwest::Response {
        let mut req = reqwest::Client::new()
            .post(format!("{}{path}", self.base))
            .json(body);
        if let Some(k) = key {
            req = req.header("Idempotency-Key", k);
        }
        req.send().await.unwrap()
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        get(&format!("{}{path}", self.base)).await
    }

    async fn orders(&self) -> Vec<Order> {
        self.get("/api/orders").await.json().await.unwrap()
    }
}

#[tokio::test]
async fn an_order_posted_twice_with_one_key_is_placed_once() {
    let shop = shop();
    let req = common::order_request(&shop.catalog);
    let first = shop.post("/api/orders", Some("http-once-0001"), &req).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    assert_eq!(first.headers()["location"], "/api/orders/CO-000001");
    let first: OrderConfirmation = first.json().await.unwrap();
    assert_eq!(first.orders.len(), 2, "one order per supplier");

    let second = shop.post("/api/orders", Some("http-once-0001"), &req).await;
    assert_eq!(second.status(), StatusCode::OK);
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    assert_eq!(second.headers()["location"], "/api/orders/CO-000001");
    let second: OrderConfirmation = second.json().await.unwrap();
    assert_eq!(second, first);
    assert_eq!(shop.orders().await.len(), 2);
    let by_checkout: OrderConfirmation = shop
        .get("/api/orders/CO-000001")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_checkout.orders.len(), 2);
}

#[tokio::test]
async fn simultaneous_retries_place_one_order() {
    let shop = shop();
    let req = common::order_request(&shop.catalog);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (base, req) = (shop.base.clone(), req.clone());
        tasks.push(tokio::spawn(async move {
            reqwest::Client::new()
                .post(format!("{base}/api/orders"))
                .header("Idempotency-Key", "http-burst-0001")
                .json(&req)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1,
        "{statuses:?}"
    );
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::CREATED || *s == StatusCode::OK));
    assert_eq!(shop.orders().await.len(), 2);
}

#[tokio::test]
async fn a_key_reused_with_another_body_is_a_conflict() {
    let shop = shop();
    let req = common::order_request(&shop.catalog);
    assert_eq!(
        shop.post("/api/orders", Some("http-reuse-0001"), &req)
            .await
            .status(),
        StatusCode::CREATED
    );
    let mut changed = req.clone();
    changed.lines[0].quantity *= 2;
    changed.expected_total =
        common::expected_total(&shop.catalog, &Default::default(), &changed, common::t0());
    let res = shop
        .post("/api/orders", Some("http-reuse-0001"), &changed)
        .await;
    let body = error_body(res, StatusCode::CONFLICT, "idempotency_mismatch").await;
    assert!(body.message.contains("different"));
    assert_eq!(shop.orders().await.len(), 2);
}

#[tokio::test]
async fn an_order_without_a_usable_key_is_a_bad_request() {
    let shop = shop();
    let req = common::order_request(&shop.catalog);
    let res = shop.post("/api/orders", None, &req).await;
    error_body(res, StatusCode::BAD_REQUEST, "idempotency_key_missing").await;
    let res = shop.post("/api/orders", Some("short"), &req).await;
    error_body(res, StatusCode::BAD_REQUEST, "idempotency_key_invalid").await;
    let res = reqwest::Client::new()
        .post(format!("{}/api/orders", shop.base))
        .header("Idempotency-Key", "http-badjson-0001")
        .body("{\"lines\": 3}")
        .send()
        .await
        .unwrap();
    error_body(res, StatusCode::BAD_REQUEST, "bad_request").await;
    assert!(shop.orders().await.is_empty());
}

#[tokio::test]
async fn invalid_orders_answer_422_with_the_fields() {
    let shop = shop();
    let mut req = common::order_request(&shop.catalog);
    req.company.legal_name.clear();
    req.company.tax_id = "DE136695977".into();
    req.company.po_number.clear();
    req.shipping_address.postal_code = "2045".into();
    req.shipping[0] = SupplierShipping {
        supplier_id: req.shipping[0].supplier_id,
        incoterm: req.shipping[0].incoterm,
        method: ShippingMethod::Rail,
    };
    req.shipping_address.country = "US".into();
    req.shipping_address.region = "NY".into();
    req.shipping_address.postal_code = "1000".into();
    let res = shop
        .post("/api/orders", Some("http-invalid-0001"), &req)
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_json(&res);
    let body: ValidationErrorBody = res.json().await.unwrap();
    assert_eq!(body.code, "validation");
    let fields: Vec<(String, String)> =
        body.fields.into_iter().map(|f| (f.field, f.code)).collect();
    let sid = req.shipping[0].supplier_id;
    for (field, code) in [
        ("company.legal_name", "required"),
        ("company.tax_id", "invalid_format"),
        ("company.po_number", "required"),
        ("shipping_address.postal_code", "invalid_format"),
        (&format!("shipping.{sid}.method"), "not_offered"),
    ] {
        assert!(
            fields.contains(&(field.to_string(), code.to_string())),
            "{field} {code}: {fields:?}"
        );
    }
    assert!(shop.orders().await.is_empty());
}

#[tokio::test]
async fn a_stale_total_answers_409_with_the_current_prices() {
    let shop = shop();
    let mut req = common::order_request(&shop.catalog);
    let right = req.expected_total;
    req.expected_total.minor += 100;
    let res = shop
        .post("/api/orders", Some("http-stale-0001"), &req)
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let body: PriceChangedBody = res.json().await.unwrap();
    assert_eq!(body.code, "price_changed");
    assert_eq!(body.check.lines.len(), 2);
    assert!(shop.orders().await.is_empty());
    // Confirmed at the current total, under the same key: placed.
    req.expected_total = right;
    assert_eq!(
        shop.post("/api/orders", Some("http-stale-0001"), &req)
            .await
            .status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_restarted_server_answers_a_retry_from_the_database() {
    // The server stored the order, then "died" before the client saw the answer: a new
    // process on the same database answers the retry with the stored confirmation.
    let shop = shop();
    let req = common::order_request(&shop.catalog);
    let first: OrderConfirmation = shop
        .post("/api/orders", Some("http-restart-0001"), &req)
        .await
        .json()
        .await
        .unwrap();
    let restarted = AppState::new(shop.catalog.clone(), None)
        .with_orders(OrderStore::open(&shop.db, false).unwrap())
        .with_clock(shop.clock.clone());
    let base = format!("http://{}", spawn(restarted));
    let res = reqwest::Client::new()
        .post(format!("{base}/api/orders"))
        .header("Idempotency-Key", "http-restart-0001")
        .json(&req)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let again: OrderConfirmation = res.json().await.unwrap();
    assert_eq!(again, first);
    let orders: Vec<Order> = get(&format!("{base}/api/orders"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(orders.len(), 2);
    // Numbering continues after the stored orders.
    let res = reqwest::Client::new()
        .post(format!("{base}/api/orders"))
        .header("Idempotency-Key", "http-restart-0002")
        .json(&req)
        .send()
        .await
        .unwrap();
    let next: OrderConfirmation = res.json().await.unwrap();
    assert_eq!(next.checkout_id, "CO-000002");
    assert!(next.orders[0].number.ends_with("-000003"));
}

#[tokio::test]
async fn rfq_quotes_arrive_after_a_delay_and_an_accepted_quote_prices_the_cart() {
    let shop = shop();
    let (a, _) = common::two_products(&shop.catalog);
    let req = common::rfq_request(a, vec![a.supplier_id]);
    let res = shop.post("/api/rfqs", None, &req).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(res.headers()["location"], "/api/rfqs/RFQ-000001");
    let rfq: Rfq = res.json().await.unwrap();
    assert!(rfq.quotes.is_empty());
    assert_eq!(rfq.pending_supplier_ids, vec![a.supplier_id]);

    // Not before 3 s.
    shop.clock.advance(2);
    let rfq: Rfq = shop.get("/api/rfqs/RFQ-000001").await.json().await.unwrap();
    assert!(rfq.quotes.is_empty());
    let quote_id = format!("RFQ-000001-S{}", a.supplier_id);
    let res = shop
        .post(&format!("/api/quotes/{quote_id}/accept"), None, &())
        .await;
    error_body(res, StatusCode::NOT_FOUND, "not_found").await;
    // Surely by 12 s.
    shop.clock.advance(10);
    let rfqs: Vec<Rfq> = shop.get("/api/rfqs").await.json().await.unwrap();
    assert_eq!(rfqs.len(), 1);
    let quote = rfqs[0].quotes[0].clone();
    assert_eq!(quote.id, quote_id);
    assert!(rfqs[0].pending_supplier_ids.is_empty());

    let res = shop
        .post(&format!("/api/quotes/{quote_id}/accept"), None, &())
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let accepted: Quote = res.json().await.unwrap();
    assert!(accepted.accepted);

    // The cart line of the quote is priced at the quote.
    let check_req = PriceCheckRequest {
        lines: vec![tradefair_core::quotes::cart_line(&quote)],
        locale: "de".into(),
        currency: tradefair_core::money::Currency::Eur,
    };
    let res = shop.post("/api/cart/price-check", None, &check_req).await;
    assert_eq!(res.status(), StatusCode::OK);
    let check: PriceCheck = res.json().await.unwrap();
    assert_eq!(check.lines[0].unit_price, Some(quote.unit_price));
    assert!(matches!(
        check.lines[0].price_source,
        Some(PriceSource::Quote { .. })
    ));
    let tier = a
        .tiers
        .iter()
        .rev()
        .find(|t| t.min_qty <= quote.quantity)
        .unwrap();
    assert!(
        quote.unit_price.minor < tier.unit_minor,
        "the quote beats the tier"
    );

    // And an order of it is placed at the quoted price.
    let mut order = common::order_request(&shop.catalog);
    order.lines = check_req.lines.clone();
    order.shipping.truncate(1);
    order.shipping[0].incoterm = quote.incoterm;
    order.expected_total =
        tradefair_core::cart::totals(&check.lines, &shop.catalog.rates, order.currency)
            .unwrap()
            .total_display;
    let res = shop
        .post("/api/orders", Some("http-quote-order-01"), &order)
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let placed: OrderConfirmation = res.json().await.unwrap();
    assert_eq!(placed.orders[0].lines[0].unit_price, quote.unit_price);
}

#[tokio::test]
async fn posts_are_allowed_cross_origin_with_an_idempotency_key() {
    let fx = api();
    let res = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, format!("{}/api/orders", fx.base))
        .header(ORIGIN, "http://localhost:3000")
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "content-type,idempotency-key",
        )
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let methods = res.headers()["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(methods.contains("POST"), "{methods}");
    let headers = res.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        headers.contains("idempotency-key") && headers.contains("content-type"),
        "{headers}"
    );
    // The seeded server takes orders on the demo catalog too.
    let req = common::order_request(&fx.demo);
    let res = reqwest::Client::new()
        .post(format!("{}/api/orders", fx.base))
        .header(ORIGIN, "http://localhost:3000")
        .header("Idempotency-Key", "http-cors-order-0001")
        .json(&req)
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    assert!(res.status() == StatusCode::CREATED || res.status() == StatusCode::OK);
}
