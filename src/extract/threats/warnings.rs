//! Warnings of harm to come: a threat told without a word of danger ("warned that any officer who
//! helps them would be hunted", "vowed that the soldiers would go home in coffins").

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;
use super::cues::WARNING_FAMILY;

/// How many tokens after a verb of warning the word that puts the harm in the future may stand
/// ("warned that any officer who works for the rival group would …").
const MODAL_REACH_TOKENS: usize = 16;

/// How many tokens after that word the harm may stand ("would “bring them home in coffins”").
const HARM_REACH_TOKENS: usize = 7;

/// A harm foretold in a warning at the verb `verb`: a verb of [`Words::WarningVerbs`], then within
/// a few words a word of [`Words::FutureModals`], then within a few words more a harm of
/// [`Words::ForetoldHarms`]. Returns the token range from the verb to the harm.
pub(super) fn harm_foretold(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::WarningVerbs, text, verb) {
        return None;
    }
    harm_after(text, sentence, verb).map(|(_, harm)| verb..harm + 1)
}

/// A harm foretold in what someone says, at the verb `verb`: a verb of
/// [`Words::ForetellingSpeechVerbs`] followed, as in [`harm_foretold`], by a future modal and a harm
/// said of people alone ("a message said its fighters would answer every raid with blood"). A
/// forecast of anything else ("said prices would rise") is none. Returns the token range from the
/// modal to the harm: what is foretold, not the saying.
pub(super) fn harm_said(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ForetellingSpeechVerbs, text, verb) {
        return None;
    }
    harm_after(text, sentence, verb).map(|(modal, harm)| modal..harm + 1)
}

/// The first word of [`Words::FutureModals`] within a few words after the verb of warning or
/// saying at `verb`, before `end`.
fn modal_after(text: &TokenizedText<'_>, end: usize, verb: usize) -> Option<usize> {
    (verb + 1..(verb + 1 + MODAL_REACH_TOKENS).min(end))
        .find(|&i| LEXICON.word_in(Words::FutureModals, text, i))
}

/// A future modal a few words after `verb`, then a harm of [`Words::ForetoldHarms`] a few words
/// after it: the modal and the harm.
fn harm_after(text: &TokenizedText<'_>, sentence: Range<usize>, verb: usize) -> Option<(usize, usize)> {
    let modal = modal_after(text, sentence.end, verb)?;
    (modal + 1..(modal + 1 + HARM_REACH_TOKENS).min(sentence.end))
        .find(|&i| LEXICON.word_in(Words::ForetoldHarms, text, i))
        .map(|harm| (modal, harm))
}

/// How many tokens the one a fate awaits may take before its modal ("any unit that resists will").
const FATE_SUBJECT_TOKENS: usize = 8;

/// A fate promised to whoever acts, at the word `at`: a word of [`Words::AnyoneWords`] opening
/// the subject ("any unit that resists", "anyone who crosses the line"), a future modal within a
/// few words, then "be" and a fate of [`Words::ThreatenedFates`] ("will be neutralised", "would
/// be shot"), or a harm of [`Words::ForetoldHarms`] within a few words ("will be hunted down").
/// Returns the token range from the subject to the fate. "Anyone caught will be arrested" is
/// police work, no fate of this kind.
pub(super) fn fate_of_anyone(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::AnyoneWords, text, at) {
        return None;
    }
    let modal = (at + 1..(at + 1 + FATE_SUBJECT_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i))
        .find(|&i| LEXICON.word_in(Words::FutureModals, text, i))?;
    if !text.is_word_ci(modal + 1, "be") {
        return None;
    }
    // "will be immediately shot": one adverb may stand before the fate.
    let fate = if text.key(modal + 2).ends_with("ly") { modal + 3 } else { modal + 2 };
    if fate < sentence.end && LEXICON.word_in(Words::ThreatenedFates, text, fate) {
        return Some(at..fate + 1);
    }
    harm_after(text, sentence, at).filter(|&(found, _)| found == modal).map(|(_, harm)| at..harm + 1)
}

