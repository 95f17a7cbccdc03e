//! Numbers, money, dates and country names through the browser's `Intl`.
//!
//! Fluent's `NUMBER()` ignores currency options, so prices are formatted here and passed into
//! messages as strings. Money reaches `Intl.NumberFormat` as an exact decimal string
//! (`Money::to_decimal_string`), so no amount ever goes through a float.

use std::cell::RefCell;
use std::collections::HashMap;

use tradefair_core::money::{Currency, Money};
use wasm_bindgen::prelude::*;

use super::Locale;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    #[derive(Clone)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locale: &str, options: &JsValue) -> NumberFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn format_str(this: &NumberFormat, value: &str) -> String;
    #[wasm_bindgen(method, js_name = format)]
    fn format_f64(this: &NumberFormat, value: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    #[derive(Clone)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &JsValue) -> DateTimeFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    #[derive(Clone)]
    type DisplayNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
    fn new(locale: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

#[derive(Clone)]
enum Formatter {
    Number(NumberFormat),
    Date(DateTimeFormat),
    Names(Option<DisplayNames>),
}

thread_local! {
    // Building an Intl formatter costs far more than using one: a catalog page formats
    // hundreds of prices with a handful of formatters.
    static CACHE: RefCell<HashMap<String, Formatter>> = RefCell::new(HashMap::new());
}

/// Forgets cached formatters (after a locale change).
pub fn clear_cache() {
    CACHE.with(|c| c.borrow_mut().clear());
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn cached(key: String, make: impl FnOnce() -> Formatter) -> Formatter {
    if let Some(f) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return f;
    }
    let f = make();
    CACHE.with(|c| c.borrow_mut().insert(key, f.clone()));
    f
}

fn currency_format(locale: Locale, currency: Currency) -> NumberFormat {
    let key = format!("money|{}|{}", locale.tag(), currency.code());
    match cached(key, || {
        Formatter::Number(NumberFormat::new(
            locale.tag(),
            &options(&[
                ("style", "currency".into()),
                ("currency", currency.code().into()),
            ]),
        ))
    }) {
        Formatter::Number(f) => f,
        _ => unreachable!("money formatter key holds a number formatter"),
    }
}

fn plain_format(locale: Locale, kind: &str) -> NumberFormat {
    let key = format!("num|{}|{kind}", locale.tag());
    let opts = match kind {
        "percent" => options(&[("style", "percent".into())]),
        "decimal1" => options(&[
            ("minimumFractionDigits", 1.into()),
            ("maximumFractionDigits", 1.into()),
        ]),
        _ => options(&[("maximumFractionDigits", 3.into())]),
    };
    match cached(key, || {
        Formatter::Number(NumberFormat::new(locale.tag(), &opts))
    }) {
        Formatter::Number(f) => f,
        _ => unreachable!("number formatter key holds a number formatter"),
    }
}

/// A price in the active locale: "1.234,50 €", "US$1,234.50", "١٬٢٣٤٫٥٠ US$".
pub fn money(m: Money) -> String {
    currency_format(super::locale(), m.currency).format_str(&m.to_decimal_string())
}

/// An integer with the locale's grouping and digits.
pub fn number(n: i64) -> String {
    plain_format(super::locale(), "plain").format_str(&n.to_string())
}

/// Used by the Fluent number formatter (which formats in the bundle's own locale).
pub fn number_f64(locale: Locale, n: f64) -> String {
    plain_format(locale, "plain").format_f64(n)
}

/// A whole percentage (0-100) as "97 %", "97%", "٪٩٧".
pub fn percent(pct: u32) -> String {
    plain_format(super::locale(), "percent").format_str(&format!("{}", f64::from(pct) / 100.0))
}

/// An exact decimal given as text ("1.25"), with the locale's separators and one fraction digit.
pub fn decimal1(text: &str) -> String {
    plain_format(super::locale(), "decimal1").format_str(text)
}

/// An exact decimal given as text ("0.42"), up to three fraction digits.
pub fn decimal_exact(text: &str) -> String {
    plain_format(super::locale(), "plain").format_str(text)
}

/// An ISO date (YYYY-MM-DD) or date-time as a medium date in the active locale. The date is
/// shown in UTC so a calendar date never shifts a day in the buyer's time zone.
pub fn date(iso: &str) -> String {
    let locale = super::locale();
    let key = format!("date|{}", locale.tag());
    let fmt = match cached(key, || {
        Formatter::Date(DateTimeFormat::new(
            locale.tag(),
            &options(&[("dateStyle", "medium".into()), ("timeZone", "UTC".into())]),
        ))
    }) {
        Formatter::Date(f) => f,
        _ => unreachable!("date formatter key holds a date formatter"),
    };
    let d = js_sys::Date::new(&JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    fmt.format_date(&d)
}

fn display_name(kind: &str, code: &str) -> String {
    let locale = super::locale();
    let key = format!("names|{}|{kind}", locale.tag());
    let names = match cached(key, || {
        Formatter::Names(DisplayNames::new(locale.tag(), &options(&[("type", kind.into())])).ok())
    }) {
        Formatter::Names(n) => n,
        _ => None,
    };
    names
        .and_then(|n| n.of(code).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| code.to_string())
}

/// A country's name in the active locale, from its ISO 3166-1 alpha-2 code.
pub fn country(code: &str) -> String {
    display_name("region", code)
}

/// A currency's name in the active locale ("Euro", "欧元").
pub fn currency_name(c: Currency) -> String {
    display_name("currency", c.code())
}
