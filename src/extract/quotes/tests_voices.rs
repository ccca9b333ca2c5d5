//! Who speaks for an organisation: a spokesperson its name modifies, a part of it, a group a
//! relative clause names past a participle that only carries the words; and a quote its own
//! sentence attributes is not the next sentence's. Every example is made up.

use super::tests::speaker_of;

#[test]
fn a_spokesperson_an_organisation_name_modifies_speaks_for_it() {
    let text = "The attackers got in through a supplier, Vantrix, in May.\n\nA Vantrix spokesperson said the \
                firm \"has seen no sign\" of a leak.";
    assert_eq!(speaker_of(text, "has seen").as_deref(), Some("Vantrix"));
    // A person's name before the noun is no organisation's.
    let text = "Ana Ruiz met the press.\n\nA Ruiz spokesman said she was \"resting at home\".";
    assert_ne!(speaker_of(text, "resting").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn an_organisation_speaks_through_a_part_of_itself() {
    let text = "Harbor Police's cyber unit said in a statement that the inquiry was \"still young\".";
    assert_eq!(speaker_of(text, "still young").as_deref(), Some("Harbor Police"));
    // A person's office is not the person.
    let text = "Senator Ana Ruiz's office said the bill was \"dead on arrival\".";
    assert_ne!(speaker_of(text, "dead on").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_with_its_agent_after_by_does_not_speak() {
    let text = "Fires hit the depot.\n\nPolice are studying a note posted online by a group calling \
                itself Red Dawn, which claimed the fire and threatened \"more fires soon\" unless \
                the plant closes.";
    assert_eq!(speaker_of(text, "more fires").as_deref(), Some("Red Dawn"));
    // With nobody named, the note is no speaker: the quote stays open.
    let text = "Fires hit the depot.\n\nPolice are studying a note posted online by someone who \
                threatened \"more fires soon\".";
    assert_eq!(speaker_of(text, "more fires").as_deref(), None);
    // A speaker who claimed something said by another still speaks.
    let text = "Ana Ruiz claimed that remarks made by rivals were \"plain lies\".";
    assert_eq!(speaker_of(text, "plain lies").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quote_attributed_in_its_own_sentence_is_not_the_next_sentences() {
    let text = "Sen. Mary Oakes, who sits on the Senate Armed Services Committee, said in a \
                statement that both sides \"must calm down now.\" The U.N. has called for calm.";
    assert_eq!(speaker_of(text, "must calm").as_deref(), Some("Mary Oakes"));
    // A quote that is its own sentence still takes a short attribution after it.
    let text = "The talks ended.\n\n\"We are not done yet.\" Ana Ruiz said.";
    assert_eq!(speaker_of(text, "We are not").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_name_introduced_by_its_noun_is_that_noun_when_it_speaks() {
    let text = "Mr Doran's party, Nova Terra, denied any role. \"This is a smear,\" the party said \
                in a statement.";
    assert_eq!(speaker_of(text, "This is a").as_deref(), Some("Nova Terra"));
    let text = "A cell calling itself the Frente Azul Norte claimed the fires. The group posted a \
                note that said: \"Every tree is ours.\"";
    assert_eq!(speaker_of(text, "Every tree").as_deref(), Some("Frente Azul Norte"));
    let text = "A cell calling itself Azul Norte set the fires. The cell, in a video posted online, \
                denied killing anyone and said its fight was with \"the state alone\".";
    assert_eq!(speaker_of(text, "the state").as_deref(), Some("Azul Norte"));
}

#[test]
fn an_unnamed_spokesperson_after_a_bodys_sentence_speaks_for_the_body() {
    let text = "The Lorvik Border Troops, part of the interior ministry, gave their own account. A \
                spokesman said the guards had been \"fired on first\" at dawn. \"We did not start \
                this,\" the spokesman said.";
    assert_eq!(speaker_of(text, "fired on").as_deref(), Some("Lorvik Border Troops"));
    assert_eq!(speaker_of(text, "We did not").as_deref(), Some("Lorvik Border Troops"));
    // After a person's sentence, nobody is guessed.
    let text = "Ana Ruiz toured the border. A spokesman said the visit was \"long planned\".";
    assert_ne!(speaker_of(text, "long planned").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn anyone_speaks_through_a_medium_of_their_own() {
    let text = "A gang calling itself Ashveil Crew has claimed the attack.\n\nAshveil Crew's leak site \
                gives the board until Monday to pay, and warns that \"every file will be public\" if \
                it does not.";
    assert_eq!(speaker_of(text, "every file").as_deref(), Some("Ashveil Crew"));
}
