//! The Q&A: questions ranked by upvotes, one upvote per buyer, answered marks.

use std::collections::BTreeSet;

use leptos::prelude::*;
use tradefair_core::chat::RankedQuestion;

use super::clock_time;
use super::messages::{Phase, TranslatedText};
use crate::api::ApiError;
use crate::i18n;
use crate::media::chat::{BoothLink, LinkState};
use crate::state::storage;
use crate::t;

/// `localStorage` key of the questions this browser upvoted in booth `booth_id`.
fn voted_key(booth_id: u32) -> String {
    format!("tradefair.chat.voted.{booth_id}")
}

fn load_voted(booth_id: u32) -> BTreeSet<u64> {
    storage::get(&voted_key(booth_id))
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.parse().ok())
        .collect()
}

fn save_voted(booth_id: u32, voted: &BTreeSet<u64>) {
    let list: Vec<String> = voted.iter().map(u64::to_string).collect();
    storage::set(&voted_key(booth_id), &list.join(","));
}

/// One question with its votes.
#[component]
fn QuestionItem(
    /// The question as first asked (its id, time and text).
    question: RankedQuestion,
    /// Its current number of upvotes.
    #[prop(into)]
    upvotes: Signal<u32>,
    /// Whether the exhibitor marked it answered.
    #[prop(into)]
    answered: Signal<bool>,
    /// Whether this browser already upvoted it.
    #[prop(into)]
    voted: Signal<bool>,
    /// Whether an upvote is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// Upvotes it.
    #[prop(into)]
    on_upvote: Callback<u64>,
) -> impl IntoView {
    let RankedQuestion {
        id, at, question, ..
    } = question;
    let author = question.author.clone();
    let label_text = question.text.clone();
    let at_attr = at.clone();
    view! {
        <li
            class=move || {
                if answered.get() { "chat-question chat-question--answered" } else { "chat-question" }
            }
            data-event-id=id.to_string()
            data-upvotes=move || upvotes.get().to_string()
        >
            <div class="chat-question__votes">
                <span class="chat-question__count">{move || t!("chat-votes", count = upvotes.get())}</span>
                <button
                    type="button"
                    class="button chat-question__upvote"
                    aria-pressed=move || voted.get().to_string()
                    disabled=move || voted.get() || busy.get()
                    aria-label=move || {
                        if voted.get() {
                            t!("chat-upvoted-question", question = label_text.clone())
                        } else {
                            t!("chat-upvote-question", question = label_text.clone())
                        }
                    }
                    on:click=move |_| on_upvote.run(id)
                >
                    <span aria-hidden="true">"▲ "</span>
                    {move || if voted.get() { t!("chat-upvoted") } else { t!("chat-upvote") }}
                </button>
            </div>
            <div class="chat-question__body">
                <TranslatedText
                    text=question.text
                    locale=question.locale
                    translations=question.translations
                    class="chat-question__text"
                />
                <p class="chat-question__meta">
                    <span>{move || t!("chat-asked-by", author = author.clone())}</span>
                    " · "
                    <time datetime=at_attr>{move || clock_time(&at)}</time>
                    {move || {
                        answered
                            .get()
                            .then(|| view! { <span class="badge chat-badge--answered">{move || t!("chat-answered")}</span> })
                    }}
                </p>
            </div>
        </li>
    }
}

/// The booth's questions, most upvoted first.
#[component]
pub fn QuestionList(
    /// The booth's channel.
    link: BoothLink,
) -> impl IntoView {
    let booth_id = link.booth_id();
    let questions = Memo::new(move |_| link.log.with(|l| l.questions()));
    let voted = RwSignal::new(load_voted(booth_id));
    let busy = RwSignal::new(None::<u64>);
    let error = RwSignal::new(None::<ApiError>);

    let upvote = Callback::new(move |qid: u64| {
        if busy.get_untracked().is_some() || voted.with_untracked(|v| v.contains(&qid)) {
            return;
        }
        busy.set(Some(qid));
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = link.upvote(qid).await;
            if busy.try_set(None).is_some() {
                return;
            }
            match result {
                // Already counted (another tab, a lost answer): the vote stands.
                Ok(()) | Err(ApiError::Conflict(_)) => {
                    voted.update(|v| {
                        v.insert(qid);
                    });
                    voted.with_untracked(|v| save_voted(booth_id, v));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });

    let phase = Memo::new(move |_| {
        if questions.with(Vec::is_empty) {
            if link.state.get() == LinkState::Connecting {
                Phase::Loading
            } else {
                Phase::Empty
            }
        } else {
            Phase::List
        }
    });

    view! {
        {move || {
            error
                .get()
                .map(|e| {
                    let reason = i18n::tr(e.message_key());
                    view! {
                        <p class="chat-send-error" role="alert">
                            {move || t!("chat-upvote-error", reason = reason.clone())}
                        </p>
                    }
                })
        }}
        {move || match phase.get() {
            Phase::Loading => {
                view! {
                    <div class="chat-skeleton" aria-busy="true" role="status">
                        <span class="visually-hidden">{move || t!("loading")}</span>
                        <div class="skeleton skeleton--line"></div>
                        <div class="skeleton skeleton--line skeleton--short"></div>
                    </div>
                }
                    .into_any()
            }
            Phase::Empty => {
                view! { <p class="chat-empty">{move || t!("chat-empty-questions")}</p> }.into_any()
            }
            Phase::List => {
                view! {
                    <ol class="chat-questions" aria-label=move || t!("chat-questions-label")>
                        <For
                            each=move || questions.get()
                            key=|q| q.id
                            children=move |q| {
                                let id = q.id;
                                let current = move |f: fn(&RankedQuestion) -> u32| {
                                    questions.with(|qs| qs.iter().find(|q| q.id == id).map(f).unwrap_or(0))
                                };
                                view! {
                                    <QuestionItem
                                        question=q
                                        upvotes=Signal::derive(move || current(|q| q.upvotes))
                                        answered=Signal::derive(move || current(|q| u32::from(q.answered)) == 1)
                                        voted=Signal::derive(move || voted.with(|v| v.contains(&id)))
                                        busy=Signal::derive(move || busy.get().is_some())
                                        on_upvote=upvote
                                    />
                                }
                            }
                        />
                    </ol>
                }
                    .into_any()
            }
        }}
    }
}
