//! Simple fonts (Type1, TrueType, Type3) whose encodings pdf-extract decodes wrongly, rewritten
//! in memory:
//!
//! - **`/StandardEncoding`**, as a font's encoding or as the base of its `/Differences`: pdf-extract
//!   knows only WinAnsi, MacRoman and MacExpert and panics on it (the page was lost). It becomes
//!   the equivalent list of differences over PDFDocEncoding (pdf-extract's default base). Other
//!   unknown names are dropped, which leaves the font's built-in encoding.
//! - **Glyph names it does not know** in `/Differences`: `uniXXXX` and `uXXXX[XX]` (Unicode values),
//!   names with a suffix (`a.sc`, `e.alt`: the part before the dot) and ligatures written with
//!   underscores (`f_f_i`). Those are written into a ToUnicode map when the font has none; entries
//!   that are neither names nor codes are dropped (pdf-extract panics on them).
//! - **Type3 widths**: they are in the font's own units, which its `/FontMatrix` scales to text
//!   space; pdf-extract always divides them by 1000. A font whose matrix is not the usual 0.001
//!   gets its widths rescaled, or its glyph advances were wrong by that factor and words fell
//!   apart into letters.

use std::collections::BTreeMap;

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

use super::cmap::{self, Code};

/// StandardEncoding where it differs from PDFDocEncoding, as `(code, glyph name)`.
const STANDARD_OVER_PDFDOC: &[(u8, &str)] = &[
    (39, "quoteright"),
    (96, "quoteleft"),
    (161, "exclamdown"),
    (162, "cent"),
    (163, "sterling"),
    (164, "fraction"),
    (165, "yen"),
    (166, "florin"),
    (167, "section"),
    (168, "currency"),
    (169, "quotesingle"),
    (170, "quotedblleft"),
    (171, "guillemotleft"),
    (172, "guilsinglleft"),
    (173, "guilsinglright"),
    (174, "fi"),
    (175, "fl"),
    (177, "endash"),
    (178, "dagger"),
    (179, "daggerdbl"),
    (180, "periodcentered"),
    (182, "paragraph"),
    (183, "bullet"),
    (184, "quotesinglbase"),
    (185, "quotedblbase"),
    (186, "quotedblright"),
    (187, "guillemotright"),
    (188, "ellipsis"),
    (189, "perthousand"),
    (191, "questiondown"),
    (193, "grave"),
    (194, "acute"),
    (195, "circumflex"),
    (196, "tilde"),
    (197, "macron"),
    (198, "breve"),
    (199, "dotaccent"),
    (200, "dieresis"),
    (202, "ring"),
    (203, "cedilla"),
    (205, "hungarumlaut"),
    (206, "ogonek"),
    (207, "caron"),
    (208, "emdash"),
    (225, "AE"),
    (227, "ordfeminine"),
    (232, "Lslash"),
    (233, "Oslash"),
    (234, "OE"),
    (235, "ordmasculine"),
    (241, "ae"),
    (245, "dotlessi"),
    (248, "lslash"),
    (249, "oslash"),
    (250, "oe"),
    (251, "germandbls"),
];

/// The encodings pdf-extract has tables for.
fn known_to_reader(name: &[u8]) -> bool {
    matches!(name, b"WinAnsiEncoding" | b"MacRomanEncoding" | b"MacExpertEncoding")
}

/// The text of a glyph name that pdf-extract's glyph list does not hold, when its form says it:
/// `uni00E9`, `u1F600`, `f_f_i` (parts of one letter or of those forms).
fn name_text(name: &str) -> Option<String> {
    let name = name.split('.').next().unwrap_or(name);
    let hex_char = |hex: &str| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    if let Some(hex) = name.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.chars().all(|c| c.is_ascii_hexdigit())
    {
        // Several code units in one name: `uni00660069` is "fi".
        let units: Vec<u16> = (0..hex.len() / 4)
            .filter_map(|i| hex.get(i * 4..i * 4 + 4).and_then(|h| u16::from_str_radix(h, 16).ok()))
            .collect();
        return String::from_utf16(&units).ok();
    }
    if let Some(hex) = name.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.chars().all(|c| c.is_ascii_hexdigit())
    {
        return hex_char(hex).map(String::from);
    }
    if name.contains('_') {
        let parts: Option<String> = name
            .split('_')
            .map(|part| match part.len() {
                1 if part.chars().all(|c| c.is_ascii_alphabetic()) => Some(part.to_owned()),
                _ => name_text(part),
            })
            .collect();
        return parts;
    }
    None
}

/// The name to give pdf-extract instead: the part before a suffix dot (`a.sc` → `a`).
fn without_suffix(name: &str) -> Option<&str> {
    let (base, _) = name.split_once('.')?;
    (!base.is_empty()).then_some(base)
}

