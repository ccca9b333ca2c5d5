//! Organisations, firms, bodies of a state and news outlets: how their names open, run and end,
//! and what refers back to them. Every example is made up.

use super::tests::{actors, names};
use super::*;
use crate::extract::tokens::tokenize;

#[test]
fn a_firm_that_speaks_by_its_first_word_is_the_firm_unless_two_share_it() {
    let found = actors("Halvard Shipping lost two vessels. Halvard said it would reroute its fleet.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Halvard Shipping");
    assert!(found[0].2.contains(&"Halvard".to_owned()), "{found:?}");
    // Two firms share the word: the lone name is neither.
    let found = names(
        "Halvard Shipping and Halvard Logistics lost two vessels. Halvard said it would reroute its fleet.",
    );
    assert!(found.contains(&"Halvard".to_owned()), "{found:?}");
}

#[test]
fn definite_references_name_the_latest_organisation_with_that_head() {
    let found =
        actors("U.S. Central Command said no missile struck. Later the command said a second ship was hit.");
    let command = found.iter().find(|a| a.0 == "U.S. Central Command").expect("the command");
    assert!(command.2.iter().any(|alias| alias == "the command"), "{command:?}");
    // "the command of the fleet" is not the organisation.
    let found = actors("U.S. Central Command said it was ready. He took the command of the fleet.");
    let command = found.iter().find(|a| a.0 == "U.S. Central Command").expect("the command");
    assert!(!command.2.iter().any(|alias| alias == "the command"), "{command:?}");
}

#[test]
fn a_title_after_a_states_possessive_is_not_an_organisation() {
    let found = actors("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was concerned.");
    let names: Vec<&str> = found.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(names, ["Japan", "Yoshimasa Hayashi"]);
}

#[test]
fn firms_and_groups_named_by_what_they_do_or_call_themselves_are_actors() {
    let found = names("Morvik, which processes payroll for the council, was hit.");
    assert_eq!(found, ["Morvik"]);
    let found = names("The main buyer was Veltrax, a Riga-based supplier to the navy.");
    assert_eq!(found, ["Veltrax"]);
    // The noun that heads the appositive says what the name is, not one after a preposition.
    let found = actors("The statement came from Jane Doe, a spokeswoman for the agency.");
    assert!(found.iter().all(|a| a.0 != "Jane Doe" || a.1 == ActorKind::Person), "{found:?}");
    // A name the article gave a group is the group when a sentence opens with it.
    let found =
        names("A gang calling itself Grey Harbour took the files. Grey Harbour first appeared in May.");
    assert_eq!(found, ["Grey Harbour"]);
}

#[test]
fn a_name_opening_with_its_head_is_referred_to_by_that_word() {
    let found = actors(
        "The Organisation for Maritime Safety opened an inquiry. The organisation said it would report soon.",
    );
    let body = found.iter().find(|a| a.0 == "Organisation for Maritime Safety").expect("the body");
    assert!(body.2.iter().any(|alias| alias == "The organisation"), "{body:?}");
}

#[test]
fn an_embassy_named_by_its_nationality_is_an_organisation() {
    let found = actors("The Norwegian embassy rejected the claims.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Norwegian embassy");
    assert_eq!(found[0].1, ActorKind::Organisation);
}

#[test]
fn an_acronym_given_with_or_or_known_by_is_the_organisations() {
    let found = actors(
        "The Union for the Defence of Kivu, or UDEK, is a militia. The Peace Mission in the Republic of \
         Ruritania, known by its French acronym MIPAR, said UDEK attacked. MIPAR sent troops.",
    );
    let union = found.iter().find(|a| a.0 == "Union for the Defence of Kivu").expect("the union");
    assert!(union.2.iter().any(|alias| alias == "UDEK"), "{found:?}");
    let mission = found.iter().find(|a| a.2.iter().any(|alias| alias == "MIPAR")).expect("the mission");
    assert!(mission.0.contains("Mission"), "{found:?}");
    let state = found.iter().find(|a| a.1 == ActorKind::State);
    assert!(state.is_none_or(|s| !s.2.iter().any(|alias| alias == "MIPAR")), "{found:?}");
}

#[test]
fn collectives_and_institutions_are_the_state() {
    let found = actors("The Israelis refused. Israeli officials said so, and the US government agreed.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Israel", "United States"]);
    assert!(found[0].2.iter().any(|a| a == "Israeli officials"));
}

#[test]
fn org_heads_make_organisations_and_define_abbreviations() {
    let found =
        actors("The Palestinian Authority (PA) said the Nordic Defence Institute was wrong. The PA left.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Palestinian Authority", "Nordic Defence Institute"]);
}

#[test]
fn companies_in_a_list_stay_apart() {
    let found = names("The hackers compromised AT&T, Verizon and Lumen Technologies last year.");
    assert!(found.contains(&"Lumen Technologies".to_owned()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("Verizon and")), "{found:?}");
    // "and" inside one name still joins it.
    let found = names("The Cybersecurity and Infrastructure Security Agency said so.");
    assert_eq!(found, ["Cybersecurity and Infrastructure Security Agency"]);
    // "and" before a body the gazetteer knows by its whole name opens a second name.
    let found = names("The Kessan Interior Ministry and State Department imposed sanctions.");
    assert!(found.iter().all(|n| !n.contains(" and ")), "{found:?}");
    assert!(found.iter().any(|n| n.contains("State Department")), "{found:?}");
}

#[test]
fn known_as_adds_an_alias() {
    let found = actors("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces were ready.");
    let person = found.iter().find(|a| a.0 == "Mohamed Hamdan Dagalo").expect("the commander");
    assert!(person.2.iter().any(|alias| alias == "Hemedti"), "{person:?}");
    // Later mentions of the alias are the same actor.
    let found = actors("Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti said he would talk.");
    assert_eq!(found.iter().filter(|a| a.1 == ActorKind::Person).count(), 1, "{found:?}");
}

#[test]
fn an_ordinary_word_can_open_an_organisation_at_the_start_of_a_sentence() {
    let found = names("No decision was made. National Security Council spokesman John Kirby said so.");
    assert!(found.contains(&"National Security Council".to_owned()), "{found:?}");
    assert!(!found.contains(&"UN Security Council".to_owned()), "{found:?}");
}

#[test]
fn headline_case_verbs_are_no_part_of_a_name() {
    let found = names("Jane Doe Says Talks Failed\n\nJane Doe spoke on Monday.");
    assert!(found.contains(&"Jane Doe".to_owned()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("Says")), "{found:?}");
}

