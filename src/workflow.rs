//! Operations that span modules and are shared by the command line and the desktop app, so that
//! neither writes them twice: making a session from articles, opening a path that may be an
//! article or a session, and turning suggestions into actions.

pub mod review;

use std::path::Path;

use crate::extract::{SuggestedActor, SuggestedFact, SuggestedQuote, SuggestedThreat, Suggestions};
use crate::import::{self, Imported};
use crate::model::{Action, ActorRef, ByteRange, Session, SourceId, Speaker, TagBody, TagKind, apply};
use crate::store::{self, Loaded};

/// Today's date in ISO 8601 (UTC), the default date of a new brief.
pub fn today() -> String {
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    now.get(..10).unwrap_or(&now).to_owned()
}

/// Makes a session from imported articles. The brief's title is `title`, else the first article's
/// title; its date is today.
pub fn new_session(
    articles: Vec<Imported>,
    title: Option<&str>,
) -> Result<Session, crate::model::ActionError> {
    let mut session = Session::new();
    let first_title = articles.first().map(|a| a.meta.title.clone()).unwrap_or_default();
    for article in articles {
        apply(&mut session, Action::AddSource { meta: article.meta, text: article.text })?;
    }
    session.brief.title = title.map(str::to_owned).unwrap_or(first_title);
    session.brief.date = today();
    Ok(session)
}

/// What a path turned out to be.
pub enum Opened {
    Session(Box<Loaded>),
    Article(Box<Imported>),
}

/// Opens a session file (by name or content) or imports an article.
pub fn open_path(path: &Path) -> anyhow::Result<Opened> {
    if looks_like_session(path) {
        Ok(Opened::Session(Box::new(store::load(path)?)))
    } else {
        Ok(Opened::Article(Box::new(import::import_file(path)?)))
    }
}

/// A `.brief.json` name, or a `.json` file whose start declares the session format.
pub fn looks_like_session(path: &Path) -> bool {
    if store::is_session_path(path) {
        return true;
    }
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
        use std::io::Read;
        let mut head = [0u8; 512];
        if let Ok(mut f) = std::fs::File::open(path) {
            let n = f.read(&mut head).unwrap_or(0);
            return String::from_utf8_lossy(&head[..n]).contains(crate::model::session::FORMAT_NAME);
        }
    }
    false
}

/// Whether the session already has a tag of this kind over exactly this passage.
fn already_tagged(session: &Session, source: SourceId, range: ByteRange, kind: &TagKind) -> bool {
    session.tags.iter().any(|t| t.source == source && t.span.range == range && &t.kind() == kind)
}

fn range(start: usize, end: usize) -> ByteRange {
    ByteRange { start, end }
}

/// The actions that accept a suggested actor: every mention tagged, the actor created once (or
/// found in the registry by any of its names) with its aliases.
pub fn accept_actor(session: &Session, source: SourceId, actor: &SuggestedActor) -> Vec<Action> {
    let existing = std::iter::once(actor.name.as_str())
        .chain(actor.aliases.iter().map(String::as_str))
        .find_map(|name| session.find_actor(name))
        .map(|a| a.id);
    let target = match existing {
        Some(id) => ActorRef::Existing(id),
        None => ActorRef::ByName { name: actor.name.clone(), kind: actor.kind },
    };
    actor
        .mentions
        .iter()
        .map(|m| range(m.start, m.end))
        .filter(|r| !already_tagged(session, source, *r, &TagKind::Actor))
        .map(|r| Action::TagActor { source, range: r, actor: target.clone() })
        .collect()
}

/// The action that accepts a suggested quote (its speaker linked to the registry by name).
pub fn accept_quote(session: &Session, source: SourceId, quote: &SuggestedQuote) -> Option<Action> {
    let r = range(quote.start, quote.end);
    (!already_tagged(session, source, r, &TagKind::Quote)).then(|| Action::AddTag {
        source,
        range: r,
        body: TagBody::Quote { speaker: quote.speaker.clone().map(Speaker::Text) },
        note: String::new(),
    })
}

