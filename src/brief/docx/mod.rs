//! The Word export: the rendered brief's Markdown as a `.docx` package (Office Open XML,
//! transitional), written with the `zip` and `quick-xml` crates the importer already uses.
//!
//! - [`body`] turns the Markdown into paragraphs, lists and tables with Word's built-in styles;
//! - [`styles`] holds Briefsmith's styles and list numbering, and merges them into a reference's;
//! - [`reference`] reads an office template (`--reference-doc`), as pandoc does: its styles,
//!   numbering, theme, fonts, page size and margins, header and footer are used.
//!
//! The handling banner (TLP or classification line) is printed in every page's header and footer
//! (added to the reference's own header and footer when it has them). The document properties
//! carry the title, the analyst as author, and the brief's date when it can be read as one.
//! The output depends only on its inputs (fixed ZIP timestamps), so exports are reproducible.

mod body;
mod reference;
mod styles;

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use quick_xml::events::BytesStart;

pub use reference::ReferenceDoc;

use super::export::{DocumentInfo, ExportError, ExportOptions, Paper};
use crate::model::span::{text_after, text_before};
use crate::model::{Handling, Tlp};
use reference::RELATIONSHIP_BASE;
use styles::{StyleIds, W_NAMESPACE};

const R_NAMESPACE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// A part copied from a reference document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Part {
    pub bytes: Vec<u8>,
    /// `None` for relationship parts (covered by the `rels` default).
    pub content_type: Option<String>,
}

