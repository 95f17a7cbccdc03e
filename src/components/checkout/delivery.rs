//! Step 4: how each supplier ships (Incoterm and method), with its landed-cost estimate.

use leptos::prelude::*;
use tradefair_core::cart::CartGroup;
use tradefair_core::checkout::{set_shipping, shipping_choice};
use tradefair_core::fx::RateTable;
use tradefair_core::money::Currency;
use tradefair_core::trade::FieldError;

use super::fields::{error_of, error_text, field_id};
use crate::components::landed::LandedEstimateView;
use crate::state::checkout::CheckoutStore;

/// One shipping choice per supplier group, each with its estimate to the shipping address.
#[component]
pub fn DeliveryStep(
    /// The draft being edited.
    store: CheckoutStore,
    /// The cart's supplier groups.
    #[prop(into)]
    groups: Signal<Vec<CartGroup>>,
    /// Display currency.
    #[prop(into)]
    currency: Signal<Currency>,
    /// Exchange rates.
    #[prop(into)]
    rates: Signal<Option<RateTable>>,
    /// Errors to show beside the choices.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let destination = Signal::derive(move || store.with(|d| d.shipping_address.country.clone()));
    view! {
        <div class="checkout-step__fields">
            <For
                each=move || groups.get()
                key=|g| g.supplier.id
                let:group
            >
                {
                    let sid = group.supplier.id;
                    let lines = group.lines.clone();
                    let lines_sig = Signal::derive({
                        let lines = lines.clone();
                        move || lines.clone()
                    });
                    let choice = Signal::derive(move || {
                        let dest = destination.get();
                        store.with(|d| shipping_choice(&d.shipping, sid, &lines, &dest))
                    });
                    let path_i = format!("shipping.{sid}.incoterm");
                    let path_m = format!("shipping.{sid}.method");
                    let path_s = format!("shipping.{sid}");
                    let error = Signal::derive(move || {
                        errors.with(|es| {
                            error_of(es, &path_i)
                                .or_else(|| error_of(es, &path_m))
                                .or_else(|| error_of(es, &path_s))
                        })
                        .map(|e| error_text(&e, ""))
                    });
                    view! {
                        <section class="panel checkout-supplier" aria-labelledby=format!("co-supplier-{sid}")>
                            <h2 id=format!("co-supplier-{sid}")><bdi>{group.supplier.name.clone()}</bdi></h2>
                            <p class="field-error" id=field_id(&format!("shipping.{sid}")) tabindex="-1" aria-live="polite">{move || error.get()}</p>
                            <LandedEstimateView
                                lines=lines_sig
                                destination=destination
                                choice=choice
                                currency=currency
                                rates=rates
                                on_change=Callback::new(move |c| {
                                    store.update(|d| set_shipping(&mut d.shipping, c));
                                    errors.update(|es| es.retain(|e| !e.field.starts_with(&format!("shipping.{sid}"))));
                                })
                                id_prefix=format!("co-shipping-{sid}")
                            />
                        </section>
                    }
                }
            </For>
        </div>
    }
}
