//! The HTML export: the rendered Markdown as a standalone page with a stylesheet for screen and
//! print. Each level-2 section is wrapped in `<section>` so that printing can move a section that
//! would split to the next page; the handling banner is repeated in every printed page's top and
//! bottom margin (CSS page-margin boxes).

use pulldown_cmark::{Event, HeadingLevel, Tag};

use super::export::Paper;

/// The screen and print stylesheet (the page rule with the banner is added per document).
const STYLE: &str = include_str!("brief.css");

/// A standalone HTML document for `markdown`; `banner` (the handling marking, may be empty) is
/// printed at the top and bottom of every page.
pub(crate) fn document(markdown: &str, title: &str, banner: &str, paper: Paper) -> String {
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut body, sectioned(markdown).into_iter());
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape(title),
        STYLE,
        page_rule(banner, paper),
        body
    )
}

/// The brief's events with every top-level `##` section wrapped in `<section>`.
fn sectioned(markdown: &str) -> Vec<Event<'_>> {
    let mut events = Vec::new();
    let mut depth = 0usize;
    let mut open = false;
    for event in pulldown_cmark::Parser::new_ext(markdown, super::markdown_options()) {
        match &event {
            Event::Start(tag) => {
                if depth == 0 && matches!(tag, Tag::Heading { level: HeadingLevel::H2, .. }) {
                    if open {
                        events.push(Event::Html("</section>\n".into()));
                    }
                    events.push(Event::Html("<section>\n".into()));
                    open = true;
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        events.push(event);
    }
    if open {
        events.push(Event::Html("</section>\n".into()));
    }
    events
}

/// The `@page` rule: paper size, margins, and the banner in the top and bottom margin boxes.
fn page_rule(banner: &str, paper: Paper) -> String {
    let size = match paper {
        Paper::Auto => "",
        Paper::A4 => " size: A4;",
        Paper::Letter => " size: letter;",
    };
    let mut rule = format!("@page {{{size} margin: 20mm 18mm;");
    let banner = banner.trim();
    if !banner.is_empty() {
        let text = css_string(banner);
        for place in ["top-center", "bottom-center"] {
            rule.push_str(&format!(
                "\n  @{place} {{ content: {text}; font: bold 9pt Arial, Helvetica, sans-serif; letter-spacing: 0.05em; }}"
            ));
        }
    }
    rule.push_str("\n}\n");
    rule
}

/// A CSS string literal that cannot end the string, the rule or the `<style>` element: anything
/// but plain letters, digits and a few punctuation marks is written as a hex escape.
fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || " :+-.,/()".contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_wrap_top_level_h2_only() {
        let html = document("# T\n\n## A\n\none\n\n> ## quoted\n\n## B\n\n- two\n", "T", "", Paper::Auto);
        assert_eq!(html.matches("<section>").count(), 2, "{html}");
        assert_eq!(html.matches("</section>").count(), 2, "{html}");
        let a = html.find("<section>\n<h2>A</h2>").unwrap();
        let b = html.find("</section>\n<section>\n<h2>B</h2>").unwrap();
        assert!(a < html.find("<h2>quoted</h2>").unwrap() && html.find("<h2>quoted</h2>").unwrap() < b);
    }

    #[test]
    fn print_rules_cover_paper_breaks_and_the_banner() {
        let html = document("# T\n", "T", "TLP:AMBER+STRICT", Paper::A4);
        for needle in [
            "@media print",
            "@page { size: A4; margin: 20mm 18mm;",
            "@top-center { content: \"TLP:AMBER+STRICT\";",
            "@bottom-center { content: \"TLP:AMBER+STRICT\";",
            "section { break-inside: avoid-page;",
            "blockquote, table, tr, li, pre { break-inside: avoid;",
            "h1, h2, h3, h4 { break-after: avoid-page;",
        ] {
            assert!(html.contains(needle), "missing {needle}");
        }
        assert!(
            document("x", "T", "", Paper::Letter).contains("@page { size: letter; margin: 20mm 18mm;\n}")
        );
        let auto = document("x", "T", "  ", Paper::Auto);
        assert!(auto.contains("@page { margin: 20mm 18mm;\n}") && !auto.contains("@top-center"));
    }

    #[test]
    fn the_banner_cannot_break_out_of_the_stylesheet() {
        let banner = "SECRET\"; } </style><script>alert(1)</script> \\ é";
        let html = document("x", "T", banner, Paper::Auto);
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(!html.contains("<script>"));
        assert!(
            html.contains("content: \"SECRET\\22 \\3b  \\7d  \\3c /style\\3e \\3c script\\3e alert(1)"),
            "{html}"
        );
        assert!(html.contains("\\5c  \\e9 \""), "{html}");
    }
}
