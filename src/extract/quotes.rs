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
//! in the same paragraph; for a headline, the first speaker of the article; finally the most recent
//! speaker a few paragraphs back. Pronouns resolve to the subject of the nearest sentence before
//! with a fitting actor (he/she: a person; it/they: a state or organisation), titles ("the
//! president") were already resolved to their person by the actor rules.

use std::ops::Range;

use super::SuggestedQuote;
use super::actors::{ActorTable, MentionRecord};
use super::lexicon::LEXICON;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkFamily {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    token: usize,
    family: MarkFamily,
    can_open: bool,
    can_close: bool,
}

/// Nouns for people who speak in news without being named: the head of an unnamed subject.
#[rustfmt::skip]
const UNNAMED_SPEAKERS: &[&str] = &[
    "official", "officials", "diplomat", "diplomats", "source", "sources", "witness", "witnesses",
    "resident", "residents", "analyst", "analysts", "expert", "experts", "observers", "critics",
    "spokesperson", "spokesman", "spokeswoman", "police", "investigators", "prosecutors", "lawmakers",
    "legislators", "activists", "protesters", "survivors", "doctors", "medics", "aides", "insiders",
    "commanders", "soldiers", "people", "person", "chief", "chiefs", "head", "leader", "leaders",
    "minister", "ministers", "negotiators", "lawyers", "members", "staff", "employees", "villagers",
    "workers", "students", "parents", "families", "relatives", "neighbours", "neighbors", "researchers",
    "scientists", "sources", "mediators",
];

/// How far (in tokens) from a quote an attribution is looked for: far enough for any real
/// sentence, and a bound that keeps a megabyte-long "sentence" linear.
const ATTRIBUTION_REACH_TOKENS: usize = 80;

/// How far back (in tokens) a pronoun's antecedent is looked for.
const PRONOUN_REACH_TOKENS: usize = 120;

/// How far back from a speech verb its subject is looked for.
const SUBJECT_REACH_TOKENS: usize = 40;

/// Words right before a quote that make it a label rather than speech.
const LABEL_INTRODUCERS: &[&str] = &[
    "so-called",
    "dubbed",
    "titled",
    "entitled",
    "named",
    "nicknamed",
    "codenamed",
    "code-named",
    "labelled",
    "labeled",
    "slogan",
    "term",
    "phrase",
    "motto",
    "headline",
    "branded",
];

/// Finds every quote in the text, in order.
pub fn find_quote_spans(text: &TokenizedText<'_>) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut carried_open = false;
    for (paragraph_index, paragraph) in text.paragraphs.iter().enumerate() {
        let marks: Vec<Mark> = paragraph.clone().filter_map(|index| classify_mark(text, index)).collect();
        let first_opens = marks
            .first()
            .is_some_and(|m| m.token == paragraph.start && m.family == MarkFamily::Double && m.can_open);
        let continues = carried_open && first_opens;
        let before = spans.len();
        let open_at_end = pair_marks(text, &marks, MarkFamily::Double, paragraph, &mut spans);
        // A quote left open at the end runs on if the next paragraph opens one.
        carried_open = false;
        if let Some(open_token) = open_at_end {
            let next_opens = text.paragraphs.get(paragraph_index + 1).is_some_and(|next| {
                classify_mark(text, next.start).is_some_and(|m| m.family == MarkFamily::Double && m.can_open)
            });
            if next_opens {
                if let Some(span) = make_span(text, open_token, paragraph.end, true) {
                    spans.push(span);
                }
                carried_open = true;
            }
        }
        let doubles: Vec<Range<usize>> =
            spans[before..].iter().map(|s| s.open_token..s.close_token + 1).collect();
        let singles: Vec<Mark> = marks
            .iter()
            .copied()
            .filter(|m| m.family == MarkFamily::Single && !doubles.iter().any(|d| d.contains(&m.token)))
            .collect();
        pair_marks(text, &singles, MarkFamily::Single, paragraph, &mut spans);
        spans[before..].sort_by_key(|s| s.open_token);
        if continues && let Some(first) = spans[before..].iter_mut().find(|s| s.open_token == paragraph.start)
        {
            first.continues_previous = true;
        }
    }
    spans
}

