//! The booth's questions, most upvoted first, with "Mark answered".

use leptos::prelude::*;
use tradefair_core::chat::RankedQuestion;

use crate::api::{self, ApiError};
use crate::components::chat::messages::TranslatedText;
use crate::i18n;
use crate::media::chat::{BoothLink, LinkState};
use crate::t;

/// One question with its votes and the answered mark.
#[component]
fn QuestionRow(
    /// The question.
    question: RankedQuestion,
    /// Its upvotes now.
    #[prop(into)]
    upvotes: Signal<u32>,
    /// Whether it is marked answered.
    #[prop(into)]
    answered: Signal<bool>,
    /// Whether the mark is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// Marks it answered.
    #[prop(into)]
    on_answered: Callback<u64>,
) -> impl IntoView {
    let RankedQuestion { id, question, .. } = question;
    let author = question.author.clone();
    let label = question.text.clone();
    view! {
        <li
            class=move || if answered.get() { "live-question live-question--answered" } else { "live-question" }
            data-event-id=id.to_string()
        >
            <div class="live-question__body">
                <TranslatedText
                    text=question.text
                    locale=question.locale
                    translations=question.translations
                    class="live-question__text"
                />
                <p class="live-question__meta">
                    <bdi>{author}</bdi>
                    " · "
                    <span>{move || t!("live-question-votes", count = upvotes.get())}</span>
                </p>
            </div>
            <Show
                when=move || answered.get()
                fallback=move || {
                    let label = label.clone();
                    view! {
                        <button
                            type="button"
                            class="button button--small"
                            disabled=move || busy.get()
                            aria-label=move || t!("live-mark-answered-named", question = label.clone())
                            on:click=move |_| on_answered.run(id)
                        >
                            {move || t!("live-mark-answered")}
                        </button>
                    }
                }
            >
                <span class="badge live-question__answered">{move || t!("live-answered")}</span>
            </Show>
        </li>
    }
}

/// The questions of the booth's channel, ranked.
#[component]
pub fn QuestionDesk(
    /// The booth's channel.
    link: BoothLink,
) -> impl IntoView {
    let booth_id = link.booth_id();
    let questions = Memo::new(move |_| link.log.with(|l| l.questions()));
    let busy = RwSignal::new(None::<u64>);
    let error = RwSignal::new(None::<ApiError>);
    let mark = Callback::new(move |qid: u64| {
        if busy.get_untracked().is_some() {
            return;
        }
        busy.set(Some(qid));
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = api::backend().mark_answered(booth_id, qid).await;
            if busy.try_set(None).is_some() {
                return;
            }
            match result {
                Ok(event) => link.accept(event),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let open_count =
        Memo::new(move |_| questions.with(|qs| qs.iter().filter(|q| !q.answered).count()));
    view! {
        <section class="live-questions panel" aria-labelledby="live-questions-title">
            <h2 id="live-questions-title">
                {move || t!("live-questions-title", open = open_count.get() as u32)}
            </h2>
            {move || {
                error
                    .get()
                    .map(|e| {
                        let reason = i18n::tr(e.message_key());
                        view! { <p class="field-error" role="alert">{move || t!("live-answered-error", reason = reason.clone())}</p> }
                    })
            }}
            {move || {
                if questions.with(Vec::is_empty) {
                    if link.state.get() == LinkState::Connecting {
                        view! {
                            <div class="live-skeleton" role="status" aria-busy="true">
                                <span class="visually-hidden">{move || t!("loading")}</span>
                                <div class="skeleton skeleton--line"></div>
                            </div>
                        }
                            .into_any()
                    } else {
                        view! { <p class="empty">{move || t!("live-questions-empty")}</p> }.into_any()
                    }
                } else {
                    view! {
                        <ol class="live-question-list">
                            <For
                                each=move || questions.get()
                                key=|q| q.id
                                children=move |q| {
                                    let id = q.id;
                                    let current = move |f: fn(&RankedQuestion) -> u32| {
                                        questions.with(|qs| qs.iter().find(|q| q.id == id).map(f).unwrap_or(0))
                                    };
                                    view! {
                                        <QuestionRow
                                            question=q
                                            upvotes=Signal::derive(move || current(|q| q.upvotes))
                                            answered=Signal::derive(move || current(|q| u32::from(q.answered)) == 1)
                                            busy=Signal::derive(move || busy.get() == Some(id))
                                            on_answered=mark
                                        />
                                    }
                                }
                            />
                        </ol>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
