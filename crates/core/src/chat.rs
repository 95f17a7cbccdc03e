//! The booth's live channel: chat messages, questions with upvotes, and products the
//! exhibitor pins during the stream.
//!
//! Every change to a channel is one [`ChatEvent`] with an id that counts up from 1 per
//! booth, so a client that saw events `1..=n` resumes with `after=n` and gets exactly what it
//! missed. [`ChatLog`] is the client's copy: it merges batches by id (a replay overlapping
//! the live stream never duplicates), knows how far it is complete, and derives what the
//! views show (messages, ranked questions, pinned products). Both backends generate the same
//! scripted demo conversation ([`demo_script`]) from a seed and the booth id.

mod script;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::pricing::QuantityCheck;
use crate::seed::{Catalog, Localized, LOCALES};
use crate::trade::FieldError;
use crate::wire::Unit;

/// Longest message or question, in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest display name, in characters.
pub const MAX_AUTHOR_CHARS: usize = 40;
/// Client ids are 8 to 64 characters of `A-Z a-z 0-9 - _`.
pub const MAX_CLIENT_ID_CHARS: usize = 64;
/// The seed of the demo conversation (mixed with the booth id).
pub const DEMO_CHAT_SEED: u64 = 0x7EAD_FA1E_C4A7_2026;

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorRole {
    Buyer,
    Exhibitor,
}

/// A chat message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// Display name of the author.
    pub author: String,
    pub role: AuthorRole,
    /// The text as written.
    pub text: String,
    /// BCP 47 tag of the language `text` is written in.
    pub locale: String,
    /// The text in other locales (tag to text); `None` when nobody translated it.
    pub translations: Option<BTreeMap<String, String>>,
}

/// A buyer's question. Its upvotes and answered mark change through later events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub author: String,
    pub text: String,
    pub locale: String,
    pub translations: Option<BTreeMap<String, String>>,
}

/// A product pinned to the channel: what a buyer needs to add it to the cart in one click.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinnedProduct {
    pub product_id: u32,
    pub supplier_id: u32,
    /// The product's name in the catalog's locales.
    pub name: Localized,
    /// Unit price at the smallest order, in the supplier's currency.
    pub unit_price: Money,
    /// The smallest quantity that can be ordered (the MOQ rounded up to the order step).
    pub min_quantity: u32,
    pub unit: Unit,
}

/// What happened in a channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventBody {
    Message(ChatMessage),
    Question(Question),
    /// One more upvote for question `question_id`; `upvotes` is its new total.
    Upvote {
        question_id: u64,
        upvotes: u32,
    },
    /// The exhibitor marked question `question_id` answered.
    Answered {
        question_id: u64,
    },
    Pin(PinnedProduct),
    Unpin {
        product_id: u32,
    },
}

/// One event of a booth's channel. Ids count up from 1 per booth without holes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatEvent {
    pub id: u64,
    pub booth_id: u32,
    /// RFC 3339 instant in UTC.
    pub at: String,
    pub event: EventBody,
}

/// What a post is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    Message,
    Question,
}

/// `POST /api/booths/{id}/chat`: a buyer's message or question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatPost {
    pub kind: PostKind,
    pub author: String,
    pub text: String,
    /// The writer's locale (the language of `text`).
    pub locale: String,
    /// The sender's client id (also the voter id of upvotes).
    pub client_id: String,
}

/// `POST /api/booths/{id}/questions/{qid}/upvote`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpvoteRequest {
    pub client_id: String,
}

fn valid_client_id(id: &str) -> bool {
    (8..=MAX_CLIENT_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn valid_locale(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The code of what is wrong with a text field, if anything.
fn text_problem(text: &str, max: usize) -> Option<&'static str> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Some("required")
    } else if trimmed.chars().count() > max {
        Some("too_long")
    } else if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Some("invalid_format")
    } else {
        None
    }
}

/// Codes of what is wrong with the author name (`required`, `too_long`, `invalid_format`).
pub fn author_problem(author: &str) -> Option<&'static str> {
    text_problem(author, MAX_AUTHOR_CHARS)
        .or_else(|| author.contains('\n').then_some("invalid_format"))
}

