//! The analytic side of the app, driven by label with egui_kittest: the Check panel (findings,
//! "Go to", refreshed as the session changes), File → Update source… (read on the worker thread,
//! counts notified, orphaned tags shown, "What changed" cleared, undo) and the event date in the
//! tag editor (set, refused, cleared, proposed and confirmed) and in the tags list.

use briefsmith::brief::check::{self, FindingKind};
use briefsmith::model::{Action, AnchorStatus, Confidence, EventDate, Likelihood, TagBody};
use briefsmith::ui::Msg;
use briefsmith::workflow;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable};

use crate::support::sample_article;
use crate::ui::{Fixture, click_button, path_dialog, select_passage, settle, tag_key_point};
use crate::ui_panels::{
    self, H, button_with as row, click, click_button_containing, leave_field, tag_with_text, type_into,
};

/// Leaves the text field, then undoes (Ctrl+Z in a field would be the field's own undo).
fn undo(h: &mut H) {
    leave_field(h);
    ui_panels::undo(h);
}

/// Opens a File menu entry (its label may end with its shortcut).
fn file_menu(h: &mut H, entry: &str) {
    click_button(h, "File");
    h.get(By::new().role(Role::Button).label_contains(entry)).click();
    h.run();
}

const QUOTE: &str = "We are not going to wait for the next cable to be cut,";

/// A quote without a speaker is listed; "Go to" selects it; giving it a speaker takes it off the
/// list. The empty summary's "Go to" opens the brief form and focuses the field.
#[test]
fn check_panel_lists_findings_and_goes_to_them() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    select_passage(&mut h, QUOTE, 0);
    click_button(&mut h, "Quote");
    click_button(&mut h, "Tag");
    let quote = tag_with_text(&h, QUOTE);
    click_button(&mut h, "Close the tag editor");
    assert_eq!(h.state().selected_tag(), None);

    file_menu(&mut h, "Check brief…");
    let findings = check::check(h.state().session());
    let unattributed = findings
        .iter()
        .find(|f| f.kind == FindingKind::QuoteWithoutSpeaker)
        .expect("the quote without a speaker is a finding");
    h.get_by_label(&unattributed.message);
    assert!(h.query_all_by_label("Advice").count() >= 2, "each finding shows its level");
    h.get(By::new().role(Role::Button).label_contains("Check: 2 advice"));

    click(&mut h, Role::Button, &format!("Go to: {}", unattributed.message));
    assert_eq!(h.state().selected_tag(), Some(quote), "the quote is selected");

    // The summary: the brief form opens and its field takes the keyboard.
    let empty = findings.iter().find(|f| f.kind == FindingKind::EmptySection).unwrap();
    click(&mut h, Role::Button, &format!("Go to: {}", empty.message));
    h.run();
    assert!(h.get_by_label("Summary / BLUF").is_focused(), "the summary field has the focus");

    // The panel follows the session: with a speaker, the quote is no longer a finding.
    h.key_press(Key::Escape);
    h.run();
    type_into(&mut h, "Speaker", "Kadri Saar");
    click(&mut h, Role::Button, "Set");
    assert!(h.query_by_label(&unattributed.message).is_none(), "the finding is gone");
    h.get(By::new().role(Role::Button).label_contains("Check: 1 advice"));
}

const V1: &str = "Ports close after storm\n\nThe harbour stays shut on Monday.\n\nTwo cranes fell into the water.\n\nShips wait offshore.\n";
const V2: &str = "Ports close after storm\n\nA late update: one quay reopened.\n\nThe harbour stays shut on Monday.\n\nShips wait offshore.\n";

/// A newer version of the article: imported off the UI thread, the tags re-anchored through the
/// reducer (one undo step), the counts in a notice, the orphan listed, "What changed" cleared.
#[test]
fn update_source_reanchors_notifies_and_undoes() {
    let fx = Fixture::new();
    let v1 = fx.path("storm.txt");
    std::fs::write(&v1, V1).unwrap();
    let mut h = fx.app(Some(&v1));
    tag_key_point(&mut h, "Ports close after storm");
    tag_key_point(&mut h, "The harbour stays shut on Monday.");
    tag_key_point(&mut h, "Two cranes fell into the water.");
    let cranes = tag_with_text(&h, "Two cranes fell into the water.");
    let before = h.state().session().clone();
    let v2 = fx.path("storm-v2.txt");
    std::fs::write(&v2, V2).unwrap();

    file_menu(&mut h, "Update source…");
    h.get_by_label("Update the source from a newer version of the article");
    path_dialog(&mut h, &v2, "Open");
    settle(&mut h);
    let session = h.state().session();
    assert!(session.sources[0].text().contains("one quay reopened"), "the new text");
    assert_eq!(session.tag(cranes).unwrap().status, AnchorStatus::Orphan, "kept, not dropped");
    assert_eq!(session.tags.len(), 3);
    let notice = h.state().notices().last().expect("a notice").text.clone();
    assert!(notice.contains("1 tag kept, 1 moved, 1 orphaned"), "{notice}");
    assert!(notice.contains("storm-v2.txt"), "{notice}");

    // The orphan is shown: in its own section of the tags list, the status bar and What changed.
    h.get(By::new().label_contains("Not found in the text (1)"));
    h.get_by_label("1 tag not found in the text");
    h.get_by_label("Orphaned Key point: \u{201c}Two cranes fell into the water.\u{201d}");
    click(&mut h, Role::Button, "Clear what changed in S1");
    assert_eq!(h.state().session().sources[0].changes, None);
    assert!(h.query_by_label("Clear what changed in S1").is_none());

    // The same version again changes nothing and adds no undo step.
    let undo_label = h.state().editor().undo_label().map(str::to_owned);
    file_menu(&mut h, "Update source…");
    path_dialog(&mut h, &v2, "Open");
    settle(&mut h);
    let notice = h.state().notices().last().expect("a notice").text.clone();
    assert!(notice.contains("has the same text as S1"), "{notice}");
    assert_eq!(h.state().editor().undo_label().map(str::to_owned), undo_label);

    undo(&mut h);
    assert!(h.state().session().sources[0].changes.is_some(), "the clear is undone");
    undo(&mut h);
    assert_eq!(h.state().session(), &before, "the update is undone");
    assert!(h.query_by_label("1 tag not found in the text").is_none());
}

