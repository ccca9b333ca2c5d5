//! Briefsmith turns news articles and reports into cited briefing notes.
//!
//! The crate is a pure core with two shells on top:
//!
//! - [`model`]: sources, tags, actors, the session, actions, the reducer, undo, re-anchoring;
//! - [`import`]: files on disk to clean article text with metadata;
//! - [`extract`]: suggestions (actors, quotes with speakers, threats) for a first pass;
//! - [`brief`]: session to template context to Markdown (and HTML), with safe escaping;
//! - [`store`]: session files (atomic saves, validation) and recovery files;
//! - [`cli`]: the command line, over the same functions;
//! - `ui` (feature `gui`): the desktop app, the only module that knows egui.

pub mod brief;
pub mod cli;
pub mod extract;
pub mod import;
pub mod model;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workflow;
