//! Plain mode stopped from outside (issue 16, point 9): SIGTERM, SIGHUP and SIGINT (Ctrl-C)
//! end it as the end of input does — what was typed is saved, the lock is let go, it says
//! where the answers are and exits 0 — rather than killing it with the lock file left behind.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::process::Command;

use cli_support::{Live, run_ok, workbook_file};

const PACK: &str = "tests/packs/valid/full";

fn stopped_by(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(
        dir.path(),
        PACK,
        &["--plain", "new", "Falls"],
        "Falls partnership\n",
    );
    let path = workbook_file(&String::from_utf8_lossy(&out.stdout));
    let typed = format!("Typed before SIG{signal}");
    let mut live = Live::plain_open(dir.path(), PACK, &path, &format!("{typed}\n."));
    let lock = convene::store::lock_path(&path);
    assert!(lock.exists(), "the workbook is locked while open");
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(live.child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    // Standard input stays open: only the signal can end it.
    let (exit, _) = live.finish();
    assert_eq!(exit.code(), Some(0), "SIG{signal}: {exit:?}");
    assert!(
        live.said
            .iter()
            .any(|l| l.starts_with("Your answers are saved in")),
        "{:#?}",
        live.said
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
