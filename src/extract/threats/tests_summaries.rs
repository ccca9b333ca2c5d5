//! Tests of the summary's who and target when no state or group stands right before the cue: a
//! subject described, a group introduced by its name, the agent after "by", a definite description
//! or a pronoun for a group named before, and bodies after the cue that report it rather than
//! suffer it. Each with a made-up example.

use super::tests::threats;

/// The summaries of the threats proposed for `text`.
fn summaries(text: &str) -> Vec<String> {
    threats(text).into_iter().map(|t| t.summary).collect()
}

#[test]
fn a_described_subject_is_the_who() {
    assert_eq!(
        summaries("Masked raiders torched a bus depot outside Tarvel on Monday."),
        ["masked raiders -> torched"]
    );
    assert_eq!(
        summaries("Pirates in three skiffs hijacked a grain carrier near the cape on Friday."),
        ["pirates -> hijacked"]
    );
    // A subject that suffers the act is none, nor one that is the cue itself.
    assert_eq!(summaries("Two raiders were kidnapped near the depot on Monday."), ["? -> kidnapped"]);
    assert!(
        summaries("Two gunmen were arrested near the depot on Monday.")
            .iter()
            .all(|s| s.starts_with("? -> "))
    );
    // "Men" alone, with no word to describe them, says nothing.
    assert_eq!(summaries("Two men hijacked a grain carrier near the cape on Friday."), ["? -> hijacked"]);
}

#[test]
fn a_group_introduced_by_its_name_is_the_who() {
    let found = summaries(
        "A little-known militia calling itself the Dawn Banner claimed responsibility for the bombing on Sunday.",
    );
    assert_eq!(found, ["Dawn Banner -> claimed responsibility for the bombing"]);
    let found = summaries(
        "An armed group known as the Dawn Banner claimed responsibility and threatened more attacks on \
         ferry terminals.",
    );
    assert_eq!(
        found.first().map(String::as_str),
        Some("Dawn Banner -> claimed responsibility and threatened more attacks")
    );
}

#[test]
fn the_agent_after_by_is_the_who_not_the_target() {
    let found = summaries("Police say the warehouses were torched by a cell calling itself the Dawn Banner.");
    assert_eq!(found, ["Dawn Banner -> torched"]);
}

#[test]
fn a_definite_description_stands_for_the_armed_group_named_before() {
    let text = "The Ember Valley Front has been active in the hills since 2019. \
                Officials said the arrests showed that the group still planned to bomb fuel depots.";
    let found = summaries(text);
    assert_eq!(found.last().map(String::as_str), Some("Ember Valley Front -> bomb"));
}

#[test]
fn a_state_s_forces_named_by_nationality_in_a_reported_clause_act() {
    let found = summaries("A border official told me Serbian artillery had already shelled two villages.");
    assert_eq!(found, ["Serbia -> shelled"]);
}

#[test]
fn a_subject_that_reports_or_foils_is_not_the_who() {
    // The speaker's own verb of speech: what follows is reported, the who stays open.
    let found = summaries("The Dawn Banner says the rockets were fired from the ridge.");
    assert!(found.iter().all(|s| !s.starts_with("Dawn Banner")), "{found:?}");
    // A condition: "if attacked" is said of the victim.
    let found = summaries("Elbonia said it would defend its ports if attacked.");
    assert!(found.iter().all(|s| !s.starts_with("Elbonia")), "{found:?}");
    // Who arrests or charges the suspects stops the plot.
    let found = summaries("Dutch police arrested three men suspected of planning a terrorist attack.");
    assert!(!found.is_empty() && found.iter().all(|s| !s.starts_with("Dutch police")), "{found:?}");
}

#[test]
fn a_pronoun_right_after_a_threat_carries_its_who() {
    let text = "Masked raiders torched a ferry terminal in Tarvel on Monday. \
                They have also threatened to bomb the harbour.";
    let found = summaries(text);
    assert!(found.iter().all(|s| s.starts_with("masked raiders -> ")), "{found:?}");
}

