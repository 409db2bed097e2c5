//! The one text editor of every front end's state machine (an answer or a cell, a welcome
//! field, a coach's note): the only place a `ratatui-textarea` is built and driven, plus
//! where its soft-wrapped view was last drawn, and what an answer's editing key does to it
//! (`text_key`).
//!
//! Why ratatui-textarea at all, in a state machine: its grapheme-safe editing, word moves
//! and undo/redo history are what the editor is; nothing else of it is used here. Only
//! `ratatui_textarea` types appear in this file and none leaves it except through
//! `textarea()` (for `ui` to draw a welcome field): no ratatui styles, no placeholder words
//! (those are the renderer's), no terminal. The textarea runs unwrapped for answers and
//! notes (it would re-wrap the whole text on every edit); `ui::editor` wraps the lines on
//! screen (with `text::rows`) and reports the view it drew, which comes back through
//! `update` as layout feedback; Up/Down move by those screen rows. The textarea holds a
//! window of a long text around the cursor (`window`: it would measure its whole text again
//! on every edit), the rest kept beside it; there is one copy of every line.

use std::collections::VecDeque;

use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::EditKey;

mod window;
use window::Window;

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

/// A move of the cursor within its line or by words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Back,
    Forward,
    WordBack,
    WordForward,
    /// The start of the line.
    Head,
    /// The end of the line.
    End,
}

/// A textarea with its wrapped view as last drawn.
#[derive(Debug, Clone)]
pub struct Editor {
    text: Window,
    /// The view `ui` last drew (set by `update` from the layout it reports), read by
    /// Up/Down.
    pub view: View,
    /// Undo by steps a person would name (a typed word with its space, a run of
    /// Backspaces, a paste), not a character at a time: how many of the textarea's own
    /// edits each step holds, oldest first; and the steps undone, for redo.
    undo_steps: VecDeque<usize>,
    redo_steps: Vec<usize>,
    /// What the last edit was, to know whether the next one joins its step.
    last: Last,
}

/// The kind of the last edit, for grouping undo steps. `update` has no clock, so the steps
/// follow the typing (words, runs of deletions), not pauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    /// A move, an undo, a paste or nothing yet: the next edit starts a step.
    Break,
    /// A letter (anything but a space) typed.
    Letter,
    /// A space or a new line typed.
    Space,
    /// Backspace.
    Back,
    /// Delete.
    Forward,
}

/// How many edits undo remembers.
const HISTORY: usize = 500;

impl Editor {
    /// An editor over `text`, cursor at its end, unwrapped (`ui::editor` wraps what shows):
    /// for answers, cells and notes.
    pub fn new(text: &str) -> Editor {
        Editor::with_wrap(text, WrapMode::None)
    }

    /// A one-line field that wraps itself when drawn as the textarea's own widget (the
    /// welcome's names).
    pub fn field(text: &str) -> Editor {
        Editor::with_wrap(text, WrapMode::WordOrGlyph)
    }

    /// An answer's editor whose textarea holds the whole text (no window): what the
    /// windowed editor is compared with.
    #[cfg(test)]
    pub(crate) fn unwindowed(text: &str) -> Editor {
        Editor::with_window(text, WrapMode::None, false)
    }

    fn with_wrap(text: &str, wrap: WrapMode) -> Editor {
        // A field drawn as the textarea's own widget keeps its whole text in it.
        Editor::with_window(text, wrap, wrap == WrapMode::None)
    }

    fn with_window(text: &str, wrap: WrapMode, windowed: bool) -> Editor {
        Editor {
            text: Window::new(text, wrap, HISTORY, windowed),
            view: View::default(),
            undo_steps: VecDeque::new(),
            redo_steps: Vec::new(),
            last: Last::Break,
        }
    }

