//! End-to-end: a workbook whose coach's notes file sits beside it opens in a pseudo-terminal
//! with the notes on screen; a notes file that cannot be read leaves the workbook usable and
//! says why on the status line; the home screen does not list a notes file (issue 6).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use convene::store::notes::save_notes;
use convene::workbook::notes::{CoachNotes, Note, sidecar_path};
use support::pty::{Pty, keys::*};
use support::{make_workbook, open_path_in_pty, read_from_disk, text_answer};

fn notes() -> CoachNotes {
    let mut n = CoachNotes {
        general: vec![Note::new("Jo", "Thank you for this, a good start.")],
        ..CoachNotes::default()
    };
    n.prompts.insert(
        "basics.name".into(),
        vec![Note::new("Jo", "Is this \u{1b}[2Jthe name others use?")],
    );
    n.prompts.insert(
        "basics.story".into(),
        vec![Note::new("Jo", "Where did it begin?")],
    );
    n
}

#[test]
fn the_coach_s_notes_are_shown_beside_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = make_workbook(dir.path(), "Notes hub");
    let sidecar = save_notes(&path, &notes()).unwrap();
    let before = std::fs::read(&sidecar).unwrap();

    let mut t = open_path_in_pty(dir.path(), &path, 100, 30);
    t.wait_for("Coach's note on your workbook (Jo, ", 20);
    t.wait_for("Thank you for this, a good start.", 5);
    t.wait_for("Coach's note (Jo, ", 5);
    t.wait_for("Is this ␛[2Jthe name others use?", 5);
    t.wait_for("Where did it begin?", 5);
    // The participant answers as ever; the notes stay the coach's.
    t.type_text("Our hub");
    t.wait_for("Our hub", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    assert_eq!(
        text_answer(&read_from_disk(&path), "basics.name").as_deref(),
        Some("Our hub")
    );
    assert_eq!(
        std::fs::read(&sidecar).unwrap(),
        before,
        "the notes file is never written"
    );
}

#[test]
fn a_notes_file_that_cannot_be_read_is_said_and_the_workbook_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = make_workbook(dir.path(), "Broken notes hub");
    let broken = "---\nconvene: coach-notes\n---\n<!-- convene:note id=\"basics.name\" -->\nhalf\n";
    std::fs::write(sidecar_path(&path), broken).unwrap();

    let mut t = open_path_in_pty(dir.path(), &path, 160, 30);
    t.wait_for("Coach's notes not shown:", 20);
    t.wait_for(
        "workbook.coach.md:4: the note that starts here never ends",
        5,
    );
    t.type_text("Still works");
    t.wait_for("Still works", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    assert_eq!(
        text_answer(&read_from_disk(&path), "basics.name").as_deref(),
        Some("Still works")
    );
    assert_eq!(
        std::fs::read_to_string(sidecar_path(&path)).unwrap(),
        broken
    );
}

#[test]
fn the_home_screen_lists_the_workbook_but_not_its_notes_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = make_workbook(dir.path(), "Listed hub");
    save_notes(&path, &notes()).unwrap();
    let mut t = Pty::spawn(&["--content", &support::pack_dir()], dir.path(), 100, 30);
    t.wait_for("Listed hub", 20);
    let screen = t.screen();
    assert!(!screen.contains("coach"), "{screen}");
    assert!(!screen.contains("could not be read"), "{screen}");
    t.send(ENTER);
    t.wait_for("Coach's note (Jo, ", 20);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
}
