//! After a conflict (issue 16, point 8): when someone else changes the workbook while it is
//! open, the answers go to a copy beside it — and the participant is told so plainly, with
//! the full path, when they quit and the next time they open the workbook, where Enter
//! opens the copy. Plain mode says the same in its lines.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;
mod support;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use support::pty::{Pty, keys::*};
use support::{make_workbook, open_path_in_pty, text_answer};

/// The tests of this file one at a time. `workbook_with_a_copy` holds a workbook's OS lock
/// in this process; a child started by another test at that moment inherits the lock's file
/// descriptors between its fork and its exec, and can hold the lock just long enough for the
/// next convene to find the workbook "open in another convene".
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// A workbook and a copy of it saved after a real conflict (the file changed on disk while
/// a session had it open), holding `typed`.
fn workbook_with_a_copy(dir: &Path, typed: &str) -> (PathBuf, PathBuf) {
    let path = make_workbook(dir, "Conflicts");
    let pack = support::pack();
    let (mut session, mut wb) = convene::store::open_workbook(&path, &pack).unwrap();
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Tester", "Someone else");
    std::fs::write(&path, theirs).unwrap();
    wb.answers.insert(
        "basics.name".into(),
        convene::workbook::Answer::Text(typed.into()),
    );
    let copy = match convene::store::save_workbook(&mut session, &mut wb, &pack).unwrap() {
        convene::store::SaveOutcome::SavedAside(copy) => copy,
        other => panic!("expected a conflict, got {other:?}"),
    };
    (path, copy)
}

/// The screen with its rows joined (a long path may run over a row's end).
fn joined(t: &Pty) -> String {
    t.screen().replace('\n', "")
}

#[test]
fn quitting_after_a_conflict_says_where_the_answers_are() {
    let _serial = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Conflicts");
    let mut t = open_path_in_pty(data.path(), &path, 160, 40);
    t.wait_for("Name the hub?", 20);
    // Someone else saves the file while it is open; then the participant types and quits.
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Tester", "Someone else");
    std::fs::write(&path, &theirs).unwrap();
    t.type_text("mine");
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let copies = convene::store::conflict_copies(&path);
    assert_eq!(copies.len(), 1, "{copies:?}");
    let screen = joined(&t);
    assert!(
        screen.contains(&copies[0].display().to_string()),
        "{screen}"
    );
    assert!(screen.contains("convene open"), "{screen}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
}

#[test]
fn the_next_open_says_so_and_enter_opens_the_copy() {
    let _serial = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let (path, copy) = workbook_with_a_copy(data.path(), "in the copy");
    let mut t = open_path_in_pty(data.path(), &path, 160, 40);
    t.wait_until("the notice", 20, |s| {
        s.replace('\n', "").contains(&copy.display().to_string())
    });
    t.send(ENTER);
    // The copy is open now: what is typed goes there.
    t.wait_for("in the copy", 20);
    t.type_text(", and more");
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    let wb = support::read_from_disk(&copy);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("in the copy, and more")
    );
    assert_eq!(
        text_answer(&support::read_from_disk(&path), "basics.name"),
        None
    );
    // Esc stays on the workbook.
    let mut t = open_path_in_pty(data.path(), &path, 160, 40);
    t.wait_until("the notice", 20, |s| {
        s.replace('\n', "").contains(&copy.display().to_string())
    });
    t.send(ESC);
    t.type_text("in the workbook");
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    assert_eq!(
        text_answer(&support::read_from_disk(&path), "basics.name").as_deref(),
        Some("in the workbook")
    );
}

#[test]
fn plain_mode_says_there_is_a_copy() {
    let _serial = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let (path, copy) = workbook_with_a_copy(data.path(), "in the copy");
    let pack = support::pack_dir();
    let out = cli_support::run_ok(
        data.path(),
        &pack,
        &["--plain", "open", path.to_str().unwrap()],
        ":quit\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&copy.display().to_string()), "{text}");
    assert!(text.contains("convene --plain open"), "{text}");
}
