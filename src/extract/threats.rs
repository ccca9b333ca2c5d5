//! Threats: sentences (or, in long sentences, clauses) that state a danger, a hostile act or a
//! risk, found from the cues in `assets/lexicon/threat-cues.tsv`.
//!
//! A strong cue ("ballistic missiles", "bombing", "nuclear test") proposes a threat on its own. A
//! weak cue ("tensions", "troops", "sanctions", "threats") needs a state, organisation, armed force
//! or armed group in the same sentence, so "unity when facing common threats" proposes nothing,
//! and it is ignored in a clause about diplomacy ("talks", "a deal", "sanctions relief") where the
//! word names what is being negotiated rather than a danger.
//!
//! One threat per sentence at most, with the category and severity of its most severe cue. The
//! evidence is the sentence, or the clause around the cue when the sentence is longer than an
//! analyst would read as one statement. The same kind of threat (cue family) about the same actor
//! is proposed once: follow-up sentences and definite references ("the attack") usually elaborate
//! a threat already proposed, and two suggestions of one threat only cost the analyst time.

use std::collections::HashSet;

use super::SuggestedThreat;
use super::actors::ActorTable;
use super::lexicon::{CueGroup, LEXICON};
use super::tokens::{TokenKind, TokenizedText};
use crate::model::{ActorKind, Vocabulary};

/// Longest evidence, in bytes, before a sentence is cut down to the clause around its cue.
const MAX_EVIDENCE_BYTES: usize = 300;

/// Words that make a clause about diplomacy rather than danger, for weak cues.
const DIPLOMACY_WORDS: &[&str] = &[
    "talks",
    "negotiations",
    "negotiate",
    "negotiating",
    "negotiators",
    "deal",
    "agreement",
    "relief",
    "peace",
    "ceasefire",
    "compromise",
    "right",
    "freeze",
    "lifted",
    "lifting",
    "lift",
    "cooperation",
    "solidarity",
    "dialogue",
    "treaty",
];

/// Words before a cue that refer back to an event already described ("the attack").
const ANAPHORIC_WORDS: &[&str] = &["the", "such", "this", "that", "these", "those", "its"];

/// Words that open a new clause after a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "while",
    "which",
    "who",
    "whereas",
    "although",
    "though",
    "as",
    "amid",
    "after",
    "despite",
    "because",
    "since",
    "when",
    "where",
    "signaling",
    "signalling",
    "saying",
    "adding",
    "and",
];

struct CueHit {
    start: usize,
    end: usize,
    group: usize,
}

/// Finds the threats in the text, in order.
pub fn find_threats(text: &TokenizedText<'_>, actors: &ActorTable) -> Vec<SuggestedThreat> {
    let lexicon = &*LEXICON;
    let mut key = String::new();
    let mut threats = Vec::new();
    let mut reported: HashSet<(String, Option<usize>)> = HashSet::new();
    let mut last_family: Option<(usize, String)> = None; // (sentence index, family)
    for (sentence_index, sentence) in text.sentences.iter().enumerate() {
        let mut hits = Vec::new();
        let mut index = sentence.start;
        while index < sentence.end {
            match lexicon.cue_at(text, index, &mut key) {
                Some((end, group)) => {
                    hits.push(CueHit { start: index, end, group });
                    index = end;
                }
                None => index += 1,
            }
        }
        if hits.is_empty() {
            continue;
        }
        let clauses = clause_ranges(text, sentence.clone());
        let mut best: Option<(&CueHit, &CueGroup, Option<usize>)> = None;
        for hit in &hits {
            let Some(group) = lexicon.cue_groups.get(hit.group) else { continue };
            let clause = clauses.iter().find(|c| c.contains(&hit.start)).cloned().unwrap_or(sentence.clone());
            let actor =
                group_actor_in(actors, clause.clone()).or_else(|| group_actor_in(actors, sentence.clone()));
            if !group.strong {
                if actor.is_none() || in_diplomatic_clause(text, clause.clone()) {
                    continue;
                }
            }
            let anaphoric = hit.start > 0
                && ANAPHORIC_WORDS.iter().any(|w| text.is_word_ci(hit.start - 1, w))
                && reported.iter().any(|(family, _)| family == &group.family);
            if anaphoric || reported.contains(&(group.family.clone(), actor)) && !group.strong {
                continue;
            }
            let follows_same_family = last_family
                .as_ref()
                .is_some_and(|(last, family)| sentence_index <= last + 1 && family == &group.family);
            if follows_same_family {
                continue;
            }
            if best.is_none_or(|(_, current, _)| {
                (group.severity, group.strong) > (current.severity, current.strong)
            }) {
                best = Some((hit, group, actor));
            }
        }
        let Some((hit, group, actor)) = best else { continue };
        let (start_byte, end_byte) = evidence_range(text, sentence.clone(), &clauses, hit.start);
        let evidence = text.slice(start_byte, end_byte);
        if evidence.is_empty() {
            continue;
        }
        let cue = text.slice(text.tokens[hit.start].start_byte, text.tokens[hit.end - 1].end_byte).to_owned();
        let summary = match actor.and_then(|a| actors.name_of(a)) {
            Some(name) => format!("{name}: {cue}"),
            None => format!("{}: {cue}", group.category.label()),
        };
        reported.insert((group.family.clone(), actor));
        last_family = Some((sentence_index, group.family.clone()));
        threats.push(SuggestedThreat {
            summary,
            category: group.category,
            severity: group.severity,
            evidence: evidence.to_owned(),
            start: start_byte,
            end: end_byte,
            rule: format!("threat:cue:{}", group.family),
            cue,
        });
    }
    threats
}

