//! Quotes introduced outside their own sentence: by a sentence of reported speech right before
//! ("Doe argued that the plan was sound. '…'"), by a colon ("Doe has taken the usual line: '…'",
//! a paragraph ending "He said:"), or by "As Doe put it, '…'".

use super::*;

impl Attributor<'_, '_> {
    /// "Doe argued that the plan was sound. '…'": a quote that opens its sentence right after a
    /// sentence of reported speech in the same paragraph goes on in that speaker's voice.
    pub(super) fn attribution_by_previous_sentence(
        &self,
        span: &QuoteSpan,
    ) -> Option<(Option<usize>, String)> {
        let sentence = self.sentence_range(span.open_token);
        let opens = span.open_token == sentence.start
            || (span.open_token == sentence.start + 1 && !self.text.is_word(sentence.start));
        let paragraph = self.text.tokens.get(span.open_token)?.paragraph();
        let previous = self.sentence_range(sentence.start.checked_sub(1)?);
        let previous_paragraph = self.text.tokens.get(previous.start)?.paragraph();
        // "Ko Min, a spokesman for the group, said the aircraft circled twice. ¶ '…'": a paragraph
        // that opens with the quote goes on in the voice of the paragraph before, when that one
        // quotes nobody and ends in reported speech.
        let continues_paragraph = previous_paragraph + 1 == paragraph
            && self.text.paragraphs.get(paragraph).is_some_and(|p| p.start == span.open_token)
            && self
                .text
                .paragraphs
                .get(previous_paragraph)
                .is_some_and(|p| !p.clone().any(|i| self.is_quote_mark(i) || self.inside_quote(i)));
        if !opens || previous_paragraph != paragraph && !continues_paragraph {
            return None;
        }
        // The quote's own sentence attributes nothing else.
        let after = span.close_token + 1;
        if (after..sentence.end.min(after + ATTRIBUTION_REACH_TOKENS)).any(|i| self.is_speech_verb(i)) {
            return None;
        }
        // "He went further in a speech, hinting that …": a participle after a comma speaks in the
        // voice of its sentence's subject.
        let speech_verb = |range: Range<usize>| {
            let reach = range.start.max(range.end.saturating_sub(ATTRIBUTION_REACH_TOKENS));
            (reach..range.end).find(|&i| {
                !self.inside_quote(i)
                    && (self.is_speech_verb(i)
                        && (!self.word(i).ends_with("ing")
                            || i > range.start && self.text.is_punct(i - 1, ','))
                        || self.put_plainly(i, range.end))
            })
        };
        // "Ana Ruiz told the BBC the scale was new. More than a million have fled, according to UN
        // figures. ¶ '…'": a sentence of figures between the reported speech and the quote
        // attributes nothing; the sentence before it does.
        let (previous, verb) = match speech_verb(previous.clone()) {
            Some(verb) => (previous, verb),
            None if continues_paragraph && self.cites_only_figures(previous.clone()) => {
                let earlier = self.sentence_range(previous.start.checked_sub(1)?);
                if self.text.tokens.get(earlier.start)?.paragraph() != previous_paragraph {
                    return None;
                }
                let verb = speech_verb(earlier.clone())?;
                (earlier, verb)
            }
            None => return None,
        };
        // The subject stands right before the verb ("Doe argued", "She said") or closes an
        // appositive ("Doe, her lawyer, argued"); "the board writes" or "… and said" name nobody
        // that can be read.
        let before_verb = verb.checked_sub(1)?;
        if self.mention_covering(before_verb).is_none()
            && !self.text.is_punct(before_verb, ',')
            && self.pronoun(before_verb).is_none()
        {
            return None;
        }
        let (actor, via_pronoun) = self.subject_before_verb(previous.start, verb)?;
        Some((Some(actor), Self::rule("quote:previous-sentence", via_pronoun)))
    }

    /// Whether "put" at `verb` closes its sentence (ending at `end`) in a manner of saying: "Ana
    /// Ruiz put it more bluntly.", "Ruiz put the dilemma simply.": a few words, the last an adverb
    /// of [`Words::SayingManners`], then the full stop. The quote after such a sentence is what
    /// was put so ("put the boxes there quickly" puts nothing into words).
    fn put_plainly(&self, verb: usize, end: usize) -> bool {
        /// How many words the object and its adverb span at most.
        const PUT_WORDS: usize = 5;
        let full_stop = end.saturating_sub(1);
        (self.text.is_word_ci(verb, "put") || self.text.is_word_ci(verb, "puts"))
            && self.text.is_punct(full_stop, '.')
            && full_stop > verb + 1
            && full_stop - verb <= PUT_WORDS + 1
            && (verb + 1..full_stop).all(|i| self.text.is_word(i))
            && LEXICON.word_in(Words::SayingManners, self.text, full_stop - 1)
    }

