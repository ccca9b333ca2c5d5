//! The desktop app (egui/eframe), the only module that knows egui.
//!
//! The UI reads the session and emits [`Msg`]s while it draws; after the frame's UI pass the app
//! applies them, session changes going through the core's [`Editor`] (one reducer, undo/redo).
//! Transient state (selection, open dialogs, scroll, caches) lives here, never in the session.

pub mod article;
pub mod commands;
mod dialogs;
pub mod files;
mod panels;
pub mod prefs;
pub mod preview;
mod text;
pub mod theme;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Color32, Ui};

use self::article::{ArticleEvent, ArticleInput, ArticleView, SuggestionMark};
use self::commands::Command;
pub use self::dialogs::Dialog;
use self::files::{DialogMode, FileJob, Purpose};
use self::prefs::Prefs;
use crate::brief::{self, Templates};
use crate::extract::Suggestions;
use crate::model::{Action, ByteRange, Editor, Session, SourceId, TagBody, TagId, TagKind};
use crate::workflow::{self, Opened};
use crate::{import, store};

/// The bundled sample article, shown on first start.
pub const SAMPLE_ARTICLE: &str = include_str!("../../assets/sample-article.txt");
/// How often unsaved work is written to the recovery file, at most.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(3);
const PREFS_KEY: &str = "briefsmith.prefs";

/// Opens the desktop app; returns when the window closes.
pub fn run(path: Option<PathBuf>, templates: Option<PathBuf>) -> ExitCode {
    let config = AppConfig {
        open: path,
        templates_dir: templates,
        recovery_dir: store::default_recovery_dir(),
        dialogs: DialogMode::detect(),
    };
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Briefsmith")
        .with_app_id("briefsmith")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 420.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let result = eframe::run_native(
        "Briefsmith",
        options,
        Box::new(move |cc| {
            let prefs = cc.storage.map(saved_prefs).unwrap_or_default();
            Ok(Box::new(BriefsmithApp::new(&cc.egui_ctx, config, prefs)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "briefsmith: error: cannot open the window: {e}. Is a display available (DISPLAY or WAYLAND_DISPLAY)?"
            );
            ExitCode::from(1)
        }
    }
}

/// The preferences eframe's storage holds (what `App::save` wrote last time), or the defaults.
pub fn saved_prefs(storage: &dyn eframe::Storage) -> Prefs {
    eframe::get_value::<Prefs>(storage, PREFS_KEY).unwrap_or_default()
}

/// How the app was started.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// An article or session to open at start.
    pub open: Option<PathBuf>,
    pub templates_dir: Option<PathBuf>,
    /// Where recovery files go; `None` turns autosave off.
    pub recovery_dir: Option<PathBuf>,
    pub dialogs: DialogMode,
}

/// Something the UI asked for during the frame, applied after it.
#[derive(Debug)]
pub enum Msg {
    Apply(Action),
    Command(Command),
    /// Open this file (session or article) after the unsaved-changes check.
    OpenPath(PathBuf),
    NewFromPath(PathBuf),
    AddSourcePath(PathBuf),
    SaveTo(PathBuf),
    ExportTo(PathBuf),
    /// Add pasted text as a source.
    AddPasted(String),
    SelectTag(TagId),
    SelectSource(SourceId),
    /// Tag the article selection with a body (after a dialog or directly).
    TagSelection(TagBody),
    /// Tag the article selection as a mention of an actor.
    TagSelectionActor(crate::model::ActorRef),
    AcceptSuggestion(usize),
    RejectSuggestion(usize),
    AcceptAllOf(TagKind),
    CloseReview,
    Reveal(SourceId, ByteRange),
    Restore(PathBuf),
    DiscardRecovery(PathBuf),
    /// Continue what the unsaved-changes prompt interrupted.
    Continue(Pending),
    /// Continue only if the session is saved now ("Save" in the prompt): a failed save stops it.
    ContinueIfSaved(Pending),
    Notice(Notice),
}

/// What waits for the unsaved-changes prompt.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Open,
    OpenPath(PathBuf),
    NewFromArticle,
    Quit,
}

