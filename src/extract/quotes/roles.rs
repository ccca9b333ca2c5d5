//! Described people named before by their role: `"…," the 52-year-old detective said` after
//! "Detective Chief Superintendent Jo Bell … said", or `the militia commander said` after "Ana
//! Berg, a commander of the Kell Guard, said": a definite description whose head noun is the role
//! the article gave a person it named a few sentences before is that person.

use super::*;

/// How many sentences before the description's own the person may be named.
const ROLE_SENTENCES: usize = 3;
/// How many tokens before the description the person may be named at most, so that a
/// megabyte-long "sentence" stays linear.
const ROLE_REACH_TOKENS: usize = 400;
/// How many words before a name its title may span ("Detective Chief Superintendent Jo Bell").
const TITLE_TOKENS: usize = 5;
/// How many tokens after a name's comma its role may stand ("Ana Berg, a senior commander").
const APPOSITIVE_TOKENS: usize = 5;
/// How many tokens an age before the description's words spans at most ("52", "-", "year", "-",
/// "old").
pub(super) const AGE_TOKENS: usize = 5;

/// Whether a described speaker is only a determiner and an age ("the 67-year-old", "the 67 year
/// old"), which says nothing of who speaks.
pub(super) fn only_an_age(phrase: &str) -> bool {
    let words: Vec<String> = phrase.split_whitespace().map(str::to_ascii_lowercase).collect();
    let age_word = |w: &String| {
        w.chars().all(|c| c.is_ascii_digit() || c == '-')
            || ["year", "years", "old", "-old", "year-old", "-year-old"].contains(&w.as_str())
            || w.strip_suffix("-year-old").is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    };
    words.len() >= 2
        && LEXICON.has(Words::SpeakerDeterminers, &words[0])
        && words[1..].iter().all(age_word)
        && words.last().is_some_and(|w| w.ends_with("old"))
}

impl Attributor<'_, '_> {
    /// The person a definite description of `phrase` names again: "the", perhaps an age
    /// ("52-year-old"), plain words and a head noun, right before a speech verb in the quote's
    /// sentence, where the nearest person named in the [`ROLE_SENTENCES`] sentences before with
    /// that noun in their title or in the appositive after their name is that person. `None` when
    /// no person near is given that role: the description stays in words.
    pub(super) fn person_of_described_role(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let head = phrase.split_whitespace().last()?.to_ascii_lowercase();
        // "the 67-year-old said": an age alone, a number token, names again as an age does.
        let bare_age = head.ends_with("-year-old");
        if !bare_age && !self.plain_head_word(&head) {
            return None;
        }
        // Within reach of the quote, so that a megabyte-long "sentence" stays linear.
        let from = self
            .sentence_range(span.open_token)
            .start
            .max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let closing = self.sentence_range(span.close_token);
        let to = closing.end.min(span.close_token + ATTRIBUTION_REACH_TOKENS);
        let head_at = (from..to).find(|&i| {
            !self.inside_quote(i)
                && (self.text.is_word(i) && self.text.key(i) == head
                    || bare_age && self.text.token_text(i).eq_ignore_ascii_case(&head))
                && ((i + 1..(i + 3).min(closing.end)).any(|v| self.is_speech_verb(v))
                    || self.passive_quoted_as_saying(i + 2))
        })?;
        let (start, aged) = self.definite_description_start(head_at)?;
        let floor = self.role_floor(start)?;
        let mut people = self.people_named_between(floor, start);
        // "said Ivo Marr, 38, a boat captain. … '…,' the 38-year-old said": the age the name was
        // given names that person again, whoever spoke in between.
        if aged
            && let Some(age) = self.age_digits(start..head_at + 1)
            && let Some(given) = people.clone().find(|m| self.named_with_age(m, age))
        {
            return Some(given.actor);
        }
        let nearest = people.next()?;
        // "Spokesman Jo Bell said …. A spokesman said …. '…,' the spokesman said": a newcomer with
        // the same noun after the person is the one described.
        let noun_between = |m: &MentionRecord| {
            (self.text.sentence_of(m.start_token).end.max(floor)..start)
                .any(|i| !self.inside_quote(i) && self.text.is_word(i) && self.text.key(i) == head)
        };
        if noun_between(nearest) {
            return None;
        }
        if self.has_role(nearest, &head) {
            return Some(nearest.actor);
        }
        // "Colonel Ana Berg said …. '…,' the 48-year-old commander said": an age names again the
        // person last named, when that person opens their sentence.
        // So does one who speaks right after being named, after an adverbial ("On Tuesday, in a
        // speech, Gen. Ana Vell said …").
        // An age alone ("the 67-year-old said") says less: only one who speaks right after being
        // named ("Ivo Marr said"), not a name opening a caption ("Ana Bell via Getty Images").
        let speaks = self.is_speech_verb(nearest.end_token);
        if aged && (speaks || !bare_age && self.opens_sentence(nearest)) {
            return Some(nearest.actor);
        }
        people.find(|m| self.has_role(m, &head)).filter(|m| !noun_between(m)).map(|m| m.actor)
    }

