//! How plain mode puts a question and takes its answer, as `Say` data: what its kind asks
//! for, how to answer it, the current answer, and a typed line as the answer to a question
//! answered whole; and the values those carry (an option's label, a field's value, a list
//! item's details, a quadrant row's ratings). The one plain-mode file that names every
//! prompt kind.
//!
//! Pure: reads the pack and the workbook and returns data; `take` changes the in-memory
//! workbook only through the editing core. Never words a sentence itself (`words::plain`
//! does) and never writes or sanitises (the loop does).

use crate::content::{Field, FieldKind, Opt, Prompt, PromptKind, Scale};
use crate::format::answer::answer_words;
use crate::words::plain::{Asks, ItemSaid, QuadSaid, Say};
use crate::workbook::derive::{self, RowSpec};
use crate::workbook::edit::{self, EditError};
use crate::workbook::{Answer, Fields, Item, Value, Workbook};

use super::parse;

/// The label of an option id, or the id itself when the option is gone.
fn label_of(options: &[Opt], id: &str) -> String {
    options
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.label.to_string())
}

/// Options numbered from 1, one per line, with their hints.
pub fn numbered(options: &[Opt]) -> Vec<Say> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| Say::Option {
            n: i + 1,
            label: o.label.to_string(),
            hint: o.hint.as_deref().map(str::to_string),
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
            low: s.low.to_string(),
            high: s.high.to_string(),
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
    if edit::wrong_shape(wb, prompt).is_some() {
        return vec![
            Say::OldAnswer,
            Say::Text {
                text: answer_words(wb, Some(prompt), answer),
                indent: 2,
            },
            Say::OldAnswerHow,
        ];
    }
    let kind = &prompt.kind;
    let labels = |ids: &[String]| {
        let opts = derive::prompt_options(wb, kind);
        let words: Vec<String> = ids.iter().map(|id| label_of(&opts, id)).collect();
        one(words.join(", "))
    };
    match answer {
        Answer::Text(t) if kind.is_multiline() => vec![
            Say::AnswerHead,
            Say::Text {
                text: t.clone(),
                indent: 2,
            },
        ],
        Answer::Text(t) => one(one_line(t)),
        Answer::Choice(id) => labels(std::slice::from_ref(id)),
        Answer::Choices(ids) if matches!(kind, PromptKind::Ranking { .. }) => {
            let opts = derive::prompt_options(wb, kind);
            let order: Vec<String> = ids
                .iter()
                .enumerate()
                .map(|(i, id)| format!("{}. {}", i + 1, label_of(&opts, id)))
                .collect();
            one(order.join("; "))
        }
        Answer::Choices(ids) => labels(ids),
        Answer::Number(n) => one(n.to_string()),
        Answer::List(items) => {
            let mut out = vec![Say::AnswerItems(items.len())];
            for (i, item) in items.iter().enumerate() {
                out.push(Say::Item(item_said(prompt, i, item, wb)));
            }
            out.extend(derive::item_flags(items).into_iter().map(Say::ItemFlag));
            out
        }
        Answer::Grid(_) => {
            let mut out = vec![Say::AnswerHead];
            for row in rows {
                let label = row.label.clone();
                out.push(if kind.axes().is_some() {
                    Say::QuadRow {
                        label,
                        quad: Box::new(quadrant_said(prompt, wb, &row.key)),
                    }
                } else {
                    let cells = grid_cells(wb, &prompt.qualified_id, &row.key);
                    Say::GridRow {
                        label,
                        details: details(kind.columns(), &cells, wb),
                    }
                });
            }
            out
        }
    }
}

/// One list item with its number and details, to be said back.
pub fn item_said(prompt: &Prompt, index: usize, item: &Item, wb: &Workbook) -> ItemSaid {
    ItemSaid {
        n: index + 1,
        name: item.text.clone(),
        details: details(prompt.kind.fields(), &item.fields, wb),
    }
}

