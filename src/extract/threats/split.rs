//! Two threats told in one sentence: "Elbonian armour was seen moving towards the border and that
//! Ruritanian reservists had been called up". The sentence is read as two parts
//! where a coordinating word opens a second reported statement ("and that", "and warned that"),
//! when each part proposes a threat of its own by another actor named in it.

use std::ops::Range;

use super::super::SuggestedThreat;
use super::super::actors::ActorTable;
use super::super::lexicon::{LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use super::cues::CueHit;
use super::evidence::clause_ranges;
use super::reported::Reported;
use super::{Reading, SentenceView, agents, propose, read_cues, rules};

/// Proposes the threats of the two parts of a sentence that splits ([`split_point`]) when each
/// part proposes one by another actor named in it (two deeds of unnamed hands in one report are
/// more often one event told in parts); whether it did.
pub(super) fn propose_parts(
    text: &TokenizedText<'_>,
    actors: &ActorTable,
    whole: &SentenceView<'_>,
    reported: &mut Reported,
    threats: &mut Vec<(SuggestedThreat, i32)>,
) -> bool {
    let (first_end, second_start, event_clause) =
        match split_point(text, whole.range.clone(), whole.statement, whole.hits) {
            Some((end, start)) => (end, start, false),
            None => match event_clause_point(text, whole.range.clone(), whole.statement, whole.hits) {
                Some((end, start)) => (end, start, true),
                None => return false,
            },
        };
    let parts =
        [(whole.range.start..first_end, whole.statement), (second_start..whole.range.end, second_start)];
    let part_hits: Vec<Vec<CueHit>> = parts
        .iter()
        .map(|(range, _)| {
            whole.hits.iter().filter(|h| h.start >= range.start && h.end <= range.end).cloned().collect()
        })
        .collect();
    let part_clauses: Vec<Vec<Range<usize>>> =
        parts.iter().map(|(range, _)| clause_ranges(text, range.clone())).collect();
    let views: Vec<SentenceView<'_>> = parts
        .iter()
        .zip(&part_hits)
        .zip(&part_clauses)
        .map(|(((range, statement), hits), clauses)| SentenceView {
            index: whole.index,
            range: range.clone(),
            statement: *statement,
            clauses,
            hits,
            spoken: whole.spoken,
        })
        .collect();
    let readings: Vec<Reading<'_>> =
        views.iter().map(|view| read_cues(text, actors, reported, view)).collect();
    let named = |reading: &Reading<'_>| {
        reading.best.and_then(|(hit, _, mention)| {
            rules::mention_name(actors, mention).or_else(|| agents::forces_owner(text, hit.start..hit.end))
        })
    };
    // "The paper calls Russia 'the main danger' and warns that Moscow could 'strike Estonian
    // ports'": one actor named in both parts acts twice when the two cues are of different kinds.
    let kinds_differ = readings[0].best.map(|(_, group, _)| &group.family)
        != readings[1].best.map(|(_, group, _)| &group.family);
    // "Police arrested 37 people after two grenade attacks killed four": what "after" opens is
    // an event of its own, whoever did it, unless two unnamed hands did the same kind of thing.
    // (Each part must propose a threat of its own: a part that only restates one told before
    // leaves the sentence whole.)
    let both_propose = readings.iter().all(|r| r.best.is_some());
    // "Vell said it had detained four soldiers and announced it would send 8,000 troops to the
    // border": a second statement whose subject is a pronoun for the first's is that actor's
    // second deed when it is of another kind.
    let pronoun_statement = LEXICON.word_in(Words::PartyPronouns, text, second_start);
    let distinct = match (named(&readings[0]), named(&readings[1])) {
        _ if event_clause && !both_propose => false,
        (Some(_), None) if pronoun_statement => both_propose && kinds_differ,
        (Some(a), Some(b)) => a != b || kinds_differ,
        (None, None) => event_clause && kinds_differ,
        _ => event_clause,
    };
    if distinct {
        for (view, reading) in views.iter().zip(readings) {
            propose(text, actors, view, reading, reported, threats);
        }
    }
    distinct
}

