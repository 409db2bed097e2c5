//! A grid row marked "not relevant" (Ctrl-X): the mark instead of its cells, the key in the
//! footer, and the keys on it.

use super::tests::{answered, draw};
use crate::app::{EditKey, Msg, State, update};
use crate::workbook::Answer;

/// Two people listed, the focus on the grid that rates them (Ward sister's sway first).
fn on_the_grid() -> State {
    let mut s = answered();
    update(&mut s, Msg::NextExercise);
    s
}

fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        let _ = update(s, Msg::Edit(EditKey::Char(c)));
    }
}

/// The grid's rows: key, marked, and whether a cell is kept.
fn skipped(s: &State) -> Vec<(&str, bool, bool)> {
    let Some(Answer::Grid(rows)) = s.workbook.answers.get("influence.grid") else {
        return Vec::new();
    };
    rows.iter()
        .map(|r| (r.key.as_str(), r.skipped, !r.cells.is_empty()))
        .collect()
}
#[test]
fn ctrl_x_marks_the_focused_row_and_again_unmarks_it() {
    let mut s = on_the_grid();
    update(&mut s, Msg::Edit(EditKey::Right));
    update(&mut s, Msg::Edit(EditKey::SkipRow));
    assert_eq!(skipped(&s), [("Ward sister", true, true)]);
    // The marked row is one cell: the focus stays on it; typing there changes nothing.
    assert_eq!(s.cell, 0);
    let before = s.workbook.clone();
    typ(&mut s, "3");
    update(&mut s, Msg::Edit(EditKey::Right));
    assert_eq!(s.workbook, before);
    // Down goes to GP's first cell, then back up to the mark, and Ctrl-X there unmarks it
    // with its rating kept.
    update(&mut s, Msg::Edit(EditKey::Down));
    assert_eq!(s.cell, 1);
    update(&mut s, Msg::Edit(EditKey::Up));
    update(&mut s, Msg::Edit(EditKey::SkipRow));
    assert_eq!(skipped(&s), [("Ward sister", false, true)]);
}

#[test]
fn a_row_marked_not_relevant_at_80x24() {
    let mut s = on_the_grid();
    update(&mut s, Msg::Edit(EditKey::SkipRow));
    update(&mut s, Msg::Edit(EditKey::Down));
    update(&mut s, Msg::Saved);
    insta::assert_snapshot!(draw(&s, 80, 24));
}
