//! Threats: sentences (or, in long sentences, clauses) that state a danger, a hostile act or a
//! risk, found from the cues in `assets/lexicon/threat-cues.tsv`.
//!
//! A strong cue ("ballistic missiles", "bombing", "nuclear test") proposes a threat on its own. A
//! weak cue ("tensions", "troops", "sanctions", "threats") needs a state, organisation, armed force
//! or armed group in the same sentence (or a count: "300 people had been killed"), so "unity when
//! facing common threats" proposes nothing,
//! and it is ignored next to words of diplomacy ("talks", "a deal", "sanctions relief") where it
//! names what is being negotiated rather than a danger.
//!
//! A cue does not count where the words around it say the opposite of a danger: after a negation
//! ("no interest in nuclear arms"), as the object of a countermeasure ("to tackle nuclear
//! terrorism", "destroy their nuclear bombs"), after "historical", or inside a capitalised name
//! ("the Cold War").
//!
//! One threat per sentence at most, with the category and severity of its most severe cue. The
//! evidence is the sentence, or the clause around the cue when the sentence is longer than an
//! analyst would read as one statement. The same kind of threat (cue family) about the same actor
//! is proposed once, and so is a sentence that follows one about the same kind of threat, a
//! definite reference ("the attack", "the failed coup") to a kind already proposed, and an event
//! named again by the word before its cue ("the Ruritanian genocide", "the proxy war"): follow-ups
//! usually elaborate a threat already proposed, and two suggestions of one threat only cost the
//! analyst time. A headline only announces what the article states in full, so it proposes nothing.
//! A cue set as the scene ("the leaders met amid rising tensions") proposes nothing either.
//!
//! Beyond the cue list, a state holding foreign citizens ("has detained two Canadians") is a
//! threat. Each threat has a one-line summary, who -> what -> against whom (`threats/rules.rs`).

mod rules;

use std::collections::HashSet;
use std::ops::Range;

use super::SuggestedThreat;
use super::actors::{ActorTable, MentionRecord};
use super::lexicon::{CueGroup, LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText};
use crate::model::{ActorKind, ThreatCategory};

/// Longest evidence, in bytes, before a sentence is cut down to the clause around its cue.
const MAX_EVIDENCE_BYTES: usize = 300;

/// How far from a cue (in tokens) the actor of a threat is looked for.
const ACTOR_REACH_TOKENS: usize = 30;

/// How many tokens on each side of a weak cue are searched for [`Words::DiplomacyWords`].
const DIPLOMACY_WINDOW_TOKENS: usize = 6;

/// How many tokens before a cue a scene-setting word ("amid") is looked for: a strong cue must
/// stand close ("amid rocket fire"), a weak one may be further off ("amid a period of rising
/// tensions").
const SCENE_WINDOW_STRONG: usize = 4;
const SCENE_WINDOW_WEAK: usize = 7;

/// The cue family of a ranking ("the gravest threat"), which names a danger beside it.
const ASSESSMENT_FAMILY: &str = "assessment";

/// The cue family that a detention of foreign citizens is proposed under.
const DETENTION_FAMILY: &str = "detention";

struct CueHit {
    start: usize,
    end: usize,
    group: usize,
}

/// What has been proposed so far, for the rules that keep one suggestion per threat.
#[derive(Default)]
struct Reported {
    /// (cue family, acting state or organisation) of every threat proposed.
    families: HashSet<(String, Option<usize>)>,
    categories: HashSet<ThreatCategory>,
    /// Events named by a capitalised word before their cue ("the Ruritanian genocide").
    events: HashSet<(String, ThreatCategory)>,
    /// The sentence of the last threat (or of its last follow-up) and the families of its cues.
    last_sentence: Option<usize>,
    last_families: Vec<String>,
}

impl Reported {
    fn follows(&self, sentence_index: usize) -> bool {
        self.last_sentence.is_some_and(|last| last + 1 == sentence_index)
    }
}

