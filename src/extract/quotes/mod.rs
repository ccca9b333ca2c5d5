//! Quotes and their speakers.
//!
//! Finding the quotes: every quotation-mark token is classed as able to open or close from the
//! characters around it (a mark after a space and before a letter opens; one after a letter or
//! punctuation and before a space closes; curly marks say which they are). Apostrophes never get
//! here as marks when they sit inside a word (`don't`) or make a possessive (`Russia's`); `’90s`
//! and `terrorists'` are rejected by the same left/right test. Double and single marks are paired
//! in two linear passes per paragraph (singles only outside double-quoted text, so a nested quote
//! is part of its outer quote); a mark that clearly opens while a quote is open restarts it, so an
//! unbalanced mark costs one quote, never the rest of the article. A paragraph that ends inside a
//! double quote whose next paragraph opens a new one is a quote running over paragraphs: each
//! paragraph's piece is a quote of its own, and later pieces inherit the speaker.
//!
//! Labels nobody speaks ("America First", a so-called "shadow fleet") are not proposed: a quote
//! after "so-called", "dubbed" and the like, or a short quote in Title Case with no speech verb in
//! its sentence.
//!
//! Speakers, in order of trust: an actor and a colon right before the quote (`Blair: 'We will
//! win'`); an attribution right after a quote that ends with a comma (`," he
//! said`, `,' said Halonen`, `," the agency's director, Jane Roe, said`); a speech verb earlier in the sentence (`Mr Straw said: "…"`,
//! `Orlov called the accusations "hysterical"`, `quoted him as saying '…'`, `according to X`); a
//! speech verb later in the sentence (`… a "vital step" in renewing the process, Mr Straw said`);
//! the speaker of the previous piece of a quote split across paragraphs, or of the previous quote
//! in the same paragraph (not when the quote's sentence has a subject of its own that no rule could
//! read: "A committee report found '…'"); for a headline, the person before a capitalised speech
//! verb ("'…,' Jane Doe Tells Convention") or else the first speaker of the article. A subject is
//! never taken from past a described subject ("its chief executive said"), a relative pronoun
//! after a plain noun ("an admiral who suggested"), an opening prepositional phrase ("In a Ledger
//! poll, 60 percent said") or a "where" clause; a clause after ", and Doe" attributes its own
//! quote; a verb that attributes an earlier quote gives way to a later speaker. Nothing else: a quote
//! no rule attributes stays open (no speaker) for the analyst, never handed to the most recent
//! speaker. Pronouns resolve to the subject of the nearest sentence before
//! with a fitting actor (he/she: a person; it: a state or organisation; they: an organisation or
//! group, never a state), through an earlier sentence that opens with the same pronoun, and not
//! past a relative of the pronoun's gender ("his wife"); titles ("the
//! president") were already resolved to their person by the actor rules.

use std::ops::Range;

mod cjk;
mod clauses;
mod context;
mod described;
mod documents;
mod gender;
mod headlines;
mod introduced;
mod marks;
mod outlets;
mod repeated;
mod roles;
mod seats;
mod speakers;
mod spokespeople;
mod subject_verb;
mod subjects;
mod titles;
mod unnamed;

use gender::{Gender, actor_genders, gender_of_pronoun};
use marks::classify_mark;
pub use marks::find_quote_spans;

use super::SuggestedQuote;
use super::actors::{ActorTable, MentionRecord};
use super::lexicon::{LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText};
use crate::model::ActorKind;

/// A stretch of quoted words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Token index of the opening mark.
    pub open_token: usize,
    /// Token index of the closing mark, or the paragraph's end when the quote runs on.
    pub close_token: usize,
    /// Byte range of the words inside the marks, trimmed.
    pub start_byte: usize,
    pub end_byte: usize,
    /// This piece continues a quote opened in an earlier paragraph.
    pub continues_previous: bool,
}

