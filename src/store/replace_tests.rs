//! Fault injection for saving (issue 16, point 7): an edit by someone else lands at the worst
//! moments of a save — while the new text is written and synced, and between the last check
//! and the replacement — and neither side's bytes are lost: the other side's edit stays in
//! the workbook, ours goes to a conflict copy beside it.

use std::path::{Path, PathBuf};

use super::replace::{HOOK, Stage};
use super::{SaveOutcome, Session, backup_path};

/// Runs `edit` once, at `stage` of the next save on this thread.
fn at(stage: Stage, edit: impl FnOnce(&Path) + 'static) {
    let mut edit = Some(edit);
    HOOK.with(|h| {
        *h.borrow_mut() = Some(Box::new(move |s, path| {
            if s == stage
                && let Some(edit) = edit.take()
            {
                edit(path);
            }
        }));
    });
}

fn clear() {
    HOOK.with(|h| *h.borrow_mut() = None);
}

/// An editor that writes in place (same file).
fn write_in_place(path: &Path) {
    std::fs::write(path, "their edit, in place\n").unwrap();
}

/// An editor that writes a new file and renames it over (most do).
fn write_and_rename(path: &Path) {
    let other = path.with_file_name("editor-temp");
    std::fs::write(&other, "their edit, renamed over\n").unwrap();
    std::fs::rename(&other, path).unwrap();
}

fn others(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name != "wb.md" && name != "wb.md.bak" && !name.ends_with(".lock")
        })
        .collect();
    found.sort();
    found
}

/// A workbook file holding `text`, private (mode 0600, as convene makes them: its backup is
/// then a second name of it) or not (then the backup is a copy).
fn workbook(dir: &Path, text: &str, private: bool) -> PathBuf {
    let path = dir.join("wb.md");
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = if private { 0o600 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let _ = private;
    path
}

fn edit_lands(stage: Stage, edit: fn(&Path), theirs: &str) {
    edit_lands_on(stage, edit, theirs, true);
    edit_lands_on(stage, edit, theirs, false);
}

fn edit_lands_on(stage: Stage, edit: fn(&Path), theirs: &str, private: bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "as opened\n", private);
    let (mut session, _) = Session::open(&path).unwrap();
    at(stage, edit);
    let outcome = session.save("our answers\n");
    clear();
    let aside = match outcome {
        Ok(SaveOutcome::SavedAside(aside)) => aside,
        other => panic!("{stage:?}: expected the save to go aside, got {other:?}"),
    };
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs, "{stage:?}");
    assert_eq!(
        std::fs::read_to_string(&aside).unwrap(),
        "our answers\n",
        "{stage:?}"
    );
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        "as opened\n",
        "{stage:?}, private: {private}"
    );
    // Nothing else is left beside it: no temp file, no other copy.
    assert_eq!(others(dir.path()), vec![aside.clone()], "{stage:?}");
    // Later saves go on beside it, and never touch their file.
    assert_eq!(
        session.save("more answers\n").unwrap(),
        SaveOutcome::SavedAside(aside.clone())
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
}

#[test]
fn an_edit_landing_while_the_new_text_is_written_is_kept() {
    edit_lands(Stage::Written, write_in_place, "their edit, in place\n");
    edit_lands(
        Stage::Written,
        write_and_rename,
        "their edit, renamed over\n",
    );
}

#[test]
fn an_edit_landing_between_the_last_check_and_the_swap_is_kept() {
    edit_lands(Stage::Checked, write_in_place, "their edit, in place\n");
    edit_lands(
        Stage::Checked,
        write_and_rename,
        "their edit, renamed over\n",
    );
}

#[test]
fn a_save_with_no_one_else_replaces_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wb.md");
    std::fs::write(&path, "as opened\n").unwrap();
    let (mut session, _) = Session::open(&path).unwrap();
    assert_eq!(session.save("ours\n").unwrap(), SaveOutcome::Saved);
    assert_eq!(session.save("ours again\n").unwrap(), SaveOutcome::Saved);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "ours again\n");
    assert_eq!(others(dir.path()), Vec::<PathBuf>::new());
}

/// The identity of a file (device and inode), to tell a second name from a copy.
#[cfg(unix)]
fn inode(path: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt as _;
    let meta = std::fs::metadata(path).unwrap();
    (meta.dev(), meta.ino())
}

#[cfg(unix)]
#[test]
fn the_backup_of_a_private_file_is_the_replaced_file_itself_not_a_second_write() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "as opened\n", true);
    let opened = inode(&path);
    // A backup left by an earlier session is replaced.
    std::fs::write(backup_path(&path), "an older backup\n").unwrap();
    let (mut session, _) = Session::open(&path).unwrap();
    assert_eq!(session.save("ours\n").unwrap(), SaveOutcome::Saved);
    let bak = backup_path(&path);
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), "as opened\n");
    assert_eq!(
        inode(&bak),
        opened,
        "the file as opened, under a second name"
    );
    assert_ne!(inode(&path), opened, "the workbook is a new file");
    assert_eq!(
        std::fs::metadata(&bak).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&bak).unwrap().nlink(),
        1,
        "no other name is left"
    );
    // Later saves of the session leave the backup alone.
    assert_eq!(session.save("ours again\n").unwrap(), SaveOutcome::Saved);
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), "as opened\n");
    assert_eq!(others(dir.path()), Vec::<PathBuf>::new());
    drop(session);
    // The next session's backup is the file as that session opened it.
    let before = inode(&path);
    let (mut session, _) = Session::open(&path).unwrap();
    session.save("a third text\n").unwrap();
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), "ours again\n");
    assert_eq!(inode(&bak), before);
}

#[cfg(unix)]
#[test]
fn a_file_others_may_read_is_backed_up_as_a_private_copy() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = workbook(dir.path(), "as opened\n", false);
    let opened = inode(&path);
    let (mut session, _) = Session::open(&path).unwrap();
    session.save("ours\n").unwrap();
    let bak = backup_path(&path);
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), "as opened\n");
    assert_ne!(inode(&bak), opened, "a copy");
    assert_eq!(
        std::fs::metadata(&bak).unwrap().permissions().mode() & 0o777,
        0o600
    );
}
