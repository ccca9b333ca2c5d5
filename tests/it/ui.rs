//! The desktop app driven through its real UI with egui_kittest: widgets are found by their
//! accessible labels, text is selected with pointer drags, and the session is checked after each
//! step. No display is needed.

use std::path::{Path, PathBuf};

use briefsmith::model::{Speaker, TagBody, TagKind};
use briefsmith::store;
use briefsmith::ui::commands::Command;
use briefsmith::ui::files::DialogMode;
use briefsmith::ui::jobs::{Exporter, Importer};
use briefsmith::ui::prefs::Prefs;
use briefsmith::ui::{AppConfig, BriefsmithApp, Clock, ManualTime, Msg};
use briefsmith::workflow::review::{ReviewItem, ReviewStatus, SuggestionKind};
use egui::{Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::sample_article;

pub(crate) struct Fixture {
    dir: tempfile::TempDir,
    /// The app's clock stands still; tests move it (autosave).
    clock: Clock,
    pub(crate) time: ManualTime,
}

impl Fixture {
    pub(crate) fn new() -> Self {
        let (clock, time) = Clock::manual();
        Self { dir: tempfile::tempdir().unwrap(), clock, time }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub(crate) fn config(&self, open: Option<&Path>) -> AppConfig {
        AppConfig {
            open: open.map(Path::to_owned),
            templates_dir: Some(self.path("templates")),
            recovery_dir: Some(self.path("recovery")),
            dialogs: DialogMode::PathField,
            clock: self.clock.clone(),
            importer: Importer::files(),
            exporter: Exporter::files(),
        }
    }

    pub(crate) fn app(&self, open: Option<&Path>) -> Harness<'static, BriefsmithApp> {
        self.app_with_glyphs(open, false)
    }

    /// The app on text that egui's built-in fonts cannot draw (Hangul, kanji): the harness shows
    /// boxes instead of failing, like a machine without CJK fonts.
    pub(crate) fn app_with_glyphs(
        &self,
        open: Option<&Path>,
        allow_missing_glyphs: bool,
    ) -> Harness<'static, BriefsmithApp> {
        self.app_with_config(self.config(open), allow_missing_glyphs)
    }

    pub(crate) fn app_with_config(
        &self,
        config: AppConfig,
        allow_missing_glyphs: bool,
    ) -> Harness<'static, BriefsmithApp> {
        let app = BriefsmithApp::new(&egui::Context::default(), config, Prefs::default());
        let mut builder = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            // Revealing a passage flashes it for about a second.
            .with_max_steps(60)
            .with_step_dt(0.05);
        if allow_missing_glyphs {
            builder = builder.allow_missing_glyphs();
        }
        let mut harness = builder.build_ui_state(|ui, app: &mut BriefsmithApp| app.ui_root(ui), app);
        harness.run();
        harness
    }
}

/// Clicks the button with this label (the brief preview may show the same words as text).
pub(crate) fn click_button(h: &mut Harness<'_, BriefsmithApp>, label: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, label).click();
    settle(h);
}

