//! Realistic workbooks for the review tests and benchmark: every prompt of a pack answered
//! according to its kind, in pack order (so grids get their rows from earlier lists).
#![allow(dead_code)]

use convene::content::{FieldKind, Options, Pack, PromptKind, Scale};
use convene::store::blank_workbook;
use convene::workbook::derive;
use convene::workbook::{Answer, Item, Row, Value, Workbook};

const NAMES: [&str; 6] = [
    "Falls clinic",
    "A&E",
    "GP practices",
    "Social care, north",
    "Carers' forum",
    "Ambulance trust",
];

/// Writes `count` workbooks (`filled`, each seventh prompt skipped) under `root`, in ten
/// folders; their size in bytes. The cohort of the review benchmarks.
pub fn write_cohort(pack: &Pack, root: &std::path::Path, count: usize) -> std::io::Result<usize> {
    let mut bytes = 0;
    for n in 0..count {
        let sub = root.join(format!("group-{}", n % 10));
        std::fs::create_dir_all(&sub)?;
        let text = convene::format::markdown::write(&filled(pack, n, 7), pack);
        bytes += text.len();
        std::fs::write(sub.join(format!("participant-{n}.md")), text)?;
    }
    Ok(bytes)
}

/// A workbook for participant `n` with every prompt answered except each `skip`-th one.
pub fn filled(pack: &Pack, n: usize, skip: usize) -> Workbook {
    let mut wb = blank_workbook(
        pack,
        &format!("Initiative {n}"),
        &format!("Participant {n}"),
    );
    for (i, prompt) in pack.prompts().enumerate() {
        if skip > 0 && (i + n).is_multiple_of(skip) {
            continue;
        }
        let answer = match &prompt.kind {
            PromptKind::Line { .. } => Answer::Text(format!("A line from {n}, with a comma")),
            PromptKind::Text { .. } => Answer::Text(format!(
                "First thought of participant {n}.\n\nA second paragraph, \"quoted\".\n- and a list"
            )),
            PromptKind::List { fields, .. } => Answer::List(
                (0..3)
                    .map(|k| Item {
                        text: NAMES[(n + k) % NAMES.len()].to_string(),
                        fields: fields
                            .iter()
                            .map(|f| (f.id.clone(), value(&wb, &f.kind, n + k)))
                            .collect(),
                    })
                    .collect(),
            ),
            PromptKind::Choice { options } => match derive::options(&wb, options).get(n % 3) {
                Some(o) => Answer::Choice(o.id.clone()),
                None => continue,
            },
            PromptKind::MultiChoice { options, .. } => Answer::Choices(
                derive::options(&wb, options)
                    .into_iter()
                    .take(1 + n % 2)
                    .map(|o| o.id)
                    .collect(),
            ),
            PromptKind::Ranking { options } => Answer::Choices(
                derive::options(&wb, options)
                    .into_iter()
                    .rev()
                    .map(|o| o.id)
                    .collect(),
            ),
            PromptKind::Scale(Scale::Numeric(s)) => {
                Answer::Number(s.min + (n as i64) % (s.max - s.min + 1))
            }
            PromptKind::Scale(Scale::Levels(l)) => Answer::Choice(l[n % l.len()].id.clone()),
            PromptKind::Grid { rows, columns } => Answer::Grid(
                derive::rows(&wb, pack, rows)
                    .into_iter()
                    .enumerate()
                    .map(|(k, r)| Row {
                        key: r.key,
                        cells: columns
                            .iter()
                            .map(|c| (c.id.clone(), value(&wb, &c.kind, n + k)))
                            .collect(),
                        skipped: false,
                    })
                    .collect(),
            ),
            PromptKind::Quadrant { rows, x, y, .. } => Answer::Grid(
                derive::rows(&wb, pack, rows)
                    .into_iter()
                    .enumerate()
                    .map(|(k, r)| Row {
                        key: r.key,
                        cells: [
                            (
                                x.id.clone(),
                                Value::Number(
                                    x.scale.min
                                        + ((n + k) as i64) % (x.scale.max - x.scale.min + 1),
                                ),
                            ),
                            (
                                y.id.clone(),
                                Value::Number(
                                    y.scale.max
                                        - ((n + 2 * k) as i64) % (y.scale.max - y.scale.min + 1),
                                ),
                            ),
                        ]
                        .into_iter()
                        .collect(),
                        skipped: false,
                    })
                    .collect(),
            ),
        };
        wb.answers.insert(prompt.qualified_id.clone(), answer);
    }
    wb
}

fn value(wb: &Workbook, kind: &FieldKind, n: usize) -> Value {
    match kind {
        FieldKind::Line | FieldKind::Text => Value::Text(format!("note {n}")),
        FieldKind::Choice(o) => match first(wb, o, n) {
            Some(id) => Value::Choice(id),
            None => Value::Text(String::new()),
        },
        FieldKind::MultiChoice(o) => Value::Choices(first(wb, o, n).into_iter().collect()),
        FieldKind::Scale(Scale::Numeric(s)) => {
            Value::Number(s.min + (n as i64) % (s.max - s.min + 1))
        }
        FieldKind::Scale(Scale::Levels(l)) => Value::Choice(l[n % l.len()].id.clone()),
    }
}

fn first(wb: &Workbook, options: &Options, n: usize) -> Option<String> {
    let opts = derive::options(wb, options);
    opts.get(n % opts.len().max(1)).map(|o| o.id.clone())
}
