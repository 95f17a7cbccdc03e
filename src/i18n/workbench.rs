//! The translator workbench's plumbing: drafts, live preview, export and import, and the
//! pseudo-locale.
//!
//! # Design
//!
//! * **Drafts** are kept per (locale, file, message) in `localStorage`, with the last
//!   version that parsed and a fingerprint of the English text they translate
//!   ([`drafts`]). Nothing is sent anywhere: the translator exports a file and sends it.
//! * **Live preview** rebuilds the locale's bundle with [`super::install`] from the
//!   shipped files with the drafts written in ([`ftl::apply_drafts`]). A draft with a
//!   syntax error is not written in; its last good version is, so the app never shows
//!   broken text while the translator types.
//! * **Export** writes the same merge with the drafts as typed: only each edited message's
//!   span of the original file changes, so a reviewer's diff shows the real changes and
//!   nothing else (comments, order, blank lines and indentation stay).
//! * **Pseudo-locale** is not a [`Locale`]: adding one would put it in negotiation, the
//!   language menu, currencies and the backend's locale parameter. It is a switch that
//!   installs, for whatever locale is active, bundles whose messages are pseudo-translated
//!   ([`pseudo`]). Anyone can turn it on from the workbench; it is remembered.
//! * The preview has to survive reloads and locale switches on any page, so
//!   [`keep_preview_applied`] runs from the header's workbench link (the one component
//!   every page renders) and reinstalls the active locale's bundle when it changes.
//!
//! State lives in a thread-local store, like the bundles themselves, with signals that make
//! views re-render when drafts, loaded files or the pseudo switch change.

pub mod check;
pub mod drafts;
pub mod ftl;
pub mod pseudo;
pub mod rows;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use tradefair_l10n::LocaleReport;

use self::drafts::{Drafts, MessageKey, Saved};
use super::{Locale, EN_SOURCES, FILES};
use crate::api::ApiError;
use crate::state::storage;

const DRAFTS_KEY: &str = "tradefair.workbench.drafts";
const PSEUDO_KEY: &str = "tradefair.workbench.pseudo";
const TARGET_KEY: &str = "tradefair.workbench.target";

/// A locale's message files, in [`FILES`] order.
pub type Files = Arc<Vec<String>>;

#[derive(Default)]
struct Store {
    drafts: Option<Drafts>,
    originals: HashMap<Locale, Files>,
    /// Fingerprint of the sources last installed for each locale, so the same bundle is
    /// not rebuilt (and every message re-rendered) for nothing.
    installed: HashMap<Locale, String>,
}

/// Reference-counted rather than arena signals: they must outlive whichever view first
/// touched the workbench (the arena would dispose them with that view's owner).
#[derive(Clone)]
struct Signals {
    drafts: ArcRwSignal<u64>,
    originals: ArcRwSignal<u64>,
    pseudo: ArcRwSignal<bool>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
    static SIGNALS: RefCell<Option<Signals>> = const { RefCell::new(None) };
}

fn signals() -> Signals {
    SIGNALS.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| Signals {
                drafts: ArcRwSignal::new(0),
                originals: ArcRwSignal::new(0),
                pseudo: ArcRwSignal::new(storage::get(PSEUDO_KEY).as_deref() == Some("on")),
            })
            .clone()
    })
}

fn with_store<R>(f: impl FnOnce(&mut Store) -> R) -> R {
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        if s.drafts.is_none() {
            s.drafts = Some(
                storage::get(DRAFTS_KEY)
                    .map(|j| Drafts::from_json(&j))
                    .unwrap_or_default(),
            );
        }
        f(&mut s)
    })
}

fn drafts_mut<R>(f: impl FnOnce(&mut Drafts) -> R) -> R {
    let out = with_store(|s| f(s.drafts.get_or_insert_with(Drafts::default)));
    persist();
    signals().drafts.update(|r| *r += 1);
    out
}

fn persist() {
    let json = with_store(|s| s.drafts.as_ref().map(Drafts::to_json).unwrap_or_default());
    if !storage::set(DRAFTS_KEY, &json) {
        leptos::logging::warn!("drafts could not be saved in this browser");
    }
}

