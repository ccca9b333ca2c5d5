//! Adobe's predefined CMaps and the CID-to-Unicode maps of its four CJK character collections
//! (Adobe-Japan1, -GB1, -CNS1 and -Korea1), read with `hayro-cmap`, which embeds Adobe's
//! published CMap resources (compressed; decompressed once, on first use).
//!
//! A CID font without a ToUnicode map and without an embedded font that names its glyphs can
//! still be read when it uses one of these collections: its codes go to CIDs through its CMap
//! (predefined, `Identity`, or embedded, possibly on top of a predefined one with `usecmap`), and
//! CIDs go to characters through the collection's `Adobe-<Ordering>-UCS2` map.
//!
//! `hayro-cmap` does not say how a CMap splits shown bytes into codes (its code space), so the
//! code space of a predefined CMap is found by asking it: a byte that is a code of its own is a
//! one-byte code, and a byte that starts some mapped two-byte code is the first byte of two-byte
//! codes (Adobe's code spaces are laid out by first byte). The Unicode CMaps, whose codes are
//! UTF-16 or UTF-32, are known by name (see [`super::cmap::Legacy`]).

use hayro_cmap::{BfString, CMap, CMapName, CidFamily};

use super::cmap::{CodeRange, CodeSpace, Legacy};

/// A predefined CMap by name; `None` for names Adobe does not define.
pub(super) fn predefined(name: &str) -> Option<CMap> {
    let name = CMapName::from_bytes(name.as_bytes());
    if matches!(name, CMapName::Custom(_)) {
        return None;
    }
    CMap::parse(hayro_cmap::load_embedded(name)?, hayro_cmap::load_embedded)
}

/// An embedded CMap stream, with `usecmap` of a predefined CMap followed. `None` when it cannot
/// be read (a syntax error, or `usecmap` of a CMap that is not predefined: nothing else can be
/// looked up, so there is no loop to follow).
pub(super) fn embedded(text: &[u8]) -> Option<CMap> {
    CMap::parse(text, hayro_cmap::load_embedded)
}

/// The code space of a predefined CMap (see the module docs).
pub(super) fn code_space(name: &str, cmap: &CMap) -> CodeSpace {
    if let Some(legacy) = Legacy::of_cmap(name) {
        return legacy.code_space();
    }
    if name.starts_with("Uni") && (name.contains("-UCS2") || name.contains("-UTF16")) {
        return Legacy::Utf16.code_space();
    }
    if name.starts_with("Identity-") {
        return CodeSpace(vec![CodeRange { lo: 0, hi: 0xffff, bytes: 2 }]);
    }
    let mut ranges: Vec<CodeRange> = Vec::new();
    for first in 0..=0xffu32 {
        let range = if cmap.lookup_cid_code(first, 1).is_some() {
            CodeRange { lo: first, hi: first, bytes: 1 }
        } else if (0..=0xffu32).any(|second| cmap.lookup_cid_code((first << 8) | second, 2).is_some()) {
            CodeRange { lo: first << 8, hi: (first << 8) | 0xff, bytes: 2 }
        } else {
            continue;
        };
        match ranges.last_mut() {
            Some(last) if last.bytes == range.bytes && last.hi + 1 == range.lo => last.hi = range.hi,
            _ => ranges.push(range),
        }
    }
    CodeSpace(ranges)
}

/// The characters of one of Adobe's CJK collections, by CID.
pub(super) struct Collection {
    to_unicode: CMap,
}

impl Collection {
    /// The collection named by a CID font's `/CIDSystemInfo`; `None` unless it is one of the four.
    pub(super) fn of(registry: &[u8], ordering: &[u8]) -> Option<Collection> {
        Collection::of_family(&CidFamily::from_registry_ordering(registry, ordering))
    }

    /// The collection a CMap says its CIDs belong to.
    pub(super) fn of_cmap(cmap: &CMap) -> Option<Collection> {
        Collection::of_family(&cmap.metadata().character_collection.as_ref()?.family)
    }

    fn of_family(family: &CidFamily) -> Option<Collection> {
        let name = family.ucs2_cmap()?;
        let to_unicode = CMap::parse(hayro_cmap::load_embedded(name)?, hayro_cmap::load_embedded)?;
        Some(Collection { to_unicode })
    }

    /// The text of a CID: the character it is a form of (vertical forms of punctuation are given
    /// as the punctuation itself, as in horizontal text).
    pub(super) fn text(&self, cid: u32) -> Option<String> {
        let text = match self.to_unicode.lookup_bf_string(cid)? {
            BfString::Char(c) => String::from(horizontal_form(c)),
            BfString::String(s) => s.chars().map(horizontal_form).collect(),
        };
        (!text.is_empty() && !text.chars().any(char::is_control)).then_some(text)
    }
}

