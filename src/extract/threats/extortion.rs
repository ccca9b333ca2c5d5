//! Extortion: a demand for a ransom or a levy, and a threat to publish stolen files unless paid
//! ("A ransom note demanded payment in cryptocurrency within 72 hours", "the gang demanded a levy
//! of 15 million naira", "it would publish the files within 72 hours unless the hospital paid").
//! The demand is a threat of its own beside the attack or the abduction it follows: the analyst
//! reads the deadline and what is at stake.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;

/// How many tokens after the verb the payment or the files are looked for ("demanded US$2 million
/// in bitcoin", "publish what it says are 1.4 terabytes of stolen data").
const OBJECT_REACH_TOKENS: usize = 10;

/// How many tokens after the files the condition or the deadline may stand ("publish the files on
/// its leak site within 72 hours unless the hospital pays").
const CONDITION_REACH_TOKENS: usize = 16;

/// The first token after `at`, within reach and before a comma, a full stop, a semicolon, a colon
/// or a word that opens another clause, whose word is in `list`.
fn object_in(text: &TokenizedText<'_>, sentence: &Range<usize>, at: usize, list: Words) -> Option<usize> {
    (at + 1..(at + 1 + OBJECT_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            ![',', '.', ';', ':'].iter().any(|&mark| text.is_punct(i, mark))
                && !LEXICON.word_in(Words::ObjectClauseBreakers, text, i)
        })
        .find(|&i| LEXICON.word_in(list, text, i))
}

/// A demand for a ransom at the verb `at`: a word of [`Words::DemandingVerbs`] and, within a few
/// words after it in the same clause, a word of [`Words::ExtortionPayments`] ("a ransom", "a
/// levy", "bitcoin"). "Demanded an apology" or "demanded $5 million in damages" asks for no
/// ransom. Returns the verb through the payment.
pub(super) fn ransom_demand(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::DemandingVerbs, text, at) {
        return None;
    }
    object_in(text, &sentence, at, Words::ExtortionPayments).map(|payment| at..payment + 1)
}

/// A threat to publish stolen files at the verb `at`: a word of [`Words::PublishingVerbs`], a word
/// of [`Words::DataNouns`] a few words after it in the same clause, and a few words after that a
/// word of [`Words::LeakConditions`] ("unless", "within"): the files go out if nobody pays. "The
/// group published the files on Monday" tells a leak done, which the theft's own rule reads.
/// Returns the verb through the files.
pub(super) fn leak_threatened(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::PublishingVerbs, text, at) {
        return None;
    }
    let files = object_in(text, &sentence, at, Words::DataNouns)?;
    // Within reach, so that a megabyte-long sentence stays linear.
    (files + 1..(files + 1 + CONDITION_REACH_TOKENS).min(sentence.end))
        .any(|i| LEXICON.word_in(Words::LeakConditions, text, i))
        .then_some(at..files + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::rule_passage as found;

    #[test]
    fn a_demand_for_a_ransom_or_a_levy_is_extortion() {
        assert_eq!(
            found(
                ransom_demand,
                "A note left on the servers demanded payment in cryptocurrency within 72 hours."
            )
            .as_deref(),
            Some("demanded payment in cryptocurrency")
        );
        assert_eq!(
            found(ransom_demand, "The gang wrote to the village demanding a levy of 15 million naira.")
                .as_deref(),
            Some("demanding a levy")
        );
        // A demand for anything else, or a payment past the clause, is none.
        assert_eq!(found(ransom_demand, "Protesters demanded an apology from the mayor."), None);
        assert_eq!(found(ransom_demand, "The firm demanded $5 million in damages in court."), None);
        assert_eq!(found(ransom_demand, "Vell demanded talks, but no ransom was mentioned."), None);
    }

    #[test]
    fn files_to_be_published_unless_paid_are_extortion() {
        assert_eq!(
            found(leak_threatened, "The group said it would publish the files within 72 hours unless paid.")
                .as_deref(),
            Some("publish the files")
        );
        assert_eq!(
            found(leak_threatened, "It is threatening to leak what it says are 2 terabytes of stolen data unless a ransom is paid.")
                .as_deref(),
            Some("leak what it says are 2 terabytes of stolen data")
        );
        // Files already out, or no files, are no threat of this kind.
        assert_eq!(found(leak_threatened, "The group published the files on Monday."), None);
        assert_eq!(
            found(leak_threatened, "The ministry will publish its report unless the vote is delayed."),
            None
        );
    }
}
