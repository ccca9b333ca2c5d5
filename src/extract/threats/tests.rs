//! Tests of the threat rules, each with a made-up example.

use super::evidence::MAX_EVIDENCE_BYTES;
use super::*;
use crate::extract::actors::find_actors;
use crate::extract::quotes::{attribute_quotes, find_quote_spans};
use crate::extract::tokens::tokenize;
use crate::model::{Severity, ThreatCategory};

/// The passage a rule of [`cues::RULES`] finds first in `text`, read as one sentence, in the
/// text's own words: what each rule module's tests check.
pub(super) fn rule_passage(rule: cues::Rule, text: &str) -> Option<String> {
    let tokenized = tokenize(text);
    let sentence = 0..tokenized.tokens.len();
    sentence.clone().find_map(|at| {
        rule(&tokenized, sentence.clone(), at).map(|range| {
            let start = tokenized.tokens[range.start].start_byte();
            let end = tokenized.tokens[range.end - 1].end_byte();
            text.get(start..end).unwrap_or_default().to_owned()
        })
    })
}

pub(super) fn threats(text: &str) -> Vec<SuggestedThreat> {
    let tokenized = tokenize(text);
    let actors = find_actors(&tokenized);
    let quotes = attribute_quotes(&tokenized, &find_quote_spans(&tokenized), &actors);
    let spoken: Vec<_> = quotes
        .iter()
        .filter_map(|q| Some(super::SpokenQuote { range: q.start..q.end, speaker: q.speaker.as_deref()? }))
        .collect();
    find_threats(&tokenized, &actors, &spoken)
}

#[test]
fn strong_cues_propose_a_threat_with_category_and_severity() {
    let found = threats("North Korea launched short-range ballistic missiles on Tuesday.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].category, ThreatCategory::WeaponsTest);
    assert_eq!(found[0].severity, Severity::High);
    assert_eq!(found[0].cue, "ballistic missiles");
    assert_eq!(found[0].rule, "threat:cue:missile");
}

#[test]
fn weak_cues_need_an_actor_and_no_diplomacy() {
    assert!(threats("They stood united when facing common threats.").is_empty());
    assert_eq!(threats("Russia moved troops closer to the border.").len(), 1);
    assert!(threats("Iran wants sanctions relief in the talks.").is_empty());
}

#[test]
fn a_negated_refusal_keeps_the_danger() {
    assert!(threats("The United States did not rule out strikes on targets inside Yemen.").len() == 1);
    assert!(threats("China has never renounced the use of force against Taiwan.").len() == 1);
    assert!(threats("The United States has no plans for strikes on Yemen.").is_empty());
}

#[test]
fn a_dateline_is_not_part_of_the_evidence() {
    let found = threats("TAIPEI — China sent warplanes and naval vessels around Taiwan in a show of force.");
    assert_eq!(found.len(), 1);
    assert!(found[0].evidence.starts_with("China sent warplanes"), "{}", found[0].evidence);
}

#[test]
fn a_capitalised_cue_right_after_a_dateline_starts_the_sentence() {
    let found = threats("WASHINGTON - Hackers linked to China's government broke into the networks.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].category, ThreatCategory::Cyber);
    // Opposing or combating a danger is not the danger.
    assert!(threats("China firmly opposes and combats all forms of cyber attacks.").is_empty());
}

#[test]
fn atrocities_and_sieges_are_threats() {
    let found = threats("The army accuses the RSF of ethnic cleansing against the Masalit community.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Critical);
    assert_eq!(threats("The RSF has besieged the city for months.").len(), 1);
    // Killings without trial are an atrocity whoever the article blames, named or not.
    let found = threats("The rebels were accused of summary executions of at least 40 villagers.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Critical);
    assert_eq!(threats("Witnesses said nine men were summarily executed near the river.").len(), 1);
}

#[test]
fn each_category_has_cues() {
    let cases = [
        ("Russia deployed troops to the border.", ThreatCategory::MilitaryDeployment),
        ("The regime carried out a nuclear test.", ThreatCategory::WeaponsTest),
        ("They fear Iran could build nuclear weapons.", ThreatCategory::Nuclear),
        ("Hamas fighters killed five people in the raid.", ThreatCategory::ArmedAttack),
        ("Hackers linked to the GRU launched a cyber attack on the grid.", ThreatCategory::Cyber),
        ("A terrorist cell planned the plot.", ThreatCategory::Terrorism),
        ("The EU imposed sanctions on Russia.", ThreatCategory::Coercion),
        ("Soldiers staged a coup against the government of Niger.", ThreatCategory::Instability),
        ("Yemen faces fuel shortages after the blockade by Houthis.", ThreatCategory::Economic),
    ];
    for (text, category) in cases {
        let found = threats(text);
        assert!(found.iter().any(|t| t.category == category), "{text}: {found:?}");
    }
}

#[test]
fn follow_up_sentences_about_the_same_threat_are_not_repeated() {
    let found = threats(
        "Russia deployed troops near Pskov. The troops arrived on Friday. Russia also fired missiles.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn long_sentences_are_cut_to_the_clause() {
    let filler = "the ministers discussed many unrelated procedural questions at length, ".repeat(6);
    let text = format!("In Geneva {filler}while Russia test-fired a missile over the sea.");
    let found = threats(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].evidence.len() <= MAX_EVIDENCE_BYTES, "{}", found[0].evidence);
    assert!(found[0].evidence.contains("test-fired"));
    assert_eq!(text.get(found[0].start..found[0].end), Some(found[0].evidence.as_str()));
}

#[test]
fn one_suggestion_per_threat_with_a_one_line_summary() {
    let found = threats(
        "North Korea fired ballistic missiles towards Japan on Monday. Later, North Korea fired more missiles.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].summary, "North Korea -> fired ballistic missiles -> Japan");
}

#[test]
fn scene_setting_is_no_threat() {
    assert!(threats("The leaders of Norway and Sweden met amid rising tensions.").is_empty());
}

#[test]
fn past_intrusions_rare_launch_verbs_and_rankings_are_threats() {
    let found = threats("Investigators said the intrusion at the utility began in May.");
    assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Cyber));
    let found = threats("The navy of Iran fired off a pair of rockets.");
    assert!(!found.is_empty());
    let found = threats("The report called the militia the gravest threat to the region.");
    assert_eq!(found.first().map(|t| t.cue.as_str()), Some("gravest threat"));
}

#[test]
fn a_participle_after_the_determiner_still_refers_back() {
    let text = "Soldiers staged a coup against the government of Niger. The capital was quiet on \
                Tuesday. Later, Mali criticised the failed coup.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // Another noun before the cue may name another event of the kind.
    let text = "A suicide bombing in Kenya killed nine people. The capital was quiet on Tuesday. \
                Israel refuses to accept the denials of Syria about the nightclub bombing.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn an_event_named_again_is_the_same_threat() {
    let text = "Militants from Somalia carried out the Garissa attack, Kenya said. The campus was \
                closed on Friday. France condemned the Garissa attacks.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Terror attacks and attacks named by the same place are one event.
    let text = "Russia condemned the Springfield terror attacks. The city was quiet. Two days \
                later, France said the Springfield attacks were planned abroad.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    let text = "Russia and Turkey fight a proxy war in Syria. Aid is scarce. Three analysts say the \
                United States is bowing out of the proxy war.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // A new attack is news of its own.
    let text = "Russia launched a new attack on Kharkiv. Aid is scarce. Ukraine reported a new \
                attack on Odesa by Belarus.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn a_state_holding_foreign_citizens_is_a_threat() {
    let found = threats("Iran has detained two Canadians, officials said.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].category, ThreatCategory::Coercion);
    assert_eq!(found[0].cue, "detained two Canadians");
    assert_eq!(found[0].summary, "Iran -> detained two Canadians");
    assert_eq!(threats("Russia is holding a dual national on spying charges.").len(), 1);
    // No state holds them: a police matter.
    assert!(threats("Police arrested two tourists for shoplifting.").is_empty());
}

#[test]
fn backdrops_further_off_set_the_scene() {
    assert!(threats("The ministers of Norway and Sweden met amid a period of rising tensions.").is_empty());
    let text = "The meeting of Japan and South Korea underscored the urgency of the security threats.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // A strong cue further off is news, not backdrop.
    assert_eq!(threats("They met amid reports that North Korea had fired ballistic missiles.").len(), 1);
}

#[test]
fn a_ranking_beside_another_cue_leaves_the_other_cue_its_threat() {
    let found = threats("He names Russia as the state of gravest concern as it holds most fissile material.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].cue, "fissile material");
}

#[test]
fn rarer_launch_and_intrusion_wording() {
    let found = threats("North Korea test-launched two projectiles into the sea.");
    assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::WeaponsTest));
    let found = threats("Investigators found intruders in the networks of a water utility.");
    assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Cyber));
}

#[test]
fn the_summary_names_what_the_actor_did() {
    let found = threats("Russia's invasion of Ukraine began in February.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Russia -> invasion -> Ukraine"));
    // Far from its actor, the cue alone says what.
    let found = threats(
        "North Korea, which has long defied its neighbours and the rest of the world, fired missiles.",
    );
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("North Korea -> missiles"));
    // What the actor did takes in the object the next cue names.
    let found = threats("The Russian military test-fired an Iskander ballistic missile.");
    let summary = found.first().map(|t| t.summary.as_str());
    assert_eq!(summary, Some("Russian military -> test-fired an Iskander ballistic missile"));
    // A name between the actor and the cue is another subject.
    let found = threats("Libya wasn't Dan's first war zone.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Libya -> war"));
}

