//! Fluent messages at run time.
//!
//! Why not leptos-fluent: it loads `.ftl` at compile time, and the translator workbench has
//! to rebuild bundles in the browser from edited text. So bundles are built here, at run
//! time, from `.ftl` text: `en` (the source) is compiled in so the first paint never waits
//! and every message has a fallback; other locales are fetched on demand, which also keeps
//! them off the first load. `FluentBundle` is not `Send`, so bundles live in a thread-local
//! store, and a revision signal makes every `t!` call site re-render when they change.
//!
//! Placeables are wrapped in Unicode isolation marks only for right-to-left locales: there a
//! Latin model code or number inside Arabic text must not reorder its neighbours; in
//! left-to-right locales the marks would only get in the way of copy and paste.

pub mod format;
pub mod locale;
pub mod workbench;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;

pub use locale::{negotiate, Direction, Locale};

/// The message files of every locale, in load order. Areas of the app map to files.
pub const FILES: [&str; 13] = [
    "app.ftl",
    "cart.ftl",
    "home.ftl",
    "catalog.ftl",
    "product.ftl",
    "supplier.ftl",
    "translate.ftl",
    "checkout.ftl",
    "quotes.ftl",
    "orders.ftl",
    "expo.ftl",
    "chat.ftl",
    "exhibitor.ftl",
];

/// The source locale's text, compiled in (fallback for every message).
const EN_SOURCES: [&str; 13] = [
    include_str!("../../locales/en/app.ftl"),
    include_str!("../../locales/en/cart.ftl"),
    include_str!("../../locales/en/home.ftl"),
    include_str!("../../locales/en/catalog.ftl"),
    include_str!("../../locales/en/product.ftl"),
    include_str!("../../locales/en/supplier.ftl"),
    include_str!("../../locales/en/translate.ftl"),
    include_str!("../../locales/en/checkout.ftl"),
    include_str!("../../locales/en/quotes.ftl"),
    include_str!("../../locales/en/orders.ftl"),
    include_str!("../../locales/en/expo.ftl"),
    include_str!("../../locales/en/chat.ftl"),
    include_str!("../../locales/en/exhibitor.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

struct Store {
    active: Locale,
    bundles: HashMap<Locale, Bundle>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store {
        active: Locale::SOURCE,
        bundles: HashMap::from([(Locale::SOURCE, build_bundle(Locale::SOURCE, EN_SOURCES.iter().map(|s| s.to_string())))]),
    });
    static REVISION: Cell<Option<RwSignal<u64>>> = const { Cell::new(None) };
    /// The locale whose bundle is formatting right now (read by the number formatter).
    static FORMATTING: Cell<Locale> = const { Cell::new(Locale::SOURCE) };
}

fn revision() -> RwSignal<u64> {
    REVISION.with(|r| match r.get() {
        Some(s) => s,
        None => {
            let s = RwSignal::new(0);
            r.set(Some(s));
            s
        }
    })
}

/// Builds a bundle from `.ftl` texts. Entries that fail to parse are skipped (they fall back
/// to `en` message by message); a later duplicate of an id is ignored.
fn build_bundle(locale: Locale, sources: impl IntoIterator<Item = String>) -> Bundle {
    let lang = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(locale.direction() == Direction::Rtl);
    bundle.set_formatter(Some(number_formatter));
    for text in sources {
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((partial, errors)) => {
                leptos::logging::warn!(
                    "{}: {} syntax error(s) in a message file; those entries use English",
                    locale.tag(),
                    errors.len()
                );
                partial
            }
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Fluent's own number formatting ignores the locale's grouping and digits; the browser's
/// `Intl.NumberFormat` gets them right.
fn number_formatter(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.minimum_fraction_digits.is_none() => {
            Some(format::number_f64(FORMATTING.with(Cell::get), n.value))
        }
        _ => None,
    }
}

fn format_in(
    bundle: &Bundle,
    locale: Locale,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    FORMATTING.with(|f| f.set(locale));
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A message that references a variable we did not pass, or a missing term, would show
    // raw `{ $var }` syntax: use the source text instead.
    if errors.is_empty() && !text.trim().is_empty() {
        Some(text.into_owned())
    } else {
        None
    }
}

/// Formats `key` (optionally `key.attribute`) in the active locale, falling back to `en`
/// message by message. Reactive: a view that calls it re-renders when the locale changes.
pub fn tr_args(key: &str, args: Option<&FluentArgs>) -> String {
    revision().track();
    STORE.with(|store| {
        let store = store.borrow();
        let active = store.active;
        store
            .bundles
            .get(&active)
            .and_then(|b| format_in(b, active, key, args))
            .or_else(|| {
                store
                    .bundles
                    .get(&Locale::SOURCE)
                    .and_then(|b| format_in(b, Locale::SOURCE, key, args))
            })
            .unwrap_or_else(|| {
                leptos::logging::warn!("missing message {key}");
                key.to_string()
            })
    })
}

/// Formats a message without arguments.
pub fn tr(key: &str) -> String {
    tr_args(key, None)
}

/// A value passed into a message. Numbers stay numbers so Fluent can pick plural forms.
pub fn arg<T: Into<ArgValue>>(v: T) -> FluentValue<'static> {
    match v.into() {
        ArgValue::Number(n) => FluentValue::from(n),
        ArgValue::Text(s) => FluentValue::from(s),
    }
}

/// What [`arg`] accepts.
pub enum ArgValue {
    Number(f64),
    Text(String),
}

macro_rules! arg_number {
    ($($t:ty),*) => {$(
        impl From<$t> for ArgValue {
            fn from(v: $t) -> Self { ArgValue::Number(v as f64) }
        }
    )*};
}
arg_number!(u8, u16, u32, u64, usize, i32, i64);

impl From<String> for ArgValue {
    fn from(v: String) -> Self {
        ArgValue::Text(v)
    }
}
impl From<&str> for ArgValue {
    fn from(v: &str) -> Self {
        ArgValue::Text(v.to_string())
    }
}
impl From<&String> for ArgValue {
    fn from(v: &String) -> Self {
        ArgValue::Text(v.clone())
    }
}

/// `t!("key")` or `t!("key", count = n, name = s)`: a translated string.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key)
    };
    ($key:literal, $($name:ident = $val:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($val)); )+
        $crate::i18n::tr_args($key, Some(&args))
    }};
}

