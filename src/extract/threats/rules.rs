//! The threat rules that read more than the cue list: references back to a threat already proposed
//! ("the failed coup", "the Ruritanian genocide" again), detentions of foreign citizens, and the
//! one-line summary (who -> what -> against whom).

use std::ops::Range;

use super::super::actors::{ActorTable, MentionRecord};
use super::super::lexicon::{Entity, Form, LEXICON, Words};
use super::super::tokens::{TokenKind, TokenizedText};
use crate::model::ThreatCategory;

/// How many lower-case words may stand between a determiner and its cue ("the failed coup").
const MODIFIERS_BEFORE_CUE: usize = 2;

/// How many tokens after a holding verb the people held are looked for ("detained two of its
/// Elbonian employees").
const DETAINEE_REACH_TOKENS: usize = 5;

/// How many tokens apart a verb of damage and the cable or pipeline it damages may stand ("the
/// cables that link the two islands were severed").
const DAMAGE_REACH_TOKENS: usize = 10;

/// How many words may stand between the actor and the cue for them to make the summary's "what"
/// ("Ruritania test-fired two ballistic missiles").
const SUMMARY_GAP_TOKENS: usize = 4;

/// How many tokens before a cue a verb of labelling is looked for ("described the episode as
/// sabotage").
const LABEL_REACH_TOKENS: usize = 6;

/// How many modal words may stand between a subject and its copula ("the deployment could well
/// be").
const LABEL_MODALS: usize = 2;

/// How far from a cue forces named by a nationality are looked for, in tokens.
const FORCES_REACH_TOKENS: usize = 12;

/// Whether tokens `range`, outside the cue `cue`, name a state's forces by its nationality
/// adjective ("Elbonian guards", "Ruritanian soldiers"): they act for that state, so a weak cue
/// beside them has its actor ("Elbonian guards attacked a post"), though the adjective alone is no
/// actor.
pub(super) fn forces_by_nationality(
    text: &TokenizedText<'_>,
    range: Range<usize>,
    cue: Range<usize>,
) -> bool {
    // The forces stand beside the cue: looking further would cost the square of a run-on text.
    let from = range.start.max(cue.start.saturating_sub(FORCES_REACH_TOKENS));
    let to = range.end.min(cue.end.saturating_add(FORCES_REACH_TOKENS));
    (from..to).any(|i| {
        LEXICON.phrase_at(text, i).is_some_and(|found| {
            LEXICON.has_form(text, found.start, found.end, Form::Adjective)
                && matches!(found.entry.entity, Some(Entity::Country(_)))
                && found.end < range.end
                && (!(found.start..=found.end).any(|t| cue.contains(&t))
                    && LEXICON.word_in(Words::ForceNouns, text, found.end)
                    // "Elbonian reservists", "Elbonian armoured vehicles": a cue that names a
                    // state's forces, with the nationality that says whose they are (not
                    // "Elbonian soldiers", as often the victims as the actors).
                    || found.end == cue.start && LEXICON.word_in(Words::OwnedForceCues, text, cue.start))
        })
    })
}

/// Whether tokens `range`, outside the cue `cue`, name a state's forces without saying whose
/// ("the army", "security forces", "the coast guard"): in a report they are the forces of the state
/// it is about, so a weak cue beside them is anchored ("the army deployed troops to the border",
/// "units had been placed on heightened alert by the army"), though they name no actor for the
/// summary, which leaves its who open. Forces that only report ("…, the army said") anchor
/// nothing, and police are left out: a raid or an arrest is their work, not a threat.
pub(super) fn unnamed_state_forces(text: &TokenizedText<'_>, range: Range<usize>, cue: Range<usize>) -> bool {
    let from = range.start.max(cue.start.saturating_sub(FORCES_REACH_TOKENS));
    let to = range.end.min(cue.end.saturating_add(FORCES_REACH_TOKENS));
    (from..to).filter(|i| !cue.contains(i)).any(|i| {
        let named = LEXICON.word_in(Words::UnnamedForceWords, text, i)
            || LEXICON.word_in(Words::QualifiedForceWords, text, i)
                && i > from
                && LEXICON.word_in(Words::ForceQualifiers, text, i - 1);
        // "a Western military presence", "a military analyst", "the army battalion": a force word
        // before another noun only describes it; the force acts when its verb follows ("the army
        // deployed", "troops were placed").
        let modifier = text.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
            && !LEXICON.is_stopword(text, i + 1)
            && !LEXICON.word_in(Words::Auxiliaries, text, i + 1)
            && !text.key(i + 1).ends_with("ed")
            && !LEXICON.word_in(Words::IrregularPast, text, i + 1);
        named && !modifier && !text.is_word_ci(i + 1, "of") && !LEXICON.is_speech_verb(text.key(i + 1))
    })
}

