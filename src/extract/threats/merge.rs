//! When one threat is stated more than once, which statement becomes its evidence: the most
//! informative one (naming who acts, against whom, with what and how many), not merely the first.
//! "The attack was condemned." says less than "Ruritanian hackers attacked the grid of Elbonia on
//! Friday, cutting power to 20,000 homes."

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::SuggestedThreat;

/// How many tokens before a cue a determiner makes it a noun phrase naming the event ("the attack",
/// "the Ruritanian genocide", "the 2019 attacks").
const DETERMINER_REACH: usize = 3;

/// What a statement of a threat says beyond its cue.
pub(super) struct Statement {
    /// The acting state or group is named before the cue in its clause ("Ruritania fired").
    pub actor_before: bool,
    /// Whom it is aimed at is named.
    pub target: bool,
    /// The cue has an object beside it ("test-fired an Iskander missile").
    pub object: bool,
    /// A count stands in the clause ("two missiles", "300 people").
    pub counted: bool,
    /// The cue is named in a noun phrase ("the attack", "the Ruritanian genocide"): a mention of
    /// the event rather than a statement of it.
    pub refers_back: bool,
}

/// How informative a statement is: the actor and the target weigh most, then an object or a
/// count.
pub(super) fn informativeness(statement: &Statement) -> i32 {
    2 * i32::from(statement.actor_before)
        + 2 * i32::from(statement.target)
        + i32::from(statement.object)
        + i32::from(statement.counted)
}

/// Whether a determiner stands a few tokens before the cue, with no punctuation between: the cue
/// is named in a noun phrase ("the attack on the compound", "the Ruritanian genocide").
pub(super) fn named_with_determiner(text: &TokenizedText<'_>, clause_start: usize, cue: usize) -> bool {
    (cue.saturating_sub(DETERMINER_REACH).max(clause_start)..cue)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .any(|i| LEXICON.word_in(Words::AnaphoricWords, text, i))
}

/// Keeps the more informative of two statements of one threat as its evidence (on a tie, the
/// earlier one). Only a statement by a cue of the same family can stand in: a follow-up sentence
/// about something else ("…, and the rebels' offensive went on") elaborates, it does not restate.
/// A later mention of the event by name ("the attack", "the Ruritanian genocide") is no statement
/// of it and never stands in (the first mention may name it: that is how the article introduces
/// it). The category stays; the severity is the higher.
pub(super) fn keep_more_informative(
    kept: &mut (SuggestedThreat, i32),
    candidate: SuggestedThreat,
    statement: &Statement,
) {
    let (threat, score) = kept;
    let other = candidate;
    if other.rule != threat.rule {
        return;
    }
    threat.severity = threat.severity.max(other.severity);
    let other_score = informativeness(statement);
    if !statement.refers_back && other_score > *score {
        threat.summary = other.summary;
        threat.evidence = other.evidence;
        threat.start = other.start;
        threat.end = other.end;
        threat.cue = other.cue;
        *score = other_score;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::tokens::tokenize;

    fn statement(actor_before: bool, target: bool, refers_back: bool) -> Statement {
        Statement { actor_before, target, object: false, counted: false, refers_back }
    }

    #[test]
    fn actor_and_target_outweigh_a_mention_by_name() {
        let full = informativeness(&statement(true, true, false));
        let actor_only = informativeness(&statement(true, false, false));
        let bare = informativeness(&statement(false, false, false));
        assert!(full > actor_only && actor_only > bare, "{full} {actor_only} {bare}");
    }

    fn threat(evidence: &str, rule: &str) -> SuggestedThreat {
        SuggestedThreat {
            summary: evidence.to_owned(),
            category: crate::model::ThreatCategory::ArmedAttack,
            severity: crate::model::Severity::Moderate,
            evidence: evidence.to_owned(),
            start: 0,
            end: evidence.len(),
            cue: String::new(),
            rule: rule.to_owned(),
        }
    }

    #[test]
    fn a_more_informative_restatement_of_the_same_family_becomes_the_evidence() {
        let mut kept = (threat("The attack was condemned.", "threat:cue:attack"), 0);
        let named = statement(true, true, true);
        keep_more_informative(
            &mut kept,
            threat("the attack by Ruritania on Elbonia", "threat:cue:attack"),
            &named,
        );
        assert_eq!(kept.0.evidence, "The attack was condemned.");
        let other_family = statement(true, true, false);
        keep_more_informative(
            &mut kept,
            threat("Ruritania fired rockets at Elbonia.", "threat:cue:bombing"),
            &other_family,
        );
        assert_eq!(kept.0.evidence, "The attack was condemned.");
        keep_more_informative(
            &mut kept,
            threat("Ruritania attacked Elbonia.", "threat:cue:attack"),
            &other_family,
        );
        assert_eq!(kept.0.evidence, "Ruritania attacked Elbonia.");
    }

    #[test]
    fn a_determiner_before_the_cue_names_the_event() {
        let text = tokenize("They condemned the Ruritanian attack, and rebels attack again.");
        let cue = |n: usize| (0..text.tokens.len()).filter(|&i| text.token_text(i) == "attack").nth(n);
        assert!(cue(0).is_some_and(|i| named_with_determiner(&text, 0, i)));
        assert!(cue(1).is_some_and(|i| !named_with_determiner(&text, 0, i)));
    }
}
