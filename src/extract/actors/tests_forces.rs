//! Armed forces, armed groups and their units, the ships and aircraft they act through, and the
//! vessels and treaties that are no actors. Every example is made up.

use super::tests::{actors, names};
use super::*;

#[test]
fn a_state_named_only_as_a_groups_possessor_is_no_actor() {
    let found = names("Yemen's Houthi militia fired two missiles at a tanker.");
    assert_eq!(found, ["Houthis"]);
    // Named in its own right too, the state stays.
    let found = names("Yemen's Houthi militia fired two missiles. Yemen said nothing.");
    assert!(found.contains(&"Yemen".to_owned()), "{found:?}");
}

#[test]
fn armed_forces_and_organisations() {
    let found =
        actors("The Russian military fired. The Finnish Defence Forces said NATO and the IAEA agreed.");
    let kinds: Vec<(&str, ActorKind)> = found.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
    assert_eq!(
        kinds,
        [
            ("Russian military", ActorKind::ArmedForces),
            ("Finnish Defence Forces", ActorKind::ArmedForces),
            ("NATO", ActorKind::InternationalOrg),
            ("International Atomic Energy Agency", ActorKind::InternationalOrg),
        ]
    );
}

#[test]
fn a_force_acts_through_its_ships_and_aircraft_but_not_its_support() {
    let found = names("A Vietnamese navy vessel shadowed the convoy for a day.");
    assert!(found.iter().any(|n| n.contains("navy")), "{found:?}");
    assert!(!names("Vietnamese military support grew.").iter().any(|n| n.contains("military")));
}

#[test]
fn a_group_known_as_a_name_is_that_organisation() {
    assert_eq!(names("Investigators blamed a gang known as Mirefox for the outage."), ["Mirefox"]);
    assert_eq!(names("The breach was the work of a group called Ashveil, the agency said."), ["Ashveil"]);
}

#[test]
fn a_command_is_an_armed_force() {
    let found = actors("U.S. Northern Command said its jets intercepted two aircraft.");
    assert!(
        found.iter().any(|(n, k, _)| n.contains("Northern Command") && *k == ActorKind::ArmedForces),
        "{found:?}"
    );
}

#[test]
fn a_regiment_of_rifles_is_an_armed_force() {
    let found = actors(
        "The Kessa Rifles seized 40 rifles near the border, a statement issued by the Kessa Rifles said.",
    );
    assert!(found.iter().any(|(n, k, _)| n == "Kessa Rifles" && *k == ActorKind::ArmedForces), "{found:?}");
}

#[test]
fn an_artillery_unit_or_a_squadron_is_an_armed_force_with_its_number() {
    let found = actors(
        "Soldiers of the 130th Field Artillery left for Kell on Monday, and the 7th Patrol Squadron followed.",
    );
    assert!(
        found.iter().any(|(n, k, _)| n == "130th Field Artillery" && *k == ActorKind::ArmedForces),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(n, k, _)| n == "7th Patrol Squadron" && *k == ActorKind::ArmedForces),
        "{found:?}"
    );
}

