//! Invalid packs under tests/packs/invalid/<case>/: each has one kind of mistake, reported
//! once, at the right file, line and column, with a message that says what is wrong.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::{MAX_FILE_BYTES, Problem, load_dir, load_files};

/// (case, file, line, column, message).
const CASES: &[(&str, &str, usize, usize, &str)] = &[
    (
        "alias-bomb",
        "main.yaml",
        1,
        1,
        "unknown key \"lol0\" in this file",
    ),
    (
        "bad-id",
        "main.yaml",
        5,
        9,
        "\"Land_scape\" is not a valid id",
    ),
    (
        "bad-level",
        "main.yaml",
        7,
        12,
        "\"tomorow\" is not a level",
    ),
    (
        "bad-moment",
        "main.yaml",
        8,
        13,
        "\"during\" is not a moment",
    ),
    (
        "deep-nesting",
        "main.yaml",
        3,
        1,
        "unknown key \"nested\" in this file",
    ),
    (
        "duplicate-column-id",
        "main.yaml",
        45,
        17,
        "the id \"trust\" appears twice in columns",
    ),
    (
        "duplicate-exercise-id",
        "second.yaml",
        5,
        9,
        "the exercise id \"landscape\" is already used in main.yaml",
    ),
    (
        "duplicate-key",
        "main.yaml",
        7,
        5,
        "the key \"title\" appears twice in an exercise",
    ),
    (
        "duplicate-option-id",
        "main.yaml",
        19,
        53,
        "the id \"a-community\" appears twice in options",
    ),
    (
        "duplicate-prompt-id",
        "main.yaml",
        31,
        13,
        "the prompt id \"power\" appears twice in this exercise",
    ),
    (
        "empty-choice",
        "main.yaml",
        19,
        22,
        "the list of options is empty",
    ),
    ("empty-file", "main.yaml", 1, 1, "the file is empty"),
    (
        "file-not-listed",
        "second.yaml",
        1,
        5,
        "the theme \"second\" is not listed in pack.yaml",
    ),
    (
        "high-from-out-of-range",
        "main.yaml",
        24,
        93,
        "high_from (9) is outside the scale",
    ),
    (
        "impossible-scale",
        "main.yaml",
        42,
        18,
        "impossible scale: max (1) must be more than min (1)",
    ),
    (
        "incomplete-quadrants",
        "main.yaml",
        26,
        9,
        "the quadrants have no \"low_x_low_y\"",
    ),
    (
        "key-wrong-kind",
        "main.yaml",
        15,
        9,
        "\"options\" does not belong in a \"list\" prompt",
    ),
    (
        "later-reference",
        "main.yaml",
        23,
        20,
        "\"landscape.trust\" comes later in the pack",
    ),
    (
        "list-min-over-max",
        "main.yaml",
        15,
        14,
        "min (5) is more than max (2)",
    ),
    (
        "missing-pack-file",
        "pack.yaml",
        1,
        1,
        "there is no pack.yaml in this pack",
    ),
    (
        "missing-text",
        "main.yaml",
        20,
        9,
        "the prompt \"power\" has no \"text\"",
    ),
    (
        "no-prompts",
        "second.yaml",
        5,
        5,
        "the exercise \"later\" has no prompts",
    ),
    (
        "non-utf8",
        "main.yaml",
        3,
        13,
        "the file is not valid UTF-8 text",
    ),
    (
        "options-and-options-from",
        "main.yaml",
        19,
        13,
        "use either \"options\" or \"options_from\", not both",
    ),
    (
        "pack-missing-title",
        "pack.yaml",
        1,
        1,
        "pack.yaml has no \"title\"",
    ),
    (
        "theme-listed-twice",
        "pack.yaml",
        6,
        16,
        "the theme \"main\" is listed twice",
    ),
    (
        "theme-without-file",
        "pack.yaml",
        6,
        16,
        "no theme file has the id \"extra\"",
    ),
    (
        "too-few-levels",
        "main.yaml",
        41,
        21,
        "a scale needs at least 2 levels",
    ),
    (
        "two-documents",
        "main.yaml",
        1,
        1,
        "the file holds more than one YAML document (a `---` line in the middle)",
    ),
    (
        "unknown-key",
        "main.yaml",
        19,
        13,
        "unknown key \"optons\" in a list's field",
    ),
    (
        "unknown-kind",
        "main.yaml",
        13,
        15,
        "\"checklist\" is not a kind",
    ),
    (
        "unknown-reference",
        "main.yaml",
        23,
        20,
        "there is no prompt \"landscape.practises\"",
    ),
    (
        "unqualified-reference",
        "main.yaml",
        23,
        20,
        "\"practices\" is not a prompt reference",
    ),
    (
        "where-fixed-rows",
        "main.yaml",
        36,
        23,
        "\"landscape.power\" has fixed rows, not the items of \"landscape.practices\"",
    ),
    (
        "where-unknown-column",
        "main.yaml",
        36,
        48,
        "\"landscape.power\" has no column \"quadrnt\"",
    ),
    (
        "where-unknown-option",
        "main.yaml",
        36,
        75,
        "\"quadrant\" has no option \"invited\"",
    ),
    (
        "where-wrong-test",
        "main.yaml",
        36,
        58,
        "\"quadrant\" holds choices, so test it with \"in\"",
    ),
    (
        "wrong-kind-reference",
        "second.yaml",
        17,
        23,
        "\"later.notes\" is a \"text\" prompt, but options_from needs a \"list\" prompt",
    ),
    (
        "wrong-type",
        "main.yaml",
        41,
        18,
        "\"min\" should be a whole number, not the text \"lots\"",
    ),
    (
        "yaml-syntax",
        "main.yaml",
        3,
        6,
        "this is not valid YAML: mapping values are not allowed in this context",
    ),
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

fn base_files() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/valid/base");
    ["pack.yaml", "main.yaml"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(dir.join(f)).unwrap()))
        .collect()
}

