//! The landed-cost estimate of one supplier's shipment: pickers for the Incoterm and the
//! shipping method, then what the price includes, freight, duty and import VAT, what the
//! buyer pays on top, the delivery window and what the estimate rests on. The arithmetic is
//! `tradefair_core::landed`; this only shows it.

use leptos::prelude::*;
use tradefair_core::checkout::{offered_incoterms, origin_of, percent_text};
use tradefair_core::fx::RateTable;
use tradefair_core::landed::{
    self, CostItem, CostLine, LandedError, LandedEstimate, LandedRequest,
};
use tradefair_core::money::Currency;
use tradefair_core::trade::{PricedLine, ShippingMethod, SupplierShipping};
use tradefair_core::wire::Incoterm;

use crate::components::ui::{Price, PriceKind};
use crate::i18n::{self, format};
use crate::t;

/// The label of a shipping method.
pub fn method_label(m: ShippingMethod) -> String {
    i18n::tr(match m {
        ShippingMethod::Sea => "method-sea",
        ShippingMethod::Air => "method-air",
        ShippingMethod::Express => "method-express",
        ShippingMethod::Rail => "method-rail",
    })
}

/// The label of an Incoterm ("FOB: Free On Board").
pub fn incoterm_label(t: Incoterm) -> String {
    i18n::tr(&format!("incoterm-{}", t.code()))
}

fn method_slug(m: ShippingMethod) -> &'static str {
    match m {
        ShippingMethod::Sea => "sea",
        ShippingMethod::Air => "air",
        ShippingMethod::Express => "express",
        ShippingMethod::Rail => "rail",
    }
}

fn cost_label(c: &CostLine, e: &LandedEstimate) -> String {
    match c.item {
        CostItem::ExportClearance => t!("landed-cost-export-clearance"),
        CostItem::MainFreight => t!("landed-cost-main-freight"),
        CostItem::Insurance => t!("landed-cost-insurance"),
        CostItem::ImportDuty => t!(
            "landed-cost-import-duty",
            rate = format::decimal_exact(&percent_text(e.duty_rate_bp))
        ),
        CostItem::ImportVat => t!(
            "landed-cost-import-vat",
            rate = format::decimal_exact(&percent_text(e.import_vat_rate_bp))
        ),
        CostItem::DeliveryToDoor => t!("landed-cost-delivery-to-door"),
    }
}

