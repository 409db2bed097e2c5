//! The terminal backend, quiet when nothing changes: crossterm's backend writes the colour
//! resets after every frame and hides or shows and places the cursor on every draw, even
//! when the frame changed no cell. Through this wrapper a draw that changes nothing writes
//! nothing: no resets after an empty diff, no cursor command the terminal already obeyed.
//! (After the first frame the saver thread's first job wakes the loop and it draws again;
//! that frame is the same, so the first frame stays the last thing written until a key.)
//!
//! Knows only what it wrote itself: a new terminal (`tui::enter`) starts with nothing known.
//!
//! Also writes a frame in fewer bytes: where a row's changed cells are a few blank cells
//! apart, crossterm moves the cursor over the gap (six to ten bytes); when the screen has
//! shown those cells blank since it was last cleared (nothing was ever written there), a
//! space each is written instead, in the style of the cell before when a space looks blank
//! in it (no background, underline, reversal or strike-through). A first frame of words
//! (each one a jump) comes to about 70% of the bytes, so it fits the 4 KB a
//! pseudo-terminal takes before its reader has read, and arrives in one piece.
//!
//! The terminal's modes (`tui::enter`: the alternate screen, pastes, focus, the mouse) are
//! its prelude: written in front of the first thing it writes, in the same write as the
//! first frame, so the terminal switches screens and shows the frame at once.

use std::io;

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr as _;

/// The longest gap written as spaces: a move of the cursor takes six bytes or more.
const GAP: u16 = 5;

/// A crossterm backend that leaves out writes that would change nothing on the screen.
pub struct Quiet<W: io::Write> {
    inner: CrosstermBackend<W>,
    /// Whether the cursor is shown, when known.
    shown: Option<bool>,
    /// Where the cursor is, when known (drawing a cell moves it).
    at: Option<Position>,
    /// The cells written since the screen was last cleared: a bit each, row by row (`None`
    /// when that cannot be known: nothing is taken for blank then).
    written: Option<Vec<Vec<u64>>>,
    /// Bytes to write before anything else (the terminal's modes), and what to do once they
    /// are on their way.
    prelude: Option<(Vec<u8>, fn())>,
}

impl<W: io::Write> Quiet<W> {
    pub fn new(writer: W) -> Quiet<W> {
        Quiet {
            inner: CrosstermBackend::new(writer),
            shown: None,
            at: None,
            written: Some(Vec::new()),
            prelude: None,
        }
    }

    /// Writes `bytes` before anything else it writes next (with the first frame: no write
    /// of their own), then calls `sent`. Nothing of them is written if nothing is.
    pub fn prelude(&mut self, bytes: Vec<u8>, sent: fn()) {
        self.prelude = Some((bytes, sent));
    }

    /// Puts the prelude, if it is still waiting, in front of what is written next.
    fn begin(&mut self) -> io::Result<()> {
        if let Some((bytes, sent)) = self.prelude.take() {
            io::Write::write_all(&mut self.inner, &bytes)?;
            sent();
        }
        Ok(())
    }

    /// Whether the screen shows the cells `from..to` of row `y` blank: never written since
    /// it was cleared.
    fn blank(&self, y: u16, from: u16, to: u16) -> bool {
        let Some(rows) = &self.written else {
            return false;
        };
        let Some(row) = rows.get(usize::from(y)) else {
            return true;
        };
        (from..to).all(|x| {
            let x = usize::from(x);
            row.get(x / 64)
                .is_none_or(|bits| bits & (1 << (x % 64)) == 0)
        })
    }

    /// Notes the cells `from..to` of row `y` as written.
    fn mark(&mut self, y: u16, from: u16, to: u16) {
        let Some(rows) = &mut self.written else {
            return;
        };
        let y = usize::from(y);
        if rows.len() <= y {
            rows.resize_with(y + 1, Vec::new);
        }
        let row = &mut rows[y];
        for x in usize::from(from)..usize::from(to) {
            if row.len() <= x / 64 {
                row.resize(x / 64 + 1, 0);
            }
            row[x / 64] |= 1 << (x % 64);
        }
    }
}

