//! Undo and redo by steps (issue 19): a word, a run of deletions, a paste.

use super::Editor;

fn typed(text: &str) -> Editor {
    let mut ed = Editor::new("");
    for c in text.chars() {
        ed.insert_char(c);
    }
    ed
}

#[test]
fn undo_takes_back_a_word_at_a_time_and_redo_puts_it_back() {
    let mut ed = typed("crisis care  team");
    assert!(ed.undo());
    assert_eq!(ed.text(), "crisis care  ");
    assert!(ed.undo());
    assert_eq!(ed.text(), "crisis ");
    assert!(ed.undo());
    assert_eq!(ed.text(), "");
    assert!(!ed.undo());
    assert!(ed.redo());
    assert_eq!(ed.text(), "crisis ");
    assert!(ed.redo());
    assert!(ed.redo());
    assert_eq!(ed.text(), "crisis care  team");
    assert!(!ed.redo());
}

#[test]
fn a_run_of_backspaces_a_move_and_a_paste_are_steps_of_their_own() {
    let mut ed = typed("one two");
    ed.delete_back();
    ed.delete_back();
    assert_eq!(ed.text(), "one t");
    ed.go(super::Move::Head);
    ed.insert_char('X');
    assert!(ed.insert_str("[pasted]"));
    assert_eq!(ed.text(), "X[pasted]one t");
    ed.undo();
    assert_eq!(ed.text(), "Xone t");
    ed.undo();
    assert_eq!(ed.text(), "one t", "typing after a move is its own step");
    ed.undo();
    assert_eq!(ed.text(), "one two", "the Backspaces come back together");
    ed.undo();
    assert_eq!(ed.text(), "one ");
}

#[test]
fn a_new_edit_after_undo_drops_what_could_be_redone() {
    let mut ed = typed("alpha beta");
    ed.undo();
    ed.insert_char('g');
    assert!(!ed.redo());
    assert_eq!(ed.text(), "alpha g");
    ed.undo();
    assert_eq!(ed.text(), "alpha ");
}

#[test]
fn steps_never_outlast_the_textareas_history() {
    let mut ed = Editor::new("");
    for i in 0..(super::HISTORY + 50) {
        ed.insert_char(if i % 3 == 0 { ' ' } else { 'a' });
    }
    let steps: usize = ed.undo_steps.iter().sum();
    assert_eq!(steps, super::HISTORY);
    while ed.undo() {}
    assert_eq!(
        ed.text().len(),
        50,
        "the oldest edits are forgotten, as before"
    );
}
