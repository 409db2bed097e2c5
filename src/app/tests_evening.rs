//! Pure `update` tests for what a newcomer tripped over in a full evening (issue 19): Enter
//! on an item's last detail, nameless and duplicate items.

use super::testpack::state;
use super::tests::{key, typ};
use super::tests_cells::with_people;
use super::*;
use crate::words::participant::Notice;
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

/// Every question answered but the first (any non-empty answer counts as answered).
fn all_but_the_first() -> State {
    let pack = super::testpack::pack();
    let mut wb = Workbook::default();
    for p in pack.prompts().skip(1) {
        wb.answers
            .insert(p.qualified_id.clone(), Answer::Text("x".into()));
    }
    State::new(pack, wb, "/home/sam/convene/falls-hub.md".into())
}

#[test]
fn tab_on_the_last_question_shows_the_end_of_the_path() {
    let mut s = state();
    let mut moves = 0;
    while s.overlay.is_none() && moves < 200 {
        update(&mut s, Msg::NextPrompt);
        moves += 1;
    }
    assert_eq!(s.overlay, Some(Overlay::Finished));
    assert!(s.at_path_end());
    // Enter (or Esc) goes back; Shift-Tab still moves back from the last question.
    key(&mut s, EditKey::Enter);
    assert_eq!(s.overlay, None);
    let last = (s.ex, s.prompt);
    update(&mut s, Msg::PrevPrompt);
    assert_ne!((s.ex, s.prompt), last);
}

#[test]
fn answering_the_last_open_question_says_so_once() {
    let mut s = all_but_the_first();
    assert_eq!(s.focused_prompt().map(|p| p.id.as_str()), Some("name"));
    typ(&mut s, "H");
    assert_eq!(s.message, Some(Notice::AllAnswered));
    typ(&mut s, "ub");
    assert_eq!(s.message, None, "said once, when it happened");
    let p = s.path_progress();
    assert_eq!(p.answered, p.total);
}

/// Deleting the last word of the last open question's answer, then typing it again, says
/// so again: the count is skipped only for keys that cannot change what is answered.
#[test]
fn emptying_and_answering_again_is_counted_though_typing_is_not() {
    let mut s = all_but_the_first();
    typ(&mut s, "H");
    assert_eq!(s.message, Some(Notice::AllAnswered));
    typ(&mut s, "i");
    for k in [EditKey::Char('!'), EditKey::Left, EditKey::Backspace] {
        assert!(super::path::keeps_progress(&s, &Msg::Edit(k)), "{k:?}");
    }
    assert!(!super::path::keeps_progress(&s, &Msg::Edit(EditKey::Undo)));
    assert!(!super::path::keeps_progress(
        &s,
        &Msg::Edit(EditKey::ClearAnswer)
    ));
    key(&mut s, EditKey::End);
    key(&mut s, EditKey::Backspace);
    assert_eq!(s.message, None);
    // One word left: a second backspace may empty the answer, so it is counted.
    assert!(!super::path::keeps_progress(
        &s,
        &Msg::Edit(EditKey::Backspace)
    ));
    key(&mut s, EditKey::Backspace);
    let p = s.path_progress();
    assert_eq!(p.answered + 1, p.total, "the answer is empty again");
    assert!(!super::path::keeps_progress(
        &s,
        &Msg::Edit(EditKey::Char('H'))
    ));
    typ(&mut s, "H");
    assert_eq!(s.message, Some(Notice::AllAnswered));
}

#[test]
fn progress_counts_the_exercises_of_the_path_followed() {
    let pack = crate::content::load_builtin().expect("built-in pack");
    let mut wb = Workbook::default();
    wb.meta.path = "core".into();
    let s = State::new(pack.clone(), wb, "t".into());
    let whole = crate::workbook::derive::path_progress(&s.workbook, &pack, "full").total;
    let on_core = crate::workbook::derive::path_progress(&s.workbook, &pack, "core").total;
    assert_eq!(s.path_progress().total, on_core);
    assert!(on_core < whole, "{on_core} of {whole}");
}

fn kind_of_first(s: &State) -> Option<crate::workbook::Value> {
    s.workbook
        .list_items("map.people")
        .first()
        .and_then(|i| i.fields.get("kind").cloned())
}

#[test]
fn typing_on_a_choice_cell_says_how_instead_of_changing_it_and_ctrl_k_clears_it() {
    let mut s = with_people(&["Ann"]);
    update(&mut s, Msg::FocusCell(2)); // Ann's kind: a choice
    key(&mut s, EditKey::Char('2'));
    let person = Some(crate::workbook::Value::Choice("person".into()));
    assert_eq!(kind_of_first(&s), person);
    typ(&mut s, "a nurse");
    assert_eq!(
        kind_of_first(&s),
        person,
        "typing a sentence changes nothing"
    );
    // The letters look for an option (there is none "a nurse"), and say so.
    assert!(
        matches!(&s.message, Some(Notice::Finding { found: None, typed }) if typed == "a nurse"),
        "{:?}",
        s.message
    );
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(kind_of_first(&s), None);
    assert_eq!(s.message, Some(Notice::CellCleared));
}

#[test]
fn ctrl_k_clears_a_choice_and_ctrl_z_brings_it_back() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    key(&mut s, EditKey::Char('2'));
    let edge = Some(Answer::Choice("edge".into()));
    assert_eq!(s.workbook.answers.get("map.stance"), edge.as_ref());
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(s.workbook.answers.get("map.stance"), None);
    assert_eq!(s.message, Some(Notice::Cleared));
    key(&mut s, EditKey::Undo);
    assert_eq!(s.workbook.answers.get("map.stance"), edge.as_ref());
}
