use leptos::prelude::*;

use super::{language_name, targets};
use crate::i18n::{workbench, Locale};
use crate::t;

fn load(locale: Locale, failed: RwSignal<Vec<Locale>>) {
    failed.update(|f| f.retain(|l| *l != locale));
    leptos::task::spawn_local(async move {
        if workbench::load(locale).await.is_err() {
            failed.update(|f| f.push(locale));
        }
    });
}

/// Per language: translated, missing, obsolete and broken messages, counting the drafts as
/// they would be exported. A language's name picks it as the target.
#[component]
pub fn LocaleReportPanel(
    /// The language being translated into (set by the language buttons).
    target: RwSignal<Locale>,
) -> impl IntoView {
    let failed = RwSignal::new(Vec::<Locale>::new());
    for l in targets() {
        load(l, failed);
    }
    let source_count = workbench::source_files()
        .iter()
        .map(|(_, text)| {
            workbench::ftl::entry_spans(text)
                .iter()
                .filter(|s| !s.id.starts_with('-'))
                .count()
        })
        .sum::<usize>();

    view! {
        <section class="wb-report" aria-labelledby="wb-report-heading">
            <h2 id="wb-report-heading">{move || t!("translate-report-heading")}</h2>
            <div class="table-scroll">
                <table>
                    <caption class="visually-hidden">{move || t!("translate-report-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t!("translate-report-language")}</th>
                            <th scope="col" class="num">{move || t!("translate-report-translated")}</th>
                            <th scope="col" class="num">{move || t!("translate-report-missing")}</th>
                            <th scope="col" class="num">{move || t!("translate-report-obsolete")}</th>
                            <th scope="col" class="num">{move || t!("translate-report-broken")}</th>
                            <th scope="col" class="num">{move || t!("translate-report-drafts")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {targets()
                            .map(|l| {
                                // Recomputed only when this language's drafts or files change.
                                let digest = Memo::new(move |_| {
                                    (workbench::is_loaded(l), workbench::drafts_digest(l))
                                });
                                let report = Memo::new(move |_| {
                                    // Read, not just tracked: a memo is lazy, and one that
                                    // is never read never learns that its sources changed.
                                    let _ = digest.get();
                                    workbench::report(l).map(|r| (r.translated, r.missing, r.obsolete, r.broken))
                                });
                                let drafts = move || workbench::with_drafts(|d| d.count(l));
                                view! {
                                    <tr class:wb-report__current=move || target.get() == l>
                                        <th scope="row">
                                            <button
                                                type="button"
                                                class="link-button"
                                                lang=l.tag()
                                                aria-pressed=move || (target.get() == l).to_string()
                                                on:click=move |_| target.set(l)
                                            >
                                                {move || language_name(l)}
                                            </button>
                                        </th>
                                        {move || match report.get() {
                                            Some((translated, missing, obsolete, broken)) => {
                                                // Labelled for the narrow layout, where each row is a card.
                                                let cell = |n: usize, bad: bool, label: String| {
                                                    let highlight = bad && n > 0;
                                                    view! {
                                                        <td class="num" class:wb-report__bad=highlight data-label=label>
                                                            {crate::i18n::format::number(n as i64)}
                                                        </td>
                                                    }
                                                };
                                                view! {
                                                    {cell(translated, false, t!("translate-report-translated"))}
                                                    {cell(missing, true, t!("translate-report-missing"))}
                                                    {cell(obsolete, true, t!("translate-report-obsolete"))}
                                                    {cell(broken, true, t!("translate-report-broken"))}
                                                }
                                                .into_any()
                                            }
                                            None if failed.get().contains(&l) => {
                                                view! {
                                                    <td colspan="4" class="wb-report__state">
                                                        <span class="field-error">{t!("translate-report-failed")}</span>
                                                        " "
                                                        <button type="button" class="link-button" on:click=move |_| load(l, failed)>
                                                            {t!("error-retry")}
                                                        </button>
                                                    </td>
                                                }
                                                .into_any()
                                            }
                                            None => {
                                                view! {
                                                    <td colspan="4" class="wb-report__state muted" aria-busy="true">
                                                        {t!("translate-report-loading")}
                                                    </td>
                                                }
                                                .into_any()
                                            }
                                        }}
                                        <td class="num" data-label=move || t!("translate-report-drafts")>
                                            {move || crate::i18n::format::number(drafts() as i64)}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="note">{move || t!("translate-report-note", count = source_count)}</p>
        </section>
    }
}
