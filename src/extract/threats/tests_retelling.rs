//! Tests of the threat rules for retellings, responses, warnings and fires set, each with a
//! made-up example.

use super::tests::threats;

#[test]
fn the_same_cue_told_again_a_few_sentences_on_with_no_actor_is_one_threat() {
    let found = threats(
        "Rockets slammed into a river port in the east on Sunday, killing four dockers. \
         Our reporter is at the scene. What did you see there? \
         At least three rockets hit the grain quay and the ferry office just after noon.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // Further on, the same family is news of its own again.
    let apart = threats(
        "Rockets slammed into a river port in the east on Sunday. \
         The port handles grain. Barges were idle. Dockers went home. The mayor spoke. \
         Rockets hit a village in the south on Monday.",
    );
    assert_eq!(apart.len(), 2, "{apart:?}");
}

#[test]
fn a_sentence_set_in_another_year_does_not_become_the_evidence() {
    let found = threats(
        "Gunmen abducted two engineers on the road north of Lakeford on Monday. \
         Officials said the engineers were being held by a local gang. \
         According to a monitoring group, 31 engineers were kidnapped in the region last year.",
    );
    assert!(found[0].evidence.contains("abducted two engineers"), "{found:?}");
}

#[test]
fn a_cable_cut_with_a_participle_after_the_line_is_damage() {
    let found = threats("A power cable linking the two islands was severed early on Friday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:infrastructure-damage");
}

#[test]
fn a_line_named_with_its_owner_is_no_threat() {
    assert!(
        threats("The 90-km cable, run by the operator Fjordlink Networks, carries most of the traffic.")
            .is_empty()
    );
}

#[test]
fn forces_sent_to_the_scene_and_drills_in_response_answer_the_threat() {
    // Real states in made-up sentences: a weak cue needs a state the engine knows.
    assert!(threats("Norway's navy said a frigate had been sent to the area.").is_empty());
    assert!(threats("Officials said 300 Brazilian troops were being sent to the area.").is_empty());
    assert!(
        threats("Japan and Australia held a joint drill with fighter jets off the coast in response.")
            .is_empty()
    );
    assert_eq!(threats("Chile sent 4,000 troops to the border with Peru.").len(), 1);
    // A guard set against a danger answers it too.
    assert!(threats("Pakistan has deployed an additional 4,000 troops to guard the corridor.").is_empty());
}

#[test]
fn a_warning_of_harm_to_come_is_a_threat() {
    let found = threats(
        "Leaflets left in the market warned that any trader who pays the rival clan would be \"hunted down\".",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:warning");
    // The cut leaves the quote unpaired: the summary drops its marks.
    assert_eq!(
        found[0].summary, "? -> warned that any trader who pays the rival clan would be hunted",
        "{found:?}"
    );
    assert!(threats("The governor warned that the new tax would hit small traders.").is_empty());
    // Politics: a bill is killed, a party punished.
    assert!(threats("Senate leaders warned that the bill would be killed in committee.").is_empty());
    assert!(threats("The mayor warned that his party would be punished at the polls.").is_empty());
}

#[test]
fn readiness_to_strike_and_threatening_messages_are_threats() {
    assert_eq!(threats("He said the Chinese army was ready to strike any target at any moment.").len(), 1);
    // Readiness needs a state or force: workers ready to strike, parties ready to strike a deal.
    assert!(threats("Teachers say they are ready to strike if the talks fail.").is_empty());
    assert!(threats("The two parties are prepared to strike a deal on the budget.").is_empty());
    assert_eq!(
        threats("The cell also sent threatening messages to election officials in two towns.").len(),
        1
    );
}

#[test]
fn drugs_smuggled_by_name_are_trafficking() {
    let found = threats("Prosecutors said the gang was smuggling fentanyl across the northern border.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn fires_set_on_purpose_are_arson() {
    let found = threats("Police say at least five of the blazes were set deliberately.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:arson");
    assert!(threats("Farmers set fires deliberately small.").len() <= 1);
}

#[test]
fn a_noun_of_force_as_a_verb_and_a_dangerous_place_are_no_threats() {
    assert!(
        threats("The firm Deepwell, which drills wells in the north of Chad, hired 40 staff.").is_empty()
    );
    assert!(
        threats("Aid groups say Elbonia has become one of the most dangerous places to work.").is_empty()
    );
}

#[test]
fn striking_a_tone_or_a_deal_is_no_attack() {
    let text = "In Baku, a foreign policy adviser to Azerbaijan's president struck a much sharper tone.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    let text = "Azerbaijan struck a deal with Armenia on the border on Monday.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // Struck, said of a target, is still an attack.
    assert_eq!(threats("Azerbaijani drones struck a border post on Monday.").len(), 1);
}

#[test]
fn a_relative_clause_set_in_another_year_recalls_the_actor_s_record() {
    let found = threats(
        "Pirates boarded a cargo ship off the cape on Sunday and abducted six sailors. \
         Officials blamed a gang loyal to a river warlord, whose men seized a ferry in 2021.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn fights_with_rivals_extortion_and_shells_striking_are_threats() {
    assert_eq!(threats("Russia's army is fighting rival gangs for control of the port.").len(), 1);
    assert!(threats("The senator has been fighting a rival group of donors for the nomination.").is_empty());
    assert_eq!(threats("Monitors counted a dozen shells striking the dam's spillway last week.").len(), 1);
    assert_eq!(threats("Russia's army extorts traders on the river road.").len(), 1);
}

#[test]
fn a_cue_back_in_the_main_clause_after_a_dated_relative_clause_is_news() {
    let found =
        threats("Both armies in the war, which began in March 2021, have been accused of atrocities.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_known_event_that_dates_something_is_no_news() {
    assert!(
        threats("Ruritania is one of the few states to keep troops in Elbonia after the coup.").is_empty()
    );
}

#[test]
fn a_label_on_the_last_threat_in_a_transcript_turn_takes_up_its_run() {
    let found = threats(
        "HOST: Good evening. Gunmen fired mortars at a Moldovan army depot outside the port town \
         overnight. Our reporter Dana Kowalski joins us. Dana, how bad is it?\n\n\
         KOWALSKI: Tom, this is the deadliest attack on Moldovan forces in a decade. \
         Local officials tell me at least twelve mortars were fired from a lorry near the ring road.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Gunmen fired mortars"), "{found:?}");
}

#[test]
fn the_trail_of_a_data_extortion_tells_more_of_the_attack() {
    let text = "A ransomware attack shut the billing systems of the Korvin water utility on Monday.\n\n\
                The utility said it would not pay. Its engineers restored two plants by Wednesday.\n\n\
                The gang later posted on its leak site that it held the utility's customer files.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // With no attack told before, the leak site is the threat.
    assert_eq!(
        threats("The gang posted on its leak site that it held the utility's customer files.").len(),
        1
    );
}

#[test]
fn a_reaction_to_a_threat_told_restates_it() {
    let found = threats(
        "Gunmen stormed a police station in the north of Borduria on Monday, killing six officers. \
         The station had been rebuilt last spring. The mayor will visit the town on Friday. \
         The African Union later condemned the \"cowardly attack\" and offered its condolences \
         to the people of Borduria.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn what_a_witness_heard_of_a_threat_told_restates_it() {
    let found = threats(
        "Drones struck a market in the north of Borduria on Monday, killing six traders. \
         The market had been rebuilt last spring. The mayor will visit the town on Friday. \
         \"We heard the first explosions before dawn,\" a trader said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // An explosion nobody reported before is no retelling.
    let found =
        threats("The mayor will visit on Friday. \"We heard the explosions before dawn,\" a trader said.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_record_counted_in_the_perfect_is_a_threat_of_its_own() {
    let found = threats(
        "Elbonia fired a cruise missile into the sea off its east coast on Tuesday, the navy said. \
         Elbonia has tested more than 60 cruise missiles since early 2021, including two over the strait.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].evidence.contains("fired a cruise missile"), "{found:?}");
}

#[test]
fn a_measure_welcomed_is_no_threat() {
    assert!(threats("Ukraine's envoy in Paris welcomed the sanctions.").is_empty());
}

#[test]
fn a_hacker_group_publishing_data_is_a_threat() {
    let found = threats("A hacker group has published the home addresses of 40,000 ferry customers.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_event_placed_in_a_series_of_its_kind_restates_it() {
    let found = threats(
        "Hackers broke into the booking system of a Ruritanian ferry line on Sunday. \
         The line said sailings were running normally. \
         Its shares fell in early trading. \
         The intrusion is the latest in a string of cyber attacks on transport firms.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_possible_event_looked_into_after_one_told_restates_it() {
    let found = threats(
        "Ransomware shut the billing system of a Ruritanian power company on Monday. \
         Crews restored service by Wednesday. \
         Customers were told to expect late bills. \
         The company said it was looking into \"a possible data breach\" at a supplier.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_risk_of_torture_is_a_threat() {
    let found = threats("The rights group said it feared the reporter was at risk of torture.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_danger_denied_by_an_assessment_is_no_threat() {
    assert!(
        threats("\"We do not assess that an invasion of Chile is imminent,\" the general said.").is_empty()
    );
}

#[test]
fn arms_handed_over_are_a_transfer_of_their_own() {
    let text = "Ethiopia has launched thousands of drones at rebel towns since 2022.\n\n\
                Officials have said Belarus delivered hundreds of drones to Ethiopia in 2022.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn a_claim_of_responsibility_after_an_attack_owns_it() {
    let found = threats(
        "Gunmen ambushed a convoy of fuel trucks near Lakeford on Sunday, killing six drivers. \
         Survivors said the attackers came on motorbikes. \
         The Dawn Front claimed responsibility in a message posted online.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // A claim with no attack told before it is news of its own.
    let alone = threats(
        "The port reopened on Monday. Ferries ran on time. \
         The Dawn Front claimed responsibility for a bombing at the ferry office in March.",
    );
    assert_eq!(alone.len(), 1, "{alone:?}");
}

#[test]
fn a_days_blast_refers_back_to_the_blast_of_that_day() {
    let found = threats(
        "A bomb exploded under a pipeline near Lakeford on Monday, police said. The river group \
         has not spoken since. It did not claim responsibility for Monday's blast.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn harm_set_in_a_year_of_its_own_is_another_event() {
    let found = threats(
        "Gunmen attacked a police post in Abeche on Monday, killing two officers. In 2024 a man drove \
         a car into crowds at a market in Moundou, killing six people.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // A war set in its years is background, told as the news goes on.
    let found = threats(
        "Rebels attacked an army post near Abeche on Monday, killing four soldiers. The rebels fought \
         the army during the war, which ended with a peace deal in 2022.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_war_dated_by_a_span_of_years_dates_something_else() {
    assert!(threats("The bridge has been closed to lorries since the 1998-99 war in Chad.").is_empty());
    assert!(threats("The bridge has been shut since the 1992–1995 war in Chad.").is_empty());
    // A span of other numbers dates nothing.
    assert_eq!(threats("Chadian troops fought a war of 10-12 days against the rebels.").len(), 1);
}

#[test]
fn a_danger_ranked_after_a_threat_told_is_an_assessment_of_its_own() {
    // "The biggest danger" refers back to nothing: its article belongs to the superlative, so it
    // is not the earlier threat of its category told again.
    let text = "Officials in Vell said the leak from the chemical plant put lives at risk.\n\n\
                Ana Veld, an analyst at a security firm, said the plant had been poorly run for years.\n\n\
                \"The biggest danger is that gangs are testing what works here before doing it across \
                Europe,\" she said.";
    let found = threats(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].evidence.contains("biggest danger"), "{found:?}");
    // "The danger" with no rank still refers back to the danger told.
    let text = "Officials in Vell said the leak from the chemical plant put lives at risk.\n\n\
                The danger was greatest near the school, they said.";
    assert_eq!(threats(text).len(), 1);
}

#[test]
fn a_toll_told_a_few_sentences_after_an_attack_counts_its_harm() {
    let text = "A Russian air strike hit a school in the village, killing at least 27 people. Residents \
                fled to the forest. The local doctor spoke to reporters. He said at least 40 people had \
                been wounded, many of them critically.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // A sentence that tells an act of its own beside its toll is a threat of its own.
    let text = "A Russian air strike hit a school in the village, killing at least 27 people. Residents \
                fled. Ukraine said Russian troops had shelled its positions and that two soldiers had \
                been wounded.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn a_warning_spoken_by_it_after_an_act_is_a_threat_of_its_own() {
    let text = "Pakistan's army said Indian troops had shelled two villages on Friday night. It said the \
                army \"will respond with full force to any misadventure\" along the line.";
    let found = threats(text);
    assert_eq!(found.len(), 2, "{found:?}");
    // A pronoun that goes on telling the act still continues it.
    let text = "Hackers linked to Russia hit two clinics on Monday. It also stole patient files.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn a_claim_for_the_event_told_is_no_new_threat() {
    let text = "Six commandos were killed when rebels triggered a roadside bomb in Kessa on Monday, \
                police said.\n\nThe commandos were returning from an operation. Officials said \
                reinforcements had been sent.\n\nThe district has seen unrest this year. The state \
                announced compensation for the families.\n\nIn a note released on Tuesday, the rebels' \
                regional committee claimed responsibility for the attack and called it retaliation.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // A claim of an attack not told before is one.
    let found = threats("The Vell Front claimed responsibility for an attack on a border post.");
    assert_eq!(found.len(), 1, "{found:?}");
    // Nor is one that its complement names, however definite.
    let text = "Rebels attacked a border post in Kessa on Monday, killing two guards.\n\nThe group \
                also claimed responsibility for the bombing of a church in Oska in 2023 that killed \
                four people.";
    let found = threats(text);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn what_witnesses_heard_of_an_attack_is_that_attack() {
    let text = "Soldiers attacked the presidential palace in Vella overnight, the government said.\n\n\
                The president addressed the nation on Friday morning. He thanked the guard.\n\n\
                The cabinet met at noon. Schools stayed shut.\n\n\
                Residents of neighbourhoods near the palace described hours of automatic gunfire and \
                explosions from around midnight.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Soldiers attacked"), "{found:?}");
    // Heard after a truce, it breaks the truce: an event of its own.
    let text = "Soldiers attacked the border post overnight, the government said.\n\n\
                The president addressed the nation on Friday morning. He thanked the guard.\n\n\
                A ceasefire took effect at 4 p.m., but residents of Kessa reported sporadic gunfire \
                after dark.";
    assert_eq!(threats(text).len(), 2);
    // With nothing told before, what they heard is the event.
    let found = threats("Residents of Vella described hours of automatic gunfire and explosions overnight.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_charge_in_court_after_a_threat_told_is_no_new_threat() {
    let told = "Police in Varn seized 40 rifles and grenades bound for a gang in Kessa.";
    let found = threats(&format!("{told} If convicted of illegal arms trafficking, the men face 15 years."));
    assert_eq!(found.len(), 1, "{found:?}");
    let found =
        threats(&format!("{told} The men were placed under formal investigation for terrorist conspiracy."));
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats(&format!("{told} The leader was sentenced to 30 years in prison for bombings."));
    assert_eq!(found.len(), 1, "{found:?}");
    // The law's formula after "intent to", however long the list of charges before it.
    let found = threats(&format!(
        "{told} One man was convicted at Orm Crown Court of attempted murder and possession of \
         explosives with intent to endanger life."
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats(&format!("{told} The driver was found guilty of arson."));
    assert_eq!(found.len(), 1, "{found:?}");
    // With nothing told before, the charge names the danger.
    let found = threats("The two men were convicted of bombing a police station in Vell.");
    assert_eq!(found.len(), 1, "{found:?}");
    // A cue that is no charge is read as before.
    let found = threats(&format!("{told} Last month the gang bombed a police station in Vell."));
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_quotation_naming_no_actor_comments_on_a_threat_of_its_kind_told_before() {
    let told = "Rebels shelled the harbour of Porto Lindo on Sunday, killing four dockers. \
                The port authority said repairs would take weeks. \
                Ferries were moved to another quay. ";
    for comment in [
        "\"Shelling can start again any night,\" said Ana Rell, a harbour pilot.",
        "\"Nobody is safe from mortars here,\" said Ana Rell, a harbour pilot.",
    ] {
        let found = threats(&format!("{told}{comment}"));
        assert_eq!(found.len(), 1, "{comment}: {found:?}");
        // Alone, the quotation states a danger.
        assert_eq!(threats(comment).len(), 1, "{comment}");
    }
}

#[test]
fn a_quotation_that_comments_on_a_threat_never_becomes_its_evidence() {
    let found = threats(
        "Rebels shelled the harbour of Porto Lindo on Sunday. The port authority said repairs would take \
         weeks. Ferries were moved to another quay. \"Mortars hit the harbour of Norway with 40 rounds,\" \
         said Ana Rell, a harbour pilot.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Rebels shelled"), "{found:?}");
}
