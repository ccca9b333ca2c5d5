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

use std::collections::{HashMap, HashSet};

use super::Mention;
use super::lexicon::{Entity, Form, InstitutionRole, LEXICON};
use super::tokens::{TokenKind, TokenizedText, push_key_part};
use crate::model::ActorKind;

/// An actor found in the text, before it is turned into a public suggestion.
#[derive(Clone, Debug)]
pub struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    /// Surface forms in order of first appearance, the name first.
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
    pub rule: &'static str,
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

/// Words before a capital that make it a location rather than an actor.
const LOCATIVE_PREPOSITIONS: &[&str] =
    &["in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "into", "via"];

/// "north", "south-east", "northern", "central": a direction that narrows a place.
fn is_compass_word(word: &str) -> bool {
    const POINTS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western"];
    let lower = word.to_ascii_lowercase();
    lower == "central" || !lower.is_empty() && lower.split('-').all(|part| POINTS.contains(&part))
}

/// Words that count the noun after a capital ("several London hospitals"): the capital describes it.
const QUANTIFIERS: &[&str] =
    &["several", "many", "some", "most", "all", "few", "other", "two", "three", "four", "dozens", "hundreds"];

/// Nouns that a capital describes as a location rather than acting: "London hospitals", "the Moscow
/// summit", "Beijing time". Compared with the token's lower-case key.
#[rustfmt::skip]
const ATTRIBUTIVE_NOUNS: &[&str] = &[
    "hospital", "hospitals", "resident", "residents", "airport", "airports", "suburb", "suburbs",
    "streets", "neighbourhood", "neighborhood", "district", "marathon", "summit", "talks", "meeting",
    "conference", "bureau", "correspondent", "time", "skyline", "traffic", "apartment", "flat", "home",
    "restaurant", "hotel", "school", "schools", "university", "zoo", "subway", "metro", "underground",
    "police", "mayor", "council", "stock", "exchange", "office", "offices", "headquarters", "region",
    "area", "dateline", "visit", "trip",
];

/// Words that may follow a definite reference to an organisation ("the ministry said", "the
/// command, which …", "the agency in a statement").
#[rustfmt::skip]
const DEFINITE_REFERENCE_FOLLOWERS: &[&str] = &[
    "in", "on", "at", "and", "or", "but", "who", "which", "that", "to", "for", "with", "by", "as",
    "also", "then", "now", "later", "itself", "has", "had", "says", "claims", "reports", "denies",
    "insists", "warns", "adds", "confirms", "believes", "wants", "plans", "hopes", "expects",
];

/// Lower-case name particles that may stand inside a person's name ("Osama bin Laden").
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "del", "della", "da", "das", "dos", "di", "du", "van", "von",
    "der", "den", "la", "le",
];

/// Lower-case words that join the words of an organisation's name ("Institute for ...").
const ORG_CONNECTORS: &[&str] = &["of", "for", "on", "and"];

/// Credit lines: the names after these are reporters, not actors ("reporting by", "editing by").
const CREDIT_VERBS: &[&str] =
    &["reporting", "editing", "writing", "written", "compiled", "photo", "photograph", "photos"];

/// Words a collective identical to its adjective ("the French", "the Chinese") is followed by
/// when it is the subject of a sentence rather than an adjective before a noun.
const VERB_LIKE: &[&str] = &[
    "have", "has", "had", "are", "were", "was", "is", "will", "would", "could", "can", "did", "do", "does",
    "may", "might", "must", "should", "also", "want", "wanted", "insist", "insisted",
];

/// Finds every actor in the text.
pub fn find_actors(text: &TokenizedText<'_>) -> ActorTable {
    let mut finder = Finder::new(text);
    finder.scan();
    finder.resolve()
}

