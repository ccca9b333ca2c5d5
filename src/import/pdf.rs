//! PDF text layers to paragraphs, with the document's title and author.
//!
//! `pdf-extract` (over `lopdf`) decodes fonts and content streams and reports each glyph with its
//! position; we collect glyphs into lines ourselves so that the layout can be used:
//!
//! - **Headers and footers** are lines near the top or bottom of the page that repeat (digits
//!   ignored) on at least half of the pages, and bare page numbers ("7", "Page 7 of 12", "- 7 -").
//! - **Paragraphs** end where the gap to the next line is clearly larger than the document's usual
//!   line spacing, where the font size changes, where the next line is indented, or where a line
//!   that ends a sentence stops well short of the right margin. A paragraph that runs off the end of
//!   a page (no closing punctuation) continues on the next.
//! - **Damaged cross-reference tables** are rebuilt by scanning for object headers, as viewers do,
//!   with a note asking the analyst to check the text.
//! - **Hyphenation** at line ends is repaired ("gov-" + "ernment" → "government") when the next line
//!   starts in lower case, unless the document writes the same word with a hyphen elsewhere
//!   ("short-range"); hyphens followed by a capital ("Ust-" + "Luga") are kept.
//!
//! Hostile files are bounded: compressed streams may inflate to at most
//! [`MAX_INFLATED_BYTES`] in total (checked before `lopdf` inflates anything), at most
//! [`MAX_PAGES`] pages and [`MAX_TEXT_CHARS`] characters are read, and the deadline is checked
//! while glyphs arrive. `pdf-extract` panics on some malformed files; the caller's guard turns that
//! into an error.

use std::io::Read;

use pdf_extract::{MediaBox, Object, OutputDev, OutputError, Transform};

use super::guard::Deadline;
use super::{Extracted, Problem};

/// Articles are a few pages; reports a few hundred.
pub(crate) const MAX_PAGES: usize = 2000;
/// All compressed streams together may not inflate beyond this (a decompression bomb guard).
pub(crate) const MAX_INFLATED_BYTES: u64 = 512 * 1024 * 1024;
/// Text beyond this many characters is not an article; reading stops.
pub(crate) const MAX_TEXT_CHARS: usize = 16 * 1024 * 1024;

