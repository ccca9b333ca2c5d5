//! Organisations defined by their initials: a run of capitalised words followed by a bracketed
//! short form made of their first letters ("Northern Ports Security Office (NPSO)", "United
//! Kingdom Harbour Watch (UKHW)") is one organisation, even when it opens with a state's name.

use super::*;
use crate::extract::lexicon::{Entity, Form};

/// The most words such a name is read over.
const INITIALS_NAME_WORDS: usize = 10;

impl Finder<'_, '_> {
    /// At the first word of a capitalised run: the run's end when the bracket after it holds the
    /// run's initials, after pushing the run as an organisation.
    pub(super) fn initials_named_org(&mut self, index: usize) -> Option<usize> {
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        if !capitalised(index) {
            return None;
        }
        // Cheap first: the name's words (capitalised, short links, "l'Ouest") run on to a bracket
        // holding one word in capitals.
        let bracket = (index + 1..index + 2 * INITIALS_NAME_WORDS).find(|&i| {
            self.text.tokens.get(i).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || !(t.capitalised
                        || t.end_byte() - t.start_byte() <= 5
                        || self.text.token_text(i).as_bytes().get(1) == Some(&b'\''))
            })
        })?;
        if !self.text.is_punct(bracket, '(')
            || !self.text.tokens.get(bracket + 1).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            || !self.text.is_punct(bracket + 2, ')')
        {
            return None;
        }
        // Only where a run starts, so each run is read once.
        // ("U.S." is no stopword "us": its points make it an abbreviation.)
        let name_word =
            |i: usize| capitalised(i) && (!LEXICON.is_stopword(self.text, i) || self.word(i).contains('.'));
        if !name_word(index)
            || index.checked_sub(1).is_some_and(|p| name_word(p) && self.text.adjacent_on_line(p, index))
        {
            return None;
        }
        // "of", "the", and the links of names in other languages ("des", "de la").
        let link = |i: usize| {
            self.text.is_word(i)
                && !self.text.tokens[i].capitalised
                && (ORG_CONNECTORS.contains(&self.word(i))
                    || self.word(i) == "the"
                    || LEXICON.has(Words::NameParticles, self.word(i))
                    || LEXICON.word_in(Words::ForeignNameLinks, self.text, i))
        };
        // "l'Ouest": an elided article glued to a name gives the name's letter.
        let elided_initial = |i: usize| {
            let mut chars = self.text.is_word(i).then(|| self.word(i).chars()).into_iter().flatten();
            (matches!(chars.next(), Some('l' | 'd')) && matches!(chars.next(), Some('\'' | '\u{2019}')))
                .then(|| chars.next().filter(|c| c.is_uppercase()))
                .flatten()
        };
        let mut initials = String::new();
        let mut end = index;
        while end < index + INITIALS_NAME_WORDS && (end == index || self.text.adjacent_on_line(end - 1, end))
        {
            if capitalised(end) {
                // "Anti-Terrorism" gives two letters, and so does "U.S." (its capitals).
                if self.word(end).contains('.') {
                    initials.extend(self.word(end).chars().filter(|c| c.is_uppercase()));
                } else {
                    for part in self.word(end).split('-') {
                        initials.extend(part.chars().next().filter(|c| c.is_uppercase()));
                    }
                }
            } else if let Some(letter) = elided_initial(end) {
                initials.push(letter);
            } else if !(link(end)
                && (capitalised(end + 1)
                    || link(end + 1) && capitalised(end + 2)
                    || elided_initial(end + 1).is_some()))
            {
                break;
            }
            end += 1;
        }
        if !self.text.is_punct(end, '(') || !self.text.is_punct(end + 2, ')') {
            return None;
        }
        let short = self.text.tokens.get(end + 1).filter(|t| t.capitalised && t.kind == TokenKind::Word)?;
        let letters: String = self
            .text
            .slice(short.start_byte(), short.end_byte())
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        // "(R-N.Y.)" after a lawmaker's name is a party and a state, no short form.
        let plain = letters.len() == short.end_byte() - short.start_byte();
        if end < index + 2 {
            if !(plain && self.contracted_short_form(&letters, index)) {
                return None;
            }
        } else if !(letters.chars().count() >= 3 && letters == initials
            || plain && self.loose_initials(&letters, &initials, index, end))
        {
            return None;
        }
        // A name the gazetteers know as a whole, a person's title, a place ("… Identification
        // Zone (KIZ)") or a line on a map ("Line of Control (LoC)") is read by their rules.
        let known = LEXICON.phrase_at(self.text, index);
        if known.is_some_and(|found| found.end == end)
            || LEXICON.title_at(self.text, index).is_some()
            || LEXICON.word_in(Words::PlaceNameEndings, self.text, end - 1)
            || LEXICON.word_in(Words::EventNameOpeners, self.text, index)
        {
            return None;
        }
        // "Ruritania Ports Authority (RPA)", "Ruritanian Federal Police (RFP)": the state the name
        // opens with is an actor too, as when the name is read without its initials.
        if let Some(found) = known.filter(|found| matches!(found.entry.entity, Some(Entity::Country(_)))) {
            let entity = found.entry.entity.unwrap_or(Entity::Country(0));
            match found.entry.form {
                Form::Name => {
                    let surface = self.surface(index, found.end);
                    self.push(ActorKey::Entity(entity), index, found.end, surface, "state-name", false);
                }
                Form::Adjective => self.push_state_of_body(entity, index, found.end, end),
                _ => {}
            }
        }
        let kind = self.force_or_group(
            index,
            end,
            LEXICON.org_head(self.text, end - 1).unwrap_or(ActorKind::Organisation),
        );
        let name = self.surface(index, end);
        self.push_named(index, end, name, kind, "org-initials");
        Some(end)
    }

    /// A short form in capitals after a one-word name whose letters it takes in order, opening
    /// with its first ("Kuomintang (KMT)", "Vardomintang (VMT)"): three to five capitals, a name of five
    /// letters at least after "the" and at most one lower-case word ("the opposition Kuomintang";
    /// so that "from Hamburg (HAM)", a city and its airport, stays out) that no gazetteer,
    /// given-name or place list knows.
    fn contracted_short_form(&self, letters: &str, name: usize) -> bool {
        let word = self.word(name).to_lowercase();
        let short = letters.to_lowercase();
        let mut rest = word.chars();
        (3..=5).contains(&letters.chars().count())
            && letters.chars().all(char::is_uppercase)
            && word.chars().count() >= 5
            && word.chars().next() == short.chars().next()
            && short.chars().all(|c| rest.any(|w| w == c))
            && self.after_the(name)
            && LEXICON.phrase_at(self.text, name).is_none()
            && !LEXICON.is_place_word(self.text, name)
            && !LEXICON.word_in_any(&[Words::MaleGivenNames, Words::FemaleGivenNames], self.text, name)
    }

    /// Whether "the" stands right before `name`, or before one lower-case word before it ("the
    /// opposition Kuomintang").
    fn after_the(&self, name: usize) -> bool {
        let lower =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        name.checked_sub(1).is_some_and(|before| {
            self.text.is_word_ci(before, "the")
                || lower(before)
                    && before.checked_sub(1).is_some_and(|first| self.text.is_word_ci(first, "the"))
        })
    }

    /// A short form that does not spell the name's initials but is plainly its own: two to six
    /// letters, two capitals at least, opening with the name's first initial, after a name of two
    /// capitalised words or more ("Christian Democrats (CDU)", "Alternative for Germany (AfD)",
    /// "Volunteers for the Defence of the Homeland (VDP)"). Not after a name that opens with a
    /// determiner or a given name ("Jo Bell (JB)"), or one a gazetteer knows in part at its start
    /// (its rules read it).
    fn loose_initials(&self, letters: &str, initials: &str, start: usize, end: usize) -> bool {
        let count = letters.chars().count();
        let capitals = letters.chars().filter(|c| c.is_uppercase()).count();
        (2..=6).contains(&count)
            && capitals >= 2
            && initials.chars().count() >= 2
            && letters.chars().next() == initials.chars().next()
            && !LEXICON.word_in(Words::SpeakerDeterminers, self.text, start)
            && !LEXICON.word_in_any(&[Words::MaleGivenNames, Words::FemaleGivenNames], self.text, start)
            && LEXICON.phrase_at(self.text, start).is_none()
            && end > start + 1
    }
}