struct Finder<'a, 't> {
    text: &'a TokenizedText<'t>,
    /// Words the article itself writes in lower case: capitalised only at a sentence start.
    lower_case_words: HashSet<&'a str>,
    mentions: Vec<RawMention>,
    people: Vec<Person>,
    named_orgs: HashMap<String, NamedOrg>,
    /// Single capitalised words that may be a surname of a person found elsewhere.
    bare_words: Vec<usize>,
    /// Abbreviations the article defines: "the Palestinian Authority (PA)".
    defined_abbreviations: HashMap<String, ActorKey>,
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
        Self {
            text,
            lower_case_words,
            mentions: Vec::new(),
            people: Vec::new(),
            named_orgs: HashMap::new(),
            bare_words: Vec::new(),
            defined_abbreviations: HashMap::new(),
        }
    }

    fn word(&self, index: usize) -> &'t str {
        self.text.token_text(index)
    }

    fn surface(&self, start: usize, end: usize) -> String {
        match (self.text.tokens.get(start), end.checked_sub(1).and_then(|last| self.text.tokens.get(last))) {
            (Some(first), Some(last)) if start < end => {
                crate::model::text::collapse_whitespace(self.text.slice(first.start_byte, last.end_byte))
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
    }

    /// Tries every rule at token `index` and returns where to continue.
    fn step(&mut self, index: usize) -> usize {
        let token = self.text.tokens[index];
        if token.kind != TokenKind::Word {
            return index + 1;
        }
        if let Some(next) = self.skip_credit_line(index) {
            return next;
        }
        if let Some(next) = self.title_and_name(index) {
            return next;
        }
        let may_be_gazetteer = token.capitalised || LEXICON.may_start_lower_case_phrase(self.text.key(index));
        if may_be_gazetteer && let Some(next) = self.gazetteer(index) {
            return next;
        }
        if token.capitalised {
            if let Some(next) = self.defined_abbreviation(index) {
                return next;
            }
            return self.capitalised_run(index);
        }
        index + 1
    }

    /// "By Jane Doe, Staff Correspondent" at the top, "(Reporting by Jane Doe; editing by ...)".
    fn skip_credit_line(&mut self, index: usize) -> Option<usize> {
        let token = self.text.tokens[index];
        let paragraph = self.text.paragraphs.get(token.paragraph)?.clone();
        let byline = index == paragraph.start
            && self.word(index) == "By"
            && self.text.tokens.get(index + 1).is_some_and(|t| t.capitalised)
            && paragraph.len() <= 16;
        if byline {
            return Some(paragraph.end);
        }
        // A dateline: "BEIJING (AP) —", "LAGOS, May 3 (Reuters) -": the place and the agency.
        if let Some(end) = self.text.dateline_end(index) {
            return Some(end);
        }
        let word = self.word(index);
        if CREDIT_VERBS.iter().any(|verb| verb.eq_ignore_ascii_case(word))
            && self.text.is_word_ci(index + 1, "by")
        {
            // The credit runs to the end of its sentence or bracket.
            let sentence = self.text.sentence_of(index);
            let mut end = index + 2;
            while end < sentence.end && !self.text.is_punct(end, ')') {
                end += 1;
            }
            return Some(end);
        }
        None
    }

    /// A run of name-shaped capitalised tokens starting at `start` (at most four words, particles
    /// allowed inside), as an exclusive end; `None` when `start` is not a name word.
    fn name_run(&mut self, start: usize) -> Option<usize> {
        if !self.is_name_word(start) {
            return None;
        }
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start + 1;
        let mut words = 1;
        while end < sentence_end && words < 4 && self.text.adjacent_on_line(end - 1, end) {
            if self.is_name_word(end) {
                end += 1;
                words += 1;
            } else if let Some(particles) = self.particles_before_name(end) {
                // "bin Salman", "von der Leyen", "de la Cruz".
                end += particles + 1;
                words += particles + 1;
            } else {
                break;
            }
        }
        Some(end)
    }

    /// How many lower-case name particles (one or two) start at `index` and are followed by a
    /// name word.
    fn particles_before_name(&self, index: usize) -> Option<usize> {
        let is_particle =
            |i: usize| NAME_PARTICLES.contains(&self.word(i)) && self.text.adjacent_on_line(i - 1, i);
        if !is_particle(index) {
            return None;
        }
        let count = if is_particle(index + 1) { 2 } else { 1 };
        (self.text.adjacent_on_line(index + count - 1, index + count) && self.is_name_word(index + count))
            .then_some(count)
    }

    /// A capitalised word that can be part of a name: not a stopword, an acronym, an institution
    /// word or a place word, and not the start of a gazetteer phrase other than a bare name.
    fn is_name_word(&self, index: usize) -> bool {
        let Some(token) = self.text.tokens.get(index) else { return false };
        let word = self.word(index);
        // "al-Burhan", "el-Sisi", "bin-Salman": a particle joined to a capitalised name, inside a
        // name that has already started.
        if index > 0
            && token.kind == TokenKind::Word
            && let Some((particle, rest)) = word.split_once('-')
            && NAME_PARTICLES.contains(&particle)
            && rest.chars().next().is_some_and(char::is_uppercase)
            && self.text.tokens.get(index - 1).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        {
            return true;
        }
        if token.kind != TokenKind::Word || !token.capitalised || token.all_caps {
            return false;
        }
        if word.chars().count() < 2 || word.contains('.') {
            return false;
        }
        let lexicon = &*LEXICON;
        !(lexicon.is_stopword(self.text, index)
            || lexicon.org_head(self.text, index).is_some()
            || lexicon.is_place_word(self.text, index)
            || lexicon.phrase_at(self.text, index).is_some())
    }

    fn title_and_name(&mut self, index: usize) -> Option<usize> {
        let lexicon = &*LEXICON;
        let title_end = lexicon.title_at(self.text, index)?;
        // A lower-case title needs a word before it or a capital after it to be a title at all.
        let (mut name_start, appositive) =
            if self.text.is_punct(title_end, ',') { (title_end + 1, true) } else { (title_end, false) };
        if name_start > title_end && !self.text.adjacent_on_line(title_end, name_start) {
            return None;
        }
        // "Iran's supreme leader, Ayatollah Ali Khamenei,": a second title before the name.
        let mut inner_title = None;
        if appositive && let Some(inner_end) = lexicon.title_at(self.text, name_start) {
            inner_title = Some(self.base_title_key(name_start, inner_end));
            name_start = inner_end;
        }
        let name_end = self.name_run(name_start)?;
        if appositive {
            // "Iran's president, Hassan Rouhani," needs a full name closed by a comma or the end.
            let closed = self.text.is_punct(name_end, ',')
                || self
                    .text
                    .tokens
                    .get(name_end)
                    .is_none_or(|t| t.sentence != self.text.tokens[name_start].sentence);
            if name_end - name_start < 2 || !closed {
                return None;
            }
        }
        // A capitalised title word at the very start of a sentence may just be a word ("General
        // elections"), but then the "name" after it is usually a common word too.
        let title_key = self.base_title_key(index, title_end);
        let rule = if appositive { "appositive-title" } else { "title+name" };
        let person = self.add_person(name_start, name_end, Some(title_key));
        if let Some(inner_title) = inner_title {
            self.add_person(name_start, name_end, Some(inner_title));
        }
        let name_surface = self.surface(name_start, name_end);
        let title_surface = if appositive { name_surface.clone() } else { self.surface(index, name_end) };
        let prefix_start = self.title_prefix_start(index);
        if prefix_start < index && !appositive {
            let full = self.surface(prefix_start, name_end);
            self.push_alias_only(ActorKey::Person(person), name_start, name_end, full);
        }
        self.mentions.push(RawMention {
            key: ActorKey::Person(person),
            start_token: if appositive { name_start } else { index },
            end_token: name_end,
            surface: title_surface,
            rule,
            locative: false,
        });
        self.push_alias_only(ActorKey::Person(person), name_start, name_end, name_surface);
        Some(name_end)
    }

    /// The title words without leading modifiers, lower case ("deputy foreign minister" gives
    /// "foreign minister").
    fn base_title_key(&mut self, start: usize, end: usize) -> String {
        let mut title_start = start;
        let mut key = String::new();
        while title_start + 1 < end {
            let mut rest = String::new();
            for i in title_start + 1..end {
                push_key_part(&mut rest, self.word(i));
            }
            if LEXICON.title_at(self.text, title_start + 1) == Some(end) {
                title_start += 1;
                key = rest;
            } else {
                break;
            }
        }
        if key.is_empty() {
            for i in title_start..end {
                push_key_part(&mut key, self.word(i));
            }
        }
        key
    }

    /// Where the words that qualify a title start: "South Korean President", "US Secretary of
    /// State", "Britain's Foreign Secretary", "top European Union diplomat".
    fn title_prefix_start(&mut self, title_start: usize) -> usize {
        let mut start = title_start;
        // A qualifier is a few words at most; the bound keeps all-capitals text linear.
        while start > 0 && title_start - start < 6 {
            let previous = start - 1;
            let token = self.text.tokens[previous];
            if token.sentence != self.text.tokens[title_start].sentence
                || !self.text.adjacent_on_line(previous, start)
            {
                break;
            }
            if token.kind == TokenKind::Possessive || (token.kind == TokenKind::Word && token.capitalised) {
                start = previous;
            } else {
                break;
            }
        }
        // Never start on a possessive ending or a sentence-initial common word.
        while start < title_start {
            let token = self.text.tokens[start];
            let common = token.sentence_start && LEXICON.is_common_word(self.text, start);
            if token.kind == TokenKind::Possessive || common || LEXICON.is_stopword(self.text, start) {
                start += 1;
            } else {
                break;
            }
        }
        start
    }

    fn add_person(&mut self, start: usize, end: usize, title: Option<String>) -> usize {
        let name_keys: Vec<String> = (start..end)
            .filter(|&i| self.text.tokens[i].capitalised)
            .map(|i| {
                let mut key = String::new();
                push_key_part(&mut key, self.word(i));
                key
            })
            .collect();
        let name = self.surface(start, end);
        let index = match self.people.iter().position(|p| p.name_keys == name_keys) {
            Some(index) => index,
            None => {
                self.people.push(Person { name_keys, name, titles: Vec::new() });
                self.people.len() - 1
            }
        };
        if let Some(title) = title
            && let Some(person) = self.people.get_mut(index)
            && !person.titles.contains(&title)
        {
            person.titles.push(title);
        }
        index
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

    fn is_locative(&self, start: usize) -> bool {
        let preceding_word = |offset: usize| start.checked_sub(offset).map(|i| self.word(i));
        if preceding_word(1).is_some_and(|w| LOCATIVE_PREPOSITIONS.contains(&w)) {
            return true;
        }
        // "in the capital Kyiv" is not this case, but "in the Kremlin" is a place.
        if preceding_word(1) == Some("the")
            && preceding_word(2).is_some_and(|w| LOCATIVE_PREPOSITIONS.contains(&w))
        {
            return true;
        }
        // "in south-east London", "in northern Syria", "across central Moscow".
        let mut back = 1;
        while back <= 4 && preceding_word(back).is_some_and(|w| is_compass_word(w) || w == "-") {
            back += 1;
        }
        if back > 1 && preceding_word(back).is_some_and(|w| LOCATIVE_PREPOSITIONS.contains(&w) || w == "the")
        {
            return true;
        }
        // "Geneva, Switzerland": a country after a place and a comma.
        preceding_word(1) == Some(",")
            && start.checked_sub(2).is_some_and(|i| self.text.tokens[i].capitalised)
            && preceding_word(3).is_some_and(|w| LOCATIVE_PREPOSITIONS.contains(&w))
    }

    /// A capital used as a modifier of a place or an everyday noun ("several London hospitals",
    /// "the Moscow summit", "Beijing time"): a location, not the state acting.
    fn is_attributive_place(&self, start: usize, end: usize) -> bool {
        let quantified = start.checked_sub(1).is_some_and(|i| {
            QUANTIFIERS.iter().any(|w| self.text.is_word_ci(i, w))
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        });
        let modifies_noun = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(end - 1, end)
            && (ATTRIBUTIVE_NOUNS.contains(&self.text.key(end)) || LEXICON.is_place_word(self.text, end));
        quantified || modifies_noun
    }

    fn gazetteer(&mut self, index: usize) -> Option<usize> {
        let lexicon = &*LEXICON;
        let found = lexicon.phrase_at(self.text, index)?;
        // "The UN Security Council": a longer name starting after "the" wins over "the UN".
        if self.text.is_word_ci(index, "the")
            && lexicon.phrase_at(self.text, index + 1).is_some_and(|next| next.end > found.end)
        {
            return None;
        }
        let (start, end) = (found.start, found.end);
        // "Vienna Centre for Disarmament", "Moscow State University": a place inside a name.
        if matches!(found.entry.form, Form::Seat | Form::Place)
            && self.text.tokens[start].capitalised
            && let Some((run_end, kind)) = self.org_run(start, false).filter(|(run_end, _)| *run_end > end)
        {
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, kind, "org-head");
            return Some(run_end);
        }
        let Some(entity) = found.entry.entity else {
            // A place that is never an actor: skip its words so they are not taken for a name.
            return Some(end);
        };
        let surface = self.surface(start, end);
        match found.entry.form {
            Form::Name => {
                let all_caps = (start..end)
                    .all(|i| self.text.tokens[i].all_caps || self.text.tokens[i].kind != TokenKind::Word);
                let rule = match entity {
                    Entity::Org(_) if all_caps => "org-abbreviation",
                    Entity::Org(_) => "org-gazetteer",
                    Entity::Country(_) if all_caps => "state-abbreviation",
                    Entity::Country(_) => "state-name",
                };
                if let Some(next) = self.institution_after(index, end, entity, Form::Name) {
                    return Some(next);
                }
                let locative = self.is_locative(start) && matches!(entity, Entity::Country(_));
                self.push(ActorKey::Entity(entity), start, end, surface, rule, locative);
                self.define_abbreviation(ActorKey::Entity(entity), end);
                Some(end)
            }
            Form::Seat => {
                if self.is_locative(start) || self.is_attributive_place(start, end) {
                    // "talks in Geneva", "officials in Helsinki", "several London hospitals": a place.
                    return Some(end);
                }
                let rule =
                    if matches!(entity, Entity::Country(_)) { "capital-as-state" } else { "seat-as-org" };
                self.push(ActorKey::Entity(entity), start, end, surface, rule, false);
                Some(end)
            }
            Form::Collective | Form::Adjective => self.nationality(index, end, entity, found.entry.form),
            Form::Place => Some(end),
        }
    }

    /// "the Iranians", "Israeli officials", "the Russian military", "Finnish Defence Forces".
    fn nationality(&mut self, start: usize, end: usize, entity: Entity, form: Form) -> Option<usize> {
        if let Some(next) = self.institution_after(start, end, entity, form) {
            return Some(next);
        }
        // "Swiss Mission", "Chinese Foreign Ministry": an adjective before an institution name.
        if (form == Form::Adjective || self.adjective_form_exists(start, end))
            && let Some((run_end, kind)) = self.org_run(end, false)
        {
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, kind, "demonym+org");
            return Some(run_end);
        }
        let after_the = start.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "the"));
        if after_the {
            let plural_form = form == Form::Collective && !self.adjective_form_exists(start, end);
            let next_is_verb = self.text.tokens.get(end).is_none_or(|t| t.kind != TokenKind::Word)
                || VERB_LIKE.contains(&self.word(end))
                || LEXICON.is_speech_verb(self.word(end));
            if (plural_form || (form == Form::Collective && next_is_verb))
                && !self.text.tokens.get(end).is_some_and(|t| t.capitalised)
            {
                let surface = self.surface(start - 1, end);
                self.push(ActorKey::Entity(entity), start - 1, end, surface, "demonym-collective", false);
                return Some(end);
            }
        }
        // A nationality adjective alone is not an actor ("North Korean soldiers"); let the words
        // after it be read on their own.
        Some(end)
    }

    /// Collectives such as "Chinese" are also adjectives: the gazetteer lists them in both.
    fn adjective_form_exists(&mut self, start: usize, end: usize) -> bool {
        LEXICON.has_form(self.text, start, end, Form::Adjective)
    }

    /// A lower-case institution after a state's name or adjective ("Israeli officials", "the US
    /// government", "China's military"), or an institution's name after a state's name ("U.S.
    /// Navy", "Taiwan's Defense Ministry").
    fn institution_after(&mut self, start: usize, end: usize, entity: Entity, form: Form) -> Option<usize> {
        let Entity::Country(country) = entity else { return None };
        let possessive = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
        let institution_start = if possessive { end + 1 } else { end };
        if !self.text.adjacent_on_line(end - 1, institution_start) {
            return None;
        }
        let mention_start =
            if start > 0 && self.text.is_word_ci(start - 1, "the") { start - 1 } else { start };
        let Some((institution_end, role)) = LEXICON.institution_at(self.text, institution_start) else {
            // "U.S. Navy", "Taiwan's Defense Ministry": a named body of the state; but "Japan's Chief
            // Cabinet Secretary Yoshimasa Hayashi" is a title and a person.
            if form != Form::Name
                || !self.text.tokens.get(institution_start).is_some_and(|t| t.capitalised)
                || LEXICON.title_at(self.text, institution_start).is_some()
            {
                return None;
            }
            let (run_end, kind) = self.org_run(institution_start, true)?;
            let name = self.surface(start, run_end);
            let state_surface = self.surface(start, end);
            self.push(ActorKey::Entity(entity), start, end, state_surface, "state-name", false);
            self.push_named(mention_start, run_end, name, kind, "state+org");
            return Some(run_end);
        };
        let surface = self.surface(mention_start, institution_end);
        match role {
            InstitutionRole::State => {
                let key = ActorKey::Entity(entity);
                self.push(key, mention_start, institution_end, surface, "demonym+institution", false);
            }
            InstitutionRole::ArmedForces if !self.heads_its_phrase(institution_end) => return None,
            InstitutionRole::ArmedForces => {
                // "China's military", "Chinese forces" and "the Chinese military" are one actor, the
                // gazetteer's when it has one ("People's Liberation Army").
                let adjective = LEXICON.country_adjective(country).unwrap_or(LEXICON.entity_name(entity));
                let word = self.surface(institution_start, institution_end).to_lowercase();
                let force = if matches!(word.as_str(), "forces" | "armed forces" | "military") {
                    "military"
                } else {
                    &word
                };
                let name = format!("{adjective} {force}");
                let rule = "demonym+institution";
                match LEXICON.lookup(&name) {
                    Some(known) => self.push(
                        ActorKey::Entity(known),
                        mention_start,
                        institution_end,
                        surface,
                        rule,
                        false,
                    ),
                    None => {
                        let kind = ActorKind::ArmedForces;
                        self.push_named_with_surface(
                            mention_start,
                            institution_end,
                            name,
                            surface,
                            kind,
                            rule,
                        );
                    }
                }
            }
            InstitutionRole::Organisation => {
                let name = self.surface(start, institution_end);
                self.push_named(
                    mention_start,
                    institution_end,
                    name,
                    ActorKind::Organisation,
                    "demonym+institution",
                );
            }
        }
        Some(institution_end)
    }

    /// Whether the word before `next` ends its noun phrase ("the Russian military fired", "forces in
    /// Ukraine") rather than describing the noun after it ("military support").
    fn heads_its_phrase(&self, next: usize) -> bool {
        let Some(token) = self.text.tokens.get(next) else { return true };
        if token.kind != TokenKind::Word || token.capitalised {
            return true;
        }
        let word = self.word(next);
        const LINKS: &[&str] = &[
            "in", "on", "at", "near", "from", "of", "to", "and", "or", "but", "who", "which", "that", "had",
            "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might",
            "must", "also", "then", "now",
        ];
        LINKS.contains(&word)
            || VERB_LIKE.contains(&word)
            || LEXICON.is_speech_verb(word)
            || word.ends_with("ed")
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

    fn push_named(&mut self, start: usize, end: usize, name: String, kind: ActorKind, rule: &'static str) {
        let name =
            name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(&name).to_owned();
        self.push_named_with_surface(start, end, name.clone(), name, kind, rule);
    }

    /// Records a mention of an organisation named in the text; `surface` is the alias it adds.
    fn push_named_with_surface(
        &mut self,
        start: usize,
        end: usize,
        name: String,
        surface: String,
        kind: ActorKind,
        rule: &'static str,
    ) {
        let mut lookup = String::new();
        for word in name.split_whitespace() {
            push_key_part(&mut lookup, word);
        }
        self.named_orgs.entry(lookup.clone()).or_insert(NamedOrg { name, kind });
        self.push(ActorKey::Named(lookup.clone()), start, end, surface, rule, false);
        self.define_abbreviation(ActorKey::Named(lookup), end);
    }

    /// "(PA)" right after a name defines an abbreviation for the rest of the article.
    fn define_abbreviation(&mut self, key: ActorKey, end: usize) {
        if self.text.is_punct(end, '(')
            && self.text.tokens.get(end + 1).is_some_and(|t| t.all_caps)
            && self.text.is_punct(end + 2, ')')
        {
            let abbreviation = self.word(end + 1).to_owned();
            self.defined_abbreviations.insert(abbreviation, key);
        }
    }

    fn defined_abbreviation(&mut self, index: usize) -> Option<usize> {
        let key = self.defined_abbreviations.get(self.word(index))?.clone();
        let surface = self.word(index).to_owned();
        self.push(key, index, index + 1, surface, "abbreviation-defined", false);
        Some(index + 1)
    }

    /// A run of capitalised words starting at `start` that names an organisation: it ends with an
    /// institution word ("Nordic Defence Institute") or starts with one followed by "of"/"for"
    /// ("Ministry of Foreign Affairs"). Returns its end and kind.
    fn org_run(&mut self, start: usize, single_word_ok: bool) -> Option<(usize, ActorKind)> {
        let sentence_end = self.text.sentence_of(start).end;
        let in_list = start > 0 && self.text.is_punct(start - 1, ',');
        let mut end = start;
        let mut last_head = None;
        // An organisation's name is a dozen words at most; the bound keeps all-capitals text linear.
        while end < sentence_end.min(start + 12) {
            let token = self.text.tokens[end];
            if end > start && !self.text.adjacent_on_line(end - 1, end) {
                break;
            }
            if token.kind == TokenKind::Word && token.capitalised && !LEXICON.is_stopword(self.text, end) {
                if let Some(kind) = LEXICON.org_head(self.text, end) {
                    last_head = Some((end, kind));
                }
                end += 1;
            } else if end > start
                && ORG_CONNECTORS.contains(&self.word(end))
                && self.text.tokens.get(end + 1).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                // "AT&T, Verizon and Lumen Technologies": in a list, "and" joins two names.
                && !(self.word(end) == "and" && in_list)
            {
                end += 1;
            } else {
                break;
            }
        }
        let (head, kind) = last_head?;
        // "Nordic Defence Institute" ends at its head; "Institute for Maritime Security" and
        // "Ministry of Foreign Affairs" keep the words after "for"/"of".
        let head_first = ["of", "for", "on"].iter().any(|w| self.text.is_word_ci(head + 1, w));
        let run_end = if head_first { end } else { head + 1 };
        // A lone institution word ("Parliament", "Army") is too vague to be an actor, unless a
        // state's name stands before it ("U.S. Navy").
        (run_end > start + 1 || single_word_ok && run_end == start + 1).then_some((run_end, kind))
    }

    fn capitalised_run(&mut self, index: usize) -> usize {
        let token = self.text.tokens[index];
        let lexicon = &*LEXICON;
        let sentence_initial = token.sentence_start
            || index.checked_sub(1).is_some_and(|p| {
                self.text.tokens[p].sentence_start
                    && self.text.tokens[p].kind == TokenKind::Punct
                    && self.text.tokens[p].sentence == token.sentence
            });
        if lexicon.is_stopword(self.text, index) {
            return index + 1;
        }
        if sentence_initial && self.is_ordinary_word(index) {
            // "National Security Council spokesman John Kirby said": an ordinary word can still
            // open an organisation's name at the start of a sentence.
            if let Some((end, kind)) = self.org_run(index, false)
                && end > index + 2
            {
                let name = self.surface(index, end);
                self.push_named(index, end, name, kind, "org-head");
                return end;
            }
            return index + 1;
        }
        if let Some((end, kind)) = self.org_run(index, false) {
            let name = self.surface(index, end);
            let preceded_by_the = index > 0 && self.text.is_word_ci(index - 1, "the");
            let start = if preceded_by_the { index - 1 } else { index };
            self.push_named(start, end, name, kind, "org-head");
            return end;
        }
        let Some(end) = self.name_run(index) else { return index + 1 };
        if end - index == 1 {
            self.bare_words.push(index);
            return end;
        }
        if self.looks_like_person(index, end) {
            let person = self.add_person(index, end, None);
            let surface = self.surface(index, end);
            let rule = if self.is_appositive_person(end) { "name+appositive" } else { "name-sequence" };
            self.push(ActorKey::Person(person), index, end, surface, rule, false);
        }
        end
    }

    /// A common English word, or one the article also writes in lower case.
    fn is_ordinary_word(&self, index: usize) -> bool {
        LEXICON.is_common_word(self.text, index) || self.lower_case_words.contains(self.text.key(index))
    }

    /// "Amitai Etzioni" but not "Strategic Export Controls", "New Labour" or "in Tel Aviv".
    fn looks_like_person(&mut self, start: usize, end: usize) -> bool {
        let lexicon = &*LEXICON;
        let capitalised: Vec<usize> = (start..end).filter(|&i| self.text.tokens[i].capitalised).collect();
        if capitalised.len() < 2 {
            return false;
        }
        for &i in &capitalised[..capitalised.len() - 1] {
            if self.is_ordinary_word(i) {
                return false;
            }
        }
        // The last word may be an ordinary word (Straw, Rice), but not one the article uses in
        // lower case when the first word is also uncertain.
        let preceding = start.checked_sub(1).map(|i| self.word(i));
        if preceding.is_some_and(|w| w.eq_ignore_ascii_case("the") || LOCATIVE_PREPOSITIONS.contains(&w)) {
            return false;
        }
        // "the city of Tel Aviv", "the port of Ust-Luga".
        if preceding == Some("of") && start >= 2 && lexicon.is_place_word(self.text, start - 2) {
            return false;
        }
        // A gazetteer phrase inside ("Jordan Valley" is caught by the place word) is not a name.
        !(start..end).any(|i| lexicon.phrase_at(self.text, i).is_some_and(|m| m.end > i + 1))
    }

    /// "Helena Brandt, a senior fellow" or "Khan, who".
    fn is_appositive_person(&self, end: usize) -> bool {
        self.text.is_punct(end, ',')
            && ["a", "an", "the", "who", "whose"].iter().any(|w| self.text.is_word_ci(end + 1, w))
    }

    /// Pass 2: merges people, resolves surnames and titles, builds the public table.
    fn resolve(mut self) -> ActorTable {
        let person_target = self.merge_people();
        let known_as = self.resolve_known_as();
        self.resolve_bare_words(&person_target, &known_as);
        self.resolve_title_references(&person_target);
        self.resolve_definite_references();

        // Group mentions by actor.
        // Groups in order of first mention; one map lookup per mention, one key clone per actor.
        let mut groups: Vec<(ActorKey, Vec<RawMention>)> = Vec::new();
        let mut group_of: HashMap<ActorKey, usize> = HashMap::new();
        let mut mentions = std::mem::take(&mut self.mentions);
        mentions.sort_by_key(|m| (m.start_token, std::cmp::Reverse(m.end_token)));
        for mut mention in mentions {
            if let ActorKey::Person(p) = mention.key {
                mention.key = ActorKey::Person(person_target.get(p).copied().unwrap_or(p));
            }
            match group_of.get(&mention.key) {
                Some(&group) => groups[group].1.push(mention),
                None => {
                    group_of.insert(mention.key.clone(), groups.len());
                    groups.push((mention.key.clone(), vec![mention]));
                }
            }
        }

        let mut table = ActorTable::default();
        for (key, group) in groups {
            let counted: Vec<&RawMention> = group.iter().filter(|m| !m.rule.is_empty()).collect();
            if counted.is_empty() || counted.iter().all(|m| m.locative) {
                continue;
            }
            let (name, kind) = match &key {
                ActorKey::Entity(entity) => {
                    (LEXICON.entity_name(*entity).to_owned(), LEXICON.entity_kind(*entity))
                }
                ActorKey::Named(lookup) => match self.named_orgs.get(lookup) {
                    Some(org) => (org.name.clone(), org.kind),
                    None => continue,
                },
                ActorKey::Person(p) => match self.people.get(*p) {
                    Some(person) => (person.name.clone(), ActorKind::Person),
                    None => continue,
                },
            };
            let actor_index = table.actors.len();
            let mut aliases = vec![name.clone()];
            let mut alias_keys: HashSet<String> = HashSet::new();
            alias_keys.insert(crate::model::actor::name_key(&name));
            let mut seen_surfaces: HashSet<&str> = HashSet::new();
            for mention in &group {
                // Most mentions repeat a form already seen: compare the cheap way first.
                if !seen_surfaces.insert(mention.surface.as_str()) {
                    continue;
                }
                let alias_key = crate::model::actor::name_key(&mention.surface);
                if !alias_key.is_empty() && alias_keys.insert(alias_key) {
                    aliases.push(mention.surface.clone());
                }
            }
            let mut public_mentions = Vec::new();
            for mention in &counted {
                let (Some(first), Some(last)) = (
                    self.text.tokens.get(mention.start_token),
                    self.text.tokens.get(mention.end_token.saturating_sub(1)),
                ) else {
                    continue;
                };
                public_mentions.push(Mention { start: first.start_byte, end: last.end_byte });
                table.mentions.push(MentionRecord {
                    start_token: mention.start_token,
                    end_token: mention.end_token,
                    start_byte: first.start_byte,
                    end_byte: last.end_byte,
                    actor: actor_index,
                });
            }
            public_mentions.dedup();
            let rule = counted.first().map_or("", |m| m.rule);
            table.actors.push(ActorDraft { name, kind, aliases, mentions: public_mentions, rule });
        }
        table.mentions.sort_by_key(|m| (m.start_token, m.end_token));
        table.mentions.dedup_by_key(|m| (m.start_token, m.end_token));
        table
    }

    /// Maps every person candidate to the candidate it merges into: a shorter name whose words are
    /// the end (or the start) of a longer one joins it ("Straw" → "Jack Straw", "Yoon" → "Yoon Suk
    /// Yeol"). An ambiguous short form stays apart.
    fn merge_people(&mut self) -> Vec<usize> {
        let count = self.people.len();
        let by_edge_word = self.people_by_edge_word();
        let target: Vec<usize> = (0..count).map(|short| self.merge_target(short, &by_edge_word)).collect();
        // Titles follow the merge so "the prime minister" finds the full name.
        for (index, &into) in target.iter().enumerate() {
            if into != index {
                let titles = self.people[index].titles.clone();
                for title in titles {
                    if !self.people[into].titles.contains(&title) {
                        self.people[into].titles.push(title);
                    }
                }
            }
        }
        target
    }

    /// The person `short` merges into: the longest name that contains it, unless two unrelated
    /// longer names do (then it stays apart).
    fn merge_target(&self, short: usize, by_edge_word: &HashMap<&str, Vec<usize>>) -> usize {
        fn contains(long: &[String], short: &[String]) -> bool {
            long.len() > short.len() && (long.ends_with(short) || long.starts_with(short))
        }
        let short_keys = &self.people[short].name_keys;
        // Only people sharing the short form's first or last word can contain it.
        let mut candidates: Vec<usize> = [short_keys.first(), short_keys.last()]
            .into_iter()
            .flatten()
            .flat_map(|word| by_edge_word.get(word.as_str()).into_iter().flatten().copied())
            .filter(|&long| contains(&self.people[long].name_keys, short_keys))
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let Some(&longest) =
            candidates.iter().max_by_key(|&&c| (self.people[c].name_keys.len(), std::cmp::Reverse(c)))
        else {
            return short;
        };
        let longest_keys = &self.people[longest].name_keys;
        let nested =
            candidates.iter().all(|&c| c == longest || contains(longest_keys, &self.people[c].name_keys));
        if nested { longest } else { short }
    }

    /// A lone capitalised word is a mention when it is a word of exactly one known person's name.
    fn resolve_bare_words(&mut self, person_target: &[usize], known_as: &HashMap<String, ActorKey>) {
        let mut bare_words = std::mem::take(&mut self.bare_words);
        // A name given with "known as" is that actor wherever it stands alone.
        if !known_as.is_empty() {
            let already: HashSet<usize> =
                self.mentions.iter().filter(|m| m.rule == "known-as").map(|m| m.start_token).collect();
            let mut named = Vec::new();
            bare_words.retain(|&index| match known_as.get(self.text.key(index)) {
                Some(key) => {
                    if !already.contains(&index) {
                        named.push((index, key.clone()));
                    }
                    false
                }
                None => true,
            });
            for (index, key) in named {
                let surface = self.word(index).to_owned();
                self.push(key, index, index + 1, surface, "known-as", false);
            }
        }
        let by_edge_word = self.people_by_edge_word();
        let mut resolved = Vec::new();
        let mut unresolved = Vec::new();
        let mut key = String::new();
        for index in bare_words {
            key.clear();
            push_key_part(&mut key, self.word(index));
            let sharing = by_edge_word.get(key.as_str()).map(Vec::as_slice).unwrap_or_default();
            let target_of = |i: &usize| person_target.get(*i).copied().unwrap_or(*i);
            let matching: HashSet<usize> = sharing.iter().map(target_of).collect();
            let by_surname: HashSet<usize> = sharing
                .iter()
                .filter(|&&i| self.people[i].name_keys.last() == Some(&key))
                .map(target_of)
                .collect();
            let chosen = if by_surname.len() == 1 {
                by_surname.into_iter().next()
            } else if matching.len() == 1 {
                matching.into_iter().next()
            } else {
                None
            };
            match chosen {
                Some(person) => resolved.push((index, person)),
                None => unresolved.push(index),
            }
        }
        // Lone names that speak, and whether the pronoun after them makes each a person.
        let mut speaking_names: HashMap<String, bool> = HashMap::new();
        for &index in &unresolved {
            if self.speaks(index) && !speaking_names.contains_key(self.text.key(index)) {
                let person = self.pronoun_after_is_personal(index + 2);
                speaking_names.insert(self.text.key(index).to_owned(), person);
            }
        }
        for (index, person) in resolved {
            let surface = self.word(index).to_owned();
            self.push(ActorKey::Person(person), index, index + 1, surface, "surname", false);
        }
        // "Maersk said it would", "Musa said he hid": a single name that speaks is an actor, and
        // so is every other mention of that name; the pronoun that follows tells a person from an
        // organisation.
        for index in unresolved {
            let Some(&person) = speaking_names.get(self.text.key(index)) else { continue };
            let name = self.word(index).to_owned();
            if person {
                let person = self.add_person(index, index + 1, None);
                self.push(ActorKey::Person(person), index, index + 1, name, "subject-of-speech", false);
            } else {
                self.push_named(index, index + 1, name, ActorKind::Organisation, "subject-of-speech");
            }
        }
    }

    /// Whether the first pronoun within a dozen tokens from `start`, in its sentence, is personal
    /// ("he", "her") rather than neuter ("it", "its", "they"); no pronoun counts as neuter.
    fn pronoun_after_is_personal(&self, start: usize) -> bool {
        if start >= self.text.tokens.len() {
            return false;
        }
        let sentence_end = self.text.sentence_of(start).end.min(start + 12);
        for index in start..sentence_end {
            match self.text.key(index) {
                "he" | "she" | "his" | "her" | "him" | "hers" => return true,
                "it" | "its" | "they" | "their" | "them" => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the word at `index` is directly followed by a finite speech verb ("said", "says",
    /// "told", "warned"), as the subject of a statement.
    fn speaks(&self, index: usize) -> bool {
        let Some(next) = self.text.tokens.get(index + 1) else { return false };
        let verb = self.word(index + 1);
        next.kind == TokenKind::Word
            && !next.capitalised
            && self.text.adjacent_on_line(index, index + 1)
            && LEXICON.is_speech_verb(verb)
            && !verb.ends_with("ing")
    }

    /// People by the first and by the last word of their name.
    fn people_by_edge_word(&self) -> HashMap<&str, Vec<usize>> {
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for (person, data) in self.people.iter().enumerate() {
            for word in [data.name_keys.first(), data.name_keys.last()].into_iter().flatten() {
                let people = index.entry(word.as_str()).or_default();
                if people.last() != Some(&person) {
                    people.push(person);
                }
            }
        }
        index
    }

    /// "Mohamed Hamdan Dagalo, known as Hemedti", "the Islamic State (also known as ISIS)": the
    /// capitalised name after "known as" is another name of the actor just mentioned.
    /// Returns the one-word names found this way, by lookup key, for the lone words that repeat
    /// them later ("Hemedti said").
    fn resolve_known_as(&mut self) -> HashMap<String, ActorKey> {
        let mut found = Vec::new();
        for mention in self.mentions.iter().filter(|m| !m.rule.is_empty()) {
            let mut i = mention.end_token;
            if self.text.is_punct(i, ',') || self.text.is_punct(i, '(') {
                i += 1;
            }
            if self.text.is_word_ci(i, "also") {
                i += 1;
            }
            if !(self.text.is_word_ci(i, "known") && self.text.is_word_ci(i + 1, "as")) {
                continue;
            }
            let start = i + 2;
            let sentence_end = self.text.sentence_of(mention.start_token).end;
            let mut end = start;
            while end < sentence_end.min(start + 4)
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            {
                end += 1;
            }
            if end > start {
                found.push((mention.key.clone(), start, end));
            }
        }
        let mut one_word = HashMap::new();
        for (key, start, end) in found {
            if end == start + 1 {
                one_word.insert(self.text.key(start).to_owned(), key.clone());
            }
            let surface = self.surface(start, end);
            self.push(key, start, end, surface, "known-as", false);
        }
        one_word
    }

    /// "the command said", "the ministry added": a definite noun that is the last word of an
    /// organisation named earlier ("U.S. Central Command", "Iranian Foreign Ministry") refers back
    /// to the latest such organisation. States and people are left alone: "the country" and "the
    /// leader" are too vague to resolve by their words.
    fn resolve_definite_references(&mut self) {
        // Organisation mentions in order, each with the lower-case last word of its actor's name.
        let mut heads: Vec<(usize, String, ActorKey)> = Vec::new();
        for mention in self.mentions.iter().filter(|m| !m.rule.is_empty()) {
            let (name, kind) = match &mention.key {
                ActorKey::Entity(entity) => (LEXICON.entity_name(*entity), LEXICON.entity_kind(*entity)),
                ActorKey::Named(lookup) => match self.named_orgs.get(lookup) {
                    Some(org) => (org.name.as_str(), org.kind),
                    None => continue,
                },
                ActorKey::Person(_) => continue,
            };
            if matches!(kind, ActorKind::Person | ActorKind::State) {
                continue;
            }
            let Some(last) = name.split_whitespace().last() else { continue };
            let head = last.to_lowercase();
            // An abbreviation or a one-word name ("NATO", "Hamas") has no common noun to refer by.
            if head.len() < 4 || name.split_whitespace().count() < 2 {
                continue;
            }
            heads.push((mention.start_token, head, mention.key.clone()));
        }
        if heads.is_empty() {
            return;
        }
        heads.sort_by_key(|(start, _, _)| *start);
        let mut latest: HashMap<&str, &ActorKey> = HashMap::new();
        let mut next_head = 0usize;
        let mut found: Vec<(usize, ActorKey)> = Vec::new();
        for index in 1..self.text.tokens.len() {
            let token = self.text.tokens[index];
            if token.kind != TokenKind::Word || token.capitalised || !self.text.is_word_ci(index - 1, "the") {
                continue;
            }
            while let Some((start, head, key)) = heads.get(next_head) {
                if *start >= index {
                    break;
                }
                latest.insert(head.as_str(), key);
                next_head += 1;
            }
            if latest.is_empty() {
                continue;
            }
            // "the command of the fleet", "the ministry building": not the organisation itself.
            let next_is_of = self.text.is_word_ci(index + 1, "of");
            let next_is_noun = self.text.tokens.get(index + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalised
                    && !LEXICON.is_speech_verb(self.word(index + 1))
                    && !VERB_LIKE.contains(&self.word(index + 1))
                    && !self.word(index + 1).ends_with("ed")
                    && !DEFINITE_REFERENCE_FOLLOWERS.contains(&self.word(index + 1))
            });
            if next_is_of || next_is_noun {
                continue;
            }
            if let Some(key) = latest.get(self.text.key(index)) {
                found.push((index - 1, (*key).clone()));
            }
        }
        for (start, key) in found {
            let surface = self.surface(start, start + 2);
            self.push(key, start, start + 2, surface, "definite-reference", false);
        }
    }

    /// "the president", "the Prime Minister": the person most recently introduced with that
    /// title, when no name follows.
    fn resolve_title_references(&mut self, person_target: &[usize]) {
        let mut references: Vec<(usize, usize, String)> = Vec::new();
        let count = self.text.tokens.len();
        let mut index = 1usize;
        while index < count {
            if !self.text.is_word_ci(index - 1, "the") {
                index += 1;
                continue;
            }
            let Some(title_end) = LEXICON.title_at(self.text, index) else {
                index += 1;
                continue;
            };
            let followed_by_name =
                self.text.tokens.get(title_end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                    || self.text.is_word_ci(title_end, "of")
                    || self.text.is_punct(title_end, ',')
                        && self.text.tokens.get(title_end + 1).is_some_and(|t| t.capitalised);
            if followed_by_name {
                index = title_end;
                continue;
            }
            let title_key = self.base_title_key(index, title_end);
            if title_key.len() > 2
                && !matches!(
                    title_key.as_str(),
                    "mr" | "mrs" | "ms" | "dr" | "official" | "officer" | "analyst"
                )
            {
                references.push((index - 1, title_end, title_key));
            }
            index = title_end;
        }
        // One sweep over the person mentions in order, remembering the latest person seen with
        // each title, so the cost stays linear however many references there are.
        let mut person_mentions: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .filter(|m| !m.rule.is_empty())
            .filter_map(|m| match m.key {
                ActorKey::Person(p) => Some((m.start_token, person_target.get(p).copied().unwrap_or(p))),
                _ => None,
            })
            .collect();
        person_mentions.sort_unstable();
        let mut latest_with_title: HashMap<&str, usize> = HashMap::new();
        let mut next_mention = 0usize;
        let mut resolved = Vec::new();
        for (start, end, title_key) in &references {
            while let Some(&(mention_start, person)) = person_mentions.get(next_mention) {
                if mention_start >= *start {
                    break;
                }
                for title in self.people.get(person).map(|p| p.titles.as_slice()).unwrap_or_default() {
                    latest_with_title.insert(title.as_str(), person);
                }
                next_mention += 1;
            }
            if let Some(&person) = latest_with_title.get(title_key.as_str()) {
                resolved.push((*start, *end, person));
            }
        }
        for (start, end, person) in resolved {
            let surface = self.surface(start, end);
            self.push(ActorKey::Person(person), start, end, surface, "title-reference", false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn actors(text: &str) -> Vec<(String, ActorKind, Vec<String>)> {
        let tokenized = tokenize(text);
        find_actors(&tokenized).actors.into_iter().map(|a| (a.name, a.kind, a.aliases)).collect()
    }

    fn names(text: &str) -> Vec<String> {
        actors(text).into_iter().map(|(name, _, _)| name).collect()
    }

    #[test]
    fn title_and_name_make_a_person_and_surnames_merge() {
        let found = actors("President Joe Biden met allies. Later Biden said the talks went well.");
        assert_eq!(found.len(), 1);
        let (name, kind, aliases) = &found[0];
        assert_eq!(name, "Joe Biden");
        assert_eq!(*kind, ActorKind::Person);
        assert!(aliases.contains(&"President Joe Biden".to_owned()));
        assert!(aliases.contains(&"Biden".to_owned()));
    }

    #[test]
    fn names_keep_their_particles() {
        let found =
            names("Commission President Ursula von der Leyen met Mohammed bin Salman. Von der Leyen left.");
        assert_eq!(found, ["Ursula von der Leyen", "Mohammed bin Salman"]);
    }

    #[test]
    fn honorific_with_surname_merges_with_full_name() {
        let found = names("British foreign minister Jack Straw spoke. Mr Straw said more.");
        assert_eq!(found, ["Jack Straw"]);
    }

    #[test]
    fn lower_case_titles_and_nationality_prefixes() {
        let found =
            actors("Chinese leader Xi Jinping and South Korean President Yoon Suk Yeol met. Yoon left.");
        let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Xi Jinping", "Yoon Suk Yeol"]);
        assert!(found[1].2.contains(&"South Korean President Yoon Suk Yeol".to_owned()));
        assert!(found[1].2.contains(&"Yoon".to_owned()));
    }

    #[test]
    fn capitals_seats_abbreviations_and_official_names_map_to_the_state() {
        let found = actors(
            "Pyongyang fired again. The DPRK, officially the Democratic People's Republic of Korea, \
             angered Moscow's rivals. The Kremlin said nothing.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["North Korea", "Russia"]);
        assert!(found[0].2.contains(&"DPRK".to_owned()));
        assert!(found[0].2.contains(&"Pyongyang".to_owned()));
        assert_eq!(found[0].1, ActorKind::State);
    }

    #[test]
    fn capitals_used_as_places_are_not_actors() {
        assert!(names("The talks were held in Tallinn on Monday.").is_empty());
        assert!(names("Kerry arrived in Geneva, Switzerland, for talks.").is_empty());
        assert_eq!(names("The summit in Peru ended. Japan left."), ["Japan"]);
    }

    #[test]
    fn capitals_describing_places_or_nouns_are_not_actors() {
        assert!(names("Several London hospitals cancelled operations.").is_empty());
        assert!(names("Ambulances were diverted to hospitals in south-east London.").is_empty());
        assert!(names("Fighting spread in northern Kyiv overnight.").is_empty());
        assert!(names("The Moscow summit ended early.").is_empty());
        assert_eq!(names("Moscow warned the West."), ["Russia"]);
    }

    #[test]
    fn a_lone_name_that_speaks_is_an_actor_of_the_kind_its_pronoun_shows() {
        let found = actors("Shipping giant Maersk said it would pause transits. Maersk ships turned back.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Maersk");
        assert_eq!(found[0].1, ActorKind::Organisation);
        let found = actors("A resident who gave his name only as Musa said he hid in the bush.");
        assert_eq!(
            found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(),
            [("Musa", ActorKind::Person)]
        );
        // A lone capitalised word that does not speak stays unproposed.
        assert!(names("Troops reached Zamfara before dawn.").is_empty());
    }

    #[test]
    fn definite_references_name_the_latest_organisation_with_that_head() {
        let found = actors(
            "U.S. Central Command said no missile struck. Later the command said a second ship was hit.",
        );
        let command = found.iter().find(|a| a.0 == "U.S. Central Command").expect("the command");
        assert!(command.2.iter().any(|alias| alias == "the command"), "{command:?}");
        // "the command of the fleet" is not the organisation.
        let found = actors("U.S. Central Command said it was ready. He took the command of the fleet.");
        let command = found.iter().find(|a| a.0 == "U.S. Central Command").expect("the command");
        assert!(!command.2.iter().any(|alias| alias == "the command"), "{command:?}");
    }

    #[test]
    fn a_title_after_a_states_possessive_is_not_an_organisation() {
        let found = actors("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was concerned.");
        let names: Vec<&str> = found.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["Japan", "Yoshimasa Hayashi"]);
    }

    #[test]
    fn collectives_and_institutions_are_the_state() {
        let found = actors("The Israelis refused. Israeli officials said so, and the US government agreed.");
        let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Israel", "United States"]);
        assert!(found[0].2.iter().any(|a| a == "Israeli officials"));
    }

    #[test]
    fn nationality_adjectives_alone_are_not_actors() {
        assert!(names("As many as 12,000 North Korean soldiers and Russian stockpiles.").is_empty());
    }

    #[test]
    fn armed_forces_and_organisations() {
        let found =
            actors("The Russian military fired. The Finnish Defence Forces said NATO and the IAEA agreed.");
        let kinds: Vec<(&str, ActorKind)> = found.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(
            kinds,
            [
                ("Russian military", ActorKind::ArmedForces),
                ("Finnish Defence Forces", ActorKind::ArmedForces),
                ("NATO", ActorKind::InternationalOrg),
                ("International Atomic Energy Agency", ActorKind::InternationalOrg),
            ]
        );
    }

    #[test]
    fn org_heads_make_organisations_and_define_abbreviations() {
        let found = actors(
            "The Palestinian Authority (PA) said the Nordic Defence Institute was wrong. The PA left.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Palestinian Authority", "Nordic Defence Institute"]);
    }

    #[test]
    fn companies_in_a_list_stay_apart() {
        let found = names("The hackers compromised AT&T, Verizon and Lumen Technologies last year.");
        assert!(found.contains(&"Lumen Technologies".to_owned()), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("Verizon and")), "{found:?}");
        // "and" inside one name still joins it.
        let found = names("The Cybersecurity and Infrastructure Security Agency said so.");
        assert_eq!(found, ["Cybersecurity and Infrastructure Security Agency"]);
    }

    #[test]
    fn hyphenated_particles_stay_in_names_and_longer_names_win_over_the() {
        let found = names("Sudan's army chief, Gen Abdel Fattah al-Burhan, rejected talks.");
        assert!(found.contains(&"Abdel Fattah al-Burhan".to_owned()), "{found:?}");
        let found = names("The UN Security Council has called for a ceasefire.");
        assert_eq!(found, ["UN Security Council"]);
    }

    #[test]
    fn known_as_adds_an_alias() {
        let found =
            actors("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces were ready.");
        let person = found.iter().find(|a| a.0 == "Mohamed Hamdan Dagalo").expect("the commander");
        assert!(person.2.iter().any(|alias| alias == "Hemedti"), "{person:?}");
        // Later mentions of the alias are the same actor.
        let found = actors("Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti said he would talk.");
        assert_eq!(found.iter().filter(|a| a.1 == ActorKind::Person).count(), 1, "{found:?}");
    }

    #[test]
    fn an_ordinary_word_can_open_an_organisation_at_the_start_of_a_sentence() {
        let found = names("No decision was made. National Security Council spokesman John Kirby said so.");
        assert!(found.contains(&"National Security Council".to_owned()), "{found:?}");
        assert!(!found.contains(&"UN Security Council".to_owned()), "{found:?}");
    }

    #[test]
    fn name_sequences_need_to_look_like_names() {
        assert_eq!(names("He met Amitai Etzioni, a professor."), ["Amitai Etzioni"]);
        assert!(names("The Strategic Export Controls committee and New Labour thinking.").is_empty());
        assert!(names("They met at Camp David near Tiananmen Square during the Cold War.").is_empty());
    }

    #[test]
    fn credit_lines_are_ignored() {
        assert!(names("By Marta Kowalczyk, Staff Correspondent\nText here.").is_empty());
        assert!(names("The end. (Reporting by Jane Doe; editing by John Roe)").is_empty());
    }

    #[test]
    fn definite_titles_refer_back_to_their_person() {
        let found = actors("British Prime Minister Tony Blair spoke. Later the Prime Minister left.");
        assert_eq!(found.len(), 1);
        assert!(found[0].2.iter().any(|a| a == "the Prime Minister"));
    }

    #[test]
    fn appositive_titles_introduce_people() {
        assert_eq!(names("Iran's new president, Hassan Rouhani, spoke."), ["Iran", "Hassan Rouhani"]);
    }

    #[test]
    fn mentions_are_byte_ranges_on_char_boundaries() {
        let text = "Café owner 世界 said Président Emmanuel Macron met Russia’s envoy.";
        let tokenized = tokenize(text);
        let table = find_actors(&tokenized);
        for actor in &table.actors {
            for mention in &actor.mentions {
                assert!(text.get(mention.start..mention.end).is_some());
            }
        }
        assert!(table.actors.iter().any(|a| a.name == "Russia"));
    }
}