/// Whether the cue at token `cue` is the label a speaker puts on an event already told ("described
/// the episode as sabotage", "branded it terrorism"): a verb of labelling, then "it" or a
/// definite word for a matter already told (or the event named again by a cue: "called the
/// assault "a declaration of war""), a few words before the cue.
/// So is a cue said to be what an event already told is ("the deployment could be a show of
/// force", "the incident was an act of sabotage"): a copula, then an indefinite article (not a
/// participle: "the drones were smuggled" is a passive, "the militia was massing" a progressive),
/// after at most a few modal words, after a definite word and a noun for a matter told or a cue.
pub(super) fn labels_event_told(text: &TokenizedText<'_>, sentence_start: usize, cue: usize) -> bool {
    // "called the assault "a declaration of war"": the event named again by a one-word cue after
    // the definite word; the label's reach counts from that noun.
    let named_again = |verb: usize| {
        let noun = verb + 2;
        LEXICON.word_in(Words::LabellingVerbs, text, verb)
            && LEXICON.word_in(Words::AnaphoricWords, text, verb + 1)
            && noun < cue
            && cue - noun <= LABEL_REACH_TOKENS
            && LEXICON.cue_at(text, noun).is_some_and(|(end, _)| end == noun + 1)
    };
    let from = cue.saturating_sub(LABEL_REACH_TOKENS + 2).max(sentence_start);
    (from..cue).any(named_again)
        || (cue.saturating_sub(LABEL_REACH_TOKENS).max(sentence_start)..cue).any(|verb| {
            LEXICON.word_in(Words::LabellingVerbs, text, verb)
                && (text.is_word_ci(verb + 1, "it")
                    || LEXICON.word_in(Words::AnaphoricWords, text, verb + 1)
                        && LEXICON.word_in(Words::ReferenceNouns, text, verb + 2))
                || LEXICON.word_in(Words::LabelCopulas, text, verb)
                    && (text.is_word_ci(verb + 1, "a") || text.is_word_ci(verb + 1, "an"))
                    && told_subject(text, sentence_start, verb)
        })
}

/// Whether a copula at token `copula` has for subject a definite reference to a matter told ("the
/// deployment could be", "this incident was"): a word of [reference-nouns] or a one-word cue, a
/// definite word before it, with at most two modal words between it and the copula.
fn told_subject(text: &TokenizedText<'_>, sentence_start: usize, copula: usize) -> bool {
    let mut noun = copula;
    for _ in 0..=LABEL_MODALS {
        if noun <= sentence_start + 1 {
            return false;
        }
        noun -= 1;
        if !LEXICON.word_in(Words::LabelModals, text, noun) {
            break;
        }
    }
    let told = LEXICON.word_in(Words::ReferenceNouns, text, noun)
        || LEXICON.cue_at(text, noun).is_some_and(|(end, _)| end == noun + 1);
    told && LEXICON.word_in(Words::AnaphoricWords, text, noun - 1)
}

/// Whether the cue at token `cue` is the reason a source gives for not being named ("spoke
/// anonymously for fear of retaliation"): the source's fear, not a threat reported.
pub(super) fn source_fear(text: &TokenizedText<'_>, sentence: Range<usize>, cue: usize) -> bool {
    let feared = cue > sentence.start && text.is_word_ci(cue - 1, "fearing")
        || cue >= sentence.start + 2 && text.is_word_ci(cue - 1, "of") && text.is_word_ci(cue - 2, "fear");
    feared && sentence.clone().any(|i| LEXICON.word_in(Words::AnonymityWords, text, i))
}

/// Whether the cue at token `cue` is a definite reference back to an event ("the attack", "the
/// failed coup", "such attacks"): a determiner, then at most two participles ("failed",
/// "attempted", not "the latest attack", a new one). Other words between may name another event of
/// the same kind ("the nightclub bombing").
pub(super) fn definite_reference(text: &TokenizedText<'_>, sentence_start: usize, cue: usize) -> bool {
    let mut index = cue;
    for skipped in 0..=MODIFIERS_BEFORE_CUE {
        if index <= sentence_start {
            return false;
        }
        index -= 1;
        if LEXICON.word_in(Words::AnaphoricWords, text, index) {
            return true;
        }
        let Some(token) = text.tokens.get(index) else { return false };
        // "Monday's blast", "last week's attack": the event of a day already told.
        if token.kind == TokenKind::Possessive
            && index > sentence_start
            && LEXICON.word_in(Words::ReferenceDays, text, index - 1)
        {
            return true;
        }
        let modifier = token.kind == TokenKind::Word && !token.capitalised && text.key(index).ends_with("ed");
        if skipped == MODIFIERS_BEFORE_CUE || !modifier || LEXICON.word_in(Words::NoveltyWords, text, index) {
            return false;
        }
    }
    false
}

/// How many tokens before a cue a word of sameness is looked for ("the same custom malware").
const SAME_REACH_TOKENS: usize = 3;

/// Whether the cue names an event as one already known: a word of sameness a few words before it
/// with no punctuation between ("the same custom malware", "an identical attack"), or a word for a
/// matter right after it ("the worst hacking case we have seen", "the drone incident").
pub(super) fn named_as_known(text: &TokenizedText<'_>, statement_start: usize, cue: Range<usize>) -> bool {
    // "the same day rebels attacked" names a time, not the event: the words between "same" and
    // the cue are modifiers of the cue, no little word and no word of time.
    let before = || {
        (cue.start.saturating_sub(SAME_REACH_TOKENS).max(statement_start)..cue.start)
            .rev()
            .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word))
    };
    // "a drone incident" is a first mention; "the worst hacking case" refers back.
    let indefinite = || before().any(|i| text.is_word_ci(i, "a") || text.is_word_ci(i, "an"));
    LEXICON.word_in(Words::ReferenceNouns, text, cue.end) && !indefinite()
        || (cue.start.saturating_sub(SAME_REACH_TOKENS).max(statement_start)..cue.start)
            .rev()
            .take_while(|&i| {
                text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
                    && !LEXICON.word_in(Words::TimeNouns, text, i)
                    && (LEXICON.word_in(Words::SameWords, text, i) || !LEXICON.is_stopword(text, i))
            })
            .any(|i| LEXICON.word_in(Words::SameWords, text, i))
}

