//! The exhibitor console's forms as typed: the booth editor's draft (times as the time
//! fields give them, `HH:MM`) and the RFQ answer form's draft (prices as decimal text).
//! Drafts are kept in `localStorage` so a reload loses nothing, and turn into the wire
//! types ([`BoothProfile`], [`QuoteOffer`]) with [`FieldError`]s at the wire's dotted paths
//! (`sessions.0.start_min`, `working_hours.end_min`, `tiers.1.unit_minor`, ...), so a
//! backend's `422` lands on the same fields as the checks made here.
//!
//! Only the parsing of typed text lives here; the rules a saved profile or an offer must
//! follow are the backends' own, in [`crate::exhibitor`].

use serde::{Deserialize, Serialize};

use crate::exhibitor::{BoothProfile, PlannedSession, ProfileText, QuoteOffer};
use crate::expo::{brochure_path, Brochure, BrochureKind, SessionKind, WorkingHours};
use crate::money::{Currency, Money};
use crate::pricing::PriceTier;
use crate::time::Date;
use crate::trade::FieldError;
use crate::wire::Incoterm;

/// Version of stored drafts; any other version is dropped.
pub const DRAFT_VERSION: u32 = 1;
/// Session lengths the editor offers, in minutes.
pub const SESSION_DURATIONS: [u32; 6] = [15, 30, 45, 60, 90, 120];
/// Meeting slot lengths a profile may have, in minutes.
pub const SLOT_LENGTHS: [u32; 4] = [15, 30, 45, 60];
/// Most price tiers in an answer.
pub const MAX_TIERS: usize = 10;

fn error(field: impl Into<String>, code: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.to_string(),
    }
}

/// Minutes after midnight as a time field shows them: `09:05`.
pub fn hhmm(minute: u32) -> String {
    format!("{:02}:{:02}", (minute / 60) % 24, minute % 60)
}

/// A time field's `HH:MM` (or `HH:MM:SS`) as minutes after midnight; `None` if it is not a
/// time of day.
pub fn parse_hhmm(text: &str) -> Option<u32> {
    let mut parts = text.trim().split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    if let Some(s) = parts.next() {
        if s.len() != 2 || !s.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    if parts.next().is_some()
        || h.is_empty()
        || h.len() > 2
        || m.len() != 2
        || !h.chars().all(|c| c.is_ascii_digit())
        || !m.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

// ---------------------------------------------------------------------------------------
// Booth editor
// ---------------------------------------------------------------------------------------

/// One planned session as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDraft {
    pub kind: SessionKind,
    /// `None` until a product is chosen.
    pub product_id: Option<u32>,
    /// `YYYY-MM-DD` as the date field gives it.
    pub date: String,
    /// `HH:MM` as the time field gives it.
    pub start: String,
    pub duration_min: u32,
}

impl SessionDraft {
    /// A new row: a live demo on `date` at 10:00 for 30 minutes, no product yet.
    pub fn new(date: Date) -> SessionDraft {
        SessionDraft {
            kind: SessionKind::LiveDemo,
            product_id: None,
            date: date.to_iso(),
            start: hhmm(10 * 60),
            duration_min: 30,
        }
    }

    fn from_planned(s: &PlannedSession) -> SessionDraft {
        SessionDraft {
            kind: s.kind,
            product_id: (s.product_id > 0).then_some(s.product_id),
            date: s.date.clone(),
            start: hhmm(s.start_min),
            duration_min: s.duration_min,
        }
    }
}

/// The booth editor as the exhibitor left it: the loaded profile with the fields typed as
/// text kept as text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDraft {
    /// The profile; its `sessions` and `working_hours` are replaced by the typed ones below
    /// when the draft is turned into a profile.
    pub profile: BoothProfile,
    pub sessions: Vec<SessionDraft>,
    /// `HH:MM`.
    pub hours_start: String,
    /// `HH:MM`.
    pub hours_end: String,
}

#[derive(Serialize, Deserialize)]
struct StoredProfile {
    version: u32,
    /// The profile the draft was started from, to tell whether the backend changed since.
    base: BoothProfile,
    draft: ProfileDraft,
}

impl ProfileDraft {
    /// A draft equal to the saved `profile`.
    pub fn from_profile(profile: &BoothProfile) -> ProfileDraft {
        ProfileDraft {
            profile: profile.clone(),
            sessions: profile
                .sessions
                .iter()
                .map(SessionDraft::from_planned)
                .collect(),
            hours_start: hhmm(profile.working_hours.start_min),
            hours_end: hhmm(profile.working_hours.end_min),
        }
    }

