//! File flows: the unsaved-changes guard, asking for file names (native dialog or path field),
//! opening, saving, exporting and restoring unsaved work.

use std::path::{Path, PathBuf};

use super::BriefsmithApp;
use super::dialogs::Dialog;
use super::files::{self, DialogMode, FileJob, Purpose};
use super::jobs::{AfterImport, ExportRequest, Job, JobOutput};
use super::msg::{Msg, Pending};
use crate::brief::export;
use crate::model::{Editor, Session};
use crate::workflow::review::Review;
use crate::workflow::{self, Opened};
use crate::{import, store};

impl BriefsmithApp {
    pub(super) fn guard_unsaved(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.editor.is_dirty() {
            self.dialog = Some(Dialog::Unsaved { then: pending });
        } else {
            self.continue_pending(ctx, pending);
        }
    }

    pub(super) fn continue_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Open => self.ask_file(ctx, Purpose::Open),
            Pending::OpenPath(path) => self.open_path(ctx, &path),
            Pending::NewFromArticle => self.ask_file(ctx, Purpose::NewFromArticle),
            Pending::Quit => {
                // The work is saved or knowingly discarded: no recovery needed. An autosave still
                // running would write the file again after it is removed, so wait for it.
                self.finish_autosave();
                if let Some(dir) = self.config.recovery_dir.clone() {
                    self.discard_recovery(&store::recovery_path(&dir, self.path.as_deref()));
                }
                self.close_allowed = true;
                self.quit_requested = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// What to name the session's files after: the brief's title, else the first article's title,
    /// else the first article's file name without its extension.
    fn file_name_hint(&self) -> String {
        let session = self.editor.session();
        if !session.brief.title.trim().is_empty() {
            return session.brief.title.clone();
        }
        let Some(source) = session.sources.first() else { return String::new() };
        if !source.meta.title.trim().is_empty() {
            return source.meta.title.clone();
        }
        Path::new(&source.meta.file_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Asks for a file: a native dialog on a worker thread, or the in-app path field.
    pub(super) fn ask_file(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let default_name = match purpose {
            Purpose::SaveAs => Some(files::session_file_name(&self.file_name_hint())),
            Purpose::Export => Some(files::export_file_name(
                &self.file_name_hint(),
                &self.editor.session().brief.date,
                false,
            )),
            Purpose::ExportWord => Some(
                Path::new(&files::export_file_name(
                    &self.file_name_hint(),
                    &self.editor.session().brief.date,
                    false,
                ))
                .with_extension("docx")
                .display()
                .to_string(),
            ),
            _ => None,
        };
        let start = files::start_dir(self.path.as_deref()).map(|dir| match (&self.path, &self.article_dir) {
            (None, Some(article_dir)) => article_dir.clone(),
            _ => dir,
        });
        match self.config.dialogs {
            DialogMode::Native if self.file_job.is_none() => {
                let ctx = ctx.clone();
                self.file_job =
                    Some(FileJob::spawn(purpose, start, default_name, move || ctx.request_repaint()));
            }
            DialogMode::Native => {}
            DialogMode::PathField => {
                let text = match (&start, default_name) {
                    (Some(dir), Some(name)) => dir.join(name).display().to_string(),
                    (Some(dir), None) => format!("{}/", dir.display()),
                    (None, Some(name)) => name,
                    (None, None) => String::new(),
                };
                self.dialog = Some(Dialog::PathEntry { purpose, text, focus: true });
            }
        }
    }

    pub(super) fn poll_file_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.file_job else { return };
        let Some(result) = job.poll() else { return };
        let purpose = job.purpose;
        let too_quick = job.closed_too_quickly();
        self.file_job = None;
        match result {
            Some(path) => self.send(Msg::FileChosen(purpose, path)),
            // Nobody closes a dialog in a fraction of a second: none could be shown (a D-Bus
            // session without a desktop portal, no zenity). Ask for a path in the app instead.
            None if too_quick => {
                self.config.dialogs = DialogMode::PathField;
                self.ask_file(ctx, purpose);
            }
            None => self.send(Msg::FileCancelled(purpose)),
        }
    }

    /// The analyst closed a file dialog without choosing.
    pub(super) fn file_cancelled(&mut self, purpose: Purpose) {
        if purpose == Purpose::SaveAs
            && let Some(pending) = self.after_save.take()
        {
            self.notify(format!("Not saved; {} was cancelled.", pending.describe()));
        }
    }

    /// A file name was chosen for `purpose`.
    pub(super) fn file_chosen(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            // Opening over unsaved work was already confirmed before the dialog.
            Purpose::Open => self.open_path(ctx, &path),
            Purpose::NewFromArticle => self.start_import(ctx, path, AfterImport::NewSession),
            Purpose::AddSource => self.send(Msg::AddSourcePath(path)),
            Purpose::UpdateSource(source) => self.start_import(ctx, path, AfterImport::UpdateSource(source)),
            Purpose::Export | Purpose::ExportWord => self.export_to(ctx, &path),
            Purpose::ReferenceDoc => {
                self.notify(format!("Word exports use the styles of {}", path.display()));
                self.prefs.reference_doc = Some(path);
            }
            Purpose::SaveAs => {
                let path = if store::is_session_path(&path) || path.extension().is_some_and(|e| e == "json") {
                    path
                } else {
                    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
                    name.push(store::SESSION_EXTENSION);
                    path.with_file_name(name)
                };
                self.save_to(&path);
                if let Some(pending) = self.after_save.take() {
                    // "Save" in the unsaved-changes prompt: carry on if the save worked.
                    self.send(Msg::ContinueIfSaved(pending));
                }
            }
        }
    }

    /// Opens a session or article now (the unsaved-changes check is the caller's). A file that
    /// fails to load changes nothing: the open session stays, and its path is not replaced.
    pub(super) fn open_path_now(&mut self, path: &Path) {
        match workflow::open_path(path) {
            Ok(Opened::Session(loaded)) => {
                let loaded = *loaded;
                self.set_session(Editor::new(loaded.session), Some(path.to_owned()));
                self.prefs.remember(path);
                for w in loaded.warnings {
                    self.notify(format!("{}: {w}", path.display()));
                }
            }
            Ok(Opened::Article(article)) => match workflow::new_session(vec![*article], None) {
                Ok(session) => {
                    self.start_from_article(session, path);
                    self.prefs.remember(path);
                }
                Err(e) => self.notify_error(format!("{}: {e}", path.display())),
            },
            Err(e) => {
                self.notify_error(format!("{e:#}"));
                if !path.exists() {
                    self.prefs.forget(path);
                }
            }
        }
    }

    /// Opens a session at once, or imports an article on a worker thread.
    pub(super) fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        if workflow::looks_like_session(path) {
            self.open_path_now(path);
        } else {
            self.start_import(ctx, path.to_owned(), AfterImport::OpenArticle);
        }
    }

