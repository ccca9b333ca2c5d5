//! Cues that a sentence does not assert as events: a denial or rejection ("Elbonia dismissed the
//! claims as absurd and said it had nothing to do with the drone flights"), a negated subject or
//! predicate ("no military networks were breached", "troops had not been deployed"), a simile ("it
//! street looked like a war zone") and police work ("officers seized two laptops").

use std::ops::Range;

use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};

/// How many modifiers may stand between "no" and the noun it denies ("no classified military
/// networks were breached").
const NEGATED_SUBJECT_WORDS: usize = 3;

/// How many tokens before a cue a simile is looked for ("looked like a war zone").
const SIMILE_REACH: usize = 4;

/// Whether the statement denies or rejects what the cue names: a verb of denial or a word of
/// dismissal before the cue in the statement ("Elbonia denied that its jets had attacked", "called
/// the reports groundless provocations", "strongly opposes every kind of hacking"), with no word between
/// that opens another statement ("denied it, but admitted that its troops had fired"), the denial
/// not in a relative clause ("Elbonia, which denied it, shelled the town"); or a word of dismissal
/// after the cue in the same statement ("called the claims of aggression absurd", "tying the
/// hacking to us without proof is a smear").
/// How many tokens before and after a cue a denial is looked for (a long sentence is about 60).
const DENIAL_REACH_TOKENS: usize = 80;

pub(super) fn denied(text: &TokenizedText<'_>, statement: Range<usize>, cue: Range<usize>) -> bool {
    // A denial stands within a sentence's reach of its cue: on text without full stops (a run-on
    // list, a table read as one line) the statement is unbounded, and scanning all of it for every
    // cue would cost the square of its length.
    let from = statement.start.max(cue.start.saturating_sub(DENIAL_REACH_TOKENS));
    let to = statement.end.min(cue.end.saturating_add(DENIAL_REACH_TOKENS));
    let mut denial = false;
    let mut index = from;
    while index < cue.start {
        let word = text.is_word(index);
        if word && LEXICON.word_in(Words::RelativePronouns, text, index) && !denial {
            // What follows is said of a noun, not by the subject of the statement; once a comma
            // closes the clause ("the minister appeared on radio, which was back on air, to deny
            // reports of a coup"), the statement goes on.
            match (index + 1..cue.start).find(|&i| text.is_punct(i, ',')) {
                Some(comma) => {
                    index = comma + 1;
                    continue;
                }
                None => return false,
            }
        }
        if word && LEXICON.word_in(Words::DenialBreakers, text, index) || text.token_text(index) == ";" {
            denial = false;
        } else if denial
            && word
            && counter_claim(text, index)
            && !(index..cue.start).any(|i| LEXICON.word_in(Words::Negations, text, i))
        {
            // "called the infiltration claim baseless and said Indian troops had fired on
            // civilians": a speech verb with a name after it tells a claim of its own, where
            // "and said it had nothing to do with" or "said Moscow had nothing to do with" goes
            // on with the denial.
            denial = false;
        } else if LEXICON.word_in(Words::DenialVerbs, text, index) && denies(text, from, index)
            || LEXICON.word_in(Words::DenialNouns, text, index) && noun_denies(text, from, index)
            || LEXICON.word_in(Words::DismissalWords, text, index)
        {
            denial = true;
        }
        index += 1;
    }
    denial
        || (cue.end..to)
            .take_while(|&i| {
                !(text.is_word(i) && LEXICON.word_in(Words::DenialBreakers, text, i))
                    && text.token_text(i) != ";"
            })
            .any(|i| LEXICON.word_in(Words::DismissalWords, text, i) || called_false(text, i))
        || rumour_dismissed(text, statement.start..to, cue.end)
}

/// Whether a verb of [`Words::ClaimVerbs`] at `index` opens a claim of its own: a capitalised
/// word, no pronoun, right after it ("and said Indian troops had fired"). Not a verb that labels
/// ("described NATO patrols as provocations"): that goes on with the rejection.
fn counter_claim(text: &TokenizedText<'_>, index: usize) -> bool {
    LEXICON.word_in(Words::ClaimVerbs, text, index)
        && !text.tokens.get(index).is_some_and(|t| t.capitalised)
        && text.tokens.get(index + 1).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
}

/// How many tokens after a verb of denial its "as false" is looked for ("dismissed them as
/// false", "rejected the posts as baseless").
const DISMISSED_AS_REACH: usize = 4;

/// "Rumours that gunmen had overrun a base spread on Thursday, but the army dismissed them as
/// false": a statement that opens with a rumour or a report and "that" is a rumour told, and a
/// verb of denial later in the sentence with "as" and a word calling it false dismisses it, past
/// the "but" that would otherwise open another statement.
fn rumour_dismissed(text: &TokenizedText<'_>, statement: Range<usize>, cue_end: usize) -> bool {
    let first = statement.start + usize::from(!text.is_word(statement.start));
    if !(LEXICON.word_in(Words::RumourNouns, text, first) && text.is_word_ci(first + 1, "that")) {
        return false;
    }
    // "Speculation that … was the result of a cyber attack was rejected by officials": the rumour
    // itself dismissed in the passive.
    let passive = |verb: usize| verb > 0 && LEXICON.word_in(Words::PassiveAuxiliaries, text, verb - 1);
    (cue_end..statement.end).any(|verb| {
        LEXICON.word_in(Words::DenialVerbs, text, verb)
            && (passive(verb)
                || (verb + 1..(verb + 1 + DISMISSED_AS_REACH).min(statement.end))
                    .find(|&i| text.is_word_ci(i, "as"))
                    .is_some_and(|at| {
                        LEXICON.word_in_any(&[Words::FalsityWords, Words::DismissalWords], text, at + 1)
                    }))
    })
}

