use leptos::prelude::*;
use tradefair_core::money::Money;
use tradefair_core::wire::{CatalogQuery, Category, Certification, Facets};

use super::labels;
use crate::i18n::format;
use crate::t;

const MOQ_STEPS: [u32; 5] = [10, 50, 100, 500, 1000];
const LEAD_STEPS: [u32; 4] = [7, 15, 30, 45];
const COUNTRIES_COLLAPSED: usize = 8;

fn toggle<T: PartialEq + Clone + Ord>(list: &[T], value: &T, on: bool) -> Vec<T> {
    let mut out: Vec<T> = list.iter().filter(|v| *v != value).cloned().collect();
    if on {
        out.push(value.clone());
    }
    out.sort();
    out
}

/// One checkbox of a facet list: its label, how many products it would show, and what
/// checking it does. The id lets focus return to it after the results re-render.
#[component]
fn FacetCheck(
    /// Query key (`category`, `cert`, `country`).
    name: &'static str,
    /// The value in the URL.
    value: String,
    /// Whether the filter is in force.
    checked: bool,
    /// Products matching with this value and every other filter.
    count: u32,
    /// Label in the buyer's language.
    label: Signal<String>,
    /// Called with the new checked state.
    on_toggle: Callback<bool>,
    /// Hidden while the list is collapsed.
    #[prop(optional)]
    hidden: Option<Signal<bool>>,
) -> impl IntoView {
    let id = format!("facet-{name}-{value}");
    view! {
        <li hidden=move || hidden.is_some_and(|h| h.get())>
            <label class="check">
                <input
                    type="checkbox"
                    id=id
                    name=name
                    value=value
                    prop:checked=checked
                    on:change=move |ev| on_toggle.run(event_target_checked(&ev))
                />
                <span class="check__label">{move || label.get()}</span>
                <span class="check__count" aria-label=move || t!("facet-count", count = count)>
                    {move || format::number(i64::from(count))}
                </span>
            </label>
        </li>
    }
}

