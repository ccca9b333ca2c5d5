//! Governments the gazetteers do not know, named by the title of one of their office-holders:
//! "Lorvik's governor, Jo Bell," makes Lorvik a government that acts.

use super::*;

impl Finder<'_, '_> {
    /// "Lorvik's governor, Jo Bell,", "Lorvik's Health Secretary, Jo Bell,": a single capitalised
    /// word no rule has read, in the possessive right before the title of a government's office
    /// (a governor or premier, or a minister or secretary with a portfolio), names a government.
    pub(super) fn government_of_title(&mut self, title: usize, title_end: usize) {
        let (Some(possessive), Some(place)) = (title.checked_sub(1), title.checked_sub(2)) else { return };
        let last = title_end - 1;
        let office = LEXICON.word_in(Words::GovernmentHeads, self.text, last)
            || title_end - title >= 2 && LEXICON.word_in(Words::GovernmentPortfolioEnds, self.text, last);
        if !office || self.text.tokens[possessive].kind != TokenKind::Possessive {
            return;
        }
        let token = self.text.tokens[place];
        let single = token.kind == TokenKind::Word
            && token.capitalised
            && !token.all_caps
            && !place.checked_sub(1).is_some_and(|before| {
                self.text.tokens[before].capitalised && self.text.adjacent_on_line(before, place)
            });
        let read = self.mentions.iter().rev().take(4).any(|m| m.start_token <= place && place < m.end_token);
        if single && !read && !LEXICON.is_stopword(self.text, place) && self.is_name_word(place) {
            let name = self.word(place).to_owned();
            self.push_named(place, place + 1, name, ActorKind::State, "government-of-title");
        }
    }

    /// "Police arrested four men, the interior ministry said": a government's body named by its
    /// portfolio alone, with no state before it, is an organisation when it speaks or is cited
    /// ("according to the justice department"). It is the body the article names with its state
    /// too ("Kessa's Interior Ministry … the interior ministry said") when exactly one such name
    /// ends with the same words; otherwise an actor of its own, named as written ("interior
    /// ministry"): which state's it is, the words do not say.
    pub(super) fn bare_government_bodies(&mut self) {
        let mut found = Vec::new();
        // Cheap first, as this reads every token: the body's word starts with a letter one of the
        // list's words starts with.
        let mut first_letters = [false; 256];
        for word in LEXICON.entries(Words::PortfolioBodies) {
            if let Some(&b) = word.as_bytes().first() {
                first_letters[usize::from(b)] = true;
            }
        }
        let bytes = self.text.text.as_bytes();
        for body in 2..self.text.tokens.len() {
            let (portfolio, article) = (body - 1, body - 2);
            let first = bytes.get(self.text.tokens[body].start_byte()).copied().unwrap_or(0);
            if !first_letters[usize::from(first)]
                || !LEXICON.word_in(Words::PortfolioBodies, self.text, body)
                || self.text.tokens[body].capitalised
                || self.text.tokens[portfolio].capitalised
                || !LEXICON.word_in(Words::PortfolioWords, self.text, portfolio)
                || !self.text.is_word_ci(article, "the")
                || !self.text.adjacent_on_line(article, body)
            {
                continue;
            }
            // "the interior ministry said", "… has said", "according to the interior ministry".
            let auxiliary = ["has", "had"].iter().any(|w| self.text.is_word_ci(body + 1, w));
            let cited = article >= 2
                && self.text.is_word_ci(article - 1, "to")
                && self.text.is_word_ci(article - 2, "according");
            // "In Tehran, the foreign ministry said": the place before names the state, whose
            // body the quote rules read as the state's voice.
            let sentence = self.text.sentence_of(article);
            let fronted_state = article >= 2
                && self.text.is_punct(article - 1, ',')
                && self.text.is_word_ci(sentence.start, "in")
                && LEXICON.phrase_at(self.text, sentence.start + 1).is_some_and(|place| {
                    place.end == article - 1 && matches!(place.entry.entity, Some(Entity::Country(_)))
                });
            if !fronted_state && (self.speaks(body) || auxiliary && self.speaks(body + 1) || cited) {
                found.push((article, body + 1));
            }
        }
        if found.is_empty() {
            return;
        }
        let by_ending = self.orgs_by_last_two_words();
        for (article, end) in found {
            let words = self.surface(article + 1, end);
            let named = by_ending.get(&words.to_lowercase()).map(Vec::as_slice).unwrap_or_default();
            let surface = self.surface(article, end);
            match named {
                [lookup] => self.push(
                    ActorKey::Named(lookup.clone()),
                    article,
                    end,
                    surface,
                    "bare-government-body",
                    false,
                ),
                [] => self.push_named_with_surface(
                    article,
                    end,
                    words,
                    surface,
                    ActorKind::Organisation,
                    "bare-government-body",
                ),
                _ => {}
            }
        }
    }

