//! Scoring the runs of text, choosing the best container, widening it to the whole article and
//! setting aside the boxes a furniture label heads.

use super::super::tree::{HEADINGS, NodeData, NodeId, Page};
use super::super::words::WORDS;
use super::{
    BLOCK_ELEMENTS, Counts, MAX_LABEL_CHARS, MIN_GOOD_RUN_CHARS, MIN_SCORED_RUN_CHARS, Marked,
    PARAGRAPH_BLOCKS, WIDEN_LEVELS, declares_article_body, non_space_chars,
};

impl Page {
    /// Scores every run of text: the text whose nearest block is the same element, cut at double
    /// line breaks. Walks the arena in document order.
    pub(super) fn score_runs(&self, dropped: &[bool]) -> Runs {
        let n = self.nodes.len();
        let mut runs = Runs { score: vec![0.0; n], good: vec![0.0; n], linked_heading: vec![false; n] };
        // The nearest block element of each node, and whether it sits in a link.
        let mut block = vec![0usize; n];
        let mut in_link = vec![false; n];
        let mut open: Vec<Run> = Vec::new();
        let mut open_of: std::collections::HashMap<NodeId, usize> = std::collections::HashMap::new();
        for id in 1..n {
            let parent = self.nodes[id].parent;
            let parent_is_block = self.element(parent).is_some_and(|e| BLOCK_ELEMENTS.contains(&&*e.name));
            block[id] = if parent_is_block { parent } else { block[parent] };
            in_link[id] = in_link[parent] || self.element(parent).is_some_and(|e| &*e.name == "a");
            if dropped[id] {
                continue;
            }
            match &self.nodes[id].data {
                NodeData::Text(text) => {
                    let chars = non_space_chars(text);
                    if chars == 0 {
                        continue;
                    }
                    let slot = *open_of.entry(block[id]).or_insert_with(|| {
                        open.push(Run { block: block[id], ..Run::default() });
                        open.len() - 1
                    });
                    let run = &mut open[slot];
                    if run.breaks >= 2 {
                        self.close_run(run, &mut runs);
                    }
                    run.breaks = 0;
                    run.chars += chars;
                    run.commas += text.chars().filter(|&c| matches!(c, ',' | '，' | '、' | '،')).count();
                    if in_link[id] {
                        run.link_chars += chars;
                    }
                }
                NodeData::Element(element) if &*element.name == "br" => {
                    if let Some(&slot) = open_of.get(&block[id]) {
                        open[slot].breaks += 1;
                    }
                }
                NodeData::Element(element) if HEADINGS.contains(&&*element.name) && in_link[id] => {
                    runs.linked_heading[id] = true;
                }
                NodeData::Element(element) if &*element.name == "a" => {
                    // A link in a heading, or around one, is a teaser's.
                    let in_heading = self.element(parent).is_some_and(|e| HEADINGS.contains(&&*e.name));
                    let around_heading = self.nodes[id]
                        .children
                        .iter()
                        .any(|&c| self.element(c).is_some_and(|e| HEADINGS.contains(&&*e.name)));
                    if in_heading || around_heading {
                        runs.linked_heading[id] = true;
                    }
                }
                _ => {}
            }
        }
        for run in &mut open {
            self.close_run(run, &mut runs);
        }
        // Good scores and teaser marks accumulate up the tree.
        for id in (1..n).rev() {
            let parent = self.nodes[id].parent;
            runs.good[parent] += runs.good[id];
            if runs.linked_heading[id] {
                runs.linked_heading[parent] = true;
            }
        }
        runs
    }