/// How many tokens before an exercise's noun a cue of its phrase may stand ("about 5,000 troops"
/// told before "exercise" is read from the noun on; "a large military exercise" holds its cue).
const EXERCISE_PHRASE_LEAD: usize = 3;

/// Whether the cue belongs to an exercise called off: a noun of [`Words::ExerciseNouns`] and a
/// phrase of [`Words::CallingOff`] in the statement, the cue in the exercise's phrase (from a few
/// words before its noun, up to the verb when the exercise is the subject, or on through its
/// object's clauses when it is the object, until a word of [`Words::CallingOffEnders`]): "A large
/// military exercise involving 5,000 troops was called off", "called off a civil defence
/// exercise which would have sounded air raid sirens", "called off military drills". An attack
/// that made them call it off ("after rebels attacked the base") is still told.
pub(super) fn exercise_called_off(text: &TokenizedText<'_>, statement: Range<usize>, cue: usize) -> bool {
    // Within reach of the cue, so that a megabyte-long "sentence" stays linear.
    let statement =
        statement.start.max(cue.saturating_sub(EXERCISE_REACH))..statement.end.min(cue + EXERCISE_REACH);
    // The exercise's noun first: most statements have none, and the test is one bit per token.
    let Some(exercise) = statement.clone().find(|&i| LEXICON.word_in(Words::ExerciseNouns, text, i)) else {
        return false;
    };
    let calling_off = |i: usize| {
        LEXICON.word_in(Words::CallingOff, text, i)
            || i > statement.start
                && text.is_word_ci(i, "off")
                && LEXICON.word_in(Words::CallingVerbs, text, i - 1)
    };
    let Some(off) = statement.clone().find(|&i| calling_off(i)) else {
        return false;
    };
    let ender =
        |range: Range<usize>| range.into_iter().any(|i| LEXICON.word_in(Words::CallingOffEnders, text, i));
    let phrase_start = exercise.saturating_sub(EXERCISE_PHRASE_LEAD).max(statement.start);
    if exercise < off {
        (phrase_start..off).contains(&cue) && !ender(phrase_start..cue)
    } else {
        cue >= phrase_start && cue > off && !ender(off..cue)
    }
}

/// How many tokens from a cue an exercise's noun and its calling off are looked for.
const EXERCISE_REACH: usize = 30;

/// How many tokens before a cue a claim's noun, and around it a channel, are looked for.
const CHATTER_REACH: usize = 20;

/// How many tokens a claim's noun may stand before the "that" of what it claims.
const CHATTER_THAT_REACH: usize = 10;

/// Whether the cue is what unverified chatter claims: a noun of [`Words::ChatterNouns`] before a
/// "that" which opens the cue's clause, in a statement that names where the chatter ran
/// ([`Words::ChatterChannels`]: "Claims spread on social media overnight that jets had bombed
/// villages", "messages circulating on Telegram claimed that the government had asked for
/// troops"). What is claimed is no event told.
pub(super) fn unverified_chatter(text: &TokenizedText<'_>, statement: Range<usize>, cue: usize) -> bool {
    // Within reach of the cue, so that a megabyte-long "sentence" stays linear.
    let from = statement.start.max(cue.saturating_sub(CHATTER_REACH));
    (from..cue).any(|noun| {
        LEXICON.word_in(Words::ChatterNouns, text, noun)
            && (noun + 1..cue.min(noun + 1 + CHATTER_THAT_REACH)).any(|i| text.is_word_ci(i, "that"))
    }) && (from..statement.end.min(cue + CHATTER_REACH))
        .any(|i| LEXICON.word_in(Words::ChatterChannels, text, i))
}

/// Whether the word at `index` calls the statement false after an auxiliary ("the report … was
/// false", "the claims are untrue").
fn called_false(text: &TokenizedText<'_>, index: usize) -> bool {
    // ("were \"false and malicious\"": the word may open a quotation.)
    let auxiliary = |i: usize| LEXICON.word_in(Words::Auxiliaries, text, i);
    LEXICON.word_in(Words::FalsityWords, text, index)
        && index.checked_sub(1).is_some_and(|before| {
            auxiliary(before)
                || text.tokens.get(before).is_some_and(|t| t.kind == TokenKind::Punct)
                    && super::rules::QUOTE_MARKS.contains(&text.token_text(before))
                    && before.checked_sub(1).is_some_and(auxiliary)
        })
}

