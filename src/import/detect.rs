//! Deciding what a file is from its first bytes, and what to do with it.
//!
//! Analysts' files are often misnamed (a PDF saved as `.txt`, a web page saved with no extension),
//! so the content decides: magic numbers for PDF, ZIP (DOCX) and the binary formats we refuse, and
//! the WHATWG-style sniff for HTML. The extension is used only where content cannot tell: `.md` and
//! `.html` files that start with plain prose.

use super::{Format, Problem};

/// What the bytes are and which importer reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Pdf,
    /// A ZIP archive: a DOCX, or refused by the DOCX importer with what it really is.
    Zip,
    Html,
    Markdown,
    Text,
}

impl Kind {
    pub(crate) fn format(self) -> Format {
        match self {
            Kind::Pdf => Format::Pdf,
            Kind::Zip => Format::Docx,
            Kind::Html => Format::Html,
            Kind::Markdown => Format::Markdown,
            Kind::Text => Format::Text,
        }
    }
}

/// How far into a file the PDF header may be (garbage before it is allowed by readers).
const PDF_HEADER_WINDOW: usize = 1024;

/// Decides how to read `bytes`, or refuses them with what they look like.
pub(crate) fn sniff(bytes: &[u8], file_name: &str) -> Result<Kind, Problem> {
    let head = &bytes[..bytes.len().min(PDF_HEADER_WINDOW)];
    if memchr::memmem::find(head, b"%PDF-").is_some() {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
        || bytes.starts_with(b"PK\x07\x08")
    {
        return Ok(Kind::Zip);
    }
    if let Some((what, fix)) = binary_kind(bytes) {
        return Err(Problem::NotAnArticle { what, fix });
    }
    if bytes.starts_with(b"\xff\xfe\x00\x00") || bytes.starts_with(b"\x00\x00\xfe\xff") {
        return Err(Problem::Utf32);
    }
    let extension = extension(file_name);
    if matches!(extension.as_str(), "md" | "markdown" | "mdown" | "mkd" | "mkdn") {
        return Ok(Kind::Markdown);
    }
    if matches!(extension.as_str(), "html" | "htm" | "xhtml" | "shtml" | "xht") || looks_like_html(bytes) {
        return Ok(Kind::Html);
    }
    Ok(Kind::Text)
}

fn extension(file_name: &str) -> String {
    match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// Recognises the binary formats an analyst might pick by mistake: what they are, and the fix.
fn binary_kind(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    const NO_FIX: &str = "";
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| bytes.get(offset..).is_some_and(|rest| rest.starts_with(magic));
    let found = if starts(b"\x89PNG\r\n\x1a\n") || starts(b"\x89PNG") {
        ("a PNG image", NO_FIX)
    } else if starts(b"\xff\xd8\xff") {
        ("a JPEG image", NO_FIX)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        ("a GIF image", NO_FIX)
    } else if starts(b"RIFF") && at(8, b"WEBP") {
        ("a WebP image", NO_FIX)
    } else if starts(b"II*\x00") || starts(b"MM\x00*") {
        ("a TIFF image", "; if it is a scanned page, run OCR first (e.g. ocrmypdf) and import the result")
    } else if starts(b"\x7fELF") {
        ("a program (ELF executable)", NO_FIX)
    } else if starts(b"MZ") && bytes.len() >= 64 && bytes[..64].contains(&0) {
        ("a Windows program (.exe or .dll)", NO_FIX)
    } else if starts(b"\xfe\xed\xfa\xce")
        || starts(b"\xce\xfa\xed\xfe")
        || starts(b"\xfe\xed\xfa\xcf")
        || starts(b"\xcf\xfa\xed\xfe")
        || starts(b"\xca\xfe\xba\xbe")
        || starts(b"\x00asm")
    {
        ("a compiled program", NO_FIX)
    } else if starts(b"\x1f\x8b") {
        ("a gzip-compressed file", "; decompress it and import the article inside")
    } else if starts(b"BZh") && at(4, b"1AY&SY") {
        ("a bzip2-compressed file", "; decompress it and import the article inside")
    } else if starts(b"\xfd7zXZ\x00") {
        ("an xz-compressed file", "; decompress it and import the article inside")
    } else if starts(b"7z\xbc\xaf\x27\x1c") {
        ("a 7-Zip archive", "; extract it and import the article inside")
    } else if starts(b"Rar!\x1a\x07") {
        ("a RAR archive", "; extract it and import the article inside")
    } else if starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        ("an old-format Office file (.doc, .xls or .ppt)", "; open it in Word and save it as .docx")
    } else if starts(b"{\\rtf") {
        ("an RTF document", "; open it in a word processor and save it as .docx or plain text")
    } else if starts(b"%!PS") {
        ("a PostScript file", "; convert it to PDF first")
    } else if starts(b"SQLite format 3\x00") {
        ("a database file", NO_FIX)
    } else if at(4, b"ftyp")
        || starts(b"OggS")
        || starts(b"fLaC")
        || starts(b"ID3")
        || starts(b"\x1aE\xdf\xa3")
    {
        ("an audio or video file", NO_FIX)
    } else {
        return None;
    };
    Some(found)
}

/// Whether text starts like an HTML document or fragment (after white space, a byte-order mark,
/// an XML declaration and comments), following the WHATWG MIME sniffing list plus common article
/// tags. Works on UTF-8 and ASCII-compatible bytes, and on UTF-16 with a byte-order mark.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    const SNIFF_WINDOW: usize = 4096;
    let head = &bytes[..bytes.len().min(SNIFF_WINDOW)];
    let decoded;
    let ascii: &[u8] = if head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff") {
        let encoding =
            if head.starts_with(b"\xff\xfe") { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        decoded = encoding.decode_with_bom_removal(head).0.into_owned();
        decoded.as_bytes()
    } else {
        head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head)
    };
    let mut rest = ascii.trim_ascii_start();
    loop {
        if let Some(after) = rest.strip_prefix(b"<!--") {
            match memchr::memmem::find(after, b"-->") {
                Some(end) => rest = after[end + 3..].trim_ascii_start(),
                None => return false,
            }
        } else if let Some(after) = rest.strip_prefix(b"<?xml") {
            match memchr::memmem::find(after, b"?>") {
                Some(end) => rest = after[end + 2..].trim_ascii_start(),
                None => return false,
            }
        } else {
            break;
        }
    }
    const TAGS: &[&[u8]] = &[
        b"!doctype html",
        b"html",
        b"head",
        b"body",
        b"meta",
        b"title",
        b"script",
        b"style",
        b"link",
        b"iframe",
        b"article",
        b"section",
        b"main",
        b"header",
        b"nav",
        b"div",
        b"span",
        b"font",
        b"table",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"p",
        b"br",
        b"b",
        b"i",
        b"em",
        b"strong",
        b"a",
        b"ul",
        b"ol",
        b"li",
        b"blockquote",
    ];
    let Some(after_lt) = rest.strip_prefix(b"<") else { return false };
    TAGS.iter().any(|tag| {
        after_lt.len() > tag.len()
            && after_lt[..tag.len()].eq_ignore_ascii_case(tag)
            && matches!(after_lt[tag.len()], b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r' | b'\x0c')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_beats_the_extension() {
        assert_eq!(sniff(b"%PDF-1.7\n", "notes.txt"), Ok(Kind::Pdf));
        assert_eq!(sniff(b"PK\x03\x04rest", "letter.txt"), Ok(Kind::Zip));
        assert_eq!(sniff(b"<!DOCTYPE html><p>x", "page.txt"), Ok(Kind::Html));
        assert_eq!(sniff(b"\xef\xbb\xbf  <!-- saved --> <HTML lang=en>", "page"), Ok(Kind::Html));
        assert_eq!(
            sniff(b"GIF89a\x01\x00", "a.html").unwrap_err().to_string(),
            "is a GIF image, not an article"
        );
    }

    #[test]
    fn the_extension_decides_between_text_markdown_and_html_prose() {
        assert_eq!(sniff(b"# Title\n\nBody", "a.md"), Ok(Kind::Markdown));
        assert_eq!(sniff(b"# Title\n\nBody", "a.MARKDOWN"), Ok(Kind::Markdown));
        assert_eq!(sniff(b"Plain prose", "a.htm"), Ok(Kind::Html));
        assert_eq!(sniff(b"Plain prose", "a.txt"), Ok(Kind::Text));
        assert_eq!(sniff(b"Plain prose", ".md"), Ok(Kind::Text));
    }

    #[test]
    fn prose_mentioning_tags_is_not_html() {
        assert!(!looks_like_html(b"Use <b> for bold."));
        assert!(!looks_like_html(b"<bogus> tag"));
        assert!(!looks_like_html(b"<!-- never closed"));
        assert!(looks_like_html(b"<p>Para</p>"));
        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("<html>".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(looks_like_html(&utf16));
    }

    #[test]
    fn binary_formats_are_named_with_a_fix_where_there_is_one() {
        let problem = |bytes: &[u8]| sniff(bytes, "x.txt").unwrap_err().to_string();
        assert_eq!(problem(b"\x7fELF\x02\x01\x01"), "is a program (ELF executable), not an article");
        assert!(problem(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0").ends_with("save it as .docx"));
        assert_eq!(problem(b"\xff\xfe\x00\x00a\x00\x00\x00"), Problem::Utf32.to_string());
        assert_eq!(sniff(b"MZ is a postcode area", "x.txt"), Ok(Kind::Text));
    }
}
