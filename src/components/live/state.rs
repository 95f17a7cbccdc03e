//! What the booth video is doing, in terms a buyer understands, and which caption track to
//! show first. Plain data, tested natively; the component only renders it.

/// The player's state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    /// No live stream is announced for the booth.
    Offline,
    /// The first attempt to reach the stream.
    Connecting,
    /// Playing the live stream.
    Live,
    /// The booth is announced live but the media server has no stream yet. `retry_at`
    /// (ms since the epoch) is when the next attempt starts; `None` while one runs.
    Waiting { retry_at: Option<f64> },
    /// The stream was lost (or could not be reached); same `retry_at` as [`Phase::Waiting`].
    Reconnecting { retry_at: Option<f64> },
    /// The stream played during this visit and the booth is no longer live.
    Ended,
}

impl Phase {
    /// A stable name (the `data-phase` of the player, used by styles and tests).
    pub fn name(self) -> &'static str {
        match self {
            Phase::Offline => "offline",
            Phase::Connecting => "connecting",
            Phase::Live => "live",
            Phase::Waiting { .. } => "waiting",
            Phase::Reconnecting { .. } => "reconnecting",
            Phase::Ended => "ended",
        }
    }

    /// The state while a new attempt runs.
    pub fn attempting(self) -> Phase {
        match self {
            Phase::Waiting { .. } => Phase::Waiting { retry_at: None },
            Phase::Reconnecting { .. } | Phase::Live => Phase::Reconnecting { retry_at: None },
            // Checking back after the end stays quiet: "ended" until a stream plays again.
            Phase::Ended => Phase::Ended,
            _ => Phase::Connecting,
        }
    }

    /// The state after an attempt failed or a connection dropped, with the next attempt
    /// at `retry_at`. An empty endpoint means "not started yet" if nothing played during
    /// this visit, and "ended" if something did: the media server itself says the
    /// exhibitor stopped (the player still checks back quietly, in case they return). A
    /// failed connection is a reconnection.
    pub fn after_failure(no_stream: bool, was_live: bool, retry_at: f64) -> Phase {
        let retry_at = Some(retry_at);
        match (no_stream, was_live) {
            (true, false) => Phase::Waiting { retry_at },
            (true, true) => Phase::Ended,
            (false, _) => Phase::Reconnecting { retry_at },
        }
    }

    /// The state when the backend stops announcing a stream.
    pub fn without_stream(was_live: bool) -> Phase {
        if was_live {
            Phase::Ended
        } else {
            Phase::Offline
        }
    }

    /// Whether the player is working towards a live stream (connecting, or between
    /// attempts).
    pub fn is_trying(self) -> bool {
        matches!(
            self,
            Phase::Connecting | Phase::Waiting { .. } | Phase::Reconnecting { .. }
        )
    }

    /// When the next attempt starts, if one is scheduled.
    pub fn retry_at(self) -> Option<f64> {
        match self {
            Phase::Waiting { retry_at } | Phase::Reconnecting { retry_at } => retry_at,
            _ => None,
        }
    }

    /// Whole seconds until the next attempt at time `now` (at least 1 while one is
    /// scheduled, so the buyer never reads "0 seconds" while waiting).
    pub fn retry_in_seconds(self, now: f64) -> Option<u32> {
        self.retry_at()
            .map(|at| ((at - now) / 1000.0).ceil().max(1.0) as u32)
    }
}

/// The caption track to show first for a buyer whose locale is `locale`: the same tag,
/// else the same language (`de` for `de-AT`, `zh-CN` for `zh`), else English, else none.
pub fn default_caption(tags: &[&str], locale: &str) -> Option<usize> {
    let language = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    tags.iter()
        .position(|t| t.eq_ignore_ascii_case(locale))
        .or_else(|| tags.iter().position(|t| language(t) == language(locale)))
        .or_else(|| tags.iter().position(|t| language(t) == "en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drop_is_a_reconnection_and_an_empty_endpoint_is_waiting_or_ended() {
        assert_eq!(
            Phase::after_failure(true, false, 5.0),
            Phase::Waiting {
                retry_at: Some(5.0)
            }
        );
        // The exhibitor stopped: the media server has no stream any more.
        assert_eq!(Phase::after_failure(true, true, 5.0), Phase::Ended);
        assert_eq!(Phase::Ended.attempting(), Phase::Ended);
        assert_eq!(
            Phase::after_failure(false, false, 5.0),
            Phase::Reconnecting {
                retry_at: Some(5.0)
            }
        );
        assert_eq!(Phase::Offline.attempting(), Phase::Connecting);
        assert_eq!(
            Phase::Live.attempting(),
            Phase::Reconnecting { retry_at: None }
        );
        assert_eq!(
            Phase::Waiting {
                retry_at: Some(1.0)
            }
            .attempting(),
            Phase::Waiting { retry_at: None }
        );
        assert_eq!(Phase::without_stream(true), Phase::Ended);
        assert_eq!(Phase::without_stream(false), Phase::Offline);
        assert!(Phase::Connecting.is_trying());
        assert!(Phase::Reconnecting { retry_at: None }.is_trying());
        assert!(
            !Phase::Live.is_trying() && !Phase::Offline.is_trying() && !Phase::Ended.is_trying()
        );
    }

    #[test]
    fn countdown_rounds_up_and_never_shows_zero() {
        let p = Phase::Reconnecting {
            retry_at: Some(10_000.0),
        };
        assert_eq!(p.retry_in_seconds(0.0), Some(10));
        assert_eq!(p.retry_in_seconds(8_500.0), Some(2));
        assert_eq!(p.retry_in_seconds(9_999.0), Some(1));
        assert_eq!(p.retry_in_seconds(12_000.0), Some(1));
        assert_eq!(Phase::Live.retry_in_seconds(0.0), None);
        assert_eq!(
            Phase::Waiting { retry_at: None }.retry_in_seconds(0.0),
            None
        );
    }

    #[test]
    fn captions_follow_the_buyers_language() {
        let tags = ["en", "zh-CN", "es", "de", "ar", "fr"];
        assert_eq!(default_caption(&tags, "de"), Some(3));
        assert_eq!(default_caption(&tags, "zh-CN"), Some(1));
        assert_eq!(default_caption(&tags, "zh-cn"), Some(1));
        assert_eq!(default_caption(&["en", "de-DE"], "de"), Some(1));
        assert_eq!(default_caption(&tags, "pt-BR"), Some(0));
        assert_eq!(default_caption(&["fr", "es"], "ja"), None);
        assert_eq!(default_caption(&[], "en"), None);
    }
}
