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

/// Receives glyphs from `pdf-extract` and groups them into lines.
pub(super) struct LineCollector {
    pages: Vec<PageText>,
    page_height: f64,
    page_bottom: f64,
    current: Option<Line>,
    chars: usize,
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
            deadline,
            stopped: None,
        }
    }

    pub(super) fn end_line(&mut self) {
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
        let scaled_x = font_size * trm.m11 + font_size * trm.m21;
        let scaled_y = font_size * trm.m12 + font_size * trm.m22;
        let size = (scaled_x * scaled_y).abs().sqrt();
        if !(x.is_finite() && y.is_finite() && size.is_finite() && width.is_finite()) {
            return Ok(());
        }
        let size = if size > 0.0 { size } else { 1.0 };
        let advance = x + width * size;
        let same_line =
            self.current.as_ref().is_some_and(|line| (y - line.y).abs() <= line.size.max(size) * 0.5);
        if !same_line {
            self.end_line();
            self.current = Some(Line { text: String::new(), x_start: x, x_end: x, y, size });
        }
        if let Some(line) = self.current.as_mut() {
            let gap = x - line.x_end;
            if !line.text.is_empty() && !line.text.ends_with(' ') && gap > size * 0.15 {
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
