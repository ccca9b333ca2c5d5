//! The subject of a speech verb: the nearest mention or pronoun before it that is neither the
//! object of a preposition nor a possessor of the real subject, the subject before an
//! appositive, or the sentence's first mention for a participle after a comma.

use super::*;

impl Attributor<'_, '_> {
    /// The nearest mention or pronoun before the verb, outside quotes, within the sentence.
    pub(super) fn subject_before_verb(&self, sentence_start: usize, verb: usize) -> Option<(usize, bool)> {
        // "Doe attacked Roe on Monday, saying …": a participle after a comma has the sentence's
        // subject, whoever is mentioned in between; none found, nobody is guessed.
        if verb > sentence_start && self.text.is_punct(verb - 1, ',') && self.word(verb).ends_with("ing") {
            return self.sentence_subject(sentence_start, verb).map(|(_, found)| found);
        }
        // An inverted verb closing its sentence (", says a top academic.") has its subject after it.
        if verb > sentence_start && self.text.is_punct(verb - 1, ',') {
            let sentence_end = self.sentence_range(verb).end;
            let short_tail = (verb + 1..(verb + 6).min(sentence_end + 1))
                .any(|i| i >= sentence_end || self.text.is_punct(i, ',') || self.text.is_punct(i, '.'));
            // "Jane Doe, who campaigned here, tweeted, '…'" or "… told a reporter, '…'": the verb
            // introduces the quote after it, so its subject stands before the appositive.
            let introduces_quote = (verb + 1..(verb + 6).min(sentence_end)).any(|i| {
                (self.text.is_punct(i, ',') || self.text.is_punct(i, ':')) && self.is_quote_mark(i + 1)
            });
            if short_tail && !introduces_quote {
                return None;
            }
            // "Jo Bell, head of the board of Acme, the group's arm, said": the sentence's subject
            // with the appositive right after it, however many commas the appositive holds.
            if let Some((end, found)) = self.sentence_subject(sentence_start, verb)
                && self.text.is_punct(end, ',')
            {
                return Some(found);
            }
            // "Dmitry Peskov, the Kremlin spokesman, told": the subject stands before the
            // appositive that the comma closes.
            let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
            let opening_comma = (reach..verb - 1).rev().find(|&i| self.text.is_punct(i, ','));
            if let Some(found) =
                opening_comma.and_then(|comma| comma.checked_sub(1)).and_then(|i| self.subject_at(i))
            {
                return Some(found);
            }
        }
        // "welcomed by Beijing, which described it as …": the relative pronoun stands for the
        // mention right before it, whatever preposition that has.
        if verb >= sentence_start + 2
            && (self.text.is_word_ci(verb - 1, "which") || self.text.is_word_ci(verb - 1, "who"))
        {
            let before = if self.text.is_punct(verb - 2, ',') { verb.checked_sub(3) } else { Some(verb - 2) };
            if let Some(found) = before.filter(|&i| i >= sentence_start).and_then(|i| self.subject_at(i)) {
                return Some(found);
            }
        }
        let mut index = verb;
        let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
        while index > reach {
            index -= 1;
            if self.inside_quote(index) || self.is_quote_mark(index) {
                continue;
            }
            if let Some(found) = self.subject_at(index) {
                // "Ryan of Ohio said": the object of a preposition is not the subject.
                if self.after_object_preposition(index) {
                    index = self.mention_covering(index).map_or(index, |m| m.start_token);
                    continue;
                }
                // "Powell's office said": the office speaks, not Powell; left open.
                if self.possesses_the_subject(index) {
                    return None;
                }
                return Some(found);
            }
        }
        None
    }

    /// Whether the mention (or pronoun) at `token` is the object of a preposition before it.
    pub(super) fn after_object_preposition(&self, token: usize) -> bool {
        let start = self.mention_covering(token).map_or(token, |m| m.start_token);
        start.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::ObjectPrepositions, self.text, i))
    }

    /// The subject of the sentence before `verb`: its first mention or pronoun outside quotes
    /// that is neither the object of a preposition ("Like Roe, Doe said") nor a possessor
    /// ("Doe's aide said"), with the token right after it.
    pub(super) fn sentence_subject(
        &self,
        sentence_start: usize,
        verb: usize,
    ) -> Option<(usize, (usize, bool))> {
        let mut index = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
        while index < verb {
            if self.inside_quote(index) || self.is_quote_mark(index) {
                index += 1;
                continue;
            }
            let end = self.mention_covering(index).map_or(index + 1, |m| m.end_token);
            if let Some(found) = self.subject_at(index) {
                if self.possesses_the_subject(index) {
                    return None;
                }
                if !self.after_object_preposition(index) {
                    return Some((end, found));
                }
            }
            index = end.max(index + 1);
        }
        None
    }

    /// Whether the mention at `token` is a possessor before the plain noun that heads the subject
    /// ("Powell's office", "the senator's spokeswoman"), the noun being no actor of its own.
    pub(super) fn possesses_the_subject(&self, token: usize) -> bool {
        let Some(mention) = self.mention_covering(token) else { return false };
        let after = mention.end_token;
        self.text.tokens.get(after).is_some_and(|t| t.kind == TokenKind::Possessive)
            && self.text.tokens.get(after + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.mention_covering(after + 1).is_none()
    }
}
