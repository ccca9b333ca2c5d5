//! The app's state and its life cycle: start-up, getters, the brief cache, and eframe's hooks.
//! Drawing lives in `shell.rs`, applying messages in `handle.rs`, file flows in `file_flows.rs`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Color32, Ui};

use super::article::{ArticleView, SuggestionMark};
use super::autosave::{AUTOSAVE_INTERVAL, Autosave, Clock};
use super::dialogs::Dialog;
use super::files::{DialogMode, FileJob};
use super::jobs::{Exporter, Importer, Job};
use super::msg::{Msg, Notice, Pending};
use super::panels::PanelState;
use super::prefs::Prefs;
use super::preview::Preview;
use super::{PREFS_KEY, SAMPLE_ARTICLE};
use crate::brief::{self, Templates};
use crate::model::{ActorId, Editor, Session, SourceId, TagId};
use crate::workflow::review::Review;
use crate::{import, store, workflow};

/// How the app was started.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// An article or session to open at start.
    pub open: Option<PathBuf>,
    pub templates_dir: Option<PathBuf>,
    /// Where recovery files go; `None` turns autosave off.
    pub recovery_dir: Option<PathBuf>,
    pub dialogs: DialogMode,
    /// The time autosave goes by (a manual clock in tests).
    pub clock: Clock,
    /// Reads article files (a slow stand-in in tests).
    pub importer: Importer,
    /// Renders exports (a slow stand-in in tests).
    pub exporter: Exporter,
}

impl AppConfig {
    /// No file to open, the default folders, native dialogs where they work.
    pub fn new(open: Option<PathBuf>, templates_dir: Option<PathBuf>) -> Self {
        Self {
            open,
            templates_dir,
            recovery_dir: store::default_recovery_dir(),
            dialogs: DialogMode::detect(),
            clock: Clock::system(),
            importer: Importer::files(),
            exporter: Exporter::files(),
        }
    }
}

pub(super) struct BriefCache {
    key: Option<(u64, String, usize)>,
    pub markdown: Result<String, brief::BriefError>,
    /// Counts renders, so that views can tell new Markdown from old.
    pub version: u64,
}

impl Default for BriefCache {
    fn default() -> Self {
        Self { key: None, markdown: Ok(String::new()), version: 0 }
    }
}

/// The dashed marks of the pending suggestions, rebuilt only when the review changes (a megabyte
/// brings tens of thousands of mentions).
#[derive(Default)]
pub(super) struct MarksCache {
    key: Option<(u64, u64)>,
    pub marks: Vec<SuggestionMark>,
}

pub struct BriefsmithApp {
    pub(super) editor: Editor,
    /// Where the session is saved; `None` until the first save.
    pub(super) path: Option<PathBuf>,
    pub(super) config: AppConfig,
    pub(super) prefs: Prefs,
    pub(super) templates: Templates,
    pub(super) templates_revision: usize,
    pub(super) article: ArticleView,
    pub(super) active_source: Option<SourceId>,
    pub(super) selected_tag: Option<TagId>,
    pub(super) selected_actor: Option<ActorId>,
    pub(super) review: Option<Review>,
    /// Counts reviews opened and closed (a new review starts its own revisions at 0).
    pub(super) review_generation: u64,
    pub(super) marks: MarksCache,
    pub(super) dialog: Option<Dialog>,
    /// What the unsaved-changes prompt was about to do when "Save" had to ask for a file name.
    pub(super) after_save: Option<Pending>,
    /// The folder of the article a new, never-saved session was made from: where it is saved.
    pub(super) article_dir: Option<PathBuf>,
    pub(super) notices: Vec<Notice>,
    pub(super) pending: Vec<Msg>,
    pub(super) file_job: Option<FileJob>,
    /// Long work on a worker thread (an import, suggestions).
    pub(super) job: Option<Job>,
    pub(super) autosave: Autosave,
    pub(super) brief: BriefCache,
    pub(super) preview: Preview,
    pub(super) hint: Option<String>,
    pub(super) title_shown: String,
    pub(super) close_allowed: bool,
    pub(super) quit_requested: bool,
    pub(super) custom_colours: HashMap<String, Color32>,
    pub(super) applied_visuals: Option<bool>,
    pub(super) panels: PanelState,
}

