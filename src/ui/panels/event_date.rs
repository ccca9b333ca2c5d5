//! The event date in the tag editor: when the thing the tag reports happened (not when the article
//! was published). Typed as YYYY-MM-DD (or YYYY-MM, YYYY), checked before it is set, cleared with
//! a button; an undated tag shows the date proposed from its sentence, to confirm with one click.
//! Every change is an `Action::SetTagDate`, so it undoes.

use egui::{RichText, Ui};

use crate::model::{Action, EventDate, Tag, TagId};
use crate::ui::context::FrameCtx;
use crate::ui::msg::Msg;
use crate::workflow::{self, DateProposal};

/// The date field's own state.
#[derive(Default)]
pub struct DateState {
    edit: Option<DateEdit>,
    /// The proposal for a tag, for a state of the session (the editor's state number).
    proposal: Option<((TagId, u64), Option<DateProposal>)>,
}

/// The text being edited, for a tag and the session's date when the edit began (when the
/// session's date changes under it, by undo say, the field starts again from it).
struct DateEdit {
    tag: TagId,
    base: String,
    text: String,
    /// Why the text was refused.
    error: Option<String>,
}

/// What typing `text` in the field asks for: a date, no date, or an error to show.
pub(super) fn parse_field(text: &str) -> Result<Option<EventDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    EventDate::parse(text).map(Some).map_err(|e| e.to_string())
}

pub(super) fn event_date_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut DateState, tag: &Tag) {
    let id = tag.id;
    let current = tag.event_date.map(|d| d.to_string()).unwrap_or_default();
    if state.edit.as_ref().is_none_or(|e| e.tag != id || e.base != current) {
        state.edit = Some(DateEdit { tag: id, base: current.clone(), text: current.clone(), error: None });
    }
    let Some(edit) = state.edit.as_mut() else { return };
    let mut commit = false;
    let mut clear = false;
    // In a narrow panel the buttons go to the next line whole rather than wrap letter by letter.
    ui.horizontal_wrapped(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        let l = ui.label("Event date");
        let field = ui
            .add(egui::TextEdit::singleline(&mut edit.text).hint_text("YYYY-MM-DD").desired_width(96.0))
            .labelled_by(l.id)
            .on_hover_text(
                "When the event happened: YYYY-MM-DD, or YYYY-MM or YYYY if that is all the text says",
            );
        let set = ui.button("Set date").on_hover_text("Date the event (undo with Ctrl+Z)").clicked();
        commit = set || (field.lost_focus() && edit.text.trim() != edit.base);
        if tag.event_date.is_some() {
            clear = ui.button("Clear date").on_hover_text("Remove the event date").clicked();
        }
    });
    if commit && !clear {
        match parse_field(&edit.text) {
            Ok(date) => {
                edit.error = None;
                if date != tag.event_date {
                    frame.send(Msg::Apply(Action::SetTagDate { tag: id, date }));
                }
            }
            Err(error) => edit.error = Some(error),
        }
    }
    if clear {
        edit.error = None;
        frame.send(Msg::Apply(Action::SetTagDate { tag: id, date: None }));
    }
    if let Some(error) = &edit.error {
        ui.colored_label(ui.visuals().error_fg_color, format!("Not set: {error}"));
    }
    match tag.event_date {
        Some(date) => {
            ui.label(RichText::new(format!("Happened: {}", date.label())).weak());
        }
        None => proposal_ui(ui, frame, state, tag),
    }
}

/// The date proposed from the tag's sentence, with a button to use it.
fn proposal_ui(ui: &mut Ui, frame: &mut FrameCtx<'_>, state: &mut DateState, tag: &Tag) {
    let key = (tag.id, frame.editor.state());
    if state.proposal.as_ref().is_none_or(|(k, _)| *k != key) {
        state.proposal = Some((key, workflow::propose_event_date(frame.session, tag.id)));
    }
    let Some((_, Some(proposal))) = &state.proposal else { return };
    let basis = match proposal.reference {
        Some(reference) => format!(", counted from the article's date {}", reference.label()),
        None => String::new(),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Proposed: {} ({}), from \u{201c}{}\u{201d}{basis}",
            proposal.date.label(),
            proposal.date,
            proposal.expression
        ));
        if ui.button("Use proposed date").on_hover_text("Date the event with the proposed date").clicked() {
            frame.send(Msg::Apply(Action::SetTagDate { tag: tag.id, date: Some(proposal.date) }));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_takes_days_months_and_years_and_refuses_the_rest() {
        assert_eq!(parse_field(" 2024-11-16 "), Ok(EventDate::day(2024, 11, 16)));
        assert_eq!(parse_field("2024-11"), Ok(EventDate::month(2024, 11)));
        assert_eq!(parse_field(""), Ok(None));
        let error = parse_field("2024-02-30").unwrap_err();
        assert!(error.contains("2024-02-30") && error.contains("YYYY-MM-DD"), "{error}");
        assert!(parse_field("16/11/2024").is_err());
    }
}