/// The English files: (name, text).
pub fn source_files() -> Vec<(&'static str, &'static str)> {
    FILES.iter().copied().zip(EN_SOURCES).collect()
}

/// The English message ids of `file`, in file order.
fn source_ids(file: &str) -> Vec<&'static str> {
    let Some(i) = FILES.iter().position(|f| *f == file) else {
        return Vec::new();
    };
    let text = EN_SOURCES[i];
    ftl::entry_spans(text)
        .into_iter()
        .map(|s| &text[s.start..s.start + s.id.len()])
        .collect()
}

/// Reads the drafts (reactive: re-runs when they change).
pub fn with_drafts<R>(f: impl FnOnce(&Drafts) -> R) -> R {
    signals().drafts.track();
    with_store(|s| f(s.drafts.as_ref().expect("loaded by with_store")))
}

/// A fingerprint of `locale`'s drafts (reactive).
pub fn drafts_digest(locale: Locale) -> String {
    with_drafts(|d| d.digest(locale))
}

/// Whether the shipped files of `locale` are loaded (reactive).
pub fn is_loaded(locale: Locale) -> bool {
    signals().originals.track();
    originals_untracked(locale).is_some()
}

/// The shipped files of `locale`, once loaded (reactive).
pub fn originals(locale: Locale) -> Option<Files> {
    signals().originals.track();
    originals_untracked(locale)
}

fn originals_untracked(locale: Locale) -> Option<Files> {
    if locale == Locale::SOURCE {
        return Some(Arc::new(EN_SOURCES.iter().map(|s| s.to_string()).collect()));
    }
    with_store(|s| s.originals.get(&locale).cloned())
}

/// Fetches the shipped files of `locale` (once; later calls return the cached copy).
pub async fn load(locale: Locale) -> Result<Files, ApiError> {
    if let Some(f) = originals_untracked(locale) {
        return Ok(f);
    }
    let fetches = FILES
        .iter()
        .map(|file| crate::api::assets::locale_file(locale.tag(), file));
    let texts = futures::future::join_all(fetches)
        .await
        .into_iter()
        .map(|r| match r {
            // A file not translated yet (as the app treats it): every message is missing,
            // and an export writes the new file.
            Err(ApiError::NotFound) => Ok(String::new()),
            other => other,
        })
        .collect::<Result<Vec<String>, ApiError>>()?;
    let files: Files = Arc::new(texts);
    with_store(|s| {
        s.originals.insert(locale, files.clone());
        // The i18n layer installed exactly these when it loaded the locale.
        s.installed
            .entry(locale)
            .or_insert_with(|| fingerprint_all(&files));
    });
    signals().originals.update(|r| *r += 1);
    refresh_preview();
    Ok(files)
}

fn fingerprint_all(sources: &[String]) -> String {
    ftl::fingerprint(&sources.join("\u{0}"))
}

/// Files of `locale` with drafts written in: as typed (`typed`, for export and the report)
/// or only their last good versions (for the app).
fn merged(locale: Locale, files: &[String], typed: bool) -> Vec<String> {
    with_store(|s| {
        let drafts = s.drafts.as_ref().expect("loaded by with_store");
        FILES
            .iter()
            .zip(files)
            .map(|(file, text)| {
                let d = if typed {
                    drafts.texts(locale, file)
                } else {
                    drafts.good_texts(locale, file)
                };
                if d.is_empty() {
                    text.clone()
                } else {
                    ftl::apply_drafts(text, &source_ids(file), &d)
                }
            })
            .collect()
    })
}

/// Installs `locale`'s preview bundle (drafts, and the pseudo-locale when it is the
/// active one) if it differs from what is installed.
fn refresh(locale: Locale, active: Locale, pseudo_on: bool) {
    let Some(files) = originals_untracked(locale) else {
        return;
    };
    let mut sources = merged(locale, &files, false);
    if pseudo_on && locale == active {
        sources = sources.iter().map(|s| pseudo::pseudo_resource(s)).collect();
    }
    let fp = fingerprint_all(&sources);
    let same = with_store(|s| {
        let plain = fingerprint_all(&files);
        s.installed.get(&locale).unwrap_or(&plain) == &fp
    });
    if !same {
        with_store(|s| s.installed.insert(locale, fp));
        super::install(locale, sources);
    }
}

