//! Attribution rules: who speaks a quote, from the words right around it (a colon before it, an
//! attribution after a closing comma, a speech verb earlier or later in the sentence, "according
//! to"). The subject of a speech verb is found in `subjects.rs`, a speaker in plain words in
//! `unnamed.rs`, a quote introduced by an earlier sentence or a colon in `introduced.rs`.

use super::*;

/// How many tokens an appositive after the speaker of an inverted attribution may span, its
/// relative clause included ("Jo Bell, a local official of the Kell-backed Union party who helped
/// organise the protest, told").
const APPOSITIVE_WINDOW_TOKENS: usize = 24;

/// How many words a possessive name's noun phrase spans at most before the verb of its own that
/// shows it opens what was said ("Moscow's | military capabilities in the Baltic region | will").
const POSSESSED_NOUN_WORDS: usize = 7;

impl Attributor<'_, '_> {
    pub(super) fn explicit_speaker(&self, span_index: usize) -> Option<(Option<usize>, String)> {
        let span = self.spans.get(span_index)?;
        if let Some(found) = self.attribution_by_capitals_label(span) {
            return Some(found);
        }
        if let Some(found) = self.attribution_by_trailing_label(span) {
            return Some(found);
        }
        if let Some(found) = self.who_clause_speaker(span) {
            return Some(found);
        }
        if let Some(found) = self.attribution_after(span) {
            return Some(found);
        }
        if let Some(found) = self.attribution_by_dash(span) {
            return Some(found);
        }
        if let Some(found) = self.attribution_before(span) {
            return Some(found);
        }
        if let Some(found) = self.attribution_later(span) {
            return Some(found);
        }
        self.attribution_across_colon(span).or_else(|| self.attribution_by_colon_or_put_it(span))
    }

    /// The text of tokens `start..end`, if any.
    pub(super) fn phrase(&self, start: usize, end: usize) -> Option<String> {
        let first = self.text.tokens.get(start)?;
        let last = self.text.tokens.get(end.checked_sub(1)?)?;
        (start < end).then(|| self.text.slice(first.start_byte(), last.end_byte()).to_owned())
    }

    pub(super) fn rule(base: &str, via_pronoun: bool) -> String {
        if via_pronoun { format!("{base}+pronoun") } else { base.to_owned() }
    }

    /// `Leader of the Opposition in the Assembly Jo Bell said`: a speech verb within a dozen tokens
    /// of `range`'s start, every token before it a capitalised word or a link of a title
    /// ([`Words::TitleLinks`]). Returns the verb.
    fn titled_name_before_verb(&self, range: std::ops::Range<usize>) -> Option<usize> {
        const TITLED_NAME_TOKENS: usize = 12;
        let link = |i: usize| LEXICON.word_in(Words::TitleLinks, self.text, i);
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        let mut i = range.start;
        while i < range.end.min(range.start + TITLED_NAME_TOKENS) {
            if self.is_speech_verb(i) {
                return (i > range.start + 1).then_some(i);
            }
            if !(capitalised(i)
                || link(i) && i > range.start
                || crate::extract::tokens::is_initial(self.word(i)))
            {
                return None;
            }
            i += 1;
        }
        None
    }

