use leptos::prelude::*;
use tradefair_core::time::Timestamp;

use super::clock::{self, Part};
use crate::t;

/// When something happens, in the buyer's own zone, with the exhibitor's local time as a
/// second line.
#[component]
pub fn SessionTime(
    /// Start.
    start: Timestamp,
    /// End.
    end: Timestamp,
    /// The exhibitor's IANA zone.
    exhibitor_zone: String,
) -> impl IntoView {
    let iso = start.to_iso();
    let zone = exhibitor_zone.clone();
    view! {
        <span class="session-time">
            <time class="session-time__buyer" datetime=iso data-testid="buyer-time">
                {move || t!(
                    "expo-time-range",
                    start = clock::format(start, None, Part::DayTime),
                    end = clock::format(end, None, Part::Time)
                )}
            </time>
            <span class="session-time__exhibitor" data-testid="exhibitor-time">
                {move || t!(
                    "expo-time-exhibitor",
                    time = clock::format(start, Some(&zone), Part::DayTime),
                    zone = zone.clone()
                )}
            </span>
        </span>
    }
}
