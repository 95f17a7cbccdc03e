//! The demo backend's accounts and exhibitor console. Demo sessions (random tokens), saved
//! booth profiles, on-air flags, lead notes and buyers' engagement reports are kept in
//! `localStorage` under [`EXHIBITOR_KEY`] as `{"v": <version>, ...}` and read before every
//! change, so a console in one tab and a buyer in another see the same state. The rules
//! (who may act on a booth, what a valid profile, lead update or quote is, how leads are
//! derived) are the core's, the same the reference server applies, so the demo refuses
//! exactly like the server.
//!
//! Chat posts, pins and answered marks join the booth's demo channel
//! ([`super::demo_chat`]), where buyers' booth pages (in any tab) pick them up.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tradefair_core::chat::{self, AuthorRole, ChatEvent, ChatMessage, EventBody};
use tradefair_core::exhibitor::{
    self as rules, authorize_booth, Account, AuthError, AuthSession, BoothProfile,
    EngagementRecord, EngagementReport, ExhibitorPost, IngestGrant, Lead, LeadInputs, LeadNote,
    LeadUpdate, OfferError, QuoteOffer, SignInRequest, DEMO_ACCOUNTS,
};
use tradefair_core::expo::{self, OnAir, Overrides};
use tradefair_core::time::Timestamp;
use tradefair_core::trade::{FieldError, Quote, Rfq};

use super::demo::DemoBackend;
use super::ApiError;

/// `localStorage` key of the demo backend's exhibitor state.
pub const EXHIBITOR_KEY: &str = "tradefair.demo.exhibitor";
/// Version of the stored format.
const VERSION: u32 = 1;
/// Most demo sessions kept; signing in again beyond this ends the oldest.
const MAX_TOKENS: usize = 20;

/// A demo session: a token and whose it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct TokenRecord {
    token: String,
    account_id: u32,
}

/// Everything the demo keeps for accounts and exhibitors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Store {
    v: u32,
    tokens: Vec<TokenRecord>,
    /// Saved booth profiles by booth id.
    profiles: BTreeMap<u32, BoothProfile>,
    /// Booths on air: since when, and when the console last confirmed it.
    on_air: BTreeMap<u32, OnAir>,
    engagements: Vec<EngagementRecord>,
    notes: Vec<LeadNote>,
}

