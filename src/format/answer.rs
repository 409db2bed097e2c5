//! An answer as readable words for a coach: option labels instead of ids, list items with
//! their sub-fields, grid rows with their cells and quadrant, scales with their range.
//!
//! Pure text, not yet sanitised or escaped: the summary and CSV writers do that for where
//! the words go. Never changes an answer.

use crate::content::{FieldKind, Opt, Prompt, PromptKind, Rows, Scale};
use crate::workbook::derive::{self, grid_columns, quadrant_of};
use crate::workbook::{Answer, Item, Row, Value, Workbook};

/// What an answer says, as one readable piece of text. Text answers come back as typed
/// (line breaks kept); lists and grids as `item (Field: value, …); item …`.
pub fn answer_words(wb: &Workbook, prompt: Option<&Prompt>, answer: &Answer) -> String {
    answer_parts(wb, prompt, answer).join("; ")
}

/// The same as `answer_words`, one part per list item, grid row or chosen option (a text
/// answer is one part).
pub fn answer_parts(wb: &Workbook, prompt: Option<&Prompt>, answer: &Answer) -> Vec<String> {
    let kind = prompt.map(|p| &p.kind);
    match answer {
        Answer::Text(t) => vec![t.clone()],
        Answer::Choice(id) => vec![label(id, &prompt_options(wb, kind))],
        Answer::Choices(ids) => {
            let opts = prompt_options(wb, kind);
            ids.iter().map(|id| label(id, &opts)).collect()
        }
        Answer::Number(n) => vec![number_words(*n, kind)],
        Answer::List(items) => items.iter().map(|i| item_words(wb, kind, i)).collect(),
        Answer::Grid(rows) => rows
            .iter()
            .filter(|r| r.skipped || !r.cells.values().all(Value::is_empty))
            .map(|r| row_words(wb, prompt, r))
            .collect(),
    }
}

fn label(id: &str, opts: &[Opt]) -> String {
    opts.iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.label.clone())
}

fn prompt_options(wb: &Workbook, kind: Option<&PromptKind>) -> Vec<Opt> {
    kind.map(|k| derive::prompt_options(wb, k))
        .unwrap_or_default()
}

fn number_words(n: i64, kind: Option<&PromptKind>) -> String {
    match kind.and_then(PromptKind::scale) {
        Some(Scale::Numeric(s)) => format!("{n} of {}–{}", s.min, s.max),
        _ => n.to_string(),
    }
}

fn value_words(wb: &Workbook, kind: Option<&FieldKind>, value: &Value) -> String {
    let opts = kind
        .map(|k| derive::field_options(wb, k))
        .unwrap_or_default();
    match value {
        Value::Text(t) => t.clone(),
        Value::Choice(id) => label(id, &opts),
        Value::Choices(ids) => ids
            .iter()
            .map(|id| label(id, &opts))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Number(n) => n.to_string(),
    }
}

fn item_words(wb: &Workbook, kind: Option<&PromptKind>, item: &Item) -> String {
    let fields = kind.map_or(&[][..], PromptKind::fields);
    let mut parts = Vec::new();
    for (id, value) in in_order(&item.fields, fields.iter().map(|f| f.id.as_str())) {
        if value.is_empty() {
            continue;
        }
        let field = fields.iter().find(|f| &f.id == id);
        let name = field.map_or(id.as_str(), |f| f.label.as_str());
        parts.push(format!(
            "{name}: {}",
            value_words(wb, field.map(|f| &f.kind), value)
        ));
    }
    if parts.is_empty() {
        item.text.clone()
    } else {
        format!("{} ({})", item.text, parts.join(", "))
    }
}

/// A list item's fields or a grid row's cells in the pack's order (`order`), then any the
/// pack does not name, by id.
fn in_order<'a>(
    values: &'a std::collections::BTreeMap<String, Value>,
    order: impl Iterator<Item = &'a str>,
) -> Vec<(&'a String, &'a Value)> {
    let mut out: Vec<(&String, &Value)> = order.filter_map(|id| values.get_key_value(id)).collect();
    for (id, v) in values {
        if !out.iter().any(|(k, _)| *k == id) {
            out.push((id, v));
        }
    }
    out
}

