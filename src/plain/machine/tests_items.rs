//! Unit tests of plain mode's list-item commands (`:edit`, `:remove`, `:undo`, `:move`)
//! against the test pack that uses every prompt kind.

use std::path::Path;

use crate::content::Pack;
use crate::store::blank_workbook;
use crate::store::pack::load_dir;
use crate::workbook::{Answer, Fields, Item, Row, Value, Workbook};

use super::{Plain, Reply, Sub};

fn pack() -> Pack {
    match load_dir(Path::new("tests/packs/valid/full")) {
        Ok(pack) => pack,
        Err(problems) => panic!("{problems:?}"),
    }
}

fn item(name: &str, kind: Option<&str>) -> Item {
    let mut fields = Fields::new();
    if let Some(k) = kind {
        fields.insert("type".to_string(), Value::Choice(k.to_string()));
    }
    Item {
        text: name.to_string(),
        fields,
    }
}

/// Three practices, a power map with a row for two of them, and a choice of one.
fn workbook(pack: &Pack) -> Workbook {
    let mut wb = blank_workbook(pack, "X", "");
    wb.answers.insert(
        "populate.practices".into(),
        Answer::List(vec![
            item("Nursing", Some("org")),
            item("Pharmacy", None),
            item("Social care", None),
        ]),
    );
    let row = |key: &str, p: i64, i: i64| Row {
        key: key.to_string(),
        cells: Fields::from([
            ("power".to_string(), Value::Number(p)),
            ("interest".to_string(), Value::Number(i)),
        ]),
        skipped: false,
    };
    wb.answers.insert(
        "stake.map".into(),
        Answer::Grid(vec![row("Nursing", 5, 4), row("Pharmacy", 1, 1)]),
    );
    wb.answers
        .insert("people.first".into(), Answer::Choice("Nursing".into()));
    wb
}

fn names(wb: &Workbook) -> Vec<&str> {
    wb.list_items("populate.practices")
        .iter()
        .map(|i| i.text.as_str())
        .collect()
}

fn map_keys(wb: &Workbook) -> Vec<&str> {
    match wb.answers.get("stake.map") {
        Some(Answer::Grid(rows)) => rows.iter().map(|r| r.key.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn said(reply: &Reply) -> String {
    crate::words::plain::lines(&reply.lines).join("\n")
}

fn at_practices<'p>(pack: &'p Pack, wb: &mut Workbook) -> (Plain<'p>, String) {
    let mut plain = Plain::new(pack);
    plain.start(wb);
    let reply = plain.feed(wb, ":go populate.practices");
    (plain, said(&reply))
}

#[test]
fn a_list_with_items_says_them_numbered_and_how_to_change_them() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (_, text) = at_practices(&pack, &mut wb);
    assert!(
        text.contains("  1. Nursing (Type: An organisation)\n  2. Pharmacy\n  3. Social care"),
        "{text}"
    );
    assert!(text.contains("type :edit and its number"), "{text}");
    // An empty list does not mention them.
    let mut empty = blank_workbook(&pack, "X", "");
    let (_, text) = at_practices(&pack, &mut empty);
    assert!(!text.contains(":edit"), "{text}");
}

#[test]
fn edit_renames_an_item_and_its_map_rows_and_choices_follow() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (mut plain, _) = at_practices(&pack, &mut wb);
    let reply = plain.feed(&mut wb, ":edit 1");
    assert!(!reply.save);
    assert!(said(&reply).contains("Practice 1 is called: Nursing"));
    assert_eq!(
        plain.here(),
        Some(("populate.practices", Sub::Name { item: 0 }))
    );
    let reply = plain.feed(&mut wb, "  Nursing team ");
    assert!(reply.save);
    assert!(said(&reply).contains("Renamed \"Nursing\" to \"Nursing team\"."));
    assert_eq!(names(&wb), ["Nursing team", "Pharmacy", "Social care"]);
    assert_eq!(map_keys(&wb), ["Nursing team", "Pharmacy"]);
    assert_eq!(
        wb.answers.get("people.first"),
        Some(&Answer::Choice("Nursing team".into()))
    );
    // Then its details, each kept by an empty line or changed.
    assert_eq!(
        plain.here(),
        Some(("populate.practices", Sub::Field { item: 0, field: 0 }))
    );
    assert!(!plain.feed(&mut wb, "").save);
    let reply = plain.feed(&mut wb, "cares a lot");
    assert!(reply.save);
    assert!(
        said(&reply).contains(
            "Saved item 1: Nursing team (Type: An organisation; What they care about: cares a lot)."
        ),
        "{}",
        said(&reply)
    );
    assert_eq!(plain.here(), Some(("populate.practices", Sub::Main)));
    let first = &wb.list_items("populate.practices")[0];
    assert_eq!(first.fields.get("type"), Some(&Value::Choice("org".into())));
}

