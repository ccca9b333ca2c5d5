//! The subject of a speech verb: the nearest mention or pronoun before it that is neither the
//! object of a preposition nor a possessor of the real subject, the subject before an
//! appositive, or the sentence's first mention for a participle after a comma.

use super::*;

/// How many tokens a phrase that opens a sentence spans at most before its comma ("In a statement
/// carried by the state news agency Velta,"): a bound, so that a megabyte-long "sentence" is not
/// read from its start for every mention.
const FRONTED_PHRASE_TOKENS: usize = 48;

/// How many words that narrow a place ("south", "-", "east") may stand between a preposition
/// and the place it governs.
const NARROWING_WORDS: usize = 3;

/// How many paragraphs back (the quote's own included) "the ministry" looks for its name.
const DEFINITE_ORG_PARAGRAPHS: usize = 3;

/// How many mentions back "the ministry" or "the agency" looks at most.
const DEFINITE_ORG_MENTIONS: usize = 64;

/// How many paragraphs back (this one included) "the agency" looks for the one organisation it
/// can mean.
const DEFINITE_BODY_PARAGRAPHS: usize = 2;

/// How many plain words a described subject before its verb spans at most, its determiner
/// included ("the veteran Ohio state senator").
const DESCRIBED_RUN_TOKENS: usize = 6;

