//! Actors: people, states, organisations, armed forces and armed groups, with every mention and
//! every surface form merged into one actor per real-world entity.
//!
//! Two passes over the tokens:
//!
//! 1. Left to right, each position is tried against, in order: a credit line or dateline to ignore
//!    ("By Jane Doe", "BEIJING (AP) —"); a title before a name ("President Joe Biden", "Chinese leader Xi Jinping", "Mr
//!    Straw") or after it as an appositive ("Iran's president, Hassan Rouhani,"); the gazetteers
//!    (names, official names and abbreviations of states and organisations, capitals and seats of
//!    government, collectives such as "the Iranians", nationality adjectives that introduce
//!    "Israeli officials" or "Finnish Defence Forces", places that are never actors); and finally a
//!    run of capitalised words, which is an organisation when it has an institution word ("Nordic
//!    Defence Institute") and a person when it looks like a name ("Amitai Etzioni").
//! 2. Merging: a surname or a shorter form joins the full name ("Mr Straw", "Biden"), a definite
//!    title refers back to the person introduced with it ("the Prime Minister"), and states whose
//!    every mention is a location ("a summit in Peru") are dropped.
//!
//! Nothing here knows any particular person: names are recognised from their shape and context.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

mod bands;
mod cjk;
mod credits;
mod firms;
mod governments;
mod honorifics;
mod initials;
mod merge;
mod name_parts;
mod org_names;
mod orgs;
mod people;
mod places;
mod references;
mod resolve;
mod speech;
mod surnames;

use super::lexicon::{Entity, Form, InstitutionRole, LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText, is_initial, push_key_part};
use crate::model::{ActorKind, ByteRange};

/// An actor found in the text, before it is turned into a public suggestion.
#[derive(Clone, Debug)]
pub struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    /// Surface forms in order of first appearance, the name first.
    pub aliases: Vec<String>,
    pub mentions: Vec<ByteRange>,
    pub rule: &'static str,
    /// Named only in the title of a spokesperson the text names ("Ostland foreign ministry
    /// spokeswoman Ana Vell"): the person's affiliation. Its mentions help attribute quotes, but
    /// it is suggested as an actor only when a quote or a threat names it.
    pub affiliation_only: bool,
}

/// One mention, in token units too, for the quote and threat rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionRecord {
    pub start_token: usize,
    pub end_token: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    /// Index into [`ActorTable::actors`].
    pub actor: usize,
}

#[derive(Clone, Debug, Default)]
pub struct ActorTable {
    /// Sorted by first mention.
    pub actors: Vec<ActorDraft>,
    /// Sorted by position.
    pub mentions: Vec<MentionRecord>,
}

impl ActorTable {
    pub fn kind_of(&self, mention: &MentionRecord) -> ActorKind {
        self.actors.get(mention.actor).map_or(ActorKind::Other, |actor| actor.kind)
    }

    pub fn name_of(&self, actor: usize) -> Option<&str> {
        self.actors.get(actor).map(|a| a.name.as_str())
    }
}

/// Who a mention belongs to while the text is still being read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ActorKey {
    Entity(Entity),
    /// An organisation or armed force named in the text, by its lower-case name.
    Named(String),
    /// A person candidate, by index into `Finder::people`.
    Person(usize),
}

#[derive(Clone, Debug)]
struct RawMention {
    key: ActorKey,
    start_token: usize,
    end_token: usize,
    /// The surface form to list as an alias.
    surface: String,
    rule: &'static str,
    /// A place in a sentence ("talks in Geneva, Switzerland") rather than an actor.
    locative: bool,
}

#[derive(Clone, Debug)]
struct Person {
    /// Lower-case name tokens, for merging.
    name_keys: Vec<String>,
    name: String,
    /// Lower-case titles seen with the name, without modifiers ("prime minister").
    titles: Vec<String>,
}

#[derive(Clone, Debug)]
struct NamedOrg {
    name: String,
    kind: ActorKind,
}

/// The rule of a state's mention inside the name of one of its bodies ("the Nigerian Navy"): it
/// makes the state an actor, but the quote and threat rules read the body's mention there.
const STATE_OF_BODY: &str = "state-of-body";

/// The same, the state named by its adjective ("the Yemeni coast guard"): it makes the state an
/// actor only when the article names the state elsewhere too.
const STATE_OF_BODY_BY_ADJECTIVE: &str = "state-of-body-by-adjective";