    /// The description in `locale`, if the draft has one (even empty).
    pub fn text(&self, locale: &str) -> Option<&str> {
        self.profile
            .texts
            .iter()
            .find(|t| t.locale == locale)
            .map(|t| t.about.as_str())
    }

    /// Index of `locale`'s description in `profile.texts` (the `texts.<i>.about` path).
    pub fn text_index(&self, locale: &str) -> Option<usize> {
        self.profile.texts.iter().position(|t| t.locale == locale)
    }

    /// Sets `locale`'s description, adding the locale if it had none.
    pub fn set_text(&mut self, locale: &str, about: String) {
        match self.profile.texts.iter_mut().find(|t| t.locale == locale) {
            Some(t) => t.about = about,
            None => self.profile.texts.push(ProfileText {
                locale: locale.to_string(),
                about,
            }),
        }
    }

    /// Drops `locale`'s description (buyers then see the English one).
    pub fn remove_text(&mut self, locale: &str) {
        self.profile.texts.retain(|t| t.locale != locale);
    }

    /// Adds `product_id` to the featured products unless present or the list is full.
    pub fn feature(&mut self, product_id: u32) -> bool {
        if self.profile.featured.contains(&product_id)
            || self.profile.featured.len() >= crate::exhibitor::MAX_FEATURED
        {
            return false;
        }
        self.profile.featured.push(product_id);
        true
    }

    /// Moves featured product `index` by `delta` places (-1 up, +1 down); returns its new
    /// index, or `None` if it cannot move.
    pub fn move_featured(&mut self, index: usize, delta: isize) -> Option<usize> {
        let to = index.checked_add_signed(delta)?;
        if index >= self.profile.featured.len() || to >= self.profile.featured.len() {
            return None;
        }
        self.profile.featured.swap(index, to);
        Some(to)
    }

    /// The profile to save, or the fields whose text is not a value (a time that is not a
    /// time, a session without a product, a date that is not a date).
    pub fn to_profile(&self) -> Result<BoothProfile, Vec<FieldError>> {
        let (profile, errors) = self.parse();
        if errors.is_empty() {
            Ok(profile)
        } else {
            Err(errors)
        }
    }

    /// The profile as far as its text parses (fields that do not parse hold placeholders),
    /// and the fields that do not. Lets the other rules run on the rest of the profile so
    /// every problem shows at once.
    pub fn parse(&self) -> (BoothProfile, Vec<FieldError>) {
        let mut errors = Vec::new();
        let mut sessions = Vec::with_capacity(self.sessions.len());
        for (i, s) in self.sessions.iter().enumerate() {
            let product_id = match s.product_id {
                Some(id) => id,
                None => {
                    errors.push(error(format!("sessions.{i}.product_id"), "required"));
                    0
                }
            };
            let date = s.date.trim();
            if date.is_empty() {
                errors.push(error(format!("sessions.{i}.date"), "required"));
            } else if Date::parse_iso(date).is_none() {
                errors.push(error(format!("sessions.{i}.date"), "invalid_format"));
            }
            let start_min = match s.start.trim() {
                "" => {
                    errors.push(error(format!("sessions.{i}.start_min"), "required"));
                    0
                }
                t => parse_hhmm(t).unwrap_or_else(|| {
                    errors.push(error(format!("sessions.{i}.start_min"), "invalid_format"));
                    0
                }),
            };
            sessions.push(PlannedSession {
                kind: s.kind,
                product_id,
                date: date.to_string(),
                start_min,
                duration_min: s.duration_min,
            });
        }
        let mut hour = |text: &str, field: &str| match text.trim() {
            "" => {
                errors.push(error(field, "required"));
                0
            }
            t => parse_hhmm(t).unwrap_or_else(|| {
                errors.push(error(field, "invalid_format"));
                0
            }),
        };
        let start_min = hour(&self.hours_start, "working_hours.start_min");
        let end_min = hour(&self.hours_end, "working_hours.end_min");
        let mut profile = self.profile.clone();
        profile.sessions = sessions;
        profile.working_hours = WorkingHours { start_min, end_min };
        (profile, errors)
    }

    /// Whether the draft differs from the saved profile (a draft whose text does not parse
    /// always does).
    pub fn is_changed(&self, saved: &BoothProfile) -> bool {
        self.to_profile().map_or(true, |p| &p != saved)
    }

