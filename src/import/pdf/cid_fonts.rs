//! Composite (Type0) fonts without a usable ToUnicode map, rewritten in memory so that
//! pdf-extract reads their text (it decodes CID fonts through ToUnicode only, and otherwise
//! yields nothing; it panics on any CMap name but `Identity-H` and `-V`):
//!
//! - **Embedded TrueType fonts** (`CIDFontType2`, or OpenType in `FontFile3`): a code's CID gives
//!   a glyph (through `/CIDToGIDMap`), and the font's own `cmap` table says which character that
//!   glyph draws. Read with `ttf-parser`.
//! - **Adobe's CJK character collections** (`Adobe-Japan1`, `-GB1`, `-CNS1`, `-Korea1`): a CID
//!   of a font that is not embedded (or whose glyphs say nothing) is read through Adobe's
//!   `Adobe-<Ordering>-UCS2` map (see [`super::adobe`]); not in an embedded TrueType font whose
//!   CIDs are its glyph ids (an identity `/CIDToGIDMap`), whatever collection it names.
//! - **Predefined CMaps of national encodings** (`GBK-EUC-H`, `90ms-RKSJ-H`, `ETen-B5-H`,
//!   `KSCms-UHC-H`, `H`…) and of **UTF-16 and UTF-32**: the codes are GBK, Shift-JIS, Big5…
//!   bytes, decoded by `encoding_rs`, or Unicode. Every other predefined CMap (`KSC-Johab-H`,
//!   `CNS-EUC-H`…) gives CIDs through Adobe's data.
//! - **Embedded CMap streams**: read here (see [`super::cmap`]) and by `hayro-cmap`, which also
//!   follows `usecmap` of a predefined CMap; the stream's own mappings win over those of the CMap
//!   it builds on. An embedded copy of a national-encoding CMap (its `/CMapName` says which, or
//!   a `/UseCMap` with nothing of its own) is decoded like the predefined one.
//!
//! Each such font gets an identity encoding over its code space, a ToUnicode map (unless it has
//! one, which is then keyed by the same codes) and widths keyed by code (from `/W` by the code's
//! CID where known). What cannot be decoded (CIDs of a collection other than Adobe's four, with
//! neither a ToUnicode map nor an embedded font that names its glyphs) is returned as a
//! description for the import notes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

use hayro_cmap::CMap;

use super::adobe::{self, Collection};
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

/// How a font's codes become CIDs, or text.
enum Encoding {
    /// Two-byte codes that are CIDs.
    Identity,
    /// Codes that are the bytes of a national encoding, or Unicode, and decoded as such; Adobe's
    /// predefined CMap of that name, when it has one, gives their CIDs (for widths).
    Legacy(Legacy, Option<CMap>),
    /// A predefined CMap of Adobe's, and its code space.
    Predefined(CMap, CodeSpace),
    /// An embedded CMap stream, as read here and by `hayro-cmap` (which also follows `usecmap`),
    /// the predefined CMap it builds on, and the code space of both.
    Embedded { ours: EmbeddedCMap, read: Option<Box<CMap>>, base: Option<Box<CMap>>, space: CodeSpace },
}

impl Encoding {
    fn code_space(&self) -> CodeSpace {
        match self {
            Encoding::Identity => CodeSpace(vec![cmap::CodeRange { lo: 0, hi: 0xffff, bytes: 2 }]),
            Encoding::Legacy(legacy, _) => legacy.code_space(),
            Encoding::Predefined(_, space) | Encoding::Embedded { space, .. } => space.clone(),
        }
    }

    /// The CID of a code: an embedded CMap's own mapping wins over the one it builds on.
    fn cid(&self, (code, length): Code) -> Option<u32> {
        match self {
            Encoding::Identity => Some(code),
            Encoding::Legacy(_, cmap) => cmap.as_ref()?.lookup_cid_code(code, length),
            Encoding::Predefined(cmap, _) => cmap.lookup_cid_code(code, length),
            Encoding::Embedded { ours, read, base, .. } => read
                .as_ref()
                .and_then(|cmap| cmap.lookup_cid_code(code, length))
                .or_else(|| ours.cid(code))
                .or_else(|| base.as_ref()?.lookup_cid_code(code, length)),
        }
    }

