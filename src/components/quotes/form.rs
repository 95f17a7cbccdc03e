use leptos::prelude::*;
use tradefair_core::money::Currency;
use tradefair_core::rfq_form::{self, DraftItem, ItemSupplier, RfqDraft, DESTINATIONS};
use tradefair_core::time::{Date, Timestamp};
use tradefair_core::trade::{FieldError, Rfq};
use tradefair_core::wire::{CatalogQuery, Incoterm, Product};

use super::field_error_text;
use crate::api::{self, ApiError};
use crate::components::catalog::labels;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n::{self, format};
use crate::routes::{AppRoute, RfqPrefill};
use crate::state::{storage, use_settings};
use crate::t;

/// Where the unsent draft is kept between visits.
const DRAFT_KEY: &str = "tradefair.rfq-draft";
/// How many other suppliers of the same category are offered.
const OTHER_SUPPLIERS: usize = 5;

/// Today's date in UTC (the backends' calendar).
pub fn today() -> Date {
    Timestamp::from_unix_ms(js_sys::Date::now() as i64).date()
}

/// The element id of a form field, for focus and `aria-describedby`.
fn element_id(field: &str) -> String {
    match field {
        // No single control: the message itself takes focus.
        "items" | "supplier_ids" => format!("rfq-{}-error", field.replace('_', "-")),
        f => format!("rfq-{}", f.replace(['.', '_'], "-")),
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A supplier the buyer may ask as well.
#[derive(Clone, Debug, PartialEq)]
struct OtherSupplier {
    id: u32,
    name: String,
    country: String,
}

/// The new-RFQ form: products and quantities, other suppliers to ask, target price,
/// destination, Incoterm, needed-by date, message and attachment names. The unsent draft is
/// kept in `localStorage`; errors sit next to their field and the first takes focus.
#[component]
pub fn RfqForm(
    /// Products and quantities from a product page or the cart link; replaces the draft's
    /// products (the buyer's other details are kept).
    prefill: Option<RfqPrefill>,
    /// Runs with the RFQs the backend created.
    #[prop(into)]
    on_sent: Callback<Vec<Rfq>>,
) -> impl IntoView {
    let settings = use_settings();
    let stored = RfqDraft::from_storage(storage::get(DRAFT_KEY).as_deref());
    let mut initial = stored.unwrap_or_else(|| RfqDraft::new(settings.currency.get_untracked()));
    if let Some(p) = prefill {
        initial = initial.with_items(
            p.items
                .iter()
                .map(|(id, q)| DraftItem {
                    product_id: *id,
                    quantity: if *q > 0 { q.to_string() } else { String::new() },
                })
                .collect(),
        );
    }
    let draft = RwSignal::new(initial);
    // Every change is kept, so a reload or a detour to the catalog loses nothing.
    Effect::new(move |_| {
        let text = draft.with(|d| d.to_storage());
        storage::set(DRAFT_KEY, &text);
    });

    let ids = Memo::new(move |_| {
        draft.with(|d| d.items.iter().map(|i| i.product_id).collect::<Vec<_>>())
    });
    let products = LocalResource::new(move || {
        let ids = ids.get();
        let locale = i18n::locale().tag();
        async move {
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                out.push(api::backend().product(id, locale).await?);
            }
            Ok::<Vec<Product>, ApiError>(out)
        }
    });

    view! {
        <section class="panel rfq-form" aria-labelledby="rfq-form-title">
            <h2 id="rfq-form-title">{move || t!("rfq-form-title")}</h2>
            {move || {
                if draft.with(|d| d.items.is_empty()) {
                    return view! {
                        <div class="empty-state">
                            <p>{t!("rfq-form-start")}</p>
                            <a class="button" href=AppRoute::Catalog(CatalogQuery::new(i18n::locale().tag(), settings.currency.get())).path()>{t!("rfq-form-browse")}</a>
                        </div>
                    }
                    .into_any();
                }
                view! {
                    <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                        {move || Suspend::new(async move {
                            match products.await {
                                Ok(list) => view! { <RfqFields draft=draft products=list on_sent=on_sent/> }.into_any(),
                                Err(e) => view! { <ErrorPanel error=e on_retry=move |_| products.refetch()/> }.into_any(),
                            }
                        })}
                    </Transition>
                }
                .into_any()
            }}
        </section>
    }
}

/// The form's fields, once its products are loaded.
#[component]
fn RfqFields(
    draft: RwSignal<RfqDraft>,
    products: Vec<Product>,
    on_sent: Callback<Vec<Rfq>>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let sending = RwSignal::new(false);
    let send_error = RwSignal::new(None::<ApiError>);
    let owners: Vec<ItemSupplier> = products
        .iter()
        .map(|p| ItemSupplier {
            product_id: p.id,
            supplier_id: p.supplier.id,
        })
        .collect();
    let owners = StoredValue::new(owners);
    let products = StoredValue::new(products);
    let single = products.with_value(|p| p.len() == 1);
    let settings = use_settings();
    // The list re-renders only when products come or go, so typing keeps its focus.
    let item_ids = Memo::new(move |_| {
        draft.with(|d| d.items.iter().map(|i| i.product_id).collect::<Vec<_>>())
    });

    // Other suppliers of the same category, so one request can be compared across offers.
    let others = LocalResource::new(move || {
        let first = products.with_value(|p| p.first().cloned());
        let locale = i18n::locale().tag().to_string();
        let currency = settings.currency.get_untracked();
        async move {
            let Some(p) = first.filter(|_| single) else {
                return Ok(Vec::new());
            };
            let mut q = CatalogQuery::new(&locale, currency);
            q.categories = vec![p.category];
            let page = api::backend().search(&q).await?;
            let mut out: Vec<OtherSupplier> = Vec::new();
            for item in page.items {
                if item.supplier_id != p.supplier.id
                    && !out.iter().any(|o| o.id == item.supplier_id)
                {
                    out.push(OtherSupplier {
                        id: item.supplier_id,
                        name: item.supplier_name,
                        country: item.supplier_country,
                    });
                }
                if out.len() == OTHER_SUPPLIERS {
                    break;
                }
            }
            Ok::<_, ApiError>(out)
        }
    });

    let error_of = move |field: &'static str| {
        move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| field_error_text(field, &x.code))
            })
        }
    };
    let invalid = move |field: String| {
        move || {
            errors
                .with(|e| e.iter().any(|x| x.field == field))
                .then_some("true")
        }
    };

    let submit = move || {
        send_error.set(None);
        let d = draft.get_untracked();
        let locale = i18n::locale_untracked().tag();
        let reqs = owners.with_value(|o| rfq_form::requests(&d, o, locale, today()));
        match reqs {
            Err(found) => {
                let first = found.first().map(|f| element_id(&f.field));
                errors.set(found);
                if let Some(id) = first {
                    focus(&id);
                }
            }
            Ok(reqs) => {
                errors.set(Vec::new());
                sending.set(true);
                leptos::task::spawn_local(async move {
                    let mut sent = Vec::new();
                    let mut failure = None;
                    for (i, r) in reqs.iter().enumerate() {
                        match api::backend().create_rfq(r).await {
                            Ok(rfq) => sent.push(rfq),
                            Err(ApiError::Validation(fields)) => {
                                let mapped: Vec<FieldError> = fields
                                    .into_iter()
                                    .map(|f| FieldError {
                                        field: rfq_form::form_field(i, &f.field),
                                        code: f.code,
                                    })
                                    .collect();
                                if let Some(f) = mapped.first() {
                                    focus(&element_id(&f.field));
                                }
                                errors.set(mapped);
                                failure = Some(ApiError::Validation(Vec::new()));
                                break;
                            }
                            Err(e) => {
                                failure = Some(e);
                                break;
                            }
                        }
                    }
                    sending.set(false);
                    // Products already sent leave the draft, so a retry does not ask twice.
                    let sent_ids: Vec<u32> = sent.iter().map(|r| r.request.product_id).collect();
                    if !sent_ids.is_empty() {
                        draft.update(|d| d.items.retain(|i| !sent_ids.contains(&i.product_id)));
                    }
                    match failure {
                        Some(ApiError::Validation(_)) => {}
                        Some(e) => send_error.set(Some(e)),
                        None => {}
                    }
                    if !sent.is_empty() {
                        on_sent.run(sent);
                    }
                });
            }
        }
    };

    let today_iso = today().to_iso();
    let mut countries: Vec<(String, &'static str)> = DESTINATIONS
        .iter()
        .map(|c| (format::country(c), *c))
        .collect();
    countries.sort();
    let countries = StoredValue::new(countries);

    view! {
        <form class="rfq-form__fields" novalidate=true on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <fieldset>
                <legend>{move || t!("rfq-products")}</legend>
                <p class="field-error" id="rfq-items-error" tabindex="-1">{error_of("items")}</p>
                <ul class="rfq-items" role="list" id="rfq-items">
                    {move || {
                        let count = item_ids.get().len();
                        let items = draft.with_untracked(|d| d.items.clone());
                        items.into_iter().enumerate().map(|(i, item)| {
                            let p = products.with_value(|ps| ps.iter().find(|p| p.id == item.product_id).cloned());
                            let field = format!("items.{i}.quantity");
                            let id = element_id(&field);
                            let err_id = format!("{id}-error");
                            let field_for_error = field.clone();
                            let error = move || errors.with(|e| e.iter().find(|x| x.field == field_for_error).map(|x| field_error_text("quantity", &x.code)));
                            let can_remove = count > 1;
                            view! {
                                <li class="rfq-item">
                                    {p.clone().map(|p| view! {
                                        <div class="rfq-item__product">
                                            <a href=AppRoute::Product(p.id).path() lang=p.name.lang.clone() dir="auto">{p.name.text.clone()}</a>
                                            <span class="muted"><bdi>{p.supplier.name.clone()}</bdi>" · "{t!("rfq-moq", quantity = labels::quantity(p.unit, p.minimum_order.moq))}</span>
                                        </div>
                                    })}
                                    <div class="rfq-item__qty">
                                        <label for=id.clone()>{t!("rfq-quantity")}</label>
                                        <input
                                            id=id.clone()
                                            type="text"
                                            inputmode="numeric"
                                            autocomplete="off"
                                            prop:value=move || draft.with(|d| d.items.get(i).map(|x| x.quantity.clone()).unwrap_or_default())
                                            on:input=move |ev| {
                                                let v = event_target_value(&ev);
                                                draft.update(|d| if let Some(it) = d.items.get_mut(i) { it.quantity = v });
                                            }
                                            aria-invalid=invalid(field.clone())
                                            aria-describedby=err_id.clone()
                                        />
                                        {p.map(|p| view! { <span class="muted">{labels::per_unit(p.unit)}</span> })}
                                    </div>
                                    {can_remove.then(|| view! {
                                        <button type="button" class="link-button" on:click=move |_| draft.update(|d| { if i < d.items.len() { d.items.remove(i); } })>
                                            {t!("rfq-remove-product")}
                                        </button>
                                    })}
                                    <p class="field-error" id=err_id>{error}</p>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </fieldset>

            {single.then(|| view! {
                <fieldset class="rfq-suppliers">
                    <legend>{move || t!("rfq-suppliers")}</legend>
                    <p class="note">{move || t!("rfq-suppliers-note")}</p>
                    <Transition fallback=move || view! { <p class="muted" role="status">{t!("loading")}</p> }>
                        {move || Suspend::new(async move {
                            match others.await {
                                Ok(list) if list.is_empty() => view! { <p class="muted">{t!("rfq-suppliers-none")}</p> }.into_any(),
                                Ok(list) => view! {
                                    <ul class="rfq-suppliers__list" role="list">
                                        {list.into_iter().map(|s| {
                                            let id = format!("rfq-supplier-{}", s.id);
                                            let sid = s.id;
                                            view! {
                                                <li>
                                                    <input
                                                        type="checkbox"
                                                        id=id.clone()
                                                        prop:checked=move || draft.with(|d| d.extra_supplier_ids.contains(&sid))
                                                        on:change=move |ev| {
                                                            let on = event_target_checked(&ev);
                                                            draft.update(|d| {
                                                                d.extra_supplier_ids.retain(|x| *x != sid);
                                                                if on { d.extra_supplier_ids.push(sid); }
                                                            });
                                                        }
                                                    />
                                                    <label for=id><bdi>{s.name.clone()}</bdi>" "<span class="muted">"("{format::country(&s.country)}")"</span></label>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                }.into_any(),
                                Err(e) => view! { <ErrorPanel error=e on_retry=move |_| others.refetch()/> }.into_any(),
                            }
                        })}
                    </Transition>
                    <p class="field-error" id="rfq-supplier-ids-error" tabindex="-1">{error_of("supplier_ids")}</p>
                </fieldset>
            })}

            <div class="form-grid">
                <div class="form-field">
                    <label for="rfq-target-price">{move || t!("rfq-target-price")}</label>
                    <div class="rfq-money">
                        <input
                            id="rfq-target-price"
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            prop:value=move || draft.with(|d| d.target_price.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.target_price = v); }
                            aria-invalid=invalid("target_price".into())
                            aria-describedby="rfq-target-price-hint rfq-target-price-error"
                        />
                        <select
                            id="rfq-target-currency"
                            aria-label=move || t!("rfq-target-currency")
                            on:change=move |ev| {
                                if let Some(c) = Currency::from_code(&event_target_value(&ev)) { draft.update(|d| d.target_currency = c); }
                            }
                        >
                            {Currency::ALL.iter().map(|c| {
                                let c = *c;
                                view! { <option value=c.code() selected=move || draft.with(|d| d.target_currency == c)>{c.code()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <p class="note" id="rfq-target-price-hint">{move || t!("rfq-target-price-hint")}</p>
                    <p class="field-error" id="rfq-target-price-error">{error_of("target_price")}</p>
                </div>

                <div class="form-field">
                    <label for="rfq-destination-country">{move || t!("rfq-destination")}</label>
                    <select
                        id="rfq-destination-country"
                        on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.destination_country = v); }
                        aria-invalid=invalid("destination_country".into())
                        aria-describedby="rfq-destination-country-error"
                    >
                        <option value="" selected=move || draft.with(|d| d.destination_country.is_empty())>{move || t!("rfq-destination-choose")}</option>
                        {move || countries.with_value(|cs| cs.iter().map(|(name, code)| {
                            let code = *code;
                            view! { <option value=code selected=move || draft.with(|d| d.destination_country.eq_ignore_ascii_case(code))>{name.clone()}</option> }
                        }).collect_view())}
                    </select>
                    <p class="field-error" id="rfq-destination-country-error">{error_of("destination_country")}</p>
                </div>

                <div class="form-field">
                    <label for="rfq-incoterm">{move || t!("rfq-incoterm")}</label>
                    <select
                        id="rfq-incoterm"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(i) = Incoterm::ALL.iter().find(|i| i.code() == v) { let i = *i; draft.update(|d| d.incoterm = i); }
                        }
                    >
                        {Incoterm::ALL.iter().map(|i| {
                            let i = *i;
                            view! { <option value=i.code() selected=move || draft.with(|d| d.incoterm == i)>{move || labels::incoterm(i)}</option> }
                        }).collect_view()}
                    </select>
                </div>

                <div class="form-field">
                    <label for="rfq-needed-by">{move || t!("rfq-needed-by")}</label>
                    <input
                        id="rfq-needed-by"
                        type="date"
                        min=today_iso
                        prop:value=move || draft.with(|d| d.needed_by.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.needed_by = v); }
                        aria-invalid=invalid("needed_by".into())
                        aria-describedby="rfq-needed-by-error"
                    />
                    <p class="field-error" id="rfq-needed-by-error">{error_of("needed_by")}</p>
                </div>
            </div>

            <div class="form-field">
                <label for="rfq-message">{move || t!("rfq-message")}</label>
                <textarea
                    id="rfq-message"
                    rows="4"
                    prop:value=move || draft.with(|d| d.message.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.message = v); }
                    aria-invalid=invalid("message".into())
                    aria-describedby="rfq-message-error"
                ></textarea>
                <p class="field-error" id="rfq-message-error">{error_of("message")}</p>
            </div>

            <div class="form-field">
                <label for="rfq-attachment-names">{move || t!("rfq-attachments")}</label>
                <textarea
                    id="rfq-attachment-names"
                    rows="2"
                    prop:value=move || draft.with(|d| d.attachment_names.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.attachment_names = v); }
                    aria-invalid=invalid("attachment_names".into())
                    aria-describedby="rfq-attachments-hint rfq-attachment-names-error"
                ></textarea>
                <p class="note" id="rfq-attachments-hint">{move || t!("rfq-attachments-hint")}</p>
                <p class="field-error" id="rfq-attachment-names-error">{error_of("attachment_names")}</p>
            </div>

            {move || send_error.get().map(|e| view! { <ErrorPanel error=e on_retry=move |_| submit()/> })}
            <p class="note">{move || t!("rfq-draft-kept")}</p>
            <div class="rfq-form__actions">
                <button type="submit" class="button button--primary" disabled=move || sending.get()>
                    {move || if sending.get() { t!("rfq-sending") } else { t!("rfq-send") }}
                </button>
                <button type="button" class="link-button" on:click=move |_| {
                    errors.set(Vec::new());
                    draft.update(|d| { d.items.clear(); d.extra_supplier_ids.clear(); d.target_price.clear(); d.message.clear(); d.attachment_names.clear(); });
                }>{move || t!("rfq-discard")}</button>
            </div>
        </form>
    }
}
