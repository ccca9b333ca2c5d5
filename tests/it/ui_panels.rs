//! The side panels and the less travelled corners of the app, driven through the real UI with
//! egui_kittest: the tag and actor editors, the tags filter, the brief and source forms, the find
//! bar, the context menu, source tabs, first start, HTML export, dropped sessions and user
//! templates. Widgets are found by their accessible labels; each test checks the session, the
//! preferences or the files written.

use std::path::Path;
use std::sync::Arc;

use briefsmith::model::{
    ActorId, ActorKind, ByteRange, Handling, Likelihood, NoteType, Reliability, Severity, Speaker, TagBody,
    TagId, ThreatCategory, Tlp,
};
use briefsmith::ui::BriefsmithApp;
use egui::accesskit::Role;
use egui::{Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

use crate::support::sample_article;
use crate::ui::{
    Dropped, Fixture, click_article_with, click_button, drag_select, nth, path_dialog, select_passage,
    settle, tag_key_point, text_of,
};

pub(crate) type H = Harness<'static, BriefsmithApp>;

// ------------------------------------------------------------------------------------------------
// Helpers

/// Scrolls the widget with this role and label into view (the editors sit in scroll areas), then
/// clicks it.
pub(crate) fn click(h: &mut H, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
    settle(h);
}

/// A button whose label contains `part` (tags panel entries end with a citation, tabs with the
/// article's name).
pub(crate) fn button_with(part: &str) -> By<'_> {
    By::new().role(Role::Button).label_contains(part)
}

/// Clicks the button whose label contains `part`.
pub(crate) fn click_button_containing(h: &mut H, part: &str) {
    h.get(button_with(part)).scroll_to_me();
    h.run();
    h.get(button_with(part)).click();
    h.run();
}

/// Opens the combo box labelled `combo` and picks `option` in the list that opens (a button with
/// the same label elsewhere, such as the toolbar's Quote, is not the one).
pub(crate) fn pick(h: &mut H, combo: &str, option: &str) {
    let elsewhere: Vec<_> =
        h.query_all_by_role_and_label(Role::Button, option).map(|n| n.accesskit_node().id()).collect();
    click(h, Role::ComboBox, combo);
    let in_list = |h: &H| {
        let mut found = h
            .query_all_by_role_and_label(Role::Button, option)
            .filter(|n| !elsewhere.contains(&n.accesskit_node().id()));
        let node = found.next().unwrap_or_else(|| panic!("no {option:?} in the {combo:?} list"));
        assert!(found.next().is_none(), "{option:?} twice in the {combo:?} list");
        node.accesskit_node().id()
    };
    let id = in_list(h);
    h.get_by(move |n| n.id() == id).scroll_to_me();
    h.run();
    let id = in_list(h);
    h.get_by(move |n| n.id() == id).click();
    h.run();
}

/// Replaces the text of the field labelled `label`, as a person would: focus, select all, type.
pub(crate) fn type_into(h: &mut H, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).focus();
    h.run();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    h.key_press(Key::Backspace);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Leaves a text field (Escape), so that Ctrl+Z is the app's undo rather than the field's.
pub(crate) fn leave_field(h: &mut H) {
    h.key_press(Key::Escape);
    h.run();
}

pub(crate) fn undo(h: &mut H) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

pub(crate) fn redo(h: &mut H) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
}

/// The id of the tag whose passage is exactly `text`.
pub(crate) fn tag_with_text(h: &H, text: &str) -> TagId {
    h.state()
        .session()
        .tags
        .iter()
        .find(|t| t.text() == text)
        .unwrap_or_else(|| panic!("no tag on {text:?}"))
        .id
}

fn body_of(h: &H, id: TagId) -> TagBody {
    h.state().session().tag(id).expect("the tag exists").body.clone()
}

fn actor_named(h: &H, name: &str) -> ActorId {
    h.state()
        .session()
        .actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor named {name:?}"))
        .id
}

/// Tags the `n`th `needle` as a new actor called `name` through the tag dialog.
fn tag_new_actor(h: &mut H, needle: &str, n: usize, name: &str) {
    select_passage(h, needle, n);
    click_button(h, "Actor");
    if h.get_by_label("Actor name").value().as_deref() != Some(name) {
        type_into(h, "Actor name", name);
    }
    // The dialog proposes a kind from the text (Person for "Prime Minister Kadri Saar"); these
    // tests start from Other and change it in the editor.
    // The dialog's Kind list is drawn last (over an actor editor's own Kind list, if one is open).
    if !matches!(h.state().dialog(), Some(briefsmith::ui::Dialog::TagActor { kind: ActorKind::Other, .. })) {
        h.query_all_by_role_and_label(Role::ComboBox, "Kind").last().expect("the dialog's Kind list").click();
        h.run();
        h.query_all_by_role_and_label(Role::Button, "Other").last().expect("Other in the Kind list").click();
        h.run();
    }
    click_button(h, "Tag");
    assert!(h.state().dialog().is_none(), "the dialog closed");
}

