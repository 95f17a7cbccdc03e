//! The exhibitors' time zones: UTC offsets of the IANA zones the expo's exhibitors are in,
//! with their daylight-saving rules, so the core can place a session at "10:00 in Berlin"
//! without a time-zone database. The buyer's own zone is the browser's: the app reads its
//! offsets from `Intl` / `Date` and passes them in.

use crate::time::{Date, Timestamp};

const MS_PER_MIN: i64 = 60_000;

/// When a zone keeps summer time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dst {
    /// No daylight-saving time.
    None,
    /// European Union: +1 h from the last Sunday of March 01:00 UTC to the last Sunday of
    /// October 01:00 UTC.
    Eu,
    /// United States: +1 h from the second Sunday of March 02:00 local standard time to the
    /// first Sunday of November 02:00 local daylight time.
    Us,
}

/// An IANA zone the expo knows: its standard offset east of UTC in minutes, and its DST rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    pub id: &'static str,
    std_offset_min: i32,
    dst: Dst,
}

const ZONES: [Zone; 20] = [
    zone("UTC", 0, Dst::None),
    zone("Asia/Shanghai", 480, Dst::None),
    zone("Asia/Ho_Chi_Minh", 420, Dst::None),
    zone("Asia/Kolkata", 330, Dst::None),
    zone("Europe/Istanbul", 180, Dst::None),
    zone("Europe/Berlin", 60, Dst::Eu),
    zone("Europe/Rome", 60, Dst::Eu),
    zone("Europe/Warsaw", 60, Dst::Eu),
    zone("Europe/Madrid", 60, Dst::Eu),
    zone("Europe/Lisbon", 0, Dst::Eu),
    zone("America/Mexico_City", -360, Dst::None),
    zone("America/Tijuana", -480, Dst::Us),
    zone("America/Sao_Paulo", -180, Dst::None),
    zone("Asia/Bangkok", 420, Dst::None),
    zone("Asia/Kuala_Lumpur", 480, Dst::None),
    zone("Asia/Seoul", 540, Dst::None),
    zone("Asia/Taipei", 480, Dst::None),
    zone("Asia/Karachi", 300, Dst::None),
    zone("America/New_York", -300, Dst::Us),
    zone("America/Chicago", -360, Dst::Us),
];

const LOS_ANGELES: Zone = zone("America/Los_Angeles", -480, Dst::Us);

const fn zone(id: &'static str, std_offset_min: i32, dst: Dst) -> Zone {
    Zone {
        id,
        std_offset_min,
        dst,
    }
}

impl Zone {
    /// The zone with this IANA id, if the expo knows it.
    pub fn by_id(id: &str) -> Option<Zone> {
        ZONES
            .iter()
            .chain(std::iter::once(&LOS_ANGELES))
            .find(|z| z.id == id)
            .copied()
    }

    /// The zone of an exhibitor in `country` (ISO 3166-1 alpha-2) and `city`.
    pub fn for_place(country: &str, city: &str) -> Zone {
        let id = match country {
            "CN" => "Asia/Shanghai",
            "VN" => "Asia/Ho_Chi_Minh",
            "IN" => "Asia/Kolkata",
            "TR" => "Europe/Istanbul",
            "DE" => "Europe/Berlin",
            "IT" => "Europe/Rome",
            "PL" => "Europe/Warsaw",
            "ES" => "Europe/Madrid",
            "PT" => "Europe/Lisbon",
            "MX" if city == "Tijuana" => "America/Tijuana",
            "MX" => "America/Mexico_City",
            "BR" => "America/Sao_Paulo",
            "TH" => "Asia/Bangkok",
            "MY" => "Asia/Kuala_Lumpur",
            "KR" => "Asia/Seoul",
            "TW" => "Asia/Taipei",
            "PK" => "Asia/Karachi",
            "US" => match city {
                "Los Angeles" => "America/Los_Angeles",
                "Chicago" | "Houston" | "Dallas" => "America/Chicago",
                _ => "America/New_York",
            },
            _ => "UTC",
        };
        Zone::by_id(id).unwrap_or(ZONES[0])
    }

