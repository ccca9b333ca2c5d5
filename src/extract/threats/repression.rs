//! Arrests an analyst reads as part of a danger: people held for their politics or their work
//! ("police detained 40 opposition campaign agents", "the journalist was taken away by
//! intelligence agents"), which is the state acting against dissent; and suspects held for a
//! hostile act ("arrested on suspicion of photographing port facilities"). Arrests for an ordinary
//! crime, or with no charge named, are police work, not a threat.

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

/// How many tokens after a verb of arrest its charge may begin ("arrested a Serbian citizen at
/// the Merdare crossing on Saturday on suspicion of …").
const CHARGE_REACH_TOKENS: usize = 16;

/// How many tokens after the words that open a charge ("on suspicion of") its hostile act may
/// stand ("suspected of posting a video in which he threatened …").
const CHARGE_ACT_TOKENS: usize = 8;

/// An arrest for a hostile act at the verb `at`: a word of [`Words::ChargedArrestVerbs`], then in
/// its clause the words that open a charge ("on suspicion of", "accused of", "in connection
/// with"), then a word of [`Words::HostileCharges`] that no threat cue covers ("arrested a man on
/// suspicion of photographing police installations"); or such a word right before "charges"
/// ("detained on treason charges"). "Police arrested two men on suspicion of theft" and "were
/// arrested in raids" name no such act: police work. Returns the verb.
pub(super) fn arrest_on_charge(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ChargedArrestVerbs, text, at) {
        return None;
    }
    let ends_clause = |i: usize| {
        text.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct && !text.is_punct(i, ','))
            || LEXICON.word_in(Words::ChargeBreakers, text, i)
            || (LEXICON.is_speech_verb(text.key(i)) && !LEXICON.word_in(Words::ChargeLinks, text, i))
    };
    let clause_end = (at + 1..(at + 1 + CHARGE_REACH_TOKENS).min(sentence.end))
        .find(|&i| ends_clause(i))
        .unwrap_or_else(|| (at + 1 + CHARGE_REACH_TOKENS).min(sentence.end));
    // A charge that is itself a threat cue ("on suspicion of spying for Iran") is read as that
    // cue, under its own family, so that what is told of it next merges with it; the rule reads
    // the charges no cue names. A weak cue alone is no hostile act ("suspected of stealing copper
    // cable").
    let cue = |i: usize| LEXICON.cue_at(text, i).is_some();
    let charge_words = |from: usize, to: usize| {
        (from..to.min(sentence.end)).take_while(move |&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                || text.is_punct(i, ',')
                || text.is_quote_mark(i)
        })
    };
    let charged = (at + 1..clause_end).any(|link| {
        if !LEXICON.word_in(Words::ChargeLinks, text, link) {
            return false;
        }
        // "on treason charges": the act named right before the word.
        if link - 1 > at && LEXICON.word_in(Words::HostileCharges, text, link - 1) {
            return !cue(link - 1);
        }
        if !(text.is_word_ci(link + 1, "of") || text.is_word_ci(link + 1, "with")) {
            return false;
        }
        // The first word that names an act decides: a cue, or one of the list.
        charge_words(link + 2, link + 2 + CHARGE_ACT_TOKENS)
            .find(|&i| cue(i) || LEXICON.word_in(Words::HostileCharges, text, i))
            .is_some_and(|i| !cue(i))
    });
    charged.then_some(at..at + 1)
}
