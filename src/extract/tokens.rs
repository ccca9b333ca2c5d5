//! The tokenizer every rule works on: words, numbers, possessive endings and single punctuation
//! characters, each with its UTF-8 byte range in the text, plus the sentence and paragraph each
//! token belongs to.
//!
//! Hand-written and single pass, so it never backtracks and costs a few nanoseconds a byte.
//! Decisions that shape every later rule:
//!
//! - A possessive ending is its own token: `Russia's` is `Russia` + `'s`, so gazetteer keys match
//!   the bare name and "North Korea's" is a mention of North Korea.
//! - Internal apostrophes and hyphens stay inside a word (`don't`, `d'Affaires`, `Asia-Pacific`,
//!   `short-range`), so an apostrophe is never mistaken for a quotation mark here.
//! - Dotted abbreviations are one token with their dots (`U.S.`, `D.C.`), and so are the few
//!   titles written with a dot (`Mr.`, `Gen.`), so their dots never end a sentence.

use std::ops::Range;

use crate::model::text::paragraphs;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits after a letter), with internal apostrophes, hyphens and abbreviation dots.
    Word,
    /// Starts with a digit: `12,000`, `3.5`, `1990s`, `2-R`.
    Number,
    /// A possessive ending, `'s` or `’s`.
    Possessive,
    /// Any other single non-space character.
    Punct,
}

/// One token. Byte offsets are into the text given to [`tokenize`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets and indexes are stored as `u32` (a token is 28 bytes instead of 56: the
    /// token list of a 2 MB article is half as large), read through the methods below as
    /// `usize`. [`tokenize`] reads at most [`MAX_TOKENIZED_BYTES`], so every value fits.
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// The first character is upper case.
    pub capitalised: bool,
    /// At least two letters and no lower-case letter ("UN", "DPRK", "U.S.").
    pub all_caps: bool,
    /// The first token of its sentence.
    pub sentence_start: bool,
    sentence: u32,
    paragraph: u32,
    /// Where this token's lookup key lies in [`TokenizedText::keys`].
    key_start: u32,
    key_end: u32,
}

impl Token {
    /// Where the token starts in the text, in bytes.
    #[inline]
    pub fn start_byte(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends in the text, in bytes (exclusive).
    #[inline]
    pub fn end_byte(&self) -> usize {
        self.end as usize
    }

    /// The index of the token's sentence in [`TokenizedText::sentences`].
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// The index of the token's paragraph in [`TokenizedText::paragraphs`].
    #[inline]
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Where the token's lookup key lies in [`TokenizedText::keys`].
    #[inline]
    fn key_range(&self) -> std::ops::Range<usize> {
        self.key_start as usize..self.key_end as usize
    }
}

/// How much of a text [`tokenize`] reads: 1 GiB, far above the importers' 64 MiB cap. Below it
/// every byte offset, and every offset in the lookup keys (a lower-case form is at most one
/// and a half times as long as the word, plus a space per token), fits the `u32` fields of [`Token`].
pub const MAX_TOKENIZED_BYTES: usize = 1 << 30;

/// `value` as a `u32`, or `u32::MAX` if it does not fit (never, below [`MAX_TOKENIZED_BYTES`]).
fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// The tokens of a text with its sentences and paragraphs, as token index ranges.
#[derive(Debug, Default)]
pub struct TokenizedText<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Token index ranges, in order; every token is in exactly one sentence.
    pub sentences: Vec<Range<usize>>,
    /// Token index ranges, in order; every token is in exactly one paragraph.
    pub paragraphs: Vec<Range<usize>>,
    /// The lookup key of every token (see [`push_key_part`]), joined by single spaces, so the key
    /// of any run of tokens is a slice of it: lexicon lookups never build strings.
    keys: String,
    /// Per token, the lexicon's classes of its word (bit flags), when
    /// [`TokenizedText::set_word_info`] was called: one lookup per token instead of one per
    /// rule.
    word_classes: Vec<u16>,
    /// Per token, the id of the set of word lists its word is in, when
    /// [`TokenizedText::set_word_info`] was called (see `Lexicon::word_in`).
    word_lists: Vec<u16>,
    /// Whether the text has a Chinese, Japanese or Korean letter: the passes for those scripts
    /// ask once, not each over the whole text.
    has_cjk: bool,
}

impl<'t> TokenizedText<'t> {
    /// Whether the text has a Chinese, Japanese or Korean letter
    /// ([`crate::model::text::contains_cjk_letter`]).
    pub fn has_cjk(&self) -> bool {
        self.has_cjk
    }