/// Drops a file onto the window.
fn drop_file(h: &mut H, path: &Path) {
    h.input_mut().dropped_files.push(Arc::new(Dropped(path.to_owned())));
    h.run();
    settle(h);
}

/// Whether the character at `byte` of the shown article is inside the visible window.
pub(crate) fn on_screen(h: &H, byte: usize) -> bool {
    let pos = h.state().article().screen_pos_of(byte).expect("laid out");
    let article = h.get_by_label("Article text").rect();
    // The article's scroll area ends above the status bar; its content rect can be much taller.
    pos.y > 0.0 && pos.y < 770.0 && article.x_range().contains(pos.x)
}

/// Shows the brief as raw Markdown and scrolls the preview (down, then up) until a line containing
/// `part` is drawn: the preview only draws the lines in view. Returns that line.
fn markdown_line(h: &mut H, part: &str) -> String {
    if !h.state().prefs().raw_markdown {
        click_button(h, "Markdown");
    }
    let top = h.get_by_role_and_label(Role::Button, "Markdown").rect().bottom();
    let left = h.get_by_role_and_label(Role::Button, "Preview").rect().left() - 1.0;
    let in_preview = move |n: &egui_kittest::Node<'_>| n.rect().left() >= left && n.rect().top() > top;
    let mut down = true;
    for _ in 0..100 {
        if let Some(line) = h.query_all_by_label_contains(part).find(in_preview) {
            return line.value().unwrap_or_default();
        }
        let shown = |h: &H| -> Vec<String> {
            h.get_all_by_role(Role::Label).filter(in_preview).filter_map(|n| n.value()).collect()
        };
        let before = shown(h);
        let lines: Vec<_> = h.get_all_by_role(Role::Label).filter(in_preview).collect();
        match (down, lines.last(), lines.first()) {
            (true, Some(last), _) => last.scroll_down(),
            (false, _, Some(first)) => first.scroll_up(),
            _ => panic!("the preview shows no lines"),
        }
        h.run();
        if shown(h) == before {
            assert!(down, "no line containing {part:?} in the Markdown preview");
            down = false;
        }
    }
    panic!("no line containing {part:?} in the Markdown preview");
}

// ------------------------------------------------------------------------------------------------
// 1. The tag editor

/// Clicking a threat's entry in the tags panel opens its editor; category, severity and likelihood
/// changes land in the session (and the entry), and Ctrl+Z takes each back.
#[test]
fn tag_editor_changes_a_threat_and_undo_takes_each_change_back() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let passage = "test-fired an Iskander short-range ballistic missile";
    select_passage(&mut h, passage, 0);
    click_button(&mut h, "Threat");
    click_button(&mut h, "Tag");
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let threat = tag_with_text(&h, passage);
    let original = body_of(&h, threat);
    let TagBody::Threat { category, severity, likelihood: None } = original.clone() else {
        panic!("a threat without likelihood: {original:?}")
    };
    assert_ne!(severity, Severity::Critical);
    assert_ne!(category, ThreatCategory::Cyber);

    // The key point is selected now; the tags panel entry selects the threat.
    assert_ne!(h.state().selected_tag(), Some(threat));
    click_button_containing(&mut h, &format!("[{}] {passage}", severity.label()));
    assert_eq!(h.state().selected_tag(), Some(threat));
    h.get_by_label_contains("Threat [¶");

    pick(&mut h, "Severity", "Critical");
    assert_eq!(
        body_of(&h, threat),
        TagBody::Threat { category, severity: Severity::Critical, likelihood: None }
    );
    h.get(button_with(&format!("[Critical] {passage}")));
    undo(&mut h);
    assert_eq!(body_of(&h, threat), original);

    pick(&mut h, "Likelihood", "likely");
    assert_eq!(
        body_of(&h, threat),
        TagBody::Threat { category, severity, likelihood: Some(Likelihood::Likely) }
    );
    pick(&mut h, "Category", "Cyber attack");
    let changed =
        TagBody::Threat { category: ThreatCategory::Cyber, severity, likelihood: Some(Likelihood::Likely) };
    assert_eq!(body_of(&h, threat), changed);
    let markdown = h.state_mut().brief_markdown().clone().unwrap();
    assert!(markdown.contains(&format!("Cyber attack · likely (55–80 %): “{passage}”")), "{markdown}");

    undo(&mut h);
    assert_eq!(
        body_of(&h, threat),
        TagBody::Threat { category, severity, likelihood: Some(Likelihood::Likely) },
        "one undo takes back the category only"
    );
    undo(&mut h);
    assert_eq!(body_of(&h, threat), original);
    redo(&mut h);
    assert_eq!(
        body_of(&h, threat),
        TagBody::Threat { category, severity, likelihood: Some(Likelihood::Likely) }
    );
}

