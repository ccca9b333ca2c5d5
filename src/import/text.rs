//! Bytes to text: byte-order marks, UTF-8, and legacy encodings (Windows-1252, Shift_JIS, EUC-KR…).
//!
//! The rules, in order:
//!
//! 1. A byte-order mark decides: UTF-8 (then the rest must be valid), UTF-16LE or UTF-16BE.
//! 2. UTF-16 without a mark is recognised when nearly every other byte is NUL.
//! 3. Otherwise NUL bytes, or many other control bytes, mean binary data: refused.
//! 4. Valid UTF-8 is taken as it is.
//! 5. Invalid UTF-8 that also holds valid multi-byte sequences is damaged UTF-8: refused with the
//!    offset of the first bad byte, because decoding it as a legacy encoding would turn all its
//!    good characters into mojibake. One exception: text in a multi-byte legacy encoding
//!    (Shift_JIS, EUC-KR, GBK, Big5…) forms short valid UTF-8 sequences by accident, so a file that
//!    the detector assigns to such an encoding and that decodes in it without a single error is
//!    read in that encoding. Damaged UTF-8 does not decode cleanly in those encodings.
//! 6. Anything else with high bytes is a legacy encoding, detected by `chardetng` (the detector
//!    Firefox uses) and decoded by `encoding_rs`, with a note naming the encoding.

use encoding_rs::Encoding;

use super::Problem;

/// Text decoded from bytes, with a note for the analyst when the encoding was not plain UTF-8.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// How much of a file the encoding detector and the binary check look at; both settle long
/// before this.
const SAMPLE_BYTES: usize = 1024 * 1024;

/// Decodes a text file (see the module docs for the rules).
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, Problem> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return match std::str::from_utf8(rest) {
            Ok(text) => utf8_text(text),
            Err(e) => Err(Problem::DamagedUtf8 { at_byte: e.valid_up_to() + 3 }),
        };
    }
    if bytes.starts_with(b"\xff\xfe") {
        return Ok(decode_utf16(&bytes[2..], encoding_rs::UTF_16LE, "byte-order mark"));
    }
    if bytes.starts_with(b"\xfe\xff") {
        return Ok(decode_utf16(&bytes[2..], encoding_rs::UTF_16BE, "byte-order mark"));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(decode_utf16(bytes, encoding, "no byte-order mark, recognised by its NUL bytes"));
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(Problem::Binary { why: "it contains NUL bytes" });
    }
    if looks_binary(bytes) {
        return Err(Problem::Binary { why: "it is full of control characters" });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if text.is_ascii() && text.contains('\x1b') => Ok(decode_iso_2022_if_detected(bytes, text)),
        Ok(text) => utf8_text(text),
        Err(e) => {
            if !has_valid_multibyte_utf8(bytes) {
                return Ok(decode_legacy(bytes));
            }
            let encoding = detect_legacy(bytes);
            if MULTI_BYTE_LEGACY.contains(&encoding) {
                let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
                if !had_errors {
                    let note = format!("decoded as {} (detected; the file is not UTF-8)", encoding.name());
                    return Ok(Decoded { text: text.into_owned(), note: Some(note) });
                }
            }
            Err(Problem::DamagedUtf8 { at_byte: e.valid_up_to() })
        }
    }
}

/// Valid UTF-8 is still refused if it is binary in disguise (NULs are valid UTF-8).
fn utf8_text(text: &str) -> Result<Decoded, Problem> {
    if text.contains('\0') {
        return Err(Problem::Binary { why: "it contains NUL bytes" });
    }
    Ok(Decoded { text: text.to_owned(), note: None })
}

fn decode_utf16(bytes: &[u8], encoding: &'static Encoding, how: &str) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut note = format!("decoded as {} ({how})", encoding.name());
    if had_errors {
        note.push_str("; some malformed characters were replaced by \u{fffd}");
    }
    Decoded { text: text.into_owned(), note: Some(note) }
}

