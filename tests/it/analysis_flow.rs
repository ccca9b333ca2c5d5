//! Key judgments, citations in prose, the timeline, updated articles and the brief check, through
//! the real binary on the project's sample article (never on the shared development material).

use std::fs;
use std::path::Path;

use crate::support::{fails, ok, run, sample_article};

/// The number after `marker` in `out`, e.g. the tag id in "… (tag 12)".
fn number_after(out: &str, marker: &str) -> String {
    let (_, after) = out.split_once(marker).unwrap_or_else(|| panic!("no '{marker}' in: {out}"));
    after.chars().take_while(char::is_ascii_digit).collect()
}

fn tag(dir: &Path, args: &[&str]) -> (String, String) {
    let mut all = vec!["tag", "s.brief.json"];
    all.extend_from_slice(args);
    let out = ok(dir, &all);
    (number_after(&out, "(tag "), out)
}

/// A session on the sample article with three dated passages and two judgments; returns the tag
/// and judgment ids.
fn analysed(dir: &Path) -> (Vec<String>, String, String) {
    ok(dir, &["new", sample_article().to_str().unwrap(), "-o", "s.brief.json", "--title", "Baltic"]);
    let (patrols, out) = tag(
        dir,
        &[
            "--kind",
            "key-point",
            "--text",
            "Finland and Estonia asked NATO on Friday to step up patrols in the Baltic Sea",
            "--date",
            "auto",
        ],
    );
    assert!(
        out.contains(
            "Event date 2026-03-13 (from \"Friday\", resolved against the article's date 2026-03-14)"
        ),
        "{out}"
    );
    let (missile, out) = tag(
        dir,
        &[
            "--kind",
            "threat",
            "--text",
            "test-fired an Iskander short-range ballistic missile",
            "--severity",
            "high",
            "--date",
            "2026-03-10",
        ],
    );
    assert!(out.contains("Event date 2026-03-10"), "{out}");
    let (cable, _) = tag(
        dir,
        &[
            "--kind",
            "key-point",
            "--text",
            "the cable, which links the two countries, was severed on Wednesday night",
            "--date",
            "2026-03-11",
        ],
    );
    let (quote, _) =
        tag(dir, &["--kind", "quote", "--text", "Every one of these incidents is deniable on its own,"]);
    let evidence = format!("{cable},{missile}");
    let out = ok(
        dir,
        &[
            "judge",
            "s.brief.json",
            "--text",
            "Russia is likely behind the cable damage.",
            "--likelihood",
            "likely",
            "--confidence",
            "moderate",
            "--evidence",
            &evidence,
            "--against",
            &format!("T{quote}"),
        ],
    );
    assert!(out.starts_with("Added key judgment KJ1"), "{out}");
    assert!(
        out.contains("likely (55–80 %), moderate confidence; evidence [¶4], [¶10]; against [¶16]"),
        "{out}"
    );
    let j1 = number_after(&out, "(judgment ");
    let out = ok(
        dir,
        &[
            "judge",
            "s.brief.json",
            "--text",
            "Patrols will deter further cuts.",
            "--likelihood",
            "roughly-even",
            "--confidence",
            "low",
        ],
    );
    let j2 = number_after(&out, "(judgment ");
    (vec![patrols, missile, cable, quote], j1, j2)
}

