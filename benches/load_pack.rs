//! Benchmark: load and validate the built-in pack (parse every file, build the position
//! indexes, check every reference), and a larger fixture pack from memory.

use std::hint::black_box;
use std::path::Path;

use convene::content::{load_builtin, load_files};
use criterion::{Criterion, criterion_group, criterion_main};

fn fixture(name: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/packs/valid")
        .join(name);
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                files.push((entry.file_name().to_string_lossy().into_owned(), bytes));
            }
        }
    }
    files
}

fn bench(c: &mut Criterion) {
    c.bench_function("load_builtin", |b| {
        b.iter(|| black_box(load_builtin().is_ok()))
    });
    let full = fixture("full");
    c.bench_function("load_files full fixture", |b| {
        b.iter(|| black_box(load_files(black_box(&full)).is_ok()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
