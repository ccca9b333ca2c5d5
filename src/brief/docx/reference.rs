//! Reading an office's reference document (`--reference-doc`, as in pandoc): its styles, list
//! numbering, theme and fonts, the page setup of its last section (size, margins, columns) and its
//! headers and footers with the images they use. Parts are read with the same limits as the DOCX
//! importer (entries, inflated size), and copied as they are.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::events::Event;
use zip::ZipArchive;

use super::styles::W_NAMESPACE;
use super::{Part, attribute};
use crate::brief::export::ExportError;

/// Office documents have a few dozen entries; the importer's limit.
const MAX_ENTRIES: usize = 10_000;
/// The largest part read (and the largest reference file).
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

pub(super) const RELATIONSHIP_BASE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// An office template whose styles, page setup, header and footer a Word export takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceDoc {
    pub(super) styles: Option<String>,
    pub(super) numbering: Option<String>,
    /// `xmlns:*` and `mc:Ignorable` attributes of the reference's `w:document`, which its section
    /// properties may use.
    pub(super) namespaces: Vec<(String, String)>,
    pub(super) section: Option<Section>,
    /// Theme, font table, headers, footers and what they use, by part name.
    pub(super) parts: BTreeMap<String, Part>,
    /// Relationships of the main document to copied parts: `(id, type, part name)`.
    pub(super) relationships: Vec<(String, String, String)>,
}

/// The last section's properties, split so that header and footer references can be completed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Section {
    /// `<w:sectPr …>`.
    pub start: String,
    /// `(is_footer, type, relationship id)` of each header or footer reference kept.
    pub references: Vec<(bool, String, String)>,
    /// The other children, as written.
    pub rest: String,
    /// `w:titlePg`: the first page has its own header and footer.
    pub title_page: bool,
}

impl ReferenceDoc {
    /// Reads a reference document from a file.
    pub fn load(path: &Path) -> Result<ReferenceDoc, ExportError> {
        let fail = |problem: String| ExportError::Reference { path: path.display().to_string(), problem };
        let file = std::fs::File::open(path)
            .map_err(|e| fail(format!("cannot read the reference document: {e}")))?;
        let mut bytes = Vec::new();
        file.take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(format!("cannot read the reference document: {e}")))?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(fail("the reference document is larger than 64 MiB".into()));
        }
        ReferenceDoc::from_bytes(&bytes).map_err(fail)
    }

    /// Reads a reference document from its bytes; the error says what is wrong with it.
    pub fn from_bytes(bytes: &[u8]) -> Result<ReferenceDoc, String> {
        let mut archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("is not a Word document (.docx): {}", first_line(&e.to_string())))?;
        if archive.len() > MAX_ENTRIES {
            return Err(format!("has {} entries; a Word document has far fewer", archive.len()));
        }
        let names: Vec<String> =
            archive.file_names().filter_map(Result::ok).map(|n| n.into_owned()).collect();
        let has = |name: &str| names.iter().any(|n| n == name);
        let main = main_part(&mut archive, &names);
        if !has(&main) {
            return Err("is not a Word document (it has no word/document.xml); save it as .docx".into());
        }
        let types = if has("[Content_Types].xml") {
            ContentTypes::read(&read_part(&mut archive, "[Content_Types].xml")?)
        } else {
            ContentTypes::default()
        };
        let document = read_part(&mut archive, &main)?;
        let (namespaces, section) = read_document(&document)?;
        let rels_name = rels_of(&main);
        let rels = if has(&rels_name) {
            read_relationships(&read_part(&mut archive, &rels_name)?, &main)
        } else {
            Vec::new()
        };
        let mut doc = ReferenceDoc {
            styles: None,
            numbering: None,
            namespaces,
            section: None,
            parts: BTreeMap::new(),
            relationships: Vec::new(),
        };
        let referenced: Vec<&str> =
            section.iter().flat_map(|s| s.references.iter().map(|(_, _, id)| id.as_str())).collect();
        for rel in &rels {
            if rel.external || !has(&rel.target) {
                continue;
            }
            let kind = rel.kind.rsplit('/').next().unwrap_or("");
            match kind {
                "styles" => doc.styles = Some(read_part(&mut archive, &rel.target)?),
                "numbering" => doc.numbering = Some(read_part(&mut archive, &rel.target)?),
                "theme" | "fontTable" => {
                    copy_with_relationships(&mut archive, &names, &types, &rel.target, &mut doc.parts)?;
                    doc.relationships.push((rel.id.clone(), rel.kind.clone(), rel.target.clone()));
                }
                "header" | "footer" if referenced.contains(&rel.id.as_str()) => {
                    let text = read_part(&mut archive, &rel.target)?;
                    if !root_uses_transitional_namespace(&text) {
                        continue;
                    }
                    copy_with_relationships(&mut archive, &names, &types, &rel.target, &mut doc.parts)?;
                    doc.relationships.push((rel.id.clone(), rel.kind.clone(), rel.target.clone()));
                }
                _ => {}
            }
        }
        doc.section = section.map(|mut s| {
            s.references.retain(|(_, _, id)| doc.relationships.iter().any(|(rid, _, _)| rid == id));
            s
        });
        Ok(doc)
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).chars().take(200).collect()
}

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

