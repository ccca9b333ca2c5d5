//! A large session for benchmarks: about 1 MB of article text (the sample article repeated with
//! numbered variations) and 5,000 tags of every kind spread over it.

#![allow(dead_code)]

use briefsmith::model::{
    Action, ActorKind, ActorRef, ByteRange, Session, Severity, SourceMeta, Speaker, TagBody, ThreatCategory,
    apply,
};

pub const SAMPLE: &str = include_str!("../../assets/sample-article.txt");

/// About `bytes` of article text built from the sample article.
pub fn big_article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + SAMPLE.len());
    let mut n = 0;
    while text.len() < bytes {
        n += 1;
        text.push_str(&format!("Dispatch {n}.\n\n"));
        text.push_str(SAMPLE);
        text.push_str("\n\n");
    }
    text
}

/// A session over a ~1 MB article with `tags` tags (actors, quotes, threats, key points).
pub fn big_session(tags: usize) -> Session {
    let mut session = Session::new();
    let meta = SourceMeta {
        title: "Benchmark".into(),
        retrieved: "2026-01-01T00:00:00Z".into(),
        ..Default::default()
    };
    let src =
        apply(&mut session, Action::AddSource { meta, text: big_article(1_000_000) }).unwrap().sources[0];
    let text = session.sources[0].shared_text();
    let words: Vec<ByteRange> = text
        .split_ascii_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            ByteRange::with_len(start, w.len())
        })
        .collect();
    let stride = (words.len() / tags).max(1);
    let names = [
        "Russia",
        "NATO",
        "Finland",
        "Estonia",
        "Kadri Saar",
        "Lars Vinter",
        "Antti Halonen",
        "Dmitri Orlov",
    ];
    let mut actions = Vec::with_capacity(tags);
    for i in 0..tags {
        let first = words[(i * stride) % words.len()];
        let last = words[((i * stride) + 4).min(words.len() - 1)];
        let range = ByteRange::between(first.start(), last.end());
        let action = match i % 4 {
            0 => Action::TagActor {
                source: src,
                range: first,
                actor: ActorRef::ByName { name: names[i % names.len()].into(), kind: ActorKind::Other },
            },
            1 => Action::AddTag {
                source: src,
                range,
                body: TagBody::Quote { speaker: Some(Speaker::Text(names[i % names.len()].into())) },
                note: String::new(),
            },
            2 => Action::AddTag {
                source: src,
                range,
                body: TagBody::Threat {
                    category: ThreatCategory::Cyber,
                    severity: Severity::High,
                    likelihood: None,
                },
                note: "benchmark".into(),
            },
            _ => Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() },
        };
        actions.push(action);
    }
    apply(&mut session, Action::Batch { label: "bench".into(), actions }).unwrap();
    session
}
