//! `convene --plain` changing a list's existing items through the real binary: `:edit`
//! (a rename keeps the power map's rows), `:remove` and `:undo`, `:move`, and bad item
//! numbers; the saved workbook is read back and the raw output checked for control bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Output;

use cli_support::{assert_plain, run_ok};
use convene::format::markdown;
use convene::workbook::{Answer, Value, Workbook};

const PACK: &str = "tests/packs/valid/full";

/// `convene --data-dir DATA --content PACK --plain ARGS...` with `input` on standard
/// input; it must exit 0.
fn convene(data: &Path, args: &[&str], input: &str) -> Output {
    let mut all = vec!["--plain"];
    all.extend_from_slice(args);
    run_ok(data, PACK, &all, input)
}

fn read(path: &Path) -> Workbook {
    markdown::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A workbook with three practices (Nursing is an organisation caring about "x") and
/// the power map rated for each.
fn made(dir: &Path) -> PathBuf {
    let input = "Falls\nA story.\n.\nNursing\n1\nx\nPharmacy\n2\n\nSocial care\n\n\n\n\
                 :go stake.map\n5 4\n1 1\n2 2\n:quit\n";
    let text = assert_plain(&convene(dir, &["new", "Falls"], input));
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("Workbook file: "))
        .expect("the output names the workbook file");
    PathBuf::from(line)
}

fn names(wb: &Workbook) -> Vec<&str> {
    wb.list_items("populate.practices")
        .iter()
        .map(|i| i.text.as_str())
        .collect()
}

fn map(wb: &Workbook) -> Vec<(String, Option<Value>)> {
    match wb.answers.get("stake.map") {
        Some(Answer::Grid(rows)) => rows
            .iter()
            .map(|r| (r.key.clone(), r.cells.get("power").cloned()))
            .collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn edit_renames_an_item_its_map_rows_follow_and_its_details_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = made(dir.path());
    let input = ":go populate.practices\n:edit 1\nNursing team\n2\n\n:quit\n";
    let text = assert_plain(&convene(
        dir.path(),
        &["open", path.to_str().unwrap()],
        input,
    ));
    assert!(
        text.contains("  1. Nursing (Type: An organisation; What they care about: x)"),
        "the items are said numbered: {text}"
    );
    assert!(text.contains("Practice 1 is called: Nursing"), "{text}");
    assert!(
        text.contains("Renamed \"Nursing\" to \"Nursing team\"."),
        "{text}"
    );
    assert!(
        text.contains(
            "Saved item 1: Nursing team (Type: A community of practice; What they care about: x)."
        ),
        "{text}"
    );
    let wb = read(&path);
    assert_eq!(names(&wb), ["Nursing team", "Pharmacy", "Social care"]);
    let first = &wb.list_items("populate.practices")[0];
    assert!(matches!(first.fields.get("type"), Some(Value::Choice(c)) if c != "org"));
    assert_eq!(first.fields.get("cares"), Some(&Value::Text("x".into())));
    // The power map's row for Nursing is now Nursing team's, with its ratings.
    assert_eq!(
        map(&wb),
        [
            ("Nursing team".to_string(), Some(Value::Number(5))),
            ("Pharmacy".to_string(), Some(Value::Number(1))),
            ("Social care".to_string(), Some(Value::Number(2))),
        ]
    );
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("no longer in the list"),
        "no row was orphaned"
    );
}

#[test]
fn remove_undo_and_move_are_said_back_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = made(dir.path());
    let input = ":go populate.practices\n:remove 1\n:undo\n:remove 2\n:move 2 1\n:quit\n";
    let text = assert_plain(&convene(
        dir.path(),
        &["open", path.to_str().unwrap()],
        input,
    ));
    assert!(
        text.contains("Removed item 1: Nursing (Type: An organisation; What they care about: x). Type :undo to put it back."),
        "{text}"
    );
    assert!(text.contains("Put back item 1: Nursing"), "{text}");
    assert!(text.contains("Removed item 2: Pharmacy"), "{text}");
    assert!(
        text.contains("Moved Social care from item 2 to item 1."),
        "{text}"
    );
    let wb = read(&path);
    assert_eq!(names(&wb), ["Social care", "Nursing"]);
    let second = &wb.list_items("populate.practices")[1];
    assert_eq!(second.fields.get("cares"), Some(&Value::Text("x".into())));
    // Pharmacy's map row is kept (marked as no longer in the list), so nothing is lost.
    assert!(map(&wb).iter().any(|(k, _)| k == "Pharmacy"));
}

#[test]
fn bad_item_numbers_are_explained_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = made(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();
    let input = ":go populate.practices\n:edit\n:edit 4\n:remove x\n:move 1\n:move 1 0\n\
                 :undo\n:edit 2\nNursing\n\n\n\n:go populate.initiative\n:edit 1\n:quit\n";
    let text = assert_plain(&convene(
        dir.path(),
        &["open", path.to_str().unwrap()],
        input,
    ));
    for says in [
        "Type :edit and an item's number; the items are numbered from 1 to 3.",
        "There is no item 4: the items are numbered from 1 to 3.",
        "\"x\" is not an item number.",
        "Type :move, the item's number and its new place, as in :move 3 1;",
        "There is no item 0",
        "Nothing removed from this list to put back.",
        "Another item is already called \"Nursing\". Type a different name, or an empty line to keep \"Pharmacy\".",
        ":edit changes a list's items, and this question is not a list.",
    ] {
        assert!(text.contains(says), "{says}\n{text}");
    }
    let after = read(&path);
    assert_eq!(names(&after), ["Nursing", "Pharmacy", "Social care"]);
    assert_eq!(after.answers, markdown::read(&before).unwrap().answers);
}

#[test]
fn a_renamed_item_with_escapes_is_shown_without_control_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = made(dir.path());
    let input = ":go populate.practices\n:edit 3\nSocial \u{1b}[2Jcare\u{7}\n\n\n:quit\n";
    let text = assert_plain(&convene(
        dir.path(),
        &["open", path.to_str().unwrap()],
        input,
    ));
    assert!(text.contains("Renamed \"Social care\" to \"Social \u{241b}[2Jcare\u{2407}\"."));
    let wb = read(&path);
    assert_eq!(names(&wb)[2], "Social \u{1b}[2Jcare\u{7}");
    assert_eq!(map(&wb)[2].0, "Social \u{1b}[2Jcare\u{7}");
}
