//! Coach's notes through the real binary: plain mode says them with the questions, a notes
//! file that cannot be read does not stop the workbook, `convene open NAME.coach.md` names
//! its workbook, and neither `convene list` nor `convene review` takes a notes file for a
//! workbook.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use cli_support::run_with_input;
use convene::content::load_builtin;
use convene::store::cohort::load_cohort;
use convene::store::notes::save_notes;
use convene::store::{blank_workbook, create_workbook};
use convene::workbook::notes::{CoachNotes, Note, sidecar_path};

/// `convene --data-dir DATA ARGS...` with `input` on standard input.
fn convene(data: &Path, args: &[&str], input: &str) -> Output {
    let mut all = vec![data.as_os_str().to_owned()];
    all.insert(0, "--data-dir".into());
    all.extend(args.iter().map(Into::into));
    run_with_input(all, input)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A workbook on the built-in pack in the data folder.
fn workbook(data: &Path) -> PathBuf {
    fs::create_dir_all(data).unwrap();
    let path = data.join("dorset.md");
    let pack = load_builtin().unwrap();
    let wb = blank_workbook(&pack, "Dorset", "Sam");
    drop(create_workbook(&path, &wb, &pack).unwrap());
    path
}

/// Jo's note, written at a known time.
fn jo(text: &str) -> Note {
    Note {
        at: "2026-11-23T20:15:07+00:00".into(),
        ..Note::new("Jo", text)
    }
}

/// Notes from Jo on every prompt of the built-in pack ("Note on ID"), and on the workbook.
fn notes_on_everything() -> CoachNotes {
    let pack = load_builtin().unwrap();
    let mut notes = CoachNotes {
        general: vec![jo("Lovely start.\n\u{1b}[2JSee me.")],
        ..CoachNotes::default()
    };
    for p in pack.prompts() {
        notes.prompts.insert(
            p.qualified_id.clone(),
            vec![jo(&format!("Note on {}", p.qualified_id))],
        );
    }
    notes
}

#[test]
fn plain_mode_says_the_general_note_and_each_note_after_its_question() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook(dir.path());
    save_notes(&wb, &notes_on_everything()).unwrap();
    let out = convene(
        dir.path(),
        &["--plain", "open", wb.to_str().unwrap()],
        ":id\n:quit\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout
            .contains("Your coach's note on the workbook (Jo, 2026-11-23 20:15):\n  Lovely start.\n  ␛[2JSee me.\n"),
        "{stdout}"
    );
    let question = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Question 1 of "))
        .unwrap();
    // Questions are said without their ids (issue 19); `:id` says it.
    let id = stdout
        .lines()
        .find_map(|l| l.strip_prefix("This question's id is "))
        .and_then(|rest| rest.split(';').next())
        .unwrap();
    let after = stdout.split_once(question).unwrap().1;
    let note_at = after.find("Coach's note (Jo, 2026-11-23 20:15):").unwrap();
    let note = &after[note_at..];
    assert!(
        note.starts_with(&format!(
            "Coach's note (Jo, 2026-11-23 20:15):\n  Note on {id}\n"
        )),
        "{after}"
    );
    assert!(!stdout.contains('\u{1b}'));
}

#[test]
fn plain_mode_opens_the_workbook_when_the_notes_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook(dir.path());
    fs::write(
        sidecar_path(&wb),
        "---\nconvene: coach-notes\n---\n<!-- convene:note id=\"x\" -->\n",
    )
    .unwrap();
    let out = convene(
        dir.path(),
        &["--plain", "open", wb.to_str().unwrap()],
        ":quit\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "Your coach's notes are not shown: {}:4: the note that starts here never ends",
            sidecar_path(&wb).display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("Question 1 of "), "{stdout}");
}

#[test]
fn opening_a_notes_file_opens_the_workbook_it_is_about_with_its_notes() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook(dir.path());
    let sidecar = save_notes(&wb, &notes_on_everything()).unwrap();
    // The participant keeps the coach's file elsewhere, under another name.
    let inbox = tempfile::tempdir().unwrap();
    let sent = inbox.path().join("feedback from Jo.coach.md");
    fs::copy(&sidecar, &sent).unwrap();
    fs::remove_file(&sidecar).unwrap();
    let before = fs::read(&sent).unwrap();
    let out = convene(
        dir.path(),
        &["--plain", "open", sent.to_str().unwrap()],
        ":quit\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!("Workbook file: {}", wb.display())),
        "{stdout}"
    );
    assert!(stdout.contains("Lovely start."), "{stdout}");
    assert_eq!(
        fs::read(&sent).unwrap(),
        before,
        "the notes file is only read"
    );

    // A notes file whose workbook is nowhere to be found: one line, exit 1.
    let lost = tempfile::tempdir().unwrap();
    let alone = lost.path().join("someone.coach.md");
    fs::copy(&sent, &alone).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let out = convene(
        empty.path(),
        &["--plain", "open", alone.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("is a coach's notes file, not a workbook"),
        "{err}"
    );
    assert!(err.contains("--notes"), "{err}");
}

#[test]
fn list_passes_over_notes_files() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook(dir.path());
    save_notes(&wb, &notes_on_everything()).unwrap();
    let out = convene(dir.path(), &["list"], "");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(stdout.contains("dorset.md"), "{stdout}");
    assert!(!stdout.contains("coach"), "{stdout}");
    let listed = convene::store::list_workbooks(dir.path());
    assert_eq!(listed.len(), 1);
}

#[test]
fn review_passes_over_notes_files_in_folders_and_explains_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook(dir.path());
    let sidecar = save_notes(&wb, &notes_on_everything()).unwrap();
    let conflict = dir
        .path()
        .join("dorset.coach (conflict 2026-11-23 2015).md");
    fs::copy(&sidecar, &conflict).unwrap();
    let cohort = load_cohort(&[dir.path().to_path_buf()]);
    assert_eq!(cohort.workbooks.len(), 1);
    assert!(cohort.problems.is_empty(), "{:?}", cohort.problems);
    let cohort = load_cohort(std::slice::from_ref(&sidecar));
    assert!(cohort.workbooks.is_empty());
    assert_eq!(cohort.problems.len(), 1);
    let reason = &cohort.problems[0].1;
    assert!(
        reason.contains("a coach's notes file (the notes on dorset.md)"),
        "{reason}"
    );
}

#[test]
fn a_new_workbook_cannot_take_a_notes_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("mine.coach.md");
    let out = convene(
        dir.path(),
        &["--plain", "new", "X", "--out", out_file.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("coach's notes file"),
        "{}",
        text(&out.stderr)
    );
    assert!(!out_file.exists());
}
