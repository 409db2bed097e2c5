//! Plain mode's driver: an intent done the way a participant does it in plain mode, as
//! typed lines (`:go` to the question, then answers and `:` commands).
//!
//! Test support only. Reads the machine's replies only as a participant reads them: a
//! line that was refused is followed by an empty line to go on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::{FieldKind, Pack};
use convene::plain::{Plain, Reply};
use convene::workbook::Workbook;

use super::{CellValue, Intent, QUADRANT, parts_before};

pub struct Driver<'p> {
    pub plain: Plain<'p>,
    pack: &'p Pack,
}

impl<'p> Driver<'p> {
    pub fn new(pack: &'p Pack, wb: &Workbook) -> Driver<'p> {
        let mut plain = Plain::new(pack);
        plain.start(wb);
        Driver { plain, pack }
    }

    fn line(&mut self, wb: &mut Workbook, line: &str) -> Reply {
        self.plain.feed(wb, line)
    }

    fn go(&mut self, wb: &mut Workbook, id: &str) {
        self.line(wb, &format!(":go {id}"));
    }

    /// Answers the field or cell being asked; a long-text field ends with a full stop.
    /// A value that is refused is followed by an empty line, to go on.
    fn value(&mut self, wb: &mut Workbook, kind: &FieldKind, v: &CellValue) {
        let line = match v {
            CellValue::Text(t) => t.clone(),
            CellValue::Digit(d) => d.to_string(),
            CellValue::Picks(p) => p
                .iter()
                .map(|i| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let reply = self.line(wb, &line);
        if !reply.save {
            self.line(wb, "");
        } else if matches!(kind, FieldKind::Text) {
            self.line(wb, ".");
        }
    }

    fn field_kind(&self, list: &str, field: usize) -> FieldKind {
        self.pack.prompt(list).expect("list").kind.fields()[field]
            .kind
            .clone()
    }

    pub fn apply(&mut self, wb: &mut Workbook, intent: &Intent) {
        match intent {
            Intent::Text { prompt, text } => {
                self.go(wb, prompt);
                for (i, l) in text.split('\n').enumerate() {
                    if !self.line(wb, l).save && i == 0 {
                        return; // refused (an earlier pack's answer): said
                    }
                }
                if self
                    .pack
                    .prompt(prompt)
                    .is_some_and(|p| p.kind.is_multiline())
                {
                    self.line(wb, ".");
                }
            }
            Intent::TakePrefill { prompt } => {
                self.go(wb, prompt);
                self.line(wb, "");
            }
            Intent::Clear { prompt } => {
                self.go(wb, prompt);
                self.line(wb, ":clear");
            }
            Intent::Choice { prompt, option } => {
                self.go(wb, prompt);
                self.line(wb, &(option + 1).to_string());
            }
            Intent::Choices { prompt, want } => {
                self.go(wb, prompt);
                let line: Vec<String> = want.iter().map(|i| (i + 1).to_string()).collect();
                self.line(wb, &line.join(" "));
            }
            Intent::Scale { prompt, digit } => {
                self.go(wb, prompt);
                self.line(wb, &digit.to_string());
            }
            Intent::Rank { prompt, order } => {
                self.go(wb, prompt);
                let line: Vec<String> = order.iter().map(|i| (i + 1).to_string()).collect();
                self.line(wb, &line.join(" "));
            }
            Intent::AddItem { list, name, fields } => {
                self.go(wb, list);
                if !self.line(wb, name).save {
                    return; // refused (full, or an earlier pack's answer): said
                }
                for (i, v) in fields.iter().enumerate() {
                    match v {
                        Some(v) => {
                            let kind = self.field_kind(list, i);
                            self.value(wb, &kind, v);
                        }
                        None => {
                            self.line(wb, "");
                        }
                    }
                }
            }
            Intent::Remove { list, index, undo } => {
                self.go(wb, list);
                self.line(wb, &format!(":remove {}", index + 1));
                if *undo {
                    self.line(wb, ":undo");
                }
            }
            Intent::Move { list, from, to } => {
                self.go(wb, list);
                self.line(wb, &format!(":move {} {}", from + 1, to + 1));
            }
            Intent::Rename { list, index, name } => {
                self.go(wb, list);
                self.line(wb, &format!(":edit {}", index + 1));
                self.line(wb, name);
            }
            Intent::SetField {
                list,
                index,
                field,
                value,
            } => {
                self.go(wb, list);
                self.line(wb, &format!(":edit {}", index + 1));
                self.line(wb, ""); // keeps the name
                for _ in 0..*field {
                    self.line(wb, "");
                }
                let kind = self.field_kind(list, *field);
                self.value(wb, &kind, value);
            }
            Intent::SetCell {
                grid,
                row,
                col,
                value,
            } => {
                self.go(wb, grid);
                let p = self.pack.prompt(grid).expect("grid");
                let columns = p.kind.columns();
                for _ in 0..parts_before(self.pack, wb, p, *row, columns.len()) + col {
                    self.line(wb, "");
                }
                let kind = columns[*col].kind.clone();
                self.value(wb, &kind, value);
            }
            Intent::SetPair { row, x, y } => {
                self.go(wb, QUADRANT);
                for _ in 0..*row {
                    self.line(wb, "");
                }
                self.line(wb, &format!("{x} {y}"));
            }
            Intent::Skip { grid, row } => {
                self.go(wb, grid);
                let p = self.pack.prompt(grid).expect("grid");
                // A quadrant's row is asked as one line.
                let per_row = if p.kind.axes().is_some() {
                    1
                } else {
                    p.kind.columns().len()
                };
                for _ in 0..parts_before(self.pack, wb, p, *row, per_row) {
                    self.line(wb, "");
                }
                self.line(wb, ":not-relevant");
            }
            Intent::Seed { list } => {
                self.go(wb, list);
                self.line(wb, "");
            }
        }
    }
}
