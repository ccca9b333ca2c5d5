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
            // `"…," the 41-year-old leader was quoted as saying`: the passive of quoting names its
            // speaker before "was".
            if index > span.close_token + 2 && self.passive_quoted_as_saying(index) {
                return self.described_subject(span.close_token + 1, index - 1);
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
        /// How many words may stand between a verb of speech and the "that" that opens what it
        /// says ("wrote on social media that").
        const COMPLEMENT_ADJUNCT_TOKENS: usize = 4;
        /// How many words the subject of the relative clause spans at most.
        const SUBJECT_WORDS: usize = 5;
        let relative = (from..to).find(|&i| {
            !self.inside_quote(i)
                && (self.text.is_word_ci(i, "which") || self.text.is_word_ci(i, "that"))
                && LEXICON.word_in(Words::SpeakerDeterminers, self.text, i + 1)
        })?;
        // "She wrote on social media that the report showed '…'": a "that" right after the verb
        // (or a short phrase of words after it) opens what was said, not a relative clause; the
        // verb's own subject speaks.
        if self.text.is_word_ci(relative, "that")
            && relative - from <= COMPLEMENT_ADJUNCT_TOKENS
            && (from..relative).all(|i| self.text.is_word(i))
        {
            return None;
        }
        let subject = relative + 1;
        let verb = (subject + 1..(subject + 1 + SUBJECT_WORDS).min(to))
            .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
            .find(|&i| self.is_speech_verb(i))?;
        (!self.word(verb).ends_with("ing")).then_some((subject, verb))
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
    /// passive ("the deal was announced"), perhaps with an adverb or two between ("an object was
    /// later declared '…'"): it tells what was done, and its subject says nothing.
    pub(super) fn passive_after_auxiliary(&self, verb: usize) -> bool {
        /// How many adverbs may stand between the auxiliary and the participle.
        const ADVERBS: usize = 2;
        if !self.word(verb).ends_with("ed") {
            return false;
        }
        let adverb = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && (self.word(i).ends_with("ly") || LEXICON.word_in(Words::VerbLeadIns, self.text, i))
        };
        let mut before = verb;
        for _ in 0..=ADVERBS {
            let Some(previous) = before.checked_sub(1) else { return false };
            if LEXICON.word_in(Words::PassiveAuxiliaries, self.text, previous) {
                return true;
            }
            if !adverb(previous) {
                return false;
            }
            before = previous;
        }
        false
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

    /// Whether `token` stands in words reported after the first finite speech verb of its
    /// sentence (within reach): an auxiliary or "that" stands between ("said it was the first
    /// time … in a public report"), not only an adjunct ("said on Tuesday in a statement").
    pub(super) fn inside_reported_clause(&self, token: usize) -> bool {
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
    pub(super) fn longest_mention_at(&self, token: usize) -> Option<&MentionRecord> {
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
    pub(super) fn sentence_just_before(&self, token: usize) -> Option<Range<usize>> {
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
    pub(super) fn claimant_before(&self, span: &QuoteSpan) -> Option<usize> {
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
        if self.body_with_its_noun(verb).is_some() {
            return None;
        }
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
        // "The United States and several European countries have told their citizens to leave
        // '…'": the phrase is the second of two subjects; neither speaks alone.
        if start > floor + 1
            && (self.text.is_word_ci(start - 1, "and") || self.text.is_word_ci(start - 1, "or"))
            && (self.mention_covering(start - 2).is_some() || self.plain_noun(start - 2))
        {
            return None;
        }
        let unnamed = LEXICON.has(Words::UnnamedSpeakers, &self.word(head).to_ascii_lowercase());
        let bare_org = head == start + 1
            && self.text.is_word_ci(start, "the")
            && LEXICON.org_head(self.text, head).is_some();
        let described = if head_end.is_some() { determiner } else { determiner || unnamed };
        (described && !bare_org).then(|| self.phrase(start, end)).flatten()
    }

    /// `The Liberty Rally party said`: a body's name with its own noun after it ("party",
    /// "group", "movement": a word that heads an organisation's name), opened by "the" with at
    /// most two plain words between ("the ruling Liberty Rally party"), right before `verb` (past
    /// the words that lead into it) is that body speaking. Returns it. A person or a state is no
    /// body with a noun of its own.
    pub(super) fn body_with_its_noun(&self, verb: usize) -> Option<usize> {
        /// How many plain words may stand between "the" and the name.
        const ADJECTIVES: usize = 2;
        let mut end = verb;
        while end > 0 && verb - end < 3 && LEXICON.word_in(Words::VerbLeadIns, self.text, end - 1) {
            end -= 1;
        }
        let head = end.checked_sub(1)?;
        let plain = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && !self.inside_quote(i)
                && self.mention_covering(i).is_none()
        };
        if !plain(head) || LEXICON.org_head(self.text, head).is_none() {
            return None;
        }
        let mention = self.mention_covering(head.checked_sub(1)?).filter(|m| m.end_token == head)?;
        if matches!(self.actors.kind_of(mention), ActorKind::Person | ActorKind::State) {
            return None;
        }
        // (At a sentence's opening the mention may hold "The" itself.)
        if self.text.is_word_ci(mention.start_token, "the")
            && self.text.tokens[mention.start_token].sentence_start
        {
            return Some(mention.actor);
        }
        let adjectives = (1..=ADJECTIVES)
            .take_while(|&back| {
                mention.start_token > back
                    && plain(mention.start_token - back)
                    && !LEXICON.is_stopword(self.text, mention.start_token - back)
            })
            .count();
        let article = mention.start_token.checked_sub(adjectives + 1)?;
        // "Senator Ana Ruiz of the opposition Green Union party said": the object of a
        // preposition is no subject.
        let object = article.checked_sub(1).is_some_and(|i| {
            LEXICON.word_in(Words::ObjectPrepositions, self.text, i)
                || LEXICON.word_in(Words::LocativePrepositions, self.text, i)
        });
        (self.text.is_word_ci(article, "the") && !object).then_some(mention.actor)
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
