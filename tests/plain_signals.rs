//! Plain mode stopped from outside (issue 16, point 9): SIGTERM, SIGHUP and SIGINT (Ctrl-C)
//! end it as the end of input does — what was typed is saved, the lock is let go, it says
//! where the answers are and exits 0 — rather than killing it with the lock file left behind.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cli_support::{run_ok, workbook_file};

const PACK: &str = "tests/packs/valid/full";

/// Waits (up to a minute; a broken program fails here rather than hangs) until `ok`.
fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < Duration::from_secs(60), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stopped_by(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(
        dir.path(),
        PACK,
        &["--plain", "new", "Falls"],
        "Falls partnership\n",
    );
    let path = workbook_file(&String::from_utf8_lossy(&out.stdout));
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "--content",
            PACK,
        ])
        .args(["--plain", "open", path.to_str().unwrap()])
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap_or_default());
        }
    });
    let mut stdin = child.stdin.take().unwrap();
    let typed = format!("Typed before SIG{signal}");
    writeln!(stdin, "{typed}\n.").unwrap();
    stdin.flush().unwrap();
    // Saved after every answer: once it is on disk the answer has been taken.
    wait_until("the answer is saved", || {
        std::fs::read_to_string(&path).is_ok_and(|t| t.contains(&typed))
    });
    let lock = convene::store::lock_path(&path);
    assert!(lock.exists(), "the workbook is locked while open");
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    // Standard input stays open: only the signal can end it.
    let exit = child.wait().unwrap();
    drop(stdin);
    assert_eq!(exit.code(), Some(0), "SIG{signal}: {exit:?}");
    // Everything it said, up to the end of its output.
    let said: Vec<String> = rx.iter().collect();
    assert!(
        said.iter()
            .any(|l| l.starts_with("Your answers are saved in")),
        "{said:#?}"
    );
    assert!(!lock.exists(), "SIG{signal}: the lock file is left behind");
    let (session, _) = convene::store::Session::open(&path).unwrap();
    drop(session);
    assert!(std::fs::read_to_string(&path).unwrap().contains(&typed));
}

#[test]
fn sigterm_saves_and_lets_go() {
    stopped_by("TERM");
}

#[test]
fn sighup_saves_and_lets_go() {
    stopped_by("HUP");
}

#[test]
fn sigint_saves_and_lets_go() {
    stopped_by("INT");
}
