//! Secrets handed over: information passed to a foreign service, or information marked as secret
//! passed on at all ("charged with passing sensitive information to Kessan intelligence officers",
//! "had passed on classified military documents"). The cue list holds the plainest phrases
//! ("passed secrets"); this rule reads the words a reporter puts between the verb and the secret.
//! Also sites watched on someone's orders ("the handler asked him to photograph the depot").

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many words may describe what was passed ("passed on sensitive technical information").
const DESCRIBING_WORDS: usize = 3;

/// How many tokens after the secret the service it went to may be named ("to officers of the
/// Kessan intelligence service").
const RECIPIENT_REACH_TOKENS: usize = 6;

/// How many tokens after the verb of watching the site may stand ("to scout a second target").
const WATCHED_SITE_REACH_TOKENS: usize = 4;

/// A site watched on someone's orders at the verb of tasking `at`: a word of
/// [`Words::TaskingVerbs`], perhaps "him", "her" or "them", then "to" or "with", a word of
/// [`Words::WatchingVerbs`], and within a few words a word of [`Words::GuardedSites`] or "target"
/// ("asked him to photograph the munitions depot", "tasked with filming the naval base"). Someone
/// who photographs a port unasked tells no tasking. Returns the tasking verb through the site.
pub(super) fn site_watched_on_orders(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::TaskingVerbs, text, at) {
        return None;
    }
    let object = ["him", "her", "them"].iter().any(|w| text.is_word_ci(at + 1, w));
    let link = at + 1 + usize::from(object);
    if !(text.is_word_ci(link, "to") || text.is_word_ci(link, "with")) {
        return None;
    }
    let watch = link + 1;
    if !LEXICON.word_in(Words::WatchingVerbs, text, watch) {
        return None;
    }
    (watch + 1..(watch + 1 + WATCHED_SITE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i))
        .find(|&i| {
            LEXICON.word_in(Words::GuardedSites, text, i)
                || text.is_word_ci(i, "target")
                || text.is_word_ci(i, "targets")
        })
        .map(|site| at..site + 1)
}

/// Secrets passed at the verb `at`: a word of [`Words::PassingVerbs`], "on" if it follows, up to
/// a few lower-case words and a word of [`Words::SecretNouns`]; either a word of
/// [`Words::SecrecyWords`] among the words before the noun ("sensitive", "classified"), or "to"
/// a few words after it and, a few words on, a word of [`Words::SecretRecipients`] ("to Kessan
/// intelligence officers", "details of the base to a handler"). "Passed on information to the police" tells no spying. Returns the verb through
/// the secret.
pub(super) fn secrets_passed(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::PassingVerbs, text, at) {
        return None;
    }
    let first = at + 1 + usize::from(text.is_word_ci(at + 1, "on"));
    let plain = |i: usize| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
    let secret = (first..(first + DESCRIBING_WORDS + 1).min(sentence.end))
        .take_while(|&i| plain(i))
        .find(|&i| LEXICON.word_in(Words::SecretNouns, text, i))?;
    let marked = (first..secret).any(|i| LEXICON.word_in(Words::SecrecyWords, text, i));
    // ("details of the base to a handler": what the secret is about may come before "to".)
    let to = (secret + 1..(secret + 1 + DESCRIBING_WORDS + 1).min(sentence.end))
        .take_while(|&i| text.is_word(i))
        .find(|&i| text.is_word_ci(i, "to"));
    let to_a_service = to.is_some_and(|to| {
        (to + 1..(to + 1 + RECIPIENT_REACH_TOKENS).min(sentence.end))
            .take_while(|&i| text.is_word(i))
            .any(|i| LEXICON.word_in(Words::SecretRecipients, text, i))
    });
    (marked || to_a_service).then_some(at..secret + 1)
}

#[cfg(test)]
mod watched_tests {
    use super::*;
    use crate::extract::threats::tests::{rule_passage, threats};

    fn watched_in(text: &str) -> Option<String> {
        rule_passage(site_watched_on_orders, text)
    }

    #[test]
    fn a_site_watched_on_orders_is_a_tasking() {
        assert_eq!(
            watched_in("The handler asked him to scout a second target in Orm.").as_deref(),
            Some("asked him to scout a second target")
        );
        assert_eq!(
            watched_in("He had also been asked to photograph the munitions depot at Vell.").as_deref(),
            Some("asked to photograph the munitions depot")
        );
        assert_eq!(
            watched_in("She was tasked with filming the naval base.").as_deref(),
            Some("tasked with filming the naval base")
        );
        assert_eq!(threats("He had also been asked to photograph the munitions depot at Vell.").len(), 1);
    }

    #[test]
    fn watching_unasked_or_asked_of_something_else_is_no_tasking() {
        assert_eq!(watched_in("Tourists photographed the port at dawn."), None);
        assert_eq!(watched_in("The school asked parents to photograph the garden."), None);
        assert!(threats("Tourists photographed the port at dawn.").is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::threats::tests::rule_passage;

    fn passed(text: &str) -> Option<String> {
        rule_passage(secrets_passed, text)
    }

    #[test]
    fn secrets_passed_to_a_service_or_marked_secret_are_spying() {
        assert_eq!(
            passed(
                "Two sailors were charged with passing sensitive information to Kessan intelligence officers."
            )
            .as_deref(),
            Some("passing sensitive information")
        );
        assert_eq!(
            passed("The clerk had passed on details of the base to a Vellish handler.").as_deref(),
            Some("passed on details")
        );
        assert_eq!(
            passed("He passed classified military documents abroad.").as_deref(),
            Some("passed classified military documents")
        );
        // Information for the police, or passed without a word of secrecy, is no spying.
        assert_eq!(passed("Residents passed on information to the police."), None);
        assert_eq!(passed("The teacher passed the exam papers to the pupils."), None);
    }
}
