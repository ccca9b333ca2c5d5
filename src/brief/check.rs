//! The check before export: what would make the brief wrong (citations to deleted tags or
//! judgments, citations of passages no longer in the article) and what a careful reader would
//! question (empty required sections, judgments without evidence or on a single source, quotes
//! with no speaker, vague estimative words where ICD 203 asks for a likelihood). Each finding says
//! where to jump to, so the app's Check panel and `briefsmith check --brief` list the same thing.

use std::sync::LazyLock;

use crate::model::{BriefMeta, ByteRange, JudgmentId, NoteType, Session, TagBody, TagId};

use super::cite::{self, Reference, Resolution};

const ESTIMATIVE_WORDS_TSV: &str = include_str!("../../assets/lexicon/estimative-words.tsv");

/// A prose field of the brief that the analyst writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BriefField {
    Summary,
    Background,
    Assessment,
    Recommendation,
}

impl BriefField {
    pub const ALL: [BriefField; 4] =
        [BriefField::Summary, BriefField::Background, BriefField::Assessment, BriefField::Recommendation];

    pub fn label(self) -> &'static str {
        match self {
            BriefField::Summary => "summary",
            BriefField::Background => "background",
            BriefField::Assessment => "assessment",
            BriefField::Recommendation => "recommendation",
        }
    }

    pub fn text(self, brief: &BriefMeta) -> &str {
        match self {
            BriefField::Summary => &brief.summary,
            BriefField::Background => &brief.background,
            BriefField::Assessment => &brief.assessment,
            BriefField::Recommendation => &brief.recommendation,
        }
    }
}

/// Where a finding is, for a "jump to" button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// A field of the brief, and the bytes of the field's text at issue when there are some.
    Field {
        field: BriefField,
        range: Option<ByteRange>,
    },
    /// A judgment, and the bytes of its text at issue when there are some.
    Judgment {
        judgment: JudgmentId,
        range: Option<ByteRange>,
    },
    Tag(TagId),
}

/// A piece of the analyst's prose, before the bytes at issue are known.
#[derive(Clone, Copy)]
enum Place {
    Field(BriefField),
    Judgment(JudgmentId),
}

impl Place {
    fn at(self, range: Option<ByteRange>) -> Location {
        match self {
            Place::Field(field) => Location::Field { field, range },
            Place::Judgment(judgment) => Location::Judgment { judgment, range },
        }
    }
}

/// Whether a finding makes the brief wrong or is advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The exported brief would be wrong (a citation that cannot be given). `check --brief` exits 1.
    Problem,
    /// Worth a look before sending. `check --brief` exits 0.
    Advice,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A required section is empty (the summary / bottom line; the assessment of an INTSUM; the
    /// recommendation of a note for decision).
    EmptySection,
    JudgmentWithoutEvidence,
    /// Every supporting tag comes from one source.
    SingleSourceJudgment,
    QuoteWithoutSpeaker,
    /// `[@T12]` or `[@J3]` for a tag or judgment that no longer exists.
    CitationToDeleted(Reference),
    /// A tag cited in prose or as a judgment's evidence whose passage is no longer in the text.
    OrphanCited(TagId),
    /// A vague estimative word, with the ICD 203 wording to use instead.
    VagueWording {
        words: String,
        advice: String,
    },
}

impl FindingKind {
    pub fn level(&self) -> Level {
        match self {
            FindingKind::CitationToDeleted(_) | FindingKind::OrphanCited(_) => Level::Problem,
            _ => Level::Advice,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub location: Location,
    /// One line for a person: what is wrong and where.
    pub message: String,
}

impl Finding {
    pub fn level(&self) -> Level {
        self.kind.level()
    }
}

/// One line of the lexicon: phrases and what to write instead.
struct Vague {
    phrases: Vec<Vec<String>>,
    advice: String,
}

static VAGUE: LazyLock<Vec<Vague>> = LazyLock::new(|| parse_lexicon(ESTIMATIVE_WORDS_TSV));

fn parse_lexicon(tsv: &str) -> Vec<Vague> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let (phrases, advice) = line.split_once('\t')?;
            let phrases: Vec<Vec<String>> = phrases
                .split(';')
                .map(|p| words(p).into_iter().map(|(_, w)| w).collect::<Vec<String>>())
                .filter(|p: &Vec<String>| !p.is_empty())
                .collect();
            (!phrases.is_empty() && !advice.trim().is_empty())
                .then(|| Vague { phrases, advice: advice.trim().to_owned() })
        })
        .collect()
}

