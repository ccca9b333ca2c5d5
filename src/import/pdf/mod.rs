//! PDF text layers to paragraphs, with the document's title and author.
//!
//! `pdf-extract` (over `lopdf`) decodes fonts and content streams and reports each glyph with its
//! position; we collect glyphs into lines ourselves so that the layout can be used:
//!
//! - **Headers and footers** are lines near the top or bottom of the page that repeat (digits
//!   ignored) on at least half of the pages, and bare page numbers ("7", "Page 7 of 12", "- 7 -").
//! - **CJK fonts without a ToUnicode map** are read through Adobe's predefined CMaps and
//!   character collections (see `cid_fonts` and `adobe`).
//! - **Vertical writing** (CJK in columns, read top to bottom and right to left) is laid out by
//!   its own rules (see `vertical`), each column a line.
//! - **Paragraphs** end where the gap to the next line is clearly larger than the document's usual
//!   line spacing, where the font size changes, where the next line is indented, or where a line
//!   that ends a sentence stops well short of the right margin. A paragraph that runs off the end of
//!   a page (no closing punctuation) continues on the next.
//! - **Damaged cross-reference tables** are rebuilt by scanning for object headers, as viewers do,
//!   with a note asking the analyst to check the text.
//! - **Hyphenation** at line ends is repaired ("gov-" + "ernment" → "government") when the next line
//!   starts in lower case and the word is not a compound ("well-known", "follow-up": see
//!   `hyphens`); hyphens followed by a capital ("Ust-" + "Luga") are kept.
//!
//! Hostile files are bounded: compressed streams may inflate to at most
//! [`MAX_INFLATED_BYTES`] in total (checked before `lopdf` inflates anything), at most
//! [`MAX_PAGES`] pages and [`MAX_TEXT_CHARS`] characters are read, and the deadline is checked
//! while glyphs arrive. `pdf-extract` panics on some malformed files; the caller's guard turns that
//! into an error.

mod actual_text;
mod adobe;
mod bidi;
mod bomb;
mod cid_fonts;
mod cmap;
mod columns;
mod compat;
mod hyphens;
mod info;
mod layout;
mod lines;
mod repair;
mod scans;
mod simple_fonts;
mod text_operators;
mod vertical;
mod widths;
mod xref;

use super::guard::Deadline;
use super::{Extracted, Problem};
use lines::LineCollector;

/// Articles are a few pages; reports a few hundred.
pub(crate) const MAX_PAGES: usize = 2000;
/// All compressed streams together may not inflate beyond this (a decompression bomb guard).
pub(crate) const MAX_INFLATED_BYTES: u64 = 512 * 1024 * 1024;
/// Text beyond this many characters is not an article; reading stops.
pub(crate) const MAX_TEXT_CHARS: usize = 16 * 1024 * 1024;

