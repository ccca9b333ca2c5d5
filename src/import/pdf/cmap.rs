//! Character codes of composite (Type0) fonts: code spaces, the CMaps embedded in files, the
//! predefined CMaps whose codes are a national encoding, and the CMap text written back for
//! pdf-extract.
//!
//! pdf-extract (through `adobe-cmap-parser` 0.4) misreads embedded CMaps in three ways: a second
//! entry in a `begincidrange` block makes its parser fail; a range's first CID is added to the
//! *code* instead of to the code's offset in the range; and a code-space range of n bytes is
//! taken to hold codes of n/2 bytes (so one-byte ranges never match). So a font is handed to it
//! with an "identity" CMap written for that reader: CID = code, one range per block, and each
//! code-space bound written with twice its bytes (zero-padded, which keeps its value); its
//! ToUnicode map and widths are keyed by code.

use std::collections::BTreeMap;

/// One range of a code space: codes `lo..=hi`, each `bytes` long.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CodeRange {
    pub(super) lo: u32,
    pub(super) hi: u32,
    pub(super) bytes: u8,
}

/// The code ranges of a CMap.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct CodeSpace(pub(super) Vec<CodeRange>);

/// A character code and its length in bytes.
pub(super) type Code = (u32, u8);

impl CodeSpace {
    fn range(lo: u32, hi: u32, bytes: u8) -> CodeRange {
        CodeRange { lo, hi, bytes }
    }

    /// Splits shown bytes into codes as pdf-extract does: the shortest prefix that falls in a
    /// range of its length; bytes that fit no range end the string.
    pub(super) fn split(&self, bytes: &[u8]) -> Vec<Code> {
        let mut codes = Vec::new();
        let mut rest = bytes;
        'next: while !rest.is_empty() {
            let mut code = 0u32;
            for length in 1..=4u8 {
                let Some(&byte) = rest.get(usize::from(length) - 1) else { break 'next };
                code = (code << 8) | u32::from(byte);
                if self.0.iter().any(|r| r.bytes == length && (r.lo..=r.hi).contains(&code)) {
                    codes.push((code, length));
                    rest = &rest[usize::from(length)..];
                    continue 'next;
                }
            }
            break;
        }
        codes
    }
}

/// How the codes of a predefined CMap that is not Unicode turn into characters: they are the
/// bytes of a national encoding, which `encoding_rs` decodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Legacy {
    Gbk,
    ShiftJis,
    EucJp,
    /// JIS X 0208 row and cell (the `H` and `V` CMaps): EUC-JP with the high bits cleared.
    JisRowCell,
    Big5,
    Uhc,
    Utf8,
    /// UTF-16 code units, two bytes or a surrogate pair of four (`UniJIS-UTF16-H`…).
    Utf16,
    /// Code points in four bytes (`UniJIS-UTF32-H`…).
    Utf32,
}

impl Legacy {
    /// The encoding behind a predefined CMap's name, if it is one of the national encodings.
    pub(super) fn of_cmap(name: &str) -> Option<Legacy> {
        if matches!(name, "H" | "V") {
            return Some(Legacy::JisRowCell);
        }
        let base = name.strip_suffix("-H").or_else(|| name.strip_suffix("-V"))?;
        Some(match base {
            "GB-EUC" | "GBpc-EUC" | "GBK-EUC" | "GBKp-EUC" | "GBT-EUC" => Legacy::Gbk,
            "83pv-RKSJ" | "90ms-RKSJ" | "90msp-RKSJ" | "90pv-RKSJ" | "Add-RKSJ" | "Ext-RKSJ" => {
                Legacy::ShiftJis
            }
            "EUC" => Legacy::EucJp,
            "B5pc" | "ETen-B5" | "ETenms-B5" | "HKscs-B5" | "HKdla-B5" | "HKdlb-B5" | "HKgccs-B5"
            | "HKm314-B5" | "HKm471-B5" => Legacy::Big5,
            "KSC-EUC" | "KSCms-UHC" | "KSCms-UHC-HW" | "KSCpc-EUC" => Legacy::Uhc,
            _ if base.starts_with("Uni") && base.ends_with("-UTF8") => Legacy::Utf8,
            _ if base.starts_with("Uni") && base.ends_with("-UTF16") => Legacy::Utf16,
            _ if base.starts_with("Uni") && base.ends_with("-UTF32") => Legacy::Utf32,
            _ => return None,
        })
    }

