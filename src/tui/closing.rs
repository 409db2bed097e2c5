//! Test support: a ratatui backend whose frames stop reaching the screen, for the loops'
//! tests (a terminal window closed while a frame is written).

use std::io;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

use super::Input;

/// A test backend whose frames stop reaching the screen after the first `frames` (as when
/// the terminal window has just been closed): drawing then fails.
pub struct Closing {
    inner: TestBackend,
    frames: usize,
}

impl Closing {
    /// An 80×24 terminal whose first `frames` frames are drawn.
    pub fn after(frames: usize) -> Terminal<Closing> {
        Terminal::new(Closing {
            inner: TestBackend::new(80, 24),
            frames,
        })
        .unwrap()
    }
}

/// A key press of `c`, as the input thread sends it.
pub fn key(c: char) -> Input {
    Input::Term(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
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