    /// The head noun of the unnamed spokesperson or official `sentence` opens with as the subject
    /// of a verb of speech, described with "the" ("Late on Monday, the government spokesman said"),
    /// when no person named in the [`ROLE_SENTENCES`] sentences before is given that role (then the
    /// description names them again: [`Self::person_of_described_role`]).
    pub(super) fn unnamed_definite_speaker(&self, sentence: &Range<usize>) -> Option<usize> {
        let first = self.subject_after_fronted_phrase(sentence);
        let head = self.definite_unnamed_head_speaking(first, sentence.end)?;
        let key = self.text.key(head);
        // Only a spokesperson or an official: "the agency head said" may name again a person
        // given another word for the role ("Ana Vell, the agency's chief").
        if !super::spokespeople::voice_noun(key) {
            return None;
        }
        let floor = self.role_floor(first)?;
        let role_given = self.people_named_between(floor, first).any(|m| self.has_role(m, key));
        (!role_given).then_some(head)
    }

    /// The head noun of a subject opened by "the" at `first` that names an unnamed person ("the
    /// officer", "the government spokesman") and speaks: a noun of [`Words::UnnamedSpeakers`]
    /// before `end` ([`Self::unnamed_head`]) and a finite verb of speech right after it, outside
    /// quotes.
    pub(super) fn definite_unnamed_head_speaking(&self, first: usize, end: usize) -> Option<usize> {
        if !self.text.is_word_ci(first, "the") || self.inside_quote(first) {
            return None;
        }
        let head = self.unnamed_head(first, end)?;
        let verb = head + 1;
        (self.is_speech_verb(verb) && !self.word(verb).ends_with("ing") && !self.inside_quote(verb))
            .then_some(head)
    }

    /// Where the look back from `start` for a person given a role stops: [`ROLE_SENTENCES`]
    /// sentences before, and no more than [`ROLE_REACH_TOKENS`] tokens.
    fn role_floor(&self, start: usize) -> Option<usize> {
        let first_sentence = self.text.tokens.get(start)?.sentence().saturating_sub(ROLE_SENTENCES);
        Some(self.text.sentences.get(first_sentence)?.start.max(start.saturating_sub(ROLE_REACH_TOKENS)))
    }

