//! Operations that span modules and are shared by the command line and the desktop app, so that
//! neither writes them twice: making a session from articles, opening a path that may be an
//! article or a session, turning suggestions into actions, proposing a tag's event date, and
//! updating a source to a new version of its article.

pub mod review;

use std::path::Path;

use crate::extract::{SuggestedActor, SuggestedFact, SuggestedQuote, SuggestedThreat, Suggestions};
use crate::import::{self, Imported};
use crate::model::timeline::{self, EventDate};
use crate::model::{
    Action, ActorRef, AnchorReport, ByteRange, Session, Source, SourceId, Speaker, TagBody, TagId, TagKind,
    apply,
};
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

/// A suggestion's range; `None` (nothing to accept) if the engine ever produced a reversed one.
/// Whether it fits the text is checked by the reducer.
fn range(start: usize, end: usize) -> Option<ByteRange> {
    ByteRange::new(start, end).ok()
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
        .copied()
        .filter(|r| !already_tagged(session, source, *r, &TagKind::Actor))
        .map(|r| Action::TagActor { source, range: r, actor: target.clone() })
        .collect()
}

/// The action that accepts a suggested quote (its speaker linked to the registry by name).
pub fn accept_quote(session: &Session, source: SourceId, quote: &SuggestedQuote) -> Option<Action> {
    let r = range(quote.start, quote.end)?;
    (!already_tagged(session, source, r, &TagKind::Quote)).then(|| Action::AddTag {
        source,
        range: r,
        body: TagBody::Quote { speaker: quote.speaker.clone().map(Speaker::Text) },
        note: String::new(),
    })
}

/// The action that accepts a suggested threat with its category and severity; its one-line
/// summary (who -> what -> against whom) becomes the tag's note, which the briefs show beside the
/// evidence and the analyst may rewrite, with an open who said in words (see [`threat_note`]).
pub fn accept_threat(session: &Session, source: SourceId, threat: &SuggestedThreat) -> Option<Action> {
    let r = range(threat.start, threat.end)?;
    (!already_tagged(session, source, r, &TagKind::Threat)).then(|| Action::AddTag {
        source,
        range: r,
        body: TagBody::Threat { category: threat.category, severity: threat.severity, likelihood: None },
        note: threat_note(&threat.summary),
    })
}

/// A threat's summary as a line of the brief: an unknown actor said in words ("? -> transfers of
/// artillery" becomes "Actor unknown -> transfers of artillery"). The arrows stay ASCII: the app's
/// font has no "→".
pub fn threat_note(summary: &str) -> String {
    summary
        .split(" -> ")
        .enumerate()
        .map(|(at, part)| if at == 0 && part.trim() == "?" { "Actor unknown" } else { part.trim() })
        .collect::<Vec<_>>()
        .join(" -> ")
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
    let r = range(figure.sentence_start, figure.sentence_end)?;
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

/// An event date proposed for a tag from a date expression in its sentence. The analyst confirms
/// or edits it (`Action::SetTagDate`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateProposal {
    pub date: EventDate,
    /// The words it comes from ("Wednesday night", "last month", "14 March 2026").
    pub expression: String,
    /// Where those words are in the source's text (bytes).
    pub start_byte: usize,
    pub end_byte: usize,
    /// The article date a relative expression was resolved against, if one was needed.
    pub reference: Option<EventDate>,
}

/// The article's date, for resolving "on Friday": the source's publication date, else a short
/// dateline among its first five lines that is a date, possibly after one word ("Published 14
/// March 2026").
pub fn article_date(source: &Source) -> Option<EventDate> {
    EventDate::parse_published(&source.meta.published).or_else(|| {
        source
            .text()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .take(5)
            .filter(|line| line.chars().count() <= 60)
            .find_map(EventDate::parse_published)
    })
}

