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
    let spec = prompt.kind.rows().ok_or(EditError::WrongKind)?;
    let order: Vec<String> = derive::rows(wb, pack, spec)
        .into_iter()
        .map(|r| r.key)
        .collect();
    if !order.iter().any(|k| k == row) {
        return Err(EditError::NotThere);
    }
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
    let answer = wb
        .answers
        .entry(prompt.qualified_id.clone())
        .or_insert_with(|| Answer::Grid(Vec::new()));
    if !matches!(answer, Answer::Grid(_)) {
        // An empty answer of another shape holds nothing (`editable` saw to that).
        *answer = Answer::Grid(Vec::new());
    }
    let Answer::Grid(rows) = answer else {
        return Err(EditError::WrongKind);
    };
    let at = match rows.iter().position(|r| r.key == row) {
        Some(at) => at,
        None => {
            rows.push(Row {
                key: row.to_string(),
                cells: Default::default(),
            });
            rows.len() - 1
        }
    };
    if let Some(r) = rows.get_mut(at) {
        match value {
            Some(v) => r.cells.insert(column.to_string(), v),
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
