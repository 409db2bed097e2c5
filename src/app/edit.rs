//! Editing the focused answer: text editors, choices, scales and cells, and paste.
//!
//! Every change is written into the workbook at once and marks the state dirty. Never
//! discards typed text: clearing is always an explicit key (Backspace on a choice).

use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::cells::{self, Cell, CellSlot};
use super::{EditKey, Effect, State, list, nav};
use crate::content::{FieldKind, Options, PromptKind, Scale};
use crate::workbook::{Answer, Value, derive};

/// A fresh editor over `text`, cursor at the end.
pub(crate) fn new_editor(text: &str) -> TextArea<'static> {
    let mut ta = TextArea::new(text.split('\n').map(String::from).collect());
    ta.set_cursor_line_style(Style::default());
    ta.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    ta.set_placeholder_text(crate::ui::text::PLACEHOLDER);
    ta.set_placeholder_style(Style::default().add_modifier(Modifier::DIM));
    ta.set_wrap_mode(WrapMode::WordOrGlyph);
    ta.set_max_histories(500);
    ta.move_cursor(CursorMove::Bottom);
    ta.move_cursor(CursorMove::End);
    ta
}

impl State {
    /// The focused cell of a list, grid or quadrant prompt.
    pub fn focused_cell(&self) -> Option<Cell> {
        let prompt = self.focused_prompt()?;
        cells::cells(&self.workbook, &self.pack, prompt)
            .into_iter()
            .nth(self.cell)
    }

    /// Rebuilds the editor for whatever is focused (after any move).
    pub(crate) fn sync_editor(&mut self) {
        self.editor = None;
        let Some(prompt) = self.focused_prompt() else {
            return;
        };
        let id = prompt.qualified_id.clone();
        let text = match &prompt.kind {
            PromptKind::Line { .. } | PromptKind::Text { .. } => {
                match self.workbook.answers.get(&id) {
                    Some(Answer::Text(t)) => Some(t.clone()),
                    Some(_) => None,
                    None => Some(String::new()),
                }
            }
            PromptKind::List { .. } | PromptKind::Grid { .. } => match self.focused_cell() {
                Some(cell) if cell.is_text() => match cells::get(&self.workbook, &id, &cell) {
                    Some(Value::Text(t)) => Some(t),
                    None => Some(String::new()),
                    Some(_) => None,
                },
                _ => None,
            },
            _ => None,
        };
        self.editor = text.as_deref().map(new_editor);
    }

    /// Writes the editor's text to the focused answer or cell.
    fn write_editor(&mut self) {
        let Some(ed) = &self.editor else {
            return;
        };
        let text = ed.lines().join("\n");
        let Some(prompt) = self.focused_prompt().cloned() else {
            return;
        };
        match &prompt.kind {
            PromptKind::Line { .. } | PromptKind::Text { .. } => {
                if text.is_empty() {
                    self.workbook.answers.remove(&prompt.qualified_id);
                } else {
                    self.workbook
                        .answers
                        .insert(prompt.qualified_id.clone(), Answer::Text(text));
                }
            }
            _ => {
                if let Some(cell) = self.focused_cell() {
                    let value = match cell.slot {
                        CellSlot::Name => Some(Value::Text(text)),
                        _ => (!text.is_empty()).then_some(Value::Text(text)),
                    };
                    cells::set(&mut self.workbook, &self.pack, &prompt, &cell, value);
                }
            }
        }
        self.mark_dirty();
    }
}

/// What a key did to a text editor.
#[derive(Debug, PartialEq, Eq)]
enum TextOutcome {
    Modified,
    Moved,
    /// Not for the editor: the caller decides (Enter in a line, Up/Down in a cell…).
    Unhandled,
}

