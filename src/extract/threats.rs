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
//! ("no interest in nuclear arms"), a negated judgement ("we do not assess that an attack is
//! imminent") or nothing to show it ("no information suggesting the missiles entered its waters"),
//! after a denial, verb or noun ("repeated the ministry's denial that it had sent troops"), as the
//! object of a countermeasure ("to tackle nuclear terrorism", "destroy their nuclear bombs", "a ban
//! on sales of weapons") or of a purchase ("to buy more rocket launchers"), a weapon recovered
//! ("parts found in drones shot down"), as a kind in question ("whether this was a new type of
//! missile"), after "historical", or inside a capitalised name ("the Cold War"); nor where it is
//! used of politics or work ("attacks on the bill", "personal attacks", "an aggressive climate
//! policy", "the dockworkers' strike": `threats/figurative.rs`).
//!
//! One threat per sentence at most, with the category and severity of its most severe cue. The
//! evidence is the sentence, or the clause around the cue when the sentence is longer than an
//! analyst would read as one statement; a trailing clause dated from another event (", days after
//! the ministry warned …") is left out of it. The same kind of threat (cue family) about the same actor
//! is proposed once, and so is a sentence that follows one about the same kind of threat, a
//! definite reference ("the attack", "the failed coup") to a kind already proposed, and an event
//! named again by the word before its cue ("the Ruritanian genocide", "the proxy war"): follow-ups
//! usually elaborate a threat already proposed, and two suggestions of one threat only cost the
//! analyst time. When a restatement of the same family says more than the statement kept (the
//! actor acting just before the cue, the target, an object, a count), it becomes the evidence
//! (`threats/merge.rs`); a later mention by name ("the attack") never does. A headline only
//! announces what the article states in full, so it proposes nothing, and so does a subhead in
//! the body ("SHADOW FLEET SUSPICIONS").
//! A cue set as the scene ("the leaders met amid rising tensions") proposes nothing either.
//! After a threat of its category, a cue someone reacts to ("condemned the "cowardly attack""), one
//! that places the event in a series ("the latest in a string of breaches") and one hedged as a case
//! looked into ("a possible breach") are that threat again (`threats/cues.rs`); a count in the
//! perfect ("has carried out more than 40 bombings") is the actor's record, a threat of its own
//! (`threats/restating.rs`), and so are arms handed over ("delivered hundreds of drones to the
//! army"), a transfer by their supplier.
//! The same cue told again a few sentences on with no actor named either time ("Rockets hit the
//! town. … At least five rockets struck it") is one threat, unless introduced as a first mention
//! ("a hacking incident"); "This is a campaign of intimidation" or "This is one of the worst
//! attacks" after a threat is its label; a sentence set in a year of its own ("… were kidnapped
//! in the region last year") never becomes the evidence of a threat told, and a relative clause
//! set in one ("a gang whose men seized a tanker in 2024") recalls its actor's record
//! (`threats/restating.rs`). A quotation naming no actor whose cue's family was proposed before
//! ("Shelling can start again any night," a pilot said, after the shelling told) comments on
//! that threat (`threats/reported.rs`).
//!
//! Beyond the cue list, a state holding foreign citizens ("has detained two Canadians") is a
//! threat, and so are a warning of harm to come ("warned that informers would be hunted":
//! `threats/warnings.rs`), fires set on purpose ("the blazes were set deliberately") and arrests
//! of opponents, reporters or protesters ("police rounded up a dozen opposition campaigners":
//! `threats/repression.rs`). A weak cue is also anchored by a state's forces named without their
//! state ("the army deployed two battalions"; not police, whose raids are their work, nor forces
//! that only report: `rules::unnamed_state_forces`), and a weak warning by the known speaker of
//! the quotation it stands in ("Our patience is not unlimited," the minister said).
//!
//! Each threat has a one-line summary, who -> what -> against whom (`threats/rules.rs`), where who
//! is the agent of the cue or left open ("? -> explosion"): a state merely mentioned in
//! the sentence is not named as the one who acted. With no state or group as agent, the who is the
//! clause's subject described as attackers ("armed men"), a group it introduces ("a militia calling
//! itself …"), the agent after "by", or the armed group a definite description or a pronoun refers
//! back to (`threats/subjects.rs`). Two reported statements in one sentence by two named actors
//! ("… had been seen moving to the border and that … reservists had been called up") are two
//! threats (`threats/split.rs`).
//!
//! This file reads the text sentence by sentence ([`find_threats`]): it collects the cues, reads
//! them (drops those that do not count, sorts the rest into new threats and restatements) and
//! proposes or merges. The parts live beside it: `threats/cues.rs` (cue hits and the checks on a
//! cue: headline, scene, diplomacy, cancelling words, agentless passive), `threats/agents.rs` (who
//! acts, whom it is aimed at), `threats/evidence.rs` (clauses and the evidence range),
//! `threats/reported.rs` (what has been proposed so far), `threats/denial.rs`,
//! `threats/figurative.rs`, `threats/places.rs`, `threats/sightings.rs` (drones over a site, people
//! held captive), `threats/subjects.rs` (who acts when no state or group is named),
//! `threats/split.rs` (two threats in one sentence) and `threats/rules.rs` (the rules).