/// The action that accepts a suggested threat with its category and severity.
pub fn accept_threat(session: &Session, source: SourceId, threat: &SuggestedThreat) -> Option<Action> {
    let r = range(threat.start, threat.end);
    (!already_tagged(session, source, r, &TagKind::Threat)).then(|| Action::AddTag {
        source,
        range: r,
        body: TagBody::Threat { category: threat.category, severity: threat.severity, likelihood: None },
        note: String::new(),
    })
}

/// A category and severity for a passage the analyst tags as a threat, from the same cues the
/// suggestion engine uses; `None` when no cue matches.
pub fn guess_threat(passage: &str) -> Option<(crate::model::ThreatCategory, crate::model::Severity)> {
    crate::extract::suggest(passage)
        .threats
        .into_iter()
        .max_by_key(|t| t.severity)
        .map(|t| (t.category, t.severity))
}

/// Which suggestions to accept at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AcceptKinds {
    pub actors: bool,
    pub quotes: bool,
    pub threats: bool,
    /// Key figures, each as a key point on its sentence.
    pub figures: bool,
}

impl AcceptKinds {
    pub const ALL: AcceptKinds = AcceptKinds { actors: true, quotes: true, threats: true, figures: true };
    pub const NONE: AcceptKinds =
        AcceptKinds { actors: false, quotes: false, threats: false, figures: false };
}

/// The action that accepts a key figure ("12,000 soldiers") as a key point: the sentence it
/// stands in, with the figure in the note.
pub fn accept_figure(session: &Session, source: SourceId, figure: &SuggestedFact) -> Option<Action> {
    let r = range(figure.sentence_start, figure.sentence_end);
    (!already_tagged(session, source, r, &TagKind::KeyPoint)).then(|| Action::AddTag {
        source,
        range: r,
        body: TagBody::KeyPoint,
        note: format!("Key figure: {}", figure.text),
    })
}

