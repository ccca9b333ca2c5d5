//! Composite (Type0) fonts without a usable ToUnicode map, rewritten in memory so that
//! pdf-extract reads their text (it decodes CID fonts through ToUnicode only, and otherwise
//! yields nothing):
//!
//! - **Embedded TrueType fonts** (`CIDFontType2`, or OpenType in `FontFile3`): a code's CID gives
//!   a glyph (through `/CIDToGIDMap`), and the font's own `cmap` table says which character that
//!   glyph draws. Read with `ttf-parser`.
//! - **Predefined CMaps of national encodings** (`GBK-EUC-H`, `90ms-RKSJ-H`, `ETen-B5-H`,
//!   `KSCms-UHC-H`, `H`…): the codes are GBK, Shift-JIS, Big5… bytes, decoded by `encoding_rs`.
//! - **Embedded CMap streams**: read here (see [`super::cmap`]), because pdf-extract misreads them;
//!   an embedded copy of a national-encoding CMap (its `/CMapName` or `/UseCMap` says which) is
//!   decoded like the predefined one.
//!
//! Each such font gets an identity encoding over its code space, a ToUnicode map and widths keyed
//! by code. What cannot be decoded (a CID font on Adobe-Japan1, -GB1, -CNS1 or -Korea1 with
//! neither a ToUnicode map nor an embedded font that names its glyphs: mapping those CIDs needs
//! Adobe's tables, which are not included) is returned as a description for the import notes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

use super::cmap::{self, Code, CodeSpace, EmbeddedCMap, Legacy};

/// What the repair did.
#[derive(Debug, Default, PartialEq)]
pub(super) struct CidRepairs {
    /// Fonts given a ToUnicode map or a readable encoding.
    pub(super) repaired: usize,
    /// Fonts whose text cannot be decoded, described for the analyst.
    pub(super) undecodable: Vec<String>,
}

fn deref<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => document.objects.get(id),
        other => Some(other),
    }
}

fn name_of(object: Option<&Object>) -> Option<String> {
    match object? {
        Object::Name(name) => Some(String::from_utf8_lossy(name).into_owned()),
        _ => None,
    }
}

fn dict_get<'a>(document: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(document, dict.get(key).ok()?)
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// How a font's codes become CIDs.
enum Encoding {
    Identity,
    Legacy(Legacy),
    Embedded(EmbeddedCMap),
}

/// Glyph id to character, from the Unicode subtables of an embedded TrueType or OpenType font.
fn glyph_characters(font_data: &[u8]) -> HashMap<u16, char> {
    let mut out = HashMap::new();
    let Ok(face) = ttf_parser::Face::parse(font_data, 0) else { return out };
    let Some(table) = face.tables().cmap else { return out };
    for subtable in table.subtables.into_iter().filter(|s| s.is_unicode()) {
        subtable.codepoints(|point| {
            if let (Some(glyph), Some(c)) = (subtable.glyph_index(point), char::from_u32(point)) {
                // The first (lowest) character wins for glyphs drawn for several.
                out.entry(glyph.0).or_insert(c);
            }
        });
    }
    out
}

/// The embedded font program of a descendant font, decompressed.
fn font_program(document: &Document, descendant: &Dictionary) -> Option<Vec<u8>> {
    let Some(Object::Dictionary(descriptor)) = dict_get(document, descendant, b"FontDescriptor") else {
        return None;
    };
    for key in [b"FontFile2".as_slice(), b"FontFile3"] {
        if let Some(Object::Stream(stream)) = dict_get(document, descriptor, key) {
            return Some(stream.decompressed_content().unwrap_or_else(|_| stream.content.clone()));
        }
    }
    None
}

