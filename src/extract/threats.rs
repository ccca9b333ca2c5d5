//! Threats: sentences (or, in long sentences, clauses) that state a danger, a hostile act or a
//! risk, found from the cues in `assets/lexicon/threat-cues.tsv`.
//!
//! A strong cue ("ballistic missiles", "bombing", "nuclear test") proposes a threat on its own. A
//! weak cue ("tensions", "troops", "sanctions", "threats", "terrorism") needs a state,
//! organisation, armed force or armed group in its own clause, acting or targeted (or a count: "300
//! people had been killed", but not a year or a sum of money), so "unity when facing common
//! threats" proposes nothing, and it is ignored next to words of diplomacy ("talks", "a deal",
//! "sanctions relief") where it names what is being negotiated rather than a danger.
//!
//! A cue does not count where the words around it say the opposite of a danger: after a negation
//! ("no interest in nuclear arms"), as the object of a countermeasure ("to tackle nuclear
//! terrorism", "destroy their nuclear bombs", "a ban on sales of weapons"), after "historical", or
//! inside a capitalised name ("the Cold War"); nor where it is used of politics or work ("attacks
//! on the bill", "personal attacks", "an aggressive climate policy", "the dockworkers' strike":
//! `threats/figurative.rs`).
//!
//! One threat per sentence at most, with the category and severity of its most severe cue. The
//! evidence is the sentence, or the clause around the cue when the sentence is longer than an
//! analyst would read as one statement. The same kind of threat (cue family) about the same actor
//! is proposed once, and so is a sentence that follows one about the same kind of threat, a
//! definite reference ("the attack", "the failed coup") to a kind already proposed, and an event
//! named again by the word before its cue ("the Ruritanian genocide", "the proxy war"): follow-ups
//! usually elaborate a threat already proposed, and two suggestions of one threat only cost the
//! analyst time. When a restatement of the same family says more than the statement kept (the
//! actor acting just before the cue, the target, an object, a count), it becomes the evidence
//! (`threats/merge.rs`); a later mention by name ("the attack") never does. A headline only announces what the article states in full, so it proposes nothing.
//! A cue set as the scene ("the leaders met amid rising tensions") proposes nothing either.
//!
//! Beyond the cue list, a state holding foreign citizens ("has detained two Canadians") is a
//! threat. Each threat has a one-line summary, who -> what -> against whom (`threats/rules.rs`),
//! where who is the agent of the cue or left open ("? -> explosion"): a state merely mentioned in
//! the sentence is not named as the one who acted.

pub(crate) mod cjk;
mod denial;
mod figurative;
mod merge;
mod rules;

use std::collections::HashMap;
use std::ops::Range;

use super::SuggestedThreat;
use super::actors::{ActorTable, MentionRecord};
use super::lexicon::{CueGroup, LEXICON, Words};
use super::tokens::{TokenKind, TokenizedText};
use crate::model::{ActorKind, ThreatCategory};

/// Longest evidence, in bytes, before a sentence is cut down to the clause around its cue.
const MAX_EVIDENCE_BYTES: usize = 300;

/// How many tokens before a state or group after a cue a word such as "on" makes it the target
/// ("an attack on the Elbonian consulate").
const TARGET_PREPOSITION_REACH: usize = 3;

/// How far from a cue (in tokens) the actor of a threat is looked for.
const ACTOR_REACH_TOKENS: usize = 30;

/// How many tokens on each side of a weak cue are searched for [`Words::DiplomacyWords`].
const DIPLOMACY_WINDOW_TOKENS: usize = 6;

/// How many tokens before a cue a scene-setting word ("amid") is looked for: a strong cue must
/// stand close ("amid rocket fire"), a weak one may be further off ("amid a period of rising
/// tensions").
const SCENE_WINDOW_STRONG: usize = 4;
const SCENE_WINDOW_WEAK: usize = 7;

