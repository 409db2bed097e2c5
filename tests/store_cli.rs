//! `convene new`, `open` and `list` through the real binary. Off a terminal (as here), `new`
//! and `open` run in plain mode (tests/plain_session.rs covers that in depth); with no input
//! they save nothing new and exit 0. Every failure is one line on stderr and exit 1 (2 for a
//! usage mistake).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use convene::format::markdown;
use convene::store::{Session, blank_workbook, create_workbook};

fn convene(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("CONVENE_DATA_DIR")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The workbook file plain mode names on its first line.
fn created_path(out: &Output) -> PathBuf {
    let text = stdout(out);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("Workbook file: "))
        .unwrap_or_else(|| panic!("no workbook file named in: {text}"));
    PathBuf::from(line)
}

/// A user-facing error: exit 1, one line on stderr, nothing on stdout.
fn assert_one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("convene: "), "{err}");
    assert!(out.stdout.is_empty());
    err
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn new_without_an_initiative_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = convene(dir.path(), &["new"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("convene new \"Falls prevention partnership\""));
    let out = convene(dir.path(), &["new", "   "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(names_in(dir.path()).is_empty());
}

/// Off a terminal, `convene new` without an initiative asks for it on standard input.
#[test]
fn new_without_an_initiative_asks_for_it_in_plain_mode() {
    use std::io::Write as _;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .arg("--data-dir")
        .arg(&data)
        .args(["--plain", "new"])
        .env_remove("CONVENE_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Healthy Hearts Network\n:quit\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(stdout(&out).starts_with("What is your initiative called?"));
    let path = created_path(&out);
    let wb = markdown::read(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(wb.meta.initiative, "Healthy Hearts Network");
}

#[test]
fn new_off_a_terminal_creates_the_workbook_and_names_it() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let out = convene(
        &data,
        &[
            "new",
            "Falls prevention partnership",
            "--participant",
            "Sam",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let path = created_path(&out);
    assert_eq!(path, data.join("falls-prevention-partnership.md"));
    let wb = markdown::read(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(wb.meta.initiative, "Falls prevention partnership");
    assert_eq!(wb.meta.participant, "Sam");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&data), 0o700);
    }

    let again = convene(&data, &["new", "Falls prevention partnership"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(
        created_path(&again),
        data.join("falls-prevention-partnership-2.md")
    );
    assert_eq!(
        names_in(&data),
        [
            "falls-prevention-partnership-2.md",
            "falls-prevention-partnership.md"
        ]
    );
}

#[test]
fn new_never_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("mine.md");
    fs::write(&out_file, "precious").unwrap();
    let out = convene(
        dir.path(),
        &["new", "X", "--out", out_file.to_str().unwrap()],
    );
    let err = assert_one_line_error(&out);
    assert!(err.contains("mine.md already exists"), "{err}");
    assert_eq!(fs::read_to_string(&out_file).unwrap(), "precious");
    assert_eq!(names_in(dir.path()), ["mine.md"]);

    let nowhere = dir.path().join("no-such-folder").join("x.md");
    let out = convene(
        dir.path(),
        &["new", "X", "--out", nowhere.to_str().unwrap()],
    );
    let err = assert_one_line_error(&out);
    assert!(err.contains("no-such-folder"), "{err}");
}

#[test]
fn open_a_missing_file_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.md");
    let err = assert_one_line_error(&convene(dir.path(), &["open", missing.to_str().unwrap()]));
    assert!(err.contains("nope.md does not exist"), "{err}");
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn open_a_file_that_is_not_utf8_names_the_line_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.md");
    let bytes = b"---\ninitiative: x\n\xc3\x28 broken\n".to_vec();
    fs::write(&bad, &bytes).unwrap();
    let err = assert_one_line_error(&convene(dir.path(), &["open", bad.to_str().unwrap()]));
    assert!(err.contains(&format!("{}:3: ", bad.display())), "{err}");
    assert_eq!(fs::read(&bad).unwrap(), bytes);
    assert_eq!(names_in(dir.path()), ["bad.md"]);
}

#[test]
fn open_a_file_that_is_not_a_workbook_names_the_line_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.md");
    let text = "Shopping list\n\n- eggs\n";
    fs::write(&notes, text).unwrap();
    let err = assert_one_line_error(&convene(dir.path(), &["open", notes.to_str().unwrap()]));
    assert!(err.contains(&format!("{}:", notes.display())), "{err}");
    assert_eq!(fs::read_to_string(&notes).unwrap(), text);
    assert_eq!(names_in(dir.path()), ["notes.md"]);
}

#[test]
fn open_a_workbook_held_by_another_convene_is_refused_with_its_pid() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("held.md");
    fs::write(&path, "whatever is in it").unwrap();
    let (_held, _) = Session::open(&path).unwrap();
    let err = assert_one_line_error(&convene(dir.path(), &["open", path.to_str().unwrap()]));
    assert!(
        err.contains(&format!(
            "held.md is open in another convene (pid {})",
            std::process::id()
        )),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "whatever is in it");
}

#[test]
fn open_a_good_workbook_off_a_terminal_with_no_input_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let pack = convene::content::load_builtin().unwrap();
    let path = dir.path().join("wb.md");
    drop(create_workbook(&path, &blank_workbook(&pack, "Falls", ""), &pack).unwrap());
    let before = fs::read(&path).unwrap();
    let out = convene(dir.path(), &["open", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(created_path(&out), path);
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(names_in(dir.path()), ["wb.md"]);
}

#[test]
fn list_an_empty_data_dir_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = convene(dir.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("No workbooks yet"), "{text}");
    assert!(text.contains("convene new \"My initiative\""), "{text}");

    // Listing only reads: a data folder that does not exist is not created.
    let missing = dir.path().join("not-yet");
    let out = convene(&missing, &["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("No workbooks yet"));
    assert!(!missing.exists());
}

#[test]
fn list_shows_each_workbook_newest_first_and_why_a_file_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    let pack = convene::content::load_builtin().unwrap();
    // Optional prompts are not counted in progress.
    let total = pack.prompts().filter(|p| !p.optional).count();
    let older = convene(dir.path(), &["new", "Older initiative"]);
    assert_eq!(older.status.code(), Some(0), "{}", stderr(&older));
    let newer = convene(dir.path(), &["new", "Newer \u{1b}[2J initiative"]);
    assert_eq!(newer.status.code(), Some(0), "{}", stderr(&newer));
    let old_path = dir.path().join("older-initiative.md");
    let when = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&old_path)
        .unwrap()
        .set_modified(when)
        .unwrap();
    fs::write(dir.path().join("broken.md"), b"\xff").unwrap();
    let broken = dir.path().join("broken.md");
    fs::File::options()
        .write(true)
        .open(&broken)
        .unwrap()
        .set_modified(when - std::time::Duration::from_secs(60))
        .unwrap();

    let out = convene(dir.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        !text.contains('\u{1b}'),
        "a control character reached the terminal: {text:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    // One answered: a new workbook answers the question that names the initiative.
    assert!(
        lines[0].contains("newer") && lines[0].ends_with(&format!("1/{total}")),
        "{text}"
    );
    assert!(
        lines[1].starts_with(&old_path.display().to_string()),
        "{text}"
    );
    assert!(
        lines[1].contains("Older initiative") && lines[1].ends_with(&format!("1/{total}")),
        "{text}"
    );
    assert!(
        lines[2].contains("broken.md")
            && lines[2].contains("(line 1: not UTF-8 text, so not a workbook)"),
        "{text}"
    );
}

#[test]
fn list_uses_convene_data_dir_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .arg("list")
        .env("CONVENE_DATA_DIR", dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(&dir.path().display().to_string()));
}
