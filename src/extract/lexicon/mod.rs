//! The engine's world knowledge, read once from the data files in `assets/lexicon/` (embedded in
//! the binary with `include_str!`): states with their names, capitals and nationality words;
//! organisations; places that are never actors; titles; speech verbs; threat cues; and the word
//! lists that tell a name from an ordinary capitalised word. Each file documents its own format in
//! its header.
//!
//! Phrases are looked up by a normalised key built from the same tokens the tokenizer produces
//! (lower case, dots dropped, curly apostrophes straightened), so a lookup is a few hash probes at
//! a token and never a scan of the text. A malformed line is skipped rather than failing at run
//! time; the unit tests check that every shipped line parses.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

mod titles;
mod words;

use words::sections;
pub use words::{Words, is_dotted_abbreviation, opens_sentence};

use super::tokens::{TokenKind, TokenizedText, push_key_part, tokenize};
use crate::model::{ActorKind, Severity, ThreatCategory, Vocabulary};

const COUNTRIES_TSV: &str = include_str!("../../../assets/lexicon/countries.tsv");
const ORGS_TSV: &str = include_str!("../../../assets/lexicon/orgs.tsv");
const PLACES_TXT: &str = include_str!("../../../assets/lexicon/places.txt");
const TITLES_TXT: &str = include_str!("../../../assets/lexicon/titles.txt");
const SPEECH_VERBS_TXT: &str = include_str!("../../../assets/lexicon/speech-verbs.txt");
const THREAT_CUES_TSV: &str = include_str!("../../../assets/lexicon/threat-cues.tsv");
const STOPWORDS_TXT: &str = include_str!("../../../assets/lexicon/stopwords.txt");
const COMMON_WORDS_TXT: &str = include_str!("../../../assets/lexicon/common-words.txt");
const PLACE_WORDS_TXT: &str = include_str!("../../../assets/lexicon/place-words.txt");
const ORG_HEADS_TXT: &str = include_str!("../../../assets/lexicon/org-heads.txt");
const INSTITUTIONS_TSV: &str = include_str!("../../../assets/lexicon/institutions.tsv");
const ABBREVIATIONS_TXT: &str = include_str!("../../../assets/lexicon/abbreviations.txt");
const SENTENCE_OPENERS_TXT: &str = include_str!("../../../assets/lexicon/sentence-openers.txt");

/// The files of named word lists the rules consult ([`Words`]), one `[section]` per list.
const RULE_WORD_FILES: &[(&str, &str)] = &[
    ("actor-rules.txt", include_str!("../../../assets/lexicon/actor-rules.txt")),
    ("quote-rules.txt", include_str!("../../../assets/lexicon/quote-rules.txt")),
    ("date-and-figure-rules.txt", include_str!("../../../assets/lexicon/date-and-figure-rules.txt")),
    ("threat-rules.txt", include_str!("../../../assets/lexicon/threat-rules.txt")),
    ("given-names.txt", include_str!("../../../assets/lexicon/given-names.txt")),
];

/// The lexicon's tables hash with foldhash, fixed-seeded: their keys all come from the shipped
/// data, so text cannot crowd one bucket with colliding keys.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Classes of a single word (bit flags), looked up once per token; see [`Lexicon::classify`].
pub mod class {
    pub const PHRASE_FIRST: u16 = 1;
    pub const TITLE_FIRST: u16 = 1 << 1;
    pub const TITLE_MODIFIER: u16 = 1 << 2;
    pub const CUE_FIRST: u16 = 1 << 3;
    pub const INSTITUTION_FIRST: u16 = 1 << 4;
    pub const STOPWORD: u16 = 1 << 5;
    pub const COMMON_WORD: u16 = 1 << 6;
    pub const PLACE_WORD: u16 = 1 << 7;
    pub const ORG_HEAD: u16 = 1 << 8;
    pub const DATE_START: u16 = 1 << 9;
}
type FastSet<K> = HashSet<K, foldhash::fast::FixedState>;

/// The lexicon, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The states' names written with a capital letter and a dot first ("N. Korea"), read straight
/// from `countries.tsv`: the tokenizer consults them, and the lexicon tokenizes its own phrases
/// while it loads, so they cannot come from [`LEXICON`].
static ABBREVIATED_STATES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    COUNTRIES_TSV
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| line.split('\t').take(2).flat_map(|column| column.split(';')))
        .map(str::trim)
        .filter(|name| {
            let bytes = name.as_bytes();
            bytes.len() > 3 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.' && bytes[2] == b' '
        })
        .collect()
});

