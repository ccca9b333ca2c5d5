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

/// Each actor's name and kind.
fn kinds(text: &str) -> Vec<(String, ActorKind)> {
    find_actors(&tokenize(text)).actors.into_iter().map(|a| (a.name, a.kind)).collect()
}

#[test]
fn a_one_word_organisation_is_met_again_alone() {
    let found = actors(
        "The outage began at a contractor, Vantrix, on Friday. A Vantrix spokesperson declined to comment.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Vantrix");
    assert_eq!(found[0].2, 2);
}

#[test]
fn a_place_name_after_an_honorific_is_a_first_name() {
    assert_eq!(names("The panel heard Dr. Lima Okafor, a geologist."), ["Lima Okafor"]);
    assert_eq!(names("Ms Sydney Hale said the plan would fail."), ["Sydney Hale"]);
    // Without a name after it, the place stays a place.
    assert!(!names("Dr. Lima said nothing.").contains(&"Lima Okafor".to_owned()));
}

#[test]
fn a_capitalised_noun_for_people_at_a_sentence_start_names_nobody() {
    assert!(
        names("Detectives suspect a former worker. Survivors told reporters the gunmen fled.").is_empty()
    );
}

#[test]
fn a_name_after_a_noun_for_a_cell_party_or_cartel_is_an_organisation() {
    assert_eq!(
        names("A cell calling itself the Frente Azul Norte set off the blasts."),
        ["Frente Azul Norte"]
    );
    assert_eq!(names("Ms Lund leads a small party, Nova Terra, in the north."), ["Lund", "Nova Terra"]);
}

#[test]
fn a_department_after_for_belongs_to_the_title() {
    let found = names("Secretary of State for Trade and Industry Ann Field said the site was safe.");
    assert_eq!(found, ["Ann Field"]);
}

#[test]
fn words_before_a_ministers_title_are_its_portfolio() {
    assert_eq!(names("Territorial Affairs Minister Ana Lobo called it a crime."), ["Ana Lobo"]);
    // Before another title, a body keeps its name.
    let found = names("Harbour Safety Committee Chairman Jo Bell resigned.");
    assert!(found.contains(&"Harbour Safety Committee".to_owned()));
}

#[test]
fn a_compass_region_after_the_head_is_part_of_the_name() {
    let found = names("Coastal Policing South West opened an inquiry.");
    assert_eq!(found, ["Coastal Policing South West"]);
}

#[test]
fn a_head_in_another_language_opens_a_name_with_its_particles() {
    let found = actors(
        "Troops clashed with the Cártel del Valle Negro near the port. Officials said the Valle \
         Negro, which runs the docks, was to blame. The cartel, in a letter to a radio station, \
         denied it and said its quarrel was with the army.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Cártel del Valle Negro");
    assert!(found[0].1.contains(&"Valle Negro".to_owned()));
    assert_eq!(names("The Policia Municipal closed the square."), ["Policia Municipal"]);
}