/// Proposes when the event a tag reports happened, from the dates the suggestion engine finds in
/// the tag's sentence (one inside the passage first, then the nearest), resolving relative ones
/// ("on Friday", "last month") against the article's date. `None` when the sentence has no date
/// that can be pinned down ("hours before the election", "this week", or "Friday" in an article
/// with no date).
pub fn propose_event_date(session: &Session, tag: TagId) -> Option<DateProposal> {
    let tag = session.tag(tag).filter(|t| !t.is_orphan())?;
    let source = session.source(tag.source)?;
    let text = source.text();
    let (tag_start, tag_end) = (tag.span.range.start(), tag.span.range.end());
    let paragraph = *source.paragraphs().iter().find(|p| p.start() <= tag_start && tag_start <= p.end())?;
    let offset = paragraph.start();
    let paragraph_text = paragraph.slice(text)?;
    let tokens = crate::extract::tokens::tokenize(paragraph_text);
    let mut dates: Vec<_> = crate::extract::facts::find_dates(&tokens)
        .into_iter()
        .filter(|d| {
            let (s, e) = (offset + d.sentence_start, offset + d.sentence_end);
            s < tag_end.max(tag_start + 1) && tag_start < e
        })
        .collect();
    let inside =
        |d: &crate::extract::SuggestedFact| tag_start <= offset + d.start && offset + d.end <= tag_end;
    dates.sort_by_key(|d| (!inside(d), (offset + d.start).abs_diff(tag_start)));
    let reference = article_date(source);
    dates.into_iter().find_map(|d| {
        let sentence = paragraph_text.get(d.sentence_start..d.sentence_end)?;
        let at = d.start.checked_sub(d.sentence_start)?;
        if timeline::is_period_bound(sentence, at) {
            return None;
        }
        let direction = timeline::direction_in(sentence, at);
        let absolute = timeline::resolve(&d.text, None, direction);
        let date = absolute.or_else(|| timeline::resolve(&d.text, reference, direction))?;
        Some(DateProposal {
            date,
            expression: d.text.clone(),
            start_byte: offset + d.start,
            end_byte: offset + d.end,
            reference: if absolute.is_some() { None } else { reference },
        })
    })
}

/// What updating a source did, for the command line's message and the app's notice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateSummary {
    /// Tags still where they were.
    pub kept: usize,
    /// Tags found again elsewhere in the new text.
    pub moved: usize,
    /// Tags whose passage is gone (kept and shown, never dropped).
    pub orphaned: usize,
    pub paragraphs_added: usize,
    pub paragraphs_removed: usize,
}

impl std::fmt::Display for UpdateSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} tag{} kept, {} moved, {} orphaned; {} paragraph{} added, {} removed",
            self.kept,
            if self.kept == 1 { "" } else { "s" },
            self.moved,
            self.orphaned,
            self.paragraphs_added,
            if self.paragraphs_added == 1 { "" } else { "s" },
            self.paragraphs_removed
        )
    }
}

/// The action that replaces a source's text with a new version of the article (its publication
/// date taken from the new file's metadata when it has one).
pub fn update_source_action(source: SourceId, article: Imported) -> Action {
    Action::ReplaceSourceText {
        source,
        text: article.text,
        published: article.meta.published,
        retrieved: String::new(),
    }
}

/// Summarises an update from the reducer's anchor report and the source's change record.
pub fn update_summary(session: &Session, source: SourceId, report: &AnchorReport) -> UpdateSummary {
    let changes = session.source(source).and_then(|s| s.changes.as_ref());
    UpdateSummary {
        kept: report.anchored.len(),
        moved: report.reanchored.len(),
        orphaned: report.orphans.len(),
        paragraphs_added: changes.map_or(0, |c| c.added.len()),
        paragraphs_removed: changes.map_or(0, |c| c.removed.len()),
    }
}

/// Updates a source to a new version of its article through the reducer, and summarises it.
pub fn update_source(
    session: &mut Session,
    source: SourceId,
    article: Imported,
) -> Result<UpdateSummary, crate::model::ActionError> {
    let outcome = apply(session, update_source_action(source, article))?;
    let report = outcome.anchor_report.unwrap_or_default();
    Ok(update_summary(session, source, &report))
}

#[cfg(test)]
mod tests {
    use super::*;
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
                mentions: vec![ByteRange::between(nk, nk + 11), ByteRange::between(py, py + 9)],
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
                summary: "North Korea -> fired a missile".into(),
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
        let sentence = text.get(found.figures[0].sentence_start..found.figures[0].sentence_end);
        assert_eq!(sentence, Some("Officials said 12,000 soldiers and 300 tanks crossed."));
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
        // The threat's one-line summary is its note.
        assert_eq!(session.tags[0].note, "North Korea -> fired a missile");
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