/// Codes of what is wrong with a message or question text.
pub fn text_problem_of(text: &str) -> Option<&'static str> {
    text_problem(text, MAX_TEXT_CHARS)
}

impl ChatPost {
    /// The fields to correct (empty when the post is acceptable), author first.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut push = |field: &str, code: &str| {
            errors.push(FieldError {
                field: field.into(),
                code: code.into(),
            })
        };
        if let Some(code) = author_problem(&self.author) {
            push("author", code);
        }
        if let Some(code) = text_problem_of(&self.text) {
            push("text", code);
        }
        if !valid_locale(&self.locale) {
            push("locale", "invalid_format");
        }
        if !valid_client_id(&self.client_id) {
            push("client_id", "invalid_format");
        }
        errors
    }

    /// The post as stored: author and text trimmed.
    pub fn normalized(&self) -> ChatPost {
        ChatPost {
            author: self.author.trim().to_string(),
            text: self.text.trim().to_string(),
            ..self.clone()
        }
    }

    /// The event body this post becomes (a buyer's words, untranslated).
    pub fn into_body(self) -> EventBody {
        let p = self.normalized();
        match p.kind {
            PostKind::Message => EventBody::Message(ChatMessage {
                author: p.author,
                role: AuthorRole::Buyer,
                text: p.text,
                locale: p.locale,
                translations: None,
            }),
            PostKind::Question => EventBody::Question(Question {
                author: p.author,
                text: p.text,
                locale: p.locale,
                translations: None,
            }),
        }
    }
}

impl UpvoteRequest {
    pub fn validate(&self) -> Vec<FieldError> {
        if valid_client_id(&self.client_id) {
            Vec::new()
        } else {
            vec![FieldError {
                field: "client_id".into(),
                code: "invalid_format".into(),
            }]
        }
    }
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// A text as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text to show first.
    pub text: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// Whether `text` is a translation (so "show original" makes sense).
    pub translated: bool,
}

/// The text to show a reader in `reader` locale: the original when it is in the reader's
/// language, else a translation into it (exact tag, then the same language), else the
/// original.
pub fn shown_text<'a>(
    text: &'a str,
    locale: &'a str,
    translations: Option<&'a BTreeMap<String, String>>,
    reader: &str,
) -> Shown<'a> {
    let original = Shown {
        text,
        lang: locale,
        translated: false,
    };
    if locale.eq_ignore_ascii_case(reader) || primary(locale).eq_ignore_ascii_case(primary(reader))
    {
        return original;
    }
    let Some(map) = translations else {
        return original;
    };
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(reader))
        .or_else(|| {
            map.iter()
                .find(|(k, _)| primary(k).eq_ignore_ascii_case(primary(reader)))
        })
        .map(|(lang, text)| Shown {
            text,
            lang,
            translated: true,
        })
        .unwrap_or(original)
}

impl ChatMessage {
    pub fn shown(&self, reader: &str) -> Shown<'_> {
        shown_text(&self.text, &self.locale, self.translations.as_ref(), reader)
    }
}

impl Question {
    pub fn shown(&self, reader: &str) -> Shown<'_> {
        shown_text(&self.text, &self.locale, self.translations.as_ref(), reader)
    }
}

/// A question with its current votes, as the Q&A list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedQuestion {
    pub id: u64,
    pub at: String,
    pub question: Question,
    pub upvotes: u32,
    pub answered: bool,
}

/// A message with its event id and time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedMessage {
    pub id: u64,
    pub at: String,
    pub message: ChatMessage,
}

/// What merging a batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Events that were new.
    pub added: usize,
    /// Events already known (a replay overlapping what arrived live).
    pub duplicates: usize,
    /// New chat messages among `added` (what an announcement counts).
    pub new_messages: usize,
    /// Whether the log now has a hole: some id between 1 and the highest is missing.
    pub gap: bool,
}

/// The client's copy of a channel: events by id, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChatLog {
    events: BTreeMap<u64, ChatEvent>,
}

impl ChatLog {
    pub fn new() -> ChatLog {
        ChatLog::default()
    }

