//! Benchmark: the map of the example workbook (every picture and the read-back), as the TUI
//! recomputes it after an answer changes and the Markdown writer on every save.

use std::hint::black_box;

use convene::content::load_builtin;
use convene::format::markdown::read;
use convene::map::map_of;
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let Ok(pack) = load_builtin() else {
        return;
    };
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let Ok(wb) = read(text) else {
        return;
    };
    c.bench_function("map_of example workbook", |b| {
        b.iter(|| black_box(map_of(black_box(&pack), black_box(&wb))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
