//! The virtual expo: halls by industry, exhibitors' booths (one exhibitor = one supplier, and
//! a booth's id is its supplier's id), their live sessions, meeting slots, meetings and the
//! business cards buyers share. Wire types, the deterministic seed (from the demo catalog
//! and "now") and the rules, shared by the embedded demo backend and the reference server.
//!
//! Sessions are generated relative to `now`: each exhibitor presents twice a day at fixed
//! wall-clock times in its own zone; booths 1, 8, 15, ... (`id % 7 == 1`) also run a rolling
//! session that is live at any `now`, and booth 2 never is live (its next session is always
//! within a day), so pages and tests have both states at any hour.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::exhibitor::{self, BoothProfile};
use crate::expo_tz::{local_at, weekday, Zone};
use crate::seed::{locale_index, Catalog, SupplierRecord, LOCALES};
use crate::time::{Date, Timestamp};
use crate::trade::FieldError;
use crate::wire::{Category, LocalizedText, Verification};

/// How many suppliers exhibit: suppliers `1..=EXHIBITORS`.
pub const EXHIBITORS: u32 = 48;
/// The recording live booths play when no WHEP server is configured.
pub const LOOP_RECORDING: &str = "/media/booth-loop.mp4";
/// Locales the looping recording has captions for.
pub const CAPTION_LOCALES: [&str; 6] = crate::seed::LOCALES;
/// Length of a meeting slot.
pub const SLOT_MINUTES: u32 = 30;
/// How many local days ahead meeting slots are offered.
pub const SLOT_DAYS: i64 = 7;
/// Notice a meeting needs: slots starting sooner are not offered.
pub const BOOKING_NOTICE_MIN: i64 = 60;
/// Working hours assumed for the buyer (local time, Monday to Friday).
pub const BUYER_HOURS: WorkingHours = WorkingHours {
    start_min: 9 * 60,
    end_min: 17 * 60,
};

const MS_PER_MIN: i64 = 60_000;

// ---------------------------------------------------------------------------------------
// Wire types
// ---------------------------------------------------------------------------------------

/// A hall: the exhibitors whose main industry is `category`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hall {
    pub category: Category,
    pub booths: u32,
    /// Booths live now.
    pub live: u32,
}

/// What a session is about. Labels live in the app's Fluent files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    ProductLaunch,
    FactoryTour,
    LiveDemo,
    QAndA,
}

/// A live session of a booth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// `<booth>-<start ms>`: stable for a session at a fixed time.
    pub id: String,
    pub booth_id: u32,
    pub exhibitor: String,
    pub hall: Category,
    pub kind: SessionKind,
    /// The product presented, in the requested locale where available.
    pub product: LocalizedText,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The exhibitor's IANA time zone.
    pub time_zone: String,
}

impl Session {
    /// Whether the session is running at `now`.
    pub fn is_live(&self, now: Timestamp) -> bool {
        self.start <= now && now < self.end
    }
}

/// A booth as a tile in the hall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoothSummary {
    /// The booth's id, which is the exhibiting supplier's id.
    pub id: u32,
    pub exhibitor: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub city: String,
    pub verified: bool,
    /// The exhibitor's main industry.
    pub hall: Category,
    /// Every category the exhibitor sells in.
    pub categories: Vec<Category>,
    /// A few of the exhibitor's products.
    pub sells: Vec<LocalizedText>,
    /// Languages spoken at the booth (BCP 47 primary tags).
    pub languages: Vec<String>,
    /// The exhibitor's IANA time zone.
    pub time_zone: String,
    pub live: bool,
    /// The running session when live, else the next one.
    pub next_session: Option<Session>,
}

/// `GET /api/expo/booths`: halls, the (filtered) booths, and what the filters offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpoHall {
    pub halls: Vec<Hall>,
    /// Live booths first, then by next session, then by id.
    pub booths: Vec<BoothSummary>,
    /// Countries of all exhibitors, sorted.
    pub countries: Vec<String>,
    /// Languages spoken at any booth, sorted.
    pub languages: Vec<String>,
}

/// Filters of the hall (all optional, combined with AND).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoothFilter {
    pub category: Option<Category>,
    pub country: Option<String>,
    pub language: Option<String>,
}

/// A live stream: WHEP while live (or the looping recording standing in for it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveStream {
    pub whep_url: Option<String>,
    pub recording_url: Option<String>,
    pub viewers: Option<u32>,
}

/// A caption track of the stream.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptionTrack {
    /// BCP 47.
    pub locale: String,
    /// WebVTT file.
    pub url: String,
}

/// What a brochure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BrochureKind {
    Catalogue,
    SpecSheet,
}

impl BrochureKind {
    pub const ALL: [BrochureKind; 2] = [BrochureKind::Catalogue, BrochureKind::SpecSheet];

    pub fn slug(self) -> &'static str {
        match self {
            BrochureKind::Catalogue => "catalogue",
            BrochureKind::SpecSheet => "spec-sheet",
        }
    }
}

/// A downloadable document of the booth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brochure {
    pub kind: BrochureKind,
    pub file_name: String,
    pub url: String,
    pub mime: String,
    pub size_bytes: u64,
}

/// Local working hours, Monday to Friday, as minutes of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHours {
    pub start_min: u32,
    pub end_min: u32,
}

impl WorkingHours {
    /// Whether `start..end` lies inside these hours on a weekday, for a zone `offset_min`
    /// east of UTC at that time.
    pub fn contains(&self, start: Timestamp, end: Timestamp, offset_min: i32) -> bool {
        let (date, minute) = local_at(start, offset_min);
        let len = ((end.0 - start.0) / MS_PER_MIN) as u32;
        weekday(date) < 5 && minute >= self.start_min && minute + len <= self.end_min
    }
}

/// `GET /api/expo/booths/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booth {
    pub summary: BoothSummary,
    pub about: LocalizedText,
    pub verification: Option<Verification>,
    pub years_in_business: u32,
    /// The running session and the ones to come, by start.
    pub sessions: Vec<Session>,
    pub brochures: Vec<Brochure>,
    /// Present while the booth is live.
    pub live: Option<LiveStream>,
    pub captions: Vec<CaptionTrack>,
    pub working_hours: WorkingHours,
}

/// `GET /api/expo/schedule`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// Running and coming sessions of every booth, by start then booth.
    pub sessions: Vec<Session>,
}

/// A free meeting slot of an exhibitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSlot {
    pub start: Timestamp,
    pub end: Timestamp,
    /// The exhibitor's UTC offset at `start`, minutes east.
    pub exhibitor_offset_min: i32,
}

impl MeetingSlot {
    /// Whether both the exhibitor and a buyer `buyer_offset_min` east of UTC (at the slot's
    /// time) are inside working hours for the whole slot.
    pub fn both_working(&self, hours: WorkingHours, buyer_offset_min: i32) -> bool {
        hours.contains(self.start, self.end, self.exhibitor_offset_min)
            && BUYER_HOURS.contains(self.start, self.end, buyer_offset_min)
    }
}