/// How far (in tokens) from a quote an attribution is looked for: far enough for any real
/// sentence, and a bound that keeps a megabyte-long "sentence" linear.
const ATTRIBUTION_REACH_TOKENS: usize = 80;

/// How far back (in tokens) a pronoun's antecedent is looked for.
const PRONOUN_REACH_TOKENS: usize = 120;

/// How far back from a speech verb its subject is looked for.
const SUBJECT_REACH_TOKENS: usize = 40;

/// Builds the quote suggestions with their speakers.
pub fn attribute_quotes(
    text: &TokenizedText<'_>,
    spans: &[QuoteSpan],
    actors: &ActorTable,
) -> Vec<SuggestedQuote> {
    let genders = actor_genders(text, actors, spans);
    let attributor = Attributor { text, spans, actors, genders };
    let mut quotes = Vec::with_capacity(spans.len());
    // (paragraph, speaker actor, speaker named in words) of the previous quote.
    let mut previous: Option<(usize, Option<usize>, Option<String>)> = None;
    // The closing token of the previous quote.
    let mut previous_close: Option<usize> = None;
    // Whether the previous quote was the label of a relative clause ("what Beijing called '…'").
    let mut previous_labelled = false;
    let first_speaker = attributor.first_speaker_of_article();
    for (span_index, span) in spans.iter().enumerate() {
        if attributor.is_label(span) {
            continue;
        }
        let paragraph = text.tokens.get(span.open_token).map_or(0, |t| t.paragraph());
        let mut unnamed = None;
        // `who called the activists "human scum" and warned of "a merciless counteraction"`: a verb
        // of speech joined by "and" right after the previous quote of the sentence goes on in its
        // voice.
        // `in what Beijing called a "stern warning" to "separatist forces," Taipei said`: a quote a
        // preposition joins to a relative clause's label goes on in that label's voice.
        let joined_voice = previous
            .as_ref()
            .filter(|_| {
                previous_close.is_some_and(|close| {
                    attributor.joined_speech_verb(close, span)
                        || previous_labelled && attributor.label_goes_on(close, span)
                })
            })
            .and_then(|(_, speaker, words)| speaker.map(|actor| (actor, words.clone())));
        let explicit = if let Some((actor, words)) = joined_voice {
            unnamed = words;
            Some((Some(actor), "quote:joined-verb".to_owned()))
        } else if let Some(actor) = attributor.headline_speaker(span) {
            Some((Some(actor), "quote:headline-says".to_owned()))
        } else if let Some(outlet) = attributor.outlet_speaker(span) {
            Some((Some(outlet), "quote:outlet".to_owned()))
        } else if let Some(found) = attributor
            .relative_clause_speaker(span)
            .filter(|(actor, rule)| actor.is_some() && rule == "quote:relative-clause")
        {
            // "Officials said the parade would go ahead, with what Chief Jo Bell described as
            // '…'": a name speaking in a relative clause right before the quote chose its words,
            // not the described subject of the sentence.
            Some(found)
        } else if !attributor.is_headline(paragraph)
            && let Some(phrase) = attributor.described_speaker(span)
        {
            let spoken_for = attributor
                .self_named_speaker(span)
                .map(|actor| (actor, "quote:self-named"))
                .or_else(|| {
                    attributor
                        .person_of_described_role(span, &phrase)
                        .map(|actor| (actor, "quote:described-role"))
                })
                .or_else(|| {
                    attributor
                        .spokesperson_of_previous_subject(span, &phrase)
                        .map(|actor| (actor, "quote:spokesperson-of-subject"))
                })
                .or_else(|| {
                    attributor
                        .author_of_introduced_noun(span, &phrase)
                        .map(|actor| (actor, "quote:introduced-author"))
                })
                .or_else(|| {
                    attributor
                        .spokesperson_of_modifier(span, &phrase)
                        .map(|actor| (actor, "quote:spokesperson-of-modifier"))
                })
                .or_else(|| {
                    // "Prime Minister Ana Vell's office said".
                    attributor.office_of_person(span, &phrase).map(|actor| (actor, "quote:office-of-person"))
                })
                .or_else(|| {
                    attributor
                        .spokesperson_of_named_body(span, &phrase)
                        .map(|actor| (actor, "quote:spokesperson-of-named-body"))
                })
                .or_else(|| {
                    attributor
                        .person_named_next(span, &phrase)
                        .map(|actor| (actor, "quote:person-named-next"))
                })
                .or_else(|| {
                    // "In Tehran, the foreign ministry said …".
                    attributor
                        .state_of_fronted_place(span, &phrase)
                        .map(|actor| (actor, "quote:fronted-state-body"))
                });
            match spoken_for {
                Some((actor, rule)) => Some((Some(actor), rule.to_owned())),
                None => match attributor.definite_unnamed_antecedent(span, &phrase) {
                    // "… ," the diplomat said` after "A senior diplomat familiar with the talks
                    // said": the source in the words that introduced it.
                    // `A senior Ruritanian security official said …. "…," the official said`: a
                    // state's or a body's unnamed official speaks for it, as when introduced.
                    Some(introduced) => match attributor.body_of_unnamed_official(&introduced) {
                        Some(body) => Some((Some(body), "quote:described-antecedent-body".to_owned())),
                        None => {
                            unnamed = Some(introduced);
                            Some((None, "quote:described-antecedent".to_owned()))
                        }
                    },
                    None => {
                        unnamed = Some(phrase);
                        Some((None, "quote:described-speaker".to_owned()))
                    }
                },
            }
        } else if let Some(phrase) = attributor.cjk_speaker(span) {
            unnamed = Some(phrase);
            Some((None, "quote:cjk-subject".to_owned()))
        } else {
            attributor.explicit_speaker(span_index)
        };
        let (speaker, rule) = match explicit {
            Some(found) => found,
            // A headline's quote belongs to the article's lead speaker ("Navy chief warns of 'grey
            // zone' threat" is the admiral quoted below).
            None if !(attributor.is_headline(paragraph) && first_speaker.is_some())
                && let Some(phrase) = attributor.unnamed_speaker(span, false) =>
            {
                if phrase.is_some()
                    && let Some(actor) = attributor.self_named_speaker(span)
                {
                    // `"…," said a resident who asked to be identified only as Ana.`
                    (Some(actor), "quote:self-named".to_owned())
                } else if let Some(actor) =
                    phrase.as_deref().and_then(|phrase| attributor.person_of_described_role(span, phrase))
                {
                    // `"…," the 52-year-old detective said.` after "Detective Jo Bell said".
                    (Some(actor), "quote:described-role".to_owned())
                } else if let Some(actor) =
                    phrase.as_deref().and_then(|phrase| attributor.spokesperson_of_modifier(span, phrase))
                {
                    // "An Acme spokeswoman declined to comment, saying only that …".
                    (Some(actor), "quote:spokesperson-of-modifier".to_owned())
                } else if let Some(actor) = phrase
                    .as_deref()
                    .and_then(|phrase| attributor.spokesperson_of_previous_subject(span, phrase))
                {
                    // `The Velm Embassy rejected it. In a statement, a spokesperson said Velm "…"`.
                    (Some(actor), "quote:spokesperson-of-subject".to_owned())
                } else if let Some(actor) = attributor
                    .author_of_document_subject(span)
                    .or_else(|| attributor.owner_of_document_subject(span))
                {
                    // "A report by the Kell Institute warned that '…'", "The Kell Institute's
                    // annual review described it as '…'".
                    (Some(actor), "quote:document-author".to_owned())
                } else if let Some(author) =
                    phrase.as_deref().and_then(|phrase| attributor.author_of_introduced_noun(span, phrase))
                {
                    // "According to the statement, …" after "Acme said in a statement".
                    (Some(author), "quote:introduced-author".to_owned())
                } else {
                    // "Officials said the attack was 'unprovoked'": someone outside the registry
                    // speaks, so the quote is not handed to an earlier speaker.
                    // "the 67-year-old said" with nobody named before: an age is no one's name.
                    let phrase = phrase.filter(|phrase| !roles::only_an_age(phrase));
                    let rule =
                        if phrase.is_some() { "quote:unnamed-speaker" } else { "quote:unknown-speaker" };
                    unnamed = phrase;
                    (None, rule.to_owned())
                }
            }
            None => {
                // "A committee report found '…'": a sentence with a subject of its own that no
                // rule could read does not go on in the previous speaker's voice.
                let same_paragraph = previous
                    .clone()
                    .filter(|(p, _, _)| *p == paragraph || span.continues_previous)
                    .filter(|_| span.continues_previous || !attributor.has_own_subject(span));
                if let Some((_, speaker, words)) =
                    same_paragraph.filter(|(_, s, w)| s.is_some() || w.is_some())
                {
                    // "the gambling tycoon told a reporter. 'He was charming.'": a speaker named
                    // in words goes on too.
                    unnamed = words;
                    let rule = if span.continues_previous {
                        "quote:continued-paragraph"
                    } else {
                        "quote:same-paragraph"
                    };
                    (speaker, rule.to_owned())
                } else if let Some((_, speaker, _)) = previous
                    .clone()
                    .filter(|(p, s, _)| s.is_some() && attributor.list_continues(*p, paragraph))
                {
                    // A bulleted list right after a speaker's paragraph goes on in their voice.
                    (speaker, "quote:list-item".to_owned())
                } else if let Some((speaker, rule)) = attributor.attribution_by_previous_sentence(span) {
                    // "Doe argued that the plan was sound. '…'"
                    (speaker, rule)
                } else if let Some((_, speaker, words)) = previous
                    .clone()
                    .filter(|(_, s, w)| s.is_some() || w.is_some())
                    .filter(|_| previous_close.is_some_and(|close| attributor.continues_speech(close, span)))
                {
                    // `"…," Ruiz said.` then a paragraph that is only more of her words.
                    unnamed = words;
                    (speaker, "quote:next-paragraph".to_owned())
                } else if attributor.is_headline(paragraph)
                    && first_speaker.is_some()
                    && !attributor.names_bare_speaker_before(span)
                    && (attributor.kind_of_actor(first_speaker) == Some(ActorKind::Person)
                        || !attributor.headline_person_noun_speaks(span))
                {
                    (first_speaker, "quote:headline-lead-speaker".to_owned())
                } else if let Some(actor) = attributor.quoted_predicate_speaker(span) {
                    // `The ministry "deplored" the expulsions`.
                    (Some(actor), "quote:quoted-predicate".to_owned())
                } else if let Some(actor) = attributor.subject_verb_speaker(span) {
                    // "Doe bemoaned a climate in which people 'hate each other'".
                    (Some(actor), "quote:subject-verb".to_owned())
                } else if let Some(actor) = attributor.pronoun_verdict_speaker(span) {
                    // "…, the army said. It blamed 'armed criminal elements'".
                    (Some(actor), "quote:pronoun-verdict".to_owned())
                } else if let Some(actor) = attributor.passive_agent_speaker(span) {
                    // "The reports were dismissed by the Kremlin as 'pure fantasy'".
                    (Some(actor), "quote:passive-agent".to_owned())
                } else if let Some(Some(phrase)) = attributor.unnamed_speaker(span, true) {
                    if let Some(author) = attributor.author_of_introduced_noun(span, &phrase) {
                        // "The post said the gang held files and warned that '…'".
                        (Some(author), "quote:introduced-author".to_owned())
                    } else {
                        // `"…," the company tweeted` with nobody else to speak for it: the company.
                        unnamed = Some(phrase);
                        (None, "quote:unnamed-speaker".to_owned())
                    }
                } else if let Some(phrase) = attributor.unnamed_antecedent(span) {
                    // `A senior officer … said … "…," he said.`: the unnamed officer, in words.
                    unnamed = Some(phrase);
                    (None, "quote:unnamed-antecedent".to_owned())
                } else {
                    // No rule names a speaker: the quote stays open for the analyst rather than
                    // going to whoever spoke last.
                    (None, "quote:unattributed".to_owned())
                }
            }
        };
        // A fragment given to the person a sentence is about is no voice that the next quote of
        // the paragraph goes on in.
        let inherited = if rule == "quote:subject-verb" { None } else { speaker };
        previous = Some((paragraph, inherited, unnamed.clone()));
        previous_close = Some(span.close_token);
        previous_labelled = rule.starts_with("quote:relative-clause");
        quotes.push(SuggestedQuote {
            text: text.slice(span.start_byte, span.end_byte).to_owned(),
            // A state that speaks through its seat or an institution is named as written ("the
            // Kremlin said"); a pronoun gives no such words.
            speaker: speaker
                .and_then(|actor| {
                    (!rule.ends_with("+pronoun"))
                        .then(|| attributor.state_voice(actor, span))
                        .flatten()
                        .or_else(|| actors.name_of(actor).map(str::to_owned))
                })
                .or(unnamed),
            start: span.start_byte,
            end: span.end_byte,
            rule,
        });
    }
    repeated::attribute_repeated(text.text, &mut quotes);
    quotes
}

