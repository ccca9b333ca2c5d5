//! Pass 2, resolution: surnames and shorter forms join the full name, bare words and titles
//! refer back to their person, definite references ("the ministry") to their organisation, and
//! the public table is built with one actor per real-world entity.
//!
//! This file runs the steps in order and groups the mentions into the [`ActorTable`], leaving out
//! states named only as possessors and outlets named only as addressees; the steps live beside it:
//! `merge.rs` (people and names that are one actor), `references.rs` (words and titles that refer
//! back), `speech.rs` (who speaks) and `surnames.rs`.

use super::*;

impl Finder<'_, '_> {
    /// "The Doe family said": a surname before a noun for a family names the family, not the
    /// person of that name; such mentions are dropped.
    fn drop_family_mentions(&mut self) {
        let text = self.text;
        self.mentions.retain(|m| {
            !matches!(m.key, ActorKey::Person(_)) || !LEXICON.word_in(Words::FamilyNouns, text, m.end_token)
        });
    }

    /// Pass 2: merges people, resolves surnames and titles, builds the public table.
    pub(super) fn resolve(mut self) -> ActorTable {
        let person_target = self.merge_people();
        let known_as = self.resolve_known_as();
        self.resolve_bare_words(&person_target, &known_as);
        self.resolve_speaking_acronyms();
        self.join_known_as_names(&known_as);
        self.resolve_common_word_surnames(&person_target);
        self.resolve_title_references(&person_target);
        self.resolve_definite_references();
        self.mark_possessor_states();
        self.merge_inverted_names();
        self.mark_addressed_outlets();
        self.mark_venue_courts();
        self.merge_national_forces();
        self.merge_national_names();
        self.merge_group_short_names();
        self.merge_people_named_as_orgs(&person_target);
        self.drop_family_mentions();

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
            let inside_body =
                |m: &RawMention| m.rule == STATE_OF_BODY || m.rule == STATE_OF_BODY_BY_ADJECTIVE;
            let named_elsewhere = group.iter().any(|m| !m.rule.is_empty() && !inside_body(m));
            let counted: Vec<&RawMention> = group
                .iter()
                .filter(|m| !m.rule.is_empty() && (named_elsewhere || m.rule != STATE_OF_BODY_BY_ADJECTIVE))
                .collect();
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
                    // "in Lamu West", "parts of Lamu West": a name of two words or more that ends
                    // in a compass word and opens with no given name, with no title ever before
                    // it, named in full only after a preposition of place or "of", is a place's
                    // (its short form, "raid Lamu", is read with it).
                    Some(person)
                        if person.titles.is_empty()
                            && compass_place(&person.name)
                            && counted
                                .iter()
                                .filter(|m| m.end_token > m.start_token + 1)
                                .all(|m| self.after_place_preposition(m.start_token)) =>
                    {
                        continue;
                    }
                    Some(person) => (person.name.clone(), ActorKind::Person),
                    None => continue,
                },
            };
            // "the UN refugee agency", "UN investigators", "a United Nations group of experts": an
            // international organisation only ever named before a noun for one of its bodies or
            // people is that body's modifier; the body, not the organisation, takes part.
            if kind == ActorKind::InternationalOrg && counted.iter().all(|m| self.names_a_body_of_it(m)) {
                continue;
            }
            // "Ostland foreign ministry spokeswoman Ana Vell", "Kessa's defence ministry spokesman,
            // Tom Orm, said": a body only ever named in the title of a spokesperson the text names
            // is that person's affiliation; the person, not the body, takes part. It stays in the
            // table, so that the quotes read the title as before, and is left out of the
            // suggestions unless a quote or a threat names it (`extract::suggest`).
            let affiliation_only = kind == ActorKind::Organisation
                && counted.iter().all(|m| self.titles_a_named_spokesperson(m));
            // "a lorry driver who had served in the Polish army", "the British military's Maritime
            // Trade Operations said": a state's force named once by its adjective or possessive,
            // only as a setting or as the owner of a unit that acts, takes no part itself.
            if kind == ActorKind::ArmedForces
                && let [only] = counted[..]
                && only.rule == "demonym+institution"
                && (self.set_after_preposition(only) || self.owns_a_named_unit(only))
            {
                continue;
            }
            // "a political scientist at the University of Kell", "a former Royal Navy officer": a
            // place of learning only ever named as where someone works, or a body only ever named
            // as where someone served, is an affiliation, not an actor.
            let academic =
                name.split_whitespace().any(|w| LEXICON.has(Words::AcademicHeads, &w.to_lowercase()));
            if !matches!(key, ActorKey::Person(_))
                && counted.iter().all(|m| academic && self.works_at(m) || self.served_in(m))
            {
                continue;
            }
            // "a visit to the army's Northern Command", "the agency's Board of Governors meeting": a
            // unit named once as part of a body the text names by a common noun is that body's
            // part, not an actor of its own; when it speaks ("the army's Northern Command said"),
            // it is one.
            if let [only] = counted[..]
                && only.rule == "org-head"
                && self.part_of_a_body(only)
            {
                continue;
            }
            // "its 'Deep Blue' programme", "the slogan 'Discover Kessa'": a name only ever set alone
            // between quotation marks is a label or a title, nobody who acts.
            if !matches!(key, ActorKey::Entity(_)) && counted.iter().all(|m| self.quoted_alone(m)) {
                continue;
            }
            // "the town of Ashford": a name the text calls a place is no person or organisation.
            // ("Islamic State Lakes Province" is a group's branch, whatever its last word.)
            let branch = counted.iter().any(|m| m.rule == "org-branch");
            // "the Kell Rally party … the Kell Rally district office": a name an organisation's
            // noun or head once named is that organisation's, whatever noun follows it elsewhere.
            let named_as_org = counted.iter().any(|m| m.rule == "org-noun+name" || m.rule == "org-head");
            if !matches!(key, ActorKey::Entity(_))
                && !branch
                && !named_as_org
                && places.contains(&crate::model::actor::name_key(&name))
            {
                continue;
            }
            // "an F-22 Raptor", "two Su-35 Flanker jets": an aircraft's or a weapon's model.
            // "MR. SPOKESPERSON:": an honorific alone names nobody.
            let honorific = LEXICON.has(Words::Honorifics, &name.trim_end_matches('.').to_lowercase());
            if !matches!(key, ActorKey::Entity(_)) && (is_model_name(&name) || honorific) {
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
                public_mentions.push(ByteRange::between(first.start_byte(), last.end_byte()));
                if inside_body(mention) {
                    continue;
                }
                table.mentions.push(MentionRecord {
                    start_token: mention.start_token,
                    end_token: mention.end_token,
                    start_byte: first.start_byte(),
                    end_byte: last.end_byte(),
                    actor: actor_index,
                });
            }
            public_mentions.dedup();
            let rule = counted.first().map_or("", |m| m.rule);
            table.actors.push(ActorDraft {
                name,
                kind,
                aliases,
                mentions: public_mentions,
                rule,
                affiliation_only,
            });
        }
        table.mentions.sort_by_key(|m| (m.start_token, m.end_token));
        table.mentions.dedup_by_key(|m| (m.start_token, m.end_token));
        table
    }

    /// Whether the word before `start` is a preposition of place or "of" ("in Lamu West", "parts
    /// of Lamu West", "through Vorra State").
    fn after_place_preposition(&self, start: usize) -> bool {
        start.checked_sub(1).is_some_and(|before| {
            LEXICON.word_in(Words::LocativePrepositions, self.text, before)
                || ["of", "through", "from"].iter().any(|w| self.text.is_word_ci(before, w))
        })
    }

    /// "a source told Reuters": a news outlet named as whom words were addressed to does not act
    /// there; an outlet named only so is no actor.
    pub(super) fn mark_addressed_outlets(&mut self) {
        for mention in &mut self.mentions {
            // An outlet the gazetteer knows, or one named so ("told the Vell Daily News").
            let media = match &mention.key {
                ActorKey::Entity(entity) => LEXICON.entity_kind(*entity) == ActorKind::Media,
                ActorKey::Named(lookup) => {
                    self.named_orgs.get(lookup).is_some_and(|org| org.kind == ActorKind::Media)
                }
                ActorKey::Person(_) => false,
            };
            if !media {
                continue;
            }
            let mut before = mention.start_token;
            if before > 0 && self.text.is_word_ci(before - 1, "the") {
                before -= 1;
            }
            // "confirmed to Recorded Future News", "said to the Ledger": a speech verb and "to".
            let verb_and_to = before > 1
                && self.text.is_word_ci(before - 1, "to")
                && LEXICON.is_speech_verb(self.text.key(before - 2));
            if verb_and_to
                || before > 0 && LEXICON.word_in(Words::AddresseeVerbs, self.text, before - 1)
                || reporting_outlet(self.text, before, mention.end_token)
            {
                mention.locative = true;
            }
        }
    }

    /// "pleaded guilty in U.S. District Court in Portland", "appeared before the Kell Regional
    /// Court": a court named after a preposition of place or "before" is where a case is heard,
    /// not an actor; such a mention counts like a place's, so a court named only so is no actor.
    /// "The Revolutionary Court sentenced him" keeps its court.
    ///
    /// "convicted at Leeds Crown Court … Experts told the court that …": the court named again by
    /// its noun as the one told, or after a preposition, is still the place of the hearing.
    pub(super) fn mark_venue_courts(&mut self) {
        let mut venues: HashSet<String> = HashSet::new();
        for mention in &mut self.mentions {
            let ActorKey::Named(lookup) = &mention.key else { continue };
            let court = self.named_orgs.get(lookup).is_some_and(|org| {
                org.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| LEXICON.has(Words::CourtNouns, &last.to_lowercase()))
            });
            if !court || mention.rule == "definite-reference" {
                continue;
            }
            let before = self.text.with_article(mention.start_token);
            if before.checked_sub(1).is_some_and(|i| {
                LEXICON.word_in(Words::LocativePrepositions, self.text, i)
                    || self.text.is_word_ci(i, "before")
            }) {
                mention.locative = true;
                venues.insert(lookup.clone());
            }
        }
        if venues.is_empty() {
            return;
        }
        for mention in &mut self.mentions {
            let ActorKey::Named(lookup) = &mention.key else { continue };
            if mention.rule != "definite-reference" || !venues.contains(lookup) {
                continue;
            }
            let told_or_placed = mention.start_token.checked_sub(1).is_some_and(|i| {
                LEXICON.word_in(Words::AddresseeVerbs, self.text, i)
                    || LEXICON.word_in(Words::LocativePrepositions, self.text, i)
                    || ["to", "before"].iter().any(|w| self.text.is_word_ci(i, w))
            });
            if told_or_placed {
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
            if kind_of(&m.key).is_some_and(|k| k == ActorKind::ArmedGroup) {
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
}

/// Whether a person's `name` reads as a place's: two words or more, the last a compass word
/// ("Lamu West", "Kell Central"), the first no given name ("Alan West" stays a person).
fn compass_place(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words.last().is_some_and(|last| is_compass_word(last))
        && !words.first().is_some_and(|first| {
            let key = first.to_lowercase();
            LEXICON.has(Words::MaleGivenNames, &key) || LEXICON.has(Words::FemaleGivenNames, &key)
        })
}

/// Whether `name` is a model's: a designation of one to three letters, a hyphen and two digits or
/// more ("F-22", "Su-35", "MiG-29", "Tu-95MS") and the model's nickname after it ("F-22 Raptor").
/// A designation alone ("G-20") is left to the other rules.
fn is_model_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else { return false };
    let Some((letters, number)) = first.split_once('-') else { return false };
    let digits = number.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&letters.chars().count())
        && letters.chars().next().is_some_and(char::is_uppercase)
        && letters.chars().all(char::is_alphabetic)
        && digits >= 2
        && number.chars().skip(digits).all(|c| c.is_ascii_alphabetic())
}

