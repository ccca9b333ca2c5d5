//! Tags: a span of a source marked as an actor mention, a threat, a quote, a key point or a kind of
//! the analyst's own, with the attributes that kind carries.

use serde::{Deserialize, Serialize};

use super::actor::ActorId;
use super::source::SourceId;
use super::span::Span;
use super::timeline::EventDate;
use super::vocab::{Credibility, Likelihood, Severity, ThreatCategory};

/// A stable identifier of a tag within a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TagId(pub u64);

/// Who said a quote: an actor of the registry, or free text ("a senior official").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    Actor(ActorId),
    Text(String),
}

/// The kind of a tag together with the attributes that kind carries, so that a quote cannot have a
/// severity and a threat cannot have a speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TagBody {
    /// A mention of an actor of the registry.
    Actor {
        actor: ActorId,
    },
    Threat {
        #[serde(default)]
        category: ThreatCategory,
        #[serde(default)]
        severity: Severity,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        likelihood: Option<Likelihood>,
    },
    Quote {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<Speaker>,
    },
    KeyPoint,
    /// A kind the analyst defined (see `Session::custom_kinds`), by name.
    Custom {
        name: String,
    },
}

/// The four built-in kinds plus custom ones, without attributes: what a toolbar or shortcut picks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TagKind {
    Actor,
    Threat,
    Quote,
    KeyPoint,
    Custom(String),
}

impl TagKind {
    pub const BUILT_IN: [TagKind; 4] = [TagKind::Actor, TagKind::Threat, TagKind::Quote, TagKind::KeyPoint];

    pub fn label(&self) -> &str {
        match self {
            TagKind::Actor => "Actor",
            TagKind::Threat => "Threat",
            TagKind::Quote => "Quote",
            TagKind::KeyPoint => "Key point",
            TagKind::Custom(name) => name,
        }
    }

    /// Parses `actor`, `threat`, `quote`, `key-point` (also `keypoint`, `key point`).
    pub fn parse_built_in(s: &str) -> Option<TagKind> {
        match s.trim().to_ascii_lowercase().replace([' ', '_'], "-").as_str() {
            "actor" => Some(TagKind::Actor),
            "threat" => Some(TagKind::Threat),
            "quote" => Some(TagKind::Quote),
            "key-point" | "keypoint" => Some(TagKind::KeyPoint),
            _ => None,
        }
    }
}

impl TagBody {
    pub fn kind(&self) -> TagKind {
        match self {
            TagBody::Actor { .. } => TagKind::Actor,
            TagBody::Threat { .. } => TagKind::Threat,
            TagBody::Quote { .. } => TagKind::Quote,
            TagBody::KeyPoint => TagKind::KeyPoint,
            TagBody::Custom { name } => TagKind::Custom(name.clone()),
        }
    }

    /// A default threat: moderate, category other, likelihood unset.
    pub fn default_threat() -> Self {
        TagBody::Threat { category: ThreatCategory::Other, severity: Severity::Moderate, likelihood: None }
    }
}

/// Whether a tag's span was found in the current text of its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorStatus {
    /// The range holds the exact text it was made on.
    #[default]
    Anchored,
    /// The text changed and the span was found again elsewhere (or slightly altered).
    Reanchored,
    /// The span could not be found; the tag is kept with its quote selector and reported.
    Orphan,
}

impl AnchorStatus {
    pub fn is_anchored(&self) -> bool {
        matches!(self, AnchorStatus::Anchored)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub source: SourceId,
    pub span: Span,
    #[serde(flatten)]
    pub body: TagBody,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Admiralty information credibility (1–6), if graded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credibility: Option<Credibility>,
    #[serde(default, skip_serializing_if = "AnchorStatus::is_anchored")]
    pub status: AnchorStatus,
    /// When the event the passage reports happened (not when the article was published), if the
    /// analyst dated it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_date: Option<EventDate>,
}

impl Tag {
    pub fn kind(&self) -> TagKind {
        self.body.kind()
    }

    /// The tagged passage as it was captured (the selector's exact text).
    pub fn text(&self) -> &str {
        &self.span.quote.exact
    }

    pub fn is_orphan(&self) -> bool {
        self.status == AnchorStatus::Orphan
    }
}

/// A kind of tag the analyst defined, with its highlight colour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomKind {
    pub name: String,
    /// `#rrggbb`.
    pub colour: String,
}

impl CustomKind {
    /// Parses the `#rrggbb` colour.
    pub fn rgb(&self) -> Option<[u8; 3]> {
        parse_hex_colour(&self.colour)
    }
}

/// Parses `#rrggbb` into bytes.
pub fn parse_hex_colour(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::span::{ByteRange, TextQuoteSelector};

    #[test]
    fn tag_serialises_flat_with_kind_and_attributes() {
        let tag = Tag {
            id: TagId(3),
            source: SourceId(1),
            span: Span {
                range: ByteRange::new(0, 5).unwrap(),
                quote: TextQuoteSelector {
                    exact: "hello".into(),
                    prefix: String::new(),
                    suffix: " world".into(),
                },
            },
            body: TagBody::Quote { speaker: Some(Speaker::Text("a spokesman".into())) },
            note: String::new(),
            credibility: Some(Credibility::ProbablyTrue),
            status: AnchorStatus::Anchored,
            event_date: EventDate::parse("2024-11-16").ok(),
        };
        let json = serde_json::to_value(&tag).unwrap();
        assert_eq!(json["kind"], "quote");
        assert_eq!(json["speaker"], serde_json::json!({"text": "a spokesman"}));
        assert_eq!(json["credibility"], "2");
        assert!(json.get("status").is_none(), "anchored is the default and not written");
        assert!(json.get("note").is_none());
        assert_eq!(json["event_date"], "2024-11-16");
        let back: Tag = serde_json::from_value(json).unwrap();
        assert_eq!(back, tag);
    }

    #[test]
    fn threat_attributes_default_when_missing() {
        let json = serde_json::json!({
            "id": 1, "source": 1, "kind": "threat",
            "span": {"range": {"start": 0, "end": 1}, "quote": {"exact": "x"}}
        });
        let tag: Tag = serde_json::from_value(json).unwrap();
        assert_eq!(tag.body, TagBody::default_threat());
    }

    #[test]
    fn kinds_parse_and_colours_parse() {
        assert_eq!(TagKind::parse_built_in("Key point"), Some(TagKind::KeyPoint));
        assert_eq!(TagKind::parse_built_in("key-point"), Some(TagKind::KeyPoint));
        assert_eq!(TagKind::parse_built_in("weapon"), None);
        assert_eq!(parse_hex_colour("#ff8000"), Some([255, 128, 0]));
        assert_eq!(parse_hex_colour("ff8000"), None);
        assert_eq!(parse_hex_colour("#ff80"), None);
    }
}
