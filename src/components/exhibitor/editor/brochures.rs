use leptos::prelude::*;
use tradefair_core::exhibitor_form::{offered_brochures, ProfileDraft};
use tradefair_core::expo::{Brochure, BrochureKind};

use super::EditorErrors;
use crate::t;

fn kind_label(k: BrochureKind) -> String {
    match k {
        BrochureKind::Catalogue => t!("expo-brochure-catalogue"),
        BrochureKind::SpecSheet => t!("expo-brochure-spec-sheet"),
    }
}

/// The booth's documents, each with a switch that includes it on the booth page or leaves
/// it out.
#[component]
pub fn BrochureChoice(
    /// The editor's draft.
    draft: RwSignal<ProfileDraft>,
    /// The editor's errors.
    errors: EditorErrors,
    /// The booth.
    booth_id: u32,
) -> impl IntoView {
    let offered: Vec<Brochure> =
        draft.with_untracked(|d| offered_brochures(booth_id, &d.profile.brochures));
    let order = StoredValue::new(offered.clone());
    let toggle = move |b: Brochure, on: bool| {
        draft.update(|d| {
            d.profile.brochures.retain(|x| x.url != b.url);
            if on {
                d.profile.brochures.push(b);
                // Keep the documents in the order they are offered.
                order.with_value(|o| {
                    d.profile
                        .brochures
                        .sort_by_key(|x| o.iter().position(|y| y.url == x.url))
                });
            }
        });
    };
    view! {
        <section class="panel editor-section" aria-labelledby="editor-brochures-title">
            <h3 id="editor-brochures-title">{move || t!("editor-brochures-title")}</h3>
            <p class="note">{move || t!("editor-brochures-note")}</p>
            <div class="field-error" id="editor-brochures-error" tabindex="-1">
                {move || errors.under("brochures").into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
            </div>
            <ul class="editor-brochures" role="list">
                {offered.into_iter().map(|b| {
                    let id = format!("editor-brochure-{}", b.kind.slug());
                    let url = b.url.clone();
                    let kind = b.kind;
                    let file_name = b.file_name.clone();
                    let href = tradefair_core::safe::safe_href(&b.url);
                    view! {
                        <li class="editor-brochure">
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=move || draft.with(|d| d.profile.brochures.iter().any(|x| x.url == url))
                                on:change={
                                    let b = b.clone();
                                    move |ev| toggle(b.clone(), event_target_checked(&ev))
                                }
                            />
                            <label for=id>
                                {move || t!("editor-brochure-include", document = kind_label(kind))}
                            </label>
                            " "
                            <a class="muted" href=href target="_blank" rel="noopener"><bdi>{file_name}</bdi></a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
