//! Every change to a session is an [`Action`], applied by the one reducer, [`apply`]. The desktop
//! app, the command line and the suggestion review all go through it, and undo/redo
//! ([`crate::model::history`]) wraps it.

use super::actor::ActorId;
use super::judgment::{EvidenceRole, JudgmentId};
use super::session::{AnchorReport, BriefMeta, Session};
use super::source::{SourceId, SourceMeta};
use super::span::{ByteRange, RangeError};
use super::tag::{TagBody, TagId};
use super::timeline::EventDate;
use super::vocab::{ActorKind, Confidence, Credibility, Likelihood};

/// Which actor a new mention refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActorRef {
    Existing(ActorId),
    /// The actor with this name or alias if there is one, else a new actor of this kind.
    ByName {
        name: String,
        kind: ActorKind,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds an article; `text` is normalised on the way in.
    AddSource {
        meta: SourceMeta,
        text: String,
    },
    /// Removes a source and every tag on it.
    RemoveSource {
        source: SourceId,
    },
    SetSourceMeta {
        source: SourceId,
        meta: SourceMeta,
    },
    /// Replaces a source's text with an updated version of the article: the previous version's
    /// hash and dates are kept, every tag re-anchors (kept, moved or orphaned, never dropped) and
    /// what changed is recorded for the brief until cleared. See [`crate::model::update`].
    ReplaceSourceText {
        source: SourceId,
        text: String,
        /// The new version's publication date, or empty to keep the source's.
        published: String,
        /// When the new version was loaded (RFC 3339), or empty for now.
        retrieved: String,
    },
    /// Clears the "What changed" record of one source, or of every source.
    ClearChanges {
        source: Option<SourceId>,
    },

    /// Tags a passage. A quote's free-text speaker that names a registry actor is linked to it.
    AddTag {
        source: SourceId,
        range: ByteRange,
        body: TagBody,
        note: String,
    },
    /// Tags a passage as a mention of an actor, creating the actor or adding an alias as needed.
    TagActor {
        source: SourceId,
        range: ByteRange,
        actor: ActorRef,
    },
    RemoveTag {
        tag: TagId,
    },
    SetTagBody {
        tag: TagId,
        body: TagBody,
    },
    SetTagNote {
        tag: TagId,
        note: String,
    },
    SetTagCredibility {
        tag: TagId,
        credibility: Option<Credibility>,
    },
    /// Dates the event a tag reports, or removes the date.
    SetTagDate {
        tag: TagId,
        date: Option<EventDate>,
    },
    /// Accepts a re-anchored tag's new position.
    MarkTagReviewed {
        tag: TagId,
    },

    AddActor {
        name: String,
        kind: ActorKind,
    },
    /// Renames an actor; the old name stays as an alias.
    RenameActor {
        actor: ActorId,
        name: String,
    },
    SetActorKind {
        actor: ActorId,
        kind: ActorKind,
    },
    SetActorNote {
        actor: ActorId,
        note: String,
    },
    AddAlias {
        actor: ActorId,
        alias: String,
    },
    RemoveAlias {
        actor: ActorId,
        alias: String,
    },
    /// Moves every alias, mention and quote of `from` to `into`, then removes `from`.
    MergeActors {
        into: ActorId,
        from: ActorId,
    },
    /// Makes a new actor called `name` from some of an actor's aliases, with the mentions whose
    /// text is one of them.
    SplitActor {
        actor: ActorId,
        aliases: Vec<String>,
        name: String,
    },
    /// Removes an actor and its mention tags; quotes it spoke keep its name as free text.
    RemoveActor {
        actor: ActorId,
    },

    /// Adds a key judgment with its evidence.
    AddJudgment {
        text: String,
        likelihood: Likelihood,
        confidence: Confidence,
        supporting: Vec<TagId>,
        against: Vec<TagId>,
    },
    /// Rewrites a judgment's text, likelihood and confidence (its evidence stays).
    EditJudgment {
        judgment: JudgmentId,
        text: String,
        likelihood: Likelihood,
        confidence: Confidence,
    },
    RemoveJudgment {
        judgment: JudgmentId,
    },
    /// Links a tag to a judgment as supporting or contrary evidence, or unlinks it (`None`).
    LinkEvidence {
        judgment: JudgmentId,
        tag: TagId,
        role: Option<EvidenceRole>,
    },

    SetBrief(Box<BriefMeta>),
    SetTemplate(String),
    AddCustomKind {
        name: String,
        colour: String,
    },

    /// Several actions as one undo step; all or nothing.
    Batch {
        label: String,
        actions: Vec<Action>,
    },
}

/// What applying an action created or found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub sources: Vec<SourceId>,
    pub tags: Vec<TagId>,
    pub actors: Vec<ActorId>,
    pub judgments: Vec<JudgmentId>,
    pub anchor_report: Option<AnchorReport>,
}