    /// `," he said`, `," Saar said`, `,' said Halonen`, `," Prof Etzioni continues`.
    pub(super) fn attribution_after(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let mut sentence = self.sentence_range(span.close_token);
        let mut index = span.close_token + 1;
        // The classic form ends the quoted words with a comma (or ! ?) before the attribution:
        // `"…," he said`. Without it (`"hysterical" and said …`) the words after are no attribution.
        let inner = self.text.slice(span.start_byte, span.end_byte);
        let comma_after = self.text.is_punct(index, ',');
        if comma_after {
            index += 1;
        }
        // `"beaten", an allegation the police denied`: no attribution.
        if self.claim_aside_at(index) {
            return None;
        }
        // `"… right now." Jane Doe said.` (or `"…!"`): a quote that ends its sentence, then a short sentence
        // of a subject and a speech verb, attributes like the comma form.
        let after = self.sentence_range(index);
        let short_attribution = inner.ends_with(['.', '!', '?'])
            && after.start == index
            && self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| t.paragraph() == self.text.tokens[span.close_token].paragraph())
            && (after.len() <= 8 || inner.ends_with(['?', '!']))
            // `"Who knows?" Doe told a radio station on Monday.`: a question or exclamation does not
            // end the writer's sentence, so a verb near its start attributes however long it is.
            && ((after.start..after.end.min(after.start + 8)).any(|i| self.is_speech_verb(i))
                // `"…?" Leader of the Opposition in the Assembly Jo Bell said.`: a long title and
                // name, capitalised words and their links only, before the verb.
                || self.titled_name_before_verb(after.clone()).is_some())
            // `… said in a statement that both sides "must calm down." The U.N. has called for
            // calm.`: a quote its own sentence already attributes is not the next sentence's.
            && !self.attributed_before_in_sentence(span);
        // `"…" said retired surgeon Jo Bell`, `"… 'all there,' " said Bell`: a verb right after the
        // closing mark attributes, whatever ends the quoted words.
        let inverted = self.is_speech_verb(index)
            && !self.word(index).ends_with("ing")
            && self.text.tokens.get(index).is_some_and(|t| !t.sentence_start);
        if short_attribution {
            sentence = after;
        } else if !(comma_after || inverted || inner.ends_with([',', '!', '?'])) {
            return None;
        }
        // Room for "the group's Nigeria director, Isa Sanusi, said", and for an appositive after
        // the speaker: "Senator Mark Warner, the chairman of the Senate Intelligence Committee, told".
        let mut window_end = (index + 11)
            .max(self.titled_name_before_verb(index..sentence.end).map_or(0, |verb| verb + 1))
            .min(sentence.end);
        let mut subject = None;
        // Once a comma follows the subject, an appositive describes it; its actors do not speak.
        let mut appositive = false;
        // Where the person heading the subject is named, if a person heads it.
        let mut person_end: Option<usize> = None;
        let mut cursor = index;
        while cursor < window_end {
            if self.text.is_punct(cursor, ',') && subject.is_some() && !appositive {
                appositive = true;
                window_end = (cursor + APPOSITIVE_WINDOW_TOKENS).min(sentence.end);
            }
            if self.is_quote_mark(cursor)
                || self.text.is_punct(cursor, ';')
                || self.text.is_punct(cursor, ':')
                || LEXICON.word_in(Words::ClauseBreakers, self.text, cursor)
            {
                return None;
            }
            if self.is_according_to(cursor) {
                return self.according_to(cursor + 2);
            }
            // `"…," Kim was quoted as saying by the agency.`: the passive's subject was quoted.
            if self.passive_quoted_as_saying(cursor)
                && let Some((actor, via_pronoun)) = subject
            {
                return Some((Some(actor), Self::rule("quote:quoted-as-saying", via_pronoun)));
            }
            // `"…," Choi quoted the agency as saying.`: the one quoted speaks, not who quotes.
            if self.text.is_word_ci(cursor, "quoted")
                && let Some(found) = self.quoted_as_saying(cursor, sentence.end)
            {
                return Some(found);
            }
            if self.is_speech_verb(cursor) {
                // A participle ("saying 'narrow gaps'") introduces the next quote instead.
                if self.word(cursor).ends_with("ing") {
                    return None;
                }
                // "the U.N. watchdog said": the body the noun names again, or nobody.
                if self.modified_body_noun_before(cursor) {
                    let actor = self.definite_org_before(cursor)?;
                    return Some((Some(actor), "quote:said-after".to_owned()));
                }
                let found = subject
                    .or_else(|| self.definite_org_before(cursor).map(|actor| (actor, false)))
                    .or_else(|| self.subject_after_verb(cursor + 1, sentence.end))
                    .or_else(|| (cursor == index).then(|| self.asker_after(cursor)).flatten());
                let (actor, via_pronoun) = found?;
                return Some((Some(actor), Self::rule("quote:said-after", via_pronoun)));
            }
            // The last actor before the verb heads the subject ("State Department spokesman
            // Matthew Miller told").
            if !appositive && let Some(found) = self.subject_at(cursor) {
                // "a spokesman for Senator Doe told": the person only names whom the unnamed
                // spokesperson speaks for; the quote is not Doe's.
                if self.spoken_for_by_spokesperson(cursor) {
                    return None;
                }
                // "a source close to the Treasury said": the body only says whom the source is
                // near; it does not speak.
                if self.near_to_source(cursor) {
                    return None;
                }
                // "Detective Jo Bell of the National Bureau told": the body after a person's "of",
                // "at" or "from" is where the person works; the person speaks.
                if person_end.is_some_and(|end| self.affiliation_after(end, cursor)) {
                    cursor =
                        self.mention_covering(cursor).map_or(cursor + 1, |m| m.end_token.max(cursor + 1));
                    continue;
                }
                // "Ryan's office said": the possessor only names whose office speaks.
                subject = (!self.possesses_the_subject(cursor)).then_some(found);
                person_end = self
                    .mention_covering(cursor)
                    .filter(|m| subject.is_some() && self.actors.kind_of(m) == ActorKind::Person)
                    .map(|m| m.end_token);
            }
            cursor += 1;
        }
        None
    }

    /// Whether the body named at `token` is the affiliation of a person named up to `person_end`:
    /// "of", "at" or "from" right after the name, then at most "the" and plain lower-case words
    /// ("Jo Bell of the National Bureau", "Ana Ruiz at the state prosecutor's office"), or a
    /// possessor whose body it is ("Jo Bell of the RCMP's Kell Team").
    fn affiliation_after(&self, person_end: usize, token: usize) -> bool {
        /// How many tokens may stand between the preposition and the body.
        const BETWEEN_TOKENS: usize = 4;
        let possessive = |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive);
        person_end < token
            && ["of", "at", "from"].iter().any(|w| self.text.is_word_ci(person_end, w))
            && token - person_end <= BETWEEN_TOKENS + 1
            && (person_end + 1..token).all(|i| {
                self.text.tokens.get(i).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && (!t.capitalised
                            || possessive(i + 1)
                            || self.mention_covering(i).is_some_and(|m| possessive(m.end_token)))
                        || t.kind == TokenKind::Possessive && i + 1 == token
                })
            })
    }

    /// Whether `token` is "quoted" in a passive with "as saying" after it ("was quoted as
    /// saying", "were quoted as describing").
    pub(super) fn passive_quoted_as_saying(&self, token: usize) -> bool {
        self.text.is_word_ci(token, "quoted")
            && token
                .checked_sub(1)
                .is_some_and(|aux| ["was", "were", "is", "been"].iter().any(|w| self.text.is_word_ci(aux, w)))
            && self.text.is_word_ci(token + 1, "as")
            && self.is_speech_verb(token + 2)
            && self.word(token + 2).ends_with("ing")
    }

    /// Whether the mention at `token` (perhaps after "the") follows a word of
    /// [`Words::ProximityWords`] and its preposition: "a source close to the Treasury", "people
    /// familiar with Vell's thinking".
    pub(super) fn near_to_source(&self, token: usize) -> bool {
        let Some(mention) = self.mention_covering(token) else { return false };
        let start = mention.start_token
            - usize::from(mention.start_token > 0 && self.text.is_word_ci(mention.start_token - 1, "the"));
        start >= 2
            && LEXICON.word_in(Words::ObjectPrepositions, self.text, start - 1)
            && LEXICON.word_in(Words::ProximityWords, self.text, start - 2)
    }

    /// Whether the mention at `token` is a person a spokesperson noun speaks for: "a spokesman
    /// for Senator Doe", "a spokeswoman for Doe".
    fn spoken_for_by_spokesperson(&self, token: usize) -> bool {
        let Some(mention) = self.mention_covering(token) else { return false };
        let start = mention.start_token;
        start >= 2
            && self.text.is_word_ci(start - 1, "for")
            && LEXICON.word_in(Words::SpokespersonNouns, self.text, start - 2)
            && self.actors.kind_of(mention) == ActorKind::Person
    }

    /// `said Helena Brandt, a senior fellow`, `said the minister`.
    pub(super) fn subject_after_verb(&self, start: usize, limit: usize) -> Option<(usize, bool)> {
        // "told CNN", "asked reporters": after these verbs comes whom the words were addressed to.
        if start > 0 && LEXICON.word_in(Words::AddresseeVerbs, self.text, start - 1) {
            return None;
        }
        let mut index = start;
        if self.text.is_word_ci(index, "the") && self.mention_at(index).is_none() {
            index += 1;
        }
        if index >= limit {
            return None;
        }
        if self.pronoun(index).is_some() {
            // "say it would keep …": a pronoun followed by more words is the subject of what
            // was said, not the speaker (`"…," said he.` is).
            if self.text.tokens.get(index + 1).is_some_and(|t| t.kind == TokenKind::Word) {
                return None;
            }
            return self.subject_at(index);
        }
        // The last actor of the noun phrase heads it: "said NATO spokesman Henrik Dahl".
        let mut found = None;
        while index < limit {
            match self.mention_covering(index) {
                // "said the council's finance director, Petra Lind": the person the appositive
                // names speaks, not the possessor.
                Some(mention)
                    if found.is_none()
                        && self.possesses_the_subject(index)
                        && let Some(person) =
                            self.person_named_after_description(mention.end_token + 1, limit) =>
                {
                    return Some(person);
                }
                Some(mention) => {
                    found = Some((mention.actor, false));
                    index = mention.end_token.max(index + 1);
                }
                None if self
                    .text
                    .tokens
                    .get(index)
                    .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word) =>
                {
                    index += 1;
                }
                // "said Acme campaign spokesman Jo Bell" (or "Boston-based attorney Jo Bell"): a
                // title and a name after the first words head the phrase; the spokesperson speaks,
                // not whom they speak for.
                // "said Sen. Jo Bell, a chief Democratic negotiator": the appositive after the
                // speaker's comma describes them; its words do not speak.
                None if found.is_some() && self.text.is_punct(index, ',') => break,
                // "said a neighbour, Jo Bell": a described speaker that a name in apposition
                // follows is that person.
                None if found.is_none()
                    && LEXICON.word_in(Words::SpeakerDeterminers, self.text, index)
                    && let Some(person) = self.person_named_after_description(index + 1, limit) =>
                {
                    return Some(person);
                }
                // "said the lawyer, Ana Vell": after the "the" stepped over above.
                None if found.is_none()
                    && index == start + 1
                    && self.text.is_word_ci(start, "the")
                    && let Some(person) = self.person_named_after_description(index, limit) =>
                {
                    return Some(person);
                }
                None => match (index..(index + 3).min(limit)).find(|&i| {
                    LEXICON.title_at(self.text, i).is_some_and(|end| self.mention_covering(end).is_some())
                }) {
                    // The title's mention (it may start at the title) is read next. A title that
                    // starts right here, outside any mention, is stepped into: jumping to where we
                    // stand would loop for ever ("said police commander Gen. Jo Bell" once did).
                    Some(title) if title > index => index = title,
                    Some(_) => index += 1,
                    None => match self.person_after_description(index, limit) {
                        Some(person) if found.is_none() => index = person,
                        _ => break,
                    },
                },
            }
        }
        // "says Moscow's military capabilities in the region will be '…'": a possessive name and
        // the few words of its noun phrase before a verb of their own open what was said.
        if self.text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Possessive) {
            index += 1;
            let nouns_end = (index + POSSESSED_NOUN_WORDS).min(limit);
            while index < nouns_end
                && self.text.is_word(index)
                && !LEXICON.word_in(Words::Auxiliaries, self.text, index)
                && !LEXICON.word_in(Words::ReportedModals, self.text, index)
            {
                index += 1;
            }
        }
        // "A spokesperson for the department said Canberra was 'deeply concerned'": a name with
        // its own verb after it opens what was said.
        let own_verb = LEXICON.word_in(Words::Auxiliaries, self.text, index)
            || LEXICON.word_in(Words::ReportedModals, self.text, index);
        found.filter(|_| !own_verb)
    }

    /// `'s finance director, Petra Lind`: the person named after a comma that ends a few plain
    /// lower-case words, or `None`.
    pub(super) fn person_named_after_description(&self, start: usize, limit: usize) -> Option<(usize, bool)> {
        const MAX_DESCRIPTION_WORDS: usize = 4;
        let mut index = start;
        while index < limit.min(start + MAX_DESCRIPTION_WORDS + 1) {
            if self.text.is_punct(index, ',') {
                let mention = self.mention_at(index + 1)?;
                return (self.actors.kind_of(mention) == ActorKind::Person).then_some((mention.actor, false));
            }
            let plain =
                self.text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !LEXICON.word_in(Words::ObjectPrepositions, self.text, index)
                    && !LEXICON.word_in(Words::ClauseBreakers, self.text, index)
                    && !self.is_speech_verb(index);
            if !plain {
                return None;
            }
            index += 1;
        }
        None
    }

    /// `said retired surgeon Jo Bell`: a person's mention after a few plain lower-case words
    /// that describe them (no preposition, conjunction or verb in between).
    pub(super) fn person_after_description(&self, start: usize, limit: usize) -> Option<usize> {
        let mut index = start;
        while index < limit.min(start + 4) {
            if let Some(mention) = self.mention_at(index) {
                // "said the printed Doe campaign card": a name before a noun only modifies it.
                let after = mention.end_token;
                let heads =
                    self.text.tokens.get(after).is_none_or(|t| t.kind != TokenKind::Word || t.capitalised)
                        || LEXICON.word_in(Words::ObjectPrepositions, self.text, after)
                        || LEXICON.word_in(Words::SubjectBreakers, self.text, after)
                        || LEXICON.word_in(Words::ClauseBreakers, self.text, after);
                return (index > start && heads && self.actors.kind_of(mention) == ActorKind::Person)
                    .then_some(index);
            }
            let plain =
                self.text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !LEXICON.word_in(Words::ObjectPrepositions, self.text, index)
                    && !LEXICON.word_in(Words::SubjectBreakers, self.text, index)
                    && !LEXICON.word_in(Words::ClauseBreakers, self.text, index)
                    && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, index)
                    && !self.is_speech_verb(index);
            if !plain {
                return None;
            }
            index += 1;
        }
        None
    }

    /// "according to X", or "in the words of X" (at "words"): two words, then the source.
    pub(super) fn is_according_to(&self, token: usize) -> bool {
        let according = self.text.is_word_ci(token, "according") && self.text.is_word_ci(token + 1, "to");
        let in_the_words_of = token >= 2
            && self.text.is_word_ci(token, "words")
            && self.text.is_word_ci(token + 1, "of")
            && self.text.is_word_ci(token - 1, "the")
            && self.text.is_word_ci(token - 2, "in");
        according || in_the_words_of
    }

    /// "according to X": X speaks unless X is a news outlet passing the words on.
    pub(super) fn according_to(&self, token: usize) -> Option<(Option<usize>, String)> {
        // The first mention within a few words ("according to Finnish Defence Minister Antti
        // Halonen"); "China's Xinhua news agency" is Xinhua's, not China's.
        let sentence_end = self.sentence_range(token).end;
        let mut index = token;
        let mut found = None;
        while index < sentence_end.min(token + 8) && !self.text.is_punct(index, ',') {
            if let Some(mention) = self.mention_covering(index) {
                found = Some(*mention);
                if self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive) {
                    index = mention.end_token + 1;
                    continue;
                }
                break;
            }
            index += 1;
        }
        let Some(mention) = found else {
            // "The State Security Service announced arrests. According to the agency, …": a
            // definite body noun names again the body before it, as "the agency said" does.
            let noun_end = token + 2;
            let definite = self.text.is_word_ci(token, "the")
                && self.text.is_word(token + 1)
                && !self.text.is_word(noun_end);
            return definite
                .then(|| self.definite_org_before(noun_end))
                .flatten()
                .map(|actor| (Some(actor), "quote:according-to".to_owned()));
        };
        if self.actors.kind_of(&mention) == ActorKind::Media {
            return None;
        }
        Some((Some(mention.actor), "quote:according-to".to_owned()))
    }

    /// A speech verb earlier in the quote's sentence, outside quotes: its subject speaks.
    pub(super) fn attribution_before(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.open_token);
        // "Blair: 'We will win'": an actor and a colon right before the quote.
        if span.open_token >= 2
            && self.text.is_punct(span.open_token - 1, ':')
            && let Some(mention) = self.mention_covering(span.open_token - 2)
            // "Smith wrote on X: '…'": the platform is where the words stand, not who wrote them.
            && !mention.start_token.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "on"))
            // "Doe told the Dover Herald: '…'": whom the words were addressed to does not speak.
            && !self.addressee(mention.start_token)
            // "France: 'imminent' attack thwarted": a section's label before a quoted word that a
            // phrase goes on after says nothing.
            && !(span.close_token + 1 < sentence.end
                && self.text.tokens.get(span.close_token + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised))
        {
            // "Ana Ruiz, The Daily Courier: '…'": a panel names the person, then the outlet.
            if self.actors.kind_of(mention) == ActorKind::Media
                && let Some(person) = mention
                    .start_token
                    .checked_sub(2)
                    .filter(|&comma| self.text.is_punct(comma + 1, ','))
                    .and_then(|before| self.mention_covering(before))
                    .filter(|m| self.actors.kind_of(m) == ActorKind::Person)
            {
                return Some((Some(person.actor), "quote:colon-panel".to_owned()));
            }
            return Some((Some(mention.actor), "quote:colon".to_owned()));
        }
        // "As he put it: '…'", "His message was blunt: '…'": a pronoun of the short clause before
        // the colon.
        if let Some(actor) = self.pronoun_before_colon(span, &sentence) {
            return Some((Some(actor), Self::rule("quote:colon", true)));
        }
        // "Roe said Doe's plan, which she called 'bold', would fail": a relative clause right
        // before the quote with a subject of its own.
        if let Some(found) = self.relative_clause_speaker(span) {
            return Some(found);
        }
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        // "When Roe suggested …, Doe said only that '…'": the main clause attributes.
        let clause = self.main_clause_start(sentence.start, span.open_token);
        // "Roe said the plan was sound, and Doe later called it 'a mess'": a clause joined by a
        // comma and a conjunction, with a speech verb of its own, attributes its quote alone.
        if let Some(joined) = self.coordinated_clause_start(clause.max(from), span.open_token)
            && (joined..span.open_token).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
        {
            return self.speech_verbs_before(joined, joined, span);
        }
        if clause > from {
            let found = self.speech_verbs_before(clause, clause, span);
            let colon = self.text.is_punct(span.open_token - 1, ':');
            if found.is_some()
                || colon
                || (clause..span.open_token).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
            {
                return found;
            }
        }
        self.speech_verbs_before(from, sentence.start, span)
    }

    /// `As he put it: "…"`, `His message was blunt: "…"`: the person a "he" or "she" (or "his",
    /// "her") stands for, when it opens (perhaps after one word) a short clause that ends in the
    /// colon before the quote and names nobody, and a possessive's noun is owned by nobody else
    /// ("His rival's answer was:" is the rival's). The clause may follow a fronted phrase's comma
    /// ("Asked whether the army would respond, he was blunt:").
    fn pronoun_before_colon(&self, span: &QuoteSpan, sentence: &Range<usize>) -> Option<usize> {
        /// How many tokens the clause before the colon spans at most ("Her assessment of where the
        /// danger lies was blunt").
        const COLON_CLAUSE_TOKENS: usize = 10;
        let colon = span.open_token.checked_sub(1).filter(|&c| self.text.is_punct(c, ':'))?;
        if colon < sentence.start {
            return None;
        }
        // "Asked whether the army would respond, he was blunt:": the clause after a fronted
        // phrase's comma.
        let clause = (sentence.start.max(colon.saturating_sub(COLON_CLAUSE_TOKENS + 1))..colon)
            .rev()
            .find(|&i| self.text.is_punct(i, ',') && !self.inside_quote(i))
            .map_or(sentence.start, |comma| comma + 1);
        if colon - clause > COLON_CLAUSE_TOKENS {
            return None;
        }
        if (clause..colon).any(|i| self.inside_quote(i) || self.mention_covering(i).is_some()) {
            return None;
        }
        let first = self.first_word(clause);
        let pronoun = (first..(first + 2).min(colon)).find(|&i| {
            LEXICON.word_in(Words::MalePronouns, self.text, i)
                || LEXICON.word_in(Words::FemalePronouns, self.text, i)
        })?;
        if (pronoun + 1..colon)
            .any(|i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive))
        {
            return None;
        }
        self.resolve_pronoun(pronoun, Wanted::Person(gender_of_pronoun(self.text, pronoun)))
    }

    /// A speech verb later in the sentence: `… a "vital step" in renewing the process, Mr Straw
    /// said.`
    pub(super) fn attribution_later(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.close_token);
        // `Taxes are "a disgrace" and "a danger," Doe said`: a quote joined to the next one by
        // "and" or "or" shares that one's attribution.
        // `The launch was meant to "test parts" and to ensure "deterrence," the army said`: so
        // does one whose "and" opens a few plain words before the next (no verb of speech, no
        // name between).
        /// How many plain words may stand between "and" and the next quote.
        const JOINED_WORDS: usize = 4;
        let joined = span.close_token + 1;
        if (self.text.is_word_ci(joined, "and") || self.text.is_word_ci(joined, "or"))
            && let Some(next) = self
                .spans
                .get(self.spans.partition_point(|s| s.open_token <= joined))
                .filter(|s| s.open_token <= joined + 1 + JOINED_WORDS)
            && (joined + 1..next.open_token).all(|i| self.plain_link_word(i))
        {
            return self.attribution_after(next);
        }
        let until = sentence.end.min(span.close_token + 1 + ATTRIBUTION_REACH_TOKENS);
        for index in span.close_token + 1..until {
            if self.is_quote_mark(index) || self.inside_quote(index) {
                // Another quote takes over from here.
                return None;
            }
            if self.is_according_to(index) {
                return self.according_to(index + 2);
            }
            // "… on Roe, who has said …": the verb of a relative clause is about its antecedent.
            if ["who", "whom", "whose", "which"].iter().any(|w| self.text.is_word_ci(index, w)) {
                return None;
            }
            // "The agency said it had found '…' and published video of what it said were drills":
            // after a finite speech verb before the quote, whose object the quote is, "what" opens
            // a clause whose verb is about its own object. ("Japan's embassy expressed '…' over
            // what it called …" has no such verb: the clause's verb attributes.)
            if self.text.is_word_ci(index, "what")
                && self.first_finite_speech_verb(sentence.start, span.open_token).is_some()
            {
                return None;
            }
            // `Doe called it "a farce", and the ministry said …`: a clause joined by a comma and a
            // conjunction has a speaker of its own; `"…" and said Roe should resign`: the verb
            // shares the quote's subject, and the name after it opens what was said.
            // `… with sabotage "on behalf of Moscow," and the minister said …`: the comma that
            // closes the clause may stand inside the quote.
            let comma_before = self.text.is_punct(index - 1, ',')
                || index == span.close_token + 1 && self.closes_on_own_comma(span);
            let conjunction = LEXICON.word_in(Words::ClauseConjunctions, self.text, index);
            if conjunction && (comma_before || self.is_speech_verb(index + 1)) {
                return None;
            }
            if !self.is_speech_verb(index) || self.word(index).ends_with("ing") {
                continue;
            }
            // `Iran "remains committed" to plotting against officials it blames for …`: a pronoun
            // right after a plural noun opens a relative clause about the noun; its verb
            // attributes nothing.
            if index > 0 && self.contact_relative_pronoun(index - 1) {
                return None;
            }
            // `"…," the U.N. watchdog said`: the body noun's own rule found nobody.
            if self.modified_body_noun_before(index) {
                return None;
            }
            // `"…," Jo Bell, legal director of the Acme group, said`: the subject before the appositive.
            let first = span.close_token + 1 + usize::from(self.text.is_punct(span.close_token + 1, ','));
            if self.text.is_punct(index - 1, ',')
                && let Some(mention) = self.mention_at(first).filter(|m| self.text.is_punct(m.end_token, ','))
            {
                return Some((Some(mention.actor), "quote:said-later".to_owned()));
            }
            // `Any "clear" reading, said Jo Bell, an expert, would …`: an inverted verb.
            if self.text.is_punct(index - 1, ',')
                && let Some((actor, false)) = self.subject_after_verb(index + 1, sentence.end)
            {
                return Some((Some(actor), "quote:said-later".to_owned()));
            }
            let mut cursor = index;
            while cursor > span.close_token + 1 {
                cursor -= 1;
                if let Some((actor, via_pronoun)) = self.subject_at(cursor) {
                    // (`… officials it blames for the killing, the bulletin says`.)
                    if via_pronoun && self.contact_relative_pronoun(cursor) {
                        return None;
                    }
                    // `"…," Jo Bell of the FBI's Vell office told`: the object of a preposition
                    // is not the subject.
                    if self.after_object_preposition(cursor) {
                        cursor = self.mention_covering(cursor).map_or(cursor, |m| m.start_token);
                        continue;
                    }
                    if self.possesses_the_subject(cursor) || self.spoken_for_by_spokesperson(cursor) {
                        return None;
                    }
                    return Some((Some(actor), Self::rule("quote:said-later", via_pronoun)));
                }
            }
            // `"…" into "…" and had nothing to do with it, the ministry said.`: a definite
            // organisation noun names the body again.
            if let Some(actor) = self.definite_org_before(index) {
                return Some((Some(actor), "quote:said-later".to_owned()));
            }
            return self
                .subject_after_verb(index + 1, sentence.end)
                .map(|(actor, via_pronoun)| (Some(actor), Self::rule("quote:said-later", via_pronoun)));
        }
        None
    }

    /// The first finite speech verb (no "-ing" form) outside quotes in `from..open`.
    pub(super) fn first_finite_speech_verb(&self, from: usize, open: usize) -> Option<usize> {
        (from..open)
            .find(|&i| self.is_speech_verb(i) && !self.word(i).ends_with("ing") && !self.inside_quote(i))
    }

    /// Whether the pronoun at `pronoun` opens a relative clause with no relative pronoun after
    /// a plural noun ("officials it blames", "the weapons they claim"): the word before is a
    /// lower-case word in "-s" that is no stopword, verb of speech or word in "-ss".
    fn contact_relative_pronoun(&self, pronoun: usize) -> bool {
        let Some(noun) = pronoun.checked_sub(1) else { return false };
        self.pronoun(pronoun).is_some()
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && {
                let word = self.word(noun);
                word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
            }
            && !LEXICON.is_stopword(self.text, noun)
            && !self.is_speech_verb(noun)
            && !self.inside_quote(noun)
    }

    /// Whether the mention starting at `start` is the object of a verb of address ("told the
    /// Herald", "asked Doe").
    pub(super) fn addressee(&self, start: usize) -> bool {
        let before = start
            .checked_sub(1)
            .map(|i| if self.text.is_word_ci(i, "the") { i.checked_sub(1) } else { Some(i) });
        before.flatten().is_some_and(|i| LEXICON.word_in(Words::AddresseeVerbs, self.text, i))
    }

    /// `"Where is the money?" asked Smith.`: right after the quote, the person after "asked"
    /// (ending the clause) is who asked, not whom.
    pub(super) fn asker_after(&self, verb: usize) -> Option<(usize, bool)> {
        if !(self.text.is_word_ci(verb, "asked") || self.text.is_word_ci(verb, "asks")) {
            return None;
        }
        let mention = self.mention_at(verb + 1)?;
        let ends =
            self.text.tokens.get(mention.end_token).is_none_or(|t| {
                t.kind != TokenKind::Word || t.paragraph() != self.text.tokens[verb].paragraph()
            });
        (ends && self.actors.kind_of(mention) == ActorKind::Person).then_some((mention.actor, false))
    }

    /// "which she called '…'", "what Doe called '…'", "that he dubbed '…'": a relative word, a
    /// subject and a speech verb right before the quote (or its object, "called it '…'").
    pub(super) fn relative_clause_speaker(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let before = span.open_token.checked_sub(1)?;
        let verb = if self.is_speech_verb(before) {
            before
        } else {
            before.checked_sub(1).filter(|&v| self.is_speech_verb(v) && self.text.is_word(before))?
        };
        let subject = verb.checked_sub(1)?;
        let start = self.mention_covering(subject).map_or(subject, |m| m.start_token);
        // ("what Police Chief Jo Bell described as '…'": a title may open the name.)
        let start = self.title_start_before(start).unwrap_or(start);
        let relative = start.checked_sub(1)?;
        if !["which", "what", "that", "whom"].iter().any(|w| self.text.is_word_ci(relative, w)) {
            return None;
        }
        let (actor, via_pronoun) = self.subject_at(subject)?;
        // "… a former officer, Ivo Brandt, whom she described as '…'": the one the clause is
        // about is not its subject, so the pronoun looks back past them.
        let antecedent = relative
            .checked_sub(1)
            .and_then(|i| if self.text.is_punct(i, ',') { i.checked_sub(1) } else { Some(i) })
            .and_then(|i| self.mention_covering(i));
        if via_pronoun && let Some(antecedent) = antecedent.filter(|m| m.actor == actor) {
            // Nobody else fitting, the quote stays open rather than going to another rule.
            let earlier = self
                .pronoun(subject)
                .and_then(|wanted| self.resolve_pronoun(antecedent.start_token, wanted))
                .filter(|&earlier| earlier != actor);
            return Some((earlier, Self::rule("quote:relative-clause", true)));
        }
        Some((Some(actor), Self::rule("quote:relative-clause", via_pronoun)))
    }

    /// Where the capitalised words before the name at `name` start when a title among them ends
    /// at or in the name ("Police Chief" before "Jo Bell" or "Chief Jo Bell"): at most four
    /// words.
    fn title_start_before(&self, name: usize) -> Option<usize> {
        /// How many words a title (and the words that name its force or place) may take.
        const TITLE_WORDS: usize = 4;
        let run_start = (name.saturating_sub(TITLE_WORDS)..name)
            .find(|&i| (i..name).all(|j| self.text.is_capitalised_word(j)))?;
        // (The name's mention may itself open with the title: "Chief Jo Bell".)
        (run_start..=name)
            .any(|i| LEXICON.title_at(self.text, i).is_some_and(|end| end >= name))
            .then_some(run_start)
    }

    /// Whether a speech verb outside quotes stands before the quote in the quote's own sentence.
    fn attributed_before_in_sentence(&self, span: &QuoteSpan) -> bool {
        let sentence = self.sentence_range(span.open_token);
        (sentence.start..span.open_token).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
    }
}
