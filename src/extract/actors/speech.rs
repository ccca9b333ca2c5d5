//! Pass 2, who speaks: a speech verb after a name, a personal pronoun that speaks for a lone name,
//! a word before a name that makes it an object, and acronyms that name an organisation because
//! they speak.

use super::*;

/// How far after a lone speaking name a speaking pronoun ("he said") is looked for.
const SPEAKING_PRONOUN_REACH_TOKENS: usize = 80;

impl Finder<'_, '_> {
    /// "ORBEX said", "the agency, ORBEX, said", "an ORBEX spokesman", "a spokeswoman for ORBEX": a
    /// word in capitals that no gazetteer knows names an organisation when it speaks, has a
    /// spokesperson, or has people or a government of [`Words::AffiliationNouns`] ("the KDP
    /// government"); every other mention of it is then that organisation too.
    pub(super) fn resolve_speaking_acronyms(&mut self) {
        let acronyms = std::mem::take(&mut self.acronyms);
        let spokesperson = |i: usize| LEXICON.word_in(Words::SpokespersonNouns, self.text, i);
        // "Dr. Ruth Okello, EGH, said": letters set off right after a person's name are an honour
        // held, not an organisation.
        let person_ends: HashSet<usize> = self
            .mentions
            .iter()
            .filter(|m| matches!(m.key, ActorKey::Person(_)))
            .map(|m| m.end_token)
            .collect();
        let speaking: HashSet<&str> = acronyms
            .iter()
            // "Jo Bell KC said": an honour's letters right after a name are the person's.
            .filter(|&&i| !(person_ends.contains(&i) && LEXICON.word_in(Words::PostNominals, self.text, i)))
            // "Danish PM calls …": an office in capitals is a person's title.
            .filter(|&&i| !LEXICON.word_in(Words::TitleAcronyms, self.text, i))
            .filter(|&&i| {
                let appositive = i > 0
                    && self.text.is_punct(i - 1, ',')
                    && self.text.is_punct(i + 1, ',')
                    && !person_ends.contains(&(i - 1));
                let spokesperson_for = i >= 2
                    && (spokesperson(i - 2) && self.text.is_word_ci(i - 1, "for")
                        || i >= 3
                            && spokesperson(i - 3)
                            && self.text.is_word_ci(i - 2, "for")
                            && self.text.is_word_ci(i - 1, "the"));
                // "the KDP government", "a KDP state spokesperson": its people or its rule.
                let affiliated = |at: usize| {
                    self.text.tokens.get(at).is_some_and(|t| !t.capitalised)
                        && LEXICON.word_in(Words::AffiliationNouns, self.text, at)
                };
                // Three letters at least: "TV chiefs" is a medium, no body.
                let lower_word =
                    self.text.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
                let letters = self.word(i).chars().filter(|c| c.is_alphabetic()).count();
                (self.speaks(i) && !self.is_object(i))
                    || (appositive && self.speaks(i + 1))
                    || spokesperson(i + 1)
                    || spokesperson_for
                    || letters >= 3 && (affiliated(i + 1) || lower_word && affiliated(i + 2))
            })
            .map(|&i| self.word(i))
            .collect();
        let found: Vec<usize> =
            acronyms.iter().copied().filter(|&i| speaking.contains(self.word(i))).collect();
        // "the Harbour Maritime Bureau … the HMB said": the initials of a name already found.
        let initials_of = |full: &str| -> String {
            full.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
        };
        for index in found {
            let name = self.word(index).to_owned();
            let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
            let known = self
                .named_orgs
                .iter()
                .filter(|(_, org)| letters.len() >= 3 && initials_of(&org.name) == letters)
                .map(|(key, _)| key.clone())
                .min();
            match known {
                Some(key) => {
                    self.push(ActorKey::Named(key), index, index + 1, name, "abbreviation-defined", false)
                }
                None => self.push_named(index, index + 1, name, ActorKind::Organisation, "subject-of-speech"),
            }
        }
    }

    /// Whether the word before `index` makes it an object rather than the subject of what follows:
    /// a preposition ("fishermen in the port of Skarn said") or a participle ("a man speaking
    /// Welsh says").
    pub(super) fn is_object(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else { return false };
        let token = self.text.tokens[before];
        token.kind == TokenKind::Word
            && !token.capitalised
            && (LEXICON.word_in(Words::ObjectPrepositions, self.text, before)
                || self.word(before).ends_with("ing"))
    }

    /// Whether the word at `index` is directly followed by a finite speech verb ("said", "says",
    /// "told", "warned"), as the subject of a statement.
    pub(super) fn speaks(&self, index: usize) -> bool {
        let Some(next) = self.text.tokens.get(index + 1) else { return false };
        let verb = self.word(index + 1);
        next.kind == TokenKind::Word
            && !next.capitalised
            && self.text.adjacent_on_line(index, index + 1)
            && LEXICON.is_speech_verb(verb)
            && !verb.ends_with("ing")
    }

    /// The finite speech verb that a lone name is the subject of: right after it ("Dorn said"),
    /// or after an age in apposition ("Dorn, 52, said").
    pub(super) fn speech_verb_after(&self, index: usize) -> Option<usize> {
        if self.speaks(index) {
            return Some(index + 1);
        }
        let age = self.text.is_punct(index + 1, ',')
            && self.text.tokens.get(index + 2).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.is_punct(index + 3, ',');
        if age && self.speaks(index + 3) {
            return Some(index + 4);
        }
        self.aged_appositive_end(index).filter(|&comma| self.speaks(comma)).map(|comma| comma + 1)
    }

