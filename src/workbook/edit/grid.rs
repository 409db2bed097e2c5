//! Grid and quadrant edits: one cell, or both ratings of a quadrant row.
//!
//! Pure edits of the workbook. Rows follow the order of the prompt's rows; rows the prompt
//! no longer has (a list item renamed or removed) keep their place after them, never dropped.

use super::{EditError, editable, fit};
use crate::content::{FieldKind, Pack, Prompt, Scale, Shape};
use crate::workbook::{Answer, Row, Value, Workbook, derive};

/// What a grid cell or quadrant rating holds.
fn column_kind(prompt: &Prompt, column: &str) -> Result<FieldKind, EditError> {
    if let Some(c) = prompt.kind.columns().iter().find(|c| c.id == column) {
        return Ok(c.kind.clone());
    }
    match prompt.kind.axes() {
        Some((x, y, _)) => [x, y]
            .into_iter()
            .find(|a| a.id == column)
            .map(|a| FieldKind::Scale(Scale::Numeric(a.scale.clone())))
            .ok_or(EditError::NotThere),
        None => Err(EditError::NotThere),
    }
}

/// The keys of the rows the prompt has now, in order; `NotThere` when `row` is not one.
fn row_order(
    wb: &Workbook,
    pack: &Pack,
    prompt: &Prompt,
    row: &str,
) -> Result<Vec<String>, EditError> {
    let spec = prompt.kind.rows().ok_or(EditError::WrongKind)?;
    let order: Vec<String> = derive::rows(wb, pack, spec)
        .into_iter()
        .map(|r| r.key)
        .collect();
    if order.iter().any(|k| k == row) {
        Ok(order)
    } else {
        Err(EditError::NotThere)
    }
}

/// The prompt's grid answer, made empty when there is none (or an empty one of another
/// shape, which holds nothing: `editable` saw to that).
fn grid_answer<'w>(wb: &'w mut Workbook, prompt: &Prompt) -> Result<&'w mut Vec<Row>, EditError> {
    let answer = wb
        .answers
        .entry(prompt.qualified_id.clone())
        .or_insert_with(|| Answer::Grid(Vec::new()));
    if !matches!(answer, Answer::Grid(_)) {
        *answer = Answer::Grid(Vec::new());
    }
    match answer {
        Answer::Grid(rows) => Ok(rows),
        _ => Err(EditError::WrongKind),
    }
}

/// Sets (or with `None`, clears) the cell `column` of row `row` (a key of one of the rows the
/// prompt has now), creating the row as needed.
pub fn set_cell(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    row: &str,
    column: &str,
    value: Option<Value>,
) -> Result<(), EditError> {
    editable(wb, prompt, Shape::Grid)?;
    let kind = column_kind(prompt, column)?;
    let order = row_order(wb, pack, prompt, row)?;
    let stored = match wb.answers.get(&prompt.qualified_id) {
        Some(Answer::Grid(rows)) => rows
            .iter()
            .find(|r| r.key == row)
            .and_then(|r| r.cells.get(column)),
        _ => None,
    };
    let value = match value {
        Some(v) => Some(fit::settle(wb, &kind, stored, v)?),
        None => None,
    };
    let rows = grid_answer(wb, prompt)?;
    let at = match rows.iter().position(|r| r.key == row) {
        Some(at) => at,
        None => {
            rows.push(Row {
                key: row.to_string(),
                cells: Default::default(),
                skipped: false,
            });
            rows.len() - 1
        }
    };
    if let Some(r) = rows.get_mut(at) {
        match value {
            Some(v) => {
                // Filling a cell answers the row: a "not relevant" mark comes off.
                r.skipped = false;
                r.cells.insert(column.to_string(), v)
            }
            None => r.cells.remove(column),
        };
    }
    // The sort is stable: rows no longer listed keep their order at the end.
    rows.sort_by_key(|r| order.iter().position(|k| k == &r.key).unwrap_or(usize::MAX));
    Ok(())
}

/// Sets both ratings of a quadrant row.
pub fn set_pair(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    row: &str,
    x: i64,
    y: i64,
) -> Result<(), EditError> {
    let (xa, ya, _) = prompt.kind.axes().ok_or(EditError::WrongKind)?;
    for (axis, v) in [(xa, x), (ya, y)] {
        if !(axis.scale.min..=axis.scale.max).contains(&v) {
            return Err(EditError::DoesNotFit);
        }
    }
    set_cell(wb, pack, prompt, row, &xa.id, Some(Value::Number(x)))?;
    set_cell(wb, pack, prompt, row, &ya.id, Some(Value::Number(y)))
}

/// Marks row `row` (a key of one of the rows the prompt has now) "not relevant", or unmarks
/// it; its cells stay as they were. Returns whether the row is now marked.
pub fn toggle_skip(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    row: &str,
) -> Result<bool, EditError> {
    editable(wb, prompt, Shape::Grid)?;
    let order = row_order(wb, pack, prompt, row)?;
    let rows = grid_answer(wb, prompt)?;
    let marked = match rows.iter_mut().find(|r| r.key == row) {
        Some(r) => {
            r.skipped = !r.skipped;
            r.skipped
        }
        None => {
            rows.push(Row {
                key: row.to_string(),
                cells: Default::default(),
                skipped: true,
            });
            true
        }
    };
    rows.sort_by_key(|r| order.iter().position(|k| k == &r.key).unwrap_or(usize::MAX));
    Ok(marked)
}