/// Whether `phrase` is a state's name written with a capital letter and a dot first ("N. Korea").
pub fn is_abbreviated_state(phrase: &str) -> bool {
    ABBREVIATED_STATES.iter().any(|name| name.eq_ignore_ascii_case(phrase))
}

/// A state or an organisation from the gazetteers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entity {
    Country(usize),
    Org(usize),
}

/// How a phrase names its entity; decides whether it is a mention of an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Form {
    /// The canonical name, an official name or an abbreviation.
    Name,
    /// A capital or seat of government ("Pyongyang", "the Kremlin").
    Seat,
    /// A plural for the people or government ("North Koreans"), an actor after "the".
    Collective,
    /// A nationality adjective ("North Korean"), never an actor on its own.
    Adjective,
    /// A place that is never an actor ("Tel Aviv").
    Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseEntry {
    pub entity: Option<Entity>,
    pub form: Form,
    /// Written in capitals in the data ("US"): matches only capitals in the text.
    pub all_caps: bool,
    /// Written with a lower-case first letter in the data ("al-Shabab"): may match lower case.
    pub lower_initial: bool,
    /// A short abbreviation in mixed case ("MoD", "LeT"): matches only text with a capital
    /// after its first letter, never the ordinary word ("Let", "Mod").
    pub mixed_case: bool,
}

/// A phrase found in the text: tokens `start..end` and what it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub entry: PhraseEntry,
}

/// What a lower-case institution word after a nationality makes of the phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstitutionRole {
    State,
    ArmedForces,
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueGroup {
    pub category: ThreatCategory,
    pub severity: Severity,
    pub strong: bool,
    pub family: String,
}

pub struct Lexicon {
    pub countries: Vec<String>,
    /// The first nationality adjective of each country, if it has one.
    country_adjectives: Vec<Option<String>>,
    pub orgs: Vec<(String, ActorKind)>,
    phrases: FastMap<String, Vec<PhraseEntry>>,
    /// Every key of `phrases` cut after each of its words but the last ("united", "united
    /// nations" for "united nations security council"): [`Lexicon::phrase_at`] stops reading on
    /// at the first run of words that starts no phrase.
    phrase_prefixes: FastSet<String>,
    phrase_first_words: FastSet<String>,
    /// First bytes of the entries written in lower case ("al-Shabab"), to skip most lower-case
    /// words without a lookup.
    lower_initial_first_bytes: [bool; 256],
    max_phrase_tokens: usize,
    titles: FastSet<String>,
    /// The keys of the first words of every title of several words ("deputy foreign"), so the
    /// search for the longest title stops where no title goes on.
    title_prefixes: FastSet<String>,
    title_first_words: FastSet<String>,
    title_modifiers: FastSet<String>,
    max_title_tokens: usize,
    speech_verbs: FastSet<String>,
    stopwords: FastSet<String>,
    common_words: FastSet<String>,
    place_words: FastSet<String>,
    org_heads: FastMap<String, ActorKind>,
    /// Org heads listed in capitals ("AG", "SA"): they head a name only written so, since "Ag"
    /// and "Sa" are also particles of people's names ("Hamadoun Ag Mohamed").
    capital_org_heads: FastSet<String>,
    institutions: FastMap<String, InstitutionRole>,
    max_institution_tokens: usize,
    pub cue_groups: Vec<CueGroup>,
    cues: FastMap<String, usize>,
    cue_first_words: FastSet<String>,
    max_cue_tokens: usize,
    /// The entries of each [`Words`] list, by its index in [`Words::ALL`]: in file order, and as
    /// a set.
    rule_word_entries: Vec<Vec<String>>,
    rule_words: Vec<FastSet<String>>,
    /// Every word with a class or in a [`Words`] list: its classes (bit flags) and the id in
    /// `list_masks` of the set of lists it is in. A text records both per token
    /// ([`TokenizedText::set_word_info`]) in one lookup, so [`Lexicon::word_in`] tests a bit
    /// instead of hashing the word again for every rule that asks.
    word_info: FastMap<String, (u16, u16)>,
    /// Bit `i` of a mask: the word is in list `Words::ALL[i]`. The empty mask (in no list) is
    /// id 0.
    list_masks: Vec<ListMask>,
}

