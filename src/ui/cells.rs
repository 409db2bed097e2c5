//! Lists, grids and quadrants on screen: a heading per item or row, a line per cell, the
//! focused cell's editor or hint, a quadrant's placement.
//!
//! Pure; every piece of content or answer text is sanitised before it becomes a line.

use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::prompt::{INDENT, Part, Target, editor_part, no_rows_message, unanswered};
use super::style::Theme;
use super::wrap::{Wrapper, wrap};
use crate::app::{Cell, CellSlot, State, cells};
use crate::content::{FieldKind, Options, Prompt, Scale, Shape};
use crate::text::sanitize::clean;
use crate::words::{guide, screen};
use crate::workbook::{Answer, Value, derive};

/// A cell's value as words.
pub fn show_value(wb: &crate::workbook::Workbook, cell: &Cell, v: Option<&Value>) -> String {
    let label_of = |opts: &Options, id: &str| {
        derive::options(wb, opts)
            .into_iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.label.to_string())
    };
    match (v, &cell.slot) {
        (None, _) => String::new(),
        (Some(Value::Text(t)), _) => t.replace('\n', " ⏎ "),
        (Some(Value::Number(n)), CellSlot::Axis(a)) => {
            screen::of_range(*n, a.scale.min, a.scale.max)
        }
        (Some(Value::Number(n)), CellSlot::Field(f)) => match &f.kind {
            FieldKind::Scale(Scale::Numeric(s)) => screen::of_range(*n, s.min, s.max),
            _ => n.to_string(),
        },
        (Some(Value::Choice(c)), CellSlot::Field(f)) => match &f.kind {
            FieldKind::Choice(o) => label_of(o, c),
            FieldKind::Scale(Scale::Levels(l)) => l
                .iter()
                .find(|x| &x.id == c)
                .map_or(c.clone(), |x| x.label.to_string()),
            _ => c.clone(),
        },
        (Some(Value::Choices(cs)), CellSlot::Field(f)) => match &f.kind {
            FieldKind::MultiChoice(o) => cs
                .iter()
                .map(|c| label_of(o, c))
                .collect::<Vec<_>>()
                .join(", "),
            _ => cs.join(", "),
        },
        (Some(other), _) => format!("{other:?}"),
    }
}

/// Lists, grids and quadrants: a heading per item or row, a line per cell.
pub(super) fn cell_parts(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    focused: bool,
    width: usize,
    mut out: Vec<Part>,
) -> Vec<Part> {
    let wb = &state.workbook;
    let id = &prompt.qualified_id;
    let all = cells::cells(wb, &state.pack, prompt);
    let mut lines: Vec<Line<'static>> = Vec::new();
    if all.is_empty() {
        let msg = no_rows_message(state, prompt);
        out.push(Part::Lines(wrap(&msg, theme.warn(), width, INDENT)));
        return out;
    }
    let is_list = prompt.kind.shape() == Shape::List;
    if is_list && !focused && wb.list_items(id).is_empty() {
        out.push(Part::Lines(unanswered(theme, width)));
        return out;
    }
    if let Some(src) = prompt.kind.seed_from()
        && focused
        && wb.list_items(id).is_empty()
    {
        let n = wb
            .list_items(src)
            .iter()
            .filter(|i| !i.text.trim().is_empty())
            .count();
        if let Some(p) = state.pack.prompt(src).filter(|_| n > 0) {
            let hint = crate::words::participant::seed_hint(n, &clean(&p.text));
            out.push(Part::Lines(wrap(&hint, theme.dim(), width, INDENT)));
        }
    }
    let flags = if is_list {
        derive::item_flags(wb.list_items(id))
    } else {
        Vec::new()
    };
    let mut group = usize::MAX;
    for (i, cell) in all.iter().enumerate() {
        let here = focused && i == state.cell;
        if cell.group != group {
            group = cell.group;
            if !is_list {
                let key = cell.row_key.clone().unwrap_or_default();
                let mut w = Wrapper::new(width, INDENT + 2)
                    .prefix(&format!("{}■ ", " ".repeat(INDENT - 2)), theme.dim());
                w.push(&clean(&row_label(state, prompt, &key)), theme.bold());
                if prompt.kind.axes().is_some() && !cell.skipped {
                    let placed = match wb.answers.get(id) {
                        Some(Answer::Grid(rows)) => rows
                            .iter()
                            .find(|r| r.key == key)
                            .and_then(|r| derive::quadrant_of(prompt, r)),
                        _ => None,
                    };
                    match placed {
                        Some(q) => w.push(&format!("  → {}", clean(&q.label)), theme.selected()),
                        None => w.push(screen::RATE_BOTH, theme.dim()),
                    }
                }
                lines.extend(w.finish());
            }
        }
        if focused {
            out.push(Part::Lines(std::mem::take(&mut lines)));
            out.push(Part::Mark(Target::Cell(i)));
        }
        if cell.skipped {
            // A row marked "not relevant": that mark instead of its cells.
            let marker = if here { "›" } else { " " };
            let pre = format!("{}{marker}", " ".repeat(INDENT));
            let style = if here { theme.cursor() } else { theme.dim() };
            let mut w = Wrapper::new(width, pre.chars().count()).prefix(&pre, theme.dim());
            w.push(screen::ROW_NOT_RELEVANT, style);
            if here {
                w.push(screen::ROW_NOT_RELEVANT_HINT, theme.dim());
            }
            lines.extend(w.finish());
            continue;
        }
        let (label, indent) = match (&cell.slot, is_list) {
            (CellSlot::Name, _) => (format!("{}.", cell.group + 1), INDENT - 1),
            (CellSlot::Field(f), true) => (clean(&f.label).into_owned() + ":", INDENT + 3),
            (CellSlot::Field(f), false) => (clean(&f.label).into_owned() + ":", INDENT + 1),
            (CellSlot::Axis(a), _) => (clean(&a.label).into_owned() + ":", INDENT + 1),
        };
        let marker = if here { "›" } else { " " };
        let mut pre = format!("{}{marker}{label} ", " ".repeat(indent.saturating_sub(1)));
        if cell.is_text() && pre.chars().count() + VALUE_ROOM > width {
            // A text cell whose label leaves too little room beside it: the label on its own
            // lines, the value or the editor under it.
            let style = if here { theme.focus() } else { theme.dim() };
            let lead = format!("{}{marker}", " ".repeat(indent.saturating_sub(1)));
            let mut w = Wrapper::new(width, indent).prefix(&lead, style);
            w.push(&label, style);
            lines.extend(w.finish());
            pre = " ".repeat(indent + 2);
        }
        if here && state.editor.is_some() {
            out.push(Part::Lines(std::mem::take(&mut lines)));
            let indent = pre.chars().count();
            out.push(editor_part(
                state,
                width,
                indent,
                1,
                Line::styled(pre, theme.focus()),
            ));
            continue;
        }
        let value = show_value(wb, cell, cells::get(wb, id, cell).as_ref());
        let shown = if value.is_empty() && !here {
            "—".to_string()
        } else {
            clean(&value).into_owned()
        };
        let mut line = wrap_prefixed(
            &pre,
            &shown,
            if here { theme.cursor() } else { theme.plain() },
            theme,
            width,
        );
        // At most about two lines under the label: a long list of options is windowed.
        let room = 2 * width.saturating_sub(indent + 2);
        if here && let Some(hint) = cell_hint(state, id, cell, room) {
            // Under the value when it fits there on one line, else under the label.
            let beside = pre.chars().count();
            let at = if beside + hint.width() > width {
                indent + 2
            } else {
                beside
            };
            line.extend(wrap(&hint, theme.dim(), width, at));
        }
        lines.extend(line);
        if cell.slot == CellSlot::Name
            && let Some(flag) = flags.iter().find(|f| flag_item(**f) == cell.group)
        {
            let warning = format!("⚠ {}", guide::item_flag(*flag));
            lines.extend(wrap(&warning, theme.warn(), width, INDENT + 3));
        }
    }
    out.push(Part::Lines(lines));
    out
}

