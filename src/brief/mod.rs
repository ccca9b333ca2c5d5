//! Rendering a brief: session → [`context::BriefContext`] → minijinja template → Markdown (and,
//! from that, HTML). Rendering is a pure function of the session and the template.
//!
//! Safety: every string a template prints goes through [`escape::inline`] unless the template
//! asks for another escaping with a filter (`blockquote`, `link`) or explicitly marks it `safe`.
//! So article text can never create markup the template did not write.

pub mod analysis;
pub mod check;
pub mod cite;
pub mod context;
pub mod docx;
pub mod escape;
pub mod export;
mod html;
pub mod templates;

use std::path::{Path, PathBuf};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, ErrorKind, State, UndefinedBehavior};

pub use context::BriefContext;
pub use templates::{Origin, Template, TemplateInfo, Templates};

use crate::model::Session;

/// How much work one render may do (minijinja instructions), so that a user template with runaway
/// loops ends with an error instead of hanging the app.
pub const RENDER_FUEL: u64 = 20_000_000;

/// The escaping mode name used for every template.
const MARKDOWN: &str = "markdown";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BriefError {
    /// A template that does not compile or render. A template read from a file is named by its
    /// path (the file the analyst has to fix), a built-in one by its name.
    #[error("{}{}: {problem}", template_label(name, file.as_deref()), line_suffix(*line))]
    Template { name: String, file: Option<PathBuf>, line: Option<usize>, problem: String },
    #[error("no template called '{name}'; available: {available}")]
    Unknown { name: String, available: String },
    #[error("{path}: {problem}")]
    Read { path: String, problem: String },
}

fn template_label(name: &str, file: Option<&Path>) -> String {
    match file {
        Some(path) => path.display().to_string(),
        None => format!("template '{name}'"),
    }
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|l| format!(", line {l}")).unwrap_or_default()
}

/// Renders the session's brief with a template to Markdown.
pub fn render(session: &Session, template: &Template) -> Result<String, BriefError> {
    render_context(&std::sync::Arc::new(context::build(session)), template)
}

/// Renders an already built context (the app builds it once per change).
pub fn render_context(ctx: &std::sync::Arc<BriefContext>, template: &Template) -> Result<String, BriefError> {
    let env = environment();
    let name = template.info.name.as_str();
    let compiled =
        env.template_from_named_str(name, &template.source).map_err(|e| template_error(template, e))?;
    let mut out = compiled.render(ctx.to_value()).map_err(|e| template_error(template, e))?;
    tidy(&mut out);
    Ok(out)
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(RENDER_FUEL));
    env.set_auto_escape_callback(|_| AutoEscape::Custom(MARKDOWN.into()));
    env.set_formatter(markdown_formatter);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.add_filter("blockquote", |s: String| Value::from_safe_string(escape::blockquote(&s)));
    env.add_filter("quoted", |s: String| Value::from_safe_string(escape::quoted(&s)));
    env.add_filter("link", |s: String| Value::from_safe_string(escape::link(&s)));
    env.add_filter("cell", |s: String| Value::from_safe_string(escape::inline(&s)));
    env.add_filter("or_dash", |v: Value| if v.is_true() { v } else { Value::from("—") });
    env
}

/// Prints values: safe strings as they are, everything else escaped for inline Markdown.
fn markdown_formatter(
    out: &mut minijinja::Output,
    state: &mut State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    let write_err = |_| minijinja::Error::new(ErrorKind::WriteFailure, "could not write output");
    let markdown = matches!(state.auto_escape(), AutoEscape::Custom(name) if name == MARKDOWN);
    if value.is_safe() || !markdown {
        return out.write_str(&value.to_string()).map_err(write_err);
    }
    if value.is_undefined() || value.is_none() {
        return Ok(());
    }
    out.write_str(&escape::inline(&value.to_string())).map_err(write_err)
}

/// Collapses runs of blank lines the template's conditionals leave behind, and ends with one
/// newline.
fn tidy(out: &mut String) {
    let mut tidied = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || tidied.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        tidied.push_str(line);
        tidied.push('\n');
    }
    while tidied.ends_with("\n\n") {
        tidied.pop();
    }
    *out = tidied;
}

fn template_error(template: &Template, e: minijinja::Error) -> BriefError {
    let mut problem = match e.kind() {
        ErrorKind::UndefinedError => "undefined variable".to_owned(),
        ErrorKind::OutOfFuel => "the template does too much work (a runaway loop?)".to_owned(),
        _ => e.detail().map_or_else(|| e.kind().to_string(), |d| format!("{}: {d}", e.kind())),
    };
    if let Some(range) = e.range()
        && let Some(snippet) = template.source.get(range)
    {
        let snippet = snippet.trim();
        if !snippet.is_empty() && snippet.len() < 80 {
            problem.push_str(&format!(" `{snippet}`"));
        }
    }
    let file = match &template.info.origin {
        Origin::BuiltIn => None,
        Origin::User(path) | Origin::File(path) => Some(path.clone()),
    };
    BriefError::Template { name: template.info.name.clone(), file, line: e.line(), problem }
}