fn text_key(ed: &mut TextArea<'static>, key: EditKey, multiline: bool) -> TextOutcome {
    let changed = |b: bool| {
        if b {
            TextOutcome::Modified
        } else {
            TextOutcome::Moved
        }
    };
    let mv = |ed: &mut TextArea<'static>, m: CursorMove| {
        ed.move_cursor(m);
        TextOutcome::Moved
    };
    match key {
        EditKey::Char(c) if !c.is_control() => {
            ed.insert_char(c);
            TextOutcome::Modified
        }
        EditKey::Backspace => changed(ed.delete_char()),
        EditKey::Delete => changed(ed.delete_next_char()),
        EditKey::Left => mv(ed, CursorMove::Back),
        EditKey::Right => mv(ed, CursorMove::Forward),
        EditKey::Home => mv(ed, CursorMove::Head),
        EditKey::End => mv(ed, CursorMove::End),
        EditKey::WordLeft => mv(ed, CursorMove::WordBack),
        EditKey::WordRight => mv(ed, CursorMove::WordForward),
        EditKey::Up if multiline => mv(ed, CursorMove::Up),
        EditKey::Down if multiline => mv(ed, CursorMove::Down),
        EditKey::Enter if multiline => {
            ed.insert_newline();
            TextOutcome::Modified
        }
        EditKey::Undo => changed(ed.undo()),
        EditKey::Redo => changed(ed.redo()),
        _ => TextOutcome::Unhandled,
    }
}

/// A key for the focused prompt.
pub(super) fn key(state: &mut State, key: EditKey) -> Vec<Effect> {
    let Some(prompt) = state.focused_prompt().cloned() else {
        return Vec::new();
    };
    let id = prompt.qualified_id.clone();
    match &prompt.kind {
        PromptKind::Line { .. } | PromptKind::Text { .. } => {
            let multiline = matches!(prompt.kind, PromptKind::Text { .. });
            let outcome = match state.editor.as_mut() {
                Some(ed) => text_key(ed, key, multiline),
                None => TextOutcome::Unhandled,
            };
            match outcome {
                TextOutcome::Modified => state.write_editor(),
                TextOutcome::Moved => {}
                TextOutcome::Unhandled if key == EditKey::Enter => {
                    return nav::move_prompt(state, true);
                }
                TextOutcome::Unhandled => {}
            }
            Vec::new()
        }
        PromptKind::List { .. } => list::key(state, &prompt, key),
        PromptKind::Choice { options } => choice_key(state, &id, options, None, false, key),
        PromptKind::MultiChoice { options, max, .. } => {
            choice_key(state, &id, options, *max, true, key)
        }
        PromptKind::Scale(scale) => {
            let current = state.workbook.answers.get(&id).and_then(cells::from_answer);
            match value_key(scale, current.as_ref(), key) {
                ValueKey::Set(v) => set_answer(state, &id, v.map(cells::to_answer)),
                ValueKey::Bad => state.message = Some(crate::ui::text::scale_range(scale)),
                ValueKey::Pass if key == EditKey::Enter => return nav::move_prompt(state, true),
                ValueKey::Pass => {}
            }
            Vec::new()
        }
        PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => cell_key(state, key),
    }
}

fn set_answer(state: &mut State, id: &str, answer: Option<Answer>) {
    match answer {
        Some(a) => state.workbook.answers.insert(id.to_string(), a),
        None => state.workbook.answers.remove(id),
    };
    state.mark_dirty();
}

/// What a key does to a scale value.
enum ValueKey {
    /// Set (or clear, with `None`) the value.
    Set(Option<Value>),
    /// A digit outside the scale.
    Bad,
    /// Not a value key.
    Pass,
}

fn value_key(scale: &Scale, current: Option<&Value>, key: EditKey) -> ValueKey {
    match key {
        EditKey::Left | EditKey::Right => {
            ValueKey::Set(cells::scale_step(scale, current, key == EditKey::Right))
        }
        EditKey::Char(c) if c.is_ascii_digit() => match cells::scale_digit(scale, c as u32 - 48) {
            Some(v) => ValueKey::Set(Some(v)),
            None => ValueKey::Bad,
        },
        EditKey::Backspace | EditKey::Delete => ValueKey::Set(None),
        _ => ValueKey::Pass,
    }
}

