//! The TUI's driver: an intent done the way a participant does it on the screen, as
//! messages to `app::update` (a click on the prompt or cell, then keys).
//!
//! Test support only. Reads the state only to decide keys, as a participant reads the
//! screen (which option is ticked, whether an answer is from an earlier pack).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use convene::app::{EditKey, Msg, State, update};
use convene::content::{FieldKind, Shape};
use convene::workbook::edit::wrong_shape;
use convene::workbook::{Answer, derive};

use super::{CellValue, Intent, parts_before, picked};

fn send(s: &mut State, msg: Msg) {
    update(s, msg);
}

fn key(s: &mut State, k: EditKey) {
    send(s, Msg::Edit(k));
}

/// Types text: a line break is Enter (only long answers take one).
fn typ(s: &mut State, text: &str) {
    for c in text.chars() {
        key(
            s,
            if c == '\n' {
                EditKey::Enter
            } else {
                EditKey::Char(c)
            },
        );
    }
}

fn digit(s: &mut State, d: usize) {
    if let Some(c) = char::from_digit(u32::try_from(d).unwrap_or(99), 10) {
        key(s, EditKey::Char(c));
    }
}

/// Clicks the prompt `id`, coming to it afresh as plain mode's `:go` does (from another
/// prompt when it is the one focused already).
fn focus(s: &mut State, id: &str) {
    if s.focused_prompt().is_some_and(|p| p.qualified_id == id) {
        let other = if s.prompt == 0 { 1 } else { 0 };
        send(
            s,
            Msg::FocusPrompt {
                exercise: s.ex,
                prompt: other,
            },
        );
    }
    let at = s.exercises.iter().enumerate().find_map(|(ex, &(t, e))| {
        let prompts = &s.pack.themes[t].exercises[e].prompts;
        prompts
            .iter()
            .position(|p| p.qualified_id == id)
            .map(|prompt| (ex, prompt))
    });
    let (exercise, prompt) = at.expect("the prompt is in the pack");
    send(s, Msg::FocusPrompt { exercise, prompt });
}

/// Clicks a cell of the focused list, grid or quadrant.
fn cell(s: &mut State, at: usize) {
    send(s, Msg::FocusCell(at));
}

/// True when the focused prompt holds an answer from an earlier pack (the screen says so).
fn old_here(s: &State) -> bool {
    s.focused_prompt()
        .is_some_and(|p| wrong_shape(&s.workbook, p).is_some())
}

/// Puts a value into the focused cell: text replaces what is there (Ctrl-K, then typing),
/// a digit picks or rates, and a multiple choice ticks and unticks to the wanted options.
fn value(s: &mut State, kind: &FieldKind, v: &CellValue) {
    match v {
        CellValue::Text(t) => {
            key(s, EditKey::ClearAnswer);
            typ(s, t);
        }
        CellValue::Digit(d) => digit(s, usize::from(*d)),
        CellValue::Picks(want) => {
            let now = picked(
                &s.workbook,
                kind,
                s.focused_cell()
                    .and_then(|c| {
                        let id = s.focused_prompt()?.qualified_id.clone();
                        convene::app::cells::get(&s.workbook, &id, &c)
                    })
                    .as_ref(),
            );
            for i in now.iter().filter(|i| !want.contains(i)) {
                digit(s, i + 1);
            }
            for i in want.iter().filter(|i| !now.contains(i)) {
                digit(s, i + 1);
            }
        }
    }
}

fn field_kind(s: &State, list: &str, field: usize) -> FieldKind {
    s.pack.prompt(list).expect("list").kind.fields()[field]
        .kind
        .clone()
}