/// The number of 64-bit words in a [`ListMask`]: room for 512 lists.
const MASK_WORDS: usize = 8;

/// One bit per [`Words`] list.
pub type ListMask = [u64; MASK_WORDS];

/// The mask with the bits of `lists`, for [`Lexicon::word_in_mask`].
pub const fn mask_of(lists: &[Words]) -> ListMask {
    let mut mask = [0u64; MASK_WORDS];
    let mut index = 0;
    while index < lists.len() {
        let bit = lists[index] as usize;
        mask[bit / 64] |= 1 << (bit % 64);
        index += 1;
    }
    mask
}

// Every list has a bit of a mask.
const _: () = assert!(Words::ALL.len() <= 64 * MASK_WORDS);

fn has_bit(mask: &ListMask, bit: usize) -> bool {
    mask.get(bit / 64).is_some_and(|word| word >> (bit % 64) & 1 == 1)
}

/// The data lines of a lexicon file: no comments, no blank lines.
fn data_lines(source: &str) -> impl Iterator<Item = &str> {
    source.lines().map(str::trim_end).filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

/// The items of a ";"-separated column; "-" is empty.
fn list(column: &str) -> impl Iterator<Item = &str> {
    column.split(';').map(str::trim).filter(|item| !item.is_empty() && *item != "-")
}

/// The lookup key of a whole phrase, tokenized the way article text is.
fn phrase_key(phrase: &str) -> (String, usize) {
    let tokenized = tokenize(phrase);
    let mut key = String::new();
    for index in 0..tokenized.tokens.len() {
        push_key_part(&mut key, tokenized.token_text(index));
    }
    (key, tokenized.tokens.len())
}

/// The phrase with every short lower-case particle joined to a capitalised word by a hyphen
/// written apart ("al-Shabab" gives "al Shabab"); `None` when it has none.
fn particle_apart(phrase: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = phrase
        .split(' ')
        .map(|word| match word.split_once('-') {
            Some((particle, rest))
                if (1..=3).contains(&particle.len())
                    && particle.chars().all(|c| c.is_ascii_lowercase())
                    && rest.chars().next().is_some_and(char::is_uppercase) =>
            {
                changed = true;
                format!("{particle} {rest}")
            }
            _ => word.to_owned(),
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Each word's classes and list-set id in one table (see `Lexicon::word_info`).
fn word_info(classes: FastMap<String, u16>, list_ids: FastMap<String, u16>) -> FastMap<String, (u16, u16)> {
    let mut info: FastMap<String, (u16, u16)> = FastMap::default();
    for (word, class) in classes {
        info.entry(word).or_default().0 = class;
    }
    for (word, lists) in list_ids {
        info.entry(word).or_default().1 = lists;
    }
    info
}

fn is_mixed_case_abbreviation(phrase: &str) -> bool {
    let mut chars = phrase.chars();
    phrase.chars().count() <= 5
        && chars.next().is_some_and(char::is_uppercase)
        && phrase.chars().all(char::is_alphabetic)
        && phrase.chars().any(char::is_lowercase)
        && chars.any(char::is_uppercase)
}

fn is_all_caps_phrase(phrase: &str) -> bool {
    let letters = phrase.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !phrase.chars().any(char::is_lowercase)
}

/// A word list as lookup keys, folded the way [`TokenizedText::key`] folds text.
fn word_set(source: &str) -> FastSet<String> {
    data_lines(source).map(|line| phrase_key(line.trim()).0).collect()
}

impl Lexicon {
    fn load() -> Self {
        let mut lexicon = Self {
            countries: Vec::new(),
            country_adjectives: Vec::new(),
            orgs: Vec::new(),
            phrases: FastMap::default(),
            phrase_prefixes: FastSet::default(),
            phrase_first_words: FastSet::default(),
            lower_initial_first_bytes: [false; 256],
            max_phrase_tokens: 0,
            titles: FastSet::default(),
            title_prefixes: FastSet::default(),
            title_first_words: FastSet::default(),
            title_modifiers: FastSet::default(),
            max_title_tokens: 0,
            speech_verbs: FastSet::default(),
            stopwords: FastSet::default(),
            common_words: FastSet::default(),
            place_words: FastSet::default(),
            org_heads: FastMap::default(),
            capital_org_heads: FastSet::default(),
            institutions: FastMap::default(),
            max_institution_tokens: 0,
            cue_groups: Vec::new(),
            cues: FastMap::default(),
            cue_first_words: FastSet::default(),
            max_cue_tokens: 0,
            rule_word_entries: vec![Vec::new(); Words::ALL.len()],
            rule_words: vec![FastSet::default(); Words::ALL.len()],
            word_info: FastMap::default(),
            list_masks: vec![[0; MASK_WORDS]],
        };
        lexicon.load_countries();
        lexicon.load_orgs();
        for line in data_lines(PLACES_TXT) {
            lexicon.add_phrase(line.trim(), None, Form::Place);
        }
        for line in data_lines(TITLES_TXT) {
            let line = line.trim();
            if let Some(modifier) = line.strip_prefix('+') {
                lexicon.title_modifiers.insert(phrase_key(modifier).0);
            } else {
                let (key, tokens) = phrase_key(line);
                lexicon.max_title_tokens = lexicon.max_title_tokens.max(tokens);
                if let Some(first) = key.split(' ').next() {
                    lexicon.title_first_words.insert(first.to_owned());
                }
                // "Lieutenant-Colonel", "Major-General": a title of two words may be written as
                // one hyphenated word.
                if tokens == 2 && key.split(' ').all(|w| w.chars().all(char::is_alphabetic)) {
                    let joined = key.replace(' ', "-");
                    lexicon.title_first_words.insert(joined.clone());
                    lexicon.titles.insert(joined);
                }
                for (space, _) in key.match_indices(' ') {
                    if let Some(prefix) = key.get(..space) {
                        lexicon.title_prefixes.insert(prefix.to_owned());
                    }
                }
                lexicon.titles.insert(key);
            }
        }
        lexicon.speech_verbs = word_set(SPEECH_VERBS_TXT);
        lexicon.stopwords = word_set(STOPWORDS_TXT);
        lexicon.common_words = word_set(COMMON_WORDS_TXT);
        lexicon.place_words = word_set(PLACE_WORDS_TXT);
        for line in data_lines(ORG_HEADS_TXT) {
            let mut columns = line.split('\t');
            if let (Some(word), Some(kind)) = (columns.next(), columns.next().and_then(ActorKind::parse)) {
                let key = phrase_key(word.trim()).0;
                if word.trim().chars().all(|c| c.is_ascii_uppercase()) {
                    lexicon.capital_org_heads.insert(key.clone());
                }
                lexicon.org_heads.insert(key, kind);
            }
        }
        for line in data_lines(INSTITUTIONS_TSV) {
            let mut columns = line.split('\t');
            let role = match columns.nth(1).map(str::trim) {
                Some("state") => InstitutionRole::State,
                Some("armed-forces") => InstitutionRole::ArmedForces,
                Some("organisation") => InstitutionRole::Organisation,
                _ => continue,
            };
            let (key, tokens) = phrase_key(line.split('\t').next().unwrap_or(""));
            lexicon.max_institution_tokens = lexicon.max_institution_tokens.max(tokens);
            lexicon.institutions.insert(key, role);
        }
        lexicon.load_cues();
        for (_, source) in RULE_WORD_FILES {
            for (name, entries) in sections(source) {
                let Some(words) = Words::from_section(name) else { continue };
                let index = words as usize;
                for entry in entries {
                    lexicon.rule_word_entries[index].push(entry.to_owned());
                    lexicon.rule_words[index].insert(entry.to_owned());
                }
            }
        }
        let classes = lexicon.build_word_classes();
        let list_ids = lexicon.build_list_masks();
        lexicon.word_info = word_info(classes, list_ids);
        lexicon
    }

    /// `list_masks` from the lists' sets, and the id of each listed word's mask.
    fn build_list_masks(&mut self) -> FastMap<String, u16> {
        let mut list_ids = FastMap::default();
        let mut masks: FastMap<&str, ListMask> = FastMap::default();
        for (index, set) in self.rule_words.iter().enumerate() {
            for word in set {
                if let Some(bits) = masks.entry(word.as_str()).or_default().get_mut(index / 64) {
                    *bits |= 1 << (index % 64);
                }
            }
        }
        let mut ids: FastMap<ListMask, u16> = FastMap::default();
        ids.insert([0; MASK_WORDS], 0);
        for (word, mask) in masks {
            let id = match ids.get(&mask) {
                Some(&id) => id,
                // Past 65,535 distinct sets, a word's id points past the masks and `word_in`
                // looks the word up in the lists instead.
                None => match u16::try_from(self.list_masks.len()) {
                    Ok(id) if id < u16::MAX => {
                        self.list_masks.push(mask);
                        ids.insert(mask, id);
                        id
                    }
                    _ => u16::MAX,
                },
            };
            list_ids.insert(word.to_owned(), id);
        }
        list_ids
    }

    /// The classes of a word given by its lookup key and the id of the set of lists it is in, as
    /// [`Lexicon::classify`] and [`Lexicon::lists_of`] give them, in one lookup: what a text
    /// records per token ([`TokenizedText::set_word_info`]).
    pub fn word_info(&self, key: &str) -> (u16, u16) {
        self.word_info.get(key).copied().unwrap_or((0, 0))
    }

    /// The id of the set of lists `key` is in (0: none; see `word_info`).
    pub fn lists_of(&self, key: &str) -> u16 {
        self.word_info(key).1
    }

    fn build_word_classes(&self) -> FastMap<String, u16> {
        let mut classes: FastMap<String, u16> = FastMap::default();
        let mut mark = |words: &mut dyn Iterator<Item = &str>, flag: u16| {
            for word in words {
                *classes.entry(word.to_owned()).or_default() |= flag;
            }
        };
        mark(&mut self.phrase_first_words.iter().map(String::as_str), class::PHRASE_FIRST);
        mark(&mut self.title_first_words.iter().map(String::as_str), class::TITLE_FIRST);
        mark(&mut self.title_modifiers.iter().map(String::as_str), class::TITLE_MODIFIER);
        mark(&mut self.cue_first_words.iter().map(String::as_str), class::CUE_FIRST);
        mark(&mut self.institutions.keys().filter_map(|k| k.split(' ').next()), class::INSTITUTION_FIRST);
        mark(&mut self.stopwords.iter().map(String::as_str), class::STOPWORD);
        mark(&mut self.common_words.iter().map(String::as_str), class::COMMON_WORD);
        mark(&mut self.place_words.iter().map(String::as_str), class::PLACE_WORD);
        mark(&mut self.org_heads.keys().map(String::as_str), class::ORG_HEAD);
        for words in [
            Words::Months,
            Words::Weekdays,
            Words::RelativeDeterminers,
            Words::RelativeWords,
            Words::RelativeShifts,
        ] {
            mark(&mut self.entries(words).iter().map(String::as_str), class::DATE_START);
        }
        classes
    }

    /// The classes of a word given by its lookup key (0 for a word the lexicon does not know).
    pub fn classify(&self, key: &str) -> u16 {
        self.word_info(key).0
    }

    /// The classes of token `index`: recorded on the text, or looked up now.
    fn class_of(&self, text: &TokenizedText<'_>, index: usize) -> u16 {
        text.word_class(index).unwrap_or_else(|| self.classify(text.key(index)))
    }

    fn has_class(&self, text: &TokenizedText<'_>, index: usize, flag: u16) -> bool {
        text.is_word(index) && self.class_of(text, index) & flag != 0
    }

    fn load_countries(&mut self) {
        for line in data_lines(COUNTRIES_TSV) {
            let columns: Vec<&str> = line.split('\t').collect();
            let [name, aliases, seats, adjectives, collectives] = columns[..] else { continue };
            let entity = Some(Entity::Country(self.countries.len()));
            self.countries.push(name.trim().to_owned());
            self.country_adjectives.push(list(adjectives).next().map(str::to_owned));
            for form in [name.trim()].into_iter().chain(list(aliases)) {
                self.add_phrase(form, entity, Form::Name);
                // "al-Shabab" is also written "al Shabab": a short lower-case particle joined by
                // a hyphen to a capitalised word may stand apart.
                if let Some(apart) = particle_apart(form) {
                    self.add_phrase(&apart, entity, Form::Name);
                }
            }
            list(seats).for_each(|seat| self.add_phrase(seat, entity, Form::Seat));
            list(adjectives).for_each(|adjective| self.add_phrase(adjective, entity, Form::Adjective));
            list(collectives).for_each(|collective| self.add_phrase(collective, entity, Form::Collective));
        }
    }

    fn load_orgs(&mut self) {
        for line in data_lines(ORGS_TSV) {
            let columns: Vec<&str> = line.split('\t').collect();
            let [name, aliases, kind, seats] = columns[..] else { continue };
            let Some(kind) = ActorKind::parse(kind) else { continue };
            let entity = Some(Entity::Org(self.orgs.len()));
            self.orgs.push((name.trim().to_owned(), kind));
            for form in [name.trim()].into_iter().chain(list(aliases)) {
                self.add_phrase(form, entity, Form::Name);
                // "al-Shabab" is also written "al Shabab": a short lower-case particle joined by
                // a hyphen to a capitalised word may stand apart.
                if let Some(apart) = particle_apart(form) {
                    self.add_phrase(&apart, entity, Form::Name);
                }
            }
            list(seats).for_each(|seat| self.add_phrase(seat, entity, Form::Seat));
        }
    }

    fn load_cues(&mut self) {
        for line in data_lines(THREAT_CUES_TSV) {
            let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [cues, category, severity, strength, family] = columns[..] else { continue };
            let (Some(category), Some(severity)) =
                (ThreatCategory::parse(category), Severity::parse(severity))
            else {
                continue;
            };
            let group = self.cue_groups.len();
            self.cue_groups.push(CueGroup {
                category,
                severity,
                strong: strength == "strong",
                family: family.to_owned(),
            });
            for cue in list(cues) {
                let (key, tokens) = phrase_key(cue);
                if let Some(first) = key.split(' ').next() {
                    self.cue_first_words.insert(first.to_owned());
                }
                self.max_cue_tokens = self.max_cue_tokens.max(tokens);
                self.cues.entry(key).or_insert(group);
            }
        }
    }

    fn add_phrase(&mut self, phrase: &str, entity: Option<Entity>, form: Form) {
        let (key, tokens) = phrase_key(phrase);
        if key.is_empty() {
            return;
        }
        self.max_phrase_tokens = self.max_phrase_tokens.max(tokens);
        if let Some(first) = key.split(' ').next() {
            self.phrase_first_words.insert(first.to_owned());
        }
        let lower_initial = phrase.chars().next().is_some_and(char::is_lowercase);
        if let Some(&first_byte) = key.as_bytes().first().filter(|_| lower_initial) {
            self.lower_initial_first_bytes[usize::from(first_byte)] = true;
        }
        for (space, _) in key.match_indices(' ') {
            if let Some(prefix) = key.get(..space) {
                self.phrase_prefixes.insert(prefix.to_owned());
            }
        }
        let entry = PhraseEntry {
            entity,
            form,
            all_caps: is_all_caps_phrase(phrase),
            lower_initial,
            mixed_case: is_mixed_case_abbreviation(phrase),
        };
        let entries = self.phrases.entry(key).or_default();
        if !entries.contains(&entry) {
            entries.push(entry);
        }
    }

    /// The longest gazetteer phrase starting at token `start`, within its sentence. The first word
    /// must start with a capital (all of it, for an all-capitals alias) unless the data writes it
    /// in lower case ("al-Shabab"). Among entries for the same words, the strongest form wins (a
    /// name over a nationality).
    pub fn phrase_at(&self, text: &TokenizedText<'_>, start: usize) -> Option<PhraseMatch> {
        let first = text.tokens.get(start)?;
        if first.kind != TokenKind::Word || !self.has_class(text, start, class::PHRASE_FIRST) {
            return None;
        }
        let sentence_end = text.sentence_of(start).end;
        let mut best = None;
        for end in start + 1..=(start + self.max_phrase_tokens).min(sentence_end) {
            if end - 1 > start && !text.adjacent_on_line(end - 2, end - 1) {
                break;
            }
            let span = text.key_span(start, end);
            let Some(entries) = self.phrases.get(span) else {
                if self.phrase_prefixes.contains(span) {
                    continue;
                }
                // No phrase starts with these words, so none longer either.
                break;
            };
            let span_all_caps = (start..end).all(|i| {
                text.tokens[i].all_caps
                    || text.tokens[i].kind != TokenKind::Word
                    || text.token_text(i).len() <= 1
            });
            let fitting = entries
                .iter()
                .filter(|e| (!e.all_caps || span_all_caps) && (first.capitalised || e.lower_initial))
                .filter(|e| !e.mixed_case || text.token_text(start).chars().skip(1).any(char::is_uppercase))
                .min_by_key(|e| e.form);
            if let Some(&entry) = fitting {
                best = Some(PhraseMatch { start, end, entry });
            }
        }
        best
    }

    /// Whether a lower-case word may start a gazetteer phrase written in lower case: a quick
    /// filter before [`Lexicon::phrase_at`].
    pub fn may_start_lower_case_phrase(&self, key: &str) -> bool {
        key.as_bytes().first().is_some_and(|&b| self.lower_initial_first_bytes[usize::from(b)])
    }

    /// The threat cue starting at token `start`: its end (exclusive) and cue group.
    pub fn cue_at(&self, text: &TokenizedText<'_>, start: usize) -> Option<(usize, usize)> {
        if !self.has_class(text, start, class::CUE_FIRST) {
            return None;
        }
        let sentence_end = text.sentence_of(start).end;
        (start + 1..=(start + self.max_cue_tokens).min(sentence_end))
            .rev()
            .find_map(|end| self.cues.get(text.key_span(start, end)).map(|&group| (end, group)))
    }

    /// The institution phrase ("officials", "armed forces") at token `start`, lower case only.
    pub fn institution_at(&self, text: &TokenizedText<'_>, start: usize) -> Option<(usize, InstitutionRole)> {
        let first = text.tokens.get(start)?;
        if first.capitalised {
            return None;
        }
        if self.has_class(text, start, class::INSTITUTION_FIRST) {
            let sentence_end = text.sentence_of(start).end;
            let listed = (start + 1..=(start + self.max_institution_tokens).min(sentence_end))
                .rev()
                .find_map(|end| self.institutions.get(text.key_span(start, end)).map(|&role| (end, role)));
            if listed.is_some() {
                return listed;
            }
        }
        // "Greece's shipping ministry", "the US commerce department": any portfolio in one
        // lower-case word before a word of [`Words::PortfolioBodies`] names a state body.
        let portfolio = first.kind == TokenKind::Word
            && !self.is_stopword(text, start)
            && text.tokens.get(start + 1).is_some_and(|t| !t.capitalised)
            && text.adjacent_on_line(start, start + 1)
            && self.word_in(Words::PortfolioBodies, text, start + 1);
        portfolio.then_some((start + 2, InstitutionRole::Organisation))
    }

    /// "Iraqi security officials", "the Iraqi federal government": one lower-case word (a field, a
    /// level) at `start` before a word for the state itself ([`InstitutionRole::State`]); the end
    /// of the phrase. (Not one "official": an unnamed person, whom the quotation rules read.)
    pub fn state_word_after_field(&self, text: &TokenizedText<'_>, start: usize) -> Option<usize> {
        let field = text.tokens.get(start).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.is_stopword(text, start)
            && text.tokens.get(start + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && text.adjacent_on_line(start, start + 1);
        (field
            && !text.is_word_ci(start + 1, "official")
            && self.institutions.get(text.key(start + 1)) == Some(&InstitutionRole::State))
        .then_some(start + 2)
    }

    /// Whether `word`, exactly as written, is in a list (the lists are lower case).
    pub fn has(&self, words: Words, word: &str) -> bool {
        self.rule_words.get(words as usize).is_some_and(|set| set.contains(word))
    }

    /// Whether token `index` is a word of a list, ignoring case.
    #[inline]
    pub fn word_in(&self, words: Words, text: &TokenizedText<'_>, index: usize) -> bool {
        if !text.is_word(index) {
            return false;
        }
        match text.word_lists(index).and_then(|id| self.list_masks.get(usize::from(id))) {
            Some(mask) => has_bit(mask, words as usize),
            None => self.has(words, text.key(index)),
        }
    }

    /// Whether token `index` is a word of any list of `mask` ([`mask_of`]), ignoring case: one
    /// lookup and one test for them all.
    pub fn word_in_mask(&self, mask: &ListMask, text: &TokenizedText<'_>, index: usize) -> bool {
        if !text.is_word(index) {
            return false;
        }
        match text.word_lists(index).and_then(|id| self.list_masks.get(usize::from(id))) {
            Some(found) => found.iter().zip(mask).any(|(a, b)| a & b != 0),
            None => (0..mask.len() * 64)
                .filter(|&bit| has_bit(mask, bit))
                .filter_map(|bit| Words::ALL.get(bit))
                .any(|&(words, _)| self.has(words, text.key(index))),
        }
    }

    /// Whether token `index` is a word of any of `lists`, ignoring case: one lookup for them all.
    pub fn word_in_any(&self, lists: &[Words], text: &TokenizedText<'_>, index: usize) -> bool {
        if !text.is_word(index) {
            return false;
        }
        match text.word_lists(index).and_then(|id| self.list_masks.get(usize::from(id))) {
            Some(mask) => lists.iter().any(|&words| has_bit(mask, words as usize)),
            None => lists.iter().any(|&words| self.has(words, text.key(index))),
        }
    }

    /// The entries of a list in file order (for lists of phrases, such as [`Words::Qualifiers`]).
    pub fn entries(&self, words: Words) -> &[String] {
        self.rule_word_entries.get(words as usize).map_or(&[], Vec::as_slice)
    }

    pub fn is_speech_verb(&self, word: &str) -> bool {
        self.speech_verbs.contains(word)
    }

    /// Whether token `index` may start a date: a month, a weekday or a relative word.
    pub fn may_start_date(&self, text: &TokenizedText<'_>, index: usize) -> bool {
        self.has_class(text, index, class::DATE_START)
    }

    /// Whether token `index` is a stopword (never part of a name).
    pub fn is_stopword(&self, text: &TokenizedText<'_>, index: usize) -> bool {
        self.has_class(text, index, class::STOPWORD)
    }

    pub fn is_common_word(&self, text: &TokenizedText<'_>, index: usize) -> bool {
        self.has_class(text, index, class::COMMON_WORD)
    }

    /// Whether a lower-case word (not a token) is a listed common word ("war" in "War-era").
    pub fn is_common_key(&self, key: &str) -> bool {
        self.classify(key) & class::COMMON_WORD != 0
    }

    pub fn is_place_word(&self, text: &TokenizedText<'_>, index: usize) -> bool {
        self.has_class(text, index, class::PLACE_WORD)
    }

    /// The kind of organisation a lower-case word heads, if it is an institution word.
    pub fn org_head_key(&self, key: &str) -> Option<ActorKind> {
        self.org_heads.get(key).copied()
    }

    /// The kind of organisation token `index` names when it heads an organisation's name.
    pub fn org_head(&self, text: &TokenizedText<'_>, index: usize) -> Option<ActorKind> {
        if !self.has_class(text, index, class::ORG_HEAD) {
            return None;
        }
        let key = text.key(index);
        if !text.tokens[index].all_caps && self.capital_org_heads.contains(key) {
            return None;
        }
        self.org_heads.get(key).copied()
    }

    /// Whether tokens `start..end` are listed with `form` (for any entity).
    pub fn has_form(&self, text: &TokenizedText<'_>, start: usize, end: usize, form: Form) -> bool {
        self.phrases
            .get(text.key_span(start, end))
            .is_some_and(|entries| entries.iter().any(|e| e.form == form))
    }

    pub fn country_adjective(&self, country: usize) -> Option<&str> {
        self.country_adjectives.get(country).and_then(|a| a.as_deref())
    }

    /// The entity a whole phrase names ("Chinese military"), by its strongest form.
    pub fn lookup(&self, phrase: &str) -> Option<Entity> {
        let (key, _) = phrase_key(phrase);
        let entries = self.phrases.get(key.as_str())?;
        entries.iter().filter(|e| e.form == Form::Name).find_map(|e| e.entity)
    }

    /// The state a phrase names, by its name or its adjective ("Sudan", "Sudanese").
    pub fn lookup_country(&self, phrase: &str) -> Option<Entity> {
        let (key, _) = phrase_key(phrase);
        let entries = self.phrases.get(key.as_str())?;
        entries
            .iter()
            .filter(|e| matches!(e.form, Form::Name | Form::Adjective))
            .find_map(|e| e.entity.filter(|entity| matches!(entity, Entity::Country(_))))
    }

    /// Whether a phrase names a state in any form: its name, adjective, seat ("Washington") or
    /// people.
    pub fn names_a_state(&self, phrase: &str) -> bool {
        let (key, _) = phrase_key(phrase);
        self.phrases.get(key.as_str()).is_some_and(|entries| {
            entries.iter().any(|e| e.form != Form::Place && matches!(e.entity, Some(Entity::Country(_))))
        })
    }

    pub fn entity_name(&self, entity: Entity) -> &str {
        match entity {
            Entity::Country(index) => self.countries.get(index).map_or("", String::as_str),
            Entity::Org(index) => self.orgs.get(index).map_or("", |(name, _)| name.as_str()),
        }
    }

    pub fn entity_kind(&self, entity: Entity) -> ActorKind {
        match entity {
            Entity::Country(_) => ActorKind::State,
            Entity::Org(index) => self.orgs.get(index).map_or(ActorKind::Organisation, |(_, kind)| *kind),
        }
    }
}

#[cfg(test)]
mod tests;