    /// The organisations named so far, by the last two words of their name in lower case
    /// ("chad's interior ministry" under "interior ministry"), read once for all the bodies
    /// named by their portfolio alone.
    fn orgs_by_last_two_words(&self) -> HashMap<String, Vec<String>> {
        let mut by_ending: HashMap<String, Vec<String>> = HashMap::new();
        for (lookup, org) in &self.named_orgs {
            let mut words = org.name.rsplit(' ');
            if let (Some(last), Some(before)) = (words.next(), words.next()) {
                by_ending.entry(format!("{before} {last}").to_lowercase()).or_default().push(lookup.clone());
            }
        }
        by_ending
    }

    /// "Armenia's Foreign Ministry said … the Foreign Ministry said in a statement": a body named
    /// by its portfolio alone in capitals is the body named before it with its state and the
    /// same words, when the article names only one such ("Armenia's Defence Ministry" and
    /// "Azerbaijan's Defence Ministry" leave "the Defence Ministry" alone). Its mentions go to
    /// that body, but for one that "of" goes on from ("the Foreign Ministry of Niger").
    pub(super) fn merge_capitalised_government_bodies(&mut self) {
        let bare: Vec<(String, String)> = self
            .named_orgs
            .iter()
            .filter_map(|(lookup, org)| {
                let (portfolio, body) = org.name.split_once(' ')?;
                let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
                if body.contains(' ') || !capitalised(portfolio) || !capitalised(body) {
                    return None;
                }
                let known = LEXICON.has(Words::PortfolioWords, &portfolio.to_lowercase())
                    && LEXICON.has(Words::PortfolioBodies, &body.to_lowercase());
                known.then(|| (lookup.clone(), org.name.to_lowercase()))
            })
            .collect();
        if bare.is_empty() {
            return;
        }
        let by_ending = self.orgs_by_last_two_words();
        // Mentions in text order, sorted once for all the bodies.
        let mut order: Vec<usize> = Vec::new();
        for (lookup, ending) in bare {
            let qualified: Vec<&String> =
                by_ending.get(&ending).into_iter().flatten().filter(|other| **other != lookup).collect();
            let [owner_key] = qualified.as_slice() else { continue };
            let owner_key = (*owner_key).clone();
            // Each bare mention after the qualified body's first mention, in text order, is it.
            if order.is_empty() {
                order = (0..self.mentions.len()).collect();
                order.sort_by_key(|&i| self.mentions[i].start_token);
            }
            let mut named_before = false;
            let mut moves = Vec::new();
            for &i in &order {
                match &self.mentions[i].key {
                    ActorKey::Named(key) if *key == owner_key => named_before = true,
                    ActorKey::Named(key)
                        if *key == lookup
                            && named_before
                            && !self.text.is_word_ci(self.mentions[i].end_token, "of") =>
                    {
                        moves.push(i);
                    }
                    _ => {}
                }
            }
            for i in moves {
                self.mentions[i].key = ActorKey::Named(owner_key.clone());
            }
        }
    }
}
