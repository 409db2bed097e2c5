#![allow(clippy::unwrap_used)]
//! A keystroke's update + render with a 100 KB answer in a 200×60 terminal (DESIGN §5:
//! < 2 ms at the 99th percentile), and the first frame of a full workbook (< 50 ms).
//! Besides criterion's figures, prints the p50/p99/max of single keystrokes timed one by
//! one. Run with `cargo bench --bench keystroke -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use convene::app::{EditKey, Msg, State, update};
use convene::content::{
    Exercise, Level, Moment, Options, Pack, Prompt, PromptKind, Rows, Scale, Theme,
};
use convene::workbook::{Answer, Fields, Item, Row, Workbook};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn pack() -> Pack {
    let prompt = |id: &str, kind| Prompt {
        id: id.into(),
        qualified_id: format!("ex.{id}"),
        text: format!("Question {id}?").into(),
        help: None,
        optional: false,
        was: None,
        names_initiative: false,
        kind,
    };
    let exercise = Exercise {
        id: "ex".into(),
        title: "An exercise".into(),
        level: Level::Today,
        moment: Moment::Any,
        purpose: "A purpose.".into(),
        guidance: "Some *guidance*.\n\n- a\n- b".into(),
        source: None,
        paths: Vec::new(),
        minutes: None,
        prompts: vec![
            prompt("long", PromptKind::Text { prefill_from: None }),
            prompt("other", PromptKind::Text { prefill_from: None }),
        ],
    };
    let theme = Theme {
        id: "t".into(),
        title: "A theme".into(),
        intro: "".into(),
        exercises: vec![exercise],
    };
    Pack::new(
        "b".into(),
        "1".into(),
        "Bench".into(),
        String::new(),
        String::new(),
        vec![theme],
    )
}

/// About 100 KB of prose: paragraphs of ten sentences, or one paragraph with no line break.
fn long_answer(breaks: bool) -> String {
    let sentence = "Convening across boundaries takes patience and a clear call to action. ";
    let long: String = (0..1500)
        .map(|i| {
            if breaks && i % 10 == 9 {
                format!("{sentence}\n")
            } else {
                sentence.to_string()
            }
        })
        .collect();
    assert!(long.len() >= 100_000);
    long
}

/// A state focused on the long answer (or the prompt after it), the cursor in the middle of
/// the text, drawn once so the editor knows its width.
fn focused_state(long: &str, focused: bool, terminal: &mut Terminal<TestBackend>) -> State {
    let mut wb = Workbook::default();
    wb.answers
        .insert("ex.long".into(), Answer::Text(long.to_string()));
    let mut state = State::new(pack(), wb, "bench.md".into());
    if focused {
        let lines = long.split('\n').count();
        for _ in 0..lines / 2 {
            update(&mut state, Msg::Edit(EditKey::Up));
        }
        for _ in 0..40 {
            update(&mut state, Msg::Edit(EditKey::WordLeft));
        }
    } else {
        update(&mut state, Msg::NextPrompt);
    }
    frame(&mut state, terminal);
    state
}

/// One frame as the terminal loop draws it: render, then what was drawn back to `update`.
fn frame(state: &mut State, terminal: &mut Terminal<TestBackend>) {
    let mut drawn = convene::app::Layout::default();
    terminal
        .draw(|f| drawn = convene::ui::render(black_box(state), f))
        .unwrap();
    update(state, Msg::Drawn(drawn));
}

/// One keystroke: a character typed, or (every other time) taken back with Backspace.
fn keystroke(state: &mut State, terminal: &mut Terminal<TestBackend>, i: usize) {
    let key = if i.is_multiple_of(2) {
        EditKey::Char('x')
    } else {
        EditKey::Backspace
    };
    update(state, Msg::Edit(key));
    frame(state, terminal);
}

