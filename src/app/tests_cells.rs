//! Pure `update` tests for lists, grids and quadrants.

use super::testpack::{said, state};
use super::tests::{key, typ};
use super::*;
use crate::workbook::{Answer, Value, derive};

fn names(s: &State) -> Vec<String> {
    s.workbook
        .list_items("map.people")
        .iter()
        .map(|i| i.text.clone())
        .collect()
}

/// Focus the list and write items (name only).
pub(super) fn with_people(names: &[&str]) -> State {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            key(&mut s, EditKey::Enter); // name → role
            key(&mut s, EditKey::Enter); // role → kind
            key(&mut s, EditKey::Enter); // kind → new item
        }
        typ(&mut s, n);
    }
    s
}

#[test]
fn enter_adds_items_and_fields_are_edited_in_place() {
    let mut s = with_people(&["Ann"]);
    key(&mut s, EditKey::Enter);
    typ(&mut s, "Nurse");
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Right);
    key(&mut s, EditKey::Right);
    key(&mut s, EditKey::Enter);
    typ(&mut s, "Bo");
    assert_eq!(names(&s), ["Ann", "Bo"]);
    let ann = &s.workbook.list_items("map.people")[0];
    assert_eq!(ann.fields.get("role"), Some(&Value::Text("Nurse".into())));
    assert_eq!(
        ann.fields.get("kind"),
        Some(&Value::Choice("person".into()))
    );
}

#[test]
fn enter_on_an_empty_last_item_moves_on_and_leaves_no_blank_item() {
    let mut s = with_people(&["Ann", "Bo"]);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter); // a new, empty item
    assert_eq!(names(&s).len(), 3);
    let fx = key(&mut s, EditKey::Enter);
    assert_eq!((s.ex, s.prompt), (0, 3));
    assert_eq!(names(&s), ["Ann", "Bo"]);
    assert_eq!(fx, vec![Effect::Save]);
}

#[test]
fn ctrl_d_removes_the_focused_item_and_ctrl_z_brings_it_back() {
    let mut s = with_people(&["Ann", "Bo", "Cy"]);
    key(&mut s, EditKey::Up);
    key(&mut s, EditKey::Up);
    key(&mut s, EditKey::Up); // Bo's name
    key(&mut s, EditKey::RemoveItem);
    assert_eq!(names(&s), ["Ann", "Cy"]);
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("Bo")));
    key(&mut s, EditKey::Undo);
    assert_eq!(names(&s), ["Ann", "Bo", "Cy"]);
}

#[test]
fn removing_the_last_item_empties_the_answer() {
    let mut s = with_people(&["Ann"]);
    key(&mut s, EditKey::RemoveItem);
    assert_eq!(s.workbook.answers.get("map.people"), None);
    key(&mut s, EditKey::Undo);
    assert_eq!(names(&s), ["Ann"]);
}

#[test]
fn alt_arrows_reorder_and_focus_follows_the_item() {
    let mut s = with_people(&["Ann", "Bo"]);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(names(&s), ["Bo", "Ann"]);
    typ(&mut s, "b");
    assert_eq!(names(&s), ["Bob", "Ann"]);
    key(&mut s, EditKey::MoveItemUp);
    assert_eq!(names(&s), ["Bob", "Ann"]);
    key(&mut s, EditKey::MoveItemDown);
    assert_eq!(names(&s), ["Ann", "Bob"]);
}

#[test]
fn a_list_stops_at_its_maximum() {
    let mut s = with_people(&["a", "b", "c", "d", "e"]);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    assert_eq!(names(&s).len(), 5);
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("at most 5")));
}

#[test]
fn grid_rows_come_from_the_list_and_cells_take_values() {
    let mut s = with_people(&["Ann", "Bo"]);
    update(&mut s, Msg::NextExercise);
    key(&mut s, EditKey::Char('2')); // Ann / sway
    key(&mut s, EditKey::Down);
    typ(&mut s, "key ally"); // Ann / note
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Right); // Bo / sway from nothing → lowest
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("influence.grid") else {
        unreachable!("grid answer missing");
    };
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].key, "Ann");
    assert_eq!(rows[0].cells.get("sway"), Some(&Value::Number(2)));
    assert_eq!(
        rows[0].cells.get("note"),
        Some(&Value::Text("key ally".into()))
    );
    assert_eq!(rows[1].cells.get("sway"), Some(&Value::Number(0)));
}

