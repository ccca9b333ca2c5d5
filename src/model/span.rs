//! Byte ranges into a source's normalised text, and the quote selector that lets a range be found
//! again when the text changes.
//!
//! Offsets are UTF-8 byte offsets, always. A range is half-open: `start..end` covers the bytes
//! `start` up to but not including `end`.
//!
//! ```text
//!   text:   N o r t h ␠ K o r e a
//!   byte:   0 1 2 3 4 5 6 7 8 9 10 11
//!   "Korea" is ByteRange::new(6, 11)
//! ```
//!
//! A [`ByteRange`] always has `start <= end`: its fields are private, so every range is made by a
//! constructor that keeps it ordered ([`ByteRange::new`], [`ByteRange::new_in`],
//! [`ByteRange::between`], [`ByteRange::with_len`], [`ByteRange::empty`]), and a session file with a
//! reversed range does not load.
//!
//! egui counts characters; the conversion lives in one place, [`char_to_byte`] and
//! [`byte_to_char`], so no other code mixes the two units.

use serde::{Deserialize, Serialize};

/// How many characters of context a [`TextQuoteSelector`] keeps on each side.
pub const SELECTOR_CONTEXT_CHARS: usize = 32;

/// A half-open range of UTF-8 byte offsets, `start <= end`.
///
/// Whether it fits a particular text (in bounds, on character boundaries) is checked against that
/// text: [`ByteRange::new_in`], [`ByteRange::validate`], [`ByteRange::slice`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawByteRange")]
pub struct ByteRange {
    start: usize,
    end: usize,
}

/// A range as written in a file, before its order is checked.
#[derive(Deserialize)]
struct RawByteRange {
    start: usize,
    end: usize,
}

impl TryFrom<RawByteRange> for ByteRange {
    type Error = RangeError;

    fn try_from(raw: RawByteRange) -> Result<Self, RangeError> {
        ByteRange::new(raw.start, raw.end)
    }
}

/// Why a byte range does not fit a text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    #[error("range {start}..{end} is reversed (start is after end)")]
    Reversed { start: usize, end: usize },
    #[error("range {start}..{end} runs past the end of the text ({len} bytes)")]
    OutOfBounds { start: usize, end: usize, len: usize },
    #[error("range {start}..{end} does not fall on character boundaries")]
    NotCharBoundary { start: usize, end: usize },
}

impl ByteRange {
    /// A range checked against `text`: in bounds, ordered and on character boundaries.
    pub fn new_in(text: &str, start: usize, end: usize) -> Result<Self, RangeError> {
        let range = Self::new(start, end)?;
        range.validate(text)?;
        Ok(range)
    }

    /// Checks that the range fits `text`: in bounds and on character boundaries.
    pub fn validate(&self, text: &str) -> Result<(), RangeError> {
        let (start, end) = (self.start, self.end);
        if start > end {
            return Err(RangeError::Reversed { start, end });
        }
        if end > text.len() {
            return Err(RangeError::OutOfBounds { start, end, len: text.len() });
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(RangeError::NotCharBoundary { start, end });
        }
        Ok(())
    }

    /// A range with `start <= end`, not yet checked against a text (see [`ByteRange::new_in`]).
    pub fn new(start: usize, end: usize) -> Result<Self, RangeError> {
        if start > end {
            return Err(RangeError::Reversed { start, end });
        }
        Ok(Self { start, end })
    }

    /// The range between two positions in either order (a drag, a selection's anchor and head).
    pub fn between(a: usize, b: usize) -> Self {
        Self { start: a.min(b), end: a.max(b) }
    }

    /// The `len` bytes from `start` (a match found by searching).
    pub fn with_len(start: usize, len: usize) -> Self {
        Self { start, end: start.saturating_add(len) }
    }

    /// An empty range at `at` (a caret).
    pub fn empty(at: usize) -> Self {
        Self { start: at, end: at }
    }

    /// The first byte of the range.
    pub const fn start(&self) -> usize {
        self.start
    }

    /// The byte after the last byte of the range.
    pub const fn end(&self) -> usize {
        self.end
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, byte: usize) -> bool {
        self.start <= byte && byte < self.end
    }

