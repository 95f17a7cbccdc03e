//! The workbench's table as plain data: every English message beside the target file's
//! text, grouped by file, and what the filters and search select.

use std::sync::Arc;

use super::check::{check_message, MessageCheck};
use super::drafts::{Draft, Drafts, MessageKey};
use super::ftl::{
    editable, entry_spans, find, fingerprint, inline_head, new_head, EntryHead, Layout,
};
use crate::i18n::Locale;

/// One English message and its translation in the target file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageRow {
    pub file: &'static str,
    pub id: String,
    /// The English value as the translator reads it.
    pub source: String,
    /// The English entry (`id = …`), compared with the draft.
    pub source_entry: String,
    /// Fingerprint of the English entry ("changed in source" compares it).
    pub source_fingerprint: String,
    /// The note to translators above the English message.
    pub note: Option<String>,
    /// The target file's text of the message; `None` when it is missing there.
    pub original: Option<String>,
    /// How the entry is written in the target file.
    pub head: String,
    pub inline_head: String,
    pub layout: Layout,
}

impl MessageRow {
    pub fn entry_head(&self) -> EntryHead<'_> {
        EntryHead {
            head: &self.head,
            inline_head: &self.inline_head,
            layout: self.layout,
        }
    }

    pub fn key(&self, locale: Locale) -> MessageKey {
        MessageKey::new(locale, self.file, &self.id)
    }

    /// What the editor starts with: the draft, else the file's text, else nothing.
    pub fn current_text(&self, draft: Option<&Draft>) -> String {
        draft
            .map(|d| d.text.clone())
            .or_else(|| self.original.clone())
            .unwrap_or_default()
    }

    /// Checks `text` as this message's translation into `locale`.
    pub fn check(&self, text: &str, locale: Locale) -> MessageCheck {
        if text.trim().is_empty() && self.original.is_none() {
            return MessageCheck::default();
        }
        check_message(&self.entry_head(), text, &self.source_entry, locale.tag())
    }
}

/// The messages of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRows {
    pub file: &'static str,
    pub rows: Vec<Arc<MessageRow>>,
}

/// The `# note` lines above an entry, without the `# `.
fn note(text: &str, comment_start: usize, start: usize) -> Option<String> {
    let lines: Vec<&str> = text[comment_start..start]
        .lines()
        .map(|l| l.strip_prefix('#').unwrap_or(l).trim())
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}

/// Every message of the English files (file name, text) beside the target's files (same
/// order; a missing file counts as empty). Terms are left out: they are not shown alone.
pub fn message_rows(source: &[(&'static str, &str)], target: &[String]) -> Vec<FileRows> {
    source
        .iter()
        .enumerate()
        .map(|(i, (file, en))| {
            let target_text = target.get(i).map(String::as_str).unwrap_or_default();
            let target_spans = entry_spans(target_text);
            let mut seen = std::collections::BTreeSet::new();
            let rows = entry_spans(en)
                .into_iter()
                .filter(|s| !s.id.starts_with('-') && seen.insert(s.id.clone()))
                .map(|s| {
                    let (text, _) = editable(en, &s);
                    let entry = en[s.start..s.end].to_string();
                    let (original, head, inline, layout) = match find(&target_spans, &s.id) {
                        Some(t) => {
                            let (text, layout) = editable(target_text, t);
                            (
                                Some(text),
                                target_text[t.start..t.eq_end].to_string(),
                                inline_head(target_text, t),
                                layout,
                            )
                        }
                        None => {
                            let (h, ih) = new_head(&s.id);
                            (None, h, ih, Layout::default())
                        }
                    };
                    Arc::new(MessageRow {
                        file,
                        source_fingerprint: fingerprint(&entry),
                        note: note(en, s.comment_start, s.start),
                        id: s.id,
                        source: text,
                        source_entry: entry,
                        original,
                        head,
                        inline_head: inline,
                        layout,
                    })
                })
                .collect();
            FileRows { file, rows }
        })
        .collect()
}

/// Which messages the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Filter {
    #[default]
    All,
    /// Not in the target file and no draft.
    Missing,
    /// English changed since the translation was saved or imported.
    Changed,
    /// An error (syntax, or a placeable English does not pass).
    Errors,
    /// Has a draft.
    Drafts,
}

impl Filter {
    pub const ALL: [Filter; 5] = [
        Filter::All,
        Filter::Missing,
        Filter::Changed,
        Filter::Errors,
        Filter::Drafts,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Missing => "missing",
            Filter::Changed => "changed",
            Filter::Errors => "errors",
            Filter::Drafts => "drafts",
        }
    }
}

