//! `/exhibitor` (Live tab): go live from the browser and run the booth during the stream.

use leptos::prelude::*;

use crate::api;
use crate::components::exhibitor::live::{
    BroadcastPanel, DevicePanel, ExhibitorChat, ProductPins, QuestionDesk, Studio, WatchingNow,
};
use crate::components::ui::ErrorPanel;
use crate::media::chat::BoothLink;
use crate::state::auth::use_auth;
use crate::t;

/// The Live tab of booth `booth_id`'s console.
#[component]
pub fn LiveTab(
    /// The signed-in exhibitor's booth.
    booth_id: u32,
) -> impl IntoView {
    let studio = Studio::new(booth_id);
    let link = BoothLink::open(booth_id);
    // Where to publish: without a media server the tab says so and keeps the preview.
    let grant = LocalResource::new(move || async move { api::backend().ingest(booth_id).await });
    let auth = use_auth();
    Effect::new(move |_| match grant.get() {
        Some(Ok(g)) => studio.grant.set(Some(g)),
        // A token the backend no longer accepts ends the session (the console's rule).
        Some(Err(e)) => super::on_console_error(auth, &e),
        None => {}
    });
    let viewers = Signal::derive(move || studio.grant.with(|g| g.as_ref().and_then(|g| g.viewers)));
    view! {
        <div class="live-console">
            <Transition fallback=move || {
                view! {
                    <div class="live-skeleton" role="status" aria-busy="true">
                        <span class="visually-hidden">{move || t!("loading")}</span>
                        <div class="skeleton skeleton--line"></div>
                    </div>
                }
            }>
                {move || Suspend::new(async move {
                    match grant.await {
                        Ok(g) if g.whip_url.is_none() => {
                            view! {
                                <p class="notice live-no-server" data-testid="no-media-server">
                                    {move || t!("live-no-media-server-explained")}
                                </p>
                            }
                                .into_any()
                        }
                        Ok(_) => ().into_any(),
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| grant.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
            <div class="live-console__studio">
                <DevicePanel studio/>
                <BroadcastPanel studio/>
            </div>
            <div class="live-console__booth">
                <ProductPins link/>
                <QuestionDesk link/>
                <ExhibitorChat link/>
                <WatchingNow booth_id viewers/>
            </div>
        </div>
    }
}