#[test]
fn a_restatement_naming_actor_and_target_becomes_the_evidence() {
    let text = "Russia moved troops last week. The weather was mild. Markets were calm.\n\n\
                Russia moved troops to the border of Estonia on Friday, officials said.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Russia moved troops to the border"), "{found:?}");
    assert_eq!(found[0].summary, "Russia -> moved troops -> Estonia");
}

#[test]
fn the_same_threat_named_again_later_keeps_its_first_statement() {
    let text = "Iran fired missiles at Israel on Monday.\n\nMarkets fell. Oil rose.\n\n\
                Analysts said the missiles Iran fired at Israel were old.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Iran fired missiles"), "{found:?}");
}

#[test]
fn political_attacks_are_no_threats() {
    assert!(threats("The senator stepped up his attacks on the Iran policy of the White House.").is_empty());
    assert!(threats("Ads in Ohio repeated the personal attacks on the Russia envoy.").is_empty());
    assert_eq!(threats("Iran stepped up its attacks on shipping in the Gulf.").len(), 1);
}

#[test]
fn years_and_sums_of_money_do_not_make_a_weak_cue_a_fact() {
    assert!(threats("The senator promised $40 billion in infrastructure spending.").is_empty());
    assert!(threats("Lenders lost heavily in the 2008 collapse.").is_empty());
    assert_eq!(threats("At least 300 people were killed.").len(), 1);
}

#[test]
fn terrorism_as_a_topic_needs_an_actor_but_terrorists_do_not() {
    assert!(threats("Voters ranked the economy first and terrorism second.").is_empty());
    assert_eq!(threats("Iran was accused of funding terrorism abroad.").len(), 1);
    assert_eq!(threats("A terrorist cell planned the plot.").len(), 1);
}

#[test]
fn a_strike_of_workers_is_no_attack_and_a_ban_on_arms_no_danger() {
    assert!(threats("Russia said the dockworkers' strike had closed the port.").is_empty());
    assert!(threats("Russia ended its ban on sales of weapons to the region.").is_empty());
    assert_eq!(threats("A drone strike by Russia hit the port.").len(), 1);
}

#[test]
fn a_state_behind_on_or_towards_is_the_target_not_the_actor() {
    let found = threats("Gunmen staged an attack on Canada's embassy in the capital.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].summary.ends_with("-> Canada"), "{}", found[0].summary);
    assert!(!found[0].summary.starts_with("Canada"), "{}", found[0].summary);
}

#[test]
fn the_summary_leaves_out_words_of_saying_and_of_other_clauses() {
    // The officials who speak are the source, not the agent: whose troops is left open.
    let found = threats("Russian officials say the troops will stay.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("? -> troops"), "{found:?}");
    let found = threats("Armenia declared war on its neighbour.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Armenia -> declared war"), "{found:?}");
    let found = threats("The talks aim to stop Iran from making a nuclear weapon.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Iran -> making a nuclear weapon"));
}