    pub fn token_text(&self, index: usize) -> &'t str {
        self.tokens.get(index).map_or("", |token| self.slice(token.start_byte(), token.end_byte()))
    }

    /// `text[start_byte..end_byte]`, or "" when the range is not valid (never panics).
    pub fn slice(&self, start_byte: usize, end_byte: usize) -> &'t str {
        self.text.get(start_byte..end_byte).unwrap_or("")
    }

    pub fn is_word(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether token `index` is a word that opens with a capital letter.
    pub fn is_capitalised_word(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
    }

    /// Whether token `index` is an apostrophe standing alone ("the rebels' control"), straight or
    /// curly.
    pub fn is_apostrophe(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            && self.token_text(index).chars().all(is_apostrophe)
    }

    /// Whether token `index` is the punctuation character `c`.
    pub fn is_punct(&self, index: usize, c: char) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            && self.token_text(index).starts_with(c)
    }

    /// Whether token `index` is a quotation mark: straight, curly or typewriter (`''`, ` `` `),
    /// single or double. Whether it opens or closes a quote is for the quote finder to say.
    pub fn is_quote_mark(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            && (self.is_double_quote_mark(index) || matches!(self.token_text(index), "'" | "‘" | "’"))
    }

    /// Whether token `index` is a double quotation mark: straight, curly or typewriter.
    pub fn is_double_quote_mark(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.token_text(index), "\"" | "“" | "”" | "''" | "``")
    }

    /// Where a name at `start` begins with its article: at the "the" right before it, if any
    /// ("the U.A.E.", "the Philippines"), else at `start`.
    pub fn with_article(&self, start: usize) -> usize {
        if start > 0 && self.is_word_ci(start - 1, "the") { start - 1 } else { start }
    }

    /// Whether token `index` is a dash standing alone: a hyphen, an en dash or an em dash.
    pub fn is_dash(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.token_text(index), "-" | "–" | "—")
    }

    /// Whether token `index` equals `word`, ignoring ASCII case.
    #[inline]
    pub fn is_word_ci(&self, index: usize, word: &str) -> bool {
        self.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word)
            && self.token_text(index).eq_ignore_ascii_case(word)
    }

    /// Whether two tokens are separated by nothing but spaces (no line break).
    pub fn adjacent_on_line(&self, left: usize, right: usize) -> bool {
        match (self.tokens.get(left), self.tokens.get(right)) {
            (Some(a), Some(b)) => !self.slice(a.end_byte(), b.start_byte()).contains('\n'),
            _ => false,
        }
    }

    /// Records the classes of every token's word and the id of the set of word lists it is in, as
    /// `info` gives them for its lookup key (`Lexicon::word_info`): one lookup per token.
    pub fn set_word_info(&mut self, info: impl Fn(&str) -> (u16, u16)) {
        let mut classes = Vec::with_capacity(self.tokens.len());
        let mut lists = Vec::with_capacity(self.tokens.len());
        for token in &self.tokens {
            let (class, list) = match token.kind {
                TokenKind::Word => info(self.keys.get(token.key_range()).unwrap_or("")),
                // No list or class holds a mark or a number that is not a word.
                _ => (0, 0),
            };
            classes.push(class);
            lists.push(list);
        }
        self.word_classes = classes;
        self.word_lists = lists;
    }

    /// The word-list set id recorded for token `index`, if it was recorded.
    pub fn word_lists(&self, index: usize) -> Option<u16> {
        self.word_lists.get(index).copied()
    }

    /// The classes recorded for token `index`, if they were recorded.
    pub fn word_class(&self, index: usize) -> Option<u16> {
        self.word_classes.get(index).copied()
    }

    /// The lookup key of token `index`: lower case, no dots, straight apostrophes.
    pub fn key(&self, index: usize) -> &str {
        self.tokens.get(index).and_then(|t| self.keys.get(t.key_range())).unwrap_or("")
    }

    /// The lookup key of tokens `start..end`, their keys joined by single spaces.
    pub fn key_span(&self, start: usize, end: usize) -> &str {
        match (self.tokens.get(start), end.checked_sub(1).and_then(|last| self.tokens.get(last))) {
            (Some(first), Some(last)) if start < end => {
                self.keys.get(first.key_start as usize..last.key_end as usize).unwrap_or("")
            }
            _ => "",
        }
    }

    /// Where the statement of the sentence starting at token `sentence_start` begins, for a
    /// passage at token `at`: after its dateline ("TAIPEI — Taiwan's ministry said…") when the
    /// sentence opens one and the passage lies past it, else the sentence's start.
    pub fn statement_start(&self, sentence_start: usize, at: usize) -> usize {
        self.dateline_end(sentence_start).filter(|&end| end <= at).unwrap_or(sentence_start)
    }

    /// Where the dateline that opens paragraph-starting token `index` ends ("BEIJING (AP) —",
    /// "LAGOS, May 3 (Reuters) -", "TAIPEI —"): the token after its dash.
    pub fn dateline_end(&self, index: usize) -> Option<usize> {
        let token = self.tokens.get(index)?;
        let paragraph = self.paragraphs.get(token.paragraph())?;
        let is_dash = |i: usize| ["-", "—", "–"].contains(&self.token_text(i));
        if index == paragraph.start && !token.all_caps {
            return self.agency_dateline_end(index);
        }
        if index != paragraph.start || !token.all_caps || self.token_text(index).len() < 3 {
            return None;
        }
        // "TAIPEI/BEIJING, Nov 18 (Reuters) -": places filed from, joined by slashes.
        let mut last = index;
        while last < index + 4
            && self.token_text(last + 1) == "/"
            && self.tokens.get(last + 2).is_some_and(|t| t.all_caps)
        {
            last += 2;
        }
        let opens_dateline =
            is_dash(last + 1) || self.is_punct(last + 1, ',') || self.is_punct(last + 1, '(');
        if !opens_dateline {
            return None;
        }
        (last + 1..paragraph.end.min(last + 12)).find(|&i| is_dash(i)).map(|dash| dash + 1)
    }

    /// A short form in brackets opening at `open` ("(KLA)", "(ISPR)"): "(", one capitalised word,
    /// ")". Returns the token after the closing bracket.
    pub fn bracketed_short_form(&self, open: usize) -> Option<usize> {
        (self.is_punct(open, '(')
            && self.tokens.get(open + 1).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
            && self.is_punct(open + 2, ')'))
        .then_some(open + 3)
    }

    /// A dateline in the house style of some agencies, the place in plain capitals: "Kessa (AFP)
    /// -", "Port Vell (AFP) —". Up to three capitalised words (no article) open one of the first
    /// paragraphs, then the agency in capitals in brackets, then a dash; returns the token after
    /// the dash.
    fn agency_dateline_end(&self, index: usize) -> Option<usize> {
        const PLACE_WORDS: usize = 3;
        /// A dateline opens the story: the headline, a byline and a date line may stand above it.
        const DATELINE_PARAGRAPHS: usize = 3;
        // "The Vell Front (VF) - a banned group - claimed …" opens with a name, no place.
        let article = ["the", "a", "an"].iter().any(|a| self.token_text(index).eq_ignore_ascii_case(a));
        if self.tokens.get(index)?.paragraph() > DATELINE_PARAGRAPHS || article {
            return None;
        }
        let open = (index..index + PLACE_WORDS + 1)
            .find(|&i| !self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised))?;
        let agency = |i: usize| self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.all_caps);
        if open == index || !self.is_punct(open, '(') || !agency(open + 1) {
            return None;
        }
        let close = open + if agency(open + 2) { 3 } else { 2 };
        let dash = close + 1;
        (self.is_punct(close, ')') && ["-", "—", "–"].contains(&self.token_text(dash))).then_some(dash + 1)
    }

    /// The index of the first token that reads `word` (tests only; panics when there is none).
    #[cfg(test)]
    pub(crate) fn position_of(&self, word: &str) -> usize {
        (0..self.tokens.len()).find(|&i| self.token_text(i) == word).expect("the word is in the text")
    }

    pub fn sentence_of(&self, index: usize) -> Range<usize> {
        self.tokens.get(index).and_then(|t| self.sentences.get(t.sentence())).cloned().unwrap_or(0..0)
    }

    /// The index of the first token starting at or after `byte`.
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start_byte() < byte)
    }
}

