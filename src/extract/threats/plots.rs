//! Attacks planned, told by a verb of planning and the act itself ("planned to attack a mosque",
//! "was preparing to bomb the parade", "conspired to kill a judge") or the attack's noun
//! ("preparing a knife and vehicle attack"). The cue list holds some of these as phrases
//! ("plotting to attack"); this rule reads any verb of planning with any verb of violence, so every
//! form of one is found with every form of the other.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;

/// A planned attack at the verb `at`: a word of [`Words::PlanningVerbs`], "to", and a verb of
/// [`Words::ViolentInfinitives`] right after it ("planned to attack", "intended to kill"), or the
/// attack named by its noun ([`attack_noun_planned`]). "Blow" counts only before "up" and "set"
/// only before "fire"; anyone's plan ([`anyone_who_before`]) is none. Returns the planning verb
/// through the act (and its "up" or "fire").
pub(super) fn planned_attack(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::PlanningVerbs, text, at) || anyone_who_before(text, sentence.start, at) {
        return None;
    }
    if !text.is_word_ci(at + 1, "to") {
        return attack_noun_planned(text, sentence, at);
    }
    let act = at + 2;
    if act >= sentence.end || !LEXICON.word_in(Words::ViolentInfinitives, text, act) {
        return None;
    }
    let completed =
        |word: &str, particle: &str| text.is_word_ci(act, word).then(|| text.is_word_ci(act + 1, particle));
    let end = match (completed("blow", "up"), completed("set", "fire")) {
        (Some(false), _) | (_, Some(false)) => return None,
        (Some(true), _) | (_, Some(true)) => act + 2,
        _ => act + 1,
    };
    (end <= sentence.end).then_some(at..end)
}

/// How many words may describe the attack between the article and its noun ("preparing a knife
/// and vehicle attack").
const ATTACK_DESCRIPTION_TOKENS: usize = 4;

/// "preparing a knife and vehicle attack", "planned a mass shooting": after the verb of planning at
/// `at`, "a", "an" or "the", then within a few plain words a noun of [`Words::PlannedAttackNouns`].
/// Returns the verb through the noun.
fn attack_noun_planned(text: &TokenizedText<'_>, sentence: Range<usize>, at: usize) -> Option<Range<usize>> {
    if !["a", "an", "the"].iter().any(|w| text.is_word_ci(at + 1, w)) {
        return None;
    }
    (at + 2..(at + 2 + ATTACK_DESCRIPTION_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i) || text.is_punct(i, '-'))
        .find(|&i| LEXICON.word_in(Words::PlannedAttackNouns, text, i))
        .map(|noun| at..noun + 1)
}

/// How many tokens before the verb of planning a generic subject is looked for ("those who come
/// here seeking protection and then plan to kill").
const GENERIC_SUBJECT_REACH: usize = 10;

/// Whether the plan at `at` is anyone's: "whoever", or "who" after "those", "people" or a word of
/// [`Words::UniversalSubjects`] ("anyone who plans to attack"), a few words before it in the
/// sentence. Such a plan is a case considered, not an attack planned.
fn anyone_who_before(text: &TokenizedText<'_>, sentence_start: usize, at: usize) -> bool {
    (at.saturating_sub(GENERIC_SUBJECT_REACH).max(sentence_start)..at).any(|i| {
        text.is_word_ci(i, "whoever")
            || text.is_word_ci(i, "who")
                && i.checked_sub(1).is_some_and(|before| {
                    text.is_word_ci(before, "those")
                        || text.is_word_ci(before, "people")
                        || LEXICON.word_in(Words::UniversalSubjects, text, before)
                })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::{rule_passage, threats};

    fn plot_in(text: &str) -> Option<String> {
        rule_passage(planned_attack, text)
    }

    #[test]
    fn a_verb_of_planning_before_a_verb_of_violence_is_a_planned_attack() {
        assert_eq!(
            plot_in("Prosecutors said he planned to attack a chapel during evening prayers.").as_deref(),
            Some("planned to attack")
        );
        assert_eq!(
            plot_in("The pair had been preparing to bomb the parade, the court heard.").as_deref(),
            Some("preparing to bomb")
        );
        assert_eq!(plot_in("She intended to kill a judge in Vell.").as_deref(), Some("intended to kill"));
        assert_eq!(
            plot_in("The men conspired to blow up a rail bridge.").as_deref(),
            Some("conspired to blow up")
        );
        assert_eq!(
            plot_in("He was planning to set fire to a warehouse.").as_deref(),
            Some("planning to set fire")
        );
        // The attack named by its noun, with what it is described by.
        assert_eq!(
            plot_in("He denied preparing a knife and vehicle attack on the parade.").as_deref(),
            Some("preparing a knife and vehicle attack")
        );
        assert_eq!(
            plot_in("They had planned a mass shooting at the fair.").as_deref(),
            Some("planned a mass shooting")
        );
    }

    #[test]
    fn plans_of_another_kind_are_no_planned_attack() {
        assert_eq!(plot_in("The ministry plans to build a new bridge."), None);
        assert_eq!(plot_in("They planned to blow the budget on parades."), None);
        assert_eq!(plot_in("The club plans to set records this season."), None);
        assert_eq!(plot_in("The army prepared a counter-offensive plan for the spring."), None);
        assert_eq!(plot_in("They planned a march and a vigil for the victims of the attack."), None);
        // The act must follow "to" directly: no plan of violence is told here.
        assert_eq!(plot_in("He planned to visit the site before any attack."), None);
        // Anyone's plan is a case considered.
        assert_eq!(plot_in("Those who come here and then plan to kill people lose that right."), None);
        assert_eq!(plot_in("Whoever plans to attack the fair will be caught."), None);
    }

    #[test]
    fn a_planned_attack_is_a_threat_with_no_one_named() {
        let found = threats("Prosecutors said he planned to attack a chapel during evening prayers.");
        assert_eq!(found.len(), 1);
        assert!(found[0].evidence.contains("planned to attack"));
        assert!(threats("The ministry plans to build a new bridge.").is_empty());
    }
}
