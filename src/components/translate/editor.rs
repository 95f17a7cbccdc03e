use std::sync::Arc;

use leptos::prelude::*;
use tradefair_l10n::{plural_categories, Severity};

use super::findings::finding_text;
use super::language_name;
use crate::i18n::workbench::check::{plural_template, plural_variable};
use crate::i18n::workbench::rows::MessageRow;
use crate::i18n::workbench::{self, drafts::Saved};
use crate::i18n::Locale;
use crate::t;

/// Character offset of a 1-based (line, column) in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> u32 {
    let mut offset = 0usize;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return (offset + (column - 1).min(l.encode_utf16().count())) as u32;
        }
        offset += l.encode_utf16().count() + 1;
    }
    text.encode_utf16().count() as u32
}

/// One message: the English source and its note, the translation being edited (checked as
/// it is typed), what the checker found, and the plural forms of the target language.
#[component]
pub fn MessageEditor(
    /// The message.
    row: Arc<MessageRow>,
    /// The language being translated into.
    locale: Locale,
) -> impl IntoView {
    let key = row.key(locale);
    let initial = untrack(|| workbench::with_drafts(|d| row.current_text(d.get(&key))));
    let text = RwSignal::new(initial.clone());
    let check = {
        let row = row.clone();
        Memo::new(move |_| row.check(&text.get(), locale))
    };
    // One subscriber per row to the drafts store (its saved text, and whether English
    // changed since): every row's views read this memo, not the store, so a save wakes
    // one memo per row instead of every closure of every row.
    let stored = {
        let (key, fp) = (key.clone(), row.source_fingerprint.clone());
        Memo::new(move |_| {
            workbench::with_drafts(|d| {
                (
                    d.get(&key).map(|d| d.text.clone()),
                    d.source_changed(&key, &fp),
                )
            })
        })
    };
    let draft = move || stored.with(|(d, _)| d.clone());
    let changed = move || stored.with(|(_, c)| *c);
    // Edited as typed (not as saved): the chip, the accent and "Revert" appear while the
    // translator types rather than when the field loses focus, when a row that grows
    // would move the button they are pressing.
    let edited = {
        let original = row.original.clone().unwrap_or_default();
        move || text.with(|t| *t != original)
    };
    let last_saved = RwSignal::new(None::<Saved>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let field_id = format!("wb-{}-{}", row.file.trim_end_matches(".ftl"), row.id);
    let issues_id = format!("{field_id}-issues");
    let missing = row.original.is_none();

    let set_text = {
        let row = row.clone();
        move |value: String| {
            text.set(value.clone());
            last_saved.set(None);
            workbench::edit(row.clone(), locale, value);
        }
    };
    let on_input = {
        let set_text = set_text.clone();
        move |ev: leptos::ev::Event| set_text(event_target_value(&ev))
    };
    let go_to = move |line: usize, column: usize| {
        if let Some(el) = area.get() {
            let pos = offset_of(&el.value(), line, column);
            let _ = el.focus();
            let _ = el.set_selection_range(pos, pos);
        }
    };
    let revert = {
        let (row, key) = (row.clone(), key.clone());
        move |_| {
            workbench::discard(&key);
            let original = row.original.clone().unwrap_or_default();
            if let Some(el) = area.get() {
                el.set_value(&original);
                let _ = el.focus();
            }
            text.set(original);
            last_saved.set(Some(Saved::Unchanged));
        }
    };
    let keep = {
        let row = row.clone();
        move |_| workbench::keep_translation(&row, locale)
    };
    let plural = plural_variable(&row.source_entry);
    let categories = plural_categories(locale.tag());
    let insert_template = {
        let set_text = set_text.clone();
        let variable = plural.clone().unwrap_or_default();
        move |_| {
            let Some(el) = area.get() else { return };
            let value = el.value();
            let at = el.selection_start().ok().flatten().unwrap_or(0) as usize;
            // The caret is in UTF-16 units; find the byte offset for it.
            let byte = value
                .char_indices()
                .scan(0usize, |units, (b, c)| {
                    let here = *units;
                    *units += c.len_utf16();
                    Some((b, here))
                })
                .find(|(_, u)| *u >= at)
                .map_or(value.len(), |(b, _)| b);
            let template = plural_template(locale.tag(), &variable);
            let next = if value.trim().is_empty() {
                template
            } else {
                format!("{}{template}{}", &value[..byte], &value[byte..])
            };
            el.set_value(&next);
            let _ = el.focus();
            set_text(next);
        }
    };

    // Saved state follows the store: "Draft saved" once the pending edit is written.
    Effect::new(move |_| {
        let typed = text.get();
        if draft().as_deref() == Some(typed.as_str()) {
            last_saved.set(Some(Saved::Draft));
        }
    });

    let direction = locale.direction().as_str();
    let row_class = {
        let edited = edited.clone();
        move || {
            let mut c = String::from("wb-row");
            if check.with(|c| c.has_errors()) {
                c.push_str(" wb-row--error");
            } else if edited() {
                c.push_str(" wb-row--draft");
            }
            c
        }
    };

    view! {
        <article class=row_class>
            <div class="wb-row__source">
                <div class="wb-row__id">
                    <code>{row.id.clone()}</code>
                    {move || missing.then(|| view! { <span class="wb-chip wb-chip--missing">{t!("translate-status-missing")}</span> })}
                    {
                        let edited = edited.clone();
                        move || edited().then(|| view! { <span class="wb-chip wb-chip--draft">{t!("translate-status-draft")}</span> })
                    }
                    {move || changed().then(|| view! { <span class="wb-chip wb-chip--changed">{t!("translate-status-changed")}</span> })}
                    {move || check.with(|c| c.has_errors()).then(|| view! { <span class="wb-chip wb-chip--error">{t!("translate-status-error")}</span> })}
                </div>
                <span class="visually-hidden">{move || t!("translate-source-label")}</span>
                <pre class="wb-row__en" lang="en" dir="ltr">{row.source.clone()}</pre>
                {row.note.clone().map(|n| view! { <p class="note wb-row__note">{move || t!("translate-note", note = n.clone())}</p> })}
            </div>
            <div class="wb-row__target">
                <label class="visually-hidden" for=field_id.clone()>
                    {
                        let id = row.id.clone();
                        move || t!("translate-field-label", language = language_name(locale), id = id.clone())
                    }
                </label>
                <textarea
                    id=field_id
                    node_ref=area
                    class="wb-row__field"
                    lang=locale.tag()
                    dir=direction
                    spellcheck="true"
                    rows="1"
                    aria-invalid=move || (!check.with(|c| c.parses())).to_string()
                    aria-describedby=issues_id.clone()
                    prop:value=initial
                    on:input=on_input
                    on:change=move |_| workbench::flush()
                ></textarea>
                <div id=issues_id class="wb-row__status" aria-live="polite">
                    <ul class="wb-issues">
                        {move || {
                            check
                                .get()
                                .findings
                                .into_iter()
                                .map(|f| {
                                    let severity = match f.severity {
                                        Severity::Error => "wb-issue wb-issue--error",
                                        Severity::Warning => "wb-issue wb-issue--warning",
                                        Severity::Missing => "wb-issue",
                                    };
                                    let position = f.position.filter(|_| f.is_syntax_error());
                                    view! {
                                        <li class=severity>
                                            <span>{finding_text(&f, locale)}</span>
                                            {position
                                                .map(|(line, column)| {
                                                    view! {
                                                        " "
                                                        <button type="button" class="link-button" on:click=move |_| go_to(line, column)>
                                                            {t!("translate-go-to-error")}
                                                        </button>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    {move || {
                        (!check.with(|c| c.parses()))
                            .then(|| view! { <p class="note">{t!("translate-preview-kept")}</p> })
                    }}
                    // Announced, not shown: the "Draft" chip shows it, and a line appearing
                    // here when the field loses focus would move the buttons below it
                    // between a press and its release.
                    {move || match last_saved.get() {
                        Some(Saved::Draft) => Some(view! { <p class="wb-saved visually-hidden">{t!("translate-saved")}</p> }.into_any()),
                        Some(Saved::Unchanged) => Some(view! { <p class="wb-reverted visually-hidden">{t!("translate-reverted")}</p> }.into_any()),
                        None => None,
                    }}
                </div>
                {plural
                    .is_some()
                    .then(|| {
                        let list = categories.join(", ");
                        let only_other = categories == ["other"];
                        view! {
                            <div class="wb-plural">
                                <p class="note">
                                    {move || {
                                        if only_other {
                                            t!("translate-plural-none", language = language_name(locale))
                                        } else {
                                            t!("translate-plural-forms", language = language_name(locale), categories = list.clone())
                                        }
                                    }}
                                </p>
                                {(!only_other)
                                    .then(|| {
                                        view! {
                                            <button type="button" class="link-button" on:click=insert_template.clone()>
                                                {move || t!("translate-plural-insert")}
                                            </button>
                                        }
                                    })}
                            </div>
                        }
                    })}
                <div class="wb-row__actions">
                    {
                        let revert = revert.clone();
                        move || {
                            edited()
                                .then(|| {
                                    view! {
                                        <button type="button" class="link-button" on:click=revert.clone()>
                                            {t!("translate-revert")}
                                        </button>
                                    }
                                })
                        }
                    }
                    {
                        let keep = keep.clone();
                        move || {
                            changed()
                                .then(|| {
                                    view! {
                                        <button type="button" class="link-button" on:click=keep.clone()>
                                            {t!("translate-keep")}
                                        </button>
                                    }
                                })
                        }
                    }
                </div>
            </div>
        </article>
    }
}
