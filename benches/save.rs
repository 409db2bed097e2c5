//! A save as the screen's thread feels it (issue 17, point 5): before, the thread that took
//! the keys stamped, rendered and wrote the workbook itself; now it copies the workbook and
//! hands the copy to the saver thread. Measured on the full example workbook of the built-in
//! pack and on the same workbook with a 100 KB answer, in a temp folder. Prints, per save,
//! the median and worst time the calling thread spent, and what the alternatives cost:
//! sending the rendered Markdown instead of the workbook (rendering on the screen's thread).
//! Run with `cargo bench --bench save` (env `SAVE_ROUNDS`, default 200).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use convene::content::{Pack, load_builtin};
use convene::format::markdown;
use convene::store::saver::Saver;
use convene::store::{self, Session};
use convene::workbook::{Answer, Workbook};

fn example() -> (Pack, Workbook) {
    let pack = load_builtin().unwrap();
    let text = include_str!("../examples/steady-at-home-falls-prevention.md");
    let wb = markdown::read_to_edit(text, &pack).unwrap();
    (pack, wb)
}

fn with_big_answer(mut wb: Workbook) -> Workbook {
    let id = wb
        .answers
        .iter()
        .find(|(_, a)| matches!(a, Answer::Text(_)))
        .map(|(id, _)| id.clone())
        .unwrap();
    let para = "We met the GP federation and the patients' forum again; the talk moved \
                from who owns the pathway to what each side could learn.\n\n";
    let text = para.repeat(100_000 / para.len());
    wb.answers.insert(id, Answer::Text(text));
    wb
}

struct Times(Vec<Duration>);

impl Times {
    fn say(&mut self, what: &str) -> Duration {
        self.0.sort();
        let median = self.0[self.0.len() / 2];
        let worst = *self.0.last().unwrap();
        println!("  {what:<58} median {median:>10.1?}  worst {worst:>10.1?}");
        median
    }
}

fn time(rounds: usize, mut f: impl FnMut(usize)) -> Times {
    Times(
        (0..rounds)
            .map(|n| {
                let start = Instant::now();
                f(n);
                start.elapsed()
            })
            .collect(),
    )
}

fn measure(label: &str, pack: &Pack, wb: &Workbook, rounds: usize) {
    let dir = tempfile::tempdir().unwrap();
    let size = markdown::write(wb, pack).len();
    println!(
        "{label} ({} KB file), {rounds} saves each, interleaved:",
        size / 1024
    );
    // The two snapshots the screen's thread could send.
    let copy = time(rounds, |_| drop(std::hint::black_box(wb.clone())))
        .say("snapshot as the workbook (a copy)");
    let render = time(rounds, |_| {
        drop(std::hint::black_box(markdown::write(wb, pack)));
    })
    .say("snapshot as the rendered Markdown");
    // Before: the screen's thread stamps, renders and writes (as `Persist::save` did there).
    // After: it copies and sends; the saver writes beside it. One round of each in turn.
    let start_file =
        |name: &str| Session::create(&dir.path().join(name), &markdown::write(wb, pack)).unwrap();
    let mut inline = start_file("before.md");
    let beside = start_file("after.md");
    let mut edited = wb.clone();
    let (mut before, mut after) = (Times(Vec::new()), Times(Vec::new()));
    std::thread::scope(|scope| {
        let mut session = beside;
        let mut saver = Saver::new(
            scope,
            move |mut copy: Workbook| store::save_workbook(&mut session, &mut copy, pack).is_ok(),
            |_| false,
            || {},
        );
        for n in 0..rounds {
            edited.meta.place = format!("p{n}");
            let start = Instant::now();
            let mut copy = edited.clone();
            store::save_workbook(&mut inline, &mut copy, pack).unwrap();
            before.0.push(start.elapsed());
            let start = Instant::now();
            saver.send(edited.clone());
            after.0.push(start.elapsed());
            // One save at a time, as at the screen's pace: the next key comes later.
            assert_eq!(saver.wait_last(), Some(true));
        }
    });
    let before = before.say("before: save on the screen's thread (copy, render, write)");
    let after = after.say("after: copy and send to the saver thread");
    println!(
        "  the screen's thread per save: after / before = {:.4}; copy / render = {:.3}\n",
        after.as_secs_f64() / before.as_secs_f64(),
        copy.as_secs_f64() / render.as_secs_f64()
    );
}

fn main() {
    let rounds = std::env::var("SAVE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let (pack, wb) = example();
    measure("the full example", &pack, &wb, rounds);
    measure("with a 100 KB answer", &pack, &with_big_answer(wb), rounds);
}
