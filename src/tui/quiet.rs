//! The terminal backend, quiet when nothing changes: crossterm's backend writes the colour
//! resets after every frame and hides or shows and places the cursor on every draw, even
//! when the frame changed no cell. Through this wrapper a draw that changes nothing writes
//! nothing: no resets after an empty diff, no cursor command the terminal already obeyed.
//! (After the first frame the saver thread's first job wakes the loop and it draws again;
//! that frame is the same, so the first frame stays the last thing written until a key.)
//!
//! Knows only what it wrote itself: a new terminal (`tui::enter`) starts with nothing known.

use std::io;

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A crossterm backend that leaves out writes that would change nothing on the screen.
pub struct Quiet<W: io::Write> {
    inner: CrosstermBackend<W>,
    /// Whether the cursor is shown, when known.
    shown: Option<bool>,
    /// Where the cursor is, when known (drawing a cell moves it).
    at: Option<Position>,
}

impl<W: io::Write> Quiet<W> {
    pub fn new(writer: W) -> Quiet<W> {
        Quiet {
            inner: CrosstermBackend::new(writer),
            shown: None,
            at: None,
        }
    }
}

impl<W: io::Write> Backend for Quiet<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut content = content.peekable();
        if content.peek().is_none() {
            return Ok(());
        }
        self.at = None;
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.shown == Some(false) {
            return Ok(());
        }
        self.shown = Some(false);
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.shown == Some(true) {
            return Ok(());
        }
        self.shown = Some(true);
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        if self.at == Some(position) {
            return Ok(());
        }
        self.at = Some(position);
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.at = None;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.at = None;
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.at = None;
        self.inner.append_lines(n)
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::widgets::Paragraph;

    use super::*;

    /// The bytes written, shared with the test.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl io::Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// What each draw of `frames` writes (a terminal of 10×2), in turn.
    fn written(frames: &[(&str, Option<(u16, u16)>)]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let bytes = Shared::default();
        let backend = Quiet::new(bytes.clone());
        let mut terminal = Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 10, 2)),
            },
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        for (text, cursor) in frames {
            let before = bytes.0.borrow().len();
            terminal
                .draw(|f| {
                    f.render_widget(Paragraph::new(*text), f.area());
                    if let Some(at) = cursor {
                        f.set_cursor_position(*at);
                    }
                })
                .unwrap_or_else(|e| unreachable!("{e}"));
            out.push(bytes.0.borrow()[before..].to_vec());
        }
        out
    }

    #[test]
    fn a_frame_that_changes_nothing_writes_nothing() {
        let out = written(&[("hello", None), ("hello", None), ("hellO", None)]);
        assert!(String::from_utf8_lossy(&out[0]).contains("hello"));
        assert!(String::from_utf8_lossy(&out[0]).contains("\x1b[?25l"));
        assert_eq!(out[1], b"");
        let third = String::from_utf8_lossy(&out[2]);
        assert!(third.contains('O') && !third.contains("hell"), "{third:?}");
        // The colours are reset after cells are drawn; the cursor stays hidden.
        assert!(third.contains("\x1b[0m") && !third.contains("\x1b[?25l"));
    }

    #[test]
    fn the_cursor_is_placed_again_only_when_it_moved() {
        let out = written(&[
            ("hello", Some((1, 1))),
            ("hello", Some((1, 1))),
            ("hello", Some((2, 1))),
            ("hellO", Some((2, 1))),
            ("hellO", None),
        ]);
        let text: Vec<String> = out
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect();
        assert!(text[0].contains("\x1b[?25h") && text[0].contains("\x1b[2;2H"));
        assert_eq!(text[1], "");
        assert_eq!(text[2], "\x1b[2;3H");
        // Drawing a cell moved the cursor: it is placed again, not shown again.
        assert!(text[3].ends_with("\x1b[2;3H") && !text[3].contains("\x1b[?25h"));
        assert_eq!(text[4], "\x1b[?25l");
    }
}
