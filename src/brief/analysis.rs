//! The analytic parts of the template context: key judgments with their evidence, the timeline of
//! dated items, and what changed in updated sources. Documented in `templates/README.md`.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, Value};
use serde::Serialize;

use super::context::{ItemView, ToTemplate, item_view, template_object};
use crate::model::{Session, Tag, TagId};

/// A key judgment as templates see it.
#[derive(Clone, Debug, Serialize)]
pub struct JudgmentView {
    /// 1, 2, … in the brief's order: `KJ1` is how prose cites it.
    pub number: usize,
    /// The judgment's id, as `[@J3]` cites it.
    pub id: usize,
    /// The judgment, with citations in it rendered, ending with a full stop when the analyst wrote
    /// none (so that the likelihood after it starts a sentence of its own).
    pub text: String,
    /// ICD 203 words: `likely`, `roughly even chance`…
    pub likelihood: String,
    /// The machine name: `likely`, `roughly-even`…
    pub likelihood_id: String,
    /// The probability band: `55–80 %`.
    pub likelihood_band: String,
    /// `low confidence`, `moderate confidence` or `high confidence`.
    pub confidence: String,
    /// `low`, `moderate` or `high`.
    pub confidence_id: String,
    /// Supporting tags, in reading order (orphans left out: see `orphaned_evidence`).
    pub supporting: Vec<Arc<ItemView>>,
    /// Tags that cut against the judgment, in reading order.
    pub against: Vec<Arc<ItemView>>,
    /// The supporting tags' citations without repeats: `["¶5", "¶7"]`.
    pub cites: Vec<String>,
    /// The contrary tags' citations without repeats.
    pub against_cites: Vec<String>,
    /// How many linked tags are orphans (their passage is no longer in the text).
    pub orphaned_evidence: usize,
    /// How many sources the supporting evidence comes from.
    pub sources: usize,
}

/// A paragraph that an update added.
#[derive(Clone, Debug, Serialize)]
pub struct ParagraphView {
    pub number: usize,
    /// `¶4`, or `S2 ¶4` with several sources.
    pub cite: String,
    /// The paragraph's opening words (up to [`EXCERPT_WORDS`]), with `…` when cut.
    pub text: String,
}

/// What an update of one source changed.
#[derive(Clone, Debug, Serialize)]
pub struct ChangeView {
    pub source: String,
    /// The first 12 hex digits of the previous version's SHA-256.
    pub previous_hash: String,
    /// The previous version's date (publication date, else when it was loaded).
    pub previous_date: String,
    /// The current version's date (publication date, else when it was loaded).
    pub current_date: String,
    pub added: Vec<Arc<ParagraphView>>,
    /// The opening words of each removed paragraph.
    pub removed: Vec<String>,
    /// Tags the update orphaned.
    pub orphaned: Vec<Arc<ItemView>>,
}

/// How many words of a changed paragraph the brief shows.
pub const EXCERPT_WORDS: usize = 30;

/// "Russia will expand its role" → "Russia will expand its role."; text that already ends a
/// sentence ("…?", "… [¶5].", "…”") is kept as it is.
fn as_sentence(text: String) -> String {
    let trimmed = text.trim_end();
    match trimmed.chars().next_back() {
        None => String::new(),
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | '"' | '”' | '’' | '»') => {
            trimmed.to_owned()
        }
        Some(_) => format!("{trimmed}."),
    }
}

fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= EXCERPT_WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..EXCERPT_WORDS].join(" "))
    }
}

fn citations(views: &[Arc<ItemView>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in views {
        if !out.contains(&v.cite) {
            out.push(v.cite.clone());
        }
    }
    out
}

fn in_reading_order<'s>(session: &'s Session, ids: &[TagId]) -> Vec<&'s Tag> {
    let mut tags: Vec<&Tag> = ids.iter().filter_map(|id| session.tag(*id)).collect();
    session.sort_in_reading_order(&mut tags);
    tags
}

