//! List edits: adding, naming, renaming, removing, moving and putting back items, setting an
//! item's field, and starting a list from the earlier list it is seeded from.
//!
//! Pure edits of the workbook. Never goes over a list's `max`, never gives two items the
//! same name on a rename, and never replaces an answer of another shape.

use std::mem::discriminant;

use super::{EditError, Removal, Removed, editable, fit, follow_rename};
use crate::content::{Field, Pack, Prompt, Shape};
use crate::workbook::{Answer, Item, Value, Workbook};

/// The list's items, created empty if missing (an empty answer of another shape holds
/// nothing and becomes the list).
fn items_mut<'a>(wb: &'a mut Workbook, prompt: &Prompt) -> Result<&'a mut Vec<Item>, EditError> {
    editable(wb, prompt, Shape::List)?;
    let answer = wb
        .answers
        .entry(prompt.qualified_id.clone())
        .or_insert_with(|| Answer::List(Vec::new()));
    if !matches!(answer, Answer::List(_)) {
        *answer = Answer::List(Vec::new());
    }
    match answer {
        Answer::List(items) => Ok(items),
        _ => Err(EditError::WrongKind),
    }
}

fn room(prompt: &Prompt, len: usize, more: usize) -> Result<(), EditError> {
    match prompt.kind.limits().1 {
        Some(max) if len + more > max as usize => Err(EditError::ListFull(max)),
        _ => Ok(()),
    }
}

/// Drops the answer when its last item went.
fn settle_empty(wb: &mut Workbook, prompt: &Prompt) {
    if wb.list_items(&prompt.qualified_id).is_empty() {
        wb.answers.remove(&prompt.qualified_id);
    }
}

/// Inserts `item` at `at` (or at the end); returns where it went.
pub fn add_item(
    wb: &mut Workbook,
    prompt: &Prompt,
    at: usize,
    item: Item,
) -> Result<usize, EditError> {
    editable(wb, prompt, Shape::List)?;
    let len = wb.list_items(&prompt.qualified_id).len();
    room(prompt, len, 1)?;
    let items = items_mut(wb, prompt)?;
    let at = at.min(items.len());
    items.insert(at, item);
    Ok(at)
}

/// The item at `index`, or a new one when `index` is just past the end.
fn item_at<'a>(
    wb: &'a mut Workbook,
    prompt: &Prompt,
    index: usize,
) -> Result<&'a mut Item, EditError> {
    editable(wb, prompt, Shape::List)?;
    let len = wb.list_items(&prompt.qualified_id).len();
    if index > len {
        return Err(EditError::NotThere);
    }
    if index == len {
        room(prompt, len, 1)?;
    }
    let items = items_mut(wb, prompt)?;
    if index == items.len() {
        items.push(Item::default());
    }
    items.get_mut(index).ok_or(EditError::NotThere)
}

/// Sets an item's name as typed (a new item just past the end), without moving answers
/// keyed by the old name: the TUI names an item key by key and follows with
/// `follow_rename`; `rename_item` does both at once.
pub fn set_item_name(
    wb: &mut Workbook,
    prompt: &Prompt,
    index: usize,
    name: &str,
) -> Result<(), EditError> {
    if name.contains('\n') {
        return Err(EditError::DoesNotFit);
    }
    item_at(wb, prompt, index)?.text = name.to_string();
    Ok(())
}

/// Renames item `index` to `new` (trimmed) and moves its answers in other questions (grid
/// rows, choices) along. Refuses a name another item has. Returns false when some answers
/// stayed under the old name because of a clash (see `follow_rename`).
pub fn rename_item(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    index: usize,
    new: &str,
) -> Result<bool, EditError> {
    let new = new.trim();
    editable(wb, prompt, Shape::List)?;
    let items = wb.list_items(&prompt.qualified_id);
    let old = items.get(index).ok_or(EditError::NotThere)?.text.clone();
    if new.is_empty() || new.contains('\n') {
        return Err(EditError::DoesNotFit);
    }
    if new == old {
        return Ok(true);
    }
    if items
        .iter()
        .enumerate()
        .any(|(i, it)| i != index && it.text.trim() == new)
    {
        return Err(EditError::NameTaken);
    }
    set_item_name(wb, prompt, index, new)?;
    Ok(follow_rename(wb, pack, &prompt.qualified_id, &old, new))
}