    /// A log holding `events`.
    pub fn from_events(events: impl IntoIterator<Item = ChatEvent>) -> ChatLog {
        let mut log = ChatLog::new();
        log.merge(events);
        log
    }

    /// Adds the events not seen yet (by id; a known id is ignored, whatever it carries).
    pub fn merge(&mut self, batch: impl IntoIterator<Item = ChatEvent>) -> Merged {
        let mut out = Merged::default();
        for e in batch {
            if e.id == 0 || self.events.contains_key(&e.id) {
                out.duplicates += 1;
                continue;
            }
            if matches!(e.event, EventBody::Message(_)) {
                out.new_messages += 1;
            }
            out.added += 1;
            self.events.insert(e.id, e);
        }
        out.gap = self.has_gap();
        out
    }

    /// The highest id such that every id from 1 to it is present: where to resume from.
    pub fn resume_after(&self) -> u64 {
        let mut expected = 1;
        for &id in self.events.keys() {
            if id != expected {
                break;
            }
            expected += 1;
        }
        expected - 1
    }

    /// The highest id seen.
    pub fn last_id(&self) -> u64 {
        self.events.keys().next_back().copied().unwrap_or(0)
    }

    /// Whether an id below the highest is missing.
    pub fn has_gap(&self) -> bool {
        self.resume_after() != self.last_id()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Every event, ascending by id.
    pub fn events(&self) -> impl Iterator<Item = &ChatEvent> {
        self.events.values()
    }

    /// Chat messages in the order they were sent.
    pub fn messages(&self) -> Vec<LoggedMessage> {
        self.events
            .values()
            .filter_map(|e| match &e.event {
                EventBody::Message(m) => Some(LoggedMessage {
                    id: e.id,
                    at: e.at.clone(),
                    message: m.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    /// Questions with their votes: most upvoted first, then the earlier one.
    pub fn questions(&self) -> Vec<RankedQuestion> {
        let mut by_id: BTreeMap<u64, RankedQuestion> = BTreeMap::new();
        for e in self.events.values() {
            match &e.event {
                EventBody::Question(q) => {
                    by_id.insert(
                        e.id,
                        RankedQuestion {
                            id: e.id,
                            at: e.at.clone(),
                            question: q.clone(),
                            upvotes: 0,
                            answered: false,
                        },
                    );
                }
                EventBody::Upvote {
                    question_id,
                    upvotes,
                } => {
                    if let Some(q) = by_id.get_mut(question_id) {
                        q.upvotes = q.upvotes.max(*upvotes);
                    }
                }
                EventBody::Answered { question_id } => {
                    if let Some(q) = by_id.get_mut(question_id) {
                        q.answered = true;
                    }
                }
                _ => {}
            }
        }
        let mut list: Vec<RankedQuestion> = by_id.into_values().collect();
        rank_questions(&mut list);
        list
    }

    /// Products pinned now, the most recently pinned first.
    pub fn pinned(&self) -> Vec<PinnedProduct> {
        let mut pins: Vec<PinnedProduct> = Vec::new();
        for e in self.events.values() {
            match &e.event {
                EventBody::Pin(p) => {
                    pins.retain(|x| x.product_id != p.product_id);
                    pins.push(p.clone());
                }
                EventBody::Unpin { product_id } => pins.retain(|x| x.product_id != *product_id),
                _ => {}
            }
        }
        pins.reverse();
        pins
    }
}

/// Orders questions by upvotes (most first), then by time asked (earliest first).
pub fn rank_questions(list: &mut [RankedQuestion]) {
    list.sort_by(|a, b| b.upvotes.cmp(&a.upvotes).then(a.id.cmp(&b.id)));
}

/// How long to wait before reconnection attempt `attempt` (0 for the first retry):
/// exponential from 500 ms, capped at 15 s, with "equal jitter" (`random01` in `[0, 1)`
/// picks a point in the upper half) so buyers dropped together do not return together.
pub fn reconnect_delay_ms(attempt: u32, random01: f64) -> u32 {
    let exp = 500u64.saturating_mul(1u64 << attempt.min(16));
    let cap = exp.min(15_000) as u32;
    let half = cap / 2;
    let r = random01.clamp(0.0, 0.999_999);
    half + (f64::from(cap - half) * r) as u32
}

/// A pin of a catalog product, if it exists.
pub fn pin_of(catalog: &Catalog, product_id: u32) -> Option<PinnedProduct> {
    let p = catalog.product(product_id)?;
    let min_quantity = match p.minimum_order.check(p.minimum_order.moq) {
        QuantityCheck::Ok => p.minimum_order.moq,
        QuantityCheck::BelowMinimum { fix } | QuantityCheck::NotMultiple { fix, .. } => fix,
    };
    let unit_minor = p.tiers.first().map(|t| t.unit_minor)?;
    Some(PinnedProduct {
        product_id: p.id,
        supplier_id: p.supplier_id,
        name: p.name.clone(),
        unit_price: Money {
            minor: unit_minor,
            currency: p.currency,
        },
        min_quantity,
        unit: p.unit,
    })
}

/// One step of the scripted conversation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptedEvent {
    /// When it happens, in milliseconds after the channel opened; 0 for the history a
    /// buyer finds when joining.
    pub after_ms: u64,
    pub body: EventBody,
}

/// SplitMix64 (the catalog generator's), so the script is the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476C_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// `k` distinct indices below `n`, in random order.
    fn pick(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            all.swap(i, self.below(i + 1));
        }
        all.truncate(k);
        all
    }
}

fn locale_index(tag: &str) -> usize {
    LOCALES.iter().position(|l| *l == tag).unwrap_or(0)
}

/// Original text in `locale` and the translations into every other catalog locale.
fn phrase(p: &script::Phrase, locale: &str) -> (String, Option<BTreeMap<String, String>>) {
    let i = locale_index(locale);
    let translations = LOCALES
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(j, tag)| (tag.to_string(), p[j].to_string()))
        .collect();
    (p[i].to_string(), Some(translations))
}

/// One step of the live part of the script.
enum Step {
    /// The exhibitor says line `n`.
    Say(usize),
    /// Buyer `k` says their `n`th picked line.
    Buyer(usize, usize),
    /// Buyer `k` asks the `n`th picked question.
    Ask(usize, usize),
    /// One more vote for the `n`th question asked.
    Vote(usize),
    /// The exhibitor answers the `n`th question asked and marks it answered.
    Answer(usize),
    /// Pin or unpin the `n`th picked product.
    Pin(usize),
    Unpin(usize),
}

/// Builds the script: keeps time, ids and vote counts.
struct Script<'a> {
    rng: Rng,
    out: Vec<ScriptedEvent>,
    at: u64,
    live: bool,
    exhibitor: String,
    exhibitor_locale: &'static str,
    first_buyer: usize,
    lines: Vec<usize>,
    questions: Vec<usize>,
    pins: Vec<u32>,
    asked: Vec<u64>,
    votes: BTreeMap<u64, u32>,
    catalog: &'a Catalog,
}

impl Script<'_> {
    /// Appends `body`; returns its event id (the script starts the channel, so ids are
    /// positions from 1).
    fn push(&mut self, body: EventBody) -> u64 {
        if self.live {
            self.at += 5_000 + self.rng.next() % 6_000;
        }
        self.out.push(ScriptedEvent {
            after_ms: self.at,
            body,
        });
        self.out.len() as u64
    }

