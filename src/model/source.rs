//! A source: one article with its metadata and its normalised text, split into paragraphs.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::span::ByteRange;
use super::tag::TagId;
use super::text;
use super::vocab::Reliability;

/// A stable identifier of a source within a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(pub u64);

/// What the analyst knows about where an article came from. Every field is optional text so that
/// partial metadata (a PDF with no author, a paste with no URL) is normal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceMeta {
    pub title: String,
    pub outlet: String,
    pub author: String,
    /// Publication date as the article gives it (ISO 8601 where known).
    pub published: String,
    pub url: String,
    pub file_name: String,
    /// When the article was loaded into Briefsmith (RFC 3339, UTC).
    pub retrieved: String,
    /// Admiralty source reliability, if the analyst graded it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
}

/// A version of a source's text that an update replaced: what the session remembers of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreviousVersion {
    /// The SHA-256 of that version's text.
    pub content_hash: String,
    /// Its publication date as the article gave it, or empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub published: String,
    /// When it was loaded into Briefsmith (RFC 3339, UTC), or empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub retrieved: String,
    /// When it was replaced (RFC 3339, UTC).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub replaced: String,
}

impl PreviousVersion {
    /// The version's date: its publication date, else when it was loaded.
    pub fn date(&self) -> &str {
        if self.published.trim().is_empty() { &self.retrieved } else { &self.published }
    }
}

/// What the last update of a source changed, shown in the brief ("What changed") until the
/// analyst clears it. An edited paragraph counts as one removed and one added.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceChanges {
    /// Paragraph numbers (1-based) of the new text that the previous version did not have.
    pub added: Vec<usize>,
    /// The text of the previous version's paragraphs that the new text no longer has.
    pub removed: Vec<String>,
    /// Tags that the update orphaned (their passage is no longer in the text).
    pub orphaned: Vec<TagId>,
}

impl SourceChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.orphaned.is_empty()
    }

    /// Which paragraphs were added and removed between two versions of a text, compared as whole
    /// paragraphs (white space inside them collapsed). Orphans are filled in by the caller.
    pub fn between(old: &Source, new: &Source) -> Self {
        let key =
            |s: &Source, r: &ByteRange| text::collapse_whitespace(r.slice(s.text()).unwrap_or_default());
        let old_keys: Vec<String> = old.paragraphs().iter().map(|r| key(old, r)).collect();
        let new_keys: Vec<String> = new.paragraphs().iter().map(|r| key(new, r)).collect();
        // Compared as multisets, so that a paragraph repeated in the new text counts as added.
        let count = |keys: &[String]| {
            let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            for k in keys {
                *counts.entry(k.clone()).or_default() += 1;
            }
            counts
        };
        let (mut old_left, mut new_left) = (count(&old_keys), count(&new_keys));
        let take =
            |counts: &mut std::collections::HashMap<String, usize>, key: &str| match counts.get_mut(key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    true
                }
                _ => false,
            };
        let added = new_keys
            .iter()
            .enumerate()
            .filter(|(_, k)| !take(&mut old_left, k))
            .map(|(i, _)| i + 1)
            .collect();
        let removed = old_keys.iter().filter(|k| !take(&mut new_left, k)).cloned().collect();
        Self { added, removed, orphaned: Vec::new() }
    }
}

/// An article in a session. The text is normalised once (see [`text::normalize`]) and shared, so
/// copies of a session for undo cost little.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SourceRepr", into = "SourceRepr")]
pub struct Source {
    pub id: SourceId,
    /// Short label used in citations: S1, S2, …
    pub label: String,
    pub meta: SourceMeta,
    text: Arc<str>,
    paragraphs: Arc<[ByteRange]>,
    /// Counted once: the brief's Sources section shows it.
    words: usize,
    /// The SHA-256 of the text as recorded in the file; equals the text's hash unless the file was
    /// edited by hand.
    pub recorded_hash: String,
    /// Earlier versions of the text that updates replaced, oldest first.
    pub versions: Vec<PreviousVersion>,
    /// What the last update changed, until the analyst clears it.
    pub changes: Option<SourceChanges>,
}

