//! Key judgments and citations in the app, driven through the real UI with egui_kittest: the Key
//! judgments section of the brief panel (add, edit, delete, unlink evidence, click a citation),
//! "Add as evidence" in the tag editor, and the "Cite…" picker beside the prose fields. Each test
//! checks the session and the brief.

use briefsmith::model::{Confidence, Likelihood, TagId};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use crate::support::sample_article;
use crate::ui::{Fixture, path_dialog, tag_key_point};
use crate::ui_panels::{
    H, button_with, click, click_button_containing, leave_field, on_screen, pick, redo, tag_with_text,
    type_into, undo,
};

const DENIAL: &str = "Moscow denied any involvement.";
const AIRSPACE: &str = "Finland has closed its airspace over the bases";

/// The brief's Markdown, with the escaping of brackets undone (prose is escaped; `\\[¶7\\]`
/// shows as `[¶7]`).
fn markdown(h: &mut H) -> String {
    let md = h.state_mut().brief_markdown().clone().expect("the brief renders");
    md.replace("\\[", "[").replace("\\]", "]")
}

/// The tag's citation in brackets, as the brief prints it.
fn cite_of(h: &H, tag: TagId) -> String {
    let session = h.state().session();
    format!("[{}]", briefsmith::brief::context::citation(session, session.tag(tag).unwrap(), false))
}

/// Opens the Key judgments section and adds a judgment through its form.
fn add_judgment(h: &mut H, text: &str, likelihood: Likelihood, confidence: Confidence) {
    if h.query_by_label("Add judgment").is_none() {
        click(h, Role::DisclosureTriangle, "Key judgments");
    }
    type_into(h, "Judgment", text);
    leave_field(h);
    pick(h, "Likelihood (ICD 203)", likelihood.label());
    pick(h, "Confidence", confidence.label());
    click(h, Role::Button, "Add judgment");
}

/// Links the selected tag to the judgment `number` ("KJ1") in the tag editor.
fn add_as_evidence(h: &mut H, number: &str, against: bool) {
    let option = h_option(h, number);
    pick(h, "Evidence for", &option);
    click(h, Role::RadioButton, if against { "Cuts against" } else { "Supports" });
    click(h, Role::Button, "Add as evidence");
}

/// The full label of judgment `number`'s entry in the "Evidence for" list.
fn h_option(h: &H, number: &str) -> String {
    let index: usize = number.trim_start_matches("KJ").parse().unwrap();
    let j = &h.state().session().judgments[index - 1];
    format!("{number}: {}", j.text)
}

/// A judgment written in the Key judgments section reaches the session and every brief, with its
/// likelihood phrase, band and confidence; Ctrl+Z takes it back and Ctrl+Shift+Z brings it again.
#[test]
fn a_judgment_added_in_the_brief_panel_is_in_the_brief_and_undo_removes_it() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    assert!(h.query_by_label("Add judgment").is_none(), "the section starts closed");
    add_judgment(
        &mut h,
        "More cables are likely to be cut this winter.",
        Likelihood::VeryLikely,
        Confidence::High,
    );

    let judgments = h.state().session().judgments.clone();
    assert_eq!(judgments.len(), 1);
    assert_eq!(
        (judgments[0].text.as_str(), judgments[0].likelihood, judgments[0].confidence),
        ("More cables are likely to be cut this winter.", Likelihood::VeryLikely, Confidence::High)
    );
    let line = "**KJ1.** More cables are likely to be cut this winter. **Very likely** (80–95 %), high confidence. _No supporting evidence linked._";
    assert!(markdown(&mut h).contains(line), "{}", markdown(&mut h));
    // The section lists it, with the estimate, and the form is ready for the next one.
    h.get_by_label("More cables are likely to be cut this winter.");
    h.get_by_label("Very likely (80–95 %), high confidence");
    assert_eq!(h.get_by_label("Judgment").value().as_deref(), Some(""));

    undo(&mut h);
    assert!(h.state().session().judgments.is_empty(), "Ctrl+Z takes the judgment back");
    assert!(!markdown(&mut h).contains("KJ1"));
    assert!(h.query_by_label("More cables are likely to be cut this winter.").is_none());
    redo(&mut h);
    assert_eq!(h.state().session().judgments, judgments);
}