/// `GET /api/expo/booths/{id}/slots`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSlots {
    pub booth_id: u32,
    pub time_zone: String,
    pub working_hours: WorkingHours,
    pub slot_minutes: u32,
    pub slots: Vec<MeetingSlot>,
}

/// `POST /api/expo/booths/{id}/meetings`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRequest {
    pub start: Timestamp,
    /// The buyer's IANA time zone (for the exhibitor's invitation).
    pub buyer_time_zone: String,
    /// What the buyer wants to discuss (optional, at most 500 characters).
    #[serde(default)]
    pub note: String,
}

/// A booked meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// `MTG-<booth>-<start minute>`.
    pub id: String,
    pub booth_id: u32,
    pub exhibitor: String,
    pub start: Timestamp,
    pub end: Timestamp,
    pub exhibitor_time_zone: String,
    pub buyer_time_zone: String,
    pub note: String,
    pub booked_at: Timestamp,
}

/// The fields of a buyer's business card; those the buyer chose not to share are `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessCard {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub job_title: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub country: Option<String>,
}

/// `PUT /api/expo/booths/{id}/card`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardShareRequest {
    /// The buyer's explicit consent to give these fields to this exhibitor.
    pub consent: bool,
    pub card: BusinessCard,
}

/// A card shared with one booth (until withdrawn, which deletes it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCard {
    pub booth_id: u32,
    pub exhibitor: String,
    pub card: BusinessCard,
    pub shared_at: Timestamp,
}

/// `GET /api/expo/booths/{id}/card`: the card shared with a booth, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardStatus {
    pub shared: Option<SharedCard>,
}

/// Why an expo request was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExpoError {
    NotFound,
    /// Fields to correct (HTTP 422).
    Validation(Vec<FieldError>),
    /// `slot_unavailable`: the slot is not (or no longer) free (HTTP 409).
    Conflict(String),
}

// ---------------------------------------------------------------------------------------
// What exhibitors changed
// ---------------------------------------------------------------------------------------

/// What exhibitors changed about their booths, applied over the seed by the `*_with`
/// builders ([`hall_with`], [`booth_with`], [`schedule_with`], [`meeting_slots_with`],
/// [`book_meeting_with`]) so both backends show buyers the same thing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Saved booth profiles by booth id: the booth's description per locale, featured
    /// products ("sells"), brochures, time zone, sessions (replacing the seeded ones),
    /// working hours and meeting slot length.
    pub profiles: BTreeMap<u32, BoothProfile>,
    /// Booths the exhibitor put on air: live (a running session is added when none is
    /// scheduled now) for as long as their console keeps confirming it ([`OnAir`]).
    pub on_air: BTreeMap<u32, OnAir>,
}

impl Overrides {
    /// Whether booth `id` is on air at `now` (put on air, and confirmed recently).
    pub fn is_on_air(&self, id: u32, now: Timestamp) -> bool {
        self.on_air.get(&id).is_some_and(|a| a.is_current(now))
    }

    /// Booth `id` goes on air, or its console confirms it still is: a booth already on air
    /// keeps its start; one that was not (or had lapsed) starts now. (The backends store the
    /// [`OnAir::renew`] result themselves, after persisting it.)
    #[cfg(test)]
    pub fn put_on_air(&mut self, id: u32, now: Timestamp) -> OnAir {
        let next = OnAir::renew(self.on_air.get(&id).copied(), now);
        self.on_air.insert(id, next);
        next
    }
}

/// How long a booth stays on air after its console last confirmed it. A console that
/// crashes, loses its network or is closed without stopping stops being "live" for buyers
/// after this long.
pub const ON_AIR_TTL_SECS: i64 = 90;

/// How often a console that is live confirms it (well within [`ON_AIR_TTL_SECS`], so one
/// or two lost confirmations do not take the booth off air).
pub const ON_AIR_CONFIRM_SECS: u32 = 30;

/// A booth put on air by its exhibitor: since when, and when the console last confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnAir {
    pub since: Timestamp,
    pub seen: Timestamp,
}

impl OnAir {
    /// On air from `now`.
    pub fn start(now: Timestamp) -> OnAir {
        OnAir {
            since: now,
            seen: now,
        }
    }

    /// What "on air" at `now` makes of `current`: a running session confirmed, else (none,
    /// or lapsed) a new one from `now`.
    pub fn renew(current: Option<OnAir>, now: Timestamp) -> OnAir {
        match current {
            Some(a) if a.is_current(now) => a.confirmed(now),
            _ => OnAir::start(now),
        }
    }

    /// Confirmed again at `now` (never moves `seen` back).
    pub fn confirmed(self, now: Timestamp) -> OnAir {
        OnAir {
            seen: Timestamp(self.seen.0.max(now.0)),
            ..self
        }
    }

    /// Started by `now` and confirmed within the last [`ON_AIR_TTL_SECS`].
    pub fn is_current(&self, now: Timestamp) -> bool {
        self.since <= now && now.0 - self.seen.0 <= ON_AIR_TTL_SECS * 1_000
    }
}

// ---------------------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------------------

/// What a booth is, independent of the time: derived from its supplier record, then from
/// the exhibitor's saved profile if there is one.
#[derive(Clone, Debug)]
struct Plan<'a> {
    supplier: &'a SupplierRecord,
    zone: Zone,
    languages: Vec<String>,
    categories: Vec<Category>,
    /// Up to 3 product ids shown as "sells", and presented in sessions.
    products: Vec<u32>,
    /// Local start minutes of the two daily sessions.
    times: [u32; 2],
    duration_min: u32,
    kinds: [SessionKind; 2],
    hours: WorkingHours,
    slot_minutes: u32,
    profile: Option<&'a BoothProfile>,
    on_air: Option<OnAir>,
}

