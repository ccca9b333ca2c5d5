//! Organisations: runs of capitalised words with an institution word ("Nordic Defence
//! Institute", "Ministry of Foreign Affairs"), and abbreviations the article defines.

use super::*;

/// How far after an organisation's name (in tokens) the comma before "known by its acronym" may
/// stand: room for "in the Republic of Ruritania".
const ACRONYM_REACH_TOKENS: usize = 10;

impl Finder<'_, '_> {
    pub(super) fn push_named(
        &mut self,
        start: usize,
        end: usize,
        name: String,
        kind: ActorKind,
        rule: &'static str,
    ) {
        let name =
            name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(&name).to_owned();
        self.push_named_with_surface(start, end, name.clone(), name, kind, rule);
    }

    /// The kind of an organisation named by tokens `start..end` whose head gave `kind`: an army
    /// named for its cause ("the Kell Liberation Army", a word of [`Words::InsurgentNameWords`])
    /// fights a state and is an armed group, not a state's forces.
    pub(super) fn force_or_group(&self, start: usize, end: usize, kind: ActorKind) -> ActorKind {
        if kind == ActorKind::ArmedForces
            && (start..end).any(|i| LEXICON.word_in(Words::InsurgentNameWords, self.text, i))
        {
            ActorKind::ArmedGroup
        } else {
            kind
        }
    }

