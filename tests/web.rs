//! Browser tests (wasm-bindgen-test in headless Chromium): the parts that need the real
//! `Intl` and the real Fluent runtime as the app uses them.
#![cfg(target_arch = "wasm32")]

use tradefair::i18n::{self, format, Locale};
use tradefair::t;
use tradefair_core::money::{Currency, Money};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NBSP: char = '\u{a0}';

/// Activates `locale`, first installing `sources` as its files (never for `en`, whose
/// compiled-in bundle is the fallback of every other locale).
fn use_locale(locale: Locale, sources: Vec<String>) {
    if locale != Locale::En {
        i18n::install(locale, sources);
    }
    i18n::activate(locale);
}

#[wasm_bindgen_test]
fn money_follows_the_locale_without_float_loss() {
    use_locale(Locale::De, vec![]);
    assert_eq!(
        format::money(Money::new(123_450, Currency::Eur)),
        format!("1.234,50{NBSP}€")
    );
    // An amount a float cannot hold exactly still prints exactly.
    assert_eq!(
        format::money(Money::new(9_007_199_254_740_993, Currency::Eur)),
        format!("90.071.992.547.409,93{NBSP}€")
    );
    use_locale(Locale::En, vec![]);
    assert_eq!(format::money(Money::new(1500, Currency::Jpy)), "¥1,500");
}

#[wasm_bindgen_test]
fn messages_fall_back_to_english_one_by_one() {
    // A German file with one good message, one broken entry and one using an unknown variable.
    let de = "catalog-heading = Großhandelskatalog\n\
              catalog-title = { $oops\n\
              catalog-results = { $wrong } Produkte\n"
        .to_string();
    use_locale(Locale::De, vec![de]);
    assert_eq!(i18n::tr("catalog-heading"), "Großhandelskatalog");
    // Broken syntax: the English source text.
    assert_eq!(i18n::tr("catalog-title"), "Catalog");
    // A variable the app does not pass would show raw syntax: English instead.
    assert_eq!(t!("catalog-results", count = 3), "3 products");
    // Missing in German entirely.
    assert_eq!(i18n::tr("nav-catalog"), "Catalog");
}

#[wasm_bindgen_test]
fn plurals_and_numbers_use_the_locale() {
    use_locale(Locale::En, vec![]);
    assert_eq!(t!("catalog-results", count = 1), "1 product");
    assert_eq!(t!("catalog-results", count = 12_345), "12,345 products");
    assert_eq!(t!("catalog-results", count = 0), "No products");
}

#[wasm_bindgen_test]
fn arabic_sets_direction_and_isolates_placeables() {
    use_locale(
        Locale::Ar,
        vec!["card-moq = الحد الأدنى للطلب: { $quantity }\n".to_string()],
    );
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    let text = t!("card-moq", quantity = "500 pcs");
    assert!(text.contains("\u{2068}500 pcs\u{2069}"), "{text:?}");
    use_locale(Locale::En, vec![]);
}
