//! What a panel or dialog gets while it draws (by the example of rerun's `ViewerContext`): the
//! session and the app's state read-only, and a queue for the messages it sends. It never gets
//! the app itself, so it cannot change anything mid-frame.

use std::collections::HashMap;
use std::path::Path;

use egui::Color32;

use super::jobs::Job;
use super::msg::Msg;
use super::prefs::Prefs;
use crate::brief::{BriefError, Templates};
use crate::model::{ActorId, Editor, Session, SourceId, TagId};
use crate::workflow::review::Review;

/// What a panel or dialog sees while it draws: the read-only frame state (through `Deref`) and a
/// queue for the messages it sends.
pub struct FrameCtx<'a> {
    state: FrameState<'a>,
    messages: &'a mut Vec<Msg>,
}

impl<'a> std::ops::Deref for FrameCtx<'a> {
    type Target = FrameState<'a>;

    fn deref(&self) -> &FrameState<'a> {
        &self.state
    }
}

/// The read-only parts of a [`FrameCtx`], gathered by the app.
#[derive(Clone, Copy)]
pub struct FrameState<'a> {
    /// The editor, for what undo and redo would do.
    pub editor: &'a Editor,
    pub session: &'a Session,
    pub prefs: &'a Prefs,
    pub templates: &'a Templates,
    pub custom_colours: &'a HashMap<String, Color32>,
    pub selected_tag: Option<TagId>,
    pub selected_actor: Option<ActorId>,
    pub active_source: Option<SourceId>,
    pub review: Option<&'a Review>,
    /// Where the session is saved, if it is.
    pub path: Option<&'a Path>,
    /// The brief rendered for this state of the session, and a number that changes with it.
    pub brief: &'a Result<String, BriefError>,
    pub brief_version: u64,
    /// The background job in progress, if any.
    pub job: Option<&'a Job>,
}

impl<'a> FrameCtx<'a> {
    pub fn new(state: FrameState<'a>, messages: &'a mut Vec<Msg>) -> Self {
        Self { state, messages }
    }

    /// Asks the app for something, applied after the frame.
    pub fn send(&mut self, msg: Msg) {
        self.messages.push(msg);
    }

    pub fn command(&mut self, command: super::commands::Command) {
        self.send(Msg::Command(command));
    }
}
