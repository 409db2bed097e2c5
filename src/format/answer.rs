//! An answer as readable words for a coach: option labels instead of ids, list items with
//! their sub-fields, grid rows with their cells and quadrant, scales with their range.
//!
//! Pure text, not yet sanitised or escaped: the summary and CSV writers do that for where
//! the words go. Never changes an answer.

use std::borrow::Cow;

use crate::content::{FieldKind, Opt, Options, Prompt, PromptKind, Rows, Scale};
use crate::workbook::derive::{Column, grid_columns, quadrant_of};
use crate::workbook::{Answer, Item, Row, Value, Workbook};

/// What an answer says, as one readable piece of text. Text answers come back as typed
/// (line breaks kept); lists and grids as `item (Field: value, …); item …`.
pub fn answer_words(wb: &Workbook, prompt: Option<&Prompt>, answer: &Answer) -> String {
    answer_words_cow(wb, prompt, answer).into_owned()
}

/// `answer_words`, borrowing a text answer or an option's label instead of copying it.
pub fn answer_words_cow<'a>(
    wb: &Workbook,
    prompt: Option<&'a Prompt>,
    answer: &'a Answer,
) -> Cow<'a, str> {
    let kind = prompt.map(|p| &p.kind);
    match answer {
        Answer::Text(t) => Cow::Borrowed(t),
        Answer::Choice(id) => Cow::Borrowed(label(id, prompt_labels(kind))),
        _ => Cow::Owned(answer_parts(wb, prompt, answer).join("; ")),
    }
}

/// The same as `answer_words`, one part per list item, grid row or chosen option (a text
/// answer is one part).
pub fn answer_parts(_wb: &Workbook, prompt: Option<&Prompt>, answer: &Answer) -> Vec<String> {
    let kind = prompt.map(|p| &p.kind);
    match answer {
        Answer::Text(t) => vec![t.clone()],
        Answer::Choice(id) => vec![label(id, prompt_labels(kind)).to_string()],
        Answer::Choices(ids) => {
            let opts = prompt_labels(kind);
            ids.iter().map(|id| label(id, opts).to_string()).collect()
        }
        Answer::Number(n) => vec![number_words(*n, kind)],
        Answer::List(items) => items.iter().map(|i| item_words(kind, i)).collect(),
        Answer::Grid(rows) => {
            let grid = prompt.and_then(grid_columns);
            rows.iter()
                .filter(|r| r.skipped || !r.cells.values().all(Value::is_empty))
                .map(|r| row_words(prompt, grid.as_ref(), r))
                .collect()
        }
    }
}

/// An option's label, or the id itself when no option has it.
fn label<'a>(id: &'a str, opts: &'a [Opt]) -> &'a str {
    opts.iter()
        .find(|o| o.id == id)
        .map_or(id, |o| o.label.as_ref())
}

/// The options whose labels can differ from their ids: the pack's own options and a
/// scale's levels. An option made from list items (`Options::FromLists`) is named by the
/// item itself, its id and label the same (`derive::options`), so its id is its label: no
/// lookup in the workbook, and nothing copied, for each value an export shows.
fn fixed(options: &Options) -> &[Opt] {
    match options {
        Options::Fixed(opts) => opts,
        Options::FromLists(_) => &[],
    }
}

/// The labelled options of a prompt (as `derive::prompt_options`, without the list items).
fn prompt_labels(kind: Option<&PromptKind>) -> &[Opt] {
    match kind.map(|k| (k.options(), k.levels())) {
        Some((Some(o), _)) => fixed(o),
        Some((None, Some(levels))) => levels,
        _ => &[],
    }
}

/// The labelled options of a list field or grid column (as `derive::field_options`,
/// without the list items).
fn field_labels(kind: Option<&FieldKind>) -> &[Opt] {
    match kind {
        Some(FieldKind::Choice(o) | FieldKind::MultiChoice(o)) => fixed(o),
        Some(FieldKind::Scale(Scale::Levels(levels))) => levels,
        _ => &[],
    }
}

fn number_words(n: i64, kind: Option<&PromptKind>) -> String {
    match kind.and_then(PromptKind::scale) {
        Some(Scale::Numeric(s)) => format!("{n} of {}–{}", s.min, s.max),
        _ => n.to_string(),
    }
}

