//! Glyphs from `pdf-extract` grouped into lines with their position, size and page.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::MAX_TEXT_CHARS;
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

/// Receives glyphs from `pdf-extract` and groups them into lines.
pub(super) struct LineCollector {
    pages: Vec<PageText>,
    page_height: f64,
    page_bottom: f64,
    current: Option<Line>,
    chars: usize,
    /// The glyphs of the current line by character and position bucket (see `overprinted`).
    placed: std::collections::HashMap<(String, i64), Vec<f64>>,
    deadline: Deadline,
    /// Why collection was stopped early (time or size), reported instead of pdf-extract's error.
    pub(super) stopped: Option<Problem>,
}

impl LineCollector {
    pub(super) fn new(deadline: Deadline) -> Self {
        Self {
            pages: Vec::new(),
            page_height: 0.0,
            page_bottom: 0.0,
            current: None,
            chars: 0,
            placed: std::collections::HashMap::new(),
            deadline,
            stopped: None,
        }
    }

    /// Whether the same character was already placed on this line at (nearly) this position:
    /// bold faked by drawing text twice a fraction of a point apart. Positions are kept in buckets
    /// of the distance that counts as "the same place", so each glyph costs a few look-ups.
    fn overprinted(&mut self, char: &str, x: f64, along: f64) -> bool {
        let near = along * OVERPRINT_EMS;
        let bucket = (x / near).floor() as i64;
        let seen = (bucket - 1..=bucket + 1).any(|b| {
            self.placed.get(&(char.to_owned(), b)).is_some_and(|xs| xs.iter().any(|x0| (x - x0).abs() < near))
        });
        if !seen && !char.trim().is_empty() {
            self.placed.entry((char.to_owned(), bucket)).or_default().push(x);
        }
        seen && !char.trim().is_empty()
    }

    pub(super) fn end_line(&mut self) {
        self.placed.clear();
        if let Some(line) = self.current.take()
            && !line.text.trim().is_empty()
            && let Some(page) = self.pages.last_mut()
        {
            page.lines.push(Line { text: line.text.trim().to_owned(), ..line });
        }
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
        _page_num: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.end_line();
        self.page_height = (media_box.ury - media_box.lly).abs();
        self.page_bottom = media_box.lly;
        self.pages.push(PageText { lines: Vec::new(), height: self.page_height });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.end_line();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
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
        let advance = x + width * along;
        let same_line =
            self.current.as_ref().is_some_and(|line| (y - line.y).abs() <= line.size.max(size) * 0.5);
        // Far to the right of the line's end: another column written row by row, a new segment.
        let column_gap = self.current.as_ref().is_some_and(|line| x - line.x_end > along * COLUMN_GAP_EMS);
        if !same_line || column_gap {
            self.end_line();
            self.current = Some(Line { text: String::new(), x_start: x, x_end: x, y, size });
        }
        if self.overprinted(char, x, along) {
            return Ok(());
        }
        if let Some(line) = self.current.as_mut() {
            let gap = x - line.x_end;
            if !line.text.is_empty() && !line.text.ends_with(' ') && gap > along * 0.15 {
                line.text.push(' ');
            }
            line.text.push_str(char);
            line.x_end = line.x_end.max(advance);
            line.x_start = line.x_start.min(x);
            line.size = line.size.max(size);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