/// Whether a verb of denial at `index` is said by its subject: not in the passive ("aid workers
/// were denied access") and not an adjective before "to" ("fighters opposed to the junta").
fn denies(text: &TokenizedText<'_>, statement_start: usize, index: usize) -> bool {
    let passive = index > statement_start
        && LEXICON.word_in(Words::Auxiliaries, text, index - 1)
        && !LEXICON.word_in(Words::PerfectAuxiliaries, text, index - 1);
    !passive && !text.is_word_ci(index + 1, "to")
}

/// How many words before a noun of denial a word disputing it is looked for ("refused to accept
/// the ministry's denials").
const DENIAL_DISPUTE_REACH: usize = 5;

/// Whether a noun of denial at `index` denies what follows: not "denial of service" (an attack) and
/// not a denial disputed a few words before ("refused to accept the ministry's denials").
fn noun_denies(text: &TokenizedText<'_>, statement_start: usize, index: usize) -> bool {
    let names_attack = text.is_word_ci(index + 1, "of") || text.token_text(index + 1) == "-";
    let disputed = (index.saturating_sub(DENIAL_DISPUTE_REACH).max(statement_start)..index)
        .any(|i| LEXICON.word_in_any(&[Words::DenialDisputes, Words::DenialVerbs], text, i));
    !names_attack && !disputed
}

/// Whether the cue is the verb of a denied subject: "no" and a few words before auxiliaries right
/// before it ("no secret military networks were breached", "no soldiers were killed").
pub(super) fn negated_subject(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    let mut index = cue;
    let mut auxiliaries = 0;
    while index > statement_start && LEXICON.word_in(Words::Auxiliaries, text, index - 1) {
        index -= 1;
        auxiliaries += 1;
    }
    if auxiliaries == 0 {
        return false;
    }
    for _ in 0..=NEGATED_SUBJECT_WORDS {
        if index <= statement_start {
            return false;
        }
        index -= 1;
        if text.is_word_ci(index, "no") || text.is_word_ci(index, "none") {
            return true;
        }
        let Some(token) = text.tokens.get(index) else { return false };
        if token.kind != TokenKind::Word || LEXICON.is_stopword(text, index) {
            return false;
        }
    }
    false
}

/// Whether the cue is the subject of a negated verb that is itself a cue ("soldiers had not been
/// deployed", "the missiles were never launched"): only auxiliaries and a negation between the two.
pub(super) fn negated_predicate(text: &TokenizedText<'_>, cue_end: usize, cue_starts: &[usize]) -> bool {
    let mut index = cue_end;
    let mut negated = false;
    while LEXICON.word_in(Words::Auxiliaries, text, index) || LEXICON.word_in(Words::Negations, text, index) {
        negated |= LEXICON.word_in(Words::Negations, text, index);
        index += 1;
    }
    negated && index > cue_end && cue_starts.contains(&index)
}

/// Whether the cue is a likeness, not an event: after a verb of seeming and "like" ("it felt like
/// a rocket attack", "the street looked like a war zone") or after "as if" / "as though", a few
/// words before it with no punctuation between, or after "the equivalent of" or "akin to"; or
/// the term of a comparison, right after "than" and an article at most ("cheaper than a
/// missile", "rather than war").
pub(super) fn simile(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    let article = cue > statement_start && ["a", "an", "the"].iter().any(|a| text.is_word_ci(cue - 1, a));
    let than = if article { cue.checked_sub(2) } else { cue.checked_sub(1) };
    if than.is_some_and(|i| i >= statement_start && text.is_word_ci(i, "than")) {
        return true;
    }
    (cue.saturating_sub(SIMILE_REACH).max(statement_start + 1)..cue)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        // (One look at each word's key, not one comparison per word of the rule.)
        .any(|i| match text.key(i) {
            "like" => LEXICON.word_in(Words::SeemingVerbs, text, i - 1),
            "if" | "though" => text.is_word_ci(i - 1, "as"),
            // "the economic equivalent of a nuclear weapon", "akin to a blockade".
            "equivalent" => text.is_word_ci(i + 1, "of"),
            "akin" => text.is_word_ci(i + 1, "to"),
            _ => false,
        })
}

/// How many tokens before a cue a negated verb of observing may stand ("have not observed the
/// group deploying destructive malware").
const UNOBSERVED_REACH: usize = 8;

/// Whether the cue is a danger not seen: a negation, then (after words of
/// [`Words::UnobservedAdverbs`] or an auxiliary at most) a verb of [`Words::ObservationVerbs`], a
/// few words before the cue with no punctuation between ("we have not observed the group
/// deploying wipers", "never detected any intrusion"); not when a word of
/// [`Words::UnobservedTimeLinks`] stands between ("have not been seen since the attack").
pub(super) fn unobserved(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    for verb in (cue.saturating_sub(UNOBSERVED_REACH).max(statement_start + 1)..cue).rev() {
        if text.tokens.get(verb).is_none_or(|t| t.kind == TokenKind::Punct)
            || LEXICON.word_in(Words::UnobservedTimeLinks, text, verb)
        {
            return false;
        }
        if !LEXICON.word_in(Words::ObservationVerbs, text, verb) {
            continue;
        }
        let mut before = verb - 1;
        while before > statement_start
            && (LEXICON.word_in(Words::UnobservedAdverbs, text, before)
                || LEXICON.word_in(Words::Auxiliaries, text, before))
        {
            before -= 1;
        }
        if LEXICON.word_in(Words::Negations, text, before) {
            return true;
        }
    }
    false
}

