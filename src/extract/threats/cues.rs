//! Cues in a sentence and the checks on a cue: collecting cue hits (from the lexicon and from the
//! rules), the headline, scene-setting, diplomacy nearby, an agentless passive, and the words
//! around a cue that cancel it.

use std::ops::Range;

use super::super::actors::ActorTable;
use super::super::lexicon::{CueGroup, Entity, Form, LEXICON, ListMask, Words, mask_of};
use super::super::tokens::{TokenKind, TokenizedText};
use super::agents::is_acting_kind;
use super::{
    SentenceView, coercion, denial, espionage, extortion, figurative, places, recruitment, repression, rules,
    sightings, warnings,
};

/// How many tokens on each side of a weak cue are searched for [`Words::DiplomacyWords`].
const DIPLOMACY_WINDOW_TOKENS: usize = 6;

/// How many tokens a subhead inside the body may have ("SHADOW FLEET SUSPICIONS", "Heavy gunfire
/// near the palace"): shorter than a headline, since a body paragraph that merely lacks its full
/// stop runs longer.
const SUBHEAD_MAX_TOKENS: usize = 12;

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

/// The cue family of people or things put in danger ("puts lives at risk").
const RISK_TO_LIFE_FAMILY: &str = "risk-to-life";

/// The cue family that a detention of foreign citizens is proposed under.
pub(super) const DETENTION_FAMILY: &str = "detention";

/// The cue family that an incursion into airspace or territorial waters is proposed under.
const INCURSION_FAMILY: &str = "incursion";

/// The cue family that unmanned aircraft seen over a site are proposed under.
const DRONE_INCURSION_FAMILY: &str = "drone-incursion";

/// The cue family that people held captive ("three engineers have been held since May") are
/// proposed under.
const CAPTIVITY_FAMILY: &str = "hostage";

/// The cue family that data taken in an intrusion ("stolen customer passwords") is proposed under.
const DATA_THEFT_FAMILY: &str = "cyber";

/// The cue family that people held for their politics are proposed under.
const POLITICAL_DETENTION_FAMILY: &str = "political-detention";

/// The cue family that arrests for a hostile act are proposed under.
pub(super) const CHARGED_ARREST_FAMILY: &str = "charged-arrest";

/// The cue family that supplies cut and crossings closed are proposed under.
const SUPPLY_CUT_FAMILY: &str = "supply-cut";

/// The cue family that secrets passed to a foreign service are proposed under: a strong one of
/// its own, for the plain spying cues are weak.
const SECRETS_PASSED_FAMILY: &str = "secrets-passed";

/// The cue family that sites watched on someone's orders ("asked him to photograph the depot") are
/// proposed under: a strong one of its own, for the plain spying cues are weak.
const SITE_WATCHED_FAMILY: &str = "site-watched";

/// The cue family that recruits taken on for hostile work are proposed under.
const RECRUITMENT_FAMILY: &str = "recruitment";

/// The cue family that attacks planned ("planned to attack a chapel") are proposed under: a strong
/// one of its own, for the plain attack cues are weak.
const PLANNED_ATTACK_FAMILY: &str = "planned-attack";

/// The cue family that ransoms demanded and stolen files held over a victim are proposed under.
const EXTORTION_FAMILY: &str = "extortion";

/// The cue family that probing of computer networks is proposed under.
const INTRUSION_FAMILY: &str = "intrusion";

/// The cue family that homes or markets set on fire are proposed under.
const ARSON_FAMILY: &str = "arson";

/// The cue family that a warning of harm to come ("warned that anyone who helps them would be
/// hunted") is proposed under.
pub(super) const WARNING_FAMILY: &str = "warning";

/// The cue family of plain threatening ("threatening", "threatened").
const THREAT_FAMILY: &str = "threat";

/// The cue family that a town, road or base taken by force is proposed under.
const TERRITORY_FAMILY: &str = "territory-seizure";

/// The cue family that ground an armed group controls ("gangs control 90% of the capital") is
/// proposed under: a strong one of its own, for a group that holds ground is a threat in itself.
const GROUND_CONTROL_FAMILY: &str = "ground-control";

/// The cue family that damage to a cable or a pipeline is proposed under.
const INFRASTRUCTURE_DAMAGE_FAMILY: &str = "infrastructure-damage";

#[derive(Clone)]
pub(super) struct CueHit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) group: usize,
}

/// The cues in a sentence, in order: those of the lexicon, then the passages the rules find (a
/// detention of foreign citizens, damage to a cable, a rising danger, arson, a place taken, an
/// incursion, a drone sighting, a network probe), each in place of the cues it covers.
pub(super) fn collect_hits(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    sentence: Range<usize>,
) -> Vec<CueHit> {
    let lexicon = &*LEXICON;
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
    // Most sentences hold no word a rule starts from: one lookup per token tells.
    let starts: Vec<usize> =
        sentence.clone().filter(|&at| lexicon.word_in_mask(&RULE_START_MASK, text, at)).collect();
    if !starts.is_empty() {
        for (family, _, rule) in RULES {
            add_rule_hits(text, &sentence, &starts, family, rule, &mut hits);
        }
    }
    hits
}

