//! Which clause of a sentence a speech verb attributes: a clause joined by a comma and a
//! conjunction, a bare noun opening a clause after a comma, a relative pronoun before the verb, a
//! participle phrase between commas, and a pronoun after a name nested in a longer one. Every
//! example is made up.

use super::tests::speaker_of;

#[test]
fn a_later_verb_in_a_joined_clause_does_not_attribute_an_earlier_quote() {
    let text = "Austria's consulate in Bern called the report \"pure invention\", and the Swiss \
                foreign ministry said Bern was becoming \"a listening post\".";
    assert_ne!(speaker_of(text, "pure invention").as_deref(), Some("Swiss foreign ministry"));
    // "and said" shares the quote's subject: the name after it opens what was said.
    let text = "Mira Stone, the former mayor, urged voters to \"stay calm\" and said Governor Paul \
                Hale should step aside.";
    assert_ne!(speaker_of(text, "stay calm").as_deref(), Some("Paul Hale"));
}

#[test]
fn a_bare_noun_after_a_comma_keeps_an_earlier_name_from_speaking() {
    let text = "Poland detains courier for smuggling, relatives say he is \"a scapegoat\"\n\nWarsaw \
                has held the courier since May. His sister, Lena Brook, said so on Friday.";
    assert_ne!(speaker_of(text, "a scapegoat").as_deref(), Some("Poland"));
    let text = "Poland charges courier with smuggling, family says he is \"a scapegoat\"\n\nWarsaw has \
                held the courier since May.";
    assert_ne!(speaker_of(text, "a scapegoat").as_deref(), Some("Poland"));
    // A word in -ly there is an adverb: the name before it speaks.
    let text = "Tom Reed, the harbour master, reportedly said the cranes were \"too old\".";
    assert_eq!(speaker_of(text, "too old").as_deref(), Some("Tom Reed"));
    // A pronoun after the comma still speaks.
    let text = "Tom Reed spoke at the dock, he said the cranes were \"too old\".";
    assert_eq!(speaker_of(text, "too old").as_deref(), Some("Tom Reed"));
}

#[test]
fn a_relative_pronoun_before_the_verb_leaves_the_name_after_it_unspoken() {
    let text = "President Omar Haddad opened parliament. The opposition alliance, which says the \
                president has hidden the deficit, condemned \"any attempt to cut pensions\" in \
                parliament.";
    assert_ne!(speaker_of(text, "any attempt").as_deref(), Some("Omar Haddad"));
}

#[test]
fn a_participle_between_commas_leaves_the_verb_after_it_to_attribute() {
    let text = "OSCE Secretary General Karl Bremer, speaking in Vienna, said the raids on the dams \
                were \"reckless and cruel\".";
    assert_eq!(speaker_of(text, "reckless").as_deref(), Some("Karl Bremer"));
}

#[test]
fn a_joined_clause_with_its_own_speech_verb_is_not_described_by_an_earlier_one() {
    let text = "The premier skipped the parade, the official Zorvan news agency reported, but \
                Norway's Coastal Directorate said the drill was meant to test the \"towing \
                capacity\" of the tugs.";
    assert_ne!(speaker_of(text, "towing").as_deref(), Some("the official Zorvan news agency"));
}

#[test]
fn it_after_a_command_named_with_its_state_is_the_command() {
    let text = "Canada said its frigate was safe. U.S. Southern Command said its jets had downed \
                two drones. \"The drones were a danger to shipping,\" it said in a statement.";
    assert_eq!(speaker_of(text, "The drones").as_deref(), Some("U.S. Southern Command"));
}

#[test]
fn a_headline_whose_quote_has_a_bare_noun_speaker_is_not_the_lead_speakers() {
    let text = "Poland charges courier with smuggling, family says he is a 'scapegoat'\n\nBy Jo Rand\n\n\
                Foreign Minister Lena Brook said on Monday that Warsaw had \"no choice\".";
    assert_ne!(speaker_of(text, "scapegoat").as_deref(), Some("Lena Brook"));
}

#[test]
fn the_company_after_a_firm_named_with_a_shipping_word_is_that_firm() {
    let text = "Borealis Tankers of Oslo, Norway, said in a statement that the crew was safe. \
                \"We are in touch with the families,\" the company said.";
    assert_eq!(speaker_of(text, "We are").as_deref(), Some("Borealis Tankers"));
}

#[test]
fn a_possessor_in_the_pronouns_own_sentence_is_not_who_speaks() {
    let text = "\"It is the price of bread,\" says Ana Ruiz, a nurse from Leeds. Mr Cole's lead in the \
                polls means \"he must be doing something right,\" she says.";
    assert_ne!(speaker_of(text, "he must").as_deref(), Some("Cole"));
}

