//! Applying what the UI asked for, after the frame: messages and commands. Every change of the
//! session goes through [`BriefsmithApp::apply`] (the core's editor: one reducer, undo/redo).

use super::BriefsmithApp;
use super::commands::Command;
use super::dialogs::{Dialog, short};
use super::files::Purpose;
use super::jobs::AfterImport;
use super::msg::{Msg, Pending};
use super::prefs::Prefs;
use super::text::text_in;
use crate::brief;
use crate::import;
use crate::model::{Action, ByteRange, SourceId, TagBody, TagId};

impl BriefsmithApp {
    pub(super) fn process_messages(&mut self, ctx: &egui::Context) {
        // Messages can produce more messages (a prompt's answer, say); bound the chain.
        for _ in 0..8 {
            let messages = std::mem::take(&mut self.pending);
            if messages.is_empty() {
                break;
            }
            // What the messages change is drawn on the next frame.
            ctx.request_repaint();
            for msg in messages {
                self.handle(ctx, msg);
            }
        }
    }

    /// Applies an action to the session; reports a refusal and returns `None`.
    pub(super) fn apply(&mut self, action: Action) -> Option<crate::model::Outcome> {
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

    /// After any change of the session (an action, undo, redo).
    pub(super) fn after_change(&mut self) {
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
        self.resync_review();
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
                    self.open_path(ctx, &path);
                }
            }
            Msg::NewFromPath(path) => self.start_import(ctx, path, AfterImport::NewSession),
            Msg::AddSourcePath(path) => self.start_import(ctx, path, AfterImport::AddSource),
            Msg::AddPasted(text) => self.add_pasted(&text),
            Msg::SaveTo(path) => self.save_to(&path),
            Msg::ExportTo(path) => self.export_to(ctx, &path),
            Msg::FileChosen(purpose, path) => self.file_chosen(ctx, purpose, path),
            Msg::FileCancelled(purpose) => self.file_cancelled(purpose),
            Msg::SaveThen(pending) => {
                self.after_save = Some(pending);
                self.run_command(ctx, Command::SaveAs);
            }
            Msg::SelectTag(id) => self.select_tag(id),
            Msg::SelectActor(id) => self.select_actor(id),
            Msg::DeselectTag => self.selected_tag = None,
            Msg::DeselectActor => self.selected_actor = None,
            Msg::MergeActors { from, into } => {
                if self.apply(Action::MergeActors { into, from }).is_some() {
                    self.selected_actor = Some(into);
                }
            }
            Msg::SelectSource(id) => self.show_source(id),
            Msg::ReloadTemplates => self.reload_templates(),
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
            Msg::RejectSuggestion(i) => self.reject_suggestion(i),
            Msg::AcceptAllOf(kind) => self.accept_all_of(kind),
            Msg::KeepExistingTag { item, existing } => self.keep_existing_tag(item, existing),
            Msg::ReplaceWithSuggestion { item, existing } => self.replace_with_suggestion(item, existing),
            Msg::ReviewCurrent { index, reveal } => self.review_current(index, reveal),
            Msg::CloseReview => self.set_review(None),
            Msg::Reveal(source, range) => self.reveal(source, range),
            Msg::Restore(path) => self.restore(&path),
            Msg::DiscardRecovery(path) => self.discard_recovery(&path),
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
            Msg::CancelJob => {
                if let Some(job) = self.job.take() {
                    self.notify(format!("Cancelled: {}", job.label.to_lowercase()));
                }
            }
            Msg::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Msg::UpdateSource(source) => self.ask_update_source(ctx, Some(source)),
            Msg::GoTo(location) => self.go_to(ctx, location),
        }
    }

    fn show_source(&mut self, id: SourceId) {
        if self.active_source != Some(id) {
            self.active_source = Some(id);
            self.article.reset();
        }
    }

    pub(super) fn reveal(&mut self, source: SourceId, range: ByteRange) {
        self.show_source(source);
        self.article.reveal = Some(range);
    }

    fn reload_templates(&mut self) {
        let dirs = brief::templates::user_dirs(self.config.templates_dir.as_deref());
        self.templates = brief::Templates::load(&dirs);
        self.templates_revision += 1;
        for p in self.templates.problems.clone() {
            self.notify_error(p.to_string());
        }
    }

    fn add_pasted(&mut self, text: &str) {
        match import::import_pasted(text) {
            Ok(mut article) => {
                article.meta.file_name = String::new();
                if article.meta.title.is_empty() {
                    article.meta.title = first_line_title(&article.text);
                }
                self.add_source(article);
            }
            Err(e) => self.notify_error(e.to_string()),
        }
    }

    pub(super) fn add_source(&mut self, article: import::Imported) {
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
            Command::ExportWord => self.ask_file(ctx, Purpose::ExportWord),
            Command::ChooseReferenceDoc => self.ask_file(ctx, Purpose::ReferenceDoc),
            Command::ClearReferenceDoc => {
                if self.prefs.reference_doc.take().is_some() {
                    self.notify("Word exports use Briefsmith's own styles");
                }
            }
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
                    self.notify(format!("Undid {label}"));
                }
            }
            Command::Redo => {
                if let Some(label) = self.editor.redo() {
                    self.after_change();
                    self.notify(format!("Redid {label}"));
                }
            }
            Command::Find => self.open_find(),
            Command::Suggest => self.suggest(ctx),
            Command::TogglePreview => self.prefs.raw_markdown = !self.prefs.raw_markdown,
            Command::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            Command::ToggleSnapToWords => self.prefs.snap_to_words = !self.prefs.snap_to_words,
            Command::ToggleTagsPanel => self.prefs.show_tags_panel = !self.prefs.show_tags_panel,
            Command::ToggleBriefPanel => self.prefs.show_brief_panel = !self.prefs.show_brief_panel,
            Command::TextBigger => self.prefs.set_font_size(self.prefs.font_size + 2.0),
            Command::TextSmaller => self.prefs.set_font_size(self.prefs.font_size - 2.0),
            Command::TextReset => self.prefs.set_font_size(Prefs::default().font_size),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::About => self.dialog = Some(Dialog::About),
            Command::TagActor | Command::TagThreat | Command::TagQuote | Command::TagKeyPoint => {
                self.start_tagging(command)
            }
            Command::AcceptSuggestion => {
                if let Some(r) = &self.review {
                    self.accept_suggestion(r.current());
                }
            }
            Command::RejectSuggestion => {
                if let Some(r) = &self.review {
                    self.reject_suggestion(r.current());
                }
            }
            Command::AcceptAllOfKind => {
                if let Some(kind) = self.review.as_ref().and_then(|r| r.item(r.current())).map(|i| i.kind()) {
                    self.accept_all_of(kind);
                }
            }
            Command::CheckBrief => self.panels.open_check(),
            Command::UpdateSource => self.ask_update_source(ctx, self.active_source),
        }
    }

    fn open_find(&mut self) {
        self.article.find.open = true;
        self.article.find.focus_field = true;
        if let Some(r) = self.article.selected_range()
            && let Some(s) = self.active_source.and_then(|id| self.editor.session().source(id))
        {
            let selected = text_in(s.text(), r);
            if !selected.contains('\n') && selected.len() < 200 {
                self.article.find.query = selected.to_owned();
            }
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
            self.reveal(source, range);
        }
    }

    fn select_actor(&mut self, id: crate::model::ActorId) {
        if self.editor.session().actor(id).is_none() {
            return;
        }
        self.selected_actor = Some(id);
        self.selected_tag = None;
        if let Some(first) = self.editor.session().mentions(id).first().map(|t| t.id) {
            self.select_tag(first);
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
            if self.prefs.snap_to_words { crate::extract::snap_selection(&text, range) } else { range };
        // A name does not take in the comma or quotation mark a drag caught at its edge.
        let range =
            if command == Command::TagActor { crate::extract::trim_name_edges(&text, range) } else { range };
        if range.is_empty() {
            return;
        }
        self.article.select(range);
        let passage = crate::model::text::collapse_whitespace(text_in(&text, range));
        match command {
            Command::TagKeyPoint => self.send(Msg::TagSelection(TagBody::KeyPoint)),
            Command::TagActor => {
                self.dialog = Some(Dialog::tag_actor(self.editor.session(), &passage, &text, range))
            }
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
            (Some(t), true) => crate::extract::snap_selection(t, range),
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
}

/// A title for pasted text: its first line, shortened.
fn first_line_title(text: &str) -> String {
    short(text.lines().next().unwrap_or("Pasted article").trim(), 80)
}