/// Whether a cue is set as the scene ("the leaders met amid rising tensions"): a scene-setting word
/// stands a few tokens before it, fewer for a strong cue than for a weak one.
pub(super) fn is_scene_set(text: &TokenizedText<'_>, sentence: Range<usize>, hit: &CueHit) -> bool {
    let lexicon = &*LEXICON;
    let strong = lexicon.cue_groups.get(hit.group).is_some_and(|g| g.strong);
    let window = if strong { SCENE_WINDOW_STRONG } else { SCENE_WINDOW_WEAK };
    (hit.start.saturating_sub(window).max(sentence.start)..hit.start)
        .any(|i| LEXICON.word_in(Words::SceneSetters, text, i))
}

/// Whether a cue is used of something other than force (`figurative.rs`), of a source's fear, of
/// a word named, or (a weak cue) of a response asked for.
pub(super) fn used_figuratively(
    text: &TokenizedText<'_>,
    view: &SentenceView<'_>,
    group: &CueGroup,
    hit: &CueHit,
) -> bool {
    let sentence = &view.range;
    let statement = view.statement;
    // "attacks on the bill", "an aggressive climate policy", "the dockworkers' strike":
    // politics or work, not force.
    // "seized $2 million in cash", "a firm under sanctions since 2019", "controls imposed
    // after the 2022 invasion": police work, a standing state, a date, not a hostile act.
    // "nerve agent experts": the field of the people who speak, not a danger.
    // "asked the army to deploy reinforcements": a response asked for, not a danger.
    // "the frigate HMS Tamar": the type of a vessel named (below).
    !group.strong && figurative::political(text, sentence.clone(), hit.start..hit.end)
        || figurative::labour_strike(text, sentence.start, hit.start..hit.end)
        || figurative::benign_campaign(text, sentence.start, hit.start..hit.end)
        || figurative::war_on_ill(text, sentence.end, hit.start..hit.end)
        || figurative::seizes_money(text, sentence.clone(), hit.start..hit.end)
        || figurative::standing_state(text, sentence.start, hit.start..hit.end)
        || figurative::dates_something(text, sentence.start, hit.start..hit.end)
        // "a fellow who has written extensively on armed groups", "a zone of low tension".
        || figurative::studied_topic(text, sentence.start, hit.start..hit.end)
        || figurative::calmed(text, sentence.start, hit.start..hit.end)
        || LEXICON.word_in(Words::FieldNouns, text, hit.end)
        // "a researcher in electronic warfare", "a specialist on terrorism": the field after
        // the people who study it.
        || hit.start >= sentence.start + 2
            && ["in", "on"].iter().any(|w| text.is_word_ci(hit.start - 1, w))
            && LEXICON.word_in(Words::FieldNouns, text, hit.start - 2)
        || rules::source_fear(text, sentence.clone(), hit.start)
        || figurative::word_named(text, sentence.clone(), hit.start..hit.end)
        // "called the sanctions 'an act of economic terrorism'": a label put on a thing named
        // (not a ranking: "calls Russia 'the main danger'" assesses a danger).
        || !LEXICON.has(Words::RankingFamilies, &group.family)
            && figurative::quoted_label(text, sentence.clone(), hit.start..hit.end)
        || !group.strong && rules::requested(text, statement, hit.start)
        // "the boarding team from the frigate HMS Tamar": a weak cue that names a vessel
        // ("frigate", "destroyer") as the type before its name says who was there, not a danger.
        || !group.strong && LEXICON.word_in(Words::VesselPrefixes, text, hit.end)
        // "a charity which drills boreholes": a noun of force as a verb of another sense.
        || figurative::verb_of_another_sense(text, statement, hit.start..hit.end)
        // "struck a sharper tone", "struck a deal": a manner or a bargain, not force.
        || figurative::struck_abstraction(text, sentence.end, hit.start..hit.end)
        // "one of the most dangerous places to work": a ranking of a place, not of a threat.
        || group.family == ASSESSMENT_FAMILY && figurative::ranks_a_setting(text, hit.start..hit.end)
}

