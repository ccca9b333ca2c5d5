//! A harm judged likely ("meaning an attack is likely", "a further strike was considered highly
//! likely", "an invasion remains probable"): an assessment of a danger in the words of estimative
//! language, whoever makes it and whether or not anyone is named as the attacker.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;

/// How many words of degree may stand between the verb and the judgement ("is now highly likely").
const DEGREE_TOKENS: usize = 2;

/// A harm judged likely at the adjective `at`: a word of [`Words::LikelihoodWords`], before it at
/// most a couple of words of [`Words::LikelihoodDegrees`], a verb of [`Words::LikelihoodCopulas`],
/// and right before that a noun of [`Words::LikelyHarms`] that no word of
/// [`Words::FigurativeWarModifiers`] makes a contest of commerce ("a trade war"). "Unlikely" is no
/// word of the list.
/// Returns the noun through the adjective.
pub(super) fn harm_judged_likely(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::LikelihoodWords, text, at) {
        return None;
    }
    let mut copula = at.checked_sub(1)?;
    while at - copula <= DEGREE_TOKENS && LEXICON.word_in(Words::LikelihoodDegrees, text, copula) {
        copula = copula.checked_sub(1)?;
    }
    if !LEXICON.word_in(Words::LikelihoodCopulas, text, copula) {
        return None;
    }
    let harm = copula.checked_sub(1).filter(|&i| i >= sentence.start)?;
    // "a trade war was likely", "a charm offensive is expected": a contest of commerce or opinion.
    let figurative =
        harm.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::FigurativeWarModifiers, text, i));
    (LEXICON.word_in(Words::LikelyHarms, text, harm) && !figurative).then_some(harm..at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::{rule_passage, threats};

    fn judged_in(text: &str) -> Option<String> {
        rule_passage(harm_judged_likely, text)
    }

    #[test]
    fn a_harm_judged_likely_is_an_assessment_of_a_danger() {
        assert_eq!(
            judged_in("The threat level is substantial, meaning an attack is likely.").as_deref(),
            Some("attack is likely")
        );
        assert_eq!(
            judged_in("Officials said a further strike was now highly likely.").as_deref(),
            Some("strike was now highly likely")
        );
        assert_eq!(
            judged_in("An invasion remains probable, the report said.").as_deref(),
            Some("invasion remains probable")
        );
        assert_eq!(threats("The threat level is substantial, meaning an attack is likely.").len(), 1);
    }

    #[test]
    fn a_harm_judged_unlikely_or_a_likely_thing_of_another_kind_is_none() {
        assert_eq!(judged_in("An attack is unlikely, officials said."), None);
        assert_eq!(judged_in("A deal is likely by Friday."), None);
        assert_eq!(judged_in("Economists said a trade war was likely."), None);
        assert_eq!(
            judged_in("The attack is likely to be claimed by the group."),
            Some("attack is likely".to_owned())
        );
        assert!(threats("A deal is likely by Friday.").is_empty());
    }
}
