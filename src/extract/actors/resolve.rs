//! Pass 2, resolution: surnames and shorter forms join the full name, bare words and titles
//! refer back to their person, definite references ("the ministry") to their organisation, and
//! the public table is built with one actor per real-world entity.

use super::*;

/// How far after a lone speaking name a speaking pronoun ("he said") is looked for.
const SPEAKING_PRONOUN_REACH_TOKENS: usize = 80;

impl Finder<'_, '_> {
    /// Pass 2: merges people, resolves surnames and titles, builds the public table.
    pub(super) fn resolve(mut self) -> ActorTable {
        let person_target = self.merge_people();
        let known_as = self.resolve_known_as();
        self.resolve_bare_words(&person_target, &known_as);
        self.resolve_speaking_acronyms();
        self.resolve_common_word_surnames(&person_target);
        self.resolve_title_references(&person_target);
        self.resolve_definite_references();
        self.mark_possessor_states();
        self.merge_inverted_names();
        self.mark_addressed_outlets();
        self.merge_national_forces();

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

        let places = self.settlement_names();
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
            // "the town of Ashford": a name the text calls a place is no person or organisation.
            if !matches!(key, ActorKey::Entity(_)) && places.contains(&crate::model::actor::name_key(&name)) {
                continue;
            }
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
                public_mentions.push(ByteRange::between(first.start_byte, last.end_byte));
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

    /// "Ruritania's defence ministry" and "Ruritania's Ministry of Defence", "the State
    /// Department" and "the Department of State": a head before "of" and one or two words is the
    /// same body as those words before the head; the later form joins the first one's actor.
    pub(super) fn merge_inverted_names(&mut self) {
        let canonical = |name: &str| -> String {
            let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
            let of = words.iter().position(|w| w == "of");
            match of {
                Some(of) if of >= 1 && (1..=2).contains(&(words.len() - of - 1)) => {
                    let mut out: Vec<&str> = words[..of - 1].iter().map(String::as_str).collect();
                    out.extend(words[of + 1..].iter().map(String::as_str));
                    out.push(words[of - 1].as_str());
                    out.join(" ")
                }
                _ => words.join(" "),
            }
        };
        let mut first_of: HashMap<String, String> = HashMap::new();
        let mut target: HashMap<String, String> = HashMap::new();
        for mention in self.mentions.iter().filter(|m| !m.rule.is_empty()) {
            let ActorKey::Named(lookup) = &mention.key else { continue };
            let Some(org) = self.named_orgs.get(lookup) else { continue };
            // Only names whose head is an institution word ("ministry", "department").
            let head_is_institution = |name: &str| {
                name.split_whitespace().any(|w| {
                    let mut key = String::new();
                    push_key_part(&mut key, w);
                    LEXICON.has(Words::InvertibleHeads, &key)
                })
            };
            if !head_is_institution(&org.name) {
                continue;
            }
            let form = canonical(&org.name);
            match first_of.get(&form) {
                Some(first) if first != lookup => {
                    target.insert(lookup.clone(), first.clone());
                }
                Some(_) => {}
                None => {
                    first_of.insert(form, lookup.clone());
                }
            }
        }
        if target.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            if let ActorKey::Named(lookup) = &mention.key
                && let Some(first) = target.get(lookup)
            {
                mention.key = ActorKey::Named(first.clone());
            }
        }
    }