    /// Whether the comma at `comma` goes on with a list of portfolio words closed by "and"
    /// ("Land, Infrastructure and Transport", "Agriculture, Food and Rural Affairs"): items of one
    /// or two capitalised words, none an organisation's head (so "the Ministry of Defence, Foreign
    /// Office and Treasury" stays three bodies).
    fn portfolio_list_after(&self, comma: usize) -> bool {
        let plain = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word && !t.all_caps)
                && LEXICON.org_head(self.text, i).is_none()
                && !LEXICON.is_stopword(self.text, i)
        };
        let mut index = comma + 1;
        let mut item_words = 0;
        while index < comma + 10 {
            if plain(index) && item_words < 2 {
                item_words += 1;
            } else if item_words > 0 && self.text.is_punct(index, ',') {
                item_words = 0;
            } else {
                return item_words > 0 && self.text.is_word_ci(index, "and") && plain(index + 1);
            }
            if index > comma + 1 && !self.text.adjacent_on_line(index - 1, index) {
                return false;
            }
            index += 1;
        }
        false
    }

    /// Records a mention of an organisation named in the text; `surface` is the alias it adds.
    pub(super) fn push_named_with_surface(
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
        // "Valley Liberation Front (VLF)" where the gazetteer knows the short form: its name; but
        // "Kessa Ports Authority (KPA)" shares no word with the gazetteer's KPA and defines its own.
        if let Some(entity) = self
            .known_abbreviation_after(end)
            .filter(|&entity| shares_a_name_word(&name, LEXICON.entity_name(entity)))
        {
            self.push(ActorKey::Entity(entity), start, end, surface, rule, false);
            return;
        }
        if !self.named_orgs.contains_key(&lookup) {
            if let Some((first, _)) = lookup.split_once(' ') {
                self.orgs_by_first_word.entry(first.to_owned()).or_default().push(lookup.clone());
                if LEXICON.has(Words::OpeningHeads, first) {
                    self.foreign_orgs.push(lookup.clone());
                }
            }
            self.named_orgs.insert(lookup.clone(), NamedOrg { name, kind });
        }
        self.push(ActorKey::Named(lookup.clone()), start, end, surface, rule, false);
        self.define_abbreviation(ActorKey::Named(lookup), end);
    }

    /// "(PA)" right after a name defines an abbreviation for the rest of the article, and so do
    /// ", or PA," and ", known by its French acronym PA" (after the rest of the phrase, "in
    /// Ruritania").
    pub(super) fn define_abbreviation(&mut self, key: ActorKey, end: usize) {
        let all_caps =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.all_caps && t.kind == TokenKind::Word);
        // "(CERT-Ru)": a short form in capitals with a hyphenated capitalised tail defines one too.
        let short_form = |i: usize| {
            all_caps(i)
                || self.text.is_word(i)
                    && self.word(i).split_once('-').is_some_and(|(head, tail)| {
                        head.chars().count() >= 2
                            && head.chars().all(|c| c.is_uppercase())
                            && tail.split('-').all(|part| part.starts_with(char::is_uppercase))
                    })
        };
        let bracketed =
            self.text.is_punct(end, '(') && short_form(end + 1) && self.text.is_punct(end + 2, ')');
        let or_form = self.text.is_punct(end, ',')
            && self.text.is_word_ci(end + 1, "or")
            && all_caps(end + 2)
            && (self.text.is_punct(end + 3, ',') || self.text.is_punct(end + 3, '.'));
        if bracketed || or_form {
            let abbreviation = self.word(if bracketed { end + 1 } else { end + 2 }).to_owned();
            self.defined_abbreviations.insert(abbreviation, key);
        } else if let Some(at) = self.known_by_acronym(end) {
            // The acronym a few words on is the first name's before it: "the Peace Mission in the
            // Republic of Ruritania, known by its acronym MIPAR" is the mission's, not the state's.
            let abbreviation = self.word(at).to_owned();
            self.defined_abbreviations.entry(abbreviation).or_insert(key);
        }
    }

    /// ", known by its French acronym PA" within the sentence after `end`: the acronym's token.
    fn known_by_acronym(&self, end: usize) -> Option<usize> {
        let sentence_end = self.text.sentence_of(end.saturating_sub(1)).end;
        let comma =
            (end..(end + ACRONYM_REACH_TOKENS).min(sentence_end)).find(|&i| self.text.is_punct(i, ','))?;
        if !self.text.is_word_ci(comma + 1, "known") {
            return None;
        }
        let noun = (comma + 2..(comma + 6).min(sentence_end))
            .find(|&i| LEXICON.word_in(Words::AcronymNouns, self.text, i))?;
        self.text
            .tokens
            .get(noun + 1)
            .is_some_and(|t| t.all_caps && t.kind == TokenKind::Word)
            .then_some(noun + 1)
    }

    pub(super) fn defined_abbreviation(&mut self, index: usize) -> Option<usize> {
        let key = self.defined_abbreviations.get(self.word(index))?.clone();
        let surface = self.word(index).to_owned();
        self.push(key, index, index + 1, surface, "abbreviation-defined", false);
        Some(index + 1)
    }

    /// Whether a name the gazetteers know starts within the few words before `at` (not before
    /// `floor`) and runs past it ("Republic of the Kessa" at its "of").
    fn inside_longer_name(&self, floor: usize, at: usize) -> bool {
        (at.saturating_sub(4).max(floor)..at)
            .any(|s| LEXICON.phrase_at(self.text, s).is_some_and(|m| m.end > at))
    }

    /// Whether a state's name the gazetteers know follows the connector at `at` ("of the
    /// Republic of …", "of Ruritania").
    fn state_name_after(&self, at: usize) -> bool {
        (at + 1..at + 3).any(|s| {
            LEXICON
                .phrase_at(self.text, s)
                .is_some_and(|m| matches!(m.entry.entity, Some(Entity::Country(_))))
        })
    }

    /// A run of capitalised words starting at `start` that names an organisation: it ends with an
    /// institution word ("Nordic Defence Institute") or starts with one followed by "of"/"for"
    /// ("Ministry of Foreign Affairs"). Returns its end and kind.
    pub(super) fn org_run(&mut self, start: usize, single_word_ok: bool) -> Option<(usize, ActorKind)> {
        let (end, kind) = self.org_run_words(start, single_word_ok)?;
        // "Chief of Staff Brig. Ana Roe", "former White House Chief of Staff Jo Bell": a title
        // that ends the run and goes on to a name or a rank is a role, no organisation.
        let title_before_name = (start..end).any(|i| {
            LEXICON.title_at(self.text, i).is_some_and(|title_end| {
                title_end == end
                    && (LEXICON.title_at(self.text, title_end).is_some()
                        || self.text.tokens.get(title_end).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && t.capitalised
                                && self.text.adjacent_on_line(end - 1, end)
                        }) && LEXICON.org_head(self.text, title_end).is_none())
            })
        });
        // "GRU Unit 29155": a number after a head that takes one is the name's.
        let numbered = LEXICON.word_in(Words::NumberedOrgHeads, self.text, end - 1)
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.adjacent_on_line(end - 1, end);
        let end = if numbered { end + 1 } else { end };
        (!title_before_name).then_some((end, kind))
    }

    /// Whether the capitalised words after the "and" at `and` are, all of them, the name of an
    /// organisation the gazetteer knows ("and State Department", not "and Infrastructure Security
    /// Agency").
    fn known_org_after_and(&self, and: usize) -> bool {
        LEXICON.phrase_at(self.text, and + 1).is_some_and(|found| {
            matches!(found.entry.entity, Some(Entity::Org(_)))
                && found.entry.form == Form::Name
                && !self
                    .text
                    .tokens
                    .get(found.end)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        })
    }

    /// Whether capitalised words after the "and" at `and` end with a firm's word of
    /// [`Words::CompanyNameEndings`] ("… and Orvion Petroleum FZE"): a second firm's name.
    fn firm_name_after_and(&self, and: usize) -> bool {
        /// How many words a second firm's name spans at most.
        const FIRM_WORDS: usize = 5;
        (and + 1..and + 1 + FIRM_WORDS)
            .take_while(|&i| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            })
            .any(|i| i > and + 1 && LEXICON.word_in(Words::CompanyNameEndings, self.text, i))
    }

    /// The words of [`Self::org_run`], before the check for a title that introduces a name.
    fn org_run_words(&mut self, start: usize, single_word_ok: bool) -> Option<(usize, ActorKind)> {
        let sentence_end = self.text.sentence_of(start).end;
        // "Head of Communications", "Director of Operations": a title before "of" names a role,
        // no organisation.
        // "Inspector General of Police (Eastern range) Ravi Menon": a title whole before a bracket
        // is a rank too.
        // "Superintendent of Police S. Varma": so is one before a name's initial.
        if LEXICON.title_at(self.text, start).is_some_and(|title_end| {
            self.text.is_word(title_end) && self.word(title_end) == "of"
                || self.text.is_punct(title_end, '(')
                || is_initial(self.word(title_end))
        }) {
            return None;
        }
        let in_list = start > 0 && self.text.is_punct(start - 1, ',');
        // "Cártel del Valle Negro", "Policia Municipal": a head that opens a name written in
        // another language keeps the capitalised words and particles after it.
        // "Union des Patriotes de la Kessa": a head of an English name followed by a link of
        // another language opens a name written in it just the same.
        let opening = LEXICON.word_in(Words::OpeningHeads, self.text, start)
            || LEXICON.org_head(self.text, start).is_some()
                && LEXICON.word_in(Words::ForeignNameLinks, self.text, start + 1)
                && self.text.adjacent_on_line(start, start + 1)
                && (start + 2..start + 4)
                    .find(|&i| !self.text.is_word(i) || !LEXICON.has(Words::NameParticles, self.word(i)))
                    .and_then(|i| self.text.tokens.get(i))
                    .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let mut end = start;
        let mut last_head = None;
        // A head followed by "of" or "for" ("School of International Studies") keeps the words
        // after it, even when a later word is a head too ("International").
        let mut connected_head = false;
        // An article taken after a connected head ("Office for the Study"): the name reads as a
        // phrase, and a second "of the" goes on with it ("… for the Study of the Climate").
        let mut article_taken = false;
        let capitalised_word =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let particle = |i: usize| {
            self.text.is_word(i)
                && (LEXICON.has(Words::NameParticles, self.word(i))
                    || LEXICON.word_in(Words::ForeignNameLinks, self.text, i))
        };
        // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a head's "to" before
        // a capitalised verb and a capitalised object names what the body is for. Not a place, a
        // state, a body or a person after "to" ("the committee to Geneva", "to Jo Bell").
        let infinitive_link = |i: usize| {
            self.text.is_word(i)
                && self.word(i) == "to"
                && capitalised_word(i + 1)
                && capitalised_word(i + 2)
                && self.text.adjacent_on_line(i, i + 2)
                && LEXICON.phrase_at(self.text, i + 1).is_none()
                && LEXICON.org_head(self.text, i + 1).is_none()
                && LEXICON.title_at(self.text, i + 1).is_none()
                && !LEXICON.word_in(Words::MaleGivenNames, self.text, i + 1)
                && !LEXICON.word_in(Words::FemaleGivenNames, self.text, i + 1)
        };
        let opening_particle = |i: usize| {
            opening
                && particle(i)
                && (capitalised_word(i + 1)
                    || elided_name(self, i + 1)
                    || particle(i + 1) && capitalised_word(i + 2))
        };
        // An organisation's name is a dozen words at most; the bound keeps all-capitals text linear.
        while end < sentence_end.min(start + 12) {
            let token = self.text.tokens[end];
            if end > start && !self.text.adjacent_on_line(end - 1, end) {
                break;
            }
            // "Jane Doe Tells Party Convention": in a Title Case headline a speech verb ends the name;
            // so does a word the body never capitalises that is no institution word ("Norland
            // Moves Troops").
            if self.headings.contains(token.paragraph())
                && let Some(body) = &self.headline_name_words
                && (LEXICON.is_speech_verb(self.text.key(end))
                    || !body.contains(self.text.key(end)) && LEXICON.org_head(self.text, end).is_none())
            {
                break;
            }
            // "Interior Cabinet Secretary Jo Bell": a head word that opens a longer title (and a
            // name after it) is the title's, and the words before it only qualify the title.
            if end > start
                && LEXICON.org_head(self.text, end).is_some()
                && LEXICON.title_at(self.text, end).is_some_and(|title_end| {
                    title_end > end + 1
                        && self
                            .text
                            .tokens
                            .get(title_end)
                            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                })
            {
                break;
            }
            // "Office of Management and Budget Director Jo Bell": after a head, a title that a
            // capitalised name follows is the person's, not more of the name. Not right after the
            // head: "Maltese Shipping Minister Jo Bell" names a portfolio.
            if end > start
                && last_head.is_some_and(|(head, _)| head + 1 < end)
                && LEXICON.title_at(self.text, end).is_some_and(|title_end| {
                    self.text
                        .tokens
                        .get(title_end)
                        .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                        && self.text.adjacent_on_line(title_end - 1, title_end)
                })
            {
                break;
            }
            // "Piracy Reporting Centre": a capitalised stopword inside a name, right before its
            // institution word, is part of it.
            let inner_stopword = end > start
                && LEXICON.is_stopword(self.text, end)
                // "Reporting", not "Their" or "Monday".
                && self.word(end).ends_with("ing")
                && capitalised_word(end + 1)
                && LEXICON.org_head(self.text, end + 1).is_some()
                && self.text.adjacent_on_line(end, end + 1);
            if token.kind == TokenKind::Word
                && token.capitalised
                && (!LEXICON.is_stopword(self.text, end) || inner_stopword)
            {
                // "Grupo Ventara SA": a legal form in capitals heads a name only after a word of
                // the name ("SA and AB" heads nothing).
                let proper_before =
                    (start..end).any(|i| self.text.tokens[i].capitalised && !self.text.tokens[i].all_caps);
                if let Some(kind) =
                    LEXICON.org_head(self.text, end).filter(|_| !token.all_caps || proper_before)
                {
                    last_head = Some((end, kind));
                    // "Borealis Tankers of Oslo": after a firm's last word, "of" gives its seat.
                    connected_head |= !LEXICON.word_in(Words::CompanyNameEndings, self.text, end)
                        && (ORG_CONNECTORS.iter().any(|w| *w != "and" && self.text.is_word_ci(end + 1, w))
                            || infinitive_link(end + 1)
                            || self.text.tokens.get(end + 1).is_some_and(|t| t.capitalised)
                                && TITLE_CASE_CONNECTORS.iter().any(|w| self.text.is_word_ci(end + 1, w)));
                }
                end += 1;
            } else if connected_head && self.text.is_punct(end, ',') && self.portfolio_list_after(end) {
                // "Ministry of Land, Infrastructure and Transport": a head's portfolio listed with
                // commas.
                end += 1;
            } else if end > start
                && token.kind == TokenKind::Possessive
                && (LEXICON.word_in(Words::PossessiveNameWords, self.text, end - 1)
                    // "Prosecutor General's Office", "Federal Prosecutor's Office": an office
                    // named after its holder's title, which ends right before the possessive.
                    || LEXICON.org_head(self.text, end + 1).is_some()
                        && (LEXICON.title_at(self.text, start).is_some()
                            || (start..end).any(|i| LEXICON.title_at(self.text, i) == Some(end))))
                && capitalised_word(end + 1)
            {
                // "People's Defence Forces": a possessive that is part of a name.
                end += 1;
            } else if end > start
                && matches!(self.text.token_text(end), "'" | "\u{2019}")
                && self.text.tokens[end - 1].end_byte() == token.start_byte()
                && self.word(end - 1).ends_with('s')
                && capitalised_word(end + 1)
                && LEXICON.org_head(self.text, end + 1).is_some()
            {
                // "International Transport Workers' Federation", "the Workers' Party": a plural
                // possessive inside a name that an institution word ends.
                end += 1;
            } else if end > start + 1
                && self.text.is_word_ci(end, "the")
                && self.word(end - 1) == "for"
                && LEXICON
                    .phrase_at(self.text, end + 1)
                    .is_some_and(|found| matches!(found.entry.entity, Some(Entity::Org(_))))
            {
                // "the Dawn Brigade for the U.N. Security Council": a body the gazetteer knows
                // after "for the" is whom the work is done for, no part of the name.
                break;
            } else if end > start + 1
                && self.text.is_word_ci(end, "the")
                && ["of", "for", "on"].contains(&self.word(end - 1))
                && (LEXICON.org_head(self.text, end - 2).is_some()
                    || connected_head && self.word(end - 1) == "of")
                && capitalised_word(end + 1)
            {
                // "Party for the Independence of …": an article after a connector.
                article_taken |= connected_head;
                end += 1;
            } else if end > start
                && self.text.is_word_ci(end, "in")
                && LEXICON.word_in(Words::MissionHeads, self.text, end - 1)
                && self.text.tokens[end - 1].capitalised
                && capitalised_word(end + 1)
                && !LEXICON.is_stopword(self.text, end + 1)
            {
                // "United Nations Interim Force in Lebanon", "UN Mission in South Sudan": where a
                // mission serves is part of its name.
                connected_head = true;
                end += 1;
            } else if end > start && opening && end > start + 1 && particle(end - 1) && elided_name(self, end)
            {
                // "… de l'Ituri": an elided article glued to the name's last word.
                end += 1;
            } else if end > start
                && (infinitive_link(end) && LEXICON.org_head(self.text, end - 1).is_some()
                    || opening_particle(end)
                    || (ORG_CONNECTORS.contains(&self.word(end))
                        // "Independent Authority Against Corruption": a name in title case
                        // capitalises its connectors too.
                        || self.text.tokens[end].capitalised
                            && TITLE_CASE_CONNECTORS.iter().any(|w| self.text.is_word_ci(end, w)))
                        // "Operation Sand Wall on Saturday": a day or a month after a connector
                        // is when, no part of the name.
                        && (capitalised_word(end + 1) && !LEXICON.is_stopword(self.text, end + 1)
                            || self.word(end) != "and"
                                && (LEXICON.org_head(self.text, end - 1).is_some()
                                    // "Armed Forces of the Republic of the Kessa": once a head
                                    // has taken "of", an "of the" inside a state's name after it
                                    // goes on with that name.
                                    // "Office for the Study of the Climate": after an
                                    // article it took, a head's phrase goes on through "of the".
                                    || connected_head
                                        && self.word(end) == "of"
                                        && (article_taken && !self.state_name_after(end)
                                            || self.inside_longer_name(start, end)))
                                && self.text.is_word_ci(end + 1, "the")
                                && capitalised_word(end + 2))
                        // "AT&T, Verizon and Lumen Technologies": in a list, "and" joins two names.
                        && !(self.word(end) == "and" && in_list)
                        // "Sahel Crest Trading and Orvion Petroleum FZE": a firm's name ended
                        // before "and", and a second firm's name ends with a firm's word too.
                        && !(self.word(end) == "and"
                            && LEXICON.word_in(Words::CompanyNameEndings, self.text, end - 1)
                            && self.firm_name_after_and(end))
                        // "the Interior Ministry and State Department": "and" between a body's head
                        // and a body the gazetteer knows by its whole name opens a second name
                        // ("General Intelligence and Security Service" is one).
                        && !(self.word(end) == "and"
                            && LEXICON.org_head(self.text, end - 1).is_some()
                            && self.known_org_after_and(end))
                        // "… Public Security and Malaysia's cyber agency": "and" before another
                        // owner in the possessive opens a second name.
                        && !(self.word(end) == "and"
                            && self.text.tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Possessive))
                        // "the Quds Force of Iran's Revolutionary Guard": a force's unit before
                        // "of" and an owner in the possessive is a name of its own ("Bank of
                        // England's" goes on: no force).
                        && !(self.word(end) == "of"
                            && last_head.is_some_and(|(_, kind)| {
                                matches!(kind, ActorKind::ArmedGroup | ActorKind::ArmedForces)
                            })
                            && self.text.tokens.get(end + 2).is_some_and(|t| t.kind == TokenKind::Possessive)))
            {
                end += 1;
            } else {
                break;
            }
        }
        // "the Maritime Trade Operations agency said": capitalised words right before a
        // lower-case noun for an organisation are its name, the noun says what it is.
        if last_head.is_none()
            && end >= start + 2
            && (start..end).all(|i| self.text.tokens[i].capitalised)
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && LEXICON.word_in(Words::OrgNouns, self.text, end)
            && self.text.adjacent_on_line(end - 1, end)
        {
            return Some((end, ActorKind::Organisation));
        }
        if opening && end > start + 1 {
            let kind = LEXICON.org_head(self.text, start).unwrap_or(ActorKind::Organisation);
            return Some((end, kind));
        }
        let (head, kind) = last_head?;
        // "Nordic Defence Institute" ends at its head; "Institute for Maritime Security" and
        // "Ministry of Foreign Affairs" keep the words after "for"/"of".
        let mut run_end = if connected_head { end } else { head + 1 };
        // "Counter Terrorism Policing North East": a compass region right after the head is the
        // branch's, part of its name.
        if !connected_head {
            while run_end < end && is_compass_word(self.word(run_end)) {
                run_end += 1;
            }
        }
        // "Territorial Affairs Minister Jo Bell": capitalised words before a minister's title and
        // the name after it are the title's portfolio, no organisation ("Party Committee Chairman
        // Jo Bell" keeps its committee).
        if run_end < end
            && LEXICON.word_in(Words::PortfolioTitles, self.text, run_end)
            && LEXICON.title_at(self.text, run_end).is_some_and(|title_end| {
                title_end < end && title_end > run_end && self.is_name_word(title_end)
            })
        {
            return None;
        }
        // "the Dover Herald on Monday": a connector whose next word is no part of the name ends it.
        while run_end > head + 1
            && (ORG_CONNECTORS.contains(&self.word(run_end - 1)) || self.text.is_word_ci(run_end - 1, "the"))
        {
            run_end -= 1;
        }
        let kind = self.force_or_group(start, run_end, kind);
        // A lone institution word ("Parliament", "Army") is too vague to be an actor, unless a
        // state's name stands before it ("U.S. Navy").
        (run_end > start + 1 || single_word_ok && run_end == start + 1).then_some((run_end, kind))
    }
}

/// Whether token `index` is an elided article glued to a capitalised name ("l'Ituri", "d'Ivoire").
fn elided_name(finder: &Finder<'_, '_>, index: usize) -> bool {
    finder.text.is_word(index) && {
        let word = finder.word(index);
        let mut chars = word.chars();
        matches!(chars.next(), Some('l' | 'd'))
            && matches!(chars.next(), Some('\'' | '\u{2019}'))
            && chars.next().is_some_and(char::is_uppercase)
    }
}

/// Whether two names share a capitalised word of three letters or more.
fn shares_a_name_word(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let b_words = words(b);
    words(a).iter().any(|w| b_words.contains(w))
}
