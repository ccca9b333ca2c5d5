use super::*;

fn columns_ok(source: &str, count: usize) {
    for line in data_lines(source) {
        assert_eq!(line.split('\t').count(), count, "wrong number of columns: {line:?}");
    }
}

#[test]
fn every_shipped_line_parses() {
    columns_ok(COUNTRIES_TSV, 5);
    columns_ok(ORGS_TSV, 4);
    columns_ok(THREAT_CUES_TSV, 5);
    columns_ok(ORG_HEADS_TXT, 2);
    columns_ok(INSTITUTIONS_TSV, 2);
    for line in data_lines(ORGS_TSV) {
        let kind = line.split('\t').nth(2).unwrap_or("");
        assert!(ActorKind::parse(kind).is_some(), "unknown kind in {line:?}");
    }
    for line in data_lines(THREAT_CUES_TSV) {
        let columns: Vec<&str> = line.split('\t').collect();
        assert!(ThreatCategory::parse(columns[1]).is_some(), "unknown category in {line:?}");
        assert!(Severity::parse(columns[2]).is_some(), "unknown severity in {line:?}");
        assert!(matches!(columns[3], "strong" | "weak"), "unknown strength in {line:?}");
    }
    assert_eq!(LEXICON.cue_groups.len(), data_lines(THREAT_CUES_TSV).count());
}

/// Every plain word list, by file name, as lower-case entries (first column of a tab file).
fn word_list_files() -> Vec<(&'static str, Vec<String>)> {
    let first_column = |source: &str| {
        data_lines(source).map(|l| l.split('\t').next().unwrap_or("").trim().to_lowercase()).collect()
    };
    vec![
        ("stopwords.txt", first_column(STOPWORDS_TXT)),
        ("sentence-openers.txt", first_column(SENTENCE_OPENERS_TXT)),
        ("common-words.txt", first_column(COMMON_WORDS_TXT)),
        ("place-words.txt", first_column(PLACE_WORDS_TXT)),
        ("places.txt", first_column(PLACES_TXT)),
        ("speech-verbs.txt", first_column(SPEECH_VERBS_TXT)),
        ("titles.txt", first_column(TITLES_TXT)),
        ("org-heads.txt", first_column(ORG_HEADS_TXT)),
        ("institutions.tsv", first_column(INSTITUTIONS_TSV)),
        (
            "abbreviations.txt",
            data_lines(ABBREVIATIONS_TXT)
                .map(|l| l.trim().trim_end_matches('#').trim().to_lowercase())
                .collect(),
        ),
    ]
}

fn duplicates(entries: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut repeated: Vec<String> = entries.iter().filter(|e| !seen.insert(e.as_str())).cloned().collect();
    repeated.sort();
    repeated.dedup();
    repeated
}

#[test]
fn no_word_is_listed_twice_in_a_file_or_a_section() {
    let mut found = Vec::new();
    for (file, entries) in word_list_files() {
        for word in duplicates(&entries) {
            found.push(format!("{file}: {word}"));
        }
    }
    for (file, source) in RULE_WORD_FILES {
        for (section, entries) in sections(source) {
            let entries: Vec<String> = entries.iter().map(|e| (*e).to_owned()).collect();
            for word in duplicates(&entries) {
                found.push(format!("{file} [{section}]: {word}"));
            }
        }
    }
    assert!(found.is_empty(), "listed twice: {found:?}");
}

#[test]
fn no_word_is_in_two_lists_where_one_makes_the_other_redundant() {
    // A stopword ends every capitalised run before the common-word test is reached, so a word
    // in both lists is dead weight in one of them; likewise a place word and an org head
    // contradict each other, and a rule list repeated in two files is one list too many.
    let files = word_list_files();
    let list = |name: &str| -> HashSet<String> {
        files
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, e)| e.iter().cloned().collect())
            .unwrap_or_default()
    };
    let mut found = Vec::new();
    for (a, b) in [
        ("stopwords.txt", "common-words.txt"),
        ("place-words.txt", "org-heads.txt"),
        ("places.txt", "place-words.txt"),
        ("titles.txt", "org-heads.txt"),
    ] {
        let mut both: Vec<String> = list(a).intersection(&list(b)).cloned().collect();
        both.sort();
        if !both.is_empty() {
            found.push(format!("{a} and {b}: {both:?}"));
        }
    }
    let mut section_files: HashMap<&str, &str> = HashMap::new();
    for (file, source) in RULE_WORD_FILES {
        for (section, _) in sections(source) {
            if let Some(other) = section_files.insert(section, file) {
                found.push(format!("[{section}] in {other} and {file}"));
            }
        }
    }
    assert!(found.is_empty(), "redundant entries: {found:?}");
}

