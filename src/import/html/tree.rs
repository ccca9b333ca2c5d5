//! The page as a tree: `html5ever`'s tokenizer feeding a bounded tree builder of our own.
//!
//! html5ever's full tree builder scans the stack of open elements for every start tag, which made
//! 100,000 nested `<div>`s take about two minutes; this one looks only a bounded distance down the
//! stack, caps nesting at [`MAX_NESTING_DEPTH`] (deeper elements become siblings, as in browsers),
//! and stores the tree in a flat arena (parents before children) that is walked without recursion.
//! It applies the implied end tags that matter for text (`p`, `li`, `dt`/`dd`, table cells,
//! headings). The head's metadata (`<meta>`, `<title>`, canonical link, JSON-LD) is collected on
//! the way.

use std::cell::RefCell;

use html5ever::LocalName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::super::Problem;
use super::super::guard::Deadline;

/// Elements nested deeper than this are attached to the deepest allowed ancestor instead (browsers
/// do the same at 512).
pub(crate) const MAX_NESTING_DEPTH: usize = 512;

/// How far down the stack of open elements an end tag or an implied end looks for its element.
/// Bounding it keeps hostile nesting linear; real pages close what they open within a few levels.
const STACK_LOOKBACK: usize = 256;

/// JSON-LD blocks and titles larger than this are ignored (real ones are a few KiB).
const MAX_JSON_LD_BYTES: usize = 1024 * 1024;
/// A page's app state can be large (every teaser of the site); past this it is cut, and a cut
/// block does not parse, so it is left unread.
const MAX_APP_DATA_BYTES: usize = 4 << 20;
const MAX_TITLE_BYTES: usize = 16 * 1024;

/// The tokenizer is fed this much at a time so that the deadline is checked between pieces.
const FEED_CHUNK_BYTES: usize = 64 * 1024;

pub(super) type NodeId = usize;

#[derive(Debug)]
pub(super) struct Node {
    pub(super) parent: NodeId,
    pub(super) children: Vec<NodeId>,
    pub(super) data: NodeData,
}

#[derive(Debug)]
pub(super) enum NodeData {
    Root,
    Element(Element),
    Text(String),
}

#[derive(Debug, Default)]
pub(super) struct Element {
    pub(super) name: LocalName,
    /// Lower-cased words of the id, class, role and itemprop attributes, for recognising
    /// boilerplate ("share-bar", "ad-slot") and content ("article-body").
    pub(super) hint_words: Vec<String>,
    pub(super) role: String,
    pub(super) itemprop: String,
    pub(super) rel: String,
    /// `datetime` of `<time>`, or `title` of `<abbr>` or of an element of class "published", or
    /// `content` of an element with itemprop.
    pub(super) datetime: String,
    pub(super) hidden: bool,
    /// A microdata item of an organisation's type (`itemtype=".../Organization"`): as the
    /// author, an outlet or agency, nobody's name.
    pub(super) organization_item: bool,
}

/// What the page says about itself outside its body text.
#[derive(Debug, Default)]
pub(super) struct HeadData {
    /// `<meta>` name/property/itemprop (lower-cased) and content, in document order.
    pub(super) metas: Vec<(String, String)>,
    pub(super) canonical: Option<String>,
    pub(super) title: Option<String>,
    pub(super) json_ld: Vec<String>,
    /// `<script type="application/json">` blocks: the state a script-rendered page (Next.js,
    /// Nuxt…) starts from, which may hold the article the page has not rendered.
    pub(super) app_data: Vec<String>,
}

/// Text that the tokenizer delivers raw (inside script, style, title, textarea…).
#[derive(Debug)]
enum RawCapture {
    Discard(LocalName),
    Title(String),
    JsonLd(String),
    AppData(String),
}

#[derive(Debug)]
struct Builder {
    nodes: Vec<Node>,
    /// The stack of open elements; `open[0]` is the root and is never popped.
    open: Vec<NodeId>,
    head: HeadData,
    raw: Option<RawCapture>,
}

struct Sink {
    builder: RefCell<Builder>,
}

/// A parsed page: the node arena and the head data.
#[derive(Debug)]
pub(super) struct Page {
    pub(super) nodes: Vec<Node>,
    pub(super) head: HeadData,
}

pub(super) fn parse(html: &str, deadline: &Deadline) -> Result<Page, Problem> {
    let builder = Builder {
        nodes: vec![Node { parent: 0, children: Vec::new(), data: NodeData::Root }],
        open: vec![0],
        head: HeadData::default(),
        raw: None,
    };
    let tokenizer = Tokenizer::new(Sink { builder: RefCell::new(builder) }, TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut rest = html;
    while !rest.is_empty() {
        deadline.check()?;
        let mut cut = rest.len().min(FEED_CHUNK_BYTES);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (chunk, after) = rest.split_at(cut);
        queue.push_back(StrTendril::from_slice(chunk));
        // Our sink never asks for scripts to run, so feeding only stops when the queue is empty.
        let _ = tokenizer.feed(&queue);
        rest = after;
    }
    tokenizer.end();
    let builder = tokenizer.sink.builder.into_inner();
    Ok(Page { nodes: builder.nodes, head: builder.head })
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line_number: u64) -> TokenSinkResult<()> {
        let mut builder = self.builder.borrow_mut();
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => builder.start_tag(tag),
                TagKind::EndTag => {
                    builder.end_tag(&tag);
                    TokenSinkResult::Continue
                }
            },
            Token::CharacterTokens(text) => {
                builder.characters(&text);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
    "track", "wbr", "frame", "basefont", "bgsound",
];

/// Start tags that close an open `<p>` (the HTML standard's list, abridged to what occurs).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
    "listing",
    "center",
];

