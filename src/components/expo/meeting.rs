use leptos::prelude::*;
use tradefair_core::expo::{Meeting, MeetingRequest, MeetingSlot, MeetingSlots};
use tradefair_core::expo_ics::{calendar, CalendarEvent};
use tradefair_core::time::{Date, Timestamp};

use super::clock::{self, Part};
use super::SessionTime;
use crate::api::{self, ApiError};
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::t;

/// Downloads the meeting as an `.ics` file.
fn download_meeting(m: &Meeting) {
    let url = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|o| format!("{o}{}", crate::routes::AppRoute::Booth(m.booth_id).path()));
    let event = CalendarEvent {
        uid: format!("{}@tradefair", m.id),
        start: m.start,
        end: m.end,
        summary: t!("expo-ics-meeting", exhibitor = m.exhibitor.clone()),
        description: m.note.clone(),
        url,
    };
    clock::download(
        &format!("tradefair-{}.ics", m.id),
        "text/calendar",
        &calendar(&[event], clock::now()),
    );
}

/// Slots grouped by the buyer's local day.
fn by_day(slots: &[MeetingSlot]) -> Vec<(Date, Vec<MeetingSlot>)> {
    let mut out: Vec<(Date, Vec<MeetingSlot>)> = Vec::new();
    for s in slots {
        let d = tradefair_core::expo_tz::local_at(s.start, clock::buyer_offset_min(s.start)).0;
        match out.last_mut() {
            Some((day, list)) if *day == d => list.push(s.clone()),
            _ => out.push((d, vec![s.clone()])),
        }
    }
    out
}

