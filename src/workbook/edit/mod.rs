//! The one editing core: every change to an answer, for both front ends (the TUI's `app` and
//! plain mode). Setting text, a choice, several choices, a ranking, a scale or a cell, adding, renaming,
//! removing and moving list items, seeding a list and taking a prefilled start, clearing,
//! and putting back what was removed.
//!
//! Pure edits of the in-memory workbook: no terminal types, no files, no words. The front ends
//! keep their own interaction (keys, prompts, undo stacks) and turn an `EditError` into their
//! own sentence. Never overwrites silently: an answer stored in another shape than its
//! prompt's kind (written for an earlier version of the pack) is refused by every edit except
//! `clear`, which hands it back for undo.

mod fit;
mod grid;
mod list;
mod rename;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_list;
#[cfg(test)]
mod tests_rank;
#[cfg(test)]
mod tests_skip;

pub use fit::fits;
pub use grid::{set_cell, set_pair, toggle_skip};
pub use list::{
    add_item, move_item, remove_item, rename_item, seed, seed_items, set_item_field, set_item_name,
};
pub use rename::follow_rename;

use super::{Answer, Item, Value, Workbook, derive};
use crate::content::{Prompt, PromptId, PromptKind, Shape};

/// Why an edit was refused. The workbook is unchanged when an edit returns one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The prompt holds an answer of another shape (written for an earlier version of the
    /// pack). It is kept until it is cleared on purpose.
    WrongShape { stored: Shape, wanted: Shape },
    /// This edit does not apply to the prompt's kind.
    WrongKind,
    /// No such item, row or column.
    NotThere,
    /// The list holds at most this many items.
    ListFull(u32),
    /// At most this many choices.
    TooMany(u32),
    /// Another item of the list already has this name.
    NameTaken,
    /// The value does not fit: an option not offered, a number off the scale.
    DoesNotFit,
    /// A new answer is there: a cleared one is not put back over it.
    Occupied,
}

/// What was taken out of a prompt's answer, kept so it can be put back where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub prompt: PromptId,
    pub removed: Removed,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    /// List items, each with the place it had.
    Items(Vec<(usize, Item)>),
    /// A whole answer (any shape but a list of the prompt's own shape).
    Answer(Answer),
}

/// The stored answer when it has another shape than the prompt's kind and holds something:
/// an answer from an earlier version of the pack, shown as such and never overwritten.
pub fn wrong_shape<'a>(wb: &'a Workbook, prompt: &Prompt) -> Option<&'a Answer> {
    wb.answers
        .get(&prompt.qualified_id)
        .filter(|a| a.shape() != prompt.kind.shape() && !a.is_empty())
}

/// `Ok` when the prompt is of `wanted` shape and its stored answer (if any) may be changed.
fn editable(wb: &Workbook, prompt: &Prompt, wanted: Shape) -> Result<(), EditError> {
    if prompt.kind.shape() != wanted {
        return Err(EditError::WrongKind);
    }
    match wrong_shape(wb, prompt) {
        Some(a) => Err(EditError::WrongShape {
            stored: a.shape(),
            wanted,
        }),
        None => Ok(()),
    }
}

/// Stores (or with `None`, removes) a prompt-level answer.
fn put(wb: &mut Workbook, prompt: &Prompt, answer: Option<Answer>) {
    match answer {
        Some(a) => wb.answers.insert(prompt.qualified_id.clone(), a),
        None => wb.answers.remove(&prompt.qualified_id),
    };
}

/// Sets a line or long-text answer; empty text removes it. On the line that names the
/// initiative, a name (not an empty answer) becomes the workbook's initiative too, so the
/// title and the answer stay in step.
pub fn set_text(
    wb: &mut Workbook,
    prompt: &Prompt,
    text: impl Into<String>,
) -> Result<(), EditError> {
    editable(wb, prompt, Shape::Text)?;
    // Taken as it is when it is owned: a long answer is not copied again on every key.
    let text: String = text.into();
    if prompt.names_initiative {
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() {
            wb.meta.initiative = name;
        }
    }
    put(wb, prompt, (!text.is_empty()).then_some(Answer::Text(text)));
    Ok(())
}

