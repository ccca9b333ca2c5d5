//! What the attribution rules read around a quote: mentions at a token, pronouns and their
//! antecedents, sentences, labels that nobody speaks, headlines and the article's lead speaker.

use super::*;

/// How many sentences opening with the same pronoun a pronoun is followed back through.
const PRONOUN_CHAIN_SENTENCES: usize = 4;

/// What one step of pronoun resolution finds.
enum Resolved {
    Actor(usize),
    /// An earlier sentence opens with the same pronoun: resolve that one instead.
    SamePronoun(usize),
}

/// How many mentions before a token are looked at for one that encloses it.
const NESTED_MENTIONS: usize = 3;

/// How many words may stand before the noun of a phrase in apposition to a name ("the coast
/// guard's chief spokesman").
const APPOSITIVE_NOUN_TOKENS: usize = 6;

/// How far (in tokens) an opening clause's subordinator is looked for before a mention, and its
/// closing comma after it.
const OPENING_CLAUSE_REACH: usize = 16;

impl Attributor<'_, '_> {
    /// The mention that starts at `token`, if any.
    pub(super) fn mention_at(&self, token: usize) -> Option<&MentionRecord> {
        let i = self.actors.mentions.partition_point(|m| m.start_token < token);
        self.actors.mentions.get(i).filter(|m| m.start_token == token)
    }

    /// The mention covering `token`, if any; of nested mentions the outer one ("The Harbour
    /// Watch centre" rather than the state named inside it, "UK Harbour Watch").
    pub(super) fn mention_covering(&self, token: usize) -> Option<&MentionRecord> {
        let i = self.actors.mentions.partition_point(|m| m.start_token <= token);
        let before = self.actors.mentions.get(i.saturating_sub(NESTED_MENTIONS)..i).unwrap_or_default();
        before
            .iter()
            .filter(|m| token < m.end_token)
            .min_by_key(|m| (m.start_token, usize::MAX - m.end_token))
    }

    pub(super) fn pronoun(&self, token: usize) -> Option<Wanted> {
        let word = self.word(token).to_ascii_lowercase();
        match word.as_str() {
            "he" | "she" | "him" | "her" => Some(Wanted::Person(gender_of_pronoun(self.text, token))),
            "it" => Some(Wanted::Group { plural: false }),
            "they" | "them" => Some(Wanted::Group { plural: true }),
            _ => None,
        }
    }

    /// The actor a subject at `token` (a mention or a pronoun) stands for.
    pub(super) fn subject_at(&self, token: usize) -> Option<(usize, bool)> {
        if let Some(mention) = self.mention_covering(token) {
            return Some((mention.actor, false));
        }
        // "Bell: … and I told him, '…'": "I" in a paragraph a speaker's label opens is that
        // speaker.
        if self.text.is_word(token) && self.word(token) == "I" && !self.inside_quote(token) {
            return self.label_speaker_of_paragraph(token).map(|actor| (actor, true));
        }
        let wanted = self.pronoun(token)?;
        self.resolve_pronoun(token, wanted).map(|actor| (actor, true))
    }

    /// The person whose label ("Bell:") opens the paragraph of `token`, in a transcript or an
    /// interview.
    pub(super) fn label_speaker_of_paragraph(&self, token: usize) -> Option<usize> {
        let paragraph = self.text.tokens.get(token)?.paragraph();
        let start = self.text.paragraphs.get(paragraph)?.start;
        let mention = self.mention_at(start)?;
        (self.text.is_punct(mention.end_token, ':') && self.actors.kind_of(mention) == ActorKind::Person)
            .then_some(mention.actor)
    }

    pub(super) fn fits(&self, mention: &MentionRecord, wanted: Wanted) -> bool {
        let kind = self.actors.kind_of(mention);
        match wanted {
            Wanted::Person(gender) => {
                kind == ActorKind::Person
                    && (gender == Gender::Unknown
                        || self
                            .genders
                            .get(mention.actor)
                            .is_none_or(|&known| known == Gender::Unknown || known == gender))
            }
            // "In the capital, they write": a state is "it", never "they".
            // "Libyan forces had fired on what it called …": a body named by a plural noun is
            // "they", never "it".
            Wanted::Group { plural } => {
                !(matches!(kind, ActorKind::Person | ActorKind::Media)
                    || plural && kind == ActorKind::State
                    || !plural && self.named_in_the_plural(mention))
            }
        }
    }

    /// Whether a mention ends in a lower-case plural noun ("Libyan forces", "the security
    /// services"): its last word ends in "s", but not in "ss" or "us" ("the press", "the
    /// consensus").
    fn named_in_the_plural(&self, mention: &MentionRecord) -> bool {
        let Some(last) = mention.end_token.checked_sub(1) else { return false };
        let word = self.word(last);
        self.text.tokens.get(last).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
    }

    /// The subject of the nearest sentence before `token` (or of this sentence, before `token`)
    /// with a fitting actor outside quotes: its first fitting mention.
    pub(super) fn resolve_pronoun(&self, token: usize, wanted: Wanted) -> Option<usize> {
        // "He laid off staff. He said …": a sentence before that opens with the same pronoun
        // passes the question on to it, a bounded number of times.
        let mut token = token;
        for _ in 0..PRONOUN_CHAIN_SENTENCES {
            match self.resolve_pronoun_once(token, wanted)? {
                Resolved::Actor(actor) => return Some(actor),
                Resolved::SamePronoun(earlier) => token = earlier,
            }
        }
        None
    }

    /// The sentence opening at `sentence` with a personal pronoun of the gender `wanted` asks
    /// for ("He …" or "But he …" for a "he"): that pronoun's token.
    fn opening_same_pronoun(&self, sentence: &Range<usize>, wanted: Wanted) -> Option<usize> {
        let Wanted::Person(gender) = wanted else { return None };
        let mut first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        // "But he said …".
        if LEXICON.word_in(Words::ClauseConjunctions, self.text, first) {
            first += 1;
        }
        (gender != Gender::Unknown
            && first < sentence.end
            && !self.inside_quote(first)
            && self.pronoun(first) == Some(wanted))
        .then_some(first)
    }

