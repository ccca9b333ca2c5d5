//! The review of suggestions: the analyst accepts or rejects each suggestion the engine made for a
//! source, one at a time or all of a kind at once. Pure: the app shows a [`Review`] and applies the
//! actions it plans through the editor, then tells the review what happened.
//!
//! A suggestion counts as accepted while the tags that accepted it exist. The review is
//! resynchronised after every change to the session ([`Review::resync`]): deleting an accepted tag,
//! or undoing its acceptance, puts the suggestion back to pending; redoing it makes it accepted
//! again. Rejected suggestions stay rejected.
//!
//! Accepting never makes a second tag of the same kind over the same passage. A quote, threat or
//! key figure whose passage overlaps a tag of its kind (the same quotation tagged by hand with one
//! word more, say) is a [`AcceptPlan::Duplicate`]: the app asks which of the two to keep.

use std::collections::HashSet;

use crate::extract::{SuggestedActor, SuggestedFact, SuggestedQuote, SuggestedThreat, Suggestions};
use crate::model::text::collapse_whitespace;
use crate::model::{Action, ByteRange, Session, SourceId, Tag, TagId, TagKind};

use super::{accept_actor, accept_figure, accept_quote, accept_threat};

/// The four kinds of suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SuggestionKind {
    Actor,
    Quote,
    Threat,
    /// A key figure ("12,000 soldiers"), accepted as a key point on its sentence.
    KeyFigure,
}

impl SuggestionKind {
    pub const ALL: [SuggestionKind; 4] =
        [SuggestionKind::Actor, SuggestionKind::Quote, SuggestionKind::Threat, SuggestionKind::KeyFigure];

    /// The kind of tag that accepting makes.
    pub fn tag_kind(self) -> TagKind {
        match self {
            SuggestionKind::Actor => TagKind::Actor,
            SuggestionKind::Quote => TagKind::Quote,
            SuggestionKind::Threat => TagKind::Threat,
            SuggestionKind::KeyFigure => TagKind::KeyPoint,
        }
    }

    /// Plural, lower case: "actors", "key figures".
    pub fn plural(self) -> &'static str {
        match self {
            SuggestionKind::Actor => "actors",
            SuggestionKind::Quote => "quotes",
            SuggestionKind::Threat => "threats",
            SuggestionKind::KeyFigure => "key figures",
        }
    }
}

/// One suggestion, typed by its kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Suggestion {
    Actor(SuggestedActor),
    Quote(SuggestedQuote),
    Threat(SuggestedThreat),
    KeyFigure(SuggestedFact),
}

/// Shortens text to `max` characters with an ellipsis, on one line.
fn short(s: &str, max: usize) -> String {
    let flat = collapse_whitespace(s);
    if flat.chars().count() <= max {
        return flat;
    }
    let mut out: String = flat.chars().take(max).collect();
    out.push('…');
    out
}

impl Suggestion {
    pub fn kind(&self) -> SuggestionKind {
        match self {
            Suggestion::Actor(_) => SuggestionKind::Actor,
            Suggestion::Quote(_) => SuggestionKind::Quote,
            Suggestion::Threat(_) => SuggestionKind::Threat,
            Suggestion::KeyFigure(_) => SuggestionKind::KeyFigure,
        }
    }

    /// The passage to show: an actor's first mention, the quote, the threat's evidence, the key
    /// figure's sentence (what accepting tags).
    pub fn range(&self) -> ByteRange {
        match self {
            Suggestion::Actor(a) => a.mentions.first().copied().unwrap_or(ByteRange::empty(0)),
            Suggestion::Quote(q) => ByteRange::between(q.start, q.end),
            Suggestion::Threat(t) => ByteRange::between(t.start, t.end),
            Suggestion::KeyFigure(f) => ByteRange::between(f.sentence_start, f.sentence_end),
        }
    }

    /// The passages to mark in the article: every mention of an actor; a key figure's figure
    /// (accepting it tags its sentence); the passage itself otherwise.
    pub fn marks(&self) -> Vec<ByteRange> {
        match self {
            Suggestion::Actor(a) => a.mentions.clone(),
            Suggestion::KeyFigure(f) => vec![ByteRange::between(f.start, f.end)],
            _ => vec![self.range()],
        }
    }

