//! Columns written row by row put back in reading order.
//!
//! Some layout programs write a multi-column page across: line 1 of every column, then line 2.
//! The line collector already cuts a line at a gap as wide as a gutter (see `lines`), so such a
//! page arrives as segments that share their rows. When most of a page's segments share a row
//! with another, and they start at two to four distinct places that are each a column's width
//! apart, the page is read column by column, top to bottom. Pages written column by column come
//! out in the same order they had.

use super::lines::{Line, PageText};

/// A column is at least this many ems wide (narrower segments are a table's cells).
const MIN_COLUMN_EMS: f64 = 10.0;

/// Each page's lines in reading order (see the module docs).
pub(super) fn in_reading_order(pages: Vec<PageText>) -> Vec<PageText> {
    pages.into_iter().map(reorder_page).collect()
}

fn shares_row(a: &Line, b: &Line) -> bool {
    (a.y - b.y).abs() <= a.size.max(b.size) * 0.5 && (a.x_end <= b.x_start || b.x_end <= a.x_start)
}

fn reorder_page(page: PageText) -> PageText {
    let lines = &page.lines;
    if lines.len() < 6 || lines.len() > 20_000 {
        return page;
    }
    // Rows: sort by y and compare neighbours, so the check stays near-linear.
    let mut by_y: Vec<usize> = (0..lines.len()).collect();
    by_y.sort_by(|&a, &b| lines[a].y.total_cmp(&lines[b].y));
    let mut in_shared_row = vec![false; lines.len()];
    for window in by_y.windows(8) {
        let first = window[0];
        for &other in &window[1..] {
            if shares_row(&lines[first], &lines[other]) {
                in_shared_row[first] = true;
                in_shared_row[other] = true;
            }
        }
    }
    let shared: Vec<&Line> = lines.iter().zip(&in_shared_row).filter(|(_, s)| **s).map(|(l, _)| l).collect();
    if shared.len() * 2 < lines.len() {
        return page;
    }
    let ems = |line: &Line| (line.x_end - line.x_start) / line.size.max(1.0);
    let mean_width = shared.iter().map(|l| ems(l)).sum::<f64>() / shared.len() as f64;
    if mean_width < MIN_COLUMN_EMS {
        return page;
    }
    // Column starts: clusters of segment starts more than half a column's width apart.
    let mut starts: Vec<f64> = shared.iter().map(|l| l.x_start).collect();
    starts.sort_by(f64::total_cmp);
    let size = shared.iter().map(|l| l.size).sum::<f64>() / shared.len() as f64;
    let apart = mean_width * size * 0.5;
    let mut columns: Vec<f64> = vec![starts[0]];
    for pair in starts.windows(2) {
        if pair[1] - pair[0] > apart {
            columns.push(pair[1]);
        }
    }
    if !(2..=4).contains(&columns.len()) {
        return page;
    }
    let column_of =
        |line: &Line| columns.iter().rposition(|&start| line.x_start + line.size >= start).unwrap_or(0);
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| {
        column_of(&lines[a]).cmp(&column_of(&lines[b])).then(lines[a].y.total_cmp(&lines[b].y))
    });
    let lines = order.into_iter().map(|i| lines[i].clone()).collect();
    PageText { lines, height: page.height }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(text: &str, x: f64, y: f64) -> Line {
        Line { text: text.into(), x_start: x, x_end: x + 140.0, y, size: 9.0, vertical: false }
    }

    #[test]
    fn columns_written_row_by_row_are_read_column_by_column() {
        let mut lines = Vec::new();
        for row in 0..4 {
            for column in 0..3 {
                let x = 72.0 + f64::from(column) * 158.0;
                lines.push(segment(&format!("c{column}r{row}"), x, 100.0 + f64::from(row) * 12.0));
            }
        }
        let page = reorder_page(PageText { lines, height: 842.0 });
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["c0r0", "c0r1", "c0r2", "c0r3", "c1r0", "c1r1", "c1r2", "c1r3", "c2r0", "c2r1", "c2r2", "c2r3"]
        );
    }

    #[test]
    fn single_columns_and_tables_keep_their_order() {
        let single: Vec<Line> =
            (0..8).map(|row| segment(&format!("r{row}"), 72.0, 100.0 + f64::from(row) * 12.0)).collect();
        let page = reorder_page(PageText { lines: single.clone(), height: 842.0 });
        assert_eq!(page.lines, single);
        // A table: short cells side by side, read row by row as written.
        let mut cells = Vec::new();
        for row in 0..4 {
            for column in 0..3 {
                let x = 72.0 + f64::from(column) * 100.0;
                let y = 100.0 + f64::from(row) * 12.0;
                cells.push(Line {
                    text: format!("{column}{row}"),
                    x_start: x,
                    x_end: x + 30.0,
                    y,
                    size: 9.0,
                    vertical: false,
                });
            }
        }
        let page = reorder_page(PageText { lines: cells.clone(), height: 842.0 });
        assert_eq!(page.lines, cells);
    }
}