#[test]
fn companies_and_groups_named_after_their_noun_are_actors_without_speaking() {
    let found =
        actors("The attack was traced by the security firm Nordvik Shield to the hacker group Grey Heron.");
    assert!(
        found.iter().any(|(n, k, _)| n == "Nordvik Shield" && *k == ActorKind::Organisation),
        "{found:?}"
    );
    assert!(found.iter().any(|(n, k, _)| n == "Grey Heron" && *k == ActorKind::Organisation), "{found:?}");
    let found = actors("Data went to Corvane, a logistics company, in May.");
    assert!(found.iter().any(|(n, _, _)| n == "Corvane"), "{found:?}");
}

#[test]
fn a_based_prefix_is_no_part_of_an_organisation_name() {
    let found = names("The Britain-based Halden Research Institute published it.");
    assert_eq!(found, ["Halden Research Institute"]);
    let found = names("Shares in Oslo-listed Halden Tankers fell.");
    assert_eq!(found, ["Halden Tankers"]);
}

#[test]
fn a_title_case_headline_glues_no_ordinary_word_onto_a_name() {
    let found =
        names("Vela Korran Gives Rousing Farewell Speech\n\nVela Korran thanked her staff on Friday.");
    assert_eq!(found, ["Vela Korran"]);
    // Nor does a title take a headline's verb for a name.
    let found = names(
        "Kell's Security Chief Vows Gangs Will Not Rule\n\nThe security chief, Ana Ruiz, spoke on Friday.",
    );
    assert!(found.iter().all(|n| !n.contains("Vows")), "{found:?}");
}