#[test]
fn edit_keeps_the_name_on_an_empty_line_and_refuses_a_name_another_item_has() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (mut plain, _) = at_practices(&pack, &mut wb);
    plain.feed(&mut wb, ":edit 2");
    let reply = plain.feed(&mut wb, "Nursing");
    assert!(!reply.save);
    assert!(said(&reply).contains("Another item is already called \"Nursing\""));
    assert_eq!(
        plain.here(),
        Some(("populate.practices", Sub::Name { item: 1 }))
    );
    let reply = plain.feed(&mut wb, "");
    assert!(!reply.save);
    assert_eq!(names(&wb), ["Nursing", "Pharmacy", "Social care"]);
    assert_eq!(map_keys(&wb), ["Nursing", "Pharmacy"]);
    assert_eq!(
        plain.here(),
        Some(("populate.practices", Sub::Field { item: 1, field: 0 }))
    );
    // A command in the middle of an edit leaves it; nothing else changes.
    plain.feed(&mut wb, ":outline");
    assert_eq!(names(&wb), ["Nursing", "Pharmacy", "Social care"]);
}

#[test]
fn remove_says_the_item_back_and_undo_puts_it_where_it_was() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (mut plain, _) = at_practices(&pack, &mut wb);
    let reply = plain.feed(&mut wb, ":remove 1");
    assert!(reply.save);
    let text = said(&reply);
    assert!(
        text.contains("Removed item 1: Nursing (Type: An organisation). Type :undo"),
        "{text}"
    );
    assert!(text.contains("  1. Pharmacy\n  2. Social care"), "{text}");
    assert_eq!(names(&wb), ["Pharmacy", "Social care"]);
    // Its map row stays in the workbook, waiting for it.
    assert_eq!(map_keys(&wb), ["Nursing", "Pharmacy"]);
    plain.feed(&mut wb, "Public health");
    plain.feed(&mut wb, "");
    plain.feed(&mut wb, "");
    let reply = plain.feed(&mut wb, ":undo");
    assert!(reply.save);
    assert!(said(&reply).contains("Put back item 1: Nursing (Type: An organisation)."));
    assert_eq!(
        names(&wb),
        ["Nursing", "Pharmacy", "Social care", "Public health"]
    );
    let reply = plain.feed(&mut wb, ":undo");
    assert!(!reply.save);
    assert!(said(&reply).contains("Nothing removed from this list"));
    // Removing every item removes the answer.
    for _ in 0..4 {
        assert!(plain.feed(&mut wb, ":remove 1").save);
    }
    assert!(!wb.answers.contains_key("populate.practices"));
    assert!(plain.feed(&mut wb, ":undo").save);
    assert_eq!(names(&wb), ["Public health"]);
}

#[test]
fn move_puts_an_item_at_its_new_place() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (mut plain, _) = at_practices(&pack, &mut wb);
    let reply = plain.feed(&mut wb, ":move 3 1");
    assert!(reply.save);
    assert!(said(&reply).contains("Moved Social care from item 3 to item 1."));
    assert_eq!(names(&wb), ["Social care", "Nursing", "Pharmacy"]);
    plain.feed(&mut wb, ":move 1 3");
    assert_eq!(names(&wb), ["Nursing", "Pharmacy", "Social care"]);
    let reply = plain.feed(&mut wb, ":move 2 2");
    assert!(!reply.save);
    assert!(said(&reply).contains("Pharmacy is already item 2."));
    // Details travel with their item.
    plain.feed(&mut wb, ":move 1 2");
    let second = &wb.list_items("populate.practices")[1];
    assert_eq!(second.text, "Nursing");
    assert_eq!(
        second.fields.get("type"),
        Some(&Value::Choice("org".into()))
    );
}

