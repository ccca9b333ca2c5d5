//! A quoted fragment in a sentence whose subject is a person and whose verb is no speech verb:
//! "Doe bemoaned a climate in which people 'hate each other'", "Doe, a lawyer, is labelling the
//! plan 'a blatant abuse'". When no other rule attributes the quote, the person the sentence is
//! about chose the words.

use super::*;

/// How many tokens an appositive after the subject spans at most.
const APPOSITIVE_REACH_TOKENS: usize = 16;

/// How many tokens the subject's first words (titles) may take before its mention.
const TITLE_WORDS_BEFORE: usize = 4;

/// Auxiliaries between the subject and its verb ("Doe is promising", "Doe has been taking").
const AUXILIARIES: &[&str] = &["is", "was", "are", "were", "been", "be", "has", "had", "have", "did", "does"];

/// Conjunctions that, after a comma, open a clause with a subject of its own ("…, and his first
/// videos show").
const CLAUSE_CONJUNCTIONS: &[&str] = &["and", "but", "though", "although", "while", "whereas", "yet"];

impl Attributor<'_, '_> {
    /// The person who is the subject of the quote's sentence (its main clause), with a verb right
    /// after them (and any appositive), before the quote.
    pub(super) fn subject_verb_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let sentence = self.sentence_range(span.open_token);
        let mut start = self.main_clause_start(sentence.start, span.open_token);
        while start < span.open_token
            && self.text.tokens.get(start).is_some_and(|t| t.kind == TokenKind::Punct)
        {
            start += 1;
        }
        // The subject's mention, after a few capitalised title words at most.
        let mention = (start..(start + TITLE_WORDS_BEFORE).min(span.open_token))
            .take_while(|&i| self.text.tokens.get(i).is_some_and(|t| t.capitalised || i == start))
            .find_map(|i| self.mention_at(i))?;
        if self.actors.kind_of(mention) != ActorKind::Person || self.inside_quote(mention.start_token) {
            return None;
        }
        let mut verb = mention.end_token;
        // "Doe, a lawyer at the firm, is labelling …": past the appositive.
        if self.text.is_punct(verb, ',') {
            verb = (verb + 1..(verb + APPOSITIVE_REACH_TOKENS).min(span.open_token))
                .find(|&i| self.text.is_punct(i, ',') && !self.inside_quote(i))?
                + 1;
        }
        while verb < span.open_token
            && (LEXICON.word_in(Words::VerbLeadIns, self.text, verb)
                || AUXILIARIES.iter().any(|w| self.text.is_word_ci(verb, w))
                || (self.word(verb).ends_with("ly")
                    && self.text.tokens.get(verb).is_some_and(|t| !t.capitalised)))
        {
            verb += 1;
        }
        let token = self.text.tokens.get(verb)?;
        let word = self.word(verb);
        let verb_like = token.kind == TokenKind::Word
            && !token.capitalised
            && (word.ends_with("ed") || word.ends_with('s') || word.ends_with("ing"))
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, verb)
            && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, verb)
            && !LEXICON.word_in(Words::SubjectBreakers, self.text, verb);
        if !verb_like || verb >= span.open_token {
            return None;
        }
        // The quote stays in the subject's clause: no ", and …" clause, no aside in brackets.
        let mut open_brackets = 0usize;
        for i in verb..span.open_token {
            if self.text.is_punct(i, '(') {
                open_brackets += 1;
            } else if self.text.is_punct(i, ')') {
                open_brackets = open_brackets.saturating_sub(1);
            } else if self.text.is_punct(i, ',')
                && CLAUSE_CONJUNCTIONS.iter().any(|w| self.text.is_word_ci(i + 1, w))
            {
                return None;
            }
        }
        (open_brackets == 0).then_some(mention.actor)
    }
}
