//! No panic on any text (issue 11): every value the command line parses, and every core function
//! a tag goes through (span capture, snapping to words, anchoring and re-anchoring, paragraph
//! numbering, saving and loading, rendering the brief, escaping), on text in any script with byte
//! offsets that may fall inside a character or past the end.

use std::fs;
use std::path::Path;

use briefsmith::brief::{self, Templates, escape};
use briefsmith::cli::Cli;
use briefsmith::model::span::{
    byte_to_char, ceil_char_boundary, char_to_byte, floor_char_boundary, snap_to_words,
};
use briefsmith::model::{
    Action, ActorKind, ActorRef, ByteRange, CharOffset, Credibility, Likelihood, NoteType, Reliability,
    Session, Severity, Source, SourceMeta, Span, Speaker, TagBody, TextQuoteSelector, ThreatCategory, Tlp,
    Vocabulary, apply,
};
use briefsmith::store;
use clap::Parser;
use proptest::prelude::*;

use crate::support::{ok, run, sample_article};

/// Every value-parsed option of the command line: the command, the option, a few of the values
/// the error must list, and any option it needs to be accepted at all.
const VALUE_OPTIONS: &[(&str, &str, &str, &[&str])] = &[
    ("tag", "--severity", "low, moderate, high, critical", &[]),
    ("tag", "--category", "military, weapons-test", &[]),
    ("tag", "--likelihood", "almost-no-chance, very-unlikely", &[]),
    ("tag", "--credibility", "1, 2, 3, 4, 5, 6", &[]),
    ("tag", "--actor-kind", "person, state, armed-forces", &[]),
    ("tag", "--nth", "", &[]),
    ("set", "--tlp", "TLP:RED, TLP:AMBER+STRICT", &[]),
    ("set", "--note-type", "for-information, for-decision", &[]),
    ("set", "--reliability", "A, B, C, D, E, F", &["--source", "1"]),
];

/// Values that once crashed the vocabulary parser (`s[..4]` inside a character), and friends.
const HOSTILE_VALUES: &[&str] = &[
    "日本語",
    "TLP:日本",
    "tlp:",
    "é€x",
    "👩\u{200d}👩\u{200d}👧",
    "e\u{301}\u{301}",
    "مرحبا",
    "“high”",
    " ",
];

fn args_for<'a>(command: &'a str, option: &'a str, value: &'a str, extra: &'a [&'a str]) -> Vec<&'a str> {
    let mut args = vec![command, "s.brief.json"];
    if command == "tag" {
        args.extend(["--kind", "threat", "--text", "Moscow denied any involvement."]);
    }
    args.extend(extra);
    args.extend([option, value]);
    args
}

#[test]
fn a_bad_value_of_any_option_is_a_usage_error_that_lists_the_accepted_values() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["new", sample_article().to_str().unwrap(), "-o", "s.brief.json"]);
    let before = fs::read(d.join("s.brief.json")).unwrap();
    for &(command, option, accepted, extra) in VALUE_OPTIONS {
        for value in HOSTILE_VALUES {
            let args = args_for(command, option, value, extra);
            let out = run(d, &args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?} must be a usage error: {stderr}");
            assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
            assert!(stderr.contains(option), "{args:?}: the error names the option: {stderr}");
            assert!(stderr.contains(accepted), "{args:?}: the error lists {accepted}: {stderr}");
        }
    }
    assert_eq!(fs::read(d.join("s.brief.json")).unwrap(), before, "the session is untouched");
}

#[test]
fn the_issue_s_command_exits_2_not_101() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = run(d, &["tag", "S", "--kind", "threat", "--text", "X", "--severity", "日本語"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("invalid value '日本語' for '--severity <SEVERITY>'"), "{stderr}");
    assert!(stderr.contains("is not one of: low, moderate, high, critical"), "{stderr}");
}

#[test]
fn a_session_with_no_article_checks_and_exports_but_cannot_be_tagged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut session = Session::new();
    session.brief.title = "Nothing yet".into();
    store::save(&d.join("empty.brief.json"), &session).unwrap();
    let out = ok(d, &["check", "empty.brief.json"]);
    assert!(out.contains("empty.brief.json: valid. 0 sources, 0 actors, 0 tags"), "{out}");
    let brief = ok(d, &["export", "empty.brief.json"]);
    assert!(brief.contains("Nothing yet"), "{brief}");
    let msg = crate::support::fails(d, &["tag", "empty.brief.json", "--kind", "quote", "--text", "x"]);
    assert!(msg.contains("empty.brief.json: the session has no article to tag"), "{msg}");
    let msg = crate::support::fails(
        d,
        &["tag", "empty.brief.json", "--kind", "quote", "--text", "x", "--source", "S1"],
    );
    assert!(msg.contains("empty.brief.json: the session has no article to tag"), "{msg}");
}