/// A row's quadrant ratings and placement.
pub fn quadrant_said(prompt: &Prompt, wb: &Workbook, key: &str) -> QuadSaid {
    let Some((x, y, _)) = prompt.kind.axes() else {
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
        x: (x.label.to_string(), get(&x.id)),
        y: (y.label.to_string(), get(&y.id)),
        placed: row
            .as_ref()
            .and_then(|r| derive::quadrant_of(prompt, r))
            .map(|q| q.label.to_string()),
    }
}

/// A list item's or grid row's details that have a value: (label, value).
pub(super) fn details(fields: &[Field], values: &Fields, wb: &Workbook) -> Vec<(String, String)> {
    fields
        .iter()
        .filter_map(|f| {
            let v = values.get(&f.id).filter(|v| !v.is_empty())?;
            Some((f.label.to_string(), value_words(&f.kind, v, wb)))
        })
        .collect()
}

pub fn grid_row(wb: &Workbook, prompt: &str, key: &str) -> Option<crate::workbook::Row> {
    match wb.answers.get(prompt)? {
        Answer::Grid(rows) => rows.iter().find(|r| r.key == key).cloned(),
        _ => None,
    }
}

pub fn grid_cells(wb: &Workbook, prompt: &str, key: &str) -> Fields {
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
        PromptKind::Ranking { .. } => Asks::Ranking,
    }
}

/// How to answer a question that is answered whole, on a line (or, for a long answer, on
/// lines); `None` for one asked part by part (a list's items, a grid's or quadrant's rows).
pub fn how(kind: &PromptKind, wb: &Workbook) -> Option<Vec<Say>> {
    Some(match kind {
        PromptKind::Line { .. } => vec![Say::LineHow],
        PromptKind::Text { .. } => vec![Say::TextHow],
        PromptKind::Choice { options } => field_how(&FieldKind::Choice(options.clone()), wb),
        PromptKind::MultiChoice { options, min, max } => {
            multi_how(&derive::options(wb, options), *min, *max)
        }
        PromptKind::Scale(scale) => scale_how(scale),
        PromptKind::Ranking { options } => {
            let mut out = vec![Say::RankHow];
            out.extend(numbered(&derive::options(wb, options)));
            out
        }
        PromptKind::List { .. } | PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => {
            return None;
        }
    })
}

/// A typed line as the answer to a question answered whole, made through the editing core;
/// returns a note to say, if any. `Err` holds what to say about why the line was not taken.
pub fn take(wb: &mut Workbook, prompt: &Prompt, line: &str) -> Result<Vec<Say>, Say> {
    match &prompt.kind {
        PromptKind::Line { .. } | PromptKind::Text { .. } => {
            edit::set_text(wb, prompt, line).map_err(Say::Refused)?;
        }
        PromptKind::Choice { options } => {
            let id = parse::choice(line, &derive::options(wb, options))?;
            edit::set_choice(wb, prompt, Some(&id)).map_err(Say::Refused)?;
        }
        PromptKind::MultiChoice { options, min, max } => {
            let ids = parse::choices(line, &derive::options(wb, options), *max)?;
            edit::set_choices(wb, prompt, &ids).map_err(Say::Refused)?;
            if let Some(min) = min.filter(|m| ids.len() < *m as usize) {
                return Ok(vec![Say::FewChoices {
                    min,
                    chosen: ids.len(),
                }]);
            }
        }
        PromptKind::Scale(Scale::Numeric(s)) => {
            let n = parse::number(line, s)?;
            edit::set_scale(wb, prompt, Some(Value::Number(n))).map_err(Say::Refused)?;
        }
        PromptKind::Scale(Scale::Levels(levels)) => {
            let level = parse::choice(line, levels)?;
            edit::set_scale(wb, prompt, Some(Value::Choice(level))).map_err(Say::Refused)?;
        }
        PromptKind::Ranking { options } => {
            let ids = parse::ranking(line, &derive::options(wb, options))?;
            edit::set_ranking(wb, prompt, &ids).map_err(Say::Refused)?;
        }
        PromptKind::List { .. } | PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => {
            return Err(Say::Refused(EditError::WrongKind));
        }
    }
    Ok(Vec::new())
}
