//! Long work off the UI thread (importing a file, running suggestions over an article, rendering
//! an export): a worker thread sends its result over a channel; the status bar shows it with a
//! Cancel that drops the result, so the session stays as it was and no file is written. The
//! window keeps drawing meanwhile.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use crate::brief::docx::ReferenceDoc;
use crate::brief::export::{self, DocumentInfo, ExportOptions, Format};
use crate::extract::Suggestions;
use crate::import::{self, ImportError, Imported};
use crate::model::SourceId;

/// The signature of an importer: a file in, an article or an error naming the file out.
type ImportFn = dyn Fn(&Path) -> Result<Imported, ImportError> + Send + Sync;

/// Reads an article file; the app's is [`import::import_file`], tests pass a slow stand-in.
#[derive(Clone)]
pub struct Importer(Arc<ImportFn>);

impl Importer {
    pub fn new(import: impl Fn(&Path) -> Result<Imported, ImportError> + Send + Sync + 'static) -> Self {
        Self(Arc::new(import))
    }

    /// The real importers.
    pub fn files() -> Self {
        Self::new(import::import_file)
    }
}

impl Default for Importer {
    fn default() -> Self {
        Self::files()
    }
}

impl std::fmt::Debug for Importer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Importer")
    }
}

/// What an export needs, taken from the session on the UI thread.
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub markdown: String,
    pub info: DocumentInfo,
    pub format: Format,
    /// Word only: the office's reference document (read by the worker).
    pub reference_doc: Option<PathBuf>,
}

/// The signature of an exporter: a request in, the file's bytes or a message out.
type ExportFn = dyn Fn(&ExportRequest) -> Result<Vec<u8>, String> + Send + Sync;

/// Renders an export; the app's is [`render_export`], tests pass a slow stand-in.
#[derive(Clone)]
pub struct Exporter(Arc<ExportFn>);

impl Exporter {
    pub fn new(export: impl Fn(&ExportRequest) -> Result<Vec<u8>, String> + Send + Sync + 'static) -> Self {
        Self(Arc::new(export))
    }

    /// The real renderers.
    pub fn files() -> Self {
        Self::new(render_export)
    }
}

impl Default for Exporter {
    fn default() -> Self {
        Self::files()
    }
}

impl std::fmt::Debug for Exporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Exporter")
    }
}

/// Reads the reference document, if any, and renders the brief in the requested format.
pub fn render_export(request: &ExportRequest) -> Result<Vec<u8>, String> {
    let mut options = ExportOptions::default();
    if request.format == Format::Docx
        && let Some(reference) = &request.reference_doc
    {
        let doc = ReferenceDoc::load(reference).map_err(|e| {
            format!("{e} (the Word reference document; choose another or clear it in the File menu)")
        })?;
        options.reference_doc = Some(doc);
    }
    export::export(&request.markdown, &request.info, request.format, &options).map_err(|e| e.to_string())
}

/// What an imported article becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterImport {
    /// A new session (File → New from article).
    NewSession,
    /// A new session that opening the file asked for (Open, the recent list).
    OpenArticle,
    AddSource,
    /// A newer version of this source's article (File → Update source…).
    UpdateSource(SourceId),
}

/// What a job brings back.
pub enum JobOutput {
    Imported {
        path: PathBuf,
        then: AfterImport,
        result: Result<Imported, String>,
    },
    Suggested {
        source: SourceId,
        suggestions: Suggestions,
    },
    /// A rendered export, written to `path` by the UI thread when it arrives (so a cancelled
    /// export writes nothing).
    Exported {
        path: PathBuf,
        result: Result<Vec<u8>, String>,
    },
}

pub struct Job {
    /// What it is doing, for the status bar: "Importing report.pdf".
    pub label: String,
    receiver: Receiver<JobOutput>,
    started: Instant,
}

impl Job {
    /// Runs `work` on a worker thread; `repaint` wakes the UI when it is done.
    pub fn spawn(
        label: String,
        work: impl FnOnce() -> JobOutput + Send + 'static,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            // A cancelled job has no receiver any more: its result is dropped on purpose.
            if sender.send(work()).is_ok() {
                repaint();
            }
        });
        Self { label, receiver, started: Instant::now() }
    }

    /// Imports `path` with `importer`.
    pub fn import(
        importer: &Importer,
        path: PathBuf,
        then: AfterImport,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let importer = importer.clone();
        Self::spawn(
            format!("Importing {name}"),
            move || {
                let result = (importer.0)(&path).map_err(|e| e.to_string());
                JobOutput::Imported { path, then, result }
            },
            repaint,
        )
    }

    /// Runs the suggestion engine over `text`.
    pub fn suggest(source: SourceId, text: Arc<str>, repaint: impl Fn() + Send + 'static) -> Self {
        Self::spawn(
            "Finding suggestions".to_owned(),
            move || JobOutput::Suggested { source, suggestions: crate::extract::suggest(&text) },
            repaint,
        )
    }

    /// Renders an export of the brief to be written to `path`.
    pub fn export(
        exporter: &Exporter,
        request: ExportRequest,
        path: PathBuf,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let exporter = exporter.clone();
        Self::spawn(
            format!("Exporting {name}"),
            move || JobOutput::Exported { result: (exporter.0)(&request), path },
            repaint,
        )
    }

    /// The result once the work is done; `Err` if the worker stopped without one (a panic).
    pub fn poll(&self) -> Option<Result<JobOutput, String>> {
        match self.receiver.try_recv() {
            Ok(output) => Some(Ok(output)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(format!("{} stopped unexpectedly", self.label))),
        }
    }

    pub fn elapsed_secs(&self) -> u64 {
        self.started.elapsed().as_secs()
    }
}