/// Whether a cue is denied or negated, a likeness or police work (`denial.rs`), or (a weak cue)
/// routine, a response, an arrest or a condition.
pub(super) fn denied(
    text: &TokenizedText<'_>,
    view: &SentenceView<'_>,
    group: &CueGroup,
    hit: &CueHit,
    cue_starts: &[usize],
) -> bool {
    let sentence = &view.range;
    let statement = view.statement;
    // "dismissed the report and said it had no part in the drone flights", "no networks
    // were breached", "troops had not been deployed", "the street looked like a war zone",
    // "officers seized two laptops": a denial, a negated event, a likeness, police work.
    denial::denied(text, statement..sentence.end, hit.start..hit.end)
        || denial::negated_subject(text, statement, hit.start)
        || denial::negated_predicate(text, hit.end, cue_starts)
        || denial::simile(text, statement, hit.start)
        || denial::unobserved(text, statement, hit.start)
        || denial::police_seizure(text, statement, hit.start..hit.end)
        || denial::attackers_stopped(text, hit.start..hit.end)
        || !group.strong && denial::routine(text, statement, hit.start)
        || !group.strong
            && LEXICON.has(Words::GarrisonFamilies, &group.family)
            && (denial::garrison(text, statement, hit.start..hit.end)
                || denial::exercise_participants(text, statement, hit.start..hit.end))
        || denial::simulated(text, statement, hit.start)
        || denial::negative_subject(text, statement, hit.start)
        || denial::unverified_chatter(text, statement..sentence.end, hit.start)
        || denial::exercise_called_off(text, statement..sentence.end, hit.start)
        || !group.strong && denial::response(text, sentence.end, hit.end)
        || !group.strong
            && LEXICON.has(Words::ResponseFamilies, &group.family)
            && denial::sent_in_response(text, statement..sentence.end, hit.start)
        || !group.strong && denial::arrested(text, statement, hit.start..hit.end)
        || !group.strong
            && !LEXICON.has(Words::ConditionWarningFamilies, &group.family)
            && denial::conditional(text, statement..sentence.end)
        || denial::modifier(text, hit.start..hit.end)
        || drive_against_threat(text, hit, cue_starts)
        || next_in_a_series(text, hit)
        || LEXICON.has(Words::CounterForceFamilies, &group.family)
            && denial::pursuing_forces(text, statement..sentence.end, hit.start..hit.end)
        || denial::resolve(text, statement..sentence.end, hit.start..hit.end)
        || LEXICON.has(Words::WeaponFamilies, &group.family) && recovered(text, statement, hit)
        || seized_in_a_list(text, statement, hit)
        || LEXICON.has(Words::DefensiveFamilies, &group.family) && defensive_weapon(text, statement, hit)
}

/// How many words before a weapon cue a word that makes it a defence may stand ("Patriot
/// batteries and missiles").
const DEFENSIVE_REACH: usize = 3;

/// Whether a word of [`Words::DefensiveWeaponWords`], or "air defence", stands a few words before
/// the cue with only words between ("interceptor drones", "more air defence missiles").
fn defensive_weapon(text: &TokenizedText<'_>, statement: usize, hit: &CueHit) -> bool {
    let from = hit.start.saturating_sub(DEFENSIVE_REACH).max(statement);
    (from..hit.start).rev().take_while(|&i| text.is_word(i)).any(|i| {
        LEXICON.word_in(Words::DefensiveWeaponWords, text, i)
            || (text.is_word_ci(i, "defence") || text.is_word_ci(i, "defense"))
                && i > 0
                && text.is_word_ci(i - 1, "air")
    })
}

/// How many words before or after a weapon cue a word of recovery may stand ("found in Elbonian
/// drones", "drones recovered near the front").
const RECOVERY_REACH: usize = 3;

/// Whether a weapon cue is a wreck examined: a word of recovery a few words before it or right
/// after it, with only words between ("components had been found in Elbonian drones recovered").
fn recovered(text: &TokenizedText<'_>, statement: usize, hit: &CueHit) -> bool {
    let from = hit.start.saturating_sub(RECOVERY_REACH).max(statement);
    let before = (from..hit.start)
        .rev()
        .take_while(|&i| text.is_word(i))
        .any(|i| LEXICON.word_in(Words::RecoveryWords, text, i));
    before || LEXICON.word_in(Words::RecoveryWords, text, hit.end)
}

/// How many tokens a list of things seized or recovered may run between its verb and a weapon in
/// it ("seized four pistols, a grenade and 500 rounds").
const SEIZED_LIST_TOKENS: usize = 16;

/// Whether a cue is one item of a list of things seized: a verb of a haul ([`Words::HaulVerbs`])
/// before the list ("customs officers seized four pistols, a grenade and …"), or after it in the
/// passive ("…, two grenades and some cash were seized"), with only the list's words, numbers
/// and commas between.
fn seized_in_a_list(text: &TokenizedText<'_>, statement: usize, hit: &CueHit) -> bool {
    // ("Police seized the port": the cue is the act itself, no item.)
    if (hit.start..hit.end)
        .any(|i| text.is_word(i) && (text.key(i).ends_with("ed") || text.key(i).ends_with("ing")))
    {
        return false;
    }
    let seizing = |i: usize| LEXICON.word_in(Words::HaulVerbs, text, i);
    // A word of the list: not a verb of its own in the past, nor a word that opens a clause.
    let item = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
            || text.is_punct(i, ',')
            || text.is_punct(i, '-')
            || text.is_word(i)
                && (!LEXICON.is_stopword(text, i) || LEXICON.word_in(Words::ListWords, text, i))
                && !text.key(i).ends_with("ed")
    };
    let before = (hit.start.saturating_sub(SEIZED_LIST_TOKENS).max(statement)..hit.start)
        .rev()
        .find(|&i| !item(i) || seizing(i))
        .is_some_and(seizing);
    let end = text.sentence_of(hit.start).end.min(hit.end + SEIZED_LIST_TOKENS);
    // ("… were recovered", "… had been seized").
    let auxiliary =
        |i: usize| LEXICON.word_in(Words::PassiveAuxiliaries, text, i) || text.is_word_ci(i, "had");
    let after = (hit.end..end).find(|&i| !item(i) || auxiliary(i)).is_some_and(|i| {
        let participle = i + 1 + usize::from(text.is_word_ci(i + 1, "been"));
        auxiliary(i) && seizing(participle)
    });
    before || after
}

