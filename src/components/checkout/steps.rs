//! The list of checkout steps: where the buyer is, and the steps they can go back to.

use leptos::prelude::*;
use tradefair_core::checkout::Step;

use crate::i18n;
use crate::t;

/// The steps in order; reached steps are buttons, the current one is marked.
#[component]
pub fn StepNav(
    /// The step on screen.
    #[prop(into)]
    current: Signal<Step>,
    /// The furthest step reached so far.
    #[prop(into)]
    reached: Signal<Step>,
    /// Called with the step the buyer picked.
    on_select: Callback<Step>,
) -> impl IntoView {
    view! {
        <nav class="checkout-steps" aria-label=move || t!("checkout-steps")>
            <ol>
                {Step::ALL.into_iter().map(|s| {
                    let label = move || i18n::tr(&format!("checkout-step-{}", s.slug()));
                    view! {
                        <li
                            class="checkout-steps__item"
                            class:checkout-steps__item--current=move || current.get() == s
                            class:checkout-steps__item--done=move || s.index() < current.get().index()
                        >
                            {move || if current.get() == s {
                                view! { <span aria-current="step">{label}</span> }.into_any()
                            } else if s.index() <= reached.get().index() {
                                view! {
                                    <button type="button" class="link-button" on:click=move |_| on_select.run(s)>{label}</button>
                                }.into_any()
                            } else {
                                view! { <span class="muted">{label}</span> }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