pub(super) const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

fn attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
}

impl Builder {
    fn start_tag(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let name = tag.name.clone();
        match &*name {
            "script" => {
                let kind = attr(&tag, "type").map(str::to_ascii_lowercase);
                self.raw = Some(match kind.as_deref() {
                    Some(t) if t.contains("ld+json") => RawCapture::JsonLd(String::new()),
                    Some("application/json") => RawCapture::AppData(String::new()),
                    _ => RawCapture::Discard(name),
                });
                return TokenSinkResult::RawData(RawKind::ScriptData);
            }
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                self.raw = Some(RawCapture::Discard(name));
                return TokenSinkResult::RawData(RawKind::Rawtext);
            }
            "title" => {
                // A <title> inside <svg> is a tooltip, not the page title; only the first counts.
                self.raw = Some(if self.head.title.is_none() && !self.inside("svg") {
                    RawCapture::Title(String::new())
                } else {
                    RawCapture::Discard(name)
                });
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            "textarea" => {
                self.raw = Some(RawCapture::Discard(name));
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            "meta" => {
                let key =
                    attr(&tag, "property").or_else(|| attr(&tag, "name")).or_else(|| attr(&tag, "itemprop"));
                if let (Some(key), Some(content)) = (key, attr(&tag, "content")) {
                    self.head.metas.push((key.trim().to_ascii_lowercase(), content.to_owned()));
                }
                return TokenSinkResult::Continue;
            }
            "link" => {
                let is_canonical = attr(&tag, "rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if let (true, None, Some(href)) = (is_canonical, &self.head.canonical, attr(&tag, "href")) {
                    self.head.canonical = Some(href.trim().to_owned());
                }
                return TokenSinkResult::Continue;
            }
            _ => {}
        }
        self.apply_implied_end_tags(&name);
        let element = element_from(&tag);
        let id = self.append(NodeData::Element(element));
        let is_void = VOID_ELEMENTS.contains(&&*name);
        if !is_void && !tag.self_closing && self.open.len() < MAX_NESTING_DEPTH {
            self.open.push(id);
        }
        if &*name == "plaintext" {
            return TokenSinkResult::Plaintext;
        }
        TokenSinkResult::Continue
    }

    fn apply_implied_end_tags(&mut self, name: &str) {
        if CLOSES_P.contains(&name) {
            self.close_if_open(
                "p",
                &["button", "table", "td", "th", "caption", "html", "object", "template"],
            );
        }
        match name {
            "li" => self.close_if_open("li", &["ul", "ol", "menu", "table"]),
            "dt" | "dd" => {
                self.close_if_open("dt", &["dl", "table"]);
                self.close_if_open("dd", &["dl", "table"]);
            }
            "tr" => self.close_if_open("tr", &["table", "tbody", "thead", "tfoot"]),
            "td" | "th" => {
                self.close_if_open("td", &["tr", "table"]);
                self.close_if_open("th", &["tr", "table"]);
            }
            "option" => self.close_if_open("option", &["select", "datalist"]),
            _ if HEADINGS.contains(&name)
                && self.current_name().is_some_and(|current| HEADINGS.contains(&current)) =>
            {
                self.open.pop();
            }
            _ => {}
        }
    }

    /// Pops up to and including the nearest open `name`, unless a `boundary` element comes first
    /// (or it lies deeper than the lookback).
    fn close_if_open(&mut self, name: &str, boundaries: &[&str]) {
        if let Some(position) = self.find_open(|n| n == name, |n| boundaries.contains(&n)) {
            self.open.truncate(position.max(1));
        }
    }

    fn end_tag(&mut self, tag: &Tag) {
        let name = &*tag.name;
        if let Some(raw) = self.raw.take() {
            match raw {
                RawCapture::Title(title) if name == "title" => self.head.title = Some(title),
                RawCapture::JsonLd(json) if name == "script" => self.head.json_ld.push(json),
                RawCapture::AppData(json) if name == "script" => self.head.app_data.push(json),
                RawCapture::Discard(open) if &*open == name => {}
                // The tokenizer only ends raw text at the matching end tag; keep capturing otherwise.
                other => self.raw = Some(other),
            }
            return;
        }
        if name == "br" {
            // `</br>` is treated as `<br>` by browsers.
            self.append(NodeData::Element(Element { name: tag.name.clone(), ..Element::default() }));
            return;
        }
        if let Some(position) = self.find_open(|n| n == name, |_| false) {
            self.open.truncate(position.max(1));
        }
    }

    /// The index in `open` of the nearest element matching `wanted`, looking at most
    /// [`STACK_LOOKBACK`] entries down and stopping at a `boundary`.
    fn find_open(&self, wanted: impl Fn(&str) -> bool, boundary: impl Fn(&str) -> bool) -> Option<usize> {
        for (position, &id) in self.open.iter().enumerate().rev().take(STACK_LOOKBACK) {
            let NodeData::Element(element) = &self.nodes[id].data else { return None };
            if wanted(&element.name) {
                return Some(position);
            }
            if boundary(&element.name) {
                return None;
            }
        }
        None
    }

    fn current_name(&self) -> Option<&str> {
        let &id = self.open.last()?;
        match &self.nodes[id].data {
            NodeData::Element(element) => Some(&element.name),
            _ => None,
        }
    }

    fn inside(&self, name: &str) -> bool {
        self.find_open(|n| n == name, |_| false).is_some()
    }

    fn characters(&mut self, text: &str) {
        match &mut self.raw {
            Some(RawCapture::Title(title)) => push_bounded(title, text, MAX_TITLE_BYTES),
            Some(RawCapture::JsonLd(json)) => push_bounded(json, text, MAX_JSON_LD_BYTES),
            Some(RawCapture::AppData(json)) => push_bounded(json, text, MAX_APP_DATA_BYTES),
            Some(RawCapture::Discard(_)) => {}
            None => {
                let parent = self.open.last().copied().unwrap_or(0);
                if let Some(&last) = self.nodes[parent].children.last()
                    && let NodeData::Text(existing) = &mut self.nodes[last].data
                {
                    existing.push_str(text);
                    return;
                }
                self.append(NodeData::Text(text.to_owned()));
            }
        }
    }

    fn append(&mut self, data: NodeData) -> NodeId {
        let parent = self.open.last().copied().unwrap_or(0);
        let id = self.nodes.len();
        self.nodes.push(Node { parent, children: Vec::new(), data });
        self.nodes[parent].children.push(id);
        id
    }
}

fn push_bounded(target: &mut String, text: &str, limit: usize) {
    if target.len() + text.len() <= limit {
        target.push_str(text);
    }
}

/// "NewsletterInline" → ["newsletter", "inline"]; a word without an inner capital after a
/// lower-case letter gives none.
fn camel_humps(word: &str) -> Vec<String> {
    let mut humps = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in word.chars() {
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            humps.push(std::mem::take(&mut current).to_lowercase());
        }
        previous_lower = c.is_lowercase();
        current.push(c);
    }
    if humps.is_empty() {
        return Vec::new();
    }
    humps.push(current.to_lowercase());
    humps.truncate(8);
    humps
}