    /// One line for the review list.
    pub fn label(&self) -> String {
        match self {
            Suggestion::Actor(a) => {
                let kind = a.kind.label().to_lowercase();
                let others: Vec<&str> =
                    a.aliases.iter().map(String::as_str).filter(|x| *x != a.name).collect();
                if others.is_empty() {
                    format!("{} ({kind}, {}×)", a.name, a.mentions.len())
                } else {
                    format!("{} ({kind}, {}×; also {})", a.name, a.mentions.len(), others.join(", "))
                }
            }
            Suggestion::Quote(q) => {
                format!("“{}” — {}", short(&q.text, 70), q.speaker.as_deref().unwrap_or("unattributed"))
            }
            Suggestion::Threat(t) => {
                format!("{} · {}: {}", t.severity.label(), t.category.label(), short(&t.evidence, 70))
            }
            Suggestion::KeyFigure(f) => format!("figure “{}”", short(&f.text, 50)),
        }
    }

    /// The rule that made it.
    pub fn why(&self) -> String {
        match self {
            Suggestion::Actor(a) => a.rule.clone(),
            Suggestion::Quote(q) => q.rule.clone(),
            Suggestion::Threat(t) => format!("{} (cue: “{}”)", t.rule, t.cue),
            Suggestion::KeyFigure(f) => f.rule.clone(),
        }
    }

    /// The actions that tag what is not tagged yet (nothing when all of it is).
    fn actions(&self, session: &Session, source: SourceId) -> Vec<Action> {
        match self {
            Suggestion::Actor(a) => accept_actor(session, source, a),
            Suggestion::Quote(q) => accept_quote(session, source, q).into_iter().collect(),
            Suggestion::Threat(t) => accept_threat(session, source, t).into_iter().collect(),
            Suggestion::KeyFigure(f) => accept_figure(session, source, f).into_iter().collect(),
        }
    }
}

/// Tags of `kind` on `source` whose passage overlaps `range` (or equals it, for empty ranges).
fn overlapping<'s>(
    session: &'s Session,
    source: SourceId,
    kind: &TagKind,
    range: ByteRange,
) -> impl Iterator<Item = &'s Tag> {
    session.tags.iter().filter(move |t| {
        t.source == source
            && !t.is_orphan()
            && &t.kind() == kind
            && (t.span.range.overlaps(&range) || t.span.range == range)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    Pending,
    Accepted,
    Rejected,
}

/// A suggestion under review and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewItem {
    suggestion: Suggestion,
    status: ReviewStatus,
    /// The tags that accepted it (made for it, or already there and kept): while they all exist,
    /// the suggestion is accepted.
    tags: Vec<TagId>,
}

impl ReviewItem {
    pub fn suggestion(&self) -> &Suggestion {
        &self.suggestion
    }

    pub fn status(&self) -> ReviewStatus {
        self.status
    }

    pub fn kind(&self) -> SuggestionKind {
        self.suggestion.kind()
    }

    pub fn is_pending(&self) -> bool {
        self.status == ReviewStatus::Pending
    }
}

/// What accepting a suggestion takes.
#[derive(Clone, Debug, PartialEq)]
pub enum AcceptPlan {
    /// Apply this action, then call [`Review::accepted`] with the tags it made.
    Apply(Action),
    /// Everything is tagged already: call [`Review::accepted`] with no new tags.
    AlreadyTagged,
    /// A tag of the same kind covers an overlapping passage: ask whether to keep it
    /// ([`Review::keep_existing`]) or to replace it with the suggestion ([`Review::replace_plan`]).
    Duplicate { existing: TagId },
    /// Not pending (or no such item).
    Nothing,
}

/// The suggestions under review for one source.
#[derive(Clone, Debug)]
pub struct Review {
    source: SourceId,
    items: Vec<ReviewItem>,
    current: usize,
    /// Counts changes of status, so that views know when to rebuild their marks.
    revision: u64,
}

impl Review {
    /// All suggestions pending, in reading order; key figures one per sentence.
    pub fn new(source: SourceId, suggestions: Suggestions) -> Self {
        let mut list: Vec<Suggestion> = Vec::new();
        list.extend(suggestions.actors.into_iter().map(Suggestion::Actor));
        list.extend(suggestions.quotes.into_iter().map(Suggestion::Quote));
        list.extend(suggestions.threats.into_iter().map(Suggestion::Threat));
        let mut sentences = HashSet::new();
        list.extend(
            suggestions
                .figures
                .into_iter()
                .filter(|f| sentences.insert((f.sentence_start, f.sentence_end)))
                .map(Suggestion::KeyFigure),
        );
        let mut items: Vec<ReviewItem> = list
            .into_iter()
            .map(|suggestion| ReviewItem { suggestion, status: ReviewStatus::Pending, tags: Vec::new() })
            .collect();
        items.sort_by_key(|it| {
            let r = it.suggestion.range();
            (r.start(), r.end())
        });
        Self { source, items, current: 0, revision: 0 }
    }