/// Edit loads a judgment into the form; Save changes it in one undo step; Delete removes it.
#[test]
fn a_judgment_is_edited_and_deleted_from_the_section() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    add_judgment(&mut h, "Sabotage will continue.", Likelihood::Likely, Confidence::Low);
    click(&mut h, Role::Button, "Edit KJ1");
    h.get_by_role_and_label(Role::Label, "Edit KJ1");
    assert_eq!(h.get_by_label("Judgment").value().as_deref(), Some("Sabotage will continue."));
    type_into(&mut h, "Judgment", "Sabotage of cables will continue.");
    leave_field(&mut h);
    pick(&mut h, "Likelihood (ICD 203)", Likelihood::RoughlyEven.label());
    click(&mut h, Role::Button, "Save judgment");
    let j = h.state().session().judgments[0].clone();
    assert_eq!(
        (j.text.as_str(), j.likelihood, j.confidence),
        ("Sabotage of cables will continue.", Likelihood::RoughlyEven, Confidence::Low)
    );
    assert!(
        markdown(&mut h)
            .contains("**KJ1.** Sabotage of cables will continue. **Roughly even chance** (45–55 %)")
    );
    h.get_by_label("Add judgment");
    undo(&mut h);
    assert_eq!(h.state().session().judgments[0].text, "Sabotage will continue.", "one undo step");

    click(&mut h, Role::Button, "Delete KJ1");
    assert!(h.state().session().judgments.is_empty());
    undo(&mut h);
    assert_eq!(h.state().session().judgments.len(), 1);
}

/// "Add as evidence" in the tag editor links the selected tag as support or as cutting against a
/// chosen judgment; the brief cites both; the section's × and the editor's Unlink undo the links.
#[test]
fn evidence_is_added_from_the_tag_editor_and_removed_from_the_section() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    add_judgment(&mut h, "Russia is behind the sabotage.", Likelihood::Likely, Confidence::Moderate);
    add_judgment(&mut h, "NATO will board Russian ships.", Likelihood::Unlikely, Confidence::Low);

    tag_key_point(&mut h, AIRSPACE);
    let airspace = tag_with_text(&h, AIRSPACE);
    assert_eq!(h.state().selected_tag(), Some(airspace), "the new tag's editor is open");
    add_as_evidence(&mut h, "KJ1", false);
    tag_key_point(&mut h, DENIAL);
    let denial = tag_with_text(&h, DENIAL);
    add_as_evidence(&mut h, "KJ1", true);

    let j = h.state().session().judgments[0].clone();
    assert_eq!((j.supporting.as_slice(), j.against.as_slice()), (&[airspace][..], &[denial][..]));
    assert!(h.state().session().judgments[1].supporting.is_empty(), "KJ2 is untouched");
    let (for_cite, against_cite) = (cite_of(&h, airspace), cite_of(&h, denial));
    assert_eq!(against_cite, "[¶7]");
    let md = markdown(&mut h);
    assert!(
        md.contains(&format!("moderate confidence. Evidence: {for_cite}. Against: {against_cite}.")),
        "{md}"
    );
    h.get_by_label("Cuts against KJ1");

    // The section lists both; × unlinks one (Ctrl+Z links it again).
    click(&mut h, Role::Button, &format!("Remove {for_cite} from KJ1"));
    assert!(h.state().session().judgments[0].supporting.is_empty());
    assert!(markdown(&mut h).contains("_No supporting evidence linked._"));
    undo(&mut h);
    assert_eq!(h.state().session().judgments[0].supporting, [airspace]);

    // The tag editor's Unlink removes the denial's link.
    click(&mut h, Role::Button, "Unlink from KJ1");
    assert!(h.state().session().judgments[0].against.is_empty());
    assert!(h.query_by_label("Cuts against KJ1").is_none());

    // Evidence for the second judgment, chosen in the list.
    add_as_evidence(&mut h, "KJ2", false);
    assert_eq!(h.state().session().judgments[1].supporting, [denial]);
}

