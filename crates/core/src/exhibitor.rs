//! The exhibitor's side of the expo: accounts and sign-in, the booth profile an exhibitor
//! edits, going live (the WHIP ingest the backend grants), leads and the RFQ inbox.
//!
//! Wire types of `/api/auth/*` and `/api/exhibitor/booths/{id}/*` (see `docs/openapi.yaml`)
//! and their rules, shared by the embedded demo backend and the reference server so both
//! refuse and derive the same things.
//!
//! Authorisation: every `/api/exhibitor/booths/{id}/...` request carries
//! `Authorization: Bearer <token>` of a signed-in account. No or an unknown token is `401`
//! (`unauthenticated`); a buyer's token, or an exhibitor's token for another booth, is `403`
//! (`forbidden`) — see [`authorize_booth`].

use serde::{Deserialize, Serialize};

use crate::chat::{ChatEvent, EventBody};
use crate::expo::{self, Brochure, Meeting, SessionKind, SharedCard, WorkingHours};
use crate::expo_tz::Zone;
use crate::money::{Currency, Money};
use crate::order_csv;
use crate::orders::{OrderBook, ScheduledReply};
use crate::pricing::{PriceTier, TierTable};
use crate::quotes::{self, quote_id};
use crate::seed::{locale_index, Catalog, SupplierRecord, LOCALES};
use crate::time::{Date, Timestamp};
use crate::trade::{FieldError, Quote, Rfq};
use crate::wire::{Incoterm, LocalizedText};

// ---------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Buyer,
    Exhibitor,
}

/// A signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: u32,
    pub email: String,
    /// Display name.
    pub name: String,
    pub role: Role,
    /// The booth an exhibitor runs (its supplier's id); `None` for buyers.
    pub booth_id: Option<u32>,
}

/// `POST /api/auth/sign-in`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

/// `200` answer of `POST /api/auth/sign-in` (`401` `invalid_credentials` otherwise). The
/// token is sent back as `Authorization: Bearer <token>`; it is never put in a URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthSession {
    pub token: String,
    pub account: Account,
}

/// A demo account, seeded identically in the demo backend and the reference server. The
/// passwords are public on purpose: they are shown on the sign-in page of the demo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DemoAccount {
    pub id: u32,
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    pub role: Role,
    pub booth_id: Option<u32>,
}

/// The demo accounts: exhibitors of booth 1 (which is always live in the seed) and booth 2,
/// and one buyer.
pub const DEMO_ACCOUNTS: [DemoAccount; 3] = [
    DemoAccount {
        id: 1,
        email: "booth1@exhibitor.tradefair.example",
        password: "expo-booth-1",
        name: "Booth 1 team",
        role: Role::Exhibitor,
        booth_id: Some(1),
    },
    DemoAccount {
        id: 2,
        email: "booth2@exhibitor.tradefair.example",
        password: "expo-booth-2",
        name: "Booth 2 team",
        role: Role::Exhibitor,
        booth_id: Some(2),
    },
    DemoAccount {
        id: 3,
        email: "buyer@buyer.tradefair.example",
        password: "buyer-demo",
        name: "Demo buyer",
        role: Role::Buyer,
        booth_id: None,
    },
];

impl DemoAccount {
    pub fn account(&self) -> Account {
        Account {
            id: self.id,
            email: self.email.to_string(),
            name: self.name.to_string(),
            role: self.role,
            booth_id: self.booth_id,
        }
    }
}

/// How a sign-in email is compared: trimmed, in any case.
pub fn normalized_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The demo account with this email and password (email as [`normalized_email`], password
/// exactly); an unknown email and a wrong password both give `None`.
pub fn demo_account(email: &str, password: &str) -> Option<&'static DemoAccount> {
    let email = normalized_email(email);
    DEMO_ACCOUNTS
        .iter()
        .find(|a| normalized_email(a.email) == email && a.password == password)
}

/// Why a request for a booth's exhibitor data is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthError {
    /// No token, or one that is unknown or signed out (HTTP 401, `unauthenticated`).
    Unauthenticated,
    /// Signed in, but not as the exhibitor of this booth (HTTP 403, `forbidden`).
    Forbidden,
}

/// Whether `account` (the token's owner, `None` for no or an unknown token) may read and
/// change booth `booth_id`'s exhibitor data.
pub fn authorize_booth(account: Option<&Account>, booth_id: u32) -> Result<(), AuthError> {
    match account {
        None => Err(AuthError::Unauthenticated),
        Some(a) if a.role == Role::Exhibitor && a.booth_id == Some(booth_id) => Ok(()),
        Some(_) => Err(AuthError::Forbidden),
    }
}

// ---------------------------------------------------------------------------------------
// Booth profile (the booth editor)
// ---------------------------------------------------------------------------------------

/// The booth's description in one locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileText {
    /// BCP 47, one of the shipped locales.
    pub locale: String,
    pub about: String,
}

/// A session the exhibitor plans, entered in the exhibitor's own time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSession {
    pub kind: SessionKind,
    /// The product presented (one of the exhibitor's).
    pub product_id: u32,
    /// Local date `YYYY-MM-DD` in the profile's time zone.
    pub date: String,
    /// Local start, minutes after midnight.
    pub start_min: u32,
    pub duration_min: u32,
}

/// `GET`/`PUT /api/exhibitor/booths/{id}/profile`: everything the booth editor edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoothProfile {
    pub booth_id: u32,
    /// Read-only: the exhibiting supplier's name.
    pub exhibitor: String,
    /// The description per locale; locales without one fall back to English for buyers.
    pub texts: Vec<ProfileText>,
    /// Up to [`MAX_FEATURED`] of the exhibitor's own product ids, in order.
    pub featured: Vec<u32>,
    /// Brochures on offer (chosen from the exhibitor's documents).
    pub brochures: Vec<Brochure>,
    /// The exhibitor's IANA time zone; sessions and hours are in it.
    pub time_zone: String,
    pub sessions: Vec<PlannedSession>,
    pub working_hours: WorkingHours,
    /// Length of a meeting slot: 15, 30, 45 or 60.
    pub slot_minutes: u32,
}

/// Most featured products.
pub const MAX_FEATURED: usize = 6;
/// Longest description, in characters.
pub const MAX_ABOUT_CHARS: usize = 2000;

// ---------------------------------------------------------------------------------------
// Going live
// ---------------------------------------------------------------------------------------

/// `GET /api/exhibitor/booths/{id}/live`: where and how to publish, and the stream's state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestGrant {
    /// The WHIP endpoint for this booth; `None` when the backend has no media server.
    pub whip_url: Option<String>,
    /// The bearer token the WHIP endpoint requires (sent on POST, PATCH and DELETE).
    pub whip_token: Option<String>,
    /// Whether the booth is on air (set by `PUT .../live`).
    pub on_air: bool,
    /// Viewers now, when the media server reports it.
    pub viewers: Option<u32>,
}

/// `PUT /api/exhibitor/booths/{id}/live`: the console says it went on or off air.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnAirRequest {
    pub on_air: bool,
}

/// `POST /api/exhibitor/booths/{id}/chat`: the exhibitor's reply in the booth channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExhibitorPost {
    pub text: String,
    /// The language of `text`.
    pub locale: String,
}

// ---------------------------------------------------------------------------------------
// Engagement and leads
// ---------------------------------------------------------------------------------------

/// What a buyer did that an exhibitor may see, reported by the buyer's app
/// (`POST /api/expo/booths/{id}/engagement`) only when the buyer has shared a card with the
/// booth (consent); the backend refuses it otherwise (`409` `consent_required`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Engagement {
    /// Watched the live stream for this many more seconds (sent every minute or so).
    Watched { seconds: u32 },
    /// Downloaded a brochure.
    Brochure { file_name: String },
}

/// `POST /api/expo/booths/{id}/engagement`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngagementReport {
    pub engagement: Engagement,
}

/// One thing a lead did, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LeadActivity {
    CardShared {
        at: Timestamp,
    },
    MeetingBooked {
        at: Timestamp,
        meeting_id: String,
        start: Timestamp,
    },
    QuestionAsked {
        at: Timestamp,
        text: String,
    },
    RfqSent {
        at: Timestamp,
        rfq_id: String,
        product_id: u32,
        quantity: u32,
    },
    /// Only with consent.
    Watched {
        at: Timestamp,
        minutes: u32,
    },
    /// Only with consent.
    BrochureDownloaded {
        at: Timestamp,
        file_name: String,
    },
}

/// Where the exhibitor is with a lead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadStatus {
    #[default]
    New,
    Contacted,
    Qualified,
    Won,
    Lost,
}

impl LeadStatus {
    pub const ALL: [LeadStatus; 5] = [
        LeadStatus::New,
        LeadStatus::Contacted,
        LeadStatus::Qualified,
        LeadStatus::Won,
        LeadStatus::Lost,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            LeadStatus::New => "new",
            LeadStatus::Contacted => "contacted",
            LeadStatus::Qualified => "qualified",
            LeadStatus::Won => "won",
            LeadStatus::Lost => "lost",
        }
    }
}

/// A buyer who interacted with the booth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    /// Stable per buyer and booth.
    pub id: String,
    /// From the shared card or the chat display name.
    pub name: String,
    pub company: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub country: Option<String>,
    /// Whether the buyer shared a card with this booth (engagement signals need it).
    pub consent: bool,
    /// Oldest first.
    pub activities: Vec<LeadActivity>,
    pub status: LeadStatus,
    pub notes: String,
    pub last_activity: Timestamp,
}

