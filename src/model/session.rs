//! The session: everything an analyst builds (sources, tags, actors, the brief's metadata and the
//! chosen template). It is changed only through [`crate::model::action::apply`].

use serde::{Deserialize, Serialize};

use super::actor::{Actor, ActorId, name_key};
use super::anchor;
use super::judgment::{Judgment, JudgmentId};
use super::source::{Source, SourceId};
use super::span::{ByteRange, char_at, char_before};
use super::tag::{AnchorStatus, CustomKind, Speaker, Tag, TagBody, TagId};
use super::vocab::{NoteType, Tlp};

/// The format version this build writes. Files with a higher version are refused; older ones are
/// read and written back in this version on the next save.
///
/// - 1: sources, actors, tags, brief, custom kinds.
/// - 2: adds key judgments, tags' event dates, and sources' previous versions and changes. A
///   version 1 file is a valid version 2 file without them.
pub const FORMAT_VERSION: u32 = 2;
/// The `format` field of every session file.
pub const FORMAT_NAME: &str = "briefsmith-session";
/// The template a new session uses.
pub const DEFAULT_TEMPLATE: &str = "briefing-note";

/// The handling marking at the top of a brief: TLP 2.0, or a free classification line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "scheme", rename_all = "kebab-case")]
pub enum Handling {
    Tlp { level: Tlp },
    Classification { text: String },
}

impl Default for Handling {
    fn default() -> Self {
        Handling::Tlp { level: Tlp::Amber }
    }
}

impl Handling {
    /// The banner text: `TLP:AMBER`, or the classification line.
    pub fn banner(&self) -> String {
        match self {
            Handling::Tlp { level } => level.name().to_owned(),
            Handling::Classification { text } => text.clone(),
        }
    }
}

/// What the analyst writes about the brief itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BriefMeta {
    pub title: String,
    pub analyst: String,
    pub addressee: String,
    /// The date on the note, as the analyst writes it (ISO 8601 suggested).
    pub date: String,
    /// A tracking or reference number.
    pub reference: String,
    pub handling: Handling,
    pub note_type: NoteType,
    /// The analyst's summary; the bottom line in a BLUF.
    pub summary: String,
    pub background: String,
    /// The analyst's assessment (INTSUM).
    pub assessment: String,
    pub recommendation: String,
    /// Reporting period covered (INTSUM).
    pub period: String,
    /// Information cut-off (INTSUM).
    pub cutoff: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub brief: BriefMeta,
    #[serde(default = "default_template")]
    pub template: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_kinds: Vec<CustomKind>,
    /// Key judgments, in the order the brief lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub judgments: Vec<Judgment>,
    /// The next identifier to hand out; ids are unique across sources, actors, tags and judgments.
    #[serde(default)]
    pub next_id: u64,
}

fn default_template() -> String {
    DEFAULT_TEMPLATE.to_owned()
}

impl Default for Session {
    fn default() -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            brief: BriefMeta::default(),
            template: default_template(),
            sources: Vec::new(),
            actors: Vec::new(),
            tags: Vec::new(),
            custom_kinds: Vec::new(),
            judgments: Vec::new(),
            next_id: 1,
        }
    }
}

/// One problem found while validating a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `tag 12`, `source S1`, `actor 4`.
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// How each tag relates to its source's current text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnchorReport {
    pub anchored: Vec<TagId>,
    pub reanchored: Vec<TagId>,
    pub orphans: Vec<TagId>,
}

impl AnchorReport {
    /// Every tag the report accounts for: none is ever dropped.
    pub fn total(&self) -> usize {
        self.anchored.len() + self.reanchored.len() + self.orphans.len()
    }