    /// The code space of the encoding (wide enough for every variant of the CMap family).
    pub(super) fn code_space(self) -> CodeSpace {
        let r = CodeSpace::range;
        CodeSpace(match self {
            Legacy::Gbk => vec![r(0x00, 0x80, 1), r(0x8140, 0xfefe, 2)],
            Legacy::ShiftJis => {
                vec![r(0x00, 0x80, 1), r(0xa0, 0xdf, 1), r(0x8140, 0x9ffc, 2), r(0xe040, 0xfcfc, 2)]
            }
            Legacy::EucJp => vec![r(0x00, 0x80, 1), r(0x8ea0, 0x8edf, 2), r(0xa1a1, 0xfefe, 2)],
            Legacy::JisRowCell => vec![r(0x2121, 0x7e7e, 2)],
            Legacy::Big5 => vec![r(0x00, 0x80, 1), r(0xa140, 0xfefe, 2)],
            Legacy::Uhc => vec![r(0x00, 0x80, 1), r(0x8141, 0xfefe, 2)],
            Legacy::Utf8 => vec![
                r(0x00, 0x7f, 1),
                r(0xc280, 0xdfbf, 2),
                r(0xe0a080, 0xefbfbf, 3),
                r(0xf0908080, 0xf48fbfbf, 4),
            ],
            Legacy::Utf16 => vec![r(0x0000, 0xd7ff, 2), r(0xd800dc00, 0xdbffdfff, 4), r(0xe000, 0xffff, 2)],
            Legacy::Utf32 => vec![r(0x0000_0000, 0x0010_ffff, 4)],
        })
    }

    /// The text of one code, if the encoding defines it.
    pub(super) fn decode(self, (code, length): Code) -> Option<String> {
        let text = match self {
            Legacy::Utf16 if length == 4 => {
                String::from_utf16(&[(code >> 16) as u16, (code & 0xffff) as u16]).ok()
            }
            Legacy::Utf16 | Legacy::Utf32 => char::from_u32(code).map(String::from),
            _ => return self.decode_bytes((code, length)),
        }?;
        (!text.chars().any(char::is_control) || text == " ").then_some(text)
    }

    fn decode_bytes(self, (code, length): Code) -> Option<String> {
        let bytes = &code.to_be_bytes()[4 - usize::from(length)..];
        let bytes: Vec<u8> = match self {
            Legacy::JisRowCell => bytes.iter().map(|b| b | 0x80).collect(),
            _ => bytes.to_vec(),
        };
        let encoding = match self {
            Legacy::Gbk => encoding_rs::GBK,
            Legacy::ShiftJis => encoding_rs::SHIFT_JIS,
            Legacy::EucJp | Legacy::JisRowCell => encoding_rs::EUC_JP,
            Legacy::Big5 => encoding_rs::BIG5,
            Legacy::Uhc => encoding_rs::EUC_KR,
            Legacy::Utf8 | Legacy::Utf16 | Legacy::Utf32 => encoding_rs::UTF_8,
        };
        let text = encoding.decode_without_bom_handling_and_without_replacement(&bytes)?;
        (!text.is_empty() && !text.chars().any(char::is_control) || text == " ").then(|| text.into_owned())
    }
}

/// What an embedded CMap says: its code space and the CID of each mapped code.
#[derive(Debug, Default, PartialEq)]
pub(super) struct EmbeddedCMap {
    pub(super) space: CodeSpace,
    /// `(first code, last code, first CID)`, in the order written.
    pub(super) ranges: Vec<(u32, u32, u32)>,
}