    /// A made-up article, published on Saturday 14 March 2026 (a dateline, no metadata).
    const DATED: &str = "Ferry strike spreads\nPublished 14 March 2026\n\nDock workers walked out on Friday in Gdańsk. The union said talks collapsed last month.\n\nMinisters will meet on Monday. Crews struck hours before the election.\n\nThe port was built in 1962. Pay has lagged since 2019.";

    fn dated_session() -> (Session, SourceId) {
        let mut s = Session::new();
        let src = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: DATED.into() })
            .unwrap()
            .sources[0];
        (s, src)
    }

    fn key_point(s: &mut Session, src: SourceId, needle: &str) -> TagId {
        let range = s.occurrences(src, needle)[0];
        apply(s, Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() })
            .unwrap()
            .tags[0]
    }

    #[test]
    fn proposes_event_dates_from_the_sentence_against_the_article_date() {
        let (mut s, src) = dated_session();
        assert_eq!(article_date(s.source(src).unwrap()), EventDate::parse("2026-03-14").ok());
        let cases = [
            ("Dock workers walked out", Some("2026-03-13")),
            ("talks collapsed", Some("2026-02")),
            ("Ministers will meet", Some("2026-03-16")),
            ("Crews struck hours before the election", None),
            ("The port was built", Some("1962")),
            ("Pay has lagged", None),
        ];
        for (needle, expected) in cases {
            let tag = key_point(&mut s, src, needle);
            let got = propose_event_date(&s, tag).map(|p| p.date.to_string());
            assert_eq!(got.as_deref(), expected, "{needle}");
        }
        let friday = key_point(&mut s, src, "on Friday in Gdańsk");
        let proposal = propose_event_date(&s, friday).unwrap();
        assert_eq!(proposal.expression, "Friday");
        assert_eq!(DATED.get(proposal.start_byte..proposal.end_byte), Some("Friday"));
        assert_eq!(proposal.reference, EventDate::parse("2026-03-14").ok());
    }

    #[test]
    fn relative_dates_stay_open_without_an_article_date() {
        let mut s = Session::new();
        let src = apply(
            &mut s,
            Action::AddSource {
                meta: SourceMeta::default(),
                text: "Dock workers walked out on Friday.".into(),
            },
        )
        .unwrap()
        .sources[0];
        let tag = key_point(&mut s, src, "Dock workers walked out");
        assert_eq!(propose_event_date(&s, tag), None);
        s.sources[0].meta.published = "2026-03-14T09:00:00Z".into();
        assert_eq!(propose_event_date(&s, tag).map(|p| p.date.to_string()).as_deref(), Some("2026-03-13"));
    }

    #[test]
    fn updating_a_source_reports_counts() {
        let (mut s, src) = dated_session();
        key_point(&mut s, src, "Dock workers walked out");
        key_point(&mut s, src, "Ministers will meet");
        let imported = Imported {
            text: DATED
                .replace("Ministers will meet on Monday. ", "")
                .replace("\n\nDock workers", "\n\nTalks resume on Tuesday.\n\nDock workers"),
            meta: SourceMeta { published: "2026-03-15".into(), ..Default::default() },
            format: crate::import::Format::Text,
            notes: Vec::new(),
        };
        let summary = update_source(&mut s, src, imported).unwrap();
        assert_eq!((summary.kept, summary.moved, summary.orphaned), (0, 1, 1));
        assert_eq!((summary.paragraphs_added, summary.paragraphs_removed), (2, 1));
        assert_eq!(summary.to_string(), "0 tags kept, 1 moved, 1 orphaned; 2 paragraphs added, 1 removed");
        assert_eq!(s.source(src).unwrap().meta.published, "2026-03-15");
    }

    #[test]
    fn a_threat_note_reads_as_a_line_of_the_brief() {
        assert_eq!(
            threat_note("Iran -> test-fired a missile -> Israel"),
            "Iran -> test-fired a missile -> Israel"
        );
        assert_eq!(threat_note("? -> explosion"), "Actor unknown -> explosion");
        assert_eq!(threat_note("launch"), "launch");
    }
}
