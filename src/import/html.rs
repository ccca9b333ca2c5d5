//! Saved web pages to the article's paragraphs and metadata.
//!
//! Three steps:
//!
//! 1. **Decode**: a byte-order mark, else the page's `<meta charset>` (or `http-equiv`), else the
//!    text rules of [`super::text`] (UTF-8, or a detected legacy encoding). A page that declares a
//!    legacy charset but is valid UTF-8 with non-ASCII text is read as UTF-8 (a common server
//!    misconfiguration), with a note.
//! 2. **Parse**: `html5ever`'s spec-compliant tokenizer (entities, raw text in scripts and styles,
//!    malformed tags) feeds a small tree builder of our own. html5ever's full tree builder scans the
//!    stack of open elements for every start tag, which made 100,000 nested `<div>`s take about two
//!    minutes; ours looks only a bounded distance down the stack, caps nesting at
//!    [`MAX_NESTING_DEPTH`] (deeper elements become siblings, as in browsers), and stores the tree
//!    in a flat arena that is walked without recursion. It applies the implied end tags that matter
//!    for text (`p`, `li`, `dt`/`dd`, table cells, headings).
//! 3. **Extract**: boilerplate subtrees are dropped (scripts, styles, navigation, headers and
//!    footers outside the article, asides, forms, hidden elements, and elements whose class or id
//!    says share, comment, advert, related, newsletter…); paragraphs are scored readability-style
//!    (length, commas, link density) and the best container is kept, widened to its `<article>` so
//!    that the headline and byline come along. Each block (paragraph, heading, list item, quote)
//!    becomes its own paragraph; link-heavy blocks are dropped.
//!
//! Metadata comes from OpenGraph and other `<meta>` tags, JSON-LD (`NewsArticle` and friends,
//! including `@graph` references), `<link rel=canonical>`, `<title>`, `<time datetime>` and the
//! byline in the page.

use std::cell::RefCell;

use html5ever::LocalName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::guard::Deadline;
use super::text::{self, Decoded};
use super::{Extracted, Problem};
use crate::model::SourceMeta;
use crate::model::text::collapse_whitespace;

/// Elements nested deeper than this are attached to the deepest allowed ancestor instead (browsers
/// do the same at 512).
pub(crate) const MAX_NESTING_DEPTH: usize = 512;

/// How far down the stack of open elements an end tag or an implied end looks for its element.
/// Bounding it keeps hostile nesting linear; real pages close what they open within a few levels.
const STACK_LOOKBACK: usize = 256;

/// JSON-LD blocks and titles larger than this are ignored (real ones are a few KiB).
const MAX_JSON_LD_BYTES: usize = 1024 * 1024;
const MAX_TITLE_BYTES: usize = 16 * 1024;

/// The tokenizer is fed this much at a time so that the deadline is checked between pieces.
const FEED_CHUNK_BYTES: usize = 64 * 1024;

/// Reads a web page from bytes (see the module docs).
pub(crate) fn import_html_bytes(bytes: &[u8], deadline: &Deadline) -> Result<Extracted, Problem> {
    let decoded = decode_html(bytes)?;
    let mut extracted = import_html_text(&decoded.text, deadline)?;
    extracted.notes.splice(0..0, decoded.note);
    Ok(extracted)
}

/// Reads a web page that is already text (decoded, or pasted).
pub(crate) fn import_html_text(html: &str, deadline: &Deadline) -> Result<Extracted, Problem> {
    let page = parse(html, deadline)?;
    let article = page.article(deadline)?;
    if article.paragraphs.is_empty() {
        let what = if page.had_visible_text() {
            "navigation and other page furniture"
        } else {
            "scripts and markup"
        };
        return Err(Problem::NoArticleText(what));
    }
    let mut meta = page.metadata(&article);
    if meta.title.is_empty() {
        meta.title = article.headline.clone().unwrap_or_default();
    }
    Ok(Extracted { text: article.paragraphs.join("\n\n"), meta, notes: Vec::new() })
}

// ---------------------------------------------------------------------------------------------
// Decoding

