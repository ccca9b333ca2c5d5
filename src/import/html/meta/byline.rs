//! A byline's names: prefixes, job titles, dates, e-mail addresses, sign-offs, photographers and
//! user names go (see the module docs of [`super`]).

use super::super::words::WORDS;
use crate::model::text::collapse_whitespace;

/// A byline longer than this is not a list of names.
pub(in super::super) const MAX_BYLINE_CHARS: usize = 100;

/// A name of more words than this is a sentence, not a name.
const MAX_NAME_WORDS: usize = 5;

/// Whether a text starts with a byline word followed by a capitalised name ("By Jane", "Par
/// Claire"), which marks a byline written as an ordinary paragraph.
pub(in super::super) fn starts_with_byline_prefix(text: &str) -> bool {
    // A capital, or a letter of a script without capitals (Arabic, Hebrew, Han…).
    let starts_a_name = |c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase());
    strip_byline_prefix(text).is_some_and(|rest| rest.chars().next().is_some_and(starts_a_name))
}

/// "Posted by Jane" → Some("Jane"); the prefix must be a whole word, and a colon after it goes
/// too ("بقلم: …", "Author: …").
fn strip_byline_prefix(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    WORDS.byline_prefixes.iter().find_map(|prefix| {
        if !lower.starts_with(prefix.as_str()) {
            return None;
        }
        // Lower-casing can change byte lengths; count characters instead.
        let skip = prefix.chars().count();
        let (at, next) = text.char_indices().nth(skip).unwrap_or((text.len(), ' '));
        let whole_word = next.is_whitespace() || matches!(next, ':' | '：') || prefix.ends_with([':', '：']);
        if !whole_word {
            return None;
        }
        text.get(at..).map(|rest| rest.trim_start_matches([':', '：']).trim_start())
    })
}

/// The parts of a wire sign-off ("(Reporting by Jane Doe in Lagos; Editing by Ann Lee)",
/// "Reporting by Jane Doe; Writing by Bo Chen"), or `None` when `text` is not one: in brackets or
/// with parts set off by ";", and every part opening with a byline word ("reporting by") or a word
/// for other staff ("editing by"). Each part is paired with whether it names the byline.
pub(in super::super) fn signoff_parts(text: &str) -> Option<Vec<(&str, bool)>> {
    const MAX_PART_WORDS: usize = 14;
    let text = text.trim();
    if text.chars().count() > 3 * MAX_BYLINE_CHARS {
        return None;
    }
    let inner = text.strip_prefix(['(', '（']).and_then(|t| t.strip_suffix([')', '）']));
    if inner.is_none() && !text.contains(';') {
        return None;
    }
    let parts = inner.unwrap_or(text).split(';').map(str::trim).filter(|part| !part.is_empty());
    let mut found = Vec::new();
    for part in parts {
        if part.split_whitespace().count() > MAX_PART_WORDS || part.ends_with(['.', '!', '?']) {
            return None;
        }
        let lower = part.to_lowercase();
        let staff = WORDS.staff_prefixes.iter().any(|prefix| {
            lower.strip_prefix(prefix.as_str()).is_some_and(|rest| rest.starts_with([' ', ':']))
        });
        if staff {
            found.push((part, false));
        } else if starts_with_byline_prefix(part) {
            found.push((part, true));
        } else {
            return None;
        }
    }
    (!found.is_empty()).then_some(found)
}

