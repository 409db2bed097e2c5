//! A save killed at any moment (SIGKILL) leaves the whole old or the whole new file, and the
//! dead process's lock keeps no one out. The test binary runs itself as the saving child.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use convene::store::{Session, StoreError, backup_path};

/// Set in the child: the workbook it saves, over and over.
const CHILD_ENV: &str = "CONVENE_TEST_SAVER_FILE";
const ROUNDS: usize = 16;

/// Version `k` of a 2–3 MB workbook; lengths differ so a cut file cannot pass for another.
fn version(k: u64) -> String {
    let line = format!("version {k}: a line of answers, ünïcode included\n");
    let lines = 50_000 + usize::try_from(k % 7).unwrap() * 4_000;
    format!("# version {k}\n{}end of version {k}\n", line.repeat(lines))
}

/// Which complete version `text` is, if it is one.
fn which_version(text: &str) -> Option<u64> {
    let k: u64 = text
        .lines()
        .next()?
        .strip_prefix("# version ")?
        .parse()
        .ok()?;
    (text == version(k)).then_some(k)
}

/// The child's entry point: does nothing in an ordinary test run. In the child it saves
/// version after version until it is killed.
#[test]
fn saver_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let path = Path::new(&path);
    let (mut session, text) = Session::open(path).unwrap();
    let start = which_version(&text).unwrap();
    for k in start + 1.. {
        session.save(&version(k)).unwrap();
        if k == start + 1 {
            fs::write(path.with_file_name("ready"), "").unwrap();
        }
    }
}

fn temp_files(dir: &Path) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.starts_with(".wb.md.") && name.ends_with(".tmp")
        })
        .count()
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_old_or_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wb.md");
    fs::write(&path, version(0)).unwrap();
    let ready = dir.path().join("ready");
    let mut seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mut last = 0;
    let mut killed_mid_save = 0;

    for round in 0..ROUNDS {
        let _ = fs::remove_file(&ready);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "saver_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !ready.exists() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the saving child exited early: {status}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "child never got going"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        if round == 0 {
            // While it runs, no one else gets the workbook, and we are told who has it.
            match Session::open(&path) {
                Err(StoreError::Locked { pid, .. }) => assert_eq!(pid, Some(child.id())),
                other => panic!("expected the workbook to be locked, got {other:?}"),
            }
        }
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        if round % 2 == 1 {
            // Aim at the dangerous part: wait until a save has its temp file, then kill
            // within the next few milliseconds (mid-write, mid-fsync or just after the rename).
            while temp_files(dir.path()) == 0 && started.elapsed() < Duration::from_secs(60) {
                std::thread::yield_now();
            }
            std::thread::sleep(Duration::from_micros(u64::from(seed % 3_000)));
        } else {
            std::thread::sleep(Duration::from_micros(u64::from(seed % 60_000)));
        }
        child.kill().unwrap();
        child.wait().unwrap();

        if temp_files(dir.path()) > 0 {
            killed_mid_save += 1;
        }
        let text = fs::read_to_string(&path).unwrap();
        let k = which_version(&text)
            .unwrap_or_else(|| panic!("round {round}: not a whole version ({} bytes)", text.len()));
        assert!(
            k >= last,
            "round {round}: went back from version {last} to {k}"
        );
        last = k;
        let backup = fs::read_to_string(backup_path(&path)).unwrap();
        assert!(
            which_version(&backup).is_some(),
            "round {round}: the backup is not whole"
        );

        // The dead child's lock keeps no one out; its half-written temp files are swept.
        let (session, reopened) = Session::open(&path).unwrap();
        assert_eq!(reopened, text);
        assert_eq!(temp_files(dir.path()), 0, "round {round}: temp files left");
        drop(session);
    }
    assert!(
        last >= ROUNDS as u64,
        "the child saved too little to prove anything"
    );
    assert!(
        killed_mid_save > 0,
        "no kill landed in the middle of a save, so the test proved nothing"
    );
    eprintln!("{ROUNDS} kills, {killed_mid_save} in the middle of a save, last version {last}");
}
