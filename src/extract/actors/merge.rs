//! Pass 2, merging: a shorter name joins the longer one it ends or starts ("Straw" → "Jack Straw"),
//! an inverted institution name joins its first form ("the Department of State" and "the State
//! Department"), and a state's army named in common words ("the Ruritanian army") joins the armed
//! force the article names properly for that state.

use super::*;

impl Finder<'_, '_> {
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
                // "Nawaf al-Shahrani" contains "Shahrani": a surname without its article.
                || long.len() >= 2
                    && short.len() == 1
                    && long.last().and_then(|last| without_name_article(last)) == Some(short[0].as_str())
                // "Carolina Mejía Duque … Ms Mejía": in a name of three words or more, the word
                // before the last may be the first of two surnames, used alone.
                || long.len() >= 3 && short.len() == 1 && long[long.len() - 2] == short[0]
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

    /// People by the first and by the last word of their name, and by the word before the last
    /// in a name of three words or more.
    pub(super) fn people_by_edge_word(&self) -> HashMap<&str, Vec<usize>> {
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for (person, data) in self.people.iter().enumerate() {
            // "Hernan Ochoa Bustamante … Ochoa said": in a name of three words or more, the word
            // before the last may be the surname used alone (a first of two surnames).
            let first_surname =
                data.name_keys.len().checked_sub(2).filter(|&i| i >= 1).and_then(|i| data.name_keys.get(i));
            // "Hamoud al-Qaysi … Qaysi said": a surname also stands without its article.
            let bare_surname = data
                .name_keys
                .last()
                .filter(|_| data.name_keys.len() >= 2)
                .and_then(|last| without_name_article(last));
            for word in [data.name_keys.first().map(String::as_str), first_surname.map(String::as_str)]
                .into_iter()
                .chain([data.name_keys.last().map(String::as_str), bare_surname])
                .flatten()
            {
                let people = index.entry(word).or_default();
                if people.last() != Some(&person) {
                    people.push(person);
                }
            }
        }
        index
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

    /// "- Halvard Security ties the group to …" in a list of key points, then "Halvard Security,
    /// an Oslo firm,": a "person" whose whole name is an organisation's named in the article is
    /// that organisation. `person_target` maps each person to the one it merged into.
    pub(super) fn merge_people_named_as_orgs(&mut self, person_target: &[usize]) {
        if self.named_orgs.is_empty() {
            return;
        }
        let mut lookup = String::new();
        let mut org_of_person: HashMap<usize, String> = HashMap::new();
        for (index, person) in self.people.iter().enumerate() {
            lookup.clear();
            for key in &person.name_keys {
                push_key_part(&mut lookup, key);
            }
            if self.named_orgs.get(&lookup).is_some_and(|org| org.kind != ActorKind::Person) {
                org_of_person.insert(person_target.get(index).copied().unwrap_or(index), lookup.clone());
            }
        }
        if org_of_person.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            if let ActorKey::Person(person) = mention.key
                && let Some(org) = org_of_person.get(&person_target.get(person).copied().unwrap_or(person))
            {
                mention.key = ActorKey::Named(org.clone());
            }
        }
    }

    /// The organisations whose name the rules for nationalities read ("the Finnish Border Guard",
    /// "Japan's National Police Agency"), by lookup key.
    fn national_org_names(&self) -> HashSet<&str> {
        self.mentions
            .iter()
            .filter(|m| m.rule == "demonym+org" || m.rule == "state+org")
            .filter_map(|m| match &m.key {
                ActorKey::Named(lookup) => Some(lookup.as_str()),
                _ => None,
            })
            .collect()
    }

