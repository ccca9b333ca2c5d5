//! People: titles, names, initials and particles, and what refers back to a person; the helpers the
//! other actor test files share. Every example is made up.

use super::*;
use crate::extract::tokens::tokenize;

pub(super) fn actors(text: &str) -> Vec<(String, ActorKind, Vec<String>)> {
    let tokenized = tokenize(text);
    find_actors(&tokenized).actors.into_iter().map(|a| (a.name, a.kind, a.aliases)).collect()
}

pub(super) fn names(text: &str) -> Vec<String> {
    actors(text).into_iter().map(|(name, _, _)| name).collect()
}

#[test]
fn title_and_name_make_a_person_and_surnames_merge() {
    let found = actors("President Joe Biden met allies. Later Biden said the talks went well.");
    assert_eq!(found.len(), 1);
    let (name, kind, aliases) = &found[0];
    assert_eq!(name, "Joe Biden");
    assert_eq!(*kind, ActorKind::Person);
    assert!(aliases.contains(&"President Joe Biden".to_owned()));
    assert!(aliases.contains(&"Biden".to_owned()));
}

#[test]
fn a_state_after_a_given_name_is_the_surname() {
    assert_eq!(names("Senator Lucia Montenegro said the talks were over."), ["Lucia Montenegro"]);
    // Not a state spoken to, after a verb.
    let found = names("Ana Ruiz told Chad's envoy the talks were over.");
    assert!(found.contains(&"Chad".to_owned()), "{found:?}");
}

#[test]
fn an_honorific_and_a_title_of_office_in_apposition_both_stand_before_the_name() {
    assert_eq!(names("The judge, Mrs Justice Helen Marsh, told the jury to ignore it."), ["Helen Marsh"]);
}

#[test]
fn a_number_spelt_out_opens_no_name() {
    let found = names("Thirteen Western embassies said in a joint statement that they were concerned.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_title_closing_a_headline_names_nobody_in_the_next_paragraph() {
    let found = names(
        "Pipeline damage 'deliberate', says Finnish minister\n\nDamage to a gas pipeline was caused \
         deliberately, the minister said.",
    );
    assert!(!found.contains(&"Damage".to_owned()), "{found:?}");
}

#[test]
fn names_keep_their_particles() {
    let found =
        names("Commission President Ursula von der Leyen met Mohammed bin Salman. Von der Leyen left.");
    assert_eq!(found, ["Ursula von der Leyen", "Mohammed bin Salman"]);
    // The joined Arabic article of South Asian names.
    let found = names("\"It is a battle every day,\" said one trader, Amir ur Rehman.");
    assert_eq!(found, ["Amir ur Rehman"]);
}

#[test]
fn honorific_with_surname_merges_with_full_name() {
    let found = names("British foreign minister Jack Straw spoke. Mr Straw said more.");
    assert_eq!(found, ["Jack Straw"]);
}

#[test]
fn lower_case_titles_and_nationality_prefixes() {
    let found = actors("Chinese leader Xi Jinping and South Korean President Yoon Suk Yeol met. Yoon left.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Xi Jinping", "Yoon Suk Yeol"]);
    assert!(found[1].2.contains(&"South Korean President Yoon Suk Yeol".to_owned()));
    assert!(found[1].2.contains(&"Yoon".to_owned()));
}

#[test]
fn a_lone_name_that_speaks_is_an_actor_of_the_kind_its_pronoun_shows() {
    let found = actors("Shipping giant Maersk said it would pause transits. Maersk ships turned back.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Maersk");
    assert_eq!(found[0].1, ActorKind::Organisation);
    let found = actors("A resident who gave his name only as Musa said he hid in the bush.");
    assert_eq!(found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(), [("Musa", ActorKind::Person)]);
    // A lone capitalised word that does not speak stays unproposed.
    assert!(names("Troops reached Zamfara before dawn.").is_empty());
}

