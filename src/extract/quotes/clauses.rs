//! Clauses of a sentence: a subordinate clause that opens it ("When Roe suggested …, Doe said")
//! attributes nothing to the quote of the main clause.

use super::*;

/// How many tokens an appositive inside an opening clause spans at most ("When Doe, the
/// senator from Ohio, said").
const APPOSITIVE_REACH_TOKENS: usize = 12;

/// How many tokens after a plural claim noun its aside's verb may stand ("remarks | China's Taiwan
/// Affairs Office (TAO) | described").
const PLURAL_ASIDE_TOKENS: usize = 12;

/// How many tokens after an earlier quote's closing mark its attribution's verb stands at most
/// (`," the former governor said`).
const EARLIER_ATTRIBUTION_TOKENS: usize = 6;

/// How many tokens a participle phrase between commas spans at most ("speaking in Vienna on
/// Monday", "speaking on condition of anonymity because he was not authorised to discuss the
/// matter publicly").
const PARTICIPLE_PHRASE_TOKENS: usize = 18;

/// How many tokens a relative pronoun stands before the speech verb of its clause at most
/// ("which the ministry in Lima accuses").
const RELATIVE_CLAUSE_LEAD_TOKENS: usize = 6;

/// How many tokens a "who" clause runs from the pronoun to a quote inside it at most ("who last
/// week attacked the proposed national budget as").
const WHO_CLAUSE_TOKENS: usize = 12;

/// How many tokens a relative clause runs on after its speech verb at most ("accuses of arming
/// rebels in the hills along the border").
const RELATIVE_CLAUSE_TAIL_TOKENS: usize = 16;

/// How many tokens an appositive between the one quoted and "as saying" may span.
const QUOTED_APPOSITIVE_TOKENS: usize = 16;

/// How many tokens before a quote a reported clause's verb of verdict may stand ("describes its
/// products in marketing material as '…'").
const VERDICT_OBJECT_TOKENS: usize = 10;

/// How many tokens after a speech verb the reported clause's own speaker and verb may reach.
const NESTED_CLAUSE_TOKENS: usize = 16;

/// How many tokens a noun phrase describing the one quoted may take before the comma that
/// names them ("quoted the ministry's press secretary, …").
const DESCRIBED_OBJECT_TOKENS: usize = 6;

impl Attributor<'_, '_> {
    /// Where the main clause of the sentence starts, when the sentence opens with a subordinate
    /// clause closed by a comma before `limit`: the token after that comma; else `sentence_start`.
    pub(super) fn main_clause_start(&self, sentence_start: usize, limit: usize) -> usize {
        let first = self.first_word(sentence_start);
        if !LEXICON.word_in(Words::Subordinators, self.text, first) {
            return sentence_start;
        }
        (first + 1..limit.min(first + ATTRIBUTION_REACH_TOKENS))
            .find(|&i| !self.inside_quote(i) && self.text.is_punct(i, ','))
            // "When Doe, a senator, said": an appositive, not the end of the clause; but "While
            // Doe objected, the groups say" has no comma to close an appositive.
            .filter(|&comma| {
                !LEXICON.word_in(Words::AppositiveOpeners, self.text, comma + 1)
                    || !(comma + 2..limit.min(comma + APPOSITIVE_REACH_TOKENS))
                        .any(|i| !self.inside_quote(i) && self.text.is_punct(i, ','))
            })
            .map_or(sentence_start, |comma| comma + 1)
    }

    /// An unnamed spokesperson for a body at `at` ("a spokesman for the Vell Army", "a
    /// spokeswoman for Acme"): a determiner, a noun of [`Words::SpokespersonNouns`], "for" and the
    /// mention of an organisation, a state or a group. Returns that actor and the token after
    /// its mention.
    fn spokesperson_for_body(&self, at: usize) -> Option<(usize, usize)> {
        let noun = at + usize::from(LEXICON.word_in(Words::SpeakerDeterminers, self.text, at));
        if !LEXICON.word_in(Words::SpokespersonNouns, self.text, noun)
            || !self.text.is_word_ci(noun + 1, "for")
        {
            return None;
        }
        // The mention may or may not take in "the" ("the Vell Army").
        let mention = self
            .mention_at(noun + 2)
            .or_else(|| self.text.is_word_ci(noun + 2, "the").then(|| self.mention_at(noun + 3)).flatten())?;
        (!matches!(self.actors.kind_of(mention), ActorKind::Person | ActorKind::Media))
            .then_some((mention.actor, mention.end_token))
    }

