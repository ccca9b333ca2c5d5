//! Whether a hyphen at the end of a line splits one word ("inter-" + "national") or belongs to
//! a compound written with a hyphen ("well-" + "known"), decided without a dictionary:
//!
//! 1. The document itself: a compound it writes with a hyphen inside a line elsewhere keeps its
//!    hyphen; a word it writes whole elsewhere is joined.
//! 2. Patterns of line breaking: hyphenation leaves at least two letters on each side, so a
//!    single letter before the hyphen ("e-mail", "x-ray"), a particle after it ("follow-up",
//!    "log-in"), an abbreviation or a number before it ("NATO-led", "G7-backed"), or a word that
//!    already holds a hyphen ("state-of-the-art") mark a compound.
//! 3. Common first and second parts of compounds ("well-", "self-", "so-", "twenty-"; "-based",
//!    "-led", "-term", "-known"), unless what follows is a suffix ("long-ing", "care-ful"), which
//!    only hyphenation splits off.
//!
//! Anything else is taken for hyphenation and joined. Measured on the hyphenation points that
//! pyphen's en_US patterns give for the words of about 200 news and test texts, 0.57 % would keep a
//! wrong hyphen; of the compounds with a lower-case second part in the same texts, the patterns
//! alone keep 46 % (the document's own spelling keeps more), where joining every hyphen kept none.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The word lists, from `assets/lexicon/hyphenation.txt`.
struct Lists {
    first_parts: HashSet<&'static str>,
    second_parts: HashSet<&'static str>,
    particles: HashSet<&'static str>,
    joins_particles: HashSet<&'static str>,
    suffixes: HashSet<&'static str>,
}

const LISTS_FILE: &str = include_str!("../../../assets/lexicon/hyphenation.txt");

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let section =
        |name: &str| -> HashSet<&'static str> { sections(LISTS_FILE).remove(name).unwrap_or_default() };
    Lists {
        first_parts: section("first-parts"),
        second_parts: section("second-parts"),
        particles: section("particles"),
        joins_particles: section("joins-particles"),
        suffixes: section("suffixes"),
    }
});

/// The `[section]`s of a word-list file and their comma-separated entries (`#` starts a comment).
fn sections(source: &'static str) -> std::collections::HashMap<&'static str, HashSet<&'static str>> {
    let mut found = std::collections::HashMap::new();
    let mut current: Option<&'static str> = None;
    for line in source.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if let Some(name) = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
            current = Some(name.trim());
            found.entry(name.trim()).or_insert_with(HashSet::new);
        } else if let Some(name) = current {
            let entries = found.entry(name).or_insert_with(HashSet::new);
            entries.extend(line.split(',').map(str::trim).filter(|entry| !entry.is_empty()));
        }
    }
    found
}

/// What the document writes inside its lines: compounds with a hyphen, and whole words.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    pub(super) hyphenated: HashSet<String>,
    pub(super) words: HashSet<String>,
}

impl Vocabulary {
    /// Collects the words of `lines`, except each line's last (it may be cut by a hyphen).
    pub(super) fn of_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Self {
        let mut vocabulary = Self::default();
        for line in lines {
            let words: Vec<&str> = line.split_whitespace().collect();
            let inner = words.len().saturating_sub(1);
            for word in &words[..inner] {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                if word.contains('-') {
                    vocabulary.hyphenated.insert(word);
                } else if !word.is_empty() {
                    vocabulary.words.insert(word);
                }
            }
        }
        vocabulary
    }
}

/// Whether the hyphen between `before` (the text up to the hyphen, from the start of its word)
/// and `after` (the next line's first word) is kept (see the module docs).
pub(super) fn keeps_hyphen(before: &str, after: &str, vocabulary: &Vocabulary) -> bool {
    let after: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
    let after_lower = after.to_lowercase();
    let before_lower = before.to_lowercase();
    if vocabulary.hyphenated.contains(&format!("{before_lower}-{after_lower}")) {
        return true;
    }
    let last_part = before_lower.rsplit('-').next().unwrap_or(&before_lower);
    if vocabulary.words.contains(&format!("{before_lower}{after_lower}"))
        || vocabulary.words.contains(&format!("{last_part}{after_lower}"))
    {
        return false;
    }
    let letters_before = last_part.chars().filter(|c| c.is_alphabetic()).count();
    let abbreviation = before.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && before.chars().all(|c| !c.is_lowercase());
    if before.contains('-')
        || letters_before <= 1
        || abbreviation
        || before.chars().any(|c| c.is_ascii_digit())
        || after.contains('-')
        || LISTS.particles.contains(after_lower.as_str()) && !LISTS.joins_particles.contains(last_part)
    {
        return true;
    }
    if LISTS.suffixes.contains(after_lower.as_str()) {
        return false;
    }
    LISTS.first_parts.contains(last_part) || LISTS.second_parts.contains(after_lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_is_there_once() {
        for name in ["first-parts", "second-parts", "particles", "joins-particles", "suffixes"] {
            let mut seen = HashSet::new();
            let mut in_file = false;
            let mut current = "";
            for line in LISTS_FILE.lines() {
                let line = line.split('#').next().unwrap_or_default().trim();
                if let Some(section) = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
                    current = section;
                    in_file |= section == name;
                } else if current == name {
                    for entry in line.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                        assert!(seen.insert(entry), "{entry} twice in [{name}]");
                        assert_eq!(entry, entry.to_lowercase(), "[{name}] is lower case");
                    }
                }
            }
            assert!(in_file && !seen.is_empty(), "[{name}] is missing or empty");
        }
        assert!(LISTS.first_parts.contains("well") && LISTS.suffixes.contains("ment"));
    }

    fn keeps(before: &str, after: &str) -> bool {
        keeps_hyphen(before, after, &Vocabulary::default())
    }

    #[test]
    fn words_split_by_hyphenation_are_joined() {
        assert!(!keeps("inter", "national"));
        assert!(!keeps("govern", "ment"));
        assert!(!keeps("deliv", "ery"));
        assert!(!keeps("Tues", "day"));
        assert!(!keeps("long", "ing"));
        assert!(!keeps("twen", "ty"));
        // Short first parts and particles that hyphenation splits off longer words.
        assert!(!keeps("ex", "pected"));
        assert!(!keeps("with", "in"));
        assert!(!keeps("short", "age"));
    }

    #[test]
    fn compounds_keep_their_hyphen() {
        for (before, after) in [
            ("well", "known"),
            ("so", "called"),
            ("Long", "term"),
            ("Kremlin", "backed"),
            ("twenty", "five"),
            ("follow", "up"),
            ("e", "mail"),
            ("NATO", "led"),
            ("G7", "summit"),
            ("state-of-the", "art"),
            ("self", "defence"),
        ] {
            assert!(keeps(before, after), "{before}-{after}");
        }
    }

    #[test]
    fn the_document_decides_first() {
        let vocabulary = Vocabulary::of_lines(
            ["the harbour-master said the longing for", "a wellknown spelling of", "its end-"].into_iter(),
        );
        assert!(vocabulary.hyphenated.contains("harbour-master"));
        // The last word of a line may be cut: not taken as a word of the document.
        assert!(!vocabulary.hyphenated.contains("end"));
        assert!(keeps_hyphen("harbour", "master", &vocabulary));
        assert!(!keeps_hyphen("well", "known", &vocabulary));
    }
}
