//! Pass 2, references back: another name given after "known as", lone capitalised words that are
//! a word of one known person's name (or the first word of a firm's), titles ("the Prime
//! Minister") that refer to the person introduced with them, and definite references ("the
//! ministry") to their organisation.

use super::*;

/// How many words of its own may stand between "a" or "one" and an unnamed holder's title.
const UNNAMED_HOLDER_WORDS: usize = 2;

impl Finder<'_, '_> {
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

    /// "ABC spokesman Jo Bell said" after "the Electoral Board, known as ABC,": a one-word
    /// organisation named on its own is the actor the name was given to.
    pub(super) fn join_known_as_names(&mut self, known_as: &HashMap<String, ActorKey>) {
        if known_as.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            if let ActorKey::Named(lookup) = &mention.key
                && mention.end_token == mention.start_token + 1
                && let Some(key) = known_as.get(lookup)
            {
                mention.key = key.clone();
            }
        }
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
                .filter(|&&i| {
                    self.people[i].name_keys.last().is_some_and(|last| {
                        *last == key
                            || self.people[i].name_keys.len() >= 2
                                && super::merge::without_name_article(last) == Some(key.as_str())
                    })
                })
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
        // "a supplier, Vantrix, … A Vantrix spokesperson said": a one-word organisation the
        // article has named is that organisation wherever its word stands alone.
        let mut named_again = Vec::new();
        unresolved.retain(|&index| {
            let known = self
                .named_orgs
                .get(self.text.key(index))
                .is_some_and(|org| !org.name.contains(char::is_whitespace));
            if known {
                named_again.push(index);
            }
            !known
        });
        for index in named_again {
            let name = self.word(index).to_owned();
            self.push_named(index, index + 1, name, ActorKind::Organisation, "org-named-before");
        }
        // Lone names that speak, and whether the pronoun after them makes each a person.
        // "Detectives believe", "Survivors said": a capitalised noun for people who speak unnamed
        // opens a sentence; it names nobody.
        let mut speaking_names: HashMap<String, bool> = HashMap::new();
        for &index in &unresolved {
            // "the authority's Region South said": a compass word after a capitalised word ends
            // that name; alone, it names nobody.
            if is_compass_word(self.word(index)) {
                continue;
            }
            // "The President said", "the Taoiseach told reporters": a title standing alone is an
            // office (a reference to its holder, or none), never a body named by it.
            if LEXICON.title_at(self.text, index).is_some_and(|end| end == index + 1) {
                continue;
            }
            // "the agency's National Cyber Threat Assessment described …": the last word of a
            // document's title speaks for its author, and is no body.
            if LEXICON.word_in_any(&Words::DOCUMENT_NOUNS, self.text, index) {
                continue;
            }
            // "a spokesperson for Corvane said": the body a spokesperson speaks for speaks too.
            let spoken_for = index >= 2
                && self.text.is_word_ci(index - 1, "for")
                && LEXICON.word_in(Words::SpokespersonNouns, self.text, index - 2)
                && !speaking_names.contains_key(self.text.key(index));
            if spoken_for {
                speaking_names.insert(self.text.key(index).to_owned(), false);
                continue;
            }
            if self.named_after_inverted_verb(index) || self.aged_lone_name(index) {
                speaking_names.entry(self.text.key(index).to_owned()).or_insert(true);
                continue;
            }
            if let Some(verb) = self.speech_verb_after(index)
                && !self.is_object(index)
                && !LEXICON.word_in(Words::UnnamedSpeakers, self.text, index)
                && !self.plural_noun_speaks(index, verb)
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
        let firms = self.firms_by_first_word();
        for index in unresolved {
            let Some(&person) = speaking_names.get(self.text.key(index)) else { continue };
            let name = self.word(index).to_owned();
            if person {
                let person = self.add_person(index, index + 1, None);
                self.push(ActorKey::Person(person), index, index + 1, name, "subject-of-speech", false);
            } else if let Some(Some(firm)) = firms.get(name.as_str()).cloned() {
                // "Lumen Energy … Lumen said": a firm goes by its name without the last word.
                self.push(ActorKey::Named(firm), index, index + 1, name, "firm-short-name", false);
            } else {
                // "Georgian Dream said": a nationality adjective right before the word opens the
                // name (a party's, most often), not a state's mention.
                let start = if index > 0
                    && self.text.tokens[index - 1].capitalised
                    && self.text.adjacent_on_line(index - 1, index)
                    && LEXICON.has_form(self.text, index - 1, index, Form::Adjective)
                {
                    index - 1
                } else {
                    index
                };
                let name = self.surface(start, index + 1);
                self.push_named(start, index + 1, name, ActorKind::Organisation, "subject-of-speech");
            }
        }
    }

