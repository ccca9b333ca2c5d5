//! The words a state speaks through. "The Kremlin said", "Downing Street insisted" and "Canada's
//! government said" name the state as its actor (the seat and the institution are the state's
//! aliases), but the quote's speaker is written as the article wrote it: a brief that quotes "the
//! White House" should not turn it into "the United States". The words are one of the state's
//! aliases, so the app links them back to the state.

use super::*;
use crate::extract::lexicon::{Entity, Form};

impl Attributor<'_, '_> {
    /// "In Tehran, the foreign ministry said …": a body named by "the" and a body's noun right
    /// after a sentence's opening "In" and a state's name or seat is that state's; the state
    /// speaks, when the article names it as an actor. So does the body's unnamed spokesperson
    /// ("In Tehran, a foreign ministry spokesperson told a briefing …").
    pub(super) fn state_of_fronted_place(&self, span: &QuoteSpan, phrase: &str) -> Option<usize> {
        let mut words: Vec<&str> = phrase.split_whitespace().collect();
        let article = *words.first()?;
        let indefinite = article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an");
        if indefinite
            && words.len() >= 3
            && words.last().is_some_and(|noun| super::spokespeople::voice_noun(&noun.to_lowercase()))
        {
            words.pop();
        } else if !article.eq_ignore_ascii_case("the") {
            return None;
        }
        let head = words.last()?.to_lowercase();
        if LEXICON.org_head_key(&head).is_none() && !LEXICON.has(Words::OrgNouns, &head) {
            return None;
        }
        let sentence = self.sentence_range(span.open_token);
        let first = sentence.start + usize::from(!self.text.is_word(sentence.start));
        if !self.text.is_word_ci(first, "in") {
            return None;
        }
        let place = LEXICON.phrase_at(self.text, first + 1)?;
        let entity @ Entity::Country(_) = place.entry.entity? else { return None };
        if !self.text.is_punct(place.end, ',') || !self.text.is_word_ci(place.end + 1, article) {
            return None;
        }
        let name = LEXICON.entity_name(entity);
        self.actors.actors.iter().position(|a| a.kind == ActorKind::State && a.name == name)
    }

    /// The seat or institution phrase through which state `actor` speaks the quote `span`: its
    /// mention nearest the quote in the same paragraph, when that mention is a seat of government
    /// or ends in a lower-case institution word, and the state lists it as an alias.
    pub(super) fn state_voice(&self, actor: usize, span: &QuoteSpan) -> Option<String> {
        let draft = self.actors.actors.get(actor)?;
        if draft.kind != ActorKind::State {
            return None;
        }
        let paragraph = self.text.tokens.get(span.open_token)?.paragraph();
        let reach_start = span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS);
        let reach_end = span.close_token + ATTRIBUTION_REACH_TOKENS;
        let first = self.actors.mentions.partition_point(|m| m.start_token < reach_start);
        let distance = |m: &MentionRecord| {
            if m.end_token <= span.open_token {
                span.open_token - m.end_token
            } else {
                m.start_token - span.close_token
            }
        };
        let nearest = self
            .actors
            .mentions
            .get(first..)?
            .iter()
            .take_while(|m| m.start_token < reach_end)
            .filter(|m| {
                m.actor == actor && (m.end_token <= span.open_token || m.start_token > span.close_token)
            })
            .filter(|m| self.text.tokens.get(m.start_token).is_some_and(|t| t.paragraph() == paragraph))
            .min_by_key(|m| distance(m))?;
        let mut start = nearest.start_token;
        if self.text.is_word_ci(start, "the") {
            start += 1;
        }
        let end = nearest.end_token;
        let seat = LEXICON
            .phrase_at(self.text, start)
            .is_some_and(|found| found.end == end && found.entry.form == Form::Seat);
        let institution = end > start + 1
            && self.text.tokens.get(end - 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        if !(seat || institution) {
            return None;
        }
        let words = self.phrase(start, end)?;
        draft.aliases.contains(&words).then_some(words)
    }
}
