//! `convene check` through the real binary: exit codes and the output format.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .arg("check")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn a_valid_pack_prints_a_summary_line_and_one_line_per_path_and_exits_0() {
    let out = check(&["tests/packs/valid/full"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "content: valid — 2 themes, 3 exercises, 12 prompts (1 line, 1 text, 2 list, 1 choice, \
         1 multi-choice, 2 scale, 2 grid, 2 quadrant); pack full-pack 2.1\n\
         path full: 3 exercises, no time estimates\n"
    );
    assert_eq!(text(&out.stderr), "");
}

/// The path lines are a contract: `path ID: N exercises, about M minutes`, in pack order.
#[test]
fn each_path_is_one_line_with_its_exercises_and_minutes() {
    let out = check(&["tests/packs/valid/paths"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().skip(1).collect();
    assert_eq!(
        lines,
        [
            "path core: 2 exercises, about 13 minutes",
            "path after: 2 exercises, about 20 minutes",
            "path full: 4 exercises, about 28 minutes",
        ]
    );
}

#[test]
fn the_built_in_pack_is_valid() {
    let out = check(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).starts_with("content: valid — "));
}

#[test]
fn problems_go_to_stdout_as_file_line_column_and_exit_1() {
    let out = check(&["tests/packs/invalid/unknown-key"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "tests/packs/invalid/unknown-key/main.yaml:19:13: unknown key \"optons\" in a list's field \
         (hint: did you mean \"options\"? allowed keys for kind \"choice\": \"id\", \"label\", \"help\", \
         \"kind\", \"options\", \"options_from\")\n"
    );
    assert_eq!(
        text(&out.stderr),
        "convene: the content pack tests/packs/invalid/unknown-key has 1 problem\n"
    );
}

#[test]
fn several_problems_one_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    let pack = std::fs::read_to_string(base.join("pack.yaml")).unwrap();
    std::fs::write(
        dir.path().join("pack.yaml"),
        pack.replace("[main]", "[main, gone]"),
    )
    .unwrap();
    let main = std::fs::read_to_string(base.join("main.yaml")).unwrap();
    std::fs::write(
        dir.path().join("main.yaml"),
        main.replace("level: today", "level: someday"),
    )
    .unwrap();
    let out = check(&[dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let d = dir.path().display();
    assert!(
        lines[0].starts_with(&format!(
            "{d}/pack.yaml:6:16: no theme file has the id \"gone\""
        )),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{d}/main.yaml:7:12: \"someday\" is not a level")),
        "{stdout}"
    );
    assert!(text(&out.stderr).ends_with("has 2 problems\n"));
}

#[test]
fn a_missing_folder_is_exit_1_without_a_panic() {
    let out = check(&["/nonexistent/pack"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("/nonexistent/pack:1:1: cannot read the folder"),
        "{stdout}"
    );
    assert!(!text(&out.stderr).contains("panicked"));
}

#[test]
fn without_dir_the_content_option_is_checked() {
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(["--content", "tests/packs/invalid/bad-level", "check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).starts_with("tests/packs/invalid/bad-level/main.yaml:7:12: "));
}

#[test]
fn another_command_on_a_broken_pack_says_so_in_one_line_and_exits_1() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(["--content", "tests/packs/invalid/alias-bomb", "list"])
        .env("CONVENE_DATA_DIR", data.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("tests/packs/invalid/alias-bomb/main.yaml:1:1:")
            && err.contains("convene check tests/packs/invalid/alias-bomb"),
        "{err}"
    );
}
