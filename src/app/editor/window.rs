//! The textarea fed only what it needs (issue 17): it holds a window of the text — the
//! cursor's line and about half a kilobyte of lines on each side — and the rest is kept here as
//! lines before and after it. ratatui-textarea 0.9 measures its whole text again on every
//! edit; with the window, that costs what the window holds, not what the answer holds.
//!
//! The window moves when the cursor reaches its first or last line (so every move and edit,
//! which reach at most one line away, stays inside it) or when it has grown large (a paste,
//! an undone clearing). Undo and redo run exactly as one textarea's would: the history is
//! a row of segments, one per window that was edited, each kept as its own textarea (the
//! textarea's history holds line numbers of its window). Undoing past a segment's first
//! edit goes on in the segment before it, whose window holds the text as it was then.
//! The oldest edits past `max` are forgotten as one textarea forgets them.

use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};

/// Bytes of lines kept on each side of the cursor's line beyond the line next to it.
const SIDE: usize = 512;
/// Bytes a window may hold beyond the cursor's line before it is cut back.
const MOST: usize = 8 * SIDE;

/// One window's edits: its textarea (with their history) while it is not the one shown.
#[derive(Debug, Clone)]
struct Segment {
    /// `None` while this segment's textarea is the window shown.
    area: Option<TextArea<'static>>,
    /// The window's first line in the whole text.
    start: usize,
    /// Edits in effect; those that can be redone up to; the oldest forgotten.
    applied: usize,
    total: usize,
    floor: usize,
}

/// A text whose textarea holds a window of it.
#[derive(Debug, Clone)]
pub(super) struct Window {
    before: Vec<String>,
    area: TextArea<'static>,
    after: Vec<String>,
    segments: Vec<Segment>,
    /// The segment whose textarea `area` is; `None` for a window not edited yet.
    shown: Option<usize>,
    /// Whether the text is cut into windows at all (a field drawn as its own textarea is not).
    windowed: bool,
    wrap: WrapMode,
    /// How many edits undo remembers.
    max: usize,
}

impl Window {
    /// The whole text in the textarea at first; the cursor at its end.
    pub(super) fn new(text: &str, wrap: WrapMode, max: usize, windowed: bool) -> Window {
        let mut area = fresh(text.split('\n').map(String::from).collect(), wrap, max);
        if !windowed {
            // One textarea for good: its own history is the history.
            area.set_max_histories(max);
        }
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Window {
            before: Vec::new(),
            area,
            after: Vec::new(),
            segments: Vec::new(),
            shown: None,
            windowed,
            wrap,
            max,
        }
    }

