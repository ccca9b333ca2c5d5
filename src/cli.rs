//! The command line: clap arguments, then the same functions the desktop app calls.
//!
//! Exit codes: 0 success, 1 bad input (one message on stderr naming the file and the problem),
//! 2 usage.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use clap::{Args, Parser, Subcommand};

use crate::brief::docx::ReferenceDoc;
use crate::brief::export::{DocumentInfo, ExportOptions, Format};
use crate::brief::{self, Templates};
use crate::extract;
use crate::import;
use crate::model::{
    Action, ActorKind, ActorRef, ByteRange, Credibility, Handling, Likelihood, NoteType, Reliability,
    Session, Severity, SourceId, Speaker, TagBody, ThreatCategory, Tlp, apply,
};
use crate::store;
use crate::workflow;

mod analysis;

#[derive(Parser, Debug)]
#[command(
    name = "briefsmith",
    version,
    about = "Turn news articles into cited briefing notes.",
    long_about = "Turn news articles into cited briefing notes.\n\nWith no command, opens the desktop app (on PATH if given: an article or a .brief.json session).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// An article or session to open in the desktop app.
    pub path: Option<PathBuf>,
    /// A folder of your own templates (adds to, or overrides, the built-in ones by name).
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
// Parsed once per run: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Make a session from one or more articles.
    New(NewArgs),
    /// Tag a passage of a session's article, then save the session.
    Tag(TagArgs),
    /// Set the brief's details, its template, or a source's details.
    Set(SetArgs),
    /// Render the brief as Markdown, HTML or Word (by the output's extension).
    Export(ExportArgs),
    /// List the built-in and user templates.
    Templates,
    /// Validate a session and report how its tags anchor in the text.
    Check(CheckArgs),
    /// List the suggestions (actors, quotes, threats) for an article.
    Suggest(SuggestArgs),
    /// Add a key judgment with its likelihood, confidence and evidence (or edit or remove one).
    Judge(JudgeArgs),
    /// Replace a source's text with a new version of the article; every tag re-anchors.
    Update(UpdateArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// Article files (.txt, .md, .html, .pdf, .docx).
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,
    /// Where to write the session (.brief.json).
    #[arg(short, long, value_name = "SESSION")]
    pub output: PathBuf,
    /// The brief's title (default: the first article's title).
    #[arg(long)]
    pub title: Option<String>,
    /// Accept every suggestion (actors, quotes, threats) as a tag.
    #[arg(long)]
    pub suggest: bool,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct TagArgs {
    /// The session file.
    pub session: PathBuf,
    /// actor, threat, quote, key-point, or a kind defined in the session.
    #[arg(long)]
    pub kind: String,
    /// The exact passage to tag, as it appears in the article.
    #[arg(long, value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub text: String,
    /// Which occurrence, when the passage appears more than once (1 = first).
    #[arg(long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub nth: Option<usize>,
    /// Which source: its label (S2) or number (2). Default: wherever the passage is.
    #[arg(long, value_name = "N")]
    pub source: Option<String>,
    /// For an actor: the registry actor it mentions (created if new). Default: the passage.
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// For a new actor: its kind (default: proposed from the text around the passage).
    #[arg(long, value_name = "KIND", value_parser = parse_vocab::<ActorKind>)]
    pub actor_kind: Option<ActorKind>,
    /// For a quote: who said it (an actor's name or alias, or free text).
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// For a threat: its category.
    #[arg(long, value_parser = parse_vocab::<ThreatCategory>)]
    pub category: Option<ThreatCategory>,
    /// For a threat: low, moderate, high or critical.
    #[arg(long, value_parser = parse_vocab::<Severity>)]
    pub severity: Option<Severity>,
    /// For a threat: ICD 203 likelihood (e.g. likely, very-unlikely).
    #[arg(long, value_parser = parse_vocab::<Likelihood>)]
    pub likelihood: Option<Likelihood>,
    /// Admiralty information credibility, 1–6.
    #[arg(long, value_parser = parse_vocab::<Credibility>)]
    pub credibility: Option<Credibility>,
    /// A note on the tag.
    #[arg(long)]
    pub note: Option<String>,
    /// When the reported event happened (YYYY-MM-DD, YYYY-MM or YYYY), or `auto` to take it from
    /// the passage's sentence, resolved against the article's date.
    #[arg(long, value_name = "DATE|auto", value_parser = parse_date_arg)]
    pub date: Option<DateArg>,
}

/// The value of `tag --date`.
#[derive(Clone, Debug)]
pub enum DateArg {
    Auto,
    Date(crate::model::EventDate),
}

fn parse_date_arg(s: &str) -> Result<DateArg, String> {
    if s.trim().eq_ignore_ascii_case("auto") {
        return Ok(DateArg::Auto);
    }
    s.parse().map(DateArg::Date).map_err(|e: crate::model::timeline::DateError| format!("{e}, or auto"))
}

#[derive(Args, Debug)]
pub struct JudgeArgs {
    /// The session file.
    pub session: PathBuf,
    /// The judgment ("Further sabotage of Baltic cables is likely within six months").
    #[arg(long, required_unless_present_any = ["edit", "remove"], value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub text: Option<String>,
    /// ICD 203 likelihood: almost-no-chance, very-unlikely, unlikely, roughly-even, likely,
    /// very-likely, almost-certain.
    #[arg(long, required_unless_present_any = ["edit", "remove"], value_parser = parse_vocab::<Likelihood>)]
    pub likelihood: Option<Likelihood>,
    /// low, moderate or high.
    #[arg(long, required_unless_present_any = ["edit", "remove"], value_parser = parse_vocab::<crate::model::Confidence>)]
    pub confidence: Option<crate::model::Confidence>,
    /// Tags that support it, by id as `tag` prints them (12,15 or T12,T15).
    #[arg(long, value_delimiter = ',', value_name = "TAGS", value_parser = parse_tag_id)]
    pub evidence: Vec<crate::model::TagId>,
    /// Tags that cut against it.
    #[arg(long, value_delimiter = ',', value_name = "TAGS", value_parser = parse_tag_id)]
    pub against: Vec<crate::model::TagId>,
    /// Change this judgment instead (its id, as `judge` printed it): the text, likelihood and
    /// confidence given replace its own; --evidence and --against add links.
    #[arg(long, value_name = "ID", value_parser = parse_judgment_id, conflicts_with = "remove")]
    pub edit: Option<crate::model::JudgmentId>,
    /// Remove this judgment.
    #[arg(long, value_name = "ID", value_parser = parse_judgment_id, conflicts_with_all = ["text", "likelihood", "confidence", "evidence", "against"])]
    pub remove: Option<crate::model::JudgmentId>,
}

fn parse_id(s: &str, prefix: char) -> Result<u64, String> {
    let digits = s.trim().trim_start_matches([prefix, prefix.to_ascii_lowercase()]);
    digits.parse().map_err(|_| format!("'{s}' is not an id (a number, or {prefix} and a number)"))
}

fn parse_tag_id(s: &str) -> Result<crate::model::TagId, String> {
    parse_id(s, 'T').map(crate::model::TagId)
}

fn parse_judgment_id(s: &str) -> Result<crate::model::JudgmentId, String> {
    parse_id(s, 'J').map(crate::model::JudgmentId)
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The session file.
    pub session: PathBuf,
    /// Which source to update: its label (S2) or number (2). May be left out with one source.
    #[arg(long, value_name = "N")]
    pub source: Option<String>,
    /// The new version of the article.
    #[arg(value_name = "NEW_FILE")]
    pub article: PathBuf,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    /// The session file.
    pub session: PathBuf,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub analyst: Option<String>,
    #[arg(long)]
    pub addressee: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub reference: Option<String>,
    /// TLP 2.0 marking: TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR.
    #[arg(long, value_parser = parse_vocab::<Tlp>, conflicts_with = "classification")]
    pub tlp: Option<Tlp>,
    /// A free classification line instead of TLP.
    #[arg(long)]
    pub classification: Option<String>,
    /// for-information or for-decision.
    #[arg(long, value_parser = parse_vocab::<NoteType>)]
    pub note_type: Option<NoteType>,
    /// The summary (the bottom line in a BLUF).
    #[arg(long)]
    pub summary: Option<String>,
    #[arg(long)]
    pub background: Option<String>,
    #[arg(long)]
    pub assessment: Option<String>,
    #[arg(long)]
    pub recommendation: Option<String>,
    /// Reporting period (INTSUM).
    #[arg(long)]
    pub period: Option<String>,
    /// Information cut-off (INTSUM).
    #[arg(long)]
    pub cutoff: Option<String>,
    /// The session's template (a name).
    #[arg(long)]
    pub template: Option<String>,
    /// Apply the source options below to this source (label or number).
    #[arg(long, value_name = "N")]
    pub source: Option<String>,
    /// Admiralty source reliability, A–F.
    #[arg(long, value_parser = parse_vocab::<Reliability>, requires = "source")]
    pub reliability: Option<Reliability>,
    #[arg(long, requires = "source")]
    pub outlet: Option<String>,
    #[arg(long, requires = "source")]
    pub author: Option<String>,
    #[arg(long, requires = "source")]
    pub published: Option<String>,
    #[arg(long, requires = "source")]
    pub url: Option<String>,
    #[arg(long, requires = "source")]
    pub source_title: Option<String>,
    /// Clear the brief's "What changed" section (of --source only, if given).
    #[arg(long)]
    pub clear_changes: bool,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The session file.
    pub session: PathBuf,
    /// Template name or template file (default: the session's template).
    #[arg(short, long, value_name = "NAME|FILE")]
    pub template: Option<String>,
    /// Write here instead of standard output. The extension picks the format: .md, .markdown,
    /// .txt (Markdown), .html, .htm (HTML with a print stylesheet), .docx (Word).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Write HTML (to standard output, or to an .html or .htm file).
    #[arg(long)]
    pub html: bool,
    /// Word: take styles, page size, margins, header and footer from this document (as pandoc).
    #[arg(long, value_name = "FILE.docx")]
    pub reference_doc: Option<PathBuf>,
    /// Paper for HTML printing and Word pages: a4, letter or auto (HTML: the print dialog's; Word: A4).
    #[arg(long, value_name = "SIZE", default_value = "auto", value_parser = parse_vocab::<brief::export::Paper>)]
    pub paper: brief::export::Paper,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The session file.
    pub session: PathBuf,
    /// Also check the brief: broken citations (exit 1), empty required sections, judgments
    /// without evidence or on one source, quotes without a speaker, vague estimative words.
    #[arg(long)]
    pub brief: bool,
}

#[derive(Args, Debug)]
pub struct SuggestArgs {
    /// The article file.
    pub article: PathBuf,
    /// Print one JSON object instead of a listing.
    #[arg(long)]
    pub json: bool,
}

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

fn parse_vocab<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
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
struct UsageError(String);

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let templates_dir = cli.templates.clone();
    if cli.command.is_none() {
        return open_app(cli.path, templates_dir);
    }
    restore_sigpipe();
    let result = match cli.command {
        None => return open_app(cli.path, templates_dir),
        Some(Command::New(args)) => new(args),
        Some(Command::Tag(args)) => tag(args),
        Some(Command::Set(args)) => set(args, templates_dir.as_deref()),
        Some(Command::Export(args)) => export(args, templates_dir.as_deref()),
        Some(Command::Templates) => list_templates(templates_dir.as_deref()),
        Some(Command::Check(args)) => check(args),
        Some(Command::Suggest(args)) => suggest(args),
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

fn new(args: NewArgs) -> anyhow::Result<()> {
    if !args.force && args.output.exists() {
        bail!("{} already exists; choose another name or pass --force to replace it", args.output.display());
    }
    let mut articles = Vec::new();
    for path in &args.articles {
        articles.push(import::import_file(path)?);
    }
    let mut session = workflow::new_session(articles, args.title.as_deref())?;
    if args.suggest {
        let sources: Vec<(SourceId, std::sync::Arc<str>)> =
            session.sources.iter().map(|s| (s.id, s.shared_text())).collect();
        for (id, text) in sources {
            let suggestions = extract::suggest(&text);
            let batch = workflow::accept_all(&session, id, &suggestions, workflow::AcceptKinds::ALL);
            apply(&mut session, batch).context("accepting suggestions")?;
        }
    }
    store::save(&args.output, &session)?;
    println!(
        "Created {}: {} source{}, {} tag{}, {} actor{}",
        args.output.display(),
        session.sources.len(),
        plural(session.sources.len()),
        session.tags.len(),
        plural(session.tags.len()),
        session.actors.len(),
        plural(session.actors.len())
    );
    Ok(())
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
fn no_sources(path: &Path) -> anyhow::Error {
    anyhow!(
        "{}: the session has no article to tag; add one in the app, or make a new session with `briefsmith new`",
        path.display()
    )
}

/// Where to tag: the one occurrence of `text`, or the `nth`.
fn locate_passage(session: &Session, path: &Path, args: &TagArgs) -> anyhow::Result<(SourceId, ByteRange)> {
    if args.text.trim().is_empty() {
        bail!("the passage to tag (--text) is empty");
    }
    if session.sources.is_empty() {
        return Err(no_sources(path));
    }
    let sources: Vec<SourceId> = match &args.source {
        Some(key) => vec![find_source(session, path, key)?],
        None => session.sources.iter().map(|s| s.id).collect(),
    };
    let mut hits: Vec<(SourceId, ByteRange)> = Vec::new();
    for id in sources {
        hits.extend(session.occurrences(id, &args.text).into_iter().map(|r| (id, r)));
    }
    let shown = shorten(&args.text, 60);
    if hits.is_empty() {
        let lower = args.text.to_lowercase();
        let hint = if session.sources.iter().any(|s| s.text().to_lowercase().contains(&lower)) {
            " (it appears with different capitals; copy it exactly)"
        } else {
            ""
        };
        bail!("{}: the passage \"{shown}\" is not in the article{hint}", path.display());
    }
    match args.nth {
        Some(n) if n > hits.len() => {
            bail!(
                "{}: the passage \"{shown}\" appears {} time{}; --nth {n} is too high",
                path.display(),
                hits.len(),
                plural(hits.len())
            )
        }
        Some(n) => Ok(hits[n - 1]),
        None if hits.len() == 1 => Ok(hits[0]),
        None => {
            let places: Vec<String> = hits
                .iter()
                .map(|(id, r)| {
                    let s = session.source(*id);
                    let para = s.and_then(|s| s.paragraph_number(r.start())).unwrap_or(0);
                    if session.sources.len() > 1 {
                        format!("{} ¶{para}", s.map_or("?", |s| &s.label))
                    } else {
                        format!("¶{para}")
                    }
                })
                .collect();
            bail!(
                "{}: the passage \"{shown}\" is ambiguous: it appears {} times ({}); choose one with --nth 1..{}",
                path.display(),
                hits.len(),
                places.join(", "),
                hits.len()
            )
        }
    }
}

pub(crate) fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max_chars).collect();
    format!("{cut}…")
}

fn tag(args: TagArgs) -> anyhow::Result<()> {
    let path = args.session.clone();
    let mut session = store::load(&path)?.session;
    let (source, range) = locate_passage(&session, &path, &args)?;
    let kind = args.kind.trim();
    let action = match crate::model::TagKind::parse_built_in(kind) {
        Some(crate::model::TagKind::Actor) => {
            let passage = crate::model::text::collapse_whitespace(&args.text);
            let name = args.actor.clone().unwrap_or(passage);
            Action::TagActor {
                source,
                range,
                // Without --actor-kind, the kind is proposed from the text around the passage.
                actor: ActorRef::ByName {
                    name,
                    kind: args.actor_kind.unwrap_or_else(|| {
                        session
                            .source(source)
                            .map_or(ActorKind::Other, |s| crate::extract::propose_actor_kind(s.text(), range))
                    }),
                },
            }
        }
        Some(crate::model::TagKind::Threat) => Action::AddTag {
            source,
            range,
            body: TagBody::Threat {
                category: args.category.unwrap_or_default(),
                severity: args.severity.unwrap_or_default(),
                likelihood: args.likelihood,
            },
            note: args.note.clone().unwrap_or_default(),
        },
        Some(crate::model::TagKind::Quote) => Action::AddTag {
            source,
            range,
            body: TagBody::Quote { speaker: args.speaker.clone().map(Speaker::Text) },
            note: args.note.clone().unwrap_or_default(),
        },
        Some(crate::model::TagKind::KeyPoint) => Action::AddTag {
            source,
            range,
            body: TagBody::KeyPoint,
            note: args.note.clone().unwrap_or_default(),
        },
        _ => match session.custom_kinds.iter().find(|k| k.name.eq_ignore_ascii_case(kind)) {
            Some(custom) => Action::AddTag {
                source,
                range,
                body: TagBody::Custom { name: custom.name.clone() },
                note: args.note.clone().unwrap_or_default(),
            },
            None => bail!(
                "{}: '{kind}' is not a tag kind; use actor, threat, quote, key-point{}",
                path.display(),
                session.custom_kinds.iter().map(|k| format!(", {}", k.name)).collect::<String>()
            ),
        },
    };
    let outcome = apply(&mut session, action).with_context(|| format!("{}: cannot tag", path.display()))?;
    let tag_id = outcome.tags.first().copied().ok_or_else(|| anyhow!("no tag was made"))?;
    let mut follow_up = Vec::new();
    if let Some(credibility) = args.credibility {
        follow_up.push(Action::SetTagCredibility { tag: tag_id, credibility: Some(credibility) });
    }
    if matches!(crate::model::TagKind::parse_built_in(kind), Some(crate::model::TagKind::Actor))
        && let Some(note) = &args.note
    {
        follow_up.push(Action::SetTagNote { tag: tag_id, note: note.clone() });
    }
    if let Some(DateArg::Date(date)) = &args.date {
        follow_up.push(Action::SetTagDate { tag: tag_id, date: Some(*date) });
    }
    for action in follow_up {
        apply(&mut session, action)?;
    }
    let proposal = match args.date {
        Some(DateArg::Auto) => Some(analysis::date_from_sentence(&mut session, tag_id)?),
        _ => None,
    };
    store::save(&path, &session)?;
    let tag = session.tag(tag_id).ok_or_else(|| anyhow!("tag {} vanished", tag_id.0))?;
    let cite = brief::context::citation(&session, tag, session.sources.len() > 1);
    let detail = match &tag.body {
        TagBody::Actor { actor } => {
            format!(" → {}", session.actor(*actor).map_or("?", |a| a.name.as_str()))
        }
        TagBody::Quote { speaker: Some(s) } => format!(" ({})", session.speaker_name(s)),
        _ => String::new(),
    };
    println!(
        "Tagged {} [{cite}] \"{}\"{detail} (tag {})",
        tag.kind().label().to_lowercase(),
        shorten(tag.text(), 60),
        tag_id.0
    );
    if let Some(line) = proposal {
        println!("{line}");
    } else if let Some(date) = tag.event_date {
        println!("Event date {date}");
    }
    Ok(())
}

fn set(args: SetArgs, templates_dir: Option<&Path>) -> anyhow::Result<()> {
    let path = args.session.clone();
    let mut session = store::load(&path)?.session;
    let mut brief = session.brief.clone();
    let fields: [(&Option<String>, &mut String); 11] = [
        (&args.title, &mut brief.title),
        (&args.analyst, &mut brief.analyst),
        (&args.addressee, &mut brief.addressee),
        (&args.date, &mut brief.date),
        (&args.reference, &mut brief.reference),
        (&args.summary, &mut brief.summary),
        (&args.background, &mut brief.background),
        (&args.assessment, &mut brief.assessment),
        (&args.recommendation, &mut brief.recommendation),
        (&args.period, &mut brief.period),
        (&args.cutoff, &mut brief.cutoff),
    ];
    let mut changed = 0;
    for (value, field) in fields {
        if let Some(v) = value {
            *field = v.clone();
            changed += 1;
        }
    }
    if let Some(level) = args.tlp {
        brief.handling = Handling::Tlp { level };
        changed += 1;
    }
    if let Some(text) = &args.classification {
        brief.handling = Handling::Classification { text: text.clone() };
        changed += 1;
    }
    if let Some(note_type) = args.note_type {
        brief.note_type = note_type;
        changed += 1;
    }
    let mut actions = vec![Action::SetBrief(Box::new(brief))];
    if let Some(template) = &args.template {
        let templates = Templates::load(&brief::templates::user_dirs(templates_dir));
        templates.resolve(template)?;
        actions.push(Action::SetTemplate(template.clone()));
        changed += 1;
    }
    if let Some(key) = &args.source {
        let id = find_source(&session, &path, key)?;
        let mut meta = session.source(id).map(|s| s.meta.clone()).unwrap_or_default();
        let source_fields: [(&Option<String>, &mut String); 5] = [
            (&args.outlet, &mut meta.outlet),
            (&args.author, &mut meta.author),
            (&args.published, &mut meta.published),
            (&args.url, &mut meta.url),
            (&args.source_title, &mut meta.title),
        ];
        for (value, field) in source_fields {
            if let Some(v) = value {
                *field = v.clone();
                changed += 1;
            }
        }
        if let Some(r) = args.reliability {
            meta.reliability = Some(r);
            changed += 1;
        }
        actions.push(Action::SetSourceMeta { source: id, meta });
    }
    if args.clear_changes {
        let source = args.source.as_deref().map(|key| find_source(&session, &path, key)).transpose()?;
        actions.push(Action::ClearChanges { source });
        changed += 1;
    }
    if changed == 0 {
        return Err(UsageError("nothing to set; see `briefsmith set --help`".into()).into());
    }
    apply(&mut session, Action::Batch { label: "set details".into(), actions })?;
    store::save(&path, &session)?;
    println!("Updated {} ({changed} field{})", path.display(), plural(changed));
    Ok(())
}

fn export(args: ExportArgs, templates_dir: Option<&Path>) -> anyhow::Result<()> {
    if let Some(out) = args.output.as_deref().filter(|out| out.is_dir()) {
        bail!("cannot write {}: it is a folder; name a file such as brief.md or brief.docx", out.display());
    }
    let format = Format::for_output(args.output.as_deref(), args.html, args.reference_doc.is_some())
        .map_err(|e| UsageError(e.to_string()))?;
    let session = store::load(&args.session)?.session;
    let templates = Templates::load(&brief::templates::user_dirs(templates_dir));
    let name = args.template.clone().unwrap_or_else(|| session.template.clone());
    let template = templates.resolve(&name)?;
    let reference_doc = args.reference_doc.as_deref().map(ReferenceDoc::load).transpose()?;
    let markdown = brief::render(&session, &template)?;
    let options = ExportOptions { reference_doc, paper: args.paper };
    analysis::warn_broken_citations(&args.session, &session);
    let output = brief::export::export(&markdown, &DocumentInfo::of(&session), format, &options)?;
    match &args.output {
        Some(out) => {
            store::write_atomic(out, &output, false)?;
            let kind = match format {
                Format::Markdown => "Markdown",
                Format::Html => "HTML",
                Format::Docx => "Word",
            };
            eprintln!("Wrote {} ({kind}, {} template)", out.display(), template.info.name);
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&output).and_then(|()| stdout.flush()).context("writing to standard output")?;
        }
    }
    Ok(())
}