/// How many tokens after a cue its purpose is looked for ("deployed two ships and a helicopter to
/// search for the crew").
const PURPOSE_REACH: usize = 8;

/// Whether the cue is a response, not a danger: what it is sent for, a few words after it with no
/// punctuation between, is a rescue or an observation ("deployed two ships to search for the crew",
/// "has deployed an observation mission").
pub(super) fn response(text: &TokenizedText<'_>, sentence_end: usize, cue_end: usize) -> bool {
    (cue_end..(cue_end + PURPOSE_REACH).min(sentence_end))
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .any(|i| {
            LEXICON.word_in(Words::ObservationNouns, text, i)
                || i > cue_end
                    && text.is_word_ci(i - 1, "to")
                    && LEXICON.word_in(Words::ResponseVerbs, text, i)
        })
}

/// How many tokens before "to the area" the verb that sends a force there may stand ("troops were
/// being sent to the area", "sent two more warships and a patrol aircraft to the area").
const SENT_REACH: usize = 7;

/// Whether the statement sends a force to where the event told happened, a response and not a
/// build-up: "to the" and a word of [`Words::ResponseDestinations`] ("a frigate had been sent to
/// the area", "troops were dispatched to the scene") with a verb of [`Words::SendingVerbs`] a few
/// words before; or it ends on "in response" ("jets held a drill off the coast in response.").
/// The cue must stand a few words from the verb that sends it ("troops were sent", "sent two
/// warships"): "rebels attacked the town and police were sent to the area" keeps its attack.
pub(super) fn sent_in_response(text: &TokenizedText<'_>, statement: Range<usize>, cue: usize) -> bool {
    let near_cue = |verb: usize| verb.abs_diff(cue) <= SENT_REACH + 3;
    let sent_there = |place: usize| {
        place >= statement.start + 2
            && LEXICON.word_in(Words::ResponseDestinations, text, place)
            && text.is_word_ci(place - 1, "the")
            && text.is_word_ci(place - 2, "to")
            && (place.saturating_sub(2 + SENT_REACH).max(statement.start)..place - 2)
                .any(|i| LEXICON.word_in(Words::SendingVerbs, text, i) && near_cue(i))
    };
    let ends_in_response = |at: usize| {
        text.is_word_ci(at, "in")
            && text.is_word_ci(at + 1, "response")
            && (at + 2 >= statement.end
                || text.tokens.get(at + 2).is_some_and(|t| t.kind == TokenKind::Punct))
    };
    // Only the words near the cue are read for "to the area", and the end for "in response".
    let near = cue.saturating_sub(SENT_REACH + 3).max(statement.start)
        ..(cue + 2 * SENT_REACH + 6).min(statement.end);
    near.into_iter().any(sent_there)
        || (statement.end.saturating_sub(3).max(statement.start)..statement.end).any(ends_in_response)
}

/// How many tokens may stand between a verb of arrest and the people it arrests ("arrested about
/// 20 soldiers").
const ARRESTED_REACH: usize = 3;

/// Whether the people the cue names are arrested or charged, police work rather than a danger
/// ("about 20 soldiers had been arrested", "police arrested 12 militants"), not the charge ("was
/// charged with espionage").
pub(super) fn arrested(text: &TokenizedText<'_>, statement_start: usize, cue: Range<usize>) -> bool {
    let mut index = cue.end;
    let mut auxiliaries = 0;
    while LEXICON.word_in(Words::Auxiliaries, text, index) {
        index += 1;
        auxiliaries += 1;
    }
    if auxiliaries > 0 && LEXICON.word_in(Words::ArrestVerbs, text, index) {
        return true;
    }
    // "charged with espionage": the cue is the charge, a danger told.
    (cue.start.saturating_sub(ARRESTED_REACH + 1).max(statement_start)..cue.start)
        .rev()
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                && !LEXICON.word_in(Words::ChargePrepositions, text, i)
        })
        .any(|i| LEXICON.word_in(Words::ArrestVerbs, text, i))
}

/// Whether the statement is a condition and what would follow it ("If the port falls, the rebels will
/// buy weapons for a year"): its first word, after any quote marks, is a word of
/// [`Words::ConditionWords`].
pub(super) fn conditional(text: &TokenizedText<'_>, statement: Range<usize>) -> bool {
    statement.clone().find(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)).is_some_and(
        |first| {
            LEXICON.word_in(Words::ConditionWords, text, first)
                && (statement.start..first)
                    .all(|i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct))
        },
    )
}

/// How many tokens before a cue a word of routine is looked for ("routinely sends two warships").
const ROUTINE_REACH: usize = 4;

/// Whether the cue is told as a routine, not as news: a word such as "regularly" a few words
/// before it with no punctuation between ("routinely sends two frigates through the strait").
pub(super) fn routine(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    word_shortly_before(text, statement_start, cue, ROUTINE_REACH, Words::HabitualWords)
}

