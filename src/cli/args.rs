//! The command-line arguments (clap).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::brief;
use crate::model::{
    ActorKind, Credibility, Likelihood, NoteType, Reliability, Severity, ThreatCategory, Tlp,
};

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

fn parse_vocab<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}