/// `PATCH /api/exhibitor/booths/{id}/leads/{lead_id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadUpdate {
    pub status: LeadStatus,
    pub notes: String,
}

/// Longest lead note, in characters.
pub const MAX_NOTES_CHARS: usize = 2000;

// ---------------------------------------------------------------------------------------
// RFQ inbox
// ---------------------------------------------------------------------------------------

/// `POST /api/exhibitor/booths/{id}/rfqs/{rfq_id}/quote`: the exhibitor's own answer to an
/// RFQ sent to its supplier. It replaces the generated quote of that supplier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteOffer {
    pub currency: Currency,
    /// Price tiers by minimum quantity, ascending; the one for the RFQ's quantity is the
    /// quote's unit price.
    pub tiers: Vec<PriceTier>,
    pub incoterm: Incoterm,
    pub lead_time_days: u32,
    /// ISO date, inclusive; after today.
    pub expires_on: String,
    /// Shown to the buyer as written (in `locale`).
    pub note: String,
    pub locale: String,
}

/// Field errors use [`FieldError`] with the dotted paths of these types
/// (`texts.2.about`, `sessions.0.start_min`, `tiers.1.unit_minor`, ...).
pub type Problems = Vec<FieldError>;

fn problem(field: impl Into<String>, code: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.into(),
    }
}

fn valid_locale_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

// ---------------------------------------------------------------------------------------
// Booth profile rules
// ---------------------------------------------------------------------------------------

/// Meeting slot lengths an exhibitor may choose.
pub const SLOT_CHOICES: [u32; 4] = [15, 30, 45, 60];
/// Shortest and longest planned session, in minutes.
pub const SESSION_MINUTES: std::ops::RangeInclusive<u32> = 15..=240;
/// Most planned sessions in a profile.
pub const MAX_SESSIONS: usize = 40;

/// Whether product `product_id` is one of booth `booth_id`'s own.
fn offers(catalog: &Catalog, booth_id: u32, product_id: u32) -> bool {
    catalog
        .product(product_id)
        .is_some_and(|p| p.supplier_id == booth_id)
}

/// What buyers see before the exhibitor saves anything: the seed's booth as a profile (the
/// supplier's description in every locale it has, the seeded "sells" products as featured,
/// its brochures, time zone and hours, the seeded sessions of the coming days in local time,
/// 30-minute slots). `None` for an unknown booth.
pub fn default_profile(catalog: &Catalog, booth_id: u32, now: Timestamp) -> Option<BoothProfile> {
    let seeded = expo::seeded_booth(catalog, booth_id, now)?;
    let supplier = catalog.supplier(booth_id)?;
    let mut texts: Vec<ProfileText> = Vec::new();
    for loc in LOCALES {
        let text = supplier
            .about
            .0
            .iter()
            .find(|(k, v)| locale_index(k).map(|i| LOCALES[i]) == Some(loc) && !v.trim().is_empty())
            .map(|(_, v)| v.clone());
        if let Some(about) = text {
            texts.push(ProfileText {
                locale: loc.to_string(),
                about,
            });
        }
    }
    let sessions = seeded
        .sessions
        .iter()
        .map(|(kind, product_id, start, minutes)| {
            let (date, start_min) = seeded.zone.local(*start);
            PlannedSession {
                kind: *kind,
                product_id: *product_id,
                date: date.to_iso(),
                start_min,
                duration_min: *minutes,
            }
        })
        .collect();
    Some(BoothProfile {
        booth_id,
        exhibitor: supplier.name.clone(),
        texts,
        featured: seeded.products.iter().copied().take(MAX_FEATURED).collect(),
        brochures: expo::brochures(catalog, booth_id),
        time_zone: seeded.zone.id.to_string(),
        sessions,
        working_hours: seeded.hours,
        slot_minutes: expo::SLOT_MINUTES,
    })
}

/// The UTC start and end of a planned session in `zone` (daylight saving applied on the
/// session's date); `None` when its date or start is not a valid local time.
pub fn session_times(s: &PlannedSession, zone: &Zone) -> Option<(Timestamp, Timestamp)> {
    let date = Date::parse_iso(&s.date)?;
    if s.start_min >= 1440 {
        return None;
    }
    let start = zone.local_to_utc(date, s.start_min);
    Some((start, start.plus_secs(i64::from(s.duration_min) * 60)))
}

/// A planned session as buyers see it (the same [`expo::Session`] the booth, hall and
/// schedule show once the profile is saved); `None` for an unknown booth or zone, or a
/// session whose local time is not valid.
pub fn planned_session(
    catalog: &Catalog,
    profile: &BoothProfile,
    s: &PlannedSession,
    locale: &str,
) -> Option<expo::Session> {
    let supplier = catalog.supplier(profile.booth_id)?;
    let zone = Zone::by_id(&profile.time_zone)?;
    let (start, end) = session_times(s, &zone)?;
    Some(expo::Session {
        id: format!("{}-{}", supplier.id, start.0),
        booth_id: supplier.id,
        exhibitor: supplier.name.clone(),
        hall: supplier.main_category,
        kind: s.kind,
        product: match catalog.product(s.product_id) {
            Some(p) => p.name.resolve(locale),
            None => LocalizedText {
                text: String::new(),
                lang: "en".into(),
            },
        },
        start,
        end,
        time_zone: zone.id.to_string(),
    })
}

/// The fields of `p` to correct before it can be saved (empty when it is acceptable).
/// `today` is not used to refuse past sessions (they simply stop showing), only kept for
/// rules that depend on the date.
pub fn validate_profile(catalog: &Catalog, p: &BoothProfile, _today: Date) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut seen_locales: Vec<&str> = Vec::new();
    for (i, t) in p.texts.iter().enumerate() {
        if !LOCALES.contains(&t.locale.as_str()) {
            errors.push(problem(format!("texts.{i}.locale"), "invalid_format"));
        } else if seen_locales.contains(&t.locale.as_str()) {
            errors.push(problem(format!("texts.{i}.locale"), "duplicate"));
        } else {
            seen_locales.push(&t.locale);
        }
        if t.about.trim().chars().count() > MAX_ABOUT_CHARS {
            errors.push(problem(format!("texts.{i}.about"), "too_long"));
        }
    }
    if p.featured.len() > MAX_FEATURED {
        errors.push(problem("featured", "too_many"));
    }
    for (i, id) in p.featured.iter().enumerate() {
        if !offers(catalog, p.booth_id, *id) {
            errors.push(problem(format!("featured.{i}"), "not_offered"));
        } else if p.featured[..i].contains(id) {
            errors.push(problem(format!("featured.{i}"), "duplicate"));
        }
    }
    let own = expo::brochures(catalog, p.booth_id);
    // Brochures are the booth's own documents, recognised by URL: the editor knows a
    // document's kind and URL, not necessarily its size (the saved profile stores the
    // catalog's own record, see `normalized_profile`).
    for (i, b) in p.brochures.iter().enumerate() {
        if !own.iter().any(|o| o.url == b.url) {
            errors.push(problem(format!("brochures.{i}"), "not_offered"));
        } else if p.brochures[..i].iter().any(|x| x.url == b.url) {
            errors.push(problem(format!("brochures.{i}"), "duplicate"));
        }
    }
    let zone = Zone::by_id(&p.time_zone);
    if zone.is_none() {
        errors.push(problem("time_zone", "invalid_format"));
    }
    if p.sessions.len() > MAX_SESSIONS {
        errors.push(problem("sessions", "too_many"));
    }
    let mut placed: Vec<(Timestamp, Timestamp)> = Vec::new();
    for (i, s) in p.sessions.iter().enumerate() {
        let mut ok = true;
        if Date::parse_iso(&s.date).is_none() {
            errors.push(problem(format!("sessions.{i}.date"), "invalid_format"));
            ok = false;
        }
        if s.start_min >= 1440 {
            errors.push(problem(format!("sessions.{i}.start_min"), "invalid_format"));
            ok = false;
        }
        if !SESSION_MINUTES.contains(&s.duration_min) {
            errors.push(problem(
                format!("sessions.{i}.duration_min"),
                "out_of_range",
            ));
            ok = false;
        }
        if !offers(catalog, p.booth_id, s.product_id) {
            errors.push(problem(format!("sessions.{i}.product_id"), "not_offered"));
        }
        if let (true, Some(zone)) = (ok, zone) {
            if let Some((start, end)) = session_times(s, &zone) {
                if placed.iter().any(|(a, b)| *a < end && start < *b) {
                    errors.push(problem(format!("sessions.{i}.start_min"), "overlaps"));
                } else {
                    placed.push((start, end));
                }
            }
        }
    }
    let h = p.working_hours;
    if h.start_min >= h.end_min || h.end_min > 1440 {
        errors.push(problem("working_hours", "invalid_format"));
    }
    if !SLOT_CHOICES.contains(&p.slot_minutes) {
        errors.push(problem("slot_minutes", "invalid_format"));
    }
    errors
}

