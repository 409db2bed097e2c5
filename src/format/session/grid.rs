//! A grid or quadrant question in the session pack: one line per grid row across the cohort
//! (rows from lists merged by name, case-insensitively): how many filled it, what each
//! column adds up to — a rating's mean and range, each level of a scale chosen with how
//! many chose it, choices as counts — and a quadrant's corners as counts, then every text
//! written in the row, each with its writer. (A table would print a cell per column and
//! wrap each one; a line reads the same and takes a third of the room.)
//!
//! Pure. Holds raw words: the renderers sanitise and escape them.

use std::collections::BTreeMap;

use crate::content::{FieldKind, Prompt, Rows, Scale};
use crate::workbook::cohort::CohortAnswer;
use crate::workbook::derive::{self, quadrant_of};
use crate::workbook::{Answer, Row, Value};

use super::super::doc::{Block, Span, para, plain, strong};
use super::excerpt::{LONG, Words, excerpt};

/// One grid row across the cohort: its label and each participant's row (with their name).
struct Gathered<'a> {
    label: String,
    rows: Vec<(String, &'a Row)>,
}

/// The cohort's rows of a grid, in the pack's order for fixed rows, then in the order first
/// seen; rows with nothing in them are left out.
fn gather<'a>(answers: &[CohortAnswer<'a>], names: &[String], rows: &Rows) -> Vec<Gathered<'a>> {
    let mut order: Vec<String> = Vec::new();
    let mut by_key: BTreeMap<String, Gathered<'a>> = BTreeMap::new();
    if let Rows::Fixed(opts) = rows {
        for o in opts {
            let key = o.id.trim().to_lowercase();
            order.push(key.clone());
            by_key.insert(
                key,
                Gathered {
                    label: o.label.to_string(),
                    rows: Vec::new(),
                },
            );
        }
    }
    for (a, name) in answers.iter().zip(names) {
        let Some(Answer::Grid(grid)) = a.answer else {
            continue;
        };
        for row in grid {
            if row.cells.values().all(Value::is_empty) {
                continue;
            }
            let key = row.key.trim().to_lowercase();
            let entry = by_key.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                Gathered {
                    label: row.key.trim().to_string(),
                    rows: Vec::new(),
                }
            });
            entry.rows.push((name.clone(), row));
        }
    }
    order
        .into_iter()
        .filter_map(|k| by_key.remove(&k))
        .filter(|g| !g.rows.is_empty())
        .collect()
}

/// A line per grid row across the cohort: how many filled it, what each column adds up to,
/// then what was written in it, each text with its writer; nothing when no one filled in a
/// row.
pub(super) fn grid_blocks(
    prompt: &Prompt,
    answers: &[CohortAnswer<'_>],
    names: &[String],
    words: Words,
) -> Vec<Block<'static>> {
    let Some((rows, columns)) = derive::grid_columns(prompt) else {
        return Vec::new();
    };
    let gathered = gather(answers, names, rows);
    if gathered.is_empty() {
        return Vec::new();
    }
    let quadrants = prompt.kind.axes().map(|(_, _, q)| q.all());
    let counted_only = words == Words::Counted
        && quadrants.is_none()
        && columns
            .iter()
            .all(|(_, _, kind)| matches!(kind, Some(FieldKind::Line | FieldKind::Text)));
    if counted_only {
        // Nothing to add up but how many filled each row: one line, as a list's items.
        let rows: Vec<String> = gathered
            .iter()
            .map(|g| format!("{} ×{}", g.label, g.rows.len()))
            .collect();
        return vec![para(vec![plain(rows.join(" · "))])];
    }
    let lines = gathered
        .iter()
        .map(|g| {
            let mut added = vec![people(g.rows.len())];
            for (id, label, kind) in &columns {
                if !matches!(kind, Some(FieldKind::Line | FieldKind::Text)) {
                    let c = cell(&g.rows, id, *kind);
                    if !c.is_empty() {
                        added.push(format!("{label}: {c}"));
                    }
                }
            }
            if let Some(qs) = &quadrants {
                let corners: Vec<String> = qs
                    .iter()
                    .filter_map(|q| {
                        let n = g
                            .rows
                            .iter()
                            .filter(|(_, r)| quadrant_of(prompt, r).is_some_and(|o| o.id == q.id))
                            .count();
                        (n > 0).then(|| format!("{} {n}", q.label))
                    })
                    .collect();
                if !corners.is_empty() {
                    added.push(format!("in the corners: {}", corners.join(", ")));
                }
            }
            let mut spans = vec![strong(&g.label), plain(format!(": {}.", added.join("; ")))];
            let mut said = false;
            for (id, label, kind) in &columns {
                if words == Words::Shown && matches!(kind, Some(FieldKind::Line | FieldKind::Text))
                {
                    let texts = written(g, id, label);
                    if said && !texts.is_empty() {
                        spans.push(plain("."));
                    }
                    said |= !texts.is_empty();
                    spans.extend(texts);
                }
            }
            spans
        })
        .collect();
    vec![Block::List(lines)]
}