/// How many tokens a headline may have: a feature's headline runs longer than a wire report's
/// ("On the ridge above the town, a drone alarm wakes an old fear: 'We always hear them first'").
const HEADLINE_MAX_TOKENS: usize = 32;

/// The cue family of a ranking ("the gravest threat"), which names a danger beside it.
const ASSESSMENT_FAMILY: &str = "assessment";

/// The cue family that a detention of foreign citizens is proposed under.
const DETENTION_FAMILY: &str = "detention";

/// The cue family that an incursion into airspace or territorial waters is proposed under.
const INCURSION_FAMILY: &str = "incursion";

/// The cue family that unmanned aircraft seen over a site are proposed under.
const DRONE_INCURSION_FAMILY: &str = "drone-incursion";

/// The cue family that probing of computer networks is proposed under.
const INTRUSION_FAMILY: &str = "intrusion";

/// The cue family that homes or markets set on fire are proposed under.
const ARSON_FAMILY: &str = "arson";

/// The cue family that damage to a cable or a pipeline is proposed under.
const INFRASTRUCTURE_DAMAGE_FAMILY: &str = "infrastructure-damage";

struct CueHit {
    start: usize,
    end: usize,
    group: usize,
}

/// What has been proposed so far, for the rules that keep one suggestion per threat. Each key leads
/// to the index of the threat it belongs to, so that a restatement can lend that threat better
/// evidence.
#[derive(Default)]
struct Reported {
    /// (cue family, acting state or organisation) of every threat proposed.
    families: HashMap<(String, Option<usize>), usize>,
    /// The last threat proposed of each category.
    categories: HashMap<ThreatCategory, usize>,
    /// Events named by a capitalised word before their cue ("the Ruritanian genocide").
    events: HashMap<(String, ThreatCategory), usize>,
    /// The sentence of the last threat (or of its last follow-up), that threat and the families of
    /// its cues.
    last_sentence: Option<usize>,
    last_threat: Option<usize>,
    last_families: Vec<String>,
}

impl Reported {
    fn follows(&self, sentence_index: usize) -> bool {
        self.last_sentence.is_some_and(|last| last + 1 == sentence_index)
    }

    /// The threat already proposed that a cue restates, if any: a definite reference to a kind
    /// already proposed, the same family by the same actor, a follow-up sentence of the same family
    /// (when `may_follow`), or an event named the same way.
    fn restated(
        &self,
        sentence_index: usize,
        group: &CueGroup,
        actor: Option<usize>,
        anaphoric: bool,
        event: Option<&(String, ThreatCategory)>,
        may_follow: bool,
    ) -> Option<usize> {
        let by_reference = anaphoric.then(|| self.categories.get(&group.category).copied()).flatten();
        // Two statements with no actor named are not known to be by the same one: only a
        // consecutive sentence (below) makes them one threat.
        let by_family = || actor.and_then(|_| self.families.get(&(group.family.clone(), actor)).copied());
        let by_sequence = || {
            (may_follow
                && self.follows(sentence_index)
                && (self.last_families.contains(&group.family)
                    || is_event_category(group.category)
                        && self
                            .last_families
                            .iter()
                            .any(|family| family_category(family) == Some(group.category))))
            .then_some(self.last_threat)
            .flatten()
        };
        let by_event = || event.and_then(|e| self.events.get(e).copied());
        by_reference.or_else(by_family).or_else(by_sequence).or_else(by_event)
    }
}

/// A cue chosen to speak for a sentence, with its group and its acting state or group.
type Choice<'a> = (&'a CueHit, &'a CueGroup, Option<&'a MentionRecord>);

