//! The who of a threat when no state or group stands as its agent: the subject of the clause
//! described by a word for people who attack ("Armed men in two speedboats boarded …" -> "armed
//! men"), a group introduced by its name ("a militia calling itself the Dawn Front claimed …" ->
//! "Dawn Front"), the agent after "by" ("set deliberately by a cell calling itself …"), or the
//! armed group named before that a definite description ("the militants") refers back to. Nothing
//! when the clause has no such subject: the analyst fills in an open who rather than correct a
//! guess.

use std::ops::Range;

use super::super::actors::{ActorTable, MentionRecord};
use super::super::lexicon::{LEXICON, ListMask, Words, mask_of};
use super::super::tokens::{TokenKind, TokenizedText};
use super::agents;
use crate::model::ActorKind;

/// The lists a subject's head comes from: words for attackers, bare words for people, forces.
const HEAD_MASK: ListMask = mask_of(&[Words::AgentNouns, Words::BareAgentNouns, Words::ForceNouns]);

/// How many tokens before a cue its subject may open ("Armed men in two boats boarded a ship …,
/// the coast guard said, the first kidnapping").
const SUBJECT_REACH_TOKENS: usize = 40;

/// How many tokens before its head a subject may open (determiners, a time, describing words).
const PHRASE_OPENING_TOKENS: usize = 10;

/// How many words may describe the head of a subject before it ("little-known armed", "Militia").
const MODIFIER_WORDS: usize = 3;

/// How many words after a bare head's preposition describe it ("men in army uniform").
const TAIL_WORDS: usize = 2;

/// How many tokens after the cue "by" may stand and still introduce its agent ("set deliberately
/// by …").
const BY_REACH_TOKENS: usize = 2;

/// How many tokens after a body named between a subject and its cue a verb of speech makes it the
/// source ("the Philippine Coast Guard (PCG) said").
const SOURCE_REACH_TOKENS: usize = 4;

/// How many tokens after a subject its own verb is looked for ("Nightglass has since posted").
const VERB_SLOT_TOKENS: usize = 4;

/// How many tokens before a definite description the armed group it stands for is looked for.
const REFERENCE_REACH_TOKENS: usize = 250;

/// The who of a threat described rather than named: see the module documentation.
pub(super) fn described_agent(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    statement_start: usize,
    clause: Range<usize>,
    cue: Range<usize>,
) -> Option<String> {
    agent_of(text, actors, statement_start, clause, cue).map(|(who, _)| who)
}

/// The who of [`described_agent`], and whether its subject is a definite description ("the
/// attackers").
fn agent_of(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    statement_start: usize,
    clause: Range<usize>,
    cue: Range<usize>,
) -> Option<(String, bool)> {
    // "… were set deliberately by a cell calling itself the Green Front": the agent after "by".
    if let Some(by) = (cue.end..cue.end + BY_REACH_TOKENS + 1)
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .find(|&i| text.is_word_ci(i, "by"))
        && let Some(phrase) = agent_phrase(text, actors, by + 1, None)
    {
        return phrase.who(text, actors, statement_start).map(|who| (who, phrase.definite));
    }
    // The subject opens the statement, the clause, or what a verb of speech reports in the clause
    // ("Fishermen say the militants now tax every catch").
    // "… a group calling itself the Green Front, which claimed the attack": a relative clause's
    // subject is what it follows.
    if LEXICON.word_in(Words::RelativePronouns, text, clause.start)
        && clause.start > statement_start
        && let Some(m) = mention_ending_at(actors, clause.start - 1)
        && acts_in(text, actors, clause.start + 1, cue.start)
    {
        return actors.name_of(m.actor).map(|name| (name.to_owned(), true));
    }
    let phrase = subject_phrase(text, actors, statement_start, clause, cue)?;
    phrase.who(text, actors, statement_start).map(|who| (who, phrase.definite))
}