/// The profile as stored and answered by `PUT`: the booth's real exhibitor name, texts
/// trimmed and those left empty dropped (in [`LOCALES`] order), sessions by date and start.
pub fn normalized_profile(catalog: &Catalog, p: &BoothProfile) -> BoothProfile {
    let mut texts: Vec<ProfileText> = p
        .texts
        .iter()
        .map(|t| ProfileText {
            locale: t.locale.clone(),
            about: t.about.trim().to_string(),
        })
        .filter(|t| !t.about.is_empty())
        .collect();
    texts.sort_by_key(|t| LOCALES.iter().position(|l| *l == t.locale));
    let mut sessions = p.sessions.clone();
    sessions.sort_by(|a, b| (&a.date, a.start_min).cmp(&(&b.date, b.start_min)));
    let own = expo::brochures(catalog, p.booth_id);
    let brochures = p
        .brochures
        .iter()
        .map(|b| {
            own.iter()
                .find(|o| o.url == b.url)
                .cloned()
                .unwrap_or_else(|| b.clone())
        })
        .collect();
    BoothProfile {
        booth_id: p.booth_id,
        exhibitor: catalog
            .supplier(p.booth_id)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| p.exhibitor.clone()),
        texts,
        sessions,
        brochures,
        ..p.clone()
    }
}

/// The shipped locales the profile has no description in (buyers reading them get the
/// English one), in [`LOCALES`] order.
pub fn missing_locales(p: &BoothProfile) -> Vec<&'static str> {
    LOCALES
        .iter()
        .copied()
        .filter(|l| {
            !p.texts
                .iter()
                .any(|t| t.locale == *l && !t.about.trim().is_empty())
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Engagement and leads
// ---------------------------------------------------------------------------------------

/// Longest watch time one report may add, in seconds.
pub const MAX_WATCH_REPORT_SECS: u32 = 3600;

/// An engagement a consenting buyer reported, as a backend stores it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngagementRecord {
    pub booth_id: u32,
    pub at: Timestamp,
    pub engagement: Engagement,
}

/// The exhibitor's status and notes of one lead, as a backend stores them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadNote {
    pub booth_id: u32,
    pub lead_id: String,
    pub status: LeadStatus,
    pub notes: String,
}

/// What leads are derived from: everything a backend stores about its buyer and the booth.
#[derive(Clone, Copy, Debug)]
pub struct LeadInputs<'a> {
    pub booth_id: u32,
    /// The card the buyer shared with this booth, if any (the consent).
    pub card: Option<&'a SharedCard>,
    /// The buyer's meetings (of any booth; filtered here).
    pub meetings: &'a [Meeting],
    /// The buyer's RFQs (of any supplier; filtered here).
    pub rfqs: &'a [Rfq],
    /// The events of this booth's channel.
    pub chat: &'a [ChatEvent],
    /// Reported engagement (of any booth; filtered here, and used only with consent).
    pub engagement: &'a [EngagementRecord],
    /// Stored statuses and notes (of any booth; filtered here).
    pub notes: &'a [LeadNote],
}

/// The id of the backend's own buyer as a lead.
pub const BUYER_LEAD_ID: &str = "buyer";

/// The lead id of a chat author: `chat-` and the name in lower case, other ASCII as `-` and
/// non-ASCII letters as their hex code point, so it is URL-safe and stable.
pub fn chat_lead_id(author: &str) -> String {
    let mut slug = String::new();
    for c in author.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            slug.push('-');
        } else {
            slug.push_str(&format!("-{:x}-", c as u32));
        }
    }
    let mut out = String::from("chat-");
    let mut dash = true;
    for c in slug.chars() {
        if c == '-' {
            if !dash {
                out.push('-');
            }
            dash = true;
        } else {
            out.push(c);
            dash = false;
        }
    }
    while out.ends_with('-') && out.len() > 5 {
        out.pop();
    }
    out
}

impl LeadActivity {
    /// When it happened.
    pub fn at(&self) -> Timestamp {
        match self {
            LeadActivity::CardShared { at }
            | LeadActivity::MeetingBooked { at, .. }
            | LeadActivity::QuestionAsked { at, .. }
            | LeadActivity::RfqSent { at, .. }
            | LeadActivity::Watched { at, .. }
            | LeadActivity::BrochureDownloaded { at, .. } => *at,
        }
    }
}

/// Every lead of the booth, the most recent activity first (then by id): the backend's
/// buyer (`buyer`: shared card, meetings, RFQs to this supplier, questions asked under the
/// card's name, and — only with a shared card — watch time and brochure downloads) and each
/// other author of questions in the channel (`chat-<slug>`, without consent).
pub fn derive_leads(input: &LeadInputs) -> Vec<Lead> {
    let booth = input.booth_id;
    let card = input.card.filter(|c| c.booth_id == booth);
    let card_name = card
        .and_then(|c| c.card.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let mut buyer: Vec<LeadActivity> = Vec::new();
    if let Some(c) = card {
        buyer.push(LeadActivity::CardShared { at: c.shared_at });
    }
    for m in input.meetings.iter().filter(|m| m.booth_id == booth) {
        buyer.push(LeadActivity::MeetingBooked {
            at: m.booked_at,
            meeting_id: m.id.clone(),
            start: m.start,
        });
    }
    for r in input
        .rfqs
        .iter()
        .filter(|r| r.request.supplier_ids.contains(&booth))
    {
        buyer.push(LeadActivity::RfqSent {
            at: Timestamp::parse_iso(&r.created_at).unwrap_or_default(),
            rfq_id: r.id.clone(),
            product_id: r.request.product_id,
            quantity: r.request.quantity,
        });
    }
    // Other authors, in the order they first asked.
    let mut others: Vec<(String, String, Vec<LeadActivity>)> = Vec::new();
    for e in input.chat.iter().filter(|e| e.booth_id == booth) {
        let EventBody::Question(q) = &e.event else {
            continue;
        };
        let at = Timestamp::parse_iso(&e.at).unwrap_or_default();
        let author = q.author.trim();
        let activity = LeadActivity::QuestionAsked {
            at,
            text: q.text.clone(),
        };
        if card_name.is_some_and(|n| n.to_lowercase() == author.to_lowercase()) {
            buyer.push(activity);
            continue;
        }
        let id = chat_lead_id(author);
        match others.iter_mut().find(|(x, _, _)| *x == id) {
            Some((_, _, list)) => list.push(activity),
            None => others.push((id, author.to_string(), vec![activity])),
        }
    }
    if card.is_some() {
        let mut watched_secs: u64 = 0;
        let mut last_watch = None;
        for r in input.engagement.iter().filter(|r| r.booth_id == booth) {
            match &r.engagement {
                Engagement::Watched { seconds } => {
                    watched_secs += u64::from(*seconds);
                    last_watch = last_watch.max(Some(r.at));
                }
                Engagement::Brochure { file_name } => {
                    buyer.push(LeadActivity::BrochureDownloaded {
                        at: r.at,
                        file_name: file_name.clone(),
                    })
                }
            }
        }
        if let Some(at) = last_watch {
            buyer.push(LeadActivity::Watched {
                at,
                minutes: watched_secs.div_ceil(60) as u32,
            });
        }
    }
    let note = |id: &str| {
        input
            .notes
            .iter()
            .find(|n| n.booth_id == booth && n.lead_id == id)
    };
    let make = |id: String, name: String, mut activities: Vec<LeadActivity>| {
        activities.sort_by_key(LeadActivity::at);
        let last_activity = activities.last().map(LeadActivity::at).unwrap_or_default();
        let stored = note(&id);
        let shared = if id == BUYER_LEAD_ID {
            card.map(|c| &c.card)
        } else {
            None
        };
        Lead {
            name,
            company: shared.and_then(|c| c.company.clone()),
            email: shared.and_then(|c| c.email.clone()),
            phone: shared.and_then(|c| c.phone.clone()),
            country: shared.and_then(|c| c.country.clone()),
            consent: shared.is_some(),
            activities,
            status: stored.map(|n| n.status).unwrap_or_default(),
            notes: stored.map(|n| n.notes.clone()).unwrap_or_default(),
            last_activity,
            id,
        }
    };
    let mut leads = Vec::new();
    if !buyer.is_empty() {
        leads.push(make(
            BUYER_LEAD_ID.to_string(),
            card_name.unwrap_or_default().to_string(),
            buyer,
        ));
    }
    for (id, name, list) in others {
        leads.push(make(id, name, list));
    }
    leads.sort_by(|a, b| {
        b.last_activity
            .cmp(&a.last_activity)
            .then_with(|| a.id.cmp(&b.id))
    });
    leads
}

/// The fields of an engagement report to correct: watch time 1 to
/// [`MAX_WATCH_REPORT_SECS`] seconds, a brochure of this booth.
pub fn validate_engagement(catalog: &Catalog, booth_id: u32, e: &Engagement) -> Vec<FieldError> {
    match e {
        Engagement::Watched { seconds } if !(1..=MAX_WATCH_REPORT_SECS).contains(seconds) => {
            vec![problem("engagement.seconds", "out_of_range")]
        }
        Engagement::Brochure { file_name }
            if !expo::brochures(catalog, booth_id)
                .iter()
                .any(|b| b.file_name == *file_name) =>
        {
            vec![problem("engagement.file_name", "not_offered")]
        }
        _ => Vec::new(),
    }
}

/// The fields of a lead update to correct: notes at most [`MAX_NOTES_CHARS`].
pub fn validate_lead_update(u: &LeadUpdate) -> Vec<FieldError> {
    if u.notes.chars().count() > MAX_NOTES_CHARS {
        vec![problem("notes", "too_long")]
    } else {
        Vec::new()
    }
}

/// Column headings of the leads CSV (fixed, so imports do not depend on the UI language).
pub const LEADS_CSV_HEADERS: [&str; 16] = [
    "lead_id",
    "name",
    "company",
    "email",
    "phone",
    "country",
    "consent",
    "status",
    "last_activity",
    "meetings",
    "rfqs",
    "questions",
    "watched_minutes",
    "brochures",
    "activities",
    "notes",
];

fn activity_line(a: &LeadActivity) -> String {
    let at = LeadActivity::at(a).to_iso();
    match a {
        LeadActivity::CardShared { .. } => format!("{at} card_shared"),
        LeadActivity::MeetingBooked {
            meeting_id, start, ..
        } => format!("{at} meeting_booked {meeting_id} {}", start.to_iso()),
        LeadActivity::QuestionAsked { text, .. } => format!("{at} question_asked {text}"),
        LeadActivity::RfqSent {
            rfq_id,
            product_id,
            quantity,
            ..
        } => format!("{at} rfq_sent {rfq_id} product {product_id} x {quantity}"),
        LeadActivity::Watched { minutes, .. } => format!("{at} watched {minutes} min"),
        LeadActivity::BrochureDownloaded { file_name, .. } => {
            format!("{at} brochure_downloaded {file_name}")
        }
    }
}

/// The leads as a CSV file (RFC 4180: UTF-8 with a byte-order mark, CRLF rows, fields
/// quoted and formula-defused as in the orders export): one row per lead with
/// [`LEADS_CSV_HEADERS`]; `activities` lists what the lead did, one line each.
pub fn leads_csv(leads: &[Lead]) -> String {
    let mut out = String::new();
    out.push(order_csv::BOM);
    out.push_str(&order_csv::record(&LEADS_CSV_HEADERS));
    out.push_str("\r\n");
    for l in leads {
        let count = |f: fn(&LeadActivity) -> bool| l.activities.iter().filter(|a| f(a)).count();
        let watched: u32 = l
            .activities
            .iter()
            .map(|a| match a {
                LeadActivity::Watched { minutes, .. } => *minutes,
                _ => 0,
            })
            .sum();
        let row = [
            l.id.clone(),
            l.name.clone(),
            l.company.clone().unwrap_or_default(),
            l.email.clone().unwrap_or_default(),
            l.phone.clone().unwrap_or_default(),
            l.country.clone().unwrap_or_default(),
            l.consent.to_string(),
            l.status.slug().to_string(),
            l.last_activity.to_iso(),
            count(|a| matches!(a, LeadActivity::MeetingBooked { .. })).to_string(),
            count(|a| matches!(a, LeadActivity::RfqSent { .. })).to_string(),
            count(|a| matches!(a, LeadActivity::QuestionAsked { .. })).to_string(),
            watched.to_string(),
            count(|a| matches!(a, LeadActivity::BrochureDownloaded { .. })).to_string(),
            l.activities
                .iter()
                .map(activity_line)
                .collect::<Vec<_>>()
                .join("\n"),
            l.notes.clone(),
        ];
        out.push_str(&order_csv::record(&row));
        out.push_str("\r\n");
    }
    out
}

/// The file name of the leads export of booth `booth_id` on `today`.
pub fn leads_csv_file_name(booth_id: u32, today: Date) -> String {
    format!("leads-booth-{booth_id}-{}.csv", today.to_iso())
}

// ---------------------------------------------------------------------------------------
// RFQ inbox
// ---------------------------------------------------------------------------------------

/// Most price tiers in an offer.
pub const MAX_TIERS: usize = 10;
/// Longest offer note, in characters.
pub const MAX_OFFER_NOTE_CHARS: usize = 1000;
/// Highest unit price, in minor units (keeps totals far from overflow).
pub const MAX_UNIT_MINOR: i64 = 1_000_000_000_000;

/// Why an exhibitor's answer to an RFQ was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfferError {
    /// No such RFQ sent to this booth's supplier (HTTP 404).
    NotFound,
    /// Fields to correct (HTTP 422).
    Validation(Vec<FieldError>),
    /// The exhibitor already answered, or the buyer already accepted the supplier's quote
    /// (HTTP 409 `already_answered`).
    AlreadyAnswered,
}

