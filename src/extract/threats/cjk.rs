//! Threats in Chinese, Japanese and Korean text, where the English cues cannot match: words are
//! not set apart by spaces and do not inflect. The cues are data (`cjk-threat-cues.tsv`), matched
//! as written inside each sentence, longest first; no cue knows a particular name.
//!
//! One threat per sentence at most, from its first cue. A weak cue ("攻撃", "미사일") needs a state,
//! force, armed group or organisation named before it in the sentence; a denial written right
//! after the cue ("発射していない", "하지 않았다", "没有") gives none. The summary's "who" is the
//! actor nearest before the cue, preferring one marked as the subject (は, が, 이, 가, 은, 는);
//! with none, the summary is the cue alone. A sentence that goes on with the same kind of threat
//! as the sentence before it elaborates that threat and gives none of its own; so does a headline
//! (a first paragraph of one line without a full stop). So does a sentence that tells again a
//! threat already suggested: the same who and the same cue ("韓国軍も、北朝鮮が弾道ミサイルを
//! 発射したと発表した" after the launch), or a weak cue of the same kind as one told before (a
//! "미사일" whose nearest actor is the state that reports where it fell).

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::SuggestedThreat;
use crate::extract::actors::ActorTable;
use crate::extract::tokens::TokenizedText;
use crate::model::text::contains_cjk_letter;
use crate::model::{ActorKind, Severity, ThreatCategory, Vocabulary};

const CUES_TSV: &str = include_str!("../../../assets/lexicon/cjk-threat-cues.tsv");

/// How many characters after a cue a denial may start.
const NEGATION_WINDOW_CHARS: usize = 12;

/// Particles that mark the word before them as a sentence's subject or topic.
const SUBJECT_PARTICLES: &[char] = &['は', 'が', '이', '가', '은', '는'];

#[derive(Debug)]
struct Cue {
    word: String,
    category: ThreatCategory,
    severity: Severity,
    strong: bool,
}

#[derive(Debug, Default)]
struct Cues {
    /// Longest first, so that "サイバー攻撃" wins over "攻撃".
    cues: Vec<Cue>,
    /// Every cue's word, in the order of `cues`, found in one pass.
    finder: Option<AhoCorasick>,
    negations: Vec<String>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut cues = Cues::default();
    for line in CUES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
        match columns.as_slice() {
            ["cue", word, category, severity, strength] => {
                let (Some(category), Some(severity)) =
                    (ThreatCategory::parse(category), Severity::parse(severity))
                else {
                    continue;
                };
                let strong = *strength == "strong";
                cues.cues.push(Cue { word: (*word).to_owned(), category, severity, strong });
            }
            ["negation", word] => cues.negations.push((*word).to_owned()),
            _ => {}
        }
    }
    cues.cues.sort_by_key(|cue| std::cmp::Reverse(cue.word.len()));
    cues.finder = AhoCorasick::new(cues.cues.iter().map(|cue| cue.word.as_str())).ok();
    cues
});

/// The cues in `sentence` by position (the longest first where two start together), with their
/// byte offsets.
fn cues_in(sentence: &str) -> Vec<(usize, &'static Cue)> {
    let Some(finder) = &CUES.finder else { return Vec::new() };
    let mut found: Vec<(usize, &'static Cue)> = finder
        .find_overlapping_iter(sentence)
        .filter_map(|m| CUES.cues.get(m.pattern().as_usize()).map(|cue| (m.start(), cue)))
        .collect();
    found.sort_by_key(|(at, cue)| (*at, std::cmp::Reverse(cue.word.len())));
    found
}

fn acts(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::State
            | ActorKind::ArmedForces
            | ActorKind::ArmedGroup
            | ActorKind::Organisation
            | ActorKind::InternationalOrg
    )
}