/// Reads a PDF's text layer (see the module docs).
pub(crate) fn import_pdf(bytes: &[u8], deadline: &Deadline) -> Result<Extracted, Problem> {
    check_inflated_size(bytes, deadline)?;
    deadline.check()?;
    let mut notes = Vec::new();
    let mut document = match pdf_extract::Document::load_mem(bytes) {
        Ok(document) => document,
        Err(_) if memchr::memmem::find(bytes, b"/Encrypt").is_some() => return Err(Problem::EncryptedPdf),
        Err(e) => {
            // Damaged cross-reference tables are common (interrupted downloads, careless editors);
            // viewers rebuild them by scanning for objects, and so do we.
            let rebuilt = rebuild_cross_references(bytes, deadline)?
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
    if document.is_encrypted() && !document.was_encrypted() {
        // lopdf already tried the empty user password; anything else needs the analyst.
        return Err(Problem::EncryptedPdf);
    }
    if document.was_encrypted() {
        notes.push(
            "the PDF is encrypted without a password (copy protection); its text was read anyway".into(),
        );
    }
    super::pdf_fonts::repair_unicode_cmaps(&mut document);
    let page_count = document.get_pages().len();
    if page_count == 0 {
        return Err(Problem::DamagedPdf("it has no pages".into()));
    }
    if page_count > MAX_PAGES {
        return Err(Problem::TooManyPages { pages: page_count, limit: MAX_PAGES });
    }
    deadline.check()?;
    let mut collector = LineCollector::new(deadline.clone());
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
    let text = paragraphs(strip_headers_and_footers(pages)).join("\n\n");
    let found_chars = text.chars().filter(|c| !c.is_whitespace()).count();
    if found_chars < MIN_PLAUSIBLE_CHARS_PER_PAGE * page_count {
        notes.push(format!(
            "only {found_chars} characters of text were found on {page_count} pages: the rest may be pictures of \
             text (run OCR, e.g. ocrmypdf) or in fonts the PDF reader cannot decode; compare with the PDF"
        ));
    }
    let mut meta = crate::model::SourceMeta::default();
    if let Some(info) = info_dictionary(&document) {
        meta.title = info_string(&document, info, b"Title").unwrap_or_default();
        meta.author = info_string(&document, info, b"Author").unwrap_or_default();
    }
    Ok(Extracted { text, meta, notes })
}

/// Fewer characters per page than this, on average, is implausible for an article or report and
/// is pointed out (cover pages and figures bring the average down, so the bar is low).
const MIN_PLAUSIBLE_CHARS_PER_PAGE: usize = 40;

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

/// Inflates every `FlateDecode`-looking stream once, counting the output, and refuses the file if
/// the total passes [`MAX_INFLATED_BYTES`]. `lopdf` inflates without a limit, so a small file of
/// compressed zeros could otherwise fill memory.
fn check_inflated_size(bytes: &[u8], deadline: &Deadline) -> Result<(), Problem> {
    let stream_start = memchr::memmem::Finder::new(b"stream");
    let stream_end = memchr::memmem::Finder::new(b"endstream");
    let mut budget = MAX_INFLATED_BYTES;
    let mut offset = 0;
    while let Some(found) = stream_start.find(&bytes[offset..]) {
        deadline.check()?;
        let keyword_end = offset + found + b"stream".len();
        // "endstream" contains "stream": skip it.
        if found >= 3 && bytes[offset + found - 3..offset + found] == *b"end" {
            offset = keyword_end;
            continue;
        }
        let mut data_start = keyword_end;
        if bytes.get(data_start) == Some(&b'\r') {
            data_start += 1;
        }
        if bytes.get(data_start) == Some(&b'\n') {
            data_start += 1;
        }
        let data_end = stream_end.find(&bytes[data_start..]).map_or(bytes.len(), |end| data_start + end);
        let data = &bytes[data_start..data_end];
        if data.first().is_some_and(|&b| b & 0x0f == 8) {
            let mut decoder = flate2::read::ZlibDecoder::new(data).take(budget + 1);
            let inflated = std::io::copy(&mut decoder, &mut std::io::sink()).unwrap_or(0);
            if inflated > budget {
                return Err(Problem::PdfBomb { limit_bytes: MAX_INFLATED_BYTES });
            }
            budget -= inflated;
        }
        offset = data_end.max(keyword_end);
    }
    Ok(())
}

/// A copy of the file with a new cross-reference table, built by scanning for `N G obj` headers
/// (the last definition of a number wins, as with incremental updates), and a trailer pointing at
/// the last object that declares `/Type /Catalog`. `None` if there is no catalog to point at.
fn rebuild_cross_references(bytes: &[u8], deadline: &Deadline) -> Result<Option<Vec<u8>>, Problem> {
    const MAX_OBJECT_NUMBER: usize = 8_000_000;
    let mut offsets: std::collections::BTreeMap<usize, (usize, u32)> = std::collections::BTreeMap::new();
    let mut catalog: Option<usize> = None;
    let mut last_object: Option<usize> = None;
    let mut catalog_positions = memchr::memmem::find_iter(bytes, b"/Catalog").peekable();
    for (count, keyword) in memchr::memmem::find_iter(bytes, b" obj").enumerate() {
        if count % 4096 == 0 {
            deadline.check()?;
        }
        // Walk back over "NUM GEN" before " obj".
        let digits_before = |end: usize| {
            let start = bytes[..end].iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |p| p + 1);
            (start < end && end - start <= 10).then_some(start)
        };
        let Some(generation_start) = digits_before(keyword) else { continue };
        if generation_start == 0 || bytes[generation_start - 1] != b' ' {
            continue;
        }
        let Some(number_start) = digits_before(generation_start - 1) else { continue };
        if number_start > 0 && !bytes[number_start - 1].is_ascii_whitespace() {
            continue;
        }
        let parse = |range: &[u8]| std::str::from_utf8(range).ok()?.parse::<usize>().ok();
        let (Some(number), Some(generation)) =
            (parse(&bytes[number_start..generation_start - 1]), parse(&bytes[generation_start..keyword]))
        else {
            continue;
        };
        if number == 0 || number > MAX_OBJECT_NUMBER || generation > 65_535 {
            continue;
        }
        // A /Catalog between the previous object header and this one belongs to the previous object.
        while catalog_positions.next_if(|&position| position < number_start).is_some() {
            catalog = last_object.or(catalog);
        }
        offsets.insert(number, (number_start, generation as u32));
        last_object = Some(number);
    }
    if catalog_positions.next().is_some() {
        catalog = last_object.or(catalog);
    }
    let (Some(root), Some(&max_number)) = (catalog, offsets.keys().next_back()) else { return Ok(None) };
    let mut repaired = bytes.to_vec();
    repaired.extend_from_slice(b"\n");
    let table_offset = repaired.len();
    // One subsection per object keeps the table as small as the number of objects found.
    let mut table = String::from("xref\n0 1\n0000000000 65535 f \n");
    for (number, (offset, generation)) in &offsets {
        use std::fmt::Write;
        let _ = write!(table, "{number} 1\n{offset:010} {generation:05} n \n");
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root {root} 0 R >>\nstartxref\n{table_offset}\n%%EOF\n",
        max_number + 1
    ));
    repaired.extend_from_slice(table.as_bytes());
    Ok(Some(repaired))
}