/// `1 person`, `4 people`.
fn people(n: usize) -> String {
    match n {
        1 => "1 person".into(),
        n => format!("{n} people"),
    }
}

/// What one column's cells add up to on one row (a quadrant's axes, without a field kind,
/// rate on a numeric scale).
fn cell(rows: &[(String, &Row)], id: &str, kind: Option<&FieldKind>) -> String {
    let values = rows.iter().filter_map(|(_, r)| r.cells.get(id));
    match kind {
        Some(FieldKind::Scale(Scale::Levels(levels))) => {
            let mut counts = vec![0usize; levels.len()];
            for v in values {
                if let Value::Choice(c) = v
                    && let Some(p) = levels.iter().position(|l| &l.id == c)
                {
                    counts[p] += 1;
                }
            }
            levels
                .iter()
                .zip(&counts)
                .filter(|(_, n)| **n > 0)
                .map(|(l, n)| format!("{} {n}", l.label))
                .collect::<Vec<_>>()
                .join(", ")
        }
        Some(FieldKind::Line | FieldKind::Text) => {
            values.filter(|v| !v.is_empty()).count().to_string()
        }
        Some(FieldKind::Choice(o) | FieldKind::MultiChoice(o)) => {
            let labels = |cid: &str| match o {
                crate::content::Options::Fixed(opts) => opts
                    .iter()
                    .find(|x| x.id == cid)
                    .map_or_else(|| cid.to_string(), |x| x.label.to_string()),
                crate::content::Options::FromLists(_) => cid.to_string(),
            };
            let mut order: Vec<String> = Vec::new();
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for v in values {
                let ids: Vec<&str> = match v {
                    Value::Choice(c) => vec![c.as_str()],
                    Value::Choices(cs) => cs.iter().map(String::as_str).collect(),
                    _ => Vec::new(),
                };
                for cid in ids {
                    let label = labels(cid);
                    if !counts.contains_key(&label) {
                        order.push(label.clone());
                    }
                    *counts.entry(label).or_default() += 1;
                }
            }
            order
                .iter()
                .map(|l| format!("{l} {}", counts.get(l).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ")
        }
        None | Some(FieldKind::Scale(Scale::Numeric(_))) => {
            let numbers: Vec<i64> = values
                .filter_map(|v| match v {
                    Value::Number(n) => Some(*n),
                    _ => None,
                })
                .collect();
            mean_range(&numbers).map_or_else(String::new, |m| format!("mean {m}"))
        }
    }
}

/// "2.3 (1–4)": a mean and the lowest and highest rating; `None` without any.
pub(super) fn mean_range(numbers: &[i64]) -> Option<String> {
    let (Some(lo), Some(hi)) = (numbers.iter().min(), numbers.iter().max()) else {
        return None;
    };
    let mean = numbers.iter().sum::<i64>() as f64 / numbers.len() as f64;
    Some(if lo == hi {
        format!("{mean:.1}")
    } else {
        format!("{mean:.1} ({lo}–{hi})")
    })
}

/// Every text written in one column of one grid row, each with its writer:
/// ` In a few words: _Zoë_ … · _Sam_ …`; nothing when no one wrote in it.
fn written(g: &Gathered<'_>, id: &str, label: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    for (name, r) in &g.rows {
        let Some(Value::Text(t)) = r.cells.get(id) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        spans.push(plain(if spans.is_empty() {
            format!(" {label}: ")
        } else {
            " · ".to_string()
        }));
        spans.push(Span::Em(name.clone()));
        spans.push(plain(format!(" {}", excerpt(&one_line(t), LONG))));
    }
    spans
}

/// A text on one line: its lines joined with ` ¶ ` (`NEW_LINE`), so that inside a run of
/// answers, where ` · ` goes between one person's answer and the next, a new paragraph
/// of one answer reads as such.
pub(super) fn one_line(text: &str) -> String {
    text.split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(NEW_LINE)
}

/// Between the lines of one answer run on.
const NEW_LINE: &str = " ¶ ";
