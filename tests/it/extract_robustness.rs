//! The suggestion pass accepts any UTF-8 text and never panics: empty text, huge text, one long
//! line, unbalanced quotes, no punctuation, CJK, emoji, right-to-left scripts. Every offset it
//! returns is in bounds and on a character boundary, and each excerpt is exactly its span.

use briefsmith::extract::{Suggestions, suggest};
use briefsmith::model::text::normalize;
use proptest::prelude::*;

fn assert_well_formed(text: &str, suggestions: &Suggestions) {
    let in_text = |start: usize, end: usize| {
        start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
    };
    for actor in &suggestions.actors {
        assert!(!actor.name.is_empty());
        for mention in &actor.mentions {
            assert!(in_text(mention.start(), mention.end()), "actor mention {mention:?}");
        }
    }
    for quote in &suggestions.quotes {
        assert!(in_text(quote.start, quote.end), "quote {}..{}", quote.start, quote.end);
        assert_eq!(text.get(quote.start..quote.end), Some(quote.text.as_str()));
    }
    for threat in &suggestions.threats {
        assert!(in_text(threat.start, threat.end), "threat {}..{}", threat.start, threat.end);
        assert_eq!(text.get(threat.start..threat.end), Some(threat.evidence.as_str()));
    }
    for fact in suggestions.figures.iter().chain(&suggestions.dates) {
        assert!(in_text(fact.start, fact.end), "fact {}..{}", fact.start, fact.end);
        assert_eq!(text.get(fact.start..fact.end), Some(fact.text.as_str()));
    }
    for pair in suggestions.quotes.windows(2) {
        assert!(pair[0].start <= pair[1].start, "quotes in order");
    }
    for pair in suggestions.threats.windows(2) {
        assert!(pair[0].end <= pair[1].start, "threats in order and not overlapping");
    }
}

fn check(text: &str) -> Suggestions {
    let suggestions = suggest(text);
    assert_well_formed(text, &suggestions);
    suggestions
}

const SAMPLE: &str = include_str!("../../assets/sample-article.txt");

#[test]
fn empty_and_blank_texts() {
    assert_eq!(check(""), Suggestions::default());
    assert_eq!(check(&normalize(" \n\n\t ")), Suggestions::default());
}

#[test]
fn unbalanced_and_odd_quote_marks() {
    for text in [
        "\"",
        "'",
        "“",
        "”",
        "He said \"never closed",
        "”backwards“ and ’odd‘ marks",
        "\"\"\"\"\"",
        "'''''' rock 'n' roll '90s 'tis",
        "\"a\n\n\"b\n\n\"c",
        "He said, \"it's the '90s\", and left'",
        "« Bonjour », a-t-il dit. „Guten Tag“",
    ] {
        check(text);
    }
}

#[test]
fn scripts_without_spaces_or_left_to_right_order() {
    check("北朝鮮は弾道ミサイルを発射した。「これは挑発だ」と大統領は述べた。");
    check("قال الرئيس \"إن الهجوم مرفوض\" في بيان يوم الثلاثاء.");
    check("שר החוץ אמר כי \"ישראל לא תסכים\"");
    check("🚀🚀 Pyongyang 🙂 launched “🚀” missiles 💥 at 12,000 👣");
    check("e\u{301}\u{301} Zalgo t\u{336}e\u{336}x\u{336}t \u{200d}\u{200b}");
}

#[test]
fn no_punctuation_and_one_long_line() {
    // One statement of 160,000 tokens: a rule that looks across the whole statement for every cue
    // costs the square of it (a nationality-forces check once took minutes here; now seconds).
    let started = std::time::Instant::now();
    let words = "north korea launched missiles president joe biden said troops ".repeat(20_000);
    check(&words);
    assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
    let one_line = SAMPLE.replace('\n', " ").repeat(250);
    assert!(one_line.len() > 900_000);
    let suggestions = check(&one_line);
    assert!(!suggestions.actors.is_empty());
}

#[test]
fn adversarial_shapes_stay_fast() {
    // Each of these once had a path whose cost grew with the square of the text; a regression
    // would make this test take minutes instead of a second.
    let started = std::time::Instant::now();
    check(&SAMPLE.to_uppercase().replace(['.', '\n'], " ").repeat(100));
    check(&"He said \"Joe Smith Jones\" and the president said \"yes\" ".repeat(8_000));
    check(&"President Ana Ferreira Costa met Mr Costa and the president. ".repeat(8_000));
    check(&"Acme Defence Institute Nordic Authority Russia Ministry ".repeat(8_000));
    check(&"Kremlin Pyongyang Russia North Korea missiles troops attack ".repeat(8_000));
    let people: String =
        (0..5_000).map(|i| format!("Minister Al{i} Bo{i} spoke. Bo{i} said yes. ")).collect();
    check(&people);
    assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
}

#[test]
fn many_megabytes_of_text() {
    // 5 MB in the debug test build; 50 MB is measured with the release binary (README, Performance).
    let text = format!("{SAMPLE}\n\n").repeat(5 * 1024 * 1024 / SAMPLE.len());
    let suggestions = check(&text);
    assert!(suggestions.quotes.len() > 1000);
}

#[test]
fn deterministic_output() {
    let first = serde_json::to_string(&suggest(SAMPLE)).unwrap_or_default();
    let second = serde_json::to_string(&suggest(SAMPLE)).unwrap_or_default();
    assert_eq!(first, second);
}

fn news_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("President Joe Biden".to_owned()),
            Just("Pyongyang".to_owned()),
            Just("the Kremlin".to_owned()),
            Just("said".to_owned()),
            Just("\"".to_owned()),
            Just("'".to_owned()),
            Just("“".to_owned()),
            Just("”".to_owned()),
            Just("’s".to_owned()),
            Just("missiles".to_owned()),
            Just("12,000 troops".to_owned()),
            Just("14 March 2026".to_owned()),
            Just(",".to_owned()),
            Just(".".to_owned()),
            Just("\n".to_owned()),
            Just("\n\n".to_owned()),
            Just("(".to_owned()),
            Just("-".to_owned()),
            "[a-zA-Z]{1,8}",
            "\\PC{1,6}",
        ],
        0..60,
    );
    pieces.prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_well_formed_suggestions(text in "\\PC*") {
        check(&text);
        check(&normalize(&text));
    }

    #[test]
    fn news_like_text_gives_well_formed_suggestions(text in news_like()) {
        check(&normalize(&text));
    }
}
