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
            .filter(|r| !r.cells.values().all(Value::is_empty))
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
    for (id, value) in &item.fields {
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

fn row_words(wb: &Workbook, prompt: Option<&Prompt>, row: &Row) -> String {
    let (rows, columns) = match prompt.and_then(grid_columns) {
        Some((rows, columns)) => (Some(rows), columns),
        None => (None, Vec::new()),
    };
    let name = match rows {
        Some(Rows::Fixed(opts)) => label(&row.key, opts),
        _ => row.key.clone(),
    };
    let mut parts = Vec::new();
    for (id, value) in &row.cells {
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
        .filter(|r| !r.cells.values().all(Value::is_empty))
        .map(|r| {
            let name = match spec {
                Rows::Fixed(opts) => label(&r.key, opts),
                Rows::FromList { .. } => r.key.clone(),
            };
            let mut cells = vec![name];
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
