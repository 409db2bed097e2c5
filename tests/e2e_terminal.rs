//! End-to-end: what the terminal throws at convene besides keys — a paste, a click, a window made
//! tiny and large again, escape sequences inside answers — arrives as text and never breaks
//! the screen (issue 4).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::pty::{Pty, keys::*};
use support::{make_workbook, read_from_disk, text_answer};

fn paste(t: &mut Pty, text: &str) {
    t.send(format!("\x1b[200~{text}\x1b[201~").as_bytes());
}

#[test]
fn a_paste_is_text_never_keys() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Paste", 100, 30);
    t.wait_for("Name the hub?", 20);
    // In a one-line answer, line breaks become spaces; Tab and Ctrl-Q inside a paste
    // are not keys.
    paste(&mut t, "pasted\none\tline\x11");
    t.send(TAB);
    // In a long answer, line breaks stay.
    paste(&mut t, "para one\n\npara two");
    t.wait_for("para two", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("pasted one\tline")
    );
    assert_eq!(
        text_answer(&wb, "basics.story").as_deref(),
        Some("para one\n\npara two")
    );
}

#[test]
fn a_tiny_window_and_back_keeps_working() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Resize", 100, 30);
    t.wait_for("Name the hub?", 20);
    for (cols, rows) in [(20, 5), (1, 1), (40, 10)] {
        t.resize(cols, rows);
        t.type_text("x");
        // Still alive and drawing something.
        t.wait_until("a redraw at the small size", 10, |s| !s.trim().is_empty());
    }
    t.resize(100, 30);
    // The header says "N of M answered" only at 60 columns or more: the app has redrawn.
    t.wait_for("answered", 10);
    // A key typed in the same instant as a resize can wait in crossterm until the next key
    // arrives (its event source returns the resize and leaves the edge-triggered input
    // unread); it is delayed, never lost. One more key brings every earlier one through.
    t.type_text("x");
    t.wait_for("xxxx", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(text_answer(&wb, "basics.name").as_deref(), Some("xxxx"));
}

#[test]
fn a_large_paste_arrives_whole() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Big paste", 100, 30);
    t.wait_for("Name the hub?", 20);
    t.send(TAB);
    // About 100 KB, more than a terminal's input buffer holds at once.
    let big: String = (0..2000)
        .map(|i| format!("line {i} of a long pasted answer, with some words\n"))
        .collect();
    paste(&mut t, &big);
    t.wait_for("line 1999 of", 20);
    t.type_text("END");
    t.wait_for("END", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.story"),
        Some(format!("{big}END")),
        "the whole paste, in order"
    );
}

#[test]
fn escape_sequences_in_a_workbook_are_shown_not_obeyed() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Hostile");
    // Someone's workbook whose answers hold terminal commands: leave the full screen,
    // clear it, hide the cursor, set the window title.
    let mut wb = read_from_disk(&path);
    wb.answers.insert(
        "basics.name".into(),
        convene::workbook::Answer::Text("a\x1b[?1049l\x1b[2J\x1b[?25l\x1b]2;pwned\x07 END".into()),
    );
    std::fs::write(
        &path,
        convene::format::markdown::write(&wb, &support::pack()),
    )
    .unwrap();
    let mut t = support::open_path_in_pty(data.path(), &path, 100, 30);
    t.wait_for("Name the hub?", 20);
    t.wait_for("END", 10);
    assert!(
        t.in_alternate_screen(),
        "still in the full screen:\n{}",
        t.screen()
    );
    assert!(t.screen().contains("Tell the story?"), "not cleared");
    // Shown as an answer (not in the editor) too.
    t.send(TAB);
    t.wait_for("END", 10);
    assert!(
        t.in_alternate_screen(),
        "still in the full screen:\n{}",
        t.screen()
    );
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    // Shown, not dropped: the answer itself is untouched.
    let after = read_from_disk(&path);
    assert_eq!(
        after.answers.get("basics.name"),
        wb.answers.get("basics.name")
    );
}

/// The 1-based column and row where `text` starts on the screen.
fn position_of(t: &Pty, text: &str) -> (usize, usize) {
    let screen = t.screen();
    for (row, line) in screen.lines().enumerate() {
        if let Some(at) = line.find(text) {
            return (line[..at].chars().count() + 1, row + 1);
        }
    }
    panic!("{text:?} is not on the screen:\n{screen}");
}

/// A left click (press and release, SGR mouse reporting) where `text` starts.
fn click(t: &mut Pty, text: &str) {
    let (col, row) = position_of(t, text);
    t.send(format!("\x1b[<0;{col};{row}M\x1b[<0;{col};{row}m").as_bytes());
}

#[test]
fn a_click_focuses_a_question_and_another_picks_an_option() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Mouse", 100, 40);
    t.wait_for("Name the hub?", 20);
    click(&mut t, "Which colour?");
    t.wait_for("( ) Blue", 10);
    click(&mut t, "( ) Blue");
    t.wait_for("(•) Blue", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        wb.answers.get("basics.colour"),
        Some(&convene::workbook::Answer::Choice("blue".into()))
    );
}
