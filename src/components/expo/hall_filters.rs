use leptos::prelude::*;
use tradefair_core::expo::{BoothFilter, Hall};
use tradefair_core::wire::Category;

use crate::components::catalog::labels;
use crate::i18n::format;
use crate::t;

/// The halls as buttons (choosing one filters by its industry) and the category, country
/// and language filters.
#[component]
pub fn HallFilters(
    /// Halls with their counts.
    #[prop(into)]
    halls: Signal<Vec<Hall>>,
    /// Countries offered.
    #[prop(into)]
    countries: Signal<Vec<String>>,
    /// Languages offered.
    #[prop(into)]
    languages: Signal<Vec<String>>,
    /// The current filter.
    filter: RwSignal<BoothFilter>,
) -> impl IntoView {
    let set_category = move |c: Option<Category>| filter.update(|f| f.category = c);
    view! {
        <nav class="halls" aria-labelledby="expo-halls">
            <h2 id="expo-halls">{move || t!("expo-halls")}</h2>
            <ul role="list">
                <li>
                    <button type="button" class="hall-button"
                        aria-pressed=move || filter.with(|f| f.category.is_none()).to_string()
                        on:click=move |_| set_category(None)>
                        {move || t!("expo-all-halls")}
                    </button>
                </li>
                <For each=move || halls.get() key=|h| (h.category, h.booths, h.live) let:h>
                    {
                        let c = h.category;
                        view! {
                            <li>
                                <button type="button" class="hall-button"
                                    aria-pressed=move || filter.with(|f| f.category == Some(c)).to_string()
                                    on:click=move |_| set_category(Some(c))>
                                    <span>{move || labels::category(c)}</span>
                                    <span class="hall-button__count">
                                        {move || t!("expo-hall-counts", booths = h.booths, live = h.live)}
                                    </span>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </nav>
        <div class="expo-filters" role="group" aria-labelledby="expo-filters-title">
            <h2 id="expo-filters-title" class="visually-hidden">{move || t!("expo-filters")}</h2>
            <label>
                <span>{move || t!("expo-filter-category")}</span>
                <select
                    prop:value=move || filter.with(|f| f.category.map(|c| c.slug().to_string()).unwrap_or_default())
                    on:change=move |ev| set_category(Category::from_slug(&event_target_value(&ev)))>
                    <option value="">{move || t!("expo-any")}</option>
                    {Category::ALL
                        .into_iter()
                        .map(|c| view! { <option value=c.slug()>{move || labels::category(c)}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{move || t!("expo-filter-country")}</span>
                <select
                    prop:value=move || filter.with(|f| f.country.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.country = (!v.is_empty()).then_some(v));
                    }>
                    <option value="">{move || t!("expo-any")}</option>
                    <For each=move || countries.get() key=|c| c.clone() let:c>
                        {
                            let code = c.clone();
                            view! { <option value=c>{move || format::country(&code)}</option> }
                        }
                    </For>
                </select>
            </label>
            <label>
                <span>{move || t!("expo-filter-language")}</span>
                <select
                    prop:value=move || filter.with(|f| f.language.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.language = (!v.is_empty()).then_some(v));
                    }>
                    <option value="">{move || t!("expo-any")}</option>
                    <For each=move || languages.get() key=|l| l.clone() let:l>
                        {
                            let tag = l.clone();
                            view! { <option value=l>{move || super::language_name(&tag)}</option> }
                        }
                    </For>
                </select>
            </label>
        </div>
    }
}
