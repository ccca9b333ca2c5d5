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

use egui::{Color32, CornerRadius, FontId, Galley, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};

use super::commands::Command;
use super::text::{text_before, text_from, text_in};
use super::theme;
use crate::model::span::{CharOffset, byte_to_char, ceil_char_boundary, char_to_byte, floor_char_boundary};
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

/// Find-in-article state.
#[derive(Default)]
pub struct Find {
    pub open: bool,
    pub query: String,
    pub matches: Vec<ByteRange>,
    pub current: usize,
    computed_for: Option<(String, SourceId, usize)>,
    pub focus_field: bool,
}

impl Find {
    /// Recomputes matches (case-insensitive) when the query or text changed.
    pub fn update(&mut self, source: &Source) {
        let key = (self.query.clone(), source.id, source.text().as_ptr() as usize);
        if self.computed_for.as_ref() == Some(&key) {
            return;
        }
        self.computed_for = Some(key);
        self.matches = find_all(source.text(), &self.query);
        self.current = 0;
    }

    pub fn current_match(&self) -> Option<ByteRange> {
        self.matches.get(self.current).copied()
    }

    pub fn next(&mut self) {
        if !self.matches.is_empty() {
            self.current = (self.current + 1) % self.matches.len();
        }
    }

    pub fn previous(&mut self) {
        if !self.matches.is_empty() {
            self.current = (self.current + self.matches.len() - 1) % self.matches.len();
        }
    }
}

