//! The brief preview, virtualised: the Markdown is cut once per change into top-level blocks (list
//! items on their own), and only the blocks in view are rendered with egui_commonmark, each at its
//! measured (or, until first drawn, estimated) height. A brief with thousands of items costs the
//! same per frame as a short one.

use std::ops::Range;

use egui::{Rect, Ui, UiBuilder, pos2, vec2};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::model::span::{ceil_char_boundary, floor_char_boundary};

/// Space between blocks, in points.
const GAP: f32 = 6.0;

#[derive(Default)]
pub struct Preview {
    /// Identifies the Markdown the blocks were cut from.
    source_key: Option<u64>,
    blocks: Vec<Range<usize>>,
    /// Heights for `width`: estimated from the text until a block is drawn, then measured.
    heights: Vec<f32>,
    measured: Vec<bool>,
    width: f32,
    raw: bool,
    viewer: egui_commonmark::CommonMarkCache,
    /// How many blocks were drawn last frame (tests and the benchmark read it).
    pub drawn_blocks: usize,
}

/// Cuts Markdown into top-level blocks; a list becomes one block per item (an item's source keeps
/// its marker, so an ordered item still shows its number).
pub fn split_blocks(markdown: &str) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut list_depth = 0usize;
    for (event, range) in Parser::new_ext(markdown, crate::brief::markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::List(_)) if depth == 0 => {
                list_depth = 1;
                depth += 1;
            }
            Event::Start(Tag::Item) if depth == 1 && list_depth == 1 => {
                blocks.push(range);
                depth += 1;
            }
            Event::Start(_) => {
                if depth == 0 {
                    blocks.push(range);
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) if depth == 1 => {
                list_depth = 0;
                depth -= 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Rule if depth == 0 => blocks.push(range),
            Event::Html(_) if depth == 0 => blocks.push(range),
            _ => {}
        }
    }
    // pulldown-cmark can end an item's range inside the last character of a line ("¶7]\n" in a
    // tight list); keep every range on character boundaries.
    for r in &mut blocks {
        *r = floor_char_boundary(markdown, r.start)..ceil_char_boundary(markdown, r.end);
    }
    blocks
}

impl Preview {
    /// Draws `markdown` (identified by `key`, which changes whenever the text does).
    pub fn ui(&mut self, ui: &mut Ui, key: u64, markdown: &str, raw: bool) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body);
        let fresh = self.source_key != Some(key) || self.raw != raw;
        if fresh {
            self.blocks = if raw { split_lines(markdown) } else { split_blocks(markdown) };
            self.source_key = Some(key);
            self.raw = raw;
        }
        let mut drawn = 0;
        egui::ScrollArea::vertical()
            .id_salt(("brief_preview", raw))
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let width = ui.available_width();
                if fresh || (width - self.width).abs() > 0.5 {
                    self.width = width;
                    let char_width = row_height * 0.5;
                    self.heights = self
                        .blocks
                        .iter()
                        .map(|r| {
                            let lines: f32 = markdown
                                .get(r.clone())
                                .unwrap_or_default()
                                .lines()
                                .map(|l| ((l.chars().count() as f32 * char_width) / width).ceil().max(1.0))
                                .sum();
                            lines.max(1.0) * row_height * 1.3
                        })
                        .collect();
                    self.measured = vec![false; self.blocks.len()];
                }
                let origin = ui.min_rect().min;
                let gap = if raw { 0.0 } else { GAP };
                let mut y = 0.0;
                let mut remeasured = false;
                for (i, range) in self.blocks.iter().enumerate() {
                    let height = self.heights[i];
                    if y + height >= viewport.min.y && y <= viewport.max.y {
                        let text = markdown.get(range.clone()).unwrap_or_default();
                        let rect = Rect::from_min_size(
                            pos2(origin.x, origin.y + y),
                            vec2(width, height.max(row_height)),
                        );
                        let drawn_rect = ui
                            .scope_builder(UiBuilder::new().max_rect(rect), |ui| {
                                if raw {
                                    let line = egui::RichText::new(text.trim_end_matches('\n')).monospace();
                                    ui.add(egui::Label::new(line).selectable(true));
                                } else {
                                    egui_commonmark::CommonMarkViewer::new().show(ui, &mut self.viewer, text);
                                }
                            })
                            .response
                            .rect;
                        let measured = drawn_rect.height();
                        if !self.measured[i] || (self.heights[i] - measured).abs() > 0.5 {
                            self.heights[i] = measured;
                            self.measured[i] = true;
                            remeasured = true;
                        }
                        drawn += 1;
                    }
                    y += self.heights[i] + gap;
                }
                ui.allocate_rect(Rect::from_min_size(origin, vec2(width, y)), egui::Sense::hover());
                if remeasured {
                    // Blocks below moved: draw once more with the real heights.
                    ui.ctx().request_repaint();
                }
            });
        self.drawn_blocks = drawn;
    }
}

/// Raw Markdown: one block per line, so that long briefs also scroll cheaply.
fn split_lines(markdown: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in markdown.split_inclusive('\n') {
        out.push(start..start + line.len());
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_top_level_elements_and_list_items() {
        let md = "# Title\n\nPara one.\n\n- a\n- b\n\n1. x\n2. y\n\n> quote\n> more\n\n| h |\n|---|\n| c |\n";
        let blocks: Vec<&str> =
            split_blocks(md).into_iter().map(|r| md.get(r).unwrap_or_default().trim_end()).collect();
        assert_eq!(
            blocks,
            ["# Title", "Para one.", "- a", "- b", "1. x", "2. y", "> quote\n> more", "| h |\n|---|\n| c |"]
        );
    }

    #[test]
    fn nested_lists_stay_inside_their_item() {
        let md = "- a\n  - a1\n  - a2\n- b\n";
        let blocks: Vec<&str> =
            split_blocks(md).into_iter().map(|r| md.get(r).unwrap_or_default().trim_end()).collect();
        assert_eq!(blocks, ["- a\n  - a1\n  - a2", "- b"]);
    }

    #[test]
    fn ranges_stay_on_character_boundaries() {
        let md = "- one [¶7]\n- two [¶8]\n\n## Next\n";
        for r in split_blocks(md) {
            assert!(md.is_char_boundary(r.start) && md.is_char_boundary(r.end), "{r:?}");
        }
    }

    #[test]
    fn raw_lines_cover_the_text() {
        let md = "a\n\nb";
        let lines = split_lines(md);
        assert_eq!(lines, [0..2, 2..3, 3..4]);
    }
}
