//! Preferences the app remembers between runs (in eframe storage, never in the session file):
//! recent files, theme, text size, which panels are shown.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;
pub const MIN_FONT_SIZE: f32 = 12.0;
pub const MAX_FONT_SIZE: f32 = 30.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub recent: Vec<PathBuf>,
    pub dark: bool,
    /// Article text size in points.
    pub font_size: f32,
    /// Show the brief as raw Markdown instead of the rendered preview.
    pub raw_markdown: bool,
    /// Grow selections to whole words when tagging.
    pub snap_to_words: bool,
    pub show_tags_panel: bool,
    pub show_brief_panel: bool,
    /// The office's Word template (.docx) whose styles, page setup, header and footer Word
    /// exports use; `None`: Briefsmith's own styles.
    pub reference_doc: Option<PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            dark: false,
            font_size: 16.0,
            raw_markdown: false,
            snap_to_words: true,
            show_tags_panel: true,
            show_brief_panel: true,
            reference_doc: None,
        }
    }
}

impl Prefs {
    /// Puts a file at the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }

    pub fn set_font_size(&mut self, size: f32) {
        self.font_size = size.clamp(MIN_FONT_SIZE, MAX_FONT_SIZE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut p = Prefs::default();
        for i in 0..15 {
            p.remember(Path::new(&format!("/tmp/{i}.brief.json")));
        }
        p.remember(Path::new("/tmp/3.brief.json"));
        assert_eq!(p.recent.len(), MAX_RECENT);
        assert_eq!(p.recent[0], Path::new("/tmp/3.brief.json"));
        assert_eq!(p.recent.iter().filter(|r| r.ends_with("3.brief.json")).count(), 1);
    }

    #[test]
    fn old_saved_preferences_still_load() {
        let p: Prefs = serde_json::from_str(r#"{"dark": true}"#).unwrap();
        assert!(p.dark);
        assert_eq!(p.font_size, 16.0);
    }
}