/// Pairs the marks of one family in a paragraph, pushing spans; returns an opening mark left
/// unclosed at the end.
fn pair_marks(
    text: &TokenizedText<'_>,
    marks: &[Mark],
    family: MarkFamily,
    paragraph: &Range<usize>,
    spans: &mut Vec<QuoteSpan>,
) -> Option<usize> {
    let mut open: Option<usize> = None;
    for mark in marks.iter().filter(|m| m.family == family) {
        match open {
            None if mark.can_open => open = Some(mark.token),
            None => {}
            Some(open_token) if mark.can_close => {
                if let Some(span) = make_span(text, open_token, mark.token, false) {
                    spans.push(span);
                }
                open = None;
            }
            // A mark that can only open while a quote is open: the earlier mark was stray.
            Some(_) if mark.can_open => open = Some(mark.token),
            Some(_) => {}
        }
    }
    open.filter(|&token| token < paragraph.end)
}

fn make_span(
    text: &TokenizedText<'_>,
    open_token: usize,
    close_token: usize,
    runs_on: bool,
) -> Option<QuoteSpan> {
    let open = text.tokens.get(open_token)?;
    let inner_end_byte = if runs_on {
        text.tokens.get(close_token.checked_sub(1)?)?.end_byte
    } else {
        text.tokens.get(close_token)?.start_byte
    };
    let inner = text.slice(open.end_byte, inner_end_byte);
    let trimmed_start = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start_byte = open.end_byte + trimmed_start;
    Some(QuoteSpan {
        open_token,
        close_token: if runs_on { close_token.saturating_sub(1) } else { close_token },
        start_byte,
        end_byte: start_byte + trimmed.len(),
        continues_previous: false,
    })
}

/// Classes a token as a quotation mark, or `None` when it is not one (or is an apostrophe).
fn classify_mark(text: &TokenizedText<'_>, index: usize) -> Option<Mark> {
    let token = text.tokens.get(index)?;
    if token.kind != TokenKind::Punct {
        return None;
    }
    let mark = text.token_text(index).chars().next()?;
    let before = text.text.get(..token.start_byte).and_then(|s| s.chars().next_back());
    let after = text.text.get(token.end_byte..).and_then(|s| s.chars().next());
    let opening_context = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '"' | '“' | '‘' | '\'')
        })
    };
    let closing_context = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '"'
                        | '”'
                        | '’'
                        | '\''
                        | '…'
                )
        })
    };
    let left_flanking = after.is_some_and(|c| !c.is_whitespace()) && opening_context(before);
    let right_flanking = before.is_some_and(|c| !c.is_whitespace()) && closing_context(after);
    let (family, can_open, can_close) = match mark {
        '“' | '„' | '«' => (MarkFamily::Double, true, false),
        '”' | '»' => (MarkFamily::Double, false, true),
        '"' => match (left_flanking, right_flanking) {
            (true, false) => (MarkFamily::Double, true, false),
            (false, true) => (MarkFamily::Double, false, true),
            // Glued between words or alone between spaces: it can only close an open quote.
            _ => (MarkFamily::Double, false, true),
        },
        '‘' => (MarkFamily::Single, left_flanking || !right_flanking, right_flanking && !left_flanking),
        '\'' | '’' => {
            // '90s, ’em: an elision before digits or a lower-case word glued to a word is no quote.
            if after.is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            (MarkFamily::Single, left_flanking && !right_flanking, right_flanking && !left_flanking)
        }
        _ => return None,
    };
    Some(Mark { token: index, family, can_open, can_close })
}