/// `set_text` with the text written by `fill` into the memory the answer held (emptied
/// first): a long answer changed by a key takes no new allocation of its size.
pub fn set_text_with(
    wb: &mut Workbook,
    prompt: &Prompt,
    fill: impl FnOnce(&mut String),
) -> Result<(), EditError> {
    editable(wb, prompt, Shape::Text)?;
    let mut text = match wb.answers.get_mut(&prompt.qualified_id) {
        Some(Answer::Text(t)) => std::mem::take(t),
        _ => String::new(),
    };
    text.clear();
    fill(&mut text);
    set_text(wb, prompt, text)
}

/// Picks one option of a choice (`None` clears it). The option must be offered now.
pub fn set_choice(wb: &mut Workbook, prompt: &Prompt, id: Option<&str>) -> Result<(), EditError> {
    let options = prompt.kind.options().filter(|_| !is_multi(prompt));
    let options = options.ok_or(EditError::WrongKind)?;
    editable(wb, prompt, Shape::Choice)?;
    if let Some(id) = id
        && !derive::options(wb, options).iter().any(|o| o.id == id)
    {
        return Err(EditError::DoesNotFit);
    }
    put(wb, prompt, id.map(|id| Answer::Choice(id.to_string())));
    Ok(())
}

fn is_multi(prompt: &Prompt) -> bool {
    prompt.kind.shape() == Shape::Choices
}

/// Sets the options picked in a multiple choice, in the order of the options; none clears the
/// answer. Ids it holds that are no longer offered are kept (see `fit::merge_choices`). More
/// than the prompt's `max` is refused.
pub fn set_choices(wb: &mut Workbook, prompt: &Prompt, ids: &[String]) -> Result<(), EditError> {
    let options = prompt.kind.options().filter(|_| !is_ranking(prompt));
    let options = options.ok_or(EditError::WrongKind)?;
    editable(wb, prompt, Shape::Choices)?;
    let stored = match wb.answers.get(&prompt.qualified_id) {
        Some(Answer::Choices(c)) => c.as_slice(),
        _ => &[],
    };
    let chosen = fit::merge_choices(&fit::offered(wb, options), stored, ids)?;
    if let (_, Some(max)) = prompt.kind.limits()
        && chosen.len() > max as usize
    {
        return Err(EditError::TooMany(max));
    }
    put(
        wb,
        prompt,
        (!chosen.is_empty()).then_some(Answer::Choices(chosen)),
    );
    Ok(())
}

fn is_ranking(prompt: &Prompt) -> bool {
    matches!(prompt.kind, PromptKind::Ranking { .. })
}

/// Sets a ranking: `ids` in the participant's order, the first highest, each once (none
/// clears it; options left out are simply not ranked). Each id must be offered now or be in
/// the stored ranking; stored ids no longer offered and not given are kept at the end,
/// never dropped silently (and where they are when the order shown is given unchanged).
pub fn set_ranking(wb: &mut Workbook, prompt: &Prompt, ids: &[String]) -> Result<(), EditError> {
    let PromptKind::Ranking { options } = &prompt.kind else {
        return Err(EditError::WrongKind);
    };
    editable(wb, prompt, Shape::Choices)?;
    let stored = match wb.answers.get(&prompt.qualified_id) {
        Some(Answer::Choices(c)) => c.clone(),
        _ => Vec::new(),
    };
    let offered = fit::offered(wb, options);
    let twice = ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id));
    if twice
        || ids
            .iter()
            .any(|id| !offered.contains(id) && !stored.contains(id))
    {
        return Err(EditError::DoesNotFit);
    }
    // The order shown now, given again, changes nothing: the ids no longer offered stay
    // where they are (as on screen, where nothing is pressed to keep an order).
    let shown: Vec<&String> = stored.iter().filter(|id| offered.contains(id)).collect();
    if !stored.is_empty() && shown.len() == ids.len() && shown.iter().zip(ids).all(|(a, b)| *a == b)
    {
        return Ok(());
    }
    let mut order = ids.to_vec();
    order.extend(
        stored
            .into_iter()
            .filter(|id| !offered.contains(id) && !ids.contains(id)),
    );
    put(
        wb,
        prompt,
        (!order.is_empty()).then_some(Answer::Choices(order)),
    );
    Ok(())
}