#[test]
fn judgments_citations_and_timeline_render_in_every_template() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (tags, j1, _) = analysed(d);
    let summary = format!("Patrols were requested [@T{}]; sabotage is likely [@J{j1}].", tags[0]);
    ok(d, &["set", "s.brief.json", "--summary", &summary]);

    let intsum = ok(d, &["export", "s.brief.json", "-t", "intsum"]);
    assert!(intsum.contains("Patrols were requested [¶4]; sabotage is likely [KJ1]."), "{intsum}");
    let timeline = intsum.split("## 3. Timeline").nth(1).unwrap().split("## 4.").next().unwrap();
    let order: Vec<usize> = ["**10 March 2026**", "**11 March 2026**", "**13 March 2026**"]
        .iter()
        .map(|d| timeline.find(d).unwrap_or_else(|| panic!("{d} not in {timeline}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "chronological: {timeline}");
    let assessment = intsum.split("## 5. Assessment").nth(1).unwrap();
    assert!(
        assessment.contains(
            "- **KJ1.** Russia is likely behind the cable damage. **Likely** (55–80 %), moderate confidence. Evidence: [¶4], [¶10]. Against: [¶16]."
        ),
        "{assessment}"
    );
    assert!(assessment.contains("**KJ2.** Patrols will deter further cuts. **Roughly even chance** (45–55 %), low confidence. _No supporting evidence linked._"), "{assessment}");

    let note = ok(d, &["export", "s.brief.json", "-t", "briefing-note"]);
    assert!(note.contains("## Key considerations\n\n- **KJ1.** Russia"), "{note}");
    assert!(note.contains("## Timeline\n\n- **10 March 2026** · test-fired"), "{note}");
    let bluf = ok(d, &["export", "s.brief.json", "-t", "bluf"]);
    assert!(bluf.contains("**Supporting judgments:**\n\n- **KJ1.** Russia"), "{bluf}");
    assert!(!bluf.contains("## Timeline"), "the BLUF stays on one page");
}

#[test]
fn judge_refuses_evidence_that_does_not_exist_and_can_edit_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (tags, j1, j2) = analysed(d);
    let err = fails(
        d,
        &[
            "judge",
            "s.brief.json",
            "--text",
            "x",
            "--likelihood",
            "likely",
            "--confidence",
            "low",
            "--evidence",
            "9999",
        ],
    );
    assert!(err.contains("s.brief.json: cannot add the judgment: there is no tag 9999"), "{err}");
    let usage =
        run(d, &["judge", "s.brief.json", "--text", "x", "--likelihood", "probable", "--confidence", "low"]);
    assert_eq!(usage.status.code(), Some(2), "an unknown likelihood is a usage error");
    let out =
        ok(d, &["judge", "s.brief.json", "--edit", &j2, "--confidence", "high", "--evidence", &tags[0]]);
    assert!(out.contains("Changed key judgment KJ2"), "{out}");
    assert!(out.contains("high confidence; evidence [¶4]"), "{out}");
    let out = ok(d, &["judge", "s.brief.json", "--remove", &format!("J{j1}")]);
    assert!(out.contains(&format!("Removed judgment {j1}")), "{out}");
    let intsum = ok(d, &["export", "s.brief.json", "-t", "intsum"]);
    assert!(intsum.contains("**KJ1.** Patrols will deter"), "{intsum}");
}

#[test]
fn check_brief_gives_advice_and_fails_on_broken_citations() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (tags, _, j2) = analysed(d);
    let out = ok(d, &["check", "s.brief.json", "--brief"]);
    assert!(out.contains("advice: the summary (the bottom line) is empty"), "{out}");
    assert!(out.contains("advice: key judgment KJ1 (\"Russia is likely behind the cable damage.\") rests on a single source (S1)"), "{out}");
    assert!(
        out.contains(
            "advice: key judgment KJ2 (\"Patrols will deter further cuts.\") has no supporting evidence"
        ),
        "{out}"
    );
    assert!(out.contains(&format!("advice: the quote \"Every one of these incidents is deniable on its ow…\" [¶16] (tag {}) has no speaker", tags[3])), "{out}");
    assert!(out.contains("brief: no broken citations"), "{out}");

    let summary = format!("Cables might be cut again [@T9999] [@J{j2}].");
    ok(d, &["set", "s.brief.json", "--summary", &summary]);
    let checked = run(d, &["check", "s.brief.json", "--brief"]);
    let stdout = String::from_utf8_lossy(&checked.stdout);
    let stderr = String::from_utf8_lossy(&checked.stderr);
    assert_eq!(checked.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("problem: the summary cites [@T9999], which was deleted; it prints as [¶?]"),
        "{stdout}"
    );
    assert!(stdout.contains("advice: the summary says \"might\": state how likely"), "{stdout}");
    assert!(stderr.contains("the brief has 1 broken citation"), "{stderr}");

    let export = run(d, &["export", "s.brief.json", "-t", "bluf"]);
    assert_eq!(export.status.code(), Some(0));
    let markdown = String::from_utf8_lossy(&export.stdout);
    assert!(markdown.contains("Cables might be cut again [¶?] [KJ2]."), "{markdown}");
    assert!(!markdown.contains("@T9999"), "never the raw reference");
    assert!(
        String::from_utf8_lossy(&export.stderr).contains("warning: s.brief.json: the summary cites [@T9999]")
    );
}

