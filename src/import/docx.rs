//! Word (.docx) files to paragraphs, with the title and author from `docProps/core.xml`; other ZIP
//! archives refused with what they are.
//!
//! A DOCX is a ZIP archive. The main part is found through `_rels/.rels` (usually
//! `word/document.xml`) and read as an XML event stream with `quick-xml`, without recursion: each
//! `w:p` becomes a paragraph (headings, list items and table cells included); runs' `w:t` text,
//! tabs and breaks are kept; deleted text of tracked changes (`w:del`), field codes (`w:instrText`)
//! and the duplicate fallback copies of text boxes (`mc:Fallback`) are skipped. Headers, footers,
//! footnotes and comments live in other parts and are not read.
//!
//! Zip bombs: at most [`MAX_ZIP_ENTRIES`] entries, and no part is inflated beyond
//! [`MAX_PART_BYTES`], whatever size the archive claims.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;
use zip::result::ZipError;

use super::guard::Deadline;
use super::{Extracted, Problem};

/// Word documents have a few dozen entries; an archive with more is not one we should walk.
pub(crate) const MAX_ZIP_ENTRIES: usize = 10_000;
/// The largest XML part read. The text of a 500-page report is a few MiB of XML.
pub(crate) const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Reads a ZIP archive as a Word document (see the module docs).
pub(crate) fn import_docx(bytes: &[u8], deadline: &Deadline) -> Result<Extracted, Problem> {
    let mut archive =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| Problem::DamagedZip(zip_problem(&e)))?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(Problem::TooManyZipEntries { entries: archive.len(), limit: MAX_ZIP_ENTRIES });
    }
    let names: Vec<String> = archive.file_names().filter_map(Result::ok).map(|n| n.into_owned()).collect();
    let main_part = main_document_part(&mut archive, &names);
    if !names.contains(&main_part) {
        return Err(not_a_word_document(&mut archive, &names));
    }
    deadline.check()?;
    let xml = read_part(&mut archive, &main_part)?;
    let mut paragraphs = Vec::new();
    let mut notes = Vec::new();
    let title_paragraph = read_document(&xml, deadline, &mut paragraphs, &mut notes)?;
    let mut meta = crate::model::SourceMeta::default();
    if names.iter().any(|n| n == "docProps/core.xml") {
        match read_part(&mut archive, "docProps/core.xml") {
            Ok(core) => {
                let (title, author) = read_core_properties(&core);
                meta.title = title;
                meta.author = author;
            }
            Err(problem) => notes.push(format!("the document properties could not be read: {problem}")),
        }
    }
    if meta.title.is_empty() {
        meta.title = title_paragraph.unwrap_or_default();
    }
    Ok(Extracted { text: paragraphs.join("\n\n"), meta, notes })
}

fn zip_problem(e: &ZipError) -> String {
    let message = e.to_string();
    message.lines().next().unwrap_or(&message).chars().take(200).collect()
}

/// The target of the `officeDocument` relationship, or the usual name.
fn main_document_part(archive: &mut Archive<'_>, names: &[String]) -> String {
    const DEFAULT: &str = "word/document.xml";
    if !names.iter().any(|n| n == "_rels/.rels") {
        return DEFAULT.into();
    }
    let Ok(rels) = read_part(archive, "_rels/.rels") else { return DEFAULT.into() };
    let mut reader = quick_xml::Reader::from_str(&rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let is_main = attribute(&e, "Type").is_some_and(|t| t.ends_with("/officeDocument"));
                if let (true, Some(target)) = (is_main, attribute(&e, "Target")) {
                    return target.trim_start_matches('/').to_owned();
                }
            }
            Ok(Event::Eof) | Err(_) => return DEFAULT.into(),
            Ok(_) => {}
        }
    }
}

/// Says what a ZIP without a Word main part is.
fn not_a_word_document(archive: &mut Archive<'_>, names: &[String]) -> Problem {
    let has = |prefix: &str| names.iter().any(|n| n.starts_with(prefix));
    if has("word/") {
        return Problem::DocxWithoutDocument;
    }
    let mimetype = if names.iter().any(|n| n == "mimetype") {
        read_part(archive, "mimetype").unwrap_or_default()
    } else {
        String::new()
    };
    let what = if mimetype.contains("opendocument.text") {
        "is an OpenDocument text (.odt), not a Word document; save it as .docx in your word processor and import that"
    } else if mimetype.contains("epub") {
        "is an EPUB e-book, not an article file; copy the chapter you need into a text file"
    } else if has("xl/") {
        "is an Excel workbook, not an article"
    } else if has("ppt/") {
        "is a PowerPoint presentation, not an article"
    } else {
        "is a ZIP archive, not a Word document; extract the article from it and import that file"
    };
    Problem::WrongArchive(what.into())
}

