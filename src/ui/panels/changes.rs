//! "What changed" at the top of the brief panel: after a source was updated to a newer version of
//! its article, the paragraphs added and removed and the tags orphaned, until the analyst clears
//! it (the brief shows the same section until then).

use egui::{RichText, Ui};

use crate::model::{Action, Source};
use crate::ui::context::FrameCtx;
use crate::ui::dialogs::quoted_short;
use crate::ui::msg::Msg;
use crate::ui::plural;

pub(super) fn what_changed_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>) {
    let session = frame.session;
    let changed: Vec<&Source> =
        session.sources.iter().filter(|s| s.changes.as_ref().is_some_and(|c| !c.is_empty())).collect();
    if changed.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new("What changed").strong().color(ui.visuals().warn_fg_color));
        for source in changed {
            let Some(changes) = &source.changes else { continue };
            let when = source.versions.last().map_or(String::new(), |v| {
                format!(" (updated {})", v.replaced.get(..10).unwrap_or(&v.replaced))
            });
            ui.label(format!(
                "{}{when}: {} paragraph{} added, {} removed, {} tag{} orphaned",
                source.label,
                changes.added.len(),
                plural(changes.added.len()),
                changes.removed.len(),
                changes.orphaned.len(),
                plural(changes.orphaned.len())
            ));
            for tag in changes.orphaned.iter().filter_map(|t| session.tag(*t)) {
                let text = format!("Orphaned {}: {}", tag.kind().label(), quoted_short(tag.text(), 60));
                if ui.link(text).on_hover_text("Select this tag").clicked() {
                    frame.send(Msg::SelectTag(tag.id));
                }
            }
            let clear = ui.button("Clear").on_hover_text(
                "Drop this record of what changed; the brief's section goes too (undo with Ctrl+Z)",
            );
            let name = format!("Clear what changed in {}", source.label);
            clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
            if clear.clicked() {
                frame.send(Msg::Apply(Action::ClearChanges { source: Some(source.id) }));
            }
        }
    });
}
