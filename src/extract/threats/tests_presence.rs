//! Tests of threats told by a presence or a saying rather than a word of danger (drones flying
//! over a site, people held captive, data stolen, harm foretold in what is said, forces named by
//! their nationality), each with a made-up example.

use super::tests::threats;
use super::tests_wording::one_rule;

#[test]
fn drones_flying_over_a_site_are_an_incursion() {
    assert_eq!(
        one_rule("Two unlit drones flew over the Harwick power station twice on Sunday night."),
        "threat:cue:drone-incursion"
    );
    assert_eq!(
        one_rule("A large drone hovered above the naval dockyard for an hour, the harbour master said."),
        "threat:cue:drone-incursion"
    );
    // Drones flying elsewhere are no incursion.
    assert!(threats("The farm's drones flew slowly across the wheat fields to check the crop.").is_empty());
}

#[test]
fn people_counted_and_held_are_captives() {
    assert_eq!(
        one_rule("Four engineers from a mapping firm have been held in the hills since March."),
        "threat:cue:hostage"
    );
    assert_eq!(one_rule("Six nurses are being held by a gang near the river port."), "threat:cue:hostage");
    // Events are held too; so are people not counted.
    assert!(threats("Two meetings have been held in the capital since May.").is_empty());
    assert!(threats("Talks between the unions have been held in the city since Monday.").is_empty());
}

#[test]
fn data_stolen_in_an_intrusion_is_a_cyber_threat() {
    assert_eq!(
        one_rule("A forum has begun selling stolen customer login passwords from the insurer."),
        "threat:cue:cyber"
    );
    assert!(threats("Police recovered two stolen cars near the ferry terminal.").is_empty());
}

#[test]
fn harm_foretold_in_what_is_said_is_a_warning() {
    let found = threats("A post on the rebels' forum said every convoy would be answered with blood.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:warning");
    assert!(found[0].summary.contains("would be answered with blood"), "{}", found[0].summary);
    assert!(threats("The minister said fuel prices would rise again this winter.").is_empty());
}