/// Finds the threats in the text, in order.
pub fn find_threats(text: &TokenizedText<'_>, actors: &ActorTable) -> Vec<SuggestedThreat> {
    let lexicon = &*LEXICON;
    let mut threats: Vec<(SuggestedThreat, i32)> = Vec::new();
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
        add_rule_hits(
            text,
            sentence.clone(),
            INFRASTRUCTURE_DAMAGE_FAMILY,
            rules::infrastructure_damage,
            &mut hits,
        );
        add_rule_hits(text, sentence.clone(), ASSESSMENT_FAMILY, rules::rising_danger, &mut hits);
        add_rule_hits(text, sentence.clone(), ARSON_FAMILY, rules::arson, &mut hits);
        add_rule_hits(text, sentence.clone(), INCURSION_FAMILY, rules::zone_violation, &mut hits);
        add_rule_hits(text, sentence.clone(), DRONE_INCURSION_FAMILY, rules::drone_sighting, &mut hits);
        add_rule_hits(text, sentence.clone(), INTRUSION_FAMILY, rules::network_probe, &mut hits);
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
        let mut best: Option<Choice<'_>> = None;
        // The most severe cue that restates a threat already proposed, with that threat.
        let mut restatement: Option<(Choice<'_>, usize)> = None;
        let mut families_here = Vec::new();
        let mut events_here = Vec::new();
        let cue_starts: Vec<usize> = hits.iter().map(|hit| hit.start).collect();
        // "It also stole patient files": a sentence led by a pronoun for the actor of the threat
        // just proposed tells more of that threat, unless it dates events of its own ("It has
        // carried out attacks before, including a 2015 bombing").
        let continues = LEXICON.word_in(Words::ContinuingSubjects, text, statement)
            && !(statement..sentence.end).any(|i| figurative::is_year(text, i));
        for hit in &hits {
            let Some(group) = lexicon.cue_groups.get(hit.group) else { continue };
            if is_cancelled(text, sentence.start, hit) || ranked_danger_named && is_assessment(hit) {
                continue;
            }
            // "attacks on the bill", "an aggressive climate policy", "the dockworkers' strike":
            // politics or work, not force.
            // "seized $2 million in cash", "a firm under sanctions since 2019", "controls imposed
            // after the 2022 invasion": police work, a standing state, a date, not a hostile act.
            // "nerve agent experts": the field of the people who speak, not a danger.
            // "asked the army to deploy reinforcements": a response asked for, not a danger.
            if !group.strong && figurative::political(text, sentence.clone(), hit.start..hit.end)
                || figurative::labour_strike(text, sentence.start, hit.start..hit.end)
                || figurative::war_on_ill(text, sentence.end, hit.start..hit.end)
                || figurative::seizes_money(text, sentence.clone(), hit.start..hit.end)
                || figurative::standing_state(text, sentence.start, hit.start..hit.end)
                || figurative::dates_something(text, sentence.start, hit.start..hit.end)
                || LEXICON.word_in(Words::FieldNouns, text, hit.end)
                || rules::source_fear(text, sentence.clone(), hit.start)
                || figurative::word_named(text, sentence.clone(), hit.start..hit.end)
                || !group.strong && rules::requested(text, statement, hit.start)
            {
                continue;
            }
            // "dismissed the report and said it had no part in the drone flights", "no networks
            // were breached", "troops had not been deployed", "the street looked like a war zone",
            // "officers seized two laptops": a denial, a negated event, a likeness, police work.
            if denial::denied(text, statement..sentence.end, hit.start..hit.end)
                || denial::negated_subject(text, statement, hit.start)
                || denial::negated_predicate(text, hit.end, &cue_starts)
                || denial::simile(text, statement, hit.start)
                || denial::police_seizure(text, statement, hit.start..hit.end)
                || !group.strong && denial::routine(text, statement, hit.start)
                || !group.strong && denial::response(text, sentence.end, hit.end)
                || !group.strong && denial::arrested(text, statement, hit.start..hit.end)
                || !group.strong && denial::conditional(text, statement..sentence.end)
            {
                continue;
            }
            let clause = clauses_around(&clauses, sentence, hit.start);
            let mention = acting_group(text, actors, clause.clone(), hit)
                .or_else(|| acting_group(text, actors, sentence.clone(), hit));
            let actor = mention.map(|m| m.actor);
            // A count makes a weak cue a fact ("at least 300 people had been killed"); a year or a
            // sum of money does not ("the 2008 collapse", "$9 billion in infrastructure").
            let counted = (hit.start.saturating_sub(4).max(sentence.start)..hit.start)
                .any(|i| figurative::is_count(text, i))
                || figurative::counted_after(text, sentence.clone(), hit.end);
            // "The danger is that a boat is rammed and a sailor killed": a risk that names the harm
            // it risks is an assessment of its own.
            let harm_named = LEXICON.has(Words::RiskFamilies, &group.family)
                && hits.iter().any(|other| {
                    other.start >= hit.end
                        && lexicon
                            .cue_groups
                            .get(other.group)
                            .is_some_and(|g| LEXICON.has(Words::HarmFamilies, &g.family))
                });
            // "lost contact with about 200 workers": people missing are a threat only when counted
            // ("lost contact with its satellite" is none).
            if !counted && LEXICON.has(Words::CountedFamilies, &group.family) {
                continue;
            }
            let stands_alone = group.strong || counted || harm_named;
            // A weak cue needs a state or group in its own clause that acts in it or is its target
            // ("an attack on the Elbonian embassy"); one in another clause of the sentence is about
            // something else ("the Elbonian envoy spoke, but the pressure grew"), except the one a
            // relative clause is about ("Elbonia, which massed troops").
            let own = with_antecedent(text, &clauses, clause.clone());
            let anchored = group_near(text, actors, own.clone(), hit, true).is_some()
                || rules::forces_by_nationality(text, own, hit.start..hit.end);
            if !stands_alone && (!anchored || near_diplomacy(text, sentence.clone(), hit)) {
                continue;
            }
            families_here.push(group.family.clone());
            let event = rules::event_name(text, statement, hit.start, group.category);
            // "the risk of a miscalculation": a cue that carries its own complement names
            // something new, however definite its article.
            // "the killings of two dissidents": a count after "of" names the victims of an event
            // not told before.
            // "the same custom malware", "the most serious hacking case": a reference back too.
            let anaphoric = rules::definite_reference(text, sentence.start, hit.start)
                && !(hit.start..hit.end).any(|i| text.is_word_ci(i, "of"))
                && !(text.is_word_ci(hit.end, "of")
                    && figurative::counted_after(text, sentence.clone(), hit.end + 1))
                || rules::named_as_known(text, statement, hit.start..hit.end);
            let more_severe =
                |current: &CueGroup| (group.severity, group.strong) > (current.severity, current.strong);
            // "similar attacks", "a separate ambush": another event of the kind, not the one before.
            let new_event =
                hit.start > statement && LEXICON.word_in(Words::NewEventWords, text, hit.start - 1);
            // "the war has killed thousands of people": a running toll is a statement of its own,
            // not more of the event in the sentence before.
            let tally = hit.start > statement
                && LEXICON.word_in(Words::PerfectAuxiliaries, text, hit.start - 1)
                && figurative::counted_after(text, sentence.clone(), hit.end);
            // "described the episode as sabotage": a label on the event just told.
            let labelled = rules::labels_event_told(text, statement, hit.start)
                .then_some(reported.last_threat)
                .flatten();
            if let Some(threat) = labelled.or_else(|| {
                // "It also stole patient files": the pronoun's sentence goes on with the last threat.
                let continued = (continues && !tally && reported.follows(sentence_index))
                    .then_some(reported.last_threat)
                    .flatten();
                reported
                    .restated(sentence_index, group, actor, anaphoric && !tally, event.as_ref(), !tally)
                    .or(continued)
                    .filter(|_| !new_event)
            }) {
                if restatement.is_none_or(|((_, current, _), _)| more_severe(current)) {
                    restatement = Some(((hit, group, mention), threat));
                }
                events_here.extend(event);
                continue;
            }
            events_here.extend(event);
            if best.is_none_or(|(_, current, _)| more_severe(current)) {
                best = Some((hit, group, mention));
            }
        }
        let sentence_view = SentenceView { range: sentence.clone(), clauses: &clauses, hits: &hits };
        let Some(choice) = best else {
            if !families_here.is_empty() && reported.follows(sentence_index) {
                // An elaboration of the previous threat: the run of follow-ups goes on.
                reported.last_sentence = Some(sentence_index);
                reported.last_families.extend(families_here);
            }
            // A restatement that says more (who, against whom, how many) gives the threat its
            // evidence: the analyst reads the most informative sentence, not the first.
            if let Some((choice, index)) = restatement
                && let Some((candidate, statement)) = build_threat(text, actors, &sentence_view, choice)
                && let Some(kept) = threats.get_mut(index)
            {
                merge::keep_more_informative(kept, candidate, &statement);
            }
            continue;
        };
        // "…when it was struck 35 miles off the port": an agentless passive right after a threat
        // tells more of that event, not of a new one, unless the statement opens with a year of
        // its own ("In 2019 the email system was hacked": an earlier event).
        if reported.follows(sentence_index)
            && !opens_with_year(text, statement)
            && is_agentless_passive(text, sentence.clone(), choice.0)
        {
            reported.last_sentence = Some(sentence_index);
            reported.last_families.extend(families_here);
            continue;
        }
        let Some((threat, statement)) = build_threat(text, actors, &sentence_view, choice) else { continue };
        let score = merge::informativeness(&statement);
        let (_, group, mention) = choice;
        let actor = mention.map(|m| m.actor);
        let index = threats.len();
        reported.events.extend(events_here.into_iter().map(|e| (e, index)));
        reported.families.insert((group.family.clone(), actor), index);
        reported.categories.insert(group.category, index);
        reported.last_sentence = Some(sentence_index);
        reported.last_threat = Some(index);
        reported.last_families = families_here;
        threats.push((threat, score));
    }
    let mut threats: Vec<SuggestedThreat> = threats.into_iter().map(|(threat, _)| threat).collect();
    threats.sort_by_key(|threat| threat.start);
    threats
}

