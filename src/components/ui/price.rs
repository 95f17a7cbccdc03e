use leptos::prelude::*;
use tradefair_core::money::Money;

use crate::i18n::format;

/// How prominent a price is.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum PriceKind {
    #[default]
    Normal,
    /// The headline price of a card or page.
    Large,
    /// A secondary price (the supplier's own currency).
    Muted,
}

/// A money amount formatted for the buyer's locale by `Intl.NumberFormat`.
#[component]
pub fn Price(
    /// The amount (integer minor units and currency).
    money: Money,
    /// Visual weight.
    #[prop(optional)]
    kind: PriceKind,
) -> impl IntoView {
    let class = match kind {
        PriceKind::Normal => "price",
        PriceKind::Large => "price price--large",
        PriceKind::Muted => "price price--muted",
    };
    // `bdi`: a price keeps its own direction inside right-to-left text.
    view! { <bdi class=class data-currency=money.currency.code() data-minor=money.minor.to_string()>{move || format::money(money)}</bdi> }
}
