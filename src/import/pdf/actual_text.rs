//! `/ActualText`: the text a marked-content span stands for, read in place of its glyphs.
//!
//! Producers that shape complex scripts (Chromium and LibreOffice for Devanagari, Bengali, Thai…)
//! draw conjuncts and reordered vowel signs as glyphs whose `ToUnicode` entries are missing or
//! partial, and wrap each cluster in `/Span <</ActualText (…)>> BDC … EMC` with the real text.
//! pdf-extract skips marked content, so each such span is written into the content stream (in
//! memory) as two zero-size rectangles filled at a position no page uses: `MARK_X index 0 0 re f`
//! where the span starts and `MARK_X index 1 0 re f` where it ends. The line collector sees them
//! through `OutputDev::fill` ([`Marker::from_path`]), holds the span's glyphs back and puts the
//! span's text where its first glyph was.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, Path, PathOp, Transform};

/// The x coordinate of a marker's rectangle: far outside any page.
const MARK_X: f64 = -7_654_321.0;

/// Spans per document beyond which the rest keep their glyphs (bounds the table's memory).
const MAX_SPANS: usize = 1_000_000;

/// A span boundary, as the line collector receives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Marker {
    Start(usize),
    End(usize),
}

impl Marker {
    /// The marker a filled path stands for, if it is one.
    pub(super) fn from_path(path: &Path) -> Option<Self> {
        match path.ops.as_slice() {
            [PathOp::Rect(x, index, kind, height)] if *x == MARK_X && *height == 0.0 && *index >= 0.0 => {
                let index = *index as usize;
                match *kind {
                    0.0 => Some(Self::Start(index)),
                    1.0 => Some(Self::End(index)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn operations(self) -> [Operation; 2] {
        let (index, kind) = match self {
            Self::Start(index) => (index, 0),
            Self::End(index) => (index, 1),
        };
        [
            Operation::new(
                "re",
                vec![
                    Object::Real(MARK_X as f32),
                    Object::Integer(index as i64),
                    Object::Integer(kind),
                    Object::Integer(0),
                ],
            ),
            Operation::new("f", vec![]),
        ]
    }
}

/// Glyphs held back in one span beyond this are dropped (the span's text stands for them all).
const MAX_HELD_GLYPHS: usize = 4096;

/// A glyph as pdf-extract hands it to the line collector.
#[derive(Clone, Debug)]
pub(super) struct Glyph {
    pub(super) trm: Transform,
    pub(super) width: f64,
    pub(super) spacing: f64,
    pub(super) font_size: f64,
    pub(super) text: String,
}

/// The spans' texts and the glyphs of the span open now.
#[derive(Debug, Default)]
pub(super) struct Spans {
    texts: Vec<String>,
    /// The open span's index and its glyphs so far.
    held: Option<(usize, Vec<Glyph>)>,
}

impl Spans {
    pub(super) fn new(texts: Vec<String>) -> Self {
        Self { texts, held: None }
    }

    /// Whether glyphs are being held back now.
    pub(super) fn is_open(&self) -> bool {
        self.held.is_some()
    }

    pub(super) fn hold(&mut self, glyph: Glyph) {
        if let Some((_, glyphs)) = &mut self.held
            && glyphs.len() < MAX_HELD_GLYPHS
        {
            glyphs.push(glyph);
        }
    }

    /// What to place when `marker` is met: on a span's end, one glyph with the span's text where
    /// its first glyph was, as wide as its glyphs were together (or, for vertical writing, whose
    /// columns the collector builds glyph by glyph, the glyphs themselves). A span inside another
    /// is ignored: the outer one's text stands for both.
    pub(super) fn marker(&mut self, marker: Marker) -> Vec<Glyph> {
        match marker {
            Marker::Start(index) => {
                if self.held.is_none() && index < self.texts.len() {
                    self.held = Some((index, Vec::new()));
                }
                Vec::new()
            }
            Marker::End(index) => {
                if !matches!(self.held, Some((open, _)) if open == index) {
                    return Vec::new();
                }
                let Some((_, glyphs)) = self.held.take() else { return Vec::new() };
                let (Some(first), Some(last)) = (glyphs.first(), glyphs.last()) else { return Vec::new() };
                if glyphs.iter().any(|glyph| glyph.width < 0.0) {
                    return glyphs;
                }
                let scale = |glyph: &Glyph| glyph.font_size * glyph.trm.m11.hypot(glyph.trm.m12);
                let end = last.trm.m31 + last.width * scale(last);
                let spanned = (end - first.trm.m31) / scale(first);
                let width = if spanned.is_finite() && spanned >= 0.0 {
                    spanned
                } else {
                    glyphs.iter().map(|glyph| glyph.width).sum()
                };
                vec![Glyph { width, text: self.texts[index].clone(), ..first.clone() }]
            }
        }
    }

    /// The glyphs of a span left open at the end of a page, to be placed as they are.
    pub(super) fn flush(&mut self) -> Vec<Glyph> {
        self.held.take().map(|(_, glyphs)| glyphs).unwrap_or_default()
    }
}

/// A PDF text string: UTF-16BE or UTF-8 after their byte-order marks, else PDFDocEncoding (whose
/// printable range matches Latin-1 closely enough for the text of a span).
fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> =
            utf16.chunks_exact(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The `/ActualText` of a `BDC` operation's inline property list.
fn actual_text(operation: &Operation) -> Option<String> {
    let [_, Object::Dictionary(properties)] = operation.operands.as_slice() else { return None };
    match properties.get(b"ActualText").ok()? {
        Object::String(bytes, _) => Some(text_string(bytes)),
        _ => None,
    }
}

/// `operations` with every `/ActualText` span between markers, its text pushed on `texts`;
/// `None` when there is no such span.
fn marked(operations: &[Operation], texts: &mut Vec<String>) -> Option<Vec<Operation>> {
    if !operations.iter().any(|op| op.operator == "BDC" && actual_text(op).is_some()) {
        return None;
    }
    let mut out = Vec::with_capacity(operations.len() + 8);
    // One entry per open marked-content sequence: the span's index when it carries ActualText.
    let mut open: Vec<Option<usize>> = Vec::new();
    for op in operations {
        match op.operator.as_str() {
            "BDC" | "BMC" => {
                out.push(op.clone());
                let text =
                    if op.operator == "BDC" && texts.len() < MAX_SPANS { actual_text(op) } else { None };
                let index = text.map(|text| {
                    texts.push(text);
                    texts.len() - 1
                });
                if let Some(index) = index {
                    out.extend(Marker::Start(index).operations());
                }
                open.push(index);
            }
            "EMC" => {
                if let Some(Some(index)) = open.pop() {
                    out.extend(Marker::End(index).operations());
                }
                out.push(op.clone());
            }
            _ => out.push(op.clone()),
        }
    }
    // A stream that ends inside a span closes it, so its glyphs are not held back for ever.
    while let Some(entry) = open.pop() {
        if let Some(index) = entry {
            out.extend(Marker::End(index).operations());
        }
    }
    Some(out)
}

/// Marks the `/ActualText` spans of every content stream (see the module docs) and returns their
/// texts, indexed as the markers are.
pub(super) fn mark_actual_text(document: &mut Document) -> Vec<String> {
    let mut texts = Vec::new();
    for id in super::text_operators::content_streams(document) {
        let Some(Object::Stream(stream)) = document.objects.get_mut(&id) else { continue };
        let Ok(plain) = stream.get_plain_content() else { continue };
        if memchr::memmem::find(&plain, b"ActualText").is_none() {
            continue;
        }
        let Ok(content) = Content::decode(&plain) else { continue };
        let before = texts.len();
        let Some(operations) = marked(&content.operations, &mut texts) else { continue };
        match (Content { operations }).encode() {
            Ok(bytes) => stream.set_plain_content(bytes),
            Err(_) => texts.truncate(before),
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operators(operations: &[Operation]) -> Vec<&str> {
        operations.iter().map(|op| op.operator.as_str()).collect()
    }

    #[test]
    fn spans_with_actual_text_are_wrapped_in_markers_and_others_are_left() {
        let content = Content::decode(
            b"BT /F1 11 Tf /P <</MCID 0>> BDC /Span <</ActualText <feff0915094d0937>>> BDC <0102> Tj EMC (x) Tj EMC ET",
        )
        .unwrap();
        let mut texts = Vec::new();
        let wrapped = marked(&content.operations, &mut texts).unwrap();
        assert_eq!(texts, ["क्ष"]);
        assert_eq!(
            operators(&wrapped),
            ["BT", "Tf", "BDC", "BDC", "re", "f", "Tj", "re", "f", "EMC", "Tj", "EMC", "ET"]
        );
        let Object::Integer(index) = wrapped[4].operands[1] else { panic!("{:?}", wrapped[4]) };
        assert_eq!(index, 0);
        assert!(
            marked(&Content::decode(b"BT /P <</MCID 3>> BDC (a) Tj EMC ET").unwrap().operations, &mut texts)
                .is_none()
        );
    }

    #[test]
    fn an_unclosed_span_is_closed_at_the_end_of_its_stream() {
        let content = Content::decode(b"/Span <</ActualText (fi)>> BDC BT (X) Tj ET").unwrap();
        let mut texts = vec!["earlier".to_owned()];
        let wrapped = marked(&content.operations, &mut texts).unwrap();
        assert_eq!(texts, ["earlier", "fi"]);
        assert_eq!(operators(&wrapped), ["BDC", "re", "f", "BT", "Tj", "ET", "re", "f"]);
    }

    #[test]
    fn markers_survive_the_content_round_trip_and_are_recognised() {
        for marker in [Marker::Start(0), Marker::End(41), Marker::Start(999_999)] {
            let bytes = Content { operations: marker.operations().to_vec() }.encode().unwrap();
            let decoded = Content::decode(&bytes).unwrap();
            let number = |o: &Object| match o {
                Object::Integer(i) => *i as f64,
                Object::Real(r) => f64::from(*r),
                _ => f64::NAN,
            };
            let ops = &decoded.operations[0].operands;
            let path = Path {
                ops: vec![PathOp::Rect(number(&ops[0]), number(&ops[1]), number(&ops[2]), number(&ops[3]))],
            };
            assert_eq!(Marker::from_path(&path), Some(marker));
        }
        let ordinary = Path { ops: vec![PathOp::Rect(10.0, 10.0, 0.0, 0.0)] };
        assert_eq!(Marker::from_path(&ordinary), None);
    }

    fn glyph(x: f64, width: f64, text: &str) -> Glyph {
        Glyph {
            trm: Transform::row_major(1.0, 0.0, 0.0, 1.0, x, 700.0),
            width,
            spacing: 0.0,
            font_size: 10.0,
            text: text.into(),
        }
    }

    #[test]
    fn a_span_gives_its_text_once_where_its_first_glyph_was_as_wide_as_its_glyphs() {
        let mut spans = Spans::new(vec!["क्ष".into(), "inner".into()]);
        assert!(spans.marker(Marker::Start(0)).is_empty());
        assert!(spans.is_open());
        spans.hold(glyph(100.0, 0.5, "\u{f001}"));
        // A span inside the open one is ignored: the outer text stands for both.
        assert!(spans.marker(Marker::Start(1)).is_empty());
        spans.hold(glyph(105.0, 0.4, "\u{f002}"));
        assert!(spans.marker(Marker::End(1)).is_empty());
        let placed = spans.marker(Marker::End(0));
        assert!(!spans.is_open());
        assert_eq!(placed.len(), 1);
        assert_eq!(placed[0].text, "क्ष");
        assert_eq!(placed[0].trm.m31, 100.0);
        // From the first glyph's origin to the end of the last: (105 + 0.4 × 10 − 100) / 10.
        assert!((placed[0].width - 0.9).abs() < 1e-9, "{}", placed[0].width);
        // A span that drew nothing gives nothing; an unknown index opens nothing.
        assert!(spans.marker(Marker::Start(0)).is_empty());
        assert!(spans.marker(Marker::End(0)).is_empty());
        assert!(spans.marker(Marker::Start(7)).is_empty());
        assert!(!spans.is_open());
    }

    #[test]
    fn vertical_glyphs_and_spans_left_open_at_a_page_end_are_placed_as_they_were() {
        let mut spans = Spans::new(vec!["縦".into()]);
        spans.marker(Marker::Start(0));
        spans.hold(glyph(100.0, -1.0, "a"));
        let placed = spans.marker(Marker::End(0));
        assert_eq!(placed.iter().map(|g| g.text.as_str()).collect::<Vec<_>>(), ["a"]);
        spans.marker(Marker::Start(0));
        spans.hold(glyph(100.0, 0.5, "b"));
        spans.hold(glyph(106.0, 0.5, "c"));
        assert_eq!(spans.flush().iter().map(|g| g.text.as_str()).collect::<Vec<_>>(), ["b", "c"]);
        assert!(!spans.is_open());
    }

    #[test]
    fn text_strings_are_read_in_their_three_encodings() {
        assert_eq!(text_string(&[0xFE, 0xFF, 0x09, 0x15, 0x09, 0x3F]), "कि");
        assert_eq!(text_string(&[0xEF, 0xBB, 0xBF, 0xC3, 0xA9]), "é");
        assert_eq!(text_string(b"fi"), "fi");
        // An odd trailing byte is dropped, not a panic.
        assert_eq!(text_string(&[0xFE, 0xFF, 0x00, 0x41, 0x00]), "A");
    }
}
