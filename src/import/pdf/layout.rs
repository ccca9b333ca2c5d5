//! Lines to paragraphs: running headers, footers and page numbers dropped, paragraph breaks found
//! from gaps, indents and short lines, end-of-line hyphenation repaired (see the parent module's
//! docs).

use super::hyphens::{self, Vocabulary};
#[cfg(test)]
use super::lines::Line;
use super::lines::PageText;

/// Lines with their digits masked, lower-cased, for comparing headers across pages.
fn header_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c.to_ascii_lowercase() })
        .collect()
}

fn is_page_number(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let lower = lower.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '[' | ']' | '(' | ')'));
    let rest = lower.strip_prefix("page").map_or(lower, str::trim_start);
    let mut parts = rest.splitn(2, |c: char| c == '/' || c.is_whitespace());
    let first = parts.next().unwrap_or("");
    let second = parts.next().map(|s| s.trim().trim_start_matches("of").trim_start_matches('/').trim());
    let is_number = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| c.is_ascii_digit());
    let roman = |s: &str| !s.is_empty() && s.len() <= 6 && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    match second {
        None => is_number(first) || roman(first),
        Some(total) => is_number(first) && is_number(total),
    }
}

/// Drops running headers, footers and page numbers (see the module docs).
pub(super) fn strip_headers_and_footers(pages: Vec<PageText>) -> Vec<PageText> {
    const EDGE_FRACTION: f64 = 0.12;
    const EDGE_LINES: usize = 3;
    let edge_indices = |page: &PageText| -> Vec<usize> {
        let n = page.lines.len();
        (0..n)
            .filter(|&i| {
                let line = &page.lines[i];
                // A column of vertical writing starts and ends near the edges on every page.
                if line.vertical {
                    return false;
                }
                let near_edge = page.height > 0.0
                    && (line.y < page.height * EDGE_FRACTION || line.y > page.height * (1.0 - EDGE_FRACTION));
                near_edge
                    || i < EDGE_LINES.min(n) && page.height <= 0.0
                    || i + EDGE_LINES >= n && page.height <= 0.0
            })
            .collect()
    };
    // Counted over all pages, and over left and right pages apart (books and reports alternate
    // their running heads: the title on one side, the chapter on the other).
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut by_side: [std::collections::HashMap<String, usize>; 2] = Default::default();
    for (index, page) in pages.iter().enumerate() {
        let mut keys: Vec<String> =
            edge_indices(page).iter().map(|&i| header_key(&page.lines[i].text)).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *by_side[index % 2].entry(key.clone()).or_default() += 1;
            *counts.entry(key).or_default() += 1;
        }
    }
    let half_of = |pages: usize| (pages as f64 * 0.5).ceil().max(2.0) as usize;
    let repeated_on = half_of(pages.len());
    let side_repeated_on = [half_of(pages.len().div_ceil(2)), half_of(pages.len() / 2)];
    pages
        .into_iter()
        .enumerate()
        .map(|(index, page)| {
            let side = index % 2;
            let repeated = |key: &String| {
                counts.get(key).is_some_and(|&n| n >= repeated_on)
                    || by_side[side].get(key).is_some_and(|&n| n >= side_repeated_on[side])
            };
            let mut at_edge = vec![false; page.lines.len()];
            for i in edge_indices(&page) {
                at_edge[i] = true;
            }
            let lines = page
                .lines
                .iter()
                .enumerate()
                .filter(|(i, line)| {
                    !at_edge[*i] || !(is_page_number(&line.text) || repeated(&header_key(&line.text)))
                })
                .map(|(_, line)| line.clone())
                .collect();
            PageText { lines, height: page.height }
        })
        .collect()
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', '。', '！', '？', ')'])
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0xff00..=0xffef)
}