pub fn apply(s: &mut State, intent: &Intent) {
    match intent {
        Intent::Text { prompt, text } => {
            focus(s, prompt);
            if old_here(s) {
                // Typing is refused over an earlier pack's answer (Enter would go on).
                typ(s, "x");
                return;
            }
            key(s, EditKey::ClearAnswer);
            typ(s, text);
        }
        Intent::TakePrefill { prompt } => {
            focus(s, prompt);
            key(s, EditKey::Enter);
        }
        Intent::Clear { prompt } => {
            focus(s, prompt);
            let shape = s.focused_prompt().map(|p| p.kind.shape());
            if old_here(s) || shape == Some(Shape::Text) {
                key(s, EditKey::ClearAnswer);
            } else {
                key(s, EditKey::Backspace);
            }
        }
        Intent::Choice { prompt, option } => {
            focus(s, prompt);
            digit(s, option + 1);
        }
        Intent::Choices { prompt, want } => {
            focus(s, prompt);
            let p = s.pack.prompt(prompt).expect("prompt").clone();
            let opts = derive::options(&s.workbook, p.kind.options().expect("options"));
            let now: Vec<usize> = match s.workbook.answers.get(prompt) {
                Some(Answer::Choices(ids)) => (0..opts.len())
                    .filter(|i| ids.contains(&opts[*i].id))
                    .collect(),
                _ => Vec::new(),
            };
            for i in now.iter().filter(|i| !want.contains(i)) {
                digit(s, i + 1);
            }
            for i in want.iter().filter(|i| !now.contains(i)) {
                digit(s, i + 1);
            }
        }
        Intent::Scale { prompt, digit: d } => {
            focus(s, prompt);
            digit(s, usize::from(*d));
        }
        Intent::Rank { prompt, order } => rank(s, prompt, order),
        Intent::AddItem { list, name, fields } => add_item(s, list, name, fields),
        Intent::Remove { list, index, undo } => {
            focus(s, list);
            let per = s.pack.prompt(list).expect("list").kind.fields().len() + 1;
            cell(s, index * per);
            key(s, EditKey::RemoveItem);
            if *undo {
                key(s, EditKey::Undo);
            }
        }
        Intent::Move { list, from, to } => {
            focus(s, list);
            let per = s.pack.prompt(list).expect("list").kind.fields().len() + 1;
            cell(s, from * per);
            key(
                s,
                if to < from {
                    EditKey::MoveItemUp
                } else {
                    EditKey::MoveItemDown
                },
            );
        }
        Intent::Rename { list, index, name } => {
            focus(s, list);
            let per = s.pack.prompt(list).expect("list").kind.fields().len() + 1;
            cell(s, index * per);
            key(s, EditKey::ClearAnswer);
            typ(s, name);
        }
        Intent::SetField {
            list,
            index,
            field,
            value: v,
        } => {
            focus(s, list);
            let per = s.pack.prompt(list).expect("list").kind.fields().len() + 1;
            cell(s, index * per + 1 + field);
            value(s, &field_kind(s, list, *field), v);
        }
        Intent::SetCell {
            grid,
            row,
            col,
            value: v,
        } => {
            focus(s, grid);
            let p = s.pack.prompt(grid).expect("grid").clone();
            let columns = p.kind.columns();
            if old_here(s) {
                typ(s, "x");
                return;
            }
            let before = parts_before(&s.pack, &s.workbook, &p, *row, columns.len());
            cell(s, before + col);
            value(s, &columns[*col].kind, v);
        }
        Intent::SetPair { row, x, y } => {
            focus(s, super::QUADRANT);
            if old_here(s) {
                typ(s, "x");
                return;
            }
            let p = s.pack.prompt(super::QUADRANT).expect("quadrant").clone();
            cell(s, parts_before(&s.pack, &s.workbook, &p, *row, 2));
            digit(s, usize::from(*x));
            // A row marked not relevant takes no rating (as plain mode refuses the pair).
            let key = derive::rows(&s.workbook, &s.pack, p.kind.rows().expect("rows"))
                .get(*row)
                .map(|r| r.key.clone());
            if key.is_some_and(|k| super::skipped(&s.workbook, super::QUADRANT, &k)) {
                return;
            }
            cell(s, parts_before(&s.pack, &s.workbook, &p, *row, 2) + 1);
            digit(s, usize::from(*y));
        }
        Intent::Skip { grid, row } => {
            focus(s, grid);
            let p = s.pack.prompt(grid).expect("grid").clone();
            let per_row = if p.kind.axes().is_some() {
                2
            } else {
                p.kind.columns().len()
            };
            cell(s, parts_before(&s.pack, &s.workbook, &p, *row, per_row));
            key(s, EditKey::SkipRow);
        }
        Intent::Seed { list } => {
            focus(s, list);
            key(s, EditKey::UseEarlier);
        }
    }
}

