//! Sessions: create, open, save, backup, lock and changes made on disk by someone else.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use convene::store::{SaveOutcome, Session, StoreError, backup_path, lock_path};

fn setup(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wb.md");
    fs::write(&path, text).unwrap();
    (dir, path)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn create_writes_the_text_and_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.md");
    let session = Session::create(&path, "hello\n").unwrap();
    assert_eq!(session.path(), path);
    assert_eq!(fs::read_to_string(&path).unwrap(), "hello\n");
    drop(session);

    let err = Session::create(&path, "other").unwrap_err();
    assert!(matches!(err, StoreError::Exists(_)), "{err:?}");
    assert!(err.to_string().contains("new.md"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "hello\n");
}

#[test]
fn create_needs_an_existing_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("new.md");
    let err = Session::create(&path, "x").unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound(ref p) if p.ends_with("missing")),
        "{err:?}"
    );
}

#[test]
fn save_replaces_the_content_and_leaves_no_temp_files() {
    let (dir, path) = setup("v0");
    let (mut session, text) = Session::open(&path).unwrap();
    assert_eq!(text, "v0");
    assert_eq!(session.save("v1 ünïcode\n").unwrap(), SaveOutcome::Saved);
    assert_eq!(fs::read_to_string(&path).unwrap(), "v1 ünïcode\n");
    assert_eq!(session.save("v2").unwrap(), SaveOutcome::Saved);
    assert_eq!(fs::read_to_string(&path).unwrap(), "v2");
    assert_eq!(files_in(dir.path()), [".wb.md.lock", "wb.md", "wb.md.bak"]);
    drop(session);
    assert_eq!(files_in(dir.path()), ["wb.md", "wb.md.bak"]);
}

#[test]
fn the_first_save_of_a_session_keeps_the_file_as_opened() {
    let (_dir, path) = setup("as opened");
    let bak = backup_path(&path);
    let (mut session, _) = Session::open(&path).unwrap();
    assert!(!bak.exists(), "no backup before the first save");
    session.save("first").unwrap();
    assert_eq!(fs::read_to_string(&bak).unwrap(), "as opened");
    session.save("second").unwrap();
    assert_eq!(
        fs::read_to_string(&bak).unwrap(),
        "as opened",
        "once per session"
    );
    drop(session);

    let (mut session, text) = Session::open(&path).unwrap();
    assert_eq!(text, "second");
    session.save("third").unwrap();
    assert_eq!(
        fs::read_to_string(&bak).unwrap(),
        "second",
        "a new session, a new backup"
    );
}

#[test]
fn saving_what_is_already_there_writes_nothing() {
    let (_dir, path) = setup("same");
    let (mut session, _) = Session::open(&path).unwrap();
    assert_eq!(session.save("same").unwrap(), SaveOutcome::Saved);
    assert!(!backup_path(&path).exists());
}

#[test]
fn a_new_file_has_no_backup_to_keep() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.md");
    let mut session = Session::create(&path, "start").unwrap();
    session.save("more").unwrap();
    assert!(!backup_path(&path).exists());
    assert_eq!(fs::read_to_string(&path).unwrap(), "more");
}

#[test]
fn a_second_session_on_the_same_file_is_refused_until_the_first_ends() {
    let (_dir, path) = setup("v0");
    let (first, _) = Session::open(&path).unwrap();
    let err = Session::open(&path).unwrap_err();
    match &err {
        StoreError::Locked { path: p, pid } => {
            assert_eq!(p, &path);
            assert_eq!(*pid, Some(std::process::id()));
        }
        other => panic!("expected Locked, got {other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains(&format!(
            "is open in another convene (pid {})",
            std::process::id()
        )),
        "{message}"
    );
    assert!(message.contains("wb.md"), "{message}");
    drop(first);
    let (_second, text) = Session::open(&path).unwrap();
    assert_eq!(text, "v0");
}

#[test]
fn a_lock_file_left_by_a_crashed_process_does_not_block() {
    let (_dir, path) = setup("v0");
    fs::write(lock_path(&path), "4194999").unwrap();
    let (mut session, text) = Session::open(&path).unwrap();
    assert_eq!(text, "v0");
    assert_eq!(session.save("v1").unwrap(), SaveOutcome::Saved);
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten() {
    let (dir, path) = setup("v0");
    let (mut session, _) = Session::open(&path).unwrap();
    session.save("mine 1").unwrap();
    fs::write(&path, "theirs").unwrap();

    let aside = match session.save("mine 2").unwrap() {
        SaveOutcome::SavedAside(p) => p,
        SaveOutcome::Saved => panic!("overwrote a file changed on disk"),
    };
    assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
    assert_eq!(fs::read_to_string(&aside).unwrap(), "mine 2");
    assert_eq!(aside.parent(), Some(dir.path()));
    let name = aside.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("wb (conflict ") && name.ends_with(").md"),
        "{name}"
    );
    assert_eq!(session.saving_to(), aside);

    // Later saves keep going to the file beside it.
    assert_eq!(
        session.save("mine 3").unwrap(),
        SaveOutcome::SavedAside(aside.clone())
    );
    assert_eq!(fs::read_to_string(&aside).unwrap(), "mine 3");
    assert_eq!(fs::read_to_string(&path).unwrap(), "theirs");
}

#[test]
fn a_same_length_change_with_the_old_mtime_is_still_seen() {
    let (_dir, path) = setup("aaaa");
    let (mut session, _) = Session::open(&path).unwrap();
    let mtime = fs::metadata(&path).unwrap().modified().unwrap();
    fs::write(&path, "bbbb").unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert!(matches!(
        session.save("mine").unwrap(),
        SaveOutcome::SavedAside(_)
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), "bbbb");
}

