//! The web-page evaluation set (tests/fixtures/import-eval/html, made by scripts/make-html-eval):
//! 44 synthetic pages of many kinds (news, blogs, wikis, government pages, eight other languages,
//! and the failure classes of issue 10), each with the text, title, byline and publication day the
//! importer should give; plus 12 `heldout-` pages (scripts/make-html-eval-heldout) written after the
//! importer was tuned, on page structures it had not seen, and 17 `heldout2-` pages
//! (scripts/make-html-eval-heldout2) written after that round had been fixed, and 24 `heldout3-`
//! pages (saved as written, by a hand that had not seen the importer: WordPress, Drupal, Ghost,
//! Substack, Medium, Blogger, MediaWiki, Discourse and phpBB threads, a live blog, AMP, a paywall
//! with the text only in JSON-LD, a Next.js page, a print version, pages in eight languages and two
//! legacy encodings), and 20 `heldout4-` pages by another such hand (a national paper, a TV
//! station, a ministry, an NGO report, a think tank, a wiki, a forum, a table-layout CMS, a
//! script-rendered page, AMP, and pages in French (windows-1252), German, Spanish, Arabic and
//! Japanese), and 20 `heldout5-` pages by a third such hand (Ghost, Substack, Squarespace,
//! Blogger and Drupal pages, a council, a police force, a court, a think tank, a live blog, a
//! magazine, and pages in Portuguese (ISO-8859-1), Italian (microdata only), Korean, Russian,
//! Turkish and Indonesian), and 20 `heldout6-` pages by a fourth such hand (Medium, WordPress
//! blocks, AMP, MediaWiki, a GOV guidance page, a university release, a journal's news item,
//! Jekyll, Discourse, a wire story, a hard paywall, a retailer's story under a mega-menu, and pages
//! in Japanese (Shift_JIS), Chinese (GBK), Arabic, German, Spanish and French), and 20 `heldout7-`
//! pages by a fifth (a TV station, a trade journal, an opinion column, an agency's English service,
//! a think tank, a fire department, an assembly committee, an NGO, travel and code blogs, and pages
//! in Portuguese, Dutch, Polish, Vietnamese, Hindi, Hebrew and Korean in EUC-KR), and 20 `heldout8-`
//! pages by a sixth (a wire story with related links in its body, Medium, Ghost and Blogger posts,
//! a wiki article, government, justice and police releases, a Discourse topic, a live blog, a
//! listicle, an interview, a magazine long read, and pages in German, French (ISO-8859-1),
//! Spanish, Japanese (Shift_JIS), Arabic, Russian (AMP), Turkish and Indonesian), and 20
//! `heldout9-` pages by a seventh (a metro paper, a broadcaster, a wire story with its sign-off, a
//! think tank's endnotes, a newsletter, a ministry on Drupal, police, court, NGO and company
//! releases, an aggregator, a magazine, a live blog, and pages in Italian, Brazilian Portuguese,
//! Chinese (Big5), Ukrainian (windows-1251), Polish and Korean). The test scores every page and
//! fails when a mean falls below its floor;
//! `cargo test --test it import_html_eval -- --nocapture` prints the per-page scores.
//!
//! Scores: word F1 of the text (bag of words, lower-cased; each Han or kana character counts as a
//! word, since those scripts do not separate words by spaces), and the share of pages whose title,
//! byline (as a set of names) and publication day (YYYY-MM-DD) are right, where "right" for an
//! expected empty field means the importer left it empty too.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use briefsmith::import::import_file;