impl Finder<'_, '_> {
    /// Whether `mention` stands alone between quotation marks (a comma or a full stop may close it
    /// inside them): `"Deep Blue"`, `“Discover Kessa,”`. Not a name someone goes by
    /// ([`Words::GoingByWords`]: "a group calling itself the “Kell Cyber Army”", "goes by the name
    /// “General Mamba”", "known by the alias 'El Rojo'", "known as 'the Engineer'").
    /// Whether `mention` modifies a lower-case noun for a body or people of its own right after
    /// it ([`Words::AttributiveBodyNouns`]: "the UN refugee agency", "UN investigators").
    /// Also as the possessor of such a noun, with at most one word between ("the UN's aviation
    /// agency", "Europol, the European Union's police agency").
    fn names_a_body_of_it(&self, mention: &RawMention) -> bool {
        let body = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && LEXICON.word_in(Words::AttributiveBodyNouns, self.text, i)
        };
        let next = mention.end_token;
        if self.text.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Possessive) {
            let plain = |i: usize| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            };
            return body(next + 1) || plain(next + 1) && body(next + 2);
        }
        body(next)
    }

    /// Whether the mention follows the possessive of a lower-case noun ("the army's Northern
    /// Command") and no speech verb follows it.
    fn part_of_a_body(&self, mention: &RawMention) -> bool {
        let owner =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let possessive = mention.start_token.checked_sub(1);
        let speaks = LEXICON.is_speech_verb(self.text.key(mention.end_token));
        possessive.is_some_and(|i| self.text.tokens[i].kind == TokenKind::Possessive && i > 0 && owner(i - 1))
            && !speaks
    }

    /// Whether "at", "of" or "from" stands right before the mention (or its "the").
    fn works_at(&self, mention: &RawMention) -> bool {
        self.text
            .with_article(mention.start_token)
            .checked_sub(1)
            .is_some_and(|i| ["at", "of", "from"].iter().any(|w| self.text.is_word_ci(i, w)))
    }

    /// Whether a word of [`Words::PastRoleMarkers`] stands right before the mention and a
    /// lower-case word after it: "a former Royal Navy officer", "a retired Navy commodore".
    fn served_in(&self, mention: &RawMention) -> bool {
        mention
            .start_token
            .checked_sub(1)
            .is_some_and(|i| LEXICON.word_in(Words::PastRoleMarkers, self.text, i))
            && self
                .text
                .tokens
                .get(mention.end_token)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
    }

    /// Whether a word of [`Words::SettingPrepositions`] stands right before the mention (or its
    /// "the").
    fn set_after_preposition(&self, mention: &RawMention) -> bool {
        self.text
            .with_article(mention.start_token)
            .checked_sub(1)
            .is_some_and(|i| LEXICON.word_in(Words::SettingPrepositions, self.text, i))
    }

    /// Whether the mention owns a unit named in capitals right after its possessive ("the British
    /// military's United Kingdom Maritime Trade Operations").
    fn owns_a_named_unit(&self, mention: &RawMention) -> bool {
        let next = mention.end_token;
        self.text.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Possessive)
            && self.text.tokens.get(next + 1).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
    }

    /// Whether the mention stands right before a word of [`Words::SpokespersonNouns`] and a
    /// capitalised word after it (a comma may come between): "the foreign ministry spokeswoman
    /// Ana Vell", "Kessa's army spokesman, Col Tom Orm".
    fn titles_a_named_spokesperson(&self, mention: &RawMention) -> bool {
        let noun = mention.end_token;
        if !LEXICON.word_in(Words::SpokespersonNouns, self.text, noun) {
            return false;
        }
        let mut name = noun + 1;
        if self.text.is_punct(name, ',') {
            name += 1;
        }
        self.text.tokens.get(name).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && self.text.adjacent_on_line(noun, name)
    }

    fn quoted_alone(&self, mention: &RawMention) -> bool {
        const NAMING_REACH: usize = 4;
        let opening = mention.start_token.saturating_sub(1);
        let named = (opening.saturating_sub(NAMING_REACH)..opening).any(|i| {
            LEXICON.word_in(Words::GoingByWords, self.text, i)
                || self.text.is_word_ci(i, "known") && self.text.is_word_ci(i + 1, "as")
        });
        if named {
            return false;
        }
        let mark = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
                && matches!(self.text.token_text(i), "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»")
        };
        // The marks hug the name: `"Low energy" Jo Bell, "Little" Ana Orm` quotes neither name.
        let glued = |a: usize, b: usize| match (self.text.tokens.get(a), self.text.tokens.get(b)) {
            (Some(left), Some(right)) => left.end_byte() == right.start_byte(),
            _ => false,
        };
        let end = mention.end_token;
        let closed = mark(end) && glued(end - 1, end)
            || (self.text.is_punct(end, ',') || self.text.is_punct(end, '.'))
                && mark(end + 1)
                && glued(end, end + 1);
        mention.start_token > 0 && mark(opening) && glued(opening, mention.start_token) && closed
    }
}

