//! Tests of the many ways reporting words a threat (synonyms, other inflections, nominalisations,
//! a place taken, harm foretold, a block of headings), each with a made-up example.

use super::tests::threats;

/// The rule of the one threat proposed for `text`, or what was found instead.
pub(super) fn one_rule(text: &str) -> String {
    let found = threats(text);
    match found.as_slice() {
        [one] => one.rule.clone(),
        _ => format!("{} threats: {found:?}", found.len()),
    }
}

/// Asserts that each text gives exactly one threat, by the rule paired with it.
fn assert_one_rules(cases: &[(&str, &str)]) {
    for (text, rule) in cases {
        assert_eq!(one_rule(text), *rule, "{text}");
    }
}

#[test]
fn other_words_for_a_known_kind_of_threat_are_cues() {
    let cases = [
        ("Youths torched a police post near the border on Sunday.", "threat:cue:arson"),
        ("Rebels fired on a convoy of aid lorries outside the town.", "threat:cue:gunfire"),
        ("Two roadside bombs exploded near the market on Friday.", "threat:cue:bombing"),
        ("Pirates hijacked a bulk carrier off the coast on Friday.", "threat:cue:hostage"),
        ("The spyware was found on the phones of three reporters.", "threat:cue:cyber"),
        ("The men belonged to a smuggling ring that moved rifles across the lake.", "threat:cue:trafficking"),
        ("Detectives have disrupted a plot to kill an exiled editor.", "threat:cue:assassination"),
        ("Villagers described a campaign of intimidation before the vote.", "threat:cue:warning"),
        ("Fighters overran the hill post before dawn, witnesses said.", "threat:cue:territory-seizure"),
    ];
    assert_one_rules(&cases);
}

#[test]
fn weak_new_words_still_need_a_state_or_group() {
    // "raided", "reinforced", "militia" are weak: with a state or nationality they count…
    assert_eq!(threats("Russian units were reinforced along the border.").len(), 1);
    assert_eq!(threats("The Russian army raided three camps in the hills.").len(), 1);
    // … without one they are none.
    assert!(threats("Police raided a flat in the suburbs on Monday.").is_empty());
    // A trend of a kind of crime counted over years is no threat stated.
    assert!(threats("Kidnappings in the region fell sharply after navies increased patrols.").is_empty());
    // Of politics, sabotage is figurative.
    assert!(threats("The senator accused the party committee of sabotaging her campaign.").is_empty());
}

#[test]
fn a_town_road_or_base_taken_by_force_is_a_threat() {
    let found = threats("Fighters seized the airport and two bridges on Tuesday.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:territory-seizure"), "{found:?}");
    assert_eq!(found.first().map(|t| t.cue.as_str()), Some("seized the airport"));
    // A preposition before the place, or no place, is police work or a figure of speech.
    assert!(threats("Customs officers seized the cargo at the port.").is_empty());
    assert!(threats("The film captured the mood of the capital.").is_empty());
}

#[test]
fn harm_foretold_as_more_of_its_kind_is_a_warning() {
    assert_eq!(threats("Analysts expect a repeat attack on the pipeline within weeks.").len(), 1);
    assert_eq!(threats("The leaflets promised further bombings in the capital.").len(), 1);
    // Harm of the past told as background is not foretold.
    assert!(threats("An earlier attack on the pipeline was blamed on vandals.").is_empty());
}

#[test]
fn every_heading_line_before_the_body_proposes_nothing() {
    let text = "SITUATION REPORT\n\n\
                Drone strike on the depot: what we know\n\n\
                Prepared by the regional desk\n\n\
                Officials said a bomb exploded at the fuel depot on Monday.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Officials said"), "{found:?}");
    // A text of short lines alone keeps its last line as the body.
    let text = "Blast at the depot\n\nOfficials said a bomb exploded at the depot";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn common_wire_wording_of_force_and_danger_proposes_threats() {
    for sentence in [
        "Border guards exchanged fire with smugglers near the river crossing on Friday.",
        "A gun battle broke out between two clans in the market town.",
        "Militia fighters looted the clinic and two warehouses before withdrawing.",
        "Every hour the plant stays offline could cost lives, the regulator said.",
        "The embassy told its citizens to shelter in place until further notice.",
        "The commander said any ship entering the strait would be a legitimate target.",
        "The officers dissolved the government and closed the borders.",
        "The crew exploited a flaw in the firewall to reach the payroll system.",
        "Police said Hamas had hidden explosives in a tunnel under the road.",
        "Iran said its forces stood ready to deliver a crushing blow to any aggressor.",
    ] {
        assert_eq!(threats(sentence).len(), 1, "{sentence}: {:?}", threats(sentence));
    }
    // The weak ones need someone acting: looted art returned, explosives in a mine, are none.
    assert!(threats("The museum displayed looted art returned last year.").is_empty());
    assert!(threats("The quarry stores explosives in a locked bunker.").is_empty());
}

#[test]
fn a_subhead_in_the_body_proposes_nothing() {
    let text = "Port reopens after strike\n\n\
                Officials said the harbour reopened on Tuesday after a week of repairs.\n\n\
                SABOTAGE FEARS\n\n\
                Investigators said the cable was cut by an anchor dragged along the seabed.";
    let found = threats(text);
    assert!(found.iter().all(|t| !t.evidence.contains("SABOTAGE FEARS")), "{found:?}");
    // A live blog's entry heading above its entry: the entry is the threat.
    let text = "Live: unrest in the capital\n\n\
                Heavy gunfire near the barracks\n\n\
                Residents said heavy gunfire broke out near the main barracks before dawn.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Residents said"), "{found:?}");
    // A short line of speech whose full stop went missing is no subhead; nor is the last line.
    let text = "Border town on edge\n\n\
                Residents stayed indoors on Sunday.\n\n\
                The mayor told the crowd: \"Rebels will bomb the town tonight\"\n\n\
                Police closed the roads.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    let text = "Border town on edge\n\nResidents stayed indoors.\n\nRebels shelled the town overnight";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn an_explainers_question_over_its_answer_proposes_nothing() {
    let text = "Five questions on the Vell blockade\n\n\
                Officials said the harbour reopened on Tuesday after a week of repairs.\n\n\
                What is GPS jamming?\n\n\
                Jamming drowns out satellite signals so that receivers lose their position.\n\n\
                Is the blockade of Vell a turning point?\n\n\
                Analysts said the Kell Front had shown it could cut the capital off for weeks.";
    let found = threats(text);
    assert!(found.iter().all(|t| !t.evidence.ends_with('?')), "{found:?}");
    // A question set inside a paragraph of its answer is read as before.
    let text = "Why does it matter? Rebels shelled the town overnight, residents said.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn shells_and_ammunition_need_an_act_or_a_state() {
    // Munitions alone are weak: spent, found or run out of, they are no threat …
    assert!(threats("The guards ran out of ammunition before dawn.").is_empty());
    assert!(threats("Inspectors found fragments consistent with heavy artillery.").is_empty());
    // … moved by a state, or handed over, they are.
    assert_eq!(threats("Russia moved artillery to within 10 km of the border.").len(), 1);
    assert_eq!(threats("The report described deliveries of ammunition to the rebels.").len(), 1);
}