/// The first state, organisation, armed force or armed group mentioned in tokens `range`.
fn group_actor_in(actors: &ActorTable, range: std::ops::Range<usize>) -> Option<usize> {
    let first = actors.mentions.partition_point(|m| m.start_token < range.start);
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < range.end)
        .find(|m| !matches!(actors.kind_of(m), ActorKind::Person | ActorKind::Media | ActorKind::Other))
        .map(|m| m.actor)
}

fn in_diplomatic_clause(text: &TokenizedText<'_>, clause: std::ops::Range<usize>) -> bool {
    clause
        .into_iter()
        .any(|i| text.tokens[i].kind == TokenKind::Word && DIPLOMACY_WORDS.contains(&text.token_text(i)))
}

/// The clauses of a sentence as token ranges: split at ; : dashes, and at a comma before a word
/// that opens a clause.
fn clause_ranges(text: &TokenizedText<'_>, sentence: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut clauses = Vec::new();
    let mut start = sentence.start;
    for index in sentence.clone() {
        let boundary_here = text.tokens[index].kind == TokenKind::Punct
            && match text.token_text(index) {
                ";" | ":" | "—" | "–" => true,
                "-" => {
                    !text.adjacent_on_line(index, index + 1)
                        || text
                            .slice(
                                text.tokens[index].end_byte,
                                text.tokens
                                    .get(index + 1)
                                    .map_or(text.tokens[index].end_byte, |t| t.start_byte),
                            )
                            .starts_with(' ')
                }
                "," => CLAUSE_OPENERS.iter().any(|w| text.is_word_ci(index + 1, w)),
                _ => false,
            };
        if boundary_here && index > start {
            clauses.push(start..index);
            start = index + 1;
        }
    }
    if start < sentence.end {
        clauses.push(start..sentence.end);
    }
    clauses
}

/// The byte range of the evidence: the sentence when short enough, else the clause with the cue,
/// grown with neighbouring clauses while it stays short.
fn evidence_range(
    text: &TokenizedText<'_>,
    sentence: std::ops::Range<usize>,
    clauses: &[std::ops::Range<usize>],
    cue_token: usize,
) -> (usize, usize) {
    let bytes_of = |range: &std::ops::Range<usize>| -> (usize, usize) {
        match (text.tokens.get(range.start), range.end.checked_sub(1).and_then(|i| text.tokens.get(i))) {
            (Some(first), Some(last)) => (first.start_byte, last.end_byte),
            _ => (0, 0),
        }
    };
    let (start_byte, end_byte) = bytes_of(&sentence);
    if end_byte - start_byte <= MAX_EVIDENCE_BYTES {
        return (start_byte, end_byte);
    }
    let Some(position) = clauses.iter().position(|c| c.contains(&cue_token)) else {
        return bytes_of(&sentence);
    };
    let (mut first, mut last) = (position, position);
    loop {
        let (s, e) = bytes_of(&(clauses[first].start..clauses[last].end));
        let grow_right = last + 1 < clauses.len() && {
            let (_, next_end) = bytes_of(&clauses[last + 1]);
            next_end - s <= MAX_EVIDENCE_BYTES / 2
        };
        let grow_left = first > 0 && {
            let (previous_start, _) = bytes_of(&clauses[first - 1]);
            e - previous_start <= MAX_EVIDENCE_BYTES / 2
        };
        if grow_right {
            last += 1;
        } else if grow_left {
            first -= 1;
        } else {
            // A single clause can still be long: cut it to whole words around the cue.
            return trim_to_limit(text, s, e, cue_token);
        }
    }
}