#[test]
fn a_file_over_one_megabyte_is_refused_unread() {
    let mut files = base_files();
    let mut big = files[1].1.clone();
    big.extend(std::iter::repeat_n(b'#', MAX_FILE_BYTES));
    files[1].1 = big;
    let problems = load_files(&files).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        (problems[0].file.as_str(), problems[0].line),
        ("main.yaml", 1)
    );
    assert!(problems[0].message.contains("larger than 1 MB"));

    // Through load_dir too, which reads no more than the limit.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.yaml"), &files[0].1).unwrap();
    std::fs::write(dir.path().join("main.yaml"), &files[1].1).unwrap();
    let problems = problems_of(dir.path());
    assert!(
        problems[0].message.contains("larger than 1 MB"),
        "{problems:#?}"
    );
}

#[test]
fn a_deeply_nested_document_is_refused_without_a_crash() {
    for depth in [200, 100_000] {
        let mut files = base_files();
        files[1].1 = format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes();
        let problems = load_files(&files).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].file, "main.yaml");
    }
}

#[test]
fn every_problem_of_every_file_is_reported_at_once_in_order() {
    let mut files = base_files();
    let pack = String::from_utf8(files[0].1.clone()).unwrap();
    files[0].1 = pack
        .replace("title: Test pack\n", "")
        .replace("[main]", "[main, second, third]")
        .into_bytes();
    let main = String::from_utf8(files[1].1.clone()).unwrap();
    files[1].1 = main
        .replace("    level: today\n", "    level: tomorrow\n")
        .replace("            max: 5\n", "            max: 0\n")
        .into_bytes();
    files.push(("second.yaml".into(), b"id: second\ntitle: [\n".to_vec()));
    files.push((
        "third.yaml".into(),
        b"id: third\ntitle: T\nintro: I\nexercises: []\n".to_vec(),
    ));
    files.push(("notes.txt".into(), b"\xff not yaml, ignored".to_vec()));
    let problems = load_files(&files).unwrap_err();
    let got: Vec<(String, usize)> = problems.iter().map(|p| (p.file.clone(), p.line)).collect();
    let want: Vec<(String, usize)> = [
        ("pack.yaml", 1),
        ("main.yaml", 7),
        ("main.yaml", 42),
        ("second.yaml", 2),
        ("third.yaml", 4),
    ]
    .iter()
    .map(|(f, l)| (f.to_string(), *l))
    .collect();
    assert_eq!(got, want, "{problems:#?}");
}

#[test]
fn a_missing_folder_is_one_problem_naming_it() {
    let problems = problems_of(Path::new("/nonexistent/convene-pack"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].file, "/nonexistent/convene-pack");
    assert!(problems[0].message.starts_with("cannot read the folder"));
}

#[test]
fn theme_files_are_checked_even_without_a_readable_pack_file() {
    let mut files = base_files();
    let main = String::from_utf8(files[1].1.clone()).unwrap();
    files[1].1 = main
        .replace("    level: today\n", "    level: tomorrow\n")
        .into_bytes();
    for pack in [None, Some(b"id: [\n".to_vec())] {
        let mut files = files.clone();
        match pack {
            None => {
                files.remove(0);
            }
            Some(bytes) => files[0].1 = bytes,
        }
        let problems = load_files(&files).unwrap_err();
        let got: Vec<(&str, usize)> = problems.iter().map(|p| (p.file.as_str(), p.line)).collect();
        assert_eq!(got, [("pack.yaml", 1), ("main.yaml", 7)], "{problems:#?}");
    }
}
