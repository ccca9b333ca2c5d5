//! Short lines inside the article's container that are about the article rather than of it: a
//! byline written as a line of its own ("By Ann Lee and Bo Chen"), a date alone ("6 May 2026"),
//! and teaser cards (a linked headline with a line of summary under it). They are left out of the
//! text; the byline and date are still read by `meta.rs` from the page.

use super::extract::{BLOCK_ELEMENTS, Counts};
use super::meta::{MAX_BYLINE_CHARS, clean_byline, day_in_text, signoff_parts, starts_with_byline_prefix};
use super::tree::{NodeData, NodeId, Page};
use super::words::WORDS;

/// A date line is at most this long ("Friday, 14 September 2026").
const MAX_DATE_LINE_CHARS: usize = 40;

/// A line of credits marked by its elements ("By <span class=author>…</span> | <time>…</time> |
/// Updated …") holds at most this much text.
const MAX_META_LINE_CHARS: usize = 2 * MAX_BYLINE_CHARS;

/// A teaser card holds at most this much text.
const MAX_CARD_CHARS: usize = 200;

impl Page {
    /// Marks the byline lines, date lines and teaser cards under `root` as dropped (see the module
    /// docs). `counts` are the text counts of every node; `has_good_run` tells whether a node
    /// holds a real paragraph.
    pub(super) fn drop_meta_lines(
        &self,
        root: NodeId,
        counts: &[Counts],
        has_good_run: impl Fn(NodeId) -> bool,
        dropped: &mut [bool],
    ) {
        let inside_root: Vec<NodeId> = self.descendants(root).filter(|&id| id != root).collect();
        for id in inside_root {
            let Some(element) = self.element(id) else { continue };
            if dropped[id] || !BLOCK_ELEMENTS.contains(&&*element.name) || element.name.starts_with('h') {
                continue;
            }
            let chars = counts[id].chars;
            if chars == 0 || chars > MAX_CARD_CHARS {
                continue;
            }
            // One read of the text serves every check: a wire sign-off may run to three times a
            // byline's length, the other lines to one.
            let text = if chars <= 3 * MAX_BYLINE_CHARS {
                self.short_text_of(id, 3 * MAX_BYLINE_CHARS)
            } else {
                None
            };
            let drop = if let Some(text) = text.as_deref().filter(|t| t.chars().count() <= MAX_BYLINE_CHARS) {
                is_byline_line(text)
                    || is_date_line(text)
                    || is_publication_line(text)
                    || is_signoff_line(text)
                    || is_relative_or_labelled_date_line(text)
                    || is_counter_line(text)
                    || is_dates_line(text)
                    || is_names_and_dates_line(text)
                    || is_copyright_line(text)
                    || (says_byline(element) && !text.trim_end().ends_with(['.', '!', '?']))
            } else {
                false
            } || (chars <= MAX_META_LINE_CHARS && self.is_marked_meta_line(id))
                || text.as_deref().is_some_and(|t| signoff_parts(t).is_some());
            let is_card = matches!(&*element.name, "div" | "aside" | "section" | "figure")
                && !has_good_run(id)
                && self.first_text_is_linked(id);
            if drop || is_card {
                for node in self.descendants(id) {
                    dropped[node] = true;
                }
            }
        }
    }

    /// Whether a `<sup>` is a note's marker: a link whose text is a number ("<sup><a
    /// href=\"#fn1\">1</a></sup>", "[2]"). A superscript without a link ("m<sup>2</sup>") is text.
    pub(super) fn is_note_marker(&self, id: NodeId) -> bool {
        const MAX_MARKER_CHARS: usize = 6;
        let linked =
            self.nodes[id].children.iter().any(|&c| self.element(c).is_some_and(|e| &*e.name == "a"));
        linked
            && self.short_text_of(id, MAX_MARKER_CHARS).is_some_and(|text| {
                let number = text.trim_matches(['[', ']', '(', ')']);
                !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
            })
    }

