//! The article view: a custom widget that lays the source out once per paragraph, paints only the
//! visible paragraphs, draws tag, suggestion, find and selection highlights under the text, and
//! turns pointer and keyboard input into a selection in byte offsets.
//!
//! Layout (one galley per paragraph) is rebuilt only when the source, the width or the text size
//! changes; highlight rectangles are rebuilt only when the tags, suggestions or selection of a tag
//! change, and only for paragraphs that are painted. Per frame the view does a binary search for
//! the visible paragraphs and paints cached shapes.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Sense, Ui, pos2, vec2};

mod find;
mod geometry;
mod keyboard;
mod paint;

pub use self::find::{Find, find_all};
pub use self::geometry::word_at;
use self::geometry::{Place, tags_at};
use super::commands::Command;
use super::dialogs::quoted_short;
use super::fonts;
use super::text::text_in;
use crate::model::{ByteRange, Source, SourceId, Tag, TagId, TagKind};

/// Widest line of text, for comfortable reading.
pub const MAX_LINE_WIDTH: f32 = 720.0;
const GUTTER: f32 = 44.0;
const PARAGRAPH_GAP_ROWS: f32 = 0.7;

/// A selection: where it started and where it ends now (bytes, in any order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
}

impl Selection {
    pub fn range(&self) -> ByteRange {
        ByteRange::between(self.anchor, self.head)
    }

    pub fn is_empty(&self) -> bool {
        self.anchor == self.head
    }
}

/// A passage to highlight that is not a tag: a suggestion awaiting review.
#[derive(Clone, Debug)]
pub struct SuggestionMark {
    pub range: ByteRange,
    pub kind: TagKind,
    /// Index in the review list.
    pub index: usize,
}

/// What the article view reports back to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ArticleEvent {
    ClickedTag(TagId),
    ClickedSuggestion(usize),
    /// A tagging command from a shortcut or the context menu.
    Command(Command),
}

/// What the view needs from the session this frame.
pub struct ArticleInput<'a> {
    pub source: &'a Source,
    /// Tags on this source.
    pub tags: &'a [&'a Tag],
    pub suggestions: &'a [SuggestionMark],
    pub selected_tag: Option<TagId>,
    /// Changes whenever tags or suggestions change (the editor state plus a suggestion counter).
    pub marks_version: u64,
    pub font_size: f32,
    pub custom_colours: &'a HashMap<String, Color32>,
    /// A one-line hint shown above the text, if any.
    pub hint: Option<&'a str>,
}

struct Para {
    range: ByteRange,
    galley: Arc<Galley>,
    top: f32,
    number: usize,
}

struct Layout {
    source: SourceId,
    text: Arc<str>,
    width: f32,
    font_size: f32,
    dark: bool,
    paras: Vec<Para>,
    height: f32,
    row_height: f32,
}

#[derive(Clone, Copy)]
enum MarkStyle {
    Fill(Color32),
    Underline(Color32),
    Outline(Color32),
}
#[derive(Default)]
pub struct ArticleView {
    layout: Option<Layout>,
    marks: HashMap<usize, Vec<(Rect, MarkStyle)>>,
    marks_key: Option<(u64, Option<TagId>, SourceId, usize)>,
    pub selection: Option<Selection>,
    /// The last non-empty selection: kept when the focus moves to a toolbar button.
    pub find: Find,
    /// Scroll so that this byte is visible (and flash the range) on the next frame.
    pub reveal: Option<ByteRange>,
    flash: Option<(ByteRange, f64)>,
    dragging: bool,
    /// Where paragraph tops are measured from, and where text lines start, in screen points
    /// (last frame); used to map bytes to screen positions.
    origin: Pos2,
    text_left: f32,
    /// Rendering statistics of the last frame, for the benchmark and tests.
    pub painted_paragraphs: usize,
    pub layouts_built: usize,
    /// The article widget's id (last frame), to tell when it has the keyboard focus.
    pub widget_id: Option<egui::Id>,
    /// For which text the fonts were checked, and the warning if some letters have none.
    fonts_checked: Option<((SourceId, usize), Option<String>)>,
}

impl ArticleView {
    /// Forgets layout and selection (another source or session is shown).
    pub fn reset(&mut self) {
        *self = Self { layouts_built: self.layouts_built, ..Self::default() };
    }

    /// The selected byte range, if any text is selected.
    pub fn selected_range(&self) -> Option<ByteRange> {
        self.selection.filter(|s| !s.is_empty()).map(|s| s.range())
    }

    /// Selects a range programmatically (find, tests, reveal).
    pub fn select(&mut self, range: ByteRange) {
        self.selection = Some(Selection { anchor: range.start(), head: range.end() });
    }