/// Runs frames until the app is idle, waiting for a background job (an import, a suggestion run,
/// an export) and drawing its result. While a job runs its spinner asks for a frame after every
/// frame, so the harness's step limit only means something once the job is done.
pub(crate) fn settle(h: &mut Harness<'_, BriefsmithApp>) {
    let started = std::time::Instant::now();
    loop {
        let ran = h.try_run();
        if !h.state().job_running() {
            if ran.is_err() {
                // A job that ended during those frames: now the app must come to rest.
                h.run();
            }
            return;
        }
        assert!(started.elapsed().as_secs() < 30, "the background job never finished");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// A suggestion's row in the review list (also the end of its Accept and Reject buttons' names).
pub(crate) fn row_label(item: &ReviewItem) -> String {
    format!("{}: {}", item.kind().tag_kind().label(), item.suggestion().label())
}

pub(crate) fn text_of(h: &Harness<'_, BriefsmithApp>) -> String {
    h.state().session().sources[0].text().to_owned()
}

/// The byte range of the `n`th occurrence (0-based) of `needle` in the first source.
pub(crate) fn nth(h: &Harness<'_, BriefsmithApp>, needle: &str, n: usize) -> (usize, usize) {
    let text = text_of(h);
    let start =
        text.match_indices(needle).nth(n).unwrap_or_else(|| panic!("{needle:?} #{n} not in the article")).0;
    (start, start + needle.len())
}

/// Drags the pointer over the article from one byte to another, like a person selecting text.
pub(crate) fn drag_select(h: &mut Harness<'_, BriefsmithApp>, start: usize, end: usize) {
    // Scroll the passage into view first, as a person would.
    h.state_mut().article_mut().reveal = Some(briefsmith::model::ByteRange::between(start, end));
    h.run();
    let from = h.state().article().screen_pos_of(start).expect("start is laid out");
    let to = h.state().article().screen_pos_of(end).expect("end is laid out");
    h.event(egui::Event::PointerMoved(from));
    h.step();
    h.event(egui::Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    for i in 1..=4 {
        let t = i as f32 / 4.0;
        h.event(egui::Event::PointerMoved(Pos2::new(
            from.x + (to.x - from.x) * t,
            from.y + (to.y - from.y) * t,
        )));
        h.step();
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
}

pub(crate) fn select_passage(h: &mut Harness<'_, BriefsmithApp>, needle: &str, n: usize) {
    let (start, end) = nth(h, needle, n);
    drag_select(h, start, end);
    let got = h.state().article().selected_range().expect("a selection");
    assert_eq!(
        (got.start(), got.end()),
        (start, end),
        "the drag selected {:?}",
        got.slice(&text_of(h)).unwrap()
    );
}

#[test]
fn opens_a_fixture_article_and_selects_by_dragging() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    assert_eq!(h.state().session().sources.len(), 1);
    h.get_by_label_contains("S1 · ");
    h.get_by_label("Article text");
    select_passage(&mut h, "Kadri Saar", 0);
    // A double-click selects a word.
    let (start, _) = nth(&h, "Halonen", 0);
    let pos = h.state().article().screen_pos_of(start + 2).unwrap();
    h.event(egui::Event::PointerMoved(pos));
    h.step();
    for _ in 0..2 {
        h.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        h.step();
        h.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
    let r = h.state().article().selected_range().unwrap();
    assert_eq!(r.slice(&text_of(&h)).unwrap(), "Halonen");
}

#[test]
fn tags_a_quote_with_a_speaker_and_an_actor_with_an_alias() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));

    // An actor, by the keyboard shortcut A, named in the dialog.
    select_passage(&mut h, "Kadri Saar", 0);
    tag_with_key(&mut h, Key::A, "Tag actor");
    let session = h.state().session();
    assert_eq!(session.actors.len(), 1);
    assert_eq!(session.actors[0].name, "Kadri Saar");

    // "Saar" later in the text becomes an alias and a mention of the same actor.
    select_passage(&mut h, "Saar", 1);
    click_button(&mut h, "Actor");
    let actor = &h.state().session().actors[0];
    let existing = format!("Kadri Saar ({}, 1 mention)", actor.kind.label().to_lowercase());
    click_button(&mut h, &existing);
    let session = h.state().session();
    assert_eq!(session.actors.len(), 1, "no second actor");
    assert_eq!(session.actors[0].aliases, ["Saar"]);
    assert_eq!(session.mentions(session.actors[0].id).len(), 2);

    // A quote with its speaker typed into the dialog.
    select_passage(&mut h, "We are not going to wait for the next cable to be cut,", 0);
    click_button(&mut h, "Quote");
    // The speaker named right after the quote ("…," Saar said) is proposed.
    let field = h.get_by_label("Speaker (an actor, or any words)");
    assert_eq!(field.value().as_deref(), Some("Kadri Saar"));
    // Typing the alias instead also links the registry actor.
    field.focus();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    h.get_by_label("Speaker (an actor, or any words)").type_text("Saar");
    h.run();
    click_button(&mut h, "Tag");
    let session = h.state().session();
    let quote = session.tags.iter().find(|t| matches!(t.body, TagBody::Quote { .. })).expect("a quote");
    assert_eq!(quote.text(), "We are not going to wait for the next cable to be cut,");
    assert_eq!(quote.body, TagBody::Quote { speaker: Some(Speaker::Actor(session.actors[0].id)) });
    // The tags panel lists it.
    h.get_by_label_contains("“We are not going to wait");
}

#[test]
fn an_actor_tagged_from_a_sloppy_drag_leaves_out_the_punctuation_it_caught() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    select_passage(&mut h, ",\" Saar", 0);
    tag_with_key(&mut h, Key::A, "Tag actor");
    let session = h.state().session();
    assert_eq!(session.actors[0].name, "Saar");
    assert_eq!(session.tags[0].text(), "Saar");
}

