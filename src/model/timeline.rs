//! Event dates: when the thing a tag reports happened (distinct from when the article was
//! published), at the precision the text gives it (a day, a month or a year), and the resolution
//! of date expressions ("on Friday", "last month", "14 March") against the article's date.
//!
//! Dates are proleptic Gregorian calendar dates with no time zone: a news report's "Friday" is a
//! calendar day, not an instant. The arithmetic (days from the civil calendar and back) follows
//! Howard Hinnant's public-domain `days_from_civil` algorithm.

use serde::{Deserialize, Serialize};

/// A calendar date known to a day, a month or a year. Orders chronologically; a month sorts
/// before its first day and a year before its January.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EventDate {
    year: i32,
    /// 1–12, or 0 when only the year is known.
    month: u8,
    /// 1–31, or 0 when only the month (or year) is known.
    day: u8,
}

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")]
pub struct DateError(pub String);

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAY_NAMES: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Years outside this range are refused: they are typing mistakes, not events in a news brief.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl EventDate {
    /// A day, if it exists in the calendar.
    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        (YEARS.contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Self { year, month, day })
    }

    /// A month.
    pub fn month(year: i32, month: u8) -> Option<Self> {
        (YEARS.contains(&year) && (1..=12).contains(&month)).then_some(Self { year, month, day: 0 })
    }

    /// A year.
    pub fn year(year: i32) -> Option<Self> {
        YEARS.contains(&year).then_some(Self { year, month: 0, day: 0 })
    }

    /// Whether the date is known to the day.
    pub fn is_day(&self) -> bool {
        self.day != 0
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(input: &str) -> Result<Self, DateError> {
        let fail = || DateError(input.to_owned());
        let s = input.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Option<u32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
        };
        let year = parts.first().and_then(|p| number(p, 4)).ok_or_else(fail)? as i32;
        let date = match parts.as_slice() {
            [_] => Self::year(year),
            [_, m] => number(m, 2).and_then(|m| Self::month(year, m as u8)),
            [_, m, d] => number(m, 2).zip(number(d, 2)).and_then(|(m, d)| Self::day(year, m as u8, d as u8)),
            _ => None,
        };
        date.ok_or_else(fail)
    }

    /// Reads a publication date as articles and metadata give it: ISO 8601 with or without a time
    /// (`2026-03-14`, `2026-03-14T09:00:00Z`), `14 March 2026`, `March 14, 2026`.
    pub fn parse_published(input: &str) -> Option<Self> {
        let digits = ascii_digits(input);
        let s = digits.trim();
        if let Some(iso) = s.get(..10)
            && let Ok(date) = Self::parse(iso)
        {
            return Some(date);
        }
        if let Some(date) = year_first_day(s) {
            return Some(date);
        }
        // The first day, month name and four-digit year in a row, either way round, in English or
        // in another language's words (month-names.tsv), past the particles between them.
        let words: Vec<String> = words(s).into_iter().filter(|w| !is_date_particle(w)).collect();
        let year = |y: &str| (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten();
        let day = |d: &str| day_number(d).or_else(|| day_number(d.strip_suffix("er")?));
        words.windows(3).find_map(|w| {
            let [a, b, y] = w else { return None };
            let (d, m) = match (published_month(a), published_month(b)) {
                (None, Some(m)) => (day(a)?, m),
                (Some(m), None) => (day(b)?, m),
                _ => return None,
            };
            Self::day(year(y)?, m, d)
        })
    }

    /// Days since 1970-01-01 (the first of the month or of January when the day is unknown).
    fn days(&self) -> i64 {
        let (m, d) = (i64::from(self.month.max(1)), i64::from(self.day.max(1)));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Self::day(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// The date `n` days later (earlier when negative), as a day.
    pub fn add_days(&self, n: i64) -> Option<Self> {
        Self::from_days(self.days() + n)
    }

    /// 0 for Monday … 6 for Sunday (of the first day when the day is unknown).
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// The month `n` months later (earlier when negative), as a month.
    fn add_months(&self, n: i32) -> Option<Self> {
        let index = self.year * 12 + i32::from(self.month.max(1)) - 1 + n;
        Self::month(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    }

    /// `14 March 2026`, `March 2026` or `2026`.
    pub fn label(&self) -> String {
        self.label_with(None)
    }

    /// `14 Mar 2026`, `Mar 2026` or `2026`: for lists, where room is short.
    pub fn short_label(&self) -> String {
        self.label_with(Some(3))
    }

    /// The label with the month's name, or its first `letters` letters.
    fn label_with(&self, letters: Option<usize>) -> String {
        let month = || {
            let name = MONTH_NAMES[usize::from(self.month.max(1)) - 1];
            let mut chars = name.chars().take(letters.unwrap_or(usize::MAX));
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + &chars.collect::<String>())
                .unwrap_or_default()
        };
        match (self.month, self.day) {
            (0, _) => self.year.to_string(),
            (_, 0) => format!("{} {}", month(), self.year),
            _ => format!("{} {} {}", self.day, month(), self.year),
        }
    }
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

impl std::str::FromStr for EventDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        Self::parse(s)
    }
}

impl TryFrom<String> for EventDate {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, DateError> {
        Self::parse(&s)
    }
}

impl From<EventDate> for String {
    fn from(date: EventDate) -> String {
        date.to_string()
    }
}

/// Which way an expression points from the article's date: "last Friday" and reports of what
/// happened look back; "will meet on Monday" looks ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Past,
    Future,
}