/// Floors, a little under what the importer reaches, so that a regression fails here (217 pages:
/// mean 0.992, titles and bylines over 99 %, days 99 %).
const MIN_MEAN_F1: f64 = 0.985;
/// The worst page is a held-out think-tank paper whose numbered notes the importer keeps while the
/// expected text leaves them out (0.92), leaving aside [`OTHER_CONVENTION`].
const MIN_WORST_F1: f64 = 0.91;
const MIN_TITLE_RIGHT: f64 = 0.97;
const MIN_BYLINE_RIGHT: f64 = 0.97;
const MIN_DATE_RIGHT: f64 = 0.98;
/// Each held-out round on its own: (prefix, pages at least, mean word F1 floor).
/// - `heldout2-` (17 pages): 0.874 untouched, 0.996 after its round, 0.989 now (its ministry
///   release keeps notes to editors, which later rounds leave out).
/// - `heldout3-` (24): 0.920 untouched (a newsletter post whose `<article>` class named a
///   newsletter, a paywall's teaser), 0.993 now.
/// - `heldout4-` (20, by another hand that had not seen the importer): 0.937 untouched (a
///   script-rendered page whose article was only in its app data: 0.186), 0.985 now.
/// - `heldout5-` (20, by a third hand): 0.948 untouched (a live blog, a court summary, bylines
///   with a reporter's title, numeric dates after a "published" word), 0.976 after its round.
/// - `heldout6-` (20, by a fourth hand): 0.961 untouched (lines of credits marked only by their
///   elements, a journal's references and licence sections, a lead paragraph beside a wrapped
///   headline, organisations as authors), 0.983 after its round, 0.989 now.
/// - `heldout7-` (20, by a fifth hand): 0.961 untouched (after round 6; 0.955 before it), 0.978
///   now (dates-only and names-and-date lines, comment boxes named in other languages, a pull
///   quote classed `pull-quote`, a copyright line, notes to editors).
/// - `heldout8-` (20, by a sixth hand): 0.991 untouched (after round 7), 0.996 after its round
///   (a hatnote, an affiliate disclosure, a metadata list, a print-edition note, "Penulis:").
/// - `heldout9-` (20, by a seventh hand): 0.966 with the importer as this stop began, 0.969
///   untouched after rounds 7 and 8 (their fair measure), 0.993 after its round (embargo lines,
///   end marks, endnotes, field labels, a publisher's boilerplate, a reporter named in the lead's
///   bracket).
const HELDOUT_ROUNDS: &[(&str, usize, f64)] = &[
    ("heldout2-", 14, 0.98),
    ("heldout3-", 24, 0.98),
    ("heldout4-", 20, 0.97),
    ("heldout5-", 20, 0.97),
    ("heldout6-", 20, 0.97),
    ("heldout7-", 20, 0.97),
    ("heldout8-", 20, 0.98),
    ("heldout9-", 20, 0.98),
];
/// Pages whose expected text follows a convention the importer documents otherwise, left out of
/// the worst-page floor (they still count in every mean): the fifth round's live blog expects its
/// summary and key points and not its posts, where the importer (and the third round's live blog)
/// keeps the posts; the second round's ministry release expects its notes to editors kept, where
/// the importer leaves them out (as the sixth and seventh rounds' releases expect); the seventh
/// round's TV page expects the broadcast transcript it shows left out, where the importer keeps it.
const OTHER_CONVENTION: &[&str] =
    &["heldout5-liveblog-storm-ilse", "heldout2-ministry-contacts", "heldout7-tv-station-video-transcript"];

fn set_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import-eval/html")
}

struct Expected {
    kind: String,
    text: String,
    title: String,
    byline: String,
    date: String,
}