#[test]
fn keyboard_tagging_and_undo_redo() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    select_passage(&mut h, "Moscow denied any involvement.", 0);
    h.get_by_label("Article text").focus();
    h.key_press(Key::K);
    h.run();
    assert_eq!(h.state().session().tags.len(), 1);
    select_passage(&mut h, "test-fired an Iskander short-range ballistic missile", 0);
    h.get_by_label("Article text").focus();
    h.key_press(Key::Num2);
    h.run();
    // The threat dialog proposes a category and severity; accept them.
    h.get_by_label("Tag threat");
    click_button(&mut h, "Tag");
    assert_eq!(h.state().session().tags.len(), 2);
    let threat =
        h.state().session().tags.iter().find(|t| matches!(t.body, TagBody::Threat { .. })).unwrap().clone();
    assert_eq!(threat.text(), "test-fired an Iskander short-range ballistic missile");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().session().tags.len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().session().tags.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().session().tags.len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(h.state().session().tags.len(), 2);
    // The menu shows what Undo would undo.
    click_button(&mut h, "Edit");
    click_button(&mut h, "Undo tag threat Ctrl+Z");
    assert_eq!(h.state().session().tags.len(), 1, "undone from the menu");
}

/// Tags the current selection with a key (A, Q, T…) and accepts the dialog that opens, named
/// `dialog` ("Tag actor"), as it is.
pub(crate) fn tag_with_key(h: &mut Harness<'_, BriefsmithApp>, key: Key, dialog: &str) {
    h.get_by_label("Article text").focus();
    h.key_press(key);
    h.run();
    h.get_by_label(dialog);
    click_button(h, "Tag");
}

pub(crate) fn tag_key_point(h: &mut Harness<'_, BriefsmithApp>, needle: &str) {
    select_passage(h, needle, 0);
    click_button(h, "Key point");
}

pub(crate) fn path_dialog(h: &mut Harness<'_, BriefsmithApp>, path: &Path, button: &str) {
    let field = h.get_by_label("File path");
    field.focus();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    h.run();
    h.get_by_label("File path").type_text(&path.display().to_string());
    h.run();
    click_button(h, button);
}

#[test]
fn switching_templates_updates_the_preview() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    click_button(&mut h, "Markdown");
    // The raw view shows the Markdown lines themselves.
    h.get_by_label("## Key points");
    h.get_by_label("- Moscow denied any involvement. [¶7]");
    // Pick the BLUF template in the picker.
    h.get_by_label("Template").click();
    h.run();
    h.get_by_label("bluf").click();
    h.run();
    assert_eq!(h.state().session().template, "bluf");
    click_button(&mut h, "Preview");
    h.get_by_label_contains("Bottom line:");
    h.get_by_label("TLP:AMBER");
    assert!(
        h.get_all_by_label_contains("Moscow denied any involvement.").count() >= 2,
        "the tags panel and the preview"
    );
}

#[test]
fn exports_saves_and_reopens_the_same_session() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");

    // Export with Ctrl+E into the path field (no native dialog here).
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let out = fx.path("brief.md");
    path_dialog(&mut h, &out, "Save");
    let exported = std::fs::read_to_string(&out).expect("the brief was written");
    assert!(exported.contains("## Key points\n\n- Moscow denied any involvement. [¶7]"), "{exported}");

    // Save with Ctrl+S: the first save asks where.
    assert!(h.state().editor().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let session_path = fx.path("work.brief.json");
    path_dialog(&mut h, &session_path, "Save");
    assert!(!h.state().editor().is_dirty());
    assert_eq!(h.state().path(), Some(session_path.as_path()));
    assert!(h.state().window_title().starts_with("work.brief.json"));

    // A fresh app on the saved file shows exactly the same session.
    let saved = h.state().session().clone();
    let h2 = fx.app(Some(&session_path));
    assert_eq!(h2.state().session(), &saved);
    assert!(!h2.state().editor().is_dirty());
}

