//! The demo backend's virtual expo: booths, sessions and slots from the core's seed (relative
//! to the browser's clock), meetings and shared business cards kept in `localStorage` under
//! [`EXPO_BOOK_KEY`] as `{"v": <version>, "book": {...}}`, read before every change so
//! another tab's bookings count. What exhibitors changed in the demo console (saved
//! profiles, going on air; see [`super::demo_exhibitor`]) applies to everything buyers see.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use tradefair_core::expo::{
    self, Booth, BoothFilter, CardShareRequest, CardStatus, ExpoBook, ExpoError, ExpoHall, Meeting,
    MeetingRequest, MeetingSlots, Schedule, SharedCard, StreamConfig, EXPO_BOOK_VERSION,
};
use tradefair_core::time::Timestamp;
use tradefair_core::wire::Category;

use super::demo::DemoBackend;
use super::demo_exhibitor::overrides;
use super::ApiError;

/// `localStorage` key of the demo backend's meetings and shared cards.
pub const EXPO_BOOK_KEY: &str = "tradefair.demo.expo";

thread_local! {
    /// The book as last written, for when storage is unavailable.
    static BOOK: RefCell<Option<ExpoBook>> = const { RefCell::new(None) };
}

#[derive(Serialize, Deserialize)]
struct Stored {
    v: u32,
    book: ExpoBook,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn parse(text: &str) -> Result<ExpoBook, String> {
    match serde_json::from_str::<Stored>(text) {
        Ok(s) if s.v == EXPO_BOOK_VERSION => Ok(s.book),
        Ok(s) => Err(format!("unknown version {}", s.v)),
        Err(e) => Err(e.to_string()),
    }
}

fn load() -> ExpoBook {
    match storage().and_then(|s| s.get_item(EXPO_BOOK_KEY).ok().flatten()) {
        Some(text) => parse(&text).unwrap_or_else(|why| {
            leptos::logging::warn!(
                "demo backend: the stored expo book ({EXPO_BOOK_KEY}) is unreadable ({why}); \
                 starting with an empty one"
            );
            ExpoBook::default()
        }),
        None => BOOK.with(|b| b.borrow().clone()).unwrap_or_default(),
    }
}

fn save(book: &ExpoBook) {
    BOOK.with(|b| *b.borrow_mut() = Some(book.clone()));
    let text = serde_json::to_string(&Stored {
        v: EXPO_BOOK_VERSION,
        book: book.clone(),
    })
    .unwrap_or_default();
    if storage().is_none_or(|s| s.set_item(EXPO_BOOK_KEY, &text).is_err()) {
        leptos::logging::warn!("demo backend: the expo book could not be saved to localStorage");
    }
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// The card the buyer shared with booth `id`, if any (engagement reports need one).
pub(crate) fn shared_card(id: u32) -> Option<SharedCard> {
    load().card(id)
}

/// The demo buyer's meetings and shared cards (for the exhibitor's leads).
pub(crate) fn expo_book() -> ExpoBook {
    load()
}

/// The error the HTTP backend would return for the same refusal.
pub(crate) fn expo_error(e: ExpoError) -> ApiError {
    match e {
        ExpoError::NotFound => ApiError::NotFound,
        ExpoError::Validation(fields) => ApiError::Validation(fields),
        ExpoError::Conflict(code) => ApiError::Conflict(code),
    }
}

impl DemoBackend {
    pub async fn expo_hall(
        &self,
        filter: &BoothFilter,
        locale: &str,
    ) -> Result<ExpoHall, ApiError> {
        self.yield_now().await;
        Ok(expo::hall_with(
            &self.catalog(),
            filter,
            now(),
            locale,
            &overrides(),
        ))
    }

    pub async fn booth(&self, id: u32, locale: &str) -> Result<Booth, ApiError> {
        self.yield_now().await;
        expo::booth_with(
            &self.catalog(),
            id,
            now(),
            locale,
            &StreamConfig::default(),
            &overrides(),
        )
        .ok_or(ApiError::NotFound)
    }

    pub async fn schedule(
        &self,
        hall: Option<Category>,
        locale: &str,
    ) -> Result<Schedule, ApiError> {
        self.yield_now().await;
        Ok(expo::schedule_with(
            &self.catalog(),
            hall,
            now(),
            locale,
            &overrides(),
        ))
    }

    pub async fn meeting_slots(&self, id: u32) -> Result<MeetingSlots, ApiError> {
        self.yield_now().await;
        expo::meeting_slots_with(&self.catalog(), id, now(), &load().booked(id), &overrides())
            .ok_or(ApiError::NotFound)
    }

    pub async fn book_meeting(&self, id: u32, req: &MeetingRequest) -> Result<Meeting, ApiError> {
        self.yield_now().await;
        let mut book = load();
        let m = book
            .book_with(&self.catalog(), id, req, now(), &overrides())
            .map_err(expo_error)?;
        save(&book);
        Ok(m)
    }

    pub async fn meetings(&self) -> Result<Vec<Meeting>, ApiError> {
        self.yield_now().await;
        Ok(load().meetings())
    }

    pub async fn card_status(&self, id: u32) -> Result<CardStatus, ApiError> {
        self.yield_now().await;
        if expo::booth_ids(&self.catalog()).all(|b| b != id) {
            return Err(ApiError::NotFound);
        }
        Ok(CardStatus {
            shared: load().card(id),
        })
    }

    pub async fn share_card(
        &self,
        id: u32,
        req: &CardShareRequest,
    ) -> Result<SharedCard, ApiError> {
        self.yield_now().await;
        let mut book = load();
        let card = book
            .share_card(&self.catalog(), id, req, now())
            .map_err(expo_error)?;
        save(&book);
        Ok(card)
    }

    pub async fn withdraw_card(&self, id: u32) -> Result<CardStatus, ApiError> {
        self.yield_now().await;
        let mut book = load();
        if book.withdraw_card(id) {
            save(&book);
        }
        Ok(CardStatus { shared: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_books_are_versioned() {
        let text = serde_json::to_string(&Stored {
            v: EXPO_BOOK_VERSION,
            book: ExpoBook::default(),
        })
        .unwrap();
        assert_eq!(parse(&text), Ok(ExpoBook::default()));
        assert!(parse(r#"{"v":99,"book":{"meetings":[],"cards":[]}}"#).is_err());
        assert!(parse("{").is_err());
    }
}
