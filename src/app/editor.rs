//! The text editor of the focused answer: a `ratatui-textarea` for editing and undo, plus
//! where its soft-wrapped view is scrolled to, how one is made, and what an editing key does
//! to it (the only state-machine file that touches ratatui-textarea's types).
//!
//! The textarea runs unwrapped (it would re-wrap the whole text on every edit); wrapping
//! is done by `ui::editor` (with `text::rows`) for the lines on screen, and Up/Down move by those screen rows.
//! Never holds text of its own: the textarea's lines are the only copy.

use std::cell::Cell;
use std::ops::{Deref, DerefMut};

use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::EditKey;

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

/// A fresh textarea over `text`, cursor at the end, wrapping itself (for short fields).
pub(crate) fn new_editor(text: &str) -> TextArea<'static> {
    let mut ta = TextArea::new(text.split('\n').map(String::from).collect());
    ta.set_cursor_line_style(Style::default());
    ta.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    ta.set_placeholder_text(crate::words::participant::PLACEHOLDER);
    ta.set_placeholder_style(Style::default().add_modifier(Modifier::DIM));
    ta.set_wrap_mode(WrapMode::WordOrGlyph);
    ta.set_max_histories(500);
    ta.move_cursor(CursorMove::Bottom);
    ta.move_cursor(CursorMove::End);
    ta
}

/// The editor of an answer or cell: unwrapped, as `ui::editor` wraps only what shows.
pub(crate) fn answer_editor(text: &str) -> Editor {
    let mut ta = new_editor(text);
    ta.set_wrap_mode(WrapMode::None);
    Editor::new(ta)
}

/// What a key did to a text editor.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TextOutcome {
    Modified,
    Moved,
    /// Not for the editor: the caller decides (Enter in a line, Up/Down in a cell…).
    Unhandled,
}

pub(crate) fn text_key(ed: &mut Editor, key: EditKey, multiline: bool) -> TextOutcome {
    let changed = |b: bool| {
        if b {
            TextOutcome::Modified
        } else {
            TextOutcome::Moved
        }
    };
    let mv = |ed: &mut Editor, m: CursorMove| {
        ed.move_cursor(m);
        TextOutcome::Moved
    };
    match key {
        EditKey::Char(c) if !c.is_control() => {
            ed.insert_char(c);
            TextOutcome::Modified
        }
        EditKey::Backspace => changed(ed.delete_char()),
        EditKey::Delete => changed(ed.delete_next_char()),
        EditKey::Left => mv(ed, CursorMove::Back),
        EditKey::Right => mv(ed, CursorMove::Forward),
        EditKey::Home => mv(ed, CursorMove::Head),
        EditKey::End => mv(ed, CursorMove::End),
        EditKey::WordLeft => mv(ed, CursorMove::WordBack),
        EditKey::WordRight => mv(ed, CursorMove::WordForward),
        EditKey::Up | EditKey::Down if multiline => {
            ed.move_row(key == EditKey::Down);
            TextOutcome::Moved
        }
        EditKey::Enter if multiline => {
            ed.insert_newline();
            TextOutcome::Modified
        }
        EditKey::ClearAnswer => changed(ed.clear()),
        EditKey::Undo => changed(ed.undo()),
        EditKey::Redo => changed(ed.redo()),
        _ => TextOutcome::Unhandled,
    }
}
