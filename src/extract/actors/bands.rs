//! Bands named by a capitalised name (perhaps closed by a number) before a lower-case noun for a
//! band ("the Kamanda clan", "the Velo cartel", "the Ashveil gang", "the Barrio 18 gang"): an
//! armed group, named with its noun. A state's name, adjective or seat ("the Russian mafia", "the
//! Washington cartel" of a politician's speech) names no band of its own.

use super::*;

/// How many capitalised words a band's name has at most before its noun.
const BAND_NAME_WORDS: usize = 3;

/// How many digits a number closing a band's name has at most ("the Barrio 18 gang").
const BAND_NUMBER_DIGITS: usize = 3;

impl Finder<'_, '_> {
    /// "the Kamanda clan": after "the", one to three capitalised words on the line and a
    /// lower-case word of [`Words::BandNouns`]. Adds the band and returns where its name ends.
    pub(super) fn band_name_end(&mut self, start: usize) -> Option<usize> {
        if start == 0 || !self.text.is_word_ci(start - 1, "the") {
            return None;
        }
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start;
        while end < sentence_end.min(start + BAND_NAME_WORDS)
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && !LEXICON.is_stopword(self.text, end)
            && (end == start || self.text.adjacent_on_line(end - 1, end))
        {
            end += 1;
        }
        // "the Barrio 18 gang": a short number may close the name.
        if end > start
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.token_text(end).len() <= BAND_NUMBER_DIGITS
            && self.text.token_text(end).bytes().all(|b| b.is_ascii_digit())
            && self.text.adjacent_on_line(end - 1, end)
        {
            end += 1;
        }
        let noun = end;
        let band = end > start
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.text.adjacent_on_line(noun - 1, noun)
            && LEXICON.word_in(Words::BandNouns, self.text, noun);
        if !band || (start..end).any(|i| LEXICON.names_a_state(self.word(i))) {
            return None;
        }
        let name = self.surface(start, noun + 1);
        self.push_named(start, noun + 1, name, ActorKind::ArmedGroup, "name+band-noun");
        Some(noun + 1)
    }
}
