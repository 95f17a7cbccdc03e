use leptos::prelude::*;
use tradefair_core::expo::BoothSummary;

use super::clock::{self, Part};
use super::labels::session_title;
use crate::components::catalog::labels;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// A booth in the hall: exhibitor, live state, what it sells, languages and next session.
#[component]
pub fn BoothTile(
    /// The booth.
    booth: BoothSummary,
) -> impl IntoView {
    let b = booth;
    let (country, city, hall) = (b.country.clone(), b.city.clone(), b.hall);
    let languages = b.languages.clone();
    let live = b.live;
    let next = b.next_session.clone();
    let zone = b.time_zone.clone();
    view! {
        <article class="booth-tile" class:booth-tile--live=live data-booth=b.id data-live=live.to_string()>
            <h3 class="booth-tile__name">
                <a href=AppRoute::Booth(b.id).path()><bdi>{b.exhibitor.clone()}</bdi></a>
            </h3>
            <p class="booth-tile__meta">
                {live.then(|| view! { <span class="badge badge--live">{move || t!("expo-live-now")}</span> })}
                {b.verified.then(|| view! { <span class="badge badge--verified">{move || t!("expo-verified")}</span> })}
                <span>{move || t!("expo-place", city = city.clone(), country = format::country(&country))}</span>
            </p>
            <p class="booth-tile__hall">{move || labels::category(hall)}</p>
            <p class="booth-tile__sells">
                <span class="booth-tile__label">{move || t!("expo-sells")}</span>
                " "
                {b.sells
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        // Each name isolated: a Latin name keeps its order inside an
                        // Arabic line, and the separator is the locale's own.
                        view! {
                            {(i > 0).then_some(move || t!("expo-list-separator"))}
                            <bdi lang=p.lang.clone()>{p.text.clone()}</bdi>
                        }
                    })
                    .collect_view()}
            </p>
            <p class="booth-tile__languages">
                {move || t!(
                    "expo-speaks",
                    languages = languages.iter().map(|l| super::language_name(l)).collect::<Vec<_>>().join(&t!("expo-list-separator"))
                )}
            </p>
            <p class="booth-tile__next">
                {match next {
                    Some(s) if live => {
                        let end = s.end;
                        view! { <span>{move || t!("expo-live-until", time = clock::format(end, None, Part::Time))}</span> }.into_any()
                    }
                    Some(s) => {
                        let (start, zone) = (s.start, zone.clone());
                        view! {
                            <span>{move || t!("expo-next-session", time = clock::format(start, None, Part::DayTime))}</span>
                            <span class="booth-tile__session">{move || session_title(&s)}</span>
                            <span class="booth-tile__local">
                                {move || t!("expo-time-exhibitor", time = clock::format(start, Some(&zone), Part::Time), zone = zone.clone())}
                            </span>
                        }
                            .into_any()
                    }
                    None => view! { <span>{move || t!("expo-no-session")}</span> }.into_any(),
                }}
            </p>
        </article>
    }
}
