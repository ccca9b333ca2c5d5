//! Markdown articles: front matter to metadata, the body to plain paragraphs.
//!
//! Front matter is YAML between `---` lines or TOML between `+++` lines at the very start. Article
//! front matter is flat (`title: …`, `author: …`, `date: …`), so YAML is read as flat keys with
//! scalar, inline-list or dash-list values (nested maps only for `author: {name: …}`); this avoids a
//! YAML library and its alias expansion on hostile files. TOML is read by the `toml` crate.
//!
//! The body is parsed with `pulldown-cmark` and the Markdown syntax is stripped: each paragraph,
//! heading, list item, quote paragraph and code block becomes one paragraph of plain text, lines
//! wrapped inside a paragraph are joined, links keep their text, images and raw HTML are dropped.
//! The words themselves are never changed, so quotes can be found in the result.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::guard::Deadline;
use super::{Extracted, Problem};
use crate::model::SourceMeta;

/// Reads a Markdown article (already decoded).
pub(crate) fn import_markdown(source: &str, deadline: &Deadline) -> Result<Extracted, Problem> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut extracted = Extracted::default();
    let body = match split_front_matter(source) {
        Some(FrontMatter { syntax: Syntax::Yaml, block, body }) => {
            apply_fields(&mut extracted.meta, read_yaml_fields(block));
            body
        }
        Some(FrontMatter { syntax: Syntax::Toml, block, body }) => {
            match read_toml_fields(block) {
                Ok(fields) => apply_fields(&mut extracted.meta, fields),
                Err(e) => extracted.notes.push(format!(
                    "the TOML front matter could not be read ({}); its metadata was ignored",
                    first_line(&e.to_string())
                )),
            }
            body
        }
        None => source,
    };
    let (paragraphs, first_heading) = plain_paragraphs(body, deadline)?;
    if extracted.meta.title.is_empty() {
        extracted.meta.title = first_heading.unwrap_or_default();
    }
    extracted.text = paragraphs.join("\n\n");
    Ok(extracted)
}

fn first_line(s: &str) -> &str {
    s.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or(s)
}

#[derive(Debug, PartialEq, Eq)]
enum Syntax {
    Yaml,
    Toml,
}

#[derive(Debug)]
struct FrontMatter<'a> {
    syntax: Syntax,
    block: &'a str,
    body: &'a str,
}

/// Finds a front matter block: a first line of `---` (YAML) or `+++` (TOML), closed by the same
/// fence (or `...` for YAML) on a line of its own.
fn split_front_matter(source: &str) -> Option<FrontMatter<'_>> {
    let (first, rest) = source.split_once('\n')?;
    let syntax = match first.trim_end() {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => return None,
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let fence = line.trim_end();
        let closes = match syntax {
            Syntax::Yaml => fence == "---" || fence == "...",
            Syntax::Toml => fence == "+++",
        };
        if closes {
            // Offsets are sums of whole lines, so both cuts fall on line starts.
            let (block, closing_and_body) = rest.split_at_checked(offset)?;
            let body = closing_and_body.get(line.len()..)?;
            return Some(FrontMatter { syntax, block, body });
        }
        offset += line.len();
    }
    None
}

/// A front matter key (lower-cased) and its values as text.
type Field = (String, Vec<String>);