#[test]
fn a_vessel_named_by_its_type_is_no_threat() {
    let text = "A boarding team from the Royal Navy frigate HMS Valiant inspected the cargo.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // The same type with a hostile act of its own is kept.
    assert_eq!(threats("Russia sent two frigates towards the strait on Monday.").len(), 1);
}

#[test]
fn a_label_predicated_of_an_event_told_is_no_new_threat() {
    let text = "Russia moved heavy artillery to the border on Monday. A retired general said \
                the deployment could be a show of force aimed at the talks.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Russia moved"), "{found:?}");
    // A passive or a progressive after the reference is no label.
    let text = "Russia moved heavy artillery to the border on Monday. Villagers said the \
                rockets were smuggled in from abroad.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    let text = "Russia moved heavy artillery to the border on Monday. Villagers fled after \
                rumours that the militia was massing nearby.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    // The same label with no event told before is a threat of its own.
    let text = "A retired general said Russia staged a show of force on the border.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn a_weapon_that_strikes_is_an_attack() {
    assert_eq!(threats("A drone struck a fuel depot in the port overnight.").len(), 1);
    assert_eq!(threats("Two artillery rounds had struck the clinic by noon.").len(), 1);
    // A weapon with no strike, or a strike with no weapon, needs a state or group.
    assert!(threats("A drone hovered over the stadium during the match.").is_empty());
}

#[test]
fn plots_blockades_and_counted_executions_are_threats() {
    assert_eq!(one_rule("Detectives foiled a plot to blow up a power station."), "threat:cue:assassination");
    assert_eq!(one_rule("Rebels blockaded the only road into the valley."), "threat:cue:siege");
    assert_eq!(one_rule("The court heard that the unit executed 16 prisoners."), "threat:cue:executions");
    // Executing a plan is no execution of people.
    assert!(threats("The court heard that the unit executed the plan within a week.").is_empty());
    // Explosives planted are a bombing; explosives alone are none.
    assert_eq!(
        one_rule("Officials said militants had planted explosives on the bridge."),
        "threat:cue:bombing"
    );
    assert!(threats("The quarry stores explosives in a locked bunker.").is_empty());
}

#[test]
fn a_stand_of_resolve_is_no_threat_reported() {
    // A negated verb of resolve after "we" or "I", or in the passive, is the speaker's stand.
    assert!(
        threats("\"We will not let a few bandits hold the whole valley hostage,\" the governor said.")
            .is_empty()
    );
    assert!(threats("\"I do not negotiate with men who hold farmers hostage,\" the mayor said.").is_empty());
    assert!(
        threats("\"The terrorists and their sponsors will never be allowed to win,\" the ministry said.")
            .is_empty()
    );
    // Others' refusal is no stand of the speaker's: the hostages are still held.
    assert!(
        !threats("The gunmen would not let the ferry leave and held its crew hostage for two days.")
            .is_empty()
    );
}

#[test]
fn a_cue_word_naming_equipment_or_a_unit_is_no_event() {
    assert!(
        threats("Mexico's army said 14 assault rifles were missing from its armoury in Tepic.").is_empty()
    );
    assert!(threats("The suitcase was taken away by a bomb disposal team on Tuesday.").is_empty());
    assert!(threats("A bomb-disposal squad checked the car park before the match.").is_empty());
    // An effort against the danger.
    assert!(threats("In May, Tokyo suspended a 2019 military tension reduction pact with China.").is_empty());
    // A fear dismissed is no event either.
    assert!(
        threats(
            "The Russian Embassy said the charges against the engineer were \"a fresh bout of spy mania\" \
             and that Russia \"does not act against Estonia.\""
        )
        .is_empty()
    );
    assert_eq!(
        one_rule("A bomb exploded outside the tax office in Lindorf on Tuesday."),
        "threat:cue:bombing"
    );
    // A verb of the cue takes the noun as its object: "smuggling rifles" is smuggling.
    assert!(
        !threats("Officials said the Red Ridge Cartel had been smuggling rifles across the border.")
            .is_empty()
    );
}

#[test]
fn forces_pursuing_an_armed_group_are_a_response() {
    assert!(
        threats("Rwanda said its soldiers reached the port and pursued the bandits into the hills.")
            .is_empty()
    );
    assert!(threats("The group has been pushed out of most of its camps by Kenya's troops.").is_empty());
    // Forces massed at a border pursue no one.
    assert_eq!(
        threats("Russia moved troops closer to the border and pushed them forward on Friday.").len(),
        1
    );
}

#[test]
fn any_attempt_and_a_crackdown_are_no_threat_reported() {
    assert!(threats("Nigeria said it condemns any attempt to seize power by force.").is_empty());
    assert!(
        threats("The minister has led a crackdown on arms trafficking through the northern ports.")
            .is_empty()
    );
    assert!(
        threats("Samoa's police have led a crackdown on cocaine trafficking along the coast.").is_empty()
    );
    // An attempt reported is one; so is a crackdown on people.
    assert!(
        !threats("Belarus launched a violent crackdown on protesters in the capital on Sunday.").is_empty()
    );
    assert!(!threats("Gunmen made an attempt to seize the airport on Sunday, officials said.").is_empty());
}

#[test]
fn a_clause_dated_from_another_event_is_not_part_of_the_evidence() {
    let found = threats(
        "Elbonia fired two cruise missiles into the bay on Sunday, the navy said, days after its \
         leaders threatened the neighbours.",
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].evidence.ends_with("the navy said"), "{}", found[0].evidence);
}

#[test]
fn a_noun_of_denial_denies_the_cue_after_it() {
    assert!(
        threats(
            "The embassy repeated the ministry's denial that it had shipped ballistic missiles to the rebels."
        )
        .is_empty()
    );
    // "denial of service" names an attack.
    assert_eq!(threats("Hackers launched a denial of service attack on the ministry.").len(), 1);
}

#[test]
fn arms_bought_are_no_danger_stated() {
    assert!(threats("The minister said the country would buy more rocket launchers next year.").is_empty());
}

#[test]
fn a_denial_disputed_and_arms_bought_for_another_leave_the_danger() {
    assert_eq!(
        threats("Ruritania refused to accept Elbonia's denials that it was behind the car bombing.").len(),
        1
    );
    assert_eq!(
        threats("Critics warned of a buying spree for missiles that Elbonia could fire at its neighbour.")
            .len(),
        1
    );
}