    /// The nearest "his wife", "Gray's wife", "her husband", "the sister of the captain" (a
    /// possessive and a gendered noun, or a relative's noun before "of", that no mention covers)
    /// before `token` whose gender the pronoun wants.
    pub(super) fn relative_before(&self, token: usize, wanted: Wanted) -> Option<usize> {
        let Wanted::Person(gender) = wanted else { return None };
        let nouns = match gender {
            Gender::Male => Words::MaleTitles,
            Gender::Female => Words::FemaleTitles,
            Gender::Unknown => return None,
        };
        (token.saturating_sub(PRONOUN_REACH_TOKENS) + 1..token).rev().find(|&i| {
            LEXICON.word_in(nouns, self.text, i)
                && (LEXICON.word_in(Words::PossessiveDeterminers, self.text, i - 1)
                    || self.text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Possessive)
                    // "In Varn, the sister of the kidnapped captain urged": a relative named by
                    // whose they are after "of", opening a clause ("Haley is the daughter of
                    // immigrants" only describes Haley).
                    || self.text.is_word_ci(i - 1, "the")
                        && i.checked_sub(2).is_none_or(|j| !self.text.is_word(j))
                        && self.text.is_word_ci(i + 1, "of")
                        && LEXICON.word_in(Words::KinNouns, self.text, i))
                && self.mention_covering(i).is_none()
                // "Doe's sister, Ana,": a relative named right after the noun is a mention of
                // their own, found like any other.
                && !(self.text.is_punct(i + 1, ',') && self.mention_covering(i + 2).is_some())
                // "Bayu Nugroho, the squad's spokesman, said": a noun in apposition to a person
                // describes that person, no relative of theirs.
                && !self.in_apposition_to_person(i)
                // "told AFP that his brother's house had burned": a relative who only owns
                // something in the speaker's account is no one the pronoun means.
                && self.text.tokens.get(i + 1).is_none_or(|t| t.kind != TokenKind::Possessive)
                && !self.inside_quote(i)
                // "Doe said by telephone that his son had needed stitches": a relative told of in
                // the account after its sentence's speech verb is no one who speaks.
                && !self.after_speech_verb_in_sentence(i)
        })
    }

    /// Whether the noun at `noun` ends a short phrase set off by a comma right after a person's
    /// name ("Ana Vell, the agency's spokeswoman").
    fn in_apposition_to_person(&self, noun: usize) -> bool {
        let phrase_start = (noun.saturating_sub(APPOSITIVE_NOUN_TOKENS)..noun)
            .rev()
            .take_while(|&i| {
                self.text.is_word(i)
                    || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)
            })
            .last()
            .unwrap_or(noun);
        phrase_start
            .checked_sub(1)
            .filter(|&comma| self.text.is_punct(comma, ','))
            .and_then(|comma| comma.checked_sub(1))
            .and_then(|last| self.mention_covering(last))
            .is_some_and(|m| m.end_token + 1 == phrase_start && self.actors.kind_of(m) == ActorKind::Person)
    }

    /// Whether a speech verb outside quotation marks stands before `token` in its sentence.
    fn after_speech_verb_in_sentence(&self, token: usize) -> bool {
        let sentence = self.sentence_range(token);
        (sentence.start.max(token.saturating_sub(PRONOUN_REACH_TOKENS))..token)
            .any(|j| self.is_speech_verb(j) && !self.inside_quote(j))
    }

    fn resolve_pronoun_once(&self, token: usize, wanted: Wanted) -> Option<Resolved> {
        let sentence_index = self.text.tokens.get(token)?.sentence();
        let end_of_first = self.actors.mentions.partition_point(|m| m.start_token < token);
        let mut candidates = self.actors.mentions[..end_of_first].iter().rev().peekable();
        let relative = self.relative_before(token, wanted);
        // A named body speaking after `at`, nearer the pronoun than the unnamed one.
        let named_speaker_after = |at: usize| {
            self.actors.mentions[..end_of_first].iter().rev().take_while(|m| m.start_token > at).any(|m| {
                self.fits(m, wanted) && self.is_speech_verb(m.end_token) && !self.inside_quote(m.start_token)
            })
        };
        for back in 0..6 {
            let Some(sentence) = sentence_index.checked_sub(back).and_then(|s| self.text.sentences.get(s))
            else {
                break;
            };
            if back > 0
                && let Some(earlier) = self.opening_same_pronoun(sentence, wanted)
            {
                return Some(Resolved::SamePronoun(earlier));
            }
            // "The resolution, drafted by Britain and France, was adopted. It calls on Iran to
            // '…'": a sentence before that opens with a thing as its subject gives "it" that
            // thing, not a state named inside it; nobody is guessed.
            if back > 0 && wanted == (Wanted::Group { plural: false }) && self.opens_with_thing(sentence) {
                return None;
            }
            // "The report ranks Kessa first, which it describes as '…'", "The assessment notes
            // a rise. Research vessels, it says, have '…'": a published document that opens the
            // sentence (this one or one before) is what "it" means, not a state it names; nobody
            // is guessed here. (A statement opening it is its author's voice: "The statement
            // named the commander, who, it said, '…'" goes on to the body that issued it.)
            if wanted == (Wanted::Group { plural: false }) && self.opens_with_document(sentence) {
                return None;
            }
            // "There is no evidence they broke the law, the note says. But it describes …": so is a
            // document whose attribution closes the sentence before.
            if back > 0 && wanted == (Wanted::Group { plural: false }) && self.closes_with_document(sentence)
            {
                return None;
            }
            // "Late on Monday, the government spokesman said …. He urged citizens not to relay what
            // he called '…'": a person an earlier sentence's subject describes, unnamed, is whom
            // "he" or "she" means; nobody named before it is guessed.
            if back > 0
                && let Wanted::Person(gender) = wanted
                && let Some(head) = self.unnamed_definite_speaker(sentence)
                && self.unnamed_noun_agrees(head, gender)
            {
                return None;
            }
            // "Vessels, it says, have mapped the seabed": "it" set off by commas with its verb
            // is the subject of an earlier sentence, not a name in its own.
            let parenthetical = back == 0
                && wanted == (Wanted::Group { plural: false })
                && token > 0
                && self.text.is_punct(token - 1, ',')
                && self.is_speech_verb(token + 1)
                && self.text.is_punct(token + 2, ',');
            if parenthetical {
                continue;
            }
            let mut first_fitting = None;
            // "Prosecutor Jo Bell asked him why he needed a boat. '…,' he replied": the subject
            // who asked someone of the pronoun's gender is not whom it means; the one asked is
            // named nowhere near, so the pronoun stays open.
            let mut first_fitting_asked = false;
            // "…, Mizan said. It accused him of '…'": the speaker of an attribution that closes
            // an earlier sentence is whom its subject pronoun means, before anyone the sentence
            // only tells of.
            let mut closing_speaker = None;
            let mut possessive_fallback = None;
            let mut oblique_fallback = None;
            // "The state news agency said … what it called '…'": a medium that speaks in the
            // pronoun's own sentence is what "it" means; media are no speakers by pronoun, so
            // nobody is guessed from earlier sentences.
            let mut medium_speaks = false;
            // "China's coast guard gave its account. In a statement, it said …": "it" is the body
            // the possessor owns, which no actor covers; the owner is not guessed in its place.
            let mut body_owned = false;
            // "…, said Hanna Lind, a director at the forum. '…,' he said": a person of the other
            // gender speaks in the sentence right before; the pronoun is a slip or someone
            // unnamed, and nobody named earlier is guessed.
            let mut other_gender_speaks = false;
            // Within a sentence, only the last few dozen tokens count: a pronoun looks back to a
            // recent subject, and the bound keeps a megabyte-long "sentence" linear.
            let reach = sentence.start.max(token.saturating_sub(PRONOUN_REACH_TOKENS));
            // "In a statement carried by the agency Velta, it said", "Responding to a question from
            // Rita Lund, he said": in the pronoun's own sentence, a phrase that opens it with a
            // preposition or a participle does not name the subject the pronoun stands for.
            let opening_phrase_end =
                if back == 0 { self.opening_phrase_end(sentence.start, token) } else { None };
            // Mentions come sorted by start, then end: read backwards, the longest of those
            // starting at one token comes first ("U.S. Central Command" before the "U.S." in it).
            let mut previous_start = None;
            while let Some(mention) = candidates.peek() {
                if mention.start_token < reach {
                    break;
                }
                // A mention nested at the start of a longer one only modifies it.
                if previous_start.replace(mention.start_token) == Some(mention.start_token) {
                    candidates.next();
                    continue;
                }
                // "Norland sanctioned Vell Mining, which it said had …": the name a relative
                // pronoun right before the pronoun follows is what the relative pronoun means,
                // not the pronoun.
                if back == 0 && self.antecedent_of_relative_before(mention, token) {
                    candidates.next();
                    continue;
                }
                // "The UN children's agency UNICEF said": a body named before a noun for what the
                // next name is only says whose it is.
                if self.modifies_next_name(mention) {
                    candidates.next();
                    continue;
                }
                // A possessive ("Mr Nicolet's colleague, Dr Yusuf, told") modifies the subject
                // rather than being it; it counts only when nothing else fits.
                let possessive =
                    self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive);
                // "Solis and Kurtz have asked": two people named together are no "he" or "she".
                let coordinated = matches!(wanted, Wanted::Person(_)) && self.coordinated(mention);
                medium_speaks |= back == 0
                    && wanted == (Wanted::Group { plural: false })
                    && self.actors.kind_of(mention) == ActorKind::Media
                    && self.is_speech_verb(mention.end_token)
                    && !self.inside_quote(mention.start_token);
                let fits = self.fits(mention, wanted);
                other_gender_speaks |= back == 1
                    && !fits
                    && self.fits(mention, Wanted::Person(Gender::Unknown))
                    && !self.inside_quote(mention.start_token)
                    && self.speaks_as_subject_or_inverted(mention);
                if back > 0
                    && closing_speaker.is_none()
                    && fits
                    && self.closes_with_attribution(mention, sentence)
                {
                    closing_speaker = Some(mention.actor);
                }
                if !coordinated && fits && !self.inside_quote(mention.start_token) {
                    // "Doe spoke. His wife, Ana, … she said": a relative named after the person,
                    // of the pronoun's gender, may be whom it means; nobody is guessed.
                    if relative.is_some_and(|at| mention.start_token < at) {
                        return None;
                    }
                    // "Somalia's federal government welcomed the report …, which it said '…'": a
                    // part that speaks for its owner (a state's government, a force's unit) makes
                    // the owner the subject.
                    if possessive && wanted == (Wanted::Group { plural: false }) && self.owns_a_part(mention)
                    {
                        first_fitting = Some(mention.actor);
                    } else if possessive {
                        body_owned |=
                            wanted == (Wanted::Group { plural: false }) && self.owns_a_body(mention);
                        possessive_fallback = Some(mention.actor);
                    } else if self.oblique_mention(mention)
                        || self.in_opening_clause(mention, sentence)
                        || opening_phrase_end.is_some_and(|end| mention.end_token <= end)
                    {
                        // "Asked by moderator Jo Bell how …, Doe said": the object of a
                        // preposition is no subject; it counts only when no other fits.
                        // "… the system under the Obama administration. 'The attacks …,' they
                        // conclude": a body named only after a preposition is no "they".
                        if wanted != (Wanted::Group { plural: true }) {
                            oblique_fallback = oblique_fallback.or(Some(mention.actor));
                        }
                    } else {
                        first_fitting = Some(mention.actor);
                        first_fitting_asked = back > 0 && self.asked_the_pronouns_like(mention, wanted);
                    }
                }
                candidates.next();
            }
            // "Doe's plan means '…,' she says": in the pronoun's own sentence, a possessor is
            // what the words are about, not who says them; the search goes on to earlier ones.
            // Nor is the one who asked ("Asked by host Jo Bell whether …, she replied") or the
            // subject of an opening clause ("When Roe pressed her, she said").
            if back == 0 {
                possessive_fallback = None;
                oblique_fallback = None;
                if medium_speaks && first_fitting.is_none() {
                    return None;
                }
            }
            // "A senior police official, requesting anonymity, said … '…,' he said": a person
            // who speaks unnamed as the sentence's subject is whom "he" or "she" means.
            if let Wanted::Person(gender) = wanted
                && let Some(opening) = self.unnamed_speaker_opening(sentence, token)
                && self.unnamed_noun_agrees(opening.end - 1, gender)
            {
                return None;
            }
            // "… the ministry said in a statement. It said …": a body that speaks unnamed, nearer
            // than any named one that speaks, is what "it" stands for; nobody else is guessed.
            // "… the airline said. '…,' it said": when the noun refers back to a body named
            // before ("the regional carrier Norrvik Air"), "it" is that body.
            if wanted == (Wanted::Group { plural: false })
                && let Some(unnamed) = self.unnamed_body_speaking(reach..sentence.end.min(token))
                && !named_speaker_after(unnamed)
            {
                return self.definite_org_before(unnamed + 1).map(Resolved::Actor);
            }
            if first_fitting.is_none() && (body_owned || other_gender_speaks) || first_fitting_asked {
                return None;
            }
            // "Asked by Judge Jo Bell whether police objected, the officer said they did. '…,' he
            // said": when an earlier sentence's subject is a person unnamed who speaks, someone
            // named only after a preposition or as a possessor there is not whom "he" means; the
            // pronoun stays open.
            if back > 0
                && closing_speaker.is_none()
                && first_fitting.is_none()
                && (oblique_fallback.is_some() || possessive_fallback.is_some())
                && let Wanted::Person(gender) = wanted
                && let Some(head) = self.unnamed_subject_speaking(sentence)
                && self.unnamed_noun_agrees(head, gender)
            {
                return None;
            }
            if let Some(actor) =
                closing_speaker.or(first_fitting).or(possessive_fallback).or(oblique_fallback)
            {
                return Some(Resolved::Actor(actor));
            }
            if reach > sentence.start {
                break;
            }
        }
        None
    }

    /// Whether `mention` ends right before ", which" (or another word of
    /// [`Words::RelativePronouns`]) and the pronoun at `pronoun` follows that relative pronoun
    /// ("Vell Mining, which it said").
    fn antecedent_of_relative_before(&self, mention: &MentionRecord, pronoun: usize) -> bool {
        pronoun >= 2
            && mention.end_token == pronoun - 2
            && self.text.is_punct(pronoun - 2, ',')
            && LEXICON.word_in(Words::RelativePronouns, self.text, pronoun - 1)
    }

    /// Whether `mention` stands before a noun for a kind of body and then another name ("the UN
    /// children's agency UNICEF", "the U.S. security firm Mandiant"): at most three lower-case
    /// words or possessives between, the last of them a noun of [`Words::OrgNouns`].
    fn modifies_next_name(&self, mention: &MentionRecord) -> bool {
        /// How many tokens may stand between the two names.
        const BETWEEN_TOKENS: usize = 3;
        let end = mention.end_token;
        (end + 1..=end + BETWEEN_TOKENS).any(|next| {
            LEXICON.word_in(Words::OrgNouns, self.text, next - 1)
                && self.mention_at(next).is_some()
                && (end..next).all(|i| {
                    self.text.tokens.get(i).is_some_and(|t| {
                        t.kind == TokenKind::Possessive || t.kind == TokenKind::Word && !t.capitalised
                    })
                    // "Doe told broadcaster ZDF": a verb between the names makes the first one
                    // its subject, no modifier.
                    && !self.is_speech_verb(i)
                })
        })
    }

    /// Whether a mention is the subject of a speech verb right after it ("Lind said") or stands
    /// right after one that a comma opens (", said Lind").
    fn speaks_as_subject_or_inverted(&self, mention: &MentionRecord) -> bool {
        let start = mention.start_token;
        self.is_speech_verb(mention.end_token) && !self.word(mention.end_token).ends_with("ing")
            || start >= 2 && self.is_speech_verb(start - 1) && self.text.is_punct(start - 2, ',')
    }

    /// Whether `mention` speaks in an attribution that closes `sentence` after a comma: ", Mizan
    /// said." (a short adjunct may follow the verb: ", Mizan said on Monday.").
    fn closes_with_attribution(&self, mention: &MentionRecord, sentence: &Range<usize>) -> bool {
        /// How many tokens may follow the verb before the sentence's end.
        const ADJUNCT_TOKENS: usize = 4;
        let verb = mention.end_token;
        // (The length first: the words after the verb are read only when few.)
        sentence.end <= verb + 2 + ADJUNCT_TOKENS
            && mention.start_token > sentence.start
            && self.text.is_punct(mention.start_token - 1, ',')
            && !self.inside_quote(mention.start_token)
            && self.is_speech_verb(verb)
            && !self.word(verb).ends_with("ing")
            && (verb + 1..sentence.end).all(|i| self.text.is_word(i) || i + 1 == sentence.end)
    }

    /// Whether `sentence` opens with "The" and a published document ([`Words::PublishedNouns`],
    /// "The report", "The 40-page annual assessment"), a few plain words or a count before
    /// its noun, none of them a mention.
    fn opens_with_document(&self, sentence: &Range<usize>) -> bool {
        /// How many words may describe the document ("The 40-page annual report").
        const DOCUMENT_MODIFIERS: usize = 4;
        let first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        if !self.text.is_word_ci(first, "the") || self.inside_quote(first) {
            return false;
        }
        (first + 1..(first + 2 + DOCUMENT_MODIFIERS).min(sentence.end))
            .take_while(|&i| {
                self.mention_covering(i).is_none()
                    && (self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
                        || self.text.is_punct(i, '-')
                        || self
                            .text
                            .tokens
                            .get(i)
                            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised))
            })
            .any(|i| LEXICON.word_in_any(&[Words::PublishedNouns, Words::GenericDocumentNouns], self.text, i))
    }

    /// Whether `sentence` closes with a document's attribution: a comma, "the", a document's noun
    /// ([`Words::AuthoredNouns`], [`Words::PublishedNouns`], [`Words::GenericDocumentNouns`]) and
    /// a speech verb ("…, the note says.").
    fn closes_with_document(&self, sentence: &Range<usize>) -> bool {
        let last = sentence.end.saturating_sub(1);
        let verb = if self.text.is_word(last) { last } else { last.saturating_sub(1) };
        verb >= sentence.start + 3
            && self.is_speech_verb(verb)
            && !self.inside_quote(verb)
            && LEXICON.word_in_any(&Words::DOCUMENT_NOUNS, self.text, verb - 1)
            && self.text.is_word_ci(verb - 2, "the")
            && self.text.is_punct(verb - 3, ',')
    }

    /// Whether `sentence` opens with "The" and a lower-case noun that is no body, no person and no
    /// mention ("The resolution", "The report"), the subject of the sentence, and nobody speaks in
    /// it.
    fn opens_with_thing(&self, sentence: &Range<usize>) -> bool {
        let first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        let noun = first + 1;
        noun < sentence.end
            && self.text.is_word_ci(first, "the")
            && !self.inside_quote(first)
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.mention_covering(first).is_none()
            && self.mention_covering(noun).is_none()
            && LEXICON.org_head(self.text, noun).is_none()
            && !LEXICON.has(Words::UnnamedSpeakers, self.text.key(noun))
            && !LEXICON.word_in(Words::PersonalVoices, self.text, noun)
            // "The two sides", "The three parties": a count opens people, not a thing.
            && !LEXICON.word_in(Words::NumberWords, self.text, noun)
            && self.text.tokens.get(noun + 1).is_some_and(|t| t.kind != TokenKind::Possessive)
            // "The turboprop returned to base, the airline said": someone speaks in it.
            && !sentence.clone().any(|i| self.is_speech_verb(i) && !self.inside_quote(i))
    }

    /// Whether "he" or "she" (`gender`) may stand for the unnamed person whose noun is at `noun`:
    /// "a man" is no "she", "a woman" no "he"; most nouns for people say nothing of it.
    fn unnamed_noun_agrees(&self, noun: usize, gender: Gender) -> bool {
        let male = LEXICON.word_in_any(&[Words::MalePersonNouns, Words::MaleTitles], self.text, noun);
        let female = LEXICON.word_in_any(&[Words::FemalePersonNouns, Words::FemaleTitles], self.text, noun);
        match gender {
            Gender::Male => !female,
            Gender::Female => !male,
            Gender::Unknown => true,
        }
    }

    /// The unnamed person `sentence` opens with ("A senior police official in the city", "An
    /// analyst"), whose finite speech verb comes before `token`: "A" or "An", then within a few
    /// words a noun of [`Words::UnnamedSpeakers`] that no mention covers, and no person named
    /// between it and the verb. The tokens from "A" to the noun.
    pub(super) fn unnamed_speaker_opening(
        &self,
        sentence: &Range<usize>,
        token: usize,
    ) -> Option<Range<usize>> {
        let first = self.subject_after_fronted_phrase(sentence);
        // ("One diplomat with knowledge of the talks said": "one" introduces as "a" does.)
        if !LEXICON.word_in(Words::UnnamedSourceOpeners, self.text, first) || self.inside_quote(first) {
            return None;
        }
        let end = sentence.end.min(token);
        // ("A senior Saudi official": a state's people named by its adjective, which the actors
        // read as a mention of the state, are still one unnamed person: `unnamed_head`.)
        let noun = self.unnamed_head(first, end)?;
        // "A young man's voice tells her": the noun before a possessive heads nothing.
        if self.text.tokens.get(noun + 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return None;
        }
        // ("A man, who asked to be identified only as Peter, said": the relative clause's verb is
        // not the subject's.)
        // ("…, put it more bluntly." speaks as "said" does.)
        let verb = (noun + 1..end.min(noun + ATTRIBUTION_REACH_TOKENS)).find(|&i| {
            !self.inside_quote(i)
                && (self.is_speech_verb(i) && !self.word(i).ends_with("ing")
                    || self.text.is_word_ci(i, "put") && self.text.is_word_ci(i + 1, "it"))
                && !self.text.is_word_ci(i - 1, "who")
        })?;
        // "A Bundeswehr spokesman, Jan Stallberg, said": named in apposition, the person is no
        // longer unnamed ("One senior adviser to Mr Vell" names the one advised, not the source).
        (!(noun + 1..verb).any(|i| {
            self.mention_at(i).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person)
                && !LEXICON.word_in(Words::ObjectPrepositions, self.text, i - 1)
        }))
        .then_some(first..noun + 1)
    }

    /// Whether `mention` asks someone the pronoun could mean: a word of [`Words::AskingVerbs`] right
    /// after it, then "him" for a "he" or "her" for a "she" ("Jo Bell asked him why").
    fn asked_the_pronouns_like(&self, mention: &MentionRecord, wanted: Wanted) -> bool {
        // ("Jo Bell KC asked him": an honour's letters may stand between.)
        let asked = mention.end_token + usize::from(self.honour_letters(mention.end_token));
        let object = match wanted {
            Wanted::Person(Gender::Male) => "him",
            Wanted::Person(Gender::Female) => "her",
            _ => return false,
        };
        LEXICON.word_in(Words::AskingVerbs, self.text, asked) && self.text.is_word_ci(asked + 1, object)
    }

    /// The noun of a definite unnamed subject that speaks in `sentence` ("Asked by the judge, the
    /// officer said", "The detective told the court"): "the" where the subject starts, a noun of
    /// [`Words::UnnamedSpeakers`] within a few words, and a finite verb of speech right after it.
    fn unnamed_subject_speaking(&self, sentence: &Range<usize>) -> Option<usize> {
        /// How many tokens the question an opening participle sets before the subject may take.
        const QUESTION_TOKENS: usize = 30;
        let mut first = self.subject_after_fronted_phrase(sentence);
        // "Asked by the judge whether police objected to bail, the officer said": the question
        // ends at the first comma.
        if LEXICON.word_in(Words::AskingParticiples, self.text, first)
            && let Some(comma) = (first + 1..(first + QUESTION_TOKENS).min(sentence.end))
                .find(|&i| !self.inside_quote(i) && self.text.is_punct(i, ','))
        {
            first = comma + 1;
        }
        self.definite_unnamed_head_speaking(first, sentence.end)
    }

    /// Where the subject of `sentence` starts: after an opening phrase set off by a comma ("In a
    /// rare interview, a senior official said") and a focusing adverb ("Even a basketball fan
    /// outside the embassy said").
    pub(super) fn subject_after_fronted_phrase(&self, sentence: &Range<usize>) -> usize {
        /// How many tokens a fronted phrase before the subject may take ("In a rare interview,").
        const FRONTED_TOKENS: usize = 8;
        let mut first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        // "In a rare interview, a senior official said": a phrase opened by a preposition and
        // closed by a comma is set before the subject.
        if LEXICON.word_in(Words::ObjectPrepositions, self.text, first)
            && let Some(comma) = (first + 1..(first + FRONTED_TOKENS).min(sentence.end))
                .take_while(|&i| self.text.is_word(i) || self.text.is_punct(i, ','))
                .find(|&i| self.text.is_punct(i, ','))
        {
            first = comma + 1;
        } else if let Some(comma) = self.opening_phrase_end(sentence.start, sentence.end) {
            // ("In a video that circulated online on Wednesday, a man …": a longer opening
            // phrase, as the subject rules read it.)
            first = comma + 1;
        }
        if LEXICON.word_in(Words::SubjectFocusAdverbs, self.text, first) {
            first += 1;
        }
        first
    }

    /// `A senior diplomat familiar with the talks, who asked not to be named, said … "…," the
    /// diplomat said.`: the unnamed source a definite description ("the diplomat", `phrase`)
    /// names again, in the words that introduced it: the nearest of the sentences before that
    /// opens with "a" or "an" and the same noun for people, or that brings the source in after
    /// its verb ("…, said a Western diplomat in Aden who follows the talks"), with the words that
    /// describe them up to a comma or the verb ("familiar with the talks"). Words between "the"
    /// and the noun must be among those that introduced the source ("the former diplomat" for "a
    /// former Kessan diplomat"). None when the description is more than that, or when no such
    /// source was introduced.
    pub(super) fn definite_unnamed_antecedent(&self, span: &QuoteSpan, phrase: &str) -> Option<String> {
        /// How many sentences back the source may have been introduced.
        const SENTENCES_BACK: usize = 12;
        /// How many words may describe the source after its noun ("familiar with the report").
        const DESCRIBING_WORDS: usize = 6;
        /// How many words may stand between "the" and the noun ("the former senior diplomat").
        const MODIFIERS: usize = 2;
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let (Some((&determiner, rest)), Some(&noun)) = (words.split_first(), words.last()) else {
            return None;
        };
        let modifiers = &rest[..rest.len().saturating_sub(1)];
        if words.len() < 2
            || modifiers.len() > MODIFIERS
            || !determiner.eq_ignore_ascii_case("the")
            || !LEXICON.has(Words::UnnamedSpeakers, &noun.to_lowercase())
        {
            return None;
        }
        let sentence_index = self.text.tokens.get(span.open_token)?.sentence();
        (1..=SENTENCES_BACK)
            .find_map(|back| {
                let sentence = self.text.sentences.get(sentence_index.checked_sub(back)?)?;
                let (opening, inverted) = match self.unnamed_speaker_opening(sentence, sentence.end) {
                    Some(opening) => (opening, false),
                    None => match self.unnamed_source_after_verb(sentence) {
                        Some(opening) => (opening, true),
                        // "A western diplomat in Aden was blunter.": a source of the same noun that
                        // opens a nearer sentence with no verb of speech is the one named again, not
                        // one introduced before it.
                        None => {
                            return self.unnamed_subject_without_speech(sentence, noun, modifiers).map(Some);
                        }
                    },
                };
                if !self.word(opening.end - 1).eq_ignore_ascii_case(noun)
                    || !modifiers
                        .iter()
                        .all(|m| opening.clone().any(|i| self.word(i).eq_ignore_ascii_case(m)))
                {
                    return None;
                }
                // The words after the noun that describe the source, up to a comma or a verb ("in
                // Kessa's transitional government": a possessive among them).
                let end = self
                    .describing_words_end(opening.end..(opening.end + DESCRIBING_WORDS).min(sentence.end))
                    .unwrap_or(opening.end);
                // Only a description that ends the subject: a comma or the verb right after it; after
                // the verb, a relative clause or the sentence's end closes it too.
                let closed = self.text.is_punct(end, ',')
                    || self.is_speech_verb(end)
                    || inverted
                        && (end + 1 >= sentence.end
                            || LEXICON.word_in(Words::RelativePronouns, self.text, end));
                self.phrase(opening.start, if closed { end } else { opening.end }).map(Some)
            })
            .flatten()
    }

    /// Where the words that describe an unnamed source after its noun stop, within `reach`: at the
    /// first token that is no word or possessive, stands in a quote, is a verb of speech or a
    /// relative pronoun. `None` when all of `reach` describes.
    fn describing_words_end(&self, reach: Range<usize>) -> Option<usize> {
        reach.into_iter().find(|&i| {
            !(self.text.is_word(i)
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive))
                || self.inside_quote(i)
                || self.is_speech_verb(i)
                || LEXICON.word_in(Words::RelativePronouns, self.text, i)
        })
    }

    /// The unnamed person of the noun `noun` (with `modifiers` among the words before it) that
    /// opens `sentence` as its subject with no verb of speech ("A western diplomat in Aden was
    /// blunter about the consequences."), in words: the determiner to the noun, and the words that
    /// describe it up to a comma, or else a place after "in", "at" or "from" in capitals. `None`
    /// when the sentence opens otherwise.
    fn unnamed_subject_without_speech(
        &self,
        sentence: &Range<usize>,
        noun: &str,
        modifiers: &[&str],
    ) -> Option<String> {
        /// How many words a place after the noun takes at most ("in Port Vell").
        const PLACE_WORDS: usize = 3;
        let first = self.subject_opening(sentence.start);
        // "A statement was read out at the gate": a document is brought in as it is, not spoken by.
        let key = noun.to_lowercase();
        let document = LEXICON.has(Words::AuthoredNouns, &key) || LEXICON.has(Words::PublishedNouns, &key);
        if document
            || !LEXICON.word_in(Words::UnnamedSourceOpeners, self.text, first)
            || self.inside_quote(first)
        {
            return None;
        }
        let head = self.unnamed_head(first, sentence.end)?;
        if !self.word(head).eq_ignore_ascii_case(noun)
            || !modifiers.iter().all(|m| (first..head).any(|i| self.word(i).eq_ignore_ascii_case(m)))
        {
            return None;
        }
        /// How many words may describe the source after its noun ("involved in the talks"), its
        /// comma counted.
        const DESCRIBING_TOKENS: usize = 7;
        let mut end = head + 1;
        // "A European diplomat involved in the talks, who asked not to be named, summed up …":
        // the words up to a comma describe the source.
        let described = self.describing_words_end(end..(end + DESCRIBING_TOKENS).min(sentence.end));
        if let Some(comma) = described.filter(|&i| self.text.is_punct(i, ',')) {
            end = comma;
        } else if LEXICON.word_in(Words::SourcePlacePrepositions, self.text, end) {
            let place_end = (end + 1..(end + 1 + PLACE_WORDS).min(sentence.end))
                .take_while(|&i| {
                    self.text.tokens[i].kind == TokenKind::Word && self.text.tokens[i].capitalised
                })
                .last();
            if let Some(last) = place_end {
                end = last + 1;
            }
        }
        self.phrase(first, end)
    }

    /// The noun that heads an unnamed source opened by the determiner at `first` ("a", "an",
    /// "one"), before `end`: within five words, a lower-case noun of [`Words::UnnamedSpeakers`]
    /// that no mention covers (a state's adjective after the determiner may: "A senior Saudi
    /// official"), the last of a run of them ("A senior police official").
    pub(super) fn unnamed_head(&self, first: usize, end: usize) -> Option<usize> {
        /// How many words after the determiner the noun may stand ("a senior Western diplomat").
        const NOUN_REACH: usize = 5;
        let unnamed_noun = |i: usize| {
            LEXICON.word_in(Words::UnnamedSpeakers, self.text, i)
                && self.text.tokens.get(i).is_some_and(|t| !t.capitalised)
                && self
                    .mention_covering(i)
                    .is_none_or(|m| m.start_token > first && self.actors.kind_of(m) == ActorKind::State)
        };
        let mut noun = (first + 1..(first + 1 + NOUN_REACH).min(end)).find(|&i| unnamed_noun(i))?;
        while noun + 1 < end && unnamed_noun(noun + 1) {
            noun += 1;
        }
        Some(noun)
    }

    /// The unnamed source a sentence brings in after its verb of speech ("…, said a Western
    /// diplomat in Aden who follows the talks"): "a", "an" or "one" right after a finite verb of
    /// speech outside quotes that follows a comma or a quote mark, near the sentence's end, then
    /// within a few words a noun of [`Words::UnnamedSpeakers`] that no mention covers. Returns the
    /// tokens from the determiner to the noun.
    fn unnamed_source_after_verb(&self, sentence: &Range<usize>) -> Option<Range<usize>> {
        /// How many tokens before the sentence's end the verb is looked for: the source comes late
        /// in its sentence, and a megabyte-long "sentence" read again for every later quote would
        /// cost the square of the text.
        const VERB_REACH_TOKENS: usize = 60;
        (sentence.end.saturating_sub(VERB_REACH_TOKENS).max(sentence.start)..sentence.end).find_map(|verb| {
            let first = verb + 1;
            // The inversion follows what is said: a comma or a quote mark right before the verb
            // ("…, said a diplomat"; not "the museum issued a statement").
            let after_said = verb > sentence.start
                && (self.text.is_punct(verb - 1, ',') || self.text.is_quote_mark(verb - 1));
            if !after_said
                || !self.is_speech_verb(verb)
                || self.word(verb).ends_with("ing")
                || self.inside_quote(verb)
                || !LEXICON.word_in(Words::UnnamedSourceOpeners, self.text, first)
            {
                return None;
            }
            let noun = self.unnamed_head(first, sentence.end)?;
            Some(first..noun + 1)
        })
    }

    /// `A senior officer, who asked not to be named, said … "…," he said.`: the unnamed person
    /// whom a "he" or "she" right after the quote stands for, in words ("A senior officer"),
    /// when that person opened one of the two sentences before and nobody was named since.
    pub(super) fn unnamed_antecedent(&self, span: &QuoteSpan) -> Option<String> {
        let after = span.close_token + 1 + usize::from(self.text.is_punct(span.close_token + 1, ','));
        let Some(Wanted::Person(gender)) = self.pronoun(after) else { return None };
        if !self.is_speech_verb(after + 1) {
            return None;
        }
        let sentence_index = self.text.tokens.get(span.open_token)?.sentence();
        (1..=2).find_map(|back| {
            let sentence = self.text.sentences.get(sentence_index.checked_sub(back)?)?;
            let opening = self.unnamed_speaker_opening(sentence, span.open_token)?;
            // Within reach of the quote, so that a megabyte-long sentence stays linear.
            if span.open_token.saturating_sub(opening.end) > PRONOUN_REACH_TOKENS {
                return None;
            }
            // "A UN panel of experts reported …": the noun after "of" is no head of the phrase,
            // and a plural noun is no "he" or "she".
            let noun = opening.end - 1;
            let word = self.word(noun).to_lowercase();
            let plural =
                word.strip_suffix('s').is_some_and(|singular| LEXICON.has(Words::UnnamedSpeakers, singular));
            if plural || self.text.is_word_ci(noun - 1, "of") || !self.unnamed_noun_agrees(noun, gender) {
                return None;
            }
            let named_since = (opening.end..span.open_token).any(|i| {
                !self.inside_quote(i)
                    && self.mention_at(i).is_some_and(|m| self.actors.kind_of(m) == ActorKind::Person)
            });
            // "A spokesman for the Federal Ministry of the Interior told …": the body the person
            // speaks for belongs to the words that name them.
            let end = self.body_spoken_for(opening.end).unwrap_or(opening.end);
            (!named_since).then(|| self.phrase(opening.start, end)).flatten()
        })
    }

    /// Where a body named right after an unnamed person's noun ends ("a spokesman | for the
    /// Interior Ministry", "an official | with the Kell Party"): "for", "of" or "with", perhaps
    /// "the", and a mention of a body, not of a person.
    fn body_spoken_for(&self, after_noun: usize) -> Option<usize> {
        if !["for", "of", "with"].iter().any(|w| self.text.is_word_ci(after_noun, w)) {
            return None;
        }
        let start =
            if self.text.is_word_ci(after_noun + 1, "the") && self.mention_at(after_noun + 1).is_none() {
                after_noun + 2
            } else {
                after_noun + 1
            };
        self.mention_at(start).filter(|m| self.actors.kind_of(m) != ActorKind::Person).map(|m| m.end_token)
    }

    /// The last body named only by a noun that speaks in `range` ("the ministry said", "the
    /// defence ministry told", "Colombia's ombudsman's office, which monitors rights, said"):
    /// "the" or a possessor, perhaps a modifier, an organisation's head noun no mention covers,
    /// and a finite speech verb, perhaps after a relative clause between commas.
    fn unnamed_body_speaking(&self, range: Range<usize>) -> Option<usize> {
        let opens = |i: usize| {
            self.text.is_word_ci(i, "the")
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)
        };
        range.rev().find(|&noun| {
            noun >= 1
                && (LEXICON.org_head(self.text, noun).is_some()
                    || LEXICON.word_in(Words::OrgNouns, self.text, noun))
                && self.text.tokens.get(noun).is_some_and(|t| !t.capitalised)
                && self.mention_covering(noun).is_none()
                && (opens(noun - 1)
                    || noun >= 2
                        && opens(noun - 2)
                        && self
                            .text
                            .tokens
                            .get(noun - 1)
                            .is_some_and(|t| !t.capitalised && t.kind == TokenKind::Word))
                && self.finite_speech_verb_after_noun(noun)
                && !self.inside_quote(noun)
        })
    }

    /// Whether a finite speech verb follows the noun at `noun`: right after it, or after a
    /// relative clause set off by commas ("the office, which monitors rights, said").
    fn finite_speech_verb_after_noun(&self, noun: usize) -> bool {
        /// How many plain words may name the body's field after "of" ("of the interior").
        const FIELD_WORDS: usize = 2;
        /// How many tokens such a clause spans at most.
        const RELATIVE_TOKENS: usize = 20;
        let finite = |i: usize| self.is_speech_verb(i) && !self.word(i).ends_with("ing");
        // "the ministry of the interior said": a plain word or two after "of" (and "the") name
        // the body's field.
        let field_end = self.text.is_word_ci(noun + 1, "of").then(|| {
            let first = noun + 2 + usize::from(self.text.is_word_ci(noun + 2, "the"));
            (first..first + FIELD_WORDS)
                .take_while(|&i| {
                    self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                        && self.mention_covering(i).is_none()
                        && !self.is_speech_verb(i)
                })
                .last()
        });
        finite(noun + 1)
            || field_end.flatten().is_some_and(|last| finite(last + 1))
            || self.text.is_punct(noun + 1, ',')
                && LEXICON.word_in(Words::RelativePronouns, self.text, noun + 2)
                && (noun + 3..noun + 3 + RELATIVE_TOKENS)
                    .take_while(|&i| !self.inside_quote(i) && !self.is_quote_mark(i))
                    .find(|&i| self.text.is_punct(i, ','))
                    .is_some_and(|comma| finite(comma + 1))
    }

    /// Whether `mention` is joined to another by "and" or "or" ("Solis and Kurtz").
    fn coordinated(&self, mention: &MentionRecord) -> bool {
        let joiner = |i: usize| self.text.is_word_ci(i, "and") || self.text.is_word_ci(i, "or");
        let end = mention.end_token;
        (joiner(end) && self.mention_at(end + 1).is_some())
            || mention.start_token.checked_sub(1).is_some_and(|before| {
                joiner(before)
                    && before
                        .checked_sub(1)
                        .and_then(|last| self.mention_covering(last))
                        .is_some_and(|m| m.end_token == before)
            })
    }

    /// Whether `mention` is inside a subordinate clause that opens its sentence, or opens after
    /// an opening phrase and its comma ("Late on, when Roe cut him off, Doe walked out"): the
    /// clause ends at a comma, and the sentence's subject comes after it.
    fn in_opening_clause(&self, mention: &MentionRecord, sentence: &Range<usize>) -> bool {
        let opener = (sentence.start..mention.start_token).rev().take(OPENING_CLAUSE_REACH).find(|&i| {
            self.text.is_punct(i, ',')
                || self.text.is_punct(i, ';')
                || LEXICON.word_in(Words::Subordinators, self.text, i)
        });
        let Some(opener) = opener.filter(|&i| self.text.is_word(i)) else { return false };
        let opens = opener == sentence.start
            || opener.checked_sub(1).is_some_and(|before| {
                self.text.is_punct(before, ',') || before == sentence.start && !self.text.is_word(before)
            });
        opens
            && (mention.end_token..sentence.end.min(mention.end_token + OPENING_CLAUSE_REACH))
                .any(|i| self.text.is_punct(i, ','))
    }

    /// Whether `mention` is the object of a preposition, a lower-case title between them
    /// allowed ("by moderator Jo Bell", "with the senator").
    /// "For Jo Bell, the plan …" opens with a preposition that names whose view follows: not
    /// oblique; "In Washington, …" opens with a place, which is.
    fn oblique_mention(&self, mention: &MentionRecord) -> bool {
        let start = mention.start_token;
        let opens_sentence = |i: usize| self.text.tokens.get(i).is_some_and(|t| t.sentence_start);
        let preposition = if self.after_object_preposition(start) {
            Some(start - 1 - usize::from(self.text.is_word_ci(start - 1, "the")))
        } else {
            (start >= 2
                && self
                    .text
                    .tokens
                    .get(start - 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && LEXICON.word_in(Words::ObjectPrepositions, self.text, start - 2))
            .then(|| start - 2)
        };
        // "In Washington, the agency said": a place the sentence opens with is where, not who.
        preposition
            .is_some_and(|i| !opens_sentence(i) || LEXICON.word_in(Words::LocativePrepositions, self.text, i))
    }

    /// Whether the possessive `mention` owns a part through which it speaks itself, named by plain
    /// words after it ("Somalia's federal government", "the agency's cyber unit"): within three
    /// lower-case words, a noun of [`Words::OrgPartNouns`].
    fn owns_a_part(&self, mention: &MentionRecord) -> bool {
        self.plain_words_after(mention).any(|i| LEXICON.word_in(Words::OrgPartNouns, self.text, i))
    }

    /// The lower-case words no mention covers right after `mention`, three at most.
    fn plain_words_after(&self, mention: &MentionRecord) -> impl Iterator<Item = usize> + '_ {
        let first = mention.end_token + 1;
        (first..first + 3).take_while(|&i| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.mention_covering(i).is_none()
        })
    }

    /// Whether the possessive `mention` owns a body named by plain words after it ("China's coast
    /// guard", "Mali's defence ministry"): within three lower-case words, an organisation's head
    /// noun that is not one of the parts through which an owner speaks itself ("its government",
    /// "its cyber unit").
    fn owns_a_body(&self, mention: &MentionRecord) -> bool {
        self.plain_words_after(mention).any(|i| {
            (LEXICON.org_head(self.text, i).is_some() || LEXICON.word_in(Words::OrgNouns, self.text, i))
                && !LEXICON.word_in(Words::OrgPartNouns, self.text, i)
        })
    }

    /// The token range of the sentence around a quote's opening and closing marks.
    pub(super) fn sentence_range(&self, token: usize) -> Range<usize> {
        self.text.sentence_of(token)
    }

    /// A label, title or scare quote nobody speaks.
    pub(super) fn is_label(&self, span: &QuoteSpan) -> bool {
        if self.is_title_of_work(span) {
            return true;
        }
        let previous_word = span.open_token.checked_sub(1).map(|i| self.word(i).to_ascii_lowercase());
        if previous_word.is_some_and(|w| LEXICON.has(Words::LabelIntroducers, &w)) {
            return true;
        }
        if span.open_token >= 2
            && self.text.is_word_ci(span.open_token - 2, "known")
            && self.text.is_word_ci(span.open_token - 1, "as")
        {
            return true;
        }
        // Short Title Case ("America First", "Axis of Evil") with no speech verb around it.
        let words: Vec<usize> =
            (span.open_token + 1..span.close_token).filter(|&i| self.text.is_word(i)).collect();
        if words.is_empty() || words.len() > 5 {
            return false;
        }
        let title_case = words.iter().all(|&i| {
            self.text.tokens[i].capitalised || LEXICON.word_in(Words::LabelFunctionWords, self.text, i)
        }) && self.text.tokens.get(words[0]).is_some_and(|t| t.capitalised);
        let last_inside = span.close_token.saturating_sub(1);
        let stop_at =
            |i: usize| self.text.is_punct(i, '.') || self.text.is_punct(i, '!') || self.text.is_punct(i, '?');
        if !title_case || (span.open_token + 1..span.close_token).any(stop_at) {
            return false;
        }
        // Right after "as" or a lower-case noun ("tracks it as "Blue Finch"", "hacker group "Blue
        // Finch""), a short name of two words or more in quotation marks (one word there is as
        // often a partial quote: called him a "traitor") is what something is called, whatever verb of
        // speech the sentence has; a comma as the last mark inside is the American placement of
        // the sentence's own comma ("…as "Blue Finch," which…").
        let commas_inside = (span.open_token + 1..last_inside).any(|i| self.text.is_punct(i, ','));
        if let Some(before) = span.open_token.checked_sub(1)
            && !commas_inside
            && words.len() >= 2
            && self.text.is_word(before)
            && !self.text.tokens[before].capitalised
            && !self.is_speech_verb(before)
            && self.text.tokens[before].end_byte() < self.text.tokens[span.open_token].start_byte()
        {
            return true;
        }
        if commas_inside || self.text.is_punct(last_inside, ',') {
            return false;
        }
        let sentence = self.sentence_range(span.open_token);
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let to = sentence.end.min(span.close_token + ATTRIBUTION_REACH_TOKENS);
        !(from..to).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
    }

    /// Whether a paragraph is an item of a bulleted or numbered list ("- Upgrading …", "• …",
    /// "2. …").
    pub(super) fn is_list_item(&self, paragraph: usize) -> bool {
        let Some(range) = self.text.paragraphs.get(paragraph) else { return false };
        let first = range.start;
        let marker = self.text.tokens.get(first).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.word(first), "-" | "•" | "*" | "–" | "—" | "·");
        let numbered = self.text.tokens.get(first).is_some_and(|t| t.kind == TokenKind::Number)
            && (self.text.is_punct(first + 1, '.') || self.text.is_punct(first + 1, ')'));
        marker || numbered
    }

    /// Whether `paragraph` is a list item and every paragraph after `earlier` up to it is one too:
    /// the list goes on from `earlier` (its introduction or an earlier item) without a break.
    pub(super) fn list_continues(&self, earlier: usize, paragraph: usize) -> bool {
        earlier < paragraph && (earlier + 1..=paragraph).all(|p| self.is_list_item(p))
    }

    /// A first paragraph that reads as a headline: short, no closing punctuation.
    pub(super) fn is_headline(&self, paragraph: usize) -> bool {
        let headline = crate::extract::headline::headline_paragraph(self.text);
        if paragraph != headline || self.text.paragraphs.len() < headline + 2 {
            return false;
        }
        let Some(range) = self.text.paragraphs.get(headline) else { return false };
        let last = range.end.saturating_sub(1);
        range.len() <= 20
            && !(self.text.is_punct(last, '.')
                || self.text.is_punct(last, '!')
                || self.text.is_punct(last, '?'))
    }

    /// The subject of the first speech verb of the article body, outside quotes: whom a headline's
    /// quoted words usually belong to.
    pub(super) fn first_speaker_of_article(&self) -> Option<usize> {
        let body = self.text.paragraphs.get(1)?.start;
        let sentences = self.text.tokens.get(body)?.sentence();
        for sentence in self.text.sentences.iter().skip(sentences).take(4) {
            for index in sentence.start..sentence.end.min(sentence.start + ATTRIBUTION_REACH_TOKENS) {
                if self.inside_quote(index) || !self.is_speech_verb(index) {
                    continue;
                }
                // "Police detained a tanker, and a spokeswoman for the operator said …": a clause
                // joined by a comma and a conjunction has a subject of its own.
                let floor = self.coordinated_clause_start(sentence.start, index).unwrap_or(sentence.start);
                let found = self
                    .subject_before_verb(floor, index)
                    .or_else(|| self.subject_after_verb(index + 1, sentence.end));
                if let Some((actor, _)) = found {
                    return Some(actor);
                }
                // "…, Vell's two intelligence agencies said in their report": the first verb's
                // subject is in plain words; a speaker named later is not the headline's.
                if index > floor && self.plain_noun(index - 1) {
                    return None;
                }
            }
        }
        None
    }

    /// Whether the quote `span`, opening its paragraph, goes on with the words of the quote that
    /// closed at `previous_close` in the paragraph right before: that quote's sentence (or a short
    /// attribution after it) ends its paragraph, and the new paragraph attributes nothing itself
    /// (no speech verb or "according to" outside its quotes).
    pub(super) fn continues_speech(&self, previous_close: usize, span: &QuoteSpan) -> bool {
        let Some(paragraph) = self.text.tokens.get(span.open_token).map(|t| t.paragraph()) else {
            return false;
        };
        let (Some(earlier), Some(range)) = (
            paragraph.checked_sub(1).and_then(|p| self.text.paragraphs.get(p)),
            self.text.paragraphs.get(paragraph),
        ) else {
            return false;
        };
        if range.start != span.open_token || !earlier.contains(&previous_close) {
            return false;
        }
        // After the earlier quote's sentence, at most one short sentence, with a speech verb.
        let quote_sentence_end = self.sentence_range(previous_close).end;
        if quote_sentence_end < earlier.end {
            let tail = self.sentence_range(quote_sentence_end);
            let attribution_only = tail.end >= earlier.end
                && tail.len() <= 10
                && (tail.start..tail.end).any(|i| self.is_speech_verb(i));
            if !attribution_only {
                return false;
            }
        }
        // Reading stops at a bound: a megabyte-long paragraph is not a continuation.
        range.len() <= 4 * ATTRIBUTION_REACH_TOKENS
            && !(range.start..range.end)
                .any(|i| !self.inside_quote(i) && (self.is_speech_verb(i) || self.is_according_to(i)))
    }
}