/// The trailer's /Info dictionary.
fn info_dictionary(document: &pdf_extract::Document) -> Option<&pdf_extract::Dictionary> {
    match document.trailer.get(b"Info").ok()? {
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        Object::Dictionary(dictionary) => Some(dictionary),
        _ => None,
    }
}

fn info_string(
    document: &pdf_extract::Document,
    info: &pdf_extract::Dictionary,
    key: &[u8],
) -> Option<String> {
    let object = match info.get(key).ok()? {
        Object::Reference(id) => document.get_object(*id).ok()?,
        other => other,
    };
    let Object::String(bytes, _) = object else { return None };
    let text = decode_text_string(bytes);
    let text = crate::model::text::collapse_whitespace(&text);
    (!text.is_empty()).then_some(text)
}

/// PDF "text strings": UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or
/// PDFDocEncoding, which matches Windows-1252 for the characters titles use.
fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    }
}

/// One line of text as laid out on the page. `y` grows downwards from the top of the page.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    text: String,
    x_start: f64,
    x_end: f64,
    y: f64,
    size: f64,
}

#[derive(Debug, Default)]
struct PageText {
    lines: Vec<Line>,
    height: f64,
}

/// Receives glyphs from `pdf-extract` and groups them into lines.
struct LineCollector {
    pages: Vec<PageText>,
    page_height: f64,
    page_bottom: f64,
    current: Option<Line>,
    chars: usize,
    deadline: Deadline,
    /// Why collection was stopped early (time or size), reported instead of pdf-extract's error.
    stopped: Option<Problem>,
}

impl LineCollector {
    fn new(deadline: Deadline) -> Self {
        Self {
            pages: Vec::new(),
            page_height: 0.0,
            page_bottom: 0.0,
            current: None,
            chars: 0,
            deadline,
            stopped: None,
        }
    }

    fn end_line(&mut self) {
        if let Some(line) = self.current.take()
            && !line.text.trim().is_empty()
            && let Some(page) = self.pages.last_mut()
        {
            page.lines.push(Line { text: line.text.trim().to_owned(), ..line });
        }
    }

    fn finish(mut self) -> Vec<PageText> {
        self.end_line();
        self.pages
    }

    fn stop(&mut self, problem: Problem) -> Result<(), OutputError> {
        self.stopped = Some(problem);
        Err(OutputError::FormatError(std::fmt::Error))
    }
}

