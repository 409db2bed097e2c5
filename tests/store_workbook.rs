//! Workbooks through the store: create, open, save, and listing a folder of them.
//!
//! The round trips here need the real Markdown reader and writer (`format::markdown`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use convene::content::{Moment, Pack};
use convene::store::{
    SaveOutcome, StoreError, blank_workbook, create_workbook, list_workbooks, open_workbook,
    save_workbook,
};

fn pack() -> Pack {
    Pack::new(
        "test-pack".into(),
        "1.2.3".into(),
        "Test pack".into(),
        String::new(),
        String::new(),
        Vec::new(),
    )
}

fn set_mtime(path: &Path, secs_ago: u64) {
    let when = SystemTime::now() - Duration::from_secs(secs_ago);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

#[test]
fn a_blank_workbook_names_its_pack_and_its_times() {
    let wb = blank_workbook(&pack(), "  Falls\nprevention \t partnership ", " Sam  Lee ");
    assert_eq!(wb.meta.initiative, "Falls prevention partnership");
    assert_eq!(wb.meta.participant, "Sam Lee");
    assert_eq!(wb.meta.pack, "test-pack");
    assert_eq!(wb.meta.pack_version, "1.2.3");
    assert_eq!(wb.meta.moment, Moment::Any);
    assert_eq!(wb.meta.created, wb.meta.updated);
    assert!(
        wb.meta.created.parse::<jiff::Timestamp>().is_ok(),
        "{}",
        wb.meta.created
    );
    assert!(wb.answers.is_empty());
}

#[test]
fn a_blank_workbook_answers_the_question_that_names_the_initiative_with_its_name() {
    let pack = convene::content::load_builtin().expect("built-in pack");
    let wb = blank_workbook(&pack, " Crisis\ncare ", "Sam");
    assert_eq!(
        wb.answers.get("the-initiative.name"),
        Some(&convene::workbook::Answer::Text("Crisis care".into()))
    );
    assert_eq!(wb.answers.len(), 1, "nothing else is answered");
}

#[test]
fn a_created_workbook_opens_as_it_was_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wb.md");
    let wb = blank_workbook(&pack(), "Falls prevention", "Sam");
    let session = create_workbook(&path, &wb, &pack()).unwrap();
    drop(session);
    let (_session, reopened) = open_workbook(&path, &pack()).unwrap();
    assert_eq!(reopened, wb);
}

#[test]
fn saving_a_workbook_sets_its_updated_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wb.md");
    let mut wb = blank_workbook(&pack(), "Falls prevention", "");
    wb.meta.created = "2020-01-01T09:00:00+00:00".into();
    wb.meta.updated = "2020-01-01T09:00:00+00:00".into();
    let mut session = create_workbook(&path, &wb, &pack()).unwrap();
    assert_eq!(
        save_workbook(&mut session, &mut wb, &pack()).unwrap(),
        SaveOutcome::Saved
    );
    assert_ne!(wb.meta.updated, "2020-01-01T09:00:00+00:00");
    assert!(wb.meta.updated.parse::<jiff::Timestamp>().is_ok());
    drop(session);
    let (_session, reopened) = open_workbook(&path, &pack()).unwrap();
    assert_eq!(reopened.meta.updated, wb.meta.updated);
    assert_eq!(reopened.meta.created, "2020-01-01T09:00:00+00:00");
}

#[test]
fn a_file_that_is_not_a_workbook_is_an_error_naming_its_line_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.md");
    let text = "Shopping list\n\n- eggs\n- milk\n";
    fs::write(&path, text).unwrap();
    let err = open_workbook(&path, &pack()).unwrap_err();
    let StoreError::NotAWorkbook { line, .. } = &err else {
        panic!("expected NotAWorkbook, got {err:?}");
    };
    assert!(
        err.to_string()
            .starts_with(&format!("{}:{line}: ", path.display())),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    // The lock went with the failed open.
    assert!(matches!(
        open_workbook(&path, &pack()),
        Err(StoreError::NotAWorkbook { .. })
    ));
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn listing_shows_markdown_files_newest_first_and_skips_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (name, age) in [("old.md", 300), ("new.md", 10), ("middle.MD", 100)] {
        fs::write(d.join(name), "x").unwrap();
        set_mtime(&d.join(name), age);
    }
    for skipped in [".hidden.md", "new.md.bak", "notes.txt", ".new.md.lock"] {
        fs::write(d.join(skipped), "x").unwrap();
    }
    fs::create_dir(d.join("folder.md")).unwrap();
    let names: Vec<String> = list_workbooks(d)
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["new.md", "middle.MD", "old.md"]);
    assert!(list_workbooks(&d.join("does-not-exist")).is_empty());
}

/// `convene list` shows each workbook's own last change (its `updated` time), so it sorts
/// by that too: a workbook copied today that was last changed in March lists after one
/// changed in April, whatever the files' own times say. Files that are not workbooks go by
/// the file's time.
#[test]
fn listing_sorts_by_the_time_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (name, updated, secs_ago) in [
        ("march.md", "2001-03-01T09:00:00+00:00", 10),
        // Earlier on the clock face, later in time: 10:30 at UTC-05:00 is 15:30 UTC.
        ("april.md", "2001-04-01T10:30:00-05:00", 500),
        ("april-early.md", "2001-04-01T12:00:00+00:00", 400),
    ] {
        let mut wb = blank_workbook(&pack(), name, "Sam");
        wb.meta.updated = updated.to_string();
        drop(create_workbook(&d.join(name), &wb, &pack()).unwrap());
        set_mtime(&d.join(name), secs_ago);
    }
    fs::write(d.join("notes.md"), "Shopping list\n").unwrap();
    set_mtime(&d.join("notes.md"), 5);
    let names: Vec<String> = list_workbooks(d)
        .iter()
        .map(|l| l.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["notes.md", "april.md", "april-early.md", "march.md"]
    );
}

#[test]
fn listing_parses_workbooks_and_says_why_others_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let wb = blank_workbook(&pack(), "Falls prevention", "Sam");
    drop(create_workbook(&d.join("good.md"), &wb, &pack()).unwrap());
    fs::write(d.join("bad.md"), b"line one\n\xff\n").unwrap();
    fs::write(d.join("plain.md"), "Shopping list\n").unwrap();
    set_mtime(&d.join("bad.md"), 20);
    set_mtime(&d.join("plain.md"), 30);

    let listed = list_workbooks(d);
    assert_eq!(listed.len(), 3);
    assert_eq!(listed[0].parsed.as_ref().unwrap(), &wb);
    assert_eq!(
        listed[0].progress(&pack()).map(|p| (p.answered, p.total)),
        Some((0, 0))
    );
    assert_eq!(
        listed[1].parsed.as_ref().unwrap_err(),
        "line 2: not UTF-8 text, so not a workbook"
    );
    assert!(
        listed[2]
            .parsed
            .as_ref()
            .unwrap_err()
            .starts_with("not a workbook: line ")
    );
    assert_eq!(listed[2].progress(&pack()), None);
}