    /// "the Sudanese army" and "the Sudanese Armed Forces", "Ruritania's military" and "the
    /// Armed Forces of Ruritania": a state's army or military named in common words is the one
    /// armed force the article names properly for that state (its name holding "Forces" or
    /// "Army" and the state); the common form joins it.
    pub(super) fn merge_national_forces(&mut self) {
        let country_in = |name: &str| -> Option<Entity> {
            let words: Vec<&str> = name.split_whitespace().collect();
            for len in (1..=5.min(words.len())).rev() {
                for start in 0..=words.len() - len {
                    let phrase = words[start..start + len].join(" ");
                    let phrase = phrase.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                    // "Sudanese Armed Forces", "Armed Forces of the Republic of Ruritania": the
                    // state opens the name or follows "of"; "Free Ruritanian Army" is a rebel force.
                    let opens = start == 0
                        || words[start - 1] == "of"
                        || start >= 2 && words[start - 1] == "the" && words[start - 2] == "of";
                    if opens && let Some(entity) = LEXICON.lookup_country(phrase) {
                        return Some(entity);
                    }
                }
            }
            None
        };
        let mut common: HashMap<String, Entity> = HashMap::new();
        let mut proper: HashMap<Entity, Vec<String>> = HashMap::new();
        for (lookup, org) in &self.named_orgs {
            if org.kind != ActorKind::ArmedForces {
                continue;
            }
            let words: Vec<&str> = org.name.split_whitespace().collect();
            let Some((last, before)) = words.split_last() else { continue };
            let generic = before.len() <= 3
                && last.chars().all(char::is_lowercase)
                && LEXICON.has(Words::NationalForceWords, last);
            let named = words.iter().any(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && LEXICON.has(Words::NationalForceWords, &w.to_lowercase())
            });
            let Some(country) = country_in(&org.name) else { continue };
            if generic {
                common.insert(lookup.clone(), country);
            } else if named {
                proper.entry(country).or_default().push(lookup.clone());
            }
        }
        let target: HashMap<String, String> = common
            .into_iter()
            .filter_map(|(lookup, country)| match proper.get(&country).map(Vec::as_slice) {
                Some([only]) => Some((lookup, only.clone())),
                _ => None,
            })
            .collect();
        if target.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            if let ActorKey::Named(lookup) = &mention.key
                && let Some(into) = target.get(lookup)
            {
                mention.key = ActorKey::Named(into.clone());
            }
        }
    }

    /// "a source told Reuters": a news outlet named as whom words were addressed to does not act
    /// there; an outlet named only so is no actor.
    pub(super) fn mark_addressed_outlets(&mut self) {
        for mention in &mut self.mentions {
            let ActorKey::Entity(entity) = mention.key else { continue };
            if LEXICON.entity_kind(entity) != ActorKind::Media {
                continue;
            }
            let mut before = mention.start_token;
            if before > 0 && self.text.is_word_ci(before - 1, "the") {
                before -= 1;
            }
            if before > 0 && LEXICON.word_in(Words::AddresseeVerbs, self.text, before - 1) {
                mention.locative = true;
            }
        }
    }

    /// "Yemen's Houthi militia", "Norway's Coastal Defence Corps": a state named only as the
    /// possessor of a group or body that is an actor of its own does not act there; such a mention
    /// counts like a place's, so a state named only that way is no actor.
    pub(super) fn mark_possessor_states(&mut self) {
        let kind_of = |key: &ActorKey| match key {
            ActorKey::Entity(entity) => Some(LEXICON.entity_kind(*entity)),
            ActorKey::Named(lookup) => self.named_orgs.get(lookup).map(|org| org.kind),
            ActorKey::Person(_) => None,
        };
        // Where each group's mentions start, with the furthest end of those starting there.
        let mut group_ends: HashMap<usize, usize> = HashMap::new();
        for m in self.mentions.iter().filter(|m| !m.rule.is_empty()) {
            if kind_of(&m.key).is_some_and(|k| !matches!(k, ActorKind::Person | ActorKind::State)) {
                let end = group_ends.entry(m.start_token).or_insert(m.end_token);
                *end = (*end).max(m.end_token);
            }
        }
        for mention in &mut self.mentions {
            let ActorKey::Entity(entity) = mention.key else { continue };
            if LEXICON.entity_kind(entity) != ActorKind::State {
                continue;
            }
            let possessive =
                self.text.tokens.get(mention.end_token).is_some_and(|t| t.kind == TokenKind::Possessive);
            // "Yemen's Houthi militia", or "Norway's Coastal Defence Corps" read as one mention.
            let before_group = group_ends.contains_key(&(mention.end_token + 1))
                || group_ends.get(&mention.start_token).is_some_and(|&end| end > mention.end_token + 1);
            if possessive && before_group {
                mention.locative = true;
            }
        }
    }

    /// Maps every person candidate to the candidate it merges into: a shorter name whose words are
    /// the end (or the start) of a longer one joins it ("Straw" → "Jack Straw", "Yoon" → "Yoon Suk
    /// Yeol"). An ambiguous short form stays apart.
    pub(super) fn merge_people(&mut self) -> Vec<usize> {
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
    pub(super) fn merge_target(&self, short: usize, by_edge_word: &HashMap<&str, Vec<usize>>) -> usize {
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
    pub(super) fn resolve_bare_words(
        &mut self,
        person_target: &[usize],
        known_as: &HashMap<String, ActorKey>,
    ) {
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
            if let Some(verb) = self.speech_verb_after(index)
                && !self.is_object(index)
                && !speaking_names.contains_key(self.text.key(index))
            {
                // "Dorn, 52, said": an age in apposition is a person's.
                let person = verb > index + 1 || self.pronoun_after_is_personal(verb + 1);
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
            } else if let Some(firm) = self.firm_of_first_word(&name) {
                // "Lumen Energy … Lumen said": a firm goes by its name without the last word.
                self.push(ActorKey::Named(firm), index, index + 1, name, "firm-short-name", false);
            } else {
                self.push_named(index, index + 1, name, ActorKind::Organisation, "subject-of-speech");
            }
        }
    }

    /// The one organisation named in two words whose first is `word` and whose last is an
    /// institution word of an organisation ("Lumen Energy", "Borealis Tankers").
    fn firm_of_first_word(&self, word: &str) -> Option<String> {
        let mut found = self.named_orgs.iter().filter(|(_, org)| {
            let words: Vec<&str> = org.name.split_whitespace().collect();
            org.kind == ActorKind::Organisation
                && words.len() == 2
                && words[0] == word
                && LEXICON.org_head_key(&words[1].to_lowercase()) == Some(ActorKind::Organisation)
        });
        let (lookup, _) = found.next()?;
        found.next().is_none().then(|| lookup.clone())
    }

    /// Whether the word before `index` makes it an object rather than the subject of what follows:
    /// a preposition ("fishermen in the port of Skarn said") or a participle ("a man speaking
    /// Welsh says").
    fn is_object(&self, index: usize) -> bool {
        let Some(before) = index.checked_sub(1) else { return false };
        let token = self.text.tokens[before];
        token.kind == TokenKind::Word
            && !token.capitalised
            && (LEXICON.word_in(Words::ObjectPrepositions, self.text, before)
                || self.word(before).ends_with("ing"))
    }

    /// "ORBEX said", "the agency, ORBEX, said", "an ORBEX spokesman", "a spokeswoman for ORBEX": a
    /// word in capitals that no gazetteer knows names an organisation when it speaks or has a
    /// spokesperson; every other mention of it is then that organisation too.
    pub(super) fn resolve_speaking_acronyms(&mut self) {
        let acronyms = std::mem::take(&mut self.acronyms);
        let spokesperson = |i: usize| LEXICON.word_in(Words::SpokespersonNouns, self.text, i);
        let speaking: HashSet<&str> = acronyms
            .iter()
            .filter(|&&i| {
                let appositive = i > 0 && self.text.is_punct(i - 1, ',') && self.text.is_punct(i + 1, ',');
                let spokesperson_for = i >= 2
                    && (spokesperson(i - 2) && self.text.is_word_ci(i - 1, "for")
                        || i >= 3
                            && spokesperson(i - 3)
                            && self.text.is_word_ci(i - 2, "for")
                            && self.text.is_word_ci(i - 1, "the"));
                (self.speaks(i) && !self.is_object(i))
                    || (appositive && self.speaks(i + 1))
                    || spokesperson(i + 1)
                    || spokesperson_for
            })
            .map(|&i| self.word(i))
            .collect();
        let found: Vec<usize> =
            acronyms.iter().copied().filter(|&i| speaking.contains(self.word(i))).collect();
        // "the Harbour Maritime Bureau … the HMB said": the initials of a name already found.
        let initials_of = |full: &str| -> String {
            full.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
        };
        for index in found {
            let name = self.word(index).to_owned();
            let letters: String = name.chars().filter(|c| c.is_alphabetic()).collect();
            let known = self
                .named_orgs
                .iter()
                .filter(|(_, org)| letters.len() >= 3 && initials_of(&org.name) == letters)
                .map(|(key, _)| key.clone())
                .min();
            match known {
                Some(key) => {
                    self.push(ActorKey::Named(key), index, index + 1, name, "abbreviation-defined", false)
                }
                None => self.push_named(index, index + 1, name, ActorKind::Organisation, "subject-of-speech"),
            }
        }
    }

    /// Whether the first pronoun within a dozen tokens from `start`, in its sentence, is personal
    /// ("he", "her") rather than neuter ("it", "its", "they"); no pronoun counts as neuter.
    /// Failing that, a pronoun that speaks later in the paragraph or the next one ("Dorn said.
    /// … \"…,\" he added") decides.
    pub(super) fn pronoun_after_is_personal(&self, start: usize) -> bool {
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
        let paragraph = self.text.tokens[start].paragraph;
        let next_paragraph_end =
            self.text.paragraphs.get(paragraph + 1).map_or(self.text.tokens.len(), |range| range.end);
        for index in sentence_end..next_paragraph_end.min(start + SPEAKING_PRONOUN_REACH_TOKENS) {
            if self.speaks(index) {
                match self.text.key(index) {
                    "he" | "she" => return true,
                    "it" | "they" => return false,
                    _ => {}
                }
            }
        }
        false
    }

    /// The finite speech verb that a lone name is the subject of: right after it ("Dorn said"),
    /// or after an age in apposition ("Dorn, 52, said").
    pub(super) fn speech_verb_after(&self, index: usize) -> Option<usize> {
        if self.speaks(index) {
            return Some(index + 1);
        }
        let age = self.text.is_punct(index + 1, ',')
            && self.text.tokens.get(index + 2).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.is_punct(index + 3, ',');
        (age && self.speaks(index + 3)).then_some(index + 4)
    }

    /// Whether the word at `index` is directly followed by a finite speech verb ("said", "says",
    /// "told", "warned"), as the subject of a statement.
    pub(super) fn speaks(&self, index: usize) -> bool {
        let Some(next) = self.text.tokens.get(index + 1) else { return false };
        let verb = self.word(index + 1);
        next.kind == TokenKind::Word
            && !next.capitalised
            && self.text.adjacent_on_line(index, index + 1)
            && LEXICON.is_speech_verb(verb)
            && !verb.ends_with("ing")
    }

    /// People by the first and by the last word of their name.
    pub(super) fn people_by_edge_word(&self) -> HashMap<&str, Vec<usize>> {
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
    pub(super) fn resolve_known_as(&mut self) -> HashMap<String, ActorKey> {
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
    pub(super) fn resolve_definite_references(&mut self) {
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
            // "the security company Fjordex … the firm said": a name introduced by a noun for a
            // firm is a firm too.
            let introduced_as_firm = mention.rule == "org-noun+name"
                && mention.start_token > 0
                && LEXICON.word_in(Words::CompanyReferences, self.text, mention.start_token - 1);
            // "the Valley Liberation Front … the group said": an armed group is "the group",
            // whatever its name.
            if kind == ActorKind::ArmedGroup {
                for reference in LEXICON.entries(Words::ArmedGroupReferences) {
                    heads.push((mention.start_token, reference.clone(), mention.key.clone()));
                }
            }
            // An abbreviation or a one-word name ("NATO", "Hamas") has no common noun to refer by.
            if head.len() < 4 || name.split_whitespace().count() < 2 {
                if introduced_as_firm {
                    for reference in LEXICON.entries(Words::CompanyReferences) {
                        heads.push((mention.start_token, reference.clone(), mention.key.clone()));
                    }
                }
                continue;
            }
            // "Acme Holdings … the company said": a firm is also "the company" and "the firm".
            if introduced_as_firm || LEXICON.has(Words::CompanyNameEndings, &head) {
                for reference in LEXICON.entries(Words::CompanyReferences) {
                    heads.push((mention.start_token, reference.clone(), mention.key.clone()));
                }
            }
            // "Organisation for Maritime Safety … the organisation said": a name that opens with
            // its head ("Mission of …", "Office for …") is also referred to by that word.
            let mut words = name.split_whitespace();
            if let (Some(first), Some(connector)) = (words.next(), words.next())
                && ["of", "for"].contains(&connector)
                && first.len() >= 4
            {
                heads.push((mention.start_token, first.to_lowercase(), mention.key.clone()));
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
                    && !LEXICON.has(Words::VerbLike, self.word(index + 1))
                    && !self.word(index + 1).ends_with("ed")
                    && !LEXICON.has(Words::DefiniteReferenceFollowers, self.word(index + 1))
            });
            if next_is_of || next_is_noun {
                continue;
            }
            // "the group" is a vaguer word than "the ministry": it refers back only as the
            // subject of a speech verb ("the group said"), not in other roles.
            if LEXICON.word_in(Words::ArmedGroupReferences, self.text, index) && !self.speaks(index) {
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
    /// title, when no name follows. An unnamed newcomer with the title ("a spokesman said …")
    /// since that person is whom "the spokesman" then means, so it resolves to nobody.
    pub(super) fn resolve_title_references(&mut self, person_target: &[usize]) {
        let mut references: Vec<(usize, usize, String)> = Vec::new();
        // Where an unnamed holder of a title is introduced ("a spokesman"), by title.
        let mut newcomers: Vec<(usize, String)> = Vec::new();
        let count = self.text.tokens.len();
        let mut index = 1usize;
        while index < count {
            let definite = self.text.is_word_ci(index - 1, "the");
            let indefinite = self.text.is_word_ci(index - 1, "a") || self.text.is_word_ci(index - 1, "an");
            if !definite && !indefinite {
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
            if title_key.len() > 2 && !LEXICON.has(Words::VagueTitles, &title_key) {
                if definite {
                    references.push((index - 1, title_end, title_key));
                } else {
                    newcomers.push((index - 1, title_key));
                }
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
        let mut next_newcomer = 0usize;
        let mut resolved = Vec::new();
        for (start, end, title_key) in &references {
            loop {
                let mention = person_mentions.get(next_mention).filter(|m| m.0 < *start);
                let newcomer = newcomers.get(next_newcomer).filter(|n| n.0 < *start);
                match (mention, newcomer) {
                    (Some(&(mention_start, person)), newcomer)
                        if newcomer.is_none_or(|n| mention_start <= n.0) =>
                    {
                        for title in self.people.get(person).map(|p| p.titles.as_slice()).unwrap_or_default()
                        {
                            latest_with_title.insert(title.as_str(), person);
                        }
                        next_mention += 1;
                    }
                    (_, Some((_, newcomer_title))) => {
                        latest_with_title.remove(newcomer_title.as_str());
                        next_newcomer += 1;
                    }
                    _ => break,
                }
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
