//! Where things are: words and steps through the text, bytes under points and rectangles
//! around ranges in the laid-out paragraphs, and the marks of a paragraph.

use egui::{Galley, Pos2, Rect, pos2, vec2};

use super::{ArticleInput, Layout, MarkStyle, Para};
use crate::model::span::{CharOffset, byte_to_char, ceil_char_boundary, char_to_byte, floor_char_boundary};
use crate::model::{ByteRange, Tag};
use crate::ui::text::{text_before, text_from, text_in};
use crate::ui::theme;

/// The word around `byte` (letters, digits, apostrophes and hyphens inside words).
pub fn word_at(text: &str, byte: usize) -> ByteRange {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    let byte = floor_char_boundary(text, byte);
    if !text_from(text, byte).chars().next().is_some_and(is_word) {
        // Not on a word: take the one character.
        return ByteRange::between(byte, ceil_char_boundary(text, byte + 1));
    }
    let mut start = byte;
    while let Some(c) = text_before(text, start).chars().next_back() {
        if !is_word(c) {
            break;
        }
        start -= c.len_utf8();
    }
    let mut end = byte;
    while let Some(c) = text_from(text, end).chars().next() {
        if !is_word(c) {
            break;
        }
        end += c.len_utf8();
    }
    ByteRange::between(start, end)
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Motion {
    Left,
    Right,
    Up,
    Down,
    RowStart,
    RowEnd,
}

/// The article as laid out on screen this frame: maps bytes to places and back.
pub(super) struct Place<'a> {
    pub(super) layout: &'a Layout,
    pub(super) origin: Pos2,
    pub(super) text_left: f32,
}

impl Place<'_> {
    /// The byte under a point, if the point is over a paragraph.
    pub(super) fn byte_at(&self, pos: Pos2) -> Option<usize> {
        pointer_byte(self.layout, pos, self.origin, self.text_left)
    }

    /// The caret's rectangle (zero width, one row high) at `byte`, in screen points.
    pub(super) fn caret_rect(&self, byte: usize) -> Option<Rect> {
        let p = self.layout.paras.iter().find(|p| p.range.start() <= byte && byte <= p.range.end())?;
        let para_text = text_in(&self.layout.text, p.range);
        let chars = byte_to_char(para_text, byte - p.range.start()).0;
        let rect = p.galley.pos_from_cursor(egui::text::CCursor::new(chars));
        Some(rect.translate(vec2(self.text_left, self.origin.y + p.top)))
    }

    /// The byte one row above (`dir` < 0) or below `byte`, at the same horizontal place; `None`
    /// above the first row or below the last.
    pub(super) fn row_step(&self, byte: usize, dir: i32) -> Option<usize> {
        let rect = self.caret_rect(byte)?;
        let paras = &self.layout.paras;
        let half_row = self.layout.row_height * 0.5;
        // In layout coordinates (0 = the top of the first paragraph).
        let mut y = if dir < 0 { rect.min.y - 1.0 } else { rect.max.y + 1.0 } - self.origin.y;
        if y < 0.0 {
            return None;
        }
        let i = paras.partition_point(|p| p.top <= y).saturating_sub(1);
        let p = paras.get(i)?;
        if y > p.top + p.galley.size().y {
            // The gap between two paragraphs: the last row of the one above, or the first row of
            // the one below.
            y = if dir < 0 { p.top + p.galley.size().y - half_row } else { paras.get(i + 1)?.top + half_row };
        }
        pointer_byte(self.layout, pos2(rect.min.x, self.origin.y + y), self.origin, self.text_left)
    }

    /// The start or the end of the visual row that holds `byte`.
    pub(super) fn row_edge(&self, byte: usize, end: bool) -> Option<usize> {
        let rect = self.caret_rect(byte)?;
        let x = if end { self.text_left + self.layout.width + 1_000.0 } else { self.text_left - 1_000.0 };
        pointer_byte(self.layout, pos2(x, rect.center().y), self.origin, self.text_left)
    }
}

/// Moves a byte position one character (or one word) left or right.
pub(super) fn step(text: &str, byte: usize, dir: i32, by_word: bool) -> usize {
    let byte = floor_char_boundary(text, byte);
    if dir < 0 {
        let mut b = byte;
        let mut seen_word = false;
        while let Some(c) = text_before(text, b).chars().next_back() {
            if by_word && seen_word && !c.is_alphanumeric() {
                break;
            }
            seen_word |= c.is_alphanumeric();
            b -= c.len_utf8();
            if !by_word {
                break;
            }
        }
        b
    } else {
        let mut b = byte;
        let mut seen_word = false;
        while let Some(c) = text_from(text, b).chars().next() {
            if by_word && seen_word && !c.is_alphanumeric() {
                break;
            }
            seen_word |= c.is_alphanumeric();
            b += c.len_utf8();
            if !by_word {
                break;
            }
        }
        b
    }
}