/// The newer version is read on the worker thread: frames keep coming while it loads, and Cancel
/// leaves the source as it was.
#[test]
fn update_source_reads_the_file_off_the_ui_thread_and_can_be_cancelled() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let fx = Fixture::new();
    let v1 = fx.path("storm.txt");
    std::fs::write(&v1, V1).unwrap();
    let release = Arc::new(AtomicBool::new(false));
    let gate = Arc::clone(&release);
    let mut config = fx.config(Some(&v1));
    config.importer = briefsmith::ui::jobs::Importer::new(move |path| {
        while !gate.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        briefsmith::import::import_file(path)
    });
    let mut h = fx.app_with_config(config, false);
    release.store(true, Ordering::SeqCst);
    settle(&mut h);
    release.store(false, Ordering::SeqCst);
    let before = h.state().session().clone();
    let v2 = fx.path("storm-v2.txt");
    std::fs::write(&v2, V2).unwrap();
    file_menu(&mut h, "Update source…");
    type_into(&mut h, "File path", &v2.display().to_string());
    h.get_by_role_and_label(Role::Button, "Open").click();
    for _ in 0..10 {
        h.step();
    }
    assert!(h.state().job_running(), "still reading");
    h.get_by_label_contains("Importing storm-v2.txt");
    click_button(&mut h, "Cancel");
    release.store(true, Ordering::SeqCst);
    std::thread::sleep(std::time::Duration::from_millis(50));
    h.run();
    assert_eq!(h.state().session(), &before, "nothing changed");
}

/// The tag editor's event date: a bad date is refused with a message, a good one is set and
/// cleared, and an undated tag offers the date from its sentence.
#[test]
fn event_date_is_set_refused_cleared_and_proposed() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let passage =
        "Officials in Helsinki said the cable, which links the two countries, was severed on Wednesday night";
    tag_key_point(&mut h, passage);
    let tag = tag_with_text(&h, passage);
    let proposal = workflow::propose_event_date(h.state().session(), tag).expect("a date in the sentence");
    assert_eq!(proposal.expression, "Wednesday night");
    h.get(By::new().label_contains(&format!("Proposed: {}", proposal.date.label())));
    click(&mut h, Role::Button, "Use proposed date");
    assert_eq!(h.state().session().tag(tag).unwrap().event_date, Some(proposal.date));
    assert_eq!(h.get_by_label("Event date").value().as_deref(), Some(proposal.date.to_string().as_str()));
    undo(&mut h);
    assert_eq!(h.state().session().tag(tag).unwrap().event_date, None, "undo takes the date away");

    type_into(&mut h, "Event date", "2026-02-30");
    click(&mut h, Role::Button, "Set date");
    assert_eq!(h.state().session().tag(tag).unwrap().event_date, None, "refused");
    h.get(By::new().label_contains("Not set: '2026-02-30' is not a date"));

    type_into(&mut h, "Event date", "2026-03-10");
    click(&mut h, Role::Button, "Set date");
    assert_eq!(h.state().session().tag(tag).unwrap().event_date, EventDate::day(2026, 3, 10));
    assert!(h.query(By::new().label_contains("Not set:")).is_none(), "the error went");
    h.get_by_label("Happened: 10 March 2026");
    assert!(h.query(By::new().label_contains("Proposed:")).is_none(), "no proposal for a dated tag");

    click(&mut h, Role::Button, "Clear date");
    assert_eq!(h.state().session().tag(tag).unwrap().event_date, None);
    assert!(matches!(h.state().session().tag(tag).unwrap().body, TagBody::KeyPoint));
}

