//! Benchmark: open a cohort of 1,000 realistic workbooks (most prompts of the built-in pack
//! answered) from a folder, as `convene review DIR` does; and the summary and CSV over it.
//! Budget (DESIGN §5): opening the cohort < 1 s.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/review_support/mod.rs"]
mod review_support;

use std::hint::black_box;

use convene::content::load_builtin;
use convene::review::load_cohort;
use convene::workbook::markdown;
use criterion::{Criterion, criterion_group, criterion_main};

const WORKBOOKS: usize = 1_000;

fn bench(c: &mut Criterion) {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = 0;
    for n in 0..WORKBOOKS {
        let sub = dir.path().join(format!("group-{}", n % 10));
        std::fs::create_dir_all(&sub).unwrap();
        let text = markdown::write(&review_support::filled(&pack, n, 7), &pack);
        bytes += text.len();
        std::fs::write(sub.join(format!("participant-{n}.md")), text).unwrap();
    }
    eprintln!(
        "{WORKBOOKS} workbooks, {:.1} MB in all ({} KB each on average)",
        bytes as f64 / 1e6,
        bytes / WORKBOOKS / 1024
    );
    let paths = [dir.path().to_path_buf()];
    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.bench_function("load_cohort 1000 workbooks", |b| {
        b.iter(|| {
            let cohort = load_cohort(black_box(&paths));
            assert_eq!(cohort.workbooks.len(), WORKBOOKS);
            cohort
        })
    });
    let cohort = load_cohort(&paths);
    group.bench_function("summary 1000 workbooks", |b| {
        b.iter(|| convene::review::summary::summary(black_box(&cohort), &pack).len())
    });
    group.bench_function("csv 1000 workbooks", |b| {
        b.iter(|| convene::review::csv::csv(black_box(&cohort), &pack).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
