//! Whether a cue tells more of the threat just told or of another one: a pronoun that labels the
//! event just told ("This is a campaign of intimidation"), and a
//! relative clause set in a year of its own, which recalls an actor's record ("officials blamed a
//! gang whose men seized a tanker in 2024").

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::evidence::is_quote_mark;

/// How many tokens after the article of a pronoun's label the cue may stand ("This is a
/// coordinated, well-funded campaign of intimidation").
const LABEL_REACH_TOKENS: usize = 5;

/// Whether the statement labels the event just told with the cue: it opens (after any quote
/// marks) with a pronoun of [`Words::LabelPronouns`], a copula and "a" or "an", and the cue
/// follows within a few words ("This is a coordinated campaign of intimidation", "It was an act of
/// sabotage"); or the cue, a noun, follows the copula itself ("It was sabotage").
pub(super) fn pronoun_label(text: &TokenizedText<'_>, statement: Range<usize>, cue: usize) -> bool {
    let opening = after_turn_opening(text, statement.clone());
    let Some(first) =
        (opening..statement.end).find(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word))
    else {
        return false;
    };
    let article = first + 2;
    // "This is one of the most serious attacks", "this is the worst attack": a ranking among its
    // kind labels it too.
    let article_end = if text.is_word_ci(article, "a") || text.is_word_ci(article, "an") {
        article
    } else if text.is_word_ci(article, "one")
        && text.is_word_ci(article + 1, "of")
        && text.is_word_ci(article + 2, "the")
    {
        article + 2
    } else if text.is_word_ci(article, "the") && is_superlative(text, article + 1) {
        article + 1
    } else if cue == article && !text.token_text(cue).ends_with("ed") {
        // "It was sabotage", "This is terrorism": a bare noun after the copula labels too ("It
        // was attacked" is a passive, no label).
        first + 1
    } else {
        return false;
    };
    LEXICON.word_in(Words::LabelPronouns, text, first)
        && LEXICON.word_in(Words::LabelCopulas, text, first + 1)
        && cue > article_end
        && cue <= article_end + LABEL_REACH_TOKENS
}

/// Whether the word at `index` ranks ("most", "worst", "deadliest"): a superlative after "the".
fn is_superlative(text: &TokenizedText<'_>, index: usize) -> bool {
    text.is_word(index) && {
        let key = text.key(index);
        key == "most" || key == "worst" || key.ends_with("est") && key.chars().count() > 4
    }
}

/// How many words a transcript's speaker label may have before its colon ("ARRIETA:", "GEN.
/// MARSH:").
const SPEAKER_LABEL_TOKENS: usize = 4;

/// Where a statement really opens in a transcript's turn: after a speaker label in capitals and
/// its colon ("ANCHOR: …"), and after a name addressed with a comma ("Rachel, this is …").
fn after_turn_opening(text: &TokenizedText<'_>, statement: Range<usize>) -> usize {
    let mut start = statement.start;
    let colon =
        (start..(start + SPEAKER_LABEL_TOKENS + 1).min(statement.end)).find(|&i| text.token_text(i) == ":");
    if let Some(colon) = colon
        && colon > start
        && (start..colon)
            .all(|i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct || t.all_caps))
    {
        start = colon + 1;
    }
    let addressed = text.tokens.get(start).is_some_and(|t| t.capitalised && !t.all_caps)
        && text.token_text(start + 1) == ",";
    if addressed && start + 2 < statement.end {
        start += 2;
    }
    start
}