/// Finds the threats in the text, in order.
pub fn find_threats(text: &TokenizedText<'_>, actors: &ActorTable) -> Vec<SuggestedThreat> {
    let lexicon = &*LEXICON;
    let mut threats = Vec::new();
    let mut reported = Reported::default();
    let headline = headline_paragraph(text);
    for (sentence_index, sentence) in text.sentences.iter().enumerate() {
        if headline.as_ref().is_some_and(|h| h.contains(&sentence.start)) {
            continue;
        }
        let mut hits = Vec::new();
        let mut index = sentence.start;
        while index < sentence.end {
            match lexicon.cue_at(text, index) {
                Some((end, group)) => {
                    hits.push(CueHit { start: index, end, group });
                    index = end;
                }
                None => index += 1,
            }
        }
        add_detentions(text, actors, sentence.clone(), &mut hits);
        if hits.is_empty() {
            continue;
        }
        // Scene-setting: "the leaders met amid rising tensions" describes the backdrop of the news,
        // not a danger it reports, unless the sentence goes on to name one ("amid tensions over
        // the state's missile launches").
        let scene_set = |hit: &CueHit| {
            let strong = lexicon.cue_groups.get(hit.group).is_some_and(|g| g.strong);
            let window = if strong { SCENE_WINDOW_STRONG } else { SCENE_WINDOW_WEAK };
            (hit.start.saturating_sub(window).max(sentence.start)..hit.start)
                .any(|i| LEXICON.word_in(Words::SceneSetters, text, i))
        };
        if hits.iter().all(scene_set) {
            continue;
        }
        // A ranking ("the gravest threat") names the danger beside it: with another cue in the
        // sentence, that cue's threat is the one (already proposed or not).
        let ranked_danger_named = hits.iter().any(|hit| !is_assessment(hit));
        let statement = text.dateline_end(sentence.start).unwrap_or(sentence.start);
        let clauses = clause_ranges(text, sentence.clone());
        let mut best: Option<(&CueHit, &CueGroup, Option<&MentionRecord>)> = None;
        let mut families_here = Vec::new();
        let mut events_here = Vec::new();
        for hit in &hits {
            let Some(group) = lexicon.cue_groups.get(hit.group) else { continue };
            if is_cancelled(text, sentence.start, hit) || ranked_danger_named && is_assessment(hit) {
                continue;
            }
            let clause_index = clauses.partition_point(|c| c.end <= hit.start);
            let clause = clauses
                .get(clause_index)
                .filter(|c| c.contains(&hit.start))
                .cloned()
                .unwrap_or(sentence.clone());
            let mention =
                acting_group(actors, clause, hit).or_else(|| acting_group(actors, sentence.clone(), hit));
            let actor = mention.map(|m| m.actor);
            // A count makes a weak cue a fact ("at least 300 people had been killed").
            let counted = (hit.start.saturating_sub(4).max(sentence.start)..hit.start)
                .any(|i| text.tokens[i].kind == TokenKind::Number);
            let stands_alone = group.strong || counted;
            if !stands_alone && (actor.is_none() || near_diplomacy(text, sentence.clone(), hit)) {
                continue;
            }
            families_here.push(group.family.clone());
            let event = rules::event_name(text, statement, hit.start, group.category);
            let anaphoric = rules::definite_reference(text, sentence.start, hit.start)
                && reported.categories.contains(&group.category);
            let repeated = reported.families.contains(&(group.family.clone(), actor))
                || reported.follows(sentence_index) && reported.last_families.contains(&group.family)
                || event.as_ref().is_some_and(|e| reported.events.contains(e));
            events_here.extend(event);
            if anaphoric || repeated {
                continue;
            }
            let more_severe =
                |current: &CueGroup| (group.severity, group.strong) > (current.severity, current.strong);
            if best.is_none_or(|(_, current, _)| more_severe(current)) {
                best = Some((hit, group, mention));
            }
        }
        let Some((hit, group, mention)) = best else {
            if !families_here.is_empty() && reported.follows(sentence_index) {
                // An elaboration of the previous threat: the run of follow-ups goes on.
                reported.last_sentence = Some(sentence_index);
                reported.last_families.extend(families_here);
            }
            continue;
        };
        // "TAIPEI — Taiwan's defence ministry said …": the dateline is not part of the statement.
        let evidence_sentence = text.statement_start(sentence.start, hit.start)..sentence.end;
        let (start_byte, end_byte) = evidence_range(text, evidence_sentence, &clauses, hit.start);
        let evidence = text.slice(start_byte, end_byte);
        if evidence.is_empty() {
            continue;
        }
        let cue = match (text.tokens.get(hit.start), hit.end.checked_sub(1).and_then(|i| text.tokens.get(i)))
        {
            (Some(first), Some(last)) => text.slice(first.start_byte, last.end_byte).to_owned(),
            _ => String::new(),
        };
        let actor = mention.map(|m| m.actor);
        let target = target_of(actors, clauses_around(&clauses, sentence, hit.start), hit, actor);
        let what_range = hit.start..rules::object_end(text, hit.end, hits.iter().map(|h| h.start..h.end));
        let what_text = match (text.tokens.get(hit.start), text.tokens.get(what_range.end - 1)) {
            (Some(first), Some(last)) => text.slice(first.start_byte, last.end_byte),
            _ => cue.as_str(),
        };
        let what = rules::action_phrase(text, mention, what_range, what_text);
        let summary = rules::one_line_summary(
            rules::mention_name(actors, mention),
            &what,
            target.and_then(|t| actors.name_of(t)),
            group.category.label(),
        );
        reported.events.extend(events_here);
        reported.families.insert((group.family.clone(), actor));
        reported.categories.insert(group.category);
        reported.last_sentence = Some(sentence_index);
        reported.last_families = families_here;
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

/// The clause of the sentence that holds token `at`, or the whole sentence.
fn clauses_around(clauses: &[Range<usize>], sentence: &Range<usize>, at: usize) -> Range<usize> {
    let index = clauses.partition_point(|c| c.end <= at);
    clauses.get(index).filter(|c| c.contains(&at)).cloned().unwrap_or(sentence.clone())
}

/// Whom a threat is aimed at: the first actor other than its actor mentioned after the cue in its
/// clause ("missiles fired towards Japan", "a cyberattack on Acme Grid").
fn target_of(actors: &ActorTable, clause: Range<usize>, hit: &CueHit, actor: Option<usize>) -> Option<usize> {
    let first = actors.mentions.partition_point(|m| m.start_token < hit.end);
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < clause.end.min(hit.end + ACTOR_REACH_TOKENS))
        .find(|m| {
            Some(m.actor) != actor && !matches!(actors.kind_of(m), ActorKind::Media | ActorKind::Person)
        })
        .map(|m| m.actor)
}

fn is_assessment(hit: &CueHit) -> bool {
    LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.family == ASSESSMENT_FAMILY)
}

