use leptos::prelude::*;
use tradefair_core::exhibitor::{session_times, PlannedSession};
use tradefair_core::exhibitor_form::{
    parse_hhmm, utc_offset_label, ProfileDraft, SessionDraft, SESSION_DURATIONS,
};
use tradefair_core::expo::SessionKind;
use tradefair_core::expo_tz::Zone;
use tradefair_core::time::{Date, Timestamp};
use tradefair_core::wire::ProductSummary;

use super::{field_id, focus, EditorErrors};
use crate::components::expo::clock::{self, Part};
use crate::components::expo::labels;
use crate::components::quotes::today;
use crate::t;

const KINDS: [SessionKind; 4] = [
    SessionKind::ProductLaunch,
    SessionKind::FactoryTour,
    SessionKind::LiveDemo,
    SessionKind::QAndA,
];

fn kind_slug(k: SessionKind) -> &'static str {
    match k {
        SessionKind::ProductLaunch => "product-launch",
        SessionKind::FactoryTour => "factory-tour",
        SessionKind::LiveDemo => "live-demo",
        SessionKind::QAndA => "q-and-a",
    }
}

/// When a typed session starts in UTC, if its date and time are complete.
fn start_of(s: &SessionDraft, zone: &Zone) -> Option<Timestamp> {
    let planned = PlannedSession {
        kind: s.kind,
        product_id: s.product_id.unwrap_or_default(),
        date: Date::parse_iso(s.date.trim())?.to_iso(),
        start_min: parse_hhmm(&s.start)?,
        duration_min: s.duration_min,
    };
    session_times(&planned, zone).map(|(start, _)| start)
}