#[test]
fn a_kind_in_question_is_no_event_stated() {
    assert!(threats("Analysts asked whether it was a new model of cruise missile.").is_empty());
    assert_eq!(threats("Elbonia fired a new model of cruise missile, and analysts asked why.").len(), 1);
}

#[test]
fn weapons_recovered_are_evidence_examined() {
    assert!(
        threats(
            "Experts counted how many foreign chips had been found in Belarusian drones shot down over Poland."
        )
        .is_empty()
    );
    assert!(threats("Investigators examined Belarusian drones recovered in Lithuania.").is_empty());
    assert_eq!(threats("Belarus delivered drones to the Sudanese army.").len(), 1);
}

#[test]
fn weapons_listed_in_a_haul_are_no_danger_stated() {
    assert!(
        threats("Three shotguns, a revolver, two grenades and some cash were seized from the boat.")
            .is_empty()
    );
    // The verb may come first; other cues of the sentence are read as before.
    let found = threats("Customs officers seized four pistols, a grenade and 500 rounds at the port.");
    assert!(found.iter().all(|t| !t.summary.contains("grenade")), "{found:?}");
    // Weapons used are still a threat, and "found" is no haul ("found him guilty of a bomb plot").
    assert_eq!(threats("Gunmen hurled grenades at the police post, killing two officers.").len(), 1);
    assert_eq!(threats("The court found Jo Bell, 27, guilty of a terrorist plot to bomb a market.").len(), 1);
}

#[test]
fn plural_rankings_plots_mines_and_illicit_arms_are_cues() {
    let cases = [
        (
            "Graft in the ports is among the gravest threats to national security, the admiral said.",
            "threat:cue:assessment",
        ),
        ("The cell was planning serial blasts at bus stations before the holiday.", "threat:cue:bombing"),
        ("Militaries nearby have learned that coups can pay, one scholar said.", "threat:cue:coup"),
        ("A careless convoy could endanger the hostages, the mediator said.", "threat:cue:risk-to-life"),
        ("Guards who objected had been threatened with transfer or arrest.", "threat:cue:risk-to-life"),
        ("Inspectors found a crate of illicit firearms hidden under rice sacks.", "threat:cue:trafficking"),
        ("The ring worked with drug traffickers who use the islands as a depot.", "threat:cue:trafficking"),
        ("Villagers say soldiers laid mines along the orchard path last spring.", "threat:cue:mines"),
        ("The crew left backdoors on eleven mail servers at the ministry.", "threat:cue:cyber"),
    ];
    assert_one_rules(&cases);
    // "blasts" as a verb of criticism is no explosion.
    assert!(threats("The senator blasts the mayor over the budget in a new video.").is_empty());
}

#[test]
fn plots_by_their_aim_drug_hauls_surveillance_and_steered_migrants_are_cues() {
    let cases = [
        ("Police have foiled several potentially lethal plots this year.", "threat:cue:terrorism"),
        ("Two brothers plotted an attack on a concert hall in Kessa.", "threat:cue:terrorism"),
        ("The gang shipped three tonnes of cocaine through the port.", "threat:cue:trafficking"),
        ("The ring laundered the proceeds via shell firms.", "threat:cue:trafficking"),
        ("One suspect carried out surveillance of the reporter's home for weeks.", "threat:cue:espionage"),
        ("Kessa says Vell is steering migrants toward two rural crossings.", "threat:cue:hybrid"),
        // More wording: allegiance pledged to a group, sway sought, access kept for later, a known
        // flaw exploited, launch preparations seen, an attack planned.
        ("A teenager posted a clip pledging allegiance to the Islamic State group.", "threat:cue:terrorism"),
        ("Russia made attempts to influence opinion before the local elections.", "threat:cue:influence"),
        (
            "Officials said the Kell Liberation Front was pre-positioning inside water systems.",
            "threat:cue:intrusion",
        ),
        ("The crew was exploiting a known vulnerability in old routers.", "threat:cue:intrusion"),
        ("Satellite images show launch preparations at the coastal pad.", "threat:cue:missile"),
        ("Officers foiled a planned attack on the stadium.", "threat:cue:attack"),
        // Maritime and energy wording: foreigners held as leverage, cargo moved between ships at
        // sea by an actor, a spill feared, crude stolen from pipelines.
        (
            "Rights groups say Kessa keeps detaining foreign nationals to win concessions.",
            "threat:cue:detention",
        ),
        ("Russia moved the cargo in ship-to-ship transfers off the cape.", "threat:cue:sanctions-evasion"),
        ("Divers fear an oil spill near the reef.", "threat:cue:risk"),
        ("Oil thieves drill into the pipeline at night.", "threat:cue:oil-theft"),
    ];
    assert_one_rules(&cases);
    // Aid pre-positioned, with no one acting against anyone, is none.
    assert!(threats("The charity pre-positioned food and water before the storm.").is_empty());
    // A plot of land, and surveillance alone, are none.
    assert!(threats("The farmer sold a plot of land near the river.").is_empty());
    assert!(threats("The shop installed surveillance cameras last year.").is_empty());
}

#[test]
fn a_danger_posed_and_people_put_at_risk_are_assessments() {
    let cases = [
        (
            "Drifting ice near the pier poses a serious risk to coastal shipping, the agency said.",
            "threat:cue:assessment",
        ),
        ("Forcing the gate puts technicians, drivers and passers-by at risk.", "threat:cue:risk-to-life"),
        (
            "The smugglers' route placed the whole convoy in danger, the captain said.",
            "threat:cue:risk-to-life",
        ),
        ("The envoy warned that the raiders would pay a heavy price for the ambush.", "threat:cue:warning"),
        (
            "Analysts assess that Iran will continue to target dissidents living abroad.",
            "threat:cue:targeting",
        ),
    ];
    assert_one_rules(&cases);
    // Two words joined by "and" may describe the danger; "represent" poses it too.
    for text in [
        "Drifting ice poses a serious and growing risk to coastal shipping.",
        "The decree said criminal gangs continued to represent a grave and imminent threat to the state.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}");
    }
    // A campaign that targets voters is politics.
    assert!(threats("The Halden Action Fund plans to target rural voters with radio ads.").is_empty());
    // Negated, nothing is posed.
    assert!(threats("The old dam poses no risk to the town, engineers said.").is_empty());
}

#[test]
fn a_danger_not_observed_or_a_quantity_measured_is_no_threat() {
    assert!(threats("So far we have not observed the Tern group deploying destructive malware.").is_empty());
    assert!(
        threats("Norvik Pipelines said its control room saw an abnormal pressure reading at 3 a.m.")
            .is_empty()
    );
    // Not seen since an attack, the attack stands.
    assert_eq!(threats("Two guards have not been seen since the car bombing at the depot.").len(), 1);
}