fn element_from(tag: &Tag) -> Element {
    let mut hint_words = Vec::new();
    for key in ["id", "class", "role", "itemprop"] {
        if let Some(value) = attr(tag, key) {
            for word in value.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(32) {
                hint_words.push(word.to_lowercase());
                // CSS modules and styled components join words in camel case
                // ("NewsletterInline_box__Fg3"): their humps are words too.
                hint_words.extend(camel_humps(word));
            }
        }
    }
    let style = attr(tag, "style").unwrap_or_default().to_ascii_lowercase().replace(' ', "");
    let hidden = attr(tag, "hidden").is_some()
        || attr(tag, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || style.contains("display:none")
        || style.contains("visibility:hidden");
    let lower = |key: &str| attr(tag, key).unwrap_or_default().trim().to_ascii_lowercase();
    // hAtom's `<abbr class="published" title="2026-03-14">`, also on a `<span>`.
    let title_is_date = &*tag.name == "abbr" || hint_words.iter().any(|w| w == "published");
    Element {
        name: tag.name.clone(),
        hint_words,
        role: lower("role"),
        itemprop: lower("itemprop"),
        rel: lower("rel"),
        datetime: attr(tag, "datetime")
            .or_else(|| if title_is_date { attr(tag, "title") } else { None })
            .or_else(|| attr(tag, "itemprop").and_then(|_| attr(tag, "content")))
            .unwrap_or_default()
            .trim()
            .to_owned(),
        hidden,
        organization_item: attr(tag, "itemtype").is_some_and(|t| {
            let t = t.trim().trim_end_matches('/');
            t.ends_with("Organization") || t.ends_with("Corporation")
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::camel_humps;

    #[test]
    fn camel_case_class_names_give_their_humps() {
        assert_eq!(camel_humps("NewsletterInline"), ["newsletter", "inline"]);
        assert_eq!(camel_humps("shareBarTop"), ["share", "bar", "top"]);
        assert!(camel_humps("sidebar").is_empty());
        assert!(camel_humps("NYT").is_empty());
        assert!(camel_humps("Lp2").is_empty());
    }
}
