//! "Not saved" says why (issue 16, point 10): when a save fails, the system's reason (here
//! "No such file or directory": the workbook's folder was removed while it was open) is in
//! the line plain mode says at once and in the error it ends with. The TUI's status line
//! and quit message get the same words from the same place (`store::reason`).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use cli_support::{Live, run_ok, workbook_file};

const PACK: &str = "tests/packs/valid/full";
const WHY: &str = "No such file or directory";

#[test]
fn a_failed_save_says_the_systems_reason() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sub");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("wb.md");
    let file = path.to_str().unwrap();
    let out = run_ok(
        dir.path(),
        PACK,
        &["--plain", "new", "Falls", "--out", file],
        "Falls partnership\n",
    );
    assert_eq!(workbook_file(&String::from_utf8_lossy(&out.stdout)), path);
    let mut live = Live::plain_open(dir.path(), PACK, &path, "Saved\n.");
    std::fs::remove_dir_all(&folder).unwrap();
    live.type_line("Nursing");
    let said = live.wait_for_line(|l| l.starts_with("Not saved"));
    assert!(said.contains(WHY), "{said}");
    live.close_input();
    let (status, stderr) = live.finish();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("could not be saved"), "{stderr}");
    assert!(stderr.contains(WHY), "{stderr}");
}
