//! Repairs to PDF font dictionaries that pdf-extract cannot read but whose text is plain to see.
//!
//! A Type0 (CID) font may name a predefined CMap as its encoding instead of embedding one. For the
//! Unicode CMaps (`UniGB-UCS2-H`, `UniJIS-UCS2-V`, `UniKS-UTF16-H`…, used by many generators for
//! Chinese, Japanese and Korean without embedding the font) the character codes are UTF-16 code
//! units, so no table is needed; but pdf-extract knows only `Identity-H` and panics on any other
//! name. Such a font is rewritten, in memory, as `Identity-H` (or `-V`) with a ToUnicode map that
//! sends every code to itself, which gives the same characters.

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// A ToUnicode CMap that maps each two-byte code to the same UTF-16 code unit (surrogates aside).
const IDENTITY_TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Briefsmith-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <D7FF> <0000>
<E000> <FFFF> <E000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
";

/// Whether a predefined CMap's codes are UTF-16 code units; `Some(true)` for vertical writing.
fn unicode_cmap_is_vertical(name: &[u8]) -> Option<bool> {
    let name = std::str::from_utf8(name).ok()?;
    if !name.starts_with("Uni") {
        return None;
    }
    ["-UCS2-H", "-UTF16-H"]
        .iter()
        .any(|suffix| name.ends_with(suffix))
        .then_some(false)
        .or_else(|| ["-UCS2-V", "-UTF16-V"].iter().any(|suffix| name.ends_with(suffix)).then_some(true))
}

/// Rewrites every Type0 font on a predefined Unicode CMap without its own ToUnicode map (see the
/// module docs). Returns how many were rewritten.
pub(crate) fn repair_unicode_cmaps(document: &mut Document) -> usize {
    let fonts: Vec<(ObjectId, bool)> = document
        .objects
        .iter()
        .filter_map(|(&id, object)| {
            let dict = object.as_dict().ok()?;
            let is_type0 = matches!(dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Type0");
            if !is_type0 || dict.has(b"ToUnicode") {
                return None;
            }
            let Ok(Object::Name(encoding)) = dict.get(b"Encoding") else { return None };
            Some((id, unicode_cmap_is_vertical(encoding)?))
        })
        .collect();
    if fonts.is_empty() {
        return 0;
    }
    let to_unicode = document.add_object(Stream::new(Dictionary::new(), IDENTITY_TO_UNICODE.to_vec()));
    for &(id, vertical) in &fonts {
        if let Some(Object::Dictionary(dict)) = document.objects.get_mut(&id) {
            let identity: &[u8] = if vertical { b"Identity-V" } else { b"Identity-H" };
            dict.set("Encoding", Object::Name(identity.to_vec()));
            dict.set("ToUnicode", Object::Reference(to_unicode));
        }
    }
    fonts.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unicode_cmaps_are_recognised() {
        assert_eq!(unicode_cmap_is_vertical(b"UniGB-UCS2-H"), Some(false));
        assert_eq!(unicode_cmap_is_vertical(b"UniJIS-UTF16-V"), Some(true));
        assert_eq!(unicode_cmap_is_vertical(b"GBK-EUC-H"), None);
        assert_eq!(unicode_cmap_is_vertical(b"Identity-H"), None);
    }

    #[test]
    fn a_type0_font_on_a_unicode_cmap_becomes_identity_with_a_to_unicode_map() {
        let mut document = Document::with_version("1.4");
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type0".to_vec()));
        font.set("Encoding", Object::Name(b"UniKS-UCS2-H".to_vec()));
        let id = document.add_object(font);
        let mut other = Dictionary::new();
        other.set("Subtype", Object::Name(b"Type0".to_vec()));
        other.set("Encoding", Object::Name(b"Identity-H".to_vec()));
        let other_id = document.add_object(other);
        assert_eq!(repair_unicode_cmaps(&mut document), 1);
        let font = document.get_dictionary(id).unwrap();
        assert!(matches!(font.get(b"Encoding"), Ok(Object::Name(n)) if n == b"Identity-H"));
        assert!(font.has(b"ToUnicode"));
        assert!(!document.get_dictionary(other_id).unwrap().has(b"ToUnicode"));
    }
}
