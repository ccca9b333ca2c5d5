//! Normalising article text once, and finding its paragraphs.
//!
//! Every offset in Briefsmith points into normalised text: valid UTF-8, no byte-order mark, `\n`
//! line ends only, no NUL or other control characters except tab and newline, no trailing white
//! space on lines, and no runs of more than one blank line.

use super::span::ByteRange;

/// Normalises text for storage: strips a BOM, turns CRLF and lone CR into LF, removes control
/// characters (keeping tab and newline), trims trailing white space on each line, collapses runs of
/// blank lines to one and trims blank lines at both ends.
pub fn normalize(input: &str) -> String {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let mut out = String::with_capacity(input.len());
    let mut blank_run = 0usize;
    let mut started = false;
    let mut lines = LineSplitter { rest: input };
    while let Some(line) = lines.next_line() {
        // Most lines hold nothing to remove: they are copied as they are, without a pass over
        // their characters.
        let cleaned: std::borrow::Cow<'_, str> = if is_clean(line) {
            line.into()
        } else {
            line.chars()
                .filter(|&c| c == '\t' || !(c.is_control() || c == '\u{feff}'))
                .map(|c| match c {
                    // Line and paragraph separators would otherwise split lines invisibly.
                    '\u{2028}' | '\u{2029}' => ' ',
                    c => c,
                })
                .collect::<String>()
                .into()
        };
        let cleaned = cleaned.trim_end();
        if cleaned.is_empty() {
            if started {
                blank_run += 1;
            }
            continue;
        }
        if started {
            out.push('\n');
            if blank_run > 0 {
                out.push('\n');
            }
        }
        blank_run = 0;
        started = true;
        out.push_str(cleaned);
    }
    out
}

/// Whether a line has no character [`normalize`] removes or replaces: no control character but
/// tab (C0, DEL, or C1, which UTF-8 writes as 0xC2 0x80–0x9F), no byte-order mark (EF BB BF), no
/// line or paragraph separator (E2 80 A8/A9). Reads bytes, not characters.
fn is_clean(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut from = 0;
    // Only the bytes the table marks need a closer look; the rest are skipped a byte at a time.
    while let Some(offset) =
        bytes.get(from..).and_then(|rest| rest.iter().position(|&b| NEEDS_A_LOOK[usize::from(b)]))
    {
        let i = from + offset;
        let clean = match bytes.get(i) {
            Some(0xc2) => !matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
            Some(0xef) => bytes.get(i + 1..i + 3) != Some(&[0xbb, 0xbf][..]),
            Some(0xe2) => !matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xa8 | 0xa9])),
            _ => false,
        };
        if !clean {
            return false;
        }
        from = i + 1;
    }
    true
}

/// The bytes [`is_clean`] looks at: control bytes but tab, and the first bytes of C1 controls
/// (0xC2), the byte-order mark (0xEF) and the line and paragraph separators (0xE2).
const NEEDS_A_LOOK: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte, 0x00..=0x08 | 0x0a..=0x1f | 0x7f | 0xc2 | 0xe2 | 0xef);
        byte += 1;
    }
    table
};

/// Splits on `\r\n`, `\r` and `\n`.
struct LineSplitter<'a> {
    rest: &'a str,
}

impl<'a> LineSplitter<'a> {
    fn next_line(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        // CR and LF are single bytes that never occur inside a longer character, so the line and
        // the rest split on character boundaries.
        let end = memchr::memchr2(b'\r', b'\n', self.rest.as_bytes());
        match end.and_then(|end| Some((self.rest.get(..end)?, self.rest.get(end + 1..)?))) {
            Some((line, rest)) => {
                // After a CR, an LF completes a CRLF line end.
                let after_cr = self.rest.as_bytes().get(line.len()) == Some(&b'\r');
                self.rest = if after_cr { rest.strip_prefix('\n').unwrap_or(rest) } else { rest };
                Some(line)
            }
            None => {
                let line = self.rest;
                self.rest = "";
                Some(line)
            }
        }
    }
}

/// Finds the paragraphs of normalised text.
///
/// Blank lines always separate paragraphs. Inside a block of consecutive lines a line break also
/// starts a new paragraph, unless the block looks hard-wrapped (several lines of similar length
/// that mostly do not end a sentence), in which case the block is one paragraph.
pub fn paragraphs(text: &str) -> Vec<ByteRange> {
    let mut out = Vec::new();
    let mut block: Vec<ByteRange> = Vec::new();
    let mut offset = 0usize;
    for line in text.split('\n') {
        let range = ByteRange::with_len(offset, line.len());
        offset += line.len() + 1;
        if line.trim().is_empty() {
            flush_block(text, &mut block, &mut out);
        } else {
            block.push(range);
        }
    }
    flush_block(text, &mut block, &mut out);
    out
}

fn flush_block(text: &str, block: &mut Vec<ByteRange>, out: &mut Vec<ByteRange>) {
    if block.is_empty() {
        return;
    }
    if looks_hard_wrapped(text, block) {
        out.push(ByteRange::between(block[0].start(), block[block.len() - 1].end()));
    } else {
        out.extend(block.iter().copied());
    }
    block.clear();
}

