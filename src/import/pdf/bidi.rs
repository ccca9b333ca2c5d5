//! Lines of right-to-left script (Hebrew, Arabic) from visual order to reading order.
//!
//! Shaping producers (Chromium, LibreOffice, WeasyPrint) draw a right-to-left line glyph by glyph
//! from left to right, so the glyphs arrive in *visual* order: read as they come, every word is
//! spelled backwards and the words run from the end of the line to its start. A line whose letters
//! are mostly of a right-to-left script is turned around glyph by glyph (a glyph's text, such as
//! the two letters of a lam-alef ligature, keeps its own order), and the runs of left-to-right
//! letters and digits inside it (a number, a Latin name) are turned back, as the Unicode
//! bidirectional algorithm would show them. Glyphs that arrive from right to left are already in
//! reading order and are left alone (see `LineCollector`).

/// A letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms.
pub(super) fn is_rtl_letter(c: char) -> bool {
    matches!(u32::from(c),
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        && c.is_alphabetic()
}

/// Whether a line's letters are mostly of a right-to-left script.
pub(super) fn is_rtl_line(text: &str) -> bool {
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_rtl_letter(c) {
            rtl += 1;
        } else {
            ltr += 1;
        }
    }
    rtl > ltr
}

/// A glyph that reads left to right inside a right-to-left line: Latin (or other) letters and
/// digits.
fn is_ltr_glyph(glyph: &str) -> bool {
    glyph.chars().next().is_some_and(|c| (c.is_alphanumeric() && !is_rtl_letter(c)) || c.is_ascii_digit())
}

/// The line `glyphs` (each glyph's text, in visual order from left to right) in reading order.
pub(super) fn visual_to_logical(glyphs: &[&str]) -> String {
    let mut out = String::new();
    let mut i = glyphs.len();
    while i > 0 {
        // A run of left-to-right glyphs (with the punctuation and spaces between them, as in
        // "3.5" or "New York") keeps its order.
        if is_ltr_glyph(glyphs[i - 1]) {
            let end = i;
            let mut start = i - 1;
            while start > 0 {
                let previous = glyphs[start - 1];
                let inner = !previous.chars().any(is_rtl_letter)
                    && (is_ltr_glyph(previous)
                        || start >= 2
                            && is_ltr_glyph(glyphs[start - 2])
                            && previous.chars().all(|c| !c.is_alphanumeric()));
                if !inner {
                    break;
                }
                start -= 1;
            }
            glyphs[start..end].iter().for_each(|g| out.push_str(g));
            i = start;
        } else {
            out.push_str(glyphs[i - 1]);
            i -= 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(visual: &str) -> Vec<String> {
        visual.chars().map(String::from).collect()
    }

    #[test]
    fn a_hebrew_line_in_visual_order_reads_from_the_right() {
        // "שלום עולם" drawn from left to right: "םלוע םולש".
        let g = glyphs("םלוע םולש");
        let refs: Vec<&str> = g.iter().map(String::as_str).collect();
        assert_eq!(visual_to_logical(&refs), "שלום עולם");
        assert!(is_rtl_line("םלוע םולש") && !is_rtl_line("hello שלום world"));
    }

    #[test]
    fn numbers_and_latin_words_keep_their_order_and_ligatures_their_letters() {
        // "הוא קנה 3.5 ק״ג" with the digits shown left to right, and "ABC" inside Arabic.
        let g = glyphs("ג״ק 3.5 הנק אוה");
        let refs: Vec<&str> = g.iter().map(String::as_str).collect();
        assert_eq!(visual_to_logical(&refs), "הוא קנה 3.5 ק״ג");
        let arabic = ["ب", "ABC", " ", "\u{0644}\u{0627}", "م"];
        assert_eq!(visual_to_logical(&arabic), "م\u{0644}\u{0627} ABCب");
    }
}