/// Book a meeting: the exhibitor's free slots in both zones, times when both sides are in
/// working hours marked, and a confirmation with a calendar file.
#[component]
pub fn MeetingBooking(
    /// The booth.
    booth_id: u32,
    /// The exhibitor's name.
    exhibitor: String,
) -> impl IntoView {
    let slots =
        LocalResource::new(move || async move { api::backend().meeting_slots(booth_id).await });
    let booked: RwSignal<Option<Meeting>> = RwSignal::new(None);
    let chosen: RwSignal<Option<Timestamp>> = RwSignal::new(None);
    let only_both = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let confirm_ref = NodeRef::<leptos::html::H3>::new();
    let error_ref = NodeRef::<leptos::html::P>::new();
    let exhibitor_name = exhibitor.clone();

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(start) = chosen.get_untracked() else {
            error.set(Some(t!("expo-error-choose-slot")));
            if let Some(p) = error_ref.get_untracked() {
                let _ = p.focus();
            }
            return;
        };
        if note.with_untracked(|n| n.chars().count() > 500) {
            error.set(Some(t!("expo-error-too-long", max = 500)));
            return;
        }
        let req = MeetingRequest {
            start,
            buyer_time_zone: clock::buyer_zone(),
            note: note.get_untracked(),
        };
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = api::backend().book_meeting(booth_id, &req).await;
            busy.set(false);
            match result {
                Ok(m) => {
                    booked.set(Some(m));
                    chosen.set(None);
                    note.set(String::new());
                    slots.refetch();
                    request_animation_frame(move || {
                        if let Some(h) = confirm_ref.get_untracked() {
                            let _ = h.focus();
                        }
                    });
                }
                Err(e) => {
                    let msg = match &e {
                        ApiError::Conflict(_) => {
                            slots.refetch();
                            t!("expo-error-slot-taken")
                        }
                        other => crate::i18n::tr(other.message_key()),
                    };
                    error.set(Some(msg));
                    if let Some(p) = error_ref.get_untracked() {
                        let _ = p.focus();
                    }
                }
            }
        });
    };

    view! {
        <section class="booth-section meeting" aria-labelledby="booth-meeting">
            <h2 id="booth-meeting">{move || t!("expo-meeting-title")}</h2>
            <p>{move || t!("expo-meeting-intro", exhibitor = exhibitor_name.clone())}</p>
            {move || booked.get().map(|m| {
                let for_ics = m.clone();
                view! {
                    <div class="meeting__confirmation" role="status">
                        <h3 tabindex="-1" node_ref=confirm_ref>{move || t!("expo-meeting-booked")}</h3>
                        <SessionTime start=m.start end=m.end exhibitor_zone=m.exhibitor_time_zone.clone()/>
                        <button type="button" class="button" on:click=move |_| download_meeting(&for_ics)>
                            {move || t!("expo-add-to-calendar")}
                        </button>
                    </div>
                }
            })}
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Cards(2)/> }>
                {move || Suspend::new(async move {
                    match slots.await {
                        Ok(s) if s.slots.is_empty() => view! { <p class="empty">{move || t!("expo-no-slots")}</p> }.into_any(),
                        Ok(s) => view! { <SlotPicker slots=s chosen only_both/> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| slots.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
            <form class="meeting__form" on:submit=submit novalidate>
                <label class="field">
                    <span>{move || t!("expo-meeting-note")}</span>
                    <textarea maxlength="500" rows="2"
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </label>
                <p class="field-error" role="alert" tabindex="-1" node_ref=error_ref>{move || error.get()}</p>
                <button type="submit" class="button button--primary" disabled=move || busy.get()>
                    {move || if busy.get() { t!("expo-booking") } else { t!("expo-book") }}
                </button>
            </form>
        </section>
    }
}

/// The free slots as radio buttons, grouped by the buyer's day.
#[component]
fn SlotPicker(
    /// The exhibitor's free slots.
    slots: MeetingSlots,
    /// The chosen slot's start.
    chosen: RwSignal<Option<Timestamp>>,
    /// Whether to list only times when both sides are in working hours.
    only_both: RwSignal<bool>,
) -> impl IntoView {
    let hours = slots.working_hours;
    let zone = slots.time_zone.clone();
    let days = by_day(&slots.slots);
    view! {
        <p class="meeting__zones">
            {
                let zone = zone.clone();
                move || t!("expo-meeting-zones", buyer = clock::buyer_zone(), exhibitor = zone.clone())
            }
        </p>
        <label class="check">
            <input type="checkbox" prop:checked=move || only_both.get()
                on:change=move |ev| only_both.set(event_target_checked(&ev))/>
            {move || t!("expo-only-both-working")}
        </label>
        <div class="slot-days">
            {days
                .into_iter()
                .map(|(d, list)| {
                    let first = list[0].start;
                    let zone = zone.clone();
                    let any_both = list.iter().any(|s| s.both_working(hours, clock::buyer_offset_min(s.start)));
                    view! {
                        <fieldset class="slot-day" hidden=move || only_both.get() && !any_both data-day=d.to_iso()>
                            <legend>{move || clock::format(first, None, Part::Day)}</legend>
                            <div class="slot-grid">
                                {list
                                    .into_iter()
                                    .map(|s| {
                                        let both = s.both_working(hours, clock::buyer_offset_min(s.start));
                                        let start = s.start;
                                        let zone = zone.clone();
                                        view! {
                                            <label class="slot" class:slot--both=both hidden=move || only_both.get() && !both
                                                data-start=start.to_iso()>
                                                <input type="radio" name="meeting-slot"
                                                    prop:checked=move || chosen.get() == Some(start)
                                                    on:change=move |_| chosen.set(Some(start))/>
                                                <span class="slot__buyer">{move || clock::format(start, None, Part::Time)}</span>
                                                <span class="slot__exhibitor">
                                                    {move || t!("expo-slot-exhibitor", time = clock::format(start, Some(&zone), Part::DayTime))}
                                                </span>
                                                {both.then(|| view! { <span class="slot__both">{move || t!("expo-both-working")}</span> })}
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </fieldset>
                    }
                })
                .collect_view()}
        </div>
    }
}
