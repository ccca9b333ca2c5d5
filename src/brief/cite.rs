//! Citations in the analyst's prose: `[@T12]` cites tag 12 and `[@J3]` cites judgment 3 (ids as
//! `briefsmith tag` and `briefsmith judge` print them). In a brief a tag reference becomes the
//! passage's citation (`[¶5]`, `[S2 ¶4]`) and a judgment reference the judgment's number in the
//! brief (`[KJ1]`). A reference to something deleted, or to a tag whose passage is no longer in
//! the article, becomes `[¶?]` (`[KJ?]` for a judgment), never the raw `[@T12]`; the brief check
//! ([`super::check`]) reports each one.

use crate::model::{JudgmentId, Session, TagId};

/// What a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reference {
    Tag(TagId),
    Judgment(JudgmentId),
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reference::Tag(t) => write!(f, "[@T{}]", t.0),
            Reference::Judgment(j) => write!(f, "[@J{}]", j.0),
        }
    }
}

/// A reference found in a text, with its byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub reference: Reference,
    pub start_byte: usize,
    pub end_byte: usize,
}

/// How a reference resolves in a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// The citation to print, without brackets: `¶5`, `S2 ¶4`, `KJ1`.
    Cite(String),
    /// The tag or judgment no longer exists.
    Deleted,
    /// The tag exists but its passage is no longer in the article text.
    Orphaned,
}

/// A citation as a brief prints it (what [`render`] and the templates write between brackets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printed<'a> {
    /// `¶5`, `S2 ¶4`; `¶?` (no number) for a passage not found. `source` is the source's label
    /// (`S2`), absent in a brief with one source.
    Paragraph { source: Option<&'a str>, paragraph: Option<u32> },
    /// `KJ1`, or `KJ?` for a judgment that no longer exists.
    Judgment { number: Option<u32> },
}

/// The longest number a printed citation has (a paragraph or a judgment): nine digits.
const MAX_NUMBER_DIGITS: usize = 9;
/// The longest source number of a label (`S9999`).
const MAX_SOURCE_DIGITS: usize = 4;

/// Parses what is inside the brackets of a printed citation: `¶5`, `S2 ¶4`, `KJ1`, `¶?`,
/// `S2 ¶?`, `KJ?`. The one parser of that syntax: the Markdown escaping and the preview's links
/// both use it. Anything else (`¶`, `S ¶2`, `KJ1x`, a space too many, numbers over nine digits,
/// sources over four) is not a citation.
pub fn parse_printed(inner: &str) -> Option<Printed<'_>> {
    let number = |s: &str| -> Option<Option<u32>> {
        if s == "?" {
            Some(None)
        } else if !s.is_empty() && s.len() <= MAX_NUMBER_DIGITS && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok().map(Some)
        } else {
            None
        }
    };
    if let Some(rest) = inner.strip_prefix("KJ") {
        return number(rest).map(|number| Printed::Judgment { number });
    }
    let (source, paragraph) = match inner.split_once(' ') {
        Some((label, paragraph)) => {
            let digits = label.strip_prefix('S')?;
            if digits.is_empty()
                || digits.len() > MAX_SOURCE_DIGITS
                || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            (Some(label), paragraph)
        }
        None => (None, inner),
    };
    let paragraph = number(paragraph.strip_prefix('¶')?)?;
    Some(Printed::Paragraph { source, paragraph })
}

/// Every `[@T<digits>]` and `[@J<digits>]` in `text` (upper or lower case letter), in order.
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|rest| rest.find("[@")) {
        let start = from + at;
        // "[@" is ASCII, so `start + 2` is a character boundary; so is every ASCII byte after it.
        let rest = text.get(start + 2..).unwrap_or_default();
        let kind = rest.bytes().next();
        let digits = rest.get(1..).unwrap_or_default().bytes().take_while(u8::is_ascii_digit).count();
        let closed = rest.as_bytes().get(1 + digits) == Some(&b']');
        let number = rest.get(1..1 + digits).and_then(|d| d.parse::<u64>().ok());
        match (kind, number, closed) {
            (Some(b'T' | b't'), Some(n), true) | (Some(b'J' | b'j'), Some(n), true) => {
                let reference = if matches!(kind, Some(b'T' | b't')) {
                    Reference::Tag(TagId(n))
                } else {
                    Reference::Judgment(JudgmentId(n))
                };
                let end = start + 2 + 1 + digits + 1;
                out.push(Found { reference, start_byte: start, end_byte: end });
                from = end;
            }
            _ => from = start + 2,
        }
    }
    out
}