/// Builds the quote suggestions with their speakers.
pub fn attribute_quotes(
    text: &TokenizedText<'_>,
    spans: &[QuoteSpan],
    actors: &ActorTable,
) -> Vec<SuggestedQuote> {
    let attributor = Attributor { text, spans, actors };
    let mut quotes = Vec::with_capacity(spans.len());
    let mut previous: Option<(usize, Option<usize>)> = None; // (paragraph, speaker actor)
    let mut recent_speaker: Option<(usize, usize)> = None; // (paragraph, actor)
    let first_speaker = attributor.first_speaker_of_article();
    for (span_index, span) in spans.iter().enumerate() {
        if attributor.is_label(span) {
            continue;
        }
        let paragraph = text.tokens.get(span.open_token).map_or(0, |t| t.paragraph);
        let mut unnamed = None;
        let (speaker, rule) = match attributor.explicit_speaker(span_index) {
            Some(found) => found,
            // A headline's quote belongs to the article's lead speaker ("Navy chief warns of 'grey
            // zone' threat" is the admiral quoted below).
            None if !(attributor.is_headline(paragraph) && first_speaker.is_some())
                && let Some(phrase) = attributor.unnamed_speaker(span) =>
            {
                // "Officials said the attack was 'unprovoked'": someone outside the registry
                // speaks, so the quote is not handed to an earlier speaker.
                let rule = if phrase.is_some() { "quote:unnamed-speaker" } else { "quote:unknown-speaker" };
                unnamed = phrase;
                (None, rule.to_owned())
            }
            None => {
                let same_paragraph = previous.filter(|(p, _)| *p == paragraph || span.continues_previous);
                if let Some((_, speaker)) = same_paragraph.filter(|(_, s)| s.is_some()) {
                    let rule = if span.continues_previous {
                        "quote:continued-paragraph"
                    } else {
                        "quote:same-paragraph"
                    };
                    (speaker, rule.to_owned())
                } else if attributor.is_headline(paragraph) && first_speaker.is_some() {
                    (first_speaker, "quote:headline-lead-speaker".to_owned())
                } else if let Some((_, actor)) =
                    recent_speaker.filter(|(p, _)| paragraph.saturating_sub(*p) <= 6)
                {
                    (Some(actor), "quote:recent-speaker".to_owned())
                } else {
                    (None, "quote:unattributed".to_owned())
                }
            }
        };
        previous = Some((paragraph, speaker));
        if let Some(actor) = speaker {
            recent_speaker = Some((paragraph, actor));
        }
        quotes.push(SuggestedQuote {
            text: text.slice(span.start_byte, span.end_byte).to_owned(),
            speaker: speaker.and_then(|actor| actors.name_of(actor)).map(str::to_owned).or(unnamed),
            start: span.start_byte,
            end: span.end_byte,
            rule,
        });
    }
    quotes
}

/// Whom a pronoun or subject may refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wanted {
    Person,
    Group,
}

struct Attributor<'a, 't> {
    text: &'a TokenizedText<'t>,
    spans: &'a [QuoteSpan],
    actors: &'a ActorTable,
}

impl Attributor<'_, '_> {
    fn word(&self, index: usize) -> &str {
        self.text.token_text(index)
    }

    fn inside_quote(&self, token: usize) -> bool {
        let i = self.spans.partition_point(|s| s.open_token <= token);
        i > 0 && self.spans.get(i - 1).is_some_and(|s| token <= s.close_token)
    }

    fn is_quote_mark(&self, token: usize) -> bool {
        classify_mark(self.text, token).is_some()
    }

    fn is_speech_verb(&self, token: usize) -> bool {
        self.text.tokens.get(token).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && LEXICON.is_speech_verb(self.word(token))
    }

    /// The mention that starts at `token`, if any.
    fn mention_at(&self, token: usize) -> Option<&MentionRecord> {
        let i = self.actors.mentions.partition_point(|m| m.start_token < token);
        self.actors.mentions.get(i).filter(|m| m.start_token == token)
    }

    /// The mention covering `token`, if any.
    fn mention_covering(&self, token: usize) -> Option<&MentionRecord> {
        let i = self.actors.mentions.partition_point(|m| m.start_token <= token);
        i.checked_sub(1).and_then(|i| self.actors.mentions.get(i)).filter(|m| token < m.end_token)
    }

    fn pronoun(&self, token: usize) -> Option<Wanted> {
        let word = self.word(token).to_ascii_lowercase();
        match word.as_str() {
            "he" | "she" | "him" | "her" => Some(Wanted::Person),
            "it" | "they" | "them" => Some(Wanted::Group),
            _ => None,
        }
    }