impl Attributor<'_, '_> {
    /// Whether `verb` is joined by "and" or "but" (no comma) to a clause whose nearest mention,
    /// outside quotes, stands right after a lower-case verb ("named Russia as …", "summoned Chile's
    /// envoy"): that mention is the earlier verb's object.
    fn nearest_mention_is_joined_verbs_object(&self, sentence_start: usize, verb: usize) -> bool {
        if !self.joined_without_comma(sentence_start, verb) {
            return false;
        }
        let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
        let Some(mention) = (reach..verb - 1)
            .rev()
            .filter(|&i| !self.inside_quote(i) && !self.is_quote_mark(i))
            .find_map(|i| self.mention_covering(i))
        else {
            return false;
        };
        mention.start_token > sentence_start
            && self.text.tokens.get(mention.start_token - 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalised
                    && (self.word(mention.start_token - 1).ends_with("ed")
                        || LEXICON.word_in(Words::IrregularPast, self.text, mention.start_token - 1))
            })
    }

    /// Whether "and" or "but" stands right before `verb` with no comma before it ("summoned the
    /// envoy and said"): the verb is joined to the clause before it.
    /// Whether the words from `opening` to a name at `start` are a title before it ("the deputy
    /// Ana Rivas", "the Kell Party deputy Jo Bell"): a few words with no verb in "-ed" among
    /// them, ending in a title or a plain noun; the name then opens the sentence's subject, as
    /// the rule that calls it reads only a name followed by its own verb in the past.
    fn titled_subject_start(&self, opening: usize, start: usize) -> bool {
        /// How many words a title before a subject's name runs at most ("the Kell Party deputy").
        const TITLE_WORDS: usize = 5;
        start > opening + 1
            && start - opening <= TITLE_WORDS
            && (opening..start).all(|i| {
                self.text.tokens.get(i).is_some_and(|t| {
                    t.kind == TokenKind::Word && (t.capitalised || !self.word(i).ends_with("ed"))
                }) && !self.is_speech_verb(i)
            })
            && ((opening..start).any(|i| LEXICON.title_at(self.text, i) == Some(start)) || {
                // "the deputy Ana Rivas": a plain noun of office right before the name.
                let noun = start - 1;
                let word = self.word(noun);
                self.text.tokens.get(noun).is_some_and(|t| !t.capitalised)
                    && !LEXICON.is_stopword(self.text, noun)
                    && !["ed", "ing", "ly"].iter().any(|end| word.ends_with(end))
            })
    }

    fn joined_without_comma(&self, sentence_start: usize, verb: usize) -> bool {
        verb >= sentence_start + 2
            && (self.text.is_word_ci(verb - 1, "and") || self.text.is_word_ci(verb - 1, "but"))
            && !self.text.is_punct(verb - 2, ',')
    }

    /// Where the name after a naming verb ("called", "named", "known as") starts, the verb standing
    /// within a few plain words from `from` and before `limit` ("a company in Dubai called …").
    fn name_after_naming_verb(&self, from: usize, limit: usize) -> Option<usize> {
        /// How many plain words may stand between the appositive's determiner and its naming verb.
        const DESCRIPTION_TOKENS: usize = 8;
        let naming = (from..(from + DESCRIPTION_TOKENS).min(limit))
            .take_while(|&i| self.text.is_word(i))
            .find(|&i| {
                LEXICON.word_in(Words::NamingVerbs, self.text, i)
                    || self.text.is_word_ci(i, "known") && self.text.is_word_ci(i + 1, "as")
            })?;
        let after = if self.text.is_word_ci(naming, "known") { naming + 2 } else { naming + 1 };
        // "known as the Harbor Group": the name may open with its article.
        let start = if self.mention_at(after).is_none() && self.text.is_word_ci(after, "the") {
            after + 1
        } else {
            after
        };
        (start < limit).then_some(start)
    }

    /// "a company in Dubai called Harbor Lines,", "a firm named Corvid.": a naming verb after an
    /// indefinite description or an organisation noun, then a name (an article may open it) that
    /// closes its phrase. It names, it does not speak ("the minister called Harbor Lines "a
    /// disgrace"" goes on).
    pub(super) fn naming_participle(&self, verb: usize) -> bool {
        /// How many words the description before the naming verb may take.
        const DESCRIPTION_TOKENS: usize = 6;
        if !LEXICON.word_in(Words::NamingVerbs, self.text, verb) {
            return false;
        }
        // An indefinite description or an organisation noun, in plain words up to the verb.
        let described = (verb.saturating_sub(DESCRIPTION_TOKENS)..verb)
            .rev()
            .take_while(|&i| self.text.is_word(i) && self.pronoun(i).is_none())
            .any(|i| {
                self.text.is_word_ci(i, "a")
                    || self.text.is_word_ci(i, "an")
                    || LEXICON.word_in(Words::OrgNouns, self.text, i) && !self.text.tokens[i].capitalised
            });
        if !described {
            return false;
        }
        let start = if self.mention_at(verb + 1).is_none() && self.text.is_word_ci(verb + 1, "the") {
            verb + 2
        } else {
            verb + 1
        };
        self.mention_at(start)
            .is_some_and(|m| [',', '.', ')', ';'].iter().any(|&mark| self.text.is_punct(m.end_token, mark)))
    }

    /// The nearest mention or pronoun before the verb, outside quotes, within the sentence.
    pub(super) fn subject_before_verb(&self, sentence_start: usize, verb: usize) -> Option<(usize, bool)> {
        // "The agency carried a statement from the Vell Defence Council describing the firing as
        // '…'": a participle right after a document's author has the document, its author's
        // words, as its subject; the author speaks, not whoever carried the document.
        if let Some(author) = self.document_author_before_participle(sentence_start, verb) {
            return Some((author, false));
        }
        // "Doe attacked Roe on Monday, saying …": a participle after a comma has the sentence's
        // subject, whoever is mentioned in between; none found, nobody is guessed.
        if verb > sentence_start && self.text.is_punct(verb - 1, ',') && self.word(verb).ends_with("ing") {
            if let Some(person) = self.subordinate_person_before(sentence_start, verb - 1) {
                return Some((person, false));
            }
            // "According to an affidavit filed by an FBI agent, Bell began …, telling": the
            // subject follows the phrase that gives the source.
            let start = self.according_to_opening_end(sentence_start, verb).unwrap_or(sentence_start);
            return self.sentence_subject(start, verb).map(|(_, found)| found);
        }
        // "Doe's spokesman, Jo Bell, rejected it, calling Roe 'a puppet' and insisting that …": a
        // participle joined by "and" to one that opened after a comma shares its subject; the
        // name between them is the first one's object. No subject found, nobody is guessed.
        if verb >= sentence_start + 3
            && self.text.is_word_ci(verb - 1, "and")
            && self.participle(verb)
            && self.word(verb).ends_with("ing")
            && let Some(first) = (sentence_start + 1..verb - 1).rev().find(|&i| {
                self.text.is_punct(i - 1, ',')
                    && self.participle(i)
                    && self.word(i).ends_with("ing")
                    && !self.inside_quote(i)
                    && !LEXICON.is_stopword(self.text, i)
            })
        {
            return self.subject_before_verb(sentence_start, first);
        }
        // "Jo Bell, who has campaigned for years, later wrote": a lead-in word after the comma
        // that closes the subject's appositive or relative clause; the subject speaks.
        let mut lead = verb;
        while lead > sentence_start + 1
            && verb - lead < 2
            && LEXICON.word_in(Words::VerbLeadIns, self.text, lead - 1)
            && !self.inside_quote(lead - 1)
        {
            lead -= 1;
        }
        if lead < verb
            && lead > sentence_start
            && self.text.is_punct(lead - 1, ',')
            && !self.word(verb).ends_with("ing")
            && let Some((end, found)) = self.sentence_subject(sentence_start, lead - 1)
            && self.text.is_punct(end, ',')
        {
            return Some(found);
        }
        // "Gen. Bell stopped short of naming Chile, but told reporters": a conjunction after a
        // comma right before the verb gives it the sentence's subject, not a name in between;
        // none found, nobody is guessed.
        if lead >= sentence_start + 2
            && self.text.is_punct(lead - 2, ',')
            && LEXICON.word_in(Words::ClauseConjunctions, self.text, lead - 1)
            && !self.inside_quote(lead - 1)
        {
            // "The navy thanked Peru …, and told": a verb before the first name makes that name
            // its object; the subject was a plain noun.
            let verb_like = |i: usize| {
                self.text.tokens[i].kind == TokenKind::Word
                    && !self.text.tokens[i].capitalised
                    && (self.word(i).ends_with("ed")
                        || self.is_speech_verb(i)
                        || LEXICON.word_in(Words::IrregularPast, self.text, i))
            };
            let (end, found) = self.sentence_subject(sentence_start, lead - 2)?;
            let start = (sentence_start..lead).find(|&i| self.subject_at(i) == Some(found))?;
            if (sentence_start..start).any(verb_like) {
                return None;
            }
            // "AFP chief of staff Gen. Jo Bell stopped …": a person later in the subject's noun
            // phrase heads it, not the body that opens it.
            /// How many tokens a subject's title runs before the person's name at most.
            const TITLE_TOKENS: usize = 8;
            let person = (end..(end + TITLE_TOKENS).min(lead - 2))
                .take_while(|&i| !verb_like(i) && !self.text.is_punct(i, ','))
                .find_map(|i| self.mention_at(i).filter(|m| self.actors.kind_of(m) == ActorKind::Person))
                .map(|m| (m.actor, false));
            return Some(person.unwrap_or(found));
        }
        // "Romania summoned Russia's ambassador and said": a verb joined by "and" or "but" with
        // no comma has the sentence's subject when that subject opens the sentence and its own
        // verb follows it at once; a name in between is the first verb's object.
        // ("In June, Ottawa listed the group and urged …": after a phrase that opens the sentence.)
        if lead == verb
            && self.joined_without_comma(sentence_start, verb)
            && !self.word(verb).ends_with("ing")
            && let Some((end, found)) = self.sentence_subject(sentence_start, verb - 1)
            && (sentence_start..end).find(|&i| self.subject_at(i) == Some(found)).is_some_and(|start| {
                let opening = self
                    .fronted_phrase_end(sentence_start, verb)
                    .map_or_else(|| self.subject_opening(sentence_start), |comma| comma + 1);
                start <= opening + 1
                    || self.titled_subject_start(opening, start)
                    // ("Norway's commissioner, Ana Ruiz, …": named in apposition to the noun
                    // the possessor opening the sentence owns.)
                    || end == self.mention_covering(start).map_or(start, |m| m.end_token)
                        && self.text.is_punct(end, ',')
                        && self.possesses_the_subject(opening)
            })
            // (The subject's own verb follows it, or the comma that closes its apposition.)
            && let own_verb = end + usize::from(self.text.is_punct(end, ','))
            && self.text.tokens.get(own_verb).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && (self.word(own_verb).ends_with("ed") || LEXICON.word_in(Words::IrregularPast, self.text, own_verb))
        {
            return Some(found);
        }
        // "The board's report named Russia as "the main threat" and warned that …": with a verb
        // joined by "and" or "but", the nearest name that a verb governs is that verb's object,
        // not the subject of both; nobody is guessed.
        if lead == verb && self.nearest_mention_is_joined_verbs_object(sentence_start, verb) {
            return None;
        }
        // "one of the hostages, the nurse Jo Bell, says": a person named in apposition after a
        // plain description speaks; so does one whose relative clause follows ("the envoy, Jo
        // Bell, who oversees the deal, said").
        if verb > sentence_start + 1 && self.text.is_punct(verb - 1, ',') {
            // "In Washington, which brokered the talks, a spokesman, Jo Bell, said": the name in
            // apposition right before the verb, whatever relative clause came before it.
            if let Some(person) = self.named_in_apposition_before(verb - 1) {
                return Some((person, false));
            }
            let relative = self.relative_clause_opening(sentence_start, verb - 1);
            let close = relative.unwrap_or(verb - 1);
            if let Some(person) = self.named_in_apposition_before(close) {
                return Some((person, false));
            }
            // "Kell Port, which runs the ports of Orm, Vell and Paris, said": the subject stands
            // before a "which" clause; no name inside the clause speaks, and none is guessed when
            // the subject is no actor.
            if let Some(opening) = relative.filter(|&opening| self.text.is_word_ci(opening + 1, "which")) {
                // ("Jo Bell of the Kell Party, which …, said": the sentence's subject, not the
                // body the clause is about.)
                return self
                    .sentence_subject(sentence_start, opening)
                    .map(|(_, found)| found)
                    .or_else(|| opening.checked_sub(1).and_then(|i| self.subject_at(i)));
            }
        }
        // An inverted verb closing its sentence (", says a top academic.") has its subject after it.
        if verb > sentence_start && self.text.is_punct(verb - 1, ',') {
            // "Speaking to the broadcaster KTV, the army's spokesman, Col. Aran Bekele, said": a
            // phrase that opens the sentence before the subject names none of it.
            let sentence_start =
                self.opening_phrase_end(sentence_start, verb).map_or(sentence_start, |end| end + 1);
            let sentence_end = self.sentence_range(verb).end;
            // ("…, told reporters in the capital, Vella, that": a verb of address is never
            // inverted; its tail goes on past a comma.)
            let short_tail = !LEXICON.word_in(Words::AddresseeVerbs, self.text, verb)
                && (verb + 1..(verb + 6).min(sentence_end + 1))
                    .any(|i| i >= sentence_end || self.text.is_punct(i, ',') || self.text.is_punct(i, '.'));
            // "Jane Doe, who campaigned here, tweeted, '…'" or "… told a reporter, '…'": the verb
            // introduces the quote after it, so its subject stands before the appositive.
            let introduces_quote = (verb + 1..(verb + 6).min(sentence_end)).any(|i| {
                (self.text.is_punct(i, ',') || self.text.is_punct(i, ':')) && self.is_quote_mark(i + 1)
            });
            // "Doe, a candidate, tweeted a reminder. '…'": a short object ends the sentence and the
            // quote opens the next one.
            let introduces_next = LEXICON.word_in(Words::SpeakerDeterminers, self.text, verb + 1)
                && (verb + 2..sentence_end).all(|i| self.text.is_word(i) || i + 1 == sentence_end)
                && sentence_end <= verb + 5
                && self.is_quote_mark(sentence_end);
            // "The party, which backs Doe, said it was 'disappointed.'": a quote in the tail is
            // what the verb introduces.
            let quote_in_tail = (verb + 1..(verb + 6).min(sentence_end))
                .any(|i| self.is_quote_mark(i) && !self.inside_quote(i - 1));
            if short_tail && !introduces_quote && !introduces_next && !quote_in_tail {
                return None;
            }
            // "The report, which Doe commissioned, said": a described subject before the first
            // comma, the names after it describe it.
            let first = self.subject_opening(sentence_start);
            if LEXICON.word_in(Words::SpeakerDeterminers, self.text, first)
                && let Some(comma) = (first..verb).find(|&i| self.text.is_punct(i, ','))
                && (first..comma).all(|i| self.mention_covering(i).is_none())
            {
                // "The agency's spokeswoman, Jo Bell, wrote", "The national watchdog, NORSEC,
                // warned": an appositive that is only a name names the described subject; that
                // person or body speaks.
                // "The junta's spokesman, Col. Jo Bell, said": a title may open the name.
                let name_start = self.name_start_after_title(comma + 1);
                // "The ship's owner, Oslo-based Meridian Shipping, said": where the body sits may
                // open the name.
                let name_start = if self.mention_at(name_start).is_none()
                    && self.text.is_word(name_start)
                    && self.text.key(name_start).ends_with("-based")
                    && self.mention_at(name_start + 1).is_some()
                {
                    name_start + 1
                } else {
                    name_start
                };
                // "The ship's owner, a company in Dubai called Harbor Lines, said": the name an
                // appositive gives after a naming verb.
                let name_start = if self.mention_at(name_start).is_none()
                    && LEXICON.word_in(Words::SpeakerDeterminers, self.text, comma + 1)
                    && let Some(named) = self.name_after_naming_verb(comma + 2, verb)
                {
                    named
                } else {
                    name_start
                };
                return self
                    .mention_at(name_start)
                    .filter(|m| {
                        // "The operator, Borealis Tankers of Oslo, said": where the body is.
                        let mut end = m.end_token;
                        // "The Director of Public Prosecutions, Mara Lenz SC, said": an honour's
                        // letters after the name.
                        if self.honour_letters(end) {
                            end += 1;
                        }
                        if self.text.is_word_ci(end, "of") {
                            end += 1;
                            while self
                                .text
                                .tokens
                                .get(end)
                                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                            {
                                end += 1;
                            }
                        }
                        // "A farmer, Jon Keel, 61, said": an age after the name.
                        let close = if self.is_age_aside(end + 1) { end + 2 } else { end };
                        // "The High Representative, Jo Bell, who oversees the deal, said": a
                        // relative clause after the name, closed by the comma before the verb.
                        let relative = LEXICON.word_in(Words::RelativePronouns, self.text, close + 1)
                            && self.text.is_punct(verb - 1, ',')
                            && verb - close <= SUBJECT_REACH_TOKENS;
                        // "The army's spokesman, Jan Olsen, a major general, told": a second
                        // appositive that describes the person, closed by the comma before the
                        // verb.
                        let described = self.described_appositive_between(close + 1, verb - 1);
                        (close + 1 == verb || relative || described) && self.text.is_punct(end, ',')
                    })
                    .map(|m| (m.actor, false));
            }
            // "Jo Bell, head of the board of Acme, the group's arm, said": the sentence's subject
            // with the appositive right after it, however many commas the appositive holds.
            if let Some((end, found)) = self.sentence_subject(sentence_start, verb)
                && (self.text.is_punct(end, ',') || self.part_closed_by_comma(end))
            {
                return Some(found);
            }
            // "Dmitry Peskov, the Kremlin spokesman, told": the subject stands before the
            // appositive that the comma closes.
            let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
            let opening_comma = (reach..verb - 1).rev().find(|&i| self.text.is_punct(i, ','));
            // "Kyiv's ambassador to the UN, Jo Bell, told": not the object of a preposition.
            if let Some(found) = opening_comma
                .and_then(|comma| comma.checked_sub(1))
                .filter(|&i| !self.after_object_preposition(i))
                .and_then(|i| self.subject_at(i))
            {
                return Some(found);
            }
        }
        // "welcomed by Beijing, which described it as …": the relative pronoun stands for the
        // mention right before it, whatever preposition that has.
        // "an operative, who sent him plans and urged him to '…'": so does the one before a verb
        // joined by "and" to the relative clause's first verb.
        if let Some(relative) = self.relative_pronoun_of(verb).filter(|&r| r > sentence_start) {
            let before = if self.text.is_punct(relative - 1, ',') {
                relative.checked_sub(2)
            } else {
                Some(relative - 1)
            };
            // "a retired admiral who suggested": a relative pronoun after a plain noun stands for
            // that noun, whoever is named before it. "who" is said of people: "an expert at the
            // Vell Academy who spoke to us" is the expert's clause, not the academy's.
            let personal = self.text.is_word_ci(relative, "who");
            return before.filter(|&i| i >= sentence_start).and_then(|i| self.subject_at(i)).filter(
                |&(actor, via_pronoun)| {
                    !personal
                        || via_pronoun
                        || !matches!(
                            self.kind_of_actor(Some(actor)),
                            Some(ActorKind::Organisation | ActorKind::InternationalOrg | ActorKind::Media)
                        )
                },
            );
        }
        // "The Liberty Rally party said": a body named with its own noun speaks.
        if let Some(body) = self.body_with_its_noun(verb) {
            return Some((body, false));
        }
        // "its chief executive boasted", "the Ohio Republican asks": a described subject right
        // before the verb speaks, not a name further back.
        if self.described_subject_before(verb) {
            return None;
        }
        // "… charges a teacher with spying, family says she is …": a bare plain noun right after a
        // comma is the subject of a clause of its own, not a name earlier in the sentence.
        if self.bare_noun_subject_before(verb) {
            return None;
        }
        // "depicts one of the guards asking, '…'": a plain noun right before a participle is
        // its subject, unless it only carries the words ("issued a statement saying").
        if self.word(verb).ends_with("ing")
            && verb > sentence_start
            && self.text.tokens.get(verb - 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.mention_covering(verb - 1).is_none()
            && self.pronoun(verb - 1).is_none()
            && !self.word(verb - 1).ends_with("ly")
            && !LEXICON.word_in(Words::NotParticipleSubjects, self.text, verb - 1)
            && !LEXICON.word_in(Words::VerbLeadIns, self.text, verb - 1)
            && !LEXICON.word_in(Words::SubjectBreakers, self.text, verb - 1)
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, verb - 1)
        {
            return None;
        }
        // "Speaking to the broadcaster KTV, the army's spokesman said": a participle's phrase
        // opens the sentence as a preposition's does.
        let fronted = self.opening_phrase_end(sentence_start, verb);
        let mut index = verb;
        let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
        while index > reach {
            index -= 1;
            if self.inside_quote(index) || self.is_quote_mark(index) {
                continue;
            }
            // "Asked whether Oslo knew, he said": a pronoun right before the verb is its subject;
            // one that names nobody leaves the quote open, not to a name before it.
            if index + 1 == verb && self.pronoun(index).is_some() && self.subject_at(index).is_none() {
                return None;
            }
            // "A diplomat called it 'a hazard' and said": a pronoun in the object's place is
            // not the subject.
            if self.object_pronoun(index) {
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
                // "Doe and Roe said": two speak at once; nobody is named alone.
                let start = self.mention_covering(index).map_or(index, |m| m.start_token);
                if start >= sentence_start + 2
                    && self.text.is_word_ci(start - 1, "and")
                    && self.subject_at(start - 2).is_some()
                {
                    return None;
                }
                // "In a Daily Ledger poll, 60 percent of residents said": a name inside the
                // phrase that opens the sentence is no subject.
                if fronted.is_some_and(|end| index < end) {
                    return None;
                }
                return Some(found);
            }
        }
        None
    }

    /// Whether the pronoun at `index` stands as an object: "him" or "them", or "it" or "her"
    /// right after a speech verb, a verb in "-ed" or a preposition ("called it", "falling on it").
    fn object_pronoun(&self, index: usize) -> bool {
        if self.text.is_word_ci(index, "him") || self.text.is_word_ci(index, "them") {
            return true;
        }
        let after_verb = index.checked_sub(1).is_some_and(|before| {
            self.text.tokens[before].kind == TokenKind::Word
                && (self.is_speech_verb(before)
                    || self.word(before).ends_with("ed")
                    || LEXICON.word_in(Words::ObjectPrepositions, self.text, before)
                    || LEXICON.word_in(Words::LocativePrepositions, self.text, before))
        });
        (self.text.is_word_ci(index, "it") || self.text.is_word_ci(index, "her")) && after_verb
    }

    /// Whether the words right before `verb` (past "also", "has" and the like) are a described
    /// noun phrase of their own: a determiner ("the", "its") and plain words up to the verb, the
    /// last of them no actor's mention ("the Ohio Republican asks", "its chief executive said").
    /// "the president said", resolved to a person by the actor rules, is a mention and not this.
    pub(super) fn described_subject_before(&self, verb: usize) -> bool {
        let mut head = verb;
        while head > 0 && LEXICON.word_in(Words::VerbLeadIns, self.text, head - 1) && verb - head < 3 {
            head -= 1;
        }
        let Some(last) = head.checked_sub(1) else { return false };
        if !self.text.is_word(last)
            || self.mention_covering(last).is_some()
            || self.pronoun(last).is_some()
            || self.inside_quote(last)
        {
            return false;
        }
        let mut index = last;
        while index > 0 && last - index < DESCRIBED_RUN_TOKENS {
            if LEXICON.word_in(Words::SpeakerDeterminers, self.text, index)
                || LEXICON.word_in(Words::PossessiveDeterminers, self.text, index)
            {
                // "Doe at the time said": a determiner after a preposition opens its object.
                let object = index
                    .checked_sub(1)
                    .is_some_and(|i| LEXICON.word_in(Words::ObjectPrepositions, self.text, i));
                return index < last && !object;
            }
            index -= 1;
            // "A 2014 committee report found": a year or a count may stand in the phrase.
            let word_or_number = self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
            if !word_or_number
                || self.inside_quote(index)
                || LEXICON.word_in(Words::ObjectPrepositions, self.text, index)
                || LEXICON.word_in(Words::SubjectBreakers, self.text, index)
            {
                return false;
            }
        }
        false
    }

    /// The author of a document named right before the participle at `verb`: a noun of
    /// [`Words::AuthoredNouns`], "from" or "by", and the author's mention ending at the verb ("a
    /// statement from the Vell Defence Council describing", "a letter by Jo Bell calling").
    fn document_author_before_participle(&self, sentence_start: usize, verb: usize) -> Option<usize> {
        if !self.word(verb).ends_with("ing") || verb <= sentence_start {
            return None;
        }
        let author = self.mention_covering(verb - 1).filter(|m| m.end_token == verb)?;
        let mut before = author.start_token.checked_sub(1)?;
        if self.text.is_word_ci(before, "the") {
            before = before.checked_sub(1)?;
        }
        let noun = before.checked_sub(1).filter(|&noun| noun >= sentence_start)?;
        ((self.text.is_word_ci(before, "from") || self.text.is_word_ci(before, "by"))
            && LEXICON.word_in(Words::AuthoredNouns, self.text, noun)
            && self.actors.kind_of(author) != ActorKind::Media)
            .then_some(author.actor)
    }

    /// Whether the word right before `verb` is a bare plain noun after a comma (", family says",
    /// ", critics said"): lower case, no mention, pronoun, adverb or verb lead-in.
    pub(super) fn bare_noun_subject_before(&self, verb: usize) -> bool {
        let Some(noun) = verb.checked_sub(1) else { return false };
        noun > 0
            && self.text.is_punct(noun - 1, ',')
            && !self.word(verb).ends_with("ing")
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.inside_quote(noun)
            && (!self.word(noun).ends_with("ly") || LEXICON.word_in(Words::LyNouns, self.text, noun))
            && !self.is_speech_verb(noun)
            && !LEXICON.word_in(Words::NotParticipleSubjects, self.text, noun)
            && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, noun)
            && !LEXICON.word_in(Words::ClauseConjunctions, self.text, noun)
            && !LEXICON.word_in(Words::Subordinators, self.text, noun)
            && self.described_or_plural_before(verb)
    }

    /// `"…," the ministry said`: a definite organisation noun right before `verb` refers back to
    /// the latest organisation mentioned in the last few paragraphs (and the last 64 mentions)
    /// whose name holds that noun ("Elbonia's Ministry of Fisheries"). `None` when no such name
    /// came before.
    ///
    /// With no such name, a noun of [`Words::DefiniteBodyNouns`] ("the agency said") refers back to
    /// the latest organisation mentioned in its paragraph or the one before, when it is the
    /// only one there ("CERT-In said … The agency warned").
    pub(super) fn definite_org_before(&self, verb: usize) -> Option<usize> {
        let noun = verb.checked_sub(1)?;
        let body_noun = LEXICON.word_in(Words::DefiniteBodyNouns, self.text, noun);
        if LEXICON.org_head(self.text, noun).is_none() && !body_noun {
            return None;
        }
        // "the U.N. watchdog said", "the Chinese company said": a state or an international body
        // before a body noun only says whose it is; the body is another one.
        let modifier = self.state_before_body_noun(noun).map(|m| (m.start_token, m.actor));
        // ("the U.N." may be a mention with its article.)
        let the = match modifier {
            Some((start, _)) if self.text.is_word_ci(start, "the") => start,
            Some((start, _)) => start.checked_sub(1)?,
            None => noun.checked_sub(1)?,
        };
        let plain = self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        if !plain || !self.text.is_word_ci(the, "the") || self.mention_covering(noun).is_some() {
            return None;
        }
        let modifier = modifier.map(|(_, actor)| actor);
        let paragraph = self.text.tokens.get(the)?.paragraph();
        let word = self.word(noun);
        let first = self.actors.mentions.partition_point(|m| m.start_token < the);
        // A bounded look back: a megabyte-long paragraph stays linear.
        let within = |paragraphs: usize| {
            self.actors.mentions[..first].iter().rev().take(DEFINITE_ORG_MENTIONS).take_while(move |m| {
                self.text.tokens.get(m.start_token).is_some_and(|t| t.paragraph() + paragraphs > paragraph)
            })
        };
        let by_name = within(DEFINITE_ORG_PARAGRAPHS)
            .find(|m| {
                !matches!(self.actors.kind_of(m), ActorKind::Person | ActorKind::State | ActorKind::Media)
                    && Some(m.actor) != modifier
                    && (m.start_token..m.end_token).any(|i| self.text.is_word_ci(i, word))
            })
            .filter(|m| !self.other_body_of_noun_between(m, the, noun))
            .map(|m| m.actor);
        if by_name.is_some() || !body_noun {
            return by_name;
        }
        // "The Ostland embassy in Berlin rejected it. … The agency said": a state's body abroad
        // is "the embassy", never "the agency" or "the watchdog".
        let seated_abroad = |m: &MentionRecord| {
            (m.start_token..m.end_token).any(|i| LEXICON.word_in(Words::SeatedInstitutions, self.text, i))
        };
        let is_body = |m: &&MentionRecord| {
            matches!(self.actors.kind_of(m), ActorKind::Organisation | ActorKind::InternationalOrg)
                && Some(m.actor) != modifier
                && !seated_abroad(m)
        };
        let mut bodies = within(DEFINITE_BODY_PARAGRAPHS).filter(is_body).map(|m| m.actor);
        let latest = bodies.next()?;
        if bodies.all(|actor| actor == latest) {
            return Some(latest);
        }
        // "Acme Relief said … . Unicef, in a statement, said … . '…,' the agency said.": with
        // several bodies about, the latest one in the paragraph that spoke as its sentence's
        // subject is the one named again.
        within(1).find(is_body).filter(|m| self.speaks_as_subject(m)).map(|m| m.actor)
    }

    /// Whether, between the body `named` and a definite "the ministry" at `the`, the article
    /// speaks of another body by the same noun that no actor covers, with a portfolio before the
    /// noun that `named` lacks ("Japan's Ministry of Economy said … In Seoul, the foreign ministry
    /// said … '…,' the ministry said"): "the ministry" may be either, so neither is named. Only a
    /// portfolio tells two bodies apart: "the UN nuclear agency" after the International Atomic
    /// Energy Agency is that agency. Looked for within reach only, so that a long paragraph stays
    /// linear.
    fn other_body_of_noun_between(&self, named: &MentionRecord, the: usize, noun: usize) -> bool {
        /// How many tokens between the body and "the ministry" are read at most.
        const BETWEEN_REACH: usize = 400;
        let word = self.word(noun);
        let from = named.end_token.max(the.saturating_sub(BETWEEN_REACH));
        (from + 1..the).any(|i| {
            self.text.is_word_ci(i, word)
                && self.mention_covering(i).is_none()
                && LEXICON.word_in(Words::PortfolioWords, self.text, i - 1)
                && self.text.tokens.get(i - 1).is_some_and(|t| !t.capitalised)
                && !(named.start_token..named.end_token).any(|j| self.text.key(j) == self.text.key(i - 1))
        })
    }

    /// Whether the word before `verb` is a body noun that a state or an international body before
    /// it only modifies ("the U.N. watchdog said"): that mention is no subject.
    pub(super) fn modified_body_noun_before(&self, verb: usize) -> bool {
        verb.checked_sub(1).and_then(|noun| self.state_before_body_noun(noun)).is_some()
    }

    /// The state or international body named right before `noun`, a noun of
    /// [`Words::DefiniteBodyNouns`] that no mention covers ("the U.N. | watchdog").
    fn state_before_body_noun(&self, noun: usize) -> Option<&MentionRecord> {
        if !LEXICON.word_in(Words::DefiniteBodyNouns, self.text, noun)
            || self.mention_covering(noun).is_some()
        {
            return None;
        }
        self.mention_covering(noun.checked_sub(1)?).filter(|m| {
            m.end_token == noun
                && matches!(self.actors.kind_of(m), ActorKind::State | ActorKind::InternationalOrg)
        })
    }

    /// Whether `mention` is the subject of a speech verb later in its sentence, within a subject's
    /// reach and outside quotes ("Unicef, in a statement, said").
    fn speaks_as_subject(&self, mention: &MentionRecord) -> bool {
        let sentence = self.sentence_range(mention.start_token);
        // Within a subject's reach of the name: a megabyte-long "sentence" stays linear.
        (mention.end_token..sentence.end.min(mention.end_token + SUBJECT_REACH_TOKENS))
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))
            .and_then(|verb| self.subject_before_verb(sentence.start, verb))
            .is_some_and(|(actor, via_pronoun)| actor == mention.actor && !via_pronoun)
    }

    /// Whether `open..close` is a short description set off by commas, `close` the comma before
    /// the verb: "a" or "an", then plain words only, with no name or quote ("a major general").
    fn described_appositive_between(&self, open: usize, close: usize) -> bool {
        /// How many words such a description spans at most, its article included.
        const DESCRIPTION_TOKENS: usize = 6;
        self.text.is_punct(close, ',')
            && (self.text.is_word_ci(open, "a") || self.text.is_word_ci(open, "an"))
            && close > open + 1
            && close - open <= DESCRIPTION_TOKENS
            && (open..close)
                .all(|i| self.text.is_word(i) && self.mention_covering(i).is_none() && !self.inside_quote(i))
    }

    /// Whether `index` holds an age set off by commas after a name ("Jon Keel, 61, said"): a
    /// number of one to three digits with a comma after it.
    fn is_age_aside(&self, index: usize) -> bool {
        let word = self.word(index);
        (1..=3).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_digit())
            && self.text.is_punct(index + 1, ',')
    }

    /// `one of the hostages, the nurse Jo Bell,` with `close` the comma after the name: the
    /// person (or body, or armed group), when the name (after "the" and at most a few plain
    /// words) follows a comma that a plain lower-case noun no mention covers stands before.
    fn named_in_apposition_before(&self, close: usize) -> Option<usize> {
        const DESCRIPTION_WORDS: usize = 3;
        // "a farmer, Jon Keel, 61, said": an age set off by commas after the name.
        let close = match close.checked_sub(1) {
            Some(age) if age > 0 && self.text.is_punct(age - 1, ',') && self.is_age_aside(age) => age - 1,
            _ => close,
        };
        // "the army's media wing, Inter-Services Press Relations (ISPR), said": the name's short
        // form in brackets closes the apposition.
        let close = self.bracketed_short_form_before(close).unwrap_or(close);
        let mention = self.mention_covering(close.checked_sub(1)?).filter(|m| m.end_token == close)?;
        // A body named after a plain description speaks too ("the army's media wing, ISPR,").
        if !matches!(
            self.actors.kind_of(mention),
            ActorKind::Person | ActorKind::Organisation | ActorKind::ArmedGroup
        ) {
            return None;
        }
        let plain = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.mention_covering(i).is_none()
                && !self.inside_quote(i)
        };
        let mut open = mention.start_token.checked_sub(1)?;
        // "Chad's defence minister, General Ana Ruiz,": a title before the name opens it.
        if let Some(title) = (open.saturating_sub(2)..=open)
            .find(|&j| LEXICON.title_at(self.text, j) == Some(mention.start_token))
        {
            open = title.checked_sub(1)?;
        }
        let mut words = 0;
        while words < DESCRIPTION_WORDS && plain(open) && !self.text.is_word_ci(open, "the") {
            open = open.checked_sub(1)?;
            words += 1;
        }
        if self.text.is_word_ci(open, "the") {
            open = open.checked_sub(1)?;
        }
        let head = open.checked_sub(1)?;
        (self.text.is_punct(open, ',')
            && plain(head)
            && self.pronoun(head).is_none()
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, head))
        .then_some(mention.actor)
    }

    /// The comma that opens a relative clause closed by the comma at `close` (", who oversees the
    /// deal,"), within a clause's reach and after `floor`.
    fn relative_clause_opening(&self, floor: usize, close: usize) -> Option<usize> {
        /// How many tokens a relative clause between commas spans at most.
        const RELATIVE_CLAUSE_TOKENS: usize = 16;
        // "Kell Port, which runs the ports of Orm, Vell and Paris, said": commas of a list inside
        // the clause are passed over.
        (close.saturating_sub(RELATIVE_CLAUSE_TOKENS).max(floor + 1)..close)
            .rev()
            .take_while(|&i| !self.inside_quote(i))
            .find(|&i| {
                self.text.is_punct(i, ',') && LEXICON.word_in(Words::RelativePronouns, self.text, i + 1)
            })
    }

    /// `( ISPR )` right before `close`, a short form of the mention before the bracket: returns
    /// where that mention ends (the bracket's opening token).
    fn bracketed_short_form_before(&self, close: usize) -> Option<usize> {
        let opening = close.checked_sub(3)?;
        (self.text.bracketed_short_form(opening) == Some(close)
            && self.mention_covering(opening.checked_sub(1)?).is_some_and(|before| {
                self.mention_covering(opening + 1).is_none_or(|short| short.actor == before.actor)
            }))
        .then_some(opening)
    }

    /// "The board met after Mayor Jo Bell rejected the plan, saying …": the person who opens
    /// the last subordinate clause before `comma` (a subordinator inside the sentence, then the
    /// person's name and a lower-case verb), whom a participle after that comma goes on from.
    fn subordinate_person_before(&self, sentence_start: usize, comma: usize) -> Option<usize> {
        let reach = comma.saturating_sub(ATTRIBUTION_REACH_TOKENS).max(sentence_start + 1);
        let opener = (reach..comma).rev().find(|&i| {
            !self.inside_quote(i)
                && self.text.tokens.get(i).is_some_and(|t| !t.capitalised)
                && LEXICON.word_in(Words::Subordinators, self.text, i)
        })?;
        // "after Mayor Jo Bell rejected": the mention may start after the title.
        let name_end = LEXICON.title_at(self.text, opener + 1).unwrap_or(opener + 1);
        let mention = (opener + 1..=name_end).find_map(|i| self.mention_at(i))?;
        let verb_follows = self
            .text
            .tokens
            .get(mention.end_token)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        (verb_follows && mention.end_token < comma && self.actors.kind_of(mention) == ActorKind::Person)
            .then_some(mention.actor)
    }

    /// When the sentence opens with a preposition ("In a Daily Ledger poll, …", "At the rally
    /// in Dover, …"), the token where that phrase ends: its first comma, before `verb`.
    pub(super) fn fronted_phrase_end(&self, sentence_start: usize, verb: usize) -> Option<usize> {
        let mut first = self.first_word(sentence_start);
        // "But in a short statement …, the ministry said": a conjunction opens the sentence.
        if LEXICON.word_in(Words::ClauseConjunctions, self.text, first)
            && LEXICON.word_in(Words::ObjectPrepositions, self.text, first + 1)
        {
            first += 1;
        }
        if !LEXICON.word_in(Words::ObjectPrepositions, self.text, first) || self.is_according_to(first) {
            return None;
        }
        (first + 1..verb.min(first + FRONTED_PHRASE_TOKENS))
            .find(|&i| !self.inside_quote(i) && self.text.is_punct(i, ','))
    }

    /// The relative pronoun ("which", "who") whose clause `verb` is the predicate of: right
    /// before it, or before the first verb of a predicate "and" joins it to ("who sent him plans
    /// and urged"), with only words between.
    pub(super) fn relative_pronoun_of(&self, verb: usize) -> Option<usize> {
        /// How many tokens the first predicate may take between the pronoun and "and".
        const FIRST_PREDICATE_TOKENS: usize = 12;
        let relative = |i: usize| self.text.is_word_ci(i, "which") || self.text.is_word_ci(i, "who");
        let before = verb.checked_sub(1)?;
        if relative(before) {
            return Some(before);
        }
        if !self.text.is_word_ci(before, "and") {
            return None;
        }
        (before.saturating_sub(FIRST_PREDICATE_TOKENS)..before)
            .rev()
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
            .find(|&i| relative(i))
            .filter(|&i| i + 1 < before)
    }

    /// Where a phrase that opens the sentence with a preposition or a participle ends, before
    /// `limit`: [`Self::fronted_phrase_end`], else [`Self::fronted_participle_end`].
    pub(super) fn opening_phrase_end(&self, sentence_start: usize, limit: usize) -> Option<usize> {
        self.fronted_phrase_end(sentence_start, limit)
            .or_else(|| self.fronted_participle_end(sentence_start, limit))
    }

    /// When the sentence opens with a participle in "-ing" ("Confirming the raid in a statement,
    /// …"), the token where its phrase ends: its first comma before `end`. A name in "-ing"
    /// ("Beijing, which …, said", "Beijing said …") is none: no actor's mention, and a word after
    /// it.
    fn fronted_participle_end(&self, sentence_start: usize, end: usize) -> Option<usize> {
        let first = self.first_word(sentence_start);
        let participle = self.text.tokens.get(first).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                && self.word(first).len() > 4
                && self.word(first).ends_with("ing")
                && self.mention_covering(first).is_none()
                && !LEXICON.is_place_word(self.text, first)
                // "Neighbouring Senegal, through whose port …, said": an adjective of place.
                && !LEXICON.word_in(Words::PlaceModifiers, self.text, first)
                && self.text.is_word(first + 1);
        if !participle {
            return None;
        }
        (first + 1..end.min(first + FRONTED_PHRASE_TOKENS))
            .find(|&i| !self.inside_quote(i) && self.text.is_punct(i, ','))
    }

    /// Whether the mention (or pronoun) at `token` is the object of a preposition before it.
    pub(super) fn after_object_preposition(&self, token: usize) -> bool {
        let mut start = self.mention_covering(token).map_or(token, |m| m.start_token);
        // "Jo Bell of the FBI's Vell Field Office said": the possessor before the name stands
        // between, once; a capitalised word the article names nothing else by too ("the RCMP's").
        if start >= 2 && self.text.tokens.get(start - 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
            if let Some(possessor) = self.mention_covering(start - 2) {
                start = possessor.start_token;
            } else if self
                .text
                .tokens
                .get(start - 2)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            {
                start -= 2;
            }
        }
        // "Senator Jo Bell of the opposition Green Union party said": a party's camp stands
        // between the article and the name.
        if start >= 2
            && LEXICON.word_in(Words::PartyDescriptors, self.text, start - 1)
            && self.text.is_word_ci(start - 2, "the")
        {
            start -= 1;
        }
        // "airstrips in northern Mexico", "in the occupied Crimea": a compass point or a word
        // that narrows a place stands between (a few at most: "in south-east").
        let narrows = |i: usize| crate::extract::actors::narrows_place(self.text, i);
        let mut narrowing = 0;
        while narrowing < NARROWING_WORDS && start.checked_sub(1).is_some_and(narrows) {
            start -= 1;
            narrowing += 1;
        }
        // "ambassador to the UN": the article stands between.
        if start.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "the")) {
            start -= 1;
        }
        start.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::ObjectPrepositions, self.text, i))
    }

    /// Whether token `index` is an honour's letters in capitals after a name, a word of
    /// [`Words::PostNominals`] ("Jo Bell KC", "Mara Lenz SC").
    pub(super) fn honour_letters(&self, index: usize) -> bool {
        self.text.tokens.get(index).is_some_and(|t| t.all_caps)
            && LEXICON.word_in(Words::PostNominals, self.text, index)
    }

    /// When the sentence opens with "According to …," (after a word or two at most): the token
    /// after the comma that closes that phrase, before `limit`.
    fn according_to_opening_end(&self, sentence_start: usize, limit: usize) -> Option<usize> {
        let according =
            (sentence_start..(sentence_start + 2).min(limit)).find(|&i| self.is_according_to(i))?;
        (according + 2..limit).find(|&i| self.text.is_punct(i, ',')).map(|comma| comma + 1)
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
            let mut end = self.mention_covering(index).map_or(index + 1, |m| m.end_token);
            // "Jo Bell KC, representing the firm, said": letters after a name (an honour, a
            // degree) are no part of what follows it.
            while end < verb && self.honour_letters(end) {
                end += 1;
            }
            // "The Kell Armed Forces (KAF), which has fought the rebels for a year, said": the
            // short form in brackets after the name is part of it.
            if end + 2 < verb
                && self.text.is_punct(end, '(')
                && self.text.is_punct(end + 2, ')')
                && self.text.tokens.get(end + 1).is_some_and(|t| t.capitalised)
            {
                end += 3;
            }
            if let Some(found) = self.subject_at(index) {
                // "Norway's Foreign Minister Ana Ruiz welcomed it, calling it …": the person a
                // title names right after the possessive is the subject.
                if let Some(person) = self.person_titled_after_possessive(end).filter(|m| m.end_token < verb)
                {
                    return Some((person.end_token, (person.actor, false)));
                }
                if self.possesses_the_subject(index) {
                    // "Norway's commissioner, Ana Ruiz, welcomed it but said": the person named in
                    // apposition to what the possessor owns is the subject.
                    return self.named_after_possessed_noun(end, verb);
                }
                if !self.after_object_preposition(index) {
                    // "Ostland Foreign Ministry spokeswoman Ana Vell went further, telling …": the
                    // spokesperson the body's title names heads the subject, not the body.
                    if let Some(person) = self.spokesperson_named_after(end) {
                        return Some((person.end_token, (person.actor, false)));
                    }
                    return Some((end, found));
                }
            }
            index = end.max(index + 1);
        }
        None
    }

    /// The person a title names right after the possessive ending at `possessive` ("Norway's
    /// Foreign Minister Ana Ruiz", "Congo's Communications Minister Ana Vell").
    fn person_titled_after_possessive(&self, possessive: usize) -> Option<&MentionRecord> {
        if self.text.tokens.get(possessive).is_none_or(|t| t.kind != TokenKind::Possessive) {
            return None;
        }
        let person = |m: &&MentionRecord| self.actors.kind_of(m) == ActorKind::Person;
        if let Some(titled) = self.mention_at(possessive + 1).filter(person) {
            return Some(titled);
        }
        // ("Congo's Communications Minister Ana Vell": capitalised words naming the portfolio may
        // open the title.)
        /// How many capitalised words may stand between the possessive and the title's end.
        const TITLE_WORDS: usize = 4;
        (possessive + 1..=possessive + TITLE_WORDS)
            .take_while(|&i| self.text.is_capitalised_word(i))
            .find_map(|i| LEXICON.title_at(self.text, i))
            .and_then(|title_end| self.mention_covering(title_end))
            .filter(person)
    }

    /// The person named right after a word of [`Words::SpokespersonNouns`] at `noun` (a comma may
    /// come between), or in a mention that opens with that word ("spokeswoman Ana Vell").
    fn spokesperson_named_after(&self, noun: usize) -> Option<&MentionRecord> {
        if !LEXICON.word_in(Words::SpokespersonNouns, self.text, noun) || self.inside_quote(noun) {
            return None;
        }
        let person = |m: &&MentionRecord| self.actors.kind_of(m) == ActorKind::Person;
        if let Some(titled) = self.mention_covering(noun).filter(person) {
            return Some(titled);
        }
        let name = if self.text.is_punct(noun + 1, ',') { noun + 2 } else { noun + 1 };
        self.mention_at(name).filter(person)
    }

    /// Whether `possessive` (the "'s" after a subject) opens a part of it that a comma closes
    /// ("Elbonia's military government, which …"): at most three plain words, then the comma.
    fn part_closed_by_comma(&self, possessive: usize) -> bool {
        self.text.tokens.get(possessive).is_some_and(|t| t.kind == TokenKind::Possessive)
            && (possessive + 2..possessive + 5).any(|comma| {
                self.text.is_punct(comma, ',')
                    && LEXICON.word_in(Words::OrgPartNouns, self.text, comma - 1)
                    && (possessive + 1..comma).all(|i| {
                        self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    })
            })
    }

    /// The person named in apposition after the noun a possessor owns, before `verb`
    /// ("Norway's commissioner for sanctions, Ana Ruiz, welcomed …"): the first comma after
    /// `after` within a few words, a person's name (a title may open it) and the comma that
    /// closes it. Returns the closing comma and the person.
    fn named_after_possessed_noun(&self, after: usize, verb: usize) -> Option<(usize, (usize, bool))> {
        /// How many tokens the owned noun's phrase may take before its comma.
        const OWNED_PHRASE_TOKENS: usize = 8;
        let comma = (after..(after + OWNED_PHRASE_TOKENS).min(verb))
            .take_while(|&i| {
                self.text.is_word(i)
                    || self.text.tokens[i].kind == TokenKind::Possessive
                    || self.text.is_punct(i, ',')
            })
            .find(|&i| self.text.is_punct(i, ','))?;
        let person = self.person_between_commas(comma)?;
        let close = person.end_token;
        (close < verb).then_some((close, (person.actor, false)))
    }

    /// Where the name after token `at - 1` starts: after a title that opens it ("Col. Jo Bell"),
    /// when no mention starts at `at` and one starts after the title; else at `at`.
    pub(super) fn name_start_after_title(&self, at: usize) -> usize {
        LEXICON
            .title_at(self.text, at)
            .filter(|&end| self.mention_at(at).is_none() && self.mention_at(end).is_some())
            .unwrap_or(at)
    }

    /// The person named right after the comma at `comma` and closed by a comma of their own ("…,
    /// Col. Jo Bell, said"): a title may open the name.
    pub(super) fn person_between_commas(&self, comma: usize) -> Option<&MentionRecord> {
        self.mention_at(self.name_start_after_title(comma + 1))
            .filter(|m| self.actors.kind_of(m) == ActorKind::Person && self.text.is_punct(m.end_token, ','))
    }

    /// Whether the mention at `token` is a possessor before the plain noun that heads the subject
    /// ("Powell's office", "the senator's spokeswoman"), the noun being no actor of its own.
    pub(super) fn possesses_the_subject(&self, token: usize) -> bool {
        // "Her husband, Tom, called it …": "her" before a plain noun is a possessive.
        if self.text.is_word_ci(token, "her") {
            return self
                .text
                .tokens
                .get(token + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && !LEXICON.word_in(Words::ObjectPrepositions, self.text, token + 1)
                && !LEXICON.word_in(Words::SubjectBreakers, self.text, token + 1)
                && !LEXICON.word_in(Words::VerbLeadIns, self.text, token + 1)
                && !self.is_speech_verb(token + 1);
        }
        let Some(mention) = self.mention_covering(token) else { return false };
        let after = mention.end_token;
        // ("NATO's Supreme Allied Commander": a title in capitals is a plain noun here.)
        let title =
            || self.mention_covering(after + 1).is_none() && LEXICON.title_at(self.text, after + 1).is_some();
        self.text.tokens.get(after).is_some_and(|t| t.kind == TokenKind::Possessive)
            && (self.text.tokens.get(after + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                || title())
            && self.mention_covering(after + 1).is_none()
            && !self.speaks_through_part(mention, after + 1)
    }

    /// "Harbor Police's cyber unit said": an organisation or state speaks through a part of
    /// itself, a noun for one ending the (at most three) lower-case words after its possessive;
    /// anyone speaks through a medium of their own ("the gang's leak site warns"). A person's
    /// "office" or "aide" is somebody else.
    fn speaks_through_part(&self, possessor: &MentionRecord, first: usize) -> bool {
        let person = self.actors.kind_of(possessor) == ActorKind::Person;
        (first..first + 3)
            .take_while(|&i| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !self.is_speech_verb(i)
            })
            .any(|noun| {
                // "Elbonia's military government, which seized power in 2020, said": the part
                // may carry a relative clause before its verb.
                let relative = self.text.is_punct(noun + 1, ',')
                    && LEXICON.word_in(Words::RelativePronouns, self.text, noun + 2);
                let part = LEXICON.word_in(Words::OrgPartNouns, self.text, noun)
                    && !person
                    && (self.is_speech_verb(noun + 1) || relative);
                let medium = LEXICON.word_in(Words::VoiceNouns, self.text, noun)
                    && self
                        .text
                        .tokens
                        .get(noun + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
                // "Kim's statement said": a document the possessor issued carries their words
                // when it is what speaks ("declined to address the FBI's report specifically"
                // is no speaking).
                let document =
                    LEXICON.word_in_any(&[Words::AuthoredNouns, Words::PublishedNouns], self.text, noun)
                        && self.is_speech_verb(noun + 1);
                part || medium || document
            })
    }
}
