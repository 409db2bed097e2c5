//! `convene review` through the real binary: the overview, `--summary` and `--csv` to files
//! and standard output, refusing to overwrite, and exit 1 when nothing loads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use convene::content::load_builtin;
use convene::format::markdown;
use convene::workbook::Answer;

fn cohort(dir: &Path) {
    let pack = load_builtin().unwrap();
    fs::create_dir_all(dir.join("nested")).unwrap();
    let mut a = review_support::filled(&pack, 1, 0);
    a.meta.participant = "Sam\u{1b}[2J".into();
    let id = pack.prompts().next().unwrap().qualified_id.clone();
    a.answers
        .insert(id, Answer::Text("evil\u{1b}]0;title\u{7}".into()));
    fs::write(dir.join("sam.md"), markdown::write(&a, &pack)).unwrap();
    let b = review_support::filled(&pack, 2, 3);
    fs::write(dir.join("nested/jo.md"), markdown::write(&b, &pack)).unwrap();
    fs::write(dir.join("notes.md"), "just notes\n").unwrap();
}

fn review(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(["review"])
        .args(args)
        .current_dir(dir)
        .env("CONVENE_DATA_DIR", dir.join("data"))
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn the_overview_lists_workbooks_and_problems_without_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let out = review(&["."], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("2 workbook(s):\n"), "{stdout}");
    assert!(stdout.contains("Sam␛[2J"), "{stdout}");
    assert!(stdout.contains("Participant 2"));
    assert!(
        stdout.contains("notes.md: not a workbook: line 1"),
        "{stdout}"
    );
    assert!(stdout.contains("--summary"));
    assert!(!stdout.contains('\u{1b}'));
}

#[test]
fn summary_and_csv_go_to_files_never_over_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let before = fs::read(dir.path().join("sam.md")).unwrap();
    let out = review(
        &[".", "--summary=out/summary.md", "--csv=cohort.csv"],
        dir.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the out folder does not exist yet"
    );
    fs::create_dir(dir.path().join("out")).unwrap();
    let out = review(
        &[".", "--summary=out/summary.md", "--csv=cohort.csv"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = fs::read_to_string(dir.path().join("out/summary.md")).unwrap();
    assert!(summary.starts_with("# Cohort summary: "));
    assert!(!summary.contains('\u{1b}') && !summary.contains('\u{7}'));
    let csv = fs::read_to_string(dir.path().join("cohort.csv")).unwrap();
    let rows = csv::Reader::from_reader(csv.as_bytes()).records().count();
    assert_eq!(rows, 2 * load_builtin().unwrap().prompt_count());
    assert_eq!(fs::read(dir.path().join("sam.md")).unwrap(), before);

    let again = review(&[".", "--csv=cohort.csv"], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("cohort.csv")).unwrap(),
        csv
    );
}

#[test]
fn csv_goes_to_standard_output_without_a_file() {
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let out = review(&["--csv", "sam.md"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with(
        "participant,initiative,file,theme,exercise,prompt_id,prompt,answer,when,coach_note\r\n"
    ));
    let both = review(&["--csv", "--summary", "."], dir.path());
    assert_eq!(both.status.code(), Some(1));
}

#[test]
fn nothing_loadable_is_exit_1_with_the_reasons() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.md"), "just notes\n").unwrap();
    let out = review(&["notes.md", "missing"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("notes.md: not a workbook: line 1"),
        "{stderr}"
    );
    assert!(stderr.contains("missing: does not exist"), "{stderr}");
    assert!(stderr.contains("no workbook could be read"), "{stderr}");
}

#[test]
fn exports_carry_the_coach_notes_beside_a_workbook_and_the_overview_ignores_the_notes_file() {
    let dir = tempfile::tempdir().unwrap();
    cohort(dir.path());
    let pack = load_builtin().unwrap();
    let id = pack.prompts().next().unwrap().qualified_id.clone();
    let mut notes = convene::workbook::notes::CoachNotes {
        coach: "Jo".into(),
        ..Default::default()
    };
    notes.prompts.insert(id.clone(), "Say more, please".into());
    convene::store::notes::save_notes(&dir.path().join("sam.md"), &notes).unwrap();

    let overview = text(&review(&["."], dir.path()).stdout);
    assert!(overview.starts_with("2 workbook(s):\n"), "{overview}");
    assert!(!overview.contains("coach"), "{overview}");

    let out = review(&["--csv", "."], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let noted: Vec<csv::StringRecord> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| !r[col("coach_note")].is_empty())
        .collect();
    assert_eq!(noted.len(), 1);
    assert_eq!(&noted[0][col("prompt_id")], id.as_str());
    assert_eq!(&noted[0][col("coach_note")], "Say more, please");
    assert!(noted[0][col("file")].ends_with("sam.md"));

    let out = review(&["--summary", "."], dir.path());
    let summary = text(&out.stdout);
    assert!(
        summary.contains("_Coach's note:_\n\n> Say more, please\n"),
        "{summary}"
    );
}