    /// The character collection the CMap says its CIDs belong to.
    fn collection(&self) -> Option<Collection> {
        match self {
            Encoding::Identity => None,
            Encoding::Legacy(_, cmap) => Collection::of_cmap(cmap.as_ref()?),
            Encoding::Predefined(cmap, _) => Collection::of_cmap(cmap),
            Encoding::Embedded { read, base, .. } => read
                .as_deref()
                .and_then(Collection::of_cmap)
                .or_else(|| Collection::of_cmap(base.as_deref()?)),
        }
    }
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
pub(super) fn cid_widths(document: &Document, descendant: &Dictionary) -> (HashMap<u32, f64>, f64) {
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
    let mut collections: HashMap<(Vec<u8>, Vec<u8>), Option<Collection>> = HashMap::new();
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
        let Some(encoding) = font_encoding(dict_get(document, font, b"Encoding"), encoding_name.as_deref())
        else {
            continue;
        };
        if matches!(encoding, Encoding::Identity) && has_to_unicode {
            continue;
        }
        let program = font_program(document, descendant);
        let cids_are_glyph_ids = program.is_some() && cids_are_glyph_ids(document, descendant);
        let glyphs = program.map(|data| glyph_characters(&data)).unwrap_or_default();
        let to_gid = cid_to_gid(document, descendant);
        let (cid_widths, default_width) = cid_widths(document, descendant);
        let (registry, ordering) = character_collection(document, descendant);
        let named = collections
            .entry((registry.clone(), ordering.clone()))
            .or_insert_with(|| Collection::of(&registry, &ordering))
            .as_ref();
        let from_cmap;
        let collection = match named {
            _ if cids_are_glyph_ids => None,
            Some(named) => Some(named),
            None => {
                from_cmap = encoding.collection();
                from_cmap.as_ref()
            }
        };
        let by_cid = |cid: u32| {
            to_gid(cid)
                .and_then(|gid| glyphs.get(&gid))
                .map(|c| c.to_string())
                .or_else(|| collection.and_then(|collection| collection.text(cid)))
        };
        let strings = strings.get_or_insert_with(|| shown_strings(document));
        let space = encoding.code_space();
        let codes = used_codes(strings, &space);
        let entries: BTreeMap<Code, String> = if has_to_unicode {
            BTreeMap::new()
        } else {
            codes
                .iter()
                .filter_map(|&code| {
                    let text = match &encoding {
                        Encoding::Legacy(legacy, _) => legacy.decode(code),
                        _ => encoding.cid(code).and_then(by_cid),
                    };
                    Some((code, text?))
                })
                .collect()
        };
        if entries.is_empty() && !has_to_unicode {
            let how = encoding_name.unwrap_or_else(|| "an embedded CMap".into());
            let collection = match (registry.is_empty(), ordering.is_empty()) {
                (true, true) => String::new(),
                _ => {
                    format!("{}-{}, ", String::from_utf8_lossy(&registry), String::from_utf8_lossy(&ordering))
                }
            };
            report.undecodable.push(format!("{base_font} ({collection}{how})"));
            continue;
        }
        let mut font = font.clone();
        let mut descendant = descendant.clone();
        if !entries.is_empty() {
            let map = document.add_object(Stream::new(Dictionary::new(), cmap::to_unicode(&entries)));
            font.set("ToUnicode", Object::Reference(map));
        }
        // Identity-H codes are the CIDs pdf-extract reads widths by; every other encoding is
        // replaced by an identity over its code space, with widths keyed by code.
        if !matches!(encoding, Encoding::Identity) {
            let widths: BTreeMap<Code, f64> = codes
                .iter()
                .map(|&code| {
                    let width = encoding.cid(code).and_then(|cid| cid_widths.get(&cid).copied());
                    (code, width.unwrap_or_else(|| fallback_width(entries.get(&code), code, default_width)))
                })
                .collect();
            let identity =
                document.add_object(Stream::new(Dictionary::new(), cmap::identity_encoding(&space)));
            font.set("Encoding", Object::Reference(identity));
            descendant.set("W", widths_by_code(&widths));
        }
        let descendant = document.add_object(descendant);
        font.set("DescendantFonts", Object::Array(vec![Object::Reference(descendant)]));
        document.objects.insert(id, Object::Dictionary(font));
        report.repaired += 1;
    }
    report
}