#[test]
fn a_body_that_reports_the_threat_is_not_its_target() {
    let found = summaries("Elbonia fired a cruise missile at a decommissioned ship, Ruritania's navy said.");
    assert!(found.iter().all(|s| !s.ends_with("-> Ruritania")), "{found:?}");
    let found = summaries(
        "\"Every bombing invites the next one,\" said the director of the Ruritanian Institute for Peace.",
    );
    assert!(found.iter().all(|s| !s.contains("Institute")), "{found:?}");
}

#[test]
fn two_statements_in_one_sentence_are_two_threats() {
    let found = threats(
        "A diplomat said Serbian armoured vehicles had been seen moving towards the border and that \
         Croatian reservists had been told to report to their units.",
    );
    let evidence: Vec<&str> = found.iter().map(|t| t.evidence.as_str()).collect();
    assert_eq!(
        evidence,
        [
            "A diplomat said Serbian armoured vehicles had been seen moving towards the border",
            "Croatian reservists had been told to report to their units."
        ]
    );
    // A second statement with a pronoun for its subject and no "that": one actor's second deed of
    // another kind.
    let found = threats(
        "Serbia said on Tuesday it had detained four Croatian soldiers who crossed the river and \
         announced it would send 8,000 more troops to its western border.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].evidence.starts_with("it would send 8,000 more troops"), "{found:?}");
    // One threat told in two statements, of one kind by one actor, stays one.
    let found = threats(
        "Serbian troops crossed the border at dawn, and Serbian troops shelled two villages by noon.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // One actor acting twice, in two kinds, is two threats.
    let found = threats(
        "The paper calls Russia \"the main danger to the Baltic\" and warns that Moscow could \"strike \
         Estonian ports\" within five years.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_clause_after_after_tells_an_event_of_its_own() {
    let found = threats(
        "Kenyan police have arrested at least 20 people, including two students, after two grenade \
         attacks in the capital killed three people and wounded 12, officials said.",
    );
    let evidence: Vec<&str> = found.iter().map(|t| t.evidence.as_str()).collect();
    assert_eq!(evidence.len(), 2, "{evidence:?}");
    assert!(evidence[1].starts_with("two grenade attacks"), "{evidence:?}");
    // A clause that only tells again a threat told before leaves the sentence whole.
    let found = threats(
        "Two grenade attacks in the capital killed three people on Sunday. Kenyan police have \
         arrested 20 people, including two students, after the grenade attacks killed three \
         people, officials said.",
    );
    let arrest = found.iter().find(|t| t.evidence.starts_with("Kenyan police"));
    assert!(arrest.is_some_and(|t| t.evidence.contains("after the grenade attacks")), "{found:?}");
    // "after" before a noun phrase, or before a participle that modifies one, opens no event.
    for text in [
        "Kenyan police have arrested at least 20 people, including two students, after the grenade \
         attacks on the market.",
        "Kenyan police have arrested at least 20 people, including two students, after a suspected \
         grenade attack on the market.",
    ] {
        assert_eq!(threats(text).len(), 1, "{text}");
    }
}

#[test]
fn a_suspect_still_free_is_a_threat() {
    assert_eq!(
        summaries("Police said a third man, believed to be the driver, was still at large."),
        ["? -> still at large"]
    );
    assert_eq!(threats("Prosecutors argue the engineer is a flight risk.").len(), 1);
    // Leaving the country is one only when said of a suspect or an attacker.
    assert_eq!(threats("A second suspect is believed to have left the country.").len(), 1);
    assert!(threats("The ambassador is believed to have left the country.").is_empty());
}

#[test]
fn a_poisoning_is_an_attack() {
    let found = threats("A retired colonel is in hospital after being poisoned with a rare toxin.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "threat:cue:assassination");
    assert!(threats("Dozens of guests fell ill with food poisoning after the wedding.").is_empty());
}

#[test]
fn a_subject_described_as_attackers_anchors_a_weak_cue() {
    // "weapons" is weak: people described as attackers anchor it as a named group would…
    assert_eq!(threats("Rioters took weapons from the prison armoury within minutes.").len(), 1);
    // … not ordinary people, nor attackers already told ("the rioters" refer back).
    assert!(threats("Farmers took weapons from the old armoury to the museum.").is_empty());
}

#[test]
fn the_attackers_of_an_attack_told_tell_more_of_it() {
    let text = "Masked raiders torched a clinic in Tarvel overnight. The town is quiet this morning. \
                Nurses say the attackers also shot at patients trying to flee.";
    assert_eq!(threats(text).len(), 1);
    // A group named by what it is, not by what it did, may do something new.
    let text = "Masked raiders torched a clinic in Tarvel overnight. The town is quiet this morning. \
                Nurses say the militants have begun planting bombs on the roads.";
    assert_eq!(threats(text).len(), 2);
}

#[test]
fn attackers_from_a_named_group_are_that_group() {
    let found = summaries("Gunmen from the Red Ridge Cartel torched two police vehicles on Monday.");
    assert_eq!(found.first().map(|s| s.starts_with("Red Ridge Cartel -> ")), Some(true), "{found:?}");
}

#[test]
fn a_named_group_past_its_relative_clause_acts_in_a_progressive() {
    let text = "The Red Ridge Cartel has grown fast. Officials said the Red Ridge Cartel, which controls \
                two ports, had been smuggling rifles across the border.";
    let found = summaries(text);
    assert!(found.iter().any(|s| s.starts_with("Red Ridge Cartel -> smuggling")), "{found:?}");
}

#[test]
fn a_time_or_a_bare_word_with_its_description_opens_the_subject() {
    let found =
        summaries("Last weekend an armed coalition stormed the prison in Tarvel, freeing 300 inmates.");
    assert_eq!(found.first().map(|s| s.starts_with("armed coalition -> ")), Some(true), "{found:?}");
    let found = summaries("Colleagues say the two nurses were abducted at gunpoint by men on motorbikes.");
    assert_eq!(found, ["men on motorbikes -> abducted at gunpoint"]);
}

#[test]
fn a_named_body_that_speaks_after_what_describes_it_anchors_nothing() {
    // "risk" is weak: a firm that says it, past a relative clause, is its source, not its actor.
    let found =
        threats("Acme Orbital, which runs sixty small satellites, said its fleet faced a rising risk.");
    assert!(found.iter().all(|t| !t.summary.starts_with("Acme Orbital")), "{found:?}");
}

#[test]
fn a_name_is_the_subject_only_when_its_verb_follows() {
    // "The Elbonian government warns …": the name describes the subject, which speaks.
    let found =
        summaries("The UK government warns that British travellers face a significant risk of arrest.");
    assert!(found.iter().all(|s| !s.starts_with("United Kingdom")), "{found:?}");
    // A passive anywhere between: the subject suffers ("had been recruited through a gang").
    let found = summaries("The suspects had been recruited through a drug-trafficking gang in the port.");
    assert!(found.iter().all(|s| !s.starts_with("suspects")), "{found:?}");
}

#[test]
fn a_name_given_is_no_subject_that_speaks() {
    let text = "They paid a company called Acme Analytica, which builds profiles of voters for narrowly \
                targeted messages.";
    assert!(threats(text).is_empty());
}

#[test]
fn a_short_form_in_brackets_between_the_group_and_its_verb_keeps_the_who() {
    let found = summaries(
        "Protesters blocked roads after the Kell Liberation Army (KLA) claimed an attack on a convoy.",
    );
    assert_eq!(found, ["Kell Liberation Army -> claimed an attack"]);
}

#[test]
fn the_names_in_an_arrests_charge_are_not_its_actor() {
    let found = threats(
        "Police said they had arrested a man on suspicion of photographing port facilities used by the United States.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].summary.starts_with("United States"), "{}", found[0].summary);
    // Who arrests, before the verb, is.
    let found =
        threats("Russia said it had arrested a man on suspicion of photographing bases used by Poland.");
    assert!(found.first().is_some_and(|t| t.summary.starts_with("Russia")), "{found:?}");
}

#[test]
fn the_state_a_retaliation_will_meet_is_no_who() {
    // The state in the subject of "will be met with" is whom the response is aimed at.
    let found = summaries("\"Any misadventure by Norway will be met with a swift and decisive response.\"");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].starts_with("Norway"), "{found:?}");
    let found = summaries("Officials said any attack on Chile would be met with force.");
    assert!(found.iter().all(|s| !s.starts_with("Chile")), "{found:?}");
    // A state that speaks of the response it will give is its who.
    let found = summaries("Norway warned that any incursion by Russia would be met with a swift response.");
    assert!(found.iter().any(|s| s.starts_with("Norway")), "{found:?}");
    let found = summaries("Norway warned that any incursion would be met with a swift response.");
    assert!(found.iter().any(|s| s.starts_with("Norway")), "{found:?}");
}

#[test]
fn a_verb_or_a_modal_before_the_cue_names_no_event() {
    // "fired missiles" twice is not one event named "fired".
    let found = summaries(
        "Russia fired missiles at Kyiv overnight. Schools were closed. Belarus fired missiles at Lviv on Monday.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // An event named by its place is still the same threat told again.
    let found = summaries("Gunmen stormed a hotel in Kessa. France condemned the Kessa attack.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_warning_in_another_speakers_words_is_no_follow_up() {
    // One side's warning, then the other side's in the next sentence: two threats.
    let found = threats(
        "\"We reserve the right to retaliate at a time of our choosing,\" Defence Minister Ola Berg said. \
         \"Any attack on our posts will be met with a swift and decisive response,\" General Ana Ruiz said.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // The same speaker going on is the same threat.
    let found = threats(
        "\"We reserve the right to retaliate at a time of our choosing,\" Defence Minister Ola Berg said. \
         \"Any attack on our posts will be met with a swift and decisive response,\" Berg said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_warning_in_a_quotation_is_its_speakers() {
    let found = summaries(
        "\"Any attack on our posts will be met with a swift and decisive response,\" General Ana Ruiz said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Ana Ruiz -> "), "{found:?}");
    // A state named in the warning is still its who.
    let found = summaries("\"Norway will retaliate against any incursion,\" General Ana Ruiz said.");
    assert!(found.iter().all(|s| s.starts_with("Norway")), "{found:?}");
}

#[test]
fn a_warning_told_in_quotation_marks_is_summed_up_by_its_words() {
    let text = "Kessa Front militants bombed the Vell pipeline last week. The group warned that \
                \"next time, the taps will run dry\".";
    let found = summaries(text);
    assert!(
        found.iter().any(|s| s == "Kessa Front -> warned that \"next time, the taps will run dry\""),
        "{found:?}"
    );
    // Quoted words too long for a summary: the cue alone, never an opening mark left open.
    let text = "Kessa Front militants bombed the Vell pipeline last week. The group warned that \"the \
                next time any engineer from abroad sets foot on the pipeline route, the taps of the \
                whole province will run dry\".";
    assert!(summaries(text).iter().all(|s| s.matches('"').count() % 2 == 0), "{:?}", summaries(text));
    // A single mark nested in the double ones does not close them.
    let text = "Kessa Front militants bombed the Vell pipeline last week. The group warned that \"the \
                word 'truce' is dead\".";
    let found = summaries(text);
    assert!(
        found.iter().any(|s| s == "Kessa Front -> warned that \"the word 'truce' is dead\""),
        "{found:?}"
    );
}
