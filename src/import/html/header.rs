//! What sits around the headline rather than in the article's body: short labels above it (a
//! section kicker, "Press summary"), a standfirst the page marks under it when it stands outside
//! the article's container, and a publication day given as the value of a "Date" label in a facts
//! list.

use super::extract::MAX_HEADLINE_CHARS;
use super::tree::{HEADINGS, NodeId, Page};
use super::words::WORDS;

impl Page {
    /// The standfirst in the page's header: among the few blocks right after the headline's
    /// element, a `<div>` or `<p>` whose class says summary or standfirst ("news-summary").
    pub(super) fn standfirst_after_headline(&self, headline: &str, dropped: &[bool]) -> Option<String> {
        const LOOK_AHEAD: usize = 3;
        const MAX_STANDFIRST_CHARS: usize = 400;
        let h1 = (1..self.nodes.len()).find(|&id| {
            !dropped[id]
                && self.element(id).is_some_and(|e| HEADINGS.contains(&&*e.name))
                && self.short_text_of(id, MAX_HEADLINE_CHARS).is_some_and(|t| t == headline)
        })?;
        // A headline wrapped on its own ("<div class=heading><h1>…</h1></div><p class=lead>…")
        // has its standfirst beside the wrapper.
        let is_last_element = |id: NodeId| {
            let siblings = &self.nodes[self.nodes[id].parent].children;
            siblings.iter().rev().find(|&&s| self.element(s).is_some()) == Some(&id)
        };
        let mut anchor = h1;
        if is_last_element(h1) && self.nodes[h1].parent != 0 {
            anchor = self.nodes[h1].parent;
        }
        let siblings = &self.nodes[self.nodes[anchor].parent].children;
        let at = siblings.iter().position(|&s| s == anchor)?;
        siblings[at + 1..]
            .iter()
            .filter(|&&s| !dropped[s] && self.element(s).is_some())
            .take(LOOK_AHEAD)
            .find_map(|&s| {
                let e = self.element(s)?;
                // Not a heading: earlier rounds' pages read a summary set as a heading as the
                // page's furniture, and it is left so.
                let marked = e.hint_words.iter().any(|w| WORDS.standfirst_classes.contains(w));
                if !marked || !matches!(&*e.name, "div" | "p") {
                    return None;
                }
                self.short_text_of(s, MAX_STANDFIRST_CHARS).filter(|t| t.chars().count() >= 20)
            })
    }

    /// Whether a `<dd>` is the value of a `<dt>` label that names the publication day
    /// ("<dt>Date</dt><dd>09/07/2026</dd>"): only the element just before it is looked at.
    pub(super) fn labelled_as_date(&self, id: NodeId) -> bool {
        const MAX_LABEL_CHARS: usize = 30;
        const MAX_FACTS: usize = 64;
        if self.element(id).is_none_or(|e| &*e.name != "dd") {
            return false;
        }
        let siblings = &self.nodes[self.nodes[id].parent].children;
        // A facts list is short; a long one is not looked through for every value.
        if siblings.len() > MAX_FACTS {
            return false;
        }
        let Some(at) = siblings.iter().position(|&s| s == id) else { return false };
        let label = siblings[..at].iter().rev().find(|&&s| self.element(s).is_some());
        label.is_some_and(|&dt| {
            self.element(dt).is_some_and(|e| &*e.name == "dt")
                && self.short_text_of(dt, MAX_LABEL_CHARS).is_some_and(|text| {
                    let lower = text.to_lowercase();
                    WORDS.date_labels.contains(lower.trim_end_matches([':', '：', ' ']))
                })
        })
    }
}

/// A label above a headline: a few words, not a sentence ("Football · Cup final", "The Long Read").
pub(super) fn is_kicker(paragraph: &str) -> bool {
    const MAX_KICKER_CHARS: usize = 60;
    paragraph.chars().count() <= MAX_KICKER_CHARS && !paragraph.trim_end().ends_with(['.', '!', '?', ':'])
}
