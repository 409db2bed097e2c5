//! The editor's text, its cursor and its undo history: the editing operations of
//! ratatui-textarea 0.9.4 that `Editor` uses (same results, same cursor, same history),
//! without its screen map. The textarea re-measures every line of the text after each edit
//! (see docs/upstream/); here an edit costs the length of the line it touches, so typing
//! in a 1 MB answer costs what it costs in a short one. `buffer_tests.rs` runs random
//! edits through both and checks they agree.

use std::collections::VecDeque;

use crate::text::rows::char_cols;

/// A position: line, then char within the line.
pub type Pos = (usize, usize);

/// One edit as the history keeps it: at `at`, `removed` was taken out and `inserted` put in
/// (either may hold new lines); the cursor before and after.
#[derive(Debug, Clone)]
struct Change {
    at: Pos,
    removed: String,
    inserted: String,
    before: Pos,
    after: Pos,
}

/// Lines of text (never none), a cursor within them, and the edits that undo can take back.
#[derive(Debug, Clone)]
pub struct Buffer {
    lines: Vec<String>,
    cursor: Pos,
    edits: VecDeque<Change>,
    /// How many of `edits` are done (the rest can be redone).
    done: usize,
    max: usize,
}

/// The byte offset of char `col` in `line` (its length past the end).
fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
}

fn chars(line: &str) -> usize {
    line.chars().count()
}