/// Rewrites the encodings of simple fonts (see the module docs). Returns how many fonts changed.
pub(super) fn repair_simple_fonts(document: &mut Document) -> usize {
    let fonts: Vec<ObjectId> = document
        .objects
        .iter()
        .filter(|(_, object)| {
            object.as_dict().is_ok_and(|d| {
                matches!(d.get(b"Subtype"), Ok(Object::Name(n)) if matches!(n.as_slice(), b"Type1" | b"MMType1" | b"TrueType" | b"Type3"))
                    && d.has(b"BaseFont") | d.has(b"CharProcs")
            })
        })
        .map(|(&id, _)| id)
        .collect();
    let mut changed = 0;
    for id in fonts {
        let Some(Object::Dictionary(font)) = document.objects.get(&id) else { continue };
        let has_to_unicode = font.has(b"ToUnicode");
        let encoding = match font.get(b"Encoding") {
            Ok(Object::Reference(target)) => document.objects.get(target).cloned(),
            Ok(other) => Some(other.clone()),
            Err(_) => None,
        };
        let mut entries: BTreeMap<Code, String> = BTreeMap::new();
        let new_encoding = match encoding {
            Some(Object::Name(name)) if name == b"StandardEncoding" => {
                let mut dict = Dictionary::new();
                dict.set("Differences", standard_differences());
                Some(Some(Object::Dictionary(dict)))
            }
            Some(Object::Name(name)) if !known_to_reader(&name) => Some(None),
            Some(Object::Dictionary(mut dict)) => {
                let mut rewritten = false;
                let mut differences = Vec::new();
                match dict.get(b"BaseEncoding") {
                    Ok(Object::Name(base)) if base == b"StandardEncoding" => {
                        if let Object::Array(items) = standard_differences() {
                            differences = items;
                        }
                        dict.remove(b"BaseEncoding");
                        rewritten = true;
                    }
                    Ok(Object::Name(base)) if known_to_reader(base) => {}
                    Ok(_) => {
                        dict.remove(b"BaseEncoding");
                        rewritten = true;
                    }
                    Err(_) => {}
                }
                let items = match dict.get(b"Differences") {
                    Ok(Object::Array(items)) => items.clone(),
                    Ok(Object::Reference(target)) => match document.objects.get(target) {
                        Some(Object::Array(items)) => items.clone(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let mut code: i64 = 0;
                for item in items {
                    let item = match item {
                        Object::Reference(target) => {
                            document.objects.get(&target).cloned().unwrap_or(Object::Null)
                        }
                        other => other,
                    };
                    match item {
                        Object::Integer(i) if (0..=255).contains(&i) => {
                            code = i;
                            differences.push(Object::Integer(i));
                        }
                        Object::Name(name) => {
                            let text = String::from_utf8_lossy(&name).into_owned();
                            if let Some(unicode) = name_text(&text)
                                && (0..=255).contains(&code)
                            {
                                entries.insert((code as u32, 1), unicode);
                            }
                            match without_suffix(&text) {
                                Some(base) => {
                                    differences.push(Object::Name(base.as_bytes().to_vec()));
                                    rewritten = true;
                                }
                                None => differences.push(Object::Name(name)),
                            }
                            code += 1;
                        }
                        _ => rewritten = true,
                    }
                }
                if !entries.is_empty() && !has_to_unicode {
                    rewritten = true;
                }
                dict.set("Differences", Object::Array(differences));
                rewritten.then_some(Some(Object::Dictionary(dict)))
            }
            _ => None,
        };
        let Some(new_encoding) = new_encoding else { continue };
        let mut font = font.clone();
        match new_encoding {
            Some(encoding) => font.set("Encoding", encoding),
            None => {
                font.remove(b"Encoding");
            }
        }
        if !entries.is_empty() && !has_to_unicode {
            let map = document.add_object(Stream::new(Dictionary::new(), cmap::to_unicode(&entries)));
            font.set("ToUnicode", Object::Reference(map));
        }
        document.objects.insert(id, Object::Dictionary(font));
        changed += 1;
    }
    changed
}

/// Rescales the `/Widths` of Type3 fonts whose `/FontMatrix` is not 0.001 (see the module docs).
/// Returns how many fonts changed.
pub(super) fn repair_type3_widths(document: &mut Document) -> usize {
    let resolve = |document: &Document, object: &Object| -> Option<Object> {
        match object {
            Object::Reference(id) => document.objects.get(id).cloned(),
            other => Some(other.clone()),
        }
    };
    let number = |object: &Object| match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    };
    let mut changes: Vec<(ObjectId, Vec<Object>)> = Vec::new();
    for (&id, object) in &document.objects {
        let Ok(font) = object.as_dict() else { continue };
        if !matches!(font.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type3") {
            continue;
        }
        let matrix = font.get(b"FontMatrix").ok().and_then(|m| resolve(document, m));
        let Some(Object::Array(matrix)) = matrix else { continue };
        let Some(scale) = matrix.first().and_then(number).map(|a| a * 1000.0) else { continue };
        if !scale.is_finite() || scale <= 0.0 || (scale - 1.0).abs() < 1e-6 {
            continue;
        }
        let widths = font.get(b"Widths").ok().and_then(|w| resolve(document, w));
        let Some(Object::Array(widths)) = widths else { continue };
        let scaled = widths
            .iter()
            .map(|w| match resolve(document, w).as_ref().and_then(number) {
                Some(w) => Object::Real((w * scale) as f32),
                None => Object::Integer(0),
            })
            .collect();
        changes.push((id, scaled));
    }
    let changed = changes.len();
    for (id, widths) in changes {
        if let Some(Object::Dictionary(font)) = document.objects.get_mut(&id) {
            font.set("Widths", Object::Array(widths));
        }
    }
    changed
}

fn standard_differences() -> Object {
    let mut items = Vec::new();
    for &(code, name) in STANDARD_OVER_PDFDOC {
        items.push(Object::Integer(i64::from(code)));
        items.push(Object::Name(name.as_bytes().to_vec()));
    }
    Object::Array(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type3_widths_are_scaled_by_the_font_matrix() {
        let mut document = Document::with_version("1.4");
        let mut font = Dictionary::new();
        font.set("Subtype", Object::Name(b"Type3".to_vec()));
        let matrix = [0.01, 0.0, 0.0, 0.01, 0.0, 0.0].map(Object::Real).to_vec();
        font.set("FontMatrix", Object::Array(matrix));
        font.set("Widths", Object::Array(vec![Object::Integer(60), Object::Real(30.0)]));
        let id = document.add_object(font.clone());
        font.set("FontMatrix", Object::Array([0.001, 0.0, 0.0, 0.001, 0.0, 0.0].map(Object::Real).to_vec()));
        let usual = document.add_object(font);
        assert_eq!(repair_type3_widths(&mut document), 1);
        let widths = |id| document.get_dictionary(id).unwrap().get(b"Widths").unwrap().clone();
        assert_eq!(widths(id), Object::Array(vec![Object::Real(600.0), Object::Real(300.0)]));
        assert_eq!(widths(usual), Object::Array(vec![Object::Integer(60), Object::Real(30.0)]));
    }

    #[test]
    fn glyph_names_by_form() {
        assert_eq!(name_text("uni00E9").as_deref(), Some("é"));
        assert_eq!(name_text("uni00660069").as_deref(), Some("fi"));
        assert_eq!(name_text("u1F600").as_deref(), Some("😀"));
        assert_eq!(name_text("uni00E9.alt").as_deref(), Some("é"));
        assert_eq!(name_text("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(name_text("eacute"), None);
        assert_eq!(name_text("union"), None);
        assert_eq!(without_suffix("a.sc"), Some("a"));
        assert_eq!(without_suffix(".notdef"), None);
    }

    fn font_with(encoding: Object) -> (Document, ObjectId) {
        let mut document = Document::with_version("1.4");
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type1".to_vec()));
        font.set("BaseFont", Object::Name(b"Times-Roman".to_vec()));
        font.set("Encoding", encoding);
        let id = document.add_object(font);
        (document, id)
    }

    #[test]
    fn standard_encoding_becomes_differences() {
        let (mut document, id) = font_with(Object::Name(b"StandardEncoding".to_vec()));
        assert_eq!(repair_simple_fonts(&mut document), 1);
        let font = document.get_dictionary(id).unwrap();
        let Ok(Object::Dictionary(encoding)) = font.get(b"Encoding") else { panic!("{font:?}") };
        let Ok(Object::Array(differences)) = encoding.get(b"Differences") else { panic!("{encoding:?}") };
        assert_eq!(differences[..2], [Object::Integer(39), Object::Name(b"quoteright".to_vec())]);
        let (mut untouched, _) = font_with(Object::Name(b"WinAnsiEncoding".to_vec()));
        assert_eq!(repair_simple_fonts(&mut untouched), 0);
    }

    #[test]
    fn unknown_glyph_names_get_a_to_unicode_map() {
        let mut encoding = Dictionary::new();
        encoding.set("BaseEncoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        encoding.set(
            "Differences",
            Object::Array(vec![
                Object::Integer(1),
                Object::Name(b"uni00E9".to_vec()),
                Object::Name(b"a.sc".to_vec()),
                Object::Real(2.0),
            ]),
        );
        let (mut document, id) = font_with(Object::Dictionary(encoding));
        assert_eq!(repair_simple_fonts(&mut document), 1);
        let font = document.get_dictionary(id).unwrap();
        let Ok(Object::Reference(map)) = font.get(b"ToUnicode") else { panic!("{font:?}") };
        let Ok(Object::Stream(map)) = document.get_object(*map) else { panic!() };
        assert!(String::from_utf8_lossy(&map.content).contains("<01> <00e9>"));
        let Ok(Object::Dictionary(encoding)) = font.get(b"Encoding") else { panic!() };
        assert_eq!(
            encoding.get(b"Differences").unwrap(),
            &Object::Array(vec![
                Object::Integer(1),
                Object::Name(b"uni00E9".to_vec()),
                Object::Name(b"a".to_vec())
            ])
        );
    }
}