/// Adds a cue for each detention of foreign citizens in the sentence ("has detained two
/// Elbonians"), in place of the cues it covers ("detained").
fn add_detentions(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    sentence: Range<usize>,
    hits: &mut Vec<CueHit>,
) {
    let Some(group) = LEXICON.cue_groups.iter().position(|g| g.family == DETENTION_FAMILY) else { return };
    // Only a state (or an armed group) holds foreigners as a threat: without one in the sentence the
    // words are not read at all.
    let first = actors.mentions.partition_point(|m| m.start_token < sentence.start);
    let acting = actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < sentence.end)
        .any(|m| is_acting_kind(actors.kind_of(m)));
    if !acting {
        return;
    }
    let found: Vec<Range<usize>> =
        sentence.clone().filter_map(|verb| rules::detention(text, sentence.clone(), verb)).collect();
    for range in found {
        hits.retain(|hit| hit.end <= range.start || hit.start >= range.end);
        hits.push(CueHit { start: range.start, end: range.end, group });
    }
    hits.sort_by_key(|hit| hit.start);
}

/// The state, armed force, armed group or international organisation mentioned nearest the cue in
/// tokens `range` ("military assertiveness from China"): the likely actor of the threat. Other
/// organisations (think tanks, agencies) are more often the source or the target than the actor.
fn acting_group<'a>(actors: &'a ActorTable, range: Range<usize>, hit: &CueHit) -> Option<&'a MentionRecord> {
    // Within a few dozen tokens of the cue: near enough to act in it, and linear in the text.
    let range = range.start.max(hit.start.saturating_sub(ACTOR_REACH_TOKENS))
        ..range.end.min(hit.end + ACTOR_REACH_TOKENS);
    let first = actors.mentions.partition_point(|m| m.start_token < range.start);
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < range.end)
        .filter(|m| is_acting_kind(actors.kind_of(m)))
        .min_by_key(|m| {
            if m.start_token >= hit.end {
                m.start_token - hit.end
            } else {
                hit.start - m.end_token.min(hit.start)
            }
        })
}

/// The kinds of actor that act in a threat: states, armed forces and groups, international
/// organisations.
fn is_acting_kind(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::State | ActorKind::ArmedForces | ActorKind::ArmedGroup | ActorKind::InternationalOrg
    )
}

