//! Finding a tag again when its source's text changes.
//!
//! 1. The old range still holds the exact text: **anchored**.
//! 2. Otherwise every occurrence of the exact text is scored by how well the text around it
//!    matches the selector's prefix and suffix (and, to break ties, by closeness to the old
//!    position): the best one is **re-anchored**.
//! 3. Otherwise a fuzzy search looks for a passage between a matching prefix (or the exact text's
//!    first words) and a matching suffix (or its last words) that is similar enough to the exact
//!    text: **re-anchored**.
//! 4. Otherwise the tag is an **orphan**: kept, with its selector, and reported.

use super::span::{
    ByteRange, TextQuoteSelector, ceil_char_boundary, floor_char_boundary, text_after, text_before,
};
use super::tag::AnchorStatus;

/// How similar (0–1) a fuzzy match must be to the exact text.
pub const FUZZY_THRESHOLD: f64 = 0.75;

/// The result of looking for a span in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchoring {
    pub status: AnchorStatus,
    pub range: ByteRange,
}

/// Finds `selector` in `text`, starting from the range it had before.
pub fn anchor(text: &str, old: ByteRange, selector: &TextQuoteSelector) -> Anchoring {
    if old.validate(text).is_ok()
        && old.slice(text) == Some(selector.exact.as_str())
        && !selector.exact.is_empty()
    {
        return Anchoring { status: AnchorStatus::Anchored, range: old };
    }
    if selector.exact.is_empty() {
        return orphan(text, old);
    }
    if let Some(range) = best_exact(text, old, selector) {
        return Anchoring { status: AnchorStatus::Reanchored, range };
    }
    if let Some(range) = fuzzy(text, old, selector) {
        return Anchoring { status: AnchorStatus::Reanchored, range };
    }
    orphan(text, old)
}

fn orphan(text: &str, old: ByteRange) -> Anchoring {
    let at = floor_char_boundary(text, old.start());
    Anchoring { status: AnchorStatus::Orphan, range: ByteRange::empty(at) }
}

fn best_exact(text: &str, old: ByteRange, selector: &TextQuoteSelector) -> Option<ByteRange> {
    text.match_indices(selector.exact.as_str())
        .map(|(start, m)| {
            let range = ByteRange::with_len(start, m.len());
            let context = common_suffix_chars(text_before(text, start), &selector.prefix)
                + common_prefix_chars(text_after(text, range.end()), &selector.suffix);
            let distance = start.abs_diff(old.start());
            (context, std::cmp::Reverse(distance), range)
        })
        .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
        .map(|(_, _, range)| range)
}

fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

/// Up to `n` characters from the start of `s`.
fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| text_before(s, i))
}

/// Up to `n` characters from the end of `s`.
fn tail(s: &str, n: usize) -> &str {
    s.char_indices().rev().nth(n.saturating_sub(1)).map_or(s, |(i, _)| text_after(s, i))
}

const PROBE_CHARS: usize = 12;
const MAX_CANDIDATES: usize = 200;

fn fuzzy(text: &str, old: ByteRange, selector: &TextQuoteSelector) -> Option<ByteRange> {
    let exact = selector.exact.as_str();
    let exact_chars = exact.chars().count();
    let probe = PROBE_CHARS.min(exact_chars.max(1));

    // Where the passage may start: just after the prefix, or where its first words are.
    let mut starts: Vec<usize> = Vec::new();
    let prefix_probe = tail(&selector.prefix, PROBE_CHARS);
    if prefix_probe.chars().count() >= 4 {
        starts.extend(text.match_indices(prefix_probe).map(|(i, m)| i + m.len()).take(MAX_CANDIDATES));
    }
    let head_probe = head(exact, probe);
    if head_probe.chars().count() >= 4 {
        starts.extend(text.match_indices(head_probe).map(|(i, _)| i).take(MAX_CANDIDATES));
    }
    // Where it may end: just before the suffix, or where its last words end.
    let mut ends: Vec<usize> = Vec::new();
    let suffix_probe = head(&selector.suffix, PROBE_CHARS);
    if suffix_probe.chars().count() >= 4 {
        ends.extend(text.match_indices(suffix_probe).map(|(i, _)| i).take(MAX_CANDIDATES));
    }
    let tail_probe = tail(exact, probe);
    if tail_probe.chars().count() >= 4 {
        ends.extend(text.match_indices(tail_probe).map(|(i, m)| i + m.len()).take(MAX_CANDIDATES));
    }
    starts.sort_unstable();
    starts.dedup();
    ends.sort_unstable();
    ends.dedup();

    let max_len = exact.len() + exact.len() / 2 + 16;
    let min_len = exact.len() / 2;
    let mut best: Option<(f64, usize, ByteRange)> = None;
    for &start in &starts {
        let lo = ends.partition_point(|&e| e < start + min_len);
        for &end in ends[lo..].iter().take_while(|&&e| e <= start + max_len) {
            let (s, e) = (ceil_char_boundary(text, start), floor_char_boundary(text, end));
            let Some(candidate) = text.get(s..e) else { continue };
            let trimmed = candidate.trim();
            if trimmed.is_empty() {
                continue;
            }
            let trimmed_start = s + (candidate.len() - candidate.trim_start().len());
            let trimmed_end = trimmed_start + trimmed.len();
            let score = similarity(exact, trimmed);
            let distance = trimmed_start.abs_diff(old.start());
            let better = match best {
                None => true,
                Some((bs, bd, _)) => score > bs + 1e-9 || ((score - bs).abs() <= 1e-9 && distance < bd),
            };
            if better {
                best = Some((score, distance, ByteRange::between(trimmed_start, trimmed_end)));
            }
        }
    }
    best.filter(|(score, _, _)| *score >= FUZZY_THRESHOLD).map(|(_, _, range)| range)
}