/// A single capital after a capitalised word, with its dot at `dot`, before a capitalised word
/// ("Maria T. Lopez"), a comma or a lower-case word ("Karl W. under"); or a transliterated
/// letter written as a capital and "h" ("Amal Kh. Rahimi", "Oleg Zh. Markov"), which no word is,
/// before a capitalised word.
fn is_middle_initial(text: &str, previous: Option<&Token>, start_byte: usize, dot: usize) -> bool {
    let bytes = text.as_bytes();
    let after_name = bytes.get(start_byte).is_some_and(u8::is_ascii_uppercase)
        && previous
            .is_some_and(|p| p.kind == TokenKind::Word && p.capitalised && p.end_byte() + 1 == start_byte)
        && bytes.get(start_byte.wrapping_sub(1)) == Some(&b' ');
    let name_follows =
        bytes.get(dot + 1) == Some(&b' ') && bytes.get(dot + 2).is_some_and(u8::is_ascii_uppercase);
    if dot == start_byte + 2 && bytes.get(start_byte + 1) == Some(&b'h') {
        return after_name && name_follows;
    }
    dot == start_byte + 1
        && after_name
        && (name_follows
            // "Karl W., 34," or "Karl W. under privacy rules": a surname cut to its initial, the
            // sentence going on after it.
            || bytes.get(dot + 1) == Some(&b',')
            || bytes.get(dot + 1) == Some(&b' ') && bytes.get(dot + 2).is_some_and(u8::is_ascii_lowercase))
}