/// The active locale (reactive).
pub fn locale() -> Locale {
    revision().track();
    STORE.with(|s| s.borrow().active)
}

/// The active locale without subscribing (for event handlers and async code).
pub fn locale_untracked() -> Locale {
    STORE.with(|s| s.borrow().active)
}

/// Whether the bundle for `locale` is loaded.
pub fn is_loaded(locale: Locale) -> bool {
    STORE.with(|s| s.borrow().bundles.contains_key(&locale))
}

/// Installs the bundle for `locale` from `.ftl` texts (fetched files, or a translator's
/// drafts) and re-renders every message if it is the active locale.
pub fn install(locale: Locale, sources: Vec<String>) {
    let bundle = build_bundle(locale, sources);
    let active = STORE.with(|s| {
        let mut s = s.borrow_mut();
        s.bundles.insert(locale, bundle);
        s.active
    });
    if active == locale {
        revision().update(|r| *r += 1);
    }
}

/// Switches the active locale (its bundle must be loaded), and keeps `<html lang dir>` in step.
pub fn activate(locale: Locale) {
    STORE.with(|s| s.borrow_mut().active = locale);
    format::clear_cache();
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", locale.tag());
        let _ = html.set_attribute("dir", locale.direction().as_str());
    }
    revision().update(|r| *r += 1);
}

/// Loads (if needed) and activates `locale`. A locale whose files cannot be fetched stays
/// inactive and the error is returned; the app keeps the current language.
pub async fn switch_to(locale: Locale) -> Result<(), crate::api::ApiError> {
    if !is_loaded(locale) {
        let mut sources = Vec::with_capacity(FILES.len());
        for file in FILES {
            match crate::api::assets::locale_file(locale.tag(), file).await {
                Ok(text) => sources.push(text),
                // A file not translated yet: its messages fall back to English one by one.
                Err(crate::api::ApiError::NotFound) => {
                    leptos::logging::warn!("{}/{file} is missing; using English", locale.tag())
                }
                Err(e) => return Err(e),
            }
        }
        install(locale, sources);
    }
    activate(locale);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys built at run time (spec rows) are invisible to the locale check's code scan, so
    /// their presence in the source locale is checked here.
    #[test]
    fn every_spec_key_has_a_label_in_english() {
        let en = EN_SOURCES.join("\n");
        for key in tradefair_core::seed::SPEC_KEYS {
            assert!(
                en.contains(&format!("\nspec-{key} =")),
                "locales/en/product.ftl lacks spec-{key}"
            );
        }
    }

    #[test]
    fn english_sources_parse_without_errors() {
        for (file, text) in FILES.iter().zip(EN_SOURCES) {
            assert!(
                FluentResource::try_new(text.to_string()).is_ok(),
                "{file} has syntax errors"
            );
        }
    }
}