mod agents;
pub(crate) mod cjk;
mod coercion;
mod cues;
mod denial;
mod espionage;
mod evidence;
mod extortion;
mod figurative;
mod likelihood;
mod merge;
mod places;
mod plots;
mod ranked;
mod recruitment;
mod reported;
mod repression;
mod restating;
mod rules;
mod sightings;
mod split;
mod subjects;
mod warnings;

use std::ops::Range;

use self::agents::{acting_group, group_near, target_of};
use self::cues::{
    CueHit, collect_hits, headline_paragraph, is_agentless_passive, is_scene_set, opens_with_year,
};
use self::evidence::{clause_ranges, clauses_around, evidence_range, with_antecedent};
use self::reported::{Reported, Telling};
use super::SuggestedThreat;
use super::actors::{ActorTable, MentionRecord};
use super::lexicon::{CueGroup, LEXICON, Words};
use super::tokens::TokenizedText;
use crate::model::ThreatCategory;

/// How many words may stand between a weapon and the verb of its strike ("drones had struck").
const WEAPON_GAP_TOKENS: usize = 2;

/// How many tokens around a cue of harm the year that sets it apart is looked for.
const DATED_EVENT_REACH: usize = 40;

/// How many tokens after a cue of harm its counted toll may start ("an attack on the gas field in
/// April killed four workers").
const TOLL_GAP_TOKENS: usize = 10;

/// A cue chosen to speak for a sentence, with its group and its acting state or group.
type Choice<'a> = (&'a CueHit, &'a CueGroup, Option<&'a MentionRecord>);

/// A quotation whose speaker is known: its byte range and the speaker's name.
pub struct SpokenQuote<'a> {
    pub range: Range<usize>,
    pub speaker: &'a str,
}

/// Finds the threats in the text, in order. `spoken` holds the quotations whose speaker is known,
/// in text order: a warning in one is the speaker's ("Our patience is not unlimited," the minister
/// said).
pub fn find_threats(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    spoken: &[SpokenQuote<'_>],
) -> Vec<SuggestedThreat> {
    let mut threats: Vec<(SuggestedThreat, i32)> = Vec::new();
    let mut reported = Reported::default();
    let headline = headline_paragraph(text);
    // In text order: a binary search finds the one a sentence may stand in (a text of many short
    // lines stays linear-logarithmic).
    let subheads = cues::subheads(text, headline.as_ref());
    let in_subhead = |token: usize| {
        let after = subheads.partition_point(|s| s.start <= token);
        after.checked_sub(1).and_then(|i| subheads.get(i)).is_some_and(|s| s.contains(&token))
    };
    for (sentence_index, sentence) in text.sentences.iter().enumerate() {
        if headline.as_ref().is_some_and(|h| h.contains(&sentence.start)) || in_subhead(sentence.start) {
            continue;
        }
        let hits = collect_hits(text, actors, sentence.clone());
        if hits.is_empty() {
            continue;
        }
        // Scene-setting: "the leaders met amid rising tensions" describes the backdrop of the news,
        // not a danger it reports, unless the sentence goes on to name one ("amid tensions over
        // the state's missile launches").
        if hits.iter().all(|hit| is_scene_set(text, sentence.clone(), hit)) {
            continue;
        }
        let statement = text.dateline_end(sentence.start).unwrap_or(sentence.start);
        let clauses = clause_ranges(text, sentence.clone());
        let sentence_view = SentenceView {
            index: sentence_index,
            range: sentence.clone(),
            statement,
            clauses: &clauses,
            hits: &hits,
            spoken,
        };
        let reading = read_cues(text, actors, &reported, &sentence_view);
        // "…armour was seen moving to the border and that reservists had been called up": two
        // statements, each with a threat of its own, are two suggestions (only where the sentence
        // read whole proposes one: a part never makes new what the whole restates).
        if reading.best.is_some()
            && split::propose_parts(text, actors, &sentence_view, &mut reported, &mut threats)
        {
            continue;
        }
        propose(text, actors, &sentence_view, reading, &mut reported, &mut threats);
    }
    let mut threats: Vec<SuggestedThreat> = threats.into_iter().map(|(threat, _)| threat).collect();
    threats.sort_by_key(|threat| threat.start);
    threats
}

/// A sentence being read: its index, its tokens, where its statement starts (after a dateline),
/// its clauses and the cues found in it.
struct SentenceView<'a> {
    index: usize,
    range: Range<usize>,
    statement: usize,
    clauses: &'a [Range<usize>],
    hits: &'a [CueHit],
    /// The quotations whose speaker is known, in text order.
    spoken: &'a [SpokenQuote<'a>],
}

