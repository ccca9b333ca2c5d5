//! Escaping article and analyst text for where it lands in a Markdown brief.
//!
//! Text from an article is data, never markup: whatever it contains (`# `, `<script>`, `|`,
//! backticks, `[x](javascript:…)`, `1. `, `---`, entities), it must come out as the same visible
//! characters and create no heading, list, table, link, image, code span or raw HTML that the
//! template did not write. Every escaping rule lives in this file.
//!
//! - [`inline`]: a run of text inside a line: paragraph text, a heading, a list item or a table
//!   cell. Line breaks become spaces, so the value can never start a new block.
//! - [`blockquote`]: a whole blockquote, `> ` on every line; paragraphs of a quote stay in one
//!   blockquote.
//! - [`link`]: an autolink for `http(s)` URLs, escaped text otherwise.

/// Characters that CommonMark (with the GFM table and strikethrough extensions) may read as
/// markup anywhere in a line. All are ASCII punctuation, which CommonMark lets a backslash escape.
/// Not `>`: it opens a blockquote only at the start of a line ([`escape_line_start`]), and with
/// every `<` escaped it can close no HTML tag or autolink, so a summary's "who -> what" stays as
/// written in the Markdown file.
fn needs_escape_anywhere(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' | '&' | '!' | '#' | '$' | '{' | '}' | '^'
    )
}

/// Escapes text for use inside one line of Markdown (paragraph, heading, list item, table cell).
/// Runs of white space, line breaks included, become one space; a leading or trailing space is
/// kept as one space so that separators such as `"; "` survive.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pending_space = false;
    // The end of a citation being copied as it is: its brackets stay plain.
    let mut plain_until = 0;
    for (at, c) in text.char_indices() {
        if at < plain_until {
            out.push(c);
            continue;
        }
        if c == '['
            && let Some(len) = citation_len(text.get(at..).unwrap_or_default())
        {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            plain_until = at + len;
            out.push(c);
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if needs_escape_anywhere(c) {
            out.push('\\');
        }
        out.push(c);
    }
    if pending_space {
        out.push(' ');
    }
    escape_line_start(&mut out);
    out
}

/// The length of a brief citation at the start of `text` (`[¶5]`, `[S2 ¶4]`, `[KJ1]`, `[¶?]`,
/// `[KJ?]`, as [`super::cite::parse_printed`] reads them), which may keep its brackets unescaped:
/// with no `(`, `[` or `:` after it, CommonMark cannot read it as a link or a link definition, so
/// it shows as the same characters either way, and the Markdown reads like the citations the
/// templates write themselves.
fn citation_len(text: &str) -> Option<usize> {
    // `]` is ASCII, so its offset is a character boundary. The longest citation, `[S9999 ¶` and
    // nine digits `]`, is 19 bytes.
    let inner_end = text.bytes().take(24).position(|b| b == b']')?;
    super::cite::parse_printed(text.get(1..inner_end)?)?;
    let next = text.get(inner_end + 1..).and_then(|rest| rest.chars().next());
    (!matches!(next, Some('(' | '[' | ':'))).then_some(inner_end + 1)
}

/// Block constructs that only matter at the start of a line: list bullets (`-`, `+`), setext
/// underlines (`=`, `-`), blockquotes (`>`) and ordered-list numbers (`1.` or `1)`). The other
/// openers (`#`, `*`, backticks) are escaped everywhere by [`inline`].
fn escape_line_start(line: &mut String) {
    // Up to three leading spaces do not stop a block construct, so look past them.
    let rest = line.trim_start_matches(' ');
    let indent = line.len() - rest.len();
    // Offsets after ASCII spaces and ASCII digits: always character boundaries.
    let escape_at = match rest.chars().next() {
        Some('-' | '+' | '=' | '>') => Some(indent),
        Some(c) if c.is_ascii_digit() => {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (digits <= 9 && matches!(rest.as_bytes().get(digits), Some(b'.' | b')')))
                .then_some(indent + digits)
        }
        _ => None,
    };
    if let Some(at) = escape_at {
        line.insert(at, '\\');
    }
}

/// Escapes text as one blockquote: every line starts with `> `, and blank lines inside the quote
/// become `>` so that a quote spanning paragraphs stays one blockquote. No trailing newline.
pub fn blockquote(text: &str) -> String {
    let paragraphs: Vec<String> =
        text.split('\n').map(str::trim).filter(|p| !p.is_empty()).map(inline).collect();
    if paragraphs.is_empty() {
        return ">".to_owned();
    }
    paragraphs.iter().map(|p| format!("> {p}")).collect::<Vec<_>>().join("\n>\n")
}

/// A passage of the article set in double quotation marks for a brief (`“…”`), escaped as
/// [`inline`] text, with the passage's own double marks made single
/// ([`crate::model::text::nest_quotation_marks`]).
pub fn quoted(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", inline(&crate::model::text::nest_quotation_marks(text)))
}