fn mix(id: u32, salt: u64) -> u64 {
    let mut z = u64::from(id)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(salt.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn native_language(country: &str) -> &'static str {
    match country {
        "CN" | "TW" => "zh",
        "VN" => "vi",
        "IN" => "hi",
        "TR" => "tr",
        "DE" => "de",
        "IT" => "it",
        "PL" => "pl",
        "MX" | "ES" => "es",
        "BR" | "PT" => "pt",
        "TH" => "th",
        "MY" => "ms",
        "KR" => "ko",
        "PK" => "ur",
        _ => "en",
    }
}

const EXTRA_LANGUAGES: [&str; 6] = ["zh", "es", "ar", "fr", "de", "ru"];
const KINDS: [SessionKind; 4] = [
    SessionKind::ProductLaunch,
    SessionKind::FactoryTour,
    SessionKind::LiveDemo,
    SessionKind::QAndA,
];

fn plan(catalog: &Catalog, id: u32) -> Option<Plan<'_>> {
    if id == 0 || id > EXHIBITORS {
        return None;
    }
    let supplier = catalog.supplier(id)?;
    let zone = Zone::for_place(&supplier.country, &supplier.city);
    let r = mix(id, 1);
    let mut langs: BTreeSet<String> = BTreeSet::new();
    langs.insert(native_language(&supplier.country).to_string());
    langs.insert("en".to_string());
    if r % 10 < 4 {
        langs.insert(EXTRA_LANGUAGES[(r >> 8) as usize % EXTRA_LANGUAGES.len()].to_string());
    }
    let mut categories: BTreeSet<Category> = BTreeSet::new();
    categories.insert(supplier.main_category);
    let mut products = Vec::new();
    for p in catalog.supplier_products(id) {
        categories.insert(p.category);
        if products.len() < 3 {
            products.push(p.id);
        }
    }
    let r2 = mix(id, 2);
    let morning = 9 * 60 + (r2 % 4) as u32 * 60 + if (r2 >> 4).is_multiple_of(3) { 30 } else { 0 };
    let afternoon = 14 * 60 + ((r2 >> 8) % 3) as u32 * 60;
    let duration_min = if (r2 >> 12).is_multiple_of(2) { 45 } else { 60 };
    let kinds = [
        KINDS[((r2 >> 16) % 4) as usize],
        KINDS[((r2 >> 20) % 4) as usize],
    ];
    let hours = if (r2 >> 24).is_multiple_of(3) {
        WorkingHours {
            start_min: 8 * 60,
            end_min: 17 * 60,
        }
    } else {
        WorkingHours {
            start_min: 9 * 60,
            end_min: 18 * 60,
        }
    };
    Some(Plan {
        supplier,
        zone,
        languages: langs.into_iter().collect(),
        categories: categories.into_iter().collect(),
        products,
        times: [morning, afternoon],
        duration_min,
        kinds,
        hours,
        slot_minutes: SLOT_MINUTES,
        profile: None,
        on_air: None,
    })
}

/// The booth's plan with the exhibitor's changes applied.
fn plan_with<'a>(catalog: &'a Catalog, id: u32, ov: &'a Overrides) -> Option<Plan<'a>> {
    let mut p = plan(catalog, id)?;
    if let Some(profile) = ov.profiles.get(&id) {
        if let Some(zone) = Zone::by_id(&profile.time_zone) {
            p.zone = zone;
        }
        p.products = profile.featured.clone();
        p.hours = profile.working_hours;
        p.slot_minutes = profile.slot_minutes;
        p.profile = Some(profile);
    }
    p.on_air = ov.on_air.get(&id).copied();
    Some(p)
}

/// The booth's description in `locale`: the profile's text in that shipped locale, else its
/// English one, else the seeded description.
fn about_of(plan: &Plan, locale: &str) -> LocalizedText {
    if let Some(profile) = plan.profile {
        let wanted = locale_index(locale).map(|i| LOCALES[i]);
        let text = |loc: &str| {
            profile
                .texts
                .iter()
                .find(|t| t.locale == loc && !t.about.trim().is_empty())
        };
        if let Some(t) = wanted.and_then(text).or_else(|| text("en")) {
            return LocalizedText {
                text: t.about.clone(),
                lang: t.locale.clone(),
            };
        }
    }
    plan.supplier.about.resolve(locale)
}

fn product_name(catalog: &Catalog, id: Option<u32>, locale: &str) -> LocalizedText {
    match id.and_then(|id| catalog.product(id)) {
        Some(p) => p.name.resolve(locale),
        None => LocalizedText {
            text: String::new(),
            lang: "en".into(),
        },
    }
}

fn session(
    catalog: &Catalog,
    plan: &Plan,
    kind: SessionKind,
    product: Option<u32>,
    start: Timestamp,
    minutes: u32,
    locale: &str,
) -> Session {
    Session {
        id: format!("{}-{}", plan.supplier.id, start.0),
        booth_id: plan.supplier.id,
        exhibitor: plan.supplier.name.clone(),
        hall: plan.supplier.main_category,
        kind,
        product: product_name(catalog, product, locale),
        start,
        end: start.plus_secs(i64::from(minutes) * 60),
        time_zone: plan.zone.id.to_string(),
    }
}

/// The seeded facts a booth profile starts from (see `exhibitor::default_profile`).
pub(crate) struct SeededBooth {
    pub zone: Zone,
    /// The "sells" products.
    pub products: Vec<u32>,
    pub hours: WorkingHours,
    /// The planned sessions (kind, product, start, minutes) of the coming local days
    /// (today and the next two) that have not ended at `now`.
    pub sessions: Vec<(SessionKind, u32, Timestamp, u32)>,
}

pub(crate) fn seeded_booth(catalog: &Catalog, id: u32, now: Timestamp) -> Option<SeededBooth> {
    let plan = plan(catalog, id)?;
    let (today, _) = plan.zone.local(now);
    let mut sessions = Vec::new();
    for day in 0..=2 {
        let date = today.plus_days(day);
        for (i, minute) in plan.times.iter().enumerate() {
            let start = plan.zone.local_to_utc(date, *minute);
            let end = start.plus_secs(i64::from(plan.duration_min) * 60);
            let product = plan.products.get(i % plan.products.len().max(1)).copied();
            if let (true, Some(product)) = (end > now, product) {
                sessions.push((plan.kinds[i], product, start, plan.duration_min));
            }
        }
    }
    Some(SeededBooth {
        zone: plan.zone,
        products: plan.products,
        hours: plan.hours,
        sessions,
    })
}

/// Whether booth `id` runs a rolling session that is live at any time.
fn always_live(id: u32) -> bool {
    id % 7 == 1
}

