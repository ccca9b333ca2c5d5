//! Described subjects: "the rights group says", "White House officials said", "when a leader
//! says". A noun phrase right before the speech verb that is no actor of its own speaks, in its
//! own words; not an actor named earlier in the sentence, nor one that only modifies its noun.

use super::*;

/// How many tokens a described subject spans at most, its determiner included.
const DESCRIBED_SUBJECT_TOKENS: usize = 6;

/// How far back before its verb a relative clause after a described subject may open.
const RELATIVE_CLAUSE_REACH_TOKENS: usize = 24;

/// How far after a quote the verb of an attribution such as `," the groups say` is looked for
/// (`," a resident who asked not to be named told`).
const VERB_AFTER_REACH_TOKENS: usize = 12;

/// How many sentences before a quote "the statement" or "the spokesperson" looks for the one
/// that introduced it ("said in a statement").
const INTRODUCTION_SENTENCES: usize = 3;

/// How many sentences before a quote "the report" looks for the one that introduced it ("The
/// 86-page report by the Kell Institute", "Acme said in a report").
const REPORT_INTRODUCTION_SENTENCES: usize = 30;

/// How many mentions back a body noun's spokesperson looks for the body ("an embassy
/// spokesperson" after "the Ostland embassy in Kessa").
const NAMED_BODY_MENTIONS: usize = 64;

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
    /// The described subject of the speech verb that attributes `span`, in words, when that
    /// subject is a plain noun phrase: the verb right after the quote (`"…," the groups say`),
    /// else the first one before it in its sentence (`White House officials say the move was
    /// "natural"`), else one later in the sentence (`…, the rights group says.`). `None` when the
    /// attributing verb has a named subject, or there is none.
    pub(super) fn described_speaker(&self, span: &QuoteSpan) -> Option<String> {
        if let Some(verb) = self.verb_right_after(span) {
            let floor = span.close_token + 1;
            return self.described_subject(floor, verb);
        }
        let sentence = self.sentence_range(span.open_token);
        let mut from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let mut floor = sentence.start;
        // "…, the agency reported, but the directorate said the test was '…'": a clause joined by
        // a comma and a conjunction, with a speech verb of its own, attributes its quote alone.
        if let Some(joined) = self.coordinated_clause_start(from, span.open_token)
            && (joined..span.open_token).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
        {
            from = joined;
            floor = joined;
        }
        for index in from..span.open_token {
            if self.inside_quote(index) {
                continue;
            }
            // "according to", "quoted him as saying": patterns of their own.
            if self.is_according_to(index) || self.text.is_word_ci(index, "quoted") {
                return None;
            }
            // "An early tweet quoted …": a verb form before another verb is a noun.
            if self.is_speech_verb(index) && !self.is_speech_verb(index + 1) {
                // "a company in Dubai called Harbor Lines, said": "called" gives a name here.
                if self.naming_participle(index) {
                    continue;
                }
                // "An official who attended the talks, speaking on condition of anonymity, said":
                // a participle between commas describes the subject; the finite verb attributes.
                if self.word(index).ends_with("ing")
                    && self.participle_before_finite_verb(index, span.open_token)
                {
                    continue;
                }
                if self.word(index).ends_with("ing") {
                    return None;
                }
                // "a note posted online by a group, which threatened '…'": a participle with its
                // agent after "by" describes the noun before it, which says nothing.
                if self.passive_participle(index) {
                    continue;
                }
                // "When the deal was announced, lawmakers attacked it as '…'": a verb in "-ed"
                // after an auxiliary of the passive tells what was done, not who speaks.
                if self.passive_after_auxiliary(index) {
                    continue;
                }
                // "One official, who spoke on condition of anonymity, said": a relative
                // clause's verb; the finite verb after its closing comma attributes.
                if self.relative_clause_before_finite_verb(index, span.open_token) {
                    continue;
                }
                // "In one voicemail, prosecutors say, a man told her she would '…'": an
                // attribution set off by commas is about the sentence; the verb after it tells
                // whose words the quote holds.
                if self.parenthetical_attribution(index, span) {
                    continue;
                }
                // "A report said the tubes were lost, which one official said raised the risk
                // that '…'": a relative clause with a subject and a verb of speech of its own
                // attributes the quote after it.
                if let Some((subject, verb)) = self.relative_clause_described(index + 1, span.open_token) {
                    return self.described_subject(subject, verb);
                }
                // "One reporter noted that Ana Vell had said …": the named speaker of the reported
                // clause speaks, as the rules for named speakers read.
                if self.nested_speaker(index, span.open_token).is_some() {
                    return None;
                }
                return self.described_subject(floor, index);
            }
        }
        let closing = self.sentence_range(span.close_token);
        let until = closing.end.min(span.close_token + 1 + ATTRIBUTION_REACH_TOKENS);
        for index in span.close_token + 1..until {
            if self.is_quote_mark(index) || self.is_according_to(index) {
                return None;
            }
            // `… with arson "on behalf of Moscow," and the minister told …`: a clause of its own.
            if index == span.close_token + 1
                && self.closes_on_own_comma(span)
                && LEXICON.word_in(Words::ClauseConjunctions, self.text, index)
            {
                return None;
            }
            if self.is_speech_verb(index) && !self.word(index).ends_with("ing") {
                return self.described_subject(span.close_token + 1, index);
            }
        }
        None
    }

    /// A relative clause in `from..to` whose subject speaks: "which" or "that", a determiner and a
    /// few plain words, then a finite verb of speech ("which one Western official said"). Returns
    /// where the subject starts and the verb.
    fn relative_clause_described(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        /// How many words the subject of the relative clause spans at most.
        const SUBJECT_WORDS: usize = 5;
        let relative = (from..to).find(|&i| {
            !self.inside_quote(i)
                && (self.text.is_word_ci(i, "which") || self.text.is_word_ci(i, "that"))
                && LEXICON.word_in(Words::SpeakerDeterminers, self.text, i + 1)
        })?;
        let subject = relative + 1;
        let verb = (subject + 1..(subject + 1 + SUBJECT_WORDS).min(to))
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
            .find(|&i| self.is_speech_verb(i))?;
        (!self.word(verb).ends_with("ing")).then_some((subject, verb))
    }

    /// `The Harbour Command said it was aware. "…," a spokesman said.`: an unnamed spokesperson
    /// ("a spokesman", no "for …") right after a sentence whose subject is an organisation, a
    /// force or a state that speaks speaks for it. Returns that actor.
    pub(super) fn spokesperson_of_previous_subject(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let mut words = phrase.split_whitespace();
        let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
            || !LEXICON.has(Words::SpokespersonNouns, &noun.to_ascii_lowercase())
        {
            return None;
        }
        self.subject_before_spokesperson(span.open_token)
    }

    /// The actor a spokesperson in the sentence of `token` speaks for: the subject of the sentence
    /// just before it ([`Self::sentence_just_before`]), when that is an organisation, a force or
    /// a state that speaks ("The Harbour Command said it was aware."), or an organisation or a
    /// force that does anything ("The Border Troops, part of the army, gave their own account.").
    fn subject_before_spokesperson(&self, token: usize) -> Option<usize> {
        let previous = self.sentence_just_before(token)?;
        let subject_start = previous.start + usize::from(self.text.is_word_ci(previous.start, "the"));
        // The mention may include "The" ("The Harbour Command") or start after it.
        let first = self.actors.mentions.partition_point(|m| m.start_token < previous.start);
        let mention = self.actors.mentions[first..]
            .iter()
            .take_while(|m| m.start_token <= subject_start)
            .max_by_key(|m| m.end_token)?;
        let speaks = self.is_speech_verb(mention.end_token) && !self.word(mention.end_token).ends_with("ing");
        let acts = self.text.is_punct(mention.end_token, ',')
            || self.text.tokens.get(mention.end_token).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.capitalised && !self.inside_quote(mention.end_token)
            });
        let kind = self.actors.kind_of(mention);
        let body = !matches!(kind, ActorKind::Person | ActorKind::State);
        (speaks && kind != ActorKind::Person || acts && body).then_some(mention.actor)
    }

    /// `A Vantrix spokesperson said the firm "…"`: a spokesperson whose noun an organisation's
    /// name modifies, after "a" or "an" or opening the phrase ("Vantrix's spokesperson said"),
    /// with two lower-case words between at most ("a Vantrix press spokesperson"), speaks for
    /// that organisation. Returns it. So does a document it modifies ("the ISPR statement said").
    /// An unnamed official ("a NATO official") is one of its people, not its voice, and is named
    /// in words; across sets E30–N33 the annotators did so each of the four times.
    pub(super) fn spokesperson_of_modifier(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        /// How many lower-case words may stand between the name and the noun ("a Hamas
        /// military spokesman").
        const MODIFIER_WORDS: usize = 2;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let first = *words.first()?;
        // "An Acme spokesperson in London": the place where the spokesperson sits closes the
        // phrase after the noun.
        let placed = (1..words.len().saturating_sub(2)).find(|&k| {
            LEXICON.has(Words::SpokespersonNouns, &words[k].to_ascii_lowercase())
                && (words[k + 1] == "in" || words[k + 1] == "at")
                && words[k + 2..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
        let noun = words[placed.unwrap_or(words.len() - 1)].to_ascii_lowercase();
        let indefinite_phrase = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
        // "the ISPR statement said": a document an organisation's name modifies is its own.
        let document = LEXICON.has(Words::AuthoredNouns, &noun);
        if !LEXICON.has(Words::SpokespersonNouns, &noun) && !document {
            return None;
        }
        let opening = self.sentence_range(span.open_token);
        let closing = self.sentence_range(span.close_token);
        (opening.start..closing.end).find_map(|i| {
            if i == 0 || self.inside_quote(i) || !self.text.is_word(i) || self.text.key(i) != noun {
                return None;
            }
            let plain = |at: usize| {
                self.text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                    && !LEXICON.is_stopword(self.text, at)
                    && self.mention_covering(at).is_none()
            };
            let modifiers = (1..=MODIFIER_WORDS).take_while(|&back| i > back && plain(i - back)).count();
            let Some(mention) =
                self.mention_covering(i - 1 - modifiers).filter(|m| m.end_token == i - modifiers)
            else {
                // "the Kessa Front's military spokesman said", "the rebels' spokesman said": a body's
                // possessive before the noun; a person's spokesperson is someone else's voice.
                if let Some(owner) = self.possessor_ending_at(i - 1 - modifiers) {
                    return (self.actors.kind_of(owner) != ActorKind::Person).then_some(owner.actor);
                }
                // "A Treasury spokesperson said", after "the U.S. Treasury Department": a word of a
                // body's name, which is no mention of its own.
                // "a company spokeswoman said", after "Alpenwerk GmbH said": a generic word for the
                // one body of that sort named before.
                return (indefinite_phrase && !document)
                    .then(|| {
                        self.body_named_by_word(i - 1 - modifiers, span.open_token).or_else(|| {
                            (modifiers > 0)
                                .then(|| self.body_of_generic_word(i - modifiers, span.open_token))
                                .flatten()
                        })
                    })
                    .flatten();
            };
            if self.actors.kind_of(mention) == ActorKind::Person {
                return None;
            }
            if indefinite_phrase {
                let article = mention.start_token.checked_sub(1)?;
                let indefinite = self.text.is_word_ci(article, "a") || self.text.is_word_ci(article, "an");
                return indefinite.then_some(mention.actor);
            }
            if document && first.eq_ignore_ascii_case("the") {
                let article = mention.start_token.checked_sub(1)?;
                return (self.text.is_word_ci(article, "the") && modifiers == 0).then_some(mention.actor);
            }
            // "Acme's press spokesman said": the phrase opens with the name itself (a possessive,
            // or no article at all), and names nobody.
            first.starts_with(self.word(mention.start_token)).then_some(mention.actor)
        })
    }

    /// The mention a possessive at `at` ends: "'s" after it ("Hamas's"), or a plural's bare
    /// apostrophe glued to its last word ("the Houthis'"), which is no quotation mark.
    fn possessor_ending_at(&self, at: usize) -> Option<&MentionRecord> {
        let mark = self.text.tokens.get(at)?;
        let owner = self.mention_covering(at.checked_sub(1)?).filter(|m| m.end_token == at)?;
        let possessive = mark.kind == TokenKind::Possessive
            || mark.kind == TokenKind::Punct
                && matches!(self.text.token_text(at), "'" | "\u{2019}")
                && self.word(at - 1).ends_with('s')
                && self.text.tokens.get(at - 1).is_some_and(|word| word.end_byte() == mark.start_byte())
                && !self.is_span_mark(at);
        possessive.then_some(owner)
    }

    /// The body a capitalised word after "a" or "an" stands for ("A Treasury spokesperson", "a
    /// Defence spokesman"): the one organisation, force or government named before `before` whose
    /// name or alias holds that word. A word that heads bodies' names ("Ministry") names none, nor
    /// does one that two bodies share.
    fn body_named_by_word(&self, at: usize, before: usize) -> Option<usize> {
        let token = self.text.tokens.get(at)?;
        if token.kind != TokenKind::Word
            || !token.capitalised
            || at == 0
            || !(self.text.is_word_ci(at - 1, "a") || self.text.is_word_ci(at - 1, "an"))
            || self.mention_covering(at).is_some()
        {
            return None;
        }
        let word = self.word(at);
        if LEXICON.org_head_key(&word.to_ascii_lowercase()).is_some() {
            return None;
        }
        self.only_body_named_before(before, |actor| {
            !matches!(actor.kind, ActorKind::Person | ActorKind::Media)
                && actor.aliases.iter().any(|alias| alias.split_whitespace().any(|w| w == word))
        })
    }

    /// The one actor that `fits` and is named before token `before` (its first mention, in
    /// bytes, comes first); none when two are.
    fn only_body_named_before(
        &self,
        before: usize,
        fits: impl Fn(&crate::extract::actors::ActorDraft) -> bool,
    ) -> Option<usize> {
        let before_byte = self.text.tokens.get(before)?.start_byte();
        let mut bodies = self.actors.actors.iter().enumerate().filter(|(_, actor)| {
            actor.mentions.first().is_some_and(|first| first.start() < before_byte) && fits(actor)
        });
        let (body, _) = bodies.next()?;
        bodies.next().is_none().then_some(body)
    }

    /// "a company spokeswoman", "a ministry spokesman": the lower-case word at `at`, right after
    /// "a" or "an", is a generic word for a firm ([`Words::CompanyReferences`]) or an
    /// organisation's head ("ministry", "police"), and exactly one actor of that sort is named
    /// before token `before`: a firm (named with a firm's ending, or referred to as "the
    /// company"), or a body with the word in one of its names.
    fn body_of_generic_word(&self, at: usize, before: usize) -> Option<usize> {
        let token = self.text.tokens.get(at)?;
        if token.kind != TokenKind::Word
            || token.capitalised
            || at == 0
            || !(self.text.is_word_ci(at - 1, "a") || self.text.is_word_ci(at - 1, "an"))
        {
            return None;
        }
        let word = self.word(at).to_ascii_lowercase();
        let firm = LEXICON.has(Words::CompanyReferences, &word);
        if !firm && LEXICON.org_head_key(&word).is_none() {
            return None;
        }
        self.only_body_named_before(before, |actor| {
            if firm {
                // Referred to as "the company", or named with a firm's ending.
                let referred = actor.aliases.iter().any(|alias| {
                    let alias = alias.to_lowercase();
                    alias.strip_prefix("the ").is_some_and(|noun| LEXICON.has(Words::CompanyReferences, noun))
                });
                let ending = actor.name.split_whitespace().last().is_some_and(|last| {
                    LEXICON.has(Words::CompanyNameEndings, &last.trim_end_matches('.').to_lowercase())
                });
                actor.kind == ActorKind::Organisation && (referred || ending)
            } else {
                !matches!(actor.kind, ActorKind::Person | ActorKind::Media)
                    && actor
                        .aliases
                        .iter()
                        .flat_map(|alias| alias.split_whitespace())
                        .any(|w| w.eq_ignore_ascii_case(&word))
            }
        })
    }

    /// `A former signalman accused of spying told a court he had been "…". Jo Bell, 38, has
    /// pleaded guilty …`: a person described with "a" or "an" whom the next sentence (in the same
    /// paragraph or the next) opens by naming, and whom the text has not named before, is that
    /// person (a lede that names its subject a sentence late).
    pub(super) fn person_named_next(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let first = phrase.split_whitespace().next()?;
        if !(first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")) {
            return None;
        }
        let close = self.text.tokens.get(span.close_token)?;
        let open_sentence = self.text.sentences.get(self.text.tokens.get(span.open_token)?.sentence())?;
        let next = self.text.sentences.get(close.sentence() + 1)?;
        let next_paragraph = self.text.tokens.get(next.start)?.paragraph();
        if next_paragraph > close.paragraph() + 1 {
            return None;
        }
        let mention = self.mention_at(next.start)?;
        if self.actors.kind_of(mention) != ActorKind::Person {
            return None;
        }
        // "Dr Ana Vell, a security analyst at the university, said …": a person introduced with a
        // role of their own is another source, not the one described.
        if self.text.is_punct(mention.end_token, ',')
            && (self.text.is_word_ci(mention.end_token + 1, "a")
                || self.text.is_word_ci(mention.end_token + 1, "an"))
        {
            return None;
        }
        // "Jo Bell, 27, and Ana Vell, 31, were jailed": a sentence that opens on two people names
        // neither as the one described.
        let mut after = mention.end_token;
        if self.text.is_punct(after, ',')
            && self.text.tokens.get(after + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.is_punct(after + 2, ',')
        {
            after += 3;
        }
        if self.text.is_word_ci(after, "and")
            && self.mention_at(after + 1).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person)
        {
            return None;
        }
        // The first of the actor's own mentions tells whether it was named before, in one step.
        let sentence_byte = self.text.tokens.get(open_sentence.start)?.start_byte();
        let first_named = self.actors.actors.get(mention.actor)?.mentions.iter().map(|m| m.start()).min()?;
        (first_named >= sentence_byte).then_some(mention.actor)
    }

    /// `The Ostland embassy in Kessa rejected it. "…," an embassy spokesperson said.`: a
    /// spokesperson described by a plain noun for a body ("an embassy spokesperson", "a ministry
    /// spokesman") speaks for the body named with that noun in the quote's sentence or the few
    /// before it, the nearest such; nobody is guessed when none was named.
    pub(super) fn spokesperson_of_named_body(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let [article, body, noun] = words[..] else { return None };
        if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
            || !LEXICON.has(Words::SpokespersonNouns, &noun.to_ascii_lowercase())
            || body.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        let body = body.to_ascii_lowercase();
        let is_body_noun = LEXICON.org_head_key(&body).is_some() || LEXICON.has(Words::OrgNouns, &body);
        if !is_body_noun {
            return None;
        }
        let sentence_index = self.text.tokens.get(span.open_token)?.sentence();
        let first = self.text.sentences.get(sentence_index.saturating_sub(INTRODUCTION_SENTENCES))?.start;
        let before = self.actors.mentions.partition_point(|m| m.start_token < span.open_token);
        self.actors.mentions[..before]
            .iter()
            .rev()
            // Bounded, so that a megabyte-long sentence stays linear.
            .take(NAMED_BODY_MENTIONS)
            .take_while(|m| m.start_token >= first)
            .filter(|m| !matches!(self.actors.kind_of(m), ActorKind::Person | ActorKind::Media))
            .find(|m| (m.start_token..m.end_token).any(|i| self.text.key(i) == body))
            .map(|m| m.actor)
    }

    /// `"…," said a resident, who asked to be identified only as Ana.`: a described speaker
    /// whose relative clause gives the name the article knows them by ("asked to be identified
    /// only as", "gave only her surname,") is the person of that name, when that name is an
    /// actor (of any kind but a state or an outlet: a lone first name may be read as anything). The naming must be the speaker's own: a passive "be identified", "be named", or
    /// "her/his/their name"; "who named the suspect as Doe" names someone else.
    pub(super) fn self_named_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        /// How far after "who" the word that names may stand.
        const NAMING_REACH: usize = 8;
        /// How far after that word the name may stand ("only by her first name, Ana").
        const NAME_REACH: usize = 8;
        let sentences = self.sentence_range(span.open_token).start..self.sentence_range(span.close_token).end;
        let outside = |i: usize| i < sentences.end && !self.inside_quote(i) && !self.is_quote_mark(i);
        // Within reach of the quote, so that a megabyte-long "sentence" stays linear.
        let reach = sentences.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS))
            ..sentences.end.min(span.close_token + 1 + ATTRIBUTION_REACH_TOKENS);
        let who = reach.into_iter().find(|&i| outside(i) && self.text.is_word_ci(i, "who"))?;
        let own = |i: usize| {
            let before = |back: usize| i.checked_sub(back).filter(|&b| b > who);
            let possessive = |b: Option<usize>| {
                b.is_some_and(|b| ["her", "his", "their"].iter().any(|w| self.text.is_word_ci(b, w)))
            };
            let word = self.text.key(i);
            if word == "identified" || word == "named" {
                before(1).is_some_and(|b| self.text.is_word_ci(b, "be"))
            } else {
                possessive(before(1)) || possessive(before(2))
            }
        };
        let naming = (who + 1..who + 1 + NAMING_REACH)
            .take_while(|&i| outside(i))
            .find(|&i| LEXICON.word_in(Words::SelfNamingWords, self.text, i) && own(i))?;
        // "who asked not to be named, called the EU's mission …": anonymity names nobody.
        if (naming.saturating_sub(3).max(who)..naming).any(|i| self.text.is_word_ci(i, "not")) {
            return None;
        }
        let mention = (naming + 1..naming + 1 + NAME_REACH)
            .take_while(|&i| outside(i))
            .find_map(|i| self.mention_covering(i).filter(|m| m.start_token == i))?;
        // The name stands in the clause that names it: a comma may only set it off ("by his first
        // name, Wayne,"), not close the clause before the sentence goes on.
        if (naming + 1..mention.start_token)
            .any(|i| self.text.is_punct(i, ',') && i + 1 != mention.start_token)
        {
            return None;
        }
        // Whatever kind a lone first name was given, it names a person here; a state or an
        // outlet does not.
        (!matches!(self.actors.kind_of(mention), ActorKind::State | ActorKind::Media))
            .then_some(mention.actor)
    }

    /// Whether the speech verb at `verb` is a participle in "-ed" after an auxiliary of the
    /// passive ("the deal was announced"): it tells what was done, and its subject says nothing.
    pub(super) fn passive_after_auxiliary(&self, verb: usize) -> bool {
        verb > 0
            && self.word(verb).ends_with("ed")
            && LEXICON.word_in(Words::PassiveAuxiliaries, self.text, verb - 1)
    }

    /// "a message posted on a channel by a group": a speech verb in "-ed" right after a plain
    /// lower-case noun, whose agent follows "by" within a few words, no comma, verb or "that"
    /// between ("Doe claimed that statements made by Roe" is Doe speaking). "an engineer accused
    /// of '…'": "of" and the quoted charge right after it make it passive too; the noun is the
    /// accused.
    pub(super) fn passive_participle(&self, verb: usize) -> bool {
        let after_noun = verb.checked_sub(1).is_some_and(|noun| {
            self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.mention_covering(noun).is_none()
                && self.pronoun(noun).is_none()
                && !LEXICON.word_in(Words::RelativePronouns, self.text, noun)
                && !LEXICON.word_in(Words::VerbLeadIns, self.text, noun)
        });
        after_noun
            && self.word(verb).ends_with("ed")
            && (self.text.is_word_ci(verb + 1, "of") && self.is_quote_mark(verb + 2)
                || (verb + 1..verb + 6)
                    .take_while(|&i| {
                        self.text.is_word(i)
                            && !self.is_speech_verb(i)
                            && !self.text.is_word_ci(i, "that")
                            && !LEXICON.word_in(Words::RelativePronouns, self.text, i)
                    })
                    .any(|i| self.text.is_word_ci(i, "by")))
    }

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
    /// the introduction names nobody.
    pub(super) fn author_of_introduced_noun(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let mut words = phrase.split_whitespace();
        let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        let noun = noun.to_ascii_lowercase();
        // "the official" after "a senior official at the agency" or "a senior Acme official" is
        // one of its many servants, not its voice as a spokesperson is: the quote stays described.
        if LEXICON.has(Words::RepresentativeNouns, &noun) {
            return None;
        }
        let spokesperson = LEXICON.has(Words::SpokespersonNouns, &noun);
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
        let issued_by = by_issuer.is_some();
        let preposition = by_issuer.unwrap_or(intro + 1);
        let object = preposition + usize::from(self.text.is_word_ci(preposition + 1, "the"));
        if (issued_by
            || by_author(intro)
            || ["for", "from", "of", "at", "with"].iter().any(|w| self.text.is_word_ci(intro + 1, w)))
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
        // spokesperson after the body's sentence speaks for (an official or a source may not).
        if spokesperson {
            return self.subject_before_spokesperson(intro);
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
            return Some(author.actor);
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

    /// Whether `token` stands in words reported after the first finite speech verb of its
    /// sentence (within reach): an auxiliary or "that" stands between ("said it was the first
    /// time … in a public report"), not only an adjunct ("said on Tuesday in a statement").
    fn inside_reported_clause(&self, token: usize) -> bool {
        /// How far before `token` the speech verb is looked for, so that a megabyte-long
        /// "sentence" stays linear.
        const REPORTED_REACH_TOKENS: usize = 30;
        let sentence = self.text.sentence_of(token);
        let from = sentence.start.max(token.saturating_sub(REPORTED_REACH_TOKENS));
        let Some(verb) = (from..token)
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))
        else {
            return false;
        };
        (verb + 1..token).any(|i| {
            !self.inside_quote(i)
                && (self.text.is_word_ci(i, "that") || LEXICON.word_in(Words::Auxiliaries, self.text, i))
        })
    }

    /// Of the mentions starting at `token`, the longest ("Spain's National Police" rather than
    /// "Spain").
    fn longest_mention_at(&self, token: usize) -> Option<&MentionRecord> {
        let first = self.actors.mentions.partition_point(|m| m.start_token < token);
        self.actors.mentions[first..]
            .iter()
            .take_while(|m| m.start_token == token)
            .max_by_key(|m| m.end_token)
    }

    /// The sentence before the one of `token`, in the same paragraph, or the last one of the
    /// paragraph before when `token`'s sentence opens its own (`The group set a deadline.` and
    /// then a paragraph `"…," the post read.`). `None` for the article's first sentence, or when
    /// `token`'s sentence begins in an earlier paragraph than `token`'s.
    fn sentence_just_before(&self, token: usize) -> Option<Range<usize>> {
        let at = self.text.tokens.get(token)?;
        let own = self.text.sentences.get(at.sentence())?;
        let previous = self.text.sentences.get(at.sentence().checked_sub(1)?)?;
        let paragraph_of = |i: usize| self.text.tokens.get(i).map(|t| t.paragraph());
        let own_paragraph = paragraph_of(own.start)?;
        let previous_paragraph = paragraph_of(previous.start)?;
        (own_paragraph == at.paragraph()
            && (previous_paragraph == own_paragraph || previous_paragraph + 1 == own_paragraph))
            .then(|| previous.clone())
    }

    /// The organisation that spoke in the sentence just before the quote's
    /// ([`Self::sentence_just_before`]): the mention nearest before that sentence's first finite
    /// speech verb ("A group calling itself Acme claimed the attack"), not the object of a
    /// preposition. `None` for a person or when that sentence has no such verb.
    fn claimant_before(&self, span: &QuoteSpan) -> Option<usize> {
        let previous = self.sentence_just_before(span.open_token)?;
        let verb = (previous.start..previous.end)
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))?;
        let mention = (previous.start..verb)
            .rev()
            .filter(|&i| !self.inside_quote(i))
            .find_map(|i| self.mention_covering(i).filter(|m| m.end_token <= verb))?;
        let actor = mention.actor;
        (!self.after_object_preposition(mention.start_token)
            && self.actors.kind_of(mention) != ActorKind::Person)
            .then_some(actor)
    }

    /// `"…," the groups say`: a finite speech verb a few words after a quote whose words end with
    /// a comma, a question or an exclamation mark (or that a comma follows), with no other clause
    /// or quote in between.
    fn verb_right_after(&self, span: &QuoteSpan) -> Option<usize> {
        let inner = self.text.slice(span.start_byte, span.end_byte);
        let comma_after = self.text.is_punct(span.close_token + 1, ',');
        if !(comma_after || inner.ends_with([',', '!', '?'])) {
            return None;
        }
        let start = span.close_token + 1 + usize::from(comma_after);
        // `Doe said he was "beaten", an allegation the police denied`: an aside of a claim
        // answers the quote; its verb does not attribute it.
        if self.claim_aside_at(start) {
            return None;
        }
        let sentence_end = self.sentence_range(span.close_token).end.max(start + 1);
        let mut limit = start + VERB_AFTER_REACH_TOKENS;
        let mut index = start;
        while index < sentence_end.min(limit) {
            // `," one resident, who asked not to be named for his safety, said`: a relative
            // clause between commas counts for nothing in the reach; its own verbs attribute
            // nothing.
            if self.text.is_punct(index, ',')
                && LEXICON.word_in(Words::RelativePronouns, self.text, index + 1)
                && let Some(close) = (index + 2..sentence_end.min(index + RELATIVE_CLAUSE_REACH_TOKENS))
                    .find(|&i| self.text.is_punct(i, ',') || self.is_quote_mark(i))
                    .filter(|&i| self.text.is_punct(i, ','))
            {
                // Bounded, so that a sentence of many such clauses stays linear per quote.
                limit = (limit + close - index)
                    .min(start + VERB_AFTER_REACH_TOKENS + RELATIVE_CLAUSE_REACH_TOKENS);
                index = close + 1;
                continue;
            }
            if self.is_quote_mark(index)
                || self.text.is_punct(index, ';')
                || self.text.is_punct(index, ':')
                || LEXICON.word_in(Words::ClauseBreakers, self.text, index)
            {
                return None;
            }
            // `," a resident who asked not to be named told`: the relative clause's own verb.
            if self.is_speech_verb(index) && !(index > start && self.text.is_word_ci(index - 1, "who")) {
                return (!self.word(index).ends_with("ing")).then_some(index);
            }
            index += 1;
        }
        None
    }

    /// Where a described subject's noun ends when a restrictive clause of anonymity follows it
    /// before `end` ("a resident | who asked not to be named told", "a guard | who declined to be
    /// identified said"): that clause says nothing of who the source is.
    fn anonymity_clause_start(&self, floor: usize, end: usize) -> Option<usize> {
        /// How many tokens such a clause spans at most.
        const ANONYMITY_CLAUSE_TOKENS: usize = 10;
        let who = (end.saturating_sub(ANONYMITY_CLAUSE_TOKENS).max(floor + 1)..end)
            .rev()
            .find(|&i| self.text.is_word_ci(i, "who"))?;
        (who + 1..end)
            .any(|i| LEXICON.word_in(Words::AnonymityWords, self.text, i) || self.text.is_word_ci(i, "name"))
            .then_some(who)
    }

    /// The words of a described subject ending right before `verb` (after any words that lead
    /// into it, "also", "have"), reading back no further than `floor`: a plain lower-case head
    /// noun with its modifiers (lower-case words, or names that modify the noun, "White House
    /// officials"), opened by a determiner ("the rights group", "a Freedom Partners official") or
    /// headed by a noun for people who speak unnamed ("Sanders supporters"). A bare definite
    /// organisation ("the ministry") is left to the rules that resolve it.
    pub(super) fn described_subject(&self, floor: usize, verb: usize) -> Option<String> {
        let mut end = verb;
        while end > floor && LEXICON.word_in(Words::VerbLeadIns, self.text, end - 1) {
            end -= 1;
        }
        // "a note protesting what it called '…'": a pronoun is the verb's subject, and no noun
        // before it.
        if end > floor && self.pronoun(end - 1).is_some() {
            return None;
        }
        // "Ana Vell declined to discuss the case in detail but said …": a verb joined to another
        // by a conjunction shares that verb's subject; the words before the conjunction are the
        // other verb's object, not who speaks.
        if end > floor && LEXICON.word_in(Words::ClauseConjunctions, self.text, end - 1) {
            return None;
        }
        // "the senator recently said": an adverb before the verb is no part of the subject ("the
        // family said" has a determiner right before its noun).
        while end > floor + 1
            && self.word(end - 1).len() > 4
            && self.word(end - 1).ends_with("ly")
            && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, end - 2)
        {
            end -= 1;
        }
        // "One senior official, who spoke on condition of anonymity, said", "a government adviser,
        // reached by telephone, said", "a spokesperson, in an emailed reply, said": a relative
        // clause, a participle's phrase or a phrase of [`Words::AsidePrepositions`] between commas
        // stands between the subject and its verb.
        // A relative clause may hold a participle's phrase of its own ("The Vell Front, which
        // seized the border, including Kasta township, from the army, said"): the relative
        // pronoun's comma, when there is one, opens what stands between.
        if end > floor + 1 && self.text.is_punct(end - 1, ',') {
            let reach = end.saturating_sub(RELATIVE_CLAUSE_REACH_TOKENS).max(floor + 1);
            let opening = |opens: &dyn Fn(usize) -> bool| {
                (reach..end - 1)
                    .rev()
                    .find(|&i| self.text.is_punct(i, ',') && !self.inside_quote(i) && opens(i + 1))
            };
            let relative = |i: usize| LEXICON.word_in(Words::RelativePronouns, self.text, i);
            let participle = |i: usize| self.participle(i);
            // (Only the last comma's phrase: "Ana Vell, in Kell, and Jo Bell, in Vell, said" is
            // not one aside.)
            let aside = |i: usize| {
                LEXICON.word_in(Words::AsidePrepositions, self.text, i)
                    && !(i..end - 1).any(|j| self.text.is_punct(j, ','))
            };
            if let Some(comma) =
                opening(&relative).or_else(|| opening(&participle)).or_else(|| opening(&aside))
            {
                end = comma;
            }
        }
        // "One of them, a diplomat who follows the talks closely, said": a described source in
        // apposition between commas speaks.
        let mut floor = floor;
        if end > floor + 1 && self.text.is_punct(end - 1, ',') {
            let reach = end.saturating_sub(RELATIVE_CLAUSE_REACH_TOKENS).max(floor + 1);
            if let Some(comma) =
                (reach..end - 1).rev().find(|&i| self.text.is_punct(i, ',') && !self.inside_quote(i))
                && (self.text.is_word_ci(comma + 1, "a") || self.text.is_word_ci(comma + 1, "an"))
                // "Ellen Ford, a council member, told", "editor of The Forward, a newspaper, wrote":
                // after a name the apposition describes what it names.
                && comma.checked_sub(1).is_none_or(|before| {
                    self.mention_covering(before).is_none()
                        && self.text.tokens.get(before).is_some_and(|t| !t.capitalised)
                })
            {
                floor = comma + 1;
                end -= 1;
            }
        }
        // "a resident who asked not to be named told": a clause of anonymity is no part of it.
        if let Some(who) = self.anonymity_clause_start(floor, end) {
            end = who;
        }
        // "A diplomat in Lusaka said", "a guard who escaped told": the noun's place or restrictive
        // clause stands between it and the verb, and belongs to the phrase.
        let mut head_end = self.postmodified_head_end(floor, end);
        // "A Western diplomat following the talks said": a participle's phrase describes what the
        // speaker does, not who they are; the speaker is the noun before it.
        if let Some(opener) = head_end.filter(|&opener| self.word(opener).ends_with("ing")) {
            end = opener;
            head_end = None;
        }
        let head = head_end.unwrap_or(end).checked_sub(1).filter(|&h| h >= floor)?;
        if !self.plain_noun(head) {
            return None;
        }
        let mut start = head;
        let mut determiner = false;
        while start > floor && head + 1 - start < DESCRIBED_SUBJECT_TOKENS {
            let before = start - 1;
            if LEXICON.word_in(Words::SpeakerDeterminers, self.text, before) {
                determiner = true;
                start = before;
                break;
            }
            if let Some(mention) = self.mention_covering(before) {
                // "Doe's aide said" is read by the rules for possessors, but "Doe's campaign
                // said" is a voice of its own, not the person's: the phrase speaks.
                let possessive =
                    self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive);
                if possessive || mention.start_token < floor {
                    return None;
                }
                start = mention.start_token;
                continue;
            }
            if self.text.tokens.get(before).is_some_and(|t| t.kind == TokenKind::Possessive) {
                // "Doe's aide said" is read by the rules for possessors, but "Doe's campaign
                // said" is a voice of its own, not the person's: the phrase speaks.
                if let Some(mention) = before.checked_sub(1).and_then(|i| self.mention_covering(i))
                    && mention.start_token >= floor
                    && mention.end_token == before
                    && before + 1 == head
                    && self.persons_own_voice(mention, head)
                {
                    start = mention.start_token;
                    determiner = true;
                    break;
                }
                return None;
            }
            // "Her campaign later said": a person's possessive before a body that speaks.
            if (self.text.is_word_ci(before, "her") || self.text.is_word_ci(before, "his"))
                && before + 1 == head
                && LEXICON.word_in(Words::PersonalVoices, self.text, head)
            {
                start = before;
                determiner = true;
                break;
            }
            // "An ExxonMobil spokeswoman": a name the registry does not know modifies the noun.
            let unknown_name = self.text.tokens.get(before).is_some_and(|t| {
                t.kind == TokenKind::Word && t.capitalised && !t.sentence_start && !self.inside_quote(before)
            }) && !LEXICON.is_stopword(self.text, before)
                && !LEXICON.is_common_word(self.text, before);
            // "A Western diplomat", "a senior Western diplomat": a capitalised common word after
            // the determiner, with at most two plain words between.
            let capitalised_adjective =
                self.text.tokens.get(before).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                    && LEXICON.is_common_word(self.text, before)
                    && self.mention_covering(before).is_none();
            let opening = (before.saturating_sub(3).max(floor)..before)
                .rev()
                .take_while(|&j| {
                    LEXICON.word_in(Words::SpeakerDeterminers, self.text, j) || self.plain_noun(j)
                })
                .find(|&j| LEXICON.word_in(Words::SpeakerDeterminers, self.text, j));
            if capitalised_adjective && let Some(opening) = opening {
                start = opening;
                determiner = true;
                break;
            }
            if !self.plain_noun(before) && !unknown_name {
                break;
            }
            start = before;
        }
        // "the man by the door said": the phrase is the object of a preposition; "Its defence chiefs
        // said": an organisation speaks through its people, read by the rules for pronouns.
        if start.checked_sub(1).is_some_and(|i| {
            i >= floor
                && (LEXICON.word_in(Words::ObjectPrepositions, self.text, i)
                    || LEXICON.word_in(Words::LocativePrepositions, self.text, i)
                    || self.text.is_word_ci(i, "its")
                    || self.text.is_word_ci(i, "their"))
        }) {
            return None;
        }
        let unnamed = LEXICON.has(Words::UnnamedSpeakers, &self.word(head).to_ascii_lowercase());
        let bare_org = head == start + 1
            && self.text.is_word_ci(start, "the")
            && LEXICON.org_head(self.text, head).is_some();
        let described = if head_end.is_some() { determiner } else { determiner || unnamed };
        (described && !bare_org).then(|| self.phrase(start, end)).flatten()
    }

    /// Where the noun of a described subject ends when a place or a restrictive clause follows it
    /// before the verb at `end` ("a diplomat | in Lusaka", "a guard | who escaped", "a resident |
    /// of the Kell 2 district"): a word of [`Words::DescribedPostmodifiers`] (or "of" after a noun
    /// of [`Words::UnnamedSpeakers`]) right after a plain noun, then only words and numbers, none
    /// of them a speech verb, a quoted word or a person or organisation ("a diplomat with the Acme
    /// delegation said" is read by the rules for bodies).
    fn postmodified_head_end(&self, floor: usize, end: usize) -> Option<usize> {
        /// How many tokens the modifier spans at most, its opening word included.
        const POSTMODIFIER_TOKENS: usize = 5;
        /// After a noun for people who speak unnamed, with a word between ("a senior official
        /// involved in the security dialogue with candidate countries"), it may run longer.
        const PEOPLE_POSTMODIFIER_TOKENS: usize = 8;
        /// A restrictive clause runs longer ("a diplomat who follows the Tarsk talks closely").
        const CLAUSE_TOKENS: usize = 8;
        let reach = end.saturating_sub(POSTMODIFIER_TOKENS).max(floor + 1);
        let clause_reach = end.saturating_sub(CLAUSE_TOKENS).max(floor + 1);
        // "a resident of the Kell 2 district": "of" after a noun for people who speak unnamed.
        // "a diplomat following the talks": a participle in "-ing" (no speech verb) after the noun.
        let opens = |i: usize| {
            LEXICON.word_in(Words::DescribedPostmodifiers, self.text, i)
                || self.text.is_word_ci(i, "of") && LEXICON.word_in(Words::UnnamedSpeakers, self.text, i - 1)
                || self.word(i).len() > 5
                    && self.word(i).ends_with("ing")
                    && self.plain_noun(i)
                    && !self.is_speech_verb(i)
        };
        let people_reach = end.saturating_sub(PEOPLE_POSTMODIFIER_TOKENS).max(floor + 1);
        let after_people_noun = |i: usize| {
            (i.saturating_sub(2).max(floor)..i).any(|j| LEXICON.word_in(Words::UnnamedSpeakers, self.text, j))
        };
        let opener = (reach..end.saturating_sub(1))
            .rev()
            .find(|&i| opens(i))
            .or_else(|| (people_reach..reach).rev().find(|&i| opens(i) && after_people_noun(i)))
            .or_else(|| {
                (clause_reach..reach)
                    .rev()
                    .find(|&i| self.text.is_word_ci(i, "who") && self.plain_noun(i - 1))
            })?;
        let body = (opener + 1..end).all(|i| {
            self.text.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                && !self.inside_quote(i)
                && !self.is_speech_verb(i)
                && self.mention_covering(i).is_none_or(|m| {
                    !matches!(self.actors.kind_of(m), ActorKind::Person | ActorKind::Organisation)
                })
        });
        (body && self.plain_noun(opener - 1)).then_some(opener)
    }

    /// Whether `head`, right after a person's possessive, is a body that speaks for them in
    /// a voice of its own ("Doe's campaign", "Doe's office").
    fn persons_own_voice(&self, possessor: &MentionRecord, head: usize) -> bool {
        self.actors.kind_of(possessor) == ActorKind::Person
            && LEXICON.word_in(Words::PersonalVoices, self.text, head)
    }

    /// A lower-case word that can belong to a described subject: no actor, pronoun, quoted word,
    /// speech verb, preposition, conjunction or determiner.
    pub(super) fn plain_noun(&self, token: usize) -> bool {
        self.text.tokens.get(token).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.mention_covering(token).is_none()
            && self.pronoun(token).is_none()
            && !self.inside_quote(token)
            && !self.is_speech_verb(token)
            && ![
                Words::ObjectPrepositions,
                Words::SubjectBreakers,
                Words::ClauseBreakers,
                Words::SpeakerDeterminers,
                Words::VerbLeadIns,
                Words::LocativePrepositions,
                Words::Auxiliaries,
            ]
            .into_iter()
            .any(|words| LEXICON.word_in(words, self.text, token))
    }
}