pub(super) fn judgment_views(session: &Session, multiple: bool) -> Vec<Arc<JudgmentView>> {
    session
        .judgments
        .iter()
        .enumerate()
        .map(|(i, j)| {
            let views = |ids: &[TagId]| -> Vec<Arc<ItemView>> {
                in_reading_order(session, ids)
                    .into_iter()
                    .filter(|t| !t.is_orphan())
                    .map(|t| Arc::new(item_view(session, t, multiple)))
                    .collect()
            };
            let supporting = views(&j.supporting);
            let against = views(&j.against);
            let mut sources: Vec<_> =
                j.supporting.iter().filter_map(|t| session.tag(*t)).map(|t| t.source).collect();
            sources.sort();
            sources.dedup();
            Arc::new(JudgmentView {
                number: i + 1,
                id: usize::try_from(j.id.0).unwrap_or(usize::MAX),
                text: as_sentence(super::cite::render(session, &j.text)),
                likelihood: j.likelihood.label().to_owned(),
                likelihood_id: j.likelihood.name().to_owned(),
                likelihood_band: j.likelihood.band().to_owned(),
                confidence: j.confidence.label().to_owned(),
                confidence_id: j.confidence.name().to_owned(),
                cites: citations(&supporting),
                against_cites: citations(&against),
                orphaned_evidence: j
                    .evidence()
                    .filter(|t| session.tag(*t).is_some_and(Tag::is_orphan))
                    .count(),
                sources: sources.len(),
                supporting,
                against,
            })
        })
        .collect()
}

/// Dated items (orphans already left out by the caller), oldest first; items of the same date in
/// reading order.
pub(super) fn timeline(session: &Session, tags: &[&Tag], multiple: bool) -> Vec<Arc<ItemView>> {
    let mut dated: Vec<&&Tag> = tags.iter().filter(|t| t.event_date.is_some()).collect();
    // `tags` is in reading order and the sort is stable.
    dated.sort_by_key(|t| t.event_date);
    dated.into_iter().map(|t| Arc::new(item_view(session, t, multiple))).collect()
}

pub(super) fn change_views(session: &Session, multiple: bool) -> Vec<Arc<ChangeView>> {
    let date = |published: &str, retrieved: &str| {
        let d = if published.trim().is_empty() { retrieved } else { published };
        super::context::day_of(d).to_owned()
    };
    session
        .sources
        .iter()
        .filter_map(|source| {
            let changes = source.changes.as_ref()?;
            let previous = source.versions.last();
            let cite = |n: usize| if multiple { format!("{} ¶{n}", source.label) } else { format!("¶{n}") };
            let added = changes
                .added
                .iter()
                .map(|&n| {
                    let text = source
                        .paragraphs()
                        .get(n.wrapping_sub(1))
                        .and_then(|r| r.slice(source.text()))
                        .unwrap_or_default();
                    Arc::new(ParagraphView { number: n, cite: cite(n), text: excerpt(text) })
                })
                .collect();
            Some(Arc::new(ChangeView {
                source: source.label.clone(),
                previous_hash: previous
                    .map(|p| p.content_hash.chars().take(12).collect())
                    .unwrap_or_default(),
                previous_date: previous.map(|p| date(&p.published, &p.retrieved)).unwrap_or_default(),
                current_date: date(&source.meta.published, &source.meta.retrieved),
                added,
                removed: changes.removed.iter().map(|p| excerpt(p)).collect(),
                orphaned: in_reading_order(session, &changes.orphaned)
                    .into_iter()
                    .map(|t| Arc::new(item_view(session, t, multiple)))
                    .collect(),
            }))
        })
        .collect()
}

template_object!(JudgmentView {
    number,
    id,
    text,
    likelihood,
    likelihood_id,
    likelihood_band,
    confidence,
    confidence_id,
    supporting,
    against,
    cites,
    against_cites,
    orphaned_evidence,
    sources
});
template_object!(ParagraphView { number, cite, text });
template_object!(ChangeView { source, previous_hash, previous_date, current_date, added, removed, orphaned });

#[cfg(test)]
mod tests {
    use super::as_sentence;

    #[test]
    fn a_judgment_without_final_punctuation_gets_a_full_stop() {
        assert_eq!(as_sentence("Ruritania will expand its role".into()), "Ruritania will expand its role.");
        assert_eq!(as_sentence("It will reopen [¶5]  ".into()), "It will reopen [¶5].");
        assert_eq!(as_sentence("Will it hold?".into()), "Will it hold?");
        assert_eq!(as_sentence("He called it “final.”".into()), "He called it “final.”");
        assert_eq!(as_sentence("港は再開する。".into()), "港は再開する。");
        assert_eq!(as_sentence("   ".into()), "");
    }
}
