//! The app on text in any script: Korean and Japanese articles, emoji with joiners, combining
//! marks, curly quotes, right-to-left text. Tagging never panics, whatever the selection.

use std::cell::RefCell;

use briefsmith::model::{ByteRange, TagBody};
use briefsmith::ui::commands::Command;
use briefsmith::ui::{BriefsmithApp, Msg};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::ui::{Fixture, select_passage, tag_with_key, text_of};

/// A made-up Korean news item: a quote from a ministry, then more Hangul after it.
const KOREAN: &str = "국방부 발표

국방부 대변인은 \"북한이 오늘 아침 동해상으로 단거리 탄도미사일 두 발을 발사했다\"고 밝혔다. 합동참모본부는 추가 발사에 대비해 감시를 강화하고 있다고 전했다. 일본 정부도 긴급 회의를 열었다.

김민수 장관은 \"우리는 모든 도발에 단호하게 대응할 것\"이라고 말했다.
";

#[test]
fn quoting_a_passage_of_a_korean_article_does_not_crash() {
    let fx = Fixture::new();
    let path = fx.path("korean.txt");
    std::fs::write(&path, KOREAN).unwrap();
    let mut h = fx.app_with_glyphs(Some(&path), true);
    let quote = "북한이 오늘 아침 동해상으로 단거리 탄도미사일 두 발을 발사했다";
    let end = text_of(&h).find(quote).unwrap() + quote.len();
    // The speaker search looks 120 bytes past the quote: here that lands inside a character,
    // where the app used to slice the text and panic.
    assert!(!text_of(&h).is_char_boundary(end + 120), "the test needs a cut inside a character");
    select_passage(&mut h, quote, 0);
    tag_with_key(&mut h, Key::Q, "Tag quote");
    let session = h.state().session();
    assert_eq!(session.tags.len(), 1);
    assert_eq!(session.tags[0].text(), quote);
    assert!(matches!(session.tags[0].body, TagBody::Quote { .. }));
}

#[test]
fn tagging_a_korean_name_leaves_out_its_particle_and_proposes_its_kind() {
    let fx = Fixture::new();
    let path = fx.path("korean.txt");
    std::fs::write(&path, KOREAN).unwrap();
    let mut h = fx.app_with_glyphs(Some(&path), true);
    // The analyst selects only the first syllable of "북한이" (North Korea + subject particle).
    select_passage(&mut h, "북", 0);
    tag_with_key(&mut h, Key::A, "Tag actor");
    let session = h.state().session();
    assert_eq!(session.tags.len(), 1);
    assert_eq!(session.tags[0].text(), "북한");
    assert_eq!(session.actors[0].name, "북한");
    assert_eq!(session.actors[0].kind, briefsmith::model::ActorKind::State);
}

/// Pieces of text that are several bytes per character, or several characters per glyph.
const PIECES: &[&str] = &[
    "대한민국",
    "日本語の記事",
    "北朝鮮",
    "👩\u{200d}👩\u{200d}👧",
    "🇰🇷",
    "e\u{301}te\u{301}",
    "“curly”",
    "‘single’",
    "שלום עולם",
    "مرحبا بالعالم",
    "Kim said",
    " ",
    " ",
    "\n\n",
    ", ",
    "\"",
    "—",
    "ﬁ",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 8..60).prop_map(|pieces| {
        // A word of Latin script first, so that the pasted text is never only white space.
        format!("Report {}", pieces.concat())
    })
}

/// Pastes random multi-byte articles and runs every tagging command (actor, threat, quote, key
/// point) over random selections through the real dialogs: nothing panics, and every tag made
/// covers whole characters.
#[test]
fn random_text_and_selections_never_panic_in_tag_dialogs() {
    let fx = Fixture::new();
    let harness: RefCell<Harness<'static, BriefsmithApp>> = RefCell::new(fx.app_with_glyphs(None, true));
    let mut runner = TestRunner::new(Config { cases: 8, failure_persistence: None, ..Config::default() });
    let selections = prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 4);
    runner
        .run(&(article(), selections), |(text, selections)| {
            let mut h = harness.borrow_mut();
            h.state_mut().send(Msg::AddPasted(text));
            h.run();
            let commands = [Command::TagActor, Command::TagThreat, Command::TagQuote, Command::TagKeyPoint];
            for (command, (a, b)) in commands.into_iter().zip(selections) {
                let source = h.state().active_source().expect("a source is shown");
                let text = h.state().session().source(source).unwrap().text().to_owned();
                let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let range = ByteRange::between(bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
                h.state_mut().article_mut().select(range);
                h.state_mut().send(Msg::Command(command));
                h.run();
                if h.query_by_role_and_label(Role::Button, "Tag").is_some() {
                    h.get_by_role_and_label(Role::Button, "Tag").click();
                    h.run();
                }
                if h.query_by_role_and_label(Role::Button, "Cancel").is_some() {
                    h.get_by_role_and_label(Role::Button, "Cancel").click();
                    h.run();
                }
            }
            let session = h.state().session();
            for tag in &session.tags {
                let text = session.source(tag.source).unwrap().text();
                prop_assert!(tag.span.range.slice(text).is_some(), "{:?}", tag.span.range);
            }
            Ok(())
        })
        .unwrap();
}

/// Without a font for Hangul (the test harness has only egui's built-in fonts), the app says so
/// and names the package to install; an English article brings no such warning.
#[test]
fn a_script_without_a_font_is_named_with_the_package_to_install() {
    let fx = Fixture::new();
    let path = fx.path("korean.txt");
    std::fs::write(&path, KOREAN).unwrap();
    let h = fx.app_with_glyphs(Some(&path), true);
    let warning = h.get_by_label_contains("sudo apt-get install fonts-noto-cjk");
    assert!(warning.value().unwrap_or_default().contains("Korean (Hangul)"));
    let english = fx.app(Some(&crate::support::sample_article()));
    assert!(english.query_by_label_contains("apt-get install").is_none());
}