/// Choices at prompt level: arrows move the cursor, Space (or a digit) selects.
fn choice_key(
    state: &mut State,
    id: &str,
    options: &Options,
    max: Option<u32>,
    multi: bool,
    key: EditKey,
) -> Vec<Effect> {
    let opts = derive::options(&state.workbook, options);
    let last = opts.len().saturating_sub(1);
    let pick = match key {
        EditKey::Up | EditKey::Left => {
            state.option = state.option.saturating_sub(1);
            None
        }
        EditKey::Down | EditKey::Right => {
            state.option = (state.option + 1).min(last);
            None
        }
        EditKey::Home => {
            state.option = 0;
            None
        }
        EditKey::End => {
            state.option = last;
            None
        }
        EditKey::Char(' ') => Some(state.option),
        EditKey::Char(c) if c.is_ascii_digit() && c != '0' => {
            let i = c as usize - 49;
            (i < opts.len()).then(|| {
                state.option = i;
                i
            })
        }
        EditKey::Backspace | EditKey::Delete => {
            set_answer(state, id, None);
            None
        }
        EditKey::Enter => return nav::move_prompt(state, true),
        _ => None,
    };
    let Some(opt) = pick.and_then(|i| opts.get(i)) else {
        return Vec::new();
    };
    let current = state.workbook.answers.get(id).cloned();
    let answer = if multi {
        let mut chosen = match current {
            Some(Answer::Choices(c)) => c,
            _ => Vec::new(),
        };
        if let Some(p) = chosen.iter().position(|c| c == &opt.id) {
            chosen.remove(p);
        } else if max.is_some_and(|m| chosen.len() >= m as usize) {
            state.message = Some(crate::ui::text::at_most(max.unwrap_or(0)));
            return Vec::new();
        } else {
            chosen.push(opt.id.clone());
            let order = |c: &String| opts.iter().position(|o| &o.id == c).unwrap_or(usize::MAX);
            chosen.sort_by_key(order);
        }
        (!chosen.is_empty()).then_some(Answer::Choices(chosen))
    } else if current == Some(Answer::Choice(opt.id.clone())) {
        None
    } else {
        Some(Answer::Choice(opt.id.clone()))
    };
    set_answer(state, id, answer);
    Vec::new()
}

/// A key on a grid, quadrant or list cell (after list-only keys): text cells edit,
/// value cells change, Up/Down/Enter move between cells.
pub(super) fn cell_key(state: &mut State, key: EditKey) -> Vec<Effect> {
    let Some(prompt) = state.focused_prompt().cloned() else {
        return Vec::new();
    };
    let all = cells::cells(&state.workbook, &state.pack, &prompt);
    let Some(cell) = all.get(state.cell).cloned() else {
        return if key == EditKey::Enter {
            nav::move_prompt(state, true)
        } else {
            Vec::new()
        };
    };
    if let Some(ed) = state.editor.as_mut() {
        match text_key(ed, key, false) {
            TextOutcome::Modified => {
                state.write_editor();
                return Vec::new();
            }
            TextOutcome::Moved => return Vec::new(),
            TextOutcome::Unhandled => {}
        }
    } else if value_cell_key(state, &prompt, &cell, key) {
        return Vec::new();
    }
    match key {
        EditKey::Up => move_cell(state, state.cell.saturating_sub(1)),
        EditKey::Down => move_cell(state, (state.cell + 1).min(all.len().saturating_sub(1))),
        EditKey::Enter if state.cell + 1 < all.len() => move_cell(state, state.cell + 1),
        EditKey::Enter => return nav::move_prompt(state, true),
        _ => {}
    }
    Vec::new()
}

pub(super) fn move_cell(state: &mut State, cell: usize) {
    if cell != state.cell {
        state.cell = cell;
        state.option = 0;
        state.sync_editor();
    }
}