    /// The organisations named in two words whose last is an institution word of an organisation
    /// ("Lumen Energy", "Borealis Tankers"), in three between two such words ("Grupo Alvora SA"),
    /// or in more opened by a word that is neither common nor a state's ("Thalassa Bulk
    /// Carriers"), by their first word after any head: the organisation's lookup key,
    /// or `None` where two share the first word. Built once: the lone names resolved against it
    /// are single words, which never add such a name.
    fn firms_by_first_word(&self) -> HashMap<String, Option<String>> {
        let mut firms: HashMap<String, Option<String>> = HashMap::new();
        let is_head =
            |word: &str| LEXICON.org_head_key(&word.to_lowercase()) == Some(ActorKind::Organisation);
        // A common word or a state's name opens many names, not one firm's.
        let common_or_state = |word: &str| {
            let lower = word.to_lowercase();
            LEXICON.is_common_key(&lower) || LEXICON.lookup_country(&lower).is_some()
        };
        for (lookup, org) in &self.named_orgs {
            let mut words = org.name.split_whitespace();
            let (first, last) = match (words.next(), words.next(), words.next(), words.next()) {
                (Some(first), Some(last), None, _) => (first, last),
                // "Grupo Alvora SA": a head before the name and a legal form after it.
                (Some(head), Some(name), Some(last), None) if is_head(head) => (name, last),
                // "Thalassa Bulk Carriers": a longer name opened by a word of its own.
                (Some(first), Some(_), Some(third), _) => {
                    let last = org.name.split_whitespace().last().unwrap_or(third);
                    let all_capitalised =
                        org.name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
                    if !all_capitalised || common_or_state(first) {
                        continue;
                    }
                    (first, last)
                }
                _ => continue,
            };
            // "Vestholm Kliniken … Vestholm said": a first word that is no common word, state or
            // given name is the firm's own, whatever word ends the name.
            let lower = first.to_lowercase();
            let distinctive = !common_or_state(first)
                && !LEXICON.has(Words::MaleGivenNames, &lower)
                && !LEXICON.has(Words::FemaleGivenNames, &lower);
            if org.kind == ActorKind::Organisation && (is_head(last) || distinctive) {
                firms
                    .entry(first.to_owned())
                    .and_modify(|firm| *firm = None)
                    .or_insert_with(|| Some(lookup.clone()));
            }
        }
        firms
    }

