//! The word lists of the web-page importer, read once from `assets/lexicon/` (embedded with
//! `include_str!`; each file documents its format in its header). A malformed line is skipped;
//! the tests check that every shipped line parses.

use std::collections::HashSet;
use std::sync::LazyLock;

const CLASS_WORDS_TSV: &str = include_str!("../../../assets/lexicon/html-class-words.tsv");
const LABELS_TXT: &str = include_str!("../../../assets/lexicon/html-furniture-labels.txt");
const BACK_MATTER_TXT: &str = include_str!("../../../assets/lexicon/html-back-matter-labels.txt");
const CREDITS_TXT: &str = include_str!("../../../assets/lexicon/html-credit-prefixes.txt");
const BYLINE_TSV: &str = include_str!("../../../assets/lexicon/byline-words.tsv");
const TITLE_LABELS_TSV: &str = include_str!("../../../assets/lexicon/html-title-labels.tsv");

/// What a class word says about its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ClassWord {
    Furniture,
    Likely,
    Content,
}

#[derive(Debug, Default)]
pub(super) struct Words {
    pub(super) furniture: HashSet<String>,
    pub(super) likely: HashSet<String>,
    pub(super) content: HashSet<String>,
    /// Class words of a standfirst under the headline ("summary", "dek").
    pub(super) standfirst_classes: HashSet<String>,
    pub(super) labels: HashSet<String>,
    /// Labels that head a box whatever topic follows ("more on …").
    pub(super) label_prefixes: Vec<String>,
    /// Pairs of class words that say furniture together ("pull" and "quote").
    pub(super) furniture_pairs: Vec<(String, String)>,
    /// What comes before the publisher's name in a heading of its boilerplate ("about ").
    pub(super) publisher_label_prefixes: Vec<String>,
    /// Headings that open the article's back matter ("Notes to editors", "References").
    pub(super) back_matter_labels: HashSet<String>,
    pub(super) credit_prefixes: Vec<String>,
    /// Longest first, so that "posted by" is tried before "by".
    pub(super) byline_prefixes: Vec<String>,
    /// What introduces other staff in a wire sign-off ("editing by"), longest first.
    pub(super) staff_prefixes: Vec<String>,
    /// What a bracket after a photographer's name in a byline says ("fotos", "photos").
    pub(super) photo_marks: HashSet<String>,
    /// Class words, alone or in pairs, of the element holding a forum user's full name.
    pub(super) full_name_classes: Vec<Vec<String>>,
    pub(super) joiners: HashSet<String>,
    /// Words that introduce the publication day in a line of the page ("published", "publié").
    pub(super) published_words: Vec<String>,
    /// Class words that mark the byline's element ("byline", "author", "muhabir").
    pub(super) byline_classes: HashSet<String>,
    /// Labels (a `<dt>`'s whole text) whose value is the publication day ("date").
    pub(super) date_labels: HashSet<String>,
    pub(super) roles: HashSet<String>,
    pub(super) date_words: HashSet<String>,
    pub(super) connectors: HashSet<String>,
    /// Words that introduce the place a story was filed from ("in", "à"), lower case as written.
    pub(super) place_words: HashSet<String>,
    /// Labels around a headline in a page's title ("live", "as it happened").
    pub(super) title_labels: HashSet<String>,
    /// Words after which a label word is a verb ("where we live").
    pub(super) title_subjects: HashSet<String>,
}

pub(super) static WORDS: LazyLock<Words> = LazyLock::new(Words::load);