/// How many tokens after "on" the threat a drive is against may start ("a crackdown on arms
/// trafficking").
const DRIVE_OBJECT_REACH: usize = 4;

/// Whether the cue is itself a countermeasure aimed at another cue's threat ("led a crackdown on
/// arms trafficking"): a response, not a danger ("a crackdown on protesters" stays one).
fn drive_against_threat(text: &TokenizedText<'_>, hit: &CueHit, cue_starts: &[usize]) -> bool {
    LEXICON.word_in(Words::Countermeasures, text, hit.start)
        && text.is_word_ci(hit.end, "on")
        && cue_starts.iter().any(|&start| start > hit.end && start <= hit.end + DRIVE_OBJECT_REACH)
}

/// Whether a cue ending in "next" ("could be next") goes on to what it is next in ("could be
/// next on the agenda"): a target foretold ends its clause.
fn next_in_a_series(text: &TokenizedText<'_>, hit: &CueHit) -> bool {
    hit.end > hit.start + 1 && text.is_word_ci(hit.end - 1, "next") && text.is_word(hit.end)
}

/// Whether a cue of plain threatening names the harm threatened by its verb ("a letter
/// threatening to \"torch the office\""): "to", perhaps a quote mark, then a verb of
/// [`Words::ThreatenedHarms`]. Such a threat stands whoever made it.
pub(super) fn threatens_named_harm(
    text: &TokenizedText<'_>,
    sentence_end: usize,
    group: &CueGroup,
    hit: &CueHit,
) -> bool {
    if group.family != THREAT_FAMILY || !text.is_word_ci(hit.end, "to") {
        return false;
    }
    let quote_mark = text.tokens.get(hit.end + 1).is_some_and(|t| t.kind == TokenKind::Punct);
    let verb = hit.end + 1 + usize::from(quote_mark);
    verb < sentence_end && LEXICON.word_in(Words::ThreatenedHarms, text, verb)
}

pub(super) fn is_assessment(hit: &CueHit) -> bool {
    LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.family == ASSESSMENT_FAMILY)
}

/// Whether a state or its seat is named as a place in `range` ("in Iran", "in Tehran"): where
/// foreigners are held, the state holds them.
pub(super) fn state_named_as_place(text: &TokenizedText<'_>, range: Range<usize>) -> bool {
    let start = range.start;
    range.into_iter().any(|i| {
        i > start
            && text.is_word_ci(i - 1, "in")
            && LEXICON.phrase_at(text, i).is_some_and(|found| {
                matches!(found.entry.form, Form::Name | Form::Seat)
                    && matches!(found.entry.entity, Some(Entity::Country(_)))
            })
    })
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
    // "Greek police arrested three Egyptian men": police are the state's hands. "a French
    // academic detained in Tehran since March": a state or its seat named as the place holds them.
    let police = sentence.clone().any(|i| LEXICON.word_in(Words::PoliceNouns, text, i));
    let held_in_state = !acting && !police && state_named_as_place(text, sentence.clone());
    if !acting && !police && !held_in_state {
        return;
    }
    let acting = acting || held_in_state;
    // With police alone, an arrest on a hostile charge ("arrested a Kessan citizen on suspicion of
    // photographing police stations") stays that rule's.
    let found: Vec<Range<usize>> = sentence
        .clone()
        .filter(|&verb| acting || repression::arrest_on_charge(text, sentence.clone(), verb).is_none())
        .filter_map(|verb| rules::detention(text, sentence.clone(), verb))
        .collect();
    for range in found {
        hits.retain(|hit| hit.end <= range.start || hit.start >= range.end);
        hits.push(CueHit { start: range.start, end: range.end, group });
    }
    hits.sort_by_key(|hit| hit.start);
}

/// How many tokens after "of", "for" or "on" a charge's cue may stand ("on charges of membership of
/// a terrorist organisation").
const CHARGE_CUE_REACH: usize = 5;

/// Whether the cue at `cue` names a charge in court: within a few words after a word of
/// [`Words::CourtChargeWords`] and "of", "for" or "on" ("if convicted of illegal arms trafficking",
/// "sentenced to 30 years in prison for drug trafficking"), in its sentence.
///
/// The law's own formula after "intent to" names a charge wherever the court's word stands in the
/// sentence ("convicted of attempted murder and possession of explosives with intent to endanger
/// life").
pub(super) fn named_as_charge(text: &TokenizedText<'_>, sentence: Range<usize>, cue: usize) -> bool {
    let court_word_before =
        |at: usize| (sentence.start..at).any(|i| LEXICON.word_in(Words::CourtChargeWords, text, i));
    // ("convicted at Orm Crown Court of arson": the court's name may stand between the word and
    // "of".)
    let near = (cue.saturating_sub(CHARGE_CUE_REACH).max(sentence.start + 1)..cue).any(|link| {
        ["of", "for", "on"].iter().any(|w| text.is_word_ci(link, w))
            && (LEXICON.word_in(Words::CourtChargeWords, text, link - 1)
                || LEXICON.word_in(Words::CourtNouns, text, link - 1) && court_word_before(link - 1))
    });
    near || cue >= sentence.start + 2
        && text.is_word_ci(cue - 1, "to")
        && text.is_word_ci(cue - 2, "intent")
        && court_word_before(cue - 2)
}