#[test]
fn an_empty_source_list_leaves_a_grid_with_no_cells_and_enter_moves_on() {
    let mut s = state();
    update(&mut s, Msg::NextExercise);
    assert_eq!(s.focused_cell(), None);
    typ(&mut s, "ignored");
    assert!(s.workbook.answers.is_empty());
    key(&mut s, EditKey::Enter);
    assert_eq!((s.ex, s.prompt), (1, 1));
}

#[test]
fn quadrant_ratings_place_the_row() {
    let mut s = with_people(&["Ann"]);
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 1,
            prompt: 1,
        },
    );
    key(&mut s, EditKey::Char('4'));
    key(&mut s, EditKey::Down);
    key(&mut s, EditKey::Char('1'));
    let prompt = s.focused_prompt().cloned();
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("influence.matrix") else {
        unreachable!("quadrant answer missing");
    };
    let placed = prompt
        .as_ref()
        .and_then(|p| derive::quadrant_of(p, &rows[0]));
    assert_eq!(placed.map(|o| o.id.as_str()), Some("satisfy"));
}

#[test]
fn multi_choice_cells_toggle_with_space() {
    let mut s = super::testpack::on_value_grid();
    key(&mut s, EditKey::Right);
    key(&mut s, EditKey::Char(' '));
    key(&mut s, EditKey::Left);
    key(&mut s, EditKey::Char(' '));
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("value.cycles") else {
        unreachable!("grid answer missing");
    };
    assert_eq!(rows[0].key, "immediate");
    assert_eq!(
        rows[0].cells.get("seen"),
        Some(&Value::Choices(vec!["me".into(), "team".into()]))
    );
}

#[test]
fn grid_rows_of_removed_items_are_kept() {
    let mut s = with_people(&["Ann", "Bo"]);
    update(&mut s, Msg::NextExercise);
    key(&mut s, EditKey::Char('3'));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    key(&mut s, EditKey::RemoveItem);
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("influence.grid") else {
        unreachable!("grid answer missing");
    };
    assert_eq!(rows[0].key, "Ann");
}

/// The test pack with `map.story` pre-filled from `map.name` and `value.cycles` turned into
/// a list seeded from `map.people`.
fn seeded_state() -> State {
    let mut pack = super::testpack::pack();
    pack.themes[0].exercises[0].prompts[1].kind = crate::content::PromptKind::Text {
        prefill_from: Some("map.name".into()),
    };
    pack.themes[1].exercises[1].prompts[0].kind = crate::content::PromptKind::List {
        item_label: "Person".into(),
        min: None,
        max: None,
        fields: vec![],
        seed_from: Some("map.people".into()),
    };
    State::new(pack, crate::workbook::Workbook::default(), "t".into())
}

#[test]
fn an_earlier_answer_is_offered_but_only_kept_when_changed_or_confirmed() {
    let mut s = seeded_state();
    typ(&mut s, "Care");
    update(&mut s, Msg::NextPrompt);
    assert_eq!(s.prefilled_from.as_deref(), Some("map.name"));
    assert_eq!(s.editor.as_ref().map(|e| e.text()), Some("Care".into()));
    update(&mut s, Msg::NextPrompt);
    assert_eq!(
        s.workbook.answers.get("map.story"),
        None,
        "passing by keeps nothing"
    );
    update(&mut s, Msg::PrevPrompt);
    typ(&mut s, " homes");
    assert_eq!(
        s.workbook.answers.get("map.story"),
        Some(&Answer::Text("Care homes".into()))
    );
    assert_eq!(s.prefilled_from, None);
}

#[test]
fn ctrl_r_seeds_an_empty_list_from_the_earlier_one() {
    let mut s = seeded_state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    );
    typ(&mut s, "Ann");
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    key(&mut s, EditKey::UseEarlier);
    let got: Vec<String> = s
        .workbook
        .list_items("value.cycles")
        .iter()
        .map(|i| i.text.clone())
        .collect();
    assert_eq!(got, ["Ann"]);
    key(&mut s, EditKey::UseEarlier);
    assert_eq!(
        s.workbook.list_items("value.cycles").len(),
        1,
        "only an empty list is seeded"
    );
}