/// An autolink `<https://…>` for a plain http(s) URL; anything else is escaped text.
pub fn link(url: &str) -> String {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let plain =
        url.chars().all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | '"' | '`'));
    if plain && (lower.starts_with("https://") || lower.starts_with("http://")) && url.len() > 8 {
        format!("<{url}>")
    } else {
        inline(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_passages_nest_their_own_marks_and_stay_escaped() {
        assert_eq!(quoted("Ships cut a cable."), "“Ships cut a cable.”");
        assert_eq!(quoted("\"The risk is high,\" said Ana Ruiz."), "“‘The risk is high,’ said Ana Ruiz.”");
        assert_eq!(quoted("  the army's *last* 'offer' "), "“the army's \\*last\\* 'offer'”");
        assert_eq!(quoted(""), "“”");
    }

    /// The visible text of one line of Markdown, as pulldown-cmark reads it with the extensions the
    /// brief is rendered with, or the first construct it made of the line.
    fn rendered_text(markdown: &str) -> Result<String, String> {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let mut text = String::new();
        for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                Event::Text(t) => text.push_str(&t),
                other => return Err(format!("{other:?}")),
            }
        }
        Ok(text)
    }

    #[test]
    fn inline_text_renders_as_the_same_characters_and_nothing_else() {
        for text in [
            "Tom Harl -> The risk is that one incident pushes both sides over the edge",
            "> not a quote",
            "  >> nor this",
            "a <b>bold</b> claim > 3 < 4",
            "<https://example.org> and <x@y.org>",
            "# not a heading | nor a cell *nor* _emphasis_ ~~nor~~ `code`",
            "1. not a list",
            "- nor this",
            "[link](javascript:alert(1)) ![img](x.png) &amp; &#60;",
        ] {
            assert_eq!(rendered_text(&inline(text)).as_deref(), Ok(text.trim()), "{text}");
        }
    }

    #[test]
    fn inline_escapes_markup_characters() {
        assert_eq!(inline("a *b* _c_ `d`"), r"a \*b\* \_c\_ \`d\`");
        assert_eq!(inline("<script>alert(1)</script>"), r"\<script>alert(1)\</script>");
        assert_eq!(inline("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(inline("a | b"), r"a \| b");
        // ">" only where it would open a blockquote.
        assert_eq!(inline("Tom Harl -> the risk"), "Tom Harl -> the risk");
        assert_eq!(inline("> not a quote"), r"\> not a quote");
        assert_eq!(inline("&amp; &#60;"), r"\&amp; \&\#60;");
        assert_eq!(inline("![img](x.png)"), r"\!\[img\](x.png)");
    }

    #[test]
    fn citations_keep_their_brackets_unless_they_could_become_links() {
        assert_eq!(
            inline("Ships cut it [¶7]; see [S2 ¶4] and [KJ1]."),
            "Ships cut it [¶7]; see [S2 ¶4] and [KJ1]."
        );
        assert_eq!(inline("gone [¶?] [KJ?]"), "gone [¶?] [KJ?]");
        // Followed by what would make a link, a reference or a definition: escaped.
        assert_eq!(inline("[¶7](javascript:x)"), r"\[¶7\](javascript:x)");
        assert_eq!(inline("[¶7][ref]"), r"\[¶7\]\[ref\]");
        assert_eq!(inline("[¶7]: https://x"), r"\[¶7\]: https://x");
        // Look-alikes are escaped as before.
        assert_eq!(inline("[¶] [S ¶2] [KJ1x] [¶7 ] [x]"), r"\[¶\] \[S ¶2\] \[KJ1x\] \[¶7 \] \[x\]");
        assert_eq!(inline("[¶1234567890]"), r"\[¶1234567890\]");
        // Runs of white space before a citation still fold; a citation at the end is whole.
        assert_eq!(inline("a \n\n [¶7]"), "a [¶7]");
        assert_eq!(inline("[¶7"), r"\[¶7");
    }

    #[test]
    fn inline_escapes_block_openers_at_the_start() {
        assert_eq!(inline("# Heading"), r"\# Heading");
        assert_eq!(inline("> quote"), r"\> quote");
        assert_eq!(inline("- item"), r"\- item");
        assert_eq!(inline("+ item"), r"\+ item");
        assert_eq!(inline("1. item"), r"1\. item");
        assert_eq!(inline("12) item"), r"12\) item");
        assert_eq!(inline("---"), r"\---");
        assert_eq!(inline("==="), r"\===");
        // Not at the start: left alone where harmless.
        assert_eq!(inline("short-range 1. 2010."), "short-range 1. 2010.");
    }

    #[test]
    fn inline_folds_line_breaks_and_runs_of_space() {
        assert_eq!(inline("one\n\n# two\n    three"), r"one \# two three");
        assert_eq!(inline("; "), "; ");
        assert_eq!(inline("  - not a list"), r" \- not a list");
        assert_eq!(inline(" 1. nor this"), r" 1\. nor this");
        assert_eq!(inline("trailing  \nbreak"), "trailing break");
    }

    #[test]
    fn blockquote_keeps_paragraphs_in_one_quote() {
        assert_eq!(blockquote("First part.\n\nSecond # part."), "> First part.\n>\n> Second \\# part.");
        assert_eq!(blockquote("one line"), "> one line");
        assert_eq!(blockquote(""), ">");
    }

    #[test]
    fn links_only_for_plain_http_urls() {
        assert_eq!(link("https://example.org/a?b=1"), "<https://example.org/a?b=1>");
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(link("https://x.org/<script>"), r"https://x.org/\<script>");
        assert_eq!(link(""), "");
    }
}