/// CID to glyph id: `/CIDToGIDMap` as a stream of big-endian pairs, or the identity.
fn cid_to_gid(document: &Document, descendant: &Dictionary) -> impl Fn(u32) -> Option<u16> + use<> {
    let table = match dict_get(document, descendant, b"CIDToGIDMap") {
        Some(Object::Stream(stream)) => {
            Some(stream.decompressed_content().unwrap_or_else(|_| stream.content.clone()))
        }
        _ => None,
    };
    move |cid| match &table {
        Some(table) => {
            let at = usize::try_from(cid).ok()? * 2;
            Some(u16::from_be_bytes([*table.get(at)?, *table.get(at + 1)?]))
        }
        None => u16::try_from(cid).ok(),
    }
}

/// The widths of a CID font by CID (`/W` in both of its forms) and the default width.
fn cid_widths(document: &Document, descendant: &Dictionary) -> (HashMap<u32, f64>, f64) {
    let default = dict_get(document, descendant, b"DW").and_then(number).unwrap_or(1000.0);
    let mut widths = HashMap::new();
    let Some(Object::Array(items)) = dict_get(document, descendant, b"W") else { return (widths, default) };
    let items: Vec<&Object> = items.iter().filter_map(|item| deref(document, item)).collect();
    let mut i = 0;
    while i + 1 < items.len() {
        let Some(first) = number(items[i]).map(|n| n as u32) else { break };
        match items[i + 1] {
            Object::Array(list) => {
                for (offset, width) in
                    list.iter().filter_map(|w| deref(document, w).and_then(number)).enumerate()
                {
                    widths.insert(first + offset as u32, width);
                }
                i += 2;
            }
            last => {
                let (Some(last), Some(width)) = (number(last), items.get(i + 2).and_then(|w| number(w)))
                else {
                    break;
                };
                // A range as wide as the code space is legal but pointless to spell out.
                for cid in first..=(last as u32).min(first.saturating_add(0xffff)) {
                    widths.insert(cid, width);
                }
                i += 3;
            }
        }
    }
    (widths, default)
}

/// Every string shown by a text operator in the document's content streams (pages and form
/// XObjects), for finding which codes a font uses.
fn shown_strings(document: &Document) -> Vec<Vec<u8>> {
    const MAX_BYTES: usize = 32 * 1024 * 1024;
    let mut contents: Vec<Vec<u8>> =
        document.get_pages().values().filter_map(|&page| document.get_page_content(page).ok()).collect();
    for object in document.objects.values() {
        if let Object::Stream(stream) = object
            && matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Form")
        {
            contents.push(stream.decompressed_content().unwrap_or_else(|_| stream.content.clone()));
        }
    }
    let mut strings = Vec::new();
    let mut total = 0;
    for content in contents {
        let Ok(content) = pdf_extract::content::Content::decode(&content) else { continue };
        for operation in content.operations {
            if !matches!(operation.operator.as_str(), "Tj" | "TJ" | "'" | "\"") {
                continue;
            }
            for operand in operation.operands {
                let items = match operand {
                    Object::Array(items) => items,
                    other => vec![other],
                };
                for item in items {
                    if let Object::String(bytes, _) = item {
                        total += bytes.len();
                        if total > MAX_BYTES {
                            return strings;
                        }
                        strings.push(bytes);
                    }
                }
            }
        }
    }
    strings
}

/// The codes of a code space found in the shown strings.
fn used_codes(strings: &[Vec<u8>], space: &CodeSpace) -> BTreeSet<Code> {
    strings.iter().flat_map(|s| space.split(s)).collect()
}

/// A `/W` array keyed by code.
fn widths_by_code(codes: &BTreeMap<Code, f64>) -> Object {
    let mut items = Vec::new();
    for (&(code, _), &width) in codes {
        items.push(Object::Integer(i64::from(code)));
        items.push(Object::Array(vec![Object::Real(width as f32)]));
    }
    Object::Array(items)
}

