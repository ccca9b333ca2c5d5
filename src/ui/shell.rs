//! Drawing the frame: input handled before drawing (shortcuts, dropped files, the close
//! button), then the menu bar, status bar, notices, side panels, the article and the open dialog,
//! all from a read-only [`FrameCtx`]. What they ask for is applied after the UI pass.

use std::path::PathBuf;
use std::time::Duration;

use egui::Ui;

use super::article::{ArticleEvent, ArticleInput, ArticleView, SuggestionMark};
use super::commands::Command;
use super::context::{FrameCtx, FrameState};
use super::dialogs::{self, Dialog, short};
use super::msg::{Msg, Notice, Pending};
use super::{BriefsmithApp, panels, plural, theme};
use crate::model::{SourceId, TagKind};
use crate::workflow;

impl BriefsmithApp {
    /// Draws the whole app into `ui` and applies what the user did. Tests call this directly.
    pub fn ui_root(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.before_frame(&ctx);
        self.draw(ui, &ctx);
        self.process_messages(&ctx);
        self.update_title(&ctx);
        self.autosave_tick();
    }

    /// Input that is not a widget's, and the caches the frame reads.
    fn before_frame(&mut self, ctx: &egui::Context) {
        if self.applied_visuals != Some(self.prefs.dark) {
            // An explicit theme, so that the system switching theme cannot override the choice.
            ctx.set_theme(if self.prefs.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.applied_visuals = Some(self.prefs.dark);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_allowed && self.editor.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved { then: Pending::Quit });
        }
        self.handle_dropped_files(ctx);
        self.handle_shortcuts(ctx);
        self.poll_file_job(ctx);
        self.poll_job();
        // Information fades after a few seconds; errors stay until dismissed.
        let now = super::app::now_secs();
        self.notices.retain(|n| n.error || now - n.at < 8.0);
        let sources = &self.editor.session().sources;
        if self.active_source.is_none_or(|id| !sources.iter().any(|s| s.id == id)) {
            self.active_source = sources.first().map(|s| s.id);
            self.article.reset();
        }
        self.refresh_marks();
        self.brief_markdown();
    }

    fn draw(&mut self, ui: &mut Ui, ctx: &egui::Context) {
        let marks_version = self.marks_version();
        let check_counts = self.panels.refresh_check(self.editor.session(), self.editor.state());
        let Self {
            editor,
            path,
            prefs,
            templates,
            article,
            active_source,
            selected_tag,
            selected_actor,
            review,
            marks,
            dialog,
            notices,
            pending,
            brief,
            preview,
            hint,
            custom_colours,
            panels,
            job,
            ..
        } = self;
        let state = FrameState {
            editor,
            session: editor.session(),
            prefs,
            templates,
            custom_colours,
            selected_tag: *selected_tag,
            selected_actor: *selected_actor,
            active_source: *active_source,
            review: review.as_ref(),
            path: path.as_deref(),
            brief: &brief.markdown,
            brief_version: brief.version,
            job: job.as_ref(),
        };
        let mut frame = FrameCtx::new(state, pending);
        egui::Panel::top("menu_bar").show(ui, |ui| menu_bar_ui(ui, &mut frame));
        egui::Panel::bottom("status_bar").show(ui, |ui| status_bar_ui(ui, &mut frame, check_counts));
        // Errors stay in a bar until dismissed; information shows as a toast above the status bar
        // and fades, so that nothing under the pointer moves when it goes.
        if notices.iter().any(|n| n.error) {
            egui::Panel::top("notices").show(ui, |ui| notices_ui(ui, &mut frame, notices, true));
        }
        if notices.iter().any(|n| !n.error) {
            egui::Area::new(egui::Id::unique("info_notices"))
                .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -36.0))
                .order(egui::Order::Foreground)
                .show(ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| notices_ui(ui, &mut frame, notices, false));
                });
        }
        if frame.prefs.show_tags_panel {
            egui::Panel::left("tags_panel")
                .resizable(true)
                .default_size(320.0)
                .min_size(220.0)
                .max_size(560.0)
                .show(ui, |ui| panels::tags_panel_ui(ui, &mut frame, panels));
        }
        if frame.prefs.show_brief_panel {
            egui::Panel::right("brief_panel")
                .resizable(true)
                .default_size(440.0)
                .min_size(260.0)
                .max_size(720.0)
                .show(ui, |ui| panels::brief_panel_ui(ui, &mut frame, panels, preview));
        }
        let view = ArticleArea { view: article, marks: &marks.marks, marks_version, hint: hint.as_deref() };
        egui::CentralPanel::default_margins().show(ui, |ui| article_area_ui(ui, &mut frame, view));
        if panels.check_open() {
            panels::check_window_ui(ctx, &mut frame, panels);
        }
        dialogs::dialog_ui(ctx, &mut frame, dialog);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
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

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.text_edit_focused();
        let fired: Vec<Command> = ctx.input_mut(|i| {
            Command::GLOBAL
                .iter()
                .copied()
                // While a text field has the focus, its own undo and redo win.
                .filter(|c| !(typing && matches!(c, Command::Undo | Command::Redo)))
                .filter(|c| c.consume(i))
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
        // button keeps Enter for itself).
        let article_id = self.article.widget_id;
        if !typing
            && self.review.is_some()
            && ctx.memory(|m| m.focused().is_none() || m.focused() == article_id)
        {
            let fired = ctx.input_mut(|i| Command::REVIEW.iter().copied().find(|c| c.consume(i)));
            if let Some(command) = fired {
                self.send(Msg::Command(command));
            }
        }
    }
}

