//! How plain mode puts a question: its wording, how to answer it, and the current answer,
//! as plain lines.
//!
//! Pure: reads the pack and the workbook, returns lines. Never writes or sanitises (the edge
//! does that to every line).

use crate::content::{Field, FieldKind, Opt, Options, Prompt, PromptKind, Scale};
use crate::workbook::derive::{self, RowSpec};
use crate::workbook::{Answer, Item, Value, Workbook};

use super::text::indented;
use crate::words::plain::{LINE_HOW, TEXT_HOW};

/// The label of an option id, or the id itself when the option is gone.
fn label_of(options: &[Opt], id: &str) -> String {
    options
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.label.clone())
}

/// Options numbered from 1, one per line, with their hints.
pub fn numbered(options: &[Opt]) -> Vec<String> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| match &o.hint {
            Some(h) => format!("  {}. {} ({})", i + 1, o.label, h.trim()),
            None => format!("  {}. {}", i + 1, o.label),
        })
        .collect()
}

/// How to answer a field (a list item's detail or a grid cell) of this kind, with its options.
pub fn field_how(kind: &FieldKind, wb: &Workbook) -> Vec<String> {
    match kind {
        FieldKind::Line => vec![LINE_HOW.to_string()],
        FieldKind::Text => vec![TEXT_HOW.to_string()],
        FieldKind::Choice(options) => {
            let opts = derive::options(wb, options);
            let mut out = vec!["Choose one by number:".to_string()];
            out.extend(numbered(&opts));
            out
        }
        FieldKind::MultiChoice(options) => multi_how(&derive::options(wb, options), None, None),
        FieldKind::Scale(scale) => scale_how(scale),
    }
}

pub fn multi_how(opts: &[Opt], min: Option<u32>, max: Option<u32>) -> Vec<String> {
    let limits = match (min, max) {
        (Some(a), Some(b)) => format!(" (at least {a}, at most {b})"),
        (Some(a), None) => format!(" (at least {a})"),
        (None, Some(b)) => format!(" (at most {b})"),
        (None, None) => String::new(),
    };
    let mut out = vec![format!(
        "Choose any by number, separated by spaces or commas{limits}:"
    )];
    out.extend(numbered(opts));
    out
}

pub fn scale_how(scale: &Scale) -> Vec<String> {
    match scale {
        Scale::Numeric(s) => vec![format!(
            "Type a number from {} to {} ({} means {}, {} means {}).",
            s.min, s.max, s.min, s.low, s.max, s.high
        )],
        Scale::Levels(levels) => {
            let mut out = vec!["Choose a level by number, lowest first:".to_string()];
            out.extend(numbered(levels));
            out
        }
    }
}

/// A field's value in words.
pub fn value_words(kind: &FieldKind, value: &Value, wb: &Workbook) -> String {
    match (kind, value) {
        (FieldKind::Choice(o), Value::Choice(id))
        | (FieldKind::MultiChoice(o), Value::Choice(id)) => label_of(&derive::options(wb, o), id),
        (FieldKind::Choice(o) | FieldKind::MultiChoice(o), Value::Choices(ids)) => {
            let opts = derive::options(wb, o);
            ids.iter()
                .map(|id| label_of(&opts, id))
                .collect::<Vec<_>>()
                .join(", ")
        }
        (FieldKind::Scale(Scale::Levels(levels)), Value::Choice(id)) => label_of(levels, id),
        (_, Value::Text(t) | Value::Choice(t)) => t.lines().collect::<Vec<_>>().join(" / "),
        (_, Value::Choices(ids)) => ids.join(", "),
        (_, Value::Number(n)) => n.to_string(),
    }
}