/// The name an event is known by: the word right before its cue ("the Ruritanian genocide", "the
/// Springfield attacks", "a proxy war"), with the kind of event, so that a later sentence naming it
/// the same way is the same threat. Terror attacks and armed attacks are one kind here ("the
/// Springfield attacks" and "the Springfield terror attacks"). Determiners, stopwords and words of
/// novelty ("a new attack") name nothing.
pub(super) fn event_name(
    text: &TokenizedText<'_>,
    statement_start: usize,
    cue: usize,
    category: ThreatCategory,
) -> Option<(String, ThreatCategory)> {
    // A capital at the start of the statement is the sentence's, not a name's.
    let before = cue.checked_sub(1).filter(|&i| i > statement_start)?;
    let token = text.tokens.get(before)?;
    if token.kind != TokenKind::Word
        || token.all_caps
        || LEXICON.is_stopword(text, before)
        || LEXICON.word_in(Words::NoveltyWords, text, before)
        || LEXICON.word_in(Words::AnaphoricWords, text, before)
    {
        return None;
    }
    // "Russia fired missiles … Belarus fired missiles", "would retaliate": a verb's participle or
    // a modal before the cue names no event.
    if !token.capitalised && text.key(before).ends_with("ed")
        || LEXICON.word_in(Words::FutureModals, text, before)
        || LEXICON.word_in(Words::Auxiliaries, text, before)
    {
        return None;
    }
    let kind = if category == ThreatCategory::Terrorism { ThreatCategory::ArmedAttack } else { category };
    Some((text.key(before).to_owned(), kind))
}

/// A detention of foreign citizens in the sentence: a holding verb followed, within a few tokens,
/// by a nationality ("detained two Elbonians", "holding a Ruritanian journalist") or a word for
/// foreigners ("jailed a dual national"), or in the passive after them ("two Elbonian nationals had
/// been arrested"). Returns the token range from the first of the verb and those words to the last.
pub(super) fn detention(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::HoldingVerbs, text, verb) {
        return None;
    }
    if let Some(held) = held_before(text, sentence.start, verb) {
        return Some(held..verb + 1);
    }
    detainees_from(text, sentence.clone(), verb, verb + 1).or_else(|| {
        // "detained three people in connection with the shipment, including two Elbonian
        // nationals": the foreigners among those held, named after "including".
        let including = (verb + 1..(verb + 1 + INCLUDING_REACH_TOKENS).min(sentence.end))
            .take_while(|&i| text.is_word(i) || text.is_punct(i, ','))
            .find(|&i| text.is_punct(i, ',') && text.is_word_ci(i + 1, "including"))?;
        detainees_from(text, sentence, verb, including + 2)
    })
}

/// How many tokens after a holding verb "including" may open the people held among those it
/// names ("detained three people in connection with the shipment, including …").
const INCLUDING_REACH_TOKENS: usize = 12;

/// The people held a holding verb at `verb` names from `from` on, a few tokens: a word for
/// foreign citizens or a nationality. Returns the range from the verb to them.
fn detainees_from(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
    from: usize,
) -> Option<Range<usize>> {
    let reach = (from + DETAINEE_REACH_TOKENS).min(sentence.end);
    let mut index = from;
    while index < reach {
        // "the kidnapped sailors were four Elbonians": the nationality is said of them, they are
        // no object of the verb.
        if text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Punct)
            || LEXICON.word_in(Words::ObjectBreakers, text, index)
        {
            return None;
        }
        if LEXICON.word_in(Words::DetaineeWords, text, index) {
            // "dual nationals", "foreign citizens": the people held, not only the first word.
            let mut end = index + 1;
            while end < sentence.end && LEXICON.word_in(Words::DetaineeWords, text, end) {
                end += 1;
            }
            return Some(verb..end);
        }
        if let Some(found) = LEXICON.phrase_at(text, index)
            && matches!(found.entry.form, Form::Adjective | Form::Collective)
        {
            return Some(verb..found.end);
        }
        index += 1;
    }
    None
}

