//! Surnames that are common words ("Law said", "Small, who spoke first, said"): a capitalised
//! ordinary word that is the last name of exactly one person named in full elsewhere in the
//! article, standing as the subject of speech, is that person.

use super::*;

impl Finder<'_, '_> {
    /// Adds a surname mention for each such word that no other mention covers.
    pub(super) fn resolve_common_word_surnames(&mut self, person_target: &[usize]) {
        let mut by_last: HashMap<&str, HashSet<usize>> = HashMap::new();
        for (index, person) in self.people.iter().enumerate() {
            if person.name_keys.len() >= 2
                && let Some(last) = person.name_keys.last()
            {
                by_last
                    .entry(last.as_str())
                    .or_default()
                    .insert(person_target.get(index).copied().unwrap_or(index));
            }
        }
        if by_last.is_empty() {
            return;
        }
        let mut covered = vec![false; self.text.tokens.len()];
        for mention in &self.mentions {
            covered
                .get_mut(mention.start_token..mention.end_token)
                .into_iter()
                .flatten()
                .for_each(|c| *c = true);
        }
        let capitalised_word =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        let mut found = Vec::new();
        let mut key = String::new();
        for (index, token) in self.text.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word
                || !token.capitalised
                || covered.get(index).copied().unwrap_or(true)
                || !self.is_ordinary_word(index)
                // A run of capitalised words is a name of its own ("Law Enforcement Agency").
                || capitalised_word(index + 1)
                || (!token.sentence_start && index.checked_sub(1).is_some_and(capitalised_word))
            {
                continue;
            }
            // "Small, who …, said": a relative clause about a person.
            let relative = self.text.is_punct(index + 1, ',') && self.text.is_word_ci(index + 2, "who");
            if self.speech_verb_after(index).is_none() && !relative {
                continue;
            }
            key.clear();
            push_key_part(&mut key, self.word(index));
            if let Some(people) = by_last.get(key.as_str())
                && people.len() == 1
                && let Some(&person) = people.iter().next()
            {
                found.push((index, person));
            }
        }
        for (index, person) in found {
            let surface = self.word(index).to_owned();
            self.push(ActorKey::Person(person), index, index + 1, surface, "surname", false);
        }
    }
}
