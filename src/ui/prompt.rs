//! One prompt as parts to stack: wrapped lines, and where the focused editor goes.
//!
//! Pure: reads state, never changes it. Every piece of content or answer text is sanitised
//! before it becomes a line.

use std::rc::Rc;

use ratatui::text::{Line, Span, Text};
use unicode_width::UnicodeWidthChar;

use super::style::Theme;
use super::wrap::{Wrapper, wrap};
use crate::app::State;
use crate::content::{Options, Prompt, PromptKind, Rows, Scale};
use crate::text::sanitize::{clean, clean_keep_tabs};
use crate::words::participant as text;
use crate::workbook::{Answer, Value, derive, edit};

/// Where answers start, counted from the prompt's left edge.
pub const INDENT: usize = 5;

/// At most this many lines of an answer that is not focused.
pub const PREVIEW_LINES: usize = 12;

/// What a click on the focused prompt can land on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A cell of a list, grid or quadrant (index into `cells::cells`).
    Cell(usize),
    /// An option of a choice or multiple choice.
    Option(usize),
}

/// A piece of a prompt's block.
#[derive(Debug)]
pub enum Part {
    /// Marks where a clickable target's lines start (takes no room).
    Mark(Target),
    Lines(Vec<Line<'static>>),
    /// Lines a memo made and keeps (an exercise's head): drawn through the cell memo by
    /// their address (`memo::paragraph_shared`), never copied or compared word by word.
    Shared(Rc<[Line<'static>]>),
    /// The focused text editor: this many rows, this far in, with a label in the indent.
    Editor {
        indent: u16,
        height: u16,
        label: Text<'static>,
    },
}

impl Part {
    pub fn height(&self) -> usize {
        match self {
            Part::Mark(_) => 0,
            Part::Lines(l) => l.len(),
            Part::Shared(l) => l.len(),
            Part::Editor { height, .. } => usize::from(*height),
        }
    }
}

/// The parts of one prompt, `width` wide; when focused after a session, with what was
/// written before it (`earlier`); then the coach's note on it, if any (`notes`).
pub fn parts(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    number: usize,
    focused: bool,
    width: usize,
) -> Vec<Part> {
    let out = answer_parts(state, theme, prompt, number, focused, width);
    let out = if focused {
        super::earlier::add(state, theme, prompt, width, out)
    } else {
        out
    };
    super::notes::add(state, theme, prompt, width, out)
}

/// A prompt's help, written in Markdown like the guidance: wrapped under the question.
fn help_lines(help: &str, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let inner = width.saturating_sub(INDENT).max(1);
    super::markdown::render_with(help, theme, theme.dim(), inner)
        .into_iter()
        .map(|line| {
            let mut spans = vec![Span::raw(" ".repeat(INDENT))];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}

fn answer_parts(
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
        out.push(Part::Lines(help_lines(help, theme, width)));
    }
    if focused && let Some(limits) = text::limits(&prompt.kind) {
        out.push(Part::Lines(wrap(&limits, theme.dim(), width, INDENT)));
    }
    let wb = &state.workbook;
    let id = &prompt.qualified_id;
    if let Some(old) = edit::wrong_shape(wb, prompt) {
        out.push(Part::Lines(old_answer(
            state, theme, prompt, old, focused, width,
        )));
        return out;
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &prompt.kind {
        PromptKind::Line { .. } | PromptKind::Text { .. } if focused && state.editor.is_some() => {
            let min = if matches!(prompt.kind, PromptKind::Text { .. }) {
                4
            } else {
                1
            };
            if let Some(src) = state
                .prefilled_from
                .as_deref()
                .and_then(|s| state.pack.prompt(s))
            {
                let note = text::prefilled(&clean(&src.text));
                out.push(Part::Lines(wrap(&note, theme.dim(), width, INDENT)));
            }
            out.push(editor_part(state, width, INDENT, min, Line::default()));
            return out;
        }
        PromptKind::Line { .. } | PromptKind::Text { .. } => match wb.answers.get(id) {
            Some(Answer::Text(t)) if !t.is_empty() => {
                // A preview: long answers show their start; focusing shows all of it.
                for l in t.split('\n') {
                    if lines.len() >= PREVIEW_LINES {
                        lines.truncate(PREVIEW_LINES);
                        lines.push(Line::styled(text::MORE, theme.dim()));
                        break;
                    }
                    let l: String = l.chars().take(PREVIEW_LINES * width.max(1)).collect();
                    lines.extend(wrap(&clean_keep_tabs(&l), theme.plain(), width, INDENT));
                }
            }
            _ => lines.extend(unanswered(theme, width)),
        },
        PromptKind::Ranking { options } => {
            let ranked = match wb.answers.get(id) {
                Some(Answer::Choices(ids)) => ids.clone(),
                _ => Vec::new(),
            };
            if derive::options(wb, options).is_empty() && ranked.is_empty() {
                lines.extend(empty_source(state, theme, options, width));
            } else if focused {
                return super::ranking::parts(state, theme, options, &ranked, width, out);
            } else if ranked.is_empty() {
                lines.extend(unanswered(theme, width));
            } else {
                lines.extend(super::ranking::lines(wb, theme, options, &ranked, width));
            }
        }
        PromptKind::Choice { options } | PromptKind::MultiChoice { options, .. } => {
            let multi = matches!(prompt.kind, PromptKind::MultiChoice { .. });
            let opts = derive::options(wb, options);
            let chosen: Vec<String> = match wb.answers.get(id) {
                Some(Answer::Choice(c)) => vec![c.clone()],
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            if opts.is_empty() {
                lines.extend(empty_source(state, theme, options, width));
            } else if focused {
                for (i, o) in opts.iter().enumerate() {
                    out.push(Part::Lines(std::mem::take(&mut lines)));
                    out.push(Part::Mark(Target::Option(i)));
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
                            .map_or(c.clone(), |o| o.label.to_string())
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
            let v = wb.answers.get(id).and_then(edit::from_answer);
            lines.extend(scale_lines(theme, scale, v.as_ref(), focused, width));
        }
        PromptKind::List { .. } | PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => {
            return super::cells::cell_parts(state, theme, prompt, focused, width, out);
        }
    }
    out.push(Part::Lines(lines));
    out
}

pub(super) fn editor_part(
    state: &State,
    width: usize,
    indent: usize,
    min: usize,
    label: impl Into<Text<'static>>,
) -> Part {
    let inner = width.saturating_sub(indent).max(1);
    // An estimate (wrapping may take a row more): cheap even for a 100 KB answer, and it
    // stops counting once the editor is as tall as it gets; the editor scrolls inside.
    let mut rows = 0usize;
    if let Some(ed) = &state.editor {
        for l in (0..ed.line_count()).map(|i| ed.line(i)) {
            rows += rows_upto(l, inner, 13);
            if rows > 12 {
                break;
            }
        }
    }
    let height = if min > 1 {
        (rows + 1).clamp(min, 12)
    } else {
        rows.clamp(1, 4)
    };
    Part::Editor {
        indent: u16::try_from(indent).unwrap_or(u16::MAX),
        height: u16::try_from(height).unwrap_or(1),
        label: label.into(),
    }
}

/// Rows `line` takes at `inner` columns, counting no further than `cap` (a one-paragraph
/// answer can be 100 KB long; measuring it whole on every keystroke would cost).
fn rows_upto(line: &str, inner: usize, cap: usize) -> usize {
    let limit = cap.saturating_mul(inner);
    let cols = if line.is_ascii() {
        line.len()
    } else {
        let mut cols = 0usize;
        for c in line.chars() {
            cols += c.width().unwrap_or(0);
            if cols > limit {
                break;
            }
        }
        cols
    };
    cols.min(limit + 1).div_ceil(inner).max(1)
}

/// An answer stored in another shape than the prompt now takes (the pack changed since it
/// was written): shown as words under a label, with how to replace it when focused.
fn old_answer(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    old: &Answer,
    focused: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines = wrap(text::OLD_ANSWER, theme.dim(), width, INDENT);
    let words = crate::format::answer::answer_words(&state.workbook, Some(prompt), old);
    for l in words.split('\n') {
        lines.extend(wrap(&clean_keep_tabs(l), theme.plain(), width, INDENT));
    }
    if focused {
        lines.extend(wrap(text::OLD_ANSWER_HOW, theme.dim(), width, INDENT));
    }
    lines
}

pub(super) fn unanswered(theme: Theme, width: usize) -> Vec<Line<'static>> {
    wrap(text::UNANSWERED, theme.dim(), width, INDENT)
}

/// "Add items to … first" for options drawn from an empty list, as warning lines.
fn empty_source(
    state: &State,
    theme: Theme,
    options: &Options,
    width: usize,
) -> Vec<Line<'static>> {
    let list = match options {
        Options::FromLists(l) => l.first().cloned(),
        Options::Fixed(_) => None,
    };
    let message = source_message(state, list.as_deref());
    wrap(&message, theme.warn(), width, INDENT)
}

/// Why a grid or quadrant has no rows, and what would give it some: the list to add items
/// to, the multi-choice to choose in, or the earlier ratings none of the items fits.
pub(super) fn no_rows_message(state: &State, prompt: &Prompt) -> String {
    let named = |id: &str| Some((state.pack.prompt(id)?, state.pack.locate(id)?.1));
    let wb = &state.workbook;
    if let Some(Rows::FromList {
        list,
        filters,
        within,
    }) = prompt.kind.rows()
    {
        let items = wb.list_items(list);
        let has_items = items.iter().any(|i| !i.text.trim().is_empty());
        if let Some((p, e)) = within.as_deref().filter(|_| has_items).and_then(named) {
            let none_chosen = !matches!(
                wb.answers.get(&p.qualified_id),
                Some(Answer::Choices(c)) if !c.is_empty()
            );
            if none_chosen {
                return text::choose_items_first(&clean(&p.text), &clean(&e.title));
            }
        }
        if let Some((p, e)) = filters
            .first()
            .filter(|_| has_items)
            .and_then(|f| named(&f.prompt))
        {
            return text::no_row_fits(&clean(&p.text), &clean(&e.title));
        }
    }
    source_message(state, prompt.kind.rows_list().map(String::as_str))
}

pub(super) fn source_message(state: &State, list: Option<&str>) -> String {
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
                &crate::words::screen::rated(&p, n.min, &low, n.max, &high),
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
