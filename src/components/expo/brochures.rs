use leptos::prelude::*;
use tradefair_core::expo::{Brochure, BrochureKind};

use crate::i18n::format;
use crate::t;

fn kind_label(k: BrochureKind) -> String {
    match k {
        BrochureKind::Catalogue => t!("expo-brochure-catalogue"),
        BrochureKind::SpecSheet => t!("expo-brochure-spec-sheet"),
    }
}

/// Size in kilobytes, rounded up, with the locale's digits.
fn size_kb(bytes: u64) -> String {
    format::number(bytes.div_ceil(1024) as i64)
}

/// The booth's documents as download links with type and size.
#[component]
pub fn Brochures(
    /// The documents.
    items: Vec<Brochure>,
    /// Told the file name when the buyer activates a download link.
    #[prop(optional)]
    on_download: Option<Callback<String>>,
) -> impl IntoView {
    view! {
        <section class="booth-section" aria-labelledby="booth-brochures">
            <h2 id="booth-brochures">{move || t!("expo-brochures")}</h2>
            {if items.is_empty() {
                view! { <p class="empty">{move || t!("expo-brochures-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="brochures" role="list">
                        {items
                            .into_iter()
                            .map(|b| {
                                let kb = b.size_bytes;
                                // A backend's URL becomes a link only with an allowed scheme.
                                let href = tradefair_core::safe::safe_href(&b.url);
                                let file_name = b.file_name.clone();
                                let activated = move |_| {
                                    if let Some(report) = on_download {
                                        report.run(file_name.clone());
                                    }
                                };
                                view! {
                                    <li>
                                        <a
                                            class="brochure"
                                            href=href
                                            download=b.file_name.clone()
                                            type=b.mime.clone()
                                            on:click=activated
                                        >
                                            <span class="brochure__name">{move || kind_label(b.kind)}</span>
                                            <span class="brochure__meta">
                                                {move || t!("expo-brochure-meta", size = size_kb(kb))}
                                            </span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}
