//! Paragraphs from a walk over the article's subtree: blocks start new paragraphs, `<br>` breaks
//! lines, white space is collapsed except in `<pre>`, and link-heavy blocks (lists of links) and
//! picture credits are left out.

use super::extract::{BLOCK_ELEMENTS, non_space_chars};
use super::words::WORDS;

/// Builds paragraphs from a walk over the tree.
#[derive(Default)]
pub(super) struct Renderer {
    paragraphs: Vec<String>,
    current: String,
    current_link_chars: usize,
    link_depth: usize,
    pre_depth: usize,
    /// A space is owed before the next word (collapsed white space).
    pending_space: bool,
}

impl Renderer {
    pub(super) fn enter(&mut self, name: &str) {
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
        match name {
            "br" => {
                self.current.push('\n');
                self.pending_space = false;
            }
            "a" => self.link_depth += 1,
            "pre" | "listing" | "plaintext" => self.pre_depth += 1,
            "td" | "th" => self.pending_space = true,
            _ => {}
        }
    }

    pub(super) fn leave(&mut self, name: &str) {
        match name {
            "a" => self.link_depth = self.link_depth.saturating_sub(1),
            "pre" | "listing" | "plaintext" => self.pre_depth = self.pre_depth.saturating_sub(1),
            _ => {}
        }
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
    }

    pub(super) fn text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.current.push_str(text);
            self.pending_space = false;
            return;
        }
        for (index, word) in text.split_whitespace().enumerate() {
            let needs_space = index > 0 || self.pending_space || text.starts_with(char::is_whitespace);
            if needs_space && !self.current.is_empty() && !self.current.ends_with(['\n', ' ']) {
                self.current.push(' ');
            }
            self.current.push_str(word);
            if self.link_depth > 0 {
                self.current_link_chars += word.chars().count();
            }
            self.pending_space = false;
        }
        if text.ends_with(char::is_whitespace) {
            self.pending_space = true;
        }
    }

    fn flush(&mut self) {
        let paragraph = self.current.trim();
        if !paragraph.is_empty() {
            let chars = non_space_chars(paragraph);
            // Lists of links ("Read more", tag lists) are navigation even inside the article.
            let link_heavy = self.current_link_chars * 2 > chars;
            if !link_heavy && !WORDS.is_credit(paragraph) {
                self.paragraphs.push(paragraph.to_owned());
            }
        }
        self.current.clear();
        self.current_link_chars = 0;
        self.pending_space = false;
    }

    pub(super) fn finish(mut self) -> Vec<String> {
        self.flush();
        self.paragraphs
    }
}
