//! Pure `update` tests for choices (issue 19, point 7): the first letters of an option find
//! it, past the digits' reach, and only Enter chooses it, so a sentence typed into a choice
//! never changes it; Ctrl-K on an empty choice or scale says there is nothing to clear.

use super::testpack::said;
use super::tests::{key, typ};
use super::tests_cells::with_people;
use super::*;
use crate::content::{FieldKind, Options, PromptKind};
use crate::workbook::{Answer, Value};

const SERVICES: [&str; 12] = [
    "Ambulance",
    "Bereavement",
    "Care homes",
    "Council AMHPs",
    "Crisis team",
    "Dentists",
    "Estates",
    "Faith groups",
    "GP practices",
    "Housing",
    "Libraries",
    "Police",
];

/// The people list with Ann, whose "kind" choice offers twelve services; on that choice.
fn on_a_long_choice() -> State {
    let mut s = with_people(&["Ann"]);
    let opts: Vec<_> = SERVICES
        .iter()
        .map(|l| super::testpack::opt(&l.to_lowercase().replace(' ', "-"), l))
        .collect();
    for p in std::sync::Arc::make_mut(&mut s.pack)
        .themes
        .iter_mut()
        .flat_map(|t| &mut t.exercises)
        .flat_map(|e| &mut e.prompts)
    {
        if let PromptKind::List { fields, .. } = &mut p.kind {
            for f in fields.iter_mut().filter(|f| f.id == "kind") {
                f.kind = FieldKind::Choice(Options::Fixed(opts.clone()));
            }
        }
    }
    update(&mut s, Msg::FocusCell(2));
    s
}

fn kind(s: &State) -> Option<Value> {
    s.workbook.list_items("map.people")[0]
        .fields
        .get("kind")
        .cloned()
}

#[test]
fn letters_find_an_option_past_nine_and_only_enter_chooses_it() {
    let mut s = on_a_long_choice();
    key(&mut s, EditKey::Char('p'));
    assert_eq!(s.option, 11, "the cursor is on Police");
    assert_eq!(kind(&s), None, "nothing chosen yet");
    let words = said(&s).unwrap_or_default();
    assert!(
        words.contains("Police") && words.contains("Enter chooses it"),
        "{words}"
    );
    key(&mut s, EditKey::Enter);
    assert_eq!(kind(&s), Some(Value::Choice("police".into())));
    assert_eq!(s.find, None, "the find ends with the choice");
    assert_eq!(s.cell, 2, "Enter chose; it did not move on");
}

#[test]
fn more_letters_narrow_backspace_takes_one_back_and_esc_stops() {
    let mut s = on_a_long_choice();
    typ(&mut s, "co");
    assert_eq!(s.option, 3, "Council AMHPs");
    key(&mut s, EditKey::Backspace);
    assert_eq!(s.option, 2, "back to “c”: Care homes");
    key(&mut s, EditKey::Char('r'));
    assert_eq!(s.option, 4, "Crisis team");
    update(&mut s, Msg::Escape);
    assert_eq!(s.find, None);
    key(&mut s, EditKey::Enter);
    assert_eq!(
        kind(&s),
        None,
        "after Esc, Enter goes on and chooses nothing"
    );
    // A word inside a label finds it too.
    let mut s = on_a_long_choice();
    typ(&mut s, "amhp");
    key(&mut s, EditKey::Enter);
    assert_eq!(kind(&s), Some(Value::Choice("council-amhps".into())));
}

#[test]
fn a_sentence_typed_into_a_choice_never_changes_it() {
    let mut s = on_a_long_choice();
    key(&mut s, EditKey::Char('6'));
    let dentists = Some(Value::Choice("dentists".into()));
    assert_eq!(kind(&s), dentists);
    typ(&mut s, "Housing is the worry here, with the winter coming.");
    assert_eq!(kind(&s), dentists, "letters alone choose nothing");
    let words = said(&s).unwrap_or_default();
    assert!(words.contains("No option starts with"), "{words}");
    key(&mut s, EditKey::Enter);
    assert_eq!(kind(&s), dentists, "nor Enter on a find that found nothing");
    // Moving to another cell ends a find, and changes nothing either.
    typ(&mut s, "ho");
    key(&mut s, EditKey::Up);
    assert_eq!(s.find, None);
    assert_eq!(kind(&s), dentists);
}

#[test]
fn letters_find_in_a_multiple_choice_cell_and_enter_ticks() {
    let mut s = super::testpack::on_value_grid();
    typ(&mut s, "te");
    key(&mut s, EditKey::Enter);
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("value.cycles") else {
        unreachable!("grid answer missing");
    };
    assert_eq!(
        rows[0].cells.get("seen"),
        Some(&Value::Choices(vec!["team".into()]))
    );
}

#[test]
fn letters_move_a_choice_questions_cursor_and_enter_selects() {
    let mut s = super::testpack::state();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 0,
            prompt: 3,
        },
    );
    typ(&mut s, "ou");
    assert_eq!(s.option, 2, "Outside");
    assert_eq!(s.workbook.answers.get("map.stance"), None);
    key(&mut s, EditKey::Enter);
    assert_eq!(
        s.workbook.answers.get("map.stance"),
        Some(&Answer::Choice("out".into()))
    );
    assert_eq!(s.prompt, 3, "still on the question");
    key(&mut s, EditKey::Enter);
    assert_eq!(s.prompt, 4, "then Enter goes on");
}

#[test]
fn ctrl_k_on_an_empty_choice_or_scale_says_there_is_nothing_to_clear() {
    let mut s = super::testpack::state();
    for prompt in [3, 5] {
        update(
            &mut s,
            Msg::FocusPrompt {
                exercise: 0,
                prompt,
            },
        );
        key(&mut s, EditKey::ClearAnswer);
        assert_eq!(s.message, Some(Notice::NothingToClear), "prompt {prompt}");
    }
    let mut s = on_a_long_choice();
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(s.message, Some(Notice::NothingToClear));
    key(&mut s, EditKey::Char('1'));
    key(&mut s, EditKey::ClearAnswer);
    assert_eq!(s.message, Some(Notice::CellCleared));
    assert_eq!(kind(&s), None);
}
