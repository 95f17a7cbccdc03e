//! Behaviour of the checks on small good and bad samples.

use std::path::PathBuf;
use std::process::Command;

use tradefair_l10n::{
    check_project, check_resource, compare, keys_used_in_code, lint, locale_report,
    plural_categories, source_report, Issue, IssueKind, LocaleFiles, Resource, Severity,
};

fn cmp(source: &str, target: &str, locale: &str) -> Vec<Issue> {
    compare(&Resource::parse(source), &Resource::parse(target), locale)
}

fn kinds(issues: &[Issue]) -> Vec<(Severity, IssueKind)> {
    issues
        .iter()
        .map(|i| (i.severity, i.kind.clone()))
        .collect()
}

fn missing_categories(issues: &[Issue]) -> Vec<String> {
    issues
        .iter()
        .filter_map(|i| match &i.kind {
            IssueKind::MissingPluralCategory { category, .. } => {
                assert_eq!(i.severity, Severity::Warning);
                Some(category.clone())
            }
            _ => None,
        })
        .collect()
}

const EN_CART: &str = "\
cart-items = { $count ->
    [one] One item in your cart
   *[other] { $count } items in your cart
}
";

// ---------------------------------------------------------------- syntax

#[test]
fn syntax_error_position() {
    let src = "\nkey1 = Value 1\n\ng@Rb@ge = #2y ds\n\nkey2 = Value 2\n\n";
    let errors = check_resource(src);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].line, errors[0].column), (4, 2));
    assert_eq!(errors[0].message, "Expected a token starting with \"=\"");
    assert!(check_resource("ok = fine\n").is_empty());
}

#[test]
fn syntax_error_column_counts_characters() {
    // "Привет" is 6 chars / 12 bytes; the placeable fails at the `!`.
    let src = "greeting = Привет { $name ! }\nnext = ok\n";
    let errors = check_resource(src);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].entry_id.as_deref(), Some("greeting"));
    assert_eq!((errors[0].line, errors[0].column), (1, 27), "{errors:?}");
}

#[test]
fn missing_default_variant_is_an_error() {
    let target =
        "cart-items = { $count ->\n    [one] Ein Artikel\n    [other] { $count } Artikel\n}\n";
    let errors = check_resource(target);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("default variant"), "{errors:?}");
    let issues = cmp(EN_CART, target, "de");
    // Reported once, as a syntax error on the entry, not also as missing.
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].severity, Severity::Error);
    assert_eq!(issues[0].id.as_deref(), Some("cart-items"));
    assert!(matches!(issues[0].kind, IssueKind::SyntaxError { .. }));
}

// ---------------------------------------------------------------- variables

#[test]
fn extra_variable_is_an_error() {
    let issues = cmp(
        "total = Total: { $total }\n",
        "total = Summe: { $total } { $currency }\n",
        "de",
    );
    assert_eq!(
        kinds(&issues),
        [(
            Severity::Error,
            IssueKind::VariableMismatch {
                missing_in_target: vec![],
                extra_in_target: vec!["currency".into()],
            }
        )]
    );
    assert_eq!(issues[0].line, Some(1));
}

#[test]
fn dropped_variable_is_a_warning() {
    let issues = cmp(
        "hello = Hello { $name }, you have { $count } offers\n",
        "hello = Hallo, Sie haben { $count } Angebote\n",
        "de",
    );
    assert_eq!(
        kinds(&issues),
        [(
            Severity::Warning,
            IssueKind::VariableMismatch {
                missing_in_target: vec!["name".into()],
                extra_in_target: vec![],
            }
        )]
    );
}

#[test]
fn variable_used_only_as_selector_is_fine() {
    // The translation spells every number out but still selects on $count.
    let target =
        "cart-items = { $count ->\n    [one] Ein Artikel\n   *[other] Mehrere Artikel\n}\n";
    assert!(cmp(EN_CART, target, "de").is_empty());
}

#[test]
fn variables_in_attributes_and_function_arguments() {
    let issues = cmp(
        "price = { NUMBER($amount) }\n    .title = Price for { $buyer }\n",
        "price = { NUMBER($amount) }\n    .title = Preis für { $käufer }\n",
        "de",
    );
    // `$käufer` is not even a valid identifier: the attribute is a syntax error.
    assert!(issues.iter().any(|i| i.severity == Severity::Error));

    let issues = cmp(
        "price = { NUMBER($amount) }\n    .title = Price for { $buyer }\n",
        "price = { NUMBER($amount) }\n    .title = Preis für { $customer }\n",
        "de",
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].attribute.as_deref(), Some("title"));
    assert_eq!(issues[0].line, Some(2));
    assert_eq!(issues[0].severity, Severity::Error);
}