fn lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Words {
    fn load() -> Self {
        let mut words = Words::default();
        for line in lines(CLASS_WORDS_TSV) {
            let Some((kind, word)) = line.split_once('\t') else { continue };
            // "pull quote": two words that say furniture together ("pull-quote", "quote pull").
            if kind == "furniture"
                && let Some((first, second)) = word.trim().split_once(' ')
            {
                words.furniture_pairs.push((first.to_owned(), second.to_owned()));
                continue;
            }
            let set = match kind {
                "furniture" => &mut words.furniture,
                "likely" => &mut words.likely,
                "content" => &mut words.content,
                "standfirst" => &mut words.standfirst_classes,
                _ => continue,
            };
            set.insert(word.trim().to_owned());
        }
        for line in lines(LABELS_TXT) {
            match line.strip_suffix('*') {
                Some(prefix) => words.label_prefixes.push(prefix.to_owned()),
                None => {
                    words.labels.insert(line.to_owned());
                }
            }
        }
        for line in lines(BACK_MATTER_TXT) {
            match line.strip_suffix("{publisher}") {
                Some(prefix) => words.publisher_label_prefixes.push(prefix.to_owned()),
                None => {
                    words.back_matter_labels.insert(line.to_owned());
                }
            }
        }
        words.credit_prefixes = lines(CREDITS_TXT).map(str::to_owned).collect();
        for line in lines(BYLINE_TSV) {
            let Some((kind, word)) = line.split_once('\t') else { continue };
            let word = word.trim().to_owned();
            match kind {
                "prefix" => words.byline_prefixes.push(word),
                "joiner" => {
                    words.joiners.insert(word);
                }
                "role" => {
                    words.roles.insert(word);
                }
                "date" => {
                    words.date_words.insert(word);
                }
                "connector" => {
                    words.connectors.insert(word);
                }
                "place" => {
                    words.place_words.insert(word);
                }
                "published" => words.published_words.push(word),
                "staff" => words.staff_prefixes.push(word),
                "photo" => {
                    words.photo_marks.insert(word);
                }
                "fullname" => words.full_name_classes.push(word.split(' ').map(str::to_owned).collect()),
                "class" => {
                    words.byline_classes.insert(word);
                }
                "datelabel" => {
                    words.date_labels.insert(word);
                }
                _ => {}
            }
        }
        words.byline_prefixes.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        words.staff_prefixes.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        for line in lines(TITLE_LABELS_TSV) {
            match line.split_once('\t') {
                Some(("label", label)) => words.title_labels.insert(label.trim().to_owned()),
                Some(("subject", word)) => words.title_subjects.insert(word.trim().to_owned()),
                _ => continue,
            };
        }
        words
    }

    /// The title without the labels a live page puts around its headline (see
    /// `html-title-labels.tsv`): "Storm live: ferries cancelled" → "Storm: ferries cancelled",
    /// "LIVE – Storm" → "Storm", "Storm – as it happened" → "Storm". A title that is nothing but
    /// a label stays as it is.
    pub(super) fn without_title_labels(&self, title: &str) -> String {
        const SEPARATORS: &[&str] = &[": ", " - ", " – ", " — ", " | ", " · "];
        let is_label = |part: &str| self.title_labels.contains(part.trim().to_lowercase().as_str());
        let mut title = title.trim();
        // At the start: "LIVE: …", "Breaking news – …".
        if let Some((_, rest)) = SEPARATORS.iter().chain(&[":"]).find_map(|sep| {
            title.split_once(sep).filter(|(label, rest)| is_label(label) && !rest.trim().is_empty())
        }) {
            title = rest.trim();
        }
        // At the end: "… – as it happened", "… | live".
        if let Some((rest, _)) = SEPARATORS.iter().find_map(|sep| {
            title.rsplit_once(sep).filter(|(rest, label)| is_label(label) && !rest.trim().is_empty())
        }) {
            title = rest.trim();
        }
        // Right before the first colon: "Storm live: …", "Incendie EN DIRECT : …". Written in
        // lower case or in capitals, and not after a subject: "Where we live: …" keeps its verb.
        if let Some((head, rest)) = title.split_once(':') {
            let head = head.trim_end();
            let cut = self.title_labels.iter().find_map(|label| {
                let count = label.chars().count();
                let total = head.chars().count();
                let at = head.char_indices().nth(total.checked_sub(count)?).map(|(i, _)| i)?;
                let (before, written) = head.split_at(at);
                let before = before.strip_suffix(' ')?;
                if written.to_lowercase() != *label {
                    return None;
                }
                let previous = before.split(' ').next_back()?.to_lowercase();
                let shouted = written.chars().any(char::is_alphabetic) && written == written.to_uppercase();
                ((shouted || written == label.as_str()) && !self.title_subjects.contains(&previous))
                    .then_some(before)
            });
            if let Some(before) = cut.filter(|b| !b.trim().is_empty()) {
                return format!("{}:{rest}", before.trim_end());
            }
        }
        title.to_owned()
    }

    /// The strongest thing the words of a class say: furniture beats content beats likely
    /// ("post-comments" is comments; "article-with-sidebar" is the article).
    pub(super) fn class_says(&self, hint_words: &[String]) -> Option<ClassWord> {
        let has = |set: &HashSet<String>| hint_words.iter().any(|w| set.contains(w));
        let has_pair = || {
            self.furniture_pairs
                .iter()
                .any(|(a, b)| hint_words.iter().any(|w| w == a) && hint_words.iter().any(|w| w == b))
        };
        if has(&self.furniture) || has_pair() {
            Some(ClassWord::Furniture)
        } else if has(&self.content) {
            Some(ClassWord::Content)
        } else if has(&self.likely) {
            Some(ClassWord::Likely)
        } else {
            None
        }
    }

    /// "Share this:", "RELATED", "Most popular …" → true.
    pub(super) fn is_label(&self, text: &str) -> bool {
        label_key(text).is_some_and(|key| {
            self.labels.contains(key.as_str())
                || self.back_matter_labels.contains(key.as_str())
                || self.label_prefixes.iter().any(|prefix| key.starts_with(prefix.as_str()))
        })
    }

    /// "Notes to editors", "References:" → true (see `html-back-matter-labels.txt`).
    pub(super) fn is_back_matter_label(&self, text: &str) -> bool {
        label_key(text).is_some_and(|key| self.back_matter_labels.contains(key.as_str()))
    }

    /// "Photo: Jane Doe/Agency", "(Image credit: …)" → true.
    pub(super) fn is_credit(&self, text: &str) -> bool {
        if text.chars().count() >= 150 {
            return false;
        }
        let lower = text.to_lowercase();
        let key = lower.trim_start_matches(['(', '[', ' ']);
        self.credit_prefixes.iter().any(|p| key.starts_with(p.as_str()))
    }
}

