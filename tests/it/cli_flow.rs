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
    // A piece of a word, and the right words in other capitals, each say what to change.
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "quote", "--text", "unders"]);
    assert!(msg.contains("part of a longer word"), "{msg}");
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "quote", "--text", "UNDERSEA"]);
    assert!(msg.contains("different capitals"), "{msg}");
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

#[test]
fn argument_mistakes_the_parser_cannot_see_also_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["new", sample_article().to_str().unwrap(), "-o", "s.brief.json"]);
    let before = fs::read(d.join("s.brief.json")).unwrap();
    for args in [
        &["tag", "s.brief.json", "--kind", "actor", "--text", "Russia", "--nth", "0"][..],
        &["tag", "s.brief.json", "--kind", "actor", "--text", ""],
        &["set", "s.brief.json"],
    ] {
        let out = run(d, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // An unknown kind depends on the session's own kinds: bad input, naming the file.
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "rumour", "--text", "Russia", "--nth", "1"]);
    assert!(msg.contains("s.brief.json") && msg.contains("'rumour' is not a tag kind"), "{msg}");
    assert_eq!(fs::read(d.join("s.brief.json")).unwrap(), before, "the session is untouched");
}

/// Two articles in one session: tags name their source, citations carry the source label.
#[test]
fn several_articles_make_one_session_and_cite_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("first.txt"), "Officials met in Riga.\n\nThe ministry said talks would resume.\n")
        .unwrap();
    fs::write(
        d.join("second.md"),
        "---\ntitle: Port closed\noutlet: Harbour Gazette\n---\n\nThe port shut on Monday.\n\nTroops massed near the border.\n",
    )
    .unwrap();
    let out = ok(d, &["new", "first.txt", "second.md", "-o", "s.brief.json"]);
    assert!(out.contains("2 sources"), "{out}");
    // The passage exists only in the second source; --source names it by label or number.
    ok(
        d,
        &[
            "tag",
            "s.brief.json",
            "--kind",
            "threat",
            "--text",
            "Troops massed near the border.",
            "--source",
            "S2",
        ],
    );
    ok(
        d,
        &[
            "tag",
            "s.brief.json",
            "--kind",
            "key-point",
            "--text",
            "The ministry said talks would resume.",
            "--source",
            "1",
        ],
    );
    let msg = fails(d, &["tag", "s.brief.json", "--kind", "key-point", "--text", "Troops", "--source", "S9"]);
    assert!(msg.contains("S9"), "{msg}");
    let brief = ok(d, &["export", "s.brief.json"]);
    assert!(brief.contains("Troops massed near the border.” [S2 ¶2]"), "{brief}");
    assert!(brief.contains("The ministry said talks would resume. [S1 ¶2]"), "{brief}");
    // Each source is listed with its metadata, file name and retrieval time.
    assert!(brief.contains("**S2**: Port closed. Harbour Gazette"), "{brief}");
    assert!(brief.contains("first.txt") && brief.contains("second.md"), "{brief}");
    assert!(brief.contains(". Retrieved 20"), "{brief}");
}

