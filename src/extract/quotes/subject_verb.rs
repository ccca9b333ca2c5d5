//! A quoted fragment in a sentence whose subject is a person and whose verb is no speech verb:
//! "Doe bemoaned a climate in which people 'hate each other'", "Doe, a lawyer, is labelling the
//! plan 'a blatant abuse'". When no other rule attributes the quote, the person the sentence is
//! about chose the words.

use super::*;

/// How many tokens an appositive after the subject spans at most.
const APPOSITIVE_REACH_TOKENS: usize = 24;

/// How many tokens the subject's words (titles, names, a possessive) may take.
const SUBJECT_TOKENS: usize = 7;

/// How far an opening phrase ("In the depths of the recession,") may reach before its comma.
const OPENING_PHRASE_TOKENS: usize = 12;

impl Attributor<'_, '_> {
    /// `The Chadian foreign ministry "deplored" the expulsions`, `Jo Bell "strongly condemned"
    /// the attack`: a quote that opens with a verb in the past (or an adverb and one), right
    /// after the name that opens its clause, is that name's own word for what it did.
    pub(super) fn quoted_predicate_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let mention = self
            .mention_covering(span.open_token.checked_sub(1)?)
            .filter(|m| m.end_token == span.open_token)?;
        let opening = self.text.with_article(mention.start_token);
        let sentence = self.sentence_range(span.open_token);
        let opens_clause = opening == sentence.start
            || opening.checked_sub(1).is_some_and(|i| {
                self.text.is_punct(i, ',') || self.text.is_word_ci(i, "and") || self.text.is_word_ci(i, "but")
            });
        let lower =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let first = span.open_token + 1;
        let past = |i: usize| lower(i) && self.word(i).ends_with("ed");
        let verb = past(first) || lower(first) && self.word(first).ends_with("ly") && past(first + 1);
        (opens_clause && verb && !self.inside_quote(opening)).then_some(mention.actor)
    }

    /// The person who is the subject of the quote's sentence (its main clause), with a verb right
    /// after them (and any appositive), before the quote.
    pub(super) fn subject_verb_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let sentence = self.sentence_range(span.open_token);
        let mut start = self.main_clause_start(sentence.start, span.open_token);
        // "Fourteen were killed in Bannu; Islamabad blamed '…'": a semicolon opens a clause of its
        // own, with its own subject.
        if let Some(semicolon) = self.last_semicolon(
            start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS))..span.open_token,
        ) {
            start = semicolon + 1;
        }
        while start < span.open_token
            && self.text.tokens.get(start).is_some_and(|t| t.kind == TokenKind::Punct)
        {
            start += 1;
        }
        // "In the depths of the recession, Doe worried …": the subject after an opening phrase;
        // "Chad's envoy to the agency, Jo Bell, rejected …": a person named after a description.
        let (mention, verb) = match self.subject_mention(start, span.open_token) {
            Some(mention) => self.verb_after_subject(mention, start, span)?,
            None => match self.person_in_apposition_to_description(start, span.open_token) {
                Some(found) => found,
                None => {
                    let comma = (start + 1..(start + OPENING_PHRASE_TOKENS).min(span.open_token))
                        .find(|&i| self.text.is_punct(i, ','))?;
                    let mention = self.subject_mention(comma + 1, span.open_token)?;
                    self.verb_after_subject(mention, start, span)?
                }
            },
        };
        // "Doe was asked, '…'", "Doe was branded 'a coward'": the subject of a passive is
        // spoken to or about.
        if !(self.verb_like(verb) || self.verdict_verb(verb))
            || verb >= span.open_token
            || self.passive_after_auxiliary(verb)
        {
            return None;
        }
        // A state or its forces pass judgement only by a verb of verdict or of speech.
        let state = matches!(self.actors.kind_of(mention), ActorKind::State | ActorKind::ArmedForces);
        if state && !LEXICON.word_in(Words::VerdictVerbs, self.text, verb) && !self.is_speech_verb(verb) {
            return None;
        }
        // The quote stays in the subject's clause: no ", and …" clause, no aside in brackets, no
        // finite speech verb of another subject ("Poland detains a courier, relatives say he is
        // '…'", "Oslo accepted the plan before he said it would '…'").
        let mut open_brackets = 0usize;
        for i in verb..span.open_token {
            if i > verb && self.is_speech_verb(i) && !self.word(i).ends_with("ing") {
                return None;
            }
            // "… until his family paid a ransom she would describe only as '…'": a verb of verdict
            // with a pronoun of its own as subject chose the words, not the sentence's subject.
            if i > verb && self.verdict_verb(i) && self.pronoun_subject_before(i) {
                return None;
            }
            if self.text.is_punct(i, '(') {
                open_brackets += 1;
            } else if self.text.is_punct(i, ')') {
                open_brackets = open_brackets.saturating_sub(1);
            } else if self.text.is_punct(i, ',')
                && LEXICON.word_in(Words::ClauseConjunctions, self.text, i + 1)
            {
                return None;
            }
        }
        (open_brackets == 0).then_some(mention.actor)
    }

    /// "A soldier was wounded, the army said. It blamed 'armed criminal elements' …": a sentence
    /// that opens with a personal pronoun and a verb of verdict ([`Words::VerdictVerbs`]), the quote
    /// in its clause with no other speech verb before it, is the words of whom the pronoun stands
    /// for, as the pronoun rules read it; nobody is guessed when they find no one.
    pub(super) fn pronoun_verdict_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let sentence = self.sentence_range(span.open_token);
        let first = (sentence.start..span.open_token).find(|&i| self.text.is_word(i))?;
        let wanted = self.pronoun(first)?;
        let verb = first + 1;
        // (Within reach of the verb, so that a megabyte-long "sentence" stays linear.)
        if !self.verdict_verb(verb)
            || verb >= span.open_token
            || span.open_token - verb > ATTRIBUTION_REACH_TOKENS
        {
            return None;
        }
        // The quote stays in the verb's clause: no speech verb of its own, no ", and …" clause.
        let clause_ends = (verb + 1..span.open_token).any(|i| {
            self.is_speech_verb(i)
                || self.inside_quote(i)
                || self.text.is_punct(i, ',') && LEXICON.word_in(Words::ClauseConjunctions, self.text, i + 1)
        });
        if clause_ends {
            return None;
        }
        self.resolve_pronoun(first, wanted)
    }

    /// "Reports of a test were dismissed by the Kremlin as '…'", "the plan was described by
    /// Ostland as '…'": a passive verb in "-ed", "by" and an actor, then "as" right before the
    /// quote or a few plain words before it; the agent chose the words.
    pub(super) fn passive_agent_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        /// How many words may stand between "as" and the quote ("as the group's 'negotiator'").
        const LABEL_WORDS: usize = 4;
        let sentence = self.sentence_range(span.open_token);
        // "described by the police as the group's 'negotiator'": an article, a possessive and
        // lower-case words may open the noun phrase the quoted label ends.
        let as_word = (1..=LABEL_WORDS + 1)
            .map_while(|back| {
                let at = span.open_token.checked_sub(back)?;
                let token = self.text.tokens.get(at)?;
                let open = token.kind == TokenKind::Possessive
                    || token.kind == TokenKind::Word
                        && !token.capitalised
                        && self.mention_covering(at).is_none();
                open.then_some(at)
            })
            .find(|&at| self.text.is_word_ci(at, "as"))?;
        if as_word <= sentence.start {
            return None;
        }
        let agent = self.mention_covering(as_word - 1)?;
        let by = agent.start_token.checked_sub(
            1 + usize::from(agent.start_token > 0 && self.text.is_word_ci(agent.start_token - 1, "the")),
        )?;
        let verb = by.checked_sub(1)?;
        let passive = self.text.is_word_ci(by, "by")
            && verb >= sentence.start
            && self.word(verb).ends_with("ed")
            && self.text.tokens.get(verb).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.inside_quote(verb);
        passive.then_some(agent.actor)
    }

    /// The verb after the subject `mention` (past a noun of what a body is, a short form in
    /// brackets, an appositive, lead-in words), with the subject it belongs to; when no verb
    /// follows, a person named in apposition after a description that opens at `start`.
    fn verb_after_subject<'m>(
        &'m self,
        mention: &'m MentionRecord,
        start: usize,
        span: &QuoteSpan,
    ) -> Option<(&'m MentionRecord, usize)> {
        let mut verb = mention.end_token;
        // "The Liberty Rally party blamed …": past the noun that says what the body is.
        if self.actors.kind_of(mention) != ActorKind::Person
            && LEXICON.word_in(Words::OrgNouns, self.text, verb)
            && self.text.tokens.get(verb).is_some_and(|t| !t.capitalised)
        {
            verb += 1;
        }
        // "The Ostland Mission (OM) called for …": past a short form in brackets.
        if self.text.is_punct(verb, '(')
            && self.text.tokens.get(verb + 1).is_some_and(|t| t.all_caps)
            && self.text.is_punct(verb + 2, ')')
        {
            verb += 3;
        }
        // "Doe, a lawyer at the firm, is labelling …": past the appositive.
        if self.text.is_punct(verb, ',') {
            verb = (verb + 1..(verb + APPOSITIVE_REACH_TOKENS).min(span.open_token))
                .find(|&i| self.text.is_punct(i, ',') && !self.inside_quote(i))?
                + 1;
        }
        while verb < span.open_token
            && (LEXICON.word_in(Words::VerbLeadIns, self.text, verb)
                || LEXICON.word_in(Words::Auxiliaries, self.text, verb)
                || (self.word(verb).ends_with("ly")
                    && self.text.tokens.get(verb).is_some_and(|t| !t.capitalised)))
        {
            verb += 1;
        }
        if self.verb_like(verb) || self.verdict_verb(verb) {
            Some((mention, verb))
        } else {
            // "The Senate majority leader, Senator Jo Bell, attacked the bill as '…'".
            self.person_in_apposition_to_description(start, span.open_token)
        }
    }

    /// "The Senate majority leader, Senator Jo Bell, attacked …": a described subject (a
    /// determiner and words up to a comma, no person among them), then a person named in
    /// apposition between commas; that person, and the token after the second comma.
    fn person_in_apposition_to_description(
        &self,
        start: usize,
        limit: usize,
    ) -> Option<(&MentionRecord, usize)> {
        // "Iran's envoy to the agency, Kaveh Rostami, rejected …": a possessor may open the
        // description as a determiner would.
        let possessor = self.mention_at(start).is_some_and(|m| {
            self.actors.kind_of(m) != ActorKind::Person
                && self.text.tokens.get(m.end_token).is_some_and(|t| t.kind == TokenKind::Possessive)
        });
        if !LEXICON.word_in(Words::SpeakerDeterminers, self.text, start) && !possessor {
            return None;
        }
        let comma =
            (start + 1..(start + SUBJECT_TOKENS + 2).min(limit)).find(|&i| self.text.is_punct(i, ','))?;
        if (start..comma).any(|i| {
            !self.text.is_word(i) && !self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)
                || self.mention_at(i).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person)
        }) {
            return None;
        }
        let person = self.person_between_commas(comma)?;
        Some((person, person.end_token + 1))
    }

    /// Whether a personal pronoun stands right before `verb`, or before one auxiliary or modal
    /// before it ("she described", "she would describe").
    fn pronoun_subject_before(&self, verb: usize) -> bool {
        let Some(before) = verb.checked_sub(1) else { return false };
        let pronoun = |i: usize| matches!(self.pronoun(i), Some(Wanted::Person(_)));
        pronoun(before)
            || (LEXICON.word_in(Words::FutureModals, self.text, before)
                || LEXICON.word_in(Words::Auxiliaries, self.text, before))
                && before.checked_sub(1).is_some_and(pronoun)
    }

    /// Whether the token at `verb` is a plain lower-case word of [`Words::VerdictVerbs`]
    /// ("Japanese officials privately describe the campaign as '…'").
    fn verdict_verb(&self, verb: usize) -> bool {
        self.text.tokens.get(verb).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && LEXICON.word_in(Words::VerdictVerbs, self.text, verb)
    }

    /// Whether the token at `verb` reads as a finite verb: a lower-case word in "-ed" or "-s",
    /// a participle or an irregular past, and no preposition, determiner or conjunction.
    fn verb_like(&self, verb: usize) -> bool {
        let Some(token) = self.text.tokens.get(verb) else { return false };
        let word = self.word(verb);
        token.kind == TokenKind::Word
            && !token.capitalised
            && (word.ends_with("ed")
                || word.ends_with('s')
                || word.ends_with("ing")
                || LEXICON.has(Words::IrregularPast, word))
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, verb)
            && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, verb)
            && !LEXICON.word_in(Words::SubjectBreakers, self.text, verb)
    }

    /// The person heading the subject that starts at `start`: the last mention of a run of
    /// capitalised words, titles and possessives ("Former Acme spokesman Jo Bell", "The
    /// Courier's Jo Bell").
    fn subject_mention(&self, start: usize, limit: usize) -> Option<&MentionRecord> {
        let mut found = None;
        let mut index = start;
        while index < limit.min(start + SUBJECT_TOKENS) {
            if let Some(mention) = self.mention_at(index) {
                found = Some(mention);
                index = mention.end_token.max(index + 1);
                continue;
            }
            let Some(token) = self.text.tokens.get(index) else { break };
            let title = LEXICON.title_at(self.text, index).is_some();
            // "The far-right Liberty Rally blamed …": a party's camp before its name.
            let camp = found.is_none() && LEXICON.word_in(Words::PartyDescriptors, self.text, index);
            if !(token.capitalised || token.kind == TokenKind::Possessive || title || camp) {
                break;
            }
            index += 1;
        }
        let mention = found?;
        // "The Ostland Mission condemned the raid and called for the 'immediate release'": a
        // body speaks through its statements as a person does.
        let person = matches!(
            self.actors.kind_of(mention),
            ActorKind::Person
                | ActorKind::Organisation
                | ActorKind::InternationalOrg
                | ActorKind::ArmedGroup
                | ActorKind::State
                | ActorKind::ArmedForces
        );
        let possessor =
            self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive);
        (person && !possessor && !self.inside_quote(mention.start_token)).then_some(mention)
    }
}
