//! Notes follow the workbook, not its file name (issue 14): a renamed workbook, a notes file
//! a mail client saved as `NAME.coach (1).md`, a workbook saved as `NAME (1).md` still find
//! their notes by the workbook's id; another workbook's notes in the same folder are not
//! shown; two coaches' notes keep their own signatures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use convene::content::load_builtin;
use convene::store::feedback::notes_for;
use convene::store::notes::{load_notes, save_notes};
use convene::store::{blank_workbook, create_workbook, open_workbook};
use convene::workbook::Workbook;
use convene::workbook::notes::{CoachNotes, sidecar_path};

fn make(dir: &Path, name: &str, initiative: &str) -> (PathBuf, Workbook) {
    let pack = load_builtin().unwrap();
    let path = dir.join(name);
    let wb = blank_workbook(&pack, initiative, "Sam");
    drop(create_workbook(&path, &wb, &pack).unwrap());
    (path, wb)
}

/// `coach`'s note on the first prompt and on the whole workbook, added to what is there.
fn write_as(coach: &str, workbook: &Path, text: &str) {
    let pack = load_builtin().unwrap();
    let first = pack.prompts().next().unwrap().qualified_id.clone();
    let mut notes = load_notes(workbook).unwrap().unwrap_or_default();
    notes.set(Some(&first), coach, text, String::new());
    notes.set(
        None,
        coach,
        &format!("{text} (on the whole)"),
        String::new(),
    );
    save_notes(workbook, &notes).unwrap();
}

fn found(path: &Path) -> Option<CoachNotes> {
    let pack = load_builtin().unwrap();
    let (session, wb) = open_workbook(path, &pack).unwrap();
    drop(session);
    notes_for(path, &wb.meta.stable_id(), &[]).unwrap()
}

fn signed(notes: &CoachNotes) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = notes
        .prompts
        .values()
        .flatten()
        .chain(&notes.general)
        .map(|n| (n.by.clone(), n.text.clone()))
        .collect();
    out.sort();
    out
}

#[test]
fn two_coaches_keep_their_own_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = make(dir.path(), "sam.md", "Dorset");
    write_as("Helen Ng", &path, "Helen's");
    write_as("Raj Singh", &path, "Raj's");
    let notes = load_notes(&path).unwrap().unwrap();
    assert_eq!(
        signed(&notes),
        [
            ("Helen Ng".to_string(), "Helen's".to_string()),
            ("Helen Ng".into(), "Helen's (on the whole)".into()),
            ("Raj Singh".into(), "Raj's".into()),
            ("Raj Singh".into(), "Raj's (on the whole)".into()),
        ]
    );
    assert!(notes.general.iter().all(|n| !n.at.is_empty()), "each dated");
    let text = fs::read_to_string(sidecar_path(&path)).unwrap();
    assert!(
        text.contains("✎ _Helen Ng, ") && text.contains("✎ _Raj Singh, "),
        "{text}"
    );
}

#[test]
fn a_renamed_workbook_still_finds_its_notes() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = make(dir.path(), "sam.md", "Dorset");
    write_as("Helen Ng", &path, "Helen's");
    let renamed = dir.path().join("my plan for Dorset.md");
    fs::rename(&path, &renamed).unwrap();
    let notes = found(&renamed).expect("notes found by id");
    assert_eq!(notes.count(), 2);
    assert_eq!(notes.coaches(), ["Helen Ng"]);
}

#[test]
fn numbered_copies_of_the_workbook_and_of_the_notes_file_still_match() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = make(dir.path(), "sam.md", "Dorset");
    write_as("Helen Ng", &path, "Helen's");
    // The mail client saved both again with a number.
    let copy = dir.path().join("sam (1).md");
    fs::rename(&path, &copy).unwrap();
    fs::rename(sidecar_path(&path), dir.path().join("sam.coach (1).md")).unwrap();
    let notes = found(&copy).expect("notes found by id");
    assert_eq!(notes.coaches(), ["Helen Ng"]);
    // And a second coach's file beside the first: both shown, each signed.
    let (other, _) = make(dir.path(), "raj-copy.md", "elsewhere");
    let mut raj = CoachNotes {
        workbook_id: notes.workbook_id.clone(),
        ..CoachNotes::default()
    };
    raj.set(None, "Raj Singh", "Raj's", String::new());
    save_notes(&other, &raj).unwrap();
    fs::rename(sidecar_path(&other), dir.path().join("sam.coach (2).md")).unwrap();
    let both = found(&copy).unwrap();
    assert_eq!(both.coaches(), ["Helen Ng", "Raj Singh"]);
}

#[test]
fn another_workbook_s_notes_in_the_folder_are_not_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (sam, _) = make(dir.path(), "sam.md", "Dorset");
    let (kim, _) = make(dir.path(), "kim.md", "Devon");
    write_as("Helen Ng", &kim, "for Kim");
    assert_eq!(found(&sam), None);
    assert_eq!(found(&kim).map(|n| n.count()), Some(2));
    // Notes named for sam.md but recorded against Kim's workbook are Kim's.
    fs::rename(sidecar_path(&kim), sidecar_path(&sam)).unwrap();
    assert_eq!(found(&sam), None);
    assert_eq!(found(&kim).map(|n| n.count()), Some(2));
}