impl SentenceView<'_> {
    /// The speaker of the quotation the cue stands in, when that speaker is known.
    fn speaker_of(&self, text: &TokenizedText<'_>, hit: &CueHit) -> Option<&str> {
        let token = text.tokens.get(hit.start)?;
        let after = self.spoken.partition_point(|quote| quote.range.start <= token.start_byte());
        after
            .checked_sub(1)
            .and_then(|i| self.spoken.get(i))
            .filter(|q| token.start_byte() < q.range.end)
            .map(|q| q.speaker)
    }
}

/// What the cues of a sentence come to: the most severe cue that proposes a new threat, the most
/// severe one that restates a threat already proposed (with that threat), the families of the
/// cues that count and the events they name.
struct Reading<'a> {
    best: Option<Choice<'a>>,
    restatement: Option<(Choice<'a>, usize)>,
    families_here: Vec<String>,
    events_here: Vec<(String, ThreatCategory)>,
    /// Whether a restatement was told of the attack's own people ("the attackers also …").
    by_told_attackers: bool,
}

/// Reads the cues of a sentence: drops those that do not count, and sorts the rest into new
/// threats and restatements of threats already proposed.
fn read_cues<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    reported: &Reported,
    view: &SentenceView<'a>,
) -> Reading<'a> {
    let lexicon = &*LEXICON;
    let sentence = &view.range;
    let statement = view.statement;
    let hits = view.hits;
    // A ranking ("the gravest threat") names the danger beside it: with another cue in the
    // sentence, that cue's threat is the one (already proposed or not). A cue that names the group
    // ranked ("called the militia the gravest threat") is no danger beside it: the ranking stays.
    // A cue that does not count ("the National Counter Terrorism Agency", part of a name) names
    // no danger.
    let ranked_danger_named = hits.iter().any(|hit| {
        !cues::is_assessment(hit)
            && !cues::is_cancelled(text, sentence.start, hit)
            && lexicon
                .cue_groups
                .get(hit.group)
                .is_some_and(|g| !LEXICON.has(Words::GroupFamilies, &g.family))
    });
    let cue_starts: Vec<usize> = hits.iter().map(|hit| hit.start).collect();
    // "It also stole patient files": a sentence led by a pronoun for the actor of the threat
    // just proposed tells more of that threat, unless it dates events of its own ("It has
    // carried out attacks before, including a 2015 bombing").
    // Nor when the pronoun speaks a warning ("It said the army 'will respond with full force'"):
    // a warning after an act is a threat of its own.
    let speaks_warning = text.is_word(statement + 1)
        && LEXICON.is_speech_verb(text.key(statement + 1))
        && hits.iter().any(|hit| in_families(hit, Words::SpokenFamilies));
    let continues = LEXICON.word_in(Words::ContinuingSubjects, text, statement)
        && !speaks_warning
        && !(statement..sentence.end).any(|i| figurative::is_year(text, i));
    let reading = scan_cues(text, actors, reported, view, (&cue_starts, continues), ranked_danger_named);
    // "The biggest danger is the documents they leaked": where the other cue proposes nothing
    // (a weak cue with nobody acting), the ranking is the sentence's threat after all.
    if ranked_danger_named && reading.best.is_none() && reading.restatement.is_none() {
        return scan_cues(text, actors, reported, view, (&cue_starts, continues), false);
    }
    reading
}

