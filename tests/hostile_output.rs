//! Nothing convene prints can drive the terminal (issue 16, point 6): a corpus of hostile
//! workbooks and packs, generated here, whose words reach error messages, `check`'s
//! problems, `list` and review's plain overview — an unknown moment, an answer or field
//! type, a file name, pack ids, YAML keys — each holding ESC, BEL, NUL, an OSC 52 clipboard
//! request, C1 controls and a direction override. Every byte on stdout and stderr is
//! checked: no control character but the line end.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use cli_support::run_with_input;

/// Terminal trouble: an OSC 52 clipboard write, a title change, a bell, NUL, a C1 CSI and a
/// right-to-left override.
const EVIL: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;title\u{7}\0\u{9b}2J\u{202e}";

/// The same without NUL, for file names (which cannot hold one).
const EVIL_NAME: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;title\u{7}\u{9b}2J\u{202e}";

/// The same, as a YAML double-quoted scalar's escapes.
const EVIL_YAML: &str = "\\e]52;c;cHduZWQ=\\a\\e]0;title\\a\\0\\x9b2J\\u202e";

const PACK: &str = "tests/packs/valid/full";

fn convene(args: &[&OsStr]) -> Output {
    run_with_input(args, "")
}

/// Every byte is printable or a line end; no C1 control or direction override either.
fn assert_clean(what: &str, out: &Output) {
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        for c in text.chars() {
            let bad = (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c);
            assert!(!bad, "{what}: {c:?} on {name}:\n{text}");
        }
    }
}

/// A valid workbook of the full pack, from plain mode.
fn good_workbook(dir: &Path) -> String {
    let data = dir.join("data");
    let out = cli_support::run_ok(&data, PACK, &["--plain", "new", "Good"], "An answer\n");
    let path = cli_support::workbook_file(&String::from_utf8_lossy(&out.stdout));
    fs::read_to_string(path).unwrap()
}

/// Hostile variants of a good workbook's text: (what, file name, text).
fn hostile_workbooks(good: &str) -> Vec<(String, Vec<u8>, String)> {
    let marker = "<!-- convene:answer id=\"";
    let with = |from: &str, to: &str| good.replacen(from, to, 1);
    let evil_pct: String = EVIL.bytes().map(|b| format!("%{b:02X}")).collect();
    vec![
        (
            "an unknown moment".into(),
            b"moment.md".to_vec(),
            with("moment: \"any\"", &format!("moment: \"{EVIL_YAML}\"")),
        ),
        (
            "an answer type".into(),
            b"type.md".to_vec(),
            with("type=\"text\"", &format!("type=\"{evil_pct}\"")),
        ),
        (
            "an unknown when".into(),
            b"when.md".to_vec(),
            with(
                "type=\"text\"",
                &format!("type=\"text\" when=\"{evil_pct}\""),
            ),
        ),
        ("an id twice".into(), b"twice.md".to_vec(), {
            let answer =
                format!("{marker}{evil_pct}\" type=\"text\" -->\nx\n<!-- /convene:answer -->\n");
            good.replacen("\n# ", &format!("\n{answer}\n{answer}\n# "), 1)
        }),
        (
            "a list for a single value".into(),
            b"key.md".to_vec(),
            with(
                "participant: \"",
                &format!("participant: [\"{EVIL_YAML}\"]\nx: \""),
            ),
        ),
        (
            "a YAML error".into(),
            b"yaml.md".to_vec(),
            with("participant:", &format!("participant: [\"{EVIL_YAML}\"\n")),
        ),
        (
            "a file name".into(),
            [b"name".as_slice(), EVIL_NAME.as_bytes(), b".md"].concat(),
            with("---\n", "---\nbroken: [\n"),
        ),
        (
            "not a workbook".into(),
            b"plain.md".to_vec(),
            format!("{EVIL}\n"),
        ),
    ]
}

#[test]
fn hostile_workbooks_put_no_control_character_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let good = good_workbook(dir.path());
    let folder = dir.path().join("cohort");
    fs::create_dir(&folder).unwrap();
    let mut files = Vec::new();
    for (what, name, text) in hostile_workbooks(&good) {
        let path = folder.join(OsStr::from_bytes(&name));
        fs::write(&path, text).unwrap();
        let pack = OsStr::new(PACK);
        let out = convene(&[
            "--content".as_ref(),
            pack,
            "open".as_ref(),
            path.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert_clean(&format!("open: {what}"), &out);
        files.push(path);
    }
    let data = folder.as_os_str();
    let list = convene(&["--data-dir".as_ref(), data, "list".as_ref()]);
    assert_clean("list", &list);
    let review = convene(&["--plain".as_ref(), "review".as_ref(), data]);
    assert_clean("review", &review);
    let named: Vec<&OsStr> = [OsStr::new("--plain"), OsStr::new("review")]
        .into_iter()
        .chain(files.iter().map(|p| p.as_os_str()))
        .collect();
    assert_clean("review of named files", &convene(&named));
}

/// A pack whose ids, file names and keys are hostile.
fn hostile_pack(dir: &Path) -> PathBuf {
    let pack = dir.join("pack");
    fs::create_dir(&pack).unwrap();
    for entry in fs::read_dir(PACK).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), pack.join(entry.file_name())).unwrap();
    }
    let yaml = fs::read_to_string(pack.join("pack.yaml")).unwrap();
    let yaml = yaml
        .replacen("id: full-pack", &format!("id: \"{EVIL_YAML}\""), 1)
        .replacen(
            "themes: [landscape, power]",
            &format!("themes: [landscape, power, \"{EVIL_YAML}\"]"),
            1,
        )
        .replacen(
            "title: Full pack",
            &format!("title: Full pack\n\"{EVIL_YAML}\": 1"),
            1,
        );
    fs::write(pack.join("pack.yaml"), yaml).unwrap();
    let name = [b"theme".as_slice(), EVIL_NAME.as_bytes(), b".yaml"].concat();
    fs::write(
        pack.join(OsStr::from_bytes(&name)),
        format!("id: \"{EVIL_YAML}\"\nbad: [\n"),
    )
    .unwrap();
    pack
}

#[test]
fn a_hostile_pack_puts_no_control_character_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let pack = hostile_pack(dir.path());
    let check = convene(&["check".as_ref(), pack.as_os_str()]);
    assert_eq!(check.status.code(), Some(1));
    assert_clean("check", &check);
    let data = dir.path().join("data");
    let list = convene(&[
        "--content".as_ref(),
        pack.as_os_str(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        "list".as_ref(),
    ]);
    assert_eq!(list.status.code(), Some(1));
    assert_clean("a command with the pack", &list);
    // What is typed on the command line is quoted back made visible too.
    let typed = format!("--no-such{EVIL_NAME}");
    let usage = convene(&[typed.as_ref()]);
    assert_eq!(usage.status.code(), Some(2));
    assert_clean("a usage error", &usage);
}