/// The subject acting in the cue: the phrase that opens the statement, the clause, or what a verb of
/// speech or "that" opens in the clause, the nearest the cue first.
fn subject_phrase<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    statement_start: usize,
    clause: Range<usize>,
    cue: Range<usize>,
) -> Option<AgentPhrase<'a>> {
    // Cheap first: a word for attackers or forces, or a group named, before the cue's end.
    // Within a few dozen tokens of the cue: near enough to act in it, and linear in the text.
    let statement_start = statement_start.max(cue.start.saturating_sub(SUBJECT_REACH_TOKENS));
    let from = clause.start.max(statement_start);
    let named = actors.mentions.partition_point(|m| m.start_token < statement_start);
    let mut heads: Vec<usize> =
        (statement_start..cue.end).filter(|&i| LEXICON.word_in_mask(&HEAD_MASK, text, i)).collect();
    heads.extend(
        actors.mentions[named..]
            .iter()
            .take_while(|m| m.start_token < cue.end)
            .filter(|m| names_agent(actors.kind_of(m)))
            .map(|m| m.start_token),
    );
    if heads.is_empty() {
        return None;
    }
    // A subject opens at most a few words before its head: only there is a start looked for.
    let near_head = |i: usize| heads.iter().any(|&h| h > i && h - i <= PHRASE_OPENING_TOKENS);
    let mut starts = vec![statement_start, from];
    // "… showed that the group still intended to strike": what "that" opens has its own subject.
    // "…, where, on Tuesday evening, gunmen torched …": a comma may open the subject too.
    let comma = |i: usize| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && text.token_text(i) == ","
    };
    let reported = (from..cue.start)
        .filter(|&i| {
            near_head(i)
                && (comma(i)
                    || text.is_word(i)
                        && (text.is_word_ci(i, "that")
                            // "a company called Acme": a name given, not words reported.
                            || LEXICON.is_speech_verb(text.key(i)) && !LEXICON.word_in(Words::NamingWords, text, i)))
        })
        .map(|i| {
            // "Aid workers tell me the attackers …": past the one told, and "that".
            let mut next = i + 1;
            if LEXICON.word_in(Words::AddresseePronouns, text, next) {
                next += 1;
            }
            if text.is_word_ci(next, "that") { next + 1 } else { next }
        });
    starts.extend(reported);
    starts.dedup();
    starts.into_iter().rev().find_map(|start| {
        let phrase = agent_phrase(text, actors, skip_openers(text, start), Some(cue.start))?;
        let verb_from = phrase.named.map_or(phrase.head + 1, |m| m.end_token.max(phrase.head + 1));
        // "Gunmen from the Red Ridge Cartel torched …" with "gunmen" the cue: the group named acts.
        let before_cue = phrase.head < cue.start || phrase.named.is_some() && phrase.first <= cue.start;
        (before_cue && acts_in(text, actors, verb_from, cue.start)).then_some(phrase)
    })
}

/// A subject read from its first token: its words, its head, whether it is definite, and the
/// group it names ("a militia calling itself the Dawn Front").
struct AgentPhrase<'a> {
    first: usize,
    head: usize,
    definite: bool,
    bare: bool,
    named: Option<&'a MentionRecord>,
    /// The last word of a description after a bare head ("men on motorbikes").
    tail: Option<usize>,
}

impl AgentPhrase<'_> {
    /// The name the summary gives: the group named, the armed group a definite description refers
    /// back to, else the description itself (not a bare "men" or "the group").
    fn who(&self, text: &TokenizedText<'_>, actors: &ActorTable, statement_start: usize) -> Option<String> {
        if let Some(state) = agents::forces_owner(text, self.head..self.head + 1) {
            return Some(state.to_owned());
        }
        if let Some(name) = self.named.and_then(|m| actors.name_of(m.actor)) {
            return Some(name.to_owned());
        }
        if self.definite && LEXICON.word_in(Words::GroupReferenceNouns, text, self.head) {
            let before = actors.mentions.partition_point(|m| m.start_token < statement_start);
            let referred = actors.mentions[..before]
                .iter()
                .rev()
                .take_while(|m| m.start_token + REFERENCE_REACH_TOKENS >= statement_start)
                .find(|m| actors.kind_of(m) == ActorKind::ArmedGroup)
                .and_then(|m| actors.name_of(m.actor));
            if let Some(name) = referred {
                return Some(name.to_owned());
            }
        }
        // "men on motorbikes", "men in army uniform": a bare word with what describes them after it.
        let last = if self.bare { self.tail? } else { self.head };
        let (first, last) = (text.tokens.get(self.first)?, text.tokens.get(last)?);
        let words = text.slice(first.start_byte(), last.end_byte());
        // "Armed men" opening the sentence: the capital is the sentence's, not a name's.
        let lower_first = first.sentence_start
            && !LEXICON.word_in(Words::IrregularForceNouns, text, self.first)
            || LEXICON.word_in(Words::AgentModifiers, text, self.first)
            || LEXICON.word_in(Words::AgentNouns, text, self.first);
        Some(if lower_first { lower_initial(words) } else { words.to_owned() })
    }
}

