//! Changing a list's existing items in plain mode: `:edit N` asks item N's name again (an
//! empty line keeps it), then its details; `:remove N` takes it out (`:undo` puts it back);
//! `:move N M` puts it at place M.
//!
//! Pure: changes the state and the in-memory workbook; never saves or writes. Never loses
//! an item silently: a removal is said back and kept for `:undo`, and a renamed item's
//! answers in other questions (grid rows, choices) follow its new name.

use crate::content::{Prompt, Shape};
use crate::words::plain::{Say, Usage};
use crate::workbook::Workbook;
use crate::workbook::edit::{self as core, EditError, Removed};

use super::super::ask;
use super::{Plain, Reply, Sub};

/// Reads an item's number (counted from 1) among `count` items; `usage` is how to type the
/// command, for the explanation.
fn number(word: Option<&str>, count: usize, usage: Usage) -> Result<usize, Say> {
    let Some(word) = word.map(str::trim).filter(|w| !w.is_empty()) else {
        return Err(Say::ItemNumberHow { usage, count });
    };
    match word.parse::<usize>() {
        Ok(n) if (1..=count).contains(&n) => Ok(n - 1),
        Ok(n) => Err(Say::NoItem { n, count }),
        Err(_) => Err(Say::NotAnItemNumber {
            word: word.to_string(),
            usage,
            count,
        }),
    }
}