/// Markdown parser options used for briefs (tables on; everything else CommonMark).
pub fn markdown_options() -> pulldown_cmark::Options {
    pulldown_cmark::Options::ENABLE_TABLES
}

/// Converts a rendered brief to a standalone HTML document, for mail or a word processor, with a
/// print stylesheet. [`export::export`] also repeats the handling banner on every printed page.
pub fn to_html(markdown: &str, title: &str) -> String {
    html::document(markdown, title, "", export::Paper::Auto)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(name: &str, source: &str) -> Template {
        Template {
            info: TemplateInfo { name: name.into(), description: String::new(), origin: Origin::BuiltIn },
            source: source.into(),
        }
    }

    #[test]
    fn values_are_escaped_unless_filtered() {
        let mut session = Session::new();
        session.brief.title = "# <b>Hi</b> | *x*".into();
        session.brief.summary = "line one\n\nline two".into();
        let t =
            template("t", "{{ brief.title }}\n{{ brief.summary | blockquote }}\n{{ brief.title | safe }}\n");
        let out = render(&session, &t).unwrap();
        assert_eq!(out, "\\# \\<b>Hi\\</b> \\| \\*x\\*\n> line one\n>\n> line two\n# <b>Hi</b> | *x*\n");
    }

    #[test]
    fn a_threat_that_opens_with_someone_s_words_nests_its_quotation_marks() {
        use crate::model::{Action, SourceMeta, TagBody, apply};
        let mut session = Session::new();
        let text = "\"The risk is that one more incident pushes both sides over the edge,\" said Ana Ruiz.";
        let source =
            apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: text.into() })
                .unwrap()
                .sources[0];
        let range = session.occurrences(source, text)[0];
        apply(
            &mut session,
            Action::AddTag { source, range, body: TagBody::default_threat(), note: String::new() },
        )
        .unwrap();
        let templates = Templates::built_in();
        let note = templates.get("briefing-note").unwrap();
        let out = render(&session, note).unwrap();
        assert!(
            out.contains(
                "“‘The risk is that one more incident pushes both sides over the edge,’ said Ana Ruiz.” [¶1]"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_publication_time_stamp_shows_as_its_day_and_other_dates_as_written() {
        use crate::model::{Source, SourceId, SourceMeta};
        let mut session = Session::new();
        for (n, published) in
            ["2026-11-30T08:10:00+01:00", "Spring 2026", "2026-11-30 08:10", "2026-11-3"].iter().enumerate()
        {
            let meta = SourceMeta { published: (*published).into(), ..SourceMeta::default() };
            session.sources.push(Source::new(SourceId(n as u64 + 1), format!("S{}", n + 1), meta, "Text."));
        }
        let t = template("t", "{% for s in sources %}{{ s.published }}|{{ s.published_at }};{% endfor %}");
        let out = render(&session, &t).unwrap();
        assert_eq!(
            out,
            "2026-11-30|2026-11-30T08:10:00+01:00;Spring 2026|Spring 2026;2026-11-30|2026-11-30 08:10;2026-11-3|2026-11-3;\n"
        );
    }

    #[test]
    fn undefined_variables_name_the_template_line_and_expression() {
        let t = template("mine", "ok\n{{ brief.titel }}\n");
        let err = render(&Session::new(), &t).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("template 'mine', line 2: undefined variable"), "{msg}");
        assert!(msg.contains("brief.titel"), "{msg}");
    }

    #[test]
    fn syntax_errors_name_the_template_and_line() {
        let t = template("broken", "line\n{% for x in sources %}\nno end\n");
        let err = render(&Session::new(), &t).unwrap_err();
        assert!(
            matches!(&err, BriefError::Template { name, line: Some(_), .. } if name == "broken"),
            "{err}"
        );
        assert!(err.to_string().contains("syntax error"), "{err}");
    }

    #[test]
    fn runaway_templates_stop() {
        let t = template(
            "loop",
            "{% for a in range(10000) %}{% for b in range(10000) %}x{% endfor %}{% endfor %}",
        );
        let err = render(&Session::new(), &t).unwrap_err();
        assert!(err.to_string().contains("too much work"), "{err}");
    }

    #[test]
    fn tidy_collapses_blank_runs() {
        let mut s = "\n\nA\n\n\n\nB  \n\n".to_owned();
        tidy(&mut s);
        assert_eq!(s, "A\n\nB\n");
    }

    #[test]
    fn html_export_wraps_and_escapes() {
        let html = to_html("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "A <b> & c");
        assert!(html.contains("<title>A &lt;b&gt; &amp; c</title>"));
        assert!(html.contains("<h1>T</h1>"));
        assert!(html.contains("<table>"));
    }
}
