//! Files on disk to clean article text with metadata.
//!
//! Every error names the file and the problem.

use std::path::{Path, PathBuf};

use crate::model::SourceMeta;
use crate::model::text::normalize;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The formats Briefsmith reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
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

/// Reads and imports a file.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| ImportError::new(path, io_problem(&e)))?;
    if meta.is_dir() {
        return Err(ImportError::new(path, "is a folder, not an article file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::new(
            path,
            format!(
                "is {} bytes, over the {} MiB limit for articles",
                meta.len(),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| ImportError::new(path, io_problem(&e)))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    import_bytes(&bytes, &name).map_err(|e| ImportError::new(path, e.problem))
}

/// Imports bytes that came from a file called `file_name`.
pub fn import_bytes(bytes: &[u8], file_name: &str) -> Result<Imported, ImportError> {
    let fail = |problem: String| ImportError::new(file_name, problem);
    if bytes.is_empty() {
        return Err(fail("is empty".into()));
    }
    if bytes.starts_with(b"\x89PNG") {
        return Err(fail("is a PNG image, not an article".into()));
    }
    let raw = std::str::from_utf8(bytes)
        .map_err(|e| fail(format!("is not valid UTF-8 (at byte {})", e.valid_up_to())))?;
    if raw.contains('\0') {
        return Err(fail("looks like binary data, not text".into()));
    }
    let text = normalize(raw);
    if text.is_empty() {
        return Err(fail("has no text".into()));
    }
    let format = if file_name.ends_with(".md") { Format::Markdown } else { Format::Text };
    let meta = SourceMeta { file_name: file_name.to_owned(), ..SourceMeta::default() };
    Ok(Imported { text, meta, format, notes: Vec::new() })
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
