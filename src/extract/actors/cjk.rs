//! Actors in Chinese, Japanese and Korean text, which has no capitals to find names by and (but
//! for Korean) no spaces between words. Three patterns, all from the `[cjk-*]` lists in
//! `actor-rules.txt`, none knowing a particular name:
//!
//! - a state's name from the list (北朝鮮, 韓国, 러시아), longest first, so 朝鮮 inside 北朝鮮 is
//!   not a second state, and not where it opens a place's name (日本海, 朝鮮半島);
//! - a person: a short run of Han characters or Hangul syllables right before a title (木原防衛相,
//!   윤석열 대통령), the run standing alone (after a particle, punctuation or a space) and not
//!   itself a state or an institution;
//! - an institution or armed force: a run of Han or Katakana characters that ends with an
//!   institution's or a military's ending (防衛省, 人民解放軍, 自衛隊), at least three characters
//!   long when the ending is one character, so that common words (一部, 全部, 結局) stay out; in
//!   Korean, a word less its particle that ends so (국방부는 → 국방부).
//!
//! Runs are bounded by anything that is not Han or Katakana (Japanese particles are Hiragana), so
//! a longer name is never cut inside. Each distinct surface is one actor.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{ActorDraft, ActorTable, MentionRecord};
use crate::extract::lexicon::{LEXICON, Words};
use crate::extract::tokens::TokenizedText;
use crate::model::text::is_hangul_syllable;
use crate::model::{ActorKind, ByteRange};

/// Longest run of name characters before a title: a Japanese or Korean personal name is at most
/// four Han characters or Hangul syllables, a foreign name in Katakana longer.
const MAX_NAME_CHARS: usize = 4;
const MAX_KATAKANA_NAME_CHARS: usize = 8;
/// Longest institution name read as one run.
const MAX_ORG_CHARS: usize = 10;