/// Similarity in 0–1: one minus the character edit distance over the longer length. Long texts
/// are compared by words, which is cheaper and as telling.
pub fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (ac, bc) = (a.chars().count(), b.chars().count());
    if ac.max(bc) > 400 {
        let aw: Vec<&str> = a.split_whitespace().collect();
        let bw: Vec<&str> = b.split_whitespace().collect();
        let longest = aw.len().max(bw.len()).max(1);
        return 1.0 - levenshtein(&aw, &bw) as f64 / longest as f64;
    }
    let av: Vec<char> = a.chars().collect();
    let bv: Vec<char> = b.chars().collect();
    1.0 - levenshtein(&av, &bv) as f64 / ac.max(bc).max(1) as f64
}

fn levenshtein<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let cost = usize::from(x != y);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selector_for(text: &str, needle: &str) -> (ByteRange, TextQuoteSelector) {
        let start = text.find(needle).unwrap();
        let range = ByteRange::with_len(start, needle.len());
        (range, TextQuoteSelector::capture(text, range))
    }

    #[test]
    fn unchanged_text_stays_anchored() {
        let text = "Pyongyang launched missiles. Seoul responded.";
        let (range, sel) = selector_for(text, "Seoul");
        assert_eq!(anchor(text, range, &sel), Anchoring { status: AnchorStatus::Anchored, range });
    }

    #[test]
    fn moved_text_is_found_again_by_exact_search() {
        let old = "Pyongyang launched missiles. Seoul responded.";
        let (range, sel) = selector_for(old, "Seoul responded");
        let new = "Breaking 世界: Pyongyang launched missiles. Seoul responded.";
        let found = anchor(new, range, &sel);
        assert_eq!(found.status, AnchorStatus::Reanchored);
        assert_eq!(found.range.slice(new), Some("Seoul responded"));
    }

    #[test]
    fn context_picks_the_right_occurrence_of_repeated_text() {
        let old = "Biden spoke first. Later, Biden spoke again about China.";
        let second = old.rfind("Biden").unwrap();
        let range = ByteRange::with_len(second, 5);
        let sel = TextQuoteSelector::capture(old, range);
        // Insert text so that the old offset now points at the wrong place.
        let new = format!("NEW INTRO. {old}");
        let found = anchor(&new, range, &sel);
        assert_eq!(found.status, AnchorStatus::Reanchored);
        assert_eq!(found.range.start(), new.rfind("Biden").unwrap());
    }

    #[test]
    fn slightly_edited_passage_is_reanchored_fuzzily() {
        let old = "Officials said the deployment of troops to assist Moscow's war has heightened fears. End.";
        let (range, sel) =
            selector_for(old, "the deployment of troops to assist Moscow's war has heightened fears");
        let new = "Officials said the deployment of troops to assist Moscow’s war effort has heightened fears. End.";
        let found = anchor(new, range, &sel);
        assert_eq!(found.status, AnchorStatus::Reanchored);
        let got = found.range.slice(new).unwrap();
        assert!(got.starts_with("the deployment") && got.ends_with("heightened fears"), "{got}");
    }

    #[test]
    fn vanished_passage_is_an_orphan_with_a_valid_empty_range() {
        let old = "North Korea launched short-range ballistic missiles on Tuesday.";
        let (range, sel) = selector_for(old, "short-range ballistic missiles");
        let new = "世界 A completely different article about fisheries policy.";
        let found = anchor(new, range, &sel);
        assert_eq!(found.status, AnchorStatus::Orphan);
        assert!(found.range.is_empty());
        assert!(found.range.validate(new).is_ok());
    }

    #[test]
    fn similarity_is_one_for_equal_and_lower_for_edits() {
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert!(similarity("kitten", "sitting") < 0.6);
        assert!(similarity("Moscow's war", "Moscow’s war") > 0.9);
    }
}