/// How many tokens a party named before its modal may take ("the Southern Front will").
const PARTY_TOKENS: usize = 4;

/// How many tokens after the modal of a commitment the verb of speech that reports it may stand
/// ("If they stay, Vell will respond to any raid on its border posts, the envoy said").
const SAID_REACH_TOKENS: usize = 40;

/// How many tokens a condition may run before the comma that ends it ("If any vessel or aircraft
/// enters our territorial sea or airspace,").
const CONDITION_REACH_TOKENS: usize = 30;

/// A warning of what a party will do, or of what awaits whoever acts, at the verb `verb`: a verb
/// of [`Words::WarningVerbs`], then within a few words a future modal whose subject is a party
/// ("warned that it would pursue the soldiers into their barracks", "warned that Vell would not
/// remain passive") or anyone who acts ("warned that any attempt to seize the crossings would be
/// met with arrests"): see [`party_or_anyone`]. A forecast of anything else ("warned that prices
/// would rise") is none, and so is a past never to be ("would have"). Returns the token range from
/// the verb to a few words after the modal.
pub(super) fn consequence_warned(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::WarningVerbs, text, verb) {
        return None;
    }
    let modal = modal_after(text, sentence.end, verb)?;
    // What is warned of opens after "that", a colon or a quote mark; else right after the verb
    // ("warned it would respond").
    let opening = (verb + 1..modal)
        .rev()
        .find(|&i| text.is_word_ci(i, "that") || text.is_punct(i, ':') || text.is_quote_mark(i))
        .map_or(verb + 1, |i| i + 1);
    let subject = (opening..modal).skip_while(|&i| text.is_quote_mark(i) || text.is_punct(i, ':'));
    let start = subject.clone().next()?;
    let end = what_follows(text, modal, sentence.end);
    // "warned that it would continue to attack the convoys", "warned that any act of aggression
    // would carry "serious consequences"", "warned that Kell would be "playing with fire"": a cue
    // in what is warned of, or a cue of warning right after it, tells the threat better than the
    // warning's shape.
    let cue_told = (verb + 1..(end + HARM_REACH_TOKENS).min(sentence.end)).any(|i| {
        LEXICON.cue_at(text, i).is_some_and(|(_, group)| {
            i < end || LEXICON.cue_groups.get(group).is_some_and(|group| group.family == WARNING_FAMILY)
        })
    });
    (!cue_told && party_or_anyone(text, start..modal) && !counterfactual(text, modal, sentence.end))
        .then_some(verb..end)
}

/// A commitment on a condition, at the word `at`: a statement opening with a word of
/// [`Words::ConditionWords`] (after any quote marks), whose condition ends at a comma, after which a
/// party commits itself with a future modal ("If they land, we will burn the airport", "If Kell
/// does not act, Vell will"). Returns the token range of the modal and a few words after it (the
/// party before it is the threat's who). A forecast of what befalls others ("If it rains, the harvest will fail") or of a state of things
/// ("it would be a turning point") is none, and so is a past never to be ("If the weather had
/// turned, we would have had no way to call for help"). Only what someone says commits them: the
/// statement opens a quotation, or a verb of speech follows.
pub(super) fn commitment_on_condition(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ConditionWords, text, at)
        || !(sentence.start..at).all(|i| text.is_quote_mark(i))
    {
        return None;
    }
    let comma =
        (at + 1..(at + 1 + CONDITION_REACH_TOKENS).min(sentence.end)).find(|&i| text.is_punct(i, ','))?;
    let modal = (comma + 1..(comma + 2 + PARTY_TOKENS).min(sentence.end))
        .find(|&i| LEXICON.word_in(Words::FutureModals, text, i))?;
    // "If the talks fail, any raid will be met with force" names no party: the party commits.
    // Said by someone: the statement opens a quotation or a verb of speech follows ("If they
    // stay, Vell will respond, the envoy said"); a writer's own "if" weighs chances ("If the
    // senator wins Iowa, the Republicans will rally").
    // (Within reach of the modal, so that a megabyte-long "sentence" stays linear.)
    let said = (sentence.start..at).any(|i| text.is_quote_mark(i)) || {
        let mut set_off = false;
        (modal..(modal + SAID_REACH_TOKENS).min(sentence.end)).any(|i| {
            let speech = set_off && text.is_word(i) && LEXICON.is_speech_verb(text.key(i));
            set_off |= text.is_punct(i, ',') || text.is_quote_mark(i);
            speech
        })
    };
    // "If she wins, it would be a turning point", "will be left with little": a state of things
    // foretold, not an act.
    let act = (modal + 1..sentence.end)
        .find(|&i| !text.is_word_ci(i, "not"))
        .is_some_and(|i| !text.is_word_ci(i, "be"));
    (said
        && act
        && comma + 1 < modal
        && !LEXICON.word_in(Words::UniversalSubjects, text, comma + 1)
        && party_or_anyone(text, comma + 1..modal)
        && !counterfactual(text, modal, sentence.end))
    .then(|| modal..what_follows(text, modal, sentence.end))
}