/// The filter sidebar: every facet with its counts, driven by the current search.
#[component]
pub fn FacetPanel(
    /// Counts and bounds for the current search.
    facets: Facets,
    /// The current search.
    query: CatalogQuery,
    /// Called with the new search when a filter changes (page reset to 1).
    on_change: Callback<CatalogQuery>,
) -> impl IntoView {
    let q = StoredValue::new(query.clone());
    let change = move |f: &dyn Fn(&mut CatalogQuery)| {
        let mut next = q.get_value();
        f(&mut next);
        next.page = 1;
        on_change.run(next);
    };

    let category_rows = facets
        .categories
        .iter()
        .map(|fc| {
            let cat: Category = fc.value;
            view! {
                <FacetCheck
                    name="category"
                    value=cat.slug().to_string()
                    checked=query.categories.contains(&cat)
                    count=fc.count
                    label=Signal::derive(move || labels::category(cat))
                    on_toggle=Callback::new(move |on| change(&|n| n.categories = toggle(&n.categories, &cat, on)))
                />
            }
        })
        .collect_view();

    let cert_rows = facets
        .certifications
        .iter()
        .map(|fc| {
            let cert: Certification = fc.value;
            view! {
                <FacetCheck
                    name="cert"
                    value=cert.code().to_string()
                    checked=query.certifications.contains(&cert)
                    count=fc.count
                    label=Signal::derive(move || cert.code().to_string())
                    on_toggle=Callback::new(move |on| change(&|n| n.certifications = toggle(&n.certifications, &cert, on)))
                />
            }
        })
        .collect_view();

    let show_all_countries = RwSignal::new(false);
    let country_count = facets.countries.len();
    let country_rows = facets
        .countries
        .iter()
        .enumerate()
        .map(|(i, fc)| {
            let code = fc.value.clone();
            let checked = query.countries.contains(&code);
            let hidden_when_collapsed = i >= COUNTRIES_COLLAPSED && !checked;
            let label_code = code.clone();
            let toggle_code = code.clone();
            view! {
                <FacetCheck
                    name="country"
                    value=code
                    checked=checked
                    count=fc.count
                    label=Signal::derive(move || format::country(&label_code))
                    on_toggle=Callback::new(move |on| {
                        let code = toggle_code.clone();
                        change(&|n| n.countries = toggle(&n.countries, &code, on))
                    })
                    hidden=Signal::derive(move || hidden_when_collapsed && !show_all_countries.get())
                />
            }
        })
        .collect_view();

    // Price: typed in major units of the display currency, checked before it applies; a
    // bad entry stays in the field with a message, nothing is lost.
    let currency = query.currency;
    let as_text = move |minor: Option<i64>| {
        minor
            .map(|m| Money::new(m, currency).to_decimal_string())
            .unwrap_or_default()
    };
    let price_min = RwSignal::new(as_text(query.price_min));
    let price_max = RwSignal::new(as_text(query.price_max));
    let price_error = RwSignal::new(None::<&'static str>);
    let apply_price = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |s: String| -> Result<Option<i64>, ()> {
            if s.trim().is_empty() {
                Ok(None)
            } else {
                Money::parse_major(&s, currency)
                    .filter(|m| m.minor >= 0)
                    .map(|m| Some(m.minor))
                    .ok_or(())
            }
        };
        match (
            parse(price_min.get_untracked()),
            parse(price_max.get_untracked()),
        ) {
            (Ok(min), Ok(max)) => {
                if let (Some(a), Some(b)) = (min, max) {
                    if a > b {
                        price_error.set(Some("order"));
                        return;
                    }
                }
                price_error.set(None);
                change(&|n| {
                    n.price_min = min;
                    n.price_max = max;
                });
            }
            _ => price_error.set(Some("invalid")),
        }
    };
    let example = move || {
        format::money(Money::new(
            1250 * currency.minor_per_major() / 100,
            currency,
        ))
    };
    let bounds = facets.price_bounds;

    let moq_max = query.moq_max;
    let lead_max = query.lead_time_max;
    let overseas = query.overseas_stock;
    let overseas_count = facets.overseas_stock_count;

    view! {
        <div class="facets">
            <fieldset class="facet">
                <legend>{move || t!("facet-category")}</legend>
                <ul role="list">{category_rows}</ul>
            </fieldset>

            <form class="facet facet--price" on:submit=apply_price novalidate=true>
                <fieldset>
                    <legend>{move || t!("facet-price", currency = currency.code())}</legend>
                    <div class="facet__range">
                        <label>
                            <span>{move || t!("facet-price-min")}</span>
                            <input
                                type="text"
                                inputmode="decimal"
                                name="price_min"
                                autocomplete="off"
                                placeholder=move || bounds.map(|(lo, _)| Money::new(lo, currency).to_decimal_string()).unwrap_or_default()
                                prop:value=move || price_min.get()
                                on:input=move |ev| price_min.set(event_target_value(&ev))
                                aria-invalid=move || price_error.get().is_some().then_some("true")
                                aria-describedby="price-error"
                            />
                        </label>
                        <label>
                            <span>{move || t!("facet-price-max")}</span>
                            <input
                                type="text"
                                inputmode="decimal"
                                name="price_max"
                                autocomplete="off"
                                placeholder=move || bounds.map(|(_, hi)| Money::new(hi, currency).to_decimal_string()).unwrap_or_default()
                                prop:value=move || price_max.get()
                                on:input=move |ev| price_max.set(event_target_value(&ev))
                                aria-invalid=move || price_error.get().is_some().then_some("true")
                                aria-describedby="price-error"
                            />
                        </label>
                    </div>
                    <p id="price-error" class="field-error" role="alert">
                        {move || match price_error.get() {
                            Some("order") => t!("facet-price-order"),
                            Some(_) => t!("facet-price-invalid", example = example()),
                            None => String::new(),
                        }}
                    </p>
                    <button type="submit" class="button">{move || t!("facet-price-apply")}</button>
                </fieldset>
            </form>

            <div class="facet">
                <label class="facet__label" for="facet-moq">{move || t!("facet-moq")}</label>
                <select
                    id="facet-moq"
                    name="moq_max"
                    on:change=move |ev| {
                        let v = event_target_value(&ev).parse::<u32>().ok();
                        change(&|n| n.moq_max = v);
                    }
                >
                    <option value="" selected=moq_max.is_none()>{move || t!("facet-moq-any")}</option>
                    {MOQ_STEPS
                        .iter()
                        .map(|&s| {
                            view! {
                                <option value=s.to_string() selected=moq_max == Some(s)>
                                    {move || t!("facet-moq-up-to", qty = format::number(i64::from(s)))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>

            <fieldset class="facet">
                <legend>{move || t!("facet-certifications")}</legend>
                <ul role="list">{cert_rows}</ul>
            </fieldset>

            <fieldset class="facet">
                <legend>{move || t!("facet-country")}</legend>
                <ul role="list">{country_rows}</ul>
                {(country_count > COUNTRIES_COLLAPSED)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                aria-expanded=move || show_all_countries.get().to_string()
                                on:click=move |_| show_all_countries.update(|v| *v = !*v)
                            >
                                {move || if show_all_countries.get() { t!("facet-country-less") } else { t!("facet-country-more") }}
                            </button>
                        }
                    })}
            </fieldset>

            <fieldset class="facet">
                <legend>{move || t!("facet-lead-time")}</legend>
                <ul role="list">
                    <li>
                        <label class="check">
                            <input
                                type="radio"
                                id="facet-lead-any"
                                name="lead_max"
                                value=""
                                prop:checked=lead_max.is_none()
                                on:change=move |_| change(&|n| n.lead_time_max = None)
                            />
                            <span class="check__label">{move || t!("facet-lead-any")}</span>
                        </label>
                    </li>
                    {LEAD_STEPS
                        .iter()
                        .map(|&d| {
                            view! {
                                <li>
                                    <label class="check">
                                        <input
                                            type="radio"
                                            id=format!("facet-lead-{d}")
                                            name="lead_max"
                                            value=d.to_string()
                                            prop:checked=lead_max == Some(d)
                                            on:change=move |_| change(&|n| n.lead_time_max = Some(d))
                                        />
                                        <span class="check__label">{move || t!("facet-lead-within", days = d)}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>

            <div class="facet">
                <label class="check">
                    <input
                        type="checkbox"
                        id="facet-overseas"
                        name="overseas"
                        value="1"
                        prop:checked=overseas
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            change(&|n| n.overseas_stock = on);
                        }
                    />
                    <span class="check__label">{move || t!("facet-overseas")}</span>
                    <span class="check__count" aria-label=move || t!("facet-count", count = overseas_count)>
                        {move || format::number(i64::from(overseas_count))}
                    </span>
                </label>
            </div>
        </div>
    }
}

/// Chips for the filters in force, each one click (or Enter) away from removal.
#[component]
pub fn ActiveFilters(
    /// The current search.
    query: CatalogQuery,
    /// Called with the search minus the removed filter.
    on_change: Callback<CatalogQuery>,
) -> impl IntoView {
    if !query.has_filters() {
        return ().into_any();
    }
    let q = StoredValue::new(query.clone());
    let remove = move |f: &dyn Fn(&mut CatalogQuery)| {
        let mut next = q.get_value();
        f(&mut next);
        next.page = 1;
        on_change.run(next);
    };
    let currency = query.currency;
    let mut chips: Vec<AnyView> = Vec::new();
    let chip = |label: Signal<String>, on_remove: Box<dyn Fn() + Send + Sync>| {
        view! {
            <li>
                <button
                    type="button"
                    class="chip chip--removable"
                    aria-label=move || t!("catalog-remove-filter", filter = label.get())
                    on:click=move |_| on_remove()
                >
                    {move || label.get()}
                    <span aria-hidden="true">" ×"</span>
                </button>
            </li>
        }
        .into_any()
    };
    for c in query.categories.clone() {
        chips.push(chip(
            Signal::derive(move || labels::category(c)),
            Box::new(move || remove(&|n| n.categories.retain(|x| *x != c))),
        ));
    }
    for c in query.certifications.clone() {
        chips.push(chip(
            Signal::derive(move || c.code().to_string()),
            Box::new(move || remove(&|n| n.certifications.retain(|x| *x != c))),
        ));
    }
    for code in query.countries.clone() {
        let label_code = code.clone();
        chips.push(chip(
            Signal::derive(move || format::country(&label_code)),
            Box::new(move || {
                let code = code.clone();
                remove(&|n| n.countries.retain(|x| *x != code))
            }),
        ));
    }
    if query.price_min.is_some() || query.price_max.is_some() {
        let (lo, hi) = (query.price_min, query.price_max);
        chips.push(chip(
            Signal::derive(move || {
                let f = |m: Option<i64>| {
                    m.map(|v| format::money(Money::new(v, currency)))
                        .unwrap_or_default()
                };
                format!("{} – {}", f(lo), f(hi))
            }),
            Box::new(move || {
                remove(&|n| {
                    n.price_min = None;
                    n.price_max = None;
                })
            }),
        ));
    }
    if let Some(m) = query.moq_max {
        chips.push(chip(
            Signal::derive(move || t!("facet-moq-up-to", qty = format::number(i64::from(m)))),
            Box::new(move || remove(&|n| n.moq_max = None)),
        ));
    }
    if let Some(d) = query.lead_time_max {
        chips.push(chip(
            Signal::derive(move || t!("facet-lead-within", days = d)),
            Box::new(move || remove(&|n| n.lead_time_max = None)),
        ));
    }
    if query.overseas_stock {
        chips.push(chip(
            Signal::derive(move || t!("facet-overseas")),
            Box::new(move || remove(&|n| n.overseas_stock = false)),
        ));
    }
    view! {
        <div class="active-filters">
            <h2 class="visually-hidden">{move || t!("catalog-active-filters")}</h2>
            <ul class="chips" role="list">
                {chips}
                <li>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| {
                            remove(&|n| {
                                let keep = (n.q.clone(), n.sort);
                                *n = CatalogQuery::new(&n.locale, n.currency);
                                n.q = keep.0;
                                n.sort = keep.1;
                            })
                        }
                    >
                        {move || t!("catalog-clear-filters")}
                    </button>
                </li>
            </ul>
        </div>
    }
    .into_any()
}
