use leptos::prelude::*;
use tradefair_core::exhibitor::{missing_locales, MAX_ABOUT_CHARS};
use tradefair_core::exhibitor_form::ProfileDraft;

use super::{field_id, focus, EditorErrors};
use crate::components::expo::language_name;
use crate::i18n::{format, Locale};
use crate::t;

/// The booth's description in each shipped locale: a text area per locale that has one
/// (with its character count against the limit), which locales buyers will see in English
/// instead, and a button to add each missing translation.
#[component]
pub fn ProfileTexts(
    /// The editor's draft.
    draft: RwSignal<ProfileDraft>,
    /// The editor's errors.
    errors: EditorErrors,
) -> impl IntoView {
    // Locales with a text, in shipped order, with their index in `texts` (the error path).
    let present = Memo::new(move |_| {
        draft.with(|d| {
            Locale::ALL
                .iter()
                .filter_map(|l| d.text_index(l.tag()).map(|i| (*l, i)))
                .collect::<Vec<_>>()
        })
    });
    let missing = Memo::new(move |_| draft.with(|d| missing_locales(&d.profile)));
    let addable = Memo::new(move |_| {
        draft.with(|d| {
            Locale::ALL
                .iter()
                .copied()
                .filter(|l| d.text(l.tag()).is_none())
                .collect::<Vec<_>>()
        })
    });

    let add = move |l: Locale| {
        draft.update(|d| d.set_text(l.tag(), String::new()));
        let i = draft.with_untracked(|d| d.text_index(l.tag()).unwrap_or_default());
        let id = field_id(&format!("texts.{i}.about"));
        request_animation_frame(move || focus(&id));
    };

    view! {
        <section class="panel editor-section" aria-labelledby="editor-texts-title">
            <h3 id="editor-texts-title">{move || t!("editor-texts-title")}</h3>
            <div class="editor-missing" role="status" data-testid="editor-missing">
                {move || {
                    let m = missing.get();
                    if m.is_empty() {
                        view! { <p class="editor-missing__none">{t!("editor-texts-complete")}</p> }.into_any()
                    } else {
                        let names = m.iter().map(|tag| language_name(tag)).collect::<Vec<_>>();
                        view! {
                            <p>{t!("editor-texts-missing", count = m.len(), languages = list(&names))}</p>
                            <p class="note">{t!("editor-texts-fallback")}</p>
                        }.into_any()
                    }
                }}
            </div>
            {move || {
                let a = addable.get();
                (!a.is_empty()).then(|| view! {
                    <ul class="editor-add-locales" role="list">
                        {a.into_iter().map(|l| view! {
                            <li>
                                <button type="button" class="button button--small" on:click=move |_| add(l)>
                                    {move || t!("editor-texts-add", language = language_name(l.tag()))}
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }}
            {move || present.get().into_iter().map(|(l, i)| {
                let tag = l.tag();
                let field = format!("texts.{i}.about");
                let id = field_id(&field);
                let count_id = format!("{id}-count");
                let err_id = format!("{id}-error");
                let field_for_error = field.clone();
                let chars = Memo::new(move |_| draft.with(|d| d.text(tag).map(|t| t.chars().count()).unwrap_or(0)));
                let count_class = move || {
                    if chars.get() > MAX_ABOUT_CHARS {
                        "note editor-text__count editor-text__count--over"
                    } else {
                        "note editor-text__count"
                    }
                };
                view! {
                    <div class="form-field editor-text" data-locale=tag>
                        <label for=id.clone()>{move || t!("editor-text-label", language = language_name(tag))}</label>
                        <textarea
                            id=id.clone()
                            rows="5"
                            lang=tag
                            dir="auto"
                            prop:value=move || draft.with(|d| d.text(tag).unwrap_or_default().to_string())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                draft.update(|d| d.set_text(tag, v));
                            }
                            aria-invalid=move || errors.invalid(&field)
                            aria-describedby=format!("{count_id} {err_id}")
                        ></textarea>
                        <p
                            id=count_id
                            class=count_class
                        >
                            {move || t!("editor-text-count", count = format::number(chars.get() as i64), max = format::number(MAX_ABOUT_CHARS as i64))}
                        </p>
                        <p class="field-error" id=err_id>{move || errors.text(&field_for_error)}</p>
                        {(l != Locale::SOURCE).then(|| view! {
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    errors.0.set(Vec::new());
                                    draft.update(|d| d.remove_text(tag));
                                }
                            >
                                {move || t!("editor-texts-remove", language = language_name(tag))}
                            </button>
                        })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// Names joined by the locale's list format ("German, Arabic and French").
fn list(names: &[String]) -> String {
    let arr = js_sys::Array::new();
    for n in names {
        arr.push(&wasm_bindgen::JsValue::from_str(n));
    }
    let locale = crate::i18n::locale().tag();
    js_sys::Intl::ListFormat::new(
        &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(locale)),
        &js_sys::Object::new(),
    )
    .format(&arr)
    .into()
}
