//! The repository's real `locales/` and `src/`: the same check as the
//! `l10n-report` binary. Fails on any error (syntax error, extra variable,
//! missing default variant, duplicate id, unresolved reference, a key used in
//! code that `en` lacks), and when `locales/en` is missing or empty.
//! Missing translations and warnings are printed, not fatal.

use std::path::PathBuf;

#[test]
fn repository_locales_have_no_errors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let locales = root.join("locales");
    let src = root.join("src");
    let report = tradefair_l10n::fs::check_dirs(&locales, &src)
        .unwrap_or_else(|e| panic!("cannot check the repository's locales: {e}"));
    let markdown = report.to_markdown();
    println!("{markdown}");
    assert!(
        !report.has_errors(),
        "{} localization error(s); see the report above.\n{markdown}",
        report.error_count()
    );
}