/// Whether the token at `index` narrows the place named after it ("in south-east London", "in
/// northern Syria", "in neighbouring Lithuania"): a compass point, the hyphen between two, or a
/// word of [`Words::PlaceModifiers`].
pub(crate) fn narrows_place(text: &TokenizedText<'_>, index: usize) -> bool {
    let word = text.token_text(index);
    is_compass_word(word) || word == "-" || LEXICON.word_in(Words::PlaceModifiers, text, index)
}

/// "north", "south-east", "northern", "central": a direction that narrows a place.
fn is_compass_word(word: &str) -> bool {
    const POINTS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ];
    let lower = word.to_ascii_lowercase();
    lower == "central" || !lower.is_empty() && lower.split('-').all(|part| POINTS.contains(&part))
}

/// Lower-case words that join the words of an organisation's name ("Institute for ...").
const ORG_CONNECTORS: &[&str] = &["of", "for", "on", "and"];

/// Words that join the words of a name written in title case ("Ministry Of Defence", "Independent
/// Authority Against Corruption"). Lower-case "against" joins nothing: after a force's name it
/// says whom it fights ("the Ostland Army against Kell rebels").
const TITLE_CASE_CONNECTORS: &[&str] = &["of", "for", "on", "against"];

/// Finds every actor in the text.
pub fn find_actors(text: &TokenizedText<'_>) -> ActorTable {
    let mut finder = Finder::new(text);
    finder.scan();
    let mut table = finder.resolve();
    cjk::add_cjk_actors(text, &mut table);
    table
}

/// Whether the headline paragraph is in Title Case: a short line before the body whose words
/// (but for a few short ones) are capitalised.
fn title_case_headline(text: &TokenizedText<'_>, headline: usize) -> bool {
    let (Some(first), true) = (text.paragraphs.get(headline), text.paragraphs.len() > headline + 1) else {
        return false;
    };
    title_case_words(text, first.clone(), 3..=30)
}

/// Whether the words of `range` are in Title Case: of the words that count, between `counted`
/// many, three in four capitalised.
fn title_case_words(
    text: &TokenizedText<'_>,
    range: std::ops::Range<usize>,
    counted_words: std::ops::RangeInclusive<usize>,
) -> bool {
    let words = range.filter(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word));
    // Title Case leaves its little words in lower case ("Pirates Hijack a Cargo Ship, Stoking
    // Fears of a Resurgence"): they count neither way.
    let (mut counted, mut capitalised) = (0, 0);
    for i in words {
        if text.tokens[i].capitalised {
            capitalised += 1;
        } else if LEXICON.word_in(Words::TitleCaseLittleWords, text, i) {
            continue;
        }
        counted += 1;
        if counted > *counted_words.end() {
            return false;
        }
    }
    counted_words.contains(&counted) && capitalised * 4 >= counted * 3
}

/// The most words a subhead in the body has ("A Satellite That Keeps Coming Back").
const SUBHEAD_WORDS: usize = 12;

/// The paragraphs in Title Case that name no one by their capitals alone: the headline, when it
/// is in Title Case, and the subheads of the body ("Soldiers Seek Refuge", "Presidency Vows
/// Action"), short lines in Title Case that no mark ends as a sentence, with no number or bracket.
fn title_case_headings(text: &TokenizedText<'_>, headline: usize) -> Headings {
    let mut headings = Headings(vec![false; text.paragraphs.len()]);
    if title_case_headline(text, headline) {
        headings.insert(headline);
    }
    for (paragraph, range) in text.paragraphs.iter().enumerate().skip(headline + 1) {
        let Some(last) = range.end.checked_sub(1).filter(|&last| last >= range.start) else { continue };
        let ends_sentence = text.tokens.get(last).is_some_and(|t| t.kind == TokenKind::Punct);
        // "Sen. Jo Bell (R-Texas) — Announced March 23, 2015": an entry of a list, with its dates
        // and brackets, is no subhead. (Read only for a short line in Title Case.)
        let listed = || {
            range.clone().any(|i| {
                text.tokens[i].kind == TokenKind::Number || text.is_punct(i, '(') || text.is_punct(i, '—')
            })
        };
        if !ends_sentence && title_case_words(text, range.clone(), 3..=SUBHEAD_WORDS) && !listed() {
            headings.insert(paragraph);
        }
    }
    headings
}

