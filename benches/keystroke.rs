#![allow(clippy::unwrap_used)]
//! A keystroke's update + render with a 100 KB answer in a 200×60 terminal (DESIGN §5:
//! < 2 ms at the 99th percentile).

use std::hint::black_box;

use convene::app::{EditKey, Msg, State, update};
use convene::content::{Exercise, Level, Moment, Pack, Prompt, PromptKind, Theme};
use convene::workbook::{Answer, Workbook};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn pack() -> Pack {
    let prompt = |id: &str, kind| Prompt {
        id: id.into(),
        qualified_id: format!("ex.{id}"),
        text: format!("Question {id}?"),
        help: None,
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
        prompts: vec![
            prompt("long", PromptKind::Text { prefill_from: None }),
            prompt("other", PromptKind::Text { prefill_from: None }),
        ],
    };
    let theme = Theme {
        id: "t".into(),
        title: "A theme".into(),
        intro: String::new(),
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

fn bench(c: &mut Criterion) {
    let paragraph = "Convening across boundaries takes patience and a clear call to action. ";
    let long: String = (0..1500)
        .map(|i| {
            if i % 10 == 9 {
                format!("{paragraph}\n")
            } else {
                paragraph.to_string()
            }
        })
        .collect();
    assert!(long.len() >= 100_000);
    for focused in [true, false] {
        let mut wb = Workbook::default();
        wb.answers
            .insert("ex.long".into(), Answer::Text(long.clone()));
        let mut state = State::new(pack(), wb, "bench.md".into());
        if !focused {
            update(&mut state, Msg::NextPrompt);
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let name = if focused {
            "keystroke_in_100kb_answer"
        } else {
            "keystroke_beside_100kb_answer"
        };
        if focused {
            c.bench_function("update_only_in_100kb_answer", |b| {
                b.iter(|| {
                    update(&mut state, Msg::Edit(EditKey::Char('x')));
                    update(&mut state, Msg::Edit(EditKey::Backspace));
                })
            });
            c.bench_function("render_only_in_100kb_answer", |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| convene::ui::render(black_box(&state), f))
                        .unwrap();
                })
            });
        }
        c.bench_function(name, |b| {
            b.iter(|| {
                update(&mut state, Msg::Edit(EditKey::Char('x')));
                update(&mut state, Msg::Edit(EditKey::Backspace));
                terminal
                    .draw(|f| convene::ui::render(black_box(&state), f))
                    .unwrap();
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
