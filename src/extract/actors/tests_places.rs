//! Lines and names that are no actors, found on news nobody here annotated: credit lines in more
//! house styles, places a list or a settlement word names, documents, models, labels above a
//! headline. Every example is made up.

use super::tests::{actors, names};
use super::*;

#[test]
fn bylines_with_a_role_author_notes_and_agency_signoffs_name_no_actor() {
    let body = "The storm hit the port, harbour master Lars Evjen said.";
    // "By" and the reporter's role before the name.
    let text = format!("Storm hits port\n\nBy shipping reporter Mara Jensen\n\n{body}");
    assert_eq!(names(&text), ["Lars Evjen"]);
    // A byline in brackets at the end.
    let text = format!("Storm hits port\n\n{body}\n\n(By Mara Jensen, Tom Vell and Ana Orm)");
    assert_eq!(names(&text), ["Lars Evjen"]);
    // The reporters' outlet on the line under the byline.
    let text = format!("Storm hits port\n\nBy MARA JENSEN and TOM VELL\nAssociated Press\n\n{body}");
    assert_eq!(names(&text), ["Lars Evjen"]);
    // A surname alone before "reported from".
    let text = format!("Storm hits port\n\n{body}\n\nKovac-Lund reported from Tromsø.");
    assert_eq!(names(&text), ["Lars Evjen"]);
    // A note on the author at the end, with the places where she works.
    let text = format!(
        "Storm hits port\n\n{body}\n\nMara Jensen is a journalist covering shipping from Oslo and Norway."
    );
    assert_eq!(names(&text), ["Lars Evjen"]);
    // The same words inside the story are news.
    let text = format!(
        "Storm hits port\n\nMara Jensen is a journalist covering shipping.\n\n{body}\n\nMore storms are due."
    );
    assert!(names(&text).contains(&"Mara Jensen".to_owned()), "{:?}", names(&text));
    // A wire sign-off: initials and the agencies in brackets; "With reports from".
    let text = format!(
        "Storm hits port\n\n{body}\n\nWith reports from Nordposten and Kystavisa\n\njd/mr (dpa, AFP, Reuters)"
    );
    assert_eq!(names(&text), ["Lars Evjen"]);
    // A bracket that ends a story's last sentence is no sign-off.
    let text = format!("Storm hits port\n\n{body}\n\nThe port reopened (Nordhavn Shipping)");
    assert!(names(&text).contains(&"Nordhavn Shipping".to_owned()), "{:?}", names(&text));
}

#[test]
fn a_surname_before_family_names_the_family_not_the_person() {
    let text = "Jo Bell was detained in May. The Bell family said they were not told.";
    let found = actors(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].2.iter().any(|a| a == "Bell"), "{found:?}");
}

#[test]
fn places_a_plural_settlement_noun_lists_or_a_region_names_are_no_actors() {
    let text = "Drones hit homes in communities including El Kell, La Vorra and Las Ormas, the \
                Orlan Army said. Shells struck the border towns of Aitkell, Vorra Kell and Orm.";
    assert_eq!(names(text), ["Orlan Army"]);
    let text = "Gunmen stormed a post in the western Boucle du Kell region, the Orlan Army said. Aid to \
                the Boucle du Kell has stopped.";
    assert_eq!(names(text), ["Orlan Army"]);
    // A singular noun takes one name: what follows "and" is news of its own.
    let text = "The village of Kell, Orm Lund said, was hit.";
    assert_eq!(names(text), ["Orm Lund"]);
}

#[test]
fn a_creed_or_a_militant_before_a_name_is_no_part_of_it() {
    let text = "In 2016 Tunisian Islamist Anis Vell drove a truck into a crowd. Jihadist Omar Kell \
                and militant Jo Orm were held.";
    assert_eq!(names(text), ["Anis Vell", "Omar Kell", "Jo Orm"]);
}

#[test]
fn operations_documents_prisons_and_aircraft_models() {
    let text = "Unlike Operation Harbour Shield, the mission does not strike ashore. Jo Bell was \
                sanctioned under Executive Order 14078 and held in Kell Prison.";
    assert_eq!(names(text), ["Operation Harbour Shield", "Jo Bell"]);
    let text = "An F-35 Lightning from Kell Air Station shot the balloon down, and two Su-35 Flanker \
                jets followed, the Orlan Army said.";
    assert_eq!(names(text), ["Orlan Army"]);
}

#[test]
fn an_honorific_alone_in_a_transcripts_label_is_no_actor() {
    let text = "Briefing\n\nMR. SPOKESPERSON: Iran remains at Level 4. We urge Tehran to release Jo Bell.";
    let found = names(text);
    assert!(found.iter().all(|n| !n.starts_with("MR")), "{found:?}");
}

#[test]
fn a_name_ending_in_a_compass_word_is_a_place_unless_a_person_bears_it() {
    let text = "Gunmen stormed Salko village in Vell West at night. A curfew covers parts of Vell West. \
                Militants raid Vell often.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    let text = "Senator Jo West said the curfew was wrong, and Rep. Anna Kell North agreed.";
    assert_eq!(names(text), ["Jo West", "Anna Kell North"]);
    // Without a title or a given name, a person who speaks is still a person.
    let text = "\"It is a start,\" said Marek West, a union leader. West left.";
    assert_eq!(names(text), ["Marek West"]);
}

