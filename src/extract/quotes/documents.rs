//! Documents that speak for their author: "A report by the Kell Institute warned", "Acme's
//! annual assessment described", and "the statement said" after "Acme said in a statement".

use super::*;

/// How many sentences before a quote "the statement" or "the spokesperson" looks for the one
/// that introduced it ("said in a statement").
pub(super) const INTRODUCTION_SENTENCES: usize = 3;

/// How many sentences before a quote "the report" looks for the one that introduced it ("The
/// 86-page report by the Kell Institute", "Acme said in a report").
const REPORT_INTRODUCTION_SENTENCES: usize = 30;

/// How many words may stand between "a" and the noun it introduces ("a senior U.S. defense
/// official").
const INTRODUCTION_MODIFIER_TOKENS: usize = 6;

/// How many words may stand between a verb that puts a document out and "by" before its author
/// ("published on Tuesday by").
const ISSUER_ADJUNCT_TOKENS: usize = 3;

/// How many tokens before a document's noun the verb that puts it out may stand ("said in a short
/// statement").
const DOCUMENT_VERB_TOKENS: usize = 4;

impl Attributor<'_, '_> {
    /// "A report by the Kell Institute this year warned that … '…'", "A statement from the
    /// ministry said '…'": the sentence's subject is a document ([`Words::AuthoredNouns`],
    /// [`Words::PublishedNouns`]) an actor put out, named after "by" or "from"; that actor
    /// speaks. The document noun opens the subject after "a", "an" or "the" and at most two plain
    /// words ("a joint statement"), and only a short adjunct ("this year") stands between the
    /// author and the speech verb.
    pub(super) fn author_of_document_subject(&self, span: &QuoteSpan) -> Option<usize> {
        const ADJECTIVES: usize = 2;
        const ADJUNCT_TOKENS: usize = 4;
        let sentence = self.sentence_range(span.open_token);
        let start = self.subject_opening(sentence.start);
        if !["a", "an", "the"].iter().any(|w| self.text.is_word_ci(start, w)) {
            return None;
        }
        let plain =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let noun = (start + 1..=start + 1 + ADJECTIVES)
            .take_while(|&i| plain(i))
            .find(|&i| LEXICON.word_in_any(&[Words::AuthoredNouns, Words::PublishedNouns], self.text, i))?;
        if !(self.text.is_word_ci(noun + 1, "by") || self.text.is_word_ci(noun + 1, "from")) {
            return None;
        }
        let object = noun + 2 + usize::from(self.text.is_word_ci(noun + 2, "the"));
        let author = self.longest_mention_at(object).or_else(|| self.longest_mention_at(noun + 2))?;
        // "A report by Acme's research unit": the body the possessor owns is no mention here.
        if self.text.tokens.get(author.end_token).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return None;
        }
        let verb = (author.end_token..(author.end_token + 1 + ADJUNCT_TOKENS).min(span.open_token))
            .take_while(|&i| self.text.is_word(i) && self.mention_covering(i).is_none())
            .find(|&i| self.is_speech_verb(i))?;
        (verb < span.open_token && !self.inside_quote(verb)).then_some(author.actor)
    }

    /// `The Kessan Signals Agency's latest National Cyber Threat Assessment described Velm as
    /// "…"`: a document ([`Words::AuthoredNouns`], [`Words::PublishedNouns`]) after its owner's
    /// possessive opens the sentence's subject, with a few words of its title between, and a
    /// speech verb follows it: the owner speaks, unless it is an outlet.
    pub(super) fn owner_of_document_subject(&self, span: &QuoteSpan) -> Option<usize> {
        /// How many words may describe the document or give its title.
        const TITLE_WORDS: usize = 7;
        let sentence = self.sentence_range(span.open_token);
        let opening = self.subject_opening(sentence.start);
        let start = opening + usize::from(self.text.is_word_ci(opening, "the"));
        let owner_end =
            self.longest_mention_at(opening).or_else(|| self.longest_mention_at(start))?.end_token;
        let owner = self.possessor_ending_at(owner_end)?;
        if self.actors.kind_of(owner) == ActorKind::Media {
            return None;
        }
        let noun = (owner_end + 1..=owner_end + TITLE_WORDS)
            .take_while(|&i| {
                i < span.open_token
                    && self.text.is_word(i)
                    && self.mention_covering(i).is_none()
                    && !self.is_speech_verb(i)
            })
            .find(|&i| LEXICON.word_in_any(&[Words::AuthoredNouns, Words::PublishedNouns], self.text, i))?;
        (self.is_speech_verb(noun + 1) && noun + 1 < span.open_token).then_some(owner.actor)
    }

    /// `Acme said in a statement that …. "…," the statement said.`: a definite document or
    /// spokesperson noun ("the statement", "the spokesperson") is the one an earlier sentence
    /// introduced with "a", and speaks for whom that sentence names: a document's author ("Acme
    /// said in a statement", "In a statement, Acme said"), the organisation a spokesperson
    /// speaks for ("a Navy spokesperson", "a spokesperson for the Navy"). Nobody is guessed when
    /// the introduction names nobody. A plain word or two may describe the noun ("the new
    /// report", "the latest statement").
    pub(super) fn author_of_introduced_noun(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        /// How many plain words may stand between the article and the noun.
        const ADJECTIVES: usize = 2;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let [article, between @ .., noun] = words.as_slice() else {
            return None;
        };
        if between.len() > ADJECTIVES
            || !between.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        {
            return None;
        }
        let noun = noun.to_ascii_lowercase();
        // "the source" after "a source close to the agency" may only know of it: the quote stays
        // described. "the official" after "a senior Acme official" speaks for Acme.
        let spokesperson = super::spokespeople::voice_noun(&noun);
        if !spokesperson && LEXICON.has(Words::RepresentativeNouns, &noun) {
            return None;
        }
        // "the document" names again whatever document was introduced, a statement or a report.
        let generic = LEXICON.has(Words::GenericDocumentNouns, &noun);
        let authored = generic || LEXICON.has(Words::AuthoredNouns, &noun);
        let published = generic || LEXICON.has(Words::PublishedNouns, &noun);
        if !article.eq_ignore_ascii_case("the") || !(spokesperson || authored || published) {
            return None;
        }
        let sentence_index = self.text.tokens.get(span.open_token)?.sentence();
        // A report is what a whole article may be about: "the report said" names again the one
        // introduced many sentences before.
        let reach = if published { REPORT_INTRODUCTION_SENTENCES } else { INTRODUCTION_SENTENCES };
        let first = self.text.sentences.get(sentence_index.saturating_sub(reach))?.start;
        let indefinite = |i: usize| self.text.is_word_ci(i, "a") || self.text.is_word_ci(i, "an");
        // "The 86-page report by the Kell Institute": a report named with its author is introduced
        // by "the" too.
        let by_author = |noun: usize| {
            (authored || published)
                && (self.text.is_word_ci(noun + 1, "by") || self.text.is_word_ci(noun + 1, "from"))
        };
        // "a 42-page report": a count and its hyphen may describe the document.
        let counted = |j: usize| {
            self.text.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number) || self.text.is_punct(j, '-')
        };
        // "warned in her annual report": a document is introduced by its author's possessive too.
        let possessive =
            |i: usize| (authored || published) && LEXICON.word_in(Words::PossessiveDeterminers, self.text, i);
        // "the statement" after "a message posted on its channels": one document the author put
        // out, named by another word of the same kind.
        // "the report" after "the service's annual assessment": a published document is named
        // again by another word for one.
        let same_noun = |i: usize| {
            self.text.key(i) == noun
                || authored && LEXICON.word_in(Words::AuthoredNouns, self.text, i)
                || published && LEXICON.word_in(Words::PublishedNouns, self.text, i)
        };
        // The latest "a statement", "a Navy spokesperson" or "a senior U.S. defense official"
        // before the quote: the noun after "a" and a few words, the last body named among them
        // modifying it.
        let found = (first + 1..span.open_token).rev().find_map(|i| {
            if self.inside_quote(i) || !self.text.is_word(i) || !same_noun(i) {
                return None;
            }
            let mut modifier = None;
            for j in (i.saturating_sub(INTRODUCTION_MODIFIER_TOKENS).max(first)..i).rev() {
                // "Jo Bell said it was the first time the agency had named states in a public
                // report": a document told of inside reported words is introduced by nobody.
                if indefinite(j) && self.inside_reported_clause(j) {
                    return None;
                }
                if indefinite(j) || possessive(j) || self.text.is_word_ci(j, "the") && by_author(i) {
                    return Some((i, modifier));
                }
                // "the Kessa Intelligence Service's annual assessment": a body's possessive.
                if (authored || published)
                    && modifier.is_none()
                    && let Some(owner) = self.possessor_ending_at(j)
                {
                    return (self.actors.kind_of(owner) != ActorKind::Person)
                        .then_some((i, Some(owner.actor)));
                }
                if let Some(mention) = self.mention_covering(j) {
                    modifier = modifier.or(Some(mention.actor));
                } else if !self.text.is_word(j) && !counted(j) {
                    return None;
                }
            }
            None
        });
        let Some((intro, modifier)) = found else {
            // `Acme claimed the attack online. "…," the post said.`: a document nobody introduced
            // is the one the sentence before put out.
            if spokesperson {
                return None;
            }
            // `The Grey Owl group gave the clinic five days. "…," the post read.`: a statement or a
            // post (not a report, which anyone may write about anyone) is that of the body whose
            // act the sentence before tells.
            return self.claimant_before(span).or_else(|| {
                (LEXICON.has(Words::AuthoredNouns, &noun) && !published)
                    .then(|| self.subject_before_spokesperson(span.open_token))
                    .flatten()
            });
        };
        let not_person =
            |actor: usize| self.actors.actors.get(actor).is_some_and(|a| a.kind != ActorKind::Person);
        if let Some(actor) = modifier {
            return not_person(actor).then_some(actor);
        }
        // "a spokesperson for the Navy", "a statement from the ministry", "a report by the
        // institute", "a statement issued by the army".
        // ("a ranking published on Tuesday by the institute": a short adjunct of time or place
        // may stand before "by".)
        let by_issuer = (!spokesperson && LEXICON.word_in(Words::IssuingVerbs, self.text, intro + 1))
            .then(|| {
                (intro + 2..=intro + 2 + ISSUER_ADJUNCT_TOKENS)
                    .take_while(|&i| self.text.is_word(i) && self.mention_covering(i).is_none())
                    .find(|&i| self.text.is_word_ci(i, "by"))
            })
            .flatten();
        // "A report last week by the Kell Institute", "a report on Monday by …": a date may stand
        // between a document and its author.
        let by_after_date = (!spokesperson && by_issuer.is_none() && (authored || published))
            .then(|| {
                let from = intro + 1 + usize::from(self.text.is_word_ci(intro + 1, "on"));
                crate::extract::facts::date_at(self.text, from).map(|(date_end, _)| date_end)
            })
            .flatten()
            .filter(|&after| self.text.is_word_ci(after, "by"));
        let issued_by = by_issuer.is_some();
        let preposition = by_issuer.or(by_after_date).unwrap_or(intro + 1);
        let object = preposition + usize::from(self.text.is_word_ci(preposition + 1, "the"));
        if (issued_by
            || by_after_date.is_some()
            || by_author(intro)
            || ["from", "of", "at", "with"].iter().any(|w| self.text.is_word_ci(intro + 1, w))
            // ("a spokesperson for the Navy"; "an assessment for Vell" is one about Vell.)
            || spokesperson && self.text.is_word_ci(intro + 1, "for"))
            && let Some(mention) =
                self.longest_mention_at(object + 1).or_else(|| self.longest_mention_at(object))
        {
            // "an official at Spain's National Police": the body the possessor owns.
            let owned = self
                .text
                .tokens
                .get(mention.end_token)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
                .then(|| self.longest_mention_at(mention.end_token + 1))
                .flatten();
            let mention = owned.unwrap_or(mention);
            // ("a statement published by the state news agency": the outlet only carries it.)
            let kind = self.actors.kind_of(mention);
            return (kind != ActorKind::Person && !(issued_by && kind == ActorKind::Media))
                .then_some(mention.actor);
        }
        // `… gave its account. A spokesman said … "…," the spokesman said.`: the one an unnamed
        // spokesperson after the body's sentence speaks for. An official or a source may not: "A
        // senior official in the prime minister's office" after a sentence about a new force is
        // none of the force's.
        // ("A Treasury official, speaking on condition of anonymity, said …": a word of a body's
        // name before the official still names the body.)
        if spokesperson {
            return if LEXICON.has(Words::SpokespersonNouns, &noun) {
                self.subject_before_spokesperson(intro)
            } else {
                intro.checked_sub(1).and_then(|word| self.body_named_by_word(word, span.open_token))
            };
        }
        let sentence = self.text.sentence_of(intro);
        // "In a statement carried by the agency, it said": the subject after the opening phrase.
        // "Confirming the raid in a statement, the force's press officer, Jo Bell, said": an
        // opening participle's phrase ends at its comma too; the subject of the speech verb
        // after it, when no actor opens the clause.
        let fronted = self.opening_phrase_end(sentence.start, sentence.end);
        if let Some(comma) = fronted
            && intro < comma
        {
            // ("In a statement posted online, the Front said": the article before the name.)
            let subject = comma + 1 + usize::from(self.text.is_word_ci(comma + 1, "the"));
            if let Some((actor, _)) = self.subject_at(subject) {
                return Some(actor);
            }
            let verb = (comma + 1..sentence.end).find(|&i| {
                !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing")
            })?;
            return self.subject_before_verb(comma + 1, verb).map(|(actor, _)| actor);
        }
        // "…, the Federal Prosecutor's Office said in a statement": the body or person right
        // before the verb that puts the document out speaks, whatever opens the sentence.
        if let Some(verb) = (intro.saturating_sub(DOCUMENT_VERB_TOKENS)..intro)
            .rev()
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i))
            && (verb + 1..intro).all(|i| self.text.is_word(i) && self.mention_covering(i).is_none())
            // "Ines Varda, the commissioner, warned in her annual report": a comma may close the
            // author's appositive.
            && let comma = usize::from(verb > 0 && self.text.is_punct(verb - 1, ','))
            && let Some(author) = verb
                .checked_sub(1 + comma)
                .and_then(|i| self.mention_covering(i))
                .filter(|m| m.end_token + comma == verb)
        {
            // "Ana Vell, the sister of leader Tomas Vell, said in a statement": the person the
            // appositive describes, not the name inside it.
            let described = (comma == 1)
                .then(|| self.person_before_appositive(self.text.sentence_of(verb).start, verb - 1))
                .flatten();
            return Some(described.unwrap_or(author.actor));
        }
        // "Acme said in a statement", "Acme issued a joint advisory": the subject, when a speech
        // verb or one that puts a document out joins it to the noun.
        let (end, (actor, _)) = self.sentence_subject(sentence.start, intro)?;
        // "Acme disclosed the breach in a public advisory": a document the subject's act took place
        // in is the subject's, whatever the verb.
        let in_document = (intro.saturating_sub(INTRODUCTION_MODIFIER_TOKENS)..intro)
            .rev()
            .find(|&j| indefinite(j))
            .is_some_and(|article| article > end && self.text.is_word_ci(article - 1, "in"));
        let subject_verb = in_document
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let verb = (end..intro).find(|&i| {
            self.is_speech_verb(i)
                || LEXICON.word_in(Words::IssuingVerbs, self.text, i)
                || subject_verb && i == end
        })?;
        // "Militants detonated a bomb, the Kenyan police said in a statement": the body right
        // before the verb speaks, not the sentence's first subject.
        let right_before = verb
            .checked_sub(1)
            .and_then(|i| self.mention_covering(i))
            .filter(|m| m.end_token == verb && self.actors.kind_of(m) != ActorKind::Person);
        // "Kessa remains the main threat, the country's two agencies said in their report": a
        // subject of its own after a comma, which is no name, puts the document out; the
        // sentence's first subject does not. (An appositive closes on its comma: "Acme, the grid
        // operator, said".)
        let own_subject = !verb.checked_sub(1).is_some_and(|i| self.text.is_punct(i, ','))
            && (end..verb).any(|i| self.text.is_punct(i, ','));
        match right_before {
            Some(mention) => Some(mention.actor),
            None => (!own_subject).then_some(actor),
        }
    }
}
