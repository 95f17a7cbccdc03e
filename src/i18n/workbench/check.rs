//! Checking one message as the translator types, with the same rules as the locale report
//! (`tradefair-l10n`): syntax errors at their position in the editor, placeables and terms
//! that differ from English, plural categories of the target language, much longer text.

use tradefair_l10n::{compare, plural_categories, IssueKind, Resource, Severity};

use super::ftl::{editor_position, render_entry, EntryHead};

/// One finding about a message, positioned in the editor when it has a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub kind: IssueKind,
    /// 1-based (line, column) in the editor, for syntax errors.
    pub position: Option<(usize, usize)>,
    /// The attribute the finding is about, if not the value.
    pub attribute: Option<String>,
}

impl Finding {
    /// A syntax error (the draft cannot be used in the app).
    pub fn is_syntax_error(&self) -> bool {
        matches!(self.kind, IssueKind::SyntaxError { .. })
    }
}

/// Everything the editor shows about a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageCheck {
    /// Most severe first; syntax errors before everything else.
    pub findings: Vec<Finding>,
    /// The entry as it would be written to the file.
    pub entry: String,
}

impl MessageCheck {
    /// Whether the draft parses (then the app can show it).
    pub fn parses(&self) -> bool {
        !self.findings.iter().any(Finding::is_syntax_error)
    }