/// A single capital opening a name, with its dot at `dot`, before a capitalised word: "S.
/// Varma said", "(Eastern range) R. Menon". Only at a sentence's or a bracket's edge (the token
/// before is punctuation, or none): a single letter ending a sentence there is rare, while after
/// a word ("a model T. Police said") it is no initial. After a capitalised word the letter is a
/// middle initial ([`is_middle_initial`]).
fn is_leading_initial(text: &str, previous: Option<&Token>, start_byte: usize, dot: usize) -> bool {
    let bytes = text.as_bytes();
    dot == start_byte + 1
        && bytes.get(start_byte).is_some_and(u8::is_ascii_uppercase)
        && previous.is_none_or(|p| p.kind == TokenKind::Punct)
        && bytes.get(dot + 1) == Some(&b' ')
        && bytes.get(dot + 2).is_some_and(u8::is_ascii_uppercase)
}

/// A single capital, with its dot at `dot`, that opens a state's name written short with the
/// next word ("N. Korea fired …", "as S. Korea and Japan met"): the gazetteer lists the short
/// name ([`super::lexicon::is_abbreviated_state`]), so the dot ends no sentence wherever the
/// letter stands.
fn opens_abbreviated_state(text: &str, start_byte: usize, dot: usize) -> bool {
    let bytes = text.as_bytes();
    if dot != start_byte + 1
        || !bytes.get(start_byte).is_some_and(u8::is_ascii_uppercase)
        || bytes.get(dot + 1) != Some(&b' ')
        || !bytes.get(dot + 2).is_some_and(u8::is_ascii_uppercase)
    {
        return false;
    }
    let rest = text.get(dot + 2..).unwrap_or("");
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    text.get(start_byte..dot + 2 + word_end).is_some_and(super::lexicon::is_abbreviated_state)
}

/// A middle initial token ("T.", "Kh."), as [`is_middle_initial`] made it.
pub fn is_initial(word: &str) -> bool {
    match word.as_bytes() {
        [capital, b'.'] | [capital, b'h', b'.'] => capital.is_ascii_uppercase(),
        _ => false,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The character starting at byte `pos`, if `pos` is a character boundary inside `text`.
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|rest| rest.chars().next())
}

/// Splits `text` into tokens, sentences and paragraphs: its first [`MAX_TOKENIZED_BYTES`].
pub fn tokenize(text: &str) -> TokenizedText<'_> {
    tokenize_within(text, MAX_TOKENIZED_BYTES)
}

/// [`tokenize`] over the first `limit` bytes of `text` (less, to end on a character boundary).
fn tokenize_within(text: &str, limit: usize) -> TokenizedText<'_> {
    let text = text.get(..crate::model::span::floor_char_boundary(text, limit)).unwrap_or("");
    // News text has about one token per four bytes; a little more room avoids regrowing.
    let mut tokens = Vec::with_capacity(text.len() / 3 + 1);
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    // The cursor always sits on a character boundary: it moves by whole characters.
    loop {
        while bytes.get(pos).is_some_and(|b| matches!(b, b' ' | b'\n' | b'\t')) {
            pos += 1;
        }
        let Some(c) = char_at(text, pos) else { break };
        let start_byte = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        // Typewriter double quotes: two apostrophes or two backticks (``Not now,'' he said) are
        // one mark, like '"'.
        if matches!(c, '\'' | '`') && bytes.get(pos) == Some(&(c as u8)) {
            // Three apostrophes after a word (`sorry,'''`) close a single quote nested in a double
            // one: the single mark comes first.
            let closes_nested = c == '\''
                && bytes.get(pos + 1) == Some(&b'\'')
                && tokens.last().is_some_and(|t: &Token| t.end_byte() == start_byte);
            if closes_nested {
                tokens.push(new_token(text, start_byte, pos, TokenKind::Punct));
                continue;
            }
            pos += 1;
            tokens.push(new_token(text, start_byte, pos, TokenKind::Punct));
            continue;
        }
        if is_apostrophe(c) {
            // A possessive ending right after a word: "Russia's", "Trump’s".
            let follows_word = tokens.last().is_some_and(|t: &Token| {
                t.end_byte() == start_byte && matches!(t.kind, TokenKind::Word | TokenKind::Number)
            });
            if follows_word && is_possessive_s(text, pos) {
                pos += 1;
                tokens.push(new_token(text, start_byte, pos, TokenKind::Possessive));
                continue;
            }
        }
        if !c.is_alphanumeric() {
            tokens.push(new_token(text, start_byte, pos, TokenKind::Punct));
            continue;
        }
        let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        loop {
            // Most text is ASCII letters: skip them a byte at a time.
            while bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
                pos += 1;
            }
            let Some(next) = char_at(text, pos) else { break };
            if next.is_alphanumeric() {
                pos += next.len_utf8();
                continue;
            }
            let after_joiner = char_at(text, pos + next.len_utf8());
            let joined = match next {
                // "don't", "d'Affaires", but not the possessive "'s" (its own token) nor a closing
                // single quote ("the 'red lines'").
                c if is_apostrophe(c) => {
                    after_joiner.is_some_and(char::is_alphabetic)
                        && !is_possessive_s(text, pos + next.len_utf8())
                }
                c if is_hyphen(c) => after_joiner.is_some_and(char::is_alphanumeric),
                // "J&K", "AT&T", "R&D": capital letters joined by an ampersand with no space.
                '&' => {
                    let word = text.get(start_byte..pos).unwrap_or("");
                    word.len() <= 3
                        && word.bytes().all(|b| b.is_ascii_uppercase())
                        && after_joiner.is_some_and(|a| a.is_ascii_uppercase())
                }
                // "12,000", "3.5".
                ',' | '.' if kind == TokenKind::Number => after_joiner.is_some_and(|a| a.is_ascii_digit()),
                // "U.S.", "D.P.R.K.": single letters joined by dots; also after a hyphen, as in a
                // party and state tag ("R-N.C.").
                '.' => {
                    let word = text.get(start_byte..pos).unwrap_or("");
                    let tail = word.bytes().rposition(|b| b == b'.' || b == b'-').map_or(0, |at| at + 1);
                    let last_is_single_letter =
                        word.get(tail..).is_some_and(|tail| tail.chars().count() == 1);
                    last_is_single_letter
                        && (after_joiner.is_some_and(char::is_alphabetic) || word.contains('.'))
                }
                _ => false,
            };
            if !joined {
                break;
            }
            pos += next.len_utf8();
        }
        // "Mr.", "Feb." and other dotted abbreviations keep their dot, and so does a middle
        // initial ("Maria T. Lopez"): none of them ends a sentence.
        if kind == TokenKind::Word && bytes.get(pos) == Some(&b'.') {
            let word = text.get(start_byte..pos).unwrap_or("");
            let number_follows =
                bytes.get(pos + 1) == Some(&b' ') && bytes.get(pos + 2).is_some_and(u8::is_ascii_digit);
            if super::lexicon::is_dotted_abbreviation(word, number_follows)
                || is_middle_initial(text, tokens.last(), start_byte, pos)
                || is_leading_initial(text, tokens.last(), start_byte, pos)
                || opens_abbreviated_state(text, start_byte, pos)
            {
                pos += 1;
            }
        }
        tokens.push(new_token(text, start_byte, pos, kind));
    }
    let mut keys = String::with_capacity(text.len() + tokens.len());
    for token in &mut tokens {
        if !keys.is_empty() {
            keys.push(' ');
        }
        token.key_start = to_u32(keys.len());
        push_lookup_form(&mut keys, text.get(token.start_byte()..token.end_byte()).unwrap_or(""));
        token.key_end = to_u32(keys.len());
    }
    let mut tokenized = TokenizedText {
        text,
        tokens,
        sentences: Vec::new(),
        paragraphs: Vec::new(),
        keys,
        word_classes: Vec::new(),
        word_lists: Vec::new(),
        has_cjk: crate::model::text::contains_cjk_letter(text),
    };
    assign_paragraphs(&mut tokenized);
    assign_sentences(&mut tokenized);
    tokenized
}