    fn ensure_layout(&mut self, ui: &Ui, source: &Source, width: f32, font_size: f32) {
        let dark = ui.visuals().dark_mode;
        let text = source.shared_text();
        if let Some(l) = &self.layout
            && l.source == source.id
            && Arc::ptr_eq(&l.text, &text)
            && (l.width - width).abs() < 0.5
            && l.font_size == font_size
            && l.dark == dark
        {
            return;
        }
        let font = FontId::proportional(font_size);
        let colour = ui.visuals().text_color();
        let painter = ui.painter();
        let row_height = ui.fonts_mut(|f| f.row_height(&font));
        let gap = row_height * PARAGRAPH_GAP_ROWS;
        let mut top = 0.0;
        let mut paras = Vec::with_capacity(source.paragraphs().len());
        for (i, range) in source.paragraphs().iter().enumerate() {
            // Line breaks inside a paragraph (hard-wrapped text) flow as spaces: same characters.
            let shown = text_in(&text, *range).replace('\n', " ");
            let mut job = egui::text::LayoutJob::simple(shown, font.clone(), colour, width);
            job.wrap.max_width = width;
            let galley = painter.layout_job(job);
            let height = galley.size().y.max(row_height);
            paras.push(Para { range: *range, galley, top, number: i + 1 });
            top += height + gap;
        }
        self.layout =
            Some(Layout { source: source.id, text, width, font_size, dark, paras, height: top, row_height });
        self.marks.clear();
        self.marks_key = None;
        self.layouts_built += 1;
    }