#[test]
fn a_states_possessive_before_a_long_proper_name_is_not_part_of_it() {
    let found = actors(
        "Oslo blamed Norway's Coastal Defence Corps for the delay. The Coastal Defence Corps denied it.",
    );
    let corps: Vec<_> = found.iter().filter(|a| a.0.contains("Corps")).collect();
    assert_eq!(corps.len(), 1, "{found:?}");
    assert_eq!(corps[0].0, "Coastal Defence Corps");
    assert!(corps[0].2.iter().any(|alias| alias == "Norway's Coastal Defence Corps"), "{corps:?}");
    // A body the gazetteer knows is that entry, whichever of its names comes later.
    let found =
        actors("Iran's Islamic Revolutionary Guard Corps trained them. The Revolutionary Guards denied it.");
    let guards: Vec<_> = found.iter().filter(|a| a.0.contains("Revolutionary")).collect();
    assert_eq!(guards.len(), 1, "{found:?}");
    // A name that opens with an institution word keeps the state that tells it apart.
    let names = names("Britain's Ministry of Defence said nothing.");
    assert!(names.contains(&"Britain's Ministry of Defence".to_owned()), "{names:?}");
}

#[test]
fn a_name_whose_surname_is_cut_to_an_initial_is_a_person() {
    let found =
        names("One suspect, identified as Karl W. under privacy rules, was held. A second, Milan K., fled.");
    assert!(found.contains(&"Karl W.".to_owned()), "{found:?}");
    assert!(found.contains(&"Milan K.".to_owned()), "{found:?}");
}

#[test]
fn a_sponsor_before_a_hyphenated_attributive_is_no_part_of_the_name() {
    let found = names("Troops fought the Northern Front-backed Valley Liberation Army near the lake.");
    assert!(found.contains(&"Valley Liberation Army".to_owned()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("backed")), "{found:?}");
    let found = names("Fighters of the Kremlin-controlled Vell Legion reached the port on Monday.");
    assert!(found.contains(&"Vell Legion".to_owned()), "{found:?}");
}

#[test]
fn nationality_adjectives_alone_are_not_actors() {
    assert!(names("As many as 12,000 North Korean soldiers and Russian stockpiles.").is_empty());
}

#[test]
fn hyphenated_particles_stay_in_names_and_longer_names_win_over_the() {
    let found = names("Sudan's army chief, Gen Abdel Fattah al-Burhan, rejected talks.");
    assert!(found.contains(&"Abdel Fattah al-Burhan".to_owned()), "{found:?}");
    let found = names("The UN Security Council has called for a ceasefire.");
    assert_eq!(found, ["UN Security Council"]);
}

#[test]
fn name_sequences_need_to_look_like_names() {
    assert_eq!(names("He met Amitai Etzioni, a professor."), ["Amitai Etzioni"]);
    assert!(names("The Strategic Export Controls committee and New Labour thinking.").is_empty());
    assert!(names("They met at Camp David near Tiananmen Square during the Cold War.").is_empty());
}

#[test]
fn definite_titles_refer_back_to_their_person() {
    let found = actors("British Prime Minister Tony Blair spoke. Later the Prime Minister left.");
    assert_eq!(found.len(), 1);
    assert!(found[0].2.iter().any(|a| a == "the Prime Minister"));
}

#[test]
fn a_definite_title_before_its_holder_is_named_is_the_one_who_holds_it() {
    let text = "Police foiled a plot. The interior minister said an attack was prevented.\n\n\
                Interior Minister Jo Bell told reporters more.";
    let found = actors(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.iter().any(|a| a == "The interior minister"), "{found:?}");
    // Two holders of the title: neither.
    let text = "The foreign minister said talks failed.\n\nForeign Minister Jo Bell met Foreign \
                Minister Ana Ruiz.";
    let found = actors(text);
    assert!(
        found.iter().all(|(_, _, aliases)| !aliases.iter().any(|a| a == "The foreign minister")),
        "{found:?}"
    );
    // An unnamed holder introduced first is whom the title means.
    let text = "A minister said talks failed. The minister left.\n\nMinister Jo Bell stayed.";
    let found = actors(text);
    assert!(found.iter().all(|(_, _, aliases)| !aliases.iter().any(|a| a == "The minister")), "{found:?}");
}

#[test]
fn appositive_titles_introduce_people() {
    assert_eq!(names("Iran's new president, Hassan Rouhani, spoke."), ["Iran", "Hassan Rouhani"]);
}

#[test]
fn mentions_are_byte_ranges_on_char_boundaries() {
    let text = "Café owner 世界 said Président Emmanuel Macron met Russia’s envoy.";
    let tokenized = tokenize(text);
    let table = find_actors(&tokenized);
    for actor in &table.actors {
        for mention in &actor.mentions {
            assert!(mention.slice(text).is_some());
        }
    }
    assert!(table.actors.iter().any(|a| a.name == "Russia"));
}

