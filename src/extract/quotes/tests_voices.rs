//! Who speaks for an organisation: a spokesperson its name modifies, a part of it, a group a
//! relative clause names past a participle that only carries the words; and a quote its own
//! sentence attributes is not the next sentence's. Every example is made up.

use super::tests::{quotes, speaker_of};

#[test]
fn a_spokesperson_an_organisation_name_modifies_speaks_for_it() {
    let text = "The outage began at a contractor, Vantrix, on Friday.\n\nA Vantrix spokesperson told \
                reporters the outage was \"under control\".";
    assert_eq!(speaker_of(text, "under control").as_deref(), Some("Vantrix"));
    // The place where the spokesperson sits may follow the noun.
    let text = "The outage began at a contractor, Vantrix, on Friday.\n\nA Vantrix spokesperson in Kell \
                City said the outage was \"under control\".";
    assert_eq!(speaker_of(text, "under control").as_deref(), Some("Vantrix"));
    // A person's name before the noun is no organisation's.
    let text = "Ana Ruiz met the press.\n\nA Ruiz spokesman said she was \"resting at home\".";
    assert_ne!(speaker_of(text, "resting").as_deref(), Some("Ana Ruiz"));
    // Lower-case words between the name and the noun.
    let text = "The Vantrix Group runs the grid.\n\nA Vantrix Group press spokesperson said the \
                outage was \"under control\".";
    assert_eq!(speaker_of(text, "under control").as_deref(), Some("Vantrix Group"));
    // A possessive, and no article at all, name the organisation too.
    let text = "Chile's interior ministry said little.\n\nLater, Chile's interior ministry spokesman \
                said the protest was \"under control\".";
    assert_eq!(speaker_of(text, "under control").as_deref(), Some("Chile's interior ministry"));
    let text = "The Vantrix Group runs the grid.\n\nVantrix Group spokesperson said the outage was \
                \"under control\".";
    assert_eq!(speaker_of(text, "under control").as_deref(), Some("Vantrix Group"));
}