    /// Imports an article on a worker thread; [`BriefsmithApp::poll_job`] takes the result.
    pub(super) fn start_import(&mut self, ctx: &egui::Context, path: PathBuf, then: AfterImport) {
        if let Some(job) = &self.job {
            let busy = format!("{} is still running; wait for it or cancel it.", job.label);
            self.notify(busy);
            return;
        }
        let ctx = ctx.clone();
        self.job = Some(Job::import(&self.config.importer, path, then, move || ctx.request_repaint()));
    }

    /// Takes the result of a finished job. A cancelled job is gone: its result never arrives.
    pub(super) fn poll_job(&mut self) {
        let Some(result) = self.job.as_ref().and_then(Job::poll) else { return };
        self.job = None;
        match result {
            Ok(JobOutput::Imported { path, then, result: Ok(article) }) => {
                self.imported(&path, then, article)
            }
            Ok(JobOutput::Imported { path, then, result: Err(e) }) => {
                self.notify_error(e);
                if then == AfterImport::OpenArticle && !path.exists() {
                    self.prefs.forget(&path);
                }
            }
            Ok(JobOutput::Suggested { source, suggestions }) => {
                if self.editor.session().source(source).is_some() {
                    self.open_review(Review::new(source, suggestions));
                }
            }
            Ok(JobOutput::Exported { path, result: Ok(bytes) }) => self.exported(&path, &bytes),
            Ok(JobOutput::Exported { path: _, result: Err(e) }) => self.notify_error(e),
            Err(e) => self.notify_error(e),
        }
    }

