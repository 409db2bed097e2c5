//! Pure `update` tests for what a newcomer tripped over in a full evening (issue 19): Enter
//! on an item's last detail, nameless and duplicate items.

use super::tests::{key, typ};
use super::tests_cells::with_people;
use super::*;
use crate::workbook::Answer;
use crate::workbook::derive::{ItemFlag, item_flags};

fn names(wb: &Workbook, id: &str) -> Vec<String> {
    wb.list_items(id).iter().map(|i| i.text.clone()).collect()
}

/// The list of people with these names, the focus on the last one's last detail.
fn people(named: &[&str]) -> State {
    let mut s = with_people(named);
    update(&mut s, Msg::FocusCell(named.len() * 3 - 1));
    s
}

#[test]
fn enter_on_a_last_detail_goes_to_the_next_item_and_adds_one_only_at_the_end() {
    let mut s = people(&["Alpha", "Beta", "Gamma"]);
    assert_eq!(names(&s.workbook, "map.people"), ["Alpha", "Beta", "Gamma"]);
    // Back to Alpha's last detail (its kind), then Enter.
    update(&mut s, Msg::FocusCell(2));
    key(&mut s, EditKey::Enter);
    assert_eq!(names(&s.workbook, "map.people"), ["Alpha", "Beta", "Gamma"]);
    assert_eq!(s.cell, 3, "on Beta's name");
    // Gamma's last detail: a new item at the end.
    update(&mut s, Msg::FocusCell(8));
    key(&mut s, EditKey::Enter);
    assert_eq!(
        names(&s.workbook, "map.people"),
        ["Alpha", "Beta", "Gamma", ""]
    );
    assert_eq!(s.cell, 9);
}

#[test]
fn nameless_items_and_names_used_twice_are_flagged() {
    let mut s = people(&["Alpha", "Beta", "Alpha"]);
    // Details typed into an item with no name (as after seeding, when names moved down).
    update(&mut s, Msg::FocusCell(8));
    key(&mut s, EditKey::Enter); // a new item at the end
    key(&mut s, EditKey::Down); // its name left empty → its role
    typ(&mut s, "Chair");
    let items = s.workbook.list_items("map.people");
    assert_eq!(
        item_flags(items),
        [
            ItemFlag::SameName { n: 2, first: 0 },
            ItemFlag::Nameless { n: 3 }
        ]
    );
    // A blank item (nothing typed yet) is not flagged.
    key(&mut s, EditKey::Down); // → its kind
    key(&mut s, EditKey::Enter); // a new item at the end
    assert_eq!(s.workbook.list_items("map.people").len(), 5);
    assert_eq!(item_flags(s.workbook.list_items("map.people")).len(), 2);
}

#[test]
fn a_reopened_workbook_resumes_at_its_place_else_at_the_first_unanswered_question() {
    let mut wb = Workbook::default();
    wb.answers
        .insert("map.name".into(), Answer::Text("Hub".into()));
    let pack = super::testpack::pack();
    let s = State::new(pack.clone(), wb.clone(), "t".into());
    assert_eq!(s.focused_prompt().map(|p| p.id.as_str()), Some("story"));
    wb.meta.place = "map.trust".into();
    let mut s = State::new(pack.clone(), wb.clone(), "t".into());
    assert_eq!(s.focused_prompt().map(|p| p.id.as_str()), Some("trust"));
    // Moving keeps the new place for the next save; an unknown place is passed over.
    update(&mut s, Msg::NextPrompt);
    let here = s.focused_prompt().map(|p| p.qualified_id.clone());
    assert_eq!(Some(s.to_save().meta.place.clone()), here);
    wb.meta.place = "gone.prompt".into();
    let s = State::new(pack, wb, "t".into());
    assert_eq!(s.focused_prompt().map(|p| p.id.as_str()), Some("story"));
}
