use leptos::prelude::*;
use tradefair_core::fx::RateTable;
use tradefair_core::money::{Currency, Money};
use tradefair_core::pricing::{MinimumOrder, PriceTier, QuantityCheck, TierTable};
use tradefair_core::wire::Unit;

use super::QuantityFixes;
use crate::components::catalog::labels;
use crate::components::quotes::{QuoteScope, RequestQuoteLink};
use crate::components::ui::{Price, PriceKind};
use crate::i18n::format;
use crate::state::cart::use_cart;
use crate::t;

/// What the typed quantity means, worked out by the pricing rules.
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    NotANumber,
    Checked(u32, QuantityCheck),
}

fn parse_quantity(text: &str, rule: MinimumOrder) -> Entry {
    let digits: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    match digits.parse::<u32>() {
        Ok(q) if q > 0 => Entry::Checked(q, rule.check(q)),
        Ok(_) => Entry::Checked(0, rule.check(0)),
        Err(_) => Entry::NotANumber,
    }
}

/// Quantity, price for that quantity, MOQ and multiple checks with one-click fixes, and
/// "add to cart".
#[component]
pub fn OrderBox(
    /// The product.
    product_id: u32,
    /// Quantity breaks in the supplier's currency.
    tiers: Vec<PriceTier>,
    /// Supplier's currency.
    currency: Currency,
    /// MOQ and order multiple.
    rule: MinimumOrder,
    /// Selling unit.
    unit: Unit,
    /// Display currency (reactive).
    #[prop(into)]
    display: Signal<Currency>,
    /// Exchange rates (reactive).
    #[prop(into)]
    rates: Signal<Option<RateTable>>,
) -> impl IntoView {
    let cart = use_cart();
    let start = match rule.check(rule.moq) {
        QuantityCheck::Ok => rule.moq,
        QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
    };
    let text = RwSignal::new(start.to_string());
    let added = RwSignal::new(None::<u32>);
    let tried = RwSignal::new(false);
    let entry = Memo::new(move |_| parse_quantity(&text.get(), rule));
    let tiers = StoredValue::new(tiers);
    let in_display = move |m: Money| -> Money {
        let to = display.get();
        rates.get().and_then(|r| r.convert(m, to).ok()).unwrap_or(m)
    };
    let price_for = move |q: u32| -> Option<(Money, Money)> {
        let unit_minor = tiers.with_value(|t| TierTable(t).unit_price(q))?;
        let unit_price = Money::new(unit_minor, currency);
        let total = unit_price.times(q)?;
        Some((in_display(unit_price), in_display(total)))
    };
    let fix_to = move |q: u32| {
        text.set(q.to_string());
        added.set(None);
        // Keep keyboard focus on the field the fix changed.
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("order-quantity"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if let Entry::Checked(q, QuantityCheck::Ok) = entry.get_untracked() {
            cart.add(product_id, q);
            added.set(Some(q));
        }
    };
    let invalid = move || !matches!(entry.get(), Entry::Checked(_, QuantityCheck::Ok));
    // A quote may be asked for any quantity (below the MOQ too): the supplier decides.
    let quote_items = Signal::derive(move || match entry.get() {
        Entry::Checked(q, _) if q > 0 => vec![(product_id, q)],
        _ => vec![(product_id, rule.moq)],
    });

    view! {
        <form class="order-box" on:submit=on_submit novalidate=true>
            <label class="order-box__label" for="order-quantity">{move || t!("order-quantity")}</label>
            <div class="order-box__row">
                <input
                    id="order-quantity"
                    name="quantity"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        added.set(None);
                    }
                    aria-invalid=move || (tried.get() && invalid()).then_some("true")
                    aria-describedby="order-check"
                />
                <span class="order-box__unit">{move || labels::per_unit(unit)}</span>
            </div>
            <div id="order-check" class="order-box__check" aria-live="polite">
                {move || match entry.get() {
                    Entry::NotANumber => view! { <p class="field-error">{t!("order-not-a-number")}</p> }.into_any(),
                    Entry::Checked(_, check) if check != QuantityCheck::Ok => view! {
                        <QuantityFixes check=check rule=rule unit=unit on_fix=Callback::new(fix_to)/>
                    }
                    .into_any(),
                    Entry::Checked(q, _) => {
                        let next = tiers.with_value(|t| TierTable(t).next_break(q).copied());
                        let saving = tiers.with_value(|t| TierTable(t).saving(q)).unwrap_or(0);
                        view! {
                            {price_for(q).map(|(unit_price, total)| view! {
                                <p class="order-box__total">
                                    {t!("order-line-total", quantity = labels::quantity(unit, q))}
                                    " "
                                    <Price money=total kind=PriceKind::Large/>
                                    " "
                                    <span class="muted">"("<Price money=unit_price/>" "{labels::per_unit(unit)}")"</span>
                                </p>
                            })}
                            {(saving > 0).then(|| view! {
                                <p class="order-box__saving">{t!("order-saving", amount = format::money(in_display(Money::new(saving, currency))))}</p>
                            })}
                            {next.map(|b| view! {
                                <p class="muted">
                                    {t!("order-next-break", quantity = format::number(i64::from(b.min_qty)), price = format::money(in_display(Money::new(b.unit_minor, currency))))}
                                </p>
                            })}
                        }
                        .into_any()
                    }
                }}
            </div>
            <button type="submit" class="button button--primary">{move || t!("order-add-to-cart")}</button>
            <RequestQuoteLink scope=QuoteScope::Product items=quote_items/>
            <p class="order-box__added" role="status">
                {move || added.get().map(|q| view! {
                    {t!("order-added", quantity = labels::quantity(unit, q))}
                    " "
                    <a href="/cart">{t!("order-view-cart")}</a>
                })}
            </p>
            {move || cart.quantity_of(product_id).map(|q| view! {
                <p class="muted">{t!("order-in-cart", quantity = labels::quantity(unit, q))}</p>
            })}
        </form>
    }
}