fn row_words(wb: &Workbook, prompt: Option<&Prompt>, row: &Row) -> String {
    let (rows, columns) = match prompt.and_then(grid_columns) {
        Some((rows, columns)) => (Some(rows), columns),
        None => (None, Vec::new()),
    };
    let name = match rows {
        Some(Rows::Fixed(opts)) => label(&row.key, opts),
        _ => row.key.clone(),
    };
    if row.skipped {
        return format!("{name} ({})", crate::words::screen::NOT_RELEVANT);
    }
    let mut parts = Vec::new();
    for (id, value) in in_order(&row.cells, columns.iter().map(|c| c.0.as_str())) {
        if value.is_empty() {
            continue;
        }
        let column = columns.iter().find(|c| &c.0 == id);
        let heading = column.map_or(id.as_str(), |c| c.1.as_str());
        parts.push(format!(
            "{heading}: {}",
            value_words(wb, column.and_then(|c| c.2), value)
        ));
    }
    if let Some(placed) = prompt.and_then(|p| quadrant_of(p, row)) {
        parts.push(format!("→ {}", placed.label));
    }
    format!("{name} ({})", parts.join(", "))
}

/// One piece of an answer for a spreadsheet: a list item (`field` empty) or one of its
/// fields, a grid cell, or a scale's value; `number` when it is a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The list item's text or the grid row's name (empty for a scale).
    pub row: String,
    /// The field's or column's name (empty for the item itself and for a scale).
    pub field: String,
    pub words: String,
    pub number: Option<i64>,
}

/// The pieces of `answer` a pivot table works on: every list item and each of its fields,
/// every grid cell, a scale's number; nothing for text and choices (one cell already).
pub fn answer_cells(wb: &Workbook, prompt: Option<&Prompt>, answer: &Answer) -> Vec<Cell> {
    let kind = prompt.map(|p| &p.kind);
    let cell = |row: &str, field: &str, fk: Option<&FieldKind>, v: &Value| Cell {
        row: row.to_string(),
        field: field.to_string(),
        words: value_words(wb, fk, v),
        number: match v {
            Value::Number(n) => Some(*n),
            _ => None,
        },
    };
    match answer {
        Answer::Number(n) => vec![Cell {
            row: String::new(),
            field: String::new(),
            words: number_words(*n, kind),
            number: Some(*n),
        }],
        Answer::List(items) => {
            let fields = kind.map_or(&[][..], PromptKind::fields);
            let mut out = Vec::new();
            for item in items {
                out.push(Cell {
                    row: item.text.clone(),
                    field: String::new(),
                    words: item.text.clone(),
                    number: None,
                });
                for (id, v) in in_order(&item.fields, fields.iter().map(|f| f.id.as_str())) {
                    let f = fields.iter().find(|f| &f.id == id);
                    let name = f.map_or(id.as_str(), |f| f.label.as_str());
                    out.push(cell(&item.text, name, f.map(|f| &f.kind), v));
                }
            }
            out
        }
        Answer::Grid(rows) => {
            let (names, columns) = match prompt.and_then(grid_columns) {
                Some((names, columns)) => (Some(names), columns),
                None => (None, Vec::new()),
            };
            let mut out = Vec::new();
            for row in rows {
                let name = match names {
                    Some(Rows::Fixed(opts)) => label(&row.key, opts),
                    _ => row.key.clone(),
                };
                if row.skipped {
                    out.push(Cell {
                        row: name,
                        field: String::new(),
                        words: crate::words::screen::NOT_RELEVANT.to_string(),
                        number: None,
                    });
                    continue;
                }
                for (id, v) in in_order(&row.cells, columns.iter().map(|c| c.0.as_str())) {
                    let c = columns.iter().find(|c| &c.0 == id);
                    let heading = c.map_or(id.as_str(), |c| c.1.as_str());
                    out.push(cell(&name, heading, c.and_then(|c| c.2), v));
                }
            }
            out
        }
        Answer::Text(_) | Answer::Choice(_) | Answer::Choices(_) => Vec::new(),
    }
}

