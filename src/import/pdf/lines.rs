//! Glyphs from `pdf-extract` grouped into lines with their position, size and page.
//!
//! Glyphs of vertical fonts (known by their negative width, see `vertical`) are grouped into
//! columns instead. A column is stored as a line *transposed*: its `y` grows from the right edge
//! of the page to the left (columns are read from right to left) and its `x_start` and `x_end`
//! are its top and bottom, so the paragraph rules (gaps, indents, short last lines) apply as they
//! are.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::MAX_TEXT_CHARS;
use super::actual_text::{Glyph, Marker, Spans};
use crate::import::Problem;
use crate::import::guard::Deadline;

/// One line of text as laid out on the page. `y` grows downwards from the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) x_start: f64,
    pub(super) x_end: f64,
    pub(super) y: f64,
    pub(super) size: f64,
    /// A column of vertical writing, in transposed coordinates (see the module docs).
    pub(super) vertical: bool,
}

/// A line's text without the white space around it, except one space after a last CJK
/// character: Korean is written with spaces and broken at them, and paragraphs join lines of
/// CJK without one unless the PDF shows one (see `layout`).
fn trimmed_line(text: &str) -> String {
    let trimmed = text.trim();
    let ends_cjk = trimmed.chars().next_back().is_some_and(super::layout::is_cjk);
    if ends_cjk && text.trim_start().len() > trimmed.len() {
        format!("{trimmed} ")
    } else {
        trimmed.to_owned()
    }
}

#[derive(Debug, Default)]
pub(super) struct PageText {
    pub(super) lines: Vec<Line>,
    pub(super) height: f64,
}

/// A gap wider than this many ems (of the text's width along the line) separates two columns,
/// not two words: justified text rarely stretches a space past one em.
const COLUMN_GAP_EMS: f64 = 1.5;
/// The same character closer than this to one already placed is a copy drawn for fake bold (the
/// narrowest letters are about 0.2 em wide, so a real repeat is never this close).
const OVERPRINT_EMS: f64 = 0.1;

/// Kerning between the strings of a `TJ` array in vertical writing stays under this many ems.
const VERTICAL_KERNING_EMS: f64 = 1.0;

/// pdf-extract's pen in a run of vertical glyphs: where the run started (`anchor_x`, `top`), on
/// which baseline pdf-extract moves it (`y`), and where the next glyph of the run would be.
#[derive(Clone, Copy, Debug)]
struct Pen {
    anchor_x: f64,
    top: f64,
    y: f64,
    expected_x: f64,
}

/// Receives glyphs from `pdf-extract` and groups them into lines.
pub(super) struct LineCollector {
    pages: Vec<PageText>,
    page_height: f64,
    page_bottom: f64,
    page_right: f64,
    current: Option<Line>,
    /// The column of vertical writing being collected.
    column: Option<Line>,
    /// Where pdf-extract's pen is in a run of vertical glyphs.
    pen: Option<Pen>,
    /// The next glyph starts a new string (pdf-extract calls `begin_word` for each).
    new_string: bool,
    page_number: u32,
    /// The numbers of the pages where text was found.
    pub(super) text_pages: std::collections::BTreeSet<u32>,
    chars: usize,
    /// The glyphs of the current line by character (hashed) and position bucket (see `overprinted`).
    placed: std::collections::HashMap<(u64, i64), Vec<f64>>,
    /// The sizes of the current line's glyphs, summed, and how many: a line's size is their mean,
    /// so that a raised initial or a symbol does not make it a heading.
    line_sizes: (f64, f64),
    /// Where each glyph (or inserted space) of the current line ends in its text, and how often a
    /// right-to-left letter arrived to the right and to the left of the glyph before it: lines
    /// of right-to-left script drawn in visual order are turned around at their end (see `bidi`).
    glyph_ends: Vec<usize>,
    rtl_steps: (usize, usize),
    last_x: f64,
    deadline: Deadline,
    /// Why collection was stopped early (time or size), reported instead of pdf-extract's error.
    pub(super) stopped: Option<Problem>,
    /// `/ActualText` spans: their texts, and the glyphs held back while one is open.
    spans: Spans,
}