    /// The closing comma of an appositive that gives a lone name an age ("Milica, a 34-year-old
    /// nurse who declined to give her surname,"): "a" or "an", a number joined to "year-old",
    /// then plain words up to a comma within reach.
    fn aged_appositive_end(&self, index: usize) -> Option<usize> {
        /// How many tokens the appositive spans at most, its relative clause included.
        const AGED_APPOSITIVE_TOKENS: usize = 16;
        if !(self.text.is_punct(index + 1, ',')
            && (self.text.is_word_ci(index + 2, "a") || self.text.is_word_ci(index + 2, "an")))
        {
            return None;
        }
        // "34-year-old" is one token or a number and the rest, as the tokenizer reads it.
        let age = self.text.tokens.get(index + 3)?;
        let from_age = self.text.slice(age.start_byte(), self.text.text.len().min(age.end_byte() + 9));
        let digits = from_age.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !from_age.get(digits..).is_some_and(|rest| rest.starts_with("-year-old")) {
            return None;
        }
        let sentence_end = self.text.sentence_of(index).end;
        (index + 4..(index + AGED_APPOSITIVE_TOKENS).min(sentence_end))
            .take_while(|&i| self.text.is_word(i) || self.text.is_punct(i, ',') || self.text.is_punct(i, '-'))
            .find(|&i| self.text.is_punct(i, ','))
    }

    /// `"…," said Marisha, a 70-year-old baker`: a lone name right after a speech verb that
    /// follows a quote's closing mark, described by an appositive opened by "a" or "an", is a
    /// person who speaks.
    pub(super) fn named_after_inverted_verb(&self, index: usize) -> bool {
        let closes_quote = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
                && matches!(self.word(i), "\"" | "\u{201d}" | "\u{2019}" | "'")
        };
        index >= 2
            && LEXICON.is_speech_verb(self.text.key(index - 1))
            && !LEXICON.word_in(Words::AddresseeVerbs, self.text, index - 1)
            && closes_quote(index - 2)
            && self.text.is_punct(index + 1, ',')
            && (self.text.is_word_ci(index + 2, "a") || self.text.is_word_ci(index + 2, "an"))
    }

    /// `said Mamadou, 23, from Guinea`, `one commuter, Daina, 34, as she waited`: a lone name
    /// after a verb of speech or a comma, with an age set off by commas and a lower-case word after
    /// it, is a person. ("Vardenia, 4, Ostrava, 2, and Kelm, 7" is a list of counts: a capital or a
    /// conjunction follows the number.)
    pub(super) fn aged_lone_name(&self, index: usize) -> bool {
        /// The oldest age a news story gives in apposition.
        const OLDEST: u32 = 110;
        let after_verb_or_comma = index.checked_sub(1).is_some_and(|before| {
            self.text.is_punct(before, ',')
                || self.text.tokens[before].kind == TokenKind::Word
                    && LEXICON.is_speech_verb(self.text.key(before))
        });
        let age = self
            .text
            .tokens
            .get(index + 2)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|t| self.text.slice(t.start_byte(), t.end_byte()).parse::<u32>().ok());
        after_verb_or_comma
            && self.text.is_punct(index + 1, ',')
            && age.is_some_and(|age| (1..=OLDEST).contains(&age))
            && self.text.is_punct(index + 3, ',')
            && self.text.tokens.get(index + 4).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !["and", "or", "nor"].iter().any(|w| self.text.is_word_ci(index + 4, w))
    }

    /// "Boatmen say the tolls doubled": a capitalised word opening its sentence right before a
    /// speech verb in the plural present ("say", whose "says" is a speech verb too) is a plural
    /// noun for people, no name ("Doe says", "Acme said").
    pub(super) fn plural_noun_speaks(&self, index: usize, verb: usize) -> bool {
        if verb != index + 1 || !self.text.tokens.get(index).is_some_and(|t| t.sentence_start) {
            return false;
        }
        let word = self.text.key(verb);
        !word.ends_with('s') && LEXICON.is_speech_verb(&format!("{word}s"))
    }

    /// Whether the first pronoun within a dozen tokens from `start`, in its sentence, is personal
    /// ("he", "her") rather than neuter ("it", "its", "they"); no pronoun counts as neuter.
    /// Failing that, a pronoun that speaks later in the paragraph or the next one ("Dorn said.
    /// … \"…,\" he added") decides.
    pub(super) fn pronoun_after_is_personal(&self, start: usize) -> bool {
        if start >= self.text.tokens.len() {
            return false;
        }
        let sentence_end = self.text.sentence_of(start).end.min(start + 12);
        for index in start..sentence_end {
            match self.text.key(index) {
                "he" | "she" | "his" | "her" | "him" | "hers" => return true,
                "it" | "its" | "they" | "their" | "them" => return false,
                _ => {}
            }
        }
        let paragraph = self.text.tokens[start].paragraph();
        let next_paragraph_end =
            self.text.paragraphs.get(paragraph + 1).map_or(self.text.tokens.len(), |range| range.end);
        for index in sentence_end..next_paragraph_end.min(start + SPEAKING_PRONOUN_REACH_TOKENS) {
            if self.speaks(index) {
                match self.text.key(index) {
                    "he" | "she" => return true,
                    "it" | "they" => return false,
                    _ => {}
                }
            }
        }
        false
    }
}