/// Whom a pronoun or subject may refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wanted {
    /// A person; a gendered pronoun skips people known to be of the other gender.
    Person(Gender),
    /// A state or organisation; a plural pronoun ("they") never stands for a state.
    Group { plural: bool },
}

struct Attributor<'a, 't> {
    text: &'a TokenizedText<'t>,
    spans: &'a [QuoteSpan],
    actors: &'a ActorTable,
    /// The gender of each actor, by index into the table.
    genders: Vec<Gender>,
}

impl Attributor<'_, '_> {
    fn word(&self, index: usize) -> &str {
        self.text.token_text(index)
    }

    fn inside_quote(&self, token: usize) -> bool {
        let i = self.spans.partition_point(|s| s.open_token <= token);
        i > 0 && self.spans.get(i - 1).is_some_and(|s| token <= s.close_token)
    }

    /// Whether the quote `span` follows the quote that closed at `previous_close` in the same
    /// sentence with only "and", a verb of speech and at most a few words between, none of them a
    /// name or a mark (`"human scum" and warned of "…"`, `"bold" and added that the plan was "…"`).
    fn joined_speech_verb(&self, previous_close: usize, span: &QuoteSpan) -> bool {
        /// How many words may follow the verb before the quote ("warned of", "added that the plan was").
        const OBJECT_WORDS: usize = 5;
        let and = previous_close + 1;
        self.same_sentence(and, span.open_token)
            && self.text.is_word_ci(and, "and")
            && self.is_speech_verb(and + 1)
            && !self.word(and + 1).ends_with("ing")
            && span.open_token > and + 1
            && span.open_token - (and + 2) <= OBJECT_WORDS
            && (and + 2..span.open_token).all(|i| self.text.is_word(i) && self.mention_covering(i).is_none())
    }

