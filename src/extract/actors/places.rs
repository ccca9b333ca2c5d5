//! States and places: the gazetteers (names, capitals and seats of government, collectives,
//! nationality adjectives before an institution), and the tests that tell a place used as a
//! location ("talks in Geneva", "several London hospitals") from a state acting.

use super::*;

/// How many words one end of a route ("from Saudi Arabia to …") spans at most.
const ROUTE_END_TOKENS: usize = 4;

/// How many tokens the first end of a route spans at most when its place is described ("from
/// Jordan's port of Aqaba to …").
const ROUTE_DESCRIBED_END_TOKENS: usize = 8;

impl Finder<'_, '_> {
    pub(super) fn is_locative(&self, start: usize) -> bool {
        let preceding_word = |offset: usize| start.checked_sub(offset).map(|i| self.word(i));
        if preceding_word(1).is_some_and(|w| LEXICON.has(Words::LocativePrepositions, w)) {
            return true;
        }
        if self.part_of_a_place(start) || self.inside_a_longer_place_name(start) || self.end_of_a_link(start)
        {
            return true;
        }
        // "the border with Kessa", "fuel imports from Ostland and Vell": a state a border runs
        // along or goods come from is where, not who.
        // Not when forces are sent to that border ("deployed 5,000 soldiers to its border with
        // Kessa"): the state across it is the one faced.
        let faced = |noun: usize| {
            let sentence = self.text.sentence_of(noun);
            (sentence.start..noun).any(|i| LEXICON.word_in(Words::ForceNouns, self.text, i))
        };
        // ("on its way to the United States": after "the", if any.)
        let name = self.text.with_article(start);
        if name
            .checked_sub(1)
            .is_some_and(|i| ["with", "from", "to"].iter().any(|w| self.text.is_word_ci(i, w)))
            && name
                .checked_sub(2)
                .is_some_and(|i| LEXICON.word_in(Words::RouteNouns, self.text, i) && !faced(i))
        {
            return true;
        }
        // "in Antwerp and Brussels", "at Liege, Ghent or Brussels": a later place of a list after
        // a locative preposition.
        if self.later_in_located_list(start) {
            return true;
        }
        // "northern Yemen including the capital Sanaa", "the capital, Vella": a city named as a
        // capital is where, not a government acting.
        let after_capital = |offset: usize| {
            start.checked_sub(offset).is_some_and(|i| LEXICON.word_in(Words::CapitalNouns, self.text, i))
                && preceding_word(offset + 1) == Some("the")
        };
        if after_capital(1) || preceding_word(1) == Some(",") && after_capital(2) {
            return true;
        }
        if self.posted_to(start) || self.origin_of_people(start) {
            return true;
        }
        // "in the capital Kyiv" is not this case, but "in the Kremlin" is a place.
        if preceding_word(1) == Some("the")
            && preceding_word(2).is_some_and(|w| LEXICON.has(Words::LocativePrepositions, w))
        {
            return true;
        }
        // "in south-east London", "in northern Syria", "across central Moscow", "in neighbouring
        // Lithuania".
        let mut back = 1;
        // (At most four words back, so that a long run of such words stays linear.)
        let narrows = |back: usize| start.checked_sub(back).is_some_and(|i| narrows_place(self.text, i));
        while back <= 4 && narrows(back) {
            back += 1;
        }
        if back > 1
            && preceding_word(back).is_some_and(|w| LEXICON.has(Words::LocativePrepositions, w) || w == "the")
        {
            return true;
        }
        // "Geneva, Switzerland": a country after a place and a comma; also "a firm of Ostia,
        // Italy" or "escorted to Ostia, Italy" when that place is no name the gazetteer knows.
        let after_place = preceding_word(1) == Some(",")
            && start.checked_sub(2).is_some_and(|i| self.text.tokens[i].capitalised);
        if after_place
            && preceding_word(3).is_some_and(|w| {
                LEXICON.has(Words::LocativePrepositions, w)
                    || (LEXICON.has(Words::AddressPrepositions, w)
                        && LEXICON
                            .phrase_at(self.text, start - 2)
                            .is_none_or(|place| matches!(place.entry.form, Form::Seat | Form::Place)))
            })
        {
            return true;
        }
        // "fly to Palma", "talks on Chad": where someone travels, or what a meeting is about.
        if self.after_motion_or_topic(start) {
            return true;
        }
        self.is_route_end(start)
    }

