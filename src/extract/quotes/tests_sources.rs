//! Speakers described in words, outlets that pass words on, nested closing marks and surnames
//! that are common words. Every example is made up.

use super::tests::{quotes, speaker_of};

#[test]
fn a_described_speaker_after_a_quote_of_several_sentences_is_named_in_words() {
    let text = "Mayor Ana Ruiz will meet the board.\n\n\"We made our views clear. We disagree,\" the \
                spokesman said. \"We stand by it.\"";
    assert_eq!(speaker_of(text, "We made").as_deref(), Some("the spokesman"));
    assert_eq!(speaker_of(text, "We stand").as_deref(), Some("the spokesman"));
    let text = "Nobody else spoke.\n\n\"Did it work? Probably,\" said one former senior official.";
    assert_eq!(speaker_of(text, "Did it").as_deref(), Some("one former senior official"));
}

#[test]
fn a_bare_organisation_with_nobody_to_speak_for_it_speaks() {
    let text = "The bill passed.\n\n\"Join us in speaking out,\" the company tweeted.";
    assert_eq!(speaker_of(text, "Join us").as_deref(), Some("the company"));
}

#[test]
fn a_pronoun_after_say_is_the_subject_of_what_was_said() {
    let text = "The Bolton Institute released figures. Supporters of the plan, however, say it \
                would act as an \"umpire\" for schools.";
    assert_eq!(speaker_of(text, "umpire"), None);
}

#[test]
fn a_described_subject_right_before_the_verb_speaks_rather_than_an_earlier_name() {
    let text = "Ana Ruiz spoke first. It matters when a leader says we face \"a long war.\"";
    assert_eq!(speaker_of(text, "a long war").as_deref(), Some("a leader"));
    let text = "Greenfield Institute officials said the plan was \"a natural step.\"";
    // A body's unnamed officials speak for it.
    assert_eq!(speaker_of(text, "a natural").as_deref(), Some("Greenfield Institute"));
    let text = "Ana Ruiz has been \"unfairly held\" by Norway since May, the rights group says.";
    assert_eq!(speaker_of(text, "unfairly").as_deref(), Some("the rights group"));
    // A named subject still speaks.
    let text = "Ana Ruiz spoke first. Omar Haddad said the plan was \"a natural step.\"";
    assert_eq!(speaker_of(text, "a natural").as_deref(), Some("Omar Haddad"));
}

