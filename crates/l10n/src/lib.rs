//! Locale QA for Tradefair's Fluent (`.ftl`) files.
//!
//! * [`check_resource`]: syntax errors with 1-based line/column.
//! * [`Resource`]: a model of each message/term (variables, term and message
//!   references, select expressions, attributes).
//! * [`compare`]: a translation against the source (`en`), as [`Issue`]s.
//! * [`plural_categories`]: CLDR cardinal categories per locale.
//! * [`locale_report`] / [`check_project`]: counts and issues per locale.
//! * [`keys_used_in_code`]: message ids used by `tr("…")` & co. in Rust code.
//!
//! The core has no filesystem access and builds for `wasm32-unknown-unknown`;
//! [`fs`] (native only) reads `locales/` and `src/`.

mod code;
mod compare;
mod model;
mod plural;
mod report;

#[cfg(not(target_arch = "wasm32"))]
pub mod fs;

pub use code::{find_key_uses, keys_used_in_code, split_key, KeyUse};
pub use compare::{compare, lint, Issue, IssueKind, Severity};
pub use model::{
    check_resource, line_col, Attribute, Entry, EntryKind, Pattern, Resource, Select, Selector,
    SyntaxError, Variant, VariantKey,
};
pub use plural::{
    is_cldr_category, known_plural_categories, language_of, plural_categories,
    CLDR_PLURAL_CATEGORIES,
};
pub use report::{
    check_project, locale_report, render_markdown, source_report, CodeReport, LocaleFiles,
    LocaleReport, ProjectReport, SOURCE_LOCALE,
};