/// A sentence being read: its tokens, its clauses and the cues found in it.
struct SentenceView<'a> {
    range: Range<usize>,
    clauses: &'a [Range<usize>],
    hits: &'a [CueHit],
}

/// The threat a cue proposes in its sentence (evidence, cue, one-line summary), with what its
/// evidence states beyond the cue ([`merge::Statement`]).
fn build_threat(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    sentence: &SentenceView<'_>,
    (hit, group, mention): Choice<'_>,
) -> Option<(SuggestedThreat, merge::Statement)> {
    let clauses = sentence.clauses;
    // "TAIPEI — Taiwan's defence ministry said …": the dateline is not part of the statement.
    let evidence_sentence = text.statement_start(sentence.range.start, hit.start)..sentence.range.end;
    let (start_byte, end_byte) = evidence_range(text, evidence_sentence, clauses, hit.start);
    let evidence = text.slice(start_byte, end_byte);
    if evidence.is_empty() {
        return None;
    }
    let cue = match (text.tokens.get(hit.start), hit.end.checked_sub(1).and_then(|i| text.tokens.get(i))) {
        (Some(first), Some(last)) => text.slice(first.start_byte, last.end_byte).to_owned(),
        _ => String::new(),
    };
    let actor = mention.map(|m| m.actor);
    let clause = clauses_around(clauses, &sentence.range, hit.start);
    let target = target_of(text, actors, clause.clone(), hit, actor);
    let what_range =
        hit.start..rules::object_end(text, hit.end, sentence.hits.iter().map(|h| h.start..h.end));
    let what_text = match (text.tokens.get(hit.start), text.tokens.get(what_range.end - 1)) {
        (Some(first), Some(last)) => text.slice(first.start_byte, last.end_byte),
        _ => cue.as_str(),
    };
    let statement_start = text.statement_start(sentence.range.start, hit.start);
    let who = rules::summary_agent(text, statement_start, clause.clone(), mention, hit.start..hit.end);
    let what = rules::action_phrase(text, who, what_range.clone(), what_text);
    let summary = rules::one_line_summary(
        rules::mention_name(actors, who),
        &what,
        target.and_then(|t| actors.name_of(t)),
    );
    let statement = merge::Statement {
        actor_before: mention
            .is_some_and(|m| m.start_token >= clause.start && rules::actor_acts(text, m, hit.start)),
        target: target.is_some(),
        object: what_range.end > hit.end,
        counted: (clause.start..clause.end).any(|i| figurative::is_count(text, i)),
        refers_back: merge::named_with_determiner(text, clause.start, hit.start),
    };
    let threat = SuggestedThreat {
        summary,
        category: group.category,
        severity: group.severity,
        evidence: evidence.to_owned(),
        start: start_byte,
        end: end_byte,
        rule: format!("threat:cue:{}", group.family),
        cue,
    };
    Some((threat, statement))
}