/// Whether a word of `words` stands within `reach` tokens before the cue, in its statement, with no
/// punctuation between.
fn word_shortly_before(
    text: &TokenizedText<'_>,
    statement_start: usize,
    cue: usize,
    reach: usize,
    words: Words,
) -> bool {
    (cue.saturating_sub(reach).max(statement_start)..cue)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .any(|i| LEXICON.word_in(words, text, i))
}

/// How many words before a cue of [`Words::GarrisonFamilies`] a verb of keeping or withdrawing
/// may stand ("keeps several hundred troops"), and after it a verb of staying.
const GARRISON_REACH: usize = 3;

/// Whether forces are told as a garrison, not a threat: a verb of [`Words::GarrisonVerbs`] a few
/// words before the cue with only words between ("Kessa keeps several hundred troops in Vell",
/// "pulling most of its troops out") or right after it, a present "are" or "is" allowed ("about 900
/// troops remain in Ostia"), or a present "are" or "is" and a participle of
/// [`Words::GarrisonParticiples`] after the cue or before it as the cue itself ("1,500 troops are
/// stationed there", "fighters are deployed across the country").
pub(super) fn garrison(text: &TokenizedText<'_>, statement_start: usize, cue: Range<usize>) -> bool {
    let present = |i: usize| text.is_word_ci(i, "are") || text.is_word_ci(i, "is");
    let kept_before = (cue.start.saturating_sub(GARRISON_REACH).max(statement_start)..cue.start)
        .rev()
        .take_while(|&i| text.is_word(i))
        .any(|i| LEXICON.word_in(Words::GarrisonVerbs, text, i));
    let after = cue.end + usize::from(present(cue.end));
    let stays_after = LEXICON.word_in(Words::GarrisonVerbs, text, after)
        && !text.tokens.get(after).is_some_and(|t| t.capitalised)
        || present(cue.end) && LEXICON.word_in(Words::GarrisonParticiples, text, cue.end + 1);
    let cue_is_state = cue.start > statement_start
        && present(cue.start - 1)
        && LEXICON.word_in(Words::GarrisonParticiples, text, cue.start);
    kept_before || stays_after || cue_is_state
}

/// How many tokens before a cue of [`Words::GarrisonFamilies`] a verb that counts it into an
/// exercise may stand ("involving | some 12,000 South Korean | troops"), and before that verb the
/// exercise's noun (", which").
const EXERCISE_INCLUSION_REACH: usize = 5;

/// Whether forces are told as taking part in an exercise, not as a threat: a verb of
/// [`Words::ExerciseInclusion`] a few words before the cue, with only words and numbers between
/// and a noun of [`Words::ExerciseNouns`] right before it ("an exercise involving some 12,000
/// troops", "the drills, which involve 19,000 troops"); or a verb of
/// [`Words::ExerciseParticipation`] right after the cue, or after an auxiliary or modal, with no
/// object or an exercise for it ("about 18,000 troops would take part", "troops were taking part
/// in exercises"; not "troops took part in the assault").
pub(super) fn exercise_participants(
    text: &TokenizedText<'_>,
    statement_start: usize,
    cue: Range<usize>,
) -> bool {
    let counted_in = (cue.start.saturating_sub(EXERCISE_INCLUSION_REACH).max(statement_start)..cue.start)
        .rev()
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .find(|&i| LEXICON.word_in(Words::ExerciseInclusion, text, i))
        .is_some_and(|verb| {
            (verb.saturating_sub(EXERCISE_PHRASE_LEAD).max(statement_start)..verb)
                .any(|i| LEXICON.word_in(Words::ExerciseNouns, text, i))
        });
    let mut after = cue.end;
    while LEXICON.word_in(Words::Auxiliaries, text, after)
        || LEXICON.word_in(Words::ReportedModals, text, after)
    {
        after += 1;
        if after > cue.end + 2 {
            return counted_in;
        }
    }
    if !LEXICON.word_in(Words::ExerciseParticipation, text, after) {
        return counted_in;
    }
    let part = if text.key(after).starts_with("partic") {
        after
    } else if text.is_word_ci(after + 1, "part") {
        after + 1
    } else {
        return counted_in;
    };
    // "would take part" says no more; "took part in the invasion" tells a threat, "took part in
    // the drills" none.
    let takes_part = !text.is_word_ci(part + 1, "in")
        || (part + 2..part + 2 + EXERCISE_INCLUSION_REACH)
            .any(|i| LEXICON.word_in(Words::ExerciseNouns, text, i));
    counted_in || takes_part
}

/// How many tokens before a cue a word of simulation is looked for ("an exercise simulating a
/// terrorist attack", "a mock chemical attack").
const SIMULATION_REACH: usize = 3;

/// Whether the cue is what an exercise plays out, not an event: a word of
/// [`Words::SimulationWords`] a few words before it with no punctuation between ("a drill
/// simulating a terrorist attack on a cruise ship was cancelled").
pub(super) fn simulated(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    word_shortly_before(text, statement_start, cue, SIMULATION_REACH, Words::SimulationWords)
}

/// How many tokens after a negative subject its clause's cue may stand.
const NEGATIVE_SUBJECT_REACH: usize = 12;

