//! Which paragraph holds the headline: the first, unless the first is only a label above it
//! ("News Analysis", "EXCLUSIVE", "World | Asia"), a line of words a section or a story type is
//! called by ([`Words::KickerWords`]).

use super::lexicon::{LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText};

/// How many tokens a label above the headline has at most.
const LABEL_TOKENS: usize = 5;

/// The index of the paragraph that holds the headline: 0, or 1 when the first paragraph is a
/// label and two paragraphs at least follow it.
pub fn headline_paragraph(text: &TokenizedText<'_>) -> usize {
    let Some(first) = text.paragraphs.first() else { return 0 };
    let separator = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(text.token_text(i), "|" | ":" | "-" | "–" | "—" | "/")
    };
    let label = text.paragraphs.len() > 2
        && !first.is_empty()
        && first.len() <= LABEL_TOKENS
        && first.clone().any(|i| text.is_word(i))
        && first.clone().all(|i| LEXICON.word_in(Words::KickerWords, text, i) || separator(i));
    usize::from(label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn a_label_above_the_headline_moves_it_to_the_second_paragraph() {
        let text = tokenize("News Analysis\n\nAs Norland Moves Troops, a Feud Turns Volatile\n\nThe body.");
        assert_eq!(headline_paragraph(&text), 1);
        let text = tokenize("EXCLUSIVE | WORLD\n\nPort seized\n\nThe body.");
        assert_eq!(headline_paragraph(&text), 1);
        // A short headline of other words is the headline.
        let text = tokenize("Storm hits port\n\nBy Jo Bell\n\nThe body.");
        assert_eq!(headline_paragraph(&text), 0);
        // A label alone before one paragraph is the headline of a text with no other.
        let text = tokenize("Analysis\n\nThe body.");
        assert_eq!(headline_paragraph(&text), 0);
    }
}