/// The threats of the text's Chinese, Japanese and Korean sentences (see the module docs).
pub(crate) fn find_cjk_threats(text: &TokenizedText<'_>, actors: &ActorTable) -> Vec<SuggestedThreat> {
    if !text.has_cjk() {
        return Vec::new();
    }
    let headline = text.paragraphs.first().filter(|p| {
        let last = p.end.checked_sub(1).and_then(|i| text.tokens.get(i));
        let ends_sentence = last.is_some_and(|t| {
            text.slice(t.start_byte(), t.end_byte()).ends_with(['。', '！', '？', '.', '!', '?'])
        });
        text.paragraphs.len() > 1 && !ends_sentence
    });
    let mut threats = Vec::new();
    let mut previous: Option<(usize, ThreatCategory)> = None;
    // What was told already: the summaries (who and cue) of each kind.
    let mut told: HashMap<ThreatCategory, HashSet<String>> = HashMap::new();
    for (index, sentence) in text.sentences.iter().enumerate() {
        if headline.is_some_and(|h| h.contains(&sentence.start)) {
            continue;
        }
        let first = text.tokens.get(sentence.start);
        let last = sentence.end.checked_sub(1).and_then(|i| text.tokens.get(i));
        let (Some(first), Some(last)) = (first, last) else { continue };
        let (start, end) = (first.start_byte(), last.end_byte());
        let source = text.slice(start, end);
        if !contains_cjk_letter(source) {
            continue;
        }
        // The sentence's mentions (the table keeps them by position).
        let first_mention = actors.mentions.partition_point(|m| m.start_byte < start);
        let last_mention = actors.mentions.partition_point(|m| m.start_byte < end);
        let mentions = actors.mentions.get(first_mention..last_mention).unwrap_or_default();
        let agent_before = |at: usize| {
            let before: Vec<_> =
                mentions.iter().filter(|m| m.end_byte <= start + at && acts(actors.kind_of(m))).collect();
            let is_subject = |end_byte: usize| {
                text.text
                    .get(end_byte..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| SUBJECT_PARTICLES.contains(&c))
            };
            let agent = before.iter().rev().find(|m| is_subject(m.end_byte)).or(before.last());
            agent.and_then(|m| actors.name_of(m.actor))
        };
        // The first cue that is not denied and, if weak, has an actor before it.
        let chosen = cues_in(source).into_iter().find_map(|(at, cue)| {
            let after: String =
                source.get(at + cue.word.len()..).unwrap_or("").chars().take(NEGATION_WINDOW_CHARS).collect();
            if CUES.negations.iter().any(|n| after.contains(n.as_str())) {
                return None;
            }
            let agent = agent_before(at);
            (cue.strong || agent.is_some()).then_some((cue, agent))
        });
        let Some((cue, agent)) = chosen else { continue };
        let summary = agent.map_or_else(|| cue.word.clone(), |who| format!("{who} -> {}", cue.word));
        let follows = previous.is_some_and(|(i, category)| i + 1 == index && category == cue.category);
        // A strong cue with the same who and cue, or a weak cue of a kind already told.
        let told_before = told.get(&cue.category).is_some_and(|kind| !cue.strong || kind.contains(&summary));
        previous = Some((index, cue.category));
        if follows || told_before {
            continue;
        }
        told.entry(cue.category).or_default().insert(summary.clone());
        threats.push(SuggestedThreat {
            summary,
            category: cue.category,
            severity: cue.severity,
            evidence: source.to_owned(),
            start,
            end,
            cue: cue.word.clone(),
            rule: "cjk-cue".into(),
        });
    }
    threats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::suggest;

    fn threats(text: &str) -> Vec<SuggestedThreat> {
        suggest(text).threats
    }

    #[test]
    fn every_shipped_line_parses_and_cues_are_longest_first() {
        let lines = CUES_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
        assert_eq!(CUES.cues.len() + CUES.negations.len(), lines);
        assert!(CUES.cues.windows(2).all(|w| w[0].word.len() >= w[1].word.len()));
        assert!(CUES.finder.is_some());
    }

    #[test]
    fn a_japanese_launch_gives_one_threat_with_the_subject_as_who() {
        let text = "北朝鮮、ミサイル発射\n\n防衛省によると、北朝鮮は15日朝、日本海に向けて弾道ミサイルを発射した。ミサイルは約600キロ飛行したという。";
        let found = threats(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].category, ThreatCategory::WeaponsTest);
        assert_eq!(found[0].summary, "北朝鮮 -> 弾道ミサイル");
        assert!(found[0].evidence.starts_with("防衛省によると"));
        assert_eq!(text.get(found[0].start..found[0].end), Some(found[0].evidence.as_str()));
    }

    #[test]
    fn korean_and_chinese_cues_and_a_denial() {
        let korean = threats(
            "합참은 이날 북한이 동해상으로 탄도미사일을 발사했다고 밝혔다. 정부는 깊은 우려를 표명했다.",
        );
        assert_eq!(korean.len(), 1, "{korean:#?}");
        assert_eq!(korean[0].category, ThreatCategory::WeaponsTest);
        let chinese = threats("据报道，一个黑客组织对该市医院发动了网络攻击。");
        assert_eq!(chinese.len(), 1, "{chinese:#?}");
        assert_eq!(chinese[0].category, ThreatCategory::Cyber);
        assert!(threats("国防部は、ミサイルを発射していないと説明した。").is_empty());
    }

    #[test]
    fn a_threat_told_again_later_gives_no_second_suggestion() {
        // Strong cue, same who, with another threat between: the same launch, reported again.
        let japanese = threats(
            "防衛省によると、北朝鮮は弾道ミサイルを発射した。政府は大使館を通じて抗議し、サイバー攻撃への警戒も強めた。韓国軍合同参謀本部も、北朝鮮が弾道ミサイルを発射したと発表した。",
        );
        let launches = japanese.iter().filter(|t| t.category == ThreatCategory::WeaponsTest).count();
        assert_eq!(launches, 1, "{japanese:#?}");
        // Weak cue of the same kind, nearest actor another state: where the missile fell.
        let korean = threats(
            "합참은 북한이 탄도미사일 2발을 발사했다고 밝혔다. 국방부는 도발에 단호히 대응하겠다고 말했다. 일본 방위성도 미사일이 배타적경제수역 밖에 떨어졌다고 발표했다.",
        );
        assert!(korean.iter().all(|t| !t.summary.starts_with("일본")), "{korean:#?}");
        assert_eq!(korean.iter().filter(|t| t.category == ThreatCategory::WeaponsTest).count(), 1);
        // A strong cue with another who is a threat of its own.
        let two =
            threats("北朝鮮は弾道ミサイルを発射した。政府は抗議した。翌日、ロシアも弾道ミサイルを発射した。");
        assert_eq!(two.len(), 2, "{two:#?}");
    }

    #[test]
    fn a_weak_cue_needs_an_actor_and_plain_text_gives_nothing() {
        assert!(threats("専門家は、攻撃の可能性は低いと話した。").is_empty());
        assert!(threats("The minister spoke on Tuesday.").is_empty());
    }
}