/// The people held named before a holding verb in the passive ("two Elbonian nationals had been
/// arrested", "three Ruritanians were detained"): a nationality or a word for foreign citizens, with
/// only auxiliaries between.
fn held_before(text: &TokenizedText<'_>, sentence_start: usize, verb: usize) -> Option<usize> {
    let mut index = verb.checked_sub(1).filter(|&i| i >= sentence_start)?;
    let mut auxiliaries = 0;
    // "had been detained", not "have arrested": only a passive has the people held before it.
    let mut passive = false;
    while LEXICON.word_in(Words::Auxiliaries, text, index) {
        auxiliaries += 1;
        passive |= LEXICON.word_in(Words::PassiveAuxiliaries, text, index);
        index = index.checked_sub(1).filter(|&i| i >= sentence_start)?;
    }
    // "a French academic detained in Tehran since March": a participle after the people held,
    // with a place, a time or a charge after it, is a passive without its auxiliaries.
    let reduced_relative = auxiliaries == 0
        && text.key(verb).ends_with("ed")
        && LEXICON.word_in(Words::HeldParticipleFollowers, text, verb + 1);
    if auxiliaries == 0 && !reduced_relative {
        return None;
    }
    // "two foreign nationals, whom he did not name, had been detained": the relative clause
    // between the people held and the verb is about them.
    if passive
        && text.is_punct(index, ',')
        && let Some(opening) = (index.saturating_sub(HELD_POSTMODIFIER_TOKENS + 2).max(sentence_start)..index)
            .rev()
            .find(|&i| text.is_punct(i, ','))
        && LEXICON.word_in(Words::RelativePronouns, text, opening + 1)
        && opening > sentence_start
    {
        index = opening - 1;
    }
    if nationality_word(text, index) || LEXICON.word_in(Words::DetaineeWords, text, index) {
        return Some(index);
    }
    // "a French academic has been detained", "two French-Iranian aid workers were held": a
    // nationality right before the plain words that name the people held.
    if (passive || reduced_relative)
        && let Some(nationality) = (index.saturating_sub(NATIONALITY_REACH_TOKENS).max(sentence_start)..index)
            .rev()
            .take_while(|&i| {
                text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
                    && (i + 1 == index || !LEXICON.is_stopword(text, i))
            })
            .find(|&i| nationality_word(text, i))
    {
        return Some(nationality);
    }
    // "two French nationals working for a charity had been detained": a word for foreign
    // citizens a few words back, the words between only describing them (no punctuation, no
    // other verb of holding).
    (index.saturating_sub(HELD_POSTMODIFIER_TOKENS).max(sentence_start)..index)
        .rev()
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
                && !LEXICON.word_in(Words::HoldingVerbs, text, i)
        })
        .find(|&i| LEXICON.word_in(Words::DetaineeWords, text, i))
}

/// How many words may stand between a nationality and the passive verb of holding the people it
/// describes ("a French | academic | has been detained", "two French aid workers were held").
const NATIONALITY_REACH_TOKENS: usize = 3;

/// Whether the word at `index` is a nationality ("French"), or opens with one ("French-Iranian").
fn nationality_word(text: &TokenizedText<'_>, index: usize) -> bool {
    let adjective = |found: crate::extract::lexicon::PhraseMatch| {
        found.end == index + 1 && matches!(found.entry.form, Form::Adjective | Form::Collective)
    };
    // A state's adjective, not its name ("French", not "France").
    let country_adjective =
        |word: &str| LEXICON.lookup_country(word).is_some() && LEXICON.lookup(word).is_none();
    LEXICON.phrase_at(text, index).is_some_and(adjective)
        || text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && t.capitalised) && {
            let word = text.token_text(index);
            country_adjective(word) || word.split_once('-').is_some_and(|(first, _)| country_adjective(first))
        }
}

/// How many words may describe the foreign citizens held between them and the passive verb
/// ("two French nationals | working for a charity | had been detained").
const HELD_POSTMODIFIER_TOKENS: usize = 6;

/// Damage to a cable or a pipeline at the verb `verb`: a verb of damage with a word for such a line
/// a few tokens before or after it in the same phrase, with no punctuation between ("the undersea
/// cables that link the island were severed", "the cutting of two power cables"), where the line
/// heads its phrase (not "the cable company cut its prices"). Returns the
/// token range from the first of the two words to the last.
pub(super) fn infrastructure_damage(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    verb: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::DamageVerbs, text, verb) {
        return None;
    }
    let is_punct = |i: usize| text.tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct);
    // The line heads its phrase: "the cables were cut", not "the cable company cut its prices".
    let is_line = |i: usize| {
        LEXICON.word_in(Words::InfrastructureNouns, text, i)
            && (is_punct(i + 1)
                || i + 1 == verb
                || LEXICON.is_stopword(text, i + 1)
                || LEXICON.word_in(Words::ObjectBreakers, text, i + 1)
                || LEXICON.word_in(Words::Auxiliaries, text, i + 1)
                // "the cable linking the two islands was severed": a participle after the
                // line opens its modifier.
                || participle_modifier(text, i + 1))
    };
    let before = (verb.saturating_sub(DAMAGE_REACH_TOKENS).max(sentence.start)..verb)
        .rev()
        .take_while(|&i| !is_punct(i))
        .find(|&i| is_line(i));
    if let Some(line) = before {
        return Some(line..verb + 1);
    }
    (verb + 1..(verb + 1 + DAMAGE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| !is_punct(i))
        .find(|&i| is_line(i))
        .map(|line| verb..line + 1)
}

/// Whether the token opens a participle phrase after a noun ("linking", "carrying"): a word in
/// lower case ending in "-ing".
fn participle_modifier(text: &TokenizedText<'_>, index: usize) -> bool {
    text.tokens.get(index).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        && text.key(index).len() > 5
        && text.key(index).ends_with("ing")
}

/// How many tokens apart a word of violation and the zone it violates may stand ("entered the
/// Elbonian air defence identification zone").
const ZONE_REACH_TOKENS: usize = 8;

/// Whether the words at token `at` name a zone of a state's sovereignty ("airspace", "territorial
/// waters", "exclusive economic zone"): a word or two words of [`Words::SovereignZones`]. Returns
/// the token after the zone.
fn sovereign_zone_at(text: &TokenizedText<'_>, at: usize) -> Option<usize> {
    if LEXICON.word_in(Words::SovereignZones, text, at) {
        return Some(at + 1);
    }
    (text.is_word(at) && text.is_word(at + 1))
        .then(|| format!("{} {}", text.key(at), text.key(at + 1)))
        .filter(|pair| LEXICON.has(Words::SovereignZones, pair))
        .map(|_| at + 2)
}