/// Incoterm and shipping-method pickers with the estimate of one supplier group.
#[component]
pub fn LandedEstimateView(
    /// The group's priced lines (one supplier).
    #[prop(into)]
    lines: Signal<Vec<PricedLine>>,
    /// Destination country (ISO alpha-2); empty until the buyer picks one.
    #[prop(into)]
    destination: Signal<String>,
    /// The current choice (`None` when the lines share no Incoterm or no method serves
    /// the lane).
    #[prop(into)]
    choice: Signal<Option<SupplierShipping>>,
    /// Currency the amounts are shown in.
    #[prop(into)]
    currency: Signal<Currency>,
    /// Exchange rates; `None` while they load.
    #[prop(into)]
    rates: Signal<Option<RateTable>>,
    /// Called with the buyer's new choice.
    #[prop(into)]
    on_change: Callback<SupplierShipping>,
    /// Prefix of the controls' ids (unique on the page).
    #[prop(into)]
    id_prefix: String,
) -> impl IntoView {
    let incoterm_id = format!("{id_prefix}-incoterm");
    let method_id = format!("{id_prefix}-method");
    let offered = Memo::new(move |_| lines.with(|l| offered_incoterms(l)));
    let methods = Memo::new(move |_| {
        let dest = destination.get();
        let origin = lines.with(|l| origin_of(l));
        if dest.len() == 2 {
            landed::available_methods(&origin, &dest)
        } else {
            ShippingMethod::ALL.to_vec()
        }
    });
    let estimate = Memo::new(move |_| {
        let c = choice.get()?;
        let dest = destination.get();
        if dest.len() != 2 {
            return None;
        }
        let rates = rates.get()?;
        let req = lines
            .with(|l| LandedRequest::for_group(l, &dest, c.incoterm, c.method, currency.get()));
        Some(landed::estimate(&req, &rates))
    });
    let pick_incoterm = move |code: String| {
        if let (Some(mut c), Some(t)) = (
            choice.get_untracked(),
            Incoterm::ALL.into_iter().find(|t| t.code() == code),
        ) {
            c.incoterm = t;
            on_change.run(c);
        }
    };
    let pick_method = move |slug: String| {
        if let (Some(mut c), Some(m)) = (
            choice.get_untracked(),
            ShippingMethod::ALL
                .into_iter()
                .find(|m| method_slug(*m) == slug),
        ) {
            c.method = m;
            on_change.run(c);
        }
    };

    view! {
        <div class="landed">
            <Show
                when=move || choice.get().is_some()
                fallback=move || view! { <p class="field-error">{t!("landed-no-incoterm")}</p> }
            >
                <div class="landed__pickers">
                    <div class="field">
                        <label for=incoterm_id.clone()>{move || t!("landed-incoterm")}</label>
                        <select
                            id=incoterm_id.clone()
                            on:change=move |ev| pick_incoterm(event_target_value(&ev))
                        >
                            {move || offered.get().into_iter().map(|t| view! {
                                <option value=t.code() selected=move || choice.get().map(|c| c.incoterm) == Some(t)>
                                    {move || incoterm_label(t)}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=method_id.clone()>{move || t!("landed-method")}</label>
                        <select
                            id=method_id.clone()
                            on:change=move |ev| pick_method(event_target_value(&ev))
                        >
                            {move || methods.get().into_iter().map(|m| view! {
                                <option value=method_slug(m) selected=move || choice.get().map(|c| c.method) == Some(m)>
                                    {move || method_label(m)}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
            </Show>
            <div class="landed__estimate" aria-live="polite">
                {move || match estimate.get() {
                    None if destination.with(|d| d.len() != 2) => view! {
                        <p class="muted">{t!("landed-need-destination")}</p>
                    }.into_any(),
                    None if choice.get().is_some() => view! {
                        <p class="muted" role="status">{t!("loading")}</p>
                    }.into_any(),
                    None => ().into_any(),
                    Some(Err(LandedError::MethodUnavailable)) => view! {
                        <p class="field-error">{t!("landed-unavailable")}</p>
                    }.into_any(),
                    Some(Err(_)) => view! {
                        <p class="field-error">{t!("landed-error")}</p>
                    }.into_any(),
                    Some(Ok(e)) => view! { <EstimateTable estimate=e/> }.into_any(),
                }}
            </div>
        </div>
    }
}

/// The numbers of one estimate.
#[component]
fn EstimateTable(
    /// The estimate to show.
    estimate: LandedEstimate,
) -> impl IntoView {
    let e = StoredValue::new(estimate);
    let (goods, on_top, total, delivery) =
        e.with_value(|e| (e.goods, e.buyer_pays_on_top, e.landed_total, e.delivery));
    let currency = goods.currency;
    let incoterm = e.with_value(|e| e.incoterm);
    view! {
        <table class="landed__table">
            <caption>{move || t!("landed-includes", incoterm = incoterm.code())}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t!("landed-cost")}</th>
                    <th scope="col">{move || t!("landed-amount")}</th>
                    <th scope="col">{move || t!("landed-who-pays")}</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row">{move || t!("landed-goods")}</th>
                    <td><Price money=goods/></td>
                    <td>{move || t!("landed-in-price")}</td>
                </tr>
                {e.with_value(|est| est.costs.clone()).into_iter().map(|c| {
                    let label = move || e.with_value(|est| cost_label(&c, est));
                    let class = if c.included_in_price { "landed__row landed__row--included" } else { "landed__row landed__row--buyer" };
                    view! {
                        <tr class=class data-item=format!("{:?}", c.item).to_lowercase()>
                            <th scope="row">{label}</th>
                            <td><Price money=c.amount/></td>
                            <td>{move || if c.included_in_price { t!("landed-in-price") } else { t!("landed-buyer-pays") }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
            <tfoot>
                <tr class="landed__on-top">
                    <th scope="row">{move || t!("landed-on-top")}</th>
                    <td colspan="2"><Price money=on_top/></td>
                </tr>
                <tr class="landed__total">
                    <th scope="row">{move || t!("landed-total")}</th>
                    <td colspan="2"><Price money=total kind=PriceKind::Large/></td>
                </tr>
            </tfoot>
        </table>
        <p class="landed__delivery">
            {move || t!(
                "landed-delivery",
                min = format::number(i64::from(delivery.min_days)),
                max = format::number(i64::from(delivery.max_days))
            )}
        </p>
        <p class="note">{move || t!("landed-rounding", currency = currency.code())}</p>
        <details class="landed__basis">
            <summary>{move || t!("landed-basis-title")}</summary>
            <ul>
                {e.with_value(|est| est.basis.clone()).into_iter().map(|b| {
                    let key = format!("landed-basis-{}", b.slug());
                    view! { <li>{move || i18n::tr(&key)}</li> }
                }).collect_view()}
            </ul>
        </details>
    }
}
