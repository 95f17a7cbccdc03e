use leptos::prelude::*;

use super::language_name;
use super::list::MessageList;
use super::report::LocaleReportPanel;
use super::toolbar::Toolbar;
use crate::components::ui::ErrorPanel;
use crate::i18n::workbench;
use crate::t;

/// The whole workbench: what to translate into, the pseudo-locale, the locale report and
/// every message of the app beside its translation. Loads the target's files (with a
/// loading state, and an error with a retry when a file cannot be fetched).
#[component]
pub fn Workbench() -> impl IntoView {
    let target = RwSignal::new(workbench::remembered_target());
    Effect::new(move |_| workbench::remember_target(target.get()));
    let files = LocalResource::new(move || {
        let locale = target.get();
        async move { workbench::load(locale).await.map(|_| locale) }
    });

    view! {
        <div class="workbench">
            <div class="workbench__head">
                <h1 tabindex="-1">{move || t!("translate-heading")}</h1>
                <p class="workbench__intro">{move || t!("translate-intro")}</p>
            </div>
            <Toolbar target=target/>
            <LocaleReportPanel target=target/>
            <Suspense fallback=move || {
                view! {
                    <div class="wb-loading" role="status" aria-busy="true">
                        <span class="wb-spinner" aria-hidden="true"></span>
                        {move || t!("translate-loading", language = language_name(target.get()))}
                    </div>
                }
            }>
                {move || Suspend::new(async move {
                    match files.await {
                        Ok(locale) => view! { <MessageList locale=locale/> }.into_any(),
                        Err(e) => {
                            let locale = target.get_untracked();
                            view! {
                                <div class="wb-load-error">
                                    <p class="field-error">
                                        {move || t!("translate-load-failed", language = language_name(locale))}
                                    </p>
                                    <ErrorPanel error=e on_retry=move |_| files.refetch()/>
                                </div>
                            }
                            .into_any()
                        }
                    }
                })}
            </Suspense>
        </div>
    }
}
