//! Per-locale and whole-project reports, and their Markdown rendering.
//! No filesystem access here (see `fs` for reading directories).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use crate::code::{find_key_uses, split_key, KeyUse};
use crate::compare::{compare, lint, Issue, IssueKind, Severity};
use crate::model::{EntryKind, Resource};

/// The source locale.
pub const SOURCE_LOCALE: &str = "en";

/// What one locale looks like against the source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleReport {
    pub locale: String,
    /// Source messages and terms present in the translation (broken ones included).
    pub translated: usize,
    /// Source messages and terms absent from the translation.
    pub missing: usize,
    /// Translated messages and terms the source no longer has.
    pub obsolete: usize,
    /// Messages and terms with at least one error (a syntax error with no
    /// recognizable entry counts as one).
    pub broken: usize,
    /// Every issue, with `file` set to the `.ftl` file name.
    pub issues: Vec<Issue>,
}

impl LocaleReport {
    /// Source entries in total (`translated + missing`).
    pub fn total(&self) -> usize {
        self.translated + self.missing
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.issues
            .iter()
            .filter(|i| i.severity == severity)
            .count()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

fn parse_files<N: AsRef<str>, T: AsRef<str>>(files: &[(N, T)]) -> Vec<(String, Resource)> {
    files
        .iter()
        .map(|(n, t)| (n.as_ref().to_string(), Resource::parse(t.as_ref())))
        .collect()
}

/// Checks that need the whole locale: ids defined in two files, and message or
/// term references no file defines.
fn locale_wide_checks(files: &[(String, Resource)], issues: &mut Vec<Issue>) {
    let mut first_file: HashMap<&str, &str> = HashMap::new();
    let mut defined: BTreeSet<String> = BTreeSet::new();
    for (name, res) in files {
        for e in res.unique_entries() {
            match first_file.get(e.id.as_str()) {
                Some(f) if *f != name.as_str() => {
                    let mut i = Issue::new(
                        Severity::Error,
                        IssueKind::DuplicateId {
                            first_file: Some(f.to_string()),
                        },
                    );
                    i.id = Some(e.id.clone());
                    i.file = Some(name.clone());
                    i.line = e.line;
                    issues.push(i);
                }
                Some(_) => {}
                None => {
                    first_file.insert(&e.id, name);
                }
            }
            defined.insert(e.id.clone());
            if e.kind == EntryKind::Message {
                for a in &e.attributes {
                    defined.insert(format!("{}.{}", e.id, a.name));
                }
            }
        }
    }
    for (name, res) in files {
        for e in res.unique_entries() {
            for (attr, p) in e.patterns() {
                for r in p.terms.iter().chain(p.messages.iter()) {
                    if !defined.contains(r) {
                        let mut i = Issue::new(
                            Severity::Error,
                            IssueKind::UnresolvedReference {
                                reference: r.clone(),
                            },
                        );
                        i.id = Some(e.id.clone());
                        i.attribute = attr.map(str::to_string);
                        i.file = Some(name.clone());
                        i.line = attr
                            .and_then(|a| e.attribute(a))
                            .and_then(|a| a.line)
                            .or(e.line);
                        issues.push(i);
                    }
                }
            }
        }
    }
}

/// By file, then line (issues without a line last); stable otherwise.
fn sort_issues(issues: &mut [Issue]) {
    issues.sort_by(|a, b| {
        (&a.file, a.line.unwrap_or(usize::MAX)).cmp(&(&b.file, b.line.unwrap_or(usize::MAX)))
    });
}

fn count_broken(issues: &[Issue]) -> usize {
    let mut entries = BTreeSet::new();
    let mut anonymous = 0;
    for i in issues.iter().filter(|i| i.severity == Severity::Error) {
        match &i.id {
            Some(id) => {
                entries.insert((i.file.clone(), id.clone()));
            }
            None => anonymous += 1,
        }
    }
    entries.len() + anonymous
}

/// Report for the source locale itself: syntax errors, duplicates, plural
/// categories for `locale`, unresolved references. Everything counts as translated.
pub fn source_report<N: AsRef<str>, T: AsRef<str>>(locale: &str, files: &[(N, T)]) -> LocaleReport {
    let parsed = parse_files(files);
    let mut issues = Vec::new();
    let mut translated = 0;
    for (name, res) in &parsed {
        translated += res.ids().len();
        for mut i in lint(res, locale) {
            i.file = Some(name.clone());
            issues.push(i);
        }
    }
    locale_wide_checks(&parsed, &mut issues);
    sort_issues(&mut issues);
    LocaleReport {
        locale: locale.to_string(),
        translated,
        missing: 0,
        obsolete: 0,
        broken: count_broken(&issues),
        issues,
    }
}

/// Report for a translation: each target file is compared with the source file
/// of the same name; a file the target lacks makes all its entries missing, a
/// file the source lacks makes all its entries obsolete.
pub fn locale_report<N: AsRef<str>, T: AsRef<str>>(
    target_locale: &str,
    source_files: &[(N, T)],
    target_files: &[(N, T)],
) -> LocaleReport {
    let source = parse_files(source_files);
    let target = parse_files(target_files);
    let empty = Resource::default();
    let mut issues = Vec::new();
    let mut translated = 0;
    for (name, s) in &source {
        let t = target
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&empty, |(_, r)| r);
        let broken: BTreeSet<&str> = t.broken_ids().collect();
        translated += s
            .ids()
            .into_iter()
            .filter(|id| t.get(id).is_some() || broken.contains(id))
            .count();
        for mut i in compare(s, t, target_locale) {
            i.file = Some(name.clone());
            issues.push(i);
        }
    }
    for (name, t) in &target {
        if source.iter().any(|(n, _)| n == name) {
            continue;
        }
        for mut i in compare(&empty, t, target_locale) {
            i.file = Some(name.clone());
            issues.push(i);
        }
    }
    locale_wide_checks(&target, &mut issues);
    sort_issues(&mut issues);
    let count = |k: &IssueKind| issues.iter().filter(|i| &i.kind == k).count();
    LocaleReport {
        locale: target_locale.to_string(),
        translated,
        missing: count(&IssueKind::Missing),
        obsolete: count(&IssueKind::Obsolete),
        broken: count_broken(&issues),
        issues,
    }
}

/// The `.ftl` files of one locale: (file name, text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleFiles {
    pub locale: String,
    pub files: Vec<(String, String)>,
}