    /// Minutes east of UTC at instant `t`.
    pub fn offset_min(&self, t: Timestamp) -> i32 {
        let summer = match self.dst {
            Dst::None => false,
            Dst::Eu => {
                let y = t.date().year();
                let start = last_sunday(y, 3).start().plus_secs(3600);
                let end = last_sunday(y, 10).start().plus_secs(3600);
                t >= start && t < end
            }
            Dst::Us => {
                let y = t.date().year();
                let std = i64::from(self.std_offset_min) * 60;
                // 02:00 local standard time, and 02:00 local daylight time (= 01:00 standard).
                let start = nth_sunday(y, 3, 2).start().plus_secs(2 * 3600 - std);
                let end = nth_sunday(y, 11, 1).start().plus_secs(3600 - std);
                t >= start && t < end
            }
        };
        self.std_offset_min + if summer { 60 } else { 0 }
    }

    /// The instant of wall-clock `minute` (0-1439) on local `date`. A time skipped by the
    /// spring-forward change resolves to the same clock reading in the old offset (one hour
    /// later on the new clock); a repeated autumn time resolves to its first occurrence.
    pub fn local_to_utc(&self, date: Date, minute: u32) -> Timestamp {
        let local_ms = date.start().0 + i64::from(minute) * MS_PER_MIN;
        let guess = Timestamp(local_ms - i64::from(self.std_offset_min) * MS_PER_MIN);
        let before = self.offset_min(Timestamp(guess.0 - 2 * 3_600_000));
        let t = Timestamp(local_ms - i64::from(before) * MS_PER_MIN);
        if self.offset_min(t) == before {
            return t;
        }
        let after = self.offset_min(t);
        let t2 = Timestamp(local_ms - i64::from(after) * MS_PER_MIN);
        if self.offset_min(t2) == after {
            t2
        } else {
            t
        }
    }

    /// The local calendar date and minute of the day at instant `t`.
    pub fn local(&self, t: Timestamp) -> (Date, u32) {
        local_at(t, self.offset_min(t))
    }
}

/// The local date and minute of the day at `t` for a zone `offset_min` east of UTC.
pub fn local_at(t: Timestamp, offset_min: i32) -> (Date, u32) {
    let local = Timestamp(t.0 + i64::from(offset_min) * MS_PER_MIN);
    let minute = (local.0.rem_euclid(86_400_000) / MS_PER_MIN) as u32;
    (local.date(), minute)
}

/// Day of the week of `date`, Monday = 0 ... Sunday = 6.
pub fn weekday(date: Date) -> u32 {
    // 1970-01-01 was a Thursday (3).
    ((date.0 + 3).rem_euclid(7)) as u32
}

fn last_sunday(year: i64, month: u32) -> Date {
    let next = if month == 12 {
        Date::from_ymd(year + 1, 1, 1)
    } else {
        Date::from_ymd(year, month + 1, 1)
    };
    let last = next.unwrap_or_default().plus_days(-1);
    last.plus_days(-i64::from((weekday(last) + 1) % 7))
}