/// UTF-16 without a byte-order mark: in the first few KiB, at least 95 % of the even (or odd)
/// bytes are NUL, as they are for text in Latin script.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_high = sample.chunks_exact(2).filter(|pair| pair[1] == 0 && pair[0] != 0).count();
    let zero_low = sample.chunks_exact(2).filter(|pair| pair[0] == 0 && pair[1] != 0).count();
    if zero_high * 100 >= pairs * 95 {
        Some(encoding_rs::UTF_16LE)
    } else if zero_low * 100 >= pairs * 95 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// [`looks_binary`]'s bytes as a table: one load per byte of a long sample instead of five
/// comparisons.
const BINARY_CONTROL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte, 0x01..=0x08 | 0x0b | 0x10..=0x1a | 0x1c..=0x1f | 0x7f);
        byte += 1;
    }
    table
};

/// Control bytes that text never holds (tab, line feed, form feed, carriage return, and the escape
/// and shift bytes that ISO-2022 encodings use are allowed). More than 1 % of them is binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    let controls: usize = sample.iter().map(|&b| usize::from(BINARY_CONTROL[usize::from(b)])).sum();
    controls >= 4 && controls * 100 > sample.len()
}

/// Legacy encodings whose byte pairs can look like UTF-8 by accident.
const MULTI_BYTE_LEGACY: &[&Encoding] = &[
    encoding_rs::SHIFT_JIS,
    encoding_rs::EUC_JP,
    encoding_rs::EUC_KR,
    encoding_rs::GBK,
    encoding_rs::GB18030,
    encoding_rs::BIG5,
];

