//! Instants and calendar dates without `std::time`: the core runs in the browser, so the
//! caller passes `now` (from `js_sys::Date::now()` or the server's clock) and every rule
//! computes from it. Everything is UTC; the app formats for the buyer's zone with `Intl`.

use serde::{Deserialize, Serialize};
use std::fmt;

const MS_PER_DAY: i64 = 86_400_000;

/// An instant: milliseconds since 1970-01-01T00:00:00Z. Serialises as that integer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// A calendar date (UTC): days since 1970-01-01. Serialises as that integer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Date(pub i64);

impl Timestamp {
    pub fn from_unix_ms(ms: i64) -> Timestamp {
        Timestamp(ms)
    }

    pub fn unix_ms(self) -> i64 {
        self.0
    }

    /// `self` plus `secs` seconds (negative goes back).
    pub fn plus_secs(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(secs.saturating_mul(1000)))
    }

    /// Whole seconds from `earlier` to `self` (negative when `earlier` is later).
    pub fn secs_since(self, earlier: Timestamp) -> i64 {
        (self.0 - earlier.0).div_euclid(1000)
    }

    /// The UTC calendar date of this instant.
    pub fn date(self) -> Date {
        Date(self.0.div_euclid(MS_PER_DAY))
    }

    /// RFC 3339 in UTC with whole seconds: `2026-11-23T08:00:00Z`.
    pub fn to_iso(self) -> String {
        let ms_of_day = self.0.rem_euclid(MS_PER_DAY);
        let secs = ms_of_day / 1000;
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            self.date().to_iso(),
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC only; what [`Timestamp::to_iso`] and
    /// `Date.prototype.toISOString` write).
    pub fn parse_iso(text: &str) -> Option<Timestamp> {
        let (date, rest) = text.split_once('T')?;
        let date = Date::parse_iso(date)?;
        let rest = rest.strip_suffix('Z')?;
        let (hms, frac) = match rest.split_once('.') {
            Some((h, f)) => (h, Some(f)),
            None => (rest, None),
        };
        let b = hms.as_bytes();
        if b.len() != 8 || b[2] != b':' || b[5] != b':' {
            return None;
        }
        let num = |s: &str| -> Option<i64> {
            (s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let (h, m, s) = (num(&hms[0..2])?, num(&hms[3..5])?, num(&hms[6..8])?);
        if h > 23 || m > 59 || s > 59 {
            return None;
        }
        let ms = match frac {
            None => 0,
            Some(f) if !f.is_empty() && f.len() <= 9 && f.bytes().all(|c| c.is_ascii_digit()) => {
                let mut f = f.to_string();
                f.truncate(3);
                while f.len() < 3 {
                    f.push('0');
                }
                f.parse::<i64>().ok()?
            }
            Some(_) => return None,
        };
        Some(Timestamp(
            date.0 * MS_PER_DAY + (h * 3600 + m * 60 + s) * 1000 + ms,
        ))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Date {
    /// The date of a proleptic Gregorian year, month (1-12) and day (1-31), if it exists.
    pub fn from_ymd(y: i64, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date(days_from_civil(y, m, d)))
    }

    /// Year, month (1-12), day (1-31).
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn year(self) -> i64 {
        self.ymd().0
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date(self.0.saturating_add(days))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 - self.0
    }

    /// Midnight UTC at the start of this date.
    pub fn start(self) -> Timestamp {
        Timestamp(self.0 * MS_PER_DAY)
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses exactly `YYYY-MM-DD` of a date that exists.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
        let (y, m, d) = (&text[0..4], &text[5..7], &text[8..10]);
        if !digits(y) || !digits(m) || !digits(d) {
            return None;
        }
        Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_iso() {
        let d = Date::parse_iso("2026-11-23").unwrap();
        assert_eq!(d.to_iso(), "2026-11-23");
        assert_eq!(Date(0).to_iso(), "1970-01-01");
        assert_eq!(
            Date::parse_iso("2024-02-29").unwrap().plus_days(1).to_iso(),
            "2024-03-01"
        );
        assert_eq!(
            Date::parse_iso("2026-12-31").unwrap().plus_days(1).to_iso(),
            "2027-01-01"
        );
        assert_eq!(Date::parse_iso("2025-02-29"), None);
        assert_eq!(Date::parse_iso("2026-13-01"), None);
        assert_eq!(Date::parse_iso("2026-1-01"), None);
        assert_eq!(Date::parse_iso("2026-01-0x"), None);
    }

    #[test]
    fn timestamps_format_and_parse_utc() {
        // 2026-11-23T08:00:00Z
        let t = Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap();
        assert_eq!(t.to_iso(), "2026-11-23T08:00:00Z");
        assert_eq!(t.date().to_iso(), "2026-11-23");
        assert_eq!(
            Timestamp::parse_iso("2026-11-23T08:00:00.250Z").unwrap().0 - t.0,
            250
        );
        assert_eq!(t.plus_secs(90).to_iso(), "2026-11-23T08:01:30Z");
        assert_eq!(t.plus_secs(90).secs_since(t), 90);
        assert_eq!(Timestamp::parse_iso("2026-11-23T08:00:00+01:00"), None);
        assert_eq!(Timestamp::parse_iso("2026-11-23T24:00:00Z"), None);
        assert_eq!(Timestamp(-1).to_iso(), "1969-12-31T23:59:59Z");
    }
}