#[test]
fn what_the_actor_did_stops_where_another_statement_starts() {
    let found = threats("Iran tested missiles when they attacked.");
    let summary = found.first().map(|t| t.summary.as_str());
    assert!(
        summary.is_some_and(|s| s.starts_with("Iran -> tested missiles") && !s.contains("attacked")),
        "{found:?}"
    );
}

#[test]
fn a_weak_cue_needs_its_state_in_its_own_clause() {
    let text = "The envoy of Russia praised the plan, but critics said the pressure was growing.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    assert_eq!(threats("The envoy praised the plan, but Russia moved troops to the border.").len(), 1);
    // A relative clause is about the clause before it.
    let found = threats("Officials named Russia and Belarus, which guard the nuclear material poorly.");
    assert_eq!(found.first().map(|t| t.cue.as_str()), Some("nuclear material"), "{found:?}");
}

#[test]
fn a_headline_ending_in_a_quoted_phrase_proposes_nothing() {
    let text = "Iran strikes 'a grave risk'\n\nOfficials said Iran fired missiles at Israel on Monday.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Officials said"), "{found:?}");
    // A quotation that closes a sentence is no headline.
    let text = "Iran said: 'We fired missiles.'\n\nThe markets were calm.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn a_source_after_the_cue_is_no_target() {
    let found =
        threats("North Korea has restored its nuclear test site, analysts at the United Nations said.");
    assert_eq!(
        found.first().map(|t| t.summary.as_str()),
        Some("North Korea -> restored its nuclear test"),
        "{found:?}"
    );
}

#[test]
fn maritime_coercion_escalation_risk_and_claimed_attacks_are_threats() {
    let cannon = threats("Patrol boats turned water cannon on two fishing vessels near the reef.");
    assert_eq!((cannon.len(), cannon.first().map(|t| t.category)), (1, Some(ThreatCategory::Coercion)));
    // Ramming needs someone who rams, and the figurative "rammed through" of politics is none.
    assert_eq!(threats("A Vietnamese coast guard cutter rammed a supply boat on Monday.").len(), 1);
    assert!(threats("The speaker rammed the budget bill through the chamber.").is_empty());
    assert_eq!(threats("Analysts warned that the incidents raised the risk of a miscalculation.").len(), 1);
    assert_eq!(threats("A little-known group claimed responsibility for the blast at the depot.").len(), 1);
}

#[test]
fn a_terrorist_organisation_named_in_court_is_no_threat_by_itself() {
    assert!(
        threats("His lawyer said he would plead guilty to membership of a terrorist organisation.")
            .is_empty()
    );
    assert_eq!(threats("Terrorists opened fire on the convoy.").len(), 1);
}

#[test]
fn a_definite_cue_with_its_own_complement_is_a_new_threat() {
    let found = threats(
        "Ruritanian troops massed on the border with Elbonia on Monday. \
         Analysts said the standoff increased the risk of a miscalculation.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_case_considered_is_no_threat_reported() {
    assert!(
        threats("South Korea agreed to respond firmly to any provocation.").is_empty(),
        "{:?}",
        threats("South Korea agreed to respond firmly to any provocation.")
    );
}

#[test]
fn an_agentless_passive_after_a_threat_tells_more_of_it() {
    let text = "Rebels fired rockets at a border village on Sunday. \
                The village was shelled for three hours and its school burned.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // With its agent named, right after a threat, the passive reports a threat of its own.
    let named = "Rebels fired two missiles at a tanker on Sunday. \
                 On Monday a ferry was attacked off the coast of Yemen by Houthi fighters.";
    assert_eq!(threats(named).len(), 2, "{:?}", threats(named));
    // Dated to a year of its own, the passive is news of its own.
    let other = "Russia has been spying on the ports of Norway for years. \
                 In 2019 the email system of the port authority was hacked.";
    assert_eq!(threats(other).len(), 2, "{:?}", threats(other));
}

#[test]
fn putting_lives_at_risk_is_a_danger_whoever_says_it() {
    assert_eq!(threats("Nurses warned that the outage could put lives at risk within days.").len(), 1);
}

#[test]
fn jamming_hybrid_campaigns_and_influence_operations_are_threats() {
    let found = threats("Norway accused Ruritania of jamming satellite signals over the fjords.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:jamming"), "{found:?}");
    let found = threats("The ministry called the outages part of a hybrid campaign run from abroad.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:hybrid"), "{found:?}");
    let found = threats("Researchers traced the fabricated videos to a single influence operation.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:influence");
    // Disinformation as a topic needs a state or group in its clause.
    assert!(threats("The professor said disinformation is hard to measure.").is_empty());
}

#[test]
fn gunfire_armed_men_and_trafficking_are_threats() {
    let found = threats("Villagers reported sporadic gunfire near the ford after dark.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:gunfire"), "{found:?}");
    let found = threats("Two aides were taken from their homes by armed men before dawn.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats("The port has become a transit hub for cocaine smuggled from abroad.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:trafficking"), "{found:?}");
}

#[test]
fn a_manoeuvre_executed_is_no_killing() {
    assert!(threats("The crew of the Finnish jet executed a missed approach.").is_empty());
    let found = threats("Iran said five prisoners were executed last week.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:casualties"), "{found:?}");
}

#[test]
fn naming_a_group_as_terrorist_in_law_is_a_measure() {
    let text = "Lawmakers called for the Ruritanian Guard to be proscribed as a terrorist organisation.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn a_nationality_said_of_the_people_held_is_no_detention_rule() {
    let text = "Pirates kidnapped six sailors off Angola. The kidnapped sailors were two Elbonians \
                and four Ruritanians, the owner in Greece said.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn seizing_money_and_standing_sanctions_are_no_threats() {
    assert!(
        threats("Police in Moldova carried out 12 searches and seized about $3 million in cash.").is_empty()
    );
    let text = "The buyer was a firm in Ruritania that has been under Elbonian sanctions since 2019.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // Seizing a ship is still a hostile act.
    assert_eq!(threats("Iran seized a tanker in the Strait of Hormuz.").len(), 1);
}