fn decode_html(bytes: &[u8]) -> Result<Decoded, Problem> {
    let has_bom = bytes.starts_with(b"\xef\xbb\xbf")
        || bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff");
    if has_bom {
        return text::decode(bytes);
    }
    let Some(declared) = declared_charset(bytes) else { return text::decode(bytes) };
    // The HTML standard reads a UTF-16 declaration in an ASCII-compatible file as UTF-8.
    if declared == encoding_rs::UTF_8
        || declared == encoding_rs::UTF_16LE
        || declared == encoding_rs::UTF_16BE
    {
        return text::decode(bytes);
    }
    if let Ok(utf8) = std::str::from_utf8(bytes)
        && !utf8.is_ascii()
    {
        return Ok(Decoded {
            text: utf8.to_owned(),
            note: Some(format!("the page declares {} but is UTF-8; read as UTF-8", declared.name())),
        });
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(Problem::Binary { why: "it contains NUL bytes" });
    }
    Ok(text::decode_with(bytes, declared, "declared in the page"))
}

/// The encoding named by a `<meta charset=…>` or `<meta http-equiv=Content-Type content="…;
/// charset=…">` in the first KiB of the page, as the HTML standard's prescan looks for it.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    const PRESCAN_BYTES: usize = 1024;
    let head = bytes[..bytes.len().min(PRESCAN_BYTES)].to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(start) = memchr::memmem::find(rest, b"<meta") {
        let tag_and_after = &rest[start + 5..];
        let end = memchr::memchr(b'>', tag_and_after).unwrap_or(tag_and_after.len());
        let tag = &tag_and_after[..end];
        if let Some(at) = memchr::memmem::find(tag, b"charset") {
            let value = tag[at + 7..].trim_ascii_start();
            if let Some(value) = value.strip_prefix(b"=") {
                let value = value.trim_ascii_start();
                let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
                let label_end = value
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'\t' | b'\n' | b'\r'))
                    .unwrap_or(value.len());
                if let Some(encoding) = encoding_rs::Encoding::for_label(&value[..label_end]) {
                    return Some(encoding);
                }
            }
        }
        rest = &tag_and_after[end..];
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Parsing

type NodeId = usize;

#[derive(Debug)]
struct Node {
    parent: NodeId,
    children: Vec<NodeId>,
    data: NodeData,
}

#[derive(Debug)]
enum NodeData {
    Root,
    Element(Element),
    Text(String),
}

#[derive(Debug, Default)]
struct Element {
    name: LocalName,
    /// Lower-cased words of the id, class, role and itemprop attributes, for recognising
    /// boilerplate ("share-bar", "ad-slot") and content ("article-body").
    hint_words: Vec<String>,
    role: String,
    itemprop: String,
    rel: String,
    datetime: String,
    hidden: bool,
}

/// What the page says about itself outside its body text.
#[derive(Debug, Default)]
struct HeadData {
    /// `<meta>` name/property/itemprop (lower-cased) and content, in document order.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    title: Option<String>,
    json_ld: Vec<String>,
}

