//! The data a template sees: a plain, serialisable view of the session, documented variable by
//! variable in `templates/README.md`. Building it is pure; nothing here knows about Markdown.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, Value};
use serde::Serialize;

pub use super::analysis::{ChangeView, JudgmentView, ParagraphView};
use crate::model::{
    ActorId, AnchorStatus, Credibility, Handling, Session, Source, Speaker, Tag, TagBody, Vocabulary,
};

#[derive(Clone, Debug, Serialize)]
pub struct BriefContext {
    pub brief: Arc<BriefView>,
    pub sources: Vec<Arc<SourceView>>,
    pub multiple_sources: bool,
    pub actors: Vec<Arc<ActorView>>,
    /// Most severe first, then in reading order.
    pub threats: Vec<Arc<ThreatView>>,
    /// Non-empty severity groups, most severe first.
    pub threats_by_severity: Vec<Arc<SeverityGroup>>,
    pub quotes: Vec<Arc<ItemView>>,
    pub key_points: Vec<Arc<ItemView>>,
    /// Tags of the analyst's own kinds, grouped by kind.
    pub custom: Vec<Arc<CustomGroup>>,
    pub counts: Arc<Counts>,
    /// Tags whose passage is no longer in the article text (kept, listed for review).
    pub orphans: Vec<Arc<ItemView>>,
    /// Key judgments, in the analyst's order.
    pub judgments: Vec<Arc<JudgmentView>>,
    /// Dated items, oldest first.
    pub timeline: Vec<Arc<ItemView>>,
    /// One entry per source updated since the analyst last cleared "What changed".
    pub changes: Vec<Arc<ChangeView>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct BriefView {
    pub title: String,
    pub analyst: String,
    pub addressee: String,
    pub date: String,
    pub reference: String,
    /// The handling banner: `TLP:AMBER` or the classification line.
    pub handling: String,
    /// `tlp` or `classification`.
    pub handling_scheme: String,
    pub note_type: String,
    pub note_type_id: String,
    pub summary: String,
    pub background: String,
    pub assessment: String,
    pub recommendation: String,
    pub period: String,
    pub cutoff: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SourceView {
    pub label: String,
    pub title: String,
    pub outlet: String,
    pub author: String,
    /// The day of publication ("2026-11-30") when the metadata holds a time stamp, else the
    /// metadata as written.
    pub published: String,
    /// The publication metadata as written ("2026-11-30T08:10:00+01:00").
    pub published_at: String,
    pub url: String,
    pub file_name: String,
    pub retrieved: String,
    /// Admiralty letter A–F, or empty.
    pub reliability: String,
    pub reliability_label: String,
    pub paragraphs: usize,
    pub words: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActorView {
    pub name: String,
    pub kind: String,
    pub kind_label: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// Where the actor is first mentioned, e.g. `¶2` or `S1 ¶2`.
    pub first_seen: String,
    /// Every mention's citation, in reading order, without repeats.
    pub citations: Vec<String>,
    pub quotes: usize,
    pub note: String,
}

/// A tagged passage with its citation: a quote, key point, custom-kind item or orphan.
#[derive(Clone, Debug, Serialize)]
pub struct ItemView {
    pub text: String,
    pub kind: String,
    /// For quotes: the speaker's name, or empty.
    pub speaker: String,
    pub note: String,
    /// `¶4` with one source, `S2 ¶4` with several.
    pub cite: String,
    pub source: String,
    pub paragraph: usize,
    /// Admiralty credibility digit 1–6, or empty.
    pub credibility: String,
    pub credibility_label: String,
    /// Source reliability and information credibility together (`B2`), or what is known of it.
    pub grade: String,
    /// The tag's number, as `[@T12]` cites it.
    pub id: usize,
    /// When the reported event happened: `2026-03-11`, `2026-03` or `2026`; empty if undated.
    pub date: String,
    /// The same for reading: `11 March 2026`, `March 2026`, `2026`.
    pub date_label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ThreatView {
    #[serde(flatten)]
    pub item: Arc<ItemView>,
    pub category: String,
    pub category_label: String,
    pub severity: String,
    pub severity_label: String,
    /// ICD 203 words, or empty.
    pub likelihood: String,
    pub likelihood_band: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SeverityGroup {
    pub severity: String,
    pub severity_label: String,
    pub threats: Vec<Arc<ThreatView>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CustomGroup {
    pub kind: String,
    pub colour: String,
    pub items: Vec<Arc<ItemView>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    pub sources: usize,
    pub actors: usize,
    pub threats: usize,
    pub quotes: usize,
    pub key_points: usize,
    pub tags: usize,
}

/// Builds the template context for a session.
pub fn build(session: &Session) -> BriefContext {
    let multiple = session.sources.len() > 1;
    let mut tags: Vec<&Tag> = session.tags.iter().collect();
    session.sort_in_reading_order(&mut tags);
    let (orphan_tags, tags): (Vec<&Tag>, Vec<&Tag>) = tags.into_iter().partition(|t| t.is_orphan());

    let item = |tag: &Tag| Arc::new(item_view(session, tag, multiple));

    let mut threats: Vec<(&Tag, Arc<ThreatView>)> = tags
        .iter()
        .filter_map(|t| match &t.body {
            TagBody::Threat { category, severity, likelihood } => Some((
                *t,
                Arc::new(ThreatView {
                    item: item(t),
                    category: category.name().into(),
                    category_label: category.label().into(),
                    severity: severity.name().into(),
                    severity_label: severity.label().into(),
                    likelihood: likelihood.map(|l| l.label().to_owned()).unwrap_or_default(),
                    likelihood_band: likelihood.map(|l| l.band().to_owned()).unwrap_or_default(),
                }),
            )),
            _ => None,
        })
        .collect();
    // Most severe first; reading order within a severity (the sort is stable).
    threats.sort_by_key(|(t, _)| std::cmp::Reverse(threat_severity(t)));
    let threats: Vec<Arc<ThreatView>> = threats.into_iter().map(|(_, v)| v).collect();
    let threats_by_severity = crate::model::Severity::ALL
        .iter()
        .rev()
        .map(|sev| SeverityGroup {
            severity: sev.name().into(),
            severity_label: sev.label().into(),
            threats: threats.iter().filter(|t| t.severity == sev.name()).cloned().collect(),
        })
        .map(Arc::new)
        .filter(|g| !g.threats.is_empty())
        .collect();

    let quotes: Vec<Arc<ItemView>> =
        tags.iter().filter(|t| matches!(t.body, TagBody::Quote { .. })).map(|t| item(t)).collect();
    let key_points: Vec<Arc<ItemView>> =
        tags.iter().filter(|t| matches!(t.body, TagBody::KeyPoint)).map(|t| item(t)).collect();
    let custom = session
        .custom_kinds
        .iter()
        .map(|k| CustomGroup {
            kind: k.name.clone(),
            colour: k.colour.clone(),
            items: tags
                .iter()
                .filter(|t| matches!(&t.body, TagBody::Custom { name } if *name == k.name))
                .map(|t| item(t))
                .collect(),
        })
        .filter(|g| !g.items.is_empty())
        .map(Arc::new)
        .collect();

    let actors = actor_views(session, &tags, multiple);
    let counts = Arc::new(Counts {
        sources: session.sources.len(),
        actors: actors.len(),
        threats: threats.len(),
        quotes: quotes.len(),
        key_points: key_points.len(),
        tags: session.tags.len(),
    });
    BriefContext {
        brief: Arc::new(brief_view(session)),
        sources: session.sources.iter().map(|s| Arc::new(source_view(s))).collect(),
        multiple_sources: multiple,
        actors,
        threats,
        threats_by_severity,
        quotes,
        key_points,
        custom,
        counts,
        orphans: orphan_tags.iter().map(|t| item(t)).collect(),
        judgments: super::analysis::judgment_views(session, multiple),
        timeline: super::analysis::timeline(session, &tags, multiple),
        changes: super::analysis::change_views(session, multiple),
    }
}

fn threat_severity(tag: &Tag) -> crate::model::Severity {
    match tag.body {
        TagBody::Threat { severity, .. } => severity,
        _ => crate::model::Severity::Low,
    }
}

/// The brief's title as every output shows it: the analyst's title, else the first article's,
/// else "Untitled brief".
pub fn display_title(session: &Session) -> String {
    let title = session.brief.title.trim();
    if !title.is_empty() {
        return title.to_owned();
    }
    session
        .sources
        .first()
        .map(|s| s.meta.title.trim().to_owned())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Untitled brief".to_owned())
}

fn brief_view(session: &Session) -> BriefView {
    let b = &session.brief;
    let title = display_title(session);
    let scheme = match b.handling {
        Handling::Tlp { .. } => "tlp",
        Handling::Classification { .. } => "classification",
    };
    BriefView {
        title,
        analyst: b.analyst.clone(),
        addressee: b.addressee.clone(),
        date: b.date.clone(),
        reference: b.reference.clone(),
        handling: b.handling.banner(),
        handling_scheme: scheme.into(),
        note_type: b.note_type.label().into(),
        note_type_id: b.note_type.name().into(),
        summary: super::cite::render(session, &b.summary),
        background: super::cite::render(session, &b.background),
        assessment: super::cite::render(session, &b.assessment),
        recommendation: super::cite::render(session, &b.recommendation),
        period: b.period.clone(),
        cutoff: b.cutoff.clone(),
    }
}

/// The day of an RFC 3339 time stamp ("2026-11-30T08:10:00+01:00" → "2026-11-30"); any other
/// text ("Spring 2026", "2026-11-30") as it is.
pub(super) fn day_of(stamp: &str) -> &str {
    let stamp = stamp.trim();
    let bytes = stamp.as_bytes();
    let is_day = bytes.len() > 10
        && matches!(bytes.get(10), Some(b'T' | b't' | b' '))
        && bytes
            .iter()
            .take(10)
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    // The first ten bytes are ASCII when `is_day` holds, so the slice is on a boundary.
    if is_day { stamp.get(..10).unwrap_or(stamp) } else { stamp }
}

fn source_view(source: &Source) -> SourceView {
    let m = &source.meta;
    SourceView {
        label: source.label.clone(),
        title: m.title.clone(),
        outlet: m.outlet.clone(),
        author: m.author.clone(),
        published: day_of(&m.published).to_owned(),
        published_at: m.published.clone(),
        url: m.url.clone(),
        file_name: m.file_name.clone(),
        retrieved: m.retrieved.clone(),
        reliability: m.reliability.map(|r| r.name().to_owned()).unwrap_or_default(),
        reliability_label: m.reliability.map(|r| r.label().to_owned()).unwrap_or_default(),
        paragraphs: source.paragraphs().len(),
        words: source.word_count(),
    }
}

/// `¶4`, or `S2 ¶4` when the session has several sources.
pub fn citation(session: &Session, tag: &Tag, multiple_sources: bool) -> String {
    let source = session.source(tag.source);
    let label = source.map_or("?", |s| s.label.as_str());
    let para = match tag.status {
        AnchorStatus::Orphan => "¶?".to_owned(),
        _ => session.paragraph_of(tag).map_or_else(|| "¶?".to_owned(), |n| format!("¶{n}")),
    };
    if multiple_sources { format!("{label} {para}") } else { para }
}

pub(super) fn item_view(session: &Session, tag: &Tag, multiple: bool) -> ItemView {
    let source = session.source(tag.source);
    let speaker = match &tag.body {
        TagBody::Quote { speaker: Some(s) } => session.speaker_name(s),
        _ => String::new(),
    };
    let reliability = source.and_then(|s| s.meta.reliability).map(|r| r.name()).unwrap_or("");
    let credibility = tag.credibility.map(Credibility::name).unwrap_or("");
    ItemView {
        text: tag.text().to_owned(),
        kind: tag.kind().label().to_owned(),
        speaker,
        note: tag.note.clone(),
        cite: citation(session, tag, multiple),
        source: source.map(|s| s.label.clone()).unwrap_or_default(),
        paragraph: session.paragraph_of(tag).filter(|_| !tag.is_orphan()).unwrap_or(0),
        credibility: credibility.to_owned(),
        credibility_label: tag.credibility.map(|c| c.label().to_owned()).unwrap_or_default(),
        grade: format!("{reliability}{credibility}"),
        id: usize::try_from(tag.id.0).unwrap_or(usize::MAX),
        date: tag.event_date.map(|d| d.to_string()).unwrap_or_default(),
        date_label: tag.event_date.map(|d| d.label()).unwrap_or_default(),
    }
}

fn actor_views(session: &Session, tags: &[&Tag], multiple: bool) -> Vec<Arc<ActorView>> {
    let mut first_seen: Vec<(ActorId, usize)> = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        if let TagBody::Actor { actor } = tag.body
            && !first_seen.iter().any(|(a, _)| *a == actor)
        {
            first_seen.push((actor, i));
        }
    }
    let position = |id: ActorId| first_seen.iter().find(|(a, _)| *a == id).map_or(usize::MAX, |(_, i)| *i);
    let mut actors: Vec<&crate::model::Actor> = session.actors.iter().collect();
    actors.sort_by_key(|a| (position(a.id), a.name.to_lowercase()));
    actors
        .into_iter()
        .map(|actor| {
            let mentions: Vec<&&Tag> =
                tags.iter().filter(|t| matches!(t.body, TagBody::Actor { actor: a } if a == actor.id)).collect();
            let mut citations: Vec<String> = Vec::new();
            for tag in &mentions {
                // Mentions are in reading order, so repeats are adjacent.
                let c = citation(session, tag, multiple);
                if citations.last() != Some(&c) {
                    citations.push(c);
                }
            }
            let quotes = tags
                .iter()
                .filter(|t| matches!(&t.body, TagBody::Quote { speaker: Some(Speaker::Actor(a)) } if *a == actor.id))
                .count();
            Arc::new(ActorView {
                name: actor.name.clone(),
                kind: actor.kind.name().into(),
                kind_label: actor.kind.label().into(),
                aliases: actor.aliases.clone(),
                mentions: mentions.len(),
                first_seen: citations.first().cloned().unwrap_or_default(),
                citations,
                quotes,
                note: actor.note.clone(),
            })
        })
        .collect()
}

// ------------------------------------------------------------------------------------------------
// Template values. The views are handed to minijinja as objects whose fields are turned into
// values only when a template reads them, so a context with thousands of items costs nothing
// until it is used (serialising it all up front took longer than rendering).

/// Converts a view field into a template value.
pub(super) trait ToTemplate {
    fn to_template(&self) -> Value;
}

impl ToTemplate for String {
    fn to_template(&self) -> Value {
        Value::from(self.as_str())
    }
}

impl ToTemplate for usize {
    fn to_template(&self) -> Value {
        Value::from(*self)
    }
}

impl ToTemplate for bool {
    fn to_template(&self) -> Value {
        Value::from(*self)
    }
}

impl<T: Object + Send + Sync + 'static> ToTemplate for Arc<T> {
    fn to_template(&self) -> Value {
        Value::from_dyn_object(Arc::clone(self))
    }
}

impl<T: ToTemplate> ToTemplate for Vec<T> {
    fn to_template(&self) -> Value {
        Value::from(self.iter().map(ToTemplate::to_template).collect::<Vec<Value>>())
    }
}

macro_rules! template_object {
    ($ty:ident { $($field:ident),+ $(,)? } $(, fallback $fallback:ident)?) => {
        impl Object for $ty {
            fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
                match key.as_str()? {
                    $( stringify!($field) => Some(self.$field.to_template()), )+
                    _ => None $( .or_else(|| self.$fallback.get_value(key)) )?,
                }
            }

            fn enumerate(self: &Arc<Self>) -> Enumerator {
                Enumerator::Str(&[$( stringify!($field) ),+])
            }
        }
    };
}
pub(super) use template_object;

template_object!(BriefContext {
    brief,
    sources,
    multiple_sources,
    actors,
    threats,
    threats_by_severity,
    quotes,
    key_points,
    custom,
    counts,
    orphans,
    judgments,
    timeline,
    changes
});
template_object!(BriefView {
    title,
    analyst,
    addressee,
    date,
    reference,
    handling,
    handling_scheme,
    note_type,
    note_type_id,
    summary,
    background,
    assessment,
    recommendation,
    period,
    cutoff
});
template_object!(SourceView {
    label,
    title,
    outlet,
    author,
    published,
    published_at,
    url,
    file_name,
    retrieved,
    reliability,
    reliability_label,
    paragraphs,
    words
});
template_object!(ActorView {
    name,
    kind,
    kind_label,
    aliases,
    mentions,
    first_seen,
    citations,
    quotes,
    note
});
template_object!(ItemView {
    text,
    kind,
    speaker,
    note,
    cite,
    source,
    paragraph,
    credibility,
    credibility_label,
    grade,
    id,
    date,
    date_label
});
template_object!(
    ThreatView { category, category_label, severity, severity_label, likelihood, likelihood_band },
    fallback item
);
template_object!(SeverityGroup { severity, severity_label, threats });
template_object!(CustomGroup { kind, colour, items });
template_object!(Counts { sources, actors, threats, quotes, key_points, tags });

impl BriefContext {
    /// The context as the template value handed to minijinja.
    pub fn to_value(self: &Arc<Self>) -> Value {
        Value::from_dyn_object(Arc::clone(self))
    }
}