/// How a Type0 font's `/Encoding` turns codes into CIDs or text; `None` when there is nothing to
/// repair or nothing known to repair it with (pdf-extract then names the CMap it cannot read).
fn font_encoding(object: Option<&Object>, name: Option<&str>) -> Option<Encoding> {
    match (object, name) {
        (_, Some("Identity-H" | "Identity-V")) => Some(Encoding::Identity),
        (_, Some(name)) => {
            let cmap = adobe::predefined(name);
            match Legacy::of_cmap(name) {
                Some(legacy) => Some(Encoding::Legacy(legacy, cmap)),
                None => {
                    let cmap = cmap?;
                    let space = adobe::code_space(name, &cmap);
                    Some(Encoding::Predefined(cmap, space))
                }
            }
        }
        (Some(Object::Stream(stream)), _) => {
            let text = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            let ours = cmap::parse_embedded(&text);
            let own_name = name_of(stream.dict.get(b"CMapName").ok());
            let base_name = name_of(stream.dict.get(b"UseCMap").ok()).or_else(|| cmap::usecmap_name(&text));
            // An embedded copy of a predefined national-encoding CMap, or one that only points to
            // it, is decoded by the name.
            let copy_of = own_name
                .as_deref()
                .filter(|name| Legacy::of_cmap(name).is_some())
                .or_else(|| base_name.as_deref().filter(|_| ours.ranges.is_empty()));
            if let Some(name) = copy_of
                && let Some(legacy) = Legacy::of_cmap(name)
            {
                return Some(Encoding::Legacy(legacy, adobe::predefined(name)));
            }
            let base = base_name.as_deref().and_then(|name| Some((name, adobe::predefined(name)?)));
            let mut space = ours.space.clone();
            if let Some((name, cmap)) = &base {
                for range in adobe::code_space(name, cmap).0 {
                    if !space.0.contains(&range) {
                        space.0.push(range);
                    }
                }
            }
            if space.0.is_empty() {
                return None;
            }
            let read = adobe::embedded(&text).map(Box::new);
            Some(Encoding::Embedded { ours, read, base: base.map(|(_, cmap)| Box::new(cmap)), space })
        }
        _ => None,
    }
}

/// Whether a CID font's CIDs are the glyph ids of its embedded TrueType font (`CIDFontType2`
/// with `/CIDToGIDMap /Identity` or none): then they follow the font's glyph order, not the
/// numbering of the collection its `/CIDSystemInfo` names, which some writers fill in anyway.
fn cids_are_glyph_ids(document: &Document, descendant: &Dictionary) -> bool {
    let truetype =
        matches!(dict_get(document, descendant, b"Subtype"), Some(Object::Name(n)) if n == b"CIDFontType2");
    truetype && !matches!(dict_get(document, descendant, b"CIDToGIDMap"), Some(Object::Stream(_)))
}

/// A CID font's `/CIDSystemInfo` registry and ordering (empty when not given).
fn character_collection(document: &Document, descendant: &Dictionary) -> (Vec<u8>, Vec<u8>) {
    let Some(Object::Dictionary(info)) = dict_get(document, descendant, b"CIDSystemInfo") else {
        return (Vec::new(), Vec::new());
    };
    let field = |key: &[u8]| match dict_get(document, info, key) {
        Some(Object::String(s, _)) => s.clone(),
        Some(Object::Name(n)) => n.clone(),
        _ => Vec::new(),
    };
    (field(b"Registry"), field(b"Ordering"))
}