/// Every session of a booth from yesterday to two days ahead (exhibitor's local days), by
/// start.
fn sessions(catalog: &Catalog, plan: &Plan, now: Timestamp, locale: &str) -> Vec<Session> {
    let id = plan.supplier.id;
    let (today, _) = plan.zone.local(now);
    let mut out = Vec::new();
    let seeded_days: &[i64] = if plan.profile.is_some() {
        &[]
    } else {
        &[-1, 0, 1, 2]
    };
    if let Some(profile) = plan.profile {
        for s in &profile.sessions {
            if let Some((start, end)) = exhibitor::session_times(s, &plan.zone) {
                let minutes = ((end.0 - start.0) / MS_PER_MIN) as u32;
                out.push(session(
                    catalog,
                    plan,
                    s.kind,
                    Some(s.product_id),
                    start,
                    minutes,
                    locale,
                ));
            }
        }
    }
    for &day in seeded_days {
        let date = today.plus_days(day);
        for (i, minute) in plan.times.iter().enumerate() {
            let start = plan.zone.local_to_utc(date, *minute);
            let product = plan.products.get(i % plan.products.len().max(1)).copied();
            out.push(session(
                catalog,
                plan,
                plan.kinds[i],
                product,
                start,
                plan.duration_min,
                locale,
            ));
        }
    }
    if always_live(id) {
        let start = Timestamp(now.0 - now.0.rem_euclid(3_600_000));
        let rolling = session(
            catalog,
            plan,
            SessionKind::LiveDemo,
            plan.products.first().copied(),
            start,
            120,
            locale,
        );
        out.retain(|s| s.end <= rolling.start || s.start >= rolling.end);
        out.push(rolling);
    }
    if id == 2 && plan.profile.is_none() {
        out.retain(|s| !s.is_live(now));
    }
    if let Some(since) = plan.on_air.filter(|a| a.is_current(now)).map(|a| a.since) {
        if !out.iter().any(|s| s.is_live(now)) {
            // On air outside a planned session: a running session from when it went on air
            // to the next quarter hour at least 15 minutes ahead.
            let quarter = 15 * MS_PER_MIN;
            let end = Timestamp(now.0 - now.0.rem_euclid(quarter) + 2 * quarter);
            let minutes = ((end.0 - since.0) / MS_PER_MIN) as u32;
            let live = session(
                catalog,
                plan,
                SessionKind::LiveDemo,
                plan.products.first().copied(),
                since,
                minutes,
                locale,
            );
            out.retain(|s| s.end <= live.start || s.start >= live.end);
            out.push(live);
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

fn upcoming(all: Vec<Session>, now: Timestamp) -> Vec<Session> {
    all.into_iter().filter(|s| s.end > now).collect()
}

fn summary(catalog: &Catalog, plan: &Plan, now: Timestamp, locale: &str) -> BoothSummary {
    let coming = upcoming(sessions(catalog, plan, now, locale), now);
    let live = coming.first().is_some_and(|s| s.is_live(now));
    let s = plan.supplier;
    BoothSummary {
        id: s.id,
        exhibitor: s.name.clone(),
        country: s.country.clone(),
        city: s.city.clone(),
        verified: s.verified,
        hall: s.main_category,
        categories: plan.categories.clone(),
        sells: plan
            .products
            .iter()
            .map(|p| product_name(catalog, Some(*p), locale))
            .collect(),
        languages: plan.languages.clone(),
        time_zone: plan.zone.id.to_string(),
        live,
        next_session: coming.into_iter().next(),
    }
}

/// Ids of the exhibiting booths.
pub fn booth_ids(catalog: &Catalog) -> impl Iterator<Item = u32> + '_ {
    (1..=EXHIBITORS).filter(|id| catalog.supplier(*id).is_some())
}

/// Whether the booth matches `filter`.
pub fn matches(b: &BoothSummary, filter: &BoothFilter) -> bool {
    filter.category.is_none_or(|c| b.categories.contains(&c))
        && filter
            .country
            .as_ref()
            .is_none_or(|c| b.country.eq_ignore_ascii_case(c))
        && filter
            .language
            .as_ref()
            .is_none_or(|l| b.languages.iter().any(|x| x.eq_ignore_ascii_case(l)))
}

/// Hall order: live booths first, then by next session, then by id.
pub fn sort_booths(booths: &mut [BoothSummary]) {
    booths.sort_by_key(|b| {
        (
            !b.live,
            b.next_session.as_ref().map_or(i64::MAX, |s| s.start.0),
            b.id,
        )
    });
}

/// The hall: every hall with its counts, the booths matching `filter`, and the filter values.
pub fn hall(catalog: &Catalog, filter: &BoothFilter, now: Timestamp, locale: &str) -> ExpoHall {
    hall_with(catalog, filter, now, locale, &Overrides::default())
}

/// [`hall`] with the exhibitors' changes.
pub fn hall_with(
    catalog: &Catalog,
    filter: &BoothFilter,
    now: Timestamp,
    locale: &str,
    ov: &Overrides,
) -> ExpoHall {
    let all: Vec<BoothSummary> = booth_ids(catalog)
        .filter_map(|id| plan_with(catalog, id, ov))
        .map(|p| summary(catalog, &p, now, locale))
        .collect();
    let mut halls: Vec<Hall> = Category::ALL
        .iter()
        .map(|c| Hall {
            category: *c,
            booths: all.iter().filter(|b| b.hall == *c).count() as u32,
            live: all.iter().filter(|b| b.hall == *c && b.live).count() as u32,
        })
        .filter(|h| h.booths > 0)
        .collect();
    halls.sort_by_key(|h| (std::cmp::Reverse(h.live), std::cmp::Reverse(h.booths)));
    let countries: BTreeSet<String> = all.iter().map(|b| b.country.clone()).collect();
    let languages: BTreeSet<String> = all.iter().flat_map(|b| b.languages.clone()).collect();
    let mut booths: Vec<BoothSummary> = all.into_iter().filter(|b| matches(b, filter)).collect();
    sort_booths(&mut booths);
    ExpoHall {
        halls,
        booths,
        countries: countries.into_iter().collect(),
        languages: languages.into_iter().collect(),
    }
}

/// Where live video comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamConfig {
    /// Base URL of a WHEP media server; live booths then play `{base}/whep/booth-{id}`.
    /// Without one they play [`LOOP_RECORDING`].
    pub media_base: Option<String>,
}

/// Viewers of a live booth (a stand-in audience figure).
fn viewers(id: u32, now: Timestamp) -> u32 {
    let minute = (now.0 / MS_PER_MIN) as u64;
    12 + (mix(id, 3) % 180) as u32 + (mix(id, minute / 5) % 9) as u32
}

/// One booth, or `None` if no such exhibitor.
pub fn booth(
    catalog: &Catalog,
    id: u32,
    now: Timestamp,
    locale: &str,
    stream: &StreamConfig,
) -> Option<Booth> {
    booth_with(catalog, id, now, locale, stream, &Overrides::default())
}

/// [`booth`] with the exhibitors' changes.
pub fn booth_with(
    catalog: &Catalog,
    id: u32,
    now: Timestamp,
    locale: &str,
    stream: &StreamConfig,
    ov: &Overrides,
) -> Option<Booth> {
    let plan = plan_with(catalog, id, ov)?;
    let summary = summary(catalog, &plan, now, locale);
    let live = summary.live.then(|| match &stream.media_base {
        Some(base) => LiveStream {
            whep_url: Some(format!("{}/whep/booth-{id}", base.trim_end_matches('/'))),
            recording_url: None,
            viewers: Some(viewers(id, now)),
        },
        None => LiveStream {
            whep_url: None,
            recording_url: Some(LOOP_RECORDING.to_string()),
            viewers: Some(viewers(id, now)),
        },
    });
    let captions = if live.is_some() {
        CAPTION_LOCALES
            .iter()
            .map(|l| CaptionTrack {
                locale: l.to_string(),
                url: format!("/media/captions/booth-loop.{l}.vtt"),
            })
            .collect()
    } else {
        Vec::new()
    };
    let s = plan.supplier;
    Some(Booth {
        about: about_of(&plan, locale),
        verification: s.verification.clone(),
        years_in_business: s.years_in_business,
        sessions: upcoming(sessions(catalog, &plan, now, locale), now),
        brochures: match plan.profile {
            Some(p) => p.brochures.clone(),
            None => brochures(catalog, id),
        },
        live,
        captions,
        working_hours: plan.hours,
        summary,
    })
}

/// Running and coming sessions of every booth, optionally of one hall.
pub fn schedule(
    catalog: &Catalog,
    hall: Option<Category>,
    now: Timestamp,
    locale: &str,
) -> Schedule {
    schedule_with(catalog, hall, now, locale, &Overrides::default())
}

/// [`schedule`] with the exhibitors' changes.
pub fn schedule_with(
    catalog: &Catalog,
    hall: Option<Category>,
    now: Timestamp,
    locale: &str,
    ov: &Overrides,
) -> Schedule {
    let mut all: Vec<Session> = booth_ids(catalog)
        .filter_map(|id| plan_with(catalog, id, ov))
        .filter(|p| hall.is_none_or(|h| p.supplier.main_category == h))
        .flat_map(|p| upcoming(sessions(catalog, &p, now, locale), now))
        .collect();
    all.sort_by_key(|s| (s.start, s.booth_id));
    Schedule { sessions: all }
}

/// The local dates (for a zone given by `offset_at`) on which `sessions` start, in order.
pub fn session_days(sessions: &[Session], offset_at: impl Fn(Timestamp) -> i32) -> Vec<Date> {
    let days: BTreeSet<Date> = sessions
        .iter()
        .map(|s| local_at(s.start, offset_at(s.start)).0)
        .collect();
    days.into_iter().collect()
}

/// The sessions starting on local `day` (for a zone given by `offset_at`), of `hall` if set.
pub fn sessions_on(
    sessions: &[Session],
    day: Option<Date>,
    hall: Option<Category>,
    offset_at: impl Fn(Timestamp) -> i32,
) -> Vec<Session> {
    sessions
        .iter()
        .filter(|s| day.is_none_or(|d| local_at(s.start, offset_at(s.start)).0 == d))
        .filter(|s| hall.is_none_or(|h| s.hall == h))
        .cloned()
        .collect()
}

/// Saved sessions that start in `(since, now]`: the reminders due when the clock reaches
/// `now`, having last checked at `since`.
pub fn reminders_due(saved: &[Session], since: Timestamp, now: Timestamp) -> Vec<&Session> {
    saved
        .iter()
        .filter(|s| s.start > since && s.start <= now)
        .collect()
}

// ---------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------

/// The exhibitor's free meeting slots from `now` on: 30-minute slots in its working hours on
/// weekdays over the next [`SLOT_DAYS`] local days, at least [`BOOKING_NOTICE_MIN`] ahead,
/// not during its sessions, and not `booked`.
pub fn meeting_slots(
    catalog: &Catalog,
    id: u32,
    now: Timestamp,
    booked: &[Timestamp],
) -> Option<MeetingSlots> {
    meeting_slots_with(catalog, id, now, booked, &Overrides::default())
}

/// [`meeting_slots`] with the exhibitors' changes (working hours, slot length, sessions).
pub fn meeting_slots_with(
    catalog: &Catalog,
    id: u32,
    now: Timestamp,
    booked: &[Timestamp],
    ov: &Overrides,
) -> Option<MeetingSlots> {
    let plan = plan_with(catalog, id, ov)?;
    let busy = sessions(catalog, &plan, now, "en");
    let (today, _) = plan.zone.local(now);
    let earliest = Timestamp(now.0 + BOOKING_NOTICE_MIN * MS_PER_MIN);
    let mut slots = Vec::new();
    for day in 0..SLOT_DAYS {
        let date = today.plus_days(day);
        if weekday(date) >= 5 {
            continue;
        }
        let len = plan.slot_minutes.max(5);
        let mut minute = plan.hours.start_min;
        while minute + len <= plan.hours.end_min {
            let start = plan.zone.local_to_utc(date, minute);
            let end = start.plus_secs(i64::from(len) * 60);
            minute += len;
            if start < earliest || booked.contains(&start) {
                continue;
            }
            if busy.iter().any(|s| s.start < end && start < s.end) {
                continue;
            }
            slots.push(MeetingSlot {
                start,
                end,
                exhibitor_offset_min: plan.zone.offset_min(start),
            });
        }
    }
    Some(MeetingSlots {
        booth_id: id,
        time_zone: plan.zone.id.to_string(),
        working_hours: plan.hours,
        slot_minutes: plan.slot_minutes,
        slots,
    })
}

fn field(field: &str, code: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.into(),
    }
}

