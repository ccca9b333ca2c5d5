//! Undo and redo over the reducer.
//!
//! The [`Editor`] owns the session and records a snapshot before each change. Snapshots are cheap:
//! article texts are shared behind `Arc`s. A burst of the same kind of edit (typing a note) within
//! [`COALESCE_WINDOW`] is one undo step. History is bounded to [`MAX_UNDO`] steps and never saved.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use super::action::{Action, ActionError, CoalesceKey, Outcome, apply};
use super::session::Session;

/// How many undo steps are kept.
pub const MAX_UNDO: usize = 100;
/// Edits with the same coalesce key closer together than this are one undo step.
pub const COALESCE_WINDOW: Duration = Duration::from_secs(2);

struct Snapshot {
    session: Session,
    state: u64,
    label: String,
}

/// A session with its undo history and a record of whether it changed since it was saved.
pub struct Editor {
    session: Session,
    /// Identifies the current content; every change gets a fresh number, undo restores the old one.
    state: u64,
    next_state: u64,
    saved_state: Option<u64>,
    undo: VecDeque<Snapshot>,
    redo: Vec<Snapshot>,
    last_burst: Option<(CoalesceKey, Instant)>,
}

impl Editor {
    /// An editor over a session that is already on disk (or is new and empty: not dirty).
    pub fn new(session: Session) -> Self {
        Self {
            session,
            state: 0,
            next_state: 1,
            saved_state: Some(0),
            undo: VecDeque::new(),
            redo: Vec::new(),
            last_burst: None,
        }
    }

    /// An editor over a session that has never been saved: dirty from the start.
    pub fn new_unsaved(session: Session) -> Self {
        let mut editor = Self::new(session);
        editor.saved_state = None;
        editor
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Identifies the current content: equal numbers mean an equal session. Views cache on it.
    pub fn state(&self) -> u64 {
        self.state
    }

    pub fn is_dirty(&self) -> bool {
        self.saved_state != Some(self.state)
    }

    /// Records that the current content is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_state = Some(self.state);
        self.last_burst = None;
    }

    /// Applies an action now. See [`Editor::apply_at`].
    pub fn apply(&mut self, action: Action) -> Result<Outcome, ActionError> {
        self.apply_at(action, Instant::now())
    }

    /// Applies an action as if at `now`, recording an undo step unless it continues a burst.
    pub fn apply_at(&mut self, action: Action, now: Instant) -> Result<Outcome, ActionError> {
        let label = action.label();
        let key = action.coalesce_key();
        let continues_burst = match (&key, &self.last_burst) {
            (Some(k), Some((last, at))) => k == last && now.saturating_duration_since(*at) <= COALESCE_WINDOW,
            _ => false,
        };
        let before = (!continues_burst).then(|| self.session.clone());
        let outcome = apply(&mut self.session, action)?;
        if let Some(session) = before {
            self.undo.push_back(Snapshot { session, state: self.state, label });
            if self.undo.len() > MAX_UNDO {
                self.undo.pop_front();
            }
        }
        self.redo.clear();
        self.state = self.fresh_state();
        self.last_burst = key.map(|k| (k, now));
        Ok(outcome)
    }