/// The words of a text, lower-cased, with their byte ranges (apostrophes stay inside words).
fn words(text: &str) -> Vec<(ByteRange, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((ByteRange::between(s, i), text.get(s..i).unwrap_or_default().to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Vague estimative phrases in `text`: the matched words, their bytes and the advice. The longest
/// phrase wins where several match at one word.
pub fn vague_wording(text: &str) -> Vec<(String, ByteRange, &'static str)> {
    let words = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = VAGUE
            .iter()
            .flat_map(|v| v.phrases.iter().map(move |p| (p, v.advice.as_str())))
            .filter(|(p, _)| words.get(i..i + p.len()).is_some_and(|w| w.iter().map(|(_, s)| s).eq(p.iter())))
            .max_by_key(|(p, _)| p.len());
        match best {
            Some((phrase, advice)) => {
                let range = ByteRange::between(words[i].0.start(), words[i + phrase.len() - 1].0.end());
                out.push((range.slice(text).unwrap_or_default().to_owned(), range, advice));
                i += phrase.len();
            }
            None => i += 1,
        }
    }
    out
}

fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    format!("{}…", s.chars().take(max_chars).collect::<String>())
}

/// Every finding for the session's brief with its current template, problems first, then in the
/// order of the brief.
pub fn check(session: &Session) -> Vec<Finding> {
    let mut findings = Vec::new();
    let brief = &session.brief;
    let required = [
        (BriefField::Summary, true, "the summary (the bottom line) is empty"),
        (BriefField::Assessment, session.template == "intsum", "the assessment is empty (INTSUM)"),
        (
            BriefField::Recommendation,
            brief.note_type == NoteType::ForDecision,
            "the recommendation is empty (a note for decision)",
        ),
    ];
    for (field, needed, message) in required {
        if needed && field.text(brief).trim().is_empty() {
            findings.push(Finding {
                kind: FindingKind::EmptySection,
                location: Location::Field { field, range: None },
                message: message.to_owned(),
            });
        }
    }

    // Prose: citations and wording, in each field and each judgment's text.
    let mut prose: Vec<(String, &str, Place)> = Vec::new();
    for field in BriefField::ALL {
        prose.push((field.label().to_owned(), field.text(brief), Place::Field(field)));
    }
    for (i, j) in session.judgments.iter().enumerate() {
        prose.push((format!("key judgment KJ{}", i + 1), &j.text, Place::Judgment(j.id)));
    }
    let mut cited_orphans: Vec<TagId> = Vec::new();
    for (name, text, at) in &prose {
        for found in cite::find(text) {
            let range = Some(ByteRange::between(found.start_byte, found.end_byte));
            match cite::resolve(session, found.reference) {
                Resolution::Cite(_) => {}
                Resolution::Deleted => findings.push(Finding {
                    kind: FindingKind::CitationToDeleted(found.reference),
                    location: at.at(range),
                    message: format!(
                        "the {name} cites {}, which was deleted; it prints as {}",
                        found.reference,
                        if matches!(found.reference, Reference::Tag(_)) { "[¶?]" } else { "[KJ?]" }
                    ),
                }),
                Resolution::Orphaned => {
                    if let Reference::Tag(tag) = found.reference {
                        cited_orphans.push(tag);
                        findings.push(Finding {
                            kind: FindingKind::OrphanCited(tag),
                            location: at.at(range),
                            message: format!(
                                "the {name} cites {}, whose passage is no longer in the article; it prints as [¶?]",
                                found.reference
                            ),
                        });
                    }
                }
            }
        }
        for (words, range, advice) in vague_wording(text) {
            findings.push(Finding {
                kind: FindingKind::VagueWording { words: words.clone(), advice: advice.to_owned() },
                location: at.at(Some(range)),
                message: format!("the {name} says \"{words}\": {advice}"),
            });
        }
    }

    for (i, j) in session.judgments.iter().enumerate() {
        let label =
            format!("key judgment KJ{} (\"{}\")", i + 1, shorten(&cite::render(session, &j.text), 50));
        let location = Location::Judgment { judgment: j.id, range: None };
        if j.supporting.is_empty() {
            findings.push(Finding {
                kind: FindingKind::JudgmentWithoutEvidence,
                location,
                message: format!("{label} has no supporting evidence"),
            });
        } else {
            let mut sources: Vec<_> =
                j.supporting.iter().filter_map(|t| session.tag(*t)).map(|t| t.source).collect();
            sources.sort();
            sources.dedup();
            if let [only] = sources.as_slice() {
                let source = session.source(*only).map_or("?", |s| s.label.as_str());
                findings.push(Finding {
                    kind: FindingKind::SingleSourceJudgment,
                    location,
                    message: format!("{label} rests on a single source ({source})"),
                });
            }
        }
        for tag in j.evidence() {
            if session.tag(tag).is_some_and(|t| t.is_orphan()) && !cited_orphans.contains(&tag) {
                findings.push(Finding {
                    kind: FindingKind::OrphanCited(tag),
                    location: Location::Tag(tag),
                    message: format!(
                        "{label} cites tag {} as evidence, whose passage is no longer in the article",
                        tag.0
                    ),
                });
            }
        }
    }

    let mut quotes: Vec<&crate::model::Tag> =
        session.tags.iter().filter(|t| matches!(t.body, TagBody::Quote { speaker: None })).collect();
    session.sort_in_reading_order(&mut quotes);
    for tag in quotes {
        let cite = super::context::citation(session, tag, session.sources.len() > 1);
        findings.push(Finding {
            kind: FindingKind::QuoteWithoutSpeaker,
            location: Location::Tag(tag.id),
            message: format!(
                "the quote \"{}\" [{cite}] (tag {}) has no speaker",
                shorten(tag.text(), 50),
                tag.id.0
            ),
        });
    }
    findings.sort_by_key(Finding::level);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, AnchorStatus, Confidence, Likelihood, SourceMeta, Speaker, apply};

    #[test]
    fn every_lexicon_line_parses() {
        let lines =
            ESTIMATIVE_WORDS_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
        assert_eq!(VAGUE.len(), lines);
        assert!(VAGUE.iter().all(|v| v.advice.contains('%')), "every line names a range");
    }

    #[test]
    fn vague_words_are_found_as_whole_words_longest_phrase_first() {
        let found: Vec<String> = vague_wording(
            "It is feared that strikes could resume; Couldn't? Possibly. Perhaps 世界 mightily.",
        )
        .into_iter()
        .map(|(w, _, _)| w)
        .collect();
        assert_eq!(found, ["It is feared that", "could", "Possibly", "Perhaps"]);
        let (_, range, advice) = vague_wording("Ships might return.").remove(0);
        assert_eq!(range.slice("Ships might return."), Some("might"));
        assert!(advice.contains("roughly even chance"));
        assert!(vague_wording("Strikes are likely to resume.").is_empty());
    }

    /// A made-up article with two sources' worth of tags.
    fn session() -> (Session, TagId, TagId, TagId) {
        let mut s = Session::new();
        let a = apply(
            &mut s,
            Action::AddSource {
                meta: SourceMeta::default(),
                text: "Ships cut a cable. “We will respond,” he said.".into(),
            },
        )
        .unwrap()
        .sources[0];
        let b = apply(
            &mut s,
            Action::AddSource { meta: SourceMeta::default(), text: "A second cable failed.".into() },
        )
        .unwrap()
        .sources[0];
        let mut tag = |src, needle: &str, body| {
            let range = s.occurrences(src, needle)[0];
            apply(&mut s, Action::AddTag { source: src, range, body, note: String::new() }).unwrap().tags[0]
        };
        let cut = tag(a, "Ships cut a cable", TagBody::KeyPoint);
        let quote = tag(a, "We will respond,", TagBody::Quote { speaker: None });
        let second = tag(b, "A second cable failed", TagBody::KeyPoint);
        (s, cut, quote, second)
    }

    fn kinds(findings: &[Finding]) -> Vec<String> {
        findings.iter().map(|f| format!("{:?}", f.kind)).collect()
    }

    #[test]
    fn a_careful_brief_has_no_findings() {
        let (mut s, cut, quote, second) = session();
        apply(
            &mut s,
            Action::SetTagBody {
                tag: quote,
                body: TagBody::Quote { speaker: Some(Speaker::Text("an aide".into())) },
            },
        )
        .unwrap();
        apply(
            &mut s,
            Action::AddJudgment {
                text: "More cables are likely to be cut.".into(),
                likelihood: Likelihood::Likely,
                confidence: Confidence::Moderate,
                supporting: vec![cut, second],
                against: vec![],
            },
        )
        .unwrap();
        s.brief.summary = format!("Two cables failed [@T{}] [@T{}].", cut.0, second.0);
        assert_eq!(check(&s), []);
    }

    #[test]
    fn a_judgment_is_named_with_its_citations_rendered() {
        let (mut s, cut, _, _) = session();
        apply(
            &mut s,
            Action::AddJudgment {
                text: format!("Sabotage is likely [@T{}].", cut.0),
                likelihood: Likelihood::Likely,
                confidence: Confidence::Moderate,
                supporting: vec![cut],
                against: vec![],
            },
        )
        .unwrap();
        let single = check(&s).into_iter().find(|f| f.kind == FindingKind::SingleSourceJudgment).unwrap();
        assert_eq!(
            single.message,
            "key judgment KJ1 (\"Sabotage is likely [S1 ¶1].\") rests on a single source (S1)"
        );
    }

    #[test]
    fn finds_each_kind_with_where_to_jump() {
        let (mut s, cut, quote, second) = session();
        let j = apply(
            &mut s,
            Action::AddJudgment {
                text: "Cuts might continue.".into(),
                likelihood: Likelihood::Likely,
                confidence: Confidence::Low,
                supporting: vec![cut],
                against: vec![],
            },
        )
        .unwrap()
        .judgments[0];
        let empty = apply(
            &mut s,
            Action::AddJudgment {
                text: "Nobody knows.".into(),
                likelihood: Likelihood::RoughlyEven,
                confidence: Confidence::Low,
                supporting: vec![],
                against: vec![second],
            },
        )
        .unwrap()
        .judgments[0];
        s.brief.background = format!("See [@T{}] and [@J{}] and [@T{}].", cut.0, 4242, second.0);
        apply(&mut s, Action::RemoveTag { tag: second }).unwrap();
        s.tags.iter_mut().find(|t| t.id == cut).unwrap().status = AnchorStatus::Orphan;
        let findings = check(&s);
        assert_eq!(
            kinds(&findings),
            [
                format!("OrphanCited(TagId({}))", cut.0),
                "CitationToDeleted(Judgment(JudgmentId(4242)))".to_owned(),
                format!("CitationToDeleted(Tag(TagId({})))", second.0),
                "EmptySection".to_owned(),
                "VagueWording { words: \"might\", advice: \"state how likely: unlikely (20–45 %), roughly even chance (45–55 %) or likely (55–80 %)\" }".to_owned(),
                "SingleSourceJudgment".to_owned(),
                "JudgmentWithoutEvidence".to_owned(),
                "QuoteWithoutSpeaker".to_owned(),
            ]
        );
        assert_eq!(findings[0].level(), Level::Problem);
        assert_eq!(findings[3].level(), Level::Advice);
        let bg = &s.brief.background;
        match findings[0].location {
            Location::Field { field: BriefField::Background, range: Some(r) } => {
                assert_eq!(r.slice(bg), Some(format!("[@T{}]", cut.0).as_str()))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            findings[4].location,
            Location::Judgment { judgment: j, range: Some(ByteRange::between(5, 10)) }
        );
        assert_eq!(findings[6].location, Location::Judgment { judgment: empty, range: None });
        assert_eq!(findings[7].location, Location::Tag(quote));
        assert!(findings[1].message.contains("[@J4242], which was deleted"), "{}", findings[1].message);
    }
}