/// Text that the tokenizer delivers raw (inside script, style, title, textarea…).
#[derive(Debug)]
enum RawCapture {
    Discard(LocalName),
    Title(String),
    JsonLd(String),
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
struct Page {
    nodes: Vec<Node>,
    head: HeadData,
}

fn parse(html: &str, deadline: &Deadline) -> Result<Page, Problem> {
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

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

fn attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
}

impl Builder {
    fn start_tag(&mut self, tag: Tag) -> TokenSinkResult<()> {
        let name = tag.name.clone();
        match &*name {
            "script" => {
                let is_json_ld =
                    attr(&tag, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                self.raw = Some(if is_json_ld {
                    RawCapture::JsonLd(String::new())
                } else {
                    RawCapture::Discard(name)
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

fn element_from(tag: &Tag) -> Element {
    let mut hint_words = Vec::new();
    for key in ["id", "class", "role", "itemprop"] {
        if let Some(value) = attr(tag, key) {
            hint_words.extend(
                value
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .take(32)
                    .map(str::to_lowercase),
            );
        }
    }
    let style = attr(tag, "style").unwrap_or_default().to_ascii_lowercase().replace(' ', "");
    let hidden = attr(tag, "hidden").is_some()
        || attr(tag, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || style.contains("display:none")
        || style.contains("visibility:hidden");
    let lower = |key: &str| attr(tag, key).unwrap_or_default().trim().to_ascii_lowercase();
    Element {
        name: tag.name.clone(),
        hint_words,
        role: lower("role"),
        itemprop: lower("itemprop"),
        rel: lower("rel"),
        datetime: attr(tag, "datetime").unwrap_or_default().trim().to_owned(),
        hidden,
    }
}

// ---------------------------------------------------------------------------------------------
// Extraction

/// Subtrees that are never article text.
const DROPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "form",
    "button", "select", "textarea", "input", "nav", "aside", "footer", "dialog", "menu", "video", "audio",
    "head", "title", "img", "picture", "map",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
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

/// Words in a class or id that mark boilerplate.
const BOILERPLATE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "promo",
    "sponsor",
    "sponsored",
    "related",
    "recommended",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "banner",
    "popup",
    "modal",
    "footer",
    "sidebar",
    "widget",
    "breadcrumb",
    "breadcrumbs",
    "masthead",
    "toolbar",
    "outbrain",
    "taboola",
    "skip",
    "print",
    "paywall",
    "disqus",
    "trending",
    "most",
    "popular",
    "tags",
    "author-bio",
];

/// Words in a class or id that mark content, which keep an element even if it also has a
/// boilerplate word ("article-with-sidebar").
const CONTENT_WORDS: &[&str] =
    &["article", "content", "main", "body", "story", "post", "entry", "text", "prose"];

/// Block elements: each starts and ends a paragraph of the output.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
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

/// A paragraph shorter than this (in non-space characters) does not vote for its container.
const MIN_SCORED_PARAGRAPH_CHARS: usize = 25;

#[derive(Debug)]
struct Article {
    paragraphs: Vec<String>,
    headline: Option<String>,
    /// The first `<time datetime>` in the article, a fallback publication date.
    time: Option<String>,
    /// A byline found in the article (rel=author, itemprop=author, class "byline" or "author").
    byline: Option<String>,
}

/// Per-node counts computed bottom-up.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    /// Non-space characters of text in the subtree (not in dropped subtrees).
    chars: usize,
    /// Of which inside links.
    link_chars: usize,
    commas: usize,
}

impl Page {
    fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].data {
            NodeData::Element(element) => Some(element),
            _ => None,
        }
    }

    fn had_visible_text(&self) -> bool {
        let dropped = self.dropped_nodes();
        self.nodes
            .iter()
            .enumerate()
            .any(|(id, node)| !dropped[id] && matches!(&node.data, NodeData::Text(t) if !t.trim().is_empty()))
    }

    /// Marks every node inside boilerplate. Parents come before children in the arena, so one
    /// pass in order suffices.
    fn dropped_nodes(&self) -> Vec<bool> {
        let mut dropped = vec![false; self.nodes.len()];
        let mut in_article = vec![false; self.nodes.len()];
        for (id, node) in self.nodes.iter().enumerate().skip(1) {
            let parent = node.parent;
            in_article[id] = in_article[parent];
            if dropped[parent] {
                dropped[id] = true;
                continue;
            }
            if let NodeData::Element(element) = &node.data {
                let name = &*element.name;
                if name == "article" || name == "main" || element.role == "main" || element.role == "article"
                {
                    in_article[id] = true;
                }
                dropped[id] = is_boilerplate(element, in_article[id]);
            }
        }
        dropped
    }

    fn counts(&self, dropped: &[bool]) -> Vec<Counts> {
        let mut counts = vec![Counts::default(); self.nodes.len()];
        for id in (1..self.nodes.len()).rev() {
            if dropped[id] {
                continue;
            }
            if let NodeData::Text(text) = &self.nodes[id].data {
                let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                let commas = text.chars().filter(|&c| matches!(c, ',' | '，' | '、' | '،')).count();
                counts[id].chars += chars;
                counts[id].commas += commas;
            }
            if self.element(id).is_some_and(|e| &*e.name == "a") {
                counts[id].link_chars = counts[id].chars;
            }
            let own = counts[id];
            let parent = &mut counts[self.nodes[id].parent];
            parent.chars += own.chars;
            parent.link_chars += own.link_chars;
            parent.commas += own.commas;
        }
        counts
    }

    /// The container that holds the article, readability-style.
    fn article_root(&self, dropped: &[bool], counts: &[Counts]) -> NodeId {
        if let Some(body) = (1..self.nodes.len())
            .find(|&id| !dropped[id] && self.element(id).is_some_and(|e| e.itemprop == "articlebody"))
        {
            return self.widen_to_article(body);
        }
        let mut scores = vec![0f64; self.nodes.len()];
        for id in 1..self.nodes.len() {
            let Some(element) = self.element(id) else { continue };
            if dropped[id] || !matches!(&*element.name, "p" | "pre" | "td" | "blockquote" | "div" | "section")
            {
                continue;
            }
            let chars = if matches!(&*element.name, "div" | "section") {
                self.direct_text_chars(id)
            } else {
                counts[id].chars
            };
            if chars < MIN_SCORED_PARAGRAPH_CHARS {
                continue;
            }
            let link_density = counts[id].link_chars as f64 / counts[id].chars.max(1) as f64;
            let score = (1.0 + counts[id].commas.min(20) as f64 + (chars as f64 / 100.0).min(3.0))
                * (1.0 - link_density);
            let parent = self.nodes[id].parent;
            scores[parent] += score;
            if parent != 0 {
                scores[self.nodes[parent].parent] += score / 2.0;
            }
        }
        let best = (1..self.nodes.len())
            .filter(|&id| scores[id] > 0.0)
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)));
        let Some(best) = best else { return 0 };
        // Article text split by an inline advert or pull quote lives in sibling containers.
        let parent = self.nodes[best].parent;
        let strong_siblings = self.nodes[parent]
            .children
            .iter()
            .filter(|&&child| child != best && scores[child] >= scores[best] * 0.2 && scores[child] > 1.0)
            .count();
        let root = if strong_siblings > 0 && parent != 0 { parent } else { best };
        self.widen_to_article(root)
    }

    fn direct_text_chars(&self, id: NodeId) -> usize {
        self.nodes[id]
            .children
            .iter()
            .filter_map(|&child| match &self.nodes[child].data {
                NodeData::Text(text) => Some(text.chars().filter(|c| !c.is_whitespace()).count()),
                _ => None,
            })
            .sum()
    }

    /// The nearest enclosing `<article>`, so that its header (headline, byline) is kept.
    fn widen_to_article(&self, id: NodeId) -> NodeId {
        let mut current = id;
        while current != 0 {
            if self.element(current).is_some_and(|e| &*e.name == "article" || e.role == "article") {
                return current;
            }
            current = self.nodes[current].parent;
        }
        id
    }

    fn article(&self, deadline: &Deadline) -> Result<Article, Problem> {
        let dropped = self.dropped_nodes();
        deadline.check()?;
        let counts = self.counts(&dropped);
        let root = self.article_root(&dropped, &counts);
        deadline.check()?;
        let mut paragraphs = self.render(root, &dropped);
        let headline = self.first_text_of(&dropped, |e| &*e.name == "h1");
        // A headline above the article container (in the page header) still belongs to it.
        if let Some(headline) = &headline
            && !paragraphs.iter().any(|p| p == headline)
        {
            paragraphs.insert(0, headline.clone());
        }
        let time = self.descendants(root).find_map(|id| {
            self.element(id)
                .filter(|e| &*e.name == "time" && !e.datetime.is_empty())
                .map(|e| e.datetime.clone())
        });
        let byline = self.first_text_of(&dropped, |e| {
            e.rel.split_ascii_whitespace().any(|r| r == "author")
                || e.itemprop == "author"
                || e.hint_words.iter().any(|w| w == "byline" || w == "author")
        });
        Ok(Article { paragraphs, headline, time, byline })
    }

    fn first_text_of(&self, dropped: &[bool], wanted: impl Fn(&Element) -> bool) -> Option<String> {
        (1..self.nodes.len())
            .filter(|&id| !dropped[id] && self.element(id).is_some_and(&wanted))
            .map(|id| collapse_whitespace(&self.text_of(id)))
            .find(|text| !text.is_empty())
    }

    /// Node ids under `root` in document order, without recursion.
    fn descendants(&self, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![root];
        std::iter::from_fn(move || {
            let id = stack.pop()?;
            stack.extend(self.nodes[id].children.iter().rev());
            Some(id)
        })
    }

    fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        for node in self.descendants(id) {
            if let NodeData::Text(text) = &self.nodes[node].data {
                out.push_str(text);
            }
        }
        out
    }