/// Writes the brief as a Word document.
pub(crate) fn write(
    markdown: &str,
    info: &DocumentInfo,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let reference = options.reference_doc.as_ref();
    let (styles_xml, ids) = match reference.and_then(|r| r.styles.as_deref()) {
        Some(theirs) => styles::merge_styles(theirs).map_err(ExportError::Docx)?,
        None => (styles::default_styles(), StyleIds::default()),
    };
    let their_numbering = reference.and_then(|r| r.numbering.as_deref());
    let body = body::convert(markdown, &ids, if their_numbering.is_some() { 9000 } else { 1 });
    let numbering_xml = match their_numbering {
        Some(theirs) => body.numbering.merged_into(theirs).map_err(ExportError::Docx)?,
        None => body.numbering.standalone(),
    };
    let banner = info.handling.banner();
    let banner = banner.trim();
    let banner_paragraph =
        (!banner.is_empty()).then(|| banner_paragraph(banner, &info.handling, &ids.banner));

    let mut package = Package::default();
    let mut relationships: Vec<(String, String, String, bool)> = vec![
        ("bsStyles".into(), "styles".into(), "styles.xml".into(), false),
        ("bsNumbering".into(), "numbering".into(), "numbering.xml".into(), false),
        ("bsSettings".into(), "settings".into(), "settings.xml".into(), false),
    ];
    let section = section_properties(reference, options.paper, banner_paragraph.is_some());
    let own_header = section.contains("r:id=\"bsHeader\"");
    let own_footer = section.contains("r:id=\"bsFooter\"");
    if own_header {
        relationships.push(("bsHeader".into(), "header".into(), "bs-header.xml".into(), false));
    }
    if own_footer {
        relationships.push(("bsFooter".into(), "footer".into(), "bs-footer.xml".into(), false));
    }
    for (index, url) in body.links.iter().enumerate() {
        relationships.push((body::link_id(index), "hyperlink".into(), url.clone(), true));
    }

    let mut namespaces =
        vec![("xmlns:w".to_owned(), W_NAMESPACE.to_owned()), ("xmlns:r".to_owned(), R_NAMESPACE.to_owned())];
    if let Some(reference) = reference {
        for (key, value) in &reference.namespaces {
            if !namespaces.iter().any(|(k, _)| k == key) {
                namespaces.push((key.clone(), value.clone()));
            }
        }
        for (name, part) in &reference.parts {
            if OWN_PARTS.contains(&name.as_str()) {
                continue;
            }
            let bytes = if is_header_or_footer(reference, name) {
                let text = String::from_utf8_lossy(&part.bytes);
                match &banner_paragraph {
                    Some(p) => with_banner(&text, p).into_bytes(),
                    None => part.bytes.clone(),
                }
            } else {
                part.bytes.clone()
            };
            package.add(name, bytes, part.content_type.clone());
        }
        for (id, kind, target) in &reference.relationships {
            if !OWN_PARTS.contains(&target.as_str()) {
                let kind = kind.strip_prefix(RELATIONSHIP_BASE).unwrap_or(kind);
                relationships.push((id.clone(), kind.to_owned(), format!("/{target}"), false));
            }
        }
    }
    let namespace_attributes: String =
        namespaces.iter().map(|(k, v)| format!(" {k}=\"{}\"", escape_attr(v))).collect();
    let document = format!(
        "{XML_DECLARATION}<w:document{namespace_attributes}><w:body>{}{section}</w:body></w:document>",
        body.xml
    );

    package.add("word/document.xml", document.into_bytes(), Some(format!("{WML_TYPE}.document.main+xml")));
    package.add("word/styles.xml", styles_xml.into_bytes(), Some(format!("{WML_TYPE}.styles+xml")));
    package.add("word/numbering.xml", numbering_xml.into_bytes(), Some(format!("{WML_TYPE}.numbering+xml")));
    package.add("word/settings.xml", SETTINGS.as_bytes().to_vec(), Some(format!("{WML_TYPE}.settings+xml")));
    if let Some(p) = &banner_paragraph {
        // Only the parts the section refers to (a reference document may bring its own).
        if own_header {
            let header = format!(
                "{XML_DECLARATION}<w:hdr xmlns:w=\"{W_NAMESPACE}\" xmlns:r=\"{R_NAMESPACE}\">{p}</w:hdr>"
            );
            package.add("word/bs-header.xml", header.into_bytes(), Some(format!("{WML_TYPE}.header+xml")));
        }
        if own_footer {
            let footer = format!(
                "{XML_DECLARATION}<w:ftr xmlns:w=\"{W_NAMESPACE}\" xmlns:r=\"{R_NAMESPACE}\">{}{p}</w:ftr>",
                page_number_paragraph(&ids.footer)
            );
            package.add("word/bs-footer.xml", footer.into_bytes(), Some(format!("{WML_TYPE}.footer+xml")));
        }
    }
    package.add("word/_rels/document.xml.rels", relationships_xml(&relationships).into_bytes(), None);
    package.add(
        "docProps/core.xml",
        core_properties(info).into_bytes(),
        Some("application/vnd.openxmlformats-package.core-properties+xml".into()),
    );
    package.add(
        "docProps/app.xml",
        APP_PROPERTIES.as_bytes().to_vec(),
        Some("application/vnd.openxmlformats-officedocument.extended-properties+xml".into()),
    );
    package.add("_rels/.rels", PACKAGE_RELATIONSHIPS.as_bytes().to_vec(), None);
    package.finish()
}

/// Parts Briefsmith writes itself; a reference's part of the same name is not copied.
const OWN_PARTS: &[&str] = &[
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/bs-header.xml",
    "word/bs-footer.xml",
    "word/_rels/document.xml.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "_rels/.rels",
    "[Content_Types].xml",
];

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

const APP_PROPERTIES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Briefsmith</Application></Properties>";

const PACKAGE_RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";

fn is_header_or_footer(reference: &ReferenceDoc, part: &str) -> bool {
    reference
        .relationships
        .iter()
        .any(|(_, kind, target)| target == part && (kind.ends_with("/header") || kind.ends_with("/footer")))
}

