//! A source: one article with its metadata and its normalised text, split into paragraphs.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::span::ByteRange;
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
}
