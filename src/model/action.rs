//! Every change to a session is an [`Action`], applied by the one reducer, [`apply`]. The desktop
//! app, the command line and the suggestion review all go through it, and undo/redo
//! ([`crate::model::history`]) wraps it.

use super::actor::{Actor, ActorId, name_key};
use super::judgment::{EvidenceRole, JudgmentId};
use super::session::{AnchorReport, BriefMeta, Session};
use super::source::{Source, SourceId, SourceMeta};
use super::span::{ByteRange, RangeError, Span};
use super::tag::{AnchorStatus, CustomKind, Speaker, Tag, TagBody, TagId, parse_hex_colour};
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

fn source_text(session: &Session, source: SourceId) -> Result<std::sync::Arc<str>, ActionError> {
    session.source(source).map(Source::shared_text).ok_or(ActionError::NoSuchSource(source.0))
}

fn checked_span(session: &Session, source: SourceId, range: ByteRange) -> Result<Span, ActionError> {
    let text = source_text(session, source)?;
    range.validate(&text)?;
    if range.slice(&text).unwrap_or_default().trim().is_empty() {
        return Err(ActionError::EmptyPassage);
    }
    Ok(Span::capture(&text, range))
}

fn require_actor(session: &Session, actor: ActorId) -> Result<(), ActionError> {
    session.actor(actor).map(|_| ()).ok_or(ActionError::NoSuchActor(actor.0))
}

/// Checks references in a body and links a free-text speaker to the registry when it names an actor.
fn resolve_body(session: &Session, body: TagBody) -> Result<TagBody, ActionError> {
    match body {
        TagBody::Actor { actor } => {
            require_actor(session, actor)?;
            Ok(TagBody::Actor { actor })
        }
        TagBody::Quote { speaker: Some(Speaker::Actor(actor)) } => {
            require_actor(session, actor)?;
            Ok(TagBody::Quote { speaker: Some(Speaker::Actor(actor)) })
        }
        TagBody::Quote { speaker: Some(Speaker::Text(text)) } => {
            let text = text.trim().to_owned();
            let speaker = if text.is_empty() {
                None
            } else if let Some(actor) = session.find_actor(&text) {
                Some(Speaker::Actor(actor.id))
            } else {
                Some(Speaker::Text(text))
            };
            Ok(TagBody::Quote { speaker })
        }
        TagBody::Custom { name } => {
            if session.custom_kinds.iter().any(|k| k.name == name) {
                Ok(TagBody::Custom { name })
            } else {
                Err(ActionError::UnknownKind(name))
            }
        }
        other => Ok(other),
    }
}

fn tag_mut(session: &mut Session, tag: TagId) -> Result<&mut Tag, ActionError> {
    session.tag_mut(tag).ok_or(ActionError::NoSuchTag(tag.0))
}

fn actor_mut(session: &mut Session, actor: ActorId) -> Result<&mut Actor, ActionError> {
    session.actor_mut(actor).ok_or(ActionError::NoSuchActor(actor.0))
}

fn clean_name(name: &str) -> Result<String, ActionError> {
    let name = super::text::collapse_whitespace(name);
    if name.is_empty() { Err(ActionError::EmptyName) } else { Ok(name) }
}

