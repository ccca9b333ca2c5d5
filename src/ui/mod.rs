//! The desktop app (egui/eframe). The only module that knows egui.

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the desktop app.
pub fn run(_path: Option<PathBuf>, _templates: Option<PathBuf>) -> ExitCode {
    eprintln!("briefsmith: the desktop app is being built");
    ExitCode::from(2)
}
