//! Choosing files: native dialogs through rfd on a worker thread (the window never freezes), or,
//! where no dialog can be shown (no desktop portal and no zenity), a path field in the app.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What a chosen file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    NewFromArticle,
    AddSource,
    SaveAs,
    Export,
    ExportWord,
    ReferenceDoc,
    /// A newer version of this source's article.
    UpdateSource(crate::model::SourceId),
}

impl Purpose {
    pub fn title(self) -> &'static str {
        match self {
            Purpose::Open => "Open a session or an article",
            Purpose::NewFromArticle => "New session from an article",
            Purpose::AddSource => "Add an article to this session",
            Purpose::SaveAs => "Save the session as",
            Purpose::Export => "Export the brief (.md, .html or .docx)",
            Purpose::ExportWord => "Export the brief as Word (.docx)",
            Purpose::ReferenceDoc => "Word reference document (.docx)",
            Purpose::UpdateSource(_) => "Update the source from a newer version of the article",
        }
    }

    pub fn saves(self) -> bool {
        matches!(self, Purpose::SaveAs | Purpose::Export | Purpose::ExportWord)
    }
}

/// How the app asks for file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    Native,
    PathField,
}

impl DialogMode {
    /// Native dialogs need a desktop portal (reached over D-Bus) or zenity; without either, rfd
    /// fails silently, which looks like a cancel, so the app asks for a path instead.
    pub fn detect() -> Self {
        let has_dbus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
        let has_zenity = std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
        if has_dbus || has_zenity { DialogMode::Native } else { DialogMode::PathField }
    }
}

/// A native dialog running on a worker thread.
pub struct FileJob {
    pub purpose: Purpose,
    receiver: Receiver<Option<PathBuf>>,
    started: std::time::Instant,
}

impl FileJob {
    /// Opens a native dialog off the UI thread; `repaint` wakes the UI when it closes.
    pub fn spawn(
        purpose: Purpose,
        start_dir: Option<PathBuf>,
        default_name: Option<String>,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
            if let Some(dir) = start_dir {
                dialog = dialog.set_directory(dir);
            }
            dialog = match purpose {
                Purpose::Open => dialog
                    .add_filter("Sessions and articles", &["json", "txt", "md", "html", "htm", "pdf", "docx"])
                    .add_filter("All files", &["*"]),
                Purpose::NewFromArticle | Purpose::AddSource | Purpose::UpdateSource(_) => dialog
                    .add_filter("Articles", &["txt", "md", "markdown", "html", "htm", "pdf", "docx"])
                    .add_filter("All files", &["*"]),
                Purpose::SaveAs => dialog.add_filter("Briefsmith session", &["json"]),
                Purpose::Export => dialog
                    .add_filter("Markdown", &["md"])
                    .add_filter("HTML", &["html"])
                    .add_filter("Word", &["docx"]),
                Purpose::ExportWord | Purpose::ReferenceDoc => dialog.add_filter("Word", &["docx"]),
            };
            if let Some(name) = default_name {
                dialog = dialog.set_file_name(name);
            }
            let picked = if purpose.saves() { dialog.save_file() } else { dialog.pick_file() };
            // No receiver: the app was closed meanwhile, and nobody waits for the answer.
            if sender.send(picked).is_ok() {
                repaint();
            }
        });
        Self { purpose, receiver, started: std::time::Instant::now() }
    }

    /// Whether the dialog came back faster than a person can dismiss one: it never showed.
    pub fn closed_too_quickly(&self) -> bool {
        self.started.elapsed() < std::time::Duration::from_millis(400)
    }

    /// `Some(result)` once the dialog has closed (`None` inside means cancelled).
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}

/// A file name for an exported brief: the title and date, made safe for file systems.
pub fn export_file_name(title: &str, date: &str, html: bool) -> String {
    let slug = slug(title);
    let slug = if slug.is_empty() { "brief".to_owned() } else { slug };
    let date = slug_date(date);
    let ext = if html { "html" } else { "md" };
    if date.is_empty() { format!("{slug}.{ext}") } else { format!("{slug}-{date}.{ext}") }
}

fn slug_date(date: &str) -> String {
    date.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect::<String>().trim_matches('-').to_owned()
}

/// Lower-case words joined by hyphens, at most 60 characters.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for word in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + word.len() > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A session file name for a new session: beside the first article, or in the home folder.
pub fn session_file_name(title: &str) -> String {
    let slug = slug(title);
    format!("{}{}", if slug.is_empty() { "briefing" } else { &slug }, crate::store::SESSION_EXTENSION)
}

/// The folder dialogs start in: the session's folder, else the current folder.
pub fn start_dir(session_path: Option<&Path>) -> Option<PathBuf> {
    session_path
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_owned)
        .or_else(|| std::env::current_dir().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_come_from_title_and_date() {
        assert_eq!(
            export_file_name("North Korea: troops in Russia", "2026-11-29", false),
            "north-korea-troops-in-russia-2026-11-29.md"
        );
        assert_eq!(export_file_name("", "", true), "brief.html");
        assert_eq!(export_file_name("大韓民国 / 日本", "29 Nov", false), "大韓民国-日本-29.md");
        assert_eq!(session_file_name("A: B"), "a-b.brief.json");
    }
}
