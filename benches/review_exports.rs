#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `cargo bench --bench review_exports`: the review exports over 1,000 workbooks as a coach
//! runs them (issues 14 and 17): the release `convene review DIR` with `--summary=FILE`,
//! `--summary=FILE --full` and `--csv=FILE`, each a whole process, its wall time and peak
//! memory (the child's maximum resident set, from `/usr/bin/time`) beside the size of the
//! files reviewed. Targets: ≤ 0.6 s each, peak ≤ 2× the files.
//!
//! The cohort is the one `benches/review_cohort.rs` generates (most prompts of the built-in
//! pack answered, 1,000 files in ten folders), written fresh into a temporary folder.
//! `REVIEW_BASELINE=PATH` runs another `convene` binary (say a release build of main) on the
//! same files, interleaved with this one, and prints the ratio; `REVIEW_ROUNDS` (default 3)
//! sets the runs per command (medians shown, with the fastest and slowest);
//! `REVIEW_COHORT_DIR=DIR` writes the cohort there and keeps it (`--generate` stops after
//! writing it).
//!
//! Never asserts a time; writes only in its temporary folder (or `REVIEW_COHORT_DIR`).

#[path = "../tests/review_support/mod.rs"]
mod review_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use convene::content::load_builtin;

const WORKBOOKS: usize = 1_000;

const COMMANDS: [(&str, &[&str]); 3] = [
    ("--summary (session pack)", &["--summary="]),
    ("--summary --full", &["--summary=", "--full"]),
    ("--csv", &["--csv="]),
];

fn main() {
    let rounds: usize = std::env::var("REVIEW_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let tmp = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("REVIEW_COHORT_DIR").map(PathBuf::from);
    let cohort = kept.clone().unwrap_or_else(|| tmp.path().join("cohort"));
    let start = Instant::now();
    let pack = load_builtin().unwrap();
    let bytes = review_support::write_cohort(&pack, &cohort, WORKBOOKS).unwrap();
    eprintln!(
        "{WORKBOOKS} workbooks, {:.1} MB in all, written in {:.2} s to {}",
        bytes as f64 / 1e6,
        start.elapsed().as_secs_f64(),
        cohort.display()
    );
    if std::env::args().any(|a| a == "--generate") {
        return;
    }
    let baseline = std::env::var("REVIEW_BASELINE")
        .ok()
        .filter(|p| Path::new(p).exists());
    let mut programs = vec![("convene", env!("CARGO_BIN_EXE_convene").to_string())];
    if let Some(path) = baseline {
        programs.push(("baseline", path));
    }
    let files_mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "review of {WORKBOOKS} workbooks ({files_mb:.1} MiB of files), {rounds} runs each, \
         interleaved; load at start: {}",
        load()
    );
    println!();
    println!("| command | program | wall (median, min–max) | peak RSS | peak ÷ files | target |");
    println!("|---|---|---|---|---|---|");
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    for (name, flags) in COMMANDS {
        let mut runs: Vec<(&str, Vec<(f64, f64)>)> =
            programs.iter().map(|(p, _)| (*p, Vec::new())).collect();
        for round in 0..rounds {
            for (k, (label, exe)) in programs.iter().enumerate() {
                let file = out.join(format!("{label}-{round}-{}.out", flags.len()));
                if let Some(m) = run(exe, &cohort, flags, &file) {
                    runs[k].1.push(m);
                }
                let _ = std::fs::remove_file(&file);
            }
        }
        let mut medians = Vec::new();
        for (label, mut ms) in runs {
            if ms.is_empty() {
                println!("| {name} | {label} | failed | - | - | - |");
                continue;
            }
            ms.sort_by(|a, b| a.0.total_cmp(&b.0));
            let wall = ms[ms.len() / 2].0;
            let mut peaks: Vec<f64> = ms.iter().map(|m| m.1).collect();
            peaks.sort_by(f64::total_cmp);
            let peak = peaks[peaks.len() / 2];
            medians.push((label, wall, peak));
            println!(
                "| {name} | {label} | {wall:.0} ms ({:.0}–{:.0}) | {peak:.0} MiB | {:.2}× | ≤ 600 ms, ≤ 2× |",
                ms[0].0,
                ms[ms.len() - 1].0,
                peak / files_mb
            );
        }
        if let [(_, w, p), (_, bw, bp)] = medians[..] {
            println!(
                "| {name} | convene ÷ baseline | {:.2}× | {:.2}× | - | - |",
                w / bw,
                p / bp
            );
        }
    }
    println!();
    println!("load at end: {}", load());
}

/// One whole run of `convene review COHORT FLAGS…` writing to `file`: wall milliseconds and
/// the child's peak resident memory in MiB; `None` when it failed.
fn run(exe: &str, cohort: &Path, flags: &[&str], file: &Path) -> Option<(f64, f64)> {
    let stats = file.with_extension("time");
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-f").arg("%M").arg("-o").arg(&stats).arg(exe);
    cmd.arg("review").arg(cohort);
    for flag in flags {
        if flag.ends_with('=') {
            cmd.arg(format!("{flag}{}", file.display()));
        } else {
            cmd.arg(flag);
        }
    }
    cmd.env("CONVENE_SETTINGS", "/nonexistent/convene/settings.toml")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let start = Instant::now();
    let status = cmd.status().ok()?;
    let ms = start.elapsed().as_secs_f64() * 1e3;
    if !status.success() {
        return None;
    }
    let kb = std::fs::read_to_string(&stats)
        .ok()
        .and_then(|s| s.trim().lines().last()?.trim().parse::<f64>().ok())?;
    Some((ms, kb / 1024.0))
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}
