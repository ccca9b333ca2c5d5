//! Names after an honorific ("Dr. Lima Okafor" keeps a first name that the gazetteers know as a
//! place) and names of built things ("the Ostra pipeline"), which are no actors.

use super::*;

impl Finder<'_, '_> {
    /// "Dr. Lima Okafor", "Ms Sydney Hale": after an honorific, a capitalised word the gazetteers
    /// know as a place is a first name when a name word follows it on the same line. Returns the
    /// name's end.
    pub(super) fn name_after_honorific(&self, title: usize, name_start: usize) -> Option<usize> {
        if !LEXICON.word_in(Words::Honorifics, self.text, title) {
            return None;
        }
        let first = self.text.tokens.get(name_start)?;
        let shaped = first.kind == TokenKind::Word
            && first.capitalised
            && !first.all_caps
            && !LEXICON.is_stopword(self.text, name_start)
            && self.text.adjacent_on_line(name_start, name_start + 1);
        if !shaped || !self.is_name_word(name_start + 1) {
            return None;
        }
        let mut end = name_start + 2;
        while end < name_start + 4 && self.text.adjacent_on_line(end - 1, end) && self.is_name_word(end) {
            end += 1;
        }
        Some(end)
    }

    /// "the Ostra pipeline", "the Norrvik Link cable": capitalised words right before a lower-case
    /// noun for a built thing (perhaps after a modifier: "international airport") name the thing.
    /// Returns the end of the name.
    pub(super) fn named_thing_end(&self, start: usize) -> Option<usize> {
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start;
        while end < sentence_end.min(start + 4)
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && (end == start || self.text.adjacent_on_line(end - 1, end))
        {
            end += 1;
        }
        let lower =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        // "the Osvaldo Reis international airport": a modifier may stand before the noun.
        let noun = if lower(end) && LEXICON.word_in(Words::NamedThingModifiers, self.text, end) {
            end + 1
        } else {
            end
        };
        let thing = end > start
            && self.text.adjacent_on_line(end - 1, end)
            && lower(noun)
            && LEXICON.word_in(Words::NamedThingNouns, self.text, noun);
        thing.then_some(end)
    }
}
