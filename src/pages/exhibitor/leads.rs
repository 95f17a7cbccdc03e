//! The Leads tab: every buyer who shared a card, booked a meeting, asked a question or sent
//! an RFQ, with what they did and when; status and notes per lead; filters; CSV export.

mod filter;

use leptos::prelude::*;
use tradefair_core::exhibitor::{
    leads_csv, leads_csv_file_name, Lead, LeadActivity, LeadStatus, LeadUpdate,
};
use tradefair_core::trade::FieldError;

use self::filter::{status_from_slug, ActivityKind, LeadFilter};
use super::on_console_error;
use crate::api::{self, ApiError};
use crate::components::expo::clock::{self, Part};
use crate::components::ui::ErrorPanel;
use crate::i18n::{self, format, tr};
use crate::routes::AppRoute;
use crate::state::auth::use_auth;
use crate::t;

/// A lead status in the exhibitor's language.
fn status_label(s: LeadStatus) -> String {
    match s {
        LeadStatus::New => tr("leads-status-new"),
        LeadStatus::Contacted => tr("leads-status-contacted"),
        LeadStatus::Qualified => tr("leads-status-qualified"),
        LeadStatus::Won => tr("leads-status-won"),
        LeadStatus::Lost => tr("leads-status-lost"),
    }
}

/// An activity kind in the exhibitor's language (the filter's options).
fn kind_label(k: ActivityKind) -> String {
    match k {
        ActivityKind::CardShared => tr("leads-kind-card"),
        ActivityKind::MeetingBooked => tr("leads-kind-meeting"),
        ActivityKind::QuestionAsked => tr("leads-kind-question"),
        ActivityKind::RfqSent => tr("leads-kind-rfq"),
        ActivityKind::Watched => tr("leads-kind-watched"),
        ActivityKind::BrochureDownloaded => tr("leads-kind-brochure"),
    }
}