    fn fresh_state(&mut self) -> u64 {
        let s = self.next_state;
        self.next_state += 1;
        s
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What Undo would undo, for the menu.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Undoes the last step; returns its label.
    pub fn undo(&mut self) -> Option<String> {
        let snapshot = self.undo.pop_back()?;
        let current = std::mem::replace(&mut self.session, snapshot.session);
        self.redo.push(Snapshot { session: current, state: self.state, label: snapshot.label.clone() });
        self.state = snapshot.state;
        self.last_burst = None;
        Some(snapshot.label)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self) -> Option<String> {
        let snapshot = self.redo.pop()?;
        let current = std::mem::replace(&mut self.session, snapshot.session);
        self.undo.push_back(Snapshot { session: current, state: self.state, label: snapshot.label.clone() });
        self.state = snapshot.state;
        self.last_burst = None;
        Some(snapshot.label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::BriefMeta;
    use crate::model::source::SourceMeta;
    use crate::model::span::ByteRange;
    use crate::model::tag::TagBody;

    fn editor() -> (Editor, crate::model::source::SourceId) {
        let mut s = Session::new();
        let src = apply(
            &mut s,
            Action::AddSource { meta: SourceMeta::default(), text: "Alpha bravo charlie 世界.".into() },
        )
        .unwrap()
        .sources[0];
        (Editor::new(s), src)
    }

    fn add_tag(
        e: &mut Editor,
        src: crate::model::source::SourceId,
        start: usize,
        end: usize,
    ) -> crate::model::tag::TagId {
        e.apply(Action::AddTag {
            source: src,
            range: ByteRange::new(start, end).unwrap(),
            body: TagBody::KeyPoint,
            note: String::new(),
        })
        .unwrap()
        .tags[0]
    }

    #[test]
    fn undo_and_redo_restore_each_step() {
        let (mut e, src) = editor();
        assert!(!e.is_dirty());
        let a = add_tag(&mut e, src, 0, 5);
        let b = add_tag(&mut e, src, 6, 11);
        assert!(e.is_dirty());
        assert_eq!(e.undo_label(), Some("tag key point"));
        e.undo();
        assert!(e.session().tag(b).is_none() && e.session().tag(a).is_some());
        e.undo();
        assert!(e.session().tags.is_empty());
        assert!(!e.is_dirty(), "back to the saved content");
        assert!(e.undo().is_none());
        e.redo();
        e.redo();
        assert_eq!(e.session().tags.len(), 2);
        assert!(e.redo().is_none());
    }

    #[test]
    fn a_new_change_clears_redo() {
        let (mut e, src) = editor();
        add_tag(&mut e, src, 0, 5);
        e.undo();
        assert!(e.can_redo());
        add_tag(&mut e, src, 6, 11);
        assert!(!e.can_redo());
    }

    #[test]
    fn failed_actions_leave_history_alone() {
        let (mut e, src) = editor();
        add_tag(&mut e, src, 0, 5);
        let state = e.state();
        assert!(e.apply(Action::RemoveTag { tag: crate::model::tag::TagId(999) }).is_err());
        assert_eq!(e.state(), state);
        e.undo();
        assert!(!e.can_undo());
    }

    #[test]
    fn typing_bursts_coalesce_into_one_step() {
        let (mut e, src) = editor();
        let tag = add_tag(&mut e, src, 0, 5);
        let t0 = Instant::now();
        for (i, note) in ["a", "ab", "abc"].iter().enumerate() {
            e.apply_at(
                Action::SetTagNote { tag, note: note.to_string() },
                t0 + Duration::from_millis(300 * i as u64),
            )
            .unwrap();
        }
        // A pause longer than the window starts a new step.
        e.apply_at(Action::SetTagNote { tag, note: "abcd".into() }, t0 + Duration::from_secs(10)).unwrap();
        assert_eq!(e.session().tag(tag).unwrap().note, "abcd");
        e.undo();
        assert_eq!(e.session().tag(tag).unwrap().note, "abc");
        e.undo();
        assert_eq!(e.session().tag(tag).unwrap().note, "");
        e.undo();
        assert!(e.session().tags.is_empty());
    }

    #[test]
    fn different_keys_do_not_coalesce() {
        let (mut e, src) = editor();
        let a = add_tag(&mut e, src, 0, 5);
        let b = add_tag(&mut e, src, 6, 11);
        let t0 = Instant::now();
        e.apply_at(Action::SetTagNote { tag: a, note: "x".into() }, t0).unwrap();
        e.apply_at(Action::SetTagNote { tag: b, note: "y".into() }, t0).unwrap();
        e.apply_at(Action::SetBrief(Box::new(BriefMeta { title: "T".into(), ..Default::default() })), t0)
            .unwrap();
        e.undo();
        assert_eq!(e.session().brief.title, "");
        assert_eq!(e.session().tag(b).unwrap().note, "y");
        e.undo();
        assert_eq!(e.session().tag(b).unwrap().note, "");
        assert_eq!(e.session().tag(a).unwrap().note, "x");
    }

    #[test]
    fn history_is_bounded() {
        let (mut e, src) = editor();
        let tag = add_tag(&mut e, src, 0, 5);
        let t0 = Instant::now();
        for i in 0..(MAX_UNDO + 20) {
            // Each note edit after a pause longer than the window: one undo step each.
            let at = t0 + (COALESCE_WINDOW + Duration::from_secs(1)) * i as u32;
            e.apply_at(Action::SetTagNote { tag, note: i.to_string() }, at).unwrap();
        }
        let mut steps = 0;
        while e.undo().is_some() {
            steps += 1;
        }
        assert_eq!(steps, MAX_UNDO);
    }

    #[test]
    fn saving_marks_clean_and_undo_after_save_is_dirty() {
        let (mut e, src) = editor();
        add_tag(&mut e, src, 0, 5);
        e.mark_saved();
        assert!(!e.is_dirty());
        e.undo();
        assert!(e.is_dirty());
        e.redo();
        assert!(!e.is_dirty());
    }
}
