use leptos::prelude::*;
use tradefair_core::pricing::{MinimumOrder, QuantityCheck};
use tradefair_core::wire::Unit;

use crate::components::catalog::labels;
use crate::i18n::format;
use crate::t;

/// What is wrong with a quantity (below the MOQ, not a multiple of the order step) and the
/// one-click fixes; nothing when the quantity is fine.
#[component]
pub fn QuantityFixes(
    /// The checked quantity's verdict.
    check: QuantityCheck,
    /// The product's MOQ and order multiple.
    rule: MinimumOrder,
    /// Selling unit.
    unit: Unit,
    /// Called with the quantity a fix button proposes.
    on_fix: Callback<u32>,
) -> impl IntoView {
    let fix_button = move |q: u32, key: &'static str| {
        view! {
            <button type="button" class="button button--small" on:click=move |_| on_fix.run(q)>
                {move || match key {
                    "raise" => t!("order-raise-to", quantity = format::number(i64::from(q))),
                    _ => t!("order-round-to", quantity = format::number(i64::from(q))),
                }}
            </button>
        }
    };
    match check {
        QuantityCheck::Ok => ().into_any(),
        QuantityCheck::BelowMinimum { fix } => view! {
            <p class="field-error">{move || t!("order-below-moq", moq = labels::quantity(unit, rule.moq))}</p>
            {fix_button(fix, "raise")}
        }
        .into_any(),
        QuantityCheck::NotMultiple { fix, down } => view! {
            <p class="field-error">
                {move || t!("order-not-multiple", multiple = format::number(i64::from(rule.multiple)))}
            </p>
            <p class="actions">{fix_button(fix, "round")} {down.map(|d| fix_button(d, "round"))}</p>
        }
        .into_any(),
    }
}
