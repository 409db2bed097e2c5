//! End-to-end: saves run beside the screen (issue 17, point 5). A save that cannot finish
//! (the workbook's place taken by a named pipe nobody writes to yet, so reading it back
//! blocks) does not hold the keys up; quitting waits for it; when it finishes, every key
//! typed meanwhile is on disk, in order.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use convene::workbook::Workbook;

use support::pty::keys::*;
use support::{make_workbook, open_path_in_pty, text_answer};

/// Puts a named pipe in the workbook's place: a save reads the file back before it replaces
/// it, and opening a pipe to read waits until someone opens it to write.
fn hold_saves(path: &Path) {
    std::fs::remove_file(path).unwrap();
    nix::unistd::mkfifo(
        path,
        nix::sys::stat::Mode::S_IRUSR | nix::sys::stat::Mode::S_IWUSR,
    )
    .unwrap();
}

/// Lets a held save go on: what it reads back is not what it wrote, so it goes beside.
/// Panics when no save is waiting on the pipe within 20 s (rather than wait for ever).
fn release_saves(path: &Path) {
    use std::os::unix::fs::OpenOptionsExt as _;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut pipe = loop {
        // Without a reader on the other end, a non-blocking open fails (ENXIO).
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(nix::fcntl::OFlag::O_NONBLOCK.bits())
            .open(path)
        {
            Ok(pipe) => break pipe,
            Err(_) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(err) => panic!("no save is waiting on the pipe: {err}"),
        }
    };
    pipe.write_all(b"someone else's text\n").unwrap();
}

/// A workbook opened in a pty, `first` typed as the first answer, then the saves held and
/// Ctrl-S pressed (its save waits on the pipe).
fn typed_then_held(data: &Path, first: &str) -> (support::pty::Pty, PathBuf) {
    let path = make_workbook(data, "Held saves");
    let mut t = open_path_in_pty(data, &path, 120, 40);
    t.wait_for("Name the hub?", 20);
    t.type_text(first);
    t.wait_for(first, 10);
    hold_saves(&path);
    t.send(CTRL_S);
    (t, path)
}

/// Once the session has ended: the pipe's text was not overwritten, every answer went to
/// the one copy beside it, read back here.
fn the_copy_beside(path: &Path) -> Workbook {
    let copies = convene::store::conflict_copies(path);
    assert_eq!(copies.len(), 1, "{copies:?}");
    support::read_from_disk(&copies[0])
}

#[test]
fn keys_are_handled_while_a_save_is_held_and_quitting_waits_for_it() {
    let data = tempfile::tempdir().unwrap();
    let (mut t, path) = typed_then_held(data.path(), "first");
    // The save is held; the screen still takes keys and shows them.
    t.type_text(" then more");
    t.wait_for("first then more", 10);
    t.send(TAB);
    t.type_text("a story typed while it waits");
    t.wait_for("a story typed while it waits", 10);
    t.send(CTRL_Q);
    // Quitting waits for the save: still running, still on its screen.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(t.in_alternate_screen(), "left before the save was done");
    release_saves(&path);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = the_copy_beside(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("first then more")
    );
    assert_eq!(
        text_answer(&wb, "basics.story").as_deref(),
        Some("a story typed while it waits")
    );
}

#[test]
fn sigterm_while_a_save_is_held_waits_for_it_and_loses_nothing() {
    let data = tempfile::tempdir().unwrap();
    let (mut t, path) = typed_then_held(data.path(), "before the pipe");
    t.type_text(", after it");
    t.wait_for("before the pipe, after it", 10);
    t.signal("TERM");
    release_saves(&path);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let wb = the_copy_beside(&path);
    assert_eq!(
        text_answer(&wb, "basics.name").as_deref(),
        Some("before the pipe, after it")
    );
}
