//! Unit tests of the editing core's list edits: adding within `max`, naming and renaming,
//! fields that must fit, removing and putting back, moving, and seeding from an earlier list.

use super::tests::{pack, people, prompt};
use super::*;
use crate::workbook::Item;

fn names(wb: &Workbook, id: &str) -> Vec<String> {
    wb.list_items(id).iter().map(|i| i.text.clone()).collect()
}

fn item(name: &str, fields: &[(&str, Value)]) -> Item {
    Item {
        text: name.into(),
        fields: fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
    }
}

#[test]
fn items_are_added_within_the_lists_max() {
    let pack = pack();
    let list = prompt(&pack, "words.people");
    let mut wb = Workbook::default();
    for (i, n) in ["A", "B", "C"].into_iter().enumerate() {
        assert_eq!(add_item(&mut wb, list, 99, item(n, &[])), Ok(i));
    }
    assert_eq!(add_item(&mut wb, list, 0, item("Z", &[])), Ok(0));
    assert_eq!(
        add_item(&mut wb, list, 0, item("Y", &[])),
        Err(EditError::ListFull(4))
    );
    assert_eq!(names(&wb, "words.people"), ["Z", "A", "B", "C"]);
    // Naming or filling a field of the item just past the end adds it, within max too.
    assert_eq!(
        set_item_name(&mut wb, list, 4, "Y"),
        Err(EditError::ListFull(4))
    );
    assert_eq!(
        set_item_name(&mut wb, list, 5, "Y"),
        Err(EditError::NotThere)
    );
    let mut empty = Workbook::default();
    assert_eq!(
        set_item_field(&mut empty, list, 0, "rate", Some(Value::Number(3))),
        Ok(())
    );
    assert_eq!(empty.list_items("words.people").len(), 1);
}

#[test]
fn fields_must_fit_their_kind() {
    let pack = pack();
    let list = prompt(&pack, "words.people");
    let mut wb = with_people(&["A"]);
    let set = |wb: &mut Workbook, f: &str, v: Value| set_item_field(wb, list, 0, f, Some(v));
    assert_eq!(
        set(&mut wb, "rate", Value::Number(9)),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(
        set(&mut wb, "kind", Value::Choice("x".into())),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(
        set(&mut wb, "role", Value::Text("a\nb".into())),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(
        set(&mut wb, "nope", Value::Text("a".into())),
        Err(EditError::NotThere)
    );
    assert_eq!(set(&mut wb, "kind", Value::Choice("org".into())), Ok(()));
    assert_eq!(set_item_field(&mut wb, list, 0, "kind", None), Ok(()));
    assert!(wb.list_items("words.people")[0].fields.is_empty());
}

fn with_people(names: &[&str]) -> Workbook {
    let mut wb = Workbook::default();
    wb.answers.insert("words.people".into(), people(names));
    wb
}

#[test]
fn a_removed_item_is_put_back_where_it_was() {
    let pack = pack();
    let list = prompt(&pack, "words.people");
    let mut wb = with_people(&["A", "B", "C"]);
    let removal = remove_item(&mut wb, list, 1);
    assert_eq!(names(&wb, "words.people"), ["A", "C"]);
    assert_eq!(remove_item(&mut wb, list, 5), Err(EditError::NotThere));
    let Ok(removal) = removal else {
        panic!("not removed")
    };
    assert_eq!(
        restore(&mut wb, list, removal),
        Ok(vec![(1, item("B", &[]))])
    );
    assert_eq!(names(&wb, "words.people"), ["A", "B", "C"]);
    // The last item takes the answer with it; clearing a list keeps every item's place.
    let mut one = with_people(&["A"]);
    assert!(remove_item(&mut one, list, 0).is_ok());
    assert!(one.answers.is_empty());
    let cleared = clear(&mut wb, list);
    assert!(matches!(
        cleared.as_ref().map(|c| &c.removed),
        Some(Removed::Items(items)) if items.len() == 3
    ));
    assert_eq!(add_item(&mut wb, list, 0, item("N", &[])), Ok(0));
    assert_eq!(add_item(&mut wb, list, 1, item("M", &[])), Ok(1));
    // Putting three back would make five: refused, nothing changes.
    let Some(cleared) = cleared else {
        panic!("nothing cleared")
    };
    assert_eq!(restore(&mut wb, list, cleared), Err(EditError::ListFull(4)));
    assert_eq!(names(&wb, "words.people"), ["N", "M"]);
}

#[test]
fn items_move_to_their_new_place() {
    let pack = pack();
    let list = prompt(&pack, "words.people");
    let mut wb = with_people(&["A", "B", "C"]);
    assert_eq!(move_item(&mut wb, list, 2, 0), Ok(()));
    assert_eq!(names(&wb, "words.people"), ["C", "A", "B"]);
    assert_eq!(move_item(&mut wb, list, 0, 3), Err(EditError::NotThere));
}

#[test]
fn a_rename_refuses_a_taken_name_and_takes_the_answers_along() {
    let pack = pack();
    let list = prompt(&pack, "words.people");
    let mut wb = with_people(&["A", "B"]);
    wb.answers
        .insert("picks.first".into(), Answer::Choice("A".into()));
    assert_eq!(
        set_pair(&mut wb, &pack, prompt(&pack, "tables.map"), "A", 1, 2),
        Ok(())
    );
    assert_eq!(
        rename_item(&mut wb, &pack, list, 0, " B "),
        Err(EditError::NameTaken)
    );
    assert_eq!(
        rename_item(&mut wb, &pack, list, 0, "  "),
        Err(EditError::DoesNotFit)
    );
    assert_eq!(rename_item(&mut wb, &pack, list, 0, " A2 "), Ok(true));
    assert_eq!(names(&wb, "words.people"), ["A2", "B"]);
    assert_eq!(
        wb.answers.get("picks.first"),
        Some(&Answer::Choice("A2".into()))
    );
    let keys = match wb.answers.get("tables.map") {
        Some(Answer::Grid(rows)) => rows.iter().map(|r| r.key.clone()).collect(),
        _ => Vec::new(),
    };
    assert_eq!(keys, ["A2"]);
}

#[test]
fn a_seed_copies_fields_that_match_and_fit_within_the_max() {
    let pack = pack();
    let team = prompt(&pack, "words.team");
    let mut wb = Workbook::default();
    let source = vec![
        item(
            "A",
            &[
                ("kind", Value::Choice("org".into())),
                // On the team's 1–3 scale: kept. The role is a line there, text here: dropped.
                ("rate", Value::Number(2)),
                ("role", Value::Text("lead".into())),
            ],
        ),
        // Off the team's scale: dropped.
        item("B", &[("rate", Value::Number(5))]),
        item(" ", &[]),
        item("C", &[]),
        item("D", &[]),
    ];
    wb.answers
        .insert("words.people".into(), Answer::List(source));
    let seeded = seed_items(&wb, &pack, team);
    assert_eq!(
        seeded,
        [
            item(
                "A",
                &[
                    ("kind", Value::Choice("org".into())),
                    ("rate", Value::Number(2))
                ]
            ),
            item("B", &[]),
            item("C", &[]),
        ],
        "named items only, at most the team's 3"
    );
    assert_eq!(seed(&mut wb, &pack, team), Ok(true));
    assert_eq!(wb.list_items("words.team"), seeded.as_slice());
    // A list with items is not seeded again.
    assert_eq!(seed(&mut wb, &pack, team), Ok(false));
}
