//! Finding the quotes: quotation marks classed as able to open or close, paired per paragraph.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MarkFamily {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Mark {
    token: usize,
    family: MarkFamily,
    can_open: bool,
    can_close: bool,
}

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
        text.tokens.get(close_token.checked_sub(1)?)?.end_byte()
    } else {
        text.tokens.get(close_token)?.start_byte()
    };
    let inner = text.slice(open.end_byte(), inner_end_byte);
    let trimmed_start = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start_byte = open.end_byte() + trimmed_start;
    Some(QuoteSpan {
        open_token,
        close_token: if runs_on { close_token.saturating_sub(1) } else { close_token },
        start_byte,
        end_byte: start_byte + trimmed.len(),
        continues_previous: false,
    })
}

/// Classes a token as a quotation mark, or `None` when it is not one (or is an apostrophe).
pub(super) fn classify_mark(text: &TokenizedText<'_>, index: usize) -> Option<Mark> {
    let token = text.tokens.get(index)?;
    if token.kind != TokenKind::Punct {
        return None;
    }
    let mark_text = text.token_text(index);
    let mark = mark_text.chars().next()?;
    let before = text.text.get(..token.start_byte()).and_then(|s| s.chars().next_back());
    let after = text.text.get(token.end_byte()..).and_then(|s| s.chars().next());
    let opening_context = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '"' | '“' | '‘' | '\'' | '`')
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
        // Typewriter pairs: ``…'' and ''…''.
        '`' if mark_text == "``" => (MarkFamily::Double, true, false),
        '\'' if mark_text == "''" => match (left_flanking, right_flanking) {
            (true, false) => (MarkFamily::Double, true, false),
            _ => (MarkFamily::Double, false, true),
        },
        // A left mark glued to the words before it and followed by a space closes (`unusual,“ said`):
        // a typing slip, or the German „…“ pair.
        '“' if right_flanking && !left_flanking => (MarkFamily::Double, false, true),
        '“' | '„' | '«' => (MarkFamily::Double, true, false),
        '”' | '»' => (MarkFamily::Double, false, true),
        // Chinese, Japanese and Korean corner brackets: 「…」, and 『…』 inside them.
        '「' => (MarkFamily::Double, true, false),
        '」' => (MarkFamily::Double, false, true),
        '『' => (MarkFamily::Single, true, false),
        '』' => (MarkFamily::Single, false, true),
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