#[test]
fn every_rule_word_section_is_known_and_every_list_has_words() {
    for (file, source) in RULE_WORD_FILES {
        for (section, _) in sections(source) {
            assert!(Words::from_section(section).is_some(), "{file}: unknown section [{section}]");
        }
    }
    for (words, name) in Words::ALL {
        assert!(!LEXICON.entries(*words).is_empty(), "[{name}] is empty or missing");
        assert_eq!(Words::ALL[*words as usize].0, *words, "Words::ALL is out of order at [{name}]");
    }
    assert!(LEXICON.has(Words::NameParticles, "bin"));
    assert!(!LEXICON.has(Words::NameParticles, "Bin"), "has() compares the word as written");
    assert!(is_dotted_abbreviation("Gen", false) && is_dotted_abbreviation("MR", false));
    assert!(!is_dotted_abbreviation("General", false));
    // Capitalised in the data: "Feb." keeps its dot, "ill." ends a sentence.
    assert!(is_dotted_abbreviation("Feb", false) && !is_dotted_abbreviation("feb", false));
    // "No #": only before a number.
    assert!(is_dotted_abbreviation("No", true) && !is_dotted_abbreviation("No", false));
}

#[test]
fn covers_every_un_member_state() {
    // 193 members, two observers, Taiwan and Kosovo.
    assert_eq!(LEXICON.countries.len(), 197);
}

fn phrase(text: &str) -> Option<(String, Form)> {
    let tokenized = tokenize(text);
    let found = LEXICON.phrase_at(&tokenized, 0)?;
    Some((LEXICON.entity_name(found.entry.entity?).to_owned(), found.entry.form))
}

#[test]
fn finds_names_abbreviations_seats_and_nationalities() {
    assert_eq!(phrase("Democratic People's Republic of Korea"), Some(("North Korea".into(), Form::Name)));
    assert_eq!(phrase("DPRK"), Some(("North Korea".into(), Form::Name)));
    assert_eq!(phrase("U.S. officials"), Some(("United States".into(), Form::Name)));
    assert_eq!(phrase("Kremlin"), Some(("Russia".into(), Form::Seat)));
    assert_eq!(phrase("North Koreans"), Some(("North Korea".into(), Form::Collective)));
    assert_eq!(phrase("South Korean"), Some(("South Korea".into(), Form::Adjective)));
    assert_eq!(phrase("IAEA"), Some(("International Atomic Energy Agency".into(), Form::Name)));
}

#[test]
fn all_caps_aliases_need_capitals_and_names_need_a_capital() {
    assert_eq!(phrase("Us"), None);
    assert_eq!(phrase("us"), None);
    assert_eq!(phrase("russia"), None);
    assert_eq!(phrase("Tel Aviv").map(|(_, form)| form), None, "places have no entity");
}

#[test]
fn titles_take_modifiers_and_ignore_case() {
    let tokenized = tokenize("Deputy Foreign Minister Sergei Ryabkov and foreign minister Jack Straw");
    assert_eq!(LEXICON.title_at(&tokenized, 0), Some(3));
    assert_eq!(LEXICON.title_at(&tokenized, 6), Some(8));
}

#[test]
fn cues_prefer_the_longest_phrase() {
    let tokenized = tokenize("a nuclear test and missiles");
    let (end, group) = LEXICON.cue_at(&tokenized, 1).unwrap_or_default();
    assert_eq!(end, 3);
    assert_eq!(LEXICON.cue_groups[group].family, "nuclear-test");
    assert!(LEXICON.cue_at(&tokenized, 0).is_none());
}

