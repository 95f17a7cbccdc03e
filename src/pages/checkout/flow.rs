//! The stepped checkout: step navigation with per-step checks, and placing the order exactly
//! once (idempotency key from the cart; an attempt whose answer was lost is re-sent with the
//! same body; a price change found by the re-check must be accepted).

use leptos::prelude::*;
use tradefair_core::cart::{self, CartTotals};
use tradefair_core::checkout::{
    order_request, prices_changed, step_errors, step_of_field, PaymentAvailability, PendingOrder,
    Step,
};
use tradefair_core::fx::RateTable;
use tradefair_core::money::{Currency, Money};
use tradefair_core::orders::validate_order;
use tradefair_core::trade::{CartLineRef, FieldError, OrderRequest, PriceCheck, PriceCheckRequest};

use crate::api::{self, ApiError};
use crate::components::checkout::{
    focus_first_error, AddressForm, AddressKind, CompanyStep, DeliveryStep, PaymentStep,
    PriceChangeNotice, ReviewSummary, StepNav,
};
use crate::components::ui::{ErrorPanel, Price, PriceKind};
use crate::i18n::{self, format};
use crate::routes::{use_navigator, AppRoute};
use crate::state::cart::use_cart;
use crate::state::checkout::CheckoutStore;
use crate::t;

/// What this buyer may pay with: no card provider is connected to the app and there is no
/// credit approval yet, so bank transfer and letters of credit.
const PAYMENTS: PaymentAvailability = PaymentAvailability {
    card_provider: false,
    approved_for_net_terms: false,
};