fn list_templates(templates_dir: Option<&Path>) -> anyhow::Result<()> {
    let dirs = brief::templates::user_dirs(templates_dir);
    let templates = Templates::load(&dirs);
    let width = templates.list().iter().map(|t| t.info.name.len()).max().unwrap_or(0);
    for t in templates.list() {
        let origin = match &t.info.origin {
            brief::Origin::BuiltIn => "built-in".to_owned(),
            brief::Origin::User(p) | brief::Origin::File(p) => p.display().to_string(),
        };
        println!("{:width$}  {}  [{origin}]", t.info.name, t.info.description);
    }
    for problem in &templates.problems {
        eprintln!("briefsmith: warning: {problem}");
    }
    let shown: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    eprintln!("User templates are read from: {}", shown.join(", "));
    Ok(())
}

fn check(args: CheckArgs) -> anyhow::Result<()> {
    let loaded = store::load(&args.session)?;
    let s = &loaded.session;
    println!(
        "{}: valid. {} source{}, {} actor{}, {} tag{}: {}",
        args.session.display(),
        s.sources.len(),
        plural(s.sources.len()),
        s.actors.len(),
        plural(s.actors.len()),
        s.tags.len(),
        plural(s.tags.len()),
        loaded.report.summary()
    );
    for warning in &loaded.warnings {
        println!("warning: {warning}");
    }
    for (label, ids) in [("re-anchored", &loaded.report.reanchored), ("orphaned", &loaded.report.orphans)] {
        for id in ids {
            if let Some(tag) = s.tag(*id) {
                let source = s.source(tag.source).map_or("?", |src| src.label.as_str());
                println!(
                    "{label}: tag {} ({}, {source}) \"{}\"",
                    id.0,
                    tag.kind().label().to_lowercase(),
                    shorten(tag.text(), 60)
                );
            }
        }
    }
    if args.brief {
        analysis::check_brief(&args.session, s)?;
    }
    Ok(())
}