/// Whether the words `subject` before a future modal are a party that acts: a pronoun of
/// [`Words::PartyPronouns`] alone ("we", "they"), a name of a few capitalised words, perhaps after
/// "the" ("Vell", "the Kessa Front"), or a phrase opened by a word of
/// [`Words::UniversalSubjects`] ("any attempt to seize the crossings", "anyone who took part"),
/// with no punctuation in it.
fn party_or_anyone(text: &TokenizedText<'_>, subject: Range<usize>) -> bool {
    if subject.is_empty() || !subject.clone().all(|i| text.is_word(i)) {
        return false;
    }
    if LEXICON.word_in(Words::UniversalSubjects, text, subject.start) {
        return true;
    }
    if subject.len() == 1 && LEXICON.word_in(Words::PartyPronouns, text, subject.start) {
        return true;
    }
    let name = if text.is_word_ci(subject.start, "the") { subject.start + 1..subject.end } else { subject };
    !name.is_empty()
        && name.len() <= PARTY_TOKENS
        && name
            .clone()
            .all(|i| text.tokens.get(i).is_some_and(|t| t.capitalised) && !LEXICON.is_stopword(text, i))
}

/// How many words after a future modal tell what will be done ("will take all necessary measures").
const FOLLOWING_WORDS: usize = 4;

/// Where what a future modal at `modal` says will be done ends: a few words on, or at the first
/// punctuation before them.
fn what_follows(text: &TokenizedText<'_>, modal: usize, end: usize) -> usize {
    (modal + 1..(modal + 1 + FOLLOWING_WORDS).min(end))
        .find(|&i| !text.is_word(i))
        .unwrap_or((modal + 1 + FOLLOWING_WORDS).min(end))
}

/// Whether the future modal at `modal` speaks of a past never to be ("would have lost the
/// capital").
fn counterfactual(text: &TokenizedText<'_>, modal: usize, end: usize) -> bool {
    modal + 1 < end && text.is_word_ci(modal + 1, "have")
}

/// How many tokens may stand between the verb of a retaliation foretold and its "with" ("respond
/// to any aggression against our villages with").
const RETALIATION_WITH_TOKENS: usize = 8;

/// How many tokens after "with" what the retaliation is made of may stand ("with “an immediate,
/// overwhelming and final response”").
const RETALIATION_NOUN_TOKENS: usize = 9;

