//! The edits of the TUI / plain-mode equivalence property: random edits (`Op`), resolved
//! against the workbook as it stands into what a participant means to do (`Intent`), which
//! each front end's driver (`tui`, `plain`) then does with its own keys or lines.
//!
//! Test support only. An intent is skipped only where the two front ends offer no common
//! way to do it (said at each `None`); everything else is driven through both.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

pub mod plain;
pub mod tui;

use std::path::Path;

use convene::content::{FieldKind, Options, Pack, Prompt, Shape};
use convene::store::pack::load_dir;
use convene::workbook::derive;
use convene::workbook::edit::wrong_shape;
use convene::workbook::{Answer, Item, Value, Workbook};
use proptest::prelude::*;

pub fn pack() -> Pack {
    load_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/packs/valid/edit"
    )))
    .expect("the editing test pack loads")
}

pub const TEXTS: [&str; 3] = ["words.name", "words.motto", "words.story"];
pub const LISTS: [&str; 2] = ["words.people", "words.team"];
pub const CHOICES: [&str; 2] = ["picks.stance", "picks.first"];
pub const MULTI: [&str; 2] = ["picks.allies", "picks.ways"];
pub const SCALES: [&str; 2] = ["picks.energy", "picks.trust"];
pub const GRIDS: [&str; 2] = ["tables.sway", "tables.cycles"];
pub const QUADRANT: &str = "tables.map";

/// A value for a field or cell, whatever its kind turns out to be.
#[derive(Debug, Clone)]
pub struct Val {
    pub text: String,
    pub digit: u8,
    pub picks: Vec<bool>,
}

/// One random edit, by positions that are resolved when it is applied.
#[derive(Debug, Clone)]
pub enum Op {
    Text {
        prompt: usize,
        text: String,
    },
    TakePrefill,
    Clear {
        prompt: usize,
    },
    Choice {
        prompt: usize,
        option: usize,
    },
    Choices {
        prompt: usize,
        picks: Vec<bool>,
    },
    Scale {
        prompt: usize,
        digit: u8,
    },
    AddItem {
        list: usize,
        name: String,
        fields: Vec<Option<Val>>,
    },
    Remove {
        list: usize,
        index: usize,
        undo: bool,
    },
    Move {
        list: usize,
        index: usize,
        up: bool,
    },
    Rename {
        list: usize,
        index: usize,
        name: String,
    },
    SetField {
        list: usize,
        index: usize,
        field: usize,
        value: Val,
    },
    SetCell {
        grid: usize,
        row: usize,
        col: usize,
        value: Val,
    },
    SetPair {
        row: usize,
        x: u8,
        y: u8,
    },
    Seed,
}

/// What a field or cell is to hold, in the terms of its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    /// A line or text field.
    Text(String),
    /// A choice's option number or a scale's digit (a level's number).
    Digit(u8),
    /// A multiple choice's options, by index, wanted chosen.
    Picks(Vec<usize>),
}

/// An op made concrete against the workbook: ids, positions and values that exist.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    Text {
        prompt: String,
        text: String,
    },
    TakePrefill {
        prompt: String,
    },
    Clear {
        prompt: String,
    },
    Choice {
        prompt: String,
        option: usize,
    },
    Choices {
        prompt: String,
        want: Vec<usize>,
    },
    Scale {
        prompt: String,
        digit: u8,
    },
    AddItem {
        list: String,
        name: String,
        fields: Vec<Option<CellValue>>,
    },
    Remove {
        list: String,
        index: usize,
        undo: bool,
    },
    Move {
        list: String,
        from: usize,
        to: usize,
    },
    Rename {
        list: String,
        index: usize,
        name: String,
    },
    SetField {
        list: String,
        index: usize,
        field: usize,
        value: CellValue,
    },
    SetCell {
        grid: String,
        row: usize,
        col: usize,
        value: CellValue,
    },
    SetPair {
        row: usize,
        x: u8,
        y: u8,
    },
    Seed {
        list: String,
    },
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["A", "B", "AB", "BA", "C", "CA"]).prop_map(String::from)
}

fn words(multiline: bool) -> impl Strategy<Value = String> {
    let tail = if multiline {
        "[a-c \n]{0,6}"
    } else {
        "[a-c ]{0,6}"
    };
    ("[a-c]", tail).prop_map(|(a, b)| format!("{a}{b}"))
}

fn val() -> impl Strategy<Value = Val> {
    (
        words(false),
        0u8..7,
        prop::collection::vec(any::<bool>(), 4),
    )
        .prop_map(|(text, digit, picks)| Val { text, digit, picks })
}

pub fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..6;
    prop_oneof![
        1 => (0usize..3).prop_flat_map(|p| words(p == 2).prop_map(move |text| Op::Text { prompt: p, text })),
        1 => Just(Op::TakePrefill),
        1 => (0usize..14).prop_map(|prompt| Op::Clear { prompt }),
        1 => (0usize..2, i()).prop_map(|(prompt, option)| Op::Choice { prompt, option }),
        1 => (0usize..2, prop::collection::vec(any::<bool>(), 4))
            .prop_map(|(prompt, picks)| Op::Choices { prompt, picks }),
        1 => (0usize..2, 0u8..7).prop_map(|(prompt, digit)| Op::Scale { prompt, digit }),
        3 => (0usize..2, name(), prop::collection::vec(prop::option::of(val()), 3))
            .prop_map(|(list, name, fields)| Op::AddItem { list, name, fields }),
        1 => (0usize..2, i(), any::<bool>()).prop_map(|(list, index, undo)| Op::Remove { list, index, undo }),
        1 => (0usize..2, i(), any::<bool>()).prop_map(|(list, index, up)| Op::Move { list, index, up }),
        2 => (0usize..2, i(), name()).prop_map(|(list, index, name)| Op::Rename { list, index, name }),
        1 => (0usize..2, i(), 0usize..3, val())
            .prop_map(|(list, index, field, value)| Op::SetField { list, index, field, value }),
        2 => (0usize..2, i(), 0usize..4, val())
            .prop_map(|(grid, row, col, value)| Op::SetCell { grid, row, col, value }),
        1 => (i(), 1u8..6, 1u8..6).prop_map(|(row, x, y)| Op::SetPair { row, x, y }),
        1 => Just(Op::Seed),
    ]
}

/// A workbook to start from: a few answers from an earlier version of the pack (another
/// shape than their prompt's kind), or none.
pub fn start() -> impl Strategy<Value = Workbook> {
    prop::collection::vec(0usize..14, 0..3).prop_map(|at| {
        let pack = pack();
        let prompts: Vec<&Prompt> = pack.prompts().collect();
        let mut wb = Workbook::default();
        for i in at {
            let p = prompts[i % prompts.len()];
            let old = match p.kind.shape() {
                Shape::Text => Answer::List(vec![Item {
                    text: "Old".into(),
                    fields: Default::default(),
                }]),
                _ => Answer::Text("Written for an earlier pack".into()),
            };
            wb.answers.insert(p.qualified_id.clone(), old);
        }
        wb
    })
}

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
            let col = col % columns.len();
            let value = cell_value(wb, &columns[col].kind, value);
            // An empty line keeps a cell in plain mode: nothing to compare.
            if matches!(&value, CellValue::Picks(p) if p.is_empty()) {
                return None;
            }
            Intent::SetCell {
                grid: p.qualified_id.clone(),
                row: row % rows.len(),
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
