//! Described people named before by their role or their age, and the labels a relative clause
//! gives. Every example is made up.

use super::tests::speaker_of;

#[test]
fn a_described_role_names_again_the_person_given_that_role() {
    // The role in the person's title.
    let text = "Arrest made\n\nDetective Chief Superintendent Jon Dahl said the arrest followed a tip. \
                \"I want to thank the caller,\" the 52-year-old detective said.";
    assert_eq!(speaker_of(text, "I want").as_deref(), Some("Jon Dahl"));
    // The role in the appositive after the name, with the words before the head noun.
    let text = "Base overrun\n\nAbba Modu, a commander of the Kessa militia, said his men counted the \
                bodies. \"They watch the base,\" the 38-year-old militia commander said.";
    assert_eq!(speaker_of(text, "They watch").as_deref(), Some("Abba Modu"));
    // A person an earlier sentence only names as an object is given no role by the words before.
    let text = "Arrest made\n\nThe detective arrested Ivo Marr on Monday. \"It was planned,\" the \
                detective said.";
    assert_ne!(speaker_of(text, "It was planned").as_deref(), Some("Ivo Marr"));
    // A person named inside a quote is given no role by the words after its closing mark.
    let text = "Ad aired\n\nShe released a web ad. \"We need leaders to stand up to Ivo Marr,\" the \
                narrator says.";
    assert_ne!(speaker_of(text, "We need").as_deref(), Some("Ivo Marr"));
}

#[test]
fn an_age_names_again_the_person_who_opened_the_sentence_before() {
    let text = "Border calm\n\nColonel Ana Berg, head of the Kessa Border Guard, said her men had found \
                two bodies. \"We warned them for months,\" the 48-year-old commander said by phone.";
    assert_eq!(speaker_of(text, "We warned").as_deref(), Some("Ana Berg"));
    // Without an age or a role, a person named only as an object is not the one described.
    let text = "Raid\n\nPolice said the raid on Ivo Marr went well. \"It was planned,\" the officer said.";
    assert_ne!(speaker_of(text, "It was planned").as_deref(), Some("Ivo Marr"));
    // Nor is one who opens a sentence when the description gives no age and no role of theirs.
    let text = "Raid\n\nIvo Marr said the raid went well. \"It was planned,\" the officer said.";
    assert_ne!(speaker_of(text, "It was planned").as_deref(), Some("Ivo Marr"));
}

#[test]
fn a_quote_a_preposition_joins_to_a_relative_clause_s_label_is_in_that_voice() {
    let text = "Drills\n\nChina sent 71 aircraft around Taiwan in what Beijing called a \"stern warning\" to \
                \"separatist forces,\" Taiwan's Ministry of National Defense said.";
    // The state, named as written by its seat.
    assert_eq!(speaker_of(text, "stern warning").as_deref(), Some("Beijing"));
    assert_eq!(speaker_of(text, "separatist forces").as_deref(), Some("Beijing"));
    // A quote after a comma is another's words.
    let text = "Drills\n\nChina sent aircraft in what Beijing called a \"stern warning\", and Taiwan's \
                Ministry of National Defense called the drills \"reckless.\"";
    assert_ne!(speaker_of(text, "reckless").as_deref(), Some("China"));
}