/// The body's section properties: the reference's page setup with its header and footer
/// references (completed with Briefsmith's where it has none, so the banner is on every page), or
/// Briefsmith's own for `paper`.
fn section_properties(reference: Option<&ReferenceDoc>, paper: Paper, banner: bool) -> String {
    let own = |footer: bool, kind: &str| {
        let (element, id) =
            if footer { ("footerReference", "bsFooter") } else { ("headerReference", "bsHeader") };
        format!(r#"<w:{element} w:type="{kind}" r:id="{id}"/>"#)
    };
    let Some(section) = reference.and_then(|r| r.section.as_ref()) else {
        let (width, height) = match paper {
            Paper::Letter => (12240, 15840),
            Paper::A4 | Paper::Auto => (11906, 16838),
        };
        let references =
            if banner { format!("{}{}", own(false, "default"), own(true, "default")) } else { String::new() };
        return format!(
            r#"<w:sectPr>{references}<w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar w:top="1247" w:right="1247" w:bottom="1247" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>"#
        );
    };
    let mut xml = section.start.clone();
    for footer in [false, true] {
        let theirs: Vec<&(bool, String, String)> =
            section.references.iter().filter(|(f, _, _)| *f == footer).collect();
        for (_, kind, id) in &theirs {
            let element = if footer { "footerReference" } else { "headerReference" };
            xml.push_str(&format!(
                r#"<w:{element} w:type="{}" r:id="{}"/>"#,
                escape_attr(kind),
                escape_attr(id)
            ));
        }
        if banner {
            let mut needed = vec!["default"];
            if section.title_page {
                needed.push("first");
            }
            for kind in needed {
                if !theirs.iter().any(|(_, k, _)| k == kind) {
                    xml.push_str(&own(footer, kind));
                }
            }
        }
    }
    xml.push_str(&section.rest);
    xml.push_str("</w:sectPr>");
    xml
}

/// The handling marking, centred; TLP levels in their TLP 2.0 colour on black.
fn banner_paragraph(banner: &str, handling: &Handling, style: &str) -> String {
    let colour = match handling {
        Handling::Tlp { level } => Some(match level {
            Tlp::Red => "FF2B2B",
            Tlp::AmberStrict | Tlp::Amber => "FFC000",
            Tlp::Green => "33FF00",
            Tlp::Clear => "FFFFFF",
        }),
        Handling::Classification { .. } => None,
    };
    let run_properties = colour
        .map(|c| format!(r#"<w:rPr><w:color w:val="{c}"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:rPr>"#))
        .unwrap_or_default();
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr><w:r>{run_properties}{}</w:r></w:p>"#,
        escape_attr(style),
        body::run_content(banner)
    )
}

fn page_number_paragraph(style: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{}"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        escape_attr(style)
    )
}

/// A reference's header (banner first) or footer (banner last) with the banner added.
fn with_banner(part: &str, banner: &str) -> String {
    if let Some(close) = part.rfind("</w:ftr>") {
        return format!("{}{banner}{}", text_before(part, close), text_after(part, close));
    }
    let mut reader = quick_xml::Reader::from_str(part);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) if e.local_name().as_ref() == "hdr" => {
                let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
                if let (Some(head), Some(tail)) = (part.get(..at), part.get(at..)) {
                    return format!("{head}{banner}{tail}");
                }
                return part.to_owned();
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => return part.to_owned(),
            Ok(_) => {}
        }
    }
}

