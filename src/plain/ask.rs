//! How plain mode puts a question, as `Say` data: how to answer it and the current answer;
//! and the values those carry (an option's label, a field's value, a list item's details,
//! a quadrant row's ratings).
//!
//! Pure: reads the pack and the workbook, returns data. Never words a sentence itself
//! (`words::plain` does) and never writes or sanitises (the loop does).

use crate::content::{Field, FieldKind, Opt, Options, Prompt, PromptKind, Scale};
use crate::words::plain::{Asks, ItemSaid, QuadSaid, Say};
use crate::workbook::derive::{self, RowSpec};
use crate::workbook::{Answer, Item, Value, Workbook};

/// The label of an option id, or the id itself when the option is gone.
fn label_of(options: &[Opt], id: &str) -> String {
    options
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.label.clone())
}

/// Options numbered from 1, one per line, with their hints.
pub fn numbered(options: &[Opt]) -> Vec<Say> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| Say::Option {
            n: i + 1,
            label: o.label.clone(),
            hint: o.hint.clone(),
        })
        .collect()
}

/// How to answer a field (a list item's detail or a grid cell) of this kind, with its options.
pub fn field_how(kind: &FieldKind, wb: &Workbook) -> Vec<Say> {
    match kind {
        FieldKind::Line => vec![Say::LineHow],
        FieldKind::Text => vec![Say::TextHow],
        FieldKind::Choice(options) => {
            let opts = derive::options(wb, options);
            let mut out = vec![Say::ChooseOne];
            out.extend(numbered(&opts));
            out
        }
        FieldKind::MultiChoice(options) => multi_how(&derive::options(wb, options), None, None),
        FieldKind::Scale(scale) => scale_how(scale),
    }
}

pub fn multi_how(opts: &[Opt], min: Option<u32>, max: Option<u32>) -> Vec<Say> {
    let mut out = vec![Say::ChooseAny { min, max }];
    out.extend(numbered(opts));
    out
}

pub fn scale_how(scale: &Scale) -> Vec<Say> {
    match scale {
        Scale::Numeric(s) => vec![Say::ScaleHow {
            min: s.min,
            max: s.max,
            low: s.low.clone(),
            high: s.high.clone(),
        }],
        Scale::Levels(levels) => {
            let mut out = vec![Say::ChooseLevel];
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

/// The current answer to a prompt (said as "Current answer: …").
pub fn current(prompt: &Prompt, wb: &Workbook, rows: &[RowSpec]) -> Vec<Say> {
    let Some(answer) = wb.answer(&prompt.qualified_id) else {
        return vec![Say::NoAnswer { saved: false }];
    };
    let one = |value: String| {
        vec![Say::Answer {
            value,
            saved: false,
        }]
    };
    let options = |o: &Options| derive::options(wb, o);
    match (&prompt.kind, answer) {
        (PromptKind::Text { .. }, Answer::Text(t)) => vec![
            Say::AnswerHead,
            Say::Text {
                text: t.clone(),
                indent: 2,
            },
        ],
        (_, Answer::Text(t)) => one(one_line(t)),
        (PromptKind::Choice { options: o }, Answer::Choice(id)) => one(label_of(&options(o), id)),
        (PromptKind::Scale(Scale::Levels(levels)), Answer::Choice(id)) => one(label_of(levels, id)),
        (PromptKind::MultiChoice { options: o, .. }, Answer::Choices(ids)) => {
            let opts = options(o);
            let words: Vec<String> = ids.iter().map(|id| label_of(&opts, id)).collect();
            one(words.join(", "))
        }
        (_, Answer::Number(n)) => one(n.to_string()),
        (PromptKind::List { fields, .. }, Answer::List(items)) => {
            let mut out = vec![Say::AnswerItems(items.len())];
            for (i, item) in items.iter().enumerate() {
                out.push(Say::Item(ItemSaid {
                    n: i + 1,
                    name: item.text.clone(),
                    details: details(fields, &item.fields, wb),
                }));
            }
            out
        }
        (PromptKind::Grid { columns, .. }, Answer::Grid(_)) => {
            let mut out = vec![Say::AnswerHead];
            for row in rows {
                let cells = grid_cells(wb, &prompt.qualified_id, &row.key);
                out.push(Say::GridRow {
                    label: row.label.clone(),
                    details: details(columns, &cells, wb),
                });
            }
            out
        }
        (PromptKind::Quadrant { .. }, Answer::Grid(_)) => {
            let mut out = vec![Say::AnswerHead];
            for row in rows {
                out.push(Say::QuadRow {
                    label: row.label.clone(),
                    quad: Box::new(quadrant_said(prompt, wb, &row.key)),
                });
            }
            out
        }
        (_, other) => one(format!("{other:?}")),
    }
}

/// One list item with its number and details, to be said back.
pub fn item_said(prompt: &Prompt, index: usize, item: &Item, wb: &Workbook) -> ItemSaid {
    let details = match &prompt.kind {
        PromptKind::List { fields, .. } => details(fields, &item.fields, wb),
        _ => Vec::new(),
    };
    ItemSaid {
        n: index + 1,
        name: item.text.clone(),
        details,
    }
}

/// A row's quadrant ratings and placement.
pub fn quadrant_said(prompt: &Prompt, wb: &Workbook, key: &str) -> QuadSaid {
    let PromptKind::Quadrant { x, y, .. } = &prompt.kind else {
        return QuadSaid {
            x: (String::new(), None),
            y: (String::new(), None),
            placed: None,
        };
    };
    let row = grid_row(wb, &prompt.qualified_id, key);
    let get = |id: &str| match row.as_ref().and_then(|r| r.cells.get(id)) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    };
    QuadSaid {
        x: (x.label.clone(), get(&x.id)),
        y: (y.label.clone(), get(&y.id)),
        placed: row
            .as_ref()
            .and_then(|r| derive::quadrant_of(prompt, r))
            .map(|q| q.label.clone()),
    }
}

/// A list item's or grid row's details that have a value: (label, value).
fn details(
    fields: &[Field],
    values: &std::collections::BTreeMap<String, Value>,
    wb: &Workbook,
) -> Vec<(String, String)> {
    fields
        .iter()
        .filter_map(|f| {
            let v = values.get(&f.id).filter(|v| !v.is_empty())?;
            Some((f.label.clone(), value_words(&f.kind, v, wb)))
        })
        .collect()
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

/// What a prompt's kind asks for (said before the question's own instructions).
pub fn asks(kind: &PromptKind) -> Asks {
    match kind {
        PromptKind::Line { .. } => Asks::Line,
        PromptKind::Text { .. } => Asks::Text,
        PromptKind::List { .. } => Asks::List,
        PromptKind::Choice { .. } => Asks::Choice,
        PromptKind::MultiChoice { .. } => Asks::MultiChoice,
        PromptKind::Scale(_) => Asks::Scale,
        PromptKind::Grid { .. } => Asks::Grid,
        PromptKind::Quadrant { .. } => Asks::Quadrant,
    }
}
