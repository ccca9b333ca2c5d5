//! Subjects that do not speak: the subject of a passive, an owner whose body speaks, a servant
//! of a state; and speakers named in apposition to a description. Every example is made up.

use super::tests::speaker_of;

#[test]
fn the_subject_of_a_passive_speaks_no_quote() {
    // A speech verb in "-ed" after "was" tells what was done; its subject is no speaker.
    let text = "When the Varnholm deal was announced, opposition lawmakers in Ostland attacked it \
                as \"a reward for kidnappers\", and they were not wrong.";
    assert_eq!(speaker_of(text, "a reward"), None);
    // Whoever was asked did not ask.
    let text = "Jo Bellamy was asked, \"Did you know about the server?\" He shrugged.";
    assert_eq!(speaker_of(text, "Did you know"), None);
}

#[test]
fn a_described_person_in_apposition_names_the_subject() {
    let text = "The Senate majority leader, Senator Ifo Okwu, attacked the bill on Thursday as \
                \"a recipe for chaos\" in the regions.";
    assert_eq!(speaker_of(text, "a recipe").as_deref(), Some("Ifo Okwu"));
}

#[test]
fn an_unnamed_officer_who_spoke_is_whom_he_means() {
    // "he" after an unnamed officer who spoke is that officer, in words, not the woman named
    // before.
    let text = "Undersecretary Marisol Tebaldo said the government was \"studying all options\".\n\n\
                A senior Ruritanian military officer, who asked not to be named, said flights had \
                counted ships. \"They are building up,\" he said.";
    assert_eq!(
        speaker_of(text, "They are building").as_deref(),
        Some("A senior Ruritanian military officer")
    );
    // Somebody named since is whom "he" may mean: nobody is described in his place.
    let text = "A senior Ruritanian military officer, who asked not to be named, said flights had \
                counted ships. Admiral Tomas Welbury disagreed. \"They are building up,\" he said.";
    assert_ne!(
        speaker_of(text, "They are building").as_deref(),
        Some("A senior Ruritanian military officer")
    );
}

#[test]
fn an_official_stays_described_unless_the_article_names_their_body() {
    let text = "A senior Ostland security official, speaking on condition of anonymity, told \
                reporters that units had moved.\n\n\"What is new this time is the coast guard,\" \
                the official said.";
    // Described as it was introduced, not as the state.
    assert_eq!(speaker_of(text, "What is new").as_deref(), Some("A senior Ostland security official"));
    // An official of an organisation the article names speaks for it, named again or not.
    let text = "A senior Harbour Police Authority official told reporters the raid had failed.\n\n\
                \"It will take weeks,\" the official said.";
    assert_eq!(speaker_of(text, "It will take").as_deref(), Some("Harbour Police Authority"));
}

#[test]
fn it_after_an_owned_body_is_not_the_owner() {
    let text = "China's coast guard gave a different account. In a statement, it said the vessels \
                had \"illegally intruded\" into its waters.";
    // The body itself speaks (an actor since it acts: "gave"), never the state that owns it.
    assert_eq!(speaker_of(text, "illegally").as_deref(), Some("Chinese coast guard"));
    // A state still speaks through its government.
    let text = "Mali's government gave a different account. In a statement, it said the convoy \
                had been \"secured\" by noon.";
    assert_eq!(speaker_of(text, "secured").as_deref(), Some("Mali"));
}

#[test]
fn a_government_speaks_for_its_state_past_a_relative_clause() {
    let text = "Mali's military government, which seized power in 2020, said the army had \
                \"neutralised\" several assailants.";
    assert_eq!(speaker_of(text, "neutralised").as_deref(), Some("Mali"));
}

#[test]
fn a_spokesperson_described_by_a_body_noun_speaks_for_the_body_named_before() {
    let text = "The French embassy in Kessa rejected the findings. \"We reject these smears,\" an \
                embassy spokesperson said.";
    assert_eq!(speaker_of(text, "We reject").as_deref(), Some("French embassy in Kessa"));
    // A body of another noun named before speaks for nobody here.
    let text = "The French embassy in Kessa rejected the findings. \"We reject these smears,\" a \
                police spokesperson said.";
    assert_eq!(speaker_of(text, "We reject").as_deref(), Some("a police spokesperson"));
}