/// Whether the clause of a cue is a relative clause ("…, whose men seized a tanker in 2024"),
/// perhaps after a closing quote mark: set in a year of its own, it recalls the record of the
/// actor named, not a new threat.
/// The cue must follow the pronoun with no punctuation between: in "the war, which began in
/// 2023, has seen atrocities" the cue is back in the main clause.
pub(super) fn in_relative_clause(text: &TokenizedText<'_>, clause: &Range<usize>, cue: usize) -> bool {
    let opening = if is_quote_mark(text, clause.start) { clause.start + 1 } else { clause.start };
    LEXICON.word_in(Words::RelativePronouns, text, opening)
        && (opening..cue).all(|i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
}

/// How many tokens before a cue the auxiliary of a record may stand ("has carried out more than
/// 40 bombings").
const RECORD_REACH_TOKENS: usize = 6;

/// Whether the cue is counted in the perfect, a count between an auxiliary of the perfect and the
/// cue ("The group has carried out more than 40 bombings since 2019"): the actor's record, told as
/// a statement of its own.
pub(super) fn record_told(text: &TokenizedText<'_>, statement: usize, cue: usize) -> bool {
    let from = cue.saturating_sub(RECORD_REACH_TOKENS).max(statement);
    (from..cue).any(|auxiliary| {
        LEXICON.word_in(Words::PerfectAuxiliaries, text, auxiliary)
            && (auxiliary + 1..cue).any(|i| super::figurative::is_count(text, i))
    })
}

/// How many tokens before a cue a witness and a verb of perception are looked for ("Residents of
/// the neighbourhood near the palace described | hours of automatic | gunfire").
const WITNESS_REACH_TOKENS: usize = 12;

/// Whether the cue is what witnesses perceived of an event: a word of [`Words::WitnessNouns`],
/// then a verb of [`Words::PerceptionVerbs`], both in the statement a few words before the cue,
/// the witnesses first ("Residents described hours of gunfire", "Witnesses said they heard two
/// blasts"). Such an account tells the event already told, if any; not when a word of
/// [`Words::TruceWords`] stands in the sentence near it, which makes it a breach of the truce.
pub(super) fn witnessed(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    statement: usize,
    cue: usize,
) -> bool {
    let from = cue.saturating_sub(WITNESS_REACH_TOKENS).max(statement);
    let Some(verb) = (from..cue).rev().find(|&i| LEXICON.word_in(Words::PerceptionVerbs, text, i)) else {
        return false;
    };
    let near = sentence.start.max(cue.saturating_sub(TRUCE_REACH_TOKENS))
        ..sentence.end.min(cue + TRUCE_REACH_TOKENS);
    (from..verb).any(|i| LEXICON.word_in(Words::WitnessNouns, text, i))
        && !near.into_iter().any(|i| LEXICON.word_in(Words::TruceWords, text, i))
}

/// How many tokens either side of what witnesses heard a word for a truce is looked for.
const TRUCE_REACH_TOKENS: usize = 30;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn a_pronoun_labels_the_event_just_told() {
        let text =
            tokenize("\u{201c}This is a deliberate campaign of intimidation,\u{201d} the minister said.");
        assert!(pronoun_label(&text, 0..text.tokens.len(), text.position_of("campaign")));
        let text = tokenize("\"This is one of the worst hacking attacks we have seen,\" he said.");
        assert!(pronoun_label(&text, 0..text.tokens.len(), text.position_of("hacking")));
        let text = tokenize("KOWALSKI: Dana, this is the deadliest bombing in the city for a decade.");
        assert!(pronoun_label(&text, 0..text.tokens.len(), text.position_of("bombing")));
        let text = tokenize("This is the road where a bombing took place.");
        assert!(!pronoun_label(&text, 0..text.tokens.len(), text.position_of("bombing")));
        let text = tokenize("This week a campaign of intimidation began.");
        assert!(!pronoun_label(&text, 0..text.tokens.len(), text.position_of("campaign")));
        // A bare noun after the copula labels too; a passive does not.
        let text = tokenize("\"It was sabotage, paid for by a foreign power,\" the judge said.");
        assert!(pronoun_label(&text, 0..text.tokens.len(), text.position_of("sabotage")));
        let text = tokenize("It was attacked by gunmen on Sunday.");
        assert!(!pronoun_label(&text, 0..text.tokens.len(), text.position_of("attacked")));
    }
}
