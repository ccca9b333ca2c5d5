//! Suggestion quality on the annotated fixture articles in `tests/fixtures/extract/`, written for
//! Briefsmith. Each `NAME.txt` has a `NAME.json` with the expected actors, quotes (with speakers)
//! and threats, in the shape of the shared development set's gold files, plus `not_actor` entries
//! (credit lines, places) that must never be proposed.
//!
//! A small scorer (the same matching rules as the development set's, simplified) computes
//! precision and recall over all fixtures, and the test fails when a score drops below its floor.
//! The floors sit a little under what the engine reaches, so a regression shows up here first.
//!
//! Fixtures `11-` to `14-` and `21-` to `24-` are wire-style security reports written after the
//! rules, as a held-out check, and annotated before the engine was run on them. The first four were
//! then used to find error classes; `21-` to `24-` were scored untouched first (actors 0.717,
//! quotes 1.000, speakers 0.833, threats 0.750) and only then read. `31-` to `38-` (set C) and
//! `41-` to `46-` (set D) were written the same way by another hand: set C was scored untouched
//! (0.885 / 1.000 / 0.939 / 0.447) and then used to find error classes; set D was scored untouched
//! before and after that round (0.849 / 1.000 / 0.869 / 0.588, then 0.849 / 1.000 / 0.869 / 0.595)
//! and not read. `51-` to `60-` (set E, ten reports by another hand that had not seen the engine)
//! were scored untouched before and after the next round of rules, which was written from sets A–D
//! (0.858 / 1.000 / 0.907 / 0.588, then 0.862 / 1.000 / 0.916 / 0.581), and not read until the
//! round after, which used it to find threat error classes (threats 0.581 before, 0.867 after, by
//! the development scorer; actors and speakers 0.862 / 0.916 before, 0.977 / 1.000 after). `61-`
//! to `70-` (set F, ten more by another hand: a live blog, a think-tank report, a press release
//! and features among them) were scored untouched before and after the set E round (0.878 / 1.000 /
//! 0.820 / 0.582, then 0.894 / 1.000 / 0.820 / 0.582) and read in the round after (0.949 / 1.000 /
//! 0.910 / 0.867). `71-` to `80-` (set G, ten more by another hand: wire, features, a
//! statement, a brief, a TV transcript, a Q&A) were scored untouched before and after the set F
//! round (0.900 / 1.000 / 0.912 / 0.560, then 0.900 / 1.000 / 0.912 / 0.588) and read in the round
//! after (0.947 / 1.000 / 0.971 / 0.800). The floors cover all of them together (0.968 / 1.000 /
//! 0.959 / 0.830 when set G was added; 0.971 / 1.000 / 0.965 / 0.830 after the set H round of
//! actor and speaker rules, which raised the actor and speaker floors). `81-` to `90-` (set H, ten
//! more by another hand) were scored untouched before and after the set G round (0.806 / 1.000 /
//! 0.828 / 0.536, then 0.812 / 1.000 / 0.828 / 0.561) and read in the round after (0.948 / 1.000
//! / 0.966 / 0.857); with them the fixtures stand at 0.969 / 1.000 / 0.963 / 0.838.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use briefsmith::extract::{Suggestions, suggest};
use briefsmith::model::text::normalize;
use serde_json::Value;

const ACTOR_F1_FLOOR: f64 = 0.96;
const QUOTE_F1_FLOOR: f64 = 0.98;
const SPEAKER_ACCURACY_FLOOR: f64 = 0.95;
const THREAT_F1_FLOOR: f64 = 0.81;
const THREAT_CATEGORY_ACCURACY_FLOOR: f64 = 0.70;

struct Fixture {
    name: String,
    text: String,
    gold: Value,
}

fn fixtures() -> Vec<Fixture> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let raw = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("fixture text");
            let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("fixture gold");
            Fixture { name, text: normalize(&raw), gold: serde_json::from_str(&gold).expect("gold JSON") }
        })
        .collect()
}

/// The key under which names are compared: lower case, no "the", no possessive, no dots.
fn name_key(name: &str) -> String {
    let lowered = name.to_lowercase().replace(['’', '‘'], "'");
    let lowered = lowered.strip_suffix("'s").unwrap_or(&lowered);
    let cleaned: String = lowered
        .chars()
        .filter(|c| *c != '.' && *c != '\'')
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let words = if words.first() == Some(&"the") { &words[1..] } else { &words[..] };
    words.join(" ")
}