/// Clicking an evidence citation in the section selects its tag and scrolls the article to it.
#[test]
fn clicking_a_citation_selects_the_tag_and_reveals_its_passage() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let top = "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea";
    let bottom = "the next step could be a cable that carries electricity in the middle of winter";
    add_judgment(&mut h, "Attacks on energy links are likely.", Likelihood::Likely, Confidence::Moderate);
    tag_key_point(&mut h, top);
    add_as_evidence(&mut h, "KJ1", false);
    tag_key_point(&mut h, bottom);
    add_as_evidence(&mut h, "KJ1", false);
    let (top_tag, bottom_tag) = (tag_with_text(&h, top), tag_with_text(&h, bottom));
    let top_start = h.state().session().tag(top_tag).unwrap().span.range.start();
    let bottom_start = h.state().session().tag(bottom_tag).unwrap().span.range.start();
    click(&mut h, Role::Button, "Close the tag editor");
    assert_eq!(h.state().selected_tag(), None);

    let (top_cite, bottom_cite) = (cite_of(&h, top_tag), cite_of(&h, bottom_tag));
    click(&mut h, Role::Button, &top_cite);
    assert_eq!(h.state().selected_tag(), Some(top_tag));
    assert!(on_screen(&h, top_start));
    assert!(!on_screen(&h, bottom_start), "the article is long enough to scroll");
    click(&mut h, Role::Button, &bottom_cite);
    assert_eq!(h.state().selected_tag(), Some(bottom_tag));
    assert!(on_screen(&h, bottom_start), "the passage was scrolled into view");
    h.get_by_label("Supports KJ1");
}

/// The "Cite…" menu of the summary inserts `[@T…]` at the end (or at the cursor), the brief and
/// the exported file show the passage's citation, and a judgment reference becomes `[KJ1]`.
#[test]
fn the_cite_picker_inserts_references_and_the_export_renders_citations() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, DENIAL);
    let denial = tag_with_text(&h, DENIAL);
    add_judgment(&mut h, "Russia is behind the sabotage.", Likelihood::Likely, Confidence::Moderate);
    let judgment = h.state().session().judgments[0].id;

    click(&mut h, Role::DisclosureTriangle, "Brief details");
    type_into(&mut h, "Summary / BLUF", "Moscow denies a role.");
    leave_field(&mut h);
    click(&mut h, Role::Button, "Cite in Summary / BLUF");
    click_button_containing(&mut h, &format!("T{} · ¶7 · Moscow denied", denial.0));
    let summary = h.state().session().brief.summary.clone();
    assert_eq!(summary, format!("Moscow denies a role. [@T{}]", denial.0));
    assert!(markdown(&mut h).contains("Moscow denies a role. [¶7]"), "{}", markdown(&mut h));

    // At the cursor: Home puts it at the start of the field.
    h.get_by_label("Summary / BLUF").focus();
    h.run();
    h.key_press(egui::Key::Home);
    h.run();
    leave_field(&mut h);
    click(&mut h, Role::Button, "Cite in Summary / BLUF");
    click_button_containing(&mut h, &format!("J{} · KJ1 ·", judgment.0));
    assert_eq!(h.state().session().brief.summary, format!("[@J{}] {summary}", judgment.0));
    assert!(markdown(&mut h).contains("[KJ1] Moscow denies a role. [¶7]"));

    // The other prose fields have their own menu.
    click(&mut h, Role::Button, "Cite in Assessment");
    click(&mut h, Role::Button, &format!("T{} · ¶7 · {DENIAL}", denial.0));
    assert_eq!(h.state().session().brief.assessment, format!("[@T{}]", denial.0));

    assert!(h.query_by_role_and_label(Role::Label, "Tags").is_none(), "the menu closed");
    // The exported brief cites the paragraph, never the raw reference.
    let out = fx.path("brief.md");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(h.state().dialog().is_some(), "the export dialog is open");
    path_dialog(&mut h, &out, "Save");
    let exported = std::fs::read_to_string(&out).expect("the brief was exported");
    let exported = exported.replace("\\[", "[").replace("\\]", "]");
    assert!(exported.contains("[KJ1] Moscow denies a role. [¶7]"), "{exported}");
    assert!(!exported.contains("[@"), "{exported}");

    // One undo takes the assessment's citation back.
    undo(&mut h);
    assert_eq!(h.state().session().brief.assessment, "");
    assert!(h.query(button_with("Cite in Recommendation")).is_some());
}