#[test]
fn two_conflicts_in_the_same_minute_get_different_files() {
    let (_dir, path) = setup("v0");
    let (mut a, _) = Session::open(&path).unwrap();
    fs::write(&path, "theirs").unwrap();
    let SaveOutcome::SavedAside(first) = a.save("mine").unwrap() else {
        panic!()
    };
    fs::write(&first, "edited the conflict file too").unwrap();
    let SaveOutcome::SavedAside(second) = a.save("mine again").unwrap() else {
        panic!()
    };
    assert_ne!(first, second);
    assert_eq!(
        fs::read_to_string(&first).unwrap(),
        "edited the conflict file too"
    );
    assert_eq!(fs::read_to_string(&second).unwrap(), "mine again");
}

#[test]
fn a_touch_that_changed_nothing_is_not_a_conflict() {
    let (_dir, path) = setup("v0");
    let (mut session, _) = Session::open(&path).unwrap();
    fs::write(&path, "v0").unwrap();
    assert_eq!(session.save("v1").unwrap(), SaveOutcome::Saved);
    assert_eq!(fs::read_to_string(&path).unwrap(), "v1");
}

#[test]
fn a_file_deleted_meanwhile_is_written_again() {
    let (_dir, path) = setup("v0");
    let (mut session, _) = Session::open(&path).unwrap();
    fs::remove_file(&path).unwrap();
    assert_eq!(session.save("v1").unwrap(), SaveOutcome::Saved);
    assert_eq!(fs::read_to_string(&path).unwrap(), "v1");
}

/// A NUL byte: the error names the file and the line once ("bad.md:3: a binary file…",
/// not "bad.md:3: line 3: …"), and the file is left as it is.
#[test]
fn a_file_holding_a_nul_byte_is_an_error_naming_its_line_once() {
    let bytes = b"---\ninitiative: x\nbro\0ken\nmore\n".to_vec();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.md");
    fs::write(&path, &bytes).unwrap();
    let err = Session::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::NotAWorkbook { line: 3, .. }),
        "{err:?}"
    );
    let words = err.to_string();
    assert!(
        words.contains("bad.md:3: a binary file (it holds NUL bytes)"),
        "{words}"
    );
    assert!(!words.contains("line 3"), "{words}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(files_in(dir.path()), ["bad.md"]);
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_naming_its_line_and_is_left_untouched() {
    let bytes = b"---\ninitiative: x\n\xff\xfe broken\nmore\n".to_vec();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.md");
    fs::write(&path, &bytes).unwrap();
    let err = Session::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::NotUtf8 { line: 3, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("bad.md:3:"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(
        files_in(dir.path()),
        ["bad.md"],
        "no lock, backup or temp file left"
    );
}

#[test]
fn missing_files_and_folders_are_errors_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.md");
    let err = Session::open(&missing).unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(err.to_string().contains("nope.md"), "{err}");
    assert!(!lock_path(&missing).exists());

    let err = Session::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::NotAFile(_)), "{err:?}");
}

#[test]
fn opening_sweeps_temp_files_of_a_killed_save_and_nothing_else() {
    let (dir, path) = setup("v0");
    fs::write(dir.path().join(".wb.md.Ab12Cd.tmp"), "half a save").unwrap();
    fs::write(dir.path().join(".wb.md.bak.Zz9xY8.tmp"), "half a backup").unwrap();
    fs::write(dir.path().join(".wb.md.my notes.tmp"), "not ours").unwrap();
    fs::write(
        dir.path().join(".other.md.Ab12Cd.tmp"),
        "another workbook's",
    )
    .unwrap();
    let (_session, _) = Session::open(&path).unwrap();
    assert_eq!(
        files_in(dir.path()),
        [
            ".other.md.Ab12Cd.tmp",
            ".wb.md.lock",
            ".wb.md.my notes.tmp",
            "wb.md"
        ]
    );
}

#[cfg(unix)]
#[test]
fn workbooks_backups_and_conflict_files_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;

    let (dir, path) = setup("v0");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let (mut session, _) = Session::open(&path).unwrap();
    session.save("v1").unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&backup_path(&path)), 0o600);
    fs::write(&path, "theirs").unwrap();
    let SaveOutcome::SavedAside(aside) = session.save("v2").unwrap() else {
        panic!()
    };
    assert_eq!(mode(&aside), 0o600);

    let created = dir.path().join("created.md");
    let _new = Session::create(&created, "x").unwrap();
    assert_eq!(mode(&created), 0o600);
}

#[cfg(unix)]
#[test]
fn a_workbook_opened_through_a_symbolic_link_is_saved_where_it_really_is() {
    let real_dir = tempfile::tempdir().unwrap();
    let link_dir = tempfile::tempdir().unwrap();
    let real = real_dir.path().join("wb.md");
    fs::write(&real, "v0").unwrap();
    let link = link_dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let (mut session, text) = Session::open(&link).unwrap();
    assert_eq!(text, "v0");
    assert_eq!(session.path(), link);
    assert_eq!(session.save("v1").unwrap(), SaveOutcome::Saved);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "v1");
    assert_eq!(fs::read_to_string(backup_path(&real)).unwrap(), "v0");
    // The same file through its real name is held too.
    assert!(matches!(
        Session::open(&real),
        Err(StoreError::Locked { .. })
    ));
}

#[test]
fn create_on_a_folder_says_it_is_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let err = Session::create(dir.path(), "x").unwrap_err();
    assert!(matches!(err, StoreError::NotAFile(_)), "{err:?}");
}