/// A short block's text as the label lists write it: lower case, without a trailing colon or
/// ellipsis; `None` when it is too long to be a label.
fn label_key(text: &str) -> Option<String> {
    if text.chars().count() > 40 {
        return None;
    }
    let lower = text.to_lowercase();
    Some(lower.trim().trim_end_matches(['…', '.', ':', '：', ' ']).trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_labels_leave_the_title() {
        let w = &*WORDS;
        assert_eq!(
            w.without_title_labels("Harbour fire live: crews fight blaze"),
            "Harbour fire: crews fight blaze"
        );
        assert_eq!(w.without_title_labels("LIVE: Harbour fire spreads"), "Harbour fire spreads");
        assert_eq!(w.without_title_labels("Breaking news – Harbour fire spreads"), "Harbour fire spreads");
        assert_eq!(w.without_title_labels("Harbour fire spreads – as it happened"), "Harbour fire spreads");
        assert_eq!(
            w.without_title_labels("Incendie du port EN DIRECT : les pompiers"),
            "Incendie du port: les pompiers"
        );
        // "live" inside a headline, a title that is only a label, and a colon without a label.
        assert_eq!(
            w.without_title_labels("Where we live: a census of the valley"),
            "Where we live: a census of the valley"
        );
        assert_eq!(w.without_title_labels("Live"), "Live");
        assert_eq!(w.without_title_labels("Deliver: the new port"), "Deliver: the new port");
        assert_eq!(w.without_title_labels("Where We Live: a census"), "Where We Live: a census");
        assert_eq!(w.without_title_labels("Bank holiday weather LIVE: rain"), "Bank holiday weather: rain");
    }

    #[test]
    fn every_shipped_line_parses() {
        for line in lines(CLASS_WORDS_TSV).chain(lines(BYLINE_TSV)).chain(lines(TITLE_LABELS_TSV)) {
            assert!(line.split_once('\t').is_some(), "{line:?}");
        }
        let words = &*WORDS;
        assert!(words.furniture.contains("comments") && words.likely.contains("sidebar"));
        assert!(words.content.contains("article") && words.roles.contains("correspondent"));
        assert_eq!(words.byline_prefixes.first().map(|p| p.chars().count() >= 9), Some(true));
    }

    #[test]
    fn labels_and_credits_are_recognised_by_pattern() {
        let words = &*WORDS;
        assert!(words.is_label("Share this:"));
        assert!(words.is_label("  MOST POPULAR "));
        assert!(words.is_label("Related…"));
        assert!(!words.is_label("Related talks collapsed on Friday after the envoy left"));
        // A prefix label heads a box whatever its topic, but only as a short block of its own.
        assert!(words.is_label("More on the harbour strike"));
        assert!(!words.is_label("More on that later, the minister said, as talks resumed"));
        assert!(!words.is_label("Moreover"));
        assert!(words.is_credit("Photo: Maria Lopez/Agency Images"));
        assert!(words.is_credit("(Image credit: Jonas Holm)"));
        assert!(!words.is_credit("Photographers gathered outside the court, where the judge spoke."));
    }

    #[test]
    fn class_words_rank_furniture_over_content_over_likely() {
        let words = &*WORDS;
        let hint = |s: &str| s.split('-').map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(words.class_says(&hint("article-with-sidebar")), Some(ClassWord::Content));
        assert_eq!(words.class_says(&hint("comments-area")), Some(ClassWord::Furniture));
        assert_eq!(words.class_says(&hint("post-comments")), Some(ClassWord::Furniture));
        assert_eq!(words.class_says(&hint("panel-two-col-sidebar-right")), Some(ClassWord::Likely));
        assert_eq!(words.class_says(&hint("grid-col")), None);
    }
}
