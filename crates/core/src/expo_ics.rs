//! Calendar files (iCalendar, RFC 5545) for sessions and meetings: times in UTC (`Z`), text
//! escaped, lines folded at 75 octets, CRLF line ends.

use crate::time::Timestamp;

/// One event of a calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Globally unique and stable, so importing the file twice updates rather than duplicates.
    pub uid: String,
    pub start: Timestamp,
    pub end: Timestamp,
    pub summary: String,
    pub description: String,
    /// Where to join (the booth's page).
    pub url: Option<String>,
}

/// `YYYYMMDDTHHMMSSZ`.
pub fn ics_time(t: Timestamp) -> String {
    let iso = t.to_iso();
    // 2026-11-23T08:00:00Z -> 20261123T080000Z
    iso.chars().filter(|c| *c != '-' && *c != ':').collect()
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8
/// character; continuation lines start with one space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

/// A complete calendar file with `events`, stamped at `now`.
pub fn calendar(events: &[CalendarEvent], now: Timestamp) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Tradefair//Virtual expo//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape_text(&e.uid)));
        lines.push(format!("DTSTAMP:{}", ics_time(now)));
        lines.push(format!("DTSTART:{}", ics_time(e.start)));
        lines.push(format!("DTEND:{}", ics_time(e.end)));
        lines.push(format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
        }
        if let Some(url) = &e.url {
            lines.push(format!("URL:{url}"));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_in_utc_with_escaped_text() {
        let start = Timestamp::parse_iso("2026-11-24T02:00:00Z").unwrap();
        let e = CalendarEvent {
            uid: "session-7-1234@tradefair".into(),
            start,
            end: start.plus_secs(3600),
            summary: "Factory tour; LED panels, 60×60".into(),
            description: "Line 1\nC:\\path".into(),
            url: Some("https://tradefair.example/expo/booth/7".into()),
        };
        let now = Timestamp::parse_iso("2026-11-23T08:00:00Z").unwrap();
        let text = calendar(&[e], now);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.contains("\r\nDTSTART:20261124T020000Z\r\n"));
        assert!(text.contains("\r\nDTEND:20261124T030000Z\r\n"));
        assert!(text.contains("\r\nDTSTAMP:20261123T080000Z\r\n"));
        assert!(text.contains("SUMMARY:Factory tour\\; LED panels\\, 60×60\r\n"));
        assert!(text.contains("DESCRIPTION:Line 1\\nC:\\\\path\r\n"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let long = format!("SUMMARY:{}", "展会".repeat(40));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), long);
        assert_eq!(fold("SHORT"), "SHORT");
    }
}
