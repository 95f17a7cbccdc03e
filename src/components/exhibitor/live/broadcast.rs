//! Going live and stopping, with the broadcast's state, time on air, outgoing bitrate and
//! viewers.

use leptos::prelude::*;

use super::studio::{LiveProblem, Preview, Studio};
use crate::i18n::{self, format};
use crate::media::studio::{bitrate_parts, iso_duration, on_air_clock, BitrateUnit, OnAir};
use crate::t;

/// A bitrate in the reader's number format ("2,5 Mbit/s").
fn bitrate_text(bps: u64) -> String {
    let (value, unit) = bitrate_parts(bps);
    match unit {
        BitrateUnit::Kbps => t!("live-bitrate-kbps", value = format::decimal_exact(&value)),
        BitrateUnit::Mbps => t!("live-bitrate-mbps", value = format::decimal1(&value)),
    }
}

/// What went wrong, in the exhibitor's language.
fn problem_text(problem: &LiveProblem) -> String {
    match problem {
        LiveProblem::NoMediaServer => t!("live-no-media-server"),
        LiveProblem::NoCamera => t!("live-need-camera"),
        LiveProblem::Refused => t!("live-error-refused"),
        LiveProblem::Unreachable => t!("live-error-unreachable"),
        LiveProblem::MediaServer(status) => t!("live-error-media-server", status = *status),
        LiveProblem::Browser => t!("live-error-browser"),
        LiveProblem::Api(e) => t!("live-error-backend", reason = i18n::tr(e.message_key())),
    }
}

/// The Go live / Stop controls and the broadcast's figures.
#[component]
pub fn BroadcastPanel(
    /// The studio.
    studio: Studio,
) -> impl IntoView {
    let no_media_server = move || {
        studio
            .grant
            .with(|g| g.as_ref().is_some_and(|g| g.whip_url.is_none()))
    };
    // Why "Go live" cannot be pressed now, if it cannot.
    let blocked = move || {
        if no_media_server() {
            Some(t!("live-no-media-server"))
        } else if studio.preview.get() != Preview::On {
            Some(t!("live-need-camera"))
        } else {
            None
        }
    };
    let state = move || studio.on_air.get();
    let status = move || match state() {
        OnAir::Off => t!("live-state-off"),
        OnAir::Starting => t!("live-state-starting"),
        OnAir::Live => t!("live-state-live"),
        OnAir::Reconnecting { attempt } => t!("live-state-reconnecting", attempt = attempt),
        OnAir::Stopping => t!("live-state-stopping"),
    };
    let elapsed = move || {
        studio
            .started_at
            .get()
            .map(|start| ((studio.now.get() - start).max(0.0) / 1000.0) as u64)
    };
    let viewers = move || studio.grant.with(|g| g.as_ref().and_then(|g| g.viewers));
    view! {
        <section class="live-broadcast panel" aria-labelledby="live-broadcast-title" data-state=move || state().name()>
            <h2 id="live-broadcast-title">{move || t!("live-broadcast-title")}</h2>
            <p class="live-broadcast__status" role="status" data-testid="broadcast-status">
                <span class="live-broadcast__dot" aria-hidden="true"></span>
                {status}
            </p>
            <div class="live-broadcast__actions">
                <Show
                    when=move || state().is_active()
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="button button--primary button--large"
                                disabled=move || blocked().is_some()
                                aria-describedby="live-go-reason"
                                on:click=move |_| studio.go_live()
                            >
                                {move || t!("live-go")}
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="button button--large live-stop"
                        disabled=move || state() == OnAir::Stopping
                        on:click=move |_| studio.stop()
                    >
                        {move || t!("live-stop")}
                    </button>
                </Show>
            </div>
            <p class="live-broadcast__reason" id="live-go-reason">
                {move || if state().is_active() { None } else { blocked() }}
            </p>
            {move || {
                studio
                    .problem
                    .get()
                    .filter(|p| *p != LiveProblem::NoMediaServer)
                    .map(|p| view! { <p class="live-broadcast__error" role="alert">{problem_text(&p)}</p> })
            }}
            <dl class="live-figures">
                <div>
                    <dt>{move || t!("live-elapsed")}</dt>
                    <dd data-testid="live-elapsed">
                        {move || match elapsed() {
                            Some(s) => view! { <time datetime=iso_duration(s)>{on_air_clock(s)}</time> }.into_any(),
                            None => view! { <span>{move || t!("live-figure-none")}</span> }.into_any(),
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{move || t!("live-bitrate")}</dt>
                    <dd data-testid="live-bitrate">
                        {move || studio.bitrate.get().map(bitrate_text).unwrap_or_else(|| t!("live-figure-none"))}
                    </dd>
                </div>
                <div>
                    <dt>{move || t!("live-viewers-now")}</dt>
                    <dd data-testid="live-viewer-count">
                        {move || match viewers() {
                            Some(n) => format::number(i64::from(n)),
                            None => t!("live-figure-none"),
                        }}
                    </dd>
                </div>
            </dl>
        </section>
    }
}
