//! Issues: per-resource checks ([`lint`]) and source/target comparison ([`compare`]).

use std::collections::BTreeSet;
use std::fmt;

use crate::model::{Entry, Pattern, Resource, SyntaxError};
use crate::plural::{is_cldr_category, known_plural_categories, plural_categories};

/// How bad an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Breaks the build (exit code 1).
    Error,
    /// Should be looked at; not fatal.
    Warning,
    /// An untranslated message or attribute; reported, not fatal.
    Missing,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Missing => "missing",
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IssueKind {
    /// The Fluent parser rejected part of the file (includes a select without a `*` default).
    SyntaxError { message: String },
    /// In the source, not in the target.
    Missing,
    /// In the target, not in the source.
    Obsolete,
    /// The source message has this attribute (`Issue::attribute`), the target does not.
    MissingAttribute,
    /// The target message has an attribute (`Issue::attribute`) the source does not.
    ObsoleteAttribute,
    /// One side has a value, the other only attributes.
    ValueMismatch { source_has_value: bool },
    /// Variables differ. Extra variables are errors (they would render as
    /// `{$name}` errors at runtime); dropped ones are warnings (a plural
    /// variant may spell the number out).
    VariableMismatch {
        missing_in_target: Vec<String>,
        extra_in_target: Vec<String>,
    },
    /// Term references (`-brand`) differ.
    TermMismatch {
        missing_in_target: Vec<String>,
        extra_in_target: Vec<String>,
    },
    /// Message references (`{ other-message }`) differ.
    MessageReferenceMismatch {
        missing_in_target: Vec<String>,
        extra_in_target: Vec<String>,
    },
    /// A plural select (on `$variable`) lacks a category the locale uses.
    /// The default variant covering it at runtime is not enough.
    MissingPluralCategory { category: String, variable: String },
    /// A plural select has a CLDR category the locale never selects (e.g. `[few]` in German).
    UnknownPluralCategory { category: String },
    /// The target text is more than 2.5 times as long as the source (and over 20 characters).
    MuchLonger {
        source_chars: usize,
        target_chars: usize,
    },
    /// The same id is defined twice in a locale (the first definition wins at runtime).
    DuplicateId { first_file: Option<String> },
    /// A message or term reference that no file of the locale defines.
    UnresolvedReference { reference: String },
    /// A key used in code (`tr("key")`, ...) that the source locale does not define.
    UnknownKey { key: String },
    /// The source locale's directory or files are missing.
    NoSourceLocale,
}

impl IssueKind {
    /// A short, stable, kebab-case name (`variable-mismatch`).
    pub fn code(&self) -> &'static str {
        match self {
            IssueKind::SyntaxError { .. } => "syntax-error",
            IssueKind::Missing => "missing",
            IssueKind::Obsolete => "obsolete",
            IssueKind::MissingAttribute => "missing-attribute",
            IssueKind::ObsoleteAttribute => "obsolete-attribute",
            IssueKind::ValueMismatch { .. } => "value-mismatch",
            IssueKind::VariableMismatch { .. } => "variable-mismatch",
            IssueKind::TermMismatch { .. } => "term-mismatch",
            IssueKind::MessageReferenceMismatch { .. } => "message-reference-mismatch",
            IssueKind::MissingPluralCategory { .. } => "missing-plural-category",
            IssueKind::UnknownPluralCategory { .. } => "unknown-plural-category",
            IssueKind::MuchLonger { .. } => "much-longer",
            IssueKind::DuplicateId { .. } => "duplicate-id",
            IssueKind::UnresolvedReference { .. } => "unresolved-reference",
            IssueKind::UnknownKey { .. } => "unknown-key",
            IssueKind::NoSourceLocale => "no-source-locale",
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    pub kind: IssueKind,
    /// Message or term id (terms with `-`), when the issue is about one.
    pub id: Option<String>,
    /// Attribute name when the issue is about an attribute.
    pub attribute: Option<String>,
    /// File name (set by the report builders; `None` from [`compare`]/[`lint`]).
    pub file: Option<String>,
    /// 1-based line in `file` (in the target file, except for `Missing*`, which have none).
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
}

impl Issue {
    pub fn new(severity: Severity, kind: IssueKind) -> Self {
        Issue {
            severity,
            kind,
            id: None,
            attribute: None,
            file: None,
            line: None,
            column: None,
        }
    }