impl Outcome {
    fn absorb(&mut self, other: Outcome) {
        self.sources.extend(other.sources);
        self.tags.extend(other.tags);
        self.actors.extend(other.actors);
        self.judgments.extend(other.judgments);
        if let Some(report) = other.anchor_report {
            let mine = self.anchor_report.get_or_insert_with(AnchorReport::default);
            mine.anchored.extend(report.anchored);
            mine.reanchored.extend(report.reanchored);
            mine.orphans.extend(report.orphans);
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("there is no source {0}")]
    NoSuchSource(u64),
    #[error("there is no tag {0}")]
    NoSuchTag(u64),
    #[error("there is no actor {0}")]
    NoSuchActor(u64),
    #[error("{0}")]
    Range(#[from] RangeError),
    #[error("the passage is empty")]
    EmptyPassage,
    #[error("a name cannot be empty")]
    EmptyName,
    #[error("an actor cannot be merged into itself")]
    SelfMerge,
    #[error("'{0}' is already the name or an alias of {1}")]
    NameTaken(String, String),
    #[error("there is no tag kind '{0}'")]
    UnknownKind(String),
    #[error("a tag kind called '{0}' already exists")]
    KindExists(String),
    #[error("'{0}' is not a colour of the form #rrggbb")]
    BadColour(String),
    #[error("none of the aliases {0:?} belongs to the actor")]
    NothingToSplit(Vec<String>),
    #[error("the article text is empty")]
    EmptyText,
    #[error("there is no judgment {0}")]
    NoSuchJudgment(u64),
    #[error("a judgment needs some text")]
    EmptyJudgment,
    #[error("tag {0} cannot both support and cut against a judgment")]
    EvidenceBothWays(u64),
}

/// When consecutive actions may be folded into one undo step.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CoalesceKey {
    TagNote(TagId),
    ActorNote(ActorId),
    SourceMeta(SourceId),
    Judgment(JudgmentId),
    Brief,
}

impl Action {
    /// Words for the Undo/Redo menu: "Undo tag quote".
    pub fn label(&self) -> String {
        match self {
            Action::AddSource { .. } => "add source".into(),
            Action::RemoveSource { .. } => "remove source".into(),
            Action::SetSourceMeta { .. } => "edit source details".into(),
            Action::ReplaceSourceText { .. } => "update article text".into(),
            Action::ClearChanges { .. } => "clear what changed".into(),
            Action::SetTagDate { .. } => "date event".into(),
            Action::AddJudgment { .. } => "add judgment".into(),
            Action::EditJudgment { .. } => "edit judgment".into(),
            Action::RemoveJudgment { .. } => "delete judgment".into(),
            Action::LinkEvidence { role: Some(_), .. } => "link evidence".into(),
            Action::LinkEvidence { role: None, .. } => "unlink evidence".into(),
            Action::AddTag { body, .. } => format!("tag {}", body.kind().label().to_lowercase()),
            Action::TagActor { .. } => "tag actor".into(),
            Action::RemoveTag { .. } => "delete tag".into(),
            Action::SetTagBody { .. } => "edit tag".into(),
            Action::SetTagNote { .. } => "edit note".into(),
            Action::SetTagCredibility { .. } => "grade credibility".into(),
            Action::MarkTagReviewed { .. } => "accept new position".into(),
            Action::AddActor { .. } => "add actor".into(),
            Action::RenameActor { .. } => "rename actor".into(),
            Action::SetActorKind { .. } => "change actor kind".into(),
            Action::SetActorNote { .. } => "edit actor note".into(),
            Action::AddAlias { .. } => "add alias".into(),
            Action::RemoveAlias { .. } => "remove alias".into(),
            Action::MergeActors { .. } => "merge actors".into(),
            Action::SplitActor { .. } => "split actor".into(),
            Action::RemoveActor { .. } => "delete actor".into(),
            Action::SetBrief(_) => "edit brief details".into(),
            Action::SetTemplate(_) => "change template".into(),
            Action::AddCustomKind { .. } => "add tag kind".into(),
            Action::Batch { label, .. } => label.clone(),
        }
    }

    /// Actions that arrive in bursts (typing) and should undo as one step.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Action::SetTagNote { tag, .. } => Some(CoalesceKey::TagNote(*tag)),
            Action::SetActorNote { actor, .. } => Some(CoalesceKey::ActorNote(*actor)),
            Action::SetSourceMeta { source, .. } => Some(CoalesceKey::SourceMeta(*source)),
            Action::SetBrief(_) => Some(CoalesceKey::Brief),
            Action::EditJudgment { judgment, .. } => Some(CoalesceKey::Judgment(*judgment)),
            _ => None,
        }
    }
}

/// Applies one action. On error the session is unchanged.
pub fn apply(session: &mut Session, action: Action) -> Result<Outcome, ActionError> {
    match action {
        Action::Batch { actions, .. } => {
            let backup = session.clone();
            let mut outcome = Outcome::default();
            for action in actions {
                match apply(session, action) {
                    Ok(o) => outcome.absorb(o),
                    Err(e) => {
                        *session = backup;
                        return Err(e);
                    }
                }
            }
            Ok(outcome)
        }
        other => {
            let removes_tags = matches!(
                other,
                Action::RemoveTag { .. } | Action::RemoveSource { .. } | Action::RemoveActor { .. }
            );
            let outcome = apply_one(session, other)?;
            if removes_tags {
                forget_removed_tags(session);
            }
            Ok(outcome)
        }
    }
}

/// Unlinks tags that no longer exist from judgments and from the sources' change records, so
/// that no part of the session points at a removed tag. (Citations written in the analyst's prose
/// are text: the brief check reports those instead.)
fn forget_removed_tags(session: &mut Session) {
    let existing: std::collections::HashSet<TagId> = session.tags.iter().map(|t| t.id).collect();
    for judgment in &mut session.judgments {
        judgment.supporting.retain(|t| existing.contains(t));
        judgment.against.retain(|t| existing.contains(t));
    }
    for source in &mut session.sources {
        if let Some(changes) = &mut source.changes {
            changes.orphaned.retain(|t| existing.contains(t));
        }
    }
}

mod reduce;
use reduce::apply_one;

#[cfg(test)]
mod tests;