// ---------------------------------------------------------------- plurals

const AR_ALL_SIX: &str = "\
cart-items = { $count ->
    [zero] سلتك فارغة
    [one] منتج واحد في سلتك
    [two] منتجان في سلتك
    [few] { $count } منتجات في سلتك
    [many] { $count } منتجًا في سلتك
   *[other] { $count } منتج في سلتك
}
";

#[test]
fn arabic_with_all_six_categories_is_ok() {
    assert_eq!(cmp(EN_CART, AR_ALL_SIX, "ar"), []);
}

#[test]
fn arabic_with_only_one_and_other_reports_missing_categories() {
    let target = "cart-items = { $count ->\n    [one] منتج واحد\n   *[other] { $count } منتج\n}\n";
    let issues = cmp(EN_CART, target, "ar");
    assert_eq!(missing_categories(&issues), ["zero", "two", "few", "many"]);
    assert!(issues.iter().all(|i| i.severity == Severity::Warning));
    assert!(issues.iter().all(|i| i.line == Some(1)));
}

#[test]
fn russian_few_and_many() {
    let good = "\
cart-items = { $count ->
    [one] { $count } товар
    [few] { $count } товара
    [many] { $count } товаров
   *[other] { $count } товара
}
";
    assert_eq!(cmp(EN_CART, good, "ru"), []);
    let only_one_other =
        "cart-items = { $count ->\n    [one] { $count } товар\n   *[other] { $count } товаров\n}\n";
    assert_eq!(
        missing_categories(&cmp(EN_CART, only_one_other, "ru")),
        ["few", "many"]
    );
    // No plural at all where the source has one: one, few and many missing.
    let no_select = "cart-items = { $count } товаров\n";
    assert_eq!(
        missing_categories(&cmp(EN_CART, no_select, "ru")),
        ["one", "few", "many"]
    );
}

#[test]
fn japanese_needs_no_plural() {
    assert_eq!(
        cmp(
            EN_CART,
            "cart-items = カートに{ $count }点の商品があります\n",
            "ja"
        ),
        []
    );
    assert_eq!(
        cmp(
            EN_CART,
            "cart-items = { $count ->\n   *[other] { $count }点\n}\n",
            "ja"
        ),
        []
    );
    assert_eq!(
        cmp(
            EN_CART,
            "cart-items = 购物车中有 { $count } 件商品\n",
            "zh-CN"
        ),
        []
    );
}

#[test]
fn german_few_is_unknown() {
    let target = "\
cart-items = { $count ->
    [one] Ein Artikel
    [few] { $count } Artikel
   *[other] { $count } Artikel
}
";
    let issues = cmp(EN_CART, target, "de");
    assert_eq!(
        kinds(&issues),
        [(
            Severity::Warning,
            IssueKind::UnknownPluralCategory {
                category: "few".into()
            }
        )]
    );
}

#[test]
fn default_variant_does_not_cover_categories() {
    // `*[other]` would render for 2..4 at runtime, but Polish needs [few] and [many].
    let target = "cart-items = { $count ->\n    [one] { $count } produkt\n   *[other] { $count } produktów\n}\n";
    assert_eq!(
        missing_categories(&cmp(EN_CART, target, "pl")),
        ["few", "many"]
    );
}

#[test]
fn numeric_keys_and_non_plural_selects() {
    // [0] is fine anywhere; a gender select is not a plural.
    let src = "\
items = { $count ->
    [0] No items
    [one] One item
   *[other] { $count } items
}
greet = { $gender ->
    [male] He
    [female] She
   *[other] They
} liked it
";
    assert_eq!(lint(&Resource::parse(src), "en"), []);
    // [zero] in English is never selected: warn.
    let zero = "items = { $count ->\n    [zero] No items\n   *[other] { $count } items\n}\n";
    let issues = lint(&Resource::parse(zero), "en");
    assert!(issues.iter().any(|i| i.kind
        == IssueKind::UnknownPluralCategory {
            category: "zero".into()
        }));
    assert!(issues.iter().any(|i| i.kind
        == IssueKind::MissingPluralCategory {
            category: "one".into(),
            variable: "count".into()
        }));
}

#[test]
fn plural_table() {
    assert_eq!(
        plural_categories("ar"),
        ["zero", "one", "two", "few", "many", "other"]
    );
    assert_eq!(plural_categories("ru"), ["one", "few", "many", "other"]);
    assert_eq!(plural_categories("ja"), ["other"]);
    assert_eq!(plural_categories("zh-CN"), ["other"]);
    assert_eq!(plural_categories("de"), ["one", "other"]);
    assert_eq!(plural_categories("en"), ["one", "other"]);
    assert_eq!(plural_categories("fr"), ["one", "many", "other"]);
    assert_eq!(plural_categories("pt"), ["one", "many", "other"]);
    assert_eq!(plural_categories("pl"), ["one", "few", "many", "other"]);
}

