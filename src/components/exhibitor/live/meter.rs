//! The microphone level meter: Web Audio sampled once per animation frame, or twice a
//! second when the user prefers reduced motion.

use leptos::prelude::*;

use super::studio::Studio;
use crate::media::meter::{prefers_reduced_motion, LevelMeter};
use crate::media::studio::smooth_level;
use crate::t;

/// Milliseconds between two readings shown: every frame normally (about 60 a second,
/// capped at 30), twice a second with reduced motion.
fn update_every_ms(reduced_motion: bool) -> f64 {
    if reduced_motion {
        500.0
    } else {
        33.0
    }
}

/// Reads `meter` on the next frames until the component is gone.
fn schedule(
    meter: StoredValue<Option<LevelMeter>, LocalStorage>,
    level: RwSignal<u8>,
    last: f64,
    every: f64,
) {
    request_animation_frame(move || {
        let Some(reading) = meter.try_with_value(|m| m.as_ref().map(LevelMeter::level)) else {
            return; // the meter is gone: stop
        };
        let now = js_sys::Date::now();
        let mut last = last;
        if now - last >= every {
            last = now;
            let next = reading.unwrap_or(0);
            let Some(current) = level.try_get_untracked() else {
                return;
            };
            let shown = smooth_level(current, next);
            if shown != current {
                level.set(shown);
            }
        }
        schedule(meter, level, last, every);
    });
}

/// The level of the microphone on air, as a `meter` with its value for assistive
/// technology.
#[component]
pub fn MicMeter(
    /// The studio whose microphone is shown.
    studio: Studio,
) -> impl IntoView {
    let level = RwSignal::new(0u8);
    let meter = StoredValue::new_local(None::<LevelMeter>);
    // A new analyser for each new camera stream (the old one closes its audio context).
    Effect::new(move |_| {
        studio.revision.track();
        let next = studio
            .camera_stream()
            .filter(|s| s.get_audio_tracks().length() > 0)
            .and_then(|s| LevelMeter::new(&s).ok());
        meter.set_value(next);
    });
    schedule(meter, level, 0.0, update_every_ms(prefers_reduced_motion()));
    view! {
        <div class="mic-meter">
            <span class="mic-meter__label" id="mic-meter-label">{move || t!("live-mic-level")}</span>
            <div
                class="mic-meter__track"
                role="meter"
                aria-labelledby="mic-meter-label"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || level.get().to_string()
                aria-valuetext=move || t!("live-mic-level-value", level = level.get())
                data-level=move || level.get().to_string()
            >
                <div class="mic-meter__bar" style:inline-size=move || format!("{}%", level.get())></div>
            </div>
        </div>
    }
}
