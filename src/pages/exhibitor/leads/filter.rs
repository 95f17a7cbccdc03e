//! Which leads the exhibitor is looking at: by status, by what they did, and by text.
//! Plain Rust, tested natively; the view only keeps the filter's state.

use tradefair_core::exhibitor::{Lead, LeadActivity, LeadStatus};

/// The kinds of [`LeadActivity`], for filtering and for the words that describe them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityKind {
    CardShared,
    MeetingBooked,
    QuestionAsked,
    RfqSent,
    Watched,
    BrochureDownloaded,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 6] = [
        ActivityKind::CardShared,
        ActivityKind::MeetingBooked,
        ActivityKind::QuestionAsked,
        ActivityKind::RfqSent,
        ActivityKind::Watched,
        ActivityKind::BrochureDownloaded,
    ];

    /// The kind of `a`.
    pub fn of(a: &LeadActivity) -> ActivityKind {
        match a {
            LeadActivity::CardShared { .. } => ActivityKind::CardShared,
            LeadActivity::MeetingBooked { .. } => ActivityKind::MeetingBooked,
            LeadActivity::QuestionAsked { .. } => ActivityKind::QuestionAsked,
            LeadActivity::RfqSent { .. } => ActivityKind::RfqSent,
            LeadActivity::Watched { .. } => ActivityKind::Watched,
            LeadActivity::BrochureDownloaded { .. } => ActivityKind::BrochureDownloaded,
        }
    }

    /// A stable name (the `value` of the filter's options).
    pub fn slug(self) -> &'static str {
        match self {
            ActivityKind::CardShared => "card_shared",
            ActivityKind::MeetingBooked => "meeting_booked",
            ActivityKind::QuestionAsked => "question_asked",
            ActivityKind::RfqSent => "rfq_sent",
            ActivityKind::Watched => "watched",
            ActivityKind::BrochureDownloaded => "brochure_downloaded",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// The status of a slug (`new`, `won`...).
pub fn status_from_slug(slug: &str) -> Option<LeadStatus> {
    LeadStatus::ALL.into_iter().find(|s| s.slug() == slug)
}

/// What the exhibitor filters the leads by; the default shows every lead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadFilter {
    pub status: Option<LeadStatus>,
    /// Leads that did this at least once.
    pub kind: Option<ActivityKind>,
    /// Words that must all appear (any case) in the lead's name, company, email, phone,
    /// country code, notes or what they asked or downloaded.
    pub text: String,
}

impl LeadFilter {
    /// Whether the filter shows everything.
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.kind.is_none() && self.text.trim().is_empty()
    }

    /// Whether `lead` passes the filter.
    pub fn matches(&self, lead: &Lead) -> bool {
        if self.status.is_some_and(|s| s != lead.status) {
            return false;
        }
        if let Some(k) = self.kind {
            if !lead.activities.iter().any(|a| ActivityKind::of(a) == k) {
                return false;
            }
        }
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let mut haystack = vec![lead.name.as_str(), lead.notes.as_str()];
        for field in [&lead.company, &lead.email, &lead.phone, &lead.country]
            .into_iter()
            .flatten()
        {
            haystack.push(field.as_str());
        }
        for a in &lead.activities {
            match a {
                LeadActivity::QuestionAsked { text, .. } => haystack.push(text),
                LeadActivity::BrochureDownloaded { file_name, .. } => haystack.push(file_name),
                _ => {}
            }
        }
        let haystack = haystack.join("\n").to_lowercase();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// The leads that pass, in the order given.
    pub fn apply(&self, leads: &[Lead]) -> Vec<Lead> {
        leads.iter().filter(|l| self.matches(l)).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tradefair_core::time::Timestamp;

    fn lead(id: &str, name: &str, status: LeadStatus, activities: Vec<LeadActivity>) -> Lead {
        Lead {
            id: id.into(),
            name: name.into(),
            company: Some("Müller & Söhne, GmbH".into()),
            email: None,
            phone: None,
            country: Some("DE".into()),
            consent: true,
            activities,
            status,
            notes: String::new(),
            last_activity: Timestamp(0),
        }
    }

    fn leads() -> Vec<Lead> {
        vec![
            lead(
                "buyer",
                "Zoë \"Zed\" Øster, 王芳",
                LeadStatus::Contacted,
                vec![
                    LeadActivity::CardShared { at: Timestamp(1) },
                    LeadActivity::QuestionAsked {
                        at: Timestamp(2),
                        text: "Do you ship to Lyon?".into(),
                    },
                ],
            ),
            lead(
                "chat-li",
                "Li",
                LeadStatus::New,
                vec![LeadActivity::QuestionAsked {
                    at: Timestamp(3),
                    text: "MOQ?".into(),
                }],
            ),
        ]
    }

    #[test]
    fn an_empty_filter_shows_every_lead() {
        let f = LeadFilter::default();
        assert!(f.is_empty());
        assert_eq!(f.apply(&leads()).len(), 2);
    }

    #[test]
    fn status_and_activity_kind_narrow_the_list() {
        let by_status = LeadFilter {
            status: Some(LeadStatus::New),
            ..Default::default()
        };
        let ids: Vec<String> = by_status
            .apply(&leads())
            .into_iter()
            .map(|l| l.id)
            .collect();
        assert_eq!(ids, ["chat-li"]);
        let by_kind = LeadFilter {
            kind: Some(ActivityKind::CardShared),
            ..Default::default()
        };
        let ids: Vec<String> = by_kind.apply(&leads()).into_iter().map(|l| l.id).collect();
        assert_eq!(ids, ["buyer"]);
        let none = LeadFilter {
            kind: Some(ActivityKind::RfqSent),
            ..Default::default()
        };
        assert!(none.apply(&leads()).is_empty());
    }

    #[test]
    fn text_matches_every_word_in_any_case_across_fields() {
        let f = |t: &str| LeadFilter {
            text: t.into(),
            ..Default::default()
        };
        assert_eq!(f("王芳").apply(&leads()).len(), 1);
        assert_eq!(f("zoë lyon").apply(&leads()).len(), 1);
        assert_eq!(f("müller").apply(&leads()).len(), 2);
        assert_eq!(f("de").apply(&leads()).len(), 2);
        assert!(f("zoë paris").apply(&leads()).is_empty());
        assert_eq!(f("   ").apply(&leads()).len(), 2);
    }

    #[test]
    fn slugs_round_trip() {
        for k in ActivityKind::ALL {
            assert_eq!(ActivityKind::from_slug(k.slug()), Some(k));
        }
        for s in LeadStatus::ALL {
            assert_eq!(status_from_slug(s.slug()), Some(s));
        }
        assert_eq!(ActivityKind::from_slug("nope"), None);
    }
}