/// Whether a word of diplomacy stands within a few tokens of the cue, in its sentence.
fn near_diplomacy(text: &TokenizedText<'_>, sentence: Range<usize>, hit: &CueHit) -> bool {
    let from = hit.start.saturating_sub(DIPLOMACY_WINDOW_TOKENS).max(sentence.start);
    let to = (hit.end + DIPLOMACY_WINDOW_TOKENS).min(sentence.end);
    (from..to).any(|i| text.is_word(i) && LEXICON.has(Words::DiplomacyWords, text.token_text(i)))
}

/// Whether the words around a cue cancel it: a negation (up to three tokens before) or a
/// countermeasure verb (up to five) before it, a past modifier right before it, or a capital
/// letter mid-sentence (part of a name such as "the Cold War").
fn is_cancelled(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    let Some(first) = text.tokens.get(hit.start) else { return true };
    // After a dateline ("WASHINGTON - Hackers linked to …") the sentence really starts later.
    let sentence_start = text.statement_start(sentence_start, hit.start);
    if hit.start > sentence_start && first.capitalised && !first.all_caps {
        return true;
    }
    if hit.start > sentence_start && LEXICON.word_in(Words::PastModifiers, text, hit.start - 1) {
        return true;
    }

    let window = hit.start.saturating_sub(3).max(sentence_start)..hit.start;
    // "did not rule out strikes", "has never renounced the use of force": a negated refusal
    // affirms the danger.
    let refusal_denied = window.clone().any(|i| LEXICON.word_in(Words::Refusals, text, i));
    let negated = !refusal_denied && window.clone().any(|i| LEXICON.word_in(Words::Negations, text, i));
    let countered = (hit.start.saturating_sub(5).max(sentence_start)..hit.start)
        .any(|i| LEXICON.word_in(Words::Countermeasures, text, i));
    negated || countered
}

/// The token range of a headline: a short first paragraph without closing punctuation, followed by
/// more text.
fn headline_paragraph(text: &TokenizedText<'_>) -> Option<Range<usize>> {
    let first = text.paragraphs.first()?.clone();
    let last = first.end.checked_sub(1)?;
    let closed = [".", "!", "?", "\"", "”", "'", "’"].contains(&text.token_text(last));
    (text.paragraphs.len() > 1 && first.len() <= 20 && !closed).then_some(first)
}

