//! Lines that credit the outlet's own staff, not actors: bylines in the house styles of many
//! outlets ("By Jane Doe", "Jane Doe in Oslo", "Jane Doe, Europe correspondent"), datelines, and
//! credit and contact lines ("Reporting by …", "With assistance from …", "Jane Doe reported from
//! Oslo", a line with an e-mail address).

use super::*;

/// How many paragraphs below the headline a byline may stand.
const BYLINE_PARAGRAPHS: usize = 4;

impl Finder<'_, '_> {
    /// "By Jane Doe, Staff Correspondent" at the top, "(Reporting by Jane Doe; editing by ...)".
    pub(super) fn skip_credit_line(&mut self, index: usize) -> Option<usize> {
        let token = self.text.tokens[index];
        let paragraph = self.text.paragraphs.get(token.paragraph())?.clone();
        // "By: Jane Doe - Reporter": a colon may follow "By".
        let name_at = index + 1 + usize::from(self.text.is_punct(index + 1, ':'));
        // "ANALYSIS | By Jane Doe": a bar starts the byline after a label.
        let line_start = index == paragraph.start
            || index > paragraph.start && self.text.is_punct(index - 1, '|') && index - paragraph.start <= 4
            // "(By Jane Doe and John Roe)" closing a wire story.
            || index == paragraph.start + 1 && self.text.is_punct(paragraph.start, '(');
        let byline = line_start
            && self.text.is_word_ci(index, "by")
            && (self.text.tokens.get(name_at).is_some_and(|t| t.capitalised)
                || self.role_before_name(name_at))
            && paragraph.len() <= 16;
        if byline
            || self.is_reported_from_credit(index, &paragraph)
            || self.is_author_note(index, &paragraph)
            || self.is_byline_affiliation(index, &paragraph)
            || self.is_agency_signoff(index, &paragraph)
            || self.is_bare_byline(index, &paragraph)
            || self.is_dated_byline(index, &paragraph)
            || self.is_role_byline(index, &paragraph)
            || self.is_assistance_credit(index, &paragraph)
        {
            return Some(paragraph.end);
        }
        if let Some(end) = self.contact_line_end(index) {
            return Some(end);
        }
        // "Jane Roe and John Doe contributed reporting.", "... contributed to this report."
        let sentence = self.text.sentence_of(index);
        if index == sentence.start && self.is_contribution_credit(sentence.clone()) {
            return Some(sentence.end);
        }
        // A dateline: "BEIJING (AP) —", "LAGOS, May 3 (Reuters) -": the place and the agency.
        if let Some(end) = self.text.dateline_end(index).or_else(|| self.dated_dateline_end(index)) {
            return Some(end);
        }
        // "Compiled by Jane Doe" opening a line, "(Reporting by …; Editing by …)": a credit opens
        // its line or follows a bracket, a semicolon or a bar. Inside a sentence, "an index
        // compiled by the Institute for Peace" names an author, an actor like any other.
        if LEXICON.word_in(Words::CreditVerbs, self.text, index)
            && self.text.is_word_ci(index + 1, "by")
            && self.credit_opens_at(index, &paragraph)
        {
            // The credit runs to the end of its sentence or bracket.
            let sentence = self.text.sentence_of(index);
            let mut end = index + 2;
            while end < sentence.end && !self.text.is_punct(end, ')') {
                end += 1;
            }
            return Some(end);
        }
        None
    }

    /// Whether a credit verb at `index` opens a credit: at its line's start, perhaps after a word
    /// of [`Words::CreditOpeners`] ("Additional reporting by …") and marks alone ("--additional
    /// reporting by …"), or after a bracket, a semicolon or a bar.
    fn credit_opens_at(&self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        /// How many marks may stand before a credit on its line.
        const LEADING_MARKS: usize = 2;
        let opener = if index > paragraph.start && LEXICON.word_in(Words::CreditOpeners, self.text, index - 1)
        {
            index - 1
        } else {
            index
        };
        let Some(before) = opener.checked_sub(1) else { return true };
        opener - paragraph.start <= LEADING_MARKS
            && (paragraph.start..opener).all(|i| self.text.tokens[i].kind == TokenKind::Punct)
            || ['(', ';', '|'].iter().any(|&mark| self.text.is_punct(before, mark))
    }