/// The note, the kind and deleting a tag, each undone with Ctrl+Z.
#[test]
fn tag_editor_edits_the_note_changes_the_kind_and_deletes() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    tag_key_point(&mut h, "Finland has closed its airspace over the bases");
    let denial = tag_with_text(&h, "Moscow denied any involvement.");
    click_button_containing(&mut h, "Moscow denied any involvement. ¶");
    assert_eq!(h.state().selected_tag(), Some(denial));

    // The note: typed, shown in the brief, undone once the field is left.
    type_into(&mut h, "Note", "Routine denial");
    assert_eq!(h.state().session().tag(denial).unwrap().note, "Routine denial");
    let markdown = h.state_mut().brief_markdown().clone().unwrap();
    assert!(markdown.contains("- Moscow denied any involvement. [¶7] — Routine denial"), "{markdown}");
    leave_field(&mut h);
    undo(&mut h);
    assert_eq!(h.state().session().tag(denial).unwrap().note, "");
    assert_eq!(h.get_by_label("Note").value().as_deref(), Some(""), "the field shows the undone note");

    // The kind: a key point becomes a quote (listed under Quotes), and back.
    pick(&mut h, "Kind", "Quote");
    assert_eq!(body_of(&h, denial), TagBody::Quote { speaker: None });
    h.get(button_with("“Moscow denied any involvement.” — unattributed"));
    h.get_by_role_and_label(Role::Button, "Quotes (1)");
    undo(&mut h);
    assert_eq!(body_of(&h, denial), TagBody::KeyPoint);
    h.get_by_role_and_label(Role::Button, "Key points (2)");

    // Delete: the tag and its editor go; Ctrl+Z brings the tag back.
    click(&mut h, Role::Button, "Delete tag");
    assert!(h.state().session().tag(denial).is_none());
    assert_eq!(h.state().session().tags.len(), 1);
    assert!(h.query_by_label("Delete tag").is_none(), "the editor closed");
    assert!(h.query(button_with("Moscow denied any involvement. ¶")).is_none());
    undo(&mut h);
    assert_eq!(body_of(&h, denial), TagBody::KeyPoint);
    h.get(button_with("Moscow denied any involvement. ¶"));
}

/// A quote's speaker typed into the tag editor.
#[test]
fn tag_editor_sets_a_quote_speaker() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let passage = "We are not going to wait for the next cable to be cut,";
    select_passage(&mut h, passage, 0);
    click_button(&mut h, "Quote");
    click_button(&mut h, "Tag");
    let quote = tag_with_text(&h, passage);
    assert_eq!(body_of(&h, quote), TagBody::Quote { speaker: None });
    assert_eq!(h.state().selected_tag(), Some(quote));
    type_into(&mut h, "Speaker", "Kadri Saar");
    click(&mut h, Role::Button, "Set");
    assert_eq!(body_of(&h, quote), TagBody::Quote { speaker: Some(Speaker::Text("Kadri Saar".into())) });
    h.get(button_with("” — Kadri Saar ¶"));
    h.get_by_label("Free text (not in the registry)");
    undo(&mut h);
    assert_eq!(body_of(&h, quote), TagBody::Quote { speaker: None });
}

/// After the speaker change is undone, the Speaker field shows the quote's speaker again.
#[test]
fn tag_editor_speaker_field_follows_undo() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    select_passage(&mut h, "We are not going to wait for the next cable to be cut,", 0);
    click_button(&mut h, "Quote");
    click_button(&mut h, "Tag");
    type_into(&mut h, "Speaker", "Kadri Saar");
    click(&mut h, Role::Button, "Set");
    undo(&mut h);
    assert_eq!(h.get_by_label("Speaker").value().as_deref(), Some(""));
}

/// A custom tag kind added in the brief panel is offered in the tag editor's Kind list.
#[test]
fn tag_editor_offers_custom_kinds() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let denial = tag_with_text(&h, "Moscow denied any involvement.");
    click(&mut h, Role::DisclosureTriangle, "Custom tag kinds");
    type_into(&mut h, "Name", "Denial");
    type_into(&mut h, "Colour", "#aa5500");
    click_button(&mut h, "Add kind");
    let kinds = &h.state().session().custom_kinds;
    assert_eq!(kinds.len(), 1);
    assert_eq!(kinds[0].name, "Denial");
    pick(&mut h, "Kind", "Denial");
    assert_eq!(body_of(&h, denial), TagBody::Custom { name: "Denial".into() });
    h.get_by_role_and_label(Role::Button, "Denial (1)");
}

// ------------------------------------------------------------------------------------------------
// 2. The actor editor

