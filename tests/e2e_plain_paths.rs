//! End-to-end in a real terminal at 80×24, in plain mode: `convene --plain new` asks for the
//! initiative's name, then which path to follow, by number (a wrong number is said and asked
//! again); the core path's start says the time left; an answer is given; `:path full`
//! widens to the whole workbook; after `:quit` the file records the wider path and keeps the
//! answer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use convene::workbook::Answer;
use support::pty::{Pty, keys::*};

fn line(t: &mut Pty, text: &str) {
    t.type_text(text);
    t.send(ENTER);
}

#[test]
fn choosing_a_path_in_plain_mode_in_a_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(&["--plain", "new"], data.path(), 80, 24);
    t.wait_for("What is your initiative called?", 20);
    line(&mut t, "Falls hub");
    t.wait_for("Which path will you follow? Type its number.", 10);
    t.wait_for("1. Core, before a session: 8 exercises", 5);
    line(&mut t, "7");
    t.wait_for("There is no path \"7\".", 10);
    line(&mut t, "1");
    // The start of the path has scrolled past; its last lines say the time left.
    t.wait_for("minutes of your path left.", 10);
    t.wait_for("(before-you-start.readers)", 10);
    line(&mut t, "1");
    line(&mut t, ":path full");
    t.wait_for("Path: The whole workbook (41 exercises", 10);
    line(&mut t, ":quit");
    assert_eq!(t.wait_exit(20), 0, "{}", t.screen());

    let files: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let wb = convene::format::markdown::read(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(wb.meta.path, "full");
    assert_eq!(
        wb.answers.get("before-you-start.readers"),
        Some(&Answer::Choices(vec!["coach".into()]))
    );
}
