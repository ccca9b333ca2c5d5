//! The evidence of a threat: the clauses of a sentence, and the byte range an analyst reads (the
//! sentence, or the clause around the cue when the sentence is too long).

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// Longest evidence, in bytes, before a sentence is cut down to the clause around its cue.
pub(super) const MAX_EVIDENCE_BYTES: usize = 300;

/// The clauses of a sentence as token ranges: split at ; : dashes, and at a comma before a word
/// that opens a clause.
pub(super) fn clause_ranges(text: &TokenizedText<'_>, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut clauses = Vec::new();
    let mut start = sentence.start;
    for index in sentence.clone() {
        let boundary_here = text.tokens[index].kind == TokenKind::Punct
            && match text.token_text(index) {
                ";" | ":" | "—" | "–" => true,
                "-" => {
                    !text.adjacent_on_line(index, index + 1)
                        || text
                            .slice(
                                text.tokens[index].end_byte(),
                                text.tokens
                                    .get(index + 1)
                                    .map_or(text.tokens[index].end_byte(), |t| t.start_byte()),
                            )
                            .starts_with(' ')
                }
                // "…known as \"Admiral\", whose men": a closing quote mark may stand between.
                "," => {
                    LEXICON.word_in(Words::ClauseOpeners, text, index + 1)
                        || is_quote_mark(text, index + 1)
                            && LEXICON.word_in(Words::ClauseOpeners, text, index + 2)
                }
                _ => false,
            };
        if boundary_here && index > start {
            clauses.push(start..index);
            start = index + 1;
        }
    }
    if start < sentence.end {
        clauses.push(start..sentence.end);
    }
    clauses
}

/// Whether the token is a quotation mark.
pub(super) fn is_quote_mark(text: &TokenizedText<'_>, index: usize) -> bool {
    text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
        && ["\"", "\u{201d}", "\u{2019}", "'"].contains(&text.token_text(index))
}

/// The byte range of the evidence: the sentence when short enough, else the clause with the cue,
/// grown with neighbouring clauses while it stays short.
pub(super) fn evidence_range(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    clauses: &[Range<usize>],
    cue_token: usize,
) -> (usize, usize) {
    let bytes_of = |range: &Range<usize>| -> (usize, usize) {
        match (text.tokens.get(range.start), range.end.checked_sub(1).and_then(|i| text.tokens.get(i))) {
            (Some(first), Some(last)) => (first.start_byte(), last.end_byte()),
            _ => (0, 0),
        }
    };
    let (start_byte, end_byte) = bytes_of(&sentence);
    if end_byte - start_byte <= MAX_EVIDENCE_BYTES {
        // "…fired a missile on Monday, days after the ministry warned of reprisals": the trailing
        // clause tells another event, not this threat.
        let end = later_event_comma(text, cue_token..sentence.end)
            .and_then(|comma| comma.checked_sub(1))
            .and_then(|last| text.tokens.get(last))
            .map_or(end_byte, |last| last.end_byte());
        return (start_byte, end);
    }
    let Some(position) = clauses.iter().position(|c| c.contains(&cue_token)) else {
        return bytes_of(&sentence);
    };
    let (mut first, mut last) = (position, position);
    loop {
        let (s, e) = bytes_of(&(clauses[first].start..clauses[last].end));
        let grow_right = last + 1 < clauses.len() && {
            let (_, next_end) = bytes_of(&clauses[last + 1]);
            next_end - s <= MAX_EVIDENCE_BYTES / 2
        };
        let grow_left = first > 0 && {
            let (previous_start, _) = bytes_of(&clauses[first - 1]);
            e - previous_start <= MAX_EVIDENCE_BYTES / 2
        };
        if grow_right {
            last += 1;
        } else if grow_left {
            first -= 1;
        } else {
            // A single clause can still be long: cut it to whole words around the cue.
            return trim_to_limit(text, s, e, cue_token);
        }
    }
}

/// How many words may stand between the comma and the unit of time (", only two days after").
const SPAN_OPENING_WORDS: usize = 2;

/// The comma after the cue that opens a clause dated from another event (", days after …",
/// ", two weeks before …"), if any. Called only on a sentence short enough to be the evidence.
fn later_event_comma(text: &TokenizedText<'_>, after_cue: Range<usize>) -> Option<usize> {
    after_cue.clone().skip(1).find(|&comma| {
        text.token_text(comma) == ","
            && (comma + 1..(comma + 2 + SPAN_OPENING_WORDS).min(after_cue.end)).any(|span| {
                LEXICON.word_in(Words::ElapsedSpans, text, span)
                    && (text.is_word_ci(span + 1, "after") || text.is_word_ci(span + 1, "before"))
            })
    })
}

fn trim_to_limit(
    text: &TokenizedText<'_>,
    start_byte: usize,
    end_byte: usize,
    cue_token: usize,
) -> (usize, usize) {
    if end_byte - start_byte <= MAX_EVIDENCE_BYTES {
        return (start_byte, end_byte);
    }
    let cue_byte = text.tokens.get(cue_token).map_or(start_byte, |t| t.start_byte());
    let half = MAX_EVIDENCE_BYTES / 2;
    let window_start = cue_byte.saturating_sub(half).max(start_byte);
    let window_end = (window_start + MAX_EVIDENCE_BYTES).min(end_byte);
    // Snap to token boundaries inside the window.
    let first = text.token_at_or_after(window_start);
    let mut last = first;
    while text.tokens.get(last).is_some_and(|t| t.end_byte() <= window_end) {
        last += 1;
    }
    match (text.tokens.get(first), last.checked_sub(1).and_then(|i| text.tokens.get(i))) {
        (Some(a), Some(b)) if a.start_byte() < b.end_byte() => (a.start_byte(), b.end_byte()),
        _ => (start_byte, start_byte),
    }
}

/// The clause of the sentence that holds token `at`, or the whole sentence.
pub(super) fn clauses_around(clauses: &[Range<usize>], sentence: &Range<usize>, at: usize) -> Range<usize> {
    let index = clauses.partition_point(|c| c.end <= at);
    clauses.get(index).filter(|c| c.contains(&at)).cloned().unwrap_or(sentence.clone())
}

/// A clause with, when it is a relative clause ("…, which massed troops"), the clause before it,
/// which names what it is about.
pub(super) fn with_antecedent(
    text: &TokenizedText<'_>,
    clauses: &[Range<usize>],
    clause: Range<usize>,
) -> Range<usize> {
    let relative = LEXICON.word_in(Words::RelativePronouns, text, clause.start);
    let index = clauses.partition_point(|c| c.end <= clause.start);
    match index.checked_sub(1).and_then(|i| clauses.get(i)) {
        Some(before) if relative => before.start..clause.end,
        _ => clause,
    }
}