impl<'p> Plain<'p> {
    /// The current prompt when it is a list, or the one-line reason a list command cannot
    /// be used here.
    fn list_here(&self, wb: &Workbook, word: &str) -> Result<&'p Prompt, Say> {
        let Some(prompt) = self.spot().map(|s| s.prompt) else {
            return Err(Say::NoQuestionHere(word.to_string()));
        };
        if prompt.kind.shape() != Shape::List {
            return Err(Say::NotAList(word.to_string()));
        }
        if let Some(old) = core::wrong_shape(wb, prompt) {
            return Err(Say::Refused(EditError::WrongShape {
                stored: old.shape(),
                wanted: Shape::List,
            }));
        }
        if wb.list_items(&prompt.qualified_id).is_empty() {
            return Err(Say::NoItems);
        }
        Ok(prompt)
    }

    /// `:edit`, `:remove` and `:move`. Bad input is explained in one line and the
    /// question asked again.
    pub(super) fn item_command(
        &mut self,
        wb: &mut Workbook,
        word: &str,
        arg: &str,
        reply: &mut Reply,
    ) {
        let out = &mut reply.lines;
        let result = self.list_here(wb, word).and_then(|prompt| {
            let id = prompt.qualified_id.as_str();
            let count = wb.list_items(id).len();
            let mut args = arg.split_whitespace();
            match word {
                "edit" => {
                    let n = number(args.next(), count, Usage::Edit)?;
                    self.sub = Sub::Name { item: n };
                    Ok(false)
                }
                "remove" => {
                    let n = number(args.next(), count, Usage::Remove)?;
                    let removal = core::remove_item(wb, prompt, n).map_err(Say::Refused)?;
                    if let Removed::Items(items) = &removal.removed {
                        for (at, item) in items {
                            out.push(Say::Removed(ask::item_said(prompt, *at, item, wb)));
                        }
                    }
                    self.removed.push(removal);
                    Ok(true)
                }
                "move" => {
                    let usage = Usage::Move;
                    let from = number(args.next(), count, usage)?;
                    let to = number(Some(args.next().unwrap_or_default()), count, usage)?;
                    let name = wb.list_items(id).get(from).map(|i| i.text.clone());
                    core::move_item(wb, prompt, from, to).map_err(Say::Refused)?;
                    let name = name.unwrap_or_default();
                    out.push(if from == to {
                        Say::AlreadyAt { name, n: to + 1 }
                    } else {
                        Say::Moved {
                            name,
                            from: from + 1,
                            to: to + 1,
                        }
                    });
                    Ok(from != to)
                }
                _ => Ok(false),
            }
        });
        match result {
            Ok(changed) => {
                reply.save = changed;
                if self.sub == Sub::Main
                    && let Some(spot) = self.spot()
                {
                    out.extend(ask::current(spot.prompt, wb, &[]));
                }
            }
            Err(why) => out.push(why),
        }
        self.now(wb, out);
    }

    /// `:clear`: removes this question's answer, whatever its shape, kept for `:undo`.
    /// True when there was one.
    pub(super) fn clear(&mut self, wb: &mut Workbook, prompt: &Prompt, out: &mut Vec<Say>) -> bool {
        let Some(removal) = core::clear(wb, prompt) else {
            out.push(Say::Cleared(0));
            return false;
        };
        out.push(match &removal.removed {
            Removed::Items(items) => Say::Cleared(items.len()),
            Removed::Answer(a) => Say::ClearedAnswer {
                old: a.shape() != prompt.kind.shape(),
            },
        });
        self.removed.push(removal);
        true
    }

    /// `:undo`: puts back what was last taken from this question: an item (`:remove`), or
    /// all that `:clear` took, where it was.
    pub(super) fn undo(&mut self, wb: &mut Workbook, reply: &mut Reply) {
        let out = &mut reply.lines;
        let Some(prompt) = self.spot().map(|s| s.prompt) else {
            out.push(Say::NoQuestionToUndo);
            self.now(wb, out);
            return;
        };
        let id = prompt.qualified_id.as_str();
        let is_list = prompt.kind.shape() == Shape::List;
        let Some(at) = self.removed.iter().rposition(|r| r.prompt == id) else {
            out.push(Say::NothingToUndo { list: is_list });
            self.now(wb, out);
            return;
        };
        let removal = self.removed.remove(at);
        let back = match &removal.removed {
            Removed::Items(items) => items.len(),
            Removed::Answer(_) => 1,
        };
        match core::restore(wb, prompt, removal.clone()) {
            Ok(placed) => {
                reply.save = true;
                for (index, item) in &placed {
                    out.push(Say::PutBack(ask::item_said(prompt, *index, item, wb)));
                }
                if placed.is_empty() {
                    out.push(Say::PutBackAnswer);
                }
                if self.sub == Sub::Main {
                    out.extend(ask::current(prompt, wb, &self.rows(wb, prompt)));
                }
            }
            Err(err) => {
                self.removed.insert(at, removal);
                out.push(match err {
                    EditError::ListFull(max) => Say::UndoFull { max, back },
                    err => Say::Refused(err),
                });
            }
        }
        self.now(wb, out);
    }

    /// A line typed for an item's name after `:edit`: an empty line keeps it; a new name
    /// renames the item, and its answers in other questions follow. Then its details.
    pub(super) fn answer_name(
        &mut self,
        wb: &mut Workbook,
        prompt: &Prompt,
        item: usize,
        line: &str,
        out: &mut Vec<Say>,
    ) -> Result<bool, Say> {
        let id = prompt.qualified_id.as_str();
        let Some(old) = wb.list_items(id).get(item).map(|i| i.text.clone()) else {
            self.sub = Sub::Main;
            self.now(wb, out);
            return Ok(false);
        };
        let new = line.trim();
        let keep = new.is_empty() || new == "." || new == old;
        if !keep {
            let followed = match core::rename_item(wb, self.pack, prompt, item, new) {
                Ok(followed) => followed,
                Err(EditError::NameTaken) => {
                    return Err(Say::NameTaken {
                        new: new.to_string(),
                        old,
                    });
                }
                Err(err) => return Err(Say::Refused(err)),
            };
            out.push(Say::Renamed {
                old: old.clone(),
                new: new.to_string(),
            });
            if !followed {
                out.push(Say::RenameStayed(old));
            }
        }
        if !prompt.kind.fields().is_empty() {
            self.sub = Sub::Field { item, field: 0 };
        } else {
            self.item_done(wb, prompt, item, out);
        }
        self.now(wb, out);
        Ok(!keep)
    }

    /// Says an item back once its name and details are asked, and returns to the list.
    pub(super) fn item_done(
        &mut self,
        wb: &Workbook,
        prompt: &Prompt,
        item: usize,
        out: &mut Vec<Say>,
    ) {
        if let Some(it) = wb.list_items(&prompt.qualified_id).get(item) {
            out.push(Say::SavedItem(ask::item_said(prompt, item, it, wb)));
        }
        self.sub = Sub::Main;
    }
}