#[test]
fn unsaved_changes_prompt_guards_open_and_quit() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    assert!(h.state().window_title().starts_with("● "));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("Unsaved changes");
    click_button(&mut h, "Cancel");
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert_eq!(h.state().session().tags.len(), 1, "cancel keeps the work");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    click_button(&mut h, "Don't save");
    assert!(h.state().quit_requested());
}

#[test]
fn a_corrupt_session_shows_an_error_and_keeps_the_open_work() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let corrupt = fx.path("broken.brief.json");
    std::fs::write(&corrupt, b"{\"format\": \"briefsmith-session\", \"version\": 1, \"sources\": [").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    click_button(&mut h, "Don't save");
    path_dialog(&mut h, &corrupt, "Open");
    h.get_by_label_contains("broken.brief.json: not valid JSON at line 1");
    assert_eq!(h.state().session().tags.len(), 1, "the open session is not lost");
    assert_eq!(
        std::fs::read(&corrupt).unwrap(),
        b"{\"format\": \"briefsmith-session\", \"version\": 1, \"sources\": ["
    );
    click_button(&mut h, "Dismiss");
    assert!(h.query_by_label_contains("not valid JSON").is_none());
}

#[test]
fn unsaved_work_is_restored_from_the_recovery_file() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    h.state_mut().autosave_now();
    let files = store::list_recoveries(&fx.path("recovery"));
    assert_eq!(files.len(), 1, "one recovery file");
    let work = h.state().session().clone();
    drop(h); // as if the app were killed

    let mut h = fx.app(None);
    h.get_by_label("Restore unsaved work?");
    h.get_by_label_contains("No key points tagged");
    click_button(&mut h, "Restore");
    assert_eq!(h.state().session(), &work);
    // The brief shows the restored work, not the empty session's brief it replaced.
    h.run();
    assert!(h.query_by_label_contains("No key points tagged").is_none(), "the preview is stale");
    assert!(h.state().editor().is_dirty(), "restored work still needs saving");
    // Saving it removes the recovery file.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    path_dialog(&mut h, &fx.path("restored.brief.json"), "Save");
    h.state_mut().finish_autosave();
    assert!(store::list_recoveries(&fx.path("recovery")).is_empty());
}

#[test]
fn suggestions_are_reviewed_accepted_rejected_and_undone() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let review = h.state().review().expect("a review");
    let total = review.items().len();
    assert!(total > 0, "the engine suggests something for the sample article");
    // Each Accept and Reject button says which suggestion it is for.
    let first = h.state().review().unwrap().items()[0].clone();
    let what = row_label(&first);
    // Accept the first, reject the next.
    click_button(&mut h, &format!("Accept {what}"));
    let tags_after_one = h.state().session().tags.len();
    assert!(tags_after_one >= 1);
    assert_eq!(h.state().review().unwrap().items()[0].status(), ReviewStatus::Accepted);
    let second = h.state().review().unwrap().items()[1].clone();
    click_button(&mut h, &format!("Reject {}", row_label(&second)));
    assert_eq!(h.state().review().unwrap().pending(), total - 2);
    // Accept all of one kind that has pending items.
    let review = h.state().review().unwrap();
    let label = [
        (SuggestionKind::Actor, "Accept all actors"),
        (SuggestionKind::Quote, "Accept all quotes"),
        (SuggestionKind::Threat, "Accept all threats"),
    ]
    .iter()
    .find_map(|(kind, text)| {
        let n = review.pending_of(*kind);
        (n > 0).then(|| format!("{text} ({n})"))
    })
    .expect("some kind has pending suggestions");
    click_button(&mut h, &label);
    let tags_after_all = h.state().session().tags.len();
    assert!(tags_after_all > tags_after_one);
    let pending_after_all = h.state().review().unwrap().pending();
    // Undo takes back the whole batch in one step, and its suggestions are back for review.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().session().tags.len(), tags_after_one);
    assert_eq!(h.state().review().unwrap().pending(), total - 2);
    // Redo accepts them again.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().session().tags.len(), tags_after_all);
    assert_eq!(h.state().review().unwrap().pending(), pending_after_all);
}

