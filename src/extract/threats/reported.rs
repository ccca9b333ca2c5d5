//! What has been proposed so far, for the rules that keep one suggestion per threat.

use foldhash::HashMap;

use super::super::lexicon::{CueGroup, LEXICON, Words};
use crate::model::ThreatCategory;

/// How many sentences after a threat with no actor named the same cue (the same words), again with
/// no actor, is read as the same threat told again ("Rockets hit a market town. … At least five
/// rockets struck the town."): a report retells its event within a few sentences, while another
/// event of the kind is usually marked as such ("another", "a separate") or given its own actor.
const UNOWNED_RETELLING_SENTENCES: usize = 3;

/// How many sentences after the last threat a claim of responsibility is read as owning it.
const CLAIM_SENTENCES: usize = 4;

/// How many sentences after the last threat a toll with no actor of its own ("He said at least 40
/// people had been wounded") is still the count of that threat's harm.
const TOLL_SENTENCES: usize = 4;

/// What has been proposed so far, for the rules that keep one suggestion per threat. Each key leads
/// to the index of the threat it belongs to, so that a restatement can lend that threat better
/// evidence.
#[derive(Default)]
pub(super) struct Reported {
    /// (cue family, acting state or organisation) of every threat proposed.
    pub(super) families: HashMap<(String, Option<usize>), usize>,
    /// The last threat proposed of each category.
    pub(super) categories: HashMap<ThreatCategory, usize>,
    /// Events named by a capitalised word before their cue ("the Ruritanian genocide").
    pub(super) events: HashMap<(String, ThreatCategory), usize>,
    /// The sentence of the last threat (or of its last follow-up), that threat and the families of
    /// its cues.
    pub(super) last_sentence: Option<usize>,
    pub(super) last_threat: Option<usize>,
    /// The speaker of the quotation the last threat's cue stood in, when known.
    pub(super) last_speaker: Option<String>,
    pub(super) last_families: Vec<String>,
    /// The last threat proposed with no actor named, by the words of its cue in lower case, with
    /// its sentence.
    pub(super) unowned: HashMap<String, (usize, usize)>,
    /// The last threat of each cue family told outside any known speaker's quotation, whoever
    /// acted.
    pub(super) told_family: HashMap<String, usize>,
}

impl Reported {
    pub(super) fn follows(&self, sentence_index: usize) -> bool {
        self.last_sentence.is_some_and(|last| last + 1 == sentence_index)
    }

    /// The threat already proposed that a cue restates, if any: a definite reference to a kind
    /// already proposed, the same family by the same actor, a follow-up sentence of the same family
    /// (when `may_follow`), an event named the same way, or the same cue told again a few
    /// sentences on with no actor either time (not when introduced as a first mention).
    pub(super) fn restated(
        &self,
        sentence_index: usize,
        group: &CueGroup,
        actor: Option<usize>,
        event: Option<&(String, ThreatCategory)>,
        telling: &Telling<'_>,
    ) -> Option<usize> {
        let Telling { anaphoric, may_follow, first_mention, cue, speaker, toll_only } = *telling;
        let by_reference = anaphoric.then(|| self.categories.get(&group.category).copied()).flatten();
        // Two statements with no actor named are not known to be by the same one: only a
        // consecutive sentence (below) makes them one threat.
        let by_family = || actor.and_then(|_| self.families.get(&(group.family.clone(), actor)).copied());
        // ""We reserve the right to respond," the minister said. … "Any attack will be met with
        // force," the other side's spokesman said": a follow-up is in no other speaker's words.
        let other_speaker =
            speaker.is_some_and(|s| self.last_speaker.as_deref().is_some_and(|last| last != s));
        let by_sequence = || {
            (may_follow
                && !other_speaker
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
        // "Rockets slammed into the town. … At least five rockets struck it": the same cue
        // told again a few sentences on, with no actor named either time.
        let by_retelling = || {
            (actor.is_none() && !first_mention)
                .then(|| self.unowned.get(cue))
                .flatten()
                .filter(|&&(_, sentence)| {
                    sentence_index.saturating_sub(sentence) <= UNOWNED_RETELLING_SENTENCES
                })
                .map(|&(index, _)| index)
        };
        // "Gunmen ambushed the convoy. … The Dawn Front claimed responsibility": a claim a few
        // sentences after an attack owns that attack; it is no second one.
        let by_claim = || {
            (cue.starts_with("claimed ") || cue.starts_with("claims "))
                .then(|| self.categories.get(&group.category).copied())
                .flatten()
                .filter(|_| {
                    self.last_sentence
                        .is_some_and(|last| sentence_index.saturating_sub(last) <= CLAIM_SENTENCES)
                })
        };
        // "A strike hit a school, killing 27. … He said at least 40 people had been wounded": a
        // sentence that only tells a toll, with no actor of its own, a few sentences after the
        // last threat of its kind of harm, counts that harm; it is no event of its own.
        let by_toll = || {
            (actor.is_none() && !first_mention && toll_only)
                .then(|| self.categories.get(&group.category).copied())
                .flatten()
                .filter(|&index| {
                    Some(index) == self.last_threat
                        && self
                            .last_sentence
                            .is_some_and(|last| sentence_index.saturating_sub(last) <= TOLL_SENTENCES)
                })
        };
        // "Rebels shelled the port. … "Shelling can start again any night," a pilot said": a
        // quotation naming no actor, whose cue's kind was told before outside quotation marks,
        // comments on that threat; it is no new one. (One speaker's warning after another's is
        // a threat of its own.)
        let by_comment = || {
            (actor.is_none() && speaker.is_some())
                .then(|| self.told_family.get(&group.family).copied())
                .flatten()
        };
        by_reference
            .or_else(by_family)
            .or_else(by_sequence)
            .or_else(by_event)
            .or_else(by_retelling)
            .or_else(by_claim)
            .or_else(by_toll)
            .or_else(by_comment)
    }
}

/// How a cue is told, for [`Reported::restated`]: as a definite reference back, in a sentence
/// that may follow on from the last threat, introduced as a first mention ("a hacking incident"),
/// and its words in lower case.
#[derive(Clone, Copy)]
pub(super) struct Telling<'a> {
    pub(super) anaphoric: bool,
    pub(super) may_follow: bool,
    pub(super) first_mention: bool,
    pub(super) cue: &'a str,
    /// The speaker of the quotation the cue stands in, when known.
    pub(super) speaker: Option<&'a str>,
    /// Every cue of the sentence tells a toll ([`Words::TollFamilies`]): it counts harm and
    /// names no act of its own.
    pub(super) toll_only: bool,
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
