//! The kind of an actor the analyst tags by hand, proposed from the passage and the words around
//! it, so a hand-made actor does not start as "Other": a title before a name makes a person
//! ("President Ann Field"), a state's name, capital or nationality a state, an institution word an
//! organisation ("Acme Defence Institute"), and the actor rules' own reading of the paragraph
//! decides the rest.

use super::actors::find_actors;
use super::lexicon::{Entity, LEXICON};
use super::tokens::tokenize;
use crate::model::span::floor_char_boundary;
use crate::model::{ActorKind, ByteRange};

/// How far around the passage (in bytes) the text is read: about a paragraph.
const CONTEXT_BYTES: usize = 1_500;

/// Proposes the kind of the actor named by `range` in `text` (byte offsets; a range that does not
/// fit the text gives [`ActorKind::Other`]). Deterministic, and cheap enough for every hand tag:
/// it reads about a paragraph around the passage.
pub fn propose_actor_kind(text: &str, range: ByteRange) -> ActorKind {
    if range.validate(text).is_err() || range.start() == range.end() {
        return ActorKind::Other;
    }
    let from = text
        .get(..range.start())
        .and_then(|before| before.rfind("\n\n"))
        .map_or(0, |at| at + 2)
        .max(floor_char_boundary(text, range.start().saturating_sub(CONTEXT_BYTES)));
    let to = text
        .get(range.end()..)
        .and_then(|after| after.find("\n\n"))
        .map_or(text.len(), |at| range.end() + at)
        .min(floor_char_boundary(text, range.end() + CONTEXT_BYTES));
    let Some(window) = text.get(from..to) else { return ActorKind::Other };
    let (start, end) = (range.start() - from, range.end() - from);
    let mut tokenized = tokenize(window);
    tokenized.set_word_classes(|key| LEXICON.classify(key));
    let first = tokenized.token_at_or_after(start);
    let last = tokenized.token_at_or_after(end);
    if first >= last {
        return ActorKind::Other;
    }
    // What the passage itself names: a state's name, capital or nationality, or a known body.
    if let Some(found) = LEXICON.phrase_at(&tokenized, first)
        && let Some(entity) = found.entry.entity
    {
        return match entity {
            Entity::Country(_) => ActorKind::State,
            Entity::Org(_) => LEXICON.entity_kind(entity),
        };
    }
    // A title right before the passage or at its start: a person.
    let titled = (first.saturating_sub(4)..=first).any(|i| {
        LEXICON
            .title_at(&tokenized, i)
            .is_some_and(|title_end| title_end == first || (i == first && title_end < last))
    });
    if titled {
        return ActorKind::Person;
    }
    // The actor rules' reading of the paragraph: a mention that overlaps the passage.
    let table = find_actors(&tokenized);
    let overlapping = table
        .mentions
        .iter()
        .filter(|m| m.start_token < last && first < m.end_token)
        .max_by_key(|m| m.end_token.min(last) - m.start_token.max(first));
    if let Some(mention) = overlapping {
        return table.kind_of(mention);
    }
    // An institution word in the passage ("Acme Defence Institute").
    (first..last).rev().find_map(|i| LEXICON.org_head(&tokenized, i)).unwrap_or(ActorKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(text: &str, passage: &str) -> ActorKind {
        let start = text.find(passage).unwrap_or(0);
        let range = ByteRange::new(start, start + passage.len()).unwrap_or(ByteRange::empty(0));
        propose_actor_kind(text, range)
    }

    #[test]
    fn a_title_before_the_passage_makes_a_person() {
        assert_eq!(
            kind_of("Talks stalled, said Deputy Minister Oda Varn on Monday.", "Oda Varn"),
            ActorKind::Person
        );
        assert_eq!(
            kind_of("The visit of Senator Bram Quill was short.", "Senator Bram Quill"),
            ActorKind::Person
        );
    }

    #[test]
    fn a_state_or_its_capital_makes_a_state() {
        assert_eq!(kind_of("Troops from Norway crossed the line.", "Norway"), ActorKind::State);
        assert_eq!(kind_of("Moscow denied it on Friday.", "Moscow"), ActorKind::State);
    }

    #[test]
    fn an_institution_word_makes_an_organisation() {
        assert_eq!(
            kind_of(
                "A report by the Lindqvist Maritime Institute was cited.",
                "Lindqvist Maritime Institute"
            ),
            ActorKind::Organisation
        );
    }

    #[test]
    fn nothing_recognisable_stays_other_and_bad_ranges_are_other() {
        assert_eq!(kind_of("The weather was mild across the region.", "weather"), ActorKind::Other);
        let text = "日本語のテキスト";
        assert_eq!(propose_actor_kind(text, ByteRange::between(1, 4)), ActorKind::Other);
        assert_eq!(propose_actor_kind(text, ByteRange::between(0, 400)), ActorKind::Other);
    }
}
