//! Tests of the reducer.

use super::*;
use crate::model::tag::{AnchorStatus, Speaker};
use crate::model::vocab::{Severity, ThreatCategory};

const TEXT: &str = "North Korea launched missiles. Pyongyang warned Seoul. \
                    “We will respond,” said Yoon Suk Yeol. 世界 watched.";

fn session() -> (Session, SourceId) {
    let mut s = Session::new();
    let out = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text: TEXT.into() }).unwrap();
    (s, out.sources[0])
}

fn range_of(s: &Session, source: SourceId, needle: &str) -> ByteRange {
    s.occurrences(source, needle)[0]
}

fn tag_actor(s: &mut Session, src: SourceId, needle: &str, name: &str, kind: ActorKind) -> Outcome {
    let range = range_of(s, src, needle);
    apply(s, Action::TagActor { source: src, range, actor: ActorRef::ByName { name: name.into(), kind } })
        .unwrap()
}

#[test]
fn add_source_assigns_label_and_retrieval_time() {
    let (s, src) = session();
    let source = s.source(src).unwrap();
    assert_eq!(source.label, "S1");
    assert!(!source.meta.retrieved.is_empty());
    assert!(
        apply(&mut s.clone(), Action::AddSource { meta: SourceMeta::default(), text: " \n ".into() })
            .is_err()
    );
}

#[test]
fn tagging_an_alias_adds_an_alias_and_a_mention_not_a_second_actor() {
    let (mut s, src) = session();
    let first = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State);
    assert_eq!(first.actors.len(), 1);
    let nk = first.actors[0];
    let second = tag_actor(&mut s, src, "Pyongyang", "North Korea", ActorKind::State);
    assert!(second.actors.is_empty(), "no new actor");
    assert_eq!(s.actors.len(), 1);
    assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
    assert_eq!(s.mentions(nk).len(), 2);
    // Tagging by an alias name also finds the actor.
    tag_actor(&mut s, src, "Pyongyang", "pyongyang", ActorKind::Other);
    assert_eq!(s.actors.len(), 1);
    assert_eq!(s.mentions(nk).len(), 3);
}

#[test]
fn quote_speaker_text_links_to_a_registry_actor() {
    let (mut s, src) = session();
    let yoon = tag_actor(&mut s, src, "Yoon Suk Yeol", "Yoon Suk Yeol", ActorKind::Person).actors[0];
    apply(&mut s, Action::AddAlias { actor: yoon, alias: "Yoon".into() }).unwrap();
    let range = range_of(&s, src, "We will respond,");
    let out = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range,
            body: TagBody::Quote { speaker: Some(Speaker::Text("Yoon".into())) },
            note: String::new(),
        },
    )
    .unwrap();
    let tag = s.tag(out.tags[0]).unwrap();
    assert_eq!(tag.body, TagBody::Quote { speaker: Some(Speaker::Actor(yoon)) });
    assert_eq!(tag.text(), "We will respond,");
    assert_eq!(s.paragraph_of(tag), Some(1));
    // Unknown speakers stay free text.
    let out = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range,
            body: TagBody::Quote { speaker: Some(Speaker::Text(" an aide ".into())) },
            note: String::new(),
        },
    )
    .unwrap();
    assert_eq!(
        s.tag(out.tags[0]).unwrap().body,
        TagBody::Quote { speaker: Some(Speaker::Text("an aide".into())) }
    );
}