#[test]
fn a_speech_verb_inside_a_relative_clause_leaves_the_main_verb_to_attribute() {
    let text = "Troops from Peru and Chile traded fire on Monday.\n\nNeighboring Chile, which Lima \
                accuses of arming several rebel groups in the hills to the north, said it had \"no part in any of this\".";
    assert_eq!(speaker_of(text, "no part in").as_deref(), Some("Chile"));
    let text = "Dara Finch, who told reporters the vote was rigged, later said the count was \
                \"a farce from start to finish\".";
    assert_eq!(speaker_of(text, "a farce").as_deref(), Some("Dara Finch"));
}

#[test]
fn a_person_inside_an_opening_clause_is_not_a_pronouns_antecedent() {
    let text = "Near midnight, when chair Ivy Sorn silenced his microphone, Pavel Dusk stood up. \"Why am I \
                here,\" he said.";
    assert_eq!(speaker_of(text, "Why am I").as_deref(), Some("Pavel Dusk"));
}

#[test]
fn who_asked_in_the_pronouns_own_sentence_is_not_who_answers() {
    let text = "Rina Holt waved the figure away. Asked by host Cal Varga whether she would resign, she \
                replied, \"Not this winter.\"";
    assert_eq!(speaker_of(text, "Not this").as_deref(), Some("Rina Holt"));
}

#[test]
fn who_asked_in_an_earlier_sentence_is_not_who_an_unnamed_subject_answers_for() {
    // The officer speaks; the judge only asked. Nobody names the officer: the quote stays open.
    let text = "Asked by District Judge Tom Reddy whether police objected to bail, the officer said \
                they did. \"We believe he is dangerous,\" he said.";
    assert_eq!(speaker_of(text, "We believe"), None);
    // With no unnamed subject speaking, the one who asked is still the fallback it was.
    let text = "Asked by Judge Tom Reddy about the bail, Ana Orm was silent. \"He is dangerous,\" he \
                said.";
    assert_eq!(speaker_of(text, "He is").as_deref(), Some("Tom Reddy"));
}

#[test]
fn who_asked_him_is_not_the_he_who_answers() {
    let text = "Prosecutor Tom Reddy KC asked him why he needed a boat. \"It was cheap,\" he replied.";
    assert_eq!(speaker_of(text, "It was"), None);
    // Asked about something, or asking someone of the other gender, the subject still answers.
    let text = "Tom Reddy asked her about the boat. \"It was cheap,\" he said.";
    assert_eq!(speaker_of(text, "It was").as_deref(), Some("Tom Reddy"));
    let text = "Tom Reddy asked about the boat. \"It was cheap,\" he said.";
    assert_eq!(speaker_of(text, "It was").as_deref(), Some("Tom Reddy"));
}

#[test]
fn a_name_that_describes_a_thing_is_no_speaker() {
    let text = "He was referred to Prevent after drawing a Vell Front flag in a book and telling \
                classmates that police \"deserve what is coming\".";
    assert_eq!(speaker_of(text, "deserve what"), None);
    // A body that is the subject still speaks.
    let text = "The Vell Front issued a statement and told followers that police \"deserve what is \
                coming\".";
    assert_eq!(speaker_of(text, "deserve what").as_deref(), Some("Vell Front"));
}

#[test]
fn what_opens_a_clause_whose_subject_speaks_not_the_name_before_it() {
    // The agency's name is no actor here (a lower-case word inside it), so nobody is guessed.
    let text = "The charges come as Norway grapples with what the domestic agency, the Amt zur \
                Sicherheit, calls a \"qualitatively new\" threat.";
    assert_eq!(speaker_of(text, "qualitatively new"), None);
    // A named subject after "what" still speaks.
    let text = "The charges come as Ostland grapples with what the Federal Security Office calls a \
                \"qualitatively new\" threat.";
    assert_eq!(speaker_of(text, "qualitatively new").as_deref(), Some("Federal Security Office"));
}

#[test]
fn a_speech_verb_inside_a_what_clause_after_the_quote_attributes_nothing() {
    let text = "The State Security Office said it foiled a plot.\n\nAmong those held was Ana Vell, \
                the leader of the opposition Harbour League. The agency, known by its acronym SSO, \
                said investigators had found \"shields and gas masks\" in a warehouse and \
                published video of what it said were drills.";
    assert_eq!(speaker_of(text, "shields and"), None);
    // With no speech verb before the quote, the clause's verb attributes it.
    let text = "Japan's embassy expressed \"serious concern\" over what it called dangerous actions.";
    assert_eq!(speaker_of(text, "serious concern").as_deref(), Some("Japan"));
}