impl OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.end_line();
        self.page_height = (media_box.ury - media_box.lly).abs();
        self.page_bottom = media_box.lly;
        self.pages.push(PageText { lines: Vec::new(), height: self.page_height });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.end_line();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        self.chars += 1;
        if self.chars.is_multiple_of(1024)
            && let Err(problem) = self.deadline.check()
        {
            return self.stop(problem);
        }
        if self.chars > MAX_TEXT_CHARS {
            return self.stop(Problem::DamagedPdf(format!(
                "it holds more than {MAX_TEXT_CHARS} characters of text"
            )));
        }
        // The glyph's origin in page space, y measured down from the top of the page.
        let x = trm.m31;
        let y = self.page_height - (trm.m32 - self.page_bottom);
        let scaled_x = font_size * trm.m11 + font_size * trm.m21;
        let scaled_y = font_size * trm.m12 + font_size * trm.m22;
        let size = (scaled_x * scaled_y).abs().sqrt();
        if !(x.is_finite() && y.is_finite() && size.is_finite() && width.is_finite()) {
            return Ok(());
        }
        let size = if size > 0.0 { size } else { 1.0 };
        let advance = x + width * size;
        let same_line =
            self.current.as_ref().is_some_and(|line| (y - line.y).abs() <= line.size.max(size) * 0.5);
        if !same_line {
            self.end_line();
            self.current = Some(Line { text: String::new(), x_start: x, x_end: x, y, size });
        }
        if let Some(line) = self.current.as_mut() {
            let gap = x - line.x_end;
            if !line.text.is_empty() && !line.text.ends_with(' ') && gap > size * 0.15 {
                line.text.push(' ');
            }
            line.text.push_str(char);
            line.x_end = line.x_end.max(advance);
            line.x_start = line.x_start.min(x);
            line.size = line.size.max(size);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Lines with their digits masked, lower-cased, for comparing headers across pages.
fn header_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c.to_ascii_lowercase() })
        .collect()
}

fn is_page_number(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let lower = lower.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '[' | ']' | '(' | ')'));
    let rest = lower.strip_prefix("page").map_or(lower, str::trim_start);
    let mut parts = rest.splitn(2, |c: char| c == '/' || c.is_whitespace());
    let first = parts.next().unwrap_or("");
    let second = parts.next().map(|s| s.trim().trim_start_matches("of").trim_start_matches('/').trim());
    let is_number = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| c.is_ascii_digit());
    let roman = |s: &str| !s.is_empty() && s.len() <= 6 && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    match second {
        None => is_number(first) || roman(first),
        Some(total) => is_number(first) && is_number(total),
    }
}

/// Drops running headers, footers and page numbers (see the module docs).
fn strip_headers_and_footers(pages: Vec<PageText>) -> Vec<PageText> {
    const EDGE_FRACTION: f64 = 0.12;
    const EDGE_LINES: usize = 3;
    let edge_indices = |page: &PageText| -> Vec<usize> {
        let n = page.lines.len();
        (0..n)
            .filter(|&i| {
                let line = &page.lines[i];
                let near_edge = page.height > 0.0
                    && (line.y < page.height * EDGE_FRACTION || line.y > page.height * (1.0 - EDGE_FRACTION));
                near_edge
                    || i < EDGE_LINES.min(n) && page.height <= 0.0
                    || i + EDGE_LINES >= n && page.height <= 0.0
            })
            .collect()
    };
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in &pages {
        let mut keys: Vec<String> =
            edge_indices(page).iter().map(|&i| header_key(&page.lines[i].text)).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let repeated_on = (pages.len() as f64 * 0.5).ceil().max(2.0) as usize;
    pages
        .into_iter()
        .map(|page| {
            let mut at_edge = vec![false; page.lines.len()];
            for i in edge_indices(&page) {
                at_edge[i] = true;
            }
            let lines = page
                .lines
                .iter()
                .enumerate()
                .filter(|(i, line)| {
                    !at_edge[*i]
                        || !(is_page_number(&line.text)
                            || counts.get(&header_key(&line.text)).is_some_and(|&n| n >= repeated_on))
                })
                .map(|(_, line)| line.clone())
                .collect();
            PageText { lines, height: page.height }
        })
        .collect()
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', '。', '！', '？', ')'])
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0xff00..=0xffef)
}