/// How `reference` resolves in `session`.
pub fn resolve(session: &Session, reference: Reference) -> Resolution {
    let multiple = session.sources.len() > 1;
    match reference {
        Reference::Tag(id) => match session.tag(id) {
            None => Resolution::Deleted,
            Some(tag) if tag.is_orphan() => Resolution::Orphaned,
            Some(tag) => Resolution::Cite(super::context::citation(session, tag, multiple)),
        },
        Reference::Judgment(id) => match session.judgments.iter().position(|j| j.id == id) {
            None => Resolution::Deleted,
            Some(index) => Resolution::Cite(format!("KJ{}", index + 1)),
        },
    }
}

/// The text with every reference replaced by its citation in brackets.
pub fn render(session: &Session, text: &str) -> String {
    let found = find(text);
    if found.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in found {
        out.push_str(text.get(last..f.start_byte).unwrap_or_default());
        let cite = match (resolve(session, f.reference), f.reference) {
            (Resolution::Cite(c), _) => c,
            (_, Reference::Tag(_)) => "¶?".to_owned(),
            (_, Reference::Judgment(_)) => "KJ?".to_owned(),
        };
        out.push('[');
        out.push_str(&cite);
        out.push(']');
        last = f.end_byte;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Confidence, Likelihood, SourceMeta, TagBody, apply};

    #[test]
    fn parses_printed_citations_and_refuses_look_alikes() {
        let para = |source, paragraph| Some(Printed::Paragraph { source, paragraph });
        assert_eq!(parse_printed("¶5"), para(None, Some(5)));
        assert_eq!(parse_printed("S2 ¶14"), para(Some("S2"), Some(14)));
        assert_eq!(parse_printed("S2 ¶?"), para(Some("S2"), None));
        assert_eq!(parse_printed("¶?"), para(None, None));
        assert_eq!(parse_printed("¶123456789"), para(None, Some(123_456_789)));
        assert_eq!(parse_printed("S1234 ¶1"), para(Some("S1234"), Some(1)));
        assert_eq!(parse_printed("KJ1"), Some(Printed::Judgment { number: Some(1) }));
        assert_eq!(parse_printed("KJ?"), Some(Printed::Judgment { number: None }));
        for not in
            ["", "¶", "S ¶2", "KJ", "KJ1x", "¶7 ", " ¶4", "S2  ¶4", "S2¶4", "s2 ¶4", "S2\t¶4", "¶-1", "¶+1"]
        {
            assert_eq!(parse_printed(not), None, "{not:?}");
        }
        // Where the preview and the escaping used to differ: too many digits is not a citation.
        for not in ["¶1234567890", "S12345 ¶1", "S2 ¶1234567890", "KJ1234567890", "¶５"] {
            assert_eq!(parse_printed(not), None, "{not:?}");
        }
    }

    #[test]
    fn finds_references_and_ignores_look_alikes() {
        let text =
            "Cut [@T12], ships [@j3]; not [@X1], [@T], [@T12, [T5] or [@T99999999999999999999999].世界[@T7]";
        let found: Vec<String> = find(text).iter().map(|f| f.reference.to_string()).collect();
        assert_eq!(found, ["[@T12]", "[@J3]", "[@T7]"]);
        let last = find(text).pop().unwrap();
        assert_eq!(text.get(last.start_byte..last.end_byte), Some("[@T7]"));
        assert!(find("[@").is_empty() && find("").is_empty() && find("[@T1").is_empty());
    }

    #[test]
    fn renders_citations_and_never_the_raw_reference() {
        let mut s = Session::new();
        let text = "First paragraph.\n\nShips cut a cable near Öland.";
        let src = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: text.into() })
            .unwrap()
            .sources[0];
        let range = s.occurrences(src, "Ships cut a cable")[0];
        let tag = apply(
            &mut s,
            Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() },
        )
        .unwrap()
        .tags[0];
        let judgment = apply(
            &mut s,
            Action::AddJudgment {
                text: "More cuts are likely.".into(),
                likelihood: Likelihood::Likely,
                confidence: Confidence::Low,
                supporting: vec![tag],
                against: vec![],
            },
        )
        .unwrap()
        .judgments[0];
        let prose = format!("Cables were cut [@T{}], so [@J{}]; gone [@T999] [@J999].", tag.0, judgment.0);
        assert_eq!(render(&s, &prose), "Cables were cut [¶2], so [KJ1]; gone [¶?] [KJ?].");
        assert_eq!(resolve(&s, Reference::Tag(TagId(999))), Resolution::Deleted);
        s.tags[0].status = crate::model::AnchorStatus::Orphan;
        assert_eq!(resolve(&s, Reference::Tag(tag)), Resolution::Orphaned);
        assert!(!render(&s, &prose).contains("[@"));
    }
}
