//! The `:` commands of plain mode: moving around, the outline, the path, the map, help,
//! clearing and quitting.
//!
//! Pure: changes the state and (for `:clear`) the in-memory workbook; never saves or writes.

use crate::workbook::Workbook;

use super::super::nav;
use super::{Plain, Reply};
use crate::words::plain::HELP;

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
                    out.push(self.off_path(wb, arg).unwrap_or_else(|| format!(
                        "There is no exercise numbered or called \"{}\", nor a theme or question with that id. Type :outline to see them.",
                        arg.trim()
                    )));
                    self.now(wb, out);
                }
            },
            "go" | "g" => {
                out.push("Type :go and an exercise number from the outline, or an id.".to_string());
                self.now(wb, out);
            }
            "clear" => {
                if let Some(spot) = self.spot() {
                    let kept = self.keep_for_undo(wb, spot.prompt);
                    reply.save = wb.answers.remove(&spot.prompt.qualified_id).is_some();
                    out.push(match kept {
                        0 => "Cleared this question's answer.".to_string(),
                        1 => "Cleared this list's item. Type :undo to put it back.".to_string(),
                        n => format!("Cleared this list's {n} items. Type :undo to put them back."),
                    });
                    self.enter(wb, out);
                }
            }
            "edit" | "remove" | "move" | "undo" => self.item_command(wb, word, arg, reply),
            "path" | "p" => self.path_command(wb, arg, reply),
            "map" | "m" => {
                let map = crate::map::map_of(self.pack, wb);
                out.extend(super::super::map::lines(&map));
                self.now(wb, out);
            }
            "help" | "h" | "?" => {
                out.extend(HELP.iter().map(|l| (*l).to_string()));
                self.now(wb, out);
            }
            "quit" | "q" | "exit" => reply.quit = true,
            _ => {
                out.push(format!(
                    "Unknown command :{word}. Type :help for the commands."
                ));
                self.now(wb, out);
            }
        }
    }
}
