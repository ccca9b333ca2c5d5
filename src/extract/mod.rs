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
//! - [`kind`]: the kind of an actor the analyst tags by hand ([`propose_actor_kind`]);
//! - [`selection`]: where the analyst's selection snaps to ([`snap_selection`]).
//!
//! Rules use general knowledge of English news (titles, capitals, speech verbs), never the names
//! of particular people. The pass is linear in the text's length and allocates per suggestion,
//! not per token.

pub mod actors;
pub mod facts;
pub mod headline;
pub mod kind;
pub mod lexicon;
pub mod quotes;
pub mod selection;
pub mod threats;
pub mod tokens;

use serde::Serialize;

pub use kind::propose_actor_kind;
pub use selection::{snap_selection, trim_name_edges};

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

/// Writes the suggestions as pretty-printed JSON and a final newline, the output of
/// `briefsmith suggest --json`, through a 64 KiB buffer. The pretty printer makes a small write for
/// every key, value and indent, and standard output (line-buffered) would pass each line on to the
/// system as a write of its own: about 250,000 of them for a 2 MB article. `out` need not be
/// buffered; it is flushed at the end.
pub fn write_json(suggestions: &Suggestions, out: impl std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, out);
    serde_json::to_writer_pretty(&mut out, suggestions)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Runs every rule over normalised article text (see [`crate::model::text::normalize`]). Any text
/// is accepted; offsets in the result are byte offsets into `text`, on character boundaries.
pub fn suggest(text: &str) -> Suggestions {
    let mut tokenized = tokens::tokenize(text);
    tokenized.set_word_info(|key| lexicon::LEXICON.word_info(key));
    let actor_table = actors::find_actors(&tokenized);
    let quote_spans = quotes::find_quote_spans(&tokenized);
    let quotes = quotes::attribute_quotes(&tokenized, &quote_spans, &actor_table);
    let spoken: Vec<threats::SpokenQuote<'_>> = quotes
        .iter()
        .filter_map(|quote| {
            let speaker = quote.speaker.as_deref()?;
            Some(threats::SpokenQuote { range: quote.start..quote.end, speaker })
        })
        .collect();
    let mut threats = threats::find_threats(&tokenized, &actor_table, &spoken);
    // Sentences in Chinese, Japanese or Korean, unless an English cue already found their threat.
    let cjk: Vec<SuggestedThreat> = threats::cjk::find_cjk_threats(&tokenized, &actor_table)
        .into_iter()
        .filter(|cjk| !threats.iter().any(|t| t.start < cjk.end && cjk.start < t.end))
        .collect();
    if !cjk.is_empty() {
        threats.extend(cjk);
        threats.sort_by_key(|t| t.start);
    }
    let dates = facts::find_dates(&tokenized);
    let figures = facts::find_figures(&tokenized, &dates);
    // A body named only as a named spokesperson's affiliation is suggested only when a quote or
    // a threat's summary names it (as the speaker, or as the summary's "who").
    let named: foldhash::HashSet<&str> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .chain(threats.iter().filter_map(|t| t.summary.split(" -> ").next()))
        .collect();
    let actors = actor_table
        .actors
        .into_iter()
        .filter(|actor| !actor.affiliation_only || named.contains(actor.name.as_str()))
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

#[cfg(test)]
mod json_tests {
    use super::*;

    /// Counts the writes that reach it, as the system would see them.
    struct CountingWriter {
        bytes: Vec<u8>,
        writes: usize,
    }

    impl std::io::Write for CountingWriter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.writes += 1;
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn json_goes_out_in_few_large_writes_and_reads_as_before() {
        let sample = include_str!("../../assets/sample-article.txt");
        let article = crate::model::text::normalize(&[sample; 12].join("\n\n"));
        let suggestions = suggest(&article);
        let mut out = CountingWriter { bytes: Vec::new(), writes: 0 };
        write_json(&suggestions, &mut out).unwrap();
        let expected = serde_json::to_string_pretty(&suggestions).unwrap() + "\n";
        assert_eq!(String::from_utf8(out.bytes).unwrap(), expected);
        assert!(expected.len() > 64 * 1024, "{} bytes", expected.len());
        assert!(out.writes <= expected.len() / (64 * 1024) + 2, "{} writes", out.writes);
    }
}