/// A menu entry or button for a command: its label, shortcut and tooltip from [`Command`].
pub(super) fn command_button(ui: &mut Ui, frame: &mut FrameCtx<'_>, command: Command) {
    let shortcut = command.shortcut_text(ui.ctx());
    let mut button = egui::Button::new(command.label());
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    if ui.add(button).on_hover_text(command.tooltip()).clicked() {
        frame.command(command);
        ui.close();
    }
}

/// A checkbox for a command that toggles a preference.
fn command_checkbox(ui: &mut Ui, frame: &mut FrameCtx<'_>, command: Command, on: bool) {
    let mut value = on;
    if ui.checkbox(&mut value, command.label()).on_hover_text(command.tooltip()).changed() {
        frame.command(command);
    }
}

fn menu_bar_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, frame));
        ui.menu_button("Edit", |ui| edit_menu_ui(ui, frame));
        ui.menu_button("View", |ui| {
            let prefs = frame.prefs;
            command_checkbox(ui, frame, Command::TogglePreview, prefs.raw_markdown);
            command_checkbox(ui, frame, Command::ToggleTheme, prefs.dark);
            command_checkbox(ui, frame, Command::ToggleTagsPanel, prefs.show_tags_panel);
            command_checkbox(ui, frame, Command::ToggleBriefPanel, prefs.show_brief_panel);
            ui.separator();
            for c in [Command::TextBigger, Command::TextSmaller, Command::TextReset] {
                command_button(ui, frame, c);
            }
        });
        ui.menu_button("Help", |ui| {
            command_button(ui, frame, Command::Shortcuts);
            command_button(ui, frame, Command::About);
        });
    });
}

fn file_menu_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    for c in [Command::NewFromArticle, Command::Open] {
        command_button(ui, frame, c);
    }
    ui.menu_button("Open recent", |ui| {
        if frame.prefs.recent.is_empty() {
            ui.label("No recent files");
        }
        for path in &frame.prefs.recent {
            if ui.button(path.display().to_string()).clicked() {
                frame.send(Msg::OpenPath(path.clone()));
                ui.close();
            }
        }
    });
    ui.separator();
    for c in [Command::Save, Command::SaveAs] {
        command_button(ui, frame, c);
    }
    ui.separator();
    for c in [
        Command::AddSource,
        Command::PasteSource,
        Command::UpdateSource,
        Command::CheckBrief,
        Command::ExportBrief,
        Command::ExportWord,
        Command::CopyBrief,
    ] {
        command_button(ui, frame, c);
    }
    command_button(ui, frame, Command::ChooseReferenceDoc);
    // The reference document in use, and the way back to Briefsmith's own styles.
    if let Some(reference) = frame.prefs.reference_doc.clone() {
        ui.label(format!("Word reference: {}", reference.display()));
        command_button(ui, frame, Command::ClearReferenceDoc);
    }
    ui.separator();
    command_button(ui, frame, Command::Quit);
}

fn edit_menu_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let editor = frame.editor;
    let entries = [
        (Command::Undo, editor.undo_label(), editor.can_undo()),
        (Command::Redo, editor.redo_label(), editor.can_redo()),
    ];
    for (command, what, enabled) in entries {
        // "Undo tag threat": the command's label and what it would undo.
        let text = what.map_or_else(|| command.label().to_owned(), |l| format!("{} {l}", command.label()));
        let button = egui::Button::new(text).shortcut_text(command.shortcut_text(ui.ctx()));
        if ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked() {
            frame.command(command);
            ui.close();
        }
    }
    ui.separator();
    command_button(ui, frame, Command::Find);
    command_button(ui, frame, Command::Suggest);
    let snap = frame.prefs.snap_to_words;
    command_checkbox(ui, frame, Command::ToggleSnapToWords, snap);
}