// ------------------------------------------------------------------------------------------------
// Property tests

/// Text in many scripts: CJK, Hangul, emoji with joiners and modifiers, flags, combining marks,
/// curly quotes, right-to-left scripts and marks, line breaks, plus any printable characters.
fn multibyte_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("世界和平".to_owned()),
            Just("한국어 기사".to_owned()),
            Just("日本語".to_owned()),
            Just("👩\u{200d}👩\u{200d}👧".to_owned()),
            Just("👍🏽".to_owned()),
            Just("🇰🇷".to_owned()),
            Just("e\u{301}".to_owned()),
            Just("Z\u{335}\u{321}a".to_owned()),
            Just("“".to_owned()),
            Just("”".to_owned()),
            Just("‘s’".to_owned()),
            Just("مرحبا بالعالم".to_owned()),
            Just("שָׁלוֹם".to_owned()),
            Just("\u{200f}".to_owned()),
            Just("\n".to_owned()),
            Just("\n\n".to_owned()),
            Just(" ".to_owned()),
            Just("said".to_owned()),
            Just("Kim Jong Un".to_owned()),
            Just("# | * _ ` <b> [x](y)".to_owned()),
            "[a-zA-Z]{1,6}",
            "\\PC{1,4}",
        ],
        0..24,
    );
    pieces.prop_map(|parts| parts.concat())
}

/// A byte offset anywhere in a text of up to `len` bytes, a little past its end included.
fn offset() -> impl Strategy<Value = usize> {
    0usize..400
}

/// Ranges always land on character boundaries and inside the text.
fn assert_fits(text: &str, range: ByteRange, what: &str) {
    assert!(range.validate(text).is_ok(), "{what}: {range:?} does not fit {text:?}");
}