fn looks_hard_wrapped(text: &str, block: &[ByteRange]) -> bool {
    if block.len() < 3 {
        return false;
    }
    let body = &block[..block.len() - 1];
    let line = |r: &ByteRange| r.slice(text).unwrap_or_default();
    let widths: Vec<usize> = body.iter().map(|r| line(r).chars().count()).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    let min = widths.iter().copied().min().unwrap_or(0);
    if !(40..=120).contains(&max) || min * 10 < max * 7 {
        return false;
    }
    let sentence_ends =
        body.iter().filter(|r| line(r).trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’'])).count();
    sentence_ends * 2 < body.len()
}

/// The index of the paragraph that contains `byte`, if any. `paragraphs` must be sorted.
pub fn paragraph_index(paragraphs: &[ByteRange], byte: usize) -> Option<usize> {
    let i = paragraphs.partition_point(|p| p.end() < byte);
    paragraphs.get(i).filter(|p| p.start() <= byte && byte <= p.end()).map(|_| i).or_else(|| {
        // A byte between paragraphs (on a blank line) belongs to the next one.
        (i < paragraphs.len()).then_some(i)
    })
}

/// The hex SHA-256 of the text, used to notice when an article changed.
pub fn content_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0xf)]));
    }
    hex
}

/// Collapses all runs of white space into single spaces and trims the ends.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A passage ready to be set inside double quotation marks: trimmed, with its own double marks
/// made single, as nesting quotations asks. A passage that opens with someone's words then reads
/// `“‘The risk is …,’ said Ana Ruiz.”`, not `“"The risk is …," said Ana Ruiz.”`. A straight mark
/// opens after white space, an opening bracket or a dash, and closes anywhere else. Apostrophes and
/// single marks are left as they are.
pub fn nest_quotation_marks(text: &str) -> String {
    let mut nested = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.trim().chars() {
        let opens = previous.is_none_or(|p| {
            p.is_whitespace() || matches!(p, '(' | '[' | '{' | '-' | '\u{2013}' | '\u{2014}')
        });
        nested.push(match c {
            '\u{201c}' => '\u{2018}',
            '\u{201d}' => '\u{2019}',
            '"' if opens => '\u{2018}',
            '"' => '\u{2019}',
            other => other,
        });
        previous = Some(c);
    }
    nested
}

/// A letter of Chinese, Japanese or Korean: Han, kana or Hangul (not their punctuation).
pub fn is_cjk_letter(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11FF          // Hangul Jamo
        | 0x3040..=0x30FF        // Hiragana, Katakana
        | 0x3130..=0x318F        // Hangul compatibility Jamo
        | 0x31F0..=0x31FF        // Katakana extensions
        | 0x3400..=0x4DBF        // CJK Extension A
        | 0x4E00..=0x9FFF        // CJK Unified Ideographs
        | 0xAC00..=0xD7AF        // Hangul syllables
        | 0xF900..=0xFAFF        // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F        // half-width Katakana
        | 0x20000..=0x3134F) // CJK Extensions B–G
}

/// Whether `s` holds a letter of Chinese, Japanese or Korean ([`is_cjk_letter`]): a quick test
/// for long texts in other scripts. Every such letter is three or four bytes long in UTF-8 and
/// its first byte is 0xE1 or above; a byte that high only ever starts a character, so only the
/// characters starting with one are decoded.
pub fn contains_cjk_letter(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes.get(from..).and_then(|rest| rest.iter().position(|&b| b >= 0xE1)) {
        let at = from + offset;
        if s.get(at..).and_then(|rest| rest.chars().next()).is_some_and(is_cjk_letter) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer), where
/// the text alone does not say where a word ends. Hangul is written with spaces and is not one.
pub fn is_unspaced_script(c: char) -> bool {
    (is_cjk_letter(c) && !is_hangul(c)) || matches!(u32::from(c), 0x0E00..=0x0EFF | 0x1780..=0x17FF)
}

fn is_hangul(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x11FF | 0x3130..=0x318F) || is_hangul_syllable(c)
}

