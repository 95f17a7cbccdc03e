//! `docs/openapi.yaml` is the contract: these tests hold the router's real responses against
//! it (every body is validated against the declared schema, with objects treated as closed,
//! so an undeclared or missing field on either side fails), and the spec's enums and query
//! parameters against the Rust wire types.

mod common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde::Serialize;
use serde_json::{json, Value};
use tower::ServiceExt;
use tradefair_core::exhibitor::{LeadStatus, Role};
use tradefair_core::money::Currency;
use tradefair_core::seed::Catalog;
use tradefair_core::trade::{EscrowStatus, OrderStatus, PaymentMethod, ShippingMethod};
use tradefair_core::wire::{CatalogQuery, Category, Certification, Incoterm, SortOrder, Unit};
use tradefair_server::store::OrderStore;
use tradefair_server::{AppState, Clock};

fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.yaml");
        let text = std::fs::read_to_string(path).expect("docs/openapi.yaml");
        serde_yaml::from_str(&text).expect("openapi.yaml parses")
    })
}

fn state() -> AppState {
    static CATALOG: OnceLock<AppState> = OnceLock::new();
    CATALOG
        .get_or_init(|| AppState::new(Catalog::demo(), None))
        .clone()
}

/// Follows `$ref`s (local pointers only).
fn resolve(mut schema: &Value) -> &Value {
    while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let pointer = r.strip_prefix('#').expect("local $ref");
        schema = spec()
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling $ref {r}"));
    }
    schema
}

fn type_matches(ty: &str, v: &Value) -> bool {
    match ty {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn err(errs: &mut Vec<String>, path: &str, msg: String) {
    errs.push(format!("{path}: {msg}"));
}

/// Validates `v` against `schema`, collecting errors with their JSON path.
fn check(schema: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    let schema = resolve(schema);

    if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = variants
            .iter()
            .filter(|s| {
                let mut e = Vec::new();
                check(s, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            err(
                errs,
                path,
                format!("matches {matching} oneOf variants: {v}"),
            );
        }
        return;
    }
    if let Some(c) = schema.get("const") {
        if c != v {
            err(errs, path, format!("expected const {c}, got {v}"));
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        if !values.contains(v) {
            err(errs, path, format!("{v} is not in enum {values:?}"));
        }
    }
    match schema.get("type") {
        Some(Value::String(t)) if !type_matches(t, v) => {
            return err(errs, path, format!("expected {t}, got {v}"));
        }
        Some(Value::Array(ts)) if !ts.iter().any(|t| type_matches(t.as_str().unwrap(), v)) => {
            return err(errs, path, format!("expected one of {ts:?}, got {v}"));
        }
        _ => {}
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            if n < min {
                err(errs, path, format!("{n} < minimum {min}"));
            }
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            if n > max {
                err(errs, path, format!("{n} > maximum {max}"));
            }
        }
        if let Some(min) = schema.get("exclusiveMinimum").and_then(Value::as_f64) {
            if n <= min {
                err(errs, path, format!("{n} <= exclusiveMinimum {min}"));
            }
        }
    }
    if let Some(s) = v.as_str() {
        match schema.get("pattern").and_then(Value::as_str) {
            Some("^[A-Z]{2}$") if !(s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())) => {
                err(errs, path, format!("{s:?} is not a country code"));
            }
            Some("^[A-Z]{2}$") | None => {}
            Some(other) => panic!("validator does not know pattern {other}"),
        }
        if schema.get("format").and_then(Value::as_str) == Some("date") && !is_iso_date(s) {
            err(errs, path, format!("{s:?} is not YYYY-MM-DD"));
        }
    }
    if let Some(items) = v.as_array() {
        let len = items.len() as u64;
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if len < min {
                err(errs, path, format!("{len} items < minItems {min}"));
            }
        }
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
            if len > max {
                err(errs, path, format!("{len} items > maxItems {max}"));
            }
        }
        let prefix = schema.get("prefixItems").and_then(Value::as_array);
        for (i, item) in items.iter().enumerate() {
            let item_schema = prefix
                .and_then(|p| p.get(i))
                .or_else(|| schema.get("items"));
            match item_schema {
                Some(s) => check(s, item, &format!("{path}[{i}]"), errs),
                None => errs.push(format!("{path}[{i}]: no schema for this item")),
            }
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for key in required {
                let key = key.as_str().unwrap();
                if !obj.contains_key(key) {
                    errs.push(format!("{path}: missing required {key:?}"));
                }
            }
        }
        if let Some(names) = schema.get("propertyNames") {
            for key in obj.keys() {
                check(
                    names,
                    &Value::String(key.clone()),
                    &format!("{path}<key>"),
                    errs,
                );
            }
        }
        for (key, value) in obj {
            let child = format!("{path}.{key}");
            match (
                props.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => {
                    check(s, value, &child, errs);
                    if props.is_some_and(|p| p.contains_key(key))
                        && !schema
                            .get("required")
                            .and_then(Value::as_array)
                            .is_some_and(|r| r.iter().any(|k| k == key))
                    {
                        errs.push(format!(
                            "{child}: always sent by the server but not listed as required"
                        ));
                    }
                }
                (None, Some(extra @ Value::Object(_))) => check(extra, value, &child, errs),
                (None, _) => errs.push(format!("{child}: not declared in the schema")),
            }
        }
    }
}

