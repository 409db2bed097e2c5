//! Resolving a random edit against the workbook as it stands: which prompt, item, row and
//! option it means now, or `None` where the two front ends offer no common way to do it
//! (said at each `None`).
//!
//! Test support only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::content::{FieldKind, Options, Pack, Prompt, Shape};
use convene::workbook::derive;
use convene::workbook::edit::wrong_shape;
use convene::workbook::{Answer, Value, Workbook};

use super::{
    CHOICES, CellValue, GRIDS, Intent, LISTS, MULTI, Op, QUADRANT, RANKINGS, SCALES, TEXTS, Val,
};

fn prompt<'p>(pack: &'p Pack, id: &str) -> &'p Prompt {
    pack.prompt(id).expect("a prompt of the editing pack")
}

/// Whether plain mode stops at the prompt (it passes a grid without rows and a choice
/// without options, which the TUI shows but cannot answer either).
fn reachable(pack: &Pack, wb: &Workbook, p: &Prompt) -> bool {
    if let Some(rows) = p.kind.rows() {
        return !derive::rows(wb, pack, rows).is_empty();
    }
    match p.kind.options() {
        Some(o @ Options::FromLists(_)) => !derive::options(wb, o).is_empty(),
        _ => true,
    }
}

fn cell_value(wb: &Workbook, kind: &FieldKind, v: &Val) -> CellValue {
    match kind {
        FieldKind::Line | FieldKind::Text => CellValue::Text(v.text.clone()),
        FieldKind::Choice(_) | FieldKind::Scale(_) => CellValue::Digit(v.digit),
        FieldKind::MultiChoice(o) => {
            let n = derive::options(wb, o).len();
            CellValue::Picks((0..n).filter(|i| v.picks.get(*i) == Some(&true)).collect())
        }
    }
}

