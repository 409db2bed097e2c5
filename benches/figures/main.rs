#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `cargo bench --bench figures`: issue 17's table, each convene figure beside its reference
//! measured in the same run and the same way — whole frames in a pty with no terminal
//! emulator in the loop, the harness floor (`/bin/echo` in the same pty) subtracted, runs
//! interleaved and repeated (`FIGURES_ROUNDS`, default 5; medians shown). References that
//! are not part of the repository are found by environment variable: `TUI_JOURNAL` (the
//! `tjournal` binary of tui-journal 0.18), `JRNL` (the `jrnl` 4.6 script); without one its
//! rows say "skipped: not built". `FIGURES_ONLY=frames|keys|export` runs one group of rows.
//! `FIGURES_REVIEW=1` adds the review exports over 1,000
//! workbooks (82 MB of files). The bare ratatui program is `examples/bare_ratatui.rs`,
//! built here when missing. `FIGURES_BASELINE` (another convene binary, e.g. main's release
//! build) adds it to the first-frame, keystroke and parse + write rounds, interleaved, for a
//! before/after from one run.
//!
//! The convene measured is the one the README's laptop install makes: on x86-64 Linux
//! `cargo install-static` (a static program, built here into the target folder), elsewhere
//! `cargo install`'s (this bench's own build). On x86-64 Linux the first frame of the
//! `cargo build` program (shared libraries) is measured beside it, as "shared".
//!
//! Never writes outside its temporary folder; never asserts a time.

mod fixtures;
mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pty::{Program, cpu_per_key_ms, first_frame_ms, idle};

const UP: &[u8] = b"\x1b[A";
const KEYS: [&[u8]; 2] = [b"x", b"\x7f"];

