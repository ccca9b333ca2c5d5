//! What has been proposed so far, for the rules that keep one suggestion per threat.

use std::collections::HashMap;

use super::super::lexicon::{CueGroup, LEXICON, Words};
use crate::model::ThreatCategory;

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
    pub(super) last_families: Vec<String>,
}

impl Reported {
    pub(super) fn follows(&self, sentence_index: usize) -> bool {
        self.last_sentence.is_some_and(|last| last + 1 == sentence_index)
    }

    /// The threat already proposed that a cue restates, if any: a definite reference to a kind
    /// already proposed, the same family by the same actor, a follow-up sentence of the same family
    /// (when `may_follow`), or an event named the same way.
    pub(super) fn restated(
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

/// Whether consecutive statements of a category usually tell one event ("Rebels shelled the town.
/// Nine people were killed."), not several things of a kind (missiles, then warheads).
fn is_event_category(category: ThreatCategory) -> bool {
    LEXICON.has(Words::EventCategories, category.name())
}

/// The category of the cues of a family.
fn family_category(family: &str) -> Option<ThreatCategory> {
    LEXICON.cue_groups.iter().find(|g| g.family == family).map(|g| g.category)
}