/// The byline a wire sign-off gives ("(Reporting by Jane Doe; Editing by Ann Lee)" → "Jane Doe"):
/// the names of its byline parts.
pub(in super::super) fn signoff_byline(text: &str) -> Option<String> {
    let names: Vec<String> = signoff_parts(text)?
        .into_iter()
        .filter(|&(_, byline)| byline)
        .filter_map(|(part, _)| clean_byline(part, true))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// "fennel_and_flux", "hakonvik", "pondlife42": one word, in lower case or with a digit, "_" or "."
/// in it, the way forums name their users. "Reuters" or "Ann Lee" is no user name.
pub(super) fn is_user_name(author: &str) -> bool {
    const MAX_USER_NAME_CHARS: usize = 40;
    let chars = author.chars().count();
    (3..=MAX_USER_NAME_CHARS).contains(&chars)
        && !author.contains(char::is_whitespace)
        && author.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && (author.chars().all(|c| !c.is_uppercase())
            || author.contains(|c: char| c.is_ascii_digit() || matches!(c, '_' | '.')))
}

/// The names a byline marks as its photographers ("Por Ana Ruiz y Luis Vidal (fotos)" → Luis
/// Vidal): each name right before a bracket that says photos.
pub(super) fn photographers(byline: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = byline;
    while let Some(open) = rest.find(['(', '（']) {
        let before = rest.get(..open).unwrap_or("");
        let after = rest.get(open..).unwrap_or("");
        let Some(close) = after.find([')', '）']) else { break };
        let inner = after.get(1..close).unwrap_or("").trim().to_lowercase();
        if WORDS.photo_marks.contains(inner.trim_end_matches(['.', ':'])) {
            // The name is the last part of what comes before, after a comma or a joiner.
            if let Some((name, _)) = split_names(before).pop() {
                let name = name.trim().to_owned();
                if !name.is_empty() {
                    names.push(name);
                }
            }
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    names
}

/// The names in a byline, comma-separated, or `None` when it holds none (see the module docs).
/// `from_page` is for text taken from the page, which may carry job titles and dates; JSON-LD and
/// `<meta>` values are names already and only lose prefixes and over-long values.
pub(in super::super) fn clean_byline(byline: &str, from_page: bool) -> Option<String> {
    let text = collapse_whitespace(byline);
    if text.is_empty() || text.chars().count() > 3 * MAX_BYLINE_CHARS {
        return None;
    }
    let photographers = if from_page { photographers(&text) } else { Vec::new() };
    // A reporter's name in brackets at the end of a story ("（中村 遥）", "(Ann Lee)").
    let text = match text.strip_prefix(['(', '（']).and_then(|t| t.strip_suffix([')', '）'])) {
        Some(inner) if !inner.contains(['(', '（', ')', '）']) => inner.trim().to_owned(),
        _ => text,
    };
    // Whatever follows a separator, a digit or a line of its own is a date or a place.
    // (A digit inside a word is part of a user name: "pondlife_42".)
    let mut previous = ' ';
    let cut = text
        .char_indices()
        .find(|&(_, c)| {
            let starts_number = c.is_ascii_digit() && !(previous.is_alphanumeric() || previous == '_');
            previous = c;
            starts_number || matches!(c, '|' | '·' | '•' | '—' | '–' | '/' | '(' | '（' | '»' | '\n')
        })
        .map_or(text.len(), |(at, _)| at);
    let head = text.get(..cut).unwrap_or(&text);
    let prefixed = strip_byline_prefix(head);
    let head = prefixed.unwrap_or(head);
    let mut names = Vec::new();
    let mut after_role = false;
    for (index, (part, after_joiner)) in split_names(head).into_iter().enumerate() {
        let has_role = from_page && part.split_whitespace().any(is_role_word);
        // "Dan Hurd, Courier staff writer", "Kyle Brandt, Reporter, KXMT": one word left by a job
        // title, or standing after one without "and", names the outlet, not a person.
        let follows_role = after_role;
        let affiliation =
            |name: &String| index > 0 && !name.contains(' ') && (has_role || (follows_role && !after_joiner));
        after_role = has_role;
        let name = if from_page {
            // After "by", a lone lower-case word is a user name ("Post by leafmould").
            clean_name(&part).or_else(|| prefixed.and_then(|_| user_name(&part)))
        } else if part.split_whitespace().all(is_role_word) {
            // `<meta name=author content="Staff Reporter">`: a job title, nobody's name.
            None
        } else {
            Some(without_trailing_title(part.trim()).to_owned())
        };
        if let Some(name) = name.filter(|n| !n.is_empty() && !affiliation(n) && !photographers.contains(n)) {
            names.push(name);
        }
    }
    let joined = names.join(", ");
    (!joined.is_empty() && joined.chars().count() <= MAX_BYLINE_CHARS).then_some(joined)
}

/// "김민준 기자", "王磊 记者": a name and, after it, a job title in a script without capitals.
pub(in super::super) fn ends_with_uncased_title(part: &str) -> bool {
    let part = part.trim();
    without_trailing_title(part).len() < part.len()
}

/// A name from metadata without the job title that follows it in scripts without capitals
/// ("王小明 记者" → "王小明"); a Latin "Sports Desk" is left as it is.
fn without_trailing_title(name: &str) -> &str {
    match name.rsplit_once(char::is_whitespace) {
        Some((rest, last))
            if !rest.trim().is_empty()
                && last.chars().all(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
                && is_role_word(last) =>
        {
            rest.trim_end()
        }
        _ => name,
    }
}

/// "【本報記者林雅婷／南投報導】", "（记者 王磊/北京报道）", "[남도일보 김민준 기자]": the reporter a
/// lead paragraph names in its opening bracket, with a job title before or after the name, in
/// scripts without capitals (Han, Hangul). `None` for any other opening.
pub(super) fn reporter_in_lead(paragraph: &str) -> Option<String> {
    const MAX_BRACKET_CHARS: usize = 40;
    const REPORTED: &[&str] = &["報導", "报道", "报导", "電", "电"];
    let text = paragraph.trim_start();
    let close = match text.chars().next()? {
        '【' => '】',
        '[' => ']',
        '［' => '］',
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    let inner: String =
        text.chars().skip(1).take_while(|&c| c != close).take(MAX_BRACKET_CHARS + 1).collect();
    if inner.chars().count() > MAX_BRACKET_CHARS {
        return None;
    }
    let uncased =
        |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{AC00}'..='\u{D7A3}');
    let name = |word: &str| {
        let word = REPORTED.iter().fold(word, |w, r| w.strip_suffix(r).unwrap_or(w));
        ((2..=4).contains(&word.chars().count()) && word.chars().all(uncased)).then(|| word.to_owned())
    };
    let titles = || WORDS.roles.iter().filter(|r| r.chars().all(uncased));
    for part in inner.split(['／', '/', '∕', '・', '|', '｜']) {
        let words: Vec<&str> = part.split_whitespace().collect();
        for (at, word) in words.iter().enumerate() {
            if titles().any(|t| t == word) {
                // "记者 王磊", "김민준 기자".
                let after = words.get(at + 1).and_then(|w| name(w));
                let before = at.checked_sub(1).and_then(|b| words.get(b)).and_then(|w| name(w));
                if let Some(found) = after.or(before) {
                    return Some(found);
                }
            } else if let Some(found) =
                titles().find_map(|t| word.split_once(t.as_str()).and_then(|(_, after)| name(after)))
            {
                // "本報記者林雅婷": the title glued to the name (after the paper's "本報").
                return Some(found);
            }
        }
    }
    None
}

/// Splits at commas, semicolons and joiners ("and", "und", "&"); each part says whether a joiner
/// came before it.
fn split_names(text: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    for piece in text.split([',', ';', '、', '،']) {
        let mut current: Vec<&str> = Vec::new();
        let mut after_joiner = false;
        for word in piece.split_whitespace() {
            if WORDS.joiners.contains(&word.to_lowercase()) {
                parts.push((current.join(" "), after_joiner));
                current.clear();
                after_joiner = true;
            } else {
                current.push(word);
            }
        }
        parts.push((current.join(" "), after_joiner));
    }
    parts.into_iter().filter(|(p, _)| !p.trim().is_empty()).collect()
}

/// A job title's word ("reporter", "staff"), whatever its case and punctuation.
fn is_role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    WORDS.roles.contains(lower.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// One name from a byline part: e-mail addresses, job titles, date words and trailing
/// connectors go; what is left must look like a name.
/// A forum or site user name: one word of letters, digits, `_`, `-` or `.`, with a letter, that
/// is no role or date word.
fn user_name(part: &str) -> Option<String> {
    let word = part.trim().trim_end_matches([',', ':', '»', '|']).trim();
    let bare = word.to_lowercase();
    let ok = (3..=30).contains(&word.chars().count())
        && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && word.chars().any(char::is_alphabetic)
        && !WORDS.roles.contains(&bare)
        && !WORDS.date_words.contains(&bare)
        && !WORDS.connectors.contains(&bare);
    ok.then(|| word.to_owned())
}

fn clean_name(part: &str) -> Option<String> {
    let all: Vec<&str> =
        part.split_whitespace().filter(|w| !w.contains('@') && !w.starts_with("http")).collect();
    let is_date_word = |w: &str| {
        let lower = w.to_lowercase();
        WORDS.date_words.contains(lower.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // "Jan Kowalczyk", "May Chen": a month's name that opens a name, before a capitalised word
    // that is no date word, is a given name.
    let given_name_first = all.len() >= 2
        && all[1].starts_with(char::is_uppercase)
        && !is_date_word(all[1])
        && !is_role_word(all[1]);
    let mut words: Vec<&str> = all
        .iter()
        .enumerate()
        .filter(|&(index, w)| !is_role_word(w) && (!is_date_word(w) || (index == 0 && given_name_first)))
        .map(|(_, w)| *w)
        .collect();
    // "PIO Desk", "AP staff": an acronym with a job title is a desk, nobody's name.
    let is_acronym = |w: &str| {
        let letters = || w.chars().filter(|c| c.is_alphabetic());
        letters().count() >= 2 && letters().all(char::is_uppercase)
    };
    if words.len() == 1 && all.len() > 1 && is_acronym(words[0]) {
        return None;
    }
    // "Ann Lee Posted: …": a labelled field after the name starts with its label, which adjacent
    // elements may have glued to the name ("Ann LeePosted:").
    if let Some(at) = words.iter().skip(1).position(|w| w.ends_with([':', '：'])) {
        let label = at + 1;
        let glued = glued_name_part(words[label]);
        words.truncate(label);
        words.extend(glued);
    }
    // "Li Wei in Rotterdam": the place the story was filed from is no part of the name.
    if let Some(at) = words.iter().skip(1).position(|w| WORDS.place_words.contains(*w)) {
        words.truncate(at + 1);
    }
    while let Some(last) = words.last()
        && WORDS.connectors.contains(&last.to_lowercase())
    {
        words.pop();
    }
    while let Some(first) = words.first()
        && WORDS.connectors.contains(&first.to_lowercase())
    {
        words.remove(0);
    }
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return None;
    }
    // A name starts with a capital, or is in a script without capitals.
    let looks_like_name =
        words.iter().any(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_lowercase()))
            && words.iter().all(|w| w.chars().any(char::is_alphabetic));
    looks_like_name.then(|| words.join(" ").trim_matches([',', '.', ':', ' ']).to_owned())
}

/// "LeePosted:" → "Lee": the name's part before a capital that a label glued on, or `None`.
fn glued_name_part(word: &str) -> Option<&str> {
    let mut previous_lower = false;
    for (at, c) in word.char_indices() {
        if previous_lower && c.is_uppercase() {
            return word.get(..at);
        }
        previous_lower = c.is_lowercase();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_after_a_job_title_is_no_name() {
        let clean = |b: &str| clean_byline(b, true);
        assert_eq!(clean("By Ada Lind, Gazette staff writer").as_deref(), Some("Ada Lind"));
        assert_eq!(clean("Author: Ada Lind Reporter, WKXN").as_deref(), Some("Ada Lind"));
        // Two people with a title between them, and a one-word name after "and", stay.
        assert_eq!(clean("By Ada Lind, reporter, and Sukarno").as_deref(), Some("Ada Lind, Sukarno"));
        assert_eq!(clean("By Ada Lind and Ben Roe").as_deref(), Some("Ada Lind, Ben Roe"));
    }

    #[test]
    fn a_wire_signoff_names_its_reporters_and_not_its_editors() {
        assert_eq!(
            signoff_byline("(Reporting by Ana Reyes and Bo Lind in Quito; Editing by Cy Moss)").as_deref(),
            Some("Ana Reyes, Bo Lind")
        );
        assert_eq!(
            signoff_byline("Reporting by Ana Reyes; Writing by Dee Park; Editing by Cy Moss").as_deref(),
            Some("Ana Reyes")
        );
        // Credits for other staff only: a sign-off, but no byline.
        assert!(signoff_parts("(Editing by Cy Moss)").is_some());
        assert_eq!(signoff_byline("(Editing by Cy Moss)"), None);
        // Not sign-offs: a bracketed aside, a sentence, parts that are not credits.
        assert!(signoff_parts("(The figures are provisional)").is_none());
        assert!(signoff_parts("By Friday the port had reopened; by Monday the ferries ran.").is_none());
        assert!(signoff_parts("Reporting by Ana Reyes; the port reopened").is_none());
        assert!(signoff_parts("Reporting by Ana Reyes").is_none());
    }

    #[test]
    fn a_photographer_marked_in_the_byline_is_no_author() {
        assert_eq!(photographers("Por Ana Ruiz y Luis Vidal (fotos)"), ["Luis Vidal"]);
        assert_eq!(photographers("By Ann Lee, Bo Chen (photos) and Cy Moss"), ["Bo Chen"]);
        assert!(photographers("By Ann Lee (Reuters)").is_empty());
        assert_eq!(clean_byline("Por Ana Ruiz y Luis Vidal (fotos)", true).as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_reporter_named_in_the_leads_opening_bracket_is_found_in_scripts_without_capitals() {
        assert_eq!(reporter_in_lead("【本報記者林雅婷／南投報導】經過兩年工程").as_deref(), Some("林雅婷"));
        assert_eq!(reporter_in_lead("（记者 王磊/北京报道）昨天").as_deref(), Some("王磊"));
        assert_eq!(reporter_in_lead("[한빛일보 박서연 기자] 시장 상인회가").as_deref(), Some("박서연"));
        // No title, a long bracket, or no bracket: nothing.
        assert_eq!(reporter_in_lead("【南投報導】經過兩年工程"), None);
        assert_eq!(reporter_in_lead("(Reuters) - Ships"), None);
        assert_eq!(reporter_in_lead("記者林雅婷說"), None);
    }

    #[test]
    fn user_names_are_told_from_names() {
        for user in ["fennel_and_flux", "hakonvik", "pondlife42", "j.smith"] {
            assert!(is_user_name(user), "{user}");
        }
        for name in ["Reuters", "Ann Lee", "ab", "Ledger Staff", "AFP"] {
            assert!(!is_user_name(name), "{name}");
        }
    }

    #[test]
    fn bylines_become_name_lists() {
        let page = |b: &str| clean_byline(b, true);
        assert_eq!(page("By Ann Lee and Bo Chen").as_deref(), Some("Ann Lee, Bo Chen"));
        assert_eq!(page("Posted by Tom Hale on 14 March 2026").as_deref(), Some("Tom Hale"));
        assert_eq!(page("By Hannah Cole | March 5, 2026, 9:00 AM").as_deref(), Some("Hannah Cole"));
        assert_eq!(page("By Ivan Petrov, Transport Correspondent").as_deref(), Some("Ivan Petrov"));
        assert_eq!(page("Par Claire Dubois, le 8 août 2026 à 10h05").as_deref(), Some("Claire Dubois"));
        assert_eq!(page("김민준 기자 minjun@hanbit.example").as_deref(), Some("김민준"));
        assert_eq!(page("记者 王磊").as_deref(), Some("王磊"));
        assert_eq!(page("Von Jörg Müller-Lüdenscheidt").as_deref(), Some("Jörg Müller-Lüdenscheidt"));
        // A colon after the prefix, scripts without capitals, the place a story was filed from.
        assert_eq!(page("بقلم: ليلى منصور").as_deref(), Some("ليلى منصور"));
        assert_eq!(page("מאת: נועה כהן").as_deref(), Some("נועה כהן"));
        assert_eq!(
            page("By Ann Lee, Bo Chen and Li Wei in Rotterdam").as_deref(),
            Some("Ann Lee, Bo Chen, Li Wei")
        );
        assert_eq!(page("Par Élodie Brun à Genève").as_deref(), Some("Élodie Brun"));
        // Not names: a sentence, an over-long text, a date alone.
        assert_eq!(page("Thank you all for reading this chapter and the ones before"), None);
        assert_eq!(page(&"Jane Doe wrote about boats and trains and ships. ".repeat(10)), None);
        assert_eq!(page("March 5, 2026"), None);
        // A given name that is also a month's name stays.
        assert_eq!(page("By Jan Kowalczyk").as_deref(), Some("Jan Kowalczyk"));
        assert_eq!(page("May Chen and Ann Lee, June 3").as_deref(), Some("May Chen, Ann Lee"));
        // Names from metadata keep their words.
        assert_eq!(clean_byline("City Desk staff", false).as_deref(), Some("City Desk staff"));
    }

    #[test]
    fn a_bracketed_name_a_press_officers_title_and_a_labelled_field_leave_only_the_name() {
        let page = |b: &str| clean_byline(b, true);
        assert_eq!(page("（山田 花子）").as_deref(), Some("山田 花子"));
        assert_eq!(page("(Ann Lee)").as_deref(), Some("Ann Lee"));
        assert_eq!(page("By Ann Lee, Press and Media Relations Officer").as_deref(), Some("Ann Lee"));
        assert_eq!(page("Reporter: Bo Chen Posted: 17/07/2026 at 14:26").as_deref(), Some("Bo Chen"));
        assert_eq!(page("作者：王小明").as_deref(), Some("王小明"));
        assert_eq!(page("Author: Ann Lee, Bo ChenPublished: 5:31 AM").as_deref(), Some("Ann Lee, Bo Chen"));
        assert_eq!(page("PIO Desk"), None);
    }

    #[test]
    fn a_job_title_after_a_name_in_metadata_goes_in_scripts_without_capitals() {
        assert_eq!(clean_byline("최민준 기자", false).as_deref(), Some("최민준"));
        assert_eq!(clean_byline("陈晓 记者", false).as_deref(), Some("陈晓"));
        // A job title alone names nobody: no byline.
        assert_eq!(clean_byline("기자", false), None);
        assert_eq!(clean_byline("Sports Desk", false), None);
        assert_eq!(clean_byline("Staff Reporter", false), None);
        assert!(ends_with_uncased_title("김민준 기자"));
        assert!(!ends_with_uncased_title("기자") && !ends_with_uncased_title("Ann Lee, reporter"));
    }

    #[test]
    fn a_newsroom_role_after_the_name_goes_and_a_particle_inside_a_name_stays() {
        assert_eq!(clean_byline("Rui Matos Da Redação", true).as_deref(), Some("Rui Matos"));
        assert_eq!(clean_byline("Ana da Costa", true).as_deref(), Some("Ana da Costa"));
    }

    #[test]
    fn a_byline_prefix_must_be_a_whole_word() {
        assert!(starts_with_byline_prefix("By Jane Doe"));
        assert!(starts_with_byline_prefix("Par Claire Dubois"));
        assert!(starts_with_byline_prefix("Author: Jane Doe"));
        assert!(starts_with_byline_prefix("بقلم: ليلى منصور"));
        assert!(starts_with_byline_prefix("Author Jane Doe"));
        assert!(starts_with_byline_prefix("लेखक: अनीता राव"));
        assert!(!starts_with_byline_prefix("Authority Figures Gather"));
        assert_eq!(clean_byline("Author Jane Doe", true).as_deref(), Some("Jane Doe"));
        // A forum post's header: "Postby NAME » DATE".
        assert_eq!(
            clean_byline("Postby Jane Doe » Tue Apr 14, 2026 7:32 pm", true).as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            clean_byline("Post by pondlife_42 » Tue Apr 14, 2026", true).as_deref(),
            Some("pondlife_42")
        );
        assert_eq!(clean_byline("by the river", true), None);
        assert!(!starts_with_byline_prefix("By: the river"));
        assert!(!starts_with_byline_prefix("Byron Bay floods again"));
        assert!(!starts_with_byline_prefix("by the river"));
    }
}