fn value_words<'a>(kind: Option<&'a FieldKind>, value: &'a Value) -> Cow<'a, str> {
    let opts = field_labels(kind);
    match value {
        Value::Text(t) => Cow::Borrowed(t),
        Value::Choice(id) => Cow::Borrowed(label(id, opts)),
        Value::Choices(ids) => Cow::Owned(
            ids.iter()
                .map(|id| label(id, opts))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Value::Number(n) => Cow::Owned(n.to_string()),
    }
}

fn item_words(kind: Option<&PromptKind>, item: &Item) -> String {
    let fields = kind.map_or(&[][..], PromptKind::fields);
    let mut out = String::new();
    for (id, value) in in_order(&item.fields, fields.iter().map(|f| f.id.as_str())) {
        if value.is_empty() {
            continue;
        }
        let field = fields.iter().find(|f| &f.id == id);
        let name = field.map_or(id.as_str(), |f| f.label.as_ref());
        out.push_str(if out.is_empty() { " (" } else { ", " });
        out.push_str(name);
        out.push_str(": ");
        out.push_str(&value_words(field.map(|f| &f.kind), value));
    }
    if out.is_empty() {
        item.text.clone()
    } else {
        out.insert_str(0, &item.text);
        out.push(')');
        out
    }
}

/// A list item's fields or a grid row's cells in the pack's order (`order`), then any the
/// pack does not name, by id.
fn in_order<'a>(
    values: &'a crate::workbook::Fields,
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

/// A grid's rows and columns, as `derive::grid_columns` gives them (once per answer).
type Grid<'p> = (&'p Rows, Vec<Column<'p>>);

fn row_name<'a>(grid: Option<&Grid<'a>>, row: &'a Row) -> &'a str {
    match grid {
        Some((Rows::Fixed(opts), _)) => label(&row.key, opts),
        _ => &row.key,
    }
}

fn row_words(prompt: Option<&Prompt>, grid: Option<&Grid<'_>>, row: &Row) -> String {
    let name = row_name(grid, row);
    if row.skipped {
        return format!("{name} ({})", crate::words::screen::NOT_RELEVANT);
    }
    let columns = grid.map_or(&[][..], |g| g.1.as_slice());
    let mut out = String::from(name);
    out.push_str(" (");
    let mut first = true;
    let mut part = |out: &mut String, text: &[&str]| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
        text.iter().for_each(|t| out.push_str(t));
    };
    for (id, value) in in_order(&row.cells, columns.iter().map(|c| c.0)) {
        if value.is_empty() {
            continue;
        }
        let column = columns.iter().find(|c| c.0 == id);
        let heading = column.map_or(id.as_str(), |c| c.1);
        let words = value_words(column.and_then(|c| c.2), value);
        part(&mut out, &[heading, ": ", &words]);
    }
    if let Some(placed) = prompt.and_then(|p| quadrant_of(p, row)) {
        part(&mut out, &["→ ", &placed.label]);
    }
    out.push(')');
    out
}

/// One piece of an answer for a spreadsheet: a list item (`field` empty) or one of its
/// fields, a grid cell, or a scale's value; `number` when it is a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'a> {
    /// The list item's text or the grid row's name (empty for a scale).
    pub row: &'a str,
    /// The field's or column's name (empty for the item itself and for a scale).
    pub field: &'a str,
    pub words: Cow<'a, str>,
    pub number: Option<i64>,
}

/// The pieces of `answer` a pivot table works on: every list item and each of its fields,
/// every grid cell, a scale's number; nothing for text and choices (one cell already).
pub fn answer_cells<'a>(
    _wb: &Workbook,
    prompt: Option<&'a Prompt>,
    answer: &'a Answer,
) -> Vec<Cell<'a>> {
    let kind = prompt.map(|p| &p.kind);
    let cell = |row: &'a str, field: &'a str, fk: Option<&'a FieldKind>, v: &'a Value| Cell {
        row,
        field,
        words: value_words(fk, v),
        number: match v {
            Value::Number(n) => Some(*n),
            _ => None,
        },
    };
    match answer {
        Answer::Number(n) => vec![Cell {
            row: "",
            field: "",
            words: Cow::Owned(number_words(*n, kind)),
            number: Some(*n),
        }],
        Answer::List(items) => {
            let fields = kind.map_or(&[][..], PromptKind::fields);
            let mut out = Vec::new();
            for item in items {
                out.push(Cell {
                    row: &item.text,
                    field: "",
                    words: Cow::Borrowed(&item.text),
                    number: None,
                });
                for (id, v) in in_order(&item.fields, fields.iter().map(|f| f.id.as_str())) {
                    let f = fields.iter().find(|f| &f.id == id);
                    let name = f.map_or(id.as_str(), |f| f.label.as_ref());
                    out.push(cell(&item.text, name, f.map(|f| &f.kind), v));
                }
            }
            out
        }
        Answer::Grid(rows) => {
            let grid = prompt.and_then(grid_columns);
            let columns = grid.as_ref().map_or(&[][..], |g| g.1.as_slice());
            let mut out = Vec::new();
            for row in rows {
                let name = row_name(grid.as_ref(), row);
                if row.skipped {
                    out.push(Cell {
                        row: name,
                        field: "",
                        words: Cow::Borrowed(crate::words::screen::NOT_RELEVANT),
                        number: None,
                    });
                    continue;
                }
                for (id, v) in in_order(&row.cells, columns.iter().map(|c| c.0)) {
                    let c = columns.iter().find(|c| c.0 == id);
                    let heading = c.map_or(id.as_str(), |c| c.1);
                    out.push(cell(name, heading, c.and_then(|c| c.2), v));
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
    _wb: &Workbook,
    prompt: &Prompt,
    rows: &[Row],
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let (spec, columns) = grid_columns(prompt)?;
    let quadrant = prompt.kind.axes().is_some();
    let mut head = vec![String::new()];
    head.extend(columns.iter().map(|c| c.1.to_string()));
    if quadrant {
        head.push("Quadrant".into());
    }
    let body = rows
        .iter()
        .filter(|r| r.skipped || !r.cells.values().all(Value::is_empty))
        .map(|r| {
            let name = match spec {
                Rows::Fixed(opts) => label(&r.key, opts).to_string(),
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
                    .get(*id)
                    .map(|v| value_words(*kind, v).into_owned())
                    .unwrap_or_default()
            }));
            if quadrant {
                cells.push(
                    quadrant_of(prompt, r)
                        .map(|q| q.label.to_string())
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
            .map(|c| (c.row.to_string(), c.words.into_owned()))
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
