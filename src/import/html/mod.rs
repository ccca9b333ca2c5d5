//! Saved web pages to the article's paragraphs and metadata.
//!
//! Four steps, one module each:
//!
//! 1. **Decode** (here): a byte-order mark, else the page's `<meta charset>` (or `http-equiv`),
//!    else the text rules of [`super::text`] (UTF-8, or a detected legacy encoding). A page that
//!    declares a legacy charset but is valid UTF-8 with non-ASCII text is read as UTF-8 (a common
//!    server misconfiguration), with a note.
//! 2. **Parse** (`tree.rs`): `html5ever`'s spec-compliant tokenizer under a bounded tree builder of
//!    our own (nesting capped, no recursion, linear on hostile input).
//! 3. **Extract** (`extract/`): page furniture is set aside, paragraphs are scored
//!    readability-style and the container that holds the article is kept, with the parts of the
//!    article that sit beside it; each block becomes its own paragraph.
//! 4. **Metadata** (`meta.rs`, `jsonld.rs`): title, byline, publication date, outlet and URL from
//!    JSON-LD, `<meta>` tags, `<title>`, `<time>` and the byline in the page, each cleaned.
//!
//! A page whose article container cannot be found is taken whole (minus scripts and menus), with a
//! note, rather than refused, and its metadata is kept either way; only a page with no visible text
//! at all is refused.
//!
//! Rendering the chosen subtree to paragraphs lives in `render.rs`.
//!
//! Why our own extractor rather than `dom_smoothie` (a Rust port of Mozilla's Readability): see the
//! README ("Importing articles"), which gives the figures on the evaluation set.

mod appdata;
mod extract;
mod header;
mod jsonld;
mod lines;
mod meta;
mod render;
mod tree;
mod words;

use super::guard::Deadline;
use super::text::{self, Decoded};
use super::{Extracted, Problem};

/// Reads a web page from bytes (see the module docs).
pub(crate) fn import_html_bytes(bytes: &[u8], deadline: &Deadline) -> Result<Extracted, Problem> {
    let decoded = decode_html(bytes)?;
    let mut extracted = import_html_text(&decoded.text, deadline)?;
    extracted.notes.splice(0..0, decoded.note);
    Ok(extracted)
}

/// Reads a web page that is already text (decoded, or pasted).
pub(crate) fn import_html_text(html: &str, deadline: &Deadline) -> Result<Extracted, Problem> {
    let page = tree::parse(html, deadline)?;
    let json_ld = jsonld::JsonLd::parse(&page.head.json_ld);
    let mut article = page.article(&json_ld.paywalled, deadline)?;
    let mut notes = Vec::new();
    if let Some(body) = &json_ld.body
        && let Some(paragraphs) = declared_body_paragraphs(body, deadline)?
        && shows_only_part(&article.paragraphs, &paragraphs)
    {
        let mut taken = Vec::with_capacity(paragraphs.len() + 1);
        taken.extend(article.headline.clone().filter(|h| paragraphs.first() != Some(h)));
        taken.extend(paragraphs);
        article.paragraphs = taken;
        article.taken_whole = false;
        notes.push(
            "the page shows only part of the article; its text was taken from the page's structured data \
             (JSON-LD articleBody)"
                .to_owned(),
        );
    }
    if notes.is_empty()
        && let Some(paragraphs) = appdata::body_paragraphs(&page.head.app_data)
        && size(&paragraphs) >= MIN_DECLARED_BODY_CHARS
        && shows_only_part(&article.paragraphs, &paragraphs)
    {
        // What the page shows (its headline and standfirst) first, then the body it holds.
        let mut taken = std::mem::take(&mut article.paragraphs);
        if taken.is_empty() {
            taken.extend(article.headline.clone());
        }
        taken.extend(paragraphs.into_iter().filter(|p| !taken.contains(p)).collect::<Vec<_>>());
        article.paragraphs = taken;
        article.taken_whole = false;
        notes.push(
            "the page had not shown its article yet (a script fills it in); its text was taken from the \
             page's app data"
                .to_owned(),
        );
    }
    if article.taken_whole {
        notes.push(
            "no article container was found in the page, so its whole text was taken; check the start and end"
                .to_owned(),
        );
    }
    if article.paragraphs.is_empty() {
        return Err(Problem::NoArticleText("scripts and markup"));
    }
    let meta = page.metadata(&article, &json_ld);
    Ok(Extracted { text: article.paragraphs.join("\n\n"), meta, notes })
}