/// Rebuilds paragraphs from the lines of all pages (see the module docs).
pub(super) fn paragraphs(pages: Vec<PageText>) -> Vec<String> {
    let vocabulary =
        Vocabulary::of_lines(pages.iter().flat_map(|page| &page.lines).map(|line| line.text.as_str()));
    let spacing = typical_line_spacing(&pages);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for page in &pages {
        // Margins of the lines, and apart of the columns of vertical writing (their top and bottom).
        let margins = |vertical: bool| {
            let lines = || page.lines.iter().filter(move |l| l.vertical == vertical);
            let left_margin = lines().map(|l| l.x_start).fold(f64::INFINITY, f64::min);
            let right_edge = lines().map(|l| l.x_end).fold(f64::NEG_INFINITY, f64::max);
            (left_margin, (right_edge - left_margin).max(1.0))
        };
        let margins = [margins(false), margins(true)];
        for (i, line) in page.lines.iter().enumerate() {
            let (left_margin, width) = margins[usize::from(line.vertical)];
            let breaks = match i.checked_sub(1).map(|p| &page.lines[p]) {
                // First line of a page: a paragraph that ran off the previous page continues.
                None => ends_sentence(&current),
                Some(previous) => {
                    let gap = line.y - previous.y;
                    let size = previous.size.max(line.size).max(1.0);
                    let wide_gap = spacing.is_some_and(|ratio| gap > ratio * size * 1.4) || gap > size * 2.0;
                    let size_changed = (line.size - previous.size).abs() > previous.size.max(1.0) * 0.15;
                    let indented = line.x_start > left_margin + line.size.max(1.0) * 1.0
                        && previous.x_start <= left_margin + line.size.max(1.0) * 0.5;
                    let short_end =
                        ends_sentence(&previous.text) && previous.x_end < left_margin + width * 0.85;
                    let moved_up_after_sentence = gap < 0.0 && ends_sentence(&previous.text);
                    // The next segment of the same row (a tab stop or gutter cut the line in two
                    // and the page was not taken as columns) continues it.
                    let same_row =
                        (line.y - previous.y).abs() <= size * 0.5 && line.x_start >= previous.x_end;
                    let turned = line.vertical != previous.vertical;
                    turned
                        || !same_row
                            && (wide_gap || size_changed || indented || short_end || moved_up_after_sentence)
                }
            };
            if breaks && !current.trim().is_empty() {
                paragraphs.push(std::mem::take(&mut current).trim().to_owned());
            }
            join_line(&mut current, &line.text, &vocabulary);
        }
    }
    if !current.trim().is_empty() {
        paragraphs.push(current.trim().to_owned());
    }
    paragraphs
}

/// The median gap between consecutive lines of the same size, as a multiple of the font size
/// (so that a headline's wider leading is not a paragraph break), when there are enough lines.
fn typical_line_spacing(pages: &[PageText]) -> Option<f64> {
    let mut ratios: Vec<f64> = pages
        .iter()
        .flat_map(|page| page.lines.windows(2))
        .filter(|pair| (pair[0].size - pair[1].size).abs() < 0.5 && pair[0].size > 0.0)
        .map(|pair| (pair[1].y - pair[0].y) / pair[0].size)
        .filter(|ratio| *ratio > 0.0)
        .collect();
    if ratios.len() < 3 {
        return None;
    }
    ratios.sort_by(f64::total_cmp);
    Some(ratios[ratios.len() / 2])
}