/// The string with its first character in lower case.
fn lower_initial(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether a verb of the subject ending before token `at` follows it: the cue itself, an auxiliary
/// or a modal ("Elbonia had shelled", "Elbonia could hold"), a progressive ("was smuggling"), or a
/// relative clause after a comma ("the Dawn Front, which controls …, had been"), past a word such as
/// "also".
fn verb_follows(text: &TokenizedText<'_>, at: usize, cue: usize) -> bool {
    let comma = text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Punct) && text.token_text(at) == ",";
    if comma {
        return LEXICON.word_in(Words::RelativePronouns, text, at + 1);
    }
    let at = if LEXICON.word_in(Words::SubjectVerbAdverbs, text, at) { at + 1 } else { at };
    at == cue
        || text.is_word(at) && !text.tokens[at].capitalised && text.key(at).ends_with("ed")
        || LEXICON.word_in(Words::ActiveAuxiliaries, text, at)
        || LEXICON.word_in(Words::LabelModals, text, at)
        || LEXICON.word_in(Words::PassiveAuxiliaries, text, at)
            && text.is_word(at + 1)
            && text.key(at + 1).ends_with("ing")
}

/// The named group or organisation whose mention ends right before token `at` (a comma).
fn mention_ending_at(actors: &ActorTable, at: usize) -> Option<&MentionRecord> {
    let first = actors.mentions.partition_point(|m| m.end_token < at);
    actors.mentions.get(first).filter(|m| m.end_token == at && names_agent(actors.kind_of(m)))
}

/// The kinds of actor a subject may name as the who: anything but a person or a medium (a person
/// speaks of threats far more often than carrying them out).
fn names_agent(kind: ActorKind) -> bool {
    !matches!(kind, ActorKind::Person | ActorKind::Media)
}

/// Past the words that open a clause before its subject ("where", "and", quote marks, a time:
/// "Last weekend an armed coalition stormed …").
fn skip_openers(text: &TokenizedText<'_>, mut at: usize) -> usize {
    while text.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Punct)
        || LEXICON.word_in(Words::ClauseOpeners, text, at)
        || LEXICON.word_in(Words::TimeOpeners, text, at)
        || LEXICON.word_in(Words::Weekdays, text, at)
        || LEXICON.word_in(Words::PartsOfDay, text, at)
        || LEXICON.word_in(Words::RelativeUnits, text, at)
        || LEXICON.word_in(Words::RelativeWords, text, at)
    {
        at += 1;
    }
    at
}