fn focus_step_heading() {
    request_animation_frame(|| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("co-step-heading"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// The checkout form for the priced cart `check`.
#[component]
pub fn CheckoutFlow(
    /// The draft being edited.
    store: CheckoutStore,
    /// The cart lines being ordered.
    lines: Vec<CartLineRef>,
    /// Their prices as the buyer reviews them.
    check: PriceCheck,
    /// Exchange rates of the check.
    rates: RateTable,
    /// Display currency of the check.
    currency: Currency,
) -> impl IntoView {
    let cart = use_cart();
    let navigator = use_navigator();
    let lines = StoredValue::new(lines);
    let reviewed = RwSignal::new(check);
    let rates_sig = Signal::derive({
        let rates = rates.clone();
        move || rates.clone()
    });
    let totals: Memo<Option<CartTotals>> =
        Memo::new(move |_| reviewed.with(|c| cart::totals(&c.lines, &rates, currency).ok()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let placing = RwSignal::new(false);
    let in_flight = StoredValue::new(false);
    let place_error = RwSignal::new(None::<ApiError>);
    let changed = RwSignal::new(None::<PriceCheck>);
    // Memos, not derived signals: the step views must not re-run on every keystroke in the
    // draft (that rebuilt the fields under the cursor and dropped focus).
    let step = Memo::new(move |_| store.with(|d| d.step));

    let total_of = move || {
        totals
            .get_untracked()
            .map(|t| t.total_display)
            .unwrap_or(Money::new(0, currency))
    };
    let request = move || -> OrderRequest {
        let locale = i18n::locale_untracked().tag().to_string();
        store.with_untracked(|d| {
            reviewed.with_untracked(|c| {
                lines.with_value(|l| order_request(d, l, c, &locale, currency, total_of()))
            })
        })
    };
    let check_step = move |s: Step| -> Vec<FieldError> {
        let req = request();
        let choice = store.with_untracked(|d| d.payment);
        reviewed.with_untracked(|c| step_errors(s, &req, c, PAYMENTS, choice))
    };
    let show_errors = move |found: Vec<FieldError>| {
        let target = found
            .first()
            .map(|e| step_of_field(&e.field))
            .unwrap_or(Step::Review);
        store.update(|d| d.step = target);
        errors.set(found.clone());
        focus_first_error(&found);
    };
    // Forward only through checked steps; back always.
    let go_to = move |target: Step| {
        let current = step.get_untracked();
        if target.index() > current.index() {
            for s in &Step::ALL[current.index()..target.index()] {
                let found = check_step(*s);
                if !found.is_empty() {
                    show_errors(found);
                    return;
                }
            }
        }
        errors.set(Vec::new());
        store.update(|d| {
            d.step = target;
            if d.reached.index() < target.index() {
                d.reached = target;
            }
        });
        focus_step_heading();
    };

    let place = move || {
        if in_flight.get_value() {
            return;
        }
        in_flight.set_value(true);
        placing.set(true);
        place_error.set(None);
        leptos::task::spawn_local(async move {
            let backend = api::backend();
            let key = cart.checkout_key();
            let req = request();
            let resend = store.with_untracked(|d| {
                d.pending
                    .as_ref()
                    .is_some_and(|p| p.key == key && p.request == req)
            });
            let mut go = true;
            if !resend {
                let fresh = backend
                    .price_check(&PriceCheckRequest {
                        lines: req.lines.clone(),
                        locale: req.locale.clone(),
                        currency,
                    })
                    .await;
                match fresh {
                    Err(e) => {
                        place_error.set(Some(e));
                        go = false;
                    }
                    Ok(fresh) => {
                        if reviewed.with_untracked(|r| prices_changed(r, &fresh)) {
                            changed.set(Some(fresh));
                            go = false;
                        }
                    }
                }
                if go {
                    let mut found = reviewed.with_untracked(|c| validate_order(&req, c));
                    found.extend(
                        check_step(Step::Payment)
                            .into_iter()
                            .filter(|e| e.field == "payment.kind"),
                    );
                    found.sort_by_key(|e| step_of_field(&e.field).index());
                    if !found.is_empty() {
                        show_errors(found);
                        go = false;
                    } else {
                        store.update(|d| {
                            d.pending = Some(PendingOrder {
                                key: key.clone(),
                                request: req.clone(),
                            })
                        });
                    }
                }
            }
            if go {
                match backend.place_order(&key, &req).await {
                    Ok(confirmation) => {
                        // Leave first: clearing the cart re-renders this page away, and
                        // nothing of it may be touched after that.
                        store.clear();
                        navigator.go(&AppRoute::Order(confirmation.checkout_id));
                        cart.clear();
                        return;
                    }
                    Err(ApiError::Validation(fields)) => {
                        store.update(|d| d.pending = None);
                        let mut fields = fields;
                        fields.sort_by_key(|e| step_of_field(&e.field).index());
                        show_errors(fields);
                    }
                    Err(ApiError::PriceChanged(fresh)) => {
                        store.update(|d| d.pending = None);
                        changed.set(Some(*fresh));
                    }
                    Err(e @ ApiError::Conflict(_)) => {
                        store.update(|d| d.pending = None);
                        place_error.set(Some(e));
                    }
                    // The answer was lost or the backend failed: the order may exist, so
                    // the pending request stays and a retry re-sends it unchanged.
                    Err(e) => place_error.set(Some(e)),
                }
            }
            in_flight.set_value(false);
            placing.set(false);
        });
    };

    let accept_prices = move || {
        if let Some(fresh) = changed.get_untracked() {
            reviewed.set(fresh);
            changed.set(None);
            store.update(|d| d.pending = None);
        }
    };

    let review_errors = move || {
        errors.with(|es| {
            es.iter()
                .filter(|e| step_of_field(&e.field) == Step::Review)
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <div class="checkout__layout">
            <StepNav
                current=step
                reached=Memo::new(move |_| store.with(|d| d.reached))
                on_select=Callback::new(go_to)
            />
            <form class="panel checkout-step" novalidate=true on:submit=move |ev| {
                ev.prevent_default();
                match step.get_untracked().next() {
                    Some(n) => go_to(n),
                    None => place(),
                }
            }>
                <h2 id="co-step-heading" tabindex="-1">
                    <span class="checkout-step__count">{move || t!(
                        "checkout-step-count",
                        current = format::number((step.get().index() + 1) as i64),
                        total = format::number(Step::ALL.len() as i64)
                    )}</span>
                    " "
                    {move || i18n::tr(&format!("checkout-step-{}", step.get().slug()))}
                </h2>
                {move || match step.get() {
                    Step::Company => view! { <CompanyStep store=store errors=errors/> }.into_any(),
                    Step::ShippingAddress => view! { <AddressForm store=store kind=AddressKind::Shipping errors=errors/> }.into_any(),
                    Step::BillingAddress => view! {
                        <div class="choice">
                            <input
                                type="checkbox"
                                id="co-billing-same"
                                prop:checked=move || store.with(|d| d.billing_same)
                                on:change=move |ev| {
                                    let same = event_target_checked(&ev);
                                    store.update(|d| d.billing_same = same);
                                    errors.update(|es| es.retain(|e| !e.field.starts_with("billing_address")));
                                }
                            />
                            <label for="co-billing-same">{move || t!("checkout-billing-same")}</label>
                        </div>
                        <Show when=move || !store.with(|d| d.billing_same)>
                            <AddressForm store=store kind=AddressKind::Billing errors=errors/>
                        </Show>
                    }.into_any(),
                    Step::Delivery => view! {
                        <DeliveryStep
                            store=store
                            groups=Signal::derive(move || totals.get().map(|t| t.groups).unwrap_or_default())
                            currency=Signal::derive(move || currency)
                            rates=Signal::derive(move || Some(rates_sig.get()))
                            errors=errors
                        />
                    }.into_any(),
                    Step::Payment => view! { <PaymentStep store=store available=PAYMENTS errors=errors/> }.into_any(),
                    Step::Review => view! {
                        {move || {
                            let list = review_errors();
                            (!list.is_empty()).then(|| view! {
                                <div class="notice notice--warn" role="alert">
                                    <p>{t!("error-validation")}</p>
                                    <a href=AppRoute::Cart.path()>{t!("checkout-back-to-cart")}</a>
                                </div>
                            })
                        }}
                        {move || totals.get().map(|t| view! {
                            <ReviewSummary
                                draft=Signal::derive(move || store.with(|d| d.clone()))
                                totals=Signal::derive(move || t.clone())
                                rates=rates_sig
                                on_edit=Callback::new(go_to)
                            />
                        })}
                    }.into_any(),
                }}
                {move || changed.get().map(|fresh| view! {
                    <PriceChangeNotice
                        reviewed=reviewed.get_untracked()
                        fresh=fresh
                        rates=rates_sig.get_untracked()
                        currency=currency
                        on_accept=Callback::new(move |_| accept_prices())
                    />
                })}
                {move || place_error.get().map(|e| match e {
                    ApiError::Conflict(_) => view! {
                        <div class="notice notice--warn" role="alert">
                            <p>{t!("error-conflict")}</p>
                            <a href=AppRoute::Orders.path()>{t!("checkout-see-orders")}</a>
                        </div>
                    }.into_any(),
                    e => view! {
                        <ErrorPanel error=e on_retry=move |_| place()/>
                        <p class="note">{t!("checkout-nothing-lost")}</p>
                    }.into_any(),
                })}
                {move || (step.get() == Step::Review && store.with(|d| d.pending.is_some()) && !placing.get() && place_error.with(Option::is_none)).then(|| view! {
                    <p class="notice" role="status">{t!("checkout-pending-note")}</p>
                })}
                <div class="checkout-step__actions">
                    {move || step.get().previous().map(|p| view! {
                        <button type="button" class="button" on:click=move |_| go_to(p)>{t!("checkout-back")}</button>
                    })}
                    {move || if step.get() == Step::Review {
                        view! {
                            <button
                                type="submit"
                                class="button button--primary checkout__place"
                                disabled=move || placing.get() || changed.with(Option::is_some)
                                aria-busy=move || placing.get().then_some("true")
                            >
                                {move || if placing.get() { t!("checkout-placing") } else { t!("checkout-place-order") }}
                            </button>
                        }.into_any()
                    } else {
                        view! { <button type="submit" class="button button--primary">{t!("checkout-continue")}</button> }.into_any()
                    }}
                </div>
            </form>
            <aside class="panel checkout__summary" aria-label=move || t!("checkout-summary")>
                {move || totals.get().map(|t| view! {
                    <p>{t!("checkout-goods-total")}</p>
                    <p><Price money=t.total_display kind=PriceKind::Large/></p>
                    <p class="note">{t!("checkout-suppliers", count = t.groups.len())}</p>
                })}
            </aside>
        </div>
    }
}