#[test]
fn plots_foiled_attacks_promised_and_data_stolen_are_cues() {
    let cases = [
        (
            "Police said they had foiled plots against two ferry terminals this year.",
            "threat:cue:assassination",
        ),
        ("The Red Reed Front warned that it would continue to attack grain convoys.", "threat:cue:targeting"),
        ("The crew stole large volumes of turbine design data from the plant.", "threat:cue:cyber"),
    ];
    assert_one_rules(&cases);
}

#[test]
fn a_talk_about_threats_and_a_danger_said_to_be_made_up_are_no_threats() {
    assert!(
        threats("For years the annual threat speech by Norway's police chief followed one script.")
            .is_empty()
    );
    assert!(
        threats("\"The agency is inventing Russian saboteurs to win a bigger budget,\" the embassy wrote.")
            .is_empty()
    );
}

#[test]
fn incendiary_devices_are_arson() {
    assert_eq!(
        one_rule("Parcels holding incendiary devices caught fire at two depots in May."),
        "threat:cue:arson"
    );
}

#[test]
fn common_security_words_missing_before_are_cues() {
    let cases = [
        ("Two loitering munitions hit a fuel depot near the port overnight.", "threat:cue:bombing"),
        ("A knife attack at the station left two guards wounded.", "threat:cue:gunfire"),
        ("Inspectors said a chemical attack on the village was likely.", "threat:cue:wmd"),
        ("The crew used a zero-day flaw in the mail gateway to get in.", "threat:cue:cyber"),
        ("Tankers of the shadow fleet loaded crude off the cape at night.", "threat:cue:sanctions-evasion"),
        ("The junta declared martial law across the northern provinces.", "threat:cue:coup"),
        ("Three schools were emptied after a wave of bomb threats on Monday.", "threat:cue:warning"),
        ("Officials warned of foreign interference in the coming vote.", "threat:cue:influence"),
    ];
    assert_one_rules(&cases);
}

#[test]
fn more_common_security_words_are_cues() {
    let cases = [
        ("Sniper fire pinned the convoy down outside the town for an hour.", "threat:cue:gunfire"),
        ("A truck bomb tore through the market at noon.", "threat:cue:bombing"),
        ("Ruritania tested a hypersonic glide vehicle over the sea.", "threat:cue:missile"),
        ("Police found ricin in a flat used by the cell.", "threat:cue:wmd"),
        ("The crew mounted a supply-chain attack on a billing vendor.", "threat:cue:cyber"),
        ("Investigators uncovered mass graves near the old quarry.", "threat:cue:abuse"),
        ("The navy imposed a naval blockade on the island's ports.", "threat:cue:siege"),
    ];
    assert_one_rules(&cases);
}

#[test]
fn a_harm_said_to_be_possible_is_an_assessment() {
    for sentence in [
        "The agency said the group could disrupt water treatment at small plants.",
        "A single collision in the narrow channel could cause a costly oil spill, the pilot said.",
        "The group could also have been able to cripple the terminal's cranes.",
        "Analysts warn the conflict could spread.",
        "Aid workers said the cholera outbreak might spread to the camps.",
    ] {
        let found = threats(sentence);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        assert_eq!(found[0].rule, "threat:cue:assessment", "{sentence}");
    }
    // Negated, a possibility of the calendar, or a harm of no kind: none.
    for sentence in [
        "The strike could not disrupt the port, the union said.",
        "In May the council could vote on the plan.",
        "The new rules could cause some confusion at first.",
        "The rumour could spread quickly online.",
        "The conflict could not spread beyond the valley.",
    ] {
        assert!(threats(sentence).is_empty(), "{sentence}");
    }
}