#[test]
fn damage_to_cables_and_pipelines_is_a_threat() {
    let found = threats("Both of the power cables that link the islets to the coast were severed in May.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:infrastructure-damage");
    assert_eq!(found[0].cue, "cables that link the islets to the coast were severed");
    let found = threats("A crisis could start with the cutting of the main gas pipelines.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:infrastructure-damage"));
    // A cut far from any line is no damage to it.
    assert!(threats("The cable company cut its prices, analysts said.").is_empty());
}

#[test]
fn casualties_right_after_an_attack_tell_more_of_it() {
    let text = "Rebels from Elbonia shelled the border town of Ruritania on Monday. Nine people were \
                killed and 20 wounded, the health ministry said.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Not so for weapons: a second kind of arms is news of its own.
    let text = "North Korea test-fired two ballistic missiles on Monday. North Korea also moved \
                troops to the border with China.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn a_past_event_that_dates_something_else_is_no_threat() {
    let text = "The firm evaded export rules imposed after Ruritania's 2014 invasion of Elbonia.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    assert_eq!(threats("Ruritania's invasion of Elbonia began in 2014.").len(), 1);
    // An event right after "since", dated by the year after it, dates the rule of a government.
    for text in [
        "Elbonia's military government, led by Capt. Ivo Marr since a coup in September 2022, did \
         not comment on the toll.",
        "The junta, in power since coups in 2020 and 2021, has said the situation is under control.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
    // A coup told as news still is one.
    assert_eq!(threats("Soldiers staged a coup in September 2022, seizing the radio station.").len(), 1);
}

#[test]
fn foreign_citizens_arrested_in_the_passive_are_held_and_other_arrests_are_police_work() {
    let found = threats("Iran said two Canadian nationals had been arrested this year.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:detention"), "{found:?}");
    let text = "Two of the suspects were arrested in Cyprus at the request of the United States.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // Words that only describe the foreigners may stand between them and the verb.
    let found = threats("Mali said two French nationals working for a charity had been detained last week.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:detention"), "{found:?}");
}

#[test]
fn police_holding_foreign_citizens_hold_them_for_their_state() {
    let found = threats("Harbour police arrested three Egyptian men suspected of steering the boat.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:detention"), "{found:?}");
    assert!(found[0].summary.contains("arrested three Egyptian"), "{}", found[0].summary);
    // People of no nationality named are police work, as before.
    let text = "Harbour police arrested three men suspected of steering the boat.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // An arrest on a hostile charge stays that rule's.
    let found =
        threats("Police said they had arrested a Serbian citizen on suspicion of photographing bases.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:charged-arrest"), "{found:?}");
}

#[test]
fn an_arrest_for_a_hostile_act_is_a_threat_and_one_for_a_crime_or_none_named_is_police_work() {
    let rule = |text: &str| threats(text).first().map(|t| t.rule.clone());
    let charged = Some("threat:cue:charged-arrest".to_owned());
    // The charge is no threat cue alone, but a hostile act all the same.
    assert_eq!(
        rule("Police arrested a Vellish man at the border on suspicion of photographing port facilities."),
        charged
    );
    assert_eq!(
        rule("Officers had arrested a student in Kessa on suspicion of computer misuse offences."),
        charged
    );
    assert_eq!(rule("A courier was detained on treason charges in Orra last week."), charged);
    // The people arrested may be described at length before the charge.
    let text =
        "Officers arrested two men aged 19 and 22 on Thursday morning in connection with the shooting.";
    assert_eq!(rule(text), charged);
    // A charge that is a cue is that cue's threat, under its family.
    let text = "Police arrested two residents of Orra on suspicion of spying for Iran.";
    assert_eq!(rule(text).as_deref(), Some("threat:cue:espionage"));
    // Foreign citizens arrested so are held as foreigners are.
    let text = "Iran said it had detained two Canadian nationals on suspicion of photographing bases.";
    assert_eq!(rule(text).as_deref(), Some("threat:cue:detention"));
    // An ordinary crime, no charge named, or a charge told of another clause: police work.
    for text in [
        "Police arrested two men on suspicion of theft.",
        "The men were arrested in raids after an undercover officer gained their trust over months.",
        "Two of the suspects were arrested in Cyprus at the request of the United States.",
        "Officers arrested a driver, said the man was a suspect, and were accused of brutality.",
    ] {
        assert!(threats(text).is_empty(), "{text}: {:?}", threats(text));
    }
}

#[test]
fn a_ranked_danger_stands_where_the_other_cue_of_its_sentence_proposes_nothing() {
    // "leaked" alone, with nobody acting, is no threat; the ranking is.
    let found = threats("The biggest danger is the documents they leaked.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:assessment"), "{found:?}");
    // Where the other cue is a threat, that one is proposed, as before.
    let found = threats("The biggest danger is that Ruritania will invade Elbonia.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].rule, "threat:cue:assessment", "{found:?}");
}

#[test]
fn foreigners_named_after_including_among_those_held_are_held() {
    let text = "Iran said it had detained three people in connection with the shipment, including two \
                Canadian nationals.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:detention"), "{found:?}");
    // Others named after "including" are no foreigners held.
    let text = "Iran said it had detained three people in connection with the shipment, including a \
                driver.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn the_summary_names_all_the_people_held_and_stops_at_a_verb_of_speech() {
    let found = threats("Iran has detained dozens of dual nationals in recent years.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Iran -> detained dozens of dual nationals"));
    let found = threats("China says its border troops reported Indian soldiers on the ridge.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("China -> troops"), "{found:?}");
}

