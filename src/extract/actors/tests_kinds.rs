//! Names met again, first names after an honorific, and capitalised nouns for people that are
//! nobody's name. Every example is made up.

use super::*;
use crate::extract::tokens::tokenize;

fn actors(text: &str) -> Vec<(String, Vec<String>, usize)> {
    let tokenized = tokenize(text);
    find_actors(&tokenized).actors.into_iter().map(|a| (a.name, a.aliases, a.mentions.len())).collect()
}

fn names(text: &str) -> Vec<String> {
    actors(text).into_iter().map(|(name, _, _)| name).collect()
}

#[test]
fn a_one_word_organisation_is_met_again_alone() {
    let found = actors(
        "The attackers got in through a supplier, Vantrix, in May. A Vantrix spokesperson declined to comment.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Vantrix");
    assert_eq!(found[0].2, 2);
}

#[test]
fn a_place_name_after_an_honorific_is_a_first_name() {
    assert_eq!(names("We spoke to Dr. Sofia Grant, an expert on fire."), ["Sofia Grant"]);
    assert_eq!(names("Ms Sydney Hale said the plan would fail."), ["Sydney Hale"]);
    // Without a name after it, the place stays a place.
    assert!(!names("Dr. Sofia said nothing.").contains(&"Sofia Grant".to_owned()));
}

#[test]
fn a_capitalised_noun_for_people_at_a_sentence_start_names_nobody() {
    assert!(names("Detectives believe the man acted alone. Survivors said the gunmen fled.").is_empty());
}

#[test]
fn a_name_after_a_noun_for_a_cell_party_or_cartel_is_an_organisation() {
    assert_eq!(names("A cell calling itself the Frente Azul Norte set the fires."), ["Frente Azul Norte"]);
    assert_eq!(names("Mr Doran's party, Nova Terra, denied any role."), ["Doran", "Nova Terra"]);
}
