//! People: names recognised from their shape (capitalised runs that look like names, particles
//! such as "bin" or "von der") and from titles before them ("President Joe Biden") or around
//! them as an appositive ("Iran's president, Hassan Rouhani,").

use super::*;

/// How many bytes into a word the hyphen after a name particle may stand: the longest particle
/// of [`Words::NameParticles`] ("della", "delos") and one more
/// (`tests_names::every_name_particle_fits_before_the_hyphen_reach`).
pub(super) const PARTICLE_HYPHEN_REACH: usize = 6;

impl Finder<'_, '_> {
    /// Where the name of an exercise or a line on a map opening at `start` ends: its capitalised
    /// words, with "of" or "the" between two of them ("Line of Actual Control"), on one line and
    /// a few words long. `None` when only the opening word is capitalised.
    fn event_name_end(&self, start: usize) -> Option<usize> {
        /// How many tokens such a name spans at most.
        const EVENT_NAME_TOKENS: usize = 6;
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let link = |i: usize| self.text.is_word_ci(i, "of") || self.text.is_word_ci(i, "the");
        let mut end = start + 1;
        while end < start + EVENT_NAME_TOKENS && self.text.adjacent_on_line(end - 1, end) {
            if capitalised(end) {
                end += 1;
            } else if link(end) && capitalised(end + 1) && self.text.adjacent_on_line(end, end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        (end > start + 1).then_some(end)
    }

    /// A run of name-shaped capitalised tokens starting at `start` (at most four words, particles
    /// allowed inside), as an exclusive end; `None` when `start` is not a name word.
    pub(super) fn name_run(&mut self, start: usize) -> Option<usize> {
        // "S. Varma said", "Inspector R. Menon": an initial opening the name.
        if is_initial(self.word(start))
            && self.text.adjacent_on_line(start, start + 1)
            && self.is_name_word(start + 1)
            && !LEXICON.is_stopword(self.text, start + 1)
        {
            return self.name_run(start + 1);
        }
        if !self.is_name_word(start) {
            return None;
        }
        // In a Title Case headline, a word the body never capitalises opens no name either
        // ("Security Chief Vows Cartels …": "Vows" is no person).
        let headline_word = |i: usize| {
            self.in_title_case_heading(i)
                && self.headline_name_words.as_ref().is_some_and(|body| !body.contains(self.text.key(i)))
        };
        if headline_word(start) {
            return None;
        }
        let sentence_end = self.text.sentence_of(start).end;
        let mut end = start + 1;
        let mut words = 1;
        while end < sentence_end && words < 4 && self.text.adjacent_on_line(end - 1, end) {
            // In a Title Case headline, a word the body never capitalises ends the name.
            if headline_word(end) {
                break;
            }
            if words == 1 && self.nickname_at(end) {
                // `Francesca "Frankie" Moreau`: a nickname in quotation marks inside the name.
                end += 3;
            } else if self.capital_particle_before_name(end) {
                // "Seán Ó Dálaigh", "Áine Ní Bhriain": the particle counts as no word.
                end += 2;
                words += 1;
            } else if self.is_name_word(end) || self.after_patronymic_particle(end) {
                end += 1;
                words += 1;
            } else if is_initial(self.word(end))
                && self.text.adjacent_on_line(end, end + 1)
                && self.is_name_word(end + 1)
            {
                // "Maria T. Lopez": a middle initial inside the name.
                end += 2;
                words += 1;
            } else if is_initial(self.word(end))
                && self.text.adjacent_on_line(end, end + 1)
                && let Some(particles) = self.particles_before_name(end + 1)
            {
                // "Jan P. van der Berg": a middle initial before a surname's particles.
                end += particles + 2;
                words += particles + 1;
            } else if words == 1 && is_initial(self.word(end)) && self.ends_with_initial(end) {
                // "Karl W., 34," or "identified as Karl W. under privacy rules": a surname cut to
                // its initial ends the name.
                end += 1;
                break;
            } else if let Some(particles) = self.particles_before_name(end) {
                // "bin Salman", "von der Leyen", "de la Cruz": the particles count as no word
                // ("Esteban de la Garza Villasenor" is one name).
                end += particles + 1;
                words += 1;
            } else {
                break;
            }
        }
        // "Gen. Rodolfo Lacson Jr. said": a generational suffix closes a name of two words.
        if words >= 2
            && end < sentence_end
            && self.text.adjacent_on_line(end - 1, end)
            && self.text.tokens.get(end).is_some_and(|t| t.capitalised)
            && LEXICON.word_in(Words::GenerationalSuffixes, self.text, end)
        {
            end += 1;
        }
        Some(end)
    }

    /// Whether the initial at `initial` closes a name: a comma or a lower-case word follows it
    /// on the same line, so its full stop ends no sentence.
    fn ends_with_initial(&self, initial: usize) -> bool {
        let next = initial + 1;
        self.text.adjacent_on_line(initial, next)
            && (self.text.is_punct(next, ',')
                || self.text.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised))
    }

    /// How many lower-case name particles (one or two) start at `index` and are followed by a
    /// name word.
    pub(super) fn particles_before_name(&self, index: usize) -> Option<usize> {
        let is_particle = |i: usize| {
            LEXICON.has(Words::NameParticles, self.word(i)) && self.text.adjacent_on_line(i - 1, i)
        };
        if !is_particle(index) {
            return None;
        }
        let count = if is_particle(index + 1) { 2 } else { 1 };
        (self.text.adjacent_on_line(index + count - 1, index + count) && self.is_name_word(index + count))
            .then_some(count)
    }

    /// A capitalised word that can be part of a name: not a stopword, an acronym, an institution
    /// word or a place word, and not the start of a gazetteer phrase other than a bare name.
    pub(super) fn is_name_word(&self, index: usize) -> bool {
        let Some(token) = self.text.tokens.get(index) else { return false };
        let word = self.word(index);
        // "al-Burhan", "el-Sisi", "bin-Salman": a particle joined to a capitalised name, inside a
        // name that has already started.
        if index > 0
            && token.kind == TokenKind::Word
            && let Some((particle, rest)) = word.split_once('-')
            && LEXICON.has(Words::NameParticles, particle)
            && rest.chars().next().is_some_and(char::is_uppercase)
            && self.text.tokens.get(index - 1).is_some_and(|t| t.kind == TokenKind::Word)
            // "Nasr al-Islam wal-Muslimin": after a capitalised word or another joined particle.
            && (self.text.tokens[index - 1].capitalised || self.joined_particle(index - 1))
        {
            return true;
        }
        if token.kind != TokenKind::Word || !token.capitalised || token.all_caps {
            return false;
        }
        // "Mr Ó Dálaigh": a particle opens a surname.
        if token.kind == TokenKind::Word && self.capital_particle_before_name(index) {
            return true;
        }
        if word.chars().count() < 2 || word.contains('.') {
            return false;
        }
        let lexicon = &*LEXICON;
        // "Park Min-ho", "Song Ji-hye": a family name that is also a common or place word, right
        // before a given name of two syllables joined by a hyphen, is a name.
        if self.given_name_follows(index) && !lexicon.is_stopword(self.text, index) {
            return true;
        }
        // "Abdi Said Warsame": in the body, a capitalised word between two names on a line is a
        // name, even one that is a speech verb in lower case.
        if lexicon.is_speech_verb(self.text.key(index)) && self.name_word_between_names(index) {
            return true;
        }
        // "Khaing Thu Ya", "Aung Than Htut": a capitalised function word between two words of a
        // name that are no common words is the name's; any other is none.
        if lexicon.is_stopword(self.text, index) {
            return self.function_word_inside_name(index) || self.stopword_given_name(index);
        }
        // Headline case glues a verb onto a name ("Jane Doe Says", "Senator Slams"): a word that
        // is a speech verb in lower case is no part of a name.
        // "Thirteen Western embassies said": a number spelt out is no name.
        if lexicon.is_speech_verb(self.text.key(index))
            || lexicon.org_head(self.text, index).is_some()
            || lexicon.word_in(Words::SpelledNumbers, self.text, index)
        {
            return false;
        }
        !(lexicon.is_place_word(self.text, index) || lexicon.phrase_at(self.text, index).is_some())
            || self.given_name_before_initial(index)
            || self.state_named_person(index)
            || self.state_surname(index)
            || self.place_word_surname(index)
            || self.place_word_given_name(index)
            || self.place_word_between_names(index)
    }

    /// "Colonel Wang Jun said": a stopword that is also a given name
    /// ([`Words::StopwordGivenNames`]), written without a dot right after a capitalised name word
    /// on its line and before no number ("Jun 5"), closes the name.
    fn stopword_given_name(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let Some(before) = index.checked_sub(1) else { return false };
        lexicon.word_in(Words::StopwordGivenNames, self.text, index)
            && !self.word(index).contains('.')
            && self
                .text
                .tokens
                .get(before)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && !lexicon.is_stopword(self.text, before)
            && self.text.adjacent_on_line(before, index)
            && !self.text.tokens.get(index + 1).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// "Maj. Abdifatah Aden Hassan": a place of one word between two capitalised words of the
    /// body on its line, neither of them a place, stopword, common word, organisation head,
    /// acronym or speech verb, is a name's middle word ("Make America Great Again" holds none).
    /// Not after "the" or a preposition of place.
    fn place_word_between_names(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let plain_name = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
                && !lexicon.is_place_word(self.text, i)
                && lexicon.phrase_at(self.text, i).is_none()
                && !lexicon.is_stopword(self.text, i)
                && !lexicon.is_common_word(self.text, i)
                && lexicon.org_head(self.text, i).is_none()
                && !lexicon.is_speech_verb(self.text.key(i))
        };
        let Some(before) = index.checked_sub(1) else { return false };
        let placed = before.checked_sub(1).is_some_and(|i| {
            self.text.is_word_ci(i, "the") || lexicon.word_in(Words::LocativePrepositions, self.text, i)
        });
        self.text.tokens[index].paragraph() != 0
            && !placed
            && lexicon.phrase_at(self.text, index).is_some_and(|phrase| phrase.end == index + 1)
            && plain_name(before)
            && plain_name(index + 1)
            && self.text.adjacent_on_line(before, index)
            && self.text.adjacent_on_line(index, index + 1)
    }

    /// "Bill Clinton said", "former President Bill Clinton": a place word that is also a given
    /// name of the lexicon ("bill", as in a bill before parliament) opens a name when a name word
    /// of its own follows it on its line: a capitalised word that is no place word, stopword,
    /// organisation head or speech verb ("the Finance Bill Committee" is none). Not in a Title
    /// Case headline.
    fn place_word_given_name(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let next = index + 1;
        (lexicon.word_in(Words::MaleGivenNames, self.text, index)
            || lexicon.word_in(Words::FemaleGivenNames, self.text, index))
            && self
                .text
                .tokens
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && self.text.adjacent_on_line(index, next)
            && !lexicon.is_place_word(self.text, next)
            && !lexicon.is_stopword(self.text, next)
            && lexicon.org_head(self.text, next).is_none()
            && !lexicon.is_speech_verb(self.text.key(next))
            && !self.in_title_case_heading(index)
    }

    /// "Fiona Hill said", "Grace Park, the director,": a place word that is also a common
    /// surname ([`Words::SurnamePlaceWords`]) right after a given name of the lexicon on its line
    /// closes that person's name. Not after "the" or a preposition of place ("at the Albert
    /// Hall", "in Victoria Park"), nor in a Title Case headline.
    fn place_word_surname(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let placed = index.checked_sub(2).is_some_and(|before| {
            self.text.is_word_ci(before, "the")
                || lexicon.word_in(Words::LocativePrepositions, self.text, before)
        });
        self.after_given_name(index) && !placed && lexicon.word_in(Words::SurnamePlaceWords, self.text, index)
    }

    /// Whether the word at `index` follows, on its line, a capitalised given name of the lexicon
    /// ([`Words::MaleGivenNames`], [`Words::FemaleGivenNames`]), outside a Title Case headline
    /// (which capitalises every word).
    fn after_given_name(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let Some(given) = index.checked_sub(1) else { return false };
        (lexicon.word_in(Words::MaleGivenNames, self.text, given)
            || lexicon.word_in(Words::FemaleGivenNames, self.text, given))
            && self.text.tokens.get(given).is_some_and(|t| t.capitalised && !t.all_caps)
            && self.text.adjacent_on_line(given, index)
            && !self.in_title_case_heading(index)
    }

    /// "Senator Lucia Montenegro said", "Ana Georgia": a state's name of one word right after a
    /// given name of the lexicon's on its line is that person's surname, not the state. Not in a
    /// Title Case headline, and not before a possessive ("Ana told Chad's envoy").
    fn state_surname(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        self.after_given_name(index)
            && self.text.tokens.get(index + 1).is_none_or(|t| t.kind != TokenKind::Possessive)
            && lexicon.phrase_at(self.text, index).is_some_and(|phrase| phrase.end == index + 1)
            && lexicon.lookup_country(self.text.token_text(index)).is_some()
    }

    /// Records tokens `start..end` as a mention of `org`, an organisation named before by a
    /// longer name.
    fn push_org_named_before(&mut self, start: usize, end: usize, org: String) {
        let surface = self.surface(start, end);
        self.push_named_with_surface(start, end, org, surface, ActorKind::Organisation, "org-named-before");
    }

    /// Whether the capitalised word at `index` stands inside a sentence of the body between two
    /// capitalised words on its line, the one after it no speech verb or stopword ("Abdi Said
    /// Warsame"; not the headline's "Jane Doe Says Talks Failed").
    fn name_word_between_names(&self, index: usize) -> bool {
        let capitalised_word = |i: usize| {
            self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
        };
        let token = self.text.tokens[index];
        token.paragraph() != 0
            && !token.sentence_start
            && index > 0
            && capitalised_word(index - 1)
            && capitalised_word(index + 1)
            && self.text.adjacent_on_line(index - 1, index)
            && self.text.adjacent_on_line(index, index + 1)
            && !LEXICON.is_speech_verb(self.text.key(index + 1))
            && !LEXICON.is_stopword(self.text, index + 1)
    }

    /// Whether the capitalised stopword at `index` stands between two capitalised words of the
    /// body that are no common words, places or stopwords, in running text ("Khaing Thu Ya"; not
    /// a subhead's "Fear In The Camps" or "Vow Of Revenge", nor "Britain And France").
    fn function_word_inside_name(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let unknown = |i: usize| {
            !lexicon.is_common_key(self.text.key(i))
                && !lexicon.is_stopword(self.text, i)
                && !lexicon.is_place_word(self.text, i)
                && lexicon.phrase_at(self.text, i).is_none()
        };
        /// How many tokens either side a word in lower case shows a line of running text.
        const RUNNING_TEXT_TOKENS: usize = 12;
        let sentence = self.text.sentence_of(index);
        // "Vow Of Revenge" as a subhead: a Title Case line has no word in lower case.
        let running_text = (index.saturating_sub(RUNNING_TEXT_TOKENS).max(sentence.start)
            ..(index + RUNNING_TEXT_TOKENS).min(sentence.end))
            .any(|i| self.text.tokens[i].kind == TokenKind::Word && !self.text.tokens[i].capitalised);
        index > 0
            && self.name_word_between_names(index)
            && unknown(index - 1)
            && unknown(index + 1)
            && running_text
    }

    /// "Jordan Ekwueme, the utility's spokesman,", "Chad Morrow said": a state's name that is
    /// also a given name ([`Words::GivenNameStates`]) right before a capitalised word that is no
    /// known word, place, body or name of the gazetteer opens a person's name.
    pub(super) fn state_named_person(&self, index: usize) -> bool {
        let lexicon = &*LEXICON;
        let surname = index + 1;
        // (A Title Case headline capitalises every word: "Why Does Israel Refuse …".)
        lexicon.word_in(Words::GivenNameStates, self.text, index)
            && self
                .text
                .tokens
                .get(index)
                .is_some_and(|t| t.capitalised && !t.all_caps && !self.headings.contains(t.paragraph()))
            && self.text.adjacent_on_line(index, surname)
            && self.plain_surname_at(surname)
            && !(lexicon.is_common_word(self.text, surname)
                || lexicon.word_in(Words::CompanyNameEndings, self.text, surname)
                || lexicon.title_at(self.text, surname).is_some())
    }

    /// "Georgia K. Brandt", "Sofia M. Lind": a word that also names a place is a given name when a
    /// middle initial and a surname follow it on the same line.
    pub(super) fn given_name_before_initial(&self, index: usize) -> bool {
        let (initial, surname) = (index + 1, index + 2);
        self.text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && !t.all_caps)
            && is_initial(self.word(initial))
            && self.text.adjacent_on_line(index, initial)
            && self.text.adjacent_on_line(initial, surname)
            && self.plain_surname_at(surname)
    }

