//! The rendered Markdown as WordprocessingML body content, from pulldown-cmark events: headings
//! (Heading 1–3), paragraphs, block quotes (Quote), bullet and numbered lists, tables (Table Grid,
//! header row repeated on each page), bold, italic, strikethrough, code, links and rules.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

use super::styles::{Numbering, StyleIds};
use super::{escape_attr, escape_text};

/// The body's blocks (without `w:body` and the section properties), the external links they use
/// and the lists they number.
pub(super) struct Body {
    pub xml: String,
    /// Link targets, in order; the relationship id of the n-th is [`link_id`]`(n)`.
    pub links: Vec<String>,
    pub numbering: Numbering,
}

/// The relationship id of the `index`-th link.
pub(super) fn link_id(index: usize) -> String {
    format!("bsLink{}", index + 1)
}

/// The width of the text column on A4 with the default margins, in twentieths of a point.
const TEXT_WIDTH_TWIPS: u32 = 9412;

pub(super) fn convert(markdown: &str, styles: &StyleIds, numbering_base: u32) -> Body {
    let mut writer = Writer {
        styles,
        out: String::with_capacity(markdown.len() * 4),
        links: Vec::new(),
        numbering: Numbering { base: numbering_base, ordered: Vec::new() },
        paragraph: None,
        heading: None,
        quote_depth: 0,
        code_block: false,
        lists: Vec::new(),
        number_next_paragraph: false,
        table: None,
        bold: 0,
        italic: 0,
        strike: 0,
        link_open: false,
        last_block_is_table: false,
    };
    for event in pulldown_cmark::Parser::new_ext(markdown, crate::brief::markdown_options()) {
        writer.event(event);
    }
    writer.close_paragraph();
    if writer.out.is_empty() || writer.last_block_is_table {
        // Word wants a paragraph before the section properties.
        writer.out.push_str("<w:p/>");
    }
    Body { xml: writer.out, links: writer.links, numbering: writer.numbering }
}

struct Paragraph {
    properties: String,
    runs: String,
}

struct List {
    num_id: u32,
}

struct Table {
    alignments: Vec<Alignment>,
    column: usize,
    head: bool,
    cell_has_paragraph: bool,
}

struct Writer<'a> {
    styles: &'a StyleIds,
    out: String,
    links: Vec<String>,
    numbering: Numbering,
    paragraph: Option<Paragraph>,
    heading: Option<usize>,
    quote_depth: usize,
    code_block: bool,
    lists: Vec<List>,
    /// The next paragraph is the first of a list item: it carries the bullet or number.
    number_next_paragraph: bool,
    table: Option<Table>,
    bold: u32,
    italic: u32,
    strike: u32,
    link_open: bool,
    last_block_is_table: bool,
}