/// Brings every bundle the workbench touches up to date: the active locale, English (plain
/// unless it is the active one under the pseudo-locale) and locales with drafts.
fn refresh_preview() {
    let active = super::locale_untracked();
    let pseudo_on = signals().pseudo.get_untracked();
    let with_drafts: Vec<Locale> = with_store(|s| {
        Locale::ALL
            .into_iter()
            .filter(|l| s.drafts.as_ref().is_some_and(|d| d.count(*l) > 0))
            .collect()
    });
    refresh(active, active, pseudo_on);
    if active != Locale::SOURCE {
        refresh(Locale::SOURCE, active, pseudo_on);
    }
    for l in with_drafts.into_iter().filter(|l| *l != active) {
        refresh(l, active, pseudo_on);
    }
}

/// Keeps the app showing the drafts and the pseudo-locale on every page: whenever the
/// active locale changes (or on the first page of a visit) its bundle is rebuilt, after
/// fetching its shipped files if the workbench does not have them yet.
pub fn keep_preview_applied() {
    let active = Memo::new(|_| super::locale());
    Effect::new(move |_| {
        let locale = active.get();
        let pseudo_on = signals().pseudo.get();
        let needed =
            pseudo_on || with_store(|s| s.drafts.as_ref().is_some_and(|d| d.count(locale) > 0));
        if !needed && originals_untracked(locale).is_none() {
            return;
        }
        if originals_untracked(locale).is_some() {
            refresh_preview();
        } else {
            leptos::task::spawn_local(async move {
                if let Err(e) = load(locale).await {
                    leptos::logging::warn!("workbench preview for {}: {e}", locale.tag());
                }
            });
        }
    });
}

/// Whether the pseudo-locale is on (reactive).
pub fn pseudo_enabled() -> bool {
    signals().pseudo.get()
}

/// Turns the pseudo-locale on or off, for this browser, from now on.
pub fn set_pseudo(on: bool) {
    storage::set(PSEUDO_KEY, if on { "on" } else { "off" });
    signals().pseudo.set(on);
    refresh_preview();
}

/// The locale the translator works on: the last one chosen, else the app's own when it
/// is not English, else the first translation.
pub fn remembered_target() -> Locale {
    storage::get(TARGET_KEY)
        .and_then(|t| Locale::from_tag(&t))
        .filter(|l| *l != Locale::SOURCE)
        .unwrap_or_else(|| {
            let active = super::locale_untracked();
            if active == Locale::SOURCE {
                Locale::ALL[1]
            } else {
                active
            }
        })
}

/// Remembers the target locale.
pub fn remember_target(locale: Locale) {
    storage::set(TARGET_KEY, locale.tag());
}

/// Saves the translator's text for a message and updates the app's preview.
pub fn save(row: &rows::MessageRow, locale: Locale, text: &str) -> Saved {
    let parses = row.check(text, locale).parses();
    let outcome = drafts_mut(|d| {
        d.save(
            row.key(locale),
            text,
            row.original.as_deref(),
            parses,
            &row.source_fingerprint,
        )
    });
    refresh_preview();
    outcome
}

/// Edits not saved yet (the latest text per message) and the timer that saves them.
#[derive(Default)]
struct Pending {
    edits: Vec<(Arc<rows::MessageRow>, Locale, String)>,
    timer: Option<gloo_timers::callback::Timeout>,
}

thread_local! {
    static PENDING: RefCell<Pending> = RefCell::new(Pending::default());
}

/// Records an edit; it is saved (and shown in the app) once typing pauses, or at the next
/// [`flush`]. Saving on every keystroke would rebuild the bundle and re-render every
/// message for each character.
pub fn edit(row: Arc<rows::MessageRow>, locale: Locale, text: String) {
    let timer = gloo_timers::callback::Timeout::new(300, flush);
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.edits
            .retain(|(r, l, _)| !(Arc::ptr_eq(r, &row) && *l == locale));
        p.edits.push((row, locale, text));
        p.timer = Some(timer);
    });
}

/// Saves every pending edit now.
pub fn flush() {
    let pending = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.timer = None;
        std::mem::take(&mut p.edits)
    });
    for (row, locale, text) in pending {
        save(&row, locale, &text);
    }
}

