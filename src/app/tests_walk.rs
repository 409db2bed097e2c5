//! `update` tests for the smaller things a newcomer tripped over (issue 19, point 10).

use super::testpack::state;
use super::tests::{key, typ};
use super::*;
use crate::workbook::Answer;

fn story(s: &State) -> Option<String> {
    match s.workbook.answers.get("map.story") {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

#[test]
fn ctrl_z_takes_back_the_last_word_typed_not_the_last_letter() {
    let mut s = state();
    update(&mut s, Msg::NextPrompt);
    typ(&mut s, "It began with a call");
    key(&mut s, EditKey::Undo);
    assert_eq!(story(&s).as_deref(), Some("It began with a "));
    key(&mut s, EditKey::Undo);
    assert_eq!(story(&s).as_deref(), Some("It began with "));
    key(&mut s, EditKey::Redo);
    key(&mut s, EditKey::Redo);
    assert_eq!(story(&s).as_deref(), Some("It began with a call"));
}