#[test]
fn bad_ranges_and_references_are_refused_without_change() {
    let (mut s, src) = session();
    let before = s.clone();
    let kp = TagBody::KeyPoint;
    let cases = [
        Action::AddTag {
            source: src,
            range: ByteRange::new(0, 10_000).unwrap(),
            body: kp.clone(),
            note: String::new(),
        },
        Action::AddTag {
            source: SourceId(77),
            range: ByteRange::new(0, 1).unwrap(),
            body: kp.clone(),
            note: String::new(),
        },
        Action::AddTag {
            source: src,
            range: ByteRange::new(5, 6).unwrap(),
            body: kp.clone(),
            note: String::new(),
        },
        Action::AddTag {
            source: src,
            range: ByteRange::new(0, 5).unwrap(),
            body: TagBody::Actor { actor: ActorId(5) },
            note: String::new(),
        },
        Action::RemoveTag { tag: TagId(123) },
        Action::MergeActors { into: ActorId(1), from: ActorId(1) },
    ];
    for action in cases {
        assert!(apply(&mut s, action.clone()).is_err(), "{action:?} should fail");
        assert_eq!(s, before, "{action:?} changed the session");
    }
    let inside_multibyte = TEXT.find("世").unwrap() + 1;
    let err = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range: ByteRange::with_len(inside_multibyte, 2),
            body: kp,
            note: String::new(),
        },
    )
    .unwrap_err();
    assert!(matches!(err, ActionError::Range(RangeError::NotCharBoundary { .. })));
}

#[test]
fn failed_batch_rolls_back_everything() {
    let (mut s, src) = session();
    let before = s.clone();
    let good = Action::AddTag {
        source: src,
        range: range_of(&s, src, "North Korea"),
        body: TagBody::KeyPoint,
        note: String::new(),
    };
    let bad = Action::RemoveTag { tag: TagId(999) };
    assert!(apply(&mut s, Action::Batch { label: "x".into(), actions: vec![good, bad] }).is_err());
    assert_eq!(s, before);
}

#[test]
fn merge_moves_aliases_mentions_and_quotes() {
    let (mut s, src) = session();
    let nk = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State).actors[0];
    let py = tag_actor(&mut s, src, "Pyongyang", "Pyongyang", ActorKind::State).actors[0];
    let r = range_of(&s, src, "We will respond,");
    let q = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range: r,
            body: TagBody::Quote { speaker: Some(Speaker::Actor(py)) },
            note: String::new(),
        },
    )
    .unwrap()
    .tags[0];
    apply(&mut s, Action::MergeActors { into: nk, from: py }).unwrap();
    assert_eq!(s.actors.len(), 1);
    assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
    assert_eq!(s.mentions(nk).len(), 2);
    assert_eq!(s.tag(q).unwrap().body, TagBody::Quote { speaker: Some(Speaker::Actor(nk)) });
    assert_eq!(s.validate(), []);
}

#[test]
fn split_moves_chosen_aliases_and_their_mentions() {
    let (mut s, src) = session();
    let nk = tag_actor(&mut s, src, "North Korea", "North Korea", ActorKind::State).actors[0];
    tag_actor(&mut s, src, "Pyongyang", "North Korea", ActorKind::State);
    tag_actor(&mut s, src, "Seoul", "North Korea", ActorKind::State); // a mistake to split off
    let out = apply(
        &mut s,
        Action::SplitActor { actor: nk, aliases: vec!["Seoul".into()], name: "South Korea".into() },
    )
    .unwrap();
    let sk = out.actors[0];
    assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
    assert_eq!(s.actor(sk).unwrap().aliases, ["Seoul"]);
    assert_eq!(s.mentions(sk).len(), 1);
    assert_eq!(s.mentions(nk).len(), 2);
    assert!(
        apply(&mut s, Action::SplitActor { actor: nk, aliases: vec!["Tokyo".into()], name: "Japan".into() })
            .is_err()
    );
}

#[test]
fn rename_keeps_the_old_name_as_alias_and_refuses_taken_names() {
    let (mut s, src) = session();
    let nk = tag_actor(&mut s, src, "Pyongyang", "Pyongyang", ActorKind::State).actors[0];
    let sk = tag_actor(&mut s, src, "Seoul", "Seoul", ActorKind::State).actors[0];
    apply(&mut s, Action::RenameActor { actor: nk, name: "North Korea".into() }).unwrap();
    assert_eq!(s.actor(nk).unwrap().name, "North Korea");
    assert_eq!(s.actor(nk).unwrap().aliases, ["Pyongyang"]);
    assert!(matches!(
        apply(&mut s, Action::RenameActor { actor: sk, name: "pyongyang".into() }),
        Err(ActionError::NameTaken(..))
    ));
    assert!(matches!(
        apply(&mut s, Action::AddActor { name: "  ".into(), kind: ActorKind::Person }),
        Err(ActionError::EmptyName)
    ));
}