#[test]
fn a_name_with_a_settlement_noun_in_capitals_is_a_place_but_its_government_is_not() {
    let text = "Kell State has seen 12 abductions this year. Troops rolled east through Vorra State \
                toward the border.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // A local government area.
    let text = "Gunmen stormed a school in Orm Local Government Area.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    let found = names("The Kell State Government said the pupils were freed.");
    assert_eq!(found, ["Kell State Government"]);
}

#[test]
fn states_after_a_noun_of_travel_or_removal_are_places() {
    let text = "The drills came a week after the president returned from a trip to Paraguay and \
                Guatemala. The Vell Party called for the deportation of offenders to Syria and \
                Afghanistan.";
    assert_eq!(names(text), ["Vell Party"]);
}

#[test]
fn a_title_case_headline_under_a_label_glues_no_words_to_names() {
    let text = "News Analysis\n\nAs Venezuela Moves Troops and Calls a Vote, an Old Feud With Guyana \
                Turns Volatile\n\nVenezuela has moved troops east, officials in Guyana said.";
    let found = names(text);
    assert!(found.iter().all(|n| !n.contains("Moves") && !n.contains("Volatile")), "{found:?}");
    assert!(found.iter().all(|n| !n.contains("News")), "{found:?}");
}

#[test]
fn later_places_of_a_list_after_in_are_places_with_or_without_the() {
    let found =
        names("Elbonia said firms in China, Turkey, the United Arab Emirates and Kyrgyzstan were listed.");
    assert!(
        found
            .iter()
            .all(|n| !["China", "Turkey", "United Arab Emirates", "Kyrgyzstan"].contains(&n.as_str())),
        "{found:?}"
    );
}

#[test]
fn the_body_or_state_a_mission_is_posted_to_is_a_place() {
    assert_eq!(names("Iran's mission to the United Nations said it had no role."), ["Iran"]);
    // A state's name before "mission" with neither is a deployment.
    let found = names("The Africa Corps has taken over the Mali mission.");
    assert!(!found.iter().any(|n| n.contains("mission")), "{found:?}");
    // The mission speaks for its state, which it names.
    let found = actors("Iran's mission to the United Nations said it had no role.");
    assert!(found[0].2.iter().any(|alias| alias == "Iran's mission to the United Nations"), "{found:?}");
    let found = names("France summoned its ambassador to Russia on Monday.");
    assert_eq!(found, ["France"]);
    // Sending a message to a body is no posting.
    let found = names("Iran sent a letter to the United Nations.");
    assert!(found.iter().any(|n| n == "United Nations"), "{found:?}");
}

#[test]
fn the_states_people_come_from_are_origins_not_actors() {
    assert_eq!(names("Ostland said migrants from Vell, Kessa and Nor Vellin were held."), ["Ostland"]);
    let found = names("The tanker's 21 crew members are from India, the Philippines and Ukraine.");
    assert!(found.is_empty(), "{found:?}");
    let found = names("The crew are citizens of India, Georgia and Azerbaijan, he added.");
    assert!(found.is_empty(), "{found:?}");
    assert!(names("Police arrested a man from Tajikistan.").is_empty());
    // Soldiers from a state, or a state that sends people, may be the state acting.
    assert_eq!(names("Troops from Russia crossed the river."), ["Russia"]);
    assert_eq!(names("Ukraine deported migrants to Moldova."), ["Ukraine"]);
    assert_eq!(names("Pressure from Russia and China grew."), ["Russia", "China"]);
}

#[test]
fn a_state_things_are_moved_to_or_from_is_a_place() {
    assert!(names("The crew were picked up by a passing ship and taken to Djibouti.").is_empty());
    assert!(names("Drone parts were smuggled from Yemen, the report said.").is_empty());
    assert!(names("Oil exports by pipeline to Turkey were halted.").is_empty());
    // Where people arrive from, and the capitals of a list after it.
    assert!(names("Police checked trains arriving from Vienna and Sanaa on Sunday.").is_empty());
    assert!(names("The envoy arrived from Yemen late on Monday.").is_empty());
    // A state that acts is still an actor.
    assert_eq!(names("Yemen smuggled drone parts to the coast."), ["Yemen"]);
}

#[test]
fn the_last_portfolios_of_a_title_are_no_person() {
    let found = names(
        "The pact was signed by Ostland's Minister of Foreign Affairs, International Cooperation and \
         External Trade, Hon. Tomas Kerell, on Monday.",
    );
    assert_eq!(found, ["Tomas Kerell"]);
    let found = names("Contact: Ministry of Foreign Affairs, International Cooperation and External Trade.");
    assert!(!found.contains(&"External Trade".to_owned()), "{found:?}");
    // Two people named after "and" are both people.
    let found = names("The pact was signed by Tomas Kerell and Ana Mirek on Monday.");
    assert_eq!(found, ["Tomas Kerell", "Ana Mirek"]);
}

#[test]
fn a_labelled_contact_line_names_no_actors() {
    let found = names(
        "The patrols start in May.\n\nMedia contact: Leah Morrow, Senior Communications Officer, Ministry of \
         Foreign Affairs, International Cooperation and External Trade. Tel. +678 555 0100",
    );
    assert!(found.is_empty(), "{found:?}");
    // The same name in the story is an actor.
    let found = names("Leah Morrow, a senior official, said the patrols start in May.");
    assert_eq!(found, ["Leah Morrow"]);
}

