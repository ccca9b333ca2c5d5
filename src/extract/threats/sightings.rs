//! Rules for presences that are threats by where they are: unmanned aircraft seen or flying over
//! a site, and people held captive.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::figurative;

/// How many tokens apart an unmanned aircraft and the verb of seeing it may stand ("three drones,
/// one of them large, were seen").
const SIGHTING_REACH_TOKENS: usize = 4;

/// How many tokens after "over" the guarded site flown over may stand ("over the Harwick power
/// station").
const SITE_REACH_TOKENS: usize = 4;

/// Unmanned aircraft seen where they should not be, starting at token `at`: a word of
/// [`Words::DroneWords`] with a verb of seeing a few tokens after it in the passive ("drones had been
/// seen over the base", "a drone was spotted near the plant"), or a verb of flying right after it
/// and a word putting it above a guarded site ([`Words::GuardedSites`]: "drones flew over the
/// airfield"). Returns the token range from the aircraft to the verb (to the site for a flight).
pub(super) fn drone_sighting(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::DroneWords, text, at) {
        return None;
    }
    // "drones flew over the airport", "a drone hovered above the power plant": flown over a
    // guarded site (not "over the stadium during the match").
    if at + 2 < sentence.end
        && LEXICON.word_in(Words::FlightVerbs, text, at + 1)
        && LEXICON.word_in(Words::OverheadWords, text, at + 2)
    {
        return (at + 3..(at + 3 + SITE_REACH_TOKENS).min(sentence.end))
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
            .find(|&i| LEXICON.word_in(Words::GuardedSites, text, i))
            .map(|site| at..site + 1);
    }
    let mut auxiliaries = 0;
    for index in at + 1..(at + 1 + SIGHTING_REACH_TOKENS).min(sentence.end) {
        if LEXICON.word_in(Words::SightingVerbs, text, index) {
            return (auxiliaries > 0).then_some(at..index + 1);
        }
        if LEXICON.word_in(Words::Auxiliaries, text, index) {
            auxiliaries += 1;
        } else if auxiliaries > 0 || text.tokens.get(index).is_none_or(|t| t.kind == TokenKind::Punct) {
            return None;
        }
    }
    None
}

/// How many tokens before the auxiliaries of a captivity the people held are looked for ("three
/// employees of a small charity based abroad have been held").
const CAPTIVE_REACH_TOKENS: usize = 10;

/// People held captive at the participle `at`: a word of [`Words::CaptivityVerbs`] in the perfect
/// or progressive passive ("have been held", "are being held"), after people counted (a word of
/// [`Words::CaptiveNouns`] with a number at most two words before it: "two aid workers") in the
/// same phrase, and before a place, a time or a captor ([`Words::CaptivityComplements`]). "Talks
/// have been held since May" names no people; "two meetings have been held" counts no people.
/// Returns the participle.
pub(super) fn held_captive(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::CaptivityVerbs, text, at) || at <= sentence.start + 2 {
        return None;
    }
    let passive = text.is_word_ci(at - 1, "been") || text.is_word_ci(at - 1, "being");
    let complement = LEXICON.word_in(Words::CaptivityComplements, text, at + 1);
    if !passive || !complement {
        return None;
    }
    let mut before = at - 1;
    while before > sentence.start && LEXICON.word_in(Words::Auxiliaries, text, before - 1) {
        before -= 1;
    }
    (before.saturating_sub(CAPTIVE_REACH_TOKENS).max(sentence.start)..before)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .find(|&i| {
            LEXICON.word_in(Words::CaptiveNouns, text, i)
                && i > sentence.start
                && (i.saturating_sub(2).max(sentence.start)..i).any(|n| {
                    figurative::is_count(text, n)
                        || LEXICON.word_in(Words::NumberWords, text, n)
                        || LEXICON.word_in(Words::CountWords, text, n)
                })
        })
        .map(|_| at..at + 1)
}
