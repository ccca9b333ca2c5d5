//! The kind of an actor the analyst tags by hand, proposed from the passage and the words around
//! it, so a hand-made actor does not start as "Other": a title before a name makes a person
//! ("President Ann Field"), a state's name, capital or nationality a state, an institution word an
//! organisation ("Acme Defence Institute"), and the actor rules' own reading of the paragraph
//! decides the rest. In Chinese, Japanese and Korean, where the actor rules do not run, the
//! passage's ending and the title beside it decide (`[cjk-*]` lists in `actor-rules.txt`).

use super::actors::find_actors;
use super::lexicon::{Entity, LEXICON, Words};
use super::tokens::tokenize;
use crate::model::span::{floor_char_boundary, text_after, text_before};
use crate::model::text::contains_cjk_letter;
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
    if let Some(kind) = cjk_kind(text, range) {
        return kind;
    }
    let (start, end) = (range.start() - from, range.end() - from);
    let mut tokenized = tokenize(window);
    tokenized.set_word_info(|key| LEXICON.word_info(key));
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

/// The kind of a passage in Chinese, Japanese or Korean, from its ending and the title written
/// next to it: a title before or after (岸田首相, 윤석열 대통령, 外长王毅) makes a person, then an
/// armed force's, an institution's or a state's ending, then a state's name. `None` for a passage
/// with no Han, kana or Hangul.
fn cjk_kind(text: &str, range: ByteRange) -> Option<ActorKind> {
    let passage = text.get(range.start()..range.end())?.trim();
    if !contains_cjk_letter(passage) {
        return None;
    }
    let after = text_after(text, range.end()).trim_start();
    let before = text_before(text, range.start()).trim_end();
    let ends = |words: Words| {
        LEXICON.entries(words).iter().any(|w| passage.len() > w.len() && passage.ends_with(w.as_str()))
    };
    let title_before = LEXICON.entries(Words::CjkPersonTitles).iter().any(|t| before.ends_with(t.as_str()));
    let title_after = LEXICON.entries(Words::CjkPersonTitles).iter().any(|title| {
        after.starts_with(title.as_str())
            || (passage.len() > title.len() && passage.ends_with(title.as_str()))
    });
    // A state's name before a title is the state's ("韓国大統領", "미국 대통령").
    let state = ends(Words::CjkStateSuffixes) || LEXICON.has(Words::CjkStates, passage);
    Some(if title_before || (title_after && !state) {
        ActorKind::Person
    } else if state {
        ActorKind::State
    } else if ends(Words::CjkForceSuffixes) {
        ActorKind::ArmedForces
    } else if ends(Words::CjkOrgSuffixes) {
        ActorKind::Organisation
    } else {
        ActorKind::Other
    })
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
    fn in_chinese_japanese_and_korean_the_ending_and_the_title_beside_it_decide() {
        assert_eq!(kind_of("岸田首相は記者団に語った。", "岸田"), ActorKind::Person);
        assert_eq!(kind_of("외교부 대변인 김하늘은 말했다.", "김하늘"), ActorKind::Person);
        assert_eq!(kind_of("윤석열 대통령은 말했다.", "윤석열"), ActorKind::Person);
        assert_eq!(kind_of("外长王毅表示。", "王毅"), ActorKind::Person);
        assert_eq!(kind_of("防衛省によると、", "防衛省"), ActorKind::Organisation);
        assert_eq!(kind_of("통일부는 밝혔다.", "통일부"), ActorKind::Organisation);
        assert_eq!(kind_of("人民解放軍が演習を行った。", "人民解放軍"), ActorKind::ArmedForces);
        assert_eq!(kind_of("韓国政府は", "韓国"), ActorKind::State);
        assert_eq!(kind_of("북한은 미사일을 발사했다.", "북한"), ActorKind::State);
        assert_eq!(kind_of("北朝鮮は日曜日", "北朝鮮"), ActorKind::State);
        assert_eq!(kind_of("韓国大統領が訪れた。", "韓国"), ActorKind::State);
        assert_eq!(kind_of("미국 대통령은 말했다.", "미국"), ActorKind::State);
        assert_eq!(kind_of("天気は晴れだった。", "天気"), ActorKind::Other);
    }

    #[test]
    fn nothing_recognisable_stays_other_and_bad_ranges_are_other() {
        assert_eq!(kind_of("The weather was mild across the region.", "weather"), ActorKind::Other);
        let text = "日本語のテキスト";
        assert_eq!(propose_actor_kind(text, ByteRange::between(1, 4)), ActorKind::Other);
        assert_eq!(propose_actor_kind(text, ByteRange::between(0, 400)), ActorKind::Other);
    }
}
