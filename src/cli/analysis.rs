//! The command line's analytic commands: `judge` (key judgments), `update` (a new version of an
//! article), `tag --date auto` (an event date from the sentence) and `check --brief`. Each loads
//! the session, applies actions through the reducer, saves atomically and prints one summary.

use std::path::Path;

use anyhow::{Context, anyhow, bail};

use super::{JudgeArgs, UpdateArgs, find_source, plural, shorten};
use crate::brief::check::{self, Level};
use crate::model::{Action, EvidenceRole, Session, TagId, apply};
use crate::{import, store, workflow};

/// `[¶5], [¶7]`, or `none`.
fn citations(session: &Session, tags: &[TagId]) -> String {
    let multiple = session.sources.len() > 1;
    let cites: Vec<String> = tags
        .iter()
        .filter_map(|t| session.tag(*t))
        .map(|t| format!("[{}]", crate::brief::context::citation(session, t, multiple)))
        .collect();
    if cites.is_empty() { "none".to_owned() } else { cites.join(", ") }
}

pub(super) fn judge(args: JudgeArgs) -> anyhow::Result<()> {
    let path = args.session.clone();
    let mut session = store::load(&path)?.session;
    let fail = |what: &str| format!("{}: cannot {what}", path.display());
    if let Some(id) = args.remove {
        apply(&mut session, Action::RemoveJudgment { judgment: id })
            .with_context(|| fail("remove the judgment"))?;
        store::save(&path, &session)?;
        println!("Removed judgment {}", id.0);
        return Ok(());
    }
    let id = match args.edit {
        Some(id) => {
            let current = session
                .judgment(id)
                .ok_or_else(|| anyhow!("{}: there is no judgment {}", path.display(), id.0))?;
            let mut actions = vec![Action::EditJudgment {
                judgment: id,
                text: args.text.clone().unwrap_or_else(|| current.text.clone()),
                likelihood: args.likelihood.unwrap_or(current.likelihood),
                confidence: args.confidence.unwrap_or(current.confidence),
            }];
            for (tags, role) in
                [(&args.evidence, EvidenceRole::Supports), (&args.against, EvidenceRole::Against)]
            {
                actions.extend(tags.iter().map(|tag| Action::LinkEvidence {
                    judgment: id,
                    tag: *tag,
                    role: Some(role),
                }));
            }
            apply(&mut session, Action::Batch { label: "edit judgment".into(), actions })
                .with_context(|| fail("edit the judgment"))?;
            id
        }
        None => {
            let (Some(text), Some(likelihood), Some(confidence)) =
                (args.text, args.likelihood, args.confidence)
            else {
                bail!("a new judgment needs --text, --likelihood and --confidence");
            };
            let action = Action::AddJudgment {
                text,
                likelihood,
                confidence,
                supporting: args.evidence,
                against: args.against,
            };
            let outcome = apply(&mut session, action).with_context(|| fail("add the judgment"))?;
            outcome.judgments.first().copied().ok_or_else(|| anyhow!("no judgment was made"))?
        }
    };
    store::save(&path, &session)?;
    let number = session.judgments.iter().position(|j| j.id == id).map_or(0, |i| i + 1);
    let j = session.judgment(id).ok_or_else(|| anyhow!("judgment {} vanished", id.0))?;
    println!(
        "{} key judgment KJ{number} \"{}\": {} ({}), {}; evidence {}; against {} (judgment {}; cite it as [@J{}])",
        if args.edit.is_some() { "Changed" } else { "Added" },
        shorten(&j.text, 60),
        j.likelihood.label(),
        j.likelihood.band(),
        j.confidence.label(),
        citations(&session, &j.supporting),
        citations(&session, &j.against),
        id.0,
        id.0
    );
    Ok(())
}

/// Dates a new tag from its sentence (`tag --date auto`) and says what it found.
pub(super) fn date_from_sentence(session: &mut Session, tag: TagId) -> anyhow::Result<String> {
    match workflow::propose_event_date(session, tag) {
        Some(proposal) => {
            apply(session, Action::SetTagDate { tag, date: Some(proposal.date) })?;
            let basis = match proposal.reference {
                Some(reference) => format!(", resolved against the article's date {reference}"),
                None => String::new(),
            };
            Ok(format!("Event date {} (from \"{}\"{basis})", proposal.date, proposal.expression))
        }
        None => {
            Ok("No event date found in the passage's sentence; give one with --date YYYY-MM-DD".to_owned())
        }
    }
}

pub(super) fn update(args: UpdateArgs) -> anyhow::Result<()> {
    let path = args.session.clone();
    let mut session = store::load(&path)?.session;
    let source = match &args.source {
        Some(key) => find_source(&session, &path, key)?,
        None => match session.sources.as_slice() {
            [only] => only.id,
            _ => bail!("{}: the session has several sources; choose one with --source", path.display()),
        },
    };
    let article = import::import_file(&args.article)?;
    let summary = workflow::update_source(&mut session, source, article)
        .with_context(|| format!("{}: cannot update from {}", path.display(), args.article.display()))?;
    store::save(&path, &session)?;
    let label = session.source(source).map_or("?", |s| s.label.as_str());
    println!("Updated {label} from {}: {summary}", args.article.display());
    if let Some(changes) = session.source(source).and_then(|s| s.changes.as_ref()) {
        for tag in changes.orphaned.iter().filter_map(|t| session.tag(*t)) {
            println!(
                "orphaned: tag {} ({}) \"{}\"",
                tag.id.0,
                tag.kind().label().to_lowercase(),
                shorten(tag.text(), 60)
            );
        }
    }
    Ok(())
}

/// `check --brief`: every finding on standard output; broken citations make it fail (exit 1).
pub(super) fn check_brief(path: &Path, session: &Session) -> anyhow::Result<()> {
    let findings = check::check(session);
    for finding in &findings {
        let level = match finding.level() {
            Level::Problem => "problem",
            Level::Advice => "advice",
        };
        println!("{level}: {}", finding.message);
    }
    let problems = findings.iter().filter(|f| f.level() == Level::Problem).count();
    let advice = findings.len() - problems;
    if problems > 0 {
        bail!(
            "{}: the brief has {problems} broken citation{} (and {advice} piece{} of advice); see the list above",
            path.display(),
            plural(problems),
            plural(advice)
        );
    }
    println!("brief: no broken citations, {advice} piece{} of advice", plural(advice));
    Ok(())
}

/// Tells the analyst on standard error about citations the exported brief could not give.
pub(super) fn warn_broken_citations(path: &Path, session: &Session) {
    for finding in check::check(session).iter().filter(|f| f.level() == Level::Problem) {
        eprintln!("briefsmith: warning: {}: {}", path.display(), finding.message);
    }
}
