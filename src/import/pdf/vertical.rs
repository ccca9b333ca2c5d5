//! Vertical writing (CJK set in columns, top to bottom, columns from right to left).
//!
//! A composite font writes vertically when its CMap does (`Identity-V`, `UniJIS-UCS2-V`,
//! `90ms-RKSJ-V`…, or an embedded CMap with `/WMode 1` or, without a mode, one that builds on a
//! `-V` CMap with `usecmap`): each glyph then moves the pen *down* by its vertical advance
//! (`/DW2`, one em by default). pdf-extract ignores the writing mode and
//! moves the pen to the right by the glyph's width, so the characters of a column come out as a
//! horizontal row, on top of the neighbouring columns' rows.
//!
//! Such fonts are marked here, in memory, by a *negative* default width of the size of their
//! vertical advance, and their `/W` removed: pdf-extract then moves its pen to the left by the
//! vertical advance, and the line collector (see `lines`) knows each of their glyphs by its
//! negative width and turns the leftward distance back into the downward one (kerning in `TJ`
//! arrays moves the same way, so it maps too). Vertical metrics per glyph (`/W2`) are not read:
//! CJK glyphs advance by one em.

use pdf_extract::{Dictionary, Document, Object, ObjectId};

fn deref<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => document.objects.get(id),
        other => Some(other),
    }
}

/// Whether a font's `/Encoding` (a CMap name or stream) writes vertically.
fn writes_vertically(document: &Document, encoding: &Object) -> bool {
    match deref(document, encoding) {
        Some(Object::Name(name)) => name.ends_with(b"-V"),
        Some(Object::Stream(stream)) => {
            let mode = stream.dict.get(b"WMode").ok().and_then(|m| deref(document, m));
            if let Some(Object::Integer(mode)) = mode {
                return *mode == 1;
            }
            if let Ok(Object::Name(name)) = stream.dict.get(b"UseCMap") {
                return name.ends_with(b"-V");
            }
            let text = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            let squashed: Vec<u8> = text.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
            if let Some(at) = memchr::memmem::find(&squashed, b"/WMode") {
                return squashed.get(at + 6) == Some(&b'1');
            }
            // Without a mode of its own, it writes as the CMap it builds on.
            super::cmap::usecmap_name(&text).is_some_and(|name| name.ends_with("-V"))
        }
        _ => false,
    }
}

/// The composite fonts that write vertically. Read before the other repairs, which replace
/// national-encoding CMaps (and their `-V` names) with identity encodings.
pub(super) fn vertical_fonts(document: &Document) -> Vec<ObjectId> {
    document
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let font = object.as_dict().ok()?;
            let type0 = matches!(font.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type0");
            (type0 && writes_vertically(document, font.get(b"Encoding").ok()?)).then_some(id)
        })
        .collect()
}

/// The vertical advance of a descendant font in thousandths of an em (`/DW2 [origin advance]`).
fn vertical_advance(document: &Document, descendant: &Dictionary) -> f64 {
    let advance = match descendant.get(b"DW2").ok().and_then(|o| deref(document, o)) {
        Some(Object::Array(items)) => items.get(1).and_then(|o| match deref(document, o)? {
            Object::Integer(i) => Some(*i as f64),
            Object::Real(r) => Some(f64::from(*r)),
            _ => None,
        }),
        _ => None,
    };
    advance.map(f64::abs).filter(|a| a.is_finite() && *a >= 100.0 && *a <= 5000.0).unwrap_or(1000.0)
}