fn status_bar_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, check: panels::CheckCounts) {
    ui.horizontal(|ui| {
        if let Some(job) = frame.job {
            ui.spinner();
            ui.label(format!("{}… {} s", job.label, job.elapsed_secs()));
            if ui.small_button("Cancel").on_hover_text("Stop waiting; nothing changes").clicked() {
                frame.send(Msg::CancelJob);
            }
            ui.separator();
        }
        let s = frame.session;
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
        let saved = match (frame.editor.is_dirty(), frame.path) {
            (true, _) => "Not saved yet",
            (false, Some(_)) => "All changes saved",
            (false, None) => "Not saved to a file",
        };
        ui.label(saved);
        if let Some(path) = frame.path {
            ui.label(egui::RichText::new(path.display().to_string()).weak());
        }
        if !s.sources.is_empty() {
            ui.separator();
            panels::check_badge_ui(ui, frame, check);
        }
    });
}

/// The error notices (`errors`) or the information notices, each with a Dismiss button.
fn notices_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, notices: &[Notice], errors: bool) {
    for (i, notice) in notices.iter().enumerate().filter(|(_, n)| n.error == errors) {
        ui.horizontal(|ui| {
            let colour = if notice.error { theme::THREAT } else { ui.visuals().text_color() };
            let prefix = if notice.error { "Error: " } else { "" };
            ui.colored_label(colour, format!("{prefix}{}", notice.text));
            if ui.small_button("Dismiss").on_hover_text("Hide this message").clicked() {
                frame.send(Msg::DismissNotice(i));
            }
        });
    }
    if !errors {
        ui.ctx().request_repaint_after(Duration::from_secs(1));
    }
}

/// The article column's own state, lent to it for the frame.
struct ArticleArea<'a> {
    view: &'a mut ArticleView,
    marks: &'a [SuggestionMark],
    marks_version: u64,
    hint: Option<&'a str>,
}

fn tag_kind_of(command: Command) -> TagKind {
    match command {
        Command::TagActor => TagKind::Actor,
        Command::TagThreat => TagKind::Threat,
        Command::TagQuote => TagKind::Quote,
        _ => TagKind::KeyPoint,
    }
}

fn article_area_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, area: ArticleArea<'_>) {
    let session = frame.session;
    if session.sources.is_empty() {
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.heading("No article open");
            ui.label("Open an article or a session (Ctrl+O), or drop a file onto this window.");
        });
        return;
    }
    source_tabs_ui(ui, frame);
    toolbar_ui(ui, frame, area.view.selected_range().is_some());
    let Some(source) = frame.active_source.and_then(|id| session.source(id)) else { return };
    if area.view.find.open {
        area.view.find_bar_ui(ui, source);
    }
    ui.separator();
    let tags: Vec<&crate::model::Tag> = session.tags.iter().filter(|t| t.source == source.id).collect();
    let marks = match frame.review {
        Some(r) if r.source() == source.id => area.marks,
        _ => &[],
    };
    let input = ArticleInput {
        source,
        tags: &tags,
        suggestions: marks,
        selected_tag: frame.selected_tag,
        marks_version: area.marks_version,
        font_size: frame.prefs.font_size,
        custom_colours: frame.custom_colours,
        hint: area.hint,
    };
    for event in area.view.ui(ui, &input) {
        match event {
            ArticleEvent::ClickedTag(id) => frame.send(Msg::SelectTag(id)),
            ArticleEvent::ClickedSuggestion(index) => frame.send(Msg::ReviewCurrent { index, reveal: false }),
            ArticleEvent::Command(c) => frame.command(c),
        }
    }
}

fn source_tabs_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let tabs: Vec<(SourceId, String)> = frame
        .session
        .sources
        .iter()
        .map(|s| (s.id, format!("{} · {}", s.label, short(s.display_name(), 40))))
        .collect();
    ui.horizontal_wrapped(|ui| {
        for (id, text) in tabs {
            let selected = frame.active_source == Some(id);
            if ui.selectable_label(selected, text).on_hover_text("Show this source").clicked() && !selected {
                frame.send(Msg::SelectSource(id));
            }
        }
    });
}

fn toolbar_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, has_selection: bool) {
    ui.horizontal(|ui| {
        for command in Command::TAGGING {
            let colour = theme::kind_colour(&tag_kind_of(*command), frame.custom_colours);
            let button = egui::Button::new(command.button_label()).fill(theme::highlight(
                colour,
                ui.visuals().dark_mode,
                false,
            ));
            let tooltip = command.tooltip_with_keys(ui.ctx());
            if ui.add_enabled(has_selection, button).on_hover_text(tooltip).clicked() {
                frame.command(*command);
            }
        }
        ui.separator();
        for command in [Command::Suggest, Command::Find] {
            let tooltip = command.tooltip_with_keys(ui.ctx());
            if ui.button(command.button_label()).on_hover_text(tooltip).clicked() {
                frame.command(command);
            }
        }
    });
}