    pub fn source(&self) -> SourceId {
        self.source
    }

    pub fn items(&self) -> &[ReviewItem] {
        &self.items
    }

    pub fn item(&self, i: usize) -> Option<&ReviewItem> {
        self.items.get(i)
    }

    pub fn current(&self) -> usize {
        self.current
    }

    pub fn set_current(&mut self, i: usize) {
        if i < self.items.len() {
            self.current = i;
        }
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn pending(&self) -> usize {
        self.items.iter().filter(|i| i.is_pending()).count()
    }

    /// Pending suggestions of `kind`.
    pub fn pending_of(&self, kind: SuggestionKind) -> usize {
        self.items.iter().filter(|i| i.is_pending() && i.kind() == kind).count()
    }

    fn set_status(&mut self, i: usize, status: ReviewStatus) -> bool {
        match self.items.get_mut(i) {
            Some(item) if item.status != status => {
                item.status = status;
                self.revision += 1;
                true
            }
            _ => false,
        }
    }

    /// Moves to the first pending suggestion, if any; returns it.
    pub fn advance(&mut self) -> Option<usize> {
        let next = self.items.iter().position(ReviewItem::is_pending)?;
        self.current = next;
        Some(next)
    }

    /// What accepting item `i` takes in the current session.
    pub fn accept_plan(&self, session: &Session, i: usize) -> AcceptPlan {
        let Some(item) = self.items.get(i).filter(|it| it.is_pending()) else { return AcceptPlan::Nothing };
        let s = &item.suggestion;
        if s.kind() != SuggestionKind::Actor {
            let range = s.range();
            let kind = s.kind().tag_kind();
            if let Some(existing) =
                overlapping(session, self.source, &kind, range).find(|t| t.span.range != range)
            {
                return AcceptPlan::Duplicate { existing: existing.id };
            }
        }
        let actions = self.actions_without_duplicates(session, s);
        if actions.is_empty() {
            return AcceptPlan::AlreadyTagged;
        }
        AcceptPlan::Apply(Action::Batch {
            label: format!("accept {}", s.kind().tag_kind().label().to_lowercase()),
            actions,
        })
    }

    /// The actions for a suggestion, leaving out actor mentions that overlap an actor tag already
    /// there (the tag by hand is kept).
    fn actions_without_duplicates(&self, session: &Session, s: &Suggestion) -> Vec<Action> {
        s.actions(session, self.source)
            .into_iter()
            .filter(|a| match a {
                Action::TagActor { range, .. } => {
                    overlapping(session, self.source, &TagKind::Actor, *range).next().is_none()
                }
                _ => true,
            })
            .collect()
    }

    /// The tags in the session that stand for item `i`: of its kind, over its passages (for an
    /// actor: over any of its mentions).
    fn tags_covering(&self, session: &Session, i: usize) -> Vec<TagId> {
        let Some(item) = self.items.get(i) else { return Vec::new() };
        let kind = item.kind().tag_kind();
        let ranges = match &item.suggestion {
            Suggestion::Actor(a) => a.mentions.clone(),
            other => vec![other.range()],
        };
        let mut ids: Vec<TagId> = Vec::new();
        for range in ranges {
            for t in overlapping(session, self.source, &kind, range) {
                if !ids.contains(&t.id) {
                    ids.push(t.id);
                }
            }
        }
        ids
    }

    /// Records that item `i` was accepted (after its [`AcceptPlan::Apply`] action made `new_tags`,
    /// or with none for [`AcceptPlan::AlreadyTagged`]); moves to the next pending suggestion.
    pub fn accepted(&mut self, session: &Session, i: usize, new_tags: &[TagId]) {
        let mut tags = self.tags_covering(session, i);
        for t in new_tags {
            if !tags.contains(t) {
                tags.push(*t);
            }
        }
        if let Some(item) = self.items.get_mut(i) {
            item.tags = tags;
        }
        self.set_status(i, ReviewStatus::Accepted);
        self.advance();
    }

    /// The answer to a duplicate: keep the tag that is there; the suggestion counts as accepted.
    pub fn keep_existing(&mut self, i: usize, existing: TagId) {
        if let Some(item) = self.items.get_mut(i) {
            item.tags = vec![existing];
        }
        self.set_status(i, ReviewStatus::Accepted);
        self.advance();
    }

    /// The other answer to a duplicate: one action that removes the existing tag and tags the
    /// suggestion instead (one undo step); then call [`Review::accepted`].
    pub fn replace_plan(&self, session: &Session, i: usize, existing: TagId) -> Option<Action> {
        let item = self.items.get(i)?;
        let mut actions = vec![Action::RemoveTag { tag: existing }];
        let mut without = session.clone();
        without.tags.retain(|t| t.id != existing);
        actions.extend(item.suggestion.actions(&without, self.source));
        Some(Action::Batch {
            label: format!("replace {} with the suggestion", item.kind().tag_kind().label().to_lowercase()),
            actions,
        })
    }

    pub fn reject(&mut self, i: usize) -> bool {
        let pending = self.items.get(i).is_some_and(ReviewItem::is_pending);
        let changed = pending && self.set_status(i, ReviewStatus::Rejected);
        if changed {
            self.advance();
        }
        changed
    }

    /// One action that accepts every pending suggestion of `kind` (duplicates keep the tag that is
    /// there), with the items it covers; `None` when none is pending.
    pub fn accept_all_plan(&self, session: &Session, kind: SuggestionKind) -> Option<(Action, Vec<usize>)> {
        let pending: Vec<usize> = (0..self.items.len())
            .filter(|&i| self.items[i].is_pending() && self.items[i].kind() == kind)
            .collect();
        if pending.is_empty() {
            return None;
        }
        let mut actions = Vec::new();
        for &i in &pending {
            if let AcceptPlan::Apply(Action::Batch { actions: more, .. }) = self.accept_plan(session, i) {
                actions.extend(more);
            }
        }
        Some((Action::Batch { label: format!("accept all {}", kind.plural()), actions }, pending))
    }

    /// Records that the items of an [`Review::accept_all_plan`] were accepted.
    pub fn accepted_all(&mut self, session: &Session, items: &[usize]) {
        for &i in items {
            let tags = self.tags_covering(session, i);
            if let Some(item) = self.items.get_mut(i) {
                item.tags = tags;
            }
            self.set_status(i, ReviewStatus::Accepted);
        }
        self.advance();
    }

    /// Brings the statuses in line with the session after any change: an accepted suggestion
    /// whose tags are gone is pending again; a pending one whose tags are all back (a redo) is
    /// accepted again. Returns whether anything changed.
    pub fn resync(&mut self, session: &Session) -> bool {
        let mut changed = false;
        for i in 0..self.items.len() {
            let item = &self.items[i];
            let present = !item.tags.is_empty() && item.tags.iter().all(|t| session.tag(*t).is_some());
            let status = match item.status {
                ReviewStatus::Rejected => continue,
                ReviewStatus::Accepted if !present => ReviewStatus::Pending,
                ReviewStatus::Pending if present => ReviewStatus::Accepted,
                same => same,
            };
            changed |= self.set_status(i, status);
        }
        changed
    }

    /// The passages to mark (pending suggestions only), with the index of their item.
    pub fn marks(&self) -> Vec<(ByteRange, SuggestionKind, usize)> {
        let mut out = Vec::new();
        for (i, item) in self.items.iter().enumerate().filter(|(_, it)| it.is_pending()) {
            out.extend(item.suggestion.marks().into_iter().map(|r| (r, item.kind(), i)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, Severity, SourceMeta, Speaker, TagBody, ThreatCategory, apply};

    const TEXT: &str =
        "North Korea fired a missile. Pyongyang said, \"We will respond.\" 世界 said 12,000 troops left.";

    fn at(needle: &str) -> (usize, usize) {
        let s = TEXT.find(needle).unwrap();
        (s, s + needle.len())
    }

    fn suggestions() -> Suggestions {
        let (nk, nk_end) = at("North Korea");
        let (py, py_end) = at("Pyongyang");
        let (q, q_end) = at("We will respond.");
        let (t, t_end) = at("fired a missile");
        let (f, f_end) = at("12,000 troops");
        let (s, s_end) = at("世界 said 12,000 troops left.");
        Suggestions {
            actors: vec![SuggestedActor {
                name: "North Korea".into(),
                kind: ActorKind::State,
                aliases: vec!["North Korea".into(), "Pyongyang".into()],
                mentions: vec![ByteRange::between(nk, nk_end), ByteRange::between(py, py_end)],
                rule: "test".into(),
            }],
            quotes: vec![SuggestedQuote {
                text: "We will respond.".into(),
                speaker: Some("North Korea".into()),
                start: q,
                end: q_end,
                rule: "test".into(),
            }],
            threats: vec![SuggestedThreat {
                summary: "missile".into(),
                category: ThreatCategory::WeaponsTest,
                severity: Severity::High,
                evidence: "fired a missile".into(),
                start: t,
                end: t_end,
                cue: "missile".into(),
                rule: "test".into(),
            }],
            figures: vec![SuggestedFact {
                text: "12,000 troops".into(),
                start: f,
                end: f_end,
                rule: "test".into(),
                sentence_start: s,
                sentence_end: s_end,
            }],
            dates: vec![],
        }
    }

    fn session() -> (Session, SourceId) {
        let mut session = Session::new();
        let src = apply(&mut session, Action::AddSource { meta: SourceMeta::default(), text: TEXT.into() })
            .unwrap()
            .sources[0];
        (session, src)
    }

    fn index_of(review: &Review, kind: SuggestionKind) -> usize {
        review.items().iter().position(|i| i.kind() == kind).unwrap()
    }

    /// Accepts item `i` as the app does; returns the new tags.
    fn accept(review: &mut Review, session: &mut Session, i: usize) -> Vec<TagId> {
        match review.accept_plan(session, i) {
            AcceptPlan::Apply(action) => {
                let tags = apply(session, action).unwrap().tags;
                review.accepted(session, i, &tags);
                tags
            }
            AcceptPlan::AlreadyTagged => {
                review.accepted(session, i, &[]);
                Vec::new()
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn items_are_typed_in_reading_order_with_labels_and_marks() {
        let (_, src) = session();
        let review = Review::new(src, suggestions());
        let kinds: Vec<SuggestionKind> = review.items().iter().map(ReviewItem::kind).collect();
        assert_eq!(
            kinds,
            [SuggestionKind::Actor, SuggestionKind::Threat, SuggestionKind::Quote, SuggestionKind::KeyFigure]
        );
        assert_eq!(review.pending(), 4);
        let actor = &review.items()[0];
        assert_eq!(actor.suggestion().label(), "North Korea (state or government, 2×; also Pyongyang)");
        // Two marks for the actor's mentions, one for the figure (not its sentence).
        let marks = review.marks();
        assert_eq!(marks.len(), 5);
        let figure = marks.iter().find(|m| m.1 == SuggestionKind::KeyFigure).unwrap();
        assert_eq!(figure.0.slice(TEXT), Some("12,000 troops"));
        let fig = index_of(&review, SuggestionKind::KeyFigure);
        assert_eq!(
            review.items()[fig].suggestion().range().slice(TEXT),
            Some("世界 said 12,000 troops left.")
        );
    }

    #[test]
    fn accepting_tags_and_advances_and_rejecting_sticks() {
        let (mut session, src) = session();
        let mut review = Review::new(src, suggestions());
        let quote = index_of(&review, SuggestionKind::Quote);
        let tags = accept(&mut review, &mut session, quote);
        assert_eq!(tags.len(), 1);
        assert_eq!(review.items()[quote].status(), ReviewStatus::Accepted);
        assert_eq!(session.tag(tags[0]).unwrap().text(), "We will respond.");
        assert_eq!(review.current(), 0, "moved to the first pending one");
        let threat = index_of(&review, SuggestionKind::Threat);
        assert!(review.reject(threat));
        assert!(!review.reject(threat), "only once");
        assert_eq!(review.accept_plan(&session, threat), AcceptPlan::Nothing);
        assert_eq!(review.pending(), 2);
    }

    #[test]
    fn deleting_an_accepted_tag_puts_its_suggestion_back_to_pending() {
        let (mut session, src) = session();
        let mut review = Review::new(src, suggestions());
        let quote = index_of(&review, SuggestionKind::Quote);
        let tags = accept(&mut review, &mut session, quote);
        let before = session.clone();
        apply(&mut session, Action::RemoveTag { tag: tags[0] }).unwrap();
        assert!(review.resync(&session));
        assert_eq!(review.items()[quote].status(), ReviewStatus::Pending);
        // Undo of the deletion (the old session back): accepted again.
        assert!(review.resync(&before));
        assert_eq!(review.items()[quote].status(), ReviewStatus::Accepted);
        assert!(!review.resync(&before), "nothing more to change");
    }

    #[test]
    fn deleting_one_mention_of_an_accepted_actor_reopens_it_and_accepting_again_adds_only_that() {
        let (mut session, src) = session();
        let mut review = Review::new(src, suggestions());
        let actor = index_of(&review, SuggestionKind::Actor);
        let tags = accept(&mut review, &mut session, actor);
        assert_eq!(tags.len(), 2);
        apply(&mut session, Action::RemoveTag { tag: tags[1] }).unwrap();
        review.resync(&session);
        assert!(review.items()[actor].is_pending());
        let again = accept(&mut review, &mut session, actor);
        assert_eq!(again.len(), 1);
        assert_eq!(session.actors.len(), 1, "the same actor");
        assert_eq!(session.tags.len(), 2);
        assert_eq!(review.items()[actor].status(), ReviewStatus::Accepted);
    }

    #[test]
    fn a_quote_tagged_by_hand_with_one_word_more_is_a_duplicate_to_keep_or_replace() {
        let (mut session, src) = session();
        let (_, q_end) = at("We will respond.");
        let hand = TEXT.find("said, ").unwrap();
        let by_hand = apply(
            &mut session,
            Action::AddTag {
                source: src,
                range: ByteRange::between(hand, q_end),
                body: TagBody::Quote { speaker: Some(Speaker::Text("Pyongyang".into())) },
                note: String::new(),
            },
        )
        .unwrap()
        .tags[0];
        let mut review = Review::new(src, suggestions());
        let quote = index_of(&review, SuggestionKind::Quote);
        assert_eq!(review.accept_plan(&session, quote), AcceptPlan::Duplicate { existing: by_hand });

        // Keep the tag by hand: no second tag, the suggestion is accepted.
        let mut keep = review.clone();
        keep.keep_existing(quote, by_hand);
        assert_eq!(keep.items()[quote].status(), ReviewStatus::Accepted);
        assert!(!keep.resync(&session));

        // Or replace it with the suggestion: still one quote, the suggested passage.
        let action = review.replace_plan(&session, quote, by_hand).unwrap();
        let tags = apply(&mut session, action).unwrap().tags;
        review.accepted(&session, quote, &tags);
        let quotes: Vec<&Tag> = session.tags.iter().filter(|t| t.kind() == TagKind::Quote).collect();
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text(), "We will respond.");
        assert_eq!(review.items()[quote].status(), ReviewStatus::Accepted);
    }

    #[test]
    fn the_same_passage_tagged_already_is_accepted_without_a_second_tag() {
        let (mut session, src) = session();
        let (t, t_end) = at("fired a missile");
        apply(
            &mut session,
            Action::AddTag {
                source: src,
                range: ByteRange::between(t, t_end),
                body: TagBody::default_threat(),
                note: String::new(),
            },
        )
        .unwrap();
        let mut review = Review::new(src, suggestions());
        let threat = index_of(&review, SuggestionKind::Threat);
        assert_eq!(review.accept_plan(&session, threat), AcceptPlan::AlreadyTagged);
        accept(&mut review, &mut session, threat);
        assert_eq!(session.tags.len(), 1);
        assert_eq!(review.items()[threat].status(), ReviewStatus::Accepted);
    }

    #[test]
    fn accept_all_of_a_kind_keeps_duplicates_and_covers_every_pending_item() {
        let (mut session, src) = session();
        let (py, py_end) = at("Pyongyang");
        // "Pyongyang" tagged by hand as an actor of its own: kept, not tagged twice.
        apply(
            &mut session,
            Action::TagActor {
                source: src,
                range: ByteRange::between(py, py_end),
                actor: crate::model::ActorRef::ByName { name: "Pyongyang".into(), kind: ActorKind::State },
            },
        )
        .unwrap();
        let mut review = Review::new(src, suggestions());
        let (action, items) = review.accept_all_plan(&session, SuggestionKind::Actor).unwrap();
        apply(&mut session, action).unwrap();
        review.accepted_all(&session, &items);
        assert_eq!(session.tags.len(), 2, "North Korea tagged, Pyongyang kept");
        assert_eq!(review.pending_of(SuggestionKind::Actor), 0);
        assert!(review.accept_all_plan(&session, SuggestionKind::Actor).is_none());
        assert!(!review.resync(&session));
    }
}
