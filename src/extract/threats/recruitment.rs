//! Recruitment for hostile work: a state, a service or a group that enlists people to spy, scout
//! or sabotage ("Moscow is recruiting what it calls 'low-level agents' through messaging apps",
//! "services seek to recruit young people for small, paid tasks"). The cue list holds the plain
//! phrases ("recruited agents"); this rule reads the words between the verb and what the recruits
//! are for, so "the army recruited 400 engineers" proposes nothing.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;

/// How many tokens after the verb what the recruits are for is looked for ("recruited through
/// Telegram or other messaging apps, often teenagers or migrants paid 100 euros per task").
const PURPOSE_REACH_TOKENS: usize = 24;

/// Hostile recruitment at the verb `at`: a word of [`Words::RecruitingVerbs`] and, within a few
/// words after it in the same clause, a word of [`Words::RecruitmentPurposes`] ("agents",
/// "sabotage", "tasks"). Commas and quotation marks may stand between ("recruiting so-called
/// "low-level agents"", "for small, paid tasks"); a semicolon, a colon or a word of
/// [`Words::ObjectClauseBreakers`] ("but", "while") ends the clause. "A task force" is no task.
/// Returns the verb through the purpose.
pub(super) fn hostile_recruitment(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::RecruitingVerbs, text, at) {
        return None;
    }
    let purpose = (at + 1..(at + 1 + PURPOSE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            !text.is_punct(i, ';')
                && !text.is_punct(i, ':')
                && !LEXICON.word_in(Words::ObjectClauseBreakers, text, i)
        })
        .find(|&i| {
            LEXICON.word_in(Words::RecruitmentPurposes, text, i) && !text.is_word_ci(i + 1, "force")
        })?;
    Some(at..purpose + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::rule_passage;

    fn recruitment_in(text: &str) -> Option<String> {
        rule_passage(hostile_recruitment, text)
    }

    #[test]
    fn recruits_enlisted_to_spy_scout_or_sabotage_are_a_recruitment() {
        assert_eq!(
            recruitment_in("Kessa is recruiting what it calls \"helpers\" online to act as agents.")
                .as_deref(),
            Some("recruiting what it calls \"helpers\" online to act as agents")
        );
        assert_eq!(
            recruitment_in("Vellish services seek to recruit students and migrants for small, paid tasks.")
                .as_deref(),
            Some("recruit students and migrants for small, paid tasks")
        );
        assert_eq!(
            recruitment_in("The cell recruited two teenagers to carry out acts of sabotage.").as_deref(),
            Some("recruited two teenagers to carry out acts of sabotage")
        );
    }

    #[test]
    fn recruits_found_by_a_service_or_through_messaging_apps_are_a_recruitment() {
        assert_eq!(
            recruitment_in("The men were recruited by Vell's military intelligence last year.").as_deref(),
            Some("recruited by Vell's military intelligence")
        );
        assert_eq!(
            recruitment_in("The youths were recruited in May through a Telegram channel.").as_deref(),
            Some("recruited in May through a Telegram")
        );
        assert_eq!(
            recruitment_in("She recruited two others through friends and messaging apps.").as_deref(),
            Some("recruited two others through friends and messaging")
        );
    }

    #[test]
    fn recruits_for_ordinary_work_or_a_later_clause_are_none() {
        assert_eq!(recruitment_in("The army recruited 400 engineers last year."), None);
        assert_eq!(recruitment_in("The police recruited officers for a new task force."), None);
        // What the recruits are for must stand in the verb's clause.
        assert_eq!(recruitment_in("The firm recruited staff abroad, but agents were not involved."), None);
        assert_eq!(recruitment_in("The club recruited a coach; saboteurs cut the pitch lights."), None);
    }
}