/// The tags list shows a tag's event date before its passage (and none for an undated tag), and
/// the filter finds tags by their date.
#[test]
fn the_tags_list_shows_event_dates_and_the_filter_finds_them() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let dated = "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea";
    let undated = "the next step could be a cable that carries electricity in the middle of winter";
    tag_key_point(&mut h, dated);
    assert_eq!(h.state().selected_tag(), Some(tag_with_text(&h, dated)), "the new tag is in the editor");
    type_into(&mut h, "Event date", "2025-02-12");
    click(&mut h, Role::Button, "Set date");
    tag_key_point(&mut h, undated);
    let dated_row = format!("12 Feb 2025 · {dated}");
    h.get(row(&dated_row));
    h.get(row(undated));
    let undated_with_date = format!("· {undated}");
    assert!(h.query(row(&undated_with_date)).is_none(), "no date in the undated tag's row");

    for filter in ["feb 2025", "2025-02-12", "12 February"] {
        type_into(&mut h, "Filter", filter);
        h.get(row(dated));
        assert!(h.query(row(undated)).is_none(), "{filter:?} finds only the dated tag");
    }
    type_into(&mut h, "Filter", "");
    leave_field(&mut h);

    click_button_containing(&mut h, dated);
    click(&mut h, Role::Button, "Clear date");
    assert!(h.query(row("12 Feb 2025")).is_none(), "the date left the row with the tag");
    h.get(row(dated));
}

/// In the tags panel at its opening width, the event date's buttons keep their words on one line
/// (the last one used to wrap letter by letter: "Clea / r dat / e").
#[test]
fn the_event_date_buttons_are_not_broken_across_lines() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let passage = "Moscow denied any involvement.";
    tag_key_point(&mut h, passage);
    type_into(&mut h, "Event date", "2026-03-12");
    click(&mut h, Role::Button, "Set date");
    let one_line = h.get_by_role_and_label(Role::Button, "Set date").rect().height();
    let clear = h.get_by_role_and_label(Role::Button, "Clear date").rect();
    assert!(clear.height() <= one_line + 0.5, "{clear:?} is taller than one line ({one_line})");
    let field = h.get_by_label("Event date").rect();
    assert!(clear.right() <= field.left() + 320.0, "{clear:?} stays in the panel");
}

/// A judgment resting on one source: F7 opens the panel, "Go to" shows the judgment's evidence
/// and names the judgment; the status bar's count opens the panel again once closed.
#[test]
fn check_panel_goes_to_a_judgment_through_its_evidence() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let denial = tag_with_text(&h, "Moscow denied any involvement.");
    h.state_mut().send(Msg::Apply(Action::AddJudgment {
        text: "Moscow is likely to keep denying involvement.".into(),
        likelihood: Likelihood::Likely,
        confidence: Confidence::Moderate,
        supporting: vec![denial],
        against: vec![],
    }));
    h.state_mut().send(Msg::DeselectTag);
    h.run();
    h.key_press(Key::F7);
    h.run();
    let single = check::check(h.state().session())
        .into_iter()
        .find(|f| f.kind == FindingKind::SingleSourceJudgment)
        .expect("a judgment on a single source");
    assert!(h.query_by_label("Edit KJ1").is_none(), "the Key judgments section starts closed");
    click(&mut h, Role::Button, &format!("Go to: {}", single.message));
    assert_eq!(h.state().selected_tag(), Some(denial), "its evidence is selected");
    h.get_by_label("Edit KJ1"); // the section opened on the judgment
    assert!(
        h.state().notices().iter().any(|n| n.text.starts_with("Key judgment KJ1: \u{201c}Moscow is likely")),
        "the judgment is named"
    );

    // Closed, the panel opens again from the status bar.
    click(&mut h, Role::Button, "Close window");
    assert!(h.query_by_label(&single.message).is_none(), "closed");
    h.get(By::new().role(Role::Button).label_contains("Check: 2 advice")).click();
    h.run();
    h.get_by_label(&single.message);
}

/// A session opened in place of another starts its editor's state numbers again: the tags list
/// and the Check panel show the new session's tags and findings, not the old one's.
#[test]
fn another_session_replaces_the_lists_of_the_one_before() {
    use briefsmith::model::{Session, SourceMeta, apply};
    let session_with_quote = |text: &str, quoted: &str| {
        let mut s = Session::new();
        let source = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: text.into() })
            .unwrap()
            .sources[0];
        let range = s.occurrences(source, quoted)[0];
        let body = TagBody::Quote { speaker: None };
        apply(&mut s, Action::AddTag { source, range, body, note: String::new() }).unwrap();
        s
    };
    let fx = Fixture::new();
    let mut h = fx.app(None);
    h.state_mut().open_session(session_with_quote("He said: we will sail.", "we will sail"));
    h.run();
    h.key_press(Key::F7);
    h.run();
    h.get_by_label_contains("“we will sail” —");
    h.get(By::new().role(Role::Button).label_contains("Go to: the quote \"we will sail\""));
    h.state_mut().open_session(session_with_quote("She said: the port is shut.", "the port is shut"));
    h.run();
    h.get_by_label_contains("“the port is shut” —");
    h.get(By::new().role(Role::Button).label_contains("Go to: the quote \"the port is shut\""));
    assert!(h.query_by_label_contains("we will sail").is_none(), "nothing left of the first session");
}
