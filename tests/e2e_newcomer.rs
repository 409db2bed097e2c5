//! End-to-end: a newcomer's first session in a real terminal (issue 4). From the welcome
//! screen, through one answer of every prompt kind, to a clean quit; then the file on disk
//! holds every answer, and reopening it shows them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::collections::BTreeMap;

use convene::workbook::{Answer, Fields, Item, Row, Value};
use support::pty::{Pty, keys::*};

fn item(name: &str, role: &str) -> Item {
    Item {
        text: name.to_string(),
        fields: Fields::from([("role".to_string(), Value::Text(role.to_string()))]),
    }
}

fn row(key: &str, cells: &[(&str, Value)]) -> Row {
    Row {
        key: key.to_string(),
        cells: cells
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        skipped: false,
    }
}

#[test]
fn a_newcomer_answers_every_kind_quits_and_finds_it_all_again() {
    let data = tempfile::tempdir().unwrap();
    let pack = support::pack_dir();
    let mut t = Pty::spawn(&["--content", &pack], data.path(), 110, 45);

    // The first-time welcome asks for the initiative's name.
    t.wait_for("Welcome to convene", 20);
    t.type_text("Falls hub");
    t.wait_for("Falls hub", 10);
    t.send(ENTER);
    // Then the participant's own name (given here) and the moment (Enter: any time).
    t.wait_for("Your own name", 10);
    t.type_text("Sam");
    t.send(ENTER);
    t.wait_for("before or after", 10);
    t.send(ENTER);

    // Straight onto the first exercise, first question focused.
    t.wait_for("Name the hub?", 20);
    t.wait_for("The basics", 5);

    // line
    t.type_text("Falls prevention hub");
    t.wait_for("Falls prevention hub", 10);
    t.send(TAB);
    // text, with several lines and a blank one
    t.type_text("First line");
    t.send(ENTER);
    t.type_text("Second line");
    t.keys(&[ENTER, ENTER]);
    t.type_text("After a blank");
    t.wait_for("After a blank", 10);
    t.send(TAB);
    // list: an item's name, Enter to its sub-field, Enter for the next item
    t.type_text("Asha");
    t.send(ENTER);
    t.type_text("Nurse");
    t.send(ENTER);
    t.type_text("Ben");
    t.send(ENTER);
    t.type_text("GP");
    t.wait_for("GP", 10);
    t.send(TAB);
    // choice: arrows move, Space selects
    t.keys(&[DOWN, SPACE]);
    t.send(TAB);
    // multi-choice: two of three
    t.keys(&[SPACE, DOWN, DOWN, SPACE]);
    t.send(TAB);
    // scale: a digit, then →
    t.keys(&[b"3", RIGHT]);
    // Shift-Tab back and forth leaves everything as it was.
    t.keys(&[SHIFT_TAB, TAB]);

    // The next exercise.
    t.send(PAGE_DOWN);
    t.wait_for("Rate each cycle?", 10);
    // grid: Morning (rating, note), Evening (rating, note)
    t.send(b"3");
    t.send(DOWN);
    t.type_text("early");
    t.send(ENTER);
    t.send(b"1");
    t.send(ENTER);
    t.type_text("late");
    t.wait_for("late", 10);
    t.send(TAB);
    // quadrant: rows from the list (Asha, Ben), power then stake
    t.wait_for("Place each person?", 10);
    t.keys(&[b"4", ENTER, b"5", ENTER, b"2", ENTER, b"1"]);

    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0, "convene exits with 0 after Ctrl-Q");
    t.assert_restored(10);

    // One workbook in the data directory, holding every answer.
    let files: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(files.len(), 1, "one workbook file: {files:?}");
    let path = &files[0];
    let (session, wb) = convene::store::open_workbook(path, &support::pack()).unwrap();
    drop(session);
    assert_eq!(wb.meta.initiative, "Falls hub");
    assert_eq!(wb.meta.participant, "Sam");
    assert_eq!(wb.meta.moment, convene::content::Moment::Any);
    assert_eq!(wb.meta.pack, "e2e-pack");
    let want: BTreeMap<String, Answer> = [
        ("basics.name", Answer::Text("Falls prevention hub".into())),
        (
            "basics.story",
            Answer::Text("First line\nSecond line\n\nAfter a blank".into()),
        ),
        (
            "basics.people",
            Answer::List(vec![item("Asha", "Nurse"), item("Ben", "GP")]),
        ),
        ("basics.colour", Answer::Choice("green".into())),
        (
            "basics.reach",
            Answer::Choices(vec!["email".into(), "letters".into()]),
        ),
        ("basics.sure", Answer::Number(4)),
        (
            "rate.cycles",
            Answer::Grid(vec![
                row(
                    "morning",
                    &[
                        ("rating", Value::Choice("high".into())),
                        ("note", Value::Text("early".into())),
                    ],
                ),
                row(
                    "evening",
                    &[
                        ("rating", Value::Choice("low".into())),
                        ("note", Value::Text("late".into())),
                    ],
                ),
            ]),
        ),
        (
            "rate.map",
            Answer::Grid(vec![
                row(
                    "Asha",
                    &[("power", Value::Number(4)), ("stake", Value::Number(5))],
                ),
                row(
                    "Ben",
                    &[("power", Value::Number(2)), ("stake", Value::Number(1))],
                ),
            ]),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (id, answer) in &want {
        assert_eq!(wb.answers.get(id), Some(answer), "the answer to {id}");
    }
    assert_eq!(
        wb.answers.len(),
        want.len(),
        "no other answers: {:?}",
        wb.answers
    );

    // Reopened in a new terminal, it resumes where the participant left (the last
    // exercise) and the answers are on screen.
    let file = path.to_str().unwrap();
    let mut again = Pty::spawn(&["open", file, "--content", &pack], data.path(), 110, 45);
    again.wait_for("Rate each cycle?", 20);
    for text in ["early", "late", "Co-convene"] {
        again.wait_for(text, 5);
    }
    again.send(PAGE_UP);
    again.wait_for("Falls prevention hub", 10);
    for text in ["Second line", "After a blank", "Asha", "Nurse", "Ben", "GP"] {
        again.wait_for(text, 5);
    }
    again.send(CTRL_Q);
    assert_eq!(again.wait_exit(20), 0);
    again.assert_restored(10);
}

#[test]
fn the_built_in_pack_takes_a_newcomer_to_a_saved_first_answer() {
    let pack = convene::content::load_builtin().unwrap();
    let first = &pack.themes[0].exercises[0].prompts[0];
    let data = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(&[], data.path(), 100, 30);
    t.wait_for("Welcome to convene", 20);
    t.type_text("Built-in");
    t.send(ENTER);
    // The participant's name skipped with Enter; the built-in pack has paths, so the last
    // step chooses one, and Enter takes the first (core).
    t.wait_for("Your own name", 10);
    t.send(ENTER);
    t.wait_for("Which path will you follow?", 10);
    let core = convene::words::paths::about_minutes(pack.path_minutes("core").unwrap());
    t.wait_for(&core, 5);
    t.send(ENTER);
    // The workbook screen: its footer names the keys (the pack's wording is not relied on).
    t.wait_for("Ctrl-Q quit", 20);
    t.wait_until("the workbook screen", 10, |s| {
        !s.contains("Welcome to convene")
    });
    // The built-in pack opens on who will read the workbook: a multiple choice. Space
    // picks the first option.
    use convene::content::{Options, PromptKind};
    let PromptKind::MultiChoice {
        options: Options::Fixed(options),
        ..
    } = &first.kind
    else {
        panic!("the built-in pack is expected to open on a multiple choice");
    };
    t.send(b" ");
    t.wait_for("[x]", 10);
    t.send(CTRL_Q);
    assert_eq!(t.wait_exit(20), 0);
    t.assert_restored(10);
    let files: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let wb = support::read_from_disk(&files[0]);
    assert_eq!(wb.meta.pack, pack.id);
    assert_eq!(wb.meta.path, "core", "the file records the path chosen");
    assert_eq!(wb.meta.moment, convene::content::Moment::Before);
    assert_eq!(
        wb.answers.get(&first.qualified_id),
        Some(&convene::workbook::Answer::Choices(vec![
            options[0].id.clone()
        ]))
    );
}
