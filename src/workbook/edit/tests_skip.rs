//! Rows marked "not relevant" (Ctrl-X): marking and unmarking, cells kept, and progress
//! counting a grid whose rows are each filled or marked.

use super::tests::{pack, people, prompt};
use super::*;
use crate::workbook::derive::exercise_progress;

fn rows(wb: &Workbook, id: &str) -> Vec<(String, bool, usize)> {
    match wb.answers.get(id) {
        Some(Answer::Grid(rows)) => rows
            .iter()
            .map(|r| (r.key.clone(), r.skipped, r.cells.len()))
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn a_row_is_marked_and_unmarked_and_keeps_its_cells() {
    let pack = pack();
    let sway = prompt(&pack, "tables.sway");
    let mut wb = Workbook::default();
    wb.answers
        .insert("words.people".into(), people(&["A", "B", "C"]));
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "B", "sway", Some(Value::Number(2))),
        Ok(())
    );
    // A row with no answer yet is created marked, in the rows' order.
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "C"), Ok(true));
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "A"), Ok(true));
    assert_eq!(
        rows(&wb, "tables.sway"),
        [
            ("A".to_string(), true, 0),
            ("B".to_string(), false, 1),
            ("C".to_string(), true, 0)
        ]
    );
    // A filled row marked keeps its cell, and has it again once unmarked.
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "B"), Ok(true));
    assert_eq!(rows(&wb, "tables.sway")[1], ("B".to_string(), true, 1));
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "B"), Ok(false));
    assert_eq!(rows(&wb, "tables.sway")[1], ("B".to_string(), false, 1));
    // Filling a cell of a marked row (as plain mode may) takes the mark off.
    assert_eq!(
        set_cell(&mut wb, &pack, sway, "C", "sway", Some(Value::Number(1))),
        Ok(())
    );
    assert_eq!(rows(&wb, "tables.sway")[2], ("C".to_string(), false, 1));
    // A row the grid does not have is refused.
    let before = wb.clone();
    assert_eq!(
        toggle_skip(&mut wb, &pack, sway, "Nobody"),
        Err(EditError::NotThere)
    );
    assert_eq!(wb, before);
}

#[test]
fn only_marked_rows_still_make_an_answer_that_counts() {
    let pack = pack();
    let sway = prompt(&pack, "tables.sway");
    let exercise = match pack.exercise("tables") {
        Some(e) => e,
        None => panic!("no exercise tables"),
    };
    let mut wb = Workbook::default();
    wb.answers
        .insert("words.people".into(), people(&["A", "B"]));
    let before = exercise_progress(&wb, exercise).answered;
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "A"), Ok(true));
    assert!(wb.answer("tables.sway").is_some());
    assert_eq!(exercise_progress(&wb, exercise).answered, before + 1);
    // Unmarked with no cells: nothing answered again.
    assert_eq!(toggle_skip(&mut wb, &pack, sway, "A"), Ok(false));
    assert!(wb.answer("tables.sway").is_none());
    assert_eq!(exercise_progress(&wb, exercise).answered, before);
}
