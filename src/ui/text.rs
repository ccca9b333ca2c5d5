//! Slicing article text without panicking: every byte slice in the UI goes through these helpers,
//! which respect character boundaries (the article may be Korean, Japanese, emoji with joiners…).

use crate::model::ByteRange;
use crate::model::span::{ceil_char_boundary, floor_char_boundary};

/// The text `range` covers, or "" when the range does not fit `text` (never panics).
pub fn text_in(text: &str, range: ByteRange) -> &str {
    range.slice(text).unwrap_or("")
}

/// The text from byte `start` to byte `end`, each moved outwards to the nearest character
/// boundary and clamped to the text (never panics; "" when `start > end`).
pub fn text_between(text: &str, start: usize, end: usize) -> &str {
    let start = floor_char_boundary(text, start);
    let end = ceil_char_boundary(text, end);
    text.get(start..end).unwrap_or("")
}

/// The text before byte `at` (moved down to a character boundary).
pub fn text_before(text: &str, at: usize) -> &str {
    text.get(..floor_char_boundary(text, at)).unwrap_or("")
}

/// The text from byte `at` (moved down to a character boundary) to the end.
pub fn text_from(text: &str, at: usize) -> &str {
    text.get(floor_char_boundary(text, at)..).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_never_cut_a_character() {
        let text = "대한민국 🙂 日本";
        for a in 0..=text.len() + 2 {
            for b in 0..=text.len() + 2 {
                let s = text_between(text, a, b);
                assert!(text.contains(s));
                assert!(text.starts_with(text_before(text, a)));
                assert!(text.ends_with(text_from(text, a)));
                let r = ByteRange::between(a, b);
                assert!(text.contains(text_in(text, r)));
            }
        }
        assert_eq!(text_between(text, 1, 2), "대");
        assert_eq!(text_in(text, ByteRange::between(0, 3)), "대");
        assert_eq!(text_in(text, ByteRange::between(0, 2)), "");
    }
}