impl BriefsmithApp {
    /// A new app window's state: opens `config.open`, or the sample article on first start, or
    /// the most recent file; offers to restore unsaved work found in the recovery folder.
    pub fn new(ctx: &egui::Context, config: AppConfig, prefs: Prefs) -> Self {
        // Ctrl+Plus, Ctrl+Minus and Ctrl+0 set the article's text size (kept in the preferences);
        // egui's own zoom on the same keys would change everything else, and not be remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let templates = Templates::load(&brief::templates::user_dirs(config.templates_dir.as_deref()));
        let autosave = Autosave::new(config.clock.clone());
        let mut app = Self {
            editor: Editor::new(Session::new()),
            path: None,
            config,
            prefs,
            templates,
            templates_revision: 0,
            article: ArticleView::default(),
            active_source: None,
            selected_tag: None,
            selected_actor: None,
            review: None,
            review_generation: 0,
            marks: MarksCache::default(),
            dialog: None,
            after_save: None,
            article_dir: None,
            notices: Vec::new(),
            pending: Vec::new(),
            file_job: None,
            job: None,
            autosave,
            brief: BriefCache::default(),
            preview: Preview::default(),
            hint: None,
            title_shown: String::new(),
            close_allowed: false,
            quit_requested: false,
            custom_colours: HashMap::new(),
            applied_visuals: None,
            panels: PanelState::default(),
        };
        for problem in app.templates.problems.clone() {
            app.notify_error(problem.to_string());
        }
        let start =
            app.config.open.clone().or_else(|| app.prefs.recent.first().filter(|p| p.exists()).cloned());
        match start {
            Some(path) => app.open_path_now(&path),
            None => app.open_sample(),
        }
        if app.editor.session().sources.is_empty() {
            app.open_sample();
        }
        if let Some(dir) = app.config.recovery_dir.clone()
            && let Some(found) = store::list_recoveries(&dir).into_iter().next()
        {
            app.dialog = Some(Dialog::recovery(&found));
        }
        app
    }

    /// A fresh session on the bundled sample article, with a hint on how to tag. Like any session
    /// made from an article, it counts as unchanged until the first edit: the article itself is
    /// on disk, so quitting before tagging loses nothing.
    pub fn open_sample(&mut self) {
        let imported =
            import::import_bytes(SAMPLE_ARTICLE.as_bytes(), "sample-article.txt").map(|mut article| {
                article.meta.outlet = "Briefsmith sample".into();
                article
            });
        match imported
            .map_err(|e| e.to_string())
            .and_then(|a| workflow::new_session(vec![a], None).map_err(|e| e.to_string()))
        {
            Ok(session) => {
                self.set_session(Editor::new(session), None);
                self.hint = Some("Select text, then press A (actor), T (threat), Q (quote) or K (key point). Or click Suggest.".into());
            }
            Err(e) => self.notify_error(format!("cannot open the sample article: {e}")),
        }
    }

    /// Shows `session` as a new, unsaved session (benchmarks and tests load large ones this way).
    pub fn open_session(&mut self, session: Session) {
        self.set_session(Editor::new(session), None);
    }

    pub(super) fn set_session(&mut self, editor: Editor, path: Option<PathBuf>) {
        self.editor = editor;
        self.path = path;
        self.article_dir = None;
        self.article.reset();
        self.active_source = self.editor.session().sources.first().map(|s| s.id);
        self.selected_tag = None;
        self.selected_actor = None;
        self.set_review(None);
        // The version counts on, so that the preview, which keeps its last render by version, never
        // takes the new session's first brief for the old one's (a restored session had shown the
        // empty brief it replaced).
        self.brief = BriefCache { version: self.brief.version, ..BriefCache::default() };
        self.panels.forget_session();
        self.autosave.written_state = Some(self.editor.state());
        self.hint = None;
        self.refresh_custom_colours();
    }

    pub(super) fn set_review(&mut self, review: Option<Review>) {
        self.review = review;
        self.review_generation += 1;
    }

    pub(super) fn refresh_custom_colours(&mut self) {
        self.custom_colours = self
            .editor
            .session()
            .custom_kinds
            .iter()
            .filter_map(|k| k.rgb().map(|[r, g, b]| (k.name.clone(), Color32::from_rgb(r, g, b))))
            .collect();
    }

    /// Rebuilds the suggestion marks when the review changed.
    pub(super) fn refresh_marks(&mut self) {
        let key = (self.review_generation, self.review.as_ref().map_or(0, Review::revision));
        if self.marks.key == Some(key) {
            return;
        }
        self.marks.key = Some(key);
        self.marks.marks = self.review.as_ref().map_or_else(Vec::new, |r| {
            r.marks()
                .into_iter()
                .map(|(range, kind, index)| SuggestionMark { range, kind: kind.tag_kind(), index })
                .collect()
        });
    }

