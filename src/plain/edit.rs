//! Changing the workbook from plain mode: setting an answer, a list item's detail or a grid
//! cell, and taking an offered start (a prefilled text or a seeded list), all through the
//! editing core (`workbook::edit`).
//!
//! Pure: changes the in-memory workbook only. Never removes an answer it was not asked to,
//! and never replaces one from an earlier version of the pack (the core refuses; the caller
//! says how to clear it).

use crate::content::{FieldKind, Pack, Prompt, Scale, Shape};
use crate::workbook::derive;
use crate::workbook::edit::{self, EditError};
use crate::workbook::{Value, Workbook};

use super::ask;
use super::machine::Sub;
use super::parse;
use crate::words::plain::Say;

/// A start offered for an unanswered prompt, from an earlier answer: what shows it, to be
/// said after `Say::Offered`.
pub fn offer(wb: &Workbook, pack: &Pack, prompt: &Prompt) -> Option<Vec<Say>> {
    if wb.answer(&prompt.qualified_id).is_some() {
        return None;
    }
    if let Some((_, text)) = edit::prefill(wb, prompt) {
        return Some(vec![Say::Text {
            text: text.to_string(),
            indent: 2,
        }]);
    }
    let items = edit::seed_items(wb, pack, prompt);
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(|i| Say::OfferedItem {
                name: i.text.trim().to_string(),
                details: ask::details(prompt.kind.fields(), &i.fields, wb),
            })
            .collect()
    })
}

/// Takes the offered start, if there is one; true when the workbook changed.
pub fn take_offer(wb: &mut Workbook, pack: &Pack, prompt: &Prompt) -> Result<bool, EditError> {
    if wb.answer(&prompt.qualified_id).is_some() {
        return Ok(false);
    }
    match prompt.kind.shape() {
        Shape::Text => edit::take_prefill(wb, prompt),
        Shape::List => edit::seed(wb, pack, prompt),
        _ => Ok(false),
    }
}

/// A note when a list ends with fewer items than it asks for.
pub fn list_note(wb: &Workbook, prompt: &Prompt) -> Vec<Say> {
    let count = wb.list_items(&prompt.qualified_id).len();
    match prompt.kind.limits() {
        (Some(min), _)
            if prompt.kind.shape() == Shape::List && count < min as usize && count > 0 =>
        {
            vec![Say::ListShort { min, count }]
        }
        _ => Vec::new(),
    }
}

/// A typed line as the value of a (non-text) field.
pub fn field_value(wb: &Workbook, kind: &FieldKind, line: &str) -> Result<Value, Say> {
    Ok(match kind {
        FieldKind::Line | FieldKind::Text => Value::Text(line.to_string()),
        FieldKind::Choice(o) => Value::Choice(parse::choice(line, &derive::options(wb, o))?),
        FieldKind::MultiChoice(o) => {
            Value::Choices(parse::choices(line, &derive::options(wb, o), None)?)
        }
        FieldKind::Scale(Scale::Numeric(s)) => Value::Number(parse::number(line, s)?),
        FieldKind::Scale(Scale::Levels(levels)) => Value::Choice(parse::choice(line, levels)?),
    })
}

/// Sets the text being typed: the prompt's answer, a list item's detail or a grid cell.
pub fn set_text(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    sub: Sub,
    text: String,
) -> Result<(), EditError> {
    match sub {
        Sub::Main => edit::set_text(wb, prompt, &text),
        _ => set_field(wb, pack, prompt, sub, Value::Text(text)),
    }
}

/// Sets a list item's detail (`Sub::Field`) or a grid cell (`Sub::Cell`).
pub fn set_field(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    sub: Sub,
    value: Value,
) -> Result<(), EditError> {
    match sub {
        Sub::Field { item, field } => {
            let f = prompt.kind.fields().get(field).ok_or(EditError::NotThere)?;
            edit::set_item_field(wb, prompt, item, &f.id, Some(value))
        }
        Sub::Cell { row, col } => {
            let c = prompt.kind.columns().get(col).ok_or(EditError::NotThere)?;
            let key = row_key(wb, pack, prompt, row)?;
            edit::set_cell(wb, pack, prompt, &key, &c.id, Some(value))
        }
        Sub::Main | Sub::Name { .. } => Err(EditError::WrongKind),
    }
}

/// The key of the prompt's `row`-th row now.
pub fn row_key(
    wb: &Workbook,
    pack: &Pack,
    prompt: &Prompt,
    row: usize,
) -> Result<String, EditError> {
    let spec = prompt.kind.rows().ok_or(EditError::WrongKind)?;
    derive::rows(wb, pack, spec)
        .into_iter()
        .nth(row)
        .map(|r| r.key)
        .ok_or(EditError::NotThere)
}
