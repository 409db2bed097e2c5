//! The cells of list, grid and quadrant answers: which there are, and reading and writing
//! their values in the workbook.
//!
//! Pure functions over `Workbook` and `Pack`. Never drops a row or item it does not know:
//! grid rows whose list item went away stay in the answer.

use crate::content::{Axis, Field, FieldKind, Pack, Prompt, PromptKind, Scale};
use crate::workbook::derive;
use crate::workbook::{Answer, Item, Row, Value, Workbook};

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
}

impl Cell {
    /// True when the cell is edited as text (a name, a line or text field).
    pub fn is_text(&self) -> bool {
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
    match &prompt.kind {
        PromptKind::List { fields, .. } => {
            let n = wb.list_items(&prompt.qualified_id).len().max(1);
            let mut out = Vec::with_capacity(n * (fields.len() + 1));
            for group in 0..n {
                out.push(Cell {
                    group,
                    row_key: None,
                    slot: CellSlot::Name,
                });
                for f in fields {
                    out.push(Cell {
                        group,
                        row_key: None,
                        slot: CellSlot::Field(f.clone()),
                    });
                }
            }
            out
        }
        PromptKind::Grid { rows, columns } => derive::rows(wb, pack, rows)
            .into_iter()
            .enumerate()
            .flat_map(|(group, spec)| {
                columns.iter().map(move |c| Cell {
                    group,
                    row_key: Some(spec.key.clone()),
                    slot: CellSlot::Field(c.clone()),
                })
            })
            .collect(),
        PromptKind::Quadrant { rows, x, y, .. } => derive::rows(wb, pack, rows)
            .into_iter()
            .enumerate()
            .flat_map(|(group, spec)| {
                [x, y].into_iter().map(move |a| Cell {
                    group,
                    row_key: Some(spec.key.clone()),
                    slot: CellSlot::Axis(a.clone()),
                })
            })
            .collect(),
        _ => Vec::new(),
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

/// Sets (or, with `None`, clears) a cell. Creates the list item or grid row as needed.
pub fn set(wb: &mut Workbook, pack: &Pack, prompt: &Prompt, cell: &Cell, value: Option<Value>) {
    let id = prompt.qualified_id.clone();
    match &cell.row_key {
        None => {
            let Some(items) = list_mut(wb, &id) else {
                return;
            };
            while items.len() <= cell.group {
                items.push(Item::default());
            }
            let Some(item) = items.get_mut(cell.group) else {
                return;
            };
            match (cell.value_id(), value) {
                (None, Some(Value::Text(t))) => item.text = t,
                (None, _) => item.text.clear(),
                (Some(f), Some(v)) => {
                    item.fields.insert(f.to_string(), v);
                }
                (Some(f), None) => {
                    item.fields.remove(f);
                }
            }
        }
        Some(key) => {
            let Some(col) = cell.value_id() else {
                return;
            };
            let order: Vec<String> = match &prompt.kind {
                PromptKind::Grid { rows, .. } | PromptKind::Quadrant { rows, .. } => {
                    derive::rows(wb, pack, rows)
                        .into_iter()
                        .map(|r| r.key)
                        .collect()
                }
                _ => Vec::new(),
            };
            let Answer::Grid(rows) = wb
                .answers
                .entry(id)
                .or_insert_with(|| Answer::Grid(Vec::new()))
            else {
                return;
            };
            let pos = match rows.iter().position(|r| &r.key == key) {
                Some(p) => p,
                None => {
                    rows.push(Row {
                        key: key.clone(),
                        cells: Default::default(),
                    });
                    rows.len() - 1
                }
            };
            if let Some(row) = rows.get_mut(pos) {
                match value {
                    Some(v) => {
                        row.cells.insert(col.to_string(), v);
                    }
                    None => {
                        row.cells.remove(col);
                    }
                }
            }
            // Rows follow the order of their list; rows no longer listed keep their place
            // at the end (the sort is stable).
            rows.sort_by_key(|r| order.iter().position(|k| k == &r.key).unwrap_or(usize::MAX));
        }
    }
}

/// The list answer of a prompt, created if missing. `None` when the prompt holds an
/// answer of another shape (e.g. written for an older pack): it is kept, never replaced.
pub fn list_mut<'a>(wb: &'a mut Workbook, id: &str) -> Option<&'a mut Vec<Item>> {
    match wb
        .answers
        .entry(id.to_string())
        .or_insert_with(|| Answer::List(Vec::new()))
    {
        Answer::List(items) => Some(items),
        _ => None,
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

/// A cell's value as a prompt-level answer, and back.
pub fn to_answer(v: Value) -> Answer {
    match v {
        Value::Text(t) => Answer::Text(t),
        Value::Choice(c) => Answer::Choice(c),
        Value::Choices(c) => Answer::Choices(c),
        Value::Number(n) => Answer::Number(n),
    }
}

pub fn from_answer(a: &Answer) -> Option<Value> {
    Some(match a {
        Answer::Text(t) => Value::Text(t.clone()),
        Answer::Choice(c) => Value::Choice(c.clone()),
        Answer::Choices(c) => Value::Choices(c.clone()),
        Answer::Number(n) => Value::Number(*n),
        Answer::List(_) | Answer::Grid(_) => return None,
    })
}
