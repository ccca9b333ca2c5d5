//! Key judgments: what the analyst concludes ("North Korea is likely to conduct a seventh nuclear
//! test within six months"), with an ICD 203 likelihood, a confidence, and the tags that support it
//! and those that cut against it. A judgment's evidence always points at tags that exist: removing
//! a tag unlinks it (see [`crate::model::action`]).

use serde::{Deserialize, Serialize};

use super::action::ActionError;
use super::session::Session;
use super::tag::TagId;
use super::vocab::{Confidence, Likelihood};

/// A stable identifier of a judgment within a session (from the same counter as tags and actors,
/// so `J12` and `T12` never both exist).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JudgmentId(pub u64);

/// How a tag bears on a judgment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceRole {
    Supports,
    Against,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgment {
    pub id: JudgmentId,
    pub text: String,
    pub likelihood: Likelihood,
    pub confidence: Confidence,
    /// Tags that support the judgment, in the order the analyst linked them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporting: Vec<TagId>,
    /// Tags that cut against it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub against: Vec<TagId>,
}

impl Judgment {
    /// Every linked tag, supporting first.
    pub fn evidence(&self) -> impl Iterator<Item = TagId> + '_ {
        self.supporting.iter().chain(&self.against).copied()
    }

    /// How `tag` bears on the judgment, if it is linked.
    pub fn role_of(&self, tag: TagId) -> Option<EvidenceRole> {
        if self.supporting.contains(&tag) {
            Some(EvidenceRole::Supports)
        } else if self.against.contains(&tag) {
            Some(EvidenceRole::Against)
        } else {
            None
        }
    }

    /// Links `tag` in `role` (moving it from the other list), or unlinks it with `None`.
    pub fn link(&mut self, tag: TagId, role: Option<EvidenceRole>) {
        self.supporting.retain(|t| *t != tag);
        self.against.retain(|t| *t != tag);
        match role {
            Some(EvidenceRole::Supports) => self.supporting.push(tag),
            Some(EvidenceRole::Against) => self.against.push(tag),
            None => {}
        }
    }
}

fn clean_text(text: &str) -> Result<String, ActionError> {
    let text = text.trim();
    if text.is_empty() { Err(ActionError::EmptyJudgment) } else { Ok(text.to_owned()) }
}

fn require_tag(session: &Session, tag: TagId) -> Result<(), ActionError> {
    session.tag(tag).map(|_| ()).ok_or(ActionError::NoSuchTag(tag.0))
}

/// The reducer's part for [`crate::model::Action::AddJudgment`]: checks the text and evidence,
/// drops repeated tags, and adds the judgment.
pub(super) fn add(
    session: &mut Session,
    text: String,
    likelihood: Likelihood,
    confidence: Confidence,
    supporting: Vec<TagId>,
    against: Vec<TagId>,
) -> Result<JudgmentId, ActionError> {
    let text = clean_text(&text)?;
    let mut judgment = Judgment {
        id: JudgmentId(0),
        text,
        likelihood,
        confidence,
        supporting: Vec::new(),
        against: Vec::new(),
    };
    for tag in supporting.iter().chain(&against) {
        require_tag(session, *tag)?;
    }
    if let Some(both) = supporting.iter().find(|t| against.contains(t)) {
        return Err(ActionError::EvidenceBothWays(both.0));
    }
    for tag in supporting {
        judgment.link(tag, Some(EvidenceRole::Supports));
    }
    for tag in against {
        judgment.link(tag, Some(EvidenceRole::Against));
    }
    judgment.id = JudgmentId(session.allocate_id());
    let id = judgment.id;
    session.judgments.push(judgment);
    Ok(id)
}

/// The reducer's part for [`crate::model::Action::EditJudgment`].
pub(super) fn edit(
    session: &mut Session,
    id: JudgmentId,
    text: String,
    likelihood: Likelihood,
    confidence: Confidence,
) -> Result<(), ActionError> {
    let text = clean_text(&text)?;
    let judgment = session.judgment_mut(id).ok_or(ActionError::NoSuchJudgment(id.0))?;
    judgment.text = text;
    judgment.likelihood = likelihood;
    judgment.confidence = confidence;
    Ok(())
}

