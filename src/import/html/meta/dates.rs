//! Days the page writes in its text or its address, as ISO 8601.

/// A publication date the page wrote as a day in another shape ("2026/06/30", "2026.09.14",
/// "30 June 2026") becomes ISO 8601 ("2026-06-30"); an ISO value, with its time, is kept.
pub(super) fn normalise_date(date: &str) -> String {
    let date = date.trim();
    let is_iso_day = date.get(..10).is_some_and(|day| crate::model::EventDate::parse(day).is_ok());
    match crate::model::EventDate::parse_published(date) {
        Some(day) if !is_iso_day && day.is_day() => String::from(day),
        _ => date.to_owned(),
    }
}

/// The day in a short text of the page ("Published 14 March 2026", "05.11.2026, 14:05"), as ISO
/// 8601. Day-first dotted dates are read here, not in [`crate::model::EventDate::parse_published`]:
/// a line the page marks as its date settles what the numbers are.
pub(in super::super) fn day_in_text(text: &str) -> Option<String> {
    if let Some(day) = crate::model::EventDate::parse_published(text).filter(|d| d.is_day()) {
        return Some(String::from(day));
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':')).find_map(|token| {
        // Dotted ("23.09.2026") or with slashes ("17/05/2026"), day first: the line is the
        // page's own. With slashes, month first only when the second number cannot be a month.
        let parts: Vec<&str> = token.trim_end_matches('.').split(['.', '/']).collect();
        let [d, m, y] = parts.as_slice() else { return None };
        let digits = |p: &str, lengths: std::ops::RangeInclusive<usize>| {
            lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !(digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4)) {
            return None;
        }
        let (year, first, second) = (y.parse().ok()?, d.parse().ok()?, m.parse().ok()?);
        let day = crate::model::EventDate::day(year, second, first).or_else(|| {
            token.contains('/').then(|| crate::model::EventDate::day(year, first, second)).flatten()
        })?;
        Some(String::from(day))
    })
}

/// The day in an article's address: `/2026/02/11/` or a segment that starts with `2026-02-11`.
/// Year and month alone (`/2026/02/`) say no day.
pub(in super::super) fn day_in_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let segments: Vec<&str> = path.split('/').collect();
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let day = |y: i32, m: i32, d: i32| {
        let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
        (1990..=2100).contains(&y).then(|| crate::model::EventDate::day(y, m, d)).flatten().map(String::from)
    };
    segments
        .windows(3)
        .find_map(|w| day(number(w[0], 4..=4)?, number(w[1], 1..=2)?, number(w[2], 1..=2)?))
        .or_else(|| {
            segments.iter().find_map(|segment| {
                let head = segment.get(..10)?;
                let [y, m, d] = head.split('-').collect::<Vec<_>>()[..] else { return None };
                day(number(y, 4..=4)?, number(m, 2..=2)?, number(d, 2..=2)?)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_written_in_the_page_are_read_day_first_when_dotted() {
        assert_eq!(day_in_text("05.11.2026").as_deref(), Some("2026-11-05"));
        assert_eq!(day_in_text("Published: 12.03.2026, 14:05").as_deref(), Some("2026-03-12"));
        assert_eq!(day_in_text("Published 14 March 2026").as_deref(), Some("2026-03-14"));
        assert_eq!(day_in_text("31.02.2026"), None);
        assert_eq!(day_in_text("Version 1.2.2026 of the café menu 世界"), Some("2026-02-01".to_owned()));
        assert_eq!(day_in_text("Updated 3 hours ago"), None);
    }

    #[test]
    fn days_written_with_slashes_in_the_page_are_read_day_first() {
        assert_eq!(day_in_text("Publicado em 04/11/2026 às 08h15").as_deref(), Some("2026-11-04"));
        assert_eq!(day_in_text("Date 02/03/2027").as_deref(), Some("2027-03-02"));
        // The second number cannot be a month: the page wrote the month first.
        assert_eq!(day_in_text("Posted 06/25/2026").as_deref(), Some("2026-06-25"));
        assert_eq!(day_in_text("31/31/2026"), None);
    }

    #[test]
    fn a_day_written_into_the_address_is_read() {
        assert_eq!(day_in_url("https://x.example/world/2026/02/11/a-slug").as_deref(), Some("2026-02-11"));
        assert_eq!(day_in_url("https://x.example/posts/2025-12-31-new-year/").as_deref(), Some("2025-12-31"));
        assert_eq!(day_in_url("https://x.example/2026/02/a-slug?id=2026/01/01"), None);
        assert_eq!(day_in_url("https://x.example/item/1234/13/45/"), None);
        assert_eq!(day_in_url("https://x.example/2026/02/30/"), None);
    }
}