fn main() {
    let rounds: usize = std::env::var("FIGURES_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let keys: usize = std::env::var("FIGURES_KEYS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Every program built here runs from a copy, as `cargo install` leaves it and as the
    // references are installed: the linker's own output file started 0.3 to 0.9 ms slower
    // (medians of 12, interleaved) than a copy of it on this VM.
    let shared = installed(env!("CARGO_BIN_EXE_convene"), dir, "convene-shared");
    let _ = CONVENE.set(laptop_install(dir).unwrap_or_else(|| shared.clone()));
    println!("convene measured: {}", convene_exe());
    let baseline =
        reference("FIGURES_BASELINE").map(|exe| installed(&exe, dir, "convene-baseline"));
    let convene_at = |exe: &str, args: &[&str], data: &Path| {
        Program::new(exe, args, dir)
            .env("CONVENE_DATA_DIR", data.display().to_string())
            .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
            .env("HOME", dir.display().to_string())
    };
    let convene = |args: &[&str], data: &Path| convene_at(convene_exe(), args, data);
    let example = fixtures::example(dir, "example.md").display().to_string();
    // The earlier build opens a copy of its own: the two builds opening one file by turns
    // would each find the lock file the other left (and one of them empties it).
    let example_earlier = fixtures::example(dir, "example-earlier.md")
        .display()
        .to_string();
    let home_dir = fixtures::home(dir);
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let open_example = convene(&["open", &example], &empty);
    let baseline_example = baseline
        .as_deref()
        .map(|exe| convene_at(exe, &["open", &example_earlier], &empty));
    // The `cargo build` program, when the one measured is another (its own copy again).
    let shared_example = (shared != convene_exe()).then(|| {
        let copy = fixtures::example(dir, "example-shared.md");
        convene_at(&shared, &["open", &copy.display().to_string()], &empty)
    });
    let home = convene(&[], &home_dir);
    let echo = Program::new("/bin/echo", &["convene"], dir);
    let bare = Program::new(
        installed(&bare_ratatui().display().to_string(), dir, "bare_ratatui"),
        &[],
        dir,
    );
    let tj = reference("TUI_JOURNAL").map(|path| {
        let config = fixtures::tui_journal(dir);
        Program::new(path, &[], dir)
            .env("XDG_CONFIG_HOME", config.display().to_string())
            .env("HOME", dir.display().to_string())
    });

    println!(
        "figures: {rounds} rounds, interleaved; load at start: {}",
        load()
    );
    // `FIGURES_ONLY=frames|keys|export` runs one group of rows (the others are skipped).
    let only = std::env::var("FIGURES_ONLY").ok();
    let wanted = |group: &str| only.as_deref().is_none_or(|o| o == group);
    let mut frames = Samples::default();
    let mut cpu = Samples::default();
    for round in 0..if wanted("frames") { rounds } else { 0 } {
        let mut programs = [
            ("echo", Some(&echo)),
            ("example", Some(&open_example)),
            ("baseline", baseline_example.as_ref()),
            ("shared", shared_example.as_ref()),
            ("tui-journal", tj.as_ref()),
            ("bare", Some(&bare)),
            ("home", Some(&home)),
        ];
        // As for exports: each program runs once unmeasured just before it is measured, and
        // the order turns each round, so that none is always measured after the same other.
        let count = programs.len();
        programs.rotate_left(round % count);
        for (name, program) in programs {
            let Some(program) = program else { continue };
            first_frame_ms(program, 120, 40);
            // Each is measured after the same pause. A program that draws a frame is
            // stopped `QUIET` after its last byte, but /bin/echo ends at once, and this
            // machine starts a process more slowly after a pause (echo: 0.6 to 0.9 ms
            // more after 50 ms or more, the same after 250 ms and 500 ms): a floor taken
            // without the pause is too low for the programs it is taken from.
            std::thread::sleep(pty::QUIET);
            let (wall, used) = first_frame_ms(program, 120, 40).unzip();
            frames.add(name, wall);
            cpu.add(name, used.flatten());
        }
    }
    let floor = frames.median("echo").unwrap_or(0.0);
    let net = |name: &str| frames.median(name).map(|ms| ms - floor);
    if wanted("frames") {
        println!("harness floor (/bin/echo in the same pty): {floor:.2} ms (subtracted below)");
    }
    println!();
    println!("| metric | convene | reference | ratio | target |");
    println!("|---|---|---|---|---|");
    let groups = if wanted("frames") { 2 } else { 0 };
    for (what, used) in [("net wall", &frames), ("CPU until quiet", &cpu)]
        .into_iter()
        .take(groups)
    {
        let fig = |name: &str| match what {
            "net wall" => net(name),
            _ => used.median(name),
        };
        // Issue 17's targets are on the wall (the frame as it reaches the terminal); the CPU
        // figures also count the work after the frame, and are shown for scale.
        let target = |t: &'static str| if what == "net wall" { t } else { "(scale)" };
        row(
            &format!("first frame, full example, 120×40, {what}"),
            fig("example"),
            ("tui-journal 0.18, 1,000 entries", fig("tui-journal")),
            target("≤ 0.5×"),
        );
        if baseline.is_some() {
            row(
                &format!("first frame, full example, 120×40, {what}, before (`FIGURES_BASELINE`)"),
                fig("baseline"),
                ("tui-journal 0.18, 1,000 entries", fig("tui-journal")),
                target("≤ 0.5×"),
            );
        }
        if shared_example.is_some() {
            row(
                &format!(
                    "first frame, full example, 120×40, {what}, the `cargo build` program \
                     (shared libraries)"
                ),
                fig("shared"),
                ("tui-journal 0.18, 1,000 entries", fig("tui-journal")),
                "(scale)",
            );
        }
        row(
            &format!("first frame, bare ratatui one line, {what}"),
            fig("bare"),
            ("convene, full example", fig("example")),
            "(scale)",
        );
        row(
            &format!("first frame, home with 50 workbooks, {what}"),
            fig("home"),
            ("`convene open` (full example)", fig("example")),
            target("≤ 1.5×"),
        );
    }
    if wanted("frames") {
        // How far the runs spread: on a small VM a first frame moves by a millisecond from
        // one run to the next, so a median alone says less than it seems to.
        println!();
        println!("first frames' spread, wall before the floor (lower quartile / median / upper):");
        for (name, _) in &frames.0 {
            if let Some((q1, q2, q3)) = frames.quartiles(name) {
                println!("- {name}: {q1:.2} / {q2:.2} / {q3:.2} ms");
            }
        }
    }

    let earlier = baseline
        .as_deref()
        .map(|path| move |args: &[&str], data: &Path| convene_at(path, args, data));
    let earlier = earlier
        .as_ref()
        .map(|b| b as &dyn Fn(&[&str], &Path) -> Program);
    if wanted("keys") {
        keystrokes(dir, rounds, keys, (&convene, earlier), &bare, &empty);
    }
    if wanted("export") {
        parse_and_write(dir, rounds, baseline.as_deref());
    }
    if std::env::var_os("FIGURES_REVIEW").is_some() {
        review(dir, rounds);
    }
    let idle = idle(&open_example, 3);
    println!(
        "idle CPU over 3 s after the first frame (`convene open`): {}",
        idle.map_or("not measured".into(), |(ticks, ns)| format!(
            "{ticks} clock ticks, {:.3} ms (target 0)",
            ns as f64 / 1e6
        ))
    );
    println!("load at end: {}", load());
}

/// A convene binary to run: arguments and data folder in, the program out.
type Convene<'a> = &'a dyn Fn(&[&str], &Path) -> Program;

/// CPU per key at 200×60: convene with a one-line, 100 KB and 1 MB answer against the bare
/// ratatui program redrawing the whole screen per key (and against an earlier convene
/// binary, when given, run in the same rounds).
fn keystrokes(
    dir: &Path,
    rounds: usize,
    keys: usize,
    (convene, earlier): (Convene<'_>, Option<Convene<'_>>),
    bare: &Program,
    empty: &Path,
) {
    let answers = [
        ("one-line", fixtures::with_answer(dir, "line.md", "A line.")),
        (
            "100 KB",
            fixtures::with_answer(dir, "100k.md", &fixtures::prose(100_000)),
        ),
        (
            "1 MB",
            fixtures::with_answer(dir, "1m.md", &fixtures::prose(1_000_000)),
        ),
    ];
    let mut cpu = Samples::default();
    let mut bytes = Samples::default();
    // Every run opens a fresh copy: convene saves where the participant was, so a file
    // opened again starts at the prompt the run before left, and the keys that reach the
    // answer from the start would go elsewhere (a choice list, where typing costs little).
    let mut runs = 0;
    let mut fresh = |path: &Path| {
        runs += 1;
        let copy = dir.join(format!("run-{runs}.md"));
        std::fs::copy(path, &copy).unwrap();
        copy.display().to_string()
    };
    for _ in 0..rounds {
        let (ms, b) = cpu_per_key_ms(bare, (200, 60), &[], &KEYS, keys).unzip();
        cpu.add("floor", ms);
        bytes.add("floor", b);
        for (name, (path, to_prompt, lines)) in &answers {
            let program = convene(&["open", &fresh(path)], empty);
            // To the prompt, then the cursor to the middle of the answer.
            let up = UP.repeat(lines / 2);
            let setup: [&[u8]; 2] = [to_prompt, &up];
            let (ms, b) = cpu_per_key_ms(&program, (200, 60), &setup, &KEYS, keys).unzip();
            cpu.add(name, ms);
            bytes.add(name, b);
            if let Some(earlier) = earlier {
                let program = earlier(&["open", &fresh(path)], empty);
                let (ms, _) = cpu_per_key_ms(&program, (200, 60), &setup, &KEYS, keys).unzip();
                cpu.add(&format!("earlier {name}"), ms);
            }
        }
    }
    let with_bytes = |name: &str| {
        format!(
            "{name} answer ({:.0} bytes/key)",
            bytes.median(name).unwrap_or(0.0)
        )
    };
    for (name, target) in [("one-line", "-"), ("100 KB", "≤ 1.3×")] {
        row(
            &format!("CPU per key, {}, 200×60", with_bytes(name)),
            cpu.median(name),
            (
                "bare ratatui, a whole new frame per key",
                cpu.median("floor"),
            ),
            target,
        );
    }
    row(
        &format!("CPU per key, {}, 200×60", with_bytes("1 MB")),
        cpu.median("1 MB"),
        ("convene, 100 KB answer", cpu.median("100 KB")),
        "≤ 2×",
    );
    if earlier.is_some() {
        for (name, _) in &answers {
            row(
                &format!("CPU per key, {name} answer, 200×60, this build"),
                cpu.median(name),
                ("FIGURES_BASELINE", cpu.median(&format!("earlier {name}"))),
                "(before/after)",
            );
        }
    }
}

/// Reading and writing 1 MB, whole process: `convene export` of a workbook with a 1 MB
/// answer (read, parsed, written as a page) against jrnl 4.6's Markdown export of a
/// 1.2 MB journal.
fn parse_and_write(dir: &Path, rounds: usize, baseline: Option<&str>) {
    let (wb, _, _) = fixtures::with_answer(dir, "export-1m.md", &fixtures::prose(1_000_000));
    let out = dir.join("export-1m.html");
    let jrnl = reference("JRNL").map(|path| (path, fixtures::jrnl(dir)));
    let mut times = Samples::default();
    let export = |exe: &str| {
        let mut cmd = Command::new(exe);
        cmd.arg("export")
            .arg(&wb)
            .arg(format!("--html={}", out.display()))
            .arg("--force")
            .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml");
        wall_ms(&mut cmd)
    };
    let jrnl_export = |(jrnl, config): &(String, PathBuf)| {
        let mut cmd = Command::new(jrnl);
        cmd.args(["--format", "markdown", "--file"])
            .arg(dir.join("jrnl-out.md"))
            .env("XDG_CONFIG_HOME", config)
            .env("HOME", dir);
        wall_ms(&mut cmd)
    };
    // Each program runs once unmeasured just before the run that is measured, so that none
    // is measured straight after another has filled the caches (a run of convene after
    // jrnl's Python took about 1 ms longer than one after convene), and the order turns
    // each round.
    for round in 0..rounds {
        for turn in 0..3 {
            match (round + turn) % 3 {
                0 => {
                    export(convene_exe());
                    times.add("convene", export(convene_exe()));
                }
                1 => {
                    if let Some(exe) = baseline {
                        export(exe);
                        times.add("baseline", export(exe));
                    }
                }
                _ => {
                    if let Some(jrnl) = &jrnl {
                        jrnl_export(jrnl);
                        times.add("jrnl", jrnl_export(jrnl));
                    }
                }
            }
        }
    }
    let jrnl = times.median("jrnl");
    for (name, what) in [
        ("convene", ""),
        ("baseline", ", before (`FIGURES_BASELINE`)"),
    ] {
        let Some(convene) = times.median(name) else {
            continue;
        };
        println!(
            "| parse + write 1 MB, whole process (`convene export`){what} | {} | jrnl 4.6 Markdown export of 1.2 MB: {} | {} | ≥ 30× faster |",
            ms(Some(convene)),
            ms(jrnl),
            match jrnl {
                Some(j) if convene > 0.0 => format!("{:.1}× faster", j / convene),
                _ => "-".into(),
            }
        );
    }
}

/// The review exports over 1,000 workbooks (the coach's figures, issue 14): wall time and
/// peak memory of `convene review DIR --summary` and `--csv`.
fn review(dir: &Path, rounds: usize) {
    let cohort = dir.join("cohort");
    std::fs::create_dir_all(&cohort).unwrap();
    let text = include_str!("../../examples/steady-at-home-falls-prevention.md");
    let mut size = 0;
    for i in 0..1000 {
        let own = text.replacen("participant: \"", &format!("participant: \"{i:04} "), 1);
        size += own.len();
        std::fs::write(cohort.join(format!("p{i:04}.md")), own).unwrap();
    }
    for flag in ["--summary", "--csv"] {
        let mut wall = Samples::default();
        let mut peak = Samples::default();
        for round in 0..rounds {
            let out = dir.join(format!("review-{round}{flag}.out"));
            let (ms, kb) = timed_with_peak(&cohort, flag, &out);
            wall.add("t", ms);
            peak.add("m", kb.map(|kb| kb / 1024.0));
        }
        println!(
            "| review 1,000 `{flag}` (issue 14's) | {} , peak {} MB | files {:.0} MB | - | ≤ 600 ms, peak ≤ 2× files |",
            ms(wall.median("t")),
            peak.median("m").map_or("?".into(), |m| format!("{m:.0}")),
            size as f64 / 1e6
        );
    }
}

fn timed_with_peak(cohort: &Path, flag: &str, out: &Path) -> (Option<f64>, Option<f64>) {
    let stats = out.with_extension("time");
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&stats)
        .arg(convene_exe())
        .arg("review")
        .arg(cohort)
        .arg(flag)
        .arg(out)
        .env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml");
    let ms = wall_ms(&mut cmd);
    let kb = std::fs::read_to_string(&stats)
        .ok()
        .and_then(|s| s.trim().lines().last()?.trim().parse::<f64>().ok());
    (ms, kb)
}