/// Appends a line to a paragraph, repairing end-of-line hyphenation (see [`hyphens`]).
fn join_line(paragraph: &mut String, line: &str, vocabulary: &Vocabulary) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    if let Some(before) = paragraph.strip_suffix('\u{ad}') {
        let len = before.len();
        paragraph.truncate(len);
        paragraph.push_str(line);
        return;
    }
    let hyphen = ['-', '\u{2010}'].into_iter().find(|&h| paragraph.ends_with(h));
    if let Some(hyphen) = hyphen {
        let stem = paragraph.strip_suffix(hyphen).unwrap_or(paragraph.as_str());
        let stem_len = stem.len();
        let letter_before = stem.chars().next_back().is_some_and(char::is_alphanumeric);
        if letter_before && next_starts_lower {
            let word_before: String = stem
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if !hyphens::keeps_hyphen(&word_before, line, vocabulary) {
                paragraph.truncate(stem_len);
            }
        }
        paragraph.push_str(line);
        return;
    }
    // A line of CJK that ends in a space (see `lines::trimmed_line`) brings its own.
    let joins_cjk = paragraph.ends_with(' ')
        || paragraph.chars().next_back().is_some_and(is_cjk) && line.chars().next().is_some_and(is_cjk);
    if !joins_cjk {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f64) -> Line {
        Line { text: text.into(), x_start: 72.0, x_end: 540.0, y, size: 11.0, vertical: false }
    }

    fn page(lines: Vec<Line>) -> PageText {
        PageText { lines, height: 792.0 }
    }

    #[test]
    fn hyphenation_is_repaired_but_real_hyphens_kept() {
        let empty = Vocabulary::default();
        let mut p = String::from("the gov-");
        join_line(&mut p, "ernment said", &empty);
        assert_eq!(p, "the government said");
        let mut p = String::from("port of Ust-");
        join_line(&mut p, "Luga", &empty);
        assert_eq!(p, "port of Ust-Luga");
        let known = Vocabulary::of_lines(["an Iskander short-range missile"].into_iter());
        let mut p = String::from("an Iskander short-");
        join_line(&mut p, "range missile", &known);
        assert_eq!(p, "an Iskander short-range missile");
        let mut p = String::from("a well-");
        join_line(&mut p, "known body", &empty);
        assert_eq!(p, "a well-known body");
        let mut p = String::from("soft\u{ad}");
        join_line(&mut p, "ware", &empty);
        assert_eq!(p, "software");
        let mut p = String::from("世界");
        join_line(&mut p, "平和", &empty);
        assert_eq!(p, "世界平和");
        // Korean broken at a space the PDF shows (kept by `lines::trimmed_line`).
        let mut p = String::from("추위가 ");
        join_line(&mut p, "이어진다고", &empty);
        assert_eq!(p, "추위가 이어진다고");
    }

    #[test]
    fn headers_footers_and_page_numbers_are_dropped() {
        let pages: Vec<PageText> = (1..=3)
            .map(|n| {
                page(vec![
                    line("The Baltic Ledger — 14 March 2026", 40.0),
                    line(&format!("Body text of page {n} which is long enough"), 200.0),
                    line(&format!("Page {n} of 3"), 760.0),
                ])
            })
            .collect();
        let kept = strip_headers_and_footers(pages);
        let texts: Vec<&str> = kept.iter().flat_map(|p| &p.lines).map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Body text of page 1 which is long enough",
                "Body text of page 2 which is long enough",
                "Body text of page 3 which is long enough"
            ]
        );
        assert!(is_page_number("7") && is_page_number("- 7 -") && is_page_number("Page 3 of 12"));
        assert!(is_page_number("12 / 40") && is_page_number("iv"));
        assert!(!is_page_number("2026 was a year") && !is_page_number("Page one"));
    }

    #[test]
    fn running_heads_that_alternate_between_left_and_right_pages_are_dropped() {
        let pages: Vec<PageText> = (1..=5)
            .map(|n| {
                let head = if n % 2 == 1 { "Harbour Review" } else { "Energy briefing" };
                page(vec![line(head, 40.0), line(&format!("Body text of page {n}"), 200.0)])
            })
            .collect();
        let kept = strip_headers_and_footers(pages);
        let texts: Vec<&str> = kept.iter().flat_map(|p| &p.lines).map(|l| l.text.as_str()).collect();
        assert_eq!(texts, (1..=5).map(|n| format!("Body text of page {n}")).collect::<Vec<_>>());
        // On two pages, a line seen once on each side is not a running head.
        let two = vec![page(vec![line("Introduction", 40.0)]), page(vec![line("Methods", 40.0)])];
        assert_eq!(strip_headers_and_footers(two).iter().map(|p| p.lines.len()).sum::<usize>(), 2);
    }

    #[test]
    fn segments_of_one_row_stay_in_one_paragraph() {
        let label = Line {
            text: "Invoice number:".into(),
            x_start: 72.0,
            x_end: 150.0,
            y: 100.0,
            size: 11.0,
            vertical: false,
        };
        let value = Line {
            text: "2026-0114".into(),
            x_start: 300.0,
            x_end: 350.0,
            y: 100.0,
            size: 11.0,
            vertical: false,
        };
        assert_eq!(paragraphs(vec![page(vec![label, value])]), ["Invoice number: 2026-0114"]);
    }

    #[test]
    fn paragraphs_break_on_gaps_and_continue_across_pages() {
        let first = page(vec![
            line("Finland and Estonia asked NATO on Friday to step up", 100.0),
            line("patrols in the Baltic Sea after a damaged cable.", 114.0),
            line("Estonian Prime Minister Kadri Saar told reporters that", 142.0),
            line("the damage could not be", 156.0),
        ]);
        let second =
            page(vec![line("explained by bad weather.", 100.0), line("Next paragraph starts here.", 128.0)]);
        let got = paragraphs(vec![first, second]);
        assert_eq!(
            got,
            [
                "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea after a damaged cable.",
                "Estonian Prime Minister Kadri Saar told reporters that the damage could not be explained by bad weather.",
                "Next paragraph starts here."
            ]
        );
    }
}
