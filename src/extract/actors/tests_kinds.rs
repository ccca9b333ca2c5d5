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

#[test]
fn a_department_after_for_belongs_to_the_title() {
    let found = names("Secretary of State for Trade and Industry Ann Field said the site was safe.");
    assert_eq!(found, ["Ann Field"]);
}

#[test]
fn words_before_a_ministers_title_are_its_portfolio() {
    assert_eq!(names("Internal Affairs Minister Rui Costa called it terror."), ["Rui Costa"]);
    // Before another title, a body keeps its name.
    let found = names("Harbour Safety Committee Chairman Jo Bell resigned.");
    assert!(found.contains(&"Harbour Safety Committee".to_owned()));
}

#[test]
fn a_compass_region_after_the_head_is_part_of_the_name() {
    let found = names("Counter Terrorism Policing North East is leading the inquiry.");
    assert_eq!(found, ["Counter Terrorism Policing North East"]);
}

#[test]
fn a_head_in_another_language_opens_a_name_with_its_particles() {
    let found = actors(
        "Gunmen from the Cártel de la Sierra Verde torched two trucks. Officials said the \
                        Sierra Verde, which controls the roads, was to blame. The cartel, in a video \
                        posted online, denied it and said its fight was with the police.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Cártel de la Sierra Verde");
    assert!(found[0].1.contains(&"Sierra Verde".to_owned()));
    assert_eq!(names("The Policia Municipal has arrested two men."), ["Policia Municipal"]);
}

#[test]
fn a_name_before_a_noun_for_a_built_thing_is_no_actor() {
    assert!(names("The Ostra Link cable went dark on Monday.").is_empty());
}

#[test]
fn a_report_label_in_the_headline_is_no_name() {
    assert!(names("Threat Brief: Malware hits clinics\n\nThe clinics closed on Monday.").is_empty());
}

#[test]
fn an_appositive_noun_before_that_or_which_says_what_the_name_is() {
    let found = names("Suspicion has fallen on the Katiba Azraq, a splinter faction that broke away.");
    assert_eq!(found, ["Katiba Azraq"]);
    // "who" says it is a person, not a maker's name.
    let tokenized = tokenize("Ana Ruiz, a policy maker who advises the board, spoke.");
    let table = find_actors(&tokenized);
    assert!(table.actors.iter().all(|a| a.kind == ActorKind::Person));
}

#[test]
fn a_firm_met_again_by_its_leading_words_is_the_firm() {
    let found = actors(
        "Brantwell Mining, the listed company that runs the pit, said it was safe. \
                        Brantwell Mining shares fell.",
    );
    assert_eq!(found.len(), 1);
    let found = actors("Sable Cove Mining, a firm, said it was safe. Sable Cove shares fell.");
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains(&"Sable Cove".to_owned()));
}

#[test]
fn a_national_body_met_without_its_adjective_is_the_same_body() {
    let found = actors("The Finnish Coast Guard boarded the tanker. A Coast Guard officer said so.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Finnish Coast Guard");
}

#[test]
fn a_known_body_opening_a_longer_name_after_its_state_is_that_longer_name() {
    let found = names("Roe sits on the U.S. Senate Armed Services Committee.");
    assert_eq!(found, ["U.S. Senate Armed Services Committee"]);
}

#[test]
fn a_name_set_off_after_an_organisation_noun_is_the_noun_unless_a_role_comes_first() {
    let found =
        names("Officials pointed at a Sudanese militia, the Ashveil al-Jadid, which raids the border.");
    assert!(found.contains(&"Ashveil al-Jadid".to_owned()));
    // "a spokesman for the company, Jo Bell," is the spokesman's name.
    let found = actors("A spokesman for the company, Jo Bell, declined to comment.");
    assert!(found.iter().all(|(name, _, _)| name == "Jo Bell"));
}

#[test]
fn a_states_name_opening_a_name_an_organisation_noun_introduces_is_the_organisations() {
    let found = names("Mr Popa's party, Chad Nova, denied any role. Chad said nothing.");
    assert_eq!(found, ["Popa", "Chad Nova", "Chad"]);
}

#[test]
fn a_state_whose_own_body_acts_is_an_actor() {
    let found = names("Chad's navy said it had not been asked to help.");
    assert!(found.contains(&"Chad".to_owned()));
    let found = names("Bahrain's Centre for Cyber Defence confirmed the breach.");
    assert!(found.contains(&"Bahrain".to_owned()));
    // Named by its adjective, only when the article names the state too.
    let found = names("The crew were handed to the Yemeni coast guard.");
    assert!(!found.contains(&"Yemen".to_owned()));
    let found = names("The arms were bound for Yemen. The crew were handed to the Yemeni coast guard.");
    assert!(found.contains(&"Yemen".to_owned()));
    // Not for someone's affiliation, nor for a non-state group the state only possesses.
    let found = names(
        "Talks were held in Geneva, Switzerland, with Ambassador Jo Bell of the Swiss \
                       Ministry of Foreign Affairs.",
    );
    assert!(!found.contains(&"Switzerland".to_owned()));
    let found = names("Yemen's Houthi militia fired a missile.");
    assert!(!found.contains(&"Yemen".to_owned()));
}

#[test]
fn a_possessor_of_a_government_office_is_a_government() {
    let found = actors("Lorvik's governor, Alfo Zabal, declared three days of mourning.");
    assert_eq!(found[0].0, "Lorvik");
    let found = names("Norvia's Health Secretary, Iain Farr, called it cowardly.");
    assert_eq!(found, ["Norvia", "Iain Farr"]);
    // A secretary with no portfolio, or a firm's president, says nothing of a government.
    let found = names("Acme's secretary, Jo Bell, left. Acme's president, Ann Roe, said no.");
    assert_eq!(found, ["Jo Bell", "Ann Roe"]);
}
