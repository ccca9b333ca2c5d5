//! The brief preview, virtualised: the Markdown is cut once per change into top-level blocks (list
//! items on their own), and only the blocks in view are rendered with egui_commonmark, each at its
//! measured (or, until first drawn, estimated) height. A brief with thousands of items costs the
//! same per frame as a short one. Citations (`[¶5]`, `[S2 ¶4]`) are links: clicking one asks
//! to show that paragraph in the article.

use std::ops::Range;

use egui::{Rect, Ui, UiBuilder, pos2, vec2};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::brief::cite::Printed;
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
    /// The Markdown drawn: the brief with its citations made into links (or as given, when raw).
    text: String,
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
    /// Returns the citation clicked, if one was.
    pub fn ui(&mut self, ui: &mut Ui, key: u64, markdown: &str, raw: bool) -> Option<CiteTarget> {
        let row_height = ui.text_style_height(&egui::TextStyle::Body);
        let fresh = self.source_key != Some(key) || self.raw != raw;
        if fresh {
            self.viewer.link_hooks_clear();
            if raw {
                self.text = markdown.to_owned();
                self.blocks = split_lines(markdown);
            } else {
                let (linked, targets) = link_citations(markdown);
                for target in targets {
                    self.viewer.add_link_hook(target);
                }
                self.blocks = split_blocks(&linked);
                self.text = linked;
            }
            self.source_key = Some(key);
            self.raw = raw;
        }
        let markdown = std::mem::take(&mut self.text);
        let mut clicked = None;
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
                                    clicked = clicked.take().or_else(|| clicked_citation(&self.viewer, text));
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
        self.text = markdown;
        clicked
    }
}

/// Where a citation of the preview points: a source's label (`None` in a brief with one source,
/// whose citations do not name it) and a 1-based paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CiteTarget {
    pub source: Option<String>,
    pub paragraph: usize,
}

/// The link destinations of citations (`briefsmith-cite:S2/4`, `briefsmith-cite:/5`).
const CITE_LINK: &str = "briefsmith-cite:";

/// Makes every citation of a rendered brief a link: `[¶5]` becomes `[\\[¶5\\]](briefsmith-cite:/5)`
/// and `[S2 ¶4]` becomes `[\\[S2 ¶4\\]](briefsmith-cite:S2/4)`; so does the escaped form
/// (`\\[¶5\\]`) that `brief::escape::inline` still writes where a plain one could become a link.
/// `[¶?]` and existing links stay as they are. Returns the text and every link destination made.
pub fn link_citations(markdown: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(markdown.len());
    let mut targets = Vec::new();
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = markdown.get(from..).and_then(|rest| rest.find('[')) {
        let open = from + at;
        from = open + 1;
        // '[', ']' and '\\' are ASCII, so every offset computed here is a character boundary.
        let escaped = markdown.get(..open).is_some_and(|before| before.ends_with('\\'));
        let start = if escaped { open - 1 } else { open };
        if start < last {
            continue;
        }
        let Some(len) = markdown.get(open + 1..).and_then(|rest| rest.find(']')) else { break };
        let inner = markdown.get(open + 1..open + 1 + len).unwrap_or_default();
        let inner = if escaped {
            match inner.strip_suffix('\\') {
                Some(inner) => inner,
                None => continue,
            }
        } else {
            inner
        };
        let end = open + 1 + len + 1;
        let Some(target) = cite_target(inner) else { continue };
        if markdown.get(end..).is_some_and(|after| after.starts_with('(')) {
            continue;
        }
        let destination =
            format!("{CITE_LINK}{}/{}", target.source.as_deref().unwrap_or(""), target.paragraph);
        out.push_str(markdown.get(last..start).unwrap_or_default());
        out.push_str(&format!("[\\[{inner}\\]]({destination})"));
        targets.push(destination);
        last = end;
        from = end;
    }
    out.push_str(markdown.get(last..).unwrap_or_default());
    (out, targets)
}

/// Where a printed citation points (read by the core's one parser of the syntax): a paragraph
/// with a number; `[¶?]` and `[KJ1]` point nowhere in the article.
fn cite_target(inner: &str) -> Option<CiteTarget> {
    match crate::brief::cite::parse_printed(inner)? {
        Printed::Paragraph { source, paragraph: Some(paragraph) } => Some(CiteTarget {
            source: source.map(str::to_owned),
            paragraph: usize::try_from(paragraph).ok()?,
        }),
        Printed::Paragraph { paragraph: None, .. } | Printed::Judgment { .. } => None,
    }
}

/// The target of a citation link in `block` that was clicked while it was drawn.
fn clicked_citation(viewer: &egui_commonmark::CommonMarkCache, block: &str) -> Option<CiteTarget> {
    let mut rest = block;
    while let Some(at) = rest.find(CITE_LINK) {
        let tail = rest.get(at..).unwrap_or_default();
        let destination = tail.split(')').next().unwrap_or_default();
        if viewer.get_link_hook(destination) == Some(true) {
            let (source, paragraph) = destination.get(CITE_LINK.len()..)?.split_once('/')?;
            let source = (!source.is_empty()).then(|| source.to_owned());
            return Some(CiteTarget { source, paragraph: paragraph.parse().ok()? });
        }
        rest = tail.get(CITE_LINK.len()..).unwrap_or_default();
    }
    None
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
    fn citations_become_links_and_look_alikes_do_not() {
        let md =
            "- Ships cut a cable. [¶5] — Öland\n- \\[¶6\\] [S2 ¶14], [¶?] [x] [S ¶3] [¶7](http://a) [S12 ¶1]";
        let (linked, targets) = link_citations(md);
        assert_eq!(
            linked,
            "- Ships cut a cable. [\\[¶5\\]](briefsmith-cite:/5) — Öland\n- [\\[¶6\\]](briefsmith-cite:/6) [\\[S2 ¶14\\]](briefsmith-cite:S2/14), \
             [¶?] [x] [S ¶3] [¶7](http://a) [\\[S12 ¶1\\]](briefsmith-cite:S12/1)"
        );
        assert_eq!(
            targets,
            ["briefsmith-cite:/5", "briefsmith-cite:/6", "briefsmith-cite:S2/14", "briefsmith-cite:S12/1"]
        );
        assert_eq!(link_citations(r"\[x\] \[¶4]").0, r"\[x\] \[¶4]", "half-escaped is not a citation");
        assert_eq!(link_citations("no [ closing").0, "no [ closing");
        assert_eq!(cite_target("S2 ¶4"), Some(CiteTarget { source: Some("S2".into()), paragraph: 4 }));
    }

    /// The preview used to link citations the escaping did not take for citations (more than nine
    /// digits, a source over four): both now read the syntax with the core's parser.
    #[test]
    fn citations_the_escaping_refuses_are_not_links() {
        let md = "[¶1234567890] [S12345 ¶1] \\[¶1234567890\\] [KJ1] [S2 ¶?] [S9999 ¶123456789]";
        let (linked, targets) = link_citations(md);
        assert_eq!(targets, ["briefsmith-cite:S9999/123456789"]);
        assert!(
            linked.starts_with("[¶1234567890] [S12345 ¶1] \\[¶1234567890\\] [KJ1] [S2 ¶?] [\\[S9999"),
            "{linked}"
        );
        assert_eq!(crate::brief::escape::inline("[¶1234567890]"), r"\[¶1234567890\]");
    }

    #[test]
    fn raw_lines_cover_the_text() {
        let md = "a\n\nb";
        let lines = split_lines(md);
        assert_eq!(lines, [0..2, 2..3, 3..4]);
    }
}
