//! The commands that change a session: `new`, `tag` and `set`.

use std::path::Path;

use anyhow::{Context, anyhow, bail};

use crate::brief::{self, Templates};
use crate::extract;
use crate::import;
use crate::model::{
    Action, ActorKind, ActorRef, ByteRange, Handling, Session, SourceId, Speaker, TagBody, apply,
};
use crate::store;
use crate::workflow;

use super::analysis;
use super::args::{DateArg, NewArgs, SetArgs, TagArgs};
use super::{UsageError, find_source, no_sources, plural, shorten};

pub(super) fn new(args: NewArgs) -> anyhow::Result<()> {
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
        let hint = if session.sources.iter().any(|s| s.text().contains(args.text.as_str())) {
            " (it appears only as part of a longer word; a passage starts and ends at whole words)"
        } else if session.sources.iter().any(|s| s.text().to_lowercase().contains(&lower)) {
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

pub(super) fn tag(args: TagArgs) -> anyhow::Result<()> {
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

pub(super) fn set(args: SetArgs, templates_dir: Option<&Path>) -> anyhow::Result<()> {
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