/// The subject phrase opening at token `at`: determiners and numbers, a few describing words, a
/// word for people who attack, and perhaps the name the phrase introduces ("calling itself",
/// "known as").
fn agent_phrase<'a>(
    text: &TokenizedText<'_>,
    actors: &'a ActorTable,
    at: usize,
    cue: Option<usize>,
) -> Option<AgentPhrase<'a>> {
    // Cheap first: the phrase must hold a word for attackers within its first few tokens.
    let mut i = at;
    // "the attackers", "these men": people already told.
    let definite = ["the", "these", "those"].iter().any(|w| text.is_word_ci(i, w));
    while definite && i == at
        || text.is_word_ci(i, "the")
        || text.is_word_ci(i, "a")
        || text.is_word_ci(i, "an")
        || LEXICON.word_in(Words::NumberWords, text, i)
        || text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    {
        i += 1;
    }
    let first = i;
    // "the Sierra Roja had been fighting …", "Nightglass posted …": a named group as the subject.
    let named_first = actors.mentions.partition_point(|m| m.start_token < at);
    if let Some(m) = actors
        .mentions
        .get(named_first)
        .filter(|m| (m.start_token == at || m.start_token == first) && names_agent(actors.kind_of(m)))
    {
        // "Elbonia's navy said …": the subject is what the possessive owns, not the name.
        if text.tokens.get(m.end_token).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return None;
        }
        // "The UK government warns …", "the CIA base came under fire", "a NATO member": a name
        // is the subject only when its verb follows it.
        if cue.is_some_and(|cue| !verb_follows(text, m.end_token, cue)) {
            return None;
        }
        return Some(AgentPhrase {
            first,
            head: m.end_token - 1,
            definite,
            bare: false,
            named: Some(m),
            tail: None,
        });
    }
    // "Pakistani artillery had shelled …": a state's forces named by their nationality.
    let mut head = None;
    for j in first..first + MODIFIER_WORDS + 1 {
        if LEXICON.word_in(Words::AgentNouns, text, j) || LEXICON.word_in(Words::BareAgentNouns, text, j) {
            head = Some(j);
            // "Militia fighters": a second word for attackers is the head.
            if !(LEXICON.word_in(Words::AgentNouns, text, j + 1)
                || LEXICON.word_in(Words::BareAgentNouns, text, j + 1))
            {
                break;
            }
        } else if head.is_some()
            || !(LEXICON.word_in(Words::AgentModifiers, text, j)
                || text.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
                    && !LEXICON.is_stopword(text, j))
        {
            break;
        }
    }
    let head = head.or_else(|| {
        (first..first + MODIFIER_WORDS).find(|&j| {
            LEXICON.word_in(Words::ForceNouns, text, j) && agents::forces_owner(text, j..j + 1).is_some()
        })
    })?;
    let described = (first..head).any(|j| {
        LEXICON.word_in(Words::AgentModifiers, text, j)
            || LEXICON.word_in(Words::AgentNouns, text, j)
            || text.tokens.get(j).is_some_and(|t| t.capitalised && !t.sentence_start)
    });
    let bare = LEXICON.word_in(Words::BareAgentNouns, text, head) && !described;
    let tail = (bare && LEXICON.word_in(Words::DescribingPrepositions, text, head + 1))
        .then(|| {
            (head + 2..head + 2 + TAIL_WORDS)
                .take_while(|&j| {
                    text.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                        && !LEXICON.is_stopword(text, j)
                        && !LEXICON.is_speech_verb(text.key(j))
                        && !text.key(j).ends_with("ed")
                })
                .last()
        })
        .flatten();
    Some(AgentPhrase { first, head, definite, bare, named: named_after(text, actors, head + 1), tail })
}

/// The group a phrase names right after its head ("calling itself the Dawn Front", "known as
/// Dawn Front"), when it is an actor that is neither a person nor a medium.
fn named_after<'a>(text: &TokenizedText<'_>, actors: &'a ActorTable, at: usize) -> Option<&'a MentionRecord> {
    // "gunmen from the Red Ridge Cartel": the group they belong to.
    let member = LEXICON.word_in(Words::MemberPrepositions, text, at);
    if !member && !LEXICON.word_in(Words::NamingWords, text, at) {
        return None;
    }
    let mut name = at + 1;
    while text.is_word_ci(name, "itself")
        || text.is_word_ci(name, "themselves")
        || text.is_word_ci(name, "as")
    {
        name += 1;
    }
    let article = text.is_word_ci(name, "the");
    let first = actors.mentions.partition_point(|m| m.start_token < name);
    actors.mentions.get(first).filter(|m| {
        (m.start_token == name || article && m.start_token == name + 1)
            && if member {
                matches!(actors.kind_of(m), ActorKind::ArmedGroup | ActorKind::Organisation)
            } else {
                names_agent(actors.kind_of(m))
            }
    })
}