    /// Whether the word at `surname` can close a person's name: a capitalised word (not all
    /// capitals) that is no stopword, speech verb, organisation's head, place word or gazetteer
    /// name.
    fn plain_surname_at(&self, surname: usize) -> bool {
        let lexicon = &*LEXICON;
        self.text
            .tokens
            .get(surname)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && !(lexicon.is_stopword(self.text, surname)
                || lexicon.is_speech_verb(self.text.key(surname))
                || lexicon.org_head(self.text, surname).is_some()
                || lexicon.is_place_word(self.text, surname)
                || lexicon.phrase_at(self.text, surname).is_some())
    }

    /// The word after `index` is a given name of two short syllables joined by a hyphen, the
    /// second in lower case ("Min-ho", "Ji-hye"), on the same line and no word the article or
    /// the lexicon knows otherwise ("Long-range" is a common word).
    pub(super) fn given_name_follows(&self, index: usize) -> bool {
        let next = index + 1;
        let Some(token) = self.text.tokens.get(next) else { return false };
        if token.kind != TokenKind::Word || !token.capitalised || !self.text.adjacent_on_line(index, next) {
            return false;
        }
        let word = self.word(next);
        let Some((first, second)) = word.split_once('-') else { return false };
        // ("Jin-young", "Kyung-hwan": a romanised syllable runs to six letters.)
        let syllable =
            |part: &str| (2..=6).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic);
        syllable(first)
            && syllable(second)
            && second.chars().all(char::is_lowercase)
            // "Cold War-era": a common word before a hyphen makes a compound.
            && !LEXICON.is_common_key(&first.to_lowercase())
            && !self.is_ordinary_word(next)
            && !LEXICON.is_place_word(self.text, next)
    }

    /// "al-Islam": a name particle joined by a hyphen to a capitalised word.
    pub(super) fn joined_particle(&self, index: usize) -> bool {
        // The particles are short: the hyphen, if any, is within the first bytes (a scan of a
        // few bytes, not of the whole word, for every capitalised word).
        let word = self.word(index);
        let Some(hyphen) = word.bytes().take(PARTICLE_HYPHEN_REACH).position(|b| b == b'-') else {
            return false;
        };
        let (Some(particle), Some(rest)) = (word.get(..hyphen), word.get(hyphen + 1..)) else { return false };
        LEXICON.has(Words::NameParticles, particle) && rest.chars().next().is_some_and(char::is_uppercase)
    }

    /// Where a name right after a title ends, as [`Self::name_run`]; but a capitalised function
    /// word there opens the name when a name word follows it on the line ("Maj Gen Than Zaw
    /// Lwin", "General So Min-jun"): after a title, mid-sentence, the capital is the name's.
    fn name_run_after_title(&mut self, start: usize) -> Option<usize> {
        let opens_name =
            self.text.tokens.get(start).is_some_and(|t| {
                t.kind == TokenKind::Word && t.capitalised && !t.all_caps && !t.sentence_start
            }) && LEXICON.is_stopword(self.text, start)
                && self.text.adjacent_on_line(start, start + 1)
                && !LEXICON.is_stopword(self.text, start + 1);
        if opens_name && let Some(end) = self.name_run(start + 1) {
            return Some(end);
        }
        self.name_run(start)
    }

    /// Whether the word at `at`, right after a one-word name that follows a title, is a place's
    /// one-word name that closes the name: a comma, a bracket or a speech verb comes next ("Col.
    /// Abdullahi Aden, said", "Maj. Omar Jordan said").
    fn place_closes_titled_name(&self, at: usize) -> bool {
        let lexicon = &*LEXICON;
        let closes = self.text.is_punct(at + 1, ',')
            || self.text.is_punct(at + 1, '(')
            || self.text.tokens.get(at + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && lexicon.is_speech_verb(self.text.key(at + 1));
        self.text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised && !t.all_caps)
            && self.text.adjacent_on_line(at - 1, at)
            && self.text.adjacent_on_line(at, at + 1)
            && (lexicon.phrase_at(self.text, at).is_some_and(|phrase| phrase.end == at + 1)
                || lexicon.is_place_word(self.text, at))
            && closes
    }

    pub(super) fn title_and_name(&mut self, index: usize) -> Option<usize> {
        let lexicon = &*LEXICON;
        let title_end = lexicon.title_at(self.text, index)?;
        // A lower-case title needs a word before it or a capital after it to be a title at all.
        let (mut name_start, appositive) =
            if self.text.is_punct(title_end, ',') { (title_end + 1, true) } else { (title_end, false) };
        if name_start > title_end && !self.text.adjacent_on_line(title_end, name_start) {
            return None;
        }
        // "… says Finnish minister" closing a headline: the capitalised word that opens the next
        // paragraph is no name of the minister's.
        if !appositive && title_end > 0 && !self.text.adjacent_on_line(title_end - 1, title_end) {
            return None;
        }
        // "Inspector General of Police (Eastern range) Ravi Menon": a short bracket after the
        // title (its range, its unit) stands before the name.
        if !appositive
            && self.text.is_punct(name_start, '(')
            && let Some(close) = (name_start + 1..name_start + 6).find(|&i| self.text.is_punct(i, ')'))
            && self.text.tokens.get(close + 1).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && self.text.adjacent_on_line(close, close + 1)
        {
            name_start = close + 1;
        }
        // "Iran's supreme leader, Ayatollah Ali Khamenei,": a second title before the name.
        let mut inner_title = None;
        if appositive && let Some(inner_end) = lexicon.title_at(self.text, name_start) {
            inner_title = Some(self.base_title_key(name_start, inner_end));
            name_start = inner_end;
            // "The judge, Mrs Justice Helen Marsh,": an honorific, then a title of office.
            if let Some(office_end) = lexicon.title_at(self.text, name_start)
                && self.name_run(office_end).is_some_and(|end| end >= office_end + 2)
            {
                inner_title = Some(self.base_title_key(name_start, office_end));
                name_start = office_end;
            }
        }
        // "Army spokesman Captain Jo Bell": a rank after the title, then the name.
        if !appositive
            && inner_title.is_none()
            && let Some(inner_end) = lexicon.title_at(self.text, name_start)
            && self.text.tokens.get(name_start).is_some_and(|t| t.capitalised)
            // "Admiral Sir Ben Key": an honorific stays with the name.
            && !LEXICON.word_in(Words::MaleTitles, self.text, name_start)
            && !LEXICON.word_in(Words::FemaleTitles, self.text, name_start)
            && self.name_run_after_title(inner_end).is_some_and(|end| end >= inner_end + 2)
        {
            inner_title = Some(self.base_title_key(name_start, inner_end));
            name_start = inner_end;
        }
        // "Minister Responsible for the Security Service Mark Tane": a word that links the title
        // to the "for" of its department belongs to the title.
        if !appositive
            && LEXICON.word_in(Words::TitleDepartmentLinks, self.text, name_start)
            && self.text.is_word_ci(name_start + 1, "for")
        {
            name_start += 1;
        }
        // "Secretary of Agriculture Ann Field", "Minister of the Interior Ann Field": the title's
        // department before the name ("the" only after a capitalised title: "president of the
        // University of Nordic Studies" is a role in an organisation).
        let the_department = self.text.is_word(name_start + 1)
            && self.word(name_start + 1) == "the"
            && self.text.tokens.get(index).is_some_and(|t| t.capitalised);
        let department = name_start + 1 + usize::from(the_department);
        // "Secretary of State for Trade and Industry Ann Field": "for" opens a department too.
        let mut appositive = appositive;
        if !appositive && (self.text.is_word_ci(name_start, "of") || self.text.is_word_ci(name_start, "for"))
        {
            // "the Director of Defence Media Operations, Jan Olsen,": a full name in apposition
            // after the department's comma holds the title; the words before it are all
            // department, however much they look like a name.
            let apposed = self
                .department_before_comma(department)
                .filter(|&comma| self.name_run_after_title(comma + 1).is_some_and(|end| end >= comma + 3));
            let named_after = if apposed.is_some() { None } else { self.name_after_department(department) };
            if let Some(start) = named_after {
                name_start = start;
            } else if let Some(comma) = apposed.or_else(|| self.department_before_comma(department)) {
                // "the Cabinet Secretary for Energy and Mining, Dr. Ann Field,": the name stands
                // after the department as an appositive, perhaps behind a title of its own.
                name_start = comma + 1;
                appositive = true;
                if let Some(inner_end) = lexicon.title_at(self.text, name_start) {
                    inner_title = Some(self.base_title_key(name_start, inner_end));
                    name_start = inner_end;
                }
            }
        }
        let name_end = match self.name_run_after_title(name_start) {
            Some(end) => end,
            None if !appositive => self.name_after_honorific(index, name_start)?,
            None => return None,
        };
        // "A military spokesman, Col. Abdullahi Aden, said": after a title, a place's name that
        // follows a one-word name and closes the phrase is the person's surname.
        let name_end = if name_end == name_start + 1 && self.place_closes_titled_name(name_end) {
            name_end + 1
        } else {
            name_end
        };
        // "the Prosecutor General's Office": a title whose possessive opens an office's name is
        // no person.
        if !appositive
            && self.text.tokens.get(name_end).is_some_and(|t| t.kind == TokenKind::Possessive)
            && self.text.tokens.get(name_end + 1).is_some_and(|t| t.capitalised)
            && LEXICON.org_head(self.text, name_end + 1).is_some()
        {
            return None;
        }
        // "Sahel Crest General Trading": a "name" that ends with a firm's word is the end of a
        // firm's name, no person.
        if !appositive && LEXICON.word_in(Words::CompanyNameEndings, self.text, name_end - 1) {
            return None;
        }
        // "The General Intelligence and Security Service": a title word opening an
        // organisation's name is no title.
        if !appositive
            && name_end == name_start + 1
            && self.org_run(index, false).is_some_and(|(run_end, _)| run_end > name_end)
        {
            return None;
        }
        if appositive {
            // "Iran's president, Hassan Rouhani," needs a full name closed by a comma or the end;
            // an honour's letters may stand between ("the Director of Public Prosecutions, Jo
            // Bell KC, said").
            let closes = |at: usize| {
                self.text.is_punct(at, ',')
                    || self
                        .text
                        .tokens
                        .get(at)
                        .is_none_or(|t| t.sentence() != self.text.tokens[name_start].sentence())
            };
            let closed = closes(name_end)
                || LEXICON.word_in(Words::PostNominals, self.text, name_end) && closes(name_end + 1);
            if name_end - name_start < 2 || !closed {
                return None;
            }
            self.government_of_title(index, title_end);
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

    /// Where the name starts after "Title of Department": the department is a run of capitalised
    /// words from `from`, and the name its last two words (three with a middle initial), which
    /// must look like a name.
    fn name_after_department(&self, from: usize) -> Option<usize> {
        let sentence_end = self.text.sentence_of(from).end;
        let mut end = from;
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        // "Secretary of Commerce for Export Enforcement Jo Bell": a connector between capitalised
        // words goes on with the department.
        while end < sentence_end.min(from + 12)
            && (capitalised(end)
                || (end > from
                    && ORG_CONNECTORS
                        .iter()
                        .any(|w| *w != "on" && self.text.is_word(end) && self.word(end) == *w)
                    && capitalised(end + 1)))
            && (end == from || self.text.adjacent_on_line(end - 1, end))
        {
            end += 1;
        }
        let last_two = end.checked_sub(2)?;
        let start = if last_two > from && is_initial(self.word(last_two)) { last_two - 1 } else { last_two };
        (start > from && self.is_name_word(start) && self.is_name_word(end - 1)).then_some(start)
    }

    /// The comma closing a department that starts at `from` ("Energy and Mining,"): capitalised
    /// words and the links between them, on one line, up to a comma.
    fn department_before_comma(&self, from: usize) -> Option<usize> {
        let capitalised =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word);
        let link = |i: usize| {
            self.text.is_word(i) && ["and", "of", "the", "for"].contains(&self.word(i)) && capitalised(i + 1)
        };
        let mut end = from;
        while end < from + 10 && (capitalised(end) || end > from && link(end)) {
            if end > from && !self.text.adjacent_on_line(end - 1, end) {
                return None;
            }
            end += 1;
        }
        (end > from && self.text.is_punct(end, ',') && self.text.adjacent_on_line(end - 1, end))
            .then_some(end)
    }

    /// The title words without leading modifiers, lower case ("deputy foreign minister" gives
    /// "foreign minister").
    pub(super) fn base_title_key(&mut self, start: usize, end: usize) -> String {
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
    pub(super) fn title_prefix_start(&mut self, title_start: usize) -> usize {
        let mut start = title_start;
        // A qualifier is a few words at most; the bound keeps all-capitals text linear.
        while start > 0 && title_start - start < 6 {
            let previous = start - 1;
            let token = self.text.tokens[previous];
            if token.sentence() != self.text.tokens[title_start].sentence()
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

    pub(super) fn add_person(&mut self, start: usize, end: usize, title: Option<String>) -> usize {
        let name_keys: Vec<String> = (start..end)
            // "Maria T. Lopez" and "Maria Lopez" are one person: the initial is no key. A surname
            // joined to its particle ("al-Tawil") is one.
            .filter(|&i| {
                self.text.tokens[i].capitalised && !is_initial(self.word(i)) || self.joined_particle(i)
            })
            .map(|i| {
                let mut key = String::new();
                push_key_part(&mut key, self.word(i));
                key
            })
            .collect();
        let name = self.surface(start, end);
        let index = match self.person_of.get(&name_keys) {
            Some(&index) => index,
            None => {
                let index = self.people.len();
                self.person_of.insert(name_keys.clone(), index);
                self.people.push(Person { name_keys, name, titles: Vec::new() });
                index
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

    /// The end of an armed force named by a one-word name no list knows and a lower-case noun of
    /// [`Words::NamedForcesNouns`] right after it, perhaps behind a word of
    /// [`Words::NamedForcesModifiers`] ("Puntland forces", "Jubaland security forces"). Not a
    /// common word ("Government forces"), a given name, a word of a longer capitalised name, a
    /// name with a possessive, or a word opening its sentence.
    fn forces_of_name(&self, index: usize) -> Option<usize> {
        let lexicon = &*LEXICON;
        let token = self.text.tokens.get(index)?;
        // (At a sentence's start a capital says nothing: "Market forces pushed prices up".)
        let plain = token.kind == TokenKind::Word
            && token.capitalised
            && !token.all_caps
            && !token.sentence_start
            && !self.is_ordinary_word(index)
            && lexicon.phrase_at(self.text, index).is_none()
            && !lexicon.is_place_word(self.text, index)
            && !lexicon.word_in(Words::MaleGivenNames, self.text, index)
            && !lexicon.word_in(Words::FemaleGivenNames, self.text, index)
            && !index
                .checked_sub(1)
                .is_some_and(|p| self.text.is_capitalised_word(p) && self.text.adjacent_on_line(p, index));
        if !plain {
            return None;
        }
        let lower =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        let mut noun = index + 1;
        if lower(noun) && lexicon.word_in(Words::NamedForcesModifiers, self.text, noun) {
            noun += 1;
        }
        (lower(noun)
            && lexicon.word_in(Words::NamedForcesNouns, self.text, noun)
            && self.text.adjacent_on_line(index, index + 1)
            && self.text.adjacent_on_line(noun - 1, noun))
        .then_some(noun + 1)
    }

    pub(super) fn capitalised_run(&mut self, index: usize) -> usize {
        let token = self.text.tokens[index];
        let lexicon = &*LEXICON;
        let sentence_initial = token.sentence_start
            || index.checked_sub(1).is_some_and(|p| {
                self.text.tokens[p].sentence_start
                    && self.text.tokens[p].kind == TokenKind::Punct
                    && self.text.tokens[p].sentence() == token.sentence()
            });
        if lexicon.is_stopword(self.text, index) {
            return index + 1;
        }
        // "Britain-based", "Kremlin-backed": a place or a sponsor describing what follows, no
        // part of its name.
        let attributive = |i: usize| {
            self.word(i)
                .rsplit_once('-')
                .is_some_and(|(_, suffix)| LEXICON.has(Words::AttributiveSuffixes, suffix))
        };
        if attributive(index) {
            return index + 1;
        }
        // "Puntland forces stormed the caves": a name no list knows before a noun for forces.
        if let Some(end) = self.forces_of_name(index) {
            let name = self.surface(index, end);
            self.push_named(index, end, name, ActorKind::ArmedForces, "name+forces");
            return end;
        }
        // "Since May Tomas Vell has led …": a month after a word of time is when, and the name
        // starts after it.
        if lexicon.word_in(Words::Months, self.text, index)
            && index.checked_sub(1).is_some_and(|p| lexicon.word_in(Words::MonthOpeners, self.text, p))
        {
            return index + 1;
        }
        // "the patrol ship KRN Storm Petrel", "the Aframax Sea Lark" are vessels.
        if self.after_vessel_noun(index) || self.opens_vessel_name(index) {
            let mut end = index + 1;
            while self.text.tokens.get(end).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                && self.text.adjacent_on_line(end - 1, end)
            {
                end += 1;
            }
            return end;
        }
        // "the DGSI domestic intelligence agency", "the prosecutor's office (PNAT)": an acronym
        // the text describes as a body is that body's name.
        if self.acronym_described_as_body(index) {
            let name = self.surface(index, index + 1);
            self.push_named(index, index + 1, name, ActorKind::Organisation, "acronym-described");
            return index + 1;
        }
        // "Islamic State-linked Allied Democratic Forces": the capitalised words up to such a
        // word are the sponsor's name, no part of the name after it; the scan goes on from it.
        if let Some(described_by) = (index + 1..index + 4)
            .take_while(|&i| {
                self.text.tokens.get(i).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                    && self.text.adjacent_on_line(i - 1, i)
            })
            .find(|&i| attributive(i))
        {
            return described_by;
        }
        if let Some(end) = self.known_org_run(index) {
            let name = self.surface(index, end);
            self.push_named(index, end, name, ActorKind::Organisation, "org-named-before");
            return end;
        }
        if let Some(end) = self.named_by_org_noun(index) {
            // "Ostbridge, a Houston-based firm," after "Ostbridge Energy": the first word of one
            // firm named before is that firm.
            if end == index + 1
                && let Some(org) = self.org_named_by_first_word(index)
            {
                let surface = self.surface(index, end);
                self.push_named_with_surface(
                    index,
                    end,
                    org,
                    surface,
                    ActorKind::Organisation,
                    "org-noun+name",
                );
                return end;
            }
            let name = self.surface(index, end);
            // "Los Halcones, one of the country's largest criminal gangs,": a band is armed.
            let kind =
                if self.described_as_band(end) { ActorKind::ArmedGroup } else { ActorKind::Organisation };
            self.push_named(index, end, name, kind, "org-noun+name");
            return end;
        }
        // "Ashford International Airport" is a place.
        if let Some(end) = self.place_run_end(index) {
            return end;
        }
        // "Exercise Steadfast Dart", "the Line of Actual Control": an exercise or a line on a
        // map, with the capitalised words (and links) of its name.
        if LEXICON.word_in(Words::EventNameOpeners, self.text, index)
            && let Some(end) = self.event_name_end(index)
        {
            return end;
        }
        // "Former Royal Navy officer Jan Smit said": a word that puts a role in the past opens
        // the sentence, not the name after it.
        if sentence_initial && LEXICON.word_in(Words::PastRoleMarkers, self.text, index) {
            return index + 1;
        }
        if sentence_initial && self.is_ordinary_word(index) {
            // "National Security Council spokesman John Kirby said": an ordinary word can still
            // open an organisation's name at the start of a sentence.
            // "Federal Police said": a shorter one when it is the subject of a speech verb.
            if let Some((end, kind)) = self.org_run(index, false)
                && (end > index + 2 || self.speaks(end - 1))
            {
                let start = self.founder_initial_before(index);
                let name = self.surface(start, end);
                self.push_named(start, end, name, kind, "org-head");
                return end;
            }
            // "Great Plains Aurum, which is registered in Lusaka," after "Great Plains Aurum
            // SARL": the ordinary word opens the name of a firm named before.
            if let Some(end) = self.name_run(index)
                && end > index + 1
                && let Some(org) = self.org_named_by_leading_words(index, end)
            {
                self.push_org_named_before(index, end, org);
                return end;
            }
            return index + 1;
        }
        if let Some((end, kind)) = self.org_run(index, false) {
            let name_start = self.founder_initial_before(index);
            let name = self.surface(name_start, end);
            let preceded_by_the = name_start > 0 && self.text.is_word_ci(name_start - 1, "the");
            let start = if preceded_by_the { name_start - 1 } else { name_start };
            self.push_named(start, end, name, kind, "org-head");
            return end;
        }
        let Some(end) = self.name_run(index) else {
            // Not a roman numeral after a name ("Jo Bell III").
            let numeral = self.word(index).chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
            if token.all_caps
                && !numeral
                && self.word(index).chars().filter(|c| c.is_alphabetic()).count() >= 2
            {
                self.acronyms.push(index);
            }
            return index + 1;
        };
        // "Jama'at Nasr al-Islam wal-Muslimin (JNIM)": a long name before a known organisation's
        // short form in brackets is that organisation's, however the gazetteer spells it.
        if end - index >= 2
            && let Some(entity) = self.known_abbreviation_after(end)
        {
            let surface = self.surface(index, end);
            self.push(ActorKey::Entity(entity), index, end, surface, "name-of-abbreviation", false);
            return end;
        }
        // "House Majority Leader Jo Bell": a capitalised word before a title that a name follows
        // is no part of the name; the title is read from the next word.
        if end - index >= 3
            && let Some(title) =
                (index + 1..index + 3).find(|&i| LEXICON.title_at(self.text, i).is_some_and(|t| t < end))
        {
            return title;
        }
        // "the Barrowclift government", "the Harlan administration": a leader's surname before a
        // body of [`Words::LeaderBodies`] in lower case names that body.
        if end - index == 1
            && index > 0
            && self.text.is_word_ci(index - 1, "the")
            && self.text.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && LEXICON.word_in(Words::LeaderBodies, self.text, end)
            && self.text.adjacent_on_line(index, end)
        {
            let name = self.surface(index, end + 1);
            self.push_named(index - 1, end + 1, name, ActorKind::Organisation, "leader-body");
            return end + 1;
        }
        if end - index == 1 {
            // "Doe's sister, Ana, said": a first name set off after a relative of someone named.
            // "identified only by his surname Wang", "a sailor surnamed Li": a person's name.
            let after_surname_noun = index > 0
                && LEXICON.word_in(Words::SurnameNouns, self.text, index - 1)
                && !self.text.tokens[index - 1].capitalised;
            // "only by his first name, Wayne": a first name set off after those words.
            let after_first_name = index >= 3
                && self.text.is_punct(index - 1, ',')
                && self.text.is_word(index - 2)
                && self.word(index - 2) == "name"
                && (self.text.is_word_ci(index - 3, "first") || self.text.is_word_ci(index - 3, "given"));
            // "asked to be identified only as Tarn", "gave his name only as Peter": a name given
            // in place of a full one is a person's.
            let given_only_as = index >= 3
                && self.text.is_word_ci(index - 1, "as")
                && self.text.is_word_ci(index - 2, "only")
                && (index.saturating_sub(5)..index - 2)
                    .any(|i| LEXICON.word_in(Words::SelfNamingWords, self.text, i));
            if self.after_kin_noun(index) || after_surname_noun || after_first_name || given_only_as {
                let person = self.add_person(index, end, None);
                let surface = self.surface(index, end);
                self.push(ActorKey::Person(person), index, end, surface, "kin-appositive", false);
                return end;
            }
            // "a diplomat in Port Vell", "Lake Tana", "Mount Elgon": a word after a capitalised
            // place word is the rest of a place's name, not a person named again.
            let in_place_name = index > 0
                && self.text.tokens[index - 1].capitalised
                && LEXICON.is_place_word(self.text, index - 1)
                && self.text.adjacent_on_line(index - 1, index);
            if !in_place_name {
                self.bare_words.push(index);
            }
            return end;
        }
        if let Some(org) = self
            .org_named_by_leading_words(index, end)
            .or_else(|| self.org_named_by_trailing_words(index, end))
        {
            self.push_org_named_before(index, end, org);
            return end;
        }
        // "Security Update: Malware hits …": ordinary words a headline capitalises are no name.
        if (token.paragraph() == self.headline || self.headings.contains(token.paragraph()))
            && (index..end).all(|i| LEXICON.is_common_word(self.text, i))
        {
            return end;
        }
        // "Vasilakis Maritime", "Nordvik Freight": a name of two words or more that ends in a word
        // of [`Words::CompanyNameEndings`] is a firm's.
        if end >= index + 2 && LEXICON.word_in(Words::CompanyNameEndings, self.text, end - 1) {
            let name = self.surface(index, end);
            self.push_named(index, end, name, ActorKind::Organisation, "firm-name-ending");
            return end;
        }
        // "Minister of Foreign Affairs, International Cooperation and External Trade": the last
        // portfolios of a title are no person. ("A spokesman for the Ministry of Defence, Jon Dahl,
        // said": a name closed by a comma and a lower-case word other than a conjunction is in
        // apposition.)
        let apposed = self.text.is_punct(end, ',')
            && self.text.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !self.text.is_word_ci(end + 1, "and")
            && !self.text.is_word_ci(end + 1, "or");
        if !apposed && self.in_portfolio_list(index) {
            return end;
        }
        if self.looks_like_person(index, end) {
            let person = self.add_person(index, end, None);
            let surface = self.surface(index, end);
            let rule = if self.is_appositive_person(end) { "name+appositive" } else { "name-sequence" };
            self.push(ActorKey::Person(person), index, end, surface, rule, false);
        } else if self.is_ordinary_word(index)
            && self.is_name_word(index + 1)
            && (self.speaks_after_run(end)
                || LEXICON.word_in_any(
                    &[Words::FemaleGivenNames, Words::MaleGivenNames],
                    self.text,
                    index + 1,
                ))
        {
            // "City Public Advocate Trisha Jameson said": a role in title case before the name
            // of someone who speaks, or before a known given name ("the county registrar" …
            // "Registrar Nadia P. Krell, 52, told"); the run is read again from its next word.
            return index + 1;
        }
        end
    }

    /// The organisation a known short form in brackets right after `end` names: "(JNIM)".
    pub(super) fn known_abbreviation_after(&self, end: usize) -> Option<Entity> {
        if !self.text.is_punct(end, '(') {
            return None;
        }
        let found = LEXICON.phrase_at(self.text, end + 1)?;
        let all_caps = (found.start..found.end).all(|i| self.text.tokens[i].all_caps);
        (found.entry.form == Form::Name && all_caps && self.text.is_punct(found.end, ')'))
            .then_some(found.entry.entity)
            .flatten()
            .filter(|entity| matches!(entity, Entity::Org(_)))
    }

    /// "Doe's sister, Ana," or "his son, Ivo,": a single name between commas right after a noun
    /// for a relative that follows a possessive.
    fn after_kin_noun(&self, index: usize) -> bool {
        if index < 3 || !self.text.is_punct(index - 1, ',') || !self.text.is_punct(index + 1, ',') {
            return false;
        }
        let noun = index - 2;
        let possessed = self.text.tokens[noun - 1].kind == TokenKind::Possessive
            || LEXICON.word_in(Words::PossessiveDeterminers, self.text, noun - 1);
        possessed && LEXICON.word_in(Words::KinNouns, self.text, noun) && !self.text.tokens[noun].capitalised
    }

    /// Whether the word before `index` (or before a prefix in capitals, "KRN") is a noun for a
    /// ship or an aircraft in lower case ([`Words::ForcePlatforms`], [`Words::MerchantVessels`]):
    /// the name is the vessel's ("the tanker Storm Petrel").
    fn after_vessel_noun(&self, index: usize) -> bool {
        let Some(mut before) = index.checked_sub(1) else { return false };
        if self.text.tokens[before].all_caps && self.text.tokens[before].kind == TokenKind::Word {
            let Some(earlier) = before.checked_sub(1) else { return false };
            before = earlier;
        }
        let token = self.text.tokens[before];
        // "the Malta-registered Sea Lark": the word naming the flag stands for the vessel noun.
        let registry = self
            .word(before)
            .rsplit_once('-')
            .is_some_and(|(_, suffix)| LEXICON.has(Words::RegistrySuffixes, suffix));
        // "the bulk carrier Sea Lark": a cargo before "carrier" makes it a ship.
        let ship_carrier = self.text.is_word_ci(before, "carrier")
            && before
                .checked_sub(1)
                .is_some_and(|cargo| LEXICON.word_in(Words::CarrierCargoes, self.text, cargo));
        // "the 7,200-ton Vostok Star": a tonnage stands for the vessel noun.
        let tonnage = {
            let word = self.word(before).to_ascii_lowercase();
            // ("7,200-ton" may be one token, its unit glued to the count by a hyphen.)
            let unit = LEXICON.has(Words::TonnageUnits, &word)
                || word.rsplit_once('-').is_some_and(|(_, unit)| LEXICON.has(Words::TonnageUnits, unit));
            let counted = word.bytes().any(|b| b.is_ascii_digit())
                || before >= 1 && self.text.tokens[before - 1].kind == TokenKind::Number
                || before >= 2
                    && self.text.is_punct(before - 1, '-')
                    && self.text.tokens[before - 2].kind == TokenKind::Number;
            unit && counted
        };
        (tonnage
            || token.kind == TokenKind::Word
                && (registry
                    || !token.capitalised
                        && (LEXICON.word_in(Words::ForcePlatforms, self.text, before)
                            || LEXICON.word_in(Words::MerchantVessels, self.text, before)
                            || ship_carrier)))
            && self.text.adjacent_on_line(before, index)
    }

    /// Whether the name starting at `index` opens with a vessel's class or prefix, a word of
    /// [`Words::VesselClasses`] or [`Words::VesselPrefixes`] right before another capitalised word
    /// ("the Aframax Sea Lark", "BRP Tala Bay"): the name is a vessel's.
    fn opens_vessel_name(&self, index: usize) -> bool {
        (LEXICON.word_in(Words::VesselClasses, self.text, index)
            || LEXICON.word_in(Words::VesselPrefixes, self.text, index))
            && self.text.tokens.get(index + 1).is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            && self.text.adjacent_on_line(index, index + 1)
    }

    /// "the S. Rajan School of Policy": an initial right before an organisation's name opens it
    /// (after "the"); so does an ordinal numeral ("the Army's 12th Infantry Battalion"). Returns
    /// where the name starts.
    fn founder_initial_before(&self, index: usize) -> usize {
        let ordinal = index >= 1
            && self.text.tokens[index - 1].kind == TokenKind::Number
            && self.text.adjacent_on_line(index - 1, index)
            && {
                let word = self.word(index - 1);
                let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && word
                        .strip_prefix(digits)
                        .is_some_and(|suffix| ["st", "nd", "rd", "th"].contains(&suffix))
            };
        if ordinal {
            return index - 1;
        }
        let initial = index >= 2
            && is_initial(self.word(index - 1))
            && self.text.adjacent_on_line(index - 1, index)
            && self.text.is_word_ci(index - 2, "the");
        // The tokenizer may split a lone letter from its full stop ("S" ".").
        let split_initial = index >= 3
            && self.text.is_punct(index - 1, '.')
            && self.word(index - 2).len() == 1
            && self.word(index - 2).chars().all(|c| c.is_ascii_uppercase())
            && self.text.tokens[index - 2].end_byte() == self.text.tokens[index - 1].start_byte()
            && self.text.is_word_ci(index - 3, "the");
        if initial {
            index - 1
        } else if split_initial {
            index - 2
        } else {
            index
        }
    }

    /// Whether the capitalised words from `end` on (if any) end right before a finite speech
    /// verb.
    fn speaks_after_run(&self, end: usize) -> bool {
        let mut last = end - 1;
        while last < end + 4 && self.is_name_word(last + 1) && self.text.adjacent_on_line(last, last + 1) {
            last += 1;
        }
        self.speaks(last)
    }

    /// A common English word, or one the article also writes in lower case.
    pub(super) fn is_ordinary_word(&self, index: usize) -> bool {
        LEXICON.is_common_word(self.text, index) || self.lower_case_words.contains(self.text.key(index))
    }

    /// "Amitai Etzioni" but not "Strategic Export Controls", "New Labour" or "in Tel Aviv".
    pub(super) fn looks_like_person(&mut self, start: usize, end: usize) -> bool {
        let lexicon = &*LEXICON;
        // "Omar al-Haddad": a surname joined to its particle counts as a capitalised word.
        let capitalised: Vec<usize> = (start..end)
            .filter(|&i| self.text.tokens[i].capitalised || i > start && self.joined_particle(i))
            .collect();
        if capitalised.len() < 2 || self.modifies_people_noun(end) {
            return false;
        }
        // "dubbed “Caribbean Sovereignty 2025”", "the Vision Horizon 2030 plan": a name a year
        // closes is an exercise's, a plan's or a report's, no person's.
        if crate::extract::facts::year_at(self.text, end) {
            return false;
        }
        // "Inspector General of Kell Rifles (North) Maj. Gen. …": a title alone names nobody.
        if lexicon.title_at(self.text, start) == Some(end) {
            return false;
        }
        for &i in &capitalised[..capitalised.len() - 1] {
            // "Ahmed al-Din Barakat": a joined particle is written in lower case by its nature,
            // which says nothing of the name.
            if self.is_ordinary_word(i) && !self.given_name_follows(i) && !self.joined_particle(i) {
                return false;
            }
        }
        // The last word may be an ordinary word (Straw, Rice), but not one the article uses in
        // lower case when the first word is also uncertain.
        // "In Dera Kell, hundreds gathered": a preposition that opens the sentence is capitalised.
        let preceding = start.checked_sub(1).map(|i| self.word(i));
        if preceding.is_some_and(|w| {
            w.eq_ignore_ascii_case("the") || LEXICON.has(Words::LocativePrepositions, &w.to_ascii_lowercase())
        }) {
            return false;
        }
        if self.after_motion_or_topic(start) || self.joined_to_a_place(start) {
            return false;
        }
        // "the joint US-South Korean exercise": a state's name joined by a hyphen to another
        // state or a compass point makes a compound of two states, no person's name.
        let joins_states = |i: usize| {
            self.word(i).split_once('-').is_some_and(|(left, right)| {
                lexicon.lookup_country(left).is_some()
                    && (is_compass_word(right) || lexicon.lookup_country(right).is_some())
            })
        };
        if (start..end).any(joins_states) {
            return false;
        }
        // "the city of Tel Aviv", "the port of Ust-Luga", "20 miles east of Bajo de Tolosa".
        if preceding == Some("of")
            && start >= 2
            && (lexicon.is_place_word(self.text, start - 2) || is_compass_word(self.word(start - 2)))
        {
            return false;
        }
        // "its Tarsk Nur test site", "the Vell Tor area": a name before a place noun in lower case
        // (a word of another noun may stand between) names that place.
        let lower_word =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        if lower_word(end)
            && (lexicon.is_place_word(self.text, end)
                || lower_word(end + 1) && lexicon.is_place_word(self.text, end + 1))
        {
            return false;
        }
        // A gazetteer phrase inside ("Jordan Valley" is caught by the place word) is not a name.
        !(start..end).any(|i| lexicon.phrase_at(self.text, i).is_some_and(|m| m.end > i + 1))
    }

    /// "Helena Brandt, a senior fellow" or "Khan, who".
    pub(super) fn is_appositive_person(&self, end: usize) -> bool {
        self.text.is_punct(end, ',') && LEXICON.word_in(Words::AppositiveOpeners, self.text, end + 1)
    }
}

impl Finder<'_, '_> {
    /// Whether the run at `start` goes on a list of portfolios after a title and "of" ("Minister
    /// of Foreign Affairs, International Cooperation and External Trade"): reading back over
    /// capitalised words, commas and "and" (a dozen tokens at most), the list opens right after
    /// "of" and a title or an institution word ("Ministry of …").
    fn in_portfolio_list(&self, start: usize) -> bool {
        /// How far back the list is read.
        const LIST_TOKENS: usize = 12;
        let joins = |i: usize| self.text.is_punct(i, ',') || self.text.is_word_ci(i, "and");
        if !start.checked_sub(1).is_some_and(joins) {
            return false;
        }
        let floor = start.saturating_sub(LIST_TOKENS);
        let mut i = start - 1;
        while i > floor
            && (joins(i)
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised))
        {
            i -= 1;
        }
        self.text.is_word_ci(i, "of")
            && i.checked_sub(1).is_some_and(|title| {
                LEXICON.title_at(self.text, title).is_some() || LEXICON.org_head(self.text, title).is_some()
            })
    }
}
