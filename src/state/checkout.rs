//! The checkout draft: everything typed into the checkout, saved to `localStorage` on every
//! change so a reload, a backend outage or a step back loses nothing. The cart's landed-cost
//! choices (destination, Incoterm, method) are part of it, so the checkout starts with them.

use leptos::prelude::*;
use tradefair_core::checkout::{self, CheckoutDraft, DraftRecovery};

use super::storage;

const KEY: &str = "tradefair.checkout";

/// The draft, loaded from storage.
#[derive(Clone, Copy)]
pub struct CheckoutStore {
    draft: RwSignal<CheckoutDraft>,
    /// Set when a stored draft could not be read and the form started empty.
    pub recovery: RwSignal<Option<DraftRecovery>>,
}

impl CheckoutStore {
    /// Reads the stored draft (a fresh one when there is none or it is unreadable).
    pub fn load() -> CheckoutStore {
        let (draft, recovery) = checkout::parse_draft(storage::get(KEY).as_deref());
        let store = CheckoutStore {
            draft: RwSignal::new(draft),
            recovery: RwSignal::new(recovery),
        };
        if recovery.is_some() {
            store.save();
        }
        store
    }

    fn save(&self) {
        let text = self.draft.with_untracked(checkout::serialize_draft);
        if !storage::set(KEY, &text) {
            leptos::logging::warn!("checkout draft could not be saved to localStorage");
        }
    }

    /// Reads part of the draft (reactive).
    pub fn with<T>(&self, f: impl FnOnce(&CheckoutDraft) -> T) -> T {
        self.draft.with(f)
    }

    /// Reads part of the draft without tracking.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&CheckoutDraft) -> T) -> T {
        self.draft.with_untracked(f)
    }

    /// Changes the draft and saves it.
    pub fn update(&self, f: impl FnOnce(&mut CheckoutDraft)) {
        self.draft.update(f);
        self.save();
    }

    /// Forgets the draft (after the order was placed).
    pub fn clear(&self) {
        self.draft.set(CheckoutDraft::default());
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.remove_item(KEY);
        }
    }
}
