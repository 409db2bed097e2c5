//! The plain-mode state machine: given one typed line, what to say back (as `Say` data,
//! worded by `words::plain`), the workbook changed in place, and whether to save it now or
//! quit.
//!
//! Pure: no files, no terminal, no clock, no prose. It never drops an answer: text is put
//! into the workbook line by line as it is typed (through the editing core,
//! `workbook::edit`, like every change here), and a command in the middle of a long answer
//! keeps what was typed so far.

use crate::content::{FieldKind, Pack, Prompt, Shape};
use crate::workbook::derive::{self, RowSpec, progress};
use crate::workbook::edit as core;
use crate::workbook::notes::{CoachNotes, Note};
use crate::workbook::{Item, Workbook};

mod command;
mod items;
mod paths;
mod question;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_items;
#[cfg(test)]
mod tests_old;
#[cfg(test)]
mod tests_paths;
#[cfg(test)]
mod tests_skip;

use super::ask;
use super::edit;
use super::nav::{self, Spot};
use crate::words::plain::Say;

/// A coach's note: its label, then its text.
fn coach_note(note: &Note, changed: bool, whole: bool) -> [Say; 2] {
    [
        Say::CoachNote {
            note: note.clone(),
            changed,
            whole,
        },
        Say::Text {
            text: note.text.clone(),
            indent: 2,
        },
    ]
}

/// The answer as said right after it was given ("Answer saved: …").
fn saved(say: Say) -> Say {
    match say {
        Say::NoAnswer { .. } => Say::NoAnswer { saved: true },
        Say::Answer { value, .. } => Say::Answer { value, saved: true },
        other => other,
    }
}

/// What one line of input led to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reply {
    /// What to say, as data: the loop asks `words::plain` for the wording (and makes every
    /// line visible).
    pub lines: Vec<Say>,
    /// The workbook changed: save it now.
    pub save: bool,
    /// The person asked to finish.
    pub quit: bool,
}

/// Which part of the current prompt is being asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sub {
    /// The prompt itself (for a list: the next item's name).
    Main,
    /// A list item's name, asked again after `:edit`.
    Name { item: usize },
    /// A detail of a list item.
    Field { item: usize, field: usize },
    /// A grid cell, or (col 0) a quadrant row.
    Cell { row: usize, col: usize },
}

pub struct Plain<'p> {
    pack: &'p Pack,
    spots: Vec<Spot<'p>>,
    exercises: usize,
    /// Index into `spots`; `spots.len()` means past the last question.
    at: usize,
    sub: Sub,
    /// A long answer being typed, line by line.
    text: Option<Vec<String>>,
    /// The (theme id, exercise id) last introduced.
    shown: Option<(&'p str, &'p str)>,
    /// A coach's notes on the workbook, said with each question (read-only).
    notes: Option<CoachNotes>,
    /// What `:remove` and `:clear` took out this session, last last, for `:undo`.
    removed: Vec<core::Removal>,
}

impl<'p> Plain<'p> {
    /// The machine for the whole pack; `start` narrows it to the workbook's path.
    pub fn new(pack: &'p Pack) -> Plain<'p> {
        let spots = nav::spots(pack, crate::content::FULL_PATH);
        Plain {
            pack,
            exercises: pack.exercises().count(),
            at: 0,
            sub: Sub::Main,
            text: None,
            shown: None,
            spots,
            notes: None,
            removed: Vec::new(),
        }
    }

    /// Says the coach's notes: the one on the whole workbook at the start, each prompt's
    /// after its question.
    pub fn with_notes(mut self, notes: Option<CoachNotes>) -> Plain<'p> {
        self.notes = notes.filter(|n| n.count() > 0);
        self
    }

    /// The welcome, then the question of the workbook's path the participant was at when it
    /// was last saved, else its first unanswered one (or its first one).
    pub fn start(&mut self, wb: &Workbook) -> Reply {
        self.follow_path(wb);
        let p = progress(wb, self.pack);
        let mut lines = vec![
            Say::Workbook {
                initiative: wb.meta.initiative.clone(),
                pack: self.pack.title.to_string(),
            },
            Say::Answered {
                answered: p.answered,
                total: p.total,
            },
        ];
        lines.extend(nav::path_line(self.pack, wb));
        lines.push(Say::Welcome);
        if let Some(notes) = &self.notes {
            for note in notes.on(None) {
                lines.extend(coach_note(note, false, true));
            }
        }
        self.at = self.resume_at(wb);
        self.enter(wb, &mut lines);
        Reply {
            lines,
            ..Reply::default()
        }
    }

    /// The question being asked now, if any (for tests and the edge).
    pub fn here(&self) -> Option<(&'p str, Sub)> {
        self.spots
            .get(self.at)
            .map(|s| (s.prompt.qualified_id.as_str(), self.sub))
    }

