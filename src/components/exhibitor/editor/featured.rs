use leptos::prelude::*;
use tradefair_core::exhibitor::MAX_FEATURED;
use tradefair_core::exhibitor_form::ProfileDraft;
use tradefair_core::wire::{LocalizedText, ProductSummary};

use super::{focus, EditorErrors};
use crate::t;

/// The product's name as the backend gave it, or its number when the catalog no longer
/// lists it.
fn name_of(products: &[ProductSummary], id: u32) -> LocalizedText {
    products
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| LocalizedText {
            text: format!("#{id}"),
            lang: "en".into(),
        })
}

/// The booth's featured products, in the order buyers see them: up to [`MAX_FEATURED`] of
/// the exhibitor's own products, each with move-up, move-down and remove buttons, and a
/// picker for adding one more.
#[component]
pub fn FeaturedProducts(
    /// The editor's draft.
    draft: RwSignal<ProfileDraft>,
    /// The editor's errors.
    errors: EditorErrors,
    /// The exhibitor's products.
    products: Vec<ProductSummary>,
) -> impl IntoView {
    let products = StoredValue::new(products);
    let featured = Memo::new(move |_| draft.with(|d| d.profile.featured.clone()));
    let choice = RwSignal::new(String::new());
    let moved = move |from: usize, delta: isize, which: &'static str| {
        let mut to = None;
        draft.update(|d| to = d.move_featured(from, delta));
        if let Some(to) = to {
            let id = draft.with_untracked(|d| d.profile.featured[to]);
            // Keep the keyboard on the same product's button after it moved; at an end of
            // the list that button is gone, so use the other one.
            let len = draft.with_untracked(|d| d.profile.featured.len());
            let which = match which {
                "up" if to == 0 => "down",
                "down" if to + 1 == len => "up",
                w => w,
            };
            let target = format!("editor-featured-{id}-{which}");
            request_animation_frame(move || focus(&target));
        }
    };
    let add = move || {
        if let Ok(id) = choice.get_untracked().parse::<u32>() {
            let mut added = false;
            draft.update(|d| added = d.feature(id));
            if added {
                choice.set(String::new());
            }
        }
    };

    view! {
        <section class="panel editor-section" aria-labelledby="editor-featured-title">
            <h3 id="editor-featured-title">{move || t!("editor-featured-title")}</h3>
            <p class="note">{move || t!("editor-featured-note", max = MAX_FEATURED)}</p>
            <div class="field-error" id="editor-featured-error" tabindex="-1">
                {move || errors.under("featured").into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
            </div>
            {move || {
                let list = featured.get();
                if list.is_empty() {
                    return view! { <p class="empty-state">{t!("editor-featured-empty")}</p> }.into_any();
                }
                let len = list.len();
                view! {
                    <ol class="editor-featured" aria-label=t!("editor-featured-title")>
                        {list.into_iter().enumerate().map(|(i, id)| {
                            let name = products.with_value(|p| name_of(p, id));
                            let label = name.text.clone();
                            let label_up = label.clone();
                            let label_down = label.clone();
                            let label_remove = label.clone();
                            view! {
                                <li class="editor-featured__item" data-product-id=id>
                                    <span class="editor-featured__name" lang=name.lang.clone() dir="auto">{name.text.clone()}</span>
                                    <span class="editor-featured__actions">
                                        {(i > 0).then(|| view! {
                                            <button
                                                type="button"
                                                id=format!("editor-featured-{id}-up")
                                                class="button button--small"
                                                aria-label=move || t!("editor-featured-up", product = label_up.clone())
                                                on:click=move |_| moved(i, -1, "up")
                                            >"↑"</button>
                                        })}
                                        {(i + 1 < len).then(|| view! {
                                            <button
                                                type="button"
                                                id=format!("editor-featured-{id}-down")
                                                class="button button--small"
                                                aria-label=move || t!("editor-featured-down", product = label_down.clone())
                                                on:click=move |_| moved(i, 1, "down")
                                            >"↓"</button>
                                        })}
                                        <button
                                            type="button"
                                            class="link-button"
                                            aria-label=move || t!("editor-featured-remove", product = label_remove.clone())
                                            on:click=move |_| {
                                                draft.update(|d| { if i < d.profile.featured.len() { d.profile.featured.remove(i); } });
                                                request_animation_frame(|| focus("editor-featured-add"));
                                            }
                                        >{move || t!("editor-remove")}</button>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            <div class="editor-featured__add">
                <label for="editor-featured-add">{move || t!("editor-featured-choose")}</label>
                <select
                    id="editor-featured-add"
                    prop:value=move || choice.get()
                    on:change=move |ev| choice.set(event_target_value(&ev))
                    disabled=move || featured.with(|f| f.len() >= MAX_FEATURED)
                >
                    <option value="">{move || t!("editor-featured-pick")}</option>
                    {move || {
                        let chosen = featured.get();
                        products.with_value(|ps| ps.iter().filter(|p| !chosen.contains(&p.id)).map(|p| {
                            view! { <option value=p.id.to_string()>{p.name.text.clone()}</option> }
                        }).collect_view())
                    }}
                </select>
                <button
                    type="button"
                    class="button"
                    disabled=move || choice.with(String::is_empty) || featured.with(|f| f.len() >= MAX_FEATURED)
                    on:click=move |_| add()
                >
                    {move || t!("editor-featured-add")}
                </button>
                {move || featured.with(|f| f.len() >= MAX_FEATURED).then(|| view! {
                    <p class="note">{t!("editor-featured-full", max = MAX_FEATURED)}</p>
                })}
            </div>
        </section>
    }
}