thread_local! {
    /// The store as last written, for when storage is unavailable.
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

fn parse(text: &str) -> Result<Store, String> {
    match serde_json::from_str::<Store>(text) {
        Ok(s) if s.v == VERSION => Ok(s),
        Ok(s) => Err(format!("unknown version {}", s.v)),
        Err(e) => Err(e.to_string()),
    }
}

fn empty() -> Store {
    Store {
        v: VERSION,
        ..Store::default()
    }
}

fn load() -> Store {
    match storage().and_then(|s| s.get_item(EXHIBITOR_KEY).ok().flatten()) {
        Some(text) => parse(&text).unwrap_or_else(|why| {
            leptos::logging::warn!(
                "demo backend: the stored exhibitor state ({EXHIBITOR_KEY}) is unreadable \
                 ({why}); starting with an empty one"
            );
            empty()
        }),
        None => STORE.with(|s| s.borrow().clone()).unwrap_or_else(empty),
    }
}

fn save(store: &Store) {
    STORE.with(|s| *s.borrow_mut() = Some(store.clone()));
    let text = serde_json::to_string(store).unwrap_or_default();
    if storage().is_none_or(|s| s.set_item(EXHIBITOR_KEY, &text).is_err()) {
        leptos::logging::warn!(
            "demo backend: the exhibitor state could not be saved to localStorage"
        );
    }
}

/// A new random demo token (never logged, never in a URL).
fn new_token() -> String {
    let mut bytes = [0u8; 24];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    std::iter::once("demo-".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect()
}

impl Store {
    /// The account of `token`, if it is a live demo session.
    fn account(&self, token: Option<&str>) -> Option<Account> {
        let token = token?;
        let record = self.tokens.iter().find(|t| t.token == token)?;
        DEMO_ACCOUNTS
            .iter()
            .find(|a| a.id == record.account_id)
            .map(|a| a.account())
    }
}

/// The error the HTTP backend answers for the same refusal.
fn auth_error(e: AuthError) -> ApiError {
    match e {
        AuthError::Unauthenticated => ApiError::Unauthenticated,
        AuthError::Forbidden => ApiError::Forbidden,
    }
}

/// The current credential's account, allowed to act on booth `booth_id`, with the store.
fn authorized(booth_id: u32) -> Result<(Store, Account), ApiError> {
    let store = load();
    let account = store.account(super::credential().as_deref());
    authorize_booth(account.as_ref(), booth_id).map_err(auth_error)?;
    let account = account.ok_or(ApiError::Unauthenticated)?;
    Ok((store, account))
}

/// A `422` naming one field.
fn field_error(field: &str, code: &str) -> ApiError {
    ApiError::Validation(vec![FieldError {
        field: field.into(),
        code: code.into(),
    }])
}

/// The demo account `req` names: the email trimmed and compared case-insensitively, the
/// password exactly; an unknown email and a wrong password get the same answer.
fn demo_account(req: &SignInRequest) -> Option<Account> {
    tradefair_core::exhibitor::demo_account(&req.email, &req.password).map(|a| a.account())
}

/// The error the HTTP backend answers for the same refusal of an offer.
fn offer_error(e: OfferError) -> ApiError {
    match e {
        OfferError::NotFound => ApiError::NotFound,
        OfferError::Validation(fields) => ApiError::Validation(fields),
        OfferError::AlreadyAnswered => ApiError::Conflict("already_answered".into()),
    }
}

/// What buyers see changed by exhibitors: saved profiles and booths on air.
pub(crate) fn overrides() -> Overrides {
    let store = load();
    Overrides {
        profiles: store.profiles,
        on_air: store.on_air,
    }
}

fn grant(store: &Store, booth_id: u32) -> IngestGrant {
    IngestGrant {
        whip_url: None,
        whip_token: None,
        on_air: store
            .on_air
            .get(&booth_id)
            .is_some_and(|a| a.is_current(now())),
        viewers: None,
    }
}

impl DemoBackend {
    pub async fn sign_in(&self, req: &SignInRequest) -> Result<AuthSession, ApiError> {
        self.yield_now().await;
        let account = demo_account(req).ok_or(ApiError::Unauthenticated)?;
        let mut store = load();
        let token = new_token();
        store.tokens.push(TokenRecord {
            token: token.clone(),
            account_id: account.id,
        });
        // Forgotten sessions (cleared storage, other browsers' tabs) do not pile up.
        let excess = store.tokens.len().saturating_sub(MAX_TOKENS);
        store.tokens.drain(..excess);
        save(&store);
        Ok(AuthSession { token, account })
    }

    pub async fn sign_out(&self) -> Result<(), ApiError> {
        self.yield_now().await;
        let mut store = load();
        let token = super::credential();
        if store.account(token.as_deref()).is_none() {
            return Err(ApiError::Unauthenticated);
        }
        store.tokens.retain(|t| Some(&t.token) != token.as_ref());
        save(&store);
        Ok(())
    }

    pub async fn me(&self) -> Result<Account, ApiError> {
        self.yield_now().await;
        load()
            .account(super::credential().as_deref())
            .ok_or(ApiError::Unauthenticated)
    }

    pub async fn ingest(&self, booth_id: u32) -> Result<IngestGrant, ApiError> {
        self.yield_now().await;
        let (store, _) = authorized(booth_id)?;
        Ok(grant(&store, booth_id))
    }

    pub async fn set_on_air(&self, booth_id: u32, on_air: bool) -> Result<IngestGrant, ApiError> {
        self.yield_now().await;
        let (mut store, _) = authorized(booth_id)?;
        if on_air {
            // On air since the first "on"; a repeat (the console confirming) keeps the
            // time, unless the booth had lapsed.
            let next = OnAir::renew(store.on_air.get(&booth_id).copied(), now());
            store.on_air.insert(booth_id, next);
        } else {
            store.on_air.remove(&booth_id);
        }
        save(&store);
        Ok(grant(&store, booth_id))
    }

    pub async fn exhibitor_post(
        &self,
        booth_id: u32,
        post: &ExhibitorPost,
    ) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        if let Some(code) = chat::text_problem_of(&post.text) {
            return Err(field_error("text", code));
        }
        let exhibitor = self
            .catalog()
            .supplier(booth_id)
            .map(|s| s.name.clone())
            .ok_or(ApiError::NotFound)?;
        let body = EventBody::Message(ChatMessage {
            author: exhibitor,
            role: AuthorRole::Exhibitor,
            text: post.text.trim().to_string(),
            locale: post.locale.clone(),
            translations: None,
        });
        self.append_chat(booth_id, body)
    }

    pub async fn pin_product(&self, booth_id: u32, product_id: u32) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        let pin = chat::pin_of(&self.catalog(), product_id)
            .filter(|p| p.supplier_id == booth_id)
            .ok_or_else(|| field_error("product_id", "not_offered"))?;
        self.append_chat(booth_id, EventBody::Pin(pin))
    }

    pub async fn unpin_product(
        &self,
        booth_id: u32,
        product_id: u32,
    ) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        self.append_chat(booth_id, EventBody::Unpin { product_id })
    }

    pub async fn mark_answered(
        &self,
        booth_id: u32,
        question_id: u64,
    ) -> Result<ChatEvent, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        self.answer_question(booth_id, question_id)
    }

    /// The saved profile, else the one the seed gives the booth.
    pub async fn booth_profile(&self, booth_id: u32) -> Result<BoothProfile, ApiError> {
        self.yield_now().await;
        let (store, _) = authorized(booth_id)?;
        match store.profiles.get(&booth_id) {
            Some(p) => Ok(p.clone()),
            None => {
                rules::default_profile(&self.catalog(), booth_id, now()).ok_or(ApiError::NotFound)
            }
        }
    }

    /// Validates and saves the whole profile; buyers see it from now on.
    pub async fn save_booth_profile(
        &self,
        booth_id: u32,
        profile: &BoothProfile,
    ) -> Result<BoothProfile, ApiError> {
        self.yield_now().await;
        let (mut store, _) = authorized(booth_id)?;
        // The path names the booth, whatever the body says.
        let profile = BoothProfile {
            booth_id,
            ..profile.clone()
        };
        let catalog = self.catalog();
        let fields = rules::validate_profile(&catalog, &profile, now().date());
        if !fields.is_empty() {
            return Err(ApiError::Validation(fields));
        }
        let saved = rules::normalized_profile(&catalog, &profile);
        store.profiles.insert(booth_id, saved.clone());
        save(&store);
        Ok(saved)
    }

    /// The booth's leads from everything the demo buyer did, with the stored notes.
    async fn derive_leads(&self, booth_id: u32, store: &Store) -> Result<Vec<Lead>, ApiError> {
        let chat = self.chat_events(booth_id, 0).await?;
        let expo = super::demo_expo::expo_book();
        let card = expo.card(booth_id);
        let meetings = expo.meetings();
        let rfqs = super::demo::load_book().rfq_list(now());
        Ok(rules::derive_leads(&LeadInputs {
            booth_id,
            card: card.as_ref(),
            meetings: &meetings,
            rfqs: &rfqs,
            chat: &chat,
            engagement: &store.engagements,
            notes: &store.notes,
        }))
    }

    pub async fn leads(&self, booth_id: u32) -> Result<Vec<Lead>, ApiError> {
        self.yield_now().await;
        let (store, _) = authorized(booth_id)?;
        self.derive_leads(booth_id, &store).await
    }

    /// Sets a lead's status and notes.
    pub async fn update_lead(
        &self,
        booth_id: u32,
        lead_id: &str,
        update: &LeadUpdate,
    ) -> Result<Lead, ApiError> {
        self.yield_now().await;
        let (store, _) = authorized(booth_id)?;
        let leads = self.derive_leads(booth_id, &store).await?;
        if leads.iter().all(|l| l.id != lead_id) {
            return Err(ApiError::NotFound);
        }
        let fields = rules::validate_lead_update(update);
        if !fields.is_empty() {
            return Err(ApiError::Validation(fields));
        }
        // Read again: the channel read above may have yielded to other work.
        let mut store = load();
        store
            .notes
            .retain(|n| !(n.booth_id == booth_id && n.lead_id == lead_id));
        store.notes.push(LeadNote {
            booth_id,
            lead_id: lead_id.to_string(),
            status: update.status,
            notes: update.notes.clone(),
        });
        save(&store);
        self.derive_leads(booth_id, &store)
            .await?
            .into_iter()
            .find(|l| l.id == lead_id)
            .ok_or(ApiError::NotFound)
    }

    pub async fn rfq_inbox(&self, booth_id: u32) -> Result<Vec<Rfq>, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        Ok(rules::rfq_inbox(&super::demo::load_book(), booth_id, now()))
    }

    /// Answers an RFQ: the exhibitor's quote replaces the generated one in the buyer's book.
    pub async fn answer_rfq(
        &self,
        booth_id: u32,
        rfq_id: &str,
        offer: &QuoteOffer,
    ) -> Result<Quote, ApiError> {
        self.yield_now().await;
        let _ = authorized(booth_id)?;
        let mut book = super::demo::load_book();
        let quote = rules::answer_rfq(&mut book, &self.catalog(), booth_id, rfq_id, offer, now())
            .map_err(offer_error)?;
        super::demo::save_book(&book);
        Ok(quote)
    }

    /// Records a buyer's engagement; refused (`409 consent_required`) unless the buyer has
    /// shared a card with the booth.
    pub async fn report_engagement(
        &self,
        booth_id: u32,
        report: &EngagementReport,
    ) -> Result<(), ApiError> {
        self.yield_now().await;
        if expo::booth_ids(&self.catalog()).all(|b| b != booth_id) {
            return Err(ApiError::NotFound);
        }
        if super::demo_expo::shared_card(booth_id).is_none() {
            return Err(ApiError::Conflict("consent_required".into()));
        }
        let fields = rules::validate_engagement(&self.catalog(), booth_id, &report.engagement);
        if !fields.is_empty() {
            return Err(ApiError::Validation(fields));
        }
        let mut store = load();
        store.engagements.push(EngagementRecord {
            booth_id,
            at: now(),
            engagement: report.engagement.clone(),
        });
        save(&store);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_state_is_versioned() {
        let text = serde_json::to_string(&empty()).unwrap();
        assert_eq!(parse(&text), Ok(empty()));
        assert!(parse(
            r#"{"v":99,"tokens":[],"profiles":{},"on_air":{},"engagements":[],"notes":[]}"#
        )
        .is_err());
        assert!(parse("{").is_err());
    }

    #[test]
    fn demo_accounts_sign_in_by_email_in_any_case() {
        let req = |email: &str, password: &str| SignInRequest {
            email: email.into(),
            password: password.into(),
        };
        let a = demo_account(&req(
            "  Booth1@Exhibitor.Tradefair.example ",
            "expo-booth-1",
        ));
        assert_eq!(a.map(|a| a.booth_id), Some(Some(1)));
        assert!(demo_account(&req("booth1@exhibitor.tradefair.example", "expo-booth-2")).is_none());
        assert!(demo_account(&req("nobody@example.com", "expo-booth-1")).is_none());
        assert!(demo_account(&req("booth1@exhibitor.tradefair.example", "EXPO-BOOTH-1")).is_none());
    }

    #[test]
    fn only_live_tokens_have_an_account() {
        let mut store = empty();
        store.tokens.push(TokenRecord {
            token: "demo-abc".into(),
            account_id: 2,
        });
        assert_eq!(
            store.account(Some("demo-abc")).map(|a| a.booth_id),
            Some(Some(2))
        );
        assert!(store.account(Some("demo-abd")).is_none());
        assert!(store.account(None).is_none());
    }
}