    /// Whether the quote `span` follows the quote that closed at `previous_close` in the same
    /// sentence with only one or two lower-case words between ("to", "against the"), no comma,
    /// name or verb of speech: the noun phrase the previous quote opened goes on.
    fn label_goes_on(&self, previous_close: usize, span: &QuoteSpan) -> bool {
        /// How many words may stand between the two quotes.
        const LINK_WORDS: usize = 2;
        let between = previous_close + 1..span.open_token;
        self.same_sentence(previous_close, span.open_token)
            && !between.is_empty()
            && between.len() <= LINK_WORDS
            && between.clone().all(|i| self.plain_link_word(i))
    }

    /// Whether tokens `a` and `b` stand in the same sentence.
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.text
            .tokens
            .get(a)
            .zip(self.text.tokens.get(b))
            .is_some_and(|(a, b)| a.sentence() == b.sentence())
    }

    /// Whether `token` is a lower-case word that names nobody and is no verb of speech: one of
    /// the few words that may join two quotes of one voice ("to", "and to ensure").
    pub(super) fn plain_link_word(&self, token: usize) -> bool {
        self.text.tokens.get(token).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.is_speech_verb(token)
            && self.mention_covering(token).is_none()
    }

    /// Whether the quote's last token inside the marks is a comma: the comma that closes the
    /// quote's clause (`"on behalf of Moscow," and the minister told …`).
    fn closes_on_own_comma(&self, span: &QuoteSpan) -> bool {
        self.text.is_punct(span.close_token.saturating_sub(1), ',')
    }

    /// Whether `token` opens or closes one of the quotes found (a mark that was paired).
    fn is_span_mark(&self, token: usize) -> bool {
        let i = self.spans.partition_point(|s| s.open_token < token);
        self.spans.get(i).is_some_and(|s| s.open_token == token)
            || i > 0 && self.spans.get(i - 1).is_some_and(|s| s.close_token == token)
    }

    fn is_quote_mark(&self, token: usize) -> bool {
        classify_mark(self.text, token).is_some()
    }

    fn is_speech_verb(&self, token: usize) -> bool {
        self.text.tokens.get(token).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && (LEXICON.is_speech_verb(self.word(token))
                || self.is_finding_verb(token)
                // "shot back", "hit back": a retort.
                || (LEXICON.word_in(Words::RetortVerbs, self.text, token) && self.text.is_word_ci(token + 1, "back"))
                || self.written_thing_reads(token))
            && !self.is_noun_after_determiner(token)
            && !self.act_foretold(token)
            && !self.consent_to_act(token)
            && !self.told_to_subject(token)
    }

    /// `"…," the post read`: a verb of [`Words::ReadingVerbs`] right after a written thing's noun
    /// ([`Words::AuthoredNouns`], [`Words::VoiceNouns`]) and before a stop, a comma or a colon
    /// reports that thing's words. "She read the charges" reports none, nor does a participle
    /// ("in a statement read on state radio, the army said").
    fn written_thing_reads(&self, token: usize) -> bool {
        LEXICON.word_in(Words::ReadingVerbs, self.text, token)
            && token.checked_sub(1).is_some_and(|noun| {
                LEXICON.word_in(Words::AuthoredNouns, self.text, noun)
                    || LEXICON.word_in(Words::VoiceNouns, self.text, noun)
            })
            && self.text.tokens.get(token + 1).is_none_or(|next| {
                next.sentence_start || [".", ",", ":", ";"].contains(&self.text.token_text(token + 1))
            })
    }

    /// `'…', court told`: a verb that needs whom it addresses, with nothing after it, says the
    /// subject was spoken to (a headline's passive), and names no speaker.
    fn told_to_subject(&self, token: usize) -> bool {
        LEXICON.word_in(Words::ObjectNeedingVerbs, self.text, token)
            && self
                .text
                .tokens
                .get(token + 1)
                .is_none_or(|next| next.sentence_start || self.text.is_punct(token + 1, '.'))
    }

    /// "agreed to carry out attacks on "…"", "had agreed with a handler to film the base": a
    /// verb of [`Words::ConsentVerbs`] followed by "to" and a lower-case verb (at once, or after
    /// "with" and whom, before any quotation mark) names an act consented to, not words.
    fn consent_to_act(&self, token: usize) -> bool {
        /// How many tokens "with" and whom (an appositive included) may take before "to".
        const PARTNER_TOKENS: usize = 16;
        if !LEXICON.word_in(Words::ConsentVerbs, self.text, token) {
            return false;
        }
        let infinitive = |i: usize| {
            self.text.is_word_ci(i, "to")
                && self.text.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, i + 1)
        };
        infinitive(token + 1)
            || self.text.is_word_ci(token + 1, "with")
                && (token + 2..token + 2 + PARTNER_TOKENS)
                    .take_while(|&i| {
                        self.text
                            .tokens
                            .get(i)
                            .is_some_and(|t| t.kind != TokenKind::Punct || self.text.is_punct(i, ','))
                            && classify_mark(self.text, i).is_none()
                    })
                    .any(infinitive)
    }

    /// "warned that the country would respond "with full force"": a verb of [`Words::ActingSpeechVerbs`]
    /// after a word of [`Words::FutureModals`] foretells an act, not words said.
    fn act_foretold(&self, token: usize) -> bool {
        LEXICON.word_in(Words::ActingSpeechVerbs, self.text, token)
            && token.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::FutureModals, self.text, i))
    }

    /// "The report found that '…'", "the survey found '…'": a verb of findings attributes what follows
    /// it when "that" or a quotation mark comes right after.
    ///
    /// A determiner and a plain noun for no source before it ("the abduction showed '…'") tell of
    /// a fact that shows something, not of anyone finding it: no attribution.
    fn is_finding_verb(&self, token: usize) -> bool {
        LEXICON.word_in(Words::FindingVerbs, self.text, token)
            && (self.text.is_word_ci(token + 1, "that") || classify_mark(self.text, token + 1).is_some())
            && !self.event_finds(token)
    }

    /// Whether a determiner and a plain noun that names no source stand right before `verb`:
    /// the noun is no document, no person or group that speaks, and no body.
    fn event_finds(&self, verb: usize) -> bool {
        let Some(noun) = verb.checked_sub(1) else { return false };
        noun > 0
            && (LEXICON.word_in(Words::SpeakerDeterminers, self.text, noun - 1)
                || LEXICON.word_in(Words::PossessiveDeterminers, self.text, noun - 1))
            && self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.mention_covering(noun).is_none()
            && LEXICON.org_head(self.text, noun).is_none()
            && !LEXICON.word_in_any(
                &[
                    Words::AuthoredNouns,
                    Words::PublishedNouns,
                    Words::UnnamedSpeakers,
                    Words::DefiniteBodyNouns,
                ],
                self.text,
                noun,
            )
    }

    /// "a tweet", "his reply", "an early post": a speech word right after a determiner, or after
    /// one and an adjective in -ly, is a noun; so is one of [`Words::NounSpeechVerbs`] after "the"
    /// and a capitalised word ("the Baltic states"), before "of" or after a word of
    /// [`Words::PluralNounModifiers`] ("the coastal states").
    fn is_noun_after_determiner(&self, token: usize) -> bool {
        let determiner = |i: usize| {
            LEXICON.word_in(Words::SpeakerDeterminers, self.text, i)
                || LEXICON.word_in(Words::PossessiveDeterminers, self.text, i)
        };
        let Some(before) = token.checked_sub(1) else { return false };
        // "the Baltic states", "the Gulf states": a plural noun after a capitalised word.
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        determiner(before)
            || (self.word(before).ends_with("ly") && before.checked_sub(1).is_some_and(determiner))
            || LEXICON.word_in(Words::NounSpeechVerbs, self.text, token)
                && (capitalised(before) && before.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "the"))
                    // "the coastal states of the region", "member states".
                    || self.text.is_word_ci(token + 1, "of")
                    || LEXICON.word_in(Words::PluralNounModifiers, self.text, before))
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_clauses;
#[cfg(test)]
mod tests_passive;
#[cfg(test)]
mod tests_roles;
#[cfg(test)]
mod tests_sources;
#[cfg(test)]
mod tests_subjects;
#[cfg(test)]
mod tests_voices;
