//! The settings through the real binary: a settings file round-trips into `convene
//! settings` and into what the commands do (the participant's name in a new workbook, the
//! content pack `check` and `new` use); an environment variable wins over the file and a flag
//! over both; a bad settings file is one clear line naming the file and its line (exit 1),
//! never a crash.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `convene ARGS` with `settings` as its settings file, `env` added, and a data folder in
/// `dir`; nothing on standard input (so `new` runs in plain mode and saves at once).
fn convene(dir: &Path, settings: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    cmd.args(args)
        .env("CONVENE_SETTINGS", settings)
        .env("CONVENE_DATA_DIR", dir.join("data"))
        .current_dir(dir)
        .stdin(Stdio::null());
    for name in [
        "CONVENE_PARTICIPANT",
        "CONVENE_COACH",
        "CONVENE_MOUSE",
        "CONVENE_CONTENT",
    ] {
        cmd.env_remove(name);
    }
    cmd.envs(env.iter().copied()).output().unwrap()
}

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8(out.stdout.clone()).unwrap(),
        String::from_utf8(out.stderr.clone()).unwrap(),
    )
}

fn line_with<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(&format!("{key} ")))
        .unwrap_or_else(|| panic!("no line for {key} in:\n{text}"))
}

#[test]
fn a_settings_file_round_trips_into_convene_settings() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    std::fs::write(
        &settings,
        format!(
            "# mine\nparticipant = \"Sam Okafor\"\ncoach = \"Alex Reid\"\nmouse = false\ncontent = {:?}\n",
            pack.to_str().unwrap()
        ),
    )
    .unwrap();
    let out = convene(dir.path(), &settings, &[], &["settings"]);
    assert!(out.status.success());
    let (shown, _) = text(&out);
    assert!(
        shown.starts_with(&format!("Settings file: {}\n", settings.display())),
        "{shown}"
    );
    assert!(line_with(&shown, "participant").contains("Sam Okafor"));
    assert!(line_with(&shown, "participant").ends_with("from the settings file, line 2"));
    assert!(line_with(&shown, "coach").ends_with("from the settings file, line 3"));
    assert!(line_with(&shown, "mouse").contains(" off "));
    assert!(line_with(&shown, "content").contains(pack.to_str().unwrap()));

    // An environment variable wins over the file, a flag over both.
    let out = convene(
        dir.path(),
        &settings,
        &[("CONVENE_MOUSE", "on"), ("CONVENE_PARTICIPANT", "Env Name")],
        &["--no-mouse", "settings"],
    );
    let (shown, _) = text(&out);
    assert!(
        line_with(&shown, "mouse").ends_with("from --no-mouse"),
        "{shown}"
    );
    assert!(line_with(&shown, "participant").ends_with("from CONVENE_PARTICIPANT"));
    assert!(line_with(&shown, "participant").contains("Env Name"));
    assert!(line_with(&shown, "coach").ends_with("line 3"));
}

#[test]
fn no_settings_file_shows_the_defaults_and_how_to_write_one() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("none.toml");
    let out = convene(dir.path(), &settings, &[], &["settings"]);
    assert!(out.status.success());
    let (shown, _) = text(&out);
    assert!(shown.contains("(there is none yet)"), "{shown}");
    assert!(line_with(&shown, "mouse").ends_with("default"));
    assert!(line_with(&shown, "content").contains("the built-in pack"));
    assert!(shown.contains("participant = \"Sam Okafor\""));
    assert!(
        !settings.exists(),
        "convene settings never creates the file"
    );
}