    /// The actor a subject at `token` (a mention or a pronoun) stands for.
    fn subject_at(&self, token: usize) -> Option<(usize, bool)> {
        if let Some(mention) = self.mention_covering(token) {
            return Some((mention.actor, false));
        }
        let wanted = self.pronoun(token)?;
        self.resolve_pronoun(token, wanted).map(|actor| (actor, true))
    }

    fn fits(&self, mention: &MentionRecord, wanted: Wanted) -> bool {
        let kind = self.actors.kind_of(mention);
        match wanted {
            Wanted::Person => kind == ActorKind::Person,
            Wanted::Group => !matches!(kind, ActorKind::Person | ActorKind::Media),
        }
    }

    /// The subject of the nearest sentence before `token` (or of this sentence, before `token`)
    /// with a fitting actor outside quotes: its first fitting mention.
    fn resolve_pronoun(&self, token: usize, wanted: Wanted) -> Option<usize> {
        let sentence_index = self.text.tokens.get(token)?.sentence;
        let end_of_first = self.actors.mentions.partition_point(|m| m.start_token < token);
        let mut candidates = self.actors.mentions[..end_of_first].iter().rev().peekable();
        for back in 0..6 {
            let Some(sentence) = sentence_index.checked_sub(back).and_then(|s| self.text.sentences.get(s))
            else {
                break;
            };
            let mut first_fitting = None;
            let mut possessive_fallback = None;
            // Within a sentence, only the last few dozen tokens count: a pronoun looks back to a
            // recent subject, and the bound keeps a megabyte-long "sentence" linear.
            let reach = sentence.start.max(token.saturating_sub(PRONOUN_REACH_TOKENS));
            while let Some(mention) = candidates.peek() {
                if mention.start_token < reach {
                    break;
                }
                // A possessive ("Mr Nicolet's colleague, Dr Yusuf, told") modifies the subject
                // rather than being it; it counts only when nothing else fits.
                let possessive =
                    self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive);
                if self.fits(mention, wanted) && !self.inside_quote(mention.start_token) {
                    if possessive {
                        possessive_fallback = Some(mention.actor);
                    } else {
                        first_fitting = Some(mention.actor);
                    }
                }
                candidates.next();
            }
            if first_fitting.is_some() {
                return first_fitting;
            }
            if possessive_fallback.is_some() {
                return possessive_fallback;
            }
            if reach > sentence.start {
                break;
            }
        }
        None
    }

    /// The token range of the sentence around a quote's opening and closing marks.
    fn sentence_range(&self, token: usize) -> Range<usize> {
        self.text.sentence_of(token)
    }

    fn explicit_speaker(&self, span_index: usize) -> Option<(Option<usize>, String)> {
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
        self.attribution_across_colon(span)
    }

    /// A paragraph that ends "He said:" or "Admiral Key told the audience:" introduces the quote
    /// that opens the next paragraph.
    fn attribution_across_colon(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
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
    fn unnamed_speaker(&self, span: &QuoteSpan) -> Option<Option<String>> {
        let sentence = self.sentence_range(span.open_token);
        let after = span.close_token + 1 + usize::from(self.text.is_punct(span.close_token + 1, ','));
        // "…," according to a senior Western diplomat in Tbilisi.
        // Within reach of the quote, so that a megabyte-long "sentence" stays linear.
        let reach = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let according = (after..(after + 3).min(sentence.end))
            .chain(reach..span.open_token)
            .find(|&i| !self.inside_quote(i) && self.is_according_to(i));
        if let Some(at) = according {
            let start = at + 2;
            let mut end = start;
            while end < sentence.end.min(start + 7)
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
                && !["in", "at", "on", "from", "who", "with", "to", "and"].contains(&self.word(end))
            {
                end += 1;
            }
            return Some(self.phrase(start, end));
        }
        let verb_after = (after + 1..(after + 6).min(sentence.end)).find(|&i| self.is_speech_verb(i));
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
        // The noun phrase before the verb: up to six plain words, no punctuation or quotes.
        let mut start = verb;
        while start > floor && verb - start < 6 {
            let token = self.text.tokens.get(start - 1)?;
            let word = self.word(start - 1);
            if token.kind != TokenKind::Word
                || self.inside_quote(start - 1)
                || ["and", "but", "or", "that", "which", "who", "as"].contains(&word)
            {
                break;
            }
            start -= 1;
        }
        if start == verb || self.pronoun(start).is_some() || self.pronoun(verb - 1).is_some() {
            return None;
        }
        // "Its defence chiefs said": an organisation speaks through its people.
        if self.text.is_word_ci(start, "its") || self.text.is_word_ci(start, "their") {
            return self.resolve_pronoun(start, Wanted::Group).map(|actor| {
                Some(self.actors.name_of(actor).unwrap_or_default().to_owned()).filter(|n| !n.is_empty())
            });
        }
        // "The ministry added": a bare definite organisation that the registry does not name says
        // nothing new; the paragraph's speaker (its minister) stands for it.
        if verb - start == 2
            && self.text.is_word_ci(start, "the")
            && LEXICON.org_head(self.text, start + 1).is_some()
        {
            return None;
        }
        // A noun for people ("officials", "a diplomat"), an organisation's head word ("the ruling
        // Georgian Dream party") or a name the registry does not know speaks; anything else is
        // someone the sentence names in a way that cannot be read.
        let head = self.word(verb - 1).to_ascii_lowercase();
        let readable = UNNAMED_SPEAKERS.contains(&head.as_str())
            || LEXICON.org_head(self.text, verb - 1).is_some()
            || (start..verb).any(|i| {
                self.text.tokens.get(i).is_some_and(|t| t.capitalised && !t.sentence_start)
                    && !self.text.is_word_ci(i, "the")
            });
        Some(if readable { self.phrase(start, verb) } else { None })
    }

    /// The text of tokens `start..end`, if any.
    fn phrase(&self, start: usize, end: usize) -> Option<String> {
        let first = self.text.tokens.get(start)?;
        let last = self.text.tokens.get(end.checked_sub(1)?)?;
        (start < end).then(|| self.text.slice(first.start_byte, last.end_byte).to_owned())
    }

    fn rule(base: &str, via_pronoun: bool) -> String {
        if via_pronoun { format!("{base}+pronoun") } else { base.to_owned() }
    }

    /// `," he said`, `," Saar said`, `,' said Halonen`, `," Prof Etzioni continues`.
    fn attribution_after(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.close_token);
        let mut index = span.close_token + 1;
        // The classic form ends the quoted words with a comma (or ! ?) before the attribution:
        // `"…," he said`. Without it (`"hysterical" and said …`) the words after are no attribution.
        let inner = self.text.slice(span.start_byte, span.end_byte);
        let comma_after = self.text.is_punct(index, ',');
        if comma_after {
            index += 1;
        }
        if !(comma_after || inner.ends_with([',', '!', '?'])) {
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
                window_end = (cursor + 12).min(sentence.end);
            }
            if self.is_quote_mark(cursor)
                || self.text.is_punct(cursor, ';')
                || self.text.is_punct(cursor, ':')
                || ["and", "but", "or", "that", "which"].iter().any(|w| self.text.is_word_ci(cursor, w))
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
                subject = Some(found);
            }
            cursor += 1;
        }
        None
    }

    /// `said Helena Brandt, a senior fellow`, `said the minister`.
    fn subject_after_verb(&self, start: usize, limit: usize) -> Option<(usize, bool)> {
        let mut index = start;
        if self.text.is_word_ci(index, "the") && self.mention_at(index).is_none() {
            index += 1;
        }
        if index >= limit {
            return None;
        }
        if self.pronoun(index).is_some() {
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
                None => break,
            }
        }
        found
    }

    fn is_according_to(&self, token: usize) -> bool {
        self.text.is_word_ci(token, "according") && self.text.is_word_ci(token + 1, "to")
    }

    /// "according to X": X speaks unless X is a news outlet passing the words on.
    fn according_to(&self, token: usize) -> Option<(Option<usize>, String)> {
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
    fn attribution_before(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.open_token);
        // "Blair: 'We will win'": an actor and a colon right before the quote.
        if span.open_token >= 2
            && self.text.is_punct(span.open_token - 1, ':')
            && let Some(mention) = self.mention_covering(span.open_token - 2)
        {
            return Some((Some(mention.actor), "quote:colon".to_owned()));
        }
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let mut verbs_tried = 0;
        for index in from..span.open_token {
            if self.inside_quote(index) {
                continue;
            }
            if self.is_according_to(index)
                && let Some(found) = self.according_to(index + 2)
            {
                return Some(found);
            }
            // "quoted him as saying", "quoted Zarif as saying".
            if self.text.is_word_ci(index, "quoted") {
                let as_saying = (index + 2..(index + 7).min(span.open_token))
                    .find(|&i| self.text.is_word_ci(i, "as") && self.text.is_word_ci(i + 1, "saying"));
                if as_saying.is_some()
                    && let Some((actor, via_pronoun)) = self.subject_at(index + 1)
                {
                    return Some((Some(actor), Self::rule("quote:quoted-as-saying", via_pronoun)));
                }
            }
            if !self.is_speech_verb(index) {
                continue;
            }
            // The sentence's first speech verbs carry its attribution; later ones belong to
            // reported clauses. Two tries also keep a pathological sentence linear.
            verbs_tried += 1;
            if verbs_tried > 2 {
                return None;
            }
            if let Some((actor, via_pronoun)) = self.subject_before_verb(sentence.start, index) {
                return Some((Some(actor), Self::rule("quote:said-before", via_pronoun)));
            }
            // ", says a top academic": the subject follows the verb.
            if let Some((actor, via_pronoun)) = self.subject_after_verb(index + 1, span.open_token) {
                return Some((Some(actor), Self::rule("quote:said-before", via_pronoun)));
            }
        }
        None
    }

    /// The nearest mention or pronoun before the verb, outside quotes, within the sentence.
    fn subject_before_verb(&self, sentence_start: usize, verb: usize) -> Option<(usize, bool)> {
        // An inverted verb closing its sentence (", says a top academic.") has its subject after it.
        if verb > sentence_start && self.text.is_punct(verb - 1, ',') {
            let sentence_end = self.sentence_range(verb).end;
            let short_tail = (verb + 1..(verb + 6).min(sentence_end + 1))
                .any(|i| i >= sentence_end || self.text.is_punct(i, ',') || self.text.is_punct(i, '.'));
            if short_tail {
                return None;
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
        let mut index = verb;
        let reach = sentence_start.max(verb.saturating_sub(SUBJECT_REACH_TOKENS));
        while index > reach {
            index -= 1;
            if self.inside_quote(index) || self.is_quote_mark(index) {
                continue;
            }
            if let Some(found) = self.subject_at(index) {
                return Some(found);
            }
        }
        None
    }

    /// A speech verb later in the sentence: `… a "vital step" in renewing the process, Mr Straw
    /// said.`
    fn attribution_later(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
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
            let mut cursor = index;
            while cursor > span.close_token + 1 {
                cursor -= 1;
                if let Some((actor, via_pronoun)) = self.subject_at(cursor) {
                    return Some((Some(actor), Self::rule("quote:said-later", via_pronoun)));
                }
            }
            return self
                .subject_after_verb(index + 1, sentence.end)
                .map(|(actor, via_pronoun)| (Some(actor), Self::rule("quote:said-later", via_pronoun)));
        }
        None
    }

    /// A label, title or scare quote nobody speaks.
    fn is_label(&self, span: &QuoteSpan) -> bool {
        let previous_word = span.open_token.checked_sub(1).map(|i| self.word(i).to_ascii_lowercase());
        if previous_word.is_some_and(|w| LABEL_INTRODUCERS.contains(&w.as_str())) {
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
            self.text.tokens[i].capitalised
                || matches!(self.word(i), "of" | "the" | "and" | "for" | "in" | "on" | "a")
        }) && self.text.tokens.get(words[0]).is_some_and(|t| t.capitalised);
        let ends_sentence = (span.open_token + 1..span.close_token).any(|i| {
            self.text.is_punct(i, '.')
                || self.text.is_punct(i, '!')
                || self.text.is_punct(i, '?')
                || self.text.is_punct(i, ',')
        });
        if !title_case || ends_sentence {
            return false;
        }
        let sentence = self.sentence_range(span.open_token);
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        let to = sentence.end.min(span.close_token + ATTRIBUTION_REACH_TOKENS);
        !(from..to).any(|i| !self.inside_quote(i) && self.is_speech_verb(i))
    }

    /// A first paragraph that reads as a headline: short, no closing punctuation.
    fn is_headline(&self, paragraph: usize) -> bool {
        if paragraph != 0 || self.text.paragraphs.len() < 2 {
            return false;
        }
        let Some(range) = self.text.paragraphs.first() else { return false };
        let last = range.end.saturating_sub(1);
        range.len() <= 20
            && !(self.text.is_punct(last, '.')
                || self.text.is_punct(last, '!')
                || self.text.is_punct(last, '?'))
    }

    /// The subject of the first speech verb of the article body, outside quotes: whom a headline's
    /// quoted words usually belong to.
    fn first_speaker_of_article(&self) -> Option<usize> {
        let body = self.text.paragraphs.get(1)?.start;
        let sentences = self.text.tokens.get(body)?.sentence;
        for sentence in self.text.sentences.iter().skip(sentences).take(4) {
            for index in sentence.start..sentence.end.min(sentence.start + ATTRIBUTION_REACH_TOKENS) {
                if self.inside_quote(index) || !self.is_speech_verb(index) {
                    continue;
                }
                let found = self
                    .subject_before_verb(sentence.start, index)
                    .or_else(|| self.subject_after_verb(index + 1, sentence.end));
                if let Some((actor, _)) = found {
                    return Some(actor);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actors::find_actors;
    use crate::extract::tokens::tokenize;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let tokenized = tokenize(text);
        let actors = find_actors(&tokenized);
        let spans = find_quote_spans(&tokenized);
        attribute_quotes(&tokenized, &spans, &actors).into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn straight_curly_and_single_marks() {
        assert_eq!(
            texts("He said \"one two\" and “three four” and 'five six'."),
            ["one two", "three four", "five six"]
        );
    }

    #[test]
    fn apostrophes_are_not_quote_marks() {
        assert!(texts("Russia's and don't and the '90s and terrorists' access and rock 'n' roll").len() <= 1);
        assert_eq!(texts("It's Russia's 'red line,' he said of the '90s."), ["red line,"]);
    }

    #[test]
    fn split_quotes_give_one_entry_per_piece_with_the_speaker() {
        let found = quotes(
            "Mayor Ana Ferreira spoke. \"We will rebuild,\" Ferreira said, \"and we will do it fast.\"",
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, s)| s.as_deref() == Some("Ana Ferreira")));
    }

    #[test]
    fn paragraph_running_quotes_continue_with_the_same_speaker() {
        let found = quotes(
            "\"First part,\" said Professor Omar Haddad. \"Second part runs on.\n\n\"Third part ends.\"",
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["First part,", "Second part runs on.", "Third part ends."]);
        assert!(found.iter().all(|(_, s)| s.as_deref() == Some("Omar Haddad")), "{found:?}");
    }

    #[test]
    fn said_before_with_colon_and_pronoun() {
        let found = quotes(
            "President Ana Ferreira arrived. She said: \"We are ready.\" The Kremlin said it was \"unacceptable\".",
        );
        assert_eq!(found[0].1.as_deref(), Some("Ana Ferreira"));
        assert_eq!(found[1].1.as_deref(), Some("Russia"));
    }

    #[test]
    fn said_later_in_the_sentence_and_according_to() {
        let found = quotes(
            "Foreign Minister Petr Novak spoke. The plan was a \"vital step\" forward, Mr Novak said. \
             According to General Eva Berg, the drones \"follow a pattern.\"",
        );
        assert_eq!(found[0].1.as_deref(), Some("Petr Novak"));
        assert_eq!(found[1].1.as_deref(), Some("Eva Berg"));
    }

    #[test]
    fn a_definite_reference_to_an_organisation_speaks_for_it() {
        let found = quotes(
            "U.S. Central Command reported the launch. \"This is the 27th attack,\" the command said.",
        );
        assert_eq!(found, [("This is the 27th attack,".to_owned(), Some("U.S. Central Command".to_owned()))]);
    }

    #[test]
    fn an_unnamed_subject_speaks_rather_than_an_earlier_speaker() {
        let found = quotes(
            "\"We are ready,\" said Maria Dunn.\n\nOfficials said the attack was \"unprovoked\".\n\n\
             \"It was chaos,\" a senior diplomat said.",
        );
        assert_eq!(
            found,
            [
                ("We are ready,".to_owned(), Some("Maria Dunn".to_owned())),
                ("unprovoked".to_owned(), Some("Officials".to_owned())),
                ("It was chaos,".to_owned(), Some("a senior diplomat".to_owned())),
            ]
        );
    }

    #[test]
    fn an_appositive_after_the_speaker_does_not_take_the_quote() {
        let found = quotes(
            "\"This is one of the most serious breaches,\" Senator Mark Warner, the chairman of the Senate \
             Intelligence Committee, told reporters.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Mark Warner"));
    }

    #[test]
    fn a_pronoun_skips_a_possessive_for_the_subject() {
        let found = quotes(
            "Mr Nicolet's colleague, Dr Ahmed Yusuf, told the BBC that supplies would run out. \
             \"We are operating by torchlight,\" he says.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Ahmed Yusuf"));
    }

    #[test]
    fn a_paragraph_ending_with_said_colon_introduces_the_next_quote() {
        let found = quotes(
            "The head of the navy, Admiral Sir Ben Key, spoke on Wednesday. He said:\n\n\
             \"The threat is real.\n\n\"We have to be ready.\"",
        );
        assert_eq!(
            found,
            [
                ("The threat is real.".to_owned(), Some("Sir Ben Key".to_owned())),
                ("We have to be ready.".to_owned(), Some("Sir Ben Key".to_owned())),
            ]
        );
    }

    #[test]
    fn speakers_outside_the_registry_are_named_in_words_or_left_open() {
        let found = quotes(
            "Foreign policy chief Kaja Kallas said: \"It is a dangerous moment.\"\n\n\
             In a statement, the ruling Georgian Dream party said: \"We will not be lectured.\"\n\n\
             \"They silence critics,\" according to a senior Western diplomat in Tbilisi.\n\n\
             The Economic Community of West African States (ECOWAS) threatened force. Its defence chiefs \
             said they were ready to deploy \"as soon as the order is given.\"\n\n\
             The tall man by the door said \"never\".",
        );
        let speakers: Vec<Option<&str>> = found.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Kaja Kallas"),
                Some("the ruling Georgian Dream party"),
                Some("a senior Western diplomat"),
                Some("Economic Community of West African States"),
                // Someone the sentence names but the rules cannot read: not the last speaker.
                None,
            ]
        );
    }

    #[test]
    fn a_headline_quote_belongs_to_the_lead_speaker() {
        let found = quotes(
            "Navy chief warns of 'grey zone' threat to cables\n\n\
             The head of the Royal Navy, Admiral Sir Ben Key, spoke on Wednesday. He said: \"The threat is real.\"",
        );
        assert_eq!(found[0], ("grey zone".to_owned(), Some("Sir Ben Key".to_owned())));
    }

    #[test]
    fn colon_before_a_quote_names_the_speaker() {
        let found = quotes("Pakistan: 'We will respond'\n\nPakistan warned India on Monday.");
        assert_eq!(found[0].1.as_deref(), Some("Pakistan"));
    }

    #[test]
    fn labels_are_not_quotes() {
        assert!(
            texts("Trump's “America First” policy and the so-called \"shadow fleet\" worry them.").is_empty()
        );
    }

    #[test]
    fn unbalanced_quotes_do_not_swallow_the_article() {
        let found = texts("He said \"this never closes.\nNext paragraph has \"a quote\" here.");
        assert_eq!(found, ["a quote"]);
    }
}
