//! A pack file that cannot be read at all does not hide the problems of the others (issue
//! 16, point 11): a reference to a prompt an exercise read whole does not have is reported
//! beside the broken file's YAML error; references that could lead into the broken file
//! stay quiet (reporting them would report a consequence, not a mistake).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::load_files;

const PACK: &str = "id: p\nversion: '1'\ntitle: P\ndescription: d\nattribution: a\n\
                    themes: [main, broken]\n";

const MAIN: &str = "\
id: main
title: Main
exercises:
  - id: landscape
    title: Landscape
    level: today
    moment: any
    purpose: Name who matters.
    prompts:
      - id: practices
        kind: list
        text: Which practices matter?
      - id: power
        kind: grid
        text: Rate each.
        rows_from: landscape.practises
        columns:
          - { id: trust, label: Trust, kind: scale, min: 1, max: 5, low: none, high: all }
      - id: elsewhere
        kind: grid
        text: Rate each again.
        rows_from: later-exercise.list
        columns:
          - { id: trust, label: Trust, kind: scale, min: 1, max: 5, low: none, high: all }
";

#[test]
fn a_broken_file_does_not_hide_reference_problems_in_the_others() {
    let files = vec![
        ("pack.yaml".to_string(), PACK.as_bytes().to_vec()),
        ("main.yaml".to_string(), MAIN.as_bytes().to_vec()),
        (
            "broken.yaml".to_string(),
            b"id: broken\nexercises: [\n".to_vec(),
        ),
    ];
    let problems = load_files(&files).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        shown.iter().any(|p| p.starts_with("broken.yaml:")),
        "the broken file: {shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.starts_with("main.yaml:16:") && p.contains("landscape.practises")),
        "the misspelt reference in the exercise read whole: {shown:#?}"
    );
    assert!(
        !shown.iter().any(|p| p.contains("later-exercise.list")),
        "a reference that may lead into the broken file stays quiet: {shown:#?}"
    );
}