impl Pending {
    /// What it does, for messages: "quitting", "opening report.pdf".
    pub fn describe(&self) -> String {
        match self {
            Pending::Open => "opening a file".to_owned(),
            Pending::OpenPath(path) => format!(
                "opening {}",
                path.file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
            ),
            Pending::NewFromArticle => "starting a new session".to_owned(),
            Pending::Quit => "quitting".to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    pub at: f64,
}

/// The suggestions under review for one source.
pub struct Review {
    pub source: SourceId,
    pub suggestions: Suggestions,
    /// Change statuses with [`Review::set_status`], which keeps the marks in step.
    pub items: Vec<ReviewItem>,
    pub current: usize,
    /// The dashed marks of the pending items, built when the statuses change rather than every
    /// frame (a megabyte brings tens of thousands of mentions).
    marks: Option<Vec<SuggestionMark>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewItem {
    pub kind: TagKind,
    /// Index into the matching list of `Review::suggestions`.
    pub index: usize,
    pub status: ReviewStatus,
    pub range: ByteRange,
    pub label: String,
    pub why: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    Pending,
    Accepted,
    Rejected,
}

impl Review {
    fn new(source: SourceId, suggestions: Suggestions) -> Self {
        let mut items = Vec::new();
        for (i, a) in suggestions.actors.iter().enumerate() {
            let first =
                a.mentions.first().map_or(ByteRange::empty(0), |m| *m);
            let others: Vec<&str> = a.aliases.iter().map(String::as_str).filter(|x| *x != a.name).collect();
            let label = if others.is_empty() {
                format!("{} ({}, {}×)", a.name, a.kind.label().to_lowercase(), a.mentions.len())
            } else {
                format!(
                    "{} ({}, {}×; also {})",
                    a.name,
                    a.kind.label().to_lowercase(),
                    a.mentions.len(),
                    others.join(", ")
                )
            };
            items.push(ReviewItem {
                kind: TagKind::Actor,
                index: i,
                status: ReviewStatus::Pending,
                range: first,
                label,
                why: a.rule.clone(),
            });
        }
        for (i, q) in suggestions.quotes.iter().enumerate() {
            let label = format!(
                "“{}” — {}",
                dialogs::short(&q.text, 70),
                q.speaker.as_deref().unwrap_or("unattributed")
            );
            items.push(ReviewItem {
                kind: TagKind::Quote,
                index: i,
                status: ReviewStatus::Pending,
                range: ByteRange::between(q.start, q.end),
                label,
                why: q.rule.clone(),
            });
        }
        for (i, t) in suggestions.threats.iter().enumerate() {
            let label = format!(
                "{} · {}: {}",
                t.severity.label(),
                t.category.label(),
                dialogs::short(&t.evidence, 70)
            );
            items.push(ReviewItem {
                kind: TagKind::Threat,
                index: i,
                status: ReviewStatus::Pending,
                range: ByteRange::between(t.start, t.end),
                label,
                why: format!("{} (cue: “{}”)", t.rule, t.cue),
            });
        }
        // Key figures, offered as key points on their sentence (one per sentence).
        let mut sentences = std::collections::HashSet::new();
        for (i, f) in suggestions.figures.iter().enumerate() {
            if !sentences.insert((f.sentence_start, f.sentence_end)) {
                continue;
            }
            items.push(ReviewItem {
                kind: TagKind::KeyPoint,
                index: i,
                status: ReviewStatus::Pending,
                range: ByteRange::between(f.sentence_start, f.sentence_end),
                label: format!("figure “{}”", dialogs::short(&f.text, 50)),
                why: f.rule.clone(),
            });
        }
        items.sort_by_key(|it| (it.range.start(), it.range.end()));
        Self { source, suggestions, items, current: 0, marks: None }
    }

    pub fn pending(&self) -> usize {
        self.items.iter().filter(|i| i.status == ReviewStatus::Pending).count()
    }

    /// Sets item `i`'s status; returns whether it changed.
    pub fn set_status(&mut self, i: usize, status: ReviewStatus) -> bool {
        match self.items.get_mut(i) {
            Some(item) if item.status != status => {
                item.status = status;
                self.marks = None;
                true
            }
            _ => false,
        }
    }

    fn marks(&mut self) -> &[SuggestionMark] {
        if self.marks.is_none() {
            self.marks = Some(self.build_marks());
        }
        self.marks.as_deref().unwrap_or_default()
    }

    fn build_marks(&self) -> Vec<SuggestionMark> {
        let mut marks = Vec::new();
        for (n, item) in self.items.iter().enumerate() {
            if item.status != ReviewStatus::Pending {
                continue;
            }
            if item.kind == TagKind::Actor {
                for m in &self.suggestions.actors[item.index].mentions {
                    marks.push(SuggestionMark {
                        range: *m,
                        kind: TagKind::Actor,
                        index: n,
                    });
                }
            } else if item.kind == TagKind::KeyPoint {
                // The figure itself is marked; accepting it tags its sentence.
                let f = &self.suggestions.figures[item.index];
                marks.push(SuggestionMark {
                    range: ByteRange::between(f.start, f.end),
                    kind: TagKind::KeyPoint,
                    index: n,
                });
            } else {
                marks.push(SuggestionMark { range: item.range, kind: item.kind.clone(), index: n });
            }
        }
        marks
    }
}

struct BriefCache {
    key: Option<(u64, String, usize)>,
    markdown: Result<String, brief::BriefError>,
    /// Counts renders, so that views can tell new Markdown from old.
    version: u64,
}

impl Default for BriefCache {
    fn default() -> Self {
        Self { key: None, markdown: Ok(String::new()), version: 0 }
    }
}

struct Autosave {
    written_state: Option<u64>,
    last: Option<Instant>,
    /// A write in progress on a worker thread.
    job: Option<std::thread::JoinHandle<Result<PathBuf, String>>>,
}

pub struct BriefsmithApp {
    pub editor: Editor,
    /// Where the session is saved; `None` until the first save.
    pub path: Option<PathBuf>,
    pub config: AppConfig,
    pub prefs: Prefs,
    pub templates: Templates,
    templates_revision: usize,
    pub article: ArticleView,
    pub active_source: Option<SourceId>,
    pub selected_tag: Option<TagId>,
    pub selected_actor: Option<crate::model::ActorId>,
    pub tag_filter: String,
    pub review: Option<Review>,
    review_version: u64,
    pub dialog: Option<Dialog>,
    /// What the unsaved-changes prompt was about to do when "Save" had to ask for a file name.
    after_save: Option<Pending>,
    /// The folder of the article a new, never-saved session was made from: where it is saved.
    article_dir: Option<PathBuf>,
    pub notices: Vec<Notice>,
    pending: Vec<Msg>,
    file_job: Option<FileJob>,
    autosave: Autosave,
    brief: BriefCache,
    preview: preview::Preview,
    pub hint: Option<String>,
    title_shown: String,
    close_allowed: bool,
    /// Set when the app asked the window to close (tests read it).
    pub quit_requested: bool,
    custom_colours: HashMap<String, Color32>,
    applied_visuals: Option<bool>,
    panels: panels::PanelState,
}

impl BriefsmithApp {
    /// A new app window's state: opens `config.open`, or the sample article on first start, or
    /// the most recent file; offers to restore unsaved work found in the recovery folder.
    pub fn new(ctx: &egui::Context, config: AppConfig, prefs: Prefs) -> Self {
        // Ctrl+Plus, Ctrl+Minus and Ctrl+0 set the article's text size (kept in the preferences);
        // egui's own zoom on the same keys would change everything else, and not be remembered.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let templates = Templates::load(&brief::templates::user_dirs(config.templates_dir.as_deref()));
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
            tag_filter: String::new(),
            review: None,
            review_version: 0,
            dialog: None,
            after_save: None,
            article_dir: None,
            notices: Vec::new(),
            pending: Vec::new(),
            file_job: None,
            autosave: Autosave { written_state: None, last: None, job: None },
            brief: BriefCache::default(),
            preview: preview::Preview::default(),
            hint: None,
            title_shown: String::new(),
            close_allowed: false,
            quit_requested: false,
            custom_colours: HashMap::new(),
            applied_visuals: None,
            panels: panels::PanelState::default(),
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
        if app.sources().is_empty() {
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

    fn sources(&self) -> &[crate::model::Source] {
        &self.editor.session().sources
    }

    fn set_session(&mut self, editor: Editor, path: Option<PathBuf>) {
        self.editor = editor;
        self.path = path;
        self.article_dir = None;
        self.article.reset();
        self.active_source = self.editor.session().sources.first().map(|s| s.id);
        self.selected_tag = None;
        self.selected_actor = None;
        self.review = None;
        self.brief.key = None;
        self.autosave.written_state = Some(self.editor.state());
        self.hint = None;
        self.refresh_custom_colours();
    }

    fn refresh_custom_colours(&mut self) {
        self.custom_colours = self
            .editor
            .session()
            .custom_kinds
            .iter()
            .filter_map(|k| k.rgb().map(|[r, g, b]| (k.name.clone(), Color32::from_rgb(r, g, b))))
            .collect();
    }

    pub fn notify(&mut self, text: impl Into<String>) {
        self.notices.push(Notice { text: text.into(), error: false, at: now_secs() });
    }

    pub fn notify_error(&mut self, text: impl Into<String>) {
        self.notices.push(Notice { text: text.into(), error: true, at: now_secs() });
    }

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
    // The frame

    /// Draws the whole app into `ui` and applies what the user did. Tests call this directly.
    pub fn ui_root(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_visuals(&ctx);
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_global_shortcuts(&ctx);
        self.poll_file_job(&ctx);

        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        // Errors stay in a bar until dismissed; information shows as a toast above the status bar
        // and fades, so that nothing under the pointer moves when it goes.
        if self.notices.iter().any(|n| n.error) {
            egui::Panel::top("notices").show(ui, |ui| self.notices_ui(ui, true));
        }
        if self.notices.iter().any(|n| !n.error) {
            egui::Area::new(egui::Id::unique("info_notices"))
                .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -36.0))
                .order(egui::Order::Foreground)
                .show(&ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| self.notices_ui(ui, false));
                });
        }
        if self.prefs.show_tags_panel {
            egui::Panel::left("tags_panel")
                .resizable(true)
                .default_size(320.0)
                .min_size(220.0)
                .max_size(560.0)
                .show(ui, |ui| {
                    panels::tags_panel_ui(self, ui);
                });
        }
        if self.prefs.show_brief_panel {
            egui::Panel::right("brief_panel")
                .resizable(true)
                .default_size(440.0)
                .min_size(260.0)
                .max_size(720.0)
                .show(ui, |ui| {
                    panels::brief_panel_ui(self, ui);
                });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.article_area_ui(ui));
        dialogs::dialog_ui(self, &ctx);

        self.process_messages(&ctx);
        self.update_title(&ctx);
        self.autosave_tick();
    }

    fn apply_visuals(&mut self, ctx: &egui::Context) {
        if self.applied_visuals != Some(self.prefs.dark) {
            // An explicit theme, so that the system switching theme cannot override the choice.
            ctx.set_theme(if self.prefs.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.applied_visuals = Some(self.prefs.dark);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_allowed && self.editor.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved { then: Pending::Quit });
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> =
            ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect());
        for path in dropped {
            if workflow::looks_like_session(&path) {
                self.send(Msg::OpenPath(path));
            } else {
                self.send(Msg::AddSourcePath(path));
            }
        }
    }

    fn handle_global_shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.text_edit_focused();
        let fired: Vec<Command> = ctx.input_mut(|i| {
            Command::GLOBAL
                .iter()
                .copied()
                // While a text field has the focus, its own undo and redo win.
                .filter(|c| !(typing && matches!(c, Command::Undo | Command::Redo | Command::RedoAlt)))
                .filter(|c| c.shortcut().is_some_and(|s| i.consume_shortcut(&s)))
                .collect()
        });
        for command in fired {
            self.send(Msg::Command(command));
        }
        // Ctrl+V with nothing focused: the clipboard becomes a new source.
        if !typing && ctx.memory(|m| m.focused().is_none()) {
            let pasted = ctx.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted.filter(|t| !t.trim().is_empty()) {
                self.send(Msg::AddPasted(text));
            }
        }
        // Reviewing suggestions by keyboard, from the article or with nothing focused (a focused
        // button keeps Enter for itself): Enter accepts, Delete rejects the current suggestion,
        // Ctrl+Enter accepts all pending suggestions of its kind.
        let article_id = self.article.widget_id;
        if !typing
            && let Some(review) = &self.review
            && ctx.memory(|m| m.focused().is_none() || m.focused() == article_id)
        {
            let current = review.current;
            let current_kind = review.items.get(current).map(|item| item.kind.clone());
            let (accept_all, accept, reject) = ctx.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Delete),
                )
            });
            if accept_all && let Some(kind) = current_kind {
                self.send(Msg::AcceptAllOf(kind));
            } else if accept {
                self.send(Msg::AcceptSuggestion(current));
            } else if reject {
                self.send(Msg::RejectSuggestion(current));
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for c in [Command::NewFromArticle, Command::Open] {
                    self.command_button(ui, c);
                }
                ui.menu_button("Open recent", |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.send(Msg::OpenPath(path));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                for c in [Command::Save, Command::SaveAs] {
                    self.command_button(ui, c);
                }
                ui.separator();
                for c in [Command::AddSource, Command::PasteSource, Command::ExportBrief, Command::CopyBrief]
                {
                    self.command_button(ui, c);
                }
                ui.separator();
                self.command_button(ui, Command::Quit);
            });
            ui.menu_button("Edit", |ui| {
                let undo =
                    self.editor.undo_label().map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}"));
                let redo =
                    self.editor.redo_label().map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}"));
                let can_undo = self.editor.can_undo();
                let can_redo = self.editor.can_redo();
                if ui
                    .add_enabled(
                        can_undo,
                        egui::Button::new(undo).shortcut_text(Command::Undo.shortcut_text(ui.ctx())),
                    )
                    .clicked()
                {
                    self.send(Msg::Command(Command::Undo));
                    ui.close();
                }
                if ui
                    .add_enabled(
                        can_redo,
                        egui::Button::new(redo).shortcut_text(Command::Redo.shortcut_text(ui.ctx())),
                    )
                    .clicked()
                {
                    self.send(Msg::Command(Command::Redo));
                    ui.close();
                }
                ui.separator();
                self.command_button(ui, Command::Find);
                self.command_button(ui, Command::Suggest);
                ui.checkbox(&mut self.prefs.snap_to_words, "Snap selections to whole words");
            });
            ui.menu_button("View", |ui| {
                ui.checkbox(&mut self.prefs.raw_markdown, Command::TogglePreview.label())
                    .on_hover_text(Command::TogglePreview.tooltip());
                ui.checkbox(&mut self.prefs.dark, Command::ToggleTheme.label())
                    .on_hover_text(Command::ToggleTheme.tooltip());
                ui.checkbox(&mut self.prefs.show_tags_panel, "Tags panel");
                ui.checkbox(&mut self.prefs.show_brief_panel, "Brief panel");
                ui.separator();
                self.command_button(ui, Command::TextBigger);
                self.command_button(ui, Command::TextSmaller);
                self.command_button(ui, Command::TextReset);
            });
            ui.menu_button("Help", |ui| {
                self.command_button(ui, Command::Shortcuts);
                self.command_button(ui, Command::About);
            });
        });
    }

    fn command_button(&mut self, ui: &mut Ui, command: Command) {
        let shortcut = command.shortcut_text(ui.ctx());
        let mut button = egui::Button::new(command.label());
        if !shortcut.is_empty() {
            button = button.shortcut_text(shortcut);
        }
        if ui.add(button).on_hover_text(command.tooltip()).clicked() {
            self.send(Msg::Command(command));
            ui.close();
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let s = self.editor.session();
            let orphans = s.tags.iter().filter(|t| t.is_orphan()).count();
            ui.label(format!(
                "{} source{} · {} tag{} · {} actor{}",
                s.sources.len(),
                plural(s.sources.len()),
                s.tags.len(),
                plural(s.tags.len()),
                s.actors.len(),
                plural(s.actors.len())
            ));
            if orphans > 0 {
                ui.colored_label(
                    theme::THREAT,
                    format!("{orphans} tag{} not found in the text", plural(orphans)),
                );
            }
            ui.separator();
            let saved = match (self.editor.is_dirty(), &self.path) {
                (true, _) => "Not saved yet",
                (false, Some(_)) => "All changes saved",
                (false, None) => "Not saved to a file",
            };
            ui.label(saved);
            if let Some(path) = &self.path {
                ui.label(egui::RichText::new(path.display().to_string()).weak());
            }
        });
    }

    /// The error notices (`errors`) or the information notices, each with a Dismiss button.
    fn notices_ui(&mut self, ui: &mut Ui, errors: bool) {
        let now = now_secs();
        // Information fades after a few seconds; errors stay until dismissed.
        self.notices.retain(|n| n.error || now - n.at < 8.0);
        let mut dismiss = None;
        for (i, notice) in self.notices.iter().enumerate().filter(|(_, n)| n.error == errors) {
            ui.horizontal(|ui| {
                let colour = if notice.error { theme::THREAT } else { ui.visuals().text_color() };
                let prefix = if notice.error { "Error: " } else { "" };
                ui.colored_label(colour, format!("{prefix}{}", notice.text));
                if ui.small_button("Dismiss").on_hover_text("Hide this message").clicked() {
                    dismiss = Some(i);
                }
            });
        }
        if let Some(i) = dismiss {
            self.notices.remove(i);
        }
        if self.notices.iter().any(|n| !n.error) {
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
    }

    fn article_area_ui(&mut self, ui: &mut Ui) {
        // Source tabs.
        let sources: Vec<(SourceId, String, String)> = self
            .sources()
            .iter()
            .map(|s| (s.id, s.label.clone(), dialogs::short(s.display_name(), 40)))
            .collect();
        if sources.is_empty() {
            ui.vertical_centered(|ui| {
                ui.add_space(80.0);
                ui.heading("No article open");
                ui.label("Open an article or a session (Ctrl+O), or drop a file onto this window.");
            });
            return;
        }
        if self.active_source.is_none_or(|id| !sources.iter().any(|(s, _, _)| *s == id)) {
            self.active_source = sources.first().map(|(id, _, _)| *id);
            self.article.reset();
        }
        ui.horizontal_wrapped(|ui| {
            for (id, label, name) in &sources {
                let selected = self.active_source == Some(*id);
                if ui
                    .selectable_label(selected, format!("{label} · {name}"))
                    .on_hover_text("Show this source")
                    .clicked()
                    && !selected
                {
                    self.send(Msg::SelectSource(*id));
                }
            }
        });
        ui.horizontal(|ui| {
            let has_selection = self.article.selected_range().is_some();
            for command in Command::TAGGING {
                let button = egui::Button::new(command.label()).fill(theme::highlight(
                    theme::kind_colour(&tag_kind_of(*command), &self.custom_colours),
                    ui.visuals().dark_mode,
                    false,
                ));
                if ui.add_enabled(has_selection, button).on_hover_text(command.tooltip()).clicked() {
                    self.send(Msg::Command(*command));
                }
            }
            ui.separator();
            if ui.button(Command::Suggest.label()).on_hover_text(Command::Suggest.tooltip()).clicked() {
                self.send(Msg::Command(Command::Suggest));
            }
            if ui.button("Find").on_hover_text(Command::Find.tooltip()).clicked() {
                self.send(Msg::Command(Command::Find));
            }
        });
        if self.article.find.open {
            self.find_bar_ui(ui);
        }
        ui.separator();
        let Some(source_id) = self.active_source else { return };
        let session = self.editor.session();
        let Some(source) = session.source(source_id) else { return };
        let tags: Vec<&crate::model::Tag> = session.tags.iter().filter(|t| t.source == source_id).collect();
        let marks: &[SuggestionMark] = match self.review.as_mut() {
            Some(r) if r.source == source_id => r.marks(),
            _ => &[],
        };
        let input = ArticleInput {
            source,
            tags: &tags,
            suggestions: marks,
            selected_tag: self.selected_tag,
            marks_version: self.editor.state().wrapping_mul(1_000_003).wrapping_add(self.review_version),
            font_size: self.prefs.font_size,
            custom_colours: &self.custom_colours,
            hint: self.hint.as_deref(),
        };
        let events = self.article.ui(ui, &input);
        for event in events {
            match event {
                ArticleEvent::ClickedTag(id) => self.send(Msg::SelectTag(id)),
                ArticleEvent::ClickedSuggestion(i) => {
                    if let Some(r) = self.review.as_mut() {
                        r.current = i;
                    }
                }
                ArticleEvent::Command(c) => self.send(Msg::Command(c)),
            }
        }
    }

    fn find_bar_ui(&mut self, ui: &mut Ui) {
        let Some(source) = self.active_source.and_then(|id| self.editor.session().source(id)).cloned() else {
            return;
        };
        ui.horizontal(|ui| {
            let label = ui.label("Find:");
            let field = egui::TextEdit::singleline(&mut self.article.find.query)
                .desired_width(220.0)
                .hint_text("words in the article");
            let response = ui.add(field).labelled_by(label.id);
            if std::mem::take(&mut self.article.find.focus_field) {
                response.request_focus();
            }
            self.article.find.update(&source);
            let n = self.article.find.matches.len();
            let mut moved = false;
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                if ui.input(|i| i.modifiers.shift) {
                    self.article.find.previous();
                } else {
                    self.article.find.next();
                }
                moved = true;
                response.request_focus();
            }
            if response.changed() && n > 0 {
                moved = true;
            }
            let status = if self.article.find.query.trim().is_empty() {
                String::new()
            } else if n == 0 {
                "no matches".to_owned()
            } else {
                format!("{} of {n}", self.article.find.current + 1)
            };
            ui.label(status);
            if ui
                .add_enabled(n > 0, egui::Button::new("Previous"))
                .on_hover_text("Previous match (Shift+Enter)")
                .clicked()
            {
                self.article.find.previous();
                moved = true;
            }
            if ui.add_enabled(n > 0, egui::Button::new("Next")).on_hover_text("Next match (Enter)").clicked()
            {
                self.article.find.next();
                moved = true;
            }
            if ui.button("Close").on_hover_text("Close the find bar").clicked() {
                self.article.find.open = false;
            }
            if moved && let Some(m) = self.article.find.current_match() {
                self.article.reveal = Some(m);
            }
        });
    }

    // --------------------------------------------------------------------------------------------
    // Applying what the user asked for

    fn process_messages(&mut self, ctx: &egui::Context) {
        // Messages can produce more messages (a prompt's answer, say); bound the chain.
        for _ in 0..8 {
            let messages = std::mem::take(&mut self.pending);
            if messages.is_empty() {
                break;
            }
            for msg in messages {
                self.handle(ctx, msg);
            }
        }
    }

    fn apply(&mut self, action: Action) -> Option<crate::model::Outcome> {
        match self.editor.apply(action) {
            Ok(outcome) => {
                self.after_change();
                Some(outcome)
            }
            Err(e) => {
                self.notify_error(format!("{e}"));
                None
            }
        }
    }

    fn after_change(&mut self) {
        // The first-start hint has done its job once the analyst changes something.
        self.hint = None;
        let session = self.editor.session();
        if self.selected_tag.is_some_and(|t| session.tag(t).is_none()) {
            self.selected_tag = None;
        }
        if self.selected_actor.is_some_and(|a| session.actor(a).is_none()) {
            self.selected_actor = None;
        }
        self.refresh_custom_colours();
    }

    fn handle(&mut self, ctx: &egui::Context, msg: Msg) {
        match msg {
            Msg::Apply(action) => {
                self.apply(action);
            }
            Msg::Command(command) => self.run_command(ctx, command),
            Msg::OpenPath(path) => {
                if self.editor.is_dirty() {
                    self.dialog = Some(Dialog::Unsaved { then: Pending::OpenPath(path) });
                } else {
                    self.open_path_now(&path);
                }
            }
            Msg::NewFromPath(path) => match import::import_file(&path) {
                Ok(article) => match workflow::new_session(vec![article], None) {
                    Ok(session) => {
                        self.start_from_article(session, &path);
                        self.notify(format!("New session from {}", path.display()));
                    }
                    Err(e) => self.notify_error(format!("{}: {e}", path.display())),
                },
                Err(e) => self.notify_error(e.to_string()),
            },
            Msg::AddSourcePath(path) => match import::import_file(&path) {
                Ok(article) => self.add_source(article),
                Err(e) => self.notify_error(e.to_string()),
            },
            Msg::AddPasted(text) => match import::import_pasted(&text) {
                Ok(mut article) => {
                    article.meta.file_name = String::new();
                    if article.meta.title.is_empty() {
                        article.meta.title = first_line_title(&article.text);
                    }
                    self.add_source(article);
                }
                Err(e) => self.notify_error(e.to_string()),
            },
            Msg::SaveTo(path) => self.save_to(&path),
            Msg::ExportTo(path) => self.export_to(&path),
            Msg::SelectTag(id) => self.select_tag(id),
            Msg::SelectSource(id) => {
                self.active_source = Some(id);
                self.article.reset();
            }
            Msg::TagSelection(body) => self.tag_selection(|source, range| Action::AddTag {
                source,
                range,
                body,
                note: String::new(),
            }),
            Msg::TagSelectionActor(actor) => {
                self.tag_selection(|source, range| Action::TagActor { source, range, actor })
            }
            Msg::AcceptSuggestion(i) => self.accept_suggestion(i),
            Msg::RejectSuggestion(i) => {
                if let Some(r) = self.review.as_mut()
                    && r.set_status(i, ReviewStatus::Rejected)
                {
                    self.review_version += 1;
                    self.advance_review();
                }
            }
            Msg::AcceptAllOf(kind) => self.accept_all_of(kind),
            Msg::CloseReview => {
                self.review = None;
                self.review_version += 1;
            }
            Msg::Reveal(source, range) => {
                if self.active_source != Some(source) {
                    self.active_source = Some(source);
                    self.article.reset();
                }
                self.article.reveal = Some(range);
            }
            Msg::Restore(path) => self.restore(&path),
            Msg::DiscardRecovery(path) => {
                let _ = std::fs::remove_file(&path);
            }
            Msg::Continue(pending) => self.continue_pending(ctx, pending),
            Msg::ContinueIfSaved(pending) => {
                if self.editor.is_dirty() {
                    self.notify_error(format!(
                        "the session was not saved, so {} did not go ahead; your work is still open",
                        pending.describe()
                    ));
                } else {
                    self.continue_pending(ctx, pending);
                }
            }
            Msg::Notice(n) => self.notices.push(n),
        }
    }

    fn add_source(&mut self, article: import::Imported) {
        let notes = article.notes.clone();
        let name = if article.meta.title.is_empty() {
            article.meta.file_name.clone()
        } else {
            article.meta.title.clone()
        };
        if let Some(outcome) = self.apply(Action::AddSource { meta: article.meta, text: article.text }) {
            if let Some(id) = outcome.sources.first() {
                self.active_source = Some(*id);
                self.article.reset();
            }
            let mut text = format!("Added source: {name}");
            for note in notes {
                text.push_str(&format!(" ({note})"));
            }
            self.notify(text);
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewFromArticle => self.guard_unsaved(Pending::NewFromArticle, ctx),
            Command::Open => self.guard_unsaved(Pending::Open, ctx),
            Command::Save => match self.path.clone() {
                Some(path) => self.save_to(&path),
                None => self.ask_file(ctx, Purpose::SaveAs),
            },
            Command::SaveAs => self.ask_file(ctx, Purpose::SaveAs),
            Command::AddSource => self.ask_file(ctx, Purpose::AddSource),
            Command::PasteSource => self.dialog = Some(Dialog::Paste { text: String::new() }),
            Command::ExportBrief => self.ask_file(ctx, Purpose::Export),
            Command::CopyBrief => match self.brief_markdown().clone() {
                Ok(md) => {
                    ctx.copy_text(md);
                    self.notify("Copied the brief as Markdown");
                }
                Err(e) => self.notify_error(e.to_string()),
            },
            Command::Quit => self.guard_unsaved(Pending::Quit, ctx),
            Command::Undo => {
                if let Some(label) = self.editor.undo() {
                    self.after_change();
                    self.resync_review();
                    self.notify(format!("Undid {label}"));
                }
            }
            Command::Redo | Command::RedoAlt => {
                if let Some(label) = self.editor.redo() {
                    self.after_change();
                    self.resync_review();
                    self.notify(format!("Redid {label}"));
                }
            }
            Command::Find => {
                self.article.find.open = true;
                self.article.find.focus_field = true;
                if let Some(r) = self.article.selected_range()
                    && let Some(s) = self.active_source.and_then(|id| self.editor.session().source(id))
                {
                    let selected = text::text_in(s.text(), r);
                    if !selected.contains('\n') && selected.len() < 200 {
                        self.article.find.query = selected.to_owned();
                    }
                }
            }
            Command::Suggest => self.suggest(),
            Command::TogglePreview => self.prefs.raw_markdown = !self.prefs.raw_markdown,
            Command::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            Command::TextBigger | Command::TextBiggerAlt => {
                self.prefs.set_font_size(self.prefs.font_size + 2.0)
            }
            Command::TextSmaller => self.prefs.set_font_size(self.prefs.font_size - 2.0),
            Command::TextReset => self.prefs.set_font_size(Prefs::default().font_size),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::About => self.dialog = Some(Dialog::About),
            Command::TagActor | Command::TagThreat | Command::TagQuote | Command::TagKeyPoint => {
                self.start_tagging(command)
            }
        }
    }

    fn guard_unsaved(&mut self, pending: Pending, ctx: &egui::Context) {
        if self.editor.is_dirty() {
            self.dialog = Some(Dialog::Unsaved { then: pending });
        } else {
            self.continue_pending(ctx, pending);
        }
    }

    fn continue_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Open => self.ask_file(ctx, Purpose::Open),
            Pending::OpenPath(path) => self.open_path_now(&path),
            Pending::NewFromArticle => self.ask_file(ctx, Purpose::NewFromArticle),
            Pending::Quit => {
                // The work is saved or knowingly discarded: no recovery needed. An autosave still
                // running would write the file again after it is removed, so wait for it.
                if let Some(job) = self.autosave.job.take() {
                    let _ = job.join();
                }
                if let Some(dir) = &self.config.recovery_dir {
                    store::remove_recovery(dir, self.path.as_deref());
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
    pub fn ask_file(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let default_name = match purpose {
            Purpose::SaveAs => Some(files::session_file_name(&self.file_name_hint())),
            Purpose::Export => Some(files::export_file_name(
                &self.file_name_hint(),
                &self.editor.session().brief.date,
                false,
            )),
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

    fn poll_file_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.file_job else { return };
        let Some(result) = job.poll() else { return };
        let purpose = job.purpose;
        let too_quick = job.closed_too_quickly();
        self.file_job = None;
        match result {
            Some(path) => self.file_chosen(purpose, path),
            // Nobody closes a dialog in a fraction of a second: none could be shown (a D-Bus
            // session without a desktop portal, no zenity). Ask for a path in the app instead.
            None if too_quick => {
                self.config.dialogs = DialogMode::PathField;
                self.ask_file(ctx, purpose);
            }
            None => self.file_cancelled(purpose),
        }
    }

    /// "Save" in the unsaved-changes prompt for a session that has no file yet: ask where, save,
    /// then do what was pending if the save worked.
    pub fn save_then(&mut self, pending: Pending) {
        self.after_save = Some(pending);
        self.send(Msg::Command(Command::SaveAs));
    }

    /// The analyst closed a file dialog without choosing.
    pub fn file_cancelled(&mut self, purpose: Purpose) {
        if purpose == Purpose::SaveAs
            && let Some(pending) = self.after_save.take()
        {
            self.notify(format!("Not saved; {} was cancelled.", pending.describe()));
        }
    }

    /// A file name was chosen for `purpose`.
    pub fn file_chosen(&mut self, purpose: Purpose, path: PathBuf) {
        let msg = match purpose {
            Purpose::Open => Msg::OpenPath(path),
            Purpose::NewFromArticle => Msg::NewFromPath(path),
            Purpose::AddSource => Msg::AddSourcePath(path),
            Purpose::SaveAs => {
                let path = if store::is_session_path(&path) || path.extension().is_some_and(|e| e == "json") {
                    path
                } else {
                    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
                    name.push(store::SESSION_EXTENSION);
                    path.with_file_name(name)
                };
                if let Some(pending) = self.after_save.take() {
                    // "Save" in the unsaved-changes prompt: save, then carry on if that worked.
                    self.send(Msg::SaveTo(path));
                    self.send(Msg::ContinueIfSaved(pending));
                    return;
                }
                Msg::SaveTo(path)
            }
            Purpose::Export => Msg::ExportTo(path),
        };
        // Opening over unsaved work was already confirmed before the dialog.
        match msg {
            Msg::OpenPath(p) => self.open_path_now(&p),
            other => self.send(other),
        }
    }

    /// Opens a session or article now (the unsaved-changes check is the caller's). A file that
    /// fails to load changes nothing: the open session stays, and its path is not replaced.
    pub fn open_path_now(&mut self, path: &Path) {
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

    /// A new, unsaved session made from the article at `path`: saved beside it unless the
    /// analyst says otherwise.
    fn start_from_article(&mut self, session: Session, path: &Path) {
        self.set_session(Editor::new(session), None);
        self.article_dir = path.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_owned);
    }

    fn save_to(&mut self, path: &Path) {
        match store::save(path, self.editor.session()) {
            Ok(()) => {
                if let Some(dir) = &self.config.recovery_dir {
                    store::remove_recovery(dir, self.path.as_deref());
                    store::remove_recovery(dir, Some(path));
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

    fn export_to(&mut self, path: &Path) {
        let markdown = match self.brief_markdown() {
            Ok(md) => md.clone(),
            Err(e) => {
                let e = e.to_string();
                self.notify_error(e);
                return;
            }
        };
        let html =
            path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let bytes = if html {
            brief::to_html(&markdown, &brief::context::build(self.editor.session()).brief.title)
        } else {
            markdown
        };
        match store::write_atomic(path, bytes.as_bytes(), false) {
            Ok(()) => self.notify(format!("Exported the brief to {}", path.display())),
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    fn restore(&mut self, path: &Path) {
        match store::read_recovery(path) {
            Ok(recovery) => {
                let original = recovery.original.clone();
                self.set_session(Editor::new_unsaved(recovery.session), original);
                let _ = std::fs::remove_file(path);
                self.autosave.written_state = None;
                self.notify("Restored your unsaved work. Save it to keep it.");
            }
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    fn select_tag(&mut self, id: TagId) {
        let Some(tag) = self.editor.session().tag(id) else { return };
        self.selected_tag = Some(id);
        self.selected_actor = match tag.body {
            TagBody::Actor { actor } => Some(actor),
            _ => None,
        };
        if !tag.is_orphan() {
            let (source, range) = (tag.source, tag.span.range);
            self.send(Msg::Reveal(source, range));
        }
    }

    /// Starts tagging the article selection: key points at once, other kinds through a dialog.
    fn start_tagging(&mut self, command: Command) {
        let (Some(source), Some(range)) = (self.active_source, self.article.selected_range()) else {
            self.notify("Select some text in the article first.");
            return;
        };
        let Some(text) = self.editor.session().source(source).map(|s| s.shared_text()) else { return };
        let range =
            if self.prefs.snap_to_words { crate::model::span::snap_to_words(&text, range) } else { range };
        if range.is_empty() {
            return;
        }
        self.article.select(range);
        let passage = crate::model::text::collapse_whitespace(text::text_in(&text, range));
        match command {
            Command::TagKeyPoint => self.send(Msg::TagSelection(TagBody::KeyPoint)),
            Command::TagActor => self.dialog = Some(Dialog::tag_actor(self.editor.session(), &passage)),
            Command::TagQuote => self.dialog = Some(Dialog::tag_quote(self.editor.session(), &text, range)),
            Command::TagThreat => self.dialog = Some(Dialog::tag_threat(&passage)),
            _ => {}
        }
    }

    fn tag_selection(&mut self, make: impl FnOnce(SourceId, ByteRange) -> Action) {
        let (Some(source), Some(range)) = (self.active_source, self.article.selected_range()) else {
            self.notify("Select some text in the article first.");
            return;
        };
        let text = self.editor.session().source(source).map(|s| s.shared_text());
        let range = match (&text, self.prefs.snap_to_words) {
            (Some(t), true) => crate::model::span::snap_to_words(t, range),
            _ => range,
        };
        if let Some(outcome) = self.apply(make(source, range))
            && let Some(tag) = outcome.tags.first()
        {
            self.selected_tag = Some(*tag);
            self.selected_actor = match self.editor.session().tag(*tag).map(|t| &t.body) {
                Some(TagBody::Actor { actor }) => Some(*actor),
                _ => None,
            };
            self.article.selection = None;
            self.hint = None;
        }
    }

    fn suggest(&mut self) {
        let Some(source) = self.active_source.and_then(|id| self.editor.session().source(id)) else { return };
        let suggestions = crate::extract::suggest(source.text());
        let review = Review::new(source.id, suggestions);
        let n = review.items.len();
        self.review = Some(review);
        self.review_version += 1;
        self.prefs.show_tags_panel = true;
        if n == 0 {
            self.notify("No suggestions for this article.");
        }
    }

    fn advance_review(&mut self) {
        if let Some(r) = self.review.as_mut()
            && let Some(next) = r.items.iter().position(|i| i.status == ReviewStatus::Pending)
        {
            r.current = next;
            let range = r.items[next].range;
            let source = r.source;
            self.send(Msg::Reveal(source, range));
        }
    }

    fn accept_suggestion(&mut self, i: usize) {
        let Some(review) = &self.review else { return };
        let Some(item) = review.items.get(i).filter(|it| it.status == ReviewStatus::Pending).cloned() else {
            return;
        };
        let session = self.editor.session();
        let actions: Vec<Action> = match item.kind {
            TagKind::Actor => {
                workflow::accept_actor(session, review.source, &review.suggestions.actors[item.index])
            }
            TagKind::Quote => {
                workflow::accept_quote(session, review.source, &review.suggestions.quotes[item.index])
                    .into_iter()
                    .collect()
            }
            TagKind::Threat => {
                workflow::accept_threat(session, review.source, &review.suggestions.threats[item.index])
                    .into_iter()
                    .collect()
            }
            TagKind::KeyPoint => {
                workflow::accept_figure(session, review.source, &review.suggestions.figures[item.index])
                    .into_iter()
                    .collect()
            }
            _ => Vec::new(),
        };
        let label = format!("accept {}", item.kind.label().to_lowercase());
        if actions.is_empty() || self.apply(Action::Batch { label, actions }).is_some() {
            if let Some(r) = self.review.as_mut() {
                r.set_status(i, ReviewStatus::Accepted);
            }
            self.review_version += 1;
            self.advance_review();
        }
    }

    /// After undo or redo: a suggestion whose tags are gone is back for review, and one whose
    /// tags are back counts as accepted. Rejected ones stay rejected.
    fn resync_review(&mut self) {
        let Some(review) = &self.review else { return };
        let session = self.editor.session();
        if session.source(review.source).is_none() {
            self.review = None;
            self.review_version += 1;
            return;
        }
        let statuses: Vec<ReviewStatus> = review
            .items
            .iter()
            .map(|item| {
                if item.status == ReviewStatus::Rejected {
                    return item.status;
                }
                let s = &review.suggestions;
                let untagged = match item.kind {
                    TagKind::Actor => {
                        !workflow::accept_actor(session, review.source, &s.actors[item.index]).is_empty()
                    }
                    TagKind::Quote => {
                        workflow::accept_quote(session, review.source, &s.quotes[item.index]).is_some()
                    }
                    TagKind::Threat => {
                        workflow::accept_threat(session, review.source, &s.threats[item.index]).is_some()
                    }
                    TagKind::KeyPoint => {
                        workflow::accept_figure(session, review.source, &s.figures[item.index]).is_some()
                    }
                    _ => false,
                };
                if untagged { ReviewStatus::Pending } else { ReviewStatus::Accepted }
            })
            .collect();
        if let Some(review) = self.review.as_mut() {
            let mut changed = false;
            for (i, status) in statuses.into_iter().enumerate() {
                changed |= review.set_status(i, status);
            }
            if changed {
                self.review_version += 1;
            }
        }
    }

    fn accept_all_of(&mut self, kind: TagKind) {
        let Some(review) = &self.review else { return };
        let pending: Vec<usize> = review
            .items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.kind == kind && it.status == ReviewStatus::Pending)
            .map(|(n, _)| n)
            .collect();
        if pending.is_empty() {
            return;
        }
        let mut subset = Suggestions::default();
        for &n in &pending {
            let it = &review.items[n];
            match it.kind {
                TagKind::Actor => subset.actors.push(review.suggestions.actors[it.index].clone()),
                TagKind::Quote => subset.quotes.push(review.suggestions.quotes[it.index].clone()),
                TagKind::Threat => subset.threats.push(review.suggestions.threats[it.index].clone()),
                TagKind::KeyPoint => subset.figures.push(review.suggestions.figures[it.index].clone()),
                _ => {}
            }
        }
        let kinds = workflow::AcceptKinds::ALL;
        let batch = match workflow::accept_all(self.editor.session(), review.source, &subset, kinds) {
            Action::Batch { actions, .. } => {
                Action::Batch { label: format!("accept all {}s", kind.label().to_lowercase()), actions }
            }
            other => other,
        };
        if self.apply(batch).is_some()
            && let Some(r) = self.review.as_mut()
        {
            for n in pending {
                r.set_status(n, ReviewStatus::Accepted);
            }
            self.review_version += 1;
        }
    }

    // --------------------------------------------------------------------------------------------
    // Autosave

    fn autosave_tick(&mut self) {
        if let Some(job) = self.autosave.job.take_if(|j| j.is_finished())
            && let Ok(Err(e)) = job.join()
        {
            self.notify_error(format!("autosave failed: {e}"));
        }
        let Some(dir) = self.config.recovery_dir.clone() else { return };
        if self.close_allowed
            || !self.editor.is_dirty()
            || self.autosave.written_state == Some(self.editor.state())
            || self.autosave.job.is_some()
        {
            return;
        }
        let due = self.autosave.last.is_none_or(|t| t.elapsed() >= AUTOSAVE_INTERVAL);
        if !due {
            return;
        }
        let session = self.editor.session().clone();
        let original = self.path.clone();
        self.autosave.written_state = Some(self.editor.state());
        self.autosave.last = Some(Instant::now());
        self.autosave.job = Some(std::thread::spawn(move || {
            store::write_recovery(&dir, original.as_deref(), &session).map_err(|e| e.to_string())
        }));
    }

    /// Waits for an autosave in progress (tests, and before the window closes).
    pub fn finish_autosave(&mut self) {
        if let Some(job) = self.autosave.job.take() {
            let _ = job.join();
        }
    }

    /// Writes the recovery file now if there is unsaved work (tests).
    pub fn autosave_now(&mut self) {
        self.autosave.last = None;
        self.autosave_tick();
        self.finish_autosave();
    }
}

impl eframe::App for BriefsmithApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
        // Keep polling a native dialog and the autosave timer without busy-looping.
        if self.file_job.is_some() || self.autosave.job.is_some() {
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

fn tag_kind_of(command: Command) -> TagKind {
    match command {
        Command::TagActor => TagKind::Actor,
        Command::TagThreat => TagKind::Threat,
        Command::TagQuote => TagKind::Quote,
        _ => TagKind::KeyPoint,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn now_secs() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// A title for pasted text: its first line, shortened.
fn first_line_title(text: &str) -> String {
    dialogs::short(text.lines().next().unwrap_or("Pasted article").trim(), 80)
}