/// What the list shows about a message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowStatus {
    pub missing: bool,
    pub draft: bool,
    pub changed: bool,
    pub errors: bool,
}

impl RowStatus {
    pub fn matches(&self, filter: Filter) -> bool {
        match filter {
            Filter::All => true,
            Filter::Missing => self.missing,
            Filter::Changed => self.changed,
            Filter::Errors => self.errors,
            Filter::Drafts => self.draft,
        }
    }
}

/// The status of `row` in `locale` given the drafts.
pub fn row_status(row: &MessageRow, locale: Locale, drafts: &Drafts) -> RowStatus {
    let key = row.key(locale);
    let draft = drafts.get(&key);
    let text = row.current_text(draft);
    RowStatus {
        missing: row.original.is_none() && draft.is_none(),
        draft: draft.is_some(),
        changed: drafts.source_changed(&key, &row.source_fingerprint),
        errors: row.check(&text, locale).has_errors(),
    }
}

/// Whether `row` matches a search (case-insensitive, over the id, English and the
/// translation). An empty search matches everything.
pub fn matches_search(row: &MessageRow, translation: &str, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || row.id.to_lowercase().contains(&q)
        || row.source.to_lowercase().contains(&q)
        || translation.to_lowercase().contains(&q)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "# Catalog.\n\ncatalog-title = Catalog\n# Shown above the results.\ncatalog-heading = Wholesale catalog\ncatalog-new = New\n-brand = Tradefair\n";
    const DE: &str = "catalog-title = Katalog\ncatalog-heading=Großhandelskatalog\n";

    fn rows() -> Vec<FileRows> {
        message_rows(&[("catalog.ftl", EN)], &[DE.to_string()])
    }

    #[test]
    fn rows_pair_english_with_the_target() {
        let files = rows();
        let r = &files[0].rows;
        assert_eq!(
            r.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["catalog-title", "catalog-heading", "catalog-new"]
        );
        assert_eq!(r[0].original.as_deref(), Some("Katalog"));
        assert_eq!(r[1].note.as_deref(), Some("Shown above the results."));
        assert_eq!(r[0].note, None);
        assert_eq!(r[1].inline_head, "catalog-heading=");
        assert_eq!(r[2].original, None);
        assert_eq!(r[2].inline_head, "catalog-new = ");
    }

    #[test]
    fn filters_and_search() {
        let files = rows();
        let r = &files[0].rows;
        let mut drafts = Drafts::default();
        let missing = row_status(&r[2], Locale::De, &drafts);
        assert!(missing.missing && missing.matches(Filter::Missing) && !missing.draft);
        drafts.save(
            r[0].key(Locale::De),
            "Katalog {",
            r[0].original.as_deref(),
            false,
            &r[0].source_fingerprint,
        );
        let broken = row_status(&r[0], Locale::De, &drafts);
        assert!(broken.errors && broken.draft && !broken.changed);
        drafts.save(
            r[1].key(Locale::De),
            "Katalog",
            r[1].original.as_deref(),
            true,
            "an older English text",
        );
        assert!(row_status(&r[1], Locale::De, &drafts).matches(Filter::Changed));
        // Case-insensitive, but letters are compared as written (ß is not ss).
        assert!(!matches_search(&r[1], "Großhandelskatalog", "GROSS"));
        assert!(matches_search(&r[1], "Großhandelskatalog", "großhandel"));
        assert!(matches_search(&r[1], "", "wholesale"));
        assert!(matches_search(&r[1], "", "heading"));
        assert!(matches_search(&r[1], "", " "));
    }
}
