//! Choosing a path through the built-in pack from the command line and in plain mode, through
//! the real binary: `convene new --path NAME`, the question plain mode asks after the
//! initiative's name, and what the workbook file records.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::{assert_plain, run_with_input};
use convene::format::markdown::read;
use convene::workbook::Workbook;

/// Runs `convene --plain --data-dir DIR new ARGS...` in a fresh data folder.
fn new_with(args: &[&str], input: &str) -> (tempfile::TempDir, std::process::Output) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_string();
    let mut all = vec!["--plain", "--data-dir", data.as_str(), "new"];
    all.extend_from_slice(args);
    let out = run_with_input(all, input);
    (dir, out)
}

fn workbook_in(dir: &std::path::Path) -> Workbook {
    let files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    read(&std::fs::read_to_string(&files[0]).unwrap()).unwrap()
}

#[test]
fn plain_new_asks_for_the_path_and_the_file_records_it() {
    let (dir, out) = new_with(&[], "Falls partnership\n9\n1\n:quit\n");
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for want in [
        "Which path will you follow? Type its number.",
        "  1. Core, before a session: 8 exercises, about 42 minutes",
        "  2. After a session: 8 exercises, about 56 minutes",
        "  4. The whole workbook: 41 exercises, about 4 h 34 min",
        // A number that names no path is said, and the question comes again.
        "There is no path \"9\". The paths are: core, after, revisit, full.",
    ] {
        assert!(text.contains(want), "{want:?} not in:\n{text}");
    }
    let wb = workbook_in(dir.path());
    assert_eq!(wb.meta.path, "core");
    assert_eq!(wb.meta.moment, convene::content::Moment::Before);
}

#[test]
fn an_empty_line_at_the_path_question_takes_the_whole_workbook() {
    let (dir, out) = new_with(&[], "Falls partnership\n\n:quit\n");
    assert_eq!(out.status.code(), Some(0), "{}", assert_plain(&out));
    assert_eq!(workbook_in(dir.path()).meta.path, "full");
}

#[test]
fn new_with_path_records_it_without_asking() {
    let (dir, out) = new_with(&["Falls", "--path", "after"], ":quit\n");
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("Which path"), "{text}");
    let wb = workbook_in(dir.path());
    assert_eq!(wb.meta.path, "after");
    assert_eq!(wb.meta.moment, convene::content::Moment::After);
}

#[test]
fn an_unknown_path_is_refused_with_the_paths_there_are() {
    let (dir, out) = new_with(&["Falls", "--path", "cor"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.trim(),
        "convene: There is no path \"cor\". The paths are: core, after, revisit, full."
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "no file written"
    );
}

#[test]
fn plain_mode_on_a_path_says_minutes_and_time_left_and_widens_without_loss() {
    let pack = convene::content::load_builtin().unwrap();
    let minutes = pack.path_minutes("core").unwrap();
    // A new workbook starts with one answer, the initiative's name, so a little less is left.
    let mut fresh = convene::store::blank_workbook(&pack, "Falls", "");
    fresh.meta.path = "core".into();
    let left = convene::workbook::derive::path_minutes_left(&fresh, &pack, "core").unwrap();
    assert!(left < minutes);
    let (dir, out) = new_with(
        &["Falls", "--path", "core"],
        "1\n:path\n:path full\n:outline\n:quit\n",
    );
    let text = assert_plain(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for want in [
        format!(
            "Path: Core, before a session (8 exercises, about {minutes} minutes; about {left} minutes left)."
        ),
        "1 of 17 questions answered.".into(),
        "Exercise 1 of 8: Before you start: who will read this (Today; about 2 minutes).".into(),
        format!("About {left} minutes of your path left."),
        format!("  1. Core, before a session: 8 exercises, about {minutes} minutes (now)"),
        "Path: The whole workbook (41 exercises, about 4 h 34 min;".into(),
        // The outline after widening numbers every exercise of the pack.
        "  41. ".into(),
    ] {
        assert!(text.contains(&want), "{want:?} not in:\n{text}");
    }
    let wb = workbook_in(dir.path());
    assert_eq!(wb.meta.path, "full", "the file records the wider path");
    assert_eq!(
        wb.answers.get("before-you-start.readers"),
        Some(&convene::workbook::Answer::Choices(vec!["coach".into()])),
        "the answer given on the core path is kept"
    );
}
