//! The text editor of the focused answer: a `ratatui-textarea` for editing and undo, plus
//! where its soft-wrapped view is scrolled to.
//!
//! The textarea runs unwrapped (it would re-wrap the whole text on every edit); wrapping
//! is done by `ui::editor` (with `text::rows`) for the lines on screen, and Up/Down move by those screen rows.
//! Never holds text of its own: the textarea's lines are the only copy.

use std::cell::Cell;
use std::ops::{Deref, DerefMut};

use ratatui_textarea::{CursorMove, TextArea};

use crate::text::rows::{char_cols, row_of, rows};

/// A screen row of the wrapped text: logical line, then row within it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Top {
    pub line: usize,
    pub row: usize,
}

/// Where the editor was last drawn: its first row and its width (0 before any drawing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct View {
    pub top: Top,
    pub width: usize,
}

/// A textarea with its wrapped view. Derefs to the textarea for everything else.
#[derive(Debug, Clone)]
pub struct Editor {
    area: TextArea<'static>,
    /// Written while drawing (drawing sees the state read-only), read by Up/Down.
    pub view: Cell<View>,
}

impl Editor {
    pub fn new(area: TextArea<'static>) -> Editor {
        Editor {
            area,
            view: Cell::new(View::default()),
        }
    }

    /// The editor's text, lines joined.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Up or Down one screen row as drawn (a long paragraph takes several), keeping the
    /// column. Before the first drawing, or on a line too long to jump within, by line.
    pub fn move_row(&mut self, down: bool) {
        let width = self.view.get().width;
        let ratatui_textarea::DataCursor(line, col) = self.area.cursor();
        let by_line = if down {
            CursorMove::Down
        } else {
            CursorMove::Up
        };
        if width == 0 {
            self.area.move_cursor(by_line);
            return;
        }
        let lines = self.area.lines();
        let here = rows(&lines[line], width);
        let at = row_of(&here, col);
        let cols: usize = lines[line][here[at].start..]
            .chars()
            .take(col - here[at].start_col)
            .map(char_cols)
            .sum();
        let (target_line, r, i) = match (down, at) {
            (false, 0) if line == 0 => return,
            (false, 0) => {
                let r = rows(&lines[line - 1], width);
                let i = r.len() - 1;
                (line - 1, r, i)
            }
            (false, _) => (line, here, at - 1),
            (true, _) if at + 1 < here.len() => (line, here, at + 1),
            (true, _) if line + 1 == lines.len() => return,
            (true, _) => (line + 1, rows(&lines[line + 1], width), 0),
        };
        let (target, last) = (r[i], i + 1 == r.len());
        let mut col = target.start_col;
        let mut used = 0;
        for c in lines[target_line][target.start..target.end].chars() {
            used += char_cols(c);
            if used > cols {
                break;
            }
            col += 1;
        }
        if !last && col == target.end_col {
            col -= 1; // the end of a wrapped row is the start of the next
        }
        match (u16::try_from(target_line), u16::try_from(col)) {
            (Ok(l), Ok(c)) => self.area.move_cursor(CursorMove::Jump(l, c)),
            _ => self.area.move_cursor(by_line),
        }
    }
}

impl Deref for Editor {
    type Target = TextArea<'static>;
    fn deref(&self) -> &TextArea<'static> {
        &self.area
    }
}

impl DerefMut for Editor {
    fn deref_mut(&mut self) -> &mut TextArea<'static> {
        &mut self.area
    }
}