/// Whether any valid multi-byte UTF-8 sequence occurs.
fn has_valid_multibyte_utf8(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    // ISO-2022-JP is allowed: these are article files, not pages that can run scripts.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Decodes with the detected legacy encoding. Latin-1 files are read as Windows-1252, its
/// superset (as browsers do).
pub(crate) fn decode_legacy(bytes: &[u8]) -> Decoded {
    let encoding = detect_legacy(bytes);
    decode_with(bytes, encoding, "detected; the file is not UTF-8")
}

pub(crate) fn decode_with(bytes: &[u8], encoding: &'static Encoding, how: &str) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut note = format!("decoded as {} ({how})", encoding.name());
    if had_errors {
        note.push_str("; some bytes did not fit that encoding and were replaced by \u{fffd}");
    }
    Decoded { text: text.into_owned(), note: Some(note) }
}

/// ASCII with escape bytes may be ISO-2022-JP (old Japanese e-mail and news text).
fn decode_iso_2022_if_detected(bytes: &[u8], text: &str) -> Decoded {
    if detect_legacy(bytes) == encoding_rs::ISO_2022_JP {
        decode_with(bytes, encoding_rs::ISO_2022_JP, "detected")
    } else {
        Decoded { text: text.to_owned(), note: None }
    }
}

/// Text with its character references resolved (`&amp;`, `&#233;`, `&#xE9;`, `&nbsp;` and the
/// other predefined ones); unknown ones are kept as written. For XML attribute values and the
/// short inline HTML of a page's app data.
pub(crate) fn unescape_references(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    // `split_once` on ASCII delimiters keeps every piece on char boundaries.
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        match after.split_once(';').and_then(|(name, tail)| Some((resolve_reference(name)?, tail))) {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Resolves `&amp;`, `&#233;`, `&#xE9;` and the other predefined references.
pub(crate) fn resolve_reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KOREAN: &str = "핀란드와 에스토니아는 발트해에서 해저 케이블이 절단된 뒤 나토에 순찰 강화를 요청했다. \
                          정부는 선박이 닻을 끌었다는 증거가 있다고 말했다.";
    const JAPANESE: &str = "フィンランドとエストニアは、バルト海の海底ケーブルが切断された後、\
                            北大西洋条約機構に哨戒の強化を求めた。政府は船が錨を引きずった証拠があると述べた。";

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("café 世界 🙂".as_bytes()).unwrap().text, "café 世界 🙂");
        assert_eq!(decode(b"\xef\xbb\xbfplain").unwrap(), Decoded { text: "plain".into(), note: None });
    }

    #[test]
    fn utf16_with_bom_both_ways_and_without_bom() {
        let text = "Tallinn — 世界 🙂";
        let le: Vec<u8> =
            [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let got = decode(&le).unwrap();
        assert_eq!(got.text, text);
        assert_eq!(got.note.as_deref(), Some("decoded as UTF-16LE (byte-order mark)"));
        assert_eq!(decode(&be).unwrap().text, text);
        let bare: Vec<u8> = "Plain English text here".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare).unwrap().text, "Plain English text here");
    }

    #[test]
    fn damaged_utf8_is_refused_at_the_first_bad_byte() {
        let mut bytes = "Ministry said «no» — ".as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend_from_slice(b"\xff\xfe broken");
        assert_eq!(decode(&bytes), Err(Problem::DamagedUtf8 { at_byte: at }));
        let message = Problem::DamagedUtf8 { at_byte: at }.to_string();
        assert!(message.contains("looks like UTF-8 but is damaged; re-save it as UTF-8"));
        // Truncated in the middle of a character.
        // One good "é" and two bad sequences: still damaged UTF-8, not Windows-1252.
        let broken = b"Caf\xc3\xa9 owners said \xc3\x28 the rest is damaged \xe2\x82 here";
        assert_eq!(decode(broken), Err(Problem::DamagedUtf8 { at_byte: 18 }));
        let cut = &"世界".as_bytes()[..5];
        assert_eq!(decode(cut), Err(Problem::DamagedUtf8 { at_byte: 3 }));
        assert_eq!(decode(b"\xef\xbb\xbfok \xc3"), Err(Problem::DamagedUtf8 { at_byte: 6 }));
    }

    #[test]
    fn windows_1252_is_detected_and_named() {
        let bytes = encode(
            "The minister’s “résumé” of the naïve café policy cost €30 — déjà vu.",
            encoding_rs::WINDOWS_1252,
        );
        let got = decode(&bytes).unwrap();
        assert_eq!(got.text, "The minister’s “résumé” of the naïve café policy cost €30 — déjà vu.");
        assert_eq!(got.note.as_deref(), Some("decoded as windows-1252 (detected; the file is not UTF-8)"));
    }

    #[test]
    fn cjk_legacy_encodings_are_detected_despite_accidental_utf8() {
        let korean = encode(KOREAN, encoding_rs::EUC_KR);
        // The point of the test: these bytes contain sequences that are valid UTF-8.
        assert!(has_valid_multibyte_utf8(&korean));
        let got = decode(&korean).unwrap();
        assert_eq!(got.text, KOREAN);
        assert!(got.note.unwrap().contains("EUC-KR"));
        let japanese = encode(JAPANESE, encoding_rs::SHIFT_JIS);
        let got = decode(&japanese).unwrap();
        assert_eq!(got.text, JAPANESE);
        assert!(got.note.unwrap().contains("Shift_JIS"));
        let jis = encode(JAPANESE, encoding_rs::ISO_2022_JP);
        assert_eq!(decode(&jis).unwrap().text, JAPANESE);
    }

    #[test]
    fn nul_and_control_bytes_are_binary() {
        assert_eq!(decode(b"text\0more"), Err(Problem::Binary { why: "it contains NUL bytes" }));
        assert_eq!(
            decode(b"\x01\x02\x03\x04\x05 abc"),
            Err(Problem::Binary { why: "it is full of control characters" })
        );
        assert!(decode(b"form\x0cfeed and\ttab\r\n").is_ok());
        // Escape and shift bytes (ISO-2022) are text; a few stray controls in a long text too.
        assert!(!looks_binary(b"\x1b$B\x0e\x0f plain words here"));
        let mut long = b"word ".repeat(200);
        long.extend_from_slice(b"\x01\x02\x7f\x1f");
        assert!(!looks_binary(&long), "4 controls in 1,004 bytes are under 1 %");
        long.extend_from_slice(&[0x10; 20]);
        assert!(looks_binary(&long));
    }
}
