//! End-to-end: the settings in a real terminal. With the mouse off (a flag, the environment
//! or the settings file) the full screens leave the mouse to the terminal, so its own text
//! selection works; the settings' name is offered in the welcome and lands in the workbook.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::pty::{Pty, keys::*};

/// Opens a new workbook's screen with `args` and `env`, waits until it is drawn, and says
/// whether the mouse was taken; then quits.
fn mouse_taken(args: &[&str], env: &[(&str, &str)]) -> bool {
    let data = tempfile::tempdir().unwrap();
    let pack = support::pack_dir();
    let mut all = vec!["--content", &pack, "new", "Mouse test"];
    all.extend_from_slice(args);
    let mut t = Pty::spawn_with_env(&all, data.path(), (100, 30), env);
    t.wait_for("Name the hub?", 20);
    let taken = t.mouse_reporting();
    t.send(CTRL_Q);
    t.wait_exit(20);
    t.assert_restored(5);
    taken
}

#[test]
fn the_mouse_is_taken_by_default_and_left_alone_when_turned_off() {
    assert!(mouse_taken(&[], &[]), "the mouse is on by default");
    assert!(!mouse_taken(&["--no-mouse"], &[]), "--no-mouse");
    assert!(
        !mouse_taken(&[], &[("CONVENE_MOUSE", "off")]),
        "CONVENE_MOUSE=off"
    );
    assert!(
        mouse_taken(&["--mouse"], &[("CONVENE_MOUSE", "off")]),
        "a flag wins over the environment"
    );
}

#[test]
fn the_settings_file_names_the_participant_and_turns_the_mouse_off() {
    let data = tempfile::tempdir().unwrap();
    let settings = data.path().join("settings.toml");
    std::fs::write(&settings, "participant = \"Sam Settings\"\nmouse = false\n").unwrap();
    let pack = support::pack_dir();
    let mut t = Pty::spawn_with_env(
        &["--content", &pack],
        data.path(),
        (110, 40),
        &[("CONVENE_SETTINGS", settings.to_str().unwrap())],
    );
    t.wait_for("Welcome to convene", 20);
    assert!(!t.mouse_reporting(), "mouse = false in the settings file");
    t.type_text("Falls hub");
    t.wait_for("Falls hub", 10);
    t.send(ENTER);
    // The name step offers the settings' name; Enter keeps it.
    t.wait_for("Your own name", 10);
    t.wait_for("Sam Settings", 10);
    t.send(ENTER);
    t.wait_for("before or after", 10);
    t.send(ENTER);
    t.wait_for("Name the hub?", 20);
    t.send(CTRL_Q);
    t.wait_exit(20);
    let file = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .expect("the new workbook");
    assert_eq!(
        support::read_from_disk(&file).meta.participant,
        "Sam Settings"
    );
}