/// The hardcoded table agrees with `intl_pluralrules` (CLDR 37) for every
/// language whose rules did not change since (fr/es/it/pt/ca gained `many` in
/// CLDR 38, he lost `many` in CLDR 42).
#[test]
fn plural_table_matches_intl_pluralrules() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut samples: Vec<String> = (0..=250).map(|n| n.to_string()).collect();
    for n in [1000, 10_000, 100_000, 1_000_000, 2_000_000, 10_000_000] {
        samples.push(n.to_string());
    }
    for d in [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "5.5", "10.5", "11.5", "100.5",
        "1.25", "2.25", "0.01", "1.01", "2.10", "22.5",
    ] {
        samples.push(d.into());
    }
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let locales = [
        "en", "de", "ar", "ru", "ja", "zh", "ko", "vi", "pl", "tr", "uk", "be", "cs", "sk", "lt",
        "lv", "ro", "hr", "sr", "bs", "sl", "gd", "ga", "cy", "nl", "sv", "da", "nb", "fi", "et",
        "el", "hu", "bg", "hi", "bn", "fa", "ur", "sw", "ta", "te", "id", "th", "ms", "ka", "hy",
        "kk", "az", "is", "af", "mk", "am", "si",
    ];
    for loc in locales {
        let lid: unic_langid::LanguageIdentifier = loc.parse().unwrap();
        let rules = PluralRules::create(lid, PluralRuleType::CARDINAL).unwrap();
        let mut seen: Vec<&str> = samples
            .iter()
            .map(|s| name(rules.select(s.as_str()).unwrap()))
            .collect();
        seen.sort_by_key(|c| {
            tradefair_l10n::CLDR_PLURAL_CATEGORIES
                .iter()
                .position(|x| x == c)
        });
        seen.dedup();
        assert_eq!(plural_categories(loc), seen.as_slice(), "locale {loc}");
    }
}

// ---------------------------------------------------------------- entries

#[test]
fn missing_and_obsolete() {
    let source = "a = A\nb = B\n    .title = T\n-brand = Tradefair\n";
    let target = "a = A\nb = B\nold = Old\n";
    let issues = cmp(source, target, "de");
    let got: Vec<(IssueKind, Option<&str>, Option<&str>)> = issues
        .iter()
        .map(|i| (i.kind.clone(), i.id.as_deref(), i.attribute.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (IssueKind::MissingAttribute, Some("b"), Some("title")),
            (IssueKind::Missing, Some("-brand"), None),
            (IssueKind::Obsolete, Some("old"), None),
        ]
    );
    assert_eq!(issues[1].severity, Severity::Missing);
    assert_eq!(issues[2].severity, Severity::Warning);
    assert_eq!(issues[2].line, Some(3));
}

#[test]
fn term_mismatch_and_much_longer() {
    let issues = cmp(
        "welcome = Welcome to { -brand }\n",
        "welcome = Bienvenue sur Tradefair, la plateforme B2B de référence pour tous\n",
        "fr",
    );
    let codes: Vec<&str> = issues.iter().map(|i| i.kind.code()).collect();
    assert_eq!(codes, ["term-mismatch", "much-longer"], "{issues:?}");
    assert!(issues.iter().all(|i| i.severity == Severity::Warning));
    // Short texts are never "much longer".
    assert_eq!(cmp("ok = OK\n", "ok = D'accord\n", "fr"), []);
}

#[test]
fn locale_report_counts() {
    let en = [
        ("shop.ftl", "a = A\nb = B { $x }\nc = C\n"),
        ("search.ftl", "s = Search\n"),
    ];
    let de = [
        ("shop.ftl", "a = A\nb = B { $y }\nzz = Old\nbroken = { \n"),
        ("extra.ftl", "e = Extra\n"),
    ];
    let r = locale_report("de", &en, &de);
    assert_eq!(r.locale, "de");
    assert_eq!(r.translated, 2);
    assert_eq!(r.missing, 2); // c, s
    assert_eq!(r.obsolete, 2); // zz, e
    assert_eq!(r.broken, 2); // b (extra $y), the syntax error
    assert!(r.has_errors());
    assert_eq!(r.total(), 4);
    assert!(r
        .issues
        .iter()
        .all(|i| i.file.as_deref().is_some_and(|f| f.ends_with(".ftl"))));

    let src = source_report("en", &en);
    assert_eq!((src.translated, src.missing, src.broken), (4, 0, 0));
    assert!(src.issues.is_empty());
}

