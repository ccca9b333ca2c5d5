//! Hostile article text (`<script>`, `# `, `|`, backticks, `[x](javascript:…)`, `*`, `_`, `> `,
//! `1. `, `---`, entities) must come out of every template as plain text: no HTML, no links or
//! images, no code, no headings, list items or tables that the template did not write, and each
//! quote recovered verbatim from its blockquote.

use std::path::Path;

use briefsmith::brief::{self, Templates};
use briefsmith::import;
use briefsmith::model::{
    Action, ActorKind, ActorRef, ByteRange, Confidence, Likelihood, Session, Severity, Speaker, TagBody,
    ThreatCategory, apply,
};
use briefsmith::workflow;
use pulldown_cmark::{Event, Tag};

use crate::support::{blockquotes, collapse, events, headings, ok, repo_file};

const HOSTILE: &str = "tests/fixtures/hostile-article.txt";

fn range(session: &Session, needle: &str) -> ByteRange {
    let text = session.sources[0].text();
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the fixture"));
    ByteRange::with_len(start, needle.len())
}

/// A session over the hostile fixture with every kind of tag on the nastiest passages, and
/// hostile analyst text too.
fn hostile_session() -> Session {
    let article = import::import_file(&repo_file(HOSTILE)).unwrap();
    let mut s = workflow::new_session(vec![article], Some("# <script>alert(1)</script> | *Title*")).unwrap();
    let src = s.sources[0].id;
    s.brief.summary = "> not a quote\n1. not a list\n---\n<b>bold</b> [x](javascript:alert(1))".into();
    s.brief.recommendation = "| a | b |\n|---|---|".into();
    s.brief.period = "`code` & &amp;".into();
    s.sources[0].meta.outlet = "<i>Outlet</i> | ![x](y)".into();
    s.sources[0].meta.url = "javascript:alert(1)".into();
    let tag = |s: &mut Session, action: Action| apply(s, action).unwrap();
    let actor = |s: &Session, needle: &str, name: &str| Action::TagActor {
        source: src,
        range: range(s, needle),
        actor: ActorRef::ByName { name: name.into(), kind: ActorKind::Person },
    };
    let a = actor(&s, "Minister Ada Stone", "Ada <Stone> | *x*");
    tag(&mut s, a);
    let quotes = [
        "Send <img src=x onerror=alert(1)> to *everyone* and _nobody_, then # hash and &amp; &#60;entities&#62;,",
        "First part of a long warning.\n\"Second paragraph of the same warning, with | a pipe and a <div>tag</div>,",
    ];
    for q in quotes {
        let action = Action::AddTag {
            source: src,
            range: range(&s, q),
            body: TagBody::Quote { speaker: Some(Speaker::Text("Ada <Stone> | *x*".into())) },
            note: "_note_ <u>u</u>".into(),
        };
        tag(&mut s, action);
    }
    for (needle, severity) in [
        ("~~sabotage~~ attacks on the port, with damage of $5 {million}", Severity::Critical),
        ("- So does this one | with | pipes | in | it.", Severity::High),
        ("[a link](javascript:alert(1))", Severity::Low),
    ] {
        let action = Action::AddTag {
            source: src,
            range: range(&s, needle),
            body: TagBody::Threat { category: ThreatCategory::Terrorism, severity, likelihood: None },
            note: String::new(),
        };
        tag(&mut s, action);
    }
    for needle in [
        "# Breaking: <script>alert(\"pwned\")</script> | Markup & Mayhem",
        "> This line pretends to be a blockquote from Minister Ada Stone.",
        "1. This line pretends to be a numbered list.",
        "---",
        "`rm -rf /`",
        "![an image](http://evil.example/x.png)",
        "Table? | a | b |\n|---|---|\n| c | d |",
    ] {
        let action = Action::AddTag {
            source: src,
            range: range(&s, needle),
            body: TagBody::KeyPoint,
            note: String::new(),
        };
        tag(&mut s, action);
    }
    // Judgments, a timeline and an update carry hostile text too.
    let first = s.tags[0].id;
    let dated = s.tags[1].id;
    tag(&mut s, Action::SetTagDate { tag: dated, date: "2026-03-11".parse().ok() });
    let judgment = Action::AddJudgment {
        text: "# <b>Judged</b> | `x` [y](javascript:alert(1))\n- not a list".into(),
        likelihood: Likelihood::Likely,
        confidence: Confidence::Low,
        supporting: vec![first],
        against: vec![dated],
    };
    tag(&mut s, judgment);
    let updated = format!("{}\n\n## <script>added</script> | a | b |\n\n---", s.sources[0].text());
    tag(
        &mut s,
        Action::ReplaceSourceText {
            source: src,
            text: updated,
            published: String::new(),
            retrieved: String::new(),
        },
    );
    s
}