    pub fn overlaps(&self, other: &ByteRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the range covers, or `None` if the range does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// A W3C TextQuoteSelector: the exact text of a span with a little context on either side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

impl TextQuoteSelector {
    /// Builds the selector for a range that is valid in `text`.
    pub fn capture(text: &str, range: ByteRange) -> Self {
        let exact = range.slice(text).unwrap_or_default().to_owned();
        let before = text_before(text, range.start);
        let after = text_after(text, range.end);
        let prefix_start = before.char_indices().rev().nth(SELECTOR_CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
        let suffix_end = after.char_indices().nth(SELECTOR_CONTEXT_CHARS).map_or(after.len(), |(i, _)| i);
        Self {
            exact,
            prefix: text_after(before, prefix_start).to_owned(),
            suffix: text_before(after, suffix_end).to_owned(),
        }
    }
}

/// Where a tag sits in its source: a range and the selector that finds it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub range: ByteRange,
    pub quote: TextQuoteSelector,
}

impl Span {
    pub fn capture(text: &str, range: ByteRange) -> Self {
        Self { range, quote: TextQuoteSelector::capture(text, range) }
    }
}

/// An offset counted in characters (Unicode scalar values), the unit egui's cursors use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CharOffset(pub usize);

/// Converts a character offset into a byte offset of `text`; offsets past the end clamp to its length.
pub fn char_to_byte(text: &str, chars: CharOffset) -> usize {
    text.char_indices().nth(chars.0).map_or(text.len(), |(i, _)| i)
}

/// Converts a byte offset into a character offset. A byte inside a character counts that character
/// as not yet reached; offsets past the end clamp.
pub fn byte_to_char(text: &str, byte: usize) -> CharOffset {
    let byte = byte.min(text.len());
    CharOffset(text.char_indices().take_while(|(i, _)| *i < byte).count())
}

/// Moves `byte` down to the nearest character boundary of `text`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// Moves `byte` up to the nearest character boundary of `text`.
pub fn ceil_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// `text[..byte]`, or "" when `byte` is past the end or inside a character. Never panics.
pub fn text_before(text: &str, byte: usize) -> &str {
    text.get(..byte).unwrap_or_default()
}

/// `text[byte..]`, or "" when `byte` is past the end or inside a character. Never panics.
pub fn text_after(text: &str, byte: usize) -> &str {
    text.get(byte..).unwrap_or_default()
}

/// The character that starts at `byte`, if `byte` is a character boundary before the end.
pub fn char_at(text: &str, byte: usize) -> Option<char> {
    text_after(text, byte).chars().next()
}

/// The character that ends at `byte`, if `byte` is a character boundary after the start.
pub fn char_before(text: &str, byte: usize) -> Option<char> {
    text_before(text, byte).chars().next_back()
}

/// Grows a range so that it starts and ends on whole words (letters, digits, apostrophes and
/// hyphens inside a word), and trims surrounding white space. Used when the analyst's selection
/// snaps to words. In scripts written without spaces (Chinese, Japanese, Thai…) a word's end cannot
/// be told from the text, so the selection is kept as the analyst made it there ("北朝鮮" in
/// "北朝鮮は日曜日", not the whole run). Any range is accepted: one past the end or inside a
/// character is first moved to the nearest character boundaries.
pub fn snap_to_words(text: &str, range: ByteRange) -> ByteRange {
    let is_word = |c: char| {
        (c.is_alphanumeric() && !super::text::is_unspaced_script(c)) || c == '\'' || c == '’' || c == '-'
    };
    let mut start = floor_char_boundary(text, range.start);
    let mut end = ceil_char_boundary(text, range.end.max(start));
    // Trim white space first so that a selection that begins on a space does not grow leftwards.
    while let Some(c) = char_at(text, start).filter(|c| start < end && c.is_whitespace()) {
        start += c.len_utf8();
    }
    while let Some(c) = char_before(text, end).filter(|c| end > start && c.is_whitespace()) {
        end -= c.len_utf8();
    }
    if start == end {
        return ByteRange::empty(start);
    }
    if char_at(text, start).is_some_and(is_word) {
        while let Some(c) = char_before(text, start).filter(|&c| is_word(c)) {
            start -= c.len_utf8();
        }
    }
    if char_before(text, end).is_some_and(is_word) {
        while let Some(c) = char_at(text, end).filter(|&c| is_word(c)) {
            end += c.len_utf8();
        }
    }
    ByteRange { start, end }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Café 世界 says 🙂 hello";

    #[test]
    fn validates_bounds_order_and_boundaries() {
        assert!(ByteRange::new_in(TEXT, 0, 5).is_ok()); // "Café" is 5 bytes
        assert_eq!(ByteRange::new_in(TEXT, 0, 4), Err(RangeError::NotCharBoundary { start: 0, end: 4 }));
        assert_eq!(ByteRange::new_in(TEXT, 3, 2), Err(RangeError::Reversed { start: 3, end: 2 }));
        assert!(matches!(ByteRange::new_in(TEXT, 0, TEXT.len() + 1), Err(RangeError::OutOfBounds { .. })));
    }

    #[test]
    fn reversed_ranges_cannot_be_made_or_loaded() {
        assert_eq!(ByteRange::new(3, 2), Err(RangeError::Reversed { start: 3, end: 2 }));
        assert_eq!(ByteRange::between(7, 2), ByteRange::new(2, 7).unwrap());
        assert_eq!((ByteRange::empty(4).start(), ByteRange::empty(4).end()), (4, 4));
        let err = serde_json::from_str::<ByteRange>(r#"{"start": 9, "end": 2}"#).unwrap_err();
        assert!(err.to_string().contains("range 9..2 is reversed"), "{err}");
        let back: ByteRange = serde_json::from_str(r#"{"start": 2, "end": 9}"#).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), r#"{"start":2,"end":9}"#);
    }

    #[test]
    fn helpers_never_panic_inside_a_character_or_past_the_end() {
        let text = "a世";
        assert_eq!(text_before(text, 2), "");
        assert_eq!(text_after(text, 99), "");
        assert_eq!(char_at(text, 1), Some('世'));
        assert_eq!(char_at(text, 2), None);
        assert_eq!(char_before(text, 4), Some('世'));
        assert_eq!(char_before(text, 3), None);
        assert_eq!((floor_char_boundary(text, 3), ceil_char_boundary(text, 3)), (1, 4));
        assert_eq!(ceil_char_boundary(text, 99), 4);
    }

    #[test]
    fn char_and_byte_offsets_round_trip_on_multibyte_text() {
        for (char_idx, (byte_idx, _)) in TEXT.char_indices().enumerate() {
            assert_eq!(char_to_byte(TEXT, CharOffset(char_idx)), byte_idx);
            assert_eq!(byte_to_char(TEXT, byte_idx), CharOffset(char_idx));
        }
        assert_eq!(char_to_byte(TEXT, CharOffset(10_000)), TEXT.len());
        assert_eq!(byte_to_char(TEXT, TEXT.len()), CharOffset(TEXT.chars().count()));
    }

    #[test]
    fn selector_keeps_context_on_char_boundaries() {
        let text = "é".repeat(40) + "TARGET" + &"世".repeat(40);
        let start = "é".len() * 40;
        let range = ByteRange::new_in(&text, start, start + 6).unwrap();
        let sel = TextQuoteSelector::capture(&text, range);
        assert_eq!(sel.exact, "TARGET");
        assert_eq!(sel.prefix.chars().count(), SELECTOR_CONTEXT_CHARS);
        assert_eq!(sel.suffix.chars().count(), SELECTOR_CONTEXT_CHARS);
        assert!(sel.prefix.chars().all(|c| c == 'é'));
        assert!(sel.suffix.chars().all(|c| c == '世'));
    }

    #[test]
    fn selector_at_text_edges_has_short_context() {
        let range = ByteRange::new_in(TEXT, 0, 5).unwrap();
        let sel = TextQuoteSelector::capture(TEXT, range);
        assert_eq!(sel.prefix, "");
        assert_eq!(sel.exact, "Café");
        assert_eq!(sel.suffix, text_after(TEXT, 5));
    }

    #[test]
    fn snapping_grows_to_whole_words_and_trims_space() {
        let text = "the North Korean soldiers";
        // "rth Kor" -> "North Korean"
        let snapped = snap_to_words(text, ByteRange::new(6, 13).unwrap());
        assert_eq!(snapped.slice(text), Some("North Korean"));
        // " soldiers " with leading space
        let snapped = snap_to_words(text, ByteRange::new(16, 20).unwrap());
        assert_eq!(snapped.slice(text), Some("soldiers"));
        // Inside a character: moved to its boundaries, and no further in a script without spaces.
        let snapped = snap_to_words("世界 和平", ByteRange::new(3, 4).unwrap());
        assert_eq!(snapped.slice("世界 和平"), Some("界"));
        // Past the end, or reversed by a drag: never a panic.
        assert_eq!(snap_to_words("世界", ByteRange::new(4, 99).unwrap()).slice("世界"), Some("界"));
        assert_eq!(snap_to_words("a 世", ByteRange::between(5, 3)).slice("a 世"), Some("世"));
    }

    #[test]
    fn a_selection_in_a_script_without_spaces_is_kept_as_made() {
        let text = "北朝鮮は日曜日、ミサイル2発を発射した。Kim Jong Un";
        let at = |s: &str| text.find(s).unwrap();
        // "北朝鮮" stays "北朝鮮", not the whole run "北朝鮮は日曜日".
        let snapped = snap_to_words(text, ByteRange::new(0, at("は")).unwrap());
        assert_eq!(snapped.slice(text), Some("北朝鮮"));
        // A digit between kana and kanji is a word of its own.
        let snapped = snap_to_words(text, ByteRange::new(at("2"), at("2") + 1).unwrap());
        assert_eq!(snapped.slice(text), Some("2"));
        // Latin words after the Japanese still grow to whole words.
        let snapped = snap_to_words(text, ByteRange::new(at("ong"), at("ong") + 2).unwrap());
        assert_eq!(snapped.slice(text), Some("Jong"));
        // Korean is written with spaces: its words grow as Latin ones do.
        let korean = "북한이 미사일을 발사했다";
        let snapped = snap_to_words(korean, ByteRange::new(0, 3).unwrap());
        assert_eq!(snapped.slice(korean), Some("북한이"));
    }
}
