//! The quadrant chart (each row of a quadrant prompt placed by its two ratings) and the bar
//! chart (each row of a grid measured on one scale column).
//!
//! Pure; never panics. Rows come from `workbook::derive::rows`, placements from
//! `derive::quadrant_of`. A rating outside its scale counts as not rated, so every point and
//! bar value lies within its chart's range.

use crate::content::{Axis, FieldKind, Pack, Rows, Scale};
use crate::workbook::derive::{RowSpec, quadrant_of, rows};
use crate::workbook::{Answer, Row, Value, Workbook};

use super::model::{Bar, Bars, ChartAxis, Point, QuadrantChart};

pub(super) fn quadrant(pack: &Pack, wb: &Workbook, prompt_id: &str) -> Option<QuadrantChart> {
    let prompt = pack.prompt(prompt_id)?;
    let (x, y, quadrants) = prompt.kind.axes()?;
    let spec = prompt.kind.rows()?;
    // Mermaid's order: top right, top left, bottom left, bottom right.
    let order = [
        &quadrants.high_x_high_y,
        &quadrants.low_x_high_y,
        &quadrants.low_x_low_y,
        &quadrants.high_x_low_y,
    ];
    let mut points = Vec::new();
    let mut unplaced = Vec::new();
    for row in unique_rows(wb, pack, spec, prompt_id) {
        let answer = answer_row(wb, prompt_id, &row.key);
        let placed = answer.and_then(|r| {
            let xv = rating(r, x)?;
            let yv = rating(r, y)?;
            let opt = quadrant_of(prompt, r)?;
            let quadrant = order.iter().position(|o| o.id == opt.id)?;
            Some(Point {
                label: row.label.clone(),
                x: xv,
                y: yv,
                quadrant,
                group: None,
            })
        });
        match placed {
            Some(p) => points.push(p),
            None => unplaced.push(row.label),
        }
    }
    Some(QuadrantChart {
        x: chart_axis(x),
        y: chart_axis(y),
        quadrants: order.map(|o| o.label.to_string()),
        points,
        unplaced,
        groups: Vec::new(),
    })
}

/// The prompt's rows, each key once (two list items with the same name share one row of
/// answers, so they are drawn once), leaving out rows marked "not relevant" in `prompt_id`.
fn unique_rows(wb: &Workbook, pack: &Pack, spec: &Rows, prompt_id: &str) -> Vec<RowSpec> {
    let mut out: Vec<RowSpec> = Vec::new();
    for row in rows(wb, pack, spec) {
        let skipped = answer_row(wb, prompt_id, &row.key).is_some_and(|r| r.skipped);
        if !skipped && !out.iter().any(|r| r.key == row.key) {
            out.push(row);
        }
    }
    out
}

fn chart_axis(a: &Axis) -> ChartAxis {
    ChartAxis {
        label: a.label.clone(),
        min: a.scale.min,
        max: a.scale.max,
        low: a.scale.low.to_string(),
        high: a.scale.high.to_string(),
        high_from: a.high_from,
    }
}

/// A row's rating on an axis, when it is a number within the axis's scale.
fn rating(row: &Row, axis: &Axis) -> Option<i64> {
    match row.cells.get(&axis.id)? {
        Value::Number(n) if (axis.scale.min..=axis.scale.max).contains(n) => Some(*n),
        _ => None,
    }
}

fn answer_row<'a>(wb: &'a Workbook, prompt_id: &str, key: &str) -> Option<&'a Row> {
    match wb.answers.get(prompt_id)? {
        Answer::Grid(rows) => rows.iter().find(|r| r.key == key),
        _ => None,
    }
}

/// Bars over a grid's scale column. For a scale of named levels the value is the level's
/// position counted from 1 (`min` = 1, `max` = the number of levels), as in `where` filters.
pub(super) fn bars(pack: &Pack, wb: &Workbook, prompt_id: &str, column: &str) -> Option<Bars> {
    let prompt = pack.prompt(prompt_id)?;
    let spec = prompt.kind.rows()?;
    let field = prompt.kind.columns().iter().find(|c| c.id == column)?;
    let FieldKind::Scale(scale) = &field.kind else {
        return None;
    };
    let (min, max, levels, low, high) = match scale {
        Scale::Numeric(s) => (
            s.min,
            s.max,
            Vec::new(),
            s.low.to_string(),
            s.high.to_string(),
        ),
        Scale::Levels(levels) => {
            let labels: Vec<String> = levels.iter().map(|l| l.label.to_string()).collect();
            (
                1,
                i64::try_from(levels.len()).ok()?,
                labels.clone(),
                labels.first().cloned().unwrap_or_default(),
                labels.last().cloned().unwrap_or_default(),
            )
        }
    };
    let value_of = |row: &Row| -> Option<i64> {
        match (row.cells.get(column)?, scale) {
            (Value::Number(n), Scale::Numeric(_)) if (min..=max).contains(n) => Some(*n),
            (Value::Choice(id), Scale::Levels(levels)) => levels
                .iter()
                .position(|l| l.id == *id)
                .and_then(|p| i64::try_from(p + 1).ok()),
            _ => None,
        }
    };
    let bars = unique_rows(wb, pack, spec, prompt_id)
        .into_iter()
        .map(|row| Bar {
            value: answer_row(wb, prompt_id, &row.key).and_then(value_of),
            label: row.label,
        })
        .collect();
    Some(Bars {
        measure: field.label.to_string(),
        min,
        max,
        levels,
        low,
        high,
        bars,
    })
}
