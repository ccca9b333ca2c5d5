//! Outlets that pass words on: `"…," the judge said, according to the Courier`, `…, the Courier
//! reported.`, `…, reported the Courier.` The quote reaches the article through the outlet, and
//! the outlet is its source; "told the Courier" names whom the words were addressed to instead.

use super::*;

/// How many tokens after "according to" or "reported" the outlet is looked for.
const OUTLET_REACH_TOKENS: usize = 3;

impl Attributor<'_, '_> {
    /// The news outlet credited in the quote's sentence (after the quote, or "according to" before
    /// it), if any.
    pub(super) fn outlet_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let closing = self.sentence_range(span.close_token);
        let until = closing.end.min(span.close_token + 1 + ATTRIBUTION_REACH_TOKENS);
        for index in span.close_token + 1..until {
            if self.is_quote_mark(index) {
                break;
            }
            if self.is_according_to(index) {
                return self.outlet_after(index + 2, closing.end);
            }
            // "…, reported the Courier." (the outlet ends the sentence).
            if self.is_report_verb(index)
                && let Some(outlet) = self.outlet_after(index + 1, closing.end)
                && self.ends_clause(self.mention_covering_end(index + 1, closing.end))
            {
                return Some(outlet);
            }
            // "…, the Courier (first) reported."
            if let Some(mention) = self.mention_at(index)
                && self.actors.kind_of(mention) == ActorKind::Media
                && !index
                    .checked_sub(1)
                    .is_some_and(|i| self.text.is_word(i) && !self.text.is_word_ci(i, "the"))
            {
                let mut verb = mention.end_token;
                if self.text.is_word_ci(verb, "first") || self.text.is_word_ci(verb, "also") {
                    verb += 1;
                }
                if self.is_report_verb(verb) && self.ends_clause(verb + 1) {
                    return Some(mention.actor);
                }
            }
        }
        // "According to the Courier, Doe said '…'".
        let sentence = self.sentence_range(span.open_token);
        let from = sentence.start.max(span.open_token.saturating_sub(ATTRIBUTION_REACH_TOKENS));
        (from..span.open_token)
            .filter(|&i| !self.inside_quote(i) && self.is_according_to(i))
            .find_map(|i| self.outlet_after(i + 2, span.open_token))
    }

    fn is_report_verb(&self, token: usize) -> bool {
        self.text.is_word(token)
            && (self.text.is_word_ci(token, "reported") || self.text.is_word_ci(token, "reports"))
    }

    /// The outlet whose mention starts within a few tokens of `start` (after "the"), if the first
    /// mention there is one.
    fn outlet_after(&self, start: usize, limit: usize) -> Option<usize> {
        let end = limit.min(start + OUTLET_REACH_TOKENS);
        match (start..end).find_map(|i| self.mention_at(i)) {
            Some(mention) => (self.actors.kind_of(mention) == ActorKind::Media).then_some(mention.actor),
            // "according to the Courier" after "the Daily Courier": the outlet's last word.
            None => {
                let word = (start..end).find(|&i| self.text.tokens.get(i).is_some_and(|t| t.capitalised))?;
                self.outlet_by_last_word(word)
            }
        }
    }

    /// The one news outlet of the article whose name ends with the word at `token`.
    fn outlet_by_last_word(&self, token: usize) -> Option<usize> {
        let word = self.word(token);
        let mut found = None;
        for (index, actor) in self.actors.actors.iter().enumerate() {
            let last = actor.name.rsplit(' ').next().unwrap_or_default();
            if actor.kind == ActorKind::Media && actor.name.contains(' ') && last == word {
                if found.is_some() {
                    return None;
                }
                found = Some(index);
            }
        }
        found
    }

    /// The token after the first mention starting within reach of `start`.
    fn mention_covering_end(&self, start: usize, limit: usize) -> usize {
        (start..limit.min(start + OUTLET_REACH_TOKENS))
            .find_map(|i| self.mention_at(i))
            .map_or(start, |m| m.end_token)
    }

    /// Whether the clause ends at `token`: the sentence's end, or a full stop or comma.
    fn ends_clause(&self, token: usize) -> bool {
        self.text.tokens.get(token).is_none_or(|t| {
            t.kind == TokenKind::Punct && matches!(self.word(token), "." | "," | ";" | "!" | "?")
        }) || self.text.tokens.get(token).is_some_and(|t| t.sentence_start)
    }
}
