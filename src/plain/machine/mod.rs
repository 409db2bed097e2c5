//! The plain-mode state machine: given one typed line, the lines to say back, the workbook
//! changed in place, and whether to save it now or quit.
//!
//! Pure: no files, no terminal, no clock. It never drops an answer: text is put into the
//! workbook line by line as it is typed, and a command in the middle of a long answer
//! keeps what was typed so far.

use crate::content::{FieldKind, Pack, Prompt, PromptKind, Scale};
use crate::workbook::derive::{self, RowSpec, progress};
use crate::workbook::notes::CoachNotes;
use crate::workbook::{Answer, Workbook};

mod command;
mod items;
mod paths;
mod question;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_items;
#[cfg(test)]
mod tests_paths;

use super::ask;
use super::edit;
use super::nav::{self, Spot};
use super::text::indented;
use crate::words::plain::{FINISHED, WELCOME};

/// "Coach's note (Jo)", or without the name when there is none.
fn note_label(label: &str, notes: &CoachNotes) -> String {
    let coach = notes.coach.split_whitespace().collect::<Vec<_>>().join(" ");
    if coach.is_empty() {
        label.to_string()
    } else {
        format!("{label} ({coach})")
    }
}

/// What one line of input led to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reply {
    /// Lines to write, without line ends (not yet made visible: the edge does that).
    pub lines: Vec<String>,
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
    /// Items taken out of lists this session, last last, for `:undo`.
    removed: Vec<items::Removed>,
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
        self.notes = notes.filter(|n| !n.is_empty());
        self
    }

    /// The welcome, then the first unanswered question of the workbook's path (or its first
    /// one).
    pub fn start(&mut self, wb: &Workbook) -> Reply {
        self.follow_path(wb);
        let p = progress(wb, self.pack);
        let mut lines = vec![
            format!("Workbook: {} ({})", wb.meta.initiative, self.pack.title),
            format!("{} of {} questions answered.", p.answered, p.total),
        ];
        lines.extend(nav::path_line(self.pack, wb));
        lines.push(WELCOME.to_string());
        if let Some(notes) = &self.notes
            && !notes.general.trim().is_empty()
        {
            lines.push(format!(
                "{}:",
                note_label("Your coach's note on the workbook", notes)
            ));
            lines.extend(indented(&notes.general, "  "));
        }
        self.at = self.first_unanswered(wb);
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

    /// One line of input (without its line end).
    pub fn feed(&mut self, wb: &mut Workbook, line: &str) -> Reply {
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

    /// The coach's note on `prompt`, as lines to say after its question.
    fn note_lines(&self, prompt: &Prompt) -> Vec<String> {
        let Some(notes) = &self.notes else {
            return Vec::new();
        };
        let Some(note) = notes
            .on(&prompt.qualified_id)
            .filter(|n| !n.trim().is_empty())
        else {
            return Vec::new();
        };
        let mut out = vec![format!("{}:", note_label("Coach's note", notes))];
        out.extend(indented(note, "  "));
        out
    }

    fn spot(&self) -> Option<Spot<'p>> {
        self.spots.get(self.at).copied()
    }

    fn rows(&self, wb: &Workbook, prompt: &Prompt) -> Vec<RowSpec> {
        match &prompt.kind {
            PromptKind::Grid { rows, .. } | PromptKind::Quadrant { rows, .. } => {
                derive::rows(wb, self.pack, rows)
            }
            _ => Vec::new(),
        }
    }

    /// Goes to prompt `at` and asks it; prompts that cannot be answered yet are said and
    /// passed.
    fn go(&mut self, wb: &Workbook, at: usize, out: &mut Vec<String>) {
        self.at = at;
        self.enter(wb, out);
    }

    fn enter(&mut self, wb: &Workbook, out: &mut Vec<String>) {
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
                out.push(String::new());
                out.push(format!(
                    "Question {} of {} ({}): {}",
                    self.at + 1,
                    self.spots.len(),
                    prompt.qualified_id,
                    prompt.text.trim()
                ));
                out.push(why);
                self.at += 1;
                continue;
            }
            if matches!(
                prompt.kind,
                PromptKind::Grid { .. } | PromptKind::Quadrant { .. }
            ) {
                self.sub = Sub::Cell { row: 0, col: 0 };
            }
            self.header(wb, prompt, out);
            self.now(wb, out);
            return;
        }
        let p = progress(wb, self.pack);
        out.push(String::new());
        out.push(format!("{} of {} questions answered.", p.answered, p.total));
        out.push(FINISHED.to_string());
        out.extend(self.end_of_path(wb));
    }

    /// Takes an answer line; `Ok(changed)` or `Err(one-line explanation)`.
    fn answer(
        &mut self,
        wb: &mut Workbook,
        line: &str,
        out: &mut Vec<String>,
    ) -> Result<bool, String> {
        let Some(spot) = self.spot() else {
            out.push(FINISHED.to_string());
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
            edit::set_text(wb, self.pack, prompt, self.sub, joined);
            return Ok(true);
        }
        if let Sub::Name { item } = self.sub {
            return self.answer_name(wb, prompt, item, line, out);
        }
        let keep = line.trim().is_empty() || line == ".";
        let changed = match (&prompt.kind, self.sub) {
            (PromptKind::List { max, .. }, Sub::Main) => {
                if keep {
                    let taken = edit::take_offer(wb, prompt);
                    out.extend(edit::list_note(wb, prompt));
                    self.at += 1;
                    self.enter(wb, out);
                    return Ok(taken);
                }
                let count = wb.list_items(id).len();
                if let Some(m) = max.filter(|m| count >= *m as usize) {
                    return Err(format!(
                        "This list holds at most {m} items. An empty line goes on; :clear starts it again."
                    ));
                }
                edit::push_item(wb, id, line.trim());
                if let PromptKind::List { fields, .. } = &prompt.kind
                    && !fields.is_empty()
                {
                    self.sub = Sub::Field {
                        item: count,
                        field: 0,
                    };
                }
                self.now(wb, out);
                return Ok(true);
            }
            _ if keep => {
                let taken = self.sub == Sub::Main && edit::take_offer(wb, prompt);
                self.advance(wb, out);
                return Ok(taken);
            }
            (PromptKind::Line { .. }, _) => {
                wb.answers
                    .insert(id.to_string(), Answer::Text(line.to_string()));
                true
            }
            (PromptKind::Text { .. }, _) => {
                self.text = Some(vec![line.to_string()]);
                wb.answers
                    .insert(id.to_string(), Answer::Text(line.to_string()));
                return Ok(true);
            }
            (PromptKind::List { fields, .. }, Sub::Field { field, .. })
            | (
                PromptKind::Grid {
                    columns: fields, ..
                },
                Sub::Cell { col: field, .. },
            ) => {
                let Some(f) = fields.get(field) else {
                    self.advance(wb, out);
                    return Ok(false);
                };
                match &f.kind {
                    FieldKind::Text => {
                        self.text = Some(vec![line.to_string()]);
                        edit::set_text(wb, self.pack, prompt, self.sub, line.to_string());
                        return Ok(true);
                    }
                    kind => {
                        let value = edit::field_value(wb, kind, line)?;
                        out.push(format!(
                            "{}: {}",
                            f.label,
                            ask::value_words(kind, &value, wb)
                        ));
                        edit::set_field(wb, self.pack, prompt, self.sub, value);
                        true
                    }
                }
            }
            (PromptKind::Choice { options }, _) => {
                let opts = derive::options(wb, options);
                let id_ = super::parse::choice(line, &opts)?;
                wb.answers.insert(id.to_string(), Answer::Choice(id_));
                true
            }
            (PromptKind::MultiChoice { options, min, max }, _) => {
                let opts = derive::options(wb, options);
                let ids = super::parse::choices(line, &opts, *max)?;
                if let Some(min) = min.filter(|m| ids.len() < *m as usize) {
                    out.push(format!(
                        "Note: this question asks for at least {min} choices; you chose {}.",
                        ids.len()
                    ));
                }
                wb.answers.insert(id.to_string(), Answer::Choices(ids));
                true
            }
            (PromptKind::Scale(Scale::Numeric(s)), _) => {
                let n = super::parse::number(line, s)?;
                wb.answers.insert(id.to_string(), Answer::Number(n));
                true
            }
            (PromptKind::Scale(Scale::Levels(levels)), _) => {
                let level = super::parse::choice(line, levels)?;
                wb.answers.insert(id.to_string(), Answer::Choice(level));
                true
            }
            (PromptKind::Quadrant { x, y, .. }, Sub::Cell { row, .. }) => {
                let (xv, yv) = super::parse::pair(line, &x.scale, &y.scale)?;
                if let Some(r) = self.rows(wb, prompt).get(row) {
                    edit::set_pair(wb, self.pack, prompt, &r.key, xv, yv);
                    out.push(format!(
                        "{}: {}",
                        r.label,
                        ask::quadrant_words(prompt, wb, &r.key)
                    ));
                }
                true
            }
            _ => false,
        };
        if changed
            && matches!(
                prompt.kind,
                PromptKind::Choice { .. } | PromptKind::MultiChoice { .. } | PromptKind::Scale(_)
            )
        {
            out.extend(
                ask::current(prompt, wb, &[])
                    .into_iter()
                    .map(|l| l.replacen("Current answer:", "Answer saved:", 1)),
            );
        }
        self.advance(wb, out);
        Ok(changed)
    }

    /// Moves to the next part of this prompt, or to the next prompt, and asks it.
    fn advance(&mut self, wb: &Workbook, out: &mut Vec<String>) {
        let Some(spot) = self.spot() else {
            return;
        };
        let prompt = spot.prompt;
        let next = match (&prompt.kind, self.sub) {
            (PromptKind::List { fields, .. }, Sub::Field { item, field }) => {
                if field + 1 < fields.len() {
                    Some(Sub::Field {
                        item,
                        field: field + 1,
                    })
                } else {
                    self.item_done(wb, prompt, item, out);
                    Some(Sub::Main)
                }
            }
            (PromptKind::Grid { columns, .. }, Sub::Cell { row, col }) => {
                if col + 1 < columns.len() {
                    Some(Sub::Cell { row, col: col + 1 })
                } else {
                    (row + 1 < self.rows(wb, prompt).len()).then_some(Sub::Cell {
                        row: row + 1,
                        col: 0,
                    })
                }
            }
            (PromptKind::Quadrant { .. }, Sub::Cell { row, .. }) => {
                (row + 1 < self.rows(wb, prompt).len()).then_some(Sub::Cell {
                    row: row + 1,
                    col: 0,
                })
            }
            _ => None,
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
