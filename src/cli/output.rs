//! The commands that read a session or an article and print: `export`, `templates`, `check`
//! and `suggest`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use crate::brief::docx::ReferenceDoc;
use crate::brief::export::{DocumentInfo, ExportOptions, Format};
use crate::brief::{self, Templates};
use crate::extract;
use crate::import;
use crate::store;

use super::analysis;
use super::args::{CheckArgs, ExportArgs, SuggestArgs};
use super::{UsageError, plural, shorten};

pub(super) fn export(args: ExportArgs, templates_dir: Option<&Path>) -> anyhow::Result<()> {
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

pub(super) fn list_templates(templates_dir: Option<&Path>) -> anyhow::Result<()> {
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

pub(super) fn check(args: CheckArgs) -> anyhow::Result<()> {
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

pub(super) fn suggest(args: SuggestArgs) -> anyhow::Result<()> {
    let article = import::import_file(&args.article)?;
    let suggestions = extract::suggest(&article.text);
    // Standard output is line-buffered: the JSON of a long article has tens of thousands of
    // lines, and a write for each of them costs more than finding the suggestions.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        // The same writer the end-to-end bench measures.
        return extract::write_json(&suggestions, &mut out).context("writing JSON");
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
        // The one-line summary (who -> what -> against whom), when the sentence gave one.
        if !t.summary.is_empty() && t.summary != t.evidence {
            writeln!(out, "      {}", shorten(&t.summary, 100))?;
        }
    }
    for (label, facts) in [("Key figures", &suggestions.figures), ("Dates", &suggestions.dates)] {
        if !facts.is_empty() {
            let list: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
            writeln!(out, "{label}: {}", list.join("; "))?;
        }
    }
    out.flush()?;
    Ok(())
}