fn apply_one(session: &mut Session, action: Action) -> Result<Outcome, ActionError> {
    let mut outcome = Outcome::default();
    match action {
        batch @ Action::Batch { .. } => return apply(session, batch),
        Action::AddSource { mut meta, text } => {
            let id = SourceId(session.allocate_id());
            if meta.retrieved.is_empty() {
                meta.retrieved = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
            }
            let label = session.next_source_label();
            let source = Source::new(id, label, meta, &text);
            if source.text().is_empty() {
                return Err(ActionError::EmptyText);
            }
            session.sources.push(source);
            outcome.sources.push(id);
        }
        Action::RemoveSource { source } => {
            source_text(session, source)?;
            session.sources.retain(|s| s.id != source);
            session.tags.retain(|t| t.source != source);
        }
        Action::SetSourceMeta { source, meta } => {
            session.source_mut(source).ok_or(ActionError::NoSuchSource(source.0))?.meta = meta;
        }
        Action::ReplaceSourceText { source, text, published, retrieved } => {
            outcome.anchor_report =
                Some(super::update::replace_text(session, source, &text, published, retrieved)?);
        }
        Action::ClearChanges { source } => super::update::clear_changes(session, source)?,
        Action::AddTag { source, range, body, note } => {
            let span = checked_span(session, source, range)?;
            let body = resolve_body(session, body)?;
            let id = TagId(session.allocate_id());
            session.tags.push(Tag {
                id,
                source,
                span,
                body,
                note,
                credibility: None,
                status: AnchorStatus::Anchored,
                event_date: None,
            });
            outcome.tags.push(id);
        }
        Action::TagActor { source, range, actor } => {
            let span = checked_span(session, source, range)?;
            let surface = span.quote.exact.clone();
            let actor_id = match actor {
                ActorRef::Existing(id) => {
                    require_actor(session, id)?;
                    id
                }
                ActorRef::ByName { name, kind } => {
                    let name = clean_name(&name)?;
                    match session.find_actor(&name) {
                        Some(existing) => existing.id,
                        None => {
                            let id = ActorId(session.allocate_id());
                            session.actors.push(Actor::new(id, name, kind));
                            outcome.actors.push(id);
                            id
                        }
                    }
                }
            };
            actor_mut(session, actor_id)?.add_alias(&super::text::collapse_whitespace(&surface));
            let id = TagId(session.allocate_id());
            session.tags.push(Tag {
                id,
                source,
                span,
                body: TagBody::Actor { actor: actor_id },
                note: String::new(),
                credibility: None,
                status: AnchorStatus::Anchored,
                event_date: None,
            });
            outcome.tags.push(id);
        }
        Action::RemoveTag { tag } => {
            tag_mut(session, tag)?;
            session.tags.retain(|t| t.id != tag);
        }
        Action::SetTagDate { tag, date } => tag_mut(session, tag)?.event_date = date,
        Action::AddJudgment { text, likelihood, confidence, supporting, against } => {
            outcome
                .judgments
                .push(super::judgment::add(session, text, likelihood, confidence, supporting, against)?);
        }
        Action::EditJudgment { judgment, text, likelihood, confidence } => {
            super::judgment::edit(session, judgment, text, likelihood, confidence)?;
        }
        Action::RemoveJudgment { judgment } => {
            session.judgment(judgment).ok_or(ActionError::NoSuchJudgment(judgment.0))?;
            session.judgments.retain(|j| j.id != judgment);
        }
        Action::LinkEvidence { judgment, tag, role } => super::judgment::link(session, judgment, tag, role)?,
        Action::SetTagBody { tag, body } => {
            let body = resolve_body(session, body)?;
            tag_mut(session, tag)?.body = body;
        }
        Action::SetTagNote { tag, note } => tag_mut(session, tag)?.note = note,
        Action::SetTagCredibility { tag, credibility } => tag_mut(session, tag)?.credibility = credibility,
        Action::MarkTagReviewed { tag } => {
            let t = tag_mut(session, tag)?;
            if t.status == AnchorStatus::Reanchored {
                t.status = AnchorStatus::Anchored;
            }
        }
        Action::AddActor { name, kind } => {
            let name = clean_name(&name)?;
            if let Some(existing) = session.find_actor(&name) {
                return Err(ActionError::NameTaken(name, existing.name.clone()));
            }
            let id = ActorId(session.allocate_id());
            session.actors.push(Actor::new(id, name, kind));
            outcome.actors.push(id);
        }
        Action::RenameActor { actor, name } => {
            let name = clean_name(&name)?;
            if let Some(other) = session.find_actor(&name).filter(|a| a.id != actor) {
                return Err(ActionError::NameTaken(name, other.name.clone()));
            }
            let a = actor_mut(session, actor)?;
            let old = std::mem::replace(&mut a.name, name);
            a.aliases.retain(|alias| name_key(alias) != name_key(&a.name));
            a.add_alias(&old);
        }
        Action::SetActorKind { actor, kind } => actor_mut(session, actor)?.kind = kind,
        Action::SetActorNote { actor, note } => actor_mut(session, actor)?.note = note,
        Action::AddAlias { actor, alias } => {
            let alias = clean_name(&alias)?;
            if let Some(other) = session.find_actor(&alias).filter(|a| a.id != actor) {
                return Err(ActionError::NameTaken(alias, other.name.clone()));
            }
            actor_mut(session, actor)?.add_alias(&alias);
        }
        Action::RemoveAlias { actor, alias } => {
            let key = name_key(&alias);
            actor_mut(session, actor)?.aliases.retain(|a| name_key(a) != key);
        }
        Action::MergeActors { into, from } => {
            if into == from {
                return Err(ActionError::SelfMerge);
            }
            require_actor(session, into)?;
            let absorbed = session.actor(from).cloned().ok_or(ActionError::NoSuchActor(from.0))?;
            let target = actor_mut(session, into)?;
            for name in absorbed.all_names() {
                target.add_alias(name);
            }
            if target.note.is_empty() {
                target.note = absorbed.note.clone();
            }
            retarget_actor(session, from, Some(into));
            session.actors.retain(|a| a.id != from);
        }
        Action::SplitActor { actor, aliases, name } => {
            let name = clean_name(&name)?;
            let original = session.actor(actor).cloned().ok_or(ActionError::NoSuchActor(actor.0))?;
            let keys: Vec<String> = aliases.iter().map(|a| name_key(a)).collect();
            let moving: Vec<String> =
                original.aliases.iter().filter(|a| keys.contains(&name_key(a))).cloned().collect();
            if moving.is_empty() {
                return Err(ActionError::NothingToSplit(aliases));
            }
            if let Some(other) = session.find_actor(&name).filter(|a| a.id != actor) {
                return Err(ActionError::NameTaken(name, other.name.clone()));
            }
            let new_id = ActorId(session.allocate_id());
            let mut new_actor = Actor::new(new_id, name, original.kind);
            for alias in &moving {
                new_actor.add_alias(alias);
            }
            let moving_keys: Vec<String> = moving.iter().map(|a| name_key(a)).collect();
            actor_mut(session, actor)?.aliases.retain(|a| !moving_keys.contains(&name_key(a)));
            for tag in &mut session.tags {
                if matches!(tag.body, TagBody::Actor { actor: a } if a == actor)
                    && (moving_keys.contains(&name_key(tag.text()))
                        || name_key(tag.text()) == name_key(&new_actor.name))
                {
                    tag.body = TagBody::Actor { actor: new_id };
                }
            }
            session.actors.push(new_actor);
            outcome.actors.push(new_id);
        }
        Action::RemoveActor { actor } => {
            require_actor(session, actor)?;
            retarget_actor(session, actor, None);
            session.actors.retain(|a| a.id != actor);
        }
        Action::SetBrief(meta) => session.brief = *meta,
        Action::SetTemplate(name) => session.template = name,
        Action::AddCustomKind { name, colour } => {
            let name = clean_name(&name)?;
            if super::tag::TagKind::parse_built_in(&name).is_some()
                || session.custom_kinds.iter().any(|k| k.name.eq_ignore_ascii_case(&name))
            {
                return Err(ActionError::KindExists(name));
            }
            if parse_hex_colour(&colour).is_none() {
                return Err(ActionError::BadColour(colour));
            }
            session.custom_kinds.push(CustomKind { name, colour });
        }
    }
    Ok(outcome)
}