fn suggest(args: SuggestArgs) -> anyhow::Result<()> {
    let article = import::import_file(&args.article)?;
    let suggestions = extract::suggest(&article.text);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &suggestions).context("writing JSON")?;
        writeln!(out)?;
        return Ok(());
    }
    let text = article.text.as_str();
    let paragraph = |byte: usize| {
        crate::model::text::paragraph_index(&crate::model::text::paragraphs(text), byte).map_or(0, |i| i + 1)
    };
    writeln!(out, "Actors ({}):", suggestions.actors.len())?;
    for a in &suggestions.actors {
        let aliases: Vec<&str> = a.aliases.iter().map(String::as_str).filter(|x| *x != a.name).collect();
        writeln!(
            out,
            "  {} [{}] {} mention{}{}  (why: {})",
            a.name,
            a.kind.label(),
            a.mentions.len(),
            plural(a.mentions.len()),
            if aliases.is_empty() { String::new() } else { format!("; also {}", aliases.join(", ")) },
            a.rule
        )?;
    }
    writeln!(out, "Quotes ({}):", suggestions.quotes.len())?;
    for q in &suggestions.quotes {
        writeln!(
            out,
            "  ¶{} {}: “{}”  (why: {})",
            paragraph(q.start),
            q.speaker.as_deref().unwrap_or("unattributed"),
            shorten(&q.text, 90),
            q.rule
        )?;
    }
    writeln!(out, "Threats ({}):", suggestions.threats.len())?;
    for t in &suggestions.threats {
        writeln!(
            out,
            "  ¶{} [{} · {}] {}  (why: {} \"{}\")",
            paragraph(t.start),
            t.severity.label(),
            t.category.label(),
            shorten(&t.evidence, 90),
            t.rule,
            t.cue
        )?;
    }
    for (label, facts) in [("Key figures", &suggestions.figures), ("Dates", &suggestions.dates)] {
        if !facts.is_empty() {
            let list: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
            writeln!(out, "{label}: {}", list.join("; "))?;
        }
    }
    Ok(())
}