/// Rename, kind and aliases from the actor editor, selected by its entry in the tags panel.
#[test]
fn actor_editor_renames_changes_kind_and_removes_an_alias() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_new_actor(&mut h, "Kadri Saar", 0, "Kadri Saar");
    select_passage(&mut h, "Saar", 1);
    click_button(&mut h, "Actor");
    click_button(&mut h, "Kadri Saar (other, 1 mention)");
    tag_key_point(&mut h, "Moscow denied any involvement.");
    let saar = actor_named(&h, "Kadri Saar");
    assert_eq!(h.state().selected_actor(), None);
    click_button(&mut h, "Kadri Saar · other · 2");
    assert_eq!(h.state().selected_actor(), Some(saar));
    h.get_by_label("Actor: Kadri Saar (2 mentions)");

    // Rename: the old name stays as an alias.
    type_into(&mut h, "Name", "PM Kadri Saar");
    click(&mut h, Role::Button, "Rename");
    let actor = h.state().session().actor(saar).unwrap().clone();
    assert_eq!(actor.name, "PM Kadri Saar");
    assert!(actor.aliases.contains(&"Kadri Saar".to_owned()), "{:?}", actor.aliases);
    h.get_by_role_and_label(Role::Button, "PM Kadri Saar · other · 2");
    undo(&mut h);
    assert_eq!(h.state().session().actor(saar).unwrap().name, "Kadri Saar");
    h.get_by_role_and_label(Role::Button, "Kadri Saar · other · 2");

    // Kind.
    pick(&mut h, "Kind", "Person");
    assert_eq!(h.state().session().actor(saar).unwrap().kind, ActorKind::Person);
    h.get_by_role_and_label(Role::Button, "Kadri Saar · person · 2");
    undo(&mut h);
    assert_eq!(h.state().session().actor(saar).unwrap().kind, ActorKind::Other);

    // Remove the alias "Saar".
    assert_eq!(h.state().session().actor(saar).unwrap().aliases, ["Saar"]);
    click(&mut h, Role::Button, "Remove the alias Saar");
    assert!(h.state().session().actor(saar).unwrap().aliases.is_empty());
    undo(&mut h);
    assert_eq!(h.state().session().actor(saar).unwrap().aliases, ["Saar"]);
}

/// After a rename is undone, the Name field shows the actor's name again, so that pressing
/// Rename does not silently rename the actor back.
#[test]
fn actor_editor_name_field_follows_undo() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_new_actor(&mut h, "Kadri Saar", 0, "Kadri Saar");
    let saar = actor_named(&h, "Kadri Saar");
    type_into(&mut h, "Name", "PM Kadri Saar");
    click(&mut h, Role::Button, "Rename");
    undo(&mut h);
    assert_eq!(h.state().session().actor(saar).unwrap().name, "Kadri Saar");
    assert_eq!(h.get_by_label("Name").value().as_deref(), Some("Kadri Saar"));
}

/// A merge target picked for one actor is not carried over to the next actor shown: the list
/// says "choose…" again and Merge is disabled until a target is picked.
#[test]
fn actor_editor_forgets_the_merge_target_of_another_actor() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_new_actor(&mut h, "Dmitri Orlov", 0, "Dmitri Orlov");
    tag_new_actor(&mut h, "Orlov", 1, "Orlov");
    let dmitri = actor_named(&h, "Dmitri Orlov");
    click_button(&mut h, "Orlov · other · 1");
    pick(&mut h, "Merge into", "Dmitri Orlov");
    assert!(!h.get_by_role_and_label(Role::Button, "Merge").accesskit_node().is_disabled());
    // The analyst changes their mind and opens the other actor instead.
    click_button(&mut h, "Dmitri Orlov · other · 1");
    assert_eq!(h.state().selected_actor(), Some(dmitri));
    assert_eq!(h.get_by_role_and_label(Role::ComboBox, "Merge into").value().as_deref(), Some("choose…"));
    assert!(
        h.get_by_role_and_label(Role::Button, "Merge").accesskit_node().is_disabled(),
        "Merge would merge the actor into itself"
    );
}

/// An alias picked to split off one actor is not offered as the choice for the next actor shown.
#[test]
fn actor_editor_forgets_the_split_alias_of_another_actor() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_new_actor(&mut h, "Kadri Saar", 0, "Kadri Saar");
    select_passage(&mut h, "Saar", 1);
    click_button(&mut h, "Actor");
    click_button(&mut h, "Kadri Saar (other, 1 mention)");
    tag_new_actor(&mut h, "Dmitri Orlov", 0, "Dmitri Orlov");
    type_into(&mut h, "New alias", "Orlov");
    click(&mut h, Role::Button, "Add alias");
    let dmitri = actor_named(&h, "Dmitri Orlov");
    assert_eq!(h.state().session().actor(dmitri).unwrap().aliases, ["Orlov"]);
    click_button(&mut h, "Kadri Saar · other · 2");
    pick(&mut h, "Split off", "Saar");
    click_button(&mut h, "Dmitri Orlov · other · 1");
    assert_eq!(h.state().selected_actor(), Some(dmitri));
    assert_eq!(h.get_by_role_and_label(Role::ComboBox, "Split off").value().as_deref(), Some("an alias…"));
    assert!(h.get_by_role_and_label(Role::Button, "Split").accesskit_node().is_disabled());
}