/// The name a participant goes by in a review: the workbook's participant, or the file's
/// name when that is empty.
pub fn participant_name(wb: &Workbook, path: &std::path::Path) -> String {
    let name = wb.meta.participant.trim();
    if name.is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "(unnamed)".into())
    } else {
        name.to_string()
    }
}

/// A grid or quadrant answer as a table of words: the headings (the rows' name, each
/// column, and "Quadrant" for a quadrant), then one row of cells per answered row. `None`
/// for another kind of prompt.
pub fn grid_table(
    wb: &Workbook,
    prompt: &Prompt,
    rows: &[Row],
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let (spec, columns) = grid_columns(prompt)?;
    let quadrant = prompt.kind.axes().is_some();
    let mut head = vec![String::new()];
    head.extend(columns.iter().map(|c| c.1.clone()));
    if quadrant {
        head.push("Quadrant".into());
    }
    let body = rows
        .iter()
        .filter(|r| r.skipped || !r.cells.values().all(Value::is_empty))
        .map(|r| {
            let name = match spec {
                Rows::Fixed(opts) => label(&r.key, opts),
                Rows::FromList { .. } => r.key.clone(),
            };
            let mut cells = vec![name];
            if r.skipped {
                // "not relevant" under the first column, the rest left empty.
                cells.push(crate::words::screen::NOT_RELEVANT.to_string());
                cells.resize(head.len(), String::new());
                return cells;
            }
            cells.extend(columns.iter().map(|(id, _, kind)| {
                r.cells
                    .get(id)
                    .map(|v| value_words(wb, *kind, v))
                    .unwrap_or_default()
            }));
            if quadrant {
                cells.push(
                    quadrant_of(prompt, r)
                        .map(|q| q.label.clone())
                        .unwrap_or_default(),
                );
            }
            cells
        })
        .collect();
    Some((head, body))
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::app::testpack::pack;

    #[test]
    fn an_item_s_fields_are_in_the_pack_s_order_not_the_alphabet_s() {
        let pack = pack();
        let prompt = pack.prompt("map.people");
        let item = Item {
            text: "GP".into(),
            fields: [
                ("kind".to_string(), Value::Choice("person".into())),
                ("role".to_string(), Value::Text("Prescriber".into())),
                ("zzz".to_string(), Value::Text("kept".into())),
            ]
            .into(),
        };
        let words = answer_words(&Workbook::default(), prompt, &Answer::List(vec![item]));
        assert_eq!(words, "GP (Role: Prescriber, Kind: Person, zzz: kept)");
    }

    #[test]
    fn a_row_marked_not_relevant_reads_so_with_its_cells_left_out() {
        let pack = pack();
        let prompt = pack.prompt("influence.grid");
        let row = |key: &str, skipped: bool| Row {
            key: key.into(),
            cells: [("sway".to_string(), Value::Number(2))].into(),
            skipped,
        };
        let grid = Answer::Grid(vec![row("GP", true), row("Nurse", false)]);
        let wb = Workbook::default();
        assert_eq!(
            answer_parts(&wb, prompt, &grid),
            ["GP (not relevant)", "Nurse (Sway: 2)"]
        );
        let cells: Vec<(String, String)> = answer_cells(&wb, prompt, &grid)
            .into_iter()
            .map(|c| (c.row, c.words))
            .collect();
        assert_eq!(cells[0], ("GP".to_string(), "not relevant".to_string()));
        assert_eq!(cells.len(), 2);
        let rows = [row("GP", true), row("Nurse", false)];
        let table = prompt.and_then(|p| grid_table(&wb, p, &rows));
        let body = table.map(|(_, body)| body).unwrap_or_default();
        assert_eq!(body[0], ["GP", "not relevant", ""]);
        assert_eq!(body[1], ["Nurse", "2", ""]);
    }
}
