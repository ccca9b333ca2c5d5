//! Governments the gazetteers do not know, named by the title of one of their office-holders:
//! "Lorvik's governor, Jo Bell," makes Lorvik a government that acts.

use super::*;

impl Finder<'_, '_> {
    /// "Lorvik's governor, Jo Bell,", "Lorvik's Health Secretary, Jo Bell,": a single capitalised
    /// word no rule has read, in the possessive right before the title of a government's office
    /// (a governor or premier, or a minister or secretary with a portfolio), names a government.
    pub(super) fn government_of_title(&mut self, title: usize, title_end: usize) {
        let (Some(possessive), Some(place)) = (title.checked_sub(1), title.checked_sub(2)) else { return };
        let last = title_end - 1;
        let office = LEXICON.word_in(Words::GovernmentHeads, self.text, last)
            || title_end - title >= 2 && LEXICON.word_in(Words::GovernmentPortfolioEnds, self.text, last);
        if !office || self.text.tokens[possessive].kind != TokenKind::Possessive {
            return;
        }
        let token = self.text.tokens[place];
        let single = token.kind == TokenKind::Word
            && token.capitalised
            && !token.all_caps
            && !place.checked_sub(1).is_some_and(|before| {
                self.text.tokens[before].capitalised && self.text.adjacent_on_line(before, place)
            });
        let read = self.mentions.iter().rev().take(4).any(|m| m.start_token <= place && place < m.end_token);
        if single && !read && !LEXICON.is_stopword(self.text, place) && self.is_name_word(place) {
            let name = self.word(place).to_owned();
            self.push_named(place, place + 1, name, ActorKind::State, "government-of-title");
        }
    }
}