    fn buyer(&self, k: usize) -> (&'static str, &'static str) {
        script::BUYERS[(self.first_buyer + k) % script::BUYERS.len()]
    }

    fn exhibitor_says(&mut self, p: &script::Phrase) {
        let (text, translations) = phrase(p, self.exhibitor_locale);
        self.push(EventBody::Message(ChatMessage {
            author: self.exhibitor.clone(),
            role: AuthorRole::Exhibitor,
            text,
            locale: self.exhibitor_locale.into(),
            translations,
        }));
    }

    fn step(&mut self, step: Step) {
        match step {
            Step::Say(n) => self.exhibitor_says(&script::EXHIBITOR_LINES[n]),
            Step::Buyer(k, n) => {
                let (name, locale) = self.buyer(k);
                let (text, translations) = phrase(&script::BUYER_LINES[self.lines[n]], locale);
                self.push(EventBody::Message(ChatMessage {
                    author: name.into(),
                    role: AuthorRole::Buyer,
                    text,
                    locale: locale.into(),
                    translations,
                }));
            }
            Step::Ask(k, n) => {
                let (name, locale) = self.buyer(k);
                let (text, translations) = phrase(&script::QUESTIONS[self.questions[n]].0, locale);
                let id = self.push(EventBody::Question(Question {
                    author: name.into(),
                    text,
                    locale: locale.into(),
                    translations,
                }));
                self.asked.push(id);
            }
            Step::Vote(n) => {
                let question_id = self.asked[n];
                let count = self.votes.entry(question_id).or_insert(0);
                *count += 1;
                let upvotes = *count;
                self.push(EventBody::Upvote {
                    question_id,
                    upvotes,
                });
            }
            Step::Answer(n) => {
                self.exhibitor_says(&script::QUESTIONS[self.questions[n]].1);
                let question_id = self.asked[n];
                self.push(EventBody::Answered { question_id });
            }
            Step::Pin(n) => {
                if let Some(p) = self.pins.get(n).and_then(|&id| pin_of(self.catalog, id)) {
                    self.push(EventBody::Pin(p));
                }
            }
            Step::Unpin(n) => {
                if let Some(&product_id) = self.pins.get(n) {
                    self.push(EventBody::Unpin { product_id });
                }
            }
        }
    }
}

