//! Files on disk to clean article text with metadata.
//!
//! An analyst's articles arrive as saved web pages, PDFs, Word files and text in whatever encoding
//! the sender's machine used. This module turns each into an [`Imported`]: normalised text (see
//! [`normalize`]) with paragraphs separated by a blank line, plus the metadata the file carried.
//!
//! The format is decided by the content, not by the file name (see `detect.rs`): a PDF named
//! `.txt` is read as a PDF, a web page saved as `.txt` is read as HTML, and images, archives and
//! programs are refused with what they look like. The name only decides between plain text and
//! Markdown, which look alike.
//!
//! Every entry point survives hostile input: files over [`MAX_FILE_BYTES`] are refused before they
//! are read, each parser runs in a worker thread that catches panics and is abandoned after
//! [`PARSE_TIMEOUT`] (see `guard.rs`), and each format bounds the work it does (decompressed sizes,
//! ZIP entries, PDF pages, HTML nesting). Every error names the file and the problem, and suggests
//! the fix when there is one.
//!
//! The crates behind the formats: `encoding_rs` + `chardetng` (legacy encodings), `html5ever`'s
//! tokenizer (HTML), `pulldown-cmark` (Markdown), `toml` (TOML front matter), `pdf-extract` over
//! `lopdf` (PDF text with positions; `ttf-parser` and `hayro-cmap` for fonts without a ToUnicode
//! map), `zip` + `flate2` + `quick-xml` (DOCX).

mod detect;
mod docx;
mod guard;
mod html;
mod markdown;
mod pdf;
mod text;

use std::path::{Path, PathBuf};

use crate::model::SourceMeta;
use crate::model::text::normalize;

pub use guard::{PARSE_TIMEOUT, WORKER_THREAD};

/// Files larger than this are refused before they are read. News articles, even as PDFs with
/// pictures, are far smaller; the limit keeps a mistaken choice (a video, a disk image) from
/// filling memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The formats Briefsmith reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
}

impl Format {
    /// A short name for messages and notes.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Pdf => "PDF",
            Format::Docx => "Word (.docx)",
        }
    }
}

/// An article read from a file: normalised text plus whatever metadata the file carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub text: String,
    pub meta: SourceMeta,
    pub format: Format,
    /// Things the analyst may want to know (the encoding that was detected, …).
    pub notes: Vec<String>,
}

/// A file that could not be imported. Displays as one line: `"{path}: {problem}"`.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct ImportError {
    pub path: PathBuf,
    pub problem: String,
}

impl ImportError {
    pub fn new(path: impl Into<PathBuf>, problem: impl Into<String>) -> Self {
        Self { path: path.into(), problem: problem.into() }
    }
}