fn read_bytes(archive: &mut Archive<'_>, name: &str) -> Result<Vec<u8>, String> {
    let file = archive
        .by_name(name)
        .map_err(|e| format!("{name} cannot be read: {}", first_line(&e.to_string())))?;
    if file.size() > MAX_PART_BYTES {
        return Err(format!("{name} is larger than 64 MiB"));
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name} cannot be read: {}", first_line(&e.to_string())))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!("{name} is larger than 64 MiB"));
    }
    Ok(bytes)
}

fn read_part(archive: &mut Archive<'_>, name: &str) -> Result<String, String> {
    let bytes = read_bytes(archive, name)?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| format!("{name} is not UTF-8 XML"))
}

/// The target of the package's `officeDocument` relationship, or the usual name.
fn main_part(archive: &mut Archive<'_>, names: &[String]) -> String {
    const DEFAULT: &str = "word/document.xml";
    if !names.iter().any(|n| n == "_rels/.rels") {
        return DEFAULT.into();
    }
    let Ok(rels) = read_part(archive, "_rels/.rels") else { return DEFAULT.into() };
    read_relationships(&rels, "")
        .into_iter()
        .find(|r| r.kind.ends_with("/officeDocument") && !r.external)
        .map_or_else(|| DEFAULT.into(), |r| r.target)
}

/// `word/_rels/document.xml.rels` for `word/document.xml`.
fn rels_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

struct Relationship {
    id: String,
    kind: String,
    /// The part name (resolved against the source part), or the URL when external.
    target: String,
    external: bool,
}

fn read_relationships(xml: &str, source_part: &str) -> Vec<Relationship> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let (Some(id), Some(kind), Some(target)) =
                    (attribute(&e, "Id"), attribute(&e, "Type"), attribute(&e, "Target"))
                else {
                    continue;
                };
                let external = attribute(&e, "TargetMode").is_some_and(|m| m == "External");
                let target = if external { target } else { resolve_target(source_part, &target) };
                out.push(Relationship { id, kind, target, external });
            }
            Ok(Event::Eof) | Err(_) => return out,
            Ok(_) => {}
        }
    }
}

/// A relationship target as a part name: relative to the source part's folder, or absolute.
pub(super) fn resolve_target(source_part: &str, target: &str) -> String {
    let mut segments: Vec<&str> = if let Some(absolute) = target.strip_prefix('/') {
        return normalise(absolute.split('/').collect());
    } else {
        source_part.rsplit_once('/').map_or_else(Vec::new, |(dir, _)| dir.split('/').collect())
    };
    segments.extend(target.split('/'));
    normalise(segments)
}

