//! The translator workbench's views: the target and pseudo-locale controls, the locale
//! report, the message list with its filters, and one editor per message. The plumbing
//! (drafts, preview, export, import) is in `i18n::workbench`.

mod editor;
mod findings;
mod list;
mod nav_link;
mod report;
mod toolbar;
mod workbench;

pub use nav_link::TranslateLink;
pub use workbench::Workbench;

use crate::i18n::{self, Locale};

/// A language's name in its own language (as the header's language menu shows it).
pub fn language_name(l: Locale) -> String {
    match l {
        Locale::En => i18n::tr("lang-en"),
        Locale::ZhCn => i18n::tr("lang-zh-CN"),
        Locale::Es => i18n::tr("lang-es"),
        Locale::De => i18n::tr("lang-de"),
        Locale::Ar => i18n::tr("lang-ar"),
        Locale::Fr => i18n::tr("lang-fr"),
    }
}

/// The part of the app a message file holds.
pub fn area_name(file: &str) -> String {
    match file {
        "app.ftl" => i18n::tr("translate-area-app"),
        "home.ftl" => i18n::tr("translate-area-home"),
        "catalog.ftl" => i18n::tr("translate-area-catalog"),
        "product.ftl" => i18n::tr("translate-area-product"),
        "supplier.ftl" => i18n::tr("translate-area-supplier"),
        "cart.ftl" => i18n::tr("translate-area-cart"),
        "translate.ftl" => i18n::tr("translate-area-translate"),
        "checkout.ftl" => i18n::tr("translate-area-checkout"),
        "quotes.ftl" => i18n::tr("translate-area-quotes"),
        "orders.ftl" => i18n::tr("translate-area-orders"),
        "expo.ftl" => i18n::tr("translate-area-expo"),
        "chat.ftl" => i18n::tr("translate-area-chat"),
        other => other.trim_end_matches(".ftl").to_string(),
    }
}

/// The locales a translator can work on (all but the source).
pub fn targets() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::SOURCE)
}