/// The article body a page declares in its JSON-LD, as paragraphs: one per line of plain text,
/// or, when it is markup, the paragraphs of that markup. `None` when it holds too little to be
/// an article rather than a summary.
fn declared_body_paragraphs(body: &str, deadline: &Deadline) -> Result<Option<Vec<String>>, Problem> {
    let paragraphs: Vec<String> = if body.contains("</p>") || body.contains("<br") {
        let page = tree::parse(body, deadline)?;
        page.article(&[], deadline)?.paragraphs
    } else {
        body.lines().map(crate::model::text::collapse_whitespace).filter(|line| !line.is_empty()).collect()
    };
    Ok((size(&paragraphs) >= MIN_DECLARED_BODY_CHARS).then_some(paragraphs))
}

/// A declared body shorter than this (letters, not spaces: about 80 English words, or a short
/// Chinese article) is a summary, not the article.
const MIN_DECLARED_BODY_CHARS: usize = 400;

fn size(paragraphs: &[String]) -> usize {
    paragraphs.iter().map(|p| extract::non_space_chars(p)).sum()
}

/// Whether the page's visible text holds markedly less than the body it declares (a paywall's
/// teaser, or a shell that scripts fill in).
fn shows_only_part(shown: &[String], declared: &[String]) -> bool {
    size(shown) * 3 < size(declared) * 2
}

// ---------------------------------------------------------------------------------------------
// Decoding

fn decode_html(bytes: &[u8]) -> Result<Decoded, Problem> {
    let has_bom = bytes.starts_with(b"\xef\xbb\xbf")
        || bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff");
    if has_bom {
        return text::decode(bytes);
    }
    let Some(declared) = declared_charset(bytes) else { return text::decode(bytes) };
    // The HTML standard reads a UTF-16 declaration in an ASCII-compatible file as UTF-8.
    if declared == encoding_rs::UTF_8
        || declared == encoding_rs::UTF_16LE
        || declared == encoding_rs::UTF_16BE
    {
        return text::decode(bytes);
    }
    if let Ok(utf8) = std::str::from_utf8(bytes)
        && !utf8.is_ascii()
    {
        return Ok(Decoded {
            text: utf8.to_owned(),
            note: Some(format!("the page declares {} but is UTF-8; read as UTF-8", declared.name())),
        });
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(Problem::Binary { why: "it contains NUL bytes" });
    }
    Ok(text::decode_with(bytes, declared, "declared in the page"))
}

/// The encoding named by a `<meta charset=…>` or `<meta http-equiv=Content-Type content="…;
/// charset=…">` in the first KiB of the page, as the HTML standard's prescan looks for it.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    const PRESCAN_BYTES: usize = 1024;
    let head = bytes[..bytes.len().min(PRESCAN_BYTES)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(start) = memchr::memmem::find(rest, b"<meta") {
        let tag_and_after = &rest[start + 5..];
        let end = memchr::memchr(b'>', tag_and_after).unwrap_or(tag_and_after.len());
        let tag = &tag_and_after[..end];
        if let Some(at) = memchr::memmem::find(tag, b"charset") {
            let value = tag[at + 7..].trim_ascii_start();
            if let Some(value) = value.strip_prefix(b"=") {
                let value = value.trim_ascii_start();
                let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
                let label_end = value
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'\t' | b'\n' | b'\r'))
                    .unwrap_or(value.len());
                if let Some(encoding) = encoding_rs::Encoding::for_label(&value[..label_end]) {
                    return Some(encoding);
                }
            }
        }
        rest = &tag_and_after[end..];
    }
    None
}
#[cfg(test)]
mod tests;
