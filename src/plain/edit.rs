//! Changing the workbook from plain mode: setting an answer, a list item's detail or a grid
//! cell, and taking an offered start (a prefilled text or a seeded list).
//!
//! Pure: changes the in-memory workbook only. Never removes an answer it was not asked to.

use crate::content::{FieldKind, Pack, Prompt, PromptKind, Rows, Scale};
use crate::workbook::derive;
use crate::workbook::{Answer, Item, Row, Value, Workbook};

use super::machine::Sub;
use super::parse;
use crate::words::plain::Say;

/// A start offered for an unanswered prompt, from an earlier answer.
pub struct Offer {
    /// What is offered, to be said after `Say::Offered`.
    pub lines: Vec<Say>,
    answer: Answer,
}

/// The offered start for this prompt, when it is unanswered and its source is answered.
pub fn offer(wb: &Workbook, prompt: &Prompt) -> Option<Offer> {
    if wb.answer(&prompt.qualified_id).is_some() {
        return None;
    }
    match &prompt.kind {
        PromptKind::Line {
            prefill_from: Some(from),
        }
        | PromptKind::Text {
            prefill_from: Some(from),
        } => match wb.answer(from)? {
            Answer::Text(t) => Some(Offer {
                lines: vec![Say::Text {
                    text: t.clone(),
                    indent: 2,
                }],
                answer: Answer::Text(t.clone()),
            }),
            _ => None,
        },
        PromptKind::List {
            seed_from: Some(from),
            ..
        } => {
            let names: Vec<&str> = wb
                .list_items(from)
                .iter()
                .map(|i| i.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            (!names.is_empty()).then(|| Offer {
                lines: names
                    .iter()
                    .map(|n| Say::OfferedItem((*n).to_string()))
                    .collect(),
                answer: Answer::List(
                    names
                        .iter()
                        .map(|n| Item {
                            text: (*n).to_string(),
                            ..Item::default()
                        })
                        .collect(),
                ),
            })
        }
        _ => None,
    }
}

/// Takes the offered start, if there is one; true when the workbook changed.
pub fn take_offer(wb: &mut Workbook, prompt: &Prompt) -> bool {
    match offer(wb, prompt) {
        Some(o) => {
            wb.answers.insert(prompt.qualified_id.clone(), o.answer);
            true
        }
        None => false,
    }
}

/// A note when a list ends with fewer items than it asks for.
pub fn list_note(wb: &Workbook, prompt: &Prompt) -> Vec<Say> {
    let count = wb.list_items(&prompt.qualified_id).len();
    match &prompt.kind {
        PromptKind::List { min: Some(min), .. } if count < *min as usize && count > 0 => {
            vec![Say::ListShort { min: *min, count }]
        }
        _ => Vec::new(),
    }
}

/// Adds an item at the end of a list answer.
pub fn push_item(wb: &mut Workbook, id: &str, name: &str) {
    let item = Item {
        text: name.to_string(),
        ..Item::default()
    };
    match wb.answers.get_mut(id) {
        Some(Answer::List(items)) => items.push(item),
        _ => {
            wb.answers.insert(id.to_string(), Answer::List(vec![item]));
        }
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
pub fn set_text(wb: &mut Workbook, pack: &Pack, prompt: &Prompt, sub: Sub, text: String) {
    match sub {
        Sub::Main => {
            wb.answers
                .insert(prompt.qualified_id.clone(), Answer::Text(text));
        }
        _ => set_field(wb, pack, prompt, sub, Value::Text(text)),
    }
}

/// Sets a list item's detail (`Sub::Field`) or a grid cell (`Sub::Cell`).
pub fn set_field(wb: &mut Workbook, pack: &Pack, prompt: &Prompt, sub: Sub, value: Value) {
    match (&prompt.kind, sub) {
        (PromptKind::List { fields, .. }, Sub::Field { item, field }) => {
            let Some(f) = fields.get(field) else { return };
            if let Some(Answer::List(items)) = wb.answers.get_mut(&prompt.qualified_id)
                && let Some(it) = items.get_mut(item)
            {
                it.fields.insert(f.id.clone(), value);
            }
        }
        (PromptKind::Grid { columns, rows }, Sub::Cell { row, col }) => {
            let Some(c) = columns.get(col) else { return };
            let specs = derive::rows(wb, pack, rows);
            let Some(r) = specs.get(row) else { return };
            let key = r.key.clone();
            set_cell(wb, pack, prompt, rows, &key, &c.id, value);
        }
        _ => {}
    }
}

/// Sets both ratings of a quadrant row.
pub fn set_pair(wb: &mut Workbook, pack: &Pack, prompt: &Prompt, key: &str, x: i64, y: i64) {
    if let PromptKind::Quadrant {
        rows, x: xa, y: ya, ..
    } = &prompt.kind
    {
        set_cell(wb, pack, prompt, rows, key, &xa.id, Value::Number(x));
        set_cell(wb, pack, prompt, rows, key, &ya.id, Value::Number(y));
    }
}

/// Sets one cell, keeping the answer's rows in the order of the prompt's rows (rows the
/// prompt no longer has stay, after them).
fn set_cell(
    wb: &mut Workbook,
    pack: &Pack,
    prompt: &Prompt,
    spec: &Rows,
    key: &str,
    column: &str,
    value: Value,
) {
    let order: Vec<String> = derive::rows(wb, pack, spec)
        .into_iter()
        .map(|r| r.key)
        .collect();
    let answer = wb
        .answers
        .entry(prompt.qualified_id.clone())
        .or_insert_with(|| Answer::Grid(Vec::new()));
    if !matches!(answer, Answer::Grid(_)) {
        *answer = Answer::Grid(Vec::new());
    }
    let Answer::Grid(rows) = answer else { return };
    match rows.iter_mut().find(|r| r.key == key) {
        Some(row) => {
            row.cells.insert(column.to_string(), value);
        }
        None => {
            let mut row = Row {
                key: key.to_string(),
                ..Row::default()
            };
            row.cells.insert(column.to_string(), value);
            rows.push(row);
        }
    }
    let rank = |k: &str| order.iter().position(|o| o == k).unwrap_or(usize::MAX);
    rows.sort_by_key(|r| rank(&r.key));
}
