//! The workbook convene writes is clean Markdown by markdownlint's rules (npm
//! `markdownlint-cli2`, pinned in tests/markdownlint, with the settings committed there):
//! the example workbook, and the same workbook after the participant started reflecting
//! after a session (its answers from before written again under their exercises' titles).
//!
//! The session pack a coach prints (`convene review --summary`) is clean Markdown too.
//!
//! Needs `npm ci --prefix tests/markdownlint` (CI runs it and must have it; elsewhere the
//! test says it skipped). Writes only into a temporary folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod review_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use convene::content::{Moment, load_builtin};
use convene::format::markdown::{read, write};

const EXAMPLE: &str = "examples/steady-at-home-falls-prevention.md";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// markdownlint-cli2's script, when node and the pinned package are installed.
fn linter() -> Option<PathBuf> {
    let bin =
        root().join("tests/markdownlint/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if node && bin.is_file() {
        return Some(bin);
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "CI=true but markdownlint-cli2 is not installed: run `npm ci --prefix tests/markdownlint`"
    );
    eprintln!("node or tests/markdownlint/node_modules missing: skipping the markdownlint check");
    None
}

/// markdownlint-cli2 with the committed settings on `files`.
fn run(bin: &Path, files: &[&Path]) -> std::process::Output {
    Command::new("node")
        .arg(bin)
        .arg("--config")
        .arg(root().join("tests/markdownlint/.markdownlint-cli2.jsonc"))
        .args(files)
        .current_dir(root())
        .output()
        .unwrap()
}

/// Lints `files`; panics with markdownlint's report if any rule is broken.
fn lint(bin: &Path, files: &[&Path]) {
    let out = run(bin, files);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "markdownlint-cli2:\n{report}");
    assert!(report.contains("Summary: 0 error(s)"), "{report}");
    assert!(
        report.contains(&format!("Linting: {} file(s)", files.len())),
        "every file was linted:\n{report}"
    );
}

#[test]
fn the_example_workbook_and_a_reflecting_one_pass_markdownlint() {
    let Some(bin) = linter() else {
        return;
    };
    let pack = load_builtin().unwrap();
    let mut reflecting = read(&std::fs::read_to_string(root().join(EXAMPLE)).unwrap()).unwrap();
    // An undated snapshot (a file from before dates), then two dated ones: the same
    // exercise titles under three sections must still give unique headings.
    *reflecting.latest_answers_mut() = reflecting.answers.clone();
    for day in ["2026-11-02", "2026-12-04"] {
        reflecting.start_after();
        reflecting.date_snapshots(&format!("{day}T18:30:00+00:00"));
    }
    reflecting.meta.moment = Moment::After;
    let md = write(&reflecting, &pack);
    for heading in [
        "\n## Before the session\n",
        "\n## Before the session of 2026-11-02\n",
        "\n## Before the session of 2026-12-04\n",
    ] {
        assert!(
            md.contains(heading),
            "the earlier answers are written: {heading}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let after = dir.path().join("reflecting.md");
    std::fs::write(&after, md).unwrap();
    lint(&bin, &[Path::new(EXAMPLE), &after]);
}

/// The session pack of a small cohort (one participant reflecting after a session, one with
/// a long answer) passes too: its tables, its pictures' headings and charts, its answers run
/// on with a line break after each headline.
#[test]
fn the_session_pack_passes_markdownlint() {
    let Some(bin) = linter() else {
        return;
    };
    let pack = load_builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for n in 0..3 {
        let mut wb = review_support::filled(&pack, n, 2);
        if n == 0 {
            wb.meta.moment = Moment::After;
            for (id, a) in wb.answers.clone() {
                if let convene::workbook::Answer::Text(t) = a {
                    wb.latest_answers_mut().insert(
                        id,
                        convene::workbook::Answer::Text(
                            format!("{t} Since then: more. ").repeat(20),
                        ),
                    );
                }
            }
        }
        std::fs::write(dir.path().join(format!("p{n}.md")), write(&wb, &pack)).unwrap();
    }
    let cohort = convene::store::cohort::load_cohort(&[dir.path().to_path_buf()]);
    assert_eq!(cohort.workbooks.len(), 3);
    let notes = convene::workbook::cohort::CohortNotes::default();
    let md = convene::format::doc_md::render(&convene::format::session::session_doc(
        &cohort, &pack, &notes,
    ));
    assert!(md.contains("(_before:_ ") && md.contains("\\[…\\]"), "{md}");
    let file = dir.path().join("pack.md");
    std::fs::write(&file, md).unwrap();
    lint(&bin, &[&file]);
}

/// The linter is not a rubber stamp: a file with a heading repeated, a table badly spaced
/// and a bold line for a heading fails with the committed settings.
#[test]
fn markdownlint_fails_a_file_with_the_faults_it_is_there_to_catch() {
    let Some(bin) = linter() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.md");
    std::fs::write(
        &bad,
        "# A\n\n## Power\n\n## Power\n\n**Looks like a heading**\n\n| a | b |\n| --- | --- |\n| x |  |\n",
    )
    .unwrap();
    let out = run(&bin, &[&bad]);
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    for rule in ["MD024", "MD036", "MD060"] {
        assert!(report.contains(rule), "{rule} in:\n{report}");
    }
}