/// Rebuilds paragraphs from the lines of all pages (see the module docs).
fn paragraphs(pages: Vec<PageText>) -> Vec<String> {
    let hyphenated = hyphenated_words(&pages);
    let spacing = typical_line_spacing(&pages);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for page in &pages {
        let left_margin = page.lines.iter().map(|l| l.x_start).fold(f64::INFINITY, f64::min);
        let right_edge = page.lines.iter().map(|l| l.x_end).fold(f64::NEG_INFINITY, f64::max);
        let width = (right_edge - left_margin).max(1.0);
        for (i, line) in page.lines.iter().enumerate() {
            let breaks = match i.checked_sub(1).map(|p| &page.lines[p]) {
                // First line of a page: a paragraph that ran off the previous page continues.
                None => ends_sentence(&current),
                Some(previous) => {
                    let gap = line.y - previous.y;
                    let size = previous.size.max(line.size).max(1.0);
                    let wide_gap = spacing.is_some_and(|ratio| gap > ratio * size * 1.4) || gap > size * 2.0;
                    let size_changed = (line.size - previous.size).abs() > previous.size.max(1.0) * 0.15;
                    let indented = line.x_start > left_margin + line.size.max(1.0) * 1.0
                        && previous.x_start <= left_margin + line.size.max(1.0) * 0.5;
                    let short_end =
                        ends_sentence(&previous.text) && previous.x_end < left_margin + width * 0.85;
                    let moved_up_after_sentence = gap < 0.0 && ends_sentence(&previous.text);
                    wide_gap || size_changed || indented || short_end || moved_up_after_sentence
                }
            };
            if breaks && !current.trim().is_empty() {
                paragraphs.push(std::mem::take(&mut current).trim().to_owned());
            }
            join_line(&mut current, &line.text, &hyphenated);
        }
    }
    if !current.trim().is_empty() {
        paragraphs.push(current.trim().to_owned());
    }
    paragraphs
}

/// The median gap between consecutive lines of the same size, as a multiple of the font size
/// (so that a headline's wider leading is not a paragraph break), when there are enough lines.
fn typical_line_spacing(pages: &[PageText]) -> Option<f64> {
    let mut ratios: Vec<f64> = pages
        .iter()
        .flat_map(|page| page.lines.windows(2))
        .filter(|pair| (pair[0].size - pair[1].size).abs() < 0.5 && pair[0].size > 0.0)
        .map(|pair| (pair[1].y - pair[0].y) / pair[0].size)
        .filter(|ratio| *ratio > 0.0)
        .collect();
    if ratios.len() < 3 {
        return None;
    }
    ratios.sort_by(f64::total_cmp);
    Some(ratios[ratios.len() / 2])
}

/// Words written with a hyphen inside a line somewhere in the document, lower-cased.
fn hyphenated_words(pages: &[PageText]) -> std::collections::HashSet<String> {
    pages
        .iter()
        .flat_map(|page| &page.lines)
        .flat_map(|line| line.text.split_whitespace())
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|word| word.contains('-'))
        .collect()
}

