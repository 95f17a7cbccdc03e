use leptos::prelude::*;
use tradefair_core::money::Money;
use tradefair_core::pricing::{MinimumOrder, QuantityCheck, TierTable};
use tradefair_core::trade::{PriceCheck, PriceCheckRequest, PricedLine};

use super::use_title;
use crate::api::{self, cart_store::Recovery};
use crate::components::catalog::{labels, ProductImage};
use crate::components::product::QuantityFixes;
use crate::components::ui::{ErrorPanel, Price, PriceKind, Skeleton, SkeletonKind};
use crate::i18n::{self, format};
use crate::routes::AppRoute;
use crate::state::cart::use_cart;
use crate::state::use_settings;
use crate::t;

/// Lines of one supplier (each supplier ships and invoices separately).
struct SupplierGroup {
    lines: Vec<(usize, PricedLine)>,
    /// Sum of the lines' display-currency totals, if every line has a price.
    total: Option<Money>,
}

/// Groups priced lines by supplier in order of first appearance, keeping each line's index
/// in the stored cart. Totals add each line's converted total (each line converted once).
fn group(check: &PriceCheck, lines_in_cart: &[u32]) -> Vec<SupplierGroup> {
    let mut groups: Vec<(u32, SupplierGroup)> = Vec::new();
    for (i, line) in check.lines.iter().enumerate() {
        let index = lines_in_cart
            .iter()
            .position(|id| *id == line.product_id)
            .unwrap_or(i);
        let line_total = line.unit_price_display.and_then(|u| u.times(line.quantity));
        let pos = match groups.iter().position(|(id, _)| *id == line.supplier.id) {
            Some(p) => p,
            None => {
                groups.push((
                    line.supplier.id,
                    SupplierGroup {
                        lines: Vec::new(),
                        total: line_total.map(|t| Money::new(0, t.currency)),
                    },
                ));
                groups.len() - 1
            }
        };
        let g = &mut groups[pos].1;
        g.total = match (g.total, line_total) {
            (Some(a), Some(b)) => a.checked_add(b),
            _ => None,
        };
        g.lines.push((index, line.clone()));
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// `/cart`.
#[component]
pub fn CartPage() -> impl IntoView {
    let cart = use_cart();
    let settings = use_settings();
    use_title(move || i18n::tr("cart-title"));
    let check = LocalResource::new(move || {
        let lines = cart.lines();
        let locale = i18n::locale().tag().to_string();
        let currency = settings.currency.get();
        async move {
            if lines.is_empty() {
                return Ok(None);
            }
            api::backend()
                .price_check(&PriceCheckRequest {
                    lines,
                    locale,
                    currency,
                })
                .await
                .map(Some)
        }
    });

    view! {
        <section class="cart">
            <h1 tabindex="-1">{move || t!("cart-title")}</h1>
            {move || cart.recovery.get().map(|r| view! {
                <div class="notice" role="status">
                    <p>{match r {
                        Recovery::Migrated { .. } => t!("cart-migrated"),
                        Recovery::DroppedLines { count } => t!("cart-dropped", count = count),
                        Recovery::Reset => t!("cart-reset"),
                    }}</p>
                    <button type="button" class="link-button" on:click=move |_| cart.recovery.set(None)>{t!("cart-dismiss")}</button>
                </div>
            })}
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                {move || Suspend::new(async move {
                    match check.await {
                        Ok(None) => view! {
                            <div class="empty-state">
                                <h2>{move || t!("cart-empty-title")}</h2>
                                <p>{move || t!("cart-empty-body")}</p>
                                <a class="button button--primary" href="/catalog">{move || t!("nav-catalog")}</a>
                            </div>
                        }.into_any(),
                        Ok(Some(c)) => view! { <CartContents check=c/> }.into_any(),
                        Err(e) => view! {
                            <ErrorPanel error=e on_retry=move |_| check.refetch()/>
                            <p class="note">{move || t!("cart-kept-locally", count = cart.count())}</p>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The priced cart.
#[component]
fn CartContents(check: PriceCheck) -> impl IntoView {
    let cart = use_cart();
    let ids: Vec<u32> = cart.lines().iter().map(|l| l.product_id).collect();
    let groups = group(&check, &ids);
    let grand_total = groups
        .iter()
        .try_fold(None::<Money>, |acc, g| match (acc, g.total) {
            (None, Some(t)) => Some(Some(t)),
            (Some(a), Some(t)) => a.checked_add(t).map(Some),
            _ => None,
        });
    let all_valid = check.lines.iter().all(|l| {
        l.unit_price.is_some()
            && (l
                .price_source
                .as_ref()
                .is_some_and(|s| matches!(s, tradefair_core::trade::PriceSource::Quote { .. }))
                || l.minimum_order.check(l.quantity) == QuantityCheck::Ok)
    });
    let unavailable = check.unavailable.clone();
    view! {
        {(!unavailable.is_empty()).then(|| view! {
            <div class="notice notice--warn" role="alert">
                {let n = unavailable.len(); view! { <p>{move || t!("cart-unavailable", count = n)}</p> }}
                <ul>
                    {unavailable.iter().map(|u| {
                        let id = u.product_id;
                        view! {
                            <li>
                                <a href=AppRoute::Product(id).path()>{format!("#{id}")}</a>
                                " "
                                <button type="button" class="link-button" on:click=move |_| {
                                    if let Some(i) = cart.lines().iter().position(|l| l.product_id == id) { cart.remove(i) }
                                }>{t!("cart-remove")}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })}
        <div class="cart__groups">
            {groups.into_iter().map(|g| {
                let supplier = g.lines[0].1.supplier.clone();
                view! {
                    <section class="panel cart-group" aria-labelledby=format!("group-{}", supplier.id)>
                        <h2 id=format!("group-{}", supplier.id)>
                            <a href=AppRoute::Supplier(supplier.id).path()><bdi>{supplier.name.clone()}</bdi></a>
                        </h2>
                        <p class="muted">{move || t!("cart-ships-separately")}</p>
                        <ul class="cart-lines" role="list">
                            {g.lines.into_iter().map(|(index, line)| view! { <CartLineView index=index line=line/> }).collect_view()}
                        </ul>
                        {g.total.map(|t| view! {
                            <p class="cart-group__total">{move || t!("cart-supplier-subtotal")}" "<Price money=t kind=PriceKind::Large/></p>
                        })}
                    </section>
                }
            }).collect_view()}
        </div>
        <aside class="panel cart-summary" aria-label=move || t!("cart-summary")>
            {grand_total.flatten().map(|t| view! {
                <p class="cart-summary__total">{move || t!("cart-total")}" "<Price money=t kind=PriceKind::Large/></p>
            })}
            <p class="note">{move || t!("cart-total-note")}</p>
            <p class="note">{move || t!("cart-prices-checked", time = format::date(&check.checked_at))}</p>
            {(!all_valid).then(|| view! { <p class="field-error">{move || t!("cart-fix-lines")}</p> })}
        </aside>
    }
}

/// One line: picture, name, quantity with MOQ/multiple checks and one-click fixes, the tier
/// that applies, the saving, the line total, remove.
#[component]
fn CartLineView(index: usize, line: PricedLine) -> impl IntoView {
    let cart = use_cart();
    let unit = line.unit;
    let rule: MinimumOrder = line.minimum_order;
    let quoted = matches!(
        line.price_source,
        Some(tradefair_core::trade::PriceSource::Quote { .. })
    );
    let check = if quoted {
        QuantityCheck::Ok
    } else {
        rule.check(line.quantity)
    };
    let text = RwSignal::new(line.quantity.to_string());
    let bad_entry = RwSignal::new(false);
    let commit = move || {
        let value = text.get_untracked();
        match value.trim().parse::<u32>() {
            Ok(q) if q > 0 => {
                bad_entry.set(false);
                cart.set_quantity(index, q);
            }
            _ => bad_entry.set(true),
        }
    };
    let settings = use_settings();
    let tiers = line.tiers.clone();
    let saving = TierTable(&tiers).saving(line.quantity).filter(|s| *s > 0);
    let next = TierTable(&tiers).next_break(line.quantity).copied();
    let currency = line.currency;
    // Savings and price breaks in the buyer's currency, like every other amount here.
    let shown = move |minor: i64| {
        let m = Money::new(minor, currency);
        let to = settings.currency.get();
        settings
            .rates
            .get()
            .and_then(|r| r.convert(m, to).ok())
            .unwrap_or(m)
    };
    let name_id = format!("line-{}-name", line.product_id);
    let qty_id = format!("line-{}-qty", line.product_id);
    let line_total = line.unit_price_display.and_then(|u| u.times(line.quantity));
    view! {
        <li class="cart-line">
            <a class="cart-line__image" href=AppRoute::Product(line.product_id).path() tabindex="-1" aria-hidden="true">
                <ProductImage category=line.category hue=line.image_hue alt=""/>
            </a>
            <div class="cart-line__body">
                <h3 class="cart-line__name" id=name_id.clone()>
                    <a href=AppRoute::Product(line.product_id).path() lang=line.name.lang.clone() dir="auto">{line.name.text.clone()}</a>
                </h3>
                <form class="cart-line__qty" on:submit=move |ev| { ev.prevent_default(); commit(); }>
                    <label for=qty_id.clone()>{move || t!("order-quantity")}</label>
                    <input
                        id=qty_id.clone()
                        type="text"
                        inputmode="numeric"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:change=move |_| commit()
                        aria-invalid=move || (bad_entry.get() || check != QuantityCheck::Ok).then_some("true")
                        aria-describedby=format!("line-{}-msg", line.product_id)
                    />
                    <span class="muted">{move || labels::per_unit(unit)}</span>
                </form>
                <div id=format!("line-{}-msg", line.product_id) aria-live="polite">
                    {move || bad_entry.get().then(|| view! { <p class="field-error">{t!("order-not-a-number")}</p> })}
                    <QuantityFixes check=check rule=rule unit=unit on_fix=Callback::new(move |q| cart.set_quantity(index, q))/>
                </div>
                {quoted.then(|| view! { <p class="chip chip--accent">{move || t!("cart-quoted-price")}</p> })}
                {saving.map(|s| view! { <p class="order-box__saving">{move || t!("order-saving", amount = format::money(shown(s)))}</p> })}
                {next.map(|b| view! {
                    <p class="muted">{move || t!("order-next-break", quantity = format::number(i64::from(b.min_qty)), price = format::money(shown(b.unit_minor)))}</p>
                })}
            </div>
            <div class="cart-line__price">
                {line.unit_price_display.map(|u| view! { <p><Price money=u/>" "<span class="muted">{move || labels::per_unit(unit)}</span></p> })}
                {line_total.map(|t| view! { <p class="cart-line__total"><Price money=t kind=PriceKind::Large/></p> })}
                <button
                    type="button"
                    class="link-button"
                    aria-describedby=name_id
                    on:click=move |_| cart.remove(index)
                >
                    {move || t!("cart-remove")}
                </button>
            </div>
        </li>
    }
}