/// A rule that reads more than the cue list: given the sentence and a token, the passage that
/// starts or ends there.
pub(super) type Rule = fn(&TokenizedText<'_>, Range<usize>, usize) -> Option<Range<usize>>;

/// The rules, in the order they are applied: each with the cue family it proposes under and the
/// word list its passage starts from. A rule returns nothing at a token whose word is not in its
/// list (`tests::every_rule_starts_from_its_listed_word`), so it is only asked at those.
pub(super) const RULES: [(&str, Words, Rule); 32] = [
    (INFRASTRUCTURE_DAMAGE_FAMILY, Words::DamageVerbs, rules::infrastructure_damage),
    (ASSESSMENT_FAMILY, Words::RisingWords, rules::rising_danger),
    (ASSESSMENT_FAMILY, Words::PosingVerbs, rules::posed_danger),
    (ASSESSMENT_FAMILY, Words::RaisingVerbs, rules::raised_danger),
    (ASSESSMENT_FAMILY, Words::PossibilityModals, rules::possible_harm),
    (ASSESSMENT_FAMILY, Words::RankingSuperlatives, super::ranked::ranked_danger),
    (ASSESSMENT_FAMILY, Words::LikelihoodWords, super::likelihood::harm_judged_likely),
    (RISK_TO_LIFE_FAMILY, Words::ExposingVerbs, rules::put_at_risk),
    (ARSON_FAMILY, Words::BurningVerbs, places::arson),
    (ARSON_FAMILY, Words::IntentAdverbs, places::fires_set),
    // (Before the warnings read from their verb, which take its place where they cover it.)
    (WARNING_FAMILY, Words::AnyoneWords, warnings::fate_of_anyone),
    (WARNING_FAMILY, Words::WarningVerbs, warnings::harm_foretold),
    (WARNING_FAMILY, Words::WarningVerbs, warnings::consequence_warned),
    (WARNING_FAMILY, Words::ConditionWords, warnings::commitment_on_condition),
    (WARNING_FAMILY, Words::ForetellingSpeechVerbs, warnings::harm_said),
    (WARNING_FAMILY, Words::FutureModals, warnings::retaliation_foretold),
    (TERRITORY_FAMILY, Words::CapturingVerbs, places::place_seized),
    (GROUND_CONTROL_FAMILY, Words::ControlWords, places::ground_controlled),
    (INCURSION_FAMILY, Words::IncursionWords, rules::zone_violation),
    (DRONE_INCURSION_FAMILY, Words::DroneWords, sightings::drone_sighting),
    (CAPTIVITY_FAMILY, Words::CaptivityVerbs, sightings::held_captive),
    (INTRUSION_FAMILY, Words::ProbingVerbs, rules::network_probe),
    (DATA_THEFT_FAMILY, Words::TheftParticiples, rules::stolen_data),
    (POLITICAL_DETENTION_FAMILY, Words::DetainingVerbs, repression::political_detention),
    (CHARGED_ARREST_FAMILY, Words::ChargedArrestVerbs, repression::arrest_on_charge),
    (SUPPLY_CUT_FAMILY, Words::CuttingVerbs, coercion::supply_cut),
    (RECRUITMENT_FAMILY, Words::RecruitingVerbs, recruitment::hostile_recruitment),
    (PLANNED_ATTACK_FAMILY, Words::PlanningVerbs, super::plots::planned_attack),
    (SECRETS_PASSED_FAMILY, Words::PassingVerbs, espionage::secrets_passed),
    (SITE_WATCHED_FAMILY, Words::TaskingVerbs, espionage::site_watched_on_orders),
    (EXTORTION_FAMILY, Words::DemandingVerbs, extortion::ransom_demand),
    (EXTORTION_FAMILY, Words::PublishingVerbs, extortion::leak_threatened),
];

/// The word lists of the [`RULES`], for one lookup per token: built from the table, so a rule
/// added there is asked too.
const RULE_START_WORDS: [Words; RULES.len()] = {
    let mut lists = [RULES[0].1; RULES.len()];
    let mut index = 0;
    while index < RULES.len() {
        lists[index] = RULES[index].1;
        index += 1;
    }
    lists
};

/// [`RULE_START_WORDS`] as one mask: one test per token for them all.
const RULE_START_MASK: ListMask = mask_of(&RULE_START_WORDS);

/// Adds a cue of `family` for each passage `rule` finds in the sentence from one of the tokens
/// `starts` (those whose word a rule may start from), in place of the cues the passage covers.
fn add_rule_hits(
    text: &TokenizedText<'_>,
    sentence: &Range<usize>,
    starts: &[usize],
    family: &str,
    rule: Rule,
    hits: &mut Vec<CueHit>,
) {
    let found: Vec<Range<usize>> = starts.iter().filter_map(|&at| rule(text, sentence.clone(), at)).collect();
    if found.is_empty() {
        return;
    }
    let Some(group) = LEXICON.cue_groups.iter().position(|g| g.family == family) else { return };
    let detention =
        |hit: &CueHit| LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.family == DETENTION_FAMILY);
    for range in found {
        // "detained two Elbonian nationals on suspicion of spying": a detention of foreign
        // citizens found before stays one; an arrest for a hostile act adds nothing to it.
        if family == CHARGED_ARREST_FAMILY
            && hits.iter().any(|hit| detention(hit) && hit.start < range.end && range.start < hit.end)
        {
            continue;
        }
        // "a plot to blow up a bridge": a strong cue of the lexicon over a planned attack names its
        // kind better.
        let strong = |hit: &CueHit| LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.strong);
        if family == PLANNED_ATTACK_FAMILY
            && hits.iter().any(|hit| strong(hit) && hit.start < range.end && range.start < hit.end)
        {
            continue;
        }
        hits.retain(|hit| hit.end <= range.start || hit.start >= range.end);
        hits.push(CueHit { start: range.start, end: range.end, group });
    }
    hits.sort_by_key(|hit| hit.start);
}