/// Appends a line to a paragraph, repairing end-of-line hyphenation.
fn join_line(paragraph: &mut String, line: &str, hyphenated: &std::collections::HashSet<String>) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    if let Some(before) = paragraph.strip_suffix('\u{ad}') {
        let len = before.len();
        paragraph.truncate(len);
        paragraph.push_str(line);
        return;
    }
    let hyphen = ['-', '\u{2010}'].into_iter().find(|&h| paragraph.ends_with(h));
    if let Some(hyphen) = hyphen {
        let stem = paragraph.strip_suffix(hyphen).unwrap_or(paragraph.as_str());
        let stem_len = stem.len();
        let letter_before = stem.chars().next_back().is_some_and(char::is_alphabetic);
        if letter_before && next_starts_lower {
            let word_before: String = stem
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let word_after: String = line.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
            let compound = format!("{word_before}-{word_after}").to_lowercase();
            if !hyphenated.contains(&compound) {
                paragraph.truncate(stem_len);
            }
        }
        paragraph.push_str(line);
        return;
    }
    let joins_cjk =
        paragraph.chars().next_back().is_some_and(is_cjk) && line.chars().next().is_some_and(is_cjk);
    if !joins_cjk {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f64) -> Line {
        Line { text: text.into(), x_start: 72.0, x_end: 540.0, y, size: 11.0 }
    }

    fn page(lines: Vec<Line>) -> PageText {
        PageText { lines, height: 792.0 }
    }

    #[test]
    fn hyphenation_is_repaired_but_real_hyphens_kept() {
        let empty = Default::default();
        let mut p = String::from("the gov-");
        join_line(&mut p, "ernment said", &empty);
        assert_eq!(p, "the government said");
        let mut p = String::from("port of Ust-");
        join_line(&mut p, "Luga", &empty);
        assert_eq!(p, "port of Ust-Luga");
        let known: std::collections::HashSet<String> = ["short-range".to_string()].into();
        let mut p = String::from("an Iskander short-");
        join_line(&mut p, "range missile", &known);
        assert_eq!(p, "an Iskander short-range missile");
        let mut p = String::from("soft\u{ad}");
        join_line(&mut p, "ware", &empty);
        assert_eq!(p, "software");
        let mut p = String::from("世界");
        join_line(&mut p, "平和", &empty);
        assert_eq!(p, "世界平和");
    }

    #[test]
    fn headers_footers_and_page_numbers_are_dropped() {
        let pages: Vec<PageText> = (1..=3)
            .map(|n| {
                page(vec![
                    line("The Baltic Ledger — 14 March 2026", 40.0),
                    line(&format!("Body text of page {n} which is long enough"), 200.0),
                    line(&format!("Page {n} of 3"), 760.0),
                ])
            })
            .collect();
        let kept = strip_headers_and_footers(pages);
        let texts: Vec<&str> = kept.iter().flat_map(|p| &p.lines).map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Body text of page 1 which is long enough",
                "Body text of page 2 which is long enough",
                "Body text of page 3 which is long enough"
            ]
        );
        assert!(is_page_number("7") && is_page_number("- 7 -") && is_page_number("Page 3 of 12"));
        assert!(is_page_number("12 / 40") && is_page_number("iv"));
        assert!(!is_page_number("2026 was a year") && !is_page_number("Page one"));
    }

    #[test]
    fn paragraphs_break_on_gaps_and_continue_across_pages() {
        let first = page(vec![
            line("Finland and Estonia asked NATO on Friday to step up", 100.0),
            line("patrols in the Baltic Sea after a damaged cable.", 114.0),
            line("Estonian Prime Minister Kadri Saar told reporters that", 142.0),
            line("the damage could not be", 156.0),
        ]);
        let second =
            page(vec![line("explained by bad weather.", 100.0), line("Next paragraph starts here.", 128.0)]);
        let got = paragraphs(vec![first, second]);
        assert_eq!(
            got,
            [
                "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea after a damaged cable.",
                "Estonian Prime Minister Kadri Saar told reporters that the damage could not be explained by bad weather.",
                "Next paragraph starts here."
            ]
        );
    }

    #[test]
    fn text_strings_in_utf16_and_pdfdoc() {
        assert_eq!(decode_text_string(b"\xfe\xff\x00C\x00a\x00f\x00\xe9"), "Café");
        assert_eq!(decode_text_string(b"Caf\xe9"), "Café");
    }

    #[test]
    fn cross_references_are_rebuilt_from_object_headers() {
        let deadline = Deadline::after(std::time::Duration::from_secs(10));
        let pdf: &[u8] =
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages >> \
                          endobj\n99999999 0 obj null endobj\nx1 0 obj\nxref garbage";
        let rebuilt = rebuild_cross_references(pdf, &deadline).unwrap().unwrap();
        let table = String::from_utf8_lossy(&rebuilt[pdf.len()..]).into_owned();
        assert!(table.contains("1 1\n0000000009 00000 n \n2 1\n0000000058 00000 n \n"), "{table}");
        assert!(table.contains("/Size 3 /Root 1 0 R"), "{table}");
        assert!(table.ends_with("%%EOF\n"));
        let without_catalog = rebuild_cross_references(b"%PDF-1.4\n1 0 obj << >> endobj", &deadline).unwrap();
        assert_eq!(without_catalog, None);
    }

    #[test]
    fn a_deflate_bomb_is_refused_before_parsing() {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..(MAX_INFLATED_BYTES / (1024 * 1024) + 1) {
            encoder.write_all(&zeros).unwrap();
        }
        let compressed = encoder.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(&compressed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let deadline = Deadline::after(std::time::Duration::from_secs(60));
        assert_eq!(
            check_inflated_size(&pdf, &deadline),
            Err(Problem::PdfBomb { limit_bytes: MAX_INFLATED_BYTES })
        );
    }
}