/// The reducer's part for [`crate::model::Action::LinkEvidence`].
pub(super) fn link(
    session: &mut Session,
    id: JudgmentId,
    tag: TagId,
    role: Option<EvidenceRole>,
) -> Result<(), ActionError> {
    if role.is_some() {
        require_tag(session, tag)?;
    }
    session.judgment_mut(id).ok_or(ActionError::NoSuchJudgment(id.0))?.link(tag, role);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Editor, SourceMeta, TagBody, apply};

    /// A made-up article with two key points tagged.
    fn session() -> (Session, TagId, TagId) {
        let mut s = Session::new();
        let text = "Ships cut a cable near Öland. A second cable 世界 failed on Friday.";
        let src = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: text.into() })
            .unwrap()
            .sources[0];
        let mut tag = |needle: &str| {
            let range = s.occurrences(src, needle)[0];
            apply(&mut s, Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() })
                .unwrap()
                .tags[0]
        };
        let (a, b) = (tag("Ships cut a cable"), tag("A second cable 世界 failed"));
        (s, a, b)
    }

    fn add_action(supporting: Vec<TagId>, against: Vec<TagId>) -> Action {
        Action::AddJudgment {
            text: " More cables are likely to be cut. ".into(),
            likelihood: Likelihood::Likely,
            confidence: Confidence::Moderate,
            supporting,
            against,
        }
    }

    #[test]
    fn add_edit_link_and_remove_each_undo() {
        let (s, a, b) = session();
        let mut editor = Editor::new(s);
        let id = editor.apply(add_action(vec![a, a], vec![])).unwrap().judgments[0];
        let j = editor.session().judgment(id).unwrap();
        assert_eq!(j.text, "More cables are likely to be cut.");
        assert_eq!(j.supporting, [a], "a repeated tag is listed once");
        editor
            .apply(Action::LinkEvidence { judgment: id, tag: b, role: Some(EvidenceRole::Against) })
            .unwrap();
        assert_eq!(editor.session().judgment(id).unwrap().against, [b]);
        editor
            .apply(Action::EditJudgment {
                judgment: id,
                text: "Cuts will continue.".into(),
                likelihood: Likelihood::VeryLikely,
                confidence: Confidence::High,
            })
            .unwrap();
        assert_eq!(editor.session().judgment(id).unwrap().confidence, Confidence::High);
        editor.apply(Action::RemoveJudgment { judgment: id }).unwrap();
        assert!(editor.session().judgments.is_empty());
        editor.undo();
        assert_eq!(editor.session().judgment(id).unwrap().text, "Cuts will continue.");
        editor.undo();
        assert_eq!(editor.session().judgment(id).unwrap().likelihood, Likelihood::Likely);
        editor.undo();
        assert!(editor.session().judgment(id).unwrap().against.is_empty());
        editor.undo();
        assert!(editor.session().judgments.is_empty());
    }

    #[test]
    fn bad_evidence_and_empty_text_are_refused_without_change() {
        let (mut s, a, _) = session();
        let before = s.clone();
        for action in [
            add_action(vec![TagId(999)], vec![]),
            add_action(vec![a], vec![a]),
            Action::AddJudgment {
                text: "  ".into(),
                likelihood: Likelihood::Unlikely,
                confidence: Confidence::Low,
                supporting: vec![],
                against: vec![],
            },
            Action::LinkEvidence { judgment: JudgmentId(999), tag: a, role: None },
            Action::RemoveJudgment { judgment: JudgmentId(999) },
        ] {
            assert!(apply(&mut s, action.clone()).is_err(), "{action:?} should fail");
            assert_eq!(s, before);
        }
    }

    #[test]
    fn removing_a_tag_unlinks_it_and_undo_links_it_again() {
        let (s, a, b) = session();
        let mut editor = Editor::new(s);
        let id = editor.apply(add_action(vec![a], vec![b])).unwrap().judgments[0];
        editor.apply(Action::RemoveTag { tag: b }).unwrap();
        assert!(editor.session().judgment(id).unwrap().against.is_empty());
        assert_eq!(editor.session().validate(), []);
        editor.undo();
        assert_eq!(editor.session().judgment(id).unwrap().against, [b]);
    }

    #[test]
    fn validation_reports_evidence_that_does_not_exist() {
        let (mut s, a, _) = session();
        apply(&mut s, add_action(vec![a], vec![])).unwrap();
        s.judgments[0].supporting.push(TagId(77));
        let problems: Vec<String> = s.validate().iter().map(ToString::to_string).collect();
        assert!(problems.iter().any(|p| p.contains("cites tag 77")), "{problems:?}");
    }

    #[test]
    fn linking_moves_a_tag_between_roles_and_unlinks() {
        let mut j = Judgment {
            id: JudgmentId(1),
            text: "Sabotage will continue.".into(),
            likelihood: Likelihood::Likely,
            confidence: Confidence::Moderate,
            supporting: vec![TagId(4)],
            against: vec![],
        };
        j.link(TagId(4), Some(EvidenceRole::Against));
        assert_eq!((j.supporting.as_slice(), j.against.as_slice()), (&[][..], &[TagId(4)][..]));
        j.link(TagId(5), Some(EvidenceRole::Supports));
        assert_eq!(j.evidence().collect::<Vec<_>>(), [TagId(5), TagId(4)]);
        assert_eq!(j.role_of(TagId(5)), Some(EvidenceRole::Supports));
        j.link(TagId(4), None);
        assert_eq!(j.role_of(TagId(4)), None);
    }

    #[test]
    fn serialises_with_machine_names() {
        let j = Judgment {
            id: JudgmentId(9),
            text: "x".into(),
            likelihood: Likelihood::VeryLikely,
            confidence: Confidence::High,
            supporting: vec![TagId(2)],
            against: vec![],
        };
        let json = serde_json::to_value(&j).unwrap();
        assert_eq!(json["likelihood"], "very-likely");
        assert_eq!(json["confidence"], "high");
        assert!(json.get("against").is_none());
        assert_eq!(serde_json::from_value::<Judgment>(json).unwrap(), j);
    }
}