    /// "its chairman, Tal Abdy," or "the agency's director, Ana Vell,": the person a short noun
    /// phrase with a determiner describes, named after it between commas; where that name starts.
    fn named_after_described_object(&self, start: usize, limit: usize) -> Option<usize> {
        let determiner = self.text.is_word_ci(start, "the")
            || LEXICON.word_in(Words::PossessiveDeterminers, self.text, start);
        if !determiner || self.mention_covering(start).is_some() {
            return None;
        }
        let comma = (start + 1..(start + DESCRIBED_OBJECT_TOKENS).min(limit)).find(|&i| {
            !(self.text.is_word(i)
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive))
        })?;
        if !self.text.is_punct(comma, ',') {
            return None;
        }
        let named = self.mention_at(comma + 1)?;
        (self.actors.kind_of(named) == ActorKind::Person && self.text.is_punct(named.end_token, ','))
            .then_some(comma + 1)
    }

    /// The speaker of a clause reported after the speech verb at `verb` and before the quote at
    /// `open`: "that" or "which", then a named actor (no news outlet) right before a plain verb of
    /// saying ([`Words::NestedSpeechVerbs`]), perhaps after an auxiliary ("noted that Ana Vell had
    /// said", "remarks in which Ana Vell called the cases '…'"), with no comma between that verb
    /// and the quote. The reported speaker's words are the quote.
    pub(super) fn nested_speaker(&self, verb: usize, open: usize) -> Option<usize> {
        let end = open.min(verb + 1 + NESTED_CLAUSE_TOKENS);
        // (The words first, which few tokens are: then whether they stand inside a quote.)
        let opener = (verb + 1..end).find(|&i| {
            (self.text.is_word_ci(i, "that") || self.text.is_word_ci(i, "which")) && !self.inside_quote(i)
        })?;
        (opener + 2..end).find_map(|inner| {
            if !LEXICON.word_in(Words::NestedSpeechVerbs, self.text, inner) || self.inside_quote(inner) {
                return None;
            }
            let mut subject_end = inner;
            while subject_end > opener + 1
                && LEXICON.word_in(Words::PerfectAuxiliaries, self.text, subject_end - 1)
            {
                subject_end -= 1;
            }
            let mention = self.mention_covering(subject_end - 1)?;
            // "said the reef, which Acme calls Kell Shoal, and that …": a comma after the verb
            // closes its clause before the quote.
            let runs_to_quote =
                (inner + 1..open).all(|i| self.inside_quote(i) || !self.text.is_punct(i, ','));
            (mention.end_token == subject_end
                && mention.start_token > opener
                && runs_to_quote
                && !matches!(self.actors.kind_of(mention), ActorKind::Media))
            .then_some(mention.actor)
        })
    }

    /// "quoted him as saying", "quoted Zarif as saying", "reported her saying", "quoted a
    /// spokesman for the Vell Army as calling …": the one quoted, when `index` is "quoted" or
    /// "reported", reading no further than `limit` (the quote after it, or the end of the
    /// sentence when the quote came before).
    pub(super) fn quoted_as_saying(&self, index: usize, limit: usize) -> Option<(Option<usize>, String)> {
        if !(self.text.is_word_ci(index, "quoted") || self.text.is_word_ci(index, "reported")) {
            return None;
        }
        // "quoted the NIS as saying": the article before a body's name.
        // "quoted its chairman, Tal Abdy, as saying": the person named after the noun.
        let described = self.named_after_described_object(index + 1, limit);
        let object = if self.text.is_word_ci(index + 1, "the") && self.mention_at(index + 2).is_some() {
            index + 2
        } else {
            described.unwrap_or(index + 1)
        };
        let object_end = self.mention_at(object).map_or(object + 1, |m| m.end_token);
        // (The comma that closes the name is the one before "as saying".)
        let after_described = described.map(|_| object_end + 1);
        // "quoted Ri Tal, a senior official of the bureau, as saying": an appositive between
        // commas may stand between the one quoted and "as saying".
        let appositive_end = self
            .text
            .is_punct(object_end, ',')
            .then(|| {
                (object_end + 1..(object_end + QUOTED_APPOSITIVE_TOKENS).min(limit))
                    .find(|&i| self.text.is_punct(i, ','))
            })
            .flatten()
            .map(|comma| comma + 1);
        let as_saying = (index + 2..(index + 7).min(limit))
            .chain(appositive_end)
            .chain(after_described)
            // "as describing it as", "as calling the raid": any verb of speech in "-ing".
            .find(|&i| {
                self.text.is_word_ci(i, "as")
                    && (self.text.is_word_ci(i + 1, "saying")
                        || self.is_speech_verb(i + 1) && self.word(i + 1).ends_with("ing"))
            });
        let saying = self.text.is_word_ci(object_end, "saying");
        if (as_saying.is_some() || saying)
            && let Some((actor, via_pronoun)) = self.subject_at(object)
        {
            return Some((Some(actor), Self::rule("quote:quoted-as-saying", via_pronoun)));
        }
        // "quoted a spokesman for the Vell Army as calling the raid '…'": the body the
        // unnamed spokesperson speaks for.
        if let Some((body, body_end)) = self.spokesperson_for_body(index + 1)
            && self.text.is_word_ci(body_end, "as")
            && self.is_speech_verb(body_end + 1)
            && self.word(body_end + 1).ends_with("ing")
        {
            return Some((Some(body), "quote:quoted-spokesperson".to_owned()));
        }
        None
    }

    /// The attribution by the first speech verbs from `from` on before the quote: their subject
    /// (read back no further than `floor`), "according to" or "quoted … as saying".
    pub(super) fn speech_verbs_before(
        &self,
        from: usize,
        floor: usize,
        span: &QuoteSpan,
    ) -> Option<(Option<usize>, String)> {
        // "KCNA said the launch succeeded, and quoted Kye as describing it as '…'": the one
        // quoted speaks the quote, whatever verb of speech came before.
        // (The words first, which few tokens are: then whether they stand inside a quote.)
        if let Some(found) = (from..span.open_token)
            .rev()
            .filter(|&i| self.text.is_word_ci(i, "quoted") || self.text.is_word_ci(i, "reported"))
            .filter(|&i| !self.inside_quote(i))
            .find_map(|i| self.quoted_as_saying(i, span.open_token))
        {
            return Some(found);
        }
        let mut verbs_tried = 0;
        for index in from..span.open_token {
            if self.inside_quote(index) {
                continue;
            }
            if self.is_according_to(index)
                && !self.speaks_after_according_to(index, span.open_token)
                && let Some(found) = self.according_to(index + 2)
            {
                return Some(found);
            }
            // ("quoted … as saying" was read above, before any verb.)
            if !self.is_speech_verb(index) {
                continue;
            }
            // "Asked whether Oslo had been warned, he said": a passive speech verb attributes
            // nothing.
            if self.passive_after_auxiliary(index) {
                continue;
            }
            // "a note posted online by a group, which threatened '…'": a participle with its
            // agent after "by" says nothing itself; nor does one right after a document noun
            // ("In a statement posted on Telegram, it called …").
            if self.participle_of_noun(index) {
                continue;
            }
            // `"…," Doe said, after Roe said the plan was "dead"`: the verb that attributes an
            // earlier quote of the sentence is not this one's when a finite speech verb follows
            // (`"…," Doe said, adding "…"` and `"…," he wrote, "…"` go on in Doe's voice).
            if self.attributes_earlier_quote(index, span)
                && (index + 1..span.open_token).any(|i| {
                    !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing")
                })
            {
                continue;
            }
            // `He said it was "…", an answer the prosecutor later called "…"`: an aside that
            // answers an earlier quote of the sentence after this verb has a verb of its own,
            // which attributes the quote.
            if self.aside_after_earlier_quote(index, span) {
                continue;
            }
            // "Doe spoke near the hall, where workers had gathered, chanting '…'": a relative
            // clause with a subject of its own stands between the verb and the quote.
            // ("check where the goods go" is no such clause: no comma or dash opens it.)
            if (index + 1..span.open_token).any(|i| {
                !self.inside_quote(i) && self.text.is_word_ci(i, "where") && !self.text.is_word(i - 1)
            }) {
                return None;
            }
            // "… an account they believe was run by a militant, who sent him plans and urged him
            // to '…'": a relative clause with a speech verb of its own stands between; that verb
            // attributes the quote.
            if (index + 1..span.open_token).any(|i| {
                !self.inside_quote(i)
                    && self.is_speech_verb(i)
                    && self
                        .relative_pronoun_of(i)
                        .is_some_and(|r| r > index && self.text.is_word_ci(r, "who"))
            }) {
                continue;
            }
            // "Varnia rejects list; Kessa calls claim a 'provocation'", "Varnia rejected the list,
            // with its ministry calling it '…'": a later clause, after a semicolon or opened by
            // "with", with a speech verb of its own attributes the quote; this verb does not.
            if self.later_clause_speaks(index, span.open_token) {
                continue;
            }
            // "Jo Bell, speaking in Vienna, said …": a participle closed by a comma and a finite
            // speech verb describes the subject; that verb attributes.
            if self.participle_before_finite_verb(index, span.open_token) {
                continue;
            }
            // "Chile, which Peru accuses of arming rebels, said it had \"…\"": a speech verb
            // inside a relative clause between commas is that clause's; the finite speech verb
            // after the closing comma attributes.
            if self.relative_clause_before_finite_verb(index, span.open_token) {
                continue;
            }
            // "The army fired a missile, the ministry said, days after the rebels warned of '…'":
            // an attribution set off by commas is about the words before it; a speech verb
            // after it attributes the quote.
            if self.parenthetical_attribution(index, span) {
                continue;
            }
            // "…, with Canberra calling for '…'": the name between "with" and a speech verb in
            // "-ing" is that verb's subject, whoever the sentence is about.
            if let Some(actor) = self.subject_after_with(index) {
                return Some((Some(actor), "quote:with-subject".to_owned()));
            }
            // "One reporter noted that spokesman Reza Tal had said the cases were '…'": a named
            // speaker of a reported clause, nearer the quote, spoke its words.
            if let Some(actor) = self.nested_speaker(index, span.open_token) {
                return Some((Some(actor), "quote:nested-speaker".to_owned()));
            }
            // The sentence's first speech verbs carry its attribution; later ones belong to
            // reported clauses. Two tries also keep a pathological sentence linear.
            verbs_tried += 1;
            if verbs_tried > 2 {
                return None;
            }
            // "… fails to agree as envoy warns of '…'": a noun for a person right before the
            // verb is its subject; nobody named earlier in the sentence speaks.
            if self.unnamed_person_noun_before(index) {
                return None;
            }
            // "She noted that the vendor, Varkos, describes its products as '…'": a named subject
            // passing judgement in the reported clause chose the quote's words.
            // "…, an accusation the government rejected as '…'": an unnamed subject of its own
            // passed the judgement; the quote stays open.
            match self.reported_verdict_speaker(index, span) {
                Some(Some(actor)) => return Some((Some(actor), "quote:reported-verdict".to_owned())),
                Some(None) => return Some((None, "quote:unnamed-verdict".to_owned())),
                None => {}
            }
            // "The report says Ostland is '…' and warns that the vote showed how '…'": a verb
            // joined by "and" right after an earlier quote shares the subject of the verb that
            // quote followed; a name inside that verb's object is none. No subject found,
            // nobody is guessed.
            if let Some(earlier) = self.verb_before_joined_quote(floor, index) {
                return self
                    .subject_before_verb(floor, earlier)
                    .map(|(actor, via_pronoun)| (Some(actor), Self::rule("quote:said-before", via_pronoun)));
            }
            if let Some(actor) = self.definite_org_before(index) {
                return Some((Some(actor), "quote:said-before".to_owned()));
            }
            if let Some((actor, via_pronoun)) = self.subject_before_verb(floor, index) {
                // "An Israeli military official, speaking on condition of anonymity, said": a
                // body that only modifies an unnamed person's noun does not speak; the person is
                // named in words by the rules for described speakers.
                if !via_pronoun && self.modifies_unnamed_opening(index, actor) {
                    return None;
                }
                // "after drawing a Vell Front flag and telling classmates that …": a name that
                // only describes a thing after "a" is no subject; nobody is guessed.
                if !via_pronoun && self.nearest_mention_describes_a_thing(floor, index, actor) {
                    return None;
                }
                // "as Ostland grapples with what the domestic agency, the Bundesamt X, calls a
                // '…' threat": "what" opens the verb's own clause, whose subject follows it; a
                // name before it is no subject, and none found after it, nobody is guessed.
                if !via_pronoun && self.what_opens_clause_after_mention(floor, index, actor) {
                    return None;
                }
                return Some((Some(actor), Self::rule("quote:said-before", via_pronoun)));
            }
            // ", says a top academic": the subject follows the verb. Not after a participle:
            // in "saying the minister 'had lost control'" the noun after it is what was said.
            // "Critics say Doe has been 'too soft'": a verb right after a word has its subject
            // before it, and the name after it opens what was said.
            // "The party, which says the president has …": a relative pronoun stands for the
            // subject; the name after the verb opens what was said.
            // "He said the United States should '…'": nor after a pronoun that is the subject.
            let plain_subject_before = index > floor
                && self.text.is_word(index - 1)
                && (self.described_or_plural_before(index)
                    || self.pronoun(index - 1).is_some()
                    || ["which", "who", "that"].iter().any(|w| self.text.is_word_ci(index - 1, w)));
            // "Its spokesman called the claims \"absurd\" and said Finland's seizure was '…'": a
            // verb joined by a conjunction shares the subject before it; the name after it opens
            // what was said.
            let joined_verb = index > floor && self.after_conjunction(index);
            // "A diplomat, speaking on condition of anonymity, said the agency was '…'": the
            // subject stands before the participle phrase; the name after the verb opens what
            // was said.
            let after_participle_phrase = self.closes_participle_phrase(index);
            // "… but said the Pentagon 'owes Congress an account'": a name right before the
            // quote is the subject of what was said, not of the verb.
            let opens_quoted_clause = |actor: usize| {
                span.open_token.checked_sub(1).and_then(|last| self.mention_covering(last)).is_some_and(|m| {
                    m.actor == actor && m.end_token == span.open_token && m.start_token <= index + 2
                })
            };
            if !self.word(index).ends_with("ing")
                && !plain_subject_before
                && !joined_verb
                && !after_participle_phrase
                && let Some((actor, via_pronoun)) = self.subject_after_verb(index + 1, span.open_token)
                && !opens_quoted_clause(actor)
            {
                return Some((Some(actor), Self::rule("quote:said-before", via_pronoun)));
            }
        }
        None
    }

    /// The speech verb before an earlier quote that the verb at `verb` is joined to by "and"
    /// (`says Ostland is "…" and warns`, `"…", and warns`): the first finite speech verb from
    /// `floor` before that quote, outside quotes.
    fn verb_before_joined_quote(&self, floor: usize, verb: usize) -> Option<usize> {
        let and = verb.checked_sub(1).filter(|&i| self.text.is_word_ci(i, "and"))?;
        let comma = and.checked_sub(1).is_some_and(|i| self.text.is_punct(i, ','));
        let close = and.checked_sub(1 + usize::from(comma))?;
        let earlier = self.spans.get(self.spans.partition_point(|s| s.close_token < close))?;
        if earlier.close_token != close {
            return None;
        }
        self.first_finite_speech_verb(floor, earlier.open_token)
    }

    /// Whether "what" stands, outside quotes, between the last mention of `actor` (from `floor`)
    /// and the verb at `verb`: the verb's clause opens after the mention ("Doe grapples with what
    /// the agency calls '…'").
    fn what_opens_clause_after_mention(&self, floor: usize, verb: usize, actor: usize) -> bool {
        let before = self.actors.mentions.partition_point(|m| m.start_token < verb);
        self.actors.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.start_token >= floor)
            .find(|m| m.actor == actor)
            .is_some_and(|mention| {
                (mention.end_token..verb).any(|i| self.text.is_word_ci(i, "what") && !self.inside_quote(i))
            })
    }

    /// Whether the last mention of `actor` between `floor` and the verb at `verb` describes a thing
    /// named after it: "a" or "an" before it and a plain lower-case noun right after it ("a Vell
    /// Front flag", "an Ostland passport").
    fn nearest_mention_describes_a_thing(&self, floor: usize, verb: usize, actor: usize) -> bool {
        let before = self.actors.mentions.partition_point(|m| m.start_token < verb);
        let Some(mention) = self.actors.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.start_token >= floor)
            .find(|m| m.actor == actor)
        else {
            return false;
        };
        let article = mention
            .start_token
            .checked_sub(1)
            .is_some_and(|i| self.text.is_word_ci(i, "a") || self.text.is_word_ci(i, "an"));
        let noun = mention.end_token;
        article
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.is_speech_verb(noun)
            && !self.word(noun).ends_with("ed")
            && !LEXICON.word_in(Words::IrregularPast, self.text, noun)
            && !LEXICON.is_stopword(self.text, noun)
    }

    /// Whether, between the speech verb at `verb` and the quote opening at `open`, a clause of its
    /// own speaks: one after a semicolon with a speech verb in it, or a speech verb in "-ing" whose
    /// subject "with" opens ([`Self::subject_after_with`]).
    fn later_clause_speaks(&self, verb: usize, open: usize) -> bool {
        // (The cheap tests of a token first: most tokens pass none of them.)
        let Some(semicolon) = self.last_semicolon(verb + 1..open) else {
            return (verb + 1..open).any(|i| {
                self.word(i).ends_with("ing")
                    && self.subject_after_with(i).is_some()
                    && self.is_speech_verb(i)
                    && !self.inside_quote(i)
            });
        };
        (semicolon + 1..open).any(|i| self.is_speech_verb(i) && !self.inside_quote(i))
    }

    /// The last semicolon in `range` that stands outside quotes: where a clause with a subject of
    /// its own opens ("Fourteen were killed; Islamabad blamed '…'").
    pub(super) fn last_semicolon(&self, range: std::ops::Range<usize>) -> Option<usize> {
        range.rev().find(|&i| self.text.is_punct(i, ';') && !self.inside_quote(i))
    }

    /// The actor named right before the speech verb in "-ing" at `verb`, when "with" opens that
    /// name ("…, with Canberra calling for '…'", "with the Kessa army saying …").
    fn subject_after_with(&self, verb: usize) -> Option<usize> {
        if !self.word(verb).ends_with("ing") {
            return None;
        }
        // "with the Ministry of External Affairs (MEA) calling": an abbreviation in brackets may
        // stand between the name and its verb.
        let end = if verb >= 3 && self.text.is_punct(verb - 1, ')') && self.text.is_punct(verb - 3, '(') {
            verb - 3
        } else {
            verb
        };
        let mention = self.mention_covering(end.checked_sub(1)?).filter(|m| m.end_token == end)?;
        let opening = mention.start_token.checked_sub(1)?;
        let with = if self.text.is_word_ci(opening, "the") { opening.checked_sub(1)? } else { opening };
        self.text.is_word_ci(with, "with").then_some(mention.actor)
    }

    /// The named subject of a verb of verdict ([`Words::VerdictVerbs`]) in the clause that the
    /// speech verb at `verb` reports, when that verb governs the quote: "She said that Acme
    /// called the plan '…'", "noted that the vendor, Varkos, describes its products as '…'". The
    /// verdict verb stands within a few words of the quote with no other speech verb between,
    /// and its subject is a mention right before it (or an appositive name between commas).
    ///
    /// `Some(None)` when the subject is a noun no actor covers ("an accusation the government
    /// rejected as '…'"): someone other than the sentence's speaker passed the judgement, and
    /// nobody named did.
    fn reported_verdict_speaker(&self, verb: usize, span: &QuoteSpan) -> Option<Option<usize>> {
        let floor = span.open_token.saturating_sub(VERDICT_OBJECT_TOKENS).max(verb + 2);
        let verdict = (floor..span.open_token).find(|&i| {
            !self.inside_quote(i)
                && LEXICON.word_in(Words::VerdictVerbs, self.text, i)
                && self.text.tokens.get(i).is_some_and(|t| !t.capitalised)
        })?;
        // "…, which Beijing calls Ren'ai Jiao, and that its ships had taken '…'": another clause
        // between the verdict and the quote.
        if (verdict + 1..span.open_token).any(|i| {
            !self.inside_quote(i)
                && (self.is_speech_verb(i)
                    || [',', ';', ':'].iter().any(|&mark| self.text.is_punct(i, mark))
                    || self.text.is_word_ci(i, "that"))
        }) {
            return None;
        }
        let subject_end = if self.text.is_punct(verdict - 1, ',') { verdict - 1 } else { verdict };
        let Some(mention) = self.mention_covering(subject_end - 1).filter(|m| m.end_token == subject_end)
        else {
            // ("a channel called '…'" names the channel; "the party condemned '…'" may be its
            // spokesperson's words: only a judgement "as" something is read so.)
            let judged_as = self.text.is_word_ci(verdict + 1, "as");
            return (judged_as && self.unnamed_verdict_subject(verb, verdict)).then_some(None);
        };
        let appositive = subject_end < verdict;
        if appositive && !mention.start_token.checked_sub(1).is_some_and(|i| self.text.is_punct(i, ',')) {
            return None;
        }
        (mention.start_token > verb && !self.after_object_preposition(mention.start_token))
            .then_some(Some(mention.actor))
    }

    /// Whether a lower-case noun that no mention covers is the subject right before the verdict
    /// verb at `verdict`: after "the", "a", "an" or a possessive determiner within two words
    /// ("the government", "the country's army"); not a pronoun, an auxiliary or an adverb ("it
    /// had rejected", "firmly rejected"). (A bare plural, "a move rebel commanders denounced as
    /// '…'", is left to the rules that name the speaker in words.)
    fn unnamed_verdict_subject(&self, verb: usize, verdict: usize) -> bool {
        let noun = verdict - 1;
        let plain = self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && noun > verb
            && !self.inside_quote(noun)
            && self.mention_covering(noun).is_none()
            && self.pronoun(noun).is_none()
            && !LEXICON.is_stopword(self.text, noun)
            && !self.word(noun).ends_with("ly");
        let determined = (noun.saturating_sub(2).max(verb + 1)..noun).any(|i| {
            ["the", "a", "an"].iter().any(|w| self.text.is_word_ci(i, w))
                || LEXICON.word_in(Words::PossessiveDeterminers, self.text, i)
        });
        plain && determined
    }

    /// Whether a lower-case noun for a person ("envoy", "officials") or a title stands right
    /// before `verb`, outside any mention, and no name or possessor modifies it ("as envoy
    /// warns", "and the minister said"; not "Navy chief said").
    pub(super) fn unnamed_person_noun_before(&self, verb: usize) -> bool {
        let Some(noun) = verb.checked_sub(1) else { return false };
        let lower_word =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        lower_word(noun)
            && (LEXICON.word_in(Words::UnnamedSpeakers, self.text, noun)
                || LEXICON.title_at(self.text, noun) == Some(verb))
            && self.mention_covering(noun).is_none()
            && !self.inside_quote(noun)
            && noun.checked_sub(1).is_some_and(|before| {
                lower_word(before)
                    && self.mention_covering(before).is_none()
                    && self.pronoun(before).is_none()
            })
    }

    /// Whether a speech verb of its own, in the active voice, in "-ing" after a comma or right
    /// after a pronoun, stands between the comma that closes the "according to" phrase at
    /// `according` and the quote at `open` ("According to the affidavit, Doe began discussing
    /// attacks, telling members they could bring '…'", "a plan that, according to prosecutors, he
    /// described as '…'"): that verb's subject chose the words.
    pub(super) fn speaks_after_according_to(&self, according: usize, open: usize) -> bool {
        let Some(comma) = (according + 2..open).find(|&i| self.text.is_punct(i, ',')) else {
            return false;
        };
        // Only a participle after a comma or a verb right after a pronoun: "According to his
        // physician, the businessman shows '…' strength" is the physician's account of him, and
        // "…, by a senior official in Vela, who asked not to be named, '…'" a relative clause
        // describing the source.
        let own_subject = |i: usize| {
            self.word(i).ends_with("ing") && self.text.is_punct(i - 1, ',') || self.pronoun(i - 1).is_some()
        };
        (comma + 2..open).any(|i| {
            !self.inside_quote(i)
                && self.is_speech_verb(i)
                && own_subject(i)
                && !self.passive_after_auxiliary(i)
                && !self.participle_of_noun(i)
                && self.relative_pronoun_of(i).is_none()
        })
    }

    /// Whether the word at `index` is a lower-case participle that may open a phrase set off by
    /// commas: in "-ing" ("speaking in Vienna") or in "-ed" before "by" or a preposition of
    /// manner ("reached by telephone", "contacted by Reuters", "asked about the plan").
    pub(super) fn participle(&self, index: usize) -> bool {
        let word = self.word(index);
        let lower = self.text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        lower
            && (word.ends_with("ing")
                || word.ends_with("ed")
                    && ["by", "about", "for", "on", "after"]
                        .iter()
                        .any(|w| self.text.is_word_ci(index + 1, w)))
    }

    /// Whether a coordinating conjunction stands right before `verb`, or one adverb after it ("and
    /// said", "but also warned", "and later wrote"): the verb shares the subject of the clause
    /// before the conjunction.
    fn after_conjunction(&self, verb: usize) -> bool {
        let conjunction = |i: usize| LEXICON.word_in(Words::ClauseConjunctions, self.text, i);
        let adverb = |i: usize| {
            let word = self.word(i);
            word.ends_with("ly") || ["also", "then", "later"].iter().any(|w| word.eq_ignore_ascii_case(w))
        };
        verb.checked_sub(1).is_some_and(|before| {
            conjunction(before) || adverb(before) && before.checked_sub(1).is_some_and(conjunction)
        })
    }

    /// Whether the comma right before `verb` closes a participle phrase that a comma opened
    /// ("A diplomat, speaking on condition of anonymity, said", "an adviser, reached by telephone,
    /// said").
    fn closes_participle_phrase(&self, verb: usize) -> bool {
        verb > 1
            && self.text.is_punct(verb - 1, ',')
            && (verb.saturating_sub(PARTICIPLE_PHRASE_TOKENS).max(1)..verb - 1)
                .rev()
                .any(|i| self.text.is_punct(i - 1, ',') && self.participle(i) && !self.inside_quote(i))
    }

    /// Whether the finite speech verb at `verb` closes an attribution set off by commas in the
    /// middle of a sentence (", the ministry said,"), with another speech verb between it and
    /// the quote: that attribution is about the words before it.
    pub(super) fn parenthetical_attribution(&self, verb: usize, span: &QuoteSpan) -> bool {
        if !self.text.is_punct(verb + 1, ',') || self.word(verb).ends_with("ing") {
            return false;
        }
        // The subject between the commas: a few words (a possessive allowed), no verb.
        let opening = (verb.saturating_sub(6).max(1)..verb).rev().find(|&i| {
            !(self.text.is_word(i)
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive))
        });
        let Some(opening) = opening.filter(|&i| self.text.is_punct(i, ',') && i + 1 < verb) else {
            return false;
        };
        let sentence = self.sentence_range(verb);
        opening > sentence.start + 2
            && (verb + 2..span.open_token)
                .any(|i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))
    }

    /// Whether `verb` is a participle after a comma ("Jo Bell, speaking in Vienna, said") whose
    /// phrase a comma closes right before a finite speech verb, before `limit`.
    pub(super) fn participle_before_finite_verb(&self, verb: usize, limit: usize) -> bool {
        verb > 0
            && self.text.is_punct(verb - 1, ',')
            && self.word(verb).ends_with("ing")
            && (verb + 2..limit.min(verb + PARTICIPLE_PHRASE_TOKENS)).any(|i| {
                self.text.is_punct(i - 1, ',')
                    && self.is_speech_verb(i)
                    && !self.word(i).ends_with("ing")
                    && !self.inside_quote(i)
            })
    }

    /// Whether a comma and "which", "who" or "whom" open a relative clause a few words before
    /// `verb`, with no comma or quote between: "Chile, which Peru accuses …".
    fn in_relative_clause(&self, verb: usize) -> bool {
        let reach = verb.saturating_sub(RELATIVE_CLAUSE_LEAD_TOKENS).max(1);
        (reach..verb).rev().take_while(|&i| !self.text.is_punct(i, ',') && !self.inside_quote(i)).any(|i| {
            ["which", "who", "whom"].iter().any(|w| self.text.is_word_ci(i, w))
                && self.text.is_punct(i - 1, ',')
        })
    }

    /// Whether `verb` stands in a relative clause opened by a comma and "which", "who" or
    /// "whom" ("Chile, which Peru accuses of arming rebels, said") whose closing comma comes
    /// right before a finite speech verb, before `limit`.
    pub(super) fn relative_clause_before_finite_verb(&self, verb: usize, limit: usize) -> bool {
        self.in_relative_clause(verb)
            && (verb + 2..limit.min(verb + RELATIVE_CLAUSE_TAIL_TOKENS)).any(|i| {
                self.text.is_punct(i - 1, ',')
                    && self.is_speech_verb(i)
                    && !self.word(i).ends_with("ing")
                    && !self.inside_quote(i)
            })
    }

    /// The comma that closes the relative clause `verb` stands in, when a comma and "which",
    /// "who" or "whom" open it a few words before the verb and a comma closes it before
    /// `limit`: "The group, which Ostland officials say works for Kessa, warned that '…'" gives
    /// the comma after "Kessa". The verb speaks of the clause's noun, not the words after it.
    pub(super) fn relative_clause_close(&self, verb: usize, limit: usize) -> Option<usize> {
        if !self.in_relative_clause(verb) {
            return None;
        }
        (verb + 1..limit.min(verb + RELATIVE_CLAUSE_TAIL_TOKENS))
            .take_while(|&i| !self.inside_quote(i) && !self.is_quote_mark(i))
            .find(|&i| self.text.is_punct(i, ','))
    }

    /// Whether a quote of the sentence stands between `verb` and `span` and a claim's aside opens
    /// right after it (`said it was "…", an answer the prosecutor called "…"`).
    fn aside_after_earlier_quote(&self, verb: usize, span: &QuoteSpan) -> bool {
        self.aside_verb_after_earlier_quote(verb, span).is_some()
    }

    /// The speech verb of a claim's aside that answers a quote of the sentence standing between
    /// `verb` and `span` (`said it was "…", an answer the prosecutor later called "…"`: "called").
    pub(super) fn aside_verb_after_earlier_quote(&self, verb: usize, span: &QuoteSpan) -> Option<usize> {
        let first = self.spans.partition_point(|s| s.open_token <= verb);
        let sentence = self.text.tokens.get(span.open_token).map(|t| t.sentence());
        self.spans[first..].iter().take_while(|s| s.close_token < span.open_token).find_map(|earlier| {
            let after =
                earlier.close_token + 1 + usize::from(self.text.is_punct(earlier.close_token + 1, ','));
            (self.text.tokens.get(earlier.open_token).map(|t| t.sentence()) == sentence
                && self.claim_aside_at(after))
            .then(|| (after + 2..span.open_token).find(|&i| !self.inside_quote(i) && self.is_speech_verb(i)))
            .flatten()
        })
    }

    /// Whether the speech verb at `verb` closes the attribution of a quote earlier in the
    /// sentence than `span`: a few words after its closing mark, with no other verb between.
    pub(super) fn attributes_earlier_quote(&self, verb: usize, span: &QuoteSpan) -> bool {
        let i = self.spans.partition_point(|s| s.close_token < verb);
        let Some(earlier) = i.checked_sub(1).and_then(|i| self.spans.get(i)) else { return false };
        earlier.close_token < span.open_token
            && verb - earlier.close_token <= EARLIER_ATTRIBUTION_TOKENS
            && (self.text.is_punct(earlier.close_token + 1, ',')
                || self.text.slice(earlier.start_byte, earlier.end_byte).ends_with([',', '!', '?']))
            && self.text.tokens.get(earlier.close_token).map(|t| t.sentence())
                == self.text.tokens.get(verb).map(|t| t.sentence())
    }

    /// Whether the quote's sentence has, before the quote, a subject of its own: it opens with a
    /// determiner ("A committee report found '…'", "The audience echoed '…'") or with "they" or
    /// "it".
    pub(super) fn has_own_subject(&self, span: &QuoteSpan) -> bool {
        let sentence = self.sentence_range(span.open_token);
        let first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        first + 1 < span.open_token
            && (first..span.open_token).all(|i| !self.inside_quote(i) && !self.is_quote_mark(i))
            && (LEXICON.word_in(Words::SpeakerDeterminers, self.text, first)
                || LEXICON.word_in(Words::PossessiveDeterminers, self.text, first)
                || self.text.is_word_ci(first, "they")
                || self.text.is_word_ci(first, "it"))
    }

    /// The start of the last clause before `limit` that a comma and a conjunction open with a
    /// subject of its own ("…, and Doe later called it"; not "…, but said"), or that "and" or
    /// "but" opens after a quote with a name right before its verb of speech (`"bold" and Roe
    /// warned of`), from `from` on.
    pub(super) fn coordinated_clause_start(&self, from: usize, limit: usize) -> Option<usize> {
        // "… until Kabul acted - a move Taliban officials denounced as '…'": an aside after a
        // dash joins a clause too.
        let joined = (from..limit.saturating_sub(1)).rev().find_map(|i| {
            if self.inside_quote(i) {
                None
            } else if self.text.is_punct(i, ',')
                && LEXICON.word_in(Words::ClauseConjunctions, self.text, i + 1)
            {
                Some(i + 2)
            } else if self.dash_aside(i) {
                Some(i + 3)
            } else if (self.text.is_word_ci(i, "and") || self.text.is_word_ci(i, "but"))
                && i > from
                && self.text.is_quote_mark(i - 1)
                && self.mention_at(i + 1).is_some_and(|m| self.is_speech_verb(m.end_token))
            {
                // `Doe called the plan "bold" and Roe warned of "a trap"`: after a quote, a name
                // and its own verb of speech after "and" open a clause, comma or not ("Doe and
                // Roe said" is one subject of two names).
                Some(i + 1)
            } else {
                None
            }
        })?;
        let has_subject = self.mention_covering(joined).is_some()
            || self.pronoun(joined).is_some()
            || LEXICON.word_in(Words::SpeakerDeterminers, self.text, joined)
            || LEXICON.word_in(Words::PossessiveDeterminers, self.text, joined);
        has_subject.then_some(joined)
    }

    /// Whether "a" or "an" and a noun of a claim ([`Words::ClaimNouns`]) open an aside at
    /// `at`, right after a quote: `Doe said he was "beaten", an allegation the police denied`.
    /// The aside answers the quote; its verb does not attribute it.
    ///
    /// The aside's own clause follows the noun: a name, a determiner, a pronoun, "that" or a
    /// relative pronoun, or a participle ("an allegation denied by"); not the rest of a title
    /// (`"…," a charge d'affaires, Jo Bell, said`).
    pub(super) fn claim_aside_at(&self, at: usize) -> bool {
        let next = at + 2;
        let opens_clause =
            self.text.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                || LEXICON.word_in(Words::SpeakerDeterminers, self.text, next)
                || LEXICON.word_in(Words::RelativePronouns, self.text, next)
                || self.text.is_word_ci(next, "that")
                || self.pronoun(next).is_some()
                || self.text.is_word(next) && self.word(next).ends_with("ed");
        let article = (self.text.is_word_ci(at, "a") || self.text.is_word_ci(at, "an"))
            && LEXICON.word_in(Words::ClaimNouns, self.text, at + 1);
        // `"…," remarks the ministry described as "…"`: a plural claim noun with no article, then
        // its own subject and a verb in "-ed" that takes the next quote ("described as"), with no
        // comma or stop between (brackets may stand: "the office (TAO)"); `"…," claims Jo Bell.`
        // is an inverted attribution, no aside.
        let plural = LEXICON.word_in(Words::ClaimNouns, self.text, at)
            && self.word(at).ends_with('s')
            && self.text.tokens.get(at).is_some_and(|t| !t.capitalised)
            && (at + 2..at + PLURAL_ASIDE_TOKENS)
                .take_while(|&i| {
                    ![',', '.', ';', ':'].iter().any(|&mark| self.text.is_punct(i, mark))
                        && !self.is_quote_mark(i)
                })
                .find(|&i| self.is_speech_verb(i) && self.word(i).ends_with("ed"))
                .is_some_and(|verb| {
                    let after = verb + usize::from(self.text.is_word_ci(verb + 1, "as")) + 1;
                    self.is_quote_mark(after)
                });
        article && opens_clause || plural
    }

    /// Whether the dash at `dash` opens an aside whose "a" and lower-case noun (no speaker's)
    /// stand for the clause before, the words after them the subject of its verb ("… until Kabul
    /// acted - a move Taliban officials denounced as '…'").
    pub(super) fn dash_aside(&self, dash: usize) -> bool {
        self.text.is_dash(dash)
            && (self.text.is_word_ci(dash + 1, "a") || self.text.is_word_ci(dash + 1, "an"))
            && self.text.tokens.get(dash + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !LEXICON.word_in(Words::UnnamedSpeakers, self.text, dash + 2)
    }

    /// Whether the word right before `verb` is a plain noun that can be its subject: lower case,
    /// or capitalised at the sentence's start and not a name ("Critics say", "officials said").
    pub(super) fn described_or_plural_before(&self, verb: usize) -> bool {
        let before = verb - 1;
        self.mention_covering(before).is_none()
            && self.pronoun(before).is_none()
            && !LEXICON.word_in(Words::VerbLeadIns, self.text, before)
            && !LEXICON.word_in(Words::Auxiliaries, self.text, before)
            && !LEXICON.word_in(Words::SubjectBreakers, self.text, before)
            && !LEXICON.word_in(Words::ObjectPrepositions, self.text, before)
    }

    /// `Pruitt, who promised a "bonfire of red tape"`, `Carrow, who attacked the budget as "a
    /// shopping list," said …`: a quote inside a relative clause about a person named right before
    /// "who", the clause's verb a speech verb or the quote after "as", is that person's. Not when
    /// the clause has a subject of its own ("who critics say is"), a copula ("who was called"),
    /// a comma or another quote before this one.
    pub(super) fn who_clause_speaker(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.open_token);
        let floor = sentence.start.max(span.open_token.saturating_sub(WHO_CLAUSE_TOKENS));
        let who = (floor..span.open_token).rev().find(|&i| self.text.is_word_ci(i, "who"))?;
        let clause = who + 1..span.open_token;
        // ("who called the activists '…'": people named after the clause's speech verb are whom
        // it speaks of, no subject of its own.)
        let verb = clause.clone().find(|&i| self.is_speech_verb(i));
        let breaks = |i: usize| {
            self.text.tokens[i].kind == TokenKind::Punct
                || self.inside_quote(i)
                || self.mention_covering(i).is_some()
                || ["he", "she", "they", "we", "i", "that"].iter().any(|w| self.text.is_word_ci(i, w))
                || LEXICON.word_in(Words::RelativePronouns, self.text, i)
                || LEXICON.word_in(Words::UnnamedSpeakers, self.text, i) && verb.is_none_or(|v| i < v)
                || LEXICON.word_in(Words::LabelCopulas, self.text, i)
        };
        if clause.is_empty() || clause.clone().any(breaks) {
            return None;
        }
        let spoken =
            clause.clone().any(|i| self.is_speech_verb(i)) || self.text.is_word_ci(span.open_token - 1, "as");
        if !spoken {
            return None;
        }
        let before = who.checked_sub(1)?;
        let antecedent = if self.text.is_word(before) { before } else { before.checked_sub(1)? };
        // "Tom Vell, a vice director of the party's committee, who called …", "…, a director of
        // the Kell Party's Central Committee, who called …": the person whose appositive closes
        // right before "who" ("who" stands for no body).
        let person_named = |m: &MentionRecord| self.actors.kind_of(m) == ActorKind::Person;
        if !self.mention_covering(antecedent).is_some_and(person_named) && self.text.is_punct(before, ',') {
            let person = self.person_before_appositive(sentence.start, before)?;
            return Some((Some(person), "quote:who-clause".to_owned()));
        }
        let mention = self.mention_covering(antecedent)?;
        (self.actors.kind_of(mention) == ActorKind::Person)
            .then(|| (Some(mention.actor), "quote:who-clause".to_owned()))
    }

    /// `Tom Vell, a vice director of the party's committee,` with `close` the comma after the
    /// appositive: the person named right before the comma that opens it, when the appositive
    /// opens with "a", "an" or "the" and runs a few words, with no quote or other comma inside.
    pub(super) fn person_before_appositive(&self, floor: usize, close: usize) -> Option<usize> {
        /// How many tokens an appositive between commas spans at most.
        const APPOSITIVE_TOKENS: usize = 14;
        let open = (close.saturating_sub(APPOSITIVE_TOKENS).max(floor + 1)..close)
            .rev()
            // (Quotes are known by their spans, marks included: a plural's apostrophe, "the
            // Workers' Party", is no quotation mark.)
            .take_while(|&i| !self.inside_quote(i))
            .find(|&i| self.text.is_punct(i, ','))?;
        if !["a", "an", "the"].iter().any(|w| self.text.is_word_ci(open + 1, w)) {
            return None;
        }
        let mention = self.mention_covering(open.checked_sub(1)?).filter(|m| m.end_token == open)?;
        (self.actors.kind_of(mention) == ActorKind::Person).then_some(mention.actor)
    }
}

impl Attributor<'_, '_> {
    /// Whether `actor` is named only as a modifier inside the unnamed person who opens the
    /// sentence of the verb at `verb` ("An Israeli military official", "A senior EU official").
    fn modifies_unnamed_opening(&self, verb: usize, actor: usize) -> bool {
        let sentence = self.sentence_range(verb);
        let Some(opening) = self.unnamed_speaker_opening(&sentence, verb + 1) else { return false };
        let first = self.actors.mentions.partition_point(|m| m.start_token < opening.start);
        self.actors.mentions[first..]
            .iter()
            .take_while(|m| m.start_token < opening.end)
            .any(|m| m.actor == actor && m.end_token < opening.end)
    }
}
