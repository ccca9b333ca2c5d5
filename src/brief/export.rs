//! Exporting a rendered brief: the file name's extension picks the format (Markdown, HTML, Word),
//! and every format is made from the same Markdown the template rendered.
//!
//! The desktop app and the command line call the same function:
//!
//! ```no_run
//! # fn demo(session: &briefsmith::model::Session, markdown: &str) -> Result<(), Box<dyn std::error::Error>> {
//! use briefsmith::brief::export::{self, DocumentInfo, ExportOptions, Format};
//! let path = std::path::Path::new("brief.docx");
//! let format = Format::from_path(path)?;
//! let bytes = export::export(markdown, &DocumentInfo::of(session), format, &ExportOptions::default())?;
//! briefsmith::store::write_atomic(path, &bytes, false)?;
//! # Ok(()) }
//! ```

use std::path::Path;

use crate::model::{Handling, Session};

use super::docx::{self, ReferenceDoc};

/// What an export is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Docx,
}

/// The extensions [`Format::from_path`] accepts, as shown to the user.
pub const EXTENSIONS: &str = ".md, .markdown or .txt (Markdown), .html or .htm (HTML), .docx (Word)";

impl Format {
    /// The format a file name asks for, by its extension (any case).
    pub fn from_path(path: &Path) -> Result<Format, ExportError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "txt" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "docx" => Ok(Format::Docx),
            _ => Err(ExportError::UnknownExtension { path: path.display().to_string() }),
        }
    }

    /// The format of an export to `output` (standard output when `None`: Markdown, or HTML when
    /// `html` is asked for), checked against the command line's `--html` and `--reference-doc`.
    pub fn for_output(output: Option<&Path>, html: bool, reference_doc: bool) -> Result<Format, ExportError> {
        let format = match output {
            None if html => Format::Html,
            None => Format::Markdown,
            Some(out) => {
                let format = Format::from_path(out)?;
                if html && format != Format::Html {
                    return Err(ExportError::Mismatch(format!(
                        "--html writes HTML, but {} names another format; name the output .html or .htm",
                        out.display()
                    )));
                }
                format
            }
        };
        if reference_doc && format != Format::Docx {
            return Err(ExportError::Mismatch(
                "--reference-doc is for Word output; name the output .docx (-o brief.docx)".into(),
            ));
        }
        Ok(format)
    }

    /// The usual extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// The paper a printed brief is laid out for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// HTML: whatever the print dialog chooses (the margins fit A4 and Letter). Word: A4.
    #[default]
    Auto,
    A4,
    Letter,
}

impl std::str::FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(Paper::Auto),
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" => Ok(Paper::Letter),
            _ => Err(format!("'{s}' is not a paper size; use a4, letter or auto")),
        }
    }
}

/// The brief's details that go into a document's properties and page banners.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentInfo {
    pub title: String,
    /// The analyst: the document's author.
    pub author: String,
    /// The brief's date as the analyst wrote it.
    pub date: String,
    /// The handling marking, printed on every page.
    pub handling: Handling,
}

impl DocumentInfo {
    pub fn of(session: &Session) -> DocumentInfo {
        let brief = &session.brief;
        // The same title the templates see (`brief.title`).
        let title = super::context::display_title(session);
        DocumentInfo {
            title,
            author: brief.analyst.clone(),
            date: brief.date.clone(),
            handling: brief.handling.clone(),
        }
    }
}

/// How to export, beyond the format.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Word only: the office's template, whose styles, page setup, header and footer are used.
    pub reference_doc: Option<ReferenceDoc>,
    pub paper: Paper,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot tell the format from the name; use {EXTENSIONS}")]
    UnknownExtension { path: String },
    /// Options that do not fit the output (a usage error on the command line).
    #[error("{0}")]
    Mismatch(String),
    #[error("{path}: {problem}")]
    Reference { path: String, problem: String },
    #[error("could not write the Word document: {0}")]
    Docx(String),
}

/// Converts the rendered Markdown to the bytes of a file in `format`.
pub fn export(
    markdown: &str,
    info: &DocumentInfo,
    format: Format,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Markdown => Ok(markdown.as_bytes().to_vec()),
        Format::Html => {
            Ok(super::html::document(markdown, &info.title, &info.handling.banner(), options.paper)
                .into_bytes())
        }
        Format::Docx => docx::write(markdown, info, options),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_pick_the_format_in_any_case() {
        for (name, format) in [
            ("a.md", Format::Markdown),
            ("a.MARKDOWN", Format::Markdown),
            ("notes.txt", Format::Markdown),
            ("b.html", Format::Html),
            ("b.Htm", Format::Html),
            ("brief été.docx", Format::Docx),
        ] {
            assert_eq!(Format::from_path(Path::new(name)), Ok(format), "{name}");
        }
        for name in ["brief.pdf", "brief", "brief.doc", "brief.docx.bak"] {
            let err = Format::from_path(Path::new(name)).unwrap_err().to_string();
            assert!(err.starts_with(name) && err.contains(".docx (Word)"), "{err}");
        }
    }

    #[test]
    fn markdown_is_passed_through_and_html_carries_the_banner() {
        let info = DocumentInfo { title: "T".into(), handling: Handling::default(), ..Default::default() };
        let opts = ExportOptions::default();
        assert_eq!(export("# T\n", &info, Format::Markdown, &opts).unwrap(), b"# T\n");
        let html = String::from_utf8(export("# T\n", &info, Format::Html, &opts).unwrap()).unwrap();
        assert!(html.contains("TLP:AMBER"), "{html}");
    }

    #[test]
    fn flags_must_fit_the_output() {
        let path = Some(Path::new("b.docx"));
        assert_eq!(Format::for_output(None, false, false), Ok(Format::Markdown));
        assert_eq!(Format::for_output(None, true, false), Ok(Format::Html));
        assert_eq!(Format::for_output(path, false, true), Ok(Format::Docx));
        assert!(matches!(Format::for_output(path, true, false), Err(ExportError::Mismatch(_))));
        assert!(matches!(Format::for_output(None, false, true), Err(ExportError::Mismatch(_))));
        assert!(matches!(
            Format::for_output(Some(Path::new("b.odt")), false, false),
            Err(ExportError::UnknownExtension { .. })
        ));
    }

    #[test]
    fn paper_sizes_parse() {
        assert_eq!("A4".parse::<Paper>(), Ok(Paper::A4));
        assert_eq!("letter".parse::<Paper>(), Ok(Paper::Letter));
        assert!("legal".parse::<Paper>().unwrap_err().contains("a4, letter or auto"));
    }
}