fn relationships_xml(relationships: &[(String, String, String, bool)]) -> String {
    let mut xml = format!(
        "{XML_DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target, external) in relationships {
        let kind = if kind.contains("://") { kind.clone() } else { format!("{RELATIONSHIP_BASE}{kind}") };
        xml.push_str(&format!(
            r#"<Relationship Id="{}" Type="{}" Target="{}"{}/>"#,
            escape_attr(id),
            escape_attr(&kind),
            escape_attr(target),
            if *external { r#" TargetMode="External""# } else { "" }
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

/// Title, author (the analyst) and, when the brief's date reads as one, the creation date.
fn core_properties(info: &DocumentInfo) -> String {
    let mut xml = format!(
        "{XML_DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title>",
        escape_text(&info.title)
    );
    if !info.author.trim().is_empty() {
        xml.push_str(&format!(
            "<dc:creator>{0}</dc:creator><cp:lastModifiedBy>{0}</cp:lastModifiedBy>",
            escape_text(info.author.trim())
        ));
    }
    if let Some(date) = w3c_date(&info.date) {
        xml.push_str(&format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
        ));
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

/// `2026-03-15T00:00:00Z` from `2026-03-15`, `15 March 2026` or `March 15, 2026`.
fn w3c_date(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let words: Vec<&str> =
        date.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let month_of = |w: &str| {
        let w = w.to_ascii_lowercase();
        let prefix = w.get(..3)?;
        MONTHS.iter().position(|m| *m == prefix).and_then(|i| u32::try_from(i + 1).ok())
    };
    let (year, month, day): (u32, u32, u32) = match words.as_slice() {
        [iso, ..] if iso.len() >= 10 && iso.get(4..5) == Some("-") && iso.get(7..8) == Some("-") => {
            (iso.get(0..4)?.parse().ok()?, iso.get(5..7)?.parse().ok()?, iso.get(8..10)?.parse().ok()?)
        }
        [d, m, y] if d.chars().all(|c| c.is_ascii_digit()) => {
            (y.parse().ok()?, month_of(m)?, d.parse().ok()?)
        }
        [m, d, y] => (y.parse().ok()?, month_of(m)?, d.parse().ok()?),
        _ => return None,
    };
    ((1000..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}T00:00:00Z"))
}

/// The package's parts, in the order written.
#[derive(Default)]
struct Package {
    parts: BTreeMap<String, (Vec<u8>, Option<String>)>,
}

impl Package {
    fn add(&mut self, name: &str, bytes: Vec<u8>, content_type: Option<String>) {
        self.parts.insert(name.to_owned(), (bytes, content_type));
    }

    fn finish(self) -> Result<Vec<u8>, ExportError> {
        let fail = |e: &dyn std::fmt::Display| ExportError::Docx(e.to_string());
        let mut types = format!(
            "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        );
        for (name, (_, content_type)) in &self.parts {
            if let Some(t) = content_type {
                types.push_str(&format!(
                    r#"<Override PartName="/{}" ContentType="{}"/>"#,
                    escape_attr(name),
                    escape_attr(t)
                ));
            }
        }
        types.push_str("</Types>");
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        zip.start_file("[Content_Types].xml", options).map_err(|e| fail(&e))?;
        zip.write_all(types.as_bytes()).map_err(|e| fail(&e))?;
        for (name, (bytes, _)) in &self.parts {
            zip.start_file(name.as_str(), options).map_err(|e| fail(&e))?;
            zip.write_all(bytes).map_err(|e| fail(&e))?;
        }
        Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
    }
}

/// Text content for XML: markup characters escaped, characters XML 1.0 forbids dropped.
pub(super) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An attribute value in double quotes.
pub(super) fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;").replace(['\t', '\n', '\r'], " ")
}

/// An attribute's unescaped value, by local name.
pub(super) fn attribute(element: &BytesStart<'_>, local_name: &str) -> Option<String> {
    element
        .attributes()
        .filter_map(Result::ok)
        .find(|a| a.key.local_name().as_ref() == local_name)
        .and_then(|a| quick_xml::escape::unescape(&a.value).ok().map(|v| v.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(w3c_date("2026-03-15").as_deref(), Some("2026-03-15T00:00:00Z"));
        assert_eq!(w3c_date("2026-03-15T10:00").as_deref(), Some("2026-03-15T00:00:00Z"));
        assert_eq!(w3c_date("15 March 2026").as_deref(), Some("2026-03-15T00:00:00Z"));
        assert_eq!(w3c_date("March 5, 2026").as_deref(), Some("2026-03-05T00:00:00Z"));
        assert_eq!(w3c_date("Sept 5 2026").as_deref(), Some("2026-09-05T00:00:00Z"));
        for bad in ["", "soon", "2026-13-01", "32 May 2026", "15 März 2026", "五月 5 2026"] {
            assert_eq!(w3c_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn escaping_drops_what_xml_forbids() {
        assert_eq!(escape_text("a<b & \u{1}c\u{FFFF}"), "a&lt;b &amp; c");
        assert_eq!(escape_attr("say \"hi\"\n"), "say &quot;hi&quot; ");
    }

    #[test]
    fn the_banner_goes_first_in_a_header_and_last_in_a_footer() {
        let header = r#"<?xml version="1.0"?><w:hdr xmlns:w="x"><w:p>logo</w:p></w:hdr>"#;
        assert_eq!(
            with_banner(header, "<B/>"),
            r#"<?xml version="1.0"?><w:hdr xmlns:w="x"><B/><w:p>logo</w:p></w:hdr>"#
        );
        let footer = r#"<w:ftr xmlns:w="x"><w:p>page</w:p></w:ftr>"#;
        assert_eq!(with_banner(footer, "<B/>"), r#"<w:ftr xmlns:w="x"><w:p>page</w:p><B/></w:ftr>"#);
    }

    #[test]
    fn tlp_banners_use_their_colours() {
        let red = banner_paragraph("TLP:RED", &Handling::Tlp { level: Tlp::Red }, "HandlingBanner");
        assert!(
            red.contains(r#"<w:color w:val="FF2B2B"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>"#)
        );
        let line =
            banner_paragraph("SECRET//REL", &Handling::Classification { text: "SECRET//REL".into() }, "B");
        assert!(!line.contains("w:color") && line.contains("SECRET//REL"));
    }

    fn reference_with(section: reference::Section) -> ReferenceDoc {
        ReferenceDoc {
            styles: None,
            numbering: None,
            namespaces: Vec::new(),
            section: Some(section),
            parts: BTreeMap::new(),
            relationships: Vec::new(),
        }
    }

    #[test]
    fn a_distinct_first_page_gets_the_banner_too() {
        let reference = reference_with(reference::Section {
            start: "<w:sectPr>".into(),
            references: vec![(false, "default".into(), "rId3".into())],
            rest: r#"<w:pgSz w:w="12240" w:h="15840"/><w:titlePg/>"#.into(),
            title_page: true,
        });
        let xml = section_properties(Some(&reference), Paper::A4, true);
        assert_eq!(
            xml,
            concat!(
                r#"<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="bsHeader"/>"#,
                r#"<w:footerReference w:type="default" r:id="bsFooter"/><w:footerReference w:type="first" r:id="bsFooter"/>"#,
                r#"<w:pgSz w:w="12240" w:h="15840"/><w:titlePg/></w:sectPr>"#
            )
        );
        // Without a banner, the reference's setup is kept as it is.
        assert_eq!(
            section_properties(Some(&reference), Paper::A4, false),
            r#"<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="12240" w:h="15840"/><w:titlePg/></w:sectPr>"#
        );
    }

    #[test]
    fn an_empty_classification_line_adds_no_header_or_footer() {
        let info = DocumentInfo {
            title: "T".into(),
            handling: Handling::Classification { text: "  ".into() },
            ..Default::default()
        };
        let docx = write("# T\n", &info, &ExportOptions::default()).unwrap();
        let archive = zip::ZipArchive::new(Cursor::new(docx.as_slice())).unwrap();
        let names: Vec<String> =
            archive.file_names().filter_map(Result::ok).map(|n| n.into_owned()).collect();
        assert!(!names.iter().any(|n| n.contains("bs-header") || n.contains("bs-footer")), "{names:?}");
        let letter = section_properties(None, Paper::Letter, false);
        assert!(letter.starts_with(r#"<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>"#), "{letter}");
    }
}