    /// The textarea, holding the whole text when the text is not windowed.
    pub(super) fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// The textarea, made ready for a move or an edit at the cursor.
    pub(super) fn area(&mut self) -> &mut TextArea<'static> {
        if self.windowed && self.needs_moving() {
            self.move_window();
        }
        &mut self.area
    }

    /// The textarea holding the whole text (for clearing it all).
    pub(super) fn whole(&mut self) -> &mut TextArea<'static> {
        if !self.before.is_empty() || !self.after.is_empty() {
            self.show(None, |_, lines| (0, lines));
        }
        &mut self.area
    }

    pub(super) fn line_count(&self) -> usize {
        self.before.len() + self.area.lines().len() + self.after.len()
    }

    pub(super) fn line(&self, i: usize) -> &str {
        let n = self.area.lines().len();
        let b = self.before.len();
        if i < b {
            &self.before[i]
        } else if i < b + n {
            &self.area.lines()[i - b]
        } else {
            &self.after[i - b - n]
        }
    }

    pub(super) fn text(&self) -> String {
        let mut out = String::new();
        self.text_into(&mut out);
        out
    }

    /// The whole text, its lines joined, added to `out` (whose memory is used when large
    /// enough).
    pub(super) fn text_into(&self, out: &mut String) {
        let lines = self
            .before
            .iter()
            .chain(self.area.lines())
            .chain(&self.after);
        out.reserve(lines.clone().map(|l| l.len() + 1).sum());
        for (i, l) in lines.enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(l);
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty() && self.area.is_empty()
    }

    /// The cursor in the whole text: (line, char within the line).
    pub(super) fn cursor(&self) -> (usize, usize) {
        let DataCursor(row, col) = self.area.cursor();
        (self.before.len() + row, col)
    }

    /// Moves the cursor to a line and column of the whole text, within the window; false
    /// when the textarea cannot be sent there (a column past 65,535 but the line's end).
    pub(super) fn jump(&mut self, line: usize, col: usize) -> bool {
        let Some(row) = line.checked_sub(self.before.len()) else {
            return false;
        };
        let Some(text) = self.area.lines().get(row) else {
            return false;
        };
        let end = col >= text.chars().count();
        match (u16::try_from(row), u16::try_from(col)) {
            (Ok(r), Ok(c)) => self.area.move_cursor(CursorMove::Jump(r, c)),
            (Ok(r), Err(_)) if end => {
                self.area.move_cursor(CursorMove::Jump(r, 0));
                self.area.move_cursor(CursorMove::End);
            }
            _ => return false,
        }
        true
    }

    /// Records that the textarea shown made one edit (it keeps one history entry per edit).
    pub(super) fn edited(&mut self) {
        if !self.windowed {
            return;
        }
        // As one textarea's history: a full history forgets its oldest edit first...
        let live: usize = self.segments.iter().map(|s| s.total - s.floor).sum();
        if live >= self.max
            && let Some(s) = self.segments.iter_mut().find(|s| s.total > s.floor)
        {
            s.floor += 1;
        }
        // ...then what could be redone is dropped.
        for s in &mut self.segments {
            s.total = s.applied;
        }
        let shown = self.shown;
        let mut i = 0;
        self.segments.retain(|s| {
            let keep = Some(i) == shown || s.total > s.floor;
            i += 1;
            keep
        });
        // Indices moved only for the segments after a dropped one; find the shown one again.
        self.shown = self.segments.iter().position(|s| s.area.is_none());
        match self.shown {
            Some(i) => {
                let s = &mut self.segments[i];
                s.applied += 1;
                s.total = s.applied;
            }
            None => {
                self.segments.push(Segment {
                    area: None,
                    start: self.before.len(),
                    applied: 1,
                    total: 1,
                    floor: 0,
                });
                self.shown = Some(self.segments.len() - 1);
            }
        }
    }

    /// Undoes the last edit in effect; whether anything changed.
    pub(super) fn undo(&mut self) -> bool {
        if !self.windowed {
            return self.area.undo();
        }
        let Some(i) = self.segments.iter().rposition(|s| s.applied > 0) else {
            return false;
        };
        if self.segments[i].applied <= self.segments[i].floor {
            return false;
        }
        self.show_segment(i);
        self.segments[i].applied -= 1;
        self.area.undo()
    }

    /// Redoes the last edit undone; whether anything changed.
    pub(super) fn redo(&mut self) -> bool {
        if !self.windowed {
            return self.area.redo();
        }
        let Some(i) = self.segments.iter().position(|s| s.applied < s.total) else {
            return false;
        };
        self.show_segment(i);
        self.segments[i].applied += 1;
        self.area.redo()
    }

    /// Whether the cursor is on the window's edge with text beyond it, or the window holds
    /// much more than it needs.
    fn needs_moving(&self) -> bool {
        let DataCursor(row, col) = self.area.cursor();
        let lines = self.area.lines();
        let edge = (row == 0 && !self.before.is_empty())
            || (row + 1 == lines.len() && !self.after.is_empty());
        // Beyond the lines a new window always holds (the cursor's and its neighbours').
        let mut held = 0;
        let big = lines.iter().enumerate().any(|(i, l)| {
            if i.abs_diff(row) > 1 {
                held += l.len();
            }
            held > MOST
        });
        // The cursor must be placed again in the new window.
        let placeable = u16::try_from(col).is_ok() || col >= lines[row].chars().count();
        (edge || big) && placeable
    }

    /// A new window around the cursor, not edited yet.
    fn move_window(&mut self) {
        let (line, col) = self.cursor();
        self.show(None, |len, lines| {
            let mut start = line;
            let mut held = 0;
            // The lines next to the cursor's, then more while they fit in SIDE.
            while start > 0 && (start == line || held + len(start - 1) <= SIDE) {
                start -= 1;
                if start + 1 < line {
                    held += len(start);
                }
            }
            let mut end = line + 1;
            held = 0;
            while end < lines && (end == line + 1 || held + len(end) <= SIDE) {
                if end > line + 1 {
                    held += len(end);
                }
                end += 1;
            }
            (start, end - start)
        });
        let moved = self.jump(line, col);
        debug_assert!(moved, "the cursor's line is in the new window");
    }

    /// Shows segment `i`'s textarea, whose window holds the text as it now is.
    fn show_segment(&mut self, i: usize) {
        if self.shown == Some(i) {
            return;
        }
        let Some(area) = self.segments[i].area.take() else {
            return;
        };
        let (start, len) = (self.segments[i].start, area.lines().len());
        let kept = self.show(Some(area), |_, _| (start, len));
        self.shown = Some(i);
        debug_assert!(kept, "a segment's window holds the text as it is");
    }

    /// Puts the window shown back into the whole text and shows `area` (or a new textarea)
    /// over the lines `place` chooses (start, count), given the length of any line and how
    /// many there are. Whether `area` held those lines exactly (always, when it is given).
    fn show<F>(&mut self, area: Option<TextArea<'static>>, place: F) -> bool
    where
        F: FnOnce(&dyn Fn(usize) -> usize, usize) -> (usize, usize),
    {
        let (start, count) = place(&|i| self.line(i).len(), self.line_count());
        let old = std::mem::take(&mut self.area);
        let window = match self.shown.take() {
            // An edited window's textarea is kept, with its history, in its segment.
            Some(i) => {
                let lines = old.lines().to_vec();
                self.segments[i].area = Some(old);
                lines
            }
            None => old.into_lines(),
        };
        let mut all = std::mem::take(&mut self.before);
        all.extend(window);
        all.append(&mut self.after);
        self.after = all.split_off(start + count);
        let lines = all.split_off(start);
        self.before = all;
        match area {
            Some(area) => {
                let same = area.lines() == lines.as_slice();
                self.area = area;
                same
            }
            None => {
                self.area = fresh(lines, self.wrap, self.max);
                true
            }
        }
    }
}

/// A textarea over `lines`, remembering more edits than `max` (this module forgets them as
/// one textarea would; each textarea only ever drops edits already forgotten).
fn fresh(lines: Vec<String>, wrap: WrapMode, max: usize) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(wrap);
    area.set_max_histories(max.saturating_mul(4).max(1));
    area
}
