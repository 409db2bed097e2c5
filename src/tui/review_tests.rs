//! The review's loop on a test backend: a frame that cannot be written ends the loop, and
//! the note being typed is saved first.

use std::sync::mpsc;

use super::{NoteSaver, run_screen};
use crate::tui::closing::{Closing, key};

#[test]
fn a_frame_that_cannot_be_written_ends_the_review_after_saving_the_note_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = crate::review::app::testcohort::state();
    let workbook = dir.path().join("ada.md");
    state.cohort.workbooks[0].path = workbook.clone();
    let mut terminal = Closing::after(1);
    let (tx, rx) = mpsc::channel();
    // `n` opens the coach's own note on the workbook first shown; then two letters.
    for c in ['n', 'o', 'k'] {
        tx.send(key(c)).unwrap();
    }
    let mut saver = NoteSaver::spawn(state.pack.clone(), tx).unwrap();
    let outcome = run_screen(&mut terminal, &mut state, &mut saver, &rx).unwrap();
    assert!(
        outcome.is_err(),
        "the frame that could not be written ends it"
    );
    assert!(state.unsaved.is_empty(), "{:?}", state.unsaved);
    let written = crate::store::notes::load_notes(&workbook).unwrap();
    let written = format!("{written:?}");
    assert!(written.contains("\"ok\""), "{written}");
}