    /// The stored form of this draft, started from `base`.
    pub fn to_storage(&self, base: &BoothProfile) -> String {
        serde_json::to_string(&StoredProfile {
            version: DRAFT_VERSION,
            base: base.clone(),
            draft: self.clone(),
        })
        .unwrap_or_default()
    }

    /// The stored draft, if there is one for `saved` (the profile as the backend has it
    /// now). A draft started from another version of the profile (saved elsewhere since) is
    /// dropped rather than overwrite those changes unseen.
    pub fn from_storage(text: Option<&str>, saved: &BoothProfile) -> Option<ProfileDraft> {
        let stored: StoredProfile = serde_json::from_str(text?).ok()?;
        (stored.version == DRAFT_VERSION && &stored.base == saved).then_some(stored.draft)
    }
}

/// The backends' profile rules ([`crate::exhibitor::validate_profile`]) that need no
/// catalog, for the editor to run before sending: everything but whether products and
/// documents are the exhibitor's own (`not_offered`), which only the backend can tell.
pub fn check_profile(p: &BoothProfile, today: Date) -> Vec<FieldError> {
    thread_local! {
        static NO_CATALOG: crate::seed::Catalog = crate::seed::Catalog::generate(0, 0, 0);
    }
    NO_CATALOG.with(|c| {
        crate::exhibitor::validate_profile(c, p, today)
            .into_iter()
            .filter(|e| e.code != "not_offered")
            .collect()
    })
}

/// Where a field sits in the editor, top to bottom, so the first problem shown (and
/// focused) is the first on the page.
fn page_rank(field: &str) -> u8 {
    match field.split('.').next().unwrap_or_default() {
        "texts" => 0,
        "featured" => 1,
        "brochures" => 2,
        "time_zone" => 3,
        "sessions" => 4,
        "working_hours" => 5,
        "slot_minutes" => 6,
        _ => 7,
    }
}

/// The group a field belongs to for [`merge_problems`]: `sessions.2` for any field of that
/// session, `working_hours` for either end.
fn group(field: &str) -> &str {
    if field.starts_with("sessions.") {
        let end = field
            .match_indices('.')
            .nth(1)
            .map_or(field.len(), |(i, _)| i);
        &field[..end]
    } else if field.starts_with("working_hours") {
        "working_hours"
    } else {
        field
    }
}

/// The problems of the typed text (from [`ProfileDraft::parse`]) and of the rules run on the
/// parsed profile, in page order. A rule's finding about a session or the working hours
/// whose text did not parse is dropped: it judged a placeholder, not what was typed.
pub fn merge_problems(parse: Vec<FieldError>, rules: Vec<FieldError>) -> Vec<FieldError> {
    let mut out = parse;
    for e in rules {
        let judged_placeholder = out.iter().any(|p| group(&p.field) == group(&e.field));
        if !judged_placeholder && !out.contains(&e) {
            out.push(e);
        }
    }
    out.sort_by_key(|e| page_rank(&e.field));
    out
}

/// The documents the editor offers to include: the profile's own, then every other kind of
/// document the booth has (at its fixed path), in [`BrochureKind::ALL`] order. A document
/// not in the profile has no known size (`0`); the backend stores the catalog's own record
/// of whatever is chosen.
pub fn offered_brochures(booth_id: u32, current: &[Brochure]) -> Vec<Brochure> {
    BrochureKind::ALL
        .iter()
        .map(|k| {
            current
                .iter()
                .find(|b| b.kind == *k)
                .cloned()
                .unwrap_or_else(|| {
                    let url = brochure_path(booth_id, *k);
                    Brochure {
                        kind: *k,
                        file_name: url.rsplit('/').next().unwrap_or_default().to_string(),
                        url,
                        mime: "application/pdf".into(),
                        size_bytes: 0,
                    }
                })
        })
        .collect()
}

/// A UTC offset in minutes east as `+08:00`, `-05:00`, `+05:30`.
pub fn utc_offset_label(offset_min: i32) -> String {
    let sign = if offset_min < 0 { '-' } else { '+' };
    let abs = offset_min.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
}

// ---------------------------------------------------------------------------------------
// RFQ answer
// ---------------------------------------------------------------------------------------

/// One price tier as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierDraft {
    pub min_qty: String,
    /// Unit price in major units of the offer's currency ("12.50").
    pub unit_price: String,
}