impl LineCollector {
    pub(super) fn new(deadline: Deadline) -> Self {
        Self {
            pages: Vec::new(),
            page_height: 0.0,
            page_bottom: 0.0,
            page_right: 0.0,
            current: None,
            column: None,
            pen: None,
            new_string: true,
            page_number: 0,
            text_pages: std::collections::BTreeSet::new(),
            chars: 0,
            placed: std::collections::HashMap::new(),
            line_sizes: (0.0, 0.0),
            glyph_ends: Vec::new(),
            rtl_steps: (0, 0),
            last_x: 0.0,
            deadline,
            stopped: None,
            spans: Spans::default(),
        }
    }

    /// Whether the same character was already placed on this line at (nearly) this position:
    /// bold faked by drawing text twice a fraction of a point apart. Positions are kept in buckets
    /// of the distance that counts as "the same place", so each glyph costs a few look-ups.
    fn overprinted(&mut self, char: &str, x: f64, along: f64) -> bool {
        if char.trim().is_empty() {
            return false;
        }
        let glyph = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            char.hash(&mut hasher);
            hasher.finish()
        };
        let near = along * OVERPRINT_EMS;
        let bucket = (x / near).floor() as i64;
        let seen = (bucket.saturating_sub(1)..=bucket.saturating_add(1)).any(|b| {
            self.placed.get(&(glyph, b)).is_some_and(|xs| xs.iter().any(|x0| (x - x0).abs() < near))
        });
        if !seen {
            self.placed.entry((glyph, bucket)).or_default().push(x);
        }
        seen
    }

    /// Ends the line or column being collected (see [`trimmed_line`]).
    pub(super) fn end_line(&mut self) {
        self.placed.clear();
        if let Some(line) = self.current.as_mut() {
            let (forward, backward) = std::mem::take(&mut self.rtl_steps);
            if forward > backward && super::bidi::is_rtl_line(&line.text) {
                let mut start = 0;
                let glyphs: Vec<&str> = self
                    .glyph_ends
                    .iter()
                    .filter_map(|&end| line.text.get(std::mem::replace(&mut start, end)..end))
                    .collect();
                line.text = super::bidi::visual_to_logical(&glyphs);
            }
        }
        self.glyph_ends.clear();
        for line in [self.current.take(), self.column.take()].into_iter().flatten() {
            if !line.text.trim().is_empty()
                && let Some(page) = self.pages.last_mut()
            {
                self.text_pages.insert(self.page_number);
                page.lines.push(Line { text: trimmed_line(&line.text), ..line });
            }
        }
    }

    /// Horizontal glyphs set upright inside a column of vertical writing (digits of a date, in a
    /// horizontal font: "tate-chu-yoko") belong to the column, just below its end.
    fn upright_in_column(&mut self, x: f64, y: f64, char: &str) -> bool {
        let Some(column) = self.column.as_mut() else { return false };
        let centre = self.page_right - column.y;
        let inside = (x - centre).abs() <= column.size
            && y >= column.x_end - column.size * 0.5
            && y <= column.x_end + column.size * 1.5;
        if inside {
            column.text.push_str(char);
            column.x_end = column.x_end.max(y + column.size * 0.2);
        }
        inside
    }

    /// A glyph of a vertical font at pdf-extract's position (`x`, `y` down from the top), which
    /// moved its pen left, not down, by the vertical `advance`.
    fn vertical_glyph(&mut self, x: f64, y: f64, advance: f64, size: f64, char: &str) {
        let new_string = std::mem::replace(&mut self.new_string, false);
        let continued = self.pen.as_ref().filter(|pen| {
            let off = x - pen.expected_x;
            // Within a string the pen only moves by advances; between strings of a `TJ`
            // array by kerning, under an em (a new column's `Td` moves it further, or up).
            (y - pen.y).abs() <= size * 0.05
                && off <= size * 0.3
                && (!new_string || off >= -size * VERTICAL_KERNING_EMS)
        });
        let pen = match continued {
            Some(pen) => Pen { expected_x: x - advance, ..*pen },
            None => Pen { anchor_x: x, top: y, y, expected_x: x - advance },
        };
        self.pen = Some(pen);
        let down = pen.top + (pen.anchor_x - x);
        let across = self.page_right - pen.anchor_x;
        if self.current.is_some() {
            self.end_line();
        }
        let fits = self.column.as_ref().is_some_and(|column| {
            (column.y - across).abs() <= size * 0.5
                && down >= column.x_end - size * 0.5
                && down - column.x_end <= size * COLUMN_GAP_EMS
        });
        if !fits {
            self.end_line();
            let line =
                Line { text: String::new(), x_start: down, x_end: down, y: across, size, vertical: true };
            self.column = Some(line);
        }
        if let Some(column) = self.column.as_mut() {
            column.text.push_str(char);
            column.x_end = column.x_end.max(down + advance);
            column.size = column.size.max(size);
        }
    }

    /// A space glyph counts only where it follows the line's last glyph. LibreOffice draws the
    /// word spaces of a right-to-left line (or a heading) as a run of their own before the letters:
    /// taken as glyphs, they started segments of their own far to the right or, pushing the line's
    /// end past the letters drawn after them, hid every word gap (the words came out glued).
    fn space_glyph(&mut self, x: f64, y: f64, advance: f64) {
        let Some(line) = self.current.as_mut() else { return };
        let size = line.size;
        let follows =
            (y - line.y).abs() <= size * 0.5 && x >= line.x_end - size * 0.1 && x - line.x_end < size;
        if follows && !line.text.is_empty() && !line.text.ends_with(' ') {
            line.text.push(' ');
            self.glyph_ends.push(line.text.len());
            line.x_end = line.x_end.max(advance);
        }
    }

    /// The texts of the document's `/ActualText` spans, indexed as their markers are.
    pub(super) fn set_actual_texts(&mut self, texts: Vec<String>) {
        self.spans = Spans::new(texts);
    }

    fn place_all(&mut self, glyphs: Vec<Glyph>) -> Result<(), OutputError> {
        for glyph in glyphs {
            self.place(&glyph.trm, glyph.width, glyph.spacing, glyph.font_size, &glyph.text)?;
        }
        Ok(())
    }

    pub(super) fn finish(mut self) -> Vec<PageText> {
        self.end_line();
        self.pages
    }

    fn stop(&mut self, problem: Problem) -> Result<(), OutputError> {
        self.stopped = Some(problem);
        Err(OutputError::FormatError(std::fmt::Error))
    }
}

