//! Updated articles: news changes after publication. Replacing a source's text with its new
//! version keeps the previous version's hash and dates, re-anchors every tag (kept, moved, or
//! orphaned and shown, never dropped) and records what changed (paragraphs added and removed, tags
//! orphaned) for the brief's "What changed" section until the analyst clears it.
//!
//! These are the reducer's parts for [`crate::model::Action::ReplaceSourceText`] and
//! [`crate::model::Action::ClearChanges`]; the desktop app and the command line both go through
//! those actions.

use super::action::ActionError;
use super::session::{AnchorReport, Session};
use super::source::{PreviousVersion, SourceChanges, SourceId};
use super::tag::TagId;

/// Replaces the text of `source` and reports how its tags anchor in the new text. A text equal to
/// the current one changes nothing.
pub(super) fn replace_text(
    session: &mut Session,
    source: SourceId,
    raw: &str,
    published: String,
    retrieved: String,
) -> Result<AnchorReport, ActionError> {
    let new_text = super::text::normalize(raw);
    if new_text.is_empty() {
        return Err(ActionError::EmptyText);
    }
    let old = session.source(source).ok_or(ActionError::NoSuchSource(source.0))?.clone();
    let was_orphan: Vec<TagId> =
        session.tags.iter().filter(|t| t.source == source && t.is_orphan()).map(|t| t.id).collect();
    let unchanged = old.text() == new_text;
    if !unchanged {
        let now = if retrieved.trim().is_empty() {
            humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
        } else {
            retrieved
        };
        let src = session.source_mut(source).ok_or(ActionError::NoSuchSource(source.0))?;
        src.versions.push(PreviousVersion {
            content_hash: old.content_hash(),
            published: old.meta.published.clone(),
            retrieved: old.meta.retrieved.clone(),
            replaced: now.clone(),
        });
        src.replace_text(&new_text);
        if !published.trim().is_empty() {
            src.meta.published = published;
        }
        src.meta.retrieved = now;
    }
    let mut report = session.reanchor_all();
    let on_source = |id: &TagId| session.tag(*id).is_some_and(|t| t.source == source);
    report.anchored.retain(on_source);
    report.reanchored.retain(on_source);
    report.orphans.retain(on_source);
    if !unchanged {
        let new = session.source(source).ok_or(ActionError::NoSuchSource(source.0))?;
        let mut changes = SourceChanges::between(&old, new);
        changes.orphaned = report.orphans.iter().copied().filter(|t| !was_orphan.contains(t)).collect();
        if let Some(src) = session.source_mut(source) {
            src.changes = Some(changes);
        }
    }
    Ok(report)
}

/// Clears the change record of one source, or of all.
pub(super) fn clear_changes(session: &mut Session, source: Option<SourceId>) -> Result<(), ActionError> {
    match source {
        Some(id) => session.source_mut(id).ok_or(ActionError::NoSuchSource(id.0))?.changes = None,
        None => session.sources.iter_mut().for_each(|s| s.changes = None),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::model::{Action, Editor, Session, SourceMeta, TagBody, TagId, apply};

    /// A made-up article in three paragraphs, with a tag in each.
    const OLD: &str = "Ships cut a cable near Öland on Friday.\n\nThe ministry blamed 世界 storms.\n\nPatrols will increase.";
    const NEW: &str =
        "Update: a second cable failed.\n\nShips cut a cable near Öland on Friday.\n\nPatrols will increase.";

    fn tagged() -> (Session, crate::model::SourceId, [TagId; 3]) {
        let mut s = Session::new();
        let meta = SourceMeta {
            published: "2026-03-14".into(),
            retrieved: "2026-03-14T08:00:00Z".into(),
            ..Default::default()
        };
        let src = apply(&mut s, Action::AddSource { meta, text: OLD.into() }).unwrap().sources[0];
        let mut tag = |needle: &str| {
            let range = s.occurrences(src, needle)[0];
            apply(&mut s, Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() })
                .unwrap()
                .tags[0]
        };
        let tags = [tag("Ships cut a cable"), tag("blamed 世界 storms"), tag("Patrols will increase")];
        (s, src, tags)
    }

    fn update(text: &str, src: crate::model::SourceId) -> Action {
        Action::ReplaceSourceText {
            source: src,
            text: text.into(),
            published: "2026-03-15".into(),
            retrieved: "2026-03-15T10:00:00Z".into(),
        }
    }

    #[test]
    fn an_update_keeps_every_tag_records_the_previous_version_and_what_changed() {
        let (s, src, [moved, gone, kept]) = tagged();
        let old_hash = s.source(src).unwrap().content_hash();
        let mut editor = Editor::new(s);
        let report = editor.apply(update(NEW, src)).unwrap().anchor_report.unwrap();
        assert_eq!(report.reanchored, [moved, kept], "both moved in the new text");
        assert_eq!(report.orphans, [gone]);
        assert_eq!(report.total(), 3, "no tag is dropped");
        let source = editor.session().source(src).unwrap();
        assert_eq!(source.versions.len(), 1);
        assert_eq!(source.versions[0].content_hash, old_hash);
        assert_eq!(source.versions[0].date(), "2026-03-14");
        assert_eq!(source.meta.published, "2026-03-15");
        let changes = source.changes.clone().unwrap();
        assert_eq!(changes.added, [1]);
        assert_eq!(changes.removed, ["The ministry blamed 世界 storms."]);
        assert_eq!(changes.orphaned, [gone]);
        assert_eq!(editor.session().validate(), []);

        editor.apply(Action::ClearChanges { source: None }).unwrap();
        assert!(editor.session().source(src).unwrap().changes.is_none());
        assert_eq!(editor.session().source(src).unwrap().versions.len(), 1, "clearing keeps the history");
        editor.undo();
        assert!(editor.session().source(src).unwrap().changes.is_some());
        editor.undo();
        assert_eq!(editor.session().source(src).unwrap().text(), OLD);
        assert!(editor.session().source(src).unwrap().versions.is_empty());
    }

    #[test]
    fn the_same_text_again_changes_nothing_and_empty_text_is_refused() {
        let (mut s, src, _) = tagged();
        let before = s.clone();
        let report = apply(&mut s, update(OLD, src)).unwrap().anchor_report.unwrap();
        assert_eq!(report.anchored.len(), 3);
        assert_eq!(s, before);
        assert!(apply(&mut s, update(" \n ", src)).is_err());
        assert!(apply(&mut s, Action::ClearChanges { source: Some(crate::model::SourceId(99)) }).is_err());
    }

    #[test]
    fn deleting_an_orphaned_tag_removes_it_from_the_change_record() {
        let (mut s, src, [_, gone, _]) = tagged();
        apply(&mut s, update(NEW, src)).unwrap();
        apply(&mut s, Action::RemoveTag { tag: gone }).unwrap();
        assert!(s.source(src).unwrap().changes.as_ref().unwrap().orphaned.is_empty());
        assert_eq!(s.validate(), []);
    }
}