    /// Whether a short block is a line of credits: not a sentence, and one of its elements is
    /// marked as the author (rel=author, itemprop=author, a byline class) or is a `<time>` — "Von
    /// <a>Ann Lee</a> <time>12.03.2026</time> Lesedauer: 3 Minuten", "<span class=author>…</span> |
    /// Villarrasa". A sentence that mentions a day ("The vote on <time>…</time> failed.") stays.
    fn is_marked_meta_line(&self, id: NodeId) -> bool {
        const MAX_NODES: usize = 64;
        let Some(text) = self.short_text_of(id, MAX_META_LINE_CHARS) else { return false };
        if text.is_empty() || text.trim_end().ends_with(['.', '!', '?', '。', '؟']) {
            return false;
        }
        // A line: no block inside it (a live post holding its time and its paragraph is text).
        let nodes: Vec<NodeId> = self.descendants(id).skip(1).take(MAX_NODES + 1).collect();
        if nodes.len() > MAX_NODES
            || nodes.iter().any(|&d| self.element(d).is_some_and(|e| BLOCK_ELEMENTS.contains(&&*e.name)))
        {
            return false;
        }
        nodes.iter().any(|&d| {
            self.element(d).is_some_and(|e| {
                &*e.name == "time"
                    || e.itemprop == "author"
                    || e.rel.split_ascii_whitespace().any(|r| r == "author")
                    || says_byline(e)
            })
        })
    }

    /// Whether the first text under `id` sits in a link (a teaser's headline), looking at a
    /// bounded number of nodes.
    fn first_text_is_linked(&self, id: NodeId) -> bool {
        let Some(first) = self
            .descendants(id)
            .take(4 * MAX_CARD_CHARS)
            .find(|&n| matches!(&self.nodes[n].data, NodeData::Text(t) if !t.trim().is_empty()))
        else {
            return false;
        };
        let mut current = first;
        while current != id && current != 0 {
            current = self.nodes[current].parent;
            if self.element(current).is_some_and(|e| &*e.name == "a") {
                return true;
            }
        }
        false
    }
}

/// "By Ann Lee and Bo Chen", not "By Friday the council had voted." (a sentence ends with a stop).
fn is_byline_line(text: &str) -> bool {
    starts_with_byline_prefix(text)
        && !text.trim_end().ends_with(['.', '!', '?'])
        && (clean_byline(text, true).is_some() || names_only_a_role(text))
}

/// "By Staff Reporter Saturday 16 May 2026": after the prefix, only job-title and date words
/// up to the first number.
fn names_only_a_role(text: &str) -> bool {
    let mut words =
        text.split_whitespace().skip(1).take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()));
    words.all(|w| {
        let lower = w.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        bare.is_empty() || WORDS.roles.contains(bare) || WORDS.date_words.contains(bare)
    })
}

/// "Min Lee reporter minlee@example.org": a sign-off of a name, a job title or not, and an
/// e-mail address, at the end of many stories.
fn is_signoff_line(text: &str) -> bool {
    const MAX_SIGNOFF_WORDS: usize = 4;
    let (mail, rest): (Vec<&str>, Vec<&str>) =
        text.split_whitespace().partition(|w| w.contains('@') && w.contains('.') && !w.starts_with('@'));
    mail.len() == 1
        && (1..=MAX_SIGNOFF_WORDS).contains(&rest.len())
        && !text.trim_end().ends_with(['!', '?'])
        && clean_byline(&rest.join(" "), true).is_some()
}

/// "6 May 2026", "Friday, 14 September 2026": a day and nothing else.
fn is_date_line(text: &str) -> bool {
    text.chars().count() <= MAX_DATE_LINE_CHARS
        && crate::model::EventDate::parse_published(text).is_some_and(|d| d.is_day())
        && {
            // Mostly the day's words ("14 January 2026 First published."), not a sentence that
            // names a day ("Ana met Bo on 8 April 2026.").
            let words: Vec<&str> =
                text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
            2 * words.iter().filter(|w| is_date_word(w)).count() >= words.len()
        }
}

/// A word of a written date: a number, a month or weekday, "updated", a particle ("de"), a time
/// of day's "am" or "Uhr"; punctuation around it is ignored.
fn is_date_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    bare.is_empty()
        || bare.chars().any(|c| c.is_ascii_digit())
        || WORDS.date_words.contains(&bare)
        || crate::model::timeline::is_month_word(&bare)
        || matches!(bare.as_str(), "a.m" | "p.m" | "am" | "pm" | "h" | "uhr")
}