/// Text selected in the field when its "Cite…" menu is opened is replaced by the reference, as by
/// a paste; with only a caret in the field, the reference goes in at the caret and nothing is
/// removed.
#[test]
fn the_cite_picker_replaces_the_selection_and_otherwise_inserts_at_the_caret() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, DENIAL);
    let denial = tag_with_text(&h, DENIAL);
    let entry = format!("T{} · ¶7 · Moscow denied", denial.0);
    click(&mut h, Role::DisclosureTriangle, "Brief details");
    type_into(&mut h, "Summary / BLUF", "Moscow denies a role. Ships cut cables.");

    // Select "cables" (the caret is at the end): left past the full stop, then six with Shift.
    h.key_press(Key::ArrowLeft);
    for _ in 0..6 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    }
    h.run();
    click(&mut h, Role::Button, "Cite in Summary / BLUF");
    click_button_containing(&mut h, &entry);
    let cited = format!("[@T{}]", denial.0);
    assert_eq!(h.state().session().brief.summary, format!("Moscow denies a role. Ships cut {cited}."));

    // A caret after "Moscow", no selection: inserted there, nothing removed.
    h.get_by_label("Summary / BLUF").focus();
    h.run();
    h.key_press(Key::Home);
    for _ in 0.."Moscow".len() {
        h.key_press(Key::ArrowRight);
    }
    h.run();
    click(&mut h, Role::Button, "Cite in Summary / BLUF");
    click_button_containing(&mut h, &entry);
    assert_eq!(
        h.state().session().brief.summary,
        format!("Moscow {cited} denies a role. Ships cut {cited}.")
    );

    // A selection left behind (Escape, then the menu): egui shows none, so none is replaced.
    h.get_by_label("Summary / BLUF").focus();
    h.run();
    h.key_press(Key::Home);
    h.key_press_modifiers(Modifiers::SHIFT, Key::End);
    h.run();
    leave_field(&mut h);
    click(&mut h, Role::Button, "Cite in Summary / BLUF");
    click_button_containing(&mut h, &entry);
    let summary = h.state().session().brief.summary.clone();
    assert!(summary.contains("denies a role. Ships cut"), "nothing was replaced: {summary}");
    assert_eq!(summary.matches(&cited).count(), 3, "{summary}");
}

/// A citation in the rendered brief preview is a link: clicking it shows its paragraph in the
/// article.
#[test]
fn clicking_a_citation_in_the_preview_shows_its_paragraph() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let top = "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea";
    let bottom = "the next step could be a cable that carries electricity in the middle of winter";
    tag_key_point(&mut h, bottom);
    let bottom_tag = tag_with_text(&h, bottom);
    tag_key_point(&mut h, top);
    let bottom_start = h.state().session().tag(bottom_tag).unwrap().span.range.start();
    assert!(!on_screen(&h, bottom_start), "the article shows the top passage");
    let cite = cite_of(&h, bottom_tag);
    h.get_by_role_and_label(Role::Link, &cite).click();
    h.run();
    assert!(on_screen(&h, bottom_start), "the cited paragraph was scrolled into view");
}

/// The judgment form has its own "Cite…": a judgment's text can cite a tag, and the brief and the
/// section show the citation.
#[test]
fn a_judgment_cites_a_tag_from_the_picker_of_its_form() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, DENIAL);
    let denial = tag_with_text(&h, DENIAL);
    click(&mut h, Role::DisclosureTriangle, "Key judgments");
    type_into(&mut h, "Judgment", "Moscow will keep denying a role");
    leave_field(&mut h);
    click(&mut h, Role::Button, "Cite in Judgment");
    click_button_containing(&mut h, &format!("T{} · ¶7 ·", denial.0));
    assert_eq!(
        h.get_by_label("Judgment").value().as_deref(),
        Some(format!("Moscow will keep denying a role [@T{}]", denial.0).as_str())
    );
    assert!(h.state().session().judgments.is_empty(), "nothing is added before Add judgment");
    click(&mut h, Role::Button, "Add judgment");
    assert_eq!(
        h.state().session().judgments[0].text,
        format!("Moscow will keep denying a role [@T{}]", denial.0)
    );
    assert!(
        markdown(&mut h).contains("**KJ1.** Moscow will keep denying a role [¶7]. **Likely**"),
        "{}",
        markdown(&mut h)
    );
    h.get_by_label("Moscow will keep denying a role [¶7]");
}
