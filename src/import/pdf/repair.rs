//! Repairs, in memory, to legal PDF syntax that pdf-extract or lopdf cannot read but whose text is
//! plain to see.
//!
//! **AES without a key length.** See [`encryption_key_length_update`].
//!
//! **Indirect filters.** A stream's `/Filter` (or `/DecodeParms`) may be given as a reference to
//! another object; lopdf only decodes filters written in place, so such a page read as empty. The
//! references are replaced by the objects they point to.
//!
//! **Predefined Unicode CMaps.** A Type0 (CID) font may name a predefined CMap as its encoding instead of embedding one. For the
//! UCS-2 CMaps (`UniGB-UCS2-H`, `UniJIS-UCS2-V`, `UniKS-UCS2-H`…, used by many generators for
//! Chinese, Japanese and Korean without embedding the font) the character codes are UTF-16 code
//! units, so no table is needed; but pdf-extract knows only `Identity-H` and panics on any other
//! name. Such a font is rewritten, in memory, as `Identity-H` (or `-V`) with a ToUnicode map that
//! sends every code to itself, which gives the same characters. (The UTF-16 CMaps, whose codes
//! may also be surrogate pairs of four bytes, are read in `cid_fonts`.)

use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// A copy of the file with an incremental update that gives its V 4 encryption dictionary the
/// `/Length 128` it left out. The entry is optional there (V 4 keys are always 128 bits), but
/// lopdf then derives a 40-bit key, the empty user password fails, and an openable file was
/// refused as needing a password. lopdf reads nothing but the encryption dictionary of a file it
/// cannot decrypt, so the repair has to be made in the bytes before loading again. `None` when the
/// file is not of that kind.
pub(super) fn encryption_key_length_update(bytes: &[u8], document: &Document) -> Option<Vec<u8>> {
    let Ok(Object::Reference(id)) = document.trailer.get(b"Encrypt") else { return None };
    let Some(Object::Dictionary(encrypt)) = document.objects.get(id) else { return None };
    if !matches!(encrypt.get(b"V"), Ok(Object::Integer(4))) || encrypt.has(b"Length") {
        return None;
    }
    let mut encrypt = encrypt.clone();
    encrypt.set("Length", Object::Integer(128));
    let last_xref = memchr::memmem::rfind(bytes, b"startxref")?;
    let previous: u64 =
        std::str::from_utf8(bytes.get(last_xref + 9..)?.get(..40.min(bytes.len() - last_xref - 9))?)
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
    let mut trailer = Dictionary::new();
    for key in [b"Size".as_slice(), b"Root", b"Info", b"ID", b"Encrypt"] {
        if let Ok(value) = document.trailer.get(key) {
            trailer.set(key.to_vec(), value.clone());
        }
    }
    trailer.set("Prev", Object::Integer(i64::try_from(previous).ok()?));
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let object_offset = out.len();
    out.extend_from_slice(format!("{} {} obj\n", id.0, id.1).as_bytes());
    write_object(&mut out, &Object::Dictionary(encrypt));
    out.extend_from_slice(b"\nendobj\n");
    let xref_offset = out.len();
    out.extend_from_slice(
        format!("xref\n{} 1\n{object_offset:010} {:05} n \ntrailer\n", id.0, id.1).as_bytes(),
    );
    write_object(&mut out, &Object::Dictionary(trailer));
    out.extend_from_slice(format!("\nstartxref\n{xref_offset}\n%%EOF\n").as_bytes());
    Some(out)
}

/// PDF syntax for the objects an encryption dictionary or a trailer holds.
fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Object::Real(r) => out.extend_from_slice(format!("{r}").as_bytes()),
        Object::Name(name) => {
            out.push(b'/');
            for &b in name {
                if b.is_ascii_alphanumeric() || b"-_.+*".contains(&b) {
                    out.push(b);
                } else {
                    out.extend_from_slice(format!("#{b:02X}").as_bytes());
                }
            }
        }
        Object::String(bytes, _) => {
            out.push(b'<');
            out.extend(bytes.iter().flat_map(|b| format!("{b:02x}").into_bytes()));
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for item in items {
                out.push(b' ');
                write_object(out, item);
            }
            out.extend_from_slice(b" ]");
        }
        Object::Dictionary(dict) => {
            out.extend_from_slice(b"<<");
            for (key, value) in dict.iter() {
                out.push(b' ');
                write_object(out, &Object::Name(key.clone()));
                out.push(b' ');
                write_object(out, value);
            }
            out.extend_from_slice(b" >>");
        }
        Object::Reference((number, generation)) => {
            out.extend_from_slice(format!("{number} {generation} R").as_bytes())
        }
        Object::Stream(_) => out.extend_from_slice(b"null"),
    }
}

