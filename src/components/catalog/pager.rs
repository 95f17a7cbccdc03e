use leptos::prelude::*;

use crate::t;

/// Page links for a result list: previous, a window of page numbers, next.
#[component]
pub fn Pager(
    /// The current page (1-based).
    page: u32,
    /// Number of pages.
    pages: u32,
    /// Link of a page.
    href: Callback<u32, String>,
) -> impl IntoView {
    if pages <= 1 {
        return ().into_any();
    }
    let start = page.saturating_sub(2).max(1);
    let end = (start + 4).min(pages);
    let mut numbers: Vec<u32> = (start..=end).collect();
    if !numbers.contains(&1) {
        numbers.insert(0, 1);
    }
    if !numbers.contains(&pages) {
        numbers.push(pages);
    }
    let prev = (page > 1).then(|| href.run(page - 1));
    let next = (page < pages).then(|| href.run(page + 1));
    view! {
        <nav class="pager" aria-label=move || t!("pager-label")>
            <p class="pager__status">{move || t!("pager-status", page = page, pages = pages)}</p>
            <ul role="list">
                <li>
                    {match prev {
                        Some(h) => view! { <a class="pager__step" href=h rel="prev">
                            <span aria-hidden="true" class="flip-rtl">"‹"</span>
                            <span class="visually-hidden-narrow">{move || t!("pager-previous")}</span>
                        </a> }.into_any(),
                        None => ().into_any(),
                    }}
                </li>
                {numbers
                    .into_iter()
                    .map(|n| {
                        let current = n == page;
                        view! {
                            <li>
                                <a
                                    class="pager__page"
                                    class:pager__page--current=current
                                    href=href.run(n)
                                    aria-current=current.then_some("page")
                                    aria-label=move || t!("pager-page", page = n)
                                >
                                    {move || crate::i18n::format::number(i64::from(n))}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    {match next {
                        Some(h) => view! { <a class="pager__step" href=h rel="next">
                            <span class="visually-hidden-narrow">{move || t!("pager-next")}</span>
                            <span aria-hidden="true" class="flip-rtl">"›"</span>
                        </a> }.into_any(),
                        None => ().into_any(),
                    }}
                </li>
            </ul>
        </nav>
    }
    .into_any()
}
