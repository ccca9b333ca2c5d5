//! Find in the article: case-insensitive matches as byte ranges, and the find bar.

use egui::Ui;

use super::ArticleView;
use crate::model::{ByteRange, Source, SourceId};

/// Find-in-article state.
#[derive(Default)]
pub struct Find {
    pub open: bool,
    pub query: String,
    pub matches: Vec<ByteRange>,
    pub current: usize,
    computed_for: Option<(String, SourceId, usize)>,
    pub focus_field: bool,
}

impl Find {
    /// Recomputes matches (case-insensitive) when the query or text changed.
    pub fn update(&mut self, source: &Source) {
        let key = (self.query.clone(), source.id, source.text().as_ptr() as usize);
        if self.computed_for.as_ref() == Some(&key) {
            return;
        }
        self.computed_for = Some(key);
        self.matches = find_all(source.text(), &self.query);
        self.current = 0;
    }

    pub fn current_match(&self) -> Option<ByteRange> {
        self.matches.get(self.current).copied()
    }

    pub fn next(&mut self) {
        if !self.matches.is_empty() {
            self.current = (self.current + 1) % self.matches.len();
        }
    }

    pub fn previous(&mut self) {
        if !self.matches.is_empty() {
            self.current = (self.current + self.matches.len() - 1) % self.matches.len();
        }
    }
}

/// Case-insensitive matches of `query` in `text`, as byte ranges of `text`.
pub fn find_all(text: &str, query: &str) -> Vec<ByteRange> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut j = 0;
        let mut k = i;
        // Compare lower-cased characters; most characters lower-case to one character.
        while j < needle.len() && k < chars.len() {
            let mut lower = chars[k].1.to_lowercase();
            let Some(c) = lower.next() else { break };
            if c != needle[j] || lower.next().is_some() {
                break;
            }
            j += 1;
            k += 1;
        }
        if j == needle.len() {
            let start = chars[i].0;
            let end = chars.get(k).map_or(text.len(), |(b, _)| *b);
            out.push(ByteRange::between(start, end));
            i = k.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

impl ArticleView {
    /// The find bar: the query, the match count, previous and next, close.
    pub fn find_bar_ui(&mut self, ui: &mut Ui, source: &Source) {
        ui.horizontal(|ui| {
            let label = ui.label("Find:");
            let field = egui::TextEdit::singleline(&mut self.find.query)
                .desired_width(220.0)
                .hint_text("words in the article");
            let response = ui.add(field).labelled_by(label.id);
            if std::mem::take(&mut self.find.focus_field) {
                response.request_focus();
            }
            self.find.update(source);
            let n = self.find.matches.len();
            let mut moved = false;
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                if ui.input(|i| i.modifiers.shift) {
                    self.find.previous();
                } else {
                    self.find.next();
                }
                moved = true;
                response.request_focus();
            }
            if response.changed() && n > 0 {
                moved = true;
            }
            let status = if self.find.query.trim().is_empty() {
                String::new()
            } else if n == 0 {
                "no matches".to_owned()
            } else {
                format!("{} of {n}", self.find.current + 1)
            };
            ui.label(status);
            if ui
                .add_enabled(n > 0, egui::Button::new("Previous"))
                .on_hover_text("Previous match (Shift+Enter)")
                .clicked()
            {
                self.find.previous();
                moved = true;
            }
            if ui.add_enabled(n > 0, egui::Button::new("Next")).on_hover_text("Next match (Enter)").clicked()
            {
                self.find.next();
                moved = true;
            }
            if ui.button("Close").on_hover_text("Close the find bar").clicked() {
                self.find.open = false;
            }
            if moved && let Some(m) = self.find.current_match() {
                self.reveal = Some(m);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::text::text_in;

    #[test]
    fn find_is_case_insensitive_and_returns_byte_ranges() {
        let text = "Kim met KIM in 서울; kim left. Straße";
        let found = find_all(text, "kim");
        assert_eq!(found.len(), 3);
        for r in &found {
            assert_eq!(text_in(text, *r).to_lowercase(), "kim");
        }
        assert_eq!(find_all(text, "서울").len(), 1);
        assert!(find_all(text, "  ").is_empty());
        assert_eq!(find_all("aaa", "aa").len(), 1, "matches do not overlap");
    }
}