/// Appends the lookup key of one token to `key`, after a space when `key` is not empty.
pub fn push_key_part(key: &mut String, token_text: &str) {
    if !key.is_empty() {
        key.push(' ');
    }
    push_lookup_form(key, token_text);
}

/// The lookup form of a token: lower case, dots dropped ("U.S." is "us"), curly apostrophes
/// straightened. Gazetteer keys are built the same way, so a lookup is a plain comparison.
fn push_lookup_form(out: &mut String, token_text: &str) {
    // Most words are ASCII without a dot: their characters are copied in lower case.
    if token_text.bytes().all(|b| b.is_ascii() && b != b'.') {
        let start = out.len();
        out.push_str(token_text);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in token_text.chars() {
        match c {
            '.' => {}
            '’' | 'ʼ' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Whether `text[byte..]` starts with "s" that ends the word (the "s" of a possessive).
fn is_possessive_s(text: &str, byte: usize) -> bool {
    let mut rest = text.get(byte..).unwrap_or("").chars();
    matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(char::is_alphanumeric)
}

fn new_token(text: &str, start_byte: usize, end_byte: usize, kind: TokenKind) -> Token {
    let word = text.get(start_byte..end_byte).unwrap_or("");
    let first = word.chars().next();
    let capitalised = first.is_some_and(char::is_uppercase);
    let (mut letters, mut lower) = (0usize, false);
    if kind != TokenKind::Word || first.is_some_and(char::is_lowercase) {
        // Most tokens: no letter count is needed to know they are not all capitals.
        lower = true;
    } else if word.is_ascii() {
        for byte in word.bytes() {
            letters += usize::from(byte.is_ascii_alphabetic());
            lower |= byte.is_ascii_lowercase();
        }
    } else {
        for c in word.chars() {
            if c.is_alphabetic() {
                letters += 1;
                lower |= c.is_lowercase();
            }
        }
    }
    Token {
        start: to_u32(start_byte),
        end: to_u32(end_byte),
        kind,
        capitalised,
        all_caps: kind == TokenKind::Word && letters >= 2 && !lower,
        sentence_start: false,
        sentence: 0,
        paragraph: 0,
        key_start: 0,
        key_end: 0,
    }
}

fn assign_paragraphs(tokenized: &mut TokenizedText<'_>) {
    let paragraph_ranges = paragraphs(tokenized.text);
    let mut next_token = 0usize;
    for (index, range) in paragraph_ranges.iter().enumerate() {
        let first = next_token;
        while let Some(token) = tokenized.tokens.get_mut(next_token) {
            if token.start_byte() >= range.end() && index + 1 < paragraph_ranges.len() {
                break;
            }
            token.paragraph = to_u32(index);
            next_token += 1;
        }
        tokenized.paragraphs.push(first..next_token);
    }
    if next_token < tokenized.tokens.len() {
        // Only reachable if paragraphs() missed a non-blank line: those tokens form one more paragraph.
        let index = tokenized.paragraphs.len();
        for token in &mut tokenized.tokens[next_token..] {
            token.paragraph = to_u32(index);
        }
        tokenized.paragraphs.push(next_token..tokenized.tokens.len());
    }
}

/// Sentence ends: `.`, `!`, `?` or `…` (with any closing quotes or brackets after them) before a
/// token that starts a sentence (capital letter, digit or opening mark), and every paragraph end.
fn assign_sentences(tokenized: &mut TokenizedText<'_>) {
    let count = tokenized.tokens.len();
    let mut sentence_first = 0usize;
    let mut index = 0usize;
    while index < count {
        let token = tokenized.tokens[index];
        let mut end_after = None;
        let paragraph_ends =
            tokenized.tokens.get(index + 1).is_none_or(|next| next.paragraph() != token.paragraph());
        if paragraph_ends || ends_with_dotted_abbreviation(tokenized, index) {
            end_after = Some(index);
        } else if token.kind == TokenKind::Punct
            && matches!(tokenized.token_text(index), "." | "!" | "?" | "…" | "。" | "！" | "？")
        {
            let mut last = index;
            // Closing marks glued to the full stop belong to its sentence; a mark after a space
            // opens the next one.
            while tokenized.tokens.get(last + 1).is_some_and(|t| {
                t.kind == TokenKind::Punct
                    && t.paragraph() == token.paragraph()
                    && tokenized.tokens[last].end_byte() == t.start_byte()
                    && matches!(
                        tokenized.token_text(last + 1),
                        "\"" | "”" | "’" | "'" | "''" | ")" | "]" | "." | "!" | "?"
                    )
            }) {
                last += 1;
            }
            let starts_sentence = tokenized.tokens.get(last + 1).is_none_or(|next| {
                let first_char = tokenized.token_text(last + 1).chars().next().unwrap_or(' ');
                next.paragraph() != token.paragraph()
                    || first_char.is_uppercase()
                    || first_char.is_ascii_digit()
                    || matches!(first_char, '"' | '“' | '‘' | '\'' | '`' | '(' | '[' | '-' | '—')
                    // Scripts without capitals: a full stop right before a letter ends the
                    // sentence, unless a closing mark came between ("。」と述べた" goes on).
                    || (last == index && crate::model::text::is_cjk_letter(first_char))
            });
            if starts_sentence {
                end_after = Some(last);
            }
        }
        if let Some(last) = end_after {
            let sentence_index = tokenized.sentences.len();
            for t in &mut tokenized.tokens[sentence_first..=last] {
                t.sentence = to_u32(sentence_index);
            }
            tokenized.tokens[sentence_first].sentence_start = true;
            tokenized.sentences.push(sentence_first..last + 1);
            sentence_first = last + 1;
            index = last + 1;
        } else {
            index += 1;
        }
    }
}

/// Whether token `index` is a dotted abbreviation of single letters ("U.S.", "D.C.") whose dot also
/// ends the sentence: the next word is one that opens a sentence ("…by the U.S. While talks…"),
/// not a name or a title that goes on with it ("the U.S. Army").
fn ends_with_dotted_abbreviation(tokenized: &TokenizedText<'_>, index: usize) -> bool {
    let word = tokenized.token_text(index);
    tokenized.tokens[index].kind == TokenKind::Word
        && word.ends_with('.')
        && word.matches('.').count() >= 2
        && word.split('.').all(|part| part.chars().count() <= 1)
        && tokenized.tokens.get(index + 1).is_some_and(|next| {
            next.kind == TokenKind::Word && super::lexicon::opens_sentence(tokenized.token_text(index + 1))
        })
}

#[cfg(test)]
mod cjk_sentence_tests {
    use super::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let tokenized = tokenize(text);
        tokenized
            .sentences
            .iter()
            .map(|range| {
                let first = &tokenized.tokens[range.start];
                let last = &tokenized.tokens[range.end - 1];
                tokenized.slice(first.start_byte(), last.end_byte()).to_owned()
            })
            .collect()
    }

    #[test]
    fn full_stops_end_sentences_in_scripts_without_capitals() {
        assert_eq!(sentences("軍は発射した。政府は抗議した。"), ["軍は発射した。", "政府は抗議した。"]);
        assert_eq!(sentences("군은 발사했다. 정부는 항의했다."), ["군은 발사했다.", "정부는 항의했다."]);
        // A full stop inside a quotation that the attribution follows ends nothing.
        assert_eq!(sentences("首相は「容認できない。」と述べた。"), ["首相は「容認できない。」と述べた。"]);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_token_stays_small() {
        // The token list of a 2 MB article is its largest allocation: 28 bytes a token, not 56.
        assert!(std::mem::size_of::<Token>() <= 28, "{} bytes", std::mem::size_of::<Token>());
    }

    #[test]
    fn text_past_the_limit_is_not_tokenized_and_the_cut_respects_characters() {
        // "Ана" is six bytes: a limit of 5 falls inside "а" and moves down to 4.
        let tokenized = super::tokenize_within("Ана left. Bo went.", 5);
        assert_eq!(tokenized.text, "Ан");
        assert_eq!(tokenized.tokens.len(), 1);
        assert_eq!((tokenized.tokens[0].start_byte(), tokenized.tokens[0].end_byte()), (0, 4));
        let whole = super::tokenize_within("Ана left. Bo went.", 100);
        assert_eq!(whole.tokens.len(), 6);
        assert_eq!(whole.tokens[5].sentence(), 1);
        assert_eq!(whole.key(3), "bo");
    }

    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = tokenize(text);
        (0..t.tokens.len()).map(|i| t.token_text(i)).collect()
    }

    #[test]
    fn a_dateline_may_name_places_joined_by_slashes() {
        let text = tokenize("KESSA/LAKEFORD, Nov 18 (Reuters) - Ostland's army launched drills.");
        let after = text.dateline_end(0).expect("a dateline");
        assert_eq!(text.token_text(after), "Ostland");
        let text = tokenize("KESSA, Nov 18 (Reuters) - Ostland's army launched drills.");
        assert_eq!(text.dateline_end(0).map(|i| text.token_text(i)), Some("Ostland"));
        // A word in capitals with a slash and no comma, dash or bracket after opens no dateline.
        let text = tokenize("AC/DC played on Friday - and the crowd sang.");
        assert_eq!(text.dateline_end(0), None);
    }

    #[test]
    fn a_dateline_may_give_its_place_in_plain_capitals_before_the_agency() {
        let text = tokenize("Port Vell (AFP) - Ostland's army launched drills.");
        assert_eq!(text.dateline_end(0).map(|i| text.token_text(i)), Some("Ostland"));
        let text = tokenize("Kessa (AFP) — Ostland's army launched drills.");
        assert_eq!(text.dateline_end(0).map(|i| text.token_text(i)), Some("Ostland"));
        // A name with its short form in brackets opens a sentence, no dateline.
        let text = tokenize("Ostland Rail (OR) said on Friday that trains were late.");
        assert_eq!(text.dateline_end(0), None);
        let text = tokenize("The Vell Front (VF) - a banned group - claimed the attack.");
        assert_eq!(text.dateline_end(0), None);
        assert_eq!(text.bracketed_short_form(3), Some(6));
        assert_eq!(text.bracketed_short_form(2), None);
        // Far down the story, a paragraph that opens so is no dateline.
        let text = tokenize("Head\n\nOne.\n\nTwo.\n\nThree.\n\nVell Front (VF) - a banned group - struck.");
        let at = text.position_of("Vell");
        assert_eq!(text.dateline_end(at), None);
    }

    #[test]
    fn splits_possessives_and_keeps_internal_apostrophes_and_hyphens() {
        assert_eq!(
            words("Russia's don't Trump’s Asia-Pacific"),
            ["Russia", "'s", "don't", "Trump", "’s", "Asia-Pacific"]
        );
        assert_eq!(words("terrorists' access"), ["terrorists", "'", "access"]);
        assert_eq!(words("Charge d'Affaires"), ["Charge", "d'Affaires"]);
    }

    #[test]
    fn keeps_dotted_abbreviations_and_numbers_whole() {
        assert_eq!(
            words("the U.S. and Mr. Straw paid $5.5bn for 12,000"),
            ["the", "U.S.", "and", "Mr.", "Straw", "paid", "$", "5.5bn", "for", "12,000"]
        );
    }

    #[test]
    fn abbreviation_dots_do_not_end_sentences() {
        let t = tokenize("The U.S. approaches it. Then Mr. Biden spoke! \"Yes,\" he said.\nNext paragraph");
        assert_eq!(t.sentences.len(), 4);
        assert_eq!(t.paragraphs.len(), 2);
        let second = t.sentences[1].clone();
        assert_eq!(t.token_text(second.start), "Then");
    }

    #[test]
    fn flags_capitals_and_all_caps() {
        let t = tokenize("DPRK Seoul us");
        assert!(t.tokens[0].all_caps && t.tokens[0].capitalised);
        assert!(t.tokens[1].capitalised && !t.tokens[1].all_caps);
        assert!(!t.tokens[2].capitalised);
    }

    #[test]
    fn capitals_joined_by_an_ampersand_are_one_word() {
        assert_eq!(words("J&K Police and AT&T"), ["J&K", "Police", "and", "AT&T"]);
        assert!(tokenize("R&D").tokens[0].all_caps);
        // Spaced, or between longer or lower-case words, the ampersand stands alone.
        assert_eq!(words("Smith & Wesson"), ["Smith", "&", "Wesson"]);
        assert_eq!(words("Bread&Butter rock&roll"), ["Bread", "&", "Butter", "rock", "&", "roll"]);
    }

    #[test]
    fn multibyte_text_keeps_char_boundaries() {
        let text = "Café 世界 🙂 “Ősz” naïve’s é.";
        let t = tokenize(text);
        for token in &t.tokens {
            assert!(text.is_char_boundary(token.start_byte()) && text.is_char_boundary(token.end_byte()));
        }
        assert!(words(text).contains(&"世界"));
    }

    #[test]
    fn lookup_keys_are_slices_of_one_string() {
        let t = tokenize("The U.S. and Russia’s  KREMLIN");
        assert_eq!(t.key(1), "us");
        assert_eq!(t.key_span(2, 5), "and russia 's");
        assert_eq!(t.key_span(4, 6), "'s kremlin");
        assert_eq!(t.key_span(3, 3), "");
        assert_eq!(t.key(99), "");
    }

    #[test]
    fn empty_and_blank_texts_have_no_tokens() {
        assert!(tokenize("").tokens.is_empty());
        assert!(tokenize("  \n\n ").sentences.is_empty());
    }

    #[test]
    fn abbreviations_and_initials_never_end_a_sentence() {
        for text in [
            "Gen. Ola Dahl spoke. Sen. Ivo Marr left.",
            "Maria T. Lopez spoke. No. 2 followed.",
            "The U.N. envoy spoke. Gov. Ada Rune left.",
            "Rami Kh. Saadeh spoke. Then Ivo Marr left.",
            "Staff of Vestra Infotech Pvt. Ltd. left. Then Ivo Marr left.",
            "Police met. S. Varma said the road was shut.",
            "Inspector General (Eastern range) R. Menon spoke. Then he left.",
            "\"We found the parts,\" Insp. Ana Roe told reporters. Det. Ivo Marr agreed.",
            "Const. Ana Roe and Cst. Ivo Marr spoke. Sqn. Ldr. Ola Dahl left.",
            // A state's name written short with a compass letter.
            "Drills began as S. Korea and Japan met. N. Korea fired a missile.",
            "Seoul says N. Korea fired a missile. Tokyo agreed.",
        ] {
            assert_eq!(tokenize(text).sentences.len(), 2, "{text}");
        }
        // Only a capital and "h" is such a letter: a short name at the end of a sentence ends it.
        assert_eq!(tokenize("He met President Xi. Then he left.").sentences.len(), 2);
        // A single letter after a lower-case word ends its sentence.
        assert_eq!(tokenize("It was a model T. Police said so.").sentences.len(), 2);
        // A dotted abbreviation's dot ends the sentence when a sentence opens after it.
        assert_eq!(tokenize("Aid came from the U.S. While talks went on, it rained.").sentences.len(), 2);
        assert_eq!(tokenize("Tariffs hit the U.K. The talks failed.").sentences.len(), 2);
        for text in ["The U.S. Army left. It rained.", "He flew to the U.S. Monday. It rained."] {
            assert_eq!(tokenize(text).sentences.len(), 2, "{text}");
        }
        // A lower-case word written capitalised in the data still ends its sentence.
        assert_eq!(tokenize("He fell ill. Then he rested.").sentences.len(), 2);
        assert_eq!(tokenize("The answer was no. 2 people left.").sentences.len(), 2);
    }

    #[test]
    fn a_name_begins_at_its_article() {
        let text = tokenize("Firms in the Philippines and Peru.");
        assert_eq!(text.with_article(text.position_of("Philippines")), text.position_of("the"));
        assert_eq!(text.with_article(text.position_of("Peru")), text.position_of("Peru"));
        assert_eq!(text.with_article(0), 0);
    }

    #[test]
    fn quote_marks_of_every_kind_are_told_from_other_marks() {
        let text = tokenize("He said \"no\", “never” and ''later'' - it's done.");
        let marks: Vec<&str> =
            (0..text.tokens.len()).filter(|&i| text.is_quote_mark(i)).map(|i| text.token_text(i)).collect();
        assert_eq!(marks, ["\"", "\"", "“", "”", "''", "''"]);
    }

    #[test]
    fn typewriter_quote_marks_are_one_token() {
        assert_eq!(words("``Now,'' he said."), ["``", "Now", ",", "''", "he", "said", "."]);
        assert_eq!(
            words("''Say 'no,''' he said."),
            ["''", "Say", "'", "no", ",", "'", "''", "he", "said", "."]
        );
    }
}