/// GETs `url` from the router, checks the status is declared for `template` and the body
/// matches the declared schema; returns the body.
async fn check_response(template: &str, url: &str, status: StatusCode) -> Value {
    call(&state(), "get", template, url, &[], None, status).await
}

/// Sends `method url` (with `headers` and a JSON `body`, which is first checked against the
/// operation's request schema) to a router on `st`, checks the status is declared for
/// `template` and the body matches its schema; returns the body.
async fn call(
    st: &AppState,
    method: &str,
    template: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
    status: StatusCode,
) -> Value {
    let op = spec()["paths"]
        .get(template)
        .and_then(|p| p.get(method))
        .unwrap_or_else(|| panic!("no {method} {template} in the spec"));
    let mut req = Request::builder()
        .method(method.to_uppercase().as_str())
        .uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => {
            let schema = &op["requestBody"]["content"]["application/json"]["schema"];
            assert!(
                !schema.is_null(),
                "{method} {template} declares no request body"
            );
            let mut errs = Vec::new();
            check(schema, b, "$", &mut errs);
            assert!(
                errs.is_empty(),
                "the request to {method} {url} does not match the spec:\n{}",
                errs.join("\n")
            );
            req.header("content-type", "application/json")
                .body(Body::from(serde_json::to_vec(b).unwrap()))
        }
        None => req.body(Body::empty()),
    }
    .unwrap();
    let res = tradefair_server::app(st.clone())
        .oneshot(req)
        .await
        .unwrap();
    assert_eq!(res.status(), status, "{method} {url}");
    assert_eq!(
        res.headers()["content-type"],
        "application/json; charset=utf-8",
        "{url}"
    );
    let bytes = axum::body::to_bytes(res.into_body(), 64 << 20)
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&bytes).unwrap();
    let response = op["responses"]
        .get(status.as_str())
        .unwrap_or_else(|| panic!("{method} {template} does not declare {status}"));
    let schema = &resolve(response)["content"]["application/json"]["schema"];
    assert!(
        !schema.is_null(),
        "no JSON schema for {method} {template} {status}"
    );
    let mut errs = Vec::new();
    check(schema, &body, "$", &mut errs);
    assert!(
        errs.is_empty(),
        "{method} {url} does not match the spec:\n{}",
        errs.join("\n")
    );
    body
}

/// A state on the demo catalog with its own order book and a clock the test moves.
fn buying_state() -> (AppState, Clock) {
    let clock = Clock::manual(common::t0());
    let st = state()
        .with_orders(OrderStore::in_memory())
        .with_clock(clock.clone());
    (st, clock)
}