/// Case-insensitive matches of `query` in `text`, as byte ranges of `text`.
pub fn find_all(text: &str, query: &str) -> Vec<ByteRange> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut j = 0;
        let mut k = i;
        // Compare lower-cased characters; most characters lower-case to one character.
        while j < needle.len() && k < chars.len() {
            let mut lower = chars[k].1.to_lowercase();
            let Some(c) = lower.next() else { break };
            if c != needle[j] || lower.next().is_some() {
                break;
            }
            j += 1;
            k += 1;
        }
        if j == needle.len() {
            let start = chars[i].0;
            let end = chars.get(k).map_or(text.len(), |(b, _)| *b);
            out.push(ByteRange::between(start, end));
            i = k.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

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

        let mut reveal_rect: Option<Rect> = None;
        let output = egui::ScrollArea::vertical()
            .id_salt(("article", input.source.id))
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.min_rect().min;
                let content =
                    Rect::from_min_size(origin, vec2(available, layout.height.max(viewport.height())));
                let response = ui.allocate_rect(content, Sense::click_and_drag());
                self.widget_id = Some(response.id);
                let text_left = origin.x + left_pad + GUTTER;
                self.origin = origin;
                self.text_left = text_left;
                let para_origin = |p: &Para| pos2(text_left, origin.y + p.top);

                // Which paragraphs are visible.
                let first = layout.paras.partition_point(|p| p.top + p.galley.size().y < viewport.min.y);
                let last = layout.paras.partition_point(|p| p.top <= viewport.max.y);
                // Screen readers get the text in view (the whole article could be megabytes; the
                // closure only runs while accessibility is on).
                response.widget_info(|| {
                    let mut info = egui::WidgetInfo::labeled(egui::Role::Document, true, "Article text");
                    let visible = layout.paras.get(first..last.max(first)).unwrap_or_default();
                    let text: Vec<&str> = visible.iter().map(|p| text_in(&layout.text, p.range)).collect();
                    info.current_text_value = Some(text.join("\n\n"));
                    info
                });

                // Input: pointer.
                let byte_at = |pos: Pos2| -> Option<usize> { pointer_byte(&layout, pos, origin, text_left) };
                let modifiers = ui.input(|i| i.modifiers);
                if response.drag_started() || (response.clicked() && !self.dragging) {
                    ui.memory_mut(|m| m.request_focus(response.id));
                }
                if response.drag_started() {
                    let press = ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
                    if let Some(b) = press.and_then(byte_at) {
                        match (modifiers.shift, self.selection) {
                            (true, Some(sel)) => {
                                self.selection = Some(Selection { anchor: sel.anchor, head: b })
                            }
                            _ => self.selection = Some(Selection { anchor: b, head: b }),
                        }
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
                    let edge = layout.row_height;
                    if pos.y < viewport.min.y + origin.y + edge {
                        ui.scroll_with_delta(vec2(0.0, edge));
                    } else if pos.y > viewport.max.y + origin.y - edge {
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
                        let hit = tags_at(input.tags, b);
                        if let Some(tag) = hit.first() {
                            events.push(ArticleEvent::ClickedTag(tag.id));
                        } else if let Some(s) =
                            input.suggestions.iter().find(|s| s.range.start() <= b && b < s.range.end())
                        {
                            events.push(ArticleEvent::ClickedSuggestion(s.index));
                        }
                    }
                }
                if response.double_clicked()
                    && let Some(b) = response.interact_pointer_pos().and_then(byte_at)
                {
                    let word = word_at(input.source.text(), b);
                    self.select(word);
                }
                if response.triple_clicked()
                    && let Some(b) = response.interact_pointer_pos().and_then(byte_at)
                    && let Some(p) = layout.paras.iter().find(|p| p.range.start() <= b && b <= p.range.end())
                {
                    self.select(p.range);
                }

                // Input: keyboard, while the article has the focus.
                if response.has_focus() {
                    ui.memory_mut(|m| {
                        m.set_focus_lock_filter(
                            response.id,
                            egui::EventFilter {
                                horizontal_arrows: true,
                                vertical_arrows: true,
                                escape: true,
                                tab: false,
                            },
                        )
                    });
                    let top_byte = layout.paras.get(first).map_or(0, |p| p.range.start());
                    let place = Place { layout: &layout, origin, text_left };
                    if let Some(head) = self.keyboard(ui, input, &place, top_byte, &mut events)
                        && let Some(rect) = place.caret_rect(head)
                    {
                        ui.scroll_to_rect(rect.expand(layout.row_height), None);
                    }
                }
                let focused = response.has_focus();
                let caret = self.selection.filter(|s| s.is_empty() && focused).map(|s| s.head);

                // Hover: show the tags under the pointer.
                if !self.dragging
                    && let Some(b) = response.hover_pos().and_then(byte_at)
                {
                    let hits = tags_at(input.tags, b);
                    if !hits.is_empty() {
                        response.clone().on_hover_ui_at_pointer(|ui| {
                            for tag in hits.iter().take(4) {
                                ui.label(format!("{}: “{}”", tag.kind().label(), short(tag.text(), 60)));
                            }
                            ui.label(egui::RichText::new("Click to select the tag").weak());
                        });
                    }
                }

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

                // Reveal a passage (clicked in the tags panel, or the current find match).
                if let Some(range) = self.reveal.take()
                    && let Some(p) = layout
                        .paras
                        .iter()
                        .find(|p| p.range.start() <= range.start() && range.start() <= p.range.end())
                {
                    let rects = range_rects(&p.galley, &layout.text, p.range, range);
                    let local = rects
                        .first()
                        .copied()
                        .unwrap_or(Rect::from_min_size(Pos2::ZERO, vec2(1.0, layout.row_height)));
                    reveal_rect = Some(local.translate(para_origin(p).to_vec2()));
                    self.flash = Some((range, ui.input(|i| i.time)));
                }

                // Paint the visible paragraphs.
                let painter = ui.painter_at(viewport.translate(origin.to_vec2()).expand(2.0));
                let text_colour = ui.visuals().text_color();
                let weak = ui.visuals().weak_text_color();
                let now = ui.input(|i| i.time);
                let mut painted = 0;
                for p in &layout.paras[first..last.max(first)] {
                    painted += 1;
                    let at = para_origin(p);
                    painter.text(
                        pos2(text_left - 10.0, at.y),
                        egui::Align2::RIGHT_TOP,
                        p.number.to_string(),
                        FontId::proportional((input.font_size * 0.75).max(9.0)),
                        weak,
                    );
                    let marks = self
                        .marks
                        .entry(p.number)
                        .or_insert_with(|| paragraph_marks(&layout.text, p, input, ui.visuals().dark_mode));
                    for (rect, style) in marks.iter() {
                        let rect = rect.translate(at.to_vec2());
                        match *style {
                            MarkStyle::Fill(c) => {
                                painter.rect_filled(rect, CornerRadius::same(2), c);
                            }
                            MarkStyle::Underline(c) => {
                                let y = rect.bottom() - 1.0;
                                painter.add(egui::Shape::dashed_line(
                                    &[pos2(rect.left(), y), pos2(rect.right(), y)],
                                    Stroke::new(2.0, c),
                                    4.0,
                                    3.0,
                                ));
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
                            let c =
                                if i == self.find.current { theme::FIND_CURRENT } else { theme::FIND_MATCH };
                            overlay(*m, c);
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
                    painter.galley(at, p.galley.clone(), text_colour);
                    if let Some(b) = caret.filter(|b| p.range.start() <= *b && *b <= p.range.end()) {
                        let para_text = text_in(&layout.text, p.range);
                        let chars = byte_to_char(para_text, b - p.range.start()).0;
                        let rect = p.galley.pos_from_cursor(egui::text::CCursor::new(chars));
                        let x = at.x + rect.min.x;
                        painter.line_segment(
                            [pos2(x, at.y + rect.min.y), pos2(x, at.y + rect.max.y)],
                            Stroke::new(1.5, text_colour),
                        );
                    }
                }
                self.painted_paragraphs = painted;
                if self.flash.is_some_and(|(_, t0)| now - t0 >= 1.2) {
                    self.flash = None;
                }
                if let Some(rect) = reveal_rect {
                    ui.scroll_to_rect(rect, Some(egui::Align::Center));
                }
            });
        let _ = output;
        self.layout = Some(layout);
        events
    }

    /// Keyboard input while the article has the focus: tagging keys, caret movement and
    /// selection (arrows, Ctrl for words, Up/Down for rows, Home/End, Shift to extend), Escape,
    /// Ctrl+A, copy. Returns where the caret went when it moved.
    fn keyboard(
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
                let main = command.shortcut().is_some_and(|s| i.consume_shortcut(&s));
                let digit = command.digit_key().is_some_and(|k| i.consume_key(egui::Modifiers::NONE, k));
                if main || digit {
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

#[derive(Clone, Copy, Debug)]
enum Motion {
    Left,
    Right,
    Up,
    Down,
    RowStart,
    RowEnd,
}

/// The article as laid out on screen this frame: maps bytes to places and back.
struct Place<'a> {
    layout: &'a Layout,
    origin: Pos2,
    text_left: f32,
}

impl Place<'_> {
    /// The caret's rectangle (zero width, one row high) at `byte`, in screen points.
    fn caret_rect(&self, byte: usize) -> Option<Rect> {
        let p = self.layout.paras.iter().find(|p| p.range.start() <= byte && byte <= p.range.end())?;
        let para_text = text_in(&self.layout.text, p.range);
        let chars = byte_to_char(para_text, byte - p.range.start()).0;
        let rect = p.galley.pos_from_cursor(egui::text::CCursor::new(chars));
        Some(rect.translate(vec2(self.text_left, self.origin.y + p.top)))
    }

    /// The byte one row above (`dir` < 0) or below `byte`, at the same horizontal place; `None`
    /// above the first row or below the last.
    fn row_step(&self, byte: usize, dir: i32) -> Option<usize> {
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
    fn row_edge(&self, byte: usize, end: bool) -> Option<usize> {
        let rect = self.caret_rect(byte)?;
        let x = if end { self.text_left + self.layout.width + 1_000.0 } else { self.text_left - 1_000.0 };
        pointer_byte(self.layout, pos2(x, rect.center().y), self.origin, self.text_left)
    }
}

/// Moves a byte position one character (or one word) left or right.
fn step(text: &str, byte: usize, dir: i32, by_word: bool) -> usize {
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

fn short(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out.replace('\n', " ")
}

/// Tags whose range contains `byte`, shortest first (the most specific one is clicked).
fn tags_at<'a>(tags: &[&'a Tag], byte: usize) -> Vec<&'a Tag> {
    let mut hits: Vec<&Tag> = tags
        .iter()
        .copied()
        .filter(|t| !t.is_orphan() && t.span.range.start() <= byte && byte < t.span.range.end())
        .collect();
    hits.sort_by_key(|t| t.span.range.len());
    hits
}

/// The byte under a point, if the point is over a paragraph.
fn pointer_byte(layout: &Layout, pos: Pos2, origin: Pos2, text_left: f32) -> Option<usize> {
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
fn range_rects(galley: &Galley, text: &str, para: ByteRange, range: ByteRange) -> Vec<Rect> {
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

fn paragraph_marks(text: &str, p: &Para, input: &ArticleInput<'_>, dark: bool) -> Vec<(Rect, MarkStyle)> {
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
    fn find_is_case_insensitive_and_returns_byte_ranges() {
        let text = "Kim met KIM in 서울; kim left. Straße";
        let found = find_all(text, "kim");
        assert_eq!(found.len(), 3);
        for r in &found {
            assert_eq!(text_in(text, *r).to_lowercase(), "kim");
        }
        assert_eq!(find_all(text, "서울").len(), 1);
        assert!(find_all(text, "  ").is_empty());
        assert_eq!(find_all("aaa", "aa").len(), 1, "matches do not overlap");
    }

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