/// What went wrong, before it is tied to a file name. Each message completes the sentence
/// "`<file>`: …" and suggests the fix where there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Problem {
    #[error("is empty")]
    Empty,
    #[error("is {size_bytes} bytes, over the {} MiB limit for articles", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge { size_bytes: u64 },
    #[error("is {what}, not an article{fix}")]
    NotAnArticle { what: &'static str, fix: &'static str },
    #[error("looks like binary data, not text ({why})")]
    Binary { why: &'static str },
    #[error(
        "is not valid UTF-8 at byte {at_byte}: the file looks like UTF-8 but is damaged; re-save it as UTF-8"
    )]
    DamagedUtf8 { at_byte: usize },
    #[error("is UTF-32 text, which Briefsmith does not read; re-save it as UTF-8")]
    Utf32,
    #[error("has no text")]
    NoText,
    #[error("has no article text: the page holds only {0}")]
    NoArticleText(&'static str),
    #[error(
        "has no text layer (it is a scan or images only); run OCR first (e.g. ocrmypdf) and import the result"
    )]
    NoTextLayer,
    #[error(
        "is an encrypted PDF that needs a password; open it with the password, save an unprotected copy and import that"
    )]
    EncryptedPdf,
    #[error(
        "has text in fonts, but none of it could be decoded (fonts without a text mapping, or content the PDF reader does not understand); print it to a new PDF from a viewer, or run OCR (e.g. ocrmypdf), and import the result"
    )]
    UndecodableFonts,
    #[error(
        "could not be read: the PDF reader does not support something in it ({0}); print it to a new PDF from a viewer and import that"
    )]
    PdfUnreadable(String),
    #[error("is a damaged PDF ({0}); open it in a PDF viewer and save or print it to a new PDF")]
    DamagedPdf(String),
    #[error("has compressed streams that inflate to more than {} MiB; refusing it as a possible decompression bomb", limit_bytes / (1024 * 1024))]
    PdfBomb { limit_bytes: u64 },
    #[error("has {pages} pages, over the {limit}-page limit for an article; split out the pages you need")]
    TooManyPages { pages: usize, limit: usize },
    #[error("is a damaged ZIP archive ({0}); if it is a Word document, open it in Word and save it again")]
    DamagedZip(String),
    #[error("{0}")]
    WrongArchive(String),
    #[error(
        "is a Word document without its text part (word/document.xml is missing); the file is damaged, open it in Word and save it again"
    )]
    DocxWithoutDocument,
    #[error("is a damaged Word document ({0}); open it in Word and save it again")]
    DamagedDocx(String),
    #[error("{part} inflates to more than {} MiB; refusing it as a possible zip bomb", limit_bytes / (1024 * 1024))]
    ZipBomb { part: String, limit_bytes: u64 },
    #[error(
        "has {entries} entries in its ZIP archive, over the limit of {limit}; refusing it as a possible zip bomb"
    )]
    TooManyZipEntries { entries: usize, limit: usize },
    #[error("took longer than {} s to read and was abandoned; the file may be damaged or hostile", PARSE_TIMEOUT.as_secs())]
    TimedOut,
    #[error("could not be read: the {0} reader failed on it (the file is probably damaged)")]
    ParserFailed(&'static str),
}

/// What a format's importer found, before normalisation.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// Paragraphs separated by blank lines (structured formats) or the file's own text.
    pub text: String,
    pub meta: SourceMeta,
    pub notes: Vec<String>,
}

/// Reads and imports a file.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| ImportError::new(path, io_problem(&e)))?;
    if meta.is_dir() {
        return Err(ImportError::new(path, "is a folder, not an article file"));
    }
    if !meta.is_file() {
        // A pipe would block the caller forever and a device never ends; neither is an article.
        return Err(ImportError::new(
            path,
            "is not a regular file (a device, pipe or socket), not an article file",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::new(path, Problem::TooLarge { size_bytes: meta.len() }.to_string()));
    }
    let bytes = read_bounded(path).map_err(|e| ImportError::new(path, io_problem(&e)))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    import_owned(bytes, &name).map_err(|problem| ImportError::new(path, problem.to_string()))
}

/// Imports bytes that came from a file called `file_name`.
pub fn import_bytes(bytes: &[u8], file_name: &str) -> Result<Imported, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let problem = Problem::TooLarge { size_bytes: bytes.len() as u64 };
        return Err(ImportError::new(file_name, problem.to_string()));
    }
    import_owned(bytes.to_vec(), file_name)
        .map_err(|problem| ImportError::new(file_name, problem.to_string()))
}

/// Imports text pasted from the clipboard: a copied web page (HTML) or plain text. The source's
/// file name is "clipboard".
pub fn import_pasted(text: &str) -> Result<Imported, ImportError> {
    const NAME: &str = "clipboard";
    let fail = |problem: Problem| ImportError::new(NAME, problem.to_string());
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(Problem::TooLarge { size_bytes: text.len() as u64 }));
    }
    let format = if detect::looks_like_html(text.as_bytes()) { Format::Html } else { Format::Text };
    let owned = text.to_owned();
    let extracted = guard::run_bounded(format.label(), move |deadline| match format {
        Format::Html => html::import_html_text(&owned, deadline),
        _ => Ok(Extracted { text: owned, ..Extracted::default() }),
    })
    .map_err(fail)?;
    finish(extracted, format, NAME).map_err(fail)
}