#[test]
fn a_plot_to_overthrow_a_government_and_a_homemade_bomb_are_cues() {
    let found = threats("Police held six men suspected of plotting to violently overthrow the government.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats("Officers found a homemade explosive device in the flat of one suspect.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_inquiry_or_money_the_cue_names_is_no_threat() {
    // "a war crimes investigation": the cue names the inquiry into an act told elsewhere.
    let text = "Prosecutors in Vell have opened a war crimes investigation.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // "a war chest" is money.
    let text = "\"Every tanker we stop is money that does not reach the Kremlin's war chest,\" the \
                minister told reporters in Oslo.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn attackers_stopped_in_the_passive_are_a_response() {
    let text = "Sixteen terrorists had been killed in the operation, the army said.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // Attackers who kill are the threat.
    let text = "Sixteen terrorists killed four guards at the depot, the army said.";
    assert!(!threats(text).is_empty());
}

#[test]
fn a_threat_of_force_in_stock_wording_is_a_warning() {
    for sentence in [
        "The general said the armed forces would \"respond without hesitation\" to any violation.",
        "\"We will respond at a time and in a manner of our choosing,\" the minister said.",
        "The militia warned that foreign troops would have no safe place in the country.",
        "Ostland warned it would take military-technical measures if the missiles were deployed.",
        "Those who play with fire will get burned, the ministry said of the separatists.",
    ] {
        let found = threats(sentence);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        assert_eq!(found[0].rule, "threat:cue:warning", "{sentence}");
    }
    // A measure taken against a social ill is no threat of force.
    assert!(threats("The council took resolute measures against litter in the park.").is_empty());
}

#[test]
fn a_death_sentence_is_a_detention_threat() {
    let found =
        threats("Jo Karsten, a dual national, was sentenced to death in March after a one-day trial.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:detention");
}

#[test]
fn a_negated_verb_of_posing_or_taking_part_denies_the_danger() {
    assert!(
        threats("The command said the launch did not pose \"an immediate threat\" to its bases.").is_empty()
    );
    assert!(threats("Moscow has said its advisers in Ostland do not take part in combat.").is_empty());
    // A negation before another verb leaves a later cue alone.
    let found = threats("The rebels did not take the town, but they shelled the market.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_war_of_commerce_and_seizing_on_a_report_are_no_threats() {
    for text in [
        // Real states, so that a weak cue would have an actor to anchor it.
        "Canada's premier called the US move an economic war against the valley.",
        "Asked whether Canada was ready for a long trade war with the United States, the minister smiled.",
        "The Kremlin seized on the report to mock Washington.",
        "Russia's budget is \"a war on pensioners\", Jo Karsten said.",
        "Thailand declared a \"war on phone-scam gangs\" in its first month.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // A war of arms keeps its danger.
    assert_eq!(threats("The Vell Liberation Army said its war against the state would go on.").len(), 1);
}

#[test]
fn a_cue_inside_a_name_does_not_take_a_ranking_s_danger_away() {
    let found = threats(
        "The head of the National Counter Terrorism Agency said radicalisation remained \"the most \
         serious threat to our national security\".",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_person_shot_dead_or_gunned_down_is_an_attack_without_a_named_attacker() {
    for text in [
        "The school's guard, Mallam Tanko Bello, was shot dead as he tried to lock the gate.",
        "A village chief was gunned down outside his home in Kell on Sunday.",
    ] {
        assert_eq!(one_rule(text), "threat:cue:gunfire", "{text}");
    }
}

#[test]
fn stock_threats_of_force_and_of_being_targeted_are_cues() {
    for text in [
        "The Vell Front warned that any driver who carries fuel would be considered a target.",
        "Ghana said it would respond \"in a proportionate manner\" to the expulsion.",
        "The alliance said it stood ready to deploy \"all necessary means\" to defend its members.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}: {:?}", threats(text));
    }
}

#[test]
fn an_offensive_of_persuasion_a_teachers_strike_and_a_denied_coup_are_no_threats() {
    for text in [
        "None of this needs a diplomatic offensive against China, which would only feed its charm offensive.",
        "The Nigeria Union of Teachers said its members would begin an indefinite strike next Monday.",
        "Nigeria's health union announced a strike over promotion arrears.",
        "Burkina Faso's minister appeared on the radio, which was back on air, to deny reports of a coup.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // An offensive of arms keeps its danger.
    assert_eq!(threats("Russia launched a spring offensive against Ukrainian positions near Vell.").len(), 1);
}

#[test]
fn new_cue_words_of_preparation_threats_and_drones_propose_threats() {
    for text in [
        "Senator Jo Karsten received a handwritten letter threatening to \"torch the office\".",
        "Officers found a bomb-making manual in a flat in Vell.",
        "The suspects are accused of hiding a cache of firearms in a barn near Vell.",
        "The embassy of Ruritania warned that Elbonia would \"bear all consequences\" of the visit.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}: {:?}", threats(text));
    }
    let found = threats("Armenia recorded flights of unmanned aerial vehicles over its positions near Vell.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.contains("unmanned aerial vehicles"), "{found:?}");
    // A threat to do no harm ("threatening to resign") stays a weak cue.
    assert!(threats("Jo Karsten sent a letter threatening to resign over the bill.").is_empty());
}

#[test]
fn a_vow_of_forceful_measures_and_a_death_threat_on_a_condition_are_warnings() {
    for text in [
        "The Ruritanian foreign ministry vowed \"resolute and forceful measures\" in response to the sale.",
        "A caller demanding 50,000 euros warned that the boy would be killed if the family went to police.",
    ] {
        let found = threats(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].rule, "threat:cue:warning", "{text}");
    }
}

#[test]
fn a_threat_to_strike_over_pay_is_labour_not_force() {
    let text = "France's tram crews, who walked out last spring, have threatened to strike over pay.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // A threat to strike a target stays one.
    let text = "The Vell Front has threatened to strike the capital again.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn force_on_crowds_blocked_roads_shutdowns_and_visa_bans_are_cues() {
    for text in [
        "Riot police used pepper spray and batons to push back protesters at the palace gates.",
        "Police fired tear gas at demonstrators outside the parliament in Vell.",
        "Hundreds of villagers blocked the main road to the mine on Tuesday, burning tyres.",
        "Bangladesh's opposition has called a two-day nationwide shutdown from Sunday.",
        "Kazakhstan kept mobile internet blocked across the western region for a second day.",
        "The United States said it would impose visa restrictions on anyone undermining the vote.",
        "Moldova sent a special forces battalion to the border town of Vell.",
        "Russia said it would respond appropriately if the trawler's crew were held.",
        "A rally in the capital last year ended in arson, looting and two deaths.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}: {:?}", threats(text));
    }
    // The weak ones need someone acting: a road blocked by snow, a ban no one imposes.
    assert!(threats("Snowdrifts blocked the main road over the pass for a day.").is_empty());
    assert!(threats("The guide explains how travel bans work for tourists.").is_empty());
}

#[test]
fn a_report_called_false_after_the_cue_is_no_threat() {
    for text in [
        "A report on social media that Venezuelan gunboats had fired on a Guyanese patrol was false, \
         both governments said.",
        "Claims that Russian special forces had been flown into Nuuk were untrue, according to Denmark.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // A false pretext or a false flag is no denial of the attack.
    assert_eq!(threats("Russia invaded Ukraine on a false pretext in 2022.").len(), 1);
}

#[test]
fn alerts_bomber_patrols_counter_offensives_and_stock_warnings_are_cues() {
    for text in [
        "Tajikistan said units in the border district had been placed on heightened alert.",
        "Russia had resumed long-range bomber patrols close to Norwegian airspace.",
        "Haitian police launched a counter-offensive against the gangs in the capital.",
        "An accidental clash on the river crossings is now likelier than ever, analysts said.",
        "Pakistan told Kabul that its patience is not unlimited.",
        "Kazakhstan's interior ministry said it would use every lawful measure, including force if necessary.",
        "Venezuela said it would defend every centimetre of its territory.",
        "Nepal's election body said doctored audio clips of candidates were spreading online.",
        "Ecuador reported a series of cocaine seizures in fruit containers leaving the port.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}: {:?}", threats(text));
    }
    // The weak ones need someone acting: a reader's patience, a chess player's counter-offensive.
    assert!(threats("The novel's slow middle shows that a reader's patience is not unlimited.").is_empty());
}

#[test]
fn a_cue_someone_studies_or_calls_low_is_no_threat() {
    for text in [
        "\"It is a message,\" said Jo Bell, a fellow at the Kell Institute who has written extensively on Iraq's armed groups.",
        "Ana Orm, who studies militias in Iraq, spoke at the event.",
        "The Arctic was long a zone of low tension between Russia and Norway.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // Armed groups that act are still a threat, and so is a tension that is not low.
    assert_eq!(threats("Iraq's armed groups have written threats on the walls of the base.").len(), 1);
    assert_eq!(threats("Tension between Russia and Norway rose sharply.").len(), 1);
}

#[test]
fn a_fight_for_a_prize_or_in_a_simile_and_a_danger_avoided_are_no_threat() {
    assert!(
        threats("\"The Ostland Union is fighting for its survival as a credible body,\" the envoy said.")
            .is_empty()
    );
    assert!(
        threats("Ostland's banks have been fighting like cats and dogs over the same engineers.").is_empty()
    );
    assert!(threats("Ostland's firms are fighting their own battle for talent in the capital.").is_empty());
    assert!(
        threats("Ostland postponed a planned exercise near the border to avoid raising tensions.").is_empty()
    );
    // A fight for ground is war.
    assert_eq!(one_rule("Ostland's army is fighting for control of the river crossing."), "threat:cue:war");
}

#[test]
fn a_counted_subject_set_off_by_an_appositive_makes_a_passive_cue_a_fact() {
    let text = "Police said at least 12 people, including two candidates for local posts, had been killed in \
                the region since January.";
    assert_eq!(one_rule(text), "threat:cue:casualties");
    let text = "Dozens of villagers, most of them women and children, were wounded on Sunday.";
    assert_eq!(one_rule(text), "threat:cue:casualties");
    // Without a count the appositive makes nothing of the cue.
    let text = "Police said the villagers, including two candidates for local posts, had been killed in the \
                story the film tells.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn a_state_cutting_supplies_or_closing_crossings_coerces() {
    assert_eq!(
        one_rule("Chad closed all of its land crossings with Niger on Friday."),
        "threat:cue:supply-cut"
    );
    assert_eq!(
        one_rule("Niger cut electricity and internet supplies to three rebel-held towns."),
        "threat:cue:supply-cut"
    );
    assert_eq!(one_rule("Chad reimposed a ban on Nigerien cattle imports."), "threat:cue:supply-cut");
    // Nobody acting, even with a count: a storm's outage is no coercion.
    assert!(threats("The storm cut power to 20,000 homes on Sunday.").is_empty());
    assert!(threats("The airline suspended flights to the coast because of the weather.").is_empty());
}

#[test]
fn emergencies_forced_labour_and_vows_to_pursue_are_cues() {
    assert_eq!(
        one_rule("Chad declared a 60-day state of emergency in six districts."),
        "threat:cue:emergency"
    );
    assert_eq!(
        one_rule("Many of those freed had been beaten and forced to work 16 hours a day."),
        "threat:cue:trafficking"
    );
    assert_eq!(one_rule("The Chadian army is already pursuing the perpetrators."), "threat:cue:warning");
    // A curfew nobody imposes is none.
    assert!(threats("The town's curfew for teenagers starts at ten.").is_empty());
}

#[test]
fn a_rumour_the_army_dismissed_and_a_fight_at_law_are_no_threats() {
    let text = "Rumours that gunmen had overrun a military base in Chad spread widely on Thursday, but the \
                army dismissed them as false.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // The same event told as fact stays a threat.
    assert_eq!(threats("Gunmen overran a military base in Chad on Thursday.").len(), 1);
    let text = "Its alleged leader, a Chadian accountant named Jo Bell, is fighting extradition from the United \
                Arab Emirates.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    assert_eq!(threats("Chadian troops are fighting the rebels near the border.").len(), 1);
}

#[test]
fn warning_shots_grenades_alerts_and_red_lines_are_cues() {
    assert_eq!(
        one_rule("A Libyan patrol boat fired warning shots near the rescue ship."),
        "threat:cue:gunfire"
    );
    assert_eq!(
        one_rule("Teenagers were paid to throw grenades at houses in the port."),
        "threat:cue:bombing"
    );
    assert_eq!(
        one_rule("Chadian units in the sector had been placed on a higher state of alert."),
        "threat:cue:troops"
    );
    assert_eq!(one_rule("Chad warned that any change to the border was a red line."), "threat:cue:warning");
    // A red line nobody draws is a figure of speech.
    assert!(threats("The report drew a red line under the quarter's figures.").is_empty());
}

#[test]
fn an_exercise_simulating_an_attack_and_a_report_called_false_in_quotes_are_no_threats() {
    let text =
        "A civil defence exercise simulating a terrorist attack at the airport in Chad was called off.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    let text = "The Chadian army said reports of a scuffle between Chadian and Nigerien soldiers were \"false \
                and malicious\".";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    assert_eq!(threats("A terrorist attack at the airport in Chad killed four people.").len(), 1);
}

#[test]
fn an_answer_reserved_a_target_declared_and_harm_threatened_are_warnings() {
    let warnings = [
        "Chad reserves the right to respond to any attack on its border posts.",
        "The Chadian army said it would answer at a time of its choosing.",
        "Chad said any strike on its garrison would receive an adequate response.",
        "A spokesman said Chad \"will not hesitate\" to defend its posts on the lake.",
        "The rebels threatened to blow up the bridge at Ngueli on Sunday.",
        "Chad said nobody should test our patience after the raid.",
    ];
    for text in warnings {
        assert_eq!(one_rule(text), "threat:cue:warning", "{text}");
    }
    assert_eq!(
        one_rule("The militia said any lorry on the road would be treated as a military target."),
        "threat:cue:risk"
    );
    assert_eq!(
        one_rule("The governor said outside forces were trying to drag the valley into war."),
        "threat:cue:escalation-risk"
    );
    // Weak wording needs a state or group: a shop at a time of its choosing is none.
    assert!(threats("The shop will reopen at a time of its choosing.").is_empty());
    assert!(threats("She would not hesitate to call the hotel again.").is_empty());
}

#[test]
fn an_answer_in_kind_war_declared_threats_by_email_and_secrets_passed_are_cues() {
    let cases = [
        ("Chad said any repeat would be answered in kind.", "threat:cue:warning"),
        ("Chad said it would regard further flights as a declaration of war.", "threat:cue:warning"),
        (
            "Chad warned that anyone who helped them would feel the full force of the state.",
            "threat:cue:warning",
        ),
        ("The mayor said she had received threatening emails for months.", "threat:cue:warning"),
        ("Chad said a clerk had been passing classified information to Niger.", "threat:cue:secrets-passed"),
        ("The Chadian militia said it would burn down any school that reopened.", "threat:cue:arson"),
    ];
    assert_one_rules(&cases);
    // Weak wording needs a state or group acting.
    assert!(threats("The storm could burn down power lines, the utility said.").is_empty());
    assert!(threats("Drivers passing information boards on the motorway slowed.").is_empty());
}

#[test]
fn a_cue_naming_the_field_after_a_researcher_in_it_is_no_threat() {
    assert!(
        threats("Dr Ana Ruiz, a researcher in electronic warfare at a Chadian think tank, spoke.").is_empty()
    );
    assert!(threats("Ana Ruiz, a specialist on terrorism in Chad, spoke.").is_empty());
    // Inspectors in a place find the danger they name.
    assert_eq!(threats("Chadian inspectors in the town found cluster munitions.").len(), 1);
}

#[test]
fn a_price_to_pay_a_befitting_response_and_options_on_the_table_are_warnings() {
    let cases = [
        (
            "The Kell Front warned Benin that it would \"pay the price\" for hosting foreign troops.",
            "threat:cue:warning",
        ),
        (
            "Any misadventure by Vela will be met with a swift and befitting response, the ministry said.",
            "threat:cue:warning",
        ),
        (
            "The defence minister said Ostavia should not mistake restraint for weakness.",
            "threat:cue:warning",
        ),
        (
            "Japan said it would take the necessary measures to protect its fishing fleet.",
            "threat:cue:warning",
        ),
        (
            "Moscow would use all means at its disposal to protect its tankers, the ministry said.",
            "threat:cue:warning",
        ),
        ("The European Union has blacklisted 40 more tankers of the fleet.", "threat:cue:sanctions"),
        ("A Russian fighter jet strayed into Estonian airspace on Monday.", "threat:cue:incursion"),
    ];
    assert_one_rules(&cases);
    // Without a state or group, a price paid is a figure of speech.
    assert!(threats("Consumers will pay the price for the merger, the regulator said.").is_empty());
}

#[test]
fn anchors_dragged_over_cables_sites_photographed_and_forced_recruitment_are_threats() {
    let cases = [
        (
            "Several tankers have been suspected of dragging anchors across undersea cables.",
            "threat:cue:sabotage",
        ),
        ("Russia paid two men to photograph military trains near the border.", "threat:cue:espionage"),
        (
            "Rebels have forcibly recruited hundreds of refugees in the camps, aid workers said.",
            "threat:cue:abuse",
        ),
    ];
    assert_one_rules(&cases);
    // A boat's anchor dragged in a storm is no sabotage.
    assert!(threats("The boat dragged its anchor in the storm and drifted onto the beach.").is_empty());
}

#[test]
fn what_a_body_keeps_watch_on_is_no_threat_stated() {
    let text = "Researchers at Kell Security, a London firm that monitors extortion groups, said the \
                gang first surfaced in 2022.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // A body that carries the cue out is a threat still.
    assert_eq!(threats("Russia said its forces tracked and struck two rebel bases.").len(), 1);
}

#[test]
fn a_cue_after_a_contracted_negation_is_denied() {
    for text in
        ["Ruritania doesn't need to invade, he said.", "Ruritania doesn\u{2019}t need to invade, he said."]
    {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    assert_eq!(threats("Ruritania may need to invade, he said.").len(), 1);
}

#[test]
fn a_cue_opening_a_quoted_sentence_is_no_part_of_a_name() {
    // The capital after the quote mark that opens the sentence is the sentence's.
    assert_eq!(
        one_rule("“Rockets struck the market at dawn,” the mayor of Kessa said."),
        "threat:cue:bombing"
    );
    // Mid-sentence, a capitalised cue is still part of a name.
    assert!(threats("The mayor praised the Rockets Club for its charity match.").is_empty());
}

#[test]
fn a_danger_stated_as_what_follows_it_in_someones_words_is_an_assessment() {
    assert_eq!(
        one_rule("\"The risk is that one more incident pushes both sides over the edge,\" Tom Orm said."),
        "threat:cue:stated-risk"
    );
    assert_eq!(
        one_rule(
            "\"The real danger is that the garrison runs out of fuel,\" said Ana Vell, a defence analyst."
        ),
        "threat:cue:stated-risk"
    );
    // The summary says what the danger is, not only that there is one.
    let found = threats(
        "\"The risk is that one more incident pushes both sides over the edge, and soon,\" Tom Orm said.",
    );
    assert_eq!(
        found.iter().map(|t| t.summary.as_str()).collect::<Vec<_>>(),
        ["Tom Orm -> The risk is that one more incident pushes both sides over the edge"]
    );
    // In the writer's own words, a risk with no harm named is no threat.
    assert!(threats("The danger is that the budget runs out before May.").is_empty());
    // A danger denied names none of its own.
    let found = threats("\"The danger is not one big explosion,\" she said.");
    assert!(found.iter().all(|t| t.rule != "threat:cue:stated-risk"), "{found:?}");
}

#[test]
fn a_fate_promised_to_whoever_acts_is_a_warning() {
    let text = "Mutineers seized the state broadcaster in Bissau overnight.\n\n\"Any unit that resists \
                will be neutralised,\" a colonel said on the radio.";
    let found = threats(text);
    assert!(found.iter().any(|t| t.evidence.contains("will be neutralised")), "{found:?}");
    let found = threats("The junta said anyone who crossed the river would be shot.");
    assert!(found.iter().any(|t| t.rule == "threat:cue:warning"), "{found:?}");
    // Police work and a forecast of anything else are no threat.
    assert!(threats("Police said anyone caught looting would be arrested.").is_empty());
    assert!(threats("The minister said any surplus would be spent on roads.").is_empty());
}

#[test]
fn a_negative_subject_denies_the_cue_after_it() {
    let text = "The trial opened on Monday.\n\n\"Nothing was ever set on fire, nothing exploded, \
                nobody was harmed,\" the lawyer said.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn sanctions_defied_circumvented_or_bypassed_are_evasion() {
    for text in [
        "The fleet is made up of aging tankers that haul Russian crude in defiance of Western sanctions.",
        "Prosecutors say the firm helped Iran circumvent sanctions through shell companies.",
        "The network was bypassing sanctions with forged papers, investigators said.",
    ] {
        let found = threats(text);
        assert!(found.iter().any(|t| t.rule == "threat:cue:sanctions-evasion"), "{text}: {found:?}");
    }
    // Sanctions lifted are none.
    assert!(threats("The council voted to lift sanctions on the country.").is_empty());
}

#[test]
fn attackers_named_by_their_kind_before_a_harm_anchor_it() {
    let found = threats("The aid group has lost three clinics to gang attacks this year alone.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats("Villagers fled rebel raids on the farms overnight.");
    assert_eq!(found.len(), 1, "{found:?}");
    // A weak cue with no one named stays none.
    assert!(threats("The nurse spoke about attacks at a conference in the capital.").is_empty());
}

#[test]
fn plots_vows_of_revenge_and_closing_a_strait_are_threats() {
    for (text, family) in [
        ("A Kessan man has been charged with plotting to kill an exiled journalist.", "assassination"),
        ("The Vell Front said its fighters would take revenge for the killings.", "retaliation"),
        ("A commander said Ostland could close the strait if its exports were choked.", "strait-closure"),
    ] {
        let found = threats(text);
        assert!(found.iter().any(|t| t.rule == format!("threat:cue:{family}")), "{text}: {found:?}");
    }
    // Revenge taken on a plan is none.
    assert!(threats("Critics said the vote was a way to take revenge on the plan.").is_empty());
}

#[test]
fn armed_groups_fighting_over_ground_are_a_turf_war() {
    assert_eq!(
        one_rule("The Kessa Front disputes territory in the port with a rival faction."),
        "threat:cue:turf-war"
    );
    assert_eq!(
        one_rule("The Kell Army said the Red Viper gang was locked in a turf war in the east of the city."),
        "threat:cue:turf-war"
    );
    // Weak: without a state, a group or an organisation acting, no threat.
    assert!(threats("Neighbours have long fought for control of the allotment committee.").is_empty());
}

#[test]
fn an_event_named_by_its_start_or_its_author_dates_something_else() {
    for text in [
        "The Kell Power Company said it had lost 80% of its capacity since the start of the full-scale invasion.",
        "Ostland's output has halved since Vell's full-scale invasion, the Kell Power Company said.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // An invasion told as news stays a threat.
    assert_eq!(threats("Vell's full-scale invasion of Ostland began at dawn, Kessa said.").len(), 1);
}

#[test]
fn an_answer_promised_to_any_hostile_act_or_with_overwhelming_force_is_a_warning() {
    let cases = [
        ("The Kell Army said it would respond overwhelmingly to any provocation.", "threat:cue:warning"),
        (
            "The Kell Army vowed to meet any hostile act by Kessa with overwhelming force.",
            "threat:cue:warning",
        ),
        ("The Kessa Navy said its ships would respond firmly to any incursion.", "threat:cue:warning"),
    ];
    assert_one_rules(&cases);
    // Weak: without a state, a group or an organisation acting, no threat.
    assert!(threats("The coach said the team would respond firmly to any criticism.").is_empty());
}

#[test]
fn a_state_arming_training_and_funding_fighters_is_military_support() {
    let cases = [
        (
            "The Kell Army has armed, trained and financed the rebels for a decade.",
            "threat:cue:military-support",
        ),
        (
            "Velm officials say the Kell Army is arming and training the fighters.",
            "threat:cue:military-support",
        ),
    ];
    assert_one_rules(&cases);
    // Weak: without a state, a group or an organisation acting, no threat.
    assert!(threats("The guards were armed and trained to protect the museum.").is_empty());
}

#[test]
fn attacks_planned_with_other_verbs_and_fighters_sheltered_by_a_state_are_threats() {
    let cases = [
        ("\"We think they were planning to strike at the fair,\" an officer said.", "threat:cue:attack"),
        ("Two men were charged with plotting to set fire to a depot.", "threat:cue:attack"),
        (
            "Velm officials accuse the Kell Army of sheltering fighters of the Red Front.",
            "threat:cue:militants",
        ),
    ];
    assert_one_rules(&cases);
    // Weak: a haven told of without a state or a group acting is none.
    assert!(threats("The park was a safe haven for birds.").is_empty());
}

#[test]
fn weapons_that_defend_are_no_danger_stated() {
    for text in [
        "She called on partners to speed up deliveries of Patriot systems and interceptor missiles.",
        "\"Ukraine needs more mobile fire groups and more interceptor drones,\" he said.",
        "Kessa asked for more air defence missiles.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // A missile fired at a defence is still an attack.
    assert!(!threats("The Velm Front fired a ballistic missile at the air base.").is_empty());
}

#[test]
fn wounding_and_injuring_counted_people_is_harm_stated() {
    let text = "A shell had landed 200 meters from one of the camps, wounding three children.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn crossing_into_a_zone_or_over_a_median_line_is_an_incursion() {
    for text in [
        "Two bombers crossed into Norwegian airspace on Monday.",
        "Of the aircraft, 31 crossed the median line of the strait.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}");
    }
    // A route over a zone is no incursion.
    assert!(threats("The night flight crossed Norwegian airspace in fog.").is_empty());
}

#[test]
fn circumventing_sanctions_named_as_a_noun_is_evasion() {
    let found = threats("Prosecutors said sanctions circumvention had become an industry of its own.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_cue_inside_a_quoted_label_put_on_a_thing_named_is_no_threat() {
    assert!(
        threats(
            "Spokesman Ana Roe called them \"an act of economic terrorism\" and said Iran would keep \
             selling its oil."
        )
        .is_empty()
    );
    assert!(
        threats(
            "In Washington, a spokesperson, Jo Bell, called the move \"irresponsible and dangerous\" \
             and said the United States would keep its word."
        )
        .is_empty()
    );
    // The thing labelled may be a danger of its own.
    assert_eq!(threats("Kessa condemned the bombing of the market as \"an act of terror\".").len(), 1);
    // Asking for an act is no label.
    assert_eq!(threats("The Vell Front called for \"an all-out attack\" on the garrison.").len(), 1);
}

#[test]
fn a_danger_said_to_grow_is_an_assessment_named_by_what_it_is_of() {
    let found =
        threats("Analysts said the crowding of patrol boats near Varn raised the risk of a deadly accident.");
    assert_eq!(
        found.iter().map(|t| (t.rule.as_str(), t.summary.as_str())).collect::<Vec<_>>(),
        [("threat:cue:assessment", "? -> risk of a deadly accident")]
    );
    assert_eq!(
        one_rule("Engineers said a restart would sharply heighten the danger."),
        "threat:cue:assessment"
    );
    // A raised threat level is an alert setting, not a danger; a danger denied grows not.
    assert!(threats("The ministry raised its threat level for large venues on Monday.").is_empty());
    assert!(threats("Engineers said the restart raised no risk for the town.").is_empty());
}

#[test]
fn a_truce_broken_is_fire_across_a_line_not_a_data_breach() {
    assert_eq!(
        one_rule("Kessa said troops returned fire in the most serious breach of the ceasefire since May."),
        "threat:cue:ceasefire-violation"
    );
    assert_eq!(
        one_rule("Norway said Sweden violated the ceasefire on Monday."),
        "threat:cue:ceasefire-violation"
    );
    // A breach of a network is still one.
    assert_eq!(one_rule("Hackers linked to Kessa breached the ministry's network."), "threat:cue:cyber");
}

#[test]
fn a_counter_claim_after_a_dismissal_is_a_claim_of_its_own() {
    assert_eq!(
        one_rule(
            "Norway called the infiltration claim baseless and said Swedish troops had fired on \
             civilian areas, wounding a woman."
        ),
        "threat:cue:gunfire"
    );
    // Going on with the denial in the speaker's own voice, or labelling, is still a rejection.
    assert!(
        threats("Kessa rejects such accusations and has described Norwegian air patrols as provocations.")
            .is_empty()
    );
    assert!(
        threats("Norway called the claims baseless and said it had nothing to do with the drone flights.")
            .is_empty()
    );
    assert!(
        threats("The embassy called it hysteria and said Norway had nothing to do with drone flights.")
            .is_empty()
    );
}

#[test]
fn nothing_shown_of_a_danger_states_none() {
    assert!(
        threats("Norway's defence ministry said it had no information suggesting the missiles had entered its waters.")
            .is_empty()
    );
    assert!(
        threats(
            "The ministry said there was no immediate indication that the missiles had entered its waters."
        )
        .is_empty()
    );
    // What is shown stands.
    assert_eq!(
        threats("The ministry said there was evidence that the missiles had entered its waters.").len(),
        1
    );
}

#[test]
fn people_freed_are_the_end_of_their_captivity() {
    assert!(
        threats("Police retook the prison on Sunday and freed 17 hostages, the minister said.").is_empty()
    );
    assert!(threats("Police rescued 12 hostages on Monday, a spokesman said.").is_empty());
    // A rescue threatened with harm is still a threat.
    assert_eq!(
        threats("The commander warned that any military rescue would bring the hostages home in coffins.")
            .len(),
        1
    );
}