fn normalise(segments: Vec<&str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in segments {
        match segment {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    out.join("/")
}

/// Copies a part, its relationships file and the parts those point to (images of a header).
fn copy_with_relationships(
    archive: &mut Archive<'_>,
    names: &[String],
    types: &ContentTypes,
    part: &str,
    parts: &mut BTreeMap<String, Part>,
) -> Result<(), String> {
    parts.insert(part.to_owned(), Part { bytes: read_bytes(archive, part)?, content_type: types.of(part) });
    let rels_name = rels_of(part);
    if !names.contains(&rels_name) {
        return Ok(());
    }
    let rels = read_part(archive, &rels_name)?;
    for rel in read_relationships(&rels, part) {
        if !rel.external && names.contains(&rel.target) && !parts.contains_key(&rel.target) {
            let bytes = read_bytes(archive, &rel.target)?;
            parts.insert(rel.target.clone(), Part { bytes, content_type: types.of(&rel.target) });
        }
    }
    parts.insert(rels_name, Part { bytes: rels.into_bytes(), content_type: None });
    Ok(())
}

/// `[Content_Types].xml`: defaults by extension, overrides by part name.
#[derive(Default)]
struct ContentTypes {
    defaults: Vec<(String, String)>,
    overrides: Vec<(String, String)>,
}

impl ContentTypes {
    fn read(xml: &str) -> ContentTypes {
        let mut types = ContentTypes::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => {
                    let content_type = attribute(&e, "ContentType");
                    match (e.local_name().as_ref(), content_type) {
                        ("Default", Some(t)) => {
                            if let Some(ext) = attribute(&e, "Extension") {
                                types.defaults.push((ext.to_ascii_lowercase(), t));
                            }
                        }
                        ("Override", Some(t)) => {
                            if let Some(name) = attribute(&e, "PartName") {
                                types.overrides.push((name.trim_start_matches('/').to_owned(), t));
                            }
                        }
                        _ => {}
                    }
                }
                Ok(Event::Eof) | Err(_) => return types,
                Ok(_) => {}
            }
        }
    }

    fn of(&self, part: &str) -> Option<String> {
        if let Some((_, t)) = self.overrides.iter().find(|(name, _)| name.eq_ignore_ascii_case(part)) {
            return Some(t.clone());
        }
        let ext = part.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        self.defaults.iter().find(|(e, _)| *e == ext).map(|(_, t)| t.clone())
    }
}

/// Whether a part's root element binds `w` to the transitional WordprocessingML namespace (Strict
/// Open XML documents use another, which Briefsmith does not write).
pub(super) fn root_uses_transitional_namespace(xml: &str) -> bool {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return e
                    .attributes()
                    .filter_map(Result::ok)
                    .any(|a| a.key.as_ref() == "xmlns:w" && a.value.as_ref() == W_NAMESPACE);
            }
            Ok(Event::Eof) | Err(_) => return false,
            Ok(_) => {}
        }
    }
}

/// The namespace declarations of the document element, and the body's last section properties.
/// `xmlns:*` (and `mc:Ignorable`) attributes: `(name, value)`.
type Namespaces = Vec<(String, String)>;

