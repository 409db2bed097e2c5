//! `Cli::quick`, the reading of `convene` and `convene open FILE` without clap, against
//! clap's own reading of the same line: wherever the quick reading gives an answer, clap
//! gives the same one. Clap reads `CONVENE_DATA_DIR` from the process, so the comparison
//! runs once in a child test process per value of that variable.

use std::ffi::{OsStr, OsString};
use std::process::Command;

use clap::Parser;
use convene::cli::Cli;
use proptest::prelude::*;

const DATA_DIR: &str = "CONVENE_DATA_DIR";

/// Words a command line is made of here: the commands, options that take a value or not,
/// files with and without spaces, a dash, the end of options and nothing at all.
fn words() -> Vec<OsString> {
    let mut words: Vec<OsString> = [
        "open",
        "new",
        "list",
        "help",
        "x.md",
        "my workbook.md",
        "-",
        "-x.md",
        "--",
        "--plain",
        "--no-mouse",
        "--notes",
        "--data-dir",
        "--content",
        "--help",
        "-V",
        "",
    ]
    .into_iter()
    .map(OsString::from)
    .collect();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        words.push(OsString::from_vec(b"caf\xe9.md".to_vec()));
    }
    words
}

fn both(args: &[OsString]) -> Option<(String, String)> {
    let quick = Cli::quick(args, std::env::var_os(DATA_DIR).as_deref())?;
    let mut line = vec![OsString::from("convene")];
    line.extend(args.iter().cloned());
    let clap = match Cli::try_parse_from(line) {
        Ok(cli) => format!("{cli:?}"),
        Err(err) => format!("clap refused it: {err}"),
    };
    Some((format!("{quick:?}"), clap))
}

#[test]
#[ignore = "run by `readings_agree_with_each_data_dir`, with CONVENE_DATA_DIR set for it"]
fn readings_agree_here() {
    // The lines the quick reading is for: it does read them (so the property below is not
    // about nothing), and as clap does.
    for line in [vec![], vec!["open", "x.md"], vec!["open", "my workbook.md"]] {
        let args: Vec<OsString> = line.iter().map(OsString::from).collect();
        let expected_quick = std::env::var_os(DATA_DIR).is_none_or(|v| !v.is_empty());
        match both(&args) {
            Some((quick, clap)) => assert_eq!(quick, clap, "{line:?}"),
            None => assert!(!expected_quick, "{line:?} was left to clap"),
        }
    }
    let words = words();
    let mut runner = proptest::test_runner::TestRunner::default();
    let line = proptest::collection::vec(0..words.len(), 0..4);
    runner
        .run(&line, |picks| {
            let args: Vec<OsString> = picks.iter().map(|&i| words[i].clone()).collect();
            if let Some((quick, clap)) = both(&args) {
                prop_assert_eq!(quick, clap, "{:?}", args);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn readings_agree_with_each_data_dir() {
    let me = std::env::current_exe().unwrap();
    let values: [Option<&OsStr>; 4] = [
        None,
        Some(OsStr::new("")),
        Some(OsStr::new("/tmp/a data dir")),
        Some(OsStr::new("-starts-with-a-dash")),
    ];
    for value in values {
        let mut child = Command::new(&me);
        child.args(["--exact", "readings_agree_here", "--ignored", "--quiet"]);
        match value {
            Some(v) => child.env(DATA_DIR, v),
            None => child.env_remove(DATA_DIR),
        };
        let out = child.output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "CONVENE_DATA_DIR={value:?}:\n{said}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            said.contains("1 passed"),
            "CONVENE_DATA_DIR={value:?}: {said}"
        );
    }
}