#[test]
fn a_name_before_a_noun_for_a_built_thing_is_no_actor() {
    assert!(names("The Ostra pipeline was shut on Monday.").is_empty());
    // A modifier may stand before the noun.
    let found = names("Soldiers blocked the road to Osvaldo Reis international airport.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_report_label_in_the_headline_is_no_name() {
    assert!(names("Security Update: Malware hits clinics\n\nThe clinics closed on Monday.").is_empty());
}

#[test]
fn an_appositive_noun_before_that_or_which_says_what_the_name_is() {
    let found = names("Police blamed the Azraq Band, a small faction that operates in the hills.");
    assert_eq!(found, ["Azraq Band"]);
    // "who" says it is a person, not a maker's name.
    let tokenized = tokenize("Ana Ruiz, a policy maker who advises the board, spoke.");
    let table = find_actors(&tokenized);
    assert!(table.actors.iter().all(|a| a.kind == ActorKind::Person));
}

#[test]
fn a_firm_met_again_by_its_leading_words_is_the_firm() {
    let found = actors(
        "Orrin Mining, the listed company that runs the pit, said it was safe. Orrin Mining \
         shares fell.",
    );
    assert_eq!(found.len(), 1);
    let found = actors("Dunmore Gold Mining, a firm, said it was safe. Dunmore Gold shares fell.");
    assert_eq!(found.len(), 1);
    assert!(found[0].1.contains(&"Dunmore Gold".to_owned()));
}

#[test]
fn a_national_body_met_without_its_adjective_is_the_same_body() {
    let found = actors("The Finnish Coast Guard stopped a trawler. A Coast Guard officer said so.");
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
    let found = names("Officials blamed a border militia, the Ashveil al-Sharq, which raids farms.");
    assert!(found.contains(&"Ashveil al-Sharq".to_owned()));
    // "a spokesman for the company, Jo Bell," is the spokesman's name.
    let found = actors("A spokesman for the company, Jo Bell, declined to comment.");
    assert!(found.iter().all(|(name, _, _)| name == "Jo Bell"));
}

#[test]
fn a_states_name_opening_a_name_an_organisation_noun_introduces_is_the_organisations() {
    let found = names("Ms Lund's party, Chad Nova, won two seats. Chad said nothing.");
    assert_eq!(found, ["Lund", "Chad Nova", "Chad"]);
}

#[test]
fn a_state_whose_own_body_acts_is_an_actor() {
    let found = names("Chad's navy said its patrol boats were at sea.");
    assert!(found.contains(&"Chad".to_owned()));
    let found = names("Bahrain's Centre for Cyber Defence confirmed the breach.");
    assert!(found.contains(&"Bahrain".to_owned()));
    // Named by its adjective, only when the article names the state too.
    let found = names("The smugglers were passed to the Yemeni coast guard.");
    assert!(!found.contains(&"Yemen".to_owned()));
    let found =
        names("The rifles were bound for Yemen. The smugglers were passed to the Yemeni coast guard.");
    assert!(found.contains(&"Yemen".to_owned()));
    // Not for someone's affiliation, nor for a non-state group the state only possesses.
    let found = names(
        "Talks were held in Bern, Switzerland, with envoy Jo Bell of the Swiss Ministry of \
         Finance.",
    );
    assert!(!found.contains(&"Switzerland".to_owned()));
    let found = names("Yemen's Houthi militia fired a missile.");
    assert!(!found.contains(&"Yemen".to_owned()));
}

#[test]
fn a_possessor_of_a_government_office_is_a_government() {
    let found = actors("Lorvik's governor, Ines Marr, closed the schools.");
    assert_eq!(found[0].0, "Lorvik");
    let found = names("Norvia's Foreign Secretary, Ola Berg, called it reckless.");
    assert_eq!(found, ["Norvia", "Ola Berg"]);
    // A secretary with no portfolio, or a firm's president, says nothing of a government.
    let found = names("Acme's secretary, Jo Bell, left. Acme's president, Ann Roe, said no.");
    assert_eq!(found, ["Jo Bell", "Ann Roe"]);
}

#[test]
fn a_states_force_before_its_spokesperson_acts() {
    let found = names("Chad's military spokesman, Colonel Ines Marr, told reporters the border was calm.");
    assert_eq!(found, ["Chadian military", "Chad", "Ines Marr"]);
}

#[test]
fn a_state_named_with_its_possessive_before_its_embassy_abroad_is_an_actor() {
    let found = names("Chile's embassy in Nairobi said in a statement that the claim was false.");
    assert!(found.contains(&"Chile".to_owned()), "{found:?}");
    // By its adjective, the embassy speaks where it stands.
    let found = names("The Chilean embassy in Nairobi said in a statement that the claim was false.");
    assert!(!found.contains(&"Chile".to_owned()), "{found:?}");
}

#[test]
fn a_capitalised_word_before_a_plural_speech_verb_is_no_name() {
    let found = names("Boatmen say the tolls have doubled since spring.");
    assert!(found.is_empty(), "{found:?}");
    let found = names("Vantrix said the tolls had doubled since spring.");
    assert_eq!(found, ["Vantrix"]);
}

#[test]
fn a_base_named_with_a_site_word_is_a_place() {
    let found = names("Rockets landed near Mission Support Site Tarvik, and two hit the fence.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_company_form_after_a_firms_name_stays_part_of_it() {
    assert_eq!(
        names("Penang Cold Chain Sdn Bhd said on Monday that the cargo was inspected."),
        ["Penang Cold Chain Sdn Bhd"]
    );
    assert_eq!(names("Harbour Tugs Pty said its crews were safe."), ["Harbour Tugs Pty"]);
}

#[test]
fn a_nationality_before_counterintelligence_names_that_service() {
    let found = names("Estonian counterintelligence said the courier had been watched for a year.");
    assert!(found.iter().any(|n| n == "Estonian counterintelligence"), "{found:?}");
}

#[test]
fn a_capitalised_run_before_a_plural_noun_for_people_is_no_person() {
    let found = names("Senate Republican lawmakers said the bill was \"going nowhere.\"");
    assert!(!found.iter().any(|n| n.contains("Republican")), "{found:?}");
    // A name before such a noun is still a name.
    let found = names("Marta Quillan supporters said she would run again.");
    assert!(found.iter().any(|n| n == "Marta Quillan"), "{found:?}");
}

#[test]
fn a_state_s_force_before_an_irregular_past_verb_is_an_actor() {
    let found =
        find_actors(&tokenize("China's coast guard gave a starkly different account on Monday.")).actors;
    assert!(found.iter().any(|a| a.name == "Chinese coast guard"), "{found:?}");
    // "coast guard cooperation": the force describes a noun after it.
    let found = find_actors(&tokenize("Talks on China's coast guard cooperation resumed.")).actors;
    assert!(!found.iter().any(|a| a.name == "Chinese coast guard"), "{found:?}");
}

#[test]
fn a_name_called_one_of_a_plural_kind_is_of_that_kind_and_a_band_is_armed() {
    assert_eq!(
        kinds("Members of Los Halcones, one of the country's largest criminal gangs, attacked a post."),
        [("Los Halcones".to_owned(), ActorKind::ArmedGroup)]
    );
    assert_eq!(
        kinds("Orvik, one of the largest shipping companies, said the port was shut."),
        [("Orvik".to_owned(), ActorKind::Organisation)]
    );
    assert_eq!(
        kinds("Varo Ruiz, a criminal gang, said the port was shut."),
        [("Varo Ruiz".to_owned(), ActorKind::ArmedGroup)]
    );
    // One of a plural that is no kind of body leaves a person a person.
    assert_eq!(
        kinds("Ana Ruiz, one of the founders, said the port was shut."),
        [("Ana Ruiz".to_owned(), ActorKind::Person)]
    );
}

#[test]
fn a_legal_form_heads_a_firms_name_only_in_capitals() {
    // "Ag" inside a Tuareg name is a particle, no "AG" of a German firm.
    assert_eq!(
        kinds("\"We walked for days,\" said Hamadoun Ag Mohamed, a herder from the area."),
        [("Hamadoun Ag Mohamed".to_owned(), ActorKind::Person)]
    );
    assert_eq!(
        kinds("Vantrix AG said it would appeal."),
        [("Vantrix AG".to_owned(), ActorKind::Organisation)]
    );
}

#[test]
fn a_lone_name_given_an_age_in_a_longer_appositive_before_a_speech_verb_is_a_person() {
    let found = names(
        "Crowds gathered. Milena, a 34-year-old nurse who declined to give her surname, said she was tired.",
    );
    assert_eq!(found, ["Milena"]);
    // Without an age, a lone capitalised word before an appositive is not read as anyone.
    assert!(
        names("Crowds gathered. Milena, a nurse who declined to give her surname, said she was tired.")
            .is_empty()
    );
}

#[test]
fn an_acronym_described_as_a_body_names_that_body() {
    let found = names(
        "The men were held by the DKSV domestic intelligence agency, she said. Chad's national \
         anti-terrorism prosecutor's office (PNTC) opened an inquiry. The DKSV has warned of plots.",
    );
    assert_eq!(found, ["DKSV", "Chad", "PNTC"]);
    // A title or a topic in capitals is no body's name.
    assert!(names("Police met. The CEO office said it would study the COVID task force.").is_empty());
}

#[test]
fn a_name_a_group_noun_introduced_is_the_group_when_that_speaks() {
    // A name "group" introduced is "the group" when that speaks, as a gang's or a cell's is.
    let found = actors(
        "Leak\n\nA group calling itself Black Pine claimed the attack. The group said it had taken \
         data.",
    );
    assert!(found.iter().any(|(name, _, mentions)| name == "Black Pine" && *mentions == 2), "{found:?}");
    // A group that acts without speaking is not resolved by so vague a word.
    let found = actors(
        "Leak\n\nA group calling itself Black Pine claimed the attack. The group gave the firm a \
         week.",
    );
    assert!(found.iter().any(|(name, _, mentions)| name == "Black Pine" && *mentions == 1), "{found:?}");
}

#[test]
fn a_field_word_between_a_nationality_and_officials_keeps_the_state_acting() {
    for text in [
        "Iraqi security officials said the drone had flown in from the south.",
        "The Iraqi federal government said the drone had flown in from the south.",
    ] {
        assert_eq!(names(text), ["Iraq"], "{text}");
    }
    // One unnamed official is a person the quotation rules read, not the state by itself.
    assert!(names("A senior Iraqi security official said the drone was small.").is_empty());
}
