//! Keyboard input in the article: tagging keys, caret movement and selection.

use egui::Ui;

use super::geometry::{Motion, Place, step};
use super::{ArticleEvent, ArticleInput, ArticleView, Selection};
use crate::model::ByteRange;
use crate::ui::commands::Command;
use crate::ui::text::text_in;

impl ArticleView {
    /// Keyboard input while the article has the focus: tagging keys, caret movement and
    /// selection (arrows, Ctrl for words, Up/Down for rows, Home/End, Shift to extend), Escape,
    /// Ctrl+A, copy. Returns where the caret went when it moved.
    pub(super) fn keyboard(
        &mut self,
        ui: &Ui,
        input: &ArticleInput<'_>,
        place: &Place<'_>,
        top_byte: usize,
        events: &mut Vec<ArticleEvent>,
    ) -> Option<usize> {
        let text = input.source.text();
        let (shortcuts, arrows) = ui.input_mut(|i| {
            let mut found = Vec::new();
            for command in Command::TAGGING {
                if command.consume(i) {
                    found.push(*command);
                }
            }
            let mut moves = Vec::new();
            for (key, motion) in [
                (egui::Key::ArrowLeft, Motion::Left),
                (egui::Key::ArrowRight, Motion::Right),
                (egui::Key::ArrowUp, Motion::Up),
                (egui::Key::ArrowDown, Motion::Down),
                (egui::Key::Home, Motion::RowStart),
                (egui::Key::End, Motion::RowEnd),
            ] {
                // Most specific first: egui matches modifiers loosely (Shift is ignored when the
                // pattern does not ask for it).
                for shift in [true, false] {
                    for word in [true, false] {
                        let mut m = if word { egui::Modifiers::COMMAND } else { egui::Modifiers::NONE };
                        m.shift = shift;
                        if i.consume_key(m, key) {
                            moves.push((motion, shift, word));
                        }
                    }
                }
            }
            let escape = i.consume_key(egui::Modifiers::NONE, egui::Key::Escape);
            let all =
                i.consume_shortcut(&egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::A));
            (found, (moves, escape, all))
        });
        let (moves, escape, all) = arrows;
        if escape {
            self.selection = self.selection.map(|s| Selection { anchor: s.head, head: s.head });
        }
        if all {
            self.select(ByteRange::between(0, text.len()));
        }
        let mut moved_to = None;
        for (motion, extend, by_word) in moves {
            let sel = self.selection.get_or_insert(Selection { anchor: top_byte, head: top_byte });
            let collapsing = !extend && !sel.is_empty();
            let head = match motion {
                // An arrow without Shift first collapses a selection to its side.
                Motion::Left if collapsing => sel.range().start(),
                Motion::Right if collapsing => sel.range().end(),
                Motion::Left => step(text, sel.head, -1, by_word),
                Motion::Right => step(text, sel.head, 1, by_word),
                Motion::Up => place.row_step(sel.head, -1).unwrap_or(0),
                Motion::Down => place.row_step(sel.head, 1).unwrap_or(text.len()),
                Motion::RowStart => place.row_edge(sel.head, false).unwrap_or(sel.head),
                Motion::RowEnd => place.row_edge(sel.head, true).unwrap_or(sel.head),
            };
            sel.head = head;
            if !extend {
                sel.anchor = head;
            }
            moved_to = Some(head);
        }
        // Copy: egui turns Ctrl+C into an event.
        let copy = ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)));
        if copy && let Some(r) = self.selected_range() {
            ui.ctx().copy_text(text_in(text, r).to_owned());
        }
        events.extend(shortcuts.into_iter().map(ArticleEvent::Command));
        moved_to
    }
}
