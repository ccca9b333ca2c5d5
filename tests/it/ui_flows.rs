//! App state changes only after the frame, through messages: a failed merge keeps the selection,
//! templates are reloaded on request, a file chosen in the path field is opened after the dialog
//! closes; and the suggestion review follows the tags (a deleted tag's suggestion is pending
//! again, a duplicate is offered to keep one).

use briefsmith::model::{ActorId, TagBody, TagKind};
use briefsmith::ui::{BriefsmithApp, Msg};
use briefsmith::workflow::review::{ReviewStatus, SuggestionKind};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::sample_article;
use crate::ui::{Fixture, click_button, path_dialog, row_label, select_passage, tag_key_point};

type H = Harness<'static, BriefsmithApp>;

fn tag_actor(h: &mut H, needle: &str) {
    select_passage(h, needle, 0);
    click_button(h, "Actor");
    click_button(h, "Tag");
}

#[test]
fn a_failed_merge_keeps_the_selected_actor() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_actor(&mut h, "Kadri Saar");
    let saar = h.state().session().actors[0].id;
    h.state_mut().send(Msg::SelectActor(saar));
    h.run();
    assert_eq!(h.state().selected_actor(), Some(saar));
    // An actor that no longer exists (deleted meanwhile): the merge is refused.
    let gone = ActorId(9_999);
    h.state_mut().send(Msg::MergeActors { from: saar, into: gone });
    h.run();
    assert_eq!(h.state().selected_actor(), Some(saar), "the selection stays where it was");
    assert!(h.state().notices().iter().any(|n| n.error), "the refusal is reported");
    assert_eq!(h.state().session().actors.len(), 1);
}

#[test]
fn reload_reads_the_template_folder_after_the_frame() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    assert!(h.state().session().template == "briefing-note");
    std::fs::create_dir_all(fx.path("templates")).unwrap();
    std::fs::write(fx.path("templates/late.md.j2"), "{# Added while the app runs #}\n# Late\n").unwrap();
    h.get_by_role_and_label(Role::ComboBox, "Template").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Button, "late (yours)").is_none(), "not read yet");
    h.key_press(egui::Key::Escape);
    h.run();
    click_button(&mut h, "Reload");
    h.get_by_role_and_label(Role::ComboBox, "Template").click();
    h.run();
    click_button(&mut h, "late (yours)");
    assert_eq!(h.state().session().template, "late");
}

#[test]
fn a_file_chosen_in_the_path_field_replaces_the_session_after_the_dialog() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    assert!(h.state().selected_tag().is_some());
    let other = fx.path("other.txt");
    std::fs::write(&other, "Another article.\n\nIt has two paragraphs.\n").unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    click_button(&mut h, "Don't save");
    path_dialog(&mut h, &other, "Open");
    assert!(h.state().dialog().is_none(), "the dialog closed");
    let session = h.state().session();
    assert_eq!(session.sources.len(), 1);
    assert!(session.sources[0].text().starts_with("Another article."));
    assert!(session.tags.is_empty());
    assert_eq!(h.state().selected_tag(), None, "no selection left over from the old session");
    assert_eq!(h.state().active_source(), Some(session.sources[0].id));
}

/// The first pending suggestion of a kind.
fn first_of(h: &H, kind: SuggestionKind) -> usize {
    let review = h.state().review().expect("a review");
    review.items().iter().position(|i| i.kind() == kind && i.status() == ReviewStatus::Pending).unwrap()
}

#[test]
fn deleting_an_accepted_tag_puts_its_suggestion_back_for_review() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let n = first_of(&h, SuggestionKind::Quote);
    let item = h.state().review().unwrap().items()[n].clone();
    click_button(&mut h, &format!("Accept {}", row_label(&item)));
    assert_eq!(h.state().review().unwrap().items()[n].status(), ReviewStatus::Accepted);
    let tag = h.state().session().tags.iter().find(|t| t.kind() == TagKind::Quote).unwrap().id;
    h.state_mut().send(Msg::SelectTag(tag));
    h.run();
    click_button(&mut h, "Delete tag");
    assert!(h.state().session().tags.is_empty());
    assert_eq!(h.state().review().unwrap().items()[n].status(), ReviewStatus::Pending, "back for review");
    h.get_by_label(&row_label(&item));
}