    fn on(mut self, id: &str, attribute: Option<&str>, line: Option<usize>) -> Self {
        self.id = Some(id.to_string());
        self.attribute = attribute.map(str::to_string);
        self.line = line;
        self
    }

    pub(crate) fn from_syntax_error(e: &SyntaxError) -> Self {
        Issue {
            severity: Severity::Error,
            kind: IssueKind::SyntaxError {
                message: e.message.clone(),
            },
            id: e.entry_id.clone(),
            attribute: None,
            file: None,
            line: Some(e.line),
            column: Some(e.column),
        }
    }

    /// `file:line:col`, `file:line`, `file` or empty.
    pub fn location(&self) -> String {
        let mut s = self.file.clone().unwrap_or_default();
        if let Some(l) = self.line {
            s = format!("{s}:{l}");
            if let Some(c) = self.column {
                s = format!("{s}:{c}");
            }
        }
        s
    }

    /// `id` or `id.attr`.
    pub fn subject(&self) -> Option<String> {
        match (&self.id, &self.attribute) {
            (Some(id), Some(a)) => Some(format!("{id}.{a}")),
            (Some(id), None) => Some(id.clone()),
            _ => None,
        }
    }

    /// A human-readable description, without location.
    pub fn description(&self) -> String {
        fn vars(v: &[String], prefix: &str) -> String {
            v.iter()
                .map(|x| format!("`{prefix}{x}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
        fn both(what: &str, missing: &[String], extra: &[String], prefix: &str) -> String {
            let mut parts = Vec::new();
            if !extra.is_empty() {
                parts.push(format!("{what} not in the source: {}", vars(extra, prefix)));
            }
            if !missing.is_empty() {
                parts.push(format!(
                    "{what} of the source not used: {}",
                    vars(missing, prefix)
                ));
            }
            parts.join("; ")
        }
        match &self.kind {
            IssueKind::SyntaxError { message } => format!("syntax error: {message}"),
            IssueKind::Missing => "not translated".into(),
            IssueKind::Obsolete => "obsolete: not in the source locale".into(),
            IssueKind::MissingAttribute => "attribute not translated".into(),
            IssueKind::ObsoleteAttribute => "attribute not in the source locale".into(),
            IssueKind::ValueMismatch { source_has_value } => {
                if *source_has_value {
                    "the source has a value, the translation only attributes".into()
                } else {
                    "the translation has a value, the source only attributes".into()
                }
            }
            IssueKind::VariableMismatch {
                missing_in_target,
                extra_in_target,
            } => both("variables", missing_in_target, extra_in_target, "$"),
            IssueKind::TermMismatch {
                missing_in_target,
                extra_in_target,
            } => both("terms", missing_in_target, extra_in_target, ""),
            IssueKind::MessageReferenceMismatch {
                missing_in_target,
                extra_in_target,
            } => both("message references", missing_in_target, extra_in_target, ""),
            IssueKind::MissingPluralCategory { category, variable } => format!(
                "plural on `${variable}` lacks the `[{category}]` variant this locale uses"
            ),
            IssueKind::UnknownPluralCategory { category } => {
                let hint = if category == "zero" {
                    " (use `[0]` to match the number 0)"
                } else {
                    ""
                };
                format!("plural category `[{category}]` is never selected in this locale{hint}")
            }
            IssueKind::MuchLonger {
                source_chars,
                target_chars,
            } => format!(
                "translation is much longer than the source ({target_chars} vs {source_chars} characters)"
            ),
            IssueKind::DuplicateId { first_file } => match first_file {
                Some(f) => format!("defined again (first in `{f}`); the first definition wins"),
                None => "defined twice; the first definition wins".into(),
            },
            IssueKind::UnresolvedReference { reference } => {
                format!("references `{reference}`, which this locale does not define")
            }
            IssueKind::UnknownKey { key } => {
                format!("key `{key}` is used in code but not defined in the source locale")
            }
            IssueKind::NoSourceLocale => "the source locale has no .ftl files".into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let loc = self.location();
        if !loc.is_empty() {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{}", self.severity.as_str())?;
        if let Some(s) = self.subject() {
            write!(f, " [{s}]")?;
        }
        write!(f, " {}: {}", self.kind.code(), self.description())
    }
}

/// Checks of one resource on its own, for `locale`: syntax errors, duplicate
/// ids, and plural selects (missing categories: warning; categories the
/// locale never uses: warning).
pub fn lint(resource: &Resource, locale: &str) -> Vec<Issue> {
    let mut issues: Vec<Issue> = resource
        .errors
        .iter()
        .map(Issue::from_syntax_error)
        .collect();
    let mut seen = BTreeSet::new();
    for entry in &resource.entries {
        if !seen.insert(entry.id.as_str()) {
            issues.push(
                Issue::new(Severity::Error, IssueKind::DuplicateId { first_file: None })
                    .on(&entry.id, None, entry.line),
            );
        }
        for (attr, pattern) in entry.patterns() {
            let line = slot_line(entry, attr);
            lint_plurals(pattern, locale, &entry.id, attr, line, &mut issues);
        }
    }
    issues
}

fn slot_line(entry: &Entry, attr: Option<&str>) -> Option<usize> {
    match attr {
        None => entry.line,
        Some(a) => entry.attribute(a).and_then(|a| a.line).or(entry.line),
    }
}

fn lint_plurals(
    pattern: &Pattern,
    locale: &str,
    id: &str,
    attr: Option<&str>,
    line: Option<usize>,
    issues: &mut Vec<Issue>,
) {
    let known = known_plural_categories(locale);
    let required = plural_categories(locale);
    for select in pattern.selects.iter().filter(|s| s.is_plural()) {
        let variable = select.variable().unwrap_or_default();
        if let Some(known) = known {
            for key in select.identifier_keys() {
                if is_cldr_category(key) && !known.contains(&key) {
                    issues.push(
                        Issue::new(
                            Severity::Warning,
                            IssueKind::UnknownPluralCategory {
                                category: key.to_string(),
                            },
                        )
                        .on(id, attr, line),
                    );
                }
            }
        }
        for cat in required {
            if !select.has_key(cat) {
                issues.push(
                    Issue::new(
                        Severity::Warning,
                        IssueKind::MissingPluralCategory {
                            category: cat.to_string(),
                            variable: variable.to_string(),
                        },
                    )
                    .on(id, attr, line),
                );
            }
        }
    }
}

fn diff(source: &BTreeSet<String>, target: &BTreeSet<String>) -> (Vec<String>, Vec<String>) {
    (
        source.difference(target).cloned().collect(),
        target.difference(source).cloned().collect(),
    )
}

/// Compare a translation with the source: everything [`lint`] reports for the
/// target, plus missing/obsolete entries and attributes, variable, term and
/// message-reference mismatches, plural selects the target lacks, and much
/// longer texts.
pub fn compare(source: &Resource, target: &Resource, target_locale: &str) -> Vec<Issue> {
    let mut issues = lint(target, target_locale);
    let broken: BTreeSet<&str> = target.broken_ids().collect();
    for s in source.unique_entries() {
        match target.get(&s.id) {
            // A syntax error on this entry is already reported.
            None if broken.contains(s.id.as_str()) => {}
            None => {
                issues.push(Issue::new(Severity::Missing, IssueKind::Missing).on(&s.id, None, None))
            }
            Some(t) => compare_entries(s, t, target_locale, &mut issues),
        }
    }
    for t in target.unique_entries() {
        if source.get(&t.id).is_none() {
            issues.push(Issue::new(Severity::Warning, IssueKind::Obsolete).on(&t.id, None, t.line));
        }
    }
    issues
}

fn compare_entries(s: &Entry, t: &Entry, locale: &str, issues: &mut Vec<Issue>) {
    match (&s.value, &t.value) {
        (Some(sv), Some(tv)) => compare_patterns(sv, tv, locale, &t.id, None, t.line, issues),
        (Some(_), None) | (None, Some(_)) => issues.push(
            Issue::new(
                if s.value.is_some() {
                    Severity::Missing
                } else {
                    Severity::Warning
                },
                IssueKind::ValueMismatch {
                    source_has_value: s.value.is_some(),
                },
            )
            .on(&t.id, None, t.line),
        ),
        (None, None) => {}
    }
    for sa in &s.attributes {
        match t.attribute(&sa.name) {
            Some(ta) => compare_patterns(
                &sa.value,
                &ta.value,
                locale,
                &t.id,
                Some(&sa.name),
                ta.line.or(t.line),
                issues,
            ),
            None => issues.push(
                Issue::new(Severity::Missing, IssueKind::MissingAttribute).on(
                    &t.id,
                    Some(&sa.name),
                    None,
                ),
            ),
        }
    }
    for ta in &t.attributes {
        if s.attribute(&ta.name).is_none() {
            issues.push(
                Issue::new(Severity::Warning, IssueKind::ObsoleteAttribute).on(
                    &t.id,
                    Some(&ta.name),
                    ta.line.or(t.line),
                ),
            );
        }
    }
}

fn compare_patterns(
    s: &Pattern,
    t: &Pattern,
    locale: &str,
    id: &str,
    attr: Option<&str>,
    line: Option<usize>,
    issues: &mut Vec<Issue>,
) {
    let (missing, extra) = diff(&s.variables, &t.variables);
    if !missing.is_empty() || !extra.is_empty() {
        let severity = if extra.is_empty() {
            Severity::Warning
        } else {
            Severity::Error
        };
        issues.push(
            Issue::new(
                severity,
                IssueKind::VariableMismatch {
                    missing_in_target: missing,
                    extra_in_target: extra,
                },
            )
            .on(id, attr, line),
        );
    }
    let (missing, extra) = diff(&s.terms, &t.terms);
    if !missing.is_empty() || !extra.is_empty() {
        issues.push(
            Issue::new(
                Severity::Warning,
                IssueKind::TermMismatch {
                    missing_in_target: missing,
                    extra_in_target: extra,
                },
            )
            .on(id, attr, line),
        );
    }
    let (missing, extra) = diff(&s.messages, &t.messages);
    if !missing.is_empty() || !extra.is_empty() {
        issues.push(
            Issue::new(
                Severity::Warning,
                IssueKind::MessageReferenceMismatch {
                    missing_in_target: missing,
                    extra_in_target: extra,
                },
            )
            .on(id, attr, line),
        );
    }
    // A plural in the source that the translation dropped: fine where the
    // locale only has `other` (ja, zh, ...), otherwise every other category
    // is missing. Plurals present in the target are checked by `lint`.
    let mut done = BTreeSet::new();
    for select in s.selects.iter().filter(|s| s.is_plural()) {
        let Some(var) = select.variable() else {
            continue;
        };
        if !done.insert(var) || t.plural_selects_on(var).next().is_some() {
            continue;
        }
        for cat in plural_categories(locale).iter().filter(|c| **c != "other") {
            issues.push(
                Issue::new(
                    Severity::Warning,
                    IssueKind::MissingPluralCategory {
                        category: cat.to_string(),
                        variable: var.to_string(),
                    },
                )
                .on(id, attr, line),
            );
        }
    }
    let source_chars = s.text.trim().chars().count();
    let target_chars = t.text.trim().chars().count();
    if target_chars > 20 && target_chars * 2 > source_chars * 5 {
        issues.push(
            Issue::new(
                Severity::Warning,
                IssueKind::MuchLonger {
                    source_chars,
                    target_chars,
                },
            )
            .on(id, attr, line),
        );
    }
}
