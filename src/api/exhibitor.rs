//! Accounts and the exhibitor console's calls. Every `/api/exhibitor/...` request carries
//! the signed-in account's token ([`super::set_credential`]) as `Authorization: Bearer`;
//! a missing or expired token comes back as [`ApiError::Unauthenticated`], another
//! booth's or a buyer's as [`ApiError::Forbidden`].

use tradefair_core::chat::ChatEvent;
use tradefair_core::exhibitor::{
    Account, AuthSession, BoothProfile, EngagementReport, ExhibitorPost, IngestGrant, Lead,
    LeadUpdate, QuoteOffer, SignInRequest,
};
use tradefair_core::trade::{Quote, Rfq};

use super::{ApiError, Backend};

impl Backend {
    /// Signs in; wrong credentials are [`ApiError::Unauthenticated`].
    pub async fn sign_in(&self, req: &SignInRequest) -> Result<AuthSession, ApiError> {
        match self {
            Backend::Demo(b) => b.sign_in(req).await,
            Backend::Http(b) => b.sign_in(req).await,
        }
    }

    /// Ends the current session on the backend.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        match self {
            Backend::Demo(b) => b.sign_out().await,
            Backend::Http(b) => b.sign_out().await,
        }
    }

    /// The account of the current token.
    pub async fn me(&self) -> Result<Account, ApiError> {
        match self {
            Backend::Demo(b) => b.me().await,
            Backend::Http(b) => b.me().await,
        }
    }

    pub async fn booth_profile(&self, booth_id: u32) -> Result<BoothProfile, ApiError> {
        match self {
            Backend::Demo(b) => b.booth_profile(booth_id).await,
            Backend::Http(b) => b.booth_profile(booth_id).await,
        }
    }

    /// Saves the whole profile; refused fields are [`ApiError::Validation`].
    pub async fn save_booth_profile(
        &self,
        booth_id: u32,
        profile: &BoothProfile,
    ) -> Result<BoothProfile, ApiError> {
        match self {
            Backend::Demo(b) => b.save_booth_profile(booth_id, profile).await,
            Backend::Http(b) => b.save_booth_profile(booth_id, profile).await,
        }
    }

    /// Where to publish (WHIP) and whether the booth is on air.
    pub async fn ingest(&self, booth_id: u32) -> Result<IngestGrant, ApiError> {
        match self {
            Backend::Demo(b) => b.ingest(booth_id).await,
            Backend::Http(b) => b.ingest(booth_id).await,
        }
    }

    /// Tells the backend the booth went on or off air.
    pub async fn set_on_air(&self, booth_id: u32, on_air: bool) -> Result<IngestGrant, ApiError> {
        match self {
            Backend::Demo(b) => b.set_on_air(booth_id, on_air).await,
            Backend::Http(b) => b.set_on_air(booth_id, on_air).await,
        }
    }

    /// The exhibitor's reply in the booth channel.
    pub async fn exhibitor_post(
        &self,
        booth_id: u32,
        post: &ExhibitorPost,
    ) -> Result<ChatEvent, ApiError> {
        match self {
            Backend::Demo(b) => b.exhibitor_post(booth_id, post).await,
            Backend::Http(b) => b.exhibitor_post(booth_id, post).await,
        }
    }

    /// Pins one of the exhibitor's products to the channel.
    pub async fn pin_product(&self, booth_id: u32, product_id: u32) -> Result<ChatEvent, ApiError> {
        match self {
            Backend::Demo(b) => b.pin_product(booth_id, product_id).await,
            Backend::Http(b) => b.pin_product(booth_id, product_id).await,
        }
    }

    pub async fn unpin_product(
        &self,
        booth_id: u32,
        product_id: u32,
    ) -> Result<ChatEvent, ApiError> {
        match self {
            Backend::Demo(b) => b.unpin_product(booth_id, product_id).await,
            Backend::Http(b) => b.unpin_product(booth_id, product_id).await,
        }
    }

    /// Marks a question answered.
    pub async fn mark_answered(
        &self,
        booth_id: u32,
        question_id: u64,
    ) -> Result<ChatEvent, ApiError> {
        match self {
            Backend::Demo(b) => b.mark_answered(booth_id, question_id).await,
            Backend::Http(b) => b.mark_answered(booth_id, question_id).await,
        }
    }

    /// The booth's leads, most recent activity first.
    pub async fn leads(&self, booth_id: u32) -> Result<Vec<Lead>, ApiError> {
        match self {
            Backend::Demo(b) => b.leads(booth_id).await,
            Backend::Http(b) => b.leads(booth_id).await,
        }
    }

    pub async fn update_lead(
        &self,
        booth_id: u32,
        lead_id: &str,
        update: &LeadUpdate,
    ) -> Result<Lead, ApiError> {
        match self {
            Backend::Demo(b) => b.update_lead(booth_id, lead_id, update).await,
            Backend::Http(b) => b.update_lead(booth_id, lead_id, update).await,
        }
    }

    /// RFQs sent to the exhibitor's supplier, newest first, with the quotes so far.
    pub async fn rfq_inbox(&self, booth_id: u32) -> Result<Vec<Rfq>, ApiError> {
        match self {
            Backend::Demo(b) => b.rfq_inbox(booth_id).await,
            Backend::Http(b) => b.rfq_inbox(booth_id).await,
        }
    }

    /// Answers an RFQ with the exhibitor's own quote.
    pub async fn answer_rfq(
        &self,
        booth_id: u32,
        rfq_id: &str,
        offer: &QuoteOffer,
    ) -> Result<Quote, ApiError> {
        match self {
            Backend::Demo(b) => b.answer_rfq(booth_id, rfq_id, offer).await,
            Backend::Http(b) => b.answer_rfq(booth_id, rfq_id, offer).await,
        }
    }

    /// A buyer's engagement with a booth (only sent when the buyer shared a card);
    /// without consent the backend refuses with [`ApiError::Conflict`] `consent_required`.
    pub async fn report_engagement(
        &self,
        booth_id: u32,
        report: &EngagementReport,
    ) -> Result<(), ApiError> {
        match self {
            Backend::Demo(b) => b.report_engagement(booth_id, report).await,
            Backend::Http(b) => b.report_engagement(booth_id, report).await,
        }
    }
}