impl EmbeddedCMap {
    /// The CID of a code (the last range that holds it wins, as later definitions override).
    pub(super) fn cid(&self, code: u32) -> Option<u32> {
        self.ranges
            .iter()
            .rev()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .and_then(|(lo, _, cid)| cid.checked_add(code - lo))
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Int(i64),
    Op(String),
}

/// The hex strings, integers and operators of a CMap (names, strings, dictionaries and arrays are
/// skipped: code spaces and CID mappings are written with the first three only).
fn tokens(text: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c == b'%' {
            while i < text.len() && text[i] != b'\n' && text[i] != b'\r' {
                i += 1;
            }
        } else if c == b'<' && text.get(i + 1) == Some(&b'<') {
            i += 2;
            continue;
        } else if c == b'<' {
            let end = text[i..].iter().position(|&b| b == b'>').map_or(text.len(), |p| i + p);
            let digits: Vec<u8> = text[i + 1..end].iter().copied().filter(u8::is_ascii_hexdigit).collect();
            let bytes = digits
                .chunks(2)
                .map(|pair| {
                    let hex = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
                    hex(pair[0]) * 16 + pair.get(1).map_or(0, |&d| hex(d))
                })
                .collect();
            out.push(Token::Hex(bytes));
            i = end;
        } else if c.is_ascii_digit() || c == b'-' {
            let end =
                text[i + 1..].iter().position(|b| !b.is_ascii_digit()).map_or(text.len(), |p| i + 1 + p);
            if let Some(n) = std::str::from_utf8(&text[i..end]).ok().and_then(|s| s.parse().ok()) {
                out.push(Token::Int(n));
            }
            i = end;
            continue;
        } else if c.is_ascii_alphabetic() {
            let end = text[i..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(text.len(), |p| i + p);
            out.push(Token::Op(String::from_utf8_lossy(&text[i..end]).into_owned()));
            i = end;
            continue;
        } else if c == b'/' {
            i += 1;
            while i < text.len() && !b" \t\r\n/<>[](){}%".contains(&text[i]) {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    out
}

fn code_of(bytes: &[u8]) -> Option<Code> {
    (1..=4)
        .contains(&bytes.len())
        .then(|| (bytes.iter().fold(0u32, |code, &b| (code << 8) | u32::from(b)), bytes.len() as u8))
}

/// More CID ranges than any real CMap has (Adobe's largest have a few tens of thousands); the
/// rest of a hostile one is ignored, so that looking codes up stays quick.
const MAX_CID_RANGES: usize = 100_000;

/// The CMap an embedded CMap builds on (`/Name usecmap`), if it names one.
pub(super) fn usecmap_name(text: &[u8]) -> Option<String> {
    let at = memchr::memmem::find(text, b"usecmap")?;
    let before = text.get(..at)?;
    let slash = memchr::memrchr(b'/', before)?;
    let name = before.get(slash + 1..)?.trim_ascii();
    (!name.is_empty() && name.iter().all(|b| b.is_ascii_graphic()))
        .then(|| String::from_utf8_lossy(name).into_owned())
}

/// Reads an embedded CMap's code space ranges, `cidrange` and `cidchar` entries.
pub(super) fn parse_embedded(text: &[u8]) -> EmbeddedCMap {
    let tokens = tokens(text);
    let mut cmap = EmbeddedCMap::default();
    let mut section = "";
    let mut operands: Vec<&Token> = Vec::new();
    for token in &tokens {
        if cmap.ranges.len() >= MAX_CID_RANGES {
            break;
        }
        match token {
            Token::Op(op) if op.starts_with("begin") => {
                section = match op.as_str() {
                    "begincodespacerange" => "space",
                    "begincidrange" => "range",
                    "begincidchar" => "char",
                    _ => "",
                };
                operands.clear();
            }
            Token::Op(op) if op.starts_with("end") => section = "",
            Token::Op(_) => operands.clear(),
            operand => {
                operands.push(operand);
                match (section, operands.as_slice()) {
                    ("space", [Token::Hex(lo), Token::Hex(hi)]) => {
                        if let (Some((lo, n)), Some((hi, m))) = (code_of(lo), code_of(hi))
                            && n == m
                            && lo <= hi
                        {
                            cmap.space.0.push(CodeRange { lo, hi, bytes: n });
                        }
                        operands.clear();
                    }
                    ("range", [Token::Hex(lo), Token::Hex(hi), Token::Int(cid)]) => {
                        if let (Some((lo, _)), Some((hi, _)), Ok(cid)) =
                            (code_of(lo), code_of(hi), u32::try_from(*cid))
                            && lo <= hi
                        {
                            cmap.ranges.push((lo, hi, cid));
                        }
                        operands.clear();
                    }
                    ("char", [Token::Hex(code), Token::Int(cid)]) => {
                        if let (Some((code, _)), Ok(cid)) = (code_of(code), u32::try_from(*cid)) {
                            cmap.ranges.push((code, code, cid));
                        }
                        operands.clear();
                    }
                    (_, list) if list.len() >= 3 => operands.clear(),
                    _ => {}
                }
            }
        }
    }
    cmap
}

fn hex_code((code, length): Code) -> String {
    format!("{code:0width$x}", width = usize::from(length) * 2)
}

const CMAP_HEAD: &str = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n";
const CMAP_TAIL: &str = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

/// An encoding CMap with the given code space where every code's CID is the code itself, one
/// range per block (see the module docs).
pub(super) fn identity_encoding(space: &CodeSpace) -> Vec<u8> {
    let mut text = String::from(CMAP_HEAD);
    text.push_str("/CMapName /Briefsmith-Identity-Codes def\n/CMapType 1 def\n");
    text.push_str(&format!("{} begincodespacerange\n", space.0.len()));
    // Twice the bytes: see the module docs.
    let bound = |code: u32, bytes: u8| hex_code((code, bytes * 2));
    for r in &space.0 {
        text.push_str(&format!("<{}> <{}>\n", bound(r.lo, r.bytes), bound(r.hi, r.bytes)));
    }
    text.push_str("endcodespacerange\n");
    for r in &space.0 {
        text.push_str(&format!(
            "1 begincidrange\n<{}> <{}> 0\nendcidrange\n",
            bound(r.lo, r.bytes),
            bound(r.hi, r.bytes)
        ));
    }
    text.push_str(CMAP_TAIL);
    text.into_bytes()
}

/// A ToUnicode CMap with one `bfchar` entry per code.
pub(super) fn to_unicode(entries: &BTreeMap<Code, String>) -> Vec<u8> {
    let mut text = String::from(CMAP_HEAD);
    text.push_str("/CMapName /Briefsmith-Recovered-UCS def\n/CMapType 2 def\n");
    let entries: Vec<(&Code, String)> = entries
        .iter()
        .filter(|(_, s)| !s.is_empty())
        .map(|(code, s)| (code, s.encode_utf16().map(|unit| format!("{unit:04x}")).collect()))
        .collect();
    for block in entries.chunks(100) {
        text.push_str(&format!("{} beginbfchar\n", block.len()));
        for (code, utf16) in block {
            text.push_str(&format!("<{}> <{utf16}>\n", hex_code(**code)));
        }
        text.push_str("endbfchar\n");
    }
    text.push_str(CMAP_TAIL);
    text.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_width_codes_split_as_the_reader_does() {
        let space = Legacy::Gbk.code_space();
        assert_eq!(space.split(b"2\xc4\xea"), [(0x32, 1), (0xc4ea, 2)]);
        // A lone lead byte at the end is dropped, as pdf-extract drops it.
        assert_eq!(space.split(b"A\xc4"), [(0x41, 1)]);
    }

    #[test]
    fn national_encodings_decode_codes() {
        assert_eq!(Legacy::of_cmap("GBK-EUC-H"), Some(Legacy::Gbk));
        assert_eq!(Legacy::of_cmap("90ms-RKSJ-V"), Some(Legacy::ShiftJis));
        assert_eq!(Legacy::of_cmap("H"), Some(Legacy::JisRowCell));
        assert_eq!(Legacy::of_cmap("UniJIS-UTF8-H"), Some(Legacy::Utf8));
        assert_eq!(Legacy::of_cmap("KSC-Johab-H"), None);
        assert_eq!(Legacy::of_cmap("Identity-H"), None);
        assert_eq!(Legacy::Gbk.decode((0xc4ea, 2)).as_deref(), Some("年"));
        assert_eq!(Legacy::ShiftJis.decode((0x93fa, 2)).as_deref(), Some("日"));
        assert_eq!(Legacy::JisRowCell.decode((0x467c, 2)).as_deref(), Some("日"));
        assert_eq!(Legacy::Big5.decode((0xa4e9, 2)).as_deref(), Some("日"));
        assert_eq!(Legacy::Uhc.decode((0xc7d1, 2)).as_deref(), Some("한"));
        assert_eq!(Legacy::Utf8.decode((0xe697a5, 3)).as_deref(), Some("日"));
        assert_eq!(Legacy::Gbk.decode((0x41, 1)).as_deref(), Some("A"));
        assert_eq!(Legacy::Gbk.decode((0x07, 1)), None);
    }

    #[test]
    fn embedded_cmaps_are_read_with_every_range() {
        let text = b"%!PS\n/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n\
            2 begincodespacerange <00> <7f> <8000> <ffff> endcodespacerange\n\
            2 begincidrange <20> <7e> 1 <8140> <817e> 633 endcidrange\n\
            1 begincidchar <8000> 7 endcidchar endcmap";
        let cmap = parse_embedded(text);
        assert_eq!(
            cmap.space,
            CodeSpace(vec![
                CodeRange { lo: 0, hi: 0x7f, bytes: 1 },
                CodeRange { lo: 0x8000, hi: 0xffff, bytes: 2 }
            ])
        );
        assert_eq!(cmap.cid(0x21), Some(2));
        assert_eq!(cmap.cid(0x8141), Some(634));
        assert_eq!(cmap.cid(0x8000), Some(7));
        assert_eq!(cmap.cid(0x10), None);
    }

    #[test]
    fn written_cmaps_are_read_back_by_the_pdf_reader_parser() {
        let space = Legacy::Gbk.code_space();
        let encoding = String::from_utf8(identity_encoding(&space)).unwrap();
        assert!(
            encoding.contains("2 begincodespacerange\n<0000> <0080>\n<00008140> <0000fefe>\n"),
            "{encoding}"
        );
        assert!(encoding.contains("1 begincidrange\n<00008140> <0000fefe> 0\nendcidrange"), "{encoding}");
        let entries: BTreeMap<Code, String> =
            [((0xc4ea, 2), "年".to_owned()), ((0x32, 1), "2".to_owned())].into();
        let text = String::from_utf8(to_unicode(&entries)).unwrap();
        assert!(text.contains("2 beginbfchar\n<32> <0032>\n<c4ea> <5e74>\nendbfchar"), "{text}");
    }
}