/// `/exhibitor/leads`: the booth's leads.
#[component]
pub fn LeadsTab(
    /// The signed-in exhibitor's booth.
    booth_id: u32,
) -> impl IntoView {
    let auth = use_auth();
    let leads = LocalResource::new(move || async move { api::backend().leads(booth_id).await });
    view! {
        <section class="leads" aria-labelledby="leads-title">
            <h2 id="leads-title">{move || t!("leads-title")}</h2>
            <p class="leads__intro">{move || t!("leads-intro")}</p>
            <Transition fallback=|| view! { <LeadsSkeleton/> }>
                {move || Suspend::new(async move {
                    match leads.await {
                        Ok(list) => view! { <LeadsList leads=list booth_id=booth_id/> }.into_any(),
                        Err(e) => {
                            on_console_error(auth, &e);
                            view! { <ErrorPanel error=e on_retry=move |_| leads.refetch()/> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}

/// Lead cards in outline while the list loads.
#[component]
fn LeadsSkeleton() -> impl IntoView {
    view! {
        <div class="skeleton-region" aria-busy="true" role="status">
            <span class="visually-hidden">{move || t!("loading")}</span>
            {(0..3)
                .map(|_| {
                    view! {
                        <div class="lead-card lead-card--skeleton">
                            <div class="skeleton skeleton--title"></div>
                            <div class="skeleton skeleton--line"></div>
                            <div class="skeleton skeleton--line skeleton--short"></div>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The loaded leads with the filters and the export.
#[component]
fn LeadsList(
    /// As loaded, most recent activity first.
    leads: Vec<Lead>,
    /// The booth they belong to.
    booth_id: u32,
) -> impl IntoView {
    let all = RwSignal::new(leads);
    let filter = RwSignal::new(LeadFilter::default());
    let shown = Memo::new(move |_| filter.with(|f| all.with(|l| f.apply(l))));

    let on_saved = Callback::new(move |lead: Lead| {
        all.update(|list| {
            if let Some(slot) = list.iter_mut().find(|l| l.id == lead.id) {
                *slot = lead;
            }
        });
    });
    let export = move |_| {
        let text = shown.with_untracked(|l| leads_csv(l));
        clock::download(
            &leads_csv_file_name(booth_id, clock::now().date()),
            "text/csv;charset=utf-8",
            &text,
        );
    };

    view! {
        <Show
            when=move || all.with(|l| !l.is_empty())
            fallback=move || view! {
                <div class="empty-state">
                    <p>{move || t!("leads-empty")}</p>
                    <a href=AppRoute::Booth(booth_id).path()>{move || t!("console-view-booth")}</a>
                </div>
            }
        >
            <form class="leads__filters" role="search" aria-label=move || t!("leads-filters") on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="leads-filter-text">{move || t!("leads-filter-text")}</label>
                    <input
                        id="leads-filter-text"
                        type="search"
                        autocomplete="off"
                        prop:value=move || filter.with(|f| f.text.clone())
                        on:input=move |ev| filter.update(|f| f.text = event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="leads-filter-status">{move || t!("leads-filter-status")}</label>
                    <select
                        id="leads-filter-status"
                        on:change=move |ev| filter.update(|f| f.status = status_from_slug(&event_target_value(&ev)))
                    >
                        <option value="" selected=move || filter.with(|f| f.status.is_none())>{move || t!("leads-filter-any")}</option>
                        {LeadStatus::ALL
                            .into_iter()
                            .map(|s| view! {
                                <option value=s.slug() selected=move || filter.with(|f| f.status == Some(s))>{move || status_label(s)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="leads-filter-kind">{move || t!("leads-filter-kind")}</label>
                    <select
                        id="leads-filter-kind"
                        on:change=move |ev| filter.update(|f| f.kind = ActivityKind::from_slug(&event_target_value(&ev)))
                    >
                        <option value="" selected=move || filter.with(|f| f.kind.is_none())>{move || t!("leads-filter-any")}</option>
                        {ActivityKind::ALL
                            .into_iter()
                            .map(|k| view! {
                                <option value=k.slug() selected=move || filter.with(|f| f.kind == Some(k))>{move || kind_label(k)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </form>
            <div class="leads__bar">
                <p class="leads__count" role="status">
                    {move || t!("leads-count", shown = shown.with(Vec::len), total = all.with(Vec::len))}
                </p>
                <div class="leads__actions">
                    {move || (!filter.with(LeadFilter::is_empty)).then(|| view! {
                        <button type="button" class="button" on:click=move |_| filter.set(LeadFilter::default())>
                            {move || t!("leads-clear-filters")}
                        </button>
                    })}
                    <button type="button" class="button" on:click=export disabled=move || shown.with(Vec::is_empty)>
                        {move || t!("leads-export")}
                    </button>
                </div>
            </div>
            <Show
                when=move || shown.with(|l| !l.is_empty())
                fallback=move || view! {
                    <div class="empty-state">
                        <p>{move || t!("leads-no-match")}</p>
                    </div>
                }
            >
                <ul class="leads__list">
                    <For each=move || shown.get() key=|l| l.id.clone() let:lead>
                        <li><LeadCard lead=lead booth_id=booth_id on_saved=on_saved/></li>
                    </For>
                </ul>
            </Show>
        </Show>
    }
}

/// One lead: who, what they did and when, and the exhibitor's status and notes.
#[component]
fn LeadCard(
    /// The lead as last loaded or saved.
    lead: Lead,
    /// The booth it belongs to.
    booth_id: u32,
    /// Called with the lead as saved.
    on_saved: Callback<Lead>,
) -> impl IntoView {
    let auth = use_auth();
    // Ids are unique on the page whatever the lead id holds.
    let key: String = lead
        .id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let title_id = format!("lead-{key}-name");
    let labelled_by = title_id.clone();
    let status_id = format!("lead-{key}-status");
    let notes_id = format!("lead-{key}-notes");
    let notes_error_id = format!("lead-{key}-notes-error");
    let lead_id = lead.id.clone();

    let status = RwSignal::new(lead.status);
    let notes = RwSignal::new(lead.notes.clone());
    let saving = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let notes_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<&'static str>);

    let save = {
        let notes_id = notes_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if saving.get_untracked() {
                return;
            }
            saving.set(true);
            saved.set(false);
            notes_error.set(None);
            form_error.set(None);
            let update = LeadUpdate {
                status: status.get_untracked(),
                notes: notes.get_untracked(),
            };
            let lead_id = lead_id.clone();
            let notes_id = notes_id.clone();
            leptos::task::spawn_local(async move {
                let answer = api::backend()
                    .update_lead(booth_id, &lead_id, &update)
                    .await;
                saving.set(false);
                match answer {
                    Ok(lead) => {
                        // What was typed stays as typed unless the backend normalised it.
                        status.set(lead.status);
                        if notes.get_untracked() != lead.notes {
                            notes.set(lead.notes.clone());
                        }
                        saved.set(true);
                        on_saved.run(lead);
                    }
                    Err(ApiError::Validation(fields)) => {
                        match fields.iter().find(|f| f.field == "notes") {
                            Some(FieldError { code, .. }) if code == "too_long" => {
                                notes_error.set(Some(t!(
                                    "leads-notes-too-long",
                                    max = tradefair_core::exhibitor::MAX_NOTES_CHARS
                                )))
                            }
                            Some(_) => notes_error.set(Some(t!("leads-notes-invalid"))),
                            None => form_error.set(Some("error-validation")),
                        }
                        if notes_error.with_untracked(Option::is_some) {
                            focus_id(&notes_id);
                        }
                    }
                    Err(e) => {
                        on_console_error(auth, &e);
                        form_error.set(Some(e.message_key()));
                    }
                }
            });
        }
    };

    let name = lead.name.clone();
    let company = lead.company.clone().filter(|c| !c.trim().is_empty());
    let country = lead.country.clone().filter(|c| !c.trim().is_empty());
    let email = lead.email.clone().filter(|c| !c.trim().is_empty());
    let phone = lead.phone.clone().filter(|c| !c.trim().is_empty());
    let consent = lead.consent;
    let activities = lead.activities.clone();

    view! {
        <article class="lead-card" aria-labelledby=labelled_by>
            <header class="lead-card__head">
                <h3 id=title_id dir="auto">
                    {if name.trim().is_empty() {
                        view! { <span class="lead-card__unnamed">{move || t!("leads-unnamed")}</span> }.into_any()
                    } else {
                        view! { <bdi>{name}</bdi> }.into_any()
                    }}
                </h3>
                {if consent {
                    view! { <span class="badge badge--consent">{move || t!("leads-consent-yes")}</span> }.into_any()
                } else {
                    view! { <span class="badge badge--no-consent">{move || t!("leads-consent-no")}</span> }.into_any()
                }}
            </header>
            <dl class="lead-card__who">
                {company.map(|c| view! { <dt>{move || t!("leads-company")}</dt><dd dir="auto"><bdi>{c}</bdi></dd> })}
                {country.map(|c| view! { <dt>{move || t!("leads-country")}</dt><dd>{move || format::country(&c)}</dd> })}
                {email.map(|e| view! { <dt>{move || t!("leads-email")}</dt><dd dir="ltr"><bdi>{e}</bdi></dd> })}
                {phone.map(|p| view! { <dt>{move || t!("leads-phone")}</dt><dd dir="ltr"><bdi>{p}</bdi></dd> })}
            </dl>
            <h4 class="lead-card__subtitle">{move || t!("leads-activities")}</h4>
            <ol class="lead-card__activities">
                {activities.into_iter().rev().map(|a| view! { <Activity activity=a/> }).collect_view()}
            </ol>
            {(!consent).then(|| view! { <p class="lead-card__consent-note">{move || t!("leads-consent-note")}</p> })}
            <form class="lead-card__edit" on:submit=save novalidate>
                <div class="field">
                    <label for=status_id.clone()>{move || t!("leads-status")}</label>
                    <select
                        id=status_id
                        on:change=move |ev| {
                            if let Some(s) = status_from_slug(&event_target_value(&ev)) {
                                status.set(s);
                                saved.set(false);
                            }
                        }
                    >
                        {LeadStatus::ALL
                            .into_iter()
                            .map(|s| view! {
                                <option value=s.slug() selected=move || status.get() == s>{move || status_label(s)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field" class:field--invalid=move || notes_error.with(Option::is_some)>
                    <label for=notes_id.clone()>{move || t!("leads-notes")}</label>
                    <textarea
                        id=notes_id.clone()
                        rows="3"
                        dir="auto"
                        aria-invalid=move || notes_error.with(Option::is_some).then_some("true")
                        aria-describedby=notes_error_id.clone()
                        prop:value=move || notes.get()
                        on:input=move |ev| {
                            notes.set(event_target_value(&ev));
                            saved.set(false);
                        }
                    ></textarea>
                    <p class="field-error" id=notes_error_id aria-live="polite">{move || notes_error.get()}</p>
                </div>
                <div class="lead-card__save">
                    <button type="submit" class="button button--primary" aria-busy=move || saving.get().then_some("true")>
                        {move || if saving.get() { t!("leads-saving") } else { t!("leads-save") }}
                    </button>
                    <p class="lead-card__saved" role="status">{move || saved.get().then(|| t!("leads-saved"))}</p>
                </div>
                <p class="field-error" role="alert">{move || form_error.get().map(tr)}</p>
            </form>
        </article>
    }
}

/// Focuses the element `id` once the current render is on screen.
fn focus_id(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// One thing a lead did, in words, with when.
#[component]
fn Activity(
    /// What happened.
    activity: LeadActivity,
) -> impl IntoView {
    let at = LeadActivity::at(&activity);
    let words = match activity {
        LeadActivity::CardShared { .. } => view! { {move || t!("leads-activity-card")} }.into_any(),
        LeadActivity::MeetingBooked { start, .. } => view! {
            {move || t!("leads-activity-meeting", time = clock::format(start, None, Part::DayTime))}
        }
        .into_any(),
        LeadActivity::QuestionAsked { text, .. } => view! {
            {move || t!("leads-activity-question")} " " <q dir="auto">{text}</q>
        }
        .into_any(),
        LeadActivity::RfqSent {
            product_id,
            quantity,
            ..
        } => view! { <RfqWords product_id=product_id quantity=quantity/> }.into_any(),
        LeadActivity::Watched { minutes, .. } => {
            view! { {move || t!("leads-activity-watched", minutes = minutes)} }.into_any()
        }
        LeadActivity::BrochureDownloaded { file_name, .. } => view! {
            {move || t!("leads-activity-brochure")} " " <bdi class="lead-card__file">{file_name}</bdi>
        }
        .into_any(),
    };
    view! {
        <li class="lead-activity">
            <time class="lead-activity__when" datetime=at.to_iso()>{move || clock::format(at, None, Part::DayTime)}</time>
            <span class="lead-activity__what">{words}</span>
        </li>
    }
}

/// "Sent an RFQ for 500 × <product name>", the name loaded in the exhibitor's language.
#[component]
fn RfqWords(
    /// The product asked for.
    product_id: u32,
    /// How many.
    quantity: u32,
) -> impl IntoView {
    let product = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        async move { api::backend().product(product_id, locale).await }
    });
    let name = move || {
        product
            .get()
            .and_then(|r| r.ok())
            .map(|p| p.name.text)
            .unwrap_or_else(|| t!("leads-product-fallback", id = product_id))
    };
    view! {
        {move || t!("leads-activity-rfq", quantity = quantity)}
        " "
        <a href=AppRoute::Product(product_id).path() dir="auto">{name}</a>
    }
}