#[test]
fn new_with_suggest_accepts_every_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let article = sample_article();
    let out = ok(d, &["new", article.to_str().unwrap(), "--suggest", "-o", "s.brief.json"]);
    let json = ok(d, &["suggest", article.to_str().unwrap(), "--json"]);
    let suggestions: serde_json::Value = serde_json::from_str(&json).unwrap();
    let count = |key: &str| suggestions[key].as_array().unwrap().len();
    let session = briefsmith::store::load(&d.join("s.brief.json")).unwrap().session;
    assert_eq!(session.actors.len(), count("actors"), "{out}");
    let quotes = session.tags.iter().filter(|t| t.kind() == briefsmith::model::TagKind::Quote).count();
    let threats = session.tags.iter().filter(|t| t.kind() == briefsmith::model::TagKind::Threat).count();
    assert_eq!((quotes, threats), (count("quotes"), count("threats")));
    // Quotes carry their speakers; every actor keeps its aliases.
    let speakers = session
        .tags
        .iter()
        .filter(|t| matches!(&t.body, briefsmith::model::TagBody::Quote { speaker: Some(_) }))
        .count();
    assert!(speakers * 10 >= quotes * 9, "{speakers} of {quotes} quotes have a speaker");
    // Key figures become key points, one per sentence.
    let figure_sentences: std::collections::HashSet<(u64, u64)> = suggestions["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["sentence_start"].as_u64().unwrap(), f["sentence_end"].as_u64().unwrap()))
        .collect();
    let key_points = session.tags.iter().filter(|t| t.kind() == briefsmith::model::TagKind::KeyPoint).count();
    assert!(!figure_sentences.is_empty());
    assert_eq!(key_points, figure_sentences.len());
    let russia = session.actors.iter().find(|a| a.name == "Russia").expect("Russia");
    assert!(russia.aliases.iter().any(|a| a == "Moscow"), "{:?}", russia.aliases);
}

/// The JSON shape the issue fixes: actors, quotes and threats with byte offsets into the text.
#[test]
fn suggest_json_has_the_documented_shape_and_exact_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let article = sample_article();
    let json = ok(dir.path(), &["suggest", article.to_str().unwrap(), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let text = briefsmith::import::import_file(&article).unwrap().text;
    let keys =
        |item: &serde_json::Value| -> Vec<String> { item.as_object().unwrap().keys().cloned().collect() };
    let has = |item: &serde_json::Value, wanted: &[&str]| {
        let got = keys(item);
        for key in wanted {
            assert!(got.iter().any(|k| k == key), "{key} missing from {got:?}");
        }
    };
    let actors = v["actors"].as_array().unwrap();
    assert!(!actors.is_empty());
    for actor in actors {
        has(actor, &["name", "kind", "aliases", "mentions", "rule"]);
        for m in actor["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert!(text.get(s..e).is_some_and(|t| !t.is_empty()), "mention {s}..{e}");
        }
    }
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for quote in quotes {
        has(quote, &["text", "speaker", "start", "end", "rule"]);
        let (s, e) = (quote["start"].as_u64().unwrap() as usize, quote["end"].as_u64().unwrap() as usize);
        assert_eq!(text.get(s..e), quote["text"].as_str());
    }
    let threats = v["threats"].as_array().unwrap();
    assert!(!threats.is_empty());
    for threat in threats {
        has(threat, &["summary", "category", "severity", "evidence", "start", "end", "rule"]);
        let (s, e) = (threat["start"].as_u64().unwrap() as usize, threat["end"].as_u64().unwrap() as usize);
        assert_eq!(text.get(s..e), threat["evidence"].as_str());
    }
}

/// `check` reports what happened to each tag when the article text changed under the session.
#[test]
fn check_reports_reanchored_and_orphaned_tags() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("a.txt"),
        "Alpha Corp warned of delays.\n\nBeta Group denied the report.\n\nGamma fell.\n",
    )
    .unwrap();
    ok(d, &["new", "a.txt", "-o", "s.brief.json"]);
    ok(d, &["tag", "s.brief.json", "--kind", "key-point", "--text", "Beta Group denied the report."]);
    ok(d, &["tag", "s.brief.json", "--kind", "key-point", "--text", "Gamma fell."]);
    // Edit the embedded text (only the text, not the tags' selectors): a paragraph inserted
    // before (the tag moves), one replaced (its tag is orphaned).
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.join("s.brief.json")).unwrap()).unwrap();
    let lines = json["sources"][0]["text_lines"].as_array_mut().unwrap();
    assert_eq!(lines[0], "Alpha Corp warned of delays.");
    lines.insert(0, "".into());
    lines.insert(0, "A new first paragraph.".into());
    let last = lines.iter_mut().find(|l| *l == "Gamma fell.").unwrap();
    *last = "Something else entirely.".into();
    fs::write(d.join("s.brief.json"), serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let out = ok(d, &["check", "s.brief.json"]);
    assert!(out.contains("1 re-anchored"), "{out}");
    assert!(out.contains("1 orphaned") && out.contains("Gamma fell."), "{out}");
}