/// The current answer to a prompt as lines, starting "Current answer:".
pub fn current(prompt: &Prompt, wb: &Workbook, rows: &[RowSpec]) -> Vec<String> {
    let Some(answer) = wb.answer(&prompt.qualified_id) else {
        return vec!["Current answer: none yet.".to_string()];
    };
    let options = |o: &Options| derive::options(wb, o);
    match (&prompt.kind, answer) {
        (PromptKind::Text { .. }, Answer::Text(t)) => {
            let mut out = vec!["Current answer:".to_string()];
            out.extend(indented(t, "  "));
            out
        }
        (_, Answer::Text(t)) => vec![format!("Current answer: {}", one_line(t))],
        (PromptKind::Choice { options: o }, Answer::Choice(id)) => {
            vec![format!("Current answer: {}", label_of(&options(o), id))]
        }
        (PromptKind::Scale(Scale::Levels(levels)), Answer::Choice(id)) => {
            vec![format!("Current answer: {}", label_of(levels, id))]
        }
        (PromptKind::MultiChoice { options: o, .. }, Answer::Choices(ids)) => {
            let opts = options(o);
            let words: Vec<String> = ids.iter().map(|id| label_of(&opts, id)).collect();
            vec![format!("Current answer: {}", words.join(", "))]
        }
        (_, Answer::Number(n)) => vec![format!("Current answer: {n}")],
        (PromptKind::List { fields, .. }, Answer::List(items)) => {
            let mut out = vec![format!("Current answer: {} item(s):", items.len())];
            for (i, item) in items.iter().enumerate() {
                out.push(format!(
                    "  {}. {}{}",
                    i + 1,
                    item.text,
                    details(fields, &item.fields, wb)
                ));
            }
            out
        }
        (PromptKind::Grid { columns, .. }, Answer::Grid(_)) => {
            let mut out = vec!["Current answer:".to_string()];
            for row in rows {
                let cells = grid_cells(wb, &prompt.qualified_id, &row.key);
                out.push(format!("  {}{}", row.label, details(columns, &cells, wb)));
            }
            out
        }
        (PromptKind::Quadrant { .. }, Answer::Grid(_)) => {
            let mut out = vec!["Current answer:".to_string()];
            for row in rows {
                out.push(format!(
                    "  {}: {}",
                    row.label,
                    quadrant_words(prompt, wb, &row.key)
                ));
            }
            out
        }
        (_, other) => vec![format!("Current answer: {other:?}")],
    }
}

/// One list item with its number and details, e.g. "item 2: Falls clinic (Type: A team)".
pub fn item_line(prompt: &Prompt, index: usize, item: &Item, wb: &Workbook) -> String {
    let details = match &prompt.kind {
        PromptKind::List { fields, .. } => details(fields, &item.fields, wb),
        _ => String::new(),
    };
    format!("item {}: {}{details}", index + 1, item.text)
}

/// A row's quadrant ratings and placement in words, e.g. "Power 4, Stake 2: Sponsor".
pub fn quadrant_words(prompt: &Prompt, wb: &Workbook, key: &str) -> String {
    let PromptKind::Quadrant { x, y, .. } = &prompt.kind else {
        return String::new();
    };
    let row = grid_row(wb, &prompt.qualified_id, key);
    let get = |id: &str| match row.as_ref().and_then(|r| r.cells.get(id)) {
        Some(Value::Number(n)) => n.to_string(),
        _ => "not rated".to_string(),
    };
    let placed = row
        .as_ref()
        .and_then(|r| derive::quadrant_of(prompt, r))
        .map(|q| format!(": {}", q.label))
        .unwrap_or_default();
    format!(
        "{} {}, {} {}{placed}",
        x.label,
        get(&x.id),
        y.label,
        get(&y.id)
    )
}

fn details(
    fields: &[Field],
    values: &std::collections::BTreeMap<String, Value>,
    wb: &Workbook,
) -> String {
    let parts: Vec<String> = fields
        .iter()
        .filter_map(|f| {
            let v = values.get(&f.id).filter(|v| !v.is_empty())?;
            Some(format!("{}: {}", f.label, value_words(&f.kind, v, wb)))
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}

pub fn grid_row(wb: &Workbook, prompt: &str, key: &str) -> Option<crate::workbook::Row> {
    match wb.answers.get(prompt)? {
        Answer::Grid(rows) => rows.iter().find(|r| r.key == key).cloned(),
        _ => None,
    }
}

pub fn grid_cells(
    wb: &Workbook,
    prompt: &str,
    key: &str,
) -> std::collections::BTreeMap<String, Value> {
    grid_row(wb, prompt, key)
        .map(|r| r.cells)
        .unwrap_or_default()
}

fn one_line(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join(" / ")
}

/// What a prompt's kind asks for, in one line (said before the question's own instructions).
pub fn kind_words(kind: &PromptKind) -> &'static str {
    match kind {
        PromptKind::Line { .. } => "a one-line answer",
        PromptKind::Text { .. } => "a longer answer",
        PromptKind::List { .. } => "a list",
        PromptKind::Choice { .. } => "one choice",
        PromptKind::MultiChoice { .. } => "any number of choices",
        PromptKind::Scale(_) => "a rating",
        PromptKind::Grid { .. } => "a grid, asked row by row",
        PromptKind::Quadrant { .. } => "two ratings per row",
        PromptKind::Ranking { .. } => "the choices in order",
    }
}