    /// "the Finnish Border Guard … a Border Guard officer": an organisation named with a
    /// nationality adjective (or its state's name) first is the same body when its name is met
    /// without it; the shorter form joins it, when only one such longer name ends so.
    pub(super) fn merge_national_names(&mut self) {
        let mut longer_of: HashMap<String, Option<String>> = HashMap::new();
        let national = self.national_org_names();
        for lookup in national {
            let Some(org) = self.named_orgs.get(lookup) else { continue };
            let Some((first, rest)) = org.name.split_once(' ') else { continue };
            if rest.split_whitespace().count() < 2 || LEXICON.lookup_country(first).is_none() {
                continue;
            }
            let mut short = String::new();
            for word in rest.split_whitespace() {
                push_key_part(&mut short, word);
            }
            note_longer(&mut longer_of, short, lookup);
        }
        if longer_of.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            if let ActorKey::Named(lookup) = &mention.key
                && let Some(Some(longer)) = longer_of.get(lookup)
                && self.named_orgs.contains_key(lookup)
            {
                mention.key = ActorKey::Named(longer.clone());
            }
        }
    }

    /// "the Vell Front Group … Vell Front", "the Katiba Tolo-Varen Group … Katiba Tolo", "Hanseport
    /// Logistics AG … Hanseport Logistics", "the Korea Coast Guard … the Coast Guard": a name that
    /// is a longer organisation's without its last word "Group" or a legal form
    /// ([`Words::LegalFormSuffixes`]), without what follows a hyphen inside it, or without its
    /// first words (two capitalised words or more left, which the gazetteer does not know), is the
    /// same body. A shorter name the article gives joins the longer one (when only one longer name
    /// shortens so); a longer one joins the body the gazetteer knows by the shorter name.
    pub(super) fn merge_group_short_names(&mut self) {
        let mut longer_of: HashMap<String, Option<String>> = HashMap::new();
        let mut known_as: HashMap<String, Entity> = HashMap::new();
        let national_names = self.national_org_names();
        for (lookup, org) in &self.named_orgs {
            let words: Vec<&str> = org.name.split_whitespace().collect();
            let mut shorts: Vec<Vec<&str>> = Vec::new();
            // "Hanseport Logistics AG … Hanseport Logistics": a firm's legal form may be left out.
            let legal_form = words.last().is_some_and(|last| {
                LEXICON.has(Words::LegalFormSuffixes, &last.trim_end_matches('.').to_lowercase())
            });
            if words.len() >= 3 && (words.last() == Some(&"Group") || legal_form) {
                shorts.push(words[..words.len() - 1].to_vec());
            }
            if let Some(at) = words.iter().position(|w| w.contains('-')).filter(|&at| at >= 1)
                && let Some((first, _)) = words[at].split_once('-')
                && !first.is_empty()
            {
                let mut short = words[..at].to_vec();
                short.push(first);
                shorts.push(short);
            }
            // "the Korea Coast Guard … the Coast Guard said": the last two words or more of a
            // longer name, capitalised, name the same body when only it ends so.
            if words.len() >= 3 {
                for from in 1..=words.len() - 2 {
                    let tail = &words[from..];
                    let mut key = String::new();
                    for word in tail {
                        push_key_part(&mut key, word);
                    }
                    // The short name as the article writes it is capitalised too ("the Chilean
                    // army" is the state's, not the Free Chilean Army's).
                    let capitalised = self.named_orgs.get(&key).is_some_and(|short| {
                        short
                            .name
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    });
                    // "the Korean National Police Agency … Japan's National Police Agency": a
                    // short name the article gives a state's word of its own, or a state's word
                    // dropped, leaves a body every state may have (`merge_national_names` reads
                    // those).
                    let national = national_names.contains(key.as_str())
                        || words[..from].iter().any(|w| LEXICON.lookup_country(w).is_some());
                    if capitalised && !national && LEXICON.lookup(&tail.join(" ")).is_none() {
                        shorts.push(tail.to_vec());
                    }
                }
            }
            for short in shorts {
                let phrase = short.join(" ");
                if let Some(entity) = LEXICON.lookup(&phrase) {
                    known_as.insert(lookup.clone(), entity);
                    continue;
                }
                let mut key = String::new();
                for word in &short {
                    push_key_part(&mut key, word);
                }
                note_longer(&mut longer_of, key, lookup);
            }
        }
        if longer_of.is_empty() && known_as.is_empty() {
            return;
        }
        // "Army blames Katiba Tolo" in a headline read the short name as a person's.
        let people: Vec<String> = self.people.iter().map(|p| p.name_keys.join(" ")).collect();
        for mention in &mut self.mentions {
            match &mention.key {
                ActorKey::Named(lookup) => {
                    if let Some(&entity) = known_as.get(lookup) {
                        mention.key = ActorKey::Entity(entity);
                    } else if let Some(Some(longer)) = longer_of.get(lookup)
                        && self.named_orgs.contains_key(lookup)
                    {
                        mention.key = ActorKey::Named(longer.clone());
                    }
                }
                ActorKey::Person(person) => {
                    if let Some(Some(longer)) = people.get(*person).and_then(|key| longer_of.get(key)) {
                        mention.key = ActorKey::Named(longer.clone());
                    }
                }
                ActorKey::Entity(_) => {}
            }
        }
    }
}

/// Notes that the short name `short` is the organisation `lookup`'s; when two organisations
/// shorten to it, it is nobody's (`None`), for a short name must name one body.
fn note_longer(longer_of: &mut HashMap<String, Option<String>>, short: String, lookup: &str) {
    longer_of
        .entry(short)
        .and_modify(|found| {
            if found.as_deref() != Some(lookup) {
                *found = None;
            }
        })
        .or_insert_with(|| Some(lookup.to_owned()));
}

/// A surname's key without the article joined to it by a hyphen that the surname drops when it
/// stands alone ([`Words::DroppedNameArticles`]): "al-qaysi" → "qaysi".
pub(super) fn without_name_article(key: &str) -> Option<&str> {
    let (article, rest) = key.split_once('-')?;
    (LEXICON.has(Words::DroppedNameArticles, article) && !rest.is_empty()).then_some(rest)
}