/// Reviewing by keyboard: pick a suggestion, then Enter accepts, Delete rejects, and Ctrl+Enter
/// accepts every pending suggestion of that kind, also while the article has the focus.
#[test]
fn suggestions_are_reviewed_by_keyboard() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let items = h.state().review().unwrap().items().to_vec();
    let pick = |h: &mut Harness<'_, BriefsmithApp>, n: usize| {
        let item = &items[n];
        h.get_by_label(&row_label(item)).click();
        h.run();
        assert_eq!(h.state().review().unwrap().current(), n);
    };
    // Give the article the focus, as clicking a dashed mark does.
    let (start, end) = nth(&h, "Kadri Saar", 0);
    drag_select(&mut h, start, end);
    pick(&mut h, 0);
    h.get_by_label("Article text").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().review().unwrap().items()[0].status(), ReviewStatus::Accepted);
    pick(&mut h, 1);
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().review().unwrap().items()[1].status(), ReviewStatus::Rejected);
    let kind = items[2].kind();
    pick(&mut h, 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let review = h.state().review().unwrap();
    assert!(review.items().iter().filter(|i| i.kind() == kind).all(|i| i.status() != ReviewStatus::Pending));
    assert!(review.pending() > 0, "other kinds are still pending");
}

/// A file dropped onto the window.
#[derive(Debug)]
pub(crate) struct Dropped(pub(crate) PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_an_article_adds_a_source() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let second = fx.path("second.md");
    std::fs::write(&second, "# Second report\n\nThe IAEA warned of a serious risk at the plant.\n").unwrap();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(second)));
    settle(&mut h);
    let session = h.state().session();
    assert_eq!(session.sources.len(), 2);
    assert!(session.sources[1].text().contains("IAEA warned"));
    h.get_by_label_contains("S2 · ");
}

#[test]
fn pasting_an_article_adds_a_source() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "File");
    click_button(&mut h, "Paste article as new source…");
    let field = h.get_by_label("Article text (paste with Ctrl+V)");
    field.focus();
    field.type_text("Drone sightings over Oslo\nNorwegian police said on Sunday that drones had been seen over the airport.");
    h.run();
    click_button(&mut h, "Add source");
    let session = h.state().session();
    assert_eq!(session.sources.len(), 2);
    assert_eq!(session.sources[1].meta.title, "Drone sightings over Oslo");
    assert!(session.sources[1].text().contains("seen over the airport"));
    // A web page copied from a browser is read as HTML.
    h.state_mut().send(Msg::AddPasted(
        "<html><body><nav>Menu</nav><article><h1>Port strike</h1><p>Dockers walked out at the port on Monday.</p></article></body></html>".into(),
    ));
    h.run();
    let session = h.state().session();
    assert_eq!(session.sources.len(), 3);
    assert!(session.sources[2].text().contains("Dockers walked out"));
    assert!(!session.sources[2].text().contains("Menu"));
}

