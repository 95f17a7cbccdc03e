//! A translator's drafts: what they typed, the last version that parsed (the one the app
//! shows), and a fingerprint of the English text they translated, so a later change in
//! English marks the message "changed in source". Plain data, saved as JSON.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// One message of one locale's file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageKey {
    pub locale: Locale,
    pub file: String,
    pub id: String,
}

impl MessageKey {
    pub fn new(locale: Locale, file: &str, id: &str) -> Self {
        MessageKey {
            locale,
            file: file.to_string(),
            id: id.to_string(),
        }
    }
}

/// An edited message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// What the translator typed (the value below `id =`, dedented).
    pub text: String,
    /// The last text that parsed, shown in the app while `text` has a syntax error.
    pub good: Option<String>,
    /// Fingerprint of the English entry when the draft was saved.
    pub source: String,
}

/// Every draft of every locale, plus the English fingerprints of imported messages that
/// matched the file already (reviewed, but not drafts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drafts {
    drafts: BTreeMap<MessageKey, Draft>,
    reviewed: BTreeMap<MessageKey, String>,
}

/// What saving a draft did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Stored (it differs from the file).
    Draft,
    /// Same as the file: any draft was dropped.
    Unchanged,
}

impl Drafts {
    pub fn get(&self, key: &MessageKey) -> Option<&Draft> {
        self.drafts.get(key)
    }

    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty()
    }

    /// Stores `text` for `key`. `original` is the file's text of the message (`None` when
    /// the file lacks it); `parses` whether `text` is valid Fluent; `source` the English
    /// entry's fingerprint. Text equal to the file's (or empty for a missing message) is
    /// no draft.
    pub fn save(
        &mut self,
        key: MessageKey,
        text: &str,
        original: Option<&str>,
        parses: bool,
        source: &str,
    ) -> Saved {
        let same = match original {
            Some(o) => o == text,
            None => text.trim().is_empty(),
        };
        if same {
            self.drafts.remove(&key);
            self.reviewed.insert(key, source.to_string());
            return Saved::Unchanged;
        }
        let previous_good = self.drafts.get(&key).and_then(|d| d.good.clone());
        self.drafts.insert(
            key,
            Draft {
                text: text.to_string(),
                good: if parses {
                    Some(text.to_string())
                } else {
                    previous_good
                },
                source: source.to_string(),
            },
        );
        Saved::Draft
    }

    /// Drops the draft (back to the file's text).
    pub fn discard(&mut self, key: &MessageKey) {
        self.drafts.remove(key);
    }

    /// Drops every draft of a locale.
    pub fn discard_locale(&mut self, locale: Locale) {
        self.drafts.retain(|k, _| k.locale != locale);
    }

    /// Records that the translation of `key` was checked against English `source` (an
    /// import that matched the file, or "keep translation" after a source change).
    pub fn mark_reviewed(&mut self, key: MessageKey, source: &str) {
        if let Some(d) = self.drafts.get_mut(&key) {
            d.source = source.to_string();
        }
        self.reviewed.insert(key, source.to_string());
    }

    /// Whether English changed since the translation of `key` was saved or imported
    /// (`current` is the English entry's fingerprint now).
    pub fn source_changed(&self, key: &MessageKey, current: &str) -> bool {
        self.drafts
            .get(key)
            .map(|d| d.source.as_str())
            .or_else(|| self.reviewed.get(key).map(String::as_str))
            .is_some_and(|seen| seen != current)
    }

    /// The drafts of one file as typed (id → text): what an export writes.
    pub fn texts(&self, locale: Locale, file: &str) -> BTreeMap<String, String> {
        self.of_file(locale, file)
            .map(|(id, d)| (id.to_string(), d.text.clone()))
            .collect()
    }

    /// The drafts of one file that the app can show (id → last text that parsed).
    pub fn good_texts(&self, locale: Locale, file: &str) -> BTreeMap<String, String> {
        self.of_file(locale, file)
            .filter_map(|(id, d)| d.good.clone().map(|g| (id.to_string(), g)))
            .collect()
    }

    fn of_file<'a>(
        &'a self,
        locale: Locale,
        file: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a Draft)> + 'a {
        self.drafts
            .iter()
            .filter(move |(k, _)| k.locale == locale && k.file == file)
            .map(|(k, d)| (k.id.as_str(), d))
    }

    /// How many drafts `locale` has.
    pub fn count(&self, locale: Locale) -> usize {
        self.drafts.keys().filter(|k| k.locale == locale).count()
    }

    /// How many drafts one file of `locale` has.
    pub fn count_in_file(&self, locale: Locale, file: &str) -> usize {
        self.of_file(locale, file).count()
    }

    /// The files of `locale` that have drafts, in `order`.
    pub fn edited_files<'a>(&self, locale: Locale, order: &[&'a str]) -> Vec<&'a str> {
        order
            .iter()
            .copied()
            .filter(|f| self.count_in_file(locale, f) > 0)
            .collect()
    }

    /// A fingerprint of `locale`'s drafts as typed: changes whenever one of them does, so
    /// views of one locale need not recompute when another locale's drafts change.
    pub fn digest(&self, locale: Locale) -> String {
        let mut all = String::new();
        for (k, d) in self.drafts.iter().filter(|(k, _)| k.locale == locale) {
            for part in [k.file.as_str(), k.id.as_str(), d.text.as_str()] {
                all.push_str(part);
                all.push('\u{0}');
            }
        }
        super::ftl::fingerprint(&all)
    }

    /// As JSON for `localStorage`.
    pub fn to_json(&self) -> String {
        let stored = Stored {
            version: 1,
            drafts: self
                .drafts
                .iter()
                .map(|(k, d)| StoredDraft {
                    locale: k.locale.tag().to_string(),
                    file: k.file.clone(),
                    id: k.id.clone(),
                    text: d.text.clone(),
                    good: d.good.clone(),
                    source: d.source.clone(),
                })
                .collect(),
            reviewed: self
                .reviewed
                .iter()
                .map(|(k, s)| StoredReview {
                    locale: k.locale.tag().to_string(),
                    file: k.file.clone(),
                    id: k.id.clone(),
                    source: s.clone(),
                })
                .collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// From [`Drafts::to_json`]'s output. Unreadable data (another version, a hand edit)
    /// gives no drafts rather than an error: the translator's files are unaffected.
    pub fn from_json(json: &str) -> Drafts {
        let Ok(stored) = serde_json::from_str::<Stored>(json) else {
            return Drafts::default();
        };
        let mut out = Drafts::default();
        for d in stored.drafts {
            if let Some(locale) = Locale::from_tag(&d.locale) {
                out.drafts.insert(
                    MessageKey {
                        locale,
                        file: d.file,
                        id: d.id,
                    },
                    Draft {
                        text: d.text,
                        good: d.good,
                        source: d.source,
                    },
                );
            }
        }
        for r in stored.reviewed {
            if let Some(locale) = Locale::from_tag(&r.locale) {
                out.reviewed.insert(
                    MessageKey {
                        locale,
                        file: r.file,
                        id: r.id,
                    },
                    r.source,
                );
            }
        }
        out
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    drafts: Vec<StoredDraft>,
    #[serde(default)]
    reviewed: Vec<StoredReview>,
}

#[derive(Serialize, Deserialize)]
struct StoredDraft {
    locale: String,
    file: String,
    id: String,
    text: String,
    good: Option<String>,
    source: String,
}

#[derive(Serialize, Deserialize)]
struct StoredReview {
    locale: String,
    file: String,
    id: String,
    source: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str) -> MessageKey {
        MessageKey::new(Locale::De, "catalog.ftl", id)
    }

    #[test]
    fn the_app_keeps_the_last_text_that_parsed() {
        let mut d = Drafts::default();
        d.save(key("a"), "Gut", Some("Alt"), true, "s1");
        d.save(key("a"), "Gut {", Some("Alt"), false, "s1");
        let draft = d.get(&key("a")).unwrap();
        assert_eq!(draft.text, "Gut {");
        assert_eq!(draft.good.as_deref(), Some("Gut"));
        assert_eq!(d.good_texts(Locale::De, "catalog.ftl")["a"], "Gut");
        assert_eq!(d.texts(Locale::De, "catalog.ftl")["a"], "Gut {");
        // A broken first draft shows the file's text (no good version yet).
        d.save(key("b"), "{", None, false, "s1");
        assert!(!d.good_texts(Locale::De, "catalog.ftl").contains_key("b"));
    }

    #[test]
    fn text_equal_to_the_file_is_no_draft() {
        let mut d = Drafts::default();
        assert_eq!(
            d.save(key("a"), "Neu", Some("Alt"), true, "s1"),
            Saved::Draft
        );
        assert_eq!(
            d.save(key("a"), "Alt", Some("Alt"), true, "s1"),
            Saved::Unchanged
        );
        assert!(d.is_empty());
        assert_eq!(d.save(key("m"), "  ", None, true, "s1"), Saved::Unchanged);
        assert!(d.is_empty());
    }

    #[test]
    fn a_change_in_english_is_noticed() {
        let mut d = Drafts::default();
        d.save(key("a"), "Neu", Some("Alt"), true, "s1");
        assert!(!d.source_changed(&key("a"), "s1"));
        assert!(d.source_changed(&key("a"), "s2"));
        d.mark_reviewed(key("a"), "s2");
        assert!(!d.source_changed(&key("a"), "s2"));
        // Never saved or imported: unknown, so not reported.
        assert!(!d.source_changed(&key("x"), "s9"));
    }

    #[test]
    fn drafts_survive_a_round_trip_through_storage() {
        let mut d = Drafts::default();
        d.save(key("a"), "Neu\n  zwei", Some("Alt"), true, "s1");
        d.mark_reviewed(key("r"), "s3");
        d.save(
            MessageKey::new(Locale::Ar, "app.ftl", "x"),
            "س",
            None,
            false,
            "s2",
        );
        let back = Drafts::from_json(&d.to_json());
        assert_eq!(back, d);
        assert_eq!(back.count(Locale::De), 1);
        assert_eq!(
            back.edited_files(Locale::De, &["app.ftl", "catalog.ftl"]),
            ["catalog.ftl"]
        );
        assert_eq!(Drafts::from_json("not json"), Drafts::default());
    }
}
