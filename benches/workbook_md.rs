//! Benchmarks of the workbook file: writing a full workbook (budget < 1 ms, measured with the
//! derived map section present: a network, a quadrant chart and bars of 12 rows each, and a
//! read-back) and reading a 1 MB workbook (budget < 20 ms). Run with
//! `cargo bench --bench workbook_md -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/markdown_support/mod.rs"]
mod markdown_support;

use std::collections::BTreeMap;
use std::hint::black_box;

use convene::content::Pack;
use convene::format::markdown::{read, write, write_with_map};
use convene::map::{Map, PictureBody, ReadBackItem};
use convene::workbook::{Answer, Fields, Item, Value, Workbook};
use criterion::{Criterion, criterion_group, criterion_main};
use markdown_support::{STAKEHOLDERS, full_workbook, pack, row, sample_map};

/// The test pack repeated `copies` times (copy 0 keeps its ids; the others are prefixed and
/// still draw their grid rows from copy 0's list): 11 prompts of every kind per copy.
fn big_pack(copies: usize) -> Pack {
    let base = pack();
    let mut themes = Vec::new();
    for n in 0..copies {
        for theme in &base.themes {
            let mut t = theme.clone();
            if n > 0 {
                t.id = format!("{n}-{}", t.id);
                for e in &mut t.exercises {
                    e.id = format!("{n}-{}", e.id);
                    for p in &mut e.prompts {
                        p.qualified_id = format!("{n}-{}", p.qualified_id);
                    }
                }
            }
            themes.push(t);
        }
    }
    Pack::new(
        base.id,
        base.version,
        base.title.to_string(),
        base.description.into_owned(),
        base.attribution.into_owned(),
        themes,
    )
}

fn paragraph(i: usize) -> String {
    format!(
        "Paragraph {i}: we met the *GP federation* and the patients' forum again; the \
         conversation moved from who owns the pathway to what each side could learn. \
         Next: a joint visit, a shared map, and a note to the ICB.\n\n- one point\n- another \
         point\n\n"
    )
}

/// Every prompt of `big_pack(copies)` answered; lists and grids of `rows` rows, stories of
/// `paras` paragraphs.
fn workbook(copies: usize, rows: usize, paras: usize) -> Workbook {
    let base = full_workbook();
    let names: Vec<String> = (0..rows)
        .map(|i| format!("Stakeholder {i} | ward {}", i % 7))
        .collect();
    let mut wb = Workbook {
        meta: base.meta.clone(),
        answers: BTreeMap::new(),
        earlier: Vec::new(),
        own: Vec::new(),
    };
    for n in 0..copies {
        let prefix = if n == 0 {
            String::new()
        } else {
            format!("{n}-")
        };
        for (id, answer) in &base.answers {
            let answer = match answer {
                Answer::Text(_) if id.ends_with("story") => {
                    Answer::Text((0..paras).map(paragraph).collect())
                }
                Answer::List(items) if id == STAKEHOLDERS => Answer::List(
                    names
                        .iter()
                        .map(|n| Item {
                            text: n.clone(),
                            fields: Fields::new(),
                        })
                        .collect(),
                ),
                Answer::List(items) => Answer::List(
                    (0..rows)
                        .map(|i| {
                            let mut item = items[0].clone();
                            item.text = format!("Practice {i}");
                            item
                        })
                        .collect(),
                ),
                Answer::Grid(_) if id.ends_with("place") => Answer::Grid(
                    names
                        .iter()
                        .enumerate()
                        .map(|(i, k)| {
                            row(
                                k,
                                &[
                                    ("power", Value::Number((i % 5) as i64 + 1)),
                                    ("legitimacy", Value::Number((i % 3) as i64 + 2)),
                                ],
                            )
                        })
                        .collect(),
                ),
                other => other.clone(),
            };
            wb.answers.insert(format!("{prefix}{id}"), answer);
        }
    }
    wb
}

/// `sample_map()` grown to `rows` practices, stakeholders and bars, each practice linked to
/// the next, and the read-back quoting a long answer.
fn big_map(rows: usize) -> Map {
    let mut map = sample_map();
    for p in &mut map.pictures {
        match &mut p.body {
            PictureBody::Network(n) => {
                let (node, edge) = (n.nodes[0].clone(), n.edges[0].clone());
                n.nodes = (0..rows)
                    .map(|i| {
                        let mut x = node.clone();
                        x.label = format!("Practice {i} \"{}\"", i % 7);
                        x.group = Some(i % 2);
                        x
                    })
                    .collect();
                n.edges = (1..rows)
                    .map(|i| {
                        let mut e = edge.clone();
                        (e.from, e.to, e.kind) = (i - 1, i, i % 2);
                        e
                    })
                    .collect();
            }
            PictureBody::Quadrant(q) => {
                let point = q.points[0].clone();
                q.points = (0..rows)
                    .map(|i| {
                        let mut x = point.clone();
                        x.label = format!("Stakeholder {i} | ward {}", i % 7);
                        (x.x, x.y) = ((i % 5) as i64 + 1, (i % 3) as i64 + 2);
                        x
                    })
                    .collect();
            }
            PictureBody::Bars(b) => {
                let bar = b.bars[0].clone();
                b.bars = (0..rows)
                    .map(|i| {
                        let mut x = bar.clone();
                        x.label = format!("Practice {i}");
                        x.value = Some((i % 3) as i64 + 1);
                        x
                    })
                    .collect();
            }
        }
    }
    if let Some(rb) = map.read_back.as_mut() {
        rb.sections[2].items.push(ReadBackItem::Answer {
            question: "What will you do in the next 30 days?".into(),
            text: (0..4).map(paragraph).collect(),
        });
    }
    map
}

fn benches(c: &mut Criterion) {
    let pack = big_pack(8);
    let full = workbook(8, 12, 4);
    let md = write(&full, &pack);
    assert_eq!(read(&md).unwrap(), full);
    eprintln!(
        "full workbook: {} prompts, {} answers, {} bytes",
        pack.prompt_count(),
        full.answers.len(),
        md.len()
    );
    c.bench_function("write full workbook", |b| {
        b.iter(|| write(black_box(&full), black_box(&pack)))
    });
    let map = big_map(12);
    let with_map = write_with_map(&full, &pack, &map);
    assert_eq!(read(&with_map).unwrap(), full);
    eprintln!(
        "full workbook with its map: {} bytes ({} in the map section)",
        with_map.len(),
        with_map.len() - md.len()
    );
    c.bench_function("write full workbook with its map", |b| {
        b.iter(|| write_with_map(black_box(&full), black_box(&pack), black_box(&map)))
    });

    let big = workbook(8, 165, 165);
    let big_md = write(&big, &pack);
    assert_eq!(read(&big_md).unwrap(), big);
    eprintln!("large workbook: {} bytes", big_md.len());
    c.bench_function("read 1 MB workbook", |b| {
        b.iter(|| read(black_box(&big_md)))
    });
    c.bench_function("write 1 MB workbook", |b| {
        b.iter(|| write(black_box(&big), black_box(&pack)))
    });
}

criterion_group!(workbook_md, benches);
criterion_main!(workbook_md);