/// Choice, multi-choice and scale cells. True when the key was used.
fn value_cell_key(
    state: &mut State,
    prompt: &crate::content::Prompt,
    cell: &Cell,
    key: EditKey,
) -> bool {
    let id = &prompt.qualified_id;
    let current = cells::get(&state.workbook, id, cell);
    let scale_owned;
    let (scale, options) = match &cell.slot {
        CellSlot::Axis(a) => {
            scale_owned = Scale::Numeric(a.scale.clone());
            (Some(&scale_owned), None)
        }
        CellSlot::Field(f) => match &f.kind {
            FieldKind::Scale(s) => (Some(s), None),
            FieldKind::Choice(o) => (None, Some((o, false))),
            FieldKind::MultiChoice(o) => (None, Some((o, true))),
            FieldKind::Line | FieldKind::Text => (None, None),
        },
        CellSlot::Name => (None, None),
    };
    let new = if let Some(scale) = scale {
        match value_key(scale, current.as_ref(), key) {
            ValueKey::Set(v) => v,
            ValueKey::Bad => {
                state.message = Some(crate::ui::text::scale_range(scale));
                return true;
            }
            ValueKey::Pass => return false,
        }
    } else if let Some((options, multi)) = options {
        let opts = derive::options(&state.workbook, options);
        let pos = |id: &str| opts.iter().position(|o| o.id == id);
        let last = opts.len().saturating_sub(1);
        match (multi, key) {
            (_, EditKey::Backspace | EditKey::Delete) => None,
            (false, EditKey::Right | EditKey::Char(' ')) | (false, EditKey::Left) => {
                let cur = match &current {
                    Some(Value::Choice(c)) => pos(c),
                    _ => None,
                };
                let next = match (cur, key) {
                    (None, _) => 0,
                    (Some(i), EditKey::Left) => i.saturating_sub(1),
                    (Some(i), _) => (i + 1).min(last),
                };
                opts.get(next).map(|o| Value::Choice(o.id.clone()))
            }
            (true, EditKey::Left) => {
                state.option = state.option.saturating_sub(1);
                return true;
            }
            (true, EditKey::Right) => {
                state.option = (state.option + 1).min(last);
                return true;
            }
            (true, EditKey::Char(' ')) => {
                let Some(opt) = opts.get(state.option) else {
                    return true;
                };
                let mut chosen = match current {
                    Some(Value::Choices(c)) => c,
                    _ => Vec::new(),
                };
                if let Some(p) = chosen.iter().position(|c| c == &opt.id) {
                    chosen.remove(p);
                } else {
                    chosen.push(opt.id.clone());
                    chosen.sort_by_key(|c| pos(c).unwrap_or(usize::MAX));
                }
                (!chosen.is_empty()).then_some(Value::Choices(chosen))
            }
            _ => return false,
        }
    } else {
        return false;
    };
    cells::set(&mut state.workbook, &state.pack, prompt, cell, new);
    state.mark_dirty();
    true
}

/// Bracketed paste: inserted as text into the focused editor. One-line places get spaces
/// for line breaks; control characters other than line breaks and tabs are dropped.
pub(super) fn paste(state: &mut State, text: &str) -> Vec<Effect> {
    let multiline = matches!(
        state.focused_prompt().map(|p| &p.kind),
        Some(PromptKind::Text { .. })
    );
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .map(|c| if c == '\n' && !multiline { ' ' } else { c })
        .collect();
    if clean.is_empty() {
        return Vec::new();
    }
    if state.editor.is_none()
        && matches!(
            state.focused_prompt().map(|p| &p.kind),
            Some(PromptKind::List { .. })
        )
    {
        state.sync_editor();
    }
    let Some(ed) = state.editor.as_mut() else {
        return Vec::new();
    };
    ed.insert_str(&clean);
    state.write_editor();
    Vec::new()
}