    /// The text under `root` as paragraphs: blocks start new paragraphs, `<br>` breaks lines,
    /// white space is collapsed except in `<pre>`, link-heavy blocks are dropped.
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
                    if dropped[id] && id != root {
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

    fn metadata(&self, article: &Article) -> SourceMeta {
        let json_ld = JsonLd::parse(&self.head.json_ld);
        let meta_value = |keys: &[&str]| {
            keys.iter().find_map(|key| {
                self.head
                    .metas
                    .iter()
                    .find(|(k, v)| k == key && !v.trim().is_empty())
                    .map(|(_, v)| collapse_whitespace(v))
            })
        };
        let outlet = meta_value(&["og:site_name"])
            .or_else(|| json_ld.publisher.clone())
            .or_else(|| meta_value(&["application-name", "dc.publisher", "publisher"]))
            .unwrap_or_default();
        let page_title =
            self.head.title.as_deref().map(collapse_whitespace).map(|t| strip_site_suffix(&t, &outlet));
        let title = meta_value(&["og:title"])
            .or_else(|| json_ld.headline.clone())
            .or_else(|| meta_value(&["twitter:title", "dc.title", "citation_title"]))
            .or(page_title)
            .unwrap_or_default();
        let author = json_ld
            .author
            .clone()
            .or_else(|| {
                meta_value(&["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"])
                    .filter(|a| !a.starts_with("http"))
            })
            .or_else(|| meta_value(&["byl"]).map(|b| strip_by(&b)))
            .or_else(|| article.byline.as_deref().map(strip_by))
            .unwrap_or_default();
        let published = json_ld
            .published
            .clone()
            .or_else(|| {
                meta_value(&[
                    "article:published_time",
                    "og:published_time",
                    "datepublished",
                    "date",
                    "pubdate",
                    "publishdate",
                    "dc.date.issued",
                    "dc.date",
                    "dcterms.created",
                    "citation_publication_date",
                    "parsely-pub-date",
                    "sailthru.date",
                ])
            })
            .or_else(|| article.time.clone())
            .unwrap_or_default();
        let url = self
            .head
            .canonical
            .clone()
            .filter(|u| !u.is_empty())
            .or_else(|| meta_value(&["og:url"]))
            .or_else(|| json_ld.url.clone())
            .unwrap_or_default();
        SourceMeta { title, outlet, author, published, url, ..SourceMeta::default() }
    }
}

fn is_boilerplate(element: &Element, in_article: bool) -> bool {
    let name = &*element.name;
    if matches!(name, "html" | "body" | "article" | "main") {
        return false;
    }
    if element.hidden || DROPPED_ELEMENTS.contains(&name) || DROPPED_ROLES.contains(&element.role.as_str()) {
        return true;
    }
    if name == "header" && !in_article {
        return true;
    }
    let words = &element.hint_words;
    words.iter().any(|w| BOILERPLATE_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()))
}

/// "By Marta Kowalczyk" → "Marta Kowalczyk".
fn strip_by(byline: &str) -> String {
    let trimmed = byline.trim();
    let without = ["By ", "by ", "BY "].iter().find_map(|p| trimmed.strip_prefix(p)).unwrap_or(trimmed);
    without.trim().to_owned()
}

/// "Headline | Outlet" → "Headline" when the part after the separator is the outlet's name.
fn strip_site_suffix(title: &str, outlet: &str) -> String {
    for separator in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(separator)
            && !outlet.is_empty()
            && tail.trim().eq_ignore_ascii_case(outlet.trim())
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

/// Builds paragraphs from a walk over the tree.
#[derive(Default)]
struct Renderer {
    paragraphs: Vec<String>,
    current: String,
    current_link_chars: usize,
    link_depth: usize,
    pre_depth: usize,
    /// A space is owed before the next word (collapsed white space).
    pending_space: bool,
}

impl Renderer {
    fn enter(&mut self, name: &str) {
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

    fn leave(&mut self, name: &str) {
        match name {
            "a" => self.link_depth = self.link_depth.saturating_sub(1),
            "pre" | "listing" | "plaintext" => self.pre_depth = self.pre_depth.saturating_sub(1),
            _ => {}
        }
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
    }

    fn text(&mut self, text: &str) {
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
            let chars = paragraph.chars().filter(|c| !c.is_whitespace()).count();
            // Lists of links ("Read more", tag lists) are navigation even inside the article.
            let link_heavy = self.current_link_chars * 2 > chars;
            if !link_heavy {
                self.paragraphs.push(paragraph.to_owned());
            }
        }
        self.current.clear();
        self.current_link_chars = 0;
        self.pending_space = false;
    }

    fn finish(mut self) -> Vec<String> {
        self.flush();
        self.paragraphs
    }
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

/// The article fields of the page's JSON-LD, if any.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    author: Option<String>,
    published: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
];

impl JsonLd {
    fn parse(blocks: &[String]) -> Self {
        use serde_json::Value;
        let mut objects: Vec<Value> = Vec::new();
        for block in blocks {
            // Some sites wrap JSON-LD in HTML comments or CDATA.
            let cleaned = block.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
            let Ok(value) = serde_json::from_str::<Value>(cleaned) else { continue };
            let mut pending = vec![value];
            while let Some(value) = pending.pop() {
                if objects.len() > 1000 {
                    break;
                }
                match value {
                    Value::Array(items) => pending.extend(items),
                    Value::Object(mut map) => {
                        if let Some(graph) = map.remove("@graph") {
                            pending.push(graph);
                        }
                        objects.push(Value::Object(map));
                    }
                    _ => {}
                }
            }
        }
        let is_article = |value: &Value| match value.get("@type") {
            Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
            Some(Value::Array(types)) => {
                types.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t)))
            }
            _ => false,
        };
        let Some(article) = objects.iter().find(|o| is_article(o)) else { return Self::default() };
        // `{"@id": "#org"}` points at another object of the graph.
        let resolve = |value: &'_ Value| -> Value {
            if let Some(id) = value.get("@id").and_then(Value::as_str)
                && value.get("name").is_none()
                && let Some(found) = objects.iter().find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
            {
                return found.clone();
            }
            value.clone()
        };
        let names = |value: Option<&Value>| -> Option<String> {
            let value = value?;
            let items: Vec<Value> = match value {
                Value::Array(items) => items.iter().map(&resolve).collect(),
                other => vec![resolve(other)],
            };
            let names: Vec<String> = items
                .iter()
                .filter_map(|item| match item {
                    Value::String(s) => Some(s.clone()),
                    other => other.get("name").and_then(Value::as_str).map(str::to_owned),
                })
                .map(|s| collapse_whitespace(&s))
                .filter(|s| !s.is_empty())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        };
        let string = |key: &str| {
            article.get(key).and_then(Value::as_str).map(collapse_whitespace).filter(|s| !s.is_empty())
        };
        let url = string("url").or_else(|| match article.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => other.get("@id").and_then(Value::as_str).map(str::to_owned),
            None => None,
        });
        JsonLd {
            headline: string("headline").or_else(|| string("name")),
            author: names(article.get("author")),
            published: string("datePublished"),
            url,
            publisher: names(article.get("publisher")),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn read(html: &str) -> Extracted {
        import_html_text(html, &Deadline::after(Duration::from_secs(20))).unwrap()
    }

    #[test]
    fn paragraphs_headings_and_entities() {
        let got = read(
            "<html><body><h2>Sub &amp; head</h2><p>One&nbsp;two &lt;three&gt; caf&eacute; 世界 🙂\n  wrapped.<p>Second\
             <br>line</p><ul><li>item a<li>item b</ul></body></html>",
        );
        assert_eq!(
            got.text,
            "Sub & head\n\nOne two <three> café 世界 🙂 wrapped.\n\nSecond\nline\n\nitem a\n\nitem b"
        );
    }

    #[test]
    fn boilerplate_is_dropped_and_the_article_kept() {
        let html = r#"<html><head><title>Cable cut | Ledger</title><style>p{}</style>
            <script>var p = "<p>not text</p>";</script></head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="ad-slot">Buy now, limited offer, click here today please</div>
            <main><article><h1>Cable cut in the Baltic</h1><p class="byline">By Ann Lee</p>
            <div class="share-bar"><a>Share on X</a> <a>Share by e-mail</a></div>
            <p>Finland and Estonia asked NATO on Friday to step up patrols, officials said, after a cable was cut.</p>
            <!-- comment <p>hidden</p> -->
            <p>The ship, registered in Cameroon, left port hours before the damage, according to the coast guard.</p>
            <p hidden>Secret text that should not appear anywhere in the output at all.</p>
            <section class="comments"><p>First! Great article, thanks for writing it, everyone.</p></section>
            </article></main><aside><p>Most read: something else entirely, with many words here.</p></aside>
            <footer><p>Copyright 2026 Ledger Media Group, all rights reserved worldwide.</p></footer></body></html>"#;
        let got = read(html);
        assert_eq!(
            got.text,
            "Cable cut in the Baltic\n\nBy Ann Lee\n\nFinland and Estonia asked NATO on Friday to step up patrols, \
             officials said, after a cable was cut.\n\nThe ship, registered in Cameroon, left port hours before the \
             damage, according to the coast guard."
        );
        // No site name to recognise the suffix by: the <title> is kept whole.
        assert_eq!(got.meta.title, "Cable cut | Ledger");
        assert_eq!(got.meta.author, "Ann Lee");
    }

    #[test]
    fn the_best_scored_container_wins_without_semantic_tags() {
        let html = r#"<body><div id="wrapper"><div id="header"><ul class="menu"><li><a href="/">Home</a></li></ul>
            </div><div id="content"><div class="post"><h1>Title here</h1><div class="entry">
            <p>Paragraph one, long enough, with commas, to be scored as content.</p>
            <div class="inline-ad">Sponsored content: buy things now, click here, please, today.</div>
            <p>Paragraph two, also long enough, with commas, to count as article text.</p>
            <p>Read more: <a href="/1">a link that is the whole paragraph of text here</a></p></div></div>
            <div id="sidebar"><p>About me: I write about many things, mostly boats, and also trains.</p></div></div>
            <div id="footer"><p>Powered by a blog engine, theme by someone, copyright 2026.</p></div></div></body>"#;
        assert_eq!(
            read(html).text,
            "Title here\n\nParagraph one, long enough, with commas, to be scored as content.\n\n\
             Paragraph two, also long enough, with commas, to count as article text."
        );
    }

    #[test]
    fn metadata_from_json_ld_graph_and_meta_tags() {
        let html = r##"<html><head>
            <meta property="og:site_name" content="The Baltic Ledger">
            <link rel="canonical" href="https://ledger.example/cable">
            <meta property="article:published_time" content="2026-03-13T08:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Ledger Media"},
              {"@type":["NewsArticle"],"headline":"Cable  cut","datePublished":"2026-03-14T09:00:00Z",
               "author":[{"@type":"Person","name":"Marta Kowalczyk"},{"name":"Jan Ilves"}],
               "publisher":{"@id":"#org"}}]}</script></head>
            <body><p>Text long enough to count as a paragraph of the article.</p></body></html>"##;
        let got = read(html);
        assert_eq!(got.meta.title, "Cable cut");
        assert_eq!(got.meta.author, "Marta Kowalczyk, Jan Ilves");
        assert_eq!(got.meta.published, "2026-03-14T09:00:00Z");
        assert_eq!(got.meta.url, "https://ledger.example/cable");
        assert_eq!(got.meta.outlet, "The Baltic Ledger");
    }

    #[test]
    fn declared_charset_is_respected_and_misdeclared_utf8_is_noticed() {
        let mut page = b"<html><head><meta charset=\"windows-1251\"></head><body><p>".to_vec();
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode("Москва отрицает причастность.");
        page.extend_from_slice(&cyrillic);
        page.extend_from_slice(b"</p></body></html>");
        let got = import_html_bytes(&page, &Deadline::after(Duration::from_secs(20))).unwrap();
        assert_eq!(got.text, "Москва отрицает причастность.");
        assert_eq!(got.notes, ["decoded as windows-1251 (declared in the page)"]);
        let liar = "<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'><p>café</p>";
        let got = import_html_bytes(liar.as_bytes(), &Deadline::after(Duration::from_secs(20))).unwrap();
        assert_eq!(got.text, "café");
        assert!(got.notes[0].contains("but is UTF-8"));
    }

    #[test]
    fn deep_nesting_is_fast_and_keeps_the_text() {
        let depth = 100_000;
        let html = format!("{}deep text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        // `read` would fail on the deadline if the builder were quadratic (html5ever's took minutes).
        let got = read(&html);
        assert_eq!(got.text, "deep text");
        let unclosed = format!("{}<p>after {}</p>", "<span><b><i>".repeat(30_000), "x");
        assert_eq!(read(&unclosed).text, "after x");
    }

    #[test]
    fn only_scripts_is_no_article_text() {
        let got = import_html_text(
            "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
            &Deadline::after(Duration::from_secs(5)),
        );
        assert_eq!(got.unwrap_err(), Problem::NoArticleText("scripts and markup"));
    }

    #[test]
    fn malformed_tags_do_not_lose_text() {
        let got = read(
            "<p>One <b>bold <i>both</b> italic?</i> end<p>Two <a href=x>link</a> more words here</div></span>",
        );
        assert_eq!(got.text, "One bold both italic? end\n\nTwo link more words here");
    }
}