#[test]
fn file_dialogs_propose_names_from_the_article() {
    let fx = Fixture::new();
    let article = fx.path("harbour-report.txt");
    std::fs::write(
        &article,
        "Officials said the port reopened on Monday.\n\nShips were delayed for a week.\n",
    )
    .unwrap();
    let mut h = fx.app(Some(&article));
    let proposed = |h: &Harness<'_, BriefsmithApp>| match h.state().dialog() {
        Some(briefsmith::ui::Dialog::PathEntry { text, .. }) => text.clone(),
        other => panic!("no path field (a dialog is open: {})", other.is_some()),
    };
    // No brief title and no article title: the article's file name names the session.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(proposed(&h), fx.path("harbour-report.brief.json").display().to_string());
    click_button(&mut h, "Cancel");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let date = h.state().session().brief.date.clone();
    assert_eq!(proposed(&h), fx.path(&format!("harbour-report-{date}.md")).display().to_string());
    click_button(&mut h, "Cancel");
    // File → New from article also saves beside the article it was made from.
    let elsewhere = fx.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let other = elsewhere.join("port-notice.txt");
    std::fs::write(&other, "The port reopened on Tuesday.\n\nShips queued outside.\n").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    path_dialog(&mut h, &other, "Open");
    assert_eq!(h.state().session().sources[0].meta.file_name, "port-notice.txt");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(proposed(&h), elsewhere.join("port-notice.brief.json").display().to_string());
    click_button(&mut h, "Cancel");
    // Information shows as a toast that does not push the panels down.
    let filter_at = h.get_by_label("Filter").rect();
    path_dialog_after(&mut h, Key::E, &fx.path("out.md"));
    h.get_by_label_contains("Exported the brief to");
    assert_eq!(h.get_by_label("Filter").rect(), filter_at);
}

/// Opens the file field with Ctrl+`key` and answers it with `path`.
fn path_dialog_after(h: &mut Harness<'_, BriefsmithApp>, key: Key, path: &Path) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
    path_dialog(h, path, "Save");
}

/// "Save" in the unsaved-changes prompt: a new session asks where, saves, then quits; a save that
/// fails stops the quit and keeps the work.
#[test]
fn saving_from_the_unsaved_changes_prompt_quits_only_once_saved() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");

    // A save that fails (the folder does not exist): no quit, the work stays.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    click_button(&mut h, "Save");
    path_dialog(&mut h, &fx.path("missing-folder/s.brief.json"), "Save");
    assert!(!h.state().quit_requested(), "a failed save must not quit");
    assert!(h.state().editor().is_dirty());
    assert_eq!(h.state().session().tags.len(), 1);
    h.get_by_label_contains("did not go ahead");

    // Cancelling the file field cancels the quit too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    click_button(&mut h, "Save");
    click_button(&mut h, "Cancel");
    assert!(!h.state().quit_requested());

    // Choosing a good path saves, then quits.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    click_button(&mut h, "Save");
    let saved = fx.path("s.brief.json");
    path_dialog(&mut h, &saved, "Save");
    assert!(h.state().quit_requested(), "quits once saved");
    let on_disk = store::load(&saved).unwrap().session;
    assert_eq!(&on_disk, h.state().session());
    assert!(store::list_recoveries(&fx.path("recovery")).is_empty(), "no recovery left behind");
}

/// View settings: text size by Ctrl+Plus, Ctrl+= and Ctrl+0 (kept in the preferences, not egui's
/// own zoom), and the dark theme from the View menu.
#[test]
fn text_size_and_theme_are_preferences() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let default = Prefs::default().font_size;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert_eq!(h.state().prefs().font_size, default + 4.0);
    assert_eq!(h.ctx.zoom_factor(), 1.0, "egui's own zoom stays off");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert_eq!(h.state().prefs().font_size, default + 2.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().prefs().font_size, default);

    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Dark theme").click();
    h.run();
    assert!(h.state().prefs().dark);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

/// Clicks the article at the character at `byte` with the primary button.
fn click_article_at(h: &mut Harness<'_, BriefsmithApp>, byte: usize) {
    click_article_with(h, byte, PointerButton::Primary);
}

/// Clicks the article at the character at `byte` with `button`.
pub(crate) fn click_article_with(h: &mut Harness<'_, BriefsmithApp>, byte: usize, button: PointerButton) {
    let pos = h.state().article().screen_pos_of(byte).expect("laid out");
    h.event(egui::Event::PointerMoved(pos));
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton { pos, button, pressed, modifiers: Modifiers::NONE });
        h.step();
    }
    h.run();
}