#[test]
fn a_role_given_before_the_name_or_by_its_abbreviated_title_names_the_person_again() {
    // The role in an appositive before the name: "The village headman, Ivo Marsh, said".
    let text = "Villages wait\n\nKARVA, May 2 (Reuters) - The village headman, Ivo Marsh, said 200 families \
                had asked for shelter. \"People are not panicking,\" the 58-year-old headman said.";
    assert_eq!(speaker_of(text, "People are not").as_deref(), Some("Ivo Marsh"));
    // The role as an abbreviated title before the name ("Gen." for "general"), the person the
    // subject of a speech verb in a sentence opened by an adverbial.
    let text = "Warning given\n\nOn Tuesday, speaking at a seminar in Kessa, Gen. Ana Vell said the army \
                had shown restraint. \"Next time, there will be none,\" the general said.";
    assert_eq!(speaker_of(text, "Next time").as_deref(), Some("Ana Vell"));
    // An abbreviation stands only for its own word: "Sen." is no sergeant.
    let text = "Warning given\n\nSen. Ivo Marr said the army had shown restraint. \"Next time, there \
                will be none,\" the sergeant said.";
    assert_ne!(speaker_of(text, "Next time").as_deref(), Some("Ivo Marr"));
    // A comma before the name that closes another clause gives the name no role.
    let text = "Raid\n\nWhen the officer left, Ivo Marr said the raid went well. \"It was planned,\" the \
                officer said.";
    assert_ne!(speaker_of(text, "It was planned").as_deref(), Some("Ivo Marr"));
}

#[test]
fn an_age_names_again_the_person_who_spoke_in_the_sentence_before() {
    // An age alone, after a person who opens the sentence before.
    let text = "Fields lost\n\nTomas Reyes said the army had fired first. \"We have fields we have not \
                touched for decades,\" the 67-year-old said.";
    assert_eq!(speaker_of(text, "We have fields").as_deref(), Some("Tomas Reyes"));
    // An age and a noun, after a person who speaks after an adverbial.
    let text = "Warning given\n\nOn Tuesday, in a speech in Kessa, Ana Vell said the army had shown \
                restraint. \"Next time, there will be none,\" the 61-year-old veteran said.";
    assert_eq!(speaker_of(text, "Next time").as_deref(), Some("Ana Vell"));
    // An age alone with nobody named before stays open; the age is no one's name.
    let text = "Fields lost\n\nThe army said it had fired first. \"We have fields we have not touched \
                for decades,\" the 67-year-old said.";
    assert_eq!(speaker_of(text, "We have fields"), None);
}

#[test]
fn an_age_names_again_the_person_the_name_gave_it_to() {
    let text = "River toll\n\nGunmen from across the river fire on boats, said Ivo Marr, 38, a boat \
                captain who carries fuel upriver.\n\nHe said the gangs charge a fee on every drum. \
                \"Last year they burned a boat,\" the 38-year-old said.";
    assert_eq!(speaker_of(text, "Last year").as_deref(), Some("Ivo Marr"));
    // Another age is someone else.
    let text = text.replace("the 38-year-old", "the 52-year-old");
    assert_ne!(speaker_of(&text, "Last year").as_deref(), Some("Ivo Marr"));
}

#[test]
fn a_name_inside_the_appositive_of_the_author_of_a_statement_did_not_put_it_out() {
    let text = "Drills condemned\n\nThe North reacted within hours. Ana Vell, the sister of leader Tomas \
                Vell, said in a statement carried by state media that the drills were \"a rehearsal for \
                war.\"\n\n\"We will not be moved,\" she said. The statement said the North would \
                \"further bolster\" its forces.";
    assert_eq!(speaker_of(text, "further bolster").as_deref(), Some("Ana Vell"));
}

#[test]
fn a_described_role_in_a_passive_of_quoting_names_again_the_person() {
    let text = "Destroyer test\n\nTomas Vell, who watched the launch from the bridge, said the test showed \
                the ship was ready.\n\n\"The navy must become a strategic force,\" the 41-year-old leader \
                was quoted as saying.";
    assert_eq!(speaker_of(text, "The navy").as_deref(), Some("Tomas Vell"));
    // With nobody named before, the description stays in words, as in the active voice: no one
    // is guessed.
    let passive = "Destroyer test\n\nState media said the test went well.\n\n\"The navy must become \
                   a strategic force,\" the 41-year-old leader was quoted as saying.";
    let active = passive.replace("was quoted as saying", "said");
    assert_eq!(speaker_of(passive, "The navy").as_deref(), Some("leader"));
    assert_eq!(speaker_of(&active, "The navy").as_deref(), Some("leader"));
}