    pub fn summary(&self) -> String {
        format!(
            "{} anchored, {} re-anchored, {} orphaned",
            self.anchored.len(),
            self.reanchored.len(),
            self.orphans.len()
        )
    }
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    /// Hands out a fresh identifier.
    pub fn allocate_id(&mut self) -> u64 {
        let id = self.next_id.max(1);
        self.next_id = id + 1;
        id
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn source_mut(&mut self, id: SourceId) -> Option<&mut Source> {
        self.sources.iter_mut().find(|s| s.id == id)
    }

    pub fn tag(&self, id: TagId) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    pub fn tag_mut(&mut self, id: TagId) -> Option<&mut Tag> {
        self.tags.iter_mut().find(|t| t.id == id)
    }

    pub fn judgment(&self, id: JudgmentId) -> Option<&Judgment> {
        self.judgments.iter().find(|j| j.id == id)
    }

    pub fn judgment_mut(&mut self, id: JudgmentId) -> Option<&mut Judgment> {
        self.judgments.iter_mut().find(|j| j.id == id)
    }

    /// The judgments that cite `tag` as evidence (for or against).
    pub fn judgments_citing(&self, tag: TagId) -> Vec<&Judgment> {
        self.judgments.iter().filter(|j| j.role_of(tag).is_some()).collect()
    }

    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn actor_mut(&mut self, id: ActorId) -> Option<&mut Actor> {
        self.actors.iter_mut().find(|a| a.id == id)
    }

    /// The actor whose name or alias is `name` (loosely compared), preferring a name match.
    pub fn find_actor(&self, name: &str) -> Option<&Actor> {
        let key = name_key(name);
        if key.is_empty() {
            return None;
        }
        self.actors
            .iter()
            .find(|a| name_key(&a.name) == key)
            .or_else(|| self.actors.iter().find(|a| a.answers_to(name)))
    }

    /// The tags that mention `actor`, in reading order.
    pub fn mentions(&self, actor: ActorId) -> Vec<&Tag> {
        let mut tags: Vec<&Tag> = self
            .tags
            .iter()
            .filter(|t| matches!(t.body, TagBody::Actor { actor: a } if a == actor))
            .collect();
        self.sort_in_reading_order(&mut tags);
        tags
    }

    /// Sorts tags by source order, then position.
    pub fn sort_in_reading_order(&self, tags: &mut [&Tag]) {
        let order = |id: SourceId| self.sources.iter().position(|s| s.id == id).unwrap_or(usize::MAX);
        tags.sort_by_key(|t| (order(t.source), t.span.range.start(), t.span.range.end(), t.id));
    }

    /// The next free source label: S1, S2, …
    pub fn next_source_label(&self) -> String {
        let mut n = 1;
        while self.sources.iter().any(|s| s.label == format!("S{n}")) {
            n += 1;
        }
        format!("S{n}")
    }

    /// The name a speaker should be shown with.
    pub fn speaker_name(&self, speaker: &Speaker) -> String {
        match speaker {
            Speaker::Actor(id) => {
                self.actor(*id).map_or_else(|| format!("actor {}", id.0), |a| a.name.clone())
            }
            Speaker::Text(text) => text.clone(),
        }
    }

    /// The paragraph number (1-based) where a tag starts, if its source exists.
    pub fn paragraph_of(&self, tag: &Tag) -> Option<usize> {
        self.source(tag.source)?.paragraph_number(tag.span.range.start())
    }

    /// Checks every tag against its source's text, re-anchoring those whose text moved and marking
    /// those that cannot be found as orphans. Nothing is dropped.
    pub fn reanchor_all(&mut self) -> AnchorReport {
        let mut report = AnchorReport::default();
        let texts: Vec<(SourceId, std::sync::Arc<str>)> =
            self.sources.iter().map(|s| (s.id, s.shared_text())).collect();
        for tag in &mut self.tags {
            let Some((_, text)) = texts.iter().find(|(id, _)| *id == tag.source) else {
                continue;
            };
            let found = anchor::anchor(text, tag.span.range, &tag.span.quote);
            match found.status {
                // A tag moved earlier stays marked as re-anchored until the analyst reviews it.
                AnchorStatus::Anchored if tag.status == AnchorStatus::Reanchored => {
                    report.reanchored.push(tag.id)
                }
                AnchorStatus::Anchored => {
                    tag.status = AnchorStatus::Anchored;
                    report.anchored.push(tag.id);
                }
                AnchorStatus::Reanchored => {
                    report.reanchored.push(tag.id);
                    tag.status = AnchorStatus::Reanchored;
                    tag.span = super::span::Span::capture(text, found.range);
                }
                AnchorStatus::Orphan => {
                    report.orphans.push(tag.id);
                    tag.status = AnchorStatus::Orphan;
                    // Keep the selector (the only record of what was tagged); park the range.
                    tag.span.range = found.range;
                }
            }
        }
        report
    }

    /// The current anchoring of every tag, without changing anything.
    pub fn anchor_report(&self) -> AnchorReport {
        let mut copy = self.clone();
        copy.reanchor_all()
    }

    /// Every structural problem: ids, references, ranges, labels. Anchoring (whether a range still
    /// holds its exact text) is reported separately by [`Session::anchor_report`].
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut push = |at: String, message: String| problems.push(Problem { at, message });
        if self.format != FORMAT_NAME {
            push("file".into(), format!("format is '{}', expected '{FORMAT_NAME}'", self.format));
        }
        let mut ids = std::collections::HashSet::new();
        let mut max_id = 0;
        let mut labels = std::collections::HashSet::new();
        for source in &self.sources {
            let at = format!("source {}", source.label);
            if !ids.insert(source.id.0) {
                push(at.clone(), format!("id {} is used twice", source.id.0));
            }
            max_id = max_id.max(source.id.0);
            if !labels.insert(source.label.as_str()) {
                push(at.clone(), "label is used by two sources".into());
            }
            if super::text::normalize(source.text()) != source.text() {
                push(
                    at.clone(),
                    "text is not normalised (stray carriage returns, control characters or trailing spaces)"
                        .into(),
                );
            }
        }
        for actor in &self.actors {
            let at = format!("actor {} ({})", actor.id.0, actor.name);
            if !ids.insert(actor.id.0) {
                push(at.clone(), format!("id {} is used twice", actor.id.0));
            }
            max_id = max_id.max(actor.id.0);
            if actor.name.trim().is_empty() {
                push(at, "has an empty name".into());
            }
        }
        for tag in &self.tags {
            let at = format!("tag {}", tag.id.0);
            if !ids.insert(tag.id.0) {
                push(at.clone(), format!("id {} is used twice", tag.id.0));
            }
            max_id = max_id.max(tag.id.0);
            match self.source(tag.source) {
                None => push(at.clone(), format!("points at source {}, which does not exist", tag.source.0)),
                Some(source) => {
                    if let Err(e) = tag.span.range.validate(source.text()) {
                        push(at.clone(), format!("{e} of source {}", source.label));
                    }
                }
            }
            match &tag.body {
                TagBody::Actor { actor } if self.actor(*actor).is_none() => {
                    push(at.clone(), format!("mentions actor {}, which does not exist", actor.0));
                }
                TagBody::Quote { speaker: Some(Speaker::Actor(actor)) } if self.actor(*actor).is_none() => {
                    push(at.clone(), format!("names speaker actor {}, which does not exist", actor.0));
                }
                TagBody::Custom { name } if !self.custom_kinds.iter().any(|k| &k.name == name) => {
                    push(at.clone(), format!("has kind '{name}', which is not defined in custom_kinds"));
                }
                _ => {}
            }
        }
        for judgment in &self.judgments {
            let at = format!("judgment {}", judgment.id.0);
            if !ids.insert(judgment.id.0) {
                push(at.clone(), format!("id {} is used twice", judgment.id.0));
            }
            max_id = max_id.max(judgment.id.0);
            let mut seen = std::collections::HashSet::new();
            for tag in judgment.evidence() {
                if self.tag(tag).is_none() {
                    push(at.clone(), format!("cites tag {}, which does not exist", tag.0));
                }
                if !seen.insert(tag) {
                    push(at.clone(), format!("lists tag {} twice as evidence", tag.0));
                }
            }
        }
        for source in &self.sources {
            for tag in source.changes.iter().flat_map(|c| &c.orphaned) {
                if self.tag(*tag).is_none() {
                    push(
                        format!("source {}", source.label),
                        format!("lists tag {} as orphaned, which does not exist", tag.0),
                    );
                }
            }
        }
        for kind in &self.custom_kinds {
            if kind.rgb().is_none() {
                push(
                    format!("custom kind '{}'", kind.name),
                    format!("colour '{}' is not #rrggbb", kind.colour),
                );
            }
        }
        if self.next_id != 0 && self.next_id <= max_id {
            push("file".into(), format!("next_id {} is not above the largest id {max_id}", self.next_id));
        }
        problems
    }

