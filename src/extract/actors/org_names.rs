//! Organisations named by what the text says they are: after a noun for their kind ("the security
//! firm Acme Shield", "a gang calling itself Grey Harbour"), in an appositive ("Acme Shield, a
//! security firm,"), or met again by the name the article gave them.

use super::*;

/// How many tokens a name the article gave an organisation spans at most when it is met again,
/// particles and numbers included ("Mouvement du 12 Juin").
const KNOWN_ORG_RUN_TOKENS: usize = 6;

/// How far after a name's comma the noun that closes its appositive may stand ("Ostgas, the
/// state oil and gas company,").
const APPOSITIVE_NOUN_TOKENS: usize = 8;

/// How many words a phrase of place between an organisation noun and the name it goes by may take
/// ("a company in Dubai called …", "a firm based in northern Cyprus called …").
const PLACE_PHRASE_TOKENS: usize = 4;

/// How many words a participle's phrase between an organisation noun and ", known as" may take ("a
/// group linked to the North, known as …").
const DESCRIBING_PHRASE_TOKENS: usize = 6;

impl Finder<'_, '_> {
    /// Whether the token at `at` is a plural's bare apostrophe ("Workers'") with a capitalised
    /// noun of [`Words::OrgNouns`] right after it on its line ("Party"), inside one name.
    fn plural_apostrophe_joins(&self, at: usize) -> bool {
        let glued = at.checked_sub(1).and_then(|i| self.text.tokens.get(i)).is_some_and(|word| {
            word.kind == TokenKind::Word
                && self.text.tokens.get(at).is_some_and(|mark| mark.start_byte() == word.end_byte())
        });
        glued
            && self.text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.text.token_text(at), "'" | "\u{2019}")
            && self.word(at - 1).ends_with('s')
            && self.text.tokens.get(at + 1).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(at, at + 1)
            && LEXICON.word_in(Words::OrgNouns, self.text, at + 1)
    }

    /// A company or group named after the noun that says what it is ("the security firm Acme
    /// Shield", "hacker group Night Owl") or described by it in an appositive ("Acme Shield, a
    /// security firm,"): an actor even if it never speaks. Returns the name's end.
    pub(super) fn named_by_org_noun(&self, start: usize) -> Option<usize> {
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start;
        while end < sentence_end.min(start + 4)
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && !LEXICON.is_stopword(self.text, end)
            && (end == start || self.text.adjacent_on_line(end - 1, end))
        {
            end += 1;
            // "the ruling Workers' Party": a plural's apostrophe before a party's noun joins
            // the words of one name.
            if self.plural_apostrophe_joins(end) {
                end += 1;
            }
        }
        if end == start {
            return None;
        }
        // "the local NGO Redes da Mata": a noun in capitals is still a noun.
        let after_noun = start > 0
            && LEXICON.word_in(Words::OrgNouns, self.text, start - 1)
            && (!self.text.tokens[start - 1].capitalised || self.text.tokens[start - 1].all_caps)
            && self.text.adjacent_on_line(start - 1, start);
        // "a nonprofit Catholic system": a common word before a lower-case word modifies it; it
        // names nothing.
        if after_noun
            && end == start + 1
            && LEXICON.is_common_word(self.text, start)
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        {
            return None;
        }
        // "a militia calling itself Saraya al-Fajr", "a group known as the Mouvement du 12 Juin",
        // "the NGO Redes da Mata": the name it goes by runs on through its particles.
        // "an analyst at Kpler", "a researcher at El Colegio de Michoacán": an employer's name
        // after a role runs on the same way.
        let employer = self.employer_after_role(start, end);
        end = self.org_name_particles_end(
            end,
            sentence_end,
            after_noun || employer || self.named_after_org_noun(start),
        );
        let after_noun = after_noun || employer || self.after_party_descriptor(start);
        // "the rights group Citizens for Peace Monitor": after its noun, a name goes on through
        // a connector between capitalised words.
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        while after_noun
            && end + 1 < sentence_end.min(start + 8)
            && ["of", "for", "on"].iter().any(|w| self.text.is_word(end) && self.word(end) == *w)
            && capitalised(end + 1)
            // "the broadcaster ORTM on Tuesday": a day or a month is when, no part of a name.
            && !LEXICON.is_stopword(self.text, end + 1)
            && self.text.adjacent_on_line(end - 1, end + 1)
        {
            end += 2;
            while end < sentence_end.min(start + 8)
                && capitalised(end)
                && self.text.adjacent_on_line(end - 1, end)
            {
                end += 1;
            }
        }
        // "Acme Shield, a security firm," and "Orbex, the national space agency,".
        let described = self.appositive_noun(end).is_some();
        // "Veltrax, a Riga-based supplier to the army": the noun that heads the appositive, right
        // before its first preposition, says what the name is ("Jo Bell, a spokeswoman for the
        // agency" is headed by "spokeswoman").
        // "Orbex, a tracking firm based in Leeds": a participle between the noun and its
        // preposition leaves the noun the head.
        // "Rio Transportes, the association of bus companies": so may "the", before a
        // preposition, after a name inside its sentence ("Later, the company's spokesman" is no
        // such appositive).
        let definite = self.text.is_word_ci(end + 1, "the");
        let headed = self.text.is_punct(end, ',')
            && (self.text.is_word_ci(end + 1, "a") || self.text.is_word_ci(end + 1, "an") || definite)
            // (An acronym opening the sentence is a name all the same: "MONUSCO, the U.N.
            // peacekeeping mission in Congo, said".)
            && !(definite && self.text.tokens[start].sentence_start && !self.text.tokens[start].all_caps)
            && (end + 3..(end + 7).min(sentence_end))
                .find(|&i| LEXICON.word_in(Words::ObjectPrepositions, self.text, i) || !self.text.is_word(i))
                .filter(|&after| !definite || LEXICON.word_in(Words::ObjectPrepositions, self.text, after))
                .is_some_and(|after| {
                    let participle = self.text.tokens[after - 1].kind == TokenKind::Word
                        && !self.text.tokens[after - 1].capitalised
                        && self.word(after - 1).ends_with("ed")
                        && after - 1 > end + 3;
                    let head = if participle { after - 2 } else { after - 1 };
                    (participle || after < end + 6)
                        && LEXICON.word_in(Words::OrgNouns, self.text, head)
                        && !self.text.tokens[head].capitalised
                });
        // "Morvik, which processes payroll for the council": what the relative clause says the name
        // does is what a firm does.
        let firm_which = self.text.is_punct(end, ',')
            && self.text.is_word_ci(end + 1, "which")
            && LEXICON.word_in(Words::OrgActivityVerbs, self.text, end + 2);
        let closes = self.text.is_punct(end, ',') || self.text.is_punct(end, '.') || end >= sentence_end;
        // "In Ostavia, a group of youths rammed …": a place that opens the scene, not a body the
        // words after the comma describe.
        let scene = start > 0 && self.text.is_word_ci(start - 1, "in");
        // "At the transit center, Furaha Mapendo, 34, sat …": a name with an age between commas
        // after it is a person's, whatever noun stands before it.
        let aged = self.text.is_punct(end, ',')
            && self.text.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text.token_text(end + 1).len() <= 3
            && self.text.is_punct(end + 2, ',');
        (after_noun
            || described && !scene
            || headed && !scene
            || firm_which
            || self.named_after_org_noun(start)
            || (closes && !aged && self.after_org_noun_and_comma(start)))
        .then_some(end)
    }

    /// The noun that closes the appositive after a name ending at `end`, which says what the name
    /// is: "Acme Shield, a security firm,", "Orbex, the national space agency,", "Ostgas, the state
    /// oil and gas company," (the noun may close a longer phrase), and after "one of the" a noun
    /// in the plural ("Los Halcones, one of the country's largest criminal gangs,").
    pub(super) fn appositive_noun(&self, end: usize) -> Option<usize> {
        if !self.text.is_punct(end, ',') {
            return None;
        }
        let sentence_end = self.text.sentence_of(end).end;
        let (opens, plural) = if ["a", "an", "the"].iter().any(|w| self.text.is_word_ci(end + 1, w)) {
            (end + 2, false)
        } else if self.text.is_word_ci(end + 1, "one")
            && self.text.is_word_ci(end + 2, "of")
            && self.text.is_word_ci(end + 3, "the")
        {
            (end + 4, true)
        } else if let Some(possessive) = self.possessive_after_name(end + 1) {
            // "Elering, Estonia's electricity grid operator,": a possessor's name opens it as
            // "the" would.
            (possessive + 1, false)
        } else {
            return None;
        };
        let closes_noun = |i: usize| {
            if plural { self.is_plural_org_noun(i) } else { LEXICON.word_in(Words::OrgNouns, self.text, i) }
        };
        (opens..(opens + APPOSITIVE_NOUN_TOKENS - 2).min(sentence_end)).find(|&i| {
            closes_noun(i)
                && (self.text.is_punct(i + 1, ',')
                    || i + 1 >= sentence_end
                    || self.text.is_punct(i + 1, '.')
                    // "the Azraq Band, a small faction that operates in the hills": a relative
                    // clause after the noun ("who" would make the name a person's).
                    || self.text.is_word_ci(i + 1, "that")
                    || self.text.is_word_ci(i + 1, "which")
                    || self.text.is_word_ci(i + 1, "whose"))
                // "Jo Bell, a spokeswoman for the agency.": a noun after a preposition is not
                // what the name is.
                && !(opens..i).any(|j| LEXICON.word_in(Words::ObjectPrepositions, self.text, j))
        })
    }

    /// Where the possessive ending stands after a short capitalised name that opens at `start`
    /// ("Estonia's", "South Korea's"), if one does.
    fn possessive_after_name(&self, start: usize) -> Option<usize> {
        /// How many capitalised words the possessor's name may take.
        const POSSESSOR_WORDS: usize = 3;
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        if !capitalised(start) {
            return None;
        }
        let after = (start + 1..=start + POSSESSOR_WORDS).find(|&i| !capitalised(i))?;
        self.text.tokens.get(after).is_some_and(|t| t.kind == TokenKind::Possessive).then_some(after)
    }

    /// Whether the acronym at `index` names a body the words around it describe: after "the" and
    /// before a few lower-case words ending in a noun for a body ("the DGSI domestic intelligence
    /// agency", "the ANSSI cyber security agency"), or in brackets after such a noun ("the
    /// national anti-terrorism prosecutor's office (PNAT)"), a noun of
    /// [`Words::AcronymBodyNouns`]. Not an acronym the gazetteers know.
    pub(super) fn acronym_described_as_body(&self, index: usize) -> bool {
        /// How many lower-case words may describe the acronym after it.
        const DESCRIPTION_WORDS: usize = 4;
        let Some(token) = self.text.tokens.get(index) else { return false };
        let word = self.word(index);
        let acronym = token.kind == TokenKind::Word
            && token.all_caps
            && word.len() >= 3
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && LEXICON.phrase_at(self.text, index).is_none()
            && !LEXICON.is_stopword(self.text, index)
            // "the CEO office", "the NGO network": a title or a noun in capitals is no name.
            && LEXICON.title_at(self.text, index).is_none()
            && !LEXICON.word_in(Words::OrgNouns, self.text, index)
            && !LEXICON.is_common_key(self.text.key(index));
        if !acronym {
            return false;
        }
        let body_noun = |i: usize| LEXICON.word_in(Words::AcronymBodyNouns, self.text, i);
        let lower = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && self.text.adjacent_on_line(i - 1, i)
        };
        if index > 0 && self.text.is_word_ci(index - 1, "the") {
            // "the ANSSI cyber security agency said": the body's noun may be followed by a verb.
            if (index + 1..index + 1 + DESCRIPTION_WORDS).take_while(|&i| lower(i)).any(body_noun) {
                return true;
            }
        }
        index >= 2
            && self.text.is_punct(index - 1, '(')
            && self.text.is_punct(index + 1, ')')
            && body_noun(index - 2)
            && !self.text.tokens[index - 2].capitalised
    }

    /// Whether token `index` is the plural of an organisation noun ("gangs", "companies").
    fn is_plural_org_noun(&self, index: usize) -> bool {
        if !self.text.is_word(index) {
            return false;
        }
        let word = self.text.key(index);
        let singular = match word.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => match word.strip_suffix('s') {
                Some(stem) => stem.to_owned(),
                None => return false,
            },
        };
        LEXICON.has(Words::OrgNouns, &singular)
    }

    /// Whether the appositive after a name ending at `end` calls it a band ("a criminal gang",
    /// "one of the largest cartels"): an armed group, not just an organisation.
    pub(super) fn described_as_band(&self, end: usize) -> bool {
        self.appositive_noun(end).is_some_and(|noun| {
            let word = self.text.key(noun);
            LEXICON.has(Words::BandNouns, word)
                || LEXICON.has(Words::BandNouns, word.strip_suffix('s').unwrap_or(word))
        })
    }

    /// The end of the longest run of two to four capitalised words from `start` that the article
    /// has already named as an organisation ("Grey Harbour first appeared" after "a group calling
    /// itself Grey Harbour"), even when its first word is an ordinary one.
    /// "Mouvement du 12 Juin" again: particles and numbers may stand between its capitalised
    /// words.
    pub(super) fn known_org_run(&self, start: usize) -> Option<usize> {
        let mut key = String::new();
        let mut found = None;
        let mut end = start;
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let inner = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
                || LEXICON.has(Words::NameParticles, self.word(i))
                || self.joined_particle(i)
        };
        while end < start + KNOWN_ORG_RUN_TOKENS
            && (capitalised(end) || (end > start && inner(end)))
            && (end == start || self.text.adjacent_on_line(end - 1, end))
        {
            push_key_part(&mut key, self.word(end));
            end += 1;
            if end > start + 1
                && (capitalised(end - 1) || self.joined_particle(end - 1))
                && self.named_orgs.get(&key).is_some_and(|org| org.kind == ActorKind::Organisation)
            {
                found = Some(end);
            }
        }
        found
    }

    /// "Sable Ridge shares fell" after "Sable Ridge Mining": the name of the one organisation
    /// named so far whose name opens with the words `start..end` and goes on.
    pub(super) fn org_named_by_leading_words(&self, start: usize, end: usize) -> Option<String> {
        let mut prefix = String::new();
        push_key_part(&mut prefix, self.word(start));
        let candidates = self.orgs_by_first_word.get(&prefix)?;
        for index in start + 1..end {
            push_key_part(&mut prefix, self.word(index));
        }
        prefix.push(' ');
        let mut found = candidates.iter().filter(|lookup| lookup.starts_with(&prefix));
        let lookup = found.next()?;
        found.next().is_none().then(|| self.named_orgs.get(lookup).map(|org| org.name.clone())).flatten()
    }

    /// "the Valle Negro" after "the Cártel del Valle Negro": the name of the one organisation
    /// named so far whose name opens with a head in another language and ends, after its last
    /// particle, with the words `start..end`.
    pub(super) fn org_named_by_trailing_words(&self, start: usize, end: usize) -> Option<String> {
        if self.foreign_orgs.is_empty() {
            return None;
        }
        let mut tail = String::new();
        for index in start..end {
            push_key_part(&mut tail, self.word(index));
        }
        let mut found = self.foreign_orgs.iter().filter(|lookup| {
            lookup
                .strip_suffix(tail.as_str())
                .and_then(|rest| rest.strip_suffix(' '))
                .and_then(|rest| rest.rsplit(' ').next())
                .is_some_and(|word| LEXICON.has(Words::NameParticles, word))
        });
        let lookup = found.next()?;
        found.next().is_none().then(|| self.named_orgs.get(lookup).map(|org| org.name.clone())).flatten()
    }

    /// The name of the one organisation named so far whose name opens with the word at `index`
    /// and goes on ("Ostbridge" for "Ostbridge Energy"); none when two do.
    pub(super) fn org_named_by_first_word(&self, index: usize) -> Option<String> {
        let mut prefix = String::new();
        push_key_part(&mut prefix, self.word(index));
        prefix.push(' ');
        let mut found = self.named_orgs.iter().filter(|(lookup, _)| lookup.starts_with(&prefix));
        let (_, org) = found.next()?;
        found.next().is_none().then(|| org.name.clone())
    }

    /// Past the capitalised words of a name ending at `end`: joined particles ("Saraya al-Fajr
    /// al-Jadid") and, for a name given with "known as" or "calling itself" (`given`), a
    /// lower-case particle, a number perhaps, and a capitalised word ("Mouvement du 12 Juin").
    fn org_name_particles_end(&self, mut end: usize, limit: usize, given: bool) -> usize {
        let adjacent = |i: usize| i < limit && self.text.adjacent_on_line(i - 1, i);
        loop {
            if adjacent(end) && self.joined_particle(end) {
                end += 1;
                continue;
            }
            if given && adjacent(end) && LEXICON.has(Words::NameParticles, self.word(end)) {
                let mut next = end + 1;
                if adjacent(next) && self.text.tokens[next].kind == TokenKind::Number {
                    next += 1;
                }
                if adjacent(next) && self.text.tokens[next].capitalised && self.text.is_word(next) {
                    end = next + 1;
                    continue;
                }
            }
            return end;
        }
    }

    /// "a gang known as Qilin", "a group called Black Lotus": an organisation noun, then the name it
    /// goes by.
    fn named_after_org_noun(&self, start: usize) -> bool {
        let org_noun_at =
            |i: usize| LEXICON.word_in(Words::OrgNouns, self.text, i) && !self.text.tokens[i].capitalised;
        // "a group known as the Mouvement du 12 Juin": an article may open the name.
        let start = self.text.with_article(start);
        // "a company in Dubai called Harbor Lines", "a firm based in Cyprus called …": a short
        // phrase of place may stand between the noun and the naming words.
        let org_noun_before = |end: usize| {
            end.checked_sub(1).is_some_and(org_noun_at)
                || (end.saturating_sub(PLACE_PHRASE_TOKENS + 1)..end.saturating_sub(2)).any(|noun| {
                    org_noun_at(noun)
                        && LEXICON.word_in(Words::PlacePhraseOpeners, self.text, noun + 1)
                        && (noun + 1..end).all(|i| self.text.is_word(i))
                })
        };
        // "a separate group linked to the North, known as Kimsuky": a participle's phrase set off
        // by a comma may stand between the noun and "known as".
        let org_noun_before_phrase = |known: usize| {
            known >= 2
                && self.text.is_punct(known - 1, ',')
                && (known.saturating_sub(DESCRIBING_PHRASE_TOKENS + 2)..known - 2).rev().any(|noun| {
                    org_noun_at(noun)
                        && self
                            .text
                            .tokens
                            .get(noun + 1)
                            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                        && self.word(noun + 1).ends_with("ed")
                        && (noun + 1..known - 1).all(|i| self.text.is_word(i))
                })
        };
        match start {
            3.. if self.text.is_word_ci(start - 1, "as") && self.text.is_word_ci(start - 2, "known") => {
                org_noun_before(start - 2) || org_noun_before_phrase(start - 2)
            }
            2.. if LEXICON.word_in(Words::NamingVerbs, self.text, start - 1) => org_noun_before(start - 1),
            // "a gang calling itself Ashveil".
            3.. if self.text.is_word_ci(start - 1, "itself")
                && LEXICON.word_in(Words::SelfNamingVerbs, self.text, start - 2) =>
            {
                org_noun_before(start - 2)
            }
            _ => false,
        }
    }

    /// "an analyst at Kpler", "an economist at Varde Securities": a name (`start..end`) right
    /// after a role of [`Words::EmployerRoles`] and "at" or "with" is the employer's, unless it is
    /// a place, a state or a body the gazetteer knows ("a professor at Oslo"), an initial, or holds
    /// a word that heads organisations' names ("a fellow at the Kiel Institute for …"), which the
    /// rules for those read whole.
    fn employer_after_role(&self, start: usize, end: usize) -> bool {
        if (start..end).any(|i| LEXICON.org_head(self.text, i).is_some())
            || self.text.tokens[start].end_byte() - self.text.tokens[start].start_byte() < 2
        {
            return false;
        }
        let opening = self.text.with_article(start);
        let Some(link) = opening.checked_sub(1) else { return false };
        let Some(role) = link.checked_sub(1) else { return false };
        (self.text.is_word_ci(link, "at") || self.text.is_word_ci(link, "with"))
            && LEXICON.word_in(Words::EmployerRoles, self.text, role)
            && !self.text.tokens[role].capitalised
            && !LEXICON.is_place_word(self.text, start)
            // A place, a state or a body the gazetteer knows is read by the rules for those; one
            // that only opens the name ("the Caucasus Policy Forum") is no reason to stop.
            && LEXICON.phrase_at(self.text, start).is_none_or(|phrase| phrase.end < end)
    }

    /// "the far-right Liberty Rally", "the opposition Voice for Ostavia", "Ostland's ruling
    /// Ostlandic Dream": a name after "the" or a possessive and a word of
    /// [`Words::PartyDescriptors`] is a party's, unless it opens with a given name ("the populist
    /// Anna Berg").
    pub(super) fn after_party_descriptor(&self, start: usize) -> bool {
        start >= 2
            && LEXICON.word_in(Words::PartyDescriptors, self.text, start - 1)
            && !self.text.tokens[start - 1].capitalised
            && (self.text.is_word_ci(start - 2, "the")
                // ("the country's separatist Donbas region" is a place: after a possessive, not a
                // place word alone.)
                || self.text.tokens[start - 2].kind == TokenKind::Possessive
                    && (!LEXICON.is_place_word(self.text, start) || self.text.is_capitalised_word(start + 1)))
            && self.text.adjacent_on_line(start - 1, start)
            && !LEXICON.word_in(Words::MaleGivenNames, self.text, start)
            && !LEXICON.word_in(Words::FemaleGivenNames, self.text, start)
    }

    /// "an Israeli company, Unitronics," or "the country's intelligence agency, the DSN,": a name
    /// set after a comma as the appositive of an organisation noun. Not when that noun is the
    /// object of a preposition ("a spokesman for the company, Jane Doe,"): the name is the
    /// person's who speaks for it.
    fn after_org_noun_and_comma(&self, start: usize) -> bool {
        let Some(mut comma) = start.checked_sub(1) else { return false };
        if self.text.is_word_ci(comma, "the") {
            let Some(before) = comma.checked_sub(1) else { return false };
            comma = before;
        }
        let Some(noun) = comma.checked_sub(1) else { return false };
        if !self.text.is_punct(comma, ',')
            || !LEXICON.word_in(Words::OrgNouns, self.text, noun)
            || self.text.tokens[noun].capitalised
        {
            return false;
        }
        let sentence_start = self.text.sentence_of(noun).start;
        let phrase_start = noun.saturating_sub(5).max(sentence_start);
        // "pointing at a militia, the Ashveil Crew,": a preposition after no word for a person's
        // role leaves the name the noun's.
        let role = |i: usize| {
            LEXICON.word_in(Words::SpokespersonNouns, self.text, i)
                || LEXICON.word_in(Words::UnnamedSpeakers, self.text, i)
                || LEXICON.title_at(self.text, i).is_some()
        };
        // ("Chad's envoy to the agency, Jo Bell,": "to" after a role too.)
        let role_preposition = |i: usize| {
            LEXICON.word_in(Words::RoleOfPrepositions, self.text, i) || self.text.is_word_ci(i, "to")
        };
        !(phrase_start.max(1)..noun).any(|i| role_preposition(i) && role(i - 1))
    }
}