/// Whether a word of diplomacy stands within a few tokens of the cue, in its sentence.
pub(super) fn near_diplomacy(text: &TokenizedText<'_>, sentence: Range<usize>, hit: &CueHit) -> bool {
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

/// A cue in the passive with no agent named after it ("was struck", "were attacked"), not "was
/// struck by a drone".
pub(super) fn is_agentless_passive(text: &TokenizedText<'_>, sentence: Range<usize>, hit: &CueHit) -> bool {
    let passive = hit.start > sentence.start
        && LEXICON.word_in(Words::Auxiliaries, text, hit.start - 1)
        && !LEXICON.word_in(Words::PerfectAuxiliaries, text, hit.start - 1)
        && {
            let verb = text.key(hit.start);
            verb.ends_with("ed") || LEXICON.has(Words::IrregularParticiples, verb)
        };
    passive && !(hit.end..(hit.end + 8).min(sentence.end)).any(|i| text.is_word_ci(i, "by"))
}

/// Whether the words around a cue cancel it: a negation (up to three tokens before) or a
/// countermeasure verb (up to five) or a verb of purchase (up to four) before it, a past modifier right before it, or a capital
/// letter mid-sentence (part of a name such as "the Cold War").
pub(super) fn is_cancelled(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    let Some(first) = text.tokens.get(hit.start) else { return true };
    // After a dateline ("WASHINGTON - Hackers linked to …") the sentence really starts later.
    let sentence_start = text.statement_start(sentence_start, hit.start);
    // "DDoS", like "ICBM", is an abbreviation, not a word capitalised as part of a name.
    let abbreviation = first.all_caps || text.token_text(hit.start).chars().skip(1).any(char::is_uppercase);
    // ("“Drones hit the port": a capital right after the quote mark that opens the sentence is
    // the sentence's.)
    let opens_sentence = (sentence_start..hit.start).all(|i| text.is_quote_mark(i));
    // "a French academic had been detained": a detention's passage opens with the nationality of
    // the people held, no name.
    let held = LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.family == DETENTION_FAMILY);
    if hit.start > sentence_start && first.capitalised && !abbreviation && !opens_sentence && !held {
        return true;
    }
    if hit.start > sentence_start
        && (LEXICON.word_in(Words::PastModifiers, text, hit.start - 1)
            || LEXICON.word_in(Words::HypotheticalDeterminers, text, hit.start - 1))
    {
        return true;
    }
    // "condemns any attempt to seize the airport": the attempt, like the cue, is a case considered.
    if hit.start >= sentence_start + 3
        && text.is_word_ci(hit.start - 1, "to")
        && LEXICON.word_in(Words::AttemptNouns, text, hit.start - 2)
        && LEXICON.word_in(Words::HypotheticalDeterminers, text, hit.start - 3)
    {
        return true;
    }

    let window = hit.start.saturating_sub(3).max(sentence_start)..hit.start;
    // "did not rule out strikes", "has never renounced the use of force": a negated refusal
    // affirms the danger.
    let refusal_denied = window.clone().any(|i| LEXICON.word_in(Words::Refusals, text, i));
    let negated = !refusal_denied && window.clone().any(|i| LEXICON.word_in(Words::Negations, text, i))
        || denied_by_verb(text, sentence_start, hit);
    let countered = (hit.start.saturating_sub(5).max(sentence_start)..hit.start)
        .any(|i| LEXICON.word_in(Words::Countermeasures, text, i));
    negated
        || countered
        || freed(text, sentence_start, hit)
        || bought(text, sentence_start, hit)
        || kind_in_doubt(text, sentence_start, hit)
        || assessment_denied(text, sentence_start, hit)
        || evidence_denied(text, sentence_start, hit)
}

/// How many words before a cue a negated verb of posing may stand ("did not pose "an immediate
/// threat"").
const POSING_REACH: usize = 6;

