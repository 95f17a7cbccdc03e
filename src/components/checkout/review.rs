//! Step 6: everything the buyer entered, the goods per supplier and in total, then "place
//! order".

use leptos::prelude::*;
use tradefair_core::cart::{line_total_display, CartTotals};
use tradefair_core::checkout::{shipping_choice, CheckoutDraft, PaymentChoice, Step};
use tradefair_core::fx::RateTable;
use tradefair_core::trade::Address;

use crate::components::landed::{incoterm_label, method_label};
use crate::components::ui::{Price, PriceKind};
use crate::i18n::{self, format};
use crate::t;

fn address_lines(a: &Address) -> Vec<String> {
    [
        a.recipient.clone(),
        a.line1.clone(),
        a.line2.clone(),
        [a.postal_code.trim(), a.city.trim(), a.region.trim()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        if a.country.trim().is_empty() {
            String::new()
        } else {
            format::country(a.country.trim())
        },
        a.phone.clone(),
    ]
    .into_iter()
    .filter(|l| !l.trim().is_empty())
    .collect()
}

/// A block of the summary with a button back to the step that edits it.
#[component]
fn Section(
    /// Heading of the block.
    #[prop(into)]
    title: Signal<String>,
    /// The step that edits it.
    step: Step,
    /// Goes to that step.
    on_edit: Callback<Step>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="review-section">
            <div class="review-section__head">
                <h3>{move || title.get()}</h3>
                <button type="button" class="link-button" on:click=move |_| on_edit.run(step)
                    aria-label=move || t!("checkout-edit-label", section = title.get())>
                    {move || t!("checkout-edit")}
                </button>
            </div>
            {children()}
        </section>
    }
}

/// The summary of the whole checkout.
#[component]
pub fn ReviewSummary(
    /// The draft as it stands.
    #[prop(into)]
    draft: Signal<CheckoutDraft>,
    /// Goods per supplier and in total, in the display currency.
    #[prop(into)]
    totals: Signal<CartTotals>,
    /// Rates, to show each line's converted total.
    #[prop(into)]
    rates: Signal<RateTable>,
    /// Goes back to a step to change it.
    on_edit: Callback<Step>,
) -> impl IntoView {
    let d = move || draft.get();
    view! {
        <div class="review">
            <Section title=Signal::derive(move || t!("checkout-step-company")) step=Step::Company on_edit=on_edit>
                <dl class="review-list">
                    <dt>{move || t!("checkout-legal-name")}</dt><dd><bdi>{move || d().company.legal_name}</bdi></dd>
                    <dt>{move || t!("checkout-company-country")}</dt><dd>{move || format::country(&d().company.country)}</dd>
                    <dt>{move || t!("checkout-tax-id")}</dt><dd><bdi>{move || d().company.tax_id}</bdi></dd>
                    <dt>{move || t!("checkout-po-number")}</dt><dd><bdi>{move || d().company.po_number}</bdi></dd>
                    {move || (!d().company.cost_centre.trim().is_empty()).then(|| view! {
                        <dt>{t!("checkout-cost-centre")}</dt><dd><bdi>{d().company.cost_centre}</bdi></dd>
                    })}
                    <dt>{move || t!("checkout-contact-email")}</dt><dd><bdi>{move || d().company.contact_email}</bdi></dd>
                </dl>
            </Section>
            <Section title=Signal::derive(move || t!("checkout-step-shipping-address")) step=Step::ShippingAddress on_edit=on_edit>
                <address class="review-address">
                    {move || address_lines(&d().shipping_address).into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
                </address>
            </Section>
            <Section title=Signal::derive(move || t!("checkout-step-billing-address")) step=Step::BillingAddress on_edit=on_edit>
                {move || if d().billing_same {
                    view! { <p>{t!("checkout-billing-same")}</p> }.into_any()
                } else {
                    view! {
                        <address class="review-address">
                            {address_lines(&d().billing_address).into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
                        </address>
                    }.into_any()
                }}
            </Section>
            <Section title=Signal::derive(move || t!("checkout-step-delivery")) step=Step::Delivery on_edit=on_edit>
                {move || {
                    let draft = d();
                    let dest = draft.shipping_address.country.clone();
                    let rates = rates.get();
                    totals.get().groups.into_iter().map(|g| {
                        let choice = shipping_choice(&draft.shipping, g.supplier.id, &g.lines, &dest);
                        view! {
                            <div class="review-supplier" data-supplier=g.supplier.id.to_string()>
                                <h4><bdi>{g.supplier.name.clone()}</bdi></h4>
                                <ul class="review-lines" role="list">
                                    {g.lines.iter().map(|l| {
                                        let total = line_total_display(l, &rates, g.subtotal_display.currency).ok().flatten();
                                        let qty = format::number(i64::from(l.quantity));
                                        view! {
                                            <li>
                                                <span lang=l.name.lang.clone() dir="auto">{l.name.text.clone()}</span>
                                                <span class="muted">{t!("checkout-line-quantity", quantity = qty)}</span>
                                                {total.map(|t| view! { <Price money=t/> })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                                {choice.map(|c| view! {
                                    <p class="muted">{incoterm_label(c.incoterm)}" · "{method_label(c.method)}</p>
                                })}
                                <p class="review-supplier__subtotal">
                                    {t!("checkout-supplier-subtotal")}" "
                                    <Price money=g.subtotal_display/>
                                    {g.subtotal.filter(|s| s.currency != g.subtotal_display.currency).map(|s| view! {
                                        " " <span class="muted">{t!("checkout-in-supplier-currency", amount = format::money(s))}</span>
                                    })}
                                </p>
                            </div>
                        }
                    }).collect_view()
                }}
            </Section>
            <Section title=Signal::derive(move || t!("checkout-step-payment")) step=Step::Payment on_edit=on_edit>
                <p>
                    {move || i18n::tr(&format!("checkout-pay-{}", d().payment.slug()))}
                    {move || match d().payment {
                        PaymentChoice::LetterOfCredit => Some(format!(" · {}", d().issuing_bank)),
                        PaymentChoice::NetTerms => Some(format!(" · {}", t!("checkout-days", days = format::number(i64::from(d().net_days))))),
                        _ => None,
                    }}
                </p>
                <p>{move || if d().escrow { t!("checkout-escrow-on") } else { t!("checkout-escrow-off") }}</p>
            </Section>
            <p class="review-total">
                {move || t!("checkout-goods-total")}" "
                {move || view! { <Price money=totals.get().total_display kind=PriceKind::Large/> }}
            </p>
            <p class="note">{move || t!("checkout-total-note")}</p>
        </div>
    }
}