#[test]
fn a_verb_joined_after_an_earlier_quote_shares_that_quotes_subject() {
    // The subject is a document, no actor: the name inside the first verb's object is none.
    let text = "The 68-page document, which parliament must approve, says Norway is \"the principal \
                threat\" and warns that the annulment of the election showed how \"a state can \
                subvert a vote\".";
    assert_eq!(speaker_of(text, "a state can"), None);
    // A text that opens with "and" and a speech verb reads without a panic.
    assert_eq!(speaker_of("and warned \"never\".", "never"), None);
    // A named subject of the first verb speaks both.
    let text = "Ana Vell says Norway is \"the principal threat\" and warns that the annulment of the \
                election showed how \"a state can subvert a vote\".";
    assert_eq!(speaker_of(text, "a state can").as_deref(), Some("Ana Vell"));
}

#[test]
fn a_pronoun_after_a_speaker_of_the_other_gender_stays_open() {
    let text = "Colonel Omar Vance said the caves had been cleared. The fighters who escaped will \
                scatter, said Hanna Lind, a director at the Harbour Forum. \"Losing the caves is a \
                blow,\" he said.";
    assert_eq!(speaker_of(text, "Losing the caves"), None);
    // A speaker of the pronoun's gender right before is whom it means.
    let text = "Colonel Omar Vance said the caves had been cleared. The fighters who escaped will \
                scatter, said Hanna Lind, a director at the Harbour Forum. \"Losing the caves is a \
                blow,\" she said.";
    assert_eq!(speaker_of(text, "Losing the caves").as_deref(), Some("Hanna Lind"));
}

#[test]
fn a_passive_speech_verb_behind_an_adverb_names_no_speaker() {
    let text = "Officers dealt with an alert on Lone Moor Road, where a suspicious object was later \
                declared \"an elaborate hoax\".";
    assert_eq!(speaker_of(text, "an elaborate hoax"), None);
}

#[test]
fn an_honours_letters_close_a_name_in_apposition_that_speaks() {
    let text = "The Director of Public Prosecutions, Mara Lenz SC, said the case showed \"how fast the \
                young are drawn in\".";
    assert_eq!(speaker_of(text, "how fast").as_deref(), Some("Mara Lenz"));
}

#[test]
fn two_people_named_together_are_no_he_or_she() {
    let text = "Pell Norris promised an inquiry. Ada Verne and Bo Kettle wrote to the mayor. \"The \
                bridge stays shut,\" he told reporters.";
    assert_eq!(speaker_of(text, "The bridge").as_deref(), Some("Pell Norris"));
}

#[test]
fn a_quote_inside_a_who_clause_is_the_persons_named_before_it() {
    let text = "Talks stall\n\nParty chief Omar Vance has responded to Trade Minister Lena Pruitt, who \
                promised a \"bonfire of red tape\" at her rally this afternoon.\n\nBen Carrow, who last \
                week attacked the proposed 2026 budget as \"a shopping list,\" said the navy needed money.";
    assert_eq!(speaker_of(text, "bonfire").as_deref(), Some("Lena Pruitt"));
    assert_eq!(speaker_of(text, "a shopping list").as_deref(), Some("Ben Carrow"));
    // A clause with a subject of its own, or a passive one, says nothing of who spoke.
    let text = "Talks stall\n\nVoters cheered Lena Pruitt, who critics say is \"the real boss\" of the \
                party.\n\nThey booed Ben Carrow, who was called \"a wrecker\" by the press.";
    assert_ne!(speaker_of(text, "the real boss").as_deref(), Some("Lena Pruitt"));
    assert_ne!(speaker_of(text, "a wrecker").as_deref(), Some("Ben Carrow"));
    // "Who" opening the text has nothing before it.
    assert_eq!(speaker_of("Who promised \"a bonfire\" first?", "a bonfire"), None);
}

#[test]
fn the_object_of_an_accusing_verb_does_not_speak() {
    let text = "Plant shelled\n\nThe new management of the plant said the centre had been attacked and \
                accused Kyiv of \"staging a provocation\".";
    assert_ne!(speaker_of(text, "staging a provocation").as_deref(), Some("Ukraine"));
    let text = "Port closed\n\nThe union condemned Chile for \"a reckless blockade\" on Monday.";
    assert_ne!(speaker_of(text, "a reckless blockade").as_deref(), Some("Chile"));
}

#[test]
fn an_attribution_set_off_by_commas_does_not_speak_a_quote_a_later_verb_attributes() {
    let text = "Threats logged\n\nIn one message, prosecutors say, a Delta County man told the \
                judge she would \"not see the summer.\"";
    assert_ne!(speaker_of(text, "not see the summer").as_deref(), Some("prosecutors"));
}

