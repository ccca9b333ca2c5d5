//! The actor dialog's proposed kind and the app's export to Word and HTML, through the real UI.

use briefsmith::model::ActorKind;
use briefsmith::ui::Dialog;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::ui::{Fixture, click_button, select_passage};

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