/// Whether the statement's subject is a negative one ([`Words::NegativeSubjects`]: "Neither side
/// has much to gain from a new war", "None of these is a missile strike"), with the cue in its
/// clause: what the clause tells did not happen. Not when a refusal is denied ("Neither side has
/// ruled out strikes").
pub(super) fn negative_subject(text: &TokenizedText<'_>, statement_start: usize, cue: usize) -> bool {
    let first = statement_start + usize::from(!text.is_word(statement_start));
    // "…, said neither Riyadh nor the Houthis appeared to want a return to war": the subject of a
    // reported clause, right after its speech verb or "that".
    let opens_clause = |i: usize| {
        i == first || i > first && (text.is_word_ci(i - 1, "that") || LEXICON.is_speech_verb(text.key(i - 1)))
    };
    (first..cue).rev().take(NEGATIVE_SUBJECT_REACH).any(|subject| {
        LEXICON.word_in(Words::NegativeSubjects, text, subject)
            && opens_clause(subject)
            && !(subject + 1..cue).any(|i| {
                text.is_punct(i, ',') || text.is_punct(i, ';') || LEXICON.word_in(Words::Refusals, text, i)
            })
    })
}

/// Whether the cue names attackers stopped: a word of [`Words::AgentNouns`] with the passive's
/// auxiliaries right after it ("were", "had been") and a participle of [`Words::NeutralisedParticiples`]
/// ("sixteen terrorists had been killed in the operation", "the gunmen were arrested").
pub(super) fn attackers_stopped(text: &TokenizedText<'_>, cue: Range<usize>) -> bool {
    const AUXILIARIES: usize = 2;
    if !LEXICON.word_in(Words::AgentNouns, text, cue.end - 1) {
        return false;
    }
    let auxiliary = |i: usize| {
        LEXICON.word_in(Words::PassiveAuxiliaries, text, i)
            || ["had", "has", "have"].iter().any(|w| text.is_word_ci(i, w))
    };
    let auxiliaries = (cue.end..cue.end + AUXILIARIES).take_while(|&i| auxiliary(i)).count();
    let passive =
        (cue.end..cue.end + auxiliaries).any(|i| LEXICON.word_in(Words::PassiveAuxiliaries, text, i));
    passive && LEXICON.word_in(Words::NeutralisedParticiples, text, cue.end + auxiliaries)
}

/// Whether a cue of seizing is police work: a word for police officers right before it, an
/// auxiliary or an adverb in "-ly" between at most ("officers seized 20 phones", "police have
/// seized"), and not power or control seized ("officers seized power" is a coup).
pub(super) fn police_seizure(text: &TokenizedText<'_>, statement_start: usize, cue: Range<usize>) -> bool {
    if cue.len() != 1 || !LEXICON.word_in(Words::SeizingVerbs, text, cue.start) {
        return false;
    }
    if LEXICON.word_in(Words::SeizedPower, text, cue.end) {
        return false;
    }
    let mut index = cue.start;
    for _ in 0..3 {
        if index <= statement_start {
            return false;
        }
        index -= 1;
        if LEXICON.word_in(Words::PoliceNouns, text, index) {
            return true;
        }
        let filler = LEXICON.word_in(Words::Auxiliaries, text, index)
            || text.is_word(index) && text.key(index).ends_with("ly");
        if !filler {
            return false;
        }
    }
    false
}

/// How many tokens a first-person subject may stand before the negation of a verb of resolve
/// ("we will not let": two).
const RESOLVE_SUBJECT_REACH: usize = 3;
/// How many tokens either side of the cue its negated verb of resolve is looked for, so that the
/// cost of the check does not grow with the length of a statement.
const RESOLVE_REACH: usize = 12;

/// Whether the statement is the speaker's resolve, not a danger reported: a negated verb of
/// resolve after a first-person subject ("We will not let a gang hold the valley hostage", "we do
/// not negotiate with kidnappers") or in the passive ("the bombers will never be allowed to win").
pub(super) fn resolve(text: &TokenizedText<'_>, statement: Range<usize>, cue: Range<usize>) -> bool {
    let mut near = cue.start.saturating_sub(RESOLVE_REACH).max(statement.start)
        ..(cue.end + RESOLVE_REACH).min(statement.end);
    near.any(|i| {
        if !LEXICON.word_in(Words::Negations, text, i) {
            return false;
        }
        let verb = if text.is_word_ci(i + 1, "be") { i + 2 } else { i + 1 };
        LEXICON.word_in(Words::PassiveResolveVerbs, text, verb)
            || LEXICON.word_in(Words::ResolveVerbs, text, verb)
                && (i.saturating_sub(RESOLVE_SUBJECT_REACH).max(statement.start)..i)
                    .any(|j| LEXICON.word_in(Words::FirstPersonSubjects, text, j))
    })
}