/// Wall milliseconds of a whole process run to its end (output thrown away); `None` when
/// it could not start or failed.
fn wall_ms(cmd: &mut Command) -> Option<f64> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let start = Instant::now();
    let status = cmd.status().ok()?;
    let elapsed = start.elapsed();
    status.success().then_some(elapsed.as_secs_f64() * 1e3)
}

/// The path in environment variable `name`, or `None` (and its rows say so).
/// The convene measured: a copy of this build's binary (`installed`).
static CONVENE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn convene_exe() -> &'static str {
    CONVENE
        .get()
        .map_or(env!("CARGO_BIN_EXE_convene"), String::as_str)
}

/// The program the README's laptop install makes on x86-64 Linux (`cargo install-static`,
/// an alias in `.cargo/config.toml`), installed under `dir` from a build in this target
/// folder: its path. `None` elsewhere, where the laptop install is `cargo install`'s, this
/// bench's own build.
fn laptop_install(dir: &Path) -> Option<String> {
    if !cfg!(all(
        target_arch = "x86_64",
        target_os = "linux",
        target_env = "gnu"
    )) {
        return None;
    }
    // target/release/deps/figures-HASH → target
    let exe = std::env::current_exe().unwrap();
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || exe.ancestors().nth(3).unwrap().to_path_buf(),
        PathBuf::from,
    );
    let root = dir.join("laptop");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // A RUSTFLAGS would replace the alias's setting (a build with shared libraries
        // measured as the static one), as `.ci/run` knows too.
        .env_remove("RUSTFLAGS")
        .args(["install-static", "--quiet", "--root"])
        .arg(&root)
        .arg("--target-dir")
        .arg(&target)
        .status()
        .unwrap();
    assert!(
        status.success(),
        "cannot build the laptop install (cargo install-static)"
    );
    Some(installed(
        &root.join("bin/convene").display().to_string(),
        dir,
        "convene",
    ))
}