#[test]
fn pasting_several_lines_on_a_name_adds_several_items() {
    let mut s = with_people(&["Ann"]);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter); // a new, empty item
    update(&mut s, Msg::Paste("Bo\r\n\nCy\nDi\nEd\nFay\n".into()));
    assert_eq!(
        names(&s),
        ["Ann", "Bo", "Cy", "Di", "Ed"],
        "stops at the list's maximum"
    );
    assert!(said(&s).as_deref().is_some_and(|m| m.contains("Added 4")));
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 0,
        },
    );
    update(&mut s, Msg::Paste("one\ntwo".into()));
    assert_eq!(
        s.workbook.answers.get("map.name"),
        Some(&Answer::Text("one two".into()))
    );
}

#[test]
fn quitting_drops_a_blank_item_being_written() {
    let mut s = with_people(&["Ann"]);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    key(&mut s, EditKey::Enter);
    assert_eq!(names(&s).len(), 2);
    assert_eq!(update(&mut s, Msg::Quit), vec![Effect::Save]);
    assert_eq!(names(&s), ["Ann"]);
}

#[test]
fn renaming_an_item_carries_its_ratings_and_choices_along() {
    let mut s = with_people(&["Ann", "Bo"]);
    update(&mut s, Msg::NextExercise);
    key(&mut s, EditKey::Char('3')); // Ann's sway
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 4,
        },
    );
    key(&mut s, EditKey::Char(' ')); // allies: Ann
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 2,
        },
    ); // Ann's name
    key(&mut s, EditKey::Backspace);
    key(&mut s, EditKey::Backspace);
    key(&mut s, EditKey::Backspace); // empty on the way
    typ(&mut s, "Anne");
    assert_eq!(names(&s), ["Anne", "Bo"]);
    let grid = |wb: &Workbook| match wb.answers.get("influence.grid") {
        Some(Answer::Grid(rows)) => rows.clone(),
        _ => unreachable!("grid answer missing"),
    };
    // While the name is typed its answers stay put (following key by key would take over
    // answers kept under the names on the way); the saved form has them follow already.
    assert_eq!(grid(&s.workbook)[0].key, "Ann");
    assert_eq!(grid(&s.to_save())[0].key, "Anne");
    // Renaming onto another item's name moves nothing.
    for _ in 0..4 {
        key(&mut s, EditKey::Backspace);
    }
    typ(&mut s, "Bo");
    assert_eq!(
        grid(&s.to_save())[0].key,
        "Ann",
        "a clash with Bo keeps the rows where they were"
    );
    typ(&mut s, "b");
    key(&mut s, EditKey::Down); // the name is done: its answers follow, in one step
    let rows = grid(&s.workbook);
    assert_eq!(rows[0].key, "Bob");
    assert_eq!(rows[0].cells.get("sway"), Some(&Value::Number(3)));
    assert_eq!(
        s.workbook.answers.get("map.allies"),
        Some(&Answer::Choices(vec!["Bob".into()]))
    );
}

#[test]
fn a_digit_picks_the_option_with_that_number_in_a_choice_cell() {
    let mut s = with_people(&["Ann"]);
    key(&mut s, EditKey::Enter); // name → role
    key(&mut s, EditKey::Enter); // role → kind
    key(&mut s, EditKey::Char('2'));
    let kind = |s: &State| {
        s.workbook.list_items("map.people")[0]
            .fields
            .get("kind")
            .cloned()
    };
    assert_eq!(kind(&s), Some(Value::Choice("person".into())));
    key(&mut s, EditKey::Char('1'));
    assert_eq!(kind(&s), Some(Value::Choice("org".into())));
    // A number with no option says so and changes nothing.
    key(&mut s, EditKey::Char('7'));
    assert_eq!(kind(&s), Some(Value::Choice("org".into())));
    assert!(s.message.is_some());
}

#[test]
fn a_digit_ticks_the_option_with_that_number_in_a_multi_choice_cell() {
    let mut s = state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    key(&mut s, EditKey::Char('2'));
    key(&mut s, EditKey::Char('1'));
    key(&mut s, EditKey::Char('2'));
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("value.cycles") else {
        unreachable!("grid answer missing");
    };
    assert_eq!(
        rows[0].cells.get("seen"),
        Some(&Value::Choices(vec!["me".into()]))
    );
}
