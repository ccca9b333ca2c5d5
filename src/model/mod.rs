//! The document an analyst works on, with no knowledge of any user interface: sources and their
//! text, byte ranges with quote selectors, tags, the actor registry, the session, the actions that
//! change it, the one reducer that applies them, undo history and re-anchoring; key judgments and
//! the event dates of a timeline.

pub mod action;
pub mod actor;
pub mod anchor;
pub mod history;
pub mod judgment;
pub mod session;
pub mod source;
pub mod span;
pub mod tag;
pub mod text;
pub mod timeline;
pub mod update;
pub mod vocab;

pub use action::{Action, ActionError, ActorRef, Outcome, apply};
pub use actor::{Actor, ActorId};
pub use history::Editor;
pub use judgment::{EvidenceRole, Judgment, JudgmentId};
pub use session::{AnchorReport, BriefMeta, Handling, Session};
pub use source::{PreviousVersion, Source, SourceChanges, SourceId, SourceMeta};
pub use span::{ByteRange, CharOffset, Span, TextQuoteSelector};
pub use tag::{AnchorStatus, CustomKind, Speaker, Tag, TagBody, TagId, TagKind};
pub use timeline::EventDate;
pub use vocab::{
    ActorKind, Confidence, Credibility, Likelihood, NoteType, Reliability, Severity, ThreatCategory, Tlp,
    Vocabulary,
};
