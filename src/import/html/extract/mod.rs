//! Finding the article in a parsed page.
//!
//! 1. **Furniture** is set aside in two strengths. Scripts, forms' controls, pictures, captions and
//!    hidden elements always go, as do elements whose class says comments, cookies, newsletter…
//!    (`furniture` in `assets/lexicon/html-class-words.tsv`). Navigation, asides, footers, headers
//!    outside the article and elements whose class says sidebar, widget, ad, modal, sharing…
//!    (`likely`) go too, unless they hold at least half of the page's text: then they are the
//!    page's wrapper ("panel-two-col-sidebar-right", "widget Blog", an ASP.NET page's `<form>`),
//!    not furniture.
//! 2. **Scoring**, readability-style: each run of text (a paragraph, or the text of a block between
//!    double line breaks, whatever inline elements it sits in) scores by length and commas, less
//!    its links, and credits its container. The best container wins.
//! 3. **Widening**: the parts of one article that sit beside the winner (opening paragraphs outside
//!    a "read more" box, sibling step blocks, text split by an inline advert) are taken along by
//!    climbing a few levels while the neighbours hold real paragraphs and are not teaser lists;
//!    then up to the enclosing `<article>`, so that the headline and byline come along.
//! 4. **Rendering**: each block becomes a paragraph; link-heavy blocks, picture credits, and boxes
//!    introduced by a furniture label ("Share this:", "Related", "Most popular") are left out.
//!
//! When no container is found or everything was set aside, the page's whole text is taken (minus
//! the furniture that always goes), and the caller says so.
//!
//! The steps live by concern: [`scoring`] (runs, the best container, widening, labelled boxes),
//! [`headline`] (which heading is the article's), [`byline_date`] (byline and date candidates in
//! the page's text); this file marks the furniture, walks the tree and puts the article together.

mod byline_date;
mod headline;
mod scoring;

use super::render::Renderer;
use super::tree::{Element, NodeData, NodeId, Page};
use super::words::{ClassWord, WORDS};
use crate::import::Problem;
use crate::import::guard::Deadline;
use crate::model::text::collapse_whitespace;

/// Subtrees that are never article text.
const ALWAYS_DROPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "textarea",
    "input",
    "dialog",
    "video",
    "audio",
    "head",
    "title",
    "img",
    "picture",
    "map",
    "figcaption",
];

/// Subtrees that are page furniture unless they hold most of the page.
const LIKELY_DROPPED: &[&str] = &["nav", "aside", "footer", "menu", "form"];

/// ARIA roles of page furniture (likely, as above).
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
];

/// Block elements: each starts and ends a paragraph of the output.
pub(super) const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "address",
    "hr",
    "details",
    "summary",
    "center",
    "body",
    "html",
    "hgroup",
    "fieldset",
    "legend",
    "listing",
    "plaintext",
];

/// Blocks that are one paragraph: their text credits the container they sit in. Text directly in
/// other blocks (a `<div>` of text and `<br>`s) credits that block itself.
const PARAGRAPH_BLOCKS: &[&str] =
    &["p", "pre", "blockquote", "li", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"];

/// A run of text shorter than this (in non-space characters) does not vote for its container.
const MIN_SCORED_RUN_CHARS: usize = 25;

/// A run of text at least this long, with few links, is a real paragraph for widening.
const MIN_GOOD_RUN_CHARS: usize = 80;

/// A block longer than this (in non-space characters) is not a furniture label.
const MAX_LABEL_CHARS: usize = 40;

/// A headline longer than this is not one.
pub(super) const MAX_HEADLINE_CHARS: usize = 1000;

/// How many levels above the best container widening looks for the rest of the article.
const WIDEN_LEVELS: usize = 4;

#[derive(Debug, Default)]
pub(super) struct Article {
    pub(super) paragraphs: Vec<String>,
    pub(super) headline: Option<String>,
    /// The first publication date found on an element (`<time datetime>`, `<abbr title>`,
    /// itemprop=datePublished), outside comments.
    pub(super) time: Option<String>,
    /// A publication day on a short line of the page that opens with a word for published
    /// ("Published 14 January 2026", "Publié le 3 mars 2026"): it outranks a `<time>` element,
    /// which may be an update's (as ISO 8601).
    pub(super) published_line: Option<String>,
    /// A publication day written in the page's text, for pages without metadata or `<time>`: a
    /// short element whose class says date or byline, or a part of a short line that starts with
    /// "Published" (as ISO 8601).
    pub(super) page_date: Option<String>,
    /// Texts that may be the byline, best first (rel=author, itemprop=author, class byline or
    /// author, then a short block that starts with "By", "Par", "Von"…).
    pub(super) bylines: Vec<String>,
    /// No article container was found, so the page's whole text was taken.
    pub(super) taken_whole: bool,
}

/// Per-node figures computed bottom-up.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Counts {
    /// Non-space characters of text in the subtree (not in dropped subtrees).
    pub(super) chars: usize,
    /// Of which inside links.
    pub(super) link_chars: usize,
}

