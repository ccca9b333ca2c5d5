//! Firms named by an ampersand between capitalised words ("Harlow & Finch", "Reed & Carr
//! Logistics"), or by a foreign word for "and" that firms' names use ("Transports Diallo et Fils",
//! [`Words::FirmNameLinks`]): a name joined so is one organisation, never one person or two.

use super::*;

/// How many capitalised words each side of the ampersand may have.
const AMPERSAND_SIDE_WORDS: usize = 3;

impl Finder<'_, '_> {
    /// At a capitalised word that opens "Name & Name …" (or "Name et Name"): pushes the whole run
    /// as one organisation and returns its end.
    pub(super) fn ampersand_firm(&mut self, index: usize) -> Option<usize> {
        let name_word = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                && !LEXICON.is_stopword(self.text, i)
        };
        // Cheap first: an ampersand among the next few tokens, after capitalised words only.
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        let link = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| {
                t.kind == TokenKind::Punct && self.text.token_text(i) == "&"
                    || t.kind == TokenKind::Word
                        && !t.capitalised
                        && LEXICON.word_in(Words::FirmNameLinks, self.text, i)
            })
        };
        let ampersand_near =
            (index + 1..=index + AMPERSAND_SIDE_WORDS).find(|&i| !capitalised(i)).is_some_and(link);
        if !ampersand_near || !name_word(index) {
            return None;
        }
        // A Title Case headline capitalises every word ("Research & Development Cuts").
        if self.in_title_case_heading(index) {
            return None;
        }
        let mut amp = index + 1;
        while amp < index + AMPERSAND_SIDE_WORDS && name_word(amp) && self.text.adjacent_on_line(amp - 1, amp)
        {
            amp += 1;
        }
        let spaced = |i: usize| {
            let (Some(before), Some(amp_token), Some(after)) = (
                self.text.tokens.get(i.checked_sub(1)?),
                self.text.tokens.get(i),
                self.text.tokens.get(i + 1),
            ) else {
                return None;
            };
            Some(before.end_byte() < amp_token.start_byte() && amp_token.end_byte() < after.start_byte())
        };
        if !link(amp) || spaced(amp) != Some(true) || !self.text.adjacent_on_line(amp - 1, amp + 1) {
            return None;
        }
        let mut end = amp + 1;
        while end < amp + 1 + AMPERSAND_SIDE_WORDS
            && name_word(end)
            && self.text.adjacent_on_line(end - 1, end)
        {
            end += 1;
        }
        if end == amp + 1 {
            return None;
        }
        let name = self.surface(index, end);
        self.push_named(index, end, name, ActorKind::Organisation, "org-ampersand");
        Some(end)
    }
}