/// Sets a rating (`None` clears it): a number within a numeric scale, or a level's id.
pub fn set_scale(
    wb: &mut Workbook,
    prompt: &Prompt,
    value: Option<Value>,
) -> Result<(), EditError> {
    let scale = prompt.kind.scale().ok_or(EditError::WrongKind)?;
    editable(wb, prompt, prompt.kind.shape())?;
    let answer = match value {
        None => None,
        Some(v) if fit::on_scale(scale, &v) => Some(to_answer(v)),
        Some(_) => return Err(EditError::DoesNotFit),
    };
    put(wb, prompt, answer);
    Ok(())
}

/// The earlier answer offered to start an unanswered line or text prompt: (its prompt id,
/// its text).
pub fn prefill<'a>(wb: &'a Workbook, prompt: &'a Prompt) -> Option<(&'a str, &'a str)> {
    let from = prompt.kind.prefill_from()?;
    let unanswered = match wb.answers.get(&prompt.qualified_id) {
        None => true,
        Some(Answer::Text(t)) => t.is_empty(),
        Some(_) => false,
    };
    match wb.answer(from) {
        Some(Answer::Text(t)) if unanswered => Some((from.as_str(), t.as_str())),
        _ => None,
    }
}

/// Takes the offered start as the answer; true when there was one.
pub fn take_prefill(wb: &mut Workbook, prompt: &Prompt) -> Result<bool, EditError> {
    let Some((_, text)) = prefill(wb, prompt) else {
        return Ok(false);
    };
    let text = text.to_string();
    set_text(wb, prompt, &text)?;
    Ok(true)
}

/// Removes a prompt's answer, whatever its shape, and hands it back for undo: a list's
/// items each with its place, anything else whole. `None` when there was nothing.
pub fn clear(wb: &mut Workbook, prompt: &Prompt) -> Option<Removal> {
    let answer = wb.answers.remove(&prompt.qualified_id)?;
    let removed = match answer {
        Answer::List(items) if prompt.kind.shape() == Shape::List => {
            Removed::Items(items.into_iter().enumerate().collect())
        }
        other => Removed::Answer(other),
    };
    Some(Removal {
        prompt: prompt.qualified_id.clone(),
        removed,
    })
}

/// Puts back what `clear` or `remove_item` took: items at their places (within the list's
/// `max`), or a whole answer where there is none now. Returns the items put back, each with
/// the place it went to.
pub fn restore(
    wb: &mut Workbook,
    prompt: &Prompt,
    removal: Removal,
) -> Result<Vec<(usize, Item)>, EditError> {
    if removal.prompt != prompt.qualified_id {
        return Err(EditError::NotThere);
    }
    match removal.removed {
        Removed::Items(items) => list::put_back(wb, prompt, items),
        Removed::Answer(answer) => {
            if wb.answer(&prompt.qualified_id).is_some() {
                return Err(EditError::Occupied);
            }
            put(wb, prompt, Some(answer));
            Ok(Vec::new())
        }
    }
}

/// A cell's value as a prompt-level answer (a scale's rating is edited like a cell's).
pub fn to_answer(v: Value) -> Answer {
    match v {
        Value::Text(t) => Answer::Text(t),
        Value::Choice(c) => Answer::Choice(c),
        Value::Choices(c) => Answer::Choices(c),
        Value::Number(n) => Answer::Number(n),
    }
}

/// A prompt-level answer as a cell's value; `None` for lists and grids.
pub fn from_answer(a: &Answer) -> Option<Value> {
    Some(match a {
        Answer::Text(t) => Value::Text(t.clone()),
        Answer::Choice(c) => Value::Choice(c.clone()),
        Answer::Choices(c) => Value::Choices(c.clone()),
        Answer::Number(n) => Value::Number(*n),
        Answer::List(_) | Answer::Grid(_) => return None,
    })
}
