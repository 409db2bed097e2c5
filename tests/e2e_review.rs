//! End-to-end: `convene review` in a pseudo-terminal over a cohort of three generated
//! workbooks — compare one prompt (every participant's answer on screen), write a note
//! (in the reader, and from compare on the answer under its cursor), quit, and find the
//! note in its sidecar; every participant's file left byte-identical,
//! with the same modification time (issue 6).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;
mod support;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use convene::format::markdown;
use convene::store::notes::load_notes;
use convene::workbook::notes::sidecar_path;
use support::pty::{Pty, keys::*};

/// Three workbooks of the e2e pack, every prompt answered (participant 1 skips some).
fn cohort(dir: &Path) -> Vec<PathBuf> {
    let pack = support::pack();
    (0..3)
        .map(|n| {
            let wb = review_support::filled(&pack, n, if n == 1 { 3 } else { 0 });
            let path = dir.join(format!("participant-{n}.md"));
            std::fs::write(&path, markdown::write(&wb, &pack)).unwrap();
            path
        })
        .collect()
}

fn snapshot(paths: &[PathBuf]) -> Vec<(Vec<u8>, SystemTime)> {
    paths
        .iter()
        .map(|p| {
            (
                std::fs::read(p).unwrap(),
                std::fs::metadata(p).unwrap().modified().unwrap(),
            )
        })
        .collect()
}

fn review(dir: &Path) -> Pty {
    let folder = dir.to_str().unwrap();
    Pty::spawn(
        &["review", folder, "--content", &support::pack_dir()],
        dir,
        100,
        30,
    )
}

#[test]
fn compare_a_prompt_write_a_note_quit_and_find_the_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let paths = cohort(dir.path());
    let before = snapshot(&paths);
    let mut t = review(dir.path());
    t.wait_for("Participant 2", 20);
    let screen = t.screen();
    assert!(screen.contains("3 of 3 workbook(s)"), "{screen}");

    // Compare: pick "Name the hub?" by searching for it.
    t.send(b"c");
    t.wait_for("Compare which prompt?", 10);
    t.type_text("name the hub");
    t.send(ENTER);
    t.wait_for("A line from 2, with a comma", 10);
    let screen = t.screen();
    for n in 0..3 {
        assert!(
            screen.contains(&format!("A line from {n}, with a comma")),
            "participant {n}'s answer on screen:\n{screen}"
        );
        assert!(screen.contains(&format!("Participant {n}")), "{screen}");
    }

    // Back to the list, read participant 0, and write a note on the first prompt.
    t.send(b"\x1b");
    t.wait_for("sort: name", 10);
    t.send(ENTER);
    t.wait_for("1. Name the hub?", 10);
    t.send(b"n");
    t.wait_for("Note for Participant 0 on this prompt", 10);
    t.type_text("A clear name: say who it is for.");
    t.wait_for("say who it is for.", 10);
    t.send(b"\x1b");
    t.wait_for("Note saved in", 10);
    t.wait_for("✎ Coach's note (a coach, ", 10);
    t.send(b"q");
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    t.assert_restored(10);

    let sidecar = sidecar_path(&paths[0]);
    let text = std::fs::read_to_string(&sidecar)
        .unwrap_or_else(|e| panic!("no sidecar at {}: {e}", sidecar.display()));
    assert!(text.contains("A clear name: say who it is for."), "{text}");
    let notes = load_notes(&paths[0])
        .unwrap()
        .expect("notes beside participant 0");
    assert_eq!(
        notes.texts(Some("basics.name")),
        ["A clear name: say who it is for."]
    );
    assert!(!sidecar_path(&paths[1]).exists(), "no notes for the others");
    assert_eq!(snapshot(&paths), before, "participants' files untouched");
}

#[test]
fn a_note_written_from_compare_lands_in_that_participants_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let paths = cohort(dir.path());
    let before = snapshot(&paths);
    let mut t = review(dir.path());
    t.wait_for("Participant 2", 20);
    t.send(b"c");
    t.wait_for("Compare which prompt?", 10);
    t.type_text("tell the story");
    t.send(ENTER);
    t.wait_for("▶ Participant 0", 10);
    // The cursor down to participant 1, and a note on their answer.
    t.send(DOWN);
    t.wait_for("▶ Participant 1", 10);
    t.send(b"n");
    t.wait_for("Note for Participant 1 on this prompt", 10);
    t.type_text("Written from compare.");
    t.wait_for("Written from compare.", 10);
    t.send(b"\x1b");
    t.wait_for("Note saved in", 10);
    let screen = t.screen();
    assert!(
        screen.contains("✎ Coach's note (a coach, ") && screen.contains("Written from compare."),
        "the note under the answer at once:\n{screen}"
    );
    // Enter reads participant 1 at this prompt; Esc comes back to compare on them.
    t.send(ENTER);
    t.wait_for("▶ 2. Tell the story?", 10);
    assert!(t.screen().contains("Participant 1 —"), "{}", t.screen());
    t.send(b"\x1b");
    t.wait_for("▶ Participant 1", 10);
    t.send(b"q");
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    t.assert_restored(10);

    let notes = load_notes(&paths[1])
        .unwrap()
        .expect("notes beside participant 1");
    assert_eq!(notes.texts(Some("basics.story")), ["Written from compare."]);
    assert!(!sidecar_path(&paths[0]).exists(), "no notes for the others");
    assert!(!sidecar_path(&paths[2]).exists(), "no notes for the others");
    assert_eq!(snapshot(&paths), before, "participants' files untouched");
}