/// Merging one actor into another and splitting an alias off again, both undoable.
#[test]
fn actor_editor_merges_and_splits_actors() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_new_actor(&mut h, "Dmitri Orlov", 0, "Dmitri Orlov");
    // "Orlov said the deployments…": tagged as a second actor by mistake.
    tag_new_actor(&mut h, "Orlov", 1, "Orlov");
    assert_eq!(h.state().session().actors.len(), 2);
    let dmitri = actor_named(&h, "Dmitri Orlov");
    let orlov = actor_named(&h, "Orlov");
    click_button(&mut h, "Orlov · other · 1");
    assert_eq!(h.state().selected_actor(), Some(orlov));

    pick(&mut h, "Merge into", "Dmitri Orlov");
    click(&mut h, Role::Button, "Merge");
    let session = h.state().session();
    assert_eq!(session.actors.len(), 1);
    assert_eq!(session.actor(dmitri).unwrap().aliases, ["Orlov"]);
    assert_eq!(session.mentions(dmitri).len(), 2);
    assert_eq!(h.state().selected_actor(), Some(dmitri), "the merged actor is selected");
    h.get_by_role_and_label(Role::Button, "Dmitri Orlov · other · 2");
    undo(&mut h);
    assert_eq!(h.state().session().actors.len(), 2);
    assert_eq!(h.state().session().mentions(orlov).len(), 1);
    redo(&mut h);
    assert_eq!(h.state().session().actors.len(), 1);

    // Split "Orlov" off again: a new actor with its mention.
    assert_eq!(h.state().selected_actor(), Some(dmitri));
    pick(&mut h, "Split off", "Orlov");
    click(&mut h, Role::Button, "Split");
    let session = h.state().session();
    assert_eq!(session.actors.len(), 2);
    let split = session.actors.iter().find(|a| a.id != dmitri).unwrap();
    assert_eq!(split.name, "Orlov");
    assert_eq!(session.mentions(split.id).len(), 1);
    assert_eq!(session.mentions(split.id)[0].text(), "Orlov");
    assert!(session.actor(dmitri).unwrap().aliases.is_empty());
    assert_eq!(session.mentions(dmitri).len(), 1);
    undo(&mut h);
    assert_eq!(h.state().session().actors.len(), 1);
    assert_eq!(h.state().session().mentions(dmitri).len(), 2);
}

// ------------------------------------------------------------------------------------------------
// 3. The tags panel: filter and reveal

/// The filter box narrows the entries; clicking an entry selects the tag and scrolls the article
/// to its passage.
#[test]
fn tags_filter_narrows_and_an_entry_reveals_its_passage() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let top = "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea";
    let bottom = "the next step could be a cable that carries electricity in the middle of winter";
    tag_key_point(&mut h, top);
    tag_key_point(&mut h, bottom);
    h.get(button_with("Finland and Estonia asked NATO"));
    h.get(button_with("the next step could be a cable"));

    type_into(&mut h, "Filter", "WINTER");
    assert_eq!(h.state().tag_filter(), "WINTER");
    assert!(h.query(button_with("Finland and Estonia asked NATO")).is_none());
    h.get(button_with("the next step could be a cable"));
    h.get_by_role_and_label(Role::Button, "Key points (1)");
    type_into(&mut h, "Filter", "no such words");
    assert!(h.query(button_with("the next step could be a cable")).is_none());
    type_into(&mut h, "Filter", "");
    leave_field(&mut h);
    h.get_by_role_and_label(Role::Button, "Key points (2)");

    // The first entry scrolls the article to the top; the last one back down to its passage.
    let (top_start, _) = nth(&h, top, 0);
    let (bottom_start, _) = nth(&h, bottom, 0);
    click_button_containing(&mut h, "Finland and Estonia asked NATO");
    assert_eq!(h.state().selected_tag(), Some(tag_with_text(&h, top)));
    assert!(on_screen(&h, top_start));
    assert!(!on_screen(&h, bottom_start), "the article is long enough to scroll");
    click_button_containing(&mut h, "the next step could be a cable");
    assert_eq!(h.state().selected_tag(), Some(tag_with_text(&h, bottom)));
    assert!(on_screen(&h, bottom_start), "the passage was scrolled into view");
    assert!(!on_screen(&h, top_start));
}