/// Replaces `/Filter` and `/DecodeParms` references in stream dictionaries (also inside arrays) by
/// the objects they point to. Returns how many streams were changed.
pub(super) fn inline_indirect_filters(document: &mut Document) -> usize {
    let resolve = |value: &Object| -> Option<Object> {
        match value {
            Object::Reference(target) => document.objects.get(target).cloned(),
            Object::Array(items) if items.iter().any(|i| matches!(i, Object::Reference(_))) => {
                Some(Object::Array(
                    items
                        .iter()
                        .map(|item| match item {
                            Object::Reference(target) => {
                                document.objects.get(target).cloned().unwrap_or(Object::Null)
                            }
                            other => other.clone(),
                        })
                        .collect(),
                ))
            }
            _ => None,
        }
    };
    let mut fixes: Vec<(ObjectId, &'static [u8], Object)> = Vec::new();
    for (&id, object) in &document.objects {
        let Object::Stream(stream) = object else { continue };
        for key in [b"Filter".as_slice(), b"DecodeParms".as_slice()] {
            if let Some(value) = stream.dict.get(key).ok().and_then(resolve) {
                fixes.push((id, key, value));
            }
        }
    }
    let mut changed = std::collections::BTreeSet::new();
    for (id, key, value) in fixes {
        if let Some(Object::Stream(stream)) = document.objects.get_mut(&id) {
            stream.dict.set(key.to_vec(), value);
            changed.insert(id);
        }
    }
    changed.len()
}

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
    // UTF-16 CMaps also have four-byte codes (surrogate pairs): see `cid_fonts`.
    name.ends_with("-UCS2-H").then_some(false).or_else(|| name.ends_with("-UCS2-V").then_some(true))
}

/// Rewrites every Type0 font on a predefined Unicode CMap without its own ToUnicode map (see the
/// module docs). Returns how many were rewritten.
pub(super) fn repair_unicode_cmaps(document: &mut Document) -> usize {
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
    fn a_v4_encryption_without_length_gets_one_in_an_incremental_update() {
        let mut document = Document::with_version("1.5");
        let mut encrypt = Dictionary::new();
        encrypt.set("Filter", Object::Name(b"Standard".to_vec()));
        encrypt.set("V", Object::Integer(4));
        let id = document.add_object(encrypt);
        document.trailer.set("Encrypt", Object::Reference(id));
        document.trailer.set(
            "ID",
            Object::Array(vec![Object::String(vec![0xab, 1], pdf_extract::StringFormat::Hexadecimal)]),
        );
        let file = b"%PDF-1.5\n...\nstartxref\n1234\n%%EOF\n";
        let patched = encryption_key_length_update(file, &document).unwrap();
        let tail = String::from_utf8_lossy(&patched[file.len()..]).into_owned();
        assert!(
            tail.contains("1 0 obj\n<< /Filter /Standard /V 4 /Length 128 >>\nendobj\nxref\n1 1\n"),
            "{tail}"
        );
        assert!(tail.contains("/ID [ <ab01> ] /Encrypt 1 0 R /Prev 1234 >>"), "{tail}");
        assert!(
            tail.ends_with(&format!(
                "startxref\n{}\n%%EOF\n",
                file.len() + 1 + tail.find("xref").unwrap() - 1
            )),
            "{tail}"
        );
        // With a length, or another version, nothing to do.
        if let Some(Object::Dictionary(encrypt)) = document.objects.get_mut(&id) {
            encrypt.set("Length", Object::Integer(128));
        }
        assert_eq!(encryption_key_length_update(file, &document), None);
    }

    #[test]
    fn indirect_filters_are_written_in_place() {
        let mut document = Document::with_version("1.4");
        let filter = document.add_object(Object::Name(b"FlateDecode".to_vec()));
        let mut dict = Dictionary::new();
        dict.set("Filter", Object::Reference(filter));
        let id = document.add_object(Stream::new(dict, Vec::new()));
        let mut dict = Dictionary::new();
        dict.set("Filter", Object::Array(vec![Object::Reference(filter)]));
        let in_array = document.add_object(Stream::new(dict, Vec::new()));
        assert_eq!(inline_indirect_filters(&mut document), 2);
        let filter_of = |id| match document.get_object(id) {
            Ok(Object::Stream(stream)) => stream.dict.get(b"Filter").ok().cloned(),
            _ => None,
        };
        assert_eq!(filter_of(id), Some(Object::Name(b"FlateDecode".to_vec())));
        assert_eq!(filter_of(in_array), Some(Object::Array(vec![Object::Name(b"FlateDecode".to_vec())])));
    }

    #[test]
    fn only_unicode_cmaps_are_recognised() {
        assert_eq!(unicode_cmap_is_vertical(b"UniGB-UCS2-H"), Some(false));
        assert_eq!(unicode_cmap_is_vertical(b"UniJIS-UCS2-V"), Some(true));
        assert_eq!(unicode_cmap_is_vertical(b"UniJIS-UTF16-V"), None);
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
