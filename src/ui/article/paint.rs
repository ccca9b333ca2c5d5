//! Painting the visible paragraphs (numbers, marks, overlays, text, caret) and revealing a
//! passage.

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Stroke, Ui, pos2, vec2};

use super::geometry::{Place, paragraph_marks, range_rects};
use super::{ArticleInput, ArticleView, MarkStyle};
use crate::model::ByteRange;
use crate::model::span::byte_to_char;
use crate::ui::text::text_in;
use crate::ui::theme;

impl ArticleView {
    /// A passage to reveal (clicked in the tags panel, or the current find match): where to
    /// scroll, and it starts flashing.
    pub(super) fn take_reveal(&mut self, ui: &Ui, place: &Place<'_>) -> Option<Rect> {
        let range = self.reveal.take()?;
        let layout = place.layout;
        let p = layout
            .paras
            .iter()
            .find(|p| p.range.start() <= range.start() && range.start() <= p.range.end())?;
        let rects = range_rects(&p.galley, &layout.text, p.range, range);
        let local =
            rects.first().copied().unwrap_or(Rect::from_min_size(Pos2::ZERO, vec2(1.0, layout.row_height)));
        self.flash = Some((range, ui.input(|i| i.time)));
        Some(local.translate(vec2(place.text_left, place.origin.y + p.top)))
    }

    /// Paints the visible paragraphs: numbers, marks, overlays, text and the caret.
    pub(super) fn paint_ui(
        &mut self,
        ui: &Ui,
        place: &Place<'_>,
        viewport: Rect,
        visible: std::ops::Range<usize>,
        input: &ArticleInput<'_>,
        caret: Option<usize>,
    ) {
        let layout = place.layout;
        let painter = ui.painter_at(viewport.translate(place.origin.to_vec2()).expand(2.0));
        let now = ui.input(|i| i.time);
        let mut painted = 0;
        for p in layout.paras.get(visible).unwrap_or_default() {
            painted += 1;
            let at = pos2(place.text_left, place.origin.y + p.top);
            painter.text(
                pos2(place.text_left - 10.0, at.y),
                egui::Align2::RIGHT_TOP,
                p.number.to_string(),
                FontId::proportional((input.font_size * 0.75).max(9.0)),
                ui.visuals().weak_text_color(),
            );
            let marks = self
                .marks
                .entry(p.number)
                .or_insert_with(|| paragraph_marks(&layout.text, p, input, ui.visuals().dark_mode));
            paint_marks(&painter, marks, at);
            let overlay = |range: ByteRange, colour: Color32| {
                if range.end() <= p.range.start() || range.start() >= p.range.end() {
                    return;
                }
                for rect in range_rects(&p.galley, &layout.text, p.range, range) {
                    painter.rect_filled(rect.translate(at.to_vec2()), CornerRadius::same(2), colour);
                }
            };
            if self.find.open {
                for (i, m) in self.find.matches.iter().enumerate() {
                    overlay(*m, if i == self.find.current { theme::FIND_CURRENT } else { theme::FIND_MATCH });
                }
            }
            if let Some(r) = self.selected_range() {
                overlay(r, ui.visuals().selection.bg_fill.gamma_multiply(0.7));
            }
            if let Some((r, t0)) = self.flash {
                let age = (now - t0) as f32;
                if age < 1.2 {
                    overlay(r, theme::FLASH.gamma_multiply(1.0 - age / 1.2));
                    ui.ctx().request_repaint();
                }
            }
            let text_colour = ui.visuals().text_color();
            painter.galley(at, p.galley.clone(), text_colour);
            if let Some(b) = caret.filter(|b| p.range.start() <= *b && *b <= p.range.end()) {
                let chars = byte_to_char(text_in(&layout.text, p.range), b - p.range.start()).0;
                let rect = p.galley.pos_from_cursor(egui::text::CCursor::new(chars));
                let x = at.x + rect.min.x;
                let line = [pos2(x, at.y + rect.min.y), pos2(x, at.y + rect.max.y)];
                painter.line_segment(line, Stroke::new(1.5, text_colour));
            }
        }
        self.painted_paragraphs = painted;
        if self.flash.is_some_and(|(_, t0)| now - t0 >= 1.2) {
            self.flash = None;
        }
    }
}

/// Paints a paragraph's tag and suggestion marks at `at`.
fn paint_marks(painter: &egui::Painter, marks: &[(Rect, MarkStyle)], at: Pos2) {
    for (rect, style) in marks {
        let rect = rect.translate(at.to_vec2());
        match *style {
            MarkStyle::Fill(c) => {
                painter.rect_filled(rect, CornerRadius::same(2), c);
            }
            MarkStyle::Underline(c) => {
                let y = rect.bottom() - 1.0;
                let line = [pos2(rect.left(), y), pos2(rect.right(), y)];
                painter.add(egui::Shape::dashed_line(&line, Stroke::new(2.0, c), 4.0, 3.0));
            }
            MarkStyle::Outline(c) => {
                painter.rect_stroke(
                    rect,
                    CornerRadius::same(2),
                    Stroke::new(2.0, c),
                    egui::StrokeKind::Outside,
                );
            }
        }
    }
}
