use leptos::prelude::*;
use tradefair_core::fx::RateTable;
use tradefair_core::money::{Currency, Money};
use tradefair_core::pricing::PriceTier;
use tradefair_core::wire::Unit;

use crate::components::catalog::labels;
use crate::components::ui::{Price, PriceKind};
use crate::i18n::format;
use crate::t;

/// One row of the table, with amounts already converted (a rule, not a view concern).
#[derive(Clone)]
struct TierRow {
    from: u32,
    to: Option<u32>,
    supplier: Money,
    display: Option<Money>,
    /// Saving against the first tier, in whole percent.
    saving_pct: u32,
}

fn rows(
    tiers: &[PriceTier],
    currency: Currency,
    display: Currency,
    rates: Option<&RateTable>,
) -> Vec<TierRow> {
    let first = tiers.first().map(|t| t.unit_minor).unwrap_or(0);
    tiers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let supplier = Money::new(t.unit_minor, currency);
            let display = rates.and_then(|r| r.convert(supplier, display).ok());
            let saving_pct = if first > 0 && t.unit_minor < first {
                u32::try_from(((first - t.unit_minor) * 100 + first / 2) / first).unwrap_or(0)
            } else {
                0
            };
            TierRow {
                from: t.min_qty,
                to: tiers.get(i + 1).map(|n| n.min_qty - 1),
                supplier,
                display,
                saving_pct,
            }
        })
        .collect()
}

/// Quantity breaks: the unit price in the buyer's currency and in the supplier's own, the
/// saving against the first break, and how the conversion was done.
#[component]
pub fn TierPriceTable(
    /// Quantity breaks, ascending.
    tiers: Vec<PriceTier>,
    /// The supplier's currency.
    currency: Currency,
    /// The buyer's display currency.
    display: Currency,
    /// Exchange rates, if loaded.
    rates: Option<RateTable>,
    /// Selling unit.
    unit: Unit,
) -> impl IntoView {
    let rows = rows(&tiers, currency, display, rates.as_ref());
    let converted = currency != display && rows.iter().all(|r| r.display.is_some());
    let rate_note = rates.as_ref().filter(|_| converted).and_then(|r| {
        r.cross_micros(currency, display)
            .ok()
            .map(|m| (RateTable::micros_to_decimal(m), r.as_of.clone()))
    });
    view! {
        <div class="table-scroll">
            <table class="tier-table">
                <caption>{move || t!("product-price-tiers")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t!("product-tier-quantity")}</th>
                        <th scope="col">{move || t!("product-tier-price")}</th>
                        {converted.then(|| view! { <th scope="col">{move || t!("product-tier-supplier-price")}</th> })}
                        <th scope="col">{move || t!("product-tier-saving")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let from = r.from;
                            let to = r.to;
                            let saving = r.saving_pct;
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || match to {
                                            Some(to) => t!("product-tier-range", from = format::number(i64::from(from)), to = labels::quantity(unit, to)),
                                            None => t!("product-tier-from", quantity = labels::quantity(unit, from)),
                                        }}
                                    </th>
                                    <td>
                                        {match (converted, r.display) {
                                            (true, Some(d)) => view! { <Price money=d kind=PriceKind::Large/> }.into_any(),
                                            _ => view! { <Price money=r.supplier kind=PriceKind::Large/> }.into_any(),
                                        }}
                                    </td>
                                    {converted.then(|| view! { <td><Price money=r.supplier kind=PriceKind::Muted/></td> })}
                                    <td>
                                        {move || if saving > 0 { t!("product-tier-saving-value", percent = format::percent(saving)) } else { "—".to_string() }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        {rate_note
            .map(|(rate, as_of)| {
                view! {
                    <p class="note">
                        {move || t!("product-rate-note", from = currency.code(), rate = rate.clone(), to = display.code(), date = format::date(&as_of))}
                    </p>
                }
            })}
    }
}
