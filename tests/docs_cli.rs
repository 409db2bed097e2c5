//! `convene completions SHELL` and `convene man [COMMAND]` through the real binary: scripts
//! for bash, zsh and fish that name convene's commands, and manual pages that groff and
//! man read without a warning. They need no settings, so a broken settings file does not
//! stop them.
//!
//! groff or man-db must be installed in CI (CI=true); elsewhere a missing one is skipped
//! with a note.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use clap::CommandFactory as _;

/// Every command convene has, from its own command-line definitions.
fn commands() -> Vec<String> {
    let commands: Vec<String> = convene::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(commands.len() >= 9, "{commands:?}");
    commands
}

fn convene(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("settings.toml");
    std::fs::write(&broken, "mouse = maybe\n").unwrap();
    Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(args)
        .env("CONVENE_SETTINGS", &broken)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn completions_for_bash_zsh_and_fish_name_every_command() {
    for (shell, marker) in [
        ("bash", "complete -F _convene"),
        ("zsh", "#compdef convene"),
        ("fish", "complete -c convene"),
    ] {
        let script = stdout(&convene(&["completions", shell]));
        assert!(script.contains(marker), "{shell}:\n{script}");
        for command in commands() {
            assert!(script.contains(&command), "{shell} completes `{command}`");
        }
        assert!(script.contains("no-mouse"), "{shell} completes the flags");
    }
    let out = convene(&["completions", "tcsh"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

/// groff's verdict on a page: `Some(warnings)` (empty when clean), `None` when groff is
/// not installed.
fn groff(page: &str) -> Option<String> {
    let mut child = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "groff failed");
    Some(String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The page as `man -l` shows it, `None` when man is not installed.
fn man(page: &str) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("convene.1");
    std::fs::write(&file, page).unwrap();
    let out = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "man -l: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_manual_pages_parse_and_say_what_help_says() {
    let page = stdout(&convene(&["man"]));
    assert!(page.contains("\n.TH convene 1 "), "{page}");
    for section in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "SUBCOMMANDS",
        "ENVIRONMENT",
        "FILES",
        "EXIT STATUS",
    ] {
        let heading = page
            .lines()
            .filter_map(|l| l.strip_prefix(".SH "))
            .any(|h| h.trim_matches('"') == section);
        assert!(heading, "{section} in:\n{page}");
    }
    let mut pages = vec![("convene".to_string(), page)];
    for command in [
        "new",
        "open",
        "list",
        "check",
        "review",
        "settings",
        "completions",
        "man",
    ] {
        let page = stdout(&convene(&["man", command]));
        assert!(
            page.contains(&format!("\n.TH convene-{command} 1 ")),
            "{page}"
        );
        pages.push((format!("convene-{command}"), page));
    }
    let unknown = convene(&["man", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("review"));

    let mut checked = false;
    for (name, page) in &pages {
        if let Some(warnings) = groff(page) {
            assert!(warnings.is_empty(), "groff warns about {name}:\n{warnings}");
            checked = true;
        }
        if let Some(shown) = man(page) {
            assert!(
                shown.contains("NAME") && shown.contains(name.as_str()),
                "{shown}"
            );
            checked = true;
        }
    }
    if !checked {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "neither groff nor man is on PATH but CI=true: install groff (apt-get install -y groff-base man-db)"
        );
        eprintln!("groff and man not found: skipping the manual page check outside CI");
    }
}
