//! Headlines in title case: "'A Public Disgrace,' Jane Doe Tells Convention" or "Jane Doe Says
//! 'We Will Win'". The person named right before a capitalised speech verb speaks the headline's
//! quotes, whether or not the headline ends with a full stop.

use super::*;

/// How many tokens a headline spans at most.
const HEADLINE_TOKENS: usize = 40;

/// The share of longer words outside quotes (in per cent) that must be capitalised for a first
/// paragraph to read as a title-case headline.
const TITLE_CASE_PERCENT: usize = 70;

/// Words shorter than this ("a", "of", "the") may stay lower case in a title.
const TITLE_WORD_CHARS: usize = 4;

impl Attributor<'_, '_> {
    /// The person who speaks `span` when it stands in a title-case headline that names them right
    /// before a capitalised speech verb ("Doe Says", "Doe Tells"); `None` when the headline names
    /// no one that way, or two different people.
    pub(super) fn headline_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let headline = crate::extract::headline::headline_paragraph(self.text);
        if self.text.tokens.get(span.open_token)?.paragraph() != headline
            || self.text.paragraphs.len() < headline + 2
        {
            return None;
        }
        let range = self.text.paragraphs.get(headline)?.clone();
        if range.len() > HEADLINE_TOKENS || !self.is_title_case(range.clone()) {
            return None;
        }
        let mut found = None;
        for index in range {
            let capitalised_verb = self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !self.inside_quote(index))
                && LEXICON.is_speech_verb(&self.word(index).to_ascii_lowercase());
            if !capitalised_verb {
                continue;
            }
            let Some(mention) = index.checked_sub(1).and_then(|i| self.mention_covering(i)) else {
                continue;
            };
            if mention.end_token != index || self.actors.kind_of(mention) != ActorKind::Person {
                continue;
            }
            if found.is_some_and(|actor| actor != mention.actor) {
                return None;
            }
            found = Some(mention.actor);
        }
        found
    }

    /// `'The valley was milked like a cash cow': Pruitt` or `"Not again": Jo Bell on the budget`: a
    /// quote that opens its line, then a colon and a name that ends the line or goes on with
    /// "on" and a topic, is that name's (a title of a live-blog entry or a headline).
    pub(super) fn attribution_by_trailing_label(&self, span: &QuoteSpan) -> Option<(Option<usize>, String)> {
        let paragraph = self.text.paragraphs.get(self.text.tokens.get(span.open_token)?.paragraph())?;
        if paragraph.start != span.open_token || !self.text.is_punct(span.close_token + 1, ':') {
            return None;
        }
        let mention = self.mention_at(span.close_token + 2)?;
        let ends_line = mention.end_token >= paragraph.end || self.text.is_word_ci(mention.end_token, "on");
        (ends_line && self.actors.kind_of(mention) != ActorKind::Media)
            .then(|| (Some(mention.actor), "quote:trailing-label".to_owned()))
    }

    /// Whether the quote's sentence names, before the quote, a speaker of its own in plain words
    /// ("…, family says he is a 'pawn'"): then a headline's quote is not the lead speaker's.
    pub(super) fn names_bare_speaker_before(&self, span: &QuoteSpan) -> bool {
        let sentence = self.sentence_range(span.open_token);
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        (from..span.open_token)
            .any(|i| !self.inside_quote(i) && self.is_speech_verb(i) && self.bare_noun_subject_before(i))
    }

    /// The kind of `actor`, if there is one.
    pub(super) fn kind_of_actor(&self, actor: Option<usize>) -> Option<ActorKind> {
        actor.and_then(|a| self.actors.actors.get(a)).map(|a| a.kind)
    }

    /// Whether the headline holding `span` has a lower-case noun for a person speak ("… as
    /// minister warns of 'chaos'", "envoy says …"): its quote is then a person's, never an
    /// organisation's or a state's.
    pub(super) fn headline_person_noun_speaks(&self, span: &QuoteSpan) -> bool {
        let Some(token) = self.text.tokens.get(span.open_token) else { return false };
        let Some(range) = self.text.paragraphs.get(token.paragraph()) else { return false };
        (range.start + 1..range.end).any(|verb| {
            let noun = verb - 1;
            self.text.tokens.get(noun).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && (LEXICON.word_in(Words::UnnamedSpeakers, self.text, noun)
                    || LEXICON.title_at(self.text, noun) == Some(verb))
                && !self.inside_quote(verb)
                && self.is_speech_verb(verb)
        })
    }

    /// Whether most longer words of `range` outside quotes are capitalised.
    fn is_title_case(&self, range: Range<usize>) -> bool {
        let (mut words, mut capitalised) = (0, 0);
        for index in range {
            let Some(token) = self.text.tokens.get(index) else { continue };
            if token.kind != TokenKind::Word
                || self.inside_quote(index)
                || self.word(index).chars().count() < TITLE_WORD_CHARS
            {
                continue;
            }
            words += 1;
            capitalised += usize::from(token.capitalised);
        }
        words > 0 && capitalised * 100 >= words * TITLE_CASE_PERCENT
    }
}
