//! The "Cite…" menu beside a prose field (summary, background, assessment, recommendation, a
//! judgment's text): it lists the tags (T-ids, in reading order) and the judgments (J-ids) and
//! inserts `[@T12]` / `[@J3]` at the field's cursor, or at its end when the field has not been
//! used yet; text selected in the field when the menu was opened is replaced, as by a paste. The
//! export turns the reference into the passage's citation (see [`crate::brief::cite`]).

use std::ops::Range;

use egui::Ui;
use egui::text::{CCursor, CCursorRange};

use crate::brief;
use crate::brief::cite::Reference;
use crate::model::Session;
use crate::ui::dialogs::short;

/// The field's selection (characters, sorted) in the last pass in which it had the focus.
#[derive(Clone)]
struct Seen {
    pass: u64,
    selection: Option<Range<usize>>,
}

/// The selection to replace, taken when the menu was opened, with the text it was taken from (a
/// text changed since, by undo say, is not cut at a stale place).
#[derive(Clone)]
struct Replacing {
    chars: Range<usize>,
    text: String,
}

/// Draws the menu button for the field `field` (its visible label) whose `TextEdit` has the id
/// `text_id`; inserts the chosen reference into `text` and returns whether it did.
///
/// egui collapses a field's selection as soon as the field loses the focus (which clicking the
/// button does), so the selection is remembered while the field has the focus and taken when the
/// menu opens, if the field had the focus until then.
pub(super) fn cite_button_ui(
    ui: &mut Ui,
    session: &Session,
    field: &str,
    text_id: egui::Id,
    text: &mut String,
) -> bool {
    let (seen_id, replacing_id) = (text_id.with("cite_seen"), text_id.with("cite_replacing"));
    let pass = ui.ctx().cumulative_pass_nr();
    if ui.memory(|m| m.has_focus(text_id)) {
        let selection = egui::TextEdit::load_state(ui.ctx(), text_id)
            .and_then(|s| s.cursor.char_range())
            .filter(|r| !r.is_empty())
            .map(|r| {
                let sorted = r.as_sorted_char_range();
                sorted.start.0..sorted.end.0
            });
        ui.data_mut(|d| d.insert_temp(seen_id, Seen { pass, selection }));
    }
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
    if response.clicked() {
        // The field had the focus in this pass or the one before: its selection is what the
        // analyst saw when clicking.
        let seen = ui.data(|d| d.get_temp::<Seen>(seen_id)).filter(|s| s.pass + 1 >= pass);
        let replacing = seen.and_then(|s| s.selection).map(|chars| Replacing { chars, text: text.clone() });
        ui.data_mut(|d| d.insert_temp(replacing_id, replacing));
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Cite in {field}")));
    response.on_hover_text(
        "Insert a citation of a tag or a key judgment at the cursor, or in place of the selected text",
    );
    let Some(reference) = chosen else { return false };
    let replacing = ui
        .data_mut(|d| d.remove_temp::<Option<Replacing>>(replacing_id))
        .flatten()
        .filter(|r| r.text == *text);
    let after = match replacing {
        Some(r) => replace_with_reference(text, r.chars, reference),
        None => {
            let cursor = egui::TextEdit::load_state(ui.ctx(), text_id)
                .and_then(|s| s.cursor.char_range())
                .map(|r| r.primary.index.0);
            insert_reference(text, cursor, reference)
        }
    };
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
    let at = cursor.unwrap_or(usize::MAX);
    replace_with_reference(text, at..at, reference)
}

/// Replaces the characters `chars` of `text` (clamped to the text) with `reference`, with a space
/// before it after a word and after it before one. Returns the character offset just after the
/// reference.
pub(super) fn replace_with_reference(text: &mut String, chars: Range<usize>, reference: Reference) -> usize {
    let count = text.chars().count();
    let end_char = chars.end.min(count);
    let start_char = chars.start.min(end_char);
    let byte_of = |at: usize| text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
    let (start, end) = (byte_of(start_char), byte_of(end_char));
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let next = text.get(end..).and_then(|s| s.chars().next());
    let mut insert = String::new();
    if before.is_some_and(|c| !c.is_whitespace() && !matches!(c, '(' | '[')) {
        insert.push(' ');
    }
    insert.push_str(&reference.to_string());
    let cursor_after = start_char + insert.chars().count();
    if next.is_some_and(char::is_alphanumeric) {
        insert.push(' ');
    }
    text.replace_range(start..end, &insert);
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

    #[test]
    fn replaces_a_selection_like_a_paste() {
        let mut text = "Cables were cut by Öland ships.".to_owned();
        // "Öland ships" (characters 19 to 30): the spaces around it stay as they are.
        let after = replace_with_reference(&mut text, 19..30, Reference::Tag(TagId(7)));
        assert_eq!(text, "Cables were cut by [@T7].");
        assert_eq!(after, 24);
        // A selection inside a word gets the spaces that keep the reference apart.
        let mut text = "世界cut".to_owned();
        replace_with_reference(&mut text, 1..2, Reference::Judgment(JudgmentId(1)));
        assert_eq!(text, "世 [@J1] cut");
        // Everything, and a stale range past the end.
        let mut text = "old".to_owned();
        assert_eq!(replace_with_reference(&mut text, 0..3, Reference::Tag(TagId(1))), 5);
        assert_eq!(text, "[@T1]");
        replace_with_reference(&mut text, 40..90, Reference::Tag(TagId(2)));
        assert_eq!(text, "[@T1] [@T2]");
    }
}
