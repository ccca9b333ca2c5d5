//! Tests of the web-page importer as a whole, by concern: the article's text, its metadata, and
//! the guards and decoding. The helpers here build pages from made-up paragraphs.

mod guards;
mod metadata;
mod text;

use std::time::Duration;

use super::*;

fn read(html: &str) -> Extracted {
    import_html_text(html, &Deadline::after(Duration::from_secs(20))).unwrap()
}

/// A paragraph of made-up article text, long enough to score, numbered to be found again.
fn para(n: usize) -> String {
    format!(
        "<p>Paragraph {n} of the report, in which officials said the damage was deliberate, \
             and engineers began repairs on Thursday.</p>"
    )
}

fn paras(range: std::ops::Range<usize>) -> String {
    range.map(para).collect()
}

fn strip_p(html: &str) -> String {
    html.trim_start_matches("<p>").trim_end_matches("</p>").to_owned()
}

/// A page with an `og:title`, the given markup in its head and body, and three paragraphs.
fn titled_page(og: &str, head: &str, body: &str) -> String {
    format!(
        r#"<html><head><meta property="og:title" content="{og}">{head}</head>
               <body><main>{body}{}</main></body></html>"#,
        paras(0..3)
    )
}