/// The op as a participant's intent now, or `None` where it cannot apply.
pub fn resolve(pack: &Pack, wb: &Workbook, op: &Op) -> Option<Intent> {
    let all: Vec<&Prompt> = pack.prompts().collect();
    Some(match op {
        Op::Text { prompt: p, text } => Intent::Text {
            prompt: TEXTS[p % 3].into(),
            text: text.clone(),
        },
        Op::TakePrefill => Intent::TakePrefill {
            prompt: TEXTS[1].into(),
        },
        Op::Clear { prompt: i } => {
            let p = all[i % all.len()];
            // The TUI clears a list or grid whole only when it is from an earlier pack.
            let whole = matches!(p.kind.shape(), Shape::List | Shape::Grid);
            if !reachable(pack, wb, p) || (whole && wrong_shape(wb, p).is_none()) {
                return None;
            }
            Intent::Clear {
                prompt: p.qualified_id.clone(),
            }
        }
        Op::Choice { prompt: i, option } => {
            let p = prompt(pack, CHOICES[i % 2]);
            let opts = derive::options(wb, p.kind.options()?);
            if opts.is_empty() {
                return None;
            }
            let option = option % opts.len();
            // Picking the chosen option again unpicks it on the screen; a line sets it.
            if wb.answers.get(&p.qualified_id) == Some(&Answer::Choice(opts[option].id.clone())) {
                return None;
            }
            Intent::Choice {
                prompt: p.qualified_id.clone(),
                option,
            }
        }
        Op::Choices { prompt: i, picks } => {
            let p = prompt(pack, MULTI[i % 2]);
            let opts = derive::options(wb, p.kind.options()?);
            let want: Vec<usize> = (0..opts.len())
                .filter(|i| picks.get(*i) == Some(&true))
                .collect();
            if want.is_empty() {
                return None;
            }
            // The screen ticks one option at a time and stops at the maximum; a line is
            // refused whole. Kept ids no longer offered count towards it.
            let kept = match wb.answers.get(&p.qualified_id) {
                Some(Answer::Choices(c)) => c
                    .iter()
                    .filter(|c| !opts.iter().any(|o| &o.id == *c))
                    .count(),
                _ => 0,
            };
            if p.kind
                .limits()
                .1
                .is_some_and(|m| want.len() + kept > m as usize)
            {
                return None;
            }
            Intent::Choices {
                prompt: p.qualified_id.clone(),
                want,
            }
        }
        Op::Scale { prompt: i, digit } => Intent::Scale {
            prompt: SCALES[i % 2].into(),
            digit: *digit,
        },
        Op::Rank { prompt: i, order } => {
            let p = prompt(pack, RANKINGS[i % 2]);
            let n = derive::options(wb, p.kind.options()?).len();
            if n == 0 {
                return None;
            }
            let mut want: Vec<usize> = Vec::new();
            for o in order.iter().map(|o| o % n) {
                if !want.contains(&o) {
                    want.push(o);
                }
            }
            // An empty line leaves a ranking as it is in plain mode: nothing to compare.
            if want.is_empty() {
                return None;
            }
            Intent::Rank {
                prompt: p.qualified_id.clone(),
                order: want,
            }
        }
        Op::AddItem { list, name, fields } => {
            let p = prompt(pack, LISTS[list % 2]);
            let fields = p
                .kind
                .fields()
                .iter()
                .zip(fields)
                .map(|(f, v)| v.as_ref().map(|v| cell_value(wb, &f.kind, v)))
                .collect();
            Intent::AddItem {
                list: p.qualified_id.clone(),
                name: name.clone(),
                fields,
            }
        }
        Op::Remove { list, index, undo } => {
            let (id, len) = list_at(wb, *list)?;
            Intent::Remove {
                list: id,
                index: index % len,
                undo: *undo,
            }
        }
        Op::Move { list, index, up } => {
            let (id, len) = list_at(wb, *list)?;
            let from = index % len;
            let to = if *up { from.checked_sub(1)? } else { from + 1 };
            if to >= len {
                return None;
            }
            Intent::Move { list: id, from, to }
        }
        Op::Rename { list, index, name } => {
            let (id, len) = list_at(wb, *list)?;
            let index = index % len;
            // Plain mode refuses a name another item has; the screen lets it be typed.
            let taken = wb
                .list_items(&id)
                .iter()
                .enumerate()
                .any(|(i, it)| i != index && it.text.trim() == name);
            if taken {
                return None;
            }
            Intent::Rename {
                list: id,
                index,
                name: name.clone(),
            }
        }
        Op::SetField {
            list,
            index,
            field,
            value,
        } => {
            let (id, len) = list_at(wb, *list)?;
            let fields = prompt(pack, &id).kind.fields();
            let field = field % fields.len();
            let value = cell_value(wb, &fields[field].kind, value);
            if value == CellValue::Text(String::new()) {
                return None;
            }
            Intent::SetField {
                list: id,
                index: index % len,
                field,
                value,
            }
        }
        Op::SetCell {
            grid,
            row,
            col,
            value,
        } => {
            let p = prompt(pack, GRIDS[grid % 2]);
            let rows = derive::rows(wb, pack, p.kind.rows()?);
            if rows.is_empty() {
                return None;
            }
            let columns = p.kind.columns();
            let rows_now = rows.len();
            let row = row % rows_now;
            // A row marked not relevant shows one cell (its first) until it is answered.
            let col = if super::skipped(wb, &p.qualified_id, &rows[row].key) {
                0
            } else {
                col % columns.len()
            };
            let value = cell_value(wb, &columns[col].kind, value);
            // An empty line keeps a cell in plain mode: nothing to compare.
            if matches!(&value, CellValue::Picks(p) if p.is_empty()) {
                return None;
            }
            Intent::SetCell {
                grid: p.qualified_id.clone(),
                row,
                col,
                value,
            }
        }
        Op::SetPair { row, x, y } => {
            let p = prompt(pack, QUADRANT);
            let rows = derive::rows(wb, pack, p.kind.rows()?);
            if rows.is_empty() {
                return None;
            }
            Intent::SetPair {
                row: row % rows.len(),
                x: *x,
                y: *y,
            }
        }
        Op::Skip { grid, row } => {
            let id = if *grid == 2 {
                QUADRANT
            } else {
                GRIDS[grid % 2]
            };
            let p = prompt(pack, id);
            let rows = derive::rows(wb, pack, p.kind.rows()?);
            if rows.is_empty() {
                return None;
            }
            Intent::Skip {
                grid: id.to_string(),
                row: row % rows.len(),
            }
        }
        Op::Seed => Intent::Seed {
            list: LISTS[1].into(),
        },
    })
}

/// A list with items: its id and how many.
fn list_at(wb: &Workbook, list: usize) -> Option<(String, usize)> {
    let id = LISTS[list % 2];
    let len = wb.list_items(id).len();
    (len > 0).then(|| (id.to_string(), len))
}

/// The options a multiple choice cell holds now, by index into what it offers.
pub fn picked(wb: &Workbook, kind: &FieldKind, value: Option<&Value>) -> Vec<usize> {
    let (FieldKind::MultiChoice(o), Some(Value::Choices(ids))) = (kind, value) else {
        return Vec::new();
    };
    derive::options(wb, o)
        .iter()
        .enumerate()
        .filter(|(_, opt)| ids.contains(&opt.id))
        .map(|(i, _)| i)
        .collect()
}