    /// Records one edit of the textarea (which keeps one history entry per edit): it joins
    /// the current undo step when it continues the same run (letters of a word and the
    /// spaces after it; Backspaces; Deletes), else it starts a new step.
    fn record(&mut self, kind: Last) {
        let joins = matches!(
            (self.last, kind),
            (Last::Letter, Last::Letter | Last::Space)
                | (Last::Space, Last::Space)
                | (Last::Back, Last::Back)
                | (Last::Forward, Last::Forward)
        );
        match self.undo_steps.back_mut() {
            Some(n) if joins => *n += 1,
            _ => self.undo_steps.push_back(1),
        }
        self.redo_steps.clear();
        self.last = kind;
        // The textarea forgets its oldest edits past HISTORY; so do the steps.
        let mut total: usize = self.undo_steps.iter().sum();
        while total > HISTORY {
            match self.undo_steps.front_mut() {
                Some(n) if *n > 1 => *n -= 1,
                _ => {
                    self.undo_steps.pop_front();
                }
            }
            total -= 1;
        }
    }

    /// Records an edit that is a step of its own (a paste, clearing).
    fn record_alone(&mut self) {
        self.record(Last::Break);
        self.last = Last::Break;
    }

    /// The textarea itself, read-only: for drawing a field as its own widget.
    pub fn textarea(&self) -> &TextArea<'static> {
        self.text.textarea()
    }

    /// The editor's text, lines joined.
    pub fn text(&self) -> String {
        self.text.text()
    }

    /// The text added to `out` (its memory reused when large enough).
    pub fn text_into(&self, out: &mut String) {
        self.text.text_into(out);
    }

    /// How many logical lines the text has.
    pub fn line_count(&self) -> usize {
        self.text.line_count()
    }

    /// Logical line `i` (below `line_count()`).
    pub fn line(&self, i: usize) -> &str {
        self.text.line(i)
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor as (line, char within the line).
    pub fn cursor(&self) -> (usize, usize) {
        self.text.cursor()
    }

    /// Runs one of the textarea's edits (which reports whether it changed the text, and
    /// then keeps one history entry); whether it did.
    fn edit(&mut self, f: impl FnOnce(&mut TextArea<'static>) -> bool) -> bool {
        let changed = f(self.text.area());
        if changed {
            self.text.edited();
        }
        changed
    }

    pub fn insert_char(&mut self, c: char) {
        self.edit(|a| {
            a.insert_char(c);
            true
        });
        self.record(if c.is_whitespace() {
            Last::Space
        } else {
            Last::Letter
        });
    }

    pub fn insert_newline(&mut self) {
        self.edit(|a| {
            a.insert_newline();
            true
        });
        self.record(Last::Space);
    }

    /// Inserts text at the cursor; whether anything changed.
    pub fn insert_str(&mut self, text: &str) -> bool {
        let changed = self.edit(|a| a.insert_str(text));
        if changed {
            self.record_alone();
        }
        changed
    }

    /// Backspace; whether anything changed.
    pub fn delete_back(&mut self) -> bool {
        let changed = self.edit(TextArea::delete_char);
        if changed {
            self.record(Last::Back);
        }
        changed
    }

    /// Delete; whether anything changed.
    pub fn delete_forward(&mut self) -> bool {
        let changed = self.edit(TextArea::delete_next_char);
        if changed {
            self.record(Last::Forward);
        }
        changed
    }

    pub fn go(&mut self, to: Move) {
        self.last = Last::Break;
        self.text.area().move_cursor(match to {
            Move::Back => CursorMove::Back,
            Move::Forward => CursorMove::Forward,
            Move::WordBack => CursorMove::WordBack,
            Move::WordForward => CursorMove::WordForward,
            Move::Head => CursorMove::Head,
            Move::End => CursorMove::End,
        });
    }

    /// Removes all the text (undo brings it back); whether anything changed.
    pub fn clear(&mut self) -> bool {
        // The whole text goes (and comes back with undo).
        let changed = self.text.whole().clear();
        if changed {
            self.text.edited();
            self.record_alone();
        }
        changed
    }

    /// Undo the last step (a word, a run of deletions, a paste); whether anything changed.
    pub fn undo(&mut self) -> bool {
        let step = self.undo_steps.pop_back();
        let changed = self.replay(step, Window::undo);
        if let Some(n) = step {
            self.redo_steps.push(n);
        }
        changed
    }

    /// Redo the last step undone; whether anything changed.
    pub fn redo(&mut self) -> bool {
        let step = self.redo_steps.pop();
        let changed = self.replay(step, Window::redo);
        if let Some(n) = step {
            self.undo_steps.push_back(n);
        }
        changed
    }

    /// Undoes or redoes the textarea's edits of one step (one edit when no step is known).
    fn replay(&mut self, step: Option<usize>, edit: fn(&mut Window) -> bool) -> bool {
        self.last = Last::Break;
        let mut changed = false;
        for _ in 0..step.unwrap_or(1) {
            changed |= edit(&mut self.text);
        }
        changed
    }

    /// Up or Down one screen row as drawn (a long paragraph takes several), keeping the
    /// column. Before the first drawing, or on a line too long to jump within, by line.
    pub fn move_row(&mut self, down: bool) {
        self.last = Last::Break;
        let width = self.view.width;
        let by_line = if down {
            CursorMove::Down
        } else {
            CursorMove::Up
        };
        // The window holds the lines next to the cursor's from here on.
        let area = self.text.area();
        if width == 0 {
            area.move_cursor(by_line);
            return;
        }
        let (line, col) = self.text.cursor();
        let text = &self.text;
        let here = rows(text.line(line), width);
        let at = row_of(&here, col);
        let cols: usize = text.line(line)[here[at].start..]
            .chars()
            .take(col - here[at].start_col)
            .map(char_cols)
            .sum();
        let (target_line, r, i) = match (down, at) {
            (false, 0) if line == 0 => return,
            (false, 0) => {
                let r = rows(text.line(line - 1), width);
                let i = r.len() - 1;
                (line - 1, r, i)
            }
            (false, _) => (line, here, at - 1),
            (true, _) if at + 1 < here.len() => (line, here, at + 1),
            (true, _) if line + 1 == text.line_count() => return,
            (true, _) => (line + 1, rows(text.line(line + 1), width), 0),
        };
        let (target, last) = (r[i], i + 1 == r.len());
        let mut col = target.start_col;
        let mut used = 0;
        for c in text.line(target_line)[target.start..target.end].chars() {
            used += char_cols(c);
            if used > cols {
                break;
            }
            col += 1;
        }
        if !last && col == target.end_col {
            col -= 1; // the end of a wrapped row is the start of the next
        }
        if !self.text.jump(target_line, col) {
            self.text.area().move_cursor(by_line);
        }
    }
}

/// What a key did to a text editor.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TextOutcome {
    Modified,
    Moved,
    /// Not for the editor: the caller decides (Enter in a line, Up/Down in a cell…).
    Unhandled,
}

/// An editing key on an answer's or a cell's editor (`multiline`: Enter and Up/Down are
/// the editor's).
pub(crate) fn text_key(ed: &mut Editor, key: EditKey, multiline: bool) -> TextOutcome {
    let changed = |b: bool| {
        if b {
            TextOutcome::Modified
        } else {
            TextOutcome::Moved
        }
    };
    let mv = |ed: &mut Editor, m: Move| {
        ed.go(m);
        TextOutcome::Moved
    };
    match key {
        EditKey::Char(c) if !c.is_control() => {
            ed.insert_char(c);
            TextOutcome::Modified
        }
        EditKey::Backspace => changed(ed.delete_back()),
        EditKey::Delete => changed(ed.delete_forward()),
        EditKey::Left => mv(ed, Move::Back),
        EditKey::Right => mv(ed, Move::Forward),
        EditKey::Home => mv(ed, Move::Head),
        EditKey::End => mv(ed, Move::End),
        EditKey::WordLeft => mv(ed, Move::WordBack),
        EditKey::WordRight => mv(ed, Move::WordForward),
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

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
