//! The checker's findings in the translator's language.

use tradefair_l10n::{Issue, IssueKind};

use super::language_name;
use crate::i18n::workbench::check::Finding;
use crate::i18n::{self, Locale};
use crate::t;

fn names(list: &[String], prefix: &str) -> String {
    list.iter()
        .map(|n| format!("{{ {prefix}{n} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What `f` means, for a message translated into `locale`.
pub fn finding_text(f: &Finding, locale: Locale) -> String {
    let language = language_name(locale);
    match &f.kind {
        IssueKind::SyntaxError { message } => {
            let (line, column) = f.position.unwrap_or((1, 1));
            // The parser's own words are English; the commonest case gets a real sentence.
            let detail = if message.contains("default variant") && !message.contains("only one") {
                i18n::tr("translate-issue-no-default")
            } else {
                t!("translate-issue-parser", detail = message.as_str())
            };
            t!(
                "translate-syntax-error",
                line = line,
                column = column,
                detail = detail
            )
        }
        IssueKind::VariableMismatch {
            missing_in_target,
            extra_in_target,
        } => {
            let mut parts = Vec::new();
            if !extra_in_target.is_empty() {
                parts.push(t!(
                    "translate-issue-variables-extra",
                    names = names(extra_in_target, "$")
                ));
            }
            if !missing_in_target.is_empty() {
                parts.push(t!(
                    "translate-issue-variables-missing",
                    names = names(missing_in_target, "$")
                ));
            }
            parts.join(" ")
        }
        IssueKind::TermMismatch {
            missing_in_target,
            extra_in_target,
        } => t!(
            "translate-issue-terms",
            names = names(
                &[missing_in_target.clone(), extra_in_target.clone()].concat(),
                ""
            )
        ),
        IssueKind::MessageReferenceMismatch {
            missing_in_target,
            extra_in_target,
        } => t!(
            "translate-issue-messages",
            names = names(
                &[missing_in_target.clone(), extra_in_target.clone()].concat(),
                ""
            )
        ),
        IssueKind::MissingPluralCategory { category, variable } => t!(
            "translate-issue-plural-missing",
            variable = format!("${variable}"),
            category = category.as_str(),
            language = language
        ),
        IssueKind::UnknownPluralCategory { category } => t!(
            "translate-issue-plural-unknown",
            category = category.as_str(),
            language = language
        ),
        IssueKind::MuchLonger {
            source_chars,
            target_chars,
        } => t!(
            "translate-issue-much-longer",
            source = *source_chars,
            target = *target_chars
        ),
        IssueKind::MissingAttribute => t!(
            "translate-issue-attribute-missing",
            name = f.attribute.clone().unwrap_or_default()
        ),
        IssueKind::ObsoleteAttribute => t!(
            "translate-issue-attribute-obsolete",
            name = f.attribute.clone().unwrap_or_default()
        ),
        IssueKind::ValueMismatch { .. } => i18n::tr("translate-issue-value"),
        other => t!(
            "translate-issue-other",
            detail = Issue::new(f.severity, other.clone()).description()
        ),
    }
}
