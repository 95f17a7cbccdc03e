//! The booth's live channel: chat, Q&A and products pinned during the stream.

use leptos::prelude::*;

/// Chat, Q&A and pinned products of one booth. Interface fixed for the booth page; the
/// implementation drives `crate::media::chat`.
#[component]
pub fn BoothChannel(booth_id: u32) -> impl IntoView {
    let _ = booth_id;
    view! { <aside class="booth-channel"></aside> }
}