/// Whether `tz` looks like an IANA zone name (`Area/Location`, `UTC`).
fn valid_zone_name(tz: &str) -> bool {
    !tz.is_empty()
        && tz.len() <= 64
        && tz
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'))
}

/// Books a meeting with booth `id` if `req` names one of its free slots (given the meetings
/// already `booked`).
pub fn book_meeting(
    catalog: &Catalog,
    id: u32,
    req: &MeetingRequest,
    booked: &[Timestamp],
    now: Timestamp,
) -> Result<Meeting, ExpoError> {
    book_meeting_with(catalog, id, req, booked, now, &Overrides::default())
}

/// [`book_meeting`] with the exhibitors' changes.
pub fn book_meeting_with(
    catalog: &Catalog,
    id: u32,
    req: &MeetingRequest,
    booked: &[Timestamp],
    now: Timestamp,
    ov: &Overrides,
) -> Result<Meeting, ExpoError> {
    let slots = meeting_slots_with(catalog, id, now, booked, ov).ok_or(ExpoError::NotFound)?;
    let mut errors = Vec::new();
    let tz = req.buyer_time_zone.trim();
    if tz.is_empty() {
        errors.push(field("buyer_time_zone", "required"));
    } else if !valid_zone_name(tz) {
        errors.push(field("buyer_time_zone", "invalid_format"));
    }
    if req.note.chars().count() > 500 {
        errors.push(field("note", "too_long"));
    }
    if !errors.is_empty() {
        return Err(ExpoError::Validation(errors));
    }
    let slot = slots
        .slots
        .iter()
        .find(|s| s.start == req.start)
        .ok_or_else(|| ExpoError::Conflict("slot_unavailable".into()))?;
    let exhibitor = catalog
        .supplier(id)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    Ok(Meeting {
        id: format!("MTG-{id}-{}", slot.start.0 / MS_PER_MIN),
        booth_id: id,
        exhibitor,
        start: slot.start,
        end: slot.end,
        exhibitor_time_zone: slots.time_zone.clone(),
        buyer_time_zone: tz.to_string(),
        note: req.note.trim().to_string(),
        booked_at: now,
    })
}

// ---------------------------------------------------------------------------------------
// Business cards
// ---------------------------------------------------------------------------------------

fn clean(v: &Option<String>) -> Option<String> {
    v.as_ref()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn valid_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(char::is_whitespace)
}

fn valid_phone(p: &str) -> bool {
    let digits = p.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && p.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'))
}

