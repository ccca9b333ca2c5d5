//! The command line: clap arguments, then the same functions the desktop app calls.
//!
//! Exit codes: 0 success, 1 bad input (one message on stderr naming the file and the problem),
//! 2 usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use clap::Parser;

use crate::import;
use crate::model::{Session, SourceId};

mod analysis;
mod args;
mod edit;
mod output;

pub use args::*;

/// Third-party parsers (pdf-extract) panic on some damaged files; the importer's worker thread
/// catches those and reports "the file is probably damaged". Their panic messages would only add
/// noise to that one clear line, so they are not printed. Every other panic is.
fn quiet_import_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(import::WORKER_THREAD) {
            default(info);
        }
    }));
}

/// Parses the process arguments and runs. Usage errors exit 2; `--help` and `--version` exit 0.
pub fn main() -> ExitCode {
    quiet_import_panics();
    match Cli::try_parse() {
        Ok(cli) => run(cli),
        Err(e) => {
            // Printing the usage error to stderr is the report; if stderr is gone there is
            // nowhere left to report that, and the exit code still says what happened.
            e.print().ok();
            if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS }
        }
    }
}

/// Rust ignores SIGPIPE, which turns `briefsmith export S | head` into a write error or a panic
/// in `println!`. A command that prints should simply stop when its reader goes away, like any
/// Unix tool. (The desktop app keeps Rust's default: it must never die on a closed socket.)
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: SIG_DFL is a valid action for SIGPIPE; the command line has no other thread that
    // relies on SIGPIPE being ignored.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// A mistake in how the command was called that clap cannot see (exit 2, like clap's own).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct UsageError(String);

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let templates_dir = cli.templates.clone();
    if cli.command.is_none() {
        return open_app(cli.path, templates_dir);
    }
    restore_sigpipe();
    let result = match cli.command {
        None => return open_app(cli.path, templates_dir),
        Some(Command::New(args)) => edit::new(args),
        Some(Command::Tag(args)) => edit::tag(args),
        Some(Command::Set(args)) => edit::set(args, templates_dir.as_deref()),
        Some(Command::Export(args)) => output::export(args, templates_dir.as_deref()),
        Some(Command::Templates) => output::list_templates(templates_dir.as_deref()),
        Some(Command::Check(args)) => output::check(args),
        Some(Command::Suggest(args)) => output::suggest(args),
        Some(Command::Judge(args)) => analysis::judge(args),
        Some(Command::Update(args)) => analysis::update(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<UsageError>() => {
            eprintln!("briefsmith: error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            let message = format!("{e:#}").replace('\n', " ");
            eprintln!("briefsmith: error: {message}");
            ExitCode::from(1)
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(path: Option<PathBuf>, templates: Option<PathBuf>) -> ExitCode {
    crate::ui::run(path, templates)
}

#[cfg(not(feature = "gui"))]
fn open_app(path: Option<PathBuf>, _templates: Option<PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    // As above: the exit code carries the outcome when standard output is gone.
    Cli::command().print_help().ok();
    if path.is_some() {
        eprintln!("\nbriefsmith: this build has no desktop app (built without the `gui` feature)");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Finds a source by label (`S2`, any case) or by number (`2`).
pub(crate) fn find_source(session: &Session, path: &Path, key: &str) -> anyhow::Result<SourceId> {
    let key = key.trim();
    let label = if key.chars().all(|c| c.is_ascii_digit()) { format!("S{key}") } else { key.to_uppercase() };
    session.sources.iter().find(|s| s.label.eq_ignore_ascii_case(&label)).map(|s| s.id).ok_or_else(|| {
        if session.sources.is_empty() {
            return no_sources(path);
        }
        let labels: Vec<&str> = session.sources.iter().map(|s| s.label.as_str()).collect();
        anyhow!("{}: no source '{key}'; the session has {}", path.display(), labels.join(", "))
    })
}

/// A session with no article (the app lets the analyst remove the last one) loads, checks and
/// exports; only tagging needs an article.
pub(crate) fn no_sources(path: &Path) -> anyhow::Error {
    anyhow!(
        "{}: the session has no article to tag; add one in the app, or make a new session with `briefsmith new`",
        path.display()
    )
}

pub(crate) fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max_chars).collect();
    format!("{cut}…")
}
