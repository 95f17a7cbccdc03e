use leptos::prelude::*;

use super::{language_name, targets};
use crate::i18n::{self, workbench, Locale};
use crate::state::use_settings;
use crate::t;

/// The workbench's top controls: the language to translate into, showing the app in it,
/// and the pseudo-locale switch.
#[component]
pub fn Toolbar(
    /// The language being translated into.
    target: RwSignal<Locale>,
) -> impl IntoView {
    let settings = use_settings();
    let app_in_target = move || i18n::locale() == target.get();
    view! {
        <div class="wb-toolbar">
            <div class="wb-toolbar__group">
                <label class="wb-field">
                    <span class="wb-field__label">{move || t!("translate-target")}</span>
                    <select
                        name="target"
                        on:change=move |ev| {
                            if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                                target.set(l);
                            }
                        }
                    >
                        {targets()
                            .map(|l| {
                                view! {
                                    <option value=l.tag() lang=l.tag() selected=move || target.get() == l>
                                        {move || language_name(l)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <div class="wb-toolbar__preview" role="status">
                    {move || {
                        if app_in_target() {
                            view! {
                                <p class="note">{t!("translate-showing-in-app", language = language_name(target.get()))}</p>
                            }
                            .into_any()
                        } else {
                            view! {
                                <button type="button" class="button" on:click=move |_| settings.set_locale(target.get_untracked())>
                                    {t!("translate-show-in-app", language = language_name(target.get()))}
                                </button>
                            }
                            .into_any()
                        }
                    }}
                </div>
            </div>
            <div class="wb-toolbar__group wb-pseudo">
                <label class="wb-switch">
                    <input
                        type="checkbox"
                        role="switch"
                        name="pseudo"
                        aria-describedby="wb-pseudo-hint"
                        prop:checked=workbench::pseudo_enabled
                        on:change=move |ev| workbench::set_pseudo(event_target_checked(&ev))
                    />
                    <span>{move || t!("translate-pseudo")}</span>
                </label>
                <p id="wb-pseudo-hint" class="note">{move || t!("translate-pseudo-hint")}</p>
            </div>
        </div>
    }
}
