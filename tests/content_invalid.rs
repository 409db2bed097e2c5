//! Invalid packs under tests/packs/invalid/<case>/: each has one kind of mistake, reported
//! once, at the right file, line and column, with a message that says what is wrong.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use convene::content::Problem;
use convene::store::pack::load_dir;

/// (case, file, line, column, message).
#[rustfmt::skip]
const CASES: &[(&str, &str, usize, usize, &str)] = &[
    ("alias-bomb", "main.yaml", 1, 1, "unknown key \"lol0\" in this file"),
    ("bad-id", "main.yaml", 5, 9, "\"Land_scape\" is not a valid id"),
    ("bad-level", "main.yaml", 7, 12, "\"tomorow\" is not a level"),
    ("bad-moment", "main.yaml", 8, 13, "\"during\" is not a moment"),
    ("deep-nesting", "main.yaml", 3, 41, "lists or maps in brackets are nested more than 32 deep here"),
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
    ("minutes-missing", "main.yaml", 85, 5, "the exercise \"extra\" has no \"minutes\""),
    ("minutes-out-of-range", "main.yaml", 36, 14, "\"minutes\" must be from 1 to 240, not 0"),
    ("path-builds-on-later", "pack.yaml", 13, 17, "there is no path \"after\" before this one"),
    ("path-duplicate-id", "pack.yaml", 17, 9, "the path id \"core\" appears twice"),
    ("path-full-builds-on", "pack.yaml", 20, 5, "the path \"full\" cannot build on others: it holds every exercise"),
    ("path-full-on-exercise", "main.yaml", 35, 19, "every exercise is on \"full\" already"),
    ("path-missing-purpose", "pack.yaml", 13, 5, "the path \"after\" has no \"purpose\""),
    ("path-unknown", "main.yaml", 89, 13, "there is no path \"aftr\""),
    ("path-uses-answer-outside", "main.yaml", 74, 23, "this exercise is on the path \"after\", but where uses \"stance.trust\", which is not on \"after\""),
    ("paths-not-declared", "main.yaml", 9, 13, "there is no path \"core\": pack.yaml declares none"),
    ("ranking-one-option", "main.yaml", 84, 18, "a ranking needs at least 2 options to put in order"),
    ("read-back-empty-entry", "pack.yaml", 24, 37, "this entry names no prompt"),
    ("row-ends-half", "main.yaml", 44, 13, "this row has its own scale ends but no \"high\""),
    ("row-ends-on-option", "main.yaml", 21, 58, "\"low\" belongs only to a grid's rows"),
    ("row-ends-without-scale", "main.yaml", 44, 13, "this row has its own scale ends, but the grid has no numeric scale column"),
    ("rows-from-fixed-multi-choice", "main.yaml", 50, 20, "\"landscape.focus\" does not take its options from one list, so its choices cannot be rows"),
    ("was-claimed-twice", "main.yaml", 95, 14, "\"landscape.aside\" already says it was \"old-landscape.aside\""),
    ("was-not-an-id", "main.yaml", 31, 14, "\"aside\" is not a prompt id"),
    ("was-still-in-pack", "main.yaml", 31, 14, "\"landscape.practices\" is still a prompt of this pack"),
    ("missing-pack-file", "pack.yaml", 1, 1, "there is no pack.yaml in this pack"),
    ("missing-text", "main.yaml", 20, 9, "the prompt \"power\" has no \"text\""),
    ("no-prompts", "second.yaml", 5, 5, "the exercise \"later\" has no prompts"),
    ("non-utf8", "main.yaml", 3, 13, "the file is not valid UTF-8 text"),
    ("options-and-options-from", "main.yaml", 19, 13, "use either \"options\" or \"options_from\", not both"),
    ("pack-missing-title", "pack.yaml", 1, 1, "pack.yaml has no \"title\""),
    ("picture-bars-not-scale", "pack.yaml", 26, 46, "\"basis\" is a \"line\" column, but bars need a scale column"),
    ("picture-bars-unknown-column", "pack.yaml", 26, 46, "\"landscape.trust\" has no column \"trusts\""),
    ("picture-duplicate-id", "pack.yaml", 21, 9, "the picture id \"landscape\" appears twice"),
    ("picture-edge-not-choice-over-nodes", "pack.yaml", 17, 15, "\"kind\" has fixed options, not the items of \"landscape.practices\""),
    ("picture-edge-unknown-field", "pack.yaml", 16, 17, "the items of \"edges.boundaries\" have no field \"side-c\""),
    ("picture-group-not-choice", "pack.yaml", 13, 14, "\"note\" is a \"line\" field, but group needs a choice field"),
    ("picture-heat-bad-axis", "pack.yaml", 20, 45, "\"z\" is not an axis"),
    ("picture-heat-wrong-rows", "pack.yaml", 20, 27, "\"landscape.power\" has rows from \"landscape.practices\", not from \"edges.boundaries\""),
    ("picture-nodes-not-list", "pack.yaml", 12, 14, "\"landscape.trust\" is a \"grid\" prompt, but nodes needs a \"list\" prompt"),
    ("picture-quadrant-wrong-kind", "pack.yaml", 23, 15, "\"landscape.trust\" is a \"grid\" prompt, but quadrant needs a \"quadrant\" prompt"),
    ("picture-two-kinds", "pack.yaml", 24, 5, "the picture \"power\" has more than one of \"network\", \"quadrant\" and \"bars\""),
    ("picture-unknown-key", "pack.yaml", 10, 5, "unknown key \"capton\" in a picture"),
    ("picture-unknown-prompt", "pack.yaml", 12, 14, "there is no prompt \"landscape.practises\""),
    ("picture-without-kind", "pack.yaml", 21, 5, "the picture \"power\" has none of \"network\", \"quadrant\" or \"bars\""),
    ("read-back-empty-section", "pack.yaml", 32, 7, "this section has neither \"picture\" nor \"prompts\""),
    ("read-back-grid-prompt", "pack.yaml", 32, 36, "\"landscape.trust\" is a \"grid\" prompt, whose answer cannot be quoted"),
    ("read-back-summary-misfit", "pack.yaml", 31, 53, "\"hottest\" does not fit a \"bars\" picture"),
    ("read-back-unknown-picture", "pack.yaml", 31, 37, "there is no picture \"trusted\""),
    ("read-back-unknown-prompt", "pack.yaml", 32, 36, "there is no prompt \"edges.cal\""),
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
    assert!(hint("picture-unknown-key").starts_with("did you mean \"caption\"?"));
    assert!(hint("picture-unknown-prompt").contains("\"landscape.practices\""));
    assert!(hint("picture-edge-unknown-field").contains("did you mean \"side-a\"?"));
    assert!(
        hint("picture-edge-not-choice-over-nodes")
            .contains("`options_from: [landscape.practices]`")
    );
    assert!(hint("picture-heat-wrong-rows").contains("`rows_from: edges.boundaries`"));
    assert!(hint("picture-bars-unknown-column").contains("did you mean \"trust\"?"));
    assert!(hint("read-back-unknown-picture").contains("did you mean \"trust\"?"));
    assert!(hint("path-unknown").starts_with("did you mean \"after\"?"));
    assert!(hint("path-uses-answer-outside").contains("add \"after\" to the paths of \"stance\""));
    assert!(hint("minutes-missing").contains("`minutes: 5`"));
    assert!(hint("was-still-in-pack").contains("no longer has"));
    assert_eq!(
        hint("read-back-summary-misfit"),
        "use one of \"levels\", \"lowest\""
    );
}
