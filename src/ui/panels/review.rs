//! The suggestion review list: counts, "Accept all" per kind, and one row per pending
//! suggestion with Accept and Reject (only the rows in view are built).

use egui::{RichText, Ui};

use super::PanelState;
use crate::ui::commands::Command;
use crate::ui::context::FrameCtx;
use crate::ui::msg::Msg;
use crate::ui::theme;
use crate::workflow::review::{Review, ReviewItem, SuggestionKind};

pub(super) fn review_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut PanelState, review: &Review) {
    // Only the pending items are listed: a megabyte of text can bring thousands of suggestions.
    let rows: Vec<usize> = (0..review.items().len()).filter(|&n| review.items()[n].is_pending()).collect();
    let current = review.current();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let keys = [Command::AcceptSuggestion, Command::RejectSuggestion, Command::AcceptAllOfKind]
                .map(|c| format!("{} ({})", c.label(), c.shortcut_text(ui.ctx())))
                .join(", ");
            ui.label(RichText::new(format!("Suggestions: {} to review", rows.len())).strong()).on_hover_text(
                format!("Click a suggestion (here or its dashed mark in the article), then: {keys}"),
            );
            if ui.button("Done").on_hover_text("Close the review; pending suggestions are dropped").clicked()
            {
                frame.send(Msg::CloseReview);
            }
        });
        ui.horizontal_wrapped(|ui| {
            for kind in SuggestionKind::ALL {
                let n = review.pending_of(kind);
                let label = format!("Accept all {} ({n})", kind.plural());
                if ui.add_enabled(n > 0, egui::Button::new(label)).clicked() {
                    frame.send(Msg::AcceptAllOf(kind));
                }
            }
        });
        let row_height = ui.spacing().interact_size.y;
        let mut area = egui::ScrollArea::vertical().id_salt("review_list").max_height(220.0);
        // Keep the current suggestion in view when Enter, Delete or a click in the article moves it.
        if state.review_shown != Some(current) {
            state.review_shown = Some(current);
            if let Some(row) = rows.iter().position(|&n| n == current) {
                let step = row_height + ui.spacing().item_spacing.y;
                area = area.vertical_scroll_offset((row as f32 - 3.0).max(0.0) * step);
            }
        }
        area.show_rows(ui, row_height, rows.len(), |ui, range| {
            for &n in rows.get(range).unwrap_or_default() {
                if let Some(item) = review.item(n) {
                    review_row_ui(ui, frame, n, item, n == current);
                }
            }
        });
    });
}

/// One pending suggestion: Accept, Reject, and its label (click to show it in the article).
fn review_row_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, n: usize, item: &ReviewItem, current: bool) {
    ui.horizontal(|ui| {
        let kind = item.kind().tag_kind();
        let colour = theme::kind_colour(&kind, frame.custom_colours);
        let label = item.suggestion().label();
        // Screen readers hear which suggestion each button is for.
        let what = format!("{}: {label}", kind.label());
        for (command, msg) in [
            (Command::AcceptSuggestion, Msg::AcceptSuggestion(n)),
            (Command::RejectSuggestion, Msg::RejectSuggestion(n)),
        ] {
            let button = ui.small_button(command.label()).on_hover_text(command.tooltip_with_keys(ui.ctx()));
            let name = format!("{} {what}", command.label());
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
            if button.clicked() {
                frame.send(msg);
            }
        }
        let response = ui
            .selectable_label(current, RichText::new(what.as_str()).color(colour))
            .on_hover_text(format!("{label}\nWhy: {}", item.suggestion().why()));
        if response.clicked() {
            frame.send(Msg::ReviewCurrent { index: n, reveal: true });
        }
    });
}