/// Inflates one part, refusing it if it would pass [`MAX_PART_BYTES`] (whatever its header says).
fn read_part(archive: &mut Archive<'_>, name: &str) -> Result<String, Problem> {
    let bomb = || Problem::ZipBomb { part: name.to_owned(), limit_bytes: MAX_PART_BYTES };
    let file = archive.by_name(name).map_err(|e| match e {
        ZipError::UnsupportedArchive(_) => Problem::DamagedDocx(format!("{name}: {}", zip_problem(&e))),
        other => Problem::DamagedZip(format!("{name}: {}", zip_problem(&other))),
    })?;
    if file.size() > MAX_PART_BYTES {
        return Err(bomb());
    }
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::DamagedZip(format!("{name}: {}", super::io_problem(&e))))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(bomb());
    }
    Ok(xml_text(&bytes))
}

/// XML parts are UTF-8, occasionally UTF-16 with a byte-order mark.
fn xml_text(bytes: &[u8]) -> String {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        let encoding =
            if bytes.starts_with(b"\xff\xfe") { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let text = encoding.decode_with_bom_removal(bytes).0.into_owned();
        // The declaration still says UTF-16; the reader only needs the text.
        return text.replacen("encoding=\"UTF-16\"", "", 1);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

fn attribute(element: &BytesStart<'_>, local_name: &str) -> Option<String> {
    element
        .attributes()
        .filter_map(Result::ok)
        .find(|a| a.key.local_name().as_ref() == local_name)
        .map(|a| super::text::unescape_references(&a.value))
}

/// Elements whose content is not visible text of the document.
const SKIPPED_ELEMENTS: &[&str] =
    &["del", "moveFrom", "instrText", "delText", "Fallback", "pPr", "rPr", "sectPr", "footnoteReference"];

/// Walks `word/document.xml`, appending paragraphs. Returns the text of the first paragraph styled
/// `Title`, a fallback title.
fn read_document(
    xml: &str,
    deadline: &Deadline,
    paragraphs: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Result<Option<String>, Problem> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    // Paragraphs nest (text boxes inside a run of another paragraph); each gets its own buffer.
    let mut open_paragraphs: Vec<(String, bool)> = Vec::new();
    let mut depth = 0usize;
    let mut skip_from_depth: Option<usize> = None;
    let mut in_text = false;
    let mut title = None;
    let mut events = 0usize;
    loop {
        events += 1;
        if events.is_multiple_of(4096) {
            deadline.check()?;
        }
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) if paragraphs.is_empty() && open_paragraphs.is_empty() => {
                return Err(Problem::DamagedDocx(format!(
                    "word/document.xml: {}",
                    first_line(&e.to_string())
                )));
            }
            Err(e) => {
                notes.push(format!(
                    "the document's XML is damaged after {} paragraphs ({}); the rest was not read",
                    paragraphs.len(),
                    first_line(&e.to_string())
                ));
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skip_from_depth.is_none() && SKIPPED_ELEMENTS.contains(&name) {
                    skip_from_depth = Some(depth);
                }
                depth += 1;
                if skip_from_depth.is_some() {
                    continue;
                }
                match name {
                    "p" => open_paragraphs.push((String::new(), false)),
                    "t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if name == "pStyle" {
                    let style = attribute(&e, "val").unwrap_or_default();
                    if let Some((_, is_title)) = open_paragraphs.last_mut() {
                        *is_title = style.eq_ignore_ascii_case("Title");
                    }
                }
                if skip_from_depth.is_some() {
                    continue;
                }
                if let Some((text, _)) = open_paragraphs.last_mut() {
                    match name {
                        "tab" => text.push('\t'),
                        "br" | "cr" => text.push('\n'),
                        "noBreakHyphen" => text.push('-'),
                        _ => {}
                    }
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                if skip_from_depth.is_some_and(|from| depth <= from) {
                    skip_from_depth = None;
                    continue;
                }
                if skip_from_depth.is_some() {
                    continue;
                }
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "p" => {
                        if let Some((text, is_title)) = open_paragraphs.pop() {
                            let text = text.trim();
                            if !text.is_empty() {
                                if is_title && title.is_none() {
                                    title = Some(text.to_owned());
                                }
                                paragraphs.push(text.to_owned());
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(e) if in_text && skip_from_depth.is_none() => {
                if let Some((text, _)) = open_paragraphs.last_mut() {
                    text.push_str(&e);
                }
            }
            Event::CData(e) if in_text && skip_from_depth.is_none() => {
                if let Some((text, _)) = open_paragraphs.last_mut() {
                    text.push_str(&e);
                }
            }
            Event::GeneralRef(r) if in_text && skip_from_depth.is_none() => {
                if let Some((text, _)) = open_paragraphs.last_mut() {
                    match super::text::resolve_reference(&r) {
                        Some(c) => text.push(c),
                        None => {
                            text.push('&');
                            text.push_str(&r);
                            text.push(';');
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // Text of paragraphs left open by a truncated document is still text.
    for (text, _) in open_paragraphs {
        if !text.trim().is_empty() {
            paragraphs.push(text.trim().to_owned());
        }
    }
    Ok(title)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).chars().take(200).collect()
}

/// `dc:title` and `dc:creator` from `docProps/core.xml`.
fn read_core_properties(xml: &str) -> (String, String) {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let (mut title, mut author) = (String::new(), String::new());
    let mut field: Option<&'static str> = None;
    let mut value = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                field = match e.local_name().as_ref() {
                    "title" => Some("title"),
                    "creator" => Some("creator"),
                    _ => None,
                };
                value.clear();
            }
            Ok(Event::Text(e)) if field.is_some() => value.push_str(&e),
            Ok(Event::GeneralRef(r)) if field.is_some() => value.extend(super::text::resolve_reference(&r)),
            Ok(Event::End(_)) => {
                let cleaned = crate::model::text::collapse_whitespace(&value);
                match field.take() {
                    Some("title") if title.is_empty() => title = cleaned,
                    Some("creator") if author.is_empty() => author = cleaned,
                    _ => {}
                }
                value.clear();
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    (title, author)
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::time::Duration;

    use super::*;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            writer.start_file(*name, options).unwrap();
            writer.write_all(data).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    fn read(bytes: &[u8]) -> Result<Extracted, Problem> {
        import_docx(bytes, &Deadline::after(Duration::from_secs(20)))
    }

    const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
  <w:r><w:t>Cable cut</w:t></w:r><w:r><w:t xml:space="preserve"> &amp; drones 世界</w:t></w:r></w:p>
<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>
  <w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>next line &#233;</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>box 🙂</w:t></mc:Choice><mc:Fallback><w:t>box 🙂</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;

    #[test]
    fn paragraphs_tabs_breaks_and_skipped_markup() {
        let got = read(&zip_of(&[("word/document.xml", DOCUMENT.as_bytes())])).unwrap();
        assert_eq!(got.text, "Cable cut & drones 世界\n\nKept\tafter tab\nnext line é\n\nbox 🙂\n\ncell");
        assert_eq!(got.meta.title, "Cable cut & drones 世界");
    }

    #[test]
    fn core_properties_give_title_and_author() {
        let core = r#"<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title>Baltic  briefing</dc:title><dc:creator>Marta Kowalczyk &amp; Co</dc:creator></cp:coreProperties>"#;
        let got = read(&zip_of(&[
            ("word/document.xml", DOCUMENT.as_bytes()),
            ("docProps/core.xml", core.as_bytes()),
        ]))
        .unwrap();
        assert_eq!(got.meta.title, "Baltic briefing");
        assert_eq!(got.meta.author, "Marta Kowalczyk & Co");
    }

    #[test]
    fn other_archives_are_named() {
        let plain = read(&zip_of(&[("notes.txt", b"hello")])).unwrap_err();
        assert!(plain.to_string().starts_with("is a ZIP archive, not a Word document"), "{plain}");
        let odt = read(&zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text")])).unwrap_err();
        assert!(odt.to_string().contains("OpenDocument"));
        let broken = read(&zip_of(&[("word/styles.xml", b"<x/>")])).unwrap_err();
        assert_eq!(broken, Problem::DocxWithoutDocument);
        assert!(matches!(read(b"PK\x03\x04 not really a zip"), Err(Problem::DamagedZip(_))));
    }

    #[test]
    fn relationships_point_to_the_main_part() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let got =
            read(&zip_of(&[("_rels/.rels", rels.as_bytes()), ("word/document2.xml", DOCUMENT.as_bytes())]))
                .unwrap();
        assert!(got.text.starts_with("Cable cut"));
    }

    #[test]
    fn a_part_that_inflates_past_the_limit_is_refused() {
        let mut huge = b"<w:document><w:body><w:p><w:r><w:t>".to_vec();
        huge.resize(MAX_PART_BYTES as usize + 10, b'a');
        let got = read(&zip_of(&[("word/document.xml", &huge)]));
        assert_eq!(
            got.unwrap_err(),
            Problem::ZipBomb { part: "word/document.xml".into(), limit_bytes: MAX_PART_BYTES }
        );
    }
}