/// The scripted conversation of booth `booth_id`: a few events of history, then the stream
/// going on (messages in several languages with translations, questions with upvotes and
/// answers, and pins of the booth's own products). Deterministic in `seed` and `booth_id`;
/// empty for a booth that is no supplier of `catalog`.
pub fn demo_script(catalog: &Catalog, booth_id: u32, seed: u64) -> Vec<ScriptedEvent> {
    let Some(supplier) = catalog.supplier(booth_id) else {
        return Vec::new();
    };
    let mut rng = Rng(seed ^ u64::from(booth_id).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let products: Vec<u32> = catalog.supplier_products(booth_id).map(|p| p.id).collect();
    let pins = rng
        .pick(products.len(), 3.min(products.len()))
        .into_iter()
        .map(|i| products[i])
        .collect();
    let questions = rng.pick(script::QUESTIONS.len(), 3);
    let lines = rng.pick(script::BUYER_LINES.len(), 5);
    let first_buyer = rng.below(script::BUYERS.len());
    let mut s = Script {
        rng,
        out: Vec::new(),
        at: 0,
        live: false,
        exhibitor: supplier.name.clone(),
        exhibitor_locale: if supplier.country == "CN" {
            "zh-CN"
        } else {
            "en"
        },
        first_buyer,
        lines,
        questions,
        pins,
        asked: Vec::new(),
        votes: BTreeMap::new(),
        catalog,
    };
    // History: what a buyer finds when joining.
    for step in [
        Step::Say(0),
        Step::Pin(0),
        Step::Buyer(0, 0),
        Step::Ask(1, 0),
        Step::Vote(0),
        Step::Buyer(2, 1),
    ] {
        s.step(step);
    }
    // The stream goes on.
    s.live = true;
    for step in [
        Step::Say(1),
        Step::Buyer(3, 2),
        Step::Ask(4, 1),
        Step::Vote(0),
        Step::Answer(0),
        Step::Vote(1),
        Step::Pin(1),
        Step::Buyer(5, 3),
        Step::Ask(0, 2),
        Step::Say(2),
        Step::Answer(1),
        Step::Vote(2),
        Step::Vote(2),
        Step::Say(3),
        Step::Unpin(0),
        Step::Buyer(1, 4),
        Step::Say(4),
        Step::Pin(2),
        Step::Answer(2),
    ] {
        s.step(step);
    }
    s.out
}

/// How far a channel has played its script: the event id each emitted step got (the script
/// interleaves with buyers' posts, so step positions and ids differ).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptProgress {
    pub emitted: Vec<u64>,
}

impl ScriptProgress {
    /// Whether every step was emitted.
    pub fn finished(&self, script: &[ScriptedEvent]) -> bool {
        self.emitted.len() >= script.len()
    }

