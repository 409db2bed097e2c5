//! The `:` commands of plain mode: moving around, the outline, the path, the map, help,
//! clearing and quitting.
//!
//! Pure: changes the state and (for `:clear`) the in-memory workbook; never saves or writes.

use crate::workbook::Workbook;

use super::super::nav;
use super::{Plain, Reply};
use crate::words::plain::Say;

impl Plain<'_> {
    pub(super) fn command(&mut self, wb: &mut Workbook, command: &str, reply: &mut Reply) {
        let (word, arg) = command
            .trim()
            .split_once(' ')
            .unwrap_or((command.trim(), ""));
        let out = &mut reply.lines;
        match word {
            "next" | "n" => self.go(wb, (self.at + 1).min(self.spots.len()), out),
            "back" | "b" => self.go(wb, self.at.saturating_sub(1), out),
            "skip" => {
                let here = self.spot().map(|s| s.ordinal);
                let next = self
                    .spots
                    .iter()
                    .position(|s| Some(s.ordinal) > here)
                    .unwrap_or(self.spots.len());
                self.go(wb, next, out);
            }
            "outline" | "o" => {
                out.extend(nav::outline(self.pack, wb, self.spot().as_ref()));
                self.now(wb, out);
            }
            "go" | "g" if !arg.trim().is_empty() => match nav::find(&self.spots, arg) {
                Some(at) => self.go(wb, at, out),
                None => {
                    out.push(
                        self.off_path(wb, arg)
                            .unwrap_or_else(|| Say::NoSuchTarget(arg.trim().to_string())),
                    );
                    self.now(wb, out);
                }
            },
            "go" | "g" => {
                out.push(Say::GoHow);
                self.now(wb, out);
            }
            "clear" => {
                if let Some(spot) = self.spot() {
                    reply.save = self.clear(wb, spot.prompt, out);
                    self.enter(wb, out);
                }
            }
            "undo" => self.undo(wb, reply),
            "edit" | "remove" | "move" => self.item_command(wb, word, arg, reply),
            "path" | "p" => self.path_command(wb, arg, reply),
            "map" | "m" => {
                let map = crate::map::map_of(self.pack, wb);
                out.extend(super::super::map::lines(&map));
                self.now(wb, out);
            }
            "id" => {
                if let Some(spot) = self.spot() {
                    out.push(Say::QuestionId(spot.prompt.qualified_id.clone()));
                }
                self.now(wb, out);
            }
            "help" | "h" | "?" => {
                out.push(Say::Help);
                self.now(wb, out);
            }
            "after" if arg.trim() == "yes" => {
                wb.start_after();
                reply.save = true;
                out.push(Say::AfterStarted);
                self.now(wb, out);
            }
            "after" => {
                out.push(Say::AfterAsk);
                self.now(wb, out);
            }
            "before" => {
                if let Some(spot) = self.spot() {
                    out.extend(super::super::before::all(spot.prompt, wb));
                }
                self.now(wb, out);
            }
            "not-relevant" => self.not_relevant(wb, reply),
            "quit" | "q" | "exit" => reply.quit = true,
            _ => {
                out.push(Say::UnknownCommand(word.to_string()));
                self.now(wb, out);
            }
        }
    }
}

impl Plain<'_> {
    /// `:not-relevant` on a grid's or quadrant's row: marks the row not relevant and goes
    /// on to the next row (or question), or unmarks it and asks its first cell.
    fn not_relevant(&mut self, wb: &mut Workbook, reply: &mut Reply) {
        let out = &mut reply.lines;
        // The row being asked, if a grid's or quadrant's row is.
        let asked = match (self.spot(), self.sub) {
            (Some(spot), super::Sub::Cell { row, .. }) => self
                .rows(wb, spot.prompt)
                .into_iter()
                .nth(row)
                .map(|r| (spot, row, r)),
            _ => None,
        };
        let Some((spot, row, r)) = asked else {
            out.push(Say::SkipOnlyRows);
            self.now(wb, out);
            return;
        };
        self.text = None;
        match crate::workbook::edit::toggle_skip(wb, self.pack, spot.prompt, &r.key) {
            Ok(marked) => {
                reply.save = true;
                out.push(Say::RowSkipped {
                    label: r.label.clone(),
                    marked,
                });
                if marked {
                    self.next_row(wb, row, out);
                } else {
                    self.sub = super::Sub::Cell { row, col: 0 };
                    self.now(wb, out);
                }
            }
            Err(e) => {
                out.push(Say::Refused(e));
                self.now(wb, out);
            }
        }
    }
}