/// An incursion into a zone of a state's sovereignty at token `at`: a word of violation
/// ([`Words::IncursionWords`]) with, a few tokens after it in the same phrase, a zone such as
/// airspace or territorial waters ("violated Elbonian airspace", "entered the air defence
/// identification zone without notice", "fishing illegally inside its exclusive economic zone").
/// Returns the token range from the word to the end of the zone.
pub(super) fn zone_violation(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::IncursionWords, text, at) {
        return None;
    }
    // "crossed into Elbonian airspace", "crossed the median line"; not "the flight crossed
    // Elbonian airspace", a route.
    let crossed = text.is_word_ci(at, "crossed");
    let into = crossed && text.is_word_ci(at + 1, "into");
    (at + 1..(at + 1 + ZONE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                && !LEXICON.word_in(Words::ObjectBreakers, text, i)
        })
        .find_map(|i| sovereign_zone_at(text, i))
        .filter(|&end| end <= sentence.end)
        .filter(|&end| !crossed || into || text.is_word_ci(end - 1, "line"))
        .map(|end| at..end)
}

/// How many tokens apart a participle of theft and the data it names may stand ("stolen ministry
/// email addresses").
const THEFT_REACH_TOKENS: usize = 6;

/// Data taken in an intrusion at token `at`: a participle of [`Words::TheftParticiples`] with, a
/// few words after it in the same phrase, a word of [`Words::DataNouns`] ("advertising stolen
/// customer passwords", "exfiltrated patient records"). "Stolen cars" names no data. Returns the
/// token range from the participle to the data.
pub(super) fn stolen_data(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::TheftParticiples, text, at) {
        return None;
    }
    (at + 1..(at + 1 + THEFT_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                && !LEXICON.word_in(Words::ObjectBreakers, text, i)
        })
        .find(|&i| LEXICON.word_in(Words::DataNouns, text, i))
        .map(|data| {
            // "stolen email addresses": the data named in full.
            let mut end = data + 1;
            while end < sentence.end && LEXICON.word_in(Words::DataNouns, text, end) {
                end += 1;
            }
            at..end
        })
}

/// How many tokens apart a verb of probing and the network it probes may stand ("scanning the
/// ministry's internal network").
const PROBE_REACH_TOKENS: usize = 5;

/// Probing of computer networks at token `at`: a verb of [`Words::ProbingVerbs`] with, a few tokens
/// after it in the same phrase, a word for a network ("was scanning the commission's network",
/// "probed the servers of the ministry"). Returns the token range from the verb to the network.
pub(super) fn network_probe(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ProbingVerbs, text, at) {
        return None;
    }
    (at + 1..(at + 1 + PROBE_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                && !LEXICON.word_in(Words::ObjectBreakers, text, i)
        })
        .find(|&i| LEXICON.word_in(Words::NetworkNouns, text, i))
        .map(|network| at..network + 1)
}

/// How many tokens before a cue a verb of request is looked for ("pressed its partners to list the
/// group as a terrorist organisation").
const REQUEST_REACH_TOKENS: usize = 12;

/// Whether the cue at token `cue` is what someone is asked to do: a verb of request, then "to",
/// before it in the same stretch without punctuation ("asked the army to deploy reinforcements",
/// "urged its partners to consider further sanctions"). A response asked for states no danger.
pub(super) fn requested(text: &TokenizedText<'_>, sentence_start: usize, cue: usize) -> bool {
    let mut infinitive = false;
    for index in (cue.saturating_sub(REQUEST_REACH_TOKENS).max(sentence_start)..cue).rev() {
        if text.tokens.get(index).is_none_or(|t| t.kind == TokenKind::Punct) {
            return false;
        }
        if text.is_word_ci(index, "to") {
            infinitive = true;
        } else if infinitive && LEXICON.word_in(Words::RequestVerbs, text, index) {
            return true;
        }
    }
    false
}

/// How many words may stand between a word such as "growing" or "most" and the word of danger it
/// assesses ("the most disruptive cybercrime threat").
const RISING_REACH_TOKENS: usize = 3;

/// An assessment of a danger as growing or ranked high, starting at token `at`: a word of
/// [`Words::RisingWords`], then within a few words, with no punctuation between, a word of
/// [`Words::DangerNouns`] ("posed a growing risk", "the most serious threat", "a growing worry"), no
/// little word between ("the people most at risk" assesses no danger).
pub(super) fn rising_danger(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::RisingWords, text, at) {
        return None;
    }
    danger_noun_within(text, &sentence, at, RISING_REACH_TOKENS, |i| {
        text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
            && (LEXICON.word_in(Words::DangerNouns, text, i) || !LEXICON.is_stopword(text, i))
    })
}

/// The passage from `at` to the first word of [`Words::DangerNouns`] within `reach` tokens after
/// it, every token before that noun passing `between`.
fn danger_noun_within(
    text: &TokenizedText<'_>,
    sentence: &Range<usize>,
    at: usize,
    reach: usize,
    between: impl Fn(usize) -> bool,
) -> Option<Range<usize>> {
    (at + 1..(at + 1 + reach).min(sentence.end))
        .take_while(|&i| between(i))
        .find(|&i| LEXICON.word_in(Words::DangerNouns, text, i))
        .map(|noun| at..noun + 1)
}

/// How many words may stand between a verb of posing and the word of danger it poses ("poses a
/// serious and growing risk").
const POSED_REACH_TOKENS: usize = 5;