/// Sets (or with `None`, clears) a field of item `index` (a new item just past the end).
pub fn set_item_field(
    wb: &mut Workbook,
    prompt: &Prompt,
    index: usize,
    field: &str,
    value: Option<Value>,
) -> Result<(), EditError> {
    let spec = prompt.kind.fields().iter().find(|f| f.id == field);
    let spec = spec.ok_or(EditError::NotThere)?;
    let stored = wb
        .list_items(&prompt.qualified_id)
        .get(index)
        .and_then(|i| i.fields.get(field));
    let value = match value {
        Some(v) => Some(fit::settle(wb, &spec.kind, stored, v)?),
        None => None,
    };
    let item = item_at(wb, prompt, index)?;
    match value {
        Some(v) => item.fields.insert(field.to_string(), v),
        None => item.fields.remove(field),
    };
    Ok(())
}

/// Takes item `index` out of the list (the answer goes when it was the last) and hands it
/// back with its place, for undo.
pub fn remove_item(wb: &mut Workbook, prompt: &Prompt, index: usize) -> Result<Removal, EditError> {
    editable(wb, prompt, Shape::List)?;
    if index >= wb.list_items(&prompt.qualified_id).len() {
        return Err(EditError::NotThere);
    }
    let item = items_mut(wb, prompt)?.remove(index);
    settle_empty(wb, prompt);
    Ok(Removal {
        prompt: prompt.qualified_id.clone(),
        removed: Removed::Items(vec![(index, item)]),
    })
}

/// Moves item `from` to place `to` (both counted from 0).
pub fn move_item(
    wb: &mut Workbook,
    prompt: &Prompt,
    from: usize,
    to: usize,
) -> Result<(), EditError> {
    editable(wb, prompt, Shape::List)?;
    let len = wb.list_items(&prompt.qualified_id).len();
    if from >= len || to >= len {
        return Err(EditError::NotThere);
    }
    let items = items_mut(wb, prompt)?;
    let item = items.remove(from);
    items.insert(to, item);
    Ok(())
}

/// Puts removed items back at their places (or at the end), within the list's `max`.
pub(super) fn put_back(
    wb: &mut Workbook,
    prompt: &Prompt,
    back: Vec<(usize, Item)>,
) -> Result<Vec<(usize, Item)>, EditError> {
    editable(wb, prompt, Shape::List)?;
    let len = wb.list_items(&prompt.qualified_id).len();
    room(prompt, len, back.len())?;
    let items = items_mut(wb, prompt)?;
    let mut placed = Vec::with_capacity(back.len());
    for (index, item) in back {
        let at = index.min(items.len());
        items.insert(at, item.clone());
        placed.push((at, item));
    }
    settle_empty(wb, prompt);
    Ok(placed)
}

/// The items an empty list starts from: each named item of the list it is seeded from (up
/// to its `max`), with the fields the two lists share: same id and kind, and a value the
/// target can hold (a choice still offered, a rating on its scale).
pub fn seed_items(wb: &Workbook, pack: &Pack, prompt: &Prompt) -> Vec<Item> {
    let Some(source) = prompt.kind.seed_from() else {
        return Vec::new();
    };
    let source_fields: &[Field] = pack.prompt(source).map_or(&[], |p| p.kind.fields());
    let shared: Vec<&Field> = prompt
        .kind
        .fields()
        .iter()
        .filter(|f| {
            source_fields
                .iter()
                .any(|s| s.id == f.id && discriminant(&s.kind) == discriminant(&f.kind))
        })
        .collect();
    let max = prompt.kind.limits().1;
    wb.list_items(source)
        .iter()
        .filter(|i| !i.text.trim().is_empty())
        .map(|i| Item {
            text: i.text.clone(),
            fields: shared
                .iter()
                .filter_map(|f| {
                    let v = fit::fitted(wb, &f.kind, i.fields.get(&f.id)?)?;
                    Some((f.id.clone(), v))
                })
                .collect(),
        })
        .take(max.map_or(usize::MAX, |m| m as usize))
        .collect()
}

/// Starts an empty list from its seed; true when items were added.
pub fn seed(wb: &mut Workbook, pack: &Pack, prompt: &Prompt) -> Result<bool, EditError> {
    editable(wb, prompt, Shape::List)?;
    if !wb.list_items(&prompt.qualified_id).is_empty() {
        return Ok(false);
    }
    let items = seed_items(wb, pack, prompt);
    if items.is_empty() {
        return Ok(false);
    }
    *items_mut(wb, prompt)? = items;
    Ok(true)
}
