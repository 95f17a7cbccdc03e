use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::editor::MessageEditor;
use super::{area_name, language_name};
use crate::i18n::workbench::rows::{matches_search, row_status, Filter, MessageRow, RowStatus};
use crate::i18n::workbench::{self, ImportError};
use crate::i18n::{Locale, FILES};
use crate::t;

fn filter_label(f: Filter) -> String {
    match f {
        Filter::All => t!("translate-filter-all"),
        Filter::Missing => t!("translate-filter-missing"),
        Filter::Changed => t!("translate-filter-changed"),
        Filter::Errors => t!("translate-filter-errors"),
        Filter::Drafts => t!("translate-filter-drafts"),
    }
}

/// What the import and export controls last did, for the status line.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    /// Files downloaded, and how many of their drafts have errors.
    Exported(Vec<&'static str>, usize),
    Imported(workbench::ImportSummary),
    WrongFile(String),
    Unreadable,
}

type Group = (&'static str, Vec<Arc<MessageRow>>);

/// Every message of the app for `locale`, grouped by file, with filters, search, import,
/// export, and one editor per message.
#[component]
pub fn MessageList(
    /// The language being translated into (its files are loaded).
    locale: Locale,
) -> impl IntoView {
    let files = untrack(|| workbench::message_rows(locale)).unwrap_or_default();
    let all: Arc<Vec<Arc<MessageRow>>> =
        Arc::new(files.iter().flat_map(|f| f.rows.iter().cloned()).collect());
    let total = all.len();
    let filter = RwSignal::new(Filter::All);
    let query = RwSignal::new(String::new());
    // Bumped when many drafts change at once (import, discard all): the list is filtered
    // again then, but not while the translator types, so a row never vanishes mid-edit.
    let regroup = RwSignal::new(0u64);
    let notice = RwSignal::new(None::<Notice>);

    let statuses = {
        let all = all.clone();
        Memo::new(move |_| {
            workbench::with_drafts(|d| {
                all.iter()
                    .map(|r| row_status(r, locale, d))
                    .collect::<Vec<RowStatus>>()
            })
        })
    };
    let count = move |f: Filter| statuses.with(|s| s.iter().filter(|st| st.matches(f)).count());

    let visible = {
        let all = all.clone();
        Memo::new(move |_| {
            let f = filter.get();
            let q = query.get();
            regroup.track();
            let statuses = statuses.get_untracked();
            untrack(|| {
                workbench::with_drafts(|d| {
                    let mut groups: Vec<Group> = Vec::new();
                    for (row, status) in all.iter().zip(&statuses) {
                        if !status.matches(f) {
                            continue;
                        }
                        let text = row.current_text(d.get(&row.key(locale)));
                        if !matches_search(row, &text, &q) {
                            continue;
                        }
                        match groups.last_mut() {
                            Some((file, rows)) if *file == row.file => rows.push(row.clone()),
                            _ => groups.push((row.file, vec![row.clone()])),
                        }
                    }
                    groups
                })
            })
        })
    };
    let shown = move || visible.with(|v| v.iter().map(|(_, r)| r.len()).sum::<usize>());

    let search_timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    let on_search = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        search_timer.set_value(Some(gloo_timers::callback::Timeout::new(150, move || {
            query.set(value)
        })));
    };
    let search_input = NodeRef::<leptos::html::Input>::new();
    let clear = move |_| {
        search_timer.set_value(None);
        query.set(String::new());
        filter.set(Filter::All);
        if let Some(input) = search_input.get() {
            input.set_value("");
            let _ = input.focus();
        }
    };

    let broken_drafts = move || statuses.with(|s| s.iter().filter(|s| s.draft && s.errors).count());
    // Told after the download rather than while editing: a warning that came and went
    // above the list as the translator typed would shift the editor under their cursor.
    let export = move |files: Vec<&'static str>| {
        workbench::flush();
        for file in &files {
            if let Some(text) = workbench::export_text(locale, file) {
                workbench::download(file, &text);
            }
        }
        notice.set(Some(Notice::Exported(files, broken_drafts())));
    };
    let edited_files = move || workbench::with_drafts(|d| d.edited_files(locale, &FILES));

    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else {
            return;
        };
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            workbench::flush();
            for file in picked {
                let name = file.name();
                let result = match workbench::read_file(&file).await {
                    None => Notice::Unreadable,
                    Some(text) => match workbench::import(locale, &name, &text) {
                        Ok(summary) => Notice::Imported(summary),
                        Err(ImportError::UnknownFile(n)) => Notice::WrongFile(n),
                        Err(ImportError::NotLoaded) => Notice::Unreadable,
                    },
                };
                notice.set(Some(result));
            }
            regroup.update(|r| *r += 1);
        });
    };
    let discard_armed = RwSignal::new(false);
    let drafts_here = move || workbench::with_drafts(|d| d.count(locale));

    view! {
        <section class="wb-messages" aria-labelledby="wb-messages-heading">
            <h2 id="wb-messages-heading" class="visually-hidden">{move || language_name(locale)}</h2>
            <div class="wb-files-bar">
                <button
                    type="button"
                    class="button button--primary"
                    disabled=move || edited_files().is_empty()
                    aria-describedby="wb-export-note"
                    on:click=move |_| export(edited_files())
                >
                    {move || t!("translate-export-all")}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        if let Some(input) = file_input.get() {
                            input.click();
                        }
                    }
                >
                    {move || t!("translate-import")}
                </button>
                <input
                    node_ref=file_input
                    type="file"
                    accept=".ftl,text/plain"
                    multiple
                    hidden
                    name="import"
                    aria-label=move || t!("translate-import")
                    on:change=on_import
                />
                <button
                    type="button"
                    class="button wb-danger"
                    disabled=move || drafts_here() == 0
                    on:click=move |_| {
                        if discard_armed.get_untracked() {
                            workbench::discard_locale(locale);
                            discard_armed.set(false);
                            regroup.update(|r| *r += 1);
                        } else {
                            discard_armed.set(true);
                        }
                    }
                    on:blur=move |_| discard_armed.set(false)
                >
                    {move || {
                        if discard_armed.get() {
                            t!("translate-discard-confirm", count = drafts_here())
                        } else {
                            t!("translate-discard-all")
                        }
                    }}
                </button>
                <p id="wb-export-note" class="note wb-files-bar__status">
                    {move || match drafts_here() {
                        0 => t!("translate-export-none"),
                        n => t!("translate-drafts-status", count = n),
                    }}
                </p>
            </div>
            <div class="wb-notices" role="status" aria-live="polite">
                {move || {
                    notice.get().map(|n| match n {
                        Notice::Exported(files, broken) => {
                            let class = if broken > 0 { "wb-warning" } else { "wb-ok" };
                            view! {
                                <p class=class>
                                    {t!("translate-exported", files = files.join(", "))}
                                    {(broken > 0).then(|| format!(" {}", t!("translate-export-errors", count = broken)))}
                                </p>
                            }
                            .into_any()
                        }
                        Notice::Imported(s) => {
                            view! {
                                <p class="wb-ok">
                                    {t!("translate-import-done", file = s.file, changed = s.changed)}
                                    {(s.unknown > 0).then(|| format!(" {}", t!("translate-import-unknown", count = s.unknown)))}
                                </p>
                            }
                            .into_any()
                        }
                        Notice::WrongFile(name) => {
                            view! { <p class="field-error">{t!("translate-import-wrong-file", file = name)}</p> }.into_any()
                        }
                        Notice::Unreadable => {
                            view! { <p class="field-error">{t!("translate-import-failed")}</p> }.into_any()
                        }
                    })
                }}
            </div>

            <div class="wb-filters">
                <fieldset class="wb-filter">
                    <legend>{move || t!("translate-filter-legend")}</legend>
                    {Filter::ALL
                        .into_iter()
                        .map(|f| {
                            view! {
                                <label class="wb-filter__option">
                                    <input
                                        type="radio"
                                        name="wb-filter"
                                        value=f.slug()
                                        prop:checked=move || filter.get() == f
                                        on:change=move |_| filter.set(f)
                                    />
                                    <span>{move || filter_label(f)}</span>
                                    <span class="wb-count">{move || crate::i18n::format::number(count(f) as i64)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <label class="wb-search">
                    <span class="wb-field__label">{move || t!("translate-search-label")}</span>
                    <input
                        node_ref=search_input
                        type="search"
                        name="wb-search"
                        autocomplete="off"
                        placeholder=move || t!("translate-search-placeholder")
                        on:input=on_search
                    />
                </label>
            </div>
            <p class="wb-showing" role="status">{move || t!("translate-showing", shown = shown(), total = total)}</p>

            {move || {
                (shown() == 0)
                    .then(|| {
                        let q = query.get();
                        view! {
                            <div class="empty-state">
                                <p>
                                    {if q.trim().is_empty() {
                                        t!("translate-empty-filter")
                                    } else {
                                        t!("translate-empty-search", query = q.trim())
                                    }}
                                </p>
                                <button type="button" class="button" on:click=clear>{t!("translate-clear-search")}</button>
                            </div>
                        }
                    })
            }}

            // Rebuilt after an import or "discard all", so every editor shows the new text.
            {move || {
                regroup.track();
                view! {
            <For
                each=move || visible.get()
                key=|(file, _)| *file
                children=move |(file, _): Group| {
                    let rows = move || {
                        visible.with(|v| {
                            v.iter().find(|(f, _)| *f == file).map(|(_, r)| r.clone()).unwrap_or_default()
                        })
                    };
                    let heading_id = format!("wb-file-{}", file.trim_end_matches(".ftl"));
                    let labelled_by = heading_id.clone();
                    let drafts = move || workbench::with_drafts(|d| d.count_in_file(locale, file));
                    view! {
                        <section class="wb-file" aria-labelledby=labelled_by>
                            <div class="wb-file__head">
                                <h3 id=heading_id>
                                    {move || area_name(file)}
                                    " "
                                    <code class="wb-file__name">{file}</code>
                                </h3>
                                {move || {
                                    let n = drafts();
                                    (n > 0).then(|| view! { <span class="wb-chip wb-chip--draft">{t!("translate-file-drafts", count = n)}</span> })
                                }}
                                <button type="button" class="button wb-file__export" on:click=move |_| export(vec![file])>
                                    {move || t!("translate-export-file", file = file)}
                                </button>
                            </div>
                            <ul class="wb-rows">
                                <For
                                    each=rows
                                    key=|row| row.id.clone()
                                    children=move |row| view! { <li><MessageEditor row=row locale=locale/></li> }
                                />
                            </ul>
                        </section>
                    }
                }
            />
                }
            }}
        </section>
    }
}