#[test]
fn the_actor_is_the_agent_not_the_nearest_state() {
    let sent = threats("Russia sent troops to Belarus on Monday.");
    assert_eq!(sent[0].summary, "Russia -> sent troops -> Belarus");
    // The object of an active verb is the target; a place after "in" is no actor.
    let found = threats("Hundreds of fighters attacked a United Nations base in northern Mali on Sunday.");
    assert_eq!(found.len(), 1);
    assert!(found[0].summary.ends_with("-> attacked -> United Nations"), "{}", found[0].summary);
    assert!(!found[0].summary.starts_with("Mali"), "{}", found[0].summary);
    let ongoing = threats("The group will keep targeting United States bases, the report said.");
    assert!(ongoing[0].summary.ends_with("-> United States"), "{}", ongoing[0].summary);
    // A body named after the cue that reports it is the source, not the actor.
    let reported = threats("Gunmen attacked a convoy near the border on Sunday, NATO officials said.");
    assert!(!reported[0].summary.starts_with("NATO"), "{}", reported[0].summary);
}

#[test]
fn an_actorless_threat_of_a_kind_seen_before_is_a_new_one_unless_it_follows() {
    let text = "A ransomware attack shut down the city's billing system on Monday. Schools reopened on \
                Wednesday. Officials said a separate phishing campaign had hit the water utility.";
    assert_eq!(threats(text).len(), 2);
}

#[test]
fn similar_events_are_new_threats_not_restatements() {
    let text = "Hackers claimed responsibility for the outage at the port. The group has carried out \
                similar denial-of-service attacks on sites in Poland.";
    assert_eq!(threats(text).len(), 2);
}

#[test]
fn a_count_after_a_weak_cue_makes_it_a_fact() {
    assert_eq!(threats("The fighting has killed thousands of people since June.").len(), 1);
    assert_eq!(threats("The flood killed 40 people in the valley.").len(), 1);
    assert!(threats("The film was killed by the critics.").is_empty());
}

#[test]
fn a_count_in_words_before_a_weak_cue_makes_it_a_fact() {
    assert_eq!(threats("Fighting in the capital left dozens dead.").len(), 1);
    assert_eq!(threats("Hundreds were killed when the dam burst upstream.").len(), 1);
    // Without a count the weak cue needs someone acting.
    assert!(threats("Fighting in the capital left people afraid.").is_empty());
    // A number spelt out counts harm as figures do: the harm itself, or what its passive struck.
    assert_eq!(threats("The group had carried out nine attacks on army bases.").len(), 1);
    assert_eq!(threats("Two police checkposts were attacked on Monday.").len(), 1);
    // Not a number that counts the people who speak of it, nor troops.
    assert!(threats("The two leaders discussed attacks on shipping.").is_empty());
    assert!(threats("The bodies of the two soldiers were flown home.").is_empty());
}

#[test]
fn a_danger_assessed_as_growing_or_ranked_is_a_threat() {
    let found = threats("The regulator said the outages posed a growing risk to pilots.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "threat:cue:assessment");
    assert_eq!(threats("Officials called the network the most persistent threat they face.").len(), 1);
    assert!(threats("Children are the people most at risk, the charity said.").is_empty());
}

#[test]
fn a_cue_naming_the_field_of_experts_is_no_threat() {
    assert!(threats("Nerve agent experts said the samples would take weeks to test.").is_empty());
    assert_eq!(threats("The regime used nerve agent on the town, experts said.").len(), 1);
    assert!(threats("The senator called it ambush journalism by Russia's state channel.").is_empty());
    // An analysis of dangers is no danger stated.
    assert!(
        threats("The report came out as several EU governments review their threat assessments.").is_empty()
    );
    assert_eq!(threats("Several EU governments said the threat from Russia was growing.").len(), 1);
}

#[test]
fn rarer_wording_of_intrusions_massacres_and_intimidation() {
    assert_eq!(threats("The gang often broke into networks through old remote-access software.").len(), 1);
    assert_eq!(threats("Sudan's army has been blamed for massacres of villagers.").len(), 1);
    assert_eq!(threats("The tax portal went offline under a DDoS attack.").len(), 1);
    assert_eq!(threats("Russia tried to intimidate the election workers.").len(), 1);
}

#[test]
fn a_response_someone_is_asked_for_is_no_threat() {
    assert!(threats("The governor asked the Kenyan army to deploy more troops to the valley.").is_empty());
    assert!(threats("Poland urged its partners to consider further sanctions on Russian firms.").is_empty());
    // A strong cue keeps its danger, and a request without "to" is no request of the cue.
    assert_eq!(threats("Iran urged Hezbollah to fire rockets at the border posts.").len(), 1);
    assert_eq!(threats("Russia moved troops closer to the border, officials asked.").len(), 1);
}

#[test]
fn an_ambush_is_an_attack() {
    let found = threats("Two soldiers were wounded in an ambush on the road north of the town.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "threat:cue:gunfire");
}

#[test]
fn a_running_toll_after_another_threat_is_a_threat_of_its_own() {
    let text = "Both armies in Sudan have been accused of atrocities. The war has killed tens of \
                thousands of people since it began.";
    assert_eq!(threats(text).len(), 2);
    // A count told right after an attack still tells more of it.
    let attack = "Rebels shelled the market in Goma on Monday. Nine people were killed and 20 wounded.";
    assert_eq!(threats(attack).len(), 1);
}

#[test]
fn a_perfect_is_no_passive() {
    // "has killed" is active: after another threat it is no agentless passive telling more of it.
    let text = "Rebels shelled the market in Goma on Monday. The fighting has killed thousands of people \
                since 2021.";
    assert_eq!(threats(text).len(), 2);
}

#[test]
fn a_definite_cue_counting_its_victims_is_a_new_event() {
    let text = "Gunmen attacked a police post in Niger on Monday. The post reopened on Friday. \
                Officials also blamed Russia for the killings of 12 journalists in Mali.";
    assert_eq!(threats(text).len(), 2);
}

#[test]
fn hyphenated_trafficking_and_targeting_are_cues() {
    assert_eq!(threats("The men were hired through a drug-trafficking gang in the port.").len(), 1);
    assert_eq!(threats("The group has targeted dozens of hospitals since 2022.").len(), 1);
    assert!(threats("The campaign targeted young voters online.").is_empty());
}

#[test]
fn a_cue_naming_a_process_or_a_body_is_no_threat() {
    let text = "Aid groups said the new rules had slowed the hostage talks.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    let text = "The report went to the Elbonia sanctions committee, and Ruritania drafted the embargo \
                resolution.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
}

#[test]
fn the_same_weapon_or_the_case_named_again_is_a_restatement() {
    let text = "Hackers tied to Ruritania broke into the networks of the Elbonian treasury. The \
                ministers met on Friday. \"It is the same custom malware and the same servers,\" an \
                analyst said. \"This is the worst hacking case we have seen,\" the minister said.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // "A hacking incident" is a first mention.
    let text = "Hackers broke into the networks of a bank in Kenya on Monday. Markets were calm on \
                Tuesday. A hacking incident shut the port of Mombasa.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    // "The same day" names a time: what follows is a new event.
    let text = "Gunmen attacked a police post in Kenya on Monday. Markets were calm on Tuesday. The \
                same day bombs hit a market in Mali.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
}

#[test]
fn exercises_agreed_between_partners_are_diplomacy() {
    let text = "The leaders of France and Germany agreed to hold more joint military drills.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    assert_eq!(threats("Russia held military drills near the border with Finland.").len(), 1);
}

#[test]
fn incursions_into_airspace_and_waters_are_threats() {
    let found =
        threats("Russia said two of its bombers had entered the air defence identification zone of Japan.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:incursion"), "{found:?}");
    let found =
        threats("A Chinese trawler was fishing illegally inside the exclusive economic zone of Vietnam.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:incursion"), "{found:?}");
    // A zone after a full stop or another statement is no zone entered.
    assert!(threats("The minister entered the hall. Airspace was calm.").is_empty());
}