fn trim_to_limit(
    text: &TokenizedText<'_>,
    start_byte: usize,
    end_byte: usize,
    cue_token: usize,
) -> (usize, usize) {
    if end_byte - start_byte <= MAX_EVIDENCE_BYTES {
        return (start_byte, end_byte);
    }
    let cue_byte = text.tokens.get(cue_token).map_or(start_byte, |t| t.start_byte);
    let half = MAX_EVIDENCE_BYTES / 2;
    let window_start = cue_byte.saturating_sub(half).max(start_byte);
    let window_end = (window_start + MAX_EVIDENCE_BYTES).min(end_byte);
    // Snap to token boundaries inside the window.
    let first = text.token_at_or_after(window_start);
    let mut last = first;
    while text.tokens.get(last).is_some_and(|t| t.end_byte <= window_end) {
        last += 1;
    }
    match (text.tokens.get(first), last.checked_sub(1).and_then(|i| text.tokens.get(i))) {
        (Some(a), Some(b)) if a.start_byte < b.end_byte => (a.start_byte, b.end_byte),
        _ => (start_byte, start_byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actors::find_actors;
    use crate::extract::tokens::tokenize;
    use crate::model::{Severity, ThreatCategory};

    fn threats(text: &str) -> Vec<SuggestedThreat> {
        let tokenized = tokenize(text);
        let actors = find_actors(&tokenized);
        find_threats(&tokenized, &actors)
    }

    #[test]
    fn strong_cues_propose_a_threat_with_category_and_severity() {
        let found = threats("North Korea launched short-range ballistic missiles on Tuesday.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].category, ThreatCategory::WeaponsTest);
        assert_eq!(found[0].severity, Severity::High);
        assert_eq!(found[0].cue, "ballistic missiles");
        assert_eq!(found[0].rule, "threat:cue:missile");
    }

    #[test]
    fn weak_cues_need_an_actor_and_no_diplomacy() {
        assert!(threats("They stood united when facing common threats.").is_empty());
        assert_eq!(threats("Russia moved troops closer to the border.").len(), 1);
        assert!(threats("Iran wants sanctions relief in the talks.").is_empty());
    }

    #[test]
    fn each_category_has_cues() {
        let cases = [
            ("Russia deployed troops to the border.", ThreatCategory::MilitaryDeployment),
            ("The regime carried out a nuclear test.", ThreatCategory::WeaponsTest),
            ("They fear Iran could build nuclear weapons.", ThreatCategory::Nuclear),
            ("Hamas fighters killed five people in the raid.", ThreatCategory::ArmedAttack),
            ("Hackers linked to the GRU launched a cyber attack on the grid.", ThreatCategory::Cyber),
            ("A terrorist cell planned the plot.", ThreatCategory::Terrorism),
            ("The EU imposed sanctions on Russia.", ThreatCategory::Coercion),
            ("Soldiers staged a coup against the government of Niger.", ThreatCategory::Instability),
            ("Yemen faces fuel shortages after the blockade by Houthis.", ThreatCategory::Economic),
        ];
        for (text, category) in cases {
            let found = threats(text);
            assert!(found.iter().any(|t| t.category == category), "{text}: {found:?}");
        }
    }

    #[test]
    fn follow_up_sentences_about_the_same_threat_are_not_repeated() {
        let found = threats(
            "Russia deployed troops near Pskov. The troops arrived on Friday. Russia also fired missiles.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn long_sentences_are_cut_to_the_clause() {
        let filler = "the ministers discussed many unrelated procedural questions at length, ".repeat(6);
        let text = format!("In Geneva {filler}while Russia test-fired a missile over the sea.");
        let found = threats(&text);
        assert_eq!(found.len(), 1);
        assert!(found[0].evidence.len() <= MAX_EVIDENCE_BYTES, "{}", found[0].evidence);
        assert!(found[0].evidence.contains("test-fired"));
        assert_eq!(&text[found[0].start..found[0].end], found[0].evidence);
    }
}