/// Marks the fonts (see the module docs). Each gets its own copy of its descendant font, which
/// a horizontal font may share.
pub(super) fn mark_vertical_fonts(document: &mut Document, fonts: &[ObjectId]) -> usize {
    let mut marked = 0;
    for &id in fonts {
        let Some(Object::Dictionary(font)) = document.objects.get(&id) else { continue };
        let descendant = match font.get(b"DescendantFonts").ok().and_then(|o| deref(document, o)) {
            Some(Object::Array(list)) => list.first().and_then(|d| deref(document, d)),
            _ => None,
        };
        let Some(Object::Dictionary(descendant)) = descendant else { continue };
        let mut descendant = descendant.clone();
        let advance = vertical_advance(document, &descendant);
        descendant.set("DW", Object::Integer(-(advance.round() as i64)));
        descendant.remove(b"W");
        let descendant = document.add_object(descendant);
        if let Some(Object::Dictionary(font)) = document.objects.get_mut(&id) {
            font.set("DescendantFonts", Object::Array(vec![Object::Reference(descendant)]));
            marked += 1;
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;
    use pdf_extract::Stream;

    fn type0(document: &mut Document, encoding: Object) -> ObjectId {
        let mut descendant = Dictionary::new();
        descendant.set("Subtype", Object::Name(b"CIDFontType0".to_vec()));
        descendant
            .set("W", Object::Array(vec![Object::Integer(1), Object::Array(vec![Object::Integer(500)])]));
        descendant.set("DW2", Object::Array(vec![Object::Integer(880), Object::Integer(-900)]));
        let descendant = document.add_object(descendant);
        let mut font = Dictionary::new();
        font.set("Subtype", Object::Name(b"Type0".to_vec()));
        font.set("Encoding", encoding);
        font.set("DescendantFonts", Object::Array(vec![Object::Reference(descendant)]));
        document.add_object(font)
    }

    #[test]
    fn vertical_cmaps_are_found_by_name_and_by_writing_mode() {
        let mut document = Document::with_version("1.5");
        let identity_v = type0(&mut document, Object::Name(b"Identity-V".to_vec()));
        let sjis_v = type0(&mut document, Object::Name(b"90ms-RKSJ-V".to_vec()));
        let horizontal = type0(&mut document, Object::Name(b"UniJIS-UCS2-H".to_vec()));
        let embedded = document
            .add_object(Stream::new(Dictionary::new(), b"/CMapName /Custom def /WMode 1 def".to_vec()));
        let embedded = type0(&mut document, Object::Reference(embedded));
        let based_on_v = document.add_object(Stream::new(
            Dictionary::new(),
            b"/CMapName /Custom def /UniKS-UCS2-V usecmap".to_vec(),
        ));
        let based_on_v = type0(&mut document, Object::Reference(based_on_v));
        let own_mode = document.add_object(Stream::new(
            Dictionary::new(),
            b"/CMapName /Custom def /WMode 0 def /UniKS-UCS2-V usecmap".to_vec(),
        ));
        let own_mode = type0(&mut document, Object::Reference(own_mode));
        let mut found = vertical_fonts(&document);
        found.sort();
        assert!(!found.contains(&own_mode));
        let mut expected = vec![identity_v, sjis_v, embedded, based_on_v];
        expected.sort();
        assert_eq!(found, expected);
        assert!(!found.contains(&horizontal));
    }

    #[test]
    fn a_marked_font_has_a_negative_default_width_of_its_vertical_advance() {
        let mut document = Document::with_version("1.5");
        let font = type0(&mut document, Object::Name(b"Identity-V".to_vec()));
        let shared = match document.get_dictionary(font).unwrap().get(b"DescendantFonts") {
            Ok(Object::Array(list)) => list[0].clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(mark_vertical_fonts(&mut document, &[font]), 1);
        let Ok(Object::Array(list)) = document.get_dictionary(font).unwrap().get(b"DescendantFonts") else {
            panic!()
        };
        let Object::Reference(copy) = list[0] else { panic!() };
        let copy = document.get_dictionary(copy).unwrap();
        assert_eq!(copy.get(b"DW").unwrap(), &Object::Integer(-900));
        assert!(copy.get(b"W").is_err());
        // The original (which a horizontal font may share) is untouched.
        let Object::Reference(shared) = shared else { panic!() };
        assert!(document.get_dictionary(shared).unwrap().get(b"W").is_ok());
    }
}
