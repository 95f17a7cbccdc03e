//! Who is signed in. The session (token and account) is kept in `localStorage` so a reload
//! keeps the exhibitor signed in, and handed to the typed client ([`crate::api::set_credential`]),
//! which puts the token in the `Authorization` header only: never in a URL or a log.

use leptos::prelude::*;
use tradefair_core::exhibitor::{Account, AuthSession, Role};

use super::storage;

const KEY: &str = "tradefair.auth";

/// The signed-in account, if any (provided as context by the app).
#[derive(Clone, Copy)]
pub struct Auth {
    pub session: RwSignal<Option<AuthSession>>,
}

impl Auth {
    /// The stored session, handed to the client.
    pub fn load() -> Auth {
        let session = storage::get(KEY).and_then(|s| serde_json::from_str::<AuthSession>(&s).ok());
        crate::api::set_credential(session.as_ref().map(|s| s.token.clone()));
        Auth {
            session: RwSignal::new(session),
        }
    }

    /// Remembers a new session (after sign-in).
    pub fn signed_in(&self, session: AuthSession) {
        if let Ok(text) = serde_json::to_string(&session) {
            storage::set(KEY, &text);
        }
        crate::api::set_credential(Some(session.token.clone()));
        self.session.set(Some(session));
    }

    /// Forgets the session (sign-out, or the backend no longer accepts the token).
    pub fn signed_out(&self) {
        storage::remove(KEY);
        crate::api::set_credential(None);
        self.session.set(None);
    }

    /// The signed-in account.
    pub fn account(&self) -> Option<Account> {
        self.session.with(|s| s.as_ref().map(|s| s.account.clone()))
    }

    /// The booth the signed-in exhibitor runs.
    pub fn booth_id(&self) -> Option<u32> {
        self.session.with(|s| {
            s.as_ref()
                .filter(|s| s.account.role == Role::Exhibitor)
                .and_then(|s| s.account.booth_id)
        })
    }
}

/// The app's [`Auth`].
pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
