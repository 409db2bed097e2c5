//! Running the real `convene` binary with text on its standard input, as a script or a
//! screen reader's user would, and checking what it prints is plain text.
//!
//! Test support only: panics on a spawn or pipe failure, which is a broken test machine.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::ffi::OsStr;
use std::io::Write as _;
use std::process::{Command, Output, Stdio};

/// Runs `convene ARGS...` with `input` on standard input (then closed), `TERM=xterm` and no
/// `CONVENE_DATA_DIR` from the caller's environment, and returns what it did.
pub fn run_with_input<I, S>(args: I, input: &str) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut child = spawn(args);
    // The program may exit before reading everything (e.g. at `:quit`): that is not an error.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

/// `convene ARGS...` started with its three standard streams piped, `TERM=xterm` and no
/// data folder, coach or settings file from the caller's environment.
fn spawn<I, S>(args: I) -> std::process::Child
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_convene"))
        // Never the settings file of the machine running the tests.
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .args(args)
        .env("TERM", "xterm-256color")
        .env_remove("CONVENE_DATA_DIR")
        .env_remove("CONVENE_COACH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The raw output is what a screen reader would get: no ESC, no control character but `\n`,
/// no C1 control. Returns it as text.
pub fn assert_plain(out: &Output) -> String {
    for (i, b) in out.stdout.iter().enumerate() {
        assert!(
            *b == b'\n' || (*b >= 0x20 && *b != 0x7f),
            "control byte {b:#04x} at {i} in:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    for c in text.chars() {
        assert!(!('\u{80}'..='\u{9f}').contains(&c), "C1 control {c:?}");
    }
    text
}

/// `convene --data-dir DATA --content PACK ARGS...` with `input` on standard input; it must
/// exit 0 (else the test fails with what it printed on standard error).
pub fn run_ok(data: &std::path::Path, pack: &str, args: &[&str], input: &str) -> Output {
    let mut all = vec!["--data-dir", data.to_str().unwrap(), "--content", pack];
    all.extend_from_slice(args);
    let out = run_with_input(all, input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A new workbook "Falls" made in plain mode against `pack` in `data`, named "Falls
/// partnership" at the welcome: its path and what was written.
pub fn new_falls(data: &std::path::Path, pack: &str) -> (std::path::PathBuf, String) {
    let out = run_ok(
        data,
        pack,
        &["--plain", "new", "Falls"],
        "Falls partnership\n",
    );
    let path = workbook_file(&String::from_utf8_lossy(&out.stdout));
    let md = std::fs::read_to_string(&path).unwrap();
    (path, md)
}

/// A plain-mode session on the workbook at `path` that saves: it renames the initiative
/// to `name` (question 1). Gives the file as the session left it.
pub fn rename_falls(
    data: &std::path::Path,
    pack: &str,
    path: &std::path::Path,
    name: &str,
) -> String {
    let file = path.to_str().unwrap();
    run_ok(
        data,
        pack,
        &["--plain", "open", file],
        &format!(":go 1\n{name}\n"),
    );
    let saved = std::fs::read_to_string(path).unwrap();
    assert!(saved.contains(name), "{saved}");
    saved
}

/// The workbook file plain mode names in its first line (`Workbook file: PATH`).
pub fn workbook_file(out: &str) -> std::path::PathBuf {
    out.lines()
        .find_map(|l| l.strip_prefix("Workbook file: "))
        .expect("the output names the workbook file")
        .into()
}

/// A `convene` run with its standard input kept open, to be fed a line at a time while the
/// test looks at its files and output.
pub struct Live {
    pub child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    lines: std::sync::mpsc::Receiver<String>,
    /// Every line it has printed so far (read by `wait_for_line`).
    pub said: Vec<String>,
}

impl Live {
    /// Starts `convene ARGS...` (as `run_with_input` does).
    pub fn start(args: &[&str]) -> Live {
        let mut child = spawn(args);
        let (tx, lines) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            use std::io::BufRead as _;
            for line in std::io::BufReader::new(stdout).lines() {
                let _ = tx.send(line.unwrap_or_default());
            }
        });
        let stdin = child.stdin.take();
        Live {
            child,
            stdin,
            lines,
            said: Vec::new(),
        }
    }

    /// `convene --plain open FILE` on the workbook at `path` (data folder `data`, content
    /// `pack`), once `answer` (lines typed) has been saved in it.
    pub fn plain_open(
        data: &std::path::Path,
        pack: &str,
        path: &std::path::Path,
        answer: &str,
    ) -> Live {
        let (data, file) = (data.to_str().unwrap(), path.to_str().unwrap());
        let mut live = Live::start(&[
            "--data-dir",
            data,
            "--content",
            pack,
            "--plain",
            "open",
            file,
        ]);
        live.type_line(answer);
        let first = answer.lines().next().unwrap_or_default().to_string();
        // Saved after every answer: once it is on disk the answer has been taken.
        wait_until("the answer is saved", || {
            std::fs::read_to_string(path).is_ok_and(|t| t.contains(&first))
        });
        live
    }

    /// Types `text` (a line end follows).
    pub fn type_line(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{text}").unwrap();
        stdin.flush().unwrap();
    }

    /// Closes its standard input (the end of input).
    pub fn close_input(&mut self) {
        self.stdin = None;
    }

    /// Waits for a printed line that satisfies `ok` and returns it (failing after a minute:
    /// a broken program fails here rather than hangs the test).
    pub fn wait_for_line(&mut self, ok: impl Fn(&str) -> bool) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.said.push(line.clone());
                    if ok(&line) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "never printed the line waited for; it said:\n{:#?}",
                    self.said
                ),
            }
        }
    }

    /// Waits for it to exit; returns its status, with everything else it printed gathered
    /// into `said`, and its standard error.
    pub fn finish(&mut self) -> (std::process::ExitStatus, String) {
        let status = self.child.wait().unwrap();
        self.said.extend(self.lines.iter());
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            use std::io::Read as _;
            let _ = e.read_to_string(&mut err);
        }
        (status, err)
    }
}

/// Waits (up to a minute; a broken program fails here rather than hangs) until `ok`.
pub fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let start = std::time::Instant::now();
    while !ok() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "never: {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
