//! Suggestions for a first pass over an English news article: actors (with aliases merged),
//! quotes with their speakers, threats, key figures and dates. Pure, deterministic and
//! explainable: every suggestion carries its byte span(s) into the normalised text and the name of
//! the rule that produced it.
//!
//! The pipeline, one module per step:
//!
//! - [`tokens`]: one pass of a hand-written tokenizer (words, numbers, possessives, punctuation,
//!   with sentences and paragraphs); every later rule works on these tokens;
//! - [`lexicon`]: the data files in `assets/lexicon/` (gazetteers, titles, speech verbs, threat
//!   cues, word lists), parsed once;
//! - [`actors`]: people, states, organisations, armed forces and groups, aliases merged;
//! - [`quotes`]: quotation marks paired into quotes, each attributed to a speaker;
//! - [`threats`]: sentences or clauses that state a danger, with category and severity;
//! - [`facts`]: key figures and dates;
//! - [`kind`]: the kind of an actor the analyst tags by hand ([`propose_actor_kind`]).
//!
//! Rules use general knowledge of English news (titles, capitals, speech verbs), never the names
//! of particular people. The pass is linear in the text's length and allocates per suggestion,
//! not per token.

pub mod actors;
pub mod facts;
pub mod kind;
pub mod lexicon;
pub mod quotes;
pub mod threats;
pub mod tokens;

use serde::Serialize;

pub use kind::propose_actor_kind;

use crate::model::{ActorKind, ByteRange, Severity, ThreatCategory};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedActor {
    /// The canonical name ("North Korea", "Joe Biden").
    pub name: String,
    pub kind: ActorKind,
    /// Every surface form seen, the name included.
    pub aliases: Vec<String>,
    /// Byte ranges into the normalised text (serialized as `{start, end}`).
    pub mentions: Vec<ByteRange>,
    /// Why: the rule that found it.
    pub rule: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedQuote {
    /// The words inside the quotation marks.
    pub text: String,
    /// The speaker's canonical name, when found.
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    pub rule: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedThreat {
    pub summary: String,
    pub category: ThreatCategory,
    pub severity: Severity,
    /// The exact passage, `text[start..end]`.
    pub evidence: String,
    pub start: usize,
    pub end: usize,
    /// The word or phrase that triggered it.
    pub cue: String,
    pub rule: String,
}

/// A key figure ("12,000 soldiers") or a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedFact {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub rule: String,
    /// The sentence it stands in (bytes, without a leading dateline): what a key point quotes.
    pub sentence_start: usize,
    pub sentence_end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Suggestions {
    pub actors: Vec<SuggestedActor>,
    pub quotes: Vec<SuggestedQuote>,
    pub threats: Vec<SuggestedThreat>,
    pub figures: Vec<SuggestedFact>,
    pub dates: Vec<SuggestedFact>,
}

/// Runs every rule over normalised article text (see [`crate::model::text::normalize`]). Any text
/// is accepted; offsets in the result are byte offsets into `text`, on character boundaries.
pub fn suggest(text: &str) -> Suggestions {
    let mut tokenized = tokens::tokenize(text);
    tokenized.set_word_classes(|key| lexicon::LEXICON.classify(key));
    let actor_table = actors::find_actors(&tokenized);
    let quote_spans = quotes::find_quote_spans(&tokenized);
    let quotes = quotes::attribute_quotes(&tokenized, &quote_spans, &actor_table);
    let threats = threats::find_threats(&tokenized, &actor_table);
    let dates = facts::find_dates(&tokenized);
    let figures = facts::find_figures(&tokenized, &dates);
    let actors = actor_table
        .actors
        .into_iter()
        .map(|actor| SuggestedActor {
            name: actor.name,
            kind: actor.kind,
            aliases: actor.aliases,
            mentions: actor.mentions,
            rule: actor.rule.to_owned(),
        })
        .collect();
    Suggestions { actors, quotes, threats, figures, dates }
}
