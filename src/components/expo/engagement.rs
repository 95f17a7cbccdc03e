//! Engagement reporting on a booth page: how long the buyer watched the live stream and
//! which brochures they opened, sent to the backend only while the buyer has shared a
//! business card with the booth (that is their consent). Without a card nothing is sent,
//! and time watched meanwhile is dropped, not saved for later. Reports are best effort: a
//! failure is logged at debug level and never shown to, or blocks, the buyer.

use leptos::prelude::*;
use tradefair_core::exhibitor::{Engagement, EngagementReport};

use crate::api;

/// Watched time is reported about this often while video plays.
pub const REPORT_EVERY_MS: f64 = 60_000.0;
/// How often the page checks whether a report is due.
const TICK_MS: u64 = 5_000;

/// Playing time not yet reported, from "started/stopped playing" notices.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WatchMeter {
    /// When the current stretch of playing started, if video plays now.
    playing_since: Option<f64>,
    /// Played and not yet reported, in milliseconds.
    unreported_ms: f64,
}

impl WatchMeter {
    /// Video started (`true`) or stopped playing at `now_ms`.
    pub fn set_playing(&mut self, playing: bool, now_ms: f64) {
        match (self.playing_since, playing) {
            (None, true) => self.playing_since = Some(now_ms),
            (Some(since), false) => {
                self.unreported_ms += (now_ms - since).max(0.0);
                self.playing_since = None;
            }
            _ => {}
        }
    }

    /// Everything played up to `now_ms`, not yet reported.
    fn played_ms(&self, now_ms: f64) -> f64 {
        self.unreported_ms + self.playing_since.map_or(0.0, |s| (now_ms - s).max(0.0))
    }

    /// Takes the whole seconds played so far when at least `every_ms` have gathered (the
    /// rest of a second stays for the next report).
    pub fn take_due(&mut self, now_ms: f64, every_ms: f64) -> Option<u32> {
        if self.played_ms(now_ms) < every_ms {
            return None;
        }
        self.take(now_ms)
    }

    /// Takes the whole seconds played so far, if any (when the buyer leaves).
    pub fn take(&mut self, now_ms: f64) -> Option<u32> {
        let played = self.played_ms(now_ms);
        let seconds = (played / 1000.0).floor();
        if seconds < 1.0 {
            return None;
        }
        self.unreported_ms = played - seconds * 1000.0;
        if self.playing_since.is_some() {
            self.playing_since = Some(now_ms);
        }
        Some(seconds.min(f64::from(u32::MAX)) as u32)
    }
}

/// Sends `engagement` for booth `booth_id` if the buyer has shared a card with it (asked
/// afresh each time: the card may have been shared or withdrawn meanwhile, in any tab).
fn send(booth_id: u32, engagement: Engagement) {
    leptos::task::spawn_local(async move {
        let backend = api::backend();
        match backend.card_status(booth_id).await {
            Ok(status) if status.shared.is_some() => {
                let report = EngagementReport { engagement };
                if let Err(e) = backend.report_engagement(booth_id, &report).await {
                    debug(&format!(
                        "engagement report for booth {booth_id} failed: {e}"
                    ));
                }
            }
            Ok(_) => {}
            Err(e) => debug(&format!("card status of booth {booth_id} unknown: {e}")),
        }
    });
}

fn debug(text: &str) {
    web_sys::console::debug_1(&text.into());
}

/// Hooks for a booth page: `(on_playing, on_brochure)`, for the booth's
/// [`crate::components::live::LivePlayer`] and [`super::Brochures`]. Playing time counts
/// only while the booth is `live`; what is left is reported when the page goes away.
pub fn engagement_hooks(booth_id: u32, live: bool) -> (Callback<bool>, Callback<String>) {
    let meter = StoredValue::new(WatchMeter::default());
    let on_playing = Callback::new(move |playing: bool| {
        let now = js_sys::Date::now();
        meter.update_value(|m| m.set_playing(playing && live, now));
    });
    let ticker = set_interval_with_handle(
        move || {
            let now = js_sys::Date::now();
            let due = meter
                .try_update_value(|m| m.take_due(now, REPORT_EVERY_MS))
                .flatten();
            if let Some(seconds) = due {
                send(booth_id, Engagement::Watched { seconds });
            }
        },
        std::time::Duration::from_millis(TICK_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = ticker {
            t.clear();
        }
        let now = js_sys::Date::now();
        if let Some(seconds) = meter.try_update_value(|m| m.take(now)).flatten() {
            send(booth_id, Engagement::Watched { seconds });
        }
    });
    let on_brochure = Callback::new(move |file_name: String| {
        send(booth_id, Engagement::Brochure { file_name });
    });
    (on_playing, on_brochure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_playing_time_counts() {
        let mut m = WatchMeter::default();
        assert_eq!(m.take(10_000.0), None);
        m.set_playing(true, 0.0);
        assert_eq!(m.take_due(59_000.0, REPORT_EVERY_MS), None);
        m.set_playing(false, 30_000.0);
        // Paused: the clock runs on, the meter does not.
        assert_eq!(m.take_due(500_000.0, REPORT_EVERY_MS), None);
        m.set_playing(true, 600_000.0);
        m.set_playing(true, 610_000.0); // a repeat notice changes nothing
        assert_eq!(m.take_due(630_500.0, REPORT_EVERY_MS), Some(60));
        // The half second left over stays for the next report.
        assert_eq!(m.take_due(660_000.0, REPORT_EVERY_MS), None);
        assert_eq!(m.take(660_000.0), Some(30));
        m.set_playing(false, 660_400.0);
        assert_eq!(m.take(700_000.0), None);
        m.set_playing(true, 700_000.0);
        assert_eq!(m.take(700_100.0), None);
        assert_eq!(m.take(700_600.0), Some(1));
    }
}
