//! The screen's loop on a test backend: a frame that cannot be written ends the loop, and
//! what was typed is saved first.

use std::io;
use std::sync::mpsc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

use super::{Input, Persist, SaveNote, run_screen};
use crate::app::State;
use crate::workbook::{Answer, Workbook};

/// A test backend whose frames stop reaching the screen after the first `frames` (as when
/// the terminal window has just been closed): drawing then fails.
struct Closing {
    inner: TestBackend,
    frames: usize,
}

fn gone() -> io::Error {
    io::Error::other("the terminal is gone")
}

impl Backend for Closing {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if self.frames == 0 {
            return Err(gone());
        }
        self.frames -= 1;
        let Ok(()) = self.inner.draw(content);
        Ok(())
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> io::Result<()> {
        Ok(())
    }
    fn clear(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn clear_region(&mut self, _: ClearType) -> io::Result<()> {
        Ok(())
    }
    fn size(&self) -> io::Result<Size> {
        let Ok(size) = self.inner.size();
        Ok(size)
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        let Ok(size) = self.inner.window_size();
        Ok(size)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

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
    let mut terminal = Terminal::new(Closing {
        inner: TestBackend::new(80, 24),
        frames: 1,
    })
    .unwrap();
    let (tx, rx) = mpsc::channel();
    for c in ['h', 'i'] {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        tx.send(Input::Term(Event::Key(key))).unwrap();
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