/// Whether a negated verb of posing or taking part stands a few words before the cue ("did not
/// pose an immediate threat", "do not take part in combat", "does not represent a danger"), with
/// no punctuation but quotation marks between: the statement denies the danger.
fn denied_by_verb(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    let from = hit.start.saturating_sub(POSING_REACH).max(sentence_start);
    (from..hit.start).any(|i| {
        LEXICON.word_in(Words::Negations, text, i)
            && LEXICON.word_in(Words::DenyingVerbs, text, i + 1)
            && (i + 2..hit.start)
                .all(|j| text.is_word(j) || matches!(text.token_text(j), "\"" | "“" | "”" | "'" | "‘" | "’"))
    })
}

/// How many words before a cue a verb of purchase or supply may stand ("buy additional long-range
/// rocket launchers", "delivered hundreds of drones").
const PURCHASE_REACH: usize = 4;

/// Whether the cue is the object of a verb of purchase a few words before it, with no preposition
/// between ("plans to buy more rocket launchers"; not "a buying spree for arms").
fn bought(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    object_of(text, sentence_start, hit, Words::ProcurementVerbs)
}

/// Whether the cue is the object of a verb of supply a few words before it ("delivered hundreds of
/// drones to the army"): arms handed over, a transfer of its own.
pub(super) fn supplied(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    object_of(text, sentence_start, hit, Words::SupplyVerbs)
}

/// Whether a verb of `verbs` stands a few words before the cue with only words and no preposition
/// but the "of" of a count between ("hundreds of drones"): the cue is its object.
fn object_of(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit, verbs: Words) -> bool {
    let from = hit.start.saturating_sub(PURCHASE_REACH).max(sentence_start);
    (from..hit.start)
        .rev()
        .take_while(|&i| {
            text.is_word(i)
                && (text.is_word_ci(i, "of") || !LEXICON.word_in(Words::ObjectPrepositions, text, i))
        })
        .any(|i| LEXICON.word_in(verbs, text, i))
}

/// How many tokens before a cue "whether" may stand ("whether this was a new type of missile").
const DOUBT_REACH: usize = 7;

/// Whether the cue names a kind in question: "whether", a pronoun and an auxiliary a few words
/// before it, with only words between ("we need to know whether this was a new type of missile").
fn kind_in_doubt(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    let from = hit.start.saturating_sub(DOUBT_REACH).max(sentence_start);
    (from..hit.start.saturating_sub(2)).any(|opener| {
        LEXICON.word_in(Words::DoubtOpeners, text, opener)
            && LEXICON.word_in(Words::DoubtedSubjects, text, opener + 1)
            && LEXICON.word_in(Words::Auxiliaries, text, opener + 2)
            && (opener + 3..hit.start).all(|i| text.is_word(i))
    })
}

/// How many tokens before a cue a negated verb of assessment may stand ("do not assess that a
/// military attack is imminent").
const DENIED_ASSESSMENT_REACH: usize = 7;

/// Whether a negation right before a verb of assessment ([assessment-verbs]) a few words before the
/// cue denies it: "We do not believe that an invasion is imminent" states no danger.
fn assessment_denied(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    (hit.start.saturating_sub(DENIED_ASSESSMENT_REACH).max(sentence_start + 1)..hit.start).any(|verb| {
        LEXICON.word_in(Words::AssessmentVerbs, text, verb)
            && LEXICON.word_in(Words::Negations, text, verb - 1)
    })
}

/// How many tokens before a cue a verb of freeing may stand ("freed the 17 hostages").
const FREED_REACH: usize = 3;

/// Whether the cue names people freed: a verb of [`Words::FreeingVerbs`] before it with only a
/// count or a determiner between ("freed 17 hostages", "rescued the two sailors").
fn freed(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    (hit.start.saturating_sub(FREED_REACH).max(sentence_start)..hit.start).any(|verb| {
        LEXICON.word_in(Words::FreeingVerbs, text, verb)
            && (verb + 1..hit.start).all(|i| {
                text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
                    || LEXICON.word_in(Words::SpeakerDeterminers, text, i)
                    || LEXICON.word_in(Words::PossessiveDeterminers, text, i)
            })
    })
}

/// Whether "no" (perhaps with one word between) before a noun of [`Words::EvidenceNouns`] a few
/// words before the cue says there is nothing to show it: "said it had no information suggesting
/// the missiles had entered its waters", "there was no immediate indication that …".
fn evidence_denied(text: &TokenizedText<'_>, sentence_start: usize, hit: &CueHit) -> bool {
    (hit.start.saturating_sub(DENIED_ASSESSMENT_REACH).max(sentence_start + 1)..hit.start).any(|noun| {
        LEXICON.word_in(Words::EvidenceNouns, text, noun)
            && (text.is_word_ci(noun - 1, "no")
                || noun >= sentence_start + 2 && text.is_word(noun - 1) && text.is_word_ci(noun - 2, "no"))
    })
}