#[test]
fn drone_sightings_attempted_intrusions_and_spying_are_threats() {
    let found = threats("Sightings of drones over the harbour forced the port to halt all traffic.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:drone-incursion"), "{found:?}");
    let found = threats("The hackers also tried in vain to break into the systems of a shipyard.");
    assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Cyber), "{found:?}");
    let found = threats("Officials say China is trying to gather intelligence about the navy of Australia.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:espionage"), "{found:?}");
}

#[test]
fn people_missing_hunted_or_held_for_ransom_and_retaliation_are_threats() {
    let found = threats("The mining firm has lost contact with nearly 200 of its workers.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = threats("The space agency of India lost contact with its lunar probe.");
    assert!(found.is_empty(), "{found:?}");
    let found = threats("The United Nations said gunmen went from house to house looking for informers.");
    assert!(!found.is_empty(), "{found:?}");
    let found = threats("Officials in Kenya fear the cell will seek to retaliate after the raids.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:retaliation"), "{found:?}");
    let found = threats("Analysts expect the kidnappers to use the pilot as leverage against Nigeria.");
    assert!(!found.is_empty(), "{found:?}");
}

#[test]
fn harm_assessed_as_a_consequence_is_a_threat() {
    let found = threats("The government of Moldova said a cold winter might force it to ration fuel.");
    assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Economic), "{found:?}");
    let found = threats("One wrong move between the jets might quickly turn into a crisis, she said.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:escalation-risk"), "{found:?}");
}

#[test]
fn civilian_paired_with_military_is_no_word_of_peace() {
    let text = "Officials fear Russia is flying drones over military and civilian sites in Finland.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    assert!(threats("Russia offered Finland drones for civilian use.").is_empty());
}

#[test]
fn a_risk_that_names_the_harm_it_risks_is_a_threat() {
    let text = "The danger is that a pilot panics, a jet is hit and somebody is killed.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    assert!(threats("The danger is that the budget runs out before May.").is_empty());
}

#[test]
fn the_summary_names_the_agent_of_the_cue_or_leaves_it_open() {
    let summary = |text: &str| threats(text).first().map(|t| t.summary.clone()).unwrap_or_default();
    // No agent: the who is left open, not filled with the category.
    assert_eq!(summary("A cruise missile hit the depot on Sunday."), "? -> cruise missile");
    // A state after the cue is where the harm went, not who did it.
    let text = "A blast tore through a fuel depot in Serbia on Monday, cutting supplies to Hungary.";
    assert!(summary(text).starts_with("? -> blast"), "{}", summary(text));
    // A state merely mentioned before the cue is no agent either.
    let text = "Fighters took one of Chad's biggest oil fields on Friday after a long assault.";
    assert!(summary(text).starts_with("? -> assault"), "{}", summary(text));
    // The body that reports the cue is its source, unless it speaks of itself.
    let text = "NATO said it had tracked the drone until it struck the radar station.";
    assert!(summary(text).starts_with("? -> "), "{}", summary(text));
    assert!(summary("Iran said it had deployed two more frigates to the strait.").starts_with("Iran -> "));
    // The subject opening the sentence and an agent after "by" are agents.
    assert!(summary("Yemen's Houthi rebels hit a cargo ship with two missiles.").starts_with("Houthi"));
    assert!(summary("The town was shelled by Russia on Friday.").starts_with("Russia -> "));
}

#[test]
fn responses_police_work_and_penalties_are_no_threats() {
    let text = "The navy of Ghana said it had deployed two boats and a plane to search for the crew.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    let text = "The army of Mali said about 30 soldiers had been arrested over the plot.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    let text = "Lawmakers raised the prison sentence for deliberately damaging undersea cables.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // The charge itself is a danger told.
    assert_eq!(threats("Iran has charged a French teacher with espionage.").len(), 1);
}

#[test]
fn drones_seen_over_a_site_and_networks_scanned_are_threats() {
    let found = threats("Two large drones had been spotted over the naval base for a week.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:drone-incursion"), "{found:?}");
    let found = threats("Officials said an unknown actor was scanning the ministry's internal network.");
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:intrusion"), "{found:?}");
    // Drones not seen in the passive are no sighting.
    assert!(threats("She said the drones in the window looked cheap.").is_empty());
}

#[test]
fn the_means_to_wage_war_is_a_threat_but_a_war_on_poverty_is_not() {
    let text = "The shipments give both sides more means to wage war in the east.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    assert!(threats("The new mayor promised to wage war on poverty.").is_empty());
}

#[test]
fn a_warning_of_punishment_and_a_forecast_of_escalation_are_threats() {
    let text = "The Marovian leader said any state that crossed the line would pay a heavy price.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:warning"), "{found:?}");
    let text = "Observers said the quarrel over grazing land could escalate once the snow melts.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:escalation-risk"), "{found:?}");
}