#[test]
fn bad_item_numbers_are_explained_in_one_line_and_nothing_changes() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let before = wb.clone();
    let (mut plain, _) = at_practices(&pack, &mut wb);
    for (line, says) in [
        (
            ":edit",
            "Type :edit and an item's number; the items are numbered from 1 to 3.",
        ),
        (
            ":edit 0",
            "There is no item 0: the items are numbered from 1 to 3.",
        ),
        (
            ":remove 4",
            "There is no item 4: the items are numbered from 1 to 3.",
        ),
        (":remove two", "\"two\" is not an item number."),
        (":edit -1", "\"-1\" is not an item number."),
        (":move 1", "Type :move, the item's number and its new place"),
        (":move 1 9", "There is no item 9"),
        (":move x 1", "\"x\" is not an item number."),
    ] {
        let reply = plain.feed(&mut wb, line);
        assert!(!reply.save, "{line}");
        let text = said(&reply);
        assert!(text.contains(says), "{line}: {text}");
        assert!(
            text.ends_with("Practice 4 (an empty line ends the list):"),
            "{line}: {text}"
        );
        assert_eq!(plain.here(), Some(("populate.practices", Sub::Main)));
    }
    assert_eq!(wb.answers, before.answers);
    // Not a list, or a list with no items yet.
    plain.feed(&mut wb, ":go populate.initiative");
    let text = said(&plain.feed(&mut wb, ":remove 1"));
    assert!(text.contains(":remove changes a list's items, and this question is not a list."));
    plain.feed(&mut wb, ":go people.names");
    let text = said(&plain.feed(&mut wb, ":edit 1"));
    assert!(text.contains("This list has no items yet"), "{text}");
    assert_eq!(wb.answers, before.answers);
}

#[test]
fn clear_on_a_list_can_be_undone_all_at_once() {
    let pack = pack();
    let mut wb = workbook(&pack);
    let (mut plain, _) = at_practices(&pack, &mut wb);
    let reply = plain.feed(&mut wb, ":clear");
    assert!(reply.save);
    assert!(said(&reply).contains("Cleared this list's 3 items. Type :undo to put them back."));
    assert!(!wb.answers.contains_key("populate.practices"));
    plain.feed(&mut wb, "New one");
    plain.feed(&mut wb, "");
    plain.feed(&mut wb, "");
    let reply = plain.feed(&mut wb, ":undo");
    assert!(reply.save);
    let text = said(&reply);
    assert!(
        text.contains("Put back item 1: Nursing (Type: An organisation)."),
        "{text}"
    );
    assert!(text.contains("Put back item 3: Social care."), "{text}");
    assert_eq!(
        names(&wb),
        ["Nursing", "Pharmacy", "Social care", "New one"]
    );
    let first = &wb.list_items("populate.practices")[0];
    assert_eq!(first.fields.get("type"), Some(&Value::Choice("org".into())));
    // A list that would go past its maximum is not overfilled.
    plain.feed(&mut wb, ":clear");
    for i in 0..10 {
        plain.feed(&mut wb, &format!("P{i}"));
        plain.feed(&mut wb, "");
        plain.feed(&mut wb, "");
    }
    let reply = plain.feed(&mut wb, ":undo");
    assert!(!reply.save);
    assert!(said(&reply).contains("at most 12 items: remove some before putting 4 back"));
    assert_eq!(wb.list_items("populate.practices").len(), 10);
    // Clearing a question that is not a list says nothing of undo.
    plain.feed(&mut wb, ":go populate.initiative");
    assert!(!said(&plain.feed(&mut wb, ":clear")).contains(":undo"));
}

#[test]
fn a_nameless_item_and_a_name_used_twice_are_noted_after_the_items() {
    let pack = pack();
    let mut wb = workbook(&pack);
    if let Some(Answer::List(items)) = wb.answers.get_mut("populate.practices") {
        items.push(item("", Some("org")));
        items.push(item(" Nursing", None));
    }
    let (_, text) = at_practices(&pack, &mut wb);
    assert!(
        text.contains("Note: Item 4 has details but no name"),
        "{text}"
    );
    assert!(
        text.contains("Note: Item 5 has the same name as item 1"),
        "{text}"
    );
}