/// A copy of the program at `exe` in `dir/bin`, named `name`: its path.
fn installed(exe: &str, dir: &Path, name: &str) -> String {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let copy = bin.join(name);
    std::fs::copy(exe, &copy).unwrap();
    copy.display().to_string()
}

fn reference(name: &str) -> Option<String> {
    let path = std::env::var(name).ok().filter(|p| Path::new(p).exists());
    if path.is_none() {
        println!("{name}: skipped: not built (set {name} to the program's path)");
    }
    path
}

/// The bare ratatui program, built (release) when it is not there yet.
fn bare_ratatui() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    // target/release/deps/figures-HASH → target/release/examples/bare_ratatui
    let release = exe.parent().and_then(Path::parent).unwrap();
    let path = release.join("examples/bare_ratatui");
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "--example", "bare_ratatui"])
            .status()
            .unwrap();
        assert!(status.success(), "cannot build examples/bare_ratatui");
    }
    path
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Named lists of measurements.
#[derive(Default)]
struct Samples(Vec<(String, Vec<f64>)>);

impl Samples {
    fn add(&mut self, name: &str, value: Option<f64>) {
        let Some(value) = value else { return };
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, values)) => values.push(value),
            None => self.0.push((name.to_string(), vec![value])),
        }
    }

    fn median(&self, name: &str) -> Option<f64> {
        self.quartiles(name).map(|(_, median, _)| median)
    }

    /// The lower quartile, the median and the upper quartile of `name`'s samples.
    fn quartiles(&self, name: &str) -> Option<(f64, f64, f64)> {
        let (_, values) = self.0.iter().find(|(n, _)| n == name)?;
        let mut v = values.clone();
        v.sort_by(f64::total_cmp);
        let at = |q: usize| v.get(v.len() * q / 4).copied();
        Some((at(1)?, at(2)?, at(3)?))
    }
}

/// A figure in milliseconds; a missing one is a reference not built (convene's own
/// figures are always measured: a run that fails shows as missing too).
fn ms(value: Option<f64>) -> String {
    value.map_or_else(|| "skipped: not built".into(), |v| format!("{v:.2} ms"))
}

/// One row of the table: convene's figure, the reference's, the ratio and the target.
fn row(metric: &str, convene: Option<f64>, (name, reference): (&str, Option<f64>), target: &str) {
    let ratio = match (convene, reference) {
        (Some(c), Some(r)) if r > 0.0 => format!("{:.2}×", c / r),
        _ => "-".into(),
    };
    println!(
        "| {metric} | {} | {name}: {} | {ratio} | {target} |",
        ms(convene),
        ms(reference)
    );
}
