//! A coach's notes on the workbook screen: the note on a prompt under its answer, and the
//! note on the whole workbook at the top of the first exercise, each clearly labelled and
//! set apart by a bar at its left.
//!
//! Pure; every note is sanitised before it becomes a line, is never editable, and a long one
//! is cut (the whole note stays in the coach's notes file).

use ratatui::text::{Line, Span};

use super::prompt::{INDENT, PREVIEW_LINES, Part};
use super::style::Theme;
use super::wrap::wrap;
use crate::app::State;
use crate::content::Prompt;
use crate::text::sanitize::{clean, clean_keep_tabs};
use crate::words::participant as text;

/// What sets a note's lines apart, after the indent.
const BAR: &str = "│ ";

/// Adds the coaches' notes on `prompt`, if there are any, after the prompt's answer.
pub fn add(
    state: &State,
    theme: Theme,
    prompt: &Prompt,
    width: usize,
    mut out: Vec<Part>,
) -> Vec<Part> {
    for note in state.coach_notes_on(&prompt.qualified_id) {
        let changed = state.note_outdated(&prompt.qualified_id, note);
        let label = crate::words::note_head(text::COACH_NOTE, note, changed);
        out.push(Part::Lines(block(theme, &label, &note.text, width, INDENT)));
    }
    out
}

/// The coaches' notes on the whole workbook, then a blank line, for the top of the first
/// exercise shown; nothing when there are none.
pub fn general(state: &State, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for note in state.coach_general_notes() {
        let label = crate::words::note_head(text::COACH_GENERAL_NOTE, note, false);
        lines.extend(block(theme, &label, &note.text, width, 0));
        lines.push(Line::default());
    }
    lines
}

/// The label (who wrote it, when) and the note, each line behind the bar, `indent` in.
fn block(theme: Theme, label: &str, note: &str, width: usize, indent: usize) -> Vec<Line<'static>> {
    let label = clean(label);
    let inner = width.saturating_sub(indent + BAR.chars().count()).max(1);
    let mut body = wrap(&label, theme.note_label(), inner, 0);
    let mut cut = false;
    for l in note.trim_end_matches('\n').split('\n') {
        if body.len() > PREVIEW_LINES {
            cut = true;
            break;
        }
        let l: String = l.chars().take(PREVIEW_LINES * inner).collect();
        body.extend(wrap(&clean_keep_tabs(&l), theme.note(), inner, 0));
    }
    if cut || body.len() > PREVIEW_LINES + 1 {
        body.truncate(PREVIEW_LINES);
        body.extend(wrap(text::NOTE_CUT, theme.dim(), inner, 0));
    }
    let pad = " ".repeat(indent);
    body.into_iter()
        .map(|line| {
            let mut spans = vec![
                Span::raw(pad.clone()),
                Span::styled(BAR, theme.note_label()),
            ];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}
