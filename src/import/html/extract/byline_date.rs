//! Byline and publication-date candidates in the page's own text, for pages whose metadata lacks
//! them.

use super::super::tree::{Element, NodeId, Page};
use super::super::words::WORDS;
use super::{BLOCK_ELEMENTS, Marked};

impl Page {
    /// Texts that may hold the byline, best first (see [`Article::bylines`]).
    pub(super) fn byline_candidates(&self, page_marks: &Marked) -> Vec<String> {
        let dropped = &page_marks.always;
        let short = |id: NodeId, max: usize| (1..=max).contains(&page_marks.always_counts[id].chars);
        let marked = |id: NodeId| {
            // An agency or outlet given as the author's microdata item names nobody.
            self.element(id).is_some_and(|e| {
                !e.organization_item
                    && (e.rel.split_ascii_whitespace().any(|r| r == "author")
                        || e.itemprop == "author"
                        || e.hint_words.iter().any(|w| WORDS.byline_classes.contains(w)))
            })
        };
        const MAX_MARKED: usize = 40;
        let max_chars = 3 * super::super::meta::MAX_BYLINE_CHARS;
        let marked_ids: Vec<NodeId> = (1..self.nodes.len())
            .filter(|&id| !dropped[id] && short(id, max_chars) && marked(id))
            .take(MAX_MARKED)
            .collect();
        // "<div class=byline><span class=author>By Ann Lee</span><span>Desk, Place</span></div>":
        // when a marked element holds exactly one other, the inner one is the name; one that
        // holds several ("By <a rel=author>…</a> and <a rel=author>…</a>") is read whole.
        let inside = |outer: NodeId, inner: NodeId| {
            let mut at = inner;
            while at != 0 {
                at = self.nodes[at].parent;
                if at == outer {
                    return true;
                }
            }
            false
        };
        let holds_one_marked =
            |id: NodeId| marked_ids.iter().filter(|&&other| other != id && inside(id, other)).count() == 1;
        let mut candidates: Vec<String> = marked_ids
            .iter()
            .copied()
            .filter(|&id| !holds_one_marked(id))
            .filter_map(|id| self.short_text_of(id, max_chars))
            .filter(|text| !text.is_empty())
            .take(20)
            .collect();
        // A short block that starts with a byline word ("By Jane Doe", "Par Claire Dubois").
        candidates.extend(
            (1..self.nodes.len())
                .filter(|&id| {
                    !dropped[id]
                        && short(id, 2 * super::super::meta::MAX_BYLINE_CHARS)
                        && self
                            .element(id)
                            .is_some_and(|e| matches!(&*e.name, "p" | "div" | "span" | "address"))
                })
                .filter_map(|id| self.short_text_of(id, 2 * super::super::meta::MAX_BYLINE_CHARS))
                // Or one part of a line of such parts ("Published: 12.03.2026 | Author: Jane Doe").
                .filter_map(|text| {
                    // "(Reporting by Jane Doe; Editing by Ann Lee)" at the end of a wire story.
                    if let Some(byline) = super::super::meta::signoff_byline(&text) {
                        return Some(byline);
                    }
                    text.split(['|', '·', '•'])
                        .map(str::trim)
                        .find(|part| {
                            super::super::meta::starts_with_byline_prefix(part)
                                // "김민준 기자 | 승인 2026.07.08": a reporter named by the title after.
                                || super::super::meta::ends_with_uncased_title(part)
                        })
                        .map(str::to_owned)
                })
                .take(5),
        );
        candidates
    }

    /// The full name a forum shows beside `user`, the user name the metadata gives as the author
    /// ("fennel_and_flux"): in an element classed as the full name ("<span class=full-name>"), or
    /// written after the user name in brackets ("hakonvik (Håkon Vikestad)").
    pub(in super::super) fn full_name_of(&self, user: &str) -> Option<String> {
        // Forum pages put the poster's names near the top; a bounded look keeps odd pages cheap.
        const MAX_NODES: usize = 20_000;
        let max = super::super::meta::MAX_BYLINE_CHARS;
        let full_name = |text: &str| {
            super::super::meta::clean_byline(text, true).filter(|n| n.contains(' ') && !n.contains(','))
        };
        (1..self.nodes.len().min(MAX_NODES)).find_map(|id| {
            let e = self.element(id)?;
            let classed =
                WORDS.full_name_classes.iter().any(|words| words.iter().all(|w| e.hint_words.contains(w)));
            if classed {
                return self.short_text_of(id, max).and_then(|t| full_name(&t));
            }
            if !matches!(&*e.name, "span" | "div" | "p" | "a") {
                return None;
            }
            let text = self.short_text_of(id, max)?;
            let inner =
                text.strip_prefix(user)?.trim().strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
            full_name(inner)
        })
    }

    /// See [`Article::page_date`].
    /// With `published_only`, only a line that opens with a word for published counts.
    pub(super) fn date_in_text(&self, marked: &Marked, published_only: bool) -> Option<String> {
        const MAX_DATE_LINE_CHARS: usize = 80;
        let says_date = |e: &Element| {
            e.hint_words
                .iter()
                .any(|w| matches!(w.as_str(), "date" | "dateline" | "pubdate" | "timestamp" | "published"))
        };
        // A byline line often ends with the post's day ("Post by NAME » 14 Apr 2026, 21:37").
        let says_author = |e: &Element| {
            e.hint_words.iter().any(|w| matches!(w.as_str(), "byline" | "author" | "postauthor" | "posted"))
        };
        // "Autor: … | Data publikacji: 14.11.2026, godz. 18:20 | Odsłony: 2841": a line of parts,
        // each of them short.
        const MAX_PARTS_LINE_CHARS: usize = 2 * MAX_DATE_LINE_CHARS;
        (1..self.nodes.len())
            .filter(|&id| {
                !marked.always[id] && (1..=MAX_PARTS_LINE_CHARS).contains(&marked.always_counts[id].chars)
            })
            .filter(|&id| {
                self.element(id).is_some_and(|e| BLOCK_ELEMENTS.contains(&&*e.name) || &*e.name == "span")
            })
            .filter_map(|id| {
                let text = self.short_text_of(id, MAX_PARTS_LINE_CHARS)?;
                let split = ['|', '·', '•'];
                if text.chars().count() > MAX_DATE_LINE_CHARS && !text.contains(split) {
                    return None;
                }
                let marked_as_date = (!published_only
                    && self.element(id).is_some_and(|e| says_date(e) || says_author(e)))
                    || self.labelled_as_date(id);
                text.split(split)
                    .map(str::trim)
                    .filter(|part| part.chars().count() <= MAX_DATE_LINE_CHARS)
                    .filter(|part| {
                        let lower = part.to_lowercase();
                        marked_as_date || WORDS.published_words.iter().any(|w| lower.starts_with(w.as_str()))
                    })
                    .find_map(super::super::meta::day_in_text)
            })
            .next()
    }
}
