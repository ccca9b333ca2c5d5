//! The threat rules about places: homes, markets or places of worship set on fire, towns, roads
//! or bases taken by force, and ground an armed group controls. Each finds the passage that is the
//! threat, from its verb to the place (or from the group to its control).

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

/// How many words may stand between "controlled by" or "under the control of" and the group that
/// controls ("controlled by rival gangs", "under the control of armed jihadist groups").
const CONTROLLER_REACH_TOKENS: usize = 3;

/// How many words (adverbs, auxiliaries, adjectives) may stand between an armed group and its
/// control ("gangs now largely control", "the dissidents' growing control").
const CONTROL_LEAD_IN_TOKENS: usize = 3;

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

/// Ground held by an armed group ("Gangs now control 90% of the capital", "roads largely
/// controlled by gangs", "villages under rebel control", "the dissidents' growing control over
/// rural communities"): a word of [`Words::ControlWords`] with a word of
/// [`Words::ControllingGroups`] as its subject before it (a few words of
/// [`Words::ControlLeadIns`] or a possessive may stand between), or as its agent after "by",
/// "under" or "under the control of". A state's or a firm's control ("the government controls
/// the ports") is none. Returns the word of control for a subject that controls (the summary
/// names the subject), the owner through it for an owner's control, or the words from "controlled"
/// or "under" to the group.
pub(super) fn ground_controlled(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ControlWords, text, at) {
        return None;
    }
    let group = |i: usize| LEXICON.word_in(Words::ControllingGroups, text, i);
    // "controlled by gangs", "under the control of jihadist groups".
    let agent_after = |from: usize| {
        (from..(from + CONTROLLER_REACH_TOKENS).min(sentence.end))
            .take_while(|&i| text.is_word(i))
            .find(|&i| group(i))
    };
    if text.is_word_ci(at + 1, "by") && text.key(at).ends_with("ed") {
        return agent_after(at + 2).map(|agent| at..agent + 1);
    }
    if text.is_word_ci(at + 1, "of")
        && at >= 2
        && text.is_word_ci(at - 1, "the")
        && text.is_word_ci(at - 2, "under")
    {
        return agent_after(at + 2).map(|agent| at - 2..agent + 1);
    }
    // "under rebel control".
    if at >= 2 && group(at - 1) && text.is_word_ci(at - 2, "under") {
        return Some(at - 2..at + 1);
    }
    // "Gangs now largely control", "the dissidents' growing control over".
    let mut before = at;
    let mut owned = false;
    while before > sentence.start && at - before < CONTROL_LEAD_IN_TOKENS {
        let previous = before - 1;
        // ("the dissidents' control": a plural's possessive is its apostrophe alone.)
        let possessive = text.tokens.get(previous).is_some_and(|t| t.kind == TokenKind::Possessive)
            || text.is_apostrophe(previous);
        owned |= possessive;
        let lead_in = LEXICON.word_in(Words::ControlLeadIns, text, previous) || possessive;
        if !lead_in {
            break;
        }
        before = previous;
    }
    let subject = before.checked_sub(1).filter(|&i| i >= sentence.start && group(i))?;
    // A verb ("control 90% of") or a noun of control over something ("control over").
    let over = text.is_word_ci(at + 1, "over") || text.is_word_ci(at + 1, "of");
    // (Owned, it is a noun: "the rebels' control group" is none.)
    let verb = !owned && text.tokens.get(at + 1).is_some_and(|t| t.kind != TokenKind::Punct);
    // ("Gangs now control": the passage is the verb, so that the summary names its subject as
    // the who; an owner's control keeps its owner, which no summary reads as a subject.)
    (over || verb).then_some(if owned { subject..at + 1 } else { at..at + 1 })
}

#[cfg(test)]
mod ground_tests {
    use super::*;
    use crate::extract::threats::tests::{rule_passage, threats};

    fn control_in(text: &str) -> Option<String> {
        rule_passage(ground_controlled, text)
    }

    #[test]
    fn ground_an_armed_group_holds_is_a_threat() {
        assert_eq!(
            control_in("Gangs now control an estimated 80% of the capital.").as_deref(),
            Some("control")
        );
        assert_eq!(
            control_in("The roads leading north are largely controlled by rival gangs.").as_deref(),
            Some("controlled by rival gangs")
        );
        assert_eq!(
            control_in("Four villages remain under rebel control.").as_deref(),
            Some("under rebel control")
        );
        assert_eq!(
            control_in("The town is under the control of jihadist fighters and bandits.").as_deref(),
            Some("under the control of jihadist")
        );
        assert_eq!(
            control_in("Officials fear the dissidents' growing control over rural communities.").as_deref(),
            Some("dissidents' growing control")
        );
        let found = threats("Gangs now control an estimated 80% of the capital.");
        assert_eq!(found.len(), 1);
        // The group is the summary's who.
        assert_eq!(found[0].summary, "gangs -> control");
    }

    #[test]
    fn control_by_a_state_or_of_a_thing_is_no_threat() {
        assert_eq!(control_in("The government controls the ports."), None);
        assert_eq!(control_in("Police struggled to control the crowd."), None);
        assert_eq!(control_in("The rebels' control group met in May."), None);
        assert_eq!(control_in("Gangs controlling drug routes were targeted."), None);
        assert!(threats("The government controls the ports.").is_empty());
    }
}