/// Unicode's vertical presentation forms (U+FE10–FE19, U+FE30–FE44, U+FE47–FE48) as the characters they are
/// forms of; every other character as itself.
fn horizontal_form(c: char) -> char {
    const FORMS: [(char, char); 33] = [
        ('\u{fe10}', '，'),
        ('\u{fe11}', '、'),
        ('\u{fe12}', '。'),
        ('\u{fe13}', '：'),
        ('\u{fe14}', '；'),
        ('\u{fe15}', '！'),
        ('\u{fe16}', '？'),
        ('\u{fe17}', '〖'),
        ('\u{fe18}', '〗'),
        ('\u{fe19}', '…'),
        ('\u{fe30}', '‥'),
        ('\u{fe31}', '—'),
        ('\u{fe32}', '–'),
        ('\u{fe33}', '_'),
        ('\u{fe34}', '_'),
        ('\u{fe35}', '（'),
        ('\u{fe36}', '）'),
        ('\u{fe37}', '｛'),
        ('\u{fe38}', '｝'),
        ('\u{fe39}', '〔'),
        ('\u{fe3a}', '〕'),
        ('\u{fe3b}', '【'),
        ('\u{fe3c}', '】'),
        ('\u{fe3d}', '《'),
        ('\u{fe3e}', '》'),
        ('\u{fe3f}', '〈'),
        ('\u{fe40}', '〉'),
        ('\u{fe41}', '「'),
        ('\u{fe42}', '」'),
        ('\u{fe43}', '『'),
        ('\u{fe44}', '』'),
        ('\u{fe47}', '［'),
        ('\u{fe48}', '］'),
    ];
    FORMS.iter().find(|(form, _)| *form == c).map_or(c, |&(_, plain)| plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cids_of_each_collection_give_their_characters() {
        // The CID of 日 in Adobe-Japan1 (through UniJIS-UTF16-H), and back.
        let japan = predefined("UniJIS-UTF16-H").unwrap();
        let cid = japan.lookup_cid_code(0x65e5, 2).unwrap();
        assert_eq!(Collection::of(b"Adobe", b"Japan1").unwrap().text(cid).as_deref(), Some("日"));
        for (cmap, registry_ordering, text) in
            [("UniGB-UCS2-H", "GB1", '国'), ("UniCNS-UCS2-H", "CNS1", '國'), ("UniKS-UCS2-H", "Korea1", '한')]
        {
            let cid = predefined(cmap).unwrap().lookup_cid_code(u32::from(text), 2).unwrap();
            let collection = Collection::of(b"Adobe", registry_ordering.as_bytes()).unwrap();
            assert_eq!(collection.text(cid), Some(text.to_string()), "{cmap}");
        }
        assert!(Collection::of(b"Adobe", b"Identity").is_none());
        assert!(Collection::of(b"Briefsmith", b"Private").is_none());
        assert!(predefined("Briefsmith-Custom-H").is_none());
    }

    #[test]
    fn vertical_forms_read_as_the_plain_punctuation() {
        let japan = Collection::of(b"Adobe", b"Japan1").unwrap();
        let vertical = predefined("UniJIS-UTF16-V").unwrap();
        for c in ['、', '。', 'ー', '「'] {
            let cid = vertical.lookup_cid_code(u32::from(c), 2).unwrap();
            assert_eq!(japan.text(cid), Some(c.to_string()), "{c}");
        }
    }

    #[test]
    fn code_spaces_of_predefined_cmaps_are_found_by_asking_them() {
        // GB 18030 (GBK2K-H): one-byte ASCII, two-byte codes from 0x81 on.
        let gb18030 = predefined("GBK2K-H").unwrap();
        let space = code_space("GBK2K-H", &gb18030);
        assert_eq!(space.split(b"A\xc4\xeaB"), [(0x41, 1), (0xc4ea, 2), (0x42, 1)]);
        assert!(space.0.iter().all(|r| r.bytes <= 2), "{space:?}");
        assert!(predefined("KSC-Johab-H").is_none(), "not among the CMaps a PDF may name");
        // Unicode CMaps by name: UTF-16 with surrogate pairs.
        let utf16 = code_space("UniJIS-UTF16-H", &predefined("UniJIS-UTF16-H").unwrap());
        assert_eq!(utf16.split(b"\x65\xe5\xd8\x42\xdf\x9f"), [(0x65e5, 2), (0xd842df9f, 4)]);
    }
}