const FUTURE_CUES_TXT: &str = include_str!("../../assets/lexicon/future-cues.txt");

static FUTURE_CUES: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    FUTURE_CUES_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(str::to_owned).collect())
        .collect()
});

/// Whether a date expression in `sentence`, starting at byte `expression_start`, looks back from
/// the article's date or ahead: the word just before it ("last", "next") decides, else any future
/// cue in the sentence ("will", "is due to"; `assets/lexicon/future-cues.txt`), else the past.
pub fn direction_in(sentence: &str, expression_start: usize) -> Direction {
    let before = sentence.get(..expression_start).unwrap_or_default();
    match before.split_whitespace().next_back().map(str::to_lowercase).as_deref() {
        Some("last" | "past" | "previous") => return Direction::Past,
        Some("next" | "coming") => return Direction::Future,
        _ => {}
    }
    let words: Vec<String> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let future = FUTURE_CUES.iter().any(|cue| {
        words.windows(cue.len()).any(|w| {
            w.iter().zip(cue).all(|(a, b)| a == b || (b.starts_with('\'') && a.ends_with(b.as_str())))
        })
    });
    if future { Direction::Future } else { Direction::Past }
}

/// Whether a date expression at `expression_start` in `sentence` bounds a period ("higher than at
/// any time since 2007", "until March") rather than dating the event the sentence reports.
pub fn is_period_bound(sentence: &str, expression_start: usize) -> bool {
    let before = sentence.get(..expression_start).unwrap_or_default();
    matches!(
        before.split_whitespace().next_back().map(str::to_lowercase).as_deref(),
        Some("since" | "until" | "till" | "through")
    )
}

/// A day written year first with other separators than ISO's: "2026/06/30", "2026.09.14",
/// "2026年12月2日", "2026년 9월 14일". A time or words may follow.
fn year_first_day(s: &str) -> Option<EventDate> {
    let is_separator = |c: char| matches!(c, '/' | '.' | '年' | '月' | '년' | '월' | ' ');
    let mut numbers = [0u32; 3];
    let mut rest = s;
    for (i, number) in numbers.iter_mut().enumerate() {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let wanted = if i == 0 { 4..=4 } else { 1..=2 };
        if !wanted.contains(&digits) {
            return None;
        }
        *number = rest.get(..digits)?.parse().ok()?;
        rest = rest.get(digits..)?;
        if i < 2 {
            let separator_len: usize =
                rest.chars().take_while(|&c| is_separator(c)).map(char::len_utf8).sum();
            if rest.get(..separator_len)?.trim().is_empty() {
                return None;
            }
            rest = rest.get(separator_len..)?;
        }
    }
    let [year, month, day] = numbers;
    EventDate::day(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

fn words(s: &str) -> Vec<String> {
    // Combining marks stay in their word: the virama of मार्च, the vowel signs of Indic scripts,
    // Arabic short vowels, Latin accents written apart.
    let in_word = |c: char| {
        c.is_alphanumeric()
            || matches!(u32::from(c), 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0963 | 0x0966..=0x0DFF)
    };
    s.split(|c: char| !in_word(c)).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// `text` with the decimal digits of other scripts (Arabic-Indic ٢٠٢٦, Persian ۲۰۲۶,
/// Devanagari २०२६, Bengali, full-width ２０２６) written as ASCII digits.
fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    const ZEROS: [u32; 5] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];
    let digit = |c: char| {
        ZEROS.iter().find_map(|&zero| (u32::from(c).wrapping_sub(zero) < 10).then(|| u32::from(c) - zero))
    };
    if !text.chars().any(|c| digit(c).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars().map(|c| digit(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c)).collect()
}

const MONTH_NAMES_TSV: &str = include_str!("../../assets/lexicon/month-names.tsv");

/// The month forms of other languages (1–12) and the particles between a date's parts (0), from
/// `month-names.tsv`.
static OTHER_MONTHS: std::sync::LazyLock<std::collections::HashMap<String, u8>> =
    std::sync::LazyLock::new(|| {
        let mut forms = std::collections::HashMap::new();
        for line in MONTH_NAMES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let mut columns = line.split('\t').skip(1);
            let (Some(month), Some(list)) = (columns.next(), columns.next()) else { continue };
            let Ok(month) = month.trim().parse::<u8>() else { continue };
            for form in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                forms.insert(form.to_lowercase(), month);
            }
        }
        forms
    });