/// Reads flat YAML: `key: value`, `key: [a, b]`, `key:` followed by `- item` lines, and
/// `key:` followed by an indented `name: value` (authors as maps).
fn read_yaml_fields(block: &str) -> Vec<Field> {
    let mut fields: Vec<Field> = Vec::new();
    let mut open_key: Option<usize> = None;
    for line in block.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if let (Some(index), true) = (open_key, indented || trimmed.starts_with("- ") || trimmed == "-") {
            let item = trimmed.strip_prefix('-').map_or(trimmed, str::trim_start);
            let value = match item.split_once(':') {
                Some((key, value)) if key.trim().eq_ignore_ascii_case("name") => value,
                Some(_) => continue,
                None => item,
            };
            let value = yaml_scalar(value);
            if !value.is_empty() {
                fields[index].1.push(value);
            }
            continue;
        }
        open_key = None;
        if indented {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else { continue };
        let key = key.trim().trim_matches(['"', '\'']).to_lowercase();
        let value = value.trim();
        let values = if value.is_empty() {
            open_key = Some(fields.len());
            Vec::new()
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            inner.split(',').map(yaml_scalar).filter(|v| !v.is_empty()).collect()
        } else if let Some(inner) = value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
            inner
                .split(',')
                .filter_map(|pair| pair.split_once(':'))
                .filter(|(k, _)| k.trim().eq_ignore_ascii_case("name"))
                .map(|(_, v)| yaml_scalar(v))
                .collect()
        } else {
            vec![yaml_scalar(value)]
        };
        fields.push((key, values));
    }
    fields
}

/// A YAML scalar without its quotes (and without a trailing comment when unquoted).
fn yaml_scalar(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.rsplit_once('"')).map(|(inner, _)| inner) {
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if let Some(inner) = raw.strip_prefix('\'').and_then(|r| r.rsplit_once('\'')).map(|(inner, _)| inner) {
        return inner.replace("''", "'");
    }
    let without_comment = raw.split(" #").next().unwrap_or(raw);
    without_comment.trim().to_owned()
}

fn read_toml_fields(block: &str) -> Result<Vec<Field>, toml::de::Error> {
    let table: toml::Table = block.parse()?;
    Ok(table.into_iter().map(|(key, value)| (key.to_lowercase(), toml_values(&value))).collect())
}

fn toml_values(value: &toml::Value) -> Vec<String> {
    match value {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Datetime(d) => vec![d.to_string()],
        toml::Value::Integer(i) => vec![i.to_string()],
        toml::Value::Array(items) => items.iter().flat_map(toml_values).collect(),
        toml::Value::Table(table) => table.get("name").map(toml_values).unwrap_or_default(),
        toml::Value::Float(_) | toml::Value::Boolean(_) => Vec::new(),
    }
}

/// Puts the fields we know into the metadata; the first key that has a value wins.
fn apply_fields(meta: &mut SourceMeta, fields: Vec<Field>) {
    const TITLE: &[&str] = &["title", "headline"];
    const AUTHOR: &[&str] = &["author", "authors", "byline", "creator", "creators", "writer"];
    const PUBLISHED: &[&str] = &[
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "pubdate",
        "datepublished",
    ];
    const URL: &[&str] =
        &["url", "canonical_url", "canonical", "original_url", "source_url", "permalink", "link"];
    const OUTLET: &[&str] =
        &["outlet", "publication", "publisher", "site_name", "site", "source_name", "newspaper", "journal"];
    let find = |keys: &[&str]| {
        keys.iter()
            .find_map(|key| fields.iter().find(|(k, v)| k == key && !v.is_empty()))
            .map(|(_, values)| values.join(", "))
    };
    let fill = |field: &mut String, value: Option<String>| {
        if field.is_empty() {
            *field = value.unwrap_or_default();
        }
    };
    fill(&mut meta.title, find(TITLE));
    fill(&mut meta.author, find(AUTHOR));
    fill(&mut meta.published, find(PUBLISHED));
    fill(&mut meta.url, find(URL));
    fill(&mut meta.outlet, find(OUTLET));
    // `source:` is a URL in some tools and the outlet's name in others.
    if let Some(source) = find(&["source"]) {
        if source.starts_with("http://") || source.starts_with("https://") {
            fill(&mut meta.url, Some(source));
        } else {
            fill(&mut meta.outlet, Some(source));
        }
    }
}