    /// The people named outside quotes from `floor` up to `start`, the nearest first.
    fn people_named_between(
        &self,
        floor: usize,
        start: usize,
    ) -> impl Iterator<Item = &MentionRecord> + Clone + '_ {
        let before = self.actors.mentions.partition_point(|m| m.start_token < start);
        self.actors.mentions[..before].iter().rev().take_while(move |m| m.start_token >= floor).filter(
            move |m| {
                m.end_token <= start
                    && self.actors.kind_of(m) == ActorKind::Person
                    && !self.inside_quote(m.start_token)
            },
        )
    }

    /// Whether `head` is a lower-case noun that may name a role (no pronoun or determiner).
    fn plain_head_word(&self, head: &str) -> bool {
        head.chars().all(|c| c.is_alphabetic() || c == '-') && !LEXICON.has(Words::SpeakerDeterminers, head)
    }

    /// Where the definite description whose head noun is at `head` opens ("the", then perhaps an
    /// age, then plain lower-case words up to the head), and whether it gives an age. `None` when
    /// no "the" opens it.
    fn definite_description_start(&self, head: usize) -> Option<(usize, bool)> {
        let plain = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.mention_covering(i).is_none()
                && !self.inside_quote(i)
        };
        let mut start = head;
        let mut aged = self.age_glued(head);
        while start > 0 && head - start < 3 && plain(start - 1) && !self.text.is_word_ci(start - 1, "the") {
            start -= 1;
            aged |= self.age_glued(start);
        }
        let mut before_age = start;
        while before_age > 0 && start - before_age < AGE_TOKENS && self.age_token(before_age - 1) {
            before_age -= 1;
        }
        aged |= before_age < start;
        let article = before_age.checked_sub(1)?;
        self.text.is_word_ci(article, "the").then_some((article, aged))
    }

    /// Whether token `i` gives a whole age in one: "52-year-old" (a number token), or a word
    /// glued to one.
    pub(super) fn age_glued(&self, i: usize) -> bool {
        self.text.token_text(i).to_ascii_lowercase().ends_with("-year-old")
    }

    /// Whether token `i` is part of an age: a number, a hyphen, the words "year" and "old", or an
    /// age given in one token ("52-year-old", "52 year old", "52-year old").
    pub(super) fn age_token(&self, i: usize) -> bool {
        self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
            || self.text.is_punct(i, '-')
            || ["year", "old", "year-old", "-year-old"].iter().any(|w| self.text.is_word_ci(i, w))
            || self.age_glued(i)
    }

    /// The digits of the age a description gives in `range` ("the 38-year-old", "the 38 year
    /// old captain").
    fn age_digits(&self, range: std::ops::Range<usize>) -> Option<&str> {
        range.into_iter().find_map(|i| {
            let digits = self.text.token_text(i).split(|c: char| !c.is_ascii_digit()).next()?;
            (!digits.is_empty()).then_some(digits)
        })
    }

    /// Whether the person `mention` names is given the age `age` right after the name ("Ivo
    /// Marr, 38,").
    fn named_with_age(&self, mention: &MentionRecord, age: &str) -> bool {
        self.text.is_punct(mention.end_token, ',') && self.text.token_text(mention.end_token + 1) == age
    }

    /// Whether `mention` opens its sentence, perhaps after a title in capitals ("Colonel Ana
    /// Berg said").
    fn opens_sentence(&self, mention: &MentionRecord) -> bool {
        let sentence = self.text.sentence_of(mention.start_token);
        (sentence.start..mention.start_token)
            .all(|i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised))
            && mention.start_token - sentence.start <= TITLE_TOKENS
    }

    /// Whether the person `mention` names is given the role `head`: the word in their title (in
    /// the mention or right before it, perhaps abbreviated: "Gen."), or in an appositive
    /// right after their name's comma or closed by it.
    fn has_role(&self, mention: &MentionRecord, head: &str) -> bool {
        let sentence = self.text.sentence_of(mention.start_token);
        // A title in capitals right before the name, or one lower-case word ("commander Jo
        // Bell"); "the detective arrested Jo Bell" gives Bell no role.
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        let mut title_from = mention.start_token;
        while title_from > sentence.start
            && mention.start_token - title_from < TITLE_TOKENS
            && (capitalised(title_from - 1)
                || title_from == mention.start_token && self.text.is_word(title_from - 1))
        {
            title_from -= 1;
        }
        let titled = (title_from..mention.end_token).any(|i| {
            self.text.is_word(i)
                && (self.text.key(i) == head || self.abbreviates(i, head))
                && !self.inside_quote(i)
        });
        // "The village headman, Ivo Marsh, said": the role in an appositive the name closes, after
        // the comma before it.
        let apposed_before = mention.start_token > sentence.start + 1
            && self.text.is_punct(mention.start_token - 1, ',')
            && self.text.is_punct(mention.end_token, ',')
            && (mention.start_token.saturating_sub(1 + APPOSITIVE_TOKENS).max(sentence.start)
                ..mention.start_token - 1)
                .rev()
                .take_while(|&i| self.text.is_word(i) && !self.inside_quote(i))
                .any(|i| self.text.key(i) == head);
        // "Ana Vell, the sister of leader Tomas Vell, said in a statement": a verb of speech after
        // the comma opens the predicate; no role of Tomas Vell follows.
        let apposed = self.text.is_punct(mention.end_token, ',')
            && !self.is_speech_verb(mention.end_token + 1)
            && (mention.end_token + 1..(mention.end_token + 1 + APPOSITIVE_TOKENS).min(sentence.end))
                .take_while(|&i| !self.text.is_punct(i, ',') && !self.is_quote_mark(i))
                .any(|i| self.text.is_word(i) && self.text.key(i) == head);
        titled || apposed || apposed_before
    }

    /// Whether the title at `token` is an abbreviation of `head` ("Gen." of "general", "Lt." of
    /// "lieutenant"), as [`Words::TitleAbbreviations`] pairs them.
    fn abbreviates(&self, token: usize, head: &str) -> bool {
        let key = self.text.key(token);
        key.len() < head.len() && LEXICON.has(Words::TitleAbbreviations, &format!("{key} {head}"))
    }
}
