//! Glyph texts in Unicode's compatibility forms, written as the characters they stand for.
//!
//! Producers that shape text (Chromium, LibreOffice, WeasyPrint) map a glyph back to whatever code
//! point the font's `cmap` gives it: a ligature glyph to `ﬁ` (U+FB01), an Arabic letter to its
//! contextual presentation form (U+FE8E…), and a common Han character to the Kangxi radical that
//! shares its glyph (`⼀` U+2F00 for `一`). Such text cannot be searched, and the radicals are not even
//! letters. Characters in those blocks are replaced by their compatibility decomposition (NFKC), as
//! poppler does; everything else is left as it is.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The blocks whose characters are only presentation variants of other characters.
fn is_presentation_form(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF          // CJK radicals supplement, Kangxi radicals
        | 0xFB00..=0xFB4F        // alphabetic presentation forms: Latin ligatures, Hebrew
        | 0xFB50..=0xFDFF        // Arabic presentation forms A
        | 0xFE70..=0xFEFF) // Arabic presentation forms B
}

/// `text` with its presentation forms decomposed (see the module docs).
pub(super) fn plain_forms(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_presentation_form) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        if is_presentation_form(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_radicals_and_arabic_forms_become_plain_letters() {
        assert_eq!(plain_forms("\u{FB01}eld"), "field");
        assert_eq!(plain_forms("a\u{FB00}ected"), "affected");
        assert_eq!(plain_forms("\u{2F00}\u{2F08}"), "一人");
        // ARABIC LETTER BEH INITIAL FORM, LAM WITH ALEF ISOLATED FORM.
        assert_eq!(plain_forms("\u{FE91}\u{FEFB}"), "\u{0628}\u{0644}\u{0627}");
        assert!(matches!(plain_forms("plain 文字 café"), Cow::Borrowed(_)));
    }
}