fn load_expected(name: &str) -> Expected {
    let path = set_dir().join(format!("{name}.json"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    let field = |key: &str| json[key].as_str().unwrap_or_else(|| panic!("{name}.json: no {key}")).to_owned();
    Expected {
        kind: field("kind"),
        text: field("text"),
        title: field("title"),
        byline: field("byline"),
        date: field("date"),
    }
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF) // CJK Compatibility Ideographs
}

/// Lower-cased words; each Han or kana character is a word of its own.
pub(crate) fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_unspaced_script(c) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// F1 of the two bags of words.
pub(crate) fn word_f1(expected: &str, got: &str) -> f64 {
    let expected = words(expected);
    let got = words(got);
    if expected.is_empty() || got.is_empty() {
        return if expected.is_empty() && got.is_empty() { 1.0 } else { 0.0 };
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in &expected {
        *counts.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &got {
        if let Some(n) = counts.get_mut(w.as_str())
            && *n > 0
        {
            *n -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let precision = common as f64 / got.len() as f64;
    let recall = common as f64 / expected.len() as f64;
    2.0 * precision * recall / (precision + recall)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Ann Lee and Bo Chen" / "Bo Chen, Ann Lee" → {"ann lee", "bo chen"}.
fn names(byline: &str) -> Vec<String> {
    let mut names: Vec<String> = byline
        .replace(" and ", ",")
        .replace(" & ", ",")
        .split([',', ';'])
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names
}

/// The day of a date that starts YYYY-MM-DD, else the whole (trimmed) value.
fn day(date: &str) -> &str {
    let date = date.trim();
    let bytes = date.as_bytes();
    let iso = bytes.len() >= 10
        && bytes[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if iso { date.get(..10).unwrap_or(date) } else { date }
}

#[test]
fn scoring_helpers() {
    assert_eq!(words("Café, 世界! It's"), ["café", "世", "界", "it", "s"]);
    assert!((word_f1("a b c d", "a b c d") - 1.0).abs() < 1e-9);
    assert!((word_f1("a b c d", "a b") - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(word_f1("a b", ""), 0.0);
    assert_eq!(names("Ann Lee and Bo  Chen"), names("Bo Chen, Ann Lee"));
    assert_eq!(day("2026-03-14T09:00:00Z"), "2026-03-14");
    assert_eq!(day("March 14"), "March 14");
}

#[test]
fn html_evaluation_set_meets_its_floors() {
    let mut pages: Vec<String> = std::fs::read_dir(set_dir())
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".html").map(str::to_owned)
        })
        .collect();
    pages.sort();
    assert!(pages.len() >= 40, "the set has only {} pages", pages.len());
    let (mut f1_sum, mut worst, mut titles, mut bylines, mut dates, mut refused) = (0.0, 1.0f64, 0, 0, 0, 0);
    let mut seconds = 0.0;
    let mut rounds: HashMap<&str, (f64, usize)> = HashMap::new();
    for name in &pages {
        let expected = load_expected(name);
        let started = Instant::now();
        let imported = import_file(&set_dir().join(format!("{name}.html")));
        seconds += started.elapsed().as_secs_f64();
        let (f1, title, byline, date) = match &imported {
            Ok(got) => (
                word_f1(&expected.text, &got.text),
                collapse(&got.meta.title) == collapse(&expected.title),
                names(&got.meta.author) == names(&expected.byline),
                day(&got.meta.published) == expected.date,
            ),
            Err(e) => {
                refused += 1;
                println!("{name}: REFUSED {e}");
                (0.0, false, false, false)
            }
        };
        f1_sum += f1;
        if !OTHER_CONVENTION.contains(&name.as_str()) {
            worst = worst.min(f1);
        }
        if let Some(&(prefix, _, _)) = HELDOUT_ROUNDS.iter().find(|(prefix, _, _)| name.starts_with(prefix)) {
            let round = rounds.entry(prefix).or_default();
            round.0 += f1;
            round.1 += 1;
        }
        titles += usize::from(title);
        bylines += usize::from(byline);
        dates += usize::from(date);
        let mark = |ok: bool| if ok { "ok" } else { "NO" };
        println!(
            "{name:32} F1 {f1:.3}  title {}  byline {}  date {}   ({})",
            mark(title),
            mark(byline),
            mark(date),
            expected.kind
        );
        if let Ok(got) = &imported {
            if !title {
                println!("    title  {:?} (want {:?})", got.meta.title, expected.title);
            }
            if !byline {
                println!("    byline {:?} (want {:?})", got.meta.author, expected.byline);
            }
            if !date {
                println!("    date   {:?} (want {:?})", got.meta.published, expected.date);
            }
        }
    }
    let n = pages.len() as f64;
    let mean_f1 = f1_sum / n;
    let share = |count: usize| count as f64 / n;
    println!(
        "{} pages: mean word F1 {mean_f1:.3}, worst {worst:.3}, refused {refused}; title {:.0} %, byline {:.0} %, \
         date {:.0} %; import time {seconds:.3} s",
        pages.len(),
        100.0 * share(titles),
        100.0 * share(bylines),
        100.0 * share(dates)
    );
    assert_eq!(refused, 0, "pages refused");
    for &(prefix, min_pages, floor) in HELDOUT_ROUNDS {
        let (sum, count) = rounds.get(prefix).copied().unwrap_or_default();
        let mean = sum / count.max(1) as f64;
        println!("{prefix}: {count} pages, mean word F1 {mean:.3}");
        assert!(count >= min_pages, "the held-out round {prefix} has only {count} pages");
        assert!(mean >= floor, "held-out round {prefix} mean word F1 {mean:.3} under {floor}");
    }
    assert!(mean_f1 >= MIN_MEAN_F1, "mean word F1 {mean_f1:.3} under {MIN_MEAN_F1}");
    assert!(worst >= MIN_WORST_F1, "worst word F1 {worst:.3} under {MIN_WORST_F1}");
    assert!(share(titles) >= MIN_TITLE_RIGHT, "titles right {:.3}", share(titles));
    assert!(share(bylines) >= MIN_BYLINE_RIGHT, "bylines right {:.3}", share(bylines));
    assert!(share(dates) >= MIN_DATE_RIGHT, "dates right {:.3}", share(dates));
}
