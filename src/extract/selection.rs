//! Where the analyst's selection snaps to when it becomes a tag: whole words
//! ([`snap_to_words`]), and in Korean, where particles are written glued to the noun ("북한은",
//! "정부가"), the word without a particle that the selection did not reach. The particles are the
//! `[ko-particles]` list of `assets/lexicon/actor-rules.txt`.

use super::lexicon::{LEXICON, Words, is_dotted_abbreviation};
use crate::model::ByteRange;
use crate::model::span::{ceil_char_boundary, char_before, snap_to_words};
use crate::model::text::is_hangul_syllable;

/// Snaps `range` to whole words, leaving out a Korean particle after the selection's end: selecting
/// "북한" in "북한은" gives "북한", selecting "북" gives "북한" too, and a selection that takes the
/// particle in keeps it. Any range is accepted (see [`snap_to_words`]).
pub fn snap_selection(text: &str, range: ByteRange) -> ByteRange {
    let snapped = snap_to_words(text, range);
    let selected_end = ceil_char_boundary(text, range.end()).max(snapped.start());
    let end = snapped.end();
    if end <= selected_end || !char_before(text, end).is_some_and(is_hangul_syllable) {
        return snapped;
    }
    let Some(word) = text.get(selected_end..end) else { return snapped };
    let word_start = text
        .get(snapped.start()..selected_end)
        .and_then(|before| before.rfind(|c: char| !c.is_alphanumeric()))
        .map_or(snapped.start(), |at| snapped.start() + at + 1);
    // The longest particle that ends the word and leaves the part the analyst selected.
    let particle = LEXICON
        .entries(Words::KoParticles)
        .iter()
        .filter(|particle| word.ends_with(particle.as_str()) && end - particle.len() > word_start)
        .map(String::len)
        .max();
    match particle {
        Some(len) => ByteRange::between(snapped.start(), end - len),
        None => snapped,
    }
}

/// Shrinks a selection made for a name past the punctuation and space at its edges: a drag that
/// took in the comma and quotation mark after "Jane Doe" (`Jane Doe, "`) names "Jane Doe". A full
/// stop goes unless it ends an abbreviation ("U.S.", "Acme Corp."); apostrophes (a plural
/// possessive) stay. A range that is all punctuation is kept as it is.
pub fn trim_name_edges(text: &str, range: ByteRange) -> ByteRange {
    let Some(passage) = text.get(range.start()..range.end()) else { return range };
    let edge = |c: char| c.is_whitespace() || ",;:!?\"“”„«»()[]{}「」『』。、".contains(c);
    let mut trimmed = passage.trim_matches(edge);
    while let Some(before_dot) = trimmed.strip_suffix('.') {
        let word = before_dot.rsplit(char::is_whitespace).next().unwrap_or(before_dot);
        if word.contains('.') || is_dotted_abbreviation(word, false) {
            break;
        }
        trimmed = before_dot.trim_end_matches(edge);
    }
    if trimmed.is_empty() {
        return range;
    }
    let start = range.start() + (passage.len() - passage.trim_start_matches(edge).len());
    ByteRange::between(start, start + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapped(text: &str, selected: &str) -> String {
        let start = text.find(selected).unwrap_or(0);
        let range = snap_selection(text, ByteRange::between(start, start + selected.len()));
        text.get(range.start()..range.end()).unwrap_or("").to_owned()
    }

    #[test]
    fn a_korean_particle_after_the_selection_is_left_out() {
        let text = "대변인은 북한은 지난주 미국의 요구를 거부했다고 말했다.";
        assert_eq!(snapped(text, "북한"), "북한");
        assert_eq!(snapped(text, "북"), "북한");
        assert_eq!(snapped(text, "미"), "미국");
        assert_eq!(snapped(text, "대변인"), "대변인");
    }

    #[test]
    fn a_selection_that_takes_the_particle_in_keeps_it() {
        let text = "한겨레 기자는 북한은 거부했다.";
        assert_eq!(snapped(text, "북한은"), "북한은");
    }

    #[test]
    fn a_name_loses_the_punctuation_at_its_edges() {
        let text = "Advisor Jane Doe remarked, \"We will not wait,\" and the U.S. agreed (Oslo).";
        let trim = |passage: &str| {
            let start = text.find(passage).unwrap_or(0);
            let range = trim_name_edges(text, ByteRange::between(start, start + passage.len()));
            text.get(range.start()..range.end()).unwrap_or("").to_owned()
        };
        assert_eq!(trim("Doe remarked, \""), "Doe remarked");
        assert_eq!(trim("the U.S."), "the U.S.");
        assert_eq!(trim("(Oslo)."), "Oslo");
        assert_eq!(trim(", \""), ", \"");
    }

    #[test]
    fn a_word_is_never_cut_to_nothing_and_other_scripts_snap_as_before() {
        assert_eq!(snapped("그리고 사람이 왔다.", "사"), "사람");
        // "에게" is a particle, but here a whole word the analyst reached into: it stays whole.
        assert_eq!(snapped("그는 에게 왔다.", "에"), "에게");
        assert_eq!(snapped("A spokesman for Norway's ministry said", "Norw"), "Norway's");
        assert_eq!(snapped("北朝鮮は日曜日", "北朝鮮"), "北朝鮮");
        // Ranges out of bounds or inside a character never panic.
        let text = "북한은";
        for (start, end) in [(0, 1), (1, 2), (0, 99), (99, 120)] {
            let range = snap_selection(text, ByteRange::between(start, end));
            assert!(text.get(range.start()..range.end()).is_some());
        }
    }
}
