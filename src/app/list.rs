//! List answers: adding items with Enter, removing with Ctrl-D (undoable), reordering with
//! Alt-Up/Alt-Down; everything else goes to the cell editor.
//!
//! Never loses an item silently: removal is undoable and announced; only items with no
//! name and no fields are tidied away when focus leaves the list, and never written.

use std::borrow::Cow;

use super::{EditKey, Effect, State, edit, nav};
use crate::content::{Prompt, Shape};
use crate::words::participant::Notice;
use crate::workbook::edit::{self as core, Removed};
use crate::workbook::{Answer, Item, Value, Workbook};

/// A key on a list prompt.
pub(super) fn key(state: &mut State, prompt: &Prompt, key: EditKey) -> Vec<Effect> {
    let id = prompt.qualified_id.clone();
    let per = prompt.kind.fields().len() + 1;
    let group = state.cell / per;
    let slot = state.cell % per;
    let len = state.workbook.list_items(&id).len();
    if key != EditKey::Undo {
        state.undo_removal = false;
    }
    match key {
        // Enter on a choice whose option letters found: choose it (`find.rs`).
        EditKey::Enter if super::find::active(state, true).is_some() => {
            return edit::cell_key(state, key);
        }
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
            if group + 1 < len {
                // The last detail of an item before the end: on to the next item's name
                // (a new item only at the end of the list).
                edit::move_cell(state, (group + 1) * per);
                return Vec::new();
            }
            match core::add_item(&mut state.workbook, prompt, group + 1, Item::default()) {
                Ok(at) => {
                    state.cell = at * per;
                    state.option = 0;
                    state.mark_dirty();
                    state.sync_editor();
                }
                Err(err) => state.message = Some(Notice::Refused(err)),
            }
        }
        EditKey::RemoveItem if group < len => {
            if let Ok(removal) = core::remove_item(&mut state.workbook, prompt, group) {
                if let Removed::Items(items) = &removal.removed
                    && let Some((_, item)) = items.first()
                {
                    state.message = Some(Notice::Removed(item.text.clone()));
                }
                state.removed.push(removal);
                state.undo_removal = true;
                let left = len - 1;
                state.cell = group.min(left.saturating_sub(1)) * per;
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
                && core::move_item(&mut state.workbook, prompt, group, to).is_ok()
            {
                state.cell = to * per + slot;
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::UseEarlier if len == 0 => {
            if let Ok(true) = core::seed(&mut state.workbook, &state.pack, prompt) {
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

impl State {
    /// The workbook to write when saving: the answers without blank list items, and with
    /// the answers of an item whose name is being typed already under its new name. Its
    /// place is the focused question's (`note_place`), where reopening resumes.
    pub fn to_save(&self) -> Cow<'_, Workbook> {
        let saveable = saveable(&self.workbook);
        match (&self.pending_name, &self.item_key) {
            (Some((list, new)), Some(old)) if !new.trim().is_empty() => {
                let mut wb = saveable.into_owned();
                core::follow_rename(&mut wb, &self.pack, list, old, new);
                Cow::Owned(wb)
            }
            _ => saveable,
        }
    }
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
    if prompt.kind.shape() != Shape::List {
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
/// from elsewhere), as far as the list's `max` allows. True when the paste was taken here.
pub(super) fn paste_lines(state: &mut State, text: &str) -> bool {
    let Some(prompt) = state.focused_prompt().cloned() else {
        return false;
    };
    if prompt.kind.shape() != Shape::List || core::wrong_shape(&state.workbook, &prompt).is_some() {
        return false;
    }
    let names: Vec<String> = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_control()).collect::<String>())
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let per = prompt.kind.fields().len() + 1;
    if names.len() < 2 || !state.cell.is_multiple_of(per) {
        return false;
    }
    let wb = &mut state.workbook;
    let mut at = state.cell / per;
    let mut added = 0;
    for (i, name) in names.into_iter().enumerate() {
        let empty_here = wb
            .list_items(&prompt.qualified_id)
            .get(at)
            .is_none_or(|it| it.text.trim().is_empty());
        let placed = if i == 0 && empty_here {
            core::set_item_name(wb, &prompt, at, &name).map(|()| at)
        } else {
            let item = Item {
                text: name,
                fields: Default::default(),
            };
            core::add_item(wb, &prompt, at + 1, item)
        };
        match placed {
            Ok(placed) => at = placed,
            Err(_) => break,
        }
        added += 1;
    }
    state.cell = at * per;
    state.message = Some(Notice::AddedItems(added));
    state.mark_dirty();
    state.sync_editor();
    true
}