/// Which paragraphs are headings in Title Case, by paragraph index (looked up for many tokens, so
/// with no hashing).
struct Headings(Vec<bool>);

impl Headings {
    fn insert(&mut self, paragraph: usize) {
        if let Some(flag) = self.0.get_mut(paragraph) {
            *flag = true;
        }
    }

    fn contains(&self, paragraph: usize) -> bool {
        self.0.get(paragraph).copied().unwrap_or(false)
    }

    fn is_empty(&self) -> bool {
        !self.0.contains(&true)
    }

    fn paragraphs(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().filter(|(_, flag)| **flag).map(|(paragraph, _)| paragraph)
    }
}

/// The words of the `headings` paragraphs that the body after the headline capitalises inside a
/// sentence. Only words of the headings are looked up: a filter on a word's first byte and length
/// spares hashing every capitalised word of a long article.
fn heading_words_in_body<'a>(
    text: &'a TokenizedText<'_>,
    headline: usize,
    headings: &Headings,
) -> HashSet<&'a str> {
    const LENGTHS: usize = 64;
    let shape = |key: &str| {
        usize::from(key.as_bytes().first().copied().unwrap_or(0)) * LENGTHS + key.len().min(LENGTHS - 1)
    };
    let mut heading_words = HashSet::new();
    let mut shapes = vec![false; 256 * LENGTHS];
    for paragraph in headings.paragraphs() {
        for index in text.paragraphs.get(paragraph).cloned().unwrap_or_default() {
            if text.tokens[index].kind == TokenKind::Word {
                let key = text.key(index);
                shapes[shape(key)] = true;
                heading_words.insert(key);
            }
        }
    }
    let body = text.paragraphs.get(headline + 1).map_or(0, |range| range.start);
    text.tokens
        .iter()
        .enumerate()
        .skip(body)
        .filter(|(index, t)| {
            t.kind == TokenKind::Word
                && t.capitalised
                && !t.sentence_start
                && shapes[shape(text.key(*index))]
                && !headings.contains(t.paragraph())
                && heading_words.contains(text.key(*index))
        })
        .map(|(index, _)| text.key(index))
        .collect()
}

struct Finder<'a, 't> {
    text: &'a TokenizedText<'t>,
    /// Words the article itself writes in lower case: capitalised only at a sentence start.
    lower_case_words: HashSet<&'a str>,
    mentions: Vec<RawMention>,
    people: Vec<Person>,
    /// The index in `people` of each person, by their name keys (a person's keys never change).
    person_of: HashMap<Vec<String>, usize>,
    named_orgs: HashMap<String, NamedOrg>,
    /// The lookups of the organisations of several words in `named_orgs`, by their first word.
    orgs_by_first_word: HashMap<String, Vec<String>>,
    /// The lookups of the organisations whose name opens with a head in another language.
    foreign_orgs: Vec<String>,
    /// Single capitalised words that may be a surname of a person found elsewhere.
    bare_words: Vec<usize>,
    /// Words in capitals the gazetteers do not know ("ORBEX"): organisations when one speaks.
    acronyms: Vec<usize>,
    /// Abbreviations the article defines: "the Palestinian Authority (PA)".
    defined_abbreviations: HashMap<String, ActorKey>,
    /// When the headline or a subhead is in Title Case: the words of the headings that the body
    /// capitalises inside a sentence. A name in such a heading goes on only with such words ("Jane
    /// Doe Gives Speech" names Jane Doe).
    headline_name_words: Option<HashSet<&'a str>>,
    /// The paragraphs in Title Case ([`title_case_headings`]).
    headings: Headings,
    /// The paragraph of the headline (after a label such as "News Analysis", the second).
    headline: usize,
}

impl<'a, 't> Finder<'a, 't> {
    fn new(text: &'a TokenizedText<'t>) -> Self {
        let mut lower_case_words = HashSet::new();
        for (index, token) in text.tokens.iter().enumerate() {
            // Words the lexicon already knows as ordinary need no entry.
            let known = LEXICON.is_common_word(text, index) || LEXICON.is_stopword(text, index);
            if token.kind == TokenKind::Word && !token.capitalised && !known {
                lower_case_words.insert(text.key(index));
            }
        }
        let headline = crate::extract::headline::headline_paragraph(text);
        let headings = title_case_headings(text, headline);
        let headline_name_words =
            (!headings.is_empty()).then(|| heading_words_in_body(text, headline, &headings));
        Self {
            text,
            lower_case_words,
            headline_name_words,
            headings,
            headline,
            mentions: Vec::new(),
            people: Vec::new(),
            person_of: HashMap::new(),
            named_orgs: HashMap::new(),
            orgs_by_first_word: HashMap::new(),
            foreign_orgs: Vec::new(),
            bare_words: Vec::new(),
            acronyms: Vec::new(),
            defined_abbreviations: HashMap::new(),
        }
    }

