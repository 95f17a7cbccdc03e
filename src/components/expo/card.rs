use leptos::prelude::*;
use tradefair_core::expo::{validate_card, BusinessCard, CardShareRequest, CardStatus, SharedCard};
use tradefair_core::trade::FieldError;

use super::clock::{self, Part};
use crate::api::{self, ApiError};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::t;

/// A card field the buyer may share.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CardField {
    Name,
    Company,
    JobTitle,
    Email,
    Phone,
}

const FIELDS: [CardField; 5] = [
    CardField::Name,
    CardField::Company,
    CardField::JobTitle,
    CardField::Email,
    CardField::Phone,
];

impl CardField {
    fn key(self) -> &'static str {
        match self {
            CardField::Name => "card.name",
            CardField::Company => "card.company",
            CardField::JobTitle => "card.job_title",
            CardField::Email => "card.email",
            CardField::Phone => "card.phone",
        }
    }

    fn id(self) -> &'static str {
        match self {
            CardField::Name => "card-name",
            CardField::Company => "card-company",
            CardField::JobTitle => "card-job-title",
            CardField::Email => "card-email",
            CardField::Phone => "card-phone",
        }
    }

    fn label(self) -> String {
        match self {
            CardField::Name => t!("expo-card-name"),
            CardField::Company => t!("expo-card-company"),
            CardField::JobTitle => t!("expo-card-job-title"),
            CardField::Email => t!("expo-card-email"),
            CardField::Phone => t!("expo-card-phone"),
        }
    }

    fn input_type(self) -> &'static str {
        match self {
            CardField::Email => "email",
            CardField::Phone => "tel",
            _ => "text",
        }
    }

    fn autocomplete(self) -> &'static str {
        match self {
            CardField::Name => "name",
            CardField::Company => "organization",
            CardField::JobTitle => "organization-title",
            CardField::Email => "email",
            CardField::Phone => "tel",
        }
    }

    fn value(self, c: &BusinessCard) -> Option<String> {
        match self {
            CardField::Name => c.name.clone(),
            CardField::Company => c.company.clone(),
            CardField::JobTitle => c.job_title.clone(),
            CardField::Email => c.email.clone(),
            CardField::Phone => c.phone.clone(),
        }
    }
}

/// The message for a refused field.
fn error_text(e: &FieldError) -> String {
    match (e.field.as_str(), e.code.as_str()) {
        ("consent", _) => t!("expo-error-consent"),
        ("card", _) => t!("expo-error-no-fields"),
        ("card.email", "invalid_format") => t!("expo-error-email"),
        ("card.phone", "invalid_format") => t!("expo-error-phone"),
        (_, "too_long") => t!("expo-error-too-long", max = 120),
        _ => t!("expo-error-invalid"),
    }
}

/// Where focus goes for an error on `field`.
fn error_target(field: &str) -> String {
    match field {
        "consent" => "card-consent".into(),
        "card" => "card-share-name".into(),
        f => FIELDS
            .iter()
            .find(|x| x.key() == f)
            .map(|x| x.id().to_string())
            .unwrap_or_else(|| "card-consent".into()),
    }
}

fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Exchange business cards: the buyer picks the fields to share and consents explicitly;
/// nothing is sent without that consent; a shared card can be withdrawn.
#[component]
pub fn CardExchange(
    /// The booth.
    booth_id: u32,
    /// The exhibitor's name.
    exhibitor: String,
) -> impl IntoView {
    let status =
        LocalResource::new(move || async move { api::backend().card_status(booth_id).await });
    // What the buyer typed survives sharing, withdrawing and errors.
    let values: [RwSignal<String>; 5] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let shares: [RwSignal<bool>; 5] = std::array::from_fn(|_| RwSignal::new(false));
    let consent = RwSignal::new(false);
    let errors: RwSignal<Vec<FieldError>> = RwSignal::new(Vec::new());
    let failure: RwSignal<Option<String>> = RwSignal::new(None);
    let notice: RwSignal<Option<String>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let current: RwSignal<Option<SharedCard>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(Ok(CardStatus { shared })) = status.get() {
            current.set(shared);
        }
    });

    let error_for = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|x| x.field == field).map(error_text)))
    };

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let pick = |i: usize| shares[i].get_untracked().then(|| values[i].get_untracked());
        let req = CardShareRequest {
            consent: consent.get_untracked(),
            card: BusinessCard {
                name: pick(0),
                company: pick(1),
                job_title: pick(2),
                email: pick(3),
                phone: pick(4),
                country: None,
            },
        };
        notice.set(None);
        failure.set(None);
        if let Err(e) = validate_card(&req) {
            let first = error_target(&e[0].field);
            errors.set(e);
            focus_id(&first);
            return;
        }
        errors.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = api::backend().share_card(booth_id, &req).await;
            busy.set(false);
            match result {
                Ok(card) => {
                    current.set(Some(card));
                    consent.set(false);
                    notice.set(Some(t!("expo-card-shared-notice")));
                    request_animation_frame(|| focus_id("card-status"));
                }
                Err(ApiError::Validation(e)) if !e.is_empty() => {
                    let first = error_target(&e[0].field);
                    errors.set(e);
                    focus_id(&first);
                }
                Err(e) => failure.set(Some(crate::i18n::tr(e.message_key()))),
            }
        });
    };

    let withdraw = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::backend().withdraw_card(booth_id).await;
            busy.set(false);
            match result {
                Ok(_) => {
                    current.set(None);
                    notice.set(Some(t!("expo-card-withdrawn-notice")));
                    request_animation_frame(|| focus_id("card-status"));
                }
                Err(e) => failure.set(Some(crate::i18n::tr(e.message_key()))),
            }
        });
    };

    let exhibitor_name = StoredValue::new(exhibitor);
    view! {
        <section class="booth-section card-exchange" aria-labelledby="booth-card">
            <h2 id="booth-card">{move || t!("expo-card-title")}</h2>
            <p id="card-status" tabindex="-1" class="card-exchange__status" role="status">{move || notice.get()}</p>
            {move || failure.get().map(|f| view! { <p class="field-error" role="alert">{f}</p> })}
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(1)/> }>
                {move || Suspend::new(async move {
                    match status.await {
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| status.refetch()/> }.into_any(),
                        Ok(_) => view! {
                            <Show
                                when=move || current.with(|c| c.is_some())
                                fallback=move || view! {
                                    <form class="card-form" on:submit=submit novalidate>
                                        <p>{move || t!("expo-card-intro", exhibitor = exhibitor_name.get_value())}</p>
                                        <fieldset>
                                            <legend>{move || t!("expo-card-choose")}</legend>
                                            {FIELDS
                                                .iter()
                                                .enumerate()
                                                .map(|(i, f)| {
                                                    let f = *f;
                                                    let err = error_for(f.key());
                                                    let err_id = format!("{}-error", f.id());
                                                    let share_id = format!("card-share-{}", &f.id()[5..]);
                                                    view! {
                                                        <div class="card-field">
                                                            <label class="check">
                                                                <input type="checkbox" id=share_id
                                                                    prop:checked=move || shares[i].get()
                                                                    on:change=move |ev| shares[i].set(event_target_checked(&ev))/>
                                                                {move || t!("expo-card-share-field", field = f.label())}
                                                            </label>
                                                            <label class="field">
                                                                <span>{move || f.label()}</span>
                                                                <input id=f.id() type=f.input_type() autocomplete=f.autocomplete()
                                                                    maxlength="120"
                                                                    aria-invalid=move || err.get().is_some().to_string()
                                                                    aria-describedby=err_id.clone()
                                                                    prop:value=move || values[i].get()
                                                                    on:input=move |ev| {
                                                                        values[i].set(event_target_value(&ev));
                                                                        if !values[i].with_untracked(|v| v.is_empty()) {
                                                                            shares[i].set(true);
                                                                        }
                                                                    }/>
                                                            </label>
                                                            <p class="field-error" id=err_id>{move || err.get()}</p>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                            <p class="field-error" id="card-fields-error">{move || error_for("card").get()}</p>
                                        </fieldset>
                                        <label class="check consent">
                                            <input type="checkbox" id="card-consent"
                                                aria-describedby="card-consent-error"
                                                aria-invalid=move || error_for("consent").get().is_some().to_string()
                                                prop:checked=move || consent.get()
                                                on:change=move |ev| consent.set(event_target_checked(&ev))/>
                                            {move || t!("expo-card-consent", exhibitor = exhibitor_name.get_value())}
                                        </label>
                                        <p class="field-error" id="card-consent-error">{move || error_for("consent").get()}</p>
                                        <button type="submit" class="button button--primary" disabled=move || busy.get()>
                                            {move || t!("expo-card-share")}
                                        </button>
                                    </form>
                                }
                            >
                                {move || current.get().map(|c| {
                                    let shared_at = c.shared_at;
                                    view! {
                                        <div class="card-shared">
                                            <p>{move || t!("expo-card-shared", exhibitor = exhibitor_name.get_value(), time = clock::format(shared_at, None, Part::DayTime))}</p>
                                            <dl class="card-shared__fields" data-testid="shared-card">
                                                {FIELDS
                                                    .iter()
                                                    .filter_map(|f| f.value(&c.card).map(|v| (*f, v)))
                                                    .map(|(f, v)| view! { <div><dt>{move || f.label()}</dt><dd>{v}</dd></div> })
                                                    .collect_view()}
                                            </dl>
                                            <button type="button" class="button" on:click=withdraw disabled=move || busy.get()>
                                                {move || t!("expo-card-withdraw")}
                                            </button>
                                        </div>
                                    }
                                })}
                            </Show>
                        }
                            .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