#[test]
fn user_templates_come_from_the_config_folder_and_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["new", sample_article().to_str().unwrap(), "-o", "s.brief.json", "--title", "Cable"]);
    // The platform config folder (XDG_CONFIG_HOME here) overrides a built-in by name.
    let config = d.join(".config/briefsmith/templates");
    fs::create_dir_all(&config).unwrap();
    fs::write(config.join("bluf.md.j2"), "{# Our own BLUF #}\nOUR BLUF: {{ brief.title }}\n").unwrap();
    let listed = ok(d, &["templates"]);
    assert!(listed.contains("Our own BLUF"), "{listed}");
    assert_eq!(ok(d, &["export", "s.brief.json", "-t", "bluf"]).trim(), "OUR BLUF: Cable");
    // A template file given by path renders too.
    fs::write(d.join("one-line.md.j2"), "{{ brief.title }} with {{ counts.tags }} tags\n").unwrap();
    assert_eq!(ok(d, &["export", "s.brief.json", "-t", "one-line.md.j2"]).trim(), "Cable with 0 tags");
    // `set --template` sees the --templates folder too.
    fs::create_dir(d.join("mine")).unwrap();
    fs::write(d.join("mine/weekly.md.j2"), "WEEKLY {{ brief.title }}\n").unwrap();
    ok(d, &["set", "s.brief.json", "--template", "weekly", "--templates", "mine"]);
    assert_eq!(ok(d, &["export", "s.brief.json", "--templates", "mine"]).trim(), "WEEKLY Cable");
}

/// Without --actor-kind, `tag --kind actor` proposes the kind from the text around the passage.
#[test]
fn hand_tagged_actors_get_a_kind_proposed_from_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("talks.txt"),
        "Talks in Brenholm\n\nPresident Ann Field arrived in Brenholm on Monday. Norway said the visit \
         would focus on fishing rights.\n",
    )
    .unwrap();
    ok(d, &["new", "talks.txt", "-o", "s.brief.json"]);
    for text in ["Ann Field", "Norway", "fishing"] {
        ok(d, &["tag", "s.brief.json", "--kind", "actor", "--text", text]);
    }
    // An explicit kind wins.
    ok(
        d,
        &[
            "tag",
            "s.brief.json",
            "--kind",
            "actor",
            "--text",
            "Brenholm",
            "--nth",
            "2",
            "--actor-kind",
            "organisation",
        ],
    );
    let session = briefsmith::store::load(&d.join("s.brief.json")).unwrap().session;
    let kinds: Vec<(&str, briefsmith::model::ActorKind)> =
        session.actors.iter().map(|a| (a.name.as_str(), a.kind)).collect();
    use briefsmith::model::ActorKind::*;
    assert_eq!(
        kinds,
        [("Ann Field", Person), ("Norway", State), ("fishing", Other), ("Brenholm", Organisation)]
    );
}

/// Without the desktop app compiled in, the bare command prints its help.
#[cfg(not(feature = "gui"))]
#[test]
fn without_the_gui_the_bare_command_prints_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"), "{out:?}");
}

#[test]
fn suggest_lists_each_threat_with_its_one_line_summary() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("launch.txt");
    std::fs::write(
        &article,
        "Launch\n\nIran test-fired a cruise missile toward Israel on Tuesday, officials said.\n",
    )
    .unwrap();
    let listing = ok(dir.path(), &["suggest", article.to_str().unwrap()]);
    assert!(listing.contains("Threats (1):"), "{listing}");
    assert!(listing.contains("\n      Iran -> test-fired a cruise missile -> Israel\n"), "{listing}");
}