fn is_han(c: char) -> bool {
    matches!(u32::from(c), 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

fn is_katakana(c: char) -> bool {
    matches!(u32::from(c), 0x30A1..=0x30FA | 0x30FC | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// A character of a name run: Han or Katakana, or Hangul (Korean names and words stand between
/// spaces and particles).
fn is_run_char(c: char) -> bool {
    is_han(c) || is_katakana(c) || is_hangul_syllable(c)
}

struct Found {
    range: ByteRange,
    name: String,
    kind: ActorKind,
    rule: &'static str,
}

/// Adds the actors of the text's Chinese, Japanese and Korean passages to `table`.
pub(super) fn add_cjk_actors(text: &TokenizedText<'_>, table: &mut ActorTable) {
    let source = text.text;
    if !text.has_cjk() {
        return;
    }
    let mut found: Vec<Found> = Vec::new();
    institutions(source, &mut found);
    korean_institutions(source, &mut found);
    states(source, &mut found);
    people(source, &mut found);
    found.sort_by_key(|f| (f.range.start(), std::cmp::Reverse(f.range.end())));
    // Where two overlap, the first found (an institution before a state inside it) was pushed
    // first; keep it by dropping any later one that overlaps an earlier-kept one.
    // In start order, a candidate overlaps a kept one exactly when it starts before the furthest
    // end kept so far.
    let mut kept: Vec<Found> = Vec::new();
    let mut kept_end = 0;
    for candidate in found {
        if kept.is_empty() || candidate.range.start() >= kept_end {
            kept_end = kept_end.max(candidate.range.end());
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|f| f.range.start());
    merge_into(text, table, kept);
}

/// The run of name characters that ends at byte `end`, at most `max` characters long, or `None`
/// when the run goes on further back (it is part of a longer word).
fn run_before(source: &str, end: usize, max: usize) -> Option<(usize, &str)> {
    let before = source.get(..end)?;
    let mut start = end;
    let mut count = 0;
    for (at, c) in before.char_indices().rev() {
        if !is_run_char(c) {
            break;
        }
        count += 1;
        if count > max {
            return None;
        }
        start = at;
    }
    (count > 0).then(|| (start, source.get(start..end).unwrap_or_default()))
}

fn institutions(source: &str, found: &mut Vec<Found>) {
    let mut endings: Vec<(&str, ActorKind)> = Vec::new();
    endings.extend(
        LEXICON.entries(Words::CjkForceSuffixes).iter().map(|e| (e.as_str(), ActorKind::ArmedForces)),
    );
    endings
        .extend(LEXICON.entries(Words::CjkOrgSuffixes).iter().map(|e| (e.as_str(), ActorKind::Organisation)));
    // Han and Katakana runs only: Korean words carry their particles inside the run.
    let mut runs = Vec::new();
    let mut start = None;
    for (at, c) in source.char_indices().chain(std::iter::once((source.len(), ' '))) {
        match (start, is_han(c) || is_katakana(c)) {
            (None, true) => start = Some(at),
            (Some(s), false) => {
                runs.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    for (start, end) in runs {
        let Some(run) = source.get(start..end) else { continue };
        let chars = run.chars().count();
        if chars > MAX_ORG_CHARS {
            continue;
        }
        // The longest ending the run has.
        let Some((ending, kind)) = endings
            .iter()
            // A military's own name may be the whole run (自衛隊).
            .filter(|(e, kind)| {
                run.ends_with(e)
                    && (run.len() > e.len() || (*kind == ActorKind::ArmedForces && e.chars().count() >= 3))
            })
            .max_by_key(|(e, _)| e.len())
        else {
            continue;
        };
        if ending.chars().count() == 1 && chars < 3 {
            continue;
        }
        let Ok(range) = ByteRange::new(start, end) else { continue };
        found.push(Found { range, name: run.to_owned(), kind: *kind, rule: "cjk:ending" });
    }
}

/// Korean institutions: a word of Hangul, less the particle glued to it (국방부는 → 국방부), that
/// ends with a ministry's, agency's, committee's or party's ending and has at least three
/// syllables (정부 and 일부 stay out). Endings that also end words for people (연구원, 의원) are
/// left out: `[ko-org-endings]`.
fn korean_institutions(source: &str, found: &mut Vec<Found>) {
    let endings = LEXICON.entries(Words::KoOrgEndings);
    let particles = LEXICON.entries(Words::KoParticles);
    let mut at = 0;
    for word in source.split(|c: char| !is_hangul_syllable(c)) {
        let start = at;
        at += word.len()
            + source.get(at + word.len()..).and_then(|rest| rest.chars().next()).map_or(0, char::len_utf8);
        if word.is_empty() {
            continue;
        }
        let stem = particles.iter().find_map(|p| word.strip_suffix(p.as_str())).unwrap_or(word);
        let ends = endings.iter().any(|e| stem.ends_with(e.as_str()) && stem.len() > e.len());
        if !ends || stem.chars().count() < 3 {
            continue;
        }
        let Ok(range) = ByteRange::new(start, start + stem.len()) else { continue };
        found.push(Found { range, name: stem.to_owned(), kind: ActorKind::Organisation, rule: "cjk:ending" });
    }
}

/// The states' names, found in one pass, the longest where several start together.
static STATE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(LEXICON.entries(Words::CjkStates))
        .ok()
});

fn states(source: &str, found: &mut Vec<Found>) {
    let Some(finder) = &*STATE_FINDER else { return };
    for m in finder.find_iter(source) {
        let (at, end) = (m.start(), m.end());
        let Some(name) = source.get(at..end) else { continue };
        // A state's name that opens a place's name is no mention of the state (日本海, 朝鮮半島).
        let rest = source.get(end..).unwrap_or_default();
        if LEXICON.entries(Words::CjkPlaceSuffixes).iter().any(|p| rest.starts_with(p.as_str())) {
            continue;
        }
        if let Ok(range) = ByteRange::new(at, end) {
            found.push(Found { range, name: name.to_owned(), kind: ActorKind::State, rule: "cjk:state" });
        }
    }
}

/// The titles, found in one pass: every match, overlapping ones too (副大統領 and 大統領).
static TITLE_FINDER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(LEXICON.entries(Words::CjkPersonTitles)).ok());

fn people(source: &str, found: &mut Vec<Found>) {
    let Some(finder) = &*TITLE_FINDER else { return };
    for m in finder.find_overlapping_iter(source) {
        let Some(title) = source.get(m.start()..m.end()) else { continue };
        let at = m.start();
        // Korean writes the title after a space ("윤석열 대통령"), Japanese right after.
        let (name_end, spaced) = match source.get(..at) {
            Some(before) if before.ends_with(' ') => (at - 1, true),
            _ => (at, false),
        };
        let Some((start, name)) = run_before(source, name_end, MAX_KATAKANA_NAME_CHARS) else { continue };
        let chars = name.chars().count();
        // A Korean name stands before a space; a Japanese one is two to four Han characters,
        // or a foreign name in Katakana, right before the title.
        let shaped = if name.chars().all(is_hangul_syllable) {
            spaced && (2..=MAX_NAME_CHARS).contains(&chars)
        } else if name.chars().all(is_han) {
            !spaced && (2..=MAX_NAME_CHARS).contains(&chars)
        } else {
            !spaced && chars >= 2 && name.chars().all(is_katakana)
        };
        let is_other_actor = LEXICON.entries(Words::CjkStates).iter().any(|s| name.contains(s.as_str()))
            || LEXICON.entries(Words::CjkStateSuffixes).iter().any(|s| name.ends_with(s.as_str()))
            || LEXICON.entries(Words::CjkOrgSuffixes).iter().any(|s| name.ends_with(s.as_str()))
            || LEXICON.entries(Words::CjkForceSuffixes).iter().any(|s| name.ends_with(s.as_str()))
            || LEXICON.entries(Words::CjkPersonTitles).iter().any(|t| name.ends_with(t.as_str()));
        if !shaped || is_other_actor {
            continue;
        }
        let end = at + title.len();
        let Ok(range) = ByteRange::new(start, end) else { continue };
        let surface = source.get(start..end).unwrap_or_default().to_owned();
        found.push(Found { range, name: surface, kind: ActorKind::Person, rule: "cjk:title" });
    }
}

/// The token that holds byte `at` (or the nearest after it).
fn token_at(text: &TokenizedText<'_>, at: usize) -> usize {
    text.tokens.partition_point(|t| t.end_byte() <= at)
}

/// Appends the found actors to the table (one per distinct surface), keeping both lists in
/// their order: actors by first mention, mentions by position.
fn merge_into(text: &TokenizedText<'_>, table: &mut ActorTable, found: Vec<Found>) {
    if found.is_empty() {
        return;
    }
    let mut by_name: foldhash::HashMap<String, usize> =
        table.actors.iter().enumerate().map(|(i, a)| (a.name.clone(), i)).collect();
    for f in found {
        let actor = match by_name.get(&f.name) {
            Some(&index) => index,
            None => {
                by_name.insert(f.name.clone(), table.actors.len());
                table.actors.push(ActorDraft {
                    name: f.name.clone(),
                    kind: f.kind,
                    aliases: vec![f.name.clone()],
                    mentions: Vec::new(),
                    rule: f.rule,
                    affiliation_only: false,
                });
                table.actors.len() - 1
            }
        };
        if let Some(draft) = table.actors.get_mut(actor) {
            draft.mentions.push(f.range);
        }
        let start_token = token_at(text, f.range.start());
        let end_token =
            token_at(text, f.range.end().saturating_sub(1)).saturating_add(1).max(start_token + 1);
        table.mentions.push(MentionRecord {
            start_token,
            end_token,
            start_byte: f.range.start(),
            end_byte: f.range.end(),
            actor,
        });
    }
    // Actors by first mention, with the mentions' indices following them.
    let mut order: Vec<usize> = (0..table.actors.len()).collect();
    order.sort_by_key(|&i| table.actors[i].mentions.iter().map(|m| m.start()).min().unwrap_or(usize::MAX));
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut actors: Vec<Option<ActorDraft>> =
        std::mem::take(&mut table.actors).into_iter().map(Some).collect();
    table.actors = order.iter().filter_map(|&old| actors.get_mut(old).and_then(Option::take)).collect();
    for mention in &mut table.mentions {
        mention.actor = new_index.get(mention.actor).copied().unwrap_or(mention.actor);
    }
    for actor in &mut table.actors {
        actor.mentions.sort_by_key(|m| m.start());
    }
    table.mentions.sort_by_key(|m| (m.start_byte, m.end_byte));
}

#[cfg(test)]
mod tests {
    use crate::extract::actors::find_actors;
    use crate::extract::tokens::tokenize;
    use crate::model::ActorKind;

    fn actors(text: &str) -> Vec<(String, ActorKind, usize)> {
        let tokens = tokenize(text);
        find_actors(&tokens).actors.into_iter().map(|a| (a.name, a.kind, a.mentions.len())).collect()
    }

    #[test]
    fn japanese_states_ministries_forces_and_titled_people() {
        let got = actors(
            "防衛省によると、北朝鮮は弾道ミサイルを発射した。山村防衛相は「容認できない」と述べた。\
             自衛隊が警戒を続けている。北朝鮮の一部の報道は、全部うそだと伝えた。",
        );
        assert_eq!(
            got,
            [
                ("防衛省".to_owned(), ActorKind::Organisation, 1),
                ("北朝鮮".to_owned(), ActorKind::State, 2),
                ("山村防衛相".to_owned(), ActorKind::Person, 1),
                ("自衛隊".to_owned(), ActorKind::ArmedForces, 1),
            ]
        );
    }

    #[test]
    fn korean_names_stand_before_a_spaced_title_and_a_state_before_a_title_stays_a_state() {
        let got = actors("김민수 대통령은 러시아를 비판했다. 한국 대통령실은 밝혔다. 고든 대사는 말했다.");
        assert!(got.contains(&("고든 대사".to_owned(), ActorKind::Person, 1)), "{got:?}");
        assert!(got.contains(&("김민수 대통령".to_owned(), ActorKind::Person, 1)), "{got:?}");
        assert!(got.contains(&("러시아".to_owned(), ActorKind::State, 1)), "{got:?}");
        assert!(!got.iter().any(|(name, _, _)| name.starts_with("한국 ")), "{got:?}");
        let got = actors("통일부는 회의를 열었다. 정부는 일부 연구원에게 물었다. 통일부에서 발표했다.");
        assert_eq!(got, [("통일부".to_owned(), ActorKind::Organisation, 2)]);
    }

    #[test]
    fn a_longer_name_is_not_cut_and_a_state_inside_an_institution_is_not_a_second_actor() {
        // The sea and the peninsula named after a state are places, not the state.
        let got = actors("日本海に落下した。朝鮮半島の情勢は緊迫した。");
        assert!(got.is_empty(), "{got:?}");
        let got = actors("中国人民解放軍が演習を行った。");
        assert_eq!(got, [("中国人民解放軍".to_owned(), ActorKind::ArmedForces, 1)]);
        // A run longer than a name before a title is no person.
        assert!(actors("日本政府報道官は述べた。").iter().all(|(_, kind, _)| *kind != ActorKind::Person));
        // A foreign leader's name in Katakana before the title is a person.
        let got = actors("ロシアのペトロフ大統領は、ロシア大統領府を通じて声明を出した。");
        assert!(got.contains(&("ペトロフ大統領".to_owned(), ActorKind::Person, 1)), "{got:?}");
        assert!(got.contains(&("ロシア".to_owned(), ActorKind::State, 2)), "{got:?}");
    }

    #[test]
    fn text_without_cjk_letters_is_untouched() {
        let got = actors("Officials in Oslo said the Norwegian Coastal Agency had closed the port.");
        assert!(got.iter().all(|(_, _, mentions)| *mentions >= 1));
        assert!(got.iter().all(|(name, _, _)| name.is_ascii()));
    }
}
