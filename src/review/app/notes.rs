//! The coach's note editor: open on a prompt or a whole workbook, type, close; closing
//! keeps the text in the notes and asks the edge to save them (`Effect::SaveNotes`).
//!
//! Never discards typed text (Esc closes and saves) and never writes notes whose sidecar
//! could not be read. Never changes the participant's workbook.

use super::{Effect, Key, NoteEdit, Overlay, Screen, State};
use crate::app::editor::{Editor, Move};
use crate::words::review::Notice;

/// `n` (the focused prompt in the reader, the prompt compared for Compare's focused
/// participant, else the whole workbook) and `N` (always the whole workbook).
pub(super) fn open(state: &mut State, whole: bool) {
    let (wb, prompt) = match &state.screen {
        Screen::Cohort => match state.selected() {
            Some(wb) => (wb, None),
            None => return,
        },
        Screen::Reader(r) => {
            let prompt = if whole {
                None
            } else {
                state
                    .reader_prompt()
                    .and_then(|i| state.prompts.get(i))
                    .map(|p| p.id.clone())
            };
            (r.wb, prompt)
        }
        Screen::Compare(c) => {
            let Some(wb) = state.compare_focus(c) else {
                return;
            };
            let prompt = if whole {
                None
            } else {
                state.prompts.get(c.prompt).map(|p| p.id.clone())
            };
            (wb, prompt)
        }
        Screen::Map(_) => {
            state.message = Some(Notice::NoteFromWhere);
            return;
        }
    };
    if let Some(Some(reason)) = state.notes_blocked.get(wb) {
        state.message = Some(Notice::NotesBlocked(reason.clone()));
        return;
    }
    let Some(notes) = state.notes.get(wb) else {
        return;
    };
    let now = match &prompt {
        Some(id) => notes.on(id).unwrap_or(""),
        None => notes.general.as_str(),
    };
    state.overlay = Some(Overlay::Note(Box::new(NoteEdit {
        wb,
        prompt,
        editor: Editor::new(now),
    })));
}

/// A key in the note editor: Esc and Ctrl-S close it and save; the rest edits.
pub(super) fn key(state: &mut State, key: Key) -> Vec<Effect> {
    let Some(Overlay::Note(edit)) = &mut state.overlay else {
        return Vec::new();
    };
    let ed = &mut edit.editor;
    match key {
        Key::Esc | Key::Ctrl('s') => return close(state),
        Key::Char(c) if !c.is_control() => ed.insert_char(c),
        Key::Enter => ed.insert_newline(),
        Key::Backspace | Key::Ctrl('h') => {
            ed.delete_back();
        }
        Key::Delete => {
            ed.delete_forward();
        }
        Key::Left => ed.go(Move::Back),
        Key::Right => ed.go(Move::Forward),
        Key::WordLeft => ed.go(Move::WordBack),
        Key::WordRight => ed.go(Move::WordForward),
        Key::Home | Key::Ctrl('a') => ed.go(Move::Head),
        Key::End | Key::Ctrl('e') => ed.go(Move::End),
        Key::Up => ed.move_row(false),
        Key::Down => ed.move_row(true),
        Key::Ctrl('z') => {
            ed.undo();
        }
        Key::Ctrl('y') => {
            ed.redo();
        }
        _ => {}
    }
    Vec::new()
}

/// Closes the editor (if open), keeps its text as the note, and saves when it changed.
pub(super) fn close(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Note(edit)) = state.overlay.take() else {
        return Vec::new();
    };
    let text = edit.editor.text().trim_end().to_string();
    let Some(notes) = state.notes.get_mut(edit.wb) else {
        return Vec::new();
    };
    let changed = match &edit.prompt {
        Some(id) => {
            let before = notes.prompts.get(id).cloned().unwrap_or_default();
            if text.trim().is_empty() {
                notes.prompts.remove(id);
            } else {
                notes.prompts.insert(id.clone(), text.clone());
            }
            before != text && !(before.trim().is_empty() && text.trim().is_empty())
        }
        None => {
            let changed = notes.general != text;
            notes.general = text;
            changed
        }
    };
    if !changed {
        return Vec::new();
    }
    // Signed by this coach, when they gave their name.
    if let Some(name) = state
        .coach
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        notes.coach = name.to_string();
    }
    // Marked unsaved until the edge says otherwise.
    state.unsaved.insert(edit.wb, None);
    vec![Effect::SaveNotes(edit.wb)]
}

pub(super) fn saved(state: &mut State, wb: usize, path: &str) -> Vec<Effect> {
    state.unsaved.remove(&wb);
    state.message = Some(Notice::NoteSaved(path.to_string()));
    after_save(state)
}

pub(super) fn failed(state: &mut State, wb: usize, reason: String) -> Vec<Effect> {
    state.message = Some(Notice::NoteNotSaved(reason.clone()));
    state.unsaved.insert(wb, Some(reason));
    after_save(state)
}

/// A quit waiting for the save: quits now, or warns when something is still unsaved.
fn after_save(state: &mut State) -> Vec<Effect> {
    if !std::mem::take(&mut state.quit_after_save) {
        return Vec::new();
    }
    let keep = state.message.take();
    let effects = super::quit_now_or_warn(state, false);
    if effects.is_empty()
        && let (Some(m), Some(warn)) = (keep, state.message.take())
    {
        state.message = Some(Notice::Both(Box::new(m), Box::new(warn)));
    }
    effects
}

/// Ctrl-S: try again to save every workbook's notes that could not be saved.
pub(super) fn retry(state: &mut State) -> Vec<Effect> {
    if state.unsaved.is_empty() {
        state.message = Some(Notice::AllSaved);
    }
    state
        .unsaved
        .keys()
        .map(|&wb| Effect::SaveNotes(wb))
        .collect()
}