/// The clauses of a sentence as token ranges: split at ; : dashes, and at a comma before a word
/// that opens a clause.
fn clause_ranges(text: &TokenizedText<'_>, sentence: Range<usize>) -> Vec<Range<usize>> {
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
                "," => LEXICON.word_in(Words::ClauseOpeners, text, index + 1),
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
    sentence: Range<usize>,
    clauses: &[Range<usize>],
    cue_token: usize,
) -> (usize, usize) {
    let bytes_of = |range: &Range<usize>| -> (usize, usize) {
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
    fn a_negated_refusal_keeps_the_danger() {
        assert!(threats("The United States did not rule out strikes on targets inside Yemen.").len() == 1);
        assert!(threats("China has never renounced the use of force against Taiwan.").len() == 1);
        assert!(threats("The United States has no plans for strikes on Yemen.").is_empty());
    }

    #[test]
    fn a_dateline_is_not_part_of_the_evidence() {
        let found =
            threats("TAIPEI — China sent warplanes and naval vessels around Taiwan in a show of force.");
        assert_eq!(found.len(), 1);
        assert!(found[0].evidence.starts_with("China sent warplanes"), "{}", found[0].evidence);
    }

    #[test]
    fn a_capitalised_cue_right_after_a_dateline_starts_the_sentence() {
        let found = threats("WASHINGTON - Hackers linked to China's government broke into the networks.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].category, ThreatCategory::Cyber);
        // Opposing or combating a danger is not the danger.
        assert!(threats("China firmly opposes and combats all forms of cyber attacks.").is_empty());
    }

    #[test]
    fn atrocities_and_sieges_are_threats() {
        let found = threats("The army accuses the RSF of ethnic cleansing against the Masalit community.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Critical);
        assert_eq!(threats("The RSF has besieged the city for months.").len(), 1);
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
        assert_eq!(text.get(found[0].start..found[0].end), Some(found[0].evidence.as_str()));
    }

    #[test]
    fn one_suggestion_per_threat_with_a_one_line_summary() {
        let found = threats(
            "North Korea fired ballistic missiles towards Japan on Monday. Later, North Korea fired more missiles.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].summary, "North Korea -> fired ballistic missiles -> Japan");
    }

    #[test]
    fn scene_setting_is_no_threat() {
        assert!(threats("The leaders of Norway and Sweden met amid rising tensions.").is_empty());
    }

    #[test]
    fn past_intrusions_rare_launch_verbs_and_rankings_are_threats() {
        let found = threats("Investigators said the intrusion at the utility began in May.");
        assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Cyber));
        let found = threats("The navy of Iran fired off a pair of rockets.");
        assert!(!found.is_empty());
        let found = threats("The report called the militia the gravest threat to the region.");
        assert_eq!(found.first().map(|t| t.cue.as_str()), Some("gravest threat"));
    }

    #[test]
    fn a_participle_after_the_determiner_still_refers_back() {
        let text = "Soldiers staged a coup against the government of Niger. The capital was quiet on \
                    Tuesday. Later, Mali criticised the failed coup.";
        assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
        // Another noun before the cue may name another event of the kind.
        let text = "A suicide bombing in Kenya killed nine people. The capital was quiet on Tuesday. \
                    Israel refuses to accept the denials of Syria about the nightclub bombing.";
        assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    }

    #[test]
    fn an_event_named_again_is_the_same_threat() {
        let text = "Militants from Somalia carried out the Garissa attack, Kenya said. The campus was \
                    closed on Friday. France condemned the Garissa attacks.";
        let found = threats(text);
        assert_eq!(found.len(), 1, "{found:?}");
        // Terror attacks and attacks named by the same place are one event.
        let text = "Russia condemned the Springfield terror attacks. The city was quiet. Two days \
                    later, France said the Springfield attacks were planned abroad.";
        assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
        let text = "Russia and Turkey fight a proxy war in Syria. Aid is scarce. Three analysts say the \
                    United States is bowing out of the proxy war.";
        assert_eq!(threats(text).len(), 1, "{:?}", threats(text));
        // A new attack is news of its own.
        let text = "Russia launched a new attack on Kharkiv. Aid is scarce. Ukraine reported a new \
                    attack on Odesa by Belarus.";
        assert_eq!(threats(text).len(), 2, "{:?}", threats(text));
    }

    #[test]
    fn a_state_holding_foreign_citizens_is_a_threat() {
        let found = threats("Iran has detained two Canadians, officials said.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].category, ThreatCategory::Coercion);
        assert_eq!(found[0].cue, "detained two Canadians");
        assert_eq!(found[0].summary, "Iran -> detained two Canadians");
        assert_eq!(threats("Russia is holding a dual national on spying charges.").len(), 1);
        // No state holds them: a police matter.
        assert!(threats("Police arrested two tourists for shoplifting.").is_empty());
    }

    #[test]
    fn backdrops_further_off_set_the_scene() {
        assert!(
            threats("The ministers of Norway and Sweden met amid a period of rising tensions.").is_empty()
        );
        let text = "The meeting of Japan and South Korea underscored the urgency of the security threats.";
        assert!(threats(text).is_empty(), "{:?}", threats(text));
        // A strong cue further off is news, not backdrop.
        assert_eq!(threats("They met amid reports that North Korea had fired ballistic missiles.").len(), 1);
    }

    #[test]
    fn a_ranking_beside_another_cue_leaves_the_other_cue_its_threat() {
        let found =
            threats("He names Russia as the state of gravest concern as it holds most fissile material.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].cue, "fissile material");
    }

    #[test]
    fn rarer_launch_and_intrusion_wording() {
        let found = threats("North Korea test-launched two projectiles into the sea.");
        assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::WeaponsTest));
        let found = threats("Investigators found intruders in the networks of a water utility.");
        assert_eq!(found.first().map(|t| t.category), Some(ThreatCategory::Cyber));
    }

    #[test]
    fn the_summary_names_what_the_actor_did() {
        let found = threats("Russia's invasion of Ukraine began in February.");
        assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Russia -> invasion -> Ukraine"));
        // Far from its actor, the cue alone says what.
        let found = threats(
            "North Korea, which has long defied its neighbours and the rest of the world, fired missiles.",
        );
        assert_eq!(found.first().map(|t| t.summary.as_str()), Some("North Korea -> missiles"));
        // What the actor did takes in the object the next cue names.
        let found = threats("The Russian military test-fired an Iskander ballistic missile.");
        let summary = found.first().map(|t| t.summary.as_str());
        assert_eq!(summary, Some("Russian military -> test-fired an Iskander ballistic missile"));
        // A name between the actor and the cue is another subject.
        let found = threats("Libya wasn't Dan's first war zone.");
        assert_eq!(found.first().map(|t| t.summary.as_str()), Some("Libya -> war"));
    }
}