    /// One line of input (without its line end). The question asked next becomes the
    /// workbook's place, where reopening resumes.
    pub fn feed(&mut self, wb: &mut Workbook, line: &str) -> Reply {
        let reply = self.reply_to(wb, line);
        if let Some(spot) = self.spots.get(self.at) {
            wb.meta.place.clone_from(&spot.prompt.qualified_id);
        }
        reply
    }

    fn reply_to(&mut self, wb: &mut Workbook, line: &str) -> Reply {
        let mut reply = Reply::default();
        if let Some(command) = line.strip_prefix(':').filter(|c| !c.starts_with(':')) {
            self.text = None;
            self.command(wb, command, &mut reply);
            return reply;
        }
        let line = line.strip_prefix(':').unwrap_or(line);
        match self.answer(wb, line, &mut reply.lines) {
            Ok(changed) => reply.save = changed,
            Err(why) => {
                reply.lines.push(why);
                self.now(wb, &mut reply.lines);
            }
        }
        reply
    }

    /// The coach's note on `prompt`, to say after its question.
    fn note_lines(&self, wb: &Workbook, prompt: &Prompt) -> Vec<Say> {
        let Some(notes) = &self.notes else {
            return Vec::new();
        };
        let now = wb.answer(&prompt.qualified_id);
        notes
            .on(Some(&prompt.qualified_id))
            .iter()
            .flat_map(|note| coach_note(note, note.answer_changed(now), false))
            .collect()
    }