/// A danger posed, starting at token `at`: a verb of [`Words::PosingVerbs`], then within a few
/// words, with no punctuation or negation between, a word of [`Words::DangerNouns`] ("poses a
/// serious risk to shipping", "posed a threat to the crew"; not "poses no risk").
pub(super) fn posed_danger(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::PosingVerbs, text, at) {
        return None;
    }
    danger_noun_within(text, &sentence, at, POSED_REACH_TOKENS, |i| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && !LEXICON.word_in(Words::Negations, text, i)
    })
}

/// How many words may stand between a verb of raising and the word of danger it raises ("raised the
/// already high risk").
const RAISED_REACH_TOKENS: usize = 4;

/// How many words a danger's "of" phrase may take ("the risk of a deadly accident").
const DANGER_OF_TOKENS: usize = 4;

/// A danger said to grow, read from token `at`: a verb of [`Words::RaisingVerbs`], then within a
/// few words, with no punctuation or negation between, a word of [`Words::DangerNouns`] that ends
/// its phrase ("the concentration of warships raised the risk of an accident"; not "raised its
/// threat level", whose noun describes the level). The passage is the danger and what it is of,
/// up to a few words ("risk of an accident"), which is what the summary names.
pub(super) fn raised_danger(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::RaisingVerbs, text, at) {
        return None;
    }
    let danger = danger_noun_within(text, &sentence, at, RAISED_REACH_TOKENS, |i| {
        text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && !LEXICON.word_in(Words::Negations, text, i)
    })?;
    let noun = danger.end - 1;
    // "increased the risk of a miscalculation": a listed phrase names that danger already.
    if LEXICON.cue_at(text, noun).is_some_and(|(end, _)| end > noun + 1) {
        return None;
    }
    let next = noun + 1;
    let follows = |word: &str| next < sentence.end && text.is_word_ci(next, word);
    // "raised its threat level": another word after the noun makes the noun its modifier.
    if next < sentence.end && text.is_word(next) && !["of", "to", "that"].into_iter().any(follows) {
        return None;
    }
    if !follows("of") {
        return Some(noun..next);
    }
    // An article may open the phrase; a little word after it ends it ("of a clash between …").
    let article = ["a", "an", "the"].iter().any(|w| text.is_word_ci(next + 1, w));
    let first = next + 1 + usize::from(article);
    let end = (first..(next + 1 + DANGER_OF_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && !LEXICON.is_stopword(text, i)
        })
        .last()
        .map_or(next, |last| last + 1);
    Some(noun..end)
}

/// How many words may stand between a modal of possibility and the harm it makes possible ("could
/// also be used to disrupt").
const POSSIBLE_HARM_REACH_TOKENS: usize = 6;

/// How many words may stand between a verb of causing and the harm caused ("could cause a costly
/// oil spill").
const CAUSED_HARM_REACH_TOKENS: usize = 4;

/// A harm said to be possible, starting at token `at`: a modal of [`Words::PossibilityModals`] in
/// lower case, then, past words of [`Words::ModalFillers`] only ("could also be used to", "could
/// have"), a verb of [`Words::PossibleHarms`] ("attacks could disrupt water treatment"), or a verb
/// of [`Words::CausingVerbs`] with a noun of [`Words::CausedHarms`] a few words after it ("a
/// collision could cause a spill"). Not after a negation ("could not disrupt").
///
/// A verb of [`Words::SpreadingVerbs`] is a harm when a noun of [`Words::SpreadingHarms`] stands
/// right before the modal ("analysts warn the conflict could spread"); the passage starts there.
pub(super) fn possible_harm(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::PossibilityModals, text, at)
        || text.tokens.get(at).is_none_or(|t| t.capitalised)
    {
        return None;
    }
    let verb = (at + 1..(at + 1 + POSSIBLE_HARM_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i) && !LEXICON.word_in(Words::Negations, text, i))
        .find(|&i| !LEXICON.word_in(Words::ModalFillers, text, i))?;
    if LEXICON.word_in(Words::PossibleHarms, text, verb) {
        return Some(at..verb + 1);
    }
    if LEXICON.word_in(Words::SpreadingVerbs, text, verb)
        && let Some(harm) = at.checked_sub(1).filter(|&i| i >= sentence.start)
        && LEXICON.word_in(Words::SpreadingHarms, text, harm)
    {
        return Some(harm..verb + 1);
    }
    if !LEXICON.word_in(Words::CausingVerbs, text, verb) {
        return None;
    }
    (verb + 1..(verb + 1 + CAUSED_HARM_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| text.is_word(i))
        .find(|&i| LEXICON.word_in(Words::CausedHarms, text, i))
        .map(|harm| at..harm + 1)
}

/// How many tokens may stand between a verb of [`Words::ExposingVerbs`] and the "at risk" it puts
/// its object at ("puts workers, first responders and the public at risk").
const EXPOSED_REACH_TOKENS: usize = 12;

/// People or things put in danger, starting at token `at`: a verb of [`Words::ExposingVerbs`],
/// then, within its clause (words and the commas of a list), "at risk", "in danger" or "in
/// jeopardy" ("puts workers and the public at risk", "placed the crew in danger").
pub(super) fn put_at_risk(
    text: &TokenizedText<'_>,
    sentence: Range<usize>,
    at: usize,
) -> Option<Range<usize>> {
    if !LEXICON.word_in(Words::ExposingVerbs, text, at) {
        return None;
    }
    let end = (at + 2..(at + 2 + EXPOSED_REACH_TOKENS).min(sentence.end))
        .take_while(|&i| {
            text.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) || text.is_punct(i, ',')
        })
        .find(|&i| {
            text.is_word_ci(i - 1, "at") && text.key(i) == "risk"
                || text.is_word_ci(i - 1, "in") && LEXICON.word_in(Words::EndangeredNouns, text, i)
        })?;
    Some(at..end + 1)
}