/// Points mentions and quotes of `from` at `to`, or, with no `to`, deletes the mentions and turns
/// the quotes' speaker into free text.
fn retarget_actor(session: &mut Session, from: ActorId, to: Option<ActorId>) {
    let from_name = session.actor(from).map(|a| a.name.clone()).unwrap_or_default();
    match to {
        Some(to) => {
            for tag in &mut session.tags {
                match &mut tag.body {
                    TagBody::Actor { actor } if *actor == from => *actor = to,
                    TagBody::Quote { speaker: Some(Speaker::Actor(actor)) } if *actor == from => *actor = to,
                    _ => {}
                }
            }
        }
        None => {
            session.tags.retain(|t| !matches!(t.body, TagBody::Actor { actor } if actor == from));
            for tag in &mut session.tags {
                if let TagBody::Quote { speaker } = &mut tag.body
                    && matches!(speaker, Some(Speaker::Actor(a)) if *a == from)
                {
                    *speaker = Some(Speaker::Text(from_name.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::{Severity, ThreatCategory};

    const TEXT: &str = "North Korea launched missiles. Pyongyang warned Seoul. \
                        “We will respond,” said Yoon Suk Yeol. 世界 watched.";

    fn session() -> (Session, SourceId) {
        let mut s = Session::new();
        let out =
            apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: TEXT.into() }).unwrap();
        (s, out.sources[0])
    }

    fn range_of(s: &Session, source: SourceId, needle: &str) -> ByteRange {
        s.occurrences(source, needle)[0]
    }

    fn tag_actor(s: &mut Session, src: SourceId, needle: &str, name: &str, kind: ActorKind) -> Outcome {
        let range = range_of(s, src, needle);
        apply(s, Action::TagActor { source: src, range, actor: ActorRef::ByName { name: name.into(), kind } })
            .unwrap()
    }

    #[test]
    fn add_source_assigns_label_and_retrieval_time() {
        let (s, src) = session();
        let source = s.source(src).unwrap();
        assert_eq!(source.label, "S1");
        assert!(!source.meta.retrieved.is_empty());
        assert!(
            apply(&mut s.clone(), Action::AddSource { meta: SourceMeta::default(), text: " \n ".into() })
                .is_err()
        );
    }

    #[test]
    fn tagging_an_alias_adds_an_alias_and_a_mention_not_a_second_actor() {
        let (mut s, src) = session();
        let first = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State);
        assert_eq!(first.actors.len(), 1);
        let nk = first.actors[0];
        let second = tag_actor(&mut s, src, "Pyongyang", "North Korea", ActorKind::State);
        assert!(second.actors.is_empty(), "no new actor");
        assert_eq!(s.actors.len(), 1);
        assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
        assert_eq!(s.mentions(nk).len(), 2);
        // Tagging by an alias name also finds the actor.
        tag_actor(&mut s, src, "Pyongyang", "pyongyang", ActorKind::Other);
        assert_eq!(s.actors.len(), 1);
        assert_eq!(s.mentions(nk).len(), 3);
    }

    #[test]
    fn quote_speaker_text_links_to_a_registry_actor() {
        let (mut s, src) = session();
        let yoon = tag_actor(&mut s, src, "Yoon Suk Yeol", "Yoon Suk Yeol", ActorKind::Person).actors[0];
        apply(&mut s, Action::AddAlias { actor: yoon, alias: "Yoon".into() }).unwrap();
        let range = range_of(&s, src, "We will respond,");
        let out = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range,
                body: TagBody::Quote { speaker: Some(Speaker::Text("Yoon".into())) },
                note: String::new(),
            },
        )
        .unwrap();
        let tag = s.tag(out.tags[0]).unwrap();
        assert_eq!(tag.body, TagBody::Quote { speaker: Some(Speaker::Actor(yoon)) });
        assert_eq!(tag.text(), "We will respond,");
        assert_eq!(s.paragraph_of(tag), Some(1));
        // Unknown speakers stay free text.
        let out = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range,
                body: TagBody::Quote { speaker: Some(Speaker::Text(" an aide ".into())) },
                note: String::new(),
            },
        )
        .unwrap();
        assert_eq!(
            s.tag(out.tags[0]).unwrap().body,
            TagBody::Quote { speaker: Some(Speaker::Text("an aide".into())) }
        );
    }

    #[test]
    fn bad_ranges_and_references_are_refused_without_change() {
        let (mut s, src) = session();
        let before = s.clone();
        let kp = TagBody::KeyPoint;
        let cases = [
            Action::AddTag {
                source: src,
                range: ByteRange::new(0, 10_000).unwrap(),
                body: kp.clone(),
                note: String::new(),
            },
            Action::AddTag {
                source: SourceId(77),
                range: ByteRange::new(0, 1).unwrap(),
                body: kp.clone(),
                note: String::new(),
            },
            Action::AddTag {
                source: src,
                range: ByteRange::new(5, 6).unwrap(),
                body: kp.clone(),
                note: String::new(),
            },
            Action::AddTag {
                source: src,
                range: ByteRange::new(0, 5).unwrap(),
                body: TagBody::Actor { actor: ActorId(5) },
                note: String::new(),
            },
            Action::RemoveTag { tag: TagId(123) },
            Action::MergeActors { into: ActorId(1), from: ActorId(1) },
        ];
        for action in cases {
            assert!(apply(&mut s, action.clone()).is_err(), "{action:?} should fail");
            assert_eq!(s, before, "{action:?} changed the session");
        }
        let inside_multibyte = TEXT.find("世").unwrap() + 1;
        let err = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range: ByteRange::with_len(inside_multibyte, 2),
                body: kp,
                note: String::new(),
            },
        )
        .unwrap_err();
        assert!(matches!(err, ActionError::Range(RangeError::NotCharBoundary { .. })));
    }

    #[test]
    fn failed_batch_rolls_back_everything() {
        let (mut s, src) = session();
        let before = s.clone();
        let good = Action::AddTag {
            source: src,
            range: range_of(&s, src, "North Korea"),
            body: TagBody::KeyPoint,
            note: String::new(),
        };
        let bad = Action::RemoveTag { tag: TagId(999) };
        assert!(apply(&mut s, Action::Batch { label: "x".into(), actions: vec![good, bad] }).is_err());
        assert_eq!(s, before);
    }

    #[test]
    fn merge_moves_aliases_mentions_and_quotes() {
        let (mut s, src) = session();
        let nk = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State).actors[0];
        let py = tag_actor(&mut s, src, "Pyongyang", "Pyongyang", ActorKind::State).actors[0];
        let r = range_of(&s, src, "We will respond,");
        let q = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range: r,
                body: TagBody::Quote { speaker: Some(Speaker::Actor(py)) },
                note: String::new(),
            },
        )
        .unwrap()
        .tags[0];
        apply(&mut s, Action::MergeActors { into: nk, from: py }).unwrap();
        assert_eq!(s.actors.len(), 1);
        assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
        assert_eq!(s.mentions(nk).len(), 2);
        assert_eq!(s.tag(q).unwrap().body, TagBody::Quote { speaker: Some(Speaker::Actor(nk)) });
        assert_eq!(s.validate(), []);
    }

    #[test]
    fn split_moves_chosen_aliases_and_their_mentions() {
        let (mut s, src) = session();
        let nk = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State).actors[0];
        tag_actor(&mut s, src, "Pyongyang", "North Korea", ActorKind::State);
        tag_actor(&mut s, src, "Seoul", "North Korea", ActorKind::State); // a mistake to split off
        let out = apply(
            &mut s,
            Action::SplitActor { actor: nk, aliases: vec!["Seoul".into()], name: "South Korea".into() },
        )
        .unwrap();
        let sk = out.actors[0];
        assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
        assert_eq!(s.actor(sk).unwrap().aliases, ["Seoul"]);
        assert_eq!(s.mentions(sk).len(), 1);
        assert_eq!(s.mentions(nk).len(), 2);
        assert!(
            apply(
                &mut s,
                Action::SplitActor { actor: nk, aliases: vec!["Tokyo".into()], name: "Japan".into() }
            )
            .is_err()
        );
    }

    #[test]
    fn rename_keeps_the_old_name_as_alias_and_refuses_taken_names() {
        let (mut s, src) = session();
        let nk = tag_actor(&mut s, src, "Pyongyang", "Pyongyang", ActorKind::State).actors[0];
        let sk = tag_actor(&mut s, src, "Seoul", "Seoul", ActorKind::State).actors[0];
        apply(&mut s, Action::RenameActor { actor: nk, name: "North Korea".into() }).unwrap();
        assert_eq!(s.actor(nk).unwrap().name, "North Korea");
        assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
        assert!(matches!(
            apply(&mut s, Action::RenameActor { actor: sk, name: "pyongyang".into() }),
            Err(ActionError::NameTaken(..))
        ));
        assert!(matches!(
            apply(&mut s, Action::AddActor { name: "  ".into(), kind: ActorKind::Person }),
            Err(ActionError::EmptyName)
        ));
    }

    #[test]
    fn removing_an_actor_removes_mentions_and_keeps_quotes_as_free_text() {
        let (mut s, src) = session();
        let yoon = tag_actor(&mut s, src, "Yoon Suk Yeol", "Yoon Suk Yeol", ActorKind::Person).actors[0];
        let r = range_of(&s, src, "We will respond,");
        let q = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range: r,
                body: TagBody::Quote { speaker: Some(Speaker::Actor(yoon)) },
                note: String::new(),
            },
        )
        .unwrap()
        .tags[0];
        apply(&mut s, Action::RemoveActor { actor: yoon }).unwrap();
        assert!(s.actors.is_empty());
        assert_eq!(s.tags.len(), 1);
        assert_eq!(
            s.tag(q).unwrap().body,
            TagBody::Quote { speaker: Some(Speaker::Text("Yoon Suk Yeol".into())) }
        );
    }

    #[test]
    fn replacing_text_reanchors_and_reports() {
        let (mut s, src) = session();
        let r = range_of(&s, src, "launched missiles");
        let t = apply(
            &mut s,
            Action::AddTag {
                source: src,
                range: r,
                body: TagBody::Threat {
                    category: ThreatCategory::WeaponsTest,
                    severity: Severity::High,
                    likelihood: None,
                },
                note: String::new(),
            },
        )
        .unwrap()
        .tags[0];
        let out = apply(
            &mut s,
            Action::ReplaceSourceText {
                source: src,
                text: format!("UPDATE: {TEXT}"),
                published: String::new(),
                retrieved: String::new(),
            },
        )
        .unwrap();
        let report = out.anchor_report.unwrap();
        assert_eq!(report.reanchored, [t]);
        let tag = s.tag(t).unwrap();
        assert_eq!(tag.span.range.slice(s.source(src).unwrap().text()), Some("launched missiles"));
        apply(&mut s, Action::MarkTagReviewed { tag: t }).unwrap();
        assert_eq!(s.tag(t).unwrap().status, AnchorStatus::Anchored);
    }

    #[test]
    fn custom_kinds_need_a_unique_name_and_a_colour() {
        let (mut s, src) = session();
        apply(&mut s, Action::AddCustomKind { name: "Weapon".into(), colour: "#aa5500".into() }).unwrap();
        assert!(
            apply(&mut s, Action::AddCustomKind { name: "weapon".into(), colour: "#aa5500".into() }).is_err()
        );
        assert!(
            apply(&mut s, Action::AddCustomKind { name: "Quote".into(), colour: "#aa5500".into() }).is_err()
        );
        assert!(
            apply(&mut s, Action::AddCustomKind { name: "Place".into(), colour: "blue".into() }).is_err()
        );
        let range = range_of(&s, src, "missiles");
        apply(
            &mut s,
            Action::AddTag {
                source: src,
                range,
                body: TagBody::Custom { name: "Weapon".into() },
                note: String::new(),
            },
        )
        .unwrap();
        assert!(
            apply(
                &mut s,
                Action::AddTag {
                    source: src,
                    range,
                    body: TagBody::Custom { name: "Nope".into() },
                    note: String::new()
                }
            )
            .is_err()
        );
    }

    #[test]
    fn removing_a_source_removes_its_tags() {
        let (mut s, src) = session();
        let r = range_of(&s, src, "Seoul");
        apply(&mut s, Action::AddTag { source: src, range: r, body: TagBody::KeyPoint, note: String::new() })
            .unwrap();
        apply(&mut s, Action::RemoveSource { source: src }).unwrap();
        assert!(s.sources.is_empty() && s.tags.is_empty());
    }
}