impl Buffer {
    /// `text`'s lines, the cursor at the end of the last, remembering `max` edits.
    pub fn new(text: &str, max: usize) -> Buffer {
        let lines: Vec<String> = text.split('\n').map(String::from).collect();
        let last = lines.len() - 1;
        let cursor = (last, chars(&lines[last]));
        Buffer {
            lines,
            cursor,
            edits: VecDeque::new(),
            done: 0,
            max,
        }
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn cursor(&self) -> Pos {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.lines.len() == 1 && self.lines[0].is_empty()
    }

    /// Puts the cursor at `(line, col)`, each kept within the text.
    pub fn jump(&mut self, line: usize, col: usize) {
        let line = line.min(self.lines.len() - 1);
        self.cursor = (line, col.min(chars(&self.lines[line])));
    }

    /// Puts `text` in at `at`; where it ends.
    fn put(&mut self, at: Pos, text: &str) -> Pos {
        let (row, col) = at;
        let i = byte_at(&self.lines[row], col);
        let mut parts = text.split('\n');
        let first = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        match rest.split_last() {
            None => {
                self.lines[row].insert_str(i, first);
                (row, col + chars(first))
            }
            Some((last, middle)) => {
                let tail = self.lines[row].split_off(i);
                self.lines[row].push_str(first);
                let mut end = String::with_capacity(last.len() + tail.len());
                end.push_str(last);
                end.push_str(&tail);
                let new = middle.iter().map(|s| s.to_string());
                let at = row + 1;
                self.lines.splice(at..at, new.chain(std::iter::once(end)));
                (row + rest.len(), chars(last))
            }
        }
    }

    /// Takes `n` chars (a line break counts as one) out at `at`; what was taken.
    fn take(&mut self, at: Pos, n: usize) -> String {
        let (row, col) = at;
        let mut out = String::new();
        let mut left = n;
        while left > 0 {
            let line = &mut self.lines[row];
            let i = byte_at(line, col);
            let here = chars(&line[i..]);
            if left <= here {
                let j = i + byte_at(&line[i..], left);
                out.extend(line.drain(i..j));
                break;
            }
            out.extend(line.drain(i..));
            left -= here;
            if row + 1 >= self.lines.len() {
                break;
            }
            let next = self.lines.remove(row + 1);
            self.lines[row].push_str(&next);
            out.push('\n');
            left -= 1;
        }
        out
    }

    fn push(&mut self, change: Change) {
        if self.max == 0 {
            return;
        }
        if self.edits.len() == self.max {
            self.edits.pop_front();
            self.done = self.done.saturating_sub(1);
        }
        self.edits.truncate(self.done);
        self.edits.push_back(change);
        self.done += 1;
    }

    /// Replaces `n` chars at `at` with `text`, the cursor then at `after`; remembered.
    fn edit(&mut self, at: Pos, n: usize, text: &str, before: Pos, after: Option<Pos>) {
        let removed = self.take(at, n);
        let end = self.put(at, text);
        self.cursor = after.unwrap_or(end);
        self.push(Change {
            at,
            removed,
            inserted: text.to_string(),
            before,
            after: self.cursor,
        });
    }

    pub fn insert_char(&mut self, c: char) {
        if c == '\n' || c == '\r' {
            return self.insert_newline();
        }
        let mut s = [0; 4];
        self.edit(self.cursor, 0, c.encode_utf8(&mut s), self.cursor, None);
    }

    pub fn insert_newline(&mut self) {
        self.edit(self.cursor, 0, "\n", self.cursor, None);
    }

    /// Inserts `text` (a `\r` before a line break dropped); whether anything changed.
    pub fn insert_str(&mut self, text: &str) -> bool {
        let text: Vec<&str> = text
            .split('\n')
            .map(|s| s.strip_suffix('\r').unwrap_or(s))
            .collect();
        let text = text.join("\n");
        if text.is_empty() {
            return false;
        }
        self.edit(self.cursor, 0, &text, self.cursor, None);
        true
    }

    /// Backspace: the char before the cursor, or the line break before its line.
    pub fn delete_back(&mut self) -> bool {
        let (row, col) = self.cursor;
        let at = match (row, col) {
            (0, 0) => return false,
            (_, 0) => (row - 1, chars(&self.lines[row - 1])),
            _ => (row, col - 1),
        };
        self.edit(at, 1, "", self.cursor, Some(at));
        true
    }

    /// Delete: the char after the cursor, or the line break after its line. The history
    /// remembers it as a Backspace from one char further on (as the textarea does).
    pub fn delete_forward(&mut self) -> bool {
        let (row, col) = self.cursor;
        let before = if col < chars(&self.lines[row]) {
            (row, col + 1)
        } else if row + 1 < self.lines.len() {
            (row + 1, 0)
        } else {
            return false;
        };
        let at = self.cursor;
        self.edit(at, 1, "", before, Some(at));
        true
    }

    /// Removes all the text (undo brings it back, the cursor at its end); whether there
    /// was any.
    pub fn clear(&mut self) -> bool {
        if self.is_empty() {
            return false;
        }
        let n = self.lines.iter().map(|l| chars(l)).sum::<usize>() + self.lines.len() - 1;
        let last = self.lines.len() - 1;
        let end = (last, chars(&self.lines[last]));
        self.edit((0, 0), n, "", end, Some((0, 0)));
        true
    }

    /// Takes back the last edit; whether there was one.
    pub fn undo(&mut self) -> bool {
        let Some(done) = self.done.checked_sub(1) else {
            return false;
        };
        self.done = done;
        let c = self.edits[done].clone();
        self.take(c.at, chars(&c.inserted));
        self.put(c.at, &c.removed);
        self.jump(c.before.0, c.before.1);
        true
    }

    /// Does again the last edit undone; whether there was one.
    pub fn redo(&mut self) -> bool {
        let Some(c) = self.edits.get(self.done).cloned() else {
            return false;
        };
        self.done += 1;
        self.take(c.at, chars(&c.removed));
        self.put(c.at, &c.inserted);
        self.jump(c.after.0, c.after.1);
        true
    }

    /// One char back (to the end of the line before at the start of a line).
    pub fn back(&mut self) {
        let (row, col) = self.cursor;
        match (row, col) {
            (0, 0) => {}
            (_, 0) => self.cursor = (row - 1, chars(&self.lines[row - 1])),
            _ => self.cursor = (row, col - 1),
        }
    }

    /// One char on (to the start of the next line at the end of a line).
    pub fn forward(&mut self) {
        let (row, col) = self.cursor;
        if col < chars(&self.lines[row]) {
            self.cursor = (row, col + 1);
        } else if row + 1 < self.lines.len() {
            self.cursor = (row + 1, 0);
        }
    }

    pub fn head(&mut self) {
        self.cursor.1 = 0;
    }

    pub fn end(&mut self) {
        self.cursor.1 = chars(&self.lines[self.cursor.0]);
    }

    /// Up or Down one logical line, keeping the screen column as far as the line allows.
    pub fn line_up_down(&mut self, down: bool) {
        let (line, col) = self.cursor;
        let target = match down {
            true if line + 1 < self.lines.len() => line + 1,
            false if line > 0 => line - 1,
            _ => return,
        };
        let cols: usize = self.lines[line].chars().take(col).map(char_cols).sum();
        let (mut used, mut at) = (0, 0);
        for c in self.lines[target].chars() {
            let w = char_cols(c);
            if used >= cols || used + w > cols {
                break;
            }
            used += w;
            at += 1;
        }
        self.cursor = (target, at);
    }

    /// To the start of the next word (the next line's start, or the end of the text).
    pub fn word_forward(&mut self) {
        let (row, col) = self.cursor;
        self.cursor = match word_start_forward(&self.lines[row], col) {
            Some(col) => (row, col),
            None if row + 1 < self.lines.len() => (row + 1, 0),
            None => (row, chars(&self.lines[row])),
        };
    }

    /// To the start of this word or the one before (the previous line's end, or the start).
    pub fn word_back(&mut self) {
        let (row, col) = self.cursor;
        self.cursor = match word_start_backward(&self.lines[row], col) {
            Some(col) => (row, col),
            None if row > 0 => (row - 1, chars(&self.lines[row - 1])),
            None => (row, 0),
        };
    }
}

/// What a char is, for word moves: a space, punctuation or part of a word.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Space,
    Punct,
    Other,
}

fn kind(c: char) -> Kind {
    if c.is_whitespace() {
        Kind::Space
    } else if c != '_' && c.is_ascii_punctuation() {
        Kind::Punct
    } else {
        Kind::Other
    }
}

fn word_start_forward(line: &str, from: usize) -> Option<usize> {
    let mut it = line.chars().enumerate().skip(from);
    let mut prev = kind(it.next()?.1);
    for (col, c) in it {
        let cur = kind(c);
        if cur != Kind::Space && prev != cur {
            return Some(col);
        }
        prev = cur;
    }
    None
}

fn word_start_backward(line: &str, from: usize) -> Option<usize> {
    let mut it = line[..byte_at(line, from)].chars().rev().enumerate();
    let mut cur = kind(it.next()?.1);
    for (i, c) in it {
        let next = kind(c);
        if cur != Kind::Space && next != cur {
            return Some(from - i);
        }
        cur = next;
    }
    (cur != Kind::Space).then_some(0)
}

#[cfg(test)]
#[path = "buffer_tests.rs"]
mod tests;