    /// "the president", "the Prime Minister": the person most recently introduced with that
    /// title, when no name follows. An unnamed newcomer with the title ("a spokesman said …")
    /// since that person is whom "the spokesman" then means, so it resolves to nobody. Before
    /// anyone holds the title, the one person of the article who does (a lede's "the interior
    /// minister said" before "Interior Minister Jo Bell" is named).
    pub(super) fn resolve_title_references(&mut self, person_target: &[usize]) {
        let mut references: Vec<(usize, usize, String)> = Vec::new();
        // Where an unnamed holder of a title is introduced ("a spokesman"), by title.
        let mut newcomers: Vec<(usize, String)> = Vec::new();
        let count = self.text.tokens.len();
        let mut index = 1usize;
        while index < count {
            let definite = self.text.is_word_ci(index - 1, "the");
            let indefinite = !definite
                && (self.text.is_word_ci(index - 1, "a")
                    || self.text.is_word_ci(index - 1, "an")
                    || self.counting_determiner(index - 1));
            if !definite && !indefinite {
                index += 1;
                continue;
            }
            // "a senior party official", "one cabinet minister": an unnamed newcomer's title may
            // follow a word or two of its own.
            let lower = |i: usize| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            };
            let reach = if definite { 0 } else { UNNAMED_HOLDER_WORDS };
            let found = LEXICON.title_at(self.text, index).map(|end| (index, end)).or_else(|| {
                (index + 1..=index + reach)
                    .take_while(|&i| lower(i - 1))
                    .find_map(|i| LEXICON.title_at(self.text, i).map(|end| (i, end)))
            });
            let Some((title_start, title_end)) = found else {
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
            let title_key = self.base_title_key(title_start, title_end);
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
        // Titles an unnamed holder has been introduced with so far.
        let mut unnamed_holders: HashSet<&str> = HashSet::new();
        let mut next_mention = 0usize;
        let mut next_newcomer = 0usize;
        let mut resolved = Vec::new();
        // "The interior minister said a 'terrible attack' was foiled." in a lede, before
        // "Interior Minister Jo Bell told reporters": a definite title that nobody before it
        // holds is the one person of the article who does, if just one does.
        let mut sole_holder: HashMap<&str, Option<usize>> = HashMap::new();
        let mut seen = HashSet::new();
        for &(_, person) in &person_mentions {
            if !seen.insert(person) {
                continue;
            }
            for title in self.people.get(person).map(|p| p.titles.as_slice()).unwrap_or_default() {
                sole_holder.entry(title.as_str()).and_modify(|holder| *holder = None).or_insert(Some(person));
            }
        }
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
                        unnamed_holders.insert(newcomer_title.as_str());
                        next_newcomer += 1;
                    }
                    _ => break,
                }
            }
            if let Some(&person) = latest_with_title.get(title_key.as_str()) {
                resolved.push((*start, *end, person));
            } else if !unnamed_holders.contains(title_key.as_str())
                && let Some(&Some(person)) = sole_holder.get(title_key.as_str())
            {
                resolved.push((*start, *end, person));
            }
        }
        for (start, end, person) in resolved {
            let surface = self.surface(start, end);
            self.push(ActorKey::Person(person), start, end, surface, "title-reference", false);
        }
    }

    /// Whether token `index` is "one" or "another", which introduce an unnamed holder of a
    /// title ("one cabinet minister") like "a"; the token's length is tested first.
    fn counting_determiner(&self, index: usize) -> bool {
        let Some(token) = self.text.tokens.get(index) else { return false };
        match token.end_byte() - token.start_byte() {
            3 => self.text.is_word_ci(index, "one"),
            7 => self.text.is_word_ci(index, "another"),
            _ => false,
        }
    }

    /// "the command said", "the ministry added": a definite noun that is the last word of an
    /// organisation named earlier ("U.S. Central Command", "Iranian Foreign Ministry") refers back
    /// to the latest such organisation. States and people are left alone: "the country" and "the
    /// leader" are too vague to resolve by their words.
    pub(super) fn resolve_definite_references(&mut self) {
        // Organisation mentions in order, each with the lower-case last word of its actor's name.
        let mut heads: Vec<(usize, String, ActorKey)> = Vec::new();
        // Nouns that refer back only as the subject of a speech verb.
        let mut speaking_only: HashSet<String> = HashSet::new();
        // "the security company Fjordex … the firm said": a name introduced by a noun for a firm
        // is a firm too. "the video platform Streamly … the company said": so is one introduced by
        // a noun for a kind of business.
        let introduced_as_firm = |mention: &RawMention| {
            mention.rule == "org-noun+name"
                && mention.start_token > 0
                && (LEXICON.word_in(Words::CompanyReferences, self.text, mention.start_token - 1)
                    || LEXICON.word_in(Words::FirmNouns, self.text, mention.start_token - 1))
                || self.described_as_firm(mention.end_token)
        };
        // "grid operator Fingrid … Fingrid said … the company added": a firm named again by its
        // name is the latest company named, as much as where it was introduced.
        let firms: HashSet<ActorKey> = self
            .mentions
            .iter()
            .filter(|m| !m.rule.is_empty() && introduced_as_firm(m))
            .map(|m| m.key.clone())
            .collect();
        for mention in self.mentions.iter().filter(|m| !m.rule.is_empty()) {
            let Some((name, kind)) = self.org_name_and_kind(&mention.key) else { continue };
            if matches!(kind, ActorKind::Person | ActorKind::State) {
                continue;
            }
            let Some(last) = name.split_whitespace().last() else { continue };
            let head = last.to_lowercase();
            let introduced_as_firm = firms.contains(&mention.key);
            // "the Valley Liberation Front … the group said": an armed group is "the group",
            // whatever its name.
            // "a cell calling itself Ashveil … the cell said": a name introduced by a noun is
            // that noun when it speaks, and "the group" too when the noun is one for a band.
            // Only the rule for names after their noun reads such names.
            let introduced_by = (mention.rule == "org-noun+name")
                .then(|| self.introducing_noun(mention.start_token))
                .flatten()
                .map(|noun| self.text.key(noun));
            // "a group calling itself Black Pine", "the rights group Fair Vote": a name a group
            // noun introduced is "the group" as well.
            let band = introduced_by.is_some_and(|noun| {
                LEXICON.has(Words::GroupNouns, noun) || LEXICON.has(Words::ArmedGroupReferences, noun)
            });
            if kind == ActorKind::ArmedGroup || band {
                for reference in LEXICON.entries(Words::ArmedGroupReferences) {
                    heads.push((mention.start_token, reference.clone(), mention.key.clone()));
                }
            }
            // "the ruling Harbour Dream party … the party has called": a name the noun describes
            // right after it is that noun too.
            let described_by = introduced_by.or_else(|| self.describing_noun(mention.end_token));
            if let Some(noun) = described_by.filter(|&noun| !LEXICON.has(Words::ArmedGroupReferences, noun)) {
                heads.push((mention.start_token, noun.to_owned(), mention.key.clone()));
                speaking_only.insert(noun.to_owned());
            }
            // "the Cártel del Valle Negro … the cartel said": a head that opens a name in another
            // language is its English word too, written without accents.
            let first_word =
                mention.start_token + usize::from(self.text.is_word_ci(mention.start_token, "the"));
            if LEXICON.word_in(Words::OpeningHeads, self.text, first_word) {
                let plain = without_accents(self.text.key(first_word));
                if LEXICON.has(Words::GroupNouns, &plain) {
                    speaking_only.insert(plain.clone());
                    heads.push((mention.start_token, plain, mention.key.clone()));
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
        let mut found: Vec<(usize, usize, ActorKey)> = Vec::new();
        // Where each mention starts and ends, in order, for the bodies no actor covers (sorted
        // only when such a body is first met).
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut covered = |index: usize| {
            if spans.is_empty() {
                spans = self.mentions.iter().map(|m| (m.start_token, m.end_token)).collect();
                spans.sort_unstable();
            }
            let after = spans.partition_point(|&(start, _)| start <= index);
            spans[..after].iter().rev().take(4).any(|&(_, end)| end > index)
        };
        for index in 1..self.text.tokens.len() {
            let token = self.text.tokens[index];
            if token.kind != TokenKind::Word || token.capitalised {
                continue;
            }
            while let Some((start, head, key)) = heads.get(next_head) {
                if *start >= index {
                    break;
                }
                latest.insert(head.as_str(), key);
                next_head += 1;
            }
            // "Japan's Ministry of Economy … In Seoul, the foreign ministry said … the ministry
            // said": a body no actor covers, named by the same noun with a portfolio that the
            // latest one's name lacks, comes between; "the ministry" after it may be either, so
            // the earlier body is no longer the one it names.
            if index >= 2
                && self.text.key(index - 2) == "the"
                && LEXICON.word_in(Words::PortfolioWords, self.text, index - 1)
                && let Some(key) = latest.get(self.text.key(index))
                && !self.name_has_word(key, self.text.key(index - 1))
                && !covered(index)
            {
                latest.remove(self.text.key(index));
            }
            // "the Geneva-based agency": where the body sits stands between the article and the
            // noun and says nothing of which body it is.
            let based = index >= 2
                && self.text.tokens[index - 1].capitalised
                && self.text.key(index - 1).ends_with("-based")
                && self.text.is_word_ci(index - 2, "the");
            let article = if self.text.is_word_ci(index - 1, "the") {
                index - 1
            } else if based {
                index - 2
            } else {
                continue;
            };
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
            let vague = LEXICON.word_in(Words::ArmedGroupReferences, self.text, index)
                || speaking_only.contains(self.text.key(index));
            if vague
                && !self.speaks_after_lead_ins(index)
                && !self.speaks_after_aside(index)
                && !self.owns_a_voice(index)
            {
                continue;
            }
            if let Some(key) = latest.get(self.text.key(index)) {
                found.push((article, index + 1, (*key).clone()));
            }
        }
        for (start, end, key) in found {
            let surface = self.surface(start, end);
            self.push(key, start, end, surface, "definite-reference", false);
        }
    }

    /// The name and kind of the gazetteer entity or named organisation `key`; `None` for a person.
    fn org_name_and_kind(&self, key: &ActorKey) -> Option<(&str, ActorKind)> {
        match key {
            ActorKey::Entity(entity) => Some((LEXICON.entity_name(*entity), LEXICON.entity_kind(*entity))),
            ActorKey::Named(lookup) => self.named_orgs.get(lookup).map(|org| (org.name.as_str(), org.kind)),
            ActorKey::Person(_) => None,
        }
    }

    /// Whether the name of the organisation `key` has `word` (lower case) among its words.
    fn name_has_word(&self, key: &ActorKey, word: &str) -> bool {
        self.org_name_and_kind(key).is_some_and(|(name, _)| {
            name.split_whitespace()
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(word))
        })
    }

    /// Whether the name ending at `end` is described as a business by the appositive after it:
    /// a comma, an article and, within a few words, a noun for a firm ("QatarEnergy, the
    /// state-owned producer, …", "Skyvik, a regional airline,").
    fn described_as_firm(&self, end: usize) -> bool {
        /// How many words the appositive's noun may stand after its article.
        const FIRM_NOUN_WORDS: usize = 3;
        self.text.is_punct(end, ',')
            && ["a", "an", "the"].iter().any(|w| self.text.is_word_ci(end + 1, w))
            && (end + 2..end + 2 + FIRM_NOUN_WORDS)
                .take_while(|&i| self.text.is_word(i) && !self.text.tokens[i].capitalised)
                .any(|i| {
                    LEXICON.word_in(Words::FirmNouns, self.text, i)
                        || LEXICON.word_in(Words::CompanyReferences, self.text, i)
                })
    }

    /// The lower-case organisation noun right after a name that ends at `end`, on its line ("the
    /// ruling Harbour Dream party", "the Vell Relief charity"), as its lookup key.
    fn describing_noun(&self, end: usize) -> Option<&str> {
        (self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && self.text.adjacent_on_line(end - 1, end)
            && LEXICON.word_in(Words::OrgNouns, self.text, end))
        .then(|| self.text.key(end))
    }

    /// The lower-case organisation noun that introduced the name starting at `start`: right
    /// before it ("the charity Acme Aid"), before "calling itself", "known as" or "called" ("a
    /// cell calling itself the Red Dawn"), or before a comma ("its party, Acme Union,").
    fn introducing_noun(&self, start: usize) -> Option<usize> {
        let start = self.text.with_article(start);
        let noun_at = |i: usize| {
            (LEXICON.word_in(Words::OrgNouns, self.text, i) && !self.text.tokens[i].capitalised).then_some(i)
        };
        let before = |n: usize| start.checked_sub(n);
        if let Some(i) = before(1) {
            if self.text.is_punct(i, ',') || LEXICON.word_in(Words::NamingVerbs, self.text, i) {
                return before(2).and_then(noun_at);
            }
            if let Some(noun) = noun_at(i) {
                return Some(noun);
            }
        }
        let given = before(1).is_some_and(|i| {
            self.text.is_word_ci(i, "itself")
                || self.text.is_word_ci(i, "as") && self.text.is_word_ci(i - 1, "known")
        });
        if given { before(3).and_then(noun_at) } else { None }
    }

    /// "the group's military spokesman said": a possessive, at most two lower-case words and a
    /// spokesperson's noun after the noun at `index`: the voice is the group's, as its own words
    /// would be.
    fn owns_a_voice(&self, index: usize) -> bool {
        /// How many lower-case words may describe the spokesperson ("chief military").
        const VOICE_MODIFIERS: usize = 2;
        if !self.text.tokens.get(index + 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return false;
        }
        (index + 2..=index + 2 + VOICE_MODIFIERS)
            .take_while(|&i| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            })
            .any(|i| LEXICON.word_in(Words::SpokespersonNouns, self.text, i))
    }

    /// "the party said", "the party has previously called": a speech verb right after the noun
    /// at `index` or after at most two words of [`Words::VerbLeadIns`].
    fn speaks_after_lead_ins(&self, index: usize) -> bool {
        /// How many lead-in words may stand between the noun and its verb.
        const LEAD_INS: usize = 2;
        let mut at = index;
        for _ in 0..LEAD_INS {
            if self.speaks(at) {
                return true;
            }
            if !(LEXICON.word_in(Words::VerbLeadIns, self.text, at + 1)
                && self.text.adjacent_on_line(at, at + 1))
            {
                return false;
            }
            at += 1;
        }
        self.speaks(at)
    }

    /// "The cell, in a video posted online, said": a definite noun, then an aside between commas,
    /// then a speech verb.
    fn speaks_after_aside(&self, index: usize) -> bool {
        if !self.text.is_punct(index + 1, ',') {
            return false;
        }
        let sentence_end = self.text.sentence_of(index).end;
        let limit = sentence_end.min(index + 14);
        (index + 2..limit).find(|&i| self.text.is_punct(i, ',')).is_some_and(|comma| {
            LEXICON.word_in(Words::ObjectPrepositions, self.text, index + 2)
                && (self.speaks(comma) || self.text.is_word(comma + 1) && self.speaks(comma + 1))
        })
    }
}

/// A word with the acute and grave accents of Spanish, Portuguese and French taken off ("cártel"
/// gives "cartel").
fn without_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'í' | 'ì' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' => 'u',
            other => other,
        })
        .collect()
}