#[test]
fn a_clause_joined_after_a_quote_that_closes_on_its_comma_does_not_attribute_it() {
    // The comma that ends the prosecutors' clause stands inside the quotation marks; the minister
    // after "and" speaks in a clause of his own.
    let text = "On Monday, prosecutors charged two men with arson \"on behalf of a hostile service,\" \
                and Interior Minister Karel Vos told lawmakers that the raid had been planned abroad.";
    assert_eq!(speaker_of(text, "on behalf of"), None);
    // Without the conjunction, the later verb still attributes the fragment.
    let text = "The raid was \"a message to all of us,\" Interior Minister Karel Vos told lawmakers.";
    assert_eq!(speaker_of(text, "a message").as_deref(), Some("Karel Vos"));
}

#[test]
fn a_pronoun_right_before_the_verb_is_its_subject_not_a_noun_before_it() {
    // "what it called": the ministry's words, never the note's.
    let text = "In Vela, the foreign ministry summoned the envoy and handed him a note protesting what \
                it called \"careless and repeated\" shelling.";
    assert_ne!(speaker_of(text, "careless").as_deref(), Some("a note"));
}

#[test]
fn an_aside_after_a_dash_with_a_verb_of_its_own_attributes_its_quote() {
    let text = "Officials in Vela announced that trade through the port would stop until the rebels \
                withdrew - a move rebel commanders denounced as \"economic warfare\".";
    assert_eq!(speaker_of(text, "economic warfare").as_deref(), Some("rebel commanders"));
    // A known body's officials opening the aside speak, not the subject of the first verb.
    let text = "Last month officials in Islamabad announced that transit trade would be suspended \
                until Kabul acted - a move Taliban officials denounced as 'economic warfare'.";
    assert_eq!(speaker_of(text, "economic warfare").as_deref(), Some("Taliban"));
}

#[test]
fn a_participle_of_speech_after_a_comma_shares_the_sentence_s_subject() {
    let text = "Harbour spokesman Col Tomas Vell went further, warning that foreign ships \"will be \
                treated as a threat\".";
    assert_eq!(speaker_of(text, "will be treated").as_deref(), Some("Tomas Vell"));
    let text = "Ana Orlo stood by the gate on Friday, vowing to \"take back every street\".";
    assert_eq!(speaker_of(text, "take back every street").as_deref(), Some("Ana Orlo"));
    // A noun after a determiner is no verb: the quote is the writer's label, spoken by nobody.
    let text = "Ana Orlo ignored the warning on Friday. The patrol boats fired \"warning shots\" anyway.";
    assert_eq!(speaker_of(text, "warning shots"), None);
}

#[test]
fn a_long_clause_of_anonymity_still_describes_the_subject_before_it() {
    let text = "An Elbonian government official, speaking on condition of anonymity because he was not \
                authorised to discuss the matter publicly, said Moscow saw the claims as a way to \
                \"manufacture a pretext\" before the talks.";
    assert_eq!(speaker_of(text, "manufacture a pretext").as_deref(), Some("An Elbonian government official"));
}

#[test]
fn a_pronoun_clause_before_a_colon_may_follow_a_fronted_phrase_or_run_longer() {
    let text = "Tomas Vell spoke outside the hotel. Asked whether the government would respond, he was \
                blunt: \"We will take this fight to them.\"";
    assert_eq!(speaker_of(text, "We will take").as_deref(), Some("Tomas Vell"));
    let text = "Ana Orlo, a researcher, said the drones served several purposes. Her assessment of where \
                the danger lies was blunt: \"It will start on the border.\"";
    assert_eq!(speaker_of(text, "It will start").as_deref(), Some("Ana Orlo"));
    // A clause that names someone else is theirs.
    let text = "Ana Orlo spoke first. Asked about the border, Tomas Vell was blunt: \"It is closed.\"";
    assert_eq!(speaker_of(text, "It is closed").as_deref(), Some("Tomas Vell"));
}

#[test]
fn a_verb_of_speech_joined_by_and_to_the_previous_quote_goes_on_in_its_voice() {
    let text = "Activists sent balloons over the border.\n\nElbonia responded on Tuesday with a statement \
                from Ri Chol-su, a vice director of the ruling party's Central Committee, who called the \
                activists \"human scum\" and warned of \"a merciless counteraction\" if they went on.";
    assert_eq!(speaker_of(text, "human scum").as_deref(), Some("Ri Chol-su"));
    assert_eq!(speaker_of(text, "a merciless").as_deref(), Some("Ri Chol-su"));
    // A name between the two quotes opens a clause of its own.
    let text = "Tomas Vell called the plan \"bold\" and Ana Orlo warned of \"a trap\".";
    assert_ne!(speaker_of(text, "a trap").as_deref(), Some("Tomas Vell"));
}

