use leptos::prelude::*;
use tradefair_core::cart::{self as cart_math, CartGroup};
use tradefair_core::checkout::{set_shipping, shipping_choice};
use tradefair_core::money::Money;
use tradefair_core::pricing::{MinimumOrder, QuantityCheck, TierTable};
use tradefair_core::trade::{PriceCheck, PriceCheckRequest, PricedLine};

use super::use_title;
use crate::api::{self, cart_store::Recovery};
use crate::components::catalog::{labels, ProductImage};
use crate::components::checkout::CountrySelect;
use crate::components::landed::LandedEstimateView;
use crate::components::product::QuantityFixes;
use crate::components::quotes::{QuoteScope, RequestQuoteLink};
use crate::components::ui::{ErrorPanel, Price, PriceKind, Skeleton, SkeletonKind};
use crate::i18n::{self, format};
use crate::routes::AppRoute;
use crate::state::cart::use_cart;
use crate::state::checkout::CheckoutStore;
use crate::state::use_settings;
use crate::t;

/// `/cart`.
#[component]
pub fn CartPage() -> impl IntoView {
    let cart = use_cart();
    let settings = use_settings();
    use_title(move || i18n::tr("cart-title"));
    let network = crate::state::network::use_network();
    let check = LocalResource::new(move || {
        let lines = cart.lines();
        // Priced again when the connection returns (lines changed offline are kept in
        // localStorage meanwhile).
        let _online = network.online.get();
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

/// The priced cart: supplier groups with their subtotals and landed-cost estimates (totals
/// from `tradefair_core::cart::totals`), the goods total and the way to checkout.
#[component]
fn CartContents(check: PriceCheck) -> impl IntoView {
    let cart = use_cart();
    let settings = use_settings();
    let store = CheckoutStore::load();
    let display = settings.currency.get_untracked();
    // The rates of this backend (the header's copy may not have loaded yet).
    let rates = LocalResource::new(|| async { api::backend().rates().await });
    let rates_sig = Signal::derive(move || {
        settings
            .rates
            .get()
            .or_else(|| rates.get().and_then(Result::ok))
    });
    let check = StoredValue::new(check);
    let totals = Memo::new(move |_| {
        rates_sig.get().and_then(|r| {
            check
                .with_value(|c| cart_math::totals(&c.lines, &r, display))
                .ok()
        })
    });
    let destination = Signal::derive(move || store.with(|d| d.shipping_address.country.clone()));
    let ids: Vec<u32> = cart.lines().iter().map(|l| l.product_id).collect();
    let check_ref = check.get_value();
    let all_valid = check_ref.lines.iter().all(|l| {
        l.unit_price.is_some()
            && (l
                .price_source
                .as_ref()
                .is_some_and(|s| matches!(s, tradefair_core::trade::PriceSource::Quote { .. }))
                || l.minimum_order.check(l.quantity) == QuantityCheck::Ok)
    });
    let unavailable = check_ref.unavailable.clone();
    let unavailable_none = unavailable.is_empty();
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
        <div class="panel cart-destination">
            <CountrySelect
                path="shipping_address.country"
                label=Signal::derive(move || t!("cart-destination"))
                value=destination
                on_change=Callback::new(move |c: String| store.update(|d| d.shipping_address.country = c))
            />
            <p class="note">{move || t!("cart-destination-note")}</p>
        </div>
        <div class="cart__groups">
            {move || totals.get().map(|t| t.groups).unwrap_or_default().into_iter().map(|g: CartGroup| {
                let supplier = g.supplier.clone();
                let sid = supplier.id;
                let indexed: Vec<(usize, PricedLine)> = g.lines.iter().enumerate().map(|(i, line)| {
                    let index = ids.iter().position(|id| *id == line.product_id).unwrap_or(i);
                    (index, line.clone())
                }).collect();
                let priced = g.unpriced == 0;
                let lines = g.lines.clone();
                let rfq_items = g.lines.clone();
                let choice_lines = g.lines.clone();
                let choice = Signal::derive(move || {
                    let dest = destination.get();
                    store.with(|d| shipping_choice(&d.shipping, sid, &choice_lines, &dest))
                });
                view! {
                    <section class="panel cart-group" aria-labelledby=format!("group-{sid}")>
                        <h2 id=format!("group-{sid}")>
                            <a href=AppRoute::Supplier(sid).path()><bdi>{supplier.name.clone()}</bdi></a>
                        </h2>
                        <p class="muted">{move || t!("cart-ships-separately")}</p>
                        <ul class="cart-lines" role="list">
                            {indexed.into_iter().map(|(index, line)| view! { <CartLineView index=index line=line/> }).collect_view()}
                        </ul>
                        <RequestQuoteLink
                            scope=QuoteScope::SupplierGroup
                            items=Signal::derive(move || rfq_items.iter().map(|l| (l.product_id, l.quantity)).collect::<Vec<_>>())
                        />
                        {priced.then(|| view! {
                            <p class="cart-group__total">
                                {move || t!("cart-supplier-subtotal")}" "<Price money=g.subtotal_display kind=PriceKind::Large/>
                                {g.subtotal.filter(|s| s.currency != g.subtotal_display.currency).map(|s| view! {
                                    " "<Price money=s kind=PriceKind::Muted/>
                                })}
                            </p>
                            <details class="cart-group__landed" open=true>
                                <summary>{move || t!("landed-title")}</summary>
                                <LandedEstimateView
                                    lines=Signal::derive(move || lines.clone())
                                    destination=destination
                                    choice=choice
                                    currency=Signal::derive(move || display)
                                    rates=rates_sig
                                    on_change=Callback::new(move |c| store.update(|d| set_shipping(&mut d.shipping, c)))
                                    id_prefix=format!("cart-{sid}")
                                />
                            </details>
                        })}
                    </section>
                }
            }).collect_view()}
        </div>
        <aside class="panel cart-summary" aria-label=move || t!("cart-summary")>
            {move || totals.get().filter(|t| t.unpriced == 0).map(|t| view! {
                <p class="cart-summary__total">{move || t!("cart-total")}" "<Price money=t.total_display kind=PriceKind::Large/></p>
            })}
            <p class="note">{move || t!("cart-total-note")}</p>
            <RequestQuoteLink
                scope=QuoteScope::WholeCart
                items=Signal::derive(move || cart.lines().iter().map(|l| (l.product_id, l.quantity)).collect::<Vec<_>>())
            />
            <p class="note">{move || t!("cart-prices-checked", time = check.with_value(|c| format::date(&c.checked_at)))}</p>
            {(!all_valid).then(|| view! { <p class="field-error">{move || t!("cart-fix-lines")}</p> })}
            {(all_valid && unavailable_none).then(|| view! {
                <a class="button button--primary cart-summary__checkout" href=AppRoute::Checkout.path()>{move || t!("cart-proceed")}</a>
            })}
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
    // Converted once, as the subtotals add it (`tradefair_core::cart`).
    let line_for_total = line.clone();
    let line_total = move || {
        let to = settings.currency.get();
        settings.rates.get().and_then(|r| {
            cart_math::line_total_display(&line_for_total, &r, to)
                .ok()
                .flatten()
        })
    };
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
                {move || line_total().map(|t| view! { <p class="cart-line__total"><Price money=t kind=PriceKind::Large/></p> })}
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