/// Keys used in code, checked against the source locale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeReport {
    pub files_scanned: usize,
    /// Every use: (file name, use).
    pub uses: Vec<(String, KeyUse)>,
    /// `UnknownKey` errors.
    pub issues: Vec<Issue>,
}

impl CodeReport {
    pub fn distinct_keys(&self) -> usize {
        self.uses
            .iter()
            .map(|(_, u)| u.key.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Everything: the source locale first, then the translations, then code keys.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectReport {
    /// Shown before `locale/file` in locations (e.g. `locales`); may be empty.
    pub locales_root: String,
    /// Shown before Rust file names in locations (e.g. `src`); may be empty.
    pub src_root: String,
    pub locales: Vec<LocaleReport>,
    pub code: CodeReport,
    /// Project-level issues (no source locale).
    pub issues: Vec<Issue>,
}

impl ProjectReport {
    fn all_issues(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .chain(self.locales.iter().flat_map(|l| l.issues.iter()))
            .chain(self.code.issues.iter())
    }

    pub fn error_count(&self) -> usize {
        self.all_issues()
            .filter(|i| i.severity == Severity::Error)
            .count()
    }

    pub fn warning_count(&self) -> usize {
        self.all_issues()
            .filter(|i| i.severity == Severity::Warning)
            .count()
    }

    /// Any `Severity::Error` anywhere: the CI gate.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// The report as Markdown (GitHub-flavoured).
    pub fn to_markdown(&self) -> String {
        render_markdown(self)
    }
}

/// Check all locales against [`SOURCE_LOCALE`] (file by file) and the keys used
/// in `rust_sources` (file name, text) against the source locale.
pub fn check_project(locales: &[LocaleFiles], rust_sources: &[(String, String)]) -> ProjectReport {
    let mut report = ProjectReport::default();
    let Some(source) = locales
        .iter()
        .find(|l| l.locale == SOURCE_LOCALE && !l.files.is_empty())
    else {
        let mut i = Issue::new(Severity::Error, IssueKind::NoSourceLocale);
        i.file = Some(SOURCE_LOCALE.to_string());
        report.issues.push(i);
        return report;
    };
    report
        .locales
        .push(source_report(SOURCE_LOCALE, &source.files));
    let mut others: Vec<&LocaleFiles> = locales
        .iter()
        .filter(|l| l.locale != SOURCE_LOCALE)
        .collect();
    others.sort_by(|a, b| a.locale.cmp(&b.locale));
    for l in others {
        report
            .locales
            .push(locale_report(&l.locale, &source.files, &l.files));
    }

    // Keys used in code.
    let resources: Vec<Resource> = source
        .files
        .iter()
        .map(|(_, t)| Resource::parse(t))
        .collect();
    let exists = |key: &str| {
        let (id, attr) = split_key(key);
        resources.iter().any(|r| {
            r.get(id)
                .is_some_and(|e| attr.is_none_or(|a| e.attribute(a).is_some()))
        })
    };
    report.code.files_scanned = rust_sources.len();
    for (name, text) in rust_sources {
        for u in find_key_uses(text) {
            if !exists(&u.key) {
                let mut i = Issue::new(
                    Severity::Error,
                    IssueKind::UnknownKey { key: u.key.clone() },
                );
                let (id, attr) = split_key(&u.key);
                i.id = Some(id.to_string());
                i.attribute = attr.map(str::to_string);
                i.file = Some(name.clone());
                i.line = Some(u.line);
                i.column = Some(u.column);
                report.code.issues.push(i);
            }
            report.code.uses.push((name.clone(), u));
        }
    }
    report
}

fn join_path(root: &str, rest: &str) -> String {
    if root.is_empty() {
        rest.to_string()
    } else {
        format!("{}/{}", root.trim_end_matches('/'), rest)
    }
}

fn issue_line(i: &Issue, root: &str) -> String {
    let mut loc = Issue {
        file: i.file.as_deref().map(|f| join_path(root, f)),
        ..i.clone()
    }
    .location();
    if loc.is_empty() {
        loc = "-".into();
    }
    let subject = i.subject().map(|s| format!(" `{s}`")).unwrap_or_default();
    format!(
        "- `{loc}`{subject} **{}**: {}",
        i.kind.code(),
        i.description()
    )
}

fn percent(n: usize, of: usize) -> String {
    (n * 100)
        .checked_div(of)
        .map_or_else(|| "-".into(), |p| format!("{p}%"))
}

/// Render a [`ProjectReport`] as Markdown: a summary table, then per locale a
/// table (translated / missing / obsolete / broken) and its errors, warnings
/// and missing entries, then the keys used in code.
pub fn render_markdown(r: &ProjectReport) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Localization report\n");
    for i in &r.issues {
        let _ = writeln!(md, "{}", issue_line(i, &r.locales_root));
    }
    if !r.issues.is_empty() {
        md.push('\n');
    }
    if !r.locales.is_empty() {
        let _ = writeln!(
            md,
            "| Locale | Translated | Missing | Obsolete | Broken | Errors | Warnings |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|");
        for l in &r.locales {
            let name = if l.locale == SOURCE_LOCALE {
                format!("{} (source)", l.locale)
            } else {
                l.locale.clone()
            };
            let _ = writeln!(
                md,
                "| {name} | {}/{} ({}) | {} | {} | {} | {} | {} |",
                l.translated,
                l.total(),
                percent(l.translated, l.total()),
                l.missing,
                l.obsolete,
                l.broken,
                l.count(Severity::Error),
                l.count(Severity::Warning)
            );
        }
        md.push('\n');
    }
    for l in &r.locales {
        let root = join_path(&r.locales_root, &l.locale);
        let _ = writeln!(md, "## {}\n", l.locale);
        let _ = writeln!(md, "| Translated | Missing | Obsolete | Broken |");
        let _ = writeln!(md, "|---:|---:|---:|---:|");
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |\n",
            l.translated, l.missing, l.obsolete, l.broken
        );
        for (severity, title) in [(Severity::Error, "Errors"), (Severity::Warning, "Warnings")] {
            let list: Vec<&Issue> = l.issues.iter().filter(|i| i.severity == severity).collect();
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(md, "### {title} ({})\n", list.len());
            for i in list {
                let _ = writeln!(md, "{}", issue_line(i, &root));
            }
            md.push('\n');
        }
        let missing: Vec<&Issue> = l
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Missing)
            .collect();
        if !missing.is_empty() {
            let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for i in &missing {
                by_file
                    .entry(i.file.clone().unwrap_or_default())
                    .or_default()
                    .push(format!("`{}`", i.subject().unwrap_or_default()));
            }
            let _ = writeln!(
                md,
                "<details><summary>Missing ({})</summary>\n",
                missing.len()
            );
            for (file, ids) in by_file {
                let _ = writeln!(md, "- {}: {}", join_path(&root, &file), ids.join(", "));
            }
            let _ = writeln!(md, "\n</details>\n");
        }
    }
    let _ = writeln!(md, "## Keys used in code\n");
    let _ = writeln!(
        md,
        "{} distinct keys in {} uses, {} Rust files scanned.\n",
        r.code.distinct_keys(),
        r.code.uses.len(),
        r.code.files_scanned
    );
    if !r.code.issues.is_empty() {
        let _ = writeln!(md, "### Errors ({})\n", r.code.issues.len());
        for i in &r.code.issues {
            let _ = writeln!(md, "{}", issue_line(i, &r.src_root));
        }
        md.push('\n');
    }
    let errors = r.error_count();
    let warnings = r.warning_count();
    if errors > 0 {
        let _ = writeln!(
            md,
            "**Result: FAILED** — {errors} error(s), {warnings} warning(s)."
        );
    } else {
        let _ = writeln!(md, "**Result: OK** — 0 errors, {warnings} warning(s).");
    }
    md
}
