//! The reducer proper: how each action changes the session, and the checks it makes first.

use super::{Action, ActionError, ActorRef, Outcome, apply};
use crate::model::actor::{Actor, ActorId, name_key};
use crate::model::session::Session;
use crate::model::source::{Source, SourceId};
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

pub(super) fn apply_one(session: &mut Session, action: Action) -> Result<Outcome, ActionError> {
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
                Some(crate::model::update::replace_text(session, source, &text, published, retrieved)?);
        }
        Action::ClearChanges { source } => crate::model::update::clear_changes(session, source)?,
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
            actor_mut(session, actor_id)?.add_alias(&crate::model::text::collapse_whitespace(&surface));
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
            if crate::model::tag::TagKind::parse_built_in(&name).is_some()
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