/// The clause of the sentence that holds token `at`, or the whole sentence.
fn clauses_around(clauses: &[Range<usize>], sentence: &Range<usize>, at: usize) -> Range<usize> {
    let index = clauses.partition_point(|c| c.end <= at);
    clauses.get(index).filter(|c| c.contains(&at)).cloned().unwrap_or(sentence.clone())
}

/// A clause with, when it is a relative clause ("…, which massed troops"), the clause before it,
/// which names what it is about.
fn with_antecedent(text: &TokenizedText<'_>, clauses: &[Range<usize>], clause: Range<usize>) -> Range<usize> {
    let relative = LEXICON.word_in(Words::RelativePronouns, text, clause.start);
    let index = clauses.partition_point(|c| c.end <= clause.start);
    match index.checked_sub(1).and_then(|i| clauses.get(i)) {
        Some(before) if relative => before.start..clause.end,
        _ => clause,
    }
}

/// Whom a threat is aimed at: the first actor other than its actor mentioned after the cue in its
/// clause ("missiles fired towards Japan", "a cyberattack on Acme Grid"), unless a verb of speech
/// follows it: "…, analysts at the Acme Institute said" names the source, not the target.
fn target_of(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    clause: Range<usize>,
    hit: &CueHit,
    actor: Option<usize>,
) -> Option<usize> {
    let first = actors.mentions.partition_point(|m| m.start_token < hit.end);
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < clause.end.min(hit.end + ACTOR_REACH_TOKENS))
        .find(|m| {
            Some(m.actor) != actor
                && !matches!(actors.kind_of(m), ActorKind::Media | ActorKind::Person)
                && !(text.is_word(m.end_token) && LEXICON.is_speech_verb(text.key(m.end_token)))
        })
        .map(|m| m.actor)
}