/// Every tag row fills the list's width, its citation drawn at the right edge: a long passage is
/// cut before the citation (which used to be cut off with it), and short rows line up with it.
#[test]
fn tags_list_rows_fill_the_width_with_the_citation_at_the_right() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let long = "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea";
    let short = "Moscow denied any involvement.";
    tag_key_point(&mut h, long);
    tag_key_point(&mut h, short);
    let long_row = h.get(button_with(&format!("{long} ¶4"))).rect();
    let short_row = h.get(button_with(&format!("{short} ¶7"))).rect();
    let filter = h.get_by_label("Filter").rect();
    assert!((long_row.right() - short_row.right()).abs() < 1.0, "{long_row:?} {short_row:?}");
    assert!(short_row.width() > filter.width(), "{short_row:?} fills the list, wider than {filter:?}");
}

// ------------------------------------------------------------------------------------------------
// 4. and 5. The brief panel forms

/// Brief details typed into the form reach the session and the brief.
#[test]
fn brief_details_form_sets_the_brief_metadata() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click(&mut h, Role::DisclosureTriangle, "Brief details");
    type_into(&mut h, "Title", "Baltic sabotage update");
    type_into(&mut h, "Analyst", "J. Analyst");
    type_into(&mut h, "For", "Director of Operations");
    type_into(&mut h, "Summary / BLUF", "Sabotage risk in the Baltic is rising.");
    type_into(&mut h, "Recommendation", "Ask for more patrols.");
    leave_field(&mut h);
    click(&mut h, Role::Button, "For decision");
    pick(&mut h, "Handling", Tlp::Red.label());

    let brief = h.state().session().brief.clone();
    assert_eq!(brief.title, "Baltic sabotage update");
    assert_eq!(brief.analyst, "J. Analyst");
    assert_eq!(brief.addressee, "Director of Operations");
    assert_eq!(brief.summary, "Sabotage risk in the Baltic is rising.");
    assert_eq!(brief.recommendation, "Ask for more patrols.");
    assert_eq!(brief.note_type, NoteType::ForDecision);
    assert_eq!(brief.handling, Handling::Tlp { level: Tlp::Red });

    // Classification instead of TLP: a text field replaces the list.
    click(&mut h, Role::Button, "Classification");
    assert_eq!(h.state().session().brief.handling, Handling::Classification { text: "UNCLASSIFIED".into() });
    type_into(&mut h, "Handling", "RESTRICTED");
    leave_field(&mut h);
    assert_eq!(h.state().session().brief.handling, Handling::Classification { text: "RESTRICTED".into() });

    click(&mut h, Role::DisclosureTriangle, "Brief details");
    assert_eq!(markdown_line(&mut h, "**RESTRICTED**"), "**RESTRICTED**");
    assert_eq!(markdown_line(&mut h, "# Baltic sabotage update"), "# Baltic sabotage update");
    let line = markdown_line(&mut h, "**FOR DECISION**");
    assert!(line.starts_with("**FOR DECISION** · To: Director of Operations · From: J. Analyst"), "{line}");
    assert_eq!(markdown_line(&mut h, "Sabotage risk"), "Sabotage risk in the Baltic is rising.");
    assert_eq!(markdown_line(&mut h, "Ask for more"), "Ask for more patrols.");
}

/// Source details typed into the Sources form reach the session and the brief's Sources line.
#[test]
fn sources_form_sets_the_source_metadata() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    click(&mut h, Role::DisclosureTriangle, "Sources");
    type_into(&mut h, "Title", "Cable cut report");
    type_into(&mut h, "Outlet", "Baltic Times");
    type_into(&mut h, "Author", "Jane Doe");
    leave_field(&mut h);
    pick(&mut h, "Reliability", Reliability::B.label());
    let meta = h.state().session().sources[0].meta.clone();
    assert_eq!(meta.title, "Cable cut report");
    assert_eq!(meta.outlet, "Baltic Times");
    assert_eq!(meta.author, "Jane Doe");
    assert_eq!(meta.reliability, Some(Reliability::B));

    click(&mut h, Role::DisclosureTriangle, "Sources");
    let line = markdown_line(&mut h, "- **S1**:");
    assert!(line.starts_with("- **S1**: Cable cut report. Baltic Times. Jane Doe."), "{line}");
    assert!(line.contains(". Reliability B (usually reliable). File: sample-article.txt."), "{line}");
}

// ------------------------------------------------------------------------------------------------
// 6. The find bar

