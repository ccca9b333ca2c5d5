//! Quotes told twice: a live blog's heading or a headline quotes a few words ("4.40pm - 'We will
//! not pay'") that a paragraph nearby quotes in full with its speaker. An open quote whose words
//! stand inside one nearby quote with a speaker, or several with the same speaker, takes that
//! speaker; with two speakers to choose from it stays open. A heading's quote that its own words
//! credit ("Ostland says truce 'hanging by a thread'") takes the speaker the body names for it too.

use super::SuggestedQuote;
use crate::model::span::{ceil_char_boundary, floor_char_boundary};

/// How many quotes before and after an open quote are searched for its words.
const REPEAT_REACH_QUOTES: usize = 12;

/// The rule an open quote carries when no rule named its speaker.
const UNATTRIBUTED: &str = "quote:unattributed";

/// The quote's words in lower case, one space apart, with a space at each end.
fn words(text: &str) -> String {
    let mut out = String::from(" ");
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        out.extend(word.chars().flat_map(char::to_lowercase));
        out.push(' ');
    }
    out
}

/// How many words a heading has at most.
const HEADING_WORDS: usize = 20;

/// How many words an open quote outside a heading needs to be taken for a sentence told twice
/// rather than a term used twice ("a 'hard stand'").
const SENTENCE_WORDS: usize = 5;

/// How many bytes a heading's line spans at most: the line ends are looked for no further, so
/// that asking of every quote in a text without line breaks stays linear.
const HEADING_BYTES: usize = 400;

/// Whether the line around `at` is a heading: short, and not ended as a sentence is.
fn in_heading(text: &str, at: usize) -> bool {
    let floor = floor_char_boundary(text, at.saturating_sub(HEADING_BYTES));
    let ceiling = ceil_char_boundary(text, at.saturating_add(HEADING_BYTES).min(text.len()));
    let start = match text.get(floor..at).and_then(|before| before.rfind('\n')) {
        Some(i) => floor + i + 1,
        None if floor == 0 => 0,
        None => return false,
    };
    let end = match text.get(at..ceiling).and_then(|after| after.find('\n')) {
        Some(i) => at + i,
        None if ceiling == text.len() => text.len(),
        None => return false,
    };
    let line =
        text.get(start..end).unwrap_or_default().trim_end_matches(['"', '\'', '\u{2019}', '\u{201d}', ' ']);
    line.split_whitespace().count() <= HEADING_WORDS && !line.ends_with(['.', '!', '?'])
}

/// Gives each open quote the speaker of the nearby quotes that repeat its words (see the module
/// docs): a quote in a heading, or one of a sentence's length.
pub(super) fn attribute_repeated(text: &str, quotes: &mut [SuggestedQuote]) {
    // Whether each quote stands in a heading, asked once per quote.
    let heading: Vec<bool> = quotes.iter().map(|quote| in_heading(text, quote.start)).collect();
    // A heading's quote with a speaker read from the heading's own words ("Ostland says truce
    // 'hanging by a thread'") takes the speaker the body gives the words, who is named there in
    // full ("…, Foreign Minister Ana Vell said").
    let open: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].speaker.is_none() && quotes[i].rule == UNATTRIBUTED || heading[i])
        // Two words at least: one word ("sabotage", "new-media") is a term, no one's sentence.
        .filter(|&i| quotes[i].text.split_whitespace().nth(1).is_some())
        .filter(|&i| heading[i] || quotes[i].text.split_whitespace().count() >= SENTENCE_WORDS)
        .collect();
    // Each quote's words are built once, and only for quotes near an open one.
    let mut cache: Vec<Option<String>> = vec![None; quotes.len()];
    for index in open {
        let own = cache[index].get_or_insert_with(|| words(&quotes[index].text)).clone();
        let from = index.saturating_sub(REPEAT_REACH_QUOTES);
        let to = (index + 1 + REPEAT_REACH_QUOTES).min(quotes.len());
        let mut speakers = Vec::new();
        // Only quotes below a heading tell its words again: another heading's quote repeats them.
        for i in (from..to).filter(|&i| i != index && !heading[i]) {
            let Some(speaker) = &quotes[i].speaker else { continue };
            if cache[i].get_or_insert_with(|| words(&quotes[i].text)).contains(&own) {
                speakers.push(speaker.clone());
            }
        }
        let Some((first, rest)) = speakers.split_first() else { continue };
        if rest.iter().all(|other| other == first) && quotes[index].speaker.as_ref() != Some(first) {
            let first = first.clone();
            quotes[index].speaker = Some(first);
            quotes[index].rule = "quote:repeated".to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::quotes;

    /// The speaker of the quote whose words are exactly `words`.
    fn speaker_of_exactly(text: &str, words: &str) -> Option<String> {
        let found = quotes(text);
        found
            .iter()
            .find(|(t, _)| t == words)
            .unwrap_or_else(|| panic!("no {words:?} in {found:?}"))
            .1
            .clone()
    }

    #[test]
    fn a_heading_s_quote_repeated_below_takes_the_speaker_of_the_full_quote() {
        let text = "Ransom row\n\n4.40pm - 'We will not pay'\n\nThe minister, Tevita Rakoto, ruled out a \
                    ransom.\n\n\"We will not pay criminals. Not one cent,\" Mr Rakoto told reporters.";
        assert_eq!(speaker_of_exactly(text, "We will not pay").as_deref(), Some("Tevita Rakoto"));
    }

    #[test]
    fn a_short_term_used_again_in_a_sentence_is_no_quote_told_twice() {
        let text = "Militias wanted a \"hard stand\" against the state, Ana Ruiz said.\n\nThe refuge \
                    became the scene of a \"hard stand\" by the occupiers.";
        let found = quotes(text);
        assert!(found.iter().filter(|(t, _)| t == "hard stand").any(|(_, s)| s.is_none()), "{found:?}");
    }

    #[test]
    fn words_two_speakers_repeat_stay_open() {
        let text = "Ransom row\n\n4.40pm - 'not pay'\n\n\"We will not pay,\" Tevita Rakoto said. \"They \
                    should not pay,\" Ana Ruiz said.\n\n5pm - \"Never\" and \"no deal\"\n\n\"Never, no \
                    deal,\" Ana Ruiz said.";
        assert_eq!(speaker_of_exactly(text, "not pay"), None);
        assert_eq!(speaker_of_exactly(text, "no deal").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_headline_s_quote_told_again_below_takes_the_speaker_named_there() {
        let text = "Ostland says truce 'hanging by a thread'\n\nOstland's foreign minister, Karim \
                    Vell, said on Monday that the truce was \"hanging by a thread\" after new strikes.";
        assert_eq!(speaker_of_exactly(text, "hanging by a thread").as_deref(), Some("Karim Vell"));
        // Told below by nobody named, the headline's speaker stays.
        let text = "Ostland says truce 'hanging by a thread'\n\nThe truce was \"hanging by a thread\", \
                    the statement went on.";
        assert_eq!(speaker_of_exactly(text, "hanging by a thread").as_deref(), Some("Ostland"));
    }
}
