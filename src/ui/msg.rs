//! What the UI asks for while it draws. Panels and dialogs only read the session and push
//! [`Msg`]s; the app applies them after the frame's UI pass (`handle.rs`), so nothing changes
//! under a panel while it is being drawn.

use std::path::PathBuf;

use super::commands::Command;
use super::files::Purpose;
use crate::model::{Action, ActorId, ActorRef, ByteRange, SourceId, TagBody, TagId};
use crate::workflow::review::SuggestionKind;

/// Something the UI asked for during the frame, applied after it.
#[derive(Debug)]
pub enum Msg {
    Apply(Action),
    Command(Command),
    /// Open this file (session or article) after the unsaved-changes check.
    OpenPath(PathBuf),
    NewFromPath(PathBuf),
    AddSourcePath(PathBuf),
    SaveTo(PathBuf),
    ExportTo(PathBuf),
    /// A file was chosen for `purpose` (native dialog or the path field).
    FileChosen(Purpose, PathBuf),
    /// The file dialog or path field was closed without a choice.
    FileCancelled(Purpose),
    /// "Save" in the unsaved-changes prompt of a session without a file: ask where, save, then go on.
    SaveThen(Pending),
    /// Add pasted text as a source.
    AddPasted(String),
    SelectTag(TagId),
    /// Select an actor (and its first mention).
    SelectActor(ActorId),
    /// Close the tag editor.
    DeselectTag,
    /// Close the actor editor.
    DeselectActor,
    /// Merge `from` into `into`; `into` is selected only if the merge worked.
    MergeActors {
        from: ActorId,
        into: ActorId,
    },
    SelectSource(SourceId),
    /// Read the template folders again.
    ReloadTemplates,
    /// Tag the article selection with a body (after a dialog or directly).
    TagSelection(TagBody),
    /// Tag the article selection as a mention of an actor.
    TagSelectionActor(ActorRef),
    AcceptSuggestion(usize),
    RejectSuggestion(usize),
    AcceptAllOf(SuggestionKind),
    /// The answer to "this suggestion duplicates a tag": keep the tag, or replace it.
    KeepExistingTag {
        item: usize,
        existing: TagId,
    },
    ReplaceWithSuggestion {
        item: usize,
        existing: TagId,
    },
    /// Make item `index` the current suggestion (and show it in the article if `reveal`).
    ReviewCurrent {
        index: usize,
        reveal: bool,
    },
    CloseReview,
    Reveal(SourceId, ByteRange),
    Restore(PathBuf),
    DiscardRecovery(PathBuf),
    /// Continue what the unsaved-changes prompt interrupted.
    Continue(Pending),
    /// Continue only if the session is saved now ("Save" in the prompt): a failed save stops it.
    ContinueIfSaved(Pending),
    Notice(Notice),
    /// Hide notice `index` (of all notices).
    DismissNotice(usize),
    /// Stop waiting for the import or suggestion run in progress; the session stays as it was.
    CancelJob,
    /// Ask for a newer version of this source's article and update the source from it.
    UpdateSource(SourceId),
    /// Jump to where a finding of the check is: a tag, a field of the brief, a judgment.
    GoTo(crate::brief::check::Location),
}

/// What waits for the unsaved-changes prompt.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Open,
    OpenPath(PathBuf),
    NewFromArticle,
    Quit,
}

impl Pending {
    /// What it does, for messages: "quitting", "opening report.pdf".
    pub fn describe(&self) -> String {
        match self {
            Pending::Open => "opening a file".to_owned(),
            Pending::OpenPath(path) => format!(
                "opening {}",
                path.file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
            ),
            Pending::NewFromArticle => "starting a new session".to_owned(),
            Pending::Quit => "quitting".to_owned(),
        }
    }
}

/// A message to the analyst: information fades, errors stay until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    pub at: f64,
}
