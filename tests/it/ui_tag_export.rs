//! The actor dialog's proposed kind and the app's export to Word and HTML, through the real UI.

use briefsmith::model::ActorKind;
use briefsmith::ui::Dialog;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use briefsmith::import;
use egui::{Key, Modifiers};

use crate::support::sample_article;
use crate::ui::{Fixture, click_button, path_dialog, select_passage, tag_key_point};

/// A made-up article: a titled person and a country.
const ARTICLE: &str = "Talks in Brenholm\nPresident Ann Field arrived in Brenholm on Monday for two days of talks. \
Norway said the visit would focus on fishing rights.\n";

fn proposed_kind(h: &Harness<'_, briefsmith::ui::BriefsmithApp>) -> ActorKind {
    match h.state().dialog() {
        Some(Dialog::TagActor { kind, .. }) => *kind,
        other => panic!("no actor dialog (a dialog is open: {})", other.is_some()),
    }
}

#[test]
fn the_actor_dialog_proposes_the_kind_from_the_text() {
    let fx = Fixture::new();
    let article = fx.path("talks.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let mut h = fx.app(Some(&article));
    // A title before the name: a person, and the actor is created as one.
    select_passage(&mut h, "Ann Field", 0);
    click_button(&mut h, "Actor");
    assert_eq!(proposed_kind(&h), ActorKind::Person);
    h.get_by_label("Tag actor");
    click_button(&mut h, "Tag");
    let session = h.state().session();
    assert_eq!(session.actors.len(), 1);
    assert_eq!((session.actors[0].name.as_str(), session.actors[0].kind), ("Ann Field", ActorKind::Person));
    // A country: a state.
    select_passage(&mut h, "Norway", 0);
    click_button(&mut h, "Actor");
    assert_eq!(proposed_kind(&h), ActorKind::State);
    // A plain word proposes nothing.
    click_button(&mut h, "Cancel");
    select_passage(&mut h, "fishing", 0);
    click_button(&mut h, "Actor");
    assert_eq!(proposed_kind(&h), ActorKind::Other);
}

fn file_menu(h: &mut Harness<'_, briefsmith::ui::BriefsmithApp>, entry: &str) {
    click_button(h, "File");
    click_button(h, entry);
}

#[test]
fn exports_word_and_html_by_the_name_and_refuses_an_unknown_extension() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");

    // File → Export as Word…: the proposed name ends in .docx; the importer reads the brief back.
    file_menu(&mut h, "Export as Word…");
    match h.state().dialog() {
        Some(Dialog::PathEntry { text, .. }) => assert!(text.ends_with(".docx"), "{text}"),
        other => panic!("no path field (a dialog is open: {})", other.is_some()),
    }
    let docx = fx.path("brief.docx");
    path_dialog(&mut h, &docx, "Save");
    let back = import::import_file(&docx).unwrap();
    assert_eq!(back.format, import::Format::Docx);
    assert!(back.text.contains("Moscow denied any involvement."), "{}", back.text);

    // The plain Export dialog writes HTML for .htm.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let html = fx.path("brief.htm");
    path_dialog(&mut h, &html, "Save");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("Moscow denied any involvement."), "{page}");

    // An unknown extension: nothing written, and the message names the file and the choices.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let pdf = fx.path("brief.pdf");
    path_dialog(&mut h, &pdf, "Save");
    h.get_by_label_contains("brief.pdf: cannot tell the format from the name; use .md");
    assert!(!pdf.exists());
}

#[test]
fn the_word_reference_document_is_a_preference_that_can_be_cleared() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    // A file that is not a Word document: the export says which file and how to fix it.
    let not_word = fx.path("notes.docx");
    std::fs::write(&not_word, "plain text").unwrap();
    file_menu(&mut h, "Word reference document…");
    path_dialog(&mut h, &not_word, "Open");
    assert_eq!(h.state().prefs().reference_doc.as_deref(), Some(not_word.as_path()));
    // The File menu shows the reference in use.
    click_button(&mut h, "File");
    h.get_by_label_contains("Word reference: ");
    click_button(&mut h, "Export as Word…");
    let out = fx.path("out.docx");
    path_dialog(&mut h, &out, "Save");
    h.get_by_label_contains("the Word reference document; choose another or clear it");
    assert!(!out.exists());
    // A real Word file as reference (one Briefsmith wrote) works.
    file_menu(&mut h, "Clear Word reference document");
    assert_eq!(h.state().prefs().reference_doc, None);
    file_menu(&mut h, "Export as Word…");
    let plain = fx.path("plain.docx");
    path_dialog(&mut h, &plain, "Save");
    file_menu(&mut h, "Word reference document…");
    path_dialog(&mut h, &plain, "Open");
    file_menu(&mut h, "Export as Word…");
    path_dialog(&mut h, &out, "Save");
    let back = import::import_file(&out).unwrap();
    assert!(back.text.contains("Moscow denied any involvement."), "{}", back.text);
}

/// An exporter that waits until the test lets it go, like a large Word file with a heavy
/// reference document.
fn slow_exporter() -> (briefsmith::ui::jobs::Exporter, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let release = std::sync::Arc::new(AtomicBool::new(false));
    let gate = std::sync::Arc::clone(&release);
    let exporter = briefsmith::ui::jobs::Exporter::new(move |request| {
        while !gate.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        briefsmith::ui::jobs::render_export(request)
    });
    (exporter, release)
}

#[test]
fn a_slow_word_export_keeps_the_window_drawing_and_cancel_writes_nothing() {
    use briefsmith::ui::Msg;
    use std::sync::atomic::Ordering;
    let fx = Fixture::new();
    let (exporter, release) = slow_exporter();
    let mut config = fx.config(Some(&sample_article()));
    config.exporter = exporter;
    let mut h = fx.app_with_config(config, false);
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let before = h.state().session().clone();
    let docx = fx.path("slow.docx");

    h.state_mut().send(Msg::ExportTo(docx.clone()));
    // Frames keep coming while the exporter is stuck: the UI thread is not waiting for it.
    for _ in 0..10 {
        h.step();
    }
    assert!(h.state().job_running());
    h.get_by_label_contains("Exporting slow.docx");
    // A second export while this one runs is refused with a notice, and writes nothing.
    let second = fx.path("second.md");
    h.state_mut().send(Msg::ExportTo(second.clone()));
    h.step();
    let notices: Vec<String> = h.state().notices().iter().map(|n| n.text.clone()).collect();
    assert!(notices.iter().any(|n| n.contains("is still running; wait for it or cancel it")), "{notices:?}");
    assert!(!second.exists());
    click_button(&mut h, "Cancel");
    assert!(!h.state().job_running());
    h.get_by_label_contains("Cancelled: exporting slow.docx");
    // The export finishing later writes nothing and changes nothing.
    release.store(true, Ordering::SeqCst);
    std::thread::sleep(std::time::Duration::from_millis(50));
    h.run();
    assert!(!docx.exists(), "a cancelled export wrote its file");
    assert_eq!(h.state().session(), &before);

    // Left to finish, the same export writes a Word file the importer reads back.
    h.state_mut().send(Msg::ExportTo(docx.clone()));
    crate::ui::settle(&mut h);
    let back = import::import_file(&docx).unwrap();
    assert!(back.text.contains("Moscow denied any involvement."), "{}", back.text);
    h.get_by_label_contains("Exported the brief to");
}
