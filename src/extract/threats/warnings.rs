//! Warnings of harm to come: a threat told without a word of danger ("warned that any officer who
//! helps them would be hunted", "vowed that the soldiers would go home in coffins").

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::TokenizedText;

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

/// A future modal a few words after `verb`, then a harm of [`Words::ForetoldHarms`] a few words
/// after it: the modal and the harm.
fn harm_after(text: &TokenizedText<'_>, sentence: Range<usize>, verb: usize) -> Option<(usize, usize)> {
    let modal = (verb + 1..(verb + 1 + MODAL_REACH_TOKENS).min(sentence.end))
        .find(|&i| LEXICON.word_in(Words::FutureModals, text, i))?;
    (modal + 1..(modal + 1 + HARM_REACH_TOKENS).min(sentence.end))
        .find(|&i| LEXICON.word_in(Words::ForetoldHarms, text, i))
        .map(|harm| (modal, harm))
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
            text.slice(first.start_byte, last.end_byte).to_owned()
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
