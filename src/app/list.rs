//! List answers: adding items with Enter, removing with Ctrl-D (undoable), reordering with
//! Alt-Up/Alt-Down; everything else goes to the cell editor.
//!
//! Never loses an item silently: removal is undoable and announced; only items with no
//! name and no fields are tidied away when focus leaves the list, and never written.

use super::{EditKey, Effect, Removed, State, edit, nav};
use crate::content::{Prompt, PromptKind};
use std::borrow::Cow;

use crate::workbook::{Answer, Item, Value, Workbook};

/// A key on a list prompt.
pub(super) fn key(state: &mut State, prompt: &Prompt, key: EditKey) -> Vec<Effect> {
    let PromptKind::List {
        fields,
        max,
        seed_from,
        ..
    } = &prompt.kind
    else {
        return Vec::new();
    };
    let id = prompt.qualified_id.clone();
    let per = fields.len() + 1;
    let group = state.cell / per;
    let slot = state.cell % per;
    let len = state.workbook.list_items(&id).len();
    if key != EditKey::Undo {
        state.undo_removal = false;
    }
    match key {
        EditKey::Enter => {
            let blank = state
                .workbook
                .list_items(&id)
                .get(group)
                .is_none_or(is_blank);
            if blank && group + 1 >= len {
                // An empty last item: Enter means "done with this list".
                return nav::move_prompt(state, true);
            }
            if slot + 1 < per {
                edit::move_cell(state, state.cell + 1);
                return Vec::new();
            }
            if max.is_some_and(|m| len >= m as usize) {
                state.message = Some(crate::words::participant::at_most_items(max.unwrap_or(0)));
                return Vec::new();
            }
            if let Some(items) = super::cells::list_mut(&mut state.workbook, &id) {
                let at = (group + 1).min(items.len());
                items.insert(at, Item::default());
                state.cell = at * per;
                state.option = 0;
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::RemoveItem if group < len => {
            if let Some(items) = super::cells::list_mut(&mut state.workbook, &id) {
                let item = items.remove(group);
                if items.is_empty() {
                    state.workbook.answers.remove(&id);
                }
                state.message = Some(crate::words::participant::removed(&item.text));
                state.removed.push(Removed {
                    prompt: id,
                    index: group,
                    item,
                });
                state.undo_removal = true;
                let left = len - 1;
                state.cell = group.min(left.saturating_sub(1)) * per;
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::Undo
            if state.undo_removal && state.removed.last().is_some_and(|r| r.prompt == id) =>
        {
            if let Some(r) = state.removed.pop()
                && let Some(items) = super::cells::list_mut(&mut state.workbook, &id)
            {
                let at = r.index.min(items.len());
                items.insert(at, r.item);
                state.cell = at * per;
                state.undo_removal = state.removed.last().is_some_and(|r| r.prompt == id);
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::MoveItemUp | EditKey::MoveItemDown if group < len => {
            let to = if key == EditKey::MoveItemUp {
                group.checked_sub(1)
            } else {
                (group + 1 < len).then_some(group + 1)
            };
            if let Some(to) = to
                && let Some(items) = super::cells::list_mut(&mut state.workbook, &id)
            {
                items.swap(group, to);
                state.cell = to * per + slot;
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::UseEarlier if len == 0 => {
            let seeds: Vec<Item> = seed_from
                .as_deref()
                .map(|src| super::seed::items(&state.workbook, &state.pack, src, fields, *max))
                .unwrap_or_default();
            if !seeds.is_empty() {
                state.workbook.answers.insert(id, Answer::List(seeds));
                state.cell = 0;
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::RemoveItem | EditKey::MoveItemUp | EditKey::MoveItemDown | EditKey::UseEarlier => {
        }
        _ => return edit::cell_key(state, key),
    }
    Vec::new()
}

fn is_blank(item: &Item) -> bool {
    item.text.trim().is_empty() && item.fields.values().all(Value::is_empty)
}

/// The workbook as it is written to its file: without blank list items (the empty item
/// the participant has just added with Enter stays in memory, to type into).
pub(super) fn saveable(workbook: &Workbook) -> Cow<'_, Workbook> {
    let has_blank = workbook
        .answers
        .values()
        .any(|a| matches!(a, Answer::List(items) if items.iter().any(is_blank)));
    if !has_blank {
        return Cow::Borrowed(workbook);
    }
    let mut copy = workbook.clone();
    copy.answers.retain(|_, answer| {
        if let Answer::List(items) = answer {
            items.retain(|i| !is_blank(i));
            !items.is_empty()
        } else {
            true
        }
    });
    Cow::Owned(copy)
}

/// Drops blank items from the focused list (called when focus leaves it).
pub(super) fn tidy(state: &mut State) {
    let Some(prompt) = state.focused_prompt() else {
        return;
    };
    if !matches!(prompt.kind, PromptKind::List { .. }) {
        return;
    }
    let id = prompt.qualified_id.clone();
    if let Some(Answer::List(items)) = state.workbook.answers.get_mut(&id) {
        let before = items.len();
        items.retain(|i| !is_blank(i));
        let changed = items.len() != before;
        if items.is_empty() {
            state.workbook.answers.remove(&id);
        }
        if changed {
            state.mark_dirty();
        }
    }
}

/// Several lines pasted on an item's name become several items (a list of names copied
/// from elsewhere). True when the paste was taken here.
pub(super) fn paste_lines(state: &mut State, text: &str) -> bool {
    let Some(prompt) = state.focused_prompt().cloned() else {
        return false;
    };
    let PromptKind::List { fields, max, .. } = &prompt.kind else {
        return false;
    };
    let names: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_control()).collect::<String>())
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let per = fields.len() + 1;
    if names.len() < 2 || !state.cell.is_multiple_of(per) {
        return false;
    }
    let id = prompt.qualified_id.clone();
    let group = state.cell / per;
    let Some(items) = super::cells::list_mut(&mut state.workbook, &id) else {
        return false;
    };
    let mut at = group;
    let mut added = 0;
    for (i, name) in names.into_iter().enumerate() {
        let empty_here = items.get(at).is_none_or(|it| it.text.trim().is_empty());
        if i == 0 && empty_here {
            match items.get_mut(at) {
                Some(it) => it.text = name,
                None => items.push(Item {
                    text: name,
                    fields: Default::default(),
                }),
            }
        } else {
            if max.is_some_and(|m| items.len() >= m as usize) {
                break;
            }
            at = (at + 1).min(items.len());
            items.insert(
                at,
                Item {
                    text: name,
                    fields: Default::default(),
                },
            );
        }
        added += 1;
    }
    state.cell = at * per;
    state.message = Some(crate::words::participant::added_items(added));
    state.mark_dirty();
    state.sync_editor();
    true
}