/// Drops a message's draft (the file's text is used again).
pub fn discard(key: &MessageKey) {
    PENDING.with(|p| p.borrow_mut().edits.retain(|(r, l, _)| r.key(*l) != *key));
    drafts_mut(|d| d.discard(key));
    refresh_preview();
}

/// Drops every draft of `locale`.
pub fn discard_locale(locale: Locale) {
    PENDING.with(|p| p.borrow_mut().edits.retain(|(_, l, _)| *l != locale));
    drafts_mut(|d| d.discard_locale(locale));
    refresh_preview();
}

/// Accepts a translation as still right after English changed.
pub fn keep_translation(row: &rows::MessageRow, locale: Locale) {
    drafts_mut(|d| d.mark_reviewed(row.key(locale), &row.source_fingerprint));
}

/// The rows of the workbench for `locale` (reactive on its files loading).
pub fn message_rows(locale: Locale) -> Option<Arc<Vec<rows::FileRows>>> {
    let files = originals(locale)?;
    Some(Arc::new(rows::message_rows(&source_files(), &files)))
}

/// `file` of `locale` with the drafts as typed: what the translator sends.
pub fn export_text(locale: Locale, file: &str) -> Option<String> {
    let index = FILES.iter().position(|f| *f == file)?;
    let files = originals_untracked(locale)?;
    Some(merged(locale, &files, true).swap_remove(index))
}

/// The locale report of `locale` with the drafts as typed. Not reactive: callers track
/// [`drafts_digest`] and [`originals`].
pub fn report(locale: Locale) -> Option<LocaleReport> {
    let files = originals_untracked(locale)?;
    let target = merged(locale, &files, true);
    let source: Vec<(&str, &str)> = source_files();
    let target: Vec<(&str, &str)> = FILES
        .iter()
        .copied()
        .zip(target.iter().map(String::as_str))
        .collect();
    Some(tradefair_l10n::locale_report(
        locale.tag(),
        &source,
        &target,
    ))
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub file: &'static str,
    pub changed: usize,
    pub unchanged: usize,
    pub unknown: usize,
}

/// Why an import did nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file matches none of the app's message files.
    UnknownFile(String),
    /// The target's shipped files are not loaded yet.
    NotLoaded,
}

/// Imports a translator's `.ftl` file for `locale`: every message whose text differs from
/// the shipped file becomes a draft (broken ones too, so their errors show), messages with
/// the shipped text drop their drafts, ids English does not have are skipped.
pub fn import(locale: Locale, name: &str, text: &str) -> Result<ImportSummary, ImportError> {
    let files = originals_untracked(locale).ok_or(ImportError::NotLoaded)?;
    let candidates: Vec<(&str, Vec<&str>)> = FILES.iter().map(|f| (*f, source_ids(f))).collect();
    let index = ftl::guess_file(name, text, &candidates)
        .ok_or_else(|| ImportError::UnknownFile(name.to_string()))?;
    let file = FILES[index];
    let changes = ftl::import_changes(&files[index], text, &candidates[index].1);
    let all = rows::message_rows(&source_files(), &files);
    let rows = &all[index].rows;
    drafts_mut(|d| {
        for row in rows.iter() {
            let imported = changes
                .changed
                .iter()
                .find(|(id, _)| *id == row.id)
                .map(|(_, t)| t.as_str())
                .or_else(|| {
                    changes
                        .unchanged
                        .contains(&row.id)
                        .then_some(row.original.as_deref())
                        .flatten()
                });
            if let Some(t) = imported {
                let parses = row.check(t, locale).parses();
                // Text equal to the file drops any draft and counts as reviewed.
                d.save(
                    row.key(locale),
                    t,
                    row.original.as_deref(),
                    parses,
                    &row.source_fingerprint,
                );
            }
        }
    });
    refresh_preview();
    Ok(ImportSummary {
        file,
        changed: changes.changed.len(),
        unchanged: changes.unchanged.len(),
        unknown: changes.unknown.len(),
    })
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoked later: revoking at once can cancel the download in some browsers.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Reads a file the translator picked.
pub async fn read_file(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