#[test]
fn a_vessel_named_after_its_noun_is_no_actor() {
    let found = names("The patrol ship KRN Storm Petrel ordered the trawlers to leave, the navy said.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_group_refers_back_to_the_latest_armed_group() {
    let found =
        actors("Fighters of the Valley Liberation Front seized the dam. The group said it would hold it.");
    let front = found.iter().find(|a| a.0 == "Valley Liberation Front").expect("the group");
    assert_eq!(front.1, ActorKind::ArmedGroup);
    assert!(front.2.iter().any(|alias| alias == "The group"), "{front:?}");
    // Only as the subject of a speech verb.
    let found = actors("Fighters of the Valley Liberation Front seized the dam. Later the group left it.");
    let front = found.iter().find(|a| a.0 == "Valley Liberation Front").expect("the group");
    assert!(!front.2.iter().any(|alias| alias == "the group"), "{front:?}");
}

#[test]
fn a_treaty_named_after_forces_is_no_actor() {
    let found = names("Both states left the Short-Range Nuclear Forces Treaty in 2019.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_states_army_in_common_words_joins_its_one_named_armed_force() {
    let found =
        names("The Sudanese Armed Forces took the town. The Sudanese army said the strike hit no civilians.");
    assert_eq!(found, ["Sudanese Armed Forces"]);
}

#[test]
fn a_peoples_possessive_stays_inside_a_forces_name_that_the_states_military_joins() {
    let found =
        names("Chile's military denied it. The Chile People's Defence Forces said the strike hit no one.");
    assert_eq!(found, ["Chile People's Defence Forces", "Chile"]);
}

#[test]
fn guards_a_rebel_army_a_full_name_after_a_title_a_numeral_and_a_pronoun_in_a_headline() {
    // A rebel army opening with a word of its own is not the state's army.
    let found = names("The Free Chilean Army attacked. The Chilean army said it repelled them.");
    assert!(found.contains(&"Chilean army".to_owned()), "{found:?}");
    // "President Jo Bell and Congress": a full name after a title stays a person.
    let found = names("President Jo Bell and Congress agreed on the budget.");
    assert!(found.contains(&"Jo Bell".to_owned()), "{found:?}");
    // A roman numeral after a name closes it; it is no name of its own.
    let found = names("Pastor Ivo Marn III asked the crowd to stand.");
    assert_eq!(found, ["Pastor Ivo Marn III"]);
    // "Their" is no part of a party's name.
    let found = names("Why The Elite Betrayed Their Party\n\nThe vote was close.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_flag_state_before_a_ship_is_no_actor() {
    let found = names("Coastguards boarded a Cook Islands-flagged trawler and a Belize-registered barge.");
    assert!(found.iter().all(|n| !n.contains("flagged") && !n.contains("registered")), "{found:?}");
    // The name after the flag is the ship's, no actor.
    let found = names("The Malta-registered Sea Lark was boarded off Lagos on Friday.");
    assert!(found.iter().all(|n| n != "Sea Lark"), "{found:?}");
}

#[test]
fn a_states_possessive_before_a_two_word_force_of_its_own() {
    let found =
        actors("Ruritania's Sacred Regiment moved north. The Sacred Regiment said the road was open.");
    let lancers: Vec<_> = found.iter().filter(|a| a.0.contains("Regiment")).collect();
    assert_eq!(lancers.len(), 1, "{found:?}");
    assert_eq!(lancers[0].0, "Sacred Regiment");
    // A force any state may have keeps the state in its name.
    let found = actors("Estonia's Defence Forces said the drill was over.");
    assert!(found.iter().any(|a| a.0 == "Estonia's Defence Forces"), "{found:?}");
}

#[test]
fn a_states_police_are_a_body_of_the_state_and_its_state_media_its_voice() {
    let found = actors(
        "Chilean police said on Monday they had arrested two men. Bolivian state media reported \
         the arrests.",
    );
    assert!(found.iter().any(|a| a.0 == "Chilean police"), "{found:?}");
    // State media speak for the state: an alias, as "Bolivian officials" is.
    let bolivia = found.iter().find(|a| a.0 == "Bolivia").expect("the state");
    assert!(bolivia.2.iter().any(|alias| alias == "Bolivian state media"), "{found:?}");
}

#[test]
fn a_name_after_a_merchant_vessel_noun_or_a_ship_class_is_a_vessel() {
    let text = "Estonian sailors boarded the tanker Coral Wind on Monday. The Aframax Sea Lark was \
                flagged to Gabon. Crew aboard BRP Tala Bay were safe, captain Jan Smit said.";
    let found = names(text);
    assert!(
        !found.iter().any(|n| n.contains("Coral") || n.contains("Lark") || n.contains("Tala")),
        "{found:?}"
    );
    assert!(found.contains(&"Jan Smit".to_owned()), "{found:?}");
    let found = names("Waves swept the deck of the Liberian-flagged bulk carrier Coral Dawn on Monday.");
    assert!(found.is_empty(), "{found:?}");
    // An airline stays one.
    let found = names("Passengers of the regional carrier Norrvik Air were stranded.");
    assert_eq!(found, ["Norrvik Air"]);
    let found = actors("The MV Coral Lark was boarded. Its owner, Vasilakis Maritime, lost contact.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("Vasilakis Maritime", ActorKind::Organisation));
}

#[test]
fn a_forces_unit_of_an_owner_in_the_possessive_ends_before_of() {
    let found = names("Strikes hit sites used by the Falcon Brigade of Syria's Republican Guard on Monday.");
    assert!(found.iter().any(|n| n == "Falcon Brigade"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("of Syria")), "{found:?}");
    // A bank of a country keeps its name before the possessive.
    let found = names("Officials at the Bank of England's markets desk said rates would hold.");
    assert!(found.iter().any(|n| n == "Bank of England"), "{found:?}");
}

#[test]
fn a_groups_name_without_group_or_a_hyphened_part_is_the_same_group() {
    let found = names(
        "Members of the Katiba Tolo-Varen Group raided the depot. The army blamed Katiba Tolo, \
         which said it would fight on.",
    );
    assert_eq!(found, ["Katiba Tolo-Varen Group"]);
}

#[test]
fn an_army_named_for_its_cause_is_an_armed_group() {
    let found = actors(
        "The Kell Liberation Army (KLA) claimed the attack. China's People's Liberation Army held drills. \
         The Ostland Army denied it.",
    );
    let kinds: Vec<(&str, ActorKind)> = found.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
    assert!(kinds.contains(&("Kell Liberation Army", ActorKind::ArmedGroup)), "{kinds:?}");
    assert!(kinds.contains(&("People's Liberation Army", ActorKind::ArmedForces)), "{kinds:?}");
    assert!(kinds.contains(&("Ostland Army", ActorKind::ArmedForces)), "{kinds:?}");
}

#[test]
fn a_states_revolutionary_or_republican_guard_stays_its_forces() {
    let found = actors("Iran's Revolutionary Guards seized a tanker. Iraq's Republican Guard moved north.");
    assert!(found.iter().all(|(_, k, _)| *k != ActorKind::ArmedGroup), "{found:?}");
}

#[test]
fn a_states_force_named_once_as_a_setting_takes_no_part() {
    let found = names("Prosecutors said Jan Orm, who had served in the Polish army, bought fuel.");
    assert_eq!(found, ["Jan Orm"]);
    let found = names("The British military's United Kingdom Maritime Trade Operations said a ship was hit.");
    assert!(!found.contains(&"British military".to_owned()), "{found:?}");
    // Acting, or named twice, it is an actor.
    assert_eq!(names("The Polish army said the drill was over."), ["Polish army"]);
    let found = names("Jan Orm served in the Polish army. The Polish army said he had left in 2019.");
    assert!(found.contains(&"Polish army".to_owned()), "{found:?}");
}

#[test]
fn a_name_no_list_knows_before_a_noun_for_forces_is_an_armed_force() {
    let found = actors(
        "Clashes\n\nOn Monday, Puntland security forces stormed the caves. Later, Vellmark troops shelled the town.",
    );
    let found: Vec<(&str, ActorKind)> = found.iter().map(|a| (a.0.as_str(), a.1)).collect();
    assert_eq!(
        found,
        [("Puntland security forces", ActorKind::ArmedForces), ("Vellmark troops", ActorKind::ArmedForces)]
    );
    // A common word, a word opening its sentence, or a word of a longer name, is none.
    assert!(actors("On Monday government forces advanced on the town.").is_empty());
    assert!(actors("Market forces pushed prices up.").is_empty());
    assert!(!names("The Harbour Front troops withdrew.").iter().any(|n| n == "Front troops"));
}
