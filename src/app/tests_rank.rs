//! Ranking keys in the app, on the editing test pack (tests/packs/valid/edit): Space puts the
//! option next in the order (the cursor follows it) or takes it out, Alt-Up/Alt-Down move it,
//! Backspace clears; a ranked name no longer offered is kept; an earlier pack's answer stays.

use std::path::Path;

use super::{EditKey, Msg, State, update};
use crate::words::participant::Notice;
use crate::workbook::{Answer, Fields, Item, Workbook};

/// The editing test pack, focused on a ranking (`picks.order`, or `picks.rank` from a list).
fn on(wb: Workbook, prompt: usize) -> State {
    let pack = crate::store::pack::load_dir(Path::new("tests/packs/valid/edit"))
        .unwrap_or_else(|p| panic!("{p:?}"));
    let mut s = State::new(pack, wb, "test.md".into());
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 1,
            prompt,
        },
    );
    s
}

fn key(s: &mut State, k: EditKey) {
    update(s, Msg::Edit(k));
}

fn order(s: &State, id: &str) -> Vec<String> {
    match s.workbook.answers.get(id) {
        Some(Answer::Choices(ids)) => ids.clone(),
        None => Vec::new(),
        Some(other) => panic!("{other:?}"),
    }
}

#[test]
fn space_ranks_next_alt_arrows_reorder_and_backspace_clears() {
    let mut s = on(Workbook::default(), 6);
    assert_eq!(
        s.focused_prompt().map(|p| p.qualified_id.as_str()),
        Some("picks.order")
    );
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(order(&s, "picks.order"), ["reach"]);
    assert_eq!(s.option, 0, "the cursor follows the option to its place");
    assert!(s.dirty);
    // Rows now: Reach (1), Speed, Cost, Trust.
    key(&mut s, EditKey::End);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(order(&s, "picks.order"), ["reach", "trust"]);
    assert_eq!(s.option, 1);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(order(&s, "picks.order"), ["trust", "reach"]);
    assert_eq!(s.option, 0);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(
        order(&s, "picks.order"),
        ["trust", "reach"],
        "already first"
    );
    key(&mut s, EditKey::MoveItemDown);
    key(&mut s, EditKey::MoveItemDown);
    assert_eq!(
        order(&s, "picks.order"),
        ["reach", "trust"],
        "last of the order"
    );
    // Space on a ranked option takes it out; the cursor stays on its row.
    key(&mut s, EditKey::Char(' '));
    assert_eq!(order(&s, "picks.order"), ["reach"]);
    assert_eq!(s.option, 1);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(
        order(&s, "picks.order"),
        ["reach"],
        "an option not ranked does not move"
    );
    // A click ranks the option clicked.
    update(&mut s, Msg::ClickOption(3));
    assert_eq!(order(&s, "picks.order").len(), 2);
    key(&mut s, EditKey::Backspace);
    assert!(!s.workbook.answers.contains_key("picks.order"));
}

#[test]
fn a_ranked_name_no_longer_offered_is_kept_at_the_end() {
    let mut wb = Workbook::default();
    let item = |n: &str| Item {
        text: n.into(),
        fields: Fields::new(),
    };
    wb.answers.insert(
        "words.people".into(),
        Answer::List(vec![item("Ana"), item("Bo")]),
    );
    wb.answers.insert(
        "picks.rank".into(),
        Answer::Choices(vec!["Gone".into(), "Ana".into()]),
    );
    let mut s = on(wb, 7);
    assert_eq!(
        s.focused_prompt().map(|p| p.qualified_id.as_str()),
        Some("picks.rank")
    );
    // Rows: Ana (1), Bo.
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(order(&s, "picks.rank"), ["Ana", "Bo", "Gone"]);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(order(&s, "picks.rank"), ["Bo", "Ana", "Gone"]);
}

#[test]
fn an_earlier_packs_answer_is_kept_and_the_keys_say_how_to_replace_it() {
    let mut wb = Workbook::default();
    let old = Answer::Text("Speed, then trust".into());
    wb.answers.insert("picks.order".into(), old.clone());
    let mut s = on(wb, 6);
    key(&mut s, EditKey::Char(' '));
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(s.workbook.answers.get("picks.order"), Some(&old));
    assert_eq!(s.message, Some(Notice::OldAnswerHow));
    key(&mut s, EditKey::ClearAnswer);
    key(&mut s, EditKey::Char(' '));
    assert_eq!(order(&s, "picks.order"), ["speed"]);
}