/// "Pubblicato 3 ore fa", "Saturday 6 June 2026 · From the summer issue": a short line that opens
/// with a word for published, or with a day alone before a separator.
fn is_relative_or_labelled_date_line(text: &str) -> bool {
    if text.chars().count() > MAX_BYLINE_CHARS || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let lower = text.to_lowercase();
    let published = text.chars().count() <= MAX_DATE_LINE_CHARS
        && WORDS
            .published_words
            .iter()
            .any(|w| lower.strip_prefix(w.as_str()).is_some_and(|rest| rest.starts_with([' ', ':'])));
    published || text.split_once(['·', '|', '•']).is_some_and(|(first, _)| is_date_line(first.trim()))
}

/// "👁 4 312 💬 27": a counter of views or comments, with symbols and figures and no word.
fn is_counter_line(text: &str) -> bool {
    text.chars().count() <= MAX_DATE_LINE_CHARS
        && !text.chars().any(char::is_alphabetic)
        && text.chars().any(|c| c >= '\u{2190}' && !c.is_alphanumeric() && !c.is_whitespace())
}

/// "13 jan 2026, 11:47 Atualizado: 13 jan 2026, 15:02", "2:14": days, times and their labels
/// (a word before a colon, or a date word such as "updated") and nothing else, with a day or a
/// time in it.
fn is_dates_line(text: &str) -> bool {
    const MAX_LABELS: usize = 2;
    if text.chars().count() > MAX_BYLINE_CHARS || !text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let is_time = |w: &str| w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || c == ':');
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '(' | ')' | '–' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut labels = 0;
    let all_dates = words.iter().all(|w| {
        if w.ends_with([':', '：']) && !is_time(w.trim_end_matches([':', '：'])) {
            labels += 1;
            return labels <= MAX_LABELS;
        }
        is_date_word(w)
    });
    all_dates
        && (day_in_text(text).is_some() || words.iter().any(|w| is_time(w.trim_end_matches([':', '：']))))
}

/// "Jeroen Blaauw en Fatima El Idrissi · 8 apr. 2026, 05:45": names and a day, set off by
/// separators, without a "By".
fn is_names_and_dates_line(text: &str) -> bool {
    const MAX_NAME_WORDS: usize = 10;
    if text.chars().count() > MAX_BYLINE_CHARS {
        return false;
    }
    let parts: Vec<&str> = text.split(['·', '|', '•']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let names = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (2..=MAX_NAME_WORDS).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || WORDS.joiners.contains(&w.to_lowercase())
                    || WORDS.connectors.contains(&w.to_lowercase())
            })
            && clean_byline(part, true).is_some()
    };
    (2..=4).contains(&parts.len())
        && parts.iter().any(|p| is_dates_line(p))
        && parts.iter().any(|p| names(p))
        && parts.iter().all(|p| is_dates_line(p) || names(p))
}

/// "© 2026 Harbour Post", "<저작권자 © 남도일보 무단전재 및 재배포 금지>": a short copyright line.
fn is_copyright_line(text: &str) -> bool {
    text.chars().count() <= MAX_BYLINE_CHARS
        && (text.contains('©') || text.to_lowercase().starts_with("copyright "))
}

/// Drops a pull quote: a short paragraph in quotation marks whose words another paragraph of the
/// text already holds. Only the first few quoted paragraphs are compared, so the cost stays
/// bounded by a multiple of the text's length.
pub(super) fn drop_repeated_quotes(paragraphs: &mut Vec<String>) {
    const MAX_PULL_QUOTE_CHARS: usize = 200;
    const MIN_QUOTE_CHARS: usize = 20;
    const MAX_CANDIDATES: usize = 8;
    let quote_marks =
        |c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '\'' | '「' | '」' | ' ');
    let repeats: Vec<usize> = paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.chars().count() <= MAX_PULL_QUOTE_CHARS && p.starts_with(['"', '“', '«', '„', '‘', '「'])
        })
        .take(MAX_CANDIDATES)
        .filter(|&(at, p)| {
            let inner = p.trim_matches(quote_marks);
            inner.chars().count() >= MIN_QUOTE_CHARS
                && paragraphs
                    .iter()
                    .enumerate()
                    .any(|(other, q)| other != at && q.len() > p.len() && q.contains(inner))
        })
        .map(|(at, _)| at)
        .collect();
    for at in repeats.into_iter().rev() {
        paragraphs.remove(at);
    }
}