/// The width of a code whose CID has none in `/W`: half an em for Latin letters, digits and
/// half-width forms (and single-byte codes of unknown text), the font's default otherwise.
fn fallback_width(text: Option<&String>, (_, length): Code, default_width: f64) -> f64 {
    let narrow = |c: char| c < '\u{1100}' || ('\u{ff61}'..='\u{ffdc}').contains(&c);
    match text {
        Some(text) if text.chars().all(narrow) => 500.0,
        None if length == 1 => 500.0,
        _ => default_width,
    }
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
        let mut document = fixture("cid-private-collection-on-page-two");
        let report = repair_cid_fonts(&mut document);
        assert_eq!(report.repaired, 0);
        assert_eq!(report.undecodable, ["HeiseiMin-W3 (Briefsmith-Private, Identity-H)"]);
    }

    /// A CMap that builds on itself and maps every four-byte code, and one-byte codes to CIDs that
    /// overflow.
    const HOSTILE_CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> def
        /CMapName /Briefsmith-Loop def /Briefsmith-Loop usecmap /UniJIS-UCS2-H usecmap
        2 begincodespacerange <00000000> <ffffffff> <00> <ff> endcodespacerange
        3 begincidrange <00000000> <ffffffff> 0 <00> <ff> 4294967295 <0000> <ffff> 99999999999 endcidrange
        endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn a_cmap_that_uses_itself_with_absurd_ranges_is_read_quickly_without_panic() {
        let started = std::time::Instant::now();
        let stream = Object::Stream(Stream::new(Dictionary::new(), HOSTILE_CMAP.to_vec()));
        let Some(encoding) = font_encoding(Some(&stream), None) else { panic!("no encoding") };
        let space = encoding.code_space();
        let codes = used_codes(&[b"\x00\x00\x00\x41\xff\xff\xff\xff".to_vec(), vec![0x41; 4096]], &space);
        for code in codes {
            let _ = encoding.cid(code);
        }
        assert_eq!(encoding.cid((0xffff_ffff, 4)), Some(0xffff_ffff));
        // The one-byte range's CIDs run past the largest there is.
        assert_eq!(encoding.cid((0x41, 1)), None);
        assert!(encoding.collection().is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    }

    fn embedded(text: &[u8]) -> Encoding {
        let stream = Object::Stream(Stream::new(Dictionary::new(), text.to_vec()));
        font_encoding(Some(&stream), None).unwrap()
    }

    #[test]
    fn both_readers_of_embedded_cmaps_are_used_for_what_each_does_better() {
        // hayro-cmap tells codes of different lengths apart (our reader goes by value only).
        let lengths = embedded(
            b"2 begincodespacerange <00> <7f> <8000> <ffff> endcodespacerange\n\
              2 begincidchar <41> 34 <0041> 900 endcidchar",
        );
        assert_eq!((lengths.cid((0x41, 1)), lengths.cid((0x41, 2))), (Some(34), Some(900)));
        // A damaged CMap (cut off inside a block) is refused by hayro-cmap whole; ours keeps what
        // comes before the damage.
        let cut = embedded(
            b"1 begincodespacerange <00> <ff> endcodespacerange\n2 begincidrange <20> <7e> 1 <a1> <df> 327 \
              endcidrange\n1 begincidchar <80> (",
        );
        let Encoding::Embedded { read, .. } = &cut else { panic!() };
        assert!(read.is_none());
        assert_eq!(cut.cid((0x41, 1)), Some(34));
        // `usecmap` of a predefined CMap, with a code of its own that wins over the base.
        let usecmap = embedded(b"/UniJIS-UCS2-H usecmap 1 begincidchar <65e5> 7 endcidchar");
        assert_eq!(usecmap.code_space().split(b"\x65\xe5\x67\x2c"), [(0x65e5, 2), (0x672c, 2)]);
        assert_eq!(usecmap.cid((0x65e5, 2)), Some(7));
        let Some(japan1) = usecmap.collection() else { panic!("no collection") };
        assert_eq!(usecmap.cid((0x672c, 2)).and_then(|cid| japan1.text(cid)).as_deref(), Some("本"));
    }

    #[test]
    fn truetype_glyph_ids_are_not_read_as_cids_of_the_collection_the_font_names() {
        // The TrueType fixture, claiming Adobe-Japan1: its glyph 0x0045 is not CID 0x0045 of
        // Japan1, so a code its own cmap table does not name stays unmapped.
        let mut document = fixture("truetype-identity-h-no-tounicode");
        let mut ids = Vec::new();
        for (&id, object) in document.objects.iter_mut() {
            if let Object::Dictionary(font) = object
                && matches!(font.get(b"Subtype"), Ok(Object::Name(n)) if n == b"CIDFontType2")
            {
                let mut info = Dictionary::new();
                info.set("Registry", Object::string_literal("Adobe"));
                info.set("Ordering", Object::string_literal("Japan1"));
                font.set("CIDSystemInfo", Object::Dictionary(info));
                ids.push(id);
            }
        }
        let descendant = document.get_dictionary(ids[0]).unwrap().clone();
        assert!(cids_are_glyph_ids(&document, &descendant));
        // A form that shows code 0x0fa0, beyond the subset's glyphs (CID 4000 is a kanji in
        // Japan1).
        let mut form = Dictionary::new();
        form.set("Subtype", Object::Name(b"Form".to_vec()));
        document.add_object(Stream::new(form, b"BT /F1 12 Tf <0fa0> Tj ET".to_vec()));
        assert_eq!(repair_cid_fonts(&mut document).repaired, 1);
        let text = to_unicode_text(&document);
        assert!(text.contains("> <0054>"), "{text}");
        assert!(!text.contains("<0fa0>"), "{text}");
        // A CIDToGIDMap stream says the CIDs are the collection's.
        let mut mapped = descendant.clone();
        mapped.set(
            "CIDToGIDMap",
            Object::Reference(document.add_object(Stream::new(Dictionary::new(), vec![0, 0]))),
        );
        assert!(!cids_are_glyph_ids(&document, &mapped));
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