/// The booth's planned sessions, entered in the exhibitor's own time zone: kind, product,
/// local date, local start and length per row, with the zone's UTC offset on that date and
/// the start as buyers see it (in UTC and in the viewer's own zone).
#[component]
pub fn SessionSchedule(
    /// The editor's draft.
    draft: RwSignal<ProfileDraft>,
    /// The editor's errors.
    errors: EditorErrors,
    /// The exhibitor's products.
    products: Vec<ProductSummary>,
) -> impl IntoView {
    let products = StoredValue::new(products);
    let zone_id = Memo::new(move |_| draft.with(|d| d.profile.time_zone.clone()));
    let zone = Memo::new(move |_| Zone::by_id(&zone_id.get()));
    let count = Memo::new(move |_| draft.with(|d| d.sessions.len()));
    let viewer_zone = clock::buyer_zone();

    let add = move || {
        draft.update(|d| d.sessions.push(SessionDraft::new(today().plus_days(1))));
        let i = draft.with_untracked(|d| d.sessions.len()) - 1;
        let id = field_id(&format!("sessions.{i}.kind"));
        request_animation_frame(move || focus(&id));
    };

    view! {
        <section class="panel editor-section" aria-labelledby="editor-sessions-title">
            <h3 id="editor-sessions-title">{move || t!("editor-sessions-title")}</h3>
            <p class="note">{move || t!("editor-sessions-zone", zone = zone_id.get())}</p>
            <p class="field-error" id="editor-time-zone-error" tabindex="-1">{move || errors.text("time_zone")}</p>
            {move || {
                let n = count.get();
                if n == 0 {
                    return view! { <p class="empty-state">{t!("editor-sessions-empty")}</p> }.into_any();
                }
                view! {
                    <ol class="editor-sessions">
                        {(0..n).map(|i| {
                            let f = move |leaf: &str| format!("sessions.{i}.{leaf}");
                            let row = i + 1;
                            let kind_id = field_id(&f("kind"));
                            let product_field = f("product_id");
                            let date_field = f("date");
                            let start_field = f("start_min");
                            let duration_field = f("duration_min");
                            let (pf, df, sf, uf) = (product_field.clone(), date_field.clone(), start_field.clone(), duration_field.clone());
                            let (pf2, df2, sf2, uf2) = (product_field.clone(), date_field.clone(), start_field.clone(), duration_field.clone());
                            let row_draft = move || draft.with(|d| d.sessions.get(i).cloned());
                            let start = Memo::new(move |_| {
                                let z = zone.get()?;
                                draft.with(|d| d.sessions.get(i).and_then(|s| start_of(s, &z)))
                            });
                            let viewer_zone = viewer_zone.clone();
                            view! {
                                <li class="editor-session" aria-label=move || t!("editor-session-row", row = row)>
                                    <div class="form-grid">
                                        <div class="form-field">
                                            <label for=kind_id.clone()>{move || t!("editor-session-kind")}</label>
                                            <select
                                                id=kind_id
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    if let Some(k) = KINDS.iter().find(|k| kind_slug(**k) == v) {
                                                        let k = *k;
                                                        draft.update(|d| if let Some(s) = d.sessions.get_mut(i) { s.kind = k });
                                                    }
                                                }
                                            >
                                                {KINDS.iter().map(|k| {
                                                    let k = *k;
                                                    view! { <option value=kind_slug(k) selected=move || row_draft().is_some_and(|s| s.kind == k)>{move || labels::session_kind(k)}</option> }
                                                }).collect_view()}
                                            </select>
                                        </div>
                                        <div class="form-field">
                                            <label for=field_id(&product_field)>{move || t!("editor-session-product")}</label>
                                            <select
                                                id=field_id(&product_field)
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev).parse::<u32>().ok();
                                                    draft.update(|d| if let Some(s) = d.sessions.get_mut(i) { s.product_id = v });
                                                }
                                                aria-invalid=move || errors.invalid(&pf)
                                                aria-describedby=format!("{}-error", field_id(&product_field))
                                            >
                                                <option value="" selected=move || row_draft().is_some_and(|s| s.product_id.is_none())>{move || t!("editor-session-product-pick")}</option>
                                                {products.with_value(|ps| ps.iter().map(|p| {
                                                    let id = p.id;
                                                    view! { <option value=id.to_string() selected=move || row_draft().is_some_and(|s| s.product_id == Some(id))>{p.name.text.clone()}</option> }
                                                }).collect_view())}
                                            </select>
                                            <p class="field-error" id=format!("{}-error", field_id(&product_field))>{move || errors.text(&pf2)}</p>
                                        </div>
                                        <div class="form-field">
                                            <label for=field_id(&date_field)>{move || t!("editor-session-date")}</label>
                                            <input
                                                id=field_id(&date_field)
                                                type="date"
                                                prop:value=move || row_draft().map(|s| s.date).unwrap_or_default()
                                                on:input=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    draft.update(|d| if let Some(s) = d.sessions.get_mut(i) { s.date = v });
                                                }
                                                aria-invalid=move || errors.invalid(&df)
                                                aria-describedby=format!("{}-error", field_id(&date_field))
                                            />
                                            <p class="field-error" id=format!("{}-error", field_id(&date_field))>{move || errors.text(&df2)}</p>
                                        </div>
                                        <div class="form-field">
                                            <label for=field_id(&start_field)>{move || t!("editor-session-start")}</label>
                                            <input
                                                id=field_id(&start_field)
                                                type="time"
                                                prop:value=move || row_draft().map(|s| s.start).unwrap_or_default()
                                                on:input=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    draft.update(|d| if let Some(s) = d.sessions.get_mut(i) { s.start = v });
                                                }
                                                aria-invalid=move || errors.invalid(&sf)
                                                aria-describedby=format!("{0}-error {0}-zone", field_id(&start_field))
                                            />
                                            <p class="field-error" id=format!("{}-error", field_id(&start_field))>{move || errors.text(&sf2)}</p>
                                        </div>
                                        <div class="form-field">
                                            <label for=field_id(&duration_field)>{move || t!("editor-session-duration")}</label>
                                            <select
                                                id=field_id(&duration_field)
                                                on:change=move |ev| {
                                                    if let Ok(v) = event_target_value(&ev).parse::<u32>() {
                                                        draft.update(|d| if let Some(s) = d.sessions.get_mut(i) { s.duration_min = v });
                                                    }
                                                }
                                                aria-invalid=move || errors.invalid(&uf)
                                                aria-describedby=format!("{}-error", field_id(&duration_field))
                                            >
                                                {SESSION_DURATIONS.iter().map(|m| {
                                                    let m = *m;
                                                    view! { <option value=m.to_string() selected=move || row_draft().is_some_and(|s| s.duration_min == m)>{move || t!("editor-minutes", count = m)}</option> }
                                                }).collect_view()}
                                            </select>
                                            <p class="field-error" id=format!("{}-error", field_id(&duration_field))>{move || errors.text(&uf2)}</p>
                                        </div>
                                    </div>
                                    <p class="note editor-session__zone" id=format!("{}-zone", field_id(&start_field))>
                                        {move || match (start.get(), zone.get()) {
                                            (Some(t), Some(z)) => t!(
                                                "editor-session-offset",
                                                zone = z.id,
                                                offset = utc_offset_label(z.offset_min(t))
                                            ),
                                            _ => t!("editor-session-incomplete"),
                                        }}
                                    </p>
                                    {move || start.get().map(|t| {
                                        let viewer_zone = viewer_zone.clone();
                                        view! {
                                            <p class="editor-session__preview" data-testid="session-preview">
                                                <time datetime=t.to_iso()>
                                                    {move || t!(
                                                        "editor-session-preview",
                                                        utc = clock::format(t, Some("UTC"), Part::DayTime),
                                                        local = clock::format(t, None, Part::DayTime),
                                                        viewer_zone = viewer_zone.clone()
                                                    )}
                                                </time>
                                            </p>
                                        }
                                    })}
                                    <button
                                        type="button"
                                        class="link-button"
                                        on:click=move |_| {
                                            errors.0.set(Vec::new());
                                            draft.update(|d| { if i < d.sessions.len() { d.sessions.remove(i); } });
                                            request_animation_frame(|| focus("editor-add-session"));
                                        }
                                    >
                                        {move || t!("editor-session-remove", row = row)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            <button type="button" id="editor-add-session" class="button" on:click=move |_| add()>
                {move || t!("editor-session-add")}
            </button>
        </section>
    }
}