#[test]
fn update_reanchors_reports_what_changed_until_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (tags, _, _) = analysed(d);
    // A later version of the sample article, made up here: one paragraph added, Brandt's quote gone.
    let original = fs::read_to_string(sample_article()).unwrap();
    let updated = original
        .replace(
            "\"Every one of these incidents is deniable on its own,\" said Helena Brandt",
            "Helena Brandt said",
        )
        .replacen(
            "\n\nEstonian Prime Minister",
            "\n\nFinnish police detained two crew members on Sunday.\n\nEstonian Prime Minister",
            1,
        );
    fs::write(d.join("v2.txt"), updated).unwrap();
    let out = ok(d, &["update", "s.brief.json", "--source", "S1", "v2.txt"]);
    assert!(
        out.starts_with(
            "Updated S1 from v2.txt: 2 tags kept, 1 moved, 1 orphaned; 2 paragraphs added, 1 removed"
        ),
        "{out}"
    );
    assert!(out.contains(&format!("orphaned: tag {} (quote)", tags[3])), "{out}");
    let note = ok(d, &["export", "s.brief.json", "-t", "briefing-note"]);
    let changed = note.split("## What changed").nth(1).unwrap().split("## Background").next().unwrap();
    assert!(
        changed.contains("- Added [¶5]: Finnish police detained two crew members on Sunday."),
        "{changed}"
    );
    assert!(
        changed.contains("- Removed: Analysts warned that the risk of escalation was real."),
        "{changed}"
    );
    assert!(changed.contains("- No longer in the article: quote “Every one of these incidents"), "{changed}");
    let session = fs::read_to_string(d.join("s.brief.json")).unwrap();
    assert!(session.contains("\"versions\": ["), "the previous version's hash and date are kept");
    assert!(!fs::read_to_string(d.join("s.brief.json.bak")).unwrap().contains("\"versions\""));

    ok(d, &["set", "s.brief.json", "--clear-changes"]);
    let note = ok(d, &["export", "s.brief.json", "-t", "briefing-note"]);
    assert!(!note.contains("## What changed"), "{note}");
    let out = ok(d, &["check", "s.brief.json"]);
    assert!(out.contains("orphaned: tag"), "the orphan is still kept and shown: {out}");
}

#[test]
fn a_version_1_session_opens_and_is_migrated_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["new", sample_article().to_str().unwrap(), "-o", "s.brief.json"]);
    let v2 = fs::read_to_string(d.join("s.brief.json")).unwrap();
    let v1 = v2.replacen("\"version\": 2,", "\"version\": 1,", 1);
    assert_ne!(v1, v2);
    fs::write(d.join("s.brief.json"), &v1).unwrap();
    let out = ok(d, &["check", "s.brief.json"]);
    assert!(out.contains("warning: written in session format version 1"), "{out}");
    ok(d, &["set", "s.brief.json", "--title", "Migrated"]);
    assert!(fs::read_to_string(d.join("s.brief.json")).unwrap().contains("\"version\": 2,"));
    assert_eq!(fs::read_to_string(d.join("s.brief.json.bak")).unwrap(), v1);
    assert_eq!(fs::read_to_string(d.join("s.brief.json.v1.bak")).unwrap(), v1);
}
