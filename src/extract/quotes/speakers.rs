//! Attribution rules: who speaks a quote, from the words right around it (a colon before it, an
//! attribution after a closing comma, a speech verb earlier or later in the sentence, "according
//! to"), or an unnamed subject ("officials said") that keeps the quote from a named speaker.

use super::*;

impl Attributor<'_, '_> {
    pub(super) fn explicit_speaker(&self, span_index: usize) -> Option<(Option<usize>, String)> {
        let span = self.spans.get(span_index)?;
        if let Some(found) = self.attribution_after(span) {
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

    /// "Doe argued that the plan was sound. '…'": a quote that opens its sentence right after a
    /// sentence of reported speech in the same paragraph goes on in that speaker's voice.
    pub(super) fn attribution_by_previous_sentence(
        &self,
        span: &QuoteSpan,
    ) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.open_token);
        let opens = span.open_token == sentence.start
            || (span.open_token == sentence.start + 1 && !self.text.is_word(sentence.start));
        let paragraph = self.text.tokens.get(span.open_token)?.paragraph;
        let previous = self.sentence_range(sentence.start.checked_sub(1)?);
        if !opens || self.text.tokens.get(previous.start)?.paragraph != paragraph {
            return None;
        }
        // The quote's own sentence attributes nothing else.
        let after = span.close_token + 1;
        if (after..sentence.end.min(after + ATTRIBUTION_REACH_TOKENS)).any(|i| self.is_speech_verb(i)) {
            return None;
        }
        let reach = previous.start.max(previous.end.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let verb = (reach..previous.end)
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))?;
        // The subject stands right before the verb ("Doe argued") or closes an appositive ("Doe,
        // her lawyer, argued"); "the board writes" or "… and said" name nobody that can be read.
        let before_verb = verb.checked_sub(1)?;
        if self.mention_covering(before_verb).is_none() && !self.text.is_punct(before_verb, ',') {
            return None;
        }
        let (actor, via_pronoun) = self.subject_before_verb(previous.start, verb)?;
        Some((Some(actor), Self::rule("quote:previous-sentence", via_pronoun)))
    }

    /// A quote introduced by a colon or by "put it" in a sentence with no speech verb: "Doe has
    /// taken the usual line: '…'", "As Doe put it, '…'". A person who is the subject of the
    /// introducing sentence speaks.
    pub(super) fn attribution_by_colon_or_put_it(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let before = span.open_token.checked_sub(1)?;
        let sentence = self.sentence_range(before);
        let from = sentence.start.max(before.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let put_it = (from..before).find(|&i| {
            self.text.is_word_ci(i, "put")
                && self.text.is_word_ci(i + 1, "it")
                && (self.text.is_punct(i + 2, ',') || self.text.is_punct(i + 2, ':'))
                && i + 3 == span.open_token
        });
        let colon = self.text.is_punct(before, ':');
        if put_it.is_none() && !colon {
            return None;
        }
        let verb = put_it.unwrap_or(before);
        // "When Roe suggested …, Doe fired back:": the main clause's subject.
        let (from, first) = match put_it {
            Some(_) => (from, sentence.start),
            None => {
                let clause = self.main_clause_start(sentence.start, verb);
                (from.max(clause), clause)
            }
        };
        if (from..verb).any(|i| !self.inside_quote(i) && self.is_speech_verb(i)) {
            return None;
        }
        let (end, (actor, via_pronoun)) = self.sentence_subject(first, verb)?;
        // The subject opens the sentence ("As Doe put it", "Here's Doe in 1992:"), rather than
        // being named inside a longer subject ("The anti-Doe headline reads:").
        let start = self.mention_covering(end.saturating_sub(1)).map_or(end, |m| m.start_token);
        let opens = start <= first + 3
            && !(first..start).any(|i| LEXICON.word_in(Words::SpeakerDeterminers, self.text, i));
        let person = self.actors.actors.get(actor).is_some_and(|a| a.kind == ActorKind::Person);
        (opens && person && !via_pronoun).then(|| (Some(actor), "quote:colon-subject".to_owned()))
    }

    /// A paragraph that ends "He said:" or "Admiral Key told the audience:" introduces the quote
    /// that opens the next paragraph.
    pub(super) fn attribution_across_colon(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let colon = span.open_token.checked_sub(1)?;
        let opens_paragraph =
            self.text.tokens.get(colon)?.paragraph != self.text.tokens.get(span.open_token)?.paragraph;
        if !opens_paragraph || !self.text.is_punct(colon, ':') {
            return None;
        }
        let sentence = self.sentence_range(colon);
        // The last speech verb of the introducing sentence, outside quotes.
        let verb = (sentence.start.max(colon.saturating_sub(SUBJECT_REACH_TOKENS))..colon)
            .rev()
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))?;
        let (actor, via_pronoun) = self
            .subject_before_verb(sentence.start, verb)
            .or_else(|| self.subject_after_verb(verb + 1, colon))?;
        Some((Some(actor), Self::rule("quote:colon-paragraph", via_pronoun)))
    }

    /// Who speaks when the quote's own attribution names no actor of the registry:
    /// - `Some(Some(words))`: a subject in plain words before a finite speech verb ("Officials
    ///   said the attack was 'unprovoked'", `"…," a senior diplomat said`, "the ruling Georgian
    ///   Dream party said:") or after "according to" ("according to a senior Western diplomat");
    /// - `Some(None)`: the sentence attributes the quote to someone it does not name in a way
    ///   that can be read, so no earlier speaker may be assumed;
    /// - `None`: the sentence attributes nothing (or only through a pronoun).
    pub(super) fn unnamed_speaker(&self, span: &QuoteSpan, bare_org: bool) -> Option<Option<String>> {
        let sentence = self.sentence_range(span.open_token);
        // A quote of several sentences is attributed after its last one.
        let closing = self.sentence_range(span.close_token);
        let after = span.close_token + 1 + usize::from(self.text.is_punct(span.close_token + 1, ','));
        // "…," according to a senior Western diplomat in Tbilisi.
        // Within reach of the quote, so that a megabyte-long "sentence" stays linear.
        let reach = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let according = (after..(after + 3).min(closing.end))
            .chain(reach..span.open_token)
            .find(|&i| !self.inside_quote(i) && self.is_according_to(i));
        if let Some(at) = according {
            let start = at + 2;
            let mut end = start;
            while end < closing.end.min(start + 7)
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
                && !LEXICON.has(Words::AccordingToEnders, self.word(end))
            {
                end += 1;
            }
            return Some(self.phrase(start, end));
        }
        let verb_after = (after..(after + 6).min(closing.end)).find(|&i| self.is_speech_verb(i));
        let verb_before =
            (reach..span.open_token).filter(|&i| !self.inside_quote(i)).find(|&i| self.is_speech_verb(i));
        let (verb, floor) = match (verb_before, verb_after) {
            (Some(verb), _) => (verb, sentence.start),
            (None, Some(verb)) => (verb, after),
            (None, None) => return None,
        };
        if self.word(verb).ends_with("ing") {
            return None;
        }
        // `"…," says a narrator`: an inverted verb right after the quote, its subject after it.
        if verb == after && verb_before.is_none() {
            return self.described_after_verb(verb, closing.end).map(Some);
        }
        // The noun phrase before the verb: up to six plain words, no punctuation or quotes, not
        // counting the words that lead into the verb ("could only quip").
        let lead_ins =
            (floor..verb).rev().take_while(|&i| LEXICON.word_in(Words::VerbLeadIns, self.text, i)).count();
        let mut start = verb;
        while start > floor && verb - start < 6 + lead_ins {
            let token = self.text.tokens.get(start - 1)?;
            let word = self.word(start - 1);
            if token.kind != TokenKind::Word
                || self.inside_quote(start - 1)
                || LEXICON.has(Words::SubjectBreakers, word)
            {
                break;
            }
            start -= 1;
            // "when a leader says": the determiner opens the subject, unless a preposition
            // carries it ("Officials at the ministry said").
            if LEXICON.word_in(Words::SpeakerDeterminers, self.text, start)
                && start > floor
                && !LEXICON.word_in(Words::ObjectPrepositions, self.text, start - 1)
            {
                break;
            }
        }
        if start == verb || self.pronoun(start).is_some() || self.pronoun(verb - 1).is_some() {
            return None;
        }
        // "the email went on to say": the words before the verb that lead into it are no speaker.
        let verb = (start + 1..verb)
            .rev()
            .take_while(|&i| LEXICON.word_in(Words::VerbLeadIns, self.text, i))
            .last()
            .unwrap_or(verb);
        // "Its defence chiefs said": an organisation speaks through its people.
        if self.text.is_word_ci(start, "its") || self.text.is_word_ci(start, "their") {
            return self.resolve_pronoun(start, Wanted::Group).map(|actor| {
                Some(self.actors.name_of(actor).unwrap_or_default().to_owned()).filter(|n| !n.is_empty())
            });
        }
        // "The ministry added": a bare definite organisation that the registry does not name says
        // nothing new; the paragraph's speaker (its minister) stands for it.
        if !bare_org
            && verb - start == 2
            && self.text.is_word_ci(start, "the")
            && LEXICON.org_head(self.text, start + 1).is_some()
        {
            return None;
        }
        // A noun for people ("officials", "a diplomat"), an organisation's head word ("the ruling
        // Georgian Dream party") or a name the registry does not know speaks; anything else is
        // someone the sentence names in a way that cannot be read.
        let head = self.word(verb - 1).to_ascii_lowercase();
        // A determiner and a plain noun ("the businessman replied") describe the speaker too.
        let described = LEXICON.has(Words::SpeakerDeterminers, &self.word(start).to_ascii_lowercase())
            && verb - start >= 2
            && self.text.tokens.get(verb - 1).is_some_and(|t| !t.capitalised)
            // One noun phrase: "the man by the door said" is read no further than the rules can.
            && (start + 1..verb).all(|i| {
                !LEXICON.word_in(Words::SpeakerDeterminers, self.text, i)
                    && !LEXICON.word_in(Words::LocativePrepositions, self.text, i)
            });
        let readable = described
            || LEXICON.has(Words::UnnamedSpeakers, &head)
            || LEXICON.org_head(self.text, verb - 1).is_some()
            || (start..verb).any(|i| {
                self.text.tokens.get(i).is_some_and(|t| t.capitalised && !t.sentence_start)
                    && !self.text.is_word_ci(i, "the")
            });
        Some(if readable { self.phrase(start, verb) } else { None })
    }

    /// `says a source close to the talks`: a described subject after an inverted speech verb,
    /// from its determiner up to a comma, a preposition or six words.
    pub(super) fn described_after_verb(&self, verb: usize, sentence_end: usize) -> Option<String> {
        let start = verb + 1;
        if LEXICON.word_in(Words::AddresseeVerbs, self.text, verb)
            || !LEXICON.word_in(Words::SpeakerDeterminers, self.text, start)
        {
            return None;
        }
        let mut end = start + 1;
        while end < sentence_end.min(start + 6)
            && self
                .text
                .tokens
                .get(end)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, end)
            && !LEXICON.word_in(Words::SubjectBreakers, self.text, end)
            && !self.is_speech_verb(end)
        {
            end += 1;
        }
        // "the chief known as Bob": the name it is known by.
        if self.text.is_word_ci(end, "as")
            && self.text.is_word_ci(end - 1, "known")
            && let Some(mention) = self.mention_at(end + 1)
        {
            return self.actors.name_of(mention.actor).map(str::to_owned);
        }
        // "a source involved in the talks": a participle after the noun opens what describes it.
        while end > start + 2 && (self.word(end - 1).ends_with("ed") || self.word(end - 1).ends_with("ing")) {
            end -= 1;
        }
        (end > start + 1).then(|| self.phrase(start, end)).flatten()
    }

    /// The text of tokens `start..end`, if any.
    pub(super) fn phrase(&self, start: usize, end: usize) -> Option<String> {
        let first = self.text.tokens.get(start)?;
        let last = self.text.tokens.get(end.checked_sub(1)?)?;
        (start < end).then(|| self.text.slice(first.start_byte, last.end_byte).to_owned())
    }

    pub(super) fn rule(base: &str, via_pronoun: bool) -> String {
        if via_pronoun { format!("{base}+pronoun") } else { base.to_owned() }
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
        // `"… right now." Jane Doe said.` (or `"…!"`): a quote that ends its sentence, then a short sentence
        // of a subject and a speech verb, attributes like the comma form.
        let after = self.sentence_range(index);
        let short_attribution = inner.ends_with(['.', '!', '?'])
            && after.start == index
            && self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| t.paragraph == self.text.tokens[span.close_token].paragraph)
            && (after.len() <= 8 || inner.ends_with(['?', '!']))
            // `"Who knows?" Doe told a radio station on Monday.`: a question or exclamation does not
            // end the writer's sentence, so a verb near its start attributes however long it is.
            && (after.start..after.end.min(after.start + 8)).any(|i| self.is_speech_verb(i));
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
        let mut window_end = (index + 11).min(sentence.end);
        let mut subject = None;
        // Once a comma follows the subject, an appositive describes it; its actors do not speak.
        let mut appositive = false;
        let mut cursor = index;
        while cursor < window_end {
            if self.text.is_punct(cursor, ',') && subject.is_some() && !appositive {
                appositive = true;
                window_end = (cursor + 16).min(sentence.end);
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
            if self.is_speech_verb(cursor) {
                // A participle ("saying 'narrow gaps'") introduces the next quote instead.
                if self.word(cursor).ends_with("ing") {
                    return None;
                }
                let found = subject.or_else(|| self.subject_after_verb(cursor + 1, sentence.end));
                let (actor, via_pronoun) = found?;
                return Some((Some(actor), Self::rule("quote:said-after", via_pronoun)));
            }
            // The last actor before the verb heads the subject ("State Department spokesman
            // Matthew Miller told").
            if !appositive && let Some(found) = self.subject_at(cursor) {
                // "Ryan's office said": the possessor only names whose office speaks.
                subject = (!self.possesses_the_subject(cursor)).then_some(found);
            }
            cursor += 1;
        }
        None
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
                None => match (index..(index + 3).min(limit)).find(|&i| {
                    LEXICON.title_at(self.text, i).is_some_and(|end| self.mention_covering(end).is_some())
                }) {
                    // The title's mention (it may start at the title) is read next.
                    Some(title) => index = title,
                    None => match self.person_after_description(index, limit) {
                        Some(person) if found.is_none() => index = person,
                        _ => break,
                    },
                },
            }
        }
        found
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

    pub(super) fn is_according_to(&self, token: usize) -> bool {
        self.text.is_word_ci(token, "according") && self.text.is_word_ci(token + 1, "to")
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
        let mention = found?;
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
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        // "When Roe suggested …, Doe said only that '…'": the main clause attributes.
        let clause = self.main_clause_start(sentence.start, span.open_token);
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

    /// A speech verb later in the sentence: `… a "vital step" in renewing the process, Mr Straw
    /// said.`
    pub(super) fn attribution_later(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.close_token);
        let until = sentence.end.min(span.close_token + 1 + ATTRIBUTION_REACH_TOKENS);
        for index in span.close_token + 1..until {
            if self.is_quote_mark(index) || self.inside_quote(index) {
                // Another quote takes over from here.
                return None;
            }
            if self.is_according_to(index) {
                return self.according_to(index + 2);
            }
            if !self.is_speech_verb(index) || self.word(index).ends_with("ing") {
                continue;
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
                    if self.possesses_the_subject(cursor) {
                        return None;
                    }
                    return Some((Some(actor), Self::rule("quote:said-later", via_pronoun)));
                }
            }
            return self
                .subject_after_verb(index + 1, sentence.end)
                .map(|(actor, via_pronoun)| (Some(actor), Self::rule("quote:said-later", via_pronoun)));
        }
        None
    }
}
