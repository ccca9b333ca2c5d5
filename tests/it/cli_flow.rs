//! The analyst's whole flow through the real binary on the project's sample article: new, tag
//! (quotes with speakers, actors with an alias merge, threats), set details, export with every
//! template, reopen and re-export byte-identical.

use std::fs;

use crate::support::{fails, headings, ok, run, sample_article};

fn tagged_session(dir: &std::path::Path) -> String {
    let article = sample_article();
    let article = article.to_str().unwrap();
    ok(dir, &["new", article, "-o", "s.brief.json", "--title", "Baltic cable sabotage"]);
    let tag = |args: &[&str]| {
        let mut all = vec!["tag", "s.brief.json"];
        all.extend_from_slice(args);
        ok(dir, &all)
    };
    // Actors, with "Moscow" and "the Kremlin" merged into Russia.
    tag(&["--kind", "actor", "--text", "Russia", "--nth", "1", "--actor-kind", "state"]);
    let out = tag(&["--kind", "actor", "--text", "Moscow", "--nth", "1", "--actor", "Russia"]);
    assert!(out.contains("→ Russia"), "{out}");
    tag(&["--kind", "actor", "--text", "Kremlin", "--nth", "1", "--actor", "Russia"]);
    tag(&[
        "--kind",
        "actor",
        "--text",
        "Estonian Prime Minister Kadri Saar",
        "--actor",
        "Kadri Saar",
        "--actor-kind",
        "person",
    ]);
    tag(&["--kind", "actor", "--text", "Lars Vinter", "--actor-kind", "person"]);
    // Quotes with speakers: by alias, by name, and free text.
    tag(&["--kind", "actor", "--text", "Saar", "--nth", "2", "--actor", "Kadri Saar"]);
    tag(&[
        "--kind",
        "quote",
        "--text",
        "cannot be explained by bad weather or bad luck.",
        "--speaker",
        "Kadri Saar",
    ]);
    tag(&[
        "--kind",
        "quote",
        "--text",
        "We are not going to wait for the next cable to be cut,",
        "--speaker",
        "Kadri Saar",
    ]);
    tag(&[
        "--kind",
        "quote",
        "--text",
        "An attack on the critical infrastructure of one ally is a matter for all allies,",
        "--speaker",
        "Lars Vinter",
    ]);
    tag(&[
        "--kind",
        "quote",
        "--text",
        "hysterical",
        "--speaker",
        "a Kremlin spokesman",
        "--credibility",
        "3",
    ]);
    // Threats with severities.
    tag(&[
        "--kind",
        "threat",
        "--text",
        "test-fired an Iskander short-range ballistic missile",
        "--category",
        "weapons-test",
        "--severity",
        "high",
    ]);
    tag(&[
        "--kind",
        "threat",
        "--text",
        "had tried to break into the networks of two power companies",
        "--category",
        "cyber",
        "--severity",
        "critical",
        "--likelihood",
        "likely",
    ]);
    tag(&[
        "--kind",
        "threat",
        "--text",
        "about 3,000 soldiers and dozens of armoured vehicles at a new camp near Pskov",
        "--category",
        "military",
        "--severity",
        "moderate",
    ]);
    tag(&[
        "--kind",
        "key-point",
        "--text",
        "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea",
    ]);
    ok(
        dir,
        &[
            "set",
            "s.brief.json",
            "--analyst",
            "Desk officer",
            "--summary",
            "Sabotage of Baltic infrastructure is likely to continue.",
            "--tlp",
            "TLP:GREEN",
            "--source",
            "S1",
            "--reliability",
            "B",
            "--outlet",
            "Project sample",
        ],
    );
    ok(dir, &["export", "s.brief.json", "-t", "briefing-note"])
}

#[test]
fn sample_flow_produces_a_cited_briefing_note() {
    let dir = tempfile::tempdir().unwrap();
    let brief = tagged_session(dir.path());

    let titles: Vec<String> = headings(&brief).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        titles,
        [
            "Baltic cable sabotage",
            "Summary",
            "Background",
            "Key points",
            "Actors",
            "Threats",
            "Quotes",
            "Sources",
            "Recommendation / next steps"
        ]
    );
    assert!(brief.starts_with("**TLP:GREEN**\n"), "{brief}");
    // Actors: one Russia with both aliases, mentions counted, first seen cited.
    assert!(brief.contains("| Russia | State or government | Kremlin, Moscow | 3 | ¶6 |"), "{brief}");
    assert!(
        brief.contains("| Kadri Saar | Person | Estonian Prime Minister Kadri Saar, Saar | 2 | ¶5 |"),
        "{brief}"
    );
    // Threats, most severe first, each cited.
    let critical =
        brief.find("**Critical** · Cyber attack · likely (55–80 %): “had tried to break into").unwrap();
    let high = brief.find("**High** · Missile or weapons test: “test-fired an Iskander").unwrap();
    let moderate = brief.find("**Moderate** · Military force and deployment: “about 3,000 soldiers").unwrap();
    assert!(critical < high && high < moderate);
    assert!(brief.contains("power companies” [¶12]"), "{brief}");
    // Quotes with speakers and citations.
    assert!(
        brief.contains("> We are not going to wait for the next cable to be cut,\n\n— Kadri Saar [¶6]"),
        "{brief}"
    );
    assert!(
        brief.contains("> cannot be explained by bad weather or bad luck.\n\n— Kadri Saar [¶5]"),
        "{brief}"
    );
    assert!(brief.contains("— Lars Vinter [¶9]"), "{brief}");
    assert!(brief.contains("— a Kremlin spokesman [¶7]"), "{brief}");
    assert!(
        brief
            .contains("- Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea [¶4]"),
        "{brief}"
    );
    assert!(
        brief.contains("- **S1**: Baltic states seek NATO help")
            || brief.contains("- **S1**: sample-article.txt"),
        "{brief}"
    );
    assert!(brief.contains("Reliability B (usually reliable)"), "{brief}");
}