/// A Hangul syllable (가 to 힣): the letters Korean words, counters and particles are written in.
pub fn is_hangul_syllable(c: char) -> bool {
    matches!(u32::from(c), 0xAC00..=0xD7AF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_s_own_double_marks_become_single_when_it_is_quoted() {
        assert_eq!(nest_quotation_marks("\"No,\" he said."), "‘No,’ he said.");
        assert_eq!(
            nest_quotation_marks("He called it “final” (“no more”)."),
            "He called it ‘final’ (‘no more’)."
        );
        assert_eq!(nest_quotation_marks("She said -\"never\"."), "She said -‘never’.");
        assert_eq!(nest_quotation_marks("  the army's 'offer' \n"), "the army's 'offer'");
        assert_eq!(nest_quotation_marks("«Non», a-t-il dit. 「はい」"), "«Non», a-t-il dit. 「はい」");
        assert_eq!(nest_quotation_marks(""), "");
    }

    #[test]
    fn scripts_are_told_apart_by_their_letters() {
        assert!(is_cjk_letter('北') && is_cjk_letter('の') && is_cjk_letter('한') && is_cjk_letter('𠮟'));
        assert!(!is_cjk_letter('。') && !is_cjk_letter('A') && !is_cjk_letter('Ж'));
        assert!(is_unspaced_script('北') && is_unspaced_script('ก') && !is_unspaced_script('한'));
        assert!(!is_unspaced_script('e'));
    }

    #[test]
    fn a_cjk_letter_is_found_among_other_characters_of_three_bytes() {
        assert!(!contains_cjk_letter("“Quoted” — text… in English, ‘curly’ and 。、"));
        assert!(!contains_cjk_letter("Кириллица and ελληνικά and हिन्दी and ﬁ ligature"));
        assert!(contains_cjk_letter("“Quoted” then 北 at the end"));
        assert!(contains_cjk_letter("Jamo ᄀ alone") && contains_cjk_letter("𠮟"));
        assert!(!contains_cjk_letter(""));
        // Every letter the char test accepts is found, and nothing else.
        for c in
            ['\u{1100}', '\u{30FF}', '\u{9FFF}', '\u{D7AF}', '\u{FF66}', '\u{3134F}', '\u{10FF}', '\u{3000}']
        {
            assert_eq!(contains_cjk_letter(&format!("ab{c}cd")), is_cjk_letter(c), "{c:?}");
        }
    }

    #[test]
    fn normalize_strips_bom_crlf_controls_and_extra_blank_lines() {
        let raw = "\u{feff}Title  \r\n\r\n\r\nFirst\u{0}line\rSecond\n\n\n\nLast\t \n\n";
        assert_eq!(normalize(raw), "Title\n\nFirstline\nSecond\n\nLast");
    }

    #[test]
    fn a_clean_line_is_one_without_a_character_normalize_removes() {
        let removed =
            |c: char| c != '\t' && (c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}'));
        let samples = (0u32..0x3000).chain(0xfe00..0x10000).chain([0x1f600, 0x2000b]);
        for c in samples.filter_map(char::from_u32) {
            let line = format!("ab{c}cd “é”");
            assert_eq!(is_clean(&line), !removed(c), "{c:?}");
        }
        assert!(is_clean("") && is_clean("plain\ttext") && !is_clean("x\u{7f}"));
    }

    #[test]
    fn normalize_keeps_multibyte_text_and_tabs() {
        assert_eq!(normalize("세계\t🙂 café\r\n日本"), "세계\t🙂 café\n日本");
    }

    #[test]
    fn normalize_is_idempotent() {
        let raw = "a\r\n\r\n\r\nb \n\u{2028}c";
        let once = normalize(raw);
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn each_line_is_a_paragraph_in_one_line_per_paragraph_articles() {
        let text = "First paragraph ends here.\nSecond paragraph.\nThird one.";
        let paras = paragraphs(text);
        let got: Vec<&str> = paras.iter().filter_map(|r| r.slice(text)).collect();
        assert_eq!(got, ["First paragraph ends here.", "Second paragraph.", "Third one."]);
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_hard_wrapped_blocks_join() {
        let text = "The quick brown fox jumps over the lazy dog and keeps on\n\
                    running across the wide field towards the river bank\n\
                    where it finally stops to rest for a while\n\
                    before going home.\n\n\
                    Second block.";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 2);
        assert!(paras[0].slice(text).unwrap().ends_with("before going home."));
        assert_eq!(paras[1].slice(text), Some("Second block."));
    }

    #[test]
    fn paragraph_index_finds_the_containing_paragraph() {
        let text = "One.\nTwo two.\n\nThree.";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3);
        assert_eq!(paragraph_index(&paras, 0), Some(0));
        assert_eq!(paragraph_index(&paras, 6), Some(1));
        assert_eq!(paragraph_index(&paras, text.find("Three").unwrap()), Some(2));
        assert_eq!(paragraph_index(&paras, text.len() + 5), None);
    }

    #[test]
    fn content_hash_is_hex_sha256() {
        assert_eq!(content_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    #[test]
    fn clean_lines_are_recognised_by_their_bytes() {
        for clean in
            ["plain", "tab\tinside", "curly “quotes” and é", "\u{a0}no-break", "\u{2027}", "\u{fefe}"]
        {
            assert!(is_clean(clean), "{clean:?}");
        }
        for dirty in ["bell\u{7}", "del\u{7f}", "c1\u{85}", "bom\u{feff}", "line\u{2028}sep", "par\u{2029}"] {
            assert!(!is_clean(dirty), "{dirty:?}");
        }
        // The fast path and the slow one agree.
        let text = "One “two”\u{85} three\u{2028}four\n\u{feff}five\tsix \nseven";
        assert_eq!(normalize(text), "One “two” three four\nfive\tsix\nseven");
    }
}