/// Headings each template writes for this session.
fn expected_headings(template: &str, title: &str) -> Vec<String> {
    let sections: &[&str] = match template {
        "briefing-note" => &[
            "Summary",
            "What changed",
            "Background",
            "Key points",
            "Key considerations",
            "Timeline",
            "Actors",
            "Threats",
            "Quotes",
            "Sources",
            "Recommendation / next steps",
        ],
        "bluf" => &["What changed", "Key points", "Threats", "Quotes", "Sources"],
        "intsum" => &[
            "What changed since the last version",
            "1. General situation",
            "2. Activity during the period",
            "3. Timeline",
            "4. Threats and capabilities",
            "5. Assessment",
            "6. Sources",
        ],
        other => panic!("no expectations for {other}"),
    };
    let first = if template == "intsum" { format!("INTSUM: {title}") } else { title.to_owned() };
    std::iter::once(first).chain(sections.iter().map(|s| s.to_string())).collect()
}

fn assert_safe(template: &str, markdown: &str, session: &Session) {
    let title = &session.brief.title;
    let got: Vec<String> = headings(markdown).into_iter().map(|(_, t)| t).collect();
    assert_eq!(got, expected_headings(template, title), "{template}: headings\n{markdown}");

    for event in events(markdown) {
        match &event {
            Event::Html(_) | Event::InlineHtml(_) => {
                panic!("{template}: HTML from article text: {event:?}\n{markdown}")
            }
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => {
                panic!("{template}: code from article text: {event:?}")
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                panic!("{template}: link from article text: {event:?}")
            }
            Event::Start(Tag::Strikethrough) => panic!("{template}: strikethrough from article text"),
            _ => {}
        }
    }
    // Emphasis only where the template writes it (placeholders), never from article text.
    let mut in_emphasis = 0;
    for event in events(markdown) {
        match event {
            Event::Start(Tag::Emphasis | Tag::Strong) => in_emphasis += 1,
            Event::End(pulldown_cmark::TagEnd::Emphasis | pulldown_cmark::TagEnd::Strong) => in_emphasis -= 1,
            Event::Text(t) if in_emphasis > 0 => {
                for word in ["everyone", "nobody", "sabotage", "Title", "Outlet", "bold"] {
                    assert!(!t.contains(word), "{template}: emphasis around article text {t:?}");
                }
            }
            _ => {}
        }
    }
    // Only the tables and list items the template writes.
    let tables = events(markdown).iter().filter(|e| matches!(e, Event::Start(Tag::Table(_)))).count();
    let items = events(markdown).iter().filter(|e| matches!(e, Event::Start(Tag::Item))).count();
    let (key_points, threats, sources) = (7, 3, 1);
    // The update added two paragraphs; one judgment; one dated tag.
    let (added, judgments, dated) = (2, 1, 1);
    let (want_tables, want_items) = match template {
        "briefing-note" => (1, added + key_points + judgments + dated + threats + sources),
        "bluf" => (0, judgments + added + 3 + threats + sources),
        "intsum" => (1, added + key_points + dated + threats + judgments),
        _ => unreachable!(),
    };
    assert_eq!(tables, want_tables, "{template}: tables\n{markdown}");
    assert_eq!(items, want_items, "{template}: list items\n{markdown}");
    if template == "briefing-note" {
        let rows = events(markdown).iter().filter(|e| matches!(e, Event::Start(Tag::TableRow))).count();
        assert_eq!(rows, 1, "one actor row");
    }

    // Each quote comes back verbatim from its own blockquote.
    let quotes = blockquotes(markdown);
    let tagged: Vec<String> = session
        .tags
        .iter()
        .filter(|t| matches!(t.body, TagBody::Quote { .. }))
        .map(|t| collapse(t.text()))
        .collect();
    assert_eq!(quotes, tagged, "{template}: blockquotes\n{markdown}");

    // Article strings survive as visible text in the HTML export.
    let html = brief::to_html(markdown, title);
    for needle in
        ["&lt;script&gt;", "*everyone*", "_nobody_", "&amp;amp;", "| a pipe", "[a link](javascript:alert(1))"]
    {
        assert!(html.contains(needle), "{template}: '{needle}' should be visible text\n{html}");
    }
    for forbidden in ["<script", "<img", "<div", "<del>", "<code>", "href=\"javascript", "<hr", "<h3"] {
        assert!(!html.contains(forbidden), "{template}: '{forbidden}' in HTML\n{html}");
    }
}

#[test]
fn every_built_in_template_keeps_hostile_text_inert() {
    let session = hostile_session();
    for template in Templates::built_in().list() {
        let markdown = brief::render(&session, template).unwrap();
        assert_safe(&template.info.name, &markdown, &session);
    }
}

#[test]
fn the_exported_file_is_safe_too() {
    let dir = tempfile::tempdir().unwrap();
    let d: &Path = dir.path();
    let session = hostile_session();
    briefsmith::store::save(&d.join("hostile.brief.json"), &session).unwrap();
    for template in ["briefing-note", "bluf", "intsum"] {
        ok(d, &["export", "hostile.brief.json", "-t", template, "-o", "out.md"]);
        let markdown = std::fs::read_to_string(d.join("out.md")).unwrap();
        assert_safe(template, &markdown, &session);
    }
}
