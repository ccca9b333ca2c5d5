//! Dangers ranked with words of their kind between the superlative and the danger ("the most
//! serious organised crime threat Europe faces", "the gravest security threat"), which the cue
//! list, written as whole phrases ("the gravest threat"), does not hold.

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many words may say what kind of danger is ranked ("organised crime", "national
/// security").
const KIND_WORDS: usize = 3;

/// A ranked danger at the word `at`: a word of [`Words::RankingSuperlatives`] ("most" only before
/// a word of [`Words::RankingAdjectives`]), up to a few lower-case words of its kind, then a word
/// of [`Words::RankedDangerNouns`]. Returns the token range from the superlative to the danger.
pub(super) fn ranked_danger(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::RankingSuperlatives, text, at) {
        return None;
    }
    let mut first = at + 1;
    if text.is_word_ci(at, "most") {
        if !LEXICON.word_in(Words::RankingAdjectives, text, first) {
            return None;
        }
        first += 1;
    }
    let kind_word = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !LEXICON.word_in(Words::RankingStopWords, text, i)
    };
    (first..(first + KIND_WORDS + 1).min(sentence.end))
        .take_while(|&i| kind_word(i))
        .find(|&i| LEXICON.word_in(Words::RankedDangerNouns, text, i))
        .map(|danger| at..danger + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn ranked(sentence: &str) -> Option<String> {
        let text = tokenize(sentence);
        let all = 0..text.tokens.len();
        all.clone()
            .find_map(|at| ranked_danger(&text, all.clone(), at))
            .map(|range| text.key_span(range.start, range.end).to_owned())
    }

    #[test]
    fn a_danger_ranked_with_words_of_its_kind_between_is_found() {
        assert_eq!(
            ranked("Smuggling is the most serious organised crime threat Vela faces.").as_deref(),
            Some("most serious organised crime threat")
        );
        assert_eq!(
            ranked("It called the cartel the gravest security threat.").as_deref(),
            Some("gravest security threat")
        );
        assert!(ranked("The biggest cyber risk is an insider.").is_some());
        // Not a danger, or the phrase ends before one.
        assert!(ranked("It was the biggest change to the risk model.").is_none());
        assert!(ranked("The most popular party faces a threat.").is_none());
        assert!(ranked("The main road and the danger zone were closed.").is_none());
    }
}
