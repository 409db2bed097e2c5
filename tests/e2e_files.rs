//! End-to-end: the ways into a workbook (`convene new` on and off a terminal, the home
//! screen) and what a session leaves on disk (a private file, a backup of the file as
//! opened, a conflict file instead of overwriting someone else's change) (issue 4).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use convene::workbook::Answer;
use support::pty::{Pty, keys::*};
use support::{read_from_disk, text_answer};

/// `convene new INITIATIVE` with no terminal (plain mode, input at its end at once):
/// creates the file, names it, and stops.
fn new_off_terminal(data: &Path, initiative: &str) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(["new", initiative, "--content", &support::pack_dir()])
        .env("CONVENE_DATA_DIR", data)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let path = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Workbook file: "))
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("no `Workbook file:` line in {stdout:?}"));
    assert!(path.starts_with(data), "{path:?} is in the data dir");
    path
}

fn md_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
}

#[test]
fn new_off_a_terminal_creates_the_file_and_the_home_screen_opens_it() {
    let data = tempfile::tempdir().unwrap();
    let path = new_off_terminal(data.path(), "Home screen hub");
    let wb = read_from_disk(&path);
    assert_eq!(wb.meta.initiative, "Home screen hub");
    assert!(wb.answers.is_empty());

    // `convene` lists it; Enter opens it.
    let mut t = Pty::spawn(&["--content", &support::pack_dir()], data.path(), 100, 30);
    t.wait_for("Home screen hub", 20);
    t.send(ENTER);
    t.wait_for("Name the hub?", 20);
    t.type_text("from home");
    t.wait_for("from home", 10);
    // Ctrl-C saves and quits too.
    t.send(b"\x03");
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = read_from_disk(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("from home")
    );
    assert_eq!(md_files(data.path()), vec![path]);
}

/// A workbook damaged past its front matter (a NUL byte further down) is listed on the
/// home screen, which reads only the front matter; choosing it brings the home screen back
/// saying why, on its row, with the file untouched, and another workbook still opens.
#[test]
fn a_workbook_that_cannot_be_opened_brings_the_home_screen_back_saying_why() {
    let data = tempfile::tempdir().unwrap();
    let good = new_off_terminal(data.path(), "Good one");
    let damaged = new_off_terminal(data.path(), "Damaged one");
    // The damaged one changed last, so on the first row.
    let mut text: String = std::fs::read_to_string(&damaged)
        .unwrap()
        .lines()
        .map(|line| match line.strip_prefix("updated: ") {
            Some(_) => "updated: 2099-01-01T00:00:00+00:00\n".to_string(),
            None => format!("{line}\n"),
        })
        .collect();
    text.push_str(&format!("\n{}\n\0\n", "Words of my own. ".repeat(400)));
    std::fs::write(&damaged, &text).unwrap();
    let mut t = Pty::spawn(&["--content", &support::pack_dir()], data.path(), 100, 30);
    t.wait_for("Damaged one", 20);
    t.send(ENTER);
    t.wait_for("Not opened", 20);
    let screen = t.screen();
    assert!(
        screen.contains("a binary file (it holds NUL bytes)") && screen.contains("left as it is"),
        "{screen}"
    );
    assert!(
        screen.contains("Good one"),
        "still the home screen: {screen}"
    );
    assert_eq!(std::fs::read_to_string(&damaged).unwrap(), text);
    // Down to the other one, which opens.
    t.send(DOWN);
    t.send(ENTER);
    t.wait_for("Name the hub?", 20);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    assert_eq!(std::fs::read_to_string(&damaged).unwrap(), text);
    assert!(read_from_disk(&good).answers.is_empty());
}

#[test]
fn new_in_a_terminal_opens_the_workbook_a_private_file_backed_up_when_reopened() {
    let data = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["new", "Straight in", "--content", &support::pack_dir()],
        data.path(),
        100,
        30,
    );
    t.wait_for("Name the hub?", 20);
    t.type_text("typed at once");
    t.send(CTRL_S);
    t.wait_for("Saved", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);

    let files = md_files(data.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let path = &files[0];
    let wb = read_from_disk(path);
    assert_eq!(wb.meta.initiative, "Straight in");
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("typed at once")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the workbook is private: {mode:o}");
    }

    // Opened again: the first save keeps the file as it was opened beside it.
    let mut again = support::open_path_in_pty(data.path(), path, 100, 30);
    again.wait_for("typed at once", 20);
    again.type_text(", and later");
    again.send(CTRL_Q);
    assert_eq!(again.wait_exit(20), 0);
    again.assert_restored(10);
    let now = read_from_disk(path);
    assert_eq!(
        text_answer(&now, "basics.name").as_deref(),
        Some("typed at once, and later")
    );
    let backup = path.with_file_name(format!(
        "{}.bak",
        path.file_name().unwrap().to_string_lossy()
    ));
    let before = read_from_disk(&backup);
    assert_eq!(
        text_answer(&before, "basics.name").as_deref(),
        Some("typed at once")
    );
}

#[test]
fn a_file_changed_on_disk_meanwhile_is_not_overwritten() {
    let data = tempfile::tempdir().unwrap();
    let (path, mut t) = support::open_in_pty(data.path(), "Conflict", 100, 30);
    t.wait_for("Name the hub?", 20);

    // Someone else writes the file while it is open.
    let mut theirs = read_from_disk(&path);
    theirs
        .answers
        .insert("basics.name".into(), Answer::Text("theirs".into()));
    let their_text = convene::format::markdown::write(&theirs, &support::pack());
    std::fs::write(&path, &their_text).unwrap();

    t.type_text("mine");
    t.send(CTRL_S);
    t.wait_for("had changed on disk", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);

    assert_eq!(std::fs::read_to_string(&path).unwrap(), their_text);
    let aside: Vec<PathBuf> = md_files(data.path())
        .into_iter()
        .filter(|p| p != &path)
        .collect();
    assert_eq!(aside.len(), 1, "one conflict file: {aside:?}");
    assert!(
        aside[0].to_string_lossy().contains("conflict"),
        "{:?}",
        aside[0]
    );
    let mine = read_from_disk(&aside[0]);
    assert_eq!(text_answer(&mine, "basics.name").as_deref(), Some("mine"));
}