/// How many tokens after an outlet its verb of verification may stand ("Reuters could not
/// independently verify").
const VERIFY_REACH_TOKENS: usize = 4;

/// Whether the outlet named at `start..end` (its article included) is the one reporting the story
/// rather than a party to it: in the dateline's brackets ("MEXICO CITY (AP) -"), unable to verify
/// ("Reuters could not independently verify"; "state TV confirmed the strike" is a party's word), having seen a document ("a report seen by
/// Reuters"), or with its own reporters or count ("Reuters witnesses said", "a Reuters tally").
fn reporting_outlet(text: &TokenizedText<'_>, start: usize, end: usize) -> bool {
    let bracketed = start > 0 && text.is_punct(start - 1, '(') && text.is_punct(end, ')');
    let unverified = (end..end + VERIFY_REACH_TOKENS)
        .take_while(|&i| text.is_word(i))
        .find(|&i| LEXICON.word_in(Words::VerifyingVerbs, text, i))
        .is_some_and(|verb| {
            (end..verb).any(|i| LEXICON.word_in(Words::Negations, text, i) || text.is_word_ci(i, "unable"))
        });
    // "a report seen by Reuters", "an estimate shared with Reuters", "footage sent to Reuters".
    let seen_by = start >= 2
        && ["by", "with", "to"].iter().any(|w| text.is_word_ci(start - 1, w))
        && LEXICON.word_in(Words::DocumentSightings, text, start - 2);
    let own_reporters = text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        && LEXICON.word_in(Words::OutletReporterNouns, text, end);
    bracketed || unverified || seen_by || own_reporters
}

#[cfg(test)]
mod tests {
    use super::{compass_place, is_model_name};

    #[test]
    fn a_name_ending_in_a_compass_word_without_a_given_name_is_a_place() {
        assert!(compass_place("Kell West"));
        assert!(compass_place("Vorra Kell Central"));
        assert!(!compass_place("Alan West"));
        assert!(!compass_place("West"));
    }

    #[test]
    fn model_names_are_a_designation_and_a_nickname() {
        for name in ["F-22 Raptor", "Su-35 Flanker", "MiG-29 Fulcrum", "Tu-95MS Bear"] {
            assert!(is_model_name(name), "{name}");
        }
        for name in ["G-20", "Jo Bell", "Al-Shabaab Command", "X-ray Unit", "Kell-12", "Unit 8200"] {
            assert!(!is_model_name(name), "{name}");
        }
    }
}
