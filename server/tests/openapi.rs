//! `docs/openapi.yaml` is the contract: these tests hold the router's real responses against
//! it (every body is validated against the declared schema, with objects treated as closed,
//! so an undeclared or missing field on either side fails), and the spec's enums and query
//! parameters against the Rust wire types.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde::Serialize;
use serde_json::Value;
use tower::ServiceExt;
use tradefair_core::money::Currency;
use tradefair_core::seed::Catalog;
use tradefair_core::wire::{CatalogQuery, Category, Certification, Incoterm, SortOrder, Unit};
use tradefair_server::AppState;

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
    let res = tradefair_server::app(state())
        .oneshot(Request::get(url).body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), status, "{url}");
    assert_eq!(
        res.headers()["content-type"],
        "application/json; charset=utf-8",
        "{url}"
    );
    let bytes = axum::body::to_bytes(res.into_body(), 64 << 20)
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&bytes).unwrap();
    let op = spec()["paths"]
        .get(template)
        .and_then(|p| p.get("get"))
        .unwrap_or_else(|| panic!("no GET {template} in the spec"));
    let response = op["responses"]
        .get(status.as_str())
        .unwrap_or_else(|| panic!("GET {template} does not declare {status}"));
    let schema = &resolve(response)["content"]["application/json"]["schema"];
    assert!(
        !schema.is_null(),
        "no JSON schema for GET {template} {status}"
    );
    let mut errs = Vec::new();
    check(schema, &body, "$", &mut errs);
    assert!(
        errs.is_empty(),
        "GET {url} does not match the spec:\n{}",
        errs.join("\n")
    );
    body
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
