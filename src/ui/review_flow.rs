//! The suggestion review in the app: runs the engine, and carries out accept, reject and accept
//! all through the core's [`Review`] (which plans the actions and tracks the statuses).

use super::BriefsmithApp;
use super::dialogs::Dialog;
use super::jobs::Job;
use crate::model::TagId;
use crate::workflow::review::{AcceptPlan, Review, SuggestionKind};

impl BriefsmithApp {
    /// Runs the suggestion engine on a worker thread (a long article takes a while).
    pub(super) fn suggest(&mut self, ctx: &egui::Context) {
        let Some(source) = self.active_source.and_then(|id| self.editor.session().source(id)) else { return };
        if let Some(job) = &self.job {
            let busy = format!("{} is still running; wait for it or cancel it.", job.label);
            self.notify(busy);
            return;
        }
        let ctx = ctx.clone();
        self.job = Some(Job::suggest(source.id, source.shared_text(), move || ctx.request_repaint()));
    }

    pub(super) fn open_review(&mut self, review: Review) {
        let n = review.items().len();
        self.set_review(Some(review));
        self.resync_review();
        self.prefs.show_tags_panel = true;
        if n == 0 {
            self.notify("No suggestions for this article.");
        }
    }

    /// After every change of the session: statuses follow the tags (see [`Review::resync`]).
    pub(super) fn resync_review(&mut self) {
        let Some(review) = self.review.as_mut() else { return };
        let session = self.editor.session();
        if session.source(review.source()).is_none() {
            self.set_review(None);
            return;
        }
        review.resync(session);
    }

    /// Shows the current suggestion in the article.
    fn reveal_current(&mut self) {
        let Some(review) = &self.review else { return };
        let Some(item) = review.item(review.current()) else { return };
        if item.is_pending() {
            let (source, range) = (review.source(), item.suggestion().range());
            self.reveal(source, range);
        }
    }

    pub(super) fn review_current(&mut self, index: usize, reveal: bool) {
        if let Some(r) = self.review.as_mut() {
            r.set_current(index);
        }
        if reveal {
            self.reveal_current();
        }
    }

    pub(super) fn accept_suggestion(&mut self, i: usize) {
        let Some(review) = &self.review else { return };
        match review.accept_plan(self.editor.session(), i) {
            AcceptPlan::Apply(action) => {
                if let Some(outcome) = self.apply(action)
                    && let Some(r) = self.review.as_mut()
                {
                    r.accepted(self.editor.session(), i, &outcome.tags);
                    self.reveal_current();
                }
            }
            AcceptPlan::AlreadyTagged => {
                if let Some(r) = self.review.as_mut() {
                    r.accepted(self.editor.session(), i, &[]);
                }
                self.reveal_current();
            }
            AcceptPlan::Duplicate { existing } => {
                let existing_text = self.editor.session().tag(existing).map(|t| t.text().to_owned());
                let suggested = review.item(i).map(|it| it.suggestion().label()).unwrap_or_default();
                self.dialog = Some(Dialog::Duplicate {
                    item: i,
                    existing,
                    existing_text: existing_text.unwrap_or_default(),
                    suggested,
                });
            }
            AcceptPlan::Nothing => {}
        }
    }

    pub(super) fn keep_existing_tag(&mut self, item: usize, existing: TagId) {
        if let Some(r) = self.review.as_mut() {
            r.keep_existing(item, existing);
        }
        self.reveal_current();
    }

    pub(super) fn replace_with_suggestion(&mut self, item: usize, existing: TagId) {
        let Some(action) =
            self.review.as_ref().and_then(|r| r.replace_plan(self.editor.session(), item, existing))
        else {
            return;
        };
        if let Some(outcome) = self.apply(action)
            && let Some(r) = self.review.as_mut()
        {
            r.accepted(self.editor.session(), item, &outcome.tags);
            self.reveal_current();
        }
    }

    pub(super) fn reject_suggestion(&mut self, i: usize) {
        if self.review.as_mut().is_some_and(|r| r.reject(i)) {
            self.reveal_current();
        }
    }

    pub(super) fn accept_all_of(&mut self, kind: SuggestionKind) {
        let Some((action, items)) =
            self.review.as_ref().and_then(|r| r.accept_all_plan(self.editor.session(), kind))
        else {
            return;
        };
        if self.apply(action).is_some()
            && let Some(r) = self.review.as_mut()
        {
            r.accepted_all(self.editor.session(), &items);
        }
    }
}
