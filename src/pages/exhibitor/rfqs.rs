//! `/exhibitor/rfqs`: the requests for quotation buyers sent to the exhibitor's supplier.

use leptos::prelude::*;

use super::on_console_error;
use crate::api::{self, ApiError};
use crate::components::exhibitor::inbox::InboxRequest;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::state::auth::use_auth;
use crate::t;

/// The RFQ inbox of booth `booth_id`, newest first, each with its answer or the form to
/// give one.
#[component]
pub fn RfqTab(
    /// The signed-in exhibitor's booth.
    booth_id: u32,
) -> impl IntoView {
    let auth = use_auth();
    let inbox = LocalResource::new(move || {
        let locale = i18n::locale().tag();
        async move {
            let load = async {
                let rfqs = api::backend().rfq_inbox(booth_id).await?;
                // Answers are priced in the supplier's own currency.
                let supplier = api::backend().supplier(booth_id, locale).await?;
                Ok::<_, ApiError>((rfqs, supplier.currency))
            };
            let result = load.await;
            if let Err(e) = &result {
                on_console_error(auth, e);
            }
            result
        }
    });

    view! {
        <section class="exhibitor-inbox" aria-labelledby="inbox-title">
            <h2 id="inbox-title">{move || t!("inbox-title")}</h2>
            <p class="note">{move || t!("inbox-intro")}</p>
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                {move || Suspend::new(async move {
                    match inbox.await {
                        Ok((rfqs, _)) if rfqs.is_empty() => view! {
                            <div class="empty-state">
                                <p>{move || t!("inbox-empty")}</p>
                            </div>
                        }.into_any(),
                        Ok((rfqs, currency)) => view! {
                            <ul class="inbox-list" role="list">
                                {rfqs.into_iter().map(|rfq| view! {
                                    <li><InboxRequest booth_id=booth_id rfq=rfq currency=currency/></li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| inbox.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
