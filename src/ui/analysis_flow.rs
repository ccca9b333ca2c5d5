//! The app's side of the analytic commands: updating a source from a newer version of its article
//! (the file is read on the worker thread, the update goes through the reducer, so it undoes), and
//! jumping to where a finding of the check is.

use std::path::Path;

use super::BriefsmithApp;
use super::dialogs::quoted_short;
use super::files::Purpose;
use super::msg::Msg;
use super::panels;
use crate::brief::check::Location;
use crate::import::Imported;
use crate::model::SourceId;
use crate::workflow;

impl BriefsmithApp {
    /// Asks for the newer version of `source` (the shown source for the menu command).
    pub(super) fn ask_update_source(&mut self, ctx: &egui::Context, source: Option<SourceId>) {
        match source.filter(|id| self.editor.session().source(*id).is_some()) {
            Some(id) => self.ask_file(ctx, Purpose::UpdateSource(id)),
            None => self.notify("Open an article first: Update source replaces the shown article's text."),
        }
    }

    /// The newer version of `source`'s article has been read: replace the text (one undoable
    /// step), and say how the tags fared.
    pub(super) fn finish_update(&mut self, source: SourceId, path: &Path, article: Imported) {
        let session = self.editor.session();
        let Some(old) = session.source(source) else {
            self.notify_error(format!(
                "{}: the source it was to update was removed meanwhile; nothing changed",
                path.display()
            ));
            return;
        };
        let label = old.label.clone();
        let file =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
        if old.text() == crate::model::text::normalize(&article.text) {
            self.notify(format!("{file} has the same text as {label}; nothing to update"));
            return;
        }
        let Some(outcome) = self.apply(workflow::update_source_action(source, article)) else { return };
        let report = outcome.anchor_report.unwrap_or_default();
        let summary = workflow::update_summary(self.editor.session(), source, &report);
        // The selection and the suggestions counted bytes of the old text.
        self.article.selection = None;
        if self.review.as_ref().is_some_and(|r| r.source() == source) {
            self.set_review(None);
        }
        if self.active_source != Some(source) {
            self.send(Msg::SelectSource(source));
        }
        let mut text = format!("Updated {label} from {file}: {summary}");
        if summary.orphaned > 0 {
            text.push_str(&format!(
                ". Orphaned tag{} kept under \u{201c}Not found in the text\u{201d} in the tags panel",
                if summary.orphaned == 1 { " is" } else { "s are" }
            ));
        }
        self.notify(text);
    }

    /// Shows where a finding is: selects a tag (and reveals its passage), or focuses the field
    /// of the brief (with the words at issue selected).
    pub(super) fn go_to(&mut self, ctx: &egui::Context, location: Location) {
        match location {
            Location::Tag(tag) => {
                if self.editor.session().tag(tag).is_none() {
                    self.notify_error(format!("tag {} no longer exists", tag.0));
                    return;
                }
                self.prefs.show_tags_panel = true;
                self.send(Msg::SelectTag(tag));
            }
            Location::Field { field, range } => {
                self.prefs.show_brief_panel = true;
                panels::request_field_focus(ctx, field, range);
            }
            Location::Judgment { judgment, .. } => {
                let session = self.editor.session();
                let Some((number, j)) = session.judgments.iter().enumerate().find(|(_, j)| j.id == judgment)
                else {
                    self.notify_error(format!("judgment {} no longer exists", judgment.0));
                    return;
                };
                let text = format!("Key judgment KJ{}: {}", number + 1, quoted_short(&j.text, 80));
                // Its first piece of evidence, so that the passage it rests on is in view.
                let first =
                    j.supporting.iter().chain(&j.against).copied().find(|t| session.tag(*t).is_some());
                self.prefs.show_brief_panel = true;
                panels::request_judgment_shown(ctx, judgment);
                if let Some(tag) = first {
                    self.prefs.show_tags_panel = true;
                    self.send(Msg::SelectTag(tag));
                }
                self.notify(text);
            }
        }
    }
}
