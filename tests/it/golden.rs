//! Golden briefs: the sample article, tagged the same way every time, rendered with each built-in
//! template and compared with the stored expected output (insta snapshots in `tests/it/snapshots`).
//! Review a change with `cargo insta review` (or `INSTA_UPDATE=always cargo test` and git diff).

use briefsmith::brief::{self, Templates};
use briefsmith::import;
use briefsmith::model::{
    Action, ActorKind, ActorRef, ByteRange, Credibility, Handling, Likelihood, NoteType, Reliability,
    Session, Severity, Speaker, TagBody, ThreatCategory, Tlp, apply,
};
use briefsmith::workflow;

use crate::support::sample_article;

fn nth(session: &Session, needle: &str, n: usize) -> ByteRange {
    session.occurrences(session.sources[0].id, needle)[n]
}

/// The sample article with a fixed set of tags and brief details.
pub fn golden_session() -> Session {
    let mut article = import::import_file(&sample_article()).unwrap();
    article.meta.retrieved = "2026-03-14T09:00:00Z".into();
    article.meta.outlet = "Briefsmith sample desk".into();
    article.meta.url = "https://example.org/baltic-cable".into();
    article.meta.reliability = Some(Reliability::B);
    let mut s = workflow::new_session(vec![article], Some("Baltic infrastructure under pressure")).unwrap();
    s.brief.date = "2026-03-15".into();
    s.brief.analyst = "Nordic desk".into();
    s.brief.addressee = "Director, Europe".into();
    s.brief.reference = "BN-2026-031".into();
    s.brief.handling = Handling::Tlp { level: Tlp::AmberStrict };
    s.brief.note_type = NoteType::ForDecision;
    s.brief.summary = "Cable damage, drone flights and cyber intrusions point to a coordinated Russian pressure campaign on Finland and Estonia.".into();
    s.brief.recommendation =
        "Support the request for more NATO maritime patrols and brief ministers before Monday's EU meeting."
            .into();
    s.brief.period = "8–14 March 2026".into();
    s.brief.cutoff = "14 March 2026, 18:00 UTC".into();
    s.brief.assessment = "Further incidents are likely in the coming weeks.".into();
    let src = s.sources[0].id;
    let mut actions = Vec::new();
    let actor = |s: &Session, needle: &str, n: usize, name: &str, kind: ActorKind| Action::TagActor {
        source: src,
        range: nth(s, needle, n),
        actor: ActorRef::ByName { name: name.into(), kind },
    };
    actions.push(actor(&s, "Estonian Prime Minister Kadri Saar", 0, "Kadri Saar", ActorKind::Person));
    actions.push(actor(&s, "Saar", 1, "Kadri Saar", ActorKind::Person));
    actions.push(actor(&s, "Russia", 0, "Russia", ActorKind::State));
    actions.push(actor(&s, "Moscow", 0, "Russia", ActorKind::State));
    actions.push(actor(&s, "Kremlin", 0, "Russia", ActorKind::State));
    actions.push(actor(&s, "NATO", 1, "NATO", ActorKind::InternationalOrg));
    actions.push(actor(&s, "Finnish Defence Minister Antti Halonen", 0, "Antti Halonen", ActorKind::Person));
    for (needle, speaker) in [
        ("cannot be explained by bad weather or bad luck.", "Kadri Saar"),
        ("We are not going to wait for the next cable to be cut,", "Kadri Saar"),
        ("We have been here before,", "Antti Halonen"),
        ("Every one of these incidents is deniable on its own,", "Helena Brandt"),
    ] {
        actions.push(Action::AddTag {
            source: src,
            range: nth(&s, needle, 0),
            body: TagBody::Quote { speaker: Some(Speaker::Text(speaker.into())) },
            note: String::new(),
        });
    }
    for (needle, category, severity, likelihood) in [
        (
            "dragged its anchor across the seabed for more than 90 kilometres",
            ThreatCategory::Economic,
            Severity::High,
            Some(Likelihood::Likely),
        ),
        (
            "test-fired an Iskander short-range ballistic missile",
            ThreatCategory::WeaponsTest,
            Severity::Moderate,
            None,
        ),
        (
            "the risk of a disruptive cyber attack on the grid is higher than at any time since 2007.",
            ThreatCategory::Cyber,
            Severity::Critical,
            Some(Likelihood::RoughlyEven),
        ),
    ] {
        actions.push(Action::AddTag {
            source: src,
            range: nth(&s, needle, 0),
            body: TagBody::Threat { category, severity, likelihood },
            note: String::new(),
        });
    }
    actions.push(Action::AddTag {
        source: src,
        range: nth(&s, "about 3,000 soldiers and dozens of armoured vehicles at a new camp near Pskov", 0),
        body: TagBody::KeyPoint,
        note: "Satellite imagery; not independently confirmed.".into(),
    });
    actions.push(Action::AddTag {
        source: src,
        range: nth(&s, "European Union foreign ministers will meet in Brussels on Monday to discuss new sanctions against Russian shipping companies.", 0),
        body: TagBody::KeyPoint,
        note: String::new(),
    });
    apply(&mut s, Action::Batch { label: "golden".into(), actions }).unwrap();
    let first_threat = s.tags.iter().find(|t| matches!(t.body, TagBody::Threat { .. })).unwrap().id;
    apply(
        &mut s,
        Action::SetTagCredibility { tag: first_threat, credibility: Some(Credibility::ProbablyTrue) },
    )
    .unwrap();
    s
}

#[test]
fn golden_briefs_match() {
    let session = golden_session();
    for template in Templates::built_in().list() {
        let markdown = brief::render(&session, template).unwrap();
        insta::assert_snapshot!(format!("brief_{}", template.info.name), markdown);
    }
}

#[test]
fn golden_html_matches() {
    let session = golden_session();
    let templates = Templates::built_in();
    let markdown = brief::render(&session, templates.get("bluf").unwrap()).unwrap();
    insta::assert_snapshot!("brief_bluf_html", brief::to_html(&markdown, &session.brief.title));
}