impl Writer<'_> {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text, false),
            Event::Code(text) => self.text(&text, true),
            Event::Html(text) | Event::InlineHtml(text) => self.text(&text, false),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text, true),
            Event::FootnoteReference(label) => self.text(&format!("[{label}]"), false),
            Event::SoftBreak => self.text(" ", false),
            Event::HardBreak => self.text("\n", false),
            Event::Rule => {
                self.close_paragraph();
                self.push_block(r#"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:p>"#);
            }
            Event::TaskListMarker(done) => self.text(if done { "☒ " } else { "☐ " }, false),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.close_paragraph();
                self.open_paragraph();
            }
            Tag::Heading { level, .. } => {
                self.close_paragraph();
                self.heading = Some(match level {
                    HeadingLevel::H1 => 0,
                    HeadingLevel::H2 => 1,
                    _ => 2,
                });
                self.open_paragraph();
            }
            Tag::BlockQuote(_) => {
                self.close_paragraph();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.close_paragraph();
                self.code_block = true;
                self.open_paragraph();
            }
            Tag::List(start) => {
                self.close_paragraph();
                let level = u32::try_from(self.lists.len()).unwrap_or(u32::MAX);
                let num_id = match start {
                    Some(first) => {
                        self.numbering.ordered.push((level.min(8), first));
                        self.numbering.ordered_num_id(self.numbering.ordered.len() - 1)
                    }
                    None => self.numbering.bullet_num_id(),
                };
                self.lists.push(List { num_id });
            }
            Tag::Item => {
                self.close_paragraph();
                self.number_next_paragraph = true;
            }
            Tag::Table(alignments) => {
                self.close_paragraph();
                let columns = alignments.len().max(1);
                let width = TEXT_WIDTH_TWIPS / u32::try_from(columns).unwrap_or(1).max(1);
                let mut xml = format!(
                    r#"<w:tbl><w:tblPr><w:tblStyle w:val="{}"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#,
                    escape_attr(&self.styles.table)
                );
                for _ in 0..columns {
                    xml.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
                }
                xml.push_str("</w:tblGrid>");
                self.out.push_str(&xml);
                self.table = Some(Table { alignments, column: 0, head: false, cell_has_paragraph: false });
            }
            Tag::TableHead => {
                self.out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
                if let Some(table) = &mut self.table {
                    table.head = true;
                    table.column = 0;
                }
            }
            Tag::TableRow => {
                self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                if let Some(table) = &mut self.table {
                    table.column = 0;
                }
            }
            Tag::TableCell => {
                self.out.push_str(r#"<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>"#);
                if let Some(table) = &mut self.table {
                    table.cell_has_paragraph = false;
                }
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => {
                // Web and mail links only: Word refuses other targets as external links.
                let url = dest_url.trim();
                let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
                let linkable = matches!(scheme.as_deref(), Some("http" | "https" | "mailto"));
                if linkable && !self.link_open {
                    let index = match self.links.iter().position(|l| l == url) {
                        Some(i) => i,
                        None => {
                            self.links.push(url.to_owned());
                            self.links.len() - 1
                        }
                    };
                    let paragraph = self.paragraph();
                    paragraph
                        .runs
                        .push_str(&format!(r#"<w:hyperlink r:id="{}" w:history="1">"#, link_id(index)));
                    self.link_open = true;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.close_paragraph(),
            TagEnd::Heading(_) => {
                self.close_paragraph();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.close_paragraph();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock => {
                self.close_paragraph();
                self.code_block = false;
            }
            TagEnd::List(_) => {
                self.close_paragraph();
                self.lists.pop();
            }
            TagEnd::Item => {
                self.close_paragraph();
                self.number_next_paragraph = false;
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                self.out.push_str("</w:tr>");
                if let Some(table) = &mut self.table {
                    table.head = false;
                }
            }
            TagEnd::TableCell => {
                self.close_paragraph();
                if self.table.as_ref().is_some_and(|t| !t.cell_has_paragraph) {
                    self.out.push_str("<w:p/>");
                }
                self.out.push_str("</w:tc>");
                if let Some(table) = &mut self.table {
                    table.column += 1;
                }
            }
            TagEnd::Table => {
                self.close_paragraph();
                self.out.push_str("</w:tbl>");
                self.table = None;
                self.last_block_is_table = true;
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link if self.link_open => {
                self.paragraph().runs.push_str("</w:hyperlink>");
                self.link_open = false;
            }
            _ => {}
        }
    }

    fn push_block(&mut self, xml: &str) {
        self.out.push_str(xml);
        self.last_block_is_table = false;
    }

    /// The open paragraph, opening one if inline content arrives outside any (tight list items,
    /// table cells).
    fn paragraph(&mut self) -> &mut Paragraph {
        if self.paragraph.is_none() {
            self.open_paragraph();
        }
        self.paragraph.get_or_insert_with(|| Paragraph { properties: String::new(), runs: String::new() })
    }

    fn open_paragraph(&mut self) {
        let styles = self.styles;
        let mut style = None;
        let mut numbering = String::new();
        let mut indent = String::new();
        let mut justify = "";
        if let Some(level) = self.heading {
            style = Some(&styles.headings[level]);
        } else if let Some(table) = &self.table {
            justify = match table.alignments.get(table.column) {
                Some(Alignment::Center) => "center",
                Some(Alignment::Right) => "right",
                _ => "",
            };
        } else if self.code_block {
            style = Some(&styles.code);
        } else if let Some(list) = self.lists.last() {
            style = Some(&styles.list_paragraph);
            let level = self.lists.len().saturating_sub(1).min(8);
            if self.number_next_paragraph {
                numbering = format!(
                    r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{}"/></w:numPr>"#,
                    list.num_id
                );
                self.number_next_paragraph = false;
            } else {
                indent = format!(r#"<w:ind w:left="{}"/>"#, 720 * (level + 1));
            }
        } else if self.quote_depth > 0 {
            style = Some(&styles.quote);
        }
        let mut properties = String::new();
        if let Some(style) = style {
            properties.push_str(&format!(r#"<w:pStyle w:val="{}"/>"#, escape_attr(style)));
        }
        properties.push_str(&numbering);
        properties.push_str(&indent);
        if !justify.is_empty() {
            properties.push_str(&format!(r#"<w:jc w:val="{justify}"/>"#));
        }
        self.paragraph = Some(Paragraph { properties, runs: String::new() });
    }

    fn close_paragraph(&mut self) {
        let Some(mut paragraph) = self.paragraph.take() else { return };
        if self.link_open {
            paragraph.runs.push_str("</w:hyperlink>");
            self.link_open = false;
        }
        let mut xml = String::from("<w:p>");
        if !paragraph.properties.is_empty() {
            xml.push_str(&format!("<w:pPr>{}</w:pPr>", paragraph.properties));
        }
        xml.push_str(&paragraph.runs);
        xml.push_str("</w:p>");
        self.push_block(&xml);
        if let Some(table) = &mut self.table {
            table.cell_has_paragraph = true;
        }
    }

    /// One run of text in the current formatting; line breaks and tabs become Word's own.
    fn text(&mut self, text: &str, code: bool) {
        let text = if self.code_block { text.strip_suffix('\n').unwrap_or(text) } else { text };
        if text.is_empty() {
            return;
        }
        let mut properties = String::new();
        if self.link_open {
            properties.push_str(&format!(r#"<w:rStyle w:val="{}"/>"#, escape_attr(&self.styles.hyperlink)));
        }
        if code {
            properties.push_str(r#"<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>"#);
        }
        if self.bold > 0 || self.table.as_ref().is_some_and(|t| t.head) {
            properties.push_str("<w:b/>");
        }
        if self.italic > 0 {
            properties.push_str("<w:i/>");
        }
        if self.strike > 0 {
            properties.push_str("<w:strike/>");
        }
        let mut run = String::from("<w:r>");
        if !properties.is_empty() {
            run.push_str(&format!("<w:rPr>{properties}</w:rPr>"));
        }
        run.push_str(&run_content(text));
        run.push_str("</w:r>");
        self.paragraph().runs.push_str(&run);
    }
}

/// Text as `w:t` pieces, with `\n` as `w:br` and tabs as `w:tab`.
pub(super) fn run_content(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str(&format!(r#"<w:t xml:space="preserve">{}</w:t>"#, escape_text(piece)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(markdown: &str) -> Body {
        convert(markdown, &StyleIds::default(), 1)
    }

    #[test]
    fn headings_quotes_and_inline_formatting() {
        let got = body("# Title é\n\n## Part\n\n> Said *this* & **that**\n\nPlain `x<y`\n").xml;
        assert_eq!(
            got,
            concat!(
                r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Title é</w:t></w:r></w:p>"#,
                r#"<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">Part</w:t></w:r></w:p>"#,
                r#"<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t xml:space="preserve">Said </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">this</w:t></w:r><w:r><w:t xml:space="preserve"> &amp; </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">that</w:t></w:r></w:p>"#,
                r#"<w:p><w:r><w:t xml:space="preserve">Plain </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/></w:rPr><w:t xml:space="preserve">x&lt;y</w:t></w:r></w:p>"#,
            )
        );
    }

    #[test]
    fn lists_are_numbered_and_each_ordered_list_restarts() {
        let got = body("- a\n- b\n  1. c\n\n3. d\n");
        assert_eq!(got.numbering.ordered, vec![(1, 1), (0, 3)]);
        assert_eq!(got.xml.matches(r#"<w:numId w:val="1"/>"#).count(), 2, "{}", got.xml);
        assert!(got.xml.contains(r#"<w:ilvl w:val="1"/><w:numId w:val="2"/>"#), "{}", got.xml);
        assert!(got.xml.contains(r#"<w:ilvl w:val="0"/><w:numId w:val="3"/>"#), "{}", got.xml);
    }

    #[test]
    fn a_loose_item_numbers_only_its_first_paragraph() {
        let got = body("- first\n\n  second\n").xml;
        assert_eq!(got.matches("<w:numPr>").count(), 1, "{got}");
        assert!(got.contains(r#"<w:ind w:left="720"/>"#), "{got}");
    }

    #[test]
    fn tables_have_a_repeated_bold_header_row_and_aligned_cells() {
        let got = body("| A | B |\n|---|--:|\n| 1 |  |\n").xml;
        assert!(got.starts_with(r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>"#), "{got}");
        assert_eq!(got.matches("<w:gridCol ").count(), 2);
        assert!(got.contains("<w:tblHeader/>"));
        assert!(got.contains(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">A</w:t></w:r>"#));
        assert!(got.contains(r#"<w:pPr><w:jc w:val="right"/></w:pPr>"#), "{got}");
        assert!(got.contains("<w:p/></w:tc>"), "an empty cell still holds a paragraph: {got}");
        assert!(got.ends_with("</w:tbl><w:p/>"), "a paragraph follows a final table: {got}");
    }

    #[test]
    fn links_become_hyperlinks_with_one_relationship_per_target() {
        let got = body("[a](https://example.org/?x=1&y=2) and <https://example.org/?x=1&y=2>\n");
        assert_eq!(got.links, vec!["https://example.org/?x=1&y=2".to_owned()]);
        assert_eq!(got.xml.matches(r#"<w:hyperlink r:id="bsLink1" w:history="1">"#).count(), 2);
        assert!(got.xml.contains(r#"<w:rStyle w:val="Hyperlink"/>"#));
        let relative = body("[here](#top) and [x](javascript:alert(1))\n");
        assert!(relative.links.is_empty() && !relative.xml.contains("hyperlink"), "{}", relative.xml);
        assert!(relative.xml.contains(">here<"));
    }

    #[test]
    fn breaks_tabs_and_control_characters() {
        assert_eq!(
            run_content("a\tb\nc\u{1}d"),
            r#"<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">cd</w:t>"#
        );
        assert_eq!(body("").xml, "<w:p/>");
    }
}
