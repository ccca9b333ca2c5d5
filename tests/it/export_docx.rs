//! The Word export: read back by the project's own DOCX importer (the text round-trips), styles
//! and page setup taken from a reference document made here, the structure pinned by a snapshot of
//! a normalised summary of `word/document.xml`, and the command line's format rules.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Cursor, Read, Write};

use briefsmith::brief::docx::ReferenceDoc;
use briefsmith::brief::export::{self, DocumentInfo, ExportOptions, Format};
use briefsmith::brief::{self, Templates};
use briefsmith::import;
use briefsmith::model::{Handling, Tlp};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use quick_xml::events::Event as Xml;

use crate::golden::golden_session;
use crate::support::{collapse, fails, ok, run, sample_article};

/// Every part of a ZIP package, by name.
fn parts(docx: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        out.insert(file.name().unwrap().into_owned(), bytes);
    }
    out
}

fn part(docx: &[u8], name: &str) -> String {
    String::from_utf8(parts(docx).remove(name).unwrap_or_else(|| panic!("no part {name}"))).unwrap()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, data) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// One line per paragraph: its style (and list level and number id), then its text with bold as
/// `**…**`, italics as `_…_`, links as `[…](rId)`; table rows as `| a | b |`.
fn summary(document_xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(document_xml);
    let mut lines = Vec::new();
    let (mut style, mut text, mut list) = (String::new(), String::new(), String::new());
    let (mut bold, mut italic, mut in_text, mut in_run_properties) = (false, false, false, false);
    let mut cells: Vec<String> = Vec::new();
    let mut table_depth = 0;
    loop {
        match reader.read_event().unwrap() {
            Xml::Start(e) | Xml::Empty(e)
                if matches!(e.local_name().as_ref(), "pStyle" | "ilvl" | "numId" | "b" | "i") =>
            {
                let val =
                    e.attributes().filter_map(Result::ok).find(|a| a.key.local_name().as_ref() == "val");
                let val = val.map(|a| a.value.to_string()).unwrap_or_default();
                match e.local_name().as_ref() {
                    "pStyle" => style = val,
                    "ilvl" => list = format!(" level {val}"),
                    "numId" => list.push_str(&format!(" list {val}")),
                    "b" if in_run_properties => bold = true,
                    "i" if in_run_properties => italic = true,
                    _ => {}
                }
            }
            Xml::Start(e) => match e.local_name().as_ref() {
                "p" => {
                    style = "Normal".into();
                    text.clear();
                    list.clear();
                }
                "r" => (bold, italic) = (false, false),
                "rPr" => in_run_properties = true,
                "t" => in_text = true,
                "tbl" => {
                    table_depth += 1;
                    lines.push("table".to_owned());
                }
                "tr" => cells.clear(),
                "hyperlink" => {
                    let id =
                        e.attributes().filter_map(Result::ok).find(|a| a.key.local_name().as_ref() == "id");
                    text.push('[');
                    style.push_str(&format!(
                        " (link {})",
                        id.map(|a| a.value.to_string()).unwrap_or_default()
                    ));
                }
                _ => {}
            },
            Xml::Empty(e) => match e.local_name().as_ref() {
                "br" => text.push('⏎'),
                "tab" => text.push('→'),
                "p" if table_depth > 0 => cells.push(String::new()),
                "p" => lines.push("Normal: (empty)".to_owned()),
                _ => {}
            },
            Xml::Text(t) if in_text => {
                let t = quick_xml::escape::unescape(&t).unwrap().into_owned();
                let t = match (bold, italic) {
                    (true, true) => format!("**_{t}_**"),
                    (true, false) => format!("**{t}**"),
                    (false, true) => format!("_{t}_"),
                    _ => t,
                };
                text.push_str(&t);
            }
            Xml::GeneralRef(r) if in_text => {
                text.push_str(&quick_xml::escape::unescape(&format!("&{};", &*r)).unwrap());
            }
            Xml::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "rPr" => in_run_properties = false,
                "hyperlink" => text.push(']'),
                "p" if table_depth > 0 => cells.push(text.clone()),
                "p" => lines.push(format!("{style}{list}: {text}")),
                "tr" => lines.push(format!("  | {} |", cells.join(" | "))),
                "tbl" => table_depth -= 1,
                _ => {}
            },
            Xml::Eof => break,
            _ => {}
        }
    }
    lines.join("\n")
}

