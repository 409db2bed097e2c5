//! A panic before the workbook screen's guarded loop (here the system refusing to start a
//! thread) ends as one line and exit 1, with the terminal restored — never Rust's raw
//! report and exit 101 (issue 16, point 11).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::pty::Pty;

#[test]
fn a_thread_the_system_refuses_is_one_line_and_exit_1() {
    let data = tempfile::tempdir().unwrap();
    let path = support::make_workbook(data.path(), "Panics");
    let pack = support::pack_dir();
    // Every new thread asks for this much stack: the system refuses it.
    let mut t = Pty::spawn_with_env(
        &["open", path.to_str().unwrap(), "--content", &pack],
        data.path(),
        (100, 30),
        &[("RUST_MIN_STACK", "999999999999999")],
    );
    assert_eq!(t.wait_exit(20), 1);
    t.assert_restored(10);
    let screen = t.screen();
    assert!(screen.contains("convene: internal error"), "{screen}");
    assert!(!screen.contains("panicked"), "{screen}");
    let said: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(said.len(), 1, "one line: {said:#?}");
}