#[test]
fn accepting_a_suggestion_over_a_tag_by_hand_offers_to_keep_one() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click_button(&mut h, "Suggest tags");
    let n = first_of(&h, SuggestionKind::Quote);
    let item = h.state().review().unwrap().items()[n].clone();
    let range = item.suggestion().range();
    let text = h.state().session().sources[0].text().to_owned();
    let quoted = range.slice(&text).unwrap().to_owned();
    // The same quotation tagged by hand, one word shorter (it overlaps the suggestion).
    let last_space = quoted.trim_end().rfind(' ').unwrap();
    select_passage(&mut h, quoted.get(..last_space).unwrap(), 0);
    click_button(&mut h, "Quote");
    click_button(&mut h, "Tag");
    let by_hand = h.state().session().tags[0].id;

    click_button(&mut h, &format!("Accept {}", row_label(&item)));
    h.get_by_label("Already tagged");
    click_button(&mut h, "Keep the existing tag");
    let quotes: Vec<_> = h.state().session().tags.iter().filter(|t| t.kind() == TagKind::Quote).collect();
    assert_eq!(quotes.len(), 1, "no second tag");
    assert_eq!(quotes[0].id, by_hand);
    assert_eq!(h.state().review().unwrap().items()[n].status(), ReviewStatus::Accepted);

    // Undo the hand tag's replacement choice the other way: reopen it and use the suggestion.
    h.state_mut().send(Msg::SelectTag(by_hand));
    h.run();
    click_button(&mut h, "Delete tag");
    assert_eq!(h.state().review().unwrap().items()[n].status(), ReviewStatus::Pending);
    select_passage(&mut h, quoted.get(..last_space).unwrap(), 0);
    click_button(&mut h, "Quote");
    click_button(&mut h, "Tag");
    click_button(&mut h, &format!("Accept {}", row_label(&item)));
    click_button(&mut h, "Use the suggestion");
    let quotes: Vec<_> = h.state().session().tags.iter().filter(|t| t.kind() == TagKind::Quote).collect();
    assert_eq!(quotes.len(), 1, "still one quote");
    assert_eq!(quotes[0].span.range, range, "the suggested passage");
    assert!(matches!(quotes[0].body, TagBody::Quote { .. }));
}

#[test]
fn a_recovery_file_that_cannot_be_deleted_is_reported() {
    let fx = Fixture::new();
    // A folder where the recovery file should be: it cannot be removed like a file.
    std::fs::create_dir_all(fx.path("recovery/stuck.recovery.json")).unwrap();
    let mut h = fx.app(Some(&sample_article()));
    h.get_by_label("Restore unsaved work?");
    click_button(&mut h, "Discard");
    let errors: Vec<String> =
        h.state().notices().iter().filter(|n| n.error).map(|n| n.text.clone()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("cannot delete the recovery file") && e.contains("stuck.recovery.json")),
        "{errors:?}"
    );
}

/// An importer that waits until the test lets it go, like a large PDF near its time limit.
fn slow_importer() -> (briefsmith::ui::jobs::Importer, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let release = std::sync::Arc::new(AtomicBool::new(false));
    let gate = std::sync::Arc::clone(&release);
    let importer = briefsmith::ui::jobs::Importer::new(move |path| {
        while !gate.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        briefsmith::import::import_file(path)
    });
    (importer, release)
}

#[test]
fn a_slow_import_keeps_the_window_drawing_and_cancel_leaves_the_session_as_it_was() {
    use std::sync::atomic::Ordering;
    let fx = Fixture::new();
    let (importer, release) = slow_importer();
    let mut config = fx.config(Some(&sample_article()));
    config.importer = importer;
    let mut h = fx.app_with_config(config, false);
    let before = h.state().session().clone();
    let second = fx.path("second.txt");
    std::fs::write(&second, "A second report.\n\nIt arrives slowly.\n").unwrap();

    h.state_mut().send(Msg::AddSourcePath(second.clone()));
    // Frames keep coming while the importer is stuck: the UI thread is not waiting for it.
    for _ in 0..10 {
        h.step();
    }
    assert!(h.state().job_running());
    h.get_by_label_contains("Importing second.txt");
    click_button(&mut h, "Cancel");
    assert!(!h.state().job_running());
    assert_eq!(h.state().session(), &before, "nothing changed");
    h.get_by_label_contains("Cancelled: importing second.txt");
    // The import finishing later changes nothing either.
    release.store(true, Ordering::SeqCst);
    std::thread::sleep(std::time::Duration::from_millis(50));
    h.run();
    assert_eq!(h.state().session(), &before);

    // Left to finish, the same import adds the source.
    h.state_mut().send(Msg::AddSourcePath(second));
    crate::ui::settle(&mut h);
    assert_eq!(h.state().session().sources.len(), 2);
}