/// One batch that accepts every suggestion of the chosen kinds. Actors come first so that quote
/// speakers link to them.
pub fn accept_all(
    session: &Session,
    source: SourceId,
    suggestions: &Suggestions,
    kinds: AcceptKinds,
) -> Action {
    let mut actions = Vec::new();
    if kinds.actors {
        // Accepting one actor can create it; later ones see it only through `ByName`, which the
        // reducer resolves at apply time, so the batch stays consistent.
        for actor in &suggestions.actors {
            actions.extend(accept_actor(session, source, actor));
        }
    }
    if kinds.quotes {
        actions.extend(suggestions.quotes.iter().filter_map(|q| accept_quote(session, source, q)));
    }
    if kinds.threats {
        actions.extend(suggestions.threats.iter().filter_map(|t| accept_threat(session, source, t)));
    }
    if kinds.figures {
        // Two figures in one sentence make one key point.
        let mut sentences = std::collections::HashSet::new();
        actions.extend(
            suggestions
                .figures
                .iter()
                .filter(|f| sentences.insert((f.sentence_start, f.sentence_end)))
                .filter_map(|f| accept_figure(session, source, f)),
        );
    }
    Action::Batch { label: "accept suggestions".into(), actions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Mention;
    use crate::model::{ActorKind, Severity, SourceMeta, ThreatCategory};

    const TEXT: &str = "North Korea fired a missile. Pyongyang said, \"We will respond.\"";

    fn suggestions() -> Suggestions {
        let nk = TEXT.find("North Korea").unwrap();
        let py = TEXT.find("Pyongyang").unwrap();
        let q = TEXT.find("We will").unwrap();
        let t = TEXT.find("fired a missile").unwrap();
        Suggestions {
            actors: vec![SuggestedActor {
                name: "North Korea".into(),
                kind: ActorKind::State,
                aliases: vec!["North Korea".into(), "Pyongyang".into()],
                mentions: vec![Mention { start: nk, end: nk + 11 }, Mention { start: py, end: py + 9 }],
                rule: "test".into(),
            }],
            quotes: vec![SuggestedQuote {
                text: "We will respond.".into(),
                speaker: Some("North Korea".into()),
                start: q,
                end: q + 16,
                rule: "test".into(),
            }],
            threats: vec![SuggestedThreat {
                summary: "missile".into(),
                category: ThreatCategory::WeaponsTest,
                severity: Severity::High,
                evidence: "fired a missile".into(),
                start: t,
                end: t + 15,
                cue: "missile".into(),
                rule: "test".into(),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn key_figures_become_one_key_point_per_sentence() {
        let text = "Officials said 12,000 soldiers and 300 tanks crossed. Nothing else happened.";
        let mut session = Session::new();
        let src = apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: text.into() })
            .unwrap()
            .sources[0];
        let found = crate::extract::suggest(text);
        assert_eq!(found.figures.len(), 2, "{:?}", found.figures);
        let sentence = &text[found.figures[0].sentence_start..found.figures[0].sentence_end];
        assert_eq!(sentence, "Officials said 12,000 soldiers and 300 tanks crossed.");
        let batch = accept_all(&session, src, &found, AcceptKinds { figures: true, ..AcceptKinds::NONE });
        apply(&mut session, batch).unwrap();
        assert_eq!(session.tags.len(), 1);
        assert_eq!(session.tags[0].kind(), TagKind::KeyPoint);
        assert_eq!(session.tags[0].note, "Key figure: 12,000 soldiers");
        // Accepted once: the second figure of the sentence proposes nothing more.
        assert!(accept_figure(&session, src, &found.figures[1]).is_none());
    }

    #[test]
    fn accepting_everything_builds_registry_tags_and_links_speakers() {
        let mut session = Session::new();
        let src = apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: TEXT.into() })
            .unwrap()
            .sources[0];
        let batch = accept_all(&session, src, &suggestions(), AcceptKinds::ALL);
        apply(&mut session, batch).unwrap();
        assert_eq!(session.actors.len(), 1);
        let nk = session.actors[0].id;
        assert_eq!(session.actors[0].aliases, ["Pyongyang"]);
        assert_eq!(session.mentions(nk).len(), 2);
        let quote = session.tags.iter().find(|t| matches!(t.body, TagBody::Quote { .. })).unwrap();
        assert_eq!(quote.body, TagBody::Quote { speaker: Some(Speaker::Actor(nk)) });
        assert_eq!(quote.text(), "We will respond.");
        assert_eq!(session.tags.len(), 4);
        // Accepting again adds nothing.
        let again = accept_all(&session, src, &suggestions(), AcceptKinds::ALL);
        assert!(matches!(&again, Action::Batch { actions, .. } if actions.is_empty()));
    }

    #[test]
    fn accepting_one_kind_leaves_the_others() {
        let mut session = Session::new();
        let src = apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: TEXT.into() })
            .unwrap()
            .sources[0];
        let kinds = AcceptKinds { threats: true, ..AcceptKinds::NONE };
        let batch = accept_all(&session, src, &suggestions(), kinds);
        apply(&mut session, batch).unwrap();
        assert_eq!(session.tags.len(), 1);
        assert!(session.actors.is_empty());
    }

    #[test]
    fn new_session_takes_the_title_and_dates_the_brief() {
        let article = Imported {
            text: TEXT.into(),
            meta: SourceMeta { title: "Missile fired".into(), ..Default::default() },
            format: crate::import::Format::Text,
            notes: vec![],
        };
        let s = new_session(vec![article.clone()], None).unwrap();
        assert_eq!(s.brief.title, "Missile fired");
        assert_eq!(s.brief.date.len(), 10);
        let s = new_session(vec![article.clone(), article], Some("Mine")).unwrap();
        assert_eq!(s.brief.title, "Mine");
        assert_eq!(s.sources[1].label, "S2");
    }
}