#[test]
fn a_document_an_organisation_name_modifies_is_its_own() {
    let text = "The army's media wing, Inter-Services Public Relations (ISPR), said nine militants \
                were killed. \"The perpetrators will be brought to justice,\" the ISPR statement said.";
    assert_eq!(speaker_of(text, "The perpetrators").as_deref(), Some("Inter-Services Public Relations"));
    // A person's statement is described, not the person's own words.
    let text = "Senator Jo Bellamy spoke. \"It is over,\" the Bellamy statement said.";
    assert_eq!(speaker_of(text, "It is over").as_deref(), Some("the Bellamy statement"));
}

#[test]
fn a_relative_named_after_an_inverted_verb_speaks() {
    let text = "Jo Ferro was taken on Monday. \"We pray it is him,\" said his mother, Ana Maria \
                Ferro, 61.";
    assert_eq!(speaker_of(text, "We pray").as_deref(), Some("Ana Maria Ferro"));
    // Unnamed, the relative is nobody the article names.
    let text = "Jo Ferro was taken on Monday. \"We pray it is him,\" said his mother.";
    assert_eq!(speaker_of(text, "We pray"), None);
}

#[test]
fn it_after_a_body_noun_that_speaks_is_the_body_the_noun_refers_to() {
    let text = "The turboprop, operated by regional carrier Norrvik Air, returned to base, the airline \
                said in a statement. Its crew had \"followed standard procedures\", it said.";
    assert_eq!(speaker_of(text, "followed").as_deref(), Some("Norrvik Air"));
    // With no body for the noun to refer to, "it" stays open.
    let text = "The turboprop returned to base, the ministry said in a statement. Its crew had \
                \"followed standard procedures\", it said.";
    assert_eq!(speaker_of(text, "followed"), None);
}

#[test]
fn a_participle_after_a_described_speaker_is_no_speaker() {
    // "following the talks" says what the diplomat does; "the talks" never speak.
    let text = "A senior Western diplomat following the talks said Ostland had asked both sides to \
                drop what he called \"maximalist positions\" on the border.";
    assert_eq!(speaker_of(text, "maximalist").as_deref(), Some("A senior Western diplomat"));
    let text = "A Western diplomat tracking the case said the envoy had \"no room left\".";
    assert_eq!(speaker_of(text, "no room").as_deref(), Some("A Western diplomat"));
}

#[test]
fn a_participle_phrase_between_commas_leaves_the_described_subject_speaking() {
    // "reached by telephone" stands between the subject and its verb; the state named after the
    // verb opens what was said, and the analyst introduced next is another source.
    let text = "Summit ends\n\nA Kessan government adviser, reached by telephone, said Kessa would \
                \"not take lessons from anybody\" on democracy.\n\nDr Ana Vell, a security analyst \
                at the University of Ostland, said the warning was overdue.";
    assert_eq!(speaker_of(text, "not take lessons").as_deref(), Some("A Kessan government adviser"));
}

#[test]
fn a_clause_of_anonymity_after_a_described_speaker_is_no_part_of_it() {
    let text = "Raid on Kell\n\n\"We heard shooting at around eight,\" a resident who asked not to be \
                named told this newspaper by telephone.";
    assert_eq!(speaker_of(text, "We heard").as_deref(), Some("a resident"));
    // A clause that says who the source is stays.
    let text = "Raid on Kell\n\n\"They fired at the cabs first,\" a driver who escaped told a reporter.";
    assert_eq!(speaker_of(text, "They fired").as_deref(), Some("a driver who escaped"));
}

#[test]
fn a_described_source_in_apposition_or_before_a_long_clause_speaks() {
    let text = "Talks stall\n\nOne of them, a diplomat who follows the talks closely, said both sides \
                were rearming and that \"the next offensive is already being planned\".";
    assert_eq!(
        speaker_of(text, "the next offensive").as_deref(),
        Some("a diplomat who follows the talks closely")
    );
    let text = "Talks stall\n\nA Western diplomat in Kessa, who spoke on condition of anonymity because \
                he was not authorised to brief the media, said the risk was \"higher than ever\".";
    assert_eq!(speaker_of(text, "higher than").as_deref(), Some("A Western diplomat in Kessa"));
}

#[test]
fn the_agent_of_a_passive_labels_the_quoted_noun_a_short_phrase_after_as_ends() {
    let text = "The suspect was described by the Guardia Civil as the group's \"negotiator,\" responsible for talks.";
    assert_eq!(speaker_of(text, "negotiator").as_deref(), Some("Guardia Civil"));
    // A name between "as" and the quote is no label's opening: the words are someone else's.
    let text = "The suspect was described by the Guardia Civil as Jo Bell's \"negotiator\".";
    assert_ne!(speaker_of(text, "negotiator").as_deref(), Some("Guardia Civil"));
}
