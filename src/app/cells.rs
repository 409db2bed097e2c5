//! The cells of list, grid and quadrant answers: which there are, reading their values, and
//! writing them through the editing core (`workbook::edit`).
//!
//! Pure functions over `Workbook` and `Pack`. Never drops a row or item it does not know:
//! grid rows whose list item went away stay in the answer.

use crate::content::{Axis, Field, FieldKind, Pack, Prompt, Scale, Shape};
use crate::workbook::edit::{self, EditError};
use crate::workbook::{Answer, Value, Workbook, derive};

/// What a cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum CellSlot {
    /// A list item's name.
    Name,
    /// A list item's sub-field, or a grid column.
    Field(Field),
    /// One rating of a quadrant row.
    Axis(Axis),
}

/// One focusable cell of a list, grid or quadrant prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The item (list) or row (grid, quadrant) index.
    pub group: usize,
    /// The row's key (grid, quadrant) — the key answers are stored under.
    pub row_key: Option<String>,
    pub slot: CellSlot,
    /// The row is marked "not relevant": it stands for the whole row, shown and edited as
    /// nothing but that mark.
    pub skipped: bool,
}

impl Cell {
    /// True when the cell is edited as text (a name, a line or text field).
    pub fn is_text(&self) -> bool {
        if self.skipped {
            return false;
        }
        match &self.slot {
            CellSlot::Name => true,
            CellSlot::Field(f) => matches!(f.kind, FieldKind::Line | FieldKind::Text),
            CellSlot::Axis(_) => false,
        }
    }

    /// The id a value is stored under (field or axis id); `None` for an item's name.
    pub fn value_id(&self) -> Option<&str> {
        match &self.slot {
            CellSlot::Name => None,
            CellSlot::Field(f) => Some(&f.id),
            CellSlot::Axis(a) => Some(&a.id),
        }
    }
}

/// Every cell of a prompt, in reading order. A list with no items has one cell: the name
/// of the item about to be written. A grid whose source list is empty has none.
pub fn cells(wb: &Workbook, pack: &Pack, prompt: &Prompt) -> Vec<Cell> {
    let kind = &prompt.kind;
    match kind.shape() {
        Shape::List => {
            let fields = kind.fields();
            let n = wb.list_items(&prompt.qualified_id).len().max(1);
            let mut out = Vec::with_capacity(n * (fields.len() + 1));
            for group in 0..n {
                out.push(Cell {
                    group,
                    row_key: None,
                    slot: CellSlot::Name,
                    skipped: false,
                });
                for f in fields {
                    out.push(Cell {
                        group,
                        row_key: None,
                        slot: CellSlot::Field(f.clone()),
                        skipped: false,
                    });
                }
            }
            out
        }
        Shape::Grid => {
            // A grid's cells are its columns; a quadrant's, its two ratings.
            let slots: Vec<CellSlot> = match kind.axes() {
                Some((x, y, _)) => vec![CellSlot::Axis(x.clone()), CellSlot::Axis(y.clone())],
                None => kind
                    .columns()
                    .iter()
                    .cloned()
                    .map(CellSlot::Field)
                    .collect(),
            };
            let rows = kind.rows().map(|r| derive::rows(wb, pack, r));
            let id = &prompt.qualified_id;
            // A row marked "not relevant" has one cell, standing for the whole row.
            rows.unwrap_or_default()
                .into_iter()
                .enumerate()
                .flat_map(|(group, spec)| {
                    let skipped = crate::workbook::derive::row_skipped(wb, id, &spec.key);
                    let shown = if skipped { 1 } else { slots.len() };
                    slots.iter().take(shown).map(move |slot| Cell {
                        group,
                        row_key: Some(spec.key.clone()),
                        slot: slot.clone(),
                        skipped,
                    })
                })
                .collect()
        }
        Shape::Text | Shape::Choice | Shape::Choices | Shape::Number => Vec::new(),
    }
}

/// The value in a cell, if any. An item's name is a `Value::Text`.
pub fn get(wb: &Workbook, prompt_id: &str, cell: &Cell) -> Option<Value> {
    match (&cell.row_key, cell.value_id()) {
        (None, None) => wb
            .list_items(prompt_id)
            .get(cell.group)
            .map(|i| Value::Text(i.text.clone())),
        (None, Some(id)) => wb
            .list_items(prompt_id)
            .get(cell.group)?
            .fields
            .get(id)
            .cloned(),
        (Some(key), Some(id)) => match wb.answers.get(prompt_id)? {
            Answer::Grid(rows) => rows.iter().find(|r| &r.key == key)?.cells.get(id).cloned(),
            _ => None,
        },
        (Some(_), None) => None,
    }
}

/// Sets (or, with `None`, clears) a cell through the editing core: an item's name or field
/// (a new item just past the end), or a grid or quadrant cell.
pub fn write(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    cell: &Cell,
    value: Option<Value>,
) -> Result<(), EditError> {
    match (&cell.row_key, cell.value_id()) {
        (None, None) => {
            let name = match value {
                Some(Value::Text(t)) => t,
                _ => String::new(),
            };
            edit::set_item_name(wb, prompt, cell.group, &name)
        }
        (None, Some(field)) => edit::set_item_field(wb, prompt, cell.group, field, value),
        (Some(key), Some(column)) => edit::set_cell(wb, pack, prompt, key, column, value),
        (Some(_), None) => Err(EditError::NotThere),
    }
}

/// One step along a scale: a number by one, a level to its neighbour. From no value,
/// either direction starts at the lowest end.
pub fn scale_step(scale: &Scale, current: Option<&Value>, forward: bool) -> Option<Value> {
    match scale {
        Scale::Numeric(n) => {
            let next = match current {
                Some(Value::Number(v)) if forward => v.saturating_add(1),
                Some(Value::Number(v)) => v.saturating_sub(1),
                _ => n.min,
            };
            Some(Value::Number(next.clamp(n.min, n.max)))
        }
        Scale::Levels(levels) => {
            let pos = match current {
                Some(Value::Choice(id)) => levels.iter().position(|l| &l.id == id),
                _ => None,
            };
            let next = match pos {
                Some(p) if forward => (p + 1).min(levels.len().saturating_sub(1)),
                Some(p) => p.saturating_sub(1),
                None => 0,
            };
            levels.get(next).map(|l| Value::Choice(l.id.clone()))
        }
    }
}

/// A digit typed on a scale: the number itself, or the level at that position (from 1).
pub fn scale_digit(scale: &Scale, digit: u32) -> Option<Value> {
    match scale {
        Scale::Numeric(n) => {
            let d = i64::from(digit);
            (n.min..=n.max).contains(&d).then_some(Value::Number(d))
        }
        Scale::Levels(levels) => {
            let i = usize::try_from(digit).ok()?.checked_sub(1)?;
            levels.get(i).map(|l| Value::Choice(l.id.clone()))
        }
    }
}