/// The reading of a sentence's cues for [`read_cues`]: `skip_rankings` leaves out the cues that
/// rank a danger, which another cue of the sentence names.
fn scan_cues<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    reported: &Reported,
    view: &SentenceView<'a>,
    (cue_starts, continues): (&[usize], bool),
    skip_rankings: bool,
) -> Reading<'a> {
    let lexicon = &*LEXICON;
    let sentence = &view.range;
    let statement = view.statement;
    let clauses = view.clauses;
    let mut best: Option<Choice<'_>> = None;
    // The most severe cue that restates a threat already proposed, with that threat.
    let mut restatement: Option<(Choice<'_>, usize)> = None;
    let mut families_here = Vec::new();
    let mut events_here = Vec::new();
    let mut by_told_attackers = false;
    for hit in view.hits {
        let Some(group) = lexicon.cue_groups.get(hit.group) else { continue };
        // "The cable, owned by Acme Networks, went dark": what a threat would be aimed at is no
        // threat of its own.
        if LEXICON.has(Words::TargetFamilies, &group.family) {
            continue;
        }
        // "The agency warned that …": a warning told is part of a danger the article has told;
        // before any (a forecast of prices, of a vote), it is none.
        if reported.last_threat.is_none() && LEXICON.has(Words::AfterDangerFamilies, &group.family) {
            continue;
        }
        if cues::is_cancelled(text, sentence.start, hit) || skip_rankings && cues::is_assessment(hit) {
            continue;
        }
        if cues::used_figuratively(text, view, group, hit) || cues::denied(text, view, group, hit, cue_starts)
        {
            continue;
        }
        // "The gang posted on its leak site that …" after a ransomware attack told: the trail of
        // the extortion already proposed, not a new threat.
        if reported.categories.contains_key(&group.category)
            && LEXICON.has(Words::ExtortionTrailCues, text.key_span(hit.start, hit.end))
        {
            continue;
        }
        // "The league condemned the "senseless attack"" after an attack told: a reaction to the
        // threat already proposed, not a new one; so is "a possible breach" being looked into.
        if reported.categories.contains_key(&group.category)
            && (cues::reacted_to(text, statement, hit) || cues::hedged_mention(text, statement, hit))
        {
            continue;
        }
        let clause = clauses_around(clauses, sentence, hit.start);
        let mention = acting_group(text, actors, clause.clone(), hit)
            .or_else(|| acting_group(text, actors, sentence.clone(), hit))
            .or_else(|| agents::organisation_acting(text, actors, statement, hit));
        let actor = mention.map(|m| m.actor);
        if !stands_or_anchored(text, actors, view, clause.clone(), hit, group, reported.last_threat.is_none())
        {
            continue;
        }
        families_here.push(group.family.clone());
        let event = rules::event_name(text, statement, hit.start, group.category);
        let more_severe =
            |current: &CueGroup| (group.severity, group.strong) > (current.severity, current.strong);
        // "Aid workers say the attackers also looted the clinic": the people of an attack already
        // told, named by what they did, tell more of it.
        let told_agents = reported.last_threat.is_some()
            && subjects::told_attackers(text, actors, statement, clause.clone(), hit.start..hit.end);
        if let Some(threat) = restated_threat(
            text,
            reported,
            view,
            continues || told_agents,
            (hit, group, actor),
            event.as_ref(),
        )
        .or_else(|| told_agents.then(|| reported.categories.get(&group.category).copied()).flatten())
        {
            if restatement.is_none_or(|((_, current, _), _)| more_severe(current)) {
                restatement = Some(((hit, group, mention), threat));
                by_told_attackers = told_agents;
            }
            events_here.extend(event);
            continue;
        }
        events_here.extend(event);
        if best.is_none_or(|(_, current, _)| more_severe(current)) {
            best = Some((hit, group, mention));
        }
    }
    // "…blamed a gang whose men seized a tanker in 2024": a cue in a relative clause set in a
    // year of its own recalls the actor's record.
    if best.is_some_and(|(hit, _, _)| {
        let clause = clauses_around(clauses, sentence, hit.start);
        restating::in_relative_clause(text, &clause, hit.start)
            && figurative::set_in_another_year(text, clause)
    }) {
        best = None;
    }
    Reading { best, restatement, families_here, events_here, by_told_attackers }
}