/// Whether the subject ending before `from` acts in the cue at `cue`: the cue is not in the
/// passive ("gunmen were killed") and no other subject opens between (a verb of speech, a semicolon).
fn acts_in(text: &TokenizedText<'_>, actors: &ActorTable, from: usize, cue: usize) -> bool {
    // "would defend its territory if attacked": a bare participle after "if" is a passive too.
    // "had been fighting", "was smuggling": a progressive is no passive.
    let progressive = text.is_word(cue) && text.key(cue).ends_with("ing");
    // "the suspects had been recruited through a drug-trafficking gang": a passive anywhere
    // between makes the subject suffer.
    // ("is believed to have fled", "was said to be" are hedges, not passives.)
    let participle = |i: usize| {
        text.is_word(i)
            && (text.key(i).ends_with("ed") || text.key(i).ends_with("en"))
            && !text.is_word_ci(i + 1, "to")
    };
    let passive = !progressive
        && (cue.saturating_sub(2).max(from)..cue)
            .any(|i| LEXICON.word_in(Words::PassiveAuxiliaries, text, i))
        || (from..cue).any(|i| LEXICON.word_in(Words::PassiveAuxiliaries, text, i) && participle(i + 1))
        || cue > from && LEXICON.word_in(Words::ConditionWords, text, cue - 1);
    // "Gunmen boarded the ship, the coast guard said, the first kidnapping": a body named between
    // that does not report the cue is another subject.
    let other_subject = actors
        .mentions
        .iter()
        .skip(actors.mentions.partition_point(|m| m.start_token < from))
        .take_while(|m| m.start_token < cue)
        .any(|m| {
            // "inmates loyal to a gang called Los Lobos took …": a name within the description.
            let described = m.start_token > 0
                && (LEXICON.word_in(Words::NamingWords, text, m.start_token - 1)
                    || text.is_word_ci(m.start_token - 1, "the")
                        && m.start_token > 1
                        && LEXICON.word_in(Words::NamingWords, text, m.start_token - 2));
            !described
                && !(m.end_token..m.end_token + SOURCE_REACH_TOKENS)
                    .any(|i| text.is_word(i) && LEXICON.is_speech_verb(text.key(i)))
        });
    // "The ministry says the cargo …", "the board confirmed a ransomware attack", "police foiled a
    // plot": the subject reports, suffers or foils the threat ("claimed responsibility" is its own,
    // "is believed to have fled" a hedge).
    // "Acme Telecom, which runs sixty satellites, said …": a verb of speech after a comma that
    // closes what describes the subject is the subject's own.
    let speaks_after_description = (from..cue).any(|i| {
        i > from
            && text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct)
            && text.token_text(i - 1) == ","
            && text.is_word(i)
            && LEXICON.is_speech_verb(text.key(i))
    });
    let reports = speaks_after_description
        || (from..cue.min(from + VERB_SLOT_TOKENS)).any(|i| {
            text.is_word(i)
                && (LEXICON.is_speech_verb(text.key(i))
                && !LEXICON.word_in(Words::ClaimedWords, text, i + 1)
                // "is believed to have", "was said to be": a hedge, not the subject speaking.
                && !(i > 0 && LEXICON.word_in(Words::PassiveAuxiliaries, text, i - 1))
                    || LEXICON.word_in(Words::SufferingVerbs, text, i)
                    || LEXICON.word_in(Words::DiscoveryVerbs, text, i))
        });
    !passive
        && !reports
        && !other_subject
        && (from..cue).all(|i| {
            !(text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && text.token_text(i) == ";")
                // "the gunmen who were arrested", but not "the Red Ridge Cartel, which controls …,".
                && !(LEXICON.word_in(Words::RelativePronouns, text, i)
                    && !(i > 0 && text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct)))
        })
}

/// Gives an open summary ("? -> …") the who of the summary before it, when that one has a who: the
/// pronoun opening a statement right after a threat stands for its actor ("It has also threatened
/// to burn the valley").
pub(super) fn carry_who(summary: &mut String, previous: &str) {
    let Some(what) = summary.strip_prefix("? -> ") else { return };
    match previous.split_once(" -> ") {
        Some((who, _)) if who != "?" => *summary = format!("{who} -> {what}"),
        _ => {}
    }
}

/// Whether the subject of a weak cue's clause is described as people who attack, with no article
/// that refers back to people already told ("Inmates loyal to a gang took weapons from the armoury",
/// not "the attackers used drones": more of a threat told): it anchors the cue as a group would.
/// With `nothing_told` (no threat told before), a definite subject anchors it too.
pub(super) fn anchors_weak_cue(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    statement_start: usize,
    clause: Range<usize>,
    cue: Range<usize>,
    nothing_told: bool,
) -> bool {
    agent_of(text, actors, statement_start, clause, cue)
        .is_some_and(|(_, definite)| !definite || nothing_told)
}

/// Whether the subject of a cue's clause is a definite description of the people of an attack
/// already told, named by what they did ("the attackers", "the kidnappers"; not "the militants",
/// a group that may do something new).
pub(super) fn told_attackers(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    statement_start: usize,
    clause: Range<usize>,
    cue: Range<usize>,
) -> bool {
    // Cheap first: a word for the people of an attack in the clause before the cue.
    let from = clause.start.max(statement_start);
    if !(from..cue.start).any(|i| LEXICON.word_in(Words::EventAgentNouns, text, i)) {
        return false;
    }
    subject_phrase(text, actors, statement_start, clause, cue)
        .is_some_and(|phrase| phrase.definite && LEXICON.word_in(Words::EventAgentNouns, text, phrase.head))
}