/// Whether `q` is an exhibitor's own answer (generated quotes carry no tiers).
pub fn is_exhibitor_quote(q: &Quote) -> bool {
    !q.tiers.is_empty()
}

/// The RFQs sent to booth `booth_id`'s supplier, newest first, as the exhibitor sees them:
/// only this supplier among the recipients, its own answer as the only quote (none until
/// it answers), and itself as pending until then.
pub fn rfq_inbox(book: &OrderBook, booth_id: u32, now: Timestamp) -> Vec<Rfq> {
    let _ = now;
    book.rfqs
        .iter()
        .rev()
        .filter(|r| r.request.supplier_ids.contains(&booth_id))
        .map(|r| {
            let own = r
                .replies
                .iter()
                .filter(|x| x.supplier_id == booth_id)
                .filter_map(|x| x.quote.clone())
                .find(is_exhibitor_quote);
            let mut request = r.request.clone();
            request.supplier_ids = vec![booth_id];
            Rfq {
                id: r.id.clone(),
                request,
                product_name: r.product_name.clone(),
                created_at: r.created.to_iso(),
                pending_supplier_ids: if own.is_some() {
                    Vec::new()
                } else {
                    vec![booth_id]
                },
                quotes: own.into_iter().collect(),
            }
        })
        .collect()
}

/// The fields of an offer to correct (empty when it can be sent): tiers present (at most
/// [`MAX_TIERS`]), ascending by quantity, the first one covering the RFQ's quantity, prices
/// above zero; a lead time of 1 to 365 days; an expiry after `today`; a note of at most
/// [`MAX_OFFER_NOTE_CHARS`].
pub fn validate_offer(offer: &QuoteOffer, rfq: &Rfq, today: Date) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if offer.tiers.is_empty() {
        errors.push(problem("tiers", "required"));
    } else if offer.tiers.len() > MAX_TIERS {
        errors.push(problem("tiers", "too_many"));
    }
    for (i, t) in offer.tiers.iter().enumerate() {
        if t.min_qty == 0 {
            errors.push(problem(format!("tiers.{i}.min_qty"), "invalid_format"));
        } else if i > 0 && t.min_qty <= offer.tiers[i - 1].min_qty {
            errors.push(problem(format!("tiers.{i}.min_qty"), "not_ascending"));
        } else if i == 0 && t.min_qty > rfq.request.quantity {
            errors.push(problem("tiers.0.min_qty", "above_quantity"));
        }
        if t.unit_minor <= 0 || t.unit_minor > MAX_UNIT_MINOR {
            errors.push(problem(format!("tiers.{i}.unit_minor"), "invalid_format"));
        }
    }
    if offer.lead_time_days == 0 || offer.lead_time_days > 365 {
        errors.push(problem("lead_time_days", "out_of_range"));
    }
    match Date::parse_iso(offer.expires_on.trim()) {
        None => errors.push(problem("expires_on", "invalid_format")),
        Some(d) if d <= today => errors.push(problem("expires_on", "not_after_today")),
        Some(_) => {}
    }
    if offer.note.trim().chars().count() > MAX_OFFER_NOTE_CHARS {
        errors.push(problem("note", "too_long"));
    }
    if !valid_locale_tag(&offer.locale) {
        errors.push(problem("locale", "invalid_format"));
    }
    errors
}

/// The quote an (already validated) offer becomes: the unit price of the tier that applies to
/// the RFQ's quantity, in the offer's currency, with the tiers attached.
pub fn quote_from_offer(
    offer: &QuoteOffer,
    rfq: &Rfq,
    supplier: &SupplierRecord,
    product_id: u32,
    now: Timestamp,
) -> Quote {
    let unit = TierTable(&offer.tiers)
        .unit_price(rfq.request.quantity)
        .or_else(|| offer.tiers.first().map(|t| t.unit_minor))
        .unwrap_or(0);
    Quote {
        id: quote_id(&rfq.id, supplier.id),
        rfq_id: rfq.id.clone(),
        supplier: supplier.summary(),
        product_id,
        quantity: rfq.request.quantity,
        unit_price: Money::new(unit, offer.currency),
        incoterm: offer.incoterm,
        lead_time_days: offer.lead_time_days,
        expires_on: offer.expires_on.trim().to_string(),
        note: LocalizedText {
            text: offer.note.trim().to_string(),
            lang: offer.locale.clone(),
        },
        received_at: now.to_iso(),
        accepted: false,
        tiers: offer.tiers.clone(),
    }
}