#[test]
fn find_bar_counts_matches_and_moves_between_them() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let text = text_of(&h);
    let expected: Vec<usize> = text.to_lowercase().match_indices("nato").map(|(i, _)| i).collect();
    assert!(expected.len() >= 3, "the sample names NATO several times");
    let n = expected.len();

    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(h.get_by_label("Find:").is_focused(), "Ctrl+F puts the cursor in the find field");
    h.get_by_label("Find:").type_text("nato");
    h.run();
    h.get_by_label(&format!("1 of {n}"));
    let current = |h: &H| h.state().article().find.current_match().map(|r| r.start());
    assert_eq!(current(&h), Some(expected[0]));
    assert_eq!(
        h.state().article().find.matches.iter().map(|r| r.start()).collect::<Vec<_>>(),
        expected,
        "every match, case-insensitive"
    );

    click_button(&mut h, "Next");
    h.get_by_label(&format!("2 of {n}"));
    assert_eq!(current(&h), Some(expected[1]));
    assert!(on_screen(&h, expected[1]));
    click_button(&mut h, "Previous");
    click_button(&mut h, "Previous");
    h.get_by_label(&format!("{n} of {n}"));
    assert_eq!(current(&h), Some(expected[n - 1]), "Previous wraps to the last match");
    assert!(on_screen(&h, expected[n - 1]), "the last match is scrolled into view");

    // Enter in the field goes to the next match (wrapping to the first).
    h.get_by_label("Find:").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label(&format!("1 of {n}"));
    assert_eq!(current(&h), Some(expected[0]));

    type_into(&mut h, "Find:", "zeppelin");
    h.get_by_label("no matches");
    click_button(&mut h, "Close");
    assert!(!h.state().article().find.open);
    assert!(h.query_by_label("Find:").is_none());
}

// ------------------------------------------------------------------------------------------------
// 7. First start

/// With nothing to open and no recent files, the app opens the bundled sample with a hint.
#[test]
fn first_start_opens_the_sample_with_a_hint() {
    let fx = Fixture::new();
    let mut h = fx.app(None);
    let state = h.state();
    assert!(state.prefs().recent.is_empty());
    let session = state.session();
    assert_eq!(session.sources.len(), 1);
    assert_eq!(session.sources[0].meta.outlet, "Briefsmith sample");
    assert!(text_of(&h).starts_with("Baltic states seek NATO help"), "the bundled sample");
    assert!(!h.state().editor().is_dirty(), "nothing to save yet");
    assert_eq!(h.state().window_title(), "Untitled — Briefsmith");
    let hint = h.state().hint().map(str::to_owned).expect("a hint");
    assert!(hint.starts_with("Select text, then press A (actor)"), "{hint}");
    h.get_by_label(&hint);
    h.get_by_label_contains("S1 · ");

    // The hint goes once the analyst tags something.
    tag_key_point(&mut h, "Moscow denied any involvement.");
    assert!(h.state().hint().is_none());
    assert!(h.query_by_label(&hint).is_none());
}

// ------------------------------------------------------------------------------------------------
// 8. Export as HTML

#[test]
fn exports_the_brief_as_html() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    click(&mut h, Role::DisclosureTriangle, "Brief details");
    type_into(&mut h, "Title", "Baltic sabotage update");
    leave_field(&mut h);

    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let out = fx.path("brief.html");
    path_dialog(&mut h, &out, "Save");
    let html = std::fs::read_to_string(&out).expect("the brief was written");
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<html"), "{html}");
    assert!(html.contains("<title>Baltic sabotage update</title>"), "{html}");
    assert!(html.contains("<h1>Baltic sabotage update</h1>"), "{html}");
    assert!(html.contains("<li>Moscow denied any involvement. [¶7]</li>"), "{html}");
    assert!(!html.contains("## Key points"), "HTML, not Markdown");
    h.get_by_label_contains("Exported the brief to");
}

// ------------------------------------------------------------------------------------------------
// 9. The article's context menu

/// Right-clicking a selection offers the tagging commands; "Tag as key point" tags it.
#[test]
fn context_menu_tags_the_selection_as_a_key_point() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let passage = "Moscow denied any involvement.";
    select_passage(&mut h, passage, 0);
    let (start, end) = nth(&h, passage, 0);
    click_article_with(&mut h, start + 6, PointerButton::Secondary);
    assert_eq!(
        h.state().article().selected_range(),
        Some(ByteRange::between(start, end)),
        "the selection stays"
    );
    for kind in ["actor", "threat", "quote"] {
        h.get(button_with(&format!("Tag as {kind}")));
    }
    click_button_containing(&mut h, "Tag as key point");
    let session = h.state().session();
    assert_eq!(session.tags.len(), 1);
    assert_eq!(session.tags[0].body, TagBody::KeyPoint);
    assert_eq!(session.tags[0].text(), passage);
    assert!(h.query(button_with("Tag as key point")).is_none(), "closed");
}

// ------------------------------------------------------------------------------------------------
// 10. Source tabs

