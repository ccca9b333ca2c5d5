//! The desktop app (egui/eframe), the only module that knows egui.
//!
//! Laid out by the example of rerun's viewer: the app's state (`app.rs`), drawing the frame
//! (`shell.rs`, the panels, the article view, the dialogs), applying what the user asked for
//! (`handle.rs`, `review_flow.rs`, `file_flows.rs`) and autosave (`autosave.rs`). Panels and
//! dialogs draw from a read-only [`context::FrameCtx`] and send [`Msg`]s; after the frame's UI
//! pass the app applies them, session changes going through the core's `Editor` (one reducer,
//! undo/redo). Transient state (selection, open dialogs, scroll, caches) lives here, never in the
//! session.

mod analysis_flow;
mod app;
pub mod article;
pub mod autosave;
pub mod commands;
mod context;
mod dialogs;
mod file_flows;
pub mod files;
pub mod fonts;
mod handle;
pub mod jobs;
mod msg;
mod panels;
pub mod prefs;
pub mod preview;
mod review_flow;
mod shell;
mod text;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub use self::app::{AppConfig, BriefsmithApp};
pub use self::autosave::{AUTOSAVE_INTERVAL, Clock, ManualTime};
pub use self::dialogs::Dialog;
pub use self::msg::{Msg, Notice, Pending};
use self::prefs::Prefs;

/// The bundled sample article, shown on first start.
pub const SAMPLE_ARTICLE: &str = include_str!("../../assets/sample-article.txt");
const PREFS_KEY: &str = "briefsmith.prefs";

/// Opens the desktop app; returns when the window closes.
pub fn run(path: Option<PathBuf>, templates: Option<PathBuf>) -> ExitCode {
    let config = AppConfig::new(path, templates);
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Briefsmith")
        .with_app_id("briefsmith")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 420.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let result = eframe::run_native(
        "Briefsmith",
        options,
        Box::new(move |cc| {
            let prefs = cc.storage.map(saved_prefs).unwrap_or_default();
            Ok(Box::new(BriefsmithApp::new(&cc.egui_ctx, config, prefs)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "briefsmith: error: cannot open the window: {e}. Is a display available (DISPLAY or WAYLAND_DISPLAY)?"
            );
            ExitCode::from(1)
        }
    }
}

/// The preferences eframe's storage holds (what `App::save` wrote last time), or the defaults.
pub fn saved_prefs(storage: &dyn eframe::Storage) -> Prefs {
    eframe::get_value::<Prefs>(storage, PREFS_KEY).unwrap_or_default()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
