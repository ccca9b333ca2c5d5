//! Helpers shared by the integration tests: running the real binary in a temporary folder, and
//! reading Markdown back with pulldown-cmark.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn sample_article() -> PathBuf {
    repo_file("assets/sample-article.txt")
}

/// The real `briefsmith` binary, run in `dir`, with user folders pointed into `dir` so tests never
/// see the developer's own templates or recovery files.
pub fn briefsmith(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_briefsmith"));
    cmd.current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".data"))
        .env("HOME", dir)
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// Runs the binary with `args` and returns its output.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    briefsmith(dir).args(args).output().expect("the briefsmith binary runs")
}

/// Runs and asserts success; returns stdout.
pub fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(
        out.status.success(),
        "briefsmith {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Runs and asserts the bad-input exit: code 1, one line on stderr, no panic. Returns the line.
pub fn fails(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "briefsmith {args:?} should exit 1; stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "briefsmith {args:?} panicked: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line expected, got: {stderr}");
    assert!(stderr.starts_with("briefsmith: error: "), "{stderr}");
    stderr.trim_end().to_owned()
}

/// The text of each heading, in order.
pub fn headings(markdown: &str) -> Vec<(HeadingLevel, String)> {
    let mut out = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    for event in Parser::new_ext(markdown, briefsmith::brief::markdown_options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

/// The text of each top-level blockquote, with soft breaks and paragraph breaks as spaces.
pub fn blockquotes(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for event in Parser::new_ext(markdown, briefsmith::brief::markdown_options()) {
        match event {
            Event::Start(Tag::BlockQuote(_)) => {
                depth += 1;
                if depth == 1 {
                    current.clear();
                }
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                depth -= 1;
                if depth == 0 {
                    out.push(current.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
            Event::Text(t) | Event::Code(t) if depth > 0 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) if depth > 0 => {
                current.push(' ')
            }
            _ => {}
        }
    }
    out
}

/// Every event, for structural checks.
pub fn events(markdown: &str) -> Vec<Event<'_>> {
    Parser::new_ext(markdown, briefsmith::brief::markdown_options()).collect()
}

/// Collapses white space the way a Markdown renderer shows it.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