fn vocabulary_values<T: Vocabulary + std::str::FromStr<Err = String>>(value: &str) {
    let parsed = T::parse(value);
    assert_eq!(parsed.is_some(), value.parse::<T>().is_ok(), "{value:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Offsets, snapping and selectors on any text and any offsets.
    #[test]
    fn spans_never_panic_and_stay_on_char_boundaries(text in multibyte_text(), a in offset(), b in offset()) {
        let a = a % (text.len() + 3);
        let b = b % (text.len() + 3);
        let (down, up) = (floor_char_boundary(&text, a), ceil_char_boundary(&text, a));
        prop_assert!(text.is_char_boundary(down) && text.is_char_boundary(up) && down <= up);
        // Inside a character, the conversion to egui's unit moves to the next boundary.
        let chars = byte_to_char(&text, a);
        prop_assert_eq!(char_to_byte(&text, chars), up);
        prop_assert_eq!(byte_to_char(&text, char_to_byte(&text, CharOffset(chars.0))), chars);

        let selection = ByteRange::between(a, b);
        let snapped = snap_to_words(&text, selection);
        assert_fits(&text, snapped, "snap_to_words");
        let exact = snapped.slice(&text).unwrap_or_default();
        prop_assert_eq!(exact.trim(), exact, "snapped text is trimmed");

        // Capturing any range, even one that does not fit, gives a selector and no panic.
        let selector = TextQuoteSelector::capture(&text, selection);
        prop_assert_eq!(selection.validate(&text).is_ok(), selection.slice(&text).is_some());
        if let Some(slice) = selection.slice(&text) {
            prop_assert_eq!(selector.exact.as_str(), slice);
        }
        let span = Span::capture(&text, snapped);
        prop_assert_eq!(span.quote.exact.as_str(), exact);
        let anchored = briefsmith::model::anchor::anchor(&text, span.range, &span.quote);
        assert_fits(&text, anchored.range, "anchor on the same text");

        // The vocabularies (every CLI value parser is one of these) on the same text.
        for value in [text.as_str(), exact, text.get(..a).unwrap_or(&text)] {
            vocabulary_values::<Severity>(value);
            vocabulary_values::<ThreatCategory>(value);
            vocabulary_values::<Likelihood>(value);
            vocabulary_values::<Credibility>(value);
            vocabulary_values::<ActorKind>(value);
            vocabulary_values::<Tlp>(value);
            vocabulary_values::<NoteType>(value);
            vocabulary_values::<Reliability>(value);
        }

        // Escaping keeps each value on one line.
        prop_assert!(!escape::inline(&text).contains('\n'));
        let quoted = escape::blockquote(&text);
        prop_assert!(quoted.lines().all(|l| l.starts_with('>')), "{}", quoted);
        prop_assert!(!escape::link(&text).contains('\n'));
    }

    /// Every value-parsed option of the command line, parsed in-process: a value is accepted or it
    /// is a usage error (exit 2), never a panic.
    #[test]
    fn every_cli_value_parser_accepts_or_refuses_any_text(value in multibyte_text()) {
        for &(command, option, _, extra) in VALUE_OPTIONS {
            let mut args = vec!["briefsmith"];
            args.extend(args_for(command, option, &value, extra));
            if let Err(e) = Cli::try_parse_from(&args) {
                prop_assert_eq!(e.exit_code(), 2, "{:?}: {}", args, e);
            }
        }
    }
}

proptest! {
    // Each case builds a session, re-anchors, saves, loads and renders three templates.
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn tagging_reanchoring_saving_and_rendering_never_panic(
        text in multibyte_text(),
        edit in multibyte_text(),
        offsets in prop::collection::vec((offset(), offset()), 1..6),
        at in offset(),
    ) {
        let mut session = Session::new();
        let Ok(outcome) = apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: text.clone() }) else {
            // Only text that is empty once normalised is refused.
            prop_assert!(briefsmith::model::text::normalize(&text).is_empty());
            return Ok(());
        };
        let source = outcome.sources[0];
        check_paragraphs(session.source(source).unwrap(), at);
        let normalised = session.source(source).unwrap().shared_text();
        for (i, (a, b)) in offsets.iter().enumerate() {
            let range = ByteRange::between(a % (normalised.len() + 3), b % (normalised.len() + 3));
            let snapped = snap_to_words(&normalised, range);
            let passage = snapped.slice(&normalised).unwrap_or_default().to_owned();
            let action = match i % 4 {
                0 => Action::TagActor {
                    source,
                    range: snapped,
                    actor: ActorRef::ByName { name: passage.clone(), kind: ActorKind::Other },
                },
                1 => Action::AddTag {
                    source,
                    range: snapped,
                    body: TagBody::Quote { speaker: Some(Speaker::Text(passage.clone())) },
                    note: passage.clone(),
                },
                2 => Action::AddTag { source, range: snapped, body: TagBody::default_threat(), note: String::new() },
                // Unsnapped: may fall inside a character or past the end, and must be refused then.
                _ => Action::AddTag { source, range, body: TagBody::KeyPoint, note: String::new() },
            };
            // Refused only when the range does not fit or holds nothing but white space.
            let may_fail = match i % 4 {
                3 => range.slice(&normalised).is_none_or(|s| s.trim().is_empty()),
                _ => passage.trim().is_empty(),
            };
            if let Err(e) = apply(&mut session, action) {
                prop_assert!(may_fail, "refused a passage that fits: {}", e);
            }
            // Occurrences of the passage are on boundaries too (the CLI tags by text).
            for found in session.occurrences(source, &passage) {
                assert_fits(&normalised, found, "occurrences");
            }
        }
        prop_assert_eq!(session.validate(), []);

        // The article changes: an insertion at any offset; every tag is re-anchored or an orphan.
        let cut = floor_char_boundary(&normalised, at % (normalised.len() + 1));
        let changed = format!("{}{edit}{}", normalised.get(..cut).unwrap_or_default(), normalised.get(cut..).unwrap_or_default());
        if apply(&mut session, Action::ReplaceSourceText { source, text: changed, published: String::new(), retrieved: String::new() }).is_ok() {
            let now = session.source(source).unwrap().shared_text();
            for tag in &session.tags {
                assert_fits(&now, tag.span.range, "re-anchored tag");
            }
            check_paragraphs(session.source(source).unwrap(), at);
        }
        prop_assert_eq!(session.validate(), []);

        // Saving and loading gives the same session back.
        let bytes = store::to_bytes(&session).unwrap();
        let loaded = store::load_bytes(&bytes, Path::new("prop.brief.json")).unwrap();
        prop_assert_eq!(&loaded.session.tags, &session.tags);

        // Every built-in template renders it.
        let templates = Templates::built_in();
        for template in templates.list() {
            let markdown = brief::render(&session, template);
            prop_assert!(markdown.is_ok(), "{}: {:?}", template.info.name, markdown);
        }
    }
}

fn check_paragraphs(source: &Source, at: usize) {
    let text = source.text();
    for paragraph in source.paragraphs() {
        assert_fits(text, *paragraph, "paragraph");
    }
    if let Some(n) = source.paragraph_number(at % (text.len() + 2)) {
        assert!(n >= 1 && n <= source.paragraphs().len(), "paragraph {n} of {}", source.paragraphs().len());
    }
}
