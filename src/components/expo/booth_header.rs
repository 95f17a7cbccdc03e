use leptos::prelude::*;
use tradefair_core::expo::Booth;

use crate::components::catalog::labels;
use crate::i18n::format;
use crate::routes::AppRoute;
use crate::t;

/// The booth's exhibitor: name, place, hall, verification, languages and profile link.
#[component]
pub fn BoothHeader(
    /// The booth.
    booth: Booth,
) -> impl IntoView {
    let s = booth.summary.clone();
    let (country, city, hall, id) = (s.country.clone(), s.city.clone(), s.hall, s.id);
    let languages = s.languages.clone();
    let verification = booth.verification.clone();
    let live = s.live;
    let about = booth.about.clone();
    view! {
        <header class="booth-header">
            <p class="booth-header__hall">{move || t!("expo-hall-name", hall = labels::category(hall))}</p>
            <h1 tabindex="-1"><bdi>{s.exhibitor.clone()}</bdi></h1>
            <p class="booth-header__place">
                {move || t!("expo-place", city = city.clone(), country = format::country(&country))}
                {live.then(|| view! { <span class="badge badge--live">{move || t!("expo-live-now")}</span> })}
            </p>
            {match verification {
                Some(v) => {
                    let (by, until) = (v.verified_by.clone(), v.valid_until.clone());
                    view! {
                        <p class="booth-header__verified">
                            <span class="badge badge--verified">{move || t!("expo-verified")}</span>
                            " "
                            {move || t!("expo-verified-by", inspector = by.clone(), until = format::date(&until))}
                        </p>
                    }
                        .into_any()
                }
                None => view! { <p class="booth-header__unverified">{move || t!("expo-unverified")}</p> }.into_any(),
            }}
            <p class="booth-header__languages">
                {move || t!(
                    "expo-speaks",
                    languages = languages.iter().map(|l| super::language_name(l)).collect::<Vec<_>>().join(&t!("expo-list-separator"))
                )}
            </p>
            <p class="booth-header__about" lang=about.lang.clone()>{about.text.clone()}</p>
            <p>
                <a class="button" href=AppRoute::Supplier(id).path()>{move || t!("expo-profile")}</a>
            </p>
        </header>
    }
}