/// The card to store for `req`: trimmed, empty fields dropped. Refused without explicit
/// consent, without any field, or with a malformed field.
pub fn validate_card(req: &CardShareRequest) -> Result<BusinessCard, Vec<FieldError>> {
    let card = BusinessCard {
        name: clean(&req.card.name),
        company: clean(&req.card.company),
        job_title: clean(&req.card.job_title),
        email: clean(&req.card.email),
        phone: clean(&req.card.phone),
        country: clean(&req.card.country).map(|c| c.to_ascii_uppercase()),
    };
    let mut errors = Vec::new();
    if !req.consent {
        errors.push(field("consent", "required"));
    }
    if card == BusinessCard::default() {
        errors.push(field("card", "required"));
    }
    for (name, value) in [
        ("card.name", &card.name),
        ("card.company", &card.company),
        ("card.job_title", &card.job_title),
        ("card.email", &card.email),
        ("card.phone", &card.phone),
    ] {
        if value.as_ref().is_some_and(|v| v.chars().count() > 120) {
            errors.push(field(name, "too_long"));
        }
    }
    if card.email.as_deref().is_some_and(|e| !valid_email(e)) {
        errors.push(field("card.email", "invalid_format"));
    }
    if card.phone.as_deref().is_some_and(|p| !valid_phone(p)) {
        errors.push(field("card.phone", "invalid_format"));
    }
    if card
        .country
        .as_deref()
        .is_some_and(|c| c.len() != 2 || !c.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        errors.push(field("card.country", "invalid_format"));
    }
    if errors.is_empty() {
        Ok(card)
    } else {
        Err(errors)
    }
}

/// The meetings and cards of the demo backend, kept in the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpoBook {
    pub meetings: Vec<Meeting>,
    pub cards: Vec<SharedCard>,
}

/// Version of the stored [`ExpoBook`].
pub const EXPO_BOOK_VERSION: u32 = 1;

impl ExpoBook {
    /// Starts of the meetings booked with booth `id`.
    pub fn booked(&self, id: u32) -> Vec<Timestamp> {
        self.meetings
            .iter()
            .filter(|m| m.booth_id == id)
            .map(|m| m.start)
            .collect()
    }

    /// Books a meeting (see [`book_meeting`]).
    pub fn book(
        &mut self,
        catalog: &Catalog,
        id: u32,
        req: &MeetingRequest,
        now: Timestamp,
    ) -> Result<Meeting, ExpoError> {
        self.book_with(catalog, id, req, now, &Overrides::default())
    }

    /// Books a meeting (see [`book_meeting_with`]).
    pub fn book_with(
        &mut self,
        catalog: &Catalog,
        id: u32,
        req: &MeetingRequest,
        now: Timestamp,
        ov: &Overrides,
    ) -> Result<Meeting, ExpoError> {
        let m = book_meeting_with(catalog, id, req, &self.booked(id), now, ov)?;
        self.meetings.push(m.clone());
        Ok(m)
    }

    /// The buyer's meetings, by start.
    pub fn meetings(&self) -> Vec<Meeting> {
        let mut m = self.meetings.clone();
        m.sort_by_key(|m| m.start);
        m
    }

    /// Shares (or replaces) the card given to booth `id`.
    pub fn share_card(
        &mut self,
        catalog: &Catalog,
        id: u32,
        req: &CardShareRequest,
        now: Timestamp,
    ) -> Result<SharedCard, ExpoError> {
        let exhibitor = booth_ids(catalog)
            .find(|b| *b == id)
            .and_then(|b| catalog.supplier(b))
            .map(|s| s.name.clone())
            .ok_or(ExpoError::NotFound)?;
        let card = validate_card(req).map_err(ExpoError::Validation)?;
        let shared = SharedCard {
            booth_id: id,
            exhibitor,
            card,
            shared_at: now,
        };
        self.cards.retain(|c| c.booth_id != id);
        self.cards.push(shared.clone());
        Ok(shared)
    }

    pub fn card(&self, id: u32) -> Option<SharedCard> {
        self.cards.iter().find(|c| c.booth_id == id).cloned()
    }

    /// Withdraws the card given to booth `id`, deleting it; `false` if there was none.
    pub fn withdraw_card(&mut self, id: u32) -> bool {
        let before = self.cards.len();
        self.cards.retain(|c| c.booth_id != id);
        self.cards.len() != before
    }
}

// ---------------------------------------------------------------------------------------
// Brochures
// ---------------------------------------------------------------------------------------

/// Path under the app's root of a brochure file.
pub fn brochure_path(id: u32, kind: BrochureKind) -> String {
    format!("/media/brochures/booth-{id}-{}.pdf", kind.slug())
}

/// The booth's documents (the files are generated by [`brochure_pdf`] into
/// `public/media/brochures/`).
pub fn brochures(catalog: &Catalog, id: u32) -> Vec<Brochure> {
    BrochureKind::ALL
        .iter()
        .filter_map(|k| {
            let bytes = brochure_pdf(catalog, id, *k)?;
            let url = brochure_path(id, *k);
            Some(Brochure {
                kind: *k,
                file_name: url.rsplit('/').next().unwrap_or_default().to_string(),
                url,
                mime: "application/pdf".into(),
                size_bytes: bytes.len() as u64,
            })
        })
        .collect()
}

/// A PDF string literal (WinAnsi: Latin-1 letters as octal escapes, others as `?`).
fn pdf_string(text: &str) -> String {
    let mut out = String::from("(");
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            '\u{a0}'..='\u{ff}' => out.push_str(&format!("\\{:03o}", c as u32)),
            '–' | '—' => out.push('-'),
            _ => out.push('?'),
        }
    }
    out.push(')');
    out
}