/// A new item at the end: click the last cell, Enter for a new item, type its name, then
/// Enter to each field and fill it (a field without a value is passed with Enter).
fn add_item(s: &mut State, list: &str, name: &str, fields: &[Option<CellValue>]) {
    focus(s, list);
    if old_here(s) {
        typ(s, name);
        return;
    }
    let kinds: Vec<FieldKind> = s
        .pack
        .prompt(list)
        .expect("list")
        .kind
        .fields()
        .iter()
        .map(|f| f.kind.clone())
        .collect();
    let per = kinds.len() + 1;
    let len = s.workbook.list_items(list).len();
    if len == 0 {
        cell(s, 0);
    } else {
        cell(s, len * per - 1);
        key(s, EditKey::Enter);
        if s.workbook.list_items(list).len() == len {
            return; // the list is full: said, and nothing added
        }
    }
    typ(s, name);
    for (kind, v) in kinds.iter().zip(fields) {
        key(s, EditKey::Enter);
        if let Some(v) = v {
            value(s, kind, v);
        }
    }
}

/// The ranking's rows as the screen shows them: (option id, ranked?), the ranked first.
fn rank_rows(s: &State, prompt: &str) -> Vec<(String, bool)> {
    let p = s.pack.prompt(prompt).expect("ranking");
    let ranked = match s.workbook.answers.get(prompt) {
        Some(Answer::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    derive::ranking_rows(&s.workbook, p.kind.options().expect("options"), &ranked)
        .into_iter()
        .map(|(o, place)| (o.id, place.is_some()))
        .collect()
}

/// Puts the cursor on row `row` with the arrow keys.
fn cursor_to(s: &mut State, row: usize) {
    key(s, EditKey::Home);
    for _ in 0..row {
        key(s, EditKey::Down);
    }
}

/// A ranking made the way a participant makes it on the screen: Space takes out what is
/// ranked but not wanted, Space ranks what is wanted and not ranked yet (each comes last),
/// then Alt-Up moves each into its place.
fn rank(s: &mut State, prompt: &str, order: &[usize]) {
    focus(s, prompt);
    if old_here(s) {
        key(s, EditKey::Char(' '));
        return;
    }
    let p = s.pack.prompt(prompt).expect("ranking").clone();
    let opts = derive::options(&s.workbook, p.kind.options().expect("options"));
    let want: Vec<String> = order.iter().map(|i| opts[*i].id.clone()).collect();
    while let Some(row) = rank_rows(s, prompt)
        .iter()
        .position(|(id, ranked)| *ranked && !want.contains(id))
    {
        cursor_to(s, row);
        key(s, EditKey::Char(' '));
    }
    for id in &want {
        let rows = rank_rows(s, prompt);
        if let Some(row) = rows.iter().position(|(o, ranked)| o == id && !ranked) {
            send(s, Msg::ClickOption(row));
        }
    }
    for (place, id) in want.iter().enumerate() {
        let row = rank_rows(s, prompt)
            .iter()
            .position(|(o, _)| o == id)
            .expect("a wanted option is shown");
        cursor_to(s, row);
        for _ in place..row {
            key(s, EditKey::MoveItemUp);
        }
    }
}
