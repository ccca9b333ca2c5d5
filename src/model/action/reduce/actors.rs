//! Actor actions: adding, renaming, aliases, merging, splitting and removing actors, and finding
//! (or making) the actor a new mention refers to.

use super::{actor_mut, clean_name, require_actor};
use crate::model::action::{ActionError, ActorRef, Outcome};
use crate::model::actor::{Actor, ActorId, name_key};
use crate::model::session::Session;
use crate::model::tag::{Speaker, TagBody};
use crate::model::vocab::ActorKind;

/// A new actor; refused when the name is already an actor's name or alias.
pub(super) fn add(session: &mut Session, name: &str, kind: ActorKind) -> Result<ActorId, ActionError> {
    let name = clean_name(name)?;
    if let Some(existing) = session.find_actor(&name) {
        return Err(ActionError::NameTaken(name, existing.name.clone()));
    }
    let id = ActorId(session.allocate_id());
    session.actors.push(Actor::new(id, name, kind));
    Ok(id)
}

/// The actor a new mention refers to: an existing one, the one with this name or alias, or a new
/// actor (recorded in `outcome`).
pub(super) fn for_mention(
    session: &mut Session,
    actor: ActorRef,
    outcome: &mut Outcome,
) -> Result<ActorId, ActionError> {
    match actor {
        ActorRef::Existing(id) => {
            require_actor(session, id)?;
            Ok(id)
        }
        ActorRef::ByName { name, kind } => {
            let name = clean_name(&name)?;
            match session.find_actor(&name) {
                Some(existing) => Ok(existing.id),
                None => {
                    let id = ActorId(session.allocate_id());
                    session.actors.push(Actor::new(id, name, kind));
                    outcome.actors.push(id);
                    Ok(id)
                }
            }
        }
    }
}

/// Renames an actor; the old name becomes an alias.
pub(super) fn rename(session: &mut Session, actor: ActorId, name: &str) -> Result<(), ActionError> {
    let name = clean_name(name)?;
    if let Some(other) = session.find_actor(&name).filter(|a| a.id != actor) {
        return Err(ActionError::NameTaken(name, other.name.clone()));
    }
    let a = actor_mut(session, actor)?;
    let old = std::mem::replace(&mut a.name, name);
    a.aliases.retain(|alias| name_key(alias) != name_key(&a.name));
    a.add_alias(&old);
    Ok(())
}

pub(super) fn add_alias(session: &mut Session, actor: ActorId, alias: &str) -> Result<(), ActionError> {
    let alias = clean_name(alias)?;
    if let Some(other) = session.find_actor(&alias).filter(|a| a.id != actor) {
        return Err(ActionError::NameTaken(alias, other.name.clone()));
    }
    actor_mut(session, actor)?.add_alias(&alias);
    Ok(())
}

pub(super) fn remove_alias(session: &mut Session, actor: ActorId, alias: &str) -> Result<(), ActionError> {
    let key = name_key(alias);
    actor_mut(session, actor)?.aliases.retain(|a| name_key(a) != key);
    Ok(())
}

/// Merges `from` into `into`: its names become aliases, its note is kept if `into` has none, and
/// its mentions and quotes point at `into`.
pub(super) fn merge(session: &mut Session, into: ActorId, from: ActorId) -> Result<(), ActionError> {
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
    Ok(())
}

/// Moves some aliases of `actor` to a new actor named `name`, with the mentions worded by them.
pub(super) fn split(
    session: &mut Session,
    actor: ActorId,
    aliases: Vec<String>,
    name: &str,
) -> Result<ActorId, ActionError> {
    let name = clean_name(name)?;
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
    Ok(new_id)
}

/// Removes an actor with its mentions; its quotes keep its name as free text.
pub(super) fn remove(session: &mut Session, actor: ActorId) -> Result<(), ActionError> {
    require_actor(session, actor)?;
    retarget_actor(session, actor, None);
    session.actors.retain(|a| a.id != actor);
    Ok(())
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
