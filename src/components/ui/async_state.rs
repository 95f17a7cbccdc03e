use leptos::prelude::*;

use crate::api::ApiError;
use crate::t;

/// The one error view of every async region: what went wrong in the buyer's language, the
/// server's own words when it gave some, and a retry.
#[component]
pub fn ErrorPanel(
    /// The failure to explain.
    error: ApiError,
    /// Runs the failed load again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let detail = error.clone();
    let server_message = match &error {
        ApiError::Http {
            message: Some(m), ..
        } => Some(m.clone()),
        _ => None,
    };
    leptos::logging::warn!("backend call failed: {error}");
    view! {
        <section class="error-panel" role="alert" aria-live="assertive">
            <h2>{move || t!("error-title")}</h2>
            <p>
                {move || match &detail {
                    ApiError::Http { status, .. } => t!("error-http", status = status.to_string()),
                    other => crate::i18n::tr(other.message_key()),
                }}
            </p>
            {server_message
                .map(|m| {
                    view! { <p class="error-panel__server" lang="en">{move || t!("error-server-says", message = m.clone())}</p> }
                })}
            <button type="button" class="button button--primary" on:click=move |_| on_retry.run(())>
                {move || t!("error-retry")}
            </button>
        </section>
    }
}

/// The shape of content that is loading.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SkeletonKind {
    /// A grid of product cards.
    Cards(usize),
    /// A detail page: image and text blocks.
    Detail,
}

/// Grey placeholder blocks in the shape of what is loading, announced as busy.
#[component]
pub fn Skeleton(
    /// What is loading.
    kind: SkeletonKind,
) -> impl IntoView {
    let body = match kind {
        SkeletonKind::Cards(n) => view! {
            <div class="card-grid">
                {(0..n)
                    .map(|_| {
                        view! {
                            <div class="card skeleton-card">
                                <div class="skeleton skeleton--image"></div>
                                <div class="skeleton skeleton--line"></div>
                                <div class="skeleton skeleton--line skeleton--short"></div>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
        SkeletonKind::Detail => view! {
            <div class="detail-skeleton">
                <div class="skeleton skeleton--hero"></div>
                <div class="detail-skeleton__text">
                    <div class="skeleton skeleton--title"></div>
                    <div class="skeleton skeleton--line"></div>
                    <div class="skeleton skeleton--line"></div>
                    <div class="skeleton skeleton--line skeleton--short"></div>
                </div>
            </div>
        }
        .into_any(),
    };
    view! {
        <div class="skeleton-region" aria-busy="true" role="status">
            <span class="visually-hidden">{move || t!("loading")}</span>
            {body}
        </div>
    }
}
