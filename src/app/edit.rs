//! Editing the focused answer: text editors, choices, scales and cells, and paste.
//!
//! Every change goes through the editing core (`workbook::edit`) at once and marks the state
//! dirty. Never discards typed text: clearing is always an explicit key (Backspace on a
//! choice, Ctrl-K). An answer from an earlier version of the pack (another shape) is shown
//! and kept until Ctrl-K clears it; Ctrl-Z brings it back.

use super::cells::{self, Cell, CellSlot};
use super::editor::{Editor, TextOutcome, text_key};
use super::{EditKey, Effect, State, choice, list, nav, rank};
use crate::content::{PromptKind, Shape};
use crate::words::participant::Notice;
use crate::workbook::edit::{self, EditError};
use crate::workbook::{Answer, Value};

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
        self.note_place();
        self.settle_name();
        self.editor = None;
        self.prefilled_from = None;
        let Some(prompt) = self.focused_prompt() else {
            return;
        };
        let id = prompt.qualified_id.clone();
        let text = match prompt.kind.shape() {
            _ if edit::wrong_shape(&self.workbook, prompt).is_some() => None,
            Shape::Text => match self.workbook.answers.get(&id) {
                Some(Answer::Text(t)) if !t.is_empty() => Some(t.clone()),
                // An earlier answer offered as a starting point: shown in the editor,
                // written only once the participant changes or confirms it.
                _ => match edit::prefill(&self.workbook, prompt) {
                    Some((src, t)) => {
                        let t = t.to_string();
                        self.prefilled_from = Some(src.to_string());
                        Some(t)
                    }
                    None => Some(String::new()),
                },
            },
            Shape::List | Shape::Grid => match self.focused_cell() {
                Some(cell) if cell.is_text() => match cells::get(&self.workbook, &id, &cell) {
                    Some(Value::Text(t)) => Some(t),
                    None => Some(String::new()),
                    Some(_) => None,
                },
                _ => None,
            },
            Shape::Choice | Shape::Choices | Shape::Number => None,
        };
        self.item_key = match self.focused_cell() {
            Some(cell) if cell.slot == CellSlot::Name => {
                text.clone().filter(|t| !t.trim().is_empty())
            }
            _ => None,
        };
        self.editor = text.as_deref().map(Editor::new);
    }

    /// Once an item's name is typed (focus leaves its cell, or anything else than typing
    /// happens): its grid rows and choices follow from the name they are under to the new
    /// one in one step, as plain mode's rename does. Following key by key would pass through
    /// names on the way ("B" on the way to "BA") and take over answers kept under them.
    pub(crate) fn settle_name(&mut self) {
        let Some((list, new)) = self.pending_name.take() else {
            return;
        };
        if new.trim().is_empty() {
            return;
        }
        let moved = match self.item_key.clone() {
            Some(old) => edit::follow_rename(&mut self.workbook, &self.pack, &list, &old, &new),
            None => true,
        };
        if moved {
            self.item_key = Some(new);
        }
    }

    /// Writes the editor's text to the focused answer or cell.
    fn write_editor(&mut self) {
        let Some(ed) = &self.editor else {
            return;
        };
        self.prefilled_from = None;
        let Some(prompt) = self.focused_prompt().cloned() else {
            return;
        };
        let written = if prompt.kind.shape() == Shape::Text {
            // Into the answer's own memory: a long answer is not allocated again per key.
            edit::set_text_with(&mut self.workbook, &prompt, |out| ed.text_into(out))
        } else if let Some(cell) = self.focused_cell() {
            let text = ed.text();
            let is_name = cell.slot == CellSlot::Name;
            let value = if is_name {
                Some(Value::Text(text.clone()))
            } else {
                (!text.is_empty()).then(|| Value::Text(text.clone()))
            };
            let written = cells::write(&mut self.workbook, &self.pack, &prompt, &cell, value);
            if is_name && written.is_ok() {
                self.pending_name = Some((prompt.qualified_id.clone(), text));
            }
            written
        } else {
            Err(EditError::NotThere)
        };
        self.done(written);
    }

    /// Marks a made edit, or says why it was not made.
    pub(super) fn done(&mut self, result: Result<(), EditError>) {
        match result {
            Ok(()) => self.mark_dirty(),
            Err(err) => self.message = Some(Notice::Refused(err)),
        }
    }
}

/// Whether a message ends the naming of a list item (see `State::settle_name`): anything
/// but typing, saving and the screen reporting what it drew does.
pub(super) fn ends_naming(msg: &super::Msg) -> bool {
    use super::Msg;
    !matches!(
        msg,
        Msg::Edit(_)
            | Msg::Paste(_)
            | Msg::Save
            | Msg::Autosave
            | Msg::Saved
            | Msg::SavedAside(_)
            | Msg::SavedEarlier(_)
            | Msg::Dated(_)
            | Msg::SaveFailed(_)
            | Msg::ScrollTo(_)
            | Msg::Drawn(_)
    )
}