impl Source {
    /// A source over `raw` text, which is normalised here.
    pub fn new(id: SourceId, label: impl Into<String>, meta: SourceMeta, raw: &str) -> Self {
        let normalised = text::normalize(raw);
        let hash = text::content_hash(&normalised);
        let paragraphs = text::paragraphs(&normalised).into();
        let words = normalised.split_whitespace().count();
        Self {
            id,
            label: label.into(),
            meta,
            words,
            text: normalised.into(),
            paragraphs,
            recorded_hash: hash,
            versions: Vec::new(),
            changes: None,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn shared_text(&self) -> Arc<str> {
        Arc::clone(&self.text)
    }

    /// Paragraph ranges, in order; paragraph N (1-based, as cited) is `paragraphs()[N - 1]`.
    pub fn paragraphs(&self) -> &[ByteRange] {
        &self.paragraphs
    }

    /// The 1-based paragraph number that contains `byte`.
    pub fn paragraph_number(&self, byte: usize) -> Option<usize> {
        text::paragraph_index(&self.paragraphs, byte).map(|i| i + 1)
    }

    pub fn content_hash(&self) -> String {
        text::content_hash(&self.text)
    }

    /// Replaces the text (normalising it) and updates paragraphs and hash. Tags are re-anchored by
    /// the caller.
    pub fn replace_text(&mut self, raw: &str) {
        let normalised = text::normalize(raw);
        self.recorded_hash = text::content_hash(&normalised);
        self.paragraphs = text::paragraphs(&normalised).into();
        self.words = normalised.split_whitespace().count();
        self.text = normalised.into();
    }

    /// A display name: the title, else the file name, else the label.
    pub fn display_name(&self) -> &str {
        [&self.meta.title, &self.meta.file_name]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .map_or(self.label.as_str(), |s| s.as_str())
    }

    /// Word count, for the sources list.
    pub fn word_count(&self) -> usize {
        self.words
    }
}

/// The on-disk form of a source: the text as an array of lines so that session files diff well.
#[derive(Serialize, Deserialize)]
struct SourceRepr {
    id: SourceId,
    label: String,
    #[serde(default)]
    meta: SourceMeta,
    #[serde(default)]
    content_hash: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    versions: Vec<PreviousVersion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    changes: Option<SourceChanges>,
    text_lines: Vec<String>,
}

impl From<SourceRepr> for Source {
    fn from(repr: SourceRepr) -> Self {
        // The text is stored normalised; it is taken as it is so that offsets stay exact. Validation
        // (in the store) reports text that is not normalised.
        let text: String = repr.text_lines.join("\n");
        let paragraphs = text::paragraphs(&text).into();
        Self {
            id: repr.id,
            label: repr.label,
            meta: repr.meta,
            words: text.split_whitespace().count(),
            text: text.into(),
            paragraphs,
            recorded_hash: repr.content_hash,
            versions: repr.versions,
            changes: repr.changes,
        }
    }
}

impl From<Source> for SourceRepr {
    fn from(source: Source) -> Self {
        Self {
            id: source.id,
            label: source.label,
            meta: source.meta,
            content_hash: source.recorded_hash,
            versions: source.versions,
            changes: source.changes,
            text_lines: source.text.split('\n').map(str::to_owned).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_normalises_and_numbers_paragraphs() {
        let src = Source::new(SourceId(1), "S1", SourceMeta::default(), "\u{feff}One.\r\nTwo 世界.\r\n");
        assert_eq!(src.text(), "One.\nTwo 世界.");
        assert_eq!(src.paragraphs().len(), 2);
        assert_eq!(src.paragraph_number(0), Some(1));
        assert_eq!(src.paragraph_number(6), Some(2));
        assert_eq!(src.recorded_hash, src.content_hash());
    }

    #[test]
    fn serialises_text_as_lines_and_round_trips() {
        let src = Source::new(SourceId(7), "S1", SourceMeta::default(), "a\n\nb 🙂");
        let json = serde_json::to_value(&src).unwrap();
        assert_eq!(json["text_lines"], serde_json::json!(["a", "", "b 🙂"]));
        let back: Source = serde_json::from_value(json).unwrap();
        assert_eq!(back, src);
    }

    #[test]
    fn changes_list_added_and_removed_paragraphs() {
        let old =
            Source::new(SourceId(1), "S1", SourceMeta::default(), "Intro.\n\nOld claim 世界.\n\nKept  line.");
        let new =
            Source::new(SourceId(1), "S1", SourceMeta::default(), "Intro.\n\nKept line.\n\nNew claim 🙂.");
        let changes = SourceChanges::between(&old, &new);
        assert_eq!(changes.added, [3]);
        assert_eq!(changes.removed, ["Old claim 世界."]);
        assert!(SourceChanges::between(&old, &old).is_empty());
        let twice = Source::new(SourceId(1), "S1", SourceMeta::default(), "Intro.\n\nIntro.");
        let once = Source::new(SourceId(1), "S1", SourceMeta::default(), "Intro.");
        assert_eq!(SourceChanges::between(&once, &twice).added, [2], "a repeated paragraph is added");
        assert_eq!(SourceChanges::between(&twice, &once).removed, ["Intro."]);
    }
}
