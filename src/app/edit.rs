//! Editing the focused answer: text editors, choices, scales and cells, and paste.
//!
//! Every change is written into the workbook at once and marks the state dirty. Never
//! discards typed text: clearing is always an explicit key (Backspace on a choice).

use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::cells::{self, Cell, CellSlot};
use super::editor::Editor;
use super::{EditKey, Effect, State, choice, list, nav};
use crate::content::PromptKind;
use crate::workbook::{Answer, Value};

/// A fresh textarea over `text`, cursor at the end, wrapping itself (for short fields).
pub(crate) fn new_editor(text: &str) -> TextArea<'static> {
    let mut ta = TextArea::new(text.split('\n').map(String::from).collect());
    ta.set_cursor_line_style(Style::default());
    ta.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    ta.set_placeholder_text(crate::words::participant::PLACEHOLDER);
    ta.set_placeholder_style(Style::default().add_modifier(Modifier::DIM));
    ta.set_wrap_mode(WrapMode::WordOrGlyph);
    ta.set_max_histories(500);
    ta.move_cursor(CursorMove::Bottom);
    ta.move_cursor(CursorMove::End);
    ta
}

/// The editor of an answer or cell: unwrapped, as `ui::editor` wraps only what shows.
pub(crate) fn answer_editor(text: &str) -> Editor {
    let mut ta = new_editor(text);
    ta.set_wrap_mode(WrapMode::None);
    Editor::new(ta)
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
        self.prefilled_from = None;
        let Some(prompt) = self.focused_prompt() else {
            return;
        };
        let id = prompt.qualified_id.clone();
        let text = match &prompt.kind {
            PromptKind::Line { prefill_from } | PromptKind::Text { prefill_from } => {
                match self.workbook.answers.get(&id) {
                    Some(Answer::Text(t)) if !t.is_empty() => Some(t.clone()),
                    Some(Answer::Text(_)) | None => {
                        // An earlier answer offered as a starting point: shown in the editor,
                        // written only once the participant changes or confirms it.
                        let earlier =
                            prefill_from
                                .as_ref()
                                .and_then(|src| match self.workbook.answer(src) {
                                    Some(Answer::Text(t)) => Some((src.clone(), t.clone())),
                                    _ => None,
                                });
                        match earlier {
                            Some((src, t)) => {
                                self.prefilled_from = Some(src);
                                Some(t)
                            }
                            None => Some(String::new()),
                        }
                    }
                    Some(_) => None,
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
        self.item_key = match self.focused_cell() {
            Some(cell) if cell.slot == CellSlot::Name => {
                text.clone().filter(|t| !t.trim().is_empty())
            }
            _ => None,
        };
        self.editor = text.as_deref().map(answer_editor);
    }

    /// After an item's name changed: its grid rows and choices follow (see `rename`).
    fn follow_rename(&mut self, list: &str, new: &str) {
        if new.trim().is_empty() {
            return;
        }
        let moved = match self.item_key.clone() {
            Some(old) => {
                super::rename::rename_item(&mut self.workbook, &self.pack, list, &old, new)
            }
            None => true,
        };
        if moved {
            self.item_key = Some(new.to_string());
        }
    }

    /// Writes the editor's text to the focused answer or cell.
    fn write_editor(&mut self) {
        let Some(ed) = &self.editor else {
            return;
        };
        let text = ed.text();
        self.prefilled_from = None;
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
                    let is_name = cell.slot == CellSlot::Name;
                    let value = if is_name {
                        Some(Value::Text(text.clone()))
                    } else {
                        (!text.is_empty()).then(|| Value::Text(text.clone()))
                    };
                    cells::set(&mut self.workbook, &self.pack, &prompt, &cell, value);
                    if is_name {
                        self.follow_rename(&prompt.qualified_id, &text);
                    }
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

fn text_key(ed: &mut Editor, key: EditKey, multiline: bool) -> TextOutcome {
    let changed = |b: bool| {
        if b {
            TextOutcome::Modified
        } else {
            TextOutcome::Moved
        }
    };
    let mv = |ed: &mut Editor, m: CursorMove| {
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
        EditKey::Up | EditKey::Down if multiline => {
            ed.move_row(key == EditKey::Down);
            TextOutcome::Moved
        }
        EditKey::Enter if multiline => {
            ed.insert_newline();
            TextOutcome::Modified
        }
        EditKey::ClearAnswer => changed(ed.clear()),
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
                TextOutcome::Modified => {
                    state.write_editor();
                    announce_clear(state, key);
                }
                TextOutcome::Moved => {}
                TextOutcome::Unhandled if key == EditKey::Enter => {
                    if state.prefilled_from.is_some() {
                        // Enter accepts the offered starting point as the answer.
                        state.write_editor();
                    }
                    return nav::move_prompt(state, true);
                }
                TextOutcome::Unhandled => {}
            }
            Vec::new()
        }
        PromptKind::List { .. } => list::key(state, &prompt, key),
        PromptKind::Choice { options } => choice::choice_key(state, &id, options, None, false, key),
        PromptKind::MultiChoice { options, max, .. } => {
            choice::choice_key(state, &id, options, *max, true, key)
        }
        PromptKind::Scale(scale) => {
            let current = state.workbook.answers.get(&id).and_then(cells::from_answer);
            match choice::value_key(scale, current.as_ref(), key) {
                choice::ValueKey::Set(v) => set_answer(state, &id, v.map(cells::to_answer)),
                choice::ValueKey::Bad => {
                    state.message = Some(crate::words::participant::scale_range(scale))
                }
                choice::ValueKey::Pass if key == EditKey::Enter => {
                    return nav::move_prompt(state, true);
                }
                choice::ValueKey::Pass => {}
            }
            Vec::new()
        }
        PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => cell_key(state, key),
        // Not editable in the TUI yet: rankings come with the shared editing core (issue 13).
        PromptKind::Ranking { .. } => Vec::new(),
    }
}

/// Says in the status line that Ctrl-K cleared the answer, and how to bring it back.
fn announce_clear(state: &mut State, key: EditKey) {
    if key == EditKey::ClearAnswer {
        state.message = Some(crate::words::participant::CLEARED.to_string());
    }
}

pub(super) fn set_answer(state: &mut State, id: &str, answer: Option<Answer>) {
    match answer {
        Some(a) => state.workbook.answers.insert(id.to_string(), a),
        None => state.workbook.answers.remove(id),
    };
    state.mark_dirty();
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
                announce_clear(state, key);
                return Vec::new();
            }
            TextOutcome::Moved => return Vec::new(),
            TextOutcome::Unhandled => {}
        }
    } else if choice::value_cell_key(state, &prompt, &cell, key) {
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
    if list::paste_lines(state, &text) {
        return Vec::new();
    }
    let Some(ed) = state.editor.as_mut() else {
        return Vec::new();
    };
    ed.insert_str(&clean);
    state.write_editor();
    Vec::new()
}
