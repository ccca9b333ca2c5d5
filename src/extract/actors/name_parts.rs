//! Parts of a person's name that are not plain capitalised words, and capitalised runs that
//! only describe a group of people after them.

use super::*;

impl Finder<'_, '_> {
    /// A nickname in quotation marks at `index` (`"Frankie"`): an opening mark, one capitalised
    /// word and a closing mark, with a name word right after it, all on one line.
    pub(super) fn nickname_at(&self, index: usize) -> bool {
        let opening = ['"', '\u{201C}'].iter().any(|&c| self.text.is_punct(index, c));
        let closing = ['"', '\u{201D}'].iter().any(|&c| self.text.is_punct(index + 2, c));
        opening
            && closing
            && self
                .text
                .tokens
                .get(index + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && (index..index + 3).all(|i| self.text.adjacent_on_line(i, i + 1))
            && self.is_name_word(index + 3)
    }

    /// A capitalised Irish or Scottish particle ("Ó", "Ní", "Mac") at `index`, followed on the
    /// same line by a name word it opens.
    pub(super) fn capital_particle_before_name(&self, index: usize) -> bool {
        LEXICON.word_in(Words::CapitalNameParticles, self.text, index)
            && self.text.tokens.get(index).is_some_and(|t| t.capitalised && !t.all_caps)
            && self.text.adjacent_on_line(index, index + 1)
            && self.is_name_word(index + 1)
    }

    /// "Salem Abu Eid", "Khalid Abu Said": the capitalised word after a particle of
    /// [`Words::PatronymicParticles`] inside a name is part of it, even a word that elsewhere
    /// ends names (a holiday, a speech verb).
    pub(super) fn after_patronymic_particle(&self, index: usize) -> bool {
        index > 0
            && LEXICON.word_in(Words::PatronymicParticles, self.text, index - 1)
            && self.text.tokens[index - 1].capitalised
            && self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && self.text.adjacent_on_line(index - 1, index)
    }

    /// "House Majority leaders", "Senate Labour lawmakers": a run ending in an ordinary word right
    /// before a plural noun for people who speak unnamed describes those people; it is nobody's
    /// name.
    pub(super) fn modifies_people_noun(&self, end: usize) -> bool {
        let Some(token) = self.text.tokens.get(end) else { return false };
        token.kind == TokenKind::Word
            && !token.capitalised
            && LEXICON.word_in(Words::UnnamedSpeakers, self.text, end)
            && self.word(end).ends_with('s')
            && end.checked_sub(1).is_some_and(|last| self.is_ordinary_word(last))
            && self.text.adjacent_on_line(end - 1, end)
    }
}