    /// When the next step is due (milliseconds after the channel opened), if any is left.
    pub fn next_due(&self, script: &[ScriptedEvent]) -> Option<u64> {
        script.get(self.emitted.len()).map(|s| s.after_ms)
    }

    /// Emits the steps due `elapsed_ms` after the channel opened, in order: `assign` stores
    /// each body (question references already mapped to real ids) and returns its event id.
    pub fn emit_due(
        &mut self,
        script: &[ScriptedEvent],
        elapsed_ms: u64,
        mut assign: impl FnMut(EventBody) -> u64,
    ) {
        while let Some(step) = script.get(self.emitted.len()) {
            if step.after_ms > elapsed_ms {
                break;
            }
            let map = |q: u64| {
                let pos = q.saturating_sub(1) as usize;
                self.emitted.get(pos).copied().unwrap_or(q)
            };
            let body = match step.body.clone() {
                EventBody::Upvote {
                    question_id,
                    upvotes,
                } => EventBody::Upvote {
                    question_id: map(question_id),
                    upvotes,
                },
                EventBody::Answered { question_id } => EventBody::Answered {
                    question_id: map(question_id),
                },
                other => other,
            };
            let id = assign(body);
            self.emitted.push(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Timestamp;

    fn msg(id: u64, text: &str) -> ChatEvent {
        ChatEvent {
            id,
            booth_id: 1,
            at: Timestamp(1_700_000_000_000 + id as i64 * 1000).to_iso(),
            event: EventBody::Message(ChatMessage {
                author: "Anna".into(),
                role: AuthorRole::Buyer,
                text: text.into(),
                locale: "de".into(),
                translations: None,
            }),
        }
    }

    fn ev(id: u64, event: EventBody) -> ChatEvent {
        ChatEvent {
            id,
            booth_id: 1,
            at: Timestamp(1_700_000_000_000).to_iso(),
            event,
        }
    }

    fn question(text: &str) -> EventBody {
        EventBody::Question(Question {
            author: "Li".into(),
            text: text.into(),
            locale: "zh-CN".into(),
            translations: None,
        })
    }

    #[test]
    fn merging_overlapping_batches_keeps_each_id_once() {
        let mut log = ChatLog::new();
        let m = log.merge([msg(1, "a"), msg(2, "b")]);
        assert_eq!((m.added, m.duplicates, m.gap), (2, 0, false));
        // A replay after reconnecting overlaps what arrived live.
        let m = log.merge([msg(2, "b"), msg(3, "c"), msg(3, "c")]);
        assert_eq!((m.added, m.duplicates, m.new_messages), (1, 2, 1));
        let ids: Vec<u64> = log.messages().iter().map(|m| m.id).collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(log.resume_after(), 3);
    }

    #[test]
    fn a_hole_is_a_gap_and_resume_starts_before_it() {
        let mut log = ChatLog::from_events([msg(1, "a"), msg(2, "b")]);
        let m = log.merge([msg(5, "e")]);
        assert!(m.gap);
        assert_eq!(log.last_id(), 5);
        assert_eq!(log.resume_after(), 2, "resume from the last complete id");
        let m = log.merge([msg(3, "c"), msg(4, "d"), msg(5, "e")]);
        assert!(!m.gap);
        assert_eq!(m.added, 2);
        assert_eq!(log.resume_after(), 5);
        // Batches out of order still come out in id order.
        let ids: Vec<u64> = log.messages().iter().map(|m| m.id).collect();
        assert_eq!(ids, [1, 2, 3, 4, 5]);
    }

    #[test]
    fn questions_rank_by_votes_then_time() {
        let log = ChatLog::from_events([
            ev(1, question("first")),
            ev(2, question("second")),
            ev(3, question("third")),
            ev(
                4,
                EventBody::Upvote {
                    question_id: 3,
                    upvotes: 1,
                },
            ),
            ev(
                5,
                EventBody::Upvote {
                    question_id: 2,
                    upvotes: 1,
                },
            ),
            ev(6, EventBody::Answered { question_id: 2 }),
            ev(
                7,
                EventBody::Upvote {
                    question_id: 3,
                    upvotes: 2,
                },
            ),
        ]);
        let q = log.questions();
        let order: Vec<(&str, u32, bool)> = q
            .iter()
            .map(|q| (q.question.text.as_str(), q.upvotes, q.answered))
            .collect();
        assert_eq!(
            order,
            [
                ("third", 2, false),
                ("second", 1, true),
                ("first", 0, false)
            ]
        );
    }

    #[test]
    fn pins_show_latest_first_until_unpinned() {
        let c = Catalog::demo();
        let mut products = c.supplier_products(1).map(|p| p.id);
        let (a, b) = (products.next().unwrap(), products.next().unwrap());
        let log = ChatLog::from_events([
            ev(1, EventBody::Pin(pin_of(&c, a).unwrap())),
            ev(2, EventBody::Pin(pin_of(&c, b).unwrap())),
            ev(3, EventBody::Pin(pin_of(&c, a).unwrap())),
        ]);
        let ids: Vec<u32> = log.pinned().iter().map(|p| p.product_id).collect();
        assert_eq!(ids, [a, b]);
        let mut log = log;
        log.merge([ev(4, EventBody::Unpin { product_id: a })]);
        let ids: Vec<u32> = log.pinned().iter().map(|p| p.product_id).collect();
        assert_eq!(ids, [b]);
    }

    #[test]
    fn a_pin_carries_a_valid_smallest_order() {
        let c = Catalog::demo();
        for p in c.supplier_products(3).take(10) {
            let pin = pin_of(&c, p.id).unwrap();
            assert_eq!(pin.supplier_id, 3);
            assert_eq!(p.minimum_order.check(pin.min_quantity), QuantityCheck::Ok);
            assert_eq!(pin.unit_price.currency, p.currency);
            assert!(pin.unit_price.minor > 0);
        }
        assert!(pin_of(&c, 4_000_000_000).is_none());
    }

    #[test]
    fn translations_follow_the_reader() {
        let mut t = BTreeMap::new();
        t.insert("en".to_string(), "Good morning".to_string());
        t.insert("zh-CN".to_string(), "早上好".to_string());
        let m = ChatMessage {
            author: "Anna".into(),
            role: AuthorRole::Buyer,
            text: "Guten Morgen".into(),
            locale: "de".into(),
            translations: Some(t),
        };
        let en = m.shown("en");
        assert_eq!(
            (en.text, en.lang, en.translated),
            ("Good morning", "en", true)
        );
        assert_eq!(m.shown("zh").text, "早上好", "same language, other region");
        let de = m.shown("de");
        assert_eq!((de.text, de.translated), ("Guten Morgen", false));
        let fr = m.shown("fr");
        assert_eq!(
            (fr.text, fr.translated),
            ("Guten Morgen", false),
            "no French: original"
        );
    }

    #[test]
    fn posts_are_validated_field_by_field() {
        let ok = ChatPost {
            kind: PostKind::Message,
            author: "  Anna  ".into(),
            text: " Hallo ".into(),
            locale: "de".into(),
            client_id: "c-12345678".into(),
        };
        assert!(ok.validate().is_empty());
        assert_eq!(ok.normalized().text, "Hallo");
        let bad = ChatPost {
            author: " ".into(),
            text: "x".repeat(MAX_TEXT_CHARS + 1),
            locale: "de<script>".into(),
            client_id: "short".into(),
            ..ok.clone()
        };
        let codes: Vec<(String, String)> = bad
            .validate()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("author".to_string(), "required".to_string()),
                ("text".into(), "too_long".into()),
                ("locale".into(), "invalid_format".into()),
                ("client_id".into(), "invalid_format".into()),
            ]
        );
        // The limit counts characters, not bytes.
        let cjk = ChatPost {
            text: "好".repeat(MAX_TEXT_CHARS),
            ..ok.clone()
        };
        assert!(cjk.validate().is_empty());
        let control = ChatPost {
            text: "a\u{0007}b".into(),
            ..ok
        };
        assert_eq!(control.validate()[0].code, "invalid_format");
        let vote = |id: &str| {
            UpvoteRequest {
                client_id: id.into(),
            }
            .validate()
        };
        assert!(vote("c-12345678").is_empty());
        assert_eq!(vote("no spaces please")[0].field, "client_id");
    }

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        assert_eq!(reconnect_delay_ms(0, 0.0), 250);
        assert_eq!(reconnect_delay_ms(0, 0.999), 499);
        assert!(reconnect_delay_ms(3, 0.5) > reconnect_delay_ms(1, 0.5));
        assert!(reconnect_delay_ms(30, 0.999) <= 15_000);
        assert!(reconnect_delay_ms(30, 0.0) >= 7_500);
    }

