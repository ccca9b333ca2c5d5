//! The "Cite…" menu beside a prose field (summary, background, assessment, recommendation, a
//! judgment's text): it lists the tags (T-ids, in reading order) and the judgments (J-ids) and
//! inserts `[@T12]` / `[@J3]` at the field's cursor, or at its end when the field has not been
//! used yet. The export turns the reference into the passage's citation (see
//! [`crate::brief::cite`]).

use egui::Ui;
use egui::text::{CCursor, CCursorRange};

use crate::brief;
use crate::brief::cite::Reference;
use crate::model::Session;
use crate::ui::dialogs::short;

/// Draws the menu button for the field `field` (its visible label) whose `TextEdit` has the id
/// `text_id`; inserts the chosen reference into `text` and returns whether it did.
pub(super) fn cite_button_ui(
    ui: &mut Ui,
    session: &Session,
    field: &str,
    text_id: egui::Id,
    text: &mut String,
) -> bool {
    let mut chosen = None;
    let response = ui
        .menu_button("Cite…", |ui| {
            ui.set_max_width(360.0);
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                chosen = references_ui(ui, session);
            });
            if chosen.is_some() {
                ui.close();
            }
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Cite in {field}")));
    response.on_hover_text("Insert a citation of a tag or a key judgment at the cursor");
    let Some(reference) = chosen else { return false };
    let cursor = egui::TextEdit::load_state(ui.ctx(), text_id)
        .and_then(|s| s.cursor.char_range())
        .map(|r| r.primary.index.0);
    let after = insert_reference(text, cursor, reference);
    // Put the cursor after the reference, so that a second one follows it.
    let mut state = egui::TextEdit::load_state(ui.ctx(), text_id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::one(CCursor::new(after))));
    state.store(ui.ctx(), text_id);
    true
}

/// The menu's entries; returns the one clicked.
fn references_ui(ui: &mut Ui, session: &Session) -> Option<Reference> {
    let mut chosen = None;
    let multiple = session.sources.len() > 1;
    ui.label(egui::RichText::new("Tags").strong());
    let mut tags: Vec<_> = session.tags.iter().collect();
    session.sort_in_reading_order(&mut tags);
    if tags.is_empty() {
        ui.label(egui::RichText::new("No tags yet").weak());
    }
    for tag in tags {
        let cite = brief::context::citation(session, tag, multiple);
        let label = format!("T{} · {cite} · {}", tag.id.0, short(tag.text(), 50));
        if ui
            .button(label)
            .on_hover_text(format!("{}: {}", tag.kind().label(), short(tag.text(), 300)))
            .clicked()
        {
            chosen = Some(Reference::Tag(tag.id));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new("Key judgments").strong());
    if session.judgments.is_empty() {
        ui.label(egui::RichText::new("No key judgments yet").weak());
    }
    for (i, j) in session.judgments.iter().enumerate() {
        let label = format!("J{} · KJ{} · {}", j.id.0, i + 1, short(&j.text, 50));
        if ui.button(label).clicked() {
            chosen = Some(Reference::Judgment(j.id));
        }
    }
    chosen
}

/// Inserts `reference` into `text` at character `cursor` (clamped; the end when `None`), with a
/// space before it after a word and after it before one. Returns the character offset just after
/// the reference.
pub(super) fn insert_reference(text: &mut String, cursor: Option<usize>, reference: Reference) -> usize {
    let chars = text.chars().count();
    let at_char = cursor.unwrap_or(chars).min(chars);
    let at_byte = text.char_indices().nth(at_char).map_or(text.len(), |(b, _)| b);
    let before = text.get(..at_byte).and_then(|s| s.chars().next_back());
    let next = text.get(at_byte..).and_then(|s| s.chars().next());
    let mut insert = String::new();
    if before.is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[')) {
        insert.push(' ');
    }
    insert.push_str(&reference.to_string());
    let cursor_after = at_char + insert.chars().count();
    if next.is_some_and(char::is_alphanumeric) {
        insert.push(' ');
    }
    text.insert_str(at_byte, &insert);
    cursor_after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JudgmentId, TagId};

    #[test]
    fn inserts_at_the_cursor_with_spaces_only_where_words_meet() {
        let mut text = "Cables were cut. Öland saw it.".to_owned();
        // After "cut" (before the full stop): a space before, none after.
        let after = insert_reference(&mut text, Some(15), Reference::Tag(TagId(12)));
        assert_eq!(text, "Cables were cut [@T12]. Öland saw it.");
        assert_eq!(after, 22);
        // Before "Öland": a space after, and none before (a space is there).
        let at = text.chars().position(|c| c == 'Ö');
        insert_reference(&mut text, at, Reference::Judgment(JudgmentId(3)));
        assert_eq!(text, "Cables were cut [@T12]. [@J3] Öland saw it.");
    }

    #[test]
    fn appends_without_a_cursor_and_clamps_a_stale_one() {
        let mut text = "世界 cut".to_owned();
        insert_reference(&mut text, None, Reference::Tag(TagId(4)));
        assert_eq!(text, "世界 cut [@T4]");
        let mut empty = String::new();
        assert_eq!(insert_reference(&mut empty, Some(99), Reference::Tag(TagId(1))), 5);
        assert_eq!(empty, "[@T1]");
        let mut text = "世界".to_owned();
        insert_reference(&mut text, Some(1), Reference::Tag(TagId(2)));
        assert_eq!(text, "世 [@T2] 界");
    }
}
