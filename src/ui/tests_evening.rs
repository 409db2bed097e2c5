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
