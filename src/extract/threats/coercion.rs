//! Coercion by cutting what a place lives on: a state that closes its crossings or airspace, cuts
//! the power, fuel or internet of a town, halts shipments or bans imports ("Kessa closed all of its
//! land crossings with Vell", "cut electricity and internet supplies to rebel-held towns", "a ban
//! on Vellish seafood imports"). The cue is weak: only a state or group acting in the clause makes
//! it a threat, so "the storm cut power to 20,000 homes" proposes nothing.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many tokens after the verb the thing cut or closed is looked for ("closed all of its land
/// crossings", "cut electricity and internet supplies").
const SUPPLY_REACH_TOKENS: usize = 6;

/// A supply cut or a crossing closed at the verb `at`: a word of [`Words::CuttingVerbs`] and,
/// within a few words after it with no punctuation between, a word of [`Words::CutSupplies`].
/// Returns the verb through the supply.
pub(super) fn supply_cut(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::CuttingVerbs, text, at) {
        return None;
    }
    let supply = (at + 1..(at + 1 + SUPPLY_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct || text.is_punct(i, '\''))
        })
        .find(|&i| LEXICON.word_in(Words::CutSupplies, text, i))?;
    // "the cutting of the main gas pipelines": a line cut is damage, which its own rule reads.
    let line = LEXICON.word_in(Words::InfrastructureNouns, text, supply + 1)
        || LEXICON.word_in(Words::InfrastructureNouns, text, supply + 2);
    (!line).then_some(at..supply + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::rule_passage;

    fn cut_in(text: &str) -> Option<String> {
        rule_passage(supply_cut, text)
    }

    #[test]
    fn a_verb_of_cutting_or_closing_before_a_supply_or_crossing_is_a_cut() {
        assert_eq!(
            cut_in("Kessa closed all of its land crossings with Vell.").as_deref(),
            Some("closed all of its land crossings")
        );
        assert_eq!(
            cut_in("Ostland cut electricity and internet supplies to rebel-held towns.").as_deref(),
            Some("cut electricity")
        );
        assert_eq!(
            cut_in("Kessa reimposed a ban on Vellish seafood imports.").as_deref(),
            Some("ban on Vellish seafood imports")
        );
        // Too far, or past a comma, is no object of the verb.
        assert_eq!(cut_in("Kessa closed the old museum, and its fuel depot burned."), None);
        assert_eq!(cut_in("The talks were suspended."), None);
    }
}
