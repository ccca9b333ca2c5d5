//! The threat rules about places: homes, markets or places of worship set on fire, and towns,
//! roads or bases taken by force. Each finds the passage that is the threat, from its verb to the
//! place.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many tokens after a verb of burning the place burned may stand ("torched the grain store and
/// two villages").
const ARSON_REACH_TOKENS: usize = 6;

/// How many tokens on each side of "deliberately" the verb and the fire may stand ("blazes were set
/// deliberately", "had deliberately started three fires").
const IGNITION_REACH_TOKENS: usize = 3;

/// How many tokens after a verb of capture the place taken may stand ("seized the two main roads").
const SEIZED_PLACE_REACH_TOKENS: usize = 4;

/// Homes, markets or places of worship set on fire ("burnt the huts", "torched
/// three villages"): a verb of burning, then within a few words with no punctuation between a word
/// for the places people live, trade or pray. The range runs from the verb to that word.
pub(super) fn arson(text: &TokenizedText<'_>, sentence: Range<usize>, verb: usize) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::BurningVerbs, text, verb) {
        return None;
    }
    let is_punct = |i: usize| text.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct);
    (verb + 1..(verb + 1 + ARSON_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| !is_punct(i))
        .find(|&i| LEXICON.word_in(Words::DwellingNouns, text, i))
        .map(|place| verb..place + 1)
}

/// Fires set on purpose ("nine of the blazes were set deliberately", "someone deliberately lit
/// the fires"): a word of intent ([`Words::IntentAdverbs`]) with, a few words on either side and no
/// punctuation between, a verb that starts a fire ([`Words::IgnitionVerbs`]) and, on either side
/// of that, a word for a fire ([`Words::FireNouns`]). The range runs over the three words.
pub(super) fn fires_set(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    adverb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::IntentAdverbs, text, adverb) {
        return None;
    }
    let is_punct = |i: usize| text.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct);
    let around = |at: usize| {
        let before = (at.saturating_sub(IGNITION_REACH_TOKENS).max(sentence.start)..at)
            .rev()
            .take_while(|&i| !is_punct(i));
        let after =
            (at + 1..(at + 1 + IGNITION_REACH_TOKENS).min(sentence.end)).take_while(|&i| !is_punct(i));
        before.chain(after).collect::<Vec<usize>>()
    };
    let verb = around(adverb).into_iter().find(|&i| LEXICON.word_in(Words::IgnitionVerbs, text, i))?;
    let fire = around(verb).into_iter().find(|&i| LEXICON.word_in(Words::FireNouns, text, i))?;
    Some(adverb.min(verb).min(fire)..adverb.max(verb).max(fire) + 1)
}

/// Towns, roads or bases taken by force ("seized two roads into the capital", "overran the army
/// base", "captured three villages"): a verb of capture, then within a few words, with no
/// punctuation or preposition between, a word for a place held or crossed. A preposition first
/// ("seized at the port", "captured the imagination of the city") is no place taken. The range runs
/// from the verb to that word.
pub(super) fn place_seized(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::CapturingVerbs, text, verb) {
        return None;
    }
    let breaks = |i: usize| {
        text.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct)
            || LEXICON.word_in(Words::ObjectPrepositions, text, i)
    };
    (verb + 1..(verb + 1 + SEIZED_PLACE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| !breaks(i))
        .find(|&i| LEXICON.word_in(Words::HeldPlaces, text, i))
        .map(|place| verb..place + 1)
}