impl OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        let held = self.spans.flush();
        self.place_all(held)?;
        self.end_line();
        self.page_number = page_num;
        self.pen = None;
        self.page_height = (media_box.ury - media_box.lly).abs();
        self.page_bottom = media_box.lly;
        self.page_right = media_box.urx.max(media_box.llx);
        self.pages.push(PageText { lines: Vec::new(), height: self.page_height });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let held = self.spans.flush();
        self.place_all(held)?;
        self.end_line();
        Ok(())
    }

    /// Only the markers of `/ActualText` spans (see `actual_text`) are read from paths.
    fn fill(
        &mut self,
        _: &Transform,
        _: &pdf_extract::ColorSpace,
        _: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        match Marker::from_path(path) {
            Some(marker) => {
                let glyphs = self.spans.marker(marker);
                self.place_all(glyphs)
            }
            None => Ok(()),
        }
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.spans.is_open() {
            let text = char.to_owned();
            self.spans.hold(Glyph { trm: *trm, width, spacing, font_size, text });
            return Ok(());
        }
        self.place(trm, width, spacing, font_size, char)
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.new_string = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

impl LineCollector {
    /// Places one glyph (or a span's text) on its line.
    fn place(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let char: &str = &super::compat::plain_forms(char);
        self.chars += 1;
        if self.chars.is_multiple_of(1024)
            && let Err(problem) = self.deadline.check()
        {
            return self.stop(problem);
        }
        if self.chars > MAX_TEXT_CHARS {
            return self.stop(Problem::DamagedPdf(format!(
                "it holds more than {MAX_TEXT_CHARS} characters of text"
            )));
        }
        // The glyph's origin in page space, y measured down from the top of the page.
        let x = trm.m31;
        let y = self.page_height - (trm.m32 - self.page_bottom);
        // The text size along the baseline (horizontal scaling `Tz` and a stretched text matrix
        // included: glyph advances and word gaps are measured in it) and across it (the size of
        // the line).
        let along = font_size * trm.m11.hypot(trm.m12);
        let across = font_size * trm.m21.hypot(trm.m22);
        if !(x.is_finite() && y.is_finite() && along.is_finite() && across.is_finite() && width.is_finite()) {
            return Ok(());
        }
        let size = if across > 0.0 { across } else { 1.0 };
        let along = if along > 0.0 { along } else { size };
        if width < 0.0 {
            self.vertical_glyph(x, y, -width * along, along, char);
            return Ok(());
        }
        self.new_string = false;
        self.pen = None;
        if self.upright_in_column(x, y, char) {
            return Ok(());
        }
        if self.column.is_some() {
            self.end_line();
        }
        let advance = x + width * along;
        if char.trim().is_empty() {
            self.space_glyph(x, y, advance);
            return Ok(());
        }
        // Within half the larger size of the line's baseline; but back towards the line's start on
        // another baseline is the next line under a line with a large glyph (an initial, a
        // symbol), whose size widened the tolerance: joined, the two lines would glue their words.
        let same_line = self.current.as_ref().is_some_and(|line| {
            let dy = (y - line.y).abs();
            let carriage_return = x < line.x_end - along * 2.0 && dy > line.size.min(size) * 0.25;
            dy <= line.size.max(size) * 0.5 && !carriage_return
        });
        // Far to the right of the line's end: another column written row by row, a new segment.
        let column_gap = self.current.as_ref().is_some_and(|line| x - line.x_end > along * COLUMN_GAP_EMS);
        if !same_line || column_gap {
            self.end_line();
            self.current = Some(Line { text: String::new(), x_start: x, x_end: x, y, size, vertical: false });
            self.line_sizes = (0.0, 0.0);
        }
        if self.overprinted(char, x, along) {
            return Ok(());
        }
        if let Some(line) = self.current.as_mut() {
            // A right-to-left letter drawn to the left of the glyph before it (glyphs in reading
            // order): the gap is between its end and that glyph's start.
            let leftwards = advance <= self.last_x && char.chars().any(super::bidi::is_rtl_letter);
            let gap = if leftwards { self.last_x - advance } else { x - line.x_end };
            if !line.text.is_empty() && !line.text.ends_with(' ') && gap > along * 0.15 {
                line.text.push(' ');
                self.glyph_ends.push(line.text.len());
            }
            if char.chars().any(super::bidi::is_rtl_letter) && !line.text.is_empty() {
                if x > self.last_x + along * 0.01 {
                    self.rtl_steps.0 += 1;
                } else if x < self.last_x - along * 0.01 {
                    self.rtl_steps.1 += 1;
                }
            }
            self.last_x = x;
            line.text.push_str(char);
            self.glyph_ends.push(line.text.len());
            line.x_end = line.x_end.max(advance);
            line.x_start = line.x_start.min(x);
            self.line_sizes = (self.line_sizes.0 + size, self.line_sizes.1 + 1.0);
            line.size = self.line_sizes.0 / self.line_sizes.1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_after_cjk_at_a_line_end_is_kept_and_no_other() {
        assert_eq!(trimmed_line(" 추위가 "), "추위가 ");
        assert_eq!(trimmed_line("추위가"), "추위가");
        // Hyphens and Latin words keep the rules of `layout::join_line`.
        assert_eq!(trimmed_line("the gov- "), "the gov-");
        assert_eq!(trimmed_line("  "), "");
    }

    /// Shows `glyphs` (text, x, advance width in ems) at size 10 on one baseline, with the text
    /// matrix scaling x by `stretch` (as `Tz` or a stretched `Tm` do), and returns the lines.
    fn collect(glyphs: &[(&str, f64, f64)], stretch: f64) -> Vec<String> {
        let mut collector = LineCollector::new(Deadline::after(std::time::Duration::from_secs(10)));
        let page = MediaBox { llx: 0.0, lly: 0.0, urx: 600.0, ury: 800.0 };
        collector.begin_page(1, &page, None).unwrap();
        for &(text, x, width) in glyphs {
            let trm = Transform::row_major(stretch, 0.0, 0.0, 1.0, x, 700.0);
            collector.output_character(&trm, width, 0.0, 10.0, text).unwrap();
        }
        collector.finish().into_iter().flat_map(|p| p.lines).map(|l| l.text).collect()
    }

    #[test]
    fn gaps_are_measured_in_the_stretched_width() {
        // 0.83 em letters at 1.6 × 10: 13.28 points apart; the word gap is 0.28 em of 16 points.
        let wide = [("m", 0.0, 0.83), ("m", 13.28, 0.83), ("a", 31.04, 0.5), ("b", 39.04, 0.5)];
        assert_eq!(collect(&wide, 1.6), ["mm ab"]);
        // At 0.55, letters 2.75 points apart and a word gap of 0.28 em is 1.5 points.
        let narrow = [("a", 0.0, 0.5), ("b", 2.75, 0.5), ("c", 7.0, 0.5), ("d", 9.75, 0.5)];
        assert_eq!(collect(&narrow, 0.55), ["ab cd"]);
    }

    #[test]
    fn fake_bold_copies_are_dropped_and_real_repeats_kept() {
        let glyphs = [
            ("l", 0.0, 0.22),
            ("l", 2.2, 0.22),
            ("o", 4.4, 0.55),
            ("l", 0.3, 0.22),
            ("l", 2.5, 0.22),
            ("o", 4.7, 0.55),
        ];
        assert_eq!(collect(&glyphs, 1.0), ["llo"]);
    }

    #[test]
    fn the_next_line_under_a_large_glyph_is_not_glued_to_it() {
        let mut collector = LineCollector::new(Deadline::after(std::time::Duration::from_secs(10)));
        let page = MediaBox { llx: 0.0, lly: 0.0, urx: 600.0, ury: 800.0 };
        collector.begin_page(1, &page, None).unwrap();
        let mut show = |x: f64, y: f64, size: f64, c: &str| {
            let trm = Transform::row_major(1.0, 0.0, 0.0, 1.0, x, y);
            collector.output_character(&trm, 0.5, 0.0, size, c).unwrap();
        };
        // "ab" then a symbol four times as large on the same baseline, then "cd" 13 points lower.
        show(0.0, 700.0, 10.0, "a");
        show(5.0, 700.0, 10.0, "b");
        show(17.0, 700.0, 40.0, "Ω");
        show(0.0, 687.0, 10.0, "c");
        show(5.0, 687.0, 10.0, "d");
        let lines: Vec<String> =
            collector.finish().into_iter().flat_map(|p| p.lines).map(|l| l.text).collect();
        assert_eq!(lines, ["ab Ω", "cd"]);
    }

    #[test]
    fn hebrew_drawn_left_to_right_is_turned_around_and_drawn_right_to_left_keeps_its_gaps() {
        // "שלום עולם" in visual order: "םלוע" at the left, a word gap, then "םולש".
        let visual: Vec<(String, f64)> = "םלוע"
            .chars()
            .chain("םולש".chars())
            .enumerate()
            .map(|(i, c)| (c.to_string(), i as f64 * 5.0 + if i >= 4 { 3.0 } else { 0.0 }))
            .collect();
        let glyphs: Vec<(&str, f64, f64)> = visual.iter().map(|(c, x)| (c.as_str(), *x, 0.5)).collect();
        assert_eq!(collect(&glyphs, 1.0), ["שלום עולם"]);
        // The same words in reading order, each glyph to the left of the one before.
        let logical: Vec<(String, f64)> = "שלום"
            .chars()
            .chain("עולם".chars())
            .enumerate()
            .map(|(i, c)| (c.to_string(), 100.0 - i as f64 * 5.0 - if i >= 4 { 3.0 } else { 0.0 }))
            .collect();
        let glyphs: Vec<(&str, f64, f64)> = logical.iter().map(|(c, x)| (c.as_str(), *x, 0.5)).collect();
        assert_eq!(collect(&glyphs, 1.0), ["שלום עולם"]);
    }

    #[test]
    fn word_spaces_drawn_before_their_letters_do_not_hide_the_gaps() {
        // The spaces of "ab cd" drawn first, at their place and far to the right, then the letters.
        let glyphs = [
            (" ", 10.0, 0.25),
            (" ", 90.0, 0.25),
            ("a", 0.0, 0.5),
            ("b", 5.0, 0.5),
            ("c", 12.5, 0.5),
            ("d", 17.5, 0.5),
        ];
        assert_eq!(collect(&glyphs, 1.0), ["ab cd"]);
        let spaced = [("a", 0.0, 0.5), (" ", 5.0, 0.25), ("b", 7.5, 0.5)];
        assert_eq!(collect(&spaced, 1.0), ["a b"]);
    }

    #[test]
    fn ligature_glyphs_are_read_as_their_letters() {
        let glyphs = [("\u{FB01}", 0.0, 0.55), ("n", 5.5, 0.5), ("d", 10.5, 0.5)];
        assert_eq!(collect(&glyphs, 1.0), ["find"]);
    }

    #[test]
    fn a_gutter_wide_gap_starts_a_new_segment() {
        let glyphs = [("a", 0.0, 0.5), ("b", 5.0, 0.5), ("c", 40.0, 0.5)];
        assert_eq!(collect(&glyphs, 1.0), ["ab", "c"]);
        let words = [("a", 0.0, 0.5), ("b", 5.0, 0.5), ("c", 18.0, 0.5)];
        assert_eq!(collect(&words, 1.0), ["ab c"]);
    }

    /// Shows vertical glyphs as pdf-extract reports them for a font marked vertical (width −1 em,
    /// size 12): each string (`x`, `y` of its start, glyphs) moves the pen left by an em per glyph.
    fn collect_vertical(strings: &[(f64, f64, &str)]) -> Vec<Line> {
        let mut collector = LineCollector::new(Deadline::after(std::time::Duration::from_secs(10)));
        let page = MediaBox { llx: 0.0, lly: 0.0, urx: 600.0, ury: 800.0 };
        collector.begin_page(1, &page, None).unwrap();
        for &(x, y, text) in strings {
            collector.begin_word().unwrap();
            for (i, c) in text.chars().enumerate() {
                let trm = Transform::row_major(1.0, 0.0, 0.0, 1.0, x - 12.0 * i as f64, y);
                collector.output_character(&trm, -1.0, 0.0, 12.0, &c.to_string()).unwrap();
            }
        }
        collector.finish().into_iter().flat_map(|p| p.lines).collect()
    }

    #[test]
    fn vertical_strings_are_read_down_each_column_from_right_to_left() {
        // Two columns 1.5 em apart: laid out horizontally, their glyphs would overlap.
        let lines = collect_vertical(&[(500.0, 700.0, "港湾局は"), (482.0, 700.0, "十日、")]);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["港湾局は", "十日、"]);
        assert!(lines.iter().all(|l| l.vertical));
        // Transposed: across from the right edge, and down from the top of the page.
        assert_eq!((lines[0].y, lines[0].x_start, lines[0].x_end), (100.0, 100.0, 148.0));
        assert_eq!((lines[1].y, lines[1].x_start, lines[1].x_end), (118.0, 100.0, 136.0));
    }

    #[test]
    fn upright_digits_inside_a_column_stay_in_it() {
        let mut collector = LineCollector::new(Deadline::after(std::time::Duration::from_secs(10)));
        let page = MediaBox { llx: 0.0, lly: 0.0, urx: 600.0, ury: 800.0 };
        collector.begin_page(1, &page, None).unwrap();
        let mut show = |x: f64, y: f64, width: f64, c: &str| {
            collector.begin_word().unwrap();
            let trm = Transform::row_major(1.0, 0.0, 0.0, 1.0, x, y);
            collector.output_character(&trm, width, 0.0, 12.0, c).unwrap();
        };
        show(500.0, 700.0, -1.0, "第");
        // "12" in a horizontal font, centred on the column, on a baseline one em lower.
        show(494.0, 678.0, 0.5, "1");
        show(500.0, 678.0, 0.5, "2");
        show(500.0, 676.0, -1.0, "回");
        // A horizontal line elsewhere on the page ends the column.
        show(72.0, 60.0, 0.5, "7");
        let lines = collector.finish().into_iter().flat_map(|p| p.lines).collect::<Vec<_>>();
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["第12回", "7"]);
    }

    #[test]
    fn vertical_glyphs_placed_one_by_one_and_kerned_strings_stay_in_their_column() {
        // Each glyph by its own text matrix, down the column.
        let glyphs: Vec<(f64, f64, String)> = "防波堤"
            .chars()
            .enumerate()
            .map(|(i, c)| (500.0, 700.0 - 12.0 * i as f64, c.to_string()))
            .collect();
        let strings: Vec<(f64, f64, &str)> = glyphs.iter().map(|(x, y, c)| (*x, *y, c.as_str())).collect();
        let lines = collect_vertical(&strings);
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["防波堤"]);
        // A TJ array: the second string half an em further down (left, as pdf-extract moves).
        let lines = collect_vertical(&[(500.0, 700.0, "工事、"), (458.0, 700.0, "完成")]);
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["工事、完成"]);
        assert_eq!(lines[0].x_end, 100.0 + 12.0 * 5.5);
    }
}
