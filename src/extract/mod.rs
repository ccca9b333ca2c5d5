//! Suggestions for a first pass over an English news article: actors (with aliases merged),
//! quotes with their speakers, threats, key figures and dates. Pure, deterministic and
//! explainable: every suggestion carries its byte span(s) into the normalised text and the name of
//! the rule that produced it.

use serde::Serialize;

use crate::model::{ActorKind, Severity, ThreatCategory};

/// A byte range into the article's normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedActor {
    /// The canonical name ("North Korea", "Joe Biden").
    pub name: String,
    pub kind: ActorKind,
    /// Every surface form seen, the name included.
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Suggestions {
    pub actors: Vec<SuggestedActor>,
    pub quotes: Vec<SuggestedQuote>,
    pub threats: Vec<SuggestedThreat>,
    pub figures: Vec<SuggestedFact>,
    pub dates: Vec<SuggestedFact>,
}

/// Runs every rule over normalised article text.
pub fn suggest(_text: &str) -> Suggestions {
    // The engine arrives with the suggestions issue; until then there is nothing to suggest.
    Suggestions::default()
}