    /// Makes `next_id` safe after loading a file that omitted it.
    pub fn repair_next_id(&mut self) {
        let max_id = self
            .sources
            .iter()
            .map(|s| s.id.0)
            .chain(self.actors.iter().map(|a| a.id.0))
            .chain(self.tags.iter().map(|t| t.id.0))
            .chain(self.judgments.iter().map(|j| j.id.0))
            .max()
            .unwrap_or(0);
        if self.next_id <= max_id {
            self.next_id = max_id + 1;
        }
    }

    /// Where each occurrence of `needle` lies in a source, for tagging by text.
    pub fn occurrences(&self, source: SourceId, needle: &str) -> Vec<ByteRange> {
        let Some(src) = self.source(source) else { return Vec::new() };
        if needle.is_empty() {
            return Vec::new();
        }
        let text = src.text();
        // "Russia" should not match inside "Russian": a passage that begins or ends with a letter
        // or digit must begin or end on a word boundary.
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let check_start = word(needle.chars().next());
        let check_end = word(needle.chars().next_back());
        text.match_indices(needle)
            .map(|(start, m)| ByteRange::with_len(start, m.len()))
            .filter(|r| !(check_start && word(char_before(text, r.start()))))
            .filter(|r| !(check_end && word(char_at(text, r.end()))))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::source::SourceMeta;
    use crate::model::span::Span;
    use crate::model::vocab::ActorKind;

    fn session_with_text(text: &str) -> Session {
        let mut s = Session::new();
        let id = SourceId(s.allocate_id());
        s.sources.push(Source::new(id, "S1", SourceMeta::default(), text));
        s
    }

    fn push_tag(s: &mut Session, needle: &str, body: TagBody) -> TagId {
        let src = s.sources[0].clone();
        let start = src.text().find(needle).unwrap();
        let range = ByteRange::with_len(start, needle.len());
        let id = TagId(s.allocate_id());
        s.tags.push(Tag {
            id,
            source: src.id,
            span: Span::capture(src.text(), range),
            body,
            note: String::new(),
            credibility: None,
            status: AnchorStatus::Anchored,
            event_date: None,
        });
        id
    }

    #[test]
    fn a_consistent_session_has_no_problems() {
        let mut s = session_with_text("Kim Jong Un met 世界 leaders.");
        let actor = ActorId(s.allocate_id());
        s.actors.push(Actor::new(actor, "Kim Jong Un", ActorKind::Person));
        push_tag(&mut s, "Kim Jong Un", TagBody::Actor { actor });
        assert_eq!(s.validate(), []);
    }

    #[test]
    fn validation_reports_dangling_references_and_bad_ranges() {
        let mut s = session_with_text("世界 text");
        let tag = push_tag(&mut s, "text", TagBody::Actor { actor: ActorId(99) });
        s.tag_mut(tag).unwrap().span.range = ByteRange::new(1, 3).unwrap();
        let tag2 = push_tag(&mut s, "text", TagBody::KeyPoint);
        s.tag_mut(tag2).unwrap().span.range = ByteRange::new(0, 500).unwrap();
        let messages: Vec<String> = s.validate().iter().map(|p| p.to_string()).collect();
        assert!(messages.iter().any(|m| m.contains("actor 99, which does not exist")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("character boundaries")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("runs past the end")), "{messages:?}");
    }

    #[test]
    fn reanchor_all_reports_each_outcome_and_drops_nothing() {
        let mut s = session_with_text("Alpha launched. Bravo warned. Charlie left.");
        let a = push_tag(&mut s, "Alpha launched", TagBody::KeyPoint);
        let b = push_tag(&mut s, "Bravo warned", TagBody::KeyPoint);
        let c = push_tag(&mut s, "Charlie left", TagBody::KeyPoint);
        s.sources[0].replace_text("Alpha launched. Something new. Bravo warned.");
        let report = s.reanchor_all();
        assert_eq!(report.anchored, [a]);
        assert_eq!(report.reanchored, [b]);
        assert_eq!(report.orphans, [c]);
        assert_eq!(s.tags.len(), 3);
        assert!(s.tag(c).unwrap().is_orphan());
        assert_eq!(s.tag(c).unwrap().text(), "Charlie left");
        assert_eq!(s.validate(), []);
    }

    #[test]
    fn occurrences_respect_word_boundaries() {
        let s = session_with_text("Russia and the Russian navy; Russia's fleet, 世界Russia.");
        let src = s.sources[0].id;
        let found: Vec<usize> = s.occurrences(src, "Russia").iter().map(ByteRange::start).collect();
        assert_eq!(found, [0, 29]);
        assert_eq!(s.occurrences(src, "ussia").len(), 0);
        assert_eq!(s.occurrences(src, " and ").len(), 1);
        assert!(s.occurrences(src, "").is_empty());
    }

    #[test]
    fn find_actor_matches_names_then_aliases_loosely() {
        let mut s = Session::new();
        let mut nk = Actor::new(ActorId(1), "North Korea", ActorKind::State);
        nk.add_alias("Pyongyang");
        s.actors.push(nk);
        s.actors.push(Actor::new(ActorId(2), "United States", ActorKind::State));
        assert_eq!(s.find_actor("pyongyang's").map(|a| a.id), Some(ActorId(1)));
        assert_eq!(s.find_actor("the United States").map(|a| a.id), Some(ActorId(2)));
        assert!(s.find_actor("Seoul").is_none());
        assert!(s.find_actor("").is_none());
    }
}