#[test]
fn word_lists_recorded_on_a_text_answer_as_the_lists_themselves() {
    // Every entry of every list, in a text of its own words, with other words between.
    let mut source = String::from("Nothing here. ");
    for entries in &LEXICON.rule_word_entries {
        for entry in entries.iter().take(40) {
            source.push_str(entry);
            source.push_str(" and Zebulon, ");
        }
    }
    let mut recorded = crate::extract::tokens::tokenize(&source);
    recorded.set_word_info(|key| LEXICON.word_info(key));
    let plain = crate::extract::tokens::tokenize(&source);
    let mut hits = 0;
    for index in 0..recorded.tokens.len() {
        for (words, _) in Words::ALL {
            let fast = LEXICON.word_in(*words, &recorded, index);
            assert_eq!(fast, LEXICON.word_in(*words, &plain, index), "{:?} {:?}", words, recorded.key(index));
            assert_eq!(fast, recorded.is_word(index) && LEXICON.has(*words, recorded.key(index)));
            hits += usize::from(fast);
        }
    }
    assert!(hits > 500, "only {hits} list words found");
    assert_eq!(LEXICON.lists_of("zebulon"), 0);
    assert_eq!(LEXICON.word_info("zebulon"), (0, 0));
    for key in ["the", "said", "missile", "minister", "january", "zebulon"] {
        assert_eq!(LEXICON.word_info(key), (LEXICON.classify(key), LEXICON.lists_of(key)), "{key}");
    }
}

#[test]
fn a_particle_joined_by_a_hyphen_may_be_written_apart() {
    assert_eq!(particle_apart("al-Zarqa Brigade").as_deref(), Some("al Zarqa Brigade"));
    assert_eq!(particle_apart("Jama'at el-Nour").as_deref(), Some("Jama'at el Nour"));
    assert_eq!(particle_apart("Port-au-Prince"), None);
    assert_eq!(particle_apart("self-Defence"), None);
    assert!(LEXICON.lookup("al Shabaab").is_some(), "the gazetteer's hyphenated alias, apart");
}

#[test]
fn a_long_phrase_is_found_through_words_that_are_no_phrase_of_their_own() {
    // "Democratic People's Republic" is no phrase, only the start of one: reading goes on.
    let tokenized = tokenize("Democratic People's Republic of Korea said");
    let found = LEXICON.phrase_at(&tokenized, 0).map(|found| found.end);
    assert_eq!(found, Some(tokenized.token_at_or_after("Democratic People's Republic of Korea".len())));
    // Every phrase of three words or more, written with capitals, is found whole.
    let mut checked = 0;
    for key in LEXICON.phrases.keys().filter(|key| key.split(' ').count() >= 3).take(400) {
        let titled: Vec<String> = key
            .split(' ')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
            })
            .collect();
        let text = format!("{} stands here", titled.join(" "));
        let tokenized = tokenize(&text);
        let words = key.split(' ').count();
        // Only where the text reads back as the key ("People 's" does not).
        if tokenized.key_span(0, words) != key.as_str() {
            continue;
        }
        let Some(found) = LEXICON.phrase_at(&tokenized, 0) else { continue };
        if tokenized.key_span(0, found.end) == key.as_str() {
            checked += 1;
        } else {
            // A longer phrase may win; a shorter one never may.
            assert!(found.end > words, "{key:?} read only as {:?}", tokenized.key_span(0, found.end));
        }
    }
    assert!(checked > 50, "only {checked} phrases checked");
}

#[test]
fn the_longest_title_is_found_and_a_retired_marker_joins_it() {
    // "chief of defence staff" is longer than "chief"; the search stops once no title goes on.
    let tokenized = tokenize("Chief of Defence Staff Ivo Marr spoke to the chief later.");
    assert_eq!(LEXICON.title_at(&tokenized, 0), Some(4));
    // "Maj.", "(", "ret.", ")".
    let tokenized = tokenize("Maj. (ret.) Ivo Marr spoke.");
    assert_eq!(LEXICON.title_at(&tokenized, 0), Some(4));
}

#[test]
fn a_party_and_state_tag_with_a_dotted_state_is_one_word() {
    // The tokenizer keeps "N.J." whole after the hyphen, so its dots end no sentence.
    let t = tokenize("Rep. Ivo Brandt (D-N.J.) said no. Sen. Lia Marsh (R-S.D.) agreed.");
    let words: Vec<&str> = (0..t.tokens.len()).map(|i| t.token_text(i)).collect();
    assert!(words.contains(&"D-N.J.") && words.contains(&"R-S.D."), "{words:?}");
    assert_eq!(t.sentences.len(), 2);
}

#[test]
fn states_written_with_a_letter_and_a_dot_are_read_without_the_lexicon() {
    // The tokenizer asks this while the lexicon loads its own phrases: it must not need LEXICON.
    assert!(super::is_abbreviated_state("N. Korea"));
    assert!(super::is_abbreviated_state("S. Korea"));
    assert!(!super::is_abbreviated_state("T. Lopez"));
    assert!(!super::is_abbreviated_state("Korea"));
}
