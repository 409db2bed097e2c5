//! After a session: the answer written before it, shown read-only with the focused prompt,
//! beside its editor on a wide pane and under the prompt otherwise.
//!
//! Pure; the earlier answer is sanitised before it becomes a line, and is never editable.

use ratatui::text::Line;

use super::prompt::{INDENT, PREVIEW_LINES, Part, editor_part};
use super::style::Theme;
use super::wrap::wrap;
use crate::app::State;
use crate::content::Prompt;
use crate::text::sanitize::clean_keep_tabs;
use crate::words::before as text;
use crate::workbook::Answer;

/// A pane at least this wide shows the earlier answer beside the editor.
pub const BESIDE_MIN: usize = 80;

/// The rows the earlier answer may take beside the editor (the editor's own maximum).
const BESIDE_ROWS: usize = 12;

/// Adds the earlier answer to a focused prompt's parts when the workbook is after a session
/// and the answer before it differs from the current one, or Ctrl-B turned back to one
/// (`app::earlier_shown`): labelled with the day it was kept and, after a series of
/// sessions, which of how many it is.
pub fn add(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    width: usize,
    mut out: Vec<Part>,
) -> Vec<Part> {
    let Some(at) = crate::app::earlier_shown(state) else {
        return out;
    };
    let kept = state.workbook.earlier_answers(&prompt.qualified_id);
    let Some(&(taken, before)) = kept.get(at) else {
        return out;
    };
    let label = text::earlier_label(taken.day());
    let count = text::earlier_count(at, kept.len());
    let shown = Shown {
        label: &label,
        count: count.as_deref(),
        answer: before,
    };
    let text_prompt = prompt.kind.shape() == crate::content::Shape::Text;
    let editor_at = out.iter().position(|p| matches!(p, Part::Editor { .. }));
    if let (true, true, Some(at)) = (text_prompt, width >= BESIDE_MIN, editor_at) {
        // Beside: the earlier answer in the editor's left column, the editor on the right.
        let half = width / 2;
        let mut lines = lines(state, theme, prompt, shown, half.saturating_sub(1));
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
    let mut lines = lines(state, theme, prompt, shown, width);
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

/// An earlier answer to show, and its label.
#[derive(Clone, Copy)]
struct Shown<'a> {
    label: &'a str,
    /// Which of how many, after a series of sessions.
    count: Option<&'a str>,
    answer: &'a Answer,
}

/// The label, then the earlier answer as plain lines, `width` wide, indented like answers.
fn lines(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    shown: Shown<'_>,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out = wrap(shown.label, theme.dim(), width, INDENT);
    if let Some(count) = shown.count {
        out.extend(wrap(count, theme.dim(), width, INDENT));
    }
    let style = theme.dim().add_modifier(ratatui::style::Modifier::ITALIC);
    for l in answer_text(state, prompt, shown.answer).split('\n') {
        if out.len() > PREVIEW_LINES * 2 {
            break;
        }
        let l: String = l.chars().take(PREVIEW_LINES * width.max(1)).collect();
        out.extend(wrap(&clean_keep_tabs(&l), style, width, INDENT));
    }
    out
}

/// The answer as text, in the participant's words: a text answer as typed, a choice by its
/// label, and one line per chosen option, list item (with its details) or grid row (with
/// its cells by their column names and labels, never ids).
fn answer_text(state: &State, prompt: &Prompt, answer: &Answer) -> String {
    let parts = crate::format::answer::answer_parts(&state.workbook, Some(prompt), answer);
    match answer {
        Answer::Text(_) | Answer::Choice(_) | Answer::Number(_) => parts.join("\n"),
        Answer::Choices(_) | Answer::List(_) | Answer::Grid(_) => parts
            .iter()
            .map(|p| format!("• {}", p.replace('\n', " ")))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
