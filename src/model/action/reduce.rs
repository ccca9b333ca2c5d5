//! The reducer proper: how each action changes the session, and the checks it makes first. Actor
//! actions (add, rename, aliases, merge, split, remove) are in [`actors`].

mod actors;

use super::{Action, ActionError, ActorRef, Outcome, apply};
use crate::model::actor::{Actor, ActorId};
use crate::model::session::Session;
use crate::model::source::{Source, SourceId, SourceMeta};
use crate::model::span::{ByteRange, Span};
use crate::model::tag::{AnchorStatus, CustomKind, Speaker, Tag, TagBody, TagId, parse_hex_colour};

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
    let name = crate::model::text::collapse_whitespace(name);
    if name.is_empty() { Err(ActionError::EmptyName) } else { Ok(name) }
}

/// Applies one action (a batch goes back to [`apply`]): each arm hands the action's fields to the
/// function for its concern (sources, tags, judgments, actors, the brief).
pub(super) fn apply_one(session: &mut Session, action: Action) -> Result<Outcome, ActionError> {
    let mut outcome = Outcome::default();
    match action {
        batch @ Action::Batch { .. } => return apply(session, batch),
        // Sources.
        Action::AddSource { meta, text } => outcome.sources.push(add_source(session, meta, &text)?),
        Action::RemoveSource { source } => remove_source(session, source)?,
        Action::SetSourceMeta { source, meta } => {
            session.source_mut(source).ok_or(ActionError::NoSuchSource(source.0))?.meta = meta;
        }
        Action::ReplaceSourceText { source, text, published, retrieved } => {
            outcome.anchor_report =
                Some(crate::model::update::replace_text(session, source, &text, published, retrieved)?);
        }
        Action::ClearChanges { source } => crate::model::update::clear_changes(session, source)?,
        // Tags.
        Action::AddTag { source, range, body, note } => {
            outcome.tags.push(add_tag(session, source, range, body, note)?);
        }
        Action::TagActor { source, range, actor } => tag_actor(session, source, range, actor, &mut outcome)?,
        Action::RemoveTag { tag } => {
            tag_mut(session, tag)?;
            session.tags.retain(|t| t.id != tag);
        }
        Action::SetTagDate { tag, date } => tag_mut(session, tag)?.event_date = date,
        Action::SetTagBody { tag, body } => {
            let body = resolve_body(session, body)?;
            tag_mut(session, tag)?.body = body;
        }
        Action::SetTagNote { tag, note } => tag_mut(session, tag)?.note = note,
        Action::SetTagCredibility { tag, credibility } => tag_mut(session, tag)?.credibility = credibility,
        Action::MarkTagReviewed { tag } => mark_tag_reviewed(session, tag)?,
        // Key judgments.
        Action::AddJudgment { text, likelihood, confidence, supporting, against } => {
            outcome.judgments.push(crate::model::judgment::add(
                session, text, likelihood, confidence, supporting, against,
            )?);
        }
        Action::EditJudgment { judgment, text, likelihood, confidence } => {
            crate::model::judgment::edit(session, judgment, text, likelihood, confidence)?;
        }
        Action::RemoveJudgment { judgment } => {
            session.judgment(judgment).ok_or(ActionError::NoSuchJudgment(judgment.0))?;
            session.judgments.retain(|j| j.id != judgment);
        }
        Action::LinkEvidence { judgment, tag, role } => {
            crate::model::judgment::link(session, judgment, tag, role)?
        }
        // Actors (see `actors`).
        Action::AddActor { name, kind } => outcome.actors.push(actors::add(session, &name, kind)?),
        Action::RenameActor { actor, name } => actors::rename(session, actor, &name)?,
        Action::SetActorKind { actor, kind } => actor_mut(session, actor)?.kind = kind,
        Action::SetActorNote { actor, note } => actor_mut(session, actor)?.note = note,
        Action::AddAlias { actor, alias } => actors::add_alias(session, actor, &alias)?,
        Action::RemoveAlias { actor, alias } => actors::remove_alias(session, actor, &alias)?,
        Action::MergeActors { into, from } => actors::merge(session, into, from)?,
        Action::SplitActor { actor, aliases, name } => {
            outcome.actors.push(actors::split(session, actor, aliases, &name)?);
        }
        Action::RemoveActor { actor } => actors::remove(session, actor)?,
        // The brief.
        Action::SetBrief(meta) => session.brief = *meta,
        Action::SetTemplate(name) => session.template = name,
        Action::AddCustomKind { name, colour } => add_custom_kind(session, &name, colour)?,
    }
    Ok(outcome)
}

fn add_source(session: &mut Session, mut meta: SourceMeta, text: &str) -> Result<SourceId, ActionError> {
    let id = SourceId(session.allocate_id());
    if meta.retrieved.is_empty() {
        meta.retrieved = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    }
    let label = session.next_source_label();
    let source = Source::new(id, label, meta, text);
    if source.text().is_empty() {
        return Err(ActionError::EmptyText);
    }
    session.sources.push(source);
    Ok(id)
}

fn remove_source(session: &mut Session, source: SourceId) -> Result<(), ActionError> {
    source_text(session, source)?;
    session.sources.retain(|s| s.id != source);
    session.tags.retain(|t| t.source != source);
    Ok(())
}

/// A new, anchored tag with no credibility or date yet.
fn new_tag(id: TagId, source: SourceId, span: Span, body: TagBody, note: String) -> Tag {
    Tag { id, source, span, body, note, credibility: None, status: AnchorStatus::Anchored, event_date: None }
}

fn add_tag(
    session: &mut Session,
    source: SourceId,
    range: ByteRange,
    body: TagBody,
    note: String,
) -> Result<TagId, ActionError> {
    let span = checked_span(session, source, range)?;
    let body = resolve_body(session, body)?;
    let id = TagId(session.allocate_id());
    session.tags.push(new_tag(id, source, span, body, note));
    Ok(id)
}

/// Tags a mention of an actor (found or made by [`actors::for_mention`]), whose wording becomes
/// one of the actor's aliases.
fn tag_actor(
    session: &mut Session,
    source: SourceId,
    range: ByteRange,
    actor: ActorRef,
    outcome: &mut Outcome,
) -> Result<(), ActionError> {
    let span = checked_span(session, source, range)?;
    let surface = span.quote.exact.clone();
    let actor_id = actors::for_mention(session, actor, outcome)?;
    actor_mut(session, actor_id)?.add_alias(&crate::model::text::collapse_whitespace(&surface));
    let id = TagId(session.allocate_id());
    session.tags.push(new_tag(id, source, span, TagBody::Actor { actor: actor_id }, String::new()));
    outcome.tags.push(id);
    Ok(())
}

fn mark_tag_reviewed(session: &mut Session, tag: TagId) -> Result<(), ActionError> {
    let t = tag_mut(session, tag)?;
    if t.status == AnchorStatus::Reanchored {
        t.status = AnchorStatus::Anchored;
    }
    Ok(())
}

fn add_custom_kind(session: &mut Session, name: &str, colour: String) -> Result<(), ActionError> {
    let name = clean_name(name)?;
    if crate::model::tag::TagKind::parse_built_in(&name).is_some()
        || session.custom_kinds.iter().any(|k| k.name.eq_ignore_ascii_case(&name))
    {
        return Err(ActionError::KindExists(name));
    }
    if parse_hex_colour(&colour).is_none() {
        return Err(ActionError::BadColour(colour));
    }
    session.custom_kinds.push(CustomKind { name, colour });
    Ok(())
}