/// Reads at most one byte past the limit, so that a file that grew after its size was checked
/// (or a device that reports no size) cannot fill memory.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn import_owned(bytes: Vec<u8>, file_name: &str) -> Result<Imported, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge { size_bytes: bytes.len() as u64 });
    }
    let kind = detect::sniff(&bytes, file_name)?;
    let format = kind.format();
    let extracted = guard::run_bounded(format.label(), move |deadline| match kind {
        detect::Kind::Pdf => pdf::import_pdf(&bytes, deadline),
        detect::Kind::Zip => docx::import_docx(&bytes, deadline),
        detect::Kind::Html => html::import_html_bytes(&bytes, deadline),
        detect::Kind::Markdown => {
            let decoded = text::decode(&bytes)?;
            let mut extracted = markdown::import_markdown(&decoded.text, deadline)?;
            extracted.notes.extend(decoded.note);
            Ok(extracted)
        }
        detect::Kind::Text => {
            let decoded = text::decode(&bytes)?;
            Ok(Extracted {
                text: decoded.text,
                notes: decoded.note.into_iter().collect(),
                ..Default::default()
            })
        }
    })?;
    finish(extracted, format, file_name)
}

/// Normalises the text and fills in what every source has.
fn finish(extracted: Extracted, format: Format, file_name: &str) -> Result<Imported, Problem> {
    let text = normalize(&extracted.text);
    if text.is_empty() {
        return Err(Problem::NoText);
    }
    let mut meta = extracted.meta;
    meta.file_name = file_name.to_owned();
    if format == Format::Text {
        headline_meta(&text, &mut meta);
    }
    for field in [&mut meta.title, &mut meta.outlet, &mut meta.author, &mut meta.published, &mut meta.url] {
        *field = crate::model::text::collapse_whitespace(field);
    }
    Ok(Imported { text, meta, format, notes: extracted.notes })
}

/// Plain text carries no metadata, but a news article saved as text usually starts with its
/// headline, then perhaps a credit line ("By Jane Doe, Staff Writer"). Takes the first line as the
/// title when it reads like a headline (short, on its own, not ending a sentence) and the next one
/// as the author when it is a credit line.
fn headline_meta(text: &str, meta: &mut SourceMeta) {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else { return };
    // In a script written without spaces (Chinese, Japanese, Thai) a headline is told by its
    // length in characters instead of words.
    let unspaced = first.chars().any(crate::model::text::is_unspaced_script);
    let headline_length = if unspaced {
        (6..=60).contains(&first.chars().count())
    } else {
        (3..=20).contains(&first.split_whitespace().count())
    };
    // A closing quotation mark ends a sentence only after the sentence's own mark ('… "Go
    // home."'); a headline may end with a quoted word ('Minister calls raid "cowardly"', '防衛省
    // 「強く非難」').
    let before_quote = first.strip_suffix(['"', '”', '」']).map(str::trim_end);
    let ends_sentence = match before_quote {
        Some(inside) => inside.ends_with(['.', ',', '!', '?', '。', '、', '！', '？']),
        None => first.ends_with(['.', ',', ';', ':', '。', '、']),
    };
    if meta.title.is_empty() && headline_length && !ends_sentence {
        meta.title = first.to_owned();
        if meta.author.is_empty()
            && let Some(credit) = second.strip_prefix("By ").or_else(|| second.strip_prefix("by "))
            && credit.split_whitespace().count() <= 12
        {
            let name = credit.split([',', '|']).next().unwrap_or(credit).trim();
            meta.author = name.to_owned();
        }
    }
}