/// With two sources, the tabs switch the article shown, and tagging works on the shown one.
#[test]
fn source_tabs_switch_the_article() {
    let fx = Fixture::new();
    let mut h = fx.app(Some(&sample_article()));
    let second = fx.path("second.md");
    std::fs::write(&second, "# Second report\n\nThe IAEA warned of a serious risk at the plant.\n").unwrap();
    click_button(&mut h, "File");
    click_button(&mut h, "Add source…");
    path_dialog(&mut h, &second, "Open");
    let (s1, s2) = {
        let s = &h.state().session().sources;
        assert_eq!(s.len(), 2);
        (s[0].id, s[1].id)
    };
    assert_eq!(h.state().active_source(), Some(s2), "the new source is shown");

    click_button_containing(&mut h, "S1 · ");
    assert_eq!(h.state().active_source(), Some(s1));
    select_passage(&mut h, "Moscow denied any involvement.", 0);

    click_button_containing(&mut h, "S2 · ");
    assert_eq!(h.state().active_source(), Some(s2));
    assert!(h.state().article().selected_range().is_none(), "a selection belongs to its article");
    let text = h.state().session().sources[1].text().to_owned();
    let start = text.find("IAEA warned").unwrap();
    drag_select(&mut h, start, start + "IAEA warned".len());
    h.get_by_label("Article text").focus();
    h.key_press(Key::K);
    h.run();
    let session = h.state().session();
    assert_eq!(session.tags.len(), 1);
    assert_eq!(session.tags[0].source, s2);
    assert_eq!(session.tags[0].text(), "IAEA warned");
    // Citations name the source once there are several.
    h.get(button_with("IAEA warned S2 ¶"));
}

// ------------------------------------------------------------------------------------------------
// 11. Dropping a session file

/// A dropped session file opens, after the unsaved-changes prompt when there is work to lose.
#[test]
fn dropping_a_session_file_opens_it_after_the_unsaved_prompt() {
    let fx = Fixture::new();
    let saved_path = fx.path("dropped.brief.json");
    let saved = {
        let mut h = fx.app(Some(&sample_article()));
        tag_key_point(&mut h, "Moscow denied any involvement.");
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run();
        path_dialog(&mut h, &saved_path, "Save");
        assert!(!h.state().editor().is_dirty());
        h.state().session().clone()
    };

    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Finland has closed its airspace over the bases");
    let work = h.state().session().clone();
    drop_file(&mut h, &saved_path);
    h.get_by_label("Unsaved changes");
    click_button(&mut h, "Cancel");
    assert_eq!(h.state().session(), &work, "cancel keeps the work");
    assert!(h.state().path().is_none());

    drop_file(&mut h, &saved_path);
    click_button(&mut h, "Don't save");
    assert_eq!(h.state().session(), &saved);
    assert_eq!(h.state().path(), Some(saved_path.as_path()));
    assert!(!h.state().editor().is_dirty());
    h.get(button_with("Moscow denied any involvement. ¶"));

    // With nothing to lose, a dropped session opens at once.
    let other = fx.path("other.brief.json");
    std::fs::copy(&saved_path, &other).unwrap();
    drop_file(&mut h, &other);
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert_eq!(h.state().path(), Some(other.as_path()));
    assert_eq!(h.state().session().sources.len(), 1, "opened, not added as a source");
}

// ------------------------------------------------------------------------------------------------
// 12. User templates

/// A template in the templates folder is listed as the analyst's own; choosing it renders the
/// brief with it.
#[test]
fn template_picker_lists_and_uses_a_user_template() {
    let fx = Fixture::new();
    std::fs::create_dir_all(fx.path("templates")).unwrap();
    std::fs::write(
        fx.path("templates/desk-roundup.md.j2"),
        "{# Roundup for the Baltic desk #}\n\
         # Roundup: {{ brief.title }}\n\n\
         {% for k in key_points %}\n- {{ k.text }} ({{ k.cite }})\n{% endfor %}\n",
    )
    .unwrap();
    let mut h = fx.app(Some(&sample_article()));
    tag_key_point(&mut h, "Moscow denied any involvement.");
    assert_eq!(markdown_line(&mut h, "## Key points"), "## Key points", "the built-in briefing note");
    click(&mut h, Role::ComboBox, "Template");
    click(&mut h, Role::Button, "desk-roundup (yours)");
    assert_eq!(h.state().session().template, "desk-roundup");
    h.get_by_label("Roundup for the Baltic desk");
    let title = h.state().session().sources[0].meta.title.clone();
    assert_eq!(markdown_line(&mut h, "# Roundup: "), format!("# Roundup: {title}"));
    assert_eq!(markdown_line(&mut h, "- Moscow"), "- Moscow denied any involvement. (¶7)");
    assert!(h.query_by_label("## Key points").is_none());
    undo(&mut h);
    assert_eq!(h.state().session().template, "briefing-note");
    assert_eq!(markdown_line(&mut h, "## Key points"), "## Key points");
    assert!(h.query_all_by_label_contains("# Roundup: ").next().is_none());
}