/// A month's number from its English name or abbreviation, or from another language's.
fn published_month(word: &str) -> Option<u8> {
    month_number(word).or_else(|| OTHER_MONTHS.get(word).copied().filter(|&m| m > 0))
}

/// Whether a lower-case word is a month's name or abbreviation in any language the day parser
/// reads, or a particle between a date's parts ("de", "г.").
pub(crate) fn is_month_word(word: &str) -> bool {
    published_month(word).is_some() || is_date_particle(word)
}

fn is_date_particle(word: &str) -> bool {
    OTHER_MONTHS.get(word) == Some(&0)
}

fn month_number(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| *m == w || (m.starts_with(&w) && (w.len() == 3 || w == "sept")))
        .map(|i| i as u8 + 1)
}

fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(word.get(digits.len()..), Some("" | "st" | "nd" | "rd" | "th"));
    let n: u8 = digits.parse().ok()?;
    (suffix_ok && (1..=31).contains(&n)).then_some(n)
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4).then(|| word.parse().ok()).flatten().filter(|y| YEARS.contains(y))
}

/// Resolves a date expression as the suggestion engine finds it ("Friday", "Wednesday night",
/// "last month", "14 March", "March 5, 2024", "2007") against the article's date. `None` when it
/// cannot be pinned to a day, month or year ("this week", "1910 to 1945", no article date for a
/// relative expression).
pub fn resolve(expression: &str, published: Option<EventDate>, direction: Direction) -> Option<EventDate> {
    let words = words(expression);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let back = direction == Direction::Past;
    // Absolute forms first: they need no article date.
    match w.as_slice() {
        [d, m, y] if day_number(d).is_some() && month_number(m).is_some() => {
            return EventDate::day(year_number(y)?, month_number(m)?, day_number(d)?);
        }
        [m, d, y] if month_number(m).is_some() && day_number(d).is_some() => {
            return EventDate::day(year_number(y)?, month_number(m)?, day_number(d)?);
        }
        [m, y] if month_number(m).is_some() && year_number(y).is_some() => {
            return EventDate::month(year_number(y)?, month_number(m)?);
        }
        [y] if year_number(y).is_some() => return EventDate::year(year_number(y)?),
        _ => {}
    }
    let reference = published.filter(EventDate::is_day)?;
    // A day or month named without a year: the nearest one in the expression's direction.
    let in_year_nearest = |month: u8, day: Option<u8>| -> Option<EventDate> {
        let make = |year: i32| match day {
            Some(d) => EventDate::day(year, month, d),
            None => EventDate::month(year, month),
        };
        let same = make(reference.year)?;
        let same_key = (same.month, if day.is_some() { same.day } else { reference.day });
        let reference_key = (reference.month, reference.day);
        if back && same_key > reference_key {
            make(reference.year - 1)
        } else if !back && same_key < reference_key {
            make(reference.year + 1)
        } else {
            Some(same)
        }
    };
    match w.as_slice() {
        [d, m] if day_number(d).is_some() && month_number(m).is_some() => {
            in_year_nearest(month_number(m)?, day_number(d))
        }
        [m, d] if month_number(m).is_some() && day_number(d).is_some() => {
            in_year_nearest(month_number(m)?, day_number(d))
        }
        [m] if month_number(m).is_some() => in_year_nearest(month_number(m)?, None),
        ["today" | "tonight"] => Some(reference),
        ["yesterday"] => reference.add_days(-1),
        ["tomorrow"] => reference.add_days(1),
        [weekday] | [weekday, "morning" | "afternoon" | "evening" | "night"]
            if WEEKDAY_NAMES.contains(weekday) =>
        {
            let target = WEEKDAY_NAMES.iter().position(|d| d == weekday)? as i64;
            let today = i64::from(reference.weekday());
            let offset = if back { -(today - target).rem_euclid(7) } else { (target - today).rem_euclid(7) };
            reference.add_days(offset)
        }
        [.., which, unit] if matches!(*unit, "month" | "year") => {
            let step = match *which {
                "this" => 0,
                "last" => -1,
                "next" => 1,
                _ => return None,
            };
            if *unit == "month" { reference.add_months(step) } else { EventDate::year(reference.year + step) }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> EventDate {
        EventDate::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints_three_precisions() {
        assert_eq!(d("2024-11-16").to_string(), "2024-11-16");
        assert_eq!(d("2024-11").to_string(), "2024-11");
        assert_eq!(d("2024").to_string(), "2024");
        assert_eq!(d("2024-02-29").label(), "29 February 2024");
        assert_eq!(d("2024-11").label(), "November 2024");
        assert_eq!(d("2025-02-12").short_label(), "12 Feb 2025");
        assert_eq!(d("2024-09").short_label(), "Sep 2024");
        assert_eq!(d("2024").short_label(), "2024");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "24-11-16",
            "2024-1-16",
            "16/11/2024",
            "",
            "２０２４",
            "2024-11-16-1",
        ] {
            assert!(EventDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn orders_chronologically_with_coarser_dates_first() {
        let mut dates = [d("2026-03-14"), d("2026"), d("2025-12-31"), d("2026-03"), d("2026-03-01")];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["2025-12-31", "2026", "2026-03", "2026-03-01", "2026-03-14"]);
    }

    #[test]
    fn serialises_as_a_string_and_refuses_bad_ones() {
        assert_eq!(serde_json::to_string(&d("2026-03")).unwrap(), "\"2026-03\"");
        assert_eq!(serde_json::from_str::<EventDate>("\"2026-03-11\"").unwrap(), d("2026-03-11"));
        assert!(serde_json::from_str::<EventDate>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn day_arithmetic_and_weekdays() {
        assert_eq!(d("2026-03-14").weekday(), 5, "a Saturday");
        assert_eq!(d("2000-02-29").weekday(), 1, "a Tuesday");
        assert_eq!(d("2026-03-01").add_days(-1), Some(d("2026-02-28")));
        assert_eq!(d("2024-12-31").add_days(1), Some(d("2025-01-01")));
        assert_eq!(d("2026-01-15").add_months(-1), Some(d("2025-12")));
    }

    #[test]
    fn reads_publication_dates_in_common_shapes() {
        assert_eq!(EventDate::parse_published("2026-03-14T09:00:00Z"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("14 March 2026"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("Published 14 March 2026"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("Sat, March 14, 2026"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("2026/06/30"), Some(d("2026-06-30")));
        assert_eq!(EventDate::parse_published("2026.09.14 10:20"), Some(d("2026-09-14")));
        assert_eq!(EventDate::parse_published("2026年12月2日 18:00"), Some(d("2026-12-02")));
        assert_eq!(EventDate::parse_published("2026년 9월 14일"), Some(d("2026-09-14")));
        // Not a day: too few parts, a bad month, spaces only between the numbers, day first.
        assert_eq!(EventDate::parse_published("Published March 14, 2026 at 9:05 am"), Some(d("2026-03-14")));
        // Other languages' month names, declined forms and abbreviations, past the particles.
        assert_eq!(EventDate::parse_published("mardi 3 févr. 2026, 10h30"), Some(d("2026-02-03")));
        assert_eq!(EventDate::parse_published("1er mai 2026"), Some(d("2026-05-01")));
        assert_eq!(EventDate::parse_published("Stand: 14. März 2026, 18:00 Uhr"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("14 de marzo de 2026"), Some(d("2026-03-14")));
        assert_eq!(EventDate::parse_published("Опубликовано 7 нояб. 2026 г., 09:15"), Some(d("2026-11-07")));
        assert_eq!(EventDate::parse_published("7 листопада 2026 року"), Some(d("2026-11-07")));
        assert_eq!(EventDate::parse_published("7 października 2026 r."), Some(d("2026-10-07")));
        assert_eq!(EventDate::parse_published("12 Ağustos 2026 Çarşamba"), Some(d("2026-08-12")));
        assert_eq!(EventDate::parse_published("نُشر في: الأحد ٢٥ يناير ٢٠٢٦ - ١٠:٣٠ ص"), Some(d("2026-01-25")));
        assert_eq!(EventDate::parse_published("प्रकाशित: ५ मार्च २०२६"), Some(d("2026-03-05")));
        assert_eq!(EventDate::parse_published("２０２６年３月１４日"), Some(d("2026-03-14")));
        // A foreign word that is no month, and a month without its day or year, say no day.
        assert_eq!(EventDate::parse_published("14 Tage 2026"), None);
        assert_eq!(EventDate::parse_published("März 2026"), None);
        assert_eq!(EventDate::parse_published("2026/06"), None);
        assert_eq!(EventDate::parse_published("2026/13/01"), None);
        assert_eq!(EventDate::parse_published("2026 06 30"), None);
        assert_eq!(EventDate::parse_published("30.06.2026"), None);
        assert_eq!(EventDate::parse_published("last spring"), None);
        assert_eq!(EventDate::parse_published("Ümlaut 世界"), None);
    }

    #[test]
    fn no_month_form_of_another_language_names_two_months() {
        let mut seen: std::collections::HashMap<String, u8> = std::collections::HashMap::new();
        for line in MONTH_NAMES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(columns.len(), 3, "{line}");
            let month: u8 = columns[1].parse().unwrap();
            assert!(month <= 12, "{line}");
            for form in columns[2].split(',').map(str::trim) {
                assert_eq!(form, form.to_lowercase(), "{line}");
                let english = month_number(form);
                assert!(english.is_none() || english == Some(month), "{form} is English month {english:?}");
                if let Some(other) = seen.insert(form.to_owned(), month) {
                    assert_eq!(other, month, "{form} names months {other} and {month}");
                }
            }
        }
        assert!(seen.len() > 200);
    }

    #[test]
    fn resolves_relative_expressions_against_the_article_date() {
        // A made-up article published on Saturday 14 March 2026.
        let published = Some(d("2026-03-14"));
        let past = |e: &str| resolve(e, published, Direction::Past).map(|d| d.to_string());
        let future = |e: &str| resolve(e, published, Direction::Future).map(|d| d.to_string());
        assert_eq!(past("Friday").as_deref(), Some("2026-03-13"));
        assert_eq!(past("Wednesday night").as_deref(), Some("2026-03-11"));
        assert_eq!(past("Saturday").as_deref(), Some("2026-03-14"));
        assert_eq!(future("Monday").as_deref(), Some("2026-03-16"));
        assert_eq!(past("yesterday").as_deref(), Some("2026-03-13"));
        assert_eq!(past("last month").as_deref(), Some("2026-02"));
        assert_eq!(past("earlier this month").as_deref(), Some("2026-03"));
        assert_eq!(future("next year").as_deref(), Some("2027"));
        assert_eq!(past("11 March").as_deref(), Some("2026-03-11"));
        assert_eq!(
            past("December").as_deref(),
            Some("2025-12"),
            "a later month in a report of the past is last year's"
        );
        assert_eq!(future("January 5").as_deref(), Some("2027-01-05"));
        assert_eq!(past("this week"), None);
        assert_eq!(past("hours before the election"), None);
        assert_eq!(past("1910 to 1945"), None);
    }

    #[test]
    fn direction_comes_from_the_word_before_or_a_future_cue() {
        let s = "Ministers will meet in Brussels on Monday.";
        assert_eq!(direction_in(s, s.find("Monday").unwrap()), Direction::Future);
        let s = "NATO asked on Friday for patrols.";
        assert_eq!(direction_in(s, s.find("Friday").unwrap()), Direction::Past);
        let s = "They will review what happened last Friday.";
        assert_eq!(direction_in(s, s.find("Friday").unwrap()), Direction::Past);
        let s = "The vote is due to take place on Sunday, officials said.";
        assert_eq!(direction_in(s, s.find("Sunday").unwrap()), Direction::Future);
        let s = "We’ll see on Monday. 世界";
        assert_eq!(direction_in(s, s.find("Monday").unwrap()), Direction::Future);
        assert_eq!(direction_in("Willingly, on Friday.", 14), Direction::Past, "whole words only");
        let s = "The risk is higher than at any time since 2007.";
        assert!(is_period_bound(s, s.find("2007").unwrap()));
        assert!(!is_period_bound("It happened in 2007.", 15));
    }

    #[test]
    fn absolute_dates_need_no_article_date_and_relative_ones_do() {
        assert_eq!(resolve("March 5, 2024", None, Direction::Past), Some(d("2024-03-05")));
        assert_eq!(resolve("16th November 2024", None, Direction::Past), Some(d("2024-11-16")));
        assert_eq!(resolve("2007", None, Direction::Past), Some(d("2007")));
        assert_eq!(resolve("Friday", None, Direction::Past), None);
        assert_eq!(
            resolve("Friday", Some(d("2026-03")), Direction::Past),
            None,
            "a month is no reference for a day"
        );
    }
}