#[test]
fn an_unsafe_encounter_at_sea_or_in_the_air_is_a_threat() {
    let text = "\"The manoeuvre was unsafe and unprofessional,\" a navy officer said of the patrol jet.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:unsafe-encounter"), "{found:?}");
}

#[test]
fn fabricated_media_and_impersonation_are_influence_operations() {
    let text = "The campaign spread fabricated recordings of two mayors before the local vote.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:influence"), "{found:?}");
    // Impersonation alone needs a group behind it.
    assert!(threats("The actor loves to impersonate his old teachers.").is_empty());
}

#[test]
fn stolen_data_held_for_payment_is_extortion() {
    let text = "The gang wrote on its leak site that it would release the files next week.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:cyber"), "{found:?}");
}

#[test]
fn collecting_information_or_recruiting_agents_for_a_state_is_espionage() {
    let text = "Prosecutors said the pair had been collecting information on air bases for Iran.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:espionage"), "{found:?}");
    assert!(threats("The students were collecting information on local birds.").is_empty());
}

#[test]
fn a_defence_against_a_danger_is_no_danger_stated() {
    assert!(threats("Engineers said the old rocket defence was being replaced.").is_empty());
    assert!(threats("The town bought a drone shield for the stadium.").is_empty());
}

#[test]
fn a_sentence_led_by_a_pronoun_for_the_actor_tells_more_of_its_threat() {
    let text = "Hackers from Iran hit two clinics in the city on Monday. \
                It also stole patient files and threatened to leak them.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Events dated by a year are events of their own.
    let text = "Hackers from Iran hit two clinics in the city on Monday. \
                It also carried out the 2019 bombing of the port.";
    assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    // Without a threat just before, the pronoun's sentence is read on its own.
    let text = "The mayor opened the new ward on Monday. It was later hit by ransomware.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn forces_named_by_nationality_act_for_their_state() {
    let text = "Officials said Armenian soldiers attacked a hill post overnight.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:attack"), "{found:?}");
    // The forces are no threat by themselves, nor is a nationality without forces.
    assert!(threats("Armenian soldiers returned to their barracks.").is_empty());
    assert!(threats("Armenian farmers said the attack dogs were loose.").is_empty());
}

#[test]
fn a_label_put_on_an_event_told_is_no_new_threat() {
    let text = "Hackers from Iran hit the water utility's pumps on Monday. \
                The governor later described the episode as sabotage by a hostile state.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // The same label with nothing told before is a threat of its own.
    let text = "The governor described the episode as sabotage by a hostile state.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
    // The event named again by a cue ("called the assault …") takes the label too.
    let text = "Gunmen stormed the port terminal on Monday. The prime minister called the assault \
                \"a declaration of war against the people\" and asked for help.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
    // So does a bare noun after "It was", a paragraph on, and the term of a comparison is no
    // threat at all.
    let text = "An arson attack destroyed a depot in the port on Monday. The court heard evidence \
                for three weeks. The defendant denied the charge.\n\n\"It was sabotage, paid for by \
                a foreign power,\" the prosecutor said. \"A hired arsonist is cheaper than a \
                missile,\" she added.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_source_fearing_retaliation_reports_no_threat() {
    assert!(threats("The driver spoke anonymously for fear of retaliation.").is_empty());
    assert!(threats("She spoke on condition of anonymity, fearing retaliation.").is_empty());
    let text = "A trader who gave only his first name, Omar, for fear of reprisals, said the market closed.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // Fear of retaliation told of people, not of a source, is kept.
    let text = "Villagers fled the valley for fear of retaliation by the militia.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn homes_or_markets_set_on_fire_are_violence() {
    let text = "Witnesses said the raiders torched the grain store and two villages before dawn.";
    let found = threats(text);
    assert_eq!(found.first().map(|t| t.rule.as_str()), Some("threat:cue:arson"), "{found:?}");
    // Fields burned by farmers, or a fire with no place of living, are none.
    assert!(threats("Farmers burned the stubble in their fields after the harvest.").is_empty());
}

#[test]
fn a_long_feature_headline_proposes_nothing() {
    let text = "On the ridge above a quiet farming town, a drone alarm at night wakes an old \
                fear among the herders: 'We always hear them first'\n\n\
                Officials said Ruritanian drones crossed the ridge on Monday.";
    let found = threats(text);
    assert!(found.iter().all(|t| t.evidence.starts_with("Officials said")), "{found:?}");
}

#[test]
fn a_cue_quoted_alone_is_a_word_named() {
    let text = "\"Visitors read 'drone' on the sign and they turn back,\" the guide said.";
    assert!(threats(text).is_empty(), "{:?}", threats(text));
    // With an article it is a label on something told.
    let text = "The minister said Ruritania had staged a 'sabotage' of the power grid.";
    assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
}

#[test]
fn every_rule_starts_from_its_listed_word() {
    let sentences = [
        "The undersea power cables were cut near the island on Tuesday.",
        "Analysts warned of a growing risk of conflict in the strait.",
        "Militants torched homes in the village overnight.",
        "Police said the fires were set deliberately.",
        "The group warned that informers would be hunted down.",
        "The Kessa Front warned that it would pursue them into their barracks.",
        "\"If they land, we will burn the airport,\" he said.",
        "Fighters seized two bridges on the highway.",
        "Two bombers violated Norwegian airspace on Monday.",
        "Several drones were spotted over the air base.",
        "The hackers were scanning the ministry's internal network for weeks.",
        "Two aid workers have been held in the desert since June.",
        "A forum post said the convoys would be met with blood.",
        "The crew were selling stolen customer passwords online.",
        "Loose ice poses a serious risk to the ferries.",
        "Crowded anchorages raised the risk of a collision.",
        "A stray anchor could cause a blackout on the island.",
        "Cutting the wire put the guards and the villagers at risk.",
        "Police rounded up a dozen opposition campaigners overnight.",
        "Officers arrested a man on suspicion of photographing the port.",
        "Any raid on the base will be met with force.",
        "Smuggling is the gravest organised crime threat to Vela.",
        "Kessa closed all of its land crossings with Vell.",
        "\"Anyone who crosses the river will be shot,\" the colonel said.",
        "Kessa is recruiting students online to act as agents.",
        "Police said the man planned to bomb a chapel.",
        "Gangs now control most of the port.",
        "Officials said an attack was likely.",
        "The handler asked him to photograph the depot.",
        "The note demanded a ransom in bitcoin.",
        "The clerk passed classified documents abroad.",
        "The gang said it would publish the files unless paid.",
    ];
    let source = sentences.join(" ");
    let text = tokenize(&source);
    let mut fired = [false; cues::RULES.len()];
    for sentence in &text.sentences {
        for at in sentence.clone() {
            for (index, (family, words, rule)) in cues::RULES.iter().enumerate() {
                if rule(&text, sentence.clone(), at).is_some() {
                    assert!(LEXICON.word_in(*words, &text, at), "{family} fired at {:?}", text.key(at));
                    fired[index] = true;
                }
            }
        }
    }
    assert_eq!(fired, [true; cues::RULES.len()], "each rule fires on its own sentence");
}

