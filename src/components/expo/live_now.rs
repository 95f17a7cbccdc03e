use leptos::prelude::*;
use tradefair_core::expo::BoothSummary;

use super::clock::{self, Part};
use crate::components::catalog::labels;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// How many live booths the home page shows.
pub const LIVE_NOW_MAX: usize = 6;

/// The booths live now, linking to them (the home page's "Live now").
#[component]
pub fn LiveNowList(
    /// Booths, live ones first (others are left out).
    booths: Vec<BoothSummary>,
) -> impl IntoView {
    let live: Vec<BoothSummary> = booths
        .into_iter()
        .filter(|b| b.live)
        .take(LIVE_NOW_MAX)
        .collect();
    view! {
        <section class="home-section home-live" aria-labelledby="home-live">
            <h2 id="home-live">{move || t!("expo-live-now")}</h2>
            {if live.is_empty() {
                view! { <p class="empty">{move || t!("expo-home-none-live")}</p> }.into_any()
            } else {
                view! {
                    <ul role="list">
                        {live
                            .into_iter()
                            .map(|b| {
                                let (hall, country) = (b.hall, b.country.clone());
                                let until = b.next_session.as_ref().map(|s| s.end);
                                view! {
                                    <li>
                                        <a class="booth-tile booth-tile--live" href=AppRoute::Booth(b.id).path()>
                                            <span class="badge badge--live">{move || t!("expo-live-now")}</span>
                                            <strong class="booth-tile__name"><bdi>{b.exhibitor.clone()}</bdi></strong>
                                            <span class="booth-tile__hall">
                                                {move || format!("{} · {}", labels::category(hall), format::country(&country))}
                                            </span>
                                            {until.map(|e| view! {
                                                <span class="booth-tile__session">{move || t!("expo-live-until", time = clock::format(e, None, Part::Time))}</span>
                                            })}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <p><a class="button" href=AppRoute::Expo.path()>{move || t!("expo-home-visit")}</a></p>
        </section>
    }
}