    fn close_run(&self, run: &mut Run, runs: &mut Runs) {
        let (chars, link_chars, commas) = (run.chars, run.link_chars, run.commas);
        run.chars = 0;
        run.link_chars = 0;
        run.commas = 0;
        if chars < MIN_SCORED_RUN_CHARS || run.block == 0 {
            return;
        }
        let link_density = link_chars as f64 / chars as f64;
        let score = (1.0 + commas.min(20) as f64 + (chars as f64 / 100.0).min(3.0)) * (1.0 - link_density);
        if chars >= MIN_GOOD_RUN_CHARS && link_density < 0.25 {
            runs.good[run.block] += score;
        }
        let is_paragraph = self.element(run.block).is_some_and(|e| PARAGRAPH_BLOCKS.contains(&&*e.name));
        let (first, second) = if is_paragraph {
            (self.nodes[run.block].parent, self.nodes[self.nodes[run.block].parent].parent)
        } else {
            (run.block, self.nodes[run.block].parent)
        };
        runs.score[first] += score;
        if first != 0 {
            runs.score[second] += score / 2.0;
        }
    }

    /// Climbs from the best container while its neighbours hold real paragraphs of the same
    /// article (not teaser lists), up to [`WIDEN_LEVELS`] levels and never to the body.
    pub(super) fn widen(&self, best: NodeId, runs: &Runs, counts: &[Counts], dropped: &[bool]) -> NodeId {
        let mut root = best;
        let mut current = best;
        for _ in 0..WIDEN_LEVELS {
            // An `<article>` with its own headline is a whole article: what sits beside it is
            // another one (a recommended story, reader responses), not more of this one.
            if self.is_headed_article(current) {
                break;
            }
            let parent = self.nodes[current].parent;
            if parent == 0 || self.element(parent).is_none_or(|e| matches!(&*e.name, "body" | "html")) {
                break;
            }
            let gain: f64 = self.nodes[parent]
                .children
                .iter()
                .filter(|&&child| child != current && !dropped[child] && !runs.linked_heading[child])
                .filter(|&&child| counts[child].link_chars * 10 < counts[child].chars.max(1) * 3)
                .map(|&child| runs.good[child])
                .sum();
            if gain > 0.0 && gain >= 0.1 * runs.good[root] {
                root = parent;
            }
            current = parent;
        }
        root
    }

    /// The element the page's microdata declares as the article's body (`itemprop="articleBody"`),
    /// when it holds a paragraph's worth of text; the longest when there are several.
    pub(super) fn declared_body(&self, marked: &Marked) -> Option<NodeId> {
        let chars = |id: NodeId| marked.always_counts[id].chars;
        (1..self.nodes.len())
            .filter(|&id| !marked.always[id] && chars(id) >= MIN_GOOD_RUN_CHARS)
            .filter(|&id| self.element(id).is_some_and(declares_article_body))
            .max_by(|&a, &b| chars(a).cmp(&chars(b)).then(b.cmp(&a)))
    }

    fn is_headed_article(&self, id: NodeId) -> bool {
        self.element(id).is_some_and(|e| &*e.name == "article")
            && self.descendants(id).any(|d| self.element(d).is_some_and(|e| &*e.name == "h1"))
    }

    /// The nearest enclosing `<article>`, so that its header (headline, byline) is kept.
    pub(super) fn widen_to_article(&self, id: NodeId) -> NodeId {
        let mut current = id;
        while current != 0 {
            if self.element(current).is_some_and(|e| &*e.name == "article" || e.role == "article") {
                return current;
            }
            current = self.nodes[current].parent;
        }
        id
    }