/// A retaliation foretold at the word `modal`: a word of [`Words::FutureModals`], perhaps "be"
/// or a quote mark, a verb of [`Words::RetaliationVerbs`], then "with" (which "meet" may do
/// without) and a word of [`Words::RetaliationNouns`] ("any attempt to close the strait will be
/// met with the full weight of the military", "would respond to any aggression with the
/// appropriate force"). "Would be met with protests" and "will respond with a task force" are
/// none. Returns the token range from the modal to that word.
pub(super) fn retaliation_foretold(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    modal: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::FutureModals, text, modal) {
        return None;
    }
    let verb = (modal + 1..(modal + 4).min(sentence.end))
        .find(|&i| !(text.is_word_ci(i, "be") || text.is_quote_mark(i)))
        .filter(|&i| LEXICON.word_in(Words::RetaliationVerbs, text, i))?;
    let plain = |i: usize| text.is_word(i) || text.is_quote_mark(i) || text.is_punct(i, ',');
    let with = (verb + 1..(verb + 1 + RETALIATION_WITH_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i) || text.is_quote_mark(i))
        .find(|&i| text.is_word_ci(i, "with"));
    // "would meet a firm response": "meet" takes its object at once.
    let from = match with {
        Some(with) => with + 1,
        None if text.is_word_ci(verb, "meet") => verb + 1,
        None => return None,
    };
    let noun = (from..(from + RETALIATION_NOUN_TOKENS).min(sentence.end))
        .take_while(|&i| plain(i))
        .find(|&i| LEXICON.word_in(Words::RetaliationNouns, text, i))?;
    (!LEXICON.word_in(Words::OtherForceModifiers, text, noun - 1)).then_some(modal..noun + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn found(sentence: &str) -> Option<String> {
        let text = tokenize(sentence);
        let all = 0..text.tokens.len();
        all.clone().find_map(|at| harm_foretold(&text, all.clone(), at)).map(|range| {
            let (Some(first), Some(last)) = (text.tokens.get(range.start), text.tokens.get(range.end - 1))
            else {
                return String::new();
            };
            text.slice(first.start_byte(), last.end_byte()).to_owned()
        })
    }

    fn said(sentence: &str) -> Option<String> {
        let text = tokenize(sentence);
        let all = 0..text.tokens.len();
        all.clone()
            .find_map(|at| harm_said(&text, all.clone(), at))
            .map(|range| text.key_span(range.start, range.end).to_owned())
    }

    #[test]
    fn a_harm_foretold_in_what_is_said_is_found() {
        assert!(said("A post on the rebels' forum said any convoy would be met with blood.").is_some());
        assert!(said("The band said its men would leave the traitors in coffins.").is_some());
        assert!(said("The minister said prices would rise this winter.").is_none());
        assert!(said("He warned that informers would be hunted.").is_none());
    }

    fn retaliation(sentence: &str) -> bool {
        let text = tokenize(sentence);
        let all = 0..text.tokens.len();
        all.clone().any(|at| retaliation_foretold(&text, all.clone(), at).is_some())
    }

    #[test]
    fn a_retaliation_foretold_is_found() {
        assert!(retaliation("Any attempt to close the strait will be met with the full weight of our navy."));
        assert!(retaliation(
            "Any raid, he said, would be met with \"an immediate, overwhelming and final response.\""
        ));
        assert!(retaliation(
            "The group said it would 'respond to any aggression against our villages with force'."
        ));
        assert!(retaliation("The authorities warned that any arrest would meet \"a firm response\"."));
        assert!(!retaliation("The plan will be met with protests from farmers."));
        assert!(!retaliation("The ministry will respond with a task force of inspectors."));
        assert!(!retaliation("The mayor met with police chiefs and a response team."));
    }

    #[test]
    fn a_warning_of_harm_to_come_is_found() {
        assert_eq!(
            found(
                "Posters warned that any driver who carries goods for the rival clan would be “hunted down”."
            )
            .as_deref(),
            Some("warned that any driver who carries goods for the rival clan would be “hunted")
        );
        assert!(found("The commander warned that a raid would send the captives home in coffins.").is_some());
        assert!(found("The minister warned that prices would rise this winter.").is_none());
        assert!(
            found("She warned voters about the new rules, and the mayor was killed last year.").is_none()
        );
    }
}