fn nth_sunday(year: i64, month: u32, n: u32) -> Date {
    let first = Date::from_ymd(year, month, 1).unwrap_or_default();
    let to_sunday = (6 - weekday(first) + 7) % 7;
    first.plus_days(i64::from(to_sunday) + 7 * i64::from(n - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(iso: &str) -> Timestamp {
        Timestamp::parse_iso(iso).unwrap()
    }

    #[test]
    fn weekdays_and_rule_days() {
        assert_eq!(weekday(Date::parse_iso("2026-11-23").unwrap()), 0);
        assert_eq!(weekday(Date::parse_iso("2026-11-29").unwrap()), 6);
        assert_eq!(last_sunday(2026, 3).to_iso(), "2026-03-29");
        assert_eq!(last_sunday(2026, 10).to_iso(), "2026-10-25");
        assert_eq!(nth_sunday(2026, 3, 2).to_iso(), "2026-03-08");
        assert_eq!(nth_sunday(2026, 11, 1).to_iso(), "2026-11-01");
    }

    #[test]
    fn european_summer_time_ends_at_one_utc() {
        let berlin = Zone::by_id("Europe/Berlin").unwrap();
        assert_eq!(berlin.offset_min(ts("2026-10-25T00:59:59Z")), 120);
        assert_eq!(berlin.offset_min(ts("2026-10-25T01:00:00Z")), 60);
        assert_eq!(berlin.offset_min(ts("2026-03-29T00:59:59Z")), 60);
        assert_eq!(berlin.offset_min(ts("2026-03-29T01:00:00Z")), 120);
        let lisbon = Zone::by_id("Europe/Lisbon").unwrap();
        assert_eq!(lisbon.offset_min(ts("2026-07-01T12:00:00Z")), 60);
        assert_eq!(lisbon.offset_min(ts("2026-11-23T12:00:00Z")), 0);
    }

    #[test]
    fn us_daylight_time_changes_at_two_local() {
        let ny = Zone::by_id("America/New_York").unwrap();
        // 2026-11-01 02:00 EDT = 06:00 UTC.
        assert_eq!(ny.offset_min(ts("2026-11-01T05:59:59Z")), -240);
        assert_eq!(ny.offset_min(ts("2026-11-01T06:00:00Z")), -300);
        // 2026-03-08 02:00 EST = 07:00 UTC.
        assert_eq!(ny.offset_min(ts("2026-03-08T06:59:59Z")), -300);
        assert_eq!(ny.offset_min(ts("2026-03-08T07:00:00Z")), -240);
        let shanghai = Zone::by_id("Asia/Shanghai").unwrap();
        assert_eq!(shanghai.offset_min(ts("2026-07-01T00:00:00Z")), 480);
    }

    #[test]
    fn wall_clock_times_map_to_instants_across_changes() {
        let berlin = Zone::by_id("Europe/Berlin").unwrap();
        let d = |s| Date::parse_iso(s).unwrap();
        // The day summer time ends: 09:00 is already CET.
        assert_eq!(
            berlin.local_to_utc(d("2026-10-25"), 9 * 60).to_iso(),
            "2026-10-25T08:00:00Z"
        );
        assert_eq!(
            berlin.local_to_utc(d("2026-10-24"), 9 * 60).to_iso(),
            "2026-10-24T07:00:00Z"
        );
        // 02:30 happens twice on that day: the first (CEST) one.
        assert_eq!(
            berlin.local_to_utc(d("2026-10-25"), 150).to_iso(),
            "2026-10-25T00:30:00Z"
        );
        // 02:30 does not exist on 2026-03-29: read in the old offset.
        assert_eq!(
            berlin.local_to_utc(d("2026-03-29"), 150).to_iso(),
            "2026-03-29T01:30:00Z"
        );
        let ny = Zone::by_id("America/New_York").unwrap();
        assert_eq!(
            ny.local_to_utc(d("2026-11-23"), 10 * 60).to_iso(),
            "2026-11-23T15:00:00Z"
        );
        assert_eq!(ny.local(ts("2026-11-23T15:00:00Z")), (d("2026-11-23"), 600));
        assert_eq!(
            local_at(ts("2026-11-23T02:00:00Z"), -300),
            (d("2026-11-22"), 21 * 60)
        );
    }

    #[test]
    fn places_map_to_zones() {
        assert_eq!(Zone::for_place("CN", "Ningbo").id, "Asia/Shanghai");
        assert_eq!(
            Zone::for_place("US", "Los Angeles").id,
            "America/Los_Angeles"
        );
        assert_eq!(Zone::for_place("US", "Atlanta").id, "America/New_York");
        assert_eq!(Zone::for_place("MX", "Tijuana").id, "America/Tijuana");
        assert_eq!(Zone::for_place("ZZ", "x").id, "UTC");
    }
}