/// A short description of an I/O error without the OS error number.
pub fn io_problem(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_headlines_and_credit_lines_become_metadata() {
        let got = import_bytes(
            b"Baltic states seek NATO help\nBy Marta Kowalczyk, Staff Correspondent\n\nBody text here.",
            "a.txt",
        )
        .unwrap();
        assert_eq!(got.meta.title, "Baltic states seek NATO help");
        assert_eq!(got.meta.author, "Marta Kowalczyk");
        // A first line that is a sentence is not a headline.
        let got = import_bytes(
            b"President Joe Biden met the leaders of South Korea and Japan on Friday.\nMore.",
            "b.txt",
        )
        .unwrap();
        assert_eq!(got.meta.title, "");
        // In Japanese or Chinese the headline is told by its length in characters.
        let got = import_bytes(
            "北朝鮮、弾道ミサイルを発射　防衛省発表\n\n防衛省は2日発表した。".as_bytes(),
            "j.txt",
        )
        .unwrap();
        assert_eq!(got.meta.title, "北朝鮮、弾道ミサイルを発射 防衛省発表");
        let got = import_bytes(
            "防衛省は2日、北朝鮮が弾道ミサイルを発射したと発表した。\n\n続き。".as_bytes(),
            "k.txt",
        )
        .unwrap();
        assert_eq!(got.meta.title, "");
        // A headline may end with a quoted word; a sentence ends inside its quotation marks.
        let got = import_bytes(
            "北朝鮮が弾道ミサイル発射、防衛省「強く非難」\n\n防衛省は3日発表した。".as_bytes(),
            "q.txt",
        )
        .unwrap();
        assert_eq!(got.meta.title, "北朝鮮が弾道ミサイル発射、防衛省「強く非難」");
        let got = import_bytes(b"Minister calls raid \"cowardly\"\n\nBody text here.", "r.txt").unwrap();
        assert_eq!(got.meta.title, "Minister calls raid \"cowardly\"");
        let got = import_bytes(b"He told the crowd: \"Go home.\"\n\nMore.", "s.txt").unwrap();
        assert_eq!(got.meta.title, "");
        // One paragraph only: nothing to call a headline.
        let got = import_bytes(b"Just a few words here", "c.txt").unwrap();
        assert_eq!(got.meta.title, "");
    }

    #[test]
    fn plain_utf8_text_is_normalised() {
        let got = import_bytes("Title 世界\r\n\r\nBody 🙂 café.\r\n".as_bytes(), "a.txt").unwrap();
        assert_eq!(got.text, "Title 世界\n\nBody 🙂 café.");
        assert_eq!(got.format, Format::Text);
        assert_eq!(got.meta.file_name, "a.txt");
        assert!(got.meta.retrieved.is_empty());
        assert!(got.notes.is_empty());
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let err = import_bytes(b"", "empty.txt").unwrap_err();
        assert_eq!(err.to_string(), "empty.txt: is empty");
        let err = import_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "photo.txt").unwrap_err();
        assert_eq!(err.to_string(), "photo.txt: is a PNG image, not an article");
        let err = import_bytes(b"   \n\t\r\n ", "blank.txt").unwrap_err();
        assert_eq!(err.to_string(), "blank.txt: has no text");
    }

    #[test]
    fn a_pdf_named_txt_is_read_as_pdf() {
        let err = import_bytes(b"%PDF-1.4\ngarbage", "report.txt").unwrap_err();
        assert!(err.problem.contains("PDF"), "{err}");
    }

    #[test]
    fn pasted_html_is_sniffed_and_plain_text_kept() {
        let html = import_pasted("<p>First &amp; one.</p><p>Second 世界.</p>").unwrap();
        assert_eq!(html.format, Format::Html);
        assert_eq!(html.text, "First & one.\n\nSecond 世界.");
        assert_eq!(html.meta.file_name, "clipboard");
        let plain = import_pasted("Just text, 5 < 6.\nMore.").unwrap();
        assert_eq!(plain.format, Format::Text);
        assert_eq!(plain.text, "Just text, 5 < 6.\nMore.");
        assert!(import_pasted("  \n ").is_err());
    }

    #[test]
    fn import_file_refuses_folders_and_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let err = import_file(dir.path()).unwrap_err();
        assert!(err.to_string().ends_with("is a folder, not an article file"));
        let err = import_file(&dir.path().join("nope.txt")).unwrap_err();
        assert!(err.to_string().ends_with("nope.txt: no such file"), "{err}");
        #[cfg(unix)]
        {
            let err = import_file(Path::new("/dev/zero")).unwrap_err();
            assert_eq!(
                err.to_string(),
                "/dev/zero: is not a regular file (a device, pipe or socket), not an article file"
            );
        }
    }
}