#[test]
fn a_name_after_an_organisation_noun_and_a_comma_is_that_organisation() {
    assert_eq!(names("The pumps were built by a Danish company, Fjordtek, and sold abroad."), ["Fjordtek"]);
    assert_eq!(names("The country's customs agency, the KTV, seized the cargo."), ["KTV"]);
    // The object of "for", "at"…: the name is the person's who speaks for the organisation.
    let found = actors("A spokeswoman for the firm, Lena Holm, said the plant was safe.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("Lena Holm", ActorKind::Person));
}

#[test]
fn a_head_followed_by_of_keeps_the_words_after_a_later_head() {
    assert_eq!(
        names("said a fellow at the Varga School of International Affairs in Budapest."),
        ["Varga School of International Affairs"]
    );
}

#[test]
fn a_speech_verb_in_a_title_case_headline_ends_an_organisation_name() {
    let found = names("Bus Fares 'A Scandal,' Vela Korran Tells Party Congress.\n\nVela Korran spoke.");
    assert!(found.contains(&"Vela Korran".to_owned()), "{found:?}");
    assert!(found.iter().all(|n| !n.contains("Tells")), "{found:?}");
}

#[test]
fn a_newspaper_named_after_a_place_is_an_outlet_without_the_words_after_it() {
    // (Named only as whom she told, it would be no actor; it reports here too.)
    let tokenized = tokenize(
        "\"We lost,\" Ana Ruiz told the Lakeside Courier on Monday. The Lakeside Courier reported it.",
    );
    let table = find_actors(&tokenized);
    let outlet = table.actors.iter().find(|a| a.name.contains("Courier")).expect("the outlet");
    assert_eq!(outlet.name, "Lakeside Courier");
    assert_eq!(outlet.kind, ActorKind::Media);
}

#[test]
fn a_board_of_chiefs_is_named_whole() {
    let found = names("Ruritania's Joint Chiefs of Staff said the launch was detected.");
    assert!(found.iter().any(|n| n.ends_with("Joint Chiefs of Staff")), "{found:?}");
    assert!(!found.contains(&"Staff".to_owned()), "{found:?}");
}

#[test]
fn the_company_refers_back_to_the_latest_firm_named_with_a_company_ending() {
    let found =
        actors("Borealis Tankers said its crew was safe. Later the company said a tug was on its way.");
    let firm = found.iter().find(|a| a.0 == "Borealis Tankers").expect("the firm");
    assert!(firm.2.iter().any(|alias| alias == "the company"), "{firm:?}");
    // A ministry is no company.
    let found =
        actors("The Ministry of Transport said the port was shut. Later the company said it would reopen.");
    assert!(found.iter().all(|a| !a.2.iter().any(|alias| alias == "the company")), "{found:?}");
}

#[test]
fn of_after_a_firms_last_word_gives_its_seat() {
    let found = names("Borealis Tankers of Oslo said its crew was safe.");
    assert!(found.iter().any(|n| n == "Borealis Tankers"), "{found:?}");
    // "Institute of" keeps the words after it.
    let found = names("The Institute of Coastal Studies said the water was rising.");
    assert!(found.iter().any(|n| n == "Institute of Coastal Studies"), "{found:?}");
}

#[test]
fn an_adjective_of_nationality_before_one_institution_word_names_a_body() {
    let found = actors("The Ghanaian Navy said it had sent two ships.");
    assert!(found.iter().any(|a| a.0 == "Ghanaian Navy" && a.1 == ActorKind::ArmedForces), "{found:?}");
}

#[test]
fn a_research_lab_is_an_organisation() {
    let found = actors("The Harbour Institute's Coastal Data Lab said the tide was rising.");
    assert!(
        found.iter().any(|a| a.0.ends_with("Coastal Data Lab") && a.1 == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn an_embassy_named_with_its_seat_is_an_organisation_of_its_own() {
    let found = actors(
        "Chile denied it. The Chilean embassy in Nairobi called the claims absurd, and the Chilean \
         embassy later said it would not comment.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Chile", "Chilean embassy in Nairobi"]);
    assert_eq!(found[1].1, ActorKind::Organisation);
    assert!(found[1].2.contains(&"the Chilean embassy".to_owned()), "{:?}", found[1].2);
}

#[test]
fn a_short_organisation_that_speaks_at_a_sentence_start_is_an_actor() {
    let found = names("Harbour Police said two boats had been stopped near the pier.");
    assert_eq!(found, ["Harbour Police"]);
}

#[test]
fn a_name_described_by_a_definite_organisation_noun_is_an_organisation() {
    let found = actors("Orbex, the national space agency, said its satellites were safe.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Orbex");
    assert_eq!(found[0].1, ActorKind::Organisation);
}

#[test]
fn a_participle_after_the_organisation_noun_of_an_appositive_leaves_it_the_head() {
    let found = names(
        "Halden Orbital Analytics, a tracking firm based in Leeds, England, said the debris was spreading.",
    );
    assert_eq!(found, ["Halden Orbital Analytics"]);
}

#[test]
fn a_word_in_capitals_that_speaks_or_has_a_spokesman_is_an_organisation() {
    let found = actors(
        "ORBEX said the launch was safe. The mission, KAVU, said it had sent patrols. A KAVU \
         spokesman declined to comment. A spokeswoman for the TDLF, Jo Bell, denied it. ZPQ is a code.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["ORBEX", "KAVU", "TDLF", "Jo Bell"]);
    assert!(found.iter().take(3).all(|a| a.1 == ActorKind::Organisation));
}

#[test]
fn an_honours_letters_after_a_name_are_no_organisation() {
    let found = names("Opening the case, Bethany Morrow KC said the men had been paid in cash.");
    assert_eq!(found, ["Bethany Morrow"], "{found:?}");
    // Senior Counsel, as courts in Australia and Ireland style it.
    let found = names("Crown prosecutor Ned Corran SC told the court the boy had been armed.");
    assert_eq!(found, ["Ned Corran"], "{found:?}");
}

#[test]
fn an_office_named_after_a_title_ending_in_general_is_no_person() {
    let found = names("The Office of the Prosecutor General has opened a case over the cut cable.");
    assert_eq!(found, ["Office of the Prosecutor General"], "{found:?}");
    // The title still introduces a person's name.
    let found = names("Solicitor General Ana Vell said the appeal would go ahead.");
    assert_eq!(found, ["Ana Vell"], "{found:?}");
}

#[test]
fn a_word_in_capitals_with_a_government_or_members_is_an_organisation() {
    let found = names(
        "The opposition accused the KDP government of failing. A KDP state spokesperson hit back. \
         Extra companies of the RPF were sent in, and RPF personnel sealed the road. The IED blast \
         left a crater; GPS signals were jammed. TV chiefs met.",
    );
    assert_eq!(found, ["KDP", "RPF"], "{found:?}");
}

#[test]
fn a_speaking_word_in_capitals_with_the_initials_of_a_named_body_is_that_body() {
    let found = names("The Harbour Maritime Bureau logged six attacks this year, the HMB said.");
    assert_eq!(found, ["Harbour Maritime Bureau"]);
}

#[test]
fn a_known_organisation_opening_a_longer_name_is_part_of_it() {
    let found = names(
        "The European Union Maritime Safety Agency said ships were safe. The UN Panel of Experts on \
         Chad wrote to the council. Islamic State Lakes Province claimed the raid.",
    );
    assert_eq!(
        found,
        [
            "European Union Maritime Safety Agency",
            "UN Panel of Experts on Chad",
            "Islamic State Lakes Province"
        ]
    );
    // A branch named with "in the" and its region.
    let found =
        names("Islamic State in the Greater Kell claimed the raid. Islamic State in Syria denied it.");
    assert_eq!(found, ["Islamic State in the Greater Kell", "Islamic State"]);
}

#[test]
fn a_states_embassy_without_its_seat_is_the_states_voice() {
    assert_eq!(names("Chile's embassy refused to comment."), ["Chile"]);
}

#[test]
fn an_institution_word_that_opens_a_title_before_a_name_is_the_titles() {
    let found = actors("Finance Cabinet Secretary Jo Bell warned of delays.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Jo Bell");
}

#[test]
fn the_firm_refers_back_to_a_name_introduced_by_a_noun_for_a_firm() {
    let found =
        actors("The breach was found by security company Fjordex Cyber. The firm said it was ongoing.");
    let firm = found.iter().find(|a| a.0 == "Fjordex Cyber").expect("the firm");
    assert!(firm.2.iter().any(|alias| alias == "The firm"), "{firm:?}");
}

#[test]
fn a_long_name_before_a_known_short_form_in_brackets_is_that_organisation() {
    let found = actors("Fighters of the Harakat Tahrir al-Sahel wal-Jihad (ISWAP) attacked a base.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Islamic State West Africa Province");
    assert!(found[0].2.iter().any(|alias| alias == "Harakat Tahrir al-Sahel wal-Jihad"), "{found:?}");
}

#[test]
fn a_branch_named_by_its_initials_is_no_alias_of_the_group() {
    // The branch with its initials is an actor of its own, beside the group it belongs to.
    let found = names(
        "Islamic State West Africa Province (ISWAP) claimed the raid. Islamic State has other branches.",
    );
    assert!(found.contains(&"Islamic State West Africa Province".to_owned()), "{found:?}");
    assert!(found.contains(&"Islamic State".to_owned()), "{found:?}");
    let found = names("A suicide bomber from IS-K struck the hall.");
    assert_eq!(found, ["Islamic State Khorasan Province"]);
}

#[test]
fn a_name_after_its_organisation_noun_goes_on_through_a_connector() {
    let found = names("The rights group Voices for Lake Justice said the vote was flawed.");
    assert_eq!(found, ["Voices for Lake Justice"]);
}

#[test]
fn a_ministry_named_before_of_and_after_its_field_is_one_body() {
    let found = names(
        "Chile's defence ministry was hacked. Chile's Ministry of Defence said the breach was contained.",
    );
    // The state whose body acts is an actor of its own.
    assert_eq!(found, ["Chile's defence ministry", "Chile"]);
}

#[test]
fn a_stopword_before_the_head_and_a_plural_possessive_stay_inside_a_name() {
    let found = names(
        "Six crew were taken, the Piracy Reporting Centre said. \"It is bad,\" said Jo Bell of the \
         International Dock Workers' Federation.",
    );
    assert_eq!(found, ["Piracy Reporting Centre", "Jo Bell", "International Dock Workers' Federation"]);
}

#[test]
fn a_title_word_opening_an_organisations_name_is_no_title() {
    let found = names("The General Intelligence and Security Service (GISS) said it had tracked the plot.");
    assert_eq!(found, ["General Intelligence and Security Service"]);
}

#[test]
fn a_known_organisations_delegation_named_with_its_seat_is_a_body_of_its_own() {
    let found = names("The European Union delegation in Nairobi said it was following the case.");
    assert_eq!(found, ["European Union delegation in Nairobi"]);
}

#[test]
fn capitalised_words_before_a_lower_case_organisation_noun_name_it() {
    let found = names("Six sailors were rescued, the Coastal Trade Operations agency said.");
    assert_eq!(found, ["Coastal Trade Operations"]);
}

#[test]
fn a_nationality_before_judiciary_names_a_body() {
    assert_eq!(names("The Chilean judiciary rejected the appeal."), ["Chilean judiciary"]);
}

#[test]
fn an_initial_before_an_organisations_name_opens_it() {
    let found =
        names("Jo Bell, a fellow at the S. Ravel School of Maritime Studies, said the risk was rising.");
    assert_eq!(found, ["Jo Bell", "S. Ravel School of Maritime Studies"]);
}

#[test]
fn a_news_outlet_named_only_as_whom_words_were_told_is_no_actor() {
    assert!(names("A source in the ministry told Reuters the plan was dropped.").is_empty());
    assert_eq!(names("Reuters reported that the plan was dropped."), ["Reuters"]);
    // An outlet the gazetteer does not know, named by its kind of word.
    let text = "The port is quiet. \"They left,\" he told the Vell Evening Herald by phone.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    let text = "The port is quiet. A shipper confirmed to the Vell Evening Herald that it had left.";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn platforms_and_management_firms_are_named_organisations() {
    let found = actors("The video platform Streamly removed the clip on Monday.");
    assert!(found.iter().any(|(n, k, _)| n == "Streamly" && *k == ActorKind::Organisation), "{found:?}");
    let found = actors("Its owner, Oslo-based Fjordline Fleet Management, said the crew was safe.");
    assert!(
        found.iter().any(|(n, k, _)| n == "Fjordline Fleet Management" && *k == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn capitalised_words_before_a_lower_case_centre_name_it() {
    let found = actors("The UK Harbour Traffic Operations centre (HTO) issued a warning to crews on Monday.");
    assert!(
        found.iter().any(|(n, k, _)| n == "UK Harbour Traffic Operations" && *k == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn an_office_named_after_its_holders_title_is_an_organisation() {
    let found = actors("The Prosecutor Royal's Office opened a review of the contracts on Monday.");
    assert!(found.iter().all(|a| a.1 != ActorKind::Person), "{found:?}");
    assert!(
        found.iter().any(|a| a.0 == "Prosecutor Royal's Office" && a.1 == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn a_title_before_of_names_a_role_not_an_organisation() {
    let found = actors("Media enquiries: Vera Holm, Head of Communications, Harbour Board.");
    assert!(found.iter().all(|a| a.0 != "Head of Communications"), "{found:?}");
}

#[test]
fn a_firm_that_speaks_by_its_first_word_is_the_firm() {
    let found =
        actors("The plant belongs to Vantor Energy, a Danish group. Vantor said the site was secure.");
    let vantor: Vec<_> = found.iter().filter(|a| a.0.starts_with("Vantor")).collect();
    assert_eq!(vantor.len(), 1, "{found:?}");
    assert!(vantor[0].2.contains(&"Vantor".to_owned()), "{found:?}");
}

#[test]
fn a_state_body_by_possessive_and_by_adjective_is_one_actor() {
    let found = actors(
        "Peru's judiciary said the trial would go ahead. The Peruvian judiciary later said it had \
         set a date.",
    );
    let bodies: Vec<&(String, ActorKind, Vec<String>)> =
        found.iter().filter(|(_, kind, _)| *kind == ActorKind::Organisation).collect();
    assert_eq!(bodies.len(), 1, "{found:?}");
    assert!(bodies[0].2.contains(&"Peruvian judiciary".to_owned()), "{found:?}");
}

#[test]
fn an_ordinary_word_opening_a_sentence_opens_a_firms_name_said_before() {
    let text = "A staff member of the mining company, Great Plains Aurum SARL, said all were safe.\n\n\
                Great Plains Aurum, which is registered in Lusaka, did not respond.";
    let found = actors(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains(&"Great Plains Aurum".to_owned()), "{found:?}");
}

#[test]
fn a_firm_goes_by_a_distinctive_first_word_whatever_ends_its_name() {
    let found = actors(
        "Vestholm Kliniken, a private hospital operator, said it was hit. Vestholm said it had \
         restored its systems.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains(&"Vestholm".to_owned()), "{found:?}");
}

#[test]
fn a_consultancy_or_an_energy_firm_is_an_organisation_by_its_last_word() {
    for name in ["Tarrow Risk Advisory", "Kelvane Analytics", "Ostrava Mining", "Brisk Energy"] {
        let found = actors(&format!("Pirates boarded the tanker, {name} said in a report."));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1), (name, ActorKind::Organisation));
    }
}

#[test]
fn a_title_and_a_name_after_an_organisations_head_are_a_person() {
    let found = names("Office of Trade and Budget Director Jo Marlow told the committee the plan was sound.");
    assert!(found.contains(&"Jo Marlow".to_owned()), "{found:?}");
    assert!(found.contains(&"Office of Trade and Budget".to_owned()), "{found:?}");
    // A title right after a head names a portfolio.
    let found = names("Maltese Shipping Minister Jo Vella called the attack an act of piracy.");
    assert!(!found.contains(&"Maltese Shipping".to_owned()), "{found:?}");
    // A title followed by "of" stays inside the name.
    let found = names("The Office of the Director of Vell Intelligence said nothing.");
    assert_eq!(found, ["Office of the Director of Vell Intelligence"]);
}

#[test]
fn a_body_named_after_its_leader_and_a_party_opening_with_a_nationality_are_organisations() {
    let found = actors("The Barrowclift government said it would not negotiate.");
    assert_eq!(
        found.iter().map(|a| (a.0.as_str(), a.1)).collect::<Vec<_>>(),
        [("Barrowclift government", ActorKind::Organisation)]
    );
    let found = names("Protests grew, and Georgian Harvest said the rallies were staged.");
    assert_eq!(found, ["Georgian Harvest"]);
}

#[test]
fn a_name_after_the_and_a_political_camp_is_a_party() {
    let found = names(
        "The far-right Liberty Rally blamed years of laxity, and the opposition Voice for Ostavia agreed.",
    );
    assert_eq!(found, ["Liberty Rally", "Voice for Ostavia"]);
    // A person of that camp stays a person.
    assert_eq!(names("The populist Anna Berg said the plan had failed."), ["Anna Berg"]);
    // After a possessive too, a nationality's word opening the name.
    let found = names("Ostland's ruling Georgian Harvest party claimed victory in every city.");
    assert!(found.iter().any(|n| n == "Georgian Harvest"), "{found:?}");
    // A place alone after a possessive stays a place.
    let found = names("Fighting spread across the country's separatist Donbas region on Monday.");
    assert!(!found.iter().any(|n| n == "Donbas"), "{found:?}");
}

#[test]
fn a_party_named_by_its_noun_stays_one_before_a_settlement_noun() {
    let found = names(
        "Speakers from the Freie Kellmark party addressed the crowd. Later, vandals smashed the windows \
         of the Freie Kellmark district office.",
    );
    assert_eq!(found, ["Freie Kellmark"]);
}

#[test]
fn a_body_named_for_what_it_is_for_keeps_its_to_and_verb() {
    let found = names("The Committee to Protect Reporters said it was horrified by the killing.");
    assert_eq!(found, ["Committee to Protect Reporters"]);
    // Not a person, a place or a state after "to".
    let found = names("A letter from the Intelligence Committee to Ana Ruiz was leaked.");
    assert!(found.contains(&"Intelligence Committee".to_owned()), "{found:?}");
    assert!(found.contains(&"Ana Ruiz".to_owned()), "{found:?}");
    let found = names("The Security Council to Norway sent nothing.");
    assert!(!found.iter().any(|n| n.contains(" to ")), "{found:?}");
}

#[test]
fn a_name_after_a_noun_in_capitals_or_headed_by_a_definite_noun_is_a_body() {
    let found = actors("Jo Bell, director of the local NGO Redes da Mata, said schools had closed.");
    let ngo = found.iter().find(|a| a.0 == "Redes da Mata").expect("the NGO");
    assert_eq!(ngo.1, ActorKind::Organisation);
    let found = actors("Buses burned, according to Rio Transportes, the association of bus companies.");
    let body = found.iter().find(|a| a.0 == "Rio Transportes").expect("the association");
    assert_eq!(body.1, ActorKind::Organisation);
    // An adverb opening the sentence is no name that the appositive describes.
    let found =
        names("Later, the company's spokesman, Jo Bell, told journalists that repairs would take days.");
    assert!(!found.contains(&"Later".to_owned()), "{found:?}");
}

#[test]
fn a_firm_described_by_its_appositive_is_the_company() {
    let text = "The security firm Ambrey identified the vessel. Qatarex, the state-owned producer \
                whose tankers stopped using the route, denied a report. The company said deliveries \
                continue.";
    let found = actors(text);
    let producer = found.iter().find(|a| a.0 == "Qatarex").expect("the producer");
    assert!(producer.2.iter().any(|alias| alias == "The company"), "{found:?}");
}

#[test]
fn an_international_body_named_only_before_one_of_its_bodies_is_no_actor() {
    let found = names(
        "Some 40,000 people fled, according to the United Nations refugee agency. UN investigators \
         said the camps were shelled.",
    );
    assert!(!found.contains(&"United Nations".to_owned()), "{found:?}");
    // Once it acts by its own name, it is one.
    let found = names("UN investigators visited the camps. The United Nations said the camps were shelled.");
    assert!(found.contains(&"United Nations".to_owned()), "{found:?}");
    // Named as the possessor of its body, with a word between or none.
    let found = names("Europol, the European Union's police agency, said arrests of minors had doubled.");
    assert!(!found.contains(&"European Union".to_owned()), "{found:?}");
    let found = names("The ICAO, the UN's aviation agency, has called on states to stop the jamming.");
    assert!(!found.contains(&"United Nations".to_owned()), "{found:?}");
    // Its own act, however, is its own ("the European Union's sanctions").
    let found = names("The European Union's sanctions took effect on Monday.");
    assert!(found.contains(&"European Union".to_owned()), "{found:?}");
}

#[test]
fn the_outlet_that_reports_the_story_is_no_actor() {
    for text in [
        "KELLTOWN (Reuters) - Gunmen attacked a convoy, officials said.",
        "Gunmen attacked a convoy, officials said. Reuters could not independently verify the account.",
        "Gunmen attacked a convoy, according to a police report seen by Reuters.",
        "Gunmen attacked a convoy on the main road, Reuters witnesses said.",
    ] {
        assert!(!names(text).contains(&"Reuters".to_owned()), "{text}");
    }
    // An outlet that confirms a party's account, or is itself attacked, takes part.
    let found = names("Gunmen stormed the offices of Reuters in the capital on Monday.");
    assert!(found.contains(&"Reuters".to_owned()), "{found:?}");
}

#[test]
fn us_border_drug_and_immigration_agencies_are_known_by_name_and_acronym() {
    let found = names("Officers from U.S. Customs and Border Protection seized the pills. CBP said more.");
    assert_eq!(found, ["U.S. Customs and Border Protection"]);
    assert_eq!(names("The DEA said it had arrested two men."), ["Drug Enforcement Administration"]);
}

#[test]
fn a_title_in_capitals_a_document_named_after_a_body_and_an_outlet_handed_a_document_are_no_actors() {
    // "PM" in a headline is an office, however it speaks.
    let found =
        names("Danish PM calls drone flights \"an attack\"\n\nDenmark closed two airports on Monday.");
    assert!(!found.contains(&"PM".to_owned()), "{found:?}");
    // "Member states" open a sentence as plain words.
    let found = names("Member states agreed to hold a joint drill, Denmark said.");
    assert_eq!(found, ["Denmark"]);
    // A convention named after the UN is a document's title.
    let found =
        names("Under the UN Convention on the Law of the Sea, ships enjoy free passage, Finland said.");
    assert_eq!(found, ["Finland"]);
    // An outlet an estimate was shared with reports; it takes no part.
    let found =
        names("India said 40 fighters were waiting, according to an army estimate shared with Reuters.");
    assert_eq!(found, ["India"]);
    // A firm's legal form of the Gulf's free zones closes its name.
    let found = actors("Its manager, Meridian Seaways FZE, did not respond. Finland detained the tanker.");
    let firm = found.iter().find(|a| a.0 == "Meridian Seaways FZE").expect("the firm");
    assert_eq!(firm.1, ActorKind::Organisation, "{found:?}");
}

#[test]
fn a_place_opening_the_name_a_spokesperson_speaks_for_makes_it_a_body() {
    let found = actors("\"No one was hurt,\" said Liisa Kuusk, a spokeswoman for Baltic Skyways.");
    let firm = found.iter().find(|a| a.0 == "Baltic Skyways").expect("the airline");
    assert_eq!(firm.1, ActorKind::Organisation, "{found:?}");
    // A person's name stays a person's.
    let found = actors("\"No comment,\" said a spokesman for Keir Stanton, the senator.");
    let person = found.iter().find(|a| a.0 == "Keir Stanton").expect("the senator");
    assert_eq!(person.1, ActorKind::Person, "{found:?}");
}

#[test]
fn a_plurals_apostrophe_inside_a_name_joins_its_words() {
    let found =
        names("Jo Kell, a senior official of the ruling Workers' Party, warned that talks were over.");
    assert!(found.contains(&"Workers' Party".to_owned()), "{found:?}");
    assert!(!found.contains(&"Workers".to_owned()), "{found:?}");
    let found =
        names("Jo Kell, a senior official of the ruling Workers’ Party, warned that talks were over.");
    assert!(found.contains(&"Workers’ Party".to_owned()), "{found:?}");
}

#[test]
fn a_body_named_only_in_its_named_spokespersons_title_is_their_affiliation() {
    let suggested = |text: &str| -> Vec<String> {
        crate::extract::suggest(text).actors.into_iter().map(|a| a.name).collect()
    };
    let found =
        suggested("Russian foreign ministry spokeswoman Marta Vell told reporters the claims were false.");
    assert_eq!(found, ["Marta Vell"]);
    // The quote still goes to the person, not to another ministry named earlier.
    let text = "Russia's foreign ministry called the claims \"fabrications\", while Iran's foreign ministry \
                spokesman, Dara Orm, said they were \"part of a war\".";
    let found = suggested(text);
    assert!(
        found.contains(&"Dara Orm".to_owned()) && found.contains(&"Russia's foreign ministry".to_owned())
    );
    assert!(!found.contains(&"Iran's foreign ministry".to_owned()), "{found:?}");
    let quotes = crate::extract::suggest(text).quotes;
    assert_eq!(quotes[1].speaker.as_deref(), Some("Dara Orm"));
    // A body that also acts in its own name stays.
    let found = suggested(
        "Azerbaijan's defence ministry said its troops returned fire. Azerbaijan's defence ministry \
         spokesman Kamal Orm said two soldiers were hurt.",
    );
    assert!(found.contains(&"Azerbaijan's defence ministry".to_owned()), "{found:?}");
    // So does one a quote goes to: its speaker must be among the actors suggested.
    let text = "Russian foreign ministry spokeswoman Marta Vell spoke first. \"We reject this,\" a \
                ministry spokesman said.";
    assert_eq!(crate::extract::suggest(text).quotes[0].speaker.as_deref(), Some("Russian foreign ministry"));
    assert!(suggested(text).contains(&"Russian foreign ministry".to_owned()), "{:?}", suggested(text));
}

#[test]
fn a_states_state_media_is_the_state_speaking() {
    let found = actors("Russian state media said the tanker had broken no law. Russia denied any role.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Russia");
    assert!(found[0].2.iter().any(|alias| alias == "Russian state media"), "{found:?}");
}

#[test]
fn a_university_or_a_past_service_named_only_as_an_affiliation_is_no_actor() {
    let found = names("Ana Vell, a political scientist at the University of Kessa, said the vote was close.");
    assert_eq!(found, ["Ana Vell"]);
    let found = names("Tom Orm, a former Royal Navy officer, said the strait was narrow.");
    assert_eq!(found, ["Tom Orm"]);
    // A university that acts is an actor.
    let found = names("The University of Kessa said its servers had been hacked.");
    assert_eq!(found, ["University of Kessa"]);
}

#[test]
fn a_unit_named_once_as_part_of_a_body_named_by_a_noun_is_no_actor() {
    let found = names("The minister spoke during a visit to the army's Northern Command on Monday.");
    assert!(!found.contains(&"Northern Command".to_owned()), "{found:?}");
    let found = names("Diplomats expect a vote at the agency's Board of Governors meeting this month.");
    assert!(!found.contains(&"Board of Governors".to_owned()), "{found:?}");
    // Speaking, the unit is an actor.
    let found = names("The army's Northern Command said two rockets had been fired.");
    assert!(found.contains(&"Northern Command".to_owned()), "{found:?}");
}

#[test]
fn a_phrase_of_place_may_stand_between_an_organisation_noun_and_its_name() {
    assert_eq!(
        names("The ship belongs to a company in Dubai called Harbor Sea Lines."),
        ["Harbor Sea Lines"]
    );
    assert_eq!(
        names("Investigators traced the money to a firm based in Larnaca known as Corvid Holdings."),
        ["Corvid Holdings"]
    );
    // A longer phrase, or one with a verb of its own, names the place, not the firm.
    assert!(names("He worked for a company that moved to Dubai called Harbor later.").is_empty());
}

#[test]
fn a_foreign_word_for_and_joins_a_firm_as_an_ampersand_does() {
    let found = actors("Their employer, Transports Diallo et Fils, said it had received no demand.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Transports Diallo et Fils");
    assert_eq!(found[0].1, ActorKind::Organisation);
    assert_eq!(names("Shares in Becker und Söhne fell."), ["Becker und Söhne"]);
}

#[test]
fn an_appositive_opened_by_a_possessor_says_what_a_name_is() {
    let found = names("Kalvet, Estonia's electricity grid operator, said it had inspected a cable.");
    assert!(found.contains(&"Kalvet".to_owned()), "{found:?}");
    let found = names("Orbex, South Korea's national space agency, said the launch had failed.");
    assert!(found.contains(&"Orbex".to_owned()), "{found:?}");
    // A person's appositive names no body.
    assert!(!names("Kalvet, Estonia's defence minister, said so.").iter().any(|n| n == "Kalvet"));
}

#[test]
fn a_common_word_after_an_organisation_noun_that_modifies_a_noun_names_nothing() {
    assert!(
        names("Saint Alda Health, a nonprofit Catholic system, said it was attacked.")
            .iter()
            .all(|n| n != "Catholic")
    );
    // A name after the noun still is one.
    assert_eq!(names("The nonprofit Harbor Aid said it was attacked."), ["Harbor Aid"]);
}

#[test]
fn a_firm_named_again_without_its_legal_form_is_the_same_firm() {
    let found = actors(
        "Hanseport Logistics AG, which runs four terminals, says a cyberattack has shut its systems. \
         Terminals run by Hanseport Logistics have stopped.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains(&"Hanseport Logistics".to_owned()), "{found:?}");
}

#[test]
fn a_body_named_again_by_the_last_words_of_its_name_is_the_same_body() {
    let found = actors(
        "The Vellan Maritime Guard seized the tanker on Monday. The Maritime Guard said the captain          had been detained.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains(&"Maritime Guard".to_owned()), "{found:?}");
    // Two longer names that end so leave the short one apart.
    let found = actors(
        "The Vellan Maritime Guard and the Kessan Maritime Guard met. The Maritime Guard said nothing.",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    // A state's word dropped leaves a body every state may have.
    let names = names(
        "The Korean National Police Agency traced the funds. Japan's National Police Agency said it \
         was investigating.",
    );
    assert!(names.contains(&"National Police Agency".to_owned()), "{names:?}");
}

#[test]
fn where_a_mission_serves_is_part_of_its_name() {
    let found =
        actors("The United Nations Interim Force in Lebanon, known as UNIFIL, said it was concerned.");
    let mission =
        found.iter().find(|a| a.0 == "United Nations Interim Force in Lebanon").expect("the mission");
    assert!(mission.2.contains(&"UNIFIL".to_owned()), "{found:?}");
    // A lower-case "force in" is no name.
    assert!(names("Police used force in Beirut.").iter().all(|n| !n.contains("force")));
    // An embassy in title case and the city it stands in.
    let found = names("Later, Norway's Embassy in Kessa said it was concerned.");
    assert!(found.iter().any(|n| n == "Norway's Embassy in Kessa"), "{found:?}");
}

#[test]
fn well_known_companies_are_organisations_even_when_they_do_not_speak() {
    let found = actors(
        "Breach\n\nHackers hit Maersk and a supplier of Lockheed Martin last week. A.P. Moller-Maersk \
         restored its systems on Friday.",
    );
    let maersk = found.iter().find(|a| a.0 == "Maersk").expect("the shipping firm");
    assert_eq!(maersk.1, ActorKind::Organisation);
    assert!(maersk.2.contains(&"A.P. Moller-Maersk".to_owned()), "{found:?}");
    assert!(
        found.iter().any(|(name, kind, _)| name == "Lockheed Martin" && *kind == ActorKind::Organisation),
        "{found:?}"
    );
    // A firm's name that is also a common word is left out of the list.
    assert!(names("Shell fragments hit the school. Orange smoke rose.").is_empty());
}

#[test]
fn capitalised_words_right_after_a_companys_name_are_its_product() {
    let found = names("The gang exploited a flaw in Cisco Harbour Gate Server. Cisco said it was fixed.");
    assert_eq!(found, ["Cisco"]);
    // A title after the firm's name opens a person's name; a known name stays itself.
    let found = names("Cisco President Ana Vell said so. Amnesty International Kenya said so too.");
    for name in ["Cisco", "Ana Vell", "Amnesty International", "Kenya"] {
        assert!(found.contains(&name.to_owned()), "{name}: {found:?}");
    }
}

#[test]
fn a_resistance_movement_and_the_place_it_fights_in_are_one_armed_group() {
    let found = actors("The Sacred Resistance in Velmia, an umbrella of militias, claimed the attack.");
    assert!(
        found
            .iter()
            .any(|(name, kind, _)| name == "Sacred Resistance in Velmia" && *kind == ActorKind::ArmedGroup),
        "{found:?}"
    );
    // A resistance told of in lower case, or opening a sentence as a plain noun, is nobody.
    assert!(names("Resistance to the plan grew. The resistance in Velmia hid families.").is_empty());
}

#[test]
fn a_name_with_an_age_after_a_noun_for_a_body_is_a_person() {
    let text = "Camp\n\nAt the Gatumba transit center, Furaha Mapendo, 34, sat with her children.";
    let found = actors(text);
    assert!(
        found.iter().any(|(name, kind, _)| name == "Furaha Mapendo" && *kind == ActorKind::Person),
        "{found:?}"
    );
    // Named after the noun with no age, the name is still the body's.
    let text = "Camp\n\nAid reached the transit center, Gatumba Relief, on Monday.";
    let found = actors(text);
    assert!(
        found.iter().any(|(name, kind, _)| name == "Gatumba Relief" && *kind == ActorKind::Organisation),
        "{found:?}"
    );
}

#[test]
fn an_acronym_opening_the_sentence_before_its_definite_appositive_is_a_body() {
    let text = "Peace talks\n\nVELMIS, the peacekeeping mission in Vell, said it was alarmed.";
    let found = actors(text);
    assert!(found.iter().any(|(name, _, _)| name == "VELMIS"), "{found:?}");
    // A capitalised word that opens the sentence is no name before "the".
    let text = "Peace talks\n\nLater, the agency of the government said it was alarmed.";
    let found = actors(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_after_a_role_in_a_firm_and_at_is_the_employer() {
    let text = "Freight\n\n\"Rates will stay high,\" said Ana Vell, an analyst at Torvik in London. \
                Jo Marr, an economist with Varde Capital Partners, agreed. Lena Holt, a researcher \
                at El Colegio de Ostavia, did not.";
    let found = actors(text);
    for firm in ["Torvik", "Varde Capital Partners", "El Colegio de Ostavia"] {
        assert!(
            found.iter().any(|(name, kind, _)| name == firm && *kind == ActorKind::Organisation),
            "{firm}: {found:?}"
        );
    }
    // A place after the role is no employer, nor is a name after a role of office.
    let text = "Freight\n\nPia Lund, a professor at Oslo, spoke. Ola Berg, a worker at Torvik, spoke.";
    let found = actors(text);
    assert!(!found.iter().any(|(name, _, _)| name == "Oslo" || name == "Torvik"), "{found:?}");
}

#[test]
fn establishment_and_inspectorate_head_the_names_of_bodies() {
    let text = "Breach\n\nThe Communications Security Establishment disclosed the breach. The Harbour \
                Safety Inspectorate said nothing.";
    let found = actors(text);
    for body in ["Communications Security Establishment", "Harbour Safety Inspectorate"] {
        assert!(
            found.iter().any(|(name, kind, _)| name == body && *kind == ActorKind::Organisation),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_bank_or_a_ministry_named_in_portuguese_or_spanish_is_one_body() {
    let found = names(
        "Breach\n\nThe Banco Central do Ostal said it was monitoring. The Ministério da Defesa said \
         nothing. The Banco Vell de Reserva agreed.",
    );
    for body in ["Banco Central do Ostal", "Ministério da Defesa", "Banco Vell de Reserva"] {
        assert!(found.iter().any(|n| n == body), "{body}: {found:?}");
    }
    assert!(!found.iter().any(|n| n == "Ostal" || n == "Reserva"), "{found:?}");
}

#[test]
fn a_states_lower_case_police_prosecutors_and_leaders_offices_are_its_bodies() {
    let found = names(
        "Officers of Chad's cyber police seized servers, and the Chadian presidential office said nothing.",
    );
    for body in ["Chad's cyber police", "Chadian presidential office"] {
        assert!(found.contains(&body.to_owned()), "{body}: {found:?}");
    }
    let found = names("The Belgian federal prosecutor's office charged two men.");
    assert!(found.contains(&"Belgian federal prosecutor's office".to_owned()), "{found:?}");
}

#[test]
fn a_forum_and_a_company_written_co_are_organisations() {
    let found =
        names("The Harbour Trade Forum said it was hacked by Weilan Network Technology Co., a contractor.");
    assert!(found.contains(&"Harbour Trade Forum".to_owned()), "{found:?}");
    assert!(found.contains(&"Weilan Network Technology Co.".to_owned()), "{found:?}");
}

#[test]
fn a_titles_office_after_a_states_name_keeps_the_state_in_its_name() {
    let found = names("The U.S. Attorney's Office for the District of Vermont charged the man.");
    assert!(found.contains(&"U.S. Attorney's Office for the District of Vermont".to_owned()), "{found:?}");
    // A title before a name is still a person's.
    let found = names("U.S. Attorney Jane Roe charged the man.");
    assert!(found.contains(&"Jane Roe".to_owned()), "{found:?}");
}

#[test]
fn a_government_body_named_by_its_portfolio_alone_is_an_actor_when_it_speaks_or_is_cited() {
    let found = actors(
        "Police held four men, the interior ministry said. The ministry said more arrests would follow.",
    );
    let body = found.iter().find(|a| a.0 == "interior ministry").expect("the body");
    assert!(body.2.iter().any(|alias| alias == "The ministry"), "{body:?}");
    let found = names("Two men were charged, according to the justice department.");
    assert!(found.contains(&"justice department".to_owned()), "{found:?}");
    // Named with its state elsewhere: the same body.
    let found =
        names("Chad's Foreign Ministry summoned the envoy. Later the foreign ministry said it was alarmed.");
    assert_eq!(found, ["Chad's Foreign Ministry", "Chad"]);
    // Not a body that only stands in a sentence, nor "the new ministry".
    let found = names("He visited the interior ministry on Monday. The new ministry said nothing.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_capitalised_portfolio_body_is_the_one_named_with_its_state() {
    let found = actors(
        "Chad's Foreign Ministry condemned the attack. Later the Foreign Ministry said it was alarmed.",
    );
    let body = found.iter().find(|a| a.0 == "Chad's Foreign Ministry").expect("the body");
    assert!(body.2.iter().any(|alias| alias == "Foreign Ministry"), "{found:?}");
    assert!(!found.iter().any(|a| a.0 == "Foreign Ministry"), "{found:?}");
    // Two states' ministries named: which one is meant, the words do not say.
    let found = names(
        "Chad's Defence Ministry and Niger's Defence Ministry disagreed. The Defence Ministry said it was calm.",
    );
    assert!(found.contains(&"Defence Ministry".to_owned()), "{found:?}");
}

#[test]
fn a_general_staff_is_a_body_not_a_general_named_staff() {
    let found = names("The General Staff of the Kessan Army said the drills were over.");
    assert_eq!(found, vec!["General Staff of the Kessan Army".to_owned()]);
    let found = names("Kessa's Joint Staff said the strikes had hit their targets.");
    assert!(found.iter().any(|n| n == "Joint Staff"), "{found:?}");
    assert!(!found.iter().any(|n| n == "Staff"), "{found:?}");
    // A title that ends in "Staff" before a name is a role.
    let found = names("\"They were shot at,\" Chief of Staff Brig. Dan Fraser said.");
    assert_eq!(found, vec!["Dan Fraser".to_owned()]);
    let found = names("Former White House Chief of Staff Jo Bell spoke.");
    assert!(!found.iter().any(|n| n.contains("Chief")), "{found:?}");
}

#[test]
fn and_between_two_firms_names_ending_in_firms_words_joins_two_names() {
    let found = names("The ministry added Velmor Systems and Orvion Petroleum Corp to its list.");
    assert_eq!(found, vec!["Velmor Systems".to_owned(), "Orvion Petroleum Corp".to_owned()]);
    // One firm's name may hold "and" when no firm's word ends its first part.
    let found = names("Harlow and Finch Holdings said it would appeal.");
    assert_eq!(found, vec!["Harlow and Finch Holdings".to_owned()]);
    // A firm's word after a title ends a firm's name, no person's.
    let found = names("The regulator fined Kessan General Trading last year.");
    assert!(found.iter().all(|n| n != "Trading"), "{found:?}");
}

#[test]
fn a_unit_is_the_head_of_its_name() {
    // A name ends at its last head word ("Service"), so "Unit" must be one for the name to keep it.
    let found = names("Officers of the paramilitary Border Service Unit escorted the convoy to Varn.");
    assert!(found.contains(&"Border Service Unit".to_owned()), "{found:?}");
    // The common noun names nothing.
    let found = names("The unit escorted the convoy to Varn.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_known_body_after_for_the_is_no_part_of_a_name() {
    let found = names("Monitors track Kessa Front and the Dawn Brigade for the U.N. Security Council.");
    assert!(found.contains(&"Dawn Brigade".to_owned()), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("for the")), "{found:?}");
    // A name whose "for the" names no body the gazetteer knows keeps it.
    let found = names("The Office for the Coordination of Humanitarian Affairs said it was ready.");
    assert!(found.contains(&"Office for the Coordination of Humanitarian Affairs".to_owned()), "{found:?}");
}

#[test]
fn a_participle_s_phrase_may_stand_between_a_group_and_the_name_it_is_known_by() {
    let found = names("A separate group linked to the North, known as Kessuky, had breached the network.");
    assert_eq!(found, ["Kessuky"]);
    let found = names("A gang based in the old port, known as Kessuky, ran the trade.");
    assert_eq!(found, ["Kessuky"]);
}

#[test]
fn a_syndicate_heads_a_name_with_its_nationality() {
    let found = names("The Somali Journalists Syndicate said two reporters were held.");
    assert!(found.iter().any(|n| n == "Somali Journalists Syndicate"), "{found:?}");
}

#[test]
fn a_number_after_a_unit_is_part_of_its_name() {
    let found = names("He was described as a senior officer in GRU Unit 29155, the sabotage unit.");
    assert!(found.iter().any(|n| n == "GRU Unit 29155"), "{found:?}");
}
