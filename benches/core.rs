//! Session open, save and export on a 1 MB article with 5,000 tags.
//! Targets: open (read, parse, validate, anchor check) ≤ 200 ms; save ≤ 100 ms; export with each
//! built-in template ≤ 20 ms.

mod common;

use briefsmith::brief::{self, Templates};
use briefsmith::store;
use criterion::{Criterion, criterion_group, criterion_main};

fn core(c: &mut Criterion) {
    let session = common::big_session(5_000);
    assert_eq!(session.tags.len(), 5_000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.brief.json");
    store::save(&path, &session).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!("session file: {:.1} MB, article {} bytes", size as f64 / 1e6, session.sources[0].text().len());

    let mut group = c.benchmark_group("session_1mb_5000_tags");
    group.sample_size(20);
    group.bench_function("open", |b| b.iter(|| store::load(&path).unwrap()));
    group.bench_function("save", |b| b.iter(|| store::save(&path, &session).unwrap()));
    for template in Templates::built_in().list() {
        group.bench_function(format!("export_{}", template.info.name), |b| {
            b.iter(|| brief::render(&session, template).unwrap())
        });
    }
    group.bench_function("context_build", |b| b.iter(|| brief::context::build(&session)));
    group.finish();
}

criterion_group!(benches, core);
criterion_main!(benches);