/// Selecting with the keyboard: a click leaves a caret; Shift with arrows (Ctrl for words),
/// Up/Down, Home/End extend from it; Escape collapses; the caret then tags by key.
#[test]
fn the_keyboard_moves_a_caret_and_selects_from_it() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let (start, end) = nth(&h, "Kadri Saar", 0);
    h.state_mut().article_mut().reveal = Some(briefsmith::model::ByteRange::between(start, end));
    h.run();
    click_article_at(&mut h, start);
    let caret = h.state().article().selection.expect("a caret");
    assert_eq!((caret.anchor, caret.head), (start, start));
    let word_right = Modifiers::COMMAND | Modifiers::SHIFT;
    h.key_press_modifiers(word_right, Key::ArrowRight);
    h.key_press_modifiers(word_right, Key::ArrowRight);
    h.run();
    let got = h.state().article().selected_range().expect("a selection");
    assert_eq!(got.slice(&text_of(&h)).unwrap(), "Kadri Saar");
    // Shift+Left gives back one character; Escape collapses to the caret.
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().article().selected_range().map(|r| r.end()), Some(end - 1));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().article().selected_range().is_none());
    // Down moves to the next row, Up comes back; Home and End reach the row's edges.
    let before = h.state().article().selection.unwrap().head;
    h.key_press(Key::ArrowDown);
    h.run();
    let below = h.state().article().selection.unwrap().head;
    assert!(below > before, "{below} > {before}");
    h.key_press(Key::ArrowUp);
    h.run();
    let back = h.state().article().selection.unwrap().head;
    assert!(back.abs_diff(before) <= 3, "back on the same row: {back} vs {before}");
    h.key_press(Key::Home);
    h.key_press_modifiers(Modifiers::SHIFT, Key::End);
    h.run();
    let row = h.state().article().selected_range().expect("the row is selected");
    assert!(row.start() <= start && row.end() > end, "{row:?}");
    // A whole-word selection tags by key, like one made with the mouse.
    h.key_press(Key::Escape);
    click_article_at(&mut h, start);
    h.key_press_modifiers(word_right, Key::ArrowRight);
    h.key_press_modifiers(word_right, Key::ArrowRight);
    h.key_press(Key::K);
    h.run();
    let tags = &h.state().session().tags;
    assert_eq!(tags.len(), 1);
    assert_eq!((tags[0].span.range.start(), tags[0].span.range.end()), (start, end));
}

/// Key figures are offered too, each accepted as a key point on its sentence.
#[test]
fn key_figures_are_reviewed_as_key_points() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let figures =
        h.state().review().unwrap().items().iter().filter(|i| i.kind() == SuggestionKind::KeyFigure).count();
    assert!(figures >= 2, "the sample has figures such as \"at least 14 drones\"");
    click_button(&mut h, &format!("Accept all key figures ({figures})"));
    let session = h.state().session();
    let key_points: Vec<_> = session.tags.iter().filter(|t| t.kind() == TagKind::KeyPoint).collect();
    assert_eq!(key_points.len(), figures);
    assert!(key_points.iter().all(|t| t.note.starts_with("Key figure: ")));
    assert!(key_points.iter().any(|t| t.note == "Key figure: at least 14 drones"), "{:?}", key_points);
    // They show in the brief's Key points section.
    click_button(&mut h, "Markdown");
    h.get_by_label_contains("at least 14 drones had been seen over three bases");
}

/// The window's close button over unsaved work asks first; over saved work it just closes.
#[test]
fn the_close_button_asks_about_unsaved_work() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let close = |h: &mut Harness<'_, BriefsmithApp>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.run();
    };
    close(&mut h);
    assert!(h.query_by_label("Unsaved changes").is_none(), "nothing to save: no question");
    tag_key_point(&mut h, "Moscow denied any involvement.");
    close(&mut h);
    h.get_by_label("Unsaved changes");
    click_button(&mut h, "Cancel");
    assert!(!h.state().quit_requested());
    assert_eq!(h.state().session().tags.len(), 1);
    close(&mut h);
    click_button(&mut h, "Don't save");
    assert!(h.state().quit_requested());
}

