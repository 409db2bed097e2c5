//! The coach's note editor: open on a prompt or a whole workbook, type, close; closing
//! keeps the text in the notes and asks the edge to save them (`Effect::SaveNotes`).
//!
//! Never discards typed text (Esc closes and saves) and never writes notes whose sidecar
//! could not be read. Never changes the participant's workbook.

use super::{Effect, Key, NoteEdit, Overlay, Screen, State};
use crate::app::editor::{Editor, Move};
use crate::words::review::Notice;
use crate::workbook::notes::{CoachNotes, answer_mark};

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
    let now = notes
        .by(prompt.as_deref(), state.coach_name())
        .map_or("", |n| n.text.as_str());
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
    let coach = state.coach_name().to_string();
    // What the note is about: the answer as it stands now.
    let answer = match (&edit.prompt, state.cohort.workbooks.get(edit.wb)) {
        (Some(id), Some(loaded)) => answer_mark(loaded.workbook.answer(id)),
        _ => String::new(),
    };
    let Some(notes) = state.notes.get_mut(edit.wb) else {
        return Vec::new();
    };
    // Signed by this coach: every other coach's note stays as it is.
    if !notes.set(edit.prompt.as_deref(), &coach, &text, answer) {
        return Vec::new();
    }
    // Marked unsaved until the edge says otherwise.
    state.unsaved.insert(edit.wb, None);
    vec![Effect::SaveNotes(edit.wb)]
}

pub(super) fn saved(state: &mut State, wb: usize, path: &str, notes: CoachNotes) -> Vec<Effect> {
    if came_back(state, wb) {
        // A later save of this workbook's notes is on its way, with changes made since this
        // one was sent: its outcome is the one that stands.
        return after_save(state);
    }
    state.unsaved.remove(&wb);
    if let Some(held) = state.notes.get_mut(wb) {
        *held = notes;
        super::cohort::refresh_row(state, wb);
    }
    // A review state just set says so itself; its save needs no second line.
    if !matches!(state.message, Some(Notice::ReviewState(_))) {
        state.message = Some(Notice::NoteSaved(path.to_string()));
    }
    after_save(state)
}

pub(super) fn failed(state: &mut State, wb: usize, reason: String) -> Vec<Effect> {
    if came_back(state, wb) {
        return after_save(state);
    }
    state.message = Some(Notice::NoteNotSaved(reason.clone()));
    state.unsaved.insert(wb, Some(reason));
    after_save(state)
}

/// One save of `wb`'s notes came back: true when a later one is still on its way.
fn came_back(state: &mut State, wb: usize) -> bool {
    match state.saving.get_mut(&wb) {
        Some(n) if *n > 1 => {
            *n -= 1;
            true
        }
        _ => {
            state.saving.remove(&wb);
            false
        }
    }
}

/// A quit waiting for the saves: once the last is back, quits now, or warns when something
/// is still unsaved.
fn after_save(state: &mut State) -> Vec<Effect> {
    if super::saves_pending(state) || !std::mem::take(&mut state.quit_after_save) {
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

/// `r`: the next review state (not reviewed → reviewed → follow up) for the workbook in
/// front of the coach, kept with its notes and saved at once.
pub(super) fn cycle_state(state: &mut State) -> Vec<Effect> {
    let wb = match &state.screen {
        Screen::Cohort => state.selected(),
        Screen::Reader(r) => Some(r.wb),
        Screen::Compare(c) => state.compare_focus(c),
        Screen::Map(m) => Some(m.wb),
    };
    let Some(wb) = wb else {
        return Vec::new();
    };
    if let Some(Some(reason)) = state.notes_blocked.get(wb) {
        state.message = Some(Notice::NotesBlocked(reason.clone()));
        return Vec::new();
    }
    let Some(notes) = state.notes.get_mut(wb) else {
        return Vec::new();
    };
    notes.state = notes.state.next();
    state.message = Some(Notice::ReviewState(notes.state));
    state.unsaved.insert(wb, None);
    super::cohort::refresh_row(state, wb);
    vec![Effect::SaveNotes(wb)]
}
