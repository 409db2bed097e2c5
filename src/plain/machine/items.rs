//! Changing a list's existing items in plain mode: `:edit N` asks item N's name again (an
//! empty line keeps it), then its details; `:remove N` takes it out (`:undo` puts it back);
//! `:move N M` puts it at place M.
//!
//! Pure: changes the state and the in-memory workbook; never saves or writes. Never loses
//! an item silently: a removal is said back and kept for `:undo`, and a renamed item's
//! answers in other questions (grid rows, choices) follow its new name.

use crate::content::{Prompt, PromptKind};
use crate::workbook::rename::rename_item;
use crate::workbook::{Answer, Item, Workbook};

use super::super::ask;
use super::{Plain, Reply, Sub};
use crate::words::plain::{Say, Usage};

/// Items taken out of a list at once (one by `:remove`, all by `:clear`), with where each
/// was, so `:undo` can put them back.
#[derive(Debug, Clone)]
pub(super) struct Removed {
    prompt: String,
    items: Vec<(usize, Item)>,
}

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

fn list_mut<'a>(wb: &'a mut Workbook, id: &str) -> Option<&'a mut Vec<Item>> {
    match wb.answers.get_mut(id) {
        Some(Answer::List(items)) => Some(items),
        _ => None,
    }
}

impl<'p> Plain<'p> {
    /// The current prompt when it is a list, or the one-line reason a list command cannot
    /// be used here.
    fn list_here(&self, wb: &Workbook, word: &str) -> Result<&'p Prompt, Say> {
        let Some(prompt) = self.spot().map(|s| s.prompt) else {
            return Err(Say::NoQuestionHere(word.to_string()));
        };
        if !matches!(prompt.kind, PromptKind::List { .. }) {
            return Err(Say::NotAList(word.to_string()));
        }
        if word != "undo" && wb.list_items(&prompt.qualified_id).is_empty() {
            return Err(Say::NoItems);
        }
        Ok(prompt)
    }

    /// `:edit`, `:remove`, `:move` and `:undo`. Bad input is explained in one line and the
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
                    let items = list_mut(wb, id).ok_or(Say::NoItems)?;
                    let item = items.remove(n);
                    if items.is_empty() {
                        wb.answers.remove(id);
                    }
                    out.push(Say::Removed(ask::item_said(prompt, n, &item, wb)));
                    self.removed.push(Removed {
                        prompt: id.to_string(),
                        items: vec![(n, item)],
                    });
                    Ok(true)
                }
                "move" => {
                    let usage = Usage::Move;
                    let from = number(args.next(), count, usage)?;
                    let to = number(Some(args.next().unwrap_or_default()), count, usage)?;
                    let items = list_mut(wb, id).ok_or(Say::NoItems)?;
                    let item = items.remove(from);
                    let name = item.text.clone();
                    items.insert(to, item);
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
                _ => self.undo(wb, prompt, out),
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

    /// Keeps a list's items before `:clear` empties it, so `:undo` can put them back;
    /// returns how many there were.
    pub(super) fn keep_for_undo(&mut self, wb: &Workbook, prompt: &Prompt) -> usize {
        let items = wb.list_items(&prompt.qualified_id);
        if matches!(prompt.kind, PromptKind::List { .. }) && !items.is_empty() {
            self.removed.push(Removed {
                prompt: prompt.qualified_id.clone(),
                items: items.iter().cloned().enumerate().collect(),
            });
        }
        items.len()
    }

    /// `:undo`: puts back what was last removed from this list (an item, or all that
    /// `:clear` took), where it was.
    fn undo(
        &mut self,
        wb: &mut Workbook,
        prompt: &Prompt,
        out: &mut Vec<Say>,
    ) -> Result<bool, Say> {
        let id = prompt.qualified_id.as_str();
        let Some(at) = self.removed.iter().rposition(|r| r.prompt == id) else {
            return Err(Say::NothingToUndo);
        };
        let count = wb.list_items(id).len();
        let back = self.removed.get(at).map_or(0, |r| r.items.len());
        if let PromptKind::List { max: Some(m), .. } = &prompt.kind
            && count + back > *m as usize
        {
            return Err(Say::UndoFull { max: *m, back });
        }
        let r = self.removed.remove(at);
        if !matches!(wb.answers.get(id), Some(Answer::List(_))) {
            wb.answers.insert(id.to_string(), Answer::List(Vec::new()));
        }
        for (index, item) in r.items {
            let index = index.min(wb.list_items(id).len());
            out.push(Say::PutBack(ask::item_said(prompt, index, &item, wb)));
            if let Some(items) = list_mut(wb, id) {
                items.insert(index, item);
            }
        }
        Ok(true)
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
            let taken = wb
                .list_items(id)
                .iter()
                .enumerate()
                .any(|(i, it)| i != item && it.text.trim() == new);
            if taken {
                return Err(Say::NameTaken {
                    new: new.to_string(),
                    old,
                });
            }
            if let Some(it) = list_mut(wb, id).and_then(|items| items.get_mut(item)) {
                it.text = new.to_string();
            }
            let followed = rename_item(wb, self.pack, id, &old, new);
            out.push(Say::Renamed {
                old: old.clone(),
                new: new.to_string(),
            });
            if !followed {
                out.push(Say::RenameStayed(old));
            }
        }
        let has_fields =
            matches!(&prompt.kind, PromptKind::List { fields, .. } if !fields.is_empty());
        if has_fields {
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