/// Repairs every Type0 font that pdf-extract would decode to nothing or misread (see the
/// module docs).
pub(super) fn repair_cid_fonts(document: &mut Document) -> CidRepairs {
    let mut report = CidRepairs::default();
    let fonts: Vec<ObjectId> = document
        .objects
        .iter()
        .filter(|(_, object)| {
            object.as_dict().is_ok_and(|d| matches!(d.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type0"))
        })
        .map(|(&id, _)| id)
        .collect();
    let mut strings: Option<Vec<Vec<u8>>> = None;
    for id in fonts {
        let Some(Object::Dictionary(font)) = document.objects.get(&id) else { continue };
        let font = font.clone();
        let font = &font;
        let base_font = name_of(font.get(b"BaseFont").ok()).unwrap_or_else(|| "a font without a name".into());
        let has_to_unicode = matches!(dict_get(document, font, b"ToUnicode"), Some(Object::Stream(_)));
        let descendant = match dict_get(document, font, b"DescendantFonts") {
            Some(Object::Array(list)) => list.first().and_then(|d| deref(document, d)),
            _ => None,
        };
        let Some(Object::Dictionary(descendant)) = descendant else { continue };
        let descendant = descendant.clone();
        let descendant = &descendant;
        let encoding_name = name_of(dict_get(document, font, b"Encoding"));
        let encoding = match (dict_get(document, font, b"Encoding"), encoding_name.as_deref()) {
            (_, Some("Identity-H" | "Identity-V")) => Encoding::Identity,
            (_, Some(name)) => match Legacy::of_cmap(name) {
                Some(legacy) if !has_to_unicode => Encoding::Legacy(legacy),
                // A Unicode CMap (repaired earlier) or one nobody here decodes: pdf-extract names it.
                _ => continue,
            },
            // An embedded copy of a predefined national-encoding CMap: decoded by its name.
            (Some(Object::Stream(stream)), _)
                if !has_to_unicode
                    && let Some(legacy) = name_of(stream.dict.get(b"CMapName").ok())
                        .or_else(|| name_of(stream.dict.get(b"UseCMap").ok()))
                        .and_then(|name| Legacy::of_cmap(&name)) =>
            {
                Encoding::Legacy(legacy)
            }
            (Some(Object::Stream(stream)), _) => {
                let text = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
                let parsed = cmap::parse_embedded(&text);
                if parsed.space.0.is_empty() {
                    continue;
                }
                Encoding::Embedded(parsed)
            }
            _ => continue,
        };
        if matches!(encoding, Encoding::Identity) && has_to_unicode {
            continue;
        }
        let glyphs =
            font_program(document, descendant).map(|data| glyph_characters(&data)).unwrap_or_default();
        let to_gid = cid_to_gid(document, descendant);
        let by_cid = |cid: u32| to_gid(cid).and_then(|gid| glyphs.get(&gid)).map(|c| c.to_string());
        let (cid_widths, default_width) = cid_widths(document, descendant);
        let ordering = match dict_get(document, descendant, b"CIDSystemInfo") {
            Some(Object::Dictionary(info)) => match dict_get(document, info, b"Ordering") {
                Some(Object::String(s, _)) => String::from_utf8_lossy(s).into_owned(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        let strings = strings.get_or_insert_with(|| shown_strings(document));
        // (new encoding, ToUnicode entries, widths by code); None: nothing to decode with.
        let (space, entries, widths) = match &encoding {
            Encoding::Identity => {
                let space = CodeSpace(vec![cmap::CodeRange { lo: 0, hi: 0xffff, bytes: 2 }]);
                let entries: BTreeMap<Code, String> = used_codes(strings, &space)
                    .into_iter()
                    .filter_map(|code| by_cid(code.0).map(|s| (code, s)))
                    .collect();
                (None, entries, None)
            }
            Encoding::Legacy(legacy) => {
                let space = legacy.code_space();
                let codes = used_codes(strings, &space);
                let entries =
                    codes.iter().filter_map(|&code| legacy.decode(code).map(|s| (code, s))).collect();
                // The font's widths are by CID, which these codes do not give: full width for
                // two-byte codes, half for single bytes (Latin letters and digits).
                let widths = codes
                    .iter()
                    .map(|&(code, length)| ((code, length), if length == 1 { 500.0 } else { default_width }))
                    .collect();
                (Some(space), entries, Some(widths))
            }
            Encoding::Embedded(embedded) => {
                let codes = used_codes(strings, &embedded.space);
                let entries = if has_to_unicode {
                    BTreeMap::new()
                } else {
                    codes.iter().filter_map(|&code| Some((code, by_cid(embedded.cid(code.0)?)?))).collect()
                };
                let widths = codes
                    .iter()
                    .map(|&code| {
                        let width = embedded.cid(code.0).and_then(|cid| cid_widths.get(&cid).copied());
                        (code, width.unwrap_or(default_width))
                    })
                    .collect();
                (Some(embedded.space.clone()), entries, Some(widths))
            }
        };
        if entries.is_empty() && !has_to_unicode {
            let how = encoding_name.unwrap_or_else(|| "an embedded CMap".into());
            let collection = if ordering.is_empty() { String::new() } else { format!("Adobe-{ordering}, ") };
            report.undecodable.push(format!("{base_font} ({collection}{how})"));
            continue;
        }
        let mut font = font.clone();
        let mut descendant = descendant.clone();
        if !entries.is_empty() {
            let map = document.add_object(Stream::new(Dictionary::new(), cmap::to_unicode(&entries)));
            font.set("ToUnicode", Object::Reference(map));
        }
        if let Some(space) = space {
            let encoding =
                document.add_object(Stream::new(Dictionary::new(), cmap::identity_encoding(&space)));
            font.set("Encoding", Object::Reference(encoding));
        }
        if let Some(widths) = widths {
            descendant.set("W", widths_by_code(&widths));
        }
        let descendant = document.add_object(descendant);
        font.set("DescendantFonts", Object::Array(vec![Object::Reference(descendant)]));
        document.objects.insert(id, Object::Dictionary(font));
        report.repaired += 1;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Document {
        let path = format!("{}/tests/fixtures/import-eval/pdf/{name}.pdf", env!("CARGO_MANIFEST_DIR"));
        Document::load_mem(&std::fs::read(path).unwrap()).unwrap()
    }

    fn to_unicode_text(document: &Document) -> String {
        document
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter_map(|d| match d.get(b"ToUnicode") {
                Ok(Object::Reference(id)) => document.get_object(*id).ok(),
                _ => None,
            })
            .filter_map(|o| {
                if let Object::Stream(s) = o {
                    Some(String::from_utf8_lossy(&s.content).into_owned())
                } else {
                    None
                }
            })
            .collect()
    }

    #[test]
    fn a_truetype_cid_font_is_read_through_its_own_cmap_table() {
        let mut document = fixture("truetype-identity-h-no-tounicode");
        let report = repair_cid_fonts(&mut document);
        assert_eq!(report, CidRepairs { repaired: 1, undecodable: vec![] });
        // "T" of "The coast guard…" is mapped, keyed by its two-byte glyph code.
        assert!(to_unicode_text(&document).contains("> <0054>"));
    }

    #[test]
    fn an_embedded_cmap_is_replaced_by_an_identity_over_its_code_space() {
        let mut document = fixture("type0-embedded-cmap-no-tounicode");
        assert_eq!(repair_cid_fonts(&mut document).repaired, 1);
        let text = to_unicode_text(&document);
        // Codes are single bytes from 0x20 on, given in the order of the sorted characters.
        assert!(text.contains("<20> <0020>"), "{text}");
    }

    #[test]
    fn an_embedded_cmap_with_its_own_to_unicode_keeps_that_map() {
        let mut document = fixture("type0-embedded-cmap-no-tounicode");
        let own = document
            .add_object(Stream::new(Dictionary::new(), b"1 beginbfchar <20> <0020> endbfchar".to_vec()));
        let font_id = *document
            .objects
            .iter()
            .find(|(_, o)| {
                o.as_dict().is_ok_and(|d| matches!(d.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type0"))
            })
            .unwrap()
            .0;
        if let Some(Object::Dictionary(font)) = document.objects.get_mut(&font_id) {
            font.set("ToUnicode", Object::Reference(own));
        }
        assert_eq!(repair_cid_fonts(&mut document).repaired, 1);
        let font = document.get_dictionary(font_id).unwrap();
        assert_eq!(font.get(b"ToUnicode").unwrap(), &Object::Reference(own));
        // The encoding is now the identity over the same one-byte code space, which pdf-extract
        // reads with the codes its ToUnicode map is keyed by.
        let Ok(Object::Reference(encoding)) = font.get(b"Encoding") else { panic!("{font:?}") };
        let Ok(Object::Stream(encoding)) = document.get_object(*encoding) else { panic!() };
        assert!(String::from_utf8_lossy(&encoding.content).contains("<0000> <00ff>"));
    }

    #[test]
    fn national_encoding_codes_are_decoded_and_given_widths() {
        let mut document = fixture("cmap-gbk-euc");
        assert_eq!(repair_cid_fonts(&mut document).repaired, 1);
        let text = to_unicode_text(&document);
        assert!(text.contains("<32> <0032>") && text.contains("<c4ea> <5e74>"), "{text}");
        let widths: Vec<&Object> = document
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter(|d| matches!(d.get(b"Subtype"), Ok(Object::Name(n)) if n == b"CIDFontType0"))
            .filter_map(|d| d.get(b"W").ok())
            .collect();
        let Some(Object::Array(items)) = widths.last() else { panic!("{widths:?}") };
        let at = items.iter().position(|o| *o == Object::Integer(0x32)).unwrap();
        assert_eq!(items[at + 1], Object::Array(vec![Object::Real(500.0)]));
    }

    #[test]
    fn an_embedded_copy_of_a_national_encoding_cmap_is_decoded_by_its_name() {
        let mut document = fixture("cmap-gbk-euc");
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"CMap".to_vec()));
        dict.set("CMapName", Object::Name(b"GBK-EUC-H".to_vec()));
        // The CID mappings of a real copy are Adobe-GB1 CIDs, which are no use here.
        let cmap = document
            .add_object(Stream::new(dict, b"1 begincodespacerange <00> <80> endcodespacerange".to_vec()));
        for object in document.objects.values_mut() {
            if let Object::Dictionary(font) = object
                && matches!(font.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type0")
            {
                font.set("Encoding", Object::Reference(cmap));
            }
        }
        assert_eq!(repair_cid_fonts(&mut document).repaired, 1);
        assert!(to_unicode_text(&document).contains("<c4ea> <5e74>"));
    }

    #[test]
    fn cids_without_any_mapping_are_reported_by_font_and_collection() {
        let mut document = fixture("cid-japan1-without-mapping-on-page-two");
        let report = repair_cid_fonts(&mut document);
        assert_eq!(report.repaired, 0);
        assert_eq!(report.undecodable, ["HeiseiMin-W3 (Adobe-Japan1, Identity-H)"]);
    }

    #[test]
    fn widths_in_both_forms_of_w() {
        let document = Document::with_version("1.4");
        let mut font = Dictionary::new();
        font.set("DW", Object::Integer(900));
        font.set(
            "W",
            Object::Array(vec![
                Object::Integer(1),
                Object::Array(vec![Object::Integer(250), Object::Real(333.0)]),
                Object::Integer(10),
                Object::Integer(12),
                Object::Integer(600),
            ]),
        );
        let (widths, default) = cid_widths(&document, &font);
        assert_eq!(default, 900.0);
        assert_eq!((widths[&1], widths[&2], widths[&10], widths[&12]), (250.0, 333.0, 600.0, 600.0));
        assert_eq!(widths.len(), 5);
    }
}