    fn imported(&mut self, path: &Path, then: AfterImport, article: import::Imported) {
        if let AfterImport::UpdateSource(source) = then {
            self.finish_update(source, path, article);
            return;
        }
        if then == AfterImport::AddSource {
            self.add_source(article);
            return;
        }
        match workflow::new_session(vec![article], None) {
            Ok(session) => {
                self.start_from_article(session, path);
                if then == AfterImport::OpenArticle {
                    self.prefs.remember(path);
                } else {
                    self.notify(format!("New session from {}", path.display()));
                }
            }
            Err(e) => self.notify_error(format!("{}: {e}", path.display())),
        }
    }

    /// A new, unsaved session made from the article at `path`: saved beside it unless the
    /// analyst says otherwise.
    fn start_from_article(&mut self, session: Session, path: &Path) {
        self.set_session(Editor::new(session), None);
        self.article_dir = path.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_owned);
    }

    pub(super) fn save_to(&mut self, path: &Path) {
        match store::save(path, self.editor.session()) {
            Ok(()) => {
                if let Some(dir) = self.config.recovery_dir.clone() {
                    self.discard_recovery(&store::recovery_path(&dir, self.path.as_deref()));
                    self.discard_recovery(&store::recovery_path(&dir, Some(path)));
                }
                self.editor.mark_saved();
                self.path = Some(path.to_owned());
                self.prefs.remember(path);
                self.autosave.written_state = Some(self.editor.state());
                self.notify(format!("Saved {}", path.display()));
            }
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    /// Renders the brief for `path` on a worker thread; [`BriefsmithApp::poll_job`] writes it.
    /// The format comes from the name: .md/.txt, .html/.htm or .docx.
    pub(super) fn export_to(&mut self, ctx: &egui::Context, path: &Path) {
        if let Some(job) = &self.job {
            let busy = format!("{} is still running; wait for it or cancel it.", job.label);
            return self.notify(busy);
        }
        let markdown = match self.brief_markdown() {
            Ok(md) => md.clone(),
            Err(e) => {
                let e = e.to_string();
                return self.notify_error(e);
            }
        };
        let format = match export::Format::from_path(path) {
            Ok(format) => format,
            Err(e) => return self.notify_error(e.to_string()),
        };
        let request = ExportRequest {
            markdown,
            info: export::DocumentInfo::of(self.editor.session()),
            format,
            reference_doc: self.prefs.reference_doc.clone(),
        };
        let ctx = ctx.clone();
        self.job =
            Some(Job::export(&self.config.exporter, request, path.to_owned(), move || ctx.request_repaint()));
    }

    /// Writes a rendered export that arrived from the worker.
    fn exported(&mut self, path: &Path, bytes: &[u8]) {
        match store::write_atomic(path, bytes, false) {
            Ok(()) => self.notify(format!("Exported the brief to {}", path.display())),
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    pub(super) fn restore(&mut self, path: &Path) {
        match store::read_recovery(path) {
            Ok(recovery) => {
                let original = recovery.original.clone();
                self.set_session(Editor::new_unsaved(recovery.session), original);
                self.autosave.written_state = None;
                self.notify("Restored your unsaved work. Save it to keep it.");
                self.discard_recovery(path);
            }
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    /// Deletes a recovery file; says so if it cannot, since the restore prompt would otherwise
    /// come back at every start.
    pub(super) fn discard_recovery(&mut self, path: &Path) {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => self.notify_error(format!(
                "cannot delete the recovery file {}: {e}; delete it by hand, or Briefsmith will offer it \
                 again at the next start",
                path.display()
            )),
        }
    }
}
