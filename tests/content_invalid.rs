//! Invalid packs under tests/packs/invalid/<case>/: each has one kind of mistake, reported
//! once, at the right file, line and column, with a message that says what is wrong.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{Problem, load_dir};

/// (case, file, line, column, message).
#[rustfmt::skip]
const CASES: &[(&str, &str, usize, usize, &str)] = &[
    ("alias-bomb", "main.yaml", 1, 1, "unknown key \"lol0\" in this file"),
    ("bad-id", "main.yaml", 5, 9, "\"Land_scape\" is not a valid id"),
    ("bad-level", "main.yaml", 7, 12, "\"tomorow\" is not a level"),
    ("bad-moment", "main.yaml", 8, 13, "\"during\" is not a moment"),
    ("deep-nesting", "main.yaml", 3, 1, "unknown key \"nested\" in this file"),
    ("duplicate-column-id", "main.yaml", 45, 17, "the id \"trust\" appears twice in columns"),
    ("duplicate-exercise-id", "second.yaml", 5, 9, "the exercise id \"landscape\" is already used in main.yaml"),
    ("duplicate-key", "main.yaml", 7, 5, "the key \"title\" appears twice in an exercise"),
    ("duplicate-option-id", "main.yaml", 19, 53, "the id \"a-community\" appears twice in options"),
    ("duplicate-prompt-id", "main.yaml", 31, 13, "the prompt id \"power\" appears twice in this exercise"),
    ("empty-choice", "main.yaml", 19, 22, "the list of options is empty"),
    ("empty-file", "main.yaml", 1, 1, "the file is empty"),
    ("file-not-listed", "second.yaml", 1, 5, "the theme \"second\" is not listed in pack.yaml"),
    ("high-from-out-of-range", "main.yaml", 24, 93, "high_from (9) is outside the scale"),
    ("impossible-scale", "main.yaml", 42, 18, "impossible scale: max (1) must be more than min (1)"),
    ("incomplete-quadrants", "main.yaml", 26, 9, "the quadrants have no \"low_x_low_y\""),
    ("key-wrong-kind", "main.yaml", 15, 9, "\"options\" does not belong in a \"list\" prompt"),
    ("later-reference", "main.yaml", 23, 20, "\"landscape.trust\" comes later in the pack"),
    ("list-min-over-max", "main.yaml", 15, 14, "min (5) is more than max (2)"),
    ("missing-pack-file", "pack.yaml", 1, 1, "there is no pack.yaml in this pack"),
    ("missing-text", "main.yaml", 20, 9, "the prompt \"power\" has no \"text\""),
    ("no-prompts", "second.yaml", 5, 5, "the exercise \"later\" has no prompts"),
    ("non-utf8", "main.yaml", 3, 13, "the file is not valid UTF-8 text"),
    ("options-and-options-from", "main.yaml", 19, 13, "use either \"options\" or \"options_from\", not both"),
    ("pack-missing-title", "pack.yaml", 1, 1, "pack.yaml has no \"title\""),
    ("theme-listed-twice", "pack.yaml", 6, 16, "the theme \"main\" is listed twice"),
    ("theme-without-file", "pack.yaml", 6, 16, "no theme file has the id \"extra\""),
    ("too-few-levels", "main.yaml", 41, 21, "a scale needs at least 2 levels"),
    ("two-documents", "main.yaml", 1, 1, "the file holds more than one YAML document (a `---` line in the middle)"),
    ("unknown-key", "main.yaml", 19, 13, "unknown key \"optons\" in a list's field"),
    ("unknown-kind", "main.yaml", 13, 15, "\"checklist\" is not a kind"),
    ("unknown-reference", "main.yaml", 23, 20, "there is no prompt \"landscape.practises\""),
    ("unqualified-reference", "main.yaml", 23, 20, "\"practices\" is not a prompt reference"),
    ("where-fixed-rows", "main.yaml", 36, 23, "\"landscape.power\" has fixed rows, not the items of \"landscape.practices\""),
    ("where-unknown-column", "main.yaml", 36, 48, "\"landscape.power\" has no column \"quadrnt\""),
    ("where-unknown-option", "main.yaml", 36, 75, "\"quadrant\" has no option \"invited\""),
    ("where-wrong-test", "main.yaml", 36, 58, "\"quadrant\" holds choices, so test it with \"in\""),
    ("wrong-kind-reference", "second.yaml", 17, 23, "\"later.notes\" is a \"text\" prompt, but options_from needs a \"list\" prompt"),
    ("wrong-type", "main.yaml", 41, 18, "\"min\" should be a whole number, not the text \"lots\""),
    ("yaml-syntax", "main.yaml", 3, 6, "this is not valid YAML: mapping values are not allowed in this context"),
];

fn problems_of(dir: &Path) -> Vec<Problem> {
    match load_dir(dir) {
        Ok(pack) => panic!("{} loaded as a valid pack: {}", dir.display(), pack.id),
        Err(problems) => problems,
    }
}

#[test]
fn every_invalid_case_is_reported_once_at_its_place() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/invalid");
    let mut failures = Vec::new();
    for (case, file, line, column, message) in CASES {
        let problems = problems_of(&root.join(case));
        let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let ok = problems.len() == 1
            && problems[0].file == *file
            && (problems[0].line, problems[0].column) == (*line, *column)
            && problems[0].message == *message;
        if !ok {
            failures.push(format!(
                "{case}: expected {file}:{line}:{column}: {message}\n   got {got:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_folder_is_in_the_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/invalid");
    let mut on_disk: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.0.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    assert!(listed.len() >= 25);
}

#[test]
fn hints_help_the_author() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/invalid");
    let hint = |case: &str| {
        problems_of(&root.join(case))[0]
            .hint
            .clone()
            .unwrap_or_default()
    };
    assert!(
        hint("unknown-key")
            .starts_with("did you mean \"options\"? allowed keys for kind \"choice\"")
    );
    assert_eq!(
        hint("bad-level"),
        "use one of \"today\", \"new-approach\", \"language-for-action\", \"doing-the-work\""
    );
    assert!(hint("bad-id").contains("\"land-scape\""));
    assert!(hint("unknown-reference").contains("\"landscape.practices\""));
    assert!(hint("unqualified-reference").contains("\"landscape.practices\""));
    assert!(hint("where-unknown-column").contains("did you mean \"quadrant\"?"));
    assert!(hint("key-wrong-kind").contains("\"options\" belongs to \"choice\", \"multi-choice\""));
    assert!(hint("duplicate-option-id").contains("two labels give the id"));
}