#[test]
fn a_name_after_a_verb_joined_by_and_opens_what_was_said() {
    // The second verb shares the subject of the first: the state after it is the subject of
    // what was said, not the speaker.
    let text = "The Kremlin rejected the claims. Its spokesman told reporters in Moscow that the \
                claims were \"absurd\" and said Finland's seizure of the ship amounted to \"piracy \
                on the high seas\".";
    assert_ne!(speaker_of(text, "piracy on").as_deref(), Some("Finland"));
    let text = "The Norland service's annual report named Russia as \"the gravest threat\" and \
                warned that Russian intelligence was likely to \"keep probing\" the grid.";
    assert_ne!(speaker_of(text, "keep probing").as_deref(), Some("Russia"));
    // The verb after "and" still has its own subject when one stands between.
    let text = "The talks stalled, and Finland said the seizure was \"lawful\".";
    assert_eq!(speaker_of(text, "lawful").as_deref(), Some("Finland"));
}

#[test]
fn a_judgement_passed_by_an_unnamed_subject_in_the_reported_clause_stays_open() {
    let text = "Human Rights Watch said in May that soldiers had killed dozens of villagers, an accusation \
                the government rejected as \"baseless.\"";
    assert_eq!(speaker_of(text, "baseless"), None);
    // The sentence's own speaker judging: the quote is hers.
    let text = "Jo Bell said the plan, which she firmly rejected as \"unworkable\", was dead.";
    assert_eq!(speaker_of(text, "unworkable").as_deref(), Some("Jo Bell"));
}

#[test]
fn a_name_between_with_and_a_speech_verb_in_ing_is_its_subject() {
    let text = "Japan also expressed concern, with Canberra calling for \"restraint and calm.\"";
    let speaker = speaker_of(text, "restraint").expect("a speaker");
    assert!(speaker == "Canberra" || speaker == "Australia", "{speaker}");
    // Not without "with": the sentence's subject says it.
    let text = "Japan expressed concern, calling for \"restraint and calm.\"";
    assert_eq!(speaker_of(text, "restraint").as_deref(), Some("Japan"));
}

#[test]
fn a_that_right_after_the_verb_opens_what_was_said_not_a_relative_clause() {
    let text = "Crime report\n\nThe Interior Ministry published its annual crime report on Monday. \
                President Ana Ruiz has blamed judges for the violence. She wrote on social media that \
                the report showed \"what happens when judges protect criminals.\"";
    assert_eq!(speaker_of(text, "what happens").as_deref(), Some("Ana Ruiz"));
    // A relative clause after a noun still has its own speaker.
    let text = text.replace(
        "She wrote on social media that the report showed",
        "She said the report, which one official said showed",
    );
    assert_ne!(speaker_of(&text, "what happens").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_aside_answering_a_quote_attributes_the_next_quote_not_the_one_before() {
    let text = "Trial\n\nIvo Marr, 24, denied the charge. Prosecutor Ana Bell had asked for 18 years.\n\n\
                Asked by the presiding judge why he had bought the chemicals, he said it was “to see \
                if I was capable”, an answer the prosecutor later called “chilling”.";
    assert_eq!(speaker_of(text, "to see if").as_deref(), Some("Ivo Marr"));
    assert_eq!(speaker_of(text, "chilling").as_deref(), Some("Ana Bell"));
}

#[test]
fn a_reported_clause_with_a_described_subject_and_a_speech_verb_of_its_own_speaks() {
    let text = "Attack\n\nTwo officers were hurt.\n\nWitnesses said the man shouted “Long live the front” \
                during the attack.";
    assert_eq!(speaker_of(text, "Long live").as_deref(), Some("the man"));
    // A participle after the described subject is no verb of its own.
    let text = "Attack\n\nTwo officers were hurt.\n\nWitnesses said the crowd kept shouting at police \
                after the attack, calling it “a disgrace”.";
    assert_ne!(speaker_of(text, "a disgrace").as_deref(), Some("the crowd"));
    // Nor is a relative clause's verb after the name that spoke.
    let text = "Attack\n\n\"Every time a link goes there is a scramble,\" said Ana Roe, a consultant \
                who has advised the police in the north, \"and the scramble is settled with rifles.\"";
    assert_eq!(speaker_of(text, "and the scramble").as_deref(), Some("Ana Roe"));
}