/// Whether a cue that passed the checks proposes a threat by its own words (a strong cue, a count,
/// a risk with the harm it risks), or, a weak one, by a state or group in its own clause away from
/// words of diplomacy.
fn stands_or_anchored(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    view: &SentenceView<'_>,
    clause: Range<usize>,
    hit: &CueHit,
    group: &CueGroup,
    nothing_told: bool,
) -> bool {
    let sentence = &view.range;
    let clauses = view.clauses;
    let hits = view.hits;
    // "If convicted of illegal arms trafficking, they face 15 years": once a threat is told, a
    // cue named as a charge in court is the court's word for it, not a new danger.
    if !nothing_told && cues::named_as_charge(text, sentence.clone(), hit.start) {
        return false;
    }
    // A count makes a weak cue a fact ("at least 300 people had been killed", "left dozens
    // dead"); a year or a sum of money does not ("the 2008 collapse", "$9 billion in
    // infrastructure").
    let counted = !LEXICON.has(Words::ActorOnlyFamilies, &group.family)
        && ((hit.start.saturating_sub(4).max(sentence.start)..hit.start)
            .any(|i| figurative::is_count(text, i) || LEXICON.word_in(Words::CountWords, text, i))
            || LEXICON.has(Words::HarmFamilies, &group.family)
                && figurative::spelt_count_before(text, sentence.clone(), hit.start)
            || figurative::counted_after(text, sentence.clone(), hit.end)
            || figurative::counted_subject_before_appositive(text, sentence.clone(), hit.start));
    // "The danger is that a boat is rammed and a sailor killed": a risk that names the harm
    // it risks is an assessment of its own.
    let harm_named = LEXICON.has(Words::RiskFamilies, &group.family)
        && hits.iter().any(|other| other.start >= hit.end && in_families(other, Words::HarmFamilies));
    // "lost contact with about 200 workers": people missing are a threat only when counted
    // ("lost contact with its satellite" is none).
    if !counted && LEXICON.has(Words::CountedFamilies, &group.family) {
        return false;
    }
    // "threatened more attacks", "a repeat attack within months is likely": harm foretold as
    // more of its kind is a warning of its own, whoever is named.
    let foretold = hit.start > sentence.start
        && LEXICON.word_in(Words::ForetellingWords, text, hit.start - 1)
        && LEXICON.has(Words::HarmFamilies, &group.family);
    // "A drone struck the depot", "shells had struck the plant": a weapon that strikes is an
    // attack, whoever sent it.
    let weapon_struck = LEXICON.has(Words::HarmFamilies, &group.family)
        && hits.iter().any(|other| {
            other.end <= hit.start
                && hit.start - other.end <= WEAPON_GAP_TOKENS
                && in_families(other, Words::WeaponFamilies)
        });
    let harm_threatened = cues::threatens_named_harm(text, sentence.end, group, hit);
    // "An attack on the field in April killed four workers": a toll counted later in the
    // sentence ([toll-families]) is the count of the harm that took it.
    // (The hits are sorted by start: only those within the gap are read.)
    let toll_counted = !counted
        && LEXICON.has(Words::HarmFamilies, &group.family)
        && hits[hits.partition_point(|other| other.start < hit.end)..]
            .iter()
            .take_while(|other| other.start <= hit.end + TOLL_GAP_TOKENS)
            .any(|other| {
                in_families(other, Words::TollFamilies)
                    && figurative::counted_after(text, sentence.clone(), other.end)
            });
    let stands_alone =
        group.strong || counted || toll_counted || harm_named || foretold || weapon_struck || harm_threatened;
    // A weak cue needs a state or group in its own clause that acts in it or is its target
    // ("an attack on the Elbonian embassy"); one in another clause of the sentence is about
    // something else ("the Elbonian envoy spoke, but the pressure grew"), except the one a
    // relative clause is about ("Elbonia, which massed troops").
    let own = with_antecedent(text, clauses, clause);
    // "Inmates seized weapons from the armoury": a subject described as people who attack anchors
    // a weak cue as a named group would.
    // "A second suspect has left the country": a cue said only of such people (the
    // [subject-anchored-families]) needs them as its subject.
    if stands_alone {
        return true;
    }
    let by_subject = || {
        subjects::anchors_weak_cue(
            text,
            actors,
            view.statement,
            own.clone(),
            hit.start..hit.end,
            nothing_told,
        )
    };
    let anchored = if LEXICON.has(Words::SubjectAnchoredFamilies, &group.family) {
        by_subject()
    } else {
        group_near(text, actors, own.clone(), hit, true).is_some()
            // "Harbour police arrested three Egyptian men": police holding foreigners hold them
            // for their state.
            || group.family == cues::DETENTION_FAMILY
                && (own.clone().any(|i| LEXICON.word_in(Words::PoliceNouns, text, i))
                    || cues::state_named_as_place(text, own.clone()))
            // "lost three clinics to gang attacks", "rebel raids": the attackers named by their
            // kind right before a harm.
            || LEXICON.has(Words::HarmFamilies, &group.family)
                && hit.start > own.start
                && LEXICON.word_in(Words::AttackerModifiers, text, hit.start - 1)
            || rules::forces_by_nationality(text, own.clone(), hit.start..hit.end)
            || rules::unnamed_state_forces(text, own.clone(), hit.start..hit.end)
            || by_subject()
    };
    // "Our patience is not unlimited," the minister said: a warning in a quotation is its
    // speaker's, whoever the words name.
    let spoken = LEXICON.has(Words::SpokenFamilies, &group.family) && view.speaker_of(text, hit).is_some();
    (anchored || spoken) && !cues::near_diplomacy(text, sentence.clone(), hit)
}

