//! Links and odd files in a cohort (issue 16, points 4 and 11): review ends on folders that
//! link back to themselves, follows no link out of the folder it was given (only links
//! named on the command line), reads a file reached by two names once; and a file with NUL
//! bytes is refused the same way by `open`, `list` and `review`.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

use convene::content::load_builtin;
use convene::format::markdown;
use convene::store::cohort::load_cohort;

fn write_workbook(path: &Path, seed: usize) {
    let pack = load_builtin().unwrap();
    let wb = review_support::filled(&pack, seed, 0);
    fs::write(path, markdown::write(&wb, &pack)).unwrap();
}

fn names(cohort: &convene::workbook::cohort::Cohort) -> Vec<String> {
    cohort
        .workbooks
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn folders_that_link_back_to_themselves_are_searched_once() {
    let dir = tempfile::tempdir().unwrap();
    let cohort_dir = dir.path().join("cohort");
    fs::create_dir(&cohort_dir).unwrap();
    write_workbook(&cohort_dir.join("sam.md"), 1);
    // Two links to itself: without a record of the folders searched, 2^32 visits.
    symlink(&cohort_dir, cohort_dir.join("again")).unwrap();
    symlink(".", cohort_dir.join("and-again")).unwrap();
    let cohort = load_cohort(&[cohort_dir]);
    assert_eq!(names(&cohort), ["sam.md"]);
    assert!(
        cohort.problems.is_empty(),
        "nothing too deep, nothing skipped: {:?}",
        cohort.problems
    );
}

#[test]
fn links_out_of_the_folder_are_skipped_unless_named() {
    let dir = tempfile::tempdir().unwrap();
    let cohort_dir = dir.path().join("cohort");
    let elsewhere = dir.path().join("exports");
    fs::create_dir(&cohort_dir).unwrap();
    fs::create_dir(&elsewhere).unwrap();
    write_workbook(&cohort_dir.join("sam.md"), 1);
    write_workbook(&elsewhere.join("jo.md"), 2);
    write_workbook(&elsewhere.join("kim.md"), 3);
    symlink(&elsewhere, cohort_dir.join("exports")).unwrap();
    symlink(elsewhere.join("kim.md"), cohort_dir.join("kim.md")).unwrap();
    let cohort = load_cohort(std::slice::from_ref(&cohort_dir));
    assert_eq!(names(&cohort), ["sam.md"]);
    let skipped: Vec<&str> = cohort
        .problems
        .iter()
        .map(|(p, why)| {
            assert!(why.contains("outside the folder under review"), "{why}");
            p.file_name().unwrap().to_str().unwrap()
        })
        .collect();
    assert_eq!(skipped, ["exports", "kim.md"]);
    // Named on the command line, a link is followed.
    let named = load_cohort(&[cohort_dir.join("kim.md"), cohort_dir.join("exports")]);
    assert_eq!(names(&named), ["jo.md", "kim.md"]);
    // A link that stays inside the folder is followed, and its file read once.
    let inside = dir.path().join("inside");
    fs::create_dir_all(inside.join("a")).unwrap();
    write_workbook(&inside.join("a/sam.md"), 1);
    symlink(inside.join("a"), inside.join("b")).unwrap();
    fs::hard_link(inside.join("a/sam.md"), inside.join("same.md")).unwrap();
    let once = load_cohort(&[inside]);
    assert_eq!(once.workbooks.len(), 1, "{:?}", names(&once));
}

#[test]
fn a_file_with_nul_bytes_is_refused_alike_by_open_list_and_review() {
    let dir = tempfile::tempdir().unwrap();
    let pack = load_builtin().unwrap();
    let path = dir.path().join("sam.md");
    write_workbook(&path, 1);
    // A NUL in the title: the Markdown reader alone would take it (the title is derived).
    let text = fs::read_to_string(&path).unwrap();
    let at = text.find("\n# ").unwrap() + 3;
    let damaged = format!("{}\0{}", &text[..at], &text[at..]);
    assert!(markdown::read(&damaged).is_ok());
    fs::write(&path, &damaged).unwrap();
    let line = damaged[..at].matches('\n').count() + 1;
    let why = "a binary file (it holds NUL bytes), not a workbook";
    let reason = format!("line {line}: {why}");

    // Opening names the file and the line as FILE:LINE, once.
    let opened = convene::store::open_workbook(&path, &pack)
        .map(|_| ())
        .unwrap_err();
    assert!(
        opened
            .to_string()
            .contains(&format!("sam.md:{line}: {why}")),
        "{opened}"
    );
    let listed = convene::store::list_workbooks(dir.path());
    assert_eq!(listed[0].parsed.as_ref().unwrap_err(), &reason);
    let reviewed = load_cohort(std::slice::from_ref(&path));
    assert_eq!(reviewed.problems, [(path.clone(), reason)]);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        damaged,
        "left as it was"
    );
}