    #[test]
    fn the_demo_script_is_deterministic_and_plausible() {
        let c = Catalog::demo();
        let a = demo_script(&c, 1, DEMO_CHAT_SEED);
        assert_eq!(a, demo_script(&c, 1, DEMO_CHAT_SEED));
        assert_ne!(a, demo_script(&c, 2, DEMO_CHAT_SEED));
        assert!(demo_script(&c, 4_000_000, DEMO_CHAT_SEED).is_empty());
        let history = a.iter().take_while(|s| s.after_ms == 0).count();
        assert!(history >= 5, "a joining buyer finds a conversation");
        assert!(a.windows(2).all(|w| w[0].after_ms <= w[1].after_ms));
        // Several languages, every one translated into the others.
        let mut langs = std::collections::BTreeSet::new();
        for s in &a {
            if let EventBody::Message(m) = &s.body {
                langs.insert(m.locale.clone());
                assert_eq!(m.translations.as_ref().unwrap().len(), 5);
            }
            if let EventBody::Pin(p) = &s.body {
                assert_eq!(p.supplier_id, 1, "pins are the booth's own products");
            }
        }
        assert!(langs.len() >= 3, "{langs:?}");
        // Played into a channel, the references resolve and the Q&A makes sense.
        let mut events = Vec::new();
        let mut progress = ScriptProgress::default();
        progress.emit_due(&a, u64::MAX, |body| {
            let id = events.len() as u64 + 1;
            events.push(ev(id, body));
            id
        });
        assert!(progress.finished(&a));
        let log = ChatLog::from_events(events);
        let q = log.questions();
        assert_eq!(q.len(), 3);
        assert!(q.iter().all(|q| q.answered));
        assert!(q.windows(2).all(|w| w[0].upvotes >= w[1].upvotes));
        assert!(!log.pinned().is_empty());
    }

