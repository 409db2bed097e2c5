//! The workbook lock against hostile and odd file systems (issue 16, points 5 and 11): a
//! link planted in the lock file's place is refused and the file it points to is left
//! alone; a second name for the same workbook (a hard link) is refused while the first is
//! open; a lock file left by a crash changes no new file's name.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use convene::store::{Session, StoreError, lock_path, new_workbook_path};

fn workbook(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("wb.md");
    fs::write(&path, "a workbook\n").unwrap();
    path
}

fn refused(result: Result<(Session, String), StoreError>) -> String {
    match result {
        Err(err @ StoreError::LockNotAFile(_)) => err.to_string(),
        other => panic!("expected the lock file to be refused, got {other:?}"),
    }
}

#[test]
fn a_symbolic_link_in_the_lock_files_place_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path());
    let victim = dir.path().join("precious.txt");
    fs::write(&victim, "precious").unwrap();
    std::os::unix::fs::symlink(&victim, lock_path(&path)).unwrap();
    let message = refused(Session::open(&path));
    assert!(message.contains(".wb.md.lock"), "{message}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    // A link to nowhere creates nothing where it points.
    let nowhere = dir.path().join("created-through-the-link");
    fs::remove_file(lock_path(&path)).unwrap();
    std::os::unix::fs::symlink(&nowhere, lock_path(&path)).unwrap();
    refused(Session::open(&path));
    assert!(!nowhere.exists());
}

#[test]
fn a_hard_link_in_the_lock_files_place_is_refused_and_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path());
    let victim = dir.path().join("precious.txt");
    fs::write(&victim, "precious").unwrap();
    fs::hard_link(&victim, lock_path(&path)).unwrap();
    refused(Session::open(&path));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    // Something else in its place (a folder) is refused too.
    fs::remove_file(lock_path(&path)).unwrap();
    fs::create_dir(lock_path(&path)).unwrap();
    assert!(Session::open(&path).is_err());
}

#[test]
fn a_second_name_for_an_open_workbook_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path());
    let other = dir.path().join("same-file.md");
    fs::hard_link(&path, &other).unwrap();
    let (mut first, _) = Session::open(&path).unwrap();
    match Session::open(&other) {
        Err(StoreError::Locked { .. }) => {}
        other => panic!("expected the second name to be refused, got {other:?}"),
    }
    // Still refused after the first has saved (the save gives its name a new file).
    first.save("saved\n").unwrap();
    assert!(matches!(
        Session::open(&other),
        Err(StoreError::Locked { .. })
    ));
    drop(first);
    assert!(Session::open(&other).is_ok());
}

#[test]
fn a_lock_file_left_by_a_crash_changes_no_new_name() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("falls.md");
    fs::write(lock_path(&first), "4194999").unwrap();
    assert_eq!(new_workbook_path(dir.path(), "Falls"), first);
    // One another convene holds (it is creating the file right now) does.
    let held = fs::File::open(lock_path(&first)).unwrap();
    held.lock().unwrap();
    assert_eq!(
        new_workbook_path(dir.path(), "Falls"),
        dir.path().join("falls-2.md")
    );
}

#[test]
fn a_lock_file_left_by_a_killed_process_ends_up_holding_only_the_new_pid() {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path());
    let ours = std::process::id().to_string();
    // Longer and shorter than this process's pid, and one with a line end after it.
    for left in ["123456789012345678901234567890", "7", "4194304\n", ""] {
        fs::write(lock_path(&path), left).unwrap();
        let (session, _) = Session::open(&path).unwrap();
        assert_eq!(
            fs::read_to_string(lock_path(&path)).unwrap(),
            ours,
            "after {left:?}"
        );
        drop(session);
    }
}