/// A key for the focused prompt.
pub(super) fn key(state: &mut State, key: EditKey) -> Vec<Effect> {
    let Some(prompt) = state.focused_prompt().cloned() else {
        return Vec::new();
    };
    if let Some(effects) = removal_key(state, &prompt, key) {
        return effects;
    }
    let id = prompt.qualified_id.clone();
    let picked = matches!(
        prompt.kind,
        PromptKind::Choice { .. }
            | PromptKind::MultiChoice { .. }
            | PromptKind::Scale(_)
            | PromptKind::Ranking { .. }
    );
    if key == EditKey::ClearAnswer && picked {
        // Ctrl-K on a choice, scale or ranking: cleared, and Ctrl-Z right after brings it back.
        match edit::clear(&mut state.workbook, &prompt) {
            Some(removal) => {
                state.removed.push(removal);
                state.undo_removal = true;
                state.message = Some(Notice::Cleared);
                state.mark_dirty();
            }
            None => state.message = Some(Notice::NothingToClear),
        }
        return Vec::new();
    }
    match &prompt.kind {
        PromptKind::Line { .. } | PromptKind::Text { .. } => {
            if key == EditKey::Enter && state.prefilled_from.is_some() {
                // Enter accepts the offered starting point as it is (a long answer too: no
                // line break is added to it) and goes on.
                state.write_editor();
                return nav::move_prompt(state, true);
            }
            let multiline = prompt.kind.is_multiline();
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
                    return nav::move_prompt(state, true);
                }
                TextOutcome::Unhandled => {}
            }
            Vec::new()
        }
        PromptKind::List { .. } => list::key(state, &prompt, key),
        PromptKind::Choice { options } => choice::choice_key(state, &prompt, options, false, key),
        PromptKind::MultiChoice { options, .. } => {
            choice::choice_key(state, &prompt, options, true, key)
        }
        PromptKind::Scale(scale) => {
            let current = state.workbook.answers.get(&id).and_then(edit::from_answer);
            match choice::value_key(scale, current.as_ref(), key) {
                choice::ValueKey::Set(v) => {
                    let result = edit::set_scale(&mut state.workbook, &prompt, v);
                    state.done(result);
                }
                choice::ValueKey::Bad => state.message = Some(Notice::scale_range(scale)),
                choice::ValueKey::Pass if key == EditKey::Enter => {
                    return nav::move_prompt(state, true);
                }
                choice::ValueKey::Pass => {}
            }
            Vec::new()
        }
        PromptKind::Grid { .. } | PromptKind::Quadrant { .. } => cell_key(state, key),
        PromptKind::Ranking { options } => rank::key(state, &prompt, options, key),
    }
}

/// Keys that concern removed and earlier answers, before the kind's own keys: Ctrl-Z right
/// after a removal puts it back; on an answer from an earlier version of the pack, Ctrl-K
/// clears it (kept for Ctrl-Z), Enter goes on, and other keys say how to replace it.
fn removal_key(
    state: &mut State,
    prompt: &crate::content::Prompt,
    key: EditKey,
) -> Option<Vec<Effect>> {
    let id = &prompt.qualified_id;
    let last_here = state.removed.last().is_some_and(|r| &r.prompt == id);
    if key == EditKey::Undo && state.undo_removal && last_here {
        let removal = state.removed.pop()?;
        let back = match edit::restore(&mut state.workbook, prompt, removal.clone()) {
            Ok(back) => back,
            Err(err) => {
                // Not put back (a new answer is there): kept, and the key undoes typing.
                state.removed.push(removal);
                state.undo_removal = false;
                state.message = Some(Notice::Refused(err));
                return None;
            }
        };
        let per = prompt.kind.fields().len() + 1;
        state.cell = back.first().map_or(0, |(at, _)| at * per);
        state.undo_removal = state.removed.last().is_some_and(|r| &r.prompt == id);
        state.mark_dirty();
        state.sync_editor();
        return Some(Vec::new());
    }
    if key != EditKey::Undo && last_here {
        state.undo_removal = false;
    }
    edit::wrong_shape(&state.workbook, prompt)?;
    match key {
        EditKey::ClearAnswer => {
            if let Some(removal) = edit::clear(&mut state.workbook, prompt) {
                state.removed.push(removal);
                state.undo_removal = true;
                state.message = Some(Notice::OldAnswerCleared);
                state.mark_dirty();
                state.sync_editor();
            }
        }
        EditKey::Enter => return Some(nav::move_prompt(state, true)),
        _ => state.message = Some(Notice::OldAnswerHow),
    }
    Some(Vec::new())
}

/// Says in the status line that Ctrl-K cleared the answer, and how to bring it back.
fn announce_clear(state: &mut State, key: EditKey) {
    if key == EditKey::ClearAnswer {
        state.message = Some(Notice::Cleared);
    }
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
    if key == EditKey::SkipRow {
        skip_row(state, &prompt, &cell);
        return Vec::new();
    }
    if cell.skipped {
        // A row marked "not relevant" takes no values until it is unmarked.
        if !matches!(key, EditKey::Up | EditKey::Down | EditKey::Enter) {
            state.message = Some(Notice::RowNotRelevant);
        }
    } else if let Some(ed) = state.editor.as_mut() {
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

/// Ctrl-X on a grid or quadrant row: marks it "not relevant" or unmarks it, the focus on the
/// row's first cell (a marked row has only that one).
fn skip_row(state: &mut State, prompt: &crate::content::Prompt, cell: &cells::Cell) {
    let Some(key) = cell.row_key.clone() else {
        state.message = Some(Notice::SkipOnlyRows);
        return;
    };
    let result = edit::toggle_skip(&mut state.workbook, &state.pack, prompt, &key);
    if let Ok(marked) = result {
        let all = cells::cells(&state.workbook, &state.pack, prompt);
        state.cell = all.iter().position(|c| c.group == cell.group).unwrap_or(0);
        state.option = 0;
        state.message = Some(if marked {
            Notice::RowSkipped
        } else {
            Notice::RowUnskipped
        });
    }
    state.done(result.map(|_| ()));
    state.sync_editor();
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
    let clean: String = crate::text::sanitize::pasted(&text)
        .chars()
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
