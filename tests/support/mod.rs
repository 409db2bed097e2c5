//! Shared helpers of the end-to-end tests: the pty harness, the e2e content pack, making a
//! workbook file and reading one back from disk.
//!
//! Test-only code. Never touches anything outside the temp folders it is handed.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod pty;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use convene::content::Pack;
use convene::store;
use convene::workbook::Workbook;

/// The fixture pack with one prompt of every kind (tests/packs/e2e).
pub fn pack_dir() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/packs/e2e").to_string()
}

pub fn pack() -> Pack {
    convene::store::pack::load_dir(Path::new(&pack_dir())).expect("the e2e pack loads")
}

/// A new, empty workbook file in `dir` for the e2e pack, not held open.
pub fn make_workbook(dir: &Path, initiative: &str) -> PathBuf {
    let pack = pack();
    let path = dir.join("workbook.md");
    let workbook = store::blank_workbook(&pack, initiative, "Tester");
    let session = store::create_workbook(&path, &workbook, &pack).expect("create the workbook");
    drop(session);
    path
}

/// A new workbook in `dir`, opened with `convene open` in a `cols`×`rows` pseudo-terminal.
pub fn open_in_pty(dir: &Path, initiative: &str, cols: u16, rows: u16) -> (PathBuf, pty::Pty) {
    let path = make_workbook(dir, initiative);
    let t = open_path_in_pty(dir, &path, cols, rows);
    (path, t)
}

/// `convene open PATH` with the e2e pack in a `cols`×`rows` pseudo-terminal.
pub fn open_path_in_pty(dir: &Path, path: &Path, cols: u16, rows: u16) -> pty::Pty {
    let file = path.to_str().expect("a UTF-8 temp path");
    pty::Pty::spawn(&["open", file, "--content", &pack_dir()], dir, cols, rows)
}

/// The workbook as it is on disk now (without taking its lock).
pub fn read_from_disk(path: &Path) -> Workbook {
    let text = std::fs::read_to_string(path).expect("read the workbook");
    convene::format::markdown::read(&text).expect("parse the workbook")
}

/// Waits until the workbook on disk satisfies `ok`; panics with the file after `secs`.
pub fn wait_on_disk(path: &Path, secs: u64, what: &str, ok: impl Fn(&Workbook) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if let Ok(wb) = convene::format::markdown::read(&text)
            && ok(&wb)
        {
            return;
        }
        if Instant::now() > deadline {
            panic!("timed out waiting for {what} on disk; the file holds:\n{text}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The text answer to `id`, if it is one.
pub fn text_answer(wb: &Workbook, id: &str) -> Option<String> {
    match wb.answers.get(id) {
        Some(convene::workbook::Answer::Text(t)) => Some(t.clone()),
        _ => None,
    }
}