/// The page with its furniture marked.
struct Marked {
    /// Text counts with only `always` set aside, to skip long subtrees cheaply.
    always_counts: Vec<Counts>,
    /// Set aside whatever happens (scripts, comments…).
    always: Vec<bool>,
    /// Set aside for the article (always, plus likely furniture that is not the page's wrapper).
    dropped: Vec<bool>,
}

impl Page {
    pub(super) fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].data {
            NodeData::Element(element) => Some(element),
            _ => None,
        }
    }

    /// `paywalled`: the CSS selectors of the parts the page's JSON-LD says a paywall hides.
    pub(super) fn article(&self, paywalled: &[String], deadline: &Deadline) -> Result<Article, Problem> {
        let marked = self.mark_furniture(paywalled);
        deadline.check()?;
        let counts = self.counts(&marked.dropped);
        let runs = self.score_runs(&marked.dropped);
        deadline.check()?;
        let best = self.declared_body(&marked).or_else(|| runs.best());
        let mut taken_whole = false;
        let mut paragraphs = match best {
            Some(best) => {
                let root = self.widen_to_article(self.widen(best, &runs, &counts, &marked.dropped));
                let mut dropped = self.drop_labelled_boxes(root, &runs, &marked);
                self.drop_meta_lines(root, &marked.always_counts, |id| runs.good[id] > 0.0, &mut dropped);
                self.render(root, &dropped)
            }
            None => Vec::new(),
        };
        if paragraphs.is_empty() {
            // Nothing scored, or the winner held no text: take the page as it is, minus its
            // furniture, and failing that, minus only what always goes.
            paragraphs = self.render(0, &marked.dropped);
            if paragraphs.is_empty() {
                paragraphs = self.render(0, &marked.always);
                taken_whole = !paragraphs.is_empty();
            }
        }
        deadline.check()?;
        // An `<h1>` in the page's banner is the site's name (blog and forum themes): a heading
        // outside the furniture comes first.
        let h1 = self.first_text_of(&marked.dropped, |e| &*e.name == "h1");
        let smaller = self.headline_in_title(&marked.dropped);
        let headline = match (h1, smaller) {
            // The `<title>` names the site (the `<h1>`) and then the topic (a smaller heading):
            // "Club forum • View topic - Topic".
            (Some(h1), Some(smaller))
                if self.h1_sits_in_a_banner(&marked.dropped)
                    && self.title_sets_off_site_name(&h1, &smaller) =>
            {
                Some(smaller)
            }
            (h1, smaller) => h1.or(smaller),
        }
        .or_else(|| self.first_text_of(&marked.always, |e| &*e.name == "h1"))
        .or_else(|| self.headline_in_title(&marked.always));
        // A headline above the article container (in the page header) still belongs to it, and
        // so does the standfirst the page marks under it.
        if let Some(headline) = &headline
            && !paragraphs.iter().any(|p| p == headline)
        {
            if let Some(standfirst) = self.standfirst_after_headline(headline, &marked.always)
                && !paragraphs.contains(&standfirst)
            {
                paragraphs.insert(0, standfirst);
            }
            paragraphs.insert(0, headline.clone());
        }
        super::lines::drop_repeated_quotes(&mut paragraphs);
        // Short labels above the headline (a section kicker, "Press summary", a live badge) are
        // not text: the headline opens the article.
        if let Some(headline) = &headline
            && let Some(at) = paragraphs.iter().position(|p| p == headline)
            && paragraphs[..at].iter().all(|p| super::header::is_kicker(p))
        {
            paragraphs.drain(..at);
        }
        let time = (1..self.nodes.len()).find_map(|id| {
            self.element(id)
                .filter(|e| !marked.always[id] && !e.datetime.is_empty() && is_date_element(e))
                .map(|e| e.datetime.clone())
        });
        let bylines = self.byline_candidates(&marked);
        let published_line = self.date_in_text(&marked, true);
        let page_date =
            if time.is_none() && published_line.is_none() { self.date_in_text(&marked, false) } else { None };
        Ok(Article { paragraphs, headline, time, published_line, page_date, bylines, taken_whole })
    }

    /// Marks the page furniture (see the module docs). Parents come before children in the arena,
    /// so passes in order suffice.
    fn mark_furniture(&self, paywalled: &[String]) -> Marked {
        let n = self.nodes.len();
        let mut always = vec![false; n];
        let mut likely = vec![false; n];
        let mut in_article = vec![false; n];
        for (id, node) in self.nodes.iter().enumerate().skip(1) {
            let parent = node.parent;
            in_article[id] = in_article[parent];
            if always[parent] {
                always[id] = true;
                continue;
            }
            let NodeData::Element(element) = &node.data else { continue };
            let name = &*element.name;
            if matches!(name, "article" | "main") || matches!(element.role.as_str(), "main" | "article") {
                in_article[id] = true;
            }
            if matches!(name, "html" | "body") {
                continue;
            }
            let says = WORDS.class_says(&element.hint_words);
            // The part a paywall hides is the rest of the article, whatever its class or style say.
            let locked = paywalled.iter().any(|selector| matches_simple_selector(element, selector));
            // An `<article>` or `<main>` is the article whatever its class says ("newsletter-post
            // post" is a newsletter's post, not a sign-up box).
            let is_article = matches!(name, "article" | "main")
                || matches!(element.role.as_str(), "main" | "article")
                || declares_article_body(element);
            always[id] = ALWAYS_DROPPED.contains(&name)
                || (name == "sup" && self.is_note_marker(id))
                || (!locked && (element.hidden || (says == Some(ClassWord::Furniture) && !is_article)));
            likely[id] = !always[id]
                && !matches!(name, "article" | "main")
                && (LIKELY_DROPPED.contains(&name)
                    || FURNITURE_ROLES.contains(&element.role.as_str())
                    || (name == "header" && !in_article[id])
                    || says == Some(ClassWord::Likely));
        }
        // Likely furniture that holds at least half of the page's text, or the article body the
        // page declares, is its wrapper.
        let counts = self.counts(&always);
        let total = counts[0].chars;
        let mut holds_body = vec![false; n];
        for id in (1..n).rev() {
            if self.element(id).is_some_and(declares_article_body) && !always[id] && counts[id].chars > 0 {
                holds_body[id] = true;
            }
            if holds_body[id] {
                holds_body[self.nodes[id].parent] = true;
            }
        }
        let mut dropped = always.clone();
        for (id, node) in self.nodes.iter().enumerate().skip(1) {
            let wraps = holds_body[id] || counts[id].chars * 2 >= total.max(1);
            if dropped[node.parent] || (likely[id] && !wraps) {
                dropped[id] = true;
            }
        }
        Marked { always_counts: counts, always, dropped }
    }

    fn counts(&self, dropped: &[bool]) -> Vec<Counts> {
        let mut counts = vec![Counts::default(); self.nodes.len()];
        for id in (1..self.nodes.len()).rev() {
            if dropped[id] {
                continue;
            }
            if let NodeData::Text(text) = &self.nodes[id].data {
                counts[id].chars += non_space_chars(text);
            }
            if self.element(id).is_some_and(|e| &*e.name == "a") {
                counts[id].link_chars = counts[id].chars;
            }
            let own = counts[id];
            let parent = &mut counts[self.nodes[id].parent];
            parent.chars += own.chars;
            parent.link_chars += own.link_chars;
        }
        counts
    }
    fn is_ancestor(&self, ancestor: NodeId, mut id: NodeId) -> bool {
        while id != 0 {
            if id == ancestor {
                return true;
            }
            id = self.nodes[id].parent;
        }
        false
    }

    fn mark_subtree(&self, id: NodeId, dropped: &mut [bool]) {
        for node in self.descendants(id) {
            dropped[node] = true;
        }
    }
    /// Node ids under `root` in document order, without recursion.
    pub(super) fn descendants(&self, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![root];
        std::iter::from_fn(move || {
            let id = stack.pop()?;
            stack.extend(self.nodes[id].children.iter().rev());
            Some(id)
        })
    }

    /// The text of a small subtree, or `None` when it holds more than `max_chars` characters or
    /// too many nodes to be a short label (so that checking every block stays linear on hostile
    /// nesting).
    pub(super) fn short_text_of(&self, id: NodeId, max_chars: usize) -> Option<String> {
        let max_nodes = 4 * max_chars + 64;
        let mut out = String::new();
        for (visited, node) in self.descendants(id).enumerate() {
            if visited > max_nodes || out.len() > 4 * max_chars {
                return None;
            }
            match &self.nodes[node].data {
                NodeData::Text(text) => out.push_str(text),
                NodeData::Element(e) if &*e.name == "br" => out.push(' '),
                _ => {}
            }
        }
        let text = collapse_whitespace(&out);
        (text.chars().count() <= max_chars).then_some(text)
    }

    /// The text under `root` as paragraphs: blocks start new paragraphs, `<br>` breaks lines,
    /// white space is collapsed except in `<pre>`, link-heavy blocks and credits are dropped.
    fn render(&self, root: NodeId, dropped: &[bool]) -> Vec<String> {
        enum Step {
            Enter(NodeId),
            Leave(NodeId),
        }
        let mut renderer = Renderer::default();
        let mut stack = vec![Step::Enter(root)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(id) => {
                    if dropped[id] {
                        continue;
                    }
                    match &self.nodes[id].data {
                        NodeData::Text(text) => renderer.text(text),
                        NodeData::Root => {}
                        NodeData::Element(element) => renderer.enter(&element.name),
                    }
                    stack.push(Step::Leave(id));
                    stack.extend(self.nodes[id].children.iter().rev().map(|&child| Step::Enter(child)));
                }
                Step::Leave(id) => {
                    if let NodeData::Element(element) = &self.nodes[id].data {
                        renderer.leave(&element.name);
                    }
                }
            }
        }
        renderer.finish()
    }
}

pub(super) fn non_space_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Whether an element matches a class or id selector (`.locked-body`, `#rest`), compared by the
/// words of its class and id (the element keeps no more); other selectors match nothing.
fn matches_simple_selector(element: &Element, selector: &str) -> bool {
    let Some(name) = selector.strip_prefix('.').or_else(|| selector.strip_prefix('#')) else { return false };
    let wanted: Vec<String> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    !wanted.is_empty() && element.hint_words.windows(wanted.len()).any(|window| window == wanted.as_slice())
}

fn declares_article_body(element: &Element) -> bool {
    element.itemprop.split_ascii_whitespace().any(|p| p == "articlebody")
}

fn is_date_element(element: &Element) -> bool {
    &*element.name == "time"
        || element.itemprop == "datepublished"
        || (element.hint_words.iter().any(|w| w == "published")
            && element.datetime.starts_with(|c: char| c.is_ascii_digit()))
}