#[test]
fn an_outlet_that_passes_the_words_on_is_their_source() {
    let text = "Judge Omar Haddad heard the case.\n\n\"When does it stop?\" the judge said, according \
                to the Riverside Gazette.";
    assert_eq!(speaker_of(text, "When does").as_deref(), Some("Riverside Gazette"));
    let text = "Ana Ruiz welcomed the news, saying it was \"the right thing,\" the Riverside Gazette \
                reported.";
    assert_eq!(speaker_of(text, "the right").as_deref(), Some("Riverside Gazette"));
    // The outlet a speaker talks to is no source.
    let text = "\"We will win,\" Ana Ruiz told the Riverside Gazette.";
    assert_eq!(speaker_of(text, "We will").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_nested_quote_closing_with_three_apostrophes_or_a_left_mark_is_attributed() {
    let text = "''I tell them, 'I am sorry,''' said Ana Ruiz, who runs a firm.";
    assert_eq!(speaker_of(text, "I tell").as_deref(), Some("Ana Ruiz"));
    let text = "“It is odd,“ said Ana Ruiz, a lawyer. “It is hard to do.”";
    assert_eq!(speaker_of(text, "It is odd").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_surname_that_is_a_common_word_names_its_person_when_it_speaks() {
    let text = "Peter Young leads the group. Young people came.\n\nYoung said the race was \"a flight to \
                quality.\"";
    assert_eq!(speaker_of(text, "a flight").as_deref(), Some("Peter Young"));
    let text = "Dana Small came too. Small, who attended the rally, said that \"it hurt the little \
                people.\"";
    assert_eq!(speaker_of(text, "it hurt").as_deref(), Some("Dana Small"));
}

#[test]
fn titles_of_works_are_not_quotes() {
    let found = quotes(
        "Ana Ruiz, who starred in \"Dark Water,\" \"Blue Road\" and \"Red Sky,\" spoke on the \
         network's \"Morning Hour.\" She said, \"It was fun.\"",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["It was fun."]);
    let found = quotes("Omar Haddad told \"Morning Hour\" he stars in the drama, \"Mercy Lane.\"");
    assert!(found.is_empty(), "{found:?}");
    // Title Case after a speech verb is still speech.
    assert_eq!(quotes("Ana Ruiz said: \"Really,\" and left.").len(), 1);
}

#[test]
fn an_outlet_named_by_its_last_word_is_found_after_according_to() {
    let text = "The Riverside Gazette covered the case.\n\n\"It never stops,\" Judge Omar Haddad said, \
                according to the Gazette.";
    assert_eq!(speaker_of(text, "It never").as_deref(), Some("Riverside Gazette"));
}

#[test]
fn a_speaker_known_as_a_name_is_named_by_it() {
    let text = "Bob spoke later.\n\n\"There was no order,\" said the station chief known as Bob, speaking \
                for the first time.";
    assert_eq!(speaker_of(text, "There was").as_deref(), Some("Bob"));
}

#[test]
fn a_later_verb_after_an_appositive_has_the_subject_before_it() {
    let text = "\"We call on the house to reject it,\" Sara Lind, legal director for the rights group \
                Open Doors Campaign of the north, said in a statement.";
    assert_eq!(speaker_of(text, "We call").as_deref(), Some("Sara Lind"));
}

#[test]
fn an_opening_subordinate_clause_does_not_attribute_the_main_clauses_quote() {
    let text = "When Ana Ruiz suggested that the deal would fail, Omar Haddad said only that her \
                \"numbers are wrong.\"";
    assert_eq!(speaker_of(text, "numbers").as_deref(), Some("Omar Haddad"));
    let text = "When Ana Ruiz suggested that the deal would fail, Omar Haddad fired back: \"It will \
                not.\"";
    assert_eq!(speaker_of(text, "It will").as_deref(), Some("Omar Haddad"));
    // "As Doe said," is an attribution, not a clause to skip.
    let text = "As Omar Haddad, a lawyer at the Bolton Institute, noted, \"Everyone is waiting.\"";
    assert_eq!(speaker_of(text, "Everyone").as_deref(), Some("Omar Haddad"));
}

#[test]
fn words_between_a_described_subject_and_its_verb_are_not_part_of_it() {
    let text = "Ana Ruiz left. The clerk first said he did not recall, but later said he had an \"awful\" \
                moment.";
    assert_eq!(speaker_of(text, "awful").as_deref(), Some("The clerk"));
}

#[test]
fn the_person_a_sentence_is_about_chose_a_fragment_no_other_rule_attributes() {
    let text = "Ana Ruiz spoke first. Omar Haddad also bemoaned a climate in which people \"hate each \
                other\" for their views.";
    assert_eq!(speaker_of(text, "hate each").as_deref(), Some("Omar Haddad"));
    // The next quote of the paragraph does not go on in that voice.
    let text = "Omar Haddad worried that aid was \"a hammock.\" Ana Ruiz's \"47 points\" remark was worse.";
    assert_eq!(speaker_of(text, "47 points"), None);
    // Another clause, or an aside in brackets, has words of its own.
    let text = "Omar Haddad started a channel in 2009, and his first videos show a \"new man\" today.";
    assert_eq!(speaker_of(text, "new man"), None);
    let text = "Omar Haddad attacked his rivals (\"Low energy\" Ana Ruiz among them) again.";
    assert_eq!(speaker_of(text, "Low energy"), None);
}

#[test]
fn the_subject_of_a_fragment_is_read_past_titles_an_opening_phrase_and_irregular_verbs() {
    let text = "Former Acme spokesman Omar Haddad derided \"the loud left\" at meetings.";
    assert_eq!(speaker_of(text, "the loud").as_deref(), Some("Omar Haddad"));
    let text = "In the depths of the slump, Omar Haddad worried that aid was becoming \"a hammock.\"";
    assert_eq!(speaker_of(text, "a hammock").as_deref(), Some("Omar Haddad"));
    let text = "Omar Haddad, a veteran of the navy, found no fault with the claim that Ana Ruiz \"lied.\"";
    assert_eq!(speaker_of(text, "lied").as_deref(), Some("Omar Haddad"));
}

#[test]
fn an_inverted_verb_later_in_the_sentence_and_a_dated_document_speak() {
    let text = "Any \"clear\" reading of the plan, said Omar Haddad, an expert, would see a retreat.";
    assert_eq!(speaker_of(text, "clear").as_deref(), Some("Omar Haddad"));
    let text = "Nobody spoke.\n\n\"Interviews are useless,\" concluded a 2013 article in a journal.";
    assert_eq!(speaker_of(text, "Interviews").as_deref(), Some("a 2013 article"));
}

#[test]
fn the_statement_or_the_spokesperson_speaks_for_whom_its_introduction_names() {
    let text = "Halvorsen Freight said in a statement that it had shut its depots. \"No driver was \
                hurt,\" the statement said.";
    assert_eq!(speaker_of(text, "No driver").as_deref(), Some("Halvorsen Freight"));
    let text = "Halvorsen Freight shut its depots.\n\nA Halvorsen Freight spokesperson confirmed the \
                closure.\n\n\"We will reopen on Monday,\" the spokesperson said.";
    assert_eq!(speaker_of(text, "We will reopen").as_deref(), Some("Halvorsen Freight"));
    // A press release is such a document.
    let text = "In a press release, the Kessa Navy said two trawlers were held.\n\n\"We patrol \
                daily,\" the release said.";
    assert_eq!(speaker_of(text, "We patrol").as_deref(), Some("Kessa Navy"));
    // "The document" names again a document introduced under any name.
    let text = "According to a Kessa Defence Ministry assessment seen by reporters, radars saw 90 \
                violations.\n\nThe document describes Vell as \"the gravest threat\" to the region.";
    assert_eq!(speaker_of(text, "the gravest").as_deref(), Some("Kessa Defence Ministry"));
    // A press note is such a document.
    let text = "In a press note, the Kell Front claimed the ambush.\n\n\"We will strike again,\" the \
                note said.";
    assert_eq!(speaker_of(text, "We will strike").as_deref(), Some("Kell Front"));
    // An introduction that names nobody leaves the words open.
    let text = "A statement was read out at the gate. \"We will not leave,\" the statement said.";
    assert_eq!(speaker_of(text, "We will not leave").as_deref(), Some("the statement"));
}

#[test]
fn a_document_named_again_with_a_word_describing_it_speaks_for_its_author() {
    // A notification is a document its author issues.
    let text = "Ban\n\nThe Kessan Interior Ministry banned the group on Monday. In a gazette \
                notification, the ministry said the group had \"committed acts of terror\". \n\n\
                \"The group aims to destabilise the country,\" the notification said.";
    assert_eq!(speaker_of(text, "The group aims").as_deref(), Some("Kessan Interior Ministry"));
    // "The new report": a plain word may describe the document named again.
    let text = "Stockpile\n\nThe Atomic Energy Agency released its report on Monday. The new report said \
                the agency \"cannot provide any assurance\" about the material.";
    assert_eq!(speaker_of(text, "cannot provide").as_deref(), Some("Atomic Energy Agency"));
    // A name in the words before the noun is no plain description.
    let text = "Stockpile\n\nThe Atomic Energy Agency released its report on Monday. The Vell report said \
                the agency \"cannot provide any assurance\" about the material.";
    assert_ne!(speaker_of(text, "cannot provide").as_deref(), Some("Atomic Energy Agency"));
}

#[test]
fn a_report_speaks_for_the_body_whose_possessive_or_by_introduced_it_under_any_name() {
    // A body's possessive introduces it; "the report" names the assessment again.
    let text = "Dam report\n\nThe Kessa Intelligence Service's yearly assessment, released on Monday, says \
                Vell is rearming.\n\nThe report calls the northern bases \"a growing worry.\"";
    assert_eq!(speaker_of(text, "a growing worry").as_deref(), Some("Kessa Intelligence Service"));
    // A ranking is such a document; a short adjunct may stand before "by".
    let text = "Gangs ranked\n\nRansom gangs lead a ranking published this week by the Orvan Policy \
                Institute.\n\nSuch gangs, the report says, are \"growing bolder\" each year.";
    assert_eq!(speaker_of(text, "growing bolder").as_deref(), Some("Orvan Policy Institute"));
    // A date may stand between a report and "by" with no verb of issuing.
    let text = "Reef dredged\n\nA report last week by the Orvan Maritime Institute said Kessa had \
                dredged the reef.\n\nThe report said it would make the reef \"a new military outpost\".";
    assert_eq!(speaker_of(text, "a new military outpost").as_deref(), Some("Orvan Maritime Institute"));
    // An overview is such a document.
    let text = "Spy agency report\n\nVell is the main threat, the Kessa Security Service said in its \
                annual overview.\n\nThe overview says Vell keeps \"every option\" open at the border.";
    assert_eq!(speaker_of(text, "every option").as_deref(), Some("Kessa Security Service"));
    // A clause of its own after a comma, whose subject is no name, put the report out: the
    // sentence's first subject did not, and the words stay open.
    let text = "Spy agencies publish review\n\nROME, May 2 - Iran remains the main danger to Italy, Italy's \
                two security agencies said in their annual assessment.\n\nThese \"paid helpers\" set \
                fires, the report says.";
    assert_eq!(speaker_of(text, "paid helpers").as_deref(), Some("the report"));
}

#[test]
fn the_person_named_after_a_possessors_title_speaks_not_the_possessor() {
    let text = "The Harbour Council met on Monday. \"We will not sign,\" said the council's finance \
                director, Petra Lindqvar.";
    assert_eq!(speaker_of(text, "We will not").as_deref(), Some("Petra Lindqvar"));
    // The possessor is no actor of the registry.
    let text = "Talks went on. \"It is a bad plan,\" said the group's research director, Tomas Henk.";
    assert_eq!(speaker_of(text, "It is a bad").as_deref(), Some("Tomas Henk"));
    // "The" and a plain noun before the name in apposition.
    let text = "A lawyer for the traders spoke. \"We are relieved,\" said the lawyer, Ana Vell. \
                \"It was a long wait.\"";
    assert_eq!(speaker_of(text, "We are relieved").as_deref(), Some("Ana Vell"));
    assert_eq!(speaker_of(text, "It was a long").as_deref(), Some("Ana Vell"));
    // Without a name, the whole description speaks, not its possessor.
    let text = "Talks went on. \"It is a bad plan,\" said the group's research director.";
    assert_eq!(speaker_of(text, "It is a bad").as_deref(), Some("the group's research director"));
}

#[test]
fn a_name_after_a_dash_ending_the_paragraph_is_credited_with_the_quote() {
    let text = "Lena Marwick and Otto Fenner met in a debate on Tuesday.\n\nClaim 1: \"Rents have \
                doubled since my opponent took office.\" \u{2014} Marwick\n\nThat is mostly true.";
    assert_eq!(speaker_of(text, "Rents have").as_deref(), Some("Lena Marwick"));
    // A dash that goes on into a sentence credits nobody.
    let text = "Lena Marwick spoke.\n\nThe banner read \"we will not pay these rents any longer\" \u{2014} \
                Marwick chose the words \u{2014} and it hung there for weeks.";
    assert_ne!(speaker_of(text, "we will not").as_deref(), Some("Lena Marwick"));
}

#[test]
fn i_in_a_paragraph_opened_by_a_speakers_label_is_that_speaker() {
    let text = "Q: Did you talk to him?\n\nNadia Corvell: Yes. I met their director in May and I told \
                him, \"Bring me a better plan and I will sign it.\" I am still waiting.";
    assert_eq!(speaker_of(text, "Bring me").as_deref(), Some("Nadia Corvell"));
}

#[test]
fn a_bracketed_retired_marker_after_a_rank_belongs_to_the_title() {
    let text = "Floods are coming.\n\n\"The levees will not hold,\" said Maj. (ret.) Tomas Verity, \
                a former engineer. \"Move the pumps.\"";
    assert_eq!(speaker_of(text, "The levees").as_deref(), Some("Tomas Verity"));
    assert_eq!(speaker_of(text, "Move the").as_deref(), Some("Tomas Verity"));
    let text = "\"It is late,\" said Capt (retd) Ines Moro.";
    assert_eq!(speaker_of(text, "It is").as_deref(), Some("Ines Moro"));
}

#[test]
fn a_party_tag_with_a_dotted_state_does_not_cut_the_speaker_off() {
    let text = "Budget talks\n\nSen. Ed Varga (R-N.C.) called the plan \"a paper tiger\" on Friday.";
    assert_eq!(speaker_of(text, "a paper tiger").as_deref(), Some("Ed Varga"));
}

#[test]
fn a_document_nobody_introduced_speaks_for_the_group_that_claimed_before_it() {
    let text = "Dam attack\n\nA militant faction calling itself the Red Ridge Front claimed the bombing \
                late on Friday. The statement said the gang held the keys and warned that \"the dam \
                will not be the last.\"";
    assert_eq!(speaker_of(text, "the dam will").as_deref(), Some("Red Ridge Front"));
    // A person who spoke before is no author of it.
    let text = "Dam attack\n\nThe engineer Tomas Welbury said the gate had failed. The statement \
                said the gang held the keys and warned that \"the dam will not be the last.\"";
    assert_ne!(speaker_of(text, "the dam will").as_deref(), Some("Tomas Welbury"));
}

#[test]
fn a_message_introduced_earlier_speaks_for_its_sender() {
    let text = "Convoy hit\n\nA separatist group, the Stone Valley Front (SVF), claimed the ambush in a \
                message to journalists. \"Every road they build will burn,\" the message said.";
    assert_eq!(speaker_of(text, "Every road").as_deref(), Some("Stone Valley Front"));
}

#[test]
fn a_document_issued_is_no_speaker_of_its_own() {
    let text = "Fuel shortage\n\nIn a statement issued hours after the vote, the water board said supply \
                would return \"within two days\" as tankers arrived.";
    assert_ne!(speaker_of(text, "within two").as_deref(), Some("In a statement"));
    let text = "Fares\n\nThe transport board, in a statement released late on Monday, said the fares \
                were \"fair to all riders\" and would stay.";
    assert_ne!(speaker_of(text, "fair to all").as_deref(), Some("in a statement"));
}

#[test]
fn an_unnamed_official_or_spokesperson_of_an_organisation_speaks_for_it() {
    // With no person named, the body an official is named with speaks, as for a spokesperson.
    let text = "Cable cut\n\nNATO met on Monday.\n\n\"We will not tolerate attacks on cables,\" a NATO \
                official said.";
    assert_eq!(speaker_of(text, "We will not").as_deref(), Some("NATO"));
    let text = "Cable cut\n\nNATO met on Monday.\n\n\"We will not tolerate attacks on cables,\" a NATO \
                spokesperson said.";
    assert_eq!(speaker_of(text, "We will not").as_deref(), Some("NATO"));
    // A state's official is the state speaking, named as written (read with its institutions).
    let text = "Talks\n\nFrance met the U.S. on Monday.\n\n\"We will not sign,\" a U.S. official said.";
    assert_eq!(speaker_of(text, "We will not").as_deref(), Some("U.S. official"));
}

#[test]
fn in_the_words_of_names_the_source_as_according_to_does() {
    let text = "Profile\n\nAt law school she was, in the words of her former professor Lia Sandor, \
                \"the one who argued with every ruling.\"";
    assert_eq!(speaker_of(text, "the one who argued").as_deref(), Some("Lia Sandor"));
}

#[test]
fn a_quote_opening_a_line_with_a_name_after_a_colon_is_that_names() {
    let text = "Campaign live\n\n4:05 PM IST\n\n\u{2018}The valley was milked like a cash cow\u{2019}: \
                Pruitt\n\nLena Pruitt, addressing a crowd, tore into the state government.\n\n\"Not \
                again\": Marlow Vance on the budget";
    assert_eq!(speaker_of(text, "The valley").as_deref(), Some("Lena Pruitt"));
    assert_eq!(speaker_of(text, "Not again").as_deref(), Some("Marlow Vance"));
    // A name that goes on into a sentence is no label.
    let text = "Campaign live\n\n\"Not again\": Marlow Vance heard the crowd shout it twice.";
    assert_ne!(speaker_of(text, "Not again").as_deref(), Some("Marlow Vance"));
}

#[test]
fn a_described_speaker_keeps_its_posting_but_not_its_anonymity_clause() {
    let text = "Talks stalled.\n\nA diplomat in Lusaka, who asked not to be named, said the row risked \
                \"a spiral nobody controls\".";
    assert_eq!(speaker_of(text, "a spiral").as_deref(), Some("A diplomat in Lusaka"));
    let text = "Talks stalled.\n\nSeveral diplomats in Lusaka, who asked not to be named, said the row \
                risked \"a spiral nobody controls\".";
    assert_eq!(speaker_of(text, "a spiral").as_deref(), Some("Several diplomats in Lusaka"));
    let text = "Talks stalled.\n\n\"They fired at the cabs first,\" a driver who escaped told a reporter.";
    assert_eq!(speaker_of(text, "They fired").as_deref(), Some("a driver who escaped"));
    let text = "Talks stalled.\n\nA nurse at the clinic said the wards were \"full to the doors\".";
    assert_eq!(speaker_of(text, "full to").as_deref(), Some("A nurse at the clinic"));
    let text = "Gunfire was heard.\n\nA resident of the Kell 2 district, who asked not to be named, told \
                us: \"It started with heavy weapons.\"";
    assert_eq!(speaker_of(text, "It started").as_deref(), Some("A resident of the Kell 2 district"));
    // A modifier with a speech verb in it is no part of a subject.
    let text = "Talks stalled.\n\nA man who said he was a guard told us \"nobody came\".";
    assert_ne!(speaker_of(text, "nobody came").as_deref(), Some("A man who said he was a guard"));
}

#[test]
fn the_statement_after_an_opening_participle_is_the_one_its_speaker_made() {
    let text = "Confirming the raid in a statement on Sunday, the harbour police press officer, Ade \
                Bello, said divers had been deployed.\n\n\"We ask the public to stay calm,\" the \
                statement added.";
    assert_eq!(speaker_of(text, "We ask").as_deref(), Some("Ade Bello"));
}

#[test]
fn a_lede_s_described_person_is_the_one_the_next_sentence_names() {
    let text = "KELL - A former signalman accused of spying for a foreign service told a court on \
                Thursday that he had been \"led on step by step\" by a handler. Jo Bell, 38, has \
                pleaded guilty to passing on rail plans.";
    assert_eq!(speaker_of(text, "led on").as_deref(), Some("Jo Bell"));
    // A person named before is someone else; the described speaker stays described.
    let text = "Jo Bell testified on Monday.\n\nA former signalman told the court he had been \"led on \
                step by step\". Jo Bell later wept.";
    assert_ne!(speaker_of(text, "led on").as_deref(), Some("Jo Bell"));
    // A sentence that opens on two people names neither as the one described.
    let text = "Two men who set fire to a depot acted \"on orders from abroad\", a judge said as she \
                sentenced them.\n\nJan Varga, 27, and Piotr Lask, 31, were convicted in May.";
    assert_eq!(speaker_of(text, "on orders").as_deref(), Some("a judge"));
    // A person the next paragraph names with a title is another source in a role of their own.
    let text = "Border calm\n\nA senior official said the border was \"quiet.\"\n\nColonel Ana Berg \
                said her men had found two bodies.";
    assert_ne!(speaker_of(text, "quiet").as_deref(), Some("Ana Berg"));
}

#[test]
fn he_after_an_unnamed_trader_or_worker_is_that_person_in_words() {
    let text = "A livestock trader from Kell described being held for 23 days. \"They were polite at \
                first,\" he said.";
    assert_eq!(speaker_of(text, "They were").as_deref(), Some("A livestock trader"));
    let text = "A church worker said families were sleeping in classrooms.\n\n\"People are too \
                frightened to walk,\" she said.";
    assert_eq!(speaker_of(text, "People are").as_deref(), Some("A church worker"));
}

#[test]
fn a_document_an_actor_put_out_speaks_for_its_author() {
    let text = "A report by the Kell Policy Institute this year warned that the border dispute had \
                become \"harder to contain.\"";
    assert_eq!(speaker_of(text, "harder to contain").as_deref(), Some("Kell Policy Institute"));
    let text = "A statement from the Ostavian Relief Council said the camps were \"close to collapse\".";
    assert_eq!(speaker_of(text, "close to collapse").as_deref(), Some("Ostavian Relief Council"));
    // Two authors: neither alone.
    let text = "A joint statement by the Kell Policy Institute and Jo Bell said the dispute was \"harder \
                to contain.\"";
    assert_eq!(speaker_of(text, "harder to contain").as_deref(), None);
}

#[test]
fn a_source_who_asked_not_to_be_named_names_nobody_after_the_clause() {
    let text = "A European official, who asked not to be named, called the EU's small mission \"a tripwire, \
                not a shield\".";
    assert_ne!(speaker_of(text, "a tripwire").as_deref(), Some("European Union"));
    // A name given in the clause still speaks.
    let text = "One organiser, who asked to be identified only by his first name, Wayne, said young people \
                \"no longer believe in words\".";
    assert_eq!(speaker_of(text, "no longer believe").as_deref(), Some("Wayne"));
}

#[test]
fn a_time_adjunct_before_the_verb_is_no_part_of_an_unnamed_speaker() {
    let text = "An industry association on Tuesday denied the reports, calling the claims \"baseless.\"";
    assert_eq!(speaker_of(text, "baseless").as_deref(), Some("An industry association"));
    let text = "Army officials this week dismissed as \"pure fabrication\" the reports of a wounded general.";
    assert_eq!(speaker_of(text, "pure fabrication").as_deref(), Some("Army officials"));
}

#[test]
fn one_unnamed_source_is_named_with_its_posting() {
    // The article's own words, where the source is posted included: an analyst who cites "a
    // senior Western diplomat in Port-au-Prince" cites what the article says.
    let text = "Talks stalled.\n\n\"It is dead,\" a senior Western diplomat in Port-au-Prince said.";
    assert_eq!(
        speaker_of(text, "It is dead").as_deref(),
        Some("a senior Western diplomat in Port-au-Prince")
    );
    let text = "Talks stalled. A senior Western diplomat in Vela Nova, speaking on condition of \
                anonymity, said the plan was \"dead\".";
    assert_eq!(speaker_of(text, "dead").as_deref(), Some("A senior Western diplomat in Vela Nova"));
}

#[test]
fn a_relative_clause_of_any_length_between_a_source_and_its_verb_is_skipped() {
    let text = "Nobody else spoke.\n\n\"I counted the bodies,\" one resident, who asked not to be \
                named for his own safety, said by phone.";
    assert_eq!(speaker_of(text, "I counted").as_deref(), Some("one resident"));
    let text = "Nobody else spoke.\n\n\"You pay or you lose,\" one grower, who asked that his name \
                be withheld, said by telephone.";
    assert_eq!(speaker_of(text, "You pay").as_deref(), Some("one grower"));
}

#[test]
fn a_relative_clause_holding_a_participles_phrase_is_skipped_whole() {
    // The participle's comma ("including") lies inside the relative clause: the noun it follows
    // ("the entire northern border") is no subject.
    let text = "Rebels hold fishermen\n\nThe Vell Front, which seized control of almost the entire \
                northern border, including Kasta township, from the army last year, said the men had \
                \"illegally entered our waters\" and would be freed later.";
    assert_eq!(speaker_of(text, "illegally entered").as_deref(), Some("Vell Front"));
    let text = "Talks stall\n\nOne resident, who fled the town, leaving his shop behind, told \
                reporters it was \"a ghost town\" now.";
    assert_eq!(speaker_of(text, "a ghost town").as_deref(), Some("One resident"));
}

#[test]
fn a_source_who_puts_it_speaks() {
    let text = "The truce holds. As one aid official in Vela put it: \"We live between two wars.\"";
    assert_eq!(speaker_of(text, "We live").as_deref(), Some("one aid official in Vela"));
    let text = "The truce holds. As the Daily Ledger put it: \"Nobody wins.\"";
    assert_eq!(speaker_of(text, "Nobody wins").as_deref(), Some("the Daily Ledger"));
}

#[test]
fn a_source_after_the_verb_keeps_its_of_phrase() {
    let text = "Shops shut early.\n\n\"The kidnappers are here,\" said the owner of a grocery near the \
                port, who declined to give his name.";
    assert_eq!(speaker_of(text, "The kidnappers").as_deref(), Some("the owner of a grocery near the port"));
    // A word ending in -ing inside the phrase is no participle to cut.
    let text = "Shops shut early.\n\n\"We are ready,\" said the owner of a building near the port.";
    assert_eq!(speaker_of(text, "We are ready").as_deref(), Some("the owner of a building near the port"));
}

#[test]
fn words_whose_only_name_is_a_place_after_a_preposition_name_no_speaker() {
    let text = "Pamphlets signed by a local committee and found this week in villages near Vellore \
                warned that anyone found \"helping the police\" would be punished.";
    assert_eq!(speaker_of(text, "helping the police"), None);
    // A people's noun or a title opening the phrase still speaks.
    let text = "Talks stalled. Officials in Brussels said the plan was \"dead\".";
    assert_eq!(speaker_of(text, "dead").as_deref(), Some("Officials in Brussels"));
}

#[test]
fn a_source_who_puts_it_with_an_adverb_speaks() {
    let text =
        "Budgets are tight. One senior NATO official put it bluntly: \"Nobody agrees who should pay.\"";
    // (An unnamed official of a body speaks for it, introduced by "one" as by "a".)
    assert_eq!(speaker_of(text, "Nobody agrees").as_deref(), Some("NATO"));
}

#[test]
fn a_long_description_of_an_unnamed_source_is_read_from_its_determiner() {
    let text = "Talks resumed.\n\nA senior Western diplomat involved in the monitoring mechanism said the \
                truce was \"fragile but holding.\"";
    assert_eq!(
        speaker_of(text, "fragile").as_deref(),
        Some("A senior Western diplomat involved in the monitoring mechanism")
    );
    // A body named inside the description does not speak for its official.
    let text = "Talks resumed.\n\nA senior EU official involved in the security dialogue with candidate \
                countries said the bloc saw \"hybrid interference\" as the main threat.";
    assert_eq!(
        speaker_of(text, "hybrid").as_deref(),
        Some("A senior EU official involved in the security dialogue with candidate countries")
    );
    // "The office of" a named post opens the phrase.
    let text = "Talks resumed.\n\nThe office of the UN special envoy for Chad said in a statement that it \
                was \"deeply concerned\" by the clash.";
    assert_eq!(speaker_of(text, "deeply").as_deref(), Some("The office of the UN special envoy for Chad"));
    // What is no noun for people keeps no long description: a visit is nobody.
    let text = "In one month, Kell has received a visit from a US special envoy who spoke openly of a \
                \"much bigger footprint\" there.";
    assert_eq!(speaker_of(text, "much bigger"), None);
}

#[test]
fn a_police_rank_shortened_opens_a_name_and_a_persons_body_does_not_speak_for_them() {
    let text = "Police met.\n\nDet Ch Supt Ana Ruiz, head of the county force, said: \"This was a shocking \
                attack.\"";
    assert_eq!(speaker_of(text, "This was").as_deref(), Some("Ana Ruiz"));
    let text = "Police met.\n\n\"We have reason to believe the anchor caused it,\" Detective Chief \
                Superintendent Jo Bell of the National Bureau of Investigation told reporters.";
    assert_eq!(speaker_of(text, "We have").as_deref(), Some("Jo Bell"));
    // A body that opens the subject still speaks: "of" after it names no person's employer.
    let text = "Police met.\n\n\"We have reason to believe it,\" the National Bureau of Investigation \
                told reporters.";
    assert_eq!(speaker_of(text, "We have").as_deref(), Some("National Bureau of Investigation"));
}

#[test]
fn a_speaker_after_the_quote_speaks_past_a_long_appositive_with_its_relative_clause() {
    let text = "Crowds gathered.\n\n\"We will not take one step back,\" Ana Ruiz, a local official of the \
                Kell-backed Union Lista party who helped organise the protest, told reporters by phone.";
    assert_eq!(speaker_of(text, "We will").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn he_after_an_unnamed_subject_opened_by_a_focusing_word_is_that_person() {
    let text = "\"We are angry,\" said Carlo Reyes, a student.\n\nFor many on Sunday, the mood was \
                defiant. Even a basketball fan outside the embassy, draped in a flag, said the two \
                contests felt linked. \"Tonight we beat them on the court,\" he said.";
    assert_eq!(speaker_of(text, "Tonight").as_deref(), Some("a basketball fan"));
    // The verb of a relative clause is not the subject's: the name it gives is whom "he" means.
    let text = "Police raided the site.\n\nA 27-year-old Kenyan man, who asked to be identified only as \
                Peter, said he had spent months inside. \"They beat you,\" he said.";
    assert_eq!(speaker_of(text, "They beat").as_deref(), Some("Peter"));
}

#[test]
fn a_described_subject_in_a_later_clause_speaks_past_its_participle_appositive() {
    let text = "Budgets rose.\n\nTaxes will climb, and an official at the finance ministry, speaking on \
                condition of anonymity, said the plan \"assumes a level of courage\".";
    assert_eq!(speaker_of(text, "assumes").as_deref(), Some("an official at the finance ministry"));
}

#[test]
fn a_sentence_closing_on_put_and_a_manner_of_saying_introduces_the_next_quote() {
    let text = "Analysts differ.\n\nAna Ruiz put the European dilemma more bluntly. \"Europe built a \
                system for ships that play by the rules.\"";
    assert_eq!(speaker_of(text, "Europe built").as_deref(), Some("Ana Ruiz"));
    // Putting things somewhere says nothing.
    let text = "Analysts differ.\n\nAna Ruiz put the boxes there quickly. \"Europe built a system for \
                ships.\"";
    assert_eq!(speaker_of(text, "Europe built"), None);
}

#[test]
fn a_state_named_in_what_an_unnamed_official_said_does_not_speak() {
    // The military the official is named with speaks for them, not the state in the reported
    // clause.
    let text = "Ships were hit.\n\nAn Israeli military official, speaking on condition of anonymity, said \
                Israel would not allow the rebels \"to impose a naval blockade\".";
    assert_eq!(speaker_of(text, "to impose").as_deref(), Some("Israel Defense Forces"));
}

#[test]
fn according_to_a_document_passed_on_by_someone_is_that_someones() {
    let text = "According to an intelligence assessment described to reporters by a senior official \
                in Vela, who asked not to be named, \"more than a hundred\" fighters are waiting.";
    // (Its posting is kept, as for every unnamed source.)
    assert_eq!(speaker_of(text, "more than a hundred").as_deref(), Some("a senior official in Vela"));
    // A document nobody passed on is no speaker in words with its participle.
    let text = "According to an assessment released on Monday, \"more than a hundred\" fighters wait.";
    assert_ne!(speaker_of(text, "more than a hundred").as_deref(), Some("an assessment released"));
}

#[test]
fn an_inverted_unnamed_source_keeps_its_restrictive_clause() {
    let text = "\"They came on motorbikes,\" said one driver who survived the attack, speaking by phone.";
    assert_eq!(speaker_of(text, "They came").as_deref(), Some("one driver who survived the attack"));
    // A clause of anonymity says nothing of who the source is.
    let text = "\"They came at night,\" said a guard who asked not to be named.";
    assert_eq!(speaker_of(text, "They came").as_deref(), Some("a guard"));
}

#[test]
fn a_described_source_with_a_clause_and_a_participle_between_commas_speaks() {
    let text = "An official who attended the meeting, speaking on condition of anonymity, said \
                \"the same playbook can be used against any of us.\"";
    assert_eq!(
        speaker_of(text, "the same playbook").as_deref(),
        Some("An official who attended the meeting")
    );
}

#[test]
fn a_described_source_with_a_modifier_and_a_who_clause_between_commas_speaks() {
    let text = "An investigator familiar with the project, who asked not to be named because of security \
                concerns, said the dam was \"close to failing\".";
    assert_eq!(
        speaker_of(text, "close to failing").as_deref(),
        Some("An investigator familiar with the project")
    );
    // The verb of the relative clause ("asked") is no verb of the quote's.
    let text = "A guard, who asked not to be named, said the plan was \"dead\".";
    assert_eq!(speaker_of(text, "dead").as_deref(), Some("A guard"));
}

#[test]
fn a_definite_description_names_the_unnamed_source_it_refers_back_to_in_its_first_words() {
    let text = "The dam was closed on Monday.\n\nAn investigator familiar with the inquiry, who asked \
                not to be named, said the cracks had been reported in May. Engineers disagree.\n\n\
                \"Nobody wanted to pay for the repairs,\" the investigator said.";
    assert_eq!(
        speaker_of(text, "Nobody wanted").as_deref(),
        Some("An investigator familiar with the inquiry")
    );
    // Its posting is kept, as for every unnamed source.
    let text = "A Western diplomat in Vela, speaking on condition of anonymity, said talks had \
                stalled.\n\n\"Nobody expects a deal,\" the diplomat said.";
    assert_eq!(speaker_of(text, "Nobody expects").as_deref(), Some("A Western diplomat in Vela"));
    // Another noun, or no source introduced: the words as written.
    let text = "A Western diplomat in Vela said talks had stalled.\n\n\"Nobody expects a deal,\" \
                the official said.";
    assert_eq!(speaker_of(text, "Nobody expects").as_deref(), Some("the official"));
}

#[test]
fn an_unnamed_official_speaks_for_no_body_the_sentence_before_told_of() {
    // A spokesperson after a body's sentence speaks for it; an official placed elsewhere does not.
    let text = "The first units of the Harbor Protection Force reached Varn. The force is expected to \
                grow.\n\nA senior official in the office of Prime Minister Ana Ruiz said the force \
                would act. \"There will be no safe place for them,\" the official said.";
    assert_eq!(speaker_of(text, "There will be").as_deref(), Some("A senior official"));
    // A word of a body's name before the official still names the body.
    let text = "The Vell Treasury Department said it had frozen the accounts. A Treasury official, \
                speaking on condition of anonymity, said more would follow.\n\n\"They pay their \
                fighters well,\" the official said.";
    assert_eq!(speaker_of(text, "They pay").as_deref(), Some("Vell Treasury Department"));
}

#[test]
fn a_relative_clause_with_a_speaker_of_its_own_attributes_the_quote_after_it() {
    let text = "A report said inspectors had lost track of the tubes, which one Western official said \
                raised the risk that \"material could be diverted\".";
    assert_eq!(speaker_of(text, "material could").as_deref(), Some("one Western official"));
    // A relative clause that speaks of no one leaves the sentence's subject.
    let text = "A report said inspectors had lost the tubes that the plant needed, and warned that \
                \"material could be diverted\".";
    assert_ne!(speaker_of(text, "material could").as_deref(), Some("the plant"));
}

#[test]
fn a_spokesperson_quoted_as_saying_speaks_for_the_body() {
    let text = "The Vell Liberation Army attacked a convoy. State media quoted a spokesman for the Vell \
                Liberation Army as calling the raid \"a warning to traitors\".";
    assert_eq!(speaker_of(text, "a warning").as_deref(), Some("Vell Liberation Army"));
    // Quoted as doing something else, the spokesperson says nothing.
    let text = "The Vell Liberation Army attacked a convoy. State media quoted a spokesman for the Vell \
                Liberation Army as a source for \"a warning to traitors\".";
    assert_eq!(speaker_of(text, "a warning"), None);
}

#[test]
fn the_one_quoted_as_saying_after_the_quote_speaks() {
    let text = "Hackers\n\nThe National Intelligence Service (NIS) briefed lawmakers on Tuesday. Choi \
                Min-ho, a lawmaker, said the agency had shared its findings. \"Cyber theft has become a \
                key source of cash for the North,\" Choi quoted the NIS as saying.";
    assert_eq!(speaker_of(text, "Cyber theft").as_deref(), Some("National Intelligence Service"));
    // Who quotes without "as saying" speaks himself.
    let text = "Hackers\n\nChoi Min-ho, a lawmaker, spoke on Tuesday. \"Cyber theft is rising,\" Choi \
                told reporters.";
    assert_eq!(speaker_of(text, "Cyber theft").as_deref(), Some("Choi Min-ho"));
}

#[test]
fn the_subject_of_a_passive_quoted_as_saying_speaks() {
    let text = "Launch\n\nPhotos showed Kim Jong Un smiling. \"Our force will grow without limit,\" Kim \
                was quoted as saying by the official news agency.";
    assert_eq!(speaker_of(text, "Our force").as_deref(), Some("Kim Jong Un"));
    let text = "Launch\n\n\"It is done,\" Jon Dahl was quoted as describing the test by Reuters.";
    assert_eq!(speaker_of(text, "It is done").as_deref(), Some("Jon Dahl"));
    // Quoted in a report, without "as saying", the subject is only the one the report is about.
    let text = "Launch\n\n\"It is done,\" Jon Dahl was quoted in a report by Reuters.";
    assert_ne!(speaker_of(text, "It is done").as_deref(), Some("Reuters"));
}

#[test]
fn the_one_quoted_as_saying_may_be_named_after_a_noun_that_describes_them() {
    let text = "Levies\n\nThe Cabinet of Velmia rejected the levies. \"We consider them unjust,\" the \
                press service quoted its chairman, Tal Abdyr, as saying.";
    assert_eq!(speaker_of(text, "We consider").as_deref(), Some("Tal Abdyr"));
    let text = "Levies\n\nThe wire quoted the ministry's press secretary, Ana Vell, as calling the levy \
                \"a grave mistake.\"";
    assert_eq!(speaker_of(text, "a grave").as_deref(), Some("Ana Vell"));
    // Quoted as doing something else, the one named says nothing.
    let text = "Levies\n\nThe wire quoted its chairman, Tal Abdyr, in a profile. \"We consider them \
                unjust,\" a trader said.";
    assert_ne!(speaker_of(text, "We consider").as_deref(), Some("Tal Abdyr"));
}

#[test]
fn according_to_a_definite_body_noun_is_the_body_named_before() {
    let text = "Arrests\n\nThe State Security Service announced the arrest of three men. According to \
                the agency, the men had been in contact with \"foreign-based handlers.\"";
    assert_eq!(speaker_of(text, "foreign-based").as_deref(), Some("State Security Service"));
    // With no body named before, the quote is not handed to anyone.
    let text = "Arrests\n\nAna Vell spoke of the arrests. According to the agency, the men had been in \
                contact with \"foreign-based handlers.\"";
    assert_ne!(speaker_of(text, "foreign-based").as_deref(), Some("Ana Vell"));
}

#[test]
fn a_verb_joined_by_and_without_a_comma_has_the_sentences_subject() {
    let text = "Romania summoned Russia's ambassador and said in a statement that the flight was \
                \"an unacceptable violation\".";
    assert_eq!(speaker_of(text, "an unacceptable").as_deref(), Some("Romania"));
    // A title may stand before the name that opens the subject.
    let text = "In the debate, the deputy Ana Rivas defended the bill and assured that the gangs \
                \"are dismantled but not dead.\"";
    assert_eq!(speaker_of(text, "are dismantled").as_deref(), Some("Ana Rivas"));
    // A subject that does not open the sentence, or no verb of its own after it: nobody guessed.
    let text = "After talks with Russia's ambassador in Bucharest and Sofia said the flight was \
                \"an unacceptable violation\".";
    assert_ne!(speaker_of(text, "an unacceptable").as_deref(), Some("Russia"));
}

#[test]
fn a_he_or_she_stands_for_no_plural_or_a_noun_after_of() {
    let text = "A UN panel of experts reported that the group took a cut of ransoms. \"The nightmare \
                scenario is a pirate economy,\" she said.";
    assert_eq!(speaker_of(text, "The nightmare"), None);
    let text = "A senior officer, who asked not to be named, said the group took a cut. \"The \
                nightmare scenario is a pirate economy,\" she said.";
    assert_eq!(speaker_of(text, "The nightmare").as_deref(), Some("A senior officer"));
}

#[test]
fn a_name_in_apposition_before_the_verb_speaks_after_a_relative_clause_on_a_place() {
    let text = "In Vela, which brokered the talks, a ministry spokesman, Jo Marten, said officials \
                were \"in touch with both capitals\".";
    assert_eq!(speaker_of(text, "in touch").as_deref(), Some("Jo Marten"));
}

#[test]
fn the_one_quoted_as_describing_speaks_after_another_verb_of_speech() {
    let text = "The Vell News Agency said the test had succeeded, and quoted Jo Marten, a secretary of \
                the ruling party who oversaw the launch, as describing it as a \"clear warning\".";
    assert_eq!(speaker_of(text, "clear warning").as_deref(), Some("Jo Marten"));
}

#[test]
fn a_statement_named_again_is_the_body_that_said_it_not_the_sentences_first_subject() {
    let text = "In Orra on Sunday, suspected Hamas militants detonated a roadside bomb, killing three \
                officers, the Kenyan police said in a statement. The statement said officers were \
                \"in pursuit of the attackers\" in the forest.";
    assert_eq!(speaker_of(text, "in pursuit").as_deref(), Some("Kenyan police"));
}

#[test]
fn the_headlines_speaker_is_no_subject_of_another_clause_of_the_lead() {
    // The lead's speaker is the spokeswoman's body, in the clause after "and"; the police only
    // detained the tanker.
    let text = "Grid operator says cable cut \"deliberate\"\n\n\
                Finnish police detained a tanker on Thursday, and a spokeswoman for Halvard Grid said \
                the damage was \"clearly deliberate\".";
    assert_ne!(speaker_of(text, "deliberate").as_deref(), Some("Finnish police"));
}

#[test]
fn a_headline_quote_is_not_a_later_speakers_when_the_lead_speaks_in_plain_words() {
    // The lead's verb has a subject in words ("Norway's two intelligence agencies"); the name
    // after "says" in the next sentence only starts what the report says.
    let text = "Norway names Russia \u{2018}gravest threat\u{2019} as spies warn of sabotage\n\n\
                OSLO, March 6 (NTB) \u{2013} Russia remains the gravest threat to Norway\u{2019}s \
                national security, Norway\u{2019}s two intelligence agencies said in their annual \
                threat assessment.\n\nThe 58-page report, prepared by the Police Security Service \
                (PST), says Moscow\u{2019}s military capabilities will be \u{201c}restored\u{201d} \
                within two years.";
    assert_ne!(speaker_of(text, "gravest threat").as_deref(), Some("Russia"));
}

#[test]
fn a_possessive_name_after_the_verb_opens_what_was_said() {
    // "says Moscow's capabilities in the region will be": Moscow is what the report is about,
    // not its voice.
    let text = "Spies warn of sabotage\n\nOSLO, March 6 (NTB) \u{2013} Russia remains the gravest \
                threat to Norway\u{2019}s national security, Norway\u{2019}s two intelligence \
                agencies said in their annual threat assessment.\n\nThe 58-page report, \
                prepared by the State Security Service (PST) and the Second Investigation \
                Department under the Ministry of National Defence (AOTD), says Moscow\u{2019}s \
                military capabilities in the Baltic region will be \u{201c}restored and \
                expanded\u{201d} within two years.";
    let speaker = speaker_of(text, "restored and");
    assert!(!matches!(speaker.as_deref(), Some("Russia" | "Moscow")), "{speaker:?}");
    // Whom the verb's possessive names still speaks through their spokesman.
    let text = "Talks stall\n\nThe truce held, said the Vell Agency\u{2019}s spokesman, adding \
                that it was \u{201c}fragile\u{201d}.";
    assert_eq!(speaker_of(text, "fragile").as_deref(), Some("Vell Agency"));
}

#[test]
fn a_states_mission_to_a_body_speaks_for_the_state() {
    let text = "Iran's mission to the United Nations said in a statement that Israel had \"no proof\" of it.";
    assert_eq!(speaker_of(text, "no proof").as_deref(), Some("Iran"));
}

#[test]
fn a_document_named_again_speaks_for_whoever_put_it_out() {
    // Introduced by its author's possessive, and a report as well as a statement.
    let text = "Vardenia's drugs commissioner, Ines Varda, warned in her annual report this month that \
                gangs were corrupting port workers.\n\n\"Violence is only the visible part,\" the report said.";
    assert_eq!(speaker_of(text, "Violence is only").as_deref(), Some("Ines Varda"));
    // "According to the statement", after the body that put it out, named right before its verb.
    let text = "The men were held in raids in Kessa, the Federal Prosecutor's Office said in a statement. \
                They were named only as Dmitri K.\n\nAccording to the statement, Dmitri K. had met \"a \
                person linked to a foreign service\".";
    assert_eq!(speaker_of(text, "a person linked").as_deref(), Some("Federal Prosecutor's Office"));
    // A conjunction before the fronted phrase, and another word for the same document.
    let text = "But in a short message read out on state television, the Ministry of Ports said the crew \
                had been caught. It named no country.\n\nThe statement said the sailors would be \"dealt \
                with according to the law\".";
    assert_eq!(speaker_of(text, "dealt with").as_deref(), Some("Ministry of Ports"));
    // A report nobody introduced names nobody.
    let text = "Gangs are growing bolder. \"Violence is only the visible part,\" the report said.";
    assert_eq!(speaker_of(text, "Violence is only").as_deref(), Some("the report"));
}

#[test]
fn the_source_named_again_is_the_nearest_one_of_its_noun_even_brought_in_without_speech() {
    let text = "A senior Kessan diplomat said the talks had \"stalled\".\n\nAid groups said they would \
                leave. A western diplomat in Port Vell was blunter about the consequences. \"Nobody will \
                be there to see,\" the diplomat said.";
    assert_eq!(speaker_of(text, "Nobody will").as_deref(), Some("A western diplomat in Port Vell"));
    let text = "A European diplomat involved in the corridor talks, who asked not to be named, summed up \
                the dilemma. \"We are building in a rough neighbourhood,\" the diplomat said.";
    assert_eq!(
        speaker_of(text, "We are building").as_deref(),
        Some("A European diplomat involved in the corridor talks")
    );
    // Another noun opening the nearer sentence changes nothing.
    let text = "A senior Kessan diplomat said the talks had \"stalled\".\n\nA western official in Port \
                Vell was blunter. \"Nobody will be there to see,\" the diplomat said.";
    assert_eq!(speaker_of(text, "Nobody will").as_deref(), Some("A senior Kessan diplomat"));
}

#[test]
fn a_document_issued_by_a_body_speaks_for_it() {
    let text = "Shelling\n\nAccording to a statement issued by the Kessan Army Press Office on Saturday, \
                rebels used mortars.\n\n\"Our troops responded effectively,\" the statement said.";
    assert_eq!(speaker_of(text, "Our troops").as_deref(), Some("Kessan Army Press Office"));
    // Its author issued it as the sentence's subject.
    let text = "Hackers\n\nThe Vell Institute issued a joint advisory on Wednesday urging operators to \
                check networks. The advisory warned that the access could be used \"to disrupt \
                services\" in a crisis.";
    assert_eq!(speaker_of(text, "to disrupt").as_deref(), Some("Vell Institute"));
}

#[test]
fn the_report_is_the_one_introduced_many_sentences_before() {
    // "The report by X" introduces it with its author, and "the report" speaks for X later.
    let text = "Spy agency report\n\nThe 86-page report by the Kessan Intelligence Service said Moscow \
                was rebuilding its forces. Officials met. Ministers spoke. \"The GRU has learned that \
                it is cheaper to hire a teenager,\" the report said.";
    assert_eq!(speaker_of(text, "The GRU has").as_deref(), Some("Kessan Intelligence Service"));
    // "X said in a 42-page report": a count may describe the document.
    let text = "Fake sites\n\nThe agency, Vigilance, said in a 42-page technical report that the \
                operation had set up 83 fake domains. The domains were registered abroad.\n\nThe \
                report describes the campaign as \"the most persistent threat to public debate\".";
    assert_eq!(speaker_of(text, "the most persistent").as_deref(), Some("Vigilance"));
}

#[test]
fn it_in_a_sentence_a_report_opens_is_the_report_not_a_state_it_names() {
    let text = "Spy report\n\nThe 40-page annual review lists Iran first among dangers to the region, \
                ahead of Syria and Iraq, which it calls \"a willing partner.\"";
    assert_eq!(speaker_of(text, "a willing partner"), None);
    let text = "Spy report\n\nNorway published its review. The assessment also notes more Russian \
                activity near the islands. Russian survey ships, it says, have charted the fjords, and \
                the data \"could help submarines.\"";
    assert_eq!(speaker_of(text, "could help"), None);
    // A statement is its author's voice: "it" goes on to the body that issued it.
    let text = "Raid in the north\n\nThe Kessa Army said troops had killed a commander. The statement \
                named him as Jo Bell, who, it said, \"led many attacks.\"";
    assert_eq!(speaker_of(text, "led many").as_deref(), Some("Kessa Army"));
}

#[test]
fn a_body_named_again_with_where_it_sits_speaks() {
    let text = "Dam check\n\nThe International Atomic Energy Agency inspected the dam on Monday. The \
                Vienna-based agency said the spillway was \"badly cracked.\"";
    assert_eq!(speaker_of(text, "badly cracked").as_deref(), Some("International Atomic Energy Agency"));
}

#[test]
fn what_a_post_reads_is_its_authors() {
    // The group that acted in the sentence before, also in the paragraph before, wrote the post.
    let text = "Clinic hacked\n\nThe Ashfield Clinic said its systems were down. The Grey Owl group \
                gave the clinic five days to pay.\n\n\"Your patients will learn everything,\" the \
                post read. \"Time is short.\"";
    assert_eq!(speaker_of(text, "Your patients").as_deref(), Some("Grey Owl"));
    assert_eq!(speaker_of(text, "Time is short").as_deref(), Some("Grey Owl"));
    // "read" is no speech elsewhere: a statement read on the radio is not what it reads.
    let text = "Clinic hacked\n\nThe Grey Owl group gave the clinic five days to pay. \"Time is \
                short,\" Jo Bell read aloud.";
    assert_ne!(speaker_of(text, "Time is short").as_deref(), Some("Grey Owl"));
    let text = "Clinic hacked\n\nThe Grey Owl group, in a statement read on its radio, said its \
                fighters had made a \"tactical withdrawal.\"";
    assert_eq!(speaker_of(text, "tactical withdrawal").as_deref(), Some("Grey Owl"));
}

#[test]
fn a_spokesperson_opening_a_paragraph_speaks_for_the_body_that_closed_the_one_before() {
    let text = "Detained\n\nThe Kessan Foreign Office said it was aware of the case.\n\n\"We are \
                working on it at all levels,\" a spokesperson said in Vell.";
    assert_eq!(speaker_of(text, "We are working").as_deref(), Some("Kessan Foreign Office"));
}

#[test]
fn what_a_subject_cites_after_a_comma_is_in_its_words() {
    let text = "Port closed\n\nThe Harbour Office last week ordered staff to leave, citing \"the \
                unstable situation\" in the port.";
    assert_eq!(speaker_of(text, "the unstable situation").as_deref(), Some("Harbour Office"));
}

#[test]
fn a_spokesperson_reporting_what_was_said_speaks_for_the_body_before() {
    // Not only before a quote ("…," a spokesperson said) but reporting it: the same voice.
    let text = "Hacking row\n\nThe Velm Embassy in Kessa rejected the allegations. In a statement \
                posted on its website, a spokesperson said Velm \"firmly opposes all attacks\".";
    assert_eq!(speaker_of(text, "firmly opposes").as_deref(), Some("Velm Embassy in Kessa"));
}

#[test]
fn a_document_the_subjects_act_took_place_in_is_the_subjects() {
    let text = "Breach\n\nThe Kessan Signals Agency disclosed the breach on Monday in a public advisory. \
                \"We assess with high confidence that this was state-sponsored,\" the advisory said.";
    assert_eq!(speaker_of(text, "We assess").as_deref(), Some("Kessan Signals Agency"));
}

#[test]
fn a_document_after_its_owners_possessive_speaks_for_the_owner() {
    let text = "Breach\n\nThe Kessan Signals Agency's most recent National Cyber Threat Assessment \
                described Velm's program as \"the most active threat to Kessa,\" and warned of more.";
    assert_eq!(speaker_of(text, "the most active").as_deref(), Some("Kessan Signals Agency"));
    // The document noun comes after the verb: the possessor's organ said it, not a document.
    let text = "Raid\n\nThe Kessa Front's central command said in a statement posted online that the \
                soldiers had been \"retained\".";
    assert_ne!(speaker_of(text, "retained").as_deref(), Some("Kessa Front"));
}

#[test]
fn it_after_a_sentence_a_documents_attribution_closes_is_the_document() {
    // "it" is the note, not the state the sentence before named: nobody is guessed.
    let text = "Ships tracked\n\nKessa said the ships were tracked. The ships did not enter Kessa's \
                sea, and there is no evidence they broke the law, the note says. But it describes \
                the activity as \"persistent and capable.\"";
    assert_eq!(speaker_of(text, "persistent and capable"), None);
}

#[test]
fn a_document_told_of_in_reported_words_introduces_no_author() {
    let text = "Threat report\n\nThe Kessan Security Service's annual threat report, released on \
                Wednesday, says Velm remains the most active state. Director Jo Bell said it was the \
                first time the agency had named states in a public report.\n\nIn the Pacific, the \
                report warns that some states seek \"to gain influence over governments.\"";
    assert_eq!(speaker_of(text, "to gain influence").as_deref(), Some("Kessan Security Service"));
    // A document the speaker's own adjunct introduces still does.
    let text = "Threat report\n\nDirector Jo Bell said on Tuesday in a public report that Velm was \
                active.\n\nThe report warns that some states seek \"to gain influence.\"";
    assert_eq!(speaker_of(text, "to gain influence").as_deref(), Some("Jo Bell"));
}

#[test]
fn the_named_speaker_of_a_reported_clause_speaks_its_quote() {
    let text = "Briefing\n\nOne reporter noted that ministry spokesman Tomas Brisk had said on Monday \
                that the cases were \"purely judicial.\"";
    assert_eq!(speaker_of(text, "purely").as_deref(), Some("Tomas Brisk"));
    let text = "Briefing\n\nAna Ruiz was asked about remarks in which Tomas Brisk called the cases \
                \"purely judicial.\"";
    assert_eq!(speaker_of(text, "purely").as_deref(), Some("Tomas Brisk"));
    // A verb of stance in the reported clause leaves the quote to the one who reports it.
    let text = "Briefing\n\nAna Ruiz said that Tomas Brisk rejected her plan, calling it \"a dead end.\"";
    assert_eq!(speaker_of(text, "a dead end").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_readout_speaks_for_the_government_whose_account_the_sentence_before_gives() {
    let text = "After a call with his Estonian counterpart, the Chadian government said the two leaders \
                had discussed trade.\n\n\"The prime minister reaffirmed his support,\" the readout said.";
    assert_eq!(speaker_of(text, "The prime minister").as_deref(), Some("Chad"));
}

#[test]
fn the_groups_spokesman_speaks_for_the_group_named_before() {
    let text = "The Velm Front shelled the port on Monday. The group's military spokesman said ships would \
                remain \"legitimate targets\".";
    assert_eq!(speaker_of(text, "legitimate targets").as_deref(), Some("Velm Front"));
    // The group's base is no voice: "the group" is not read as a name there.
    let text =
        "The Velm Front shelled the port. The group's base was hit, \"a heavy blow\", an analyst said.";
    assert_ne!(speaker_of(text, "a heavy blow").as_deref(), Some("Velm Front"));
}

#[test]
fn a_company_or_ministry_spokesperson_speaks_for_the_one_such_body_named_before() {
    let text = "The employer, Alpenwerk Systeme GmbH, said it had cooperated. \"We found irregularities,\" a \
                company spokeswoman said.";
    assert_eq!(speaker_of(text, "We found").as_deref(), Some("Alpenwerk Systeme GmbH"));
    let text = "The Kessa Interior Ministry said two men were held. \"They are in custody,\" a ministry \
                spokesman said.";
    assert_eq!(speaker_of(text, "They are").as_deref(), Some("Kessa Interior Ministry"));
    // Two firms named before: neither is guessed; the quote keeps its speaker in words.
    let text = "Alpenwerk Systeme GmbH said it had cooperated. Borvik Holdings said the same. \"We found \
                irregularities,\" a company spokeswoman said.";
    assert_eq!(speaker_of(text, "We found").as_deref(), Some("a company spokeswoman"));
}

#[test]
fn a_senior_official_of_a_named_body_speaks_for_it() {
    // Plain words may describe the official before the body's name.
    let text = "Talks stall\n\nThe Treasury Department met on Monday. A senior Treasury Department \
                official, briefing reporters, said Vell was \"not going to wait.\" \"We are watching,\" \
                the official added.";
    assert_eq!(speaker_of(text, "not going").as_deref(), Some("Treasury Department"));
    assert_eq!(speaker_of(text, "We are watching").as_deref(), Some("Treasury Department"));
    // A source is not an official: "the source" after one close to a body stays in words.
    let text = "Talks stall\n\nThe Treasury Department met on Monday. \"We are watching,\" a source close \
                to the Treasury Department said.";
    assert_ne!(speaker_of(text, "We are watching").as_deref(), Some("Treasury Department"));
    // A state's nationality adjective names the state the article names.
    let text = "Tanker held\n\nEstonia detained the tanker. \"This is the pattern,\" a senior Estonian \
                defence official said.";
    assert_eq!(speaker_of(text, "This is the pattern").as_deref(), Some("Estonia"));
    // Not a state the article does not name as an actor.
    let text = "Tanker held\n\nThe tanker was held. A South Korean military official said it was \"calm.\"";
    assert_eq!(speaker_of(text, "calm").as_deref(), Some("A South Korean military official"));
    // A body's official named with "the".
    let text = "Talks stall\n\nThe Treasury Department met on Monday. The Treasury Department official \
                said only that \"the door is open.\"";
    assert_eq!(speaker_of(text, "the door").as_deref(), Some("Treasury Department"));
    // A state's representative speaks for the state.
    let text = "Treaty review\n\nNorway's representative recalled the tests, saying the effects were \
                felt \"three generations later.\"";
    assert_eq!(speaker_of(text, "three generations").as_deref(), Some("Norway"));
}

#[test]
fn a_body_named_with_its_own_noun_speaks_as_the_body() {
    let text = "Vote disputed\n\nThe Liberty Rally party said the vote was \"a fraud from start to \
                finish.\" In March, the ruling Kessa Unity party also said it was \"calm.\"";
    assert_eq!(speaker_of(text, "a fraud").as_deref(), Some("Liberty Rally"));
    assert_eq!(speaker_of(text, "calm").as_deref(), Some("Kessa Unity"));
    // A person of the party speaks, not the party after "of".
    let text = "Vote disputed\n\nSenator Ana Ruiz of the Liberty Rally party said the vote was \"a fraud.\"";
    assert_eq!(speaker_of(text, "a fraud").as_deref(), Some("Ana Ruiz"));
    // An official of the party, the party's noun between, speaks for the party.
    let text = "Vote disputed\n\nA Liberty Rally party official said the vote was \"a fraud.\"";
    assert_eq!(speaker_of(text, "a fraud").as_deref(), Some("Liberty Rally"));
}

#[test]
fn a_person_s_spokesperson_is_named_with_whose_they_are() {
    // A person's spokesperson is someone else's voice: the words name both.
    let text = "Vote\n\nPresident Ana Ruiz met the envoy. Ruiz's spokesman said the president \"will not \
                resign.\"";
    assert_eq!(speaker_of(text, "will not").as_deref(), Some("Ruiz's spokesman"));
    let text = "Vote\n\nThe talks went on. The minister's spokeswoman said it was \"calm.\"";
    assert_eq!(speaker_of(text, "calm").as_deref(), Some("The minister's spokeswoman"));
    // A body's spokesperson still speaks for the body.
    let text = "Vote\n\nThe Vell Front met on Monday. The Vell Front's spokesman said it was \"calm.\"";
    assert_eq!(speaker_of(text, "calm").as_deref(), Some("Vell Front"));
}

#[test]
fn a_document_for_a_state_is_about_it_not_by_it() {
    // "for Norway" says whom the assessment is about; "its" says whose it is.
    let text = "In its yearly Threat Assessment for Norway, known by its initials, the Vell Security \
                Office said sabotage remained the main threat.\n\nThe report further warned that \
                criminal networks were active, and said Norway was \"not immune\" to such operations.";
    assert_eq!(speaker_of(text, "not immune").as_deref(), Some("Vell Security Office"));
    // A spokesperson for a body still speaks for it.
    let text = "Kessa's navy moved two frigates. A spokesperson for the Kessan Navy said the move was \
                routine.\n\n\"Nothing has changed,\" the spokesperson said.";
    assert_eq!(speaker_of(text, "Nothing has changed").as_deref(), Some("Kessan Navy"));
}

#[test]
fn the_government_of_a_state_speaks_as_the_state() {
    // As "Norway's government" does.
    let text = "Pirates boarded the tanker at dawn. The government of Norway said in a statement that it \
                \"strongly condemns this act of piracy\" and had asked for help.";
    assert_eq!(speaker_of(text, "strongly condemns").as_deref(), Some("Norway"));
}

#[test]
fn a_senior_official_named_by_a_generic_word_speaks_for_the_one_body_of_that_sort() {
    let text = "Bombers near the coast\n\nNorway's Defence Ministry said the bombers flew near the coast. \
                \"It was a message,\" a senior ministry official said.";
    assert_eq!(speaker_of(text, "It was a message").as_deref(), Some("Norway's Defence Ministry"));
    // "One" introduces the official as "a" does.
    let text = "Bombers near the coast\n\nNorway's Defence Ministry said the bombers flew near the coast. \
                One senior Defence Ministry official called it a message \"from all three of them.\"";
    assert_eq!(speaker_of(text, "from all three").as_deref(), Some("Norway's Defence Ministry"));
    // With two ministries named, the official stays in words.
    let text = "Bombers near the coast\n\nNorway's Defence Ministry said the bombers flew near the coast. \
                Norway's Foreign Ministry summoned the ambassador. \"It was a message,\" a senior ministry \
                official said.";
    assert_eq!(speaker_of(text, "It was a message").as_deref(), Some("a senior ministry official"));
}

#[test]
fn an_unnamed_envoy_of_a_state_speaks_for_it() {
    let text = "Strike condemned\n\nThe strike killed nine people. Norway's ambassador to the United \
                Nations said the strike \"shows how isolated the Kremlin has become.\"";
    assert_eq!(speaker_of(text, "shows how isolated").as_deref(), Some("Norway"));
    let text = "Strike condemned\n\nThe strike killed nine people. Norway's envoy said the strike \
                \"shows how isolated the Kremlin has become.\"";
    assert_eq!(speaker_of(text, "shows how isolated").as_deref(), Some("Norway"));
    // A named envoy speaks for themself.
    let text = "Strike condemned\n\nThe strike killed nine people. Norway's ambassador, Jo Bell, said \
                the strike \"shows how isolated the Kremlin has become.\"";
    assert_eq!(speaker_of(text, "shows how isolated").as_deref(), Some("Jo Bell"));
}