#[test]
fn a_name_before_a_place_noun_or_after_a_compass_point_and_of_is_a_place() {
    let found = names("Elbonia set off a small explosion at its Tarsk Nur test site last month.");
    assert!(!found.iter().any(|n| n.contains("Tarsk")), "{found:?}");
    let found = names("The boat sank about 20 nautical miles east of Bajo de Tolosa on Monday.");
    assert!(!found.iter().any(|n| n.contains("Tolosa")), "{found:?}");
    // A person's name before a plain noun stays a person.
    let found = names("\"We saw it,\" said Jo Karsten, a fisherman from the village.");
    assert_eq!(found, ["Jo Karsten"]);
}

#[test]
fn a_state_after_a_place_and_a_comma_or_owning_a_named_district_is_where() {
    // An address: the place, a comma, the state, the line's end.
    let text =
        "Tarbo, Austria\n\nShelling near the plant went on. The agency said its team in Austria was safe.";
    assert!(!names(text).iter().any(|n| n == "Austria"), "{:?}", names(text));
    // A named district the state owns.
    let text = "Myanmar's Kell Nor district has 40 compounds, police said.";
    assert!(!names(text).iter().any(|n| n == "Myanmar"), "{:?}", names(text));
    // A list of states, or a state that speaks after a fronted place, stays an actor.
    assert!(names("Ghana, Nigeria and Togo signed the pact.").iter().any(|n| n == "Nigeria"));
    assert!(names("In Tarbo, Nigeria said the tanker was freed.").iter().any(|n| n == "Nigeria"));
    assert!(names("Myanmar's army shelled the town.").iter().any(|n| n == "Myanmar"));
}

#[test]
fn a_two_word_name_after_a_sentence_opening_preposition_is_a_place() {
    assert!(names("In Dera Kell, hundreds of relatives blocked the highway on Thursday.").is_empty());
    assert!(names("At Port Vell hundreds of dock workers walked out.").is_empty());
    // A person who speaks later in the sentence is still one.
    assert_eq!(names("In Port Vell, Jo Bell said the strike would go on."), ["Jo Bell"]);
}

