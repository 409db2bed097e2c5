//! Screen tests for paths, with the built-in pack: a workbook on the core path (its title in
//! the sidebar, the time left in the header, each exercise's minutes) and the paths overlay
//! that Ctrl-F opens, at 80×24; and the mindset grid's long column label at 80×24.

use super::tests::draw;
use crate::app::{EditKey, Msg, State, update};
use crate::workbook::Workbook;

fn on_core() -> State {
    let pack = crate::content::load_builtin().unwrap_or_else(|p| unreachable!("{p:?}"));
    let mut wb = Workbook::default();
    wb.meta.initiative = "Steady at Home".into();
    wb.meta.path = "core".into();
    let mut s = State::new(pack, wb, "steady.md".into());
    s.color = false;
    s
}

#[test]
fn a_workbook_on_the_core_path_shows_its_path_and_time() {
    let s = on_core();
    let shown = draw(&s, 100, 50);
    assert!(shown.contains("Path: Core, before a"), "{shown}");
    assert!(shown.contains("0 of 17 · 42 min left"), "{shown}");
    assert!(shown.contains("Today · about 2 minutes"), "{shown}");
    assert!(!shown.contains("Scale and span"), "{shown}");
    insta::assert_snapshot!("core_path_100x50", shown);
}

#[test]
fn ctrl_f_lists_the_paths_with_their_time_and_what_they_are_for() {
    let mut s = on_core();
    update(&mut s, Msg::ChoosePath);
    update(&mut s, Msg::Edit(EditKey::Down));
    let shown = draw(&s, 80, 24);
    assert!(
        shown.contains("1. Core, before a session: 8 exercises"),
        "{shown}"
    );
    assert!(shown.contains("(now)"), "{shown}");
    assert!(shown.contains("Enter follows"), "{shown}");
    insta::assert_snapshot!("paths_overlay_80x24", shown);
    for (w, h) in [(40, 12), (20, 6), (1, 1)] {
        let _ = draw(&s, w, h);
    }
}

/// A grid column whose label leaves too little room beside it (the mindset's "a moment
/// when it showed") puts its value, and the editor, on the line under the label: nothing is
/// drawn over the label, and the answer is not squeezed into a narrow column.
#[test]
fn a_long_cell_label_puts_the_value_under_it() {
    let mut s = on_core();
    update(
        &mut s,
        Msg::FocusPrompt {
            exercise: 2,
            prompt: 0,
        },
    );
    update(&mut s, Msg::Edit(EditKey::Down));
    for c in "When the charity joined".chars() {
        update(&mut s, Msg::Edit(EditKey::Char(c)));
    }
    let shown = draw(&s, 80, 24);
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("›A moment when it showed, or did not:"))
        .unwrap_or_else(|| panic!("the label whole:\n{shown}"));
    assert!(lines[at + 1].contains("When the charity joined"), "{shown}");
    assert!(lines[at + 2].contains("Landscape awareness"), "{shown}");
}