/// How many tokens after "claimed responsibility for" the event's cue may stand ("for the
/// Monday night attack").
const CLAIMED_EVENT_REACH: usize = 4;

/// The threat already proposed that a cue tells more of, if any: one it is a label for, one it
/// restates ([`Reported::restated`]), or the last one when the sentence goes on with its actor.
fn restated_threat(
    text: &TokenizedText<'_>,
    reported: &Reported,
    view: &SentenceView<'_>,
    continues: bool,
    (hit, group, actor): (&CueHit, &CueGroup, Option<usize>),
    event: Option<&(String, ThreatCategory)>,
) -> Option<usize> {
    let sentence = &view.range;
    let statement = view.statement;
    let sentence_index = view.index;
    // "the risk of a miscalculation": a cue that carries its own complement names
    // something new, however definite its article.
    // "the killings of two dissidents": a count after "of" names the victims of an event
    // not told before.
    // "the same custom malware", "the most serious hacking case": a reference back too.
    // ("The biggest danger is that …": a superlative's article refers back to nothing.)
    let referring_article = if LEXICON.has(Words::RankingFamilies, &group.family) {
        false
    } else {
        rules::definite_reference(text, sentence.start, hit.start)
    };
    // "claimed responsibility for the attack": a claim of an event named definitely refers
    // back to it as the event's own word would; not one its complement names ("for the
    // bombing of a church").
    let claim_of_told = hit.end > hit.start
        && LEXICON.word_in(Words::ClaimedWords, text, hit.end - 1)
        && text.is_word_ci(hit.end, "for")
        && (hit.end + 1..(hit.end + 1 + CLAIMED_EVENT_REACH).min(sentence.end))
            .find_map(|i| LEXICON.cue_at(text, i).map(|(end, _)| (i, end)))
            // "for the bombing of a church in 2023" names its own event.
            .is_some_and(|(cue, end)| {
                rules::definite_reference(text, hit.end, cue) && !text.is_word_ci(end, "of")
            });
    let anaphoric = (referring_article || claim_of_told)
        && !(hit.start..hit.end).any(|i| text.is_word_ci(i, "of"))
        && !(text.is_word_ci(hit.end, "of")
            && figurative::counted_after(text, sentence.clone(), hit.end + 1))
        || rules::named_as_known(text, statement, hit.start..hit.end);
    // "similar attacks", "a separate ambush": another event of the kind, not the one before.
    let new_event = hit.start > statement && LEXICON.word_in(Words::NewEventWords, text, hit.start - 1);
    // "the war has killed thousands of people": a running toll is a statement of its own,
    // not more of the event in the sentence before.
    let tally = hit.start > statement
        && LEXICON.word_in(Words::PerfectAuxiliaries, text, hit.start - 1)
        && figurative::counted_after(text, sentence.clone(), hit.end);
    // "The group has carried out more than 40 bombings": a count in the perfect before the cue is
    // the actor's record, a statement of its own, not more of the event just told.
    let record = restating::record_told(text, statement, hit.start);
    // "Officials say Elbonia delivered hundreds of drones to the army": arms handed over are a
    // transfer by their supplier, not more of their use told before.
    let transfer = cues::supplied(text, statement, hit);
    // "A hacking incident shut the port": an indefinite article (with at most one word between)
    // introduces an event, however near one of its kind was told.
    let first_mention = (hit.start.saturating_sub(2).max(statement)..hit.start)
        .any(|i| text.is_word_ci(i, "a") || text.is_word_ci(i, "an"));
    // "described the episode as sabotage": a label on the event just told.
    // "This is a coordinated campaign of intimidation," after a threat: its label.
    let labelled = (rules::labels_event_told(text, statement, hit.start)
        || restating::pronoun_label(text, statement..sentence.end, hit.start))
    .then_some(reported.last_threat)
    .flatten();
    // "In 2024 a man drove a car into a market crowd, killing six": an event set in a year of
    // its own, named afresh, is another event, not more of the one before.
    // Only harm done to people is such an event; a war or a group's founding set in its year is
    // background to the news ([dated-event-families]).
    // (Its year within reach of the cue, so that a megabyte-long "sentence" stays linear.)
    let dated_afresh = !anaphoric
        && LEXICON.has(Words::DatedEventFamilies, &group.family)
        && figurative::set_in_another_year(
            text,
            statement.max(hit.start.saturating_sub(DATED_EVENT_REACH))
                ..sentence.end.min(hit.end + DATED_EVENT_REACH),
        );
    if dated_afresh && labelled.is_none() {
        return None;
    }
    // "Residents described hours of gunfire and explosions": what witnesses heard of an event
    // is the event last told, not a new one.
    let witnessed = in_families(hit, Words::SensedFamilies)
        && restating::witnessed(text, sentence.clone(), statement, hit.start);
    if witnessed && let Some(last) = reported.last_threat {
        return Some(last);
    }
    labelled.or_else(|| {
        // "It also stole patient files": the pronoun's sentence goes on with the last threat.
        let continued = (continues && !tally && reported.follows(sentence_index))
            .then_some(reported.last_threat)
            .flatten();
        reported
            .restated(
                sentence_index,
                group,
                actor,
                event,
                &Telling {
                    anaphoric: anaphoric && !tally,
                    may_follow: !tally,
                    first_mention,
                    cue: text.key_span(hit.start, hit.end),
                    speaker: view.speaker_of(text, hit),
                    toll_only: view.hits.iter().all(|other| in_families(other, Words::TollFamilies)),
                },
            )
            .or(continued)
            .filter(|_| !new_event && !record && !transfer)
    })
}