#[test]
fn capitals_seats_abbreviations_and_official_names_map_to_the_state() {
    let found = actors(
        "Pyongyang fired again. The DPRK, officially the Democratic People's Republic of Korea, \
         angered Moscow's rivals. The Kremlin said nothing.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["North Korea", "Russia"]);
    assert!(found[0].2.contains(&"DPRK".to_owned()));
    assert!(found[0].2.contains(&"Pyongyang".to_owned()));
    assert_eq!(found[0].1, ActorKind::State);
    // A headline's short form, with a compass letter, wherever it stands.
    let found = actors("Tokyo says N. Korea fired again. Talks began as S. Korea and Japan met.");
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Japan", "North Korea", "South Korea"]);
}

#[test]
fn capitals_used_as_places_are_not_actors() {
    assert!(names("The talks were held in Tallinn on Monday.").is_empty());
    assert!(names("Kerry arrived in Geneva, Switzerland, for talks.").is_empty());
    assert_eq!(names("The summit in Peru ended. Japan left."), ["Japan"]);
    // A coast or a land of a country, a compass point written as one word, an address after
    // "bound for": all places.
    assert!(names("Boats left from the coast of Peru at night.").is_empty());
    assert!(names("Drones hit a base in southeastern Peru and the land of Chile.").is_empty());
    assert!(names("A freighter bound for Callao, Peru, was stopped.").is_empty());
}

#[test]
fn capitals_describing_places_or_nouns_are_not_actors() {
    assert!(names("Several London hospitals cancelled operations.").is_empty());
    assert!(names("Ambulances were diverted to hospitals in south-east London.").is_empty());
    assert!(names("Fighting spread in northern Kyiv overnight.").is_empty());
    assert!(names("The Moscow summit ended early.").is_empty());
    assert_eq!(names("Moscow warned the West."), ["Russia"]);
}

#[test]
fn a_name_and_a_place_alone_on_a_line_below_the_headline_are_a_byline() {
    let found = names(
        "Floods close the port\n\nMarta van Dijk in Rotterdam\n\nThe port of Rotterdam closed. Jan Smit said so.",
    );
    assert!(!found.iter().any(|n| n.contains("Dijk")), "{found:?}");
    assert!(found.contains(&"Jan Smit".to_owned()), "{found:?}");
    // A sentence that names a person in a place is no byline.
    let found = names("Floods close the port\n\nMarta van Dijk in Rotterdam said the port closed.");
    assert!(found.iter().any(|n| n.contains("Dijk")), "{found:?}");
}

#[test]
fn a_name_the_text_calls_a_town_or_a_province_is_no_actor() {
    let found = names(
        "Shelling hit the village of Dorvan Pass. Residents of Dorvan Pass fled to Kelmar, a town near the river. \
         Aid reached North Esk province, and Jo Bell of the Relief Agency said Kelmar was full.",
    );
    assert!(
        !found.iter().any(|n| n.contains("Dorvan") || n.contains("Kelmar") || n.contains("Esk")),
        "{found:?}"
    );
    assert!(found.contains(&"Jo Bell".to_owned()), "{found:?}");
}

#[test]
fn credit_lines_are_ignored() {
    assert!(names("By Marta Kowalczyk, Staff Correspondent\nText here.").is_empty());
    assert!(names("The end. (Reporting by Jane Doe; editing by John Roe)").is_empty());
    assert!(names("The end.\n\nCompiled by Jane Doe").is_empty());
    assert!(names("The end.\n\nAdditional reporting by Jane Doe in Oslo.").is_empty());
    assert!(names("The end.\n\n--additional reporting by Jane Doe.").is_empty());
    assert!(names("The end. (Additional reporting by Jane Doe; Editing by John Roe.)").is_empty());
}

#[test]
fn an_author_named_inside_a_sentence_is_no_credit() {
    let found = names("The index, compiled by the Institute for Quiet Studies, ranks the region first.");
    assert_eq!(found, ["Institute for Quiet Studies"]);
}

#[test]
fn contributed_reporting_lines_yield_no_actors() {
    assert!(names("Ola Strand and Pia Lund contributed reporting.").is_empty());
    // A wire's own line, ending with the verb or with where from.
    assert_eq!(
        names("Norway shut its ports.\n\nAssociated Press writer Ola Strand in Vell contributed."),
        ["Norway"]
    );
    assert_eq!(
        names("Norway shut its ports.\n\nAssociated Press writer Ola Strand contributed from Vell."),
        ["Norway"]
    );
    // Not a sentence inside a paragraph that says what a body gave.
    let found = names("Norway shut its ports. Ola Strand contributed from her savings, she said.");
    assert!(found.contains(&"Ola Strand".to_owned()), "{found:?}");
}

#[test]
fn shoals_reefs_and_capes_are_places() {
    assert!(names("The patrol boat was sailing to Marlin Shoal and then past Cape Orrin.").is_empty());
}

#[test]
fn a_capital_inside_a_place_name_is_no_actor() {
    let found = names("Two ships were hit in the Gulf of Aden, and the Port of Odesa closed.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn countries_named_only_as_a_route_an_address_or_inside_a_place_are_no_actors() {
    let found = names("The pipeline runs 900 kilometres from Chad to Cameroon, engineers said.");
    assert!(!found.iter().any(|n| n == "Chad" || n == "Cameroon"), "{found:?}");
    let found = names("The ship's owner, Borealis Tankers of Ostia, Italy, said the crew was safe.");
    assert!(!found.iter().any(|n| n == "Italy"), "{found:?}");
    let found = names("The tanker was escorted to Ostia, Italy, by a patrol boat.");
    assert!(!found.iter().any(|n| n == "Italy"), "{found:?}");
    let found = names("The tanker was escorted to Accra, Ghana, by a patrol boat.");
    assert!(!found.iter().any(|n| n == "Ghana"), "{found:?}");
    let found = names("Gangs hide in the creeks of the Chad Basin.");
    assert!(!found.iter().any(|n| n == "Chad"), "{found:?}");
    // A country that acts is still one, and a list after "of" is no address.
    let found = names("Chad sent troops from Chad to Cameroon. The threat of Iran, Russia and China grew.");
    assert!(found.iter().any(|n| n == "Chad") && found.iter().any(|n| n == "Russia"), "{found:?}");
}

#[test]
fn places_named_by_travel_lists_place_words_and_islands_are_no_actors() {
    let found = names(
        "Jo Bell, who was due to fly to Santa Lucia de Tirajan, waited. Airports shut, as \
         did Brill International Airport. Troops landed on Kessa Vora island. Diplomats met \
         for a meeting on Chad.",
    );
    assert_eq!(found, ["Jo Bell"]);
}

#[test]
fn a_name_alone_or_with_a_label_below_the_headline_is_a_byline() {
    let text = "Ferry sinks off the coast, crew rescued\n\nMarta Lindqvist\nBergen, May 4\n\n\
                Orin Tamsett, Maritime Affairs Correspondent\n\n\
                The ferry sank on Monday, harbour master Jonas Brekke said.";
    let found = names(text);
    assert!(!found.iter().any(|n| n.contains("Lindqvist") || n.contains("Tamsett")), "{found:?}");
    assert!(found.contains(&"Jonas Brekke".to_owned()), "{found:?}");
}

#[test]
fn bylines_in_other_house_styles_name_no_actors() {
    let lower_by =
        "Dam opens on the river\n\nby Petra Holmqvist\n\nThe dam opened, engineer Lars Evjen said.";
    let two_places = "Storm hits the port\n\nMira Tolvanen in Oslo and Deng Hao in Shanghai\n\n\
                      The storm closed the port, harbour master Lars Evjen said.";
    let role = "Floods in the valley\n\nGreta Holloway South West of England correspondent\n\n\
                The river rose, engineer Lars Evjen said.";
    let desk =
        "Floods in the valley\n\nThe Morning Ledger Bureau\n\nThe river rose, engineer Lars Evjen said.";
    let colon = "Floods in the valley\n\nBy: Petra T. Holmqvist - Reporter\n\nThe river rose, engineer Lars Evjen said.";
    let bar = "Floods in the valley\n\nPetra Holmqvist | TNN\n\nThe river rose, engineer Lars Evjen said.";
    let label_bar =
        "Floods in the valley\n\nANALYSIS | By Petra Holmqvist\n\nThe river rose, engineer Lars Evjen said.";
    let release =
        "Floods in the valley\n\nPorto Verde, 22 May 2025 – The river rose, engineer Lars Evjen said.";
    let release_us =
        "Floods in the valley\n\nSanta Clara, May 22, 2025 — The river rose, engineer Lars Evjen said.";
    let dated = "Floods in the valley\n\nPetra Holmqvist, Mira Tolvanen — Sunday, 30 November 2025, \
                 08:12\n\nThe river rose, engineer Lars Evjen said.";
    let dated_one =
        "Floods in the valley\n\nPetra Holmqvist – 9 May 2025\n\nThe river rose, engineer Lars Evjen said.";
    for text in
        [lower_by, two_places, role, desk, colon, bar, label_bar, release, release_us, dated, dated_one]
    {
        assert_eq!(names(text), ["Lars Evjen"], "{text}");
    }
    // A name, a dash and a date inside a sentence are no byline.
    let sentence = "Floods in the valley\n\nPetra Holmqvist — an engineer since May 2025 — said the river \
                    rose.";
    assert!(names(sentence).contains(&"Petra Holmqvist".to_owned()));
}

#[test]
fn assistance_edit_and_contact_lines_are_credits() {
    let text = "The river rose, engineer Lars Evjen said.\n\n--With assistance from Ines Castillo.\n\n\
                Edited by: Rolf Becker\n\nTo contact the reporter on this story:\n\
                Mara Jensen in Oslo at mjensen@example.com";
    assert_eq!(names(text), ["Lars Evjen"]);
    // A name on a line with a handle, not an address, is still read.
    assert!(
        names("Officials said on Monday.\n\nMara Jensen wrote @ the council.")
            .contains(&"Mara Jensen".to_owned())
    );
}

#[test]
fn a_seat_later_in_a_list_of_places_or_after_a_part_of_a_place_is_a_place() {
    let text = "Threats were sent to mosques in Lyon, Nantes and Brussels and to a church in Lille and \
                Brussels. A device was thrown at a cafe in the old district of Brussels.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // Acting, the seat still stands for its body.
    assert_eq!(names("Brussels said the sanctions would stay."), ["European Union"]);
}

#[test]
fn a_reporters_credit_line_names_no_actor() {
    let text = "Tanker hit in the strait\n\nMara Jensen reported from Oslo, and Deng Hao from Shanghai.\n\n\
                The tanker was hit, harbour master Lars Evjen said.";
    assert_eq!(names(text), ["Lars Evjen"]);
}

#[test]
fn states_on_a_ships_route_are_places() {
    let text = "Tanker hit\n\nThe tanker was carrying crude from Oman to the Mediterranean when it was \
                hit. Another loaded fertiliser from Ghana's port of Tema.";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn the_far_end_of_a_route_whose_start_is_described_is_a_place() {
    // The start described by its state and port, or by its country, in a few words.
    let text = "Tanker hit\n\nThe ship was carrying grain from Ghana's port of Tema to India when it \
                was hit. Another sailed from Ajman in the United Arab Emirates to Singapore.";
    let found = names(text);
    assert!(!found.iter().any(|n| n == "India" || n == "Singapore"), "{found:?}");
    // A verb after the first end makes no route of it.
    let found = names("Hackers from Kessa were trying to reach Norway, officials said. Norway said so.");
    assert!(found.iter().any(|n| n == "Norway"), "{found:?}");
}

#[test]
fn a_region_named_alone_is_no_actor() {
    let found =
        names("Kestrel Mobile runs networks in the Baltic and the Balkans. Patrols in the Sahel grew.");
    assert_eq!(found, vec!["Kestrel Mobile".to_owned()], "{found:?}");
    // Not only after a preposition of place: as a subject too.
    let found = names("The Sahel said nothing. The Baltic warned of storms, and the Caucasus stayed calm.");
    assert!(found.is_empty(), "{found:?}");
    // A name that only opens with the region's word is another matter.
    let found = names("The Baltic Fleet sailed from Kaliningrad on Monday, the navy said.");
    assert!(found.iter().any(|n| n == "Baltic Fleet"), "{found:?}");
}

#[test]
fn an_agency_dateline_with_its_place_in_plain_capitals_credits_no_actor() {
    let found = names("Kessa (AFP) - Ecuador said on Sunday it had seized a tanker off its coast.");
    assert_eq!(found, ["Ecuador"]);
}

#[test]
fn a_name_joined_by_and_to_a_place_is_a_place() {
    let text = "Troops were deployed in Vellora and Baja Tessin, the main smuggling corridors, Ana Ruiz \
                told a press conference.\n\n\"We are acting,\" she said.";
    assert_eq!(names(text), ["Ana Ruiz"]);
    let text = "Floods hit homes in Kessa and Nor Vellin on Sunday, Ana Ruiz said.";
    assert_eq!(names(text), ["Ana Ruiz"]);
    // Two people met: no place before the first.
    let text = "Ana Ruiz met Tomas Vell and Jo Bell on Sunday.";
    assert_eq!(names(text), ["Ana Ruiz", "Tomas Vell", "Jo Bell"]);
}

#[test]
fn people_listed_with_their_places_stay_people() {
    let text = "After the wins of Tomas Vell in Kessa, Ana Ruiz in Nor Vellin and Jo Bell in Tarsk, \
                the party gained ground.";
    assert_eq!(names(text), ["Tomas Vell", "Ana Ruiz", "Jo Bell"]);
}

#[test]
fn a_state_a_border_runs_along_or_goods_come_from_is_a_place() {
    let text = "Chad said the rebels had attacked a convoy near the border with Niger.";
    assert_eq!(names(text), ["Chad"]);
    let text = "The militants imposed a blockade on fuel imports from Niger, Chad said.";
    assert_eq!(names(text), ["Chad"]);
    let text = "Chad said exporters had rerouted their stock through Niger.";
    assert_eq!(names(text), ["Chad"]);
    // A state forces are sent to the border of is the one faced.
    let text = "Chad deployed 5,000 soldiers to its border with Niger on Monday.";
    assert_eq!(names(text), ["Chad", "Niger"]);
    // A state that trades or talks with another still acts.
    let text = "Chad signed a security pact with Niger on Monday.";
    assert_eq!(names(text), ["Chad", "Niger"]);
}

#[test]
fn a_currency_sign_glued_to_a_states_letters_names_money() {
    let text = "Kenya will get a tranche of around US$ 350 million, its treasury said.";
    assert_eq!(names(text), ["Kenya"]);
    let text = "Kenya borrowed US$200 million from the fund.";
    assert_eq!(names(text), ["Kenya"]);
}

#[test]
fn a_name_set_after_a_place_noun_between_commas_is_that_place() {
    // A capital and a temple in apposition.
    let found = names(
        "Two farmers are in hospital in the state capital, Vela Nova, officials said. \
         Fighting near another temple, Wat Kessa, killed 20 people, Jo Bell said.",
    );
    assert_eq!(found, ["Jo Bell"]);
    // Ports listed after "of" or "such as".
    let found = names(
        "Protesters halted loadings at the eastern ports of Ras Kell and Es Varo. \
         Chemicals arrive through ports such as Manzano and Porto Lindo, Jo Bell said.",
    );
    assert_eq!(found, ["Jo Bell"]);
    // A firm that owns ports is no place.
    let found = names("Adani said it would expand. The group runs the Adani ports along the coast.");
    assert_eq!(found, ["Adani"]);
    // A speaker after the scene, or a name described as someone, stays a person.
    assert_eq!(names("Violence returned to the capital, Ali Hassan said."), ["Ali Hassan"]);
    assert_eq!(names("In the capital, Ali Hassan, a resident, said the shops were shut."), ["Ali Hassan"]);
}

#[test]
fn a_place_opening_the_scene_before_a_group_of_people_is_no_organisation() {
    let found =
        names("Cars burned overnight. In Ostavia, a group of youths rammed a burning car into a gate.");
    assert!(found.is_empty(), "{found:?}");
    // A firm so described still is one.
    let found = names("Orvex, a group of logistics firms, said it would cut jobs.");
    assert_eq!(found, ["Orvex"]);
}

#[test]
fn a_name_only_ever_set_alone_in_quotation_marks_is_a_label() {
    let found = names(
        "Piracy fell after Kessa launched its \"Deep Current\" maritime programme. Hotels promote the \
         region under the slogan “Discover Vellmark,” Jo Bell said.",
    );
    assert_eq!(found, ["Jo Bell"]);
    // Named once outside the marks, it acts.
    let found = names("Ostvik Shield said it was hit. The \"Ostvik Shield\" team later restored the site.");
    assert_eq!(found, ["Ostvik Shield"]);
    // Marks that close and open quotes around a name quote neither name.
    let found =
        names("He mocked his rivals (\"Low energy\" Jo Bell, \"Little\" Ana Orm) all year, Jo Bell said.");
    assert!(found.contains(&"Ana Orm".to_owned()), "{found:?}");
    // A name a group or a person goes by acts.
    let found = names("On Sunday, a group calling itself the “Kell Cyber Army” said it had hacked the site.");
    assert_eq!(found, ["Kell Cyber Army"]);
}

#[test]
fn a_city_named_as_the_capital_and_a_state_a_ship_lies_off_are_places() {
    // Chad's capital is a seat of government the gazetteer knows: named as "the capital" it is
    // where, not N'Djamena's government acting.
    assert!(names("The militia controls the north but not the capital N'Djamena.").is_empty());
    assert!(names("The militia controls the north but not the capital, N'Djamena.").is_empty());
    assert!(names("A tanker anchored off Djibouti reported an explosion.").is_empty());
    // Named as an actor elsewhere, the state stays.
    assert_eq!(
        names("A tanker anchored off Djibouti was hit. Djibouti said it would investigate."),
        ["Djibouti"]
    );
}

#[test]
fn people_counted_by_where_they_come_from_name_origins() {
    let found =
        names("The 21 seafarers, 17 from the Philippines, two from Ukraine and one from Romania, are held.");
    assert!(found.is_empty(), "{found:?}");
    // "one of" a state's allies names the state.
    assert_eq!(names("Egypt is one of Sudan's closest allies."), ["Egypt", "Sudan"]);
}

#[test]
fn areas_zones_and_waters_of_a_state_are_places() {
    assert!(names("Jets struck rebel-held areas of Yemen on Saturday.").is_empty());
    let found = names("The shoal lies inside the economic zones of the Philippines, Vietnam and Malaysia.");
    assert!(found.is_empty(), "{found:?}");
    assert!(names("The drone entered the airspace of Lithuania.").is_empty());
    // "as part of" a state's campaign names the state acting.
    assert_eq!(names("The arrests were part of Russia's campaign."), ["Russia"]);
}

#[test]
fn a_neighbouring_or_occupied_state_after_a_preposition_of_place_is_where() {
    assert!(names("Prosecutors in neighbouring Lithuania charged four people.").is_empty());
    assert!(names("The cocaine moves through Ecuador on its way to the United States.").is_empty());
    // Acting elsewhere in the text, the state stays.
    assert_eq!(
        names("Prosecutors in neighbouring Lithuania charged four people. Lithuania said more would follow."),
        ["Lithuania"]
    );
}

#[test]
fn a_state_drones_are_launched_from_or_a_ship_towed_to_is_a_place() {
    assert!(names("A frigate shot down three drones launched from Yemen.").is_empty());
    assert!(names("The burning vessel was towed to Djibouti.").is_empty());
    assert_eq!(names("Iran launched drones at the ship."), ["Iran"]);
}

#[test]
fn a_fort_named_in_a_list_of_towns_is_a_place() {
    let found = names(
        "Four emergency departments, in Toledo, Fort Wayne, Lima and Findlay, were closed to \
         ambulances.",
    );
    assert!(!found.iter().any(|n| n.contains("Wayne")), "{found:?}");
}

#[test]
fn a_contact_label_may_run_on_in_plain_words_to_its_colon() {
    let text = "Insurers face scrutiny\n\nInsurers are under pressure, officials said.\n\nTo contact \
                the reporters on this story: Tomas Lindgren in Stockholm; Priya Raman in London";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn a_continent_after_a_title_or_an_adjective_is_no_actor() {
    let found = names("The alliance's Supreme Allied Commander Europe met the press in Mons.");
    assert!(!found.iter().any(|n| n.contains("Europe")), "{found:?}");
    let found = names("Trade with Lusophone Africa grew, the Kell Trade Office said.");
    assert!(!found.iter().any(|n| n.contains("Africa")), "{found:?}");
}

#[test]
fn a_court_named_as_where_a_case_is_heard_is_no_actor() {
    let found = names("Jo Bell pleaded guilty on Monday in Kell District Court in Orm to smuggling chips.");
    assert!(!found.iter().any(|n| n.contains("Court")), "{found:?}");
    let found = names("The men appeared before the Higher Regional Court in Orm on Tuesday.");
    assert!(!found.iter().any(|n| n.contains("Court")), "{found:?}");
    // A court that acts stays.
    let found = names("The Kell Revolutionary Court sentenced Jo Bell to ten years on Monday.");
    assert!(found.iter().any(|n| n.contains("Court")), "{found:?}");
    // Named again by its noun as the one told, or after a preposition, it is still the venue.
    let found = names(
        "Jo Bell was convicted at Orm Crown Court of arson. Experts told the court that the device \
         was crude. Her lawyer spoke to the court on Friday.",
    );
    assert!(!found.iter().any(|n| n.contains("Court")), "{found:?}");
    // A venue court that later acts is an actor.
    let found = names("Jo Bell appeared at Orm Crown Court on Monday. The court sentenced her to ten years.");
    assert!(found.iter().any(|n| n.contains("Court")), "{found:?}");
}

#[test]
fn a_stock_exchange_is_where_shares_trade_not_an_actor() {
    let found = actors(
        "Shares fall\n\nShares of Halvorsen fell 4% on the Oslo Stock Exchange. Rivals listed on the \
         Kessa Securities Exchange rose.",
    );
    assert!(!found.iter().any(|(name, _, _)| name.contains("Exchange")), "{found:?}");
}

#[test]
fn states_that_name_a_place_or_where_people_come_from_are_no_actors() {
    // A state's name closing a longer place name.
    let found = names("Rebels based around Lake Chad attacked a post. Troops moved to Mocímboa da Praia.");
    assert!(!found.iter().any(|n| n == "Chad" || n == "Cabo Verde"), "{found:?}");
    // Where recruits and ratings come from.
    let found = names(
        "Fighters travelled to Puntland, including recruits from Ethiopia, Tanzania and Sudan. \
         The crew included four ratings from Poland and Ukraine.",
    );
    assert!(
        !found.iter().any(|n| ["Ethiopia", "Tanzania", "Sudan", "Poland", "Ukraine"].contains(&n.as_str())),
        "{found:?}"
    );
    // The borders and ports of states a group spreads toward or fuel comes from.
    let found = names(
        "The group expanded toward the borders of Benin, Togo and Nigeria. It targeted fuel from \
         the ports of Dakar and Abidjan.",
    );
    assert!(
        !found.iter().any(|n| ["Benin", "Togo", "Nigeria", "Senegal", "Côte d'Ivoire"].contains(&n.as_str())),
        "{found:?}"
    );
    // A state acting is still one.
    let found = names("Chad sent troops to the border. Nigeria said it would help.");
    assert!(found.contains(&"Chad".to_owned()) && found.contains(&"Nigeria".to_owned()), "{found:?}");
}

#[test]
fn exercises_and_lines_on_a_map_are_no_actors() {
    let found = names(
        "Troops took part in Exercise Steadfast Dart. Fire came from posts across the Line of \
         Control (LoC) and near the Line of Actual Control (LAC). The army said the LAC was calm.",
    );
    assert!(
        !found.iter().any(|n| n.starts_with("Exercise") || n.starts_with("Line") || n == "LAC"),
        "{found:?}"
    );
    // A body with its initials is still one.
    let found = names("The Kessa Border Force (KBF) said the line was calm.");
    assert!(found.contains(&"Kessa Border Force".to_owned()), "{found:?}");
}

#[test]
fn a_bazaar_a_report_credit_and_an_ombudsman_s_title_make_no_actor_of_their_words() {
    let found = names(
        "Storm\n\nIn Kessa's busy Raja Bazaar, shoppers shrugged. Human Rights Defender Ana Vell said \
         her office had appealed.\n\n— With a report from Mara Jensen\n",
    );
    assert_eq!(found, ["Ana Vell"]);
}

#[test]
fn the_ends_of_a_road_between_two_places_are_places() {
    let found = names("Fighters torched 40 tankers on the main highway between Senegal and Mali's capital.");
    assert!(!found.iter().any(|n| n == "Senegal"), "{found:?}");
    let found = names("The railway between Norway and Sweden was cut by the storm.");
    assert!(found.is_empty(), "{found:?}");
    // The two states a border divides are parties to it.
    let found =
        names("Clashes on the border between Norway and Sweden left two dead. Norway said it fired back.");
    assert!(found.contains(&"Norway".to_owned()), "{found:?}");
    // So are the states at the ends of a cable that was cut.
    let found = names("An anchor cut the cables between Finland and Estonia, Finnish investigators said.");
    assert!(found.contains(&"Finland".to_owned()), "{found:?}");
}

#[test]
fn a_region_named_with_its_word_is_a_place() {
    // "Pradesh" makes "Himachal Pradesh" a place, so the title after it is read as the person's.
    let found = actors(
        "Norway rejects list for Himachal places\n\nHimachal Pradesh Chief Minister Ana Vell said the \
         list was a fantasy. Vell said the names were old.",
    );
    assert!(!found.iter().any(|a| a.0.contains("Himachal")), "{found:?}");
    let vell = found.iter().find(|a| a.0 == "Ana Vell").expect("the chief minister");
    assert!(vell.2.iter().any(|alias| alias == "Chief Minister Ana Vell"), "{vell:?}");
}

#[test]
fn a_community_and_a_place_a_clause_describes_are_places() {
    // "the community of …" names a place, as "the village of …" does.
    let found = names("The convoy was escorting a team near the community of El Vessa, in the hills.");
    assert!(found.is_empty(), "{found:?}");
    // An appositive whose noun a clause follows ("a state it created", "a town that lies").
    let found = names("Elections were held in Kell Esequiba, a state it created by law in 2024.");
    assert!(found.is_empty(), "{found:?}");
    let found = names("Rebels attacked Ashford Vale, a town that lies on the river.");
    assert!(found.is_empty(), "{found:?}");
    // A person described by a clause is still a person.
    assert_eq!(names("Ana Vell, a lawmaker who represents the town, said it was calm."), ["Ana Vell"]);
}

#[test]
fn a_state_that_opens_a_title_or_a_road_number_is_no_actor() {
    // A state's name opening a person's title says whose office it is.
    let text = "The man appeared before U.S. Magistrate Judge Ana Vell on Tuesday. Acting U.S. \
                Attorney Jo Bell said he had picked a date.";
    assert_eq!(names(text), ["Ana Vell", "Jo Bell"]);
    // A numbered road carries a state's name.
    let text = "Deputies closed a stretch of U.S. Highway 191, Tom Reed said.";
    assert_eq!(names(text), ["Tom Reed"]);
    // Nor a title's opening in a headline in Title Case.
    let text = "U.S. Envoy Meets Gulf Leaders\n\nThe talks began on Monday, Tom Reed said.";
    assert!(names(text).contains(&"United States".to_owned()), "{:?}", names(text));
    // A headline in capitals is no numbered thing.
    let text = "China Sends 3 Warships Near Strait\n\nThe ships sailed on Monday, Tom Reed said.";
    assert!(names(text).contains(&"China".to_owned()), "{:?}", names(text));
    // A state that acts elsewhere in the article stays an actor.
    let text = "Canadian Ambassador Ana Vell met officials. Canada said it would send aid.";
    assert!(names(text).contains(&"Canada".to_owned()), "{:?}", names(text));
}

#[test]
fn a_routes_second_end_after_the_a_crews_origin_and_a_place_sailed_past_are_places() {
    let found =
        names("The vessel, carrying ore from Brazil to the United Arab Emirates, was boarded on Tuesday.");
    assert!(found.is_empty(), "{found:?}");
    let found =
        names("The firm lost contact with the crew, who are from the Philippines, India and Ukraine.");
    assert!(found.is_empty(), "{found:?}");
    let found = names("Every frigate escorting a tanker past Yemen is one not off the coast.");
    assert!(found.is_empty(), "{found:?}");
    // A state the crew meets is still an actor.
    let found = names("The crew, who are from the Philippines, were detained by Iran.");
    assert_eq!(found, ["Iran"]);
}