/// The words of the Markdown as a reader sees them (no markup), in order.
fn markdown_words(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, brief::markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::Start(Tag::List(_)) => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => text.push(' '),
            _ => {}
        }
    }
    collapse(&text)
}

fn info() -> DocumentInfo {
    DocumentInfo {
        title: "Baltic infrastructure under pressure".into(),
        author: "Nordic desk".into(),
        date: "2026-03-15".into(),
        handling: Handling::Tlp { level: Tlp::AmberStrict },
    }
}

fn golden_docx(options: &ExportOptions) -> (String, Vec<u8>) {
    let session = golden_session();
    let templates = Templates::built_in();
    let markdown = brief::render(&session, templates.get("briefing-note").unwrap()).unwrap();
    let docx = export::export(&markdown, &DocumentInfo::of(&session), Format::Docx, options).unwrap();
    (markdown, docx)
}

#[test]
fn the_importer_reads_the_brief_back_word_for_word() {
    let (markdown, docx) = golden_docx(&ExportOptions::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.docx");
    fs::write(&path, &docx).unwrap();
    let back = import::import_file(&path).unwrap();
    assert_eq!(back.format, import::Format::Docx);
    assert_eq!(collapse(&back.text), markdown_words(&markdown));
    assert_eq!(back.meta.title, "Baltic infrastructure under pressure");
    assert_eq!(back.meta.author, "Nordic desk");
    // Headings, list items and table cells are paragraphs of their own.
    let paragraphs: Vec<&str> = back.text.split("\n\n").collect();
    for expected in ["Summary", "Actors", "Russia", "State or government", "Kadri Saar"] {
        assert!(paragraphs.contains(&expected), "no paragraph {expected:?} in {paragraphs:?}");
    }
}

#[test]
fn the_brief_uses_word_styles_banners_and_properties() {
    let (_, docx) = golden_docx(&ExportOptions::default());
    let document = part(&docx, "word/document.xml");
    let outline = summary(&document);
    assert!(outline.contains("Heading1: Baltic infrastructure under pressure"), "{outline}");
    assert!(outline.contains("Heading2: Actors\ntable\n  | **Actor** | **Kind** |"), "{outline}");
    assert!(outline.contains("Quote: We are not going to wait for the next cable to be cut,"), "{outline}");
    assert!(outline.contains("ListParagraph level 0 list 1: **Critical** · Cyber attack"), "{outline}");
    let header = part(&docx, "word/bs-header.xml");
    let footer = part(&docx, "word/bs-footer.xml");
    for banner in [&header, &footer] {
        assert!(
            banner.contains(r#"<w:pStyle w:val="HandlingBanner"/>"#) && banner.contains(">TLP:AMBER+STRICT<")
        );
    }
    assert!(document.contains(r#"<w:headerReference w:type="default" r:id="bsHeader"/><w:footerReference w:type="default" r:id="bsFooter"/><w:pgSz w:w="11906" w:h="16838"/>"#));
    let core = part(&docx, "docProps/core.xml");
    assert!(core.contains("<dc:title>Baltic infrastructure under pressure</dc:title>"), "{core}");
    assert!(core.contains("<dc:creator>Nordic desk</dc:creator>"), "{core}");
    assert!(
        core.contains(r#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-15T00:00:00Z</dcterms:created>"#)
    );
    let rels = part(&docx, "word/_rels/document.xml.rels");
    assert!(rels.contains(r#"Target="https://example.org/baltic-cable" TargetMode="External""#), "{rels}");
    // Every part is well-formed XML and has a content type.
    let types = part(&docx, "[Content_Types].xml");
    for (name, bytes) in parts(&docx) {
        let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
        let mut buf = Vec::new();
        while !matches!(reader.read_event_into(&mut buf).unwrap_or_else(|e| panic!("{name}: {e}")), Xml::Eof)
        {
        }
        assert!(
            name.ends_with(".rels")
                || name == "[Content_Types].xml"
                || types.contains(&format!("PartName=\"/{name}\"")),
            "{name}"
        );
    }
    // The same inputs give the same bytes.
    assert_eq!(golden_docx(&ExportOptions::default()).1, docx);
}

const FEATURES: &str = "**TLP:RED**\n\n# Title *with* é 世界\n\n## Section\n\nPlain, **bold**, _italic_, ***both***, `code`, ~~gone~~ and a [link](https://example.org/a?b=1&c=2).\nLine two\\\nafter a hard break.\n\n> A quoted line\n> continued.\n\n— Speaker [¶3]\n\n- one\n- two\n  1. nested first\n  2. nested second\n- three\n\n5. five\n6. six\n\n| Left | Right |\n|---|--:|\n| a \\| b | 1 |\n| | 2 |\n\n### Deep\n\n---\n\n```\ncode\n\tblock\n```\n";

#[test]
fn golden_document_structure() {
    let docx = export::export(FEATURES, &info(), Format::Docx, &ExportOptions::default()).unwrap();
    let document = part(&docx, "word/document.xml");
    insta::assert_snapshot!("docx_document_outline", summary(&document));
    let numbering = part(&docx, "word/numbering.xml");
    assert!(numbering.contains(r#"<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>"#), "{numbering}");
}

/// A reference document as an office would make it: a localised heading style id, its own fonts,
/// US Letter with wide margins, a header with a logo, no footer.
fn office_template() -> Vec<u8> {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#;
    let package_rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>"#
    );
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}" xmlns:r="{r}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body><w:p><w:r><w:t>Template text that is not copied</w:t></w:r></w:p><w:sectPr w:rsidR="00AB"><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1800" w:right="1800" w:bottom="1800" w:left="1800" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>"#
    );
    let document_rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/><Relationship Id="rId7" Type="{rel}/header" Target="header1.xml"/></Relationships>"#
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{w}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond" w:hAnsi="Garamond"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>"#
    );
    let header = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{w}" xmlns:r="{r}"><w:p><w:r><w:t>Ministry of Examples</w:t></w:r></w:p></w:hdr>"#
    );
    let header_rels = format!(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/image" Target="media/logo.png"/></Relationships>"#
    );
    zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", package_rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", document_rels.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/header1.xml", header.as_bytes()),
        ("word/_rels/header1.xml.rels", header_rels.as_bytes()),
        ("word/media/logo.png", b"\x89PNG not really"),
    ])
}

#[test]
fn a_reference_document_gives_styles_page_setup_and_header() {
    let reference = ReferenceDoc::from_bytes(&office_template()).unwrap();
    let options = ExportOptions { reference_doc: Some(reference), ..Default::default() };
    let docx = export::export(FEATURES, &info(), Format::Docx, &options).unwrap();
    let document = part(&docx, "word/document.xml");
    // Its heading style (by name, whatever its id), its fonts; missing styles added.
    assert!(summary(&document).contains("Titre1: Title _with_ é 世界"));
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains(r#"<w:rFonts w:ascii="Garamond""#) && styles.contains(r#"w:styleId="Titre1""#));
    assert!(styles.contains(r#"w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Standard"/>"#));
    assert!(!styles.contains(r#"w:styleId="Heading1""#));
    // Its page size, margins and header; Briefsmith's footer where it has none.
    assert!(document.contains(r#"<w:sectPr w:rsidR="00AB"><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="bsFooter"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1800""#), "{document}");
    assert!(document.contains(r#"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#));
    assert!(!document.contains("Template text"));
    let header = part(&docx, "word/header1.xml");
    let banner = header.find(">TLP:AMBER+STRICT<").expect("banner in the office header");
    assert!(banner < header.find("Ministry of Examples").unwrap(), "banner first: {header}");
    assert!(part(&docx, "word/bs-footer.xml").contains(">TLP:AMBER+STRICT<"));
    assert!(!parts(&docx).contains_key("word/bs-header.xml"));
    assert_eq!(parts(&docx)["word/media/logo.png"], b"\x89PNG not really");
    let rels = part(&docx, "word/_rels/document.xml.rels");
    assert!(rels.contains(r#"Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="/word/header1.xml""#), "{rels}");
    let types = part(&docx, "[Content_Types].xml");
    assert!(
        types.contains(r#"<Override PartName="/word/media/logo.png" ContentType="image/png"/>"#),
        "{types}"
    );
    assert!(types.contains(r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#));
    // Still a Word document the importer reads.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.docx"), &docx).unwrap();
    let back = import::import_file(&dir.path().join("b.docx")).unwrap();
    assert_eq!(collapse(&back.text), markdown_words(FEATURES));
}

#[test]
fn the_command_line_picks_the_format_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let article = sample_article();
    ok(d, &["new", article.to_str().unwrap(), "-o", "s.brief.json", "--title", "Cable"]);
    ok(d, &["set", "s.brief.json", "--analyst", "Desk", "--classification", "SECRET//REL TO EXAMPLE"]);
    ok(d, &["export", "s.brief.json", "-o", "brief.docx"]);
    let docx = fs::read(d.join("brief.docx")).unwrap();
    assert!(docx.starts_with(b"PK\x03\x04"));
    assert!(part(&docx, "word/bs-header.xml").contains(">SECRET//REL TO EXAMPLE<"));
    ok(d, &["export", "s.brief.json", "-o", "brief.HTM"]);
    assert!(fs::read_to_string(d.join("brief.HTM")).unwrap().starts_with("<!DOCTYPE html>"));
    ok(d, &["export", "s.brief.json", "-o", "brief.markdown"]);
    assert!(fs::read_to_string(d.join("brief.markdown")).unwrap().contains("# Cable"));
    fs::write(d.join("office.docx"), office_template()).unwrap();
    ok(
        d,
        &[
            "export",
            "s.brief.json",
            "-o",
            "house.docx",
            "--reference-doc",
            "office.docx",
            "--paper",
            "letter",
        ],
    );
    assert!(
        part(&fs::read(d.join("house.docx")).unwrap(), "word/header1.xml").contains("Ministry of Examples")
    );

    for (args, needle) in [
        (
            &["export", "s.brief.json", "-o", "brief.pdf"][..],
            ".md, .markdown or .txt (Markdown), .html or .htm (HTML), .docx (Word)",
        ),
        (&["export", "s.brief.json", "-o", "brief"][..], "cannot tell the format"),
        (&["export", "s.brief.json", "--html", "-o", "brief.md"][..], "--html writes HTML"),
        (
            &["export", "s.brief.json", "-o", "b.md", "--reference-doc", "office.docx"][..],
            "--reference-doc is for Word",
        ),
        (&["export", "s.brief.json", "--paper", "legal"][..], "a4, letter or auto"),
    ] {
        let out = run(d, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert!(!d.join("brief.pdf").exists());
    let missing = fails(d, &["export", "s.brief.json", "-o", "x.docx", "--reference-doc", "nowhere.docx"]);
    assert!(missing.contains("nowhere.docx: cannot read the reference document"), "{missing}");
    fs::write(d.join("notes.docx"), b"plain text").unwrap();
    let wrong = fails(d, &["export", "s.brief.json", "-o", "x.docx", "--reference-doc", "notes.docx"]);
    assert!(wrong.contains("notes.docx: is not a Word document"), "{wrong}");
}

#[test]
fn version_flag_prints_the_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(dir.path(), &["--version"]);
    assert_eq!(out.trim(), format!("briefsmith {}", env!("CARGO_PKG_VERSION")));
}
