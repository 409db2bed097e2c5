//! The screen's loop on a test backend: a frame that cannot be written ends the loop, and
//! what was typed is saved first.

use std::sync::mpsc;

use super::{Persist, SaveNote, run_screen};
use crate::app::State;
use crate::tui::closing::{Closing, key};
use crate::workbook::{Answer, Workbook};

/// Keeps every workbook it is asked to save.
#[derive(Default)]
struct Kept(Vec<Workbook>);

impl Persist for Kept {
    fn save(&mut self, workbook: &Workbook) -> Result<SaveNote, String> {
        self.0.push(workbook.clone());
        Ok(SaveNote::Saved(Vec::new()))
    }
}

#[test]
fn a_frame_that_cannot_be_written_ends_the_screen_after_saving_what_was_typed() {
    let mut state = State::new(
        crate::app::testpack::pack(),
        Workbook::default(),
        "t".into(),
    );
    let mut terminal = Closing::after(1);
    let (tx, rx) = mpsc::channel();
    for c in ['h', 'i'] {
        tx.send(key(c)).unwrap();
    }
    let mut kept = Kept::default();
    let outcome = run_screen(&mut terminal, &mut state, &mut kept, &rx, tx).unwrap();
    let err = outcome.unwrap().unwrap_err();
    assert!(
        format!("{err:#}").contains("your answers were saved"),
        "{err:#}"
    );
    let last = kept.0.last().expect("a save");
    assert_eq!(last.answer("map.name"), Some(&Answer::Text("hi".into())));
}
