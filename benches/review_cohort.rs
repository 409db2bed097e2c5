//! Benchmark: open a cohort of 1,000 realistic workbooks (most prompts of the built-in pack
//! answered) from a folder, as `convene review DIR` does; the review screens over it (the
//! cohort list's rows and sort, its first drawing, a search over every answer, compare on
//! one list prompt); and the summary and CSV over it.
//! Budget (DESIGN §5): opening the cohort in review < 1 s (loading + rows + first drawing).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/review_support/mod.rs"]
mod review_support;

use std::hint::black_box;

use convene::content::load_builtin;
use convene::review::app::{Key, Msg, State, update};
use convene::store::cohort::load_cohort;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WORKBOOKS: usize = 1_000;

fn bench(c: &mut Criterion) {
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // REVIEW_COHORT_DIR=DIR keeps the generated cohort there, to measure `convene review DIR`
    // as a whole process (time and peak memory) afterwards.
    let root = std::env::var_os("REVIEW_COHORT_DIR")
        .map_or_else(|| dir.path().to_path_buf(), std::path::PathBuf::from);
    let bytes = review_support::write_cohort(&pack, &root, WORKBOOKS).unwrap();
    eprintln!(
        "{WORKBOOKS} workbooks, {:.1} MB in all ({} KB each on average)",
        bytes as f64 / 1e6,
        bytes / WORKBOOKS / 1024
    );
    let paths = [root.clone()];
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
    group.bench_function("look for notes beside 1000 workbooks", |b| {
        b.iter(|| {
            cohort
                .workbooks
                .iter()
                .filter(|l| matches!(convene::store::notes::load_notes(&l.path), Ok(Some(_))))
                .count()
        })
    });
    group.bench_function("review screen state 1000 workbooks (rows, sort)", |b| {
        b.iter_batched(
            || cohort.clone(),
            |c| review_state(&pack, c),
            BatchSize::LargeInput,
        )
    });
    let state = review_state(&pack, cohort.clone());
    group.bench_function("draw the cohort screen 1000 workbooks 120x40", |b| {
        b.iter(|| draw(&state))
    });
    group.bench_function("search every answer 1000 workbooks (first query)", |b| {
        b.iter_batched(
            || review_state(&pack, cohort.clone()),
            |mut s| {
                for c in ['/', 'g', 'p'] {
                    update(&mut s, Msg::Key(Key::Char(c)));
                }
                s.list.view.len()
            },
            BatchSize::LargeInput,
        )
    });
    let mut compare = review_state(&pack, cohort.clone());
    update(&mut compare, Msg::Key(Key::Char('c')));
    for c in "which practices, groups".chars() {
        update(&mut compare, Msg::Key(Key::Char(c)));
    }
    update(&mut compare, Msg::Key(Key::Enter));
    group.bench_function("draw compare on one prompt 1000 workbooks", |b| {
        b.iter(|| draw(&compare))
    });
    group.bench_function("summary 1000 workbooks", |b| {
        b.iter(|| convene::format::summary::summary(black_box(&cohort), &pack).len())
    });
    group.bench_function("csv 1000 workbooks", |b| {
        b.iter(|| convene::format::csv::csv(black_box(&cohort), &pack).len())
    });
    group.finish();
}

fn review_state(pack: &convene::content::Pack, cohort: convene::workbook::cohort::Cohort) -> State {
    let notes = vec![Ok(Default::default()); cohort.workbooks.len()];
    State::new(pack.clone(), cohort, notes)
}

fn draw(state: &State) -> usize {
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| {
        convene::ui::review::render(state, f);
    })
    .unwrap();
    t.backend().buffer().content.len()
}

criterion_group!(benches, bench);
criterion_main!(benches);
