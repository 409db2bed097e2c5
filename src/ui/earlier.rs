//! After a session: the answer written before it, shown read-only with the focused prompt,
//! beside its editor on a wide pane and under the prompt otherwise.
//!
//! Pure; the earlier answer is sanitised before it becomes a line, and is never editable.

use ratatui::text::Line;

use super::prompt::{INDENT, PREVIEW_LINES, Part, editor_part};
use super::style::Theme;
use super::wrap::wrap;
use crate::app::State;
use crate::content::{Moment, Opt, Prompt};
use crate::text::sanitize::{clean, clean_keep_tabs};
use crate::words::participant as text;
use crate::workbook::{Answer, Value, derive};

/// A pane at least this wide shows the earlier answer beside the editor.
pub const BESIDE_MIN: usize = 80;

/// The rows the earlier answer may take beside the editor (the editor's own maximum).
const BESIDE_ROWS: usize = 12;

/// Adds the earlier answer to a focused prompt's parts when the workbook is after a session
/// and the answer before it differs from the current one.
pub fn add(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    width: usize,
    mut out: Vec<Part>,
) -> Vec<Part> {
    let wb = &state.workbook;
    if wb.meta.moment != Moment::After {
        return out;
    }
    let id = &prompt.qualified_id;
    let Some(before) = wb.earlier_answer(id) else {
        return out;
    };
    if wb.answers.get(id) == Some(before) {
        return out;
    }
    let text_prompt = prompt.kind.shape() == crate::content::Shape::Text;
    let editor_at = out.iter().position(|p| matches!(p, Part::Editor { .. }));
    if let (true, true, Some(at)) = (text_prompt, width >= BESIDE_MIN, editor_at) {
        // Beside: the earlier answer in the editor's left column, the editor on the right.
        let half = width / 2;
        let mut lines = lines(state, theme, prompt, before, half.saturating_sub(1));
        if lines.len() > BESIDE_ROWS {
            lines.truncate(BESIDE_ROWS - 1);
            lines.push(Line::styled(
                format!("{}…", " ".repeat(INDENT)),
                theme.dim(),
            ));
        }
        let min = lines.len().clamp(2, BESIDE_ROWS);
        if let Some(slot) = out.get_mut(at) {
            *slot = editor_part(state, width, half, min, lines);
        }
        return out;
    }
    let mut lines = lines(state, theme, prompt, before, width);
    if lines.len() > PREVIEW_LINES + 1 {
        lines.truncate(PREVIEW_LINES + 1);
        lines.push(Line::styled(
            format!("{}…", " ".repeat(INDENT)),
            theme.dim(),
        ));
    }
    out.push(Part::Lines(vec![Line::default()]));
    out.push(Part::Lines(lines));
    out
}

/// The label, then the earlier answer as plain lines, `width` wide, indented like answers.
fn lines(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    answer: &Answer,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out = wrap(text::EARLIER_LABEL, theme.dim(), width, INDENT);
    let style = theme.dim().add_modifier(ratatui::style::Modifier::ITALIC);
    for l in answer_text(state, prompt, answer).split('\n') {
        if out.len() > PREVIEW_LINES * 2 {
            break;
        }
        let l: String = l.chars().take(PREVIEW_LINES * width.max(1)).collect();
        out.extend(wrap(&clean_keep_tabs(&l), style, width, INDENT));
    }
    out
}

/// The answer as text: a text answer as typed, choices by their labels, a list by its
/// items, a grid row by row.
fn answer_text(state: &State, prompt: &Prompt, answer: &Answer) -> String {
    let opts = options(state, prompt);
    let label = |id: &str| {
        opts.iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.label.clone())
    };
    match answer {
        Answer::Text(t) => t.clone(),
        Answer::Choice(c) => label(c),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| format!("• {}", label(c)))
            .collect::<Vec<_>>()
            .join("\n"),
        Answer::Number(n) => n.to_string(),
        Answer::List(items) => items
            .iter()
            .map(|i| format!("• {}", clean(&i.text)))
            .collect::<Vec<_>>()
            .join("\n"),
        Answer::Grid(rows) => rows
            .iter()
            .map(|r| {
                let cells: Vec<String> = r.cells.values().map(value_text).collect();
                format!("• {}: {}", r.key, cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn options(state: &State, prompt: &Prompt) -> Vec<Opt> {
    derive::prompt_options(&state.workbook, &prompt.kind)
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Text(t) | Value::Choice(t) => t.replace('\n', " "),
        Value::Choices(c) => c.join("/"),
        Value::Number(n) => n.to_string(),
    }
}
