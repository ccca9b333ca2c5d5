//! Titles before a name ("Deputy Foreign Minister", "Lt. Col. (ret.)"): the longest one at a
//! token, modifiers and a bracketed retired marker included.

use super::*;

impl Lexicon {
    /// The end (exclusive) of the longest title starting at token `start`, modifiers included
    /// ("Deputy Foreign Minister"), ignoring case.
    pub fn title_at(&self, text: &TokenizedText<'_>, start: usize) -> Option<usize> {
        // Most words open no title: one class lookup says so before the sentence is found.
        if !self.has_class(text, start, class::TITLE_FIRST | class::TITLE_MODIFIER) {
            return None;
        }
        let sentence_end = text.sentence_of(start).end;
        let mut title_start = start;
        // A modifier is also a title on its own in a few cases ("Chief"), so it is only skipped
        // when a title follows.
        while title_start < sentence_end
            && text.is_word(title_start)
            && self.has_class(text, title_start, class::TITLE_MODIFIER)
            && self.plain_title_at(text, title_start + 1, sentence_end).is_some()
        {
            title_start += 1;
        }
        self.plain_title_at(text, title_start, sentence_end)
    }

    fn plain_title_at(&self, text: &TokenizedText<'_>, start: usize, limit: usize) -> Option<usize> {
        if !self.has_class(text, start, class::TITLE_FIRST) {
            return None;
        }
        // The longest: words are added while some title goes on with them.
        let mut longest = None;
        for end in start + 1..=(start + self.max_title_tokens).min(limit) {
            let span = text.key_span(start, end);
            if self.titles.contains(span) {
                longest = Some(end);
            }
            if !self.title_prefixes.contains(span) {
                break;
            }
        }
        let end = longest?;
        Some(self.retired_marker_end(text, end, limit).unwrap_or(end))
    }

    /// The end of a bracketed retired marker right at `at` after a rank ("Maj. (ret.) Jo Bell"):
    /// `(`, a word of [`Words::RetiredMarkers`], its dot if any, `)`.
    fn retired_marker_end(&self, text: &TokenizedText<'_>, at: usize, limit: usize) -> Option<usize> {
        if !text.is_punct(at, '(') || !self.word_in(Words::RetiredMarkers, text, at + 1) {
            return None;
        }
        let close = if text.is_punct(at + 2, '.') { at + 3 } else { at + 2 };
        (close < limit && text.is_punct(close, ')')).then_some(close + 1)
    }
}