/// Whether a space in `cell`'s style looks like a blank cell: no background colour, and
/// nothing drawn across a space (an underline, a strike-through, reversed colours).
fn space_looks_blank(cell: &Cell) -> bool {
    cell.bg == Color::Reset
        && !cell
            .modifier
            .intersects(Modifier::UNDERLINED | Modifier::CROSSED_OUT | Modifier::REVERSED)
}

/// How many columns a cell's symbol takes (at least one).
fn columns(cell: &Cell) -> u16 {
    u16::try_from(cell.symbol().width())
        .unwrap_or(u16::MAX)
        .max(1)
}

impl<W: io::Write> Backend for Quiet<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        if cells.is_empty() {
            return Ok(());
        }
        self.begin()?;
        self.at = None;
        // The spaces for short gaps the screen shows blank, each after the cell before it.
        let mut spaces: Vec<(usize, u16, u16, Cell)> = Vec::new();
        for (i, pair) in cells.windows(2).enumerate() {
            let ((x, y, cell), (next, next_y, _)) = (pair[0], pair[1]);
            let from = x.saturating_add(columns(cell));
            if next_y == y
                && next > from
                && next - from <= GAP
                && space_looks_blank(cell)
                && self.blank(y, from, next)
            {
                let mut space = cell.clone();
                space.set_symbol(" ");
                spaces.extend((from..next).map(|at| (i, at, y, space.clone())));
            }
        }
        let mut all = Vec::with_capacity(cells.len() + spaces.len());
        let mut spaces_left = spaces.iter().peekable();
        for (i, &(x, y, cell)) in cells.iter().enumerate() {
            all.push((x, y, cell));
            while let Some((_, at, y, space)) = spaces_left.next_if(|s| s.0 == i) {
                all.push((*at, *y, space));
            }
        }
        for &(x, y, cell) in &all {
            self.mark(y, x, x.saturating_add(columns(cell)));
        }
        self.inner.draw(all.into_iter())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.shown == Some(false) {
            return Ok(());
        }
        self.shown = Some(false);
        self.begin()?;
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.shown == Some(true) {
            return Ok(());
        }
        self.shown = Some(true);
        self.begin()?;
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
        self.begin()?;
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.at = None;
        self.written = Some(Vec::new());
        self.begin()?;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.at = None;
        if clear_type == ClearType::All {
            self.written = Some(Vec::new());
        }
        self.begin()?;
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.begin()?;
        Backend::flush(&mut self.inner)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.at = None;
        // Lines scrolled up: what shows where is not known any more.
        self.written = None;
        self.begin()?;
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

    /// A terminal of `w`×`h` on a quiet backend, and the bytes it writes.
    fn terminal(w: u16, h: u16) -> (Terminal<Quiet<Shared>>, Shared) {
        let bytes = Shared::default();
        let terminal = Terminal::with_options(
            Quiet::new(bytes.clone()),
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h)),
            },
        )
        .unwrap_or_else(|e| unreachable!("{e}"));
        (terminal, bytes)
    }

    /// What each draw of `frames` writes (a terminal of 10×2), in turn.
    fn written(frames: &[(&str, Option<(u16, u16)>)]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let (mut terminal, bytes) = terminal(10, 2);
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

    #[test]
    fn the_prelude_goes_out_in_front_of_the_first_frame_once() {
        static SENT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let (mut terminal, bytes) = terminal(10, 2);
        terminal.backend_mut().prelude(b"<modes>".to_vec(), || {
            SENT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        assert!(
            bytes.0.borrow().is_empty(),
            "nothing before the first frame"
        );
        for text in ["hello", "hellO"] {
            terminal
                .draw(|f| f.render_widget(Paragraph::new(text), f.area()))
                .unwrap_or_else(|e| unreachable!("{e}"));
        }
        let out = String::from_utf8_lossy(&bytes.0.borrow()).into_owned();
        assert!(out.starts_with("<modes>\x1b[1;1Hhello"), "{out:?}");
        assert_eq!(out.matches("<modes>").count(), 1, "{out:?}");
        assert_eq!(SENT.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[test]
    fn short_gaps_the_screen_shows_blank_are_written_as_spaces() {
        let out = written(&[("ab cd  e", None), ("Xb cdZ e", None)]);
        let first = String::from_utf8_lossy(&out[0]);
        assert!(first.contains("ab cd  e"), "{first:?}");
        // Cells written before are never taken for blank: the cursor moves over them.
        let second = String::from_utf8_lossy(&out[1]);
        assert!(second.contains("X\x1b[1;6HZ"), "{second:?}");
    }

    #[test]
    fn a_gap_is_not_written_in_a_style_that_would_show_on_a_space() {
        let (mut terminal, bytes) = terminal(10, 1);
        let underlined = ratatui::style::Style::new().add_modifier(Modifier::UNDERLINED);
        terminal
            .draw(|f| {
                f.buffer_mut().set_string(0, 0, "ab", underlined);
                f.buffer_mut().set_string(3, 0, "cd", underlined);
            })
            .unwrap_or_else(|e| unreachable!("{e}"));
        let out = String::from_utf8_lossy(&bytes.0.borrow()).into_owned();
        assert!(out.contains("ab\x1b[1;4Hcd"), "{out:?}");
    }

    /// A cell as it shows: its text (blank for nothing), and the looks a space keeps
    /// (background, underline, reversal), and for anything else its colours and weight.
    fn looks_of(symbol: &str, fg: u8, bg: u8, bold: bool, under: bool, inverse: bool) -> String {
        let symbol = if symbol.is_empty() { " " } else { symbol };
        if symbol == " " {
            format!("' ' bg{bg} u{under} i{inverse}")
        } else {
            format!("{symbol:?} fg{fg} bg{bg} b{bold} u{under} i{inverse}")
        }
    }

    fn index(color: Color) -> u8 {
        match color {
            Color::Indexed(n) => n,
            _ => 255,
        }
    }

    fn vt_index(color: vt100::Color) -> u8 {
        match color {
            vt100::Color::Idx(n) => n,
            _ => 255,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Whatever frames come one after another, the screen a terminal makes of the
        /// bytes written shows each frame exactly as drawn (gaps written as spaces or not).
        #[test]
        fn the_screen_shows_every_frame_as_drawn(
            frames in proptest::collection::vec(
                proptest::collection::vec(
                    (0u16..14, 0u16..3, "[ab ]{1,4}", 0usize..6),
                    0..8,
                ),
                1..6,
            )
        ) {
            use ratatui::style::Style;
            let styles = [
                Style::new(),
                Style::new().fg(Color::Indexed(2)),
                Style::new().fg(Color::Indexed(3)).add_modifier(Modifier::BOLD),
                Style::new().bg(Color::Indexed(4)),
                Style::new().add_modifier(Modifier::UNDERLINED),
                Style::new().add_modifier(Modifier::REVERSED),
            ];
            let (mut terminal, bytes) = terminal(16, 3);
            let mut screen = vt100::Parser::new(3, 16, 0);
            for spans in &frames {
                let before = bytes.0.borrow().len();
                let drawn = terminal
                    .draw(|f| {
                        for (x, y, text, style) in spans {
                            f.buffer_mut().set_string(*x, *y, text, styles[*style]);
                        }
                    })
                    .unwrap_or_else(|e| unreachable!("{e}"))
                    .buffer
                    .clone();
                screen.process(&bytes.0.borrow()[before..]);
                for y in 0..3u16 {
                    for x in 0..16u16 {
                        let want = &drawn[(x, y)];
                        let Some(got) = screen.screen().cell(y, x) else {
                            unreachable!("a cell of the screen")
                        };
                        proptest::prop_assert_eq!(
                            looks_of(
                                got.contents(),
                                vt_index(got.fgcolor()),
                                vt_index(got.bgcolor()),
                                got.bold(),
                                got.underline(),
                                got.inverse()
                            ),
                            looks_of(
                                want.symbol(),
                                index(want.fg),
                                index(want.bg),
                                want.modifier.contains(Modifier::BOLD),
                                want.modifier.contains(Modifier::UNDERLINED),
                                want.modifier.contains(Modifier::REVERSED)
                            ),
                            "cell {},{} after {:?}", x, y, frames
                        );
                    }
                }
            }
        }
    }
}
