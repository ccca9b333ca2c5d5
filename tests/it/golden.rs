//! Golden briefs: the sample article, tagged the same way every time, rendered with each built-in
//! template and compared with the stored expected output (insta snapshots in `tests/it/snapshots`).
//! Review a change with `cargo insta review` (or `INSTA_UPDATE=always cargo test` and git diff).

use briefsmith::brief::{self, Templates};
use briefsmith::import;
use briefsmith::model::{
    Action, ActorKind, ActorRef, ByteRange, Confidence, Credibility, Handling, Likelihood, NoteType,
    Reliability, Session, Severity, Speaker, TagBody, ThreatCategory, Tlp, apply,
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
    // The missile test carries the one-line summary an accepted suggestion brings as its note.
    for (needle, category, severity, likelihood, note) in [
        (
            "dragged its anchor across the seabed for more than 90 kilometres",
            ThreatCategory::Economic,
            Severity::High,
            Some(Likelihood::Likely),
            "",
        ),
        (
            "test-fired an Iskander short-range ballistic missile",
            ThreatCategory::WeaponsTest,
            Severity::Moderate,
            None,
            "Russian military -> test-fired an Iskander short-range ballistic missile",
        ),
        (
            "the risk of a disruptive cyber attack on the grid is higher than at any time since 2007.",
            ThreatCategory::Cyber,
            Severity::Critical,
            Some(Likelihood::RoughlyEven),
            "",
        ),
    ] {
        actions.push(Action::AddTag {
            source: src,
            range: nth(&s, needle, 0),
            body: TagBody::Threat { category, severity, likelihood },
            note: note.into(),
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

/// The seed article's later version, made up for this test: a paragraph added after the first
/// body paragraph, Halonen's paragraph removed (orphaning its quote), everything else unchanged.
fn updated_sample_text(original: &str) -> String {
    let removed = original
        .split("\n\n")
        .find(|p| p.starts_with("'We have been here before,'"))
        .expect("the sample article has Halonen's paragraph");
    original.replace(&format!("{removed}\n\n"), "").replacen(
        "\n\nEstonian Prime Minister",
        "\n\nFinnish police boarded the cargo ship on Sunday and detained two members of its crew.\n\nEstonian Prime Minister",
        1,
    )
}

/// The golden session with the issue-12 analysis on top: event dates (proposed from the sentence
/// and confirmed), two key judgments with evidence for and against, citations in the prose, and an
/// update of the article to a later version.
pub fn golden_analysis_session() -> Session {
    let mut s = golden_session();
    let src = s.sources[0].id;
    s.sources[0].meta.published = "2026-03-14".into();
    let tag_id = |s: &Session, text: &str| s.tags.iter().find(|t| t.text() == text).unwrap().id;
    let key_point = |s: &mut Session, needle: &str| {
        let range = nth(s, needle, 0);
        apply(s, Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() })
            .unwrap()
            .tags[0]
    };
    let patrols =
        key_point(&mut s, "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea");
    let severed =
        key_point(&mut s, "the cable, which links the two countries, was severed on Wednesday night");
    let drones =
        key_point(&mut s, "at least 14 drones had been seen over three bases in the south of the country");
    let iskander = tag_id(&s, "test-fired an Iskander short-range ballistic missile");
    let ministers = tag_id(
        &s,
        "European Union foreign ministers will meet in Brussels on Monday to discuss new sanctions against Russian shipping companies.",
    );
    let cyber = tag_id(
        &s,
        "the risk of a disruptive cyber attack on the grid is higher than at any time since 2007.",
    );
    let mut proposed = Vec::new();
    for tag in [patrols, severed, drones, iskander, ministers, cyber] {
        let proposal = workflow::propose_event_date(&s, tag);
        proposed.push(proposal.as_ref().map(|p| p.date.to_string()));
        if let Some(p) = proposal {
            apply(&mut s, Action::SetTagDate { tag, date: Some(p.date) }).unwrap();
        }
    }
    let proposed: Vec<Option<&str>> = proposed.iter().map(Option::as_deref).collect();
    assert_eq!(
        proposed,
        [
            Some("2026-03-13"),
            Some("2026-03-11"),
            Some("2026-03-12"),
            Some("2026-03-10"),
            Some("2026-03-16"),
            None
        ],
        "patrols on Friday, cable on Wednesday night, drones reported on Thursday, missile on Tuesday, \
         ministers on Monday (ahead), cyber risk 'since 2007' (a period, not the event)"
    );
    let anchor = tag_id(&s, "dragged its anchor across the seabed for more than 90 kilometres");
    let saar = tag_id(&s, "cannot be explained by bad weather or bad luck.");
    let brandt = tag_id(&s, "Every one of these incidents is deniable on its own,");
    let halonen = tag_id(&s, "We have been here before,");
    let j1 = apply(
        &mut s,
        Action::AddJudgment {
            text: "Russia is likely behind the cable damage and the drone flights over Finnish bases.".into(),
            likelihood: Likelihood::Likely,
            confidence: Confidence::Moderate,
            supporting: vec![anchor, saar, drones, halonen],
            against: vec![brandt],
        },
    )
    .unwrap()
    .judgments[0];
    let j2 = apply(
        &mut s,
        Action::AddJudgment {
            text: format!("A disruptive cyber attack on the Estonian grid before winter is a roughly even chance [@T{}].", cyber.0),
            likelihood: Likelihood::RoughlyEven,
            confidence: Confidence::Low,
            supporting: vec![cyber],
            against: vec![],
        },
    )
    .unwrap()
    .judgments[0];
    let mut brief = s.brief.clone();
    brief.summary = format!(
        "Cable damage [@T{}], drone flights [@T{}] and cyber intrusions point to a coordinated Russian pressure campaign on Finland and Estonia [@J{}].",
        severed.0, drones.0, j1.0
    );
    brief.assessment = format!("Further incidents are likely in the coming weeks [@J{}] [@J{}].", j1.0, j2.0);
    apply(&mut s, Action::SetBrief(Box::new(brief))).unwrap();

    let new_text = updated_sample_text(s.sources[0].text());
    let out = apply(
        &mut s,
        Action::ReplaceSourceText {
            source: src,
            text: new_text,
            published: "2026-03-15".into(),
            retrieved: "2026-03-15T07:30:00Z".into(),
        },
    )
    .unwrap();
    let report = out.anchor_report.unwrap();
    assert_eq!(report.orphans, [halonen], "only Halonen's quote lost its passage");
    assert_eq!(report.total(), s.tags.len(), "no tag dropped");
    s
}

#[test]
fn golden_analysis_briefs_match() {
    let session = golden_analysis_session();
    for template in Templates::built_in().list() {
        let markdown = brief::render(&session, template).unwrap();
        assert!(!markdown.contains("[@"), "no raw reference in {}", template.info.name);
        insta::assert_snapshot!(format!("brief_analysis_{}", template.info.name), markdown);
    }
}