/// The answer form as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferDraft {
    pub currency: Currency,
    pub tiers: Vec<TierDraft>,
    pub incoterm: Incoterm,
    pub lead_time_days: String,
    /// `YYYY-MM-DD`.
    pub expires_on: String,
    pub note: String,
}

impl OfferDraft {
    /// A fresh answer to an RFQ for `quantity` under `incoterm`: one tier from that
    /// quantity, expiring in 30 days.
    pub fn new(currency: Currency, quantity: u32, incoterm: Incoterm, today: Date) -> OfferDraft {
        OfferDraft {
            currency,
            tiers: vec![TierDraft {
                min_qty: quantity.to_string(),
                unit_price: String::new(),
            }],
            incoterm,
            lead_time_days: String::new(),
            expires_on: today.plus_days(30).to_iso(),
            note: String::new(),
        }
    }

    /// The offer to send in `locale`, or the fields whose text is not a value.
    pub fn to_offer(&self, locale: &str) -> Result<QuoteOffer, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.tiers.is_empty() {
            errors.push(error("tiers", "required"));
        }
        let mut tiers = Vec::with_capacity(self.tiers.len());
        for (i, t) in self.tiers.iter().enumerate() {
            let min_qty = match t.min_qty.trim() {
                "" => {
                    errors.push(error(format!("tiers.{i}.min_qty"), "required"));
                    0
                }
                q => q.parse::<u32>().unwrap_or_else(|_| {
                    errors.push(error(format!("tiers.{i}.min_qty"), "invalid_format"));
                    0
                }),
            };
            let unit_minor = if t.unit_price.trim().is_empty() {
                errors.push(error(format!("tiers.{i}.unit_minor"), "required"));
                0
            } else {
                match Money::parse_major(&t.unit_price, self.currency) {
                    Some(m) => m.minor,
                    None => {
                        errors.push(error(format!("tiers.{i}.unit_minor"), "invalid_format"));
                        0
                    }
                }
            };
            tiers.push(PriceTier {
                min_qty,
                unit_minor,
            });
        }
        let lead_time_days = match self.lead_time_days.trim() {
            "" => {
                errors.push(error("lead_time_days", "required"));
                0
            }
            d => d.parse::<u32>().unwrap_or_else(|_| {
                errors.push(error("lead_time_days", "invalid_format"));
                0
            }),
        };
        let expires_on = self.expires_on.trim();
        if expires_on.is_empty() {
            errors.push(error("expires_on", "required"));
        } else if Date::parse_iso(expires_on).is_none() {
            errors.push(error("expires_on", "invalid_format"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(QuoteOffer {
            currency: self.currency,
            tiers,
            incoterm: self.incoterm,
            lead_time_days,
            expires_on: expires_on.to_string(),
            note: self.note.trim().to_string(),
            locale: locale.to_string(),
        })
    }

    /// Adds an empty tier row (up to [`MAX_TIERS`]).
    pub fn add_tier(&mut self) -> bool {
        if self.tiers.len() >= MAX_TIERS {
            return false;
        }
        self.tiers.push(TierDraft::default());
        true
    }

    pub fn to_storage(&self) -> String {
        serde_json::to_string(&(DRAFT_VERSION, self)).unwrap_or_default()
    }

    pub fn from_storage(text: Option<&str>) -> Option<OfferDraft> {
        let (version, draft): (u32, OfferDraft) = serde_json::from_str(text?).ok()?;
        (version == DRAFT_VERSION).then_some(draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> BoothProfile {
        BoothProfile {
            booth_id: 1,
            exhibitor: "Shenzhen Bright".into(),
            texts: vec![ProfileText {
                locale: "en".into(),
                about: "We make lights.".into(),
            }],
            featured: vec![3, 5],
            brochures: vec![Brochure {
                kind: BrochureKind::Catalogue,
                file_name: "booth-1-catalogue.pdf".into(),
                url: "/media/brochures/booth-1-catalogue.pdf".into(),
                mime: "application/pdf".into(),
                size_bytes: 1200,
            }],
            time_zone: "Asia/Shanghai".into(),
            sessions: vec![PlannedSession {
                kind: SessionKind::FactoryTour,
                product_id: 3,
                date: "2026-12-01".into(),
                start_min: 9 * 60 + 30,
                duration_min: 45,
            }],
            working_hours: WorkingHours {
                start_min: 9 * 60,
                end_min: 18 * 60,
            },
            slot_minutes: 30,
        }
    }

    #[test]
    fn times_round_trip_and_reject_non_times() {
        assert_eq!(hhmm(9 * 60 + 5), "09:05");
        assert_eq!(parse_hhmm("09:05"), Some(545));
        assert_eq!(parse_hhmm("9:05"), Some(545));
        assert_eq!(parse_hhmm("23:59:00"), Some(1439));
        for bad in [
            "",
            "24:00",
            "12:60",
            "12",
            "1:2",
            "ab:cd",
            "12:00:0",
            "-1:00",
            "12:00:00:00",
        ] {
            assert_eq!(parse_hhmm(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_untouched_draft_is_the_saved_profile() {
        let p = profile();
        let d = ProfileDraft::from_profile(&p);
        assert_eq!(d.to_profile(), Ok(p.clone()));
        assert!(!d.is_changed(&p));
    }

    #[test]
    fn typed_times_become_minutes_and_bad_ones_land_on_their_paths() {
        let p = profile();
        let mut d = ProfileDraft::from_profile(&p);
        d.hours_end = "17:30".into();
        d.sessions[0].start = "14:15".into();
        let out = d.to_profile().unwrap();
        assert_eq!(out.working_hours.end_min, 17 * 60 + 30);
        assert_eq!(out.sessions[0].start_min, 14 * 60 + 15);
        assert!(d.is_changed(&p));

        d.sessions
            .push(SessionDraft::new(Date::from_ymd(2026, 12, 2).unwrap()));
        d.sessions[1].start = "25:00".into();
        d.sessions[1].date = "2026-13-01".into();
        d.hours_start = String::new();
        let errs = d.to_profile().unwrap_err();
        let paths: Vec<(&str, &str)> = errs
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            paths,
            vec![
                ("sessions.1.product_id", "required"),
                ("sessions.1.date", "invalid_format"),
                ("sessions.1.start_min", "invalid_format"),
                ("working_hours.start_min", "required"),
            ]
        );
    }

    #[test]
    fn texts_are_set_added_and_removed_by_locale() {
        let mut d = ProfileDraft::from_profile(&profile());
        d.set_text("de", "Wir machen Licht.".into());
        d.set_text("en", "We make lamps.".into());
        assert_eq!(d.text("de"), Some("Wir machen Licht."));
        assert_eq!(d.text_index("de"), Some(1));
        assert_eq!(d.text("en"), Some("We make lamps."));
        d.remove_text("de");
        assert_eq!(d.text("de"), None);
    }

    #[test]
    fn featured_products_are_capped_unique_and_reorderable() {
        let mut d = ProfileDraft::from_profile(&profile());
        assert!(!d.feature(3));
        for id in 10..20 {
            d.feature(id);
        }
        assert_eq!(d.profile.featured.len(), crate::exhibitor::MAX_FEATURED);
        assert_eq!(d.move_featured(0, 1), Some(1));
        assert_eq!(&d.profile.featured[..2], &[5, 3]);
        assert_eq!(d.move_featured(0, -1), None);
        let last = d.profile.featured.len() - 1;
        assert_eq!(d.move_featured(last, 1), None);
    }

    #[test]
    fn a_stored_draft_survives_only_for_the_profile_it_started_from() {
        let p = profile();
        let mut d = ProfileDraft::from_profile(&p);
        d.set_text("de", "Hallo".into());
        let text = d.to_storage(&p);
        assert_eq!(ProfileDraft::from_storage(Some(&text), &p), Some(d));
        let mut elsewhere = p.clone();
        elsewhere.slot_minutes = 45;
        assert_eq!(ProfileDraft::from_storage(Some(&text), &elsewhere), None);
        assert_eq!(ProfileDraft::from_storage(Some("{"), &p), None);
        assert_eq!(ProfileDraft::from_storage(None, &p), None);
    }

    #[test]
    fn problems_merge_in_page_order_without_judging_placeholders() {
        let parse = vec![
            error("sessions.1.product_id", "required"),
            error("working_hours.end_min", "invalid_format"),
        ];
        let rules = vec![
            error("sessions.1.start_min", "overlaps"),
            error("sessions.0.duration_min", "out_of_range"),
            error("working_hours", "invalid_format"),
            error("texts.2.about", "too_long"),
            error("slot_minutes", "invalid_format"),
        ];
        assert_eq!(
            merge_problems(parse, rules),
            vec![
                error("texts.2.about", "too_long"),
                error("sessions.1.product_id", "required"),
                error("sessions.0.duration_min", "out_of_range"),
                error("working_hours.end_min", "invalid_format"),
                error("slot_minutes", "invalid_format"),
            ]
        );
        let mut d = ProfileDraft::from_profile(&profile());
        d.sessions[0].product_id = None;
        d.hours_end = "8".into();
        let (p, errs) = d.parse();
        assert_eq!(p.sessions[0].product_id, 0);
        assert_eq!(p.working_hours.end_min, 0);
        assert_eq!(errs.len(), 2);
    }

    #[test]
    fn the_catalog_free_check_finds_what_the_backend_would_except_ownership() {
        let today = Date::from_ymd(2026, 11, 23).unwrap();
        let mut p = profile();
        p.time_zone = "Asia/Shanghai".into();
        assert_eq!(check_profile(&p, today), vec![]);
        p.texts[0].about = "x".repeat(crate::exhibitor::MAX_ABOUT_CHARS + 1);
        p.working_hours = WorkingHours {
            start_min: 18 * 60,
            end_min: 9 * 60,
        };
        p.featured.push(99_999);
        let found = check_profile(&p, today);
        assert!(
            found.contains(&error("texts.0.about", "too_long")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|e| e.field.starts_with("working_hours")),
            "{found:?}"
        );
        assert!(found.iter().all(|e| e.code != "not_offered"), "{found:?}");
    }

    #[test]
    fn brochures_on_offer_are_the_profiles_plus_the_missing_kinds() {
        let p = profile();
        let offered = offered_brochures(1, &p.brochures);
        assert_eq!(offered.len(), BrochureKind::ALL.len());
        assert_eq!(offered[0], p.brochures[0]);
        assert_eq!(offered[1].kind, BrochureKind::SpecSheet);
        assert_eq!(offered[1].url, "/media/brochures/booth-1-spec-sheet.pdf");
        assert_eq!(offered[1].file_name, "booth-1-spec-sheet.pdf");
        assert_eq!(utc_offset_label(480), "+08:00");
        assert_eq!(utc_offset_label(-300), "-05:00");
        assert_eq!(utc_offset_label(330), "+05:30");
        assert_eq!(utc_offset_label(0), "+00:00");
    }

    #[test]
    fn offer_prices_are_parsed_to_minor_units_without_floats() {
        let today = Date::from_ymd(2026, 11, 23).unwrap();
        let mut d = OfferDraft::new(Currency::Usd, 500, Incoterm::Fob, today);
        assert_eq!(d.expires_on, "2026-12-23");
        d.tiers[0].unit_price = "4.35".into();
        d.add_tier();
        d.tiers[1] = TierDraft {
            min_qty: " 1000 ".into(),
            unit_price: "4,1".into(),
        };
        d.lead_time_days = "21".into();
        d.note = "  Sea freight.  ".into();
        let o = d.to_offer("de").unwrap();
        assert_eq!(
            o.tiers,
            vec![
                PriceTier {
                    min_qty: 500,
                    unit_minor: 435
                },
                PriceTier {
                    min_qty: 1000,
                    unit_minor: 410
                }
            ]
        );
        assert_eq!(o.note, "Sea freight.");
        assert_eq!(o.locale, "de");

        let mut jpy = d.clone();
        jpy.currency = Currency::Jpy;
        jpy.tiers[0].unit_price = "0.1".into();
        jpy.tiers[1].unit_price = "410".into();
        let errs = jpy.to_offer("en").unwrap_err();
        assert_eq!(errs, vec![error("tiers.0.unit_minor", "invalid_format")]);
    }

    #[test]
    fn offer_text_that_is_not_a_value_lands_on_its_path() {
        let today = Date::from_ymd(2026, 11, 23).unwrap();
        let mut d = OfferDraft::new(Currency::Eur, 10, Incoterm::Exw, today);
        d.tiers[0].min_qty = "ten".into();
        d.lead_time_days = String::new();
        d.expires_on = "soon".into();
        let errs = d.to_offer("en").unwrap_err();
        assert_eq!(
            errs,
            vec![
                error("tiers.0.min_qty", "invalid_format"),
                error("tiers.0.unit_minor", "required"),
                error("lead_time_days", "required"),
                error("expires_on", "invalid_format"),
            ]
        );
        d.tiers.clear();
        assert!(d
            .to_offer("en")
            .unwrap_err()
            .contains(&error("tiers", "required")));
        for _ in 0..MAX_TIERS {
            d.add_tier();
        }
        assert!(!d.add_tier());
        let stored = d.to_storage();
        assert_eq!(OfferDraft::from_storage(Some(&stored)), Some(d));
    }
}