fn gold_keys(actor: &Value) -> HashSet<String> {
    let mut keys: HashSet<String> = HashSet::new();
    keys.insert(name_key(actor["name"].as_str().unwrap_or("")));
    for alias in actor["aliases"].as_array().into_iter().flatten() {
        keys.insert(name_key(alias.as_str().unwrap_or("")));
    }
    keys.remove("");
    keys
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Share of tokens in common, over the longer of the two (as the development scorer does).
fn overlap(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in &wa {
        *counts.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &wb {
        if let Some(n) = counts.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    common as f64 / wa.len().max(wb.len()) as f64
}

#[derive(Default, Debug)]
struct Tally {
    actor_tp: usize,
    actor_pred: usize,
    actor_gold: usize,
    not_actor_hits: Vec<String>,
    quote_tp: usize,
    quote_pred: usize,
    quote_gold: usize,
    label_quotes: Vec<String>,
    speaker_checked: usize,
    speaker_right: usize,
    threat_correct: usize,
    threat_pred: usize,
    threat_gold_hit: usize,
    threat_gold: usize,
    category_checked: usize,
    category_right: usize,
}

fn f1(tp: usize, predicted: usize, gold: usize) -> f64 {
    let p = if predicted == 0 { 0.0 } else { tp as f64 / predicted as f64 };
    let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

fn score_actors(gold: &Value, suggestions: &Suggestions, tally: &mut Tally) {
    let gold_actors = gold["actors"].as_array().cloned().unwrap_or_default();
    let predicted: Vec<HashSet<String>> = suggestions
        .actors
        .iter()
        .map(|a| a.aliases.iter().chain([&a.name]).map(|n| name_key(n)).collect())
        .collect();
    let mut used = vec![false; predicted.len()];
    for actor in &gold_actors {
        let keys = gold_keys(actor);
        if actor["not_actor"].as_bool() == Some(true) {
            if let Some(p) = predicted.iter().position(|p| !p.is_disjoint(&keys)) {
                tally.not_actor_hits.push(suggestions.actors[p].name.clone());
            }
            continue;
        }
        let optional = actor["optional"].as_bool() == Some(true);
        let hit = predicted.iter().enumerate().position(|(i, p)| !used[i] && !p.is_disjoint(&keys));
        if let Some(i) = hit {
            used[i] = true;
            if !optional {
                tally.actor_tp += 1;
                tally.actor_pred += 1;
            }
        }
        if !optional {
            tally.actor_gold += 1;
        }
    }
    // Unmatched predictions count against precision unless they name an optional actor.
    for (i, keys) in predicted.iter().enumerate() {
        if used[i] {
            continue;
        }
        let optional_hit = gold_actors
            .iter()
            .any(|a| a["optional"].as_bool() == Some(true) && !gold_keys(a).is_disjoint(keys));
        if !optional_hit {
            tally.actor_pred += 1;
        }
    }
}

fn speaker_right(
    gold: &Value,
    gold_quote: &Value,
    predicted_speaker: Option<&str>,
    suggestions: &Suggestions,
) -> bool {
    let Some(predicted) = predicted_speaker else { return false };
    let mut predicted_keys: HashSet<String> = HashSet::from([name_key(predicted)]);
    if let Some(actor) = suggestions.actors.iter().find(|a| a.name == predicted) {
        predicted_keys.extend(actor.aliases.iter().map(|a| name_key(a)));
    }
    let mut accepted: Vec<&str> = gold_quote["speaker"].as_str().into_iter().collect();
    accepted.extend(gold_quote["speaker_also_ok"].as_array().into_iter().flatten().filter_map(Value::as_str));
    accepted.iter().any(|name| {
        let gold_actor =
            gold["actors"].as_array().into_iter().flatten().find(|a| a["name"].as_str() == Some(name));
        let keys = gold_actor.map(gold_keys).unwrap_or_else(|| HashSet::from([name_key(name)]));
        !keys.is_disjoint(&predicted_keys)
    })
}

fn score_quotes(gold: &Value, suggestions: &Suggestions, tally: &mut Tally) {
    let gold_quotes = gold["quotes"].as_array().cloned().unwrap_or_default();
    let not_quotes: Vec<&str> =
        gold["not_quotes"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let mut used = vec![false; gold_quotes.len()];
    for quote in &suggestions.quotes {
        if not_quotes.iter().any(|label| overlap(label, &quote.text) >= 0.8) {
            tally.label_quotes.push(quote.text.clone());
            continue;
        }
        let best = gold_quotes
            .iter()
            .enumerate()
            .filter(|(i, g)| !used[*i] && overlap(g["text"].as_str().unwrap_or(""), &quote.text) >= 0.8)
            .max_by(|a, b| {
                let oa = overlap(a.1["text"].as_str().unwrap_or(""), &quote.text);
                let ob = overlap(b.1["text"].as_str().unwrap_or(""), &quote.text);
                oa.total_cmp(&ob)
            })
            .map(|(i, _)| i);
        match best {
            Some(i) => {
                used[i] = true;
                let gold_quote = &gold_quotes[i];
                if gold_quote["optional"].as_bool() == Some(true) {
                    continue;
                }
                tally.quote_tp += 1;
                tally.quote_pred += 1;
                if !gold_quote["speaker"].is_null() {
                    tally.speaker_checked += 1;
                    if speaker_right(gold, gold_quote, quote.speaker.as_deref(), suggestions) {
                        tally.speaker_right += 1;
                    } else {
                        eprintln!("  wrong speaker {:?} for {:?}", quote.speaker, quote.text);
                    }
                }
            }
            None => {
                eprintln!("  spurious quote {:?}", quote.text);
                tally.quote_pred += 1;
            }
        }
    }
    tally.quote_gold += gold_quotes.iter().filter(|q| q["optional"].as_bool() != Some(true)).count();
}

fn score_threats(gold: &Value, text: &str, suggestions: &Suggestions, tally: &mut Tally) {
    let gold_threats = gold["threats"].as_array().cloned().unwrap_or_default();
    let spans: Vec<Vec<(usize, usize)>> = gold_threats
        .iter()
        .map(|t| {
            let evidences =
                std::iter::once(&t["evidence"]).chain(t["also_evidence"].as_array().into_iter().flatten());
            evidences
                .filter_map(Value::as_str)
                .flat_map(|e| {
                    text.match_indices(e).map(move |(start, m)| (start, start + m.len())).collect::<Vec<_>>()
                })
                .collect()
        })
        .collect();
    for (threat, span) in gold_threats.iter().zip(&spans) {
        assert!(!span.is_empty(), "fixture evidence not found in text: {}", threat["evidence"]);
    }
    let required: Vec<bool> = gold_threats.iter().map(|t| t["optional"].as_bool() != Some(true)).collect();
    let mut claimed = vec![false; gold_threats.len()];
    for threat in &suggestions.threats {
        let overlaps: Vec<(usize, usize)> = spans
            .iter()
            .enumerate()
            .filter_map(|(g, gs)| {
                let best = gs
                    .iter()
                    .map(|&(s, e)| threat.end.min(e).saturating_sub(threat.start.max(s)))
                    .max()
                    .unwrap_or(0);
                (best > 0).then_some((g, best))
            })
            .collect();
        let required_overlaps: Vec<(usize, usize)> =
            overlaps.iter().copied().filter(|(g, _)| required[*g]).collect();
        if required_overlaps.is_empty() {
            if overlaps.is_empty() {
                eprintln!("  spurious threat {:?}", threat.evidence);
                tally.threat_pred += 1;
            }
            continue;
        }
        tally.threat_pred += 1;
        let longest_gold = required_overlaps
            .iter()
            .flat_map(|(g, _)| spans[*g].iter().map(|(s, e)| e - s))
            .max()
            .unwrap_or(0);
        if threat.end - threat.start > 300.max(2 * longest_gold) {
            eprintln!("  threat too long {:?}", threat.evidence);
            continue;
        }
        let Some(&(g, _)) = required_overlaps.iter().filter(|(g, _)| !claimed[*g]).max_by_key(|(_, o)| *o)
        else {
            eprintln!("  duplicate threat {:?}", threat.evidence);
            continue;
        };
        claimed[g] = true;
        tally.threat_correct += 1;
        if let Some(category) = gold_threats[g]["category"].as_str() {
            tally.category_checked += 1;
            let predicted = serde_json::to_value(threat.category).unwrap_or_default();
            if predicted.as_str() == Some(category) {
                tally.category_right += 1;
            } else {
                eprintln!("  category {predicted} instead of {category} for {:?}", threat.evidence);
            }
        }
    }
    tally.threat_gold += required.iter().filter(|r| **r).count();
    tally.threat_gold_hit += claimed.iter().zip(&required).filter(|(c, r)| **c && **r).count();
}

#[test]
fn fixture_articles_score_above_the_floors() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 3, "fixtures missing");
    let mut tally = Tally::default();
    for fixture in &fixtures {
        eprintln!("{}", fixture.name);
        let suggestions = suggest(&fixture.text);
        score_actors(&fixture.gold, &suggestions, &mut tally);
        score_quotes(&fixture.gold, &suggestions, &mut tally);
        score_threats(&fixture.gold, &fixture.text, &suggestions, &mut tally);
    }
    let actor_f1 = f1(tally.actor_tp, tally.actor_pred, tally.actor_gold);
    let quote_f1 = f1(tally.quote_tp, tally.quote_pred, tally.quote_gold);
    let speaker_accuracy = tally.speaker_right as f64 / tally.speaker_checked.max(1) as f64;
    let threat_precision = tally.threat_correct as f64 / tally.threat_pred.max(1) as f64;
    let threat_recall = tally.threat_gold_hit as f64 / tally.threat_gold.max(1) as f64;
    let threat_f1 = if threat_precision + threat_recall == 0.0 {
        0.0
    } else {
        2.0 * threat_precision * threat_recall / (threat_precision + threat_recall)
    };
    let category_accuracy = tally.category_right as f64 / tally.category_checked.max(1) as f64;
    eprintln!(
        "actors_f1={actor_f1:.3} quotes_f1={quote_f1:.3} speaker_acc={speaker_accuracy:.3} threats_f1={threat_f1:.3} \
         category_acc={category_accuracy:.3}\n{tally:?}"
    );
    assert!(tally.not_actor_hits.is_empty(), "proposed as actors but are not: {:?}", tally.not_actor_hits);
    assert!(tally.label_quotes.is_empty(), "labels proposed as quotes: {:?}", tally.label_quotes);
    assert!(actor_f1 >= ACTOR_F1_FLOOR, "actors F1 {actor_f1:.3} < {ACTOR_F1_FLOOR}");
    assert!(quote_f1 >= QUOTE_F1_FLOOR, "quotes F1 {quote_f1:.3} < {QUOTE_F1_FLOOR}");
    assert!(
        speaker_accuracy >= SPEAKER_ACCURACY_FLOOR,
        "speaker accuracy {speaker_accuracy:.3} < {SPEAKER_ACCURACY_FLOOR}"
    );
    assert!(threat_f1 >= THREAT_F1_FLOOR, "threats F1 {threat_f1:.3} < {THREAT_F1_FLOOR}");
    assert!(
        category_accuracy >= THREAT_CATEGORY_ACCURACY_FLOOR,
        "threat category accuracy {category_accuracy:.3} < {THREAT_CATEGORY_ACCURACY_FLOOR}"
    );
}

#[test]
fn every_quote_and_threat_is_its_exact_span() {
    for fixture in fixtures() {
        let suggestions = suggest(&fixture.text);
        for quote in &suggestions.quotes {
            assert_eq!(
                fixture.text.get(quote.start..quote.end),
                Some(quote.text.as_str()),
                "{}",
                fixture.name
            );
        }
        for threat in &suggestions.threats {
            assert_eq!(
                fixture.text.get(threat.start..threat.end),
                Some(threat.evidence.as_str()),
                "{}",
                fixture.name
            );
            assert!(!threat.cue.is_empty() && threat.rule.starts_with("threat:"));
        }
        for actor in &suggestions.actors {
            assert!(actor.aliases.contains(&actor.name), "{}: name among aliases", actor.name);
            assert!(!actor.mentions.is_empty() && !actor.rule.is_empty());
        }
    }
}

/// `briefsmith tag --kind actor` without `--actor-kind` proposes the kind from the text around the
/// passage (a title before it: a person; a state: a state), through the real binary.
#[test]
fn tagging_an_actor_by_hand_proposes_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(&article, "Deputy Minister Oda Varn met envoys from Norway on Monday.\n").unwrap();
    let article = article.to_str().unwrap();
    crate::support::ok(dir.path(), &["new", article, "-o", "s.brief.json"]);
    for passage in ["Oda Varn", "Norway"] {
        crate::support::ok(dir.path(), &["tag", "s.brief.json", "--kind", "actor", "--text", passage]);
    }
    let session: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("s.brief.json")).unwrap()).unwrap();
    fn kind_of<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
        match value {
            Value::Object(map) if map.get("name").and_then(Value::as_str) == Some(name) => {
                map.get("kind").and_then(Value::as_str)
            }
            Value::Object(map) => map.values().find_map(|v| kind_of(v, name)),
            Value::Array(items) => items.iter().find_map(|v| kind_of(v, name)),
            _ => None,
        }
    }
    let kind_of = |name: &str| kind_of(&session, name);
    let text = session.to_string();
    assert_eq!(kind_of("Oda Varn"), Some("person"), "{text}");
    assert_eq!(kind_of("Norway"), Some("state"), "{text}");
}
