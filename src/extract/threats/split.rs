//! Two threats told in one sentence: "Elbonian armour was seen moving towards the border and that
//! Ruritanian reservists had been called up". The sentence is read as two parts
//! where a coordinating word opens a second reported statement ("and that", "and warned that"),
//! when each part proposes a threat of its own by another actor named in it.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::cues::CueHit;

/// Where a sentence splits into two statements, each with a cue: the end of the first part and the
/// start of the second, what "that" opens after "and", "but" or "while", or after such a word and a
/// verb of speech ("…, and warned that …").
pub(super) fn split_point(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    statement: usize,
    hits: &[CueHit],
) -> Option<(usize, usize)> {
    // Cheap first: two cues at least.
    if hits.len() < 2 {
        return None;
    }
    let (first_cue, last_cue) = (hits.iter().map(|h| h.end).min()?, hits.iter().map(|h| h.start).max()?);
    (first_cue..last_cue).find_map(|i| {
        if !LEXICON.word_in(Words::StatementCoordinators, text, i) || i <= statement || i + 1 >= sentence.end
        {
            return None;
        }
        let after_comma = text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct)
            && text.token_text(i - 1) == ",";
        // "and that …", "and warned that …": a second statement reported, with its own subject.
        let that = if text.is_word_ci(i + 1, "that") {
            i + 1
        } else if text.is_word(i + 1)
            && LEXICON.is_speech_verb(text.key(i + 1))
            && text.is_word_ci(i + 2, "that")
        {
            i + 2
        } else {
            return None;
        };
        let second = that + 1;
        let end = if after_comma { i - 1 } else { i };
        let both = hits.iter().any(|h| h.end <= end) && hits.iter().any(|h| h.start >= second);
        both.then_some((end, second))
    })
}
