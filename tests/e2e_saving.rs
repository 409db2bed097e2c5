//! End-to-end: nothing typed is lost when convene is stopped from outside (SIGTERM,
//! SIGHUP, a closed terminal) or simply left alone (autosave), and a second convene on the
//! same file is refused (issue 4).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::Path;

use support::pty::{Pty, keys::*};
use support::{make_workbook, read_from_disk, text_answer, wait_on_disk};

/// Opens `path` in a new terminal and waits for the first question.
fn open(path: &Path, data: &Path) -> Pty {
    let pack = support::pack_dir();
    let t = Pty::spawn(
        &["open", path.to_str().unwrap(), "--content", &pack],
        data,
        100,
        40,
    );
    t.wait_for("Name the hub?", 20);
    t
}

/// Types a line answer and a second line into the long answer, and waits to see them.
fn type_answers(t: &mut Pty, line: &str, story: &str) {
    t.type_text(line);
    t.send(TAB);
    t.type_text(story);
    t.wait_for(story, 10);
}

fn stopped_by_signal_saves(signal: &str) {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Signals");
    let mut t = open(&path, data.path());
    let line = format!("stopped by {signal}");
    type_answers(&mut t, &line, "typed just before");
    t.signal(signal);
    assert_eq!(t.wait_exit(20), 0, "convene exits cleanly on SIG{signal}");
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some(line.as_str())
    );
    assert_eq!(
        text_answer(&wb, "basics.story").as_deref(),
        Some("typed just before")
    );
    // The lock went with the process: the file opens again.
    assert!(convene::store::open_workbook(&path, &support::pack()).is_ok());
}

#[test]
fn sigterm_saves_and_restores_the_terminal() {
    stopped_by_signal_saves("TERM");
}

#[test]
fn sighup_saves_and_restores_the_terminal() {
    stopped_by_signal_saves("HUP");
}

#[test]
fn sigint_saves_and_restores_the_terminal() {
    stopped_by_signal_saves("INT");
}

#[test]
fn closing_the_terminal_saves() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Closed");
    let mut t = open(&path, data.path());
    type_answers(&mut t, "window closed", "still here");
    t.close_terminal();
    t.wait_exit(20);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("window closed")
    );
    // The harness's writer sends Enter (and Ctrl-D) as it closes: a new line in the story.
    let story = text_answer(&wb, "basics.story").unwrap_or_default();
    assert_eq!(story.trim_end(), "still here");
    assert!(convene::store::open_workbook(&path, &support::pack()).is_ok());
}

#[test]
fn answers_reach_the_disk_by_themselves() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Autosave");
    let mut t = open(&path, data.path());
    // No move between prompts, no Ctrl-S: only the autosave can write this.
    t.type_text("left alone");
    t.wait_for("left alone", 10);
    wait_on_disk(&path, 15, "the typed answer", |wb| {
        text_answer(wb, "basics.name").as_deref() == Some("left alone")
    });
    // And again for a later change, while still running.
    t.type_text(" for a while");
    wait_on_disk(&path, 15, "the changed answer", |wb| {
        text_answer(wb, "basics.name").as_deref() == Some("left alone for a while")
    });
    assert!(t.in_alternate_screen(), "convene is still running");
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
}

#[test]
fn a_second_convene_on_the_same_file_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Locked");
    let mut t = open(&path, data.path());
    t.type_text("first one");
    t.wait_for("first one", 10);

    let second = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args([
            "open",
            path.to_str().unwrap(),
            "--content",
            &support::pack_dir(),
        ])
        .env("CONVENE_DATA_DIR", data.path())
        .env("RUST_BACKTRACE", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    assert!(
        stderr.contains("open in another convene"),
        "says it is open elsewhere: {stderr:?}"
    );
    assert!(
        stderr.contains(&t.pid().to_string()),
        "names the pid: {stderr:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    // The first one is unharmed and still saves.
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("first one")
    );
}

#[test]
fn a_failed_save_is_said_and_quitting_warns_first() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("gone-soon");
    std::fs::create_dir(&folder).unwrap();
    let path = make_workbook(&folder, "Failing");
    let mut t = open(&path, data.path());
    // The folder disappears (an unplugged drive, a synced folder removed): saving fails.
    std::fs::remove_dir_all(&folder).unwrap();
    t.type_text("nowhere to go");
    t.send(CTRL_S);
    t.wait_for("Not saved", 10);
    // The system's reason, first (the status line may be cut at its end).
    t.wait_for("Not saved: No such file or directory", 10);
    t.send(CTRL_Q);
    t.wait_for("Press Ctrl-Q again", 10);
    assert!(t.in_alternate_screen(), "the first Ctrl-Q only warns");
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 1, "exit 1 when the last changes are lost");
    t.assert_restored(10);
    t.wait_for("NOT saved", 10);
    t.wait_for("No such file or directory", 10);
}

#[test]
fn after_kill_9_the_file_is_whole_and_opens_again() {
    let data = tempfile::tempdir().unwrap();
    let path = make_workbook(data.path(), "Killed");
    let mut t = open(&path, data.path());
    t.type_text("saved before the kill");
    wait_on_disk(&path, 15, "the autosave", |wb| {
        text_answer(wb, "basics.name").as_deref() == Some("saved before the kill")
    });
    t.send(TAB);
    t.type_text("maybe lost");
    t.signal("KILL");
    t.wait_exit(20);
    // Whichever save was last, the file is complete and holds the saved answer.
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("saved before the kill")
    );
    // The stale lock of a dead process does not keep the participant out.
    let mut again = open(&path, data.path());
    again.wait_for("saved before the kill", 10);
    again.send(CTRL_Q);
    assert_eq!(again.wait_exit(20), 0);
    let leftovers: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp") || n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
}