/// Whether the family of `hit`'s cue group is in the word list `families` ([`Words::TollFamilies`],
/// [`Words::HarmFamilies`], …).
fn in_families(hit: &CueHit, families: Words) -> bool {
    LEXICON.cue_groups.get(hit.group).is_some_and(|g| LEXICON.has(families, &g.family))
}

/// Proposes the threat of the sentence's best cue and records it; with no new threat, lets the
/// run of follow-ups go on and a restatement lend the threat it restates better evidence.
fn propose(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    sentence_view: &SentenceView<'_>,
    reading: Reading<'_>,
    reported: &mut Reported,
    threats: &mut Vec<(SuggestedThreat, i32)>,
) {
    let Reading { mut best, restatement, families_here, events_here, by_told_attackers } = reading;
    let sentence_index = sentence_view.index;
    let sentence = &sentence_view.range;
    // "The soldiers … were returning when an improvised explosive device went off", after the
    // ambush told: a weak cue naming the people of an event, in a sentence that restates a threat
    // told, is that threat's people or toll, not a new threat.
    if restatement.is_some()
        && best.is_some_and(|(hit, group, _)| {
            !group.strong && LEXICON.has(Words::EventPeopleCues, text.key_span(hit.start, hit.end))
        })
    {
        best = None;
    }
    let Some(choice) = best else {
        // "…, this is the most serious attack in years": a label on the last threat, even a few
        // sentences on, takes up its run of follow-ups again.
        let statement = sentence_view.statement;
        let retells_last = restatement.is_some_and(|((hit, _, _), index)| {
            reported.last_threat == Some(index)
                && (by_told_attackers
                    || rules::labels_event_told(text, statement, hit.start)
                    || restating::pronoun_label(text, statement..sentence.end, hit.start))
        });
        if !families_here.is_empty() && (reported.follows(sentence_index) || retells_last) {
            // An elaboration of the previous threat: the run of follow-ups goes on.
            reported.last_sentence = Some(sentence_index);
            reported.last_families.extend(families_here);
        }
        // A restatement that says more (who, against whom, how many) gives the threat its
        // evidence: the analyst reads the most informative sentence, not the first.
        // "27 workers were kidnapped in the region last year": a sentence set in a year of its own
        // recalls the kind of event, it does not tell this one better.
        // ("…," a researcher said: a quotation that comments on a threat told is no statement of
        // it, and never becomes its evidence.)
        if let Some((choice, index)) = restatement
            && !figurative::set_in_another_year(text, sentence_view.statement..sentence.end)
            && !(choice.2.is_none() && sentence_view.speaker_of(text, choice.0).is_some())
            && let Some((candidate, statement)) = build_threat(text, actors, sentence_view, choice)
            && let Some(kept) = threats.get_mut(index)
        {
            merge::keep_more_informative(kept, candidate, &statement);
        }
        return;
    };
    // "…when it was struck 35 miles off the port": an agentless passive right after a threat
    // tells more of that event, not of a new one, unless the statement opens with a year of
    // its own ("In 2019 the email system was hacked": an earlier event).
    if reported.follows(sentence_index)
        && !opens_with_year(text, sentence_view.statement)
        && is_agentless_passive(text, sentence.clone(), choice.0)
    {
        reported.last_sentence = Some(sentence_index);
        reported.last_families.extend(families_here);
        return;
    }
    let Some((mut threat, statement)) = build_threat(text, actors, sentence_view, choice) else { return };
    // "It has also threatened to burn the valley" right after a threat: the pronoun stands for
    // that threat's who.
    if reported.follows(sentence_index)
        && LEXICON.word_in(Words::ContinuingSubjects, text, sentence_view.statement)
        && let Some(previous) = reported.last_threat.and_then(|i| threats.get(i))
    {
        subjects::carry_who(&mut threat.summary, &previous.0.summary);
    }
    let score = merge::informativeness(&statement);
    let (_, group, mention) = choice;
    let actor = mention.map(|m| m.actor);
    let index = threats.len();
    reported.events.extend(events_here.into_iter().map(|e| (e, index)));
    reported.families.insert((group.family.clone(), actor), index);
    if actor.is_none() {
        reported
            .unowned
            .insert(text.key_span(choice.0.start, choice.0.end).to_owned(), (index, sentence_index));
    }
    reported.categories.insert(group.category, index);
    reported.last_sentence = Some(sentence_index);
    reported.last_threat = Some(index);
    reported.last_speaker = sentence_view.speaker_of(text, choice.0).map(str::to_owned);
    if reported.last_speaker.is_none() {
        reported.told_family.insert(group.family.clone(), index);
    }
    reported.last_families = families_here;
    threats.push((threat, score));
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
        (Some(first), Some(last)) => text.slice(first.start_byte(), last.end_byte()).to_owned(),
        _ => String::new(),
    };
    let actor = mention.map(|m| m.actor);
    let clause = clauses_around(clauses, &sentence.range, hit.start);
    let target = target_of(text, actors, clause.clone(), hit, actor);
    let what_range = hit.start
        ..rules::clause_after_that(text, hit.start..hit.end).unwrap_or_else(|| {
            rules::object_end(text, hit.end, sentence.hits.iter().map(|h| h.start..h.end))
        });
    let what_text = match (text.tokens.get(hit.start), text.tokens.get(what_range.end - 1)) {
        (Some(first), Some(last)) => text.slice(first.start_byte(), last.end_byte()),
        _ => cue.as_str(),
    };
    let statement_start = text.statement_start(sentence.range.start, hit.start);
    // "Norway warned that any incursion would be met with force": who speaks of the response
    // foretold is who will give it.
    let foretells_response = || {
        mention.filter(|m| {
            m.end_token <= hit.start
                && warnings::retaliation_foretold(text, sentence.range.clone(), hit.start).is_some()
        })
    };
    let who = rules::summary_agent(text, statement_start, clause.clone(), mention, hit.start..hit.end)
        .or_else(foretells_response);
    let what = rules::action_phrase(text, who, what_range.clone(), what_text);
    // "Ruritania's border service said Elbonian troops had crossed": the forces' state acts.
    let owner = agents::forces_owner(text, hit.start..hit.end);
    // "The firm was a front for Elbonia's intelligence service": the body after the cue is the one
    // behind it, who acts, not its target.
    let behind = LEXICON.has(Words::PrincipalFamilies, &group.family);
    let (who_name, target_name) = match target.and_then(|t| actors.name_of(t)) {
        Some(name) if behind => (Some(name), None),
        named => (
            owner
                .or_else(|| rules::mention_name(actors, who))
                // "The militants have begun planting bombs": the group named just before.
                .or_else(|| {
                    let group = agents::group_referred_to(text, actors, statement_start, hit.start);
                    rules::mention_name(actors, group)
                }),
            named,
        ),
    };
    // "Armed men boarded the ship", "a cell calling itself the Green Front claimed …": a subject
    // described, or a group it introduces, when no state or group is the agent.
    let described = who_name
        .is_none()
        .then(|| subjects::described_agent(text, actors, statement_start, clause.clone(), hit.start..hit.end))
        .flatten();
    // A target that is the who just found is no target ("… by a cell calling itself the Green Front").
    let target_name = target_name.filter(|t| described.as_deref() != Some(*t));
    // ""Any attack will be met with force," General Ana Ruiz said": with no state or group named,
    // a warning in a quotation is its speaker's.
    let speaker =
        (who_name.is_none() && described.is_none() && LEXICON.has(Words::SpokenFamilies, &group.family))
            .then(|| sentence.speaker_of(text, hit))
            .flatten();
    let summary = rules::one_line_summary(who_name.or(described.as_deref()).or(speaker), &what, target_name);
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

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_presence;
#[cfg(test)]
mod tests_retelling;
#[cfg(test)]
mod tests_summaries;
#[cfg(test)]
mod tests_wording;
