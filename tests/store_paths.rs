//! The data folder and the names of new workbook files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

use convene::store::{StoreError, data_dir, lock_path, new_workbook_path, slug};

#[test]
fn slugs_keep_letters_and_digits_of_any_script_and_nothing_else() {
    assert_eq!(
        slug("Falls prevention partnership"),
        "falls-prevention-partnership"
    );
    assert_eq!(slug("  NHS / Council: 2026!  "), "nhs-council-2026");
    assert_eq!(slug("Équipe santé"), "équipe-santé");
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("..\\..\\windows"), "windows");
    assert_eq!(slug("a\nb\tc\u{1b}[2J"), "a-b-c-2j");
    assert_eq!(slug("!!!"), "workbook");
    assert_eq!(slug(""), "workbook");
    assert_eq!(slug("CON"), "con-workbook");
    assert_eq!(slug("nul"), "nul-workbook");
}

#[test]
fn long_names_are_cut() {
    let s = slug(&"word ".repeat(100));
    assert!(s.chars().count() <= 60, "{s}");
    assert!(!s.ends_with('-'));
}

#[test]
fn a_new_path_stays_in_its_folder_whatever_the_name() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "../../../etc/passwd",
        "/abs/path",
        "..",
        ".",
        "C:\\x",
        "a/../../b",
    ] {
        let p = new_workbook_path(dir.path(), name);
        assert_eq!(p.parent(), Some(dir.path()), "{name} gave {}", p.display());
        let file = p.file_name().unwrap().to_str().unwrap();
        assert!(file.ends_with(".md") && !file.starts_with('.'), "{file}");
    }
}

#[test]
fn a_new_path_is_never_an_existing_file_or_a_locked_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = new_workbook_path(dir.path(), "Falls prevention");
    assert_eq!(first, dir.path().join("falls-prevention.md"));
    fs::write(&first, "mine").unwrap();
    let second = new_workbook_path(dir.path(), "Falls prevention");
    assert_eq!(second, dir.path().join("falls-prevention-2.md"));
    fs::write(&second, "mine too").unwrap();
    // Being created right now by another convene: it holds the lock, the file is not there
    // yet (a lock file nobody holds changes nothing: tests/store_lock.rs).
    let lock = lock_path(&dir.path().join("falls-prevention-3.md"));
    fs::write(&lock, "").unwrap();
    let held = fs::File::open(&lock).unwrap();
    held.lock().unwrap();
    let fourth = new_workbook_path(dir.path(), "Falls prevention");
    assert_eq!(fourth, dir.path().join("falls-prevention-4.md"));
    assert_eq!(fs::read_to_string(&first).unwrap(), "mine");
}

#[test]
fn an_overridden_data_dir_is_created() {
    let root = tempfile::tempdir().unwrap();
    let wanted = root.path().join("a").join("b");
    let dir = data_dir(Some(&wanted)).unwrap();
    assert_eq!(dir, wanted);
    assert!(dir.is_dir());
    // Asking again for an existing folder is fine.
    assert_eq!(data_dir(Some(&wanted)).unwrap(), wanted);
}

#[cfg(unix)]
#[test]
fn a_created_data_dir_is_private_and_an_existing_one_is_left_alone() {
    use std::os::unix::fs::PermissionsExt as _;
    let root = tempfile::tempdir().unwrap();
    let created = data_dir(Some(&root.path().join("new"))).unwrap();
    let mode = fs::metadata(&created).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);

    let existing = root.path().join("shared");
    fs::create_dir(&existing).unwrap();
    fs::set_permissions(&existing, fs::Permissions::from_mode(0o755)).unwrap();
    data_dir(Some(&existing)).unwrap();
    let mode = fs::metadata(&existing).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755);
}

#[test]
fn a_data_dir_that_is_a_file_is_an_error_naming_it() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("notes.txt");
    fs::write(&file, "x").unwrap();
    let err = data_dir(Some(&file)).unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
    assert!(err.to_string().contains("notes.txt"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
}