#[test]
fn every_template_renders_and_the_session_reopens_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let first = tagged_session(d);
    for (template, first_heading) in [
        ("briefing-note", "Baltic cable sabotage"),
        ("bluf", "Baltic cable sabotage"),
        ("intsum", "INTSUM: Baltic cable sabotage"),
    ] {
        let out = ok(d, &["export", "s.brief.json", "-t", template]);
        assert_eq!(headings(&out)[0].1, first_heading, "{template}");
        assert!(out.contains("¶"), "{template} cites paragraphs");
    }
    // Reopen: load and save through the CLI, then compare the file and the brief.
    let saved = fs::read(d.join("s.brief.json")).unwrap();
    fs::copy(d.join("s.brief.json"), d.join("copy.brief.json")).unwrap();
    ok(d, &["set", "copy.brief.json", "--title", "Baltic cable sabotage"]);
    assert_eq!(fs::read(d.join("copy.brief.json")).unwrap(), saved, "load + save changes nothing");
    let again = ok(d, &["export", "copy.brief.json", "-t", "briefing-note"]);
    assert_eq!(again, first);
    // The previous version was kept as .bak.
    assert!(d.join("copy.brief.json.bak").exists());
    let check = ok(d, &["check", "s.brief.json"]);
    assert!(
        check.contains("valid. 1 source, 3 actors, 14 tags: 14 anchored, 0 re-anchored, 0 orphaned"),
        "{check}"
    );
}

#[test]
fn export_writes_markdown_and_html_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    tagged_session(d);
    ok(d, &["export", "s.brief.json", "-o", "brief.md"]);
    let md = fs::read_to_string(d.join("brief.md")).unwrap();
    assert!(md.contains("## Threats"));
    ok(d, &["export", "s.brief.json", "--html", "-o", "brief.html", "-t", "bluf"]);
    let html = fs::read_to_string(d.join("brief.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>Baltic cable sabotage</title>"));
    assert!(html.contains("<blockquote>"));
}

#[test]
fn tagging_needs_an_unambiguous_passage() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let article = sample_article();
    ok(d, &["new", article.to_str().unwrap(), "-o", "s.brief.json"]);
    let before = fs::read(d.join("s.brief.json")).unwrap();
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "actor", "--text", "NATO"]);
    assert!(msg.contains("s.brief.json") && msg.contains("ambiguous") && msg.contains("--nth 1..6"), "{msg}");
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "quote", "--text", "no such words here"]);
    assert!(msg.contains("is not in the article"), "{msg}");
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "actor", "--text", "NATO", "--nth", "99"]);
    assert!(msg.contains("appears 6 times"), "{msg}");
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "weapon", "--text", "Iskander"]);
    assert!(msg.contains("'weapon' is not a tag kind"), "{msg}");
    assert_eq!(fs::read(d.join("s.brief.json")).unwrap(), before, "failed tagging leaves the file alone");
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let article = sample_article();
    ok(d, &["new", article.to_str().unwrap(), "-o", "s.brief.json"]);
    let msg = fails(d, &["new", article.to_str().unwrap(), "-o", "s.brief.json"]);
    assert!(msg.contains("already exists"), "{msg}");
    ok(d, &["new", article.to_str().unwrap(), "-o", "s.brief.json", "--force", "--title", "Again"]);
}

#[test]
fn templates_lists_built_in_and_user_templates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("mine")).unwrap();
    fs::write(d.join("mine/weekly.md.j2"), "{# Weekly roundup for the desk #}\n# {{ brief.title }}\n")
        .unwrap();
    let out = ok(d, &["templates", "--templates", "mine"]);
    assert!(out.contains("briefing-note") && out.contains("bluf") && out.contains("intsum"), "{out}");
    assert!(out.contains("weekly") && out.contains("Weekly roundup for the desk"), "{out}");
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(dir.path(), &["tag"]).status.code(), Some(2));
    assert_eq!(run(dir.path(), &["export", "x", "--bogus"]).status.code(), Some(2));
    let help = run(dir.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("export"));
}