/// The token range of a headline: a short first paragraph without closing punctuation, followed by
/// more text. A closing quote mark ends a sentence only after a full stop, "!" or "?" inside it:
/// "Strike 'key terror risk'" is a headline, "He said: 'We will act.'" is not.
/// A report often opens with more than one such line (a desk label, the title, a subtitle, a
/// segment name: "SITUATION REPORT", "Arson at the depot: what we know"): every short unclosed
/// paragraph before the first closed one belongs to the headline block, which only announces what
/// the text then states in full.
pub(super) fn headline_paragraph(text: &TokenizedText<'_>) -> Option<Range<usize>> {
    let stop = |index: usize| [".", "!", "?"].contains(&text.token_text(index));
    let is_heading = |paragraph: &Range<usize>| {
        let Some(last) = paragraph.end.checked_sub(1) else { return false };
        let quote_mark = ["\"", "”", "'", "’"].contains(&text.token_text(last));
        let closed =
            stop(last) || quote_mark && last.checked_sub(1).is_some_and(|i| i >= paragraph.start && stop(i));
        paragraph.len() <= HEADLINE_MAX_TOKENS && !closed
    };
    let first = text.paragraphs.first()?.clone();
    if text.paragraphs.len() <= 1 || !is_heading(&first) {
        return None;
    }
    // The block ends before the first paragraph that is not a heading, and never takes in the
    // last paragraph (a text of headings alone has no body to announce).
    let body = text.paragraphs.iter().position(|p| !is_heading(p)).unwrap_or(text.paragraphs.len() - 1);
    let last = text.paragraphs.get(body.checked_sub(1)?)?;
    Some(first.start..last.end.max(first.end))
}

/// The token ranges of the subheads inside the body: a short paragraph after the headline block,
/// starting with a capital, with no closing punctuation and no quotation mark, followed by another
/// paragraph ("SHADOW FLEET SUSPICIONS", a live blog's "Heavy gunfire near the palace" above its
/// entry), or a single short question over its answer ("Is the blockade a turning point?"). Like
/// a headline, it announces what the paragraphs below it state in full, so it
/// proposes nothing. A short line with a quotation in it ("He told the crowd: "We will fight"")
/// is speech whose full stop went missing, not a subhead.
pub(super) fn subheads(text: &TokenizedText<'_>, headline: Option<&Range<usize>>) -> Vec<Range<usize>> {
    let Some((_, earlier)) = text.paragraphs.split_last() else { return Vec::new() };
    earlier
        .iter()
        .filter(|paragraph| headline.is_none_or(|h| !h.contains(&paragraph.start)))
        .filter(|paragraph| {
            let Some(last) = paragraph.end.checked_sub(1) else { return false };
            let first_word = (paragraph.start..paragraph.end).find(|&i| text.is_word(i));
            // "What is GPS jamming?": an explainer's question over its answer is a subhead too.
            let question = text.token_text(last) == "?"
                && text.tokens.get(paragraph.start).map(|t| t.sentence())
                    == text.tokens.get(last).map(|t| t.sentence());
            paragraph.len() <= SUBHEAD_MAX_TOKENS
                && (question || ![".", "!", "?", ":", ";", ","].contains(&text.token_text(last)))
                && first_word
                    .is_some_and(|i| text.token_text(i).chars().next().is_some_and(char::is_uppercase))
                && !(paragraph.start..paragraph.end)
                    .any(|i| ["\"", "“", "”", "'", "‘", "’"].contains(&text.token_text(i)))
        })
        .cloned()
        .collect()
}

/// How many tokens at the start of a statement a year is looked for ("In 2019 the …").
const OPENING_YEAR_REACH: usize = 3;

/// Whether a statement opens with a year ("In 2019 the email system was hacked", "Back in 2015,"):
/// it dates an event of its own.
pub(super) fn opens_with_year(text: &TokenizedText<'_>, statement: usize) -> bool {
    (statement..statement + OPENING_YEAR_REACH).any(|i| figurative::is_year(text, i))
}

/// How many tokens before a cue a verb of reaction is looked for ("condemned what it called
/// Ruritania's "reckless and hostile" conduct").
const REACTION_REACH_TOKENS: usize = 8;

/// Whether the cue is the event told seen from around it: a verb of reaction ([reaction-verbs]) a
/// few words before it in its statement ("The league condemned the "senseless attack""), or the
/// event placed in a series of its kind ("the latest in a wave of cyber attacks"). Only a threat
/// of its category already proposed makes this a restatement.
pub(super) fn reacted_to(text: &TokenizedText<'_>, statement: usize, hit: &CueHit) -> bool {
    (hit.start.saturating_sub(REACTION_REACH_TOKENS).max(statement)..hit.start).any(|i| {
        LEXICON.word_in(Words::ReactionVerbs, text, i)
            || LEXICON.word_in(Words::SeriesOpeners, text, i) && text.is_word_ci(i + 1, "in")
    })
}

/// Whether the cue is hedged as a case being looked into, "a possible" right before it (perhaps
/// across a quote mark: "investigating "a possible intrusion""): after a threat of its category,
/// the event told, not a new one.
pub(super) fn hedged_mention(text: &TokenizedText<'_>, statement: usize, hit: &CueHit) -> bool {
    let mut index = hit.start;
    if index > statement && super::evidence::is_quote_mark(text, index - 1) {
        index -= 1;
    }
    index >= statement + 2
        && text.is_word_ci(index - 1, "possible")
        && (text.is_word_ci(index - 2, "a") || text.is_word_ci(index - 2, "an"))
}
