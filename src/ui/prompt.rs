//! One prompt as parts to stack: wrapped lines, and where the focused editor goes.
//!
//! Pure: reads state, never changes it. Every piece of content or answer text is sanitised
//! before it becomes a line.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::sanitize::{clean, clean_keep_tabs};
use super::style::Theme;
use super::text;
use super::wrap::{Wrapper, wrap};
use crate::app::{Cell, CellSlot, State, cells};
use crate::content::{FieldKind, Options, Prompt, PromptKind, Rows, Scale};
use crate::workbook::{Answer, Value, derive};

/// Where answers start, counted from the prompt's left edge.
pub const INDENT: usize = 5;

/// A piece of a prompt's block.
#[derive(Debug)]
pub enum Part {
    Lines(Vec<Line<'static>>),
    /// The focused text editor: this many rows, this far in, with a label in the indent.
    Editor {
        indent: u16,
        height: u16,
        label: Line<'static>,
    },
}

impl Part {
    pub fn height(&self) -> usize {
        match self {
            Part::Lines(l) => l.len(),
            Part::Editor { height, .. } => usize::from(*height),
        }
    }
}

/// The parts of one prompt, `width` wide.
pub fn parts(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    number: usize,
    focused: bool,
    width: usize,
) -> Vec<Part> {
    let mut head = Wrapper::new(width, INDENT);
    let marker = if focused { "▶ " } else { "  " };
    head = head.prefix(
        &format!("{marker}{number:>2}. "),
        if focused { theme.focus() } else { theme.dim() },
    );
    head.push(
        &clean(&prompt.text),
        if focused { theme.focus() } else { theme.bold() },
    );
    let mut out = vec![Part::Lines(head.finish())];
    if let Some(help) = &prompt.help {
        out.push(Part::Lines(wrap(
            &clean(help),
            theme.dim().add_modifier(ratatui::style::Modifier::ITALIC),
            width,
            INDENT,
        )));
    }
    let wb = &state.workbook;
    let id = &prompt.qualified_id;
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &prompt.kind {
        PromptKind::Line { .. } | PromptKind::Text { .. } if focused && state.editor.is_some() => {
            let min = if matches!(prompt.kind, PromptKind::Text { .. }) {
                4
            } else {
                1
            };
            out.push(editor_part(state, width, INDENT, min, Line::default()));
            return out;
        }
        PromptKind::Line { .. } | PromptKind::Text { .. } => match wb.answers.get(id) {
            Some(Answer::Text(t)) if !t.is_empty() => {
                for l in t.split('\n') {
                    lines.extend(wrap(&clean_keep_tabs(l), theme.plain(), width, INDENT));
                }
            }
            _ => lines.extend(unanswered(theme, width)),
        },
        PromptKind::Choice { options } | PromptKind::MultiChoice { options, .. } => {
            let multi = matches!(prompt.kind, PromptKind::MultiChoice { .. });
            let opts = derive::options(wb, options);
            let chosen: Vec<String> = match wb.answers.get(id) {
                Some(Answer::Choice(c)) => vec![c.clone()],
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            if opts.is_empty() {
                lines.extend(wrap(
                    &empty_source(state, options),
                    theme.warn(),
                    width,
                    INDENT,
                ));
            } else if focused {
                for (i, o) in opts.iter().enumerate() {
                    let on = chosen.contains(&o.id);
                    let mark = match (multi, on) {
                        (true, true) => "[x] ",
                        (true, false) => "[ ] ",
                        (false, true) => "(•) ",
                        (false, false) => "( ) ",
                    };
                    let cursor = i == state.option;
                    let style = if cursor {
                        theme.cursor()
                    } else if on {
                        theme.selected()
                    } else {
                        theme.plain()
                    };
                    let pre = format!(
                        "{}{}{mark}",
                        " ".repeat(INDENT - 2),
                        if cursor { "›" } else { " " }
                    );
                    let mut w = Wrapper::new(width, INDENT + 5).prefix(&pre, style);
                    w.push(&clean(&o.label), style);
                    if let Some(h) = &o.hint {
                        w.push(" — ", theme.dim());
                        w.push(&clean(h), theme.dim());
                    }
                    lines.extend(w.finish());
                }
            } else if chosen.is_empty() {
                lines.extend(unanswered(theme, width));
            } else {
                let labels: Vec<String> = chosen
                    .iter()
                    .map(|c| {
                        opts.iter()
                            .find(|o| &o.id == c)
                            .map_or(c.clone(), |o| o.label.clone())
                    })
                    .collect();
                lines.extend(wrap(
                    &format!("→ {}", clean(&labels.join(", "))),
                    theme.selected(),
                    width,
                    INDENT,
                ));
            }
        }
        PromptKind::Scale(scale) => {
            let v = wb.answers.get(id).and_then(cells::from_answer);
            lines.extend(scale_lines(theme, scale, v.as_ref(), focused, width));
        }
        PromptKind::List { .. } | PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => {
            return cell_parts(state, theme, prompt, focused, width, out);
        }
    }
    out.push(Part::Lines(lines));
    out
}

fn editor_part(
    state: &State,
    width: usize,
    indent: usize,
    min: usize,
    label: Line<'static>,
) -> Part {
    let inner = width.saturating_sub(indent).max(1);
    let rows: usize = state.editor.as_ref().map_or(1, |ed| {
        ed.lines()
            .iter()
            .map(|l| wrap(l, Style::default(), inner, 0).len().max(1))
            .sum()
    });
    let height = if min > 1 {
        (rows + 1).clamp(min, 12)
    } else {
        rows.clamp(1, 4)
    };
    Part::Editor {
        indent: u16::try_from(indent).unwrap_or(u16::MAX),
        height: u16::try_from(height).unwrap_or(1),
        label,
    }
}

fn unanswered(theme: Theme, width: usize) -> Vec<Line<'static>> {
    wrap(text::UNANSWERED, theme.dim(), width, INDENT)
}

/// "Add items to … first" for options or rows drawn from an empty list.
fn empty_source(state: &State, options: &Options) -> String {
    let list = match options {
        Options::FromLists(l) => l.first().cloned(),
        Options::Fixed(_) => None,
    };
    source_message(state, list.as_deref())
}

fn source_message(state: &State, list: Option<&str>) -> String {
    let Some((prompt, exercise)) =
        list.and_then(|l| Some((state.pack.prompt(l)?, state.pack.locate(l)?.1)))
    else {
        return text::UNANSWERED.to_string();
    };
    text::add_items_first(&clean(&prompt.text), &clean(&exercise.title))
}

fn scale_lines(
    theme: Theme,
    scale: &Scale,
    v: Option<&Value>,
    focused: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let mut spans = Vec::new();
    let (points, low, high): (Vec<(String, bool)>, String, String) = match scale {
        Scale::Numeric(n) => (
            (n.min..=n.max)
                .map(|i| (i.to_string(), v == Some(&Value::Number(i))))
                .collect(),
            clean(&n.low).into_owned(),
            clean(&n.high).into_owned(),
        ),
        Scale::Levels(levels) => (
            levels
                .iter()
                .map(|l| {
                    (
                        clean(&l.label).into_owned(),
                        v == Some(&Value::Choice(l.id.clone())),
                    )
                })
                .collect(),
            String::new(),
            String::new(),
        ),
    };
    if !focused {
        let shown = points.iter().find(|(_, on)| *on).map(|(p, _)| p.clone());
        return match (shown, scale) {
            (Some(p), Scale::Numeric(n)) => wrap(
                &format!("→ {p} (from {} “{low}” to {} “{high}”)", n.min, n.max),
                theme.selected(),
                width,
                INDENT,
            ),
            (Some(p), Scale::Levels(_)) => wrap(&format!("→ {p}"), theme.selected(), width, INDENT),
            (None, _) => unanswered(theme, width),
        };
    }
    if !low.is_empty() {
        spans.push(Span::styled(format!("{low} "), theme.dim()));
    }
    for (p, on) in points {
        let style = if on { theme.cursor() } else { theme.plain() };
        spans.push(Span::styled(
            if on {
                format!("[{p}]")
            } else {
                format!(" {p} ")
            },
            style,
        ));
    }
    if !high.is_empty() {
        spans.push(Span::styled(format!(" {high}"), theme.dim()));
    }
    let mut w = Wrapper::new(width, INDENT + 2).prefix(&" ".repeat(INDENT), theme.plain());
    for s in spans {
        w.push(&s.content, s.style);
    }
    w.finish()
}

/// A cell's value as words.
pub fn show_value(wb: &crate::workbook::Workbook, cell: &Cell, v: Option<&Value>) -> String {
    let label_of = |opts: &Options, id: &str| {
        derive::options(wb, opts)
            .into_iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.label)
    };
    match (v, &cell.slot) {
        (None, _) => String::new(),
        (Some(Value::Text(t)), _) => t.replace('\n', " ⏎ "),
        (Some(Value::Number(n)), CellSlot::Axis(a)) => {
            format!("{n} (of {}–{})", a.scale.min, a.scale.max)
        }
        (Some(Value::Number(n)), CellSlot::Field(f)) => match &f.kind {
            FieldKind::Scale(Scale::Numeric(s)) => format!("{n} (of {}–{})", s.min, s.max),
            _ => n.to_string(),
        },
        (Some(Value::Choice(c)), CellSlot::Field(f)) => match &f.kind {
            FieldKind::Choice(o) => label_of(o, c),
            FieldKind::Scale(Scale::Levels(l)) => l
                .iter()
                .find(|x| &x.id == c)
                .map_or(c.clone(), |x| x.label.clone()),
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
fn cell_parts(
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
    let rows_source = match &prompt.kind {
        PromptKind::Grid {
            rows: Rows::FromList { list, .. },
            ..
        }
        | PromptKind::Quadrant {
            rows: Rows::FromList { list, .. },
            ..
        } => Some(list.as_str()),
        _ => None,
    };
    if all.is_empty() {
        let msg = source_message(state, rows_source);
        out.push(Part::Lines(wrap(&msg, theme.warn(), width, INDENT)));
        return out;
    }
    let is_list = matches!(prompt.kind, PromptKind::List { .. });
    if is_list && !focused && wb.list_items(id).is_empty() {
        out.push(Part::Lines(unanswered(theme, width)));
        return out;
    }
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
                if let PromptKind::Quadrant { .. } = prompt.kind {
                    let placed = match wb.answers.get(id) {
                        Some(Answer::Grid(rows)) => rows
                            .iter()
                            .find(|r| r.key == key)
                            .and_then(|r| derive::quadrant_of(prompt, r)),
                        _ => None,
                    };
                    match placed {
                        Some(q) => w.push(&format!("  → {}", clean(&q.label)), theme.selected()),
                        None => w.push("  (rate both to place)", theme.dim()),
                    }
                }
                lines.extend(w.finish());
            }
        }
        let (label, indent) = match (&cell.slot, is_list) {
            (CellSlot::Name, _) => (format!("{}.", cell.group + 1), INDENT - 1),
            (CellSlot::Field(f), true) => (clean(&f.label).into_owned() + ":", INDENT + 3),
            (CellSlot::Field(f), false) => (clean(&f.label).into_owned() + ":", INDENT + 1),
            (CellSlot::Axis(a), _) => (clean(&a.label).into_owned() + ":", INDENT + 1),
        };
        let pre = format!(
            "{}{}{label} ",
            " ".repeat(indent.saturating_sub(1)),
            if here { "›" } else { " " }
        );
        if here && state.editor.is_some() {
            out.push(Part::Lines(std::mem::take(&mut lines)));
            let indent = pre.chars().count().min(width / 2);
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
        if here && let Some(hint) = cell_hint(state, cell) {
            line.extend(wrap(&hint, theme.dim(), width, pre.chars().count()));
        }
        lines.extend(line);
    }
    out.push(Part::Lines(lines));
    out
}

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
fn cell_hint(state: &State, cell: &Cell) -> Option<String> {
    let opts = |o: &Options| derive::options(&state.workbook, o);
    match &cell.slot {
        CellSlot::Axis(a) => Some(format!(
            "←/→ or a digit: {} “{}” … {} “{}”",
            a.scale.min,
            clean(&a.scale.low),
            a.scale.max,
            clean(&a.scale.high)
        )),
        CellSlot::Field(f) => match &f.kind {
            FieldKind::Scale(Scale::Numeric(s)) => Some(format!(
                "←/→ or a digit: {} “{}” … {} “{}”",
                s.min,
                clean(&s.low),
                s.max,
                clean(&s.high)
            )),
            FieldKind::Scale(Scale::Levels(l)) => Some(format!(
                "←/→: {}",
                l.iter()
                    .map(|x| clean(&x.label).into_owned())
                    .collect::<Vec<_>>()
                    .join(" · ")
            )),
            FieldKind::Choice(o) => Some(format!(
                "←/→: {}",
                opts(o)
                    .iter()
                    .map(|x| clean(&x.label).into_owned())
                    .collect::<Vec<_>>()
                    .join(" · ")
            )),
            FieldKind::MultiChoice(o) => Some(
                opts(o)
                    .iter()
                    .enumerate()
                    .map(|(i, x)| {
                        format!(
                            "{}{}",
                            if i == state.option { "›" } else { "" },
                            clean(&x.label)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
                    + "   (←/→ move, Space picks)",
            ),
            FieldKind::Line | FieldKind::Text => None,
        },
        CellSlot::Name => None,
    }
}

fn row_label(state: &State, prompt: &Prompt, key: &str) -> String {
    let rows = match &prompt.kind {
        PromptKind::Grid { rows, .. } | PromptKind::Quadrant { rows, .. } => rows,
        _ => return key.to_string(),
    };
    derive::rows(&state.workbook, &state.pack, rows)
        .into_iter()
        .find(|r| r.key == key)
        .map_or(key.to_string(), |r| r.label)
}