    /// Whether a sentence names no source but figures: "according to" followed closely by a word
    /// for figures ("according to UN figures"), and no speech verb or other source.
    fn cites_only_figures(&self, sentence: Range<usize>) -> bool {
        /// How many tokens after "according to" the word for figures may stand.
        const FIGURES_REACH: usize = 4;
        let figures = |i: usize| {
            (i + 2..(i + 2 + FIGURES_REACH).min(sentence.end))
                .any(|j| LEXICON.word_in(Words::FigureNouns, self.text, j))
        };
        let mut cited = false;
        for i in sentence.clone() {
            if self.is_speech_verb(i) || self.is_according_to(i) && !figures(i) {
                return false;
            }
            cited |= self.is_according_to(i);
        }
        cited
    }

    /// `DOE: "…"`: a transcript's speaker label in capitals opens the paragraph and the quote
    /// follows its colon; the one person of the registry whose surname the label spells speaks.
    /// Nobody when no person, or more than one, has that surname.
    pub(super) fn attribution_by_capitals_label(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let colon = span.open_token.checked_sub(1)?;
        let label = colon.checked_sub(1)?;
        let token = self.text.tokens.get(label)?;
        if token.kind != TokenKind::Word || !token.all_caps || !self.text.is_punct(colon, ':') {
            return None;
        }
        let paragraph = self.text.paragraphs.get(token.paragraph())?;
        if paragraph.start != label {
            return None;
        }
        let word = self.word(label);
        let mut people = self.actors.actors.iter().enumerate().filter(|(_, actor)| {
            actor.kind == ActorKind::Person
                && actor.name.rsplit(' ').next().is_some_and(|surname| surname.eq_ignore_ascii_case(word))
        });
        let (actor, _) = people.next()?;
        people.next().is_none().then(|| (Some(actor), "quote:capitals-label".to_owned()))
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
    /// that opens the next paragraph. Without a speech verb ("She went further in her evidence to
    /// the committee:"), a person who opens the introducing sentence speaks.
    pub(super) fn attribution_across_colon(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let colon = span.open_token.checked_sub(1)?;
        let opens_paragraph =
            self.text.tokens.get(colon)?.paragraph() != self.text.tokens.get(span.open_token)?.paragraph();
        if !opens_paragraph || !self.text.is_punct(colon, ':') {
            return None;
        }
        let sentence = self.sentence_range(colon);
        // The last speech verb of the introducing sentence, outside quotes.
        let Some(verb) = (sentence.start.max(colon.saturating_sub(SUBJECT_REACH_TOKENS))..colon)
            .rev()
            .find(|&i| !self.inside_quote(i) && self.is_speech_verb(i) && !self.word(i).ends_with("ing"))
        else {
            return self.person_opening_sentence(sentence.start, colon);
        };
        let (actor, via_pronoun) = self
            .subject_before_verb(sentence.start, verb)
            .or_else(|| self.subject_after_verb(verb + 1, colon))?;
        Some((Some(actor), Self::rule("quote:colon-paragraph", via_pronoun)))
    }

    /// The person who opens the sentence from `sentence_start` to `colon` (after any subordinate
    /// clause), named or by a pronoun, when no other word is read first and the sentence is short
    /// enough to be an introduction ("He went further in a briefing:").
    fn person_opening_sentence(
        &self,
        sentence_start: usize,
        colon: usize,
    ) -> Option<(Option<usize>, String)> {
        if colon.saturating_sub(sentence_start) > SUBJECT_REACH_TOKENS {
            return None;
        }
        let first = self.main_clause_start(sentence_start, colon);
        let (end, (actor, via_pronoun)) = self.sentence_subject(first, colon)?;
        let start =
            self.mention_covering(end.saturating_sub(1)).map_or(end.saturating_sub(1), |m| m.start_token);
        let person = self.actors.actors.get(actor).is_some_and(|a| a.kind == ActorKind::Person);
        let opens = start == first || (start == first + 1 && !self.text.is_word(first));
        (opens && person).then(|| (Some(actor), Self::rule("quote:colon-paragraph-subject", via_pronoun)))
    }

    /// `"We will win." — Jo Bell`: a dash after the closing mark and a name that ends the
    /// paragraph (only marks after it) credit the quote to that actor, as under an epigraph or
    /// a claim being checked.
    pub(super) fn attribution_by_dash(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let dash = span.close_token + 1;
        if !(self.text.is_punct(dash, '\u{2014}') || self.text.is_punct(dash, '\u{2013}')) {
            return None;
        }
        let mention = self.mention_at(dash + 1)?;
        let paragraph = self.text.tokens.get(span.close_token)?.paragraph();
        let range = self.text.paragraphs.get(paragraph)?;
        ((mention.end_token..range.end).all(|i| !self.text.is_word(i)) && mention.end_token <= range.end)
            .then(|| (Some(mention.actor), "quote:dash-credit".to_owned()))
    }
}
