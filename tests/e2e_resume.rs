//! End-to-end (issue 19, point 3): reopening a workbook resumes where the participant was,
//! both with `convene open` and from the home screen, and a workbook never saved with a
//! place resumes at its first unanswered question. Leaving says where the file is
//! (point 6).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::Path;

use support::pty::{Pty, keys::*};
use support::{make_workbook, read_from_disk, wait_on_disk};

/// Whether the focused question (marked `▶`) is the one with this text.
fn focused_on(t: &Pty, question: &str) {
    t.wait_until(&format!("focus on {question}"), 20, |screen| {
        screen
            .lines()
            .any(|l| l.contains('▶') && l.contains(question))
    });
}

fn open(path: &Path, data: &Path) -> Pty {
    support::open_path_in_pty(data, path, 100, 40)
}

/// Ctrl-Q; leaving says where the file is.
fn quit(t: &mut Pty) {
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    t.wait_for("Your workbook is saved in /", 10);
}

#[test]
fn reopening_resumes_where_the_participant_was() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Resume hub");

    // A new workbook: the first question.
    let mut t = open(&path, data.path());
    focused_on(&t, "Name the hub?");
    t.type_text("Falls hub");
    t.wait_for("Falls hub", 10);
    // On to the fourth question (a choice), pick an option, and leave.
    t.keys(&[TAB, TAB, TAB]);
    focused_on(&t, "Which colour?");
    t.send(b"2");
    t.send(CTRL_S);
    wait_on_disk(&path, 15, "the place", |wb| {
        wb.meta.place == "basics.colour"
    });
    quit(&mut t);

    // `convene open`: back at that question.
    let mut t = open(&path, data.path());
    focused_on(&t, "Which colour?");
    quit(&mut t);

    // The home screen, then Enter: the same.
    let mut t = Pty::spawn(&["--content", &support::pack_dir()], data.path(), 100, 40);
    t.wait_for("Resume hub", 20);
    t.send(ENTER);
    focused_on(&t, "Which colour?");
    quit(&mut t);
}

#[test]
fn without_a_place_it_resumes_at_the_first_unanswered_question() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "No place");
    let mut t = open(&path, data.path());
    t.type_text("Named");
    t.wait_for("Named", 10);
    quit(&mut t);
    // A file from before places were kept (or with the line removed by hand).
    let text = std::fs::read_to_string(&path).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("place:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, text).unwrap();
    assert_eq!(read_from_disk(&path).meta.place, "");
    let mut t = open(&path, data.path());
    focused_on(&t, "Tell the story?");
    quit(&mut t);
}