#[test]
fn middle_initials_stay_in_the_name_and_merge_with_the_plain_name() {
    let found = actors("Maria T. Lopez arrived. Maria Lopez then left.");
    let people: Vec<&(String, ActorKind, Vec<String>)> =
        found.iter().filter(|(_, kind, _)| *kind == ActorKind::Person).collect();
    assert_eq!(people.len(), 1, "{found:?}");
    assert_eq!(people[0].0, "Maria T. Lopez");
}

#[test]
fn a_title_of_a_department_introduces_the_name_after_it() {
    assert_eq!(names("Secretary of Agriculture Ann Field visited a farm."), ["Ann Field"]);
    // The department may take "the" ("Minister of the Interior").
    assert_eq!(names("Minister of the Environment Tove Brannstrom opened the dam."), ["Tove Brannstrom"]);
    // Not after a title in lower case: a role in an organisation.
    let found = names("Ida Lund, president of the Academy of Baltic Studies in Riga, spoke.");
    assert!(found.iter().all(|n| n != "Baltic Studies"), "{found:?}");
    // A full name in apposition after the department's comma holds the title, however much the
    // department's last words look like a name.
    let found = names("The Director of Defence Media Operations, Jan Olsen, a major general, spoke.");
    assert_eq!(found, ["Jan Olsen"]);
}

#[test]
fn a_title_case_role_before_a_name_does_not_hide_the_name() {
    let found =
        names("The public spoke. New York City Public Advocate Trisha Jameson said the vote was fair.");
    assert!(found.iter().any(|n| n.ends_with("Trisha Jameson")), "{found:?}");
}

#[test]
fn a_capitalised_word_before_a_title_is_no_part_of_the_name_after_it() {
    let found = names("Assembly Majority Leader Rosa Delgado spoke first.");
    assert!(found.contains(&"Rosa Delgado".to_owned()), "{found:?}");
}

#[test]
fn a_surname_that_is_a_common_word_joins_its_person_when_it_speaks() {
    let tokenized = tokenize("Dana Small came too. Small, who attended the rally, said it hurt.");
    let table = find_actors(&tokenized);
    assert_eq!(table.actors.len(), 1);
    assert_eq!(table.mentions.len(), 2);
}

#[test]
fn a_department_with_a_connector_before_the_name_is_part_of_the_title() {
    let found = names("Deputy Secretary of Labor for Mine Safety Jo K. Bell said the shaft was closed.");
    assert_eq!(found, ["Jo K. Bell"]);
}

#[test]
fn a_lone_name_after_a_preposition_or_a_participle_does_not_speak() {
    let found = names("Fishermen in the port of Skarn said they saw it. A man speaking Welsh says he left.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_first_name_after_a_relative_of_someone_named_is_a_person() {
    let found = actors("Ivo Marn was freed. Marn's sister, Ana, said the family was relieved.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Ivo Marn", "Ana"]);
    assert_eq!(found[1].1, ActorKind::Person);
}