#[test]
fn a_spokesperson_after_a_bodys_possessive_speaks_for_it() {
    let text = "The Kessa Front shelled the port.\n\nIn a statement, the Kessa Front's military spokesman \
                said its fighters would \"answer every raid.\"";
    assert_eq!(speaker_of(text, "answer every").as_deref(), Some("Kessa Front"));
    // A plural's bare apostrophe is a possessive too, not a quotation mark.
    let text = "The Vantrix Systems plant shut.\n\nThe Vantrix Systems' spokesman said the firm was \
                \"working around the clock\".";
    assert_eq!(speaker_of(text, "working around").as_deref(), Some("Vantrix Systems"));
    // A person's spokesperson is not the person.
    let text = "Ana Ruiz left office.\n\nRuiz's spokesman said she was \"resting at home\".";
    assert_ne!(speaker_of(text, "resting").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_spokesperson_a_word_of_a_bodys_name_modifies_speaks_for_that_body() {
    let text = "The Vell Treasury Department welcomed the deal.\n\nA Treasury spokesperson said Vell was \
                \"ready to align\" its measures.";
    assert_eq!(speaker_of(text, "ready to align").as_deref(), Some("Vell Treasury Department"));
    // Two bodies share the word: which one speaks is not told.
    let text = "The Vell Defence Ministry and the Kessa Defence Agency met.\n\nA Defence spokesman said the \
                talks were \"useful\".";
    assert_ne!(speaker_of(text, "useful").as_deref(), Some("Vell Defence Ministry"));
    assert_ne!(speaker_of(text, "useful").as_deref(), Some("Kessa Defence Agency"));
    // A word that heads bodies' names, or one no body named before holds, names none.
    let text = "The Vell Treasury Department welcomed the deal.\n\nA Ministry spokesperson said it was \
                \"ready to align\".";
    assert_ne!(speaker_of(text, "ready to align").as_deref(), Some("Vell Treasury Department"));
}

#[test]
fn a_phrase_of_how_the_words_came_between_commas_leaves_the_speaker_before_it() {
    let text = "The Vantrix Group shut its plant.\n\nA Vantrix Group spokesperson, in an emailed reply, \
                said the firm had \"consistently urged\" care.";
    assert_eq!(speaker_of(text, "consistently urged").as_deref(), Some("Vantrix Group"));
    let text = "Talks stalled.\n\nA senior official, at a briefing in Kell, said the plan was \"dead\".";
    assert_eq!(speaker_of(text, "dead").as_deref(), Some("A senior official"));
}

#[test]
fn an_organisation_speaks_through_a_part_of_itself() {
    let text = "Harbor Police's fraud unit told reporters the losses were \"in the millions\".";
    assert_eq!(speaker_of(text, "in the millions").as_deref(), Some("Harbor Police"));
    // A person's office issues the person's words (`a_persons_office_speaks_for_them…`).
    let text = "Senator Ana Ruiz's office said the bill was \"dead on arrival\".";
    assert_eq!(speaker_of(text, "dead on").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_with_its_agent_after_by_does_not_speak() {
    let text = "A depot burned.\n\nOfficers found a letter mailed to a radio station by a gang \
                calling itself Red Dawn, which admitted the fire and threatened \"more fires soon\".";
    assert_eq!(speaker_of(text, "more fires").as_deref(), Some("Red Dawn"));
    // With nobody named, the letter is no speaker: the quote stays open.
    let text = "A depot burned.\n\nOfficers found a letter mailed to a radio station by someone \
                who threatened \"more fires soon\".";
    assert_eq!(speaker_of(text, "more fires").as_deref(), None);
    // A speaker who claimed something said by another still speaks.
    let text = "Ana Ruiz claimed that remarks made by rivals were \"plain lies\".";
    assert_eq!(speaker_of(text, "plain lies").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quote_attributed_in_its_own_sentence_is_not_the_next_sentences() {
    let text = "Governor Mary Oakes, who led the talks, told a rally that the plan \"will fail by \
                winter.\" The EU has asked for calm.";
    assert_eq!(speaker_of(text, "will fail").as_deref(), Some("Mary Oakes"));
    // A quote that is its own sentence still takes a short attribution after it.
    let text = "The talks ended.\n\n\"We are not done yet.\" Ana Ruiz said.";
    assert_eq!(speaker_of(text, "We are not").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_name_introduced_by_its_noun_is_that_noun_when_it_speaks() {
    let text = "Ms Lund leads a small party, Nova Terra, in the north. \"We will not be silenced,\" \
                the party said on Friday.";
    assert_eq!(speaker_of(text, "We will not").as_deref(), Some("Nova Terra"));
    let text = "A cell calling itself the Frente Azul Norte claimed the blasts. The group issued a \
                leaflet that said: \"No more mines.\"";
    assert_eq!(speaker_of(text, "No more").as_deref(), Some("Frente Azul Norte"));
    let text = "A cell calling itself Azul Norte set off the blasts. The cell, in a letter to a \
                newspaper, denied the charge and said its target was \"the mine alone\".";
    assert_eq!(speaker_of(text, "the mine").as_deref(), Some("Azul Norte"));
}

#[test]
fn an_unnamed_spokesperson_after_a_bodys_sentence_speaks_for_the_body() {
    let text = "The Lorvik Frontier Troops, part of the interior ministry, told a different story. \
                A spokesman said the patrol had been \"shot at first\" at dawn. \"We did not start \
                this,\" the spokesman said.";
    assert_eq!(speaker_of(text, "shot at").as_deref(), Some("Lorvik Frontier Troops"));
    assert_eq!(speaker_of(text, "We did not").as_deref(), Some("Lorvik Frontier Troops"));
    // After a person's sentence, nobody is guessed.
    let text = "Ana Ruiz toured the border. A spokesman said the visit was \"long planned\".";
    assert_ne!(speaker_of(text, "long planned").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn anyone_speaks_through_a_medium_of_their_own() {
    let text = "A gang calling itself Ashveil Crew has claimed the attack.\n\nAshveil Crew's blog \
                lists the stolen folders, and warns that \"the payroll goes online next\".";
    assert_eq!(speaker_of(text, "the payroll").as_deref(), Some("Ashveil Crew"));
}

#[test]
fn a_headline_noun_for_a_person_is_no_organisation_lead_speaker() {
    let text = "Tolls rise as minister says 'there is no free road'\n\nThe Ostrand Road Authority \
                said on Monday that tolls would rise. It gave no figures.";
    assert_ne!(speaker_of(text, "there is no").as_deref(), Some("Ostrand Road Authority"));
}

#[test]
fn the_definite_noun_of_an_organisation_named_before_speaks_for_it() {
    let text = "Elbonia's Ministry of Fisheries gave its own account on Monday.\n\n\"Our boats did not \
                cross the line,\" the ministry said.";
    assert_eq!(speaker_of(text, "Our boats").as_deref(), Some("Ministry of Fisheries"));
}

#[test]
fn a_persons_campaign_speaks_in_its_own_voice() {
    let text = "Nadia Corvell lost the debate. Her campaign later said she had been \"unwell all day.\"";
    assert_eq!(speaker_of(text, "unwell").as_deref(), Some("Her campaign"));
}

#[test]
fn a_state_speaking_through_its_seat_or_an_institution_is_named_as_written() {
    let text = "Talks resumed.\n\nThe White House said the offer was \"not serious.\" \"We are done,\" \
                Downing Street said. Norway's government said it was \"studying the text.\"";
    assert_eq!(speaker_of(text, "not serious").as_deref(), Some("White House"));
    assert_eq!(speaker_of(text, "We are done").as_deref(), Some("Downing Street"));
    assert_eq!(speaker_of(text, "studying").as_deref(), Some("Norway's government"));
    // The state named by its own name keeps it.
    let text = "\"It is settled,\" Norway said.";
    assert_eq!(speaker_of(text, "It is settled").as_deref(), Some("Norway"));
}

#[test]
fn a_transcript_label_in_capitals_names_the_person_with_that_surname() {
    let text = "Debate excerpts\n\nThe moderator, Nadia Ferrow, asked Hollis Granby and Mara Tillet about \
                schools.\n\nGRANBY: \"We will fund every classroom.\"\n\nTILLET: \"He said that last \
                year.\"\n\nUPDATE: \"Polls close at eight.\"";
    assert_eq!(speaker_of(text, "We will fund").as_deref(), Some("Hollis Granby"));
    assert_eq!(speaker_of(text, "He said that").as_deref(), Some("Mara Tillet"));
    // A label no person's surname spells names nobody.
    assert_eq!(speaker_of(text, "Polls close"), None);
}

#[test]
fn a_spokesperson_for_a_person_is_not_that_person() {
    let text = "Budget stalls\n\nSenator Ann Fielding opposed the plan on Monday.\n\n\"It is over,\" a \
                spokesman for Fielding told reporters.";
    assert_ne!(speaker_of(text, "It is over").as_deref(), Some("Ann Fielding"));
    let text = "Budget stalls\n\nSenator Ann Fielding opposed the plan.\n\n\"It is over,\" a spokeswoman \
                for Senator Fielding said.";
    assert_ne!(speaker_of(text, "It is over").as_deref(), Some("Ann Fielding"));
}

#[test]
fn the_one_a_relative_clause_is_about_is_not_its_speaker() {
    let text = "Mayor Lena Holt spoke at noon.\n\nShe said nine men were held, among them a former \
                sergeant, Ivo Brandt, whom she described as \"the organiser\".";
    assert_eq!(speaker_of(text, "the organiser").as_deref(), Some("Lena Holt"));
}

#[test]
fn an_attribution_set_off_by_commas_is_about_the_words_before_it() {
    let text = "The navy fired a torpedo on Friday, the Kessian Defence Ministry said, hours \
                after Dorvan Holt warned of \"a long war\" at sea.";
    assert_eq!(speaker_of(text, "a long war").as_deref(), Some("Dorvan Holt"));
}

#[test]
fn the_name_after_a_verb_that_closes_a_participle_phrase_opens_what_was_said() {
    let text = "The Halver Trust said the audit was clean.\n\nA banker, speaking on condition of \
                anonymity, said the trust was \"cooking the books\" for years.";
    assert_ne!(speaker_of(text, "cooking the books").as_deref(), Some("Halver Trust"));
}

#[test]
fn it_after_a_body_that_spoke_unnamed_is_not_a_state_named_before() {
    let text = "At least nine sailors died when gunmen attacked a patrol ship near the border with \
                Latvia, the navy ministry said on Friday.\n\nThe attack hit a ship guarding the \
                port, the ministry said in a statement. It said the \"raiders\" had used fast boats.";
    assert_eq!(speaker_of(text, "raiders").as_deref(), None);
    // A named body that speaks nearer still takes it.
    let text = "The navy ministry said the port was shut. The Kessa Port Authority said on Friday \
                it had lost a boat. It said the \"raiders\" had used fast boats.";
    assert_eq!(speaker_of(text, "raiders").as_deref(), Some("Kessa Port Authority"));
}

#[test]
fn the_official_introduced_with_a_body_speaks_for_it() {
    // As its spokesperson does.
    let text = "The raid failed, according to a senior official at the Harbour Police Authority. \
                \"We know who they are,\" the official said.";
    assert_eq!(speaker_of(text, "We know").as_deref(), Some("Harbour Police Authority"));
    // A spokesperson introduced with the body speaks for it.
    let text = "The raid failed, according to a spokesperson for the Harbour Police Authority. \
                \"We know who they are,\" the spokesperson said.";
    assert_eq!(speaker_of(text, "We know").as_deref(), Some("Harbour Police Authority"));
    let text = "A U.S. defense official said the drones came from the east. \"It was a test of \
                our radar,\" the official said.";
    // An official a state describes speaks for the state.
    assert_eq!(speaker_of(text, "It was a test").as_deref(), Some("United States"));
    // A source close to the talks speaks for nobody named before: the quote stays with the source
    // the sentence before brought in.
    let text = "The Harbour Police Authority denied it. A source close to the talks disagreed. \
                \"They knew,\" the source said.";
    assert_eq!(speaker_of(text, "They knew").as_deref(), Some("A source"));
}

#[test]
fn the_spokesperson_at_a_state_s_body_speaks_for_the_body_not_the_state() {
    let text = "The gang fled abroad, according to a spokesperson at Norway's Coastal Police \
                Service. \"We know who they are,\" the spokesperson said.";
    assert_eq!(speaker_of(text, "We know").as_deref(), Some("Coastal Police Service"));
}

#[test]
fn he_after_a_person_who_spoke_unnamed_is_not_someone_named_before() {
    let text = "\"The firing went on. We lay on the floor,\" said Tarek Halloum, who runs a tea stall \
                near the site.\n\nA senior police official in the city, requesting anonymity as he \
                was not authorised to speak to the media, said the attackers numbered 20. \"In some \
                districts, they are better armed than we are,\" he said.";
    // Nor is it left open: the official speaks, described in the article's words.
    assert_eq!(speaker_of(text, "In some districts").as_deref(), Some("A senior police official"));
}

#[test]
fn a_later_clause_with_its_own_speech_verb_attributes_the_quote() {
    let text = "Ana Berg said the talks would go on, but a spokesperson for the Danish Home Guard said \
                it was \"ready for anything\".";
    let speaker = speaker_of(text, "ready for");
    assert_ne!(speaker.as_deref(), Some("Ana Berg"));
    assert!(speaker.as_deref().is_some_and(|s| s.contains("Danish Home Guard")), "{speaker:?}");
    // Without a new clause, the first verb's subject still speaks.
    let text = "A spokesperson for the Danish Home Guard said on Monday, after talks, that it was \
                \"ready for anything\".";
    let speaker = speaker_of(text, "ready for");
    assert!(speaker.as_deref().is_some_and(|s| s.contains("Danish Home Guard")), "{speaker:?}");
}

#[test]
fn a_verb_of_condemning_attributes_the_label_it_quotes() {
    let text = "Anna Berg condemned the drills as an \"unprovoked escalation\" and urged calm.";
    assert_eq!(speaker_of(text, "unprovoked").as_deref(), Some("Anna Berg"));
    let text = "Drills began.\n\nStockholm denounced the drills as \"deeply reckless\" on Monday.";
    assert_eq!(speaker_of(text, "deeply reckless").as_deref(), Some("Stockholm"));
    let text = "Ships were hit.\n\nA Ruritanian Foreign Ministry spokesperson condemned the strikes as \
                \"cowardly attacks\" and urged restraint.";
    assert_eq!(speaker_of(text, "cowardly").as_deref(), Some("Ruritanian Foreign Ministry"));
}

#[test]
fn a_surname_in_lower_case_after_its_particle_speaks_for_its_person() {
    let text = "Karim al-Tawil, the depot's manager, declined at first. \"We are safe,\" al-Tawil wrote.";
    assert_eq!(speaker_of(text, "We are safe").as_deref(), Some("Karim al-Tawil"));
}

#[test]
fn letters_after_a_name_keep_its_appositive_from_speaking() {
    let text =
        "Tom Dahl, 34, denies the charge.\n\nMaria Olsen KC, representing Dahl, said the case was \"thin\".";
    assert_eq!(speaker_of(text, "thin").as_deref(), Some("Maria Olsen"));
}

#[test]
fn a_body_named_in_apposition_to_a_description_speaks() {
    let text = "Fires spread.\n\nThe national watchdog, NORSEC, warned in a statement that the arson \
                created a \"serious risk of copycat acts.\"";
    assert_eq!(speaker_of(text, "serious risk").as_deref(), Some("NORSEC"));
}

#[test]
fn a_name_after_a_pronouns_speech_verb_opens_what_was_said() {
    let text = "Envoy denies spying\n\nA spokesman for the embassy, Zhou Lin, said in an email that he \
                was not aware of the case. He said Norway should \"stop smearing us.\"";
    assert_ne!(speaker_of(text, "stop smearing").as_deref(), Some("Norway"));
}

#[test]
fn the_agency_means_the_one_body_named_just_before() {
    let text = "Grid hit\n\nIn an advisory on Tuesday, NORDCERT said the intruders had used a stolen \
                password. The agency warned that attackers \"may move into control networks\".";
    assert_eq!(speaker_of(text, "may move").as_deref(), Some("NORDCERT"));
    // Two bodies named: "the agency" could be either, so it names neither.
    let text = "Grid hit\n\nNORDCERT said Vestholm Energy had been hit. The agency warned that \
                attackers \"may move into control networks\".";
    let speaker = speaker_of(text, "may move");
    assert!(!matches!(speaker.as_deref(), Some("NORDCERT" | "Vestholm Energy")), "{speaker:?}");
}

#[test]
fn the_agency_means_the_body_that_spoke_last_in_its_paragraph() {
    // Two bodies in reach, but the latest of the paragraph spoke as its sentence's subject.
    let text = "Schools shut\n\nThe Kessa Relief Trust said the raid was a disgrace.\n\nThe Child Fund, in a \
                statement, said attacks on schools were a grave violation. \"Schools must be safe,\" \
                the agency said.";
    assert_eq!(speaker_of(text, "Schools must").as_deref(), Some("Child Fund"));
    // The latest body of the paragraph did not speak: nobody is guessed.
    let text = "Schools shut\n\nThe Kessa Relief Trust said the raid was a disgrace.\n\nThe Child Fund \
                said the Vell Bank had frozen the accounts of the Ostland Trust. \"Schools must be \
                safe,\" the agency said.";
    let speaker = speaker_of(text, "Schools must");
    assert!(speaker.as_deref().is_none_or(|s| s == "the agency"), "{speaker:?}");
    // A state's body abroad is "the embassy", never "the agency".
    let text = "Spies\n\nThe Norwegian Embassy in Kessa rejected the claims as baseless.\n\nThe \
                agency said terrorism remained \"a high danger\".";
    assert_ne!(speaker_of(text, "a high danger").as_deref(), Some("Norwegian Embassy in Kessa"));
}

#[test]
fn a_person_named_in_apposition_is_whom_he_means_next() {
    let text = "Spies held\n\nA Bundeswehr spokesman, Jan Stallberg, said there was no sign of a breach. \
                \"Our procedures have been reviewed,\" he said.";
    assert_eq!(speaker_of(text, "Our procedures").as_deref(), Some("Jan Stallberg"));
}

#[test]
fn a_participle_after_a_document_noun_does_not_attribute() {
    let text = "Spies held\n\nThe Norwegian Embassy in Oslo rejected the accusations. In a statement \
                posted on Telegram, it called the arrests \"another provocation\" on Monday.";
    assert_eq!(speaker_of(text, "another provocation").as_deref(), Some("Norwegian Embassy in Oslo"));
}

#[test]
fn a_described_speaker_who_gives_a_name_is_that_person() {
    let text = "Floods hit the valley.\n\n\"We lost everything,\" said a 41-year-old farmer from \
                Vell, who asked to be identified only as Tomasz Wrobel for fear of reprisals. \
                Tomasz Wrobel left.";
    assert_eq!(speaker_of(text, "We lost").as_deref(), Some("Tomasz Wrobel"));
    let text = "Floods hit the valley.\n\n\"We lost everything,\" said a farmer who gave only his \
                full name, Tomasz Wrobel. Tomasz Wrobel left.";
    assert_eq!(speaker_of(text, "We lost").as_deref(), Some("Tomasz Wrobel"));
    // A first name alone.
    let text = "Floods hit the valley.\n\n\"We lost everything,\" said a farmer from Vell, who asked \
                to be identified only as Tomek for fear of reprisals.\n\n\"Who will help us?\" Tomek asked.";
    assert_eq!(speaker_of(text, "We lost").as_deref(), Some("Tomek"));
    // Naming someone else is no naming of oneself.
    let text = "Floods hit the valley.\n\n\"He is gone,\" said a police officer who named the \
                missing man as Tomasz Wrobel. Tomasz Wrobel left.";
    assert_ne!(speaker_of(text, "He is gone").as_deref(), Some("Tomasz Wrobel"));
}

#[test]
fn a_name_before_the_quote_a_passive_verb_or_an_unread_pronoun_speaks_not() {
    // The name after "said" is the subject of what was said.
    let text = "Senator Ana Ruiz (D-Vell), a member of the energy committee, defended the decision \
                to track the storm before closing the port but said the Vantrix Group \"owes the \
                public an account\" of the outage.";
    assert_ne!(speaker_of(text, "owes the public").as_deref(), Some("Vantrix Group"));
    // An inverted subject before a comma still speaks.
    let text = "The outage was contained, said the Vantrix Group, calling it \"a minor fault\".";
    assert_eq!(speaker_of(text, "a minor fault").as_deref(), Some("Vantrix Group"));
    // A passive speech verb attributes nothing: not the city before it.
    let text = "Asked whether Oslo had been warned, he said: \"We spoke to them.\"";
    assert_ne!(speaker_of(text, "We spoke").as_deref(), Some("Oslo"));
    // "he" with no man named before: not the city named before it.
    let text = "The port is quiet.\n\nOslo accepted the plan before he said it would \"work well\".";
    assert_eq!(speaker_of(text, "work well").as_deref(), None);
}

#[test]
fn a_quote_alone_after_a_pronouns_reported_speech_is_hers() {
    let text = "Village elder Ana Ruiz fled with her grandchildren.\n\nShe said several families \
                were still missing. \"We do not know where they are.\"";
    assert_eq!(speaker_of(text, "We do not know").as_deref(), Some("Ana Ruiz"));
    // A pronoun that names nobody leaves the quote open.
    let text = "The village emptied.\n\nThey said several families were still missing. \"We do \
                not know where they are.\"";
    assert_eq!(speaker_of(text, "We do not know").as_deref(), None);
}

#[test]
fn a_long_described_speaker_is_named_whole_or_not_at_all() {
    let text = "In a statement, a spokesperson for the Norlandic consulate in Vell said Norland \
                \"has never interfered\" in the vote.";
    assert_eq!(
        speaker_of(text, "has never").as_deref(),
        Some("a spokesperson for the Norlandic consulate in Vell")
    );
}

#[test]
fn a_subject_with_its_short_form_and_a_relative_clause_speaks() {
    let text = "The Kell Armed Forces (KAF), which has been fighting the Valley Front since May, \
                condemned the attack as a \"cowardly crime\".";
    assert_eq!(speaker_of(text, "cowardly crime").as_deref(), Some("Kell Armed Forces"));
}

#[test]
fn a_spokesperson_who_declined_to_comment_speaks_for_the_organisation() {
    let text = "Vantrix Group runs the grid.\n\nAn official said it was late. A Vantrix Group \
                spokeswoman declined to respond directly, saying only that the firm acted \"in full \
                compliance with the law.\"";
    assert_eq!(speaker_of(text, "in full compliance").as_deref(), Some("Vantrix Group"));
}

#[test]
fn a_person_of_an_organisations_office_speaks_not_the_office() {
    let text = "\"He was not bluffing,\" Special Agent in Charge Jo Bell of the FBI's Vell Field \
                Office told reporters.";
    assert_eq!(speaker_of(text, "He was not").as_deref(), Some("Jo Bell"));
}

#[test]
fn a_statement_introduced_before_a_fronted_phrase_and_the_name_is_that_bodys() {
    let text = "Shells hit the camp, the Valley Liberation Front (VLF) said.\n\nIn a statement posted \
                on Telegram, the VLF denied the charge and said its fighters had left.\n\n\"We did \
                not target anyone,\" the statement said.";
    assert_eq!(speaker_of(text, "We did not").as_deref(), Some("Valley Liberation Front"));
}

#[test]
fn a_where_without_a_comma_opens_no_relative_clause() {
    let text = "\"Hiring is risky,\" Jo Bell said. He urged managers to check where laptops are \
                shipped and to \"trust nothing on camera.\"";
    assert_eq!(speaker_of(text, "trust nothing").as_deref(), Some("Jo Bell"));
    // A dash opens one as a comma does.
    let text = "Jo Bell spoke near the hall — where 50 workers had gathered on Monday morning, \
                chanting \"no deal, no work\" after the talks failed.";
    assert_ne!(speaker_of(text, "no deal").as_deref(), Some("Jo Bell"));
}

#[test]
fn a_name_the_registry_does_not_know_stays_in_the_described_speaker() {
    let text = "Oil deal\n\nCaracas said firms would \"bear the consequences.\" A Vellco spokeswoman \
                declined to respond directly, saying only that the company operated \"in full \
                compliance with the law.\"";
    assert_eq!(speaker_of(text, "in full compliance").as_deref(), Some("A Vellco spokeswoman"));
}

#[test]
fn a_paragraph_opening_with_a_quote_goes_on_in_the_voice_of_reported_speech_before_it() {
    let text = "Village bombed\n\nKo Min Lwin, a spokesman for the Tolo Defence Force, said the aircraft \
                circled the hamlet twice before noon.\n\n\"The first bomb hit the school kitchen.\"";
    assert_eq!(speaker_of(text, "The first bomb").as_deref(), Some("Ko Min Lwin"));
    // Not when the paragraph before ends in a sentence that reports nobody's words.
    let text = "Village bombed\n\nKo Min Lwin said the aircraft circled twice. Villagers fled into the \
                forest.\n\n\"The first bomb hit the school kitchen.\"";
    assert_ne!(speaker_of(text, "The first bomb").as_deref(), Some("Ko Min Lwin"));
}

#[test]
fn a_body_named_only_after_a_preposition_is_no_they() {
    let text = "Editorial\n\nThe newspaper writes that the courts are slow under the Harlan \
                administration.\n\n\"The governor's critics have run out of ideas,\" they conclude.";
    assert_ne!(speaker_of(text, "The governor's critics").as_deref(), Some("Harlan administration"));
}

#[test]
fn a_sentence_of_figures_between_reported_speech_and_a_quote_paragraph_attributes_nothing() {
    let text = "Floods\n\nAna Ruiz, the envoy, told the BBC the scale was unlike anything she had seen. \
                More than a million people have fled, according to UN figures.\n\n\"We are seeing \
                families who have nothing left.\"";
    assert_eq!(speaker_of(text, "We are seeing").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_of_speech_after_a_comma_introduces_the_quote_after_it() {
    let text = "Treaty row\n\nMr Tomas Vell said Ostland would not negotiate.\n\nHe went further in a \
                speech on Sunday, hinting that Ostland could quit the treaty. \"Our membership was a \
                choice.\"";
    assert_eq!(speaker_of(text, "Our membership").as_deref(), Some("Tomas Vell"));
}

#[test]
fn a_pronoun_of_a_short_clause_before_the_colon_speaks() {
    let text = "Marta Kask, a fellow at a Tallinn institute, argues that the debate misses the point. \
                As she put it: \"Law was not written for ghost ships.\"";
    assert_eq!(speaker_of(text, "Law was not").as_deref(), Some("Marta Kask"));
    let text = "The spokesman, Romuald Akplo, confirmed the toll on Friday. His message was blunt: \
                \"We are in mourning, but we are not afraid.\"";
    assert_eq!(speaker_of(text, "We are in mourning").as_deref(), Some("Romuald Akplo"));
    // Another person's words after the possessive are theirs, not the pronoun's.
    let text = "Romuald Akplo spoke first. His rival's answer was blunt: \"We are not afraid.\"";
    assert_ne!(speaker_of(text, "We are not").as_deref(), Some("Romuald Akplo"));
}

#[test]
fn a_body_after_an_opening_in_and_a_states_seat_speaks_for_that_state() {
    let text = "Iran backs the group. In Tehran, the foreign ministry said Israel would \"bear full \
                responsibility\" for the strikes.";
    let speaker = speaker_of(text, "bear full").expect("a speaker");
    assert!(speaker == "Iran" || speaker == "Tehran", "{speaker}");
    // Not after another opening: the body is an actor as written.
    let text = "Iran backs the group. Later, the foreign ministry said Israel would \"bear full \
                responsibility\".";
    assert_eq!(speaker_of(text, "bear full").as_deref(), Some("foreign ministry"));
    // The body's unnamed spokesperson speaks for the state too.
    let text = "Iran backs the group. In Tehran, a foreign ministry spokesman told a briefing that \
                Iran was \"the real victim\" of the strikes.";
    let speaker = speaker_of(text, "the real victim").expect("a speaker");
    assert!(speaker == "Iran" || speaker == "Tehran", "{speaker}");
}

#[test]
fn agreeing_to_an_act_attributes_no_words() {
    // Consent to an act: the quoted words are the charge's, not the defendant's.
    let text = "Marek Tomczak agreed with an officer of Ostland's army, a colonel, to carry out attacks on \"military \
                infrastructure\" across the region, prosecutors say.";
    assert_ne!(speaker_of(text, "military infrastructure").as_deref(), Some("Marek Tomczak"));
    let text = "The suspect, Marek Tomczak, is accused of having agreed to film \"sensitive sites\" \
                for money.";
    assert_ne!(speaker_of(text, "sensitive sites").as_deref(), Some("Marek Tomczak"));
    // Agreeing with words, or that something is so, still attributes them.
    let text = "Marek Tomczak agreed that the plan was \"a disaster\".";
    assert_eq!(speaker_of(text, "a disaster").as_deref(), Some("Marek Tomczak"));
}

#[test]
fn it_after_a_sentence_about_a_thing_is_that_thing_not_a_state_inside_it() {
    let text = "The resolution, drafted by Britain, France and Germany, was adopted by 20 votes. It \
                calls on Iran to \"act urgently\" to explain the traces.";
    assert_ne!(speaker_of(text, "act urgently").as_deref(), Some("France"));
    // A body that opens the sentence before is still what "it" means.
    let text = "France drafted the resolution with Britain. It said Iran must \"act urgently\".";
    assert_eq!(speaker_of(text, "act urgently").as_deref(), Some("France"));
}

#[test]
fn an_unnamed_spokesman_for_a_body_keeps_the_body_in_his_words() {
    let text = "A spokesman for the Federal Ministry of the Interior told reporters that the attack \
                was serious. \"The perpetrators should not feel safe,\" he said.";
    assert_eq!(
        speaker_of(text, "The perpetrators").as_deref(),
        Some("A spokesman for the Federal Ministry of the Interior")
    );
}

#[test]
fn a_body_noun_opening_the_text_before_its_verb_does_not_panic() {
    // The word before the verb is the text's first token: nothing stands before it.
    for text in [
        "Agency said \"it is fine\".",
        "agency said \"it is fine\".",
        "watchdog warned \"stop\".",
        "agency said \"it is fine\".\n\nagency said \"it is fine\".",
    ] {
        assert!(!quotes(text).is_empty(), "{text}");
    }
}

#[test]
fn the_company_is_the_firm_last_named_not_the_firm_last_introduced() {
    let text = "Grid operator Gridco reported a fault on the link.\n\nTwo cables, one owned by the \
                operator Kessanet, were also cut, police said.\n\nGridco said the loss had cut capacity. \
                Repairs could take \"several months\", the company added.";
    assert_eq!(speaker_of(text, "several months").as_deref(), Some("Gridco"));
}

#[test]
fn a_subject_told_with_nothing_after_the_verb_was_spoken_to() {
    let text = "Depot blaze 'planned for weeks', Kell Crown Court told\n\nBy Ann Roe\n\nMen set fire to a \
                depot, the court heard.";
    assert_eq!(speaker_of(text, "planned for weeks"), None);
    // Whom the words were told to after the verb: the subject speaks.
    let text = "Fire inquiry opens\n\n\"We will rebuild,\" Ana Vell told reporters.";
    assert_eq!(speaker_of(text, "We will rebuild").as_deref(), Some("Ana Vell"));
}

#[test]
fn a_body_named_by_a_plural_noun_is_no_it() {
    let text = "Chad's Defence Ministry gave a different account. It said Libyan forces had fired on its \
                positions and that its units had acted to suppress what it called a \"provocation.\"";
    assert_eq!(speaker_of(text, "provocation").as_deref(), Some("Chad's Defence Ministry"));
}

#[test]
fn the_ministry_after_another_ministry_no_actor_covers_names_neither() {
    let text = "Kessa's Ministry of Trade said it would ban the firm from all exports. In Oslo, the \
                interior ministry said it was freezing 11 accounts. \"The network is stealing,\" the \
                ministry said in a statement.";
    assert_ne!(speaker_of(text, "The network").as_deref(), Some("Ministry of Trade"));
    // The same body named again in lower case is no other one.
    let text = "Kessa's Ministry of Trade said it would ban the firm. The trade ministry said it acted \
                alone. \"We act,\" the ministry said.";
    assert_eq!(speaker_of(text, "We act").as_deref(), Some("Ministry of Trade"));
}

#[test]
fn a_participle_after_a_documents_author_is_the_authors_word() {
    let text = "The Kell Agency carried a statement from the Vell Defence Council describing the \
                firing as a \"routine\" exercise.";
    assert_eq!(speaker_of(text, "routine").as_deref(), Some("Vell Defence Council"));
    let text = "Jane Roe read out a letter by Ana Ruiz calling the plan \"a disgrace\".";
    assert_eq!(speaker_of(text, "a disgrace").as_deref(), Some("Ana Ruiz"));
    // With no author named, the one who put the document out speaks.
    let text = "The Kell Agency issued a statement calling it \"a lie\".";
    assert_eq!(speaker_of(text, "a lie").as_deref(), Some("Kell Agency"));
}

#[test]
fn the_agency_after_the_same_agency_described_in_lower_case_is_that_agency() {
    let text = "The Kessan Atomic Energy Agency said its inspectors had left. The nuclear agency said \
                the site was sealed. \"We were not allowed in,\" the agency said.";
    assert_eq!(speaker_of(text, "We were not").as_deref(), Some("Kessan Atomic Energy Agency"));
}

#[test]
fn a_pronoun_after_an_unnamed_subject_who_spoke_names_nobody_before_them() {
    let text = "The junta, led by Capt. Ivo Marr since a coup in 2023, did not comment.\n\nIn a statement \
                read on state television late on Monday, the government spokesman said the army had \
                \"repelled the enemy\". He urged citizens not to share what he called \"enemy lies\".";
    assert_eq!(speaker_of(text, "enemy lies").as_deref(), Some("the government spokesman"));
    // A spokesman named before with that role is the one the description names again.
    let text = "Government spokesman Ivo Marr spoke on Monday.\n\nIn a statement read on state \
                television, the spokesman said the army had \"repelled the enemy\". He urged citizens \
                not to share what he called \"enemy lies\".";
    assert_eq!(speaker_of(text, "enemy lies").as_deref(), Some("Ivo Marr"));
    // Another word for a named person's role ("head" for the chief named before) is no unnamed
    // voice: "he" still means the person.
    let text = "Ivo Marr, the chief of the Kessan Atomic Agency, spoke on Monday. The agency head said \
                the site was sealed. \"We saw nothing,\" he said.";
    assert_eq!(speaker_of(text, "We saw nothing").as_deref(), Some("Ivo Marr"));
}

#[test]
fn it_after_a_ministry_of_a_field_that_spoke_names_no_group_before_it() {
    let text = "Gunmen of the Kessa Front seized an engineer near the border on Saturday.\n\nThe ministry \
                of the interior said in a statement that a \"search operation\" had begun. It called on \
                foreign firms to \"strictly respect\" the rules.";
    assert_eq!(speaker_of(text, "strictly respect"), None);
}

#[test]
fn the_official_named_again_speaks_for_the_state_or_body_that_introduced_them() {
    let text = "Strikes hit Moldova\n\nMoldova protested the strikes on Monday.\n\nA senior Moldovan \
                security official, who asked not to be named, said drones had struck farms. \"They are \
                trying to empty the villages,\" the official said.";
    assert_eq!(speaker_of(text, "They are trying").as_deref(), Some("Moldova"));
    // A state the article does not name stays in words.
    let text = "Strikes\n\nDrones struck farms on Monday.\n\nA senior Moldovan security official, who \
                asked not to be named, said drones had struck farms. \"They are trying to empty the \
                villages,\" the official said.";
    assert_eq!(speaker_of(text, "They are trying").as_deref(), Some("A senior Moldovan security official"));
}

#[test]
fn a_persons_office_speaks_for_them_where_their_spokesperson_does_not() {
    let text = "Talks\n\nPrime Minister Ana Vell met envoys.\n\nPrime Minister Ana Vell's office said she had \
                asked Washington to \"restrain\" its ally.";
    assert_eq!(speaker_of(text, "restrain").as_deref(), Some("Ana Vell"));
    let text = "Voters asked about the bridge. Tomas Brevik's office said the plan was \"still on track.\"";
    assert_eq!(speaker_of(text, "still on").as_deref(), Some("Tomas Brevik"));
}

#[test]
fn it_in_a_sentence_a_states_government_opens_is_the_state() {
    let text = "Report\n\nThe Kessa Front has denied any role.\n\nSomalia's federal government welcomed the \
                report and called on donors to fund the mission, which it said \"cannot be allowed to \
                collapse\".";
    assert_eq!(speaker_of(text, "cannot be allowed").as_deref(), Some("Somalia"));
}