/// Whether the actor stands just before the cue as the one who acts: at most a few lower-case
/// words between, no punctuation, no other name, no word that opens another clause and no verb of
/// speech that says something other than the cue ("Ruritania has test-fired", "Ruritania's
/// invasion", "Ruritania declared war", not "wasn't Dan's first war", "Ruritanian officials say the
/// arms", "Ruritania's envoy who backed an aggressive").
pub(super) fn actor_acts(text: &TokenizedText<'_>, actor: &MentionRecord, cue: usize) -> bool {
    let end = end_past_bracket(text, actor);
    end <= cue
        && cue - end <= SUMMARY_GAP_TOKENS
        && (end..cue).all(|i| {
            text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct && !t.capitalised)
                && (i + 1 == cue || !LEXICON.is_speech_verb(text.key(i)))
                && !LEXICON.word_in(Words::ClauseOpeners, text, i)
        })
}

/// Where a mention ends, past the closing bracket when it is a short form in brackets ("the Kell
/// Liberation Army (KLA) claimed": the verb follows the bracket).
fn end_past_bracket(text: &TokenizedText<'_>, mention: &MentionRecord) -> usize {
    mention
        .start_token
        .checked_sub(1)
        .and_then(|open| text.bracketed_short_form(open))
        .filter(|&after| after == mention.end_token + 1)
        .unwrap_or(mention.end_token)
}

/// What a threat does, for its summary: the lower-case words from its actor to the end of its cue
/// when the actor stands just before ("Ruritania test-fired two missiles" -> "test-fired two
/// missiles", without "has", "also", "for"…), else the cue.
pub(super) fn action_phrase(
    text: &TokenizedText<'_>,
    actor: Option<&MentionRecord>,
    cue: Range<usize>,
    cue_text: &str,
) -> String {
    let Some(actor) = actor.filter(|m| actor_acts(text, m, cue.start)) else { return cue_text.to_owned() };
    let mut first = end_past_bracket(text, actor);
    while first < cue.start
        && (LEXICON.word_in(Words::SummarySkips, text, first)
            || text.tokens.get(first).is_some_and(|t| t.kind == TokenKind::Possessive))
    {
        first += 1;
    }
    match (text.tokens.get(first), cue.end.checked_sub(1).and_then(|i| text.tokens.get(i))) {
        (Some(a), Some(b)) if a.start_byte() < b.end_byte() => {
            text.slice(a.start_byte(), b.end_byte()).to_owned()
        }
        _ => cue_text.to_owned(),
    }
}

/// Where what a cue does ends: at the end of another cue a few words on, with no punctuation and
/// no word that starts another statement or verb of speech between ("test-fired an Iskander
/// ballistic missile", not just "test-fired"; not "terrorists before they attack", not "troops said
/// the soldiers"), else at `cue_end`.
pub(super) fn object_end(
    text: &TokenizedText<'_>,
    cue_end: usize,
    cues: impl Iterator<Item = Range<usize>>,
) -> usize {
    cues.filter(|other| other.start >= cue_end && other.start - cue_end <= SUMMARY_GAP_TOKENS)
        .filter(|other| {
            (cue_end..other.start).all(|i| {
                text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
                    && !LEXICON.word_in(Words::ObjectBreakers, text, i)
                    && !(text.is_word(i) && LEXICON.is_speech_verb(text.key(i)))
            })
        })
        .map(|other| other.end)
        .max()
        .unwrap_or(cue_end)
}

/// How many words of the clause after a cue that ends in "that" the summary keeps.
const SUMMARY_CLAUSE_TOKENS: usize = 12;

/// Where what a cue that ends in "that" states ends ("the risk is that one more incident pushes
/// both sides over the edge"): the clause after it, up to its first punctuation and at most
/// [`SUMMARY_CLAUSE_TOKENS`] tokens; `None` for any other cue. Without it the summary would name
/// the cue alone ("the risk is that").
pub(super) fn clause_after_that(text: &TokenizedText<'_>, cue: Range<usize>) -> Option<usize> {
    let last = cue.end.checked_sub(1)?;
    if !text.is_word_ci(last, "that") {
        return None;
    }
    // `warned that "next time, the taps will run dry"`: a quoted clause, to its closing mark
    // when that is near; the summary never holds an opening mark without its closing one.
    // A mark of the other kind (a single one nested in double ones) closes nothing.
    if text.is_quote_mark(cue.end) {
        let opens_double = text.is_double_quote_mark(cue.end);
        return (cue.end + 1..(cue.end + 1 + SUMMARY_CLAUSE_TOKENS).min(text.tokens.len()))
            .find(|&i| text.is_quote_mark(i) && text.is_double_quote_mark(i) == opens_double)
            .map(|close| close + 1);
    }
    let end = (cue.end..cue.end + SUMMARY_CLAUSE_TOKENS)
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .last()?;
    Some(end + 1)
}

/// How many tokens before a cue a pronoun right after a verb of speech is looked for ("Elbonia said
/// it had moved three frigates").
const PRONOUN_REACH_TOKENS: usize = 6;