#[test]
fn the_settings_name_the_participant_and_the_pack() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    // A relative pack path is relative to the settings file's folder.
    let packs = dir.path().join("packs");
    std::fs::create_dir(&packs).unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    for entry in std::fs::read_dir(&base).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, packs.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        &settings,
        "participant = \"Sam Okafor\"\ncontent = \"packs\"\n",
    )
    .unwrap();

    let (checked, _) = text(&convene(dir.path(), &settings, &[], &["check"]));
    assert!(checked.contains("pack test-pack"), "{checked}");

    let read_new = |name: &str| {
        let path = dir.path().join("data").join(format!("{name}.md"));
        convene::format::markdown::read(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let out = convene(dir.path(), &settings, &[], &["new", "From file"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let wb = read_new("from-file");
    assert_eq!(wb.meta.participant, "Sam Okafor");
    assert_eq!(wb.meta.pack, "test-pack");

    let env = [("CONVENE_PARTICIPANT", "Env Name")];
    assert!(
        convene(dir.path(), &settings, &env, &["new", "From env"])
            .status
            .success()
    );
    assert_eq!(read_new("from-env").meta.participant, "Env Name");

    let args = [
        "new",
        "From flag",
        "--participant",
        "Flag Name",
        "--content",
        base.to_str().unwrap(),
    ];
    assert!(convene(dir.path(), &settings, &env, &args).status.success());
    assert_eq!(read_new("from-flag").meta.participant, "Flag Name");
}

#[test]
fn a_bad_settings_file_is_one_line_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    let cases: [(&[u8], &str); 6] = [
        (
            b"participant = \"Sam\"\nmous = false\n",
            ":2: unknown field `mous`",
        ),
        (b"\nmouse = off\n", ":2: string values must be quoted"),
        (
            b"participant = \"Sam\"\ncoach = \"\xff\"\n",
            ":2: not UTF-8 text",
        ),
        (
            b"coach = \"ok\"\n\"\\u001b[31mred\" = 3\n",
            ":2: unknown field `␛[31mred`",
        ),
        (b"mouse = 3\n", ":1: invalid type"),
        (
            b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            ":1: ",
        ),
    ];
    for (bytes, says) in cases {
        std::fs::write(&settings, bytes).unwrap();
        for args in [&["list"][..], &["settings"], &["check"], &["--plain"]] {
            let out = convene(dir.path(), &settings, &[], args);
            let (stdout, stderr) = text(&out);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {stdout}{stderr}");
            let prefix = format!("convene: {}{says}", settings.display());
            assert!(stderr.starts_with(&prefix), "{args:?}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(
                !stderr.contains('\u{1b}') && !stderr.contains("panicked"),
                "{stderr}"
            );
        }
    }
    // A bad variable is named too.
    std::fs::write(&settings, "").unwrap();
    let out = convene(
        dir.path(),
        &settings,
        &[("CONVENE_MOUSE", "sometimes")],
        &["list"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).1.contains("CONVENE_MOUSE"), "{:?}", text(&out));
}

/// `convene settings` and `convene man` print through the one console (issue 16): a name
/// in the settings file or the environment, a bad key and an unknown command holding
/// terminal escapes (a clipboard write, a title change, C1 controls, a direction override)
/// come out as visible symbols, never as control characters.
#[test]
fn settings_and_man_put_no_control_character_on_the_terminal() {
    const EVIL: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;title\u{7}\u{9b}2J\u{202e}";
    let clean = |what: &str, out: &Output| {
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad = text
                .chars()
                .find(|c| (c.is_control() && *c != '\n') || ('\u{202a}'..='\u{202e}').contains(c));
            assert_eq!(bad, None, "{what}: on {name}:\n{text}");
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    let escaped: String = EVIL
        .chars()
        .map(|c| format!("\\u{:04X}", c as u32))
        .collect();
    std::fs::write(&settings, format!("participant = \"{escaped}\"\n")).unwrap();
    let out = convene(
        dir.path(),
        &settings,
        &[("CONVENE_COACH", EVIL)],
        &["settings"],
    );
    assert!(out.status.success(), "{:?}", text(&out));
    assert!(text(&out).0.contains("␛]52;c;"), "{:?}", text(&out));
    clean("settings", &out);
    std::fs::write(&settings, format!("{EVIL} = 1\n")).unwrap();
    let out = convene(dir.path(), &settings, &[], &["settings"]);
    assert_eq!(out.status.code(), Some(1));
    clean("a bad settings file", &out);
    let out = convene(dir.path(), &settings, &[], &["man", EVIL]);
    assert_eq!(out.status.code(), Some(2));
    clean("man with an unknown command", &out);
}