    #[test]
    fn script_references_follow_ids_when_posts_interleave() {
        let c = Catalog::demo();
        let script = demo_script(&c, 1, DEMO_CHAT_SEED);
        let mut events: Vec<ChatEvent> = Vec::new();
        let mut progress = ScriptProgress::default();
        let push = |events: &mut Vec<ChatEvent>, body| {
            let id = events.len() as u64 + 1;
            events.push(ev(id, body));
            id
        };
        progress.emit_due(&script, 0, |b| push(&mut events, b));
        // A buyer posts between the history and the live part.
        push(&mut events, question("mine"));
        assert_eq!(
            progress.next_due(&script),
            Some(script[progress.emitted.len()].after_ms)
        );
        progress.emit_due(&script, u64::MAX, |b| push(&mut events, b));
        let log = ChatLog::from_events(events.clone());
        let asked: Vec<u64> = log
            .questions()
            .iter()
            .filter(|q| q.question.text != "mine")
            .map(|q| q.id)
            .collect();
        for e in &events {
            if let EventBody::Answered { question_id } = e.event {
                assert!(asked.contains(&question_id), "answers a scripted question");
            }
        }
        let mine = log
            .questions()
            .into_iter()
            .find(|q| q.question.text == "mine");
        assert_eq!(mine.map(|q| (q.upvotes, q.answered)), Some((0, false)));
    }

    #[test]
    fn events_have_a_stable_wire_form() {
        let e = ev(
            7,
            EventBody::Upvote {
                question_id: 3,
                upvotes: 2,
            },
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["event"]["type"], "upvote");
        assert_eq!(json["event"]["question_id"], 3);
        let back: ChatEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, e);
        let m = serde_json::to_value(msg(1, "x")).unwrap();
        assert_eq!(m["event"]["type"], "message");
        assert!(m["event"]["translations"].is_null());
    }
}