/// Reads a PDF's text layer (see the module docs).
pub(crate) fn import_pdf(bytes: &[u8], deadline: &Deadline) -> Result<Extracted, Problem> {
    bomb::check_inflated_size(bytes, deadline)?;
    deadline.check()?;
    let mut notes = Vec::new();
    let mut document = match pdf_extract::Document::load_mem(bytes) {
        Ok(document) => document,
        Err(_) if memchr::memmem::find(bytes, b"/Encrypt").is_some() => return Err(Problem::EncryptedPdf),
        Err(e) => {
            // Damaged cross-reference tables are common (interrupted downloads, careless editors);
            // viewers rebuild them by scanning for objects, and so do we.
            let rebuilt = xref::rebuild_cross_references(bytes, deadline)?
                .and_then(|repaired| pdf_extract::Document::load_mem(&repaired).ok());
            match rebuilt {
                Some(document) => {
                    notes.push(
                        "the PDF's cross-reference table was damaged and was rebuilt; check the text".into(),
                    );
                    document
                }
                None => return Err(Problem::DamagedPdf(first_line(&e.to_string()))),
            }
        }
    };
    if document.is_encrypted()
        && !document.was_encrypted()
        && let Some(patched) = repair::encryption_key_length_update(bytes, &document)
        && let Ok(reloaded) = pdf_extract::Document::load_mem(&patched)
    {
        document = reloaded;
    }
    if document.is_encrypted() && !document.was_encrypted() {
        // lopdf already tried the empty user password; anything else needs the analyst.
        return Err(Problem::EncryptedPdf);
    }
    if document.was_encrypted() {
        notes.push(
            "the PDF is encrypted without a password (copy protection); its text was read anyway".into(),
        );
    }
    repair::inline_indirect_filters(&mut document);
    text_operators::spell_out_quote_operators(&mut document);
    let actual_texts = actual_text::mark_actual_text(&mut document);
    let vertical_fonts = vertical::vertical_fonts(&document);
    repair::repair_unicode_cmaps(&mut document);
    simple_fonts::repair_simple_fonts(&mut document);
    simple_fonts::repair_type3_widths(&mut document);
    widths::expand_width_ranges(&mut document);
    let cid_fonts = cid_fonts::repair_cid_fonts(&mut document);
    vertical::mark_vertical_fonts(&mut document, &vertical_fonts);
    let page_count = document.get_pages().len();
    if page_count == 0 {
        return Err(Problem::DamagedPdf("it has no pages".into()));
    }
    if page_count > MAX_PAGES {
        return Err(Problem::TooManyPages { pages: page_count, limit: MAX_PAGES });
    }
    deadline.check()?;
    let mut collector = LineCollector::new(deadline.clone());
    collector.set_actual_texts(actual_texts);
    // Page by page, each under its own panic guard: pdf-extract panics on font dictionaries it does
    // not expect, and one such page should cost that page, not the document.
    let mut failures: Vec<PageFailure> = Vec::new();
    for page_number in document.get_pages().keys().copied() {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pdf_extract::output_doc_page(&document, &mut collector, page_number)
        }));
        if let Some(problem) = collector.stopped.take() {
            return Err(problem);
        }
        collector.end_line();
        let cause = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(e)) => first_line(&e.to_string()),
            Err(panic) => panic_message(panic.as_ref()),
        };
        failures.push(PageFailure { page_number, cause });
    }
    let text_pages = std::mem::take(&mut collector.text_pages);
    let pages = collector.finish();
    let has_text = pages.iter().any(|page| page.lines.iter().any(|line| !line.text.trim().is_empty()));
    if let Some(first) = failures.first() {
        let what = format!("page {}: {}", first.page_number, first.cause);
        if !has_text {
            return Err(Problem::PdfUnreadable(what));
        }
        notes.push(format!(
            "{} of {page_count} pages could not be read ({what}); their text is missing",
            failures.len()
        ));
    }
    if !has_text {
        if memchr::memmem::find(bytes, b"/Font").is_some() && memchr::memmem::find(bytes, b"/Image").is_none()
        {
            return Err(Problem::UndecodableFonts);
        }
        return Err(Problem::NoTextLayer);
    }
    if let Some(first) = cid_fonts.undecodable.first() {
        let more = match cid_fonts.undecodable.len() {
            1 => String::new(),
            n => format!(" and {} more", n - 1),
        };
        notes.push(format!(
            "the text in {first}{more} could not be decoded: the PDF gives neither a ToUnicode map nor a font \
             that names its characters, and its character collection is not one of Adobe's (Japan1, GB1, CNS1, \
             Korea1) whose characters are known; that text is missing (print the PDF to a new PDF from a \
             viewer, or run OCR)"
        ));
    }
    let text =
        layout::paragraphs(layout::strip_headers_and_footers(columns::in_reading_order(pages))).join("\n\n");
    notes.extend(scans::sparse_text_note(&document, &text_pages, &text));
    let mut meta = crate::model::SourceMeta::default();
    if let Some(info) = info::info_dictionary(&document) {
        meta.title = info::info_string(&document, info, b"Title").unwrap_or_default();
        meta.author = info::info_string(&document, info, b"Author").unwrap_or_default();
    }
    Ok(Extracted { text, meta, notes })
}

/// A page the PDF reader failed on, and why.
struct PageFailure {
    page_number: u32,
    cause: String,
}

/// The message of a caught panic, on one short line.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unexpected error".to_owned());
    let line = first_line(&message);
    line.chars().take(160).collect()
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or(s).trim();
    line.chars().take(200).collect()
}
