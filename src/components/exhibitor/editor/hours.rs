use leptos::prelude::*;
use tradefair_core::exhibitor_form::{ProfileDraft, SLOT_LENGTHS};

use super::{field_id, EditorErrors};
use crate::t;

/// Working hours (Monday to Friday, in the exhibitor's time zone) and the length of the
/// meeting slots buyers can book inside them.
#[component]
pub fn MeetingHours(
    /// The editor's draft.
    draft: RwSignal<ProfileDraft>,
    /// The editor's errors.
    errors: EditorErrors,
) -> impl IntoView {
    let start_id = field_id("working_hours.start_min");
    let end_id = field_id("working_hours.end_min");
    let slot_id = field_id("slot_minutes");
    let start_error = format!("{start_id}-error");
    let end_error = format!("{end_id}-error");
    let slot_error = format!("{slot_id}-error");
    view! {
        <section class="panel editor-section" aria-labelledby="editor-hours-title">
            <h3 id="editor-hours-title">{move || t!("editor-hours-title")}</h3>
            <p class="note">{move || t!("editor-hours-note", zone = draft.with(|d| d.profile.time_zone.clone()))}</p>
            <div class="form-grid">
                <div class="form-field">
                    <label for=start_id.clone()>{move || t!("editor-hours-start")}</label>
                    <input
                        id=start_id
                        type="time"
                        prop:value=move || draft.with(|d| d.hours_start.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.hours_start = v); }
                        aria-invalid=move || errors.invalid("working_hours.start_min")
                        aria-describedby=start_error.clone()
                    />
                    <p class="field-error" id=start_error>{move || errors.text("working_hours.start_min")}</p>
                </div>
                <div class="form-field">
                    <label for=end_id.clone()>{move || t!("editor-hours-end")}</label>
                    <input
                        id=end_id
                        type="time"
                        prop:value=move || draft.with(|d| d.hours_end.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.hours_end = v); }
                        aria-invalid=move || errors.invalid("working_hours.end_min").or(errors.invalid("working_hours"))
                        aria-describedby=end_error.clone()
                    />
                    <p class="field-error" id=end_error>
                        {move || errors.text("working_hours.end_min").or_else(|| errors.text("working_hours"))}
                    </p>
                </div>
                <div class="form-field">
                    <label for=slot_id.clone()>{move || t!("editor-slot-length")}</label>
                    <select
                        id=slot_id
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<u32>() {
                                draft.update(|d| d.profile.slot_minutes = v);
                            }
                        }
                        aria-invalid=move || errors.invalid("slot_minutes")
                        aria-describedby=slot_error.clone()
                    >
                        {SLOT_LENGTHS.iter().map(|m| {
                            let m = *m;
                            view! { <option value=m.to_string() selected=move || draft.with(|d| d.profile.slot_minutes == m)>{move || t!("editor-minutes", count = m)}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field-error" id=slot_error>{move || errors.text("slot_minutes")}</p>
                </div>
            </div>
        </section>
    }
}