    /// "the Gulf of Aden", "the Port of Odesa": part of the name of a place; "the Molenbeek district
    /// of Brussels", "the outskirts of Kyiv", "the economic zones of the Philippines": the name at
    /// `start` (after "the", if any) is the place a part belongs to.
    fn part_of_a_place(&self, start: usize) -> bool {
        let name = self.text.with_article(start);
        name.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "of"))
            && name.checked_sub(2).is_some_and(|i| {
                self.text.tokens[i].capitalised && LEXICON.is_place_word(self.text, i)
                    || LEXICON.word_in(Words::PlacePartNouns, self.text, i)
            })
    }

    /// "Lake Chad", "Port Sudan", "Mocímboa da Praia": the name at `start` closes a longer place
    /// name, after a capitalised word of [`Words::PlaceNameOpeners`] or after a capitalised word
    /// and a lower-case particle ("da", "de", "del").
    fn inside_a_longer_place_name(&self, start: usize) -> bool {
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let Some(before) = start.checked_sub(1) else { return false };
        if !self.text.adjacent_on_line(before, start) {
            return false;
        }
        let opener = capitalised(before) && LEXICON.word_in(Words::PlaceNameOpeners, self.text, before);
        let particle = !capitalised(before)
            && LEXICON.word_in(Words::NameParticles, self.text, before)
            && before
                .checked_sub(1)
                .is_some_and(|word| capitalised(word) && self.text.adjacent_on_line(word, before));
        opener || particle
    }

    /// "the main highway between Senegal and Mali's capital": the name at `start` (after "the",
    /// if any) is one end of a road or a link of [`Words::LinkNouns`], after "between" or after
    /// the first end's few capitalised words and "and".
    fn end_of_a_link(&self, start: usize) -> bool {
        /// How many capitalised words the first end may have.
        const END_WORDS: usize = 3;
        let linked = |between: usize| {
            self.text.is_word_ci(between, "between")
                && between.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::LinkNouns, self.text, i))
        };
        let name = self.text.with_article(start);
        let Some(before) = name.checked_sub(1) else { return false };
        if linked(before) {
            return true;
        }
        if !self.text.is_word_ci(before, "and") {
            return false;
        }
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let mut first = before;
        while first > 0 && before - first < END_WORDS && capitalised(first - 1) {
            first -= 1;
        }
        let first = self.text.with_article(first);
        first < before && first.checked_sub(1).is_some_and(linked)
    }

    /// "Iran's mission to the United Nations", "the ambassador to Russia": the name at `start`
    /// is where a mission or an envoy is posted, not who acts.
    pub(super) fn posted_to(&self, start: usize) -> bool {
        let name = self.text.with_article(start);
        name.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "to"))
            && name.checked_sub(2).is_some_and(|i| LEXICON.word_in(Words::PostingNouns, self.text, i))
    }

    /// "migrants from Ostland", "the crew are citizens of the Kessan Republic", "a man from Vell":
    /// the name at `start` (after "the", if any) is where people come from, not who acts. A copula
    /// may stand between the people and the preposition ("its crew members are from Vell").
    pub(super) fn origin_of_people(&self, start: usize) -> bool {
        let name = self.text.with_article(start);
        let Some(preposition) = name.checked_sub(1) else { return false };
        if !(self.text.is_word_ci(preposition, "from") || self.text.is_word_ci(preposition, "of")) {
            return false;
        }
        let Some(mut noun) = preposition.checked_sub(1) else { return false };
        if ["are", "were", "is", "was"].iter().any(|copula| self.text.is_word_ci(noun, copula)) {
            let Some(before) = noun.checked_sub(1) else { return false };
            noun = before;
        }
        // "the crew, who are from the Philippines": a relative clause after the people's noun.
        if self.text.is_word_ci(noun, "who") && noun >= 2 && self.text.is_punct(noun - 1, ',') {
            noun -= 2;
        }
        // "17 from the Philippines, two from Ukraine and one from Romania": people counted by
        // where they come from. Not with "of": "one of Kessa's allies" names the state.
        let counted = self.text.is_word_ci(preposition, "from")
            && (self.text.tokens[noun].kind == TokenKind::Number
                || LEXICON.word_in(Words::SpelledNumbers, self.text, noun));
        counted || LEXICON.word_in(Words::OriginNouns, self.text, noun)
    }

    /// Whether the name at `start` is a later item of a list of names (up to three words each,
    /// joined by commas, "and" or "or") whose first item follows a word of
    /// [`Words::LocativePrepositions`] ("synagogues in Antwerp and Brussels") or travel ("a trip
    /// to Lima and Quito").
    fn later_in_located_list(&self, start: usize) -> bool {
        const LIST_ITEMS: usize = 4;
        const ITEM_WORDS: usize = 3;
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        // ("the U.A.E." as an item: its "the" opens it.)
        let mut item = self.text.with_article(start);
        for _ in 0..LIST_ITEMS {
            let Some(mut link) = item.checked_sub(1) else { return false };
            let conjunction = self.text.is_word_ci(link, "and") || self.text.is_word_ci(link, "or");
            if !conjunction && !self.text.is_punct(link, ',') {
                return false;
            }
            // "Liege, Ghent, and Brussels": a comma before the conjunction.
            if conjunction && link > 0 && self.text.is_punct(link - 1, ',') {
                link -= 1;
            }
            let mut previous = link;
            while link - previous < ITEM_WORDS && previous > 0 && capitalised(previous - 1) {
                previous -= 1;
            }
            if previous == link {
                return false;
            }
            // "in China, Turkey, the U.A.E. and Kyrgyzstan": an item may open with "the".
            if previous > 0 && self.text.is_word_ci(previous - 1, "the") {
                previous -= 1;
            }
            // ("a trip to Paraguay and Guatemala": the first after a word of travel and "to".)
            if previous
                .checked_sub(1)
                .is_some_and(|i| LEXICON.word_in(Words::LocativePrepositions, self.text, i))
                || self.after_motion_or_topic(previous)
                || self.origin_of_people(previous)
                || self.part_of_a_place(previous)
            {
                return true;
            }
            item = previous;
        }
        false
    }

    /// "fly to Palma", "flights bound for Oslo", "parts smuggled from Elbonia", "a meeting on
    /// Chad": a name after "to", "for" or "from" and a verb of travel, or after "on" and a noun
    /// for a meeting or a report, is a place or a topic, not an actor.
    pub(super) fn after_motion_or_topic(&self, start: usize) -> bool {
        let (Some(preposition), Some(before)) = (start.checked_sub(1), start.checked_sub(2)) else {
            return false;
        };
        // "deported three men to Syria", "the deportation of offenders to Syria": a few plain
        // words may stand between.
        const OBJECT_WORDS: usize = 3;
        let plain =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let travel = (before.saturating_sub(OBJECT_WORDS)..=before)
            .rev()
            .take_while(|&i| plain(i))
            .any(|i| LEXICON.word_in(Words::MotionVerbs, self.text, i));
        (self.text.is_word_ci(preposition, "to")
            || self.text.is_word_ci(preposition, "for")
            || self.text.is_word_ci(preposition, "from"))
            && travel
            || self.text.is_word_ci(preposition, "on")
                && LEXICON.word_in(Words::TopicNouns, self.text, before)
    }

    /// "in Sonora and Baja Kell", "sent to Vell and Nor Kessa": the second of two names joined by
    /// "and" or "or" after a preposition of place or of travel is a place like the first, not a
    /// person. Reads back over the first name (a few capitalised words) to the preposition.
    pub(super) fn joined_to_a_place(&self, start: usize) -> bool {
        /// How many capitalised words the first name may have.
        const FIRST_NAME_WORDS: usize = 3;
        let Some(joiner) = start.checked_sub(1) else { return false };
        if !(self.text.is_word_ci(joiner, "and") || self.text.is_word_ci(joiner, "or")) {
            return false;
        }
        // "Joni Vell in Kessa and Tom Arn in Nor Vellin": a given name, or a place of its own
        // after the name, makes a person of a list of people and their places.
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let given = LEXICON.word_in(Words::MaleGivenNames, self.text, start)
            || LEXICON.word_in(Words::FemaleGivenNames, self.text, start);
        let end = (start..).find(|&i| !capitalised(i)).unwrap_or(start);
        if given || LEXICON.word_in(Words::LocativePrepositions, self.text, end) {
            return false;
        }
        let mut first = joiner;
        while first > 0 && joiner - first < FIRST_NAME_WORDS && capitalised(first - 1) {
            first -= 1;
        }
        first < joiner
            && first.checked_sub(1).is_some_and(|preposition| {
                LEXICON.word_in(Words::LocativePrepositions, self.text, preposition)
                    || self.after_motion_or_topic(first)
            })
    }

    /// "Ashford International Airport", "Red Sea": a run of capitalised words (two or more) whose
    /// last word is a place word names a place. Returns its end.
    pub(super) fn place_run_end(&self, start: usize) -> Option<usize> {
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start;
        while end < sentence_end.min(start + 6)
            && capitalised(end)
            && (end == start || self.text.adjacent_on_line(end - 1, end))
            // "Jane Doe Tells Party Convention": a headline's verb ends the run.
            && !LEXICON.is_speech_verb(self.text.key(end))
        {
            end += 1;
        }
        (end > start + 1 && LEXICON.word_in(Words::PlaceNameEndings, self.text, end - 1)).then_some(end)
    }

    /// "from Chad to Sudan": a place named as one end of a route, before "to" or after "from …
    /// to", is where something went, not an actor.
    fn is_route_end(&self, start: usize) -> bool {
        let capitalised = |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised);
        // The first end: "from" right before, "to" after a few capitalised words.
        if start.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "from")) {
            let mut i = start;
            while i < start + ROUTE_END_TOKENS && capitalised(i) {
                i += 1;
            }
            // "from Oman to Durban", "from Oman to the Mediterranean".
            let destination = capitalised(i + 1) || self.text.is_word_ci(i + 1, "the") && capitalised(i + 2);
            return i > start && self.text.is_word_ci(i, "to") && destination;
        }
        // The second end: "to" right before (or before its "the": "from Brazil to the United Arab
        // Emirates"), "from" before a few capitalised words.
        let start = self.text.with_article(start);
        if !start.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "to")) {
            return false;
        }
        // "from Jordan's port of Aqaba to India", "from Ajman in the United Arab Emirates to
        // Singapore", "from Lome, Togo, to Luanda": the first end may be a place described by its
        // state, its port or its country, in a few more words.
        let describes_place = |i: usize| {
            capitalised(i)
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)
                || ["of", "in", "the"].iter().any(|w| self.text.is_word(i) && self.word(i) == *w)
                || LEXICON.word_in(Words::PlacePartNouns, self.text, i) && !self.text.tokens[i].capitalised
                || self.text.is_punct(i, ',') && (capitalised(i + 1) || self.text.is_word_ci(i + 1, "to"))
        };
        let mut i = start - 1;
        while i > 0 && start - 1 - i < ROUTE_DESCRIBED_END_TOKENS && describes_place(i - 1) {
            i -= 1;
        }
        i < start - 1 && i > 0 && self.text.is_word_ci(i - 1, "from") && capitalised(i)
    }

    /// "Brass, Nigeria" at a line's end, "Vienna, Austria": a state's name after a place and a
    /// comma, ending its line or followed by punctuation, is the place's address. Not after a
    /// person's or a state's name ("Ghana, Nigeria and Togo" is a list), nor before a possessive
    /// or a word ("In Lagos, Nigeria said" has the state speak).
    fn address_tail(&self, start: usize, end: usize) -> bool {
        let Some(place) = start.checked_sub(2) else { return false };
        let place_word = self.text.is_punct(start - 1, ',')
            && self.text.tokens.get(place).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && self.text.adjacent_on_line(place, start);
        let after_actor = self.mentions.last().is_some_and(|m| {
            m.end_token == place + 1
                && matches!(m.key, ActorKey::Person(_) | ActorKey::Entity(Entity::Country(_)))
        });
        let line_ends = self.text.tokens.get(end).is_none_or(|t| {
            !self.text.adjacent_on_line(end - 1, end)
                || t.kind == TokenKind::Punct
                    && matches!(self.text.token_text(end), "," | "." | ")" | "/" | ";")
        });
        place_word && !after_actor && line_ends
    }

    /// "Myanmar's Myawaddy district", "Ukraine's neighbouring Odesa region": a state owning a
    /// named part of a place (up to three words before a noun of [`Words::PlacePartNouns`]) names
    /// where, not who.
    fn owns_named_place(&self, end: usize) -> bool {
        /// How many words may stand between the possessive and the noun.
        const NAMED_PART_WORDS: usize = 3;
        if !self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return false;
        }
        let words = (end + 1..end + 1 + NAMED_PART_WORDS)
            .take_while(|&i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word))
            .take_while(|&i| !LEXICON.word_in(Words::PlacePartNouns, self.text, i))
            .count();
        let noun = end + 1 + words;
        let named = (end + 1..noun).any(|i| self.text.tokens[i].capitalised);
        named
            && self.text.tokens.get(noun).is_some_and(|t| !t.capitalised)
            && LEXICON.word_in(Words::PlacePartNouns, self.text, noun)
    }

    /// A capital used as a modifier of a place or an everyday noun ("several London hospitals",
    /// "the Moscow summit", "Beijing time"): a location, not the state acting.
    pub(super) fn is_attributive_place(&self, start: usize, end: usize) -> bool {
        let quantified = start.checked_sub(1).is_some_and(|i| {
            LEXICON.word_in(Words::Quantifiers, self.text, i)
                && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        });
        let modifies_noun = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(end - 1, end)
            && (LEXICON.has(Words::AttributiveNouns, self.text.key(end))
                || LEXICON.is_place_word(self.text, end));
        quantified || modifies_noun
    }

    pub(super) fn gazetteer(&mut self, index: usize) -> Option<usize> {
        let lexicon = &*LEXICON;
        let found = lexicon.phrase_at(self.text, index)?;
        // "The UN Security Council": a longer name starting after "the" wins over "the UN".
        if self.text.is_word_ci(index, "the")
            && lexicon.phrase_at(self.text, index + 1).is_some_and(|next| next.end > found.end)
        {
            return None;
        }
        let (start, end) = (found.start, found.end);
        // "US$ 350 million", "HK$20": a currency sign glued to a state's letters names money.
        let glued_sign = self.text.is_punct(end, '$')
            && self
                .text
                .tokens
                .get(end)
                .zip(self.text.tokens.get(end - 1))
                .is_some_and(|(sign, last)| sign.start_byte() == last.end_byte());
        if glued_sign {
            return Some(end + 1);
        }
        // "Ashford International Airport": a place named after a city.
        if matches!(found.entry.form, Form::Seat | Form::Place)
            && let Some(place_end) = self.place_run_end(start).filter(|&place_end| place_end > end)
        {
            return Some(place_end);
        }
        // "Vienna Centre for Disarmament", "Moscow State University": a place inside a name.
        if matches!(found.entry.form, Form::Seat | Form::Place)
            && self.text.tokens[start].capitalised
            && let Some((run_end, kind)) = self.org_run(start, false).filter(|(run_end, _)| *run_end > end)
        {
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, kind, "org-head");
            return Some(run_end);
        }
        // "Minsk Precision Optics, a lens maker": a city opening a longer name that an
        // organisation noun introduces is that organisation's.
        if matches!(found.entry.form, Form::Seat | Form::Place)
            && self.text.tokens[start].capitalised
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(end - 1, end)
            && let Some(run_end) = self.named_by_org_noun(start).filter(|&run_end| run_end > end)
        {
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, ActorKind::Organisation, "org-noun+name");
            return Some(run_end);
        }
        // "a spokeswoman for Baltic Skyways": a place opening the name a spokesperson speaks for
        // makes it a body's. (A name of people, "a spokesman for Keir Starmer", stays a person's:
        // given names are too many to list, so no rule reads names without a place that way.)
        if matches!(found.entry.form, Form::Seat | Form::Place)
            && start >= 2
            && self.text.is_word_ci(start - 1, "for")
            && LEXICON.word_in(Words::SpokespersonNouns, self.text, start - 2)
        {
            let mut run_end = end;
            while self.text.tokens.get(run_end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                && self.text.adjacent_on_line(run_end - 1, run_end)
            {
                run_end += 1;
            }
            if run_end > end {
                let name = self.surface(start, run_end);
                self.push_named(start, run_end, name, ActorKind::Organisation, "spokesperson-for");
                return Some(run_end);
            }
        }
        let Some(entity) = found.entry.entity else {
            // A place that is never an actor: skip its words so they are not taken for a name.
            return Some(end);
        };
        // "the UN Convention on the Law of the Sea": a document's title, not the body.
        if matches!(entity, Entity::Org(_))
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised)
            && self.text.adjacent_on_line(end - 1, end)
            && LEXICON.word_in(Words::DocumentTitleNouns, self.text, end)
        {
            return Some(end + 1);
        }
        let surface = self.surface(start, end);
        match found.entry.form {
            Form::Name if let Some(next) = self.longer_org_name(start, end, entity) => Some(next),
            // "the party, Chad Nova,", "a group called Chad First": a state's name opening a
            // longer name that an organisation noun introduces is that organisation's.
            Form::Name
                if matches!(entity, Entity::Country(_))
                    && self.text.tokens[start].capitalised
                    // Only a capitalised word right after the state's name can go on with it.
                    && self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                    && self.text.adjacent_on_line(end - 1, end)
                    && let Some(run_end) = self.named_by_org_noun(start).filter(|&run_end| run_end > end) =>
            {
                let name = self.surface(start, run_end);
                self.push_named(start, run_end, name, ActorKind::Organisation, "org-noun+name");
                Some(run_end)
            }
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
                // "The government of Norway said": the state's own institution named before it
                // with "of" is the state acting, as "Norway's government" is.
                if let Some(institution) = self.state_institution_before_of(start, entity) {
                    let mention_start = self.text.with_article(institution);
                    let surface = self.surface(mention_start, end);
                    self.push(
                        ActorKey::Entity(entity),
                        mention_start,
                        end,
                        surface,
                        "institution+state",
                        false,
                    );
                    return Some(end);
                }
                // "the Chad Basin": a country's name before a place word names a place.
                let names_place = self.text.tokens.get(end).is_some_and(|t| t.capitalised)
                    && self.text.adjacent_on_line(end - 1, end)
                    && LEXICON.is_place_word(self.text, end);
                // "from Oman's port of Sohar": a state owning a part of a place names where.
                let owns_place = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive)
                    && LEXICON.word_in(Words::PlacePartNouns, self.text, end + 1)
                    && start.checked_sub(1).is_some_and(|before| {
                        LEXICON.word_in(Words::LocativePrepositions, self.text, before)
                            || self.text.is_word_ci(before, "from")
                            || self.text.is_word_ci(before, "to")
                    });
                // "U.S. District Judge Ana Vell", "acting U.S. Attorney Jo Bell": a state's name
                // that opens a person's title says whose office it is, as an adjective would.
                // (Not in a heading in Title Case: "U.S. Envoy Meets Gulf Leaders".)
                let opens_title = !self.in_title_case_heading(start)
                    && LEXICON.title_at(self.text, end).is_some_and(|title_end| {
                        self.text.is_capitalised_word(title_end)
                            && self.text.adjacent_on_line(title_end - 1, title_end)
                    });
                // "U.S. Highway 191", "U.S. Route 1": a capitalised word and a number after a
                // state's name name a thing of that state's; not in a headline's capitals ("China
                // Sends 3 Warships").
                let names_numbered_thing = self.text.is_capitalised_word(end)
                    && self.text.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number)
                    && self.text.adjacent_on_line(end - 1, end + 1)
                    && !self.text.is_capitalised_word(end + 2);
                let locative = (self.is_locative(start)
                    || names_place
                    || owns_place
                    || opens_title
                    || names_numbered_thing
                    || self.owns_named_place(end)
                    || self.address_tail(start, end))
                    && matches!(entity, Entity::Country(_))
                    || self.posted_to(start);
                self.push(ActorKey::Entity(entity), start, end, surface, rule, locative);
                self.define_abbreviation(ActorKey::Entity(entity), end);
                Some(self.product_name_end(end, entity).unwrap_or(end))
            }
            Form::Seat => {
                // "Seoul's unification ministry": a capital's ministry is its state's (its
                // "intelligence services" may be a way of naming the state).
                let ministry = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive)
                    && LEXICON.institution_at(self.text, end + 1).is_some_and(|(body_end, _)| {
                        LEXICON.word_in(Words::PortfolioBodies, self.text, body_end - 1)
                    });
                if matches!(entity, Entity::Country(_))
                    && ministry
                    && let Some(next) = self.institution_after(index, end, entity, Form::Name)
                {
                    return Some(next);
                }
                // "Accra, Ghana": a capital followed by its own country's name is an address.
                let address = self.text.is_punct(end, ',')
                    && lexicon.phrase_at(self.text, end + 1).is_some_and(|next| {
                        next.entry.form == Form::Name && next.entry.entity == Some(entity)
                    });
                if address || self.is_locative(start) || self.is_attributive_place(start, end) {
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

    /// Where "government" or another word for the state itself ([`InstitutionRole::State`]) starts
    /// when it stands, in lower case, right before "of" and the country's name at `start` ("the
    /// government of Norway", "the authorities of Chad").
    fn state_institution_before_of(&self, start: usize, entity: Entity) -> Option<usize> {
        /// How many words an institution's phrase takes at most ("transitional government").
        const INSTITUTION_WORDS: usize = 3;
        if !matches!(entity, Entity::Country(_)) {
            return None;
        }
        let of = start.checked_sub(1).filter(|&of| self.text.is_word(of) && self.word(of) == "of")?;
        (of.saturating_sub(INSTITUTION_WORDS)..of).find(|&i| {
            self.text.tokens[i].kind == TokenKind::Word
                && !self.text.tokens[i].capitalised
                && LEXICON.institution_at(self.text, i) == Some((of, InstitutionRole::State))
        })
    }

    /// "Ivanti Connect Secure", "Velmsoft Harbour Server": up to four capitalised words right
    /// after a company's name, on its line, name its product, no person. Returns their end. A
    /// title ("Velmsoft President Ana Vell"), a known name ("Amnesty International Kenya") or an
    /// organisation's head word ("Velmsoft Threat Centre") among or right after those words
    /// leaves them all to the other rules.
    fn product_name_end(&self, end: usize, entity: Entity) -> Option<usize> {
        /// How many words a product's name may take.
        const PRODUCT_WORDS: usize = 4;
        if !matches!(entity, Entity::Org(_)) || LEXICON.entity_kind(entity) != ActorKind::Organisation {
            return None;
        }
        let product_word = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                && self.text.adjacent_on_line(i - 1, i)
                && !LEXICON.is_stopword(self.text, i)
                && LEXICON.title_at(self.text, i).is_none()
                && LEXICON.phrase_at(self.text, i).is_none()
                && LEXICON.org_head(self.text, i).is_none()
        };
        let run_end = (end..end + PRODUCT_WORDS).find(|&i| !product_word(i)).unwrap_or(end + PRODUCT_WORDS);
        // A word that the run's end only interrupts ("Velmsoft Harbour Threat Centre") leaves the
        // whole name to the rules for organisations.
        let interrupted =
            self.text.tokens.get(run_end).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                && self.text.adjacent_on_line(run_end - 1, run_end);
        (run_end > end && !interrupted).then_some(run_end)
    }

    /// "UN Panel of Experts on Ruritania", "European Union Maritime Safety Agency", "Islamic State
    /// Lakes Province", "Islamic State in the Sahel": a known organisation at the start of a longer
    /// organisation's name (one ending in an institution word, or a branch's) is part of that
    /// name. Returns its end.
    fn longer_org_name(&mut self, start: usize, end: usize, entity: Entity) -> Option<usize> {
        let Entity::Org(_) = entity else { return None };
        let start = if self.text.is_word_ci(start, "the") { start + 1 } else { start };
        if start >= end
            || !self.text.tokens[start].capitalised
            || !self.text.adjacent_on_line(end - 1, end)
            || LEXICON.title_at(self.text, end).is_some()
        {
            return None;
        }
        // "the European Union delegation in Nairobi": a body abroad named with its seat.
        if self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && let Some(seat_end) = self.seat_after(end + 1)
        {
            let name = self.surface(start, seat_end);
            self.push_named(start, seat_end, name, ActorKind::Organisation, "org+seated-body");
            return Some(seat_end);
        }
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        // "Islamic State Lakes Province": a branch named after its region.
        let mut branch_end = end;
        while branch_end < end + 3
            && capitalised(branch_end)
            && self.text.adjacent_on_line(branch_end - 1, branch_end)
        {
            branch_end += 1;
            if branch_end > end + 1 && LEXICON.word_in(Words::BranchHeads, self.text, branch_end - 1) {
                let name = self.surface(start, branch_end);
                self.push_named(start, branch_end, name, LEXICON.entity_kind(entity), "org-branch");
                return Some(branch_end);
            }
        }
        // "Islamic State in the Sahel", "al-Qaeda in the Arabian Peninsula": an armed group's
        // branch named after its region with "in the" and capitals.
        if LEXICON.entity_kind(entity) == ActorKind::ArmedGroup
            && self.text.is_word_ci(end, "in")
            && self.text.is_word_ci(end + 1, "the")
            && capitalised(end + 2)
        {
            let mut region_end = end + 2;
            while region_end < end + 5
                && capitalised(region_end)
                && self.text.adjacent_on_line(region_end - 1, region_end)
            {
                region_end += 1;
            }
            let name = self.surface(start, region_end);
            self.push_named(start, region_end, name, ActorKind::ArmedGroup, "org-branch");
            return Some(region_end);
        }
        // "U.S. Senate Armed Services Committee": the run may start at the name's second word when
        // its first is a stopword that no run opens with ("US").
        let second = start + 1 < end && LEXICON.is_stopword(self.text, start);
        // "the United Nations Command": one word more is enough when it is an institution word.
        let head_after = LEXICON.org_head(self.text, end).is_some();
        let longer = |run_end: usize| run_end > end + 1 || head_after && run_end == end + 1;
        let (run_end, kind) = self
            .org_run(start, false)
            .filter(|&(run_end, _)| longer(run_end))
            .or_else(|| second.then(|| self.org_run(start + 1, false)).flatten())
            .filter(|&(run_end, _)| longer(run_end))?;
        // "the OSCE Mission to Montenegro": a body abroad with its host or seat.
        let run_end = self.seat_after(run_end).unwrap_or(run_end);
        let name = self.surface(start, run_end);
        self.push_named(start, run_end, name, kind, "org-head");
        Some(run_end)
    }

    /// "the Iranians", "Israeli officials", "the Russian military", "Finnish Defence Forces".
    pub(super) fn nationality(
        &mut self,
        start: usize,
        end: usize,
        entity: Entity,
        form: Form,
    ) -> Option<usize> {
        if let Some(next) = self.institution_after(start, end, entity, form) {
            return Some(next);
        }
        // "Swiss Mission", "Chinese Foreign Ministry": an adjective before an institution name.
        if (form == Form::Adjective || self.adjective_form_exists(start, end))
            // "the Ghanaian Navy": one institution word after the adjective is enough.
            && let Some((run_end, kind)) = self.org_run(end, true)
        {
            // "the Chinese Mission to the EU": a body abroad with its seat or its host.
            let run_end = self.seat_after(run_end).unwrap_or(run_end);
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, kind, "demonym+org");
            self.push_state_of_body(entity, start, end, run_end);
            return Some(run_end);
        }
        let after_the = start.checked_sub(1).is_some_and(|i| self.text.is_word_ci(i, "the"));
        if after_the {
            let plural_form = form == Form::Collective && !self.adjective_form_exists(start, end);
            let next_is_verb = self.text.tokens.get(end).is_none_or(|t| t.kind != TokenKind::Word)
                || LEXICON.has(Words::VerbLike, self.word(end))
                || LEXICON.is_speech_verb(self.word(end));
            if (plural_form || (form == Form::Collective && next_is_verb))
                && !self.text.tokens.get(end).is_some_and(|t| t.capitalised)
            {
                let surface = self.surface(start - 1, end);
                self.push(ActorKey::Entity(entity), start - 1, end, surface, "demonym-collective", false);
                return Some(end);
            }
        }
        // "Ostland's ruling Georgian Dream party": after a word for a political camp, a party's
        // name may open with a nationality.
        if self.after_party_descriptor(start)
            && let Some(run_end) = self.named_by_org_noun(start).filter(|&run_end| run_end > end)
        {
            let name = self.surface(start, run_end);
            self.push_named(start, run_end, name, ActorKind::Organisation, "org-noun+name");
            return Some(run_end);
        }
        // A nationality adjective alone is not an actor ("North Korean soldiers"); let the words
        // after it be read on their own.
        Some(end)
    }

    /// Collectives such as "Chinese" are also adjectives: the gazetteer lists them in both.
    pub(super) fn adjective_form_exists(&mut self, start: usize, end: usize) -> bool {
        LEXICON.has_form(self.text, start, end, Form::Adjective)
    }

    /// A lower-case institution after a state's name or adjective ("Israeli officials", "the US
    /// government", "China's military"), or an institution's name after a state's name ("U.S.
    /// Navy", "Taiwan's Defense Ministry").
    pub(super) fn institution_after(
        &mut self,
        start: usize,
        end: usize,
        entity: Entity,
        form: Form,
    ) -> Option<usize> {
        let Entity::Country(country) = entity else { return None };
        let possessive = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
        let institution_start = if possessive { end + 1 } else { end };
        if !self.text.adjacent_on_line(end - 1, institution_start) {
            return None;
        }
        let mention_start = self.text.with_article(start);
        // "North Korea's official Korean Central News Agency": a word of
        // [`Words::AdjectiveInstitutionWords`] before a capitalised name describes that name; it
        // is no institution of the state.
        let adjective = LEXICON.word_in(Words::AdjectiveInstitutionWords, self.text, institution_start)
            && self
                .text
                .tokens
                .get(institution_start + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && self.text.adjacent_on_line(institution_start, institution_start + 1);
        // ("Chad's transitional government" is the state speaking through a part of it, which
        // the possessive tells.)
        let institution = if adjective {
            None
        } else {
            LEXICON.institution_at(self.text, institution_start).or_else(|| {
                (!possessive)
                    .then(|| LEXICON.state_word_after_field(self.text, institution_start))
                    .flatten()
                    .map(|end| (end, InstitutionRole::State))
            })
        };
        let Some((institution_end, role)) = institution else {
            // "U.S. Navy", "Taiwan's Defense Ministry": a named body of the state; but "Japan's Chief
            // Cabinet Secretary Yoshimasa Hayashi" is a title and a person.
            // "U.S. Attorney's Office for the District of Vermont": but a title's own office after
            // the state's name is a body of that state, the state's name opening its name.
            let title_blocks = LEXICON.title_at(self.text, institution_start).is_some_and(|title_end| {
                possessive || self.text.tokens.get(title_end).is_none_or(|t| t.kind != TokenKind::Possessive)
            });
            if form != Form::Name
                || !self.text.tokens.get(institution_start).is_some_and(|t| t.capitalised)
                || title_blocks
            {
                return None;
            }
            let (run_end, kind) = self.org_run(institution_start, true)?;
            let name = self.surface(start, run_end);
            let state_surface = self.surface(start, end);
            self.push(ActorKey::Entity(entity), start, end, state_surface, "state-name", false);
            // "Norway's Coastal Defence Corps": a name of three words or more that does not open
            // with an institution word is the body's own name; the possessive only says whose it
            // is, so the later bare mentions are the same actor. "Russia's Ministry of Defence"
            // and "Taiwan's Defense Ministry" need the state to tell them apart.
            // "Ruritania's Sacred Band": a two-word force is its own name too, unless any state
            // may have one so named ("Estonia's Defence Forces").
            let own_force = run_end - institution_start == 2
                && kind == ActorKind::ArmedForces
                && !LEXICON.word_in(Words::GenericForceWords, self.text, institution_start);
            if possessive
                && (run_end - institution_start >= 3 || own_force)
                && LEXICON.org_head(self.text, institution_start).is_none()
            {
                let own_name = self.surface(institution_start, run_end);
                match LEXICON.lookup(&own_name) {
                    Some(known) => {
                        self.push(ActorKey::Entity(known), start, run_end, name, "state+org", false)
                    }
                    None => self.push_named_with_surface(start, run_end, own_name, name, kind, "state+org"),
                }
                return Some(run_end);
            }
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
            // "took over the Mali mission" is a deployment; "Iran's mission" and "the Iranian
            // mission to the United Nations" are the state's body.
            InstitutionRole::Organisation
                if !possessive
                    && self.text.is_word_ci(institution_end - 1, "mission")
                    && !self.text.is_word_ci(institution_end, "to") =>
            {
                return None;
            }
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
                self.push_state_of_body(entity, start, end, institution_end);
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
                self.push_state_of_body(entity, start, end, institution_end);
                let seat_end = self.seat_after(institution_end);
                let end = seat_end.unwrap_or(institution_end);
                let name = self.surface(start, end);
                // "the Ruritanian embassy" after "the Ruritanian embassy in Atlantis" is that one.
                let mut lookup = String::new();
                for word in name.split_whitespace() {
                    push_key_part(&mut lookup, word);
                }
                lookup.push_str(" in ");
                let seated = seat_end
                    .is_none()
                    .then(|| self.named_orgs.keys().filter(|key| key.starts_with(&lookup)).min().cloned())
                    .flatten();
                // "Canada's embassy" with no seat named is the state's own voice; so is "Iran's
                // mission to the United Nations", accredited to a body rather than seated in a city.
                let seated_word = LEXICON.word_in(Words::SeatedInstitutions, self.text, institution_end - 1);
                let accredited = seat_end.is_some() && self.text.is_word_ci(institution_end, "to");
                let state_voice =
                    (seat_end.is_none() && seated.is_none() || accredited) && possessive && seated_word;
                match seated {
                    _ if state_voice => {
                        let surface = self.surface(mention_start, end);
                        let key = ActorKey::Entity(entity);
                        self.push(key, mention_start, end, surface, "demonym+institution", false);
                    }
                    Some(key) => {
                        let surface = self.surface(mention_start, end);
                        let rule = "demonym+institution";
                        self.push(ActorKey::Named(key), mention_start, end, surface, rule, false);
                    }
                    // "Iran's judiciary" and "the Iranian judiciary" are one body: named by the
                    // state's adjective and the institution's words, the surface an alias.
                    None if seat_end.is_none() => {
                        let adjective =
                            LEXICON.country_adjective(country).unwrap_or(LEXICON.entity_name(entity));
                        let body = self.surface(institution_start, institution_end);
                        let mut lookup = String::new();
                        for word in format!("{adjective} {body}").split_whitespace() {
                            push_key_part(&mut lookup, word);
                        }
                        let kind = ActorKind::Organisation;
                        self.named_orgs
                            .entry(lookup.clone())
                            .or_insert(NamedOrg { name: name.clone(), kind });
                        let rule = "demonym+institution";
                        self.push(ActorKey::Named(lookup), mention_start, end, name, rule, false);
                    }
                    None => self.push_named(
                        mention_start,
                        end,
                        name,
                        ActorKind::Organisation,
                        "demonym+institution",
                    ),
                }
                return Some(end);
            }
        }
        Some(institution_end)
    }

    /// "China's foreign ministry", "Chad's navy": a state whose own body acts is an actor too,
    /// and so is one named by its adjective ("the Yemeni coast guard") when the article names it
    /// elsewhere, even only as a place. Not for a body abroad named by the adjective ("the Swiss
    /// mission in Geneva"), which speaks where it stands, nor for one named as someone's affiliation ("of the ministry"). The mention makes the state an actor but is none the quote and
    /// threat rules read: the body's mention covers those words. `body_end` ends the body's name.
    pub(super) fn push_state_of_body(&mut self, entity: Entity, start: usize, end: usize, body_end: usize) {
        // "Ambassador Jo Bell of the Swiss foreign ministry": a body named as someone's
        // affiliation does not act.
        let opening = self.text.with_article(start);
        let affiliation =
            opening.checked_sub(1).is_some_and(|i| LEXICON.word_in(Words::RoleOfPrepositions, self.text, i));
        // "Elbonia's embassy in Oslo": the state named in its own name owns the body abroad and
        // is an actor too; "the Elbonian embassy in Oslo" speaks where it stands.
        let possessive = self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
        if !matches!(entity, Entity::Country(_))
            || affiliation
            || LEXICON.word_in(Words::SeatedInstitutions, self.text, body_end - 1) && !possessive
        {
            return;
        }
        let rule = if possessive { STATE_OF_BODY } else { STATE_OF_BODY_BY_ADJECTIVE };
        let surface = self.surface(start, end);
        self.push(ActorKey::Entity(entity), start, end, surface, rule, false);
    }

    /// "the Ruritanian embassy in Atlantis": after a body abroad, "in" and the capitalised name of
    /// its seat (three words at most) are part of its name. Returns the end of the seat's name.
    ///
    /// "to" and the body or state it is accredited to do the same ("the Chinese Mission to the
    /// EU", "the Ruritanian delegation to the United Nations").
    fn seat_after(&self, institution_end: usize) -> Option<usize> {
        let seated = LEXICON.word_in(Words::SeatedInstitutions, self.text, institution_end - 1);
        let accredited = self.text.is_word_ci(institution_end, "to");
        if !(seated && (self.text.is_word_ci(institution_end, "in") || accredited)) {
            return None;
        }
        let the = accredited && self.text.is_word_ci(institution_end + 1, "the");
        let start = institution_end + 1 + usize::from(the);
        let mut end = start;
        while end < start + 3
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(end - 1, end)
        {
            end += 1;
        }
        (end > start).then_some(end)
    }

    /// Whether the word before `next` ends its noun phrase ("the Russian military fired", "forces in
    /// Ukraine") rather than describing the noun after it ("military support").
    pub(super) fn heads_its_phrase(&self, next: usize) -> bool {
        let Some(token) = self.text.tokens.get(next) else { return true };
        if token.kind != TokenKind::Word || token.capitalised {
            return true;
        }
        let word = self.word(next);
        // "a Chinese coast guard ship rammed": a ship or aircraft of the force acts for it.
        // "the Chinese military spokesman said": so does its spokesperson.
        LEXICON.has(Words::ForcePlatforms, word)
            || LEXICON.has(Words::SpokespersonNouns, word)
            || LEXICON.has(Words::PhraseLinks, word)
            || LEXICON.has(Words::VerbLike, word)
            || LEXICON.is_speech_verb(word)
            || word.ends_with("ed")
    }

    /// Name keys of the places the text describes as such: "the village of Ashford", "Ashford,
    /// a town in the north", "North Ashford province" (also without the compass word).
    pub(super) fn settlement_names(&self) -> HashSet<String> {
        let mut names = HashSet::new();
        let tokens = &self.text.tokens;
        let is_settlement = |i: usize| {
            LEXICON.word_in(Words::SettlementNouns, self.text, i)
                && tokens.get(i).is_some_and(|t| !t.capitalised)
        };
        let is_name_word =
            |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
        let mut record = |start: usize, end: usize| {
            if start >= end {
                return;
            }
            names.insert(crate::model::actor::name_key(&self.surface(start, end)));
            let plain = (start..end).find(|&i| !is_compass_word(self.word(i))).unwrap_or(end);
            if plain > start && plain < end {
                names.insert(crate::model::actor::name_key(&self.surface(plain, end)));
            }
        };
        // "Boucle du Mouhoun": a lower-case particle between two capitalised words.
        let particle = |i: usize| {
            i > 0
                && is_name_word(i - 1)
                && is_name_word(i + 1)
                && LEXICON.has(Words::NameParticles, self.word(i))
        };
        // "Kaduna State", "Lorca Province" in capitals, nothing capitalised after ("Kaduna State
        // Government" is a body): the whole name is a place's.
        let capital_settlement = |i: usize| {
            LEXICON.word_in(Words::SettlementNouns, self.text, i)
                && !LEXICON.word_in(Words::SettlementNounsPlural, self.text, i)
                && tokens.get(i).is_some_and(|t| t.capitalised && !t.all_caps)
                && i > 0
                && is_name_word(i - 1)
                && self.text.adjacent_on_line(i - 1, i)
                && !is_name_word(i + 1)
        };
        for index in 0..tokens.len() {
            if capital_settlement(index) {
                let mut start = index;
                while start > 0
                    && index - start < 3
                    && is_name_word(start - 1)
                    && self.text.adjacent_on_line(start - 1, start)
                {
                    start -= 1;
                }
                record(start, index + 1);
                continue;
            }
            if let Some((start, end)) = self.apposed_to_place_noun(index) {
                record(start, end);
            }
            if !is_settlement(index) {
                continue;
            }
            // "the village of Ashford"; "the border towns of Ashford, Kell and Orm",
            // "communities including Ashford and El Kell".
            let list_start =
                if self.text.is_word_ci(index + 1, "of") || self.text.is_word_ci(index + 1, "including") {
                    Some(index + 2)
                } else {
                    (self.text.is_word_ci(index + 1, "such") && self.text.is_word_ci(index + 2, "as"))
                        .then_some(index + 3)
                };
            let plural = LEXICON.word_in(Words::SettlementNounsPlural, self.text, index);
            let mut next = list_start;
            // The item after "and" is the list's last: "ports such as Kell and Orm, Jo Bell said".
            let mut last_item = false;
            while let Some(start) = next {
                let mut end = start;
                while end < start + 4
                    && (is_name_word(end) || end > start && particle(end))
                    && (end == start || self.text.adjacent_on_line(end - 1, end))
                {
                    end += 1;
                }
                record(start, end);
                // Only a plural noun takes a list: "the village of Ashford and Kell's mayor".
                let separator = |i: usize| self.text.is_punct(i, ',') || self.text.is_word_ci(i, "and");
                next = (plural && !last_item && end > start && separator(end)).then(|| {
                    let and_after_comma =
                        self.text.is_punct(end, ',') && self.text.is_word_ci(end + 1, "and");
                    last_item = and_after_comma || self.text.is_word_ci(end, "and");
                    end + 1 + usize::from(and_after_comma)
                });
            }
            // "Ashford province", "North Ashford state", "the Boucle du Mouhoun region": the name
            // right before the noun ("the Adani ports" are a firm's: not for a noun of
            // [`Words::OwnedPlaceNouns`]).
            if !LEXICON.word_in(Words::OwnedPlaceNouns, self.text, index) {
                let mut start = index;
                while start > 0
                    && index - start < 4
                    && (is_name_word(start - 1) || particle(start - 1))
                    && self.text.adjacent_on_line(start - 1, index)
                {
                    start -= 1;
                }
                record(start, index);
            }
            // "Ashford, a town in the north" (or "a small town near", "a village.", "a town that
            // lies", "a state it created").
            let ends_phrase = self.text.is_punct(index + 1, ',')
                || self.text.is_punct(index + 1, '.')
                || LEXICON.word_in(Words::ObjectPrepositions, self.text, index + 1)
                || LEXICON.word_in(Words::PlaceClauseOpeners, self.text, index + 1);
            let Some(article) = (index.saturating_sub(3)..index)
                .find(|&i| self.text.is_word_ci(i, "a") || self.text.is_word_ci(i, "an"))
            else {
                continue;
            };
            if !ends_phrase || article == 0 || !self.text.is_punct(article - 1, ',') {
                continue;
            }
            let end = article - 1;
            let mut start = end;
            while start > 0 && end - start < 4 && is_name_word(start - 1) {
                start -= 1;
            }
            record(start, end);
        }
        names
    }

    /// "the state capital, Ostavia, lies", "another temple, Wat Kessa, was shelled": the name set
    /// between commas right after a lower-case noun for a place ([`Words::SettlementNouns`],
    /// [`Words::ApposedPlaceNouns`]) with a determiner before it is that place. Returns the name's
    /// tokens.
    ///
    /// Not when the name is a speaker's ("in the capital, Jo Bell said") or is itself described
    /// ("the capital, Jo Bell, a resident, said", "on the lake, Jo Bell, 58, said"): a comma then
    /// only ends the scene.
    fn apposed_to_place_noun(&self, noun: usize) -> Option<(usize, usize)> {
        const NAME_WORDS: usize = 3;
        const DETERMINER_REACH: usize = 3;
        let token = self.text.tokens.get(noun)?;
        if token.capitalised
            || !(LEXICON.word_in(Words::SettlementNouns, self.text, noun)
                || LEXICON.word_in(Words::ApposedPlaceNouns, self.text, noun))
            || !self.text.is_punct(noun + 1, ',')
        {
            return None;
        }
        let determined = (noun.saturating_sub(DETERMINER_REACH)..noun).any(|i| {
            ["the", "a", "an", "another", "its", "their", "this", "that"]
                .iter()
                .any(|w| self.text.is_word_ci(i, w))
        });
        let name_word = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                && !LEXICON.is_stopword(self.text, i)
        };
        let start = noun + 2;
        let mut end = start;
        while end < start + NAME_WORDS
            && name_word(end)
            && (end == start || self.text.adjacent_on_line(end - 1, end))
        {
            end += 1;
        }
        let closed = self.text.is_punct(end, ',') || self.text.is_punct(end, '.');
        let described_or_speaking = self.text.is_punct(end, ',')
            && (["a", "an", "the"].iter().any(|w| self.text.is_word_ci(end + 1, w))
                || LEXICON.is_speech_verb(self.text.key(end + 1))
                // "on the lake, Tomas Vehl, 58, said": a person's age.
                || self.text.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number));
        (determined && end > start && closed && !described_or_speaking).then_some((start, end))
    }
}
