//! The exhibitor's studio in plain data: resolutions offered, the microphone level, the
//! outgoing bitrate and the on-air clock. No browser calls here, so it is tested natively;
//! [`super::devices`], [`super::meter`] and [`super::stats`] feed it from the browser.

/// A video size the exhibitor can send. Sent as `ideal` constraints: a camera that cannot
/// do it gives its nearest size rather than failing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// 640 × 360: for slow uplinks.
    P360,
    /// 1280 × 720: the default.
    #[default]
    P720,
    /// 1920 × 1080.
    P1080,
}

impl Resolution {
    pub const ALL: [Resolution; 3] = [Resolution::P360, Resolution::P720, Resolution::P1080];

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Resolution::P360 => (640, 360),
            Resolution::P720 => (1280, 720),
            Resolution::P1080 => (1920, 1080),
        }
    }

    /// A stable name (select values, `data-` attributes).
    pub fn slug(self) -> &'static str {
        match self {
            Resolution::P360 => "360p",
            Resolution::P720 => "720p",
            Resolution::P1080 => "1080p",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Resolution> {
        Resolution::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// The level (0-100) of one block of 8-bit audio samples (`getByteTimeDomainData`, silence
/// at 128): the root mean square, scaled so that normal speech (RMS around a quarter of
/// full scale) fills most of the meter.
pub fn level_of(samples: &[u8]) -> u8 {
    if samples.is_empty() {
        return 0;
    }
    let sum: u64 = samples
        .iter()
        .map(|&s| {
            let d = i64::from(s) - 128;
            (d * d) as u64
        })
        .sum();
    let rms = ((sum / samples.len() as u64) as f64).sqrt(); // 0..=128
    ((rms * 400.0 / 128.0).round() as u32).min(100) as u8
}

/// A meter that rises at once and falls slowly, so short syllables stay readable.
pub fn smooth_level(previous: u8, current: u8) -> u8 {
    if current >= previous {
        current
    } else {
        // Fall by a fifth of the gap per update, and at least one step.
        previous - ((previous - current) / 5).max(1)
    }
}

/// Outgoing bits per second between two samples of `bytesSent` taken at `then_ms` and
/// `now_ms`. `None` when the counter went back (a new connection) or no time passed.
pub fn bitrate_bps(then_bytes: u64, then_ms: f64, now_bytes: u64, now_ms: f64) -> Option<u64> {
    let elapsed = now_ms - then_ms;
    if now_bytes < then_bytes || elapsed < 1.0 {
        return None;
    }
    Some(((now_bytes - then_bytes) as f64 * 8_000.0 / elapsed).round() as u64)
}

/// How a bitrate reads: `(value as exact decimal text, unit)`, with kbit/s below one
/// megabit and Mbit/s (one decimal) above. The value is text so the locale's separators
/// can be applied to it exactly.
pub fn bitrate_parts(bps: u64) -> (String, BitrateUnit) {
    if bps < 1_000_000 {
        (((bps + 500) / 1_000).to_string(), BitrateUnit::Kbps)
    } else {
        let tenths = (bps + 50_000) / 100_000;
        (
            format!("{}.{}", tenths / 10, tenths % 10),
            BitrateUnit::Mbps,
        )
    }
}

/// The unit of [`bitrate_parts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitrateUnit {
    Kbps,
    Mbps,
}

/// Time on air as a clock: `m:ss` under an hour, `h:mm:ss` after.
pub fn on_air_clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3_600, (seconds / 60) % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The same duration as ISO 8601 (`PT1H2M3S`), for `<time datetime>`.
pub fn iso_duration(seconds: u64) -> String {
    format!(
        "PT{}H{}M{}S",
        seconds / 3_600,
        (seconds / 60) % 60,
        seconds % 60
    )
}

/// What the exhibitor's outgoing video shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Source {
    #[default]
    Camera,
    Screen,
}

impl Source {
    pub fn slug(self) -> &'static str {
        match self {
            Source::Camera => "camera",
            Source::Screen => "screen",
        }
    }
}

/// Where a broadcast is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnAir {
    /// Not publishing.
    #[default]
    Off,
    /// The first connection is being made.
    Starting,
    /// Publishing.
    Live,
    /// The connection dropped; attempt `attempt` (1-based) is under way or waiting.
    Reconnecting { attempt: u32 },
    /// Ending the session.
    Stopping,
}

impl OnAir {
    /// A stable name (`data-state`, styles, tests).
    pub fn name(self) -> &'static str {
        match self {
            OnAir::Off => "off",
            OnAir::Starting => "starting",
            OnAir::Live => "live",
            OnAir::Reconnecting { .. } => "reconnecting",
            OnAir::Stopping => "stopping",
        }
    }

    /// Whether a session is running or being (re)made: "Stop" applies, "Go live" not.
    pub fn is_active(self) -> bool {
        !matches!(self, OnAir::Off)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolutions_round_trip_their_slugs() {
        for r in Resolution::ALL {
            assert_eq!(Resolution::from_slug(r.slug()), Some(r));
        }
        assert_eq!(Resolution::from_slug("4k"), None);
        assert_eq!(Resolution::default().size(), (1280, 720));
    }

    #[test]
    fn level_is_zero_for_silence_and_full_for_a_loud_signal() {
        assert_eq!(level_of(&[]), 0);
        assert_eq!(level_of(&[128; 256]), 0);
        let loud: Vec<u8> = (0..256).map(|i| if i % 2 == 0 { 0 } else { 255 }).collect();
        assert_eq!(level_of(&loud), 100);
        // RMS of 16 (an eighth of full scale) reads 50.
        let speech: Vec<u8> = (0..256)
            .map(|i| if i % 2 == 0 { 112 } else { 144 })
            .collect();
        assert_eq!(level_of(&speech), 50);
    }

    #[test]
    fn meter_rises_at_once_and_falls_slowly() {
        assert_eq!(smooth_level(10, 80), 80);
        assert_eq!(smooth_level(80, 0), 64);
        assert_eq!(smooth_level(3, 0), 2);
        assert_eq!(smooth_level(0, 0), 0);
    }

    #[test]
    fn bitrate_comes_from_byte_deltas() {
        // 250 000 bytes in 2 s = 1 Mbit/s.
        assert_eq!(bitrate_bps(1_000, 0.0, 251_000, 2_000.0), Some(1_000_000));
        assert_eq!(bitrate_bps(5_000, 0.0, 100, 1_000.0), None);
        assert_eq!(bitrate_bps(0, 5.0, 100, 5.0), None);
        assert_eq!(bitrate_parts(1_000_000), ("1.0".into(), BitrateUnit::Mbps));
        assert_eq!(bitrate_parts(2_460_000), ("2.5".into(), BitrateUnit::Mbps));
        assert_eq!(bitrate_parts(999_400), ("999".into(), BitrateUnit::Kbps));
        assert_eq!(bitrate_parts(0), ("0".into(), BitrateUnit::Kbps));
    }

    #[test]
    fn the_clock_reads_minutes_then_hours() {
        assert_eq!(on_air_clock(0), "0:00");
        assert_eq!(on_air_clock(75), "1:15");
        assert_eq!(on_air_clock(3_725), "1:02:05");
        assert_eq!(iso_duration(3_725), "PT1H2M5S");
    }

    #[test]
    fn on_air_states_say_what_applies() {
        assert!(!OnAir::Off.is_active());
        assert!(OnAir::Reconnecting { attempt: 2 }.is_active());
        assert_eq!(OnAir::Reconnecting { attempt: 2 }.name(), "reconnecting");
    }
}