/// The body as plain paragraphs, and the text of a level-1 heading if the body starts with one.
fn plain_paragraphs(body: &str, deadline: &Deadline) -> Result<(Vec<String>, Option<String>), Problem> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut image_depth = 0usize;
    let mut first_heading: Option<String> = None;
    let mut in_first_heading = false;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let trimmed = current.trim();
        if !trimmed.is_empty() {
            paragraphs.push(trimmed.to_owned());
        }
        current.clear();
    };
    for (index, event) in Parser::new_ext(body, options).enumerate() {
        if index.is_multiple_of(4096) {
            deadline.check()?;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut paragraphs);
                in_first_heading = paragraphs.is_empty() && level == pulldown_cmark::HeadingLevel::H1;
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_first_heading {
                    first_heading = Some(current.trim().to_owned());
                    in_first_heading = false;
                }
                flush(&mut current, &mut paragraphs);
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::CodeBlock(_)
                | Tag::BlockQuote(_)
                | Tag::TableRow
                | Tag::TableHead
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            )
            | Event::Rule => flush(&mut current, &mut paragraphs),
            Event::End(TagEnd::TableCell) => current.push('\t'),
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text)
                if image_depth == 0 =>
            {
                current.push_str(&text);
            }
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => current.push('\n'),
            Event::FootnoteReference(label) => {
                current.push('[');
                current.push_str(&label);
                current.push(']');
            }
            Event::TaskListMarker(done) => current.push_str(if done { "[x] " } else { "[ ] " }),
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    Ok((paragraphs, first_heading))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn read(source: &str) -> Extracted {
        import_markdown(source, &Deadline::after(Duration::from_secs(10))).unwrap()
    }

    #[test]
    fn yaml_front_matter_becomes_metadata_and_leaves_the_text() {
        let got = read(
            "---\ntitle: \"Cable cut: what we know\"\nauthor:\n  - Marta Kowalczyk\n  - Jan Ilves\n\
             date: 2026-03-14\nsource: https://example.org/cable\npublication: 'The Baltic Ledger' # paper\n\
             tags: [a, b]\n---\n# Heading 世界\n\nBody 🙂.\n",
        );
        assert_eq!(got.meta.title, "Cable cut: what we know");
        assert_eq!(got.meta.author, "Marta Kowalczyk, Jan Ilves");
        assert_eq!(got.meta.published, "2026-03-14");
        assert_eq!(got.meta.url, "https://example.org/cable");
        assert_eq!(got.meta.outlet, "The Baltic Ledger");
        assert_eq!(got.text, "Heading 世界\n\nBody 🙂.");
    }

    #[test]
    fn toml_front_matter_with_dates_and_author_tables() {
        let got = read(
            "+++\ntitle = 'Drones over bases'\ndate = 2026-03-14T09:30:00Z\nauthor = { name = \"Ann Lee\" }\n\
             outlet = \"Ledger\"\n+++\nText.",
        );
        assert_eq!(got.meta.title, "Drones over bases");
        assert_eq!(got.meta.published, "2026-03-14T09:30:00Z");
        assert_eq!(got.meta.author, "Ann Lee");
        assert_eq!(got.meta.outlet, "Ledger");
        assert_eq!(got.text, "Text.");
    }

    #[test]
    fn broken_toml_is_noted_not_fatal() {
        let got = read("+++\ntitle = \n+++\nText.");
        assert_eq!(got.text, "Text.");
        assert!(got.notes[0].contains("TOML front matter could not be read"), "{:?}", got.notes);
    }

    #[test]
    fn unclosed_fence_is_ordinary_text() {
        let got = read("---\ntitle: x\nno closing fence");
        assert!(got.meta.title.is_empty());
        assert!(got.text.contains("no closing fence"));
    }

    #[test]
    fn syntax_is_stripped_and_paragraphs_kept() {
        let got = read(
            "# Title\n\nA *wrapped*\nparagraph with [a link](http://x) and `code`.\n\n\
             - item one\n- item **two**\n\n> quoted\n> text\n\n![alt text](img.png)\n\n<div>raw</div>\n\n    code block\n",
        );
        assert_eq!(got.meta.title, "Title");
        assert_eq!(
            got.text,
            "Title\n\nA wrapped paragraph with a link and code.\n\nitem one\n\nitem two\n\nquoted text\n\ncode block"
        );
    }
}
