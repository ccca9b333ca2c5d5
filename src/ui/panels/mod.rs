//! The side panels: tags (the suggestion review, the tag list, and an editor for the selected tag
//! or actor) and the brief (template, details, sources, live preview). They draw from a
//! read-only [`FrameCtx`](super::context::FrameCtx), keep their own view state in
//! [`PanelState`], and send messages for everything else.

mod brief;
mod changes;
mod check;
mod cite_picker;
mod editors;
mod event_date;
mod judgments;
mod requests;
mod review;
mod tags;

use std::collections::HashSet;

use crate::model::{ActorId, TagId};

pub use self::brief::brief_panel_ui;
pub use self::check::{CheckCounts, check_badge_ui, check_window_ui, request_field_focus};
pub use self::judgments::request_judgment_shown;
pub use self::tags::tags_panel_ui;

/// Panel state that is not part of the session.
#[derive(Default)]
pub struct PanelState {
    tag_filter: String,
    collapsed: HashSet<String>,
    rows: Option<((u64, String, usize), Vec<tags::Row>)>,
    /// A field being edited: whose it is, the session's value when the edit began, and the text.
    /// When the session's value changes under it (undo, redo) the field starts again from it.
    rename: Option<(ActorId, String, String)>,
    new_alias: String,
    /// Choices in the actor editor, for the actor they were made for.
    merge_into: Option<(ActorId, ActorId)>,
    split_alias: Option<(ActorId, String)>,
    speaker_edit: Option<(TagId, String, String)>,
    /// The review item the list last scrolled to.
    review_shown: Option<usize>,
    new_kind: (String, String),
    /// The brief panel's judgment form and the tag editor's "Add as evidence" choice.
    judgment_form: judgments::JudgmentForm,
    evidence_pick: judgments::EvidencePick,
    /// The judgment the Check panel last went to, marked in the Key judgments section.
    shown_judgment: Option<crate::model::JudgmentId>,
    /// The Check panel: open or not, and its findings.
    check: check::CheckState,
    /// The event date field of the tag editor.
    date: event_date::DateState,
}

impl PanelState {
    /// What the tags filter holds.
    pub fn tag_filter(&self) -> &str {
        &self.tag_filter
    }
}