#[test]
fn a_lone_name_after_surname_is_a_person() {
    let found = actors("The captain, identified only by his surname Okoro, was charged.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("Okoro", ActorKind::Person));
}

#[test]
fn a_two_word_rank_written_with_a_hyphen_is_a_title() {
    let found = actors("Lieutenant-Colonel Ivo Marnet said the border was calm.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Ivo Marnet");
    assert!(found[0].2.contains(&"Lieutenant-Colonel Ivo Marnet".to_owned()), "{found:?}");
}

#[test]
fn a_rank_after_a_title_is_no_part_of_the_name() {
    let found = actors("Army spokesman Captain Ivo Marnet said the road was open.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Ivo Marnet");
}

#[test]
fn a_family_name_that_is_a_common_word_before_a_hyphenated_given_name() {
    let found = actors("Gen. Park Su-min, the air force chief, said the launch was tracked.");
    assert!(found.iter().any(|(n, k, _)| n == "Park Su-min" && *k == ActorKind::Person), "{found:?}");
    let found = actors("Song Ha-eun told reporters the talks had stalled.");
    assert!(found.iter().any(|(n, k, _)| n == "Song Ha-eun" && *k == ActorKind::Person), "{found:?}");
    // A place word before an ordinary capitalised word stays a place's name.
    let found = names("They met in Hyde Park on Monday.");
    assert!(found.iter().all(|n| !n.contains("Park")), "{found:?}");
    // A common word before the hyphen makes a compound, no given name.
    let found = names("The old Cold War-era radar was switched off.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_word_for_a_past_role_opening_a_sentence_is_no_part_of_a_name() {
    let found = names("Anchors did it. Former Coastal Guard officer Jan Smit said anchors cut the cable.");
    assert!(found.contains(&"Jan Smit".to_owned()), "{found:?}");
    assert!(!found.iter().any(|n| n.starts_with("Former")), "{found:?}");
    // Named only as where he served, the body is his affiliation, no actor; acting, it is one.
    assert!(!found.contains(&"Coastal Guard".to_owned()), "{found:?}");
    let found = names("Former Coastal Guard officer Jan Smit spoke. The Coastal Guard said it would help.");
    assert!(found.contains(&"Coastal Guard".to_owned()), "{found:?}");
}

#[test]
fn a_titled_name_before_a_built_things_noun_names_the_thing() {
    let found = names(
        "Drones struck the Sheikh Omar South field and the Emir Talal refinery, engineer Jan Smit said.",
    );
    assert_eq!(found, ["Jan Smit"]);
}

#[test]
fn a_police_rank_with_its_force_is_a_title() {
    let found = names("Inspector General of Police Ravi Menon said the road was shut.");
    assert_eq!(found, ["Ravi Menon"], "{found:?}");
    // A bracket naming the range may stand between the rank and the name.
    let found = names("Inspector General of Police (Eastern range) Ravi Menon said the road was shut.");
    assert_eq!(found, ["Ravi Menon"], "{found:?}");
}

#[test]
fn an_initial_may_open_a_name() {
    for text in [
        "Officials met.\n\nS. Varma said the road was shut.",
        "Officials met.\n\nInspector S. Varma said the road was shut.",
        "Officials met.\n\nSuperintendent of Police S. Varma said the road was shut.",
        "Officials met.\n\nInspector General of Police (Eastern range) S. Varma said the road was shut.",
    ] {
        let found = actors(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1), ("S. Varma", ActorKind::Person), "{text}");
    }
}

#[test]
fn a_states_official_before_a_name_describes_the_name() {
    let found = actors("North Korea's official Korean Central News Agency said the test went well.");
    let state = found.iter().find(|a| a.0 == "North Korea").expect("the state");
    assert!(!state.2.iter().any(|alias| alias.contains("official")), "{found:?}");
    assert!(found.iter().any(|a| a.0 == "Korean Central News Agency"), "{found:?}");
    // Before a lower-case word, a state's official is the state speaking.
    let found = actors("Iran's official said the talks would go on.");
    assert!(
        found.iter().any(|a| a.0 == "Iran" && a.2.iter().any(|alias| alias == "Iran's official")),
        "{found:?}"
    );
}

#[test]
fn a_name_given_only_as_one_word_is_a_persons() {
    let found = actors("The chemist, who asked to be identified only as Tarn for fear of reprisals, left.");
    assert_eq!(found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(), [("Tarn", ActorKind::Person)]);
    let found = actors("A worker who gave his name only as Dellow was flown home.");
    assert_eq!(
        found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(),
        [("Dellow", ActorKind::Person)]
    );
}

#[test]
fn a_lone_name_after_an_inverted_speech_verb_and_before_an_appositive_is_a_person() {
    let found = actors("\"The river is quiet,\" said Marisha, a 70-year-old baker.");
    assert_eq!(
        found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(),
        [("Marisha", ActorKind::Person)]
    );
    // Whom the words were told to is no speaker.
    assert!(names("\"The river is quiet,\" told Marisha, a baker, to the crowd.").is_empty());
}

#[test]
fn a_lone_name_with_an_age_in_apposition_is_a_person() {
    let found =
        actors("\"The nets were cut,\" said Oumar, 23, from Dakar, who asked that his surname be kept out.");
    assert!(found.iter().any(|a| a.0 == "Oumar" && a.1 == ActorKind::Person), "{found:?}");
    let found = actors("\"The fares doubled,\" said one rider, Ilze, 41, as she waited for a bus.");
    assert!(found.iter().any(|a| a.0 == "Ilze" && a.1 == ActorKind::Person), "{found:?}");
    // Counts in a list are no ages: a capital follows the number.
    let found = names("The toll rose in Vardenia, 4, Ostrava, 2, and Kelm, 7, officials said.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_ordinal_numeral_opens_a_units_name() {
    let found = names("Troops of the Army's 12th Infantry Battalion reached the valley.");
    assert!(found.contains(&"12th Infantry Battalion".to_owned()), "{found:?}");
}