/// The booth's brochure as a one-page PDF: the exhibitor and its products (catalogue) or
/// their order terms (spec sheet).
pub fn brochure_pdf(catalog: &Catalog, id: u32, kind: BrochureKind) -> Option<Vec<u8>> {
    let plan = plan(catalog, id)?;
    let s = plan.supplier;
    let mut lines: Vec<(u32, String)> = vec![
        (18, s.name.clone()),
        (11, format!("{}, {}", s.city, s.country)),
        (
            13,
            match kind {
                BrochureKind::Catalogue => "Product catalogue".to_string(),
                BrochureKind::SpecSheet => "Specification sheet".to_string(),
            },
        ),
    ];
    for p in catalog.supplier_products(id).take(20) {
        let line = match kind {
            BrochureKind::Catalogue => format!("#{} {}", p.id, p.name.en()),
            BrochureKind::SpecSheet => format!(
                "#{}  MOQ {}  lead time {} days  {}",
                p.id,
                p.moq(),
                p.lead_time_days,
                p.specs
                    .iter()
                    .take(2)
                    .map(|r| format!("{}: {}", r.key, r.value))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        };
        lines.push((9, line));
    }
    let mut content = String::from("BT\n/F1 18 Tf\n50 790 Td\n");
    let mut first = true;
    for (size, text) in &lines {
        if !first {
            content.push_str(&format!("/F1 {size} Tf\n0 -{} Td\n", size + 8));
        }
        first = false;
        content.push_str(&pdf_string(text));
        content.push_str(" Tj\n");
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
    }
    let xref = pdf.len();
    pdf.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for o in offsets {
        pdf.push_str(&format!("{o:010} 00000 n \n"));
    }
    pdf.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    Some(pdf.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn catalog() -> &'static Catalog {
        static C: OnceLock<Catalog> = OnceLock::new();
        C.get_or_init(Catalog::demo)
    }

    fn ts(iso: &str) -> Timestamp {
        Timestamp::parse_iso(iso).unwrap()
    }

    const NOWS: [&str; 5] = [
        "2026-11-23T08:00:00Z",
        "2026-11-23T23:59:00Z",
        "2026-10-25T00:30:00Z",
        "2026-07-04T13:10:00Z",
        "2027-01-01T00:00:00Z",
    ];

    #[test]
    fn booth_one_is_always_live_and_booth_two_never() {
        for n in NOWS {
            let now = ts(n);
            let cfg = StreamConfig::default();
            let one = booth(catalog(), 1, now, "en", &cfg).unwrap();
            assert!(one.summary.live, "{n}");
            let live = one.live.unwrap();
            assert_eq!(live.recording_url.as_deref(), Some(LOOP_RECORDING));
            assert_eq!(live.whep_url, None);
            assert_eq!(one.captions.len(), 6);
            let two = booth(catalog(), 2, now, "en", &cfg).unwrap();
            assert!(!two.summary.live, "{n}");
            assert!(two.live.is_none());
            let next = two.summary.next_session.unwrap();
            assert!(
                next.start > now && next.start.0 - now.0 <= 26 * 3_600_000,
                "{n}"
            );
        }
    }

    #[test]
    fn a_media_server_gives_live_booths_a_whep_url() {
        let cfg = StreamConfig {
            media_base: Some("http://127.0.0.1:8889/".into()),
        };
        let one = booth(catalog(), 1, ts(NOWS[0]), "en", &cfg).unwrap();
        let live = one.live.unwrap();
        assert_eq!(
            live.whep_url.as_deref(),
            Some("http://127.0.0.1:8889/whep/booth-1")
        );
        assert_eq!(live.recording_url, None);
    }

    #[test]
    fn the_hall_puts_live_booths_first_and_filters() {
        let now = ts(NOWS[0]);
        let h = hall(catalog(), &BoothFilter::default(), now, "en");
        assert_eq!(h.booths.len(), EXHIBITORS as usize);
        assert_eq!(h.halls.iter().map(|h| h.booths).sum::<u32>(), EXHIBITORS);
        let first_offline = h.booths.iter().position(|b| !b.live).unwrap();
        assert!(first_offline >= 7);
        assert!(h.booths[first_offline..].iter().all(|b| !b.live));
        assert!(h
            .booths
            .iter()
            .all(|b| !b.sells.is_empty() && b.languages.contains(&"en".into())));
        let country = h.booths[0].country.clone();
        let f = BoothFilter {
            country: Some(country.clone()),
            ..Default::default()
        };
        let hc = hall(catalog(), &f, now, "en");
        assert!(!hc.booths.is_empty() && hc.booths.iter().all(|b| b.country == country));
        let f = BoothFilter {
            language: Some("zh".into()),
            category: Some(Category::Electronics),
            ..Default::default()
        };
        let hl = hall(catalog(), &f, now, "en");
        assert!(hl.booths.len() < h.booths.len());
        assert!(hl
            .booths
            .iter()
            .all(|b| b.languages.contains(&"zh".into())
                && b.categories.contains(&Category::Electronics)));
        assert_eq!(hl.countries, h.countries);
    }

    #[test]
    fn sessions_sit_at_fixed_local_times_and_the_schedule_is_ordered() {
        let now = ts(NOWS[0]);
        let s = schedule(catalog(), None, now, "de");
        assert!(s.sessions.windows(2).all(|w| w[0].start <= w[1].start));
        assert!(s.sessions.iter().all(|x| x.end > now));
        for x in s.sessions.iter().filter(|x| !always_live(x.booth_id)) {
            let zone = Zone::by_id(&x.time_zone).unwrap();
            let (_, minute) = zone.local(x.start);
            assert!((9 * 60..=17 * 60).contains(&minute), "{x:?}");
        }
        let hall_only = schedule(catalog(), Some(Category::Lighting), now, "en");
        assert!(hall_only
            .sessions
            .iter()
            .all(|x| x.hall == Category::Lighting));
    }

    #[test]
    fn schedule_days_are_the_buyers_local_days() {
        let start = ts("2026-11-24T02:00:00Z");
        let mk = |start: Timestamp| Session {
            id: "x".into(),
            booth_id: 3,
            exhibitor: "E".into(),
            hall: Category::Lighting,
            kind: SessionKind::QAndA,
            product: LocalizedText {
                text: String::new(),
                lang: "en".into(),
            },
            start,
            end: start.plus_secs(3600),
            time_zone: "Asia/Shanghai".into(),
        };
        let list = vec![mk(start), mk(start.plus_secs(10 * 3600))];
        let ny = |_| -300;
        let sh = |_| 480;
        let d = |s| Date::parse_iso(s).unwrap();
        // 02:00Z is 21:00 on the 23rd in New York, 10:00 on the 24th in Shanghai.
        assert_eq!(
            session_days(&list, ny),
            vec![d("2026-11-23"), d("2026-11-24")]
        );
        assert_eq!(session_days(&list, sh), vec![d("2026-11-24")]);
        assert_eq!(sessions_on(&list, Some(d("2026-11-23")), None, ny).len(), 1);
        assert_eq!(sessions_on(&list, Some(d("2026-11-24")), None, sh).len(), 2);
        assert!(sessions_on(&list, None, Some(Category::Office), sh).is_empty());
        assert_eq!(reminders_due(&list, start.plus_secs(-5), start).len(), 1);
        assert!(reminders_due(&list, start, start.plus_secs(5)).is_empty());
    }

    #[test]
    fn slots_are_free_working_time_with_notice() {
        let now = ts(NOWS[0]);
        let s = meeting_slots(catalog(), 3, now, &[]).unwrap();
        assert!(!s.slots.is_empty());
        let zone = Zone::by_id(&s.time_zone).unwrap();
        let b = booth(catalog(), 3, now, "en", &StreamConfig::default()).unwrap();
        for slot in &s.slots {
            assert!(slot.start.0 >= now.0 + BOOKING_NOTICE_MIN * MS_PER_MIN);
            assert_eq!(slot.exhibitor_offset_min, zone.offset_min(slot.start));
            assert!(s
                .working_hours
                .contains(slot.start, slot.end, slot.exhibitor_offset_min));
            assert!(b
                .sessions
                .iter()
                .all(|x| x.end <= slot.start || x.start >= slot.end));
        }
        let taken = s.slots[0].start;
        let after = meeting_slots(catalog(), 3, now, &[taken]).unwrap();
        assert!(after.slots.iter().all(|x| x.start != taken));
        assert!(meeting_slots(catalog(), EXHIBITORS + 1, now, &[]).is_none());
    }

    #[test]
    fn slots_follow_the_exhibitors_clock_across_a_dst_change() {
        // A Berlin exhibitor: on Friday 2026-10-23 09:00 is 07:00Z (CEST); on Monday
        // 2026-10-26, after summer time ended, 09:00 is 08:00Z (CET).
        let berlin = booth_ids(catalog())
            .find(|id| plan(catalog(), *id).unwrap().zone.id == "Europe/Berlin")
            .expect("a Berlin exhibitor");
        let now = ts("2026-10-22T20:00:00Z");
        let s = meeting_slots(catalog(), berlin, now, &[]).unwrap();
        let first_on = |day: &str| {
            s.slots
                .iter()
                .find(|x| x.start.date().to_iso() == day)
                .unwrap()
                .clone()
        };
        let fri = first_on("2026-10-23");
        let mon = first_on("2026-10-26");
        assert_eq!(fri.exhibitor_offset_min, 120);
        assert_eq!(mon.exhibitor_offset_min, 60);
        // Every slot starts on the half hour of the exhibitor's clock, inside its hours,
        // whichever offset applied that day.
        let zone = Zone::by_id("Europe/Berlin").unwrap();
        for x in &s.slots {
            let (_, minute) = zone.local(x.start);
            assert_eq!(minute % 30, 0);
            assert!(minute >= s.working_hours.start_min);
            assert!(minute + SLOT_MINUTES <= s.working_hours.end_min);
        }
        // The same wall-clock slot is an hour later in UTC after the change.
        let wall = s.working_hours.start_min + 4 * 60;
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(
            zone.local_to_utc(d("2026-10-26"), wall).0 - zone.local_to_utc(d("2026-10-23"), wall).0,
            3 * 86_400_000 + 3_600_000
        );
        // No weekend slots.
        assert!(s
            .slots
            .iter()
            .all(|x| weekday(local_at(x.start, x.exhibitor_offset_min).0) < 5));
    }

    #[test]
    fn both_sides_working_hours_overlap() {
        let hours = WorkingHours {
            start_min: 9 * 60,
            end_min: 18 * 60,
        };
        // Shanghai exhibitor 16:00-16:30 (08:00Z) is 09:00 in Berlin: both working.
        let slot = MeetingSlot {
            start: ts("2026-11-24T08:00:00Z"),
            end: ts("2026-11-24T08:30:00Z"),
            exhibitor_offset_min: 480,
        };
        assert!(slot.both_working(hours, 60));
        // ... and 03:00 in New York: the buyer is not.
        assert!(!slot.both_working(hours, -300));
        // 17:00 Berlin buyer (16:00Z) slot ending at 17:30: outside buyer hours.
        let late = MeetingSlot {
            start: ts("2026-11-24T16:00:00Z"),
            end: ts("2026-11-24T16:30:00Z"),
            exhibitor_offset_min: 0,
        };
        assert!(!late.both_working(hours, 60));
        assert!(late.both_working(hours, 0));
        // Saturday.
        let sat = MeetingSlot {
            start: ts("2026-11-28T10:00:00Z"),
            end: ts("2026-11-28T10:30:00Z"),
            exhibitor_offset_min: 0,
        };
        assert!(!sat.both_working(hours, 0));
    }

    #[test]
    fn meetings_take_free_slots_once() {
        let now = ts(NOWS[0]);
        let mut book = ExpoBook::default();
        let slots = meeting_slots(catalog(), 5, now, &[]).unwrap();
        let req = MeetingRequest {
            start: slots.slots[2].start,
            buyer_time_zone: "America/New_York".into(),
            note: " samples ".into(),
        };
        let m = book.book(catalog(), 5, &req, now).unwrap();
        assert_eq!(m.end.0 - m.start.0, i64::from(SLOT_MINUTES) * MS_PER_MIN);
        assert_eq!(m.note, "samples");
        assert_eq!(m.exhibitor_time_zone, slots.time_zone);
        assert_eq!(
            book.book(catalog(), 5, &req, now),
            Err(ExpoError::Conflict("slot_unavailable".into()))
        );
        let odd = MeetingRequest {
            start: slots.slots[2].start.plus_secs(60),
            ..req.clone()
        };
        assert_eq!(
            book.book(catalog(), 5, &odd, now),
            Err(ExpoError::Conflict("slot_unavailable".into()))
        );
        let bad = MeetingRequest {
            buyer_time_zone: "<script>".into(),
            ..req.clone()
        };
        assert!(
            matches!(book.book(catalog(), 5, &bad, now), Err(ExpoError::Validation(f)) if f[0].field == "buyer_time_zone")
        );
        assert_eq!(
            book.book(catalog(), 999, &req, now),
            Err(ExpoError::NotFound)
        );
        assert_eq!(book.meetings().len(), 1);
    }

    #[test]
    fn cards_need_consent_and_a_field_and_can_be_withdrawn() {
        let now = ts(NOWS[0]);
        let mut book = ExpoBook::default();
        let card = BusinessCard {
            name: Some(" Ana Souza ".into()),
            email: Some("ana@example.com".into()),
            company: Some("".into()),
            ..Default::default()
        };
        let no_consent = CardShareRequest {
            consent: false,
            card: card.clone(),
        };
        assert_eq!(
            book.share_card(catalog(), 4, &no_consent, now),
            Err(ExpoError::Validation(vec![field("consent", "required")]))
        );
        assert!(book.card(4).is_none());
        let empty = CardShareRequest {
            consent: true,
            card: BusinessCard::default(),
        };
        assert_eq!(validate_card(&empty), Err(vec![field("card", "required")]));
        let bad = CardShareRequest {
            consent: true,
            card: BusinessCard {
                email: Some("ana@".into()),
                phone: Some("call me".into()),
                ..Default::default()
            },
        };
        assert_eq!(
            validate_card(&bad),
            Err(vec![
                field("card.email", "invalid_format"),
                field("card.phone", "invalid_format")
            ])
        );
        let ok = CardShareRequest {
            consent: true,
            card,
        };
        let shared = book.share_card(catalog(), 4, &ok, now).unwrap();
        assert_eq!(shared.card.name.as_deref(), Some("Ana Souza"));
        assert_eq!(shared.card.company, None);
        let json = serde_json::to_string(&shared.card).unwrap();
        assert!(json.contains(r#""company":null"#) && json.contains(r#""phone":null"#));
        assert!(book.withdraw_card(4));
        assert!(book.card(4).is_none());
        assert!(!book.withdraw_card(4));
        assert_eq!(
            book.share_card(catalog(), 999, &ok, now),
            Err(ExpoError::NotFound)
        );
    }

    #[test]
    fn brochures_are_real_pdfs_matching_the_shipped_files() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/media/brochures");
        let write = std::env::var_os("TF_WRITE_BROCHURES").is_some();
        if write {
            std::fs::create_dir_all(&dir).unwrap();
        }
        for id in booth_ids(catalog()) {
            for b in brochures(catalog(), id) {
                let bytes = brochure_pdf(catalog(), id, b.kind).unwrap();
                assert!(bytes.starts_with(b"%PDF-1.4\n") && bytes.ends_with(b"%%EOF\n"));
                assert_eq!(b.size_bytes, bytes.len() as u64);
                let path = dir.join(&b.file_name);
                if write {
                    std::fs::write(&path, &bytes).unwrap();
                }
                let shipped = std::fs::read(&path).unwrap_or_default();
                assert!(
                    shipped == bytes,
                    "{} is stale: TF_WRITE_BROCHURES=1 cargo test -p tradefair-core expo",
                    path.display()
                );
            }
        }
        assert_eq!(pdf_string("a(b)\\ é 中"), "(a\\(b\\)\\\\ \\351 ?)");
    }
}