/// How many tokens at the start of a statement a year is looked for ("In 2019 the …").
const OPENING_YEAR_REACH: usize = 3;

/// Whether a statement opens with a year ("In 2019 the email system was hacked", "Back in 2015,"):
/// it dates an event of its own.
fn opens_with_year(text: &TokenizedText<'_>, statement: usize) -> bool {
    (statement..statement + OPENING_YEAR_REACH).any(|i| figurative::is_year(text, i))
}

/// Whether consecutive statements of a category usually tell one event ("Rebels shelled the town.
/// Nine people were killed."), not several things of a kind (missiles, then warheads).
fn is_event_category(category: ThreatCategory) -> bool {
    LEXICON.has(Words::EventCategories, category.name())
}

/// The category of the cues of a family.
fn family_category(family: &str) -> Option<ThreatCategory> {
    LEXICON.cue_groups.iter().find(|g| g.family == family).map(|g| g.category)
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

/// Adds a cue of `family` for each passage a rule finds in the sentence (the rule is given the
/// sentence and a token, and returns the passage that starts or ends there), in place of the cues
/// the passage covers.
fn add_rule_hits(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    family: &str,
    rule: fn(&TokenizedText<'_>, Range<usize>, usize) -> Option<Range<usize>>,
    hits: &mut Vec<CueHit>,
) {
    let Some(group) = LEXICON.cue_groups.iter().position(|g| g.family == family) else { return };
    let found: Vec<Range<usize>> =
        sentence.clone().filter_map(|at| rule(text, sentence.clone(), at)).collect();
    if found.is_empty() {
        return;
    }
    for range in found {
        hits.retain(|hit| hit.end <= range.start || hit.start >= range.end);
        hits.push(CueHit { start: range.start, end: range.end, group });
    }
    hits.sort_by_key(|hit| hit.start);
}

/// The state, armed force, armed group or international organisation mentioned nearest the cue in
/// tokens `range` ("military assertiveness from China"): the likely actor of the threat. Other
/// organisations (think tanks, agencies) are more often the source or the target than the actor.
///
/// One after the cue behind a word such as "on" or "towards" ("the attack on the Elbonian
/// consulate") is its target, not its actor.
fn acting_group<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    range: Range<usize>,
    hit: &CueHit,
) -> Option<&'a MentionRecord> {
    group_near(text, actors, range, hit, false)
}