    /// Sets aside the boxes that a furniture label heads ("Share this:", "Related"): the label's
    /// container when it is a box inside the article's container, else the label and the list
    /// after it.
    pub(super) fn drop_labelled_boxes(&self, root: NodeId, runs: &Runs, marked: &Marked) -> Vec<bool> {
        let mut dropped = marked.dropped.clone();
        let inside_root: Vec<NodeId> = self.descendants(root).collect();
        // "About Quillon Robotics" on the company's own page: the release's boilerplate. The
        // publisher's names (a pass over the page's text) are read only for a heading that opens
        // like one.
        let publishers = std::cell::OnceCell::new();
        let about_publisher = |text: &str| {
            let lower = text.to_lowercase();
            let lower = lower.trim_end_matches([':', ' ']);
            WORDS.publisher_label_prefixes.iter().any(|prefix| {
                lower.strip_prefix(prefix.as_str()).is_some_and(|name| {
                    publishers
                        .get_or_init(|| self.publisher_names())
                        .iter()
                        .any(|p: &String| p == name.trim())
                })
            })
        };
        for &id in &inside_root {
            // A label is a block, or a bold label opening a box ("<div><strong>Related</strong><ul>…").
            let is_label_element = self.element(id).is_some_and(|e| {
                BLOCK_ELEMENTS.contains(&&*e.name)
                    || (matches!(&*e.name, "strong" | "b") && self.opens_a_box(id))
            });
            if dropped[id] || !is_label_element {
                continue;
            }
            if !(1..=MAX_LABEL_CHARS).contains(&marked.always_counts[id].chars) {
                continue;
            }
            let Some(text) = self.short_text_of(id, MAX_LABEL_CHARS) else { continue };
            let boilerplate = about_publisher(&text);
            if text.is_empty() || !(boilerplate || WORDS.is_label(&text)) {
                continue;
            }
            let container = self.nodes[id].parent;
            // A box inside the article, not the article's own body (which a stray label must not
            // take down).
            let is_box = container != root
                && container != 0
                && !self.is_ancestor(container, root)
                && runs.good[container] * 2.0 < runs.good[root];
            if is_box {
                self.mark_subtree(container, &mut dropped);
            } else if boilerplate || WORDS.is_back_matter_label(&text) {
                // "Notes to editors" in the body: the notes follow it, up to the next heading of
                // its rank or higher (any heading after a label that is no heading).
                let rank = heading_rank(self.element(id).map_or("", |e| &*e.name)).min(7);
                self.mark_subtree(id, &mut dropped);
                let siblings = &self.nodes[container].children;
                for &next in siblings.iter().skip_while(|&&s| s != id).skip(1) {
                    if self.element(next).is_some_and(|e| heading_rank(&e.name) <= rank) {
                        break;
                    }
                    self.mark_subtree(next, &mut dropped);
                }
            } else {
                self.mark_subtree(id, &mut dropped);
                let siblings = &self.nodes[container].children;
                if let Some(next) =
                    siblings.iter().skip_while(|&&s| s != id).skip(1).find(|&&s| self.element(s).is_some())
                    && self.element(*next).is_some_and(|e| matches!(&*e.name, "ul" | "ol"))
                {
                    self.mark_subtree(*next, &mut dropped);
                }
            }
        }
        dropped
    }

    /// Whether an element is the first thing in a block other than a paragraph (text of white
    /// space only before it).
    fn opens_a_box(&self, id: NodeId) -> bool {
        let parent = self.nodes[id].parent;
        let is_box =
            self.element(parent).is_some_and(|e| &*e.name != "p" && BLOCK_ELEMENTS.contains(&&*e.name));
        is_box
            && self.nodes[parent]
                .children
                .iter()
                .find(|&&c| !matches!(&self.nodes[c].data, NodeData::Text(t) if t.trim().is_empty()))
                == Some(&id)
    }
}

/// A heading's rank (`h2` → 2); other elements rank below every heading.
fn heading_rank(name: &str) -> u8 {
    match name.as_bytes() {
        [b'h', digit @ b'1'..=b'6'] => digit - b'0',
        _ => u8::MAX,
    }
}

/// The scores of the runs of text, credited to their containers.
pub(super) struct Runs {
    /// Readability-style score of each container.
    pub(super) score: Vec<f64>,
    /// Score of the real paragraphs (long, few links) in each subtree.
    pub(super) good: Vec<f64>,
    /// The subtree holds a heading inside a link (a teaser).
    pub(super) linked_heading: Vec<bool>,
}

impl Runs {
    pub(super) fn best(&self) -> Option<NodeId> {
        (1..self.score.len())
            .filter(|&id| self.score[id] > 0.0)
            .max_by(|&a, &b| self.score[a].total_cmp(&self.score[b]).then(b.cmp(&a)))
    }
}

#[derive(Clone, Debug, Default)]
struct Run {
    block: NodeId,
    chars: usize,
    link_chars: usize,
    commas: usize,
    /// `<br>`s since the last text: two or more end the run.
    breaks: usize,
}
