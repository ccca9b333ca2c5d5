//! Who acts in a threat and whom it is aimed at: the state or group nearest a cue, its target, and
//! the verb forms that tell one from the other.

use std::ops::Range;

use super::super::actors::{ActorTable, MentionRecord};
use super::super::lexicon::{Entity, Form, LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::cues::{CHARGED_ARREST_FAMILY, CueHit};
use super::warnings;
use crate::model::ActorKind;

/// How many tokens before a state or group after a cue a word such as "on" makes it the target
/// ("an attack on the Elbonian consulate").
const TARGET_PREPOSITION_REACH: usize = 3;

/// How far from a cue (in tokens) the actor of a threat is looked for.
const ACTOR_REACH_TOKENS: usize = 30;

/// The state, armed force, armed group or international organisation mentioned nearest the cue in
/// tokens `range` ("military assertiveness from China"): the likely actor of the threat. Other
/// organisations (think tanks, agencies) are more often the source or the target than the actor.
///
/// One after the cue behind a word such as "on" or "towards" ("the attack on the Elbonian
/// consulate") is its target, not its actor.
pub(super) fn acting_group<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    range: Range<usize>,
    hit: &CueHit,
) -> Option<&'a MentionRecord> {
    group_near(text, actors, range, hit, false)
}

/// The state or group nearest the cue in tokens `range`, its target included when
/// `targets_too` ([`acting_group`] without it).
pub(super) fn group_near<'a>(
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
    // "Elbonia's security service said it had uncovered a network of fake accounts": who finds
    // or foils a threat is not who poses it.
    let finder = |m: &MentionRecord| {
        m.end_token <= hit.start
            && (m.end_token..hit.start).any(|i| LEXICON.word_in(Words::DiscoveryVerbs, text, i))
    };
    let targeted = |m: &MentionRecord| {
        m.start_token >= hit.end
            && (m.start_token.saturating_sub(TARGET_PREPOSITION_REACH).max(hit.end)..m.start_token)
                .any(|i| LEXICON.word_in(Words::TargetPrepositions, text, i))
            || object_of_cue && is_object(text, hit.end, m.start_token)
    };
    // "arrested a man on suspicion of photographing facilities used by the US Navy": who
    // arrests stands before the verb; the names after it are in the charge.
    let in_charge = |m: &MentionRecord| {
        m.start_token >= hit.end
            && LEXICON.cue_groups.get(hit.group).is_some_and(|g| g.family == CHARGED_ARREST_FAMILY)
    };
    // "Any misadventure by Norway will be met with a swift response": a state in the subject of a
    // retaliation foretold is whom the response will meet, not who gives it.
    let retaliation = warnings::retaliation_foretold(text, range.clone(), hit.start).is_some();
    let met = |m: &MentionRecord| {
        retaliation
            && m.end_token <= hit.start
            && met_by_retaliation(text, m.start_token, m.end_token, hit.start)
    };
    actors.mentions[first..]
        .iter()
        .take_while(|m| m.start_token < range.end)
        .filter(|m| {
            is_acting_kind(actors.kind_of(m))
                && (targets_too
                    || !targeted(m) && !placed(m) && !source(m) && !finder(m) && !in_charge(m) && !met(m))
        })
        .min_by_key(|m| {
            if m.start_token >= hit.end {
                m.start_token - hit.end
            } else {
                hit.start - m.end_token.min(hit.start)
            }
        })
}

/// Whether a mention (tokens `start..end`) stands in the subject of a retaliation foretold whose
/// modal is at `modal`: after "by" or a word of [`Words::TargetPrepositions`] ("any misadventure
/// by Norway", "any attack on Chile"), with only words between it and the modal.
fn met_by_retaliation(text: &TokenizedText<'_>, start: usize, end: usize, modal: usize) -> bool {
    let before = text.with_article(start);
    before
        .checked_sub(1)
        .is_some_and(|i| text.is_word_ci(i, "by") || LEXICON.word_in(Words::TargetPrepositions, text, i))
        && (end..modal).all(|i| text.is_word(i))
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
pub(super) fn is_acting_kind(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::State | ActorKind::ArmedForces | ActorKind::ArmedGroup | ActorKind::InternationalOrg
    )
}

/// Whom a threat is aimed at: the first actor other than its actor mentioned after the cue in its
/// clause ("missiles fired towards Japan", "a cyberattack on Acme Grid"), unless a verb of speech
/// follows it: "…, analysts at the Acme Institute said" names the source, not the target.
pub(super) fn target_of(
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
                && !source_after_cue(text, hit.end, m)
        })
        .map(|m| m.actor)
}

/// How many capitalised words may follow a mention before its verb of speech ("U.S. Space Command
/// said": the mention is "U.S.").
const NAME_TAIL_TOKENS: usize = 3;

