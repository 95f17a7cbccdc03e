//! The expo sessions a buyer saved for a reminder, in `localStorage` (this browser only,
//! whichever backend is configured): `{"v": 1, "sessions": [...]}`.

use serde::{Deserialize, Serialize};
use tradefair_core::expo::Session;

/// Storage key.
pub const KEY: &str = "tradefair.expo.saved";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    v: u32,
    sessions: Vec<Session>,
}

/// Reads the saved sessions; unreadable or foreign data counts as none.
pub fn parse(text: Option<&str>) -> Vec<Session> {
    text.and_then(|t| serde_json::from_str::<Stored>(t).ok())
        .filter(|s| s.v == VERSION)
        .map(|s| s.sessions)
        .unwrap_or_default()
}

/// The stored form.
pub fn serialize(sessions: &[Session]) -> String {
    serde_json::to_string(&Stored {
        v: VERSION,
        sessions: sessions.to_vec(),
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_garbage() {
        assert!(parse(None).is_empty());
        assert!(parse(Some("{oops")).is_empty());
        assert!(parse(Some(r#"{"v":9,"sessions":[]}"#)).is_empty());
        assert!(parse(Some(&serialize(&[]))).is_empty());
    }
}