/// The state or group nearest the cue in tokens `range`, its target included when
/// `targets_too` ([`acting_group`] without it).
fn group_near<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    range: Range<usize>,
    hit: &CueHit,
    targets_too: bool,
) -> Option<&'a MentionRecord> {
    // Within a few dozen tokens of the cue: near enough to act in it, and linear in the text.
    let range = range.start.max(hit.start.saturating_sub(ACTOR_REACH_TOKENS))
        ..range.end.min(hit.end + ACTOR_REACH_TOKENS);
    let first = actors.mentions.partition_point(|m| m.start_token < range.start);
    let object_of_cue = active_verb(text, range.start, hit);
    // "…attacked the base, the UN mission said": a body named after the cue and speaking is the
    // source of the report, not the actor.
    let source = |m: &MentionRecord| {
        m.start_token >= hit.end
            && (m.end_token..(m.end_token + 2).min(range.end))
                .take_while(|&i| {
                    text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                        && !text.is_word_ci(i, "to")
                })
                .any(|i| text.is_word(i) && LEXICON.is_speech_verb(text.key(i)))
    };
    // "attacked a base in northern Elbonia": a state after "in" is where it happened, not who did it.
    let placed = |m: &MentionRecord| {
        (m.start_token.saturating_sub(TARGET_PREPOSITION_REACH).max(range.start)..m.start_token)
            .rev()
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
            .any(|i| LEXICON.word_in(Words::LocativePrepositions, text, i))
    };
    let targeted = |m: &MentionRecord| {
        m.start_token >= hit.end
            && (m.start_token.saturating_sub(TARGET_PREPOSITION_REACH).max(hit.end)..m.start_token)
                .any(|i| LEXICON.word_in(Words::TargetPrepositions, text, i))
            || object_of_cue && is_object(text, hit.end, m.start_token)
    };
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < range.end)
        .filter(|m| {
            is_acting_kind(actors.kind_of(m)) && (targets_too || !targeted(m) && !placed(m) && !source(m))
        })
        .min_by_key(|m| {
            if m.start_token >= hit.end {
                m.start_token - hit.end
            } else {
                hit.start - m.end_token.min(hit.start)
            }
        })
}

/// Whether the cue is one verb in the active past or a present participle ("fighters attacked",
/// "keep targeting", not "was attacked"): what follows it is its object, the target.
fn active_verb(text: &TokenizedText<'_>, from: usize, hit: &CueHit) -> bool {
    hit.end == hit.start + 1
        && text.is_word(hit.start)
        && (text.key(hit.start).ends_with("ed") || text.key(hit.start).ends_with("ing"))
        && !(hit.start > from && LEXICON.word_in(Words::Auxiliaries, text, hit.start - 1))
}