/// Whether a mention after a cue names who reports it or acts in it rather than whom it is aimed
/// at: a verb of speech right after it (its capitalised words between: "U.S. Space Command said")
/// or between the cue and it ("…, said the centre's director", "said it had no link to the
/// Dawn Front"), or "by" before it with no word for a target between ("an investigation by the
/// federal police and the Elbonian Guard", "released by Acme Analytics").
fn source_after_cue(text: &TokenizedText<'_>, cue_end: usize, m: &MentionRecord) -> bool {
    let speech = |i: usize| text.is_word(i) && LEXICON.is_speech_verb(text.key(i));
    let tail = (m.end_token..m.end_token + NAME_TAIL_TOKENS)
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.capitalised || t.kind != TokenKind::Word))
        .count();
    // A verb of speech between that attributes ("…,” said the …", "…, argues Dr Roe") or opens
    // what is said ("said it had no link to …"), not a verb that also means striking ("slammed into").
    let attributes = |i: usize| {
        speech(i)
            && (i > 0 && text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct)
                || LEXICON.word_in(Words::AgentPronouns, text, i + 1)
                || text.is_word_ci(i + 1, "that")
                || text.is_word_ci(i + 1, "the"))
    };
    if speech(m.end_token + tail) || (cue_end..m.start_token).any(attributes) {
        return true;
    }
    (cue_end..m.start_token)
        .rev()
        .find(|&i| text.is_word_ci(i, "by") || LEXICON.word_in(Words::TargetPrepositions, text, i))
        .is_some_and(|i| text.is_word_ci(i, "by"))
}

/// The state whose forces a cue names by their nationality ("Elbonian troops crossed the border",
/// "Elbonian armoured vehicles", "Elbonian gunboats fired"): a nationality adjective right before
/// the cue's word for a state's forces, or before such a word right before the cue (not
/// [`Words::IrregularForceNouns`]: "a Sudanese militia" is no state's). That state acts,
/// whoever reports it ("Ruritania's border service said Elbonian troops had crossed …").
pub(super) fn forces_owner(text: &TokenizedText<'_>, cue: Range<usize>) -> Option<&'static str> {
    // "a Sudanese militia", "Elbonian gunmen": armed men of a nationality, not of a state.
    let state_force = |i: usize| {
        LEXICON.word_in(Words::ForceNouns, text, i) && !LEXICON.word_in(Words::IrregularForceNouns, text, i)
    };
    let forces = if state_force(cue.start) || LEXICON.word_in(Words::OwnedForceCues, text, cue.start) {
        cue.start
    } else if cue.start > 0 && state_force(cue.start - 1) {
        cue.start - 1
    } else {
        return None;
    };
    let lexicon = &*LEXICON;
    (forces.saturating_sub(3)..forces).find_map(|i| {
        let found = lexicon.phrase_at(text, i)?;
        let country = match found.entry.entity {
            Some(entity @ Entity::Country(_)) => entity,
            _ => return None,
        };
        (found.end == forces && lexicon.has_form(text, found.start, found.end, Form::Adjective))
            .then(|| lexicon.entity_name(country))
    })
}

/// An organisation that opens the statement and acts in the cue just after it ("Gatecrash posted
/// on its leak site", "the Vantrix gang is likely to leak stolen files"): a gang or a firm is no
/// state or group, but when it does the deed it is the actor. Not in the passive ("Acme was
/// hacked") nor after a verb of suffering or finding ("Acme suffered a ransomware attack").
pub(super) fn organisation_acting<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    statement: usize,
    hit: &CueHit,
) -> Option<&'a MentionRecord> {
    if hit.start == 0 || LEXICON.word_in(Words::Auxiliaries, text, hit.start - 1) {
        return None;
    }
    let first = actors.mentions.partition_point(|m| m.start_token < statement);
    let subject = actors.mentions.get(first)?;
    let opens = (statement..subject.start_token)
        .all(|i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) || text.is_word_ci(i, "the"));
    (opens
        && actors.kind_of(subject) == ActorKind::Organisation
        && super::rules::actor_acts(text, subject, hit.start)
        && !(subject.end_token..hit.start).any(|i| LEXICON.word_in(Words::SufferingVerbs, text, i)))
    .then_some(subject)
}

/// How many tokens before a statement the armed group that "the militants" opening it stand for
/// is looked for.
const GROUP_REFERENCE_REACH_TOKENS: usize = 250;

/// The armed group that a statement opening with a definite word for such a group stands for ("The
/// militants have begun planting bombs" after a sentence naming the Tarn Valley Front): the last
/// one named within a few sentences before it, for the summary's who.
pub(super) fn group_referred_to<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    statement: usize,
    cue: usize,
) -> Option<&'a MentionRecord> {
    let opens = text.is_word_ci(statement, "the")
        && LEXICON.word_in(Words::GroupReferenceNouns, text, statement + 1)
        && statement + 1 < cue;
    if !opens {
        return None;
    }
    let before = actors.mentions.partition_point(|m| m.start_token < statement);
    actors.mentions[..before]
        .iter()
        .rev()
        .take_while(|m| m.start_token + GROUP_REFERENCE_REACH_TOKENS >= statement)
        .find(|m| actors.kind_of(m) == ActorKind::ArmedGroup)
}
