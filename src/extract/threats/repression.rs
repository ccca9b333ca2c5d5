//! Repression: people held for their politics or their work ("police detained 40 opposition
//! campaign agents", "the journalist was taken away by intelligence agents"). Arrests of suspects
//! for a crime are police work, not a threat; arrests of opponents, reporters and protesters are
//! the state acting against dissent, which an analyst reads as coercion.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many tokens on each side of an arrest verb the people held are looked for ("at least 40 of
/// the party's campaign agents had been detained", "arrested and beat dozens of opposition
/// supporters").
const DISSENT_REACH_TOKENS: usize = 8;

/// An arrest of people named by their dissent at the verb `at`: a word of [`Words::DetainingVerbs`]
/// (with its particle: "rounded up", "taken away") and, within a few words on either side and no
/// stop between, a word of [`Words::DissentNouns`] ("opposition", "journalists", "protesters").
/// "Police arrested two men suspected of theft" names none. Returns the verb with its particle.
pub(super) fn political_detention(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::DetainingVerbs, text, at) {
        return None;
    }
    // "rounded up", "taken away", "picked up": the verbs that need their particle have it.
    let particle = text.is_word_ci(at + 1, "up") || text.is_word_ci(at + 1, "away");
    if LEXICON.word_in(Words::ParticleDetainingVerbs, text, at) && !particle {
        return None;
    }
    let end = at + 1 + usize::from(particle);
    let stop = |i: usize| {
        text.tokens
            .get(i)
            .is_none_or(|t| t.kind == TokenKind::Punct && !text.is_punct(i, ',') && !text.is_punct(i, '\''))
    };
    let before =
        (at.saturating_sub(DISSENT_REACH_TOKENS).max(sentence.start)..at).rev().take_while(|&i| !stop(i));
    let after = (end..(end + DISSENT_REACH_TOKENS).min(sentence.end)).take_while(|&i| !stop(i));
    // "told reporters that 20 soldiers had been arrested": the audience of a verb of speech is
    // nobody arrested.
    let audience = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|before| LEXICON.is_speech_verb(text.key(before)) || text.is_word_ci(before, "to"))
    };
    let mut near = before.chain(after);
    near.any(|i| LEXICON.word_in(Words::DissentNouns, text, i) && !audience(i)).then_some(at..end)
}
