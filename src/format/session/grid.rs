//! A grid or quadrant question in the session pack: one table with a row per grid row across
//! the cohort (rows from lists merged by name, case-insensitively) and a column per grid
//! column, each cell what the cohort's cells add up to — a rating's mean and range, a
//! scale of levels as how many chose each level, choices as counts, texts as how many wrote
//! one — and a quadrant's four corners as counts. The texts themselves follow the table,
//! one line per grid row.
//!
//! Pure. Holds raw words: the renderers sanitise and escape them.

use std::collections::BTreeMap;

use crate::content::{FieldKind, Prompt, Rows, Scale};
use crate::workbook::cohort::CohortAnswer;
use crate::workbook::derive::{self, quadrant_of};
use crate::workbook::{Answer, Row, Value};

use super::super::answer::participant_name;
use super::super::doc::{Block, Span, Table, plain, strong};

/// One grid row across the cohort: its label and each participant's row (with their name).
struct Gathered<'a> {
    label: String,
    rows: Vec<(String, &'a Row)>,
}

/// The cohort's rows of a grid, in the pack's order for fixed rows, then in the order first
/// seen; rows with nothing in them are left out.
fn gather<'a>(answers: &[CohortAnswer<'a>], rows: &Rows) -> Vec<Gathered<'a>> {
    let mut order: Vec<String> = Vec::new();
    let mut by_key: BTreeMap<String, Gathered<'a>> = BTreeMap::new();
    if let Rows::Fixed(opts) = rows {
        for o in opts {
            let key = o.id.trim().to_lowercase();
            order.push(key.clone());
            by_key.insert(
                key,
                Gathered {
                    label: o.label.clone(),
                    rows: Vec::new(),
                },
            );
        }
    }
    for a in answers {
        let Some(Answer::Grid(grid)) = a.answer else {
            continue;
        };
        let name = participant_name(&a.loaded.workbook, &a.loaded.path);
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

/// The table, then a line per grid row with the texts written in it; nothing when no one
/// filled in a row.
pub(super) fn grid_blocks(prompt: &Prompt, answers: &[CohortAnswer<'_>]) -> Vec<Block> {
    let Some((rows, columns)) = derive::grid_columns(prompt) else {
        return Vec::new();
    };
    let gathered = gather(answers, rows);
    if gathered.is_empty() {
        return Vec::new();
    }
    let first = match rows {
        Rows::Fixed(_) => "Row".to_string(),
        Rows::FromList { .. } => "Named".to_string(),
    };
    let mut head = vec![first, "People".to_string()];
    let quadrants = prompt.kind.axes().map(|(_, _, q)| q.all());
    for (_, label, kind) in &columns {
        head.push(column_head(label, *kind));
    }
    if quadrants.is_some() {
        head.push("Corners".to_string());
    }
    let mut texts = Vec::new();
    let table_rows = gathered
        .iter()
        .map(|g| {
            let mut cells = vec![g.label.clone(), g.rows.len().to_string()];
            for (id, label, kind) in &columns {
                cells.push(cell(&g.rows, id, *kind));
                if matches!(kind, Some(FieldKind::Line | FieldKind::Text)) {
                    texts.extend(written(g, id, label));
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
                cells.push(corners.join(", "));
            }
            cells
        })
        .collect();
    let mut out = vec![Block::Table(Table {
        head,
        rows: table_rows,
    })];
    if !texts.is_empty() {
        out.push(Block::List(texts));
    }
    out
}

/// A column's heading, saying what its cells count.
fn column_head(label: &str, kind: Option<&FieldKind>) -> String {
    match kind {
        None | Some(FieldKind::Scale(Scale::Numeric(_))) => format!("{label} (mean, range)"),
        Some(FieldKind::Scale(Scale::Levels(levels))) => {
            let names: Vec<&str> = levels.iter().map(|l| l.label.as_str()).collect();
            format!("{label}: {}", names.join(" / "))
        }
        Some(FieldKind::Line | FieldKind::Text) => format!("{label} (written)"),
        Some(FieldKind::Choice(_) | FieldKind::MultiChoice(_)) => label.to_string(),
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
            counts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" / ")
        }
        Some(FieldKind::Line | FieldKind::Text) => {
            values.filter(|v| !v.is_empty()).count().to_string()
        }
        Some(FieldKind::Choice(o) | FieldKind::MultiChoice(o)) => {
            let labels = |cid: &str| match o {
                crate::content::Options::Fixed(opts) => opts
                    .iter()
                    .find(|x| x.id == cid)
                    .map_or_else(|| cid.to_string(), |x| x.label.clone()),
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
            mean_range(&numbers)
        }
    }
}

/// "2.3 (1–4)": a mean and the lowest and highest rating; "-" without any.
pub(super) fn mean_range(numbers: &[i64]) -> String {
    let (Some(lo), Some(hi)) = (numbers.iter().min(), numbers.iter().max()) else {
        return String::new();
    };
    let mean = numbers.iter().sum::<i64>() as f64 / numbers.len() as f64;
    if lo == hi {
        format!("{mean:.1}")
    } else {
        format!("{mean:.1} ({lo}–{hi})")
    }
}

/// One line with every text written in one column of one grid row, each with its writer.
fn written(g: &Gathered<'_>, id: &str, label: &str) -> Option<Vec<Span>> {
    let parts: Vec<(String, String)> = g
        .rows
        .iter()
        .filter_map(|(name, r)| match r.cells.get(id) {
            Some(Value::Text(t)) if !t.trim().is_empty() => Some((name.clone(), one_line(t))),
            _ => None,
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    let mut spans = vec![strong(format!("{} — {label}:", g.label))];
    for (i, (name, text)) in parts.into_iter().enumerate() {
        spans.push(plain(if i == 0 { " " } else { " · " }));
        spans.push(Span::Em(name));
        spans.push(plain(format!(" {text}")));
    }
    Some(spans)
}

/// A text on one line: its lines joined with ` · `.
pub(super) fn one_line(text: &str) -> String {
    text.split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}