/// Answers RFQ `rfq_id` as booth `booth_id`'s exhibitor: the quote replaces the one
/// generated on the supplier's behalf and is visible to the buyer at once.
pub fn answer_rfq(
    book: &mut OrderBook,
    catalog: &Catalog,
    booth_id: u32,
    rfq_id: &str,
    offer: &QuoteOffer,
    now: Timestamp,
) -> Result<Quote, OfferError> {
    let supplier = catalog.supplier(booth_id).ok_or(OfferError::NotFound)?;
    let record = book
        .rfqs
        .iter_mut()
        .find(|r| r.id == rfq_id && r.request.supplier_ids.contains(&booth_id))
        .ok_or(OfferError::NotFound)?;
    let previous = record
        .replies
        .iter()
        .find(|x| x.supplier_id == booth_id)
        .and_then(|x| x.quote.clone());
    if previous
        .as_ref()
        .is_some_and(|q| is_exhibitor_quote(q) || q.accepted)
    {
        return Err(OfferError::AlreadyAnswered);
    }
    let view = record.view(now);
    let errors = validate_offer(offer, &view, now.date());
    if !errors.is_empty() {
        return Err(OfferError::Validation(errors));
    }
    let product_id = previous.map(|q| q.product_id).unwrap_or_else(|| {
        catalog
            .product(record.request.product_id)
            .and_then(|p| quotes::quoted_product(catalog, p, booth_id))
            .map(|p| p.id)
            .unwrap_or(record.request.product_id)
    });
    let quote = quote_from_offer(offer, &view, supplier, product_id, now);
    match record
        .replies
        .iter_mut()
        .find(|x| x.supplier_id == booth_id)
    {
        Some(reply) => {
            reply.quote = Some(quote.clone());
            reply.available_at = reply.available_at.min(now);
        }
        None => record.replies.push(ScheduledReply {
            supplier_id: booth_id,
            available_at: now,
            quote: Some(quote.clone()),
        }),
    }
    Ok(quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::{AuthorRole, ChatMessage, Question};
    use crate::expo::{
        BoothFilter, BusinessCard, MeetingRequest, Overrides, StreamConfig, BOOKING_NOTICE_MIN,
    };
    use crate::pricing::QuantityCheck;
    use crate::trade::RfqRequest;
    use std::sync::OnceLock;

    fn catalog() -> &'static Catalog {
        static C: OnceLock<Catalog> = OnceLock::new();
        C.get_or_init(Catalog::demo)
    }

    fn ts(iso: &str) -> Timestamp {
        Timestamp::parse_iso(iso).unwrap()
    }

    fn now() -> Timestamp {
        ts("2026-11-23T08:00:00Z")
    }

    fn codes(errors: &[FieldError]) -> Vec<(String, String)> {
        errors
            .iter()
            .map(|e| (e.field.clone(), e.code.clone()))
            .collect()
    }

    fn has(errors: &[FieldError], field: &str, code: &str) -> bool {
        errors.iter().any(|e| e.field == field && e.code == code)
    }

    fn own_products(booth: u32) -> Vec<u32> {
        catalog().supplier_products(booth).map(|p| p.id).collect()
    }

    #[test]
    fn only_the_booths_own_exhibitor_is_authorized() {
        let [one, two, buyer] = DEMO_ACCOUNTS.map(|a| a.account());
        assert_eq!(authorize_booth(None, 1), Err(AuthError::Unauthenticated));
        assert_eq!(authorize_booth(Some(&buyer), 1), Err(AuthError::Forbidden));
        assert_eq!(authorize_booth(Some(&two), 1), Err(AuthError::Forbidden));
        assert_eq!(authorize_booth(Some(&one), 1), Ok(()));
        assert_eq!(authorize_booth(Some(&two), 2), Ok(()));
        // A buyer account claiming a booth id is still not an exhibitor.
        let odd = Account {
            booth_id: Some(1),
            ..buyer
        };
        assert_eq!(authorize_booth(Some(&odd), 1), Err(AuthError::Forbidden));
    }

    #[test]
    fn the_default_profile_is_the_seeded_booth() {
        for id in [1, 2, 3, 17] {
            let p = default_profile(catalog(), id, now()).unwrap();
            let b = expo::booth(catalog(), id, now(), "en", &StreamConfig::default()).unwrap();
            assert_eq!(p.exhibitor, b.summary.exhibitor);
            assert_eq!(p.time_zone, b.summary.time_zone);
            assert_eq!(p.working_hours, b.working_hours);
            assert_eq!(p.slot_minutes, 30);
            assert_eq!(p.brochures, b.brochures);
            let names: Vec<String> = p
                .featured
                .iter()
                .map(|id| catalog().product(*id).unwrap().name.resolve("en").text)
                .collect();
            let sells: Vec<String> = b.summary.sells.iter().map(|s| s.text.clone()).collect();
            assert_eq!(names, sells);
            assert!(p
                .texts
                .iter()
                .any(|t| t.locale == "en" && !t.about.is_empty()));
            assert_eq!(
                validate_profile(catalog(), &p, now().date()),
                vec![],
                "booth {id}"
            );
            // Converted back to UTC, the planned sessions are the booth's seeded ones.
            let zone = Zone::by_id(&p.time_zone).unwrap();
            assert!(!p.sessions.is_empty());
            for s in &p.sessions {
                let (start, end) = session_times(s, &zone).unwrap();
                assert!(end > now());
                if id != 1 {
                    assert!(b.sessions.iter().any(|x| x.start == start && x.end == end));
                }
            }
            // Saving it unchanged changes nothing buyers see (booth 1 keeps its rolling
            // session, booth 2 may gain a session the seed hides to stay offline).
            let mut ov = Overrides::default();
            ov.profiles.insert(id, normalized_profile(catalog(), &p));
            let again = expo::booth_with(catalog(), id, now(), "en", &StreamConfig::default(), &ov)
                .unwrap();
            assert_eq!(again.summary.sells, b.summary.sells);
            assert_eq!(again.about, b.about);
            if id != 2 {
                assert_eq!(again.sessions, b.sessions, "booth {id}");
            }
        }
        assert!(default_profile(catalog(), 999, now()).is_none());
    }

    #[test]
    fn planned_sessions_follow_daylight_saving() {
        let berlin = Zone::by_id("Europe/Berlin").unwrap();
        let s = |date: &str| PlannedSession {
            kind: SessionKind::LiveDemo,
            product_id: 1,
            date: date.into(),
            start_min: 9 * 60,
            duration_min: 45,
        };
        let (a, a_end) = session_times(&s("2026-10-23"), &berlin).unwrap();
        let (b, _) = session_times(&s("2026-10-26"), &berlin).unwrap();
        assert_eq!(a.to_iso(), "2026-10-23T07:00:00Z");
        assert_eq!(a_end.to_iso(), "2026-10-23T07:45:00Z");
        assert_eq!(b.to_iso(), "2026-10-26T08:00:00Z");
        let ny = Zone::by_id("America/New_York").unwrap();
        assert_eq!(
            session_times(&s("2026-07-01"), &ny).unwrap().0.to_iso(),
            "2026-07-01T13:00:00Z"
        );
        assert!(session_times(&s("2026-02-30"), &berlin).is_none());
        let late = PlannedSession {
            start_min: 1440,
            ..s("2026-10-23")
        };
        assert!(session_times(&late, &berlin).is_none());
    }

    fn profile(booth: u32) -> BoothProfile {
        default_profile(catalog(), booth, now()).unwrap()
    }

    #[test]
    fn profiles_are_validated_field_by_field() {
        let other = own_products(4)[0];
        let mine = own_products(3);
        let mut p = profile(3);
        p.texts = vec![
            ProfileText {
                locale: "en".into(),
                about: "x".repeat(MAX_ABOUT_CHARS + 1),
            },
            ProfileText {
                locale: "en".into(),
                about: "again".into(),
            },
            ProfileText {
                locale: "pt-BR".into(),
                about: "Olá".into(),
            },
        ];
        p.featured = vec![mine[0], other, mine[0]];
        p.time_zone = "Mars/Olympus".into();
        p.working_hours = WorkingHours {
            start_min: 600,
            end_min: 600,
        };
        p.slot_minutes = 20;
        let e = validate_profile(catalog(), &p, now().date());
        for (f, c) in [
            ("texts.0.about", "too_long"),
            ("texts.1.locale", "duplicate"),
            ("texts.2.locale", "invalid_format"),
            ("featured.1", "not_offered"),
            ("featured.2", "duplicate"),
            ("time_zone", "invalid_format"),
            ("working_hours", "invalid_format"),
            ("slot_minutes", "invalid_format"),
        ] {
            assert!(has(&e, f, c), "{f} {c}: {:?}", codes(&e));
        }
        let mut p = profile(3);
        p.featured = mine
            .iter()
            .copied()
            .cycle()
            .take(MAX_FEATURED + 1)
            .collect();
        assert!(has(
            &validate_profile(catalog(), &p, now().date()),
            "featured",
            "too_many"
        ));
        let mut p = profile(3);
        let base = PlannedSession {
            kind: SessionKind::QAndA,
            product_id: mine[0],
            date: "2026-11-25".into(),
            start_min: 600,
            duration_min: 60,
        };
        p.sessions = vec![
            base.clone(),
            PlannedSession {
                start_min: 630,
                ..base.clone()
            },
            PlannedSession {
                date: "25/11/2026".into(),
                ..base.clone()
            },
            PlannedSession {
                start_min: 1440,
                ..base.clone()
            },
            PlannedSession {
                duration_min: 10,
                start_min: 900,
                ..base.clone()
            },
            PlannedSession {
                product_id: other,
                start_min: 1000,
                ..base.clone()
            },
            PlannedSession {
                start_min: 660,
                ..base.clone()
            },
        ];
        p.brochures[0].url = "https://evil.example/x.pdf".into();
        let e = validate_profile(catalog(), &p, now().date());
        assert_eq!(
            codes(&e),
            codes(&[
                problem("brochures.0", "not_offered"),
                problem("sessions.1.start_min", "overlaps"),
                problem("sessions.2.date", "invalid_format"),
                problem("sessions.3.start_min", "invalid_format"),
                problem("sessions.4.duration_min", "out_of_range"),
                problem("sessions.5.product_id", "not_offered"),
            ])
        );
    }

    #[test]
    fn missing_locales_are_the_shipped_ones_without_text() {
        let mut p = profile(3);
        p.texts = vec![
            ProfileText {
                locale: "en".into(),
                about: "We make lamps.".into(),
            },
            ProfileText {
                locale: "de".into(),
                about: "  ".into(),
            },
            ProfileText {
                locale: "ar".into(),
                about: "نصنع المصابيح".into(),
            },
        ];
        assert_eq!(missing_locales(&p), vec!["zh-CN", "es", "de", "fr"]);
        let n = normalized_profile(catalog(), &p);
        assert_eq!(n.texts.len(), 2);
        assert_eq!(n.texts[1].locale, "ar");
        p.texts.clear();
        assert_eq!(missing_locales(&p), LOCALES.to_vec());
    }

    #[test]
    fn a_brochure_is_recognised_by_url_and_stored_as_the_catalogs_record() {
        let id = 3;
        let mut p = profile(id);
        let own = expo::brochures(catalog(), id);
        // The editor re-includes a document it knows only by kind and URL.
        p.brochures = vec![Brochure {
            size_bytes: 0,
            file_name: String::new(),
            ..own[0].clone()
        }];
        assert_eq!(validate_profile(catalog(), &p, now().date()), vec![]);
        assert_eq!(
            normalized_profile(catalog(), &p).brochures,
            vec![own[0].clone()]
        );
        // Another URL is still refused.
        p.brochures[0].url = "/media/brochures/other.pdf".into();
        assert_eq!(
            validate_profile(catalog(), &p, now().date()),
            vec![problem("brochures.0", "not_offered")]
        );
    }

    #[test]
    fn a_saved_profile_changes_what_buyers_see() {
        let id = 3;
        let mine = own_products(id);
        let mut p = profile(id);
        p.texts = vec![
            ProfileText {
                locale: "en".into(),
                about: "Lamps since 1990.".into(),
            },
            ProfileText {
                locale: "de".into(),
                about: "Lampen seit 1990.".into(),
            },
        ];
        p.featured = vec![*mine.last().unwrap()];
        p.brochures.truncate(1);
        p.time_zone = "Europe/Berlin".into();
        p.working_hours = WorkingHours {
            start_min: 10 * 60,
            end_min: 16 * 60,
        };
        p.slot_minutes = 45;
        // Tuesday 2026-11-24, 14:00 in Berlin = 13:00Z.
        p.sessions = vec![PlannedSession {
            kind: SessionKind::ProductLaunch,
            product_id: mine[0],
            date: "2026-11-24".into(),
            start_min: 14 * 60,
            duration_min: 90,
        }];
        assert_eq!(validate_profile(catalog(), &p, now().date()), vec![]);
        let mut ov = Overrides::default();
        ov.profiles.insert(id, normalized_profile(catalog(), &p));
        let cfg = StreamConfig::default();
        let de = expo::booth_with(catalog(), id, now(), "de", &cfg, &ov).unwrap();
        assert_eq!(de.about.text, "Lampen seit 1990.");
        let fr = expo::booth_with(catalog(), id, now(), "fr", &cfg, &ov).unwrap();
        assert_eq!(fr.about.text, "Lamps since 1990.");
        assert_eq!(fr.about.lang, "en");
        assert_eq!(fr.summary.time_zone, "Europe/Berlin");
        assert_eq!(fr.brochures.len(), 1);
        assert_eq!(
            fr.summary.sells,
            vec![catalog()
                .product(*mine.last().unwrap())
                .unwrap()
                .name
                .resolve("fr")]
        );
        assert_eq!(fr.sessions.len(), 1);
        assert_eq!(fr.sessions[0].start.to_iso(), "2026-11-24T13:00:00Z");
        assert_eq!(fr.sessions[0].end.to_iso(), "2026-11-24T14:30:00Z");
        assert_eq!(fr.sessions[0].kind, SessionKind::ProductLaunch);
        assert_eq!(
            planned_session(catalog(), &p, &p.sessions[0], "fr").as_ref(),
            Some(&fr.sessions[0])
        );
        assert_eq!(fr.working_hours, p.working_hours);
        let sched = expo::schedule_with(catalog(), None, now(), "en", &ov);
        let of_booth: Vec<_> = sched.sessions.iter().filter(|s| s.booth_id == id).collect();
        assert_eq!(of_booth.len(), 1);
        let hall = expo::hall_with(catalog(), &BoothFilter::default(), now(), "en", &ov);
        let tile = hall.booths.iter().find(|b| b.id == id).unwrap();
        assert_eq!(tile.next_session.as_ref().unwrap().id, fr.sessions[0].id);
        // Slots: 45 minutes on the Berlin clock, inside 10:00-16:00, not during the session.
        let slots = expo::meeting_slots_with(catalog(), id, now(), &[], &ov).unwrap();
        assert_eq!(slots.slot_minutes, 45);
        let berlin = Zone::by_id("Europe/Berlin").unwrap();
        assert!(!slots.slots.is_empty());
        for s in &slots.slots {
            let (_, minute) = berlin.local(s.start);
            assert_eq!((minute - 600) % 45, 0);
            assert!(minute >= 600 && minute + 45 <= 960);
            assert_eq!(s.end.0 - s.start.0, 45 * 60_000);
            assert!(s.end <= fr.sessions[0].start || s.start >= fr.sessions[0].end);
            assert!(s.start.0 >= now().0 + BOOKING_NOTICE_MIN * 60_000);
        }
        let req = MeetingRequest {
            start: slots.slots[0].start,
            buyer_time_zone: "Asia/Dubai".into(),
            note: String::new(),
        };
        let mut book = expo::ExpoBook::default();
        let m = book.book_with(catalog(), id, &req, now(), &ov).unwrap();
        assert_eq!(m.end.0 - m.start.0, 45 * 60_000);
        assert_eq!(m.exhibitor_time_zone, "Europe/Berlin");
        // Other booths are untouched.
        assert_eq!(
            expo::booth_with(catalog(), 4, now(), "en", &cfg, &ov),
            expo::booth(catalog(), 4, now(), "en", &cfg)
        );
    }

    #[test]
    fn a_booth_on_air_is_live() {
        let cfg = StreamConfig {
            media_base: Some("http://127.0.0.1:8889".into()),
        };
        let off = expo::booth(catalog(), 2, now(), "en", &cfg).unwrap();
        assert!(off.live.is_none());
        let mut ov = Overrides::default();
        ov.put_on_air(2, now().plus_secs(-120));
        // Confirmed by the console since.
        ov.put_on_air(2, now().plus_secs(-30));
        let on = expo::booth_with(catalog(), 2, now(), "en", &cfg, &ov).unwrap();
        assert!(on.summary.live);
        assert_eq!(
            on.live.unwrap().whep_url.as_deref(),
            Some("http://127.0.0.1:8889/whep/booth-2")
        );
        let running = on.summary.next_session.unwrap();
        assert!(running.is_live(now()));
        assert_eq!(running.start, now().plus_secs(-120));
        let hall = expo::hall_with(catalog(), &BoothFilter::default(), now(), "en", &ov);
        assert!(hall.booths.iter().find(|b| b.id == 2).unwrap().live);
    }

    #[test]
    fn a_booth_its_console_stopped_confirming_goes_off_air() {
        use crate::expo::{OnAir, ON_AIR_CONFIRM_SECS, ON_AIR_TTL_SECS};
        let cfg = StreamConfig {
            media_base: Some("http://127.0.0.1:8889".into()),
        };
        let t0 = now().plus_secs(-600);
        let mut ov = Overrides::default();
        ov.put_on_air(2, t0);
        // Confirmations keep the start time.
        let mut t = t0;
        for _ in 0..5 {
            t = t.plus_secs(i64::from(ON_AIR_CONFIRM_SECS));
            assert_eq!(ov.put_on_air(2, t).since, t0);
        }
        assert!(ov.is_on_air(2, t.plus_secs(ON_AIR_TTL_SECS)));
        assert!(!ov.is_on_air(2, t.plus_secs(ON_AIR_TTL_SECS + 1)));
        // Silent for longer than the TTL: buyers no longer see it live...
        let later = t.plus_secs(ON_AIR_TTL_SECS + 60);
        let booth = expo::booth_with(catalog(), 2, later, "en", &cfg, &ov).unwrap();
        assert!(!booth.summary.live);
        assert!(booth.live.is_none());
        let hall = expo::hall_with(catalog(), &BoothFilter::default(), later, "en", &ov);
        assert!(!hall.booths.iter().find(|b| b.id == 2).unwrap().live);
        // ...and going on air again starts a new session.
        assert_eq!(ov.put_on_air(2, later), OnAir::start(later));
        // A confirmation never moves "seen" back, and a start in the future is not current.
        let a = OnAir::start(t0);
        assert_eq!(a.confirmed(t0.plus_secs(-5)).seen, t0);
        assert!(!a.is_current(t0.plus_secs(-1)));
    }

    fn card(booth: u32, name: &str, at: Timestamp) -> SharedCard {
        SharedCard {
            booth_id: booth,
            exhibitor: "E".into(),
            card: BusinessCard {
                name: Some(name.into()),
                company: Some("Acme, \"Intl\" Ltd".into()),
                job_title: None,
                email: Some("li@example.cn".into()),
                phone: Some("+86 21 5555 0101".into()),
                country: Some("CN".into()),
            },
            shared_at: at,
        }
    }

    fn question(booth: u32, id: u64, at: &str, author: &str, text: &str) -> ChatEvent {
        ChatEvent {
            id,
            booth_id: booth,
            at: at.into(),
            event: EventBody::Question(Question {
                author: author.into(),
                text: text.into(),
                locale: "en".into(),
                translations: None,
            }),
        }
    }

    fn rfq(id: &str, suppliers: Vec<u32>, at: &str) -> Rfq {
        let p = catalog().supplier_products(5).next().unwrap();
        Rfq {
            id: id.into(),
            request: RfqRequest {
                product_id: p.id,
                supplier_ids: suppliers,
                quantity: 500,
                target_price: None,
                destination_country: "AE".into(),
                incoterm: Incoterm::Fob,
                needed_by: "2027-01-15".into(),
                message: String::new(),
                attachment_names: vec![],
                locale: "ar".into(),
            },
            product_name: p.name.resolve("ar"),
            created_at: at.into(),
            quotes: vec![],
            pending_supplier_ids: vec![],
        }
    }

    struct Fixture {
        card: SharedCard,
        meetings: Vec<Meeting>,
        rfqs: Vec<Rfq>,
        chat: Vec<ChatEvent>,
        engagement: Vec<EngagementRecord>,
        notes: Vec<LeadNote>,
    }

    fn fixture() -> Fixture {
        let booth = 5;
        let meeting = Meeting {
            id: "MTG-5-1".into(),
            booth_id: booth,
            exhibitor: "E".into(),
            start: ts("2026-11-25T09:00:00Z"),
            end: ts("2026-11-25T09:30:00Z"),
            exhibitor_time_zone: "Asia/Shanghai".into(),
            buyer_time_zone: "Asia/Dubai".into(),
            note: String::new(),
            booked_at: ts("2026-11-23T08:05:00Z"),
        };
        let elsewhere = Meeting {
            id: "MTG-6-1".into(),
            booth_id: 6,
            ..meeting.clone()
        };
        Fixture {
            card: card(booth, "李伟", ts("2026-11-23T08:01:00Z")),
            meetings: vec![meeting, elsewhere],
            rfqs: vec![
                rfq("RFQ-000001", vec![booth, 9], "2026-11-23T08:10:00Z"),
                rfq("RFQ-000002", vec![9], "2026-11-23T08:11:00Z"),
            ],
            chat: vec![
                ChatEvent {
                    id: 1,
                    booth_id: booth,
                    at: "2026-11-23T07:00:00Z".into(),
                    event: EventBody::Message(ChatMessage {
                        author: "Someone".into(),
                        role: AuthorRole::Buyer,
                        text: "hello".into(),
                        locale: "en".into(),
                        translations: None,
                    }),
                },
                question(booth, 2, "2026-11-23T07:30:00Z", "محمد العلي", "MOQ?"),
                question(booth, 3, "2026-11-23T08:20:00Z", " 李伟 ", "CE certified?"),
                question(booth, 4, "2026-11-23T07:40:00Z", "محمد العلي", "Lead time?"),
            ],
            engagement: vec![
                EngagementRecord {
                    booth_id: booth,
                    at: ts("2026-11-23T08:02:00Z"),
                    engagement: Engagement::Watched { seconds: 60 },
                },
                EngagementRecord {
                    booth_id: booth,
                    at: ts("2026-11-23T08:03:00Z"),
                    engagement: Engagement::Watched { seconds: 70 },
                },
                EngagementRecord {
                    booth_id: booth,
                    at: ts("2026-11-23T08:04:00Z"),
                    engagement: Engagement::Brochure {
                        file_name: "booth-5-catalogue.pdf".into(),
                    },
                },
                EngagementRecord {
                    booth_id: 6,
                    at: ts("2026-11-23T08:04:00Z"),
                    engagement: Engagement::Watched { seconds: 600 },
                },
            ],
            notes: vec![LeadNote {
                booth_id: booth,
                lead_id: "buyer".into(),
                status: LeadStatus::Qualified,
                notes: "Call back, re: \"CE\"".into(),
            }],
        }
    }

    fn inputs(f: &Fixture, with_card: bool) -> LeadInputs<'_> {
        LeadInputs {
            booth_id: 5,
            card: with_card.then_some(&f.card),
            meetings: &f.meetings,
            rfqs: &f.rfqs,
            chat: &f.chat,
            engagement: &f.engagement,
            notes: &f.notes,
        }
    }

    #[test]
    fn leads_gather_what_each_buyer_did() {
        let f = fixture();
        let leads = derive_leads(&inputs(&f, true));
        assert_eq!(leads.len(), 2);
        let buyer = &leads[0];
        assert_eq!(buyer.id, "buyer");
        assert_eq!(buyer.name, "李伟");
        assert_eq!(buyer.company.as_deref(), Some("Acme, \"Intl\" Ltd"));
        assert!(buyer.consent);
        assert_eq!(buyer.status, LeadStatus::Qualified);
        assert_eq!(buyer.last_activity, ts("2026-11-23T08:20:00Z"));
        assert_eq!(
            buyer.activities,
            vec![
                LeadActivity::CardShared {
                    at: ts("2026-11-23T08:01:00Z")
                },
                LeadActivity::Watched {
                    at: ts("2026-11-23T08:03:00Z"),
                    minutes: 3
                },
                LeadActivity::BrochureDownloaded {
                    at: ts("2026-11-23T08:04:00Z"),
                    file_name: "booth-5-catalogue.pdf".into()
                },
                LeadActivity::MeetingBooked {
                    at: ts("2026-11-23T08:05:00Z"),
                    meeting_id: "MTG-5-1".into(),
                    start: ts("2026-11-25T09:00:00Z")
                },
                LeadActivity::RfqSent {
                    at: ts("2026-11-23T08:10:00Z"),
                    rfq_id: "RFQ-000001".into(),
                    product_id: f.rfqs[0].request.product_id,
                    quantity: 500
                },
                LeadActivity::QuestionAsked {
                    at: ts("2026-11-23T08:20:00Z"),
                    text: "CE certified?".into()
                },
            ]
        );
        let chat = &leads[1];
        assert_eq!(chat.id, "chat-645-62d-645-62f-627-644-639-644-64a");
        assert_eq!(chat.name, "محمد العلي");
        assert!(!chat.consent && chat.email.is_none());
        assert_eq!(chat.activities.len(), 2);
        assert_eq!(chat.last_activity, ts("2026-11-23T07:40:00Z"));
        assert_eq!(chat.status, LeadStatus::New);
    }

    #[test]
    fn engagement_needs_consent() {
        let f = fixture();
        let leads = derive_leads(&inputs(&f, false));
        let buyer = leads.iter().find(|l| l.id == "buyer").unwrap();
        assert!(!buyer.consent && buyer.name.is_empty() && buyer.email.is_none());
        assert!(buyer.activities.iter().all(|a| !matches!(
            a,
            LeadActivity::Watched { .. }
                | LeadActivity::BrochureDownloaded { .. }
                | LeadActivity::CardShared { .. }
        )));
        // Without a card name, the buyer's question is a chat author's.
        assert!(leads.iter().any(|l| l.id == "chat-674e-4f1f"));
        assert_eq!(leads.len(), 3);
        // Nothing at all: no leads.
        let empty = LeadInputs {
            booth_id: 7,
            ..inputs(&f, false)
        };
        assert!(derive_leads(&empty).is_empty());
    }

    #[test]
    fn chat_lead_ids_are_url_safe_and_stable() {
        assert_eq!(chat_lead_id("Ana Souza"), "chat-ana-souza");
        assert_eq!(chat_lead_id("  O'Brien & Co. "), "chat-o-brien-co");
        assert_eq!(chat_lead_id("李伟"), "chat-674e-4f1f");
        assert!(chat_lead_id("Zoë")
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    }

    #[test]
    fn engagement_and_lead_updates_are_validated() {
        let c = catalog();
        assert!(validate_engagement(c, 5, &Engagement::Watched { seconds: 60 }).is_empty());
        assert!(has(
            &validate_engagement(c, 5, &Engagement::Watched { seconds: 0 }),
            "engagement.seconds",
            "out_of_range"
        ));
        let b = &expo::brochures(c, 5)[0];
        assert!(validate_engagement(
            c,
            5,
            &Engagement::Brochure {
                file_name: b.file_name.clone()
            }
        )
        .is_empty());
        assert!(has(
            &validate_engagement(
                c,
                6,
                &Engagement::Brochure {
                    file_name: b.file_name.clone()
                }
            ),
            "engagement.file_name",
            "not_offered"
        ));
        let ok = LeadUpdate {
            status: LeadStatus::Won,
            notes: "ok".into(),
        };
        assert!(validate_lead_update(&ok).is_empty());
        let long = LeadUpdate {
            notes: "é".repeat(MAX_NOTES_CHARS + 1),
            ..ok
        };
        assert_eq!(
            validate_lead_update(&long),
            vec![problem("notes", "too_long")]
        );
    }

    /// A strict RFC 4180 reader: records of fields, quoted fields may hold commas, doubled
    /// quotes and line breaks; records end in CRLF.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        let mut at_start = true;
        while let Some(c) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                '"' => panic!("bare quote inside an unquoted field: {field}"),
                ',' => {
                    row.push(std::mem::take(&mut field));
                    at_start = true;
                }
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                    at_start = true;
                }
                '\n' => panic!("bare LF outside quotes"),
                c => {
                    field.push(c);
                    at_start = false;
                }
            }
        }
        assert!(!quoted, "unterminated quote");
        assert!(
            field.is_empty() && row.is_empty(),
            "last record without CRLF"
        );
        rows
    }

    #[test]
    fn leads_csv_round_trips_through_a_csv_parser() {
        let f = fixture();
        let mut leads = derive_leads(&inputs(&f, true));
        leads[0].notes = "Line one,\nline \"two\"".into();
        leads[1].notes = "=HYPERLINK(\"http://evil\")".into();
        let csv = leads_csv(&leads);
        assert!(csv.starts_with('\u{feff}'));
        let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], LEADS_CSV_HEADERS.map(String::from).to_vec());
        let col = |name: &str| LEADS_CSV_HEADERS.iter().position(|h| *h == name).unwrap();
        let b = &rows[1];
        assert_eq!(b[col("lead_id")], "buyer");
        assert_eq!(b[col("name")], "李伟");
        assert_eq!(b[col("company")], "Acme, \"Intl\" Ltd");
        assert_eq!(b[col("phone")], "+86 21 5555 0101".replace('+', "'+"));
        assert_eq!(b[col("consent")], "true");
        assert_eq!(b[col("status")], "qualified");
        assert_eq!(b[col("meetings")], "1");
        assert_eq!(b[col("rfqs")], "1");
        assert_eq!(b[col("questions")], "1");
        assert_eq!(b[col("watched_minutes")], "3");
        assert_eq!(b[col("brochures")], "1");
        assert_eq!(b[col("notes")], "Line one,\nline \"two\"");
        assert_eq!(b[col("last_activity")], "2026-11-23T08:20:00Z");
        let lines: Vec<&str> = b[col("activities")].lines().collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(
            lines[5],
            "2026-11-23T08:20:00Z question_asked CE certified?"
        );
        let c = &rows[2];
        assert_eq!(c[col("name")], "محمد العلي");
        assert_eq!(c[col("consent")], "false");
        // A formula is defused: it reads back as text, not as something a spreadsheet runs.
        assert_eq!(c[col("notes")], "'=HYPERLINK(\"http://evil\")");
        assert!(rows.iter().all(|r| r.len() == LEADS_CSV_HEADERS.len()));
        assert_eq!(
            leads_csv(&[]),
            format!("\u{feff}{}\r\n", LEADS_CSV_HEADERS.join(","))
        );
        assert_eq!(
            leads_csv_file_name(5, now().date()),
            "leads-booth-5-2026-11-23.csv"
        );
    }

    fn valid_qty(booth: u32) -> (u32, u32) {
        let p = catalog().supplier_products(booth).next().unwrap();
        let m = p.minimum_order;
        let q = match m.check(m.moq) {
            QuantityCheck::Ok => m.moq,
            QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
        };
        (p.id, q * 4)
    }

    fn book_with_rfq(booth: u32, other: u32) -> (OrderBook, Rfq) {
        let (product_id, quantity) = valid_qty(booth);
        let req = RfqRequest {
            product_id,
            supplier_ids: vec![booth, other],
            quantity,
            target_price: None,
            destination_country: "DE".into(),
            incoterm: Incoterm::Fob,
            needed_by: "2027-02-01".into(),
            message: "Mit CE, bitte.".into(),
            attachment_names: vec![],
            locale: "de".into(),
        };
        let mut book = OrderBook::new();
        let rfq = book.create_rfq(catalog(), &req, now()).unwrap();
        (book, rfq)
    }

    fn offer(quantity: u32) -> QuoteOffer {
        QuoteOffer {
            currency: Currency::Eur,
            tiers: vec![
                PriceTier {
                    min_qty: quantity / 2,
                    unit_minor: 420,
                },
                PriceTier {
                    min_qty: quantity,
                    unit_minor: 395,
                },
                PriceTier {
                    min_qty: quantity * 10,
                    unit_minor: 350,
                },
            ],
            incoterm: Incoterm::Cif,
            lead_time_days: 21,
            expires_on: "2026-12-31".into(),
            note: "Preise inkl. Verpackung, \"CE\" ok.".into(),
            locale: "de".into(),
        }
    }

    #[test]
    fn offers_are_validated() {
        let (_, rfq) = book_with_rfq(3, 4);
        let q = rfq.request.quantity;
        let today = now().date();
        assert_eq!(validate_offer(&offer(q), &rfq, today), vec![]);
        let mut bad = offer(q);
        bad.tiers = vec![];
        bad.lead_time_days = 0;
        bad.expires_on = "2026-11-23".into();
        bad.note = "x".repeat(MAX_OFFER_NOTE_CHARS + 1);
        bad.locale = "<b>".into();
        assert_eq!(
            codes(&validate_offer(&bad, &rfq, today)),
            codes(&[
                problem("tiers", "required"),
                problem("lead_time_days", "out_of_range"),
                problem("expires_on", "not_after_today"),
                problem("note", "too_long"),
                problem("locale", "invalid_format"),
            ])
        );
        let mut bad = offer(q);
        bad.tiers[0].min_qty = q + 1;
        bad.tiers[1].min_qty = q;
        bad.tiers[2].unit_minor = 0;
        bad.lead_time_days = 366;
        bad.expires_on = "soon".into();
        assert_eq!(
            codes(&validate_offer(&bad, &rfq, today)),
            codes(&[
                problem("tiers.0.min_qty", "above_quantity"),
                problem("tiers.1.min_qty", "not_ascending"),
                problem("tiers.2.unit_minor", "invalid_format"),
                problem("lead_time_days", "out_of_range"),
                problem("expires_on", "invalid_format"),
            ])
        );
    }

    #[test]
    fn an_exhibitors_answer_replaces_the_generated_quote_once() {
        let (mut book, rfq) = book_with_rfq(3, 4);
        let q = rfq.request.quantity;
        assert_eq!(rfq.pending_supplier_ids, vec![3, 4]);
        let inbox = rfq_inbox(&book, 3, now());
        assert_eq!(inbox.len(), 1);
        assert_eq!(inbox[0].request.supplier_ids, vec![3]);
        assert_eq!(inbox[0].pending_supplier_ids, vec![3]);
        assert!(inbox[0].quotes.is_empty());
        assert!(rfq_inbox(&book, 5, now()).is_empty());
        // Booth 5 was not asked.
        assert_eq!(
            answer_rfq(&mut book, catalog(), 5, &rfq.id, &offer(q), now()),
            Err(OfferError::NotFound)
        );
        let mut bad = offer(q);
        bad.tiers.clear();
        assert!(matches!(
            answer_rfq(&mut book, catalog(), 3, &rfq.id, &bad, now()),
            Err(OfferError::Validation(_))
        ));
        let quote = answer_rfq(&mut book, catalog(), 3, &rfq.id, &offer(q), now()).unwrap();
        assert_eq!(quote.unit_price, Money::new(395, Currency::Eur));
        assert_eq!(quote.tiers.len(), 3);
        assert_eq!(quote.incoterm, Incoterm::Cif);
        assert_eq!(quote.note.lang, "de");
        assert_eq!(quote.id, quote_id(&rfq.id, 3));
        // The buyer sees it at once, in place of the generated one; supplier 4 still pending.
        let seen = book.rfq(&rfq.id, now()).unwrap();
        assert_eq!(seen.quotes, vec![quote.clone()]);
        assert_eq!(seen.pending_supplier_ids, vec![4]);
        let later = book.rfq(&rfq.id, now().plus_secs(60)).unwrap();
        assert_eq!(
            later.quotes.iter().filter(|x| x.supplier.id == 3).count(),
            1
        );
        assert_eq!(rfq_inbox(&book, 3, now())[0].quotes, vec![quote]);
        assert!(rfq_inbox(&book, 3, now())[0]
            .pending_supplier_ids
            .is_empty());
        assert_eq!(
            answer_rfq(&mut book, catalog(), 3, &rfq.id, &offer(q), now()),
            Err(OfferError::AlreadyAnswered)
        );
        assert_eq!(
            answer_rfq(&mut book, catalog(), 3, "RFQ-999999", &offer(q), now()),
            Err(OfferError::NotFound)
        );
        // A generated quote the buyer already accepted cannot be replaced.
        let (mut book, rfq) = book_with_rfq(3, 4);
        let t = now().plus_secs(60);
        let generated = book.rfq(&rfq.id, t).unwrap().quotes;
        let of3 = generated.iter().find(|x| x.supplier.id == 3).unwrap();
        book.accept_quote(&of3.id, t).unwrap();
        assert_eq!(
            answer_rfq(&mut book, catalog(), 3, &rfq.id, &offer(q), t),
            Err(OfferError::AlreadyAnswered)
        );
        // Quantities between breaks use the lower break.
        let mut o = offer(q);
        o.tiers[1].min_qty = q + 1;
        let supplier = catalog().supplier(3).unwrap();
        let view = book.rfq(&rfq.id, t).unwrap();
        assert_eq!(
            quote_from_offer(&o, &view, supplier, 1, t).unit_price.minor,
            420
        );
    }
}