    /// Draws the view and handles its input. Returns what the app should act on.
    pub fn ui(&mut self, ui: &mut Ui, input: &ArticleInput<'_>) -> Vec<ArticleEvent> {
        let mut events = Vec::new();
        if let Some(hint) = input.hint {
            ui.label(egui::RichText::new(hint).weak().italics());
        }
        self.missing_fonts_ui(ui, input.source);
        let available = ui.available_width();
        let width = (available - GUTTER - 24.0).clamp(120.0, MAX_LINE_WIDTH);
        self.ensure_layout(ui, input.source, width, input.font_size);
        let marks_key =
            (input.marks_version, input.selected_tag, input.source.id, input.source.text().as_ptr() as usize);
        if self.marks_key != Some(marks_key) {
            self.marks.clear();
            self.marks_key = Some(marks_key);
        }
        let Some(layout) = self.layout.take() else { return events };
        let left_pad = ((available - width - GUTTER) / 2.0).max(0.0);
        egui::ScrollArea::vertical()
            .id_salt(("article", input.source.id))
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.min_rect().min;
                let content =
                    Rect::from_min_size(origin, vec2(available, layout.height.max(viewport.height())));
                let response = ui.allocate_rect(content, Sense::click_and_drag());
                self.widget_id = Some(response.id);
                self.origin = origin;
                self.text_left = origin.x + left_pad + GUTTER;
                let place = Place { layout: &layout, origin, text_left: self.text_left };
                // Which paragraphs are visible.
                let first = layout.paras.partition_point(|p| p.top + p.galley.size().y < viewport.min.y);
                let last = layout.paras.partition_point(|p| p.top <= viewport.max.y).max(first);
                accessibility_info(&response, &layout, first..last);
                self.pointer_ui(ui, &response, &place, viewport, input, &mut events);
                if response.has_focus() {
                    self.focused_keyboard_ui(ui, &response, &place, first, input, &mut events);
                }
                self.hover_ui(&response, &place, input);
                self.context_menu_ui(&response, input, &mut events);
                let reveal_rect = self.take_reveal(ui, &place);
                let caret = self.selection.filter(|s| s.is_empty() && response.has_focus()).map(|s| s.head);
                self.paint_ui(ui, &place, viewport, first..last, input, caret);
                if let Some(rect) = reveal_rect {
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                }
            });
        self.layout = Some(layout);
        events
    }

    /// A warning when the article has letters no installed font can draw (checked once per text).
    fn missing_fonts_ui(&mut self, ui: &mut Ui, source: &Source) {
        let key = (source.id, source.text().as_ptr() as usize);
        if self.fonts_checked.as_ref().is_none_or(|(k, _)| *k != key) {
            let font = FontId::proportional(16.0);
            let missing =
                ui.ctx().fonts_mut(|f| fonts::missing_scripts(source.text(), |c| f.has_glyph(&font, c)));
            self.fonts_checked = Some((key, fonts::hint(&missing)));
        }
        if let Some((_, Some(hint))) = &self.fonts_checked {
            ui.colored_label(ui.visuals().warn_fg_color, hint.as_str());
        }
    }

    /// Pointer input: drag to select (scrolling past the edges), click for a caret or to pick the
    /// tag or suggestion under it, Shift+click to extend, double- and triple-click.
    fn pointer_ui(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        place: &Place<'_>,
        viewport: Rect,
        input: &ArticleInput<'_>,
        events: &mut Vec<ArticleEvent>,
    ) {
        let byte_at = |pos: Pos2| place.byte_at(pos);
        let modifiers = ui.input(|i| i.modifiers);
        if response.drag_started() || (response.clicked() && !self.dragging) {
            ui.memory_mut(|m| m.request_focus(response.id));
        }
        if response.drag_started() {
            let press = ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
            if let Some(b) = press.and_then(byte_at) {
                let anchor = match (modifiers.shift, self.selection) {
                    (true, Some(sel)) => sel.anchor,
                    _ => b,
                };
                self.selection = Some(Selection { anchor, head: b });
                self.dragging = true;
            }
        }
        if self.dragging
            && response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
        {
            if let (Some(b), Some(sel)) = (byte_at(pos), self.selection.as_mut()) {
                sel.head = b;
            }
            // Scroll while dragging past the top or bottom edge.
            let edge = place.layout.row_height;
            if pos.y < viewport.min.y + place.origin.y + edge {
                ui.scroll_with_delta(vec2(0.0, edge));
            } else if pos.y > viewport.max.y + place.origin.y - edge {
                ui.scroll_with_delta(vec2(0.0, -edge));
            }
        }
        if response.drag_stopped() {
            self.dragging = false;
        }
        if response.clicked()
            && let Some(b) = response.interact_pointer_pos().and_then(byte_at)
        {
            if modifiers.shift {
                if let Some(sel) = self.selection.as_mut() {
                    sel.head = b;
                }
            } else {
                // A click leaves a caret there: Shift+arrows select from it.
                self.selection = Some(Selection { anchor: b, head: b });
                if let Some(tag) = tags_at(input.tags, b).first() {
                    events.push(ArticleEvent::ClickedTag(tag.id));
                } else if let Some(s) = input.suggestions.iter().find(|s| s.range.contains(b)) {
                    events.push(ArticleEvent::ClickedSuggestion(s.index));
                }
            }
        }
        if response.double_clicked()
            && let Some(b) = response.interact_pointer_pos().and_then(byte_at)
        {
            self.select(word_at(input.source.text(), b));
        }
        if response.triple_clicked()
            && let Some(b) = response.interact_pointer_pos().and_then(byte_at)
            && let Some(p) = place.layout.paras.iter().find(|p| p.range.start() <= b && b <= p.range.end())
        {
            self.select(p.range);
        }
    }

    /// Keyboard input while the article has the focus; keeps the caret in view.
    fn focused_keyboard_ui(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        place: &Place<'_>,
        first: usize,
        input: &ArticleInput<'_>,
        events: &mut Vec<ArticleEvent>,
    ) {
        let filter =
            egui::EventFilter { horizontal_arrows: true, vertical_arrows: true, escape: true, tab: false };
        ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
        let top_byte = place.layout.paras.get(first).map_or(0, |p| p.range.start());
        if let Some(head) = self.keyboard(ui, input, place, top_byte, events)
            && let Some(rect) = place.caret_rect(head)
        {
            ui.scroll_to_rect(rect.expand(place.layout.row_height), None);
        }
    }

    /// Hover: the tags under the pointer.
    fn hover_ui(&self, response: &egui::Response, place: &Place<'_>, input: &ArticleInput<'_>) {
        if self.dragging {
            return;
        }
        let Some(b) = response.hover_pos().and_then(|pos| place.byte_at(pos)) else { return };
        let hits = tags_at(input.tags, b);
        if hits.is_empty() {
            return;
        }
        response.clone().on_hover_ui_at_pointer(|ui| {
            for tag in hits.iter().take(4) {
                ui.label(format!("{}: {}", tag.kind().label(), quoted_short(tag.text(), 60)));
            }
            ui.label(egui::RichText::new("Click to select the tag").weak());
        });
    }

    /// The right-click menu: the tagging commands and Copy.
    fn context_menu_ui(
        &self,
        response: &egui::Response,
        input: &ArticleInput<'_>,
        events: &mut Vec<ArticleEvent>,
    ) {
        response.context_menu(|ui| {
            let enabled = self.selected_range().is_some();
            for command in Command::TAGGING {
                let button = egui::Button::new(format!("Tag as {}", command.label().to_lowercase()))
                    .shortcut_text(command.shortcut_text(ui.ctx()));
                if ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked() {
                    events.push(ArticleEvent::Command(*command));
                    ui.close();
                }
            }
            if ui.add_enabled(enabled, egui::Button::new("Copy")).clicked() {
                if let Some(r) = self.selected_range() {
                    ui.ctx().copy_text(text_in(input.source.text(), r).to_owned());
                }
                ui.close();
            }
        });
    }

    /// The height of the laid-out article, in points.
    pub fn total_height(&self) -> f32 {
        self.layout.as_ref().map_or(0.0, |l| l.height)
    }

    /// Where the character at `byte` was drawn last frame (the middle of its left edge), in screen
    /// points; lets tests and the benchmark drive the view with real pointer events.
    pub fn screen_pos_of(&self, byte: usize) -> Option<Pos2> {
        let layout = self.layout.as_ref()?;
        let rect = Place { layout, origin: self.origin, text_left: self.text_left }.caret_rect(byte)?;
        Some(pos2(rect.min.x + 1.0, rect.center().y))
    }
}

/// Screen readers get the text in view (the whole article could be megabytes; the closure only
/// runs while accessibility is on).
fn accessibility_info(response: &egui::Response, layout: &Layout, visible: std::ops::Range<usize>) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Document, true, "Article text");
        let paras = layout.paras.get(visible.clone()).unwrap_or_default();
        let text: Vec<&str> = paras.iter().map(|p| text_in(&layout.text, p.range)).collect();
        info.current_text_value = Some(text.join("\n\n"));
        info
    });
}