#[test]
fn a_definite_subject_of_attackers_anchors_the_first_threat_told() {
    let found = threats("The militants attacked a church in Vell on Sunday.");
    assert_eq!(found.len(), 1, "{found:?}");
    // After a threat told, the same words tell more of it: no second threat.
    let found = threats(
        "Gunmen from the Vell Front raided a market at dawn, killing six people. The militants \
         attacked a church on the way out.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_people_of_an_attack_told_are_no_new_threat_where_the_attack_is_restated() {
    let text = "3 soldiers killed, 5 hurt in Kessa ambush; Army blames Katiba Varen\n\nKESSA CITY \
                \u{2014} Three soldiers were killed and five others wounded when suspected members of \
                the Katiba Tolo-Varen Group (KTVG) ambushed an Army convoy with a landmine and \
                machine-gun fire in Kessa province on Tuesday evening, the military said.\n\nThe \
                soldiers, from the Army's 4th Rifle Battalion, were driving back from a vaccination \
                drive in the village of Orra when an improvised explosive device went off under their \
                second truck, followed by shooting from a ridge, according to Maj. Tomas Arvel.";
    let found = threats(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A danger told first, so that an arrest after it is part of its telling.
const SABOTAGE_TOLD: &str = "Saboteurs set fire to a rail depot in Orra last week, officials said.";

#[test]
fn an_arrest_after_a_danger_told_is_still_police_work() {
    // The sabotage is the danger; the suspects held are its telling, not a threat of their own.
    let found =
        threats(&format!("{SABOTAGE_TOLD} Three men were arrested on Sunday at a flat near the port."));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].evidence.starts_with("Saboteurs"), "{found:?}");
}

#[test]
fn a_warning_told_after_a_danger_is_a_threat_and_yields_to_any_other_cue_of_its_sentence() {
    let after = |sentence: &str| {
        let found = threats(&format!("{SABOTAGE_TOLD} {sentence}"));
        found.into_iter().filter(|t| !t.rule.ends_with(":sabotage")).collect::<Vec<_>>()
    };
    let found =
        after("The ministry warned that foreign powers were recruiting teenagers through video games.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].rule.as_str(), found[0].cue.as_str()), ("threat:cue:told-warning", "warned that"));
    assert!(found[0].summary.contains("foreign powers were recruiting teenagers"), "{}", found[0].summary);
    let found = after("Kessa warns that the talks may collapse.");
    assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Kessa -> warns that the talks may collapse"));
    // The harm named is the threat.
    let found = after("Officials warned that the militia would fire ballistic missiles at the port.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "threat:cue:missile", "{found:?}");
    // A warning denied, or a warning "of" (no clause told), is none.
    assert!(after("The agency did not warn that the dam was weak.").is_empty());
    assert!(after("The agency warned of delays at the border.").is_empty());
    // Alone, a forecast is no danger told (see `a_warning_of_harm_to_come_is_a_threat`).
    assert!(threats("The ministry warned that foreign powers were recruiting teenagers.").is_empty());
}

#[test]
fn foreigners_held_in_a_passive_without_auxiliaries_or_after_a_relative_clause_are_held() {
    let detention = |text: &str| threats(text).iter().any(|t| t.rule == "threat:cue:detention");
    // A nationality before the noun, and a participle with its place and time.
    assert!(detention(
        "The family of Jean Roux, a French-Iranian academic detained in Tehran since March on espionage charges, said he was innocent."
    ));
    assert!(detention("Iran said a French academic had been detained on Friday."));
    assert!(detention("A French academic has been detained in Iran since May."));
    // A relative clause between the people held and the verb.
    assert!(detention(
        "Mali's interior minister said two foreign nationals, whom he did not name, had been detained on suspicion of financing the plotters."
    ));
    // Not a nationality further back, nor an active verb.
    assert!(!detention("The French embassy said a man had been detained on Friday."));
    assert!(!detention("A French academic detained the thief until police came."));
    // Police of a nationality arresting people hold no foreigners.
    let found = threats("Dutch police have arrested three men suspected of plotting a murder for Iran.");
    assert!(found.iter().all(|t| !t.summary.contains("Dutch police have")), "{found:?}");
}

#[test]
fn bought_votes_tried_blasts_fires_set_answers_in_kind_and_accounts_broken_into_are_threats() {
    for (text, rule) in [
        (
            "Police said the network paid voters to back the Harbour League's candidates.",
            "threat:cue:vote-buying",
        ),
        (
            "He is accused of channelling money to buy votes in the Ostland election.",
            "threat:cue:vote-buying",
        ),
        (
            "The agency is accused of organising a failed attempt to blow up a rail line.",
            "threat:cue:bombing",
        ),
        ("The account had offered 10,000 euros for setting fire to a military vehicle.", "threat:cue:arson"),
        ("The Ostland ministry said it would take reciprocal measures.", "threat:cue:retaliation"),
        (
            "Officials recorded attempts to break into the email accounts of lawmakers.",
            "threat:cue:intrusion",
        ),
    ] {
        let found = threats(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].rule, rule, "{text}");
    }
}