#[test]
fn reviewing_and_moving_about_leaves_every_file_byte_identical_and_notes_show_again() {
    let dir = tempfile::tempdir().unwrap();
    let paths = cohort(dir.path());
    let before = snapshot(&paths);
    // A note from an earlier review shows under its prompt.
    let mut notes = convene::workbook::notes::CoachNotes::default();
    notes.prompts.insert(
        "basics.name".into(),
        vec![convene::workbook::notes::Note::new("", "Seen last week")],
    );
    convene::store::notes::save_notes(&paths[1], &notes).unwrap();
    let mut t = review(dir.path());
    t.wait_for("Participant 2", 20);
    t.keys(&[b"s", b"s", b"f", b"f", b"f", b"f", b"f", b"f", DOWN, ENTER]);
    t.wait_for("Seen last week", 10);
    t.keys(&[
        DOWN, DOWN, TAB, PAGE_DOWN, PAGE_UP, SHIFT_TAB, b"c", DOWN, ENTER,
    ]);
    t.wait_for("answered", 10);
    t.keys(&[RIGHT, RIGHT, b"\x1b", b"\x1b", b"/"]);
    t.type_text("GP practices");
    t.wait_for("\"GP practices\"", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    t.assert_restored(10);
    assert_eq!(snapshot(&paths), before, "participants' files untouched");
}

#[test]
fn notes_that_cannot_be_read_are_listed_and_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let paths = cohort(dir.path());
    let sidecar = sidecar_path(&paths[0]);
    let garbage = b"\xff\xfe not notes \0".to_vec();
    std::fs::write(&sidecar, &garbage).unwrap();
    let mut t = review(dir.path());
    t.wait_for("coach's notes not read", 20);
    t.send(b"n");
    t.wait_for("left alone", 10);
    let screen = t.screen();
    assert!(
        !screen.contains("Note for Participant 0"),
        "no editor:\n{screen}"
    );
    t.send(b"q");
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    assert_eq!(std::fs::read(&sidecar).unwrap(), garbage);
}

/// Notes are saved on a thread of their own; quitting at once, before any save is back,
/// waits for every one of them: review states set with `r` on two workbooks then `q`, and
/// (another time) a note closed by Ctrl-Q after a review state, each sent in one burst, are
/// all in their sidecars.
#[test]
fn quitting_at_once_waits_for_every_save_on_its_way() {
    use convene::workbook::notes::ReviewState;
    let dir = tempfile::tempdir().unwrap();
    let paths = cohort(dir.path());
    let states = |paths: &[PathBuf]| -> Vec<ReviewState> {
        paths
            .iter()
            .map(|p| load_notes(p).unwrap().map(|n| n.state).unwrap_or_default())
            .collect()
    };
    let mut t = review(dir.path());
    t.wait_for("Participant 2", 20);
    let mut burst = b"r".to_vec();
    burst.extend_from_slice(DOWN);
    burst.extend_from_slice(b"rq");
    t.send(&burst);
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    t.assert_restored(10);
    assert_eq!(
        states(&paths),
        [
            ReviewState::Reviewed,
            ReviewState::Reviewed,
            ReviewState::NotReviewed
        ]
    );
    let mut t = review(dir.path());
    t.wait_for("Participant 2", 20);
    let mut burst = DOWN.to_vec();
    burst.extend_from_slice(DOWN);
    burst.extend_from_slice(b"rNLast word");
    burst.extend_from_slice(CTRL_Q);
    t.send(&burst);
    assert_eq!(t.wait_exit(20), 0, "screen:\n{}", t.screen());
    t.assert_restored(10);
    let notes = load_notes(&paths[2])
        .unwrap()
        .expect("notes beside participant 2");
    assert_eq!(notes.texts(None), ["Last word"]);
    assert_eq!(notes.state, ReviewState::Reviewed);
}