#[tokio::test]
async fn price_checks_and_orders_match_the_spec() {
    let (st, clock) = buying_state();
    let c = &*st.catalog;
    let mut order = common::order_request(c);
    let body = serde_json::to_value(&order).unwrap();
    let check = json!({"lines": body["lines"], "locale": "de", "currency": "EUR"});
    let priced = call(
        &st,
        "post",
        "/api/cart/price-check",
        "/api/cart/price-check",
        &[],
        Some(&check),
        StatusCode::OK,
    )
    .await;
    assert_eq!(priced["lines"].as_array().unwrap().len(), 2);
    // Below the MOQ: the unit price is null; an unknown product is unavailable.
    let (a, _) = common::two_products(c);
    let odd = json!({"lines": [
        {"product_id": a.id, "quantity": 1, "quote_id": null},
        {"product_id": 4_000_000_000u32, "quantity": 5, "quote_id": null}
    ], "locale": "fr", "currency": "JPY"});
    call(
        &st,
        "post",
        "/api/cart/price-check",
        "/api/cart/price-check",
        &[],
        Some(&odd),
        StatusCode::OK,
    )
    .await;
    let bad = json!({"lines": "none"});
    let url = "/api/cart/price-check";
    let res = tradefair_server::app(st.clone())
        .oneshot(
            Request::post(url)
                .body(Body::from(bad.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    let key = ("idempotency-key", "openapi-order-0001");
    // No key, a bad key.
    call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[],
        Some(&body),
        StatusCode::BAD_REQUEST,
    )
    .await;
    call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[("idempotency-key", "x")],
        Some(&body),
        StatusCode::BAD_REQUEST,
    )
    .await;
    // Fields to correct.
    let mut invalid = body.clone();
    invalid["company"]["tax_id"] = json!("DE000");
    invalid["shipping_address"]["postal_code"] = json!("");
    let v = call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[key],
        Some(&invalid),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(v["fields"].as_array().unwrap().len(), 2);
    // A stale total.
    let mut stale = body.clone();
    stale["expected_total"]["minor"] = json!(order.expected_total.minor + 1);
    let v = call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[key],
        Some(&stale),
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(v["code"], "price_changed");
    // Placed, replayed, and refused with another body.
    let placed = call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[key],
        Some(&body),
        StatusCode::CREATED,
    )
    .await;
    let again = call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[key],
        Some(&body),
        StatusCode::OK,
    )
    .await;
    assert_eq!(placed, again);
    let mut other = body.clone();
    other["company"]["po_number"] = json!("PO-other");
    let v = call(
        &st,
        "post",
        "/api/orders",
        "/api/orders",
        &[key],
        Some(&other),
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(v["code"], "idempotency_mismatch");
    // Every payment method's shape.
    for (i, payment) in [
        PaymentMethod::Card {
            provider_ref: "pi_demo_1".into(),
        },
        PaymentMethod::LetterOfCredit {
            issuing_bank: "Hamburger Sparkasse".into(),
        },
        PaymentMethod::NetTerms { days: 30 },
    ]
    .into_iter()
    .enumerate()
    {
        order.payment = payment;
        let k = format!("openapi-order-pay-{i}");
        let b = serde_json::to_value(&order).unwrap();
        call(
            &st,
            "post",
            "/api/orders",
            "/api/orders",
            &[("idempotency-key", &k)],
            Some(&b),
            StatusCode::CREATED,
        )
        .await;
    }

    // Reads, now and once delivered (tracking, released escrow, every timeline step).
    let checkout = placed["checkout_id"].as_str().unwrap().to_string();
    let number = placed["orders"][0]["number"].as_str().unwrap().to_string();
    for _ in 0..2 {
        let list = call(
            &st,
            "get",
            "/api/orders",
            "/api/orders",
            &[],
            None,
            StatusCode::OK,
        )
        .await;
        assert_eq!(list.as_array().unwrap().len(), 8);
        call(
            &st,
            "get",
            "/api/orders/{id}",
            &format!("/api/orders/{checkout}"),
            &[],
            None,
            StatusCode::OK,
        )
        .await;
        call(
            &st,
            "get",
            "/api/orders/{id}",
            &format!("/api/orders/{number}"),
            &[],
            None,
            StatusCode::OK,
        )
        .await;
        clock.advance(3_600);
    }
    let done = call(
        &st,
        "get",
        "/api/orders/{id}",
        &format!("/api/orders/{number}"),
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(done["orders"][0]["status"], "delivered");
    assert!(done["orders"][0]["tracking"].is_object());
    call(
        &st,
        "get",
        "/api/orders/{id}",
        "/api/orders/TF-1999-000001",
        &[],
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn rfqs_and_quotes_match_the_spec() {
    let (st, clock) = buying_state();
    let c = &*st.catalog;
    let (a, b) = common::two_products(c);
    let mut req = common::rfq_request(a, vec![a.supplier_id, b.supplier_id]);
    req.target_price = Some(tradefair_core::money::Money::new(100, Currency::Usd));
    let body = serde_json::to_value(&req).unwrap();
    let rfq = call(
        &st,
        "post",
        "/api/rfqs",
        "/api/rfqs",
        &[],
        Some(&body),
        StatusCode::CREATED,
    )
    .await;
    let id = rfq["id"].as_str().unwrap().to_string();
    let mut invalid = body.clone();
    invalid["supplier_ids"] = json!([]);
    invalid["needed_by"] = json!("2020-01-01");
    call(
        &st,
        "post",
        "/api/rfqs",
        "/api/rfqs",
        &[],
        Some(&invalid),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let res = tradefair_server::app(st.clone())
        .oneshot(Request::post("/api/rfqs").body(Body::from("{")).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    call(
        &st,
        "get",
        "/api/rfqs",
        "/api/rfqs",
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    clock.advance(12);
    let answered = call(
        &st,
        "get",
        "/api/rfqs/{id}",
        &format!("/api/rfqs/{id}"),
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    let quote_id = answered["quotes"][0]["id"].as_str().unwrap().to_string();
    call(
        &st,
        "get",
        "/api/rfqs/{id}",
        "/api/rfqs/RFQ-999999",
        &[],
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    let url = format!("/api/quotes/{quote_id}/accept");
    let quote = call(
        &st,
        "post",
        "/api/quotes/{id}/accept",
        &url,
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(quote["accepted"], true);
    call(
        &st,
        "post",
        "/api/quotes/{id}/accept",
        "/api/quotes/nope/accept",
        &[],
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    // A cart line at the quoted price.
    let line = json!({"lines": [{"product_id": quote["product_id"], "quantity": quote["quantity"], "quote_id": quote_id}], "locale": "en", "currency": "USD"});
    let priced = call(
        &st,
        "post",
        "/api/cart/price-check",
        "/api/cart/price-check",
        &[],
        Some(&line),
        StatusCode::OK,
    )
    .await;
    assert_eq!(priced["lines"][0]["price_source"]["kind"], "quote");
    clock.advance(31 * 86_400);
    call(
        &st,
        "post",
        "/api/quotes/{id}/accept",
        &url,
        &[],
        None,
        StatusCode::CONFLICT,
    )
    .await;
    let priced = call(
        &st,
        "post",
        "/api/cart/price-check",
        "/api/cart/price-check",
        &[],
        Some(&line),
        StatusCode::OK,
    )
    .await;
    assert_eq!(priced["unavailable"][0]["reason"], "quote_expired");
}

#[tokio::test]
async fn meta_endpoints_match_the_spec() {
    check_response("/api/health", "/api/health", StatusCode::OK).await;
    check_response("/api/rates", "/api/rates", StatusCode::OK).await;
}

#[tokio::test]
async fn home_matches_the_spec() {
    for (locale, currency) in [("en", "USD"), ("de", "EUR"), ("ja", "JPY"), ("xx", "BRL")] {
        let url = format!("/api/home?locale={locale}&currency={currency}");
        check_response("/api/home", &url, StatusCode::OK).await;
    }
    check_response(
        "/api/home",
        "/api/home?currency=XXX",
        StatusCode::BAD_REQUEST,
    )
    .await;
}

#[tokio::test]
async fn catalog_pages_match_the_spec() {
    for query in [
        "",
        "locale=de&currency=EUR&category=lighting,electronics&sort=price-asc",
        "q=zzzzzz-no-such-product",
        "cert=CE&overseas=1&per_page=100&page=2&currency=JPY&locale=zh-CN",
        "supplier=1&sort=newest",
    ] {
        let url = format!("/api/products?{query}");
        check_response("/api/products", &url, StatusCode::OK).await;
    }
    check_response(
        "/api/products",
        "/api/products?locale=%22%3E",
        StatusCode::BAD_REQUEST,
    )
    .await;
}

#[tokio::test]
async fn products_and_suppliers_match_the_spec() {
    let st = state();
    for p in st.catalog.products.iter().step_by(5) {
        let url = format!("/api/products/{}?locale=fr", p.id);
        check_response("/api/products/{id}", &url, StatusCode::OK).await;
    }
    for s in &st.catalog.suppliers {
        let url = format!("/api/suppliers/{}?locale=ar", s.id);
        check_response("/api/suppliers/{id}", &url, StatusCode::OK).await;
    }
    check_response(
        "/api/products/{id}",
        "/api/products/x",
        StatusCode::BAD_REQUEST,
    )
    .await;
    check_response(
        "/api/products/{id}",
        "/api/products/0",
        StatusCode::NOT_FOUND,
    )
    .await;
    check_response(
        "/api/suppliers/{id}",
        "/api/suppliers/0",
        StatusCode::NOT_FOUND,
    )
    .await;
}

#[tokio::test]
async fn booth_channels_match_the_spec() {
    let st = state().with_chat(tradefair_server::chat::ChatHub::in_memory(state().catalog));
    let history = call(
        &st,
        "get",
        "/api/booths/{id}/chat",
        "/api/booths/1/chat",
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    let kinds: BTreeSet<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"]["type"].as_str().unwrap())
        .collect();
    assert!(kinds.is_superset(&BTreeSet::from(["message", "question", "upvote", "pin"])));
    let post = json!({"kind": "question", "author": "Anna", "text": "DDP?", "locale": "de", "client_id": "client-0001"});
    let q = call(
        &st,
        "post",
        "/api/booths/{id}/chat",
        "/api/booths/1/chat",
        &[],
        Some(&post),
        StatusCode::CREATED,
    )
    .await;
    let url = format!("/api/booths/1/questions/{}/upvote", q["id"]);
    let vote = json!({"client_id": "client-0001"});
    let template = "/api/booths/{id}/questions/{qid}/upvote";
    call(
        &st,
        "post",
        template,
        &url,
        &[],
        Some(&vote),
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "post",
        template,
        &url,
        &[],
        Some(&vote),
        StatusCode::CONFLICT,
    )
    .await;
    let empty = json!({"kind": "message", "author": "Anna", "text": " ", "locale": "de", "client_id": "client-0001"});
    call(
        &st,
        "post",
        "/api/booths/{id}/chat",
        "/api/booths/1/chat",
        &[],
        Some(&empty),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    call(
        &st,
        "get",
        "/api/booths/{id}/chat",
        "/api/booths/4000000/chat",
        &[],
        None,
        StatusCode::NOT_FOUND,
    )
    .await;
    call(
        &st,
        "get",
        "/api/booths/{id}/chat",
        "/api/booths/1/chat?after=x",
        &[],
        None,
        StatusCode::BAD_REQUEST,
    )
    .await;
}

#[tokio::test]
async fn expo_matches_the_spec() {
    let st = state()
        .with_expo(tradefair_server::expo::ExpoStore::in_memory())
        .with_clock(Clock::manual(common::t0()));
    let get = |template: &'static str, url: &'static str, status: StatusCode| {
        let st = st.clone();
        async move { call(&st, "get", template, url, &[], None, status).await }
    };
    let hall = get(
        "/api/expo/booths",
        "/api/expo/booths?locale=de",
        StatusCode::OK,
    )
    .await;
    assert_eq!(hall["booths"][0]["live"], true);
    get(
        "/api/expo/booths",
        "/api/expo/booths?category=lighting&language=zh&country=CN",
        StatusCode::OK,
    )
    .await;
    get(
        "/api/expo/booths",
        "/api/expo/booths?category=toys",
        StatusCode::BAD_REQUEST,
    )
    .await;
    let live = get(
        "/api/expo/booths/{id}",
        "/api/expo/booths/1",
        StatusCode::OK,
    )
    .await;
    assert!(live["live"]["recording_url"].is_string());
    let offline = get(
        "/api/expo/booths/{id}",
        "/api/expo/booths/2?locale=zh-CN",
        StatusCode::OK,
    )
    .await;
    assert!(offline["live"].is_null());
    get(
        "/api/expo/booths/{id}",
        "/api/expo/booths/4000",
        StatusCode::NOT_FOUND,
    )
    .await;
    get(
        "/api/expo/booths/{id}",
        "/api/expo/booths/x",
        StatusCode::BAD_REQUEST,
    )
    .await;
    get(
        "/api/expo/schedule",
        "/api/expo/schedule?hall=lighting&locale=fr",
        StatusCode::OK,
    )
    .await;
    let slots = get(
        "/api/expo/booths/{id}/slots",
        "/api/expo/booths/3/slots",
        StatusCode::OK,
    )
    .await;
    let start = slots["slots"][0]["start"].clone();
    let req = json!({"start": start, "buyer_time_zone": "America/New_York", "note": "samples"});
    let meetings = "/api/expo/booths/{id}/meetings";
    call(
        &st,
        "post",
        meetings,
        "/api/expo/booths/3/meetings",
        &[],
        Some(&req),
        StatusCode::CREATED,
    )
    .await;
    call(
        &st,
        "post",
        meetings,
        "/api/expo/booths/3/meetings",
        &[],
        Some(&req),
        StatusCode::CONFLICT,
    )
    .await;
    let bad = json!({"start": start, "buyer_time_zone": "", "note": ""});
    call(
        &st,
        "post",
        meetings,
        "/api/expo/booths/3/meetings",
        &[],
        Some(&bad),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let list = get("/api/expo/meetings", "/api/expo/meetings", StatusCode::OK).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let card = "/api/expo/booths/{id}/card";
    let none = get(card, "/api/expo/booths/3/card", StatusCode::OK).await;
    assert!(none["shared"].is_null());
    let fields = json!({"name": "Ana", "company": null, "job_title": null, "email": "ana@example.com", "phone": null, "country": null});
    let refused = json!({"consent": false, "card": fields});
    call(
        &st,
        "put",
        card,
        "/api/expo/booths/3/card",
        &[],
        Some(&refused),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let ok = json!({"consent": true, "card": fields});
    call(
        &st,
        "put",
        card,
        "/api/expo/booths/3/card",
        &[],
        Some(&ok),
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "delete",
        card,
        "/api/expo/booths/3/card",
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    get(card, "/api/expo/booths/4000/card", StatusCode::NOT_FOUND).await;
}

#[test]
fn every_path_of_the_spec_is_served_and_only_those() {
    let paths: BTreeSet<&str> = spec()["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected = BTreeSet::from([
        "/api/health",
        "/api/rates",
        "/api/home",
        "/api/products",
        "/api/products/{id}",
        "/api/suppliers/{id}",
        "/api/cart/price-check",
        "/api/orders",
        "/api/orders/{id}",
        "/api/rfqs",
        "/api/rfqs/{id}",
        "/api/quotes/{id}/accept",
        "/api/booths/{id}/chat",
        "/api/booths/{id}/questions/{qid}/upvote",
        "/api/expo/booths",
        "/api/expo/booths/{id}",
        "/api/expo/booths/{id}/slots",
        "/api/expo/booths/{id}/meetings",
        "/api/expo/booths/{id}/card",
        "/api/expo/meetings",
        "/api/expo/schedule",
        "/api/expo/booths/{id}/engagement",
        "/api/auth/sign-in",
        "/api/auth/sign-out",
        "/api/auth/me",
        "/api/exhibitor/booths/{id}/profile",
        "/api/exhibitor/booths/{id}/live",
        "/api/exhibitor/booths/{id}/chat",
        "/api/exhibitor/booths/{id}/pins/{product_id}",
        "/api/exhibitor/booths/{id}/questions/{qid}/answered",
        "/api/exhibitor/booths/{id}/leads",
        "/api/exhibitor/booths/{id}/leads/{lead_id}",
        "/api/exhibitor/booths/{id}/rfqs",
        "/api/exhibitor/booths/{id}/rfqs/{rfq_id}/quote",
        "/config.json",
    ]);
    assert_eq!(paths, expected);
    assert_eq!(spec()["openapi"], "3.1.0");
    assert_eq!(spec()["servers"][0]["url"], "http://127.0.0.1:8088");
}

fn wire<T: Serialize>(values: impl IntoIterator<Item = T>) -> Vec<Value> {
    values
        .into_iter()
        .map(|v| serde_json::to_value(v).unwrap())
        .collect()
}

fn spec_enum(name: &str) -> Vec<Value> {
    spec()["components"]["schemas"][name]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("no enum {name}"))
        .clone()
}

#[test]
fn spec_enums_are_the_wire_enums() {
    assert_eq!(spec_enum("Currency"), wire(Currency::ALL));
    assert_eq!(spec_enum("Category"), wire(Category::ALL));
    assert_eq!(spec_enum("Certification"), wire(Certification::ALL));
    assert_eq!(spec_enum("Incoterm"), wire(Incoterm::ALL));
    assert_eq!(spec_enum("SortOrder"), wire(SortOrder::ALL));
    assert_eq!(spec_enum("ShippingMethod"), wire(ShippingMethod::ALL));
    assert_eq!(spec_enum("OrderStatus"), wire(OrderStatus::ALL));
    assert_eq!(spec_enum("LeadStatus"), wire(LeadStatus::ALL));
    assert_eq!(spec_enum("Role"), wire([Role::Buyer, Role::Exhibitor]));
    assert_eq!(
        spec_enum("EscrowStatus"),
        wire([
            EscrowStatus::NotUsed,
            EscrowStatus::AwaitingPayment,
            EscrowStatus::Held,
            EscrowStatus::Released
        ])
    );
    assert_eq!(
        spec_enum("Unit"),
        wire([
            Unit::Piece,
            Unit::Set,
            Unit::Pair,
            Unit::Meter,
            Unit::Kilogram,
            Unit::Roll,
            Unit::Box
        ])
    );
}

#[test]
fn search_parameters_are_the_query_encoding() {
    let mut q = CatalogQuery::new("de", Currency::Eur);
    q.q = "lamp".into();
    q.categories = vec![Category::Lighting];
    q.certifications = vec![Certification::Ce];
    q.countries = vec!["CN".into()];
    q.price_min = Some(1);
    q.price_max = Some(2);
    q.moq_min = Some(1);
    q.moq_max = Some(2);
    q.lead_time_max = Some(3);
    q.overseas_stock = true;
    q.supplier_id = Some(1);
    q.sort = SortOrder::Newest;
    q.page = 2;
    q.per_page = 10;
    let encoded: BTreeSet<&str> = q.to_pairs(true).into_iter().map(|(k, _)| k).collect();
    let declared: BTreeSet<String> = spec()["paths"]["/api/products"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| resolve(p)["name"].as_str().unwrap().to_string())
        .collect();
    let declared: BTreeSet<&str> = declared.iter().map(String::as_str).collect();
    assert_eq!(encoded, declared);
}

/// Sends a request with no JSON answer (204) and returns its status.
async fn call_empty(
    st: &AppState,
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&Value>,
) -> StatusCode {
    let mut req = Request::builder().method(method).uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(serde_json::to_vec(b).unwrap())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    tradefair_server::app(st.clone())
        .oneshot(req)
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn the_exhibitor_console_matches_the_spec() {
    let (st, clock) = buying_state();
    let catalog = st.catalog.clone();
    let st = st.with_chat(tradefair_server::chat::ChatHub::in_memory(catalog));
    let st = st.with_exhibitors(
        tradefair_server::auth::AuthStore::in_memory(),
        tradefair_server::exhibitor::ExhibitorStore::in_memory(),
    );
    let st = st
        .with_media_base(Some("http://127.0.0.1:8889".into()))
        .with_media_token(Some("whip-secret".into()));
    let c = st.catalog.clone();
    let sign_in = "/api/auth/sign-in";
    let session = call(
        &st,
        "post",
        sign_in,
        sign_in,
        &[],
        Some(&json!({"email": "booth1@exhibitor.tradefair.example", "password": "expo-booth-1"})),
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "post",
        sign_in,
        sign_in,
        &[],
        Some(&json!({"email": "booth1@exhibitor.tradefair.example", "password": "nope"})),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let auth = format!("Bearer {}", session["token"].as_str().unwrap());
    let h = [("authorization", auth.as_str())];
    call(
        &st,
        "get",
        "/api/auth/me",
        "/api/auth/me",
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "get",
        "/api/auth/me",
        "/api/auth/me",
        &[],
        None,
        StatusCode::UNAUTHORIZED,
    )
    .await;

    let profile_t = "/api/exhibitor/booths/{id}/profile";
    let profile = call(
        &st,
        "get",
        profile_t,
        "/api/exhibitor/booths/1/profile",
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "get",
        profile_t,
        "/api/exhibitor/booths/2/profile",
        &h,
        None,
        StatusCode::FORBIDDEN,
    )
    .await;
    call(
        &st,
        "get",
        profile_t,
        "/api/exhibitor/booths/1/profile",
        &[],
        None,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    call(
        &st,
        "put",
        profile_t,
        "/api/exhibitor/booths/1/profile",
        &h,
        Some(&profile),
        StatusCode::OK,
    )
    .await;
    let mut bad = profile.clone();
    bad["slot_minutes"] = json!(15);
    bad["time_zone"] = json!("Nowhere/Else");
    call(
        &st,
        "put",
        profile_t,
        "/api/exhibitor/booths/1/profile",
        &h,
        Some(&bad),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;

    let live_t = "/api/exhibitor/booths/{id}/live";
    let grant = call(
        &st,
        "get",
        live_t,
        "/api/exhibitor/booths/1/live",
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(grant["whip_url"], "http://127.0.0.1:8889/whip/booth-1");
    call(
        &st,
        "put",
        live_t,
        "/api/exhibitor/booths/1/live",
        &h,
        Some(&json!({"on_air": true})),
        StatusCode::OK,
    )
    .await;

    let chat_t = "/api/exhibitor/booths/{id}/chat";
    call(
        &st,
        "post",
        chat_t,
        "/api/exhibitor/booths/1/chat",
        &h,
        Some(&json!({"text": "Welcome!", "locale": "en"})),
        StatusCode::CREATED,
    )
    .await;
    call(
        &st,
        "post",
        chat_t,
        "/api/exhibitor/booths/1/chat",
        &h,
        Some(&json!({"text": " ", "locale": "en"})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let own = c.supplier_products(1).next().unwrap().id;
    let other = c.supplier_products(2).next().unwrap().id;
    let pin_t = "/api/exhibitor/booths/{id}/pins/{product_id}";
    call(
        &st,
        "put",
        pin_t,
        &format!("/api/exhibitor/booths/1/pins/{own}"),
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "put",
        pin_t,
        &format!("/api/exhibitor/booths/1/pins/{other}"),
        &h,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    call(
        &st,
        "delete",
        pin_t,
        &format!("/api/exhibitor/booths/1/pins/{own}"),
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    let events = call(
        &st,
        "get",
        "/api/booths/{id}/chat",
        "/api/booths/1/chat",
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    let qid = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"]["type"] == "question")
        .map(|e| e["id"].as_u64().unwrap())
        .expect("the scripted history has a question");
    let answered_t = "/api/exhibitor/booths/{id}/questions/{qid}/answered";
    call(
        &st,
        "post",
        answered_t,
        &format!("/api/exhibitor/booths/1/questions/{qid}/answered"),
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "post",
        answered_t,
        "/api/exhibitor/booths/1/questions/999999/answered",
        &h,
        None,
        StatusCode::NOT_FOUND,
    )
    .await;

    // A buyer shares a card, reports engagement, sends an RFQ.
    let card = json!({"consent": true, "card": {"name": "Ana Souza", "company": "Souza Ltda", "job_title": null, "email": "ana@example.com", "phone": null, "country": "BR"}});
    call(
        &st,
        "put",
        "/api/expo/booths/{id}/card",
        "/api/expo/booths/1/card",
        &[],
        Some(&card),
        StatusCode::OK,
    )
    .await;
    let watched = json!({"engagement": {"kind": "watched", "seconds": 90}});
    assert_eq!(
        call_empty(
            &st,
            "POST",
            "/api/expo/booths/1/engagement",
            &[],
            Some(&watched)
        )
        .await,
        StatusCode::NO_CONTENT
    );
    let engagement_t = "/api/expo/booths/{id}/engagement";
    call(
        &st,
        "post",
        engagement_t,
        "/api/expo/booths/2/engagement",
        &[],
        Some(&watched),
        StatusCode::CONFLICT,
    )
    .await;
    call(
        &st,
        "post",
        engagement_t,
        "/api/expo/booths/1/engagement",
        &[],
        Some(&json!({"engagement": {"kind": "watched", "seconds": 0}})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let p = c.supplier_products(1).next().unwrap();
    let rfq_req = serde_json::to_value(common::rfq_request(p, vec![1])).unwrap();
    let rfq = call(
        &st,
        "post",
        "/api/rfqs",
        "/api/rfqs",
        &[],
        Some(&rfq_req),
        StatusCode::CREATED,
    )
    .await;
    let rfq_id = rfq["id"].as_str().unwrap().to_string();

    let leads = call(
        &st,
        "get",
        "/api/exhibitor/booths/{id}/leads",
        "/api/exhibitor/booths/1/leads",
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    assert!(leads.as_array().unwrap().iter().any(|l| l["id"] == "buyer"));
    let lead_t = "/api/exhibitor/booths/{id}/leads/{lead_id}";
    call(
        &st,
        "patch",
        lead_t,
        "/api/exhibitor/booths/1/leads/buyer",
        &h,
        Some(&json!({"status": "contacted", "notes": "Called"})),
        StatusCode::OK,
    )
    .await;
    call(
        &st,
        "patch",
        lead_t,
        "/api/exhibitor/booths/1/leads/nobody",
        &h,
        Some(&json!({"status": "contacted", "notes": ""})),
        StatusCode::NOT_FOUND,
    )
    .await;
    call(
        &st,
        "patch",
        lead_t,
        "/api/exhibitor/booths/1/leads/buyer",
        &h,
        Some(&json!({"status": "won", "notes": "x".repeat(2001)})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;

    let inbox = call(
        &st,
        "get",
        "/api/exhibitor/booths/{id}/rfqs",
        "/api/exhibitor/booths/1/rfqs",
        &h,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(inbox[0]["id"], rfq_id.as_str());
    let qty = rfq["request"]["quantity"].as_u64().unwrap();
    let offer = json!({
        "currency": "USD",
        "tiers": [{"min_qty": qty, "unit_minor": 250}, {"min_qty": qty * 10, "unit_minor": 199}],
        "incoterm": "FOB",
        "lead_time_days": 20,
        "expires_on": "2026-12-20",
        "note": "Best price.",
        "locale": "en"
    });
    let quote_t = "/api/exhibitor/booths/{id}/rfqs/{rfq_id}/quote";
    let url = format!("/api/exhibitor/booths/1/rfqs/{rfq_id}/quote");
    let mut bad_offer = offer.clone();
    bad_offer["tiers"] = json!([]);
    call(
        &st,
        "post",
        quote_t,
        &url,
        &h,
        Some(&bad_offer),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    call(
        &st,
        "post",
        quote_t,
        &url,
        &h,
        Some(&offer),
        StatusCode::CREATED,
    )
    .await;
    call(
        &st,
        "post",
        quote_t,
        &url,
        &h,
        Some(&offer),
        StatusCode::CONFLICT,
    )
    .await;
    call(
        &st,
        "post",
        quote_t,
        "/api/exhibitor/booths/1/rfqs/RFQ-999999/quote",
        &h,
        Some(&offer),
        StatusCode::NOT_FOUND,
    )
    .await;
    clock.advance(30);
    let seen = call(
        &st,
        "get",
        "/api/rfqs/{id}",
        &format!("/api/rfqs/{rfq_id}"),
        &[],
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen["quotes"][0]["tiers"].as_array().unwrap().len(), 2);

    assert_eq!(
        call_empty(&st, "POST", "/api/auth/sign-out", &h, None).await,
        StatusCode::NO_CONTENT
    );
    call(
        &st,
        "post",
        "/api/auth/sign-out",
        "/api/auth/sign-out",
        &h,
        None,
        StatusCode::UNAUTHORIZED,
    )
    .await;
}