/// Tags whose range contains `byte`, shortest first (the most specific one is clicked).
pub(super) fn tags_at<'a>(tags: &[&'a Tag], byte: usize) -> Vec<&'a Tag> {
    let mut hits: Vec<&Tag> = tags
        .iter()
        .copied()
        .filter(|t| !t.is_orphan() && t.span.range.start() <= byte && byte < t.span.range.end())
        .collect();
    hits.sort_by_key(|t| t.span.range.len());
    hits
}

/// The byte under a point, if the point is over a paragraph.
pub(super) fn pointer_byte(layout: &Layout, pos: Pos2, origin: Pos2, text_left: f32) -> Option<usize> {
    if layout.paras.is_empty() {
        return None;
    }
    let y = pos.y - origin.y;
    // The paragraph whose top is the last one above the point.
    let i = layout.paras.partition_point(|p| p.top <= y).saturating_sub(1);
    let p = &layout.paras[i];
    let local = vec2(pos.x - text_left, y - p.top);
    if local.y > p.galley.size().y {
        // In the gap below a paragraph: its end.
        return Some(p.range.end());
    }
    let cursor = p.galley.cursor_from_pos(local);
    let para_text = text_in(&layout.text, p.range);
    Some(p.range.start() + char_to_byte(para_text, CharOffset(cursor.index.0)))
}

/// Rectangles (relative to the galley) covering `range` within paragraph `para` (whose text
/// starts at byte `para.start()`).
pub(super) fn range_rects(galley: &Galley, text: &str, para: ByteRange, range: ByteRange) -> Vec<Rect> {
    let start = range.start().clamp(para.start(), para.end());
    let end = range.end().clamp(para.start(), para.end());
    if start >= end {
        return Vec::new();
    }
    let para_text = text_in(text, para);
    let c0 = byte_to_char(para_text, start - para.start()).0;
    let c1 = byte_to_char(para_text, end - para.start()).0;
    let mut rects = Vec::new();
    let mut row_start = 0usize;
    for row in &galley.rows {
        let n = row.glyphs.len();
        let row_end = row_start + n;
        let (a, b) = (c0.max(row_start), c1.min(row_end));
        if a < b {
            let x0 = row.glyphs[a - row_start].pos.x;
            let last = &row.glyphs[b - row_start - 1];
            let x1 = last.pos.x + last.advance_width;
            rects.push(Rect::from_min_max(
                pos2(row.pos.x + x0, row.pos.y),
                pos2(row.pos.x + x1, row.pos.y + row.size.y),
            ));
        }
        row_start = row_end + usize::from(row.ends_with_newline);
        if row_start >= c1 {
            break;
        }
    }
    rects
}

pub(super) fn paragraph_marks(
    text: &str,
    p: &Para,
    input: &ArticleInput<'_>,
    dark: bool,
) -> Vec<(Rect, MarkStyle)> {
    let mut marks = Vec::new();
    for tag in input.tags {
        let r = tag.span.range;
        if tag.is_orphan() || r.end() <= p.range.start() || r.start() >= p.range.end() {
            continue;
        }
        let base = theme::kind_colour(&tag.kind(), input.custom_colours);
        let selected = input.selected_tag == Some(tag.id);
        let fill = theme::highlight(base, dark, selected);
        for rect in range_rects(&p.galley, text, p.range, r) {
            marks.push((rect, MarkStyle::Fill(fill)));
            if selected {
                marks.push((rect, MarkStyle::Outline(base)));
            }
        }
    }
    for s in input.suggestions {
        if s.range.end() <= p.range.start() || s.range.start() >= p.range.end() {
            continue;
        }
        let base = theme::kind_colour(&s.kind, input.custom_colours);
        for rect in range_rects(&p.galley, text, p.range, s.range) {
            marks.push((rect, MarkStyle::Underline(base)));
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_steps_respect_multibyte_text() {
        let text = "The 世界 summit's end";
        let r = word_at(text, text.find('界').unwrap());
        assert_eq!(text_in(text, r), "世界");
        let r = word_at(text, text.find("mit").unwrap());
        assert_eq!(text_in(text, r), "summit's");
        let r = word_at(text, 3);
        assert_eq!(text_in(text, r), " ");
        let after_world = text.find(" summit").unwrap();
        assert_eq!(step(text, after_world, -1, false), text.find('界').unwrap());
        assert_eq!(step(text, 0, 1, true), 3);
        assert_eq!(step(text, text.len(), 1, true), text.len());
    }
}