    /// Whether the token at `index` stands in a heading in Title Case ([`title_case_headings`]).
    fn in_title_case_heading(&self, index: usize) -> bool {
        self.text.tokens.get(index).is_some_and(|t| self.headings.contains(t.paragraph()))
    }

    fn word(&self, index: usize) -> &'t str {
        self.text.token_text(index)
    }

    fn surface(&self, start: usize, end: usize) -> String {
        match (self.text.tokens.get(start), end.checked_sub(1).and_then(|last| self.text.tokens.get(last))) {
            (Some(first), Some(last)) if start < end => {
                crate::model::text::collapse_whitespace(self.text.slice(first.start_byte(), last.end_byte()))
            }
            _ => String::new(),
        }
    }

    fn scan(&mut self) {
        let count = self.text.tokens.len();
        let mut index = 0usize;
        while index < count {
            index = self.step(index).max(index + 1);
        }
        self.bare_government_bodies();
        self.merge_capitalised_government_bodies();
    }

    /// Tries every rule at token `index` and returns where to continue.
    fn step(&mut self, index: usize) -> usize {
        let token = self.text.tokens[index];
        if token.kind != TokenKind::Word {
            return index + 1;
        }
        // A label above the headline ("News Analysis") names nobody.
        if token.paragraph() < self.headline {
            return self.text.paragraphs.get(token.paragraph()).map_or(index + 1, |p| p.end);
        }
        if let Some(next) = self.skip_credit_line(index) {
            return next;
        }
        // "the Ostra pipeline", "the Sheikh Omar South field": a built thing's name, even when a
        // title opens it.
        if token.capitalised
            && let Some(next) = self.named_thing_end(index)
        {
            return next;
        }
        // "the Kamanda clan", "the Velo cartel": a band named before its noun.
        if token.capitalised
            && let Some(next) = self.band_name_end(index)
        {
            return next;
        }
        if let Some(next) = self.title_and_name(index) {
            return next;
        }
        if token.capitalised
            && let Some(next) = self.initials_named_org(index)
        {
            return next;
        }
        // A short form the article defines ("Kessa Ports Authority (KPA)") means that here,
        // whatever the gazetteer knows by it.
        if token.all_caps
            && !self.defined_abbreviations.is_empty()
            && let Some(next) = self.defined_abbreviation(index)
        {
            return next;
        }
        let may_be_gazetteer = token.capitalised || LEXICON.may_start_lower_case_phrase(self.text.key(index));
        if may_be_gazetteer
            && !(token.capitalised
                && (self.given_name_before_initial(index) || self.state_named_person(index)))
            && let Some(next) = self.gazetteer(index)
        {
            return next;
        }
        // "al-Tawil said", after "Karim al-Tawil": a surname joined to its particle, in lower case
        // because the particle opens it, is that person.
        if !token.capitalised && self.joined_particle(index) {
            self.bare_words.push(index);
            return index + 1;
        }
        if token.capitalised {
            if let Some(next) = self.defined_abbreviation(index) {
                return next;
            }
            if let Some(next) = self.ampersand_firm(index) {
                return next;
            }
            return self.capitalised_run(index);
        }
        index + 1
    }

    /// Records a surface form without a separate mention (the mention already covers it).
    fn push_alias_only(&mut self, key: ActorKey, start: usize, end: usize, surface: String) {
        self.mentions.push(RawMention {
            key,
            start_token: start,
            end_token: end,
            surface,
            rule: "",
            locative: false,
        });
    }

    fn push(
        &mut self,
        key: ActorKey,
        start: usize,
        end: usize,
        surface: String,
        rule: &'static str,
        locative: bool,
    ) {
        self.mentions.push(RawMention { key, start_token: start, end_token: end, surface, rule, locative });
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_forces;
#[cfg(test)]
mod tests_kinds;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_orgs;
#[cfg(test)]
mod tests_places;