fn read_document(xml: &str) -> Result<(Namespaces, Option<Section>), String> {
    let damaged = |e: &dyn std::fmt::Display| {
        format!("its word/document.xml is damaged: {}", first_line(&e.to_string()))
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut namespaces = Vec::new();
    let mut depth = 0usize;
    let mut section_start: Option<usize> = None;
    let mut section = None;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| damaged(&e))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                let name = e.local_name();
                if depth == 1 {
                    if !root_uses_transitional_namespace(xml) {
                        return Err(
                            "is a Strict Open XML document; save it as a Word Document (.docx) and use that"
                                .into(),
                        );
                    }
                    for a in e.attributes().filter_map(Result::ok) {
                        let key = a.key.as_ref().to_owned();
                        if key.starts_with("xmlns:") || key == "mc:Ignorable" {
                            namespaces.push((key, a.value.to_string()));
                        }
                    }
                } else if depth == 3 && name.as_ref() == "sectPr" {
                    section_start = Some(before);
                }
            }
            Event::End(e) => {
                if depth == 3 && e.local_name().as_ref() == "sectPr" {
                    let end = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
                    if let Some(raw) = section_start.take().and_then(|start| xml.get(start..end)) {
                        section = Some(split_section(raw)?);
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Empty(e) if depth == 2 && e.local_name().as_ref() == "sectPr" => {
                section = Some(Section {
                    start: "<w:sectPr>".into(),
                    references: Vec::new(),
                    rest: String::new(),
                    title_page: false,
                });
            }
            Event::Eof => return Ok((namespaces, section)),
            _ => {}
        }
    }
}

/// Splits `<w:sectPr>…</w:sectPr>` into its start tag, its header and footer references and the
/// rest of its children.
fn split_section(raw: &str) -> Result<Section, String> {
    let mut reader = quick_xml::Reader::from_str(raw);
    let mut section =
        Section { start: String::new(), references: Vec::new(), rest: String::new(), title_page: false };
    let mut depth = 0usize;
    let mut child_start = 0usize;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| format!("its section properties are damaged: {e}"))?;
        let after = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let slice = |from: usize| raw.get(from..after).unwrap_or("").to_owned();
        match event {
            Event::Start(_) if depth == 0 => {
                section.start = slice(before);
                depth = 1;
            }
            Event::Start(_) => {
                if depth == 1 {
                    child_start = before;
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    section.rest.push_str(&slice(child_start));
                }
            }
            Event::Empty(e) if depth == 1 => {
                let name = e.local_name();
                match name.as_ref() {
                    "headerReference" | "footerReference" => {
                        let kind = attribute(&e, "type").unwrap_or_else(|| "default".into());
                        if let Some(id) = attribute(&e, "id") {
                            section.references.push((name.as_ref() == "footerReference", kind, id));
                        }
                    }
                    "titlePg" => {
                        section.title_page = attribute(&e, "val").is_none_or(|v| v != "0" && v != "false");
                        section.rest.push_str(&slice(before));
                    }
                    _ => section.rest.push_str(&slice(before)),
                }
            }
            Event::Eof => return Ok(section),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_source_folder() {
        assert_eq!(resolve_target("word/document.xml", "header1.xml"), "word/header1.xml");
        assert_eq!(resolve_target("word/header1.xml", "media/logo.png"), "word/media/logo.png");
        assert_eq!(resolve_target("word/document.xml", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(resolve_target("word/document.xml", "/word/theme/theme1.xml"), "word/theme/theme1.xml");
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(rels_of("word/document.xml"), "word/_rels/document.xml.rels");
    }

    #[test]
    fn section_properties_are_split() {
        let raw = r#"<w:sectPr w:rsidR="00A1"><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="first" r:id="rId9"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440"/><w:cols w:space="720"><w:col w:w="1"/></w:cols><w:titlePg/></w:sectPr>"#;
        let s = split_section(raw).unwrap();
        assert_eq!(s.start, r#"<w:sectPr w:rsidR="00A1">"#);
        assert_eq!(
            s.references,
            vec![(false, "default".into(), "rId8".into()), (true, "first".into(), "rId9".into())]
        );
        assert_eq!(
            s.rest,
            r#"<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440"/><w:cols w:space="720"><w:col w:w="1"/></w:cols><w:titlePg/>"#
        );
        assert!(s.title_page);
    }

    #[test]
    fn damaged_or_foreign_files_are_refused_with_the_reason() {
        assert!(ReferenceDoc::from_bytes(b"not a zip").unwrap_err().starts_with("is not a Word document"));
        let strict = r#"<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>"#;
        assert!(read_document(strict).unwrap_err().contains("Strict Open XML"));
    }
}
