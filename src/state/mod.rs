//! App-wide reactive state: the buyer's display currency and the backend's exchange rates.
//! The locale lives in `i18n` (its bundles are not `Send`, so it cannot be a plain signal).

pub mod auth;
pub mod cart;
pub mod checkout;
pub mod network;
pub mod storage;

use leptos::prelude::*;
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;

use crate::i18n::{self, Locale};

const LOCALE_KEY: &str = "tradefair.locale";
const CURRENCY_KEY: &str = "tradefair.currency";

/// The buyer's choices that shape every page.
#[derive(Clone, Copy)]
pub struct Settings {
    /// Currency prices are shown in.
    pub currency: RwSignal<Currency>,
    /// Exchange rates from the backend (for the "converted at" notes); `None` until loaded.
    pub rates: RwSignal<Option<RateTable>>,
    /// A locale switch is loading its files.
    pub switching_locale: RwSignal<Option<Locale>>,
    /// The last locale switch failed.
    pub locale_error: RwSignal<bool>,
}

impl Settings {
    /// Settings for a visit: the remembered currency, else the locale's usual one.
    pub fn new(locale: Locale) -> Settings {
        let currency = storage::get(CURRENCY_KEY)
            .and_then(|c| Currency::from_code(&c))
            .filter(|c| Currency::DISPLAY.contains(c))
            .unwrap_or_else(|| locale.default_currency());
        Settings {
            currency: RwSignal::new(currency),
            rates: RwSignal::new(None),
            switching_locale: RwSignal::new(None),
            locale_error: RwSignal::new(false),
        }
    }

    /// Changes the display currency and remembers it.
    pub fn set_currency(&self, c: Currency) {
        storage::set(CURRENCY_KEY, c.code());
        self.currency.set(c);
    }

    /// Loads and switches to `locale`, remembering the choice once it is active.
    pub fn set_locale(&self, locale: Locale) {
        let this = *self;
        this.switching_locale.set(Some(locale));
        this.locale_error.set(false);
        leptos::task::spawn_local(async move {
            match i18n::switch_to(locale).await {
                Ok(()) => {
                    storage::set(LOCALE_KEY, locale.tag());
                }
                Err(e) => {
                    leptos::logging::warn!("locale {}: {e}", locale.tag());
                    this.locale_error.set(true);
                }
            }
            this.switching_locale.set(None);
        });
    }
}

/// The locale for this visit: the remembered choice, else the browser's preferences.
pub fn initial_locale() -> Locale {
    if let Some(l) = storage::get(LOCALE_KEY).and_then(|t| Locale::from_tag(&t)) {
        return l;
    }
    let prefs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|arr| arr.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    i18n::negotiate(prefs.iter().map(String::as_str))
}

/// The settings provided by `App`.
pub fn use_settings() -> Settings {
    expect_context::<Settings>()
}