#[test]
fn removing_an_actor_removes_mentions_and_keeps_quotes_as_free_text() {
    let (mut s, src) = session();
    let yoon = tag_actor(&mut s, src, "Yoon Suk Yeol", "Yoon Suk Yeol", ActorKind::Person).actors[0];
    let r = range_of(&s, src, "We will respond,");
    let q = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range: r,
            body: TagBody::Quote { speaker: Some(Speaker::Actor(yoon)) },
            note: String::new(),
        },
    )
    .unwrap()
    .tags[0];
    apply(&mut s, Action::RemoveActor { actor: yoon }).unwrap();
    assert!(s.actors.is_empty());
    assert_eq!(s.tags.len(), 1);
    assert_eq!(
        s.tag(q).unwrap().body,
        TagBody::Quote { speaker: Some(Speaker::Text("Yoon Suk Yeol".into())) }
    );
}

#[test]
fn replacing_text_reanchors_and_reports() {
    let (mut s, src) = session();
    let r = range_of(&s, src, "launched missiles");
    let t = apply(
        &mut s,
        Action::AddTag {
            source: src,
            range: r,
            body: TagBody::Threat {
                category: ThreatCategory::WeaponsTest,
                severity: Severity::High,
                likelihood: None,
            },
            note: String::new(),
        },
    )
    .unwrap()
    .tags[0];
    let out = apply(
        &mut s,
        Action::ReplaceSourceText {
            source: src,
            text: format!("UPDATE: {TEXT}"),
            published: String::new(),
            retrieved: String::new(),
        },
    )
    .unwrap();
    let report = out.anchor_report.unwrap();
    assert_eq!(report.reanchored, [t]);
    let tag = s.tag(t).unwrap();
    assert_eq!(tag.span.range.slice(s.source(src).unwrap().text()), Some("launched missiles"));
    apply(&mut s, Action::MarkTagReviewed { tag: t }).unwrap();
    assert_eq!(s.tag(t).unwrap().status, AnchorStatus::Anchored);
}

#[test]
fn custom_kinds_need_a_unique_name_and_a_colour() {
    let (mut s, src) = session();
    apply(&mut s, Action::AddCustomKind { name: "Weapon".into(), colour: "#aa5500".into() }).unwrap();
    assert!(
        apply(&mut s, Action::AddCustomKind { name: "weapon".into(), colour: "#aa5500".into() }).is_err()
    );
    assert!(apply(&mut s, Action::AddCustomKind { name: "Quote".into(), colour: "#aa5500".into() }).is_err());
    assert!(apply(&mut s, Action::AddCustomKind { name: "Place".into(), colour: "blue".into() }).is_err());
    let range = range_of(&s, src, "missiles");
    apply(
        &mut s,
        Action::AddTag {
            source: src,
            range,
            body: TagBody::Custom { name: "Weapon".into() },
            note: String::new(),
        },
    )
    .unwrap();
    assert!(
        apply(
            &mut s,
            Action::AddTag {
                source: src,
                range,
                body: TagBody::Custom { name: "Nope".into() },
                note: String::new()
            }
        )
        .is_err()
    );
}

#[test]
fn removing_a_source_removes_its_tags() {
    let (mut s, src) = session();
    let r = range_of(&s, src, "Seoul");
    apply(&mut s, Action::AddTag { source: src, range: r, body: TagBody::KeyPoint, note: String::new() })
        .unwrap();
    apply(&mut s, Action::RemoveSource { source: src }).unwrap();
    assert!(s.sources.is_empty() && s.tags.is_empty());
}