    /// A press release's dateline in plain capitals, "Porto Verde, 22 May 2025 –" or "Porto
    /// Verde, May 22, 2025 —": up to three capitalised words opening the paragraph, a comma, a
    /// date (a month beside a number) and a dash. The place is where the release was issued,
    /// no actor. Returns the token after the dash.
    fn dated_dateline_end(&self, index: usize) -> Option<usize> {
        const PLACE_WORDS: usize = 3;
        const DATE_TOKENS: usize = 6;
        let paragraph = self.text.paragraphs.get(self.text.tokens.get(index)?.paragraph())?;
        if index != paragraph.start {
            return None;
        }
        let comma = (index..index + PLACE_WORDS + 1).find(|&i| {
            !self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        })?;
        if comma == index || !self.text.is_punct(comma, ',') {
            return None;
        }
        let date = comma + 1..(comma + 1 + DATE_TOKENS).min(paragraph.end);
        let month = date.clone().find(|&i| LEXICON.may_start_date(self.text, i) && self.text.is_word(i))?;
        let number_beside = [month.wrapping_sub(1), month + 1]
            .iter()
            .any(|&i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number));
        let dash = date.clone().find(|&i| ["-", "—", "–"].contains(&self.text.token_text(i)))?;
        (number_beside && dash > month).then_some(dash + 1)
    }

    /// "Jane Doe in Amsterdam" alone on a line below the headline: a byline without "By", a name,
    /// "in" and a place in capitals, nothing else, or more of them joined by "and" ("Jane Doe in
    /// Oslo and John Roe in Bergen"); or the name alone on its line, or the name, a
    /// comma (or a bar) and a short label in capitals ("Jane Doe, Staff Writer", "Jane Doe | TNN").
    fn is_bare_byline(&mut self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        let token = self.text.tokens[index];
        if index != paragraph.start || token.paragraph() == 0 || token.paragraph() > BYLINE_PARAGRAPHS {
            return false;
        }
        if paragraph.len() > 10 {
            return false;
        }
        let Some(name_end) = self.name_run(index) else { return false };
        if name_end < index + 2 {
            return false;
        }
        // "Jane Doe" alone on its line, or "Jane Doe, Foreign Affairs Correspondent": the name and
        // a short label in capitals, nothing else.
        let alone = name_end == paragraph.end || !self.text.adjacent_on_line(name_end - 1, name_end);
        // "Jane Doe | TNN": a bar may set the label off too.
        let labelled = (self.text.is_punct(name_end, ',') || self.text.is_punct(name_end, '|'))
            && (2..=6).contains(&(paragraph.end - name_end))
            && (name_end + 1..paragraph.end)
                .all(|i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised));
        alone
            || labelled
            || self.text.is_word_ci(name_end, "in")
                && name_end + 1 < paragraph.end
                && (name_end + 1..paragraph.end).all(|i| {
                    self.text.is_punct(i, ',')
                        || self.text.is_word_ci(i, "and")
                        || self.text.is_word_ci(i, "in")
                        || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                })
    }

    /// Reporters' names and the time of publication on one line below the headline, set apart
    /// by a dash: "Jane Doe — Sunday, 30 November 2025, 08:12", "Jane Doe, John Roe – 9 May
    /// 2025". The names (joined by commas or "and") are the outlet's staff, no actors.
    fn is_dated_byline(&mut self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        const LINE_TOKENS: usize = 24;
        const DATE_TOKENS: usize = 10;
        let token = self.text.tokens[index];
        if index != paragraph.start
            || token.paragraph() == 0
            || token.paragraph() > BYLINE_PARAGRAPHS
            || paragraph.len() > LINE_TOKENS
        {
            return false;
        }
        let mut at = index;
        loop {
            let Some(name_end) = self.name_run(at) else { return false };
            if name_end < at + 2 {
                return false;
            }
            if self.text.is_punct(name_end, ',') || self.text.is_word_ci(name_end, "and") {
                at = name_end + 1;
                continue;
            }
            let dash = self.text.is_dash(name_end);
            // Nothing but the date and the time after the dash.
            let date = name_end + 1..paragraph.end;
            let dated = date.len() <= DATE_TOKENS
                && date.clone().any(|i| LEXICON.may_start_date(self.text, i) && self.text.is_word(i))
                && date.clone().all(|i| !self.text.is_word(i) || LEXICON.may_start_date(self.text, i));
            return dash && dated;
        }
    }

    /// A byline that names a reporter's role below the headline, with or without a name: a short
    /// line of words that starts in capitals and ends with a word of [`Words::BylineRoles`]
    /// ("Jane Doe South West of England correspondent", "The Daily Ledger Bureau", "Staff
    /// Reporter").
    fn is_role_byline(&self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        let token = self.text.tokens[index];
        if index != paragraph.start
            || token.paragraph() == 0
            || token.paragraph() > BYLINE_PARAGRAPHS
            || !token.capitalised
            || paragraph.len() > 10
        {
            return false;
        }
        let last = paragraph.end - 1;
        LEXICON.word_in(Words::BylineRoles, self.text, last)
            && (index..paragraph.end).all(|i| self.text.is_word(i) || self.text.is_punct(i, ','))
    }

    /// "By national security reporter Jane Doe": lower-case words ending in a reporter's role
    /// ([`Words::BylineRoles`]) and a capitalised word after it, from `at`.
    fn role_before_name(&self, at: usize) -> bool {
        const ROLE_WORDS: usize = 4;
        let lower =
            |i: usize| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        (at..at + ROLE_WORDS).take_while(|&i| lower(i)).any(|i| {
            LEXICON.word_in(Words::BylineRoles, self.text, i)
                && self.text.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        })
    }

    /// A credit line naming where reporters worked, anywhere: a short paragraph that opens with
    /// a name and "reported from" ("Jane Doe reported from Oslo, and John Roe from Bergen.", a
    /// surname alone: "Ofori-Brandt reported from Accra.").
    fn is_reported_from_credit(&mut self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        const CREDIT_TOKENS: usize = 30;
        if index != paragraph.start || paragraph.len() > CREDIT_TOKENS {
            return false;
        }
        self.name_run(index)
            .is_some_and(|end| self.text.is_word_ci(end, "reported") && self.text.is_word_ci(end + 1, "from"))
    }

    /// The line under a "By" byline that names the reporters' outlet or desk: a few capitalised
    /// words alone ("By Jane Doe and John Roe" then "Associated Press", "Nordic Desk").
    fn is_byline_affiliation(&self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        const AFFILIATION_TOKENS: usize = 6;
        let token = self.text.tokens[index];
        if index != paragraph.start || token.paragraph() == 0 || token.paragraph() > BYLINE_PARAGRAPHS + 1 {
            return false;
        }
        let Some(previous) = self.text.paragraphs.get(token.paragraph() - 1) else { return false };
        let after_by = self.text.is_word_ci(previous.start, "by")
            && self.text.tokens.get(previous.start + 1).is_some_and(|t| t.capitalised)
            && previous.len() <= 16;
        after_by
            && paragraph.len() <= AFFILIATION_TOKENS
            && paragraph.clone().all(|i| {
                self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                    || self.text.is_punct(i, ',')
                    || self.text.is_punct(i, '-')
            })
    }

    /// A note on the author in the last paragraphs: a name, "is a" or "is an", and within a few
    /// words a reporter's role ("Jane Doe is a journalist covering shipping from Oslo.", "John
    /// Roe is a senior correspondent for the Ledger."). The places in it are where the
    /// reporter works, no actors.
    fn is_author_note(&mut self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        const NOTE_TOKENS: usize = 40;
        const LAST_PARAGRAPHS: usize = 2;
        const ROLE_REACH: usize = 4;
        let token = self.text.tokens[index];
        if index != paragraph.start
            || paragraph.len() > NOTE_TOKENS
            || token.paragraph() + LAST_PARAGRAPHS < self.text.paragraphs.len()
        {
            return false;
        }
        let Some(end) = self.name_run(index) else { return false };
        let article = end + 1;
        self.text.is_word_ci(end, "is")
            && (self.text.is_word_ci(article, "a") || self.text.is_word_ci(article, "an"))
            && (article + 1..(article + 1 + ROLE_REACH).min(paragraph.end))
                .any(|i| LEXICON.word_in(Words::BylineRoles, self.text, i))
    }

    /// A wire sign-off in the last paragraph: the editors' initials at most, then the agencies
    /// the story drew on in brackets, nothing else ("jd/mr (dpa, AFP, Reuters)", "(AP, AFP)").
    fn is_agency_signoff(&self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        const SIGNOFF_TOKENS: usize = 24;
        let token = self.text.tokens[index];
        if index != paragraph.start
            || paragraph.len() > SIGNOFF_TOKENS
            || token.paragraph() + 1 != self.text.paragraphs.len()
        {
            return false;
        }
        let Some(open) = paragraph.clone().find(|&i| self.text.is_punct(i, '(')) else { return false };
        let initials = (paragraph.start..open).all(|i| {
            self.text.is_punct(i, '/')
                || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        });
        let close = paragraph.end - 1;
        let agencies = open + 1..close;
        initials
            && self.text.is_punct(close, ')')
            && !agencies.is_empty()
            && agencies.clone().any(|i| self.text.tokens.get(i).is_some_and(|t| t.capitalised))
            && agencies.into_iter().all(|i| {
                self.text.is_punct(i, ',')
                    || self.text.is_punct(i, '-')
                    || self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            })
    }

    /// A credit line for help with a story, anywhere: "With assistance from Jane Doe.", "--With
    /// reporting by John Roe", "— With a report from Jo Bell": "with", perhaps "a", a word of
    /// [`Words::CreditNouns`] and "from" or "by" opening its paragraph (after dashes at most).
    fn is_assistance_credit(&self, index: usize, paragraph: &std::ops::Range<usize>) -> bool {
        if !(self.text.is_word_ci(index, "with")
            && (paragraph.start..index)
                .all(|i| self.text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)))
        {
            return false;
        }
        let noun = if self.text.is_word_ci(index + 1, "a") { index + 2 } else { index + 1 };
        LEXICON.word_in(Words::CreditNouns, self.text, noun)
            && (self.text.is_word_ci(noun + 1, "from") || self.text.is_word_ci(noun + 1, "by"))
    }

    /// The end of a contact line starting at `index`: a short line with an e-mail address on it
    /// ("Jane Doe in Oslo at jdoe@example.com") or opened by a label of [`Words::ContactLabels`]
    /// and a colon ("Media contact: Jo Bell, Press Officer"). The names on it are the outlet's or
    /// the issuer's staff, not actors.
    fn contact_line_end(&self, index: usize) -> Option<usize> {
        const CONTACT_LINE_TOKENS: usize = 24;
        // A labelled line may list a title and a whole ministry.
        const LABELLED_LINE_TOKENS: usize = 48;
        if index > 0 && self.text.adjacent_on_line(index - 1, index) {
            return None;
        }
        let mut end = index + 1;
        while end < self.text.tokens.len() && self.text.adjacent_on_line(end - 1, end) {
            end += 1;
            if end - index > LABELLED_LINE_TOKENS {
                return None;
            }
        }
        let touching = |a: usize, b: usize| match (self.text.tokens.get(a), self.text.tokens.get(b)) {
            (Some(left), Some(right)) => left.end_byte() == right.start_byte(),
            _ => false,
        };
        let email = (index + 1..end.saturating_sub(1)).any(|at| {
            self.text.is_punct(at, '@')
                && self.text.is_word(at - 1)
                && self.text.is_word(at + 1)
                && touching(at - 1, at)
                && touching(at, at + 1)
        });
        // "Media contact: Jo Bell, Senior Communications Officer": a label that opens the line.
        // "To contact the reporters on this story: Jo Bell in Oslo": the label may run on in
        // plain words to its colon.
        const LABEL_WORDS: usize = 8;
        let labelled = (index..(index + 3).min(end)).any(|at| {
            LEXICON.word_in(Words::ContactLabels, self.text, at)
                && (at + 1..(at + 1 + LABEL_WORDS).min(end))
                    .find(|&i| !self.text.is_word(i))
                    .is_some_and(|i| self.text.is_punct(i, ':'))
        });
        (email && end - index <= CONTACT_LINE_TOKENS || labelled).then_some(end)
    }

    /// A short sentence whose verb credits reporters: "contributed reporting", "contributed to
    /// this report".
    fn is_contribution_credit(&self, sentence: std::ops::Range<usize>) -> bool {
        // "Associated Press writer Jane Doe in Oslo contributed.", "… contributed from Quito.": a
        // line of its own that ends with the verb, or gives where from, credits too.
        let own_line = self
            .text
            .tokens
            .get(sentence.start)
            .and_then(|t| self.text.paragraphs.get(t.paragraph()))
            .is_some_and(|paragraph| paragraph.start == sentence.start && paragraph.end == sentence.end);
        sentence.len() <= 30
            && sentence.clone().any(|i| {
                self.text.is_word_ci(i, "contributed")
                    && (self.text.is_word_ci(i + 1, "reporting")
                        || self.text.is_word_ci(i + 1, "to")
                        || own_line
                            && (self.text.is_word_ci(i + 1, "from")
                                || i + 1 == sentence.end
                                || self.text.is_punct(i + 1, '.') && i + 2 == sentence.end))
            })
    }
}