    /// Changes whenever the tags or the suggestion marks change.
    pub(super) fn marks_version(&self) -> u64 {
        let (generation, revision) = self.marks.key.unwrap_or_default();
        self.editor
            .state()
            .wrapping_mul(1_000_003)
            .wrapping_add(generation.wrapping_mul(7_919))
            .wrapping_add(revision)
    }

    pub fn notify(&mut self, text: impl Into<String>) {
        self.notices.push(Notice { text: text.into(), error: false, at: now_secs() });
    }

    pub fn notify_error(&mut self, text: impl Into<String>) {
        self.notices.push(Notice { text: text.into(), error: true, at: now_secs() });
    }

    /// Queues a message, applied after the next frame's UI pass (tests and benchmarks drive the
    /// app this way too).
    pub fn send(&mut self, msg: Msg) {
        self.pending.push(msg);
    }

    /// The window title: file name, an unsaved marker, the app name.
    pub fn window_title(&self) -> String {
        let name = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "Untitled".to_owned(), |n| n.to_string_lossy().into_owned());
        let dirty = if self.editor.is_dirty() { "● " } else { "" };
        format!("{dirty}{name} — Briefsmith")
    }

    /// The brief's Markdown for the session and template, rendered once per change.
    pub fn brief_markdown(&mut self) -> &Result<String, brief::BriefError> {
        let key = (self.editor.state(), self.editor.session().template.clone(), self.templates_revision);
        if self.brief.key.as_ref() != Some(&key) {
            let session = self.editor.session();
            self.brief.markdown =
                self.templates.resolve(&session.template).and_then(|t| brief::render(session, &t));
            self.brief.key = Some(key);
            self.brief.version += 1;
        }
        &self.brief.markdown
    }

    // --------------------------------------------------------------------------------------------
    // Read-only views of the state, for tests and benchmarks.

    pub fn session(&self) -> &Session {
        self.editor.session()
    }

    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    pub fn article(&self) -> &ArticleView {
        &self.article
    }

    /// The article view, to select or reveal a passage directly (tests and benchmarks).
    pub fn article_mut(&mut self) -> &mut ArticleView {
        &mut self.article
    }

    pub fn active_source(&self) -> Option<SourceId> {
        self.active_source
    }

    pub fn selected_tag(&self) -> Option<TagId> {
        self.selected_tag
    }

    pub fn selected_actor(&self) -> Option<ActorId> {
        self.selected_actor
    }

    pub fn review(&self) -> Option<&Review> {
        self.review.as_ref()
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    pub fn tag_filter(&self) -> &str {
        self.panels.tag_filter()
    }

    /// Whether an import or a suggestion run is in progress on a worker thread.
    pub fn job_running(&self) -> bool {
        self.job.is_some()
    }

    /// Set when the app asked the window to close.
    pub fn quit_requested(&self) -> bool {
        self.quit_requested
    }

    // --------------------------------------------------------------------------------------------
    // Autosave

    pub(super) fn autosave_tick(&mut self) {
        if let Some(e) = self.autosave.poll() {
            self.notify_error(format!("autosave failed: {e}"));
        }
        let Some(dir) = self.config.recovery_dir.clone() else { return };
        let state = self.editor.state();
        if self.close_allowed || !self.editor.is_dirty() || !self.autosave.due(state) {
            return;
        }
        self.autosave.start(dir, self.path.clone(), self.editor.session().clone(), state);
    }

    /// Waits for an autosave in progress (tests, and before the window closes).
    pub fn finish_autosave(&mut self) {
        if let Some(e) = self.autosave.finish() {
            self.notify_error(format!("autosave failed: {e}"));
        }
    }

    /// Writes the recovery file now if there is unsaved work (tests).
    pub fn autosave_now(&mut self) {
        self.autosave.forget_last();
        self.autosave_tick();
        self.finish_autosave();
    }
}

impl eframe::App for BriefsmithApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
        // Keep polling a native dialog, a background job and the autosave timer without
        // busy-looping.
        if self.file_job.is_some() || self.autosave.running() || self.job.is_some() {
            ui.ctx().request_repaint_after(Duration::from_millis(100));
        } else if self.editor.is_dirty() && self.autosave.written_state != Some(self.editor.state()) {
            ui.ctx().request_repaint_after(AUTOSAVE_INTERVAL);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.finish_autosave();
    }
}

pub(super) fn now_secs() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}