/// Quote marks that may open a statement before its subject.
pub(super) const QUOTE_MARKS: &[&str] = &["\"", "“", "'", "‘"];

/// How many tokens before a state or group "by" makes it the agent ("attacked by Elbonian
/// forces", "used by the Elbonian army in attacks").
const AGENT_BY_REACH: usize = 2;

/// The actor the summary names as who did it: the state or group found near the cue only when it is
/// the cue's agent, else none (the analyst fills it in rather than correct a guess). An agent stands
/// just before the cue ("Ruritania test-fired"), opens the statement or the clause as its subject
/// ("Ruritania, which denies it, fired missiles"), or follows "by" ("an attack by Ruritanian
/// forces"), and does not report the cue ("Elbonian officials said … struck" is the source), unless
/// a possessive or a pronoun right after the verb of speech points back to it ("Elbonia says its
/// troops…", "Elbonia said it had deployed…"). A state named after
/// the cue, or merely mentioned in the sentence ("cutting supplies to Elbonia", "one of Elbonia's
/// largest mines … after an assault"), is not the agent.
pub(super) fn summary_agent<'a>(
    text: &TokenizedText<'_>,
    statement_start: usize,
    clause: Range<usize>,
    mention: Option<&'a MentionRecord>,
    cue: Range<usize>,
) -> Option<&'a MentionRecord> {
    let m = mention?;
    let after_by = (m.start_token.saturating_sub(AGENT_BY_REACH).max(statement_start)..m.start_token)
        .any(|i| text.is_word_ci(i, "by"));
    if after_by {
        return Some(m);
    }
    if m.start_token >= cue.end {
        return None;
    }
    // "Elbonia declared war": a verb of speech right before the cue is the act itself.
    if actor_acts(text, m, cue.start) {
        return Some(m);
    }
    let reports = (m.end_token..(m.end_token + 2).min(cue.start))
        .take_while(|&i| text.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct))
        .any(|i| text.is_word(i) && LEXICON.is_speech_verb(text.key(i)));
    // "Elbonia says its troops…", "Elbonia said it had deployed…": a possessive or a pronoun right
    // after the verb of speech, a few words before the cue, is the speaker.
    // "accused the group of funding its war": a possessive right before the cue points back too.
    let speech = |i: usize| text.is_word(i) && LEXICON.is_speech_verb(text.key(i));
    let unbroken =
        |i: usize| (i..cue.start).all(|j| text.tokens.get(j).is_some_and(|t| t.kind != TokenKind::Punct));
    let possessive_before = (cue.start.saturating_sub(2).max(m.end_token)..cue.start)
        .any(|i| LEXICON.word_in(Words::PossessiveDeterminers, text, i));
    let points_back = possessive_before
        || (cue.start.saturating_sub(PRONOUN_REACH_TOKENS).max(m.end_token + 1)..cue.start).any(|i| {
            LEXICON.word_in(Words::AgentPronouns, text, i)
                && unbroken(i)
                && (speech(i - 1) || i >= 2 && text.is_word_ci(i - 1, "that") && speech(i - 2))
        });
    if reports && !points_back {
        return None;
    }
    // The subject opens the statement or the clause: little words, quote marks, or the names and
    // possessives of its own phrase before it ("Yemen's Houthi militia hit…").
    let opens = |start: usize| {
        start <= m.start_token
            && (start..m.start_token).all(|i| {
                text.tokens.get(i).is_some_and(|t| match t.kind {
                    TokenKind::Word => t.capitalised || LEXICON.is_stopword(text, i),
                    TokenKind::Possessive => true,
                    _ => QUOTE_MARKS.contains(&text.token_text(i)),
                })
            })
    };
    (opens(statement_start) || opens(clause.start) || points_back).then_some(m)
}

/// The one-line summary of a threat: who -> what -> against whom ("North Korea -> fired ballistic
/// missiles -> Japan"); an unknown actor is left open ("? -> explosion"), an unknown target is left
/// out.
///
/// Double quotation marks left unpaired by the cut ("would be “hunted") are dropped from "what".
pub(super) fn one_line_summary(actor: Option<&str>, what: &str, target: Option<&str>) -> String {
    let who = actor.unwrap_or("?");
    let is_double = |c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}');
    let paired = what.matches('\u{201c}').count() == what.matches('\u{201d}').count()
        && what.matches('"').count().is_multiple_of(2);
    let unpaired_dropped: String;
    let what = if paired {
        what
    } else {
        unpaired_dropped = what.chars().filter(|&c| !is_double(c)).collect();
        &unpaired_dropped
    };
    match target {
        Some(target) => format!("{who} -> {what} -> {target}"),
        None => format!("{who} -> {what}"),
    }
}

/// The state or group a mention belongs to, when it is one that acts in a threat.
pub(super) fn mention_name<'a>(actors: &'a ActorTable, mention: Option<&MentionRecord>) -> Option<&'a str> {
    mention.and_then(|m| actors.name_of(m.actor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn an_event_named_again_by_its_cue_takes_a_label() {
        let text = tokenize("The minister called the assault \"a declaration of war on us\".");
        assert!(labels_event_told(&text, 0, text.position_of("war")));
        let text = tokenize("The minister described the episode as sabotage.");
        assert!(labels_event_told(&text, 0, text.position_of("sabotage")));
        // A label far beyond the noun is another statement.
        let text = tokenize("The minister called the assault cowardly and said the country was now at war.");
        assert!(!labels_event_told(&text, 0, text.position_of("war")));
    }
}
