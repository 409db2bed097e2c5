//! Screen tests for what a newcomer tripped over in a full evening (issue 19): flagged list
//! items.

use std::collections::BTreeMap;

use super::tests::draw;
use crate::app::testpack::state;
use crate::app::{Msg, update};
use crate::workbook::{Answer, Item, Value};

#[test]
fn a_nameless_item_and_a_name_used_twice_are_flagged_under_their_names() {
    let mut s = state();
    let item = |text: &str, role: &str| Item {
        text: text.into(),
        fields: BTreeMap::from([("role".to_string(), Value::Text(role.into()))]),
    };
    s.workbook.answers.insert(
        "map.people".into(),
        Answer::List(vec![
            item("Ann", "Chair"),
            item("", "Nurse"),
            item("Ann", ""),
        ]),
    );
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    let screen = draw(&s, 80, 40);
    assert!(
        screen.contains("⚠ Item 2 has details but no name"),
        "{screen}"
    );
    assert!(
        screen.contains("⚠ Item 3 has the same name as item 1"),
        "{screen}"
    );
    assert!(!screen.contains("⚠ Item 1"), "{screen}");
}

#[test]
fn the_end_of_the_path_at_80x24() {
    let pack = crate::app::testpack::pack();
    let mut wb = crate::workbook::Workbook::default();
    for p in pack.prompts() {
        wb.answers
            .insert(p.qualified_id.clone(), Answer::Text("x".into()));
    }
    let path =
        "/home/sam/convene/workbooks/a-rather-long-initiative-name-for-the-falls-prevention-hub.md";
    let mut s = crate::app::State::new(pack, wb, path.into());
    let mut moves = 0;
    while s.overlay.is_none() && moves < 200 {
        update(&mut s, Msg::NextPrompt);
        moves += 1;
    }
    let screen = draw(&s, 80, 24);
    assert!(screen.contains("every question you chose"), "{screen}");
    insta::assert_snapshot!(screen);
}
