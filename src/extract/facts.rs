//! Key figures ("as many as 12,000 North Korean soldiers", "$5bn", "90%") and dates ("14 March
//! 2026", "on Tuesday", "1910 to 1945", "earlier this month") for the analyst's key points.
//!
//! Dates are found first; a number inside a date is not a figure. Both are plain token patterns.

use super::SuggestedFact;
use super::lexicon::{LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText};
use crate::model::text::is_hangul_syllable;

/// Currency signs before an amount ("$5bn").
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "€", "¥", "₹", "₽"];

fn lower_in(text: &TokenizedText<'_>, index: usize, words: Words) -> bool {
    LEXICON.word_in(words, text, index)
}

/// Whether the token at `index` is a year: four digits from 1000 to 2099.
pub(crate) fn year_at(text: &TokenizedText<'_>, index: usize) -> bool {
    let word = text.token_text(index);
    text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Number)
        && word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("1") || word.starts_with("20"))
}

fn day_number_at(text: &TokenizedText<'_>, index: usize) -> bool {
    let word = text.token_text(index);
    let digits: &str = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Number)
        && (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn fact(text: &TokenizedText<'_>, start: usize, end: usize, rule: &str) -> Option<SuggestedFact> {
    let first = text.tokens.get(start)?;
    let last = text.tokens.get(end.checked_sub(1)?)?;
    let sentence = text.sentence_of(start);
    let sentence_first = text.statement_start(sentence.start, start);
    let sentence_last = sentence.end.max(end).checked_sub(1)?;
    Some(SuggestedFact {
        text: text.slice(first.start_byte(), last.end_byte()).to_owned(),
        start: first.start_byte(),
        end: last.end_byte(),
        rule: rule.to_owned(),
        sentence_start: text.tokens.get(sentence_first).map_or(first.start_byte(), |t| t.start_byte()),
        sentence_end: text.tokens.get(sentence_last).map_or(last.end_byte(), |t| t.end_byte()),
    })
}

/// Finds dates, in order, without overlaps.
pub fn find_dates(text: &TokenizedText<'_>) -> Vec<SuggestedFact> {
    let mut dates = Vec::new();
    let count = text.tokens.len();
    let mut index = 0usize;
    while index < count {
        let found = date_at(text, index);
        match found {
            Some((end, rule)) => {
                dates.extend(fact(text, index, end, rule));
                index = end;
            }
            None => index += 1,
        }
    }
    dates
}

/// The date that starts at token `index` ("Tuesday night", "last week", "March 5", "2019"): the
/// token after it and the rule that read it.
pub(crate) fn date_at(text: &TokenizedText<'_>, index: usize) -> Option<(usize, &'static str)> {
    let token = text.tokens.get(index)?;
    let possible = match token.kind {
        TokenKind::Number => true,
        // A month, a weekday or a relative word: one lookup of the class recorded per token.
        TokenKind::Word => LEXICON.may_start_date(text, index),
        _ => false,
    };
    if !possible {
        return None;
    }
    let capitalised = token.capitalised;
    // 14 March 2026 / 14 March
    if day_number_at(text, index)
        && lower_in(text, index + 1, Words::Months)
        && text.tokens[index + 1].capitalised
    {
        let end = if year_at(text, index + 2) { index + 3 } else { index + 2 };
        return Some((end, "date:day-month"));
    }
    // March 14, 2026 / March 2026 / March
    if capitalised && lower_in(text, index, Words::Months) {
        // "May" and "March" are also ordinary words: a bare one needs "in"/"on"/"last"/"next" before.
        if day_number_at(text, index + 1) {
            let mut end = index + 2;
            if text.is_punct(end, ',') && year_at(text, end + 1) {
                end += 2;
            } else if year_at(text, end) {
                end += 1;
            }
            return Some((end, "date:month-day"));
        }
        if year_at(text, index + 1) {
            return Some((index + 2, "date:month-year"));
        }
        let introduced = index > 0 && lower_in(text, index - 1, Words::MonthIntroducers);
        if introduced && !text.token_text(index).eq_ignore_ascii_case("may") {
            return Some((index + 1, "date:month"));
        }
    }
    // (on|last|next|this) Tuesday (night)
    if capitalised && lower_in(text, index, Words::Weekdays) {
        let mut end = index + 1;
        if lower_in(text, end, Words::PartsOfDay) {
            end += 1;
        }
        return Some((end, "date:weekday"));
    }
    // 1910 to 1945 / 1910-1945 / 2023 and 2024 / 2007
    if year_at(text, index) {
        let range_word = lower_in(text, index + 1, Words::YearRangeWords)
            || text.is_punct(index + 1, '-')
            || text.is_punct(index + 1, '–');
        if range_word && year_at(text, index + 2) {
            return Some((index + 3, "date:year-range"));
        }
        return Some((index + 1, "date:year"));
    }
    // earlier this month / last week / this year
    let shifted = lower_in(text, index, Words::RelativeShifts);
    if shifted || lower_in(text, index, Words::RelativeDeterminers) {
        let mut unit = index + 1;
        if shifted && lower_in(text, unit, Words::RelativeDeterminers) {
            unit += 1;
        } else if shifted {
            return None;
        }
        if lower_in(text, unit, Words::RelativeUnits) {
            return Some((unit + 1, "date:relative"));
        }
    }
    if lower_in(text, index, Words::RelativeWords) {
        return Some((index + 1, "date:relative"));
    }
    None
}

/// Finds key figures, in order, skipping numbers that belong to a date.
pub fn find_figures(text: &TokenizedText<'_>, dates: &[SuggestedFact]) -> Vec<SuggestedFact> {
    let mut figures = Vec::new();
    let count = text.tokens.len();
    let mut index = 0usize;
    let mut date_cursor = 0usize;
    while index < count {
        let token = text.tokens[index];
        while dates.get(date_cursor).is_some_and(|d| d.end <= token.start_byte()) {
            date_cursor += 1;
        }
        let in_date = dates
            .get(date_cursor)
            .is_some_and(|d| d.start <= token.start_byte() && token.end_byte() <= d.end);
        let is_count_word = token.kind == TokenKind::Word
            && text.token_text(index).ends_with('s')
            && lower_in(text, index, Words::CountWords)
            && text.is_word_ci(index + 1, "of");
        if in_date || !(token.kind == TokenKind::Number || is_count_word) {
            index += 1;
            continue;
        }
        // "2-R", "15-year-old": numbers glued to words are labels or adjectives, not figures.
        let word = text.token_text(index);
        if token.kind == TokenKind::Number && word.contains('-') {
            index += 1;
            continue;
        }
        // Times and ages are no key figures: "10:30", "3 p.m.", "Jane Doe, 69,", "aged 69",
        // "69 years old".
        if token.kind == TokenKind::Number
            && (is_time(text, index) || is_age(text, index) || is_cjk_date(text, index))
        {
            index += 1;
            continue;
        }
        // "Article 5", "No. 10": a number naming a thing.
        if index > 0 && text.tokens[index - 1].capitalised && text.tokens[index - 1].kind == TokenKind::Word {
            index += 1;
            continue;
        }
        let (start, rule) = figure_start(text, index);
        let end = figure_end(text, index, is_count_word);
        let rule = if text.is_punct(end.saturating_sub(1), '%')
            || text.is_word_ci(end.saturating_sub(1), "percent")
        {
            "figure:percent"
        } else {
            rule
        };
        figures.extend(fact(text, start, end, rule).map(without_korean_particle));
        index = end.max(index + 1);
    }
    figures
}

/// A figure whose last word is a number glued to a Korean counter and particle ("2발을",
/// "3000명이") ends before the particle, so that "2발" and "2발을" are one figure. A particle is
/// cut only when a syllable stays after the digits: "100만" (a million) and "5도" (five degrees)
/// end in what could be a particle but are the counter itself.
fn without_korean_particle(mut figure: SuggestedFact) -> SuggestedFact {
    let digits_end = figure.text.rfind(|c: char| c.is_ascii_digit()).map_or(0, |i| i + 1);
    let (head, counter) = figure.text.split_at(digits_end);
    if head.is_empty() || !counter.chars().all(is_hangul_syllable) {
        return figure;
    }
    let particles = LEXICON.entries(Words::KoParticles);
    let Some(stem) =
        particles.iter().find_map(|p| counter.strip_suffix(p.as_str())).filter(|s| !s.is_empty())
    else {
        return figure;
    };
    let cut = counter.len() - stem.len();
    figure.text.truncate(figure.text.len() - cut);
    figure.end -= cut;
    figure
}

/// A clock time: "10:30", "3 p.m.", "9 am", "1400 GMT".
fn is_time(text: &TokenizedText<'_>, index: usize) -> bool {
    (text.is_punct(index + 1, ':') && text.tokens.get(index + 2).is_some_and(|t| t.kind == TokenKind::Number))
        || (index >= 2
            && text.is_punct(index - 1, ':')
            && text.tokens.get(index - 2).is_some_and(|t| t.kind == TokenKind::Number))
        || lower_in(text, index + 1, Words::TimeWords)
}

/// A number with a Chinese, Japanese or Korean date, time or age unit written right after its
/// digits ("2日", "2026年", "3월", "10시", "69세").
fn is_cjk_date(text: &TokenizedText<'_>, index: usize) -> bool {
    let token = text.tokens[index];
    let word = text.token_text(index);
    let digits = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let after = if digits.is_empty() { text.text.get(token.end_byte()..).unwrap_or("") } else { digits };
    LEXICON.entries(Words::CjkDateUnits).iter().any(|unit| after.starts_with(unit.as_str()))
}

/// A person's age: "Jane Doe, 69, said", "(69)", "aged 69", "69 years old".
fn is_age(text: &TokenizedText<'_>, index: usize) -> bool {
    let word = text.token_text(index);
    let small = word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
    if !small {
        return false;
    }
    let after_name = index >= 2
        && text.is_punct(index - 1, ',')
        && text.tokens[index - 2].capitalised
        && text.tokens[index - 2].kind == TokenKind::Word
        && (text.is_punct(index + 1, ',') || text.is_punct(index + 1, '.') || text.is_punct(index + 1, ')'));
    let aged = index > 0 && text.is_word_ci(index - 1, "aged");
    let years_old = (text.is_word_ci(index + 1, "years") || text.is_word_ci(index + 1, "year"))
        && text.is_word_ci(index + 2, "old");
    after_name || aged || years_old
}

/// Where a figure starts: a qualifier ("as many as") or a currency symbol before the number.
fn figure_start(text: &TokenizedText<'_>, number: usize) -> (usize, &'static str) {
    let mut start = number;
    let mut rule = "figure:quantity";
    if start > 0
        && CURRENCY_SYMBOLS.contains(&text.token_text(start - 1))
        && text.adjacent_on_line(start - 1, start)
    {
        start -= 1;
        rule = "figure:money";
    }
    for qualifier in LEXICON.entries(Words::Qualifiers) {
        let words = qualifier.split(' ');
        let Some(first) = start.checked_sub(words.clone().count()) else { continue };
        if words.enumerate().all(|(offset, w)| text.is_word_ci(first + offset, w)) {
            return (first, if rule == "figure:money" { rule } else { "figure:approximate" });
        }
    }
    (start, rule)
}

/// Where a figure ends: after its magnitude, unit or percent sign and the thing counted
/// ("12,000 North Korean soldiers", "$5bn", "90%", "dozens of armoured vehicles").
fn figure_end(text: &TokenizedText<'_>, number: usize, count_word: bool) -> usize {
    let sentence_end = text.sentence_of(number).end;
    let mut end = number + 1;
    if count_word {
        end += 1; // "of"
    }
    if lower_in(text, end, Words::Magnitudes) {
        end += 1;
    }
    if text.is_punct(end, '%') {
        return end + 1;
    }
    if text.is_word_ci(end, "per") && text.is_word_ci(end + 1, "cent") {
        return end + 2;
    }
    if text.is_word_ci(end, "percent") {
        return end + 1;
    }
    // Capitalised adjectives ("North Korean"), then the counted thing.
    let mut cursor = end;
    while cursor < sentence_end && cursor < end + 3 && text.tokens[cursor].capitalised && text.is_word(cursor)
    {
        cursor += 1;
    }
    let mut noun = cursor;
    if lower_in(text, noun, Words::CountedAdjectives) {
        noun += 1;
    }
    // Up to two lower-case words ("cruise missiles"), stopping at a function word or a verb. A
    // word of a script without case (Hangul, Han, Arabic) cannot be told from a verb this way, so
    // the figure ends at its number there.
    let is_noun = |i: usize| {
        i < sentence_end
            && text.is_word(i)
            && text.token_text(i).chars().next().is_some_and(char::is_lowercase)
            && !lower_in(text, i, Words::NotCounted)
    };
    if !is_noun(noun) {
        return end;
    }
    let second_is_noun = is_noun(noun + 1) && !text.token_text(noun + 1).ends_with("ed");
    if second_is_noun { noun + 2 } else { noun + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn dates(text: &str) -> Vec<String> {
        find_dates(&tokenize(text)).into_iter().map(|d| d.text).collect()
    }

    fn figures(text: &str) -> Vec<String> {
        let tokenized = tokenize(text);
        let dates = find_dates(&tokenized);
        find_figures(&tokenized, &dates).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn finds_dates_in_common_shapes() {
        assert_eq!(dates("Published 14 March 2026"), ["14 March 2026"]);
        assert_eq!(dates("They met on Tuesday and on Wednesday night."), ["Tuesday", "Wednesday night"]);
        assert_eq!(dates("Colonial rule from 1910 to 1945 ended."), ["1910 to 1945"]);
        assert_eq!(dates("On March 5, 2024 and earlier this month"), ["March 5, 2024", "earlier this month"]);
        assert!(dates("They may march.").is_empty());
    }

    #[test]
    fn finds_figures_with_qualifiers_units_and_money() {
        assert_eq!(
            figures("as many as 12,000 North Korean soldiers have been sent"),
            ["as many as 12,000 North Korean soldiers"]
        );
        assert_eq!(
            figures("about 3,000 soldiers and dozens of armoured vehicles"),
            ["about 3,000 soldiers", "dozens of armoured vehicles"]
        );
        assert_eq!(figures("a $5bn deal and 90% of all material"), ["$5bn deal", "90%"]);
    }

    #[test]
    fn numbers_with_a_cjk_date_time_or_age_unit_are_not_figures() {
        assert!(figures("북한이 2일 오전 10시 미사일을 발사했다").is_empty());
        assert!(figures("防衛省は2026年3月2日に発表した").is_empty());
        assert_eq!(figures("미사일 두 발, 병력 3000명"), ["3000명"]);
    }

    #[test]
    fn a_korean_figure_ends_before_its_particle_but_keeps_a_one_syllable_counter() {
        assert_eq!(figures("군은 포탄 40발을 쐈고 병력 500명이 이동했다"), ["40발", "500명"]);
        assert_eq!(figures("피해액은 100만, 기온은 영하 5도"), ["100만", "5도"]);
        let text = "주민 70명은 대피했다";
        let tokenized = tokenize(text);
        let found = find_figures(&tokenized, &find_dates(&tokenized));
        assert_eq!(text.get(found[0].start..found[0].end), Some("70명"));
    }

    #[test]
    fn numbers_in_dates_and_names_are_not_figures() {
        assert!(figures("On 14 March 2026 Article 5 applied since 2007.").is_empty());
    }

    #[test]
    fn times_and_ages_are_no_key_figures() {
        // A colon at the very start is no time and no panic.
        assert_eq!(figures(":5 soldiers left"), ["5 soldiers left"]);
        assert!(figures("The vote closed at 10:30 and again at 9 p.m. on Friday.").is_empty());
        assert!(figures("Jane Doe, 69, and a man aged 70, who is 71 years old, spoke.").is_empty());
        assert_eq!(figures("Jane Doe said 300 soldiers were sent."), ["300 soldiers"]);
    }

    #[test]
    fn a_figure_in_a_script_without_case_takes_no_following_words() {
        assert_eq!(figures("군은 2 발을 발사했다고 밝혔다"), ["2"]);
        assert_eq!(figures("أطلقت 3 صواريخ باتجاه البحر"), ["3"]);
    }

    #[test]
    fn abbreviated_months_keep_their_sentence() {
        let tokenized = tokenize("It began on Feb. 12 in defiance of the order. It ended.");
        assert_eq!(tokenized.sentences.len(), 2);
        assert_eq!(dates("It began on Feb. 12 in defiance of the order."), ["Feb. 12"]);
    }
}