    fn spot(&self) -> Option<Spot<'p>> {
        self.spots.get(self.at).copied()
    }

    fn rows(&self, wb: &Workbook, prompt: &Prompt) -> Vec<RowSpec> {
        prompt
            .kind
            .rows()
            .map(|rows| derive::rows(wb, self.pack, rows))
            .unwrap_or_default()
    }

    /// Goes to prompt `at` and asks it; prompts that cannot be answered yet are said and
    /// passed.
    fn go(&mut self, wb: &Workbook, at: usize, out: &mut Vec<Say>) {
        self.at = at;
        self.enter(wb, out);
    }

    fn enter(&mut self, wb: &Workbook, out: &mut Vec<Say>) {
        self.text = None;
        self.sub = Sub::Main;
        while let Some(spot) = self.spot() {
            let key = (spot.theme.id.as_str(), spot.exercise.id.as_str());
            if self.shown != Some(key) {
                let new_theme = self.shown.is_none_or(|(t, _)| t != key.0);
                out.extend(nav::intro(&spot, new_theme, self.exercises));
                out.extend(nav::time_left(self.pack, wb));
                self.shown = Some(key);
            }
            let prompt = spot.prompt;
            if let Some(why) = self.not_yet(wb, prompt) {
                out.push(Say::Blank);
                out.push(Say::Passed {
                    n: self.at + 1,
                    of: self.spots.len(),
                    id: prompt.qualified_id.clone(),
                    text: prompt.text.trim().to_string(),
                });
                out.push(why);
                self.at += 1;
                continue;
            }
            if prompt.kind.shape() == Shape::Grid {
                self.sub = Sub::Cell { row: 0, col: 0 };
            }
            self.header(wb, prompt, out);
            self.now(wb, out);
            return;
        }
        let p = progress(wb, self.pack);
        out.push(Say::Blank);
        out.push(Say::Answered {
            answered: p.answered,
            total: p.total,
        });
        out.push(Say::Finished);
        out.extend(self.end_of_path(wb));
    }

    /// Takes an answer line; `Ok(changed)` or `Err(what to say about it)`.
    fn answer(&mut self, wb: &mut Workbook, line: &str, out: &mut Vec<Say>) -> Result<bool, Say> {
        let Some(spot) = self.spot() else {
            out.push(Say::Finished);
            return Ok(false);
        };
        let prompt = spot.prompt;
        let id = prompt.qualified_id.as_str();
        if let Some(lines) = &mut self.text {
            if line == "." {
                self.text = None;
                self.advance(wb, out);
                return Ok(false);
            }
            lines.push(line.to_string());
            let joined = lines.join("\n");
            edit::set_text(wb, self.pack, prompt, self.sub, joined).map_err(Say::Refused)?;
            return Ok(true);
        }
        if let Sub::Name { item } = self.sub {
            return self.answer_name(wb, prompt, item, line, out);
        }
        let keep = line.trim().is_empty() || line == ".";
        let kind = &prompt.kind;
        // A row marked not relevant takes no values until it is unmarked (as on screen).
        if let Sub::Cell { row, .. } = self.sub
            && !keep
            && self.row_skipped(wb, prompt, row)
        {
            return Err(Say::RowIsSkipped);
        }
        let changed = match (kind.shape(), self.sub) {
            (Shape::List, Sub::Main) => {
                if keep {
                    let taken = edit::take_offer(wb, self.pack, prompt).unwrap_or(false);
                    out.extend(edit::list_note(wb, prompt));
                    self.at += 1;
                    self.enter(wb, out);
                    return Ok(taken);
                }
                let count = wb.list_items(id).len();
                let item = Item {
                    text: line.trim().to_string(),
                    ..Item::default()
                };
                core::add_item(wb, prompt, count, item).map_err(Say::Refused)?;
                if !kind.fields().is_empty() {
                    self.sub = Sub::Field {
                        item: count,
                        field: 0,
                    };
                }
                self.now(wb, out);
                return Ok(true);
            }
            _ if keep => {
                let taken = self.sub == Sub::Main
                    && edit::take_offer(wb, self.pack, prompt).unwrap_or(false);
                self.advance(wb, out);
                return Ok(taken);
            }
            (Shape::Grid, Sub::Cell { row, .. }) if kind.axes().is_some() => {
                let Some((x, y, _)) = kind.axes() else {
                    return Ok(false);
                };
                let (xv, yv) = super::parse::pair(line, &x.scale, &y.scale)?;
                if let Some(r) = self.rows(wb, prompt).get(row) {
                    core::set_pair(wb, self.pack, prompt, &r.key, xv, yv).map_err(Say::Refused)?;
                    out.push(Say::QuadSet {
                        label: r.label.clone(),
                        quad: Box::new(ask::quadrant_said(prompt, wb, &r.key)),
                    });
                }
                true
            }
            (_, Sub::Field { field, .. } | Sub::Cell { col: field, .. }) => {
                let fields = match self.sub {
                    Sub::Field { .. } => kind.fields(),
                    _ => kind.columns(),
                };
                let Some(f) = fields.get(field) else {
                    self.advance(wb, out);
                    return Ok(false);
                };
                match &f.kind {
                    FieldKind::Text => {
                        edit::set_text(wb, self.pack, prompt, self.sub, line.to_string())
                            .map_err(Say::Refused)?;
                        self.text = Some(vec![line.to_string()]);
                        return Ok(true);
                    }
                    kind => {
                        let value = edit::field_value(wb, kind, line)?;
                        let words = ask::value_words(kind, &value, wb);
                        edit::set_field(wb, self.pack, prompt, self.sub, value)
                            .map_err(Say::Refused)?;
                        out.push(Say::FieldSet {
                            label: f.label.to_string(),
                            value: words,
                        });
                        true
                    }
                }
            }
            (_, Sub::Main) => {
                out.extend(ask::take(wb, prompt, line)?);
                if kind.is_multiline() {
                    // A long answer goes on line by line until a full stop.
                    self.text = Some(vec![line.to_string()]);
                    return Ok(true);
                }
                true
            }
            (_, Sub::Name { .. }) => false,
        };
        if changed && matches!(kind.shape(), Shape::Choice | Shape::Choices | Shape::Number) {
            out.extend(ask::current(prompt, wb, &[]).into_iter().map(saved));
        }
        self.advance(wb, out);
        Ok(changed)
    }

    /// Whether row `row` of `prompt` is marked not relevant.
    fn row_skipped(&self, wb: &Workbook, prompt: &Prompt, row: usize) -> bool {
        self.rows(wb, prompt)
            .get(row)
            .is_some_and(|r| derive::row_skipped(wb, &prompt.qualified_id, &r.key))
    }

    /// Asks the row after `row` of the grid asked now, or goes on to the next question.
    fn next_row(&mut self, wb: &Workbook, row: usize, out: &mut Vec<Say>) {
        let rows = self.spot().map_or(0, |s| self.rows(wb, s.prompt).len());
        if row + 1 < rows {
            self.sub = Sub::Cell {
                row: row + 1,
                col: 0,
            };
            self.now(wb, out);
        } else {
            self.at += 1;
            self.enter(wb, out);
        }
    }

    /// Moves to the next part of this prompt, or to the next prompt, and asks it.
    fn advance(&mut self, wb: &Workbook, out: &mut Vec<Say>) {
        let Some(spot) = self.spot() else {
            return;
        };
        let prompt = spot.prompt;
        let kind = &prompt.kind;
        let next = match self.sub {
            Sub::Field { item, field } => {
                if field + 1 < kind.fields().len() {
                    Some(Sub::Field {
                        item,
                        field: field + 1,
                    })
                } else {
                    self.item_done(wb, prompt, item, out);
                    Some(Sub::Main)
                }
            }
            Sub::Cell { row, col } => {
                // A quadrant's row is one cell (both ratings on one line); a row marked
                // not relevant is passed whole.
                let cells = if kind.axes().is_some() || self.row_skipped(wb, prompt, row) {
                    1
                } else {
                    kind.columns().len()
                };
                if col + 1 < cells {
                    Some(Sub::Cell { row, col: col + 1 })
                } else {
                    (row + 1 < self.rows(wb, prompt).len()).then_some(Sub::Cell {
                        row: row + 1,
                        col: 0,
                    })
                }
            }
            Sub::Main | Sub::Name { .. } => None,
        };
        match next {
            Some(sub) => {
                self.sub = sub;
                self.now(wb, out);
            }
            None => {
                self.at += 1;
                self.enter(wb, out);
            }
        }
    }
}
