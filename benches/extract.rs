//! Throughput of the whole suggestion pass over a ~1 MB article, built by repeating the sample
//! article with varied names and numbers so lookups and alias merging see many distinct actors;
//! and of `briefsmith suggest --json` end to end (import of a 2 MB file, suggestions, JSON) on the
//! same kind of article.
//!
//!     cargo bench --no-default-features --bench extract
//!
//! Criterion reports the time per pass and the throughput in bytes per second (target: at least
//! 10 MB/s on one core, for both).

use std::hint::black_box;

use briefsmith::extract::suggest;
use briefsmith::import::import_file;
use briefsmith::model::text::normalize;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: &str = include_str!("../assets/sample-article.txt");

/// The allocator of the `briefsmith` binary (src/main.rs), so that the end-to-end row measures
/// what `briefsmith suggest --json` does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// About `target_bytes` of article text: copies of the sample whose people, places and figures
/// change from copy to copy.
fn varied_article(target_bytes: usize) -> String {
    let people =
        ["Kadri Saar", "Dmitri Orlov", "Antti Halonen", "Lars Vinter", "Daniel Reyes", "Helena Brandt"];
    let surnames = ["Saar", "Orlov", "Halonen", "Vinter", "Reyes", "Brandt"];
    let states = ["Finland", "Estonia", "Latvia", "Lithuania", "Poland", "Sweden", "Norway", "Denmark"];
    let mut text = String::with_capacity(target_bytes + SAMPLE.len());
    let mut copy = 0usize;
    while text.len() < target_bytes {
        let mut article = SAMPLE.to_owned();
        for (person, surname) in people.iter().zip(surnames) {
            let suffix = format!("{surname}{}", copy % 97);
            article = article.replace(person, &person.replace(surname, &suffix)).replace(surname, &suffix);
        }
        article = article
            .replace("Finland", states[copy % states.len()])
            .replace("3,000", &format!("{},000", copy % 9 + 1));
        text.push_str(&article);
        text.push_str("\n\n");
        copy += 1;
    }
    normalize(&text)
}

fn bench_suggest(c: &mut Criterion) {
    let article = varied_article(1024 * 1024);
    let mut group = c.benchmark_group("suggest");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.sample_size(20);
    group.bench_function("1 MB article", |b| b.iter(|| suggest(black_box(&article))));
    group.finish();
}

/// What `briefsmith suggest ARTICLE --json > FILE` does: import the file, suggest, write the JSON
/// to a file through [`briefsmith::extract::write_json`], as the command does (the file is not
/// buffered, like the command's standard output; `write_json` buffers).
fn bench_suggest_json_end_to_end(c: &mut Criterion) {
    let article = varied_article(2 * 1024 * 1024);
    let path = std::env::temp_dir().join(format!("briefsmith-bench-{}.txt", std::process::id()));
    let json_path = path.with_extension("json");
    if let Err(error) = std::fs::write(&path, &article) {
        eprintln!("cannot write {}: {error}", path.display());
        return;
    }
    let mut group = c.benchmark_group("suggest --json");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.sample_size(10);
    group.bench_function("2 MB article, end to end", |b| {
        b.iter(|| {
            let Ok(imported) = import_file(black_box(&path)) else { return 0 };
            let suggestions = suggest(&imported.text);
            let written = std::fs::File::create(&json_path)
                .and_then(|file| briefsmith::extract::write_json(&suggestions, file))
                .is_ok();
            usize::from(written) + suggestions.quotes.len()
        })
    });
    group.finish();
    for file in [&path, &json_path] {
        if let Err(error) = std::fs::remove_file(file) {
            eprintln!("cannot remove {}: {error}", file.display());
        }
    }
}

criterion_group!(benches, bench_suggest, bench_suggest_json_end_to_end);
criterion_main!(benches);