/// Times `n` single keystrokes one by one and prints their distribution.
fn percentiles(name: &str, state: &mut State, terminal: &mut Terminal<TestBackend>) {
    let n = 2000;
    let mut times: Vec<Duration> = (0..n)
        .map(|i| {
            let t = Instant::now();
            keystroke(state, terminal, i);
            t.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((n as f64 * q) as usize).min(n - 1)];
    println!(
        "{name}: {n} single keystrokes: p50 {:?}  p99 {:?}  max {:?}",
        at(0.5),
        at(0.99),
        times[n - 1]
    );
}

/// Every prompt of `pack` answered: texts with a paragraph, lists with six items, the
/// first option or level chosen, grid and quadrant rows present.
fn full_workbook(pack: &Pack) -> Workbook {
    let items: Vec<String> = (0..6).map(|i| format!("Item {i}")).collect();
    let text = long_answer(true)[..2000].to_string();
    let mut wb = Workbook::default();
    for theme in &pack.themes {
        for ex in &theme.exercises {
            for p in &ex.prompts {
                let first = |o: &Options| match o {
                    Options::Fixed(opts) => opts[0].id.clone(),
                    Options::FromLists(_) => items[0].clone(),
                };
                let rows = |r: &Rows| -> Vec<Row> {
                    let keys: Vec<String> = match r {
                        Rows::Fixed(opts) => opts.iter().map(|o| o.id.clone()).collect(),
                        _ => items.clone(),
                    };
                    keys.into_iter()
                        .map(|key| Row {
                            key,
                            cells: Fields::new(),
                            skipped: false,
                        })
                        .collect()
                };
                let answer = match &p.kind {
                    PromptKind::Line { .. } => Answer::Text("A line.".into()),
                    PromptKind::Text { .. } => Answer::Text(text.clone()),
                    PromptKind::List { .. } => Answer::List(
                        items
                            .iter()
                            .map(|t| Item {
                                text: t.clone(),
                                fields: Fields::new(),
                            })
                            .collect(),
                    ),
                    PromptKind::Choice { options } => Answer::Choice(first(options)),
                    PromptKind::MultiChoice { options, .. } | PromptKind::Ranking { options } => {
                        Answer::Choices(vec![first(options)])
                    }
                    PromptKind::Scale(Scale::Numeric(n)) => Answer::Number(n.min),
                    PromptKind::Scale(Scale::Levels(l)) => Answer::Choice(l[0].id.clone()),
                    PromptKind::Grid { rows: r, .. } | PromptKind::Quadrant { rows: r, .. } => {
                        Answer::Grid(rows(r))
                    }
                };
                wb.answers.insert(p.qualified_id.clone(), answer);
            }
        }
    }
    wb
}

fn bench(c: &mut Criterion) {
    for (name, long) in [
        ("100kb_answer", long_answer(true)),
        ("100kb_one_paragraph", long_answer(false)),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut state = focused_state(&long, true, &mut terminal);
        percentiles(&format!("keystroke_in_{name}"), &mut state, &mut terminal);
        let mut i = 0;
        c.bench_function(&format!("keystroke_in_{name}"), |b| {
            b.iter(|| {
                keystroke(&mut state, &mut terminal, i);
                i += 1;
            })
        });
        c.bench_function(&format!("render_only_in_{name}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        convene::ui::render(black_box(&state), f);
                    })
                    .unwrap();
            })
        });
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut state = focused_state(&long_answer(true), false, &mut terminal);
    let mut i = 0;
    c.bench_function("keystroke_beside_100kb_answer", |b| {
        b.iter(|| {
            keystroke(&mut state, &mut terminal, i);
            i += 1;
        })
    });

    map_screen(c);

    let pack = convene::content::load_builtin().unwrap();
    let wb = full_workbook(&pack);
    c.bench_function("first_frame_full_workbook", |b| {
        b.iter(|| {
            let pack = convene::content::load_builtin().unwrap();
            let state = State::new(pack, black_box(wb.clone()), "full.md".into());
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal
                .draw(|f| {
                    convene::ui::render(black_box(&state), f);
                })
                .unwrap();
        })
    });
}

/// The Map screen (F3) open over a full workbook: a key (scrolling, every fourth one a
/// change of tab) and the frame, which recomputes the map from the answers. And the drawing
/// alone of each tab of a realistic hand-made map.
fn map_screen(c: &mut Criterion) {
    let pack = convene::content::load_builtin().unwrap();
    let mut wb = full_workbook(&pack);
    if let Some(first) = pack.themes[0].exercises[0].prompts.first() {
        wb.answers
            .insert(first.qualified_id.clone(), Answer::Text(long_answer(true)));
    }
    let mut state = State::new(pack, wb, "full.md".into());
    update(&mut state, Msg::OpenMap);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut i = 0usize;
    let mut key = |state: &mut State, terminal: &mut Terminal<TestBackend>| {
        let msg = match i % 4 {
            0 => Msg::NextPrompt,
            1 | 2 => Msg::Edit(EditKey::Down),
            _ => Msg::Edit(EditKey::Up),
        };
        i += 1;
        update(state, msg);
        frame(state, terminal);
    };
    let n = 1000;
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            key(&mut state, &mut terminal);
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "key_on_map_screen: {n} keys: p50 {:?}  p99 {:?}  max {:?}",
        times[n / 2],
        times[n * 99 / 100],
        times[n - 1]
    );
    c.bench_function("key_on_map_screen_full_workbook", |b| {
        b.iter(|| key(&mut state, &mut terminal))
    });
    let map = convene::ui::map::fixture::map();
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    for tab in 0..=map.pictures.len() {
        c.bench_function(&format!("render_map_tab_{tab}_200x60"), |b| {
            b.iter(|| {
                let mut buf = ratatui::buffer::Buffer::empty(area);
                let view = convene::app::MapView { tab, scroll: 0 };
                convene::ui::map::render_map(&mut buf, area, black_box(&map), &view, true);
                buf
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
