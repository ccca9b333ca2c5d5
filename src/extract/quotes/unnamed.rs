//! Speakers in plain words: a subject that is no actor of the registry ("officials said", `"…,"
//! says a source close to the talks`, "according to a senior diplomat"), which also keeps the
//! quote from being handed to a named speaker.

use super::*;

impl Attributor<'_, '_> {
    /// A participle that only describes the noun before it: one with its agent after "by"
    /// ("a note posted online by a group"), or one right after a document noun ("in a statement
    /// issued after midnight"), which says what became of the document; the verb that
    /// attributes comes later.
    pub(super) fn participle_of_noun(&self, verb: usize) -> bool {
        let issued_document = self.word(verb).ends_with("ed")
            && verb.checked_sub(1).is_some_and(|noun| LEXICON.word_in(Words::AuthoredNouns, self.text, noun));
        issued_document || self.passive_participle(verb)
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
            // "a plan that, according to prosecutors, he described as '…'": a verb of its own after
            // the phrase chose the words; its source does not speak, and nobody is guessed.
            if at < span.open_token && self.speaks_after_according_to(at, span.open_token) {
                return Some(None);
            }
            let past_participle = |i: usize| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && self.word(i).ends_with("ed")
            };
            let start = at + 2;
            let mut end = start;
            while end < closing.end.min(start + 7)
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
                && !LEXICON.has(Words::AccordingToEnders, self.word(end))
                // "according to an assessment described to reporters by …": a participle ends
                // the noun it describes.
                && !(end > start + 1 && past_participle(end))
            {
                end += 1;
            }
            // "… described to reporters by a senior official in Delhi": the one who passed the
            // document on speaks, in words.
            if past_participle(end) {
                let by = (end + 1..closing.end.min(end + 5))
                    .take_while(|&i| self.text.is_word(i))
                    .find(|&i| self.text.is_word_ci(i, "by"));
                if let Some(by) = by
                    && LEXICON.word_in(Words::SpeakerDeterminers, self.text, by + 1)
                {
                    let mut agent_end = by + 2;
                    while agent_end < closing.end.min(by + 9)
                        && self.text.tokens.get(agent_end).is_some_and(|t| t.kind == TokenKind::Word)
                        && !self.inside_quote(agent_end)
                        && !LEXICON.word_in(Words::RelativePronouns, self.text, agent_end)
                    {
                        agent_end += 1;
                    }
                    return Some(self.phrase(by + 1, agent_end));
                }
                return Some(None);
            }
            return Some(self.phrase(start, end));
        }
        // `… with arson "on behalf of Moscow," and the minister told …`: a clause of its own, after
        // the comma that closes the quote's clause inside the marks.
        let joined_clause =
            self.closes_on_own_comma(span) && LEXICON.word_in(Words::ClauseConjunctions, self.text, after);
        let verb_after = (after..(after + 6).min(closing.end))
            .find(|&i| self.is_speech_verb(i))
            .filter(|_| !joined_clause);
        // "A senior diplomat, speaking on condition of anonymity, said": a participle between
        // commas describes the subject; the verb after it attributes.
        let attributing = |i: usize| {
            let participle_after_comma =
                self.word(i).ends_with("ing") && i > reach && self.text.is_punct(i - 1, ',');
            !self.inside_quote(i)
                && (self.is_speech_verb(i) || self.puts_it(i, span))
                && !(participle_after_comma
                    || self.participle_of_noun(i)
                    // "When the deal was announced, lawmakers attacked it as '…'".
                    || self.passive_after_auxiliary(i)
                    // ", the ministry said, days after the rebels warned of '…'".
                    || self.parenthetical_attribution(i, span))
        };
        // "A source, who asked not to be named, said": the verb of a relative clause speaks of the
        // source; a later verb attributes the quote.
        let first_attributing = (reach..span.open_token).find(|&i| attributing(i)).map(|first| {
            if first > reach && self.text.is_word_ci(first - 1, "who") {
                (first + 1..span.open_token).find(|&i| attributing(i)).unwrap_or(first)
            } else {
                first
            }
        });
        // "The group, which Ostland officials say works for Kessa, warned that '…'": a verb in a
        // relative clause closed before the quote speaks of the clause's noun; only a verb
        // after the clause can attribute the quote.
        let first_attributing =
            first_attributing.and_then(|first| match self.relative_clause_close(first, span.open_token) {
                Some(close) => (close + 1..span.open_token).find(|&i| attributing(i)),
                None => Some(first),
            });
        let verb_before = first_attributing.map(|first| {
            // "The ministry said police were called, and a spokesperson for the guard said it
            // was '…'": a later clause with a verb of its own attributes the quote.
            // "… until Kabul acted - a move Taliban officials denounced as '…'": a dash opens an
            // aside with a verb of its own too.
            let clause_break = |i: usize| {
                self.text.is_punct(i, ';')
                    || self.text.is_dash(i)
                    || self.text.is_punct(i, ',')
                        && (self.text.is_word_ci(i + 1, "and") || self.text.is_word_ci(i + 1, "but"))
            };
            (first + 1..span.open_token)
                .rev()
                .find(|&i| !self.inside_quote(i) && clause_break(i))
                .and_then(|boundary| (boundary + 1..span.open_token).find(|&i| attributing(i)))
                .unwrap_or(first)
        });
        // "Investigators found he had written to a militant who urged him to '…'": the quote is
        // what a relative clause's verb says, closer to it than the sentence's; whoever the
        // clause is about speaks, not the sentence's subject.
        if let Some(first) = verb_before
            && (first + 1..span.open_token).any(|i| {
                attributing(i)
                    && self
                        .relative_pronoun_of(i)
                        .is_some_and(|r| r > first && self.text.is_word_ci(r, "who"))
            })
        {
            return Some(None);
        }
        // `He said it was "…", an answer the prosecutor later called "…"`: the aside's verb.
        let verb_before = verb_before.map(|v| self.aside_verb_after_earlier_quote(v, span).unwrap_or(v));
        // `Witnesses said the man shouted "…"`: a reported clause with a described subject and a
        // finite speech verb of its own; that verb attributes the quote.
        let verb_before = verb_before.map(|v| {
            (v + 2..span.open_token)
                .find(|&i| {
                    attributing(i) && !self.word(i).ends_with("ing") && self.described_subject_before(i)
                })
                // ("said Ana Roe, a consultant who has advised …, '…'": a relative clause's verb
                // speaks of its noun.)
                .filter(|&i| !(v + 1..i).any(|j| LEXICON.word_in(Words::RelativePronouns, self.text, j)))
                .unwrap_or(v)
        });
        let (verb, floor) = match (verb_before, verb_after) {
            (Some(verb), _) => (verb, sentence.start),
            (None, Some(verb)) => (verb, after),
            (None, None) => return None,
        };
        // "Doe spoke near the hall, where workers had gathered, chanting '…'": whoever speaks
        // the quote, it is not read from here.
        if verb < span.open_token
            && (verb + 1..span.open_token).any(|i| {
                !self.inside_quote(i) && self.text.is_word_ci(i, "where") && !self.text.is_word(i - 1)
            })
        {
            return Some(None);
        }
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
            // "As Vulture put it": a breaker opening the sentence, in capitals, breaks too.
            if token.kind != TokenKind::Word
                || self.inside_quote(start - 1)
                || LEXICON.has(Words::SubjectBreakers, &word.to_ascii_lowercase())
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
        // "the 67-year-old said", "the 61-year-old general said": an age, split into its number,
        // hyphens and words, belongs to the description its determiner opens.
        if let Some(opening) = self.determiner_before_age(floor, start) {
            start = opening;
        }
        // "- a move rebel commanders denounced as '…'": after an aside's dash, "a" and a noun that
        // is no speaker stand for the clause before; the words after them are the verb's subject.
        if start + 2 < verb && start > floor && self.dash_aside(start - 1) {
            start += 2;
        }
        // "A senior Western diplomat involved in the monitoring mechanism said": a phrase longer
        // than the window reaches back to the determiner that opens its clause, a few words more.
        if verb - start == 6 + lead_ins && start > floor {
            // "The U.N. team that tracks Kessa Front and the Dawn Brigade for the Security Council
            // said": a restrictive clause longer than the window describes the noun before it,
            // which is the subject; the window's words are the clause's object.
            if let Some((opening, relative)) = self.subject_before_relative(floor, start) {
                return Some(self.phrase(opening, relative));
            }
            start = self.clause_opening_determiner(floor, start).unwrap_or(start);
        }
        // "a spokesperson for the Acme office in Oslo said": a phrase cut at its preposition
        // reaches back to the noun the preposition follows, or names nobody.
        if start < verb && LEXICON.word_in(Words::ObjectPrepositions, self.text, start) {
            const HEAD_WORDS: usize = 3;
            let opening = (start.saturating_sub(HEAD_WORDS).max(floor)..start)
                .rev()
                .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
                .find(|&i| LEXICON.word_in(Words::SpeakerDeterminers, self.text, i));
            match opening {
                Some(opening) => start = opening,
                None => return Some(None),
            }
        }
        // "The commander of the army, Gen Ana Vell, put it bluntly: '…'": a person named in
        // apposition right before the verb speaks, not the description before the name.
        if start == verb
            && start > floor + 1
            && self.text.is_punct(verb - 1, ',')
            && self.mention_covering(verb - 2).is_some_and(|m| {
                self.actors.kind_of(m) == ActorKind::Person
                    && m.end_token == verb - 1
                    && (floor..m.start_token).rev().take(2).any(|i| self.text.is_punct(i, ','))
            })
        {
            return None;
        }
        // "A spokesman for Acme declined to comment but said '…'": a verb joined by "but" or "and"
        // has the sentence's described subject; so has one after an appositive ("A senior
        // diplomat, speaking on condition of anonymity, said").
        if start == verb
            && start > floor
            && (self.text.is_word_ci(verb - 1, "but")
                || self.text.is_word_ci(verb - 1, "and")
                || self.text.is_punct(verb - 1, ','))
            && let Some(phrase) = self.opening_described_subject(floor, verb - 1)
        {
            return Some(Some(phrase));
        }
        // "…, and an official at the finance ministry, speaking on condition of anonymity, said":
        // the described subject stands before the participle's appositive, in a later clause.
        if start == verb
            && start > floor
            && self.text.is_punct(verb - 1, ',')
            && let Some(phrase) = self.described_before_appositive(floor, verb - 1)
        {
            return Some(Some(phrase));
        }
        // `"…," she said` after "his wife, Ana,": the pronoun may mean the relative, so no
        // earlier speaker is assumed either.
        let before_verb = verb.checked_sub(1);
        if let Some(before) = before_verb
            && let Some(wanted) = self.pronoun(before)
            && self.relative_before(before, wanted).is_some()
        {
            return Some(None);
        }
        if start == verb
            || self.pronoun(start).is_some()
            || before_verb.and_then(|before| self.pronoun(before)).is_some()
        {
            return None;
        }
        // "Doe and Roe said": two speak at once, and neither alone.
        if start >= floor + 2
            && self.text.is_word_ci(start - 1, "and")
            && self.subject_at(start - 2).is_some()
        {
            return Some(None);
        }
        // "the email went on to say": the words before the verb that lead into it are no speaker.
        let verb = (start + 1..verb)
            .rev()
            .take_while(|&i| LEXICON.word_in(Words::VerbLeadIns, self.text, i))
            .last()
            .unwrap_or(verb);
        // "An industry association on Tuesday denied", "Army officials this week said": a time
        // adjunct before the verb is no part of who speaks.
        let verb = self.before_time_adjunct(start, verb);
        // "Its defence chiefs said": an organisation speaks through its people.
        if self.text.is_word_ci(start, "its") || self.text.is_word_ci(start, "their") {
            return self
                .resolve_pronoun(start, Wanted::Group { plural: self.text.is_word_ci(start, "their") })
                .map(|actor| {
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
            // "Officials in Brussels said", "The mayor of Antwerp said": the people's noun or a
            // title opens the phrase.
            || (start..verb.min(start + 3)).any(|i| LEXICON.word_in(Words::UnnamedSpeakers, self.text, i))
            || (start..verb.min(start + 2)).any(|i| LEXICON.title_at(self.text, i).is_some())
            || LEXICON.org_head(self.text, verb - 1).is_some()
            // "The office of the UN special envoy for Kell said": a body's head word opens it.
            || self.text.is_word_ci(start, "the")
                && LEXICON.org_head(self.text, start + 1).is_some()
                && self.text.is_word_ci(start + 2, "of")
            // "found this week in villages near Bijapur warned": a name after a preposition is
            // a place or an object, no one who speaks.
            || (start..verb).any(|i| {
                self.text.tokens.get(i).is_some_and(|t| t.capitalised && !t.sentence_start)
                    && !self.text.is_word_ci(i, "the")
                    && !(start..i).any(|j| {
                        LEXICON.word_in(Words::LocativePrepositions, self.text, j)
                            || LEXICON.word_in(Words::ObjectPrepositions, self.text, j)
                    })
            });
        // "Ruiz's spokesman said", "the minister's spokeswoman said": whose they are belongs to
        // the words that name them.
        let start = if readable { self.owner_before(floor, start).unwrap_or(start) } else { start };
        Some(if readable { self.phrase(start, verb) } else { None })
    }

    /// The determiner that opens an age ending right before `start` or at it ("the 67-year-old",
    /// "the 67 year old"), no further back than `floor`: where the noun phrase the age describes
    /// begins. `None` when no age, or no determiner before it.
    fn determiner_before_age(&self, floor: usize, start: usize) -> Option<usize> {
        // "67-year-old" is one number token, "67 year old" three tokens; the loop before stops
        // at a number, so the age's last word may be the phrase's first.
        let old = |i: usize| {
            self.text.is_word_ci(i, "old")
                || self.text.token_text(i).to_ascii_lowercase().ends_with("year-old")
        };
        let end = if old(start) && self.text.is_word(start) { start + 1 } else { start };
        let mut first = end;
        while first > floor && end - first < super::roles::AGE_TOKENS && self.age_token(first - 1) {
            first -= 1;
        }
        let counted =
            (first..end).any(|i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number));
        let aged = counted && end > first && old(end - 1);
        let opening = first.checked_sub(1).filter(|&d| d >= floor)?;
        (aged && LEXICON.word_in(Words::SpeakerDeterminers, self.text, opening)).then_some(opening)
    }

    /// Where the owner whose possessive stands right before `start` begins: a name the registry
    /// knows ("Ruiz's"), or a determiner and a plain noun ("the minister's"), no further back
    /// than `floor`.
    fn owner_before(&self, floor: usize, start: usize) -> Option<usize> {
        let mark = start.checked_sub(1).filter(|&mark| mark > floor)?;
        if self.text.tokens.get(mark).is_none_or(|t| t.kind != TokenKind::Possessive) {
            return None;
        }
        if let Some(owner) = self.mention_covering(mark - 1).filter(|m| m.end_token == mark) {
            return (owner.start_token >= floor).then_some(owner.start_token);
        }
        let noun = mark - 1;
        let determiner = noun.checked_sub(1).filter(|&d| d >= floor)?;
        (self.plain_noun(noun) && LEXICON.word_in(Words::SpeakerDeterminers, self.text, determiner))
            .then_some(determiner)
    }

    /// The described subject before an appositive that opens with a participle or with "who" and
    /// closes at `close` ("an official at the finance ministry | , speaking on condition of
    /// anonymity ,"; "a prosecutor familiar with the case | , who was not authorised to speak ,"):
    /// a determiner, at most six plain words, a noun for people who speak unnamed among them and
    /// nobody named.
    fn described_before_appositive(&self, floor: usize, close: usize) -> Option<String> {
        /// How many tokens the appositive spans at most ("who asked not to be named because of
        /// security concerns").
        const APPOSITIVE_TOKENS: usize = 14;
        /// How many words the described subject spans at most.
        const SUBJECT_WORDS: usize = 6;
        let open = (close.saturating_sub(APPOSITIVE_TOKENS).max(floor)..close)
            .rev()
            .find(|&i| self.text.is_punct(i, ',') || self.inside_quote(i))?;
        let participle =
            self.text.tokens.get(open + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.word(open + 1).ends_with("ing");
        let relative = self.text.is_word_ci(open + 1, "who");
        if !self.text.is_punct(open, ',') || !(participle || relative) {
            return None;
        }
        let start = (open.saturating_sub(SUBJECT_WORDS).max(floor)..open)
            .rev()
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
            .find(|&i| {
                LEXICON.word_in(Words::SpeakerDeterminers, self.text, i)
                    && !(i > floor && LEXICON.word_in(Words::ObjectPrepositions, self.text, i - 1))
            })?;
        let people = (start + 1..open).any(|i| LEXICON.word_in(Words::UnnamedSpeakers, self.text, i));
        let named = (start..open)
            .any(|i| self.mention_covering(i).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person));
        (people && !named).then(|| self.phrase(start, open)).flatten()
    }

    /// The determiner a few plain words before `start` that opens its clause (at `floor` or
    /// after punctuation): "A" in "A senior Western diplomat involved in …".
    fn clause_opening_determiner(&self, floor: usize, start: usize) -> Option<usize> {
        /// How many words further back than the subject's window the determiner may stand.
        const EXTRA_WORDS: usize = 4;
        (start.saturating_sub(EXTRA_WORDS).max(floor)..start)
            .rev()
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i) && !self.is_speech_verb(i))
            .find(|&i| {
                LEXICON.word_in(Words::SpeakerDeterminers, self.text, i)
                    && (i == floor || !self.text.is_word(i - 1))
            })
    }

    /// The noun phrase a restrictive clause ("that", "who") describes, when the clause opens a few
    /// words before `start` with nothing but words between: where the phrase's determiner stands
    /// (opening its clause, no further back than `floor`) and where the relative pronoun does.
    fn subject_before_relative(&self, floor: usize, start: usize) -> Option<(usize, usize)> {
        /// How many words before the window the relative pronoun may stand.
        const CLAUSE_WORDS: usize = 8;
        /// How many words the described noun phrase spans at most ("The report by the monitoring
        /// team").
        const PHRASE_WORDS: usize = 6;
        let relative = (start.saturating_sub(CLAUSE_WORDS).max(floor)..start)
            .rev()
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i) && !self.is_speech_verb(i))
            .find(|&i| self.text.is_word_ci(i, "that") || self.text.is_word_ci(i, "who"))?;
        let opening = (relative.saturating_sub(PHRASE_WORDS).max(floor)..relative)
            .rev()
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
            .find(|&i| {
                LEXICON.word_in(Words::SpeakerDeterminers, self.text, i)
                    && (i == floor || !self.text.is_word(i - 1))
            })?;
        (opening + 1 < relative).then_some((opening, relative))
    }

    /// "As one aid official put it: '…'", "One official put it bluntly: '…'": "put it" (and an
    /// adverb) right before the quote, after a comma or a colon, says the quote's words as a verb
    /// of speech does.
    fn puts_it(&self, verb: usize, span: &QuoteSpan) -> bool {
        // "put it bluntly:": an adverb may close the phrase.
        let adverb = usize::from(self.text.is_word(verb + 2) && self.word(verb + 2).ends_with("ly"));
        let mark = verb + 2 + adverb;
        self.text.is_word_ci(verb, "put")
            && self.text.is_word_ci(verb + 1, "it")
            && (self.text.is_punct(mark, ',') || self.text.is_punct(mark, ':'))
            && mark + 1 == span.open_token
    }

    /// Where a time adjunct right before `end` starts ("on Tuesday", "this week", "yesterday": a
    /// date the facts reader finds ending at `end`, with its "on"), when words before it remain
    /// from `start`; otherwise `end`.
    fn before_time_adjunct(&self, start: usize, end: usize) -> usize {
        /// How many tokens a date before the verb spans at most ("earlier this month").
        const DATE_TOKENS: usize = 3;
        let Some(date) = (end.saturating_sub(DATE_TOKENS).max(start + 1)..end).find(|&i| {
            crate::extract::facts::date_at(self.text, i).is_some_and(|(date_end, _)| date_end == end)
        }) else {
            return end;
        };
        let adjunct = if date > start + 1 && self.text.is_word_ci(date - 1, "on") { date - 1 } else { date };
        if adjunct > start { adjunct } else { end }
    }

    /// The first word of the sentence starting at `sentence_start`: past an opening quote mark or
    /// bracket.
    pub(super) fn first_word(&self, sentence_start: usize) -> usize {
        sentence_start + usize::from(!self.text.is_word(sentence_start))
    }

    /// Where the sentence starting at `sentence_start` opens its subject: at its first word, or
    /// past a conjunction before a determiner ("But a security official, speaking on condition of
    /// anonymity, told …").
    pub(super) fn subject_opening(&self, sentence_start: usize) -> usize {
        let first = self.first_word(sentence_start);
        if LEXICON.word_in(Words::ClauseConjunctions, self.text, first)
            && LEXICON.word_in(Words::SpeakerDeterminers, self.text, first + 1)
        {
            first + 1
        } else {
            first
        }
    }

    /// `says a source close to the talks`: a described subject after an inverted speech verb,
    /// from its determiner up to a comma, a preposition or six words.
    pub(super) fn described_after_verb(&self, verb: usize, sentence_end: usize) -> Option<String> {
        let start = verb + 1;
        if LEXICON.word_in(Words::AddresseeVerbs, self.text, verb) {
            return None;
        }
        // "said his mother, Ana Ferro, 61": a relative the appositive names; without a name
        // nobody is guessed.
        if LEXICON.word_in(Words::PossessiveDeterminers, self.text, start) {
            let (actor, _) = self.person_named_after_description(start + 1, sentence_end)?;
            return self.actors.name_of(actor).map(str::to_owned);
        }
        if !LEXICON.word_in(Words::SpeakerDeterminers, self.text, start) {
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
        // "said the owner of a grocery near the port, who …": the noun's "of" and the plain words
        // after it, up to a comma or a clause, say who the source is.
        if self.text.is_word_ci(end, "of") {
            /// How many words the phrase after "of" spans at most.
            const OF_PHRASE_WORDS: usize = 6;
            let tail = (end + 1..sentence_end.min(end + 1 + OF_PHRASE_WORDS))
                .take_while(|&i| {
                    self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                        && !LEXICON.word_in(Words::SubjectBreakers, self.text, i)
                        && !self.is_speech_verb(i)
                })
                .count();
            let closed = end + 1 + tail;
            let ends_phrase = closed >= sentence_end
                || self.text.tokens.get(closed).is_some_and(|t| t.kind == TokenKind::Punct);
            if tail >= 2 && ends_phrase && LEXICON.word_in(Words::SpeakerDeterminers, self.text, end + 1) {
                return self.phrase(start, closed);
            }
        }
        // "the group's research director, Tomas Henk": the person the appositive names; without
        // one, the whole description ("the group's research director"), not its possessor.
        if self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
            if let Some((actor, _)) = self.person_named_after_description(end + 1, sentence_end) {
                return self.actors.name_of(actor).map(str::to_owned);
            }
            let mut described = end + 1;
            while described < sentence_end.min(end + 5)
                && self
                    .text
                    .tokens
                    .get(described)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && !LEXICON.word_in(Words::ObjectPrepositions, self.text, described)
                && !LEXICON.word_in(Words::SubjectBreakers, self.text, described)
                && !self.is_speech_verb(described)
            {
                described += 1;
            }
            if described > end + 1 {
                end = described;
            }
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
        // "said one driver who survived the attack, speaking by phone": a restrictive clause up to
        // its comma says who the source is (not one of anonymity: "a guard who asked not to be
        // named").
        if end > start + 1
            && self.text.is_word_ci(end, "who")
            && self.text.tokens.get(end - 1).is_some_and(|t| t.kind == TokenKind::Word)
        {
            /// How many words the clause spans at most.
            const WHO_CLAUSE_WORDS: usize = 6;
            let clause_end = (end + 1..sentence_end.min(end + 2 + WHO_CLAUSE_WORDS))
                .find(|&i| self.text.tokens.get(i).is_none_or(|t| t.kind != TokenKind::Word));
            let anonymous = |range: Range<usize>| {
                range.into_iter().any(|i| {
                    LEXICON.word_in(Words::AnonymityWords, self.text, i) || self.text.is_word_ci(i, "name")
                })
            };
            if let Some(clause_end) = clause_end
                && (clause_end >= sentence_end || self.text.is_punct(clause_end, ','))
                && !anonymous(end + 1..clause_end)
                && !(end + 1..clause_end)
                    .any(|i| self.is_speech_verb(i) || self.mention_covering(i).is_some())
            {
                return self.phrase(start, clause_end);
            }
        }
        (end > start + 1).then(|| self.phrase(start, end)).flatten()
    }

    /// The described subject that opens the sentence at `sentence_start`, before `limit`: a
    /// determiner, up to four words (no actor's) ending in a noun for people ("a spokesman", "a
    /// senior Western diplomat"), and the
    /// organisation they speak for ("for Acme Water"): "A spokesman for Acme Water".
    pub(super) fn opening_described_subject(&self, sentence_start: usize, limit: usize) -> Option<String> {
        let first = self.subject_opening(sentence_start);
        if !LEXICON.word_in(Words::SpeakerDeterminers, self.text, first) {
            return None;
        }
        let mut end = first + 1;
        while end < limit.min(first + 5)
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
            && self.mention_covering(end).is_none()
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, end)
        {
            end += 1;
        }
        if end == first + 1 || !LEXICON.has(Words::UnnamedSpeakers, &self.word(end - 1).to_ascii_lowercase())
        {
            return None;
        }
        // "… for Acme Water": a preposition and a run of capitalised words.
        if LEXICON.word_in(Words::ObjectPrepositions, self.text, end) {
            let mut name_end = end + 1;
            while name_end < limit && self.text.tokens.get(name_end).is_some_and(|t| t.capitalised) {
                name_end += 1;
            }
            if name_end > end + 1 {
                end = name_end;
            }
        }
        self.phrase(first, end)
    }
}