/// Autosave writes the recovery file on the first change at once, then at most every few seconds
/// (the app's clock is moved by hand: no waiting).
#[test]
fn autosave_is_throttled() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let recovery = fx.path("recovery");
    let tags_in_recovery = |h: &mut Harness<'_, BriefsmithApp>| -> Option<usize> {
        h.run();
        h.state_mut().finish_autosave();
        let file = store::list_recoveries(&recovery).into_iter().next()?;
        store::read_recovery(&file).ok().map(|r| r.session.tags.len())
    };
    tag_key_point(&mut h, "Moscow denied any involvement.");
    assert_eq!(tags_in_recovery(&mut h), Some(1), "the first change is written at once");
    fx.time.advance(briefsmith::ui::AUTOSAVE_INTERVAL / 2);
    tag_key_point(&mut h, "Kadri Saar");
    // Within the interval the second change is not written yet...
    assert_eq!(tags_in_recovery(&mut h), Some(1), "a second write came too soon");
    // ...and once the interval has passed, it is.
    fx.time.advance(briefsmith::ui::AUTOSAVE_INTERVAL / 2);
    assert_eq!(tags_in_recovery(&mut h), Some(2));
}

/// Screen readers get the article's text in view from the "Article text" document.
#[test]
fn the_article_exposes_its_visible_text_to_screen_readers() {
    use egui_kittest::kittest::NodeT;
    let fx = Fixture::new();
    let h = fx.app(Some(&sample_article()));
    let node = h.get_by_label("Article text");
    let value = node.accesskit_node().value().unwrap_or_default().to_owned();
    assert!(value.contains("Finland and Estonia asked NATO on Friday"), "{value}");
    assert!(value.len() < text_of(&h).len(), "only the paragraphs in view");
}

/// The review list builds only the rows in view, and follows the current suggestion when it
/// moves (a click on a dashed mark far down the article).
#[test]
fn the_review_list_follows_the_current_suggestion() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let items = h.state().review().unwrap().items().to_vec();
    assert!(items.len() > 30, "the sample brings enough suggestions to scroll");
    let label = |n: usize| row_label(&items[n]);
    assert!(h.query_by_label(&label(items.len() - 1)).is_none(), "rows out of view are not built");
    h.state_mut().send(Msg::ReviewCurrent { index: items.len() - 1, reveal: false });
    h.run();
    h.get_by_label(&label(items.len() - 1));
}

/// Recent files, theme and text size are written to eframe's storage on save and read back at
/// the next start.
#[test]
fn preferences_survive_a_restart() {
    #[derive(Default)]
    struct Memory(std::collections::HashMap<String, String>);
    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    h.state_mut().send(Msg::Command(Command::ToggleTheme));
    h.run();
    let mut storage = Memory::default();
    assert_eq!(briefsmith::ui::saved_prefs(&storage), Prefs::default(), "nothing saved yet");
    eframe::App::save(h.state_mut(), &mut storage);
    let restored = briefsmith::ui::saved_prefs(&storage);
    assert_eq!(&restored, h.state().prefs());
    assert!(restored.dark && restored.font_size > Prefs::default().font_size);
    assert_eq!(restored.recent.first().map(PathBuf::as_path), Some(sample_article().as_path()));
}

/// "Copy" puts the brief's Markdown on the clipboard.
#[test]
fn copy_puts_the_brief_on_the_clipboard() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Copy").click();
    h.step();
    let copied = h.output().platform_output.commands.iter().find_map(|c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    });
    let copied = copied.expect("something was copied");
    assert!(copied.contains("## Key points\n\n- Moscow denied any involvement. [¶7]"), "{copied}");
}

/// A selection made mid-word is tagged as whole words, unless snapping is turned off.
#[test]
fn tagging_snaps_to_whole_words_unless_turned_off() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let (start, end) = nth(&h, "Moscow denied any involvement", 0);
    // "scow denied any involve": both ends inside words.
    drag_select(&mut h, start + 2, end - 5);
    h.key_press(Key::K);
    h.run();
    assert_eq!(h.state().session().tags[0].text(), "Moscow denied any involvement");
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Snap selections to whole words").click();
    h.run();
    assert!(!h.state().prefs().snap_to_words);
    h.key_press(Key::Escape);
    h.run();
    let (start, end) = nth(&h, "Finland and Estonia asked NATO", 0);
    drag_select(&mut h, start + 2, end - 2);
    h.key_press(Key::K);
    h.run();
    assert_eq!(h.state().session().tags[1].text(), "nland and Estonia asked NA");
}
