//! Titles of works: `the network's "Morning Hour"`, `starred in "Dark Water," "Blue Road" and
//! "Red Sky"`, `the drama "Mercy Lane"`. Quoted words in Title Case right after a possessive,
//! "in" or "on", a noun for a work or "author of" (or that go on a list of such titles) name a
//! work: nobody speaks them.

use super::*;

/// How many words a title has at most.
const TITLE_WORDS: usize = 9;

/// How many earlier titles of a list are read back.
const LIST_REACH: usize = 6;

impl Attributor<'_, '_> {
    /// Whether `span` is the title of a work.
    pub(super) fn is_title_of_work(&self, span: &QuoteSpan) -> bool {
        let mut current = *span;
        for _ in 0..LIST_REACH {
            let in_headline =
                self.text.tokens.get(current.open_token).is_some_and(|t| self.is_headline(t.paragraph()));
            if !self.title_cased(&current) || in_headline {
                return false;
            }
            let Some(before) = current.open_token.checked_sub(1) else { return false };
            if self.introduces_work(before) {
                return true;
            }
            // `"Dark Water," "Blue Road" and "Red Sky"`: a title goes on a list of titles.
            let index = self.spans.partition_point(|s| s.open_token < current.open_token);
            let Some(previous) = index.checked_sub(1).and_then(|i| self.spans.get(i)) else { return false };
            let joined = previous.close_token < current.open_token
                && current.open_token - previous.close_token <= 3
                && (previous.close_token + 1..current.open_token)
                    .all(|i| self.text.is_punct(i, ',') || self.text.is_word_ci(i, "and"));
            if !joined {
                return false;
            }
            current = *previous;
        }
        false
    }

    /// Quoted words in Title Case, as a title is written: capitalised words (or numbers) but for
    /// short function words, at most a closing full stop, comma, question or exclamation mark, and
    /// not all in capitals (a shouted line).
    fn title_cased(&self, span: &QuoteSpan) -> bool {
        let inner = span.open_token + 1..span.close_token;
        let last = span.close_token.saturating_sub(1);
        let mut words = 0;
        let mut all_caps = true;
        for index in inner.clone() {
            let Some(token) = self.text.tokens.get(index) else { return false };
            match token.kind {
                TokenKind::Word => {
                    let word = self.word(index);
                    let function = LEXICON.has(Words::TitleFunctionWords, word);
                    if !(token.capitalised || function) || (words == 0 && function) {
                        return false;
                    }
                    all_caps &= !word.chars().any(char::is_lowercase);
                    words += 1;
                }
                TokenKind::Number => words += 1,
                TokenKind::Possessive => {}
                _ => {
                    let closing = index == last && matches!(self.word(index), "." | "!" | "?");
                    if !(closing || matches!(self.word(index), "," | ":" | "-" | "&")) {
                        return false;
                    }
                }
            }
        }
        (1..=TITLE_WORDS).contains(&words) && !(all_caps && words > 1)
    }

    /// Whether the token before a quote introduces the title of a work: a possessive ("the
    /// network's"), "in", "on" or "told", a noun for a work ("the film", "the drama,"), or "author
    /// of".
    fn introduces_work(&self, before: usize) -> bool {
        // "the medical drama, 'Mercy Lane'".
        if self.text.is_punct(before, ',')
            && before.checked_sub(1).is_some_and(|noun| LEXICON.word_in(Words::WorkNouns, self.text, noun))
        {
            return true;
        }
        let Some(token) = self.text.tokens.get(before) else { return false };
        if token.kind == TokenKind::Possessive {
            return true;
        }
        if token.kind != TokenKind::Word || token.capitalised {
            return false;
        }
        self.text.is_word_ci(before, "in")
            || self.text.is_word_ci(before, "on")
            || self.text.is_word_ci(before, "told")
            || LEXICON.word_in(Words::WorkNouns, self.text, before)
            || (self.text.is_word_ci(before, "of")
                && before
                    .checked_sub(1)
                    .is_some_and(|owner| LEXICON.word_in(Words::WorkOwners, self.text, owner)))
    }
}