/// Whether the cue word only modifies the noun after it, naming equipment or a unit rather than an
/// event ("14 assault rifles", "a bomb disposal team", "bomb-disposal experts"); a verb form
/// takes the noun as its object instead ("smuggling rifles").
pub(super) fn modifier(text: &TokenizedText<'_>, cue: Range<usize>) -> bool {
    let cue_end = cue.end;
    // "a military tension reduction pact": a cue of several words modifies as one.
    if cue.is_empty() || {
        let word = text.key(cue_end - 1);
        word.ends_with("ing") || word.ends_with("ed")
    } {
        return false;
    }
    let head = if text.tokens.get(cue_end).is_some_and(|t| t.kind == TokenKind::Punct)
        && text.key_span(cue_end, cue_end + 1) == "-"
    {
        cue_end + 1
    } else {
        cue_end
    };
    LEXICON.word_in(Words::ModifiedHeads, text, head)
}

/// How many tokens after forces their pursuit of an armed group is looked for ("its soldiers
/// reached the town by noon and pursued the insurgents").
const PURSUIT_REACH: usize = 10;
/// How many tokens before the forces "by" may stand in a passive pursuit ("pushed out of the
/// hills by Elbonian and Freedonian troops").
const PURSUIT_BY_REACH: usize = 4;