#[test]
fn locale_wide_duplicates_and_references() {
    let en = [
        ("a.ftl", "-brand = T\nx = { -brand } { y }\n"),
        ("b.ftl", "y = Y\n"),
    ];
    assert!(source_report("en", &en).issues.is_empty());
    let bad = [
        ("a.ftl", "x = { -brand } { z.title }\n"),
        ("b.ftl", "x = again\n"),
    ];
    let r = source_report("en", &bad);
    let codes: Vec<&str> = r.issues.iter().map(|i| i.kind.code()).collect();
    assert_eq!(
        codes,
        [
            "unresolved-reference",
            "unresolved-reference",
            "duplicate-id"
        ]
    );
    assert!(r.has_errors());
}

// ---------------------------------------------------------------- code keys

#[test]
fn keys_in_code() {
    let code = r#"
use crate::i18n::{tr, tr_args, tr_text};

#[component]
pub fn Cart() -> impl IntoView {
    let title = tr("cart-title");
    let n = tr_args(
        "cart-items",
        &[("count", count.into())],
    );
    let p = tr_text(  "search.placeholder" );
    let m = t!(
        "checkout-pay"
    );
    let again = tr("cart-title");
    let s = i18n.tr("method-call");
    // tr("in-a-comment") /* tr("block") */
    let not_a_key = tr("Not A Key");
    let fmt = tr(&format!("status-{}", s));
    let other = attr("x-attr"); let w = str("no"); let z = tr_other("nope");
    let lit = "tr(\"inside-a-string\")";
    view! { <p>{t!("in-view")}</p> }
}
"#;
    assert_eq!(
        keys_used_in_code(code),
        [
            "cart-title",
            "cart-items",
            "search.placeholder",
            "checkout-pay",
            "method-call",
            "in-view"
        ]
    );
    let uses = tradefair_l10n::find_key_uses(code);
    assert_eq!((uses[1].line, uses[1].column), (8, 9));
    assert_eq!(uses[2].message_id(), "search");
    assert_eq!(uses[2].attribute(), Some("placeholder"));
}

#[test]
fn project_check_flags_unknown_keys() {
    let locales = [LocaleFiles {
        locale: "en".into(),
        files: vec![(
            "main.ftl".into(),
            "search = Search\n    .placeholder = Find\n".into(),
        )],
    }];
    let src = [(
        "lib.rs".to_string(),
        "tr(\"search\"); tr(\"search.placeholder\"); tr(\"search.title\"); t!(\"nope\");"
            .to_string(),
    )];
    let r = check_project(&locales, &src);
    let unknown: Vec<&str> = r
        .code
        .issues
        .iter()
        .map(|i| match &i.kind {
            IssueKind::UnknownKey { key } => key.as_str(),
            _ => panic!(),
        })
        .collect();
    assert_eq!(unknown, ["search.title", "nope"]);
    assert!(r.has_errors());
    assert!(r.to_markdown().contains("**Result: FAILED**"));

    // No source locale at all is an error, too.
    let r = check_project(&[], &[]);
    assert!(r.has_errors());
}

// ---------------------------------------------------------------- binary

fn samples(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/samples")
        .join(name)
}

fn run_bin(dir: &str) -> (i32, String) {
    let root = samples(dir);
    let out = Command::new(env!("CARGO_BIN_EXE_l10n-report"))
        .arg("--locales")
        .arg(root.join("locales"))
        .arg("--src")
        .arg(root.join("src"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn binary_on_good_samples_exits_0() {
    let (code, out) = run_bin("good");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("| ar | 5/5 (100%) | 0 | 0 | 0 | 0 | 0 |"),
        "{out}"
    );
    assert!(out.contains("unknown-plural-category"), "{out}"); // de [few]
    assert!(out.contains("**obsolete**"), "{out}"); // de old-banner
    assert!(out.contains("4 distinct keys"), "{out}");
    assert!(out.contains("**Result: OK**"), "{out}");
}

#[test]
fn binary_on_bad_samples_exits_1() {
    let (code, out) = run_bin("bad");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("/de/shop.ftl:3:1` `welcome` **syntax-error**"),
        "{out}"
    );
    assert!(out.contains("`cart-total` **variable-mismatch**"), "{out}");
    assert!(
        out.contains("src/lib.rs:1:13` `no-such-key` **unknown-key**"),
        "{out}"
    );
}

#[test]
fn binary_without_source_locale_exits_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_l10n-report"))
        .arg("--locales")
        .arg(samples("does-not-exist"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_l10n-report"))
        .arg("--bogus")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