/// The item a flag is about.
fn flag_item(flag: derive::ItemFlag) -> usize {
    match flag {
        derive::ItemFlag::Nameless { n } | derive::ItemFlag::SameName { n, .. } => n,
    }
}
/// The columns a text cell's value needs beside its label; a longer label goes on its own
/// lines.
const VALUE_ROOM: usize = 24;

fn wrap_prefixed(
    pre: &str,
    value: &str,
    style: Style,
    theme: Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut w = Wrapper::new(width, pre.chars().count()).prefix(pre, theme.dim());
    w.push(if value.is_empty() { " " } else { value }, style);
    w.finish()
}

/// Under a focused choice or scale cell: what the arrows and Space do here.
fn cell_hint(state: &State, id: &str, cell: &Cell, room: usize) -> Option<String> {
    let opts = |o: &Options| derive::options(&state.workbook, o);
    // The chosen option or level, marked among them.
    let chosen = match cells::get(&state.workbook, id, cell) {
        Some(Value::Choice(c)) => Some(c),
        _ => None,
    };
    let marked = |list: &[crate::content::Opt], find: bool| {
        let at = chosen
            .as_ref()
            .and_then(|c| list.iter().position(|o| &o.id == c));
        // What letters typed here found, marked as the cursor until Enter chooses it.
        let finding = crate::app::find::active(state, true).map(|_| state.option);
        let labels: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, x)| {
                let cursor = if finding == Some(i) { "›" } else { "" };
                format!("{cursor}{}", clean(&x.label))
            })
            .collect();
        guide::choice_keys(&labels, at, finding, room, find)
    };
    // A multiple choice's chosen options, marked like a single choice's.
    let ticked = match cells::get(&state.workbook, id, cell) {
        Some(Value::Choices(c)) => c,
        _ => Vec::new(),
    };
    match &cell.slot {
        CellSlot::Axis(a) => Some(screen::scale_keys(
            a.scale.min,
            &clean(&a.scale.low),
            a.scale.max,
            &clean(&a.scale.high),
        )),
        CellSlot::Field(f) => match &f.kind {
            FieldKind::Scale(Scale::Numeric(s)) => Some(screen::scale_keys(
                s.min,
                &clean(&s.low),
                s.max,
                &clean(&s.high),
            )),
            FieldKind::Scale(Scale::Levels(l)) => Some(marked(l, false)),
            FieldKind::Choice(o) => Some(marked(&opts(o), true)),
            FieldKind::MultiChoice(o) => {
                let labels: Vec<String> = opts(o)
                    .iter()
                    .enumerate()
                    .map(|(i, x)| {
                        format!(
                            "{}{}{}",
                            if i == state.option { "›" } else { "" },
                            if ticked.contains(&x.id) { "●" } else { "" },
                            clean(&x.label)
                        )
                    })
                    .collect();
                let keys = screen::MULTI_KEYS;
                let room = room.saturating_sub(keys.chars().count());
                Some(guide::window(&labels, state.option, room) + keys)
            }
            FieldKind::Line | FieldKind::Text => None,
        },
        CellSlot::Name => None,
    }
}

fn row_label(state: &State, prompt: &Prompt, key: &str) -> String {
    let Some(rows) = prompt.kind.rows() else {
        return key.to_string();
    };
    derive::rows(&state.workbook, &state.pack, rows)
        .into_iter()
        .find(|r| r.key == key)
        .map_or(key.to_string(), |r| r.label)
}