/// Whether forces named by the cue pursue or drive back an armed group, a response rather than a
/// danger: a verb of pursuit after them with a word for the group right after it ("soldiers
/// pursued the insurgents"), or the group pushed back by them in the passive ("the group has been
/// pushed out of the hills by Elbonian troops").
pub(super) fn pursuing_forces(text: &TokenizedText<'_>, statement: Range<usize>, cue: Range<usize>) -> bool {
    let hunted_after = |verb: usize| {
        (verb + 1..(verb + 4).min(statement.end)).any(|j| LEXICON.word_in(Words::HuntedNouns, text, j))
    };
    if (cue.end..(cue.end + PURSUIT_REACH).min(statement.end))
        .any(|i| LEXICON.word_in(Words::PursuitVerbs, text, i) && hunted_after(i))
    {
        return true;
    }
    // The passive is looked for within a bounded reach before the cue, so the cost stays linear.
    let before = cue.start.saturating_sub(PURSUIT_REACH).max(statement.start);
    (cue.start.saturating_sub(PURSUIT_BY_REACH).max(statement.start)..cue.start)
        .any(|i| text.is_word_ci(i, "by"))
        && (before..cue.start).any(|i| {
            LEXICON.word_in(Words::PursuitVerbs, text, i)
                && (i.saturating_sub(PURSUIT_REACH).max(statement.start)..i)
                    .any(|j| LEXICON.word_in(Words::HuntedNouns, text, j))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn a_denial_before_the_cue_denies_it_until_another_statement_starts() {
        let denied_at = |sentence: &str, cue: &str| {
            let text = tokenize(sentence);
            let i = text.position_of(cue);
            denied(&text, 0..text.tokens.len(), i..i + 1)
        };
        assert!(denied_at(
            "The Ruritanian mission dismissed the report as fantasy and said it had no part in the drone flights.",
            "drone"
        ));
        assert!(denied_at("Ruritania called the claims groundless provocations.", "provocations"));
        // A relative clause closed by a comma ends; the denial after it denies.
        assert!(denied_at(
            "The minister appeared on the radio, which was back on air, to deny reports of a coup.",
            "coup"
        ));
        assert!(!denied_at("Elbonia, which denied it, shelled the town.", "shelled"));
        assert!(denied_at("Ruritania called the claims of aggression absurd.", "aggression"));
        assert!(denied_at("Blaming us for the hacking without proof is a cheap smear.", "hacking"));
        assert!(!denied_at("Rebels shelled the town, although officials called it a smear.", "shelled"));
        assert!(denied_at("Elbonia strongly opposes every kind of hacking.", "hacking"));
        assert!(!denied_at("Elbonia denied the report, but admitted that its troops had fired.", "troops"));
        assert!(!denied_at("Elbonia, which denied the report, shelled the town.", "shelled"));
        assert!(!denied_at("Elbonia denied it and accused Ruritania of shelling the port.", "shelling"));
        assert!(!denied_at("Elbonian jets attacked the depot on Sunday.", "attacked"));
        assert!(!denied_at("Fighters opposed to the junta attacked a convoy.", "attacked"));
        assert!(!denied_at("Aid workers were denied entry while rebels shelled the camp.", "shelled"));
        assert!(!denied_at("Reporters were denied access to the town that soldiers shelled.", "shelled"));
        assert!(denied_at("Elbonia has denied that its jets attacked the depot.", "attacked"));
    }

    #[test]
    fn a_denied_subject_or_predicate_is_no_event() {
        let text = tokenize("The minister said no secret military networks had been breached.");
        assert!(negated_subject(&text, 0, text.position_of("breached")));
        let text = tokenize("No civilians were injured in the fire.");
        assert!(negated_subject(&text, 0, text.position_of("injured")));
        let text = tokenize("There is no doubt that rebels were attacked.");
        assert!(!negated_subject(&text, 0, text.position_of("attacked")));
        let text = tokenize("He said troops had not been deployed that night.");
        let (troops, deployed) = (text.position_of("troops"), text.position_of("deployed"));
        assert!(negated_predicate(&text, troops + 1, &[troops, deployed]));
        let text = tokenize("He said troops had been deployed that night.");
        let (troops, deployed) = (text.position_of("troops"), text.position_of("deployed"));
        assert!(!negated_predicate(&text, troops + 1, &[troops, deployed]));
    }

    #[test]
    fn a_likeness_is_no_event() {
        let text = tokenize("To us it felt like a rocket attack, a neighbour said.");
        assert!(simile(&text, 0, text.position_of("rocket")));
        let text = tokenize("The market looked as if a war had passed through it.");
        assert!(simile(&text, 0, text.position_of("war")));
        let text = tokenize("Weapons like drones were sent to the front.");
        assert!(!simile(&text, 0, text.position_of("drones")));
        // The term of a comparison is no event either; a count after "than" is.
        let text = tokenize("A hired arsonist is cheaper than a missile, the minister said.");
        assert!(simile(&text, 0, text.position_of("missile")));
        let text = tokenize("They chose talks rather than war.");
        assert!(simile(&text, 0, text.position_of("war")));
        let text = tokenize("There were more than 40 attacks last year.");
        assert!(!simile(&text, 0, text.position_of("attacks")));
        // Nor is what something is the equivalent of.
        let text = tokenize("Closing the strait is the economic equivalent of a nuclear weapon.");
        assert!(simile(&text, 0, text.position_of("nuclear")));
    }

    #[test]
    fn a_rescue_or_an_observation_sent_is_a_response() {
        let text = tokenize("The navy deployed two boats and a plane to search for the missing crew.");
        assert!(response(&text, text.tokens.len(), text.position_of("deployed") + 1));
        let text = tokenize("The bloc has deployed an observation mission for the vote.");
        assert!(response(&text, text.tokens.len(), text.position_of("deployed") + 1));
        let text = tokenize("Ruritania deployed two brigades to the border, officials said.");
        assert!(!response(&text, text.tokens.len(), text.position_of("deployed") + 1));
    }

    #[test]
    fn soldiers_or_militants_arrested_are_police_work() {
        let held = |sentence: &str, cue: &str| {
            let text = tokenize(sentence);
            let i = text.position_of(cue);
            arrested(&text, 0, i..i + 1)
        };
        assert!(held("He said about 30 soldiers had been arrested overnight.", "soldiers"));
        assert!(held("Police arrested 12 militants in a dawn raid.", "militants"));
        assert!(!held("Militants arrived in the town at dawn.", "Militants"));
        assert!(!held("The engineer was charged with espionage in May.", "espionage"));
    }

    #[test]
    fn a_condition_is_no_event() {
        let text = tokenize("\"If the rebels hold the port, they can buy weapons for a year,\" he said.");
        assert!(conditional(&text, 0..text.tokens.len()));
        let text = tokenize("Rebels hold the port and can buy weapons if they want.");
        assert!(!conditional(&text, 0..text.tokens.len()));
    }

    #[test]
    fn a_force_sent_to_the_scene_or_a_drill_in_response_is_a_response() {
        let sent = tokenize("Officials said 300 border troops were being sent to the area on Monday.");
        let at = |text: &TokenizedText<'_>, word: &str| {
            (0..text.tokens.len()).find(|&i| text.token_text(i) == word).unwrap_or(0)
        };
        assert!(sent_in_response(&sent, 0..sent.tokens.len(), at(&sent, "troops")));
        let attack = tokenize(
            "Rebels attacked the market at dawn in the north of the country and police were sent to the area.",
        );
        assert!(!sent_in_response(&attack, 0..attack.tokens.len(), at(&attack, "attacked")));
        let scene = tokenize("A corvette, the Aldane, was dispatched to the scene.");
        assert!(sent_in_response(&scene, 0..scene.tokens.len(), at(&scene, "corvette")));
        let drill = tokenize("Elbonian fighter jets held a live-fire drill off the coast in response.");
        assert!(sent_in_response(&drill, 0..drill.tokens.len(), at(&drill, "jets")));
        let buildup = tokenize("Ruritania sent 5,000 troops to the border with Elbonia.");
        assert!(!sent_in_response(&buildup, 0..buildup.tokens.len(), at(&buildup, "troops")));
        let reply = tokenize("Elbonia moved troops in response to the drills near its border.");
        assert!(!sent_in_response(&reply, 0..reply.tokens.len(), at(&reply, "troops")));
    }

    #[test]
    fn a_routine_is_no_news() {
        let text = tokenize("Ruritania routinely sends two warships through the strait.");
        assert!(routine(&text, 0, text.position_of("warships")));
        let text = tokenize("Ruritania sent two warships through the strait, as it does regularly.");
        assert!(!routine(&text, 0, text.position_of("warships")));
    }

    #[test]
    fn police_seizing_goods_is_police_work_but_seizing_power_is_not() {
        let seizure = |sentence: &str| {
            let text = tokenize(sentence);
            let i = text.position_of("seized");
            police_seizure(&text, 0, i..i + 1)
        };
        assert!(seizure("Officers seized 20 phones and two laptops."));
        assert!(seizure("Police quickly seized a van."));
        assert!(!seizure("Army officers seized power in the capital."));
        assert!(!seizure("Pirates seized a tanker off the coast."));
    }
}