/// An element whose class marks the byline ("autoria", "byline").
fn says_byline(element: &super::tree::Element) -> bool {
    element.hint_words.iter().any(|w| WORDS.byline_classes.contains(w))
}

/// "Publicado em 04/11/2026 às 08h15 | Atualizado …", "Deniz Arslan / Mersin Giriş: 06.11.2026":
/// a short line, not a sentence, in which a word for published is followed by a day.
fn is_publication_line(text: &str) -> bool {
    if text.chars().count() > MAX_BYLINE_CHARS || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let lower = text.to_lowercase();
    WORDS.published_words.iter().any(|word| {
        lower.match_indices(word.as_str()).any(|(at, _)| {
            let starts_word = lower
                .get(..at)
                .is_none_or(|before| before.chars().next_back().is_none_or(|c| !c.is_alphanumeric()));
            starts_word && lower.get(at..).and_then(day_in_text).is_some()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_and_date_lines_are_recognised() {
        assert!(is_byline_line("By Ann Lee, Bo Chen and Li Wei in Rotterdam"));
        assert!(is_byline_line("Par Élodie Brun"));
        assert!(!is_byline_line("By Friday the council had voted to close the café."));
        assert!(!is_byline_line("Ann Lee reports"));
        assert!(is_date_line("6 May 2026"));
        assert!(is_date_line("Friday, 14 September 2026"));
        assert!(!is_date_line("On 6 May 2026 the council met to vote on the budget"));
        assert!(!is_date_line("2026年 世界"));
        assert!(!is_date_line("Ana met Bo on 8 April 2026."));
        assert!(is_dates_line("13 jan 2026, 11:47 Atualizado: 13 jan 2026, 15:02"));
        assert!(is_dates_line("07:15, 11 NOV 2026 Updated 12:40, 11 NOV 2026"));
        assert!(is_dates_line("2:14"));
        assert!(!is_dates_line("Ana met Bo at 11:47 on 13 January 2026"));
        assert!(is_names_and_dates_line("Ana Lind en Bo Marsk · 8 apr. 2026, 05:45"));
        assert!(!is_names_and_dates_line("World · 8 Apr 2026"));
        assert!(is_copyright_line("<© Harbour Post. No reproduction>"));
        assert!(!is_copyright_line(&"The © sign was printed on every page of the report. ".repeat(3)));
        assert!(is_publication_line("Publicado em 04/11/2026 às 08h15 | Atualizado em 05/11/2026"));
        assert!(is_publication_line("Deniz Arslan / Mersin Giriş: 06.11.2026 - 09:10"));
        assert!(!is_publication_line("The report was published on 6 May 2026."));
        assert!(!is_publication_line("Published weekly"));
        assert!(is_byline_line("By Staff Reporter Friday 6 November 2026, 9:10am"));
        assert!(!is_byline_line("By Friday the council had voted"));
        assert!(is_relative_or_labelled_date_line("Pubblicato 3 ore fa"));
        assert!(is_relative_or_labelled_date_line("Friday 6 November 2026 · From the print edition"));
        assert!(!is_relative_or_labelled_date_line("Published reports disagree on the cost."));
        assert!(!is_relative_or_labelled_date_line("Ferries · 6 November 2026"));
        assert!(is_counter_line("👀 1 204 · 💬 9"));
        assert!(!is_counter_line("1,204"));
        assert!(!is_counter_line("Views: 1 204 👀"));
        assert!(is_signoff_line("최민준 기자 minjun@example.org"));
        assert!(is_signoff_line("Dana Ellis, dana.ellis@example.org"));
        assert!(!is_signoff_line("Write to the council at help@example.org before Friday, it said."));
    }

    #[test]
    fn a_pull_quote_that_repeats_the_text_goes_and_a_quote_of_its_own_stays() {
        let mut paragraphs = vec![
            "The ferry master said: “We sail at midnight, whatever the weather.” Nobody argued.".to_owned(),
            "“We sail at midnight, whatever the weather.”".to_owned(),
            "“A quote that stands alone as a paragraph of the story.”".to_owned(),
        ];
        drop_repeated_quotes(&mut paragraphs);
        assert_eq!(paragraphs.len(), 2);
        assert!(paragraphs[1].starts_with("“A quote that stands alone"));
    }
}