#[test]
fn a_warning_of_what_a_party_will_do_is_a_threat() {
    // The party warns what it will do, or what awaits whoever acts; no word of danger is said.
    let found =
        threats("The Kessa Front warned that it would pursue the junta's soldiers into their barracks.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:warning");
    assert!(found[0].summary.starts_with("Kessa Front ->"), "{}", found[0].summary);
    let found = threats("Vell's envoy warned that Vell would not stand by if the militia crossed the river.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found =
        threats("The Kessa Front warned that anyone who joined the parade would be treated as a traitor.");
    assert_eq!(found.len(), 1, "{found:?}");
    // A forecast of anything else, or a past never to be, is none.
    assert!(threats("The Kessa Front warned that prices would rise again this winter.").is_empty());
    assert!(
        threats("The Kessa Front warned that without the loan it would have closed the mill.").is_empty()
    );
}

#[test]
fn a_commitment_on_a_condition_is_a_warning() {
    let found = threats("\"If they land, we will burn the airport,\" the Kessa Front's commander said.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:warning");
    assert!(found[0].summary.contains("will burn the airport"), "{}", found[0].summary);
    let found = threats("If the sailors are not freed, Moldova will retake the island, the envoy said.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.starts_with("Moldova ->"), "{}", found[0].summary);
    // A past never to be, a state of things foretold, or a writer's own weighing of chances.
    assert!(
        threats("\"If the weather had turned, we would have had no way to call for help,\" he said.")
            .is_empty()
    );
    assert!(threats("\"If Vell wins the vote, it would be a turning point,\" the envoy said.").is_empty());
    assert!(threats("If the senator cannot, the Kessa Front will gladly do it for him.").is_empty());
}

#[test]
fn a_condition_does_not_cancel_a_warning() {
    // A condition makes other weak cues a case considered; of a warning it is the point.
    let found = threats(
        "If our sailors are not freed, Vell will take all necessary measures to protect them, the envoy said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.contains("all necessary measures"), "{}", found[0].summary);
}

#[test]
fn forces_named_by_their_nationality_act() {
    let found = threats("Moldovan reservists in the north had been told to report to their units.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.starts_with("Moldova ->"), "{}", found[0].summary);
    let found = threats(
        "Romania's coast guard said in a statement that Moldovan troops had crossed the river at dawn.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.starts_with("Moldova ->"), "{}", found[0].summary);
    // Armed men of a nationality are no state's forces.
    let found = threats("Villagers said Moldovan gunmen had attacked the border post overnight.");
    assert!(found.iter().all(|t| !t.summary.starts_with("Moldova ->")), "{found:?}");
}

#[test]
fn a_front_for_a_state_body_is_that_body_acting() {
    let found = threats("The charity, prosecutors say, was a front for Iran's Ministry of Intelligence.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:front");
    assert!(!found[0].summary.starts_with("? ->"), "{}", found[0].summary);
    assert!(!found[0].summary.contains("-> Iran"), "{}", found[0].summary);
}

#[test]
fn leaks_of_data_and_mapping_of_infrastructure_are_threats() {
    assert_eq!(
        one_rule("Analysts said it was the worst leak of naval data the fleet had suffered."),
        "threat:cue:cyber"
    );
    assert_eq!(
        one_rule("The minister said someone was mapping the country's critical infrastructure."),
        "threat:cue:intrusion"
    );
    assert!(threats("Engineers spent a year mapping the town's drainage pipes.").is_empty());
}

#[test]
fn an_organisation_that_does_the_deed_is_its_actor() {
    let text = "Intruders crippled the booking system of the Harwick ferry line on Monday. \
                Gatecrash, a criminal group, claimed the intrusion. \
                Gatecrash is threatening to leak stolen passenger records within days.";
    let found = threats(text);
    assert!(found.iter().any(|t| t.summary.starts_with("Gatecrash ->")), "{found:?}");
    let found = threats("Norvale Shipping suffered a ransomware attack on Friday, its chief executive said.");
    assert!(found.iter().all(|t| !t.summary.starts_with("Norvale")), "{found:?}");
}

#[test]
fn the_militants_opening_a_statement_are_the_group_just_named() {
    let text = "Officials said the Islamic State West Africa Province had rebuilt its strength on the \
                islands this year. Fish prices at the market have doubled since June. \
                The militants have since begun planting homemade bombs on the shore tracks.";
    let found = threats(text);
    let bombs = found.iter().find(|t| t.evidence.starts_with("The militants"));
    assert!(bombs.is_some_and(|t| !t.summary.starts_with("? ->")), "{found:?}");
}

#[test]
fn a_target_foretold_as_next_is_a_threat() {
    let text = "Gunmen ambushed a lorry convoy on the road to Tarvel on Monday, killing two drivers.\n\n\
                The road was closed for a day. Traders said prices rose.\n\n\
                Humanitarian agencies warned that convoys carrying food could be next.";
    let found = threats(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].rule, "threat:cue:risk");
    // "next" as a time is no target foretold.
    assert!(threats("The committee said the budget could be next on its agenda.").is_empty());
}

#[test]
fn a_states_forces_named_without_their_state_anchor_a_weak_cue() {
    assert_eq!(one_rule("The army deployed two more battalions to Kessa on Friday."), "threat:cue:troops");
    assert_eq!(
        one_rule("Security forces were placed on heightened alert in the north."),
        "threat:cue:troops"
    );
    assert_eq!(
        one_rule("The coast guard's cutters were placed on high alert overnight."),
        "threat:cue:troops"
    );
    // A preposition after the force is no noun it describes.
    assert_eq!(one_rule("Troops in the north were placed on heightened alert."), "threat:cue:troops");
    // Forces that only report, that are studied or that stand for a crowd anchor nothing.
    assert!(threats("Two militia leaders were arrested in Kessa, the army said.").is_empty());
    assert!(threats("A military analyst said tensions were rising in the valley.").is_empty());
    assert!(threats("An army of volunteers staged protests outside the town hall.").is_empty());
    // "market forces" and "travel agents" are no forces.
    assert!(threats("Market forces pushed tensions in the grain trade higher.").is_empty());
    // Police work is no threat.
    assert!(threats("Police raided a flat in the suburbs on Monday.").is_empty());
}

#[test]
fn people_held_for_their_politics_are_repression() {
    let rule = "threat:cue:political-detention";
    assert_eq!(one_rule("Police detained 40 opposition campaign agents in the past two weeks."), rule);
    assert_eq!(one_rule("At least 12 journalists had been arrested since the vote."), rule);
    assert_eq!(one_rule("The protesters were rounded up before dawn and driven away."), rule);
    assert_eq!(one_rule("Rights groups accuse the guards of arresting and beating student activists."), rule);
    // The particle makes the arrest: "picked" alone is no arrest.
    assert!(threats("The opposition picked a new leader on Sunday.").is_empty());
    // Suspects of a crime are police work, and a stop between the arrest and the dissenters
    // parts them.
    assert!(threats("Police arrested two men suspected of stealing copper cable.").is_empty());
    assert!(threats("Police arrested two men. Journalists gathered outside the court.").is_empty());
    // Reporters told of an arrest are its audience.
    assert!(threats("The minister told reporters that 20 soldiers had been arrested.").is_empty());
}

#[test]
fn a_warning_in_a_quotation_is_its_speakers() {
    let rule = "threat:cue:warning";
    assert_eq!(
        one_rule("\"Our patience is not unlimited,\" Ostland's foreign minister told reporters."),
        rule
    );
    assert_eq!(
        one_rule(
            "\"We will hunt down these men wherever they hide,\" said Colonel Ivo Marsh, the district commander."
        ),
        rule
    );
    // The same words with nobody credited, or outside the quotation with nobody acting, are none.
    assert!(threats("\"Our patience is not unlimited.\"\n\nThe meeting ended at noon.").is_empty());
    assert!(threats("Residents said their patience is not unlimited.").is_empty());
}

#[test]
fn hunger_thrown_stones_blockades_and_drone_attacks_are_cues() {
    assert_eq!(
        one_rule("Aid groups warned that parts of the district face famine-like conditions."),
        "threat:cue:humanitarian"
    );
    assert_eq!(
        one_rule("Youths threw stones at the riot police outside the town hall."),
        "threat:cue:crowd-force"
    );
    assert_eq!(
        one_rule("The town has been under a blockade by armed groups for two years."),
        "threat:cue:siege"
    );
    assert_eq!(
        one_rule("Rebels now use drone attacks against army positions in the north."),
        "threat:cue:bombing"
    );
    assert_eq!(
        one_rule("Investigators opened a case into a suspected act of espionage."),
        "threat:cue:espionage"
    );
}

#[test]
fn unrest_that_breaks_out_displacement_and_harassment_of_officials_are_cues() {
    assert_eq!(one_rule("Scuffles broke out when marchers reached the bridge."), "threat:cue:violence");
    assert_eq!(
        one_rule("Officials fear the rallies could turn violent after the count."),
        "threat:cue:violence"
    );
    assert_eq!(
        one_rule("More than 200,000 people have been displaced since March."),
        "threat:cue:humanitarian"
    );
    assert_eq!(
        one_rule("County clerks reported threats and harassment at their homes."),
        "threat:cue:threat"
    );
    assert_eq!(one_rule("Rebels have been bombarding the ridge for a week."), "threat:cue:bombing");
    assert_eq!(one_rule("Small water utilities are sitting ducks for such crews."), "threat:cue:risk");
    // Counted or named by a state only: a weak cue alone stays none.
    assert!(threats("The displaced families were given blankets.").is_empty());
}

#[test]
fn harm_whose_toll_is_counted_later_in_the_sentence_is_a_fact() {
    let found = threats("An attack on the gas field in April killed four foreign workers.");
    assert_eq!(found.len(), 1, "{found:?}");
    // A number spelt out counts people; time counts nobody.
    let found = threats("She was gravely wounded five years ago in a fall at a supermarket.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_negative_subject_denies_what_its_clause_tells() {
    let found = threats("Neither side has much to gain from a new war with the federal army, Chad said.");
    assert!(found.is_empty(), "{found:?}");
    let found = threats("None of these is a missile strike, but together they add up to a campaign.");
    assert!(found.is_empty(), "{found:?}");
    // A refusal denied keeps the danger.
    let found = threats("Neither Chad nor Niger has ruled out a new war over the border, officials said.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn prisoners_of_war_and_a_fare_war_tell_no_war() {
    let found = threats("Chad and Niger have exchanged 205 prisoners of war each in a deal, officials say.");
    assert!(found.is_empty(), "{found:?}");
    let found =
        threats("Chad's airline, which has been waging a fare war with Gulf carriers, still makes money.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_unchecked_chatter_claims_is_no_event() {
    let found =
        threats("Claims spread on social media overnight that Chadian jets had bombed villages in Niger.");
    assert!(found.is_empty(), "{found:?}");
    let found = threats(
        "On Wednesday, messages circulating on Telegram claimed that the government had asked Chad for troops.",
    );
    assert!(found.is_empty(), "{found:?}");
    // Footage that shows an event is its evidence, not a claim about it.
    let found =
        threats("Chadian jets bombed villages in Niger overnight, according to videos posted online.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_exercise_called_off_tells_no_threat_in_its_phrase() {
    for text in [
        "A large military exercise near the Chadian border, involving about 5,000 troops, was called \
         off on Friday without explanation.",
        "The Chadian army called off military drills planned near the border with Niger.",
        "The civil defence office called off an exercise planned for Abeche, which would have sounded \
         air raid sirens across the city.",
    ] {
        assert!(threats(text).is_empty(), "{text}");
    }
    // The attack that made them call it off is told.
    let found = threats("The Chadian army called off its drills after rebels attacked the base at Abeche.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_negative_subject_of_a_reported_clause_or_a_rumour_rejected_tells_no_threat() {
    let found = threats(
        "Ana Bell, a researcher in Abeche, said neither Chad nor Niger appeared to want a return to war.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = threats(
        "Speculation that the blackout in Chad was the result of a cyber attack was rejected by \
         officials in N'Djamena.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A refusal denied in the reported clause keeps the danger.
    let found = threats("Chad said neither side has ruled out a return to war with Niger.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn forces_counted_into_an_exercise_are_no_threat() {
    let found = threats(
        "The incident came during Iron Heron, a two-week exercise involving some 12,000 troops from \
         Vell, Ostia and Kessa that is rehearsing the defence of the alliance.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = threats(
        "The drills began a day after Vell and Ostia opened the Sea Shield exercise, which involves \
         some 19,000 Vellish troops and field training at 50 sites.",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = threats("Vell's defence ministry said about 18,000 Vellish troops would take part.");
    assert!(found.is_empty(), "{found:?}");
    // Forces that move against someone while an exercise runs are a threat still, and so are
    // forces that take part in an assault.
    assert!(!threats("About 5,000 Russian troops took part in the advance on Oska.").is_empty());
    assert!(!threats("Kessa deployed 12,000 troops to the border during the exercise.").is_empty());
    assert!(!threats("Kessa moved 5,000 troops toward the border, including tanks.").is_empty());
}

#[test]
fn forces_told_as_a_garrison_are_no_threat() {
    assert!(
        threats("About 2,500 Ostian troops remain in Kessa under an agreement with the government.")
            .is_empty()
    );
    assert!(
        threats("Russia, which keeps several hundred troops in the region, has denied any role.").is_empty()
    );
    assert!(threats("About 1,500 Russian troops are stationed there under a 1992 accord.").is_empty());
    assert!(threats("Several thousand Russian fighters are deployed across the country.").is_empty());
    assert!(threats("Mali has expelled French troops and turned to Russia.").is_empty());
    assert!(threats("Ties with Paris stayed frozen after the last French troops left in 2023.").is_empty());
    // Forces sent are a threat still.
    assert!(!threats("Russia deployed 5,000 troops to the border on Monday.").is_empty());
    assert!(!threats("Several thousand Russian fighters were deployed to the border town.").is_empty());
}

#[test]
fn a_state_disowning_an_act_states_no_threat() {
    assert!(
        threats("A spokesman said the Thai government does not support or condone hacking by any group.")
            .is_empty()
    );
    // An act it is said to support is one.
    assert!(!threats("Officials said Kessa supports hacking of Vell's banks.").is_empty());
}