/// Whether a mention at token `mention` stands as the object of a verb ending at `verb_end`: within
/// a few words, with no punctuation and no word that opens another clause between ("attacked a
/// United Nations base").
fn is_object(text: &TokenizedText<'_>, verb_end: usize, mention: usize) -> bool {
    mention >= verb_end
        && mention - verb_end <= TARGET_PREPOSITION_REACH
        && (verb_end..mention).all(|i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                && !LEXICON.word_in(Words::ClauseOpeners, text, i)
                && !LEXICON.word_in(Words::ObjectBreakers, text, i)
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
    (from..to).any(|i| {
        text.is_word(i)
            && LEXICON.has(Words::DiplomacyWords, text.token_text(i))
            && !paired_with_security(text, i)
    })
}

/// Whether a word stands in a pair with a word of security ("military and civilian sites",
/// "civilian or military use"): the pair names both, not peaceful use alone.
fn paired_with_security(text: &TokenizedText<'_>, index: usize) -> bool {
    let conjunction = |i: usize| text.is_word_ci(i, "and") || text.is_word_ci(i, "or");
    (index >= 2 && conjunction(index - 1) && LEXICON.word_in(Words::SecurityFields, text, index - 2))
        || (conjunction(index + 1) && LEXICON.word_in(Words::SecurityFields, text, index + 2))
}

/// Whether the words around a cue cancel it: a negation (up to three tokens before) or a
/// countermeasure verb (up to five) before it, a past modifier right before it, or a capital
/// letter mid-sentence (part of a name such as "the Cold War").
/// A cue in the passive with no agent named after it ("was struck", "were attacked"), not "was
/// struck by a drone".
fn is_agentless_passive(text: &TokenizedText<'_>, sentence: Range<usize>, hit: &CueHit) -> bool {
    let passive = hit.start > sentence.start
        && LEXICON.word_in(Words::Auxiliaries, text, hit.start - 1)
        && !LEXICON.word_in(Words::PerfectAuxiliaries, text, hit.start - 1)
        && {
            let verb = text.key(hit.start);
            verb.ends_with("ed") || LEXICON.has(Words::IrregularParticiples, verb)
        };
    passive && !(hit.end..(hit.end + 8).min(sentence.end)).any(|i| text.is_word_ci(i, "by"))
}

fn is_cancelled(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    let Some(first) = text.tokens.get(hit.start) else { return true };
    // After a dateline ("WASHINGTON - Hackers linked to …") the sentence really starts later.
    let sentence_start = text.statement_start(sentence_start, hit.start);
    // "DDoS", like "ICBM", is an abbreviation, not a word capitalised as part of a name.
    let abbreviation = first.all_caps || text.token_text(hit.start).chars().skip(1).any(char::is_uppercase);
    if hit.start > sentence_start && first.capitalised && !abbreviation {
        return true;
    }
    if hit.start > sentence_start
        && (LEXICON.word_in(Words::PastModifiers, text, hit.start - 1)
            || LEXICON.word_in(Words::HypotheticalDeterminers, text, hit.start - 1))
    {
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
/// more text. A closing quote mark ends a sentence only after a full stop, "!" or "?" inside it:
/// "Strike 'key terror risk'" is a headline, "He said: 'We will act.'" is not.
fn headline_paragraph(text: &TokenizedText<'_>) -> Option<Range<usize>> {
    let first = text.paragraphs.first()?.clone();
    let last = first.end.checked_sub(1)?;
    let stop = |index: usize| [".", "!", "?"].contains(&text.token_text(index));
    let quote_mark = ["\"", "”", "'", "’"].contains(&text.token_text(last));
    let closed = stop(last) || quote_mark && last.checked_sub(1).is_some_and(|i| i >= first.start && stop(i));
    (text.paragraphs.len() > 1 && first.len() <= HEADLINE_MAX_TOKENS && !closed).then_some(first)
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
mod tests;
