//! The edits of the TUI / plain-mode equivalence property: random edits (`Op`), resolved
//! against the workbook as it stands (`resolve`) into what a participant means to do
//! (`Intent`), which each front end's driver (`tui`, `plain`) does with its own keys or lines.
//!
//! Test support only. An intent is skipped only where the two front ends offer no common
//! way to do it (said at each `None`); everything else is driven through both.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

pub mod plain;
mod resolve;
pub mod tui;

pub use resolve::{picked, resolve};

use std::path::Path;

use convene::content::{Pack, Prompt, Shape};
use convene::store::pack::load_dir;
use convene::workbook::{Answer, Item, Workbook};
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
pub const RANKINGS: [&str; 2] = ["picks.order", "picks.rank"];
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
    Rank {
        prompt: usize,
        order: Vec<usize>,
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
    /// Marks a row of a grid (0, 1) or the quadrant (2) not relevant, or unmarks it.
    Skip {
        grid: usize,
        row: usize,
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
    /// A ranking's wanted order: options by index (in the pack's order), the first highest.
    Rank {
        prompt: String,
        order: Vec<usize>,
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
    /// Ctrl-X on the row's cell; `:not-relevant` while the row is asked.
    Skip {
        grid: String,
        row: usize,
    },
    Seed {
        list: String,
    },
}

pub use convene::workbook::derive::row_skipped as skipped;

/// How many cells (on the screen) or asked parts (in plain mode) come before row `row` of
/// `p`: `per_row` for each row, one for a row marked not relevant.
pub fn parts_before(pack: &Pack, wb: &Workbook, p: &Prompt, row: usize, per_row: usize) -> usize {
    let rows = p
        .kind
        .rows()
        .map(|r| convene::workbook::derive::rows(wb, pack, r))
        .unwrap_or_default();
    rows.iter()
        .take(row)
        .map(|r| {
            if skipped(wb, &p.qualified_id, &r.key) {
                1
            } else {
                per_row
            }
        })
        .sum()
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
        1 => (0usize..16).prop_map(|prompt| Op::Clear { prompt }),
        1 => (0usize..2, i()).prop_map(|(prompt, option)| Op::Choice { prompt, option }),
        1 => (0usize..2, prop::collection::vec(any::<bool>(), 4))
            .prop_map(|(prompt, picks)| Op::Choices { prompt, picks }),
        1 => (0usize..2, 0u8..7).prop_map(|(prompt, digit)| Op::Scale { prompt, digit }),
        2 => (0usize..2, prop::collection::vec(0usize..6, 0..6))
            .prop_map(|(prompt, order)| Op::Rank { prompt, order }),
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
        1 => (0usize..3, i()).prop_map(|(grid, row)| Op::Skip { grid, row }),
        1 => Just(Op::Seed),
    ]
}

/// A workbook to start from: a few answers from an earlier version of the pack (another
/// shape than their prompt's kind), or none.
pub fn start() -> impl Strategy<Value = Workbook> {
    prop::collection::vec(0usize..16, 0..3).prop_map(|at| {
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