/// Where "after" opens a clause of its own between two cues ("Police arrested 37 people after two
/// grenade attacks killed four"): a subject of at least one word, then a finite verb (a past form
/// in "-ed" or a word of [`Words::EventClauseVerbs`]) that no determiner stands before, with no
/// comma between. Returns the end of the first part (the "after") and the start of the second.
pub(super) fn event_clause_point(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    statement: usize,
    hits: &[CueHit],
) -> Option<(usize, usize)> {
    /// How many tokens the clause's subject may take.
    const SUBJECT_TOKENS: usize = 8;
    let (first_cue, last_cue) = cue_span(hits)?;
    let after = (first_cue..last_cue).find(|&i| i > statement && text.is_word_ci(i, "after"))?;
    let subject_start = after + 1;
    let verb = (subject_start + 1..(subject_start + 1 + SUBJECT_TOKENS).min(sentence.end))
        .take_while(|&i| !text.is_punct(i, ',') && !text.is_punct(i, ';'))
        .find(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
                && (text.key(i).ends_with("ed") || LEXICON.word_in(Words::EventClauseVerbs, text, i))
        })?;
    // ("after a suspected drone strike": a participle after a determiner modifies a noun.)
    let modifies_noun = LEXICON.word_in(Words::SpeakerDeterminers, text, verb - 1)
        || LEXICON.word_in(Words::PossessiveDeterminers, text, verb - 1);
    // ("after being detained", "after having fled": no subject of its own.)
    let no_subject = text.key(subject_start).ends_with("ing");
    (!modifies_noun && !no_subject && cues_on_both_sides(hits, after, subject_start))
        .then_some((after, subject_start))
}

/// Where the first cue ends and the last one starts, when there are two cues at least (checked
/// first: it is cheap).
fn cue_span(hits: &[CueHit]) -> Option<(usize, usize)> {
    if hits.len() < 2 {
        return None;
    }
    Some((hits.iter().map(|h| h.end).min()?, hits.iter().map(|h| h.start).max()?))
}

/// Whether a cue ends by `first_end` and another starts at `second_start` or later.
fn cues_on_both_sides(hits: &[CueHit], first_end: usize, second_start: usize) -> bool {
    hits.iter().any(|h| h.end <= first_end) && hits.iter().any(|h| h.start >= second_start)
}

/// Where a sentence splits into two statements, each with a cue: the end of the first part and the
/// start of the second, what "that" opens after "and", "but" or "while", or after such a word and a
/// verb of speech ("…, and warned that …"), or a pronoun and an auxiliary of
/// [`Words::ReportedAuxiliaries`] right after such a verb ("… and announced it would send …").
pub(super) fn split_point(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    statement: usize,
    hits: &[CueHit],
) -> Option<(usize, usize)> {
    let (first_cue, last_cue) = cue_span(hits)?;
    (first_cue..last_cue).find_map(|i| {
        if !LEXICON.word_in(Words::StatementCoordinators, text, i) || i <= statement || i + 1 >= sentence.end
        {
            return None;
        }
        let after_comma = text.tokens.get(i - 1).is_some_and(|t| t.kind == TokenKind::Punct)
            && text.token_text(i - 1) == ",";
        // "and that …", "and warned that …": a second statement reported, with its own subject.
        // "and announced it would …": with a pronoun for the subject and no "that".
        let speech_verb = text.is_word(i + 1) && LEXICON.is_speech_verb(text.key(i + 1));
        let second = if text.is_word_ci(i + 1, "that") {
            i + 2
        } else if speech_verb && text.is_word_ci(i + 2, "that") {
            i + 3
        } else if speech_verb
            && LEXICON.word_in(Words::PartyPronouns, text, i + 2)
            && LEXICON.word_in(Words::ReportedAuxiliaries, text, i + 3)
        {
            i + 2
        } else {
            return None;
        };
        let end = if after_comma { i - 1 } else { i };
        cues_on_both_sides(hits, end, second).then_some((end, second))
    })
}