    /// Whether anything is an error (syntax, or a placeable the source does not have).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Checks `draft` (the edited value of the message `head` starts) against the English entry `source`
/// (its full `id = …` text) for `locale` (a BCP 47 tag).
pub fn check_message(head: &EntryHead, draft: &str, source: &str, locale: &str) -> MessageCheck {
    let entry = render_entry(head, draft);
    let target = Resource::parse(&entry);
    let source = Resource::parse(source);
    let mut findings: Vec<Finding> = compare(&source, &target, locale)
        .into_iter()
        // A broken draft is "missing" from the parsed resource: its syntax error says why.
        .filter(|i| target.errors.is_empty() || !matches!(i.kind, IssueKind::Missing))
        .map(|i| {
            let position = match (&i.kind, i.line, i.column) {
                (IssueKind::SyntaxError { .. }, Some(l), Some(c)) => {
                    Some(editor_position(head, draft, l, c))
                }
                _ => None,
            };
            Finding {
                severity: i.severity,
                kind: i.kind,
                position,
                attribute: i.attribute,
            }
        })
        .collect();
    findings.sort_by_key(|f| (!f.is_syntax_error(), f.severity));
    MessageCheck { findings, entry }
}

/// Whether the English entry selects on a number (then the editor offers the target's
/// plural categories).
pub fn source_has_plural(source: &str) -> bool {
    Resource::parse(source).entries.iter().any(|e| {
        e.patterns()
            .any(|(_, p)| p.selects.iter().any(|s| s.is_plural()))
    })
}

/// The variable the English entry's first plural selects on (`count`).
pub fn plural_variable(source: &str) -> Option<String> {
    Resource::parse(source).entries.iter().find_map(|e| {
        e.patterns().find_map(|(_, p)| {
            p.selects
                .iter()
                .find(|s| s.is_plural())
                .and_then(|s| s.variable().map(str::to_string))
        })
    })
}

/// A plural select with exactly the categories `locale` uses, `other` as the default, each
/// variant starting with the number so the translator only adds words.
pub fn plural_template(locale: &str, variable: &str) -> String {
    let mut out = format!("{{ ${variable} ->\n");
    for cat in plural_categories(locale) {
        let star = if *cat == "other" { "*" } else { " " };
        out.push_str(&format!("   {star}[{cat}] {{ ${variable} }}\n"));
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::workbench::ftl::{new_head, Layout};

    fn check(id: &str, draft: &str, source: &str, locale: &str) -> MessageCheck {
        let (h, ih) = new_head(id);
        let head = EntryHead {
            head: &h,
            inline_head: &ih,
            layout: Layout::default(),
        };
        check_message(&head, draft, source, locale)
    }

    const RESULTS: &str = "results =\n    { $count ->\n        [one] { $count } product\n       *[other] { $count } products\n    }\n";

    #[test]
    fn a_good_translation_has_no_findings() {
        let c = check(
            "heading",
            "Großhandelskatalog",
            "heading = Wholesale catalog",
            "de",
        );
        assert!(c.findings.is_empty(), "{:?}", c.findings);
        assert!(c.parses());
        assert_eq!(c.entry, "heading = Großhandelskatalog");
    }

    #[test]
    fn syntax_errors_point_into_the_editor() {
        let c = check("heading", "Katalog {", "heading = Catalog", "de");
        assert!(!c.parses());
        let f = &c.findings[0];
        assert!(f.is_syntax_error());
        assert_eq!(f.position.map(|p| p.0), Some(1));
        assert!(f.position.unwrap().1 >= 9, "{f:?}");
        // Second line of a block value.
        let c = check(
            "results",
            "{ $count ->\n   *[other] { $count Produkte\n}",
            RESULTS,
            "de",
        );
        let f = &c.findings[0];
        assert!(f.is_syntax_error());
        assert_eq!(f.position.map(|p| p.0), Some(2), "{f:?}");
    }

    #[test]
    fn a_select_without_default_is_an_error() {
        let c = check(
            "results",
            "{ $count ->\n    [one] ein Produkt\n    [other] { $count } Produkte\n}",
            RESULTS,
            "de",
        );
        assert!(c.findings.iter().any(|f| matches!(&f.kind, IssueKind::SyntaxError { message } if message.contains("default variant"))), "{:?}", c.findings);
    }

    #[test]
    fn placeables_and_plurals_are_compared_with_english() {
        let c = check(
            "results",
            "{ $count ->\n    [one] { $anzahl } Produkt\n   *[other] { $count } Produkte\n}",
            RESULTS,
            "de",
        );
        assert!(c.has_errors());
        assert!(c.findings.iter().any(|f| matches!(&f.kind, IssueKind::VariableMismatch { extra_in_target, .. } if extra_in_target == &["anzahl"])));
        // Arabic needs six categories; a two-variant plural lacks four.
        let c = check(
            "results",
            "{ $count ->\n    [one] منتج واحد\n   *[other] { $count } منتجات\n}",
            RESULTS,
            "ar",
        );
        let missing: Vec<_> = c
            .findings
            .iter()
            .filter_map(|f| match &f.kind {
                IssueKind::MissingPluralCategory { category, .. } => Some(category.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(missing, ["zero", "two", "few", "many"]);
        // Chinese has none.
        let c = check("results", "{ $count } 个产品", RESULTS, "zh-CN");
        assert!(c.findings.is_empty(), "{:?}", c.findings);
    }

    #[test]
    fn much_longer_text_is_a_warning() {
        let c = check(
            "heading",
            "Ein sehr, sehr, sehr langer Katalog für Großhändler",
            "heading = Catalog",
            "de",
        );
        assert!(!c.has_errors());
        assert!(c
            .findings
            .iter()
            .any(|f| matches!(f.kind, IssueKind::MuchLonger { .. })));
    }

    #[test]
    fn plural_templates_offer_the_target_categories() {
        assert!(source_has_plural(RESULTS));
        assert_eq!(plural_variable(RESULTS).as_deref(), Some("count"));
        let t = plural_template("ar", "count");
        for cat in ["[zero]", "[one]", "[two]", "[few]", "[many]", "*[other]"] {
            assert!(t.contains(cat), "{t}");
        }
        assert_eq!(
            plural_template("zh-CN", "n"),
            "{ $n ->\n   *[other] { $n }\n}"
        );
        let c = check("results", &plural_template("ar", "count"), RESULTS, "ar");
        assert!(c.findings.is_empty(), "{:?}", c.findings);
    }
}
